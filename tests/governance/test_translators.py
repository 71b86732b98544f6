"""Translators ("Tłumacze") start the English versions of Polish pages; the Polish pages themselves
they may correct, but the correction goes to moderation like anyone's: they never publish it."""

import pytest
from django.urls import reverse

from news.models import NewsPage
from portal.governance import setup_governance
from tests.factories import NewsPageFactory
from tests.governance.utils import assert_refused, edit_url, news_form_data
from tests.portal.utils import translate


@pytest.fixture
def english_home(home, locales, governance):
    """The English home page, made after the regions were set up; the administrator then runs
    setup_regions again, which gives the translators the English tree and the region pages drafts
    of their English versions."""
    home_en = translate(home, locales["en"], title="Cooperation Portal", hero_heading="Cooperation – helping families")
    setup_governance()
    return home_en


@pytest.fixture
def polish_news(regions, english_home):
    return NewsPageFactory(parent=regions.kielce, title="Szkolenie dla koordynatorów", slug="szkolenie")


def submit_translation_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def test_translator_submits_a_polish_page_for_translation_into_english(as_user, translator, locales, polish_news):
    client = as_user(translator)

    form = client.get(submit_translation_url(polish_news))
    response = client.post(submit_translation_url(polish_news), {"locales": [locales["en"].pk]})

    assert form.status_code == 200
    assert response.status_code == 302
    english = polish_news.get_translation_or_none(locales["en"])
    assert english is not None
    assert isinstance(english.specific, NewsPage)
    assert english.get_parent().specific.region == polish_news.get_parent().specific.region
    assert response.url == edit_url(english)


def test_an_editor_cannot_submit_pages_for_translation(as_user, editor_a, locales, polish_news):
    response = as_user(editor_a).post(submit_translation_url(polish_news), {"locales": [locales["en"].pk]})

    assert_refused(response)
    assert polish_news.get_translation_or_none(locales["en"]) is None


def test_translator_cannot_publish_a_change_to_the_polish_source_page(as_user, translator, polish_news):
    client = as_user(translator)
    data = news_form_data(
        "Poprawiony tytuł tłumacza", polish_news.slug, lead=polish_news.lead, **{"action-publish": "1"}
    )

    response = client.post(edit_url(polish_news), data)

    assert response.status_code == 302  # the correction is kept, as a draft
    live = NewsPage.objects.get(pk=polish_news.pk)
    assert live.live and live.title == "Szkolenie dla koordynatorów"
    assert live.has_unpublished_changes
    assert live.get_latest_revision().as_object().title == "Poprawiony tytuł tłumacza"


def test_new_english_translation_is_a_draft_until_the_translator_publishes_it(
    as_user, translator, locales, polish_news
):
    as_user(translator).post(submit_translation_url(polish_news), {"locales": [locales["en"].pk]})

    english = polish_news.get_translation(locales["en"])
    assert not english.live  # not a live English page still showing the Polish text


def test_translator_cannot_delete_a_regions_polish_draft(as_user, translator, regions, english_home):
    draft = NewsPageFactory(parent=regions.kielce, title="Szkic redaktora", slug="szkic", live=False)
    client = as_user(translator)

    response = client.post(reverse("wagtailadmin_pages:delete", args=[draft.pk]))

    assert_refused(response)
    assert NewsPage.objects.filter(pk=draft.pk).exists()


def test_translator_cannot_move_a_regions_polish_draft(as_user, translator, regions, english_home):
    draft = NewsPageFactory(parent=regions.kielce, title="Szkic redaktora", slug="szkic", live=False)
    client = as_user(translator)

    response = client.post(reverse("wagtailadmin_pages:move_confirm", args=[draft.pk, regions.bialystok.pk]))

    assert_refused(response)
    assert NewsPage.objects.get(pk=draft.pk).get_parent().pk == regions.kielce.pk


def test_editor_still_deletes_their_own_draft(as_user, editor_a, regions, english_home):
    draft = NewsPageFactory(parent=regions.kielce, title="Mój szkic", slug="moj-szkic", live=False, owner=editor_a)

    as_user(editor_a).post(reverse("wagtailadmin_pages:delete", args=[draft.pk]))

    assert not NewsPage.objects.filter(pk=draft.pk).exists()

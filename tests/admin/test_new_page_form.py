"""A new page exists only once its editor saves it, and a title used before needs no slug fixing.

Wagtail 8 autosaved the add form: an abandoned "add news" form became a draft page, and the next
form with the same title failed with an English error about the slug ("already in use").
"""

import pytest

from news.models import NewsPage
from portal.governance import editors_group_name, setup_governance
from tests.governance.utils import add_url, edit_url, make_user, news_form_data
from tests.portal.utils import soup, text_of


@pytest.fixture
def editor(regions):
    setup_governance()
    return make_user("edytorka", editors_group_name(regions.kielce.region), regions.kielce.region)


def form_controllers(response, form_id):
    return soup(response).find("form", id=form_id)["data-controller"].split()


def test_the_add_form_does_not_autosave_but_the_edit_form_does(client, editor, regions):
    client.force_login(editor)

    add_form = client.get(add_url("news", "newspage", regions.kielce))
    draft = NewsPage(title="Szkic", slug="szkic", lead="Krótko.")
    regions.kielce.add_child(instance=draft)
    edit_form = client.get(edit_url(draft))

    assert "w-autosave" not in form_controllers(add_form, "page-edit-form")
    assert soup(add_form).find(id="w-autosave-indicator") is None
    assert "w-autosave" in form_controllers(edit_form, "page-edit-form")


def test_a_second_page_with_a_title_used_before_gets_a_free_slug(client, editor, regions):
    client.force_login(editor)
    url = add_url("news", "newspage", regions.kielce)
    client.post(url, news_form_data("Nabór do Szkoły Kooperacji", "nabor-do-szkoly-kooperacji"))

    response = client.post(url, news_form_data("Nabór do Szkoły Kooperacji", "nabor-do-szkoly-kooperacji"))

    assert response.status_code == 302, text_of(soup(response).find("main"))
    slugs = sorted(NewsPage.objects.child_of(regions.kielce).values_list("slug", flat=True))
    assert slugs == ["nabor-do-szkoly-kooperacji", "nabor-do-szkoly-kooperacji-2"]


def test_an_existing_pages_taken_slug_is_refused_in_polish(client, editor, regions):
    client.force_login(editor)
    url = add_url("news", "newspage", regions.kielce)
    client.post(url, news_form_data("Nabór", "nabor"))
    client.post(url, news_form_data("Relacja", "relacja"))
    page = NewsPage.objects.child_of(regions.kielce).get(slug="relacja")

    response = client.post(edit_url(page), news_form_data("Relacja", "nabor"))

    assert response.status_code == 200
    text = text_of(soup(response).find("main"))
    assert "Adres „nabor” jest już zajęty" in text
    assert "Nie zapisano strony: formularz zawiera błędy." in text
    assert "already in use" not in text and "could not be saved" not in text

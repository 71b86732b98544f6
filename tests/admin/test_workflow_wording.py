"""The moderation workflow's words in the Polish admin: the submit button reads as a sentence whatever
the workflow's name, and approving the last step says the page was published."""

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Workflow, WorkflowPage

from news.models import NewsPage
from portal.governance import (
    editors_group_name,
    former_workflow_name,
    moderators_group_name,
    setup_governance,
    workflow_name,
)
from tests.governance.utils import add_url, edit_url, make_user, news_form_data
from tests.portal.utils import soup, text_of


@pytest.fixture
def people(regions):
    setup_governance()
    region = regions.kielce.region
    return (
        make_user("edytorka", editors_group_name(region), region),
        make_user("moderatorka", moderators_group_name(region), region),
    )


def submitted(client, editor, regions, title="Nabór do Szkoły Kooperacji", slug="nabor"):
    client.force_login(editor)
    client.post(add_url("news", "newspage", regions.kielce), news_form_data(title, slug, **{"action-submit": "1"}))
    client.logout()
    return NewsPage.objects.child_of(regions.kielce).get(slug=slug)


def test_submit_button_is_a_polish_sentence(client, people, regions):
    editor, _moderator = people
    client.force_login(editor)

    html = soup(client.get(add_url("news", "newspage", regions.kielce)))

    button = html.find("button", attrs={"name": "action-submit"})
    assert text_of(button) == "Wyślij do akceptacji: ROPS Kielce"
    assert "Wyślij do Akceptacja" not in text_of(html)


def test_approving_the_last_step_says_the_page_was_published(client, people, regions):
    editor, moderator = people
    page = submitted(client, editor, regions)
    client.force_login(moderator)
    data = news_form_data(page.title, page.slug, **{"action-workflow-action": "1", "workflow-action-name": "approve"})

    response = client.post(edit_url(page), data, follow=True)

    page.refresh_from_db()
    assert page.live
    text = " ".join(text_of(item) for item in soup(response).select(".messages li"))
    assert "Strona „Nabór do Szkoły Kooperacji” została zaakceptowana i opublikowana." in text
    assert "zaktualizowana" not in text


def test_saving_without_approving_still_says_updated(client, people, regions):
    editor, _moderator = people
    client.force_login(editor)
    client.post(add_url("news", "newspage", regions.kielce), news_form_data("Nabór", "nabor"))
    page = NewsPage.objects.child_of(regions.kielce).get(slug="nabor")

    response = client.post(edit_url(page), news_form_data("Nabór – poprawiony", page.slug), follow=True)

    text = " ".join(text_of(item) for item in soup(response).select(".messages li"))
    assert "zaktualizowana" in text and "opublikowana" not in text


def test_setup_renames_the_former_workflow_once(regions):
    setup_governance()
    region = regions.kielce.region
    Workflow.objects.filter(name=workflow_name(region)).update(name=former_workflow_name(region))

    first = setup_governance()
    second = setup_governance()

    assert not Workflow.objects.filter(name=former_workflow_name(region)).exists()
    assert WorkflowPage.objects.get(page=regions.kielce).workflow.name == "ROPS Kielce"
    assert Workflow.objects.filter(name="ROPS Kielce").count() == 1
    assert any("renamed" in line for line in first.added)
    assert second.added == []


# One vocabulary for approval on every screen an editor or moderator meets (issue 20) -------------------

TASK = "Akceptacja moderatora – ROPS Kielce"


def page_text(client, url):
    return text_of(soup(client.get(url)))


def rejected(page, moderator):
    """The moderator sends the page back with a comment, as the dashboard's 'Odeślij do poprawy' does."""
    state = page.current_workflow_state.current_task_state
    state.task.specific.on_action(state, moderator, "reject", comment="Popraw lid.")


def test_the_moderators_screens_speak_of_akceptacja_and_poprawa(client, people, regions):
    editor, moderator = people
    page = submitted(client, editor, regions)
    client.force_login(moderator)

    dashboard = page_text(client, "/admin/")
    edit = page_text(client, edit_url(page))

    assert "Czeka na Twoją akceptację" in dashboard
    assert "Wysłane przez" in dashboard and "Etap rozpoczęty" in dashboard
    assert "Czeka na akceptację" in edit
    assert "Akceptuj i opublikuj" in edit and "Odeślij do poprawy" in edit
    for old in (
        "Oczekujące na Twoją weryfikację",
        "Zadanie wysłane przez",
        "Zadanie rozpoczęte",
        "W moderacji",
        " i Opublikuj",
        "Żądania zmian",
        "skrawki",
    ):
        assert old not in dashboard + edit


def test_a_page_sent_back_is_odeslana_do_poprawy_and_resubmitted_by_a_short_button(client, people, regions):
    editor, moderator = people
    page = submitted(client, editor, regions)
    rejected(page, moderator)
    client.force_login(editor)

    html = soup(client.get(edit_url(page)))

    button = html.find("button", attrs={"name": "action-submit"})
    assert text_of(button) == f"Wyślij ponownie: {TASK}"
    assert "Wyślij ponownie do akceptacji" not in text_of(html)


def test_a_moderators_own_page_sent_back_is_listed_as_odeslana_do_poprawy(client, people, regions):
    _editor, moderator = people
    page = submitted(client, moderator, regions, title="Zebranie zespołu", slug="zebranie")
    rejected(page, moderator)
    client.force_login(moderator)

    dashboard = page_text(client, "/admin/")

    assert "Twoje strony i elementy w akceptacji" in dashboard
    assert f"Odesłano do poprawy na etapie: {TASK}" in dashboard
    for old in ("Zmiany zażądane", "Zażądane zmiany", "skrawki", "w procesie"):
        assert old not in dashboard


def test_the_page_history_offers_to_review_an_earlier_version_in_polish(client, people, regions):
    editor, moderator = people
    page = submitted(client, editor, regions)
    page.title = "Nabór do Szkoły Kooperacji – poprawiony"
    page.save_revision(user=editor)
    client.force_login(moderator)

    text = page_text(client, reverse("wagtailadmin_pages:history", args=[page.pk]))

    assert "Przejrzyj tę wersję" in text
    assert "Zweryfikuj tą wersję" not in text


def test_unpublishing_is_wycofanie_z_publikacji(client, people, regions):
    editor, moderator = people
    page = submitted(client, editor, regions)
    page.get_latest_revision().publish(user=moderator)
    client.force_login(moderator)

    confirm = page_text(client, reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    edit = page_text(client, edit_url(page))

    assert "Czy na pewno wycofać tę stronę z publikacji?" in confirm
    assert "Tak, wycofaj z publikacji" in confirm and "Nie wycofuj" in confirm
    assert "Wycofaj z publikacji" in edit
    for old in ("Cofnij publikację", "cofnij publikację", "odpublikuj", "Anuluj publikację"):
        assert old not in confirm + edit


def test_a_locked_page_is_named_as_a_page(client, people, regions):
    editor, moderator = people
    page = submitted(client, editor, regions)
    page.get_latest_revision().publish(user=moderator)
    page.refresh_from_db()
    page.locked, page.locked_by, page.locked_at = True, moderator, timezone.now()
    page.save()
    client.force_login(editor)

    text = page_text(client, edit_url(page))

    assert "Strona „Nabór do Szkoły Kooperacji” została zablokowana przez: moderatorka" in text
    assert "jest zablokowany" not in text and "'Nabór do Szkoły Kooperacji'" not in text

"""The moderation workflow's words in the Polish admin: the submit button reads as a sentence whatever
the workflow's name, and approving the last step says the page was published."""

import pytest
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

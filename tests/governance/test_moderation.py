"""A region's editor writes news and submits them; only that region's moderators approve them.

Everything goes through the admin's own views, as the people of the regional centres use them.
"""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from news.models import NewsPage
from tests.governance.utils import add_url, assert_refused, assert_shows_the_page_form, news_form_data


def submit_news(client, parent, title="Szkolenie zespołów interdyscyplinarnych", slug="szkolenie-zespolow"):
    """Post the NewsPage add form under ``parent`` with "Submit to …"; returns the response and the page."""
    response = client.post(add_url("news", "newspage", parent), news_form_data(title, slug, **{"action-submit": "1"}))
    return response, NewsPage.objects.child_of(parent).filter(slug=slug).first()


def approve_url(page):
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])


@pytest.fixture
def submitted_news(client, editor_a, regions):
    """A news item editor A has written under the Kielce region page and submitted for approval."""
    client.force_login(editor_a)
    _response, page = submit_news(client, regions.kielce)
    client.logout()
    return page


def test_editor_sees_the_submit_button_of_the_region_workflow(as_user, editor_a, regions):
    response = as_user(editor_a).get(add_url("news", "newspage", regions.kielce))

    assert_shows_the_page_form(response)
    html = response.content.decode()
    assert 'name="action-submit"' in html
    assert "Wyślij do akceptacji: ROPS Kielce" in html
    assert 'name="action-publish"' not in html


def test_editor_creates_a_news_item_in_their_region_and_submits_it_for_approval(as_user, editor_a, regions):
    client = as_user(editor_a)

    response, page = submit_news(client, regions.kielce)

    assert response.status_code == 302, "the form was not accepted"
    assert page is not None
    assert page.title == "Szkolenie zespołów interdyscyplinarnych"
    assert page.owner == editor_a
    assert not page.live and page.live_revision is None
    assert page.workflow_in_progress
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "ROPS Kielce"
    assert page.current_workflow_task.name == "Akceptacja moderatora – ROPS Kielce"


def test_editor_pressing_publish_on_the_add_form_only_saves_a_draft(as_user, editor_a, regions):
    client = as_user(editor_a)
    data = news_form_data("Nabór do szkoły kooperacji", "nabor", **{"action-publish": "1"})

    response = client.post(add_url("news", "newspage", regions.kielce), data)

    assert response.status_code == 302
    page = NewsPage.objects.child_of(regions.kielce).get(slug="nabor")
    assert not page.live and page.live_revision is None and page.first_published_at is None


def test_editor_pressing_publish_on_the_edit_form_does_not_publish(as_user, editor_a, submitted_news):
    client = as_user(editor_a)
    data = news_form_data("Zmieniony tytuł", submitted_news.slug, **{"action-publish": "1"})

    client.post(reverse("wagtailadmin_pages:edit", args=[submitted_news.pk]), data)

    submitted_news.refresh_from_db()
    assert not submitted_news.live and submitted_news.live_revision is None


def test_the_regions_moderator_approves_and_the_news_item_goes_live(as_user, moderator_a, submitted_news):
    client = as_user(moderator_a)

    response = client.post(approve_url(submitted_news), {"comment": "Zatwierdzam."})

    assert response.status_code == 302
    submitted_news.refresh_from_db()
    assert submitted_news.live
    assert submitted_news.live_revision is not None
    assert not submitted_news.workflow_in_progress
    assert WorkflowState.objects.for_instance(submitted_news).get().status == WorkflowState.STATUS_APPROVED


def test_a_moderator_of_another_region_cannot_approve(as_user, moderator_b, submitted_news):
    client = as_user(moderator_b)

    response = client.post(approve_url(submitted_news), {"comment": "Zatwierdzam."})

    assert_refused(response)
    submitted_news.refresh_from_db()
    assert not submitted_news.live
    assert submitted_news.workflow_in_progress


def test_the_author_cannot_approve_their_own_news_item(as_user, editor_a, submitted_news):
    client = as_user(editor_a)

    response = client.post(approve_url(submitted_news), {"comment": ""})

    assert_refused(response)
    submitted_news.refresh_from_db()
    assert not submitted_news.live and submitted_news.workflow_in_progress


def test_the_regions_moderator_may_publish_straight_from_the_edit_form(as_user, moderator_a, submitted_news):
    # The same form data as the editor's above: what stops the editor is the permission, not the data.
    client = as_user(moderator_a)
    data = news_form_data("Zmieniony tytuł", submitted_news.slug, **{"action-publish": "1"})

    response = client.post(reverse("wagtailadmin_pages:edit", args=[submitted_news.pk]), data)

    assert response.status_code == 302
    submitted_news.refresh_from_db()
    assert submitted_news.live and submitted_news.title == "Zmieniony tytuł"

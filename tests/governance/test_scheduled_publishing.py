"""Scheduled publishing: a moderator sets a go-live or expiry date in the admin; the cron job
(``manage.py publish_scheduled``, docs/operations.md) publishes or unpublishes when the time comes."""

import datetime
import io

from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Revision

from news.models import NewsPage
from tests.factories import NewsPageFactory
from tests.governance.utils import add_url, edit_url, news_form_data


def admin_datetime(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def test_news_item_scheduled_by_the_moderator_goes_live_when_the_command_runs(as_user, moderator_a, regions):
    go_live = timezone.now() + datetime.timedelta(hours=2)
    data = news_form_data(
        "Nabór do Szkoły Kooperacji", "nabor", go_live_at=admin_datetime(go_live), **{"action-publish": "1"}
    )

    response = as_user(moderator_a).post(add_url("news", "newspage", regions.kielce), data)

    assert response.status_code == 302
    page = NewsPage.objects.get(slug="nabor")
    assert not page.live
    revision = Revision.page_revisions.get(object_id=str(page.pk), approved_go_live_at__isnull=False)

    call_command("publish_scheduled", stdout=io.StringIO())
    assert not NewsPage.objects.get(pk=page.pk).live  # not yet: the time has not come

    # Two hours later (the approved time is moved back rather than the clock forward).
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled", stdout=io.StringIO())

    assert NewsPage.objects.get(pk=page.pk).live


def test_news_item_with_an_expiry_date_is_taken_off_the_site_by_the_command(as_user, moderator_a, regions):
    page = NewsPageFactory(parent=regions.kielce, title="Rekrutacja do 30 listopada", slug="rekrutacja")
    expire = timezone.now() + datetime.timedelta(days=7)
    data = news_form_data(
        page.title, page.slug, lead=page.lead, expire_at=admin_datetime(expire), **{"action-publish": "1"}
    )

    as_user(moderator_a).post(edit_url(page), data)

    page.refresh_from_db()
    assert page.live and page.expire_at is not None
    NewsPage.objects.filter(pk=page.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("publish_scheduled", stdout=io.StringIO())

    page.refresh_from_db()
    assert not page.live and page.expired

"""The home page's sections are cached, and change as soon as an editor publishes, unpublishes or restricts."""

import datetime

from wagtail.models import PageViewRestriction

from tests.factories import NewsPageFactory
from tests.portal.utils import soup


def latest_news_titles(client):
    section = soup(client.get("/")).find("section", attrs={"aria-labelledby": "latest-news-title"})
    return [title.get_text(strip=True) for title in section.select(".listing-item__title")] if section else []


def test_newly_published_news_appears_on_the_cached_home_page_at_once(client, regions):
    NewsPageFactory(parent=regions.kielce, title="Spotkanie zespołu", date=datetime.date(2024, 3, 1))
    assert latest_news_titles(client) == ["Spotkanie zespołu"]

    draft = NewsPageFactory(parent=regions.kielce, title="Nowy nabór", date=datetime.date(2024, 4, 1), live=False)
    assert latest_news_titles(client) == ["Spotkanie zespołu"]

    draft.save_revision().publish()  # as the admin's "Publish" does

    assert latest_news_titles(client) == ["Nowy nabór", "Spotkanie zespołu"]


def test_unpublished_news_leaves_the_cached_home_page(client, regions):
    kept = NewsPageFactory(parent=regions.kielce, title="Spotkanie zespołu", date=datetime.date(2024, 3, 1))
    withdrawn = NewsPageFactory(parent=regions.kielce, title="Błędna informacja", date=datetime.date(2024, 4, 1))
    assert latest_news_titles(client) == [withdrawn.title, kept.title]

    withdrawn.unpublish()

    assert latest_news_titles(client) == [kept.title]


def test_news_restricted_to_members_leaves_the_cached_home_page(client, regions):
    NewsPageFactory(parent=regions.kielce, title="Spotkanie zespołu", date=datetime.date(2024, 3, 1))
    internal = NewsPageFactory(parent=regions.kielce, title="Notatka dla zespołu", date=datetime.date(2024, 4, 1))
    assert "Notatka dla zespołu" in latest_news_titles(client)

    restriction = PageViewRestriction.objects.create(page=internal, restriction_type=PageViewRestriction.LOGIN)
    assert latest_news_titles(client) == ["Spotkanie zespołu"]

    restriction.delete()
    assert "Notatka dla zespołu" in latest_news_titles(client)


def test_a_second_visit_reads_the_sections_from_the_cache(client, regions, django_assert_max_num_queries):
    for number in range(5):
        NewsPageFactory(parent=regions.kielce, title=f"Aktualność {number}", date=datetime.date(2024, 3, number + 1))
    client.get("/")

    # Routing (site, locale, page, its ancestors and restrictions) and the language links only.
    with django_assert_max_num_queries(10):
        assert client.get("/").status_code == 200

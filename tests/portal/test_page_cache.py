"""The anonymous page cache (portal/page_cache.py): who is served from it, what is kept, when it is renewed."""

import uuid

import pytest
from django.conf import settings
from django.core.cache import cache

from portal import page_cache
from portal.page_cache import HIT_HEADER, AnonymousPageCacheMiddleware
from tests.factories import NewsIndexPageFactory, NewsPageFactory, UserFactory


@pytest.fixture
def news(home):
    index = NewsIndexPageFactory(parent=home, title="Aktualności", slug="aktualnosci")
    item = NewsPageFactory(parent=index, title="Spotkanie zespołów w Sandomierzu", slug="spotkanie")
    return index, item


def test_an_anonymous_page_is_kept_and_served_without_a_query(client, news, django_assert_num_queries):
    _index, item = news
    first = client.get(item.url)
    assert first.status_code == 200
    assert first[HIT_HEADER] == "miss"
    assert first["Cache-Control"] == "public, max-age=60, s-maxage=300"

    with django_assert_num_queries(0):
        second = client.get(item.url)
    assert second[HIT_HEADER] == "hit"
    assert second.content == first.content
    assert client.head(item.url)[HIT_HEADER] == "hit"


def test_publishing_renews_the_page_and_its_listings(client, news):
    index, item = news
    assert "Spotkanie zespołów" in client.get(index.url).content.decode()
    client.get(item.url)

    item.title = "Szkolenie zespołów w Sandomierzu"
    item.save_revision().publish()

    for url in (item.url, index.url):
        response = client.get(url)
        assert response[HIT_HEADER] == "miss"
        assert "Szkolenie zespołów" in response.content.decode()


def test_unpublishing_and_deleting_take_the_page_away_at_once(client, news):
    index, item = news
    client.get(item.url)
    client.get(index.url)
    item.unpublish()
    assert client.get(item.url).status_code == 404
    assert "Spotkanie zespołów" not in client.get(index.url).content.decode()
    other = NewsPageFactory(parent=index, title="Konferencja w Kielcach", slug="konferencja")
    client.get(other.url)
    other.delete()
    assert client.get("/aktualnosci/konferencja/").status_code == 404


def test_moving_a_page_renews_its_address_and_the_links_to_it(client, news, home):
    index, item = news
    other_index = NewsIndexPageFactory(parent=home, title="Archiwum", slug="archiwum")
    old_url = item.url
    client.get(old_url)
    assert 'href="/aktualnosci/spotkanie/"' in client.get(index.url).content.decode()
    item.move(other_index, pos="last-child")
    moved = client.get(old_url)  # Wagtail's automatic redirect, never the kept page
    assert (moved.status_code, moved["Location"]) == (301, "/archiwum/spotkanie/")
    assert client.get("/archiwum/spotkanie/").status_code == 200
    listing = client.get(index.url)
    assert listing[HIT_HEADER] == "miss"
    assert 'href="/archiwum/spotkanie/"' in listing.content.decode()


def test_signed_in_users_never_get_or_leave_a_kept_page(client, news):
    _index, item = news
    user = UserFactory(username="anna", password="hasło-do-testów-123")
    client.force_login(user)
    response = client.get(item.url)
    assert response.status_code == 200
    assert HIT_HEADER not in response
    assert "private" in response["Cache-Control"]
    client.logout()
    assert client.get(item.url)[HIT_HEADER] == "miss"  # nothing was kept for the signed-in user


@pytest.mark.parametrize("cookie", ["sessionid", "messages", "django_language"])
def test_a_visitor_with_a_session_or_a_message_gets_a_fresh_page(client, news, cookie):
    _index, item = news
    client.get(item.url)
    client.cookies[cookie] = "x"
    response = client.get(item.url)
    assert response.status_code == 200
    assert HIT_HEADER not in response


def test_a_page_that_hands_out_a_csrf_token_is_not_kept(rf):
    """A form's token belongs to one visitor: a page with {% csrf_token %} must never be shared."""
    from django.middleware.csrf import CsrfViewMiddleware, get_token
    from django.template import engines

    form = engines["django"].from_string('<form method="post">{% csrf_token %}</form>')

    def page_with_a_form(request):
        from django.http import HttpResponse

        return HttpResponse(form.render({}, request))

    def page_without_a_form(request):
        from django.http import HttpResponse

        return HttpResponse("<p>Aktualności</p>")

    for view, kept in ((page_with_a_form, False), (page_without_a_form, True)):
        stack = AnonymousPageCacheMiddleware(CsrfViewMiddleware(view))
        request = rf.get(f"/{view.__name__}/")
        request.COOKIES[settings.CSRF_COOKIE_NAME] = get_token(rf.get("/"))  # a returning visitor's token
        response = stack(request)
        assert (response.get(HIT_HEADER) == "miss") is kept, view.__name__


def test_only_successful_get_requests_are_kept(client, news):
    assert HIT_HEADER not in client.get("/nie-ma-takiej-strony/")
    assert client.get("/nie-ma-takiej-strony/").status_code == 404
    _index, item = news
    response = client.post(item.url)
    assert HIT_HEADER not in response


def test_hostile_query_strings_are_answered_but_not_kept(client, news):
    index, item = news
    response = client.get(item.url + "?" + "x=" + "A" * 2000)
    assert response.status_code == 200
    assert HIT_HEADER not in response
    response = client.get(item.url + "?q=%FF%FE")  # a news item reads no ``q``
    assert response.status_code == 200 and HIT_HEADER not in response
    assert client.get(index.url + "?page=%FF%FE")[HIT_HEADER] in {"miss", "hit"}


def cache_keys():
    """Every key in the tests' cache (the local-memory backend of portal/settings/test.py)."""
    return list(cache._cache)


def listing_entries():
    return [key for key in cache_keys() if ":portal:listing:" in key]


def page_entries():
    return [key for key in cache_keys() if ":portal:page:" in key]


def test_parameters_no_page_reads_never_make_cache_entries(client, news):
    """Issue 19, item 4: 200 requests of ``/?x=<random>`` made 200 entries of about 20 KB."""
    index, item = news
    for url in ("/", index.url, item.url):
        client.get(url + "?x=warm-up")  # the listings' own caches, filled once
    keys = len(cache_keys())

    for n in range(200):
        url = ("/", index.url, item.url)[n % 3]
        response = client.get(f"{url}?x={uuid.uuid4().hex}&utm_source=n{n}")
        assert response.status_code == 200
        assert HIT_HEADER not in response  # answered, not kept
    assert len(cache_keys()) == keys
    assert page_entries() == []


def test_a_page_keeps_each_value_of_a_parameter_it_reads(client, news):
    index, _item = news
    assert client.get(index.url + "?page=2&region=")[HIT_HEADER] == "miss"
    assert client.get(index.url + "?region=&page=2")[HIT_HEADER] == "hit"  # the same parameters
    assert client.get(index.url + "?page=1")[HIT_HEADER] == "miss"
    assert client.get(index.url + "?page=1")[HIT_HEADER] == "hit"
    # A parameter the listing does not read, next to one it does: answered, not kept.
    response = client.get(index.url + "?page=2&x=1")
    assert response.status_code == 200 and HIT_HEADER not in response
    assert len(page_entries()) == 2


def test_one_address_keeps_a_bounded_number_of_query_strings(client, news, monkeypatch):
    monkeypatch.setattr(page_cache, "MAX_QUERY_VARIANTS", 5)  # 50 in production; fewer renders here
    index, _item = news
    for _n in range(20):
        assert client.get(f"{index.url}?page={uuid.uuid4().hex}").status_code == 200
    assert len(page_entries()) == 5
    assert client.get(index.url)[HIT_HEADER] == "miss"  # no query string: always room
    assert client.get(index.url)[HIT_HEADER] == "hit"


def test_each_query_string_and_language_is_kept_apart(client, news):
    index, _item = news
    assert client.get(index.url + "?page=2")[HIT_HEADER] == "miss"
    assert client.get(index.url)[HIT_HEADER] == "miss"
    assert client.get(index.url + "?page=2")[HIT_HEADER] == "hit"
    cache.clear()
    assert client.get(index.url)[HIT_HEADER] == "miss"


def test_the_admin_and_accounts_are_never_kept(client, home):
    assert HIT_HEADER not in client.get("/admin/login/")
    assert HIT_HEADER not in client.get("/konto/logowanie/")


def test_made_up_filter_values_and_searches_leave_no_listing_entries(client, news):
    """Issue 19, item 4, in the listings' own cache: a filter value or search that finds nothing
    (``?tag=<random>``) keeps nothing, while one that finds pages is kept for the next visitor."""
    index, _item = news
    client.get(index.url + "?tag=warm-up")
    client.get("/szukaj/?q=warm-up")
    keys = len(listing_entries())

    for _n in range(50):
        made_up = uuid.uuid4().hex
        assert client.get(f"{index.url}?tag={made_up}").status_code == 200
        assert client.get(f"/szukaj/?q={made_up}").status_code == 200
    assert len(listing_entries()) == keys

    assert client.get("/szukaj/?q=Sandomierz").status_code == 200
    assert len(listing_entries()) > keys

"""A crawler with hostile query strings over the demo portal: every address of the sitemap, the feeds
and calendars they announce, the search and the account pages. Whatever the query string, the answer
is a page, a redirect or a 4xx: never a 500."""

import uuid
from urllib.parse import urlsplit
from xml.etree import ElementTree

from django.test import Client

from portal.page_cache import HIT_HEADER
from tests.portal.utils import soup

HOSTILE_QUERY_STRINGS = [
    "q=" + "kooperacja%20" * 400 + "&page=" + "9" * 400,  # huge
    "q=%FF%FE%C0%AF&page=%ED%A0%80&year=%00%01",  # not UTF-8, an overlong slash, a lone surrogate, NUL
    "page=1%27%20OR%20%271%27%3D%271&region=x%27%3B%20DROP%20TABLE%20wagtailcore_page%3B--",  # SQL
    "q=%7B%7B%207*7%20%7D%7D%7B%25%20debug%20%25%7D&type=%7B%7Bsettings.SECRET_KEY%7D%7D",  # template syntax
    "page=1&page=2&page=abc&region=a&region=b&year=2020&year=nie&type=news&type=x",  # repeated keys
    "year=99999999999999999999999&page=-1&region=..%2F..%2Fetc%2Fpasswd&project=%3Cscript%3E",
    "q=%22kooperacja*%20OR%20NEAR(a%20b)%20-%27&format=json&lang=xx",  # FTS syntax, unknown keys
    # Unicode digits and spaces (issue 19, item 5): superscript, Arabic-Indic, full-width, NBSP, ZWSP, U+3000
    "page=%C2%B2&year=%D9%A2%D9%A0%D9%A2%D9%A4&region=%EF%BC%91%EF%BC%92&type=%C2%A0news",
    "page=%D9%A3&year=2024%E2%80%8B&project=%E3%80%801&q=%E2%80%83%C2%B2",
]
ACCOUNT_PAGES = [
    "/konto/logowanie/",
    "/konto/rejestracja/",
    "/konto/haslo/reset/",
    "/konto/haslo/reset/wyslano/",
    "/admin/login/",
]
SEARCH_PAGES = ["/szukaj/", "/en/search/", "/uk/poshuk/"]


def addresses(client):
    """Every local path of the sitemap, with the feeds and calendars its pages link to."""
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    paths = [
        urlsplit(loc.text).path for loc in ElementTree.fromstring(sitemap.content).findall("s:url/s:loc", namespace)
    ]
    feeds = []
    for path in paths:
        response = client.get(path)
        if response.status_code == 200 and "html" in response["Content-Type"]:
            links = soup(response).find_all("link", rel="alternate", type=True)
            feeds += [urlsplit(link["href"]).path for link in links]
    return list(dict.fromkeys(paths + feeds + SEARCH_PAGES + ACCOUNT_PAGES))


def test_no_address_answers_a_hostile_query_string_with_a_server_error(demo_portal, db):
    client = Client(raise_request_exception=False)
    paths = addresses(client)
    assert len(paths) > 60  # the demo's pages in three languages, feeds, search and account pages
    assert any(path.endswith(("rss/", "atom/")) for path in paths)
    failures = []
    for path in paths:
        for query in HOSTILE_QUERY_STRINGS:
            response = client.get(f"{path}?{query}")
            if response.status_code >= 500:
                failures.append(f"{response.status_code} {path}?{query[:80]}")
    assert failures == []


def test_markup_and_template_syntax_in_a_query_are_shown_as_text(demo_portal, db, settings):
    query = "{{ 7*7 }} <script>alert(1)</script> {% debug %} {{ settings.SECRET_KEY }}"
    response = Client().get("/szukaj/", {"q": query})
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "{{ 7*7 }}" in body and "{% debug %}" in body  # shown as typed, never evaluated
    assert settings.SECRET_KEY not in body


def test_no_address_keeps_a_page_for_a_parameter_it_does_not_read(demo_portal, db):
    """Issue 19, item 4: unknown query parameters are answered but never fill the page cache, on any
    address; the parameters a listing reads are still kept."""
    client = Client(raise_request_exception=False)
    kept = []
    for path in addresses(client):
        response = client.get(f"{path}?x={uuid.uuid4().hex}&utm_source=crawler")
        if response.has_header(HIT_HEADER):
            kept.append(f"{response.status_code} {path}")
    assert kept == []
    assert client.get("/aktualnosci/?page=1")[HIT_HEADER] == "miss"
    assert client.get("/aktualnosci/?page=1")[HIT_HEADER] == "hit"

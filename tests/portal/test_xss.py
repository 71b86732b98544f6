"""Whatever people type is shown as text: hostile input posted through the admin's and the learners'
own forms (real HTTP, as a browser posts them) is escaped and inert on every page that shows it.

Each field gets ``hostile(label)``: a script element, an attribute break-out with an event handler and
Django template syntax. ``assert_inert`` parses the page and finds no script carrying the payload, no
event-handler attribute, no ``javascript:`` address, and the payload shown literally as text.
"""

import io
import json

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse
from django.utils.html import escape
from PIL import Image
from wagtail.models import Collection
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from accounts.models import AccountSettings
from courses import learning
from courses.models import ExerciseSubmission, LessonPage
from news.models import NewsPage
from portal.governance import COORDINATORS, moderators_group_name, setup_governance
from portal.models import PortalDocument, PortalImage, Profile
from tests.courses.genogram_lesson import block_value as genogram_block_value
from tests.courses.smart_worksheet import SELF_ASSESSMENT, WORKSHEET, good_goal
from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    NewsIndexPageFactory,
    UserFactory,
    pdf_bytes,
)
from tests.governance.utils import add_url, make_user

SCRIPT = "<script>alert(1)</script>"
BREAK_OUT = '"><img src=x onerror=alert(2)>'
TEMPLATE = "{{ 7*7 }}"
JAVASCRIPT_URL = "javascript:alert(3)"
HOSTILE_URL = 'https://example.org/?q="><script>alert(6)</script>'  # a valid URL: no spaces
BUTTON = f"P{BREAK_OUT}{SCRIPT}"


def hostile(label):
    """``label`` followed by the payloads; short enough for an 80-character field."""
    return f"{label} {SCRIPT} {BREAK_OUT} {TEMPLATE}"


def parse(content):
    return BeautifulSoup(content.decode() if isinstance(content, bytes) else content, "html.parser")


URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background"}


def assert_inert(response, *labels):
    """No markup of the payloads took effect on the page, and each ``hostile(label)`` is shown as text
    (or as an attribute's value: an input's, a meta description's)."""
    assert response.status_code in (200, 400), response.status_code
    html = parse(response.content)
    for script in html.find_all("script"):
        assert "alert(" not in (script.string or ""), f"a script carries the payload: {script}"
    for element in html.find_all(True):
        for name, value in element.attrs.items():
            assert not name.lower().startswith("on"), f"an event handler attribute: {element}"
            if name.lower() in URL_ATTRIBUTES:
                address = " ".join(value) if isinstance(value, list) else value
                assert not address.strip().lower().startswith("javascript:"), f"a javascript: address: {element}"
        if element.name == "img":
            assert element.get("src") != "x", f"an injected image: {element}"
    text = " ".join(html.get_text(" ").split())
    values = [
        " ".join(value.split())
        for element in html.find_all(True)
        for value in element.attrs.values()
        if isinstance(value, str)
    ]
    for label in labels:
        payload = hostile(label)
        assert payload in text or any(payload in value for value in values), f"{label!r} is not shown as text"
    return html


def test_the_check_finds_live_payloads():
    """``assert_inert`` itself: markup that would run is caught, the same text escaped is not."""
    for live in (
        f"<p>{SCRIPT}</p>",
        '<p><img src="x" onerror="alert(2)"></p>',
        '<a href=" JavaScript:alert(3)">a</a>',
        '<input value=""><img src=x onerror=alert(2)>">',
    ):
        response = HttpResponse(live)
        with pytest.raises(AssertionError):
            assert_inert(response)
    assert_inert(HttpResponse(f"<p>{escape(hostile('Tekst'))}</p>"), "Tekst")
    assert_inert(HttpResponse(f'<input value="{escape(hostile("Pole"))}">'), "Pole")


# (a) The admin: a news item published through the page editor ---------------------------------------


def contentstate(text, links=()):
    """Draftail's value of one paragraph holding ``text`` with links (url, linked text) appended."""
    entity_ranges, entity_map = [], {}
    for key, (url, linked) in enumerate(links):
        entity_ranges.append({"offset": len(text) + 1, "length": len(linked), "key": key})
        entity_map[str(key)] = {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}
        text = f"{text} {linked}"
    block = {
        "key": "xss01",
        "type": "unstyled",
        "depth": 0,
        "text": text,
        "inlineStyleRanges": [],
        "entityRanges": entity_ranges,
        "data": {},
    }
    return json.dumps({"blocks": [block], "entityMap": entity_map})


@pytest.fixture
def moderator(client, regions):
    """A moderator of ROPS Kielce (may publish in the region, add images and documents), signed in."""
    setup_governance()
    user = make_user("moderatorka", moderators_group_name(regions.kielce.region), regions.kielce.region)
    client.force_login(user)
    return client


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (30, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def upload_image(client, collection):
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": hostile("Tytuł zdjęcia"),
            "collection": collection.pk,
            "alt_text": hostile("Tekst alternatywny"),
            "file": SimpleUploadedFile("spotkanie.png", png()),
        },
    )
    assert response.status_code == 302
    return PortalImage.objects.get()


def upload_document(client, collection):
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": hostile("Tytuł dokumentu"),
            "collection": collection.pk,
            "language": "pl",
            "file": SimpleUploadedFile("model.pdf", pdf_bytes()),
        },
    )
    assert response.status_code == 302
    return PortalDocument.objects.get()


def news_form(image, document):
    table = {
        "data": [[hostile("Nagłówek tabeli"), "b"], [hostile("Komórka"), "d"]],
        "table_header_choice": "row",
        "table_caption": hostile("Podpis tabeli"),
    }
    body = streamfield(
        [
            ("heading", {"text": hostile("Śródtytuł"), "level": "h2"}),
            (
                "paragraph",
                contentstate(
                    hostile("Akapit Kooperacyjny"),
                    [(JAVASCRIPT_URL, "link-js"), ('https://example.org/"onmouseover="alert(4)', "link-cudzysłów")],
                ),
            ),
            ("image", {"image": image.pk, "caption": hostile("Podpis zdjęcia"), "credit": hostile("Autor zdjęcia")}),
            ("quote", {"quote": hostile("Cytat"), "attribution": hostile("Autor cytatu")}),
            ("table", json.dumps(table)),
            ("document", {"document": document.pk, "label": hostile("Link do dokumentu")}),
            (
                "call_to_action",
                {
                    "heading": hostile("Wezwanie"),
                    "text": hostile("Tekst wezwania"),
                    "button_label": BUTTON,  # at most 60 characters
                    "page": "",
                    "url": HOSTILE_URL,
                },
            ),
            (
                "accordion",
                {
                    "heading": hostile("Harmonijka"),
                    "items": {
                        "count": "1",
                        "0": {
                            "value": {"title": hostile("Pytanie"), "content": contentstate(hostile("Odpowiedź"))},
                            "deleted": "",
                            "order": "0",
                            "id": "",
                        },
                    },
                },
            ),
        ]
    )
    return nested_form_data(
        {
            "title": hostile("Tytuł"),
            "slug": "nabor",
            "lead": hostile("Lead Kooperacyjny"),
            "date": "",
            "image": image.pk,
            "image_caption": hostile("Podpis głównego zdjęcia"),
            "tags": "<script>alert(5)</script>",
            "body": body,
            "gallery_images": inline_formset([{"image": image.pk, "caption": hostile("Podpis w galerii")}]),
            "related_links": inline_formset([]),
            "comments": inline_formset([]),
            "seo_title": hostile("Tytuł SEO"),
            "search_description": hostile("Opis dla wyszukiwarek"),
            "listing_summary": "",
            "social_image": image.pk,
            "go_live_at": "",
            "expire_at": "",
            "action-publish": "1",
        }
    )


NEWS_LABELS = [
    "Tytuł",
    "Lead Kooperacyjny",
    "Podpis głównego zdjęcia",
    "Śródtytuł",
    "Akapit Kooperacyjny",
    "Podpis zdjęcia",
    "Autor zdjęcia",
    "Cytat",
    "Autor cytatu",
    "Nagłówek tabeli",
    "Komórka",
    "Podpis tabeli",
    "Link do dokumentu",
    "Wezwanie",
    "Tekst wezwania",
    "Harmonijka",
    "Pytanie",
    "Odpowiedź",
    "Podpis w galerii",
    "Tytuł SEO",
    "Opis dla wyszukiwarek",
    "Tekst alternatywny",
]


def form_errors(response):
    html = parse(response.content)
    return [" ".join(error.get_text(" ").split()) for error in html.select(".error-message, .help-critical")]


@pytest.fixture
def published_news(moderator, regions, home):
    NewsIndexPageFactory(parent=home)
    collection = Collection.objects.get(name=regions.kielce.region.short_name)
    image = upload_image(moderator, collection)
    document = upload_document(moderator, collection)

    response = moderator.post(add_url("news", "newspage", regions.kielce), news_form(image, document))

    assert response.status_code == 302, form_errors(response)
    page = NewsPage.objects.get(slug="nabor")
    assert page.live and page.title == hostile("Tytuł")
    return page


def test_a_news_item_published_through_the_admin_shows_every_field_as_text(published_news):
    visitor = Client()

    html = assert_inert(visitor.get(published_news.url), *NEWS_LABELS)

    assert html.title.get_text().startswith(hostile("Tytuł SEO"))
    assert html.find("meta", attrs={"name": "description"})["content"] == hostile("Opis dla wyszukiwarek")
    paragraph = html.select_one(".stream .rich-text")
    links = {link.get_text(): link.get("href") for link in paragraph.find_all("a")}
    assert links["link-js"] is None, "Wagtail drops a javascript: address from rich text"
    assert links["link-cudzysłów"] == 'https://example.org/"onmouseover="alert(4)'
    button = html.select_one(".cta a.button")
    assert button["href"] == HOSTILE_URL and button.get_text() == BUTTON
    assert "<script>alert(5)</script>" in [tag.get_text() for tag in html.select(".tag-list a")]
    assert TEMPLATE in html.get_text() and "49" not in html.select_one("article h1").get_text()


def test_a_javascript_address_in_the_call_to_action_is_refused(moderator, regions, home):
    collection = Collection.objects.get(name=regions.kielce.region.short_name)
    data = news_form(upload_image(moderator, collection), upload_document(moderator, collection))
    data["body-6-value-url"] = JAVASCRIPT_URL

    response = moderator.post(add_url("news", "newspage", regions.kielce), data)

    assert response.status_code == 200
    assert not NewsPage.objects.exists()


def test_the_news_listing_search_and_admin_pages_show_it_as_text(published_news, moderator):
    visitor = Client()
    assert_inert(visitor.get("/aktualnosci/"), "Tytuł", "Lead Kooperacyjny")
    found = assert_inert(visitor.get("/szukaj/", {"q": "kooperacyjny"}), "Tytuł")
    excerpt = found.select_one(".search-result__excerpt")  # built as HTML by search.excerpts
    assert {mark.get_text() for mark in excerpt.find_all("mark")} == {"Kooperacyjny"}
    # The indexed text has markup stripped from it; what is left is text.
    assert "alert(1)" in excerpt.get_text() and excerpt.find("script") is None and excerpt.find("img") is None

    assert_inert(moderator.get(reverse("wagtailadmin_explore", args=[published_news.get_parent().pk])), "Tytuł")
    assert_inert(moderator.get(reverse("wagtailimages:index")), "Tytuł zdjęcia")
    assert_inert(moderator.get(reverse("wagtaildocs:index")), "Tytuł dokumentu")


@pytest.mark.parametrize("url", ["/aktualnosci/rss/", "/aktualnosci/atom/"])
def test_the_feeds_give_the_lead_as_escaped_html(published_news, url):
    """Feed readers treat an item's description (RSS) or summary (Atom, type="html") as HTML, so the
    plain-text lead must arrive escaped; the title is plain text."""
    feed = feedparser.parse(Client().get(url).content, sanitize_html=False)
    entry = feed.entries[0]

    assert entry.title == hostile("Tytuł")
    summary = parse(entry.summary)
    assert summary.find("script") is None and summary.find("img") is None
    assert summary.get_text() == hostile("Lead Kooperacyjny")


# (b) The learners' forms ------------------------------------------------------------------------------

SMART_FIELDS = ["goal", "specific", "measurable", "achievable", "relevant", "time_bound", "responsible"]


@pytest.fixture
def coordinator(regions):
    setup_governance()
    return make_user("koordynatorka", COORDINATORS)


@pytest.fixture
def course(home):
    index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, title="Cele SMART", slug="cele-smart")
    LessonPageFactory(
        parent=course,
        title="Ćwiczenia",
        slug="cwiczenia",
        completion="viewed",
        body=json.dumps(
            [
                {"type": "smart_goal", "value": {**WORKSHEET, "requires_acceptance": True}},
                {"type": "genogram", "value": genogram_block_value()},
                {"type": "empowerment", "value": SELF_ASSESSMENT},
            ]
        ),
    )
    return course


LESSON_URL = "/szkola-kooperacji/cele-smart/cwiczenia/"


@pytest.fixture
def learner(course, regions):
    user = UserFactory(username="ewa", first_name="Ewa")
    Profile.objects.create(user=user, region=regions.kielce.region)
    learning.enrol(user, course)
    return user


def block_ids():
    lesson = LessonPage.objects.get(slug="cwiczenia")
    return {block.block_type: block.id for block in lesson.body}


def test_the_profile_name_is_text_on_the_account_page_and_in_the_admin_reports(
    client, learner, course, coordinator, regions
):
    client.force_login(learner)
    response = client.post(
        "/konto/",
        {
            "first_name": hostile("Imię"),
            "last_name": hostile("Nazwisko"),
            "email": "ewa@example.org",
            "region": regions.kielce.region.pk,
            "team": "",
        },
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.first_name == hostile("Imię")

    assert_inert(client.get("/konto/"), "Imię", "Nazwisko")
    assert_inert(client.get("/konto/szkolenia/"))

    client.force_login(coordinator)
    report = assert_inert(client.get(f"/admin/raporty-szkolen/{course.pk}/"))
    assert hostile("Nazwisko") in report.get_text(" ")


def test_self_registration_is_text_on_the_form_and_in_the_approval_list(client, coordinator, regions):
    account_settings = AccountSettings.load()
    account_settings.allow_self_registration = True
    account_settings.save()
    form = {
        "first_name": hostile("Imię"),
        "last_name": hostile("Nazwisko"),
        "email": "piotr@example.org",
        "region": regions.kielce.region.pk,
        "team": "",
        "password1": "Kooperacja-W-Praktyce-7",
    }

    refused = client.post("/konto/rejestracja/", {**form, "password2": "inne-haslo"})
    assert_inert(refused, "Imię", "Nazwisko")

    assert client.post("/konto/rejestracja/", {**form, "password2": form["password1"]}).status_code == 302
    client.force_login(coordinator)
    pending = assert_inert(client.get("/admin/zaproszenia/"))
    assert hostile("Imię") in pending.get_text(" ")


def test_a_smart_worksheet_is_text_for_its_learner_and_the_reviewer_and_so_is_the_comment(
    client, learner, course, coordinator
):
    client.force_login(learner)
    smart_id = block_ids()["smart_goal"]
    answers = good_goal(**{name: hostile(name) for name in SMART_FIELDS})
    answers.update({"steps-0-step": hostile("krok"), "steps-0-owner": hostile("kto")})

    invalid = client.post(LESSON_URL, {"exercise": smart_id, "action": "save", **answers, "deadline": BREAK_OUT})
    assert invalid.status_code == 400
    assert_inert(invalid, *SMART_FIELDS, "krok", "kto")

    assert client.post(LESSON_URL, {"exercise": smart_id, "action": "save", **answers}).status_code == 302
    assert_inert(client.get(LESSON_URL), *SMART_FIELDS, "krok", "kto")
    handing_in = client.post(LESSON_URL, {"exercise": smart_id, "action": "submit", **answers})
    assert handing_in.status_code == 302
    assert_inert(client.get(handing_in["Location"]), *SMART_FIELDS, "krok", "kto")  # "hand it in anyway?"
    if "?oddaj=" in handing_in["Location"]:
        assert client.post(LESSON_URL, {"exercise": smart_id, "action": "submit_anyway"}).status_code == 302
    assert_inert(client.get(LESSON_URL))

    submission = ExerciseSubmission.objects.get(kind="smart")
    client.force_login(coordinator)
    review_url = f"/admin/prace-uczestnikow/{submission.public_id}/"
    assert_inert(client.get("/admin/prace-uczestnikow/"))
    assert_inert(client.get(review_url), *SMART_FIELDS, "krok", "kto")
    assert client.post(review_url, {"action": "return", "text": hostile("Komentarz")}).status_code == 302

    client.force_login(learner)
    assert_inert(client.get(LESSON_URL), "Komentarz")


def test_genogram_names_are_text_in_the_drawing_the_editor_and_the_review(client, learner, course, coordinator):
    client.force_login(learner)
    editor_url = f"{LESSON_URL}genogram/{block_ids()['genogram']}/"

    def change(action, **data):
        revision = parse(client.get(editor_url).content).select_one("input[name=revision]")["value"]
        return client.post(editor_url, {"action": action, "revision": revision, **data})

    added = change("add_person", **{"person-name": hostile("Ola"), "person-sex": "female", "person-notes": "x"})
    assert added.status_code == 302
    invalid = change("add_person", **{"person-name": hostile("Jan"), "person-birth_year": BREAK_OUT})
    assert invalid.status_code == 400
    assert_inert(invalid, "Jan")

    editor = assert_inert(client.get(editor_url), "Ola")
    drawing = editor.select_one(".genogram-figure svg")
    assert drawing.find("script") is None and "alert(1)" in drawing.get_text()
    assert_inert(client.get(LESSON_URL), "Ola")
    assert change("submit").status_code == 302

    client.force_login(coordinator)
    submission = ExerciseSubmission.objects.get(kind="genogram")
    review = assert_inert(client.get(f"/admin/prace-uczestnikow/{submission.public_id}/"), "Ola")
    assert review.select_one("svg").find("script") is None


def test_an_empowerment_reflection_is_text_when_the_form_comes_back(client, learner, course):
    client.force_login(learner)
    empowerment_id = block_ids()["empowerment"]

    response = client.post(
        LESSON_URL, {"exercise": empowerment_id, "rating-d1-1": "4", "reflection-r1": hostile("Refleksja")}
    )

    assert response.status_code == 400
    assert_inert(response, "Refleksja")
    saved = client.post(
        LESSON_URL,
        {
            "exercise": empowerment_id,
            "rating-d1-1": "4",
            "rating-d1-2": "2",
            "rating-d2-1": "5",
            "reflection-r1": hostile("Refleksja"),
        },
    )
    assert saved.status_code == 302
    assert_inert(client.get(LESSON_URL))

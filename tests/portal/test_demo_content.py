"""The portal `manage.py load_demo` builds, loaded once for the module (``demo_portal``): its pages,
accounts and learners, and a second run that changes nothing. Issue 20: the demo's facts agree with each
other (one place and household per fictional family, invented places only, one interpreter notice)."""

import io
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.http import HttpRequest
from django.urls import reverse
from wagtail.models import Collection, Locale, Page, Site

from home.models import HomePage
from portal.governance import SHARED_COLLECTION
from portal.models import AccessibilityStatementPage, PortalImage, Project, Region, RegionPage, StandardPage
from tests.portal.utils import DEMO_PORTAL_PASSWORD, WELCOME_TITLE, demo_counts, load_demo, soup


@pytest.fixture
def demo(demo_portal, db):
    """What ``load_demo`` printed; each test runs in a savepoint inside the module's loaded demo."""
    return demo_portal


def test_second_run_creates_nothing(demo):
    before = demo_counts()

    output = load_demo()

    assert demo_counts() == before
    assert "nothing changed" in output
    assert " + " not in output


def test_demo_has_three_projects_fifteen_regions_and_their_pages(demo):
    assert Project.objects.count() == 3
    assert Region.objects.count() == 15
    assert RegionPage.objects.filter(locale__language_code="pl").count() == 15
    assert RegionPage.objects.filter(locale__language_code="pl").live().count() == 15
    # setup_regions gives every language version a draft of each region page for the translators.
    english = RegionPage.objects.filter(locale__language_code="en")
    assert english.count() == 15 and not english.live().exists()
    assert set(Region.objects.values_list("pk", flat=True)) == set(RegionPage.objects.values_list("region", flat=True))
    assert not Region.objects.filter(project=None).exists()
    assert not Project.objects.filter(lead_region=None).exists()


def test_default_site_points_at_the_home_page_and_the_welcome_page_is_gone(demo):
    site = Site.objects.get(is_default_site=True)

    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.locale.language_code == "pl"
    assert not Page.objects.filter(title=WELCOME_TITLE).exists()
    assert Site.objects.count() == 1
    # Directly under the root there are only the home pages of the language versions.
    assert {page.specific_class for page in Page.objects.filter(depth=2)} == {HomePage}


def test_english_home_and_about_exist_and_render(client, demo):
    home = Site.objects.get(is_default_site=True).root_page
    assert HomePage.objects.filter(locale__language_code="en", translation_key=home.translation_key, live=True).exists()
    about = StandardPage.objects.get(locale__language_code="pl", slug="o-projekcie")
    assert about.get_translation_or_none(Locale.objects.get(language_code="en")) is not None

    english_home = client.get("/en/")
    english_about = client.get("/en/about/")

    assert english_home.status_code == 200
    assert soup(english_home).find("html")["lang"] == "en"
    assert "Cooperation – helping families better, together" in english_home.content.decode()
    assert english_about.status_code == 200
    assert soup(english_about).find("h1").get_text(strip=True) == "About the project"
    assert "Three projects, one model" in english_about.content.decode()


def test_demo_pages_render(client, demo):
    urls = ["/", "/o-projekcie/", "/kontakt/", "/deklaracja-dostepnosci/", "/en/", "/en/about/", "/sitemap.xml"]

    statuses = {url: client.get(url).status_code for url in urls}

    assert statuses == dict.fromkeys(urls, 200)


def test_every_demo_region_page_renders(client, demo):
    for page in RegionPage.objects.live():
        response = client.get(page.get_url())
        assert response.status_code == 200, page.url
        html = soup(response)
        assert len(html.find_all("h1")) == 1
        assert page.region.name in html.get_text()


def test_demo_home_lists_fifteen_regions_under_three_projects(client, demo):
    regions = soup(client.get("/")).select_one("section.regions")

    assert len(regions.find_all("h3")) == 3
    assert len(regions.select("ul.region-list a")) == 15


def test_demo_statements_in_both_languages(client, demo):
    assert AccessibilityStatementPage.objects.live().count() == 2

    polish = soup(client.get("/"))
    english = soup(client.get("/en/"))

    assert polish.head.find("meta", attrs={"name": "deklaracja-dostępności"})["content"] == (
        "http://testserver/deklaracja-dostepnosci/"
    )
    assert english.head.find("meta", attrs={"name": "deklaracja-dostępności"})["content"] == (
        "http://testserver/en/accessibility-statement/"
    )
    assert client.get("/en/accessibility-statement/").status_code == 200


def test_demo_admin_password_from_the_environment_is_honoured(client, demo):
    assert DEMO_PORTAL_PASSWORD not in demo  # the password is not echoed
    assert client.login(request=HttpRequest(), username="admin", password=DEMO_PORTAL_PASSWORD)
    assert get_user_model().objects.get(username="admin").is_superuser
    assert client.get("/admin/").status_code == 200


def test_second_run_keeps_the_admin_password(client, demo, monkeypatch):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "inne-haslo")

    load_demo()

    assert client.login(request=HttpRequest(), username="admin", password=DEMO_PORTAL_PASSWORD)
    assert not client.login(request=HttpRequest(), username="admin", password="inne-haslo")


def test_demo_has_an_editor_and_a_moderator_for_two_regions(demo, client):
    User = get_user_model()
    for slug, short_name in (("swietokrzyskie", "ROPS Kielce"), ("podlaskie", "ROPS Białystok")):
        editor = User.objects.get(username=f"redaktor.{slug}")
        moderator = User.objects.get(username=f"moderator.{slug}")
        assert list(editor.groups.values_list("name", flat=True)) == [f"Redaktorzy – {short_name}"]
        assert list(moderator.groups.values_list("name", flat=True)) == [f"Moderatorzy – {short_name}"]
        assert editor.profile.region.slug == moderator.profile.region.slug == slug
        assert not editor.is_superuser and not moderator.is_superuser
    assert client.login(request=HttpRequest(), username="redaktor.swietokrzyskie", password=DEMO_PORTAL_PASSWORD)
    assert client.get("/admin/").status_code == 200


def test_demo_runs_setup_regions_so_running_it_again_adds_nothing(demo):
    out = io.StringIO()

    call_command("setup_regions", stdout=out)

    assert out.getvalue().strip() == "setup_regions: nothing to add"


def test_demo_learners_have_teams_progress_and_certificates(demo, client):
    from courses.models import Certificate, Enrolment

    anna = get_user_model().objects.get(username="uczestnik.swietokrzyskie")
    assert anna.profile.team.name == "G-PZK w Chmielniku" and anna.profile.region.slug == "swietokrzyskie"
    assert Enrolment.objects.filter(user=anna, completed_at__isnull=False).count() == 1
    assert Certificate.objects.filter(enrolment__user=anna, learner_name="Anna Michalska").exists()
    assert Enrolment.objects.filter(completed_at__isnull=False).count() >= 6
    assert get_user_model().objects.get(username="koordynator").groups.filter(name="Koordynatorzy szkoleń").exists()
    smart = Enrolment.objects.get(user__username="a.szymanska", course__slug="cele-smart")
    assert smart.completed_at is not None and smart.exercise_submissions.get().status == "submitted"

    client.force_login(anna)
    my_courses = soup(client.get("/konto/szkolenia/"))
    assert "Kooperacja w praktyce" in my_courses.select_one("#completed-title").find_parent("section").get_text()
    assert "Genogram" in my_courses.select_one("#in-progress-title").find_parent("section").get_text()


def test_a_regional_editors_image_chooser_offers_the_demos_shared_images(demo, client):
    """Issue 19, item 25: the demo's images (the funding strip, illustrations) are in the shared collection,
    which every region's editors may choose from; nothing else is added to their choice."""
    shared = Collection.objects.get(name=SHARED_COLLECTION)
    demo_images = PortalImage.objects.all()
    assert demo_images.exists() and not demo_images.exclude(collection=shared).exists()
    client.force_login(get_user_model().objects.get(username="redaktor.podlaskie"))

    response = client.get(reverse("wagtailimages_chooser:choose"))

    html = BeautifulSoup(response.json()["html"], "html.parser")
    offered = {link["title"].split(" » ")[-1] for link in html.select("a.image-choice")}
    assert offered and offered <= set(demo_images.values_list("title", flat=True)), offered


# Issue 20: the demo's facts agree with each other ---------------------------------------------------

# The invented places of the courses' cases (no real gmina has these names): the kind of centre each
# has and the forms in which the texts name it.
INVENTED_PLACES = {
    "Zielony Jar": ("GOPS", ("Zielony Jar", "Zielonym Jarze", "Zielonego Jaru")),
    "Lipowy Gród": ("MOPS", ("Lipowy Gród", "Lipowym Grodzie", "Lipowego Grodu")),
}
# Fictional families: surname stem → the invented place they live in. Each lives in one place everywhere.
FAMILIES = {"Nowick": "Zielony Jar", "Kowalczyk": "Lipowy Gród", "Wiśniewsk": "Lipowy Gród", "Jabłońsk": "Zielony Jar"}
# Their members: first name → (family, a pattern of the name's forms). One household each, one age each.
PEOPLE = {
    "Marta": ("Nowick", r"Mart[aęyą]"),
    "Kuba": ("Nowick", r"Kub(a|y|ie|ę|ą)"),
    "Zosia": ("Nowick", r"Zosi[aęą]?"),
    "Adam": ("Kowalczyk", r"Adam(a|em|owi)?"),
    "Ola": ("Kowalczyk", r"Ol(a|i|ę|ą)"),
    "Anna": ("Wiśniewsk", r"Ann(a|y|ie|ę|ą)"),
    "Kacper": ("Wiśniewsk", r"Kacp(er|ra|rem|rowi)"),
    "Zuzia": ("Wiśniewsk", r"Zuz(ia|i|ię|ią)"),
    "Tomasz": ("Wiśniewsk", r"Tomasz(a|em|owi)?"),
    "Marek": ("Wiśniewsk", r"Mar(ek|ka|kiem|kowi)"),
    "Józef": ("Wiśniewsk", r"Józef(a|em|owi)?"),
    "Halina": ("Wiśniewsk", r"Halin(a|y|ie|ę|ą)"),
    "Renata": ("Jabłońsk", r"Renat(a|y|ę|ą|cie)"),
    "Bartek": ("Jabłońsk", r"Bart(ek|ka|kiem|kowi)"),
}
# Real gminy (and a look-alike) in which the review found fictional cases; none may come back.
REAL_PLACES_REMOVED = [
    "Jeziora Wielkie",
    "Jeziorach Wielkich",
    "Zalesie",
    "Zielonka",
    "Zielonki",
    "Brzozow",
    "Lipowc",
    "Lipowiec",
    "Starym Mieście",
    "Stare Miasto",
    "Kamienna Góra",
    "Kamiennej Górze",
]
# The review's phrases that must not come back.
REVIEW_PHRASES = [
    "need-to-know",
    "statusu bezrobotnej",
    "Pracą zespołu kieruje",
    "„szefem”",
    "na pierwszej wizycie",
    "do 10 dni",
    "konkubin",
    "cel ogólny",
]
INTERPRETER_NOTICE = "co najmniej trzy dni robocze przed"
BLOCKS = "p, li, h2, h3, figcaption, td, th, dd, summary"


@pytest.fixture
def demo_blocks(demo, client):
    """The text of every block (paragraph, list item, heading…) of every live Polish page, by URL, as an
    administrator sees it (lessons and exercises included)."""
    client.force_login(get_user_model().objects.filter(is_superuser=True).first())
    pages = {}
    for page in Page.objects.live().filter(locale__language_code="pl", depth__gt=1):
        response = client.get(page.url)
        if response.status_code != 200:
            continue
        main = soup(response).find("main")
        pages[page.url] = [" ".join(block.get_text(" ").split()) for block in main.select(BLOCKS)]
    assert len(pages) > 80
    return pages


def test_the_reviews_phrases_do_not_come_back_anywhere_in_the_demo(demo_blocks):
    found = [
        (url, phrase, block)
        for url, blocks in demo_blocks.items()
        for block in blocks
        for phrase in REVIEW_PHRASES + REAL_PLACES_REMOVED
        if phrase.lower() in block.lower()
    ]
    assert not found, found


def test_a_centre_named_in_a_case_is_the_invented_places_own_kind(demo_blocks):
    """ "MOPS w Jeziorach Wielkich" put a fictional case in a real rural gmina, which has a GOPS."""
    place_of_form = {form: name for name, (_kind, forms) in INVENTED_PLACES.items() for form in forms}
    centre = re.compile(r"\b([GM]OPS) w (?:fikcyjn\w+ (?:gminie|mieście) )?([A-ZŁŚŻŹĆ]\w+(?: [A-ZŁŚŻŹĆ]\w+)?)")
    seen = set()
    for url, blocks in demo_blocks.items():
        text = " ".join(blocks)
        for kind, place in centre.findall(text):
            assert place in place_of_form, (url, kind, place)
            assert INVENTED_PLACES[place_of_form[place]][0] == kind, (url, kind, place)
            seen.add((kind, place_of_form[place]))
        if any(form in text for form in place_of_form):
            # A page that names an invented place says that it is made up.
            assert "fikcyjn" in text, url
    assert seen == {("GOPS", "Zielony Jar"), ("MOPS", "Lipowy Gród")}


def test_each_fictional_family_lives_in_one_place_with_one_household(demo_blocks):
    """Marta Nowicka lived in three gminy with two or three children; the Kowalczyks' father was Marek in
    one course and Adam in another."""
    mentions = dict.fromkeys(FAMILIES, 0)
    for url, blocks in demo_blocks.items():
        for block in blocks:
            for family, home in FAMILIES.items():
                if family not in block:
                    continue
                mentions[family] += 1
                strangers = [
                    name
                    for name, (their_family, forms) in PEOPLE.items()
                    if their_family != family and re.search(rf"\b{forms}\b", block)
                ]
                elsewhere = [
                    form
                    for name, (_kind, forms) in INVENTED_PLACES.items()
                    if name != home
                    for form in forms
                    if form in block
                ]
                assert not strangers and not elsewhere, (url, family, strangers, elsewhere, block)
            if "Nowick" in block:
                assert "troje dzieci" not in block, block
    assert all(mentions.values()), mentions


def test_each_fictional_person_has_one_age_across_the_demo(demo_blocks):
    ages = {}
    for blocks in demo_blocks.values():
        text = " ".join(blocks)
        for name, (_family, forms) in PEOPLE.items():
            before = re.finditer(rf"(?P<age>\d+)-letni\w* {forms}\b", text)
            after = re.finditer(rf"\b{forms}(?: [A-ZŁŚŻŹ]\w+)? \((?P<age>\d+) lat", text)
            for match in [*before, *after]:
                ages.setdefault(name, set()).add(int(match["age"]))
    assert {name: found for name, found in ages.items() if len(found) > 1} == {}
    assert ages["Kuba"] == {9} and ages["Kacper"] == {14} and ages["Anna"] == {34} and ages["Halina"] == {62}


def test_no_demo_learner_shares_a_surname_with_a_fictional_family(demo):
    surnames = get_user_model().objects.values_list("last_name", flat=True)
    assert not [name for name in surnames for family in FAMILIES if name.startswith(family)]


def test_the_interpreter_notice_is_the_same_on_the_contact_page_and_for_events(demo_blocks):
    """The event asked for "do 10 dni przed" while the contact page said three working days; the Act on
    sign language requires the notice at least 3 working days before (except in emergencies)."""
    sentences = [
        (url, block) for url, blocks in demo_blocks.items() for block in blocks if "migow" in block and "przed" in block
    ]
    urls = {url for url, _block in sentences}
    assert "/kontakt/" in urls
    assert any(url.endswith("/spotkanie-makroregionalne-gmin-stosujacych-model/") for url in urls), urls
    for url, block in sentences:
        assert INTERPRETER_NOTICE in block, (url, block)

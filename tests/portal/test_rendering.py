"""Every page type and every StreamField block, rendered over HTTP as a visitor gets them."""

import datetime

import pytest
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.translation import gettext
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from portal.models import AccessibilityStatementPage
from tests.factories import (
    AccessibilityStatementPageFactory,
    DocumentFactory,
    ImageFactory,
    RegionFactory,
    RegionPageFactory,
    StandardPageFactory,
)
from tests.portal.utils import soup, text_of, ui

# A small site: home, a standard page, a region page and the statement -------------------------------


@pytest.fixture
def about(home):
    return StandardPageFactory(
        parent=home,
        title="O projekcie",
        slug="o-projekcie",
        introduction="Model Kooperacji w pigułce.",
        listing_summary="Trzy projekty, piętnaście województw, jeden cel.",
        social_image=ImageFactory(alt_text="Uczestnicy konsultacji modelu przy wspólnym stole"),
        show_in_menus=True,
    )


@pytest.fixture
def region_page(home):
    region = RegionFactory(
        name="Regionalny Ośrodek Polityki Społecznej w Kielcach",
        short_name="ROPS Kielce",
        slug="swietokrzyskie",
        voivodeship="świętokrzyskie",
        city="Kielce",
        address="ul. Witosa 86\n25-561 Kielce",
        phone="+48 41 342 16 00",
        email="rops@example.org",
        website="https://rops.example.org/",
        logo=ImageFactory(alt_text="Logo ROPS w Kielcach"),
        project__name="Liderzy kooperacji",
    )
    return RegionPageFactory(
        parent=home,
        region=region,
        slug="swietokrzyskie",
        title="Województwo świętokrzyskie",
        introduction="<p>ROPS w Kielcach prowadzi projekt dla gmin wiejskich.</p>",
    )


@pytest.fixture
def site_pages(home, statement, about, region_page):
    return {"home": home, "about": about, "region": region_page, "statement": statement}


PAGE_KEYS = ["home", "about", "region", "statement"]


def test_standard_page(client, about):
    StandardPageFactory(parent=about, title="Zespół projektu", slug="zespol", show_in_menus=True)
    StandardPageFactory(parent=about, title="Strona poza menu", slug="poza-menu", show_in_menus=False)

    response = client.get("/o-projekcie/")
    html = soup(response)

    assert response.status_code == 200
    assert text_of(html.find("h1")) == "O projekcie"
    assert text_of(html.select_one("main .lead")) == "Model Kooperacji w pigułce."
    section = html.select_one("nav.child-pages")
    assert text_of(section.find("h2")) == ui("In this section")
    assert [(a["href"], text_of(a)) for a in section.find_all("a")] == [("/o-projekcie/zespol/", "Zespół projektu")]


def test_region_page_shows_the_contact_data_of_its_region(client, region_page):
    response = client.get("/swietokrzyskie/")
    html = soup(response)

    assert response.status_code == 200
    assert text_of(html.find("h1")) == "Województwo świętokrzyskie"
    assert "Regionalny Ośrodek Polityki Społecznej w Kielcach" in text_of(html.select_one("main .lead"))
    assert "Liderzy kooperacji" in text_of(html.select_one("main .lead"))
    assert "ROPS w Kielcach prowadzi projekt dla gmin wiejskich." in text_of(html.find("main"))

    card = html.select_one("aside.contact-card")
    assert text_of(card.find("h2")) == ui("Contact")
    address = card.find("address")
    assert "ul. Witosa 86" in text_of(address) and "25-561 Kielce" in text_of(address)
    assert address.find("br") is not None  # the address keeps its lines
    assert address.find("a", href="tel:+48413421600").get_text() == "+48 41 342 16 00"
    assert address.find("a", href="mailto:rops@example.org").get_text() == "rops@example.org"
    website = address.find("a", href="https://rops.example.org/")
    assert "ROPS Kielce" in text_of(website)  # the link names the centre for screen readers
    assert card.find("img")["alt"] == "Logo ROPS w Kielcach"
    with translation.override("pl"):
        voivodeship = gettext("Voivodeship: %(voivodeship)s") % {"voivodeship": "świętokrzyskie"}
    assert voivodeship in text_of(card)


def test_region_page_without_optional_contact_data(client, home):
    region = RegionFactory(phone="", email="", website="", address="", logo=None, project=None)
    RegionPageFactory(parent=home, region=region, slug="bez-danych")

    card = soup(client.get("/bez-danych/")).select_one("aside.contact-card")

    assert card.find("img") is None
    assert card.find("a") is None
    assert region.name in text_of(card)


# The accessibility statement ----------------------------------------------------------------------

STATEMENT_IDS = [
    "a11y-wstep",
    "a11y-podmiot",
    "a11y-url",
    "a11y-data-publikacja",
    "a11y-data-aktualizacja",
    "a11y-status",
    "a11y-ocena",
    "a11y-data-sporzadzenie",
    "a11y-audytor",
    "a11y-data-przeglad",
    "a11y-kontakt",
    "a11y-osoba",
    "a11y-email",
    "a11y-telefon",
    "a11y-procedura",
    "a11y-architektura",
    "a11y-aplikacje",
]


@pytest.fixture
def audited_statement(home):
    return AccessibilityStatementPageFactory(
        parent=home,
        entity_name="Regionalny Ośrodek Polityki Społecznej w Kielcach",
        entity_address="ul. Witosa 86, 25-561 Kielce",
        site_name="Portal Kooperacji",
        site_url="https://kooperacja.example.org/",
        publication_date=datetime.date(2024, 1, 15),
        last_update_date=datetime.date(2024, 6, 3),
        status=AccessibilityStatementPage.Status.PARTIAL,
        non_compliance="<ul><li>Nagrania z lat 2019–2020 nie mają napisów.</li></ul>",
        preparation_date=datetime.date(2024, 3, 28),
        review_date=datetime.date(2025, 3, 27),
        assessment=AccessibilityStatementPage.Assessment.EXTERNAL,
        auditor="Fundacja Widzialni",
        contact_person="Anna Nowak",
        contact_email="dostepnosc@example.org",
        contact_phone="+48 41 000 00 00",
        procedure="<p>Każdy ma prawo zażądać zapewnienia dostępności cyfrowej.</p>",
        architecture="<p>Do budynku prowadzi wejście z podjazdem.</p>",
        mobile_apps="",
    )


def test_statement_has_every_element_of_the_official_template(client, audited_statement):
    response = client.get("/deklaracja-dostepnosci/")
    html = soup(response)

    assert response.status_code == 200
    missing = [element_id for element_id in STATEMENT_IDS if html.find(id=element_id) is None]
    assert missing == []
    duplicated = [element_id for element_id in STATEMENT_IDS if len(html.find_all(id=element_id)) > 1]
    assert duplicated == []


def test_statement_shows_its_data_in_the_official_elements(client, audited_statement):
    html = soup(client.get("/deklaracja-dostepnosci/"))

    def element(element_id):
        return html.find(id=element_id)

    assert text_of(html.find("h1")) == "Deklaracja dostępności"
    assert text_of(element("a11y-podmiot")) == "Regionalny Ośrodek Polityki Społecznej w Kielcach"
    assert element("a11y-podmiot") in element("a11y-wstep").descendants
    assert element("a11y-url")["href"] == "https://kooperacja.example.org/"
    assert text_of(element("a11y-url")) == "Portal Kooperacji"
    for element_id, date in [
        ("a11y-data-publikacja", "2024-01-15"),
        ("a11y-data-aktualizacja", "2024-06-03"),
        ("a11y-data-sporzadzenie", "2024-03-28"),
        ("a11y-data-przeglad", "2025-03-27"),
    ]:
        assert element(element_id).name == "time"
        assert element(element_id)["datetime"] == date
        assert text_of(element(element_id)) == date
    assert "Nagrania z lat 2019–2020 nie mają napisów." in text_of(html.find("main"))
    assert text_of(element("a11y-audytor")) == "Fundacja Widzialni"
    assert element("a11y-audytor") in element("a11y-ocena").descendants
    assert text_of(element("a11y-osoba")) == "Anna Nowak"
    assert element("a11y-email")["href"] == "mailto:dostepnosc@example.org"
    assert element("a11y-telefon")["href"] == "tel:+48410000000"
    assert text_of(element("a11y-telefon")) == "+48 41 000 00 00"
    assert "Każdy ma prawo zażądać zapewnienia dostępności cyfrowej." in text_of(html.find("main"))
    assert "Do budynku prowadzi wejście z podjazdem." in text_of(html.find("main"))
    status = ui(
        "The website is partially compliant with the Act of 4 April 2019 on the digital accessibility of "
        "websites and mobile applications of public bodies, owing to the non-compliances and exemptions listed below."
    )
    assert text_of(element("a11y-status")) == status
    assert ui("The public body does not provide mobile applications.") in text_of(html.find("main"))


def test_self_assessed_compliant_statement(client, home):
    AccessibilityStatementPageFactory(
        parent=home,
        status=AccessibilityStatementPage.Status.COMPLIANT,
        assessment=AccessibilityStatementPage.Assessment.SELF,
        review_date=None,
        mobile_apps="<p>Aplikacja „Kooperacja” w Google Play.</p>",
    )

    html = soup(client.get("/deklaracja-dostepnosci/"))

    assert html.find(id="a11y-audytor") is None
    assert html.find(id="a11y-data-przeglad") is None
    assert text_of(html.find(id="a11y-ocena")) == ui(
        "The statement was prepared on the basis of a self-assessment carried out by the public body."
    )
    assert text_of(html.find(id="a11y-status")) == ui(
        "The website is fully compliant with the Act of 4 April 2019 on the digital accessibility of websites "
        "and mobile applications of public bodies."
    )
    assert "Aplikacja „Kooperacja” w Google Play." in text_of(html.find("main"))


# What every page carries --------------------------------------------------------------------------


def url_of(page):
    return page.get_url()


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_every_page_has_one_h1(client, site_pages, key):
    response = client.get(url_of(site_pages[key]))

    assert response.status_code == 200
    assert len(soup(response).find_all("h1")) == 1


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_every_page_points_to_the_accessibility_statement(client, site_pages, key):
    html = soup(client.get(url_of(site_pages[key])))

    meta = html.head.find("meta", attrs={"name": "deklaracja-dostępności"})
    assert meta is not None and meta["content"] == "http://testserver/deklaracja-dostepnosci/"
    footer_link = html.find("footer").find("a", href="/deklaracja-dostepnosci/")
    assert footer_link is not None
    assert text_of(footer_link) == ui("Accessibility statement")


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_every_page_has_a_skip_link_to_the_main_content(client, site_pages, key):
    html = soup(client.get(url_of(site_pages[key])))

    first_link = html.body.find("a")
    assert first_link["href"] == "#main"
    assert text_of(first_link) == ui("Skip to content")
    assert html.find("main")["id"] == "main"


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_every_page_has_canonical_and_open_graph_tags(client, site_pages, key):
    page = site_pages[key]
    html = soup(client.get(url_of(page)))

    def meta(prop):
        tag = html.head.find("meta", property=prop)
        return tag and tag["content"]

    full_url = "http://testserver" + url_of(page)
    assert html.head.find("link", rel="canonical")["href"] == full_url
    assert meta("og:url") == full_url
    assert meta("og:title") == (page.seo_title or page.title)
    assert meta("og:locale") == "pl_PL"
    assert meta("og:type") == "website"
    assert html.find("html")["lang"] == "pl"


def test_no_statement_no_statement_link(client, home):
    html = soup(client.get("/"))

    assert html.head.find("meta", attrs={"name": "deklaracja-dostępności"}) is None
    assert html.find("footer").find("a", string=ui("Accessibility statement")) is None


def test_description_and_social_image_for_sharing(client, about):
    html = soup(client.get("/o-projekcie/"))

    def meta(prop):
        return html.head.find("meta", property=prop)["content"]

    assert html.head.find("meta", attrs={"name": "description"})["content"] == about.listing_summary
    assert meta("og:description") == about.listing_summary
    assert meta("og:image").startswith("http://testserver/media/images/")
    assert meta("og:image:alt") == "Uczestnicy konsultacji modelu przy wspólnym stole"
    assert html.title.get_text().startswith("O projekcie")


def test_the_search_description_wins_over_the_summary(client, home):
    StandardPageFactory(
        parent=home,
        slug="kontakt",
        title="Kontakt",
        seo_title="Kontakt z zespołem portalu",
        search_description="Telefon, e-mail i adres zespołu portalu.",
        listing_summary="Jak się z nami skontaktować.",
    )
    html = soup(client.get("/kontakt/"))

    assert (
        html.head.find("meta", attrs={"name": "description"})["content"] == "Telefon, e-mail i adres zespołu portalu."
    )
    assert html.head.find("meta", property="og:title")["content"] == "Kontakt z zespołem portalu"
    assert html.title.get_text().startswith("Kontakt z zespołem portalu")
    assert text_of(html.find("h1")) == "Kontakt"


# Every StreamField block with real values ---------------------------------------------------------

VIDEO_URL = "https://www.youtube.com/watch?v=kooperacja-2024"


@pytest.fixture
def video_embed(db):
    """The oEmbed answer cached in the database, as Wagtail stores it: no request leaves the test."""
    return Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html='<iframe title="Spotkanie makroregionalne w Kielcach" width="640" height="360" '
        'src="https://www.youtube-nocookie.com/embed/kooperacja-2024"></iframe>',
        title="Spotkanie makroregionalne w Kielcach",
        provider_name="YouTube",
        width=640,
        height=360,
    )


@pytest.fixture
def photo(db):
    return ImageFactory(title="Spotkanie w Kielcach", alt_text="Uczestnicy spotkania makroregionalnego w Kielcach")


@pytest.fixture
def document(db):
    return DocumentFactory(
        title="Model Kooperacji – wersja robocza",
        file__data=b"%PDF-1.7 " + b"x" * 2039,
        file__filename="model-kooperacji.pdf",
    )


@pytest.fixture
def block_page(home, about, photo, document, video_embed):
    decorative = ImageFactory(alt_text="Ozdobny szlaczek", is_decorative=True)
    english_document = DocumentFactory(
        title="Cooperation Model – summary",
        language="en",
        is_accessible_version=True,
        file__data=b"x" * 10,
        file__filename="summary.docx",
    )
    body = [
        ("heading", {"text": "Trzy projekty, jeden model", "level": "h2"}),
        ("heading", {"text": "Gminy wiejskie", "level": "h3"}),
        ("heading", {"text": "Testowanie modelu", "level": "h4"}),
        ("paragraph", "<p>Gminno-Powiatowy Zespół Kooperacji spotyka się <b>co kwartał</b>.</p>"),
        ("image", {"image": photo, "caption": "Spotkanie makroregionalne", "credit": "Fot. ROPS Kielce"}),
        ("image", {"image": decorative, "caption": "", "credit": ""}),
        (
            "quote",
            {
                "quote": "Kooperacja zaczyna się od rozmowy\nprzy jednym stole.",
                "attribution": "Uczestniczka konsultacji modelu",
            },
        ),
        (
            "embed",
            {
                "embed": VIDEO_URL,
                "title": "Nagranie ze spotkania makroregionalnego",
                "transcript": "<p>Witamy na spotkaniu w Kielcach.</p>",
            },
        ),
        (
            "table",
            {
                "table_caption": "Projekty Modelu Kooperacji",
                "first_row_is_table_header": True,
                "first_col_is_header": True,
                "data": [
                    ["Projekt", "Typ gmin", "Lider"],
                    ["Liderzy kooperacji", "wiejskie", "ROPS Kielce"],
                    ["Kooperacja 3D", "miejskie", "ROPS Katowice"],
                ],
            },
        ),
        ("document", {"document": document, "label": "Pobierz model (wersja robocza)"}),
        ("document", {"document": english_document, "label": ""}),
        (
            "call_to_action",
            {
                "heading": "Poznaj projekty",
                "text": "Trzy projekty, jeden cel.",
                "button_label": "Czytaj o projekcie",
                "page": about,
                "url": "",
            },
        ),
        (
            "call_to_action",
            {
                "heading": "Weź udział w konsultacjach",
                "text": "",
                "button_label": "Formularz zgłoszeniowy",
                "page": None,
                "url": "https://konsultacje.example.org/",
            },
        ),
        (
            "accordion",
            {
                "heading": "Najczęstsze pytania",
                "items": [
                    {"title": "Kto tworzy G-PZK?", "content": "<p>Pomoc społeczna, szkoły i policja.</p>"},
                    {"title": "Kto finansuje projekty?", "content": "<p>Europejski Fundusz Społeczny.</p>"},
                ],
            },
        ),
    ]
    return StandardPageFactory(parent=home, title="Wszystkie bloki", slug="bloki", body=body)


@pytest.fixture
def blocks_html(client, block_page):
    response = client.get("/bloki/")
    assert response.status_code == 200
    return soup(response).find("main")


def test_block_page_keeps_a_single_h1(blocks_html):
    assert len(blocks_html.find_all("h1")) == 1


def test_heading_block_uses_the_chosen_level(blocks_html):
    stream = blocks_html.select_one(".stream")
    assert text_of(stream.find("h2")) == "Trzy projekty, jeden model"
    assert text_of(stream.find("h3")) == "Gminy wiejskie"
    assert text_of(stream.find("h4")) == "Testowanie modelu"


def test_paragraph_block(blocks_html):
    paragraph = blocks_html.select_one(".stream .rich-text")
    assert text_of(paragraph) == "Gminno-Powiatowy Zespół Kooperacji spotyka się co kwartał ."
    assert paragraph.find("b").get_text() == "co kwartał"


def test_image_block_has_alt_text_caption_and_credit(blocks_html):
    figure = blocks_html.select("figure.figure")[0]
    image = figure.find("img")

    assert image["alt"] == "Uczestnicy spotkania makroregionalnego w Kielcach"
    assert image["src"].startswith("/media/images/")
    assert image["loading"] == "lazy"
    assert "Spotkanie makroregionalne" in text_of(figure.find("figcaption"))
    assert "Fot. ROPS Kielce" in text_of(figure.find("figcaption"))


def test_decorative_image_has_empty_alt_and_no_caption(blocks_html):
    figure = blocks_html.select("figure.figure")[1]

    assert figure.find("img")["alt"] == ""
    assert figure.find("figcaption") is None


def test_quote_block(blocks_html):
    quote = blocks_html.select_one("figure.quote")

    assert text_of(quote.find("blockquote")) == "Kooperacja zaczyna się od rozmowy przy jednym stole."
    assert quote.find("blockquote").find("br") is not None
    assert text_of(quote.find("figcaption")) == "— Uczestniczka konsultacji modelu"


def test_embed_block_shows_title_player_and_transcript(blocks_html):
    video = blocks_html.select_one("figure.video")

    assert text_of(video.find("figcaption")) == "Nagranie ze spotkania makroregionalnego"
    iframe = video.find("iframe")
    assert iframe is not None
    assert iframe["src"] == "https://www.youtube-nocookie.com/embed/kooperacja-2024"
    transcript = video.find("details")
    assert text_of(transcript.find("summary")) == ui("Transcript")
    assert "Witamy na spotkaniu w Kielcach." in text_of(transcript)


def test_table_block_has_caption_and_scoped_headers(blocks_html):
    wrapper = blocks_html.select_one(".table-wrapper")
    table = wrapper.find("table")

    assert wrapper["role"] == "region"
    assert wrapper["aria-label"] == "Projekty Modelu Kooperacji"
    assert wrapper["tabindex"] == "0"  # scrollable by keyboard
    assert text_of(table.find("caption")) == "Projekty Modelu Kooperacji"
    assert [(text_of(th), th["scope"]) for th in table.find("thead").find_all("th")] == [
        ("Projekt", "col"),
        ("Typ gmin", "col"),
        ("Lider", "col"),
    ]
    rows = table.find("tbody").find_all("tr")
    assert [(text_of(row.find("th")), row.find("th")["scope"]) for row in rows] == [
        ("Liderzy kooperacji", "row"),
        ("Kooperacja 3D", "row"),
    ]
    assert [text_of(td) for td in rows[1].find_all("td")] == ["miejskie", "ROPS Katowice"]


def test_document_block_names_extension_and_size(blocks_html, document):
    link_paragraph = blocks_html.select("p.document-link")[0]
    link = link_paragraph.find("a")

    assert link["href"] == document.url
    assert link["href"].startswith("/dokumenty-pliki/") and link["href"].endswith(".pdf")
    assert text_of(link) == "Pobierz model (wersja robocza)"
    with translation.override("pl"):
        size = " ".join(filesizeformat(2048).split())  # "2,0 KB" in Polish, "2.0 KB" in English
    assert text_of(link_paragraph.find("span")) == f"(PDF, {size})"


def test_document_block_in_another_language_says_so(blocks_html):
    link_paragraph = blocks_html.select("p.document-link")[1]

    assert text_of(link_paragraph.find("a")) == "Cooperation Model – summary"
    details = text_of(link_paragraph.find("span"))
    assert details.startswith("(DOCX, ")
    assert ui("English") in details
    assert ui("accessible version") in details


def test_document_link_downloads_the_file(client, blocks_html, document):
    response = client.get(document.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content if response.streaming else [response.content]).startswith(b"%PDF")


def test_call_to_action_blocks_link_to_a_page_or_an_address(blocks_html):
    page_cta, url_cta = blocks_html.select("section.cta")

    assert text_of(page_cta.find("h2")) == "Poznaj projekty"
    assert text_of(page_cta.find("p")) == "Trzy projekty, jeden cel."
    assert (page_cta.find("a")["href"], text_of(page_cta.find("a"))) == ("/o-projekcie/", "Czytaj o projekcie")
    assert text_of(url_cta.find("h2")) == "Weź udział w konsultacjach"
    assert url_cta.find("p") is None
    assert url_cta.find("a")["href"] == "https://konsultacje.example.org/"
    assert text_of(url_cta.find("a")) == "Formularz zgłoszeniowy"


def test_accordion_block_uses_details_and_summary(blocks_html):
    accordion = blocks_html.select_one("section.accordion")

    assert text_of(accordion.find("h2")) == "Najczęstsze pytania"
    items = accordion.find_all("details")
    assert [text_of(item.find("summary")) for item in items] == ["Kto tworzy G-PZK?", "Kto finansuje projekty?"]
    assert "Pomoc społeczna, szkoły i policja." in text_of(items[0])
    assert "Europejski Fundusz Społeczny." in text_of(items[1])


def test_every_body_block_type_is_covered(block_page):
    from portal.blocks import BodyStreamBlock

    assert {block.block_type for block in block_page.body} == set(BodyStreamBlock.base_blocks)


def test_region_page_renders_its_body_blocks(client, region_page, photo):
    region_page.body = [
        ("heading", {"text": "Zespół ROPS", "level": "h2"}),
        ("image", {"image": photo, "caption": "Siedziba ośrodka", "credit": ""}),
    ]
    region_page.save_revision().publish()

    main = soup(client.get("/swietokrzyskie/")).find("main")

    assert text_of(main.select_one(".stream h2")) == "Zespół ROPS"
    assert main.select_one(".stream img")["alt"] == "Uczestnicy spotkania makroregionalnego w Kielcach"


# The home page's highlights -----------------------------------------------------------------------


@pytest.fixture
def home_with_highlights(home, about, photo):
    contact = StandardPageFactory(parent=home, title="Kontakt", slug="kontakt", listing_summary="Napisz do nas.")
    home.highlights = [
        ("highlight", {"page": about, "title": "", "text": "", "image": photo}),
        (
            "highlight",
            {"page": contact, "title": "Napisz do zespołu", "text": "Odpowiadamy w dni robocze.", "image": None},
        ),
        (
            "call_to_action",
            {
                "heading": "Szkoła Kooperacji",
                "text": "Szkolenia dla członków zespołów.",
                "button_label": "Zapisz się",
                "page": None,
                "url": "https://szkola.example.org/",
            },
        ),
        ("paragraph", "<p>Portal prowadzą regionalne ośrodki polityki społecznej.</p>"),
    ]
    home.save_revision().publish()
    return home


def test_home_highlight_defaults_to_the_page_title_and_summary(client, home_with_highlights):
    cards = soup(client.get("/")).select("section.highlights article.card")

    first, second = cards
    link = first.find("h3").find("a")
    assert (link["href"], text_of(link)) == ("/o-projekcie/", "O projekcie")
    assert text_of(first.find("p")) == "Trzy projekty, piętnaście województw, jeden cel."
    assert first.find("img")["alt"] == "Uczestnicy spotkania makroregionalnego w Kielcach"
    link = second.find("h3").find("a")
    assert (link["href"], text_of(link)) == ("/kontakt/", "Napisz do zespołu")
    assert text_of(second.find("p")) == "Odpowiadamy w dni robocze."
    assert second.find("img") is None


def test_home_call_to_action_and_paragraph(client, home_with_highlights):
    html = soup(client.get("/"))
    highlights = html.select_one("section.highlights")

    assert text_of(highlights.find("h2")) == ui("Highlights")
    cta = highlights.select_one("section.cta")
    assert text_of(cta.find("h2")) == "Szkoła Kooperacji"
    assert cta.find("a")["href"] == "https://szkola.example.org/"
    assert text_of(cta.find("a")) == "Zapisz się"
    assert "Portal prowadzą regionalne ośrodki polityki społecznej." in text_of(highlights)
    assert len(html.find_all("h1")) == 1


def test_every_home_block_type_is_covered(home_with_highlights):
    from portal.blocks import HomeStreamBlock

    assert {block.block_type for block in home_with_highlights.highlights} == set(HomeStreamBlock.base_blocks)


def test_home_lists_region_pages_grouped_by_project(client, home):
    first = RegionFactory(short_name="ROPS Kielce", voivodeship="świętokrzyskie", project__name="Liderzy kooperacji")
    second = RegionFactory(short_name="ROPS Katowice", voivodeship="śląskie", project__name="Kooperacja 3D")
    RegionPageFactory(parent=home, region=first, slug="swietokrzyskie")
    RegionPageFactory(parent=home, region=second, slug="slaskie")
    draft = RegionPageFactory(parent=home, region=RegionFactory(short_name="ROPS Szkic"), slug="szkic")
    draft.unpublish()

    regions = soup(client.get("/")).select_one("section.regions")

    assert text_of(regions.find("h2")) == ui("Regional centres")
    assert [text_of(h3) for h3 in regions.find_all("h3")] == ["Kooperacja 3D", "Liderzy kooperacji"]
    links = [(a["href"], text_of(a)) for a in regions.find_all("a")]
    assert links == [("/slaskie/", "Województwo śląskie"), ("/swietokrzyskie/", "Województwo świętokrzyskie")]
    assert "ROPS Szkic" not in text_of(regions)


def test_a_deleted_highlighted_page_does_not_break_the_home_page(client, home_with_highlights, about):
    about.delete()

    response = client.get("/")

    assert response.status_code == 200
    links = [a["href"] for a in soup(response).select("section.highlights article.card a")]
    assert links == ["/kontakt/"]

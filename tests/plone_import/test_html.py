"""The converter from Plone rich text (TinyMCE HTML) to the portal's body StreamField."""

import re

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.rich_text import expand_db_html

from plone_import import html as html_module
from plone_import.html import Conversion, Link, convert, plain_text, video_url
from portal.blocks import BodyStreamBlock
from tests.factories import DocumentFactory, ImageFactory, StandardPageFactory

PAGE = "resolveuid/6f1c2a3b4d5e4f708192a3b4c5d6e7f8"
DOCUMENT = "resolveuid/0a1b2c3d4e5f40718293a4b5c6d7e8f9"
IMAGE = "resolveuid/9e8d7c6b5a4f43210fedcba987654321"
IMAGE_SCALE = "../resolveuid/9e8d7c6b5a4f43210fedcba987654321/@@images/image/preview"
PHOTO = "resolveuid/11112222333344445555666677778888"  # an image item linked to with <a>
MISSING = "resolveuid/deadbeefdeadbeefdeadbeefdeadbeef"
OLD_SITE = "https://kooperacja.rops.example.pl/szkola-kooperacji/genogram/view"

LINKS = {
    PAGE: Link("page", 11),
    DOCUMENT: Link("document", 21),
    IMAGE: Link("image", 31),
    IMAGE_SCALE: Link("image", 31),
    PHOTO: Link("image", 32, url="/media/original_images/spotkanie.jpg"),
    OLD_SITE: Link("external", url="https://kooperacja.example.org/szkola-kooperacji/genogram/"),
    "https://www.gov.pl/web/rodzina": Link("external", url="https://www.gov.pl/web/rodzina"),
    "mailto:kooperacja@rops.example.pl": Link("external", url="mailto:kooperacja@rops.example.pl"),
    "tel:+48410000000": Link("external", url="tel:+48410000000"),
    "#cele-smart": Link("external", url="#cele-smart"),
}


class FakeResolver:
    """Answers from a dict and remembers every call, as (url, image)."""

    def __init__(self, links=None):
        self.links = LINKS if links is None else links
        self.calls = []

    def __call__(self, url, *, image=False):
        self.calls.append((url, image))
        return self.links.get(url)


@pytest.fixture(autouse=True)
def english_messages():
    """The report's messages as their English msgids, whatever catalogues are compiled."""
    with translation.override("en"):
        yield


def run(html, resolver=None):
    return convert(html, resolver or FakeResolver())


def paragraphs(conversion):
    return [block["value"] for block in conversion.blocks if block["type"] == "paragraph"]


def only_paragraph(html, resolver=None):
    conversion = run(html, resolver)
    assert [block["type"] for block in conversion.blocks] == ["paragraph"], conversion.blocks
    return conversion.blocks[0]["value"]


def types(conversion):
    return [block["type"] for block in conversion.blocks]


# The API ---------------------------------------------------------------------------------------------------------


def test_convert_returns_a_conversion_of_raw_stream_data():
    conversion = run("<p>Gminno-Powiatowy Zespół Kooperacji spotyka się co kwartał.</p>")

    assert isinstance(conversion, Conversion)
    assert conversion.blocks == [
        {"type": "paragraph", "value": "<p>Gminno-Powiatowy Zespół Kooperacji spotyka się co kwartał.</p>"}
    ]
    assert conversion.problems == []
    assert conversion.unresolved == []


@pytest.mark.parametrize("html", ["", "   \n\t", "<p>&nbsp;</p>", "<div><p> </p></div>", None])
def test_empty_text_gives_no_blocks(html):
    conversion = run(html)

    assert conversion.blocks == []
    assert conversion.problems == []


# Paragraphs and inline formatting ------------------------------------------------------------------------------------


def test_strong_and_em_become_b_and_i():
    assert (
        only_paragraph("<p>Asystent rodziny <strong>zna</strong> rodzinę, a <em>koordynator</em> zespół.</p>")
        == "<p>Asystent rodziny <b>zna</b> rodzinę, a <i>koordynator</i> zespół.</p>"
    )


def test_presentational_tags_are_unwrapped_and_attributes_dropped():
    html = (
        '<p class="discreet" style="color: red" id="wstep" align="center" data-mce-style="x">'
        '<span style="font-size: 12px">Cele</span> <font face="Arial">SMART</font> <u>w</u> '
        "<small>planie</small> <sup>pracy</sup> <sub>z</sub> <abbr title='Gminno'>G-PZK</abbr></p>"
    )

    assert only_paragraph(html) == "<p>Cele SMART w planie pracy z G-PZK</p>"


def test_plone_discreet_and_callout_paragraphs_are_plain_paragraphs():
    html = '<p class="discreet">Aktualizacja: marzec 2024.</p><p class="callout">Zgłoś się do konsultacji.</p>'

    assert only_paragraph(html) == "<p>Aktualizacja: marzec 2024.</p><p>Zgłoś się do konsultacji.</p>"


def test_nested_formatting_is_balanced_and_merged():
    html = "<p><b>Empowerment <i>to</i></b><i> wzmacnianie</i> <strong><b>rodziny</b></strong></p>"

    assert only_paragraph(html) == "<p><b>Empowerment <i>to</i></b><i> wzmacnianie</i> <b>rodziny</b></p>"


def test_text_outside_blocks_is_wrapped_in_paragraphs():
    html = "Genogram to rysunek rodziny.<div>Pokazuje <b>relacje</b><br>i historię.<div>Zagnieżdżony</div></div>Koniec"

    assert only_paragraph(html) == (
        "<p>Genogram to rysunek rodziny.</p><p>Pokazuje <b>relacje</b><br/>i historię.</p>"
        "<p>Zagnieżdżony</p><p>Koniec</p>"
    )


def test_empty_paragraphs_and_headings_are_dropped():
    html = "<p>&nbsp;</p><p> \n </p><h2>&nbsp;</h2><p><b> </b><br></p><p>Szkoła Kooperacji</p><p>&nbsp;&nbsp;</p>"

    assert only_paragraph(html) == "<p>Szkoła Kooperacji</p>"


def test_whitespace_and_nbsp_are_normalised():
    html = "<p>\n  Spotkanie\tw&nbsp;Kielcach &nbsp; i&nbsp;&nbsp;w Radomiu&nbsp;</p>"

    # A lone &nbsp; between words is deliberate (Polish typography keeps "w" with "Kielcach").
    assert only_paragraph(html) == "<p>Spotkanie w\xa0Kielcach i w Radomiu</p>"


def test_spaces_at_the_edge_of_formatting_move_outside():
    assert only_paragraph("<p><b>Zespół </b>interdyscyplinarny</p>") == "<p><b>Zespół</b> interdyscyplinarny</p>"


def test_line_breaks_are_kept_but_not_at_the_edges_and_not_more_than_two():
    html = "<p><br>Regionalny Ośrodek<br>Polityki Społecznej<br><br><br><br>w Kielcach<br></p>"

    assert only_paragraph(html) == "<p>Regionalny Ośrodek<br/>Polityki Społecznej<br/><br/>w Kielcach</p>"


def test_pre_and_code_become_paragraph_text():
    html = "<pre>Krok 1: diagnoza\n  Krok 2: plan</pre><p>Polecenie <code>genogram --rodzina</code>.</p>"

    assert only_paragraph(html) == "<p>Krok 1: diagnoza<br/>Krok 2: plan</p><p>Polecenie genogram --rodzina.</p>"


def test_text_is_escaped():
    html = "<p>Koszty &lt; 100 zł &amp; więcej &gt; 50 – „cudzysłów” 'apostrof' \"cytat\"</p>"

    assert only_paragraph(html) == "<p>Koszty &lt; 100 zł &amp; więcej &gt; 50 – „cudzysłów” 'apostrof' \"cytat\"</p>"


# Headings -------------------------------------------------------------------------------------------------------------


def test_headings_are_mapped_to_the_allowed_levels():
    html = "<h1>Model</h1><h2>Projekty</h2><h3>Gminy</h3><h4>Wiejskie</h4><h5>Małe</h5><h6>Najmniejsze</h6>"

    assert only_paragraph(html) == (
        "<h2>Model</h2><h2>Projekty</h2><h3>Gminy</h3><h4>Wiejskie</h4><h4>Małe</h4><h4>Najmniejsze</h4>"
    )


def test_a_heading_in_bold_is_just_a_heading():
    html = "<h2><strong>Konsultacje modelu</strong></h2><h3><b>Etap</b> <b>pierwszy</b></h3><h3>Etap <b>drugi</b></h3>"

    assert only_paragraph(html) == "<h2>Konsultacje modelu</h2><h3>Etap pierwszy</h3><h3>Etap <b>drugi</b></h3>"


# Lists ----------------------------------------------------------------------------------------------------------------


def test_lists_and_nested_lists_stay_valid():
    html = (
        "<ul><li>Diagnoza<ul><li>genogram</li><li>ekomapa</li></ul></li><li>Plan</li></ul>"
        "<ol><li>Cele SMART<li>Ewaluacja</ol>"
    )

    assert only_paragraph(html) == (
        "<ul><li>Diagnoza<ul><li>genogram</li><li>ekomapa</li></ul></li><li>Plan</li></ul>"
        "<ol><li>Cele SMART</li><li>Ewaluacja</li></ol>"
    )


def test_a_list_directly_in_a_list_is_nested_in_the_item_before():
    html = "<ul><li>Pomoc społeczna</li><ul><li>MOPS</li><li>GOPS</li></ul><li>Oświata</li></ul>"

    assert only_paragraph(html) == (
        "<ul><li>Pomoc społeczna<ul><li>MOPS</li><li>GOPS</li></ul></li><li>Oświata</li></ul>"
    )


def test_mixed_list_types_nest():
    html = "<ol><li>Etap pierwszy<ul><li>spotkanie</li></ul></li><li>Etap drugi</li></ol>"

    assert only_paragraph(html) == "<ol><li>Etap pierwszy<ul><li>spotkanie</li></ul></li><li>Etap drugi</li></ol>"


def test_paragraphs_inside_a_list_item_become_line_breaks():
    html = "<ul><li><p>Koordynator G-PZK</p><p>zwołuje spotkania.</p></li><li><h3>Asystent</h3></li></ul>"

    assert only_paragraph(html) == "<ul><li>Koordynator G-PZK<br/>zwołuje spotkania.</li><li>Asystent</li></ul>"


def test_empty_list_items_are_dropped_and_levels_are_never_skipped():
    html = "<ul><li>&nbsp;</li><li><ul><li><ul><li>Głęboko</li></ul></li></ul></li><li>Płytko</li></ul>"

    assert only_paragraph(html) == "<ul><li>Głęboko</li><li>Płytko</li></ul>"


def test_stray_list_items_become_a_bulleted_list():
    assert only_paragraph("<li>Szkolenie</li><li>Superwizja</li>") == "<ul><li>Szkolenie</li><li>Superwizja</li></ul>"


def test_list_nesting_is_limited():
    value = only_paragraph("<ul><li>poziom" * 20)

    assert value.count("<ul>") == html_module.MAX_LIST_DEPTH + 1
    assert value.count("<li>") == 20


# Links ----------------------------------------------------------------------------------------------------------------


def test_links_to_pages_and_documents_use_the_database_format():
    html = (
        f'<p>Zobacz <a href="{PAGE}" title="x" target="_blank">opis modelu</a> i <a href="{DOCUMENT}">raport</a>.</p>'
    )

    assert only_paragraph(html) == (
        '<p>Zobacz <a linktype="page" id="11">opis modelu</a> i <a linktype="document" id="21">raport</a>.</p>'
    )


def test_external_mail_phone_and_anchor_links():
    html = (
        f'<p><a href="{OLD_SITE}">Genogram</a>, <a href="https://www.gov.pl/web/rodzina">ministerstwo</a>, '
        '<a href="mailto:kooperacja@rops.example.pl">napisz</a>, <a href="tel:+48410000000">zadzwoń</a>, '
        '<a href="#cele-smart">cele</a></p>'
    )

    assert only_paragraph(html) == (
        '<p><a href="https://kooperacja.example.org/szkola-kooperacji/genogram/">Genogram</a>, '
        '<a href="https://www.gov.pl/web/rodzina">ministerstwo</a>, '
        '<a href="mailto:kooperacja@rops.example.pl">napisz</a>, <a href="tel:+48410000000">zadzwoń</a>, '
        '<a href="#cele-smart">cele</a></p>'
    )


def test_the_resolver_gets_the_raw_href_and_src():
    resolver = FakeResolver()

    run(f'<p><a href="{OLD_SITE}">Genogram</a></p><p><img src="{IMAGE_SCALE}"></p>', resolver)

    assert resolver.calls == [(OLD_SITE, False), (IMAGE_SCALE, True)]


def test_each_address_is_resolved_once():
    resolver = FakeResolver()

    run(f'<p><a href="{PAGE}">Model</a> i znów <a href="{PAGE}">model</a></p>', resolver)

    assert resolver.calls == [(PAGE, False)]


def test_external_addresses_are_escaped():
    links = {"https://x.example/?a=1&b=2": Link("external", url='https://x.example/?a=1&b=2"onclick="alert(1)')}

    value = only_paragraph('<p><a href="https://x.example/?a=1&amp;b=2">adres</a></p>', FakeResolver(links))

    assert value == '<p><a href="https://x.example/?a=1&amp;b=2&quot;onclick=&quot;alert(1)">adres</a></p>'


def test_a_link_to_an_image_links_to_its_file_or_keeps_just_the_text():
    links = {**LINKS, "resolveuid/bez-adresu": Link("image", 33)}

    value = only_paragraph(
        f'<p><a href="{PHOTO}">Zdjęcie ze spotkania</a> i <a href="resolveuid/bez-adresu">drugie</a></p>',
        FakeResolver(links),
    )

    assert value == '<p><a href="/media/original_images/spotkanie.jpg">Zdjęcie ze spotkania</a> i drugie</p>'


def test_a_link_to_an_item_that_was_not_imported_keeps_its_text_and_is_reported():
    conversion = run(f'<p>Przeczytaj <a href="{MISSING}">sprawozdanie z konsultacji</a>.</p>')

    assert paragraphs(conversion) == ["<p>Przeczytaj sprawozdanie z konsultacji.</p>"]
    assert conversion.unresolved == [MISSING]
    assert conversion.problems == [
        f"Link to “{MISSING}” (text “sprawozdanie z konsultacji”) leads to an item that was not imported; "
        "the text is kept without the link."
    ]


@pytest.mark.parametrize(
    "href",
    [
        "",
        "   ",
        "javascript:alert(1)",
        " JavaScript:void(0)",
        "java\tscript:alert(1)",
        "vbscript:msgbox",
        "data:text/html,x",
    ],
)
def test_empty_and_script_links_are_dropped_without_asking_the_resolver(href):
    resolver = FakeResolver()

    value = only_paragraph(f'<p><a href="{href}" onclick="alert(1)">Zapisz się</a> na szkolenie</p>', resolver)

    assert value == "<p>Zapisz się na szkolenie</p>"
    assert resolver.calls == []


def test_a_resolved_address_with_a_script_scheme_is_not_written():
    links = {"https://stary.example/": Link("external", url="javascript:alert(1)")}

    conversion = run('<p><a href="https://stary.example/">Klik</a></p>', FakeResolver(links))

    assert paragraphs(conversion) == ["<p>Klik</p>"]
    assert "javascript:" in conversion.problems[0]  # the report names the address; the page does not


def test_anchors_without_href_are_unwrapped():
    resolver = FakeResolver()

    assert only_paragraph('<h2><a name="cele-smart"></a>Cele SMART</h2><p><a id="x">Tekst</a></p>', resolver) == (
        "<h2>Cele SMART</h2><p>Tekst</p>"
    )
    assert resolver.calls == []


def test_links_across_formatting_and_nested_links():
    html = f'<p><a href="{PAGE}">Model <b>Kooperacji</b> <a href="{DOCUMENT}">PDF</a></a></p>'

    assert only_paragraph(html) == (
        '<p><a linktype="page" id="11">Model <b>Kooperacji</b></a> <a linktype="document" id="21">PDF</a></p>'
    )


# Images ----------------------------------------------------------------------------------------------------------------


def test_an_image_splits_the_paragraph_around_an_image_block():
    html = f'<p>Przed spotkaniem <img src="{IMAGE_SCALE}" class="image-left" alt="Sala"> po spotkaniu.</p>'

    conversion = run(html)

    assert conversion.blocks == [
        {"type": "paragraph", "value": "<p>Przed spotkaniem</p>"},
        {"type": "image", "value": {"image": 31, "caption": "", "credit": ""}},
        {"type": "paragraph", "value": "<p>po spotkaniu.</p>"},
    ]


def test_an_image_in_a_list_item_splits_the_list():
    conversion = run(f'<ul><li>Diagnoza</li><li>Plan <img src="{IMAGE}"> działania</li></ul>')

    assert conversion.blocks == [
        {"type": "paragraph", "value": "<ul><li>Diagnoza</li><li>Plan</li></ul>"},
        {"type": "image", "value": {"image": 31, "caption": "", "credit": ""}},
        {"type": "paragraph", "value": "<ul><li>działania</li></ul>"},
    ]


def test_an_image_wrapped_in_a_link_keeps_the_image_and_drops_the_link():
    resolver = FakeResolver()

    conversion = run(f'<p><a href="{PHOTO}"><img src="{IMAGE}" title="Spotkanie w Kielcach"></a></p>', resolver)

    assert conversion.blocks == [
        {"type": "image", "value": {"image": 31, "caption": "Spotkanie w Kielcach", "credit": ""}}
    ]
    assert resolver.calls == [(IMAGE, True)]


def test_a_figure_caption_becomes_the_image_caption():
    html = (
        f'<figure class="image-richtext image-inline captioned"><a href="{PHOTO}"><img src="{IMAGE_SCALE}" '
        'title="Tytuł"></a><figcaption>Uczestnicy <b>Szkoły Kooperacji</b></figcaption></figure>'
    )

    conversion = run(html)

    assert conversion.blocks == [
        {"type": "image", "value": {"image": 31, "caption": "Uczestnicy Szkoły Kooperacji", "credit": ""}}
    ]


def test_a_captioned_plone_image_takes_its_title_as_caption():
    conversion = run(f'<img class="image-richtext captioned" src="{IMAGE}" title="Spotkanie makroregionalne">')

    assert conversion.blocks == [
        {"type": "image", "value": {"image": 31, "caption": "Spotkanie makroregionalne", "credit": ""}}
    ]


def test_a_figure_without_an_imported_image_keeps_its_caption_as_text():
    conversion = run(f'<figure><img src="{MISSING}"><figcaption>Zespół G-PZK</figcaption></figure>')

    assert conversion.blocks == [{"type": "paragraph", "value": "<p>Zespół G-PZK</p>"}]
    assert conversion.unresolved == [MISSING]


def test_an_image_that_was_not_imported_is_dropped_and_reported():
    conversion = run(f'<p>Tekst <img src="{MISSING}/@@images/image/mini"> dalej.</p>')

    assert conversion.blocks == [{"type": "paragraph", "value": "<p>Tekst dalej.</p>"}]
    assert conversion.unresolved == [f"{MISSING}/@@images/image/mini"]
    assert conversion.problems == [
        f"Image “{MISSING}/@@images/image/mini” leads to an item that was not imported; the image was left out."
    ]


def test_an_img_that_resolves_to_something_else_is_dropped_and_reported():
    conversion = run(f'<img src="{PAGE}">')

    assert conversion.blocks == []
    assert conversion.unresolved == []
    assert conversion.problems == [f"“{PAGE}” is not an image in the portal's library, so it was left out."]


def test_data_images_are_dropped_without_asking_the_resolver():
    resolver = FakeResolver()

    conversion = run('<p>Logo <img src="data:image/png;base64,iVBORw0KGgo="></p>', resolver)

    assert paragraphs(conversion) == ["<p>Logo</p>"]
    assert resolver.calls == []
    assert len(conversion.problems) == 1


def test_a_long_caption_is_shortened_to_fit_the_block():
    conversion = run(f'<img src="{IMAGE}" title="{"Spotkanie " * 40}">')

    caption = conversion.blocks[0]["value"]["caption"]
    assert len(caption) == 300
    assert caption.endswith("…")
    assert len(conversion.problems) == 1


def test_problems_and_unresolved_addresses_are_listed_once():
    conversion = run(f'<p><a href="{MISSING}">a</a></p><img src="{MISSING}"><img src="{MISSING}">')

    assert conversion.unresolved == [MISSING]
    assert len(conversion.problems) == 2  # a link and an image


# Tables ----------------------------------------------------------------------------------------------------------------


def table_value(html):
    conversion = run(html)
    assert types(conversion) == ["table"], conversion.blocks
    return conversion.blocks[0]["value"]


def test_a_table_with_a_header_row_and_a_caption():
    html = (
        '<table class="plain"><caption>Projekty Modelu Kooperacji</caption>'
        "<thead><tr><td>Projekt</td><td>Lider</td></tr></thead>"
        "<tbody><tr><td>Liderzy <b>kooperacji</b></td><td>ROPS Kielce</td></tr>"
        f'<tr><td><a href="{PAGE}">Kooperacja 3D</a></td><td>ROPS&nbsp;Katowice</td></tr></tbody></table>'
    )

    assert table_value(html) == {
        "data": [["Projekt", "Lider"], ["Liderzy kooperacji", "ROPS Kielce"], ["Kooperacja 3D", "ROPS Katowice"]],
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "table_caption": "Projekty Modelu Kooperacji",
        "cell": [],
        "mergeCells": [],
        "table_header_choice": "row",
    }


@pytest.mark.parametrize(
    ("html", "first_row", "first_col", "choice"),
    [
        ("<table><tr><th>Gmina</th><th>Typ</th></tr><tr><td>Kielce</td><td>miejska</td></tr></table>", True, False, "row"),
        ("<table><tr><th>Gmina</th><td>Kielce</td></tr><tr><th>Typ</th><td>miejska</td></tr></table>", False, True, "column"),
        (
            "<table><tr><th></th><th>2023</th></tr><tr><th>Spotkania</th><td>4</td></tr>"
            "<tr><th>Szkolenia</th><td>2</td></tr></table>",
            True,
            True,
            "both",
        ),
        ("<table><tr><td>Kielce</td><td>miejska</td></tr><tr><td>Chmielnik</td><td>wiejska</td></tr></table>", False, False, "neither"),
    ],
)  # fmt: skip
def test_table_headers(html, first_row, first_col, choice):
    value = table_value(html)

    assert (value["first_row_is_table_header"], value["first_col_is_header"]) == (first_row, first_col)
    assert value["table_header_choice"] == choice


def test_merged_cells_are_expanded_with_empty_cells_and_reported():
    html = (
        "<table><tr><th colspan='2'>Spotkania</th><th>Razem</th></tr>"
        "<tr><td rowspan='2'>Kielce</td><td>marzec</td><td rowspan='2'>2</td></tr>"
        "<tr><td>czerwiec</td></tr></table>"
    )

    conversion = run(html)

    assert conversion.blocks[0]["value"]["data"] == [
        ["Spotkania", "", "Razem"],
        ["Kielce", "marzec", "2"],
        ["", "czerwiec", ""],
    ]
    assert conversion.problems == ["A table had merged cells; they were split and the extra cells left empty."]


def test_a_table_without_merged_cells_reports_nothing():
    assert run("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>").problems == []


def test_ragged_rows_are_padded():
    assert table_value("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")["data"] == [
        ["a", "b"],
        ["c", ""],
    ]


def test_cells_are_plain_text_and_links_in_them_are_not_resolved():
    resolver = FakeResolver()
    html = f'<table><tr><td><p>Plan</p><p><a href="{MISSING}">pracy</a><br>z rodziną</p></td></tr></table>'

    conversion = run(html, resolver)

    assert conversion.blocks[0]["value"]["data"] == [["Plan pracy z rodziną"]]
    assert resolver.calls == []
    assert conversion.unresolved == []


def test_table_cells_with_optional_end_tags():
    value = table_value("<table><tr><th>Gmina<th>Typ<tr><td>Kielce<td>miejska<tr><td>Chmielnik<td>wiejska</table>")

    assert value["data"] == [["Gmina", "Typ"], ["Kielce", "miejska"], ["Chmielnik", "wiejska"]]
    assert value["first_row_is_table_header"] is True


def test_a_table_in_a_cell_gives_its_text_to_the_cell():
    value = table_value("<table><tr><td>Zespół<table><tr><td>MOPS</td><td>PCPR</td></tr></table></td></tr></table>")

    assert value["data"] == [["Zespół MOPS PCPR"]]


def test_images_in_tables_are_reported():
    conversion = run(f'<table><tr><td><img src="{IMAGE}"> Logo ROPS</td></tr></table>')

    assert conversion.blocks[0]["value"]["data"] == [["Logo ROPS"]]
    assert conversion.problems == [f"Image “{IMAGE}” inside a table was left out: table cells hold only text."]


def test_a_table_splits_the_paragraph_and_empty_tables_vanish():
    conversion = run("<p>Przed</p><table><tr><td> </td></tr></table><table></table><p>Po<table><tr><td>x</table></p>")

    assert types(conversion) == ["paragraph", "table"]
    assert conversion.blocks[0]["value"] == "<p>Przed</p><p>Po</p>"


def test_a_figure_caption_becomes_a_table_caption():
    value = table_value("<figure><table><tr><td>Kielce</td></tr></table><figcaption>Gminy</figcaption></figure>")

    assert value["table_caption"] == "Gminy"


# Videos and other embedded content ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "url"),
    [
        ("https://www.youtube.com/embed/dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("//www.youtube.com/embed/dQw4w9WgXcQ?rel=0", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("http://www.youtube.com/v/dQw4w9WgXcQ&hl=pl", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("https://player.vimeo.com/video/76979871?title=0&byline=0", "https://vimeo.com/76979871"),
        ("https://vimeo.com/76979871", "https://vimeo.com/76979871"),
        ("https://www.youtube.com/embed/<script>", None),
        ("https://maps.google.com/maps?q=Kielce", None),
        ("javascript:alert(1)", None),
        ("", None),
    ],
)
def test_video_url(src, url):
    assert video_url(src) == url


def test_a_youtube_iframe_becomes_an_embed_block():
    html = (
        '<p>Nagranie:<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" '
        'title="Spotkanie makroregionalne" frameborder="0" allowfullscreen></iframe></p>'
    )

    conversion = run(html)

    assert conversion.blocks == [
        {"type": "paragraph", "value": "<p>Nagranie:</p>"},
        {
            "type": "embed",
            "value": {
                "embed": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "title": "Spotkanie makroregionalne",
                "transcript": "",
            },
        },
    ]


def test_an_untitled_vimeo_iframe_is_titled_video():
    conversion = run('<iframe src="https://player.vimeo.com/video/76979871"></iframe>')

    assert conversion.blocks == [
        {"type": "embed", "value": {"embed": "https://vimeo.com/76979871", "title": "Video", "transcript": ""}}
    ]


def test_an_old_flash_youtube_player_becomes_an_embed_block():
    html = (
        '<object width="425" height="344"><param name="movie" value="http://www.youtube.com/v/dQw4w9WgXcQ&hl=pl">'
        '<embed src="http://www.youtube.com/v/dQw4w9WgXcQ&hl=pl" type="application/x-shockwave-flash"></object>'
    )

    assert run(html).blocks[0]["value"]["embed"] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def test_other_iframes_are_dropped_and_reported():
    conversion = run('<p>Mapa</p><iframe src="https://maps.google.com/maps?q=Kielce">Mapa dojazdu</iframe>')

    assert conversion.blocks == [{"type": "paragraph", "value": "<p>Mapa</p>"}]
    assert conversion.problems == [
        "Embedded content from “https://maps.google.com/maps?q=Kielce” was left out: "
        "only YouTube and Vimeo videos can be imported."
    ]


@pytest.mark.parametrize(
    ("tag", "html"),
    [
        ("script", "<script type='text/javascript'>var genogram = 1;</script>"),
        ("style", "<style>p.discreet { color: gray }</style>"),
        ("form", "<form action='szukaj'>Szukaj: <input name='q'><button>Szukaj</button></form>"),
        ("object", "<object data='prezentacja.swf'><param name='quality' value='high'>Prezentacja</object>"),
        ("embed", "<embed src='prezentacja.swf' type='application/x-shockwave-flash'>"),
    ],
)
def test_scripts_styles_forms_and_plugins_are_dropped_and_reported(tag, html):
    conversion = run(f"<p>Przed</p>{html}<p>Po</p>")

    assert conversion.blocks == [{"type": "paragraph", "value": "<p>Przed</p><p>Po</p>"}]
    assert conversion.problems == [f"The <{tag}> element was removed from the text."]


# Quotations -------------------------------------------------------------------------------------------------------------


def test_a_blockquote_becomes_a_quote_block_of_plain_text():
    html = "<p>Uczestniczka:</p><blockquote><p>Kooperacja zaczyna się <b>od rozmowy</b></p><p>przy jednym stole.</p></blockquote>"

    conversion = run(html)

    assert conversion.blocks == [
        {"type": "paragraph", "value": "<p>Uczestniczka:</p>"},
        {
            "type": "quote",
            "value": {"quote": "Kooperacja zaczyna się od rozmowy\nprzy jednym stole.", "attribution": ""},
        },
    ]
    assert conversion.problems == []


def test_links_in_a_quote_are_reported():
    conversion = run(f'<blockquote>Zobacz <a href="{PAGE}">model</a></blockquote><blockquote> </blockquote>')

    assert conversion.blocks == [{"type": "quote", "value": {"quote": "Zobacz model", "attribution": ""}}]
    assert conversion.problems == ["A quotation contained links, images or tables; only its text was kept."]


# Broken and hostile HTML -------------------------------------------------------------------------------------------


def assert_safe(conversion):
    text = repr(conversion.blocks).lower()
    assert "<script" not in text
    assert "onclick" not in text
    assert "onerror" not in text
    assert "javascript:" not in text
    for value in paragraphs(conversion):
        assert "style=" not in value and "class=" not in value


HOSTILE = [
    "<script>alert(1)</script>",
    "<p>Zespół<script>alert(1)</script> kooperacji</p>",
    "<p>Zespół <SCRIPT type='text/javascript'>document.write('x')</SCRIPT>kooperacji",
    '<p onclick="alert(1)" onmouseover="alert(2)">Kliknij</p>',
    '<a href="javascript:alert(1)" onclick="alert(1)">Kliknij</a>',
    '<a href="&#106;avascript:alert(1)">Kliknij</a>',
    '<a href="jav&#x09;ascript:alert(1)">Kliknij</a>',
    '<img src="x" onerror="alert(1)">',
    '<img src="javascript:alert(1)">',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<svg onload="alert(1)"><script>alert(1)</script></svg>',
    "<<>><p<<a>>Tekst</b></i></p></ul></li>",
    "<p>Niedomknięty <b>akapit <i>z formatowaniem",
    "<p>Komentarz <!-- <script>alert(1)</script> --> koniec</p>",
    "<p>Niedomknięty komentarz <!-- <script>alert(1)</script>",
    "<style>body { background: url(javascript:alert(1)) }</style><p>Tekst</p>",
    "<table><tr><td onclick='alert(1)'><script>alert(1)</script>komórka</td></tr></table>",
    "<blockquote onclick='alert(1)'><script>alert(1)</script>cytat</blockquote>",
    "<figure><figcaption><script>alert(1)</script>podpis</figcaption></figure>",
    "<math><mi xlink:href='javascript:alert(1)'>x</mi></math>",
    "<p><![CDATA[<script>alert(1)</script>]]></p>",
    "</p></div></table></ul>",
    "<p>a</p" + ">" * 1000,
    # Numbers int() cannot read (issue 19, item 5): 5,000 digits, a superscript, Arabic-Indic digits
    '<table><tr><td colspan="' + "9" * 5000 + '" rowspan="²">a</td><td colspan="٣">b</td></tr></table>',
]


@pytest.mark.parametrize("html", HOSTILE)
def test_hostile_html_never_raises_and_leaves_nothing_executable(html):
    conversion = run(html)

    assert_safe(conversion)
    plain_text(html)


def test_control_characters_are_stripped():
    value = only_paragraph("<p>G\x00-\x01P\x08Z\x0bK\x1b\x7f\x85\ufeff &#1;&#x1b;Kooperacja\u202e</p>")

    assert value == "<p>G-PZK Kooperacja</p>"


def test_deeply_nested_divs():
    html = "<div>" * 5000 + "Zespół interdyscyplinarny" + "</div>" * 5000 + "<div>" * 5000 + "bez końca"

    conversion = run(html)

    assert conversion.blocks == [{"type": "paragraph", "value": "<p>Zespół interdyscyplinarny</p><p>bez końca</p>"}]


def test_deeply_nested_formatting_lists_and_quotes():
    html = "<b><i><span>" * 3000 + "<ul><li>punkt" * 3000 + "<blockquote>" * 3000 + "cytat"

    conversion = run(html)

    assert types(conversion) == ["paragraph", "quote"]
    assert_safe(conversion)


def test_a_megabyte_of_text():
    sentence = "Gminno-Powiatowy Zespół Kooperacji <b>spotyka się</b> co kwartał&nbsp;w gminie. "
    html = "<p>" + sentence * (1_000_000 // len(sentence)) + "</p>"

    value = only_paragraph(html)

    assert value.startswith("<p>Gminno-Powiatowy Zespół Kooperacji <b>spotyka się</b> co kwartał\xa0w gminie. ")
    assert value.count("<b>") == 1_000_000 // len(sentence)


def test_a_recursion_error_falls_back_to_plain_paragraphs(monkeypatch):
    def too_deep(self, root):
        raise RecursionError

    monkeypatch.setattr(html_module._Converter, "walk", too_deep)

    conversion = run(
        "<h2>Cele&nbsp;SMART</h2><p>Konkretne, <b>mierzalne</b><script>alert(1)</script></p><p>a &lt;b&gt;</p>"
    )

    assert conversion.blocks == [
        {"type": "paragraph", "value": "<p>Cele SMART</p><p>Konkretne, mierzalne</p><p>a &lt;b&gt;</p>"}
    ]
    assert conversion.problems == [
        "The text could not be read as HTML (it is broken or nested too deeply); it was imported as plain "
        "paragraphs, without formatting, links or images."
    ]


# plain_text ------------------------------------------------------------------------------------------------------------


def test_plain_text():
    html = (
        "<h2>Szkoła&nbsp;Kooperacji</h2><p>Zajęcia   z <b>genogramu</b>\n i <i>ekomapy</i> &amp; "
        "planu&#160;pracy.</p><script>alert(1)</script><ul><li>G-PZK</li><li>ROPS</li></ul>"
    )

    assert plain_text(html) == "Szkoła Kooperacji Zajęcia z genogramu i ekomapy & planu pracy. G-PZK ROPS"


def test_plain_text_does_not_split_words_at_inline_tags():
    assert plain_text("<p>Ko<b>operacja</b></p>") == "Kooperacja"


@pytest.mark.parametrize("html", ["", None, "<p> &nbsp; </p>", "<script>x</script>"])
def test_plain_text_of_nothing(html):
    assert plain_text(html) == ""


def test_plain_text_of_deep_and_broken_html():
    assert plain_text("<div>" * 5000 + "Zespół<<>>\x00") == "Zespół<<>>"


# Against the real blocks ----------------------------------------------------------------------------------------------

VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


@pytest.fixture
def targets(home):
    """A page, a document, an image and a cached video answer, as the importer would have made them."""
    Embed.objects.create(
        url=VIDEO,
        hash=get_embed_hash(VIDEO),
        type="video",
        html='<iframe title="Spotkanie" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></iframe>',
        title="Spotkanie makroregionalne",
        provider_name="YouTube",
    )
    return {
        "page": StandardPageFactory(parent=home, title="Model Kooperacji", slug="model-kooperacji"),
        "document": DocumentFactory(title="Raport z konsultacji", file__filename="raport.pdf"),
        "image": ImageFactory(title="Spotkanie w Kielcach"),
    }


@pytest.fixture
def real_resolver(targets):
    return FakeResolver(
        {
            PAGE: Link("page", targets["page"].pk),
            DOCUMENT: Link("document", targets["document"].pk),
            IMAGE: Link("image", targets["image"].pk),
            OLD_SITE: Link("external", url="https://kooperacja.example.org/"),
        }
    )


PLONE_PAGE = f"""
<h1>Model Kooperacji</h1>
<p class="discreet">Opracowanie: ROPS w Kielcach</p>
<p>Gminno-Powiatowy Zespół Kooperacji łączy <strong>pomoc społeczną</strong>, <em>oświatę</em> i policję.
Zobacz <a href="{PAGE}">opis modelu</a>, <a href="{DOCUMENT}">raport z konsultacji</a>
i <a href="{OLD_SITE}">Szkołę Kooperacji</a>.<br>Kontakt: <a href="{MISSING}">formularz</a>.</p>
<h3><b>Narzędzia</b></h3>
<ul><li>genogram<ul><li>ekomapa</li></ul></li><li>cele SMART</li></ul>
<ol><li>diagnoza</li><li>plan</li></ol>
<figure><img src="{IMAGE}"><figcaption>Spotkanie makroregionalne</figcaption></figure>
<table><thead><tr><th>Projekt</th><th>Lider</th></tr></thead>
<tbody><tr><td colspan="2">Liderzy kooperacji</td></tr></tbody></table>
<blockquote>Kooperacja zaczyna się od rozmowy.</blockquote>
<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Nagranie ze spotkania"></iframe>
<p>Koniec&nbsp;tekstu.</p>
"""


@pytest.mark.django_db
def test_the_converted_value_is_accepted_by_the_body_stream_block(real_resolver):
    conversion = convert(PLONE_PAGE, real_resolver)
    block = BodyStreamBlock()

    cleaned = block.clean(block.to_python(conversion.blocks))

    assert [child.block_type for child in cleaned] == ["paragraph", "image", "table", "quote", "embed", "paragraph"]
    assert conversion.unresolved == [MISSING]


@pytest.mark.django_db
def test_links_in_the_converted_value_render_as_addresses(real_resolver, targets):
    conversion = convert(PLONE_PAGE, real_resolver)

    rendered = expand_db_html(conversion.blocks[0]["value"])

    assert '<a href="/model-kooperacji/">opis modelu</a>' in rendered
    assert f'<a href="{targets["document"].url}">raport z konsultacji</a>' in rendered
    assert '<a href="https://kooperacja.example.org/">Szkołę Kooperacji</a>' in rendered
    assert "formularz" in rendered and MISSING not in rendered


@pytest.mark.django_db
def test_the_rich_text_survives_the_editor_unchanged(real_resolver):
    """Draftail rewrites what it opens; the converted HTML is already in the form it saves."""
    features = settings.WAGTAILADMIN_RICH_TEXT_EDITORS["default"]["OPTIONS"]["features"]
    converter = ContentstateConverter(features)

    for value in paragraphs(convert(PLONE_PAGE, real_resolver)):
        saved = converter.to_database_format(converter.from_database_format(value))
        assert re.sub(r' data-block-key="\w+"', "", saved) == value


@pytest.mark.django_db
@pytest.mark.parametrize(
    "html",
    [
        "<p><b>Empowerment <i>to</i></b><i> wzmacnianie</i> <a href='#cele-smart'><b>rodziny</b></a></p>",
        "<p>w&nbsp;Kielcach &lt;i&gt; &amp; „cudzysłów”<br><br>dalej</p><h4><i>Mały</i> nagłówek</h4>",
        "<ol><li>Etap<ul><li>spotkanie<ol><li>diagnoza</li></ol></li></ul></li><li>Etap drugi</li></ol><p>x</p>",
        "<ul><li>Pomoc społeczna</li><ul><li>MOPS</li></ul></ul><ol><li>Oświata</li></ol><ul><li>Policja</li></ul>",
        "<pre>Krok 1\n  Krok 2</pre><li><p>Koordynator</p><p>G-PZK</p></li>",
    ],
)
def test_more_shapes_survive_the_editor_unchanged(html):
    features = settings.WAGTAILADMIN_RICH_TEXT_EDITORS["default"]["OPTIONS"]["features"]
    converter = ContentstateConverter(features)

    for value in paragraphs(run(html)):
        saved = converter.to_database_format(converter.from_database_format(value))
        assert re.sub(r' data-block-key="\w+"', "", saved) == value


def test_export_files_named_with_unicode_digits_are_read_in_order(tmp_path):
    """Issue 19, item 5: "².json" passed ``str.isdigit()`` and made ``int()`` raise while sorting."""
    from plone_import.export import load

    for name, title in (("10", "dziesiąty"), ("2", "drugi"), ("²", "kwadrat"), ("١", "arabska jedynka")):
        (tmp_path / f"{name}.json").write_text(
            f'{{"@id": "x/{name}", "@type": "Document", "UID": "u{title}", "title": "{title}"}}', encoding="utf-8"
        )

    titles = [item["title"] for item in load(tmp_path).items]

    assert titles[:2] == ["drugi", "dziesiąty"] and set(titles[2:]) == {"kwadrat", "arabska jedynka"}

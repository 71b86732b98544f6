"""The accessibility statement against the law and the ministry's template, as a visitor reads it.

The Act of 4 April 2019 (art. 10 and 18) and the template "Warunki techniczne publikacji oraz struktura
dokumentu elektronicznego deklaracji dostępności" fix the elements (ids a11y-…) and several sentences: the
request fulfilled within 7 days (2 months at most), the alternative means of access, the complaint, the
Rzecznik Praw Obywatelskich. They come from the page template, so a statement with the least data an
editor can publish has them all, whatever region writes it; these tests hold every statement to them,
the demo statement in Polish and English included, and keep the review's wrong phrases out.
"""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError

from demo import content
from portal.models import AccessibilityStatementPage
from tests.portal.utils import soup, translate

URL = "/deklaracja-dostepnosci/"
RPO_URL = "https://bip.brpo.gov.pl/"

# Elements every statement has (the template's ids); a11y-audytor and a11y-data-przeglad only when the
# statement has an external auditor or a review date.
REQUIRED_IDS = [
    "a11y-wstep",
    "a11y-podmiot",
    "a11y-url",
    "a11y-data-publikacja",
    "a11y-data-aktualizacja",
    "a11y-status",
    "a11y-ocena",
    "a11y-data-sporzadzenie",
    "a11y-kontakt",
    "a11y-osoba",
    "a11y-email",
    "a11y-telefon",
    "a11y-procedura",
    "a11y-architektura",
    "a11y-aplikacje",
]
DATE_IDS = ["a11y-data-publikacja", "a11y-data-aktualizacja", "a11y-data-sporzadzenie"]

ACT = (
    "ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych "
    "podmiotów publicznych"
)
# The template's fixed Polish sentences, as the statement must say them.
FIXED_SENTENCES = [
    f"zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z {ACT}.",
    "Tą samą drogą można składać żądania zapewnienia dostępności, wnioski o udostępnienie informacji "
    "niedostępnej oraz skargi.",
    "Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony internetowej lub jej elementu.",
    "Można także zażądać udostępnienia informacji za pomocą alternatywnego sposobu dostępu, na przykład przez "
    "odczytanie niedostępnego cyfrowo dokumentu lub opisanie zawartości filmu bez audiodeskrypcji.",
    "Zrealizujemy żądanie niezwłocznie, nie później niż w ciągu 7 dni od dnia wystąpienia z żądaniem.",
    "Jeżeli dotrzymanie tego terminu nie będzie możliwe, niezwłocznie poinformujemy wnoszącego żądanie, kiedy "
    "realizacja żądania będzie możliwa; termin ten nie może być dłuższy niż 2 miesiące od dnia wystąpienia z "
    "żądaniem.",
    "zaproponujemy alternatywny sposób dostępu do informacji.",
    "Jeżeli odmówimy realizacji żądania zapewnienia dostępności cyfrowej lub alternatywnego sposobu dostępu do "
    "informacji, wnoszący żądanie może złożyć skargę w sprawie zapewnienia dostępności cyfrowej strony "
    "internetowej lub jej elementu.",
    "Po wyczerpaniu wskazanej wyżej procedury można także złożyć wniosek do Rzecznika Praw Obywatelskich.",
]
STATUS_SENTENCES = {
    "compliant": f"Strona internetowa jest zgodna z {ACT}.",
    "partial": f"Strona internetowa jest częściowo zgodna z {ACT} z powodu niezgodności lub wyłączeń wymienionych "
    "poniżej.",
    "non-compliant": f"Strona internetowa jest niezgodna z {ACT} z powodu niezgodności lub wyłączeń wymienionych "
    "poniżej.",
}
# What the review found wrong; none of it may come back.
WRONG_PHRASES = [
    "Odpowiadamy niezwłocznie",  # the request is fulfilled within 7 days, not merely answered
    "odpowiemy niezwłocznie",
    "pierwszy klawisz Tab",  # "pierwsze naciśnięcie klawisza Tab"
    "dotyczy strony internetowej Portal Kooperacji",  # a name in the nominative where the genitive is due
    "treści niedostępne i wyłączenia",  # the two sections in one
    "Wyłączenia:",  # exemptions as a paragraph inside the inaccessible content
]

MINIMAL = {
    "title": "Deklaracja dostępności",
    "slug": "deklaracja-dostepnosci",
    "entity_name": "Miejski Ośrodek Pomocy Rodzinie w Przykładowie",
    "entity_address": "ul. Lipowa 1, 00-001 Przykładowo",
    "site_name": "Portal Kooperacji",
    "site_url": "https://kooperacja.example.org/",
    "publication_date": datetime.date(2024, 1, 15),
    "last_update_date": datetime.date(2024, 6, 3),
    "status": AccessibilityStatementPage.Status.COMPLIANT,
    "preparation_date": datetime.date(2024, 3, 28),
    "assessment": AccessibilityStatementPage.Assessment.SELF,
    "contact_person": "Anna Nowak",
    "contact_email": "dostepnosc@example.org",
    "contact_phone": "+48 41 000 00 00",
}


def publish(parent, **fields):
    """A statement with ``fields`` (MINIMAL by default), validated as the admin validates it, published."""
    page = AccessibilityStatementPage(**{**MINIMAL, **fields})
    page.full_clean(exclude=["path", "depth"])  # the tree position is set by add_child
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def text_of(element):
    """The text as read: whitespace collapsed, and no space that the tags alone put before a full stop or
    inside quotation marks (“do <a>Rzecznika</a>.” reads “do Rzecznika.”)."""
    text = " ".join(element.get_text(" ").split())
    return re.sub(r"([„“«(])\s+", r"\1", re.sub(r"\s+([.,;:”»)])", r"\1", text))


def page_text(html):
    return text_of(html.find("main"))


def section(html, heading_id):
    """The text of a part of the statement: its h2 (with ``heading_id``) up to the next h2."""
    heading = html.find(id=heading_id)
    parts = [text_of(heading)]
    for sibling in heading.find_next_siblings():
        if sibling.name == "h2":
            break
        parts.append(text_of(sibling))
    return " ".join(parts)


def h3_headings(html):
    return [text_of(heading) for heading in html.find("main").find_all("h3")]


def assert_follows_the_template(html, page):
    """Every element of the template once, dates as RRRR-MM-DD, and the template's fixed Polish sentences."""
    missing = [element_id for element_id in REQUIRED_IDS if html.find(id=element_id) is None]
    assert missing == []
    twice = [element_id for element_id in REQUIRED_IDS if len(html.find_all(id=element_id)) > 1]
    assert twice == []
    for element_id in DATE_IDS:
        element = html.find(id=element_id)
        assert element.name == "time"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", element["datetime"])
        assert text_of(element) == element["datetime"]
    assert html.find(id="a11y-data-publikacja")["datetime"] == page.publication_date.isoformat()
    assert html.find(id="a11y-data-aktualizacja")["datetime"] == page.last_update_date.isoformat()
    assert html.find(id="a11y-data-sporzadzenie")["datetime"] == page.preparation_date.isoformat()

    text = page_text(html)
    for sentence in FIXED_SENTENCES:
        assert sentence in text
    assert text_of(html.find(id="a11y-status")) == STATUS_SENTENCES[page.status]
    assert f"Deklaracja dostępności dotyczy strony internetowej „{page.site_name}”." in text
    assert ["Treści niedostępne", "Wyłączenia"] == h3_headings(html)[:2]
    for phrase in WRONG_PHRASES:
        assert phrase not in text


# A statement with the least data an editor can publish ----------------------------------------------


@pytest.mark.parametrize("status", AccessibilityStatementPage.Status.values)
@pytest.mark.parametrize("assessment", AccessibilityStatementPage.Assessment.values)
def test_every_statement_has_the_templates_elements_and_sentences(client, home, status, assessment):
    extra = {}
    if status != "compliant":
        extra["non_compliance"] = "<ul><li>Formularz zgłoszenia nie ma etykiet pól.</li></ul>"
    if assessment == "external":
        extra["auditor"] = "Fundacja Widzialni"
    page = publish(home, status=status, assessment=assessment, **extra)

    response = client.get(URL)

    assert response.status_code == 200
    assert_follows_the_template(soup(response), page)


def test_the_request_is_fulfilled_within_seven_days_at_most_two_months(client, home):
    publish(home)

    procedure = section(soup(client.get(URL)), "a11y-procedura")

    assert "Zrealizujemy żądanie niezwłocznie, nie później niż w ciągu 7 dni od dnia wystąpienia z żądaniem." in (
        procedure
    )
    assert "termin ten nie może być dłuższy niż 2 miesiące od dnia wystąpienia z żądaniem" in procedure
    assert "zaproponujemy alternatywny sposób dostępu do informacji" in procedure


def test_the_request_lists_what_it_contains(client, home):
    publish(home)

    html = soup(client.get(URL))
    heading = html.find(id="a11y-procedura")
    items = [text_of(item) for item in heading.find_next("p", string="Żądanie powinno zawierać:").find_next("ul")("li")]

    assert items == [
        "dane kontaktowe osoby występującej z żądaniem,",
        "wskazanie strony internetowej lub jej elementu, które mają być dostępne cyfrowo,",
        "wskazanie sposobu kontaktu z osobą występującą z żądaniem,",
        "jeśli żądanie dotyczy udostępnienia informacji za pomocą alternatywnego sposobu dostępu – wskazanie "
        "dogodnego sposobu przedstawienia tej informacji.",
    ]


def test_the_complaint_goes_to_the_bodys_address_and_then_to_the_rpo(client, home):
    publish(home)

    html = soup(client.get(URL))
    procedure = section(html, "a11y-procedura")

    assert "Skargi" in h3_headings(html)
    assert (
        "Skargę składa się tą samą drogą co żądanie: e-mailem na adres dostepnosc@example.org albo pocztą na adres: "
        "Miejski Ośrodek Pomocy Rodzinie w Przykładowie, ul. Lipowa 1, 00-001 Przykładowo."
    ) in procedure
    rpo = html.find(id="a11y-procedura").find_next("a", href=RPO_URL)
    assert text_of(rpo) == "Rzecznika Praw Obywatelskich"
    assert text_of(rpo.parent) == (
        "Po wyczerpaniu wskazanej wyżej procedury można także złożyć wniosek do Rzecznika Praw Obywatelskich."
    )
    assert rpo.find_previous("h2") == html.find(id="a11y-procedura")


def test_requests_and_complaints_go_to_the_same_contact(client, home):
    publish(home)

    contact = section(soup(client.get(URL)), "a11y-kontakt")

    assert (
        "Adres do korespondencji: Miejski Ośrodek Pomocy Rodzinie w Przykładowie, ul. Lipowa 1, 00-001 Przykładowo"
        in (contact)
    )
    assert "Tą samą drogą można składać żądania zapewnienia dostępności" in contact
    assert "oraz skargi." in contact


def test_the_architectural_section_gives_the_buildings_address(client, home):
    publish(home, architecture="<p>Do budynku prowadzi wejście z podjazdem.</p>")

    architecture = section(soup(client.get(URL)), "a11y-architektura")

    assert architecture.startswith("Dostępność architektoniczna Adres budynku: ul. Lipowa 1, 00-001 Przykładowo")
    assert "Do budynku prowadzi wejście z podjazdem." in architecture


def test_the_site_name_stays_grammatical_whatever_it_is(client, home):
    publish(home, site_name="Serwis Regionalny MOPR", site_url="https://mopr.example.org/")

    html = soup(client.get(URL))

    assert "Deklaracja dostępności dotyczy strony internetowej „Serwis Regionalny MOPR”." in text_of(
        html.find(id="a11y-wstep")
    )
    assert text_of(html.find(id="a11y-url")) == "Serwis Regionalny MOPR"
    assert html.find(id="a11y-url")["href"] == "https://mopr.example.org/"


def test_inaccessible_content_and_exemptions_each_under_its_heading(client, home):
    publish(
        home,
        status=AccessibilityStatementPage.Status.PARTIAL,
        non_compliance="<ul><li>Nagranie z 24 listopada 2020 r. nie ma napisów.</li></ul>",
        exemptions="<ul><li>Nagrania opublikowane przed 23 września 2020 r.</li></ul>",
    )

    html = soup(client.get(URL))
    inaccessible = html.find("h3", string="Treści niedostępne")
    exemptions = html.find("h3", string="Wyłączenia")

    assert text_of(inaccessible.find_next_sibling()) == "Nagranie z 24 listopada 2020 r. nie ma napisów."
    assert text_of(exemptions.find_next_sibling()) == "Nagrania opublikowane przed 23 września 2020 r."


def test_empty_sections_say_so(client, home):
    publish(home)

    html = soup(client.get(URL))

    assert text_of(html.find("h3", string="Treści niedostępne").find_next_sibling()) == (
        "Nie stwierdzono treści niedostępnych."
    )
    assert text_of(html.find("h3", string="Wyłączenia").find_next_sibling()) == "Brak wyłączeń."


def test_the_review_date_and_the_auditor_when_given(client, home):
    publish(
        home,
        review_date=datetime.date(2025, 3, 27),
        assessment=AccessibilityStatementPage.Assessment.EXTERNAL,
        auditor="Fundacja Widzialni",
    )

    html = soup(client.get(URL))

    assert html.find(id="a11y-data-przeglad")["datetime"] == "2025-03-27"
    assert text_of(html.find(id="a11y-ocena")) == (
        "Deklarację sporządzono na podstawie badania przeprowadzonego przez podmiot zewnętrzny: Fundacja Widzialni."
    )


# Validation: what the admin refuses ------------------------------------------------------------------


def statement(**fields):
    return AccessibilityStatementPage(**{**MINIMAL, **fields})


def test_the_address_is_required(db):
    with pytest.raises(ValidationError) as error:
        statement(entity_address="").full_clean(exclude=["path", "depth"])

    assert "entity_address" in error.value.message_dict


def test_an_item_listed_both_as_inaccessible_and_as_exempt_is_refused(db):
    page = statement(
        status=AccessibilityStatementPage.Status.PARTIAL,
        non_compliance="<ul><li>Nagrania z lat 2019–2020 nie mają napisów.</li><li>Mapa dojazdu.</li></ul>",
        exemptions="<p>nagrania z lat 2019–2020   nie mają napisów</p>",
    )

    with pytest.raises(ValidationError) as error:
        page.clean()

    assert set(error.value.message_dict) == {"exemptions"}
    (message,) = error.value.message_dict["exemptions"]
    assert "„nagrania z lat 2019–2020 nie mają napisów”" in message
    assert "nagrania opublikowane przed 23 września 2020 r. są wyłączeniami" in message


def test_different_items_in_the_two_lists_are_valid(db):
    statement(
        status=AccessibilityStatementPage.Status.PARTIAL,
        non_compliance="<ul><li>Nagranie z 24 listopada 2020 r. nie ma napisów.</li></ul>",
        exemptions="<ul><li>Nagrania opublikowane przed 23 września 2020 r.</li></ul>",
    ).clean()


def test_a_fully_compliant_website_lists_no_inaccessible_content(db):
    page = statement(non_compliance="<ul><li>Formularz nie ma etykiet.</li></ul>")

    with pytest.raises(ValidationError) as error:
        page.clean()

    assert set(error.value.message_dict) == {"non_compliance"}


def test_exemptions_alone_do_not_make_a_statement_partially_compliant(db):
    page = statement(
        status=AccessibilityStatementPage.Status.PARTIAL,
        exemptions="<ul><li>Nagrania opublikowane przed 23 września 2020 r.</li></ul>",
    )

    with pytest.raises(ValidationError) as error:
        page.clean()

    assert set(error.value.message_dict) == {"non_compliance"}


# The demo statement, in Polish and in English ----------------------------------------------------------


@pytest.fixture
def demo_statement(home):
    return publish(home, **content.STATEMENT)


def test_the_demo_statement_follows_the_template(client, demo_statement):
    html = soup(client.get(URL))

    assert_follows_the_template(html, demo_statement)
    text = page_text(html)
    assert "Deklaracja dostępności dotyczy strony internetowej „Portal Kooperacji”." in text
    assert "pierwsze naciśnięcie klawisza Tab pokazuje link „Przejdź do treści”" in text
    assert "Adres budynku: ul. Witosa 86, 25-561 Kielce" in section(html, "a11y-architektura")


def test_the_demo_lists_recordings_by_their_publication_date(client, demo_statement):
    html = soup(client.get(URL))
    inaccessible = text_of(html.find("h3", string="Treści niedostępne").find_next_sibling())
    exemptions = text_of(html.find("h3", string="Wyłączenia").find_next_sibling())

    # Before 23 September 2020: exempt. The consultation of 24 November 2020: inaccessible content.
    assert "Nagrania ze spotkań makroregionalnych i szkoleń opublikowane przed 23 września 2020 r." in exemptions
    assert "Nagranie konsultacji online z 24 listopada 2020 r. nie ma napisów" in inaccessible
    assert "przed 23 września 2020" not in inaccessible
    assert "24 listopada 2020" not in exemptions


def test_the_english_demo_statement_has_the_same_structure(client, demo_statement, home_en, locales):
    english = translate(demo_statement, locales["en"], **content.STATEMENT_EN)
    english.full_clean(exclude=["path", "depth"])

    response = client.get("/en/accessibility-statement/")
    html = soup(response)

    assert response.status_code == 200
    missing = [element_id for element_id in REQUIRED_IDS if html.find(id=element_id) is None]
    assert missing == []
    text = page_text(html)
    assert "This accessibility statement applies to the website “Portal Kooperacji”." in text
    assert ["Inaccessible content", "Exemptions"] == h3_headings(html)[:2]
    assert "We will fulfil the request without delay and no later than 7 days from the day it was made." in text
    assert "the first press of the Tab key" in text
    assert "Requests to make the website accessible, requests for information that is not accessible and " in text
    assert html.find(id="a11y-procedura").find_next("a", href=RPO_URL) is not None
    assert "Address of the building: ul. Witosa 86, 25-561 Kielce" in section(html, "a11y-architektura")
    assert "Recordings of the macro-regional meetings and training sessions published before 23 September 2020" in (
        text_of(html.find("h3", string="Exemptions").find_next_sibling())
    )


def test_the_ukrainian_statement_names_the_rpo_in_ukrainian(client, demo_statement, home, locales):
    translate(home, locales["uk"], title="Портал кооперації")
    translate(demo_statement, locales["uk"], slug="deklaratsiia-dostupnosti")

    html = soup(client.get("/uk/deklaratsiia-dostupnosti/"))
    rpo = html.find(id="a11y-procedura").find_next("a", href=RPO_URL)

    assert text_of(rpo) == "Уповноваженого з прав людини (Rzecznik Praw Obywatelskich)"
    assert "Ми виконаємо вимогу невідкладно, не пізніше ніж протягом 7 днів від дня її подання." in page_text(html)
    assert ["Недоступний вміст", "Винятки"] == h3_headings(html)[:2]

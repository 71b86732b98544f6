"""The editors' guide (docs/redaktor.md) says what the Polish screens say (issue 20).

- every label the guide quotes („…”) is a text the Polish interface shows: a translation Django would
  use for Polish (the project's overrides first, then the project's catalogue, then Wagtail's and the
  other apps'), or a string the panel shows untranslated; quotes that are not labels (examples of
  titles, tags, names of groups and collections) are listed in NOT_LABELS;
- the review's wrong phrases do not come back;
- every numbered list starts at 1 and counts on;
- the news chapter opens with the six-line box "Aktualność w skrócie", in which sending for approval is
  one of the steps;
- the quiz threshold, the learners' statuses and the certificate addresses are those of the code.
"""

import re
from functools import cache
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation.trans_real import DjangoTranslation
from wagtail.admin.panels import InlinePanel

from courses.blocks import QuizBlock
from courses.models import CoursePage, Enrolment
from news.models import EventPage, NewsPage
from portal.models import DocumentCategory, ModelDocumentPage, Team

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "redaktor.md"

# Texts the Polish panel shows in English (Wagtail has no Polish for them); the guide says so.
SHOWN_IN_ENGLISH = {"Checks", "Saved", "Readability", "Password", "English", "Українська", "Polski › English"}

# Quoted texts that are not labels of the interface: examples of what an editor types, names of
# groups, collections, workflows and pages the portal creates (their region's name inserted), demo
# content, and words the guide discusses.
NOT_LABELS = {
    # Names made from a region's name (portal/governance.py) and the region page of the example.
    "ROPS Kielce",
    "Redaktorzy – ROPS Kielce",
    "Moderatorzy – ROPS Kielce",
    "Tłumacze",
    "Koordynatorzy szkoleń",
    "Administratorzy portalu",
    "Wspólne zasoby",
    "Akceptacja moderatora – ROPS Kielce",
    "Województwo świętokrzyskie",
    "Materiały z dawnego portalu",
    "Szkoła Kooperacji",
    "Portal Kooperacji",
    # Examples of what an editor or a learner types.
    "Spotkanie makroregionalne w Kielcach: pierwsza wersja modelu",
    "konsultacje modelu",
    "G-PZK",
    "nabor-2",
    "Spotkanie w Kielcach, marzec 2019",
    "Uczestnicy spotkania makroregionalnego w Kielcach przy wspólnym stole",
    "Konferencja zamykająca projekt «Liderzy kooperacji»",
    "Sala konferencyjna ROPS",
    "członkowie G-PZK, pracownicy socjalni",
    "Program spotkania",
    "Model kooperacji dla gmin wiejskich – wersja po konsultacjach",
    "Model kooperacji",
    "Raport z badań",
    "wersja 2.0 po konsultacjach",
    "Pełna wersja",
    "Streszczenie",
    "Model kooperacji – gminy wiejskie, wersja 2",
    "na zapas",
    "Proszę uzupełnić tekst alternatywny zdjęcia i datę zakończenia zapisów.",
    "spotkanie w Sandomierzu",
    "Spotkania w Sandomierzu",
    "kooperacji",
    "kooperacja",
    "Konsultacje modelu w Lublinie",
    "Zapraszamy!",
    "Zdjęcie przedstawia…",
    "Logo ROPS w Kielcach",
    "Gminno-Powiatowy Zespół Kooperacji (G-PZK)",
    "Regulamin naboru (PDF)",
    "kliknij tutaj",
    "PDF ze znacznikami",
    "Tagged PDF",
    "dokument_final_NOWY(2).pdf",
    "Genogram w pracy socjalnej",
    "Potrafisz narysować genogram rodziny",
    "pracownicy socjalni, członkowie G-PZK",
    "Decyzje zapadają beze mnie",
    "poprawa sytuacji rodziny",
    "4 spotkania",
    "80% dzieci",
    "liczba spotkań: 4",
    "więcej",
    "lepiej",
    "G-PZK w Chmielniku",
    "anonim-<numer>",
    "Prawda",
    "Fałsz",
    # Defaults of block fields (Polish in the code: courses/blocks.py, courses/exercises).
    "Sprawdź się",
    "Cel SMART dla rodziny",
    "Genogram rodziny",
    # Headings of this guide itself.
    "Ćwiczenia w lekcji",
    "Nagłówkiem 2",
    "Wyróżnioną ramkę",
    "+",
}

# Sentences the guide quotes with the values of an example put in (a region, a title, numbers).
EXAMPLES_OF_MESSAGES = {
    "Wyślij do akceptacji: ROPS Kielce": "Submit to %(workflow_name)s",
    "Wyślij ponownie: Akceptacja moderatora – ROPS Kielce": "Resubmit to %(task_name)s",
}

# Texts Wagtail composes from two parts, quoted as the screen shows them (with a page type, a language).
COMPOSED = {
    "Dodawanie: Aktualność": lambda: f"{gettext('New')}: {NewsPage.get_verbose_name()}",
    "Dodaj: Gminno-Powiatowy Zespół Kooperacji": lambda: (
        gettext("Add %(model_name)s") % {"model_name": Team._meta.verbose_name}
    ),
    # wagtail-localize's editor (JavaScript) joins "Publish in " and the language.
    "Opublikuj – język: English": lambda: DjangoTranslation("pl", domain="djangojs").gettext("Publish in ") + "English",
}

# The review's findings (issue 20) and the old wordings they replaced: none may come back.
WRONG_PHRASES = [
    "Jeśli ktoś prosi o usunięcie danych Ciebie",
    "Stwórz stronę w Województwo",
    "Dodaj Galeria zdjęć",
    "Dodaj Powiązane",
    "Dodaj Pliki",
    "Wybierz kategoria",
    "Wyślij do Akceptacja",
    "Opublikuj wEnglish",
    "Wyślij ponownie do Akceptacja",
    "Ten strona",
    "Edycja Aktualność",
    "ustawiaj w testach tę samą wartość",
    "Status „zapisany”",
    "„ukończona” – ukończył",
    "/certyfikat/",
    "Wykorzystano wszystkie próby",
]


def guide():
    return GUIDE.read_text(encoding="utf-8")


def one_line(text):
    return " ".join(text.split())


def quotes():
    """Every „…” of the guide (a quote may run over a line break), once, with its line number."""
    text = guide()
    found = {}
    for match in re.finditer(r"„([^”]*)”", text):
        found.setdefault(one_line(match[1]), text.count("\n", 0, match.start()) + 1)
    return found


@cache
def polish_interface():
    """Every text the Polish interface can show: the translation Django uses for each message id."""
    texts = set()
    for domain in ("django", "djangojs"):
        catalogue = DjangoTranslation("pl", domain=domain)._catalog
        for key in set(catalogue.keys()):
            value = catalogue[key]
            texts.add(one_line(re.sub(r"<[^>]+>", "", value).replace("&nbsp;", " ")))
    return texts


PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]|%[sd]|\{[^{}]*\}")


@cache
def interface_patterns():
    """Each interface text as a pattern: its placeholders match any value."""
    patterns = []
    for text in polish_interface():
        parts = PLACEHOLDER.split(text)
        parts = [part.replace("%%", "%") for part in parts]
        if len(parts) > 1 and sum(len(part) for part in parts) >= 6:
            patterns.append(re.compile(".+".join(re.escape(part) for part in parts), re.S))
    return patterns


def shown(quoted):
    """True when the quoted text is an interface text, allowing for:
    an ellipsis „…” for the rest of the sentence, a capital letter where the label starts a sentence,
    a full stop or colon left out, and an example value where the message has a placeholder."""
    texts = polish_interface()
    candidates = {quoted, quoted.rstrip(".:"), quoted[:1].upper() + quoted[1:], quoted[:1].lower() + quoted[1:]}
    candidates |= {candidate.replace("%%", "%") for candidate in candidates}
    if candidates & texts or {c + "." for c in candidates} & texts or {c + ":" for c in candidates} & texts:
        return True
    if "…" in quoted:
        wildcard = re.compile(".*".join(re.escape(part) for part in quoted.split("…")), re.S | re.I)
        if any(wildcard.fullmatch(text) for text in texts):
            return True
    return any(pattern.fullmatch(candidate) for pattern in interface_patterns() for candidate in candidates)


def test_every_quoted_label_is_on_the_polish_screens():
    missing = [
        f"line {line}: „{quoted}”"
        for quoted, line in quotes().items()
        if quoted not in NOT_LABELS | SHOWN_IN_ENGLISH | set(COMPOSED) and not shown(quoted)
    ]
    assert not missing, "Quoted in docs/redaktor.md but shown nowhere in Polish:\n" + "\n".join(missing)


def test_the_allow_list_holds_only_quotes_of_the_guide():
    """An entry nobody quotes any more goes, so that the list does not hide a future wrong label."""
    stale = NOT_LABELS - set(quotes())
    assert not stale


@pytest.mark.parametrize(("quoted", "compose"), COMPOSED.items())
def test_composed_texts_read_as_the_screen_does(quoted, compose):
    with translation.override("pl"):
        assert str(compose()) == quoted
    assert f"„{quoted}”" in guide()


@pytest.mark.parametrize(("example", "msgid"), EXAMPLES_OF_MESSAGES.items())
def test_messages_quoted_with_an_example_read_as_the_screen_does(example, msgid):
    with translation.override("pl"):
        message = translation.gettext(msgid)
    name = re.search(r"%\((\w+)\)s", msgid)[1]
    value = example.split(": ", 1)[1]
    assert message % {name: value} == example
    assert f"„{example}”" in one_line(guide())


@pytest.mark.parametrize("phrase", WRONG_PHRASES)
def test_the_reviews_wrong_phrases_are_gone(phrase):
    assert phrase not in one_line(guide())


def numbered_lists(text):
    """The numbered lists of a Markdown text as lists of (line number, number).

    A list runs over its items' indented continuation lines and blank lines between items; anything
    else at the left margin (a paragraph, a heading, a box) ends it. Items inside a box (> 1.) and
    nested items (indented) form lists of their own."""
    lists, current, current_key = [], [], None
    for number, line in enumerate(text.splitlines(), 1):
        item = re.match(r"^((?:> ?)?)( *)(\d+)\. ", line)
        if item:
            key = (item[1].strip(), len(item[2]))
            if current and key != current_key:
                lists.append(current)
                current = []
            current_key = key
            current.append((number, int(item[3])))
        elif current and line.strip() and not re.match(r"^(> ?)?\s+\S", line):
            lists.append(current)
            current, current_key = [], None
    if current:
        lists.append(current)
    return lists


def test_every_numbered_list_starts_at_one_and_counts_on():
    wrong = [
        f"line {items[0][0]}: {[n for _line, n in items]}"
        for items in numbered_lists(guide())
        if [n for _line, n in items] != list(range(1, len(items) + 1))
    ]
    assert not wrong


def test_the_list_check_sees_a_list_that_goes_on_counting():
    text = "1. a\n2. b\n\nParagraph.\n\n3. c\n4. d\n"
    assert [[n for _line, n in items] for items in numbered_lists(text)] == [[1, 2], [3, 4]]


def chapter(title):
    text = guide()
    start = text.index(f"\n## {title}")
    end = text.find("\n## ", start + 1)
    return text[start:end]


def test_the_news_chapter_opens_with_a_six_line_summary_that_sends_for_approval():
    news = chapter("4. Aktualność krok po kroku")
    body = news.split("\n", 2)[2].lstrip("\n")
    box = []
    for line in body.splitlines():
        if not line.startswith(">"):
            break
        box.append(line)
    assert len(box) == 6
    assert "Aktualność w skrócie" in box[0]
    steps = [line for line in box if re.match(r"> \d+\. ", line)]
    assert [int(re.match(r"> (\d+)\.", step)[1]) for step in steps] == list(range(1, len(steps) + 1))
    sending = [n for n, step in enumerate(steps) if "„Wyślij do akceptacji: ROPS Kielce”" in step]
    assert sending and sending[0] >= len(steps) - 2  # one of the last steps, after the draft is saved
    assert any("„Zapisz szkic”" in step for step in steps[: sending[0]])


def test_the_quiz_threshold_is_described_as_the_code_works():
    """An empty threshold in a quiz means the course's threshold (courses.quizzes.pass_threshold)."""
    block = QuizBlock()
    assert block.child_blocks["pass_threshold"].required is False
    assert CoursePage._meta.get_field("pass_threshold").default == 70
    school = one_line(chapter("12. Szkoła Kooperacji"))
    with translation.override("pl"):
        label = str(block.child_blocks["pass_threshold"].label)
    assert f"„{label}” – zostaw puste, a test przejmie próg szkolenia" in school
    assert "O zaliczeniu decyduje próg wpisany w każdym teście" not in school


def test_the_learners_statuses_are_those_of_the_report():
    with translation.override("pl"):
        statuses = [str(label) for _value, label in Enrolment.Status.choices]
    assert statuses == ["nierozpoczęte", "w trakcie", "ukończone"]
    text = one_line(guide())
    assert "„Nierozpoczęte”, „W trakcie” i „Ukończone”" in text
    assert "Status: „nierozpoczęte” – " in text
    assert "„w trakcie” – " in text and "„ukończone” – " in text


def test_the_guide_names_the_certificate_addresses_of_the_code():
    text = guide()
    with translation.override("pl"):
        form = reverse("courses:verify_certificate_form")
        page = reverse("courses:verify_certificate", args=["KOD"]).replace("KOD", "<kod>")
    assert f"`{form}`" in text and f"`{page}`" in text


def test_a_learner_asking_to_delete_their_data_is_worded_politely():
    assert "Jeśli ktoś poprosi Cię o usunięcie swoich danych" in guide()


def inline_panel(model, relation_name):
    panels = list(model.content_panels)
    while panels:
        panel = panels.pop()
        if isinstance(panel, InlinePanel) and panel.relation_name == relation_name:
            return panel
        panels.extend(getattr(panel, "children", []))
    raise LookupError(relation_name)


@pytest.mark.parametrize(
    ("model", "relation_name"),
    [
        (NewsPage, "gallery_images"),
        (NewsPage, "related_links"),
        (EventPage, "related_documents"),
        (ModelDocumentPage, "files"),
    ],
)
def test_the_add_buttons_of_inline_panels_are_quoted_as_wagtail_builds_them(model, relation_name):
    """Wagtail's button is "Add {{ label }}" with the panel's label: "Dodaj zdjęcie", not "Dodaj Galeria zdjęć"."""
    with translation.override("pl"):
        button = gettext("Add %(label)s") % {"label": inline_panel(model, relation_name).label}
    assert f"„{button}”" in one_line(guide())


def test_the_document_category_chooser_is_quoted_as_wagtail_builds_it():
    with translation.override("pl"):
        name = DocumentCategory._meta.verbose_name
        button = gettext("Choose %(object)s") % {"object": name}
    assert f"„{button}”" in one_line(guide())


def test_the_default_titles_the_guide_quotes_are_those_of_the_blocks():
    from courses import blocks

    with translation.override("pl"):  # the self-assessment's default title is a translated string
        defaults = {
            str(block_class().child_blocks["title"].meta.default)
            for block_class in (
                blocks.QuizBlock,
                blocks.GenogramExerciseBlock,
                blocks.SmartGoalExerciseBlock,
                blocks.EmpowermentExerciseBlock,
            )
        }
    assert defaults == {
        "Sprawdź się",
        "Genogram rodziny",
        "Cel SMART dla rodziny",
        "Samoocena empowermentu",
    }
    assert defaults <= set(quotes())

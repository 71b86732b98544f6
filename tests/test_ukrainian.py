"""The Ukrainian interface (issue 20): the review's findings do not come back, plural forms are right for
1, 2, 5, 21, 22 and 25, words use the typographic apostrophe, the glossary's свідоцтво is never
"сертифікат", a line of an e-mail after "!" starts with a capital letter, and pages under /uk/ show it."""

import re
from pathlib import Path
from types import SimpleNamespace

import polib
import pytest
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext, ngettext

from courses.exercises.genogram import describe, parse
from tests.portal.utils import soup, text_of, translate

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "locale/uk/LC_MESSAGES/django.po"
CYRILLIC = "\u0400-\u04ff"


def uk(message):
    with translation.override("uk"):
        return gettext(message)


def uk_plural(singular, plural, count, **values):
    with translation.override("uk"):
        return ngettext(singular, plural, count) % {**values, "count": count, "counter": count}


def translations():
    """Every Ukrainian msgstr (each plural form separately) with its msgid."""
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.obsolete:
            continue
        texts = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for text in texts:
            yield entry.msgid, text


# (msgid, what the Ukrainian says now, what the review found and must not come back)
REVIEW_EXAMPLES = [
    ("This time", "Цього разу", "Зараз"),
    ("Last time", "Минулого разу", "Попередньо"),
    ("Mean last time", "Середнє минулого разу", "попередньо"),
    ("Last time: %(mean)s.", "Минулого разу: %(mean)s.", "Попередньо"),
    ("Skip to content", "Перейти до основного вмісту", "Перейти до змісту"),
    ("deceased", "помер(ла)", "не живе"),
    ("child %(number)s of %(count)s in birth order", "дитина %(number)s з %(count)s за порядком народження", "-а з"),
    ("Cohabiting", "Неформальні стосунки", "союз"),
    ("First partner", "Перша особа в парі", "союз"),
    ("Relationship", "Вид стосунків", "союз"),
    ("By when", "Термін", "До коли"),
    ("Single choice", "Одна правильна відповідь", "Одиночний вибір"),
    ("Multiple choice", "Кілька правильних відповідей", "Множинний вибір"),
    ("Portal Kooperacji", "Портал кооперації", "Portal Kooperacji"),
    ("Welcome to the Szkoła Kooperacji", "Вітаємо в Школі кооперації", "Szkoła"),
    (
        "Tick for a negatively worded statement (“Decisions are made without me”): it counts reversed.",
        "Позначте для твердження, сформульованого негативно («Рішення ухвалюють без мене»): його оцінка "
        "зараховується у зворотному порядку.",
        "рахується",
    ),
    ("certificate %(code)s (%(course)s)", "свідоцтво %(code)s (%(course)s)", "сертифікат"),
    ("In progress", "Триває", "У процесі"),
    ("Name or e-mail", "Ім’я, прізвище або адреса електронної пошти", "Ім'я"),
]


@pytest.mark.parametrize(
    ("msgid", "expected", "old"), REVIEW_EXAMPLES, ids=[example[0][:40] for example in REVIEW_EXAMPLES]
)
def test_the_review_examples_read_as_fixed(msgid, expected, old):
    text = uk(msgid)
    assert text == expected
    assert old not in text


def test_no_number_has_a_case_ending_glued_to_it():
    """ "%(number)s-а з %(count)s" reads "2-а з 3"; Ukrainian puts no ending on a placeholder."""
    glued = [(msgid, text) for msgid, text in translations() if re.search(rf"%\(\w+\)s-[{CYRILLIC}]", text)]
    assert glued == []


def test_polish_names_appear_only_in_brackets_after_the_ukrainian_name():
    """Portal Kooperacji, Szkoła Kooperacji and the Rzecznik Praw Obywatelskich are translated; the Polish
    name may follow in brackets, or stay in quotation marks where the user sees it in Polish (the entry the
    authenticator app shows)."""
    names = r"Portal\w* Kooperacji|Szkoł\w* Kooperacji|Rzeczni\w* Praw Obywatelskich"
    bare = []
    for _msgid, text in translations():
        for match in re.finditer(names, text):
            before, after = text[: match.start()], text[match.end() :]
            if not (
                (before.endswith("(") and after.startswith(")")) or (before.endswith("«") and after.startswith("»"))
            ):
                bare.append(text)
    assert bare == []


def test_the_genogram_in_words_says_died_and_names_the_couple_and_the_birth_order():
    genogram = parse(
        {
            "people": [
                {"id": "a", "name": "Степан", "sex": "male", "deceased": True},
                {"id": "b", "name": "Ганна", "sex": "female"},
                {"id": "c", "name": "Оля", "sex": "female", "birth_year": 2010},
                {"id": "d", "name": "Петро", "sex": "male", "birth_year": 2012},
            ],
            "couples": [
                {
                    "id": "ab",
                    "partners": ["a", "b"],
                    "kind": "cohabiting",
                    "children": [{"person": "c"}, {"person": "d"}],
                }
            ],
        }
    )
    with translation.override("uk"):
        sentences = describe(genogram)

    assert "Степан: чоловік, помер(ла)." in sentences
    assert "Степан і Ганна: неформальні стосунки (спільне життя без шлюбу)." in sentences
    assert "Петро: біологічна дитина – батьки: Степан і Ганна, дитина 2 з 2 за порядком народження." in sentences
    words = " ".join(sentences)
    assert "не живе" not in words
    assert "союз" not in words
    assert "-а з" not in words


@pytest.mark.parametrize(
    ("singular", "plural", "expected"),
    [
        (
            "%(count)s person",
            "%(count)s people",
            {1: "1 особа", 2: "2 особи", 5: "5 осіб", 21: "21 особа", 22: "22 особи", 25: "25 осіб"},
        ),
        (
            "%(counter)s minute",
            "%(counter)s minutes",
            {1: "1 хвилина", 2: "2 хвилини", 5: "5 хвилин", 21: "21 хвилина", 22: "22 хвилини", 25: "25 хвилин"},
        ),
        (
            "%(counter)s document",
            "%(counter)s documents",
            {
                1: "1 документ",
                2: "2 документи",
                5: "5 документів",
                21: "21 документ",
                22: "22 документи",
                25: "25 документів",
            },
        ),
        (
            "%(counter)s question",
            "%(counter)s questions",
            {
                1: "1 запитання",
                2: "2 запитання",
                5: "5 запитань",
                21: "21 запитання",
                22: "22 запитання",
                25: "25 запитань",
            },
        ),
        (
            "%(counter)s attempt left.",
            "%(counter)s attempts left.",
            {
                1: "Залишилася 1 спроба.",
                2: "Залишилося 2 спроби.",
                5: "Залишилося 5 спроб.",
                21: "Залишилася 21 спроба.",
                22: "Залишилося 22 спроби.",
                25: "Залишилося 25 спроб.",
            },
        ),
        (
            "You have completed the self-assessment %(counter)s time.",
            "You have completed the self-assessment %(counter)s times.",
            {
                1: "Ви пройшли самооцінку 1 раз.",
                2: "Ви пройшли самооцінку 2 рази.",
                5: "Ви пройшли самооцінку 5 разів.",
                21: "Ви пройшли самооцінку 21 раз.",
                22: "Ви пройшли самооцінку 22 рази.",
                25: "Ви пройшли самооцінку 25 разів.",
            },
        ),
        (
            "%(count)s certificate revoked, the name on it erased.",
            "%(count)s certificates revoked, the names on them erased.",
            {
                1: "Анульовано 1 свідоцтво, ім’я та прізвище на ньому видалено.",
                2: "Анульовано 2 свідоцтва, імена та прізвища на них видалено.",
                5: "Анульовано 5 свідоцтв, імена та прізвища на них видалено.",
                21: "Анульовано 21 свідоцтво, ім’я та прізвище на ньому видалено.",
                22: "Анульовано 22 свідоцтва, імена та прізвища на них видалено.",
                25: "Анульовано 25 свідоцтв, імена та прізвища на них видалено.",
            },
        ),
    ],
    ids=["people", "minutes", "documents", "questions", "attempts", "times", "certificates"],
)
def test_plural_forms(singular, plural, expected):
    assert {count: uk_plural(singular, plural, count) for count in expected} == expected


def test_form_one_also_serves_21_so_it_never_says_the_one():
    """Form 0 is used for 1, 21, 31…: "here is the one that matches best" would be wrong for 21."""
    singular = (
        "More than %(counter)s result for “%(text)s”: here is the one that matches best. Add a word or choose a "
        "type, region or year to narrow the search."
    )
    plural = (
        "More than %(counter)s results for “%(text)s”: here are the %(counter)s that match best. Add a word or "
        "choose a type, region or year to narrow the search."
    )
    assert uk_plural(singular, plural, 21, text="генограма").startswith(
        "Понад 21 результат для «генограма»: ось 21 найвідповідніший."
    )
    assert uk_plural(singular, plural, 25, text="генограма").startswith(
        "Понад 25 результатів для «генограма»: ось 25 найвідповідніших."
    )


def test_the_catalogue_declares_the_ukrainian_plural_forms_and_every_plural_entry_has_them():
    catalogue = polib.pofile(str(CATALOGUE))
    assert "nplurals=4" in catalogue.metadata["Plural-Forms"]
    incomplete = [
        entry.msgid
        for entry in catalogue
        if entry.msgid_plural and not entry.obsolete and sorted(entry.msgstr_plural) != [0, 1, 2, 3]
    ]
    assert incomplete == []


def test_the_ukrainian_catalogue_has_no_missing_or_fuzzy_entry():
    catalogue = polib.pofile(str(CATALOGUE))
    assert not catalogue.metadata_is_fuzzy
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []


def test_words_use_the_typographic_apostrophe():
    """обов’язковий, ім’я, з’являється: never ' or ʼ inside a Ukrainian word."""
    wrong = [text for _msgid, text in translations() if re.search(rf"[{CYRILLIC}]['ʼ`][{CYRILLIC}]", text)]
    assert wrong == []
    assert uk("optional") == "необов’язково"


def test_a_certificate_is_never_a_sertyfikat():
    assert [text for _msgid, text in translations() if "сертифікат" in text.lower()] == []


def test_no_learner_is_a_slukhach_and_no_family_is_znieosoblena():
    words = ("слухач", "студент", "знеособл", "у процесі", "в процесі")
    assert [text for _msgid, text in translations() if any(word in text.lower() for word in words)] == []


EMAILS = {
    "accounts/emails/already_registered.txt": {
        "login": "https://portal.test/uk/konto/logowanie/",
        "reset": "https://portal.test/r/",
    },
    "accounts/emails/email_in_use.txt": {
        "login": "https://portal.test/uk/konto/logowanie/",
        "reset": "https://portal.test/r/",
    },
    "accounts/emails/confirm_email.txt": {"link": "https://portal.test/uk/konto/adres-email/abc/", "days": 2},
    "accounts/emails/approved.txt": {"link": "https://portal.test/uk/konto/logowanie/"},
    "accounts/emails/invitation.txt": {
        "link": "https://portal.test/uk/konto/zaproszenie/MQ/abc/",
        "days": 3,
        "courses": ["Генограма в соціальній роботі"],
        "inviter": SimpleNamespace(get_full_name="Анна Ковальчик"),
    },
    "accounts/emails/password_reset.txt": {
        "protocol": "https",
        "domain": "portal.test",
        "uid": "MQ",
        "token": "abc-123",
    },
}


def lines_after_an_exclamation(text):
    """Each non-empty line that follows a line ending with "!" (blank lines between are skipped)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [following for line, following in zip(lines, lines[1:], strict=False) if line.endswith("!")]


@pytest.mark.parametrize("first_name", ["Олена", ""])
@pytest.mark.parametrize("template", sorted(EMAILS))
def test_an_email_line_after_an_exclamation_mark_starts_with_a_capital(template, first_name):
    user = SimpleNamespace(first_name=first_name, email="olena@example.com", get_username=lambda: "olena")
    with translation.override("uk"):
        text = render_to_string(template, {"user": user, **EMAILS[template]})

    following = lines_after_an_exclamation(text)
    assert following, f"{template}: the Ukrainian greeting ends with “!”"
    assert [line for line in following if not line[0].isupper()] == []
    assert "Portal Kooperacji" not in text.replace("(Portal Kooperacji)", "")


def test_every_email_body_line_that_starts_lowercase_in_english_starts_with_a_capital_in_ukrainian():
    """The English msgids follow "Hello," and start in lower case; the Ukrainian greeting ends with "!"."""
    lowercase = []
    for template in EMAILS:
        source = (ROOT / "templates" / template).read_text()
        for msgid in re.findall(r'{% translate "([^"]+)" %}', source):
            if msgid[0].islower():
                text = uk(msgid)
                if not text[0].isupper():
                    lowercase.append(text)
    assert lowercase == []


@pytest.fixture
def home_uk(home, locales):
    return translate(home, locales["uk"], title="Портал кооперації", slug="holovna")


def test_the_ukrainian_home_page_skips_to_the_main_content(client, home_uk):
    html = soup(client.get("/uk/"))

    assert html.find("html")["lang"] == "uk"
    skip = html.body.find("a", href="#main")
    assert text_of(skip) == "Перейти до основного вмісту"
    assert "Перейти до змісту" not in html.get_text()


def test_the_ukrainian_certificate_check_names_the_school_in_ukrainian(client, home_uk):
    response = client.get("/uk/zaswiadczenie/")

    assert response.status_code == 200
    page = text_of(soup(response).find("main"))
    assert "Школи кооперації (Szkoła Kooperacji)" in page
    assert "свідоцтві Szkoła" not in page
    assert "сертифікат" not in page.lower()


# The second review's findings (issue 20): the same defects must not come back anywhere in the catalogue.

SECOND_REVIEW_EXAMPLES = [
    ("Your quiz attempts", "Ваші спроби складання тестів", "спроби тестів"),
    ("quiz attempt", "спроба складання тесту", "спроба тесту"),
    ("quiz attempts", "спроби складання тестів", "спроби тестів"),
    (
        "Polish words are found in every form: “kooperacji” finds “kooperacja” and “kooperacją”.",
        "Пошук знаходить польські слова в будь-якій формі: запит «kooperacji» знайде також «kooperacja» і "
        "«kooperacją».",
        "знаходяться",
    ),
    (
        "Page “%(page_title)s” has been approved and published.",
        "Сторінку «%(page_title)s» затверджено й опубліковано.",
        "схвалено",
    ),
    ("Cooperation team (G-PZK)", "Гмінно-повітова команда співпраці (G-PZK)", "Команда співпраці"),
    ("Cooperation team", "Гмінно-повітова команда співпраці (G-PZK)", "Команда співпраці"),
    ("Cooperation teams", "Гмінно-повітові команди співпраці", "Команди співпраці"),
    ("Not their child", "Вилучити з дітей цієї пари", "Не їхня дитина"),
]


@pytest.mark.parametrize(
    ("msgid", "expected", "old"),
    SECOND_REVIEW_EXAMPLES,
    ids=[example[0][:40] for example in SECOND_REVIEW_EXAMPLES],
)
def test_the_second_review_examples_read_as_fixed(msgid, expected, old):
    text = uk(msgid)
    assert text == expected
    assert old not in text


def test_an_attempt_at_a_quiz_is_an_attempt_at_taking_it():
    """ "спроба тесту" is not Ukrainian: one attempts to take (складати) a test."""
    wrong = [
        text for _msgid, text in translations() if re.search(r"\bспроб\w*\s+(?!складання)(\w+\s+)?тест", text, re.I)
    ]
    assert wrong == []
    assert uk("You have used every attempt at this quiz. Your coordinator can help.").startswith(
        "Ви використали всі спроби складання цього тесту."
    )


def test_the_search_finds_words_they_are_not_located():
    """ "Польські слова знаходяться" says where the words are, not that the search finds them."""
    wrong = [text for _msgid, text in translations() if re.search(r"знаходят?ься|шукаються", text)]
    assert wrong == []
    help_text = uk(
        "Any form of a word finds the others (“spotkanie w Sandomierzu” finds “spotkania w Sandomierzu”). "
        "Put words in quotation marks to find them exactly as written."
    )
    assert help_text.startswith("Пошук знаходить усі форми польського слова (")
    assert "Будь-яка форма" not in help_text


def test_the_ukrainian_search_page_says_that_the_search_finds_the_words(client, home_uk):
    response = client.get("/uk/poshuk/")

    assert response.status_code == 200
    page = text_of(soup(response).find("main"))
    assert "Пошук знаходить польські слова в будь-якій формі" in page
    assert "Пошук знаходить усі форми польського слова" in page
    assert "знаходяться" not in page
    assert "Будь-яка форма польського слова" not in page


def test_the_email_confirmation_does_not_say_the_reader_asked_for_it():
    """The same e-mail says "if it was not you": the request is reported impersonally."""
    user = SimpleNamespace(first_name="Олена", email="olena@example.com", get_username=lambda: "olena")
    with translation.override("uk"):
        text = render_to_string(
            "accounts/emails/confirm_email.txt", {"user": user, **EMAILS["accounts/emails/confirm_email.txt"]}
        )

    assert "Надійшов запит на використання цієї адреси електронної пошти" in text
    assert "Якщо запит надіслали не ви" in text
    assert "Ви попросили" not in text
    assert [text for _msgid, text in translations() if re.search(r"\bви попросили\b", text, re.I)] == []


def test_a_page_is_approved_with_zatverdzhennia_never_skhvalennia():
    """The glossary's term for a page's approval is затвердження (an account's is підтвердження)."""
    assert [text for _msgid, text in translations() if "схвал" in text.lower()] == []


def test_a_cooperation_team_is_always_named_in_full():
    """G-PZK is the Гмінно-повітова команда співпраці; "команда співпраці" alone is a shortening the glossary does
    not allow (a plain "команда" after the full name is fine)."""
    shortened = [
        text
        for _msgid, text in translations()
        for match in re.finditer(r"(\S+\s+)?команд\w*\s+співпраці", text, re.I)
        if not (match.group(1) or "").lower().startswith("гмінно-повітов")
    ]
    assert shortened == []
    assert uk("You can manage the cooperation teams of your own region only.") == (
        "Ви можете керувати лише гмінно-повітовими командами співпраці (G-PZK) свого регіону."
    )


def test_comparisons_say_below_a_value_not_below_than_on_it():
    """ "нижче ніж на 2,5" → "нижче за 2,5"."""
    assert [text for _msgid, text in translations() if re.search(r"\bніж на\b", text)] == []
    text = uk(
        "A strength is a dimension whose statements you rated %(strong)s or more on average (on the scale from "
        "%(low)s to %(high)s); an area to develop is one rated below %(develop)s on average."
    ) % {"strong": "4", "low": "1", "high": "5", "develop": "2,5"}
    assert text.endswith("в середньому нижче за 2,5.")


def test_the_genogram_editor_buttons_name_an_action():
    """The buttons beside a child say what they do: "Не їхня дитина" or "Раніше" states something."""
    source = (ROOT / "templates/courses/genogram_editor.html").read_text()
    labels = dict(
        re.findall(r'value="(remove_child|move_child_up|move_child_down)"[^>]*>{% translate "([^"]+)" %}', source)
    )
    assert {action: uk(msgid) for action, msgid in labels.items()} == {
        "remove_child": "Вилучити з дітей цієї пари",
        "move_child_up": "Перемістити вище",
        "move_child_down": "Перемістити нижче",
    }

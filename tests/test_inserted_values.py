"""Sentences that stay grammatical when a name is put in (issue 20).

A value inserted into a sentence – a region, a workflow, a person, a page's title, a page type's or a
model's name, an unknown address – arrives in the nominative, and a region brings its own brackets
("świętokrzyskie (ROPS Kielce)"). So a Polish or Ukrainian sentence gives it a label and a colon
("Region: …", "Nowa strona w sekcji: …"), a noun that takes it as it is ("pod stronę „…”"), or leaves it
out; an e-mail greets without the bare first name. Each message is rendered with real values through
the screens editors, moderators, coordinators and learners meet, and the review's examples must not
come back.
"""

import copy
import re
from pathlib import Path
from types import SimpleNamespace

import polib
import pytest
import wagtail
from bs4 import BeautifulSoup
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext, pgettext, trans_real
from wagtail.admin.panels import InlinePanel
from wagtail.admin.panels.model_utils import get_edit_handler
from wagtail.log_actions import log
from wagtail.models import Page, get_page_models

from accounts.forms import region_label
from news.models import EventPage, NewsPage
from portal import audit
from portal.governance import COORDINATORS, editors_group_name, moderators_group_name, setup_governance
from portal.models import DocumentCategory, ModelDocumentPage, Team
from tests.accounts.utils import ADMIN_URL, error_of, invite, register, set_self_registration
from tests.factories import NewsPageFactory, UserFactory
from tests.governance.utils import add_url, edit_url, make_user, news_form_data
from tests.portal.utils import soup, text_of

User = get_user_model()
PASSWORD = "Kooperacja-Wstawione-2026"

# The review's examples, none of which may come back anywhere.
REVIEW_EXAMPLES = [
    "z adresu nieznanego adresu",
    "w regionie świętokrzyskie",
    "(świętokrzyskie (ROPS Kielce))",
    "Dzień dobry, Anna,",
    "Доброго дня,",
    "Stwórz stronę w Województwo",
    "Dodaj Galeria zdjęć",
    "Wyślij do Akceptacja",
    "Wybierz kategoria dokumentów",
    "Dodaj Pliki",
]
# An adjective of a voivodeship in the nominative after a locative ("w regionie świętokrzyskie").
NOMINATIVE_AFTER_LOCATIVE = re.compile(r"\b(?:w|we) (?:regionie|województwie) \w+(?:kie|skie|ckie)\b")
# A label inserted in its own capitalised form after a verb ("Dodaj Galeria zdjęć", "Wybierz Kategoria").
CAPITALISED_AFTER_VERB = re.compile(r"\b(?:Dodaj|Wybierz|Utwórz|Stwórz|Edytuj) (?!PDF|URL|SMART)[A-ZĄĆĘŁŃÓŚŹŻ]\w+")


class Screen(str):
    """A screen's text (title, body, title and aria-label attributes) for "… in text", with its separate
    strings in ``strings``, so that the patterns are never matched across two elements."""

    def __new__(cls, html):
        html = copy.copy(html)
        for element in html(["script", "style", "template"]):
            element.decompose()
        strings = [" ".join(node.split()) for node in html.find_all(string=True) if node.strip()]
        for element in html.find_all(True):
            strings += [" ".join(element[key].split()) for key in ("title", "aria-label") if element.get(key)]
        screen = super().__new__(cls, " ".join([text_of(html), *strings]))
        screen.strings = strings
        return screen


def assert_grammatical(text):
    """What every screen and message of this module must satisfy."""
    for example in REVIEW_EXAMPLES:
        assert example not in text
    assert "((" not in text and "))" not in text
    for string in getattr(text, "strings", [text]):
        for pattern in (NOMINATIVE_AFTER_LOCATIVE, CAPITALISED_AFTER_VERB):
            match = pattern.search(string)
            assert match is None, match.group(0)


def page_text(response):
    assert response.status_code == 200, response.status_code
    return Screen(soup(response))


@pytest.fixture
def people(regions):
    setup_governance()
    kielce, bialystok = regions.kielce.region, regions.bialystok.region
    editor = make_user("anna.kowalska", editors_group_name(kielce), kielce)
    editor.first_name, editor.last_name = "Anna", "Kowalska"
    editor.save()
    moderator = make_user("jan.nowak", moderators_group_name(kielce), kielce)
    moderator.first_name, moderator.last_name = "Jan", "Nowak"
    moderator.save()
    superuser = UserFactory(username="admin", password=PASSWORD, superuser=True)
    return SimpleNamespace(
        editor=editor,
        moderator=moderator,
        coordinator=make_user("koordynatorka", COORDINATORS),
        superuser=superuser,
        kielce=kielce,
        bialystok=bialystok,
        chmielnik=Team.objects.create(name="G-PZK w Chmielniku", municipality="Chmielnik", region=kielce),
        augustow=Team.objects.create(name="G-PZK w Augustowie", municipality="Augustów", region=bialystok),
    )


def as_user(user):
    client = Client()
    client.force_login(user)
    return client


# The audit log: "z adresu nieznanego adresu" -------------------------------------------------------------


def test_an_unknown_address_in_site_history_is_a_value_after_a_label(people):
    anna = people.editor
    log(anna, audit.LOGIN, user=anna, data={"ip": None, "admin": False})
    log(anna, audit.LOGIN, user=anna, data={"ip": "203.0.113.7", "admin": True})
    log(anna, audit.LOGIN_FAILED, data={"ip": None, "admin": False})
    log(anna, audit.TWO_FACTOR, user=anna, data={"event": "wrong_code", "ip": None, "admin": False})

    text = page_text(as_user(people.superuser).get("/admin/reports/site-history/"))

    assert "Zalogowanie. Adres IP: nieznany" in text
    assert "Zalogowanie do panelu administracyjnego. Adres IP: 203.0.113.7" in text
    assert "Nieudane logowanie. Adres IP: nieznany" in text
    assert "Błędny kod weryfikacji dwuetapowej. Adres IP: nieznany" in text
    assert "z adresu" not in text and "nieznanego adresu" not in text
    assert_grammatical(text)


def test_a_failed_sign_in_with_an_unknown_name_says_so_before_the_address(client, people):
    client.post("/konto/logowanie/", {"username": "nikt@example.org", "password": "zle"}, REMOTE_ADDR="203.0.113.9")

    text = page_text(as_user(people.superuser).get("/admin/reports/site-history/"))

    assert "Nieudane logowanie (nieznana nazwa użytkownika). Adres IP: 203.0.113.9" in text
    assert_grammatical(text)


# A region: "nie działa w regionie świętokrzyskie (ROPS Kielce)", "(świętokrzyskie (ROPS Kielce))" -------


def test_the_region_label_brings_its_own_brackets(people):
    assert region_label(people.kielce) == "świętokrzyskie (ROPS Kielce)"


def test_a_team_of_another_region_names_the_region_after_a_label(people):
    response = invite(as_user(people.coordinator), people.kielce, people.augustow)

    error = error_of(response, "team")
    assert error == (
        "Zespół „G-PZK w Augustowie” nie działa w wybranym regionie. Wybrany region: świętokrzyskie (ROPS Kielce). "
        "Wybierz zespół z tego regionu."
    )
    assert_grammatical(page_text(response))


def test_a_moderator_inviting_into_another_region_is_told_their_region_after_a_label(people):
    client = as_user(people.moderator)

    form = page_text(client.get(ADMIN_URL))
    response = invite(client, people.bialystok, people.augustow)

    assert "Zapraszasz osoby do swojego regionu. Twój region: świętokrzyskie (ROPS Kielce)." in form
    assert "Możesz zapraszać osoby tylko do swojego regionu. Twój region: świętokrzyskie (ROPS Kielce)." in error_of(
        response, "region"
    )
    assert_grammatical(form)
    assert_grammatical(page_text(response))


def test_the_learners_registration_names_the_chosen_region_after_a_label(client, people):
    set_self_registration(True)

    response = register(client, people.kielce, people.augustow)

    assert "Wybrany region: świętokrzyskie (ROPS Kielce)." in page_text(response)
    assert_grammatical(page_text(response))


def test_the_editors_dashboard_names_the_region_after_a_label(people):
    text = page_text(as_user(people.editor).get("/admin/"))

    assert "Żadna strona nie czeka na akceptację. Region: świętokrzyskie (ROPS Kielce)." in text
    assert "Żadna strona ROPS Kielce" not in text
    assert_grammatical(text)


def test_a_page_awaiting_approval_is_listed_under_a_caption_with_the_region_after_a_label(people, regions):
    as_user(people.editor).post(
        add_url("news", "newspage", regions.kielce), news_form_data("Nabór", "nabor", **{"action-submit": "1"})
    )

    html = soup(as_user(people.editor).get("/admin/"))

    caption = text_of(html.select_one("table caption"))
    assert caption == "Strony czekające na akceptację. Region: świętokrzyskie (ROPS Kielce)"
    assert_grammatical(Screen(html))


def test_a_moderators_course_reports_name_the_region_after_a_label(people):
    text = page_text(as_user(people.moderator).get("/admin/raporty-szkolen/"))

    assert "Widzisz tylko uczestników jednego regionu: świętokrzyskie (ROPS Kielce)." in text
    assert_grammatical(text)


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("", "Hasło jest zbyt podobne do wartości pola: "),
        ("/uk", "Пароль надто схожий на значення поля: "),
    ],
)
def test_a_password_like_the_address_names_the_field_after_a_label(client, people, prefix, expected):
    set_self_registration(True)
    data = {
        "first_name": "Piotr",
        "last_name": "Zieliński",
        "email": "piotr.zielinski@example.org",
        "region": people.kielce.pk,
        "password1": "piotr.zielinski",
        "password2": "piotr.zielinski",
    }

    text = page_text(client.post(f"{prefix}/konto/rejestracja/", data))

    assert expected in text
    assert "zbyt podobne do adres" not in text and "схожий на email" not in text
    assert_grammatical(text)


# E-mails: "Dzień dobry, Anna," / "Доброго дня, Анно!" ----------------------------------------------------


def test_the_invitation_greets_without_the_first_name(people):
    invite(as_user(people.coordinator), people.kielce, people.chmielnik)

    [message] = mail.outbox
    assert message.body.startswith("Dzień dobry,\n")
    assert "Marta" not in message.body.split("\n\n")[0]
    assert_grammatical(message.body)


def test_the_approval_greets_without_the_first_name(client, people):
    set_self_registration(True)
    register(client, people.kielce)
    person = User.objects.get(email="piotr.zielinski@example.org")

    as_user(people.moderator).post(f"/admin/zaproszenia/zatwierdz/{person.pk}/")

    [message] = mail.outbox
    assert message.body.startswith("Dzień dobry,\n")
    assert "Piotr" not in message.body
    assert_grammatical(message.body)


@pytest.mark.parametrize(
    "template",
    ["approved", "invitation", "already_registered", "confirm_email", "email_in_use", "password_reset"],
)
@pytest.mark.parametrize(("language", "greeting"), [("pl", "Dzień dobry,"), ("uk", "Добрий день!")])
def test_every_account_email_greets_without_the_name(people, template, language, greeting):
    anna = people.editor
    context = {
        "user": anna,
        "inviter": people.moderator,
        "link": "https://testserver/link/",
        "login": "https://testserver/konto/logowanie/",
        "reset": "https://testserver/konto/haslo/",
        "days": 3,
        "courses": [],
        "protocol": "https",
        "domain": "testserver",
        "uid": "MQ",
        "token": "abc-123",
    }
    with translation.override(language):
        body = render_to_string(f"accounts/emails/{template}.txt", context)

    first_line = body.strip().splitlines()[0]
    assert first_line == greeting
    assert "Anna" not in first_line and "Анн" not in body
    assert_grammatical(body)


def test_wagtails_moderation_email_greets_without_the_name(people, regions):
    as_user(people.editor).post(
        add_url("news", "newspage", regions.kielce), news_form_data("Nabór", "nabor", **{"action-submit": "1"})
    )

    bodies = [message.body for message in mail.outbox if "jan.nowak@example.org" in message.to]
    assert bodies
    for body in bodies:
        assert body.strip().startswith("Dzień dobry,")
        assert "Witaj" not in body and "Jan," not in body
        assert_grammatical(body)


# Wagtail's screens: page types, titles, labels, workflows ----------------------------------------------


def test_the_add_subpage_screen_names_the_section_after_a_label(people, regions):
    text = page_text(as_user(people.editor).get(reverse("wagtailadmin_pages:add_subpage", args=[regions.kielce.pk])))

    assert "Nowa strona w sekcji: Województwo świętokrzyskie" in text
    assert "Stwórz stronę w" not in text
    assert_grammatical(text)


@pytest.mark.parametrize(
    ("model", "adds", "old"),
    [
        (NewsPage, ["Dodaj zdjęcie", "Dodaj link do aktualności"], ["Dodaj Galeria zdjęć", "Dodaj Powiązane"]),
        (EventPage, ["Dodaj powiązany dokument"], ["Dodaj Powiązane dokumenty"]),
        (ModelDocumentPage, ["Dodaj plik"], ["Dodaj Pliki"]),
    ],
)
def test_inline_panels_add_a_thing_named_in_the_accusative(people, regions, model, adds, old):
    url = add_url(model._meta.app_label, model._meta.model_name, regions.kielce)

    html = soup(as_user(people.editor).get(url))

    buttons = {text_of(button) for button in html.select("button[id$='-ADD']")}
    assert set(adds) <= buttons
    for text in old:
        assert text not in Screen(html)
    assert_grammatical(Screen(html))


def test_the_document_category_chooser_names_the_model_after_a_label(people, regions):
    DocumentCategory.objects.create(name="Procedury", slug="procedury")
    url = add_url("portal", "modeldocumentpage", regions.kielce)

    text = page_text(as_user(people.editor).get(url))

    assert "Wybierz: kategoria dokumentów" in text
    assert "Wybierz kategoria dokumentów" not in text
    assert_grammatical(text)


def test_the_document_category_screens_name_the_model_after_a_label(people):
    category = DocumentCategory.objects.create(name="Procedury", slug="procedury")
    client = as_user(people.superuser)

    listing = page_text(client.get(reverse("wagtailsnippets_portal_documentcategory:list")))
    add = page_text(client.get(reverse("wagtailsnippets_portal_documentcategory:add")))
    delete = page_text(client.get(reverse("wagtailsnippets_portal_documentcategory:delete", args=[category.pk])))

    assert "Dodaj: kategoria dokumentów" in listing
    assert "Dodawanie" in add and "Nowy: Kategoria dokumentów" not in add
    assert "Czy na pewno usunąć?" in delete
    for text in (listing, add, delete):
        assert_grammatical(text)
        assert "Usuń kategoria" not in text and "ten kategoria" not in text


def test_the_footer_settings_add_a_link_and_a_profile(people):
    site = regions_site()

    html = soup(as_user(people.superuser).get(f"/admin/settings/portal/portalsettings/{site.pk}/"))

    buttons = {text_of(button) for button in html.select("button[id$='-ADD']")}
    assert {"Dodaj link w stopce", "Dodaj profil w mediach społecznościowych"} <= buttons
    assert_grammatical(Screen(html))


def regions_site():
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


def test_the_workflow_button_and_history_read_as_sentences(people, regions):
    editor = as_user(people.editor)
    form = page_text(editor.get(add_url("news", "newspage", regions.kielce)))
    editor.post(
        add_url("news", "newspage", regions.kielce),
        news_form_data("Nabór do Szkoły Kooperacji", "nabor", **{"action-submit": "1"}),
    )
    page = NewsPage.objects.child_of(regions.kielce).get(slug="nabor")

    history = page_text(as_user(people.moderator).get(reverse("wagtailadmin_pages:history", args=[page.pk])))
    edit = page_text(as_user(people.moderator).get(edit_url(page)))

    assert "Wyślij do akceptacji: ROPS Kielce" in form
    assert "Rozpoczęto proces akceptacji „ROPS Kielce”. Następny etap: „Akceptacja moderatora – ROPS Kielce”" in history
    for text in (form, history, edit):
        assert_grammatical(text)
        assert "rozpoczęty. Kolejny krok" not in text


def test_the_page_explorer_chooser_and_move_screens_put_a_title_after_a_noun(people, regions):
    NewsPageFactory(parent=regions.kielce, title="Nabór", slug="nabor")
    home = Page.objects.get(pk=regions.kielce.pk).get_parent()
    client = as_user(people.superuser)

    explorer = page_text(client.get(reverse("wagtailadmin_explore", args=[home.pk])))
    chooser_response = client.get(reverse("wagtailadmin_choose_page_child", args=[home.pk]))
    chooser = Screen(BeautifulSoup(chooser_response.json()["html"], "html.parser"))
    move = page_text(client.get(reverse("wagtailadmin_pages:move", args=[regions.bialystok.pk])))
    delete = page_text(client.get(reverse("wagtailadmin_pages:delete", args=[regions.bialystok.pk])))

    assert "Więcej opcji: „Województwo świętokrzyskie”" in explorer
    assert "Przeglądaj strony podrzędne strony „Województwo świętokrzyskie”" in chooser
    assert "Przenieś stronę „Województwo podlaskie”" in move
    assert "Usuń stronę „Województwo podlaskie”" in delete
    for text in (explorer, chooser, move, delete):
        assert_grammatical(text)


# Wagtail's and the portal's messages with real values, through the catalogues --------------------------

VOIVODESHIP_PAGE = "Województwo świętokrzyskie"
WORKFLOW = "ROPS Kielce"
TASK = "Akceptacja moderatora – ROPS Kielce"
PERSON = "Anna Kowalska"


def verbose(model):
    return str(model._meta.verbose_name)


RENDERED = [
    # (msgid, values, Polish as the screen shows it)
    ("Create a page in %(title)s", {"title": VOIVODESHIP_PAGE}, "Nowa strona w sekcji: Województwo świętokrzyskie"),
    ("Choose %(object)s", {"object": lambda: verbose(DocumentCategory)}, "Wybierz: kategoria dokumentów"),
    ("Choose another %(object)s", {"object": lambda: verbose(DocumentCategory)}, "Zmień wybór: kategoria dokumentów"),
    ("Add %(model_name)s", {"model_name": lambda: verbose(DocumentCategory)}, "Dodaj: kategoria dokumentów"),
    ("Create a new %(model_name)s", {"model_name": lambda: verbose(NewsPage)}, "Nowa strona typu: aktualność"),
    ("Editing %(page_type)s", {"page_type": lambda: verbose(NewsPage)}, "Edycja strony typu: aktualność"),
    ("Pages using %(page_type)s", {"page_type": lambda: verbose(NewsPage)}, "Strony typu: aktualność"),
    ("Submit to %(workflow_name)s", {"workflow_name": WORKFLOW}, "Wyślij do akceptacji: ROPS Kielce"),
    (
        "'%(workflow)s' started. Next step '%(task)s'",
        {"workflow": WORKFLOW, "task": TASK},
        "Rozpoczęto proces akceptacji „ROPS Kielce”. Następny etap: „Akceptacja moderatora – ROPS Kielce”",
    ),
    (
        "Moved from '%(old_parent)s' to '%(new_parent)s'",
        {"old_parent": "Aktualności", "new_parent": VOIVODESHIP_PAGE},
        "Przeniesiono spod strony „Aktualności” pod stronę „Województwo świętokrzyskie”",
    ),
    ("Approved by %(approved_by)s", {"approved_by": PERSON}, "Zaakceptowane przez: Anna Kowalska"),
    ("Hello %(username)s,", {"username": "Anna"}, "Dzień dobry,"),
    (
        "Delete %(snippet_type_name)s",
        {"snippet_type_name": lambda: verbose(DocumentCategory)},
        "Usuwanie: kategoria dokumentów",
    ),
    (
        "Renamed from '%(old)s' to '%(new)s'",
        {"old": "Nabór", "new": "Nabór do Szkoły Kooperacji"},
        "Zmieniono tytuł z „Nabór” na „Nabór do Szkoły Kooperacji”",
    ),
    (
        "Converting this to an internal link to %(page)s would make the link automatically update if the "
        "underlying page changes its URL. Would you like to do this?",
        {"page": VOIVODESHIP_PAGE},
        "Po zamianie na link wewnętrzny do strony „Województwo świętokrzyskie” link sam się zaktualizuje, "
        "gdy ta strona zmieni adres. Czy zamienić link?",
    ),
    ("You can edit the %(model_name)s here:", {"model_name": "strona"}, "Link do edycji:"),
    ("%(site_setting)s for %(site)s", {"site_setting": "Ustawienia", "site": "Portal"}, "Ustawienia – serwis: Portal"),
    ("Person added: %(name)s.", {"name": PERSON}, "Dodano osobę: Anna Kowalska."),
    ("Remove from the genogram: %(name)s?", {"name": "Matka"}, "Usunąć z genogramu: Matka?"),
    (
        "%(a)s and %(b)s cannot be a couple: %(ancestor)s is an ancestor of %(descendant)s.",
        {"a": "Piotr Nowak", "b": "Ewa Nowak", "ancestor": "Ewa Nowak", "descendant": "Piotr Nowak"},
        "Piotr Nowak i Ewa Nowak nie mogą tworzyć pary. Przodek: Ewa Nowak, potomek: Piotr Nowak.",
    ),
    (
        "Two-step sign-in is off for the account: %(name)s. At the next sign-in its owner pairs a new app.",
        {"name": PERSON},
        "Wyłączono weryfikację dwuetapową dla konta: Anna Kowalska. "
        "Przy następnym logowaniu właściciel konta doda nową aplikację.",
    ),
    (
        "Signed in. IP address: %(ip)s",
        {"ip": lambda: pgettext("IP address", "unknown")},
        "Zalogowanie. Adres IP: nieznany",
    ),
    ("Add %(label)s", {"label": lambda: gettext("file")}, "Dodaj plik"),
    ("Add %(label)s", {"label": lambda: gettext("photo")}, "Dodaj zdjęcie"),
    # Wagtail's workflow and publishing messages with the portal's names put in (issue 20).
    ("Resubmit to %(task_name)s", {"task_name": TASK}, "Wyślij ponownie: Akceptacja moderatora – ROPS Kielce"),
    ("%(label)s and Publish", {"label": lambda: gettext("Approve")}, "Akceptuj i opublikuj"),
    ("%(label)s and Publish", {"label": lambda: gettext("Approve with comment")}, "Akceptuj z komentarzem i opublikuj"),
    (
        "%(model_name)s '%(object)s' is live and this version has been scheduled for publishing.",
        {"model_name": lambda: verbose(DocumentCategory).capitalize(), "object": "Procedury"},
        "Zaplanowano publikację tej wersji: Kategoria dokumentów „Procedury” (obecna wersja pozostaje opublikowana).",
    ),
    (
        'The page "%(title)s" has been submitted for moderation to workflow "%(workflow)s" by %(requester)s.',
        {"title": "Nabór", "workflow": WORKFLOW, "requester": "Anna Michalska"},
        "Strona „Nabór” została wysłana do akceptacji (proces „ROPS Kielce”). Wysłał(a): Anna Michalska.",
    ),
    (
        'The %(model_name)s "%(title)s" has been submitted for moderation to workflow "%(workflow)s" by %(requester)s.',
        {
            "model_name": lambda: verbose(DocumentCategory),
            "title": "Procedury",
            "workflow": WORKFLOW,
            "requester": "Anna Michalska",
        },
        "Wysłano do akceptacji (kategoria dokumentów) „Procedury” – proces „ROPS Kielce”. Wysłał(a): Anna Michalska.",
    ),
    (
        "Changes requested %(finished_at)s",
        {"finished_at": "7 grudnia 2026 14:30"},
        "Odesłano do poprawy 7 grudnia 2026 14:30",
    ),
    (
        'The page "%(title)s" has been rejected in moderation stage "%(task)s".',
        {"title": "Nabór", "task": TASK},
        "Strona „Nabór” została odesłana do poprawy na etapie „Akceptacja moderatora – ROPS Kielce”.",
    ),
    ("Page '%(page_title)s' unpublished.", {"page_title": "Nabór"}, "Wycofano z publikacji stronę „Nabór”."),
    ("Page '%(page_title)s' is now unlocked.", {"page_title": "Nabór"}, "Odblokowano stronę „Nabór”."),
    (
        "The page '%(page_title)s' was successfully created in %(locales)s",
        {"page_title": "Nabór", "locales": "angielski, ukraiński"},
        "Utworzono stronę „Nabór”. Języki: angielski, ukraiński",
    ),
]

# Wagtail's and wagtail-localize's new-style ("{title}") messages, filled with str.format as they do:
# (msgid, msgid_plural or None, values, Polish).
FORMATTED = [
    ("<b>'{title}' is locked</b>.", None, {"title": "Nabór"}, "<b>Strona „Nabór” jest zablokowana</b>."),
    (
        "<b>'{title}' is locked</b> by <b>you</b>.",
        None,
        {"title": "Nabór"},
        "<b>Strona „Nabór” jest zablokowana</b> przez <b>Ciebie</b>.",
    ),
    (
        "<b>'{title}' was locked</b> by <b>{user}</b> on <b>{datetime}</b>.",
        None,
        {"title": "Nabór", "user": "Anna Michalska", "datetime": "7.12.2026 14:30"},
        "<b>Strona „Nabór” została zablokowana</b> przez: <b>Anna Michalska</b>, <b>7.12.2026 14:30</b>.",
    ),
    ("Include subtree ({} page)", "Include subtree ({} pages)", [12], "Uwzględnij strony podrzędne (12)"),
    ("{} locales", None, [2], "Języki: 2"),
]


@pytest.mark.parametrize(("msgid", "plural", "values", "expected"), FORMATTED, ids=[row[0][:40] for row in FORMATTED])
def test_new_style_messages_with_real_values_read_as_polish_sentences(db, msgid, plural, values, expected):
    with translation.override("pl"):
        message = ngettext(msgid, plural, values[0]) if plural else gettext(msgid)
        text = message.format(*values) if isinstance(values, list) else message.format(**values)

    assert text == expected
    assert "jest zablokowany" not in text and "poddrzewo" not in text and "lokalizacj" not in text
    assert_grammatical(text)


# Wagtail's words for things editors meet every day, in the portal's vocabulary (issue 20): (msgid, the
# Polish the screen shows, what Wagtail's catalogue said).
LABELS = [
    ("Review this version", "Przejrzyj tę wersję", "Zweryfikuj tą wersję"),
    ("Request changes", "Odeślij do poprawy", "Żądania zmian"),
    ("Changes requested", "Odesłano do poprawy", "Zażądane zmiany"),
    ("Changes requested at", "Odesłano do poprawy na etapie:", "Zmiany zażądane dnia"),
    ("In Moderation", "Czeka na akceptację", "W moderacji"),
    ("live + in moderation", "opublikowane + czeka na akceptację", "opublikowane + w moderacji"),
    ("Awaiting your review", "Czeka na Twoją akceptację", "Oczekujące na Twoją weryfikację"),
    ("Awaiting my review", "Czeka na moją akceptację", "Oczekuje mojej weryfikacji"),
    ("Task submitted by", "Wysłane przez", "Zadanie wysłane przez"),
    ("Task started", "Etap rozpoczęty", "Zadanie rozpoczęte"),
    ("Requested by", "Wysłane przez", "Zażądane przez"),
    ("Submit for moderation", "Wyślij do akceptacji", "Przekaż do przeglądu"),
    ("Compare with live version", "Porównaj z opublikowaną wersją", "Porównaj z wersją Live"),
    ("Live version", "Wersja opublikowana", "Wersja Live"),
    ("Go-live:", "Publikacja:", "Idź online:"),
    ("Expiry:", "Wycofanie z publikacji:", "Traci ważność:"),
    ("Notifications", "Powiadomienia", "Notyfikacje"),
    (
        "Your pages and snippets in a workflow",
        "Twoje strony i elementy w akceptacji",
        "Twoje strony i skrawki w procesie",
    ),
    ("Unpublish", "Wycofaj z publikacji", "Cofnij publikację"),
    ("Yes, unpublish it", "Tak, wycofaj z publikacji", "Tak, cofnij publikację"),
    ("No, don't unpublish", "Nie wycofuj", "Anuluj publikację"),
    ("Link text is empty", "Brak tekstu linku", "Brak tekstu linka"),
    ("Misusing paragraphs as headings", "Nie używaj akapitów jako nagłówków", "Nie używaj paragrafów jako nagłówków"),
    ("Content metrics", "Wskaźniki treści", "Metryki treści"),
    (
        "Image alt text has inappropriate pattern",
        "Tekst alternatywny wygląda na nazwę pliku",
        "Alternatywny tekst obrazu ma nieodpowiedni wzór",
    ),
    ("Locales", "Języki", "Lokalizacje"),
    ("Locale", "Język", "Lokalizacja"),
    ("Locked", "Zablokowane", "Zablokowany"),
    ("Publish this version", "Opublikuj tę wersję", "Opublikuj tą wersję"),
    (
        "Would you still like to publish this page?",
        "Czy mimo to opublikować tę stronę?",
        "Czy w dalszym ciągu chcesz opublikować tą stronę?",
    ),
    ("1 snippet selected", "Zaznaczono 1 element", "1 skrawek zaznaczony"),
    ("workflow", "proces akceptacji", "workflow"),
    ("Workflow history", "Historia akceptacji", "Historia procesu"),
]


@pytest.mark.parametrize(("msgid", "expected", "old"), LABELS, ids=[row[0][:40] for row in LABELS])
def test_wagtails_labels_use_the_portals_words(msgid, expected, old):
    with translation.override("pl"):
        text = gettext(msgid)

    assert text == expected
    assert text != old


@pytest.mark.parametrize(
    ("msgid", "value", "expected"),
    [
        ("Publish in ", "angielski", "Opublikuj – język: angielski"),
        ("Translate with ", "DeepL", "Przetłumacz za pomocą: DeepL"),
    ],
)
def test_wagtail_localizes_buttons_keep_the_space_before_the_name(msgid, value, expected):
    catalogue = trans_real.DjangoTranslation("pl", domain="djangojs")

    assert catalogue.gettext(msgid) + value == expected


@pytest.mark.parametrize(("msgid", "values", "expected"), RENDERED, ids=[row[0][:40] for row in RENDERED])
def test_messages_with_real_values_read_as_polish_sentences(db, msgid, values, expected):
    with translation.override("pl"):
        filled = {key: value() if callable(value) else value for key, value in values.items()}
        text = gettext(msgid) % filled

    assert text == expected
    assert_grammatical(text)


UKRAINIAN = [
    ("Hello,", {}, "Добрий день!"),
    (
        "The team “%(team)s” does not work in the region you chose. Chosen region: %(region)s. "
        "Choose a team of that region.",
        {"team": "G-PZK w Augustowie", "region": "świętokrzyskie (ROPS Kielce)"},
        "Команда «G-PZK w Augustowie» не працює у вибраному регіоні. Вибраний регіон: świętokrzyskie (ROPS Kielce). "
        "Оберіть команду з цього регіону.",
    ),
    ("Signed in. IP address: %(ip)s", {"ip": lambda: pgettext("IP address", "unknown")}, "Вхід. IP-адреса: невідома"),
    (
        "Two-step sign-in is off for the account: %(name)s. At the next sign-in its owner pairs a new app.",
        {"name": PERSON},
        "Двоетапну перевірку вимкнено для облікового запису: Anna Kowalska. "
        "Під час наступного входу власник облікового запису додасть новий застосунок.",
    ),
]


@pytest.mark.parametrize(("msgid", "values", "expected"), UKRAINIAN, ids=[row[0][:40] for row in UKRAINIAN])
def test_messages_with_real_values_read_as_ukrainian_sentences(db, msgid, values, expected):
    with translation.override("uk"):
        filled = {key: value() if callable(value) else value for key, value in values.items()}
        text = gettext(msgid) % filled if filled else gettext(msgid)

    assert text == expected
    assert "Доброго дня," not in text and "для Anna" not in text


# Every catalogue: no preposition right before an inserted name ----------------------------------------

SITE_PACKAGES = Path(wagtail.__file__).resolve().parents[1]
NAME_PLACEHOLDERS = (
    "name|region|title|page_title|model_name|model|object|page_type|user|username|workflow|workflow_name|task|"
    "task_name|collection|site|site_name|locale|locales|label|verbose_name|requester|rejector|approved_by|"
    "requested_by|user_display_name|locked_by|modified_by|who|dest_title|parent|new_parent|old_parent|form_title|"
    "snippet_type_name|snippet_plural_name|instance|ip|inviter|editor|page|field|field_label|original_locale|"
    "object_type|team|course|courses|lesson|a|b|child|ancestor|descendant|parent_page_title|content_type|group_name"
)
PREPOSITIONS = {
    "pl": "w|we|z|ze|do|dla|od|przez|na|o|pod|nad|u|ku|bez|przy|po",
    "uk": "у|в|з|із|зі|до|для|від|на|про|під|над|через|без|при|по",
}


def preposition_before_a_name(language):
    return re.compile(
        rf"(?i)(?<!\w)(?:{PREPOSITIONS[language]})\s+['\"„«]?(%\((?:{NAME_PLACEHOLDERS})\)s|\{{(?:{NAME_PLACEHOLDERS})\}})"
    )


def merged_translations(language, sources):
    """(msgid, translation) of every message of the ``sources`` catalogues as Django merges them (the
    overrides first)."""
    with translation.override(language):
        catalogue = trans_real.translation(language)._catalog
    seen = set()
    for path in sources:
        for entry in polib.pofile(str(path)):
            if entry.obsolete or entry.msgid in seen:
                continue
            seen.add(entry.msgid)
            key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
            text = catalogue.get((key, 0) if entry.msgid_plural else key)
            if text:
                yield entry.msgid, text


def test_no_polish_message_puts_a_name_right_after_a_preposition():
    """Wagtail's, wagtail-localize's, Django's and the portal's messages in Polish: a name, title or model
    inserted right after "w", "do", "przez"… would need a case it does not have ("w Województwo…", "przez
    Anna"); a label and a colon or a noun before it ("pod stronę „…”") keep the sentence whole."""
    sources = [
        *SITE_PACKAGES.glob("wagtail*/**/locale/en/LC_MESSAGES/django.po"),
        *SITE_PACKAGES.glob("django/**/locale/en/LC_MESSAGES/django.po"),
        Path(settings.BASE_DIR) / "locale" / "pl" / "LC_MESSAGES" / "django.po",
    ]
    pattern = preposition_before_a_name("pl")

    found = [(msgid, text) for msgid, text in merged_translations("pl", sources) if pattern.search(text)]

    assert found == []


def test_no_ukrainian_message_of_the_portal_puts_a_name_right_after_a_preposition():
    """The portal's own messages in Ukrainian (the admin is offered in Polish and English only)."""
    sources = [Path(settings.BASE_DIR) / "locale" / "uk" / "LC_MESSAGES" / "django.po"]
    pattern = preposition_before_a_name("uk")

    found = [(msgid, text) for msgid, text in merged_translations("uk", sources) if pattern.search(text)]

    assert found == []


def inline_panels(panel):
    if isinstance(panel, InlinePanel):
        yield panel
    for child in getattr(panel, "children", []):
        yield from inline_panels(child)


def test_every_inline_panel_has_a_heading_and_a_label_that_follows_dodaj(db):
    """Wagtail's button says "Add <label>" ("Dodaj %(label)s") and each item is headed "<Label> 1": the
    label is one thing in the nominative that is also its accusative (plik, zdjęcie, link…), the list's
    title is the heading ("Pliki"), so no InlinePanel falls back to a plural or a capitalised title."""
    panels = []
    for model in get_page_models():
        panels += [(model, panel) for panel in inline_panels(model.get_edit_handler())]
    for model in apps.get_app_config("portal").get_models():
        if not issubclass(model, Page) and (hasattr(model, "panels") or hasattr(model, "edit_handler")):
            panels += [(model, panel) for panel in inline_panels(get_edit_handler(model))]

    assert {panel.relation_name for _model, panel in panels} >= {
        "gallery_images",
        "related_links",
        "related_documents",
        "files",
        "footer_links",
        "social_links",
    }
    with translation.override("pl"):
        for model, panel in panels:
            label, heading = str(panel.label), str(panel.heading)
            assert heading and label and label != heading, (model, panel.relation_name)
            assert label[0].islower(), (model, label)
            assert_grammatical(gettext("Add %(label)s") % {"label": label})

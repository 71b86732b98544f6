"""Helpers the accounts tests share: invitations sent and self-registrations posted as the forms do."""

from accounts.models import AccountSettings
from tests.portal.utils import soup, text_of

ADMIN_URL = "/admin/zaproszenia/"
PASSWORD = "Kooperacja-W-Praktyce-7"


def invite(client, region, team=None, email="marta.wisniewska@example.org", courses=()):
    return client.post(
        ADMIN_URL,
        {
            "email": email,
            "first_name": "Marta",
            "last_name": "Wiśniewska",
            "region": region.pk,
            "team": team.pk if team else "",
            "courses": [course.pk for course in courses],
        },
    )


def error_of(response, field):
    element = soup(response).select_one(f"#id_{field}").find_parent(class_="w-field__wrapper")
    return text_of(element.select_one(".error-message"))


def set_self_registration(on):
    account_settings = AccountSettings.load()
    account_settings.allow_self_registration = on
    account_settings.save()


def register(client, region, team=None, email="piotr.zielinski@example.org"):
    return client.post(
        "/konto/rejestracja/",
        {
            "first_name": "Piotr",
            "last_name": "Zieliński",
            "email": email,
            "region": region.pk,
            "team": team.pk if team else "",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )

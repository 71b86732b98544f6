"""Factories for page trees and snippets: the one place tests build content."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from home.models import HomePage
from portal.models import (
    AccessibilityStatementPage,
    PortalDocument,
    PortalImage,
    Project,
    Region,
    RegionPage,
    StandardPage,
)


class ImageFactory(wagtail_factories.ImageFactory):
    alt_text = "Uczestnicy spotkania makroregionalnego przy wspólnym stole"

    class Meta:
        model = PortalImage


class DocumentFactory(wagtail_factories.DocumentFactory):
    class Meta:
        model = PortalDocument


class ProjectFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kooperacja {n}")
    slug = factory.Sequence(lambda n: f"kooperacja-{n}")
    municipality_type = Project.MunicipalityType.URBAN

    class Meta:
        model = Project


class RegionFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Regionalny Ośrodek Polityki Społecznej nr {n}")
    short_name = factory.Sequence(lambda n: f"ROPS {n}")
    slug = factory.Sequence(lambda n: f"region-{n}")
    voivodeship = "świętokrzyskie"
    city = "Kielce"
    email = "kooperacja@example.org"
    project = factory.SubFactory(ProjectFactory)

    class Meta:
        model = Region


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Portal Kooperacji"
    hero_heading = "Kooperacja – razem skuteczniej pomagamy rodzinom"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Strona {n}")
    introduction = "Krótki wstęp do strony."

    class Meta:
        model = StandardPage


class RegionPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda page: f"Województwo {page.region.voivodeship}")
    region = factory.SubFactory(RegionFactory)

    class Meta:
        model = RegionPage


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Deklaracja dostępności"
    slug = "deklaracja-dostepnosci"
    entity_name = "Regionalny Ośrodek Polityki Społecznej w Kielcach"
    site_name = "Portal Kooperacji"
    site_url = "https://kooperacja.example.org/"
    publication_date = factory.Faker("past_date")
    last_update_date = factory.Faker("past_date")
    status = AccessibilityStatementPage.Status.COMPLIANT
    preparation_date = factory.Faker("past_date")
    assessment = AccessibilityStatementPage.Assessment.SELF
    contact_person = "Anna Nowak"
    contact_email = "dostepnosc@example.org"
    contact_phone = "+48 41 000 00 00"
    procedure = "<p>Każdy ma prawo zażądać zapewnienia dostępności cyfrowej.</p>"

    class Meta:
        model = AccessibilityStatementPage

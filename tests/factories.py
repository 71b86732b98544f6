"""Factories for page trees and snippets: the one place tests build content."""

import datetime
import hashlib

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Collection, Locale

from courses.models import CourseIndexPage, CoursePage, LessonPage
from home.models import HomePage
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from portal.models import (
    AccessibilityStatementPage,
    DocumentCategory,
    DocumentLibraryPage,
    ModelDocumentFile,
    ModelDocumentPage,
    PortalDocument,
    PortalImage,
    Project,
    Region,
    RegionPage,
    StandardPage,
)

PASSWORD = "haslo-testowe-123"  # the password of the people the tests make


class UserFactory(DjangoModelFactory):
    """A person with an account and the tests' password; the e-mail address is made from the username unless
    given. ``UserFactory(superuser=True)`` is an administrator, as ``createsuperuser`` makes one."""

    username = factory.Sequence(lambda n: f"osoba{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password(PASSWORD)

    class Meta:
        model = get_user_model()

    class Params:
        superuser = factory.Trait(is_staff=True, is_superuser=True)


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
    entity_address = "ul. Witosa 86, 25-561 Kielce"
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


# News, events and the model documents library ---------------------------------------------------------


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Aktualności"
    slug = "aktualnosci"
    introduction = "Co słychać w regionach Modelu Kooperacji."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    """A news item under a RegionPage; ``tags=["szkolenia", …]`` tags it."""

    title = factory.Sequence(lambda n: f"Aktualność {n}")
    date = datetime.date(2024, 3, 5)
    lead = factory.LazyAttribute(lambda page: f"Krótko o tym, co się wydarzyło: {page.title}.")

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(page, create, extracted, **kwargs):
        if extracted:
            page.tags.add(*extracted)
            if create:
                page.save()


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Wydarzenia"
    slug = "wydarzenia"
    introduction = "Spotkania, szkolenia i konferencje w regionach."

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    """A one-day event a week from today, without set hours unless ``start_time`` is given."""

    title = factory.Sequence(lambda n: f"Spotkanie zespołu kooperacji {n}")
    start_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=7))
    summary = "Spotkanie przedstawicieli instytucji pomocy i integracji społecznej."

    class Meta:
        model = EventPage


class DocumentLibraryPageFactory(wagtail_factories.PageFactory):
    title = "Dokumenty"
    slug = "dokumenty"
    introduction = "Modele kooperacji, raporty z badań i wnioski z konsultacji."

    class Meta:
        model = DocumentLibraryPage


class DocumentCategoryFactory(DjangoModelFactory):
    """A category in the default (Polish) locale unless ``locale`` is given."""

    name = factory.Sequence(lambda n: f"Kategoria {n}")
    slug = factory.Sequence(lambda n: f"kategoria-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = DocumentCategory


class ModelDocumentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Model kooperacji – wersja {n}")
    category = factory.SubFactory(DocumentCategoryFactory)
    version_label = "wersja 1.0"
    version_date = datetime.date(2024, 3, 5)
    summary = "Model współpracy instytucji pomocy społecznej w gminie."

    class Meta:
        model = ModelDocumentPage


def pdf_bytes(text="Model Kooperacji", size=None):
    """A small, valid one-page PDF 1.4 (``text`` in ASCII); padded with a comment to ``size`` bytes."""
    stream = f"BT /F1 18 Tf 72 770 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]

    def build(padding):
        data = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + (b"%" + b"x" * (padding - 2) + b"\n" if padding else b"")
        offsets = []
        for number, body in enumerate(objects, start=1):
            offsets.append(len(data))
            data += b"%d 0 obj\n%s\nendobj\n" % (number, body)
        xref = len(data)
        data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
        return data

    data = build(0)
    if size is not None:
        if size < len(data) + 2:
            raise ValueError(f"A PDF cannot be smaller than {len(data) + 2} bytes.")
        padding = size - len(data)
        while len(data := build(padding)) != size:  # the startxref number may gain a digit
            padding -= len(data) - size
    return data


def make_pdf_document(title="Model Kooperacji", filename="model-kooperacji.pdf", *, size=None, **fields):
    """A PortalDocument holding a real PDF, its size and hash set as the admin's upload sets them."""
    data = pdf_bytes(size=size)
    fields.setdefault("collection", Collection.get_first_root_node())
    return DocumentFactory(
        title=title,
        file__data=data,
        file__filename=filename,
        file_size=len(data),
        file_hash=hashlib.sha1(data).hexdigest(),
        **fields,
    )


def attach_pdf(page, title="Model Kooperacji", filename="model-kooperacji.pdf", *, label="", size=None, **fields):
    """Attach a file with a real PDF to a ModelDocumentPage (after its other files); returns the file."""
    document = make_pdf_document(title, filename, size=size, **fields)
    return ModelDocumentFile.objects.create(
        page=page, document=document, label=label, sort_order=ModelDocumentFile.objects.filter(page=page).count()
    )


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Szkoła Kooperacji"
    slug = "szkola-kooperacji"

    class Meta:
        model = CourseIndexPage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Szkolenie {number}")
    slug = factory.Sequence(lambda number: f"szkolenie-{number}")
    summary = "Jak zespół kooperacji planuje wsparcie rodziny."
    outcomes = "Potrafisz opisać rolę koordynatora G-PZK.\nWiesz, jak przygotować wspólną diagnozę."
    audience = "pracownicy socjalni, członkowie G-PZK"

    class Meta:
        model = CoursePage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Lekcja {number}")
    slug = factory.Sequence(lambda number: f"lekcja-{number}")
    estimated_minutes = 20
    body = "[]"

    class Meta:
        model = LessonPage

"""The generated site of the listing and search benchmarks: news items, events and model documents
bulk-created over the 15 region pages and the years 2018–2025, deterministic for a given seed.

``Content().prepare()`` makes sure the news index, event index and document library exist under the Polish
home page, removes any news, events or documents load_demo made (the counts are exact) and makes the shared
objects (categories, images, files, tags); ``add(kind, start, stop)`` adds items ``start`` … ``stop - 1``.
"""

import datetime
import hashlib
import io
import random

import harness
import project

SEED = 20180101
# The year range of the content (the issue: 2018–2025).
FIRST_YEAR, LAST_YEAR = 2018, 2025

TOPICS = [
    "Spotkanie Gminno-Powiatowego Zespołu Kooperacji",
    "Szkolenie dla koordynatorów kooperacji",
    "Konferencja makroregionalna",
    "Warsztaty dla pracowników socjalnych",
    "Konsultacje modelu kooperacji",
    "Wizyta studyjna w ośrodku pomocy społecznej",
    "Podsumowanie pilotażu w gminie",
    "Seminarium o współpracy ze szkołami",
    "Debata o wsparciu rodzin",
    "Forum organizacji pozarządowych",
]
PLACES = ["Kielce", "Rzeszów", "Lublin", "Toruń", "Katowice", "Białystok", "Opole", "Olsztyn", "Łódź", "Poznań"]
TAGS = [
    "kooperacja",
    "szkolenia",
    "konferencja",
    "gminy wiejskie",
    "gminy miejskie",
    "pomoc społeczna",
    "rodzina",
    "edukacja",
    "zdrowie",
    "policja",
    "sądy",
    "NGO",
    "pilotaż",
    "rekomendacje",
    "badania",
    "konsultacje",
    "dobre praktyki",
    "wolontariat",
    "seniorzy",
    "młodzież",
]
CATEGORIES = [
    ("model-kooperacji", "Model kooperacji"),
    ("raport-z-badan", "Raport z badań"),
    ("rekomendacje", "Rekomendacje"),
    ("materialy-szkoleniowe", "Materiały szkoleniowe"),
]

# The smallest valid one-page PDF: the shared file of every document.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \n"
    b"trailer<</Size 4/Root 1 0 R>>\nstartxref\n166\n%%EOF\n"
)


def random_date(rng, first=datetime.date(FIRST_YEAR, 1, 1), last=datetime.date(LAST_YEAR, 12, 31)):
    return first + datetime.timedelta(days=rng.randrange((last - first).days + 1))


def day_in_year(rng, cycle):
    """A day of year 2018 + cycle mod 8: each region's items run through all the years."""
    year = FIRST_YEAR + cycle % (LAST_YEAR - FIRST_YEAR + 1)
    return random_date(rng, datetime.date(year, 1, 1), datetime.date(year, 12, 31))


def published_at(day, rng):
    from django.utils import timezone

    moment = datetime.datetime.combine(day, datetime.time(8 + rng.randrange(9), rng.randrange(60)))
    return timezone.make_aware(moment)


class Content:
    """The bench site's fixed parts (home, regions, indexes, categories, images, files, tags)."""

    def __init__(self):
        from django.contrib.contenttypes.models import ContentType

        self.home = project.HomePage.objects.get(locale__language_code="pl", depth=2)
        self.regions = list(project.RegionPage.objects.child_of(self.home).order_by("path"))
        self.content_types = {
            model: ContentType.objects.get_for_model(model)
            for model in (project.NewsPage, project.EventPage, project.ModelDocumentPage)
        }

    # Set-up ------------------------------------------------------------------------------------------

    def prepare(self):
        """Index pages, no demo items, categories, images, files and tags; returns what it did."""
        from wagtail.models import Page

        done = []
        for model, title, slug in (
            (project.NewsIndexPage, "Aktualności", "aktualnosci"),
            (project.EventIndexPage, "Wydarzenia", "wydarzenia"),
            (project.DocumentLibraryPage, "Dokumenty", "dokumenty"),
        ):
            if not model.objects.child_of(self.home).exists():
                page = model(title=title, slug=slug)
                self.home.add_child(instance=page)
                page.save_revision().publish()
                done.append(f"created {model.__name__} /{slug}/")
            else:
                done.append(f"{model.__name__} made by load_demo: {model.objects.child_of(self.home).get().url_path}")
        demo_items = list(
            Page.objects.type(project.NewsPage, project.EventPage, project.ModelDocumentPage).order_by(
                "-depth", "-path"
            )
        )
        for page in demo_items:
            page.specific.delete()
        if demo_items:
            done.append(f"removed {len(demo_items)} news/events/documents made by load_demo (exact counts)")
        self.make_fixtures()
        return done

    def make_fixtures(self):
        from django.core.files.base import ContentFile
        from PIL import Image, ImageDraw
        from taggit.models import Tag

        self.categories = []
        for order, (slug, name) in enumerate(CATEGORIES):
            category, _created = project.DocumentCategory.objects.get_or_create(
                slug=slug, locale=self.home.locale, defaults={"name": name, "sort_order": order}
            )
            self.categories.append(category)

        self.images = []
        for number in range(12):
            image = Image.new("RGB", (1200, 675), (30 + number * 15, 90, 160 - number * 8))
            ImageDraw.Draw(image).ellipse((300, 100, 900, 575), fill=(240, 200 - number * 10, 60))
            buffer = io.BytesIO()
            image.save(buffer, "PNG")
            data = buffer.getvalue()
            portal_image = project.PortalImage(
                title=f"Zdjęcie z wydarzenia {number + 1}",
                alt_text=f"Uczestnicy spotkania numer {number + 1} przy wspólnym stole",
                file=ContentFile(data, name=f"bench-{number + 1}.png"),
                file_size=len(data),
                file_hash=hashlib.sha1(data).hexdigest(),
            )
            portal_image.save()
            self.images.append(portal_image)

        self.documents = []
        for language, title in (("pl", "Model kooperacji – pełna wersja"), ("en", "Cooperation model – summary")):
            document = project.PortalDocument(
                title=title,
                file=ContentFile(PDF, name=f"model-kooperacji-{language}.pdf"),
                file_size=len(PDF),
                file_hash=hashlib.sha1(PDF).hexdigest(),
                language=language,
                is_accessible_version=language == "pl",
            )
            document.save()
            self.documents.append(document)

        Tag.objects.bulk_create(
            [Tag(name=name, slug=name.replace(" ", "-").lower()) for name in TAGS], ignore_conflicts=True
        )
        self.tags = list(Tag.objects.filter(name__in=TAGS).order_by("pk"))

    def load_fixtures(self):
        """After switching to a copy of the database: the same objects, read back."""
        from taggit.models import Tag

        self.categories = list(project.DocumentCategory.objects.filter(locale=self.home.locale).order_by("sort_order"))
        self.images = list(project.PortalImage.objects.filter(title__startswith="Zdjęcie z wydarzenia").order_by("pk"))
        self.documents = list(
            project.PortalDocument.objects.filter(file__startswith="documents/model-kooperacji").order_by("pk")
        )
        self.tags = list(Tag.objects.filter(name__in=TAGS).order_by("pk"))

    # Bulk creation ---------------------------------------------------------------------------------

    def bulk_add_children(self, model, items):
        """Add live pages of ``model`` under their parents without one save per page.

        ``items`` are ``(parent, slug, title, published, specific_fields)``. Tree paths follow
        treebeard's scheme (``Page._get_path``) after each parent's current last child; the base
        ``wagtailcore_page`` rows are bulk-created, then the specific rows (Django refuses
        ``bulk_create`` on a multi-table child, so its batched insert is used on the child's own
        fields), then each parent's ``numchild`` is recounted. No revisions and no search-index
        entries are made: the listings under test use neither.
        """
        from django.db import transaction
        from wagtail.models import Page

        content_type = self.content_types[model]
        by_parent = {}
        for item in items:
            by_parent.setdefault(item[0].pk, []).append(item)
        with transaction.atomic():
            base_rows, specifics = [], []
            for parent_pk, children in by_parent.items():
                parent = Page.objects.get(pk=parent_pk)
                last = (
                    Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                    .order_by("-path")
                    .values_list("path", flat=True)
                    .first()
                )
                step = Page._str2int(last[-Page.steplen :]) if last else 0
                for _parent, slug, title, published, fields in children:
                    step += 1
                    base_rows.append(
                        Page(
                            path=Page._get_path(parent.path, parent.depth + 1, step),
                            depth=parent.depth + 1,
                            numchild=0,
                            title=title,
                            draft_title=title,
                            slug=slug,
                            content_type_id=content_type.pk,
                            locale_id=parent.locale_id,
                            live=True,
                            has_unpublished_changes=False,
                            first_published_at=published,
                            last_published_at=published,
                            url_path=f"{parent.url_path}{slug}/",
                        )
                    )
                    specifics.append(fields)
            Page.objects.bulk_create(base_rows, batch_size=500)
            objects = []
            for row, fields in zip(base_rows, specifics, strict=True):
                assert row.pk, "the database did not return the ids of the new pages"
                objects.append(
                    model(
                        id=row.pk,
                        page_ptr_id=row.pk,
                        content_type_id=content_type.pk,
                        locale_id=row.locale_id,
                        **fields,
                    )
                )
            model.objects.all()._batched_insert(objects, model._meta.local_concrete_fields, batch_size=500)
            for parent_pk in by_parent:
                parent = Page.objects.get(pk=parent_pk)
                numchild = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).count()
                Page.objects.filter(pk=parent_pk).update(numchild=numchild)
        return base_rows

    def add(self, kind, start, stop):
        """Items number ``start`` … ``stop - 1`` of a kind (news, events, documents), deterministic."""
        if stop <= start:
            return []
        return getattr(self, f"add_{kind}")(start, stop)

    def add_news(self, start, stop):
        from wagtail.rich_text import RichText

        rng = random.Random(SEED + start)
        items, tags_of = [], []
        for number in range(start, stop):
            region = self.regions[number % len(self.regions)]
            day = day_in_year(rng, number // len(self.regions))
            topic = TOPICS[number % len(TOPICS)]
            title = f"{topic} ({region.slug}, nr {number + 1})"
            fields = {
                "date": day,
                "lead": f"{topic}: {rng.choice(PLACES)}, {day:%d.%m.%Y}. Relacja zespołu projektu dla mieszkańców gmin.",
                "image_id": self.images[number % len(self.images)].pk if number % 3 else None,
                "body": [
                    (
                        "paragraph",
                        RichText(
                            f"<p>{topic} zgromadziło przedstawicieli ośrodków pomocy społecznej, szkół i policji.</p>"
                        ),
                    ),
                    (
                        "paragraph",
                        RichText("<p>Uczestnicy omówili <b>model kooperacji</b> i zaplanowali kolejne kroki.</p>"),
                    ),
                ],
            }
            items.append((region, f"aktualnosc-{number + 1:05d}", title, published_at(day, rng), fields))
            tags_of.append(rng.sample(self.tags, 1 + number % 2))
        rows = self.bulk_add_children(project.NewsPage, items)
        project.NewsPageTag.objects.bulk_create(
            [
                project.NewsPageTag(content_object_id=row.pk, tag=tag)
                for row, tags in zip(rows, tags_of, strict=True)
                for tag in tags
            ],
            batch_size=1000,
        )
        return rows

    def add_events(self, start, stop):
        from django.utils import timezone

        rng = random.Random(SEED + 1 + start)
        today = timezone.localdate()
        items = []
        for number in range(start, stop):
            region = self.regions[number % len(self.regions)]
            if number % 5 == 4:  # a fifth in the coming year: the upcoming listing has content
                day = today + datetime.timedelta(days=1 + rng.randrange(365))
            else:
                day = day_in_year(rng, number // len(self.regions))
            multi_day = number % 7 == 0
            whole_day = number % 6 == 0
            start_time = None if whole_day else datetime.time(9 + rng.randrange(8), rng.choice((0, 15, 30)))
            topic = TOPICS[(number + 3) % len(TOPICS)]
            fields = {
                "start_date": day,
                "start_time": start_time,
                "end_date": day + datetime.timedelta(days=1 + rng.randrange(2)) if multi_day else None,
                "end_time": datetime.time(start_time.hour + 2, start_time.minute)
                if start_time and number % 2
                else None,
                "whole_day": whole_day,
                "summary": f"{topic} dla członków zespołów kooperacyjnych z województwa. Zapraszamy.",
                "place_name": "" if number % 4 == 3 else f"Sala konferencyjna ROPS, {rng.choice(PLACES)}",
                "is_online": number % 4 == 3,
                "organiser": "Regionalny Ośrodek Polityki Społecznej",
                "audience": "członkowie G-PZK, pracownicy socjalni",
                "registration_info": "<p>Zapisy przez formularz na stronie.</p>",
                "agenda": [],
            }
            title = f"{topic} – wydarzenie nr {number + 1}"
            published = published_at(min(day, today) - datetime.timedelta(days=30), rng)
            items.append((region, f"wydarzenie-{number + 1:05d}", title, published, fields))
        return self.bulk_add_children(project.EventPage, items)

    def add_documents(self, start, stop):

        rng = random.Random(SEED + 2 + start)
        items = []
        for number in range(start, stop):
            region = self.regions[number % len(self.regions)]
            day = day_in_year(rng, number // len(self.regions))
            category = self.categories[number % len(self.categories)]
            fields = {
                "category_id": category.pk,
                "version_label": f"wersja {1 + number % 3}.{number % 10}",
                "version_date": day,
                "summary": f"{category.name}: dokument opracowany przez zespół projektu dla gmin i powiatów.",
            }
            title = f"{category.name} – dokument nr {number + 1}"
            items.append((region, f"dokument-{number + 1:05d}", title, published_at(day, rng), fields))
        rows = self.bulk_add_children(project.ModelDocumentPage, items)
        files = []
        for index, row in enumerate(rows):
            files.append(
                project.ModelDocumentFile(
                    page_id=row.pk, document=self.documents[0], label="Pełna wersja", sort_order=0
                )
            )
            if index % 3 == 0:
                files.append(
                    project.ModelDocumentFile(page_id=row.pk, document=self.documents[1], label="", sort_order=1)
                )
        project.ModelDocumentFile.objects.bulk_create(files, batch_size=1000)
        return rows

    def counts(self):

        return {
            "news": project.NewsPage.objects.live().count(),
            "events": project.EventPage.objects.live().count(),
            "documents": project.ModelDocumentPage.objects.live().count(),
        }


def verify_pages(port, models=None):
    """The first and the last bulk-created page of each kind are served, with their title."""
    from django.utils.html import escape

    client = harness.test_client(port)
    for model in models or (project.NewsPage, project.EventPage, project.ModelDocumentPage):
        for page in (model.objects.order_by("pk").first(), model.objects.order_by("pk").last()):
            response = client.get(page.get_url())
            if response.status_code != 200 or escape(page.title) not in response.content.decode():
                raise SystemExit(
                    f"{page.get_url()} ({model.__name__}) answered {response.status_code} without its title"
                )

"""Builds the demo portal. Every step finds what exists before creating, so running twice changes nothing."""

import datetime
import json
import secrets
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Collection, Locale, Page, Site

from courses.exercises.empowerment import default_definition
from courses.models import CoursePage, LessonPage
from demo import content, images, learners, pdfs
from demo.courses_content import COURSES
from demo.documents_content import CATEGORIES, DOCUMENTS
from demo.events_content import EVENTS
from demo.news_content import NEWS, TAGS
from demo.regions import PROJECTS, REGIONS, region_introduction
from home.models import HomePage
from news.models import EventPage, EventRelatedDocument, NewsGalleryImage, NewsPage, NewsRelatedLink
from portal.governance import editors_group_name, moderators_group_name, setup_governance, shared_collection
from portal.images import reencode
from portal.localize import translate_page
from portal.models import (
    AccessibilityStatementPage,
    DocumentCategory,
    FooterLink,
    ModelDocumentFile,
    ModelDocumentPage,
    PortalDocument,
    PortalImage,
    PortalSettings,
    Profile,
    Project,
    Region,
    RegionPage,
    StandardPage,
)

LANGUAGES = ["pl", "en", "uk"]
# Bytes of the drawn images and rendered PDFs by file name: each is made once per process (tests load
# the demo many times; the drawing is the same every time).
RENDERED = {}
POLISH_LETTERS = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


# The demo's editor and moderator accounts: redaktor.<slug> and moderator.<slug>.
DEMO_STAFF_REGIONS = ["swietokrzyskie", "podlaskie"]


def lesson_block(kind, value):
    """A lesson block in StreamField's JSON form from the compact form used in courses_content.py."""
    if kind == "heading":
        value = {"text": value, "level": "h2"}
    elif kind == "empowerment" and value == "DEFAULT":
        value = default_empowerment_block()
    elif kind == "quiz":
        questions = [
            {**question, "answers": [dict(answer) for answer in question["answers"]]} for question in value["questions"]
        ]
        value = {**value, "questions": questions}
    return {"type": kind, "value": value}


def default_empowerment_block():
    """The ready self-assessment of courses.exercises.empowerment as the value of an empowerment block."""
    definition = default_definition()
    return {
        "title": definition["title"],
        "instructions": "<p>Przy każdym stwierdzeniu wybierz, na ile się z nim zgadzasz.</p>",
        "scale_max": definition["scale"]["max"],
        "min_label": definition["scale"]["min_label"],
        "max_label": definition["scale"]["max_label"],
        "dimensions": [
            {
                "title": dimension["title"],
                "description": dimension.get("description", ""),
                "statements": [{"text": item["text"], "reverse": item["reverse"]} for item in dimension["statements"]],
            }
            for dimension in definition["dimensions"]
        ],
        "reflection_questions": [question["text"] for question in definition["reflection_questions"]],
    }


def slug_for(text, max_length=80):
    """An ASCII slug of a Polish title ("Spotkanie w Łodzi" → "spotkanie-w-lodzi"), cut at a word."""
    slug = slugify(text.translate(POLISH_LETTERS))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug


class DemoBuilder:
    def __init__(self, stdout=None, admin_password=None):
        self.stdout = stdout
        self.admin_password = admin_password
        self.created = []
        self.illustrations = {}

    def log(self, message):
        self.created.append(message)
        if self.stdout:
            self.stdout.write(f"  + {message}")

    @transaction.atomic
    def build(self):
        locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
        projects = self.build_projects()
        regions = self.build_regions(projects)
        home = self.build_home(locales["pl"])
        about = self.build_standard_page(home, content.ABOUT, show_in_menus=True)
        contact = self.build_standard_page(home, content.CONTACT, show_in_menus=True)
        indexes = [self.build_index(home, data, before=contact) for data in content.INDEXES]
        region_pages = {region.slug: self.build_region_page(home, region) for region in regions}
        statement = self.build_statement(home)
        self.build_home_highlights(home, about, contact)
        self.build_settings(home, about, contact)
        categories = self.build_categories(locales)
        documents = self.build_documents(region_pages, categories)
        self.build_news(region_pages)
        self.build_events(region_pages, documents)
        course_index = next(page for page in indexes if page.specific_class.__name__ == "CourseIndexPage")
        self.build_courses(course_index.specific)
        home_en = self.translate(home, locales["en"], content.HOME_EN)
        self.translate(about, locales["en"], content.ABOUT_EN)
        self.build_statement_translation(statement, home_en, locales["en"])
        for page, data in zip(indexes, content.INDEXES, strict=True):
            self.translate(page, locales["en"], content.index_translation(data))
        report = setup_governance()
        if report.added:
            self.log(f"groups, collections, permissions and workflows of the regions ({len(report.added)} items)")
        learners.build_teams(self.log)
        password = self.build_admin()
        if password:
            self.build_demo_staff(password)
            learners.build_learners(password, self.log)
        return password

    # Taxonomy -------------------------------------------------------------------------------------

    def build_projects(self):
        projects = {}
        for data in PROJECTS:
            project, created = Project.objects.get_or_create(
                slug=data["slug"],
                defaults={
                    "name": data["name"],
                    "municipality_type": data["municipality_type"],
                    "description": data["description"],
                },
            )
            if created:
                self.log(f"project {project.name}")
            projects[project.slug] = project
        return projects

    def build_regions(self, projects):
        regions = []
        for slug, voivodeship, name, short_name, city, project_slug in REGIONS:
            region, created = Region.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "short_name": short_name,
                    "voivodeship": voivodeship,
                    "city": city,
                    "address": f"{city}, województwo {voivodeship}",
                    "email": f"kooperacja.{slug}@example.org",
                    "project": projects[project_slug],
                },
            )
            if created:
                self.log(f"region {region.short_name}")
            regions.append(region)
        for data in PROJECTS:
            project = projects[data["slug"]]
            if project.lead_region is None:
                project.lead_region = Region.objects.get(slug=data["lead"])
                project.save(update_fields=["lead_region"])
        return regions

    # Pages ----------------------------------------------------------------------------------------

    @staticmethod
    def stored_file(model, folder, filename, data):
        """The file for a new image or document: a file an earlier demo left in ``folder`` with exactly
        these bytes and that no record uses (the database was reset, the media folder was not), or new
        content to upload. Reusing keeps the media folder from filling up with copies on every reset."""
        storage = model._meta.get_field("file").storage
        name = f"{folder}/{filename}"
        if storage.exists(name) and not model.objects.filter(file=name).exists():
            with storage.open(name, "rb") as existing:
                if existing.read() == data:
                    return name
        return ContentFile(data, name=filename)

    def image(self, title, alt_text, draw, filename):
        """The demo image with this title; drawn (``draw()``) only when it does not exist yet.

        The demo's images (logos, the funding strip, illustrations) are the portal's own, shared by
        every region: they live in the shared collection, which every editor's chooser offers; an
        earlier demo's image left in the root collection is moved there."""
        shared = shared_collection()
        existing = PortalImage.objects.filter(title=title).first()
        if existing:
            if existing.collection_id != shared.pk and existing.collection.is_root():
                existing.collection = shared
                existing.save(update_fields=["collection"])
            return existing
        if filename not in RENDERED:
            # As stored: every image file is re-encoded on saving (portal.images), which changes a
            # re-encoded PNG no more, so stored_file finds the copy an earlier demo left.
            RENDERED[filename] = reencode(images.as_image_file(draw(), filename), filename).read()
        data = RENDERED[filename]
        image = PortalImage(
            title=title,
            alt_text=alt_text,
            file=self.stored_file(PortalImage, "original_images", filename, data),
            collection=shared,
        )
        image._set_image_file_metadata()
        image.full_clean()
        image.save()
        self.log(f"image {title}")
        return image

    def illustration(self, key):
        """One of the illustrations of images.ILLUSTRATIONS, drawn once."""
        if key not in self.illustrations:
            title, alt_text, draw = images.ILLUSTRATIONS[key]
            self.illustrations[key] = self.image(title, alt_text, draw, f"{key}.png")
        return self.illustrations[key]

    def build_home(self, locale):
        home = HomePage.objects.filter(locale=locale, depth=2).first()
        if home is None:
            root = Page.get_first_root_node()
            hero = self.image(
                "Ilustracja: kooperacja instytucji",
                "Ilustracja: pięć nachodzących na siebie kolorowych kół wokół jasnego środka – "
                "instytucje, które spotykają się wokół jednej rodziny",
                lambda: images.cooperation_circles(seed=1),
                "kooperacja.png",
            )
            home = HomePage(
                title=content.HOME["title"],
                slug="strona-glowna",
                locale=locale,
                hero_heading=content.HOME["hero_heading"],
                hero_text=content.HOME["hero_text"],
                hero_image=hero,
                introduction=content.HOME["introduction"],
                search_description=content.HOME["search_description"],
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            self.log("home page")
        # Point the default site at the portal's home and drop Wagtail's welcome page.
        # The site's address comes from WAGTAILADMIN_BASE_URL, so canonical and sitemap URLs are right.
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        if site.root_page_id != home.pk:
            old_root = site.root_page if site.pk else None
            site.root_page = home
            site.site_name = "Portal Kooperacji"
            site.hostname = address.hostname or "localhost"
            site.port = address.port or (443 if address.scheme == "https" else 80)
            site.save()
            self.log(f"site {site.root_url}")
            if old_root and old_root.specific_class is Page and not old_root.get_children().exists():
                old_root.delete()
        return home

    def build_standard_page(self, parent, data, show_in_menus=False):
        page = StandardPage.objects.child_of(parent).filter(slug=data["slug"]).first()
        if page:
            return page
        page = StandardPage(
            title=data["title"],
            slug=data["slug"],
            introduction=data["introduction"],
            listing_summary=data["listing_summary"],
            body=[self.with_images(block) for block in data["body"]],
            show_in_menus=show_in_menus,
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.log(f"page {page.title}")
        return page

    def with_images(self, block):
        """Replace the placeholder name of a demo image in an image block with the image itself."""
        block_type, value = block
        if block_type == "image" and isinstance(value["image"], str):
            value = {**value, "image": self.demo_image(value["image"])}
        return block_type, value

    def demo_image(self, name):
        drawings = {
            "about-illustration": (
                "Ilustracja: instytucje wokół rodziny",
                "Ilustracja: kolorowe koła przedstawiające instytucje, które nachodzą na siebie wokół wspólnego środka",
                lambda: images.cooperation_circles(seed=7, width=1200, height=675),
            )
        }
        title, alt_text, draw = drawings[name]
        return self.image(title, alt_text, draw, f"{name}.png")

    def build_index(self, home, data, before):
        """A site-wide index page (news, events, documents), placed in the menu before ``before``."""
        model = apps.get_model(data["model"])
        page = model.objects.child_of(home).first()
        if page:
            return page
        page = model(title=data["title"], slug=data["slug"], introduction=data["introduction"], show_in_menus=True)
        home.add_child(instance=page)
        page.save_revision().publish()
        # New children come last; the menu follows the tree order. Earlier moves shift the paths, so the
        # target is read afresh.
        page.move(Page.objects.get(pk=before.pk), pos="left")
        page.refresh_from_db()
        self.log(f"index page {page.title}")
        return page

    def build_region_page(self, home, region):
        page = RegionPage.objects.child_of(home).filter(region=region).first()
        if page:
            return page
        project = region.project
        page = RegionPage(
            title=f"Województwo {region.voivodeship}",
            slug=region.slug,
            region=region,
            introduction=region_introduction(
                region.name, region.voivodeship, project.name, project.lead_region_id == region.pk
            ),
            listing_summary=f"Aktualności, wydarzenia i dokumenty: {region.short_name}.",
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        self.log(f"region page {page.title}")
        return page

    def build_statement(self, home):
        page = AccessibilityStatementPage.objects.child_of(home).first()
        if page:
            return page
        page = AccessibilityStatementPage(**content.STATEMENT)
        home.add_child(instance=page)
        page.save_revision().publish()
        self.log("accessibility statement")
        return page

    def build_statement_translation(self, statement, home_en, locale):
        if statement.get_translation_or_none(locale):
            return
        translation = statement.copy_for_translation(locale)
        for field, value in content.STATEMENT_EN.items():
            setattr(translation, field, value)
        translation.save_revision().publish()
        self.log("accessibility statement (en)")

    def build_home_highlights(self, home, about, contact):
        if home.highlights:
            return
        home.highlights = [
            (
                "highlight",
                {
                    "page": about,
                    "title": "Poznaj projekty",
                    "text": "Trzy projekty, piętnaście województw, jeden cel: skuteczna pomoc rodzinie.",
                    "image": None,
                },
            ),
            (
                "highlight",
                {
                    "page": contact,
                    "title": "Napisz do nas",
                    "text": "Masz pytanie o model lub chcesz dołączyć do konsultacji? Skontaktuj się z zespołem portalu.",
                    "image": None,
                },
            ),
        ]
        home.save_revision().publish()
        self.log("home page highlights")

    def build_settings(self, home, about, contact):
        site = Site.objects.get(is_default_site=True)
        portal_settings = PortalSettings.for_site(site)
        if portal_settings.organisation_name:
            return
        for field, value in content.SITE_SETTINGS.items():
            setattr(portal_settings, field, value)
        portal_settings.funding_image = self.image(
            "Znaki funduszy europejskich",
            content.SITE_SETTINGS["funding_image_alt"],
            images.funding_strip,
            "znaki-fe.png",
        )
        portal_settings.save()
        for order, page in enumerate([about, contact]):
            FooterLink.objects.create(settings=portal_settings, page=page, sort_order=order)
        self.log("portal settings")

    # Documents, news and events -------------------------------------------------------------------

    def build_categories(self, locales):
        categories = {}
        for order, (slug, name, name_en) in enumerate(CATEGORIES, start=1):
            category, created = DocumentCategory.objects.get_or_create(
                slug=slug, locale=locales["pl"], defaults={"name": name, "sort_order": order}
            )
            if created:
                self.log(f"document category {name}")
            if category.get_translation_or_none(locales["en"]) is None:
                translation = category.copy_for_translation(locales["en"])
                translation.name = name_en
                translation.save()
                self.log(f"document category {name_en} (en)")
            categories[slug] = category
        return categories

    def build_documents(self, region_pages, categories):
        """Model documents with real PDF files; returns them by slug."""
        documents = {}
        for data in DOCUMENTS:
            parent = region_pages[data["region"]]
            page = ModelDocumentPage.objects.child_of(parent).filter(slug=data["slug"]).first()
            if page is None:
                page = ModelDocumentPage(
                    title=data["title"],
                    slug=data["slug"],
                    category=categories[data["category"]],
                    version_label=data["version_label"],
                    version_date=data["version_date"],
                    summary=data["summary"],
                )
                page.files = [
                    ModelDocumentFile(
                        document=self.pdf_document(data, file, parent.region), label=file["label"], sort_order=order
                    )
                    for order, file in enumerate(data["files"])
                ]
                parent.add_child(instance=page)
                page.save_revision().publish()
                self.log(f"document {page.title}")
            documents[data["slug"]] = page
        return documents

    def pdf_document(self, data, file, region):
        """The PortalDocument of one file of a model document: a short PDF written by WeasyPrint."""
        existing = PortalDocument.objects.filter(title=file["title"]).first()
        if existing:
            return existing
        if file["filename"] not in RENDERED:
            RENDERED[file["filename"]] = pdfs.render_pdf(
                title=file["title"],
                version=data["version_label"],
                organisation=data.get("organisation", region.name),
                project=region.project.name,
                date=data["version_date"],
                sections=file["sections"],
                language=file.get("language", "pl"),
                accessible=file.get("accessible", False),
            )
        pdf = RENDERED[file["filename"]]
        document = PortalDocument(
            title=file["title"],
            file=self.stored_file(PortalDocument, "documents", file["filename"], pdf),
            language=file.get("language", "pl"),
            is_accessible_version=file.get("accessible", False),
            collection=Collection.get_first_root_node(),
        )
        document._set_document_file_metadata()
        document.save()
        self.log(f"file {document.filename}")
        return document

    def build_tags(self):
        """The shared tag vocabulary, with ASCII slugs ("Szkoła Kooperacji" → "szkola-kooperacji")."""
        for name in TAGS:
            Tag.objects.get_or_create(name=name, defaults={"slug": slug_for(name)})

    def build_news(self, region_pages):
        self.build_tags()
        by_slug = {}
        for data in NEWS:
            parent = region_pages[data["region"]]
            slug = data.get("slug") or slug_for(data["title"])
            page = NewsPage.objects.child_of(parent).filter(slug=slug).first()
            if page is None:
                page = NewsPage(
                    title=data["title"],
                    slug=slug,
                    date=data["date"],
                    lead=data["lead"],
                    body=data["body"],
                    image=self.illustration(data["image"]) if data.get("image") else None,
                )
                page.tags.add(*data["tags"])
                page.gallery_images = [
                    NewsGalleryImage(image=self.illustration(key), caption=caption, sort_order=order)
                    for order, (key, caption) in enumerate(data.get("gallery", []))
                ]
                page.related_links = [
                    NewsRelatedLink(page=by_slug[related], sort_order=order)
                    for order, related in enumerate(data.get("related", []))
                ]
                parent.add_child(instance=page)
                page.save_revision().publish()
                self.log(f"news {page.title}")
            by_slug[slug] = page

    def build_events(self, region_pages, documents):
        today = timezone.localdate()

        def day(value):
            # A number of days from today keeps upcoming events upcoming whenever the demo is loaded.
            return today + datetime.timedelta(days=value) if isinstance(value, int) else value

        fields = ["title", "slug", "summary", "start_time", "end_time", "whole_day", "place_name", "address"]
        fields += ["is_online", "organiser", "audience", "registration_info", "agenda", "body"]
        fields += ["contact_name", "contact_email", "contact_phone", "event_url"]
        for data in EVENTS:
            parent = region_pages[data["region"]]
            if EventPage.objects.child_of(parent).filter(slug=data["slug"]).exists():
                continue
            page = EventPage(
                **{field: data[field] for field in fields if field in data},
                start_date=day(data["start_date"]),
                end_date=day(data.get("end_date")),
                registration_deadline=day(data.get("registration_deadline")),
            )
            page.related_documents = [
                EventRelatedDocument(document=documents[slug], sort_order=order)
                for order, slug in enumerate(data.get("related_documents", []))
            ]
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.log(f"event {page.title}")

    # Translations through wagtail-localize ---------------------------------------------------------

    def translate(self, page, locale, strings):
        existing = page.get_translation_or_none(locale)
        if existing:
            return existing
        translation = translate_page(page, locale, strings)
        self.log(f"translation {page.title} ({locale.language_code})")
        return translation

    # Szkoła Kooperacji -----------------------------------------------------------------------------

    def build_courses(self, index):
        by_slug = {}
        for data in COURSES:
            course = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
            if course is None:
                course = CoursePage(
                    title=data["title"],
                    slug=data["slug"],
                    summary=data["summary"],
                    listing_summary=data["summary"][:300],
                    outcomes="\n".join(data["outcomes"]),
                    audience=data["audience"],
                    issues_certificate=data["certificate"],
                    pass_threshold=data["pass_threshold"],
                )
                index.add_child(instance=course)
                course.save_revision().publish()
                for lesson in data["lessons"]:
                    page = LessonPage(
                        title=lesson["title"],
                        slug=lesson["slug"],
                        estimated_minutes=lesson["estimated_minutes"],
                        completion=lesson["completion"],
                        body=json.dumps([lesson_block(kind, value) for kind, value in lesson["body"]]),
                    )
                    course.add_child(instance=page)
                    page.save_revision().publish()
                self.log(f"course {course.title} ({len(data['lessons'])} lessons)")
            by_slug[data["slug"]] = course
        for data in COURSES:
            course = by_slug[data["slug"]]
            wanted = [by_slug[slug] for slug in data["prerequisites"]]
            if {page.pk for page in course.prerequisites.all()} != {page.pk for page in wanted}:
                course.prerequisites.set(wanted)
                course.save_revision().publish()

    # Users ----------------------------------------------------------------------------------------

    def build_admin(self):
        User = get_user_model()
        if User.objects.filter(username="admin").exists():
            return None
        password = self.admin_password or secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@example.org", password)
        self.log("administrator account 'admin'")
        return password

    def build_demo_staff(self, password):
        """An editor and a moderator for two regions, with the administrator's password."""
        User = get_user_model()
        for slug in DEMO_STAFF_REGIONS:
            region = Region.objects.get(slug=slug)
            for role, group_name in (("redaktor", editors_group_name), ("moderator", moderators_group_name)):
                username = f"{role}.{slug}"
                if User.objects.filter(username=username).exists():
                    continue
                user = User.objects.create_user(username, f"{username}@example.org", password)
                user.groups.add(Group.objects.get(name=group_name(region)))
                Profile.objects.create(user=user, region=region)
                self.log(f"{role} account '{username}' ({region.short_name})")

"""Builds the demo portal. Every step finds what exists before creating, so running twice changes nothing."""

import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from portal.demo import content, images
from portal.demo.regions import PROJECTS, REGIONS, region_introduction
from portal.localize import translate_page
from portal.models import (
    AccessibilityStatementPage,
    FooterLink,
    PortalImage,
    PortalSettings,
    Project,
    Region,
    RegionPage,
    StandardPage,
)

LANGUAGES = ["pl", "en", "uk"]


class DemoBuilder:
    def __init__(self, stdout=None, admin_password=None):
        self.stdout = stdout
        self.admin_password = admin_password
        self.created = []

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
        for region in regions:
            self.build_region_page(home, region)
        statement = self.build_statement(home)
        self.build_home_highlights(home, about, contact)
        self.build_settings(home, about, contact)
        home_en = self.translate(home, locales["en"], content.HOME_EN)
        self.translate(about, locales["en"], content.ABOUT_EN)
        self.build_statement_translation(statement, home_en, locales["en"])
        admin_created = self.build_admin()
        return admin_created

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

    def image(self, title, alt_text, draw, filename):
        """The demo image with this title; drawn (``draw()``) only when it does not exist yet."""
        existing = PortalImage.objects.filter(title=title).first()
        if existing:
            return existing
        image = PortalImage(title=title, alt_text=alt_text, file=images.as_image_file(draw(), filename))
        image.full_clean(exclude=["file_hash", "file_size"])
        image.save()
        self.log(f"image {title}")
        return image

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

    # Translations through wagtail-localize ---------------------------------------------------------

    def translate(self, page, locale, strings):
        existing = page.get_translation_or_none(locale)
        if existing:
            return existing
        translation = translate_page(page, locale, strings)
        self.log(f"translation {page.title} ({locale.language_code})")
        return translation

    # Users ----------------------------------------------------------------------------------------

    def build_admin(self):
        User = get_user_model()
        if User.objects.filter(username="admin").exists():
            return None
        password = self.admin_password or secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@example.org", password)
        self.log("administrator account 'admin'")
        return password

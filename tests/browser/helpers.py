"""Helpers the real-browser tests share: signing in as the demo's users, axe-core and reflow checks, and
the demo lessons the tests open. Project modules are imported inside the functions, as in the tests, so
this module imports without Django set up."""

from axe_playwright_python.sync_playwright import Axe

DEMO_ADMIN_PASSWORD = "browser-tests-demo-password"  # load_demo gives it to the demo's users (see conftest)
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
EDITOR = "redaktor.swietokrzyskie"  # made by load_demo, with the administrator's password
LEARNER = "uczestnik.podlaskie"  # made by load_demo: enrolled in "Kooperacja w praktyce", one lesson done
DATA_MIGRATION_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("wagtail_localize", "translation", "submit_translation", "Can submit translations"),
]


def log_in(page, username):
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", DEMO_ADMIN_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def sign_in(page, username):
    """Sign in through the portal's own page with the keyboard, as a learner would."""
    page.goto("/konto/logowanie/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", DEMO_ADMIN_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/konto/szkolenia/")


def assert_no_violations(page, what):
    result = Axe().run(page, options=WCAG)
    assert result.response["passes"], f"{what}: axe-core checked nothing"
    details = [
        f"{violation['id']}: {node['target']} {node['html'][:200]}"
        for violation in result.response["violations"]
        for node in violation["nodes"]
    ]
    assert result.violations_count == 0, "\n".join(details)


# Reflow (WCAG 1.4.10), which axe-core does not check: at 320 CSS px nothing may scroll sideways.
REFLOW_WIDTH = 320
WIDE_ELEMENTS = """(width) => [...document.querySelectorAll("body *")]
    .filter((element) => element.getBoundingClientRect().right > width + 0.5 && !element.closest(".table-wrapper"))
    .slice(-5)
    .map((element) => `${element.tagName.toLowerCase()}.${element.className} ${element.textContent.trim().slice(0, 40)}`)"""


def assert_reflows(page, label):
    """The page (already at REFLOW_WIDTH) does not scroll sideways; the message names what sticks out."""
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= REFLOW_WIDTH, (
        f"{label}: {scroll_width}px wide at a {REFLOW_WIDTH}px viewport (WCAG 1.4.10 Reflow); too wide: "
        f"{page.evaluate(WIDE_ELEMENTS, REFLOW_WIDTH)}"
    )


def smart_lesson_url():
    from django.contrib.auth import get_user_model

    from courses import learning
    from courses.models import CoursePage, LessonPage

    course = CoursePage.objects.get(slug="cele-smart")
    learning.enrol(get_user_model().objects.get(username=LEARNER), course)
    return LessonPage.objects.live().child_of(course).get(completion="exercise").url


def quiz_lesson_url():
    """A lesson with a quiz in the course the demo learner is enrolled in."""
    from courses.models import LessonPage

    lessons = LessonPage.objects.live().filter(completion="quiz", url_path__contains="/kooperacja-w-praktyce/")
    return lessons.order_by("path").first().url


def ensure_tree_roots():
    """Wagtail's root page and root collection and the permissions that migrations create and a flush deletes.

    ``transactional_db`` empties the database after every test. Django's serialized rollback cannot be
    relied on to put the migrations' rows back here: Playwright's sync API runs an event loop in the test
    thread, and Django then hands out a different connection object (asgiref's ``Local`` switches to
    context storage) that lacks the serialized copy taken when the test database was created.
    """
    from django.conf import settings
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page

    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not Page.objects.exists():
        locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    # Two permissions come from data migrations (Wagtail's admin, wagtail-localize), not from models.
    for app_label, model, codename, name in DATA_MIGRATION_PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})

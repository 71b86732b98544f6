"""Helpers the real-browser tests share: signing in as the demo's users, axe-core and reflow checks, and
the demo lessons the tests open. Project modules are imported inside the functions, as in the tests, so
this module imports without Django set up."""

from axe_playwright_python.sync_playwright import Axe

DEMO_ADMIN_PASSWORD = "browser-tests-demo-password"  # load_demo gives it to the demo's users (see conftest)
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
EDITOR = "redaktor.swietokrzyskie"  # made by load_demo, with the administrator's password
LEARNER = "uczestnik.podlaskie"  # made by load_demo: enrolled in "Kooperacja w praktyce", one lesson done


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

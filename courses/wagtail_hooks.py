from django.utils.translation import gettext_lazy as _
from wagtail import hooks

# Each module registers its own admin views and menu items.
from courses.admin import certificates, exercises, reports  # noqa: F401
from courses.models import CourseIndexPage, CoursePage, Enrolment
from portal.sections import Section


@hooks.register("register_portal_sections")
def course_sections():
    # Lessons are not a section of their own: search leaves them out, their text holds the quizzes' answers.
    return [
        Section(
            name="courses",
            item_model=CoursePage,
            index_model=CourseIndexPage,
            search_key="szkolenia",
            search_label=_("Courses"),
            search_order=40,
        )
    ]


@hooks.register("register_backup_counts")
def course_backup_counts():
    return {"enrolments": Enrolment}

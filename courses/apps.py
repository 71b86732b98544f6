from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Cooperation School")

    def ready(self):
        from courses import personal_data  # noqa: F401, PLC0415  registers the "courses" and "exercises" sections of the data export

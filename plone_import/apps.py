from django.apps import AppConfig


class PloneImportConfig(AppConfig):
    """The import of the old Plone portal (manage.py import_plone): sits on top of every app;
    no runtime code imports it."""

    name = "plone_import"

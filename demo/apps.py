from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo portal (manage.py load_demo): sits on top of every app; no runtime code imports it."""

    name = "demo"

from django.apps import AppConfig


class SearchConfig(AppConfig):
    """The Polish search: the search page, and the word forms the index holds for every page.

    Its label, "search", differs from Wagtail's search app ("wagtailsearch"). It comes before
    "wagtail.search" in INSTALLED_APPS so that its ``update_index`` command shadows Wagtail's."""

    name = "search"

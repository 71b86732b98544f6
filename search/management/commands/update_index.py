"""Wagtail's ``update_index``, then the cached search results and listings are dropped.

The search page caches its results until a page is published, unpublished, moved or deleted; a rebuilt
index is a change of the same kind (this command shadows Wagtail's: "search" comes before "wagtail.search"
in INSTALLED_APPS)."""

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from portal.content_version import new_content_version


class Command(WagtailUpdateIndex):
    def handle(self, *args, **options):
        super().handle(*args, **options)
        new_content_version()

"""The sections of the site, registered by the apps that define them.

The core lists news, events, documents and courses (the home page, region pages, the navigation,
search, backups) without importing those apps: each app returns its sections from a Wagtail hook,

    @hooks.register("register_portal_sections")
    def news_sections():
        return [Section(name="news", index_model=NewsIndexPage, item_model=NewsPage, ...)]

and the core asks this module. The hooks are read once, after every app is loaded.
"""

from dataclasses import dataclass
from functools import cache

from wagtail import hooks

HOOK = "register_portal_sections"


@dataclass(frozen=True)
class Section:
    """One kind of content that the core lists.

    ``name`` is what the core calls it ("news", "events", "library", "courses"); ``index_model`` is the
    page type that lists it below a home page (None when it has no index); ``item_model`` the page
    type of its items. ``search_key`` and ``search_label`` put it into the search page's type filter
    (the key is the filter's value in the address), in ``search_order``.
    """

    name: str
    item_model: type
    index_model: type | None = None
    search_key: str | None = None
    search_label: str | None = None
    search_order: int = 100


@cache
def all_sections():
    """Every registered section, in search order."""
    found = [section for hook in hooks.get_hooks(HOOK) for section in hook()]
    names = [section.name for section in found]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise ValueError(f"Sections registered twice: {sorted(duplicates)}")
    return tuple(sorted(found, key=lambda section: section.search_order))


def section(name):
    """The section called ``name``, or None when no installed app registers it."""
    return next((found for found in all_sections() if found.name == name), None)

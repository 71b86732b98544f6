"""The sections of the site, registered by the apps that define them.

The core lists news, events, documents and courses (the home page, region pages, the navigation,
search, backups) without importing those apps: each app returns its sections from a Wagtail hook,

    @hooks.register("register_portal_sections")
    def news_sections():
        return [Section(name="news", index_model=NewsIndexPage, item_model=NewsPage, ...)]

and the core asks this module. The hooks are read once, after every app is loaded.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from wagtail import hooks

from portal.visibility import public

HOOK = "register_portal_sections"


@dataclass(frozen=True)
class Section:
    """One kind of content that the core lists.

    ``name`` is what the core calls it ("news", "events", "library", "courses"); ``index_model`` is the
    page type that lists it below a home page (None when it has no index); ``item_model`` the page
    type of its items. ``search_key`` and ``search_label`` put it into the search page's type filter
    (the key is the filter's value in the address), in ``search_order``.

    ``listing``, when the home and region pages list the section, takes a queryset of its public
    items below a page and returns those the pages show, in their order, with what their cards need
    (the latest news, the upcoming events, the newest documents); the pages slice it.
    """

    name: str
    item_model: type
    index_model: type | None = None
    search_key: str | None = None
    search_label: str | None = None
    search_order: int = 100
    listing: Callable | None = None


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


def listed(name, page, *, children_only=False):
    """The public items of section ``name`` below ``page`` (its children only when ``children_only``) that the
    home and region pages list, as the section's ``listing`` orders them; nothing when no app lists them."""
    found = section(name)
    if found is None or found.listing is None:
        return []
    objects = found.item_model.objects
    return found.listing(public(objects.child_of(page) if children_only else objects.descendant_of(page)))

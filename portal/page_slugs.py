"""A new page takes a free slug: "nabor" is taken under the parent, so the new page is "nabor-2".

Wagtail fills a new page's slug from its title and refuses it when a sibling (a draft included)
already has it; an editor writing a second item with the same title met an error about a field on
another tab. A new page now gets the first free "<slug>-<n>" instead; an existing page keeps the
refusal (in Polish, locale/overrides), since changing its slug would change its address.
"""

from wagtail.models import Page

SLUG_LENGTH = Page._meta.get_field("slug").max_length


def free_slug(slug, parent_page):
    """``slug``, or ``slug-2``, ``slug-3``… whichever no child of ``parent_page`` has yet."""
    taken = set(parent_page.get_children().values_list("slug", flat=True))
    candidate, suffix = slug, 1
    while candidate in taken:
        suffix += 1
        ending = f"-{suffix}"
        candidate = slug[: SLUG_LENGTH - len(ending)] + ending
    return candidate


class FreeSlugForNewPage:
    """Mixin for a WagtailAdminPageForm: a new page's taken slug becomes the next free one."""

    def clean_slug(self):
        slug = self.cleaned_data.get("slug")
        parent_page = getattr(self, "parent_page", None)
        if slug and parent_page is not None and self.instance.pk is None:
            if not Page._slug_is_available(slug, parent_page, self.instance):
                return free_slug(slug, parent_page)
        return slug

"""What the import from the old Plone portal (manage.py import_plone) made of each Plone item."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PloneItem(models.Model):
    """One item of a Plone export, keyed on its UID, and what the portal made of it.

    A re-import finds the page, document or image it made before through this record and updates them
    only when the item changed (``digest``), so nothing is duplicated."""

    uid = models.CharField(_("Plone UID"), max_length=64, unique=True)
    region = models.ForeignKey("portal.Region", verbose_name=_("region"), on_delete=models.CASCADE)
    portal_type = models.CharField(_("Plone type"), max_length=60)
    language = models.CharField(_("language"), max_length=8, blank=True)
    old_path = models.CharField(_("old address"), max_length=1000, help_text=_("Relative to the old site's root."))
    digest = models.CharField(_("digest of the imported data"), max_length=64)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    document = models.ForeignKey(
        "portal.PortalDocument",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    imported_at = models.DateTimeField(_("last imported"), auto_now=True)

    class Meta:
        db_table = "portal_ploneitem"  # the table made before the model moved from portal (issue 21)
        verbose_name = _("imported Plone item")
        verbose_name_plural = _("imported Plone items")

    def __str__(self):
        return f"{self.portal_type} {self.old_path}"

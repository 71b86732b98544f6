"""The words the search index has seen, for "did you mean" and for queries typed without diacritics."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchTerm(models.Model):
    """One form of an indexed word without diacritics ("zaswiadczenia") and the lemma it belongs to.

    Filled as pages are indexed and never emptied by unpublishing: a suggestion is offered only when it
    finds something, so a stale word costs nothing but a row."""

    language = models.CharField(_("language"), max_length=8)
    folded = models.CharField(_("form without diacritics"), max_length=40, db_index=True)
    lemma = models.CharField(_("lemma"), max_length=40)
    length = models.PositiveSmallIntegerField(_("length"))

    class Meta:
        db_table = "portal_searchterm"  # the table made before the model moved from portal (issue 21)
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        constraints = [models.UniqueConstraint(fields=["language", "folded", "lemma"], name="unique_search_term")]
        indexes = [models.Index(fields=["language", "length"], name="search_term_length")]

    def __str__(self):
        return f"{self.folded} → {self.lemma}"

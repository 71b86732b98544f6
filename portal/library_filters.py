"""The document library's filters: region, project and year (as every listing), category and file language."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from portal.listing import ListingFilterForm
from portal.models.media import PortalDocument


class DocumentLibraryFilterForm(ListingFilterForm):
    category = forms.ChoiceField(label=_("Category"), required=False)
    language = forms.ChoiceField(label=_("Language of the file"), required=False)

    def __init__(self, data, *, categories, **kwargs):
        super().__init__(data, **kwargs)
        everything = [("", _("all"))]
        self.fields["category"].choices = everything + [(category.slug, category.name) for category in categories]
        self.fields["language"].choices = everything + [
            (code, capfirst(name)) for code, name in PortalDocument._meta.get_field("language").choices
        ]  # options start with a capital, like "Wszystkie"

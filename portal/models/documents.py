"""The model documents library: documents published by the regions, their files and categories."""

from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index

from portal.library_filters import DocumentLibraryFilterForm
from portal.listing import ListingIndexPage
from portal.models.base import BasePage
from portal.regions import region_page_of


class DocumentCategory(TranslatableMixin, models.Model):
    """ "Model kooperacji", "Raport z badań" …: an editable list, translated with the content."""

    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("Shown in the library's filter and on the documents, e.g. “Raport z badań”."),
    )
    slug = models.SlugField(_("slug"), max_length=60, help_text=_("Used in the library's filter addresses."))
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("The place of the category in lists: lower numbers come first.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("document category")
        verbose_name_plural = _("document categories")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class ModelDocumentPageQuerySet(PageQuerySet):
    def newest(self):
        """Newest version first (the later page first on the same date), with the cards' category."""
        return self.select_related("category").order_by("-version_date", "-pk")


class ModelDocumentPage(BasePage):
    """A document of the project (the model in a version, a report, conclusions) with one or more files."""

    category = models.ForeignKey(
        DocumentCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="documents",
        help_text=_("The kind of document, e.g. “Model kooperacji”; visitors can filter the library by it."),
    )
    version_label = models.CharField(
        _("version"), max_length=60, blank=True, help_text=_("E.g. “wersja 2.0 po konsultacjach”.")
    )
    version_date = models.DateField(
        _("date of the version"),
        db_index=True,
        help_text=_("The date of this version; the library lists documents newest first and filters them by year."),
    )
    summary = models.TextField(_("summary"), help_text=_("What the document contains and who it is for."))

    content_panels = BasePage.content_panels + [
        FieldPanel("category"),
        FieldRowPanel([FieldPanel("version_label"), FieldPanel("version_date")]),
        FieldPanel("summary"),
        InlinePanel("files", heading=_("Files"), label=_("file"), min_num=1),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("files_text"),
        index.FilterField("version_date"),
    ]

    parent_page_types = ["portal.RegionPage"]
    subpage_types = []
    template = "pages/model_document_page.html"

    objects = PageManager.from_queryset(ModelDocumentPageQuerySet)()

    def files_text(self):
        """The text of the page's files (PDF, DOCX, ODT): search finds the page by what its files say."""
        texts = [item.document.text_content for item in self.files.all() if item.document_id]
        return "\n".join(text for text in texts if text)

    class Meta:
        verbose_name = _("model document")
        verbose_name_plural = _("model documents")

    @cached_property
    def region_page(self):
        return region_page_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["files"] = self.files.select_related("document").all()
        return context


class ModelDocumentFile(Orderable):
    page = ParentalKey(ModelDocumentPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "portal.PortalDocument",
        verbose_name=_("file"),
        on_delete=models.PROTECT,
        related_name="model_document_files",
        help_text=_("Its language and accessible-version mark are set on the document itself."),
    )
    label = models.CharField(
        _("label"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “Pełna wersja” or “Streszczenie”; empty: the file's title."),
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    @property
    def display_label(self):
        return self.label or self.document.title

    def get_download_url(self):
        return reverse("download_file", args=[self.pk, self.document.filename])


class DownloadCount(models.Model):
    """How many times a file of a model document was downloaded on a day."""

    file = models.ForeignKey(ModelDocumentFile, on_delete=models.CASCADE, related_name="download_counts")
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        unique_together = [("file", "day")]
        verbose_name = _("download count")
        verbose_name_plural = _("download counts")

    def __str__(self):
        return f"{self.file_id} {self.day}: {self.count}"


class DocumentLibraryPage(ListingIndexPage):
    """All model documents of the site in the current language, newest first, with filters."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A short paragraph shown above the list of documents.")
    )

    template = "pages/document_library_page.html"
    item_model = ModelDocumentPage
    date_field = "version_date"
    years_cache_name = "document-years"
    filter_form_class = DocumentLibraryFilterForm
    per_page = 20
    context_object_name = "documents"

    class Meta:
        verbose_name = _("document library")
        verbose_name_plural = _("document libraries")

    def filter_form(self, request):
        return super().filter_form(request, categories=DocumentCategory.objects.filter(locale=self.locale))

    def filtered(self, form):
        documents = super().filtered(form)
        filters = form.valid_filters()
        if "category" in filters:
            documents = documents.filter(category__slug=filters["category"])
        if "language" in filters:
            documents = documents.filter(files__document__language=filters["language"]).distinct()
        return documents

    def for_cards(self, documents):
        return prefetch_files(super().for_cards(documents))


def prefetch_files(document_pages):
    """Attach ``page.file_list`` (files with their documents) to each page with one query."""
    files = Prefetch("files", queryset=ModelDocumentFile.objects.select_related("document").order_by("sort_order"))
    prefetch_related_objects(document_pages, files)
    for page in document_pages:
        page.file_list = list(page.files.all())
    return document_pages

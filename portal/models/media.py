"""Custom image and document models, from the first migration (swapping later is painful)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image, get_upload_to
from wagtail.search import index

from portal.document_text import document_text
from portal.images import PortalImageField


class PortalImage(AbstractImage):
    """An image that always says what it shows, unless it is marked decorative.

    Its file is re-encoded whenever one is stored (portal.images): no EXIF, GPS or appended bytes.
    """

    file = PortalImageField(verbose_name=_("file"), upload_to=get_upload_to, width_field="width", height_field="height")
    alt_text = models.CharField(
        _("alternative text"),
        max_length=255,
        blank=True,
        help_text=_(
            "Describe what the image shows for people who cannot see it, e.g. "
            "“Participants of the macro-regional meeting in Kielce”. Required unless the image is decorative."
        ),
    )
    is_decorative = models.BooleanField(
        _("decorative image"),
        default=False,
        help_text=_("Tick only if the image adds no information; screen readers will skip it."),
    )

    admin_form_fields = Image.admin_form_fields + ("alt_text", "is_decorative")

    class Meta:
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def save(self, *args, **kwargs):
        # Store a new file (re-encoded by PortalImageField) before the row is written, so that the
        # size, hash, width and height saved with it are those of the re-encoded file.
        if self.file and not self.file._committed:
            self.file.save(self.file.name, self.file.file, save=False)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if not self.is_decorative and not self.alt_text.strip():
            raise ValidationError({"alt_text": _("Enter the alternative text or mark the image as decorative.")})

    @property
    def default_alt_text(self):
        return "" if self.is_decorative else self.alt_text


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class PortalDocument(AbstractDocument):
    """A downloadable file with its language and whether it is an accessible version."""

    language = models.CharField(
        _("language"),
        max_length=8,
        default="pl",
        choices=[("pl", _("Polish")), ("en", _("English")), ("uk", _("Ukrainian")), ("other", _("other"))],
        help_text=_("The language the document is written in."),
    )
    is_accessible_version = models.BooleanField(
        _("accessible version"),
        default=False,
        help_text=_("Tick if the file meets accessibility requirements (tagged PDF, headings, alt texts)."),
    )
    text_content = models.TextField(
        _("text of the file"),
        blank=True,
        editable=False,
        help_text=_(
            "Read from PDF, DOCX and ODT files when the file is uploaded or replaced, "
            "so that search finds the document by its content."
        ),
    )

    admin_form_fields = Document.admin_form_fields + ("language", "is_accessible_version")
    # The admin's document listing and chooser search with autocomplete fields only.
    search_fields = AbstractDocument.search_fields + [
        index.SearchField("text_content"),
        index.AutocompleteField("text_content"),
    ]

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def save(self, *args, update_fields=None, **kwargs):
        # A new document, or a replaced file not yet written to storage: read its text once, here.
        file_arrives = self.file and (self._state.adding or not self.file._committed)
        if file_arrives and (update_fields is None or "file" in update_fields):
            self.text_content = document_text(self)
            if update_fields is not None:
                update_fields = {*update_fields, "text_content"}
        super().save(*args, update_fields=update_fields, **kwargs)

    def clean(self):
        # Wagtail checks the extension of the stored file. When the form refused the upload there is
        # none, and the check would add "File extension “” is not allowed" under the real reason.
        if self.file:
            super().clean()

    @property
    def extension(self):
        return self.file_extension.upper()

from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from portal import images
from portal.documents import check_upload
from portal.models import Team, region_of


class PortalDocumentForm(BaseDocumentForm):
    """The admin's document form: only formats the portal publishes, checked by content, size-limited."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and hasattr(uploaded, "content_type"):  # a new upload, not the stored file
            check_upload(uploaded)
        return uploaded


class PortalImageFileField(WagtailImageField):
    """Wagtail's image field with the portal's messages; content Wagtail's image library can open but
    that is no raster picture (SVG, HTML) or that is damaged is refused, not a server error."""

    RASTER_FORMATS = {"jpeg", "png", "gif", "webp"}  # as Willow names them

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The multiple upload screen also shows the first message before uploading a file it refuses.
        self.error_messages["invalid_image_extension"] = _(
            "Only %(formats)s images can be uploaded. Save drawings (SVG) and other formats as PNG first."
        ) % {"formats": self.supported_formats_text}
        self.error_messages["invalid_image"] = images.NOT_AN_IMAGE

    def check_image_file_format(self, f):
        extension = Path(f.name).suffix.lower().lstrip(".")
        if extension in self.allowed_image_extensions and f.image.format_name not in self.RASTER_FORMATS:
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image")
        super().check_image_file_format(f)

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except ValidationError:
            raise
        except Exception as error:  # Willow reads a file only when asked its size: a damaged one fails here
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error


class PortalImageForm(BaseImageForm):
    """The admin's image form (add, edit, chooser upload, multiple upload): raster pictures only,
    re-encoded before they are stored (portal.images)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:  # the multiple upload's edit form has none
            self.fields["file"] = PortalImageFileField(
                label=field.label, required=field.required, widget=field.widget, max_length=field.max_length
            )

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and hasattr(uploaded, "content_type"):  # a new upload, not the stored file
            return images.reencode(uploaded, uploaded.name)
        return uploaded


class TeamForm(WagtailAdminModelForm):
    """A region's moderators add and change their own region's teams only; coordinators any region's."""

    class Meta:
        model = Team
        fields = ["name", "municipality", "region"]

    def clean_region(self):
        region = self.cleaned_data.get("region")
        user = self.for_user
        if user is None or user.is_superuser or user.has_perm("courses.view_all_learners"):
            return region
        if region is None or region != region_of(user) or (self.instance.pk and self.instance.region != region):
            raise ValidationError(_("You can manage the cooperation teams of your own region only."))
        return region

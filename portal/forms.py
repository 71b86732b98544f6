from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.documents.forms import BaseDocumentForm

from portal.documents import check_upload
from portal.models import Team, region_of


class PortalDocumentForm(BaseDocumentForm):
    """The admin's document form: only formats the portal publishes, checked by content, size-limited."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and hasattr(uploaded, "content_type"):  # a new upload, not the stored file
            check_upload(uploaded)
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

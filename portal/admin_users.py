"""The admin's user list and forms with the user's region (portal.Profile); group forms that log
their permission changes (portal.audit)."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import groups, users

from portal import audit
from portal.models import Profile, Region


class RegionFieldMixin(forms.Form):
    region = forms.ModelChoiceField(
        queryset=Region.objects.order_by("short_name"),
        required=False,
        label=_("Region"),
        help_text=_("The regional centre (ROPS) the person works for; editors' admin opens at its pages."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            profile = Profile.objects.filter(user=self.instance).first()
            self.initial["region"] = profile.region_id if profile else None

    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit:
            Profile.objects.update_or_create(user=user, defaults={"region": self.cleaned_data.get("region")})
        return user


class PortalUserCreationForm(RegionFieldMixin, UserCreationForm):
    pass


class PortalUserEditForm(RegionFieldMixin, UserEditForm):
    pass


class PortalUserFilterSet(users.UserFilterSet):
    region = django_filters.ModelChoiceFilter(
        field_name="profile__region", queryset=Region.objects.order_by("short_name"), label=_("Region")
    )

    class Meta(users.UserFilterSet.Meta):
        pass


class PortalUserIndexView(users.IndexView):
    @property
    def columns(self):
        columns = list(super().columns)
        region = Column("region", accessor=region_name, label=_("Region"), sort_key="profile__region__short_name")
        columns.insert(3, region)
        return columns

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("profile__region")


def region_name(user):
    try:
        return user.profile.region.short_name if user.profile.region else ""
    except Profile.DoesNotExist:
        return ""


class PortalUserViewSet(users.UserViewSet):
    index_view_class = PortalUserIndexView
    filterset_class = PortalUserFilterSet

    def get_form_class(self, for_update=False):
        return PortalUserEditForm if for_update else PortalUserCreationForm


class AuditedPermissionPanelsMixin:
    """Wagtail saves a group's page and collection permissions with bulk_create, which sends no signal:
    the permissions before and after the form tell the audit log what changed."""

    def process_form(self):
        before = audit.group_permissions(self.object) if self.object.pk else set()
        response = super().process_form()
        if self.object.pk:
            audit.log_group_permissions_diff(self.object, before)
        return response


class PortalGroupCreateView(AuditedPermissionPanelsMixin, groups.CreateView):
    pass


class PortalGroupEditView(AuditedPermissionPanelsMixin, groups.EditView):
    pass


class PortalGroupViewSet(groups.GroupViewSet):
    add_view_class = PortalGroupCreateView
    edit_view_class = PortalGroupEditView

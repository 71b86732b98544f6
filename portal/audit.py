"""The audit log of security events, in Wagtail's action log (admin: Reports → Site history).

Logged, each with who (the log entry's user) and when (its timestamp):

- sign-ins, sign-outs and failed sign-ins on /konto/logowanie/ and /admin/login/, with the client's
  address (portal.security.client_address, which django-axes uses too) in the entry's data. A failed
  sign-in is logged against the account typed in; for a user name no account has, against the User
  type with ``object_id`` "0" and the typed name (cut to 150 characters) as the entry's name. Nothing
  of this reaches a public response: the sign-in pages answer as before.
- permission changes: a user's groups, direct permissions, superuser, staff and active flags and, for
  people with groups or superuser rights, their region (portal.Profile; it sets a moderator's scope);
  a group's model, page and collection permissions. Changes made in one admin request (one
  ``LogContext``) are merged into one entry per user or group, and changes that cancel out (Wagtail's
  group form takes away and gives back the permissions it does not show) leave no entry.
- exports of learner data (``log_export``): the learner's own "Moje dane" file, course reports as
  CSV or XLSX (logged on the course page), a learner's exercise work and certificates downloaded by
  staff.

"Who" for permission changes is the acting user of Wagtail's active ``LogContext``, which the admin
sets for every request; outside one (a management command, the shell) it is nobody ("system").

Entries about users and groups are ModelLogEntry rows, which Wagtail shows to superusers and to people
holding some permission on users or groups (the "Administratorzy portalu" group); course report
exports are PageLogEntry rows on the course, shown to those who may open it in the admin.
"""

import copy
import functools
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext
from wagtail import hooks
from wagtail.log_actions import LogContext, LogFormatter, get_active_log_context, log
from wagtail.models import GroupCollectionPermission, GroupPagePermission, ModelLogEntry

from portal.models import Profile, Region
from portal.security import TYPED_USERNAME_LENGTH, client_address

LOGIN = "portal.login"
LOGIN_FAILED = "portal.login_failed"
LOGOUT = "portal.logout"
PERMISSIONS_CHANGED = "portal.permissions_changed"
DATA_EXPORT = "portal.personal_data_export"
TWO_FACTOR = "portal.two_factor"
SIGN_IN_ACTIONS = [LOGIN, LOGIN_FAILED, LOGOUT, TWO_FACTOR]
ACTIONS = [*SIGN_IN_ACTIONS, PERMISSIONS_CHANGED, DATA_EXPORT]

UNKNOWN_ACCOUNT_ID = "0"  # no account has primary key 0: failed sign-ins under a name nobody has
TYPED_NAME_LENGTH = TYPED_USERNAME_LENGTH  # as django-axes records it: Django's longest user name
USER_FLAGS = ("is_superuser", "is_staff", "is_active")


# Request details ---------------------------------------------------------------------------------------


def client_ip(request):
    """The client's address (portal.security.client_address, which django-axes uses too), or None."""
    return client_address(request) if request is not None else None


def request_details(request):
    path = getattr(request, "path", "") or ""
    return {"ip": client_ip(request), "admin": path.startswith(reverse("wagtailadmin_home"))}


def unwrapped(value):
    """``request.user`` itself: Wagtail's log() sees through one lazy object, and django-otp's middleware
    wraps Django's lazy user in another."""
    while isinstance(value, LazyObject):
        if value._wrapped is empty:
            value._setup()
        value = value._wrapped
    return value


# Sign-ins ----------------------------------------------------------------------------------------------


def signed_in(sender, request, user, **kwargs):
    user = unwrapped(user)
    log(user, LOGIN, user=user, data=request_details(request))


def signed_out(sender, request, user, **kwargs):
    user = unwrapped(user)
    if user is not None and user.is_authenticated:
        log(user, LOGOUT, user=user, data=request_details(request))


def sign_in_failed(sender, credentials, request=None, **kwargs):
    User = get_user_model()
    typed = str(credentials.get(User.USERNAME_FIELD) or "")
    account = User._default_manager.filter(**{User.USERNAME_FIELD: typed}).first() if typed else None
    data = request_details(request)
    if account is not None:
        log(account, LOGIN_FAILED, user=None, data=data)
        return
    ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(User),
        object_id=UNKNOWN_ACCOUNT_ID,
        label=typed[:TYPED_NAME_LENGTH] or "–",
        action=LOGIN_FAILED,
        timestamp=timezone.now(),
        data={**data, "unknown_account": True},
    )


# Two-step sign-in (accounts/two_factor_views.py, accounts/admin_two_factor.py) -------------------------

# What happened → how it reads in Site history.
TWO_FACTOR_EVENTS = {
    "on": gettext_lazy("Two-step sign-in turned on"),
    "off": gettext_lazy("Two-step sign-in turned off"),
    "removed": gettext_lazy("Two-step sign-in removed by an administrator"),
    "wrong_code": gettext_lazy("Wrong two-step sign-in code. IP address: %(ip)s"),
    "recovery_code": gettext_lazy("Signed in with a recovery code. IP address: %(ip)s"),
}


def log_two_factor(request, account, event):
    """``event`` (a key of TWO_FACTOR_EVENTS) about ``account``, done by whoever is signed in (nobody
    for a management command: ``request`` None)."""
    user = unwrapped(request.user) if request is not None else None
    log(unwrapped(account), TWO_FACTOR, user=user, data={"event": event, **request_details(request)})


# Permission changes ------------------------------------------------------------------------------------


def describe_permission(permission):
    return f"{permission.content_type.app_label}.{permission.codename}"


def describe_object_permission(row):
    """A GroupPagePermission or GroupCollectionPermission: "wagtailcore.publish_page: <page title>"."""
    target = row.page.title if isinstance(row, GroupPagePermission) else row.collection.name
    return f"{describe_permission(row.permission)}: {target}"


def group_permissions(group):
    """Every permission of ``group`` (model, page and collection ones) as the strings the log uses."""
    model = {describe_permission(p) for p in group.permissions.select_related("content_type")}
    pages = GroupPagePermission.objects.filter(group=group).select_related("page", "permission__content_type")
    collections = GroupCollectionPermission.objects.filter(group=group).select_related(
        "collection", "permission__content_type"
    )
    return model | {describe_object_permission(row) for row in [*pages, *collections]}


def merge(data, change):
    """``data`` with ``change`` applied: lists of added and removed names that cancel each other out,
    and ``[first, last]`` pairs for flags and the region that vanish when the last value is the first."""
    data = copy.deepcopy(data)
    for kind in ("groups", "permissions"):
        for verb, opposite in (("added", "removed"), ("removed", "added")):
            for name in change.get(f"{kind}_{verb}", ()):
                undone = data.get(f"{kind}_{opposite}", [])
                if name in undone:
                    undone.remove(name)
                elif name not in data.setdefault(f"{kind}_{verb}", []):
                    data[f"{kind}_{verb}"].append(name)
    for flag, (old, new) in change.get("flags", {}).items():
        flags = data.setdefault("flags", {})
        first = flags.get(flag, [old])[0]
        flags[flag] = [first, new]
        if first == new:
            del flags[flag]
    if "region" in change:
        first = data.get("region", change["region"])[0]
        data["region"] = [first, change["region"][1]]
        if first == data["region"][1]:
            del data["region"]
    return {key: value for key, value in data.items() if value}


def log_permission_change(instance, **change):
    """Log a change of the permissions of a user or group, merged into the entry the same admin request
    already made for it, if any (the active LogContext's uuid); an entry whose changes cancel out goes."""
    context = get_active_log_context()
    entry = None
    if context.uuid is not None:
        entry = ModelLogEntry.objects.filter(
            uuid=context.uuid,
            action=PERMISSIONS_CHANGED,
            content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
            object_id=str(instance.pk),
        ).first()
    data = merge(entry.data if entry else {}, change)
    if entry is None:
        if data:
            log(instance, PERMISSIONS_CHANGED, data=data)
    elif data:
        entry.data = data
        entry.save(update_fields=["data"])
    else:
        entry.delete()


@contextmanager
def one_entry_per_object():
    """Permission changes made inside merge into one entry per user or group, as in one admin request
    (for commands such as setup_regions, which would otherwise log every permission on its own)."""
    if get_active_log_context().uuid is not None:
        yield
        return
    with LogContext(user=get_active_log_context().user):
        yield


def log_group_permissions_diff(group, before):
    """Log what differs between ``before`` (``group_permissions()`` earlier) and the group's permissions now."""
    after = group_permissions(group)
    if before != after:
        log_permission_change(
            group, permissions_added=sorted(after - before), permissions_removed=sorted(before - after)
        )


@functools.cache
def m2m_specs():
    """Through model → (model whose permissions change, kind, description) of the relations followed."""
    User = get_user_model()
    return {
        User.groups.through: (User, "groups", lambda group: group.name),
        User.user_permissions.through: (User, "permissions", describe_permission),
        Group.permissions.through: (Group, "permissions", describe_permission),
    }


def relation_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    owner_model, kind, describe = m2m_specs()[sender]
    if action == "pre_clear":
        # clear() tells nobody what it removed: note it now.
        owner_field = next(f for f in sender._meta.fields if f.related_model is owner_model).name
        other_field = next(f for f in sender._meta.fields if f.is_relation and f.name != owner_field).name
        mine, theirs = (other_field, owner_field) if reverse else (owner_field, other_field)
        instance._audit_cleared = set(sender.objects.filter(**{mine: instance.pk}).values_list(theirs, flat=True))
        return
    if action == "post_clear":
        pk_set, verb = instance.__dict__.pop("_audit_cleared", set()), "removed"
    elif action in ("post_add", "post_remove"):
        verb = "added" if action == "post_add" else "removed"
    else:
        return
    if not pk_set:
        return
    queryset = model.objects.filter(pk__in=pk_set)
    if kind == "permissions" and not reverse:
        queryset = queryset.select_related("content_type")
    if reverse:  # group.user_set.add(user), permission.group_set.remove(group), …: one entry per owner
        name = describe(instance)
        for owner in queryset:
            log_permission_change(owner, **{f"{kind}_{verb}": [name]})
    else:
        log_permission_change(instance, **{f"{kind}_{verb}": sorted(describe(item) for item in queryset)})


def user_about_to_be_saved(sender, instance, update_fields=None, **kwargs):
    if instance.pk is None or (update_fields is not None and not set(update_fields) & set(USER_FLAGS)):
        return  # e.g. the last_login update on every sign-in: no query
    instance._audit_flags = sender._default_manager.filter(pk=instance.pk).values(*USER_FLAGS).first()


def user_saved(sender, instance, created, **kwargs):
    before = instance.__dict__.pop("_audit_flags", None)
    if created:
        flags = {flag: [False, True] for flag in ("is_superuser", "is_staff") if getattr(instance, flag)}
    elif before is not None:
        flags = {
            flag: [before[flag], getattr(instance, flag)]
            for flag in USER_FLAGS
            if before[flag] != getattr(instance, flag)
        }
    else:
        return
    if flags:
        log_permission_change(instance, flags=flags)


def profile_about_to_be_saved(sender, instance, **kwargs):
    if instance.pk is not None:
        instance._audit_region = sender._default_manager.filter(pk=instance.pk).values_list("region", flat=True).first()


def profile_saved(sender, instance, created, **kwargs):
    before = None if created else instance.__dict__.pop("_audit_region", None)
    if before == instance.region_id:
        return
    user = instance.user
    # A learner's region is where they take part, chosen by themselves: only staff regions are rights.
    if not (user.is_superuser or user.groups.exists()):
        return
    names = dict(Region.objects.filter(pk__in=[before, instance.region_id]).values_list("pk", "short_name"))
    log_permission_change(user, region=[names.get(before), names.get(instance.region_id)])


def object_permission_saved(sender, instance, created, **kwargs):
    if created:
        log_permission_change(instance.group, permissions_added=[describe_object_permission(instance)])


def object_permission_deleted(sender, instance, origin=None, **kwargs):
    if isinstance(origin, Group) or (isinstance(origin, QuerySet) and origin.model is Group):
        return  # the group itself goes: Wagtail logs its deletion
    log_permission_change(instance.group, permissions_removed=[describe_object_permission(instance)])


# Exports of learner data -------------------------------------------------------------------------------


def log_export(request, instance, what, **details):
    """Log that ``request.user`` exported learner data: ``instance`` is the learner (a User) or the
    course page of a course report; ``what`` is "personal_data", "course_report", "exercise" or
    "certificate" (DataExportFormatter words each); ``details`` go to the entry's data as they are."""
    data = {"what": what, "ip": client_ip(request), **details}
    log(unwrapped(instance), DATA_EXPORT, user=unwrapped(request.user), data=data)


# Forgetting a learner ----------------------------------------------------------------------------------


def forget_learner(user, identifiers):
    """For the anonymisation of ``user`` (accounts.personal_data), after the account is renamed: delete
    the entries of the learner's own doings (sign-ins, sign-outs, their own exports), failed sign-ins
    about the account or typed as one of ``identifiers`` (the old user name and e-mail address). What
    others did to the account (permission changes, staff's exports) stays, under the account's new name.
    Returns the number of entries deleted."""
    user_type = ContentType.objects.get_for_model(get_user_model())
    about_user = ModelLogEntry.objects.filter(content_type=user_type, object_id=str(user.pk))
    deleted = about_user.filter(Q(action__in=SIGN_IN_ACTIONS) | Q(user=user)).delete()[0]
    typed_as = Q(pk__in=[])
    for name in identifiers:
        if name:
            typed_as |= Q(label__iexact=name[:TYPED_NAME_LENGTH])
    typed = ModelLogEntry.objects.filter(content_type=user_type, object_id=UNKNOWN_ACCOUNT_ID, action=LOGIN_FAILED)
    deleted += typed.filter(typed_as).delete()[0]
    about_user.update(label=str(user))
    return deleted


# How entries read in the admin -------------------------------------------------------------------------


def address(entry):
    """The IP address for "… IP address: %(ip)s" (a label and a colon, so that "unknown" needs no case)."""
    return entry.data.get("ip") or pgettext("IP address", "unknown")


class LoginFormatter(LogFormatter):
    label = gettext_lazy("Signed in")

    def format_message(self, log_entry):
        if log_entry.data.get("admin"):
            return _("Signed in to the admin. IP address: %(ip)s") % {"ip": address(log_entry)}
        return _("Signed in. IP address: %(ip)s") % {"ip": address(log_entry)}


class LogoutFormatter(LogFormatter):
    label = gettext_lazy("Signed out")
    message = gettext_lazy("Signed out")


class LoginFailedFormatter(LogFormatter):
    label = gettext_lazy("Failed sign-in")

    def format_message(self, log_entry):
        unknown_account = log_entry.data.get("unknown_account")
        if log_entry.data.get("admin"):
            if unknown_account:
                message = _("Failed sign-in to the admin (unknown user name). IP address: %(ip)s")
            else:
                message = _("Failed sign-in to the admin. IP address: %(ip)s")
        elif unknown_account:
            message = _("Failed sign-in (unknown user name). IP address: %(ip)s")
        else:
            message = _("Failed sign-in. IP address: %(ip)s")
        return message % {"ip": address(log_entry)}


def yes_no(value):
    return _("yes") if value else _("no")


class PermissionsChangedFormatter(LogFormatter):
    label = gettext_lazy("Permissions changed")

    def format_message(self, log_entry):
        data = log_entry.data
        lists = [
            ("groups_added", _("groups added: %(names)s")),
            ("groups_removed", _("groups removed: %(names)s")),
            ("permissions_added", _("permissions added: %(names)s")),
            ("permissions_removed", _("permissions removed: %(names)s")),
        ]
        parts = [text % {"names": ", ".join(data[key])} for key, text in lists if data.get(key)]
        flag_texts = {"is_superuser": _("superuser: %(value)s"), "is_staff": _("staff: %(value)s")}
        flag_texts["is_active"] = _("active: %(value)s")
        for flag, (_old, new) in data.get("flags", {}).items():
            parts.append(flag_texts[flag] % {"value": yes_no(new)})
        if data.get("region"):
            old, new = data["region"]
            parts.append(_("region: %(old)s → %(new)s") % {"old": old or _("none"), "new": new or _("none")})
        return _("Permissions changed: %(changes)s") % {"changes": "; ".join(parts)}


class DataExportFormatter(LogFormatter):
    label = gettext_lazy("Learner data exported")

    def format_message(self, log_entry):
        data = log_entry.data
        what = data.get("what")
        if what == "personal_data":
            detail = _("the learner's own data (“My data”, JSON)")
        elif what == "course_report":
            count = data.get("learners", 0)
            detail = ngettext(
                "course report, %(format)s, %(count)s learner", "course report, %(format)s, %(count)s learners", count
            ) % {"format": str(data.get("format", "")).upper(), "count": count}
        elif what == "exercise":
            detail = _("exercise work “%(lesson)s”, %(format)s") % {
                "lesson": data.get("lesson", ""),
                "format": str(data.get("format", "")).upper(),
            }
        elif what == "certificate":
            detail = _("certificate %(code)s (%(course)s)") % {
                "code": data.get("code", ""),
                "course": data.get("course", ""),
            }
        else:
            detail = str(what)
        return _("Learner data exported: %(what)s") % {"what": detail}


class TwoFactorFormatter(LogFormatter):
    label = gettext_lazy("Two-step sign-in")

    def format_message(self, log_entry):
        event = TWO_FACTOR_EVENTS.get(log_entry.data.get("event"))
        return str(event) % {"ip": address(log_entry)} if event else str(self.label)


@hooks.register("register_log_actions")
def register_audit_actions(actions):
    for action, formatter in [
        (TWO_FACTOR, TwoFactorFormatter),
        (LOGIN, LoginFormatter),
        (LOGIN_FAILED, LoginFailedFormatter),
        (LOGOUT, LogoutFormatter),
        (PERMISSIONS_CHANGED, PermissionsChangedFormatter),
        (DATA_EXPORT, DataExportFormatter),
    ]:
        actions.register_action(action)(formatter)


# Start-up ----------------------------------------------------------------------------------------------


def connect():
    """Connect the receivers (PortalConfig.ready)."""
    User = get_user_model()
    user_logged_in.connect(signed_in, dispatch_uid="portal_audit_login")
    user_logged_out.connect(signed_out, dispatch_uid="portal_audit_logout")
    user_login_failed.connect(sign_in_failed, dispatch_uid="portal_audit_login_failed")
    for through in m2m_specs():
        m2m_changed.connect(relation_changed, sender=through, dispatch_uid=f"portal_audit_{through._meta.label}")
    pre_save.connect(user_about_to_be_saved, sender=User, dispatch_uid="portal_audit_user_pre")
    post_save.connect(user_saved, sender=User, dispatch_uid="portal_audit_user_post")
    pre_save.connect(profile_about_to_be_saved, sender=Profile, dispatch_uid="portal_audit_profile_pre")
    post_save.connect(profile_saved, sender=Profile, dispatch_uid="portal_audit_profile_post")
    for model in (GroupPagePermission, GroupCollectionPermission):
        post_save.connect(object_permission_saved, sender=model, dispatch_uid=f"portal_audit_{model.__name__}_save")
        post_delete.connect(
            object_permission_deleted, sender=model, dispatch_uid=f"portal_audit_{model.__name__}_delete"
        )

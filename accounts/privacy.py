"""/konto/dane/: what the portal holds about the learner, the JSON download and the deletion request."""

import json

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts import personal_data
from accounts.models import DeletionRequest
from portal import audit


class DeletionRequestForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Why do you want your data deleted? (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60}),
    )


def render_page(request, form, status=200):
    return render(
        request,
        "accounts/privacy/my_data.html",
        {"form": form, "pending": personal_data.open_deletion_request(request.user)},
        status=status,
    )


@login_required
@never_cache
def my_data(request):
    return render_page(request, DeletionRequestForm())


@login_required
@never_cache
def export_json(request):
    data = personal_data.export(request.user, request)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    filename = f"portal-kooperacji-moje-dane-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    audit.log_export(request, request.user, "personal_data")
    return response


@login_required
@require_POST
def request_deletion(request):
    form = DeletionRequestForm(request.POST)
    if not form.is_valid():
        return render_page(request, form, status=400)
    with transaction.atomic():
        # Locking the user's row makes two quick submissions wait for each other: one request, not two.
        get_user_model().objects.select_for_update().filter(pk=request.user.pk).first()
        pending = personal_data.open_deletion_request(request.user)
        if pending is None:
            DeletionRequest.objects.create(user=request.user, reason=form.cleaned_data["reason"])
    if pending is None:
        messages.success(
            request,
            _("Your request has been sent. A portal administrator will handle it; until then you can still sign in."),
        )
    else:
        messages.info(
            request,
            _("You already asked for your data to be deleted on %(date)s; the request is pending.")
            % {"date": date_format(timezone.localtime(pending.requested_at), "DATE_FORMAT")},
        )
    return redirect("accounts:privacy")

"""Serving and checking the files of model documents: library filters, downloads, upload checks."""

import mimetypes
from pathlib import Path

import filetype
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import F
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from wagtail.models import Page, PageViewRestriction

from portal.models import ModelDocumentFile
from portal.models.documents import DownloadCount
from portal.visibility import login_url

# Extension → what the file's content must be, as recognised by `filetype` (magic numbers).
ALLOWED_UPLOADS = {
    "pdf": {"application/pdf"},
    "docx": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip"},
    "xlsx": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip"},
    "pptx": {"application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/zip"},
    "odt": {"application/vnd.oasis.opendocument.text", "application/zip"},
    "ods": {"application/vnd.oasis.opendocument.spreadsheet", "application/zip"},
    "odp": {"application/vnd.oasis.opendocument.presentation", "application/zip"},
    "zip": {"application/zip"},
    "jpg": {"image/jpeg"},
    "jpeg": {"image/jpeg"},
    "png": {"image/png"},
    "gif": {"image/gif"},
    "webp": {"image/webp"},
}


def check_upload(uploaded_file):
    """Raise a Polish ValidationError unless the file is a format the portal publishes, by content."""
    extension = Path(uploaded_file.name).suffix.lower().lstrip(".")
    allowed = ", ".join(sorted(ext.upper() for ext in ALLOWED_UPLOADS))
    if extension not in ALLOWED_UPLOADS:
        raise ValidationError(
            _("Files of this type cannot be published. Allowed formats: %(formats)s."), params={"formats": allowed}
        )
    limit = settings.PORTAL_MAX_DOCUMENT_SIZE
    if uploaded_file.size > limit:
        raise ValidationError(
            _("The file is too large (%(size)s). The limit is %(limit)s."),
            params={"size": filesizeformat(uploaded_file.size), "limit": filesizeformat(limit)},
        )
    position = uploaded_file.tell()
    uploaded_file.seek(0)
    head = uploaded_file.read(8192)
    uploaded_file.seek(position)
    kind = filetype.guess(head)
    if kind is None or kind.mime not in ALLOWED_UPLOADS[extension]:
        raise ValidationError(
            _("The content of the file does not match its .%(extension)s extension. Save it again in that format."),
            params={"extension": extension},
        )


def count_download(file):
    """One UPSERT-like statement: increment today's counter, creating it the first time."""
    today = timezone.localdate()
    updated = DownloadCount.objects.filter(file=file, day=today).update(count=F("count") + 1)
    if not updated:
        _counter, created = DownloadCount.objects.get_or_create(file=file, day=today, defaults={"count": 1})
        if not created:
            DownloadCount.objects.filter(file=file, day=today).update(count=F("count") + 1)


def restriction_response(request, page):
    """The response that refuses a restricted page's file, or None when the request may have it.

    The restrictions of every language version count: a document made private in Polish keeps its
    files private through its English page too, whose files are the same documents.
    Anonymous visitors go to the login page; logged-in users outside the allowed groups get 403;
    a password-protected document sends them to its page, which asks for the password.
    """
    versions = [page, *Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)]
    for version in versions:
        for restriction in version.get_view_restrictions():
            if restriction.accept_request(request):
                continue
            if restriction.restriction_type == PageViewRestriction.PASSWORD:
                return redirect(version.url)
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path(), login_url())
            raise PermissionDenied
    return None


@require_safe
def download_file(request, file_id, filename):
    """Serve a file of a live model document, counting the download; restricted documents need a login."""
    file = get_object_or_404(ModelDocumentFile.objects.select_related("document", "page"), pk=file_id)
    page = file.page
    if not page.live or file.document.filename != filename:
        raise Http404
    refusal = restriction_response(request, page)
    if refusal is not None:
        return refusal
    if request.method == "GET":  # a HEAD (link checkers, previews) is not a download
        count_download(file)
    document = file.document
    content_type = mimetypes.guess_type(document.filename)[0] or "application/octet-stream"
    response = FileResponse(
        document.file.open("rb"), as_attachment=True, filename=document.filename, content_type=content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = (
        "private, max-age=0" if page.get_view_restrictions().exists() else "public, max-age=3600"
    )
    return response

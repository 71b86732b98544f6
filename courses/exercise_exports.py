"""Files made from a learner's exercise work: the SMART worksheet as PDF, the genogram as SVG, PNG, PDF or JSON.

Shared by the coordinators' review (courses.admin_exercises) and the learner's own pages: callers check
who may see the submission, this module only turns it into a download.
"""

from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import slugify

from courses.exercises import genogram, smart

# Download formats per exercise kind, in the order the links are shown.
FORMATS = {
    "smart": ("pdf",),
    "genogram": ("svg", "png", "pdf", "json"),
    "empowerment": (),
}
CONTENT_TYPES = {
    "svg": "image/svg+xml",
    "png": "image/png",
    "pdf": "application/pdf",
    "json": "application/json; charset=utf-8",
}


def formats_for(submission):
    return FORMATS.get(submission.kind, ())


def learner_name(user):
    return user.get_full_name().strip() or user.get_username()


def organisation_name(request):
    """The organisation named in the portal's settings (for the request's site, or the default one)."""
    from wagtail.models import Site

    from portal.models import PortalSettings

    if request is not None:
        return PortalSettings.for_request(request).organisation_name
    site = Site.objects.filter(is_default_site=True).first()
    return PortalSettings.for_site(site).organisation_name if site else ""


# SMART -----------------------------------------------------------------------------------------------


def smart_pdf_bytes(submission, request=None):
    """The worksheet, its SMART checklist and summary as an A4 PDF (tagged, PDF/UA-1).

    Always in Polish, like the certificates: the worksheet is a document of a Polish training."""
    import weasyprint  # imported here: loading WeasyPrint takes half a second

    worksheet, _errors = smart.parse(submission.data)
    organisation = organisation_name(request)
    with translation.override("pl"):
        criteria = smart.check(worksheet, timezone.localdate())
        html = render_to_string(
            "courses/smart_worksheet_pdf.html",
            {
                "submission": submission,
                "course": submission.enrolment.course.title,
                "lesson": submission.lesson.title,
                "learner": learner_name(submission.enrolment.user),
                "status": submission.get_status_display(),
                "organisation": organisation,
                "smart": smart.printable(worksheet, criteria),
            },
        )
    fetcher = weasyprint.urls.URLFetcher(allowed_protocols=["data"])
    return weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf(pdf_variant="pdf/ua-1")


def smart_filename(submission):
    """ "cel-smart-<lesson slug>.pdf", ASCII only."""
    slug = slugify(submission.lesson.slug.translate(str.maketrans("łŁ", "lL")))[:80].rstrip("-")
    return f"cel-smart-{slug}.pdf" if slug else "cel-smart.pdf"


# Genogram --------------------------------------------------------------------------------------------


def stored_genogram(submission):
    """The submission's genogram, validated again; Http404 when the stored data cannot be read."""
    data = submission.data.get("genogram") if isinstance(submission.data, dict) else None
    if not isinstance(data, dict):
        raise Http404
    try:
        return genogram.parse(data)
    except genogram.GenogramError:
        raise Http404 from None


def genogram_file(submission, fmt):
    drawing = stored_genogram(submission)
    title = submission.lesson.title
    if fmt == "svg":
        content = genogram.svg_bytes(drawing, title)
    elif fmt == "png":
        content = genogram.png_bytes(drawing, title)
    elif fmt == "pdf":
        content = genogram.pdf_bytes(drawing, title)
    else:
        content = genogram.to_json(drawing).encode("utf-8")
    return content, genogram.export_filename(title, fmt)


# The response ----------------------------------------------------------------------------------------


def download_response(submission, fmt, request=None):
    """The submission as a file to save, or Http404 when its kind has no such format."""
    if fmt not in formats_for(submission):
        raise Http404
    if submission.kind == "smart":
        content, filename = smart_pdf_bytes(submission, request), smart_filename(submission)
    else:
        content, filename = genogram_file(submission, fmt)
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"  # a learner's work: never kept by a shared cache
    if fmt == "svg":
        # Opened directly after all, the drawing may not run or load anything.
        response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    return response

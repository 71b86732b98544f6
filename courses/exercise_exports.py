"""Files made from a learner's exercise work: the SMART worksheet as PDF, the genogram as SVG, PNG, PDF or JSON.

Shared by the coordinators' review (courses.admin.exercises) and the learner's own pages: callers check
who may see the submission, this module only turns it into a download. Files are made through
portal.render_limits: once per content version (the work, its author's name and date, the lesson's
title, the code that draws it), kept, and within the per-user and global limits on renders.
"""

from importlib import metadata
from pathlib import Path

from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext
from wagtail.models import Site

from courses.exercises import genogram, smart
from portal import render_limits
from portal.models import PortalSettings

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


# What a kept file depends on beyond its content: the genogram engine's code and the PDF and PNG libraries.
RENDERER_VERSION = "|".join(
    [
        render_limits.source_version(Path(genogram.__file__).parent, Path(__file__)),
        metadata.version("weasyprint"),
        metadata.version("cairosvg"),
    ]
)


def formats_for(submission):
    return FORMATS.get(submission.kind, ())


def learner_name(user):
    return user.get_full_name().strip() or user.get_username()


def organisation_name(request):
    """The organisation named in the portal's settings (for the request's site, or the default one)."""
    if request is not None:
        return PortalSettings.for_request(request).organisation_name
    site = Site.objects.filter(is_default_site=True).first()
    return PortalSettings.for_site(site).organisation_name if site else ""


# SMART -----------------------------------------------------------------------------------------------


def pdf_from_html(html):
    """A tagged PDF (PDF/UA-1) of ``html``, which may load nothing but data: addresses."""
    import weasyprint  # noqa: PLC0415  imported here: loading WeasyPrint takes half a second

    fetcher = weasyprint.urls.URLFetcher(allowed_protocols=["data"])
    return weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf(pdf_variant="pdf/ua-1")


def smart_pdf_bytes(submission, request=None):
    """The worksheet, its SMART checklist and summary as an A4 PDF (tagged, PDF/UA-1).

    Always in Polish, like the certificates: the worksheet is a document of a Polish training."""
    return pdf_from_html(smart_html(submission, request))


def smart_html(submission, request=None):
    """The worksheet's printable HTML: everything the PDF shows (its fingerprint is the file's version)."""
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
    return html


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


def author_of(submission, request=None):
    """Whose work it is: the enrolled learner, or (for the starting case of someone not enrolled) the user
    asking; None without either."""
    if submission.enrolment_id:
        return submission.enrolment.user
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def genogram_caption(submission, request=None):
    """ "Autor: Anna Nowak · stan na 7 grudnia 2026 r.": the author's name and the date of the last change
    (today for a starting case not yet changed), in the language of the export."""
    author = author_of(submission, request)
    if author is None:
        return ""
    changed = timezone.localtime(submission.updated_at).date() if submission.updated_at else timezone.localdate()
    return gettext("Author: %(name)s · as of %(date)s") % {
        "name": learner_name(author),
        "date": date_format(changed, "j E Y"),
    }


def genogram_file(submission, fmt, request=None):
    """(bytes, file name) of the genogram in ``fmt``; drawings are made once per version, within the limits."""
    drawing = stored_genogram(submission)
    title = submission.lesson.title
    if fmt == "json":
        return genogram.to_json(drawing).encode("utf-8"), genogram.export_filename(title, fmt)
    caption = genogram_caption(submission, request)
    makers = {"svg": genogram.svg_bytes, "png": genogram.png_bytes, "pdf": genogram.pdf_bytes}
    language = translation.get_language()
    version = render_limits.fingerprint(genogram.to_json(drawing), title, caption, language, RENDERER_VERSION)
    content = render_limits.render_once(
        request,
        f"genogram-{fmt}",
        owner_key(submission, request),
        version,
        lambda: makers[fmt](drawing, title, caption=caption),
    )
    return content, genogram.export_filename(title, fmt)


def owner_key(submission, request=None):
    """Whose file it is, for the kept files' keys: one learner's file is never another's."""
    author = author_of(submission, request)
    return f"user-{author.pk}" if author is not None else "nobody"


# The response ----------------------------------------------------------------------------------------


def download_response(submission, fmt, request=None):
    """The submission as a file to save, or Http404 when its kind has no such format."""
    if fmt not in formats_for(submission):
        raise Http404
    try:
        if submission.kind == "smart":
            html = smart_html(submission, request)
            version = render_limits.fingerprint(html, RENDERER_VERSION)
            owner = owner_key(submission, request)
            content = render_limits.render_once(request, "smart-pdf", owner, version, lambda: pdf_from_html(html))
            filename = smart_filename(submission)
        else:
            content, filename = genogram_file(submission, fmt, request)
    except render_limits.RenderRefused as refused:
        return render_limits.refused_response(request, refused)
    except genogram.LayoutTooSlow as slow:  # too complex to draw within the layout's budget: explained, not a 500
        refused = render_limits.RenderRefused(503, slow.messages[0], render_limits.RETRY_SECONDS)
        return render_limits.refused_response(request, refused)
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"  # a learner's work: never kept by a shared cache
    if fmt == "svg":
        # Opened directly after all, the drawing may not run or load anything.
        response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    return response

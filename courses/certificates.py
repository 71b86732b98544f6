"""Completion certificates: codes as people type them, the verification address, the PDF.

The PDF is drawn on request from the Certificate row (WeasyPrint, tagged PDF/UA) and always in Polish:
it is an official document of a Polish public body, whatever language the learner reads the site in.
It is made once per version of its HTML and kept (portal.render_limits).
"""

import base64
import re
from importlib import metadata

import segno
from django import forms
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from courses.models import Certificate
from courses.models.learning import CODE_ALPHABET
from portal import render_limits
from portal.models import PortalSettings

CODE_PATTERN = re.compile(rf"[{CODE_ALPHABET}]{{4}}-[{CODE_ALPHABET}]{{4}}-[{CODE_ALPHABET}]{{4}}")
MONTHS = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
]


def normalise_code(text):
    """The code in its printed form ("ABCD-EFGH-JKMN"), or None when ``text`` cannot be one.

    Codes are read from paper: case, spaces and missing hyphens do not matter."""
    raw = re.sub(r"[\s-]", "", (text or "")[:40]).upper()
    code = f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
    return code if CODE_PATTERN.fullmatch(code) else None


def find_certificate(text):
    """The certificate with this code (in any case), or None."""
    code = normalise_code(text)
    if code is None:
        return None
    return Certificate.objects.select_related("enrolment").filter(code=code).first()


def completion_date(certificate):
    """The local date the learner completed the course (the certificate is issued at that moment)."""
    moment = certificate.enrolment.completed_at or certificate.issued_at
    return timezone.localtime(moment).date()


def polish_date(day):
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def polish_hours(hours):
    """ "1 godzina", "3 godziny", "1,5 godziny", "5 godzin", "22 godziny" (Polish plural rules)."""
    if hours != int(hours):
        return f"{hours:g} godziny".replace(".", ",")
    number = int(hours)
    if number == 1:
        word = "godzina"
    elif number % 10 in (2, 3, 4) and number % 100 not in (12, 13, 14):
        word = "godziny"
    else:
        word = "godzin"
    return f"{number} {word}"


def verification_url(certificate, request=None):
    """The absolute address of the public verification page, as printed on the certificate."""
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("courses:verify_certificate", args=[certificate.code])
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    if base:
        return base.rstrip("/") + path
    return request.build_absolute_uri(path)


def qr_code_data_uri(url):
    return segno.make(url, error="m").svg_data_uri(scale=4, border=0)


def funding_strip_data_uri(portal_settings):
    """The EU funding mark strip embedded in the PDF (no file or network access while rendering)."""
    image = portal_settings.funding_image if portal_settings else None
    if image is None:
        return None
    rendition = image.get_rendition("width-2000|format-png")
    with rendition.file.open("rb") as strip:
        data = base64.b64encode(strip.read()).decode("ascii")
    return f"data:image/png;base64,{data}"


def pdf_filename(certificate):
    """An ASCII file name for the download, e.g. "zaswiadczenie-genogram-w-pracy-socjalnej.pdf"."""
    ascii_title = certificate.course_title.translate(str.maketrans("łŁ", "lL"))  # NFKD cannot split "ł"
    name = slugify(f"zaświadczenie {ascii_title}")
    if len(name) > 80:
        name = name[:81].rsplit("-", 1)[0]  # whole words only
    return f"{name}.pdf"


def certificate_pdf_bytes(certificate, request):
    """The certificate's PDF, made once per version (its HTML: learner, course, dates, settings, template) and
    kept; within the render limits (portal.render_limits.RenderRefused when it cannot be made now)."""
    html = certificate_html(certificate, request)
    return render_limits.render_once(
        request,
        "certificate-pdf",
        f"user-{certificate.enrolment.user_id}",
        render_limits.fingerprint(html, metadata.version("weasyprint")),
        lambda: pdf_from_html(html),
    )


def pdf_from_html(html):
    """A4 landscape, tagged (PDF/UA-1): the page size and language come from the HTML."""
    import weasyprint  # noqa: PLC0415  imported here: loading WeasyPrint takes half a second

    fetcher = weasyprint.urls.URLFetcher(allowed_protocols=["data"])
    return weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf(pdf_variant="pdf/ua-1")


def certificate_html(certificate, request):
    """The certificate's printable HTML, in Polish."""
    portal_settings = PortalSettings.for_request(request)
    url = verification_url(certificate, request)
    with translation.override("pl"):
        html = render_to_string(
            "courses/certificate_pdf.html",
            {
                "certificate": certificate,
                "completed_on": polish_date(completion_date(certificate)),
                "duration": polish_hours(certificate.hours) if certificate.minutes else "",
                "organisation": portal_settings.organisation_name,
                "funding_strip": funding_strip_data_uri(portal_settings),
                "funding_strip_alt": portal_settings.funding_image_alt,
                "funding_sentence": portal_settings.funding_sentence,
                "verification_url": url,
                "qr_code": qr_code_data_uri(url),
            },
        )
    return html


class VerificationForm(forms.Form):
    """GET /zaswiadczenie/: the code typed from a printed certificate."""

    kod = forms.CharField(
        label=_("Verification code"),
        max_length=40,
        help_text=_("Twelve letters and digits printed on the certificate, e.g. ABCD-EFGH-JKMN."),
    )

    def clean_kod(self):
        code = normalise_code(self.cleaned_data["kod"])
        if code is None:
            raise forms.ValidationError(_("This is not a verification code: it has twelve letters and digits."))
        return code

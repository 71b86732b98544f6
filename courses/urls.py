"""The learner's own pages outside the page tree: "Moje szkolenia" and certificates (zaświadczenia).

The certificate addresses follow the glossary (zaświadczenie, not certyfikat). The former addresses
answer with a permanent redirect, keeping the code and the query string: the QR code printed on every
certificate issued before the change points at /certyfikat/<code>/."""

from django.urls import path
from django.views.generic import RedirectView

from courses.views import learner

app_name = "courses"


def moved_permanently(pattern_name):
    """A 301 to the named address, with the same code (if any) and query string."""
    return RedirectView.as_view(pattern_name=f"{app_name}:{pattern_name}", permanent=True, query_string=True)


urlpatterns = [
    path("konto/szkolenia/", learner.my_courses, name="my_courses"),
    path("konto/zaswiadczenia/<str:code>.pdf", learner.certificate_pdf, name="certificate_pdf"),
    path("zaswiadczenie/", learner.verify_certificate, name="verify_certificate_form"),
    path("zaswiadczenie/<str:code>/", learner.verify_certificate, name="verify_certificate"),
    # The former addresses (before issue 20): printed QR codes, bookmarks, e-mails.
    path("konto/certyfikaty/<str:code>.pdf", moved_permanently("certificate_pdf")),
    path("certyfikat/", moved_permanently("verify_certificate_form")),
    path("certyfikat/<str:code>/", moved_permanently("verify_certificate")),
]

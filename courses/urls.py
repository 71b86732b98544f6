"""The learner's own pages outside the page tree: "Moje szkolenia" and certificates."""

from django.urls import path

from courses import views

app_name = "courses"

urlpatterns = [
    path("konto/szkolenia/", views.my_courses, name="my_courses"),
    path("konto/certyfikaty/<str:code>.pdf", views.certificate_pdf, name="certificate_pdf"),
    path("certyfikat/", views.verify_certificate, name="verify_certificate_form"),
    path("certyfikat/<str:code>/", views.verify_certificate, name="verify_certificate"),
]

"""/konto/dane/ (included by accounts/urls.py inside the "accounts" namespace)."""

from django.urls import path

from accounts import privacy

urlpatterns = [
    path("", privacy.my_data, name="privacy"),
    path("eksport.json", privacy.export_json, name="privacy_export"),
    path("usuniecie/", privacy.request_deletion, name="privacy_deletion_request"),
]

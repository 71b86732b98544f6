"""The search page's address, translated: /szukaj/, /en/search/, /uk/poshuk/ (portal/urls.py includes it
among the language-prefixed patterns)."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from search import views

urlpatterns = [
    path(pgettext_lazy("URL", "search/"), views.search, name="search"),
]

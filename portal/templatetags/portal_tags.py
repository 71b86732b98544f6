from django import template
from django.utils.translation import get_language

from portal import navigation
from portal.chrome import site_chrome

register = template.Library()


@register.simple_tag(takes_context=True)
def portal_chrome(context):
    """Menu, breadcrumbs, language links and the statement for the base template, computed once."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {}
    chrome = dict(site_chrome(request, get_language()))
    home = chrome.get("home")
    chrome["breadcrumbs"] = navigation.breadcrumbs(page, home)
    chrome["languages"] = navigation.language_links(request, page, homes=chrome.get("homes"))
    return chrome


@register.simple_tag(takes_context=True)
def localized_url(context, page):
    """URL of the page's translation in the active language where one is live, else of the page."""
    if page is None:
        return ""
    return page.localized.get_url(context.get("request"))

from django import template
from django.utils.translation import get_language

from portal import navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def portal_chrome(context):
    """Menu, breadcrumbs, language links and the statement for the base template, computed once."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {}
    home = navigation.current_home(request, page)
    return {
        "home": home,
        "menu": navigation.main_menu(home),
        "breadcrumbs": navigation.breadcrumbs(page, home),
        "languages": navigation.language_links(request, page),
        "statement": navigation.accessibility_statement(home),
        "footer_links": navigation.footer_links(context.get("portal_settings"), get_language()),
    }


@register.simple_tag(takes_context=True)
def localized_url(context, page):
    """URL of the page's translation in the active language where one is live, else of the page."""
    if page is None:
        return ""
    return page.localized.get_url(context.get("request"))

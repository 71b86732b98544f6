from wagtail import hooks

from home.models import HomePage
from portal.sections import Section


@hooks.register("register_portal_sections")
def home_sections():
    # The home page of each language: the core finds it through the registry (governance, search).
    return [Section(name="home", item_model=HomePage)]

from wagtail import hooks

from search.indexing import INDEX_TEXT


@hooks.register("register_page_index_text")
def page_index_text():
    """The text of every page's word-form search fields (portal.page_index)."""
    return INDEX_TEXT

"""The search page: /szukaj/ (/en/search/, /uk/poshuk/) over the public pages of the current language."""

import datetime

from django import forms
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from portal.content_version import cached_choices
from portal.listing import ListingFilterForm
from portal.regions import attach_region_pages
from portal.sections import all_sections, section
from search import excerpts, indexing, lemmas, query, ranking, vocabulary

RESULTS_PER_PAGE = 10


def search_types():
    """(key, label, model) of the page types the public search covers, in the order of the filter: the
    sections registered with a search key (portal.sections).

    Lessons are left out on purpose: their text holds the quizzes' answers."""
    return [
        (section.search_key, section.search_label, section.item_model)
        for section in all_sections()
        if section.search_key
    ]


def home_page(locale):
    """The live home page of ``locale``."""
    return section("home").item_model.objects.filter(locale=locale).live().first()


def publication_years():
    def years():
        dates = Page.objects.live().exclude(first_published_at=None).dates("first_published_at", "year", "DESC")
        return [day.year for day in dates]

    return cached_choices("search-years", years)


class SearchForm(ListingFilterForm):
    type = forms.ChoiceField(label=_("Type"), required=False)

    def __init__(self, data, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["type"].choices = [("", _("all"))] + [(key, label) for key, label, _model in search_types()]
        self.order_fields(["type", "region", "project", "year"])


def result_date(page):
    """The date a reader expects beside the result: the news item's, the event's start, the version's."""
    for name in ("display_date", "start_date", "version_date"):
        value = getattr(page, name, None)
        if value:
            return value
    return timezone.localdate(page.first_published_at) if page.first_published_at else None


def filtered_pages(form, locale):
    """The live, public pages of ``locale`` the search may return, narrowed by the valid filters."""
    filters = form.valid_filters()
    chosen = [model for key, _label, model in search_types() if filters.get("type") in (None, key)]
    queryset = Page.objects.live().public().filter(locale=locale).type(*chosen)
    queryset = form.filter_by_place(queryset)
    if "year" in filters:
        zone = timezone.get_current_timezone()
        start = datetime.datetime(filters["year"], 1, 1, tzinfo=zone)
        queryset = queryset.filter(
            first_published_at__gte=start, first_published_at__lt=start.replace(year=start.year + 1)
        )
    return queryset


RESULTS_LIMIT = 200  # the most results a search lists: nobody pages further, the filters narrow it down


def by_title_hits(ids, parsed, language):
    """``ids`` reordered: pages whose title holds more of the query's words first, the engine's order
    otherwise. The engines weigh the title more, but a long document that mentions every word many times
    would still come before the page named after them."""
    wanted = query.matched_lemmas(parsed, language)
    titles = dict(Page.objects.filter(pk__in=ids).values_list("pk", "title"))

    def hits(title):
        keys = set()
        for word in lemmas.words(title):
            keys |= excerpts.word_keys(word, language)
        return len(keys & wanted)

    score = {pk: hits(title) for pk, title in titles.items()}
    return sorted((pk for pk in ids if pk in score), key=lambda pk: -score[pk])


def attempts(size):
    """How many of the query's ``size`` words may be missing, in the order tried (see ``query.build``)."""
    if size <= 1:
        return (0,)
    if size == 2:
        return (0, 2)  # with two words, "all but one" is "any"
    return (0, 1, size)


def run(queryset, parsed, language):
    """(ids of the best pages, every word found, more than RESULTS_LIMIT found).

    All the words; when that finds nothing, all but one; then any."""
    size = len(parsed.words) + len(parsed.phrases)
    for missing in attempts(size):
        ids = ranking.best_page_ids(queryset, query.build(parsed, language, missing), RESULTS_LIMIT + 1)
        if ids:
            break
    return by_title_hits(ids[:RESULTS_LIMIT], parsed, language), missing == 0, len(ids) > RESULTS_LIMIT


def did_you_mean(parsed, queryset, language):
    """A corrected query that finds something, when some words are one letter away from indexed ones."""
    corrected, changed = [], False
    for word in parsed.words:
        found = vocabulary.suggestions(word, language, limit=1)
        corrected.append(found[0] if found else word)
        changed = changed or bool(found)
    if not changed:
        return None
    text = " ".join(corrected + [f'"{" ".join(phrase)}"' for phrase in parsed.phrases])
    candidate = query.parse(text)
    ids, _every_word, _more = run(queryset, candidate, language)
    return text if ids else None


def present(ids, parsed, language):
    """The results of one page as the template shows them: type, date, region, title and excerpt marked."""
    wanted = query.matched_lemmas(parsed, language)
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    ordered = attach_region_pages([specific[pk] for pk in ids if pk in specific])
    items = []
    for page in ordered:
        text = indexing.searchable_text(page)
        items.append(
            {
                "page": page,
                "type": page.specific_class._meta.verbose_name,
                "date": result_date(page),
                "region": page.region_page,
                "title": excerpts.highlight(page.title, wanted, language),
                "excerpt": excerpts.excerpt(text, wanted, language) if text else "",
            }
        )
    return items


@require_GET
def search(request):
    locale = Locale.get_active()
    language = get_language() or "pl"
    parsed = query.parse(request.GET.get("q", ""))
    home = home_page(locale)
    form = SearchForm(request.GET, home=home, years=publication_years()) if home else None
    # A language without a home page (no content translated yet) finds nothing.
    context = {"query": parsed, "form": form, "results": None, "page": None, "total": 0, "more": False}
    if not parsed.is_empty and form is not None:
        queryset = filtered_pages(form, locale)
        ids, every_word, more = run(queryset, parsed, language)
        page_of_results = Paginator(ids, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        context.update(
            {
                "results": present(list(page_of_results.object_list), parsed, language),
                "page_of_results": page_of_results,
                "total": len(ids),
                "more": more,
                "every_word": every_word,
                "suggestion": None if ids else did_you_mean(parsed, queryset, language),
                "home": home,
            }
        )
    response = render(request, "search/results.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response

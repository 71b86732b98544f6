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

from portal.listing import ListingFilterForm, cached_choices
from portal.regions import attach_region_pages
from portal.search import excerpts, indexing, lemmas, query, vocabulary

RESULTS_PER_PAGE = 10


def search_types():
    """(key, label, model) of the page types the public search covers, in the order of the filter.

    Lessons are left out on purpose: their text holds the quizzes' answers."""
    from courses.models import CoursePage
    from news.models import EventPage, NewsPage
    from portal.models import ModelDocumentPage, RegionPage, StandardPage

    return [
        ("aktualnosci", _("News"), NewsPage),
        ("wydarzenia", _("Events"), EventPage),
        ("dokumenty", _("Documents"), ModelDocumentPage),
        ("szkolenia", _("Courses"), CoursePage),
        ("regiony", _("Regions"), RegionPage),
        ("strony", _("Pages"), StandardPage),
    ]


def home_page(locale):
    from home.models import HomePage

    return HomePage.objects.filter(locale=locale).live().first()


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


RERANKED = 200  # the best results by the engine's score that are reordered by title matches


class RankedResults:
    """The engine's results with the first RERANKED reordered: pages whose title holds more of the query's
    words first, the engine's order otherwise. SQLite's FTS5 ranks a page's title and body alike, and a
    long document that mentions every word would otherwise come before the page named after them.

    Sliced by the paginator like a list; pages beyond the reordered ones come straight from the engine."""

    def __init__(self, results, parsed, language):
        self.results = results
        self.wanted = query.matched_lemmas(parsed, language)
        self.language = language
        self._head = None

    def __len__(self):
        return self.results.count()

    count = __len__

    def title_hits(self, page):
        keys = set()
        for word in lemmas.words(page.title):
            keys |= excerpts.word_keys(word, self.language)
        return len(keys & self.wanted)

    @property
    def head(self):
        if self._head is None:
            found = list(self.results[:RERANKED])
            order = sorted(range(len(found)), key=lambda number: (-self.title_hits(found[number]), number))
            self._head = [found[number] for number in order]
        return self._head

    def __getitem__(self, index):
        if isinstance(index, slice) and (index.stop or 0) <= RERANKED:
            return self.head[index]
        if isinstance(index, slice):
            return list(self.results[index])
        return self.head[index] if index < RERANKED else self.results[index]


def run(queryset, parsed, language):
    """(results, every word found): all the words; when that finds nothing, all but one; then any."""
    size = len(parsed.words) + len(parsed.phrases)
    for missing in (0, 1, size) if size > 1 else (0,):
        results = queryset.search(query.build(parsed, language, missing), order_by_relevance=True)
        if missing == size or results.count():
            break
    return RankedResults(results, parsed, language), missing == 0


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
    results, _every_word = run(queryset, candidate, language)
    return text if len(results) else None


def present(pages, parsed, language):
    """The page's results as the template shows them: type, date, region, title and excerpt marked."""
    wanted = query.matched_lemmas(parsed, language)
    specific = {page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()}
    ordered = attach_region_pages([specific[p.pk] for p in pages if p.pk in specific])
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
    context = {"query": parsed, "form": form, "results": None, "page": None}
    if not parsed.is_empty and form is not None:
        queryset = filtered_pages(form, locale)
        results, every_word = run(queryset, parsed, language)
        page_of_results = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        context.update(
            {
                "results": present(list(page_of_results.object_list), parsed, language),
                "page_of_results": page_of_results,
                "total": page_of_results.paginator.count,
                "every_word": every_word,
                "suggestion": None if page_of_results.paginator.count else did_you_mean(parsed, queryset, language),
                "home": home,
            }
        )
    response = render(request, "search/results.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response

"""The search engine's best pages for a query, in one SQL query.

Wagtail's database backends rank every match, and SQLite's scores each one in a correlated subquery
that runs the full-text match again: with "kooperacja" in 9,500 of 10,000 news items a search took a
minute. Here the match, the ranking and the limit are one query over the index table, filtered to the
pages the search may show, so the cost is the engine's own: 1–50 ms at 10,000 items.

The query itself (words, forms, phrases, AND/OR) is compiled by the backend's own query compiler, so
the syntax the engines see is exactly Wagtail's. Other backends (Elasticsearch, OpenSearch) rank well
themselves and go through ``queryset.search()``.
"""

from django.db.models import CharField, F, FloatField, Func
from django.db.models.functions import Cast
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from portal.listing import cached_values

TITLE_WEIGHT = 4.0  # how much more a word in the title counts than one in the body (SQLite's bm25)


def best_page_ids(queryset, search_query, limit):
    """The ids of at most ``limit`` pages of ``queryset`` matching ``search_query``, best first."""
    if search_query is None:
        return []
    backend = get_search_backend()
    name = type(backend).__name__
    if name == "SQLiteSearchBackend":
        rows = _sqlite_ranked(backend, queryset, search_query)
    elif name == "PostgresSearchBackend":
        rows = _postgres_ranked(backend, queryset, search_query)
    else:
        return list(queryset.search(search_query, order_by_relevance=True)[:limit].values_list("pk", flat=True))
    # Cached until a page is published, unpublished, moved or deleted (the listings' cache version).
    return [int(object_id) for object_id in cached_values(rows[:limit])]


def _page_keys(queryset):
    """The index's object ids (text) of the pages in ``queryset``."""
    return queryset.order_by().annotate(index_key=Cast("pk", CharField())).values("index_key")


def _page_content_types():
    from modelsearch.utils import get_descendants_content_types_pks

    return get_descendants_content_types_pks(Page)


class WeightedBM25(Func):
    """FTS5's bm25() with a weight per column (autocomplete, body, title: the order of the table);
    lower is better."""

    def __init__(self, table):
        super().__init__(output_field=FloatField())
        self.table = table

    def as_sql(self, compiler, connection, **extra):
        return f"bm25({self.table}, 0.0, 1.0, {TITLE_WEIGHT})", []


def _sqlite_ranked(backend, queryset, search_query):
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry

    compiler = backend.query_compiler_class(queryset, search_query)
    match = MatchExpression(compiler.FTS_TABLE_FIELDS, compiler.build_search_query(normalize(search_query)))
    return (
        SQLiteFTSIndexEntry.objects.filter(match)
        .filter(
            index_entry__content_type__in=_page_content_types(),
            index_entry__object_id__in=_page_keys(queryset),
        )
        .annotate(score=WeightedBM25(SQLiteFTSIndexEntry._meta.db_table))
        .order_by("score", "-index_entry_id")
        .values_list("index_entry__object_id", flat=True)
    )


def _postgres_ranked(backend, queryset, search_query):
    from django.contrib.postgres.search import SearchRank, SearchVectorField
    from django.db.models.expressions import CombinedExpression
    from wagtail.search.models import IndexEntry

    compiler = backend.query_compiler_class(queryset, search_query)
    tsquery = compiler.build_tsquery(search_query, config=backend.config)
    # The same expression as the GIN index of migration portal/0009, so the planner uses that index.
    vector = CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField())
    return (
        IndexEntry.objects.annotate(document=vector)
        .filter(document=tsquery)
        .filter(content_type__in=_page_content_types(), object_id__in=_page_keys(queryset))
        .annotate(rank=SearchRank(F("document"), tsquery, weights=compiler.sql_weights))
        .order_by("-rank", "-id")
        .values_list("object_id", flat=True)
    )

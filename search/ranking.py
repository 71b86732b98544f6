"""The search engine's best pages for a query, in one SQL query.

Wagtail's database backends rank every match, and SQLite's scores each one in a correlated subquery
that runs the full-text match again: with "kooperacja" in 9,500 of 10,000 news items a search took a
minute. Here the match, the ranking and the limit are one query over the index table, filtered to the
pages the search may show, so the cost is the engine's own: 1–50 ms at 10,000 items.

The query itself (words, forms, phrases, AND/OR) is compiled by the backend's own query compiler, so
the syntax the engines see is exactly Wagtail's. On PostgreSQL, pages with the words in their title come
first and are enough for a broad query, which then never reads the large body vectors (_postgres_ranked). Other backends (Elasticsearch, OpenSearch) rank well
themselves and go through ``queryset.search()``.
"""

from django.contrib.postgres.search import SearchRank, SearchVectorField
from django.db.models import CharField, Expression, F, FloatField, Func
from django.db.models.functions import Cast
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from portal.listing import cached_values

STORED_DOCUMENT = "portal_document"  # PostgreSQL: title || body, a generated column (migration portal/0011)
TITLE_WEIGHT = 4.0  # how much more a word in the title counts than one in the body (SQLite's bm25)


def best_page_ids(queryset, search_query, limit):
    """The ids of at most ``limit`` pages of ``queryset`` matching ``search_query``, best first."""
    if search_query is None:
        return []
    backend = get_search_backend()
    name = type(backend).__name__
    # Cached until a page is published, unpublished, moved or deleted (the content version).
    if name == "SQLiteSearchBackend":
        object_ids = cached_values(_sqlite_ranked(backend, queryset, search_query)[:limit])
    elif name == "PostgresSearchBackend":
        object_ids = _postgres_ranked(backend, queryset, search_query, limit)
    else:
        return list(queryset.search(search_query, order_by_relevance=True)[:limit].values_list("pk", flat=True))
    return [int(object_id) for object_id in object_ids]


def _page_keys(queryset):
    """The index's object ids (text) of the pages in ``queryset``."""
    return queryset.order_by().annotate(index_key=Cast("pk", CharField())).values("index_key")


def _page_content_types():
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
    # Imported here: these modules look up the SQLite index model, which exists only on SQLite.
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize  # noqa: PLC0415 SQLite only
    from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry  # noqa: PLC0415 SQLite only

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


class StoredDocument(Expression):
    """The search index's ``title || body`` vector, stored by PostgreSQL (migration portal/0011)."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(IndexEntry._meta.db_table)
        return f"{table}.{connection.ops.quote_name(STORED_DOCUMENT)}", []


def _postgres_ranked(backend, queryset, search_query, limit):
    """Pages with the query in their title first, ranked by the title alone; then, when they are fewer
    than ``limit``, every match ranked by title and body.

    The title counts 100 times more than the body in the ranking, so a page with the words in its title
    ranks above every page with them only in the body: when the titles alone fill the list, the body's
    ranking would change only the order among equal titles (newest first here). Ranking by the title is
    cheap (small vectors); ranking by the body reads every match's large vector: 1.5–12 ms against
    50–75 ms for words in 1,500–9,500 of 10,000 news items."""
    compiler = backend.query_compiler_class(queryset, search_query)
    tsquery = compiler.build_tsquery(search_query, config=backend.config)
    entries = IndexEntry.objects.filter(content_type__in=_page_content_types(), object_id__in=_page_keys(queryset))
    by_title = (
        entries.filter(title=tsquery)
        .annotate(rank=SearchRank(F("title"), tsquery))
        .order_by("-rank", "-id")
        .values_list("object_id", flat=True)
    )
    found = cached_values(by_title[:limit])
    if len(found) >= limit:
        return found
    by_document = (
        entries.annotate(document=StoredDocument())
        .filter(document=tsquery)
        .annotate(rank=SearchRank(F("document"), tsquery, weights=compiler.sql_weights))
        .order_by("-rank", "-id")
        .values_list("object_id", flat=True)
    )
    return cached_values(by_document[:limit])

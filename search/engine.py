"""The site's search, on PostgreSQL's full-text search: no search service, no extension needed.

Each searchable model declares what it offers (`search_fields`, search.declaration), from which a
`SearchSource` is made: its published objects and their text fields by weight. A query is matched in
the text the reader sees in the page's language (an English text, else the German one it falls back
to), stemmed by that language's dictionary, titles weighing more than summaries, summaries more than
bodies. German compounds are found by their parts: a word of four letters or more also matches inside
longer words ("Klima" in "Klimapartnerschaft"), which the stemmer alone would miss.
"""

import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, SearchVectorField
from django.db import DEFAULT_DB_ALIAS
from django.db.models import F, FloatField, GeneratedField, Q, Value
from django.db.models.functions import Coalesce
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from core.rich_text import to_plain_text
from core.translated_text import TranslatedText, content_languages, in_language, pick

MAX_QUERY_CHARS = 100
MAX_RESULTS = 50
SNIPPET_CHARS = 200
# Kiswahili has no stemmer in PostgreSQL: its words are matched as written ("simple").
CONFIGS = {"de": "german", "en": "english", "ro": "romanian"}
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, eq=False)  # one object per searchable model: its identity is its key
class SearchSource:
    kind: str  # what a result is, e.g. "Partnership", said on the result page
    queryset: object  # () -> the objects the public may see
    # Translated fields by weight: "A" titles, "B" summaries and places, "C" bodies.
    fields: dict


@dataclass
class Hit:
    """A found object as a row of values (its rank, its texts as shown, the columns of its address):
    cheap to make for every hit, so that only the results shown on a page of the results become
    objects (for their addresses) and have their texts freed of markup for a snippet (`results`)."""

    source: SearchSource
    row: dict
    title: TranslatedText
    rank: float
    model: type

    def object(self):
        """The object with the columns its source reads (`_columns`), a related object's too (a
        milestone's partnership, from the row's `partnership__…` columns): enough for its address."""
        obj = _from_row(self.model, self.row, "")
        for relation in {name.split("__", 1)[0] for name in self.row if "__" in name}:
            field = self.model._meta.get_field(relation)
            field.set_cached_value(obj, _from_row(field.related_model, self.row, f"{relation}__"))
        return obj


def _from_row(model, row: dict, prefix: str):
    """An object of `model` from the row's columns named `prefix` + column; the others deferred."""
    names = [f.attname for f in model._meta.concrete_fields if prefix + f.attname in row]
    return model.from_db(DEFAULT_DB_ALIAS, names, [row[prefix + name] for name in names])


@dataclass
class Result:
    kind: str
    title: str
    url: str
    snippet: SafeString
    rank: float


def clean_query(raw: str) -> str:
    """What is searched for: printable characters only (PostgreSQL refuses NUL), spaces collapsed."""
    text = "".join(char for char in raw if unicodedata.category(char)[0] != "C")
    return " ".join(text.split())[:MAX_QUERY_CHARS]


def _alias(field: str) -> str:
    # Without "__": in a hit's row, that marks a related object's column (Hit.object).
    return "shown_" + field.replace("__", "_")


def _parts(query: str) -> list[str]:
    return [word for word in _WORD.findall(query) if len(word) >= 4]


def document(fields: dict, language: str) -> SearchVector:
    """The weighted search vector of a model's own text fields in `language` (related fields, such as a
    partnership's programme, are searched by substring only)."""
    config = CONFIGS.get(language, "simple")
    own = [(field, weight) for field, weight in fields.items() if "__" not in field]
    parts = [
        SearchVector(in_language(field, language), weight=weight, config=config) for field, weight in own
    ]
    vector = parts[0]
    for part in parts[1:]:
        vector = vector + part
    return vector


def search_vector(fields: dict, language: str) -> GeneratedField:
    """A searchable model's `search_<language>` column: its `document`, computed by PostgreSQL whenever
    the row is written. Stored, because ranking reads the whole vector of every hit: computed at query
    time, a word found in most rows made a search slow (about 20 ms a model at 500 rows)."""
    return GeneratedField(
        expression=document(fields, language), output_field=SearchVectorField(), db_persist=True
    )


def vector_name(language: str) -> str:
    """The column of a searchable model that holds its `search_vector` in `language`."""
    return f"search_{language}"


def search_indexes(name: str) -> list[GinIndex]:
    """For a searchable model's Meta.indexes: a GIN index of each language's stored vector."""
    return [
        GinIndex(fields=[vector_name(code)], name=f"{name}_search_{code}") for code in content_languages()
    ]


def search_vector_names() -> list[str]:
    """The columns that hold only what PostgreSQL derives from the text: not part of a version."""
    return [vector_name(code) for code in content_languages()]


def _search_source(source: SearchSource, query: str, language: str) -> list[Hit]:
    """One query: the public objects whose words match (the GIN index, where the query has no word
    part to look for) or whose texts hold a word part (by substring, also in related fields such as a
    partnership's programme), ranked. Subqueries for the two ways cost more to build than to run."""
    config = CONFIGS.get(language, "simple")
    vector = F(vector_name(language))
    terms = SearchQuery(query, search_type="websearch", config=config)
    found = Q(**{vector_name(language): terms})
    if parts := _parts(query):
        # Each word part somewhere in the texts.
        found |= Q(*(_inside(word, source.fields) for word in parts))
    public = _shown_texts(source, language).all()
    rank = Coalesce(SearchRank(vector, terms), Value(0.0), output_field=FloatField())
    rows = (
        public.annotate(rank=rank)
        .filter(found)
        .order_by("-rank", "pk")  # ties in a lasting order: pages of results do not overlap
        .values(*_columns(public), *map(_alias, source.fields), "rank")[:MAX_RESULTS]
    )
    return [_hit(source, row, query, public.model) for row in rows]


@functools.cache
def _shown_texts(source: SearchSource, language: str):
    """A source's public objects with the texts a reader of `language` sees (`shown_…`), built once per
    process and language and copied for each search, as `objects.published()` is: building it took
    more than a third of a kind's query. Without modeltranslation's rewriting: the query names each
    language's column itself, and the rows come as Django makes them."""
    shown = {_alias(field): in_language(field, language) for field in source.fields}
    return source.queryset().rewrite(False).annotate(**shown)


def _columns(queryset) -> list[str]:
    """The columns a source's query reads of its objects (its `.only()`, else all), as `values()`
    names: `partnership_id`, a related object's `partnership__slug_de`."""
    model = queryset.model
    names, deferred = queryset.query.deferred_loading
    if deferred:
        return [field.attname for field in model._meta.concrete_fields if field.name not in names]
    own = {model._meta.pk.attname, *(model._meta.get_field(n).attname for n in names if "__" not in n)}
    return sorted(own) + sorted(name for name in names if "__" in name)


def _inside(word: str, fields) -> Q:
    return Q(*(Q(**{f"{_alias(field)}__icontains": word}) for field in fields), _connector=Q.OR)


def _hit(source, row, query, model) -> Hit:
    field = next(iter(source.fields))
    title = pick({code: row[f"{field}_{code}"] for code in content_languages()})
    # A title that matches (only) by its words ranks above a body that does.
    bonus = 0.5 if _find(title.text, query) is not None else 0.0
    return Hit(source, row, title, row["rank"] + bonus, model)


def results(hits: list[Hit], query: str) -> list[Result]:
    """The hits as the result page shows them, each with a snippet around the query."""
    return [
        Result(
            hit.source.kind,
            hit.title,
            hit.object().get_absolute_url(),
            snippet(_snippet_source(hit.row, list(hit.source.fields)[1:], query), query),
            hit.rank,
        )
        for hit in hits
    ]


def _snippet_source(row, fields, query) -> str:
    """The first text that holds the query, else the first text. Each is freed of markup only when it
    is looked at: a result has up to six, and most queries are found in the first."""
    first = None
    for field in fields:
        text = to_plain_text(row[_alias(field)] or "")
        if _find(text, query) is not None:
            return text
        first = text if first is None else first
    return first or ""


def _words(query: str) -> list[str]:
    """The query's words worth marking: single letters would mark half the text."""
    return [word for word in _WORD.findall(query) if len(word) > 1]


def _find(text: str, query: str) -> int | None:
    positions = [text.lower().find(word.lower()) for word in _words(query)]
    found = [position for position in positions if position >= 0]
    return min(found) if found else None


def snippet(text: str, query: str) -> SafeString:
    """A piece of `text` around the first word of the query it holds, the words marked. Escaped first:
    nothing of the query or the text reaches the page as markup."""
    start = max((_find(text, query) or 0) - SNIPPET_CHARS // 3, 0)
    piece = text[start : start + SNIPPET_CHARS]
    piece = ("…" if start else "") + piece + ("…" if start + SNIPPET_CHARS < len(text) else "")
    escaped = escape(piece)
    words = sorted({escape(word) for word in _words(query)}, key=len, reverse=True)
    if not words:
        return mark_safe(escaped)
    pattern = re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)
    return mark_safe(pattern.sub(lambda match: f"<mark>{match[0]}</mark>", escaped))


def search(sources, query: str) -> list[Hit]:
    """Every source's hits, best first; `results` turns those to be shown into results."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    hits = [hit for source in sources for hit in _search_source(source, query, language)]
    return sorted(hits, key=lambda hit: hit.rank, reverse=True)


def suggestion(sources, query: str) -> str | None:
    """For a query without hits: the closest spelling among the words of the titles, if one is close."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    vocabulary = set()
    for source in sources:
        title_field = next(iter(source.fields))
        for title in (
            source.queryset().annotate(t=in_language(title_field, language)).values_list("t", flat=True)
        ):
            vocabulary.update(word for word in _WORD.findall(title or "") if len(word) >= 4)
    lowered = {word.lower(): word for word in vocabulary}
    corrected = []
    for word in query.split():
        close = difflib.get_close_matches(word.lower(), lowered, n=1, cutoff=0.75)
        corrected.append(lowered[close[0]] if close else word)
    proposal = " ".join(corrected)
    return proposal if proposal.lower() != query.lower() else None

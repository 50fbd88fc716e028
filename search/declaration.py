"""A searchable model says once, on the model, what the search reads of it (as Wagtail's `search_fields`):

    class Story(AddressedModel):
        search_fields = {"title": "A", "teaser": "B", "body": "C", "shown_text": "C"}

Fields by weight: "A" titles, "B" summaries and places, "C" bodies; a related field (`programme__name`)
is searched by substring; "shown_text" is what the page shows besides its own fields (search.shown_text).
When the class is ready the search derives the rest: a stored vector column per language
(`search_<language>`) with its GIN index, the shown-text columns, and the model's `SearchSource`.

Optional: `search_kind`, what a result is called (else the model's verbose name), and a classmethod
`search_results()`, the public objects with the columns a result needs (else the published ones with
their first field and slug).
"""

import functools

from django.apps import apps
from django.contrib.postgres.indexes import GinIndex
from django.db.models.signals import class_prepared
from django.utils.text import capfirst

from core.translated_text import columns, content_languages
from search import shown_text
from search.engine import SearchSource, search_vector, vector_name

# PostgreSQL takes longer names, Django's checks (models.E034) do not.
MAX_INDEX_NAME = 30


def index_name(model, language: str) -> str:
    suffix = f"_search_{language}"
    return model._meta.model_name[: MAX_INDEX_NAME - len(suffix)] + suffix


def add_search_columns(sender, **kwargs) -> None:
    """Receiver of `class_prepared`: the columns and indexes a model's `search_fields` call for. Not
    for the models a migration builds: their columns come from the migration's state."""
    fields = sender.__dict__.get("search_fields")
    if not fields or sender._meta.abstract or sender.__module__ == "__fake__":
        return
    indexes = sender._meta.indexes
    for code in content_languages():
        sender.add_to_class(vector_name(code), search_vector(fields, code))
        indexes.append(GinIndex(fields=[vector_name(code)], name=index_name(sender, code)))
    # As if Meta had said them: migrations read a model's indexes from what its Meta declared.
    sender._meta.original_attrs["indexes"] = indexes
    if "shown_text" in fields:
        shown_text.add_columns(sender)


def searchable_models() -> list[type]:
    return [model for model in apps.get_models() if model.__dict__.get("search_fields")]


def _results(model):
    if "search_results" in model.__dict__:
        return model.search_results
    first = next(iter(model.search_fields))
    return lambda: model._default_manager.published().only(*columns(first, "slug"))


def source_of(model) -> SearchSource:
    kind = model.__dict__.get("search_kind") or capfirst(model._meta.verbose_name)
    return SearchSource(kind, _results(model), model.search_fields)


@functools.cache
def sources() -> list[SearchSource]:
    """What the search looks through: every searchable model, in the order of the apps. Made once: a
    source's prepared query is kept per process (search.engine)."""
    return [source_of(model) for model in searchable_models()]


class_prepared.connect(add_search_columns, dispatch_uid="search_columns")

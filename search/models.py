"""No models of its own. Imported before the content apps' models (INSTALLED_APPS' order), so that a
searchable model gets its columns when its class is made (search.declaration)."""

from search import declaration  # noqa: F401

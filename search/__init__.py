"""The site's search: what a visitor finds from the box in every page's header.

It holds the search on PostgreSQL's full-text search (engine: the stored vectors, the query, ranking
and snippets), what a model's `search_fields` derive (declaration: its columns, indexes and source),
the texts a page shows beside its object's own fields (shown_text), and the results page (views). It
must not hold content: a model declares its `search_fields`, and a content app registers the texts it
adds to another's page in its AppConfig.ready(). It builds on core and operations.
"""

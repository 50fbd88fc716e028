"""The site's search: what a visitor finds from the box in every page's header.

It holds the search on PostgreSQL's full-text search (engine: the stored vectors, the query, ranking
and snippets, the registry of what each app offers), the texts a page shows beside its object's own
fields (shown_text), and the results page (views). It must not hold content: each content app registers
its `SearchSource` and its shown texts in its AppConfig.ready(). It builds on core and operations.
"""

"""The editors' workplace: the admin as the city's editors and translators use it.

It holds the admin's base classes for every kind of content (German and English tabs, revisions, the
guard against a stale save), the two-factor admin site with its start page, the roles (editors and
translators, what each may change), share links of drafts, the translation status, restoring and
recovering without loss (with the links a deletion cut), the comparison of revisions, and the
password reset. It must not hold public pages or content: the content apps' admin modules build on
it. It builds on core and operations.
"""

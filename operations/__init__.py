"""Running the site, below every page: what the server's operators care about.

It holds the shared page cache with its schedule-aware freshness (page_cache), one-archive backups
and restores (backups), the 503 page and log line while the database is away (outage), throttled
error mails and one-line log filters (error_mail), limits per client under a database lock (limits),
the client's address behind the proxy (clients), the session engine that refuses forged cookies
(sessions), and work after the response (background). It must not hold content, pages or admin
parts, and imports no app of the site: `core` and the content apps build on it.
"""

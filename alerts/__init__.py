"""E-mail alerts: citizens follow a partnership, a theme, new events or new stories, at once or weekly.

Double opt-in, no account and no cookie: the links in the mails carry the subscription's key. What is
new is found by a sweep (`manage.py send_alerts`, every few minutes), so a scheduled publication is
announced when it opens; each item goes out once (a correction is not announced again unless an editor
asks), and mails are sent in batches outside any request, retried while the mail server is away.
"""

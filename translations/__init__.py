"""The translators' tools: which English texts are missing, and which are outdated because the
German text changed since (status, `TranslationSource`), for the admin's translation status page and
the notes on each form. It must not hold the admin's pages or roles (the workplace shows what this
finds) nor any content type; it builds on core alone.
"""

"""Publishing: when content is public, at which address, and who may see it before.

It holds publication windows and their statuses (publishing: `PublishableModel`, `published()`),
the abstract model for slugged, publishable content with its old addresses that redirect (slugs:
`AddressedModel`, `OldSlug`), previews for staff and signed share links (preview, `ShareKey`), who
counts as signed-in staff, and the files of unpublished content for those who may preview it (views).
It must not hold the admin, search or content types of its own; content apps build on it.
"""

"""A kind of content that exists only in the tests: the proof that a new kind gets revisions, search,
translator rights, page-cache invalidation and its admin from what it declares, without any list of
the site being touched. Its files are the ones the README's "Adding a kind of content" names."""

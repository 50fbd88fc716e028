"""The shared cache of a site without a cache server (no REDIS_URL): files every worker reads."""

from django.core.cache.backends.filebased import FileBasedCache

# How often a process's writes look whether the folder must be culled. Django's file cache lists its
# whole folder at every write to count the files against MAX_ENTRIES: a millisecond at 800 files and
# five at 5,000, paid by every page that is stored (and by every part of pages kept after an edit).
CULL_EVERY = 50


class FileCache(FileBasedCache):
    """Django's file cache, counting its files at every CULL_EVERY-th write of a process rather than at
    every write: the folder may exceed MAX_ENTRIES by that many files a worker until the next count."""

    _writes = 0

    def _cull(self):
        self._writes += 1
        if self._writes % CULL_EVERY == 0:
            super()._cull()

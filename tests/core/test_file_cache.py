"""The shared cache without a cache server: files, whose folder is kept within bounds without being
listed at every write."""

from core.file_cache import CULL_EVERY, FileCache


def file_cache(folder, entries):
    return FileCache(str(folder), {"OPTIONS": {"MAX_ENTRIES": entries}})


def test_the_folder_stays_within_its_bound(tmp_path):
    cache = file_cache(tmp_path, entries=200)
    most = 0
    for number in range(10 * CULL_EVERY):
        cache.set(f"page-{number}", "<html>" * 100, timeout=600)
        most = max(most, len(list(tmp_path.iterdir())))
    assert 200 <= most <= 200 + CULL_EVERY


def test_a_write_does_not_list_the_whole_folder(tmp_path, monkeypatch):
    cache = file_cache(tmp_path, entries=5000)
    listings = []
    real_list = cache._list_cache_files
    monkeypatch.setattr(cache, "_list_cache_files", lambda: listings.append(1) or real_list())
    for number in range(2 * CULL_EVERY):
        cache.set(f"page-{number}", "<html>", timeout=600)
    assert len(listings) == 2
    assert cache.get("page-0") == "<html>"

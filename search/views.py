import re

from django.core.paginator import Paginator
from django.views.generic import TemplateView

from operations import page_cache
from search import declaration, engine

RESULTS_PER_PAGE = 20
PAGE_NUMBER = re.compile(r"[0-9]{1,6}", re.ASCII)


class SearchView(TemplateView):
    """Results for `?q=`, in the page's language; never indexed. An empty, odd or overlong query gets a
    polite page, and a query without hits a close spelling where there is one."""

    template_name = "search/results.html"

    def get_context_data(self, **kwargs):
        raw = self.request.GET.get("q", "")
        query = engine.clean_query(raw)
        sources = declaration.sources()
        hits = engine.search(sources, query) if query else []
        # A page of results at a time. The number is read in ASCII digits only (int() would take "٢");
        # anything else, or a page beyond the last, gets the nearest page rather than an error.
        number = self.request.GET.get("page", "")
        number = number if PAGE_NUMBER.fullmatch(number) else 1
        page = Paginator(hits, RESULTS_PER_PAGE).get_page(number)
        # Kept in the page cache: a page of results of a search that found something, or the empty
        # form; never what a made-up query gives (operations.page_cache.understood).
        if hits or not raw:
            page_cache.understood(self.request, q=query, page=page.number)
        elif query:
            self.request.search_found_nothing = query  # counted, without the asker (visits)
        return super().get_context_data(
            query=query,
            shortened=len(raw.strip()) > engine.MAX_QUERY_CHARS,
            max_chars=engine.MAX_QUERY_CHARS,
            found=len(hits),
            page=page,
            results=engine.results(page.object_list, query),
            suggestion=engine.suggestion(sources, query) if query and not hits else None,
            **kwargs,
        )

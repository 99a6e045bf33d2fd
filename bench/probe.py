"""The serving side of the benchmark, run in its own process so its memory is its own.

`ours` times the search page (through Django's test client: view, engine, facets,
highlights, template) for a query new since the index last changed and for a repeated
one (kept until the index changes), the suggestion and autocomplete, and its memory; `others` times the same
queries through stock Haystack and through the raw Whoosh searcher, in a process of
their own so their memory is not counted as the site's. Each prints one JSON object.
"""
import json
import os
import resource
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402
from haystack import connections  # noqa: E402
from haystack.query import SearchQuerySet  # noqa: E402
from whoosh.index import open_dir  # noqa: E402
from whoosh.qparser import QueryParser  # noqa: E402

from cables.suggest import suggest  # noqa: E402


def timed(function, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return times


def summary(times):
    ordered = sorted(times)
    return {"p50": statistics.median(ordered), "p95": ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))], "n": len(ordered)}


def ours(queries, typo, prefix, repeat):
    """The serving process: only what the site itself runs, so its memory is the site's."""
    from cables.search import kept_pages
    from cables.search_backend import ArchiveWhooshBackend

    client = Client(HTTP_HOST="127.0.0.1")
    client.get("/search/", {"q": "warm up"})  # opens the searcher, reads facet values once per index

    def page(params):
        response = client.get("/search/", params)
        assert response.status_code == 200, response.status_code

    new, repeated, per_query = [], [], {}
    for name, params in queries:
        def fresh():  # a query nobody asked since the index last changed
            ArchiveWhooshBackend._found.clear()
            kept_pages.clear()
            page(params)
        t_new = timed(fresh, repeat)
        t_repeated = timed(lambda: page(params), repeat)
        new += t_new
        repeated += t_repeated
        per_query[name] = {"new": summary(t_new), "repeated": summary(t_repeated)}
    t_suggest = timed(lambda: suggest(typo), repeat)
    t_autocomplete = timed(lambda: client.get("/search/autocomplete/", {"q": prefix}), repeat)
    return {
        "new": summary(new), "repeated": summary(repeated), "per_query": per_query,
        "suggest": summary(t_suggest), "suggestion": suggest(typo), "autocomplete": summary(t_autocomplete),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "rss_mb": resident_mb(),
    }


def resident_mb() -> float:
    """This process's resident memory now (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


# Stock Haystack's Whoosh backend needed 5.4 GB at 20,000 reports and grows with the
# archive; past this share of the machine's memory it is stopped and reported as such,
# instead of the kernel killing whatever it picks.
OTHERS_MEMORY_SHARE = 0.6


def others(queries, typo, prefix, repeat):
    """The same queries through stock Haystack and through Whoosh's own searcher."""
    limit = int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") * OTHERS_MEMORY_SHARE)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    raw_index = open_dir(connections["default"].options["PATH"])  # Whoosh itself, no wrapper
    parser = QueryParser("text", schema=raw_index.schema)
    stock, raw, warm, per_query = [], [], [], {}
    kept_open = raw_index.searcher()  # as a server keeps it between requests: Whoosh's floor for the query alone
    out_of_memory = False
    for name, params in queries:
        def stock_query():
            results = SearchQuerySet(using="stock").auto_query(params["q"])
            len(results)
            list(results[:20])

        def raw_query():
            with raw_index.searcher() as searcher:
                list(searcher.search(parser.parse(params["q"]), limit=20))
        t_raw = timed(raw_query, repeat)
        t_warm = timed(lambda: list(kept_open.search(parser.parse(params["q"]), limit=20)), repeat)
        t_stock = None
        if not out_of_memory:
            try:
                t_stock = timed(stock_query, repeat)
            except MemoryError:
                out_of_memory = True
        stock += t_stock or []
        raw += t_raw
        warm += t_warm
        per_query[name] = {"stock": summary(t_stock) if t_stock else None, "raw": summary(t_raw), "warm": summary(t_warm)}
    stock_suggestion, t_stock_suggest = None, None
    if not out_of_memory:
        try:
            start = time.perf_counter()
            stock_suggestion = SearchQuerySet(using="stock").spelling_suggestion(typo)
            t_stock_suggest = (time.perf_counter() - start) * 1000
        except MemoryError:
            out_of_memory = True
    return {
        "stock": summary(stock) if stock and not out_of_memory else None, "raw": summary(raw), "warm": summary(warm), "per_query": per_query,
        "stock_suggest_ms": t_stock_suggest, "stock_suggestion": stock_suggestion, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "memory_limit_mb": limit / 2**20, "out_of_memory": out_of_memory,
    }


if __name__ == "__main__":
    mode, spec = sys.argv[1], json.loads(sys.argv[2])
    run = {"ours": ours, "others": others}[mode]
    print(json.dumps(run(spec["queries"], spec["typo"], spec["prefix"], spec["repeat"])))

"""`make bench [N=1000]`: load, index and search a realistic generated corpus (or `--corpus DIR`), and write a Markdown table.

The archive is loaded in bulk (bench/bulk.py: the project's extraction on every core,
one insert per table and batch, one index commit), since what is measured here is
search; `--ingest` loads it through `manage.py ingest` instead and times that too.
Everything runs in a temporary folder (database, index, corpus); nothing touches var/.
`--archive DIR` keeps the loaded archive in DIR, and a later run with the same DIR
measures it again without loading (after a change to the query path); a bulk load
that was interrupted goes on from its last index commit. `--load-only` loads and stops,
so a large archive can be built while the machine is busy and measured when it is quiet.
"""
import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus  # noqa: E402
from queries import choose_queries  # noqa: E402


def run(args, env, *, capture=False):
    process = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE if capture else subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    start = time.perf_counter()
    out, err = process.communicate()
    elapsed = time.perf_counter() - start
    if process.returncode:
        raise SystemExit(f"{' '.join(args)} failed:\n{err[-3000:]}")
    return out, elapsed


def peak_rss_mb(args, env):
    """Run a command and return (seconds, peak resident memory in MB) of that process alone."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status:
        raise SystemExit(f"{' '.join(args)} failed:\n{process.stderr.read().decode()[-3000:]}")
    return elapsed, usage.ru_maxrss / 1024


def folder_size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000, help="size of the generated corpus")
    parser.add_argument("--corpus", type=Path, help="measure this folder of reports instead of a generated corpus")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--others-repeat", type=int, help="times for stock Haystack and raw Whoosh (default --repeat): "
                        "at 20,000 reports a stock query takes seconds")
    parser.add_argument("--ingest", action="store_true", help="load through manage.py ingest (per report) and time it")
    parser.add_argument("--archive", type=Path, help="keep the loaded archive here; measure it again if already loaded")
    parser.add_argument("--load-only", action="store_true", help="build the archive (or go on building it) and stop")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results"))
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cable-bench-") as tmp:
        tmp = Path(options.archive) if options.archive else Path(tmp)
        loaded = (tmp / "load.json").exists()
        corpus = options.corpus or tmp / "corpus"
        if options.corpus is None and not loaded and not (corpus / f"{options.n - 1:06d}.txt").exists():
            write_corpus(corpus, options.n)  # the same reports every time: a resumed load finds the ones it loaded
        articles = sum(1 for p in corpus.rglob("*") if p.suffix.lower() in {".txt", ".html", ".htm"})
        env = {**os.environ, "VAR_DIR": str(tmp / "var"), "SECRET_KEY": "bench-only", "DEBUG": "0", "HTTPS": "0",
               "ALLOWED_HOSTS": "127.0.0.1,testserver", "DATABASE_URL": f"sqlite:///{tmp / 'var' / 'bench.sqlite3'}",
               "SEARCH_URL": f"whoosh://{tmp / 'var' / 'whoosh_index'}"}
        load_average = os.getloadavg()
        run(["manage.py", "migrate", "-v0"], env)
        run(["manage.py", "collectstatic", "--noinput", "-v0"], env)
        if not loaded:
            loader = ["manage.py", "ingest", str(corpus)] if options.ingest else ["bench/bulk.py", str(corpus)]
            seconds, ingest_rss = peak_rss_mb(loader, env)
            progress = tmp / "var" / "bulk-progress.json"
            runs = 1
            if not options.ingest and progress.exists():  # a bulk load counts the time of every run it took
                saved = json.loads(progress.read_text())
                seconds, runs = saved["seconds"], saved["runs"]
            (tmp / "load.json").write_text(json.dumps({"seconds": seconds, "rss": ingest_rss, "ingest": options.ingest, "runs": runs}))
        if options.load_only:
            print(f"archive loaded in {tmp}")
            return
        saved = json.loads((tmp / "load.json").read_text())
        seconds, ingest_rss, ingested, runs = saved["seconds"], saved["rss"], saved["ingest"], saved.get("runs", 1)
        index_mb = folder_size_mb(tmp / "var" / "whoosh_index")
        spec = {**choose_queries(corpus), "repeat": options.repeat}
        probe_env = {**env, "DJANGO_SETTINGS_MODULE": "bench.settings"}
        out, _ = run(["bench/probe.py", "ours", json.dumps(spec)], probe_env, capture=True)
        probe = json.loads(out.strip().splitlines()[-1])
        others_spec = {**spec, "repeat": options.others_repeat or options.repeat}
        out, _ = run(["bench/probe.py", "others", json.dumps(others_spec)], probe_env, capture=True)
        other = json.loads(out.strip().splitlines()[-1])
        load_average = (load_average[0], os.getloadavg()[0])  # the 1-minute figure as measuring began and ended
    shares = ", ".join(f"“{k}” {v:.1%}" for k, v in spec["document_share"].items())
    corpus_note = f"share of reports holding each query term: {shares}"
    name = "-".join(options.corpus.resolve().parts[-2:]) if options.corpus else f"N{options.n}"
    title = f"corpus {name} ({articles:,} reports)" if options.corpus else f"N = {options.n:,}, realistic generated corpus"
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    machine = (f"{platform.machine()}, {os.cpu_count()} cores, {memory:.0f} GiB, Python {platform.python_version()}; "
               f"shared with other work: load average {load_average[0]:.1f} as measuring began, {load_average[1]:.1f} as it ended")
    out_of_memory = f"ran out of the {other.get('memory_limit_mb', 0) / 1024:.0f} GB it may use (60% of the machine's memory)"
    rows = [
        ("Articles", f"{articles:,}", corpus_note),
        ("Ingest + index, end to end", f"{articles / seconds:.1f} articles/s", f"{seconds:.0f} s in all; target ≥ 50/s")
        if ingested else ("Bulk load + index (bench/bulk.py)", f"{seconds:.0f} s" + (f" over {runs} runs" if runs > 1 else ""),
                          "not the ingest path; see bench/results/ingest_*.md"),
        ("Peak memory, loading process", f"{ingest_rss:.0f} MB", "of its last run" if runs > 1 else ""),
        ("Index size", f"{index_mb:.0f} MB", ""),
        ("Search page, a new query: p50 / p95", f"{probe['new']['p50']:.0f} / {probe['new']['p95']:.0f} ms",
         "facets, highlights, template; first time since the index changed; target ≤ 40 / 150 ms"),
        ("Search page, a repeated query: p50 / p95", f"{probe['repeated']['p50']:.0f} / {probe['repeated']['p95']:.0f} ms",
         "same query again on the same index (its counts and ranking are kept)"),
        ("Stock Haystack `auto_query` p50 / p95", f"{other['stock']['p50']:.0f} / {other['stock']['p95']:.0f} ms",
         f"new query ÷ stock at p50: {probe['new']['p50'] / other['stock']['p50']:.2f}")
        if other["stock"] else ("Stock Haystack `auto_query`", "did not finish", out_of_memory),
        ("Raw Whoosh searcher p50 / p95", f"{other['raw']['p50']:.0f} / {other['raw']['p95']:.0f} ms",
         f"top 20 only, no facets, no page; new query ÷ raw at p50: {probe['new']['p50'] / max(other['raw']['p50'], 0.01):.1f}"),
        ("Raw Whoosh, searcher kept open, p50 / p95", f"{other['warm']['p50']:.0f} / {other['warm']['p95']:.0f} ms",
         "Whoosh's own floor for the query alone: top 20 from a searcher opened once, no count, facets or page"),
        ("Suggestion p50 (“did you mean”)", f"{probe['suggest']['p50']:.1f} ms", f"“{spec['typo']}” → “{probe['suggestion']}”; target ≤ 50 ms"),
        ("Stock Haystack spelling suggestion", f"{other['stock_suggest_ms']:.0f} ms", f"→ {other['stock_suggestion']!r}")
        if other["stock_suggest_ms"] is not None else ("Stock Haystack spelling suggestion", "did not finish", out_of_memory),
        ("Autocomplete p50 / p95", f"{probe['autocomplete']['p50']:.0f} / {probe['autocomplete']['p95']:.0f} ms", ""),
        ("Memory, serving process after the queries: resident / peak", f"{probe['rss_mb']:.0f} / {probe['peak_rss_mb']:.0f} MB", "target ≤ 300 MB"),
        ("Peak memory, stock Haystack + raw Whoosh process", f"{other['peak_rss_mb']:.0f} MB", "for comparison"),
    ]
    lines = [f"# Benchmark, {title}", "", f"Machine: {machine}. Each query {options.repeat} times ({options.others_repeat or options.repeat} for stock Haystack and raw Whoosh); medians and 95th percentiles.", "",
             "| measure | value | note |", "| --- | --- | --- |"] + [f"| {a} | {b} | {c} |" for a, b, c in rows]
    lines += ["", "Per query (p50 ms): ours (new / repeated) / stock Haystack / raw Whoosh / raw Whoosh kept open", "",
              "| query | ours, new | ours, repeated | stock | raw | raw, kept open |", "| --- | --- | --- | --- | --- | --- |"]
    def stock_p50(name):
        stock = other["per_query"][name]["stock"]
        return f"{stock['p50']:.0f}" if stock else "—"

    lines += [f"| {name} | {v['new']['p50']:.0f} | {v['repeated']['p50']:.0f} | {stock_p50(name)} "
              f"| {other['per_query'][name]['raw']['p50']:.1f} | {other['per_query'][name]['warm']['p50']:.1f} |" for name, v in probe["per_query"].items()]
    report = "\n".join(lines) + "\n"
    Path(options.out).mkdir(parents=True, exist_ok=True)
    (Path(options.out) / f"{name}.md").write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()

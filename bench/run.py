"""`make bench [N=1000]`: ingest, index and search a realistic generated corpus (or `--corpus DIR`), and write a Markdown table.

Everything runs in a temporary folder (database, index, corpus); nothing touches var/.
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
    parser.add_argument("--out", default=str(ROOT / "bench" / "results"))
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cable-bench-") as tmp:
        tmp = Path(tmp)
        corpus = options.corpus or tmp / "corpus"
        if options.corpus is None:
            write_corpus(corpus, options.n)
        articles = sum(1 for p in corpus.rglob("*") if p.suffix.lower() in {".txt", ".html", ".htm"})
        env = {**os.environ, "VAR_DIR": str(tmp / "var"), "SECRET_KEY": "bench-only", "DEBUG": "0", "HTTPS": "0",
               "ALLOWED_HOSTS": "127.0.0.1,testserver", "DATABASE_URL": f"sqlite:///{tmp / 'var' / 'bench.sqlite3'}",
               "SEARCH_URL": f"whoosh://{tmp / 'var' / 'whoosh_index'}"}
        run(["manage.py", "migrate", "-v0"], env)
        run(["manage.py", "collectstatic", "--noinput", "-v0"], env)
        seconds, ingest_rss = peak_rss_mb(["manage.py", "ingest", str(corpus)], env)
        index_mb = folder_size_mb(tmp / "var" / "whoosh_index")
        spec = {**choose_queries(corpus), "repeat": options.repeat}
        probe_env = {**env, "DJANGO_SETTINGS_MODULE": "bench.settings"}
        out, _ = run(["bench/probe.py", "ours", json.dumps(spec)], probe_env, capture=True)
        probe = json.loads(out.strip().splitlines()[-1])
        out, _ = run(["bench/probe.py", "others", json.dumps(spec)], probe_env, capture=True)
        other = json.loads(out.strip().splitlines()[-1])
    shares = ", ".join(f"“{k}” {v:.1%}" for k, v in spec["document_share"].items())
    corpus_note = f"share of reports holding each query term: {shares}"
    name = "-".join(options.corpus.resolve().parts[-2:]) if options.corpus else f"N{options.n}"
    title = f"corpus {name} ({articles:,} reports)" if options.corpus else f"N = {options.n:,}, realistic generated corpus"
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    rows = [
        ("Articles", f"{articles:,}", corpus_note),
        ("Ingest + index, end to end", f"{articles / seconds:.1f} articles/s", f"{seconds:.0f} s in all; target ≥ 50/s"),
        ("Peak memory, ingest process", f"{ingest_rss:.0f} MB", ""),
        ("Index size", f"{index_mb:.0f} MB", ""),
        ("Search page, a new query: p50 / p95", f"{probe['new']['p50']:.0f} / {probe['new']['p95']:.0f} ms",
         "facets, highlights, template; first time since the index changed; target ≤ 40 / 150 ms"),
        ("Search page, a repeated query: p50 / p95", f"{probe['repeated']['p50']:.0f} / {probe['repeated']['p95']:.0f} ms",
         "same query again on the same index (its counts and ranking are kept)"),
        ("Stock Haystack `auto_query` p50 / p95", f"{other['stock']['p50']:.0f} / {other['stock']['p95']:.0f} ms",
         f"new query ÷ stock at p50: {probe['new']['p50'] / other['stock']['p50']:.2f}"),
        ("Raw Whoosh searcher p50 / p95", f"{other['raw']['p50']:.0f} / {other['raw']['p95']:.0f} ms",
         f"top 20 only, no facets, no page; new query ÷ raw at p50: {probe['new']['p50'] / max(other['raw']['p50'], 0.01):.1f}"),
        ("Suggestion p50 (“did you mean”)", f"{probe['suggest']['p50']:.1f} ms", f"“{spec['typo']}” → “{probe['suggestion']}”; target ≤ 50 ms"),
        ("Stock Haystack spelling suggestion", f"{other['stock_suggest_ms']:.0f} ms", f"→ {other['stock_suggestion']!r}"),
        ("Autocomplete p50 / p95", f"{probe['autocomplete']['p50']:.0f} / {probe['autocomplete']['p95']:.0f} ms", ""),
        ("Peak memory, serving process", f"{probe['peak_rss_mb']:.0f} MB", "target ≤ 300 MB"),
        ("Peak memory, stock Haystack + raw Whoosh process", f"{other['peak_rss_mb']:.0f} MB", "for comparison"),
    ]
    lines = [f"# Benchmark, {title}", "", f"Machine: {machine}. Each query {options.repeat} times; medians and 95th percentiles.", "",
             "| measure | value | note |", "| --- | --- | --- |"] + [f"| {a} | {b} | {c} |" for a, b, c in rows]
    lines += ["", "Per query (p50 ms): ours (new / repeated) / stock Haystack / raw Whoosh", "",
              "| query | ours, new | ours, repeated | stock | raw |", "| --- | --- | --- | --- | --- |"]
    lines += [f"| {name} | {v['new']['p50']:.0f} | {v['repeated']['p50']:.0f} | {other['per_query'][name]['stock']['p50']:.0f} "
              f"| {other['per_query'][name]['raw']['p50']:.1f} |" for name, v in probe["per_query"].items()]
    report = "\n".join(lines) + "\n"
    Path(options.out).mkdir(parents=True, exist_ok=True)
    (Path(options.out) / f"{name}.md").write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()

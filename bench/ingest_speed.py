"""Ingest speed on a folder of real reports, into an empty archive and into a full one.

    python bench/ingest_speed.py --corpus DIR [--base N] [--profile] [--out FILE]

Runs `manage.py ingest DIR` end to end (reading, extraction, database writes and
indexing, the background `drain_index` processes included) in a temporary folder,
and reports wall time and CPU time (user + system of the ingest process and every
process it waited for). With `--base N` the archive first holds N generated
articles (bench/corpus.py), built once and kept under `--cache` as a snapshot of
the database and the index, copied afresh for each run. `--profile` runs the same
ingest under cProfile, indexing in the same process at the end (so the profile sees
all of it), and prints where the time goes.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

# Where a profile's time goes: (label, function name suffix as pstats names it). Each
# share is the function's cumulative time over the whole run's; they nest (Whoosh
# commits are inside the drain), so they need not add up to 100%.
PROFILE_ITEMS = [
    ("extraction (extract_report)", "cables/extraction/__init__.py", "extract_report"),
    ("writing reports (save_report, all of it)", "cables/ingest.py", "save_report"),
    ("  actor upserts", "cables/ingest.py", "_save_actors"),
    ("    actor lookup, before (find_actor)", "cables/actors.py", "find_actor"),
    ("    actor lookup, after (ActorNames: one query per report)", "cables/actors.py", "__init__"),
    ("  cable links (_link_mentioned_cables)", "cables/ingest.py", "_link_mentioned_cables"),
    ("  quote shingles and alignment (link_article)", "cables/linking.py", "link_article"),
    ("  quotes and their history (bulk_create_with_history)", "simple_history/utils.py", "bulk_create_with_history"),
    ("  transaction commits", "django/db/backends/base/base.py", "commit"),
    ("indexing (drain, all of it)", "cables/signals.py", "drain"),
    ("  preparing documents (full_prepare)", "haystack/indexes.py", "full_prepare"),
    ("  Whoosh writes and commit (replace)", "cables/search_backend.py", "replace"),
]


def env_for(var: Path) -> dict:
    return {**os.environ, "VAR_DIR": str(var), "SECRET_KEY": "bench-only", "DEBUG": "0", "HTTPS": "0",
            "DATABASE_URL": f"sqlite:///{var / 'bench.sqlite3'}", "SEARCH_URL": f"whoosh://{var / 'whoosh_index'}"}


def manage(args, env, *, check=True):
    """Run manage.py; (wall seconds, CPU seconds of it and the processes it waited for, stdout)."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = process.communicate()  # communicate() waits; wait4 would race with it
    wall = time.perf_counter() - start
    if check and process.returncode:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{err[-3000:]}")
    return wall, out, err


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build_base(n: int, cache: Path) -> Path:
    """A snapshot (database + index) of an archive holding n generated articles."""
    from corpus import write_corpus

    snapshot = cache / f"base{n}"
    if (snapshot / "done").exists():
        return snapshot
    shutil.rmtree(snapshot, ignore_errors=True)
    corpus = cache / f"corpus{n}"
    if not corpus.exists():
        write_corpus(corpus, n)
    var = snapshot / "var"
    var.mkdir(parents=True)
    env = env_for(var)
    manage(["migrate", "-v0"], env)
    wall, out, _ = manage(["ingest", str(corpus)], env)
    (snapshot / "done").write_text(f"{n} articles built in {wall:.0f} s: {out.strip()}\n")
    return snapshot


def profile_summary(stats_file: Path) -> list[tuple[str, float, float]]:
    stats = pstats.Stats(str(stats_file))
    total = stats.total_tt or 1
    rows = []
    for label, path, function in PROFILE_ITEMS:
        seconds = sum(ct for (file, _, name), (_, _, _, ct, _) in stats.stats.items()
                      if name == function and file.endswith(path))
        rows.append((label, seconds, seconds / total))
    return rows


def run_once(corpus: Path, base: Path | None, *, profile: bool, keep_profile: Path | None = None) -> dict:
    with tempfile.TemporaryDirectory(prefix="cable-ingest-bench-") as tmp:
        var = Path(tmp) / "var"
        if base is not None:
            shutil.copytree(base / "var", var)
        else:
            var.mkdir()
        env = env_for(var)
        manage(["migrate", "-v0"], env)
        before = manage(["shell", "-c", "from cables.models import Article; print(Article.objects.count())"], env)[1].split()[-1]
        args = ["ingest", str(corpus)]
        if profile:
            stats_file = Path(tmp) / "ingest.prof"
            cpu = cpu_of_children()
            start = time.perf_counter()
            process = subprocess.run([sys.executable, __file__, "--profile-child", str(stats_file), str(corpus)],
                                     cwd=ROOT, env=env, capture_output=True, text=True)
            wall = time.perf_counter() - start
            if process.returncode:
                raise SystemExit(process.stderr[-3000:])
            out = process.stdout
        else:
            cpu = cpu_of_children()
            wall, out, _ = manage(args, env)
        cpu = cpu_of_children() - cpu
        _, drift, _ = manage(["check_index"], env, check=False)
        result = {"wall": wall, "cpu": cpu, "counts": next(line for line in out.splitlines() if " created, " in line), "archive_before": int(before),
                  "check_index": drift.strip().splitlines()[-1] if drift.strip() else ""}
        if profile:
            result["profile"] = profile_summary(stats_file)
            result["sql_statements"] = int(out.strip().splitlines()[-1].split()[0])
            if keep_profile:
                shutil.copy(stats_file, keep_profile)
        return result


def profile_child(stats_file: str, corpus: str) -> None:
    """`manage.py ingest` in this process under cProfile, timed in CPU time (this
    machine is shared: wall time would count other processes' turns), every document
    indexed here at the end. Prints the ingest's own counts and the SQL statements sent."""
    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    statements = [0]

    def count(execute, sql, params, many, context):
        statements[0] += 1
        return execute(sql, params, many, context)

    profiler = cProfile.Profile(time.process_time)
    with connection.execute_wrapper(count):
        profiler.runcall(call_command, "ingest", corpus, index_every=10**9)
    profiler.dump_stats(stats_file)
    print(f"{statements[0]} SQL statements")


def main():
    if sys.argv[1:2] == ["--profile-child"]:
        return profile_child(*sys.argv[2:4])
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True, help="folder of reports to ingest")
    parser.add_argument("--base", type=int, default=0, help="generated articles the archive holds before (0: empty)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "cable-ingest-bench",
                        help="where the generated archive's snapshot is kept between runs")
    parser.add_argument("--base-archive", type=Path, help="start from a copy of this archive instead (a folder holding var/, "
                        "as `bench/run.py --archive DIR` keeps one)")
    parser.add_argument("--profile", action="store_true", help="run under cProfile, indexing in-process")
    parser.add_argument("--keep-profile", type=Path, help="copy the cProfile statistics here")
    parser.add_argument("--repeat", type=int, default=1)
    options = parser.parse_args()
    reports = sum(1 for p in options.corpus.rglob("*") if p.suffix.lower() in {".txt", ".html", ".htm"})
    base = options.base_archive or (build_base(options.base, options.cache) if options.base else None)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    runs = [run_once(options.corpus, base, profile=options.profile, keep_profile=options.keep_profile) for _ in range(options.repeat)]
    for result in runs:
        result.update(reports=reports, machine=machine, rate_wall=reports / result["wall"], rate_cpu=reports / result["cpu"])
        print(json.dumps({k: v for k, v in result.items() if k != "profile"}))
        for label, seconds, share in result.get("profile", []):
            print(f"  {label:<58} {seconds:7.1f} s {share:6.1%}")


if __name__ == "__main__":
    main()

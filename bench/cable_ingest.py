"""`python bench/cable_ingest.py FOLDER…`: how long `manage.py ingest` takes to load a folder of
cable pages into an empty archive (a temporary folder; var/ is not touched).

Runs the command as a user would (the progress bar aside), with its background indexing
process, and gives the wall time and the CPU time of the ingest process and of the
indexing processes it started (Whoosh), with the machine's load average before and
after: on a shared machine the wall time says more about the neighbours than about the
code. Writes bench/results/cables_ingest.md (or --out).
"""
import argparse
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run inside the ingest process: its own CPU time, and that of the indexing processes it waited for.
CHILD = """
import os, resource, sys, time
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
start = time.perf_counter()
call_command("ingest", *sys.argv[1:])
wall = time.perf_counter() - start
me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"RESULT {wall} {me.ru_utime + me.ru_stime} {children.ru_utime + children.ru_stime}")
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "cables_ingest.md")
    options = parser.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="cable-ingest-") as tmp:
        env = {**os.environ, "VAR_DIR": tmp, "SECRET_KEY": "bench-only", "DEBUG": "0", "DATABASE_URL": f"sqlite:///{tmp}/archive.sqlite3",
               "SEARCH_URL": f"whoosh://{tmp}/whoosh_index", "DJANGO_SETTINGS_MODULE": "archive.settings"}
        # Migrations are run first and not timed.
        done = subprocess.run([sys.executable, "-c", CHILD, *options.folders], cwd=ROOT, env=env, capture_output=True, text=True)
        summary = next((line for line in done.stdout.splitlines() if " created, " in line), done.stderr.strip()[-300:])
        result = next(line for line in done.stdout.splitlines() if line.startswith("RESULT")).split()[1:]
        wall, ingest_cpu, index_cpu = map(float, result)
        db_mb = Path(tmp, "archive.sqlite3").stat().st_size / 2**20
    load_after = os.getloadavg()
    lines = [
        f"# Ingesting {', '.join(Path(f).name for f in options.folders)} into an empty archive",
        "",
        f"`python bench/cable_ingest.py {' '.join(options.folders)}` on {platform.python_implementation()} {platform.python_version()},"
        f" SQLite {sqlite3.sqlite_version}, {platform.machine()} with {os.cpu_count()} cores shared with three other engineers' work"
        f" (load average {load_before[0]:.1f} before, {load_after[0]:.1f} after).",
        "",
        "| measure | value |",
        "| --- | --- |",
        f"| outcome | {summary} |",
        f"| wall time of `ingest` (indexing included) | {wall:.1f} s |",
        f"| CPU time of the ingest process | {ingest_cpu:.1f} s |",
        f"| CPU time of its background indexing processes (Whoosh) | {index_cpu:.1f} s |",
        f"| database afterwards | {db_mb:.0f} MB |",
        "",
        "The two processes run on the two cores at once, so on an idle machine the wall time is about the larger",
        "of the two CPU times plus the final index commit; under load it is whatever the neighbours leave.",
    ]
    options.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

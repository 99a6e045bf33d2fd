"""Extraction's cost as a count of machine instructions, which a busy machine does not change.

Timings on a shared machine move by ±20% between runs; instructions under callgrind move by
well under 1%. This runs a fixed workload (the two seed reports and ten synthetic ones of
bench/corpus.py, three passes after a warm-up pass) and has callgrind count only those
passes, through callgrind's client requests (a three-line C helper built with `cc` into a
temporary folder; valgrind's headers come with Debian's `valgrind` package):

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no \\
        --callgrind-out-file=/tmp/extraction.cg .venv/bin/python bench/extraction_callgrind.py
    grep totals: /tmp/extraction.cg.1

It takes about three minutes (the imports run uninstrumented). Without valgrind it only
runs the workload.
"""
import ctypes
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.corpus import article, people  # noqa: E402
from cables.extraction import extract_report, read_text  # noqa: E402

HELPER = """
#include <valgrind/callgrind.h>
void measure_start(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; CALLGRIND_TOGGLE_COLLECT; }
void measure_stop(void) { CALLGRIND_TOGGLE_COLLECT; CALLGRIND_DUMP_STATS_AT("extraction"); CALLGRIND_STOP_INSTRUMENTATION; }
"""


def callgrind_requests():
    """The helper's start and stop functions (they do nothing outside valgrind)."""
    folder = Path(tempfile.mkdtemp())
    (folder / "helper.c").write_text(HELPER, encoding="utf-8")
    subprocess.run(["cc", "-O1", "-shared", "-fPIC", "-o", str(folder / "helper.so"), str(folder / "helper.c")], check=True)
    helper = ctypes.CDLL(str(folder / "helper.so"))
    return helper.measure_start, helper.measure_stop


def main(passes: int = 3) -> None:
    seeds = [read_text(p.read_bytes()) for p in sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))]
    rng = random.Random(7)
    cast = people(rng)
    texts = seeds + [article(rng, cast, i) for i in range(10)]
    for text in texts:
        extract_report(text, "warm.txt")  # one-time loads (gazetteers, name lists)
    start, stop = callgrind_requests()
    start()
    for _ in range(passes):
        for text in texts:
            extract_report(text, "x.txt")
    stop()


if __name__ == "__main__":
    main()

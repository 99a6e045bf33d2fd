"""Extraction alone, on one core: articles per second over the seed reports and a synthetic corpus."""
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.corpus import article, people  # noqa: E402
from cables.extraction import extract_report, read_text  # noqa: E402


def rates(texts, repeat=7):
    """Articles per second of CPU time: (best run, median run).

    The best of several runs is the usual microbenchmark figure (timeit reports the
    minimum): on a shared machine other work only ever slows a run down. The median
    shows how much that noise matters here.
    """
    for text in texts:
        extract_report(text, "warm.txt")  # one-time loads (gazetteers, name lists)
    runs = []
    for _ in range(repeat):
        start = time.process_time()
        for text in texts:
            extract_report(text, "x.txt")
        runs.append(len(texts) / (time.process_time() - start))
    return max(runs), statistics.median(runs)


load_before = os.getloadavg()[0]
seeds = [read_text(p.read_bytes()) for p in sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))]
rng = random.Random(7)
cast = people(rng)
synthetic = [article(rng, cast, i) for i in range(50)]
lines = []
for name, texts in (("the seed reports", seeds * 50), ("realistic synthetic reports", synthetic * 2)):
    best, median = rates(texts)
    words = sum(len(t.split()) for t in texts) / len(texts)
    lines.append(f"Extraction alone, one core, {name} (~{words:.0f} words each): {best:.0f} articles/s best run, {median:.0f} median run (target ≥ 200)")
    print(lines[-1])
machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
# Other work on a shared machine slows even CPU time (caches, hyperthreads): say how busy it was.
when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
load = f"Measured {when}, load average {load_before:.1f} at the start and {os.getloadavg()[0]:.1f} at the end."
# The latest run only: bench/results/extraction.md is the history, kept by hand.
(ROOT / "bench" / "results" / "extraction-latest.md").write_text(
    f"# Extraction benchmark\n\nMachine: {machine}. CPU time, seven runs each.\n\n" + "\n".join(f"- {line}" for line in lines) + f"\n\n{load}\n",
    encoding="utf-8",
)

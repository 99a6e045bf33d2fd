"""Extraction alone, on one core: articles per second over the seed reports and a synthetic corpus."""
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from corpus import article, people  # noqa: E402

from cables.extraction import extract_report, read_text  # noqa: E402


def rate(texts, seconds=3.0):
    extract_report(texts[0], "warm.txt")
    runs = []
    for _ in range(3):
        start, n = time.perf_counter(), 0
        while time.perf_counter() - start < seconds / 3:
            for text in texts:
                extract_report(text, "x.txt")
                n += 1
        runs.append(n / (time.perf_counter() - start))
    return statistics.median(runs)


seeds = [read_text(p.read_bytes()) for p in sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))]
rng = random.Random(7)
cast = people(rng)
synthetic = [article(rng, cast, i) for i in range(50)]
print(f"Extraction alone, one core: {rate(seeds):.0f} articles/s on the seed reports, {rate(synthetic):.0f} articles/s on 400-word synthetic reports (target ≥ 500)")

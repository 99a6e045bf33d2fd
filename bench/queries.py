"""Benchmark queries chosen from a corpus's own statistics, so the same measurements run on
the generated corpus and on any folder of real reports (`bench/run.py --corpus DIR`).

A name that appears in about one report in a hundred, the most widespread name, two
ordinary words, a three-word phrase that recurs in a few reports: what a reader of a
real archive types, with the document frequencies such queries have on real text.
"""
from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

from whoosh.analysis import STOP_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_HEADER = re.compile(r"\A(?:(?:Title|Source|Published|URL): .*\n)+", re.IGNORECASE)


def _closest(counts: Counter, target: float, docs: int, *, longer_than: int = 3) -> str:
    candidates = [(abs(count / docs - target), word) for word, count in counts.items() if len(word) > longer_than]
    return min(candidates)[1]


def choose_queries(folder: Path, sample: int = 2000, seed: int = 1) -> dict:
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in {".txt", ".html", ".htm"})
    files = random.Random(seed).sample(files, min(sample, len(files)))
    capitalised, lower, bigrams, trigrams = Counter(), Counter(), Counter(), Counter()
    for path in files:
        text = _HEADER.sub("", path.read_text(encoding="utf-8", errors="replace"))
        words = _WORD.findall(text)
        # Capitalised words not at a sentence start are mostly names.
        capitalised.update({w for prev, w in zip(words, words[1:]) if w[0].isupper() and w[1:].islower() and prev[0].islower()})
        low = [w.lower() for w in words]
        lower.update(set(low))
        bigrams.update({" ".join(low[i : i + 2]) for i in range(len(low) - 1)})
        trigrams.update({" ".join(low[i : i + 3]) for i in range(len(low) - 2)})
    docs = len(files)
    # A name is a capitalised word that is rarely written in lower case.
    names = Counter({w: c for w, c in capitalised.items() if lower[w.lower()] <= c * 1.2})
    name = _closest(names, 0.01, docs)
    popular = names.most_common(1)[0][0]
    first, second = _closest(lower, 0.05, docs, longer_than=4), _closest(lower - Counter({_closest(lower, 0.05, docs, longer_than=4): 10**9}), 0.02, docs, longer_than=4)
    # A phrase of three words that are all searched (none a stop word the index leaves
    # out), so a phrase query has three words' positions, or two pairs, to match.
    phrase = _closest(Counter({t: c for t, c in trigrams.items() if c >= 2 and not STOP_WORDS & set(t.split())}), 0.01, docs, longer_than=10)
    # A phrase of two words both in a great many reports (a quote's attribution, a
    # site's furniture): the worst case for a phrase read from every word's positions.
    common = _closest(Counter({t: c for t, c in bigrams.items() if not STOP_WORDS & set(t.split())}), 0.3, docs, longer_than=8)
    typo = name[:-1] + name[-1] * 2 + "q"
    return {
        "queries": [
            ["one name", {"q": name}],
            ["most widespread name", {"q": popular}],
            ["two words", {"q": f"{first} {second}"}],
            ["a phrase", {"q": f'"{phrase}"'}],
            ["a phrase of common words", {"q": f'"{common}"'}],
            ["name + facet", {"q": name, "type": "quote"}],
            ["zero hits", {"q": name[:3] + name[3:] + "xq"}],
        ],
        "typo": typo,
        "prefix": name[:3],
        "document_share": {
            name: names[name] / docs, popular: names[popular] / docs, first: lower[first] / docs,
            second: lower[second] / docs, phrase: trigrams[phrase] / docs,
            common: bigrams[common] / docs,
        },
    }

"""Scoring extraction against a gold file: `python -m cables.extraction.scoring FOLDER GOLD.json`.

Quotes are compared by word overlap, as the gold file's `about` describes: a
predicted quote fits a gold quote when nine tenths of the shorter one's words are in
the longer one, so a quote extracted whole or in its parts both count. Precision
counts a predicted quote as right when it fits any gold quote ("must" or "may");
recall counts the "must" quotes covered. Speaker accuracy is over the recalled
"must" quotes. Actors match by name or alias, case-insensitively, by kind.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from . import extract_report, read_text

FIT = 0.9


def _words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def _share(part: Counter, whole: Counter) -> float:
    total = sum(part.values())
    return sum((part & whole).values()) / total if total else 0.0


def fits(predicted: str, gold: str) -> bool:
    p, g = _words(predicted), _words(gold)
    return _share(p, g) >= FIT or _share(g, p) >= FIT


def _names(actor: dict) -> set[str]:
    return {actor["name"].lower(), *(a.lower() for a in actor.get("aliases") or [])}


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def score(folder: Path, gold: dict, *, source: str | None = None) -> dict:
    tally = Counter()
    boilerplate_bodies = []
    for expected in gold["articles"]:
        report = extract_report(read_text((folder / expected["file"]).read_bytes()), expected["file"], source=source)
        predicted = report.quotes
        golds = expected["quotes"]
        must = [g for g in golds if g.get("need") == "must"]
        for quote in predicted:
            tally["quotes_predicted"] += 1
            tally["quotes_correct"] += any(fits(quote.text, g["text"]) for g in golds)
        for g in must:
            tally["quotes_must"] += 1
            matches = [q for q in predicted if fits(q.text, g["text"])]
            if matches:
                tally["quotes_recalled"] += 1
                best = max(matches, key=lambda q: sum((_words(q.text) & _words(g["text"])).values()))
                tally["speakers_right"] += (best.speaker or None) == (g.get("speaker") or None)
                tally["from_cable_right"] += best.from_cable == g.get("from_cable", False)
        found = [{"name": a.name, "aliases": a.aliases, "kind": a.kind} for a in report.actors]
        not_actors = {n.lower() for n in expected.get("not_actors", [])}
        for kind in ("person", "organisation", "place"):
            gold_kind = [a for a in expected["actors"] if a["kind"] == kind]
            ours = [a for a in found if a["kind"] == kind]
            tally[f"{kind}_predicted"] += len(ours)
            tally[f"{kind}_correct"] += sum(1 for a in ours if any(_names(a) & _names(g) for g in gold_kind))
            tally[f"{kind}_must"] += sum(1 for g in gold_kind if g.get("need") == "must")
            tally[f"{kind}_recalled"] += sum(
                1 for g in gold_kind if g.get("need") == "must" and any(_names(a) & _names(g) for a in ours)
            )
        tally["junk_actors"] += sum(1 for a in found if _names(a) & not_actors)
        start = expected.get("boilerplate_starts_with")
        if start and start[:40] in report.body:
            boilerplate_bodies.append(expected["file"])
        if expected.get("body_ends_with") and not report.body.endswith(expected["body_ends_with"]):
            boilerplate_bodies.append(expected["file"])
    precision = _ratio(tally["quotes_correct"], tally["quotes_predicted"])
    recall = _ratio(tally["quotes_recalled"], tally["quotes_must"])
    result = {
        "quote_precision": precision,
        "quote_recall": recall,
        "quote_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "speaker_accuracy": _ratio(tally["speakers_right"], tally["quotes_recalled"]),
        "from_cable_accuracy": _ratio(tally["from_cable_right"], tally["quotes_recalled"]),
        "junk_actors": tally["junk_actors"],
        "bodies_with_boilerplate": sorted(set(boilerplate_bodies)),
    }
    for kind in ("person", "organisation", "place"):
        result[f"{kind}_precision"] = _ratio(tally[f"{kind}_correct"], tally[f"{kind}_predicted"])
        result[f"{kind}_recall"] = _ratio(tally[f"{kind}_recalled"], tally[f"{kind}_must"])
    return result


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    folder, gold_path = Path(argv[0]), Path(argv[1])
    result = score(folder, json.loads(gold_path.read_text(encoding="utf-8")))
    width = max(map(len, result))
    for key, value in result.items():
        shown = f"{value:.3f}" if isinstance(value, float) else value
        print(f"{key:<{width}}  {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""`python bench/cable_library.py --cables N`: what checking one report's quotes against a library of
N cables costs, through the shingle index (cables/linking.py: cables_quoted).

A deterministic synthetic library is written straight into a temporary SQLite database:
cables of Zipf-distributed words from a 30,000-word vocabulary, every one carrying some
of a few dozen stock cable phrases (the worst case for an index: shingles that are in
most cables). Then synthetic reports of QUOTES quotes each (a few copied verbatim from
random cables, one with a word changed, the rest from nowhere) are checked one by one,
and the time per report is given as median, 95th percentile and maximum, with how many
of the planted quotes were found and how many quotes were linked to a wrong cable.
Writes bench/results/cables_N<N>.md. Nothing touches var/.
"""
import argparse
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VOCABULARY = 30_000
STOCK = [
    "classified by ambassador for reasons 1.4 b and d",
    "end summary",
    "end comment",
    "the ambassador said that the government would",
    "the minister told the ambassador that",
    "according to the ministry of foreign affairs",
    "the embassy will continue to follow the issue closely",
    "he said that the united states should",
    "in a meeting with the deputy chief of mission",
    "comment this is the first time that",
    "the prime minister and the president",
    "one of the most important issues for the government",
]


def make_words(rng, count, vocabulary, weights):
    return rng.choices(vocabulary, cum_weights=weights, k=count)


def cable_text(rng, vocabulary, weights, length):
    paragraphs, written = [], 0
    number = 1
    while written < length:
        size = rng.randint(40, 120)
        words = make_words(rng, size, vocabulary, weights)
        for _ in range(rng.randint(0, 2)):  # stock phrases, as cables repeat them
            at = rng.randint(0, len(words))
            words[at:at] = rng.choice(STOCK).split()
        paragraphs.append(f"¶{number}. (C) " + " ".join(words).capitalize() + ".")
        written += size
        number += 1
    return "\n\n".join(paragraphs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cables", type=int, default=1295)
    parser.add_argument("--words", type=int, default=300, help="average words per cable")
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--quotes", type=int, default=12, help="quotes per report")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results"))
    options = parser.parse_args()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="cable-library-") as tmp:
        os.environ.update({
            "VAR_DIR": tmp, "SECRET_KEY": "bench-only", "DEBUG": "0", "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
            "SEARCH_URL": f"whoosh://{tmp}/whoosh_index", "DJANGO_SETTINGS_MODULE": "archive.settings",
        })
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection, transaction

        from cables.extraction import shingles as sh
        from cables.linking import cables_quoted
        from cables.models import Cable, CableShingle, Quote

        call_command("migrate", verbosity=0)
        rng = random.Random(13)
        vocabulary = [f"w{i}" for i in range(VOCABULARY)]
        weights, total = [], 0.0
        for rank in range(1, VOCABULARY + 1):
            total += 1 / rank
            weights.append(total)

        # The library. Indexes are dropped during the load and built after (as a bulk
        # load would); the query side is what is measured.
        table = CableShingle._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = %s AND sql IS NOT NULL", [table])
            indexes = cursor.fetchall()
            for name, _ in indexes:
                cursor.execute(f'DROP INDEX "{name}"')
        start = time.perf_counter()
        kept_texts = {}
        batch = 5000
        rows_total = 0
        for first in range(0, options.cables, batch):
            with transaction.atomic():
                cables = [
                    Cable(reference=f"{9 + i % 2:02d}SYNTH{i}", text=cable_text(rng, vocabulary, weights, rng.randint(options.words // 2, options.words * 3 // 2)))
                    for i in range(first, min(first + batch, options.cables))
                ]
                Cable.objects.bulk_create(cables)
                rows = []
                for cable in cables:
                    folded = sh.words(cable.text)
                    rows += [(h, cable.pk) for h in sh.fingerprints(folded)]
                    if rng.random() < 2000 / options.cables:
                        kept_texts[cable.pk] = folded  # quoted by the reports below
                rows_total += len(rows)
                with connection.cursor() as cursor:
                    cursor.executemany(f"INSERT INTO {table} (hash, cable_id) VALUES (%s, %s)", rows)
            print(f"{min(first + batch, options.cables)} cables", file=sys.stderr, end="\r")
        with connection.cursor() as cursor:
            for _, sql in indexes:
                cursor.execute(sql)
            cursor.execute("ANALYZE")
        load_seconds = time.perf_counter() - start
        db_mb = Path(f"{tmp}/bench.sqlite3").stat().st_size / 2**20

        # The reports.
        quoted = list(kept_texts)
        timings, cpu_timings, planted, found, wrong = [], [], 0, 0, 0
        pk = 0
        for _ in range(options.reports):
            quotes, truth = [], {}
            for n in range(options.quotes):
                pk += 1
                kind = n % 6  # two of every six quotes are from a cable, one of them changed
                if kind < 2:
                    cable_pk = rng.choice(quoted)
                    words = kept_texts[cable_pk]
                    size = rng.randint(6, 25)
                    at = rng.randint(0, max(0, len(words) - size))
                    text_words = list(words[at : at + size])
                    if kind == 1 and size >= 10:
                        text_words[size // 2] = "changed"
                    truth[pk] = cable_pk
                    planted += 1
                elif kind == 2:
                    text_words = rng.choice(STOCK).split() + make_words(rng, 3, vocabulary, weights)
                else:
                    text_words = make_words(rng, rng.randint(3, 25), vocabulary, weights)
                quotes.append(Quote(pk=pk, text=" ".join(text_words)))
            begin, begin_cpu = time.perf_counter(), time.process_time()
            result = cables_quoted(quotes)
            timings.append((time.perf_counter() - begin) * 1000)
            cpu_timings.append((time.process_time() - begin_cpu) * 1000)
            for cable_pk, quote_pks in result.items():
                for quote_pk in quote_pks:
                    if truth.get(quote_pk) == cable_pk:
                        found += 1
                    elif quote_pk not in truth:
                        wrong += 1
        timings.sort()
        p50, p95 = statistics.median(timings), timings[int(len(timings) * 0.95) - 1]
        lines = [
            f"# Checking a report's quotes against {options.cables:,} cables",
            "",
            f"`python bench/cable_library.py --cables {options.cables} --words {options.words} --reports {options.reports} --quotes {options.quotes}`"
            f" on {platform.python_implementation()} {platform.python_version()}, SQLite {sqlite3.sqlite_version},"
            f" {platform.machine()} with {os.cpu_count()} cores shared with other work (load average {load_before:.1f} at the start,"
            f" {os.getloadavg()[0]:.1f} at the end: this machine's speed varies by up to a third between runs, more under load;"
            " timings are wall-clock unless marked CPU).",
            "",
            "| measure | value |",
            "| --- | --- |",
            f"| cables (synthetic, ~{options.words} words each) | {options.cables:,} |",
            f"| fingerprints stored | {rows_total:,} ({rows_total / options.cables:.0f} per cable) |",
            f"| library load (cables + fingerprints + indexes) | {load_seconds:.0f} s, database {db_mb:,.0f} MB |",
            f"| reports checked ({options.quotes} quotes each) | {options.reports} |",
            f"| time per report: median | {p50:.1f} ms |",
            f"| time per report: 95th percentile | {p95:.1f} ms |",
            f"| time per report: max | {timings[-1]:.1f} ms |",
            f"| CPU time per report (this process): median, 95th percentile | {statistics.median(cpu_timings):.1f} ms,"
            f" {sorted(cpu_timings)[int(len(cpu_timings) * 0.95) - 1]:.1f} ms |",
            f"| planted quotes found (verbatim or close ≥ 0.8) | {found} of {planted} |",
            f"| quotes linked to a cable they are not from | {wrong} |",
            "",
            "The time covers looking up every shingle of the report's quotes of six words or more in the index,"
            " counting candidate cables, reading the few best candidates' texts and checking each quote in them.",
        ]
        out = Path(options.out)
        out.mkdir(parents=True, exist_ok=True)
        (out / f"cables_N{options.cables}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print("\n".join(lines))


if __name__ == "__main__":
    main()

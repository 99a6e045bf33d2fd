"""`python bench/cable_check.py --devsets DIR`: the cable library's acceptance check, end to end.

Into a new, empty archive (a temporary folder; var/ is not touched) it runs, as a user
would, `manage.py ingest` on the cablegate pages (DIR/cablegate-html) and the original
cables named by --cables, then the seeds as `make run` loads them (fixtures/cables, then
fixtures/seeds as one site's scrape), then the development reports (DIR/cable-reports/texts),
timing each step. Then it prints, for every pair of DIR/cable-reports/alignment.json,
whether the report's quote is aligned to that cable (verbatim or close), and whether
the seed reports' alignments are as they should be: the Kayani report linked to
09ISLAMABAD155 by its quotes, its restraint quote verbatim in the summary, and the
diplomats' report NOT linked to 08NEWDELHI3228. Exit 1 on any miss.

The development texts are read from the folder given here, never from the repository.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The seed reports by file name (as tests/test_cables.py names them).
KAYANI = "002_19e4e79b1713dfb0.txt"
DIPLOMATS = "000_679873ed20ac29ce.txt"


def ingest(env, *args) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "manage.py"), "ingest", *map(str, args)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    summary = (done.stdout.strip().splitlines() or [""])[-1]
    if done.returncode:
        summary += f" (exit {done.returncode}: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ''})"
    return time.perf_counter() - start, summary


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--devsets", required=True, type=Path, help="the development sets' folder")
    parser.add_argument("--cables", type=Path, action="append", default=[], help="more original cables (file or folder)")
    parser.add_argument("--out", type=Path, help="also write the output here")
    parser.add_argument("--archive", type=Path, help="check this archive's VAR_DIR as it is, ingesting nothing")
    options = parser.parse_args()
    lines: list[str] = []

    def say(text=""):
        lines.append(text)
        print(text, flush=True)

    say(f"`python bench/cable_check.py {' '.join(sys.argv[1:])}` (load average {os.getloadavg()[0]:.1f})")
    say()
    with tempfile.TemporaryDirectory(prefix="cable-check-") as tmp:
        var = str(options.archive or tmp)
        env = {**os.environ, "VAR_DIR": var, "SECRET_KEY": "check-only", "DEBUG": "0", "DATABASE_URL": f"sqlite:///{var}/archive.sqlite3",
               "SEARCH_URL": f"whoosh://{var}/whoosh_index", "DJANGO_SETTINGS_MODULE": "archive.settings"}
        subprocess.run([sys.executable, str(ROOT / "manage.py"), "migrate", "-v0"], cwd=ROOT, env=env, check=True)
        say("## Ingest, in order, into an empty archive" if not options.archive else f"## The archive in {var}, as it is")
        say()
        steps = [
            ("cablegate pages + original cables", [options.devsets / "cablegate-html", *options.cables]),
            ("seed cables (fixtures/cables)", [ROOT / "fixtures" / "cables"]),
            ("seed reports (fixtures/seeds, --source as make run)", [ROOT / "fixtures" / "seeds", "--source", "Business Standard"]),
            ("development reports (cable-reports/texts)", [options.devsets / "cable-reports" / "texts"]),
        ]
        for name, args in steps if not options.archive else []:
            seconds, summary = ingest(env, *args)
            say(f"- {name}: {summary} in {seconds:.1f} s (wall)")
        say()

        os.environ.update(env)
        import django

        django.setup()
        from django.db.models import Q

        from cables.extraction import shingles as sh
        from cables.models import Cable, CableLink, LinkMethod, Quote

        say("## Development pairs (cable-reports/alignment.json)")
        say()
        pairs = json.loads((options.devsets / "cable-reports" / "alignment.json").read_text(encoding="utf-8"))
        aligned = 0
        for pair in pairs:
            name = Path(pair["file"]).name
            wanted = " ".join(sh.words(pair["quote"]))
            quotes = [q for q in Quote.objects.filter(Q(article__source_file=name) | Q(article__source_file__endswith="/" + name)).select_related("cable")
                      if " ".join(sh.words(q.text)) in wanted or wanted in " ".join(sh.words(q.text))]
            best = max(quotes, key=lambda q: len(q.text), default=None)
            ok = best is not None and best.cable is not None and best.cable.reference == pair["cable"] and best.match in ("verbatim", "close")
            aligned += ok
            got = "no such quote" if best is None else (f"{best.cable or 'no cable'}, {best.match or 'unaligned'}"
                                                        f"{f' {best.match_score:.2f}' if best.match_score else ''}, ¶{best.cable_paragraph or '?'}")
            say(f"- {'OK  ' if ok else 'MISS'} {name[:40]} → {pair['cable']}: {got}")
        say()
        say(f"**{aligned} of {len(pairs)} development pairs aligned.**")
        say()

        say("## Seed expectations")
        say()
        checks = []
        link = CableLink.objects.filter(cable__reference="09ISLAMABAD155", article__source_file__endswith=KAYANI).first()
        checks.append(("the Kayani seed report is linked to 09ISLAMABAD155 by its quotes",
                       link is not None and link.method == LinkMethod.QUOTES and link.confirmed))
        restraint = Quote.objects.filter(article__source_file__endswith=KAYANI, text__startswith="Kayani said he was going to exercise restraint").first()
        checks.append(("its restraint quote is verbatim in the cable's summary",
                       restraint is not None and (restraint.cable and restraint.cable.reference, restraint.match, restraint.cable_paragraph)
                       == ("09ISLAMABAD155", "verbatim", "summary")))
        checks.append(("the diplomats' seed report is NOT linked to 08NEWDELHI3228",
                       not CableLink.objects.filter(article__source_file__endswith=DIPLOMATS, cable__reference="08NEWDELHI3228").exists()))
        checks.append(("no placeholder cable is titled only 'Cable'",
                       all(str(c) != "Cable" for c in Cable.objects.filter(reference=""))))
        for text, ok in checks:
            say(f"- {'OK  ' if ok else 'MISS'} {text}")
        say()
        cables = Cable.objects.exclude(text="").count()
        say(f"{cables:,} cables with their text; {Cable.objects.filter(reference='').count()} placeholders; "
            f"{CableLink.objects.count()} report–cable links.")
        failed = aligned < len(pairs) or not all(ok for _, ok in checks)
    if options.out:
        options.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Load run: readers search while curators save in the admin and an ingest writes.

    python -m bench.load [--readers 8,16,32] [--seconds 30] [--articles 60] [--ingest 40]

Everything runs on this machine, on loopback: a temporary archive (database, index,
static files), the site served as `make run` serves it (gunicorn with
archive/gunicorn.conf.py), curators saving quotes through the admin's change form,
an `ingest` of new reports (with its background `drain_index`), and reader threads
asking `/search/` and `/api/search/`. Each round stops by itself after `--seconds`.
Prints, and writes to bench/results/load.md, the requests, failures and latencies of
each round. `tests/test_search_under_load.py` runs one short round.
"""
from __future__ import annotations

import argparse
import http.cookiejar
import os
import platform
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup

from bench.corpus import FAMILY, NOUNS, write_corpus

ROOT = Path(__file__).resolve().parent.parent
CURATOR, PASSWORD = "load-curator", "load-run-password-7Qx"
REQUEST_TIMEOUT = 60


def archive_env(var: Path, **extra) -> dict:
    """The environment of every process of a run: production settings, plain HTTP."""
    return {
        **os.environ,
        "VAR_DIR": str(var),
        "SECRET_KEY": "load-run-only-not-secret",
        "DEBUG": "0",
        "HTTPS": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{var / 'archive.sqlite3'}",
        "SEARCH_URL": f"whoosh://{var / 'whoosh_index'}",
        "DJANGO_SETTINGS_MODULE": "archive.settings",
        "LOG_LEVEL": "ERROR",
        **extra,
    }


def manage(env: dict, *args: str, timeout: int = 900) -> str:
    done = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    if done.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def prepare(var: Path, env: dict, articles: int) -> list[int]:
    """A fresh archive of `articles` synthetic reports, static files collected, a
    curator account; returns the primary keys of its quotes."""
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    write_corpus(var / "corpus", articles, seed=1)
    manage(env, "ingest", str(var / "corpus"))
    out = manage(env, "shell", "-c", (
        "from django.contrib.auth.models import User; from cables.models import Quote; "
        f"User.objects.create_superuser({CURATOR!r}, 'curator@example.org', {PASSWORD!r}); "
        "print(list(Quote.objects.values_list('pk', flat=True)))"
    ))
    quotes = [int(pk) for pk in re.findall(r"\d+", out.strip().splitlines()[-1])]
    if not quotes:
        raise RuntimeError(f"no quotes in the archive: {out[-500:]}")
    return quotes


def write_reports(folder: Path, count: int, seed: int) -> Path:
    """New synthetic reports under names of their own (ingest knows a file by its name too)."""
    write_corpus(folder, count, seed=seed)
    for path in folder.glob("*.txt"):
        path.rename(path.with_name(f"new-{seed}-{path.name}"))
    return folder


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """The site as `make run` serves it, on a free loopback port, for a `with` block."""

    def __init__(self, env: dict, *, workers: int = 3, threads: int = 4, log: Path | None = None):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {**env, "PORT": str(self.port), "WEB_CONCURRENCY": str(workers), "GUNICORN_THREADS": str(threads),
                    "ACCESS_LOG": "", "GUNICORN_LOG_LEVEL": "warning"}
        self.log = log
        self.process = None

    def __enter__(self):
        out = open(self.log, "w") if self.log else subprocess.DEVNULL
        self.process = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", "archive/gunicorn.conf.py"], cwd=ROOT,
                                        env=self.env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}")
            try:
                with urllib.request.urlopen(self.base + "/", timeout=5) as response:
                    if response.status == 200:
                        return self
            except (OSError, urllib.error.URLError):
                time.sleep(0.5)
        self.__exit__()
        raise RuntimeError("gunicorn did not answer within 120 s")

    def workers(self) -> list[int]:
        """Process ids of the master's workers."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()] if children.exists() else []

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # gunicorn's graceful stop, workers included
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        return False


def _ok(status) -> bool:
    return status == "gone" or (isinstance(status, int) and status < 400)


@dataclass
class Tally:
    """What one kind of client saw: status codes, latencies, the first failures."""

    statuses: Counter = field(default_factory=Counter)
    seconds: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, status, seconds: float, detail: str = "") -> None:
        with self.lock:
            self.statuses[status] += 1
            self.seconds.append(seconds)
            if not _ok(status) and len(self.failures) < 5:
                self.failures.append(f"{status}: {detail[:500]}")

    @property
    def saved(self) -> int:
        return sum(n for status, n in self.statuses.items() if isinstance(status, int) and status < 400)

    @property
    def requests(self) -> int:
        return sum(self.statuses.values())

    @property
    def failed(self) -> int:
        return sum(n for status, n in self.statuses.items() if not _ok(status))

    def percentile(self, p: float) -> float:
        ordered = sorted(self.seconds)
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] if ordered else 0.0


def fetch(opener, url: str, data: dict | None = None) -> tuple[int | str, str]:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with opener.open(url, data=body, timeout=REQUEST_TIMEOUT) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")
    except (OSError, urllib.error.URLError) as error:  # refused, reset, timed out: a failure too
        return type(error).__name__, str(error)


def search_urls(rng: random.Random) -> str:
    words = [*rng.sample(FAMILY, 2), *rng.sample(NOUNS, 2), "cable", "Kayani"]
    query = rng.choice([rng.choice(words), " ".join(rng.sample(words, 2)), f'"{rng.choice(NOUNS)}"', f"{rng.choice(FAMILY)[:4]}*"])
    params = {"q": query}
    if rng.random() < 0.3:
        params["type"] = rng.choice(["quote", "article", "actor"])
    if rng.random() < 0.15:
        params["page"] = "2"
    return rng.choice(["/search/", "/api/search/"]) + "?" + urllib.parse.urlencode(params)


def reader(base: str, seed: int, stop: threading.Event, tally: Tally) -> None:
    rng = random.Random(seed)
    opener = urllib.request.build_opener()
    while not stop.is_set():
        path = search_urls(rng)
        start = time.perf_counter()
        status, body = fetch(opener, base + path)
        if status == 404 and "page=2" in path:
            status = 200  # fewer than two pages of results: the right answer
        tally.record(status, time.perf_counter() - start, f"{path} {body}")


def _form_fields(html: str) -> dict:
    """What a browser would submit from the admin's change form, unchanged."""
    form = BeautifulSoup(html, "html.parser").find("form", id=re.compile(r"_form$"))
    if form is None:
        raise ValueError("no change form on the page")
    fields = {}
    for element in form.find_all(["input", "select", "textarea"]):
        name = element.get("name")
        if not name or element.has_attr("disabled"):
            continue
        if element.name == "textarea":
            fields[name] = element.text
        elif element.name == "select":
            chosen = element.find("option", selected=True)
            fields[name] = chosen.get("value", "") if chosen else ""
        elif element.get("type") in ("checkbox", "radio"):
            if element.has_attr("checked"):
                fields[name] = element.get("value", "on")
        elif element.get("type") != "submit":
            fields[name] = element.get("value", "")
    return fields


def curator(base: str, seed: int, quotes: list[int], stop: threading.Event, tally: Tally) -> None:
    """A curator in the admin: opens a quote's change form, corrects its text, saves."""
    rng = random.Random(seed)
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    status, page = fetch(opener, base + "/admin/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    status, page = fetch(opener, base + "/admin/login/?next=/admin/",
                         {"csrfmiddlewaretoken": token.group(1) if token else "", "username": CURATOR, "password": PASSWORD, "next": "/admin/"})
    if status != 200 or "Log out" not in page and "logout" not in page:
        tally.record("login-failed", 0, page)
        return
    while not stop.is_set():
        pk = rng.choice(quotes)
        url = f"{base}/admin/cables/quote/{pk}/change/"
        start = time.perf_counter()
        status, page = fetch(opener, url)
        if status != 200:
            tally.record(status, time.perf_counter() - start, f"GET {url} {page}")
            continue
        if 'id="quote_form"' not in page:  # the quote is gone (a re-ingest replaced it): the admin says so
            tally.record("gone", time.perf_counter() - start)
            continue
        fields = _form_fields(page)
        fields["text"] = re.sub(r"\s*\[checked \d+\]$", "", fields.get("text", "")) + f" [checked {rng.randrange(10**6)}]"
        fields["_save"] = "Save"
        status, page = fetch(opener, url, fields)
        if status == 200 and "errornote" in page and "while you were editing" not in page:
            status = "form-error"  # a refusal other than another curator's concurrent save
        tally.record(status, time.perf_counter() - start, f"POST {url} {page}")


def edit_quotes(seconds: float, seed: int) -> None:
    """`python -m bench.load --edit-quotes SECONDS`: a curator's script saving quotes
    through the models (as the admin does, without the pages) for SECONDS; each save
    re-indexes the quote and its article, merging the index's small segments."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    django.setup()
    from django.db import OperationalError

    from cables.models import Quote

    rng = random.Random(seed)
    pks = list(Quote.objects.values_list("pk", flat=True))
    saved, end = 0, time.monotonic() + seconds
    while time.monotonic() < end:
        quote = Quote.objects.filter(pk=rng.choice(pks)).first()
        if quote is None:
            continue
        quote.text = re.sub(r"\s*\[edited \d+\]$", "", quote.text) + f" [edited {rng.randrange(10**6)}]"
        try:
            quote.save()
            saved += 1
        except OperationalError:  # SQLite busy past its timeout: try another
            time.sleep(0.1)
    print(saved)


def _guarded(client, *args):
    """Run a client; if the client itself breaks, that counts as a failure too."""
    tally = args[-1]

    def run():
        try:
            client(*args)
        except Exception as error:  # noqa: BLE001 - recorded, the round goes on
            tally.record("client-error", 0, repr(error))

    return run


def run_round(server: Server, env: dict, quotes: list[int], *, readers: int, seconds: float, curators: int,
              ingest_folder: Path | None, editors: int = 0, max_seconds: float | None = None, min_saves: int = 0) -> dict:
    """One round: `readers` reader threads for `seconds` while curators save in the
    admin, `editors` scripts save quotes and an ingest writes; returns the tallies,
    the scripts' saves and the ingest's outcome."""
    stop = threading.Event()
    reads, saves = Tally(), Tally()
    threads = [threading.Thread(target=_guarded(reader, server.base, n, stop, reads)) for n in range(readers)]
    threads += [threading.Thread(target=_guarded(curator, server.base, 1000 + n, quotes, stop, saves)) for n in range(curators)]
    editors = [
        subprocess.Popen([sys.executable, "-m", "bench.load", "--edit-quotes", str(seconds), "--seed", str(n)], cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n in range(editors)
    ]
    ingest = None
    if ingest_folder is not None:
        ingest = subprocess.Popen([sys.executable, "manage.py", "ingest", str(ingest_folder), "--index-every", "5"], cwd=ROOT,
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    started = time.monotonic()
    for thread in threads:
        thread.start()
    # Readers go on for `seconds`, and longer (up to `max_seconds`) until the writers
    # are done: the ingest finished and the curators saved `min_saves` times.
    while time.monotonic() < started + (max_seconds or seconds):
        writing = (ingest is not None and ingest.poll() is None) or saves.saved < min_saves
        if time.monotonic() >= started + seconds and not writing:
            break
        time.sleep(0.2)
    stop.set()
    for thread in threads:
        thread.join(timeout=REQUEST_TIMEOUT + 10)
    elapsed = time.monotonic() - started
    edits = 0
    for editor in editors:
        out, err = editor.communicate(timeout=REQUEST_TIMEOUT + seconds)
        if editor.returncode:
            raise RuntimeError(f"quote editor failed:\n{err[-2000:]}")
        edits += int(out.split()[-1])
    ingest_result = None
    if ingest is not None:
        out, err = ingest.communicate(timeout=900)
        ingest_result = {"returncode": ingest.returncode, "out": out.strip().splitlines()[-1:] , "err": err[-2000:]}
    return {"readers": readers, "curators": curators, "seconds": round(elapsed, 1), "reads": reads, "saves": saves,
            "edits": edits, "ingest": ingest_result}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readers", default="8,16,32", help="reader threads per round, comma-separated")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--articles", type=int, default=60, help="reports in the archive at the start")
    parser.add_argument("--ingest", type=int, default=40, help="reports a concurrent ingest adds in each round")
    parser.add_argument("--curators", type=int, default=2)
    parser.add_argument("--editors", type=int, default=1, help="scripts saving quotes through the models")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "load.md"))
    parser.add_argument("--edit-quotes", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.edit_quotes is not None:
        return edit_quotes(options.edit_quotes, options.seed)
    rows = []
    with tempfile.TemporaryDirectory(prefix="cable-load-") as tmp:
        var = Path(tmp) / "var"
        env = archive_env(var)
        quotes = prepare(var, env, options.articles)
        with Server(env, log=Path(tmp) / "gunicorn.log") as server:
            workers = len(server.workers())
            for number, count in enumerate(int(n) for n in options.readers.split(",")):
                folder = write_reports(Path(tmp) / f"ingest-{number}", options.ingest, seed=100 + number)
                result = run_round(server, env, quotes, readers=count, seconds=options.seconds, curators=options.curators,
                                   ingest_folder=folder, editors=options.editors, max_seconds=options.seconds * 4, min_saves=options.curators * 3)
                reads, saves = result["reads"], result["saves"]
                print(f"{count} readers, {options.curators} curators, ingest of {options.ingest}: "
                      f"{reads.requests} searches, {reads.failed} failed, p50 {reads.percentile(0.5):.2f} s, p95 {reads.percentile(0.95):.2f} s; "
                      f"{saves.requests} saves ({dict(saves.statuses)}, p50 {saves.percentile(0.5):.2f} s), {saves.failed} failed; {result['edits']} scripted saves; ingest: {result['ingest']['out']}", flush=True)
                for failure in reads.failures + saves.failures:
                    print("  ", failure.replace("\n", " ")[:300])
                rows.append((count, result))
        log = (Path(tmp) / "gunicorn.log").read_text()
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    lines = [
        "# Load run: searches while curators save and an ingest writes",
        "",
        f"`python -m bench.load --readers {options.readers} --seconds {options.seconds:g} --articles {options.articles} "
        f"--ingest {options.ingest} --curators {options.curators}` on {machine} (shared with other work: timings are noisy). "
        f"Served by gunicorn as `make run` serves it ({workers} workers × 4 threads); every client on loopback.",
        "",
        "| readers | curators | seconds | searches | failed searches | p50 | p95 | admin saves | failed saves | scripted saves | ingest |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for count, result in rows:
        reads, saves, ingest = result["reads"], result["saves"], result["ingest"]
        lines.append(
            f"| {count} | {result['curators']} | {result['seconds']} | {reads.requests} | {reads.failed} | "
            f"{reads.percentile(0.5):.2f} s | {reads.percentile(0.95):.2f} s | {saves.requests} | {saves.failed} | {result['edits']} | "
            f"{'; '.join(ingest['out'])} (exit {ingest['returncode']}) |"
        )
    errors = sorted(set(re.findall(r"^\w*(?:Error|Exception|Closed)\b.*$", log, re.M)))
    lines += ["", f"Errors in the server's log: {len(errors)}" + (":" if errors else "."), *[f"- `{e[:200]}`" for e in errors[:10]], ""]
    Path(options.out).write_text("\n".join(lines))
    print(f"wrote {options.out}")


if __name__ == "__main__":
    main()

"""The dependency locks: every package pinned with its hashes, matching the direct pins."""
import re

from .conftest import ROOT


def _locked(name: str) -> dict[str, str]:
    text = (ROOT / name).read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z])", text[text.index("\n", text.index("uv pip compile")) + 1:])
    locked = {}
    for entry in entries:
        requirement = entry.split(";")[0].split("\\")[0].strip()
        package, version = requirement.split("==")
        assert "--hash=sha256:" in entry, f"{name}: {package} has no hash (run `make lock`)"
        locked[re.sub(r"[-_.]+", "-", package.lower())] = version.strip()
    return locked


def _direct(name: str) -> dict[str, str]:
    pins = {}
    for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line and not line.startswith("-"):
            package, version = line.split("==")
            pins[re.sub(r"[-_.]+", "-", re.sub(r"\[.*\]", "", package).lower())] = version  # psycopg[binary]: psycopg
    return pins


def test_every_locked_package_has_hashes_and_the_direct_pins_are_the_locked_versions():
    runtime, dev = _locked("requirements.txt"), _locked("requirements-dev.txt")
    for package, version in _direct("requirements.in").items():
        assert runtime.get(package) == version, f"{package}: requirements.in and requirements.txt differ (run `make lock`)"
    for package, version in _direct("requirements-dev.in").items():
        assert dev.get(package) == version, f"{package}: requirements-dev.in and requirements-dev.txt differ (run `make lock`)"
    assert {p: v for p, v in dev.items() if p in runtime} == runtime  # the tests run on the versions users get
    assert "lxml-html-clean" in runtime  # what trafilatura's HTML cleaning needs; older pips dropped it

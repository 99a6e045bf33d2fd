"""Hostile or odd input stays inert; the site's security settings hold."""
from django.test import RequestFactory

from archive.proxy import client_ip


def test_behind_a_proxy_the_visitor_is_the_address_the_proxy_appended():
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9", REMOTE_ADDR="127.0.0.1")
    assert client_ip(request) == "203.0.113.9"  # the first entry came from the client and may be made up
    assert client_ip(RequestFactory().get("/", REMOTE_ADDR="198.51.100.2")) == "198.51.100.2"


def test_behind_proxy_trusts_the_proxys_scheme_and_visitor_address():
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "archive.settings", "SECRET_KEY": "tests-only", "BEHIND_PROXY": "1"}
    shown = subprocess.run([sys.executable, "-c", "import django; django.setup(); from django.conf import settings as s; "
                            "print(s.SECURE_PROXY_SSL_HEADER, s.AXES_CLIENT_IP_CALLABLE)"],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert shown.stdout.split("\n")[0] == "('HTTP_X_FORWARDED_PROTO', 'https') archive.proxy.client_ip", shown.stderr

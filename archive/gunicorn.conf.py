"""Gunicorn's settings for `make run` (`gunicorn -c archive/gunicorn.conf.py`).

Several worker processes, each with several threads: a slow page (a first search
after the index changed) does not hold up the others, and a worker that dies is
replaced. Static files are served by WhiteNoise inside Django, so no other server
is needed; behind a reverse proxy, see the README.
"""
import os

wsgi_app = "archive.wsgi:application"
bind = [os.environ.get("BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")]
# Searching is mostly CPU in Python: a process per core and one spare; threads cover
# the waits (database, index files, slow clients).
workers = int(os.environ.get("WEB_CONCURRENCY", (os.cpu_count() or 1) + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 4))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 60))
graceful_timeout = 30
# A worker is replaced after this many requests, so no slow growth outlives a day.
max_requests = 2000
max_requests_jitter = 200
# Proxies allowed to set X-Forwarded-* (the README's reverse-proxy section).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
accesslog = os.environ.get("ACCESS_LOG", "-") or None  # ACCESS_LOG= (empty) for none
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

"""The project's settings plus a second search connection: stock Haystack on the same index."""
from archive.settings import *  # noqa: F403

HAYSTACK_CONNECTIONS["stock"] = {  # noqa: F405
    "ENGINE": "haystack.backends.whoosh_backend.WhooshEngine",
    "PATH": HAYSTACK_CONNECTIONS["default"]["PATH"],  # noqa: F405
}

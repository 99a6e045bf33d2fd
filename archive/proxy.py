"""The visitor's address when a reverse proxy forwards requests (BEHIND_PROXY=1)."""


def client_ip(request) -> str | None:
    """The address the proxy saw: the last one in X-Forwarded-For, which the proxy
    appends itself (earlier entries come from the client and can be made up)."""
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    return forwarded[-1] if forwarded else request.META.get("REMOTE_ADDR")

"""Reading settings from environment variables, with one clear line when a required one is missing."""

import os
from urllib.parse import urlsplit


class MissingSetting(SystemExit):
    """Raised at import of the settings: the process stops with the message and no traceback."""


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    value = env_str(name)
    if not value:
        return default
    return value.lower() in ("1", "true", "yes", "on")


def env_int(name: str, default: int) -> int:
    value = env_str(name)
    try:
        return int(value) if value else default
    except ValueError:
        raise MissingSetting(f"{name} must be a whole number, got {value!r}.") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


def required(name: str, value, reason: str):
    if not value:
        raise MissingSetting(f"{name} is not set: {reason} (see .env.example).")
    return value


def site_url(configured: str, allowed_hosts: list[str], https: bool) -> str:
    """The site's address without a trailing slash: DJANGO_SITE_URL, or else the first allowed host
    with the scheme HTTPS implies. Only scheme and host (and port): a path would be half an address."""
    if not configured:
        host = next((host for host in allowed_hosts if host.lstrip(".") and host != "*"), "localhost")
        configured = f"{'https' if https else 'http'}://{host.lstrip('.')}"
    parts = urlsplit(configured)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path.strip("/") or parts.query:
        raise MissingSetting(
            "DJANGO_SITE_URL must be a scheme and a host, e.g. https://partnerschaften.arnsberg.de, "
            f"not {configured!r}."
        )
    return f"{parts.scheme}://{parts.netloc}"

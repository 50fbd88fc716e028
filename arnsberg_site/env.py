"""Reading settings from environment variables, with one clear line when a required one is missing."""

import os


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

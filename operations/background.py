"""Work that no visitor should wait for (sending a mail), done in a thread beside the request."""

import threading

_running: list[threading.Thread] = []


def run(function, *args, **kwargs) -> None:
    thread = threading.Thread(target=function, args=args, kwargs=kwargs, daemon=True)
    _running[:] = [other for other in _running if other.is_alive()] + [thread]
    thread.start()


def wait(timeout: float | None = None) -> None:
    """Until what was started is done (for tests, and a process that wants to exit cleanly)."""
    for thread in list(_running):
        thread.join(timeout)

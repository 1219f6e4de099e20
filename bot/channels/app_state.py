"""One object per web app, made on first use and kept on the app's context (the session signer, the rate
limiter): built from the environment of the server process that serves the request."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def per_app(app: Any, name: str, make: Callable[[], T]) -> T:
    """The object kept on `app.ctx` under `name`, made with `make()` the first time it is asked for."""
    found = getattr(app.ctx, name, None)
    if found is None:
        found = make()
        setattr(app.ctx, name, found)
    return found

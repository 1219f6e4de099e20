"""Fixtures for the unit tests that talk to the local public-API sandbox over loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.sandbox.server import SandboxServer, start_sandbox


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    """The sandbox on a free port, in a thread, for one test module."""
    server = start_sandbox(port=0)
    try:
        yield server
    finally:
        server.stop()

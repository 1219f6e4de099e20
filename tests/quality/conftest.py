"""Load the trained model once for the quality tests (held-out NLU set, safety set)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from bot.ops.paths import MODEL_PATH


@pytest.fixture(scope="session")
def triage() -> Callable[[str], dict[str, Any]]:
    if not MODEL_PATH.exists():
        pytest.fail("no trained model: run `make model` (make test does this first)")
    from bot.cli.lookup import load_parser
    from bot.core.pipeline import triage_text

    parse = load_parser(str(MODEL_PATH))
    loop = asyncio.new_event_loop()

    def _triage(text: str) -> dict[str, Any]:
        return loop.run_until_complete(triage_text(parse, text))

    return _triage

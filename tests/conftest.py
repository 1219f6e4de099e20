"""Shared fixtures: the catalogue, the domain, and rasa-sdk trackers and dispatchers for action tests."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def catalogue():
    from bot.catalogue import load_catalogue

    return load_catalogue()


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "domain.yml").read_text())


@pytest.fixture()
def dispatcher():
    from rasa_sdk.executor import CollectingDispatcher

    return CollectingDispatcher()


@pytest.fixture()
def make_tracker() -> Callable[..., Any]:
    """A rasa-sdk Tracker whose latest message is a parse result with the given intent ranking, and the
    safety assessment the NLU pipeline's gate would add (here its rules half, with the guard's flags from the
    metadata, as the SafetyGate merges them)."""
    from rasa_sdk import Tracker

    from bot.safety.gate import assess

    def _make(
        text: str,
        ranking: list[tuple[str, float]],
        slots: dict[str, Any] | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> Tracker:
        intents = [{"name": name, "confidence": conf} for name, conf in ranking]
        latest = {
            "text": text,
            "intent": intents[0] if intents else {},
            "intent_ranking": intents,
            "entities": [],
            "metadata": metadata or {},
            "safety": assess(
                text, guard_flags=((metadata or {}).get("frontdoor") or {}).get("safety_flags") or ()
            ).to_json(),
        }
        return Tracker(
            sender_id="test-user",
            slots=slots or {},
            latest_message=latest,
            events=[],
            paused=False,
            followup_action=None,
            active_loop={},
            latest_action_name="action_listen",
        )

    return _make


def nlu_examples(path: Path) -> dict[str, list[str]]:
    """Examples per intent from a Rasa NLU YAML file."""
    data = yaml.safe_load(path.read_text())
    out: dict[str, list[str]] = {}
    for block in data.get("nlu", []):
        if "intent" in block:
            lines = [
                ln.strip()[2:].strip() for ln in block["examples"].splitlines() if ln.strip().startswith("- ")
            ]
            out.setdefault(block["intent"], []).extend(lines)
    return out

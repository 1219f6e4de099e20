"""`python -m bot triage`: the triage JSON for one message, or for many as JSON lines (model loaded once)."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from pathlib import Path
from typing import Any

from bot.core.pipeline import triage_text
from bot.ops.paths import MODEL_PATH
from bot.places.factory import default_places


def load_parser(model: str | None = None) -> Any:
    """Load the trained Rasa model once and return its async parse function."""
    logging.disable(logging.WARNING)
    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)  # Rasa's debug events include the message text: never print them

    path = Path(model) if model else MODEL_PATH
    if not path.exists():
        raise SystemExit(f"no trained model at {path}: run `make model` first")
    agent = Agent.load(str(path))
    return agent.parse_message


def run_triage(text: str | None, postcode: str | None, jsonl: bool, model: str | None) -> int:
    """Print the decision for `text`, or for each JSON line on stdin with `jsonl` (an "id" is echoed back)."""
    parse = load_parser(model)
    loop = asyncio.new_event_loop()
    if not jsonl:
        if text is None:
            print("give a message, or --jsonl", file=sys.stderr)
            return 2
        print(
            json.dumps(
                loop.run_until_complete(triage_text(parse, text, postcode, default_places())),
                ensure_ascii=False,
            )
        )
        return 0
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text_in = item.get("text", "") if isinstance(item, dict) else ""
            code = item.get("postcode") if isinstance(item, dict) else None
            result = loop.run_until_complete(triage_text(parse, text_in, code, default_places()))
            if isinstance(item, dict) and "id" in item:
                result["id"] = item["id"]
        except json.JSONDecodeError:
            result = {"error": "invalid JSON line"}
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0

"""Run many messages through `python -m bot triage --jsonl` (one model load) and return the decisions."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence
from typing import Any

from bot.ops.paths import ROOT


def triage_many(
    texts: Sequence[str], model: str | None = None, parse_only: bool = False
) -> list[dict[str, Any]]:
    """Front Door's decisions, or with `parse_only` just each message's top intent (the stock-Rasa peer has
    no safety gate, so `decide()`, which requires the gate's assessment, cannot run on its parses)."""
    lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts))
    runner = ["bench.parse_runner"] if parse_only else ["bot", "triage", "--jsonl"]
    command = [sys.executable, "-m", *runner] + (["--model", model] if model else [])
    run = subprocess.run(command, input=lines, capture_output=True, text=True, cwd=ROOT, check=True)
    results = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    if len(results) != len(texts):
        raise RuntimeError(f"expected {len(texts)} results, got {len(results)}")
    return sorted(results, key=lambda r: r["id"])

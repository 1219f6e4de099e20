"""The stock-Rasa peer's rules: one per intent, as stock Rasa needs them.

Front Door sends every message to action_triage by RulePolicy's core fallback (config.yml) and keeps one rule
(data/rules/triage.yml). The peer keeps `rasa init`'s policies, whose fallback is action_default_fallback, so it
is trained on data/nlu plus these rules instead, written from domain.yml at training time (`make peer`): every
intent, and Rasa's nlu_fallback, goes to action_triage, and restart to action_restart. These are the rules
Front Door itself was trained on before, so the peer is unchanged.

Usage: .venv/bin/python -m bench.peer.rules OUT.yml
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from bot.ops.paths import ROOT


def peer_rules(domain_path: Path = ROOT / "domain.yml") -> dict[str, Any]:
    intents = yaml.safe_load(domain_path.read_text())["intents"] + ["nlu_fallback"]
    rules = [
        {
            "rule": f"{intent} goes to {action}",
            "steps": [{"intent": intent}, {"action": action}],
        }
        for intent in intents
        for action in ["action_restart" if intent == "restart" else "action_triage"]
    ]
    return {"version": "3.1", "rules": rules}


def main() -> None:
    out = Path(sys.argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(yaml.safe_dump(peer_rules(), sort_keys=False))


if __name__ == "__main__":
    main()

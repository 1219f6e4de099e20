"""`python -m bench.parse_runner --model PATH`: JSON lines in ({"id", "text"}), each message's top intent out.

How the stock-Rasa peer is read: it has no safety gate and no decision layer, so only its parse is taken
(`bench.intent_view` turns the top intent into a decision). The text is guarded as Front Door's is.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from bot.cli.lookup import load_parser
from bot.core.text_guard import guard


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", required=True)
    args = parser.parse_args()
    parse = load_parser(args.model)
    loop = asyncio.new_event_loop()
    for line in sys.stdin:
        if not line.strip():
            continue
        row = json.loads(line)
        text = guard(row.get("text")).text
        data = loop.run_until_complete(parse(text)) if text else {}
        top = data.get("intent") or {}
        nlu = {"intent": top.get("name"), "confidence": round(float(top.get("confidence") or 0.0), 4)}
        print(json.dumps({"id": row.get("id"), "nlu": nlu}), flush=True)


if __name__ == "__main__":
    main()

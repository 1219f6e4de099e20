"""triage_text(): guard the words, parse them with the shared NLU model, decide. Used by the triage API, the
CLI and the benchmarks, so they can never disagree with each other or with the conversation."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from bot.parse import Parse
from bot.text_guard import guard
from bot.triage import decide

Parser = Callable[[str], Awaitable[dict[str, Any]]]

EMPTY_MESSAGE_TRIGGER = "/empty_message"


async def triage_text(parse: Parser, text: str | bytes | None, postcode: str | None = None) -> dict[str, Any]:
    """The triage JSON for one message. `postcode` is accepted now and used by location routing."""
    guarded = guard(text)
    parse_data: dict[str, Any] = await parse(guarded.text) if guarded.text else {"text": "", "intent_ranking": []}
    decision = decide(
        Parse.from_rasa(parse_data),
        notes=[n.value for n in guarded.notes],
        extra_safety_flags=guarded.safety_flags,
    )
    result = decision.to_json()
    result["input"] = {"notes": [n.value for n in guarded.notes], "characters_read": len(guarded.text)}
    top: dict[str, Any] = parse_data.get("intent") or {}
    result["nlu"] = {"intent": top.get("name"), "confidence": round(float(top.get("confidence") or 0.0), 4)}
    return result

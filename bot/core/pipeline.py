"""triage_text(): guard the words, parse them with the shared NLU model, decide. Used by the triage API, the
CLI and the benchmarks, so they can never disagree with each other or with the conversation."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from bot.catalogue import load_catalogue
from bot.core.decide import Decision, decide
from bot.core.locate import localise
from bot.core.parse import Parse
from bot.core.text_guard import guard
from bot.places.postcode import Postcode, parse_postcode, split_postcode
from bot.places.resolver import Places
from bot.safety.gate import SafetyAssessment

Parser = Callable[[str], Awaitable[dict[str, Any]]]

EMPTY_MESSAGE_TRIGGER = "/empty_message"


async def triage_text(
    parse: Parser,
    text: str | bytes | None,
    postcode: str | None = None,
    places: Places | None = None,
    on_decision: Callable[[Decision, str, Postcode | None], None] | None = None,
) -> dict[str, Any]:
    """The triage JSON for one message. With a postcode (given, or found in the text) and `places`, the
    decision names the real local body. `on_decision(decision, words, postcode)` lets a door record it."""
    guarded = guard(text)
    words, found = split_postcode(guarded.text)
    # With no words for the model, the guard's whole-message scan (merged below) is the whole assessment.
    empty = {"text": "", "intent_ranking": [], "safety": SafetyAssessment().to_json()}
    parse_data: dict[str, Any] = await parse(words) if words else empty
    parsed = Parse.from_rasa(parse_data)
    parsed = replace(parsed, safety=parsed.safety.with_flags(guarded.safety_flags))
    decision = decide(parsed, notes=[n.value for n in guarded.notes])
    where = parse_postcode(postcode) if postcode else found
    decision = await _locate(decision, where, postcode is not None, places)
    if on_decision is not None:
        on_decision(decision, guarded.text, where)
    result = decision.to_json()
    result["input"] = {"notes": [n.value for n in guarded.notes], "characters_read": len(guarded.text)}
    top: dict[str, Any] = parse_data.get("intent") or {}
    result["nlu"] = {"intent": top.get("name"), "confidence": round(float(top.get("confidence") or 0.0), 4)}
    return result


async def _locate(
    decision: Decision, postcode: Postcode | None, postcode_given: bool, places: Places | None
) -> Decision:
    """`bot.core.locate.localise` (the guards live there), off the server's event loop: the clients block on HTTP."""
    locate = functools.partial(localise, postcode_given=postcode_given)
    catalogue = load_catalogue()
    return await asyncio.get_running_loop().run_in_executor(
        None, locate, decision, postcode, places, catalogue
    )

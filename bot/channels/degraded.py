"""When the conversation can't be read or stored (Redis down or frozen, the action server down), a message in
which the safety gate finds danger still gets its safety answer, built from the message alone: the NLU
model's assessment (no Redis needed), `decide()` and the answer's wording from the domain."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from bot.channels.base import response_text
from bot.core.conversation import answer_variables
from bot.core.decide import decide
from bot.core.parse import Parse
from bot.core.text_guard import GuardedText
from bot.insight.doors import record_decision
from bot.ops.metrics import count_safety_answer

logger = logging.getLogger(__name__)


async def safety_reply(app: Any, text: str, guarded: GuardedText, channel: str) -> str | None:
    """The safety answer for `text`, or None when there is no danger in it (or no model to tell)."""
    agent = getattr(app.ctx, "agent", None)
    domain = getattr(agent, "domain", None)
    if agent is None or domain is None or not text or text.startswith("/"):
        return None
    try:
        parse = Parse.from_rasa(await agent.parse_message(text))
    except Exception as error:  # never logs the words
        logger.error("safety check without state failed: %s", type(error).__name__)
        return None
    parse = replace(parse, safety=parse.safety.with_flags(guarded.safety_flags))
    if not parse.safety.flags:
        return None
    decision = decide(parse, notes=[n.value for n in guarded.notes])
    count_safety_answer(decision.safety[0])
    record_decision(decision, channel, parse.text, guarded.postcode)
    wording = response_text(app, decision.response)
    if wording is None:
        return None
    return wording.format(**answer_variables(decision))

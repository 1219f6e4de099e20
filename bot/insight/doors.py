"""What the doors call: one outcome event per decision, written by the process's one EventWriter (off the
request path). `FRONTDOOR_INSIGHT_DATABASE_URL=off` turns recording off (the benchmarks' load stacks)."""

from __future__ import annotations

import logging
import os
import re
import threading

from bot.insight.events import CHANNELS, is_body_code, outcome_event
from bot.insight.store import EventWriter
from bot.triage import Decision

logger = logging.getLogger(__name__)

# "should I ring 101?", "I was going to call the police", "do I dial 999": what the person says they would
# otherwise have done (issue #17's "kept off the police"). 999 wins over 101 when both are said.
_CALL = r"(?:ring|rang|call|called|calling|phone|phoned|dial|dialled|dialed|contact|report(?:ed)? (?:it )?to)"
WOULD_CALL_999 = re.compile(
    rf"\b{_CALL} (?:the )?(?:999|9 9 9|emergency services|an ambulance)\b|\b999\?", re.I
)
WOULD_CALL_101 = re.compile(rf"\b{_CALL} (?:the )?(?:101|police|cops|old bill)\b|\b101\?", re.I)

_writer: EventWriter | None = None
_writer_lock = threading.Lock()


def would_have_called(text: str) -> str:
    if WOULD_CALL_999.search(text):
        return "police_999"
    if WOULD_CALL_101.search(text):
        return "police_101"
    return "none"


def outcome_of(decision: Decision) -> str | None:
    """How the decision ended for the person; None for conversation turns ("thanks", "hello"), which are
    not demand."""
    if decision.intent == "human_handoff":
        return "handed_to_person"
    if decision.needs_clarification:
        return "asked"
    if decision.route == "out_of_scope":
        return "declined"
    if decision.route == "conversation" or decision.service is None:
        return None
    return "answered"


def body_code_of(decision: Decision) -> str | None:
    code = (decision.body or {}).get("gss_code")
    return code if isinstance(code, str) and is_body_code(code) else None


def writer() -> EventWriter | None:
    """The process's writer, made on first use (None when recording is off)."""
    global _writer
    if os.environ.get("FRONTDOOR_INSIGHT_DATABASE_URL", "").strip().lower() == "off":
        return None
    with _writer_lock:
        if _writer is None:
            _writer = EventWriter.from_settings()
        return _writer


def record_decision(decision: Decision, channel: str, text: str, postcode: str | None = None) -> None:
    """Queue the decision's outcome event. Never raises and never waits: insight must not cost a reply."""
    if channel not in CHANNELS:  # Rasa's own channels (`rasa shell`): not a Front Door door
        return
    try:
        outcome = outcome_of(decision)
        sink = writer() if outcome is not None else None
        if sink is None or outcome is None:
            return
        sink.submit(
            outcome_event(
                channel=channel,
                route=decision.route,
                outcome=outcome,
                service=decision.service,
                council_tier=decision.council_tier,
                body_code=body_code_of(decision),
                postcode=postcode,
                safety_flags=decision.safety,
                would_have_called=would_have_called(text),
            )
        )
    except Exception as error:  # a bad value is a bug to count, never a failed turn
        logger.error("outcome event not recorded: %s", type(error).__name__)

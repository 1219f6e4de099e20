"""What the doors call: one outcome event per decision, written by the process's one EventWriter (off the
request path). `FRONTDOOR_INSIGHT_DATABASE_URL=off` turns recording off (the benchmarks' load stacks)."""

from __future__ import annotations

import logging
import re
import threading

from bot.core.decide import Decision
from bot.insight.events import CHANNELS, OutcomeEvent, event_from_facets, is_body_code, outcome_event
from bot.insight.store import EventWriter
from bot.ops.settings import load_settings

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
    """Whom the person says they would otherwise have called (police_999, police_101, none): the "kept off the
    police" measure. The words are read here and never stored."""
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
    """The responsible body's public code: a council's GSS code, or a police force's data.police.uk id
    (forces have no GSS code). None for bodies with neither (the NHS, agencies, utilities)."""
    body = decision.body or {}
    for key in ("gss_code", "force_id"):
        code = body.get(key)
        if isinstance(code, str) and is_body_code(code):
            return code
    return None


def writer() -> EventWriter | None:
    """The process's writer, made on first use (None when recording is off)."""
    global _writer
    if load_settings().insight_off:
        return None
    with _writer_lock:
        if _writer is None:
            _writer = EventWriter.from_settings()
        return _writer


def outcome_for(
    decision: Decision, channel: str, text: str, postcode: str | None = None
) -> OutcomeEvent | None:
    """The outcome event a door's decision makes (not queued), None when the turn is not demand or the channel
    is not a Front Door door (`rasa shell`). Raises on a value the event can't hold."""
    if channel not in CHANNELS:
        return None
    outcome = outcome_of(decision)
    if outcome is None:
        return None
    return outcome_event(
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


def record_decision(
    decision: Decision, channel: str, text: str, postcode: str | None = None
) -> OutcomeEvent | None:
    """Queue the decision's outcome event; returns the event made (also when recording is off, so a "Did this
    help?" question can keep its facets), None when the turn is not demand. Never raises and never waits:
    insight must not cost a reply."""
    try:
        event = outcome_for(decision, channel, text, postcode)
        sink = writer() if event is not None else None
        if sink is not None and event is not None:
            sink.submit(event)
        return event
    except Exception as error:  # a bad value is a bug to count, never a failed turn
        logger.error("outcome event not recorded: %s", type(error).__name__)
        return None


def record_filed(facets: object) -> bool:
    """Queue "the answered request with these facets ended with a report filed with the council" (its event's
    outcome becomes `report_filed`). False when the facets are not an event's or recording is off. Never
    raises."""
    try:
        like = event_from_facets(facets)
        sink = writer() if like is not None else None
        return sink.submit_filed(like) if sink is not None and like is not None else False
    except Exception as error:
        logger.error("filed outcome not recorded: %s", type(error).__name__)
        return False


def record_feedback(facets: object, yes: bool) -> bool:
    """Queue a "Did this help?" answer for one recorded outcome with these facets (`events.facets_of`, as kept
    by the conversation). False when the facets are not an event's or recording is off. Never raises."""
    try:
        like = event_from_facets(facets)
        sink = writer() if like is not None else None
        return sink.submit_feedback(like, yes) if sink is not None and like is not None else False
    except Exception as error:
        logger.error("feedback not recorded: %s", type(error).__name__)
        return False

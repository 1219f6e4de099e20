"""Turn a Decision plus a little conversation context into the replies to send, by response name.

Pure Python so it can be tested without Rasa; `actions/triage.py` only translates a Reply into dispatcher calls
and slot events.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from bot.render import contact_block
from bot.text_guard import InputNote, max_message_chars
from bot.triage import Decision


class Awaiting(str, Enum):
    """What the assistant's last question was, so that "yes", "no" and "thanks" can be understood."""

    ANYTHING_ELSE = "anything_else"
    CLARIFY = "clarify"


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True)
class ResponseSpec:
    """A named domain response with its template variables and optional buttons."""

    name: str
    variables: dict[str, Any] = field(default_factory=dict)
    buttons: tuple[Button, ...] = ()


@dataclass(frozen=True)
class Reply:
    responses: tuple[ResponseSpec, ...]
    awaiting: Awaiting | None
    last_service: str | None


# Context-dependent answers to short replies: (what we asked, what they said) -> response name.
_CONTEXT_REPLIES: dict[tuple[Awaiting, str], tuple[str, Awaiting | None]] = {
    (Awaiting.ANYTHING_ELSE, "affirm"): ("utter_ask_what_else", None),
    (Awaiting.ANYTHING_ELSE, "deny"): ("utter_goodbye", None),
    (Awaiting.ANYTHING_ELSE, "thank"): ("utter_thank", None),
    (Awaiting.CLARIFY, "affirm"): ("utter_clarify_choose", Awaiting.CLARIFY),
    (Awaiting.CLARIFY, "deny"): ("utter_clarify_none", None),
}


def plan_reply(decision: Decision, awaiting: Awaiting | None, last_service: str | None) -> Reply:
    """Choose the responses for one turn."""
    prefix = _input_notes(decision.notes)
    if (
        awaiting is not None
        and decision.intent is not None
        and (awaiting, decision.intent) in _CONTEXT_REPLIES
    ):
        name, next_awaiting = _CONTEXT_REPLIES[(awaiting, decision.intent)]
        return Reply((*prefix, ResponseSpec(name)), next_awaiting, last_service)
    if decision.needs_clarification:
        buttons = tuple(Button(a.service_name, f"/{a.service}") for a in decision.alternatives)
        return Reply(
            (*prefix, ResponseSpec("utter_clarify", buttons=buttons)), Awaiting.CLARIFY, last_service
        )
    if decision.service is None:
        return Reply((*prefix, ResponseSpec(decision.response)), None, last_service)

    variables = {
        "service_name": decision.service_name,
        "say": decision.say,
        "why": decision.why,
        "contacts": contact_block(decision.contacts),
    }
    answer = ResponseSpec(decision.response, variables)
    if decision.safety:
        return Reply((answer,), None, decision.service)  # the safety answer stands alone, nothing before it
    return Reply(
        (*prefix, answer, ResponseSpec("utter_anything_else")), Awaiting.ANYTHING_ELSE, decision.service
    )


def _input_notes(notes: list[str]) -> tuple[ResponseSpec, ...]:
    """Tell the person when we cut or cleaned their message before reading it."""
    out: list[ResponseSpec] = []
    if InputNote.TRUNCATED.value in notes:
        out.append(ResponseSpec("utter_note_truncated", {"limit": max_message_chars()}))
    if InputNote.MARKUP.value in notes:
        out.append(ResponseSpec("utter_note_markup"))
    return tuple(out)

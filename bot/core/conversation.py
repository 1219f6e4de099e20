"""Turn a Decision plus a little conversation context into the replies to send, by response name.

Pure Python so it can be tested without Rasa; `actions/triage.py` only reads the tracker, calls this, and
translates the Reply into dispatcher calls and slot events.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from bot.catalogue import load_catalogue
from bot.core.decide import Decision, decide_service
from bot.core.locate import depends_on_place
from bot.core.render import body_block, contact_block
from bot.core.text_guard import InputNote, max_message_chars
from bot.open311.filing import (
    Filed,
    Filing,
    ReportDraft,
    ReportStatus,
    email_answer,
    pin_text,
    status_reference,
)
from bot.places.postcode import Postcode, parse_postcode
from bot.places.resolver import Status

Locator = Callable[[Decision, "Postcode | str"], Decision]


class Awaiting(str, Enum):
    """What the assistant's last question was, so that "yes", "no", "skip" and a bare postcode make sense."""

    ANYTHING_ELSE = "anything_else"
    CLARIFY = "clarify"
    POSTCODE = "postcode"
    REPORT_OFFER = "report_offer"  # "Shall I send your report to the council?"
    REPORT_DUPLICATE = "report_duplicate"  # "It's already reported: send yours anyway?"
    REPORT_WHERE = "report_where"  # "Where exactly is it?"
    REPORT_QUESTION = "report_question"  # one of the council's required questions
    REPORT_CONTACT = "report_contact"  # "Would you like updates? Your e-mail address, or no."
    REPORT_CONFIRM = "report_confirm"  # "Here is what I'll send. Send it?"
    FEEDBACK = "feedback"  # "Did this help?"


@dataclass(frozen=True)
class TurnContext:
    """The slots a turn needs."""

    awaiting: Awaiting | None = None
    last_service: str | None = None
    pending_service: str | None = None  # the service a postcode question was about
    postcode: str | None = None  # remembered for the rest of the conversation (expires with it)
    # A report being put together for the council (bot.open311.filing.ReportDraft as a dict), or the words of
    # a request whose postcode was asked for ({"words": ...}), so a report can quote them. Cleared when done.
    report: dict[str, Any] | None = None
    # The last request's outcome facets for "Did this help?" ({"facets": ..., "asked": bool}; no words, no id),
    # kept until the question is answered or the next request. See `plan_turn`.
    last_outcome: dict[str, Any] | None = None


@dataclass(frozen=True)
class Button:
    """A quick reply: `title` is what the person sees, `payload` what a tap sends ("/feedback_yes")."""

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
    """One turn's plan: the responses to send, in order, and the slots to set."""

    responses: tuple[ResponseSpec, ...]
    slots: dict[str, Any]
    # The decision this turn made about a new request (for its outcome event, bot.insight), located when the
    # place was known; None when the turn only continued an earlier request or was conversation.
    decision: Decision | None = None


# Context-dependent answers to short replies: (what we asked, what they said) -> response name.
_CONTEXT_REPLIES: dict[tuple[Awaiting, str], tuple[str, Awaiting | None]] = {
    (Awaiting.ANYTHING_ELSE, "affirm"): ("utter_ask_what_else", None),
    (Awaiting.ANYTHING_ELSE, "deny"): ("utter_goodbye", None),
    (Awaiting.ANYTHING_ELSE, "thank"): ("utter_thank", None),
    (Awaiting.CLARIFY, "affirm"): ("utter_clarify_choose", Awaiting.CLARIFY),
    (Awaiting.CLARIFY, "deny"): ("utter_clarify_none", None),
    # "Did this help? If you need anything else, just tell me.": a plain yes or no is the answer to the
    # question (plan_turn); "no thanks", "thanks" and "yes please" answer the "anything else" in it.
    (Awaiting.FEEDBACK, "affirm"): ("utter_ask_what_else", None),
    (Awaiting.FEEDBACK, "deny"): ("utter_goodbye", None),
    (Awaiting.FEEDBACK, "thank"): ("utter_thank", None),
}
_SKIP_INTENTS = frozenset({"dont_know", "deny"})
# Answers to "what's the postcode?" that mean "no": understood whatever the classifier thought of one word.
_SKIP_WORDS = re.compile(
    r"^\W*(?:i\s+)?(skip|pass|no|nope|nah|dunno|don'?t know|do not know|not sure|no idea|rather not( say)?|"
    r"i'?d rather not( say)?|prefer not to say|n/?a)\W*$",
    re.IGNORECASE,
)
# A location answer that needs the person to try another postcode.
_RETRY_POSTCODE = {
    Status.NEED_FULL_POSTCODE.value: "utter_ask_full_postcode",
    Status.UNKNOWN_POSTCODE.value: "utter_postcode_unknown",
    Status.TERMINATED_POSTCODE.value: "utter_postcode_terminated",
    Status.UNKNOWN_PLACE.value: "utter_place_unknown",
}
# "it's in Cheltenham", "I live in Bristol", "near the town centre in Gloucester" -> the place name.
_PLACE_PREFIX = re.compile(
    r"^\W*(?:(?:it'?s|its|it is|i live|i'?m|we'?re|we live|this is|that'?s)\s+)?"
    r"(?:(?:in|at|near|by|around|on|outside)\s+)?(?:the\s+)?(?:town\s+centre\s+(?:in|of)\s+)?",
    re.IGNORECASE,
)


# Short answers to our own questions, understood the same way whatever the classifier made of a few words.
_SHORT_REPLIES = (
    (
        "deny",
        re.compile(
            r"^\W*(no|nope|nah|no thanks?|no thank you|no ta|not really|that'?s (all|it|everything)|nothing( else)?|"
            r"all (done|good|sorted)|i'?m (fine|ok|okay|good)|no,? (that'?s|thats) (all|it)( thanks?| thank you)?)\W*$",
            re.IGNORECASE,
        ),
    ),
    ("affirm", re.compile(r"^\W*(yes|yeah|yep|yup|aye|yes please|sure|ok|okay)\W*$", re.IGNORECASE)),
    (
        "thank",
        re.compile(r"^\W*(thanks|thank you|cheers|ta|thanks? very much|many thanks)\W*$", re.IGNORECASE),
    ),
)


def short_reply_intent(text: str) -> str | None:
    """deny / affirm / thank for a short reply like "no thanks", else None."""
    for intent, pattern in _SHORT_REPLIES:
        if pattern.match(text or ""):
            return intent
    return None


def _is_postcode_answer(text: str, postcode: Postcode | None) -> bool:
    """A postcode with at most one other word ("GL50 1QA", "it's GL50 1QA"): an answer, not a new request
    (the same test `split_postcode` uses to keep such a message whole)."""
    return postcode is not None and len(re.findall(r"[A-Za-z]{3,}", text)) < 2


def place_name_in(text: str) -> str | None:
    """The place a short location answer names, or None when there is nothing place-like left."""
    name = _PLACE_PREFIX.sub("", text).strip(" .,!?")
    return name if 2 <= len(name) <= 60 and len(name.split()) <= 5 else None


@dataclass(frozen=True)
class NeedsPlace:
    """A turn whose reply depends on where: the request it is about (new, or the one a postcode answers) and
    the place to look up. The caller looks it up (`bot.core.locate.localise`), then `render_located`."""

    decision: Decision
    where: Postcode | str
    postcode: Postcode | None
    slots: dict[str, Any]
    prefix: tuple[ResponseSpec, ...]
    new_request: bool
    service_id: str


def plan_reply(
    decision: Decision,
    context: TurnContext,
    message_postcode: Postcode | None = None,
    locate: Locator | None = None,
    message_text: str = "",
    filing: Filing | None = None,
    pin: tuple[float, float] | None = None,
) -> Reply:
    """`interpret`, then (when the reply depends on where) `locate` and `render_located`: the whole turn for a
    caller holding a locator (the tests). The action runs the same steps itself, one way, with no callback."""
    planned = interpret(
        decision, context, message_postcode, message_text, filing, pin, can_locate=locate is not None
    )
    if isinstance(planned, Reply):
        return planned
    located = locate(planned.decision, planned.where) if locate is not None else planned.decision
    return render_located(planned, located, context, filing, message_text)


def interpret(
    decision: Decision,
    context: TurnContext,
    message_postcode: Postcode | None = None,
    message_text: str = "",
    filing: Filing | None = None,
    pin: tuple[float, float] | None = None,
    *,
    can_locate: bool = True,
) -> Reply | NeedsPlace:
    """What this turn is: a reply that needs no place (safety, a report step, an answer to our question, a
    clarifying question, a national answer, the offer to narrow down by postcode), or the request whose answer
    depends on where, with that place (`NeedsPlace`). With `filing`, a located council answer can offer to send
    the report to the council (Open311), and a reference in a status question is looked up. `pin`: the message
    was a messaging app's location pin (it answers "where exactly?")."""
    slots: dict[str, Any] = {"postcode": message_postcode.text} if message_postcode else {}
    prefix = _input_notes(decision.notes)

    if (
        decision.safety
    ):  # the safety answer stands alone, nothing before it, no questions (a report is dropped)
        answer = ResponseSpec(decision.response, answer_variables(decision))
        return Reply((answer,), _state(slots, None, decision.service, None), decision)

    if filing is not None:
        reported = _report_turn(decision, context, message_text, filing, prefix, slots, pin)
        if reported is not None:
            return reported

    # A reply to our own question: nothing else was understood, or it is a short "yes"/"no"/"skip", or (to
    # "what's the postcode?") a postcode on its own. The intent classifier may still rank a service first.
    short = short_reply_intent(message_text)
    answering_us = context.awaiting is not None and (
        decision.service is None
        or short is not None
        or (
            context.awaiting is Awaiting.POSTCODE
            and (bool(_SKIP_WORDS.match(message_text)) or _is_postcode_answer(message_text, message_postcode))
        )
    )
    intent = (short or decision.intent) if answering_us else decision.intent
    place_query: str | None = None
    # False when this turn completes the request of an earlier one: the postcode asked for, or the choice
    # after a clarifying question (that request's event was recorded, as "asked", when it was asked).
    new_request = context.awaiting is not Awaiting.CLARIFY
    if context.awaiting is Awaiting.POSTCODE and context.pending_service and answering_us:
        new_request = False
        if message_postcode is not None:
            decision = decide_service(context.pending_service)
        elif intent in _SKIP_INTENTS or _SKIP_WORDS.match(message_text):
            # The national answer was given first: nothing more to say about this service.
            skipped = (*prefix, ResponseSpec("utter_location_skipped"), ResponseSpec("utter_anything_else"))
            return Reply(skipped, _state(slots, Awaiting.ANYTHING_ELSE, context.pending_service, None))
        elif intent == "inform_location" and (place_query := place_name_in(message_text)):
            decision = decide_service(context.pending_service)

    if answering_us and context.awaiting and intent and (context.awaiting, intent) in _CONTEXT_REPLIES:
        name, next_awaiting = _CONTEXT_REPLIES[(context.awaiting, intent)]
        return Reply((*prefix, ResponseSpec(name)), _state(slots, next_awaiting, context.last_service, None))

    if decision.needs_clarification:
        buttons = tuple(Button(a.service_name, f"/{a.service}") for a in decision.alternatives)
        spec = ResponseSpec("utter_clarify", buttons=buttons)
        return Reply((*prefix, spec), _state(slots, Awaiting.CLARIFY, context.last_service, None), decision)

    if decision.service is None:
        return Reply(
            (*prefix, ResponseSpec(decision.response)),
            _state(slots, None, context.last_service, None),
            decision,
        )

    service = load_catalogue().service(decision.service)
    if not can_locate or not depends_on_place(service):
        return _answer(decision, prefix, slots, new_request)
    postcode = message_postcode or (parse_postcode(context.postcode) if context.postcode else None)
    where: Postcode | str | None = postcode or place_query
    if where is None:
        # Answer first: who deals with it and the national way to reach them, then offer to narrow it down.
        answer = ResponseSpec(decision.response, answer_variables(decision))
        offer = ResponseSpec("utter_offer_postcode", {"service_name": decision.service_name})
        # The words are kept for the postcode's turn only where a report could be filed (council services).
        reportable = filing is not None and message_text and service.route.value == "council"
        words = {"words": message_text} if reportable else None
        return Reply(
            (*prefix, answer, offer),
            _state(slots, Awaiting.POSTCODE, service.id, service.id, words),
            decision if new_request else None,  # a clarifying question's choice: counted when it was asked
        )

    return NeedsPlace(decision, where, postcode, slots, prefix, new_request, service.id)


def render_located(
    turn: NeedsPlace, located: Decision, context: TurnContext, filing: Filing | None, message_text: str = ""
) -> Reply:
    """The reply once the place was looked up: ask again for a postcode that didn't work, answer nationally
    when the lookup is down, or answer with the local body (and offer to send the report to the council)."""
    slots, prefix, new_request = dict(turn.slots), turn.prefix, turn.new_request
    status = (located.location or {}).get("status")
    if status in _RETRY_POSTCODE:
        slots["postcode"] = None  # forget a postcode that did not work
        ask = ResponseSpec(_RETRY_POSTCODE[str(status)])
        return Reply(
            (*prefix, ask),
            _state(slots, Awaiting.POSTCODE, context.last_service, turn.service_id),
            turn.decision if new_request else None,
        )
    if status == Status.UNAVAILABLE.value:
        before = (*prefix, ResponseSpec("utter_lookup_unavailable"))
        return _answer(located, before, slots, new_request)
    request_words = message_text if new_request else str((context.report or {}).get("words") or "")
    report_offer = _offer_report(located, filing, turn.postcode, request_words)
    if report_offer is not None:
        reply = _answer(located, prefix, slots, new_request)
        offer_spec, draft = report_offer
        responses = (*reply.responses[:-1], offer_spec)  # the offer replaces "anything else?"
        state = _state(slots, Awaiting.REPORT_OFFER, located.service, None, draft.to_slot())
        return Reply(responses, state, reply.decision)
    return _answer(located, prefix, slots, new_request)


def _answer(
    decision: Decision, before: tuple[ResponseSpec, ...], slots: dict[str, Any], new_request: bool = True
) -> Reply:
    name = "utter_local_answer" if decision.body else decision.response
    responses = (
        *before,
        ResponseSpec(name, answer_variables(decision)),
        ResponseSpec("utter_anything_else"),
    )
    return Reply(
        responses,
        _state(slots, Awaiting.ANYTHING_ELSE, decision.service, None),
        decision if new_request else None,
    )


def answer_variables(decision: Decision) -> dict[str, Any]:
    """The template variables of an answer response (utter_service_answer, utter_emergency, ...)."""
    return {
        "service_name": decision.service_name,
        "say": decision.say,
        "why": decision.why,
        "contacts": contact_block(decision.contacts),
        "details": body_block(decision.body, decision.contacts),
    }


def _state(
    slots: dict[str, Any],
    awaiting: Awaiting | None,
    last_service: str | None,
    pending: str | None,
    report: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The slot updates of a turn. `report` is always set: a report not carried on is deleted."""
    return {
        **slots,
        "awaiting": awaiting.value if awaiting else None,
        "last_service": last_service,
        "pending_service": pending,
        "report": report,
    }


# -- filing a report with the council (Open311), and asking what happened to it

_STOP_WORDS = re.compile(
    r"^\W*(stop|cancel|quit|forget it|never ?mind|don'?t send( it)?|do not send( it)?|no,? don'?t)\W*$", re.I
)
# "no", "no thanks", "no updates", "don't need updates", "skip": no contact details.
_NO_UPDATES = re.compile(r"^\W*(?:no\b.*|nope|nah|skip|none|don'?t (?:need|want)\b.*|not needed)\W*$", re.I)
_YES = "/affirm"
_NO = "/deny"
_REPORT_STATES = (
    Awaiting.REPORT_OFFER,
    Awaiting.REPORT_DUPLICATE,
    Awaiting.REPORT_WHERE,
    Awaiting.REPORT_QUESTION,
    Awaiting.REPORT_CONTACT,
    Awaiting.REPORT_CONFIRM,
)


def _offer_report(
    located: Decision, filing: Filing | None, postcode: Postcode | None, words: str
) -> tuple[ResponseSpec, ReportDraft] | None:
    """The offer to send the report, when the located council takes this service by Open311."""
    if filing is None or postcode is None or not located.body or not located.service or not words:
        return None
    draft = filing.draft(located.service, located.service_name or "", located.body, postcode.text, words)
    if draft is None:
        return None
    buttons = (Button("Yes, send it", _YES), Button("No thanks", _NO))
    return ResponseSpec("utter_offer_report", {"council": draft.council}, buttons), draft


def _yes_no(decision: Decision, message_text: str) -> str | None:
    said = short_reply_intent(message_text)
    if said in ("affirm", "deny"):
        return said
    return decision.intent if decision.intent in ("affirm", "deny") else None


def _report_turn(
    decision: Decision,
    context: TurnContext,
    message_text: str,
    filing: Filing,
    prefix: tuple[ResponseSpec, ...],
    slots: dict[str, Any],
    pin: tuple[float, float] | None = None,
) -> Reply | None:
    """A status question, or the next step of a report being put together; None: not a filing turn."""
    reference = status_reference(message_text)
    if reference is not None:
        draft = ReportDraft.from_slot(context.report)
        found = filing.status(reference, draft.gss if draft else None)
        spec = _status_spec(found)
        return Reply(
            (*prefix, spec, ResponseSpec("utter_anything_else")),
            _state(slots, Awaiting.ANYTHING_ELSE, context.last_service, None),
        )
    if context.awaiting not in _REPORT_STATES:
        return None
    draft = ReportDraft.from_slot(context.report)
    if draft is None:
        return None
    if _STOP_WORDS.match(message_text):
        return _report_end(slots, context, "utter_report_cancelled", prefix)
    said = _yes_no(decision, message_text)
    if context.awaiting is Awaiting.REPORT_OFFER and said == "affirm":
        already = filing.duplicate(draft)
        if already is not None:  # duplicates first: show it, and let them send theirs anyway or stop
            draft = replace(draft, duplicate_of=already.reference)
            return _report_ask(slots, context, draft, Awaiting.REPORT_DUPLICATE, _duplicate_spec(already))
    if context.awaiting is Awaiting.REPORT_DUPLICATE and said == "deny":
        variables = {"reference": draft.duplicate_of or ""}
        responses = (
            *prefix,
            ResponseSpec("utter_report_already", variables),
            ResponseSpec("utter_anything_else"),
        )
        return Reply(responses, _state(slots, Awaiting.ANYTHING_ELSE, context.last_service, None))
    if context.awaiting in (Awaiting.REPORT_OFFER, Awaiting.REPORT_DUPLICATE):
        if said == "affirm":
            return _report_ask(
                slots, context, draft, Awaiting.REPORT_WHERE, ResponseSpec("utter_ask_report_where")
            )
        if said == "deny":
            return _report_end(slots, context, "utter_report_not_sent", prefix)
        return None  # something else: a new request; the draft is dropped
    if context.awaiting is Awaiting.REPORT_WHERE:
        if pin is not None:  # a location pin: its exact point goes to the council, near the postcode it is in
            pinned = replace(draft, where=pin_text(pin, message_text), pin=pin)
            return _report_next(pinned, slots, context, filing)
        where = " ".join(message_text.split())[:200]
        if not where or said == "deny":
            return _report_end(slots, context, "utter_report_not_sent", prefix)
        return _report_next(replace(draft, where=where), slots, context, filing)
    if context.awaiting is Awaiting.REPORT_QUESTION:
        question = filing.next_question(draft)
        if question is None:
            return _report_next(draft, slots, context, filing)
        answer = question.answer(message_text)
        if answer is None:
            return _report_question(slots, context, draft, question, again=True)
        answers = {**draft.attributes, question.code: answer}
        return _report_next(replace(draft, attributes=answers, asking=None), slots, context, filing)
    if context.awaiting is Awaiting.REPORT_CONTACT:
        email = email_answer(message_text)
        if email is not None:
            return _report_confirm(replace(draft, email=email), slots, context)
        if said == "deny" or _NO_UPDATES.match(message_text):
            return _report_confirm(replace(draft, email=None), slots, context)
        again = "address" if said == "affirm" else "again"  # "yes" with no address: ask for it
        return _report_ask(slots, context, draft, Awaiting.REPORT_CONTACT, _contact_spec(draft, again))
    # REPORT_CONFIRM
    if said == "deny":
        return _report_end(slots, context, "utter_report_not_sent", prefix)
    if said != "affirm":
        return _report_confirm(draft, slots, context)
    return _report_sent(filing.send(draft), draft, slots, context)


def _report_next(draft: ReportDraft, slots: dict[str, Any], context: TurnContext, filing: Filing) -> Reply:
    """The council's next required question, then "would you like updates?"."""
    question = filing.next_question(draft)
    if question is not None:
        return _report_question(slots, context, draft, question)
    return _report_ask(slots, context, draft, Awaiting.REPORT_CONTACT, _contact_spec(draft))


def _report_confirm(draft: ReportDraft, slots: dict[str, Any], context: TurnContext) -> Reply:
    return _report_ask(slots, context, draft, Awaiting.REPORT_CONFIRM, _summary_spec(draft))


def _contact_spec(draft: ReportDraft, again: str | None = None) -> ResponseSpec:
    """ "Would you like updates?"; `again`: "address" after a bare yes, "again" after something else."""
    name = f"utter_ask_report_contact_{again}" if again else "utter_ask_report_contact"
    return ResponseSpec(name, {"council": draft.council}, (Button("No updates, thanks", _NO),))


def _report_question(
    slots: dict[str, Any], context: TurnContext, draft: ReportDraft, question: Any, again: bool = False
) -> Reply:
    buttons = tuple(Button(name, name) for _key, name in question.options)
    name = "utter_ask_report_question_again" if again else "utter_ask_report_question"
    spec = ResponseSpec(name, {"question": question.text}, buttons)
    return _report_ask(slots, context, replace(draft, asking=question.code), Awaiting.REPORT_QUESTION, spec)


def _report_ask(
    slots: dict[str, Any], context: TurnContext, draft: ReportDraft, awaiting: Awaiting, spec: ResponseSpec
) -> Reply:
    return Reply((spec,), _state(slots, awaiting, context.last_service, None, draft.to_slot()))


def _report_end(
    slots: dict[str, Any], context: TurnContext, name: str, prefix: tuple[ResponseSpec, ...]
) -> Reply:
    responses = (*prefix, ResponseSpec(name), ResponseSpec("utter_anything_else"))
    return Reply(responses, _state(slots, Awaiting.ANYTHING_ELSE, context.last_service, None))


def _summary_spec(draft: ReportDraft) -> ResponseSpec:
    answers = "".join(
        f"\n{code.replace('_', ' ').capitalize()}: {value}" for code, value in draft.attributes.items()
    )
    variables = {
        "council": draft.council,
        "service_name": draft.service_name,
        "where": f"{draft.where}, {draft.postcode}" if draft.where else draft.postcode,
        "description": draft.description or draft.service_name,
        "answers": answers,
    }
    buttons = (Button("Yes, send it", _YES), Button("No, don't send", _NO))
    if draft.email:
        return ResponseSpec("utter_report_summary_contact", {**variables, "email": draft.email}, buttons)
    return ResponseSpec("utter_report_summary", variables, buttons)


def _report_sent(filed: Filed, draft: ReportDraft, slots: dict[str, Any], context: TurnContext) -> Reply:
    variables = {
        "council": draft.council,
        "reference": filed.reference or "",
        "notice": filed.notice or "",
        "reason": filed.reason or "",
        "url": draft.council_url or "the council's website",
    }
    name = {
        "sent": "utter_report_sent",
        "pending": "utter_report_pending",
        "unconfirmed": "utter_report_unconfirmed",
        "refused": "utter_report_refused",
    }.get(filed.kind, "utter_report_failed")
    responses = (ResponseSpec(name, variables), ResponseSpec("utter_anything_else"))
    return Reply(responses, _state(slots, Awaiting.ANYTHING_ELSE, draft.service, None))


def _duplicate_spec(already: ReportStatus) -> ResponseSpec:
    variables = {
        "council": already.council or "The council",
        "service_name": already.service_name or "a report",
        "reported": already.reported or "recently",
        "status": already.status or "open",
        "reference": already.reference,
    }
    buttons = (Button("Send mine anyway", _YES), Button("No, that's the one", _NO))
    return ResponseSpec("utter_report_duplicate", variables, buttons)


def _status_spec(found: ReportStatus) -> ResponseSpec:
    if found.kind != "found":
        name = (
            "utter_report_status_unknown" if found.kind == "not_found" else "utter_report_status_unavailable"
        )
        return ResponseSpec(name, {"reference": found.reference})
    notes = f" The council's notes: {found.notes}" if found.notes else ""
    updated = f" Last updated {found.updated}." if found.updated else ""
    return ResponseSpec(
        "utter_report_status",
        {
            "reference": found.reference,
            "council": found.council or "the council",
            "service_name": found.service_name or "report",
            "status": found.status or "unknown",
            "notes": notes,
            "updated": updated,
        },
    )


def _input_notes(notes: list[str]) -> tuple[ResponseSpec, ...]:
    """Tell the person when we cut or cleaned their message before reading it."""
    out: list[ResponseSpec] = []
    if InputNote.TRUNCATED.value in notes:
        out.append(ResponseSpec("utter_note_truncated", {"limit": max_message_chars()}))
    if InputNote.MARKUP.value in notes:
        out.append(ResponseSpec("utter_note_markup"))
    return tuple(out)


# -- "Did this help?" (issue #17): asked at the end of an answer, recorded against the outcome, not the person

# The buttons' payloads (intents with no training data: only a tap sends them).
FEEDBACK_INTENTS = {"feedback_yes": True, "feedback_no": False}
FEEDBACK_BUTTONS = (Button("Yes, this helped", "/feedback_yes"), Button("No", "/feedback_no"))
# Outcomes the question is about: an answer, or a clarifying question whose choice was then answered. Never a
# safety answer, a decline or a hand-over.
_FEEDBACK_OUTCOMES = frozenset({"answered", "asked"})
# Typed answers to "Did this help?" that can mean nothing else; anything longer is read as a new request.
_HELPED_WORDS = re.compile(
    r"^\W*(yes|yeah|yep|yup|aye|yes,? it did|it did|yes,? it helped|it helped|that helped|yes,? thanks?|"
    r"yes,? thank you|very helpful|helpful)\W*$",
    re.IGNORECASE,
)
_NOT_HELPED_WORDS = re.compile(
    r"^\W*(no|nope|nah|no,? it didn'?t|it didn'?t|no,? it did not|it did not|not really|no,? not really|"
    r"not at all|not helpful|no help)\W*$",
    re.IGNORECASE,
)

# (decision, postcode) -> the recorded outcome's facets (bot.insight.events.facets_of), None when not demand.
Recorder = Callable[[Decision, str | None], dict[str, Any] | None]
# (facets, helped) -> records the answer against one outcome with those facets.
FeedbackRecorder = Callable[[dict[str, Any], bool], object]
# (facets) -> the answered outcome with those facets ended with a report filed with the council.
FiledRecorder = Callable[[dict[str, Any]], object]
# A report the council took (with a reference, or to be given one): the request ended "report filed".
_FILED_RESPONSES = frozenset({"utter_report_sent", "utter_report_pending"})


def plan_turn(
    decision: Decision,
    context: TurnContext,
    message_postcode: Postcode | None = None,
    locate: Locator | None = None,
    message_text: str = "",
    filing: Filing | None = None,
    *,
    pin: tuple[float, float] | None = None,
    intent: str | None = None,
    record: Recorder | None = None,
    feedback: FeedbackRecorder | None = None,
    filed: FiledRecorder | None = None,
) -> Reply:
    """`plan_reply`, plus the outcome event and "Did this help?". `intent` is the parse's top intent (a tap's
    payload); `record` records a new request's outcome and returns its facets; `feedback` records a tap;
    `filed` marks the request's outcome as a report filed when the council took it.

    The facets (hour, door, route, service, body, district, flags, outcome: never words or an id) are kept in
    the `last_outcome` slot until the question is answered or the next request comes. The question replaces
    the closing "anything else?" of the reply that ends the request (the answer, or the end of a report to the
    council), never one that carries other buttons. Danger in typed words is answered first, as always."""
    tapped = feedback_reply(decision, context, message_text, intent, feedback)
    if tapped is not None:
        return tapped
    reply = plan_reply(decision, context, message_postcode, locate, message_text, filing, pin)
    return finish_turn(reply, context, record, filed)


def feedback_reply(
    decision: Decision,
    context: TurnContext,
    message_text: str,
    intent: str | None,
    feedback: FeedbackRecorder | None,
) -> Reply | None:
    """The thanks for an answer to "Did this help?" (recorded with `feedback`), else None: not a feedback turn.
    Danger in the words always wins."""
    helped = None if decision.safety else _feedback_given(intent, context, message_text)
    if helped is not None:
        # Recorded only for the outcome the question was asked about: an old button tapped after a newer
        # request (messaging apps keep them) is thanked but counts for nothing.
        asked = context.last_outcome or {}
        facets = asked.get("facets")
        if asked.get("asked") is True and isinstance(facets, dict) and feedback is not None:
            feedback(facets, helped)
        name = "utter_feedback_helped" if helped else "utter_feedback_not_helped"
        return Reply(
            (ResponseSpec(name),),
            {"awaiting": Awaiting.ANYTHING_ELSE.value if helped else None, "last_outcome": None},
        )
    return None


def finish_turn(
    reply: Reply, context: TurnContext, record: Recorder | None = None, filed: FiledRecorder | None = None
) -> Reply:
    """The planned reply with its outcome recorded (a new request), a filed report marked, and "Did this
    help?" in place of the closing "anything else?" when the request ends here."""
    pending = context.last_outcome
    if reply.decision is not None:
        where = reply.slots.get("postcode") or context.postcode
        facets = record(reply.decision, where) if record is not None else None
        if facets is not None:  # a new request ("thanks" and "hello" are not): its outcome replaces the last
            asked_about = not reply.decision.safety and facets.get("outcome") in _FEEDBACK_OUTCOMES
            pending = {"facets": facets, "asked": False} if asked_about else None
    pending = _mark_filed(reply, pending, filed)
    slots = dict(reply.slots)
    if pending != context.last_outcome:
        slots["last_outcome"] = pending
    closing = reply.responses[-1].name if reply.responses else None
    has_buttons = any(spec.buttons for spec in reply.responses)
    if pending is None or pending.get("asked") or closing != "utter_anything_else" or has_buttons:
        return replace(reply, slots=slots)
    question = ResponseSpec("utter_ask_feedback", buttons=FEEDBACK_BUTTONS)
    slots.update(awaiting=Awaiting.FEEDBACK.value, last_outcome={**pending, "asked": True})
    return replace(reply, responses=(*reply.responses[:-1], question), slots=slots)


def _mark_filed(
    reply: Reply, pending: dict[str, Any] | None, filed: FiledRecorder | None
) -> dict[str, Any] | None:
    """When this reply says the council took the report, the answered request it came from ended "report
    filed": its stored outcome changes (once), and so do the facets "Did this help?" will be recorded against."""
    facets = (pending or {}).get("facets")
    if pending is None or not isinstance(facets, dict) or facets.get("outcome") != "answered":
        return pending
    if not any(spec.name in _FILED_RESPONSES for spec in reply.responses):
        return pending
    if filed is not None:
        filed(facets)
    return {**pending, "facets": {**facets, "outcome": "report_filed"}}


def _feedback_given(intent: str | None, context: TurnContext, message_text: str) -> bool | None:
    """True / False for a tap on "Yes, this helped" / "No" (whenever it comes: a messaging app keeps old
    buttons), or for a plain typed yes or no straight after the question; None otherwise."""
    if intent in FEEDBACK_INTENTS:
        return FEEDBACK_INTENTS[intent]
    if context.awaiting is not Awaiting.FEEDBACK:
        return None
    if _HELPED_WORDS.match(message_text):
        return True
    if _NOT_HELPED_WORDS.match(message_text):
        return False
    return None

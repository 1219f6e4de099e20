"""Filing on a caller's behalf, from the call-handler console: one stateless step per request, so the handler
can read the summary back to the caller before anything is sent. No Rasa imports.

The console sends what the caller said, the postcode, where exactly, the answers to the council's questions,
an e-mail address only if the caller wants updates, and `confirm`. The decision (which service, which council)
is the triage API's own, made again from the words on every step, never taken from the browser:

- without `confirm`: the preview, exactly what would be sent and to whom, the questions still to answer, and
  an open report of the same thing nearby if the council has one (duplicates first);
- with `confirm` and nothing missing: the report is sent once (`Filing.send`: a POST whose answer is lost is
  looked up, never re-sent) and the council's reference comes back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from bot.open311.filing import (
    MAX_WHERE_CHARS,
    Filed,
    Filing,
    Question,
    ReportDraft,
    ReportStatus,
    email_answer,
)

MAX_QUESTIONS = 10  # a council's required questions; more would be a configuration mistake


@dataclass(frozen=True)
class CallerReport:
    """What the console sends for one step."""

    text: str
    postcode: str
    where: str = ""
    answers: dict[str, str] = field(default_factory=dict)
    email: str | None = None
    confirm: bool = False


class BadRequest(ValueError):
    """The console's JSON can't be a report: the message says what to send."""


def caller_report(body: Any) -> CallerReport:
    """The step the console asked for, checked: strings where strings belong, answers as a flat object."""
    if not isinstance(body, Mapping):
        raise BadRequest('send JSON like {"text": "pothole", "postcode": "GL50 1QA", "where": "outside 12"}')
    text, postcode, where, email = (body.get(k) for k in ("text", "postcode", "where", "email"))
    if not isinstance(text, str) or not text.strip():
        raise BadRequest("say what the caller reported in `text`")
    if not isinstance(postcode, str) or not postcode.strip():
        raise BadRequest("a report needs the caller's `postcode`")
    if where is not None and not isinstance(where, str):
        raise BadRequest("`where` is text: a house number and street, or a landmark")
    answers = body.get("answers") or {}
    if not isinstance(answers, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in answers.items()
    ):
        raise BadRequest('`answers` maps a question code to the answer: {"defect_location": "carriageway"}')
    if email is not None and (not isinstance(email, str) or (email.strip() and email_answer(email) is None)):
        raise BadRequest("`email` is one e-mail address, for updates the caller asked for")
    return CallerReport(
        text=text,
        postcode=postcode.strip(),
        where=" ".join((where or "").split())[:MAX_WHERE_CHARS],
        answers={k: v for k, v in answers.items() if v.strip()},
        email=email_answer(email) if isinstance(email, str) and email.strip() else None,
        confirm=body.get("confirm") is True,
    )


def file_for_caller(report: CallerReport, decision: Mapping[str, Any], filing: Filing) -> dict[str, Any]:
    """One step: `decision` is the triage API's answer for the caller's words and postcode."""
    if decision.get("safety"):
        return {"kind": "safety", "safety": list(decision["safety"]), "say": decision.get("say")}
    refusal = _not_fileable(decision)
    if refusal is not None:
        return refusal
    body: Mapping[str, Any] = decision["body"]
    draft = filing.draft(
        decision["service"], decision.get("service_name") or "", body, report.postcode, report.text
    )
    if draft is None:
        return {
            "kind": "not_fileable",
            "reason": f"{body.get('name') or 'The council'} doesn't take reports about "
            f"{(decision.get('service_name') or 'this').lower()} through Front Door: use its own page.",
            "url": body.get("url"),
        }
    accepted, questions = _answered(filing, draft, report.answers)
    draft = replace(draft, where=report.where or None, attributes=accepted, email=report.email)
    missing = (["where"] if not report.where else []) + [q.code for q in questions if q.code not in accepted]
    if report.confirm and not missing:
        return _sent(filing.send(draft), draft)
    already = filing.duplicate(draft)
    return {
        "kind": "preview",
        "ready": not missing,
        "missing": missing,
        "to": draft.council,
        "service_name": draft.service_name,
        "where": f"{draft.where}, {draft.postcode}" if draft.where else draft.postcode,
        "description": draft.description or draft.service_name,
        "answers": [{"code": code, "answer": value} for code, value in accepted.items()],
        "questions": [_question_json(q, accepted.get(q.code)) for q in questions],
        "email": draft.email,
        "duplicate": _duplicate_json(already) if already else None,
        "url": draft.council_url,
    }


def _not_fileable(decision: Mapping[str, Any]) -> dict[str, Any] | None:
    """Why the lookup can't become a report yet (ask the caller which service, or where), else None."""
    if decision.get("needs_clarification"):
        return {
            "kind": "not_fileable",
            "reason": "Not sure which service this is: ask the caller, then look up.",
        }
    location = decision.get("location") or {}
    body = decision.get("body")
    if not decision.get("service") or not isinstance(body, Mapping) or not body.get("gss_code"):
        return {"kind": "not_fileable", "reason": "This isn't a report a council takes online."}
    if location.get("status") not in (None, "resolved"):
        return {
            "kind": "not_fileable",
            "reason": "The postcode didn't give a council: check it with the caller.",
        }
    return None


def _answered(
    filing: Filing, draft: ReportDraft, answers: Mapping[str, str]
) -> tuple[dict[str, str], list[Question]]:
    """The council's required questions (all of them, so the console keeps showing the answered ones) and the
    answers that pick a choice."""
    accepted: dict[str, str] = {}
    asked: list[Question] = []
    probe = draft
    for _ in range(MAX_QUESTIONS):
        question = filing.next_question(probe)
        if question is None:
            break
        given = answers.get(question.code)
        chosen = question.answer(given) if given else None
        asked.append(question)
        if chosen is not None:
            accepted[question.code] = chosen
        # Step past this question to see the next one (the probe is never sent).
        probe = replace(probe, attributes={**probe.attributes, question.code: chosen or ""})
    return accepted, asked


def _question_json(question: Question, answer: str | None) -> dict[str, Any]:
    return {
        "code": question.code,
        "text": question.text,
        "options": [{"key": key, "name": name} for key, name in question.options],
        "answer": answer,
    }


def _duplicate_json(already: ReportStatus) -> dict[str, Any]:
    return {
        k: v for k, v in asdict(already).items() if k in ("reference", "status", "reported", "service_name")
    }


def _sent(filed: Filed, draft: ReportDraft) -> dict[str, Any]:
    return {
        "kind": filed.kind,  # sent, pending, unconfirmed, refused, unavailable
        "to": draft.council,
        "reference": filed.reference,
        "notice": filed.notice,
        "reason": filed.reason,
        "url": draft.council_url,
    }

"""Turn the assistant's replies into what each app can show.

Input: `Answer`s, one per domain response the assistant sent (whole text, its buttons, the response name).
Output: plain data (bodies, platform JSON payloads) that the platform modules post. Pure functions, no I/O.

- SMS: everything in one message, GSM-7 only, buttons as "Reply 1 for ..., 2 for ..." (the channel remembers
  the payloads, so a reply of "2" picks the second), at most `SMS_MAX_SEGMENTS` segments. To fit, the "Why:"
  paragraph goes first, then the closing question, then whole lines from the end, then characters; a question
  the conversation waits on (the postcode offer) stays whole at the end, like the options. The 999
  answer and crisis answers are exempt: always sent whole, on their own, first.
- WhatsApp (Meta): up to 3 buttons whose titles fit in 20 characters become reply buttons, otherwise a list
  message (up to 10 rows); UK phone numbers written +44 so WhatsApp makes them tappable.
- Telegram: inline keyboard, one button a row; UK phone numbers +44 (Telegram links international numbers).
- Twilio WhatsApp: numbered options like SMS (interactive messages need Twilio Content Templates), no segment
  budget; bodies over Twilio's 1,600 characters are split at paragraph breaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.channels.messaging import gsm, templates

EMERGENCY_RESPONSE = "utter_emergency"
# Answers that are never shortened (a crisis line cut off mid-number is worse than a second segment).
NEVER_CUT = frozenset({EMERGENCY_RESPONSE, "utter_safety_answer"})
DROPPABLE_RESPONSES = ("utter_anything_else",)  # dropped (last) before any answer text is cut
# A question the conversation waits on: kept whole at the end, like the numbered options, whatever is cut
# ("Reply 1 for Yes, this helped" means nothing without "Did this help?").
KEPT_LAST_RESPONSES = ("utter_offer_postcode", "utter_ask_feedback")
WHY_PREFIX = "Why: "

SMS_MAX_SEGMENTS = 3  # = 459 GSM-7 characters (3 x 153)
TWILIO_BODY_LIMIT = 1600
WHATSAPP_TEXT_LIMIT = 4096
WHATSAPP_INTERACTIVE_BODY_LIMIT = 1024
WHATSAPP_MAX_REPLY_BUTTONS = 3
WHATSAPP_BUTTON_TITLE_LIMIT = 20
WHATSAPP_LIST_ROWS = 10
WHATSAPP_ROW_TITLE_LIMIT = 24
WHATSAPP_ROW_DESCRIPTION_LIMIT = 72
WHATSAPP_ID_LIMIT = 200
TELEGRAM_TEXT_LIMIT = 4096
TELEGRAM_CALLBACK_DATA_BYTES = 64

# A UK number as the catalogue writes it: 0 then 9 or 10 more digits, maybe in groups ("0300 123 4567").
_UK_NUMBER = re.compile(r"(?<![\d+])0(\d{2,4})((?: ?\d){6,8})(?!\d)")
_BARE_WWW = re.compile(r"(?<![/\w.])(www\.[^\s]+)")


@dataclass(frozen=True)
class Option:
    """One button: the title shown and the payload sent back when it is chosen."""

    title: str
    payload: str


@dataclass(frozen=True)
class Answer:
    """One domain response the assistant sent: its whole text, its buttons, and its name (`utter_...`)."""

    text: str
    options: tuple[Option, ...] = ()
    response: str | None = None

    @property
    def is_emergency(self) -> bool:
        """True for the 999 answer, which goes first and is never shortened."""
        return self.response == EMERGENCY_RESPONSE


def answers_from(messages: Iterable[dict[str, Any]]) -> list[Answer]:
    """Rasa's bot messages (text, buttons, utter_action) as Answers; empty texts without buttons are skipped."""
    answers = []
    for message in messages:
        text = str(message.get("text") or "").strip()
        options = tuple(
            Option(str(b.get("title") or ""), str(b.get("payload") or ""))
            for b in message.get("buttons") or []
            if isinstance(b, dict) and b.get("title") and b.get("payload")
        )
        if text or options:
            answers.append(Answer(text, options, message.get("utter_action")))
    return answers


def emergency_first(answers: Sequence[Answer]) -> list[Answer]:
    """The 999 answer before anything else (it is already first today; this keeps it so)."""
    return sorted(answers, key=lambda a: not a.is_emergency)


# -- tappable numbers and links


def international_numbers(text: str) -> str:
    """'0300 123 4567' -> '+44 300 123 4567'. Short codes (999, 101, 111, 116 123, 85258) are left alone."""

    def repl(match: re.Match[str]) -> str:
        return f"+44 {match.group(1)}{match.group(2)}"

    return _UK_NUMBER.sub(repl, text)


def with_scheme(text: str) -> str:
    """'www.example.org' -> 'https://www.example.org' (apps only link addresses they recognise)."""
    return _BARE_WWW.sub(r"https://\1", text)


# -- SMS


@dataclass(frozen=True)
class SmsReply:
    """A reply for apps without buttons: the bodies, and the payloads its numbered options stand for."""

    bodies: list[str]  # one SMS each, in order
    payloads: list[str] = field(default_factory=list)  # what "1", "2", ... mean in the person's next reply


def numbered_options(options: Sequence[Option]) -> str:
    """Buttons as words for apps without them ("Reply 1 for Potholes or 2 for Pavements.")."""
    items = [templates.OPTION_ITEM.format(number=i, title=o.title) for i, o in enumerate(options, start=1)]
    listed = items[-1]
    if len(items) > 1:
        listed = ", ".join(items[:-1]) + templates.OPTIONS_LAST_JOIN + listed
    return f"{templates.OPTIONS_LEAD} {listed}."


def shape_sms(answers: Sequence[Answer], max_segments: int = SMS_MAX_SEGMENTS) -> SmsReply:
    """The answers as SMS bodies (see the module docstring): the 999 and crisis answers whole and first, the
    rest in one body of at most `max_segments` segments."""
    answers = emergency_first(answers)
    bodies: list[str] = []
    rest: list[Answer] = []
    for answer in answers:
        if answer.response in NEVER_CUT:
            bodies.append(_sms_text(answer.text))  # whole, on its own
        else:
            rest.append(answer)
    options = [o for a in rest for o in a.options]
    if any(a.response in NEVER_CUT for a in answers):
        rest = [a for a in rest if a.response not in DROPPABLE_RESPONSES]
    if rest:
        bodies.append(_fit_sms(rest, options, gsm.budget(max_segments)))
    return SmsReply([b for b in bodies if b], [o.payload for o in options])


def _sms_text(text: str) -> str:
    """GSM-7, one line break between paragraphs (each character is paid for)."""
    return re.sub(r"\n{2,}", "\n", gsm.to_gsm7(text)).strip()


def _fit_sms(answers: Sequence[Answer], options: Sequence[Option], limit: int) -> str:
    paragraphs: list[tuple[int, str]] = []  # (drop order: higher goes first, text)
    questions = [_sms_text(a.text) for a in answers if a.response in KEPT_LAST_RESPONSES]
    for answer in answers:
        if answer.response in KEPT_LAST_RESPONSES:
            continue
        for paragraph in answer.text.split("\n\n"):
            if not paragraph.strip():
                continue
            if paragraph.startswith(WHY_PREFIX):
                rank = 2
            elif answer.response in DROPPABLE_RESPONSES:
                rank = 1
            else:
                rank = 0
            paragraphs.append((rank, _sms_text(paragraph)))
    tail = "\n".join([*questions, *([_sms_text(numbered_options(options))] if options else [])])

    def compose(parts: Sequence[tuple[int, str]]) -> str:
        return "\n".join([text for _, text in parts] + ([tail] if tail else []))

    for drop in (3, 2, 1):  # 3 = keep everything
        kept = [(rank, text) for rank, text in paragraphs if rank < drop]
        body = compose(kept)
        if gsm.septets(body) <= limit:
            return body
    # Still too long: whole lines from the end, then characters (the options line is always kept).
    lines = "\n".join(text for _, text in kept).split("\n")
    while len(lines) > 1 and gsm.septets(compose([(0, "\n".join(lines))])) > limit:
        lines.pop()
    body = compose([(0, "\n".join(lines))])
    if gsm.septets(body) <= limit:
        return body
    room = limit - (gsm.septets(tail) + 1 if tail else 0) - 3
    text = "\n".join(lines)
    while gsm.septets(text) > room:
        text = text[:-1]
    return compose([(0, text.rstrip() + "...")])


def twilio_whatsapp_bodies(answers: Sequence[Answer]) -> SmsReply:
    """Twilio WhatsApp: one message per answer, numbered options, split at paragraphs past 1,600 characters."""
    bodies: list[str] = []
    payloads: list[str] = []
    for answer in emergency_first(answers):
        text = international_numbers(with_scheme(answer.text))
        if answer.options:
            text = (
                f"{text}\n\n{numbered_options(answer.options)}" if text else numbered_options(answer.options)
            )
            payloads = [o.payload for o in answer.options]
        bodies.extend(_split(text, TWILIO_BODY_LIMIT))
    return SmsReply(bodies, payloads)


def _split(text: str, limit: int) -> list[str]:
    """Split at paragraph breaks (then line breaks, then hard) so that each part fits `limit`."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for paragraph in text.split("\n\n"):
        candidate = f"{current}\n\n{paragraph}" if current else paragraph
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
        while len(paragraph) > limit:
            cut = paragraph.rfind("\n", 0, limit)
            cut = cut if cut > 0 else limit
            parts.append(paragraph[:cut])
            paragraph = paragraph[cut:].lstrip("\n")
        current = paragraph
    if current:
        parts.append(current)
    return parts


# -- WhatsApp Cloud API (Meta)


def whatsapp_messages(answers: Sequence[Answer], to: str) -> list[dict[str, Any]]:
    """Graph API `/{phone-number-id}/messages` bodies, in order."""
    out: list[dict[str, Any]] = []
    for answer in emergency_first(answers):
        text = international_numbers(with_scheme(answer.text))
        if not answer.options:
            out.extend(_whatsapp_text(to, part) for part in _split(text, WHATSAPP_TEXT_LIMIT))
            continue
        if not text or len(text) > WHATSAPP_INTERACTIVE_BODY_LIMIT:
            out.extend(_whatsapp_text(to, part) for part in _split(text, WHATSAPP_TEXT_LIMIT) if part)
            text = templates.CHOOSE_PROMPT
        out.append(_whatsapp_interactive(to, text, answer.options))
    return out


def _whatsapp_text(to: str, text: str) -> dict[str, Any]:
    return {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to,
        "type": "text",
        "text": {"preview_url": False, "body": text},
    }


def _whatsapp_interactive(to: str, body: str, options: Sequence[Option]) -> dict[str, Any]:
    usable = [o for o in options if len(o.payload) <= WHATSAPP_ID_LIMIT]
    if len(usable) <= WHATSAPP_MAX_REPLY_BUTTONS and all(
        len(o.title) <= WHATSAPP_BUTTON_TITLE_LIMIT for o in usable
    ):
        interactive: dict[str, Any] = {
            "type": "button",
            "body": {"text": body},
            "action": {
                "buttons": [{"type": "reply", "reply": {"id": o.payload, "title": o.title}} for o in usable]
            },
        }
    else:
        rows = []
        for option in usable[:WHATSAPP_LIST_ROWS]:
            row = {"id": option.payload, "title": _clip(option.title, WHATSAPP_ROW_TITLE_LIMIT)}
            if len(option.title) > WHATSAPP_ROW_TITLE_LIMIT:
                row["description"] = _clip(option.title, WHATSAPP_ROW_DESCRIPTION_LIMIT)
            rows.append(row)
        interactive = {
            "type": "list",
            "body": {"text": body},
            "action": {"button": templates.LIST_BUTTON_LABEL, "sections": [{"rows": rows}]},
        }
    return {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to,
        "type": "interactive",
        "interactive": interactive,
    }


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- Telegram


def telegram_messages(answers: Sequence[Answer], chat_id: int | str) -> list[dict[str, Any]]:
    """Bot API `sendMessage` bodies, in order (plain text: no parse mode, nothing to escape)."""
    out: list[dict[str, Any]] = []
    for answer in emergency_first(answers):
        text = international_numbers(with_scheme(answer.text)) or templates.CHOOSE_PROMPT
        parts = _split(text, TELEGRAM_TEXT_LIMIT)
        for index, part in enumerate(parts):
            message: dict[str, Any] = {
                "chat_id": chat_id,
                "text": part,
                "link_preview_options": {"is_disabled": True},
            }
            keyboard = [
                [{"text": o.title, "callback_data": o.payload}]
                for o in answer.options
                if len(o.payload.encode("utf-8")) <= TELEGRAM_CALLBACK_DATA_BYTES
            ]
            if keyboard and index == len(parts) - 1:
                message["reply_markup"] = {"inline_keyboard": keyboard}
            out.append(message)
    return out

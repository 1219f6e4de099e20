"""Filing a report with the council in the conversation: the draft the conversation carries between turns, the
questions it asks, and what happened when it was sent. No Rasa imports.

`Filing` is what `bot.core.conversation.plan_reply` needs (tests give it a stand-in with no network);
`Open311Filing` is the real one: councils from `bot/open311/councils.yml`, one `Open311Client` per council.

What is sent: the service code, the location (the postcode's point from postcodes.io, and the person's own
"where exactly" as `address_string`), the answers to the council's required questions, and the person's words
as the description with phone numbers, e-mail and card numbers taken out (`bot.core.privacy.redact`). Contact details
only when the person asks for updates, and then only the e-mail address they typed for it (Open311's `email`);
never a name or a phone number. Without one, updates come from asking Front Door with the reference.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol

from bot.core.privacy import redact
from bot.open311.client import (
    NewRequest,
    Open311Client,
    Open311Refused,
    Open311Unconfirmed,
    ServiceAttribute,
    ServiceRequest,
)
from bot.open311.config import CouncilEndpoint, endpoint_for, load_councils
from bot.places.errors import NotFound, PlacesError
from bot.places.factory import default_places

logger = logging.getLogger(__name__)

MAX_WHERE_CHARS = 200
# Issue #16: "open requests of the same service within about 50 metres filed in the last 30 days".
DUPLICATE_DAYS = 30
MAX_ADDRESS_CHARS = 240  # the person's "where exactly" plus the postcode
# "what's happening with my report 4100001?", "any update on ref 4100001", "status of 4100001": 5 to 12 digits
# (a 4-digit number is more often a year or an amount than a council's reference).
STATUS_QUESTION = re.compile(
    r"\b(?:report|reference|ref|request|case|complaint)\b[^0-9]{0,40}?\b(?P<ref>\d{5,12})\b"
    r"|\b(?:status|update|progress|happening|happened)\b[^0-9]{0,40}?\b(?P<ref2>\d{5,12})\b",
    re.IGNORECASE,
)
# An e-mail address typed for updates: one address, nothing else that looks like one (RFC 5321's 254 limit).
_EMAIL_ANSWER = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}", re.UNICODE)
MAX_EMAIL_CHARS = 254
_NOT_A_REFERENCE = re.compile(r"\b\d{5,12}\b(?=\s*(?:am|pm|kg|km|miles?|mph|years?|days?|pounds?|£))", re.I)


@dataclass(frozen=True)
class ReportDraft:
    """What the conversation collects before sending, kept in the `report` slot (deleted once sent or dropped)."""

    service: str
    service_name: str
    gss: str
    council: str
    council_url: str | None
    postcode: str
    description: str
    where: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    asking: str | None = None  # the attribute code last asked about
    duplicate_of: str | None = None  # an open report of the same thing nearby, shown before filing
    email: str | None = None  # only when the person asked for updates; gone with the draft
    pin: tuple[float, float] | None = None  # a messaging app's location pin for "where exactly"

    def to_slot(self) -> dict[str, Any]:
        """The draft as the `report` slot holds it: a plain dict Rasa can store between turns."""
        return asdict(self)

    @classmethod
    def from_slot(cls, value: Any) -> ReportDraft | None:
        """The draft back from the `report` slot; None for anything else (a stale or mangled slot)."""
        if not isinstance(value, Mapping) or not value.get("service") or not value.get("gss"):
            return None
        fields = {k: value[k] for k in cls.__dataclass_fields__ if k in value}
        pin = fields.get("pin")
        fields["pin"] = tuple(pin) if isinstance(pin, (list, tuple)) and len(pin) == 2 else None
        try:
            return cls(**fields)
        except TypeError:
            return None


@dataclass(frozen=True)
class Question:
    """One of the council's required questions, with its choices (key, name)."""

    code: str
    text: str
    options: tuple[tuple[str, str], ...] = ()

    def answer(self, words: str) -> str | None:
        """The option the words pick (its key), by name or key, else None; free text for a question without
        options."""
        said = " ".join(words.lower().split())
        if not said:
            return None
        if not self.options:
            return words.strip()[:MAX_WHERE_CHARS]
        for key, name in self.options:
            if said in (key.lower(), name.lower()):
                return key
        hits = [key for key, name in self.options if _words(name) & _words(said) - _COMMON]
        return hits[0] if len(hits) == 1 else None


_COMMON = frozenset({"the", "a", "an", "in", "on", "or", "of", "it", "is", "my", "and", "to"})


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


@dataclass(frozen=True)
class Filed:
    """What happened when the report was sent. `kind`: sent, pending (a token, no reference yet), unconfirmed
    (may have been filed: not sent again), refused (the council said no), unavailable (not reached)."""

    kind: str
    reference: str | None = None
    notice: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class ReportStatus:
    """A report's state. `kind`: found, not_found, unavailable."""

    kind: str
    reference: str
    council: str | None = None
    service_name: str | None = None
    status: str | None = None
    notes: str | None = None
    updated: str | None = None
    reported: str | None = None


class Filing(Protocol):
    """What the conversation asks of filing (`Open311Filing`), so tests can give it one with no network."""

    def draft(
        self, service: str, service_name: str, body: Mapping[str, Any], postcode: str, words: str
    ) -> ReportDraft | None:
        """A draft when the resolved council takes this service by Open311, else None (signposting only)."""

    def next_question(self, draft: ReportDraft) -> Question | None:
        """The council's next required question not yet answered, else None."""

    def duplicate(self, draft: ReportDraft) -> ReportStatus | None:
        """An open report of the same thing nearby, shown before filing, else None."""

    def send(self, draft: ReportDraft) -> Filed:
        """Send the report once; never raises, what happened comes back as a `Filed`."""

    def status(self, reference: str, gss_hint: str | None = None) -> ReportStatus:
        """A report's state by its reference, asking the hinted council first."""


def status_reference(text: str) -> str | None:
    """The reference in a status question ("what's happening with my report 4100001?"), else None."""
    if _NOT_A_REFERENCE.search(text):
        return None
    match = STATUS_QUESTION.search(text)
    return (match.group("ref") or match.group("ref2")) if match else None


def pin_text(pin: tuple[float, float], near: str) -> str:
    """ "Where exactly" for a location pin: its point, and the postcode the app's pin is in (the council reads
    `address_string`; the point itself goes as lat/long)."""
    point = f"map pin {pin[0]:.5f}, {pin[1]:.5f}"
    near = " ".join(near.split())[:12]
    return f"{point} (near {near})" if near else point


def email_answer(text: str) -> str | None:
    """The one e-mail address in an answer to "would you like updates?", else None (none, or more than one)."""
    found = _EMAIL_ANSWER.findall(text)
    if len(found) != 1 or len(found[0]) > MAX_EMAIL_CHARS:
        return None
    return found[0]


def _day(moment: datetime | None) -> str | None:
    return moment.strftime("%d %B %Y") if moment else None


class Open311Filing:
    """The real filing: Open311 GeoReport v2 with the councils in councils.yml."""

    def __init__(self, env: Mapping[str, str] | None = None) -> None:
        self.env = env

    def _endpoint(self, gss: str, service: str) -> CouncilEndpoint | None:
        return endpoint_for(gss, service, self.env)

    def _client(self, endpoint: CouncilEndpoint) -> Open311Client:
        return Open311Client.for_endpoint(endpoint, env=self.env)

    def draft(
        self, service: str, service_name: str, body: Mapping[str, Any], postcode: str, words: str
    ) -> ReportDraft | None:
        """A draft when the resolved council takes this service by Open311, else None (signposting only)."""
        gss = body.get("gss_code")
        if not isinstance(gss, str) or self._endpoint(gss, service) is None:
            return None
        endpoint = self._endpoint(gss, service)
        assert endpoint is not None
        return ReportDraft(
            service=service,
            service_name=service_name,
            gss=gss,
            council=endpoint.council,
            council_url=body.get("url") if isinstance(body.get("url"), str) else None,
            postcode=postcode,
            description=redact(words).strip()[:1000],
        )

    def next_question(self, draft: ReportDraft) -> Question | None:
        """The council's next required question not yet answered (its wording and choices from
        `GET services/{code}.json`), else None."""
        endpoint = self._endpoint(draft.gss, draft.service)
        if endpoint is None:
            return None
        missing = [code for code in endpoint.ask if code not in draft.attributes]
        if not missing:
            return None
        try:
            definition = self._client(endpoint).service_definition(endpoint.service_code)
            described: dict[str, ServiceAttribute] = {a.code: a for a in definition.attributes}
        except PlacesError as error:
            logger.warning("open311 service definition unavailable: %s", type(error).__name__)
            described = {}
        code = missing[0]
        attribute = described.get(code)
        if attribute is None:
            return Question(code, code.replace("_", " ").capitalize() + "?")
        options = tuple((v.key, v.name) for v in attribute.values)
        return Question(code, attribute.description or code, options)

    def duplicate(self, draft: ReportDraft) -> ReportStatus | None:
        """An open report of the same service within 50 m of the postcode's point, filed in the last 30 days:
        shown before filing, since repeat reports of one pothole are demand nobody needs."""
        endpoint = self._endpoint(draft.gss, draft.service)
        lat, long = _point(draft.postcode)
        if endpoint is None or lat is None or long is None:
            return None
        since = datetime.now(timezone.utc) - timedelta(days=DUPLICATE_DAYS)
        try:
            found = self._client(endpoint).find_recent(
                endpoint.service_code, since, lat=lat, long=long, status="open"
            )
        except PlacesError as error:
            logger.warning("open311 duplicate check skipped: %s", type(error).__name__)
            return None
        if not found:
            return None
        first = found[0]
        return ReportStatus(
            "found",
            first.service_request_id,
            council=endpoint.council,
            service_name=first.service_name or draft.service_name,
            status=first.status,
            notes=first.status_notes,
            reported=_day(first.requested_datetime),
        )

    def send(self, draft: ReportDraft) -> Filed:
        """File the draft once (`create_once`): a timeout is "unconfirmed", never a second POST."""
        endpoint = self._endpoint(draft.gss, draft.service)
        if endpoint is None:
            return Filed("unavailable", reason="this council no longer takes reports here")
        lat, long = draft.pin if draft.pin else _point(draft.postcode)
        where = f"{draft.where}, {draft.postcode}" if draft.where else draft.postcode
        request = NewRequest(
            service_code=endpoint.service_code,
            description=draft.description or draft.service_name,
            lat=lat,
            long=long,
            address_string=where[: MAX_WHERE_CHARS + 20],
            attributes={**endpoint.fixed, **draft.attributes},
            email=draft.email,
        )
        client = self._client(endpoint)
        since = datetime.now(timezone.utc)
        try:
            created = client.create_once(request, since)
        except Open311Refused as refused:
            return Filed("refused", reason=refused.description)
        except Open311Unconfirmed:
            return Filed("unconfirmed")
        except PlacesError:
            return Filed("unavailable", reason=f"{endpoint.council}'s reporting system isn't answering")
        first = created[0] if created else None
        if first is None:
            return Filed("pending")
        reference = first.service_request_id
        if reference is None and first.token:
            try:
                reference = client.token(first.token)
            except PlacesError:
                reference = None
        return Filed("sent" if reference else "pending", reference=reference, notice=first.service_notice)

    def status(self, reference: str, gss_hint: str | None = None) -> ReportStatus:
        """Look the reference up with the hinted council first, then every other configured one."""
        councils = load_councils().councils
        order = sorted(councils, key=lambda gss: gss != gss_hint)
        unavailable = False
        for gss in order:
            council = councils[gss]
            service = next(iter(council.services), None)
            endpoint = self._endpoint(gss, service) if service else None
            if endpoint is None:
                continue
            try:
                found: ServiceRequest = self._client(endpoint).request(reference)
            except NotFound:
                continue
            except PlacesError:
                unavailable = True
                continue
            return ReportStatus(
                "found",
                reference,
                council=council.name,
                service_name=found.service_name,
                status=found.status,
                notes=found.status_notes,
                updated=_day(found.updated_datetime or found.requested_datetime),
            )
        return ReportStatus("unavailable" if unavailable else "not_found", reference)


def _point(postcode: str) -> tuple[float | None, float | None]:
    """The postcode's point from postcodes.io (the council's map pin), or none when it can't be had."""
    try:
        info = default_places().postcodes.lookup(postcode)
    except PlacesError:
        return None, None
    if info.latitude is None or info.longitude is None:
        return None, None
    return info.latitude, info.longitude

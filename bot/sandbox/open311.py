"""The sandbox's Open311 GeoReport v2 stand-in: one endpoint per fixture council, at `/open311/<GSS code>`.

It answers as the GeoReport v2 specification says (wiki.open311.org/GeoReport_v2), JSON format only:
`GET services.json`, `GET services/{code}.json`, `POST requests.json` (form-encoded), `GET tokens/{token}.json`,
`GET requests.json` (filters `service_request_id`, `service_code`, `status`, `start_date`, `end_date`, at most 90
days and 1,000 requests, newest first) and `GET requests/{id}.json`. Errors are the spec's body
`[{"code": <status>, "description": "..."}]` with 404 for what does not exist (a council, service code, request,
token or jurisdiction), 403 for a missing api_key (any non-empty key is accepted) and 400 for the rest. A council
whose services are `type: batch` answers a new report with `[{"token"}]` and gives the id from the token.

Control (see server.py): `POST /_open311/status` `{"id", "status": "open"|"closed", "status_notes",
"requested_datetime"?}` changes a report (and can backdate it for date tests). State is in memory, per server.
Standard library only; no import of server.py, which routes to this module.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import unquote

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "open311.json"
FIRST_REQUEST_ID = 4_100_001  # ids look like a council CRM's, and differ from any fixture number
MAX_DESCRIPTION_CHARS = 4000  # the spec's limit on `description`
MAX_RANGE = timedelta(days=90)  # the spec's default and largest date range for GET requests
MAX_RESULTS = 1000  # the spec's default query limit
STATUSES = ("open", "closed")
_ATTRIBUTE = re.compile(r"^attribute\[([^\]]+)\](\[\])?$")

Answer = tuple[int, Any]


def spec_error(status: int, description: str) -> Answer:
    """The spec's error body; its code mirrors the HTTP status, as the spec recommends."""
    return status, [{"code": status, "description": description}]


class _Refused(Exception):
    """Stops a request with the spec's error answer."""

    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.answer = spec_error(status, description)


def load_open311(path: Path = FIXTURE) -> dict[str, Any]:
    """The fixture councils, their services and service definitions."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def w3(moment: datetime) -> str:
    """A moment as the spec's w3 datetime, in UTC ("2024-05-01T09:30:00Z")."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_w3(text: str) -> datetime | None:
    """A w3 datetime with its zone (Z or an offset); a date alone counts as midnight UTC; anything else is None."""
    text = text.strip()
    try:
        moment = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _first(values: dict[str, list[str]], name: str) -> str:
    return (values.get(name) or [""])[0].strip()


def _commas(values: dict[str, list[str]], name: str) -> list[str]:
    return [item.strip() for value in values.get(name) or [] for item in value.split(",") if item.strip()]


class Open311Sandbox:
    """The fixture councils' services and the reports filed with them, shared by the handler threads."""

    def __init__(
        self,
        fixtures: dict[str, Any] | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    ) -> None:
        self.councils: dict[str, Any] = (fixtures or load_open311())["councils"]
        self.lock = threading.Lock()
        self.reports: dict[str, dict[str, Any]] = {}  # id -> {"gss", "requested", "public": {...}, "private"}
        self.tokens: dict[str, str] = {}  # token -> id
        self._ids = itertools.count(FIRST_REQUEST_ID)
        self._clock = clock

    def clear(self) -> None:
        """Forget every report and token (between tests)."""
        with self.lock:
            self.reports.clear()
            self.tokens.clear()

    def _now(self) -> datetime:
        return self._clock().astimezone(timezone.utc).replace(microsecond=0)

    # -- routing

    def _resource(self, path: str, params: dict[str, list[str]]) -> tuple[str, dict[str, Any], list[str]]:
        """(gss, council, path segments without .json); _Refused for an unknown council, format or jurisdiction."""
        segments = [unquote(part) for part in path.strip("/").split("/") if part]
        if not segments or segments[0] not in self.councils:
            raise _Refused(404, "There is no Open311 endpoint for that council here")
        gss, rest = segments[0], segments[1:]
        if not rest or not rest[-1].endswith(".json"):
            if rest and rest[-1].endswith(".xml"):
                raise _Refused(400, "This endpoint serves the JSON format only: use .json")
            raise _Refused(404, "Unknown resource")
        rest[-1] = rest[-1][: -len(".json")]
        council = self.councils[gss]
        jurisdiction = _first(params, "jurisdiction_id")
        if jurisdiction and jurisdiction != council.get("jurisdiction_id"):
            raise _Refused(404, f"jurisdiction_id {jurisdiction} was not found")
        return gss, council, rest

    def get(self, path: str, query: dict[str, list[str]]) -> Answer:
        """Answer a GET under `/open311/<GSS>`: services, a definition, requests, a request or a token."""
        try:
            return self._get(*self._resource(path, query), query)
        except _Refused as refused:
            return refused.answer

    def _get(self, gss: str, council: dict[str, Any], rest: list[str], query: dict[str, list[str]]) -> Answer:
        if rest == ["services"]:
            return 200, council["services"]
        if len(rest) == 2 and rest[0] == "services":
            definition = council.get("definitions", {}).get(rest[1])
            if definition is not None:
                return 200, definition
            if any(s["service_code"] == rest[1] for s in council["services"]):
                return 200, {"service_code": rest[1], "attributes": []}
            return spec_error(404, f"service_code {rest[1]} was not found")
        if rest == ["requests"]:
            return self._query(gss, query)
        if len(rest) == 2 and rest[0] == "requests":
            with self.lock:
                report = self.reports.get(rest[1])
                public = dict(report["public"]) if report and report["gss"] == gss else None
            if public is None:
                return spec_error(404, f"service_request_id {rest[1]} was not found")
            return 200, [public]
        if len(rest) == 2 and rest[0] == "tokens":
            with self.lock:
                request_id = self.tokens.get(rest[1])
                known = request_id is not None and self.reports[request_id]["gss"] == gss
            if not known:
                return spec_error(404, f"token {rest[1]} was not found")
            return 200, [{"service_request_id": request_id, "token": rest[1]}]
        return spec_error(404, "Unknown resource")

    def _query(self, gss: str, query: dict[str, list[str]]) -> Answer:
        ids = _commas(query, "service_request_id")
        with self.lock:
            mine = [r for r in self.reports.values() if r["gss"] == gss]
        if ids:  # the spec: ids override every other argument
            found = [r for r in mine if r["public"]["service_request_id"] in ids]
        else:
            codes, statuses = _commas(query, "service_code"), _commas(query, "status")
            if any(status not in STATUSES for status in statuses):
                return spec_error(400, "status must be open or closed")
            start_text, end_text = _first(query, "start_date"), _first(query, "end_date")
            start = parse_w3(start_text) if start_text else None
            end = parse_w3(end_text) if end_text else None
            if (start_text and start is None) or (end_text and end is None):
                return spec_error(
                    400, "start_date and end_date must be w3 datetimes, e.g. 2010-01-01T00:00:00Z"
                )
            end = end or self._now()
            start = start or end - MAX_RANGE
            if start > end or end - start > MAX_RANGE:
                return spec_error(400, "The date range may not span more than 90 days")
            found = [
                r
                for r in mine
                if (not codes or r["public"]["service_code"] in codes)
                and (not statuses or r["public"]["status"] in statuses)
                and start <= r["requested"] <= end
            ]
        found.sort(key=lambda r: r["requested"], reverse=True)
        return 200, [dict(r["public"]) for r in found[:MAX_RESULTS]]

    # -- POST requests.json

    def post(self, path: str, form: dict[str, list[str]]) -> Answer:
        """Answer `POST requests.json`: file a report, or refuse it with the spec's error."""
        try:
            return self._post(*self._resource(path, form), form)
        except _Refused as refused:
            return refused.answer

    def _post(self, gss: str, council: dict[str, Any], rest: list[str], form: dict[str, list[str]]) -> Answer:
        if rest != ["requests"]:
            return spec_error(404, "Unknown resource")
        if not _first(form, "api_key"):
            return spec_error(403, "api_key was not provided -- can't proceed with create_request.")
        code = _first(form, "service_code")
        if not code:
            return spec_error(400, "service_code was not provided")
        service = next((s for s in council["services"] if s["service_code"] == code), None)
        if service is None:
            return spec_error(404, f"service_code {code} was not found")
        problem = self._location_problem(form) or self._attribute_problem(council, code, form)
        if problem:
            return spec_error(400, problem)
        description = _first(form, "description")
        if len(description) > MAX_DESCRIPTION_CHARS:
            return spec_error(400, f"description is limited to {MAX_DESCRIPTION_CHARS} characters")
        return 200, self._create(gss, council, service, form)

    @staticmethod
    def _location_problem(form: dict[str, list[str]]) -> str | None:
        lat, long = _first(form, "lat"), _first(form, "long")
        if lat or long:
            try:
                ok = lat and long and -90 <= float(lat) <= 90 and -180 <= float(long) <= 180
            except ValueError:
                ok = False
            return None if ok else "lat and long must both be sent, as WGS84 decimal degrees"
        if _first(form, "address_string") or _first(form, "address_id"):
            return None
        return "A full location parameter must be submitted: lat and long, address_string or address_id"

    @staticmethod
    def _attribute_problem(council: dict[str, Any], code: str, form: dict[str, list[str]]) -> str | None:
        given: dict[str, list[str]] = {}
        for name, values in form.items():
            match = _ATTRIBUTE.match(name)
            if match:
                given.setdefault(match.group(1), []).extend(v for v in values if v.strip())
        definition = council.get("definitions", {}).get(code, {"attributes": []})
        for attribute in definition["attributes"]:
            if not attribute.get("variable", True):
                continue
            values = given.get(attribute["code"], [])
            if attribute.get("required") and not values:
                return f"attribute[{attribute['code']}] is required for service_code {code}"
            keys = {str(v["key"]) for v in attribute.get("values") or []}
            if keys and any(value not in keys for value in values):
                return f"attribute[{attribute['code']}] must be one of: {', '.join(sorted(keys))}"
        return None

    def _create(
        self, gss: str, council: dict[str, Any], service: dict[str, Any], form: dict[str, list[str]]
    ) -> list[dict[str, Any]]:
        code = service["service_code"]
        now = self._now()
        expected_days = council.get("expected_days", {}).get(code)
        notice = council.get("notices", {}).get(code)
        lat, long = _first(form, "lat"), _first(form, "long")
        with self.lock:
            request_id = str(next(self._ids))
            public = {
                "service_request_id": request_id,
                "status": "open",
                "status_notes": None,
                "service_name": service["service_name"],
                "service_code": code,
                "description": _first(form, "description") or None,
                "agency_responsible": council.get("agency_responsible"),
                "service_notice": notice,
                "requested_datetime": w3(now),
                "updated_datetime": w3(now),
                "expected_datetime": w3(now + timedelta(days=expected_days)) if expected_days else None,
                "address": _first(form, "address_string") or None,
                "address_id": _first(form, "address_id") or None,
                "zipcode": None,
                "lat": float(lat) if lat else None,
                "long": float(long) if long else None,
                "media_url": _first(form, "media_url") or None,
            }
            # Contact details are kept as a council would, but GET requests never shows them (nor does the spec).
            private = {
                name: _first(form, name)
                for name in ("email", "first_name", "last_name", "phone", "device_id", "account_id")
            }
            self.reports[request_id] = {"gss": gss, "requested": now, "public": public, "private": private}
            if service.get("type") == "batch":
                token = uuid.uuid4().hex
                self.tokens[token] = request_id
                return [{"token": token}]
        return [{"service_request_id": request_id, "service_notice": notice, "account_id": None}]

    # -- control

    def set_status(self, spec: Any) -> Answer:
        """`POST /_open311/status`: move a report on (the council's side of the story), or backdate it."""
        if not isinstance(spec, dict):
            return 400, {"error": "send a JSON object"}
        status = spec.get("status")
        if status is not None and status not in STATUSES:
            return 400, {"error": "status must be open or closed"}
        requested = spec.get("requested_datetime")
        moment = parse_w3(requested) if isinstance(requested, str) else None
        if requested is not None and moment is None:
            return 400, {"error": "requested_datetime must be a w3 datetime"}
        with self.lock:
            report = self.reports.get(str(spec.get("id")))
            if report is None:
                return 404, {"error": "no such service_request_id"}
            public = report["public"]
            if status is not None:
                public["status"] = status
            if "status_notes" in spec:
                public["status_notes"] = spec["status_notes"]
            if moment is not None:
                report["requested"] = moment
                public["requested_datetime"] = w3(moment)
            public["updated_datetime"] = w3(self._now())
            return 200, [dict(public)]

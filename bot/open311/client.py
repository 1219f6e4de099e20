"""Open311 GeoReport v2: a council's services, filing a report, and what happened to it since.

What this follows: the GeoReport v2 specification (wiki.open311.org/GeoReport_v2, kept in
open311/open311.github.io `GeoReport_v2/index.md`), JSON format only (every path ends `.json`):

* `GET services.json` -> `[{"service_code", "service_name", "description", "metadata", "type", "keywords",
  "group"}]`; `type` is `realtime` (an id comes back at once), `batch` (a token first) or `blackbox` (nothing).
* `GET services/{code}.json` -> `{"service_code", "attributes": [{"variable", "code", "datatype", "required",
  "datatype_description", "order", "description", "values": [{"key", "name"}]}]}`.
* `POST requests.json`, form-encoded: `api_key`, `jurisdiction_id`, `service_code`, `lat` & `long` or
  `address_string` or `address_id`, `attribute[code]=value` (`attribute[code][]=v` once per value of a
  multivaluelist), and the optional `email`, `device_id`, `account_id`, `first_name`, `last_name`, `phone`,
  `description` (at most 4,000 characters), `media_url` -> `[{"service_request_id" | "token", "service_notice",
  "account_id"}]`.
* `GET tokens/{token}.json` -> `[{"service_request_id", "token"}]`.
* `GET requests.json?service_request_id=&service_code=&status=&start_date=&end_date=` (comma lists; a range of
  at most 90 days) and `GET requests/{id}.json` -> `[{"service_request_id", "status", "status_notes",
  "service_name", "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
  "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url"}]`.
* Errors: `[{"code": 403, "description": "..."}]` with HTTP 404 for what does not exist, 403 for a missing or
  wrong api_key and 400 for anything else (including "the council's system is down").

The spec's own examples give ids and codes as JSON numbers (`"service_request_id": 293944`); they are read as
strings. Optional fields may be missing, null or "". Dates are w3 ISO 8601 with a zone; one without is read as UTC.

Why the POST is different from every other call here: a report must never be filed twice, and a timeout does not
say whether the council created it. So a POST is retried only when the connection was never made; any later
failure raises `Open311Unconfirmed`, and `create_once` looks the report up before anything is sent again.
Logs name the API, the method and path template, and the error type: never a description, contact detail,
address or coordinate.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, ClassVar, NoReturn, TypeVar
from urllib.parse import urlencode

from requests import ConnectTimeout, RequestException, Response, Timeout
from urllib3.exceptions import ConnectTimeoutError

from bot.open311.config import CouncilEndpoint
from bot.ops.metrics import count_api_error
from bot.places.config import PlacesConfig
from bot.places.errors import NotFound, PlacesError, UpstreamBadResponse, UpstreamUnavailable
from bot.places.http import (
    BACKOFF_BASE_SECONDS,
    CONNECT_TIMEOUT_CAP_SECONDS,
    MIN_TRY_SECONDS,
    ApiClient,
    ApiResponse,
    ResponseCache,
    expect_dict,
    expect_list,
    optional_float,
    optional_str,
)

_T = TypeVar("_T")

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8"  # as the spec names it for the POST
MAX_DESCRIPTION_CHARS = 4000  # the spec's limit on `description`
MAX_QUERY_DAYS = 90  # the spec's largest start_date..end_date span
# Issue #16: "open requests of the same service within about 50 metres" are the same problem.
DUPLICATE_RADIUS_M = 50.0
# Council clocks drift from ours; a report we filed is looked for this far either side of when we sent it.
CLOCK_SKEW = timedelta(minutes=5)
EARTH_RADIUS_M = 6_371_000.0


# -- errors


@dataclass(frozen=True)
class Open311Error:
    """One item of the spec's error body: `code` usually mirrors the HTTP status; `description` is for people."""

    code: str
    description: str


class Open311Refused(PlacesError):
    """The council answered with the spec's error body (HTTP 400 or 403, or 404 to a POST): it will not do this.

    Not retried: asking again gets the same answer. `description` is the council's own words, fit to show."""

    def __init__(self, message: str, status: int, errors: Sequence[Open311Error] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.errors = tuple(errors)

    @property
    def description(self) -> str:
        """The council's error descriptions joined, or the bare HTTP status when it gave none."""
        return "; ".join(error.description for error in self.errors if error.description) or (
            f"HTTP {self.status} without an error description"
        )


class Open311Unconfirmed(UpstreamUnavailable):
    """The POST went out but we cannot tell whether the council created the report: no answer in time, the
    connection dropped after sending, a 5xx, or an answer we could not read. Never post it again blindly: look
    for it first (`Open311Client.create_once`, `find_recent`)."""


# -- values


@dataclass(frozen=True)
class Service:
    """One entry of `GET services.json`."""

    service_code: str
    service_name: str
    description: str | None = None
    metadata: bool = False  # true: fetch `service_definition` for the attributes
    type: str | None = None  # realtime | batch | blackbox
    keywords: tuple[str, ...] = ()
    group: str | None = None


@dataclass(frozen=True)
class AttributeValue:
    """One choice of a list attribute: `key` is what is sent, `name` what the person is shown."""

    key: str
    name: str


@dataclass(frozen=True)
class ServiceAttribute:
    """One attribute of a service definition; `variable` false means it is information, not a question."""

    code: str
    variable: bool = True
    datatype: str | None = None  # string | number | datetime | text | singlevaluelist | multivaluelist
    required: bool = False
    datatype_description: str | None = None
    order: int | None = None
    description: str | None = None
    values: tuple[AttributeValue, ...] = ()


@dataclass(frozen=True)
class ServiceDefinition:
    """`GET services/{code}.json`: the questions the council asks when this service is filed."""

    service_code: str
    attributes: tuple[ServiceAttribute, ...]  # in `order`

    @property
    def required(self) -> tuple[str, ...]:
        """Codes the person must answer before the report can be filed."""
        return tuple(a.code for a in self.attributes if a.required and a.variable)


@dataclass(frozen=True)
class ServiceRequest:
    """One report as `GET requests.json` or `requests/{id}.json` gives it (no contact details: the API has none)."""

    service_request_id: str
    status: str | None  # open | closed (some servers add their own states)
    status_notes: str | None = None
    service_name: str | None = None
    service_code: str | None = None
    description: str | None = field(default=None, repr=False)
    agency_responsible: str | None = None
    service_notice: str | None = None
    requested_datetime: datetime | None = None
    updated_datetime: datetime | None = None
    expected_datetime: datetime | None = None
    address: str | None = field(default=None, repr=False)
    address_id: str | None = None
    zipcode: str | None = field(default=None, repr=False)
    lat: float | None = field(default=None, repr=False)
    long: float | None = field(default=None, repr=False)
    media_url: str | None = None


@dataclass(frozen=True)
class Created:
    """One item of the POST answer: `service_request_id` (realtime) or `token` (batch), or neither (blackbox)."""

    service_request_id: str | None = None
    token: str | None = None
    service_notice: str | None = None
    account_id: str | None = None


@dataclass(frozen=True)
class NewRequest:
    """A report to file. Personal fields are left out of repr(), so logging the object cannot leak them.

    Location: `lat` and `long` together, or `address_string`, or `address_id` (the spec's "full location
    parameter"). `attributes` maps a code to a value, or to a list of values for a multivaluelist."""

    service_code: str
    description: str = field(repr=False)
    lat: float | None = field(default=None, repr=False)
    long: float | None = field(default=None, repr=False)
    address_string: str | None = field(default=None, repr=False)
    address_id: str | None = field(default=None, repr=False)
    attributes: Mapping[str, str | Sequence[str]] = field(default_factory=dict, repr=False)
    email: str | None = field(default=None, repr=False)
    first_name: str | None = field(default=None, repr=False)
    last_name: str | None = field(default=None, repr=False)
    phone: str | None = field(default=None, repr=False)
    device_id: str | None = field(default=None, repr=False)
    account_id: str | None = field(default=None, repr=False)
    media_url: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not self.service_code.strip():
            raise ValueError("service_code is required")
        if (self.lat is None) != (self.long is None):
            raise ValueError("lat and long are sent together")
        if self.lat is None and not (self.address_string or self.address_id):
            raise ValueError("a location is required: lat and long, address_string or address_id")
        if len(self.description) > MAX_DESCRIPTION_CHARS:
            raise ValueError(f"description is limited to {MAX_DESCRIPTION_CHARS} characters")

    def form(self) -> list[tuple[str, str]]:
        """The spec's POST fields, in its order (api_key and jurisdiction_id are the client's to add)."""
        items: list[tuple[str, str]] = [("service_code", self.service_code)]
        if self.lat is not None and self.long is not None:
            items += [("lat", f"{self.lat:.6f}"), ("long", f"{self.long:.6f}")]
        optional = (
            ("address_string", self.address_string),
            ("address_id", self.address_id),
            ("email", self.email),
            ("device_id", self.device_id),
            ("account_id", self.account_id),
            ("first_name", self.first_name),
            ("last_name", self.last_name),
            ("phone", self.phone),
            ("description", self.description),
            ("media_url", self.media_url),
        )
        items += [(name, value) for name, value in optional if value]
        for code, value in self.attributes.items():
            if isinstance(value, str):
                items.append((f"attribute[{code}]", value))
            else:
                items += [(f"attribute[{code}][]", str(each)) for each in value]
        return items


# -- reading the spec's JSON


def _text(value: Any) -> str | None:
    """Ids and codes: the spec's examples give them as numbers; bools are never ids."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    return optional_str(value)


def _flag(value: Any, default: bool) -> bool:
    """`true`/`false`, also as the strings an XML-first server's JSON may carry."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return default


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _datetime(value: Any) -> datetime | None:
    text = optional_str(value)
    if text is None:
        return None
    try:
        parsed = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def w3_datetime(moment: datetime) -> str:
    """The spec's date format, in UTC: 2010-01-01T00:00:00Z."""
    if moment.tzinfo is None:
        raise ValueError("use a timezone-aware datetime")
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _keywords(value: Any) -> tuple[str, ...]:
    """A comma-separated string in the spec; some servers send a list."""
    items = value.split(",") if isinstance(value, str) else value if isinstance(value, list) else []
    return tuple(text for text in (optional_str(item) for item in items) if text)


def parse_services(body: Any, template: str = "/services.json") -> list[Service]:
    """The service list from `GET services.json`; an entry without a code or name is a bad response."""
    services = []
    for item in expect_list("open311", template, body):
        if not isinstance(item, dict):
            continue
        code, name = _text(item.get("service_code")), optional_str(item.get("service_name"))
        if code is None or name is None:
            raise UpstreamBadResponse(f"open311 {template}: a service without service_code or service_name")
        services.append(
            Service(
                service_code=code,
                service_name=name,
                description=optional_str(item.get("description")),
                metadata=_flag(item.get("metadata"), False),
                type=optional_str(item.get("type")),
                keywords=_keywords(item.get("keywords")),
                group=optional_str(item.get("group")),
            )
        )
    return services


def parse_service_definition(body: Any, template: str = "/services/{service_code}.json") -> ServiceDefinition:
    """A service definition, its attributes in the council's `order` (unordered ones last)."""
    definition = expect_dict("open311", template, body)
    code = _text(definition.get("service_code"))
    if code is None:
        raise UpstreamBadResponse(f"open311 {template}: definition without service_code")
    attributes = []
    for item in definition.get("attributes") or []:
        if not isinstance(item, dict) or _text(item.get("code")) is None:
            continue
        values = tuple(
            AttributeValue(
                key=str(_text(v.get("key"))), name=optional_str(v.get("name")) or str(_text(v.get("key")))
            )
            for v in item.get("values") or []
            if isinstance(v, dict) and _text(v.get("key")) is not None
        )
        attributes.append(
            ServiceAttribute(
                code=str(_text(item.get("code"))),
                variable=_flag(item.get("variable"), True),
                datatype=optional_str(item.get("datatype")),
                required=_flag(item.get("required"), False),
                datatype_description=optional_str(item.get("datatype_description")),
                order=_int(item.get("order")),
                description=optional_str(item.get("description")),
                values=values,
            )
        )
    attributes.sort(key=lambda a: (a.order is None, a.order or 0))
    return ServiceDefinition(service_code=code, attributes=tuple(attributes))


def parse_service_requests(body: Any, template: str = "/requests.json") -> list[ServiceRequest]:
    """Reports as `GET requests.json` or `requests/{id}.json` give them; one without an id is a bad response."""
    found = []
    for item in expect_list("open311", template, body):
        if not isinstance(item, dict):
            continue
        request_id = _text(item.get("service_request_id"))
        if request_id is None:
            raise UpstreamBadResponse(f"open311 {template}: a request without service_request_id")
        found.append(
            ServiceRequest(
                service_request_id=request_id,
                status=optional_str(item.get("status")),
                status_notes=optional_str(item.get("status_notes")),
                service_name=optional_str(item.get("service_name")),
                service_code=_text(item.get("service_code")),
                description=optional_str(item.get("description")),
                agency_responsible=optional_str(item.get("agency_responsible")),
                service_notice=optional_str(item.get("service_notice")),
                requested_datetime=_datetime(item.get("requested_datetime")),
                updated_datetime=_datetime(item.get("updated_datetime")),
                expected_datetime=_datetime(item.get("expected_datetime")),
                address=optional_str(item.get("address")),
                address_id=_text(item.get("address_id")),
                zipcode=_text(item.get("zipcode")),
                lat=optional_float(item.get("lat")),
                long=optional_float(item.get("long")),
                media_url=optional_str(item.get("media_url")),
            )
        )
    return found


def parse_created(body: Any, template: str = "/requests.json") -> list[Created]:
    """What `POST requests.json` answered: a reference, or a token to swap for one later."""
    return [
        Created(
            service_request_id=_text(item.get("service_request_id")),
            token=_text(item.get("token")),
            service_notice=optional_str(item.get("service_notice")),
            account_id=_text(item.get("account_id")),
        )
        for item in expect_list("open311", template, body)
        if isinstance(item, dict)
    ]


def parse_errors(body: Any) -> list[Open311Error]:
    """The spec's `[{"code", "description"}]`; anything else (an HTML page, `{}`) gives no items."""
    items = body.get("errors") if isinstance(body, dict) else body
    if not isinstance(items, list):
        return []
    return [
        Open311Error(
            code=_text(item.get("code")) or "", description=optional_str(item.get("description")) or ""
        )
        for item in items
        if isinstance(item, dict)
    ]


# -- helpers


def distance_m(lat1: float, long1: float, lat2: float, long2: float) -> float:
    """Great-circle distance in metres (haversine): plenty for "within about 50 metres"."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(long2 - long1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def _near(item: ServiceRequest, lat: float, long: float, radius_m: float) -> bool:
    if item.lat is None or item.long is None:
        return False
    return distance_m(lat, long, item.lat, item.long) <= radius_m


def _same_words(a: str | None, b: str | None) -> bool:
    """Descriptions compared the way a council system may reflow them: case and runs of spaces ignored."""
    return (
        a is not None and b is not None and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
    )


def _comma(value: str | Sequence[str] | None) -> str | None:
    if value is None:
        return None
    items = [value] if isinstance(value, str) else list(value)
    return ",".join(item for item in items if item) or None


def _never_sent(error: RequestException) -> bool:
    """True only when the connection was never made (refused, no route, DNS, connect timeout): then the council
    cannot have seen the POST and trying again is safe. A read timeout or a dropped connection is not."""
    if isinstance(error, ConnectTimeout):
        return True
    reason = getattr(error.args[0], "reason", None) if error.args else None
    return isinstance(reason, ConnectTimeoutError)  # NewConnectionError and NameResolutionError included


# -- the client


class Open311Client(ApiClient):
    """One council's GeoReport v2 endpoint. GETs follow the shared rules in `ApiClient._get` (deadline, retries on
    5xx/429/timeouts); `create` posts once (see the module docstring); only the service list and service
    definitions are cached, never a report's status."""

    api_name: ClassVar[str] = "open311"

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        jurisdiction_id: str | None = None,
        cache: ResponseCache | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(base_url, cache=None, **kwargs)  # the base would cache every GET, status included
        self.api_key = api_key
        self.jurisdiction_id = jurisdiction_id
        self.definitions_cache = cache

    @classmethod
    def base_url_from(cls, config: PlacesConfig) -> str:
        """Refused: there is no one Open311 address, each council has its own (`for_endpoint`)."""
        raise NotImplementedError("each council has its own endpoint: use Open311Client.for_endpoint")

    @classmethod
    def for_endpoint(
        cls,
        endpoint: CouncilEndpoint,
        config: PlacesConfig | None = None,
        *,
        env: Mapping[str, str] | None = None,
        cache: ResponseCache | None = None,
    ) -> Open311Client:
        """A client for one council from councils.yml, with the shared timeouts and the key from its variable."""
        config = config or PlacesConfig.from_env(env)
        return cls(
            endpoint.base_url,
            api_key=endpoint.api_key(env),
            jurisdiction_id=endpoint.jurisdiction_id,
            cache=cache,
            timeout=config.timeout_seconds,
            deadline=config.deadline_seconds,
            retries=config.retries,
        )

    # -- GET

    def _query(self, extra: Mapping[str, str | None] | None = None) -> dict[str, str]:
        query = {"jurisdiction_id": self.jurisdiction_id, **(extra or {})}
        return {name: value for name, value in query.items() if value}

    def _refusal(self, method: str, template: str, response: ApiResponse) -> PlacesError:
        errors = parse_errors(response.body)
        described = "; ".join(e.description for e in errors if e.description)
        if response.status == 404 and method == "GET":
            return NotFound(
                f"{self.api_name} {template}: not found" + (f" ({described})" if described else "")
            )
        refused = Open311Refused(
            f"{self.api_name} {method} {template} refused (HTTP {response.status})"
            + (f": {described}" if described else ""),
            response.status,
            errors,
        )
        self._log(f"{method} {template}", f"refused, HTTP {response.status}")
        count_api_error(self.api_name, refused)
        return refused

    def _open311_get(
        self,
        template: str,
        parse: Callable[[Any, str], _T],
        *,
        path: Mapping[str, str] | None = None,
        query: Mapping[str, str | None] | None = None,
        cache: ResponseCache | None = None,
    ) -> _T:
        """`_get` plus the spec's error bodies, and an opt-in cache (only for what changes rarely)."""
        full_query = self._query(query)
        key = None
        if cache is not None:
            url = self._url(template, path, None) + "?" + urlencode(sorted(full_query.items()))
            key = cache.key_for(self.api_name, url)
            hit = cache.get(key)
            if hit is not None and hit[0] == 200:
                return parse(hit[1], template)
        accepted: list[Any] = []

        def checked(response: ApiResponse) -> _T:
            if response.status != 200:
                raise self._refusal("GET", template, response)
            result = parse(response.body, template)
            accepted.append(response.body)
            return result

        result = self._get(template, checked, path=path, query=full_query, accept=(400, 403, 404))
        if cache is not None and key is not None and accepted:
            cache.set(key, 200, accepted[0])
        return result

    def services(self) -> list[Service]:
        """GET services.json: what this council takes reports for (cached when a cache was given)."""
        return self._open311_get("/services.json", parse_services, cache=self.definitions_cache)

    def service_definition(self, service_code: str) -> ServiceDefinition:
        """GET services/{code}.json: the attributes a service asks for (cached when a cache was given)."""
        return self._open311_get(
            "/services/{service_code}.json",
            parse_service_definition,
            path={"service_code": service_code},
            cache=self.definitions_cache,
        )

    def request(self, service_request_id: str) -> ServiceRequest:
        """GET requests/{id}.json: one report's status now (never cached). NotFound for an unknown id."""
        template = "/requests/{service_request_id}.json"
        found = self._open311_get(
            template, parse_service_requests, path={"service_request_id": service_request_id}
        )
        if not found:
            raise NotFound(f"{self.api_name} {template}: empty answer")
        return found[0]

    def requests(
        self,
        *,
        service_request_ids: Sequence[str] = (),
        service_code: str | Sequence[str] | None = None,
        status: str | Sequence[str] | None = None,
        start_date: datetime | None = None,
        end_date: datetime | None = None,
    ) -> list[ServiceRequest]:
        """GET requests.json. Ids override every other filter (the spec's rule); lists are sent comma-joined;
        the council refuses a date range over 90 days, and without dates gives the last 90 days."""
        query = {
            "service_request_id": _comma(service_request_ids),
            "service_code": _comma(service_code),
            "status": _comma(status),
            "start_date": w3_datetime(start_date) if start_date else None,
            "end_date": w3_datetime(end_date) if end_date else None,
        }
        return self._open311_get("/requests.json", parse_service_requests, query=query)

    def token(self, token: str) -> str | None:
        """GET tokens/{token}.json: the service_request_id a batch council gave the report, or None while it has
        not given one yet. NotFound for a token it does not know."""
        template = "/tokens/{token}.json"

        def parse(body: Any, template: str) -> str | None:
            for item in expect_list(self.api_name, template, body):
                if isinstance(item, dict) and _text(item.get("service_request_id")):
                    return _text(item.get("service_request_id"))
            return None

        return self._open311_get(template, parse, path={"token": token})

    def find_recent(
        self,
        service_code: str,
        since: datetime,
        *,
        lat: float | None = None,
        long: float | None = None,
        radius_m: float = DUPLICATE_RADIUS_M,
        description: str | None = None,
        status: str | Sequence[str] | None = None,
        now: datetime | None = None,
    ) -> list[ServiceRequest]:
        """Reports of `service_code` filed since `since`, newest first; within `radius_m` of the point when one is
        given, and with the same words when `description` is given.

        GeoReport v2 has no area filter, so the service and dates go to the council and the distance and words are
        checked here: the description never goes into a URL."""
        if since.tzinfo is None:
            raise ValueError("since must be timezone-aware")
        end = (now or datetime.now(timezone.utc)) + CLOCK_SKEW
        start = max(since - CLOCK_SKEW, end - timedelta(days=MAX_QUERY_DAYS))
        found = []
        for item in self.requests(service_code=service_code, status=status, start_date=start, end_date=end):
            if item.service_code is not None and item.service_code != service_code:
                continue
            if item.requested_datetime is not None and item.requested_datetime < since - CLOCK_SKEW:
                continue
            if lat is not None and long is not None and not _near(item, lat, long, radius_m):
                continue
            if description is not None and not _same_words(item.description, description):
                continue
            found.append(item)
        oldest = datetime.min.replace(tzinfo=timezone.utc)
        return sorted(found, key=lambda r: r.requested_datetime or oldest, reverse=True)

    # -- POST

    def create(self, request: NewRequest) -> list[Created]:
        """POST requests.json, once. Raises Open311Refused (the council said no, with its reason),
        UpstreamUnavailable (it was never reached, or said 429: nothing was filed), Open311Unconfirmed (it may have
        been filed: look before sending again), or UpstreamBadResponse (a redirect or other unexpected status).

        A token-first council answers `[Created(token=...)]`: pass the token to `token()` for the reference."""
        template = "/requests.json"
        form = [("api_key", self.api_key or ""), ("jurisdiction_id", self.jurisdiction_id or "")]
        form = [item for item in form if item[1]] + request.form()
        response = self._post(template, form)
        status = response.status_code
        if status in (200, 201, 202):
            try:
                return parse_created(response.json(), template)
            except (ValueError, UpstreamBadResponse):
                self._unconfirmed(template, "an answer that could not be read")
        if status in (400, 403, 404):
            try:
                body = response.json()
            except ValueError:
                body = None
            raise self._refusal("POST", template, ApiResponse(status, body))
        if status >= 500:
            self._unconfirmed(template, f"HTTP {status}")
        error: PlacesError
        if status == 429:
            error = UpstreamUnavailable(f"{self.api_name} POST {template}: HTTP 429, nothing was filed")
        else:
            error = UpstreamBadResponse(f"{self.api_name} POST {template}: unexpected HTTP {status}")
        self._log(f"POST {template}", f"HTTP {status}")
        count_api_error(self.api_name, error)
        raise error

    def _unconfirmed(self, template: str, outcome: str) -> NoReturn:
        self._log(f"POST {template}", f"{outcome}; the report may have been filed")
        error = Open311Unconfirmed(f"{self.api_name} POST {template}: {outcome}; it may have been filed")
        count_api_error(self.api_name, error)
        raise error

    def _post(self, template: str, form: list[tuple[str, str]]) -> Response:
        """Send the form within the deadline, trying again only while no connection could be made."""
        url = self._url(template, None, None)
        data = urlencode(form).encode("utf-8")
        headers = {"Content-Type": FORM_CONTENT_TYPE}
        started = self._clock()
        last = "no attempt"
        for attempt in range(self.retries + 1):
            remaining = self.deadline - (self._clock() - started)
            if remaining < MIN_TRY_SECONDS:
                break
            per_try = min(self.timeout, remaining)
            connect = min(CONNECT_TIMEOUT_CAP_SECONDS, per_try / 3)
            try:
                # No redirects: requests would turn a redirected POST into a GET and lose the report.
                return self.session.post(
                    url,
                    data=data,
                    headers=headers,
                    timeout=(connect, per_try - connect),
                    allow_redirects=False,
                )
            except RequestException as error:
                if not _never_sent(error):
                    outcome = "timeout" if isinstance(error, Timeout) else type(error).__name__
                    self._unconfirmed(template, outcome)
                last = "no connection"
                self._log(f"POST {template}", f"{last} ({type(error).__name__})")
            if attempt == self.retries:
                break
            wait = BACKOFF_BASE_SECONDS * 2**attempt
            if wait + MIN_TRY_SECONDS > self.deadline - (self._clock() - started):
                break
            self._sleep(wait)
        failure = UpstreamUnavailable(f"{self.api_name} POST {template}: {last}, nothing was filed")
        count_api_error(self.api_name, failure)
        raise failure

    def create_once(self, request: NewRequest, since: datetime) -> list[Created]:
        """File `request` at most once: the rule for every caller that might send a report again.

        `since` is when the person confirmed the report (timezone-aware), taken before the first try and kept with
        it. The POST is sent once. If its outcome is unknown (Open311Unconfirmed: a timeout, a dropped connection,
        a 5xx, an unreadable answer), `GET requests.json` is asked for a report of the same service, with the same
        words, at the same point (within 50 m), filed since `since`; if there is one, it is the answer, as if the
        POST had returned it. If there is none, or the look-up fails, Open311Unconfirmed is raised again and
        nothing is re-posted: tell the person it could not be confirmed, and look again (`find_recent`) before any
        later try, since a council may list a new report only after a while."""
        try:
            return self.create(request)
        except Open311Unconfirmed as unconfirmed:
            try:
                found = self.find_recent(
                    request.service_code,
                    since,
                    lat=request.lat,
                    long=request.long,
                    description=request.description,
                )
            except PlacesError:
                raise unconfirmed from None
            if not found:
                raise unconfirmed
            match = found[0]
            return [Created(service_request_id=match.service_request_id, service_notice=match.service_notice)]

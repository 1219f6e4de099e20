"""A local stand-in for postcodes.io, GOV.UK's local-authority API (plus Local Links Manager's /api/link),
data.police.uk and the fixture councils' Open311 GeoReport v2 endpoints (`open311.py`, under /open311/<GSS>), so
tests and demos never depend on the real services and can make them fail on purpose.

It answers with the real formats (status codes, envelopes, redirects) for the fixture set in `fixtures/`; see
README.md for what each fixture is and where the formats come from. Standard library only.

Control endpoints: `GET /_health`, `GET /_stats` (requests per API; "open311" is listed once it has been called),
`DELETE /_stats`, `POST /_faults` ({"api": "postcodes-io"|"govuk"|"police-uk"|"open311"|"*", "mode":
"timeout"|"500"|"429"|"malformed"|"none", "count": N, "retry_after": S, "delay": S}), `DELETE /_faults`, and
`POST /_open311/status` (move a report on). An Open311 POST under a "timeout" or "malformed" fault is filed first
and only its answer is late or garbled, as when a council's answer is lost; under "500" or "429" it is not filed.

It also captures what the messaging channels would post to Meta's Graph API, Twilio and Telegram (`capture.py`),
and every Open311 POST as posted (`api: "open311"`): `GET /_captured`, `DELETE /_captured` (which also forgets the
Open311 reports).
"""

from __future__ import annotations

import json
import logging
import math
import re
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from bot.places.postcode import INCODE, OUTCODE
from bot.sandbox.capture import CAPTURE_APIS, CaptureLog
from bot.sandbox.open311 import Open311Sandbox, load_open311, spec_error

logger = logging.getLogger(__name__)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DEFAULT_PORT = 8999
APIS = {"postcodes-io": "/postcodes-io", "govuk": "/govuk", "police-uk": "/police-uk/api"}
# Routed, counted and faulted like APIS, but left out of the initial /_stats so its answer keeps its shape.
OPEN311_PREFIX = "/open311"
ROUTED = {**APIS, "open311": OPEN311_PREFIX}
FAULT_MODES = {"timeout", "500", "429", "malformed", "none"}
# Longer than any client timeout (FRONTDOOR_API_TIMEOUT_SECONDS defaults to 1.5 s).
DEFAULT_TIMEOUT_DELAY_SECONDS = 3.0
# How close a point must be to a fixture point for /locate-neighbourhood to find it (about 2 km).
LOCATE_TOLERANCE_DEGREES = 0.02
# postcodes.io's reverse geocoding: default and largest search radius (metres), and its largest limit.
NEAREST_DEFAULT_RADIUS_M = 100.0
NEAREST_MAX_RADIUS_M = 2000.0
NEAREST_MAX_LIMIT = 100
EARTH_RADIUS_M = 6_371_000.0
# The "postcode" library postcodes.io uses accepts this shape (case and spaces ignored).
POSTCODE_RE = re.compile(rf"^{OUTCODE}{INCODE}$")  # on `compact()` text: upper case, no spaces


def compact(value: str) -> str:
    """A postcode or outcode as the fixtures key it: URL-decoded, spaces removed, upper case."""
    return re.sub(r"\s+", "", unquote(value or "")).upper()


@dataclass
class Fault:
    """A failure armed for an API: how it fails, for how many more requests, and how long a timeout hangs."""

    mode: str
    remaining: int | None  # None: until cleared
    retry_after: float | None = None
    delay: float = DEFAULT_TIMEOUT_DELAY_SECONDS


@dataclass
class Reply:
    """One HTTP answer: status, body, content type and any extra headers."""

    status: int
    body: bytes = b""
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] | None = None


def json_reply(status: int, value: Any, headers: dict[str, str] | None = None) -> Reply:
    """A JSON answer with this status and value."""
    return Reply(status, json.dumps(value).encode("utf-8"), headers=headers)


def load_fixtures(directory: Path = FIXTURES) -> dict[str, Any]:
    """The fixture set for every API, read from `directory`."""
    return {
        "postcodes-io": json.loads((directory / "postcodes_io.json").read_text(encoding="utf-8")),
        "govuk": json.loads((directory / "govuk.json").read_text(encoding="utf-8")),
        "police-uk": json.loads((directory / "police_uk.json").read_text(encoding="utf-8")),
        "open311": load_open311(directory / "open311.json"),
    }


class SandboxServer(ThreadingHTTPServer):
    """The HTTP server plus the sandbox's state: fixtures, armed faults and request counts."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], fixtures: dict[str, Any] | None = None) -> None:
        super().__init__(address, SandboxHandler)
        self.fixtures = fixtures or load_fixtures()
        self.lock = threading.Lock()
        self.faults: dict[str, Fault] = {}
        self.stats: dict[str, int] = dict.fromkeys(APIS, 0)
        self.captured = CaptureLog()
        self.open311 = Open311Sandbox(self.fixtures.get("open311"))
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The base URL the clients should use (FRONTDOOR_SANDBOX_URL)."""
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def start_in_thread(self) -> SandboxServer:
        """Serve from a daemon thread (tests); returns the server, already accepting requests."""
        self._thread = threading.Thread(target=self.serve_forever, name="frontdoor-sandbox", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, close the socket and wait for the thread to end."""
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    # -- state, shared by the handler threads

    def count(self, api: str) -> None:
        """Count one request to an API, for `/_stats`."""
        with self.lock:
            self.stats[api] = self.stats.get(api, 0) + 1

    def take_fault(self, api: str) -> Fault | None:
        """The fault armed for this API (or for all), used up by one request when it has a count."""
        with self.lock:
            for key in (api, "*"):
                fault = self.faults.get(key)
                if fault is None:
                    continue
                if fault.remaining is not None:
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        del self.faults[key]
                return fault
        return None

    def set_fault(self, spec: dict[str, Any]) -> Fault | None:
        """Arm (or with mode "none" disarm) a fault from a `POST /_faults` body; ValueError for a bad one."""
        api = str(spec.get("api") or "*")
        mode = str(spec.get("mode") or "")
        if api not in ROUTED and api != "*":
            raise ValueError(f"unknown api {api!r}")
        if mode not in FAULT_MODES:
            raise ValueError(f"unknown mode {mode!r}")
        count = spec.get("count")
        if count is not None and (not isinstance(count, int) or isinstance(count, bool) or count < 1):
            raise ValueError("count must be a positive whole number")
        with self.lock:
            if mode == "none":
                self.faults.pop(api, None)
                return None
            fault = Fault(
                mode,
                count,
                retry_after=float(spec["retry_after"]) if spec.get("retry_after") is not None else None,
                delay=float(spec.get("delay") or DEFAULT_TIMEOUT_DELAY_SECONDS),
            )
            self.faults[api] = fault
            return fault

    def clear_faults(self) -> None:
        """Disarm every fault (`DELETE /_faults`)."""
        with self.lock:
            self.faults.clear()

    def reset_stats(self) -> None:
        """Zero the request counts (`DELETE /_stats`)."""
        with self.lock:
            self.stats = dict.fromkeys(APIS, 0)


class SandboxHandler(BaseHTTPRequestHandler):
    """One request: the control endpoints, the faked APIs (with any armed fault) and the capture endpoints."""

    server: SandboxServer
    protocol_version = "HTTP/1.1"
    server_version = "FrontDoorSandbox/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        """Log requests at debug level only, not to stderr as the standard library does."""
        logger.debug("sandbox %s", format % args)

    # -- plumbing

    def _send(self, reply: Reply) -> None:
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in (reply.headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test); nothing to tell it

    def _read_json(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        return json.loads(raw or b"{}")

    def do_GET(self) -> None:
        """Control reads (`/_health`, `/_stats`, `/_captured`) and the fake APIs' GETs, faults first."""
        parts = urlsplit(self.path)
        path, query = parts.path, parse_qs(parts.query)
        if path == "/_health":
            return self._send(json_reply(200, {"status": "ok"}))
        if path == "/_stats":
            with self.server.lock:
                stats = dict(self.server.stats)
            return self._send(json_reply(200, stats))
        if path == "/_captured":
            return self._send(json_reply(200, self.server.captured.snapshot()))
        for api, prefix in ROUTED.items():
            if path == prefix or path.startswith(prefix + "/"):
                self.server.count(api)
                fault = self.server.take_fault(api)
                if fault is not None and fault.mode != "timeout":
                    return self._send(self._fault_reply(api, fault))
                if fault is not None:
                    time.sleep(fault.delay)
                return self._send(self._route(api, prefix, path[len(prefix) :] or "/", query))
        return self._send(
            json_reply(404, {"error": "Not found: use /postcodes-io, /govuk, /police-uk/api or /open311"})
        )

    def do_POST(self) -> None:
        """Captured messaging posts, Open311 posts, report status changes and `/_faults`."""
        path = urlsplit(self.path).path
        for api, prefix in CAPTURE_APIS.items():
            if path.startswith(prefix + "/"):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                headers = {name.lower(): value for name, value in self.headers.items()}
                answer = self.server.captured.capture(api, path[len(prefix) :], headers, raw)
                return self._send(json_reply(answer.status, answer.body))
        if path == OPEN311_PREFIX or path.startswith(OPEN311_PREFIX + "/"):
            return self._open311_post(path[len(OPEN311_PREFIX) :])
        if path == "/_open311/status":
            try:
                status, body = self.server.open311.set_status(self._read_json())
            except ValueError as error:
                status, body = 400, {"error": str(error)}
            return self._send(json_reply(status, body))
        if path != "/_faults":
            return self._send(json_reply(404, {"error": "Not found"}))
        try:
            spec = self._read_json()
            if not isinstance(spec, dict):
                raise ValueError("send a JSON object")
            fault = self.server.set_fault(spec)
        except (ValueError, TypeError) as error:
            return self._send(json_reply(400, {"error": str(error)}))
        armed = None if fault is None else {"mode": fault.mode, "count": fault.remaining}
        return self._send(json_reply(200, {"api": spec.get("api") or "*", "fault": armed}))

    def do_DELETE(self) -> None:
        """Clear faults, captured records (and Open311's reports) or request counts."""
        path = urlsplit(self.path).path
        if path == "/_faults":
            self.server.clear_faults()
            return self._send(json_reply(200, {"faults": {}}))
        if path == "/_captured":
            self.server.captured.clear()
            self.server.open311.clear()
            return self._send(json_reply(200, []))
        if path == "/_stats":
            self.server.reset_stats()
            return self._send(json_reply(200, dict.fromkeys(APIS, 0)))
        return self._send(json_reply(404, {"error": "Not found"}))

    def _fault_reply(self, api: str, fault: Fault) -> Reply:
        if fault.mode == "malformed":
            return Reply(200, b'{"status": 200, "result": {"postcode": "GL50 1')
        if fault.mode == "429":
            headers = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else None
            if api == "postcodes-io":
                return json_reply(429, {"status": 429, "error": "Too Many Requests"}, headers)
            return Reply(429, b"Too Many Requests", "text/plain; charset=utf-8", headers)
        if api == "postcodes-io":
            return json_reply(500, {"status": 500, "error": "Internal server error"})
        return Reply(500, b"<h1>Internal Server Error</h1>", "text/html; charset=utf-8")

    def _open311_post(self, path: str) -> None:
        """POST under /open311: counted, faulted, filed and captured as posted (one value a field, or a list)."""
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        form = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
        self.server.count("open311")
        fault = self.server.take_fault("open311")
        if fault is not None and fault.mode in ("500", "429"):
            reply = self._fault_reply("open311", fault)
        elif "application/x-www-form-urlencoded" not in (self.headers.get("Content-Type") or ""):
            reply = json_reply(*spec_error(400, "POST requests.json takes application/x-www-form-urlencoded"))
        else:
            reply = json_reply(*self.server.open311.post(path, form))
            if fault is not None and fault.mode == "malformed":
                reply = self._fault_reply("open311", fault)  # filed, but the answer is garbled
        record = {
            "api": "open311",
            "path": path,
            "status": reply.status,
            "authorization": self.headers.get("Authorization") or "",
            "body": {name: values[0] if len(values) == 1 else values for name, values in form.items()},
        }
        with self.server.captured.lock:
            self.server.captured.records.append(record)
        if fault is not None and fault.mode == "timeout":
            time.sleep(fault.delay)  # filed and captured already: only the answer is late
        self._send(reply)

    def _route(self, api: str, prefix: str, path: str, query: dict[str, list[str]]) -> Reply:
        if api == "open311":
            return json_reply(*self.server.open311.get(path, query))
        data = self.server.fixtures[api]
        if api == "postcodes-io":
            return postcodes_io(data, path, query)
        if api == "govuk":
            return govuk(data, prefix, path, query)
        return police_uk(data, path, query)


# -- postcodes.io


def _pio_error(status: int, message: str, **extra: Any) -> Reply:
    return json_reply(status, {"status": status, "error": message, **extra})


def postcodes_io(data: dict[str, Any], path: str, query: dict[str, list[str]]) -> Reply:
    """postcodes.io's answers from the fixtures: lookups, validate, terminated, outcodes, places, nearest."""
    segments = [unquote(part) for part in path.strip("/").split("/")]
    if len(segments) == 3 and segments[0] == "postcodes" and segments[2] == "validate":
        return json_reply(200, {"status": 200, "result": compact(segments[1]) in data["postcodes"]})
    if len(segments) == 2 and segments[0] == "postcodes":
        postcode = compact(segments[1])
        if not POSTCODE_RE.match(postcode):
            return _pio_error(404, "Invalid postcode")
        if postcode in data["postcodes"]:
            return json_reply(200, {"status": 200, "result": data["postcodes"][postcode]})
        if postcode in data["terminated"]:
            # Observed on the live service: the 404 for a terminated postcode can carry its termination record.
            return _pio_error(404, "Postcode not found", terminated=data["terminated"][postcode])
        return _pio_error(404, "Postcode not found")
    if segments == ["postcodes"]:
        return nearest_postcodes(data, query)
    if len(segments) == 2 and segments[0] == "terminated_postcodes":
        postcode = compact(segments[1])
        if not POSTCODE_RE.match(postcode):
            return _pio_error(404, "Invalid postcode")
        if postcode in data["terminated"]:
            return json_reply(200, {"status": 200, "result": data["terminated"][postcode]})
        return _pio_error(404, "Terminated postcode not found")
    if len(segments) == 2 and segments[0] == "outcodes":
        outcode = compact(segments[1])
        if outcode in data["outcodes"]:
            return json_reply(200, {"status": 200, "result": data["outcodes"][outcode]})
        return _pio_error(404, "Outcode not found")
    if segments == ["places"]:
        text = (query.get("q") or query.get("query") or [""])[0].strip().lower()
        if not text:
            return _pio_error(400, "No valid query submitted. Remember to include every parameter")
        matches = [place for place in data["places"] if place["name_1"].lower().startswith(text)]
        return json_reply(200, {"status": 200, "result": matches or None})
    return _pio_error(404, "Resource not found")


def _metres(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), as postcodes.io's `distance` field gives it."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def nearest_postcodes(data: dict[str, Any], query: dict[str, list[str]]) -> Reply:
    """GET /postcodes?lon=&lat=[&radius=&limit=]: fixture postcodes within the radius, nearest first, each with
    its `distance` in metres; `result: null` when there are none (postcodes.io's reverse geocoding)."""
    if not query.get("lon") or not query.get("lat"):
        return _pio_error(400, "No postcode query submitted. Remember to include query parameter")
    try:
        lon, lat = float(query["lon"][0]), float(query["lat"][0])
        radius = float((query.get("radius") or [str(NEAREST_DEFAULT_RADIUS_M)])[0])
        limit = int((query.get("limit") or ["10"])[0])
    except ValueError:
        return _pio_error(400, "Invalid longitude/latitude submitted")
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        return _pio_error(400, "Invalid longitude/latitude submitted")
    radius = min(max(radius, 0.0), NEAREST_MAX_RADIUS_M)
    limit = min(max(limit, 1), NEAREST_MAX_LIMIT)
    found = []
    for record in data["postcodes"].values():
        if record.get("latitude") is None or record.get("longitude") is None:
            continue
        distance = _metres(lat, lon, record["latitude"], record["longitude"])
        if distance <= radius:
            found.append({**record, "distance": round(distance, 6)})
    found.sort(key=lambda item: item["distance"])
    return json_reply(200, {"status": 200, "result": found[:limit] or None})


# -- GOV.UK


def _authority(data: dict[str, Any], slug: str) -> dict[str, Any] | None:
    record = data["authorities"].get(slug)
    if record is None:
        return None
    result = {key: value for key, value in record.items() if key != "parent"}
    if record.get("parent"):
        result["parent"] = _authority(data, record["parent"])
    return result


def govuk(data: dict[str, Any], prefix: str, path: str, query: dict[str, list[str]]) -> Reply:
    """GOV.UK's answers: postcode to council (301, or the addresses of a split), a council, a link."""
    path = path.rstrip("/") or "/"
    if path == "/api/local-authority":
        postcode = compact((query.get("postcode") or [""])[0])
        if not postcode:
            return json_reply(400, {"errors": {"postcode": ["Enter a postcode"]}})
        if not POSTCODE_RE.match(postcode):
            return json_reply(400, {"errors": {"postcode": ["This isn't a valid postcode."]}})
        entry = data["postcodes"].get(postcode)
        if entry is None:
            return json_reply(404, {"errors": {"postcode": ["We couldn't find this postcode."]}})
        if "addresses" in entry:
            return json_reply(200, {"addresses": entry["addresses"]})
        location = f"{prefix}/api/local-authority/{quote(entry['slug'])}"
        page = f'<html><body>You are being <a href="{location}">redirected</a>.</body></html>'
        return Reply(301, page.encode(), "text/html; charset=utf-8", {"Location": location})
    if path.startswith("/api/local-authority/"):
        record = _authority(data, unquote(path.rsplit("/", 1)[1]))
        if record is None:
            return json_reply(404, {"errors": {"local_authority_slug": ["Not found"]}})
        return json_reply(200, {"local_authority": record})
    if path == "/api/link":
        slug = (query.get("authority_slug") or [""])[0]
        lgsl = (query.get("lgsl") or [""])[0]
        if not slug or not lgsl:
            return json_reply(400, {})
        record = data["authorities"].get(slug)
        if record is None or not lgsl.isdigit() or int(lgsl) not in data["services"]:
            return json_reply(404, {})
        body: dict[str, Any] = {
            "local_authority": {
                key: record[key] for key in ("name", "gss", "tier", "homepage_url", "country_name", "slug")
            }
        }
        link = data["links"].get(slug, {}).get(lgsl)
        if link is not None:
            body["local_interaction"] = {
                "lgsl_code": int(lgsl),
                "lgil_code": link["lgil"],
                "url": link["url"],
            }
        return json_reply(200, body)
    return Reply(404, b"<h1>Page not found</h1>", "text/html; charset=utf-8")


# -- data.police.uk


def _police_404() -> Reply:
    return Reply(404, b"<h1>Not Found</h1>", "text/html; charset=utf-8")


def police_uk(data: dict[str, Any], path: str, query: dict[str, list[str]]) -> Reply:
    """data.police.uk's answers: forces, the neighbourhood at a point, neighbourhoods, a neighbourhood."""
    segments = [unquote(part) for part in path.strip("/").split("/") if part]
    if segments == ["forces"]:
        return json_reply(200, [{"id": f["id"], "name": f["name"]} for f in data["forces"].values()])
    if len(segments) == 2 and segments[0] == "forces":
        force = data["forces"].get(segments[1])
        return json_reply(200, force) if force else _police_404()
    if segments == ["locate-neighbourhood"]:
        try:
            lat_text, lng_text = (query.get("q") or [""])[0].split(",")
            latitude, longitude = float(lat_text), float(lng_text)
        except ValueError:
            return Reply(400, b"<h1>Bad Request</h1>", "text/html; charset=utf-8")
        best = min(
            data["locate"],
            key=lambda p: math.hypot(p["latitude"] - latitude, p["longitude"] - longitude),
            default=None,
        )
        if best is None or math.hypot(best["latitude"] - latitude, best["longitude"] - longitude) > (
            LOCATE_TOLERANCE_DEGREES
        ):
            return _police_404()
        return json_reply(200, {"force": best["force"], "neighbourhood": best["neighbourhood"]})
    if len(segments) == 2 and segments[1] == "neighbourhoods":
        if segments[0] not in data["forces"]:
            return _police_404()
        return json_reply(
            200,
            [
                {"id": hood["id"], "name": hood["name"]}
                for key, hood in data["neighbourhoods"].items()
                if key.split("/", 1)[0] == segments[0]
            ],
        )
    if len(segments) == 2:
        hood = data["neighbourhoods"].get(f"{segments[0]}/{segments[1]}")
        return json_reply(200, hood) if hood else _police_404()
    return _police_404()


def start_sandbox(port: int = 0, host: str = "127.0.0.1") -> SandboxServer:
    """Start the sandbox in a background thread (port 0: any free port); `.url` says where, `.stop()` ends it."""
    return SandboxServer((host, port)).start_in_thread()


def serve(port: int = DEFAULT_PORT, host: str = "127.0.0.1") -> int:
    """`python -m bot sandbox`: serve in the foreground until Ctrl-C."""
    server = SandboxServer((host, port))
    print(
        f"Front Door sandbox on {server.url}\n"
        f"  Point the clients at it:  export FRONTDOOR_SANDBOX_URL={server.url}\n"
        f"  APIs: {server.url}/postcodes-io  {server.url}/govuk  {server.url}/police-uk/api  {server.url}/open311\n"
        f'  Faults: curl -X POST {server.url}/_faults -d \'{{"api": "*", "mode": "500", "count": 1}}\'\n'
        "Press Ctrl-C to stop.",
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0

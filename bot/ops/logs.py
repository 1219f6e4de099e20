"""Structured logs: one JSON object per line with the time, level, logger, message and the request id of the
request being served. Messages never hold what people typed (every module logs error types, not text);
the request id lets an operator follow one request across the lines it produced."""

from __future__ import annotations

import contextvars
import json
import logging
import re
import time
import uuid

REQUEST_ID_HEADER = "X-Request-Id"
# A caller's own id is kept only when it is a plain token (a load balancer's or a gateway's id).
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")

request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("frontdoor_request_id", default=None)


def new_request_id(supplied: str | None) -> str:
    """The caller's request id when it is a plain token, else a new random one (never echo input)."""
    if supplied and _SAFE_ID.match(supplied):
        return supplied
    return uuid.uuid4().hex


class JsonFormatter(logging.Formatter):
    """One JSON object per log line, with the request id; exceptions by type only, never a traceback."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as one JSON line."""
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        rid = request_id.get()
        if rid:
            entry["request_id"] = rid
        if record.exc_info and record.exc_info[0] is not None:
            entry["error"] = record.exc_info[0].__name__  # the type only: a traceback can quote the input
        return json.dumps(entry, ensure_ascii=False)


def install_json_logs() -> None:
    """Give every handler on the root logger (and Sanic's) the JSON format."""
    formatter = JsonFormatter()
    for name in ("", "sanic.root", "sanic.error", "sanic.access"):
        for handler in logging.getLogger(name).handlers:
            handler.setFormatter(formatter)

"""Every environment variable Front Door reads, declared once: name, default, how it is parsed, and what it means.

`load_settings()` is the one place the process environment is read: it takes a snapshot of a mapping (the
process environment unless given) into a frozen :class:`Settings`, whose typed attributes every part of Front
Door receives; the per-area classes (`RedisSettings`, `PlacesConfig`, `InsightSettings`, `RateLimits`,
`SessionSigner`, `StackConfig`) are built from it. Each attribute is parsed the first time it is read, so a bad
value fails (or falls back) exactly where, and exactly as, it always has: a typo in one area never stops another.

`VARIABLES` also lists the variables Front Door only passes on (to Rasa, Sanic, `endpoints.yml` and
`credentials.yml`), so docs/configuration.md's table is generated from it (`python -m bot settings --markdown`)
and tests/unit/test_settings.py checks the two agree.

Kept outside this module on purpose:

- Open311 API keys: each council's key is in the variable councils.yml names for it (`api_key_env`), so the
  names are data, not code; they are read through :meth:`Settings.named`.
- `python -m bot` sets `TF_CPP_MIN_LOG_LEVEL` and `RASA_TELEMETRY_ENABLED` in its own environment before
  Rasa or TensorFlow is imported (they are read by those libraries at import time).
- Child processes (the stack's servers, `python -m bot serve`, training) get a copy of the environment from
  :func:`process_environment`, with the stack's defaults filled in from this table.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from bot.ops.paths import VAR_DIR

# Where outcome events go when FRONTDOOR_INSIGHT_DATABASE_URL is unset (`make run` puts them beside its Redis).
DEFAULT_INSIGHT_DATABASE = VAR_DIR / "insight" / "insight.sqlite3"


@dataclass(frozen=True)
class Variable:
    """One environment variable: its name, the raw value used when it is unset, and its documentation.

    `default` is the text the code falls back to ("" when there is none). `shown_default` replaces it in the
    docs when the effective default is not a fixed text (a random token, a kept file) or `make run` sets another.
    `passed_on` marks variables :class:`Settings` does not parse: Front Door only hands them on, to Rasa, Sanic,
    the YAML files (`${VAR}`) or `python -m bot serve`'s command lines."""

    name: str
    default: str
    doc: str
    shown_default: str | None = None
    passed_on: bool = False

    @property
    def documented_default(self) -> str:
        """The default as docs/configuration.md shows it."""
        if self.shown_default is not None:
            return self.shown_default
        return f"`{self.default}`" if self.default else "unset"


def _v(name: str, default: str, doc: str, shown: str | None = None, passed_on: bool = False) -> Variable:
    return Variable(name, default, doc, shown, passed_on)


REDIS_URL = _v(
    "REDIS_URL",
    "redis://127.0.0.1:6379/0",
    "conversation state and locks (`redis://:password@host:port/db`; `rediss://` for TLS)",
    "embedded Redis on `redis://127.0.0.1:6390/0`",
)
REDIS_SENTINELS = _v(
    "REDIS_SENTINELS",
    "",
    'Redis Sentinel ("host:port,host:port,..."; the port defaults to 26379): clients ask the sentinels for '
    "the primary and follow a failover without a restart; `REDIS_URL` then gives only the password and "
    "database (`bot/ops/redis_config.py`, the one Redis factory)",
)
REDIS_SENTINEL_MASTER = _v(
    "REDIS_SENTINEL_MASTER", "frontdoor", "the name the sentinels monitor the primary by"
)
REDIS_SENTINEL_PASSWORD = _v("REDIS_SENTINEL_PASSWORD", "", "the sentinels' own password, if they have one")
KEY_PREFIX = _v(
    "FRONTDOOR_KEY_PREFIX",
    "frontdoor",
    "Redis key prefix (alphanumeric; anything else is dropped) for every key: conversations, locks, API "
    "cache, rate limits, messaging dedupe",
)
RETENTION_SECONDS = _v(
    "FRONTDOOR_RETENTION_SECONDS",
    "86400",
    "expiry of every conversation record, and the lifetime of a conversation token",
)
API_TOKEN = _v(
    "FRONTDOOR_API_TOKEN", "", "bearer token for `POST /api/triage`", "random per `make run` (printed)"
)
RASA_API_TOKEN = _v(
    "RASA_API_TOKEN",
    "",
    "token for Rasa's HTTP API (never enabled without one; `python -m bot serve rasa` refuses to start without it)",
    "random per `make run` (printed)",
)
PORT = _v(
    "FRONTDOOR_PORT",
    "5005",
    "Rasa server port (`make run`, `serve rasa`), or the balancer's (`make cluster`)",
)
METRICS_TOKEN = _v(
    "FRONTDOOR_METRICS_TOKEN",
    "",
    "bearer token for `GET /metrics` on the Rasa and action servers (Prometheus's `authorization: credentials`)",
    "random per `make run`",
)
LOG_FORMAT = _v(
    "FRONTDOOR_LOG_FORMAT",
    "",
    "`json`: one JSON object per log line with the request id (`bot/ops/logs.py`); never user text",
    "text",
)
INSIGHT_DATABASE_URL = _v(
    "FRONTDOOR_INSIGHT_DATABASE_URL",
    "",
    "where outcome events are kept (`postgresql+psycopg2://...`; `off` to record none)",
    "SQLite beside the Redis data (`var/insight/insight.sqlite3`)",
)
INSIGHT_RETENTION_DAYS = _v(
    "FRONTDOOR_INSIGHT_RETENTION_DAYS", "730", "how long outcome events are kept (at least 1)"
)
AOF_REWRITE_SECONDS = _v(
    "FRONTDOOR_AOF_REWRITE_SECONDS",
    "3600",
    "how often `make run` rewrites the embedded Redis's append-only file",
)
SERVERS = _v(
    "FRONTDOOR_SERVERS", "2", "servers behind HAProxy in `make cluster` (or `make cluster SERVERS=4`)"
)
URL = _v("FRONTDOOR_URL", "http://127.0.0.1:5005", "the server `python -m bot chat` talks to")
MAX_MESSAGE_CHARS = _v(
    "FRONTDOOR_MAX_MESSAGE_CHARS", "1000", "longer messages are cut, with a note to the person"
)
SANIC_REQUEST_MAX_SIZE = _v(
    "SANIC_REQUEST_MAX_SIZE",
    "1048576",
    "request bodies above 1 MiB are refused with 413 (Sanic's default is 100 MB); set by `make run`",
    passed_on=True,
)
TICKET_LOCK_LIFETIME = _v(
    "TICKET_LOCK_LIFETIME",
    "20",
    "seconds a conversation's lock outlives a server that died mid-turn (Rasa's default is 60); set by `make run`",
    passed_on=True,
)
SANDBOX_URL = _v(
    "FRONTDOOR_SANDBOX_URL",
    "",
    "point every public-API client at the local sandbox (`python -m bot sandbox`)",
)
POSTCODES_IO_URL = _v("POSTCODES_IO_URL", "https://api.postcodes.io", "postcodes.io base URL")
GOVUK_API_URL = _v("GOVUK_API_URL", "https://www.gov.uk", "GOV.UK local-authority API base URL")
LOCAL_LINKS_MANAGER_URL = _v(
    "LOCAL_LINKS_MANAGER_URL",
    "",
    "GOV.UK Local Links Manager (council service pages by LGSL code); without it, answers link the council's "
    "homepage",
)
POLICE_UK_API_URL = _v("POLICE_UK_API_URL", "https://data.police.uk/api", "data.police.uk base URL")
API_TIMEOUT_SECONDS = _v(
    "FRONTDOOR_API_TIMEOUT_SECONDS", "1.5", "per-try timeout of a public-API call (a bad value: the default)"
)
API_DEADLINE_SECONDS = _v(
    "FRONTDOOR_API_DEADLINE_SECONDS",
    "2.0",
    "deadline of a whole public-API call, all tries and waits (a bad value: the default)",
)
API_RETRIES = _v(
    "FRONTDOOR_API_RETRIES", "2", "retries of a public-API call on 5xx/429 (a bad value: the default)"
)
API_CACHE_SECONDS = _v(
    "FRONTDOOR_API_CACHE_SECONDS",
    "86400",
    "how long API answers stay in the Redis cache (a bad value: the default)",
)
ACTION_URL = _v(
    "FRONTDOOR_ACTION_URL",
    "http://127.0.0.1:5055/webhook",
    "set by `make run`; used by `endpoints.yml`",
    passed_on=True,
)
ACTION_SECRET = _v(
    "FRONTDOOR_ACTION_SECRET",
    "",
    "shared secret Rasa sends to the action server (header `X-Frontdoor-Action-Secret`, `endpoints.yml`); the "
    "action server (`bot/rasa/action_server.py`, localhost only) refuses any call without it",
    "random per `make run`",
)
RATE_SESSION = _v(
    "FRONTDOOR_RATE_SESSION",
    "20/20",
    'rate limit of the widget and REST webhook for each conversation, as "burst/per minute" (`0/0` turns it '
    'off): a token bucket in Redis (`bot/ops/ratelimit.py`); over it, a polite "slow down" (429), except for a '
    "message in which the safety gate finds danger, which is always answered",
)
RATE_ADDRESS = _v(
    "FRONTDOOR_RATE_ADDRESS",
    "120/600",
    "the same for each client address (keyed by a keyed hash, never the address)",
)
CORS_ORIGINS = _v(
    "FRONTDOOR_CORS_ORIGINS",
    "",
    "space-separated web origins allowed to call the server from a browser (the council sites that embed the "
    "widget); the demo page and console are served from the server's own origin and need none",
    "none",
)
SESSION_KEY = _v(
    "FRONTDOOR_SESSION_KEY",
    "",
    "key that signs the conversation tokens of the widget and the REST webhook; a new key ends every open "
    "conversation",
    "kept in `var/session.key` (created once by `make run`)",
)
SENDER_ID_KEY = _v(
    "FRONTDOOR_SENDER_ID_KEY",
    "",
    "key that hashes messaging-app user ids into conversation ids (and addresses for the rate limits); keep it "
    "stable or conversations start over",
    "kept in `var/sender_id.key` (created once by `make run`)",
)
DEDUPE_SECONDS = _v(
    "FRONTDOOR_DEDUPE_SECONDS",
    "604800",
    "how long inbound message ids are remembered to drop resent webhooks (7 days, Meta's retry window)",
)
MODEL = _v(
    "FRONTDOOR_MODEL",
    "",
    "the trained model `python -m bot serve rasa` loads",
    "`models/frontdoor.tar.gz`",
    passed_on=True,
)
INTERFACE = _v(
    "FRONTDOOR_INTERFACE", "0.0.0.0", "the address `python -m bot serve rasa` listens on", passed_on=True
)
ACTION_PORT = _v(
    "FRONTDOOR_ACTION_PORT", "5055", "the port `python -m bot serve actions` listens on", passed_on=True
)
SANIC_HOST = _v(
    "SANIC_HOST",
    "127.0.0.1",
    "the address the action server listens on (`python -m bot serve actions`: `0.0.0.0`)",
)
# Read by credentials.yml (`${VAR}`) for the messaging channels; `make run` sets each to "" when unset.
_REFUSES = "empty (the channel refuses every webhook)"
MESSAGING = tuple(
    _v(name, "", f"{doc} (`credentials.yml`)", shown or _REFUSES, passed_on=True)
    for name, doc, shown in (
        ("WHATSAPP_APP_SECRET", "Meta app secret (webhook signatures)", None),
        ("WHATSAPP_VERIFY_TOKEN", "your webhook verify token", None),
        ("WHATSAPP_ACCESS_TOKEN", "a system-user access token (sending replies)", None),
        ("WHATSAPP_PHONE_NUMBER_ID", "the number replies are posted from", "from the webhook"),
        ("WHATSAPP_API_URL", "where replies are posted", "`https://graph.facebook.com`"),
        ("WHATSAPP_API_VERSION", "the Graph API version", "`v21.0`"),
        ("TWILIO_ACCOUNT_SID", "Twilio account", None),
        ("TWILIO_AUTH_TOKEN", "auth token (signatures and sending)", None),
        ("TWILIO_WEBHOOK_URL", "the exact public webhook URL set in Twilio", None),
        ("TWILIO_API_URL", "where replies are posted", "`https://api.twilio.com`"),
        ("TELEGRAM_BOT_TOKEN", "BotFather token", None),
        ("TELEGRAM_SECRET_TOKEN", "the `secret_token` given to `setWebhook`", None),
        ("TELEGRAM_API_URL", "where replies are posted", "`https://api.telegram.org`"),
    )
)

# In the order docs/configuration.md lists them.
VARIABLES: tuple[Variable, ...] = (
    REDIS_URL,
    REDIS_SENTINELS,
    REDIS_SENTINEL_MASTER,
    REDIS_SENTINEL_PASSWORD,
    KEY_PREFIX,
    RETENTION_SECONDS,
    API_TOKEN,
    RASA_API_TOKEN,
    PORT,
    METRICS_TOKEN,
    LOG_FORMAT,
    INSIGHT_DATABASE_URL,
    INSIGHT_RETENTION_DAYS,
    AOF_REWRITE_SECONDS,
    SERVERS,
    URL,
    MAX_MESSAGE_CHARS,
    SANIC_REQUEST_MAX_SIZE,
    TICKET_LOCK_LIFETIME,
    SANDBOX_URL,
    POSTCODES_IO_URL,
    GOVUK_API_URL,
    LOCAL_LINKS_MANAGER_URL,
    POLICE_UK_API_URL,
    API_TIMEOUT_SECONDS,
    API_DEADLINE_SECONDS,
    API_RETRIES,
    API_CACHE_SECONDS,
    ACTION_URL,
    ACTION_SECRET,
    RATE_SESSION,
    RATE_ADDRESS,
    CORS_ORIGINS,
    SESSION_KEY,
    SENDER_ID_KEY,
    DEDUPE_SECONDS,
    MODEL,
    INTERFACE,
    ACTION_PORT,
    SANIC_HOST,
    *MESSAGING,
)
BY_NAME: dict[str, Variable] = {variable.name: variable for variable in VARIABLES}


# --- parsing: each keeps exactly the behaviour its reader always had -------------------------------------------


def parse_sentinels(value: str) -> tuple[tuple[str, int], ...]:
    """ "host:port,host:port" (spaces allowed; the port defaults to 26379). A bad port raises ValueError."""
    found: list[tuple[str, int]] = []
    for item in value.replace(" ", ",").split(","):
        if not item:
            continue
        host, _, port = item.rpartition(":") if ":" in item else (item, "", "26379")
        found.append((host, int(port)))
    return tuple(found)


def clean_prefix(prefix: str | None) -> str:
    """Rasa only accepts alphanumeric prefixes; strip anything else so a typo can't disable the prefix."""
    cleaned = "".join(ch for ch in (prefix or "") if ch.isalnum())
    return cleaned or KEY_PREFIX.default


def parse_rate(value: str) -> tuple[int, float]:
    """ "capacity/per_minute" ("20/20"; a missing rate is 0). A bad number raises ValueError."""
    capacity, _, per_minute = value.partition("/")
    return int(capacity), float(per_minute or 0)


def _positive_float(raw: str | None, default: str) -> float:
    """A bad or non-positive value falls back to the default: a typo must not make every lookup wait forever."""
    try:
        value = float(raw or default)
    except ValueError:
        return float(default)
    return value if value > 0 else float(default)


def _non_negative_int(raw: str | None, default: str) -> int:
    """A bad or negative value falls back to the default."""
    try:
        value = int(raw or default)
    except ValueError:
        return int(default)
    return value if value >= 0 else int(default)


def _positive_int(raw: str | None, default: str) -> int:
    """A bad, zero or negative value falls back to the default."""
    try:
        value = int(raw or default)
    except ValueError:
        return int(default)
    return value if value > 0 else int(default)


def _base_url(raw: str | None, default: str) -> str:
    return (raw or default).rstrip("/")


def _optional_url(raw: str | None) -> str | None:
    return (raw or "").rstrip("/") or None


@dataclass(frozen=True)
class Settings:
    """A snapshot of the environment with every variable Front Door reads as a typed attribute.

    Attributes are parsed when first read (and then kept): an unset or empty variable gives its declared default;
    a bad value either raises ValueError or falls back to the default, as documented on each attribute."""

    environ: Mapping[str, str] = field(repr=False)  # holds secrets

    def raw(self, variable: Variable) -> str | None:
        """The variable's text as set (None when unset)."""
        return self.environ.get(variable.name)

    def named(self, name: str) -> str | None:
        """A variable whose name is data, not code (the Open311 key a council's `api_key_env` names)."""
        return self.environ.get(name)

    def _or_default(self, variable: Variable) -> str:
        return self.raw(variable) or variable.default

    # --- Redis ---
    @cached_property
    def redis_url(self) -> str:
        """REDIS_URL, else the local default."""
        return self._or_default(REDIS_URL)

    @cached_property
    def external_redis_url(self) -> str | None:
        """REDIS_URL when set: `make run` and `make cluster` then start no Redis of their own."""
        return self.raw(REDIS_URL) or None

    @cached_property
    def key_prefix(self) -> str:
        """FRONTDOOR_KEY_PREFIX, cleaned to alphanumerics (never empty)."""
        return clean_prefix(self.raw(KEY_PREFIX))

    @cached_property
    def retention_seconds(self) -> int:
        """FRONTDOOR_RETENTION_SECONDS; a bad value raises ValueError."""
        return int(self._or_default(RETENTION_SECONDS))

    @cached_property
    def redis_sentinels(self) -> tuple[tuple[str, int], ...]:
        """REDIS_SENTINELS as (host, port) pairs; a bad port raises ValueError."""
        return parse_sentinels(self.raw(REDIS_SENTINELS) or "")

    @cached_property
    def redis_sentinel_master(self) -> str:
        """REDIS_SENTINEL_MASTER."""
        return self._or_default(REDIS_SENTINEL_MASTER)

    @cached_property
    def redis_sentinel_password(self) -> str | None:
        """REDIS_SENTINEL_PASSWORD, None when unset or empty."""
        return self.raw(REDIS_SENTINEL_PASSWORD) or None

    # --- keys and tokens ("" or None when unset: the caller decides whether to refuse or make one) ---
    @cached_property
    def session_key(self) -> str:
        """FRONTDOOR_SESSION_KEY ("" when unset)."""
        return self.raw(SESSION_KEY) or ""

    @cached_property
    def sender_id_key(self) -> str:
        """FRONTDOOR_SENDER_ID_KEY ("" when unset)."""
        return self.raw(SENDER_ID_KEY) or ""

    @cached_property
    def api_token(self) -> str | None:
        """FRONTDOOR_API_TOKEN, None when unset or empty."""
        return self.raw(API_TOKEN) or None

    @cached_property
    def rasa_api_token(self) -> str | None:
        """RASA_API_TOKEN, None when unset or empty."""
        return self.raw(RASA_API_TOKEN) or None

    @cached_property
    def action_secret(self) -> str:
        """FRONTDOOR_ACTION_SECRET ("" when unset)."""
        return self.raw(ACTION_SECRET) or ""

    @cached_property
    def metrics_token(self) -> str:
        """FRONTDOOR_METRICS_TOKEN ("" when unset)."""
        return self.raw(METRICS_TOKEN) or ""

    @cached_property
    def cors_origins(self) -> tuple[str, ...]:
        """FRONTDOOR_CORS_ORIGINS, split on whitespace."""
        return tuple((self.raw(CORS_ORIGINS) or "").split())

    # --- limits ---
    @cached_property
    def max_message_chars(self) -> int:
        """FRONTDOOR_MAX_MESSAGE_CHARS; a bad value, even an empty one, raises ValueError."""
        raw = self.raw(MAX_MESSAGE_CHARS)
        return int(MAX_MESSAGE_CHARS.default if raw is None else raw)

    @cached_property
    def rate_session(self) -> tuple[int, float]:
        """FRONTDOOR_RATE_SESSION as (capacity, per minute); a bad value raises ValueError."""
        return parse_rate(self._or_default(RATE_SESSION))

    @cached_property
    def rate_address(self) -> tuple[int, float]:
        """FRONTDOOR_RATE_ADDRESS as (capacity, per minute); a bad value raises ValueError."""
        return parse_rate(self._or_default(RATE_ADDRESS))

    @cached_property
    def dedupe_seconds(self) -> int:
        """FRONTDOOR_DEDUPE_SECONDS; a bad, zero or negative value gives the default."""
        return _positive_int(self.raw(DEDUPE_SECONDS), DEDUPE_SECONDS.default)

    # --- public APIs (bot/places, bot/open311) ---
    @cached_property
    def sandbox_url(self) -> str | None:
        """FRONTDOOR_SANDBOX_URL without a trailing slash, None when unset."""
        return _optional_url(self.raw(SANDBOX_URL))

    @cached_property
    def postcodes_io_url(self) -> str:
        """POSTCODES_IO_URL without a trailing slash."""
        return _base_url(self.raw(POSTCODES_IO_URL), POSTCODES_IO_URL.default)

    @cached_property
    def govuk_api_url(self) -> str:
        """GOVUK_API_URL without a trailing slash."""
        return _base_url(self.raw(GOVUK_API_URL), GOVUK_API_URL.default)

    @cached_property
    def police_uk_api_url(self) -> str:
        """POLICE_UK_API_URL without a trailing slash."""
        return _base_url(self.raw(POLICE_UK_API_URL), POLICE_UK_API_URL.default)

    @cached_property
    def local_links_url(self) -> str | None:
        """LOCAL_LINKS_MANAGER_URL without a trailing slash, None when unset."""
        return _optional_url(self.raw(LOCAL_LINKS_MANAGER_URL))

    @cached_property
    def api_timeout_seconds(self) -> float:
        """FRONTDOOR_API_TIMEOUT_SECONDS; a bad, zero or negative value gives the default."""
        return _positive_float(self.raw(API_TIMEOUT_SECONDS), API_TIMEOUT_SECONDS.default)

    @cached_property
    def api_deadline_seconds(self) -> float:
        """FRONTDOOR_API_DEADLINE_SECONDS; a bad, zero or negative value gives the default."""
        return _positive_float(self.raw(API_DEADLINE_SECONDS), API_DEADLINE_SECONDS.default)

    @cached_property
    def api_retries(self) -> int:
        """FRONTDOOR_API_RETRIES; a bad or negative value gives the default."""
        return _non_negative_int(self.raw(API_RETRIES), API_RETRIES.default)

    @cached_property
    def api_cache_seconds(self) -> int:
        """FRONTDOOR_API_CACHE_SECONDS; a bad or negative value gives the default."""
        return _non_negative_int(self.raw(API_CACHE_SECONDS), API_CACHE_SECONDS.default)

    # --- insight ---
    @cached_property
    def insight_database_url(self) -> str:
        """FRONTDOOR_INSIGHT_DATABASE_URL, else the SQLite file under var/insight/ (may be "off")."""
        return self.raw(INSIGHT_DATABASE_URL) or f"sqlite:///{DEFAULT_INSIGHT_DATABASE}"

    @cached_property
    def insight_off(self) -> bool:
        """FRONTDOOR_INSIGHT_DATABASE_URL=off (any case, spaces ignored): record no outcome events."""
        return (self.raw(INSIGHT_DATABASE_URL) or "").strip().lower() == "off"

    @cached_property
    def insight_retention_days(self) -> int:
        """FRONTDOOR_INSIGHT_RETENTION_DAYS; a bad value raises ValueError (InsightSettings refuses < 1)."""
        return int(self._or_default(INSIGHT_RETENTION_DAYS))

    # --- processes (bot/ops/stack.py, bot/cli, bot/rasa/action_server.py) ---
    @cached_property
    def port(self) -> int:
        """FRONTDOOR_PORT; a bad value, even an empty one, raises ValueError."""
        return int(self._exactly(PORT))

    @cached_property
    def servers(self) -> int:
        """FRONTDOOR_SERVERS; a bad value, even an empty one, raises ValueError."""
        return int(self._exactly(SERVERS))

    @cached_property
    def url(self) -> str:
        """FRONTDOOR_URL (an empty value stays empty)."""
        return self._exactly(URL)

    @cached_property
    def aof_rewrite_seconds(self) -> float:
        """FRONTDOOR_AOF_REWRITE_SECONDS; a bad value raises ValueError."""
        return float(self._or_default(AOF_REWRITE_SECONDS))

    @cached_property
    def sanic_host(self) -> str:
        """SANIC_HOST (an empty value stays empty)."""
        return self._exactly(SANIC_HOST)

    @cached_property
    def log_json(self) -> bool:
        """FRONTDOOR_LOG_FORMAT=json (any case)."""
        return (self.raw(LOG_FORMAT) or "").lower() == "json"

    def _exactly(self, variable: Variable) -> str:
        """The value as set, even when empty; the default only when unset."""
        raw = self.raw(variable)
        return variable.default if raw is None else raw


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """The settings from `env`, or from the process environment (a snapshot: later changes are not seen)."""
    return Settings(dict(os.environ if env is None else env))


def process_environment() -> dict[str, str]:
    """A copy of this process's whole environment, to hand on to a child process (which reads its own)."""
    return dict(os.environ)


def markdown_table() -> str:
    """docs/configuration.md's table of variables, generated from `VARIABLES`."""
    lines = ["| variable | default | meaning |", "|---|---|---|"]
    for variable in VARIABLES:
        lines.append(f"| `{variable.name}` | {variable.documented_default} | {variable.doc} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """`python -m bot settings --markdown`: print docs/configuration.md's table of variables."""
    print(markdown_table(), end="")
    return 0

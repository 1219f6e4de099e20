"""bot/ops/settings.py: every variable declared once, parsed as its reader always parsed it, and documented."""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

import pytest

from bot.__main__ import main as cli
from bot.insight.store import InsightSettings
from bot.ops import settings as s
from bot.ops.paths import ROOT
from bot.ops.ratelimit import Bucket, RateLimits
from bot.ops.redis_config import RedisSettings
from bot.ops.sessions import SessionSigner
from bot.ops.settings import VARIABLES, Settings, load_settings, markdown_table
from bot.places.config import PlacesConfig

DOCS = ROOT / "docs" / "configuration.md"
ROW = re.compile(r"^\| `([A-Z0-9_]+)` \| (.*?) \| (.*) \|$")


def _docs_table() -> list[str]:
    lines = DOCS.read_text().splitlines()
    start = lines.index("| variable | default | meaning |")
    end = start
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    return lines[start:end]


def test_the_docs_table_is_the_generated_one() -> None:
    assert _docs_table() == markdown_table().splitlines(), "run: python -m bot settings --markdown"


def test_the_docs_list_exactly_the_declared_variables_with_their_defaults() -> None:
    rows = [ROW.match(line) for line in _docs_table()[2:]]
    assert all(rows), "every row names one variable"
    documented = {m.group(1): m.group(2) for m in rows if m}
    assert list(documented) == [v.name for v in VARIABLES]
    for variable in VARIABLES:
        assert documented[variable.name] == variable.documented_default
        if variable.shown_default is None and variable.default:
            assert documented[variable.name] == f"`{variable.default}`"


def test_each_variable_is_declared_once() -> None:
    names = [v.name for v in VARIABLES]
    assert len(names) == len(set(names))
    assert all(v.doc for v in VARIABLES)


def test_the_cli_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["settings", "--markdown"]) == 0
    assert capsys.readouterr().out == markdown_table()


# Modules allowed to touch os.environ: the settings module itself; `python -m bot`, which sets TensorFlow's and
# Rasa's import-time variables in its own environment; the sandbox (a dev tool) and bot/channels/ (to move).
ALLOWED = {Path("bot/ops/settings.py"), Path("bot/__main__.py")}
NOT_CHECKED = (Path("bot/sandbox"),)  # the sandbox is a dev tool standing in for the public APIs


def test_no_other_module_reads_the_environment() -> None:
    readers = []
    for top in ("bot", "actions", "bench"):
        for path in sorted((ROOT / top).rglob("*.py")):
            relative = path.relative_to(ROOT)
            if relative in ALLOWED or any(relative.is_relative_to(skip) for skip in NOT_CHECKED):
                continue
            if re.search(r"\bos\.environ\b|\bgetenv\b|from os import .*environ", path.read_text()):
                readers.append(str(relative))
    assert readers == []


def test_main_only_sets_import_time_variables() -> None:
    text = (ROOT / "bot" / "__main__.py").read_text()
    assert re.findall(r"os\.environ\.(\w+)", text) == ["setdefault", "setdefault"]


# --- defaults -----------------------------------------------------------------------------------------------


def test_defaults_with_nothing_set() -> None:
    settings = load_settings({})
    assert settings.redis_url == "redis://127.0.0.1:6379/0"
    assert settings.external_redis_url is None
    assert settings.key_prefix == "frontdoor"
    assert settings.retention_seconds == 86400
    assert settings.redis_sentinels == ()
    assert settings.redis_sentinel_master == "frontdoor"
    assert settings.redis_sentinel_password is None
    assert settings.session_key == settings.sender_id_key == ""
    assert settings.api_token is None and settings.rasa_api_token is None
    assert settings.action_secret == settings.metrics_token == ""
    assert settings.cors_origins == ()
    assert settings.max_message_chars == 1000
    assert settings.rate_session == (20, 20.0)
    assert settings.rate_address == (120, 600.0)
    assert settings.dedupe_seconds == 604800
    assert settings.sandbox_url is None and settings.local_links_url is None
    assert settings.postcodes_io_url == "https://api.postcodes.io"
    assert settings.govuk_api_url == "https://www.gov.uk"
    assert settings.police_uk_api_url == "https://data.police.uk/api"
    assert (settings.api_timeout_seconds, settings.api_deadline_seconds) == (1.5, 2.0)
    assert (settings.api_retries, settings.api_cache_seconds) == (2, 86400)
    assert settings.insight_database_url == f"sqlite:///{s.DEFAULT_INSIGHT_DATABASE}"
    assert not settings.insight_off
    assert settings.insight_retention_days == 730
    assert (settings.port, settings.servers, settings.url) == (5005, 2, "http://127.0.0.1:5005")
    assert settings.aof_rewrite_seconds == 3600.0
    assert settings.sanic_host == "127.0.0.1"
    assert not settings.log_json


def test_empty_values_count_as_unset_where_they_always_did() -> None:
    empty = load_settings({v.name: "" for v in VARIABLES})
    assert empty.redis_url == "redis://127.0.0.1:6379/0"
    assert empty.retention_seconds == 86400
    assert empty.rate_session == (20, 20.0)
    assert empty.api_timeout_seconds == 1.5
    assert empty.insight_retention_days == 730
    assert empty.aof_rewrite_seconds == 3600.0
    # These were always read with a default only for an unset variable: empty stays empty (or fails).
    assert empty.url == "" and empty.sanic_host == ""
    for name in ("max_message_chars", "port", "servers"):
        with pytest.raises(ValueError):
            getattr(empty, name)


# --- bad values: raise, or fall back, exactly as each reader did --------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "attribute"),
    [
        ("FRONTDOOR_RETENTION_SECONDS", "a day", "retention_seconds"),
        ("REDIS_SENTINELS", "host:port", "redis_sentinels"),
        ("FRONTDOOR_MAX_MESSAGE_CHARS", "lots", "max_message_chars"),
        ("FRONTDOOR_RATE_SESSION", "x/1", "rate_session"),
        ("FRONTDOOR_RATE_ADDRESS", "1/x", "rate_address"),
        ("FRONTDOOR_INSIGHT_RETENTION_DAYS", "2y", "insight_retention_days"),
        ("FRONTDOOR_AOF_REWRITE_SECONDS", "hourly", "aof_rewrite_seconds"),
        ("FRONTDOOR_PORT", "http", "port"),
        ("FRONTDOOR_SERVERS", "two", "servers"),
    ],
)
def test_bad_values_that_raise(name: str, value: str, attribute: str) -> None:
    settings = load_settings({name: value})
    with pytest.raises(ValueError):
        getattr(settings, attribute)


def test_a_bad_value_only_fails_its_own_reader() -> None:
    settings = load_settings({"FRONTDOOR_RETENTION_SECONDS": "x", "FRONTDOOR_PORT": "y"})
    assert settings.key_prefix == "frontdoor"
    assert settings.max_message_chars == 1000
    assert PlacesConfig.from_settings(settings) == PlacesConfig()
    with pytest.raises(ValueError):
        RedisSettings.from_settings(settings)


@pytest.mark.parametrize(
    ("name", "value", "attribute", "expected"),
    [
        ("FRONTDOOR_API_TIMEOUT_SECONDS", "soon", "api_timeout_seconds", 1.5),
        ("FRONTDOOR_API_TIMEOUT_SECONDS", "-1", "api_timeout_seconds", 1.5),
        ("FRONTDOOR_API_TIMEOUT_SECONDS", "0", "api_timeout_seconds", 1.5),
        ("FRONTDOOR_API_TIMEOUT_SECONDS", "0.5", "api_timeout_seconds", 0.5),
        ("FRONTDOOR_API_DEADLINE_SECONDS", "x", "api_deadline_seconds", 2.0),
        ("FRONTDOOR_API_RETRIES", "many", "api_retries", 2),
        ("FRONTDOOR_API_RETRIES", "-1", "api_retries", 2),
        ("FRONTDOOR_API_RETRIES", "0", "api_retries", 0),
        ("FRONTDOOR_API_CACHE_SECONDS", "1.5", "api_cache_seconds", 86400),
        ("FRONTDOOR_API_CACHE_SECONDS", "0", "api_cache_seconds", 0),
        ("FRONTDOOR_DEDUPE_SECONDS", "week", "dedupe_seconds", 604800),
        ("FRONTDOOR_DEDUPE_SECONDS", "0", "dedupe_seconds", 604800),
        ("FRONTDOOR_DEDUPE_SECONDS", "60", "dedupe_seconds", 60),
        ("FRONTDOOR_KEY_PREFIX", "front-door!", "key_prefix", "frontdoor"),
        ("FRONTDOOR_KEY_PREFIX", "a-b", "key_prefix", "ab"),
        ("FRONTDOOR_KEY_PREFIX", "--", "key_prefix", "frontdoor"),
        ("FRONTDOOR_RATE_SESSION", "0/0", "rate_session", (0, 0.0)),
        ("FRONTDOOR_RATE_SESSION", "5", "rate_session", (5, 0.0)),
        ("FRONTDOOR_SANDBOX_URL", "http://127.0.0.1:9/", "sandbox_url", "http://127.0.0.1:9"),
        ("POSTCODES_IO_URL", "http://p/", "postcodes_io_url", "http://p"),
        ("LOCAL_LINKS_MANAGER_URL", "/", "local_links_url", None),
        ("FRONTDOOR_CORS_ORIGINS", " https://a  https://b ", "cors_origins", ("https://a", "https://b")),
        ("FRONTDOOR_INSIGHT_DATABASE_URL", " Off ", "insight_off", True),
        ("FRONTDOOR_INSIGHT_DATABASE_URL", "sqlite:///x", "insight_off", False),
        ("FRONTDOOR_LOG_FORMAT", "JSON", "log_json", True),
        ("REDIS_SENTINELS", " a:1 ,, b ", "redis_sentinels", (("a", 1), ("b", 26379))),
        ("REDIS_URL", "redis://r:1/2", "external_redis_url", "redis://r:1/2"),
    ],
)
def test_values_and_fallbacks(name: str, value: str, attribute: str, expected: object) -> None:
    assert getattr(load_settings({name: value}), attribute) == expected


def test_insight_retention_under_one_is_refused_by_its_reader_only() -> None:
    settings = load_settings({"FRONTDOOR_INSIGHT_RETENTION_DAYS": "0"})
    assert settings.insight_retention_days == 0
    with pytest.raises(ValueError, match="at least 1"):
        InsightSettings.from_settings(settings)


def test_the_session_signer_needs_a_key() -> None:
    with pytest.raises(RuntimeError, match="FRONTDOOR_SESSION_KEY"):
        SessionSigner.from_settings(load_settings({}))
    signer = SessionSigner.from_settings(
        load_settings({"FRONTDOOR_SESSION_KEY": "k", "FRONTDOOR_RETENTION_SECONDS": "60"})
    )
    assert (signer.key, signer.lifetime_seconds) == (b"k", 60)


def test_named_variables_are_read_from_the_same_snapshot() -> None:
    settings = load_settings({"COUNCIL_KEY": "secret"})
    assert settings.named("COUNCIL_KEY") == "secret"
    assert settings.named("OTHER") is None


# --- one snapshot, and the area classes are built from it ----------------------------------------------------


def test_a_snapshot_does_not_see_later_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTDOOR_KEY_PREFIX", "before")
    settings = load_settings()
    monkeypatch.setenv("FRONTDOOR_KEY_PREFIX", "after")
    assert settings.key_prefix == "before"
    assert load_settings().key_prefix == "after"


def test_settings_never_show_their_values() -> None:
    assert "hunter2" not in repr(load_settings({"FRONTDOOR_SESSION_KEY": "hunter2"}))
    with pytest.raises(AttributeError):
        Settings({}).environ = {}  # type: ignore[misc]


def test_area_classes_agree_with_their_from_env() -> None:
    env = {
        "REDIS_URL": "redis://:pw@r:1/3",
        "FRONTDOOR_KEY_PREFIX": "fd",
        "FRONTDOOR_RETENTION_SECONDS": "60",
        "REDIS_SENTINELS": "s1:1,s2",
        "REDIS_SENTINEL_MASTER": "m",
        "REDIS_SENTINEL_PASSWORD": "sp",
        "FRONTDOOR_SANDBOX_URL": "http://127.0.0.1:9",
        "FRONTDOOR_API_RETRIES": "5",
        "FRONTDOOR_INSIGHT_RETENTION_DAYS": "9",
        "FRONTDOOR_RATE_SESSION": "1/2",
        "FRONTDOOR_RATE_ADDRESS": "0/0",
    }
    settings = load_settings(env)
    assert RedisSettings.from_env(env) == RedisSettings.from_settings(settings)
    assert RedisSettings.from_settings(settings) == RedisSettings(
        "redis://:pw@r:1/3", "fd", 60, (("s1", 1), ("s2", 26379)), "m", "sp"
    )
    assert PlacesConfig.from_env(env) == PlacesConfig.from_settings(settings)
    assert PlacesConfig.from_settings(settings).postcodes_io_url == "http://127.0.0.1:9/postcodes-io"
    assert PlacesConfig.from_settings(settings).retries == 5
    assert InsightSettings.from_env(env) == InsightSettings.from_settings(settings)
    assert InsightSettings.from_settings(settings).retention_days == 9
    assert RateLimits.from_settings(settings) == RateLimits(Bucket(1, 2.0), Bucket(0, 0.0))


def _attributes(settings: Settings) -> dict[str, object]:
    names = [name for name, value in vars(Settings).items() if isinstance(value, cached_property)]
    return {name: getattr(settings, name) for name in names}


def test_settings_parse_every_variable_but_those_only_passed_on() -> None:
    unset = _attributes(load_settings({}))
    for variable in VARIABLES:
        changed = any(_attributes(load_settings({variable.name: value})) != unset for value in ("7", "json"))
        assert changed != variable.passed_on, variable.name

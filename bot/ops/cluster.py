"""Several Front Door servers on this machine behind HAProxy, the way a deployment runs them: each server is a
Rasa server with its own action server; all share one Redis (embedded, a Sentinel group, or REDIS_URL) and
the same secrets, so any server can take any turn of any conversation.

HAProxy (Debian's package, installed by scripts/install_cluster.sh) sends REST, triage-API and page requests
round-robin to the servers that answer `GET /ready?without=redis` (Redis is shared: its failover must not take
every server out at once; each server still answers through it), and the widget's socket.io to one server per client
address (a socket.io session lives in one server's memory). A connection refused by a dead server is retried
on another (never a request that reached one: a turn must not be taken twice). The servers read the client's
address from X-Forwarded-For, so the per-address rate limit still sees people, not the balancer.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

from bot.ops.paths import MODEL_PATH
from bot.ops.sentinel_group import SentinelGroup
from bot.ops.stack import (
    SESSION_KEY_FILE,
    Stack,
    StackConfig,
    kept_secret,
    new_token,
    sender_id_key,
)

HEALTH_INTERVAL_MS = 1000


@dataclass
class ClusterConfig:
    """How to run the cluster; tokens and the secret are new each run unless given, shared by all servers."""

    base: Path
    servers: int = 2
    port: int = 5005
    host: str = "127.0.0.1"
    model: Path = MODEL_PATH
    sentinel: bool = False
    redis_url: str | None = None  # external Redis; else embedded (or a Sentinel group with `sentinel`)
    extra_env: dict[str, str] = field(default_factory=dict)
    api_token: str = field(default_factory=new_token)
    rasa_token: str = field(default_factory=new_token)
    metrics_token: str = field(default_factory=new_token)
    action_secret: str = field(default_factory=new_token)

    @property
    def url(self) -> str:
        """The address HAProxy listens on: the one URL clients use."""
        return f"http://{self.host}:{self.port}"


class Cluster:
    """`start()` brings up Redis, the servers (in parallel) and HAProxy; `stop()` stops all it started."""

    def __init__(self, config: ClusterConfig) -> None:
        self.config = config
        self.redis_stack: Stack | None = None
        self.sentinels: SentinelGroup | None = None
        self.servers: list[Stack] = []
        self.haproxy: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Bring up Redis, the servers (one Redis, one set of secrets), then HAProxy, and wait for it."""
        c = self.config
        c.base.mkdir(parents=True, exist_ok=True)
        redis_url, redis_env = self._start_redis()
        shared = {
            **c.extra_env,
            **redis_env,
            "FRONTDOOR_SESSION_KEY": kept_secret(c.base / SESSION_KEY_FILE),
            "FRONTDOOR_SENDER_ID_KEY": sender_id_key(c.base),
            "SANIC_PROXIES_COUNT": "1",  # one proxy (HAProxy) in front: the client is X-Forwarded-For's last
        }
        self.servers = [
            Stack(
                StackConfig.isolated(
                    c.base / f"server{i}",
                    model=c.model,
                    redis_url=redis_url,
                    api_token=c.api_token,
                    rasa_token=c.rasa_token,
                    metrics_token=c.metrics_token,
                    action_secret=c.action_secret,
                    extra_env=dict(shared),
                )
            )
            for i in range(c.servers)
        ]
        for server in self.servers:
            server.config.log_dir.mkdir(parents=True, exist_ok=True)
            server.start_actions()
        self._start_rasa_in_parallel()
        self._start_haproxy()

    def kill_server(self, index: int) -> None:
        """SIGKILL one Rasa server (as a crashed machine would vanish); its action server stays."""
        proc = self.servers[index].rasa
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)

    def stop(self) -> None:
        """Stop HAProxy first (no new requests), then the servers, then Redis or the Sentinel group."""
        if self.haproxy is not None and self.haproxy.poll() is None:
            self.haproxy.terminate()
            try:
                self.haproxy.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.haproxy.kill()
        self.haproxy = None
        for server in self.servers:
            server.stop()
        if self.redis_stack is not None:
            self.redis_stack.stop()
        if self.sentinels is not None:
            self.sentinels.stop()

    def _start_redis(self) -> tuple[str, dict[str, str]]:
        c = self.config
        if c.redis_url:
            return c.redis_url, {}
        if c.sentinel:
            self.sentinels = SentinelGroup(c.base / "redis-ha")
            self.sentinels.start()
            return self.sentinels.url, self.sentinels.env()
        self.redis_stack = Stack(StackConfig.isolated(c.base / "redis-only"))
        self.redis_stack.start_redis()
        return self.redis_stack.config.effective_redis_url, {}

    def _start_rasa_in_parallel(self) -> None:
        """Each server loads the model at the same time (a start takes the slowest one's time, not the sum)."""
        for server in self.servers:
            server.start_rasa(wait=False)
        for server in self.servers:
            server.wait_rasa()

    def _start_haproxy(self) -> None:
        binary = shutil.which("haproxy") or "/usr/sbin/haproxy"
        if not Path(binary).exists():
            raise RuntimeError(
                "HAProxy is not installed: run scripts/install_cluster.sh (apt-get install haproxy)"
            )
        conf = self.config.base / "haproxy.cfg"
        conf.write_text(haproxy_config(self.config, [s.config.rasa_port for s in self.servers]))
        log = open(self.config.base / "haproxy.log", "ab")  # noqa: SIM115 - kept open for the child's life
        self.haproxy = subprocess.Popen(
            [binary, "-f", str(conf), "-db"], stdout=log, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.haproxy.poll() is not None:
                raise RuntimeError(f"HAProxy exited; see {self.config.base / 'haproxy.log'}")
            try:
                if requests.get(f"{self.config.url}/ready", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise RuntimeError("HAProxy did not pass a request to a ready server in 30 s")


def haproxy_config(config: ClusterConfig, ports: list[int]) -> str:
    """HAProxy's configuration for `ports` (the Rasa servers), health-checked on /ready every second."""
    servers = "\n".join(f"    server s{i} {config.host}:{port} check" for i, port in enumerate(ports))
    return f"""global
    maxconn 4096

defaults
    mode http
    option forwardfor
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    timeout tunnel 1h
    # Retry only a connection that was refused (the request never reached a server), on another server.
    retries 2
    option redispatch 1
    retry-on conn-failure
    default-server inter {HEALTH_INTERVAL_MS}ms fall 2 rise 2

frontend frontdoor
    bind {config.host}:{config.port}
    acl socketio path_beg /socket.io
    use_backend socketio if socketio
    default_backend servers

backend servers
    balance roundrobin
    option httpchk GET /ready?without=redis
    http-check expect status 200
{servers}

backend socketio
    # A socket.io session lives in one server's memory: one server per client address.
    balance source
    hash-type consistent
    option httpchk GET /ready?without=redis
    http-check expect status 200
{servers}
"""

"""A Redis primary, one replica and three sentinels on this machine (the same `redis-server` binary the
embedded Redis uses; sentinel is one of its modes). Used by the failover test and by `make cluster
SENTINEL=1`, so both run the topology a deployment would.

Fast failover settings: a primary is "down" after 1 s without answers and two of the three sentinels must
agree; a promotion then takes 1-3 s here.
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import redis

from bot.ops.settings import REDIS_SENTINEL_MASTER
from bot.ops.stack import free_port, kept_secret, redis_server_binary

MASTER_NAME = REDIS_SENTINEL_MASTER.default
DOWN_AFTER_MS = 1000
FAILOVER_TIMEOUT_MS = 5000
HOST = "127.0.0.1"


class SentinelGroup:
    """Start with `start()`, stop with `stop()`; data, configs and logs live under `base`."""

    def __init__(self, base: Path, sentinels: int = 3) -> None:
        self.base = base
        self.password = kept_secret(base / "redis.password")
        self.ports = {"primary": free_port(), "replica": free_port()}
        self.sentinel_ports = [free_port() for _ in range(sentinels)]
        self.procs: dict[str, subprocess.Popen[bytes]] = {}

    @property
    def url(self) -> str:
        """REDIS_URL for Sentinel mode: the password and database (the host comes from the sentinels)."""
        return f"redis://:{self.password}@{MASTER_NAME}/0"

    @property
    def sentinels_env(self) -> str:
        """REDIS_SENTINELS for this group: "host:port,host:port,..."."""
        return ",".join(f"{HOST}:{port}" for port in self.sentinel_ports)

    def env(self) -> dict[str, str]:
        """The environment that points a Front Door server at this group."""
        return {
            "REDIS_URL": self.url,
            "REDIS_SENTINELS": self.sentinels_env,
            "REDIS_SENTINEL_MASTER": MASTER_NAME,
        }

    def start(self) -> None:
        """Start the primary, the replica, then the sentinels; returns once they agree on the primary."""
        self.base.mkdir(parents=True, exist_ok=True)
        self.base.chmod(0o700)
        self._start_node("primary", replica_of=None)
        self._start_node("replica", replica_of=self.ports["primary"])
        self._wait_replicating()
        for index, port in enumerate(self.sentinel_ports):
            self._start_sentinel(index, port)
        self._wait(lambda: self.primary_port() == self.ports["primary"], "sentinels to see the primary")

    def primary_port(self) -> int | None:
        """The primary's port as the first sentinel that answers reports it."""
        for port in self.sentinel_ports:
            try:
                client = redis.Redis(HOST, port, socket_timeout=0.5)
                address = client.sentinel_get_master_addr_by_name(MASTER_NAME)
            except redis.RedisError:
                continue
            if address:
                return int(address[1])
        return None

    def kill_primary(self) -> str:
        """SIGKILL whichever node is primary now (no clean shutdown, as in a machine failure); returns its name."""
        current = self.primary_port()
        name = next(n for n, p in self.ports.items() if p == current)
        self.procs[name].send_signal(signal.SIGKILL)
        self.procs[name].wait(timeout=5)
        return name

    def wait_for_new_primary(self, old: str, timeout: float = 30.0) -> float:
        """Seconds until the sentinels name another primary."""
        started = time.monotonic()
        self._wait(lambda: self.primary_port() not in (None, self.ports[old]), "a new primary", timeout)
        return time.monotonic() - started

    def stop(self) -> None:
        """Stop every node and sentinel (SIGTERM, then SIGKILL after 10 s)."""
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs.values():
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        self.procs.clear()

    def _start_node(self, name: str, replica_of: int | None) -> None:
        directory = self.base / name
        directory.mkdir(exist_ok=True)
        lines = [
            f"port {self.ports[name]}",
            f"bind {HOST}",
            f"dir {directory}",
            f"requirepass {self.password}",
            f"masterauth {self.password}",
            "appendonly yes",
            'save ""',
        ]
        if replica_of is not None:
            lines.append(f"replicaof {HOST} {replica_of}")
        self._spawn(name, lines)
        self._wait(lambda: self._ping(self.ports[name]), f"Redis {name}")

    def _start_sentinel(self, index: int, port: int) -> None:
        lines = [
            f"port {port}",
            f"bind {HOST}",
            f"dir {self.base}",
            f"sentinel monitor {MASTER_NAME} {HOST} {self.ports['primary']} 2",
            f"sentinel auth-pass {MASTER_NAME} {self.password}",
            f"sentinel down-after-milliseconds {MASTER_NAME} {DOWN_AFTER_MS}",
            f"sentinel failover-timeout {MASTER_NAME} {FAILOVER_TIMEOUT_MS}",
            f"sentinel parallel-syncs {MASTER_NAME} 1",
        ]
        self._spawn(f"sentinel{index}", lines, sentinel=True)
        self._wait(lambda: self._ping(port, password=None), f"sentinel {index}")

    def _spawn(self, name: str, lines: list[str], sentinel: bool = False) -> None:
        conf = self.base / f"{name}.conf"
        conf.touch(mode=0o600)
        conf.write_text("\n".join(lines) + "\n")  # sentinels rewrite their own file: it must be writable
        log = open(self.base / f"{name}.log", "ab")  # noqa: SIM115 - kept open for the child's life
        args = [redis_server_binary(), str(conf), *(["--sentinel"] if sentinel else [])]
        self.procs[name] = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)

    def _ping(self, port: int, password: str | bool | None = True) -> bool:
        try:
            secret = self.password if password is True else password
            return bool(redis.Redis(HOST, port, password=secret or None, socket_timeout=0.5).ping())
        except redis.RedisError:
            return False

    def _wait_replicating(self) -> None:
        replica = redis.Redis(HOST, self.ports["replica"], password=self.password, socket_timeout=0.5)
        self._wait(
            lambda: replica.info("replication").get("master_link_status") == "up", "the replica to sync"
        )

    def _wait(self, done: object, what: str, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if done():  # type: ignore[operator]
                    return
            except redis.RedisError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"timed out waiting for {what} (logs in {self.base})")

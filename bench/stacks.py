"""The two systems the benchmark compares, started the same way on free loopback ports:

- Front Door: our model, pipeline, channels and stores (credentials.yml, endpoints.yml);
- the peer: stock Rasa 3.6 (`rasa init`'s pipeline and policies, Rasa's own REST channel and Redis tracker and
  lock stores) trained on Front Door's data and domain, with Front Door's action given the safety rules only
  (bench/peer/actions.py: stock Rasa has no safety gate).

Both use an embedded Redis and the local API sandbox, so neither touches the internet."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.ops.paths import MODEL_PATH, ROOT
from bot.ops.stack import Stack, StackConfig
from bot.sandbox.server import start_sandbox

PEER_DIR = ROOT / "bench" / "peer"
PEER_MODEL = ROOT / "models" / "peer" / "stock.tar.gz"
FRONTDOOR = "frontdoor"
PEER = "stock_rasa"


def config_for(
    system: str, base: Path, sandbox_url: str, workers: int = 1, peer_model: Path = PEER_MODEL
) -> StackConfig:
    # Load generators send far faster than a person: the rate limits are off for the benchmark.
    env = {
        "FRONTDOOR_SANDBOX_URL": sandbox_url,
        "SANIC_WORKERS": str(workers),
        "FRONTDOOR_RATE_SESSION": "0/0",
        "FRONTDOOR_RATE_ADDRESS": "0/0",
    }
    if system == FRONTDOOR:
        return StackConfig.isolated(base, model=MODEL_PATH, extra_env=env)
    config = StackConfig.isolated(
        base,
        model=peer_model,
        credentials=PEER_DIR / "credentials.yml",
        endpoints=PEER_DIR / "endpoints.yml",
        actions_module="bench.peer.actions",
    )
    config.extra_env = {
        **env,
        "PEER_REDIS_HOST": config.host,
        "PEER_REDIS_PORT": str(config.redis_port),
        "PEER_REDIS_PASSWORD": config.redis_password,
    }
    return config


@contextmanager
def running(system: str, workers: int = 1, peer_model: Path = PEER_MODEL) -> Iterator[Stack]:
    """A started stack for `system` with `workers` Rasa server processes; stopped (with its sandbox) on exit."""
    model = MODEL_PATH if system == FRONTDOOR else peer_model
    if not model.exists():
        raise SystemExit(f"no model at {model}: run `make model` / `make peer` first")
    sandbox = start_sandbox(port=0)
    base = Path(tempfile.mkdtemp(prefix=f"frontdoor-bench-{system}-"))
    stack = Stack(config_for(system, base, sandbox.url, workers, peer_model))
    try:
        stack.start()
        yield stack
    finally:
        stack.stop()
        sandbox.stop()


def rss_mb(pid: int | None) -> float:
    """Resident memory of a process and its children (Sanic workers), in MB; 0 when it has gone."""
    if pid is None:
        return 0.0
    total = 0.0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total = int(line.split()[1]) / 1024
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return total
    return total + sum(rss_mb(int(child)) for child in children)


def process_memory(stack: Stack) -> dict[str, float]:
    """Resident memory of each of the stack's processes (with their workers), in MB."""
    procs = {"rasa_server": stack.rasa, "action_server": stack.actions, "redis": stack.redis}
    return {name: round(rss_mb(proc.pid if proc else None), 1) for name, proc in procs.items()}


def cores() -> int:
    return len(os.sched_getaffinity(0))

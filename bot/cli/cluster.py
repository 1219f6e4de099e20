"""`python -m bot cluster` (make cluster): several servers behind HAProxy on one machine; Ctrl-C stops all."""

from __future__ import annotations

import signal
import time

from bot.ops.cluster import Cluster, ClusterConfig
from bot.ops.paths import VAR_DIR
from bot.ops.settings import load_settings


def run_cluster(servers: int, port: int, sentinel: bool) -> int:
    """Start the cluster, print where to reach it, restart servers that die, and stop it all on a signal."""
    config = ClusterConfig(
        base=VAR_DIR / "cluster",
        servers=servers,
        port=port,
        sentinel=sentinel,
        redis_url=load_settings().external_redis_url,
    )
    cluster = Cluster(config)
    stopping = False

    def _stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    redis_kind = "REDIS_URL" if config.redis_url else ("Sentinel group" if sentinel else "embedded Redis")
    print(f"Front Door cluster: starting {servers} servers, {redis_kind} and HAProxy ...", flush=True)
    try:
        cluster.start()
        print(
            f"""
Front Door cluster is running behind HAProxy at {config.url} ({servers} servers, {redis_kind}).
  Demo council page:   {config.url}/frontdoor/demo
  Readiness:           {config.url}/ready   (HAProxy checks each server's every second)
  Metrics (per server): GET http://127.0.0.1:<port>/metrics  (Authorization: Bearer {config.metrics_token})
  Servers:             {", ".join(str(s.config.rasa_port) for s in cluster.servers)}
  Triage API token:    {config.api_token}
  Logs:                {config.base}/
Press Ctrl-C to stop everything.""",
            flush=True,
        )
        while not stopping:
            for index, server in enumerate(cluster.servers):
                for name in server.check():
                    print(f"Front Door cluster: server {index}'s {name} was restarted.", flush=True)
            time.sleep(0.5)
    finally:
        print("Front Door cluster: stopping ...", flush=True)
        cluster.stop()
    return 0

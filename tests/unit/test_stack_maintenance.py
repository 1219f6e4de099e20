"""The embedded Redis's append-only file is rewritten on schedule, so an expired conversation leaves the disk
too (Redis alone rewrites only when the file doubles)."""

from __future__ import annotations

import time
from pathlib import Path

import redis

from bot.ops.stack import Stack, StackConfig


def test_expired_data_leaves_the_append_only_file_after_the_scheduled_rewrite(tmp_path: Path) -> None:
    stack = Stack(StackConfig.isolated(tmp_path))
    stack.start_redis()
    try:
        client = redis.Redis.from_url(stack.config.effective_redis_url)
        client.set("frontdoor:tracker:someone", "flat 3, 12 Example Road", px=200)
        client.set("frontdoor:tracker:other", "still here", ex=600)
        aof = stack.config.data_dir / "appendonly.aof"
        deadline = time.monotonic() + 5
        while b"Example Road" not in aof.read_bytes() and time.monotonic() < deadline:
            time.sleep(0.05)  # appendfsync everysec
        assert b"Example Road" in aof.read_bytes()
        time.sleep(0.3)
        assert client.get("frontdoor:tracker:someone") is None  # expired
        assert not stack.rewrite_aof_when_due(every=3600)  # not due yet
        assert stack.rewrite_aof_when_due(every=0)
        deadline = time.monotonic() + 10
        while b"Example Road" in aof.read_bytes() and time.monotonic() < deadline:
            time.sleep(0.1)
        content = aof.read_bytes()
        assert b"Example Road" not in content
        assert b"still here" in content
    finally:
        stack.stop()

"""Train a Rasa model and record how long it took next to it (`<model>.train.json`), so the benchmark report
can quote training time without training again.

Usage: .venv/bin/python -m bench.train --config config.yml --out models --name frontdoor [--epochs N]
  --data PATH... the training data (default: data)
  --epochs N     rewrite every `epochs:` in the config to N first (a quicker, under-trained peer)
  --fresh-cache  train with an empty Rasa cache, so the time is a from-scratch training time
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from bot.ops.paths import ROOT, VAR_DIR
from bot.ops.settings import process_environment


def train(
    config: Path,
    out: Path,
    name: str,
    epochs: int | None = None,
    fresh_cache: bool = False,
    data: list[str] | None = None,
) -> dict[str, object]:
    if epochs is not None:
        text = re.sub(r"(?m)^(\s*epochs:\s*)\d+", rf"\g<1>{epochs}", config.read_text())
        config = VAR_DIR / f"{name}.config.yml"
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text(text)
    command = [
        sys.executable, "-m", "rasa", "train",
        "--config", str(config), "--domain", "domain.yml", "--data", *(data or ["data"]),
        "--out", str(out), "--fixed-model-name", name, "--augmentation", "0",
    ]  # fmt: skip
    env = process_environment()
    if fresh_cache:
        env["RASA_CACHE_DIRECTORY"] = tempfile.mkdtemp(prefix="rasa-cache-")
    started = time.monotonic()
    subprocess.run(command, cwd=ROOT, check=True, env=env)
    record: dict[str, object] = {
        "seconds": round(time.monotonic() - started, 1),
        "config": str(config.relative_to(ROOT)) if config.is_relative_to(ROOT) else str(config),
        "epochs_override": epochs,
        "rasa_cache": "fresh" if fresh_cache else "reused where inputs were unchanged",
        "trained_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    (out / f"{name}.train.json").write_text(json.dumps(record, indent=2) + "\n")
    return record


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--epochs", type=int, default=None)
    parser.add_argument("--fresh-cache", action="store_true")
    parser.add_argument("--data", nargs="+", default=["data"])
    args = parser.parse_args()
    print(json.dumps(train(args.config, args.out, args.name, args.epochs, args.fresh_cache, args.data)))


if __name__ == "__main__":
    main()

"""`make bench`: every measurement for Front Door and for the stock-Rasa peer in one run, then
bench/results/<date>/report.md (with PNG plots) and the raw figures as JSON. Prints the headline table.

Usage: .venv/bin/python -m bench.run [--quick]   (--quick: small samples, for a smoke run)
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path
from typing import Any

from bench import quality, serving
from bench.intent_view import decision_from_intent
from bench.report import HEADER, headline, markdown_table, plots, write_markdown
from bench.stacks import FRONTDOOR, PEER, PEER_MODEL, cores
from bot.ops.paths import MODEL_PATH, ROOT

RESULTS = ROOT / "bench" / "results"


def training_record(model: Path) -> dict[str, Any]:
    record = model.with_name(model.name.replace(".tar.gz", ".train.json"))
    return json.loads(record.read_text()) if record.exists() else {"seconds": None}


def run(quick: bool, out: Path, peer_model: Path = PEER_MODEL) -> dict[str, Any]:
    plan = serving.Plan.quick() if quick else serving.Plan()
    limit = 25 if quick else None
    started = time.monotonic()
    timings: dict[str, float] = {}

    def step(name: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        t0 = time.monotonic()
        print(f"[bench] {name} ...", flush=True)
        result = fn(*args, **kwargs)
        timings[name] = round(time.monotonic() - t0, 1)
        return result

    frontdoor: dict[str, Any] = {"system": FRONTDOOR, "training": training_record(MODEL_PATH)}
    peer: dict[str, Any] = {"system": PEER, "training": training_record(peer_model)}
    frontdoor["quality"] = step("quality: Front Door", quality.run, limit)
    peer["quality"] = step("quality: stock Rasa", quality.run, limit, str(peer_model), decision_from_intent)
    frontdoor["serving"] = step("serving: Front Door", serving.measure, FRONTDOOR, plan)
    two_workers = step("serving: Front Door, 2 workers", serving.concurrency_only, FRONTDOOR, plan, 2)
    peer["serving"] = step("serving: stock Rasa", serving.measure, PEER, plan, peer_model)

    out.mkdir(parents=True, exist_ok=True)
    peer_epochs = peer["training"].get("epochs_override")
    meta = {
        "date": date.today().isoformat(),
        "cores": cores(),
        "quick": quick,
        "peer_training": f"epochs cut to {peer_epochs}" if peer_epochs else "its default 100 epochs",
        "variants": [("Front Door, 2 workers", {"serving": two_workers})],
        "step_seconds": timings,
        "total_seconds": round(time.monotonic() - started, 1),
    }
    for name, figures in ((FRONTDOOR, frontdoor), (PEER, peer)):
        (out / f"{name}.json").write_text(json.dumps(figures, indent=2) + "\n")
    (out / "frontdoor_2_workers.json").write_text(json.dumps(two_workers, indent=2) + "\n")
    (out / "meta.json").write_text(json.dumps({k: v for k, v in meta.items() if k != "variants"}, indent=2))
    images = plots(frontdoor, peer, out)
    write_markdown(frontdoor, peer, meta, images, out)
    return {"frontdoor": frontdoor, "peer": peer, "meta": meta}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--peer-model", type=Path, default=PEER_MODEL)
    args = parser.parse_args()
    out = args.out or RESULTS / (date.today().isoformat() + ("-quick" if args.quick else ""))
    result = run(args.quick, out, args.peer_model)
    print()
    print(markdown_table(headline(result["frontdoor"], result["peer"]), HEADER))
    print(f"\nReport: {out / 'report.md'}  (took {result['meta']['total_seconds'] / 60:.1f} min)")


if __name__ == "__main__":
    main()

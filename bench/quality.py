"""Quality figures through `python -m bot triage --jsonl`: NLU dev and blind hold-out sets, the safety dev and
blind hold-out sets, and FixMyStreet residents' words (when ../shared/eval is present).

Usage: .venv/bin/python -m bench.quality [--limit N]   (N limits each set, for a quick smoke run)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bench import fixmystreet
from bench.nlu_eval import DEV_SET, HOLDOUT_SET, load_examples, score, unseen
from bench.safety_eval import SAFETY_SET, load_cases
from bench.safety_eval import score as safety_score
from bench.triage_runner import triage_many
from bot.catalogue import load_catalogue

SAFETY_HOLDOUT = SAFETY_SET.with_name("safety_holdout.yml")


def route_of(intent: str) -> str:
    catalogue = load_catalogue()
    if intent in catalogue:
        return catalogue.service(intent).route.value
    return "out_of_scope" if intent == "out_of_scope" else "conversation"


def nlu(path: Path, limit: int | None) -> dict[str, Any]:
    examples = unseen(load_examples(path))[:limit]
    result = score(examples, triage_many([t for _, t in examples]), route_of)
    return {
        "examples": result.total,
        "intent_accuracy": round(result.intent_accuracy, 4),
        "macro_f1": round(result.macro_f1(), 4),
        "decision_accuracy": round(result.decision_accuracy, 4),
        "route_accuracy": round(result.route_accuracy, 4),
        "clarified": result.clarified,
        "top_confusions": [[a, b, n] for (a, b), n in result.confusions.most_common(15)],
    }


def safety(path: Path, limit: int | None) -> dict[str, Any]:
    cases = load_cases(path)[:limit]
    decisions = triage_many([c["text"] for c in cases])
    flags = {c["text"]: d["safety"] for c, d in zip(cases, decisions, strict=True)}
    result = safety_score(cases, lambda text: flags[text])
    return {
        "positives": result.positives,
        "negatives": result.negatives,
        "recall": round(result.recall, 4),
        "any_safety_answer_recall": round(result.any_flag_recall, 4),
        "false_alarm_rate": round(result.false_alarm_rate, 4),
        "per_label": {k: f"{c}/{n}" for k, (c, n) in sorted(result.per_label.items())},
    }


def run(limit: int | None = None) -> dict[str, Any]:
    report: dict[str, Any] = {
        "nlu_holdout_blind": nlu(HOLDOUT_SET, limit),
        "nlu_dev": nlu(DEV_SET, limit),
        "safety_holdout_blind": safety(SAFETY_HOLDOUT, limit),
        "safety_dev": safety(SAFETY_SET, limit),
    }
    if fixmystreet.FIXMYSTREET_CSV.exists():
        rows = fixmystreet.load_rows(limit)
        decisions = triage_many([fixmystreet.message(r) for r in rows])
        report["fixmystreet"] = fixmystreet.score(rows, decisions).as_dict()
    else:
        report["fixmystreet"] = "skipped: ../shared/eval/fixmystreet_dev.csv is not present"
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None)
    print(json.dumps(run(parser.parse_args().limit), indent=2))


if __name__ == "__main__":
    main()

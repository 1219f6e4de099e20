"""Quality figures through `python -m bot triage --jsonl` (one model load for every set): the NLU dev and blind
hold-out sets, the safety dev and blind hold-out sets, FixMyStreet residents' words and the public
out-of-scope sets (the last two when ../shared/eval is present).

Usage: .venv/bin/python -m bench.quality [--limit N] [--model PATH --intent-only]
  --limit N      at most N rows per set (a quick smoke run)
  --intent-only  score from the model's top intent alone (how the stock-Rasa peer is scored)
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import fixmystreet, out_of_scope
from bench.intent_view import decision_from_intent
from bench.nlu_eval import DEV_SET, HOLDOUT_SET, load_examples, score, unseen
from bench.safety_eval import SAFETY_SET, load_cases
from bench.safety_eval import score as safety_score
from bench.triage_runner import triage_many
from bot.catalogue import load_catalogue

SAFETY_HOLDOUT = SAFETY_SET.with_name("safety_holdout.yml")
# Blind set 2: written for the sentence-encoder gate by an author who never saw the training data or the rules.
# The gate's options (classifier target recall, rule corroboration) were compared on it, so it is a dev figure.
SAFETY_BLIND_2 = SAFETY_SET.with_name("safety_blind.yml")
# Blind set 3: a third author, written after every gate choice was made; nothing was chosen by it.
SAFETY_BLIND_3 = SAFETY_SET.with_name("safety_blind_3.yml")
View = Callable[[dict[str, Any]], dict[str, Any]]


def route_of(intent: str) -> str:
    catalogue = load_catalogue()
    if intent in catalogue:
        return catalogue.service(intent).route.value
    return "out_of_scope" if intent == "out_of_scope" else "conversation"


def nlu(examples: list[tuple[str, str]], decisions: list[dict[str, Any]]) -> dict[str, Any]:
    result = score(examples, decisions, route_of)
    return {
        "examples": result.total,
        "intent_accuracy": round(result.intent_accuracy, 4),
        "macro_f1": round(result.macro_f1(), 4),
        "decision_accuracy": round(result.decision_accuracy, 4),
        "route_accuracy": round(result.route_accuracy, 4),
        "clarified": result.clarified,
        "top_confusions": [[a, b, n] for (a, b), n in result.confusions.most_common(15)],
    }


def safety(cases: list[dict[str, Any]], decisions: list[dict[str, Any]]) -> dict[str, Any]:
    flags = {c["text"]: d["safety"] for c, d in zip(cases, decisions, strict=True)}
    result = safety_score(cases, lambda text: flags[text])
    return {
        "positives": result.positives,
        "negatives": result.negatives,
        "recall": round(result.recall, 4),
        "any_safety_answer_recall": round(result.any_flag_recall, 4),
        "false_alarm_rate": round(result.false_alarm_rate, 4),
        "per_label": {k: f"{c}/{n}" for k, (c, n) in sorted(result.per_label.items())},
        "per_label_recall": {k: round(c / n, 4) for k, (c, n) in sorted(result.per_label.items())},
        "false_alarms_by_flag": {
            k: round(n / result.negatives, 4) for k, n in sorted(result.false_alarms_by_flag.items())
        },
        "per_kind": {k: f"{c}/{n}" for k, (c, n) in sorted(result.per_kind.items())},
    }


def run(limit: int | None = None, model: str | None = None, view: View | None = None) -> dict[str, Any]:
    """Every set through one triage run, scored; `view` turns each result into the decision that is scored."""
    holdout = unseen(load_examples(HOLDOUT_SET))[:limit]
    dev = unseen(load_examples(DEV_SET))[:limit]
    safety_blind = load_cases(SAFETY_HOLDOUT)[:limit]
    safety_blind_2 = load_cases(SAFETY_BLIND_2)[:limit]
    safety_blind_3 = load_cases(SAFETY_BLIND_3)[:limit]
    safety_dev = load_cases(SAFETY_SET)[:limit]
    fms_rows = fixmystreet.load_rows(limit) if fixmystreet.FIXMYSTREET_CSV.exists() else []
    oos_rows = out_of_scope.load_rows(limit) if out_of_scope.available() else []
    texts = (
        [t for _, t in holdout]
        + [t for _, t in dev]
        + [c["text"] for c in safety_blind]
        + [c["text"] for c in safety_blind_2]
        + [c["text"] for c in safety_blind_3]
        + [c["text"] for c in safety_dev]
        + [fixmystreet.message(r) for r in fms_rows]
        + [r.text for r in oos_rows]
    )
    results = triage_many(texts, model, parse_only=view is not None)
    decisions = [view(r) for r in results] if view else results

    def take(n: int) -> list[dict[str, Any]]:
        nonlocal decisions
        head, decisions = decisions[:n], decisions[n:]
        return head

    report: dict[str, Any] = {
        "nlu_holdout_blind": nlu(holdout, take(len(holdout))),
        "nlu_dev": nlu(dev, take(len(dev))),
        "safety_holdout_blind": safety(safety_blind, take(len(safety_blind))),
        "safety_blind_2": safety(safety_blind_2, take(len(safety_blind_2))),
        "safety_blind_3": safety(safety_blind_3, take(len(safety_blind_3))),
        "safety_dev": safety(safety_dev, take(len(safety_dev))),
    }
    fms_decisions, oos_decisions = take(len(fms_rows)), take(len(oos_rows))
    report["fixmystreet"] = (
        fixmystreet.score(fms_rows, fms_decisions).as_dict()
        if fms_rows
        else "skipped: ../shared/eval/fixmystreet_dev.csv is not present"
    )
    report["out_of_scope"] = (
        out_of_scope.score(oos_rows, oos_decisions)
        if oos_rows
        else "skipped: the CLINC150, HWU64 and BANKING77 files are not in ../shared/eval"
    )
    return report


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--intent-only", action="store_true")
    args = parser.parse_args()
    view = decision_from_intent if args.intent_only else None
    report = run(args.limit, str(args.model) if args.model else None, view)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

"""Which service classifier? DIET (sparse + dense sentence features), a logistic regression or nearest-neighbour
model over the sentence encoder alone, the regression with word n-grams, and DIET blended with it at several
weights: each ranking put through the same `decide()` (same safety assessment, scope signal and thresholds) on
the same messages. "shipped" is the trained model's own ranking (the blend it was configured with).

Sets: the FixMyStreet dev set and the out-of-scope sets (../shared/eval, measurement only), the NLU dev set and
the scope dev set (tests/data, the sets choices are made on) and the NLU blind hold-out. The candidates other
than DIET are trained here on data/nlu only, exactly as the model trains them.

Usage: .venv/bin/python -m bench.service_compare [--model PATH] [--oos-limit N] [--fms-limit N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import yaml

from bench import fixmystreet, out_of_scope
from bench.nlu_eval import DEV_SET, HOLDOUT_SET, decision_label, load_examples, unseen
from bot.core.decide import decide
from bot.core.parse import IntentScore, Parse
from bot.core.service_classifier import blend, train_service_classifier
from bot.core.text_guard import guard
from bot.encoder import load_encoder
from bot.ops.paths import ROOT
from bot.places.postcode import split_postcode
from bot.rasa.nlu.service_component import DIET_RANKING_KEY

SCOPE_DEV = ROOT / "tests" / "data" / "scope_dev.yml"
BLEND_WEIGHTS = (0.3, 0.5, 0.7, 0.8)
KNN_NEIGHBOURS = 10
KNN_TEMPERATURE = 0.05
Scores = dict[str, float]


@dataclass(frozen=True)
class Parsed:
    """One message as the model saw it, with what every candidate needs."""

    text: str
    vector: np.ndarray
    shipped: Scores
    diet: Scores
    parse_data: dict[str, Any]


def _parse_all(texts: Sequence[str], model: str | None) -> list[Parsed]:
    from bot.cli.lookup import load_parser

    parse = load_parser(model)
    loop = asyncio.new_event_loop()
    words_of = [split_postcode(guard(t).text)[0] for t in texts]
    vectors = load_encoder().encode([w or " " for w in words_of])
    out = []
    for words, vector in zip(words_of, vectors, strict=True):
        data: dict[str, Any] = loop.run_until_complete(parse(words)) if words else {"text": ""}
        shipped = _scores(data.get("intent_ranking"))
        diet = _scores(data.get(DIET_RANKING_KEY)) if DIET_RANKING_KEY in data else shipped
        out.append(Parsed(words, vector, shipped, diet, data))
    return out


def _scores(ranking: list[dict[str, Any]] | None) -> Scores:
    return {r["name"]: float(r["confidence"]) for r in ranking or []}


def _training() -> tuple[list[str], list[str]]:
    from rasa.shared.nlu.training_data.loading import load_data

    examples = [m for m in load_data(str(ROOT / "data" / "nlu")).intent_examples if m.get("text")]
    return [m.get("text") for m in examples], [m.get("intent") for m in examples]


def _decide(item: Parsed, scores: Scores) -> dict[str, Any]:
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    parse = Parse.from_rasa({**item.parse_data, "intent_ranking": []})
    parse = replace(parse, intents=tuple(IntentScore(n, c) for n, c in ranked))
    decision = decide(parse).to_json()
    decision["nlu"] = {"intent": ranked[0][0] if ranked else None}
    return decision


def _knn(vectors: np.ndarray, labels: list[str]) -> Callable[[np.ndarray], Scores]:
    """Similarity-weighted vote of the nearest training examples."""
    names = np.asarray(labels)

    def scores(vector: np.ndarray) -> Scores:
        sims = vectors @ vector
        nearest = np.argpartition(-sims, KNN_NEIGHBOURS)[:KNN_NEIGHBOURS]
        votes: Scores = {}
        for j in nearest:
            votes[names[j]] = votes.get(names[j], 0.0) + float(np.exp(sims[j] / KNN_TEMPERATURE))
        total = sum(votes.values())
        return {k: v / total for k, v in votes.items()}

    return scores


def candidates() -> dict[str, Callable[[Parsed], Scores]]:
    texts, labels = _training()
    vectors = load_encoder().encode(texts)
    encoder_only = train_service_classifier(texts, vectors, labels, use_words=False)
    with_words = train_service_classifier(texts, vectors, labels)
    knn = _knn(vectors, labels)
    out: dict[str, Callable[[Parsed], Scores]] = {
        "shipped": lambda p: p.shipped,
        "diet": lambda p: p.diet,
        "lr_encoder": lambda p: encoder_only.ranking(p.text or " ", p.vector),
        "knn_encoder": lambda p: knn(p.vector),
        "lr_encoder_words": lambda p: with_words.ranking(p.text or " ", p.vector),
    }

    def blended(weight: float) -> Callable[[Parsed], Scores]:
        return lambda p: dict(blend(p.diet, with_words.ranking(p.text or " ", p.vector), weight))

    out |= {f"diet+lr_words@{w}": blended(w) for w in BLEND_WEIGHTS}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default=None)
    parser.add_argument("--oos-limit", type=int, default=None)
    parser.add_argument("--fms-limit", type=int, default=None)
    args = parser.parse_args()

    fms_rows = fixmystreet.load_rows(args.fms_limit)
    holdout = unseen(load_examples(HOLDOUT_SET))
    dev = unseen(load_examples(DEV_SET))
    scope_cases = yaml.safe_load(SCOPE_DEV.read_text())["cases"]
    oos_rows = [r for r in out_of_scope.load_rows(args.oos_limit) if not r.in_scope]
    texts = (
        [fixmystreet.message(r) for r in fms_rows]
        + [t for _i, t in holdout + dev]
        + [c["text"] for c in scope_cases]
        + [r.text for r in oos_rows]
    )
    parsed = iter(_parse_all(texts, args.model))
    fms, hold, dev_p, scope_p, oos_p = (
        [next(parsed) for _ in group] for group in (fms_rows, holdout, dev, scope_cases, oos_rows)
    )

    for name, rank in candidates().items():
        row: dict[str, Any] = {"candidate": name}
        score = fixmystreet.score(fms_rows, [_decide(p, rank(p)) for p in fms])
        result = score.as_dict()
        declined = sum(n for (_want, got), n in score.route_confusions.items() if got == "out_of_scope")
        row |= {"fms_route": result["route_accuracy"], "fms_tier": result["tier_accuracy"]}
        row |= {"fms_declined": declined, "fms_asked": score.clarify}
        for key, examples, items in (("holdout", holdout, hold), ("dev", dev, dev_p)):
            decisions = [_decide(p, rank(p)) for p in items]
            pairs = list(zip(decisions, examples, strict=True))
            row[f"{key}_intent"] = np.mean([d["nlu"]["intent"] == want for d, (want, _t) in pairs])
            row[f"{key}_decision"] = np.mean([decision_label(d) == want for d, (want, _t) in pairs])
        decisions = [_decide(p, rank(p)) for p in scope_p]
        by_scope = list(zip(decisions, scope_cases, strict=True))
        row["scope_out_routed"] = np.mean(
            [out_of_scope.routed(d) for d, c in by_scope if c["scope"] == "out"]
        )
        row["scope_in_answered"] = np.mean(
            [out_of_scope.routed(d) for d, c in by_scope if c["scope"] == "in"]
        )
        row["oos_routed"] = np.mean([out_of_scope.routed(_decide(p, rank(p))) for p in oos_p])
        print(
            json.dumps({k: round(float(v), 3) if k != "candidate" else v for k, v in row.items()}), flush=True
        )


if __name__ == "__main__":
    main()

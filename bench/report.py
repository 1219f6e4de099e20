"""Turn the raw benchmark figures into the headline table, report.md and PNG plots."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

Figures = dict[str, Any]


@dataclass(frozen=True)
class Row:
    """One headline figure: how to read it from a system's figures, and the target where the issue sets one."""

    label: str
    read: Callable[[Figures], float | str | None]
    unit: str = ""
    target: str = ""
    meets: Callable[[float], bool] | None = None


def _get(path: str) -> Callable[[Figures], Any]:
    def read(figures: Figures) -> Any:
        value: Any = figures
        for part in path.split("."):
            if not isinstance(value, dict) or part not in value:
                return None
            value = value[part]
        return value

    return read


def _level(n: int, key: str) -> Callable[[Figures], Any]:
    def read(figures: Figures) -> Any:
        for level in figures.get("serving", {}).get("concurrency", []):
            if level["conversations"] == n:
                return level.get(key)
        return None

    return read


def _huge(figures: Figures) -> str | None:
    huge = figures.get("serving", {}).get("huge_message")
    if not huge:
        return None
    took = f"{huge['ms'] / 1000:.1f} s" if huge.get("ms") is not None else "no reply"
    return f"{huge['outcome']}; {took}; peak {huge['peak_server_rss_mb'] / 1024:.2f} GB"


def _misses(figures: Figures) -> str | None:
    misses = _get("quality.fixmystreet.misses")(figures)
    if not isinstance(misses, dict):
        return None
    return " / ".join(str(misses.get(k, 0)) for k in ("declined", "asked", "safety_answer", "wrong_body"))


ROWS = [
    Row("NLU blind hold-out: intent accuracy", _get("quality.nlu_holdout_blind.intent_accuracy")),
    Row("NLU blind hold-out: macro-F1", _get("quality.nlu_holdout_blind.macro_f1")),
    Row("NLU blind hold-out: route accuracy", _get("quality.nlu_holdout_blind.route_accuracy")),
    Row("FixMyStreet: route accuracy", _get("quality.fixmystreet.route_accuracy")),
    Row("FixMyStreet: county/district tier accuracy", _get("quality.fixmystreet.tier_accuracy")),
    Row("FixMyStreet: right service (category)", _get("quality.fixmystreet.service_accuracy")),
    Row("FixMyStreet: misses declined / asked / safety answer / wrong body", _misses),
    *(
        row
        for key, name in (
            ("safety_blind_3", "Safety blind 3"),
            ("safety_holdout_blind", "Safety blind 1"),
            ("safety_blind_2", "Safety set 2 (dev: gate options compared on it)"),
        )
        for row in (
            Row(f"{name}: recall", _get(f"quality.{key}.recall"), "", "≥ 0.98", lambda v: v >= 0.98),
            *(
                Row(f"{name}: recall, {label}", _get(f"quality.{key}.per_label_recall.{label}"))
                for label in ("emergency", "crisis", "safeguarding", "child_at_risk", "domestic_abuse")
            ),
            Row(
                f"{name}: false alarms",
                _get(f"quality.{key}.false_alarm_rate"),
                "",
                "≤ 0.03",
                lambda v: v <= 0.03,
            ),
            *(
                Row(f"{name}: false alarms, {flag}", _get(f"quality.{key}.false_alarms_by_flag.{flag}"))
                for flag in ("emergency", "crisis", "child_at_risk", "domestic_abuse")
            ),
        )
    ),
    Row("Safety dev set: recall", _get("quality.safety_dev.recall")),
    Row(
        "Out-of-scope sets: wrongly routed",
        _get("quality.out_of_scope.wrongly_routed_rate"),
        "",
        "≤ 0.03",
        lambda v: v <= 0.03,
    ),
    Row(
        "Out-of-scope sets: given a 999 or crisis answer",
        _get("quality.out_of_scope.safety_flag_rate"),
        "",
        "≤ 0.003",
        lambda v: v <= 0.003,
    ),
    Row("Sequential reply p50", _get("serving.sequential.p50_ms"), "ms", "≤ 25", lambda v: v <= 25),
    Row("Sequential reply p95", _get("serving.sequential.p95_ms"), "ms", "≤ 60", lambda v: v <= 60),
    Row("Sequential reply p99", _get("serving.sequential.p99_ms"), "ms"),
    Row(
        "Throughput, 16 conversations", _level(16, "messages_per_second"), "msg/s", "≥ 80", lambda v: v >= 80
    ),
    Row("p95 at 16 conversations", _level(16, "p95_ms"), "ms", "≤ 300", lambda v: v <= 300),
    Row("Throughput, 64 conversations", _level(64, "messages_per_second"), "msg/s"),
    Row(
        "Turns 191-200 over turns 1-10",
        _get("serving.long_conversation.last_over_first"),
        "x",
        "≤ 1.2",
        lambda v: v <= 1.2,
    ),
    Row(
        "Max-length message: extra cost",
        _get("serving.length_cost.extra_ms"),
        "ms",
        "≤ 50",
        lambda v: v <= 50,
    ),
    Row("100,000-character message", _huge),
    Row(
        "Rasa server memory (all workers)",
        _get("serving.memory_mb.rasa_server"),
        "MB",
        "≤ 1229",
        lambda v: v <= 1229,
    ),
    Row("Action server memory", _get("serving.memory_mb.action_server"), "MB"),
    Row("Start to first reply", _get("serving.start_to_first_reply_s"), "s", "≤ 20", lambda v: v <= 20),
    Row("Training time", _get("training.seconds"), "s"),
    Row("Triage API p50", _get("serving.triage_api.sequential.p50_ms"), "ms", "≤ 15", lambda v: v <= 15),
    Row("Triage API throughput (16 clients)", _get("serving.triage_api.requests_per_second"), "req/s"),
]


def _fmt(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) <= 1 else f"{value:,.1f}"
    return str(value)


def headline(frontdoor: Figures, peer: Figures) -> list[list[str]]:
    """Rows of [figure, Front Door, stock Rasa, ratio, target, met]."""
    table = []
    for row in ROWS:
        ours, theirs = row.read(frontdoor), row.read(peer)
        ratio = ""
        if isinstance(ours, (int, float)) and isinstance(theirs, (int, float)) and theirs:
            ratio = f"{ours / theirs:.2f}x"
        met = ""
        if row.meets is not None and isinstance(ours, (int, float)):
            met = "yes" if row.meets(float(ours)) else "**no**"
        unit = f" {row.unit}" if row.unit and ours is not None and not isinstance(ours, str) else ""
        peer_unit = f" {row.unit}" if row.unit and theirs is not None and not isinstance(theirs, str) else ""
        table.append([row.label, _fmt(ours) + unit, _fmt(theirs) + peer_unit, ratio, row.target, met])
    return table


def markdown_table(rows: list[list[str]], header: list[str]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


HEADER = ["figure", "Front Door", "stock Rasa", "ratio", "target", "met"]


def plots(frontdoor: Figures, peer: Figures, out: Path) -> list[str]:
    """Latency by turn, throughput and p95 by concurrency, and the sequential latency spread."""
    systems = [("Front Door", frontdoor, "#1d4f91"), ("stock Rasa", peer, "#b35900")]
    made = []

    fig, ax = plt.subplots(figsize=(7, 4))
    for name, figures, colour in systems:
        turns = figures.get("serving", {}).get("long_conversation", {}).get("per_turn_ms") or []
        ax.plot(range(1, len(turns) + 1), turns, label=name, color=colour, linewidth=1)
    ax.set(xlabel="turn of one conversation", ylabel="reply latency (ms)", yscale="log")
    ax.set_title("Latency by turn (one 200-turn conversation)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(out / "latency_by_turn.png", dpi=120)
    made.append("latency_by_turn.png")

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    for name, figures, colour in systems:
        levels = figures.get("serving", {}).get("concurrency", [])
        xs = [lv["conversations"] for lv in levels]
        left.plot(xs, [lv["messages_per_second"] for lv in levels], "o-", label=name, color=colour)
        right.plot(xs, [lv.get("p95_ms") for lv in levels], "o-", label=name, color=colour)
    left.set(xlabel="concurrent conversations", ylabel="messages per second", xscale="log")
    right.set(xlabel="concurrent conversations", ylabel="p95 latency (ms)", xscale="log", yscale="log")
    left.set_title("Throughput")
    right.set_title("p95 latency")
    left.legend()
    fig.tight_layout()
    fig.savefig(out / "concurrency.png", dpi=120)
    made.append("concurrency.png")
    plt.close("all")
    return made


def write_markdown(
    frontdoor: Figures, peer: Figures, meta: dict[str, Any], images: list[str], out: Path
) -> Path:
    fd_q, peer_q = frontdoor.get("quality", {}), peer.get("quality", {})
    parts = [
        f"# Front Door benchmark, {meta['date']}",
        "",
        f"Machine: {meta['cores']} cores. Stock Rasa = `rasa init`'s pipeline and policies trained on Front Door's "
        f"data and domain ({meta['peer_training']}), Rasa's REST channel and Redis stores, Front Door's action with the safety rules only (stock Rasa has no safety gate). "
        "Both stacks ran on the same machine minutes apart, each with an embedded Redis and the local API sandbox.",
        "",
        "## Headline",
        "",
        markdown_table(headline(frontdoor, peer), HEADER),
        "",
        "Ratios are Front Door ÷ stock Rasa. The peer is scored from its top intent alone (it has no safety gate, "
        "decision layer or clarifying questions).",
        "",
        *[f"![{name}]({name})" for name in images],
        "",
        "## Concurrency",
        "",
        markdown_table(
            [
                [
                    name,
                    str(lv["conversations"]),
                    _fmt(lv["messages_per_second"]),
                    _fmt(lv.get("p50_ms")),
                    _fmt(lv.get("p95_ms")),
                    _fmt(lv.get("p99_ms")),
                    str(lv["errors"]),
                ]
                for name, figures in (
                    ("Front Door", frontdoor),
                    *meta.get("variants", []),
                    ("stock Rasa", peer),
                )
                for lv in figures.get("serving", {}).get("concurrency", [])
            ],
            ["system", "conversations", "msg/s", "p50 ms", "p95 ms", "p99 ms", "errors"],
        ),
        "",
        "## Which services get mixed up (blind hold-out, Front Door)",
        "",
        markdown_table(
            [[a, b, str(n)] for a, b, n in fd_q.get("nlu_holdout_blind", {}).get("top_confusions", [])],
            ["expected", "predicted", "count"],
        ),
        "",
        "## FixMyStreet confusions (Front Door; residents' own categories are noisy)",
        "",
        markdown_table(
            [[a, b, str(n)] for a, b, n in (fd_q.get("fixmystreet") or {}).get("top_service_confusions", [])]
            if isinstance(fd_q.get("fixmystreet"), dict)
            else [],
            ["resident's category", "Front Door's answer", "count"],
        ),
        "",
        "## Out of scope",
        "",
        _out_of_scope(fd_q.get("out_of_scope"), peer_q.get("out_of_scope")),
        "",
        "Raw figures: `frontdoor.json`, `stock_rasa.json` in this folder.",
    ]
    path = out / "report.md"
    path.write_text("\n".join(parts) + "\n")
    return path


def _out_of_scope(ours: Any, theirs: Any) -> str:
    if not isinstance(ours, dict):
        return str(ours)
    rows = []
    for name, stats in ours["per_set"].items():
        peer_stats = theirs["per_set"].get(name, {}) if isinstance(theirs, dict) else {}
        rows.append(
            [
                name,
                str(stats["rows"]),
                _fmt(stats["wrongly_routed_rate"]),
                _fmt(peer_stats.get("wrongly_routed_rate")),
            ]
        )
    treated = ours["in_scope_rows_treated_separately"]
    return "\n".join(
        [
            markdown_table(rows, ["set", "rows", "Front Door wrongly routed", "stock Rasa wrongly routed"]),
            "",
            f"Treated as in scope and left out of the rate: {treated['labels']} ({treated['rows']} rows; Front "
            f"Door routed {treated['routed']} of them: {treated['answers']}).",
            f"Front Door's most common wrong services: {ours['top_wrong_services']}.",
        ]
    )

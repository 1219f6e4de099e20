"""One named detector rule, with the messages that document it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety.flags import SafetyFlag
from bot.safety.patterns import compile_pattern


@dataclass(frozen=True)
class Rule:
    """One named detector rule; the flags on it say which context checks may suppress a match."""

    rule_id: str
    flag: SafetyFlag
    pattern: re.Pattern[str]
    examples: tuple[str, ...]  # messages that fire this rule
    near_misses: tuple[str, ...]  # similar messages that must not fire this rule
    negatable: bool = True  # a negation word just before the match suppresses it
    past_sensitive: bool = False  # a completed past event (past marker in the clause) is not an emergency
    weak: bool = False  # a message-level disclaimer ("not an emergency", "no one hurt") suppresses it
    needs_now: bool = False  # only fires with a "now" marker in the same sentence
    unless: re.Pattern[str] | None = None  # sentence-level exclusion
    msg_unless: re.Pattern[str] | None = None  # message-level exclusion
    gate: re.Pattern[str] | None = None  # cheap keyword pre-check: skip the full pattern when absent
    needs: re.Pattern[str] | None = None  # message-level requirement: a second signal that must co-occur


def rule(
    rule_id: str,
    flag: SafetyFlag,
    pattern: str,
    *,
    examples: tuple[str, ...],
    near_misses: tuple[str, ...],
    negatable: bool = True,
    past: bool = False,
    weak: bool = False,
    needs_now: bool = False,
    unless: str | None = None,
    msg_unless: str | None = None,
    gate: str | None = None,
    needs: str | None = None,
) -> Rule:
    """Build a rule: ``flag.value + "." + rule_id`` as its id, patterns expanded and compiled.

    ``examples`` must fire the rule and ``near_misses`` must not (tests/unit/test_safety_rules.py checks both).
    """
    if not examples or not near_misses:
        raise ValueError(f"rule {rule_id!r} needs at least one example and one near miss")
    prefix = flag.value + "."
    return Rule(
        rule_id=prefix + rule_id,
        flag=flag,
        pattern=compile_pattern(pattern),
        examples=examples,
        near_misses=near_misses,
        negatable=negatable,
        past_sensitive=past,
        weak=weak,
        needs_now=needs_now,
        unless=compile_pattern(unless) if unless else None,
        msg_unless=compile_pattern(msg_unless) if msg_unless else None,
        gate=re.compile(gate) if gate else None,
        needs=compile_pattern(needs) if needs else None,
    )

"""Every safety rule documents itself: its examples fire it and its near misses do not."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.safety import check
from bot.safety.rule import Rule
from bot.safety.rules import ALL_RULES, FAMILIES, ORDER

EXAMPLES = [
    pytest.param(rule.rule_id, text, id=f"{rule.rule_id}[{i}]")
    for rule in ALL_RULES
    for i, text in enumerate(rule.examples)
]
NEAR_MISSES = [
    pytest.param(rule.rule_id, text, id=f"{rule.rule_id}[{i}]")
    for rule in ALL_RULES
    for i, text in enumerate(rule.near_misses)
]


@pytest.mark.parametrize(("rule_id", "text"), EXAMPLES)
def test_example_fires_its_rule(rule_id: str, text: str) -> None:
    assert rule_id in check(text).matched


@pytest.mark.parametrize(("rule_id", "text"), NEAR_MISSES)
def test_near_miss_does_not_fire_its_rule(rule_id: str, text: str) -> None:
    assert rule_id not in check(text).matched


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda rule: rule.rule_id)
def test_every_rule_has_an_example_and_a_near_miss(rule: Rule) -> None:
    assert rule.examples
    assert rule.near_misses
    assert all(text.strip() for text in rule.examples + rule.near_misses)


def test_rule_ids_are_unique_and_prefixed_with_their_flag() -> None:
    ids = [rule.rule_id for rule in ALL_RULES]
    assert [rule_id for rule_id, n in Counter(ids).items() if n > 1] == []
    assert all(rule.rule_id.startswith(rule.flag.value + ".") for rule in ALL_RULES)


def test_all_rules_holds_every_family_rule_once_in_order() -> None:
    family_ids = sorted(rule.rule_id for family in FAMILIES for rule in family.RULES)
    assert sorted(rule.rule_id for rule in ALL_RULES) == family_ids
    assert tuple(rule.rule_id for rule in ALL_RULES) == ORDER


def test_each_family_module_holds_one_flag() -> None:
    for family in FAMILIES:
        assert len({rule.flag for rule in family.RULES}) == 1, family.__name__

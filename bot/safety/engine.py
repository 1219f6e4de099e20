"""The scan: masks, rules and context checks over one normalised message (:func:`check`), fragment joining
for telegraphic messages, and overlapping windows over long text (:func:`check_long`).
"""

from __future__ import annotations

import bisect
import re

from bot.safety.flags import SEVERITY, SafetyFlag, SafetyResult
from bot.safety.masks import (
    CLAUSE_SEP,
    DISCLAIMER,
    FOLLOW_PAST,
    MASK,
    NEG_BEFORE,
    NOW,
    PAST,
    PRESENT,
    SENT_SEP,
)
from bot.safety.normalise import cap, normalise_all
from bot.safety.patterns import expand
from bot.safety.rule import Rule
from bot.safety.rules import ALL_RULES

# The rules the engine runs (a module global, so a test can swap in a variant of them).
_RULES: tuple[Rule, ...] = ALL_RULES

_SPACES = re.compile(r"\s+")

# Crisis plus any of these means life may be at risk now: also raise EMERGENCY.
_IMMINENT = re.compile(
    expand(
        r"\b(?:tonight|right now|today|this minute|as we speak|about to|going to do it|on (?:the|"
        r"a) (?:bridge|ledge|roof|edge|railway|train tracks?|tracks|cliff)|(?:have|got|bought|collected|"
        r"saved up|stockpiled|holding|sat here with|sitting here with) (?:the |a |some |all |all the |"
        r"enough )?(?:<PILLS>|rope|knife|blade|razor|razors)|(?:wrote|written|writing|left) (?:a |"
        r"my )?(?:suicide )?note|saying goodbye|said goodbye|goodbye (?:to )?everyone|final goodbye|(?:have|"
        r"has|i have|i am|i) (?:just )?(?:taken|took|cut|overdosed|swallowed)|bleeding|cut (?:my|his|"
        r"her) wrists?|slit)\b"
    )
)


def _bounds(positions: list[int], start: int, end: int, length: int) -> tuple[int, int]:
    """Return the span between the nearest separators around [start, end)."""
    i = bisect.bisect_right(positions, start) - 1
    left = positions[i] if i >= 0 else 0
    j = bisect.bisect_left(positions, end)
    right = positions[j] if j < len(positions) else length
    return left, right


def _context_allows(
    rule: Rule,
    text: str,
    start: int,
    end: int,
    sent_pos: list[int],
    clause_pos: list[int],
    disclaimed: bool,
) -> bool:
    """Apply a rule's suppressions to one match; True means the match counts."""
    if rule.weak and disclaimed:
        return False
    s_left, s_right = _bounds(sent_pos, start, end, len(text))
    c_left, c_right = _bounds(clause_pos, start, end, len(text))
    sentence = text[s_left:s_right]
    if rule.negatable and NEG_BEFORE.search(text[max(c_left, start - 48) : start]):
        return False
    if rule.needs_now and not NOW.search(sentence):
        return False
    if rule.unless is not None and rule.unless.search(sentence):
        return False
    if rule.past_sensitive:
        clause = text[c_left:c_right]
        if not PRESENT.search(clause):
            if PAST.search(clause):
                return False
            # "... I was attacked, it was last night": the time is given in the next clause.
            follow = text[c_right : c_right + 160].partition(" . ")[0]
            if FOLLOW_PAST.search(follow) and PAST.search(follow):
                return False
    return True


_EMPTY = SafetyResult(flags=(), matched=())


def check(text: str) -> SafetyResult:
    """Scan one resident message for danger signals.

    Deterministic and linear-time in practice: input is capped, patterns are precompiled and bounded.
    Text longer than about 6,000 characters is scanned at its start and end only; use :func:`check_long`
    to scan all of a long text.
    """
    if not text or not text.strip():
        return _EMPTY
    return _scan(cap(text))


# Telegraphic messages ("car. upside down. in the river.") are also read with their fragments joined up.
_FRAGMENT_WORDS = 2
_MIN_FRAGMENTS = 3
_JOIN_MAX_CHARS = 2000


def _join_fragments(norm: str) -> str:
    """Join sentences where either neighbour is a fragment of at most two words (three sentences or more)."""
    parts = norm.split(" . ")
    if len(parts) < _MIN_FRAGMENTS:
        return norm
    out = [parts[0]]
    for part in parts[1:]:
        if min(len(out[-1].split()), len(part.split())) <= _FRAGMENT_WORDS:
            out[-1] = out[-1] + " " + part
        else:
            out.append(part)
    return " . ".join(out)


def _apply_rules(norm: str, hits: dict[SafetyFlag, list[str]]) -> None:
    """Run every rule over one normalised text, adding the ids of the rules that fire to ``hits``."""
    disclaimed = DISCLAIMER.search(norm) is not None
    masked = MASK.sub(" ~ ", norm)
    masked = " " + _SPACES.sub(" ", masked).strip() + " "
    sent_pos = [m.start() for m in SENT_SEP.finditer(masked)]
    clause_pos = [m.start() for m in CLAUSE_SEP.finditer(masked)]
    for rule in _RULES:
        found = hits.get(rule.flag)
        if found is not None and rule.rule_id in found:
            continue
        if rule.gate is not None and rule.gate.search(masked) is None:
            continue
        if rule.msg_unless is not None and rule.msg_unless.search(masked):
            continue
        if rule.needs is not None and rule.needs.search(masked) is None:
            continue
        for m in rule.pattern.finditer(masked):
            if _context_allows(rule, masked, m.start(), m.end(), sent_pos, clause_pos, disclaimed):
                hits.setdefault(rule.flag, []).append(rule.rule_id)
                break
    if SafetyFlag.CRISIS in hits and SafetyFlag.EMERGENCY not in hits and _IMMINENT.search(masked):
        hits[SafetyFlag.EMERGENCY] = ["emergency.crisis_imminent"]


def _scan(text: str) -> SafetyResult:
    """Run every rule over one piece of text (no length cap: callers bound the size)."""
    norm = normalise_all(text)
    if not norm:
        return _EMPTY
    hits: dict[SafetyFlag, list[str]] = {}
    _apply_rules(norm, hits)
    if len(norm) <= _JOIN_MAX_CHARS:
        joined = _join_fragments(norm)
        if joined != norm:
            _apply_rules(joined, hits)
    flags = tuple(flag for flag in SEVERITY if flag in hits)
    matched = tuple(rule_id for flag in flags for rule_id in hits[flag])
    return SafetyResult(flags=flags, matched=matched)


# Window edges move to the nearest whitespace within this share of the overlap, so no word is cut in two.
_EDGE_SHARE = 4


def _edge_slack(overlap: int) -> int:
    return min(overlap // _EDGE_SHARE, 60)


def check_long(text: str, window: int = 5000, overlap: int = 300) -> SafetyResult:
    """Scan all of a long text in overlapping windows and merge what they find.

    Each window is checked like one message; consecutive windows share ``overlap`` characters, so a danger
    phrase shorter than the overlap is always seen whole by some window. Window edges are nudged to the
    nearest whitespace (by at most a quarter of the overlap) so words are not cut in two. Flags come back in
    severity order and rule ids once each, flag by flag, in the order they were first found. Linear in the
    length of the text. Text no longer than ``window`` is checked exactly as :func:`check` does.
    """
    if window <= 0 or overlap < 0 or overlap >= window:
        raise ValueError("need window > 0 and 0 <= overlap < window")
    if not text or not text.strip():
        return _EMPTY
    if len(text) <= window:
        return _scan(text)
    length = len(text)
    step = window - overlap
    slack = _edge_slack(overlap)
    hits: dict[SafetyFlag, list[str]] = {}
    start = 0
    while start < length:
        end = min(start + window, length)
        lo, hi = start, end
        if lo > 0 and not text[lo - 1].isspace():
            for i in range(lo, min(lo + slack, hi)):
                if text[i].isspace():
                    lo = i + 1
                    break
        if hi < length and not text[hi].isspace():
            for i in range(hi - 1, max(hi - slack, lo) - 1, -1):
                if text[i].isspace():
                    hi = i
                    break
        for rule_id in _scan(text[lo:hi]).matched:
            found = hits.setdefault(SafetyFlag(rule_id.split(".", 1)[0]), [])
            if rule_id not in found:
                found.append(rule_id)
        if end >= length:
            break
        start += step
    flags = tuple(flag for flag in SEVERITY if flag in hits)
    matched = tuple(rule_id for flag in flags for rule_id in hits[flag])
    return SafetyResult(flags=flags, matched=matched)

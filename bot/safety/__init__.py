"""Deterministic safety detector for Front Door.

Runs before any intent classification so that danger is never left to a statistical model. The detector is a
set of named, precompiled regular expressions over a normalised copy of the message, with three kinds of
suppression that keep false alarms down without hiding real danger:

* idiom masks ("fire-engine red", "my phone died", "bleed the radiator") are blanked out before matching;
* negations ("no one hurt", "not an emergency") blank out the phrase they cover, and a message-level
  disclaimer switches off only the *weak* emergency rules; explicit danger ("not breathing", "on fire") still
  fires;
* completed past events ("I was attacked last night") are not emergencies unless a present marker is in the
  same clause ("right now", "still here").

Rules describe families of situations rather than sentences: "people hurt", "pouring with blood", "pinned
underneath", "gone under and not come back up", "pills in front of me", "hands round my neck". Ambiguous
signals are paired with a second one before they count (a rule's ``needs``): writing letters to the family
only counts with a second farewell sign, a bruise only counts with a child in the message, "can't get out"
only with fire or water. Each rule has a cheap keyword ``gate`` that only skips work, never changes a result.
Telegraphic messages ("car. upside down. in the river.") are read a second time with their fragments joined.

:func:`check` scans the start and end of very long input; :func:`check_long` scans all of it in overlapping
windows, linear in its length.

Only rule ids are reported, never user text, so results can be logged without personal data.

Layout: :mod:`~bot.safety.flags` (flags and results), :mod:`~bot.safety.normalise`, :mod:`~bot.safety.patterns`
(shared fragments), :mod:`~bot.safety.masks` (idioms, negations, context markers), :mod:`~bot.safety.rule`,
:mod:`~bot.safety.rules` (one module per family, each rule with examples that fire it and near misses that
must not) and :mod:`~bot.safety.engine` (the scan).
"""

from __future__ import annotations

from bot.safety.engine import check, check_long
from bot.safety.flags import SafetyFlag, SafetyResult
from bot.safety.normalise import normalise

__all__ = ["SafetyFlag", "SafetyResult", "check", "check_long", "normalise"]

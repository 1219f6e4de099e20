"""The safety gate: deterministic rules and a learned classifier, combined once per message.

This package's top level is the rules half (`check`, `check_long`); :mod:`~bot.safety.classifier` is the
learned half (a logistic regression over the sentence encoder and word n-grams), and :mod:`~bot.safety.gate`
combines both, with the guard's flags for text beyond the length cut, into the typed ``SafetyAssessment``
that travels with the parse and that ``decide()`` requires. Either half raises a flag; neither can lower one.

The rules are kept for explicit, unmistakable cues. They are a set of named, precompiled regular expressions over a normalised copy of the message, with three kinds of
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

Layout: :mod:`~bot.safety.flags` (flags and results), :mod:`~bot.safety.normalise` (with
:mod:`~bot.safety.confusables`, look-alike letters folded to Latin), :mod:`~bot.safety.patterns`
(shared fragments), :mod:`~bot.safety.masks` (idioms, negations, context markers), :mod:`~bot.safety.rule`,
:mod:`~bot.safety.rules` (one module per family, each rule with examples that fire it and near misses that
must not), :mod:`~bot.safety.engine` (the scan), :mod:`~bot.safety.classifier` and :mod:`~bot.safety.gate`.
"""

from __future__ import annotations

from bot.safety.engine import check, check_long
from bot.safety.flags import SafetyFlag, SafetyResult
from bot.safety.normalise import normalise

__all__ = ["SafetyFlag", "SafetyResult", "check", "check_long", "normalise"]

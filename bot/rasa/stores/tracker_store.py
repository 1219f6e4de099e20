"""An append-only Redis tracker store whose cost per turn does not grow with the conversation.

Rasa's RedisTrackerStore reads, replays, merges and rewrites the whole conversation on every turn, and the
policies and the action server then walk every event again. At turn 200 of one conversation that took over
5 seconds here. This store keeps the same information but:

- appends only the new events of each turn to a Redis list (`<prefix>:tracker:<sender>`), and keeps the
  current slot values as JSON in a key next to it (`<prefix>:tracker_slots:<sender>`); both expire together;
- hands Rasa a tracker of the latest *window*: the last `WINDOW_EVENTS` events, cut back to a whole turn and to
  the latest session start, preceded by the session start and the current slot values.

That is exact for Front Door's dialogue: every rule is one turn long and no slot influences the policies
(domain.yml sets `influence_conversation: false`), so nothing before the window can change a prediction. A
conversation shorter than the window is handed over exactly as stored. `retrieve_full_tracker` still returns
every event, for exports and the HTTP API.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import TrackerStore
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, Restarted, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.core.privacy import redact_event
from bot.ops.redis_config import REPLICA_ACK_MS, RedisSettings, clean_prefix, off_loop
from bot.rasa import speedups as rasa_speedups

# Events handed to the policies per turn. A Front Door turn is about 6 to 10 events (user message, action,
# responses, slots, listen), so this keeps the last few turns: far more than the one-turn rules need.
WINDOW_EVENTS = 60
# The stored conversation is capped (oldest events dropped) so a scripted flood can't grow a record forever.
MAX_STORED_EVENTS = 5000
# Set on the tracker handed to Rasa: how many of its events are already stored (the rest are new).
_STORED_MARK = "_frontdoor_stored_events"


class FrontDoorTrackerStore(TrackerStore):
    """Configured from REDIS_URL (or `url`), with a key prefix and a record expiry."""

    def __init__(
        self,
        domain: Domain,
        url: str | None = None,
        key_prefix: str | None = None,
        record_exp: float | str | None = None,
        event_broker: EventBroker | None = None,
        **kwargs: Any,
    ) -> None:
        settings = RedisSettings.from_env()
        self.record_exp = int(record_exp) if record_exp not in (None, "") else settings.retention_seconds
        prefix = clean_prefix(key_prefix or settings.key_prefix)
        self.events_prefix = f"{prefix}:tracker:"
        self.slots_prefix = f"{prefix}:tracker_slots:"
        self.red = settings.with_url(url).client()
        self.failover = settings.failover
        super().__init__(domain, event_broker, **kwargs)
        rasa_speedups.install()  # this store is built once per Rasa server: the server's set-up moment

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Append the turn's new events (or rewrite the record when the tracker did not come from here)."""
        events = list(tracker.events)
        stored = getattr(tracker, _STORED_MARK, None)
        new_events = events[stored:] if stored is not None else events
        restarts = [i for i, e in enumerate(new_events) if isinstance(e, Restarted)]
        if restarts:
            # "Start again" or "forget me": everything before it is deleted at once, not left to expire.
            new_events = new_events[restarts[-1] :]
            stored = None
        key, slots_key = self._keys(tracker.sender_id)
        # Stored redacted (bot.core.privacy): the turn that needed a detail has used it in memory already.
        records = [json.dumps(redact_event(e.as_dict())) for e in new_events]
        slots = json.dumps(tracker.current_slot_values())
        replace_record = stored is None  # a tracker built elsewhere (a new conversation, an API replace)

        def write() -> None:
            pipe = self.red.pipeline(transaction=True)
            if replace_record:
                pipe.delete(key)
            if records:
                pipe.rpush(key, *records)
                pipe.ltrim(key, -MAX_STORED_EVENTS, -1)
            pipe.set(slots_key, slots)
            pipe.expire(key, self.record_exp)
            pipe.expire(slots_key, self.record_exp)
            pipe.execute()
            if self.failover:
                self.red.wait(1, REPLICA_ACK_MS)

        await off_loop(write, failover=self.failover)
        setattr(tracker, _STORED_MARK, len(events))
        if self.event_broker is not None:
            await self._stream_new_events(self.event_broker, new_events, tracker.sender_id)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """The latest window of the latest session, with the current slot values."""
        key, slots_key = self._keys(sender_id)

        def read() -> list[Any]:
            pipe = self.red.pipeline(transaction=True)
            pipe.llen(key)
            pipe.lrange(key, -WINDOW_EVENTS, -1)
            pipe.get(slots_key)
            return pipe.execute()

        length, raw_tail, raw_slots = await off_loop(read, failover=self.failover)
        if not length:
            return None
        tail = _deserialise(raw_tail)
        slots = json.loads(raw_slots) if raw_slots else {}
        complete = length <= WINDOW_EVENTS
        window = _window(tail, whole_conversation=complete)
        if not complete and not _starts_session(window):
            window = _prefix(window, slots) + window
        tracker = self._tracker(sender_id, _restore_slots(window, slots))
        setattr(tracker, _STORED_MARK, len(tracker.events))
        return tracker

    async def retrieve_full_tracker(self, sender_id: str) -> DialogueStateTracker | None:
        """Every stored event of the conversation (redacted as saved), for exports and the HTTP API."""
        key, _ = self._keys(sender_id)
        raw = await off_loop(self.red.lrange, key, 0, -1, failover=self.failover)
        return self._tracker(sender_id, _deserialise(raw)) if raw else None

    async def keys(self) -> Iterable[str]:
        """The sender ids of every stored conversation (a SCAN of the event lists' keys)."""
        found = await off_loop(lambda: list(self.red.scan_iter(match=f"{self.events_prefix}*")))
        return [k[len(self.events_prefix) :] for k in found]

    def _keys(self, sender_id: str) -> tuple[str, str]:
        return self.events_prefix + sender_id, self.slots_prefix + sender_id

    def _tracker(self, sender_id: str, events: Sequence[Event]) -> DialogueStateTracker:
        tracker = self.init_tracker(sender_id)
        for event in events:
            tracker.update(event)
        return tracker


def _deserialise(raw: Sequence[str]) -> list[Event]:
    events = []
    for item in raw:
        event = Event.from_parameters(json.loads(item))
        if event is not None:
            events.append(event)
    return events


def _is_session_start(event: Event) -> bool:
    return isinstance(event, ActionExecuted) and event.action_name == ACTION_SESSION_START_NAME


def _starts_session(events: Sequence[Event]) -> bool:
    return bool(events) and _is_session_start(events[0])


def _restore_slots(window: Sequence[Event], slots: dict[str, Any]) -> list[Event]:
    """The stored events hold redacted slot values (bot.core.privacy); the slots record holds the current ones
    whole. Each slot's last SlotSet gets its current value back, so a tracker rebuilt from the events (Rasa
    copies trackers by replaying them) has the slots the conversation needs."""
    last: dict[str, int] = {}
    for index, event in enumerate(window):
        if isinstance(event, SlotSet):
            last[event.key] = index
    restored = list(window)
    for name, index in last.items():
        event = restored[index]
        if name in slots and isinstance(event, SlotSet) and event.value != slots[name]:
            restored[index] = SlotSet(name, slots[name], timestamp=event.timestamp, metadata=event.metadata)
    return restored


def _window(tail: list[Event], whole_conversation: bool) -> list[Event]:
    """From the latest session start in `tail` if there is one (Rasa's `retrieve` returns the latest session
    only); otherwise, when older events were left out, from the first user message so turns stay whole."""
    for index in range(len(tail) - 1, -1, -1):
        if _is_session_start(tail[index]):
            return tail[index:]
    if whole_conversation:
        return tail
    for index, event in enumerate(tail):
        if isinstance(event, UserUttered):
            return tail[index:]
    return tail


def _prefix(window: Sequence[Event], slots: dict[str, Any]) -> list[Event]:
    """A session start and the current slot values, dated just before the window, standing in for the events
    that were left out (none of which can affect a prediction: see the module docstring)."""
    stamp = (window[0].timestamp if window else 0.0) - 0.001
    events: list[Event] = [
        ActionExecuted(ACTION_SESSION_START_NAME, timestamp=stamp),
        SessionStarted(timestamp=stamp),
    ]
    events += [SlotSet(name, value, timestamp=stamp) for name, value in slots.items() if value is not None]
    events.append(ActionExecuted(ACTION_LISTEN_NAME, timestamp=stamp))
    return events

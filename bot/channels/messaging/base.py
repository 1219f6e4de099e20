"""What every messaging channel does with a webhook, in one place:

1. refuse it (403) unless the channel is configured and the signature checks out (fail closed);
2. read the platform's payload into `Inbound` messages;
3. drop message ids already seen (the platforms resend when they think we were slow);
4. answer 200 at once and do the rest in a background task, so a slow public API never makes a platform
   resend and nothing the person says waits on another person's lookup;
5. in the background: hashed sender id, location pins to postcodes, non-text messages explained, the words
   through the same guard and conversation as the REST webhook, and the replies shaped and posted.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.base import (
    handle,
    known_intents,
    prepare_text_off_loop,
    response_text,
    technical_problem_text,
)
from bot.channels.degraded import safety_reply
from bot.channels.messaging import templates
from bot.channels.messaging.config import MessagingSettings
from bot.channels.messaging.identity import hashed_sender
from bot.channels.messaging.outbound import Sender
from bot.channels.messaging.shaping import Answer, answers_from
from bot.channels.messaging.state import MessagingState
from bot.ops.metrics import count_degraded
from bot.places.errors import PlacesError

logger = logging.getLogger(__name__)
# Five decimal places (about a metre) are as exact as a phone's pin is; more would only be noise.
PIN_DECIMALS = 5

NO_WORDS_RESPONSE = "utter_no_words"
# domain.yml's `utter_no_words`, for a picture sent before a model is loaded (tests/unit/test_channel_base.py
# keeps the two equal).
NO_WORDS_TEXT = (
    "I can only read words, not pictures or emoji. Please tell me what's wrong in a few words. "
    "If anyone is in danger, call 999."
)


class Kind(enum.Enum):
    """What a person sent, which decides what happens to it: words and buttons go to the conversation, a pin
    goes as its postcode, media are answered here, and the rest gets no reply."""

    TEXT = "text"  # words (or a caption)
    BUTTON = "button"  # a tapped button / list row: `text` holds the payload
    LOCATION = "location"  # a location pin
    MEDIA = "media"  # something we can't read: `media` says what
    IGNORE = "ignore"  # reactions, edits, delivery receipts: no reply


@dataclass(frozen=True)
class Inbound:
    """One message from a person, whatever the platform. `user_id` is the raw platform id: it is hashed before
    it goes anywhere and never logged. `reply` carries what the platform needs to answer (numbers, chat id)."""

    platform: str
    message_id: str
    user_id: str
    kind: Kind
    text: str = ""
    latitude: float | None = None
    longitude: float | None = None
    media: str = ""
    reply: dict[str, Any] = field(default_factory=dict)


class AnswerCollector(CollectingOutputChannel):
    """Keeps each bot message whole (Rasa's collector splits paragraphs and drops the response name, which
    shaping needs to recognise the 999 answer)."""

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        """Keep the message as Rasa made it (text, buttons, response name), one entry per bot message."""
        self.messages.append(dict(message))


@dataclass(frozen=True)
class Wording:
    """Domain texts the channel needs outside a conversation turn, read from the loaded model's domain."""

    known_intents: frozenset[str]
    no_words: str
    technical_problem: str
    app: Any = None  # the web app, for the safety answer when the conversation is unavailable

    @classmethod
    def from_request(cls, request: Request) -> Wording:
        """Read once per webhook, while the request (and so the app) is at hand; the work runs later."""
        return cls(
            known_intents(request.app),
            response_text(request.app, NO_WORDS_RESPONSE) or NO_WORDS_TEXT,
            technical_problem_text(request.app),
            request.app,
        )


OnNewMessage = Callable[[UserMessage], Awaitable[Any]]
ReverseGeocode = Callable[[float, float], Awaitable[str | None]]


async def reverse_geocode(latitude: float, longitude: float) -> str | None:
    """The nearest postcode to a point from postcodes.io (through the shared client: sandbox, cache, deadline)."""
    from bot.places.factory import default_places
    from bot.places.postcodes_io import PostcodesIoClient

    client = default_places().postcodes
    if not isinstance(client, PostcodesIoClient):
        return None
    try:
        return await asyncio.get_running_loop().run_in_executor(
            None, client.nearest_postcode, latitude, longitude
        )
    except PlacesError as error:
        logger.warning("reverse geocoding failed: %s", type(error).__name__)
        return None


class MessagingInput(InputChannel):
    """Base for the WhatsApp, Twilio and Telegram channels (see the module docstring for the flow)."""

    # The platform's credentials.yml keys, each becoming the attribute of the same name, with how its value is
    # read (a missing or empty value arrives as ""). Subclasses list theirs and annotate the attributes.
    CREDENTIALS: ClassVar[Mapping[str, Callable[[str], str]]] = {}

    def __init__(self, *, settings: MessagingSettings | None = None, **credentials: str | None) -> None:
        """A channel from its credentials (keyword arguments named as in `CREDENTIALS`) and the shared
        settings (from the environment unless given)."""
        unknown = sorted(set(credentials) - set(self.CREDENTIALS))
        if unknown:
            raise TypeError(f"{type(self).__name__} got unexpected credentials: {', '.join(unknown)}")
        for key, read in self.CREDENTIALS.items():
            setattr(self, key, read(credentials.get(key) or ""))
        self.settings = settings or MessagingSettings.from_env()
        self.state = MessagingState(
            self.settings.redis, self.settings.dedupe_seconds, self.settings.redis.retention_seconds
        )
        self.sender = Sender(self.name())
        self.geocode: ReverseGeocode = reverse_geocode
        self._tasks: set[asyncio.Task[None]] = set()

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        """Rasa's constructor: this platform's `CREDENTIALS` keys from credentials.yml, as text."""
        c = credentials or {}
        given: dict[str, Any] = {key: str(c.get(key) or "") for key in cls.CREDENTIALS}
        return cls(**given)

    # -- what each platform provides

    def configured(self) -> bool:
        """True when the credentials to check and answer webhooks are set; if not, each webhook is refused."""
        raise NotImplementedError

    def verify(self, request: Request) -> bool:
        """True when the request's signature (or secret token) checks out against this channel's secret."""
        raise NotImplementedError

    def parse(self, request: Request) -> list[Inbound]:
        """The platform's payload as `Inbound` messages; ValueError, TypeError, KeyError or AttributeError for
        a payload it does not understand (answered 400)."""
        raise NotImplementedError

    async def deliver(self, inbound: Inbound, sender_id: str, answers: list[Answer]) -> None:
        """Shape `answers` for the platform and post them to the person (`inbound.reply` says where)."""
        raise NotImplementedError

    async def before_processing(self, inbound: Inbound) -> None:
        """Platform chores that must not wait for the answer (Telegram's answerCallbackQuery)."""

    async def words_for(self, inbound: Inbound, sender_id: str) -> str:
        """The text to hand to the conversation (SMS maps "2" to the second option's payload here)."""
        return inbound.text

    def add_routes(self, blueprint: Blueprint) -> None:
        """Extra routes (Meta's GET verification handshake)."""

    # -- the shared flow

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        """Rasa's hook: GET / (configured or not), POST /webhook (`receive`) and any `add_routes`."""
        blueprint = Blueprint(f"frontdoor_{self.name()}_webhook", __name__)

        @blueprint.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.configured() else "not configured"})

        @blueprint.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            return await self.receive(request, on_new_message)

        self.add_routes(blueprint)
        return blueprint

    async def receive(self, request: Request, on_new_message: OnNewMessage) -> HTTPResponse:
        """One webhook: 403 unless configured and signed, 400 for a payload not understood, else 200 straight
        away, each message not seen before processed in the background."""
        if not self.configured() or not self.sender_key_ok() or not self.verify(request):
            return response.json({"error": "forbidden"}, status=403)
        try:
            messages = self.parse(request)
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            logger.warning("%s webhook not understood: %s", self.name(), type(error).__name__)
            return response.json({"error": "bad request"}, status=400)
        wording = Wording.from_request(request)
        for inbound in messages:
            if inbound.kind is Kind.IGNORE:
                continue
            if not await self.state.first_time(inbound.platform, inbound.message_id):
                logger.info("%s: resent message ignored", inbound.platform)
                continue
            self.spawn(self.process(inbound, on_new_message, wording))
        return response.json({"status": "ok"})

    def sender_key_ok(self) -> bool:
        """True when FRONTDOOR_SENDER_ID_KEY is set: without it no id can be hashed, so all are refused."""
        if self.settings.sender_id_key:
            return True
        logger.error("%s refused: FRONTDOOR_SENDER_ID_KEY is not set", self.name())
        return False

    def spawn(self, work: Coroutine[Any, Any, None]) -> None:
        """Run `work` in the background, keeping a reference until it ends (the loop keeps weak ones only)."""
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)  # keep a reference until it finishes (the loop only holds weak ones)
        task.add_done_callback(self._tasks.discard)

    async def process(self, inbound: Inbound, on_new_message: OnNewMessage, wording: Wording) -> None:
        """Everything after the acknowledgement. Never raises; logs the failure's type only."""
        try:
            sender_id = hashed_sender(self.settings.sender_id_key, inbound.platform, inbound.user_id)
            await self.before_processing(inbound)
            answers = await self.answers_for(inbound, sender_id, on_new_message, wording)
            await self.deliver(inbound, sender_id, answers)
        except Exception as error:
            logger.error("%s message processing failed: %s", inbound.platform, type(error).__name__)

    async def answers_for(
        self, inbound: Inbound, sender_id: str, on_new_message: OnNewMessage, wording: Wording
    ) -> list[Answer]:
        """What to say to one message: media and unplaceable pins answered here, the rest through the guard
        and the conversation, and the safety or "try again" answer when nothing came back."""
        if inbound.kind is Kind.MEDIA:
            if inbound.media in templates.PICTURE_KINDS:
                return [Answer(wording.no_words)]
            what = templates.CANNOT_READ_WHAT.get(inbound.media, templates.CANNOT_READ_WHAT["other"])
            return [Answer(templates.CANNOT_READ.format(what=what))]
        if inbound.kind is Kind.LOCATION:
            postcode = None
            if inbound.latitude is not None and inbound.longitude is not None:
                postcode = await self.geocode(inbound.latitude, inbound.longitude)
            if not postcode:
                return [Answer(templates.LOCATION_NOT_FOUND)]
            raw = postcode  # the conversation reads a postcode on its own as the answer to "where?"
        else:
            raw = await self.words_for(inbound, sender_id)
        # Messaging apps map a numbered reply to the button it names (`words_for`): those payloads pass.
        text, guarded = await prepare_text_off_loop(raw, {f"/{intent}" for intent in wording.known_intents})
        if inbound.kind is Kind.LOCATION and inbound.latitude is not None and inbound.longitude is not None:
            # The pin itself travels too: a report to the council can use its exact point ("where exactly?").
            guarded = replace(
                guarded, pin=(round(inbound.latitude, PIN_DECIMALS), round(inbound.longitude, PIN_DECIMALS))
            )
        collector = AnswerCollector()
        messages = await handle(on_new_message, text, guarded, sender_id, self.name(), collector)
        if answers := answers_from(messages):
            return answers
        # Nothing came back (state or actions unavailable): danger still gets its safety answer.
        count_degraded(self.name())
        said = (
            await safety_reply(wording.app, text, guarded, self.name()) if wording.app is not None else None
        )
        return [Answer(said or wording.technical_problem)]

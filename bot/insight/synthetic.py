"""A synthetic month of contacts, replayed through the real routing so the report, the export and the dashboard
can be seen and tested without real people. No Rasa imports. SYNTHETIC DATA: nothing here was said by anyone.

Each contact is a short message written for this file, assessed by the real safety gate
(:func:`bot.safety.gate.assess`), given an intent ranking drawn from the catalogue's services, routed by the
real :func:`bot.core.decide.decide`, and recorded the way the doors record it (:func:`bot.insight.doors.outcome_of`,
:func:`bot.insight.doors.would_have_called`, :func:`bot.insight.events.outcome_event`). The intent ranking is
where the trained model would be: its confidences are drawn here, so the mix of answers, questions and
declines shows the routing rules at work, not the model's accuracy.

Every number below (how often each service comes up, the hours, the channels, the districts, how often people
tap "Did this help?") is SYNTHETIC: chosen to look plausible, measured from nothing. The districts are the
sandbox fixture postcodes (bot/sandbox/fixtures/postcodes_io.json), with their councils' GSS codes read from
the same file, so a synthetic month resolves like one served by the sandbox.

The default database for synthetic months is its own file (:data:`SYNTHETIC_DATABASE`), never the real one:
an event carries no mark of being synthetic, so once mixed in it could not be taken out again.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.catalogue import Catalogue, Route, load_catalogue
from bot.core.decide import Decision, decide
from bot.core.parse import IntentScore, Parse
from bot.insight.doors import body_code_of, outcome_of, would_have_called
from bot.insight.events import OutcomeEvent, outcome_event
from bot.insight.measures import Period
from bot.insight.store import InsightStore
from bot.ops.paths import ROOT, VAR_DIR
from bot.safety.gate import SafetyAssessment, assess

SYNTHETIC_DATABASE = VAR_DIR / "insight" / "synthetic.sqlite3"
POSTCODE_FIXTURES = ROOT / "bot" / "sandbox" / "fixtures" / "postcodes_io.json"
DEFAULT_SEED = 17
# About a small pilot's traffic: 60 messages a weekday, a month of about 1,600 outcome events.
DEFAULT_PER_DAY = 60

# SYNTHETIC: how often each catalogue service comes up, relative to one another (every service appears, so
# every route and answer can be seen; bins, potholes and crime reports lead, as councils' and forces' own
# contact figures suggest, but these numbers were chosen, not measured).
SERVICE_WEIGHTS: dict[str, float] = {
    "emergency": 1.0,
    "mental_health_crisis": 1.5,
    "child_at_risk": 0.6,
    "domestic_abuse": 1.0,
    "pothole": 5.0,
    "pavement": 1.5,
    "street_light": 2.0,
    "road_drain": 1.0,
    "traffic_lights": 0.8,
    "road_signs_markings": 0.5,
    "overgrown_vegetation": 1.0,
    "rights_of_way": 0.4,
    "highway_obstruction": 0.8,
    "roadworks": 0.8,
    "parking": 3.0,
    "adult_social_care": 1.2,
    "childrens_services": 1.0,
    "library": 0.6,
    "blue_badge": 1.2,
    "bus_pass": 0.8,
    "trading_standards": 0.7,
    "missed_bin": 6.0,
    "bulky_waste": 1.5,
    "new_bin": 1.5,
    "fly_tipping": 3.0,
    "litter": 1.0,
    "graffiti": 0.6,
    "dog_fouling": 0.8,
    "stray_dog": 0.5,
    "abandoned_vehicle": 1.0,
    "noise_nuisance": 4.0,
    "pests": 1.0,
    "council_tax": 4.0,
    "homelessness": 1.5,
    "housing_repair": 3.0,
    "food_hygiene": 0.5,
    "planning": 1.0,
    "parks_open_spaces": 0.6,
    "report_crime": 4.0,
    "antisocial_behaviour": 3.0,
    "drug_dealing": 1.2,
    "hate_crime": 0.6,
    "road_collision": 0.8,
    "missing_person": 0.3,
    "local_policing_team": 0.8,
    "nhs_111": 3.0,
    "gp": 3.0,
    "pharmacy": 1.5,
    "repeat_prescription": 1.2,
    "urgent_dental": 1.0,
    "mental_health_support": 1.5,
    "fraud_scam": 2.0,
    "gas_leak": 0.4,
    "power_cut": 0.8,
    "water_sewage": 1.0,
    "flooding": 0.4,
    "motorway_trunk_road": 0.4,
    "animal_welfare": 0.6,
    "dvla": 1.0,
    "consumer_complaint": 1.2,
}

# SYNTHETIC: short messages written for this file, a few per service. The safety services' messages carry
# cues the gate's rules recognise, since only the gate gives a safety answer.
TEXTS: dict[str, tuple[str, ...]] = {
    "emergency": (
        "someone is breaking into my house right now",
        "a man has collapsed in the street and isn't breathing",
    ),
    "mental_health_crisis": ("I want to kill myself", "I can't cope anymore and I want to end my life"),
    "child_at_risk": (
        "my neighbour hits his kids and I can hear them screaming",
        "I'm worried a child next door is being abused",
    ),
    "domestic_abuse": ("my partner hits me", "my husband hit me last night and I'm scared to go home"),
    "pothole": ("there's a huge pothole on our road", "a pothole on the high street burst my tyre"),
    "pavement": (
        "the pavement outside the shops is broken and uneven",
        "a paving slab is sticking up by the bus stop",
    ),
    "street_light": (
        "the street light outside my house has been out for a week",
        "street lamp keeps flickering all night",
    ),
    "road_drain": (
        "the drain on our road is blocked and the road floods",
        "blocked gully at the end of my street",
    ),
    "traffic_lights": (
        "the traffic lights at the crossroads are stuck on red",
        "the pedestrian crossing button doesn't work",
    ),
    "road_signs_markings": ("the give way lines have worn away", "a road sign has been knocked over"),
    "overgrown_vegetation": (
        "the hedge is so overgrown we can't use the pavement",
        "tree branches are hanging over the road",
    ),
    "rights_of_way": ("a farmer has blocked the public footpath", "the bridleway gate is locked"),
    "highway_obstruction": ("a skip is blocking the pavement", "scaffolding is blocking the road"),
    "roadworks": (
        "how long will the roadworks on the main road last",
        "temporary traffic lights have been up for weeks",
    ),
    "parking": ("how do I appeal a parking fine", "cars keep parking on the double yellow lines"),
    "adult_social_care": ("my mum needs help with care at home", "how do I get a care assessment for my dad"),
    "childrens_services": (
        "how do I apply for a school place",
        "I need help with my son's special educational needs",
    ),
    "library": ("what time does the library open", "how do I renew my library books"),
    "blue_badge": ("how do I apply for a blue badge", "my blue badge has expired"),
    "bus_pass": ("how do I get a free bus pass", "I've lost my older person's bus pass"),
    "trading_standards": (
        "a rogue trader charged my gran for work he never did",
        "a shop is selling fake chargers",
    ),
    "missed_bin": ("my bin wasn't collected this week", "the recycling wasn't picked up"),
    "bulky_waste": ("how do I get rid of an old sofa", "can the council collect my old fridge"),
    "new_bin": ("my wheelie bin is broken and I need a new one", "how do I order a recycling box"),
    "fly_tipping": (
        "someone dumped a mattress in the lane",
        "there's a pile of rubbish dumped by the garages",
    ),
    "litter": ("the park is covered in litter", "the street hasn't been swept for months"),
    "graffiti": ("someone sprayed graffiti on the bus shelter", "there's offensive graffiti on the wall"),
    "dog_fouling": ("dog mess all over the footpath", "people don't pick up after their dogs on the green"),
    "stray_dog": ("a stray dog is wandering on our estate", "I've found a lost dog"),
    "abandoned_vehicle": (
        "a car with no plates has been left on our street for weeks",
        "an abandoned van is parked outside",
    ),
    "noise_nuisance": ("my neighbours play loud music every night", "a dog barks all day next door"),
    "pests": ("we have rats in the garden", "there's a wasps nest by my door"),
    "council_tax": ("how do I pay my council tax", "I can't afford my council tax bill"),
    "homelessness": (
        "I'm being evicted next week and have nowhere to go",
        "my landlord gave me notice and I might be homeless",
    ),
    "housing_repair": ("my council flat has damp and mould", "the boiler in my council house is broken"),
    "food_hygiene": ("I got food poisoning from a takeaway", "the restaurant kitchen looked filthy"),
    "planning": (
        "my neighbour is building an extension without permission",
        "do I need planning permission for a shed",
    ),
    "parks_open_spaces": ("the playground swings are broken", "how do I get an allotment"),
    "report_crime": (
        "my bike was stolen from outside the station",
        "someone broke into my shed last night and took my tools",
    ),
    "antisocial_behaviour": (
        "teenagers keep hanging around shouting at people",
        "a gang on motorbikes rides up and down the estate",
    ),
    "drug_dealing": (
        "people are dealing drugs from the flat next door",
        "I keep seeing drug deals in the car park",
    ),
    "hate_crime": ("someone shouted racist abuse at me in the street", "I was targeted because I'm gay"),
    "road_collision": (
        "someone reversed into my car and drove off",
        "I had a minor crash and nobody was hurt",
    ),
    "missing_person": ("my brother hasn't come home for two days", "my elderly neighbour is missing"),
    "local_policing_team": ("who is my local police team", "when is the next police beat meeting"),
    "nhs_111": (
        "I need medical advice but it's not an emergency",
        "my child has a high temperature, who do I ask",
    ),
    "gp": ("how do I register with a GP", "I can't get a GP appointment"),
    "pharmacy": ("where is the nearest pharmacy open now", "which chemist is open on Sunday"),
    "repeat_prescription": ("how do I order my repeat prescription", "my repeat prescription hasn't arrived"),
    "urgent_dental": ("I have terrible toothache and no dentist", "I need an emergency dentist"),
    "mental_health_support": (
        "I've been feeling really low and want to talk to someone",
        "how do I get counselling for anxiety",
    ),
    "fraud_scam": ("I think I've been scammed online", "someone called pretending to be my bank"),
    "gas_leak": ("I can smell gas in my kitchen", "my carbon monoxide alarm keeps going off"),
    "power_cut": ("we have a power cut", "the electricity is off in our whole street"),
    "water_sewage": ("there's a water leak in the road", "sewage is coming up in my garden"),
    "flooding": ("the river is about to burst its banks", "how do I get flood warnings"),
    "motorway_trunk_road": ("there's debris on the M5", "a pothole on the motorway slip road"),
    "animal_welfare": ("my neighbour's dog is being neglected", "I found an injured fox"),
    "dvla": ("how do I renew my driving licence", "how do I tax my car"),
    "consumer_complaint": (
        "the shop won't refund my faulty washing machine",
        "my new phone broke after a week",
    ),
}
OUT_OF_SCOPE_TEXTS = ("what's the weather tomorrow", "tell me a joke", "who won the football last night")
CONVERSATION_TEXTS = ("hello", "thanks", "thank you, that's helpful")
HANDOFF_TEXTS = ("can I talk to a real person", "I want to speak to a human")
# How people say they'd otherwise have called the police (bot.insight.doors reads these from the words).
POLICE_SUFFIXES = (
    " should I call the police?",
    " I was going to ring 101.",
    " do I phone the police?",
    " I nearly rang 999.",
)
# SYNTHETIC: services whose messages add "should I call the police?" more often (nuisance and disputes
# people take to 101); every other service adds it now and then.
POLICE_MINDED = frozenset(
    {
        "noise_nuisance",
        "fly_tipping",
        "abandoned_vehicle",
        "parking",
        "highway_obstruction",
        "graffiti",
        "stray_dog",
        "trading_standards",
        "fraud_scam",
        "animal_welfare",
        "homelessness",
        "mental_health_support",
        "antisocial_behaviour",
        "report_crime",
        "drug_dealing",
        "road_collision",
    }
)
POLICE_MINDED_RATE = 0.30
POLICE_OTHER_RATE = 0.03

# SYNTHETIC: what kind of message it is. "service": the model is sure; "unsure": two services are close;
# the rest are not demand for a service.
KINDS = ("service", "unsure", "out_of_scope", "conversation", "handoff")
KIND_WEIGHTS = (0.72, 0.12, 0.08, 0.06, 0.02)
# SYNTHETIC: the doors' shares of traffic (the web widget leads; messaging apps and SMS next).
CHANNEL_WEIGHTS = {
    "rest": 0.40,
    "socketio": 0.10,
    "whatsapp": 0.20,
    "twilio": 0.10,
    "telegram": 0.05,
    "triage": 0.05,
    "console": 0.10,
}
# SYNTHETIC: contacts by UTC hour, 0 to 23: quiet overnight, busiest late morning and early evening.
HOUR_WEIGHTS = (1, 0.6, 0.4, 0.3, 0.3, 0.5, 1, 2, 4, 6, 7, 7, 6, 6, 6, 5, 5, 5, 6, 6, 5, 4, 3, 2)
# SYNTHETIC: Saturday and Sunday are quieter (Monday first).
WEEKDAY_FACTORS = (1.1, 1.0, 1.0, 1.0, 0.95, 0.75, 0.65)
# SYNTHETIC: weights of the fixture districts (Cheltenham, the pilot, leads).
DISTRICT_WEIGHTS = {
    "GL50": 0.30,
    "OX1": 0.15,
    "BS1": 0.15,
    "M2": 0.12,
    "SW1A": 0.10,
    "CF10": 0.08,
    "EH1": 0.05,
    "BT1": 0.05,
}
# SYNTHETIC: how often a postcode is given: usually when the answer depends on place, sometimes otherwise.
POSTCODE_RATE_PLACE = 0.85
POSTCODE_RATE_OTHER = 0.30
# SYNTHETIC: "Did this help?" taps on answers, and how many say yes.
FEEDBACK_RATE = 0.35
YES_RATE = 0.78


@dataclass(frozen=True)
class District:
    """A fixture postcode and the council codes postcodes.io gives for it."""

    postcode: str
    outcode: str
    district_gss: str | None
    county_gss: str | None


@dataclass(frozen=True)
class SyntheticMonth:
    """What a replay produced: the events (in time order) and how many messages made none (conversation)."""

    period: Period
    seed: int
    events: tuple[OutcomeEvent, ...]
    not_demand: int


@lru_cache(maxsize=1)
def fixture_districts() -> dict[str, District]:
    """The sandbox's postcodes by outward code, with county and district GSS codes ("E99999999" and the
    like mean "no county": a unitary council)."""
    data = json.loads(POSTCODE_FIXTURES.read_text(encoding="utf-8"))
    found: dict[str, District] = {}
    for entry in data["postcodes"].values():
        result = entry.get("result", entry)
        codes = result.get("codes") or {}
        county = codes.get("admin_county")
        found[result["outcode"]] = District(
            postcode=result["postcode"],
            outcode=result["outcode"],
            district_gss=codes.get("admin_district"),
            county_gss=None if not county or county.endswith("99999999") else county,
        )
    return found


def generate(
    period: Period,
    *,
    seed: int = DEFAULT_SEED,
    per_day: int = DEFAULT_PER_DAY,
    catalogue: Catalogue | None = None,
) -> SyntheticMonth:
    """Replay `per_day` synthetic messages a weekday (fewer at weekends) for every day of `period`. The same
    seed gives the same events, ids included, so a month written twice to one database is refused as a
    duplicate rather than counted twice."""
    if per_day < 1:
        raise ValueError("per_day must be at least 1")
    catalogue = catalogue or load_catalogue()
    _check_tables(catalogue)
    rng = random.Random(seed)
    replay = _Replay(catalogue, rng)
    for day in period.dates():
        contacts = round(per_day * WEEKDAY_FACTORS[day.weekday()] * rng.uniform(0.85, 1.15))
        for _ in range(contacts):
            replay.contact(day)
    events = tuple(sorted(replay.events, key=lambda event: (event.hour, event.id)))
    return SyntheticMonth(period, seed, events, replay.not_demand)


def write_month(
    store: InsightStore,
    period: Period,
    *,
    seed: int = DEFAULT_SEED,
    per_day: int = DEFAULT_PER_DAY,
    catalogue: Catalogue | None = None,
) -> SyntheticMonth:
    """Generate a month and store it in one transaction (the schema is migrated first), so a month is
    written whole or not at all."""
    month = generate(period, seed=seed, per_day=per_day, catalogue=catalogue)
    store.migrate()
    store.record_many(month.events)
    return month


class _Replay:
    """One synthetic message at a time, through the gate, decide() and the doors' recording."""

    def __init__(self, catalogue: Catalogue, rng: random.Random) -> None:
        self.catalogue = catalogue
        self.rng = rng
        self.services = list(SERVICE_WEIGHTS)
        self.service_weights = list(SERVICE_WEIGHTS.values())
        self.districts = [fixture_districts()[code] for code in DISTRICT_WEIGHTS]
        self.events: list[OutcomeEvent] = []
        self.not_demand = 0
        self._assessed: dict[str, SafetyAssessment] = {}

    def contact(self, day: dt.date) -> None:
        rng = self.rng
        hour = rng.choices(range(24), HOUR_WEIGHTS)[0]
        at = dt.datetime.combine(day, dt.time(hour, rng.randrange(60)), tzinfo=dt.timezone.utc)
        kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
        service = rng.choices(self.services, self.service_weights)[0]
        text, intents = self._message(kind, service)
        # The gate runs on every message; a text is assessed once (compute once, pass the result).
        safety = self._assessed.get(text)
        if safety is None:
            safety = self._assessed[text] = assess(text)
        decision = decide(Parse(text=text, intents=intents, safety=safety), catalogue=self.catalogue)
        outcome = outcome_of(decision)
        event_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))  # drawn for every message: stable ids
        if outcome is None:
            self.not_demand += 1
            return
        district = self._district(decision)
        channel = rng.choices(list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values()))[0]
        feedback = None
        if outcome == "answered" and rng.random() < FEEDBACK_RATE:
            feedback = "yes" if rng.random() < YES_RATE else "no"
        event = outcome_event(
            channel=channel,
            route=decision.route,
            outcome=outcome,
            service=decision.service,
            council_tier=decision.council_tier,
            body_code=body_code_of(self._localised(decision, district)),
            postcode=district.postcode if district else None,
            safety_flags=decision.safety,
            would_have_called=would_have_called(text),
            feedback=feedback,
            at=at,
        )
        self.events.append(replace(event, id=event_id))

    def _message(self, kind: str, service: str) -> tuple[str, tuple[IntentScore, ...]]:
        rng = self.rng
        if kind == "out_of_scope":
            top = IntentScore("out_of_scope", rng.uniform(0.6, 0.9))
            return rng.choice(OUT_OF_SCOPE_TEXTS), (top, *self._others(service, 1 - top.confidence, 2))
        if kind == "conversation":
            text = rng.choice(CONVERSATION_TEXTS)
            intent = "greet" if text == "hello" else "thank"
            return text, (IntentScore(intent, rng.uniform(0.8, 0.97)), IntentScore(service, 0.02))
        if kind == "handoff":
            return rng.choice(HANDOFF_TEXTS), (IntentScore("human_handoff", rng.uniform(0.7, 0.95)),)
        text = rng.choice(TEXTS[service])
        rate = POLICE_MINDED_RATE if service in POLICE_MINDED else POLICE_OTHER_RATE
        if rng.random() < rate:
            text += rng.choice(POLICE_SUFFIXES)
        if kind == "unsure":
            best = rng.uniform(0.36, 0.5)
            runner = rng.uniform(0.25, best - 0.01)
            others = self._others(service, runner, 1)
            rest = self._others(service, max(0.0, 1 - best - runner), 1)
            return text, (IntentScore(service, best), *others, *rest)
        best = rng.uniform(0.6, 0.97)
        return text, (IntentScore(service, best), *self._others(service, 1 - best, 2))

    def _others(self, not_this: str, mass: float, how_many: int) -> tuple[IntentScore, ...]:
        """Runners-up: other catalogue services sharing `mass`, most confident first."""
        names = self.rng.sample([name for name in self.services if name != not_this], how_many)
        shares = sorted((self.rng.random() for _ in names), reverse=True)
        scale = mass / (sum(shares) or 1.0)
        return tuple(IntentScore(name, share * scale) for name, share in zip(names, shares, strict=True))

    def _district(self, decision: Decision) -> District | None:
        """Whether a postcode was given (usually when the answer depends on place) and which."""
        service = self.catalogue.services.get(decision.service or "")
        place = service is not None and (service.location or service.route is Route.POLICE)
        if self.rng.random() >= (POSTCODE_RATE_PLACE if place else POSTCODE_RATE_OTHER):
            return None
        return self.rng.choices(self.districts, list(DISTRICT_WEIGHTS.values()))[0]

    def _localised(self, decision: Decision, district: District | None) -> Decision:
        """The decision as the doors would have it after bot.core.locate: a council service gets the council's GSS
        code (the county for county services where there is one, else the district or unitary council); a
        safety answer and every other route get no GSS code (police forces, NHS and utilities have none)."""
        service = self.catalogue.services.get(decision.service or "")
        if district is None or service is None or decision.safety or service.route is not Route.COUNCIL:
            return decision
        if not service.location:
            return decision
        code = district.county_gss if decision.council_tier == "county" and district.county_gss else None
        return replace(decision, body={"gss_code": code or district.district_gss})


def _check_tables(catalogue: Catalogue) -> None:
    """The synthetic tables must cover the catalogue exactly, and the districts must be fixture postcodes."""
    if set(SERVICE_WEIGHTS) != set(catalogue.services) or set(TEXTS) != set(catalogue.services):
        missing = set(catalogue.services).symmetric_difference(SERVICE_WEIGHTS)
        raise ValueError(f"the synthetic service tables don't match the catalogue: {sorted(missing)}")
    unknown = set(DISTRICT_WEIGHTS).difference(fixture_districts())
    if unknown:
        raise ValueError(f"not sandbox fixture districts: {sorted(unknown)}")

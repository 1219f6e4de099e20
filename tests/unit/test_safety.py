"""Deterministic safety detector: every rule family, negation, idioms, past events, odd input and speed.

Missing an emergency is the worst bug Front Door can have, so the positive cases are many and varied; the
negative cases are everyday council/police/NHS requests that use alarming words innocently.
"""

from __future__ import annotations

import dataclasses
import re
import time

import pytest

from bot.safety import SafetyFlag, SafetyResult, check

E = SafetyFlag.EMERGENCY
C = SafetyFlag.CRISIS
K = SafetyFlag.CHILD_AT_RISK
D = SafetyFlag.DOMESTIC_ABUSE
SAFE: tuple[SafetyFlag, ...] = ()

RULE_ID = re.compile(r"^(?:emergency|crisis|child_at_risk|domestic_abuse)\.[a-z0-9_]+$")


def flags_of(text: str) -> tuple[SafetyFlag, ...]:
    return check(text).flags


# ------------------------------------------------------------------------------------------------ emergency
EMERGENCY_CASES = [
    # medical
    "my dad has collapsed and he's not breathing",
    "HELP!!! my baby isnt breathing",
    "he cant breath",
    "he\u2019s not breathing",
    "my grandad is unresponsive",
    "my husband is lying on the floor and won't wake up",
    "there's an old man collapsed in the street outside Boots",
    "Help my mum collapsed in the kitchen",
    "baby is choking and turning blue",
    "the baby is blue and floppy",
    "someone is choking in the restaurant",
    "I think my husband is having a stroke, his face is drooping and his speech is slurred",
    "my wife can't lift her arm and her face has dropped",
    "my wife has chest pains and can't breathe properly",
    "my dad's got crushing chest pain and is sweating",
    "i think my dad is having a heart attack",
    "he's bleeding heavily from his head",
    "she's lost a lot of blood",
    "my son cut his leg and it won't stop bleeding",
    "my son is having a seizure and won't stop fitting",
    "my toddler is fitting",
    "her throat is closing up after eating peanuts",
    "she's having an allergic reaction and her tongue is swelling",
    "my mate has taken an overdose",
    "my son swallowed a whole packet of paracetamol",
    "my mum has taken too many tablets",
    "My mate collapsed after taking something at a party and he's barely breathing",
    "my nan has had a fall and hit her head and now she's confused and being sick",
    "Please call an ambulence my nan has fallen and cant get up",
    "need an ambulanse now",
    "send an ambulance quick",
    "ambulance please",
    # water
    "someone's drowning in the river",
    "child fell into the canal",
    "man in the river can't swim",
    # fire and explosions
    "the house next door is on fire",
    "smoke pouring out of the flat upstairs, I can see flames",
    "fire in the kitchen, chip pan went up",
    "flames coming out of the roof of the house opposite",
    "our neighbour's car is on fire on the drive",
    "I can smell burning and there's smoke coming from the plug socket",
    "our house is full of smoke",
    "kids have set a car alight in the car park",
    "bus is on fire on the high street",
    "electric scooter battery caught fire in the hallway",
    "i'm trapped in my flat, the fire is spreading",
    "Theres a fire!!",
    "fire",
    "FIRE! FIRE!",
    "there's been an explosion at the factory",
    "gas explosion on our street",
    # weapons and violence
    "there's a man with a knife outside the shop",
    "he's got a blade and he's threatening people",
    "some geezer with a shank outside the offy",
    "he pulled a knife on me",
    "two men with machetes fighting in the street",
    "someone's got a gun",
    "there's a bloke waving a gun about in the park",
    "there is a man with an axe in my garden",
    "ppl fighting outside with knives",
    "heard gunshots on our street",
    "someone is shooting at people",
    "my friend has been stabbed",
    "my mate got shanked",
    "a lad's been stabbed outside the chippy",
    "i've been stabbed",
    "someone's been shot",
    "i'm being attacked",
    "a woman is being attacked in the street",
    "somebody is being stabbed right now",
    "somebody is getting beaten up outside my house",
    "I'm being followed by a man and I'm scared",
    # intruders and crime in progress
    "someone is breaking into my house right now",
    "some1 is breaking in rn",
    "someone is trying to break in",
    "someone's trying to get in through the back door",
    "there is someone in my house",
    "I can hear someone downstairs",
    "intruder in the house, I'm hiding in the bathroom",
    "they are stealing my car right now",
    "a gang is smashing up the shop right now",
    "I need the police now, there's a fight with knives outside",
    "a child has been abducted from the park",
    "a woman has been pushed into a van, I think she's been kidnapped",
    # roads
    "car crash on the A40, two people trapped and one is unconscious",
    "serious accident on the M4, car overturned and people are injured",
    "a man has just been hit by a car outside the school",
    "a cyclist has been knocked off his bike and is not moving",
    "somebody's been run over",
    "a pensioner has been knocked down by a van, she's bleeding",
    "lorry crashed into a house and the driver is trapped",
    # people in peril
    "a man is on the edge of the bridge",
    "someone is on the roof of the car park threatening to jump",
    "my neighbour is dead i think, he's not answered the door for a week",
    # stated emergencies
    "it's an emergency please help my mum is unconscious",
    "Call 999 now",
]


@pytest.mark.parametrize("text", EMERGENCY_CASES)
def test_emergency_is_flagged(text: str) -> None:
    assert flags_of(text) == (E,)


# ------------------------------------------------------------------------------------------------ crisis
CRISIS_CASES = [
    "I can't cope any more",
    "i cant cope anymore",
    "everyone would be better off without me",
    "some days I think everyone would be better off if I wasn't here",
    "I don't want to wake up",
    "i want to kill myself",
    "kms",
    "i wanna end my life",
    "I just want to end it all",
    "i feel like ending it",
    "i want to die",
    "I wish I was dead",
    "feeling suicidal",
    "I've been feeling suicidal for weeks",
    "i've been thinking about suicide a lot",
    "I've been self harming again",
    "i have been cutting myself",
    "my son is self-harming",
    "I'm scared I might hurt myself",
    "there's no reason to live",
    "what's the point in living",
    "life isn't worth living",
    "I cant go on like this",
    "Honestly I cant do it anymore, I cant go on",
    "I don't want to be here anymore",
    "i dont want to be alive anymore",
    "i keep thinking about ending my life",
    "my friend says she wants to kill herself",
    "I feel unsafe with my own thoughts",
    "hearing voices telling me to hurt myself",
    "I'm a burden to everyone",
    "I'm in crisis and need help",
]


@pytest.mark.parametrize("text", CRISIS_CASES)
def test_crisis_is_flagged(text: str) -> None:
    assert flags_of(text) == (C,)


# ------------------------------------------------------------------------------------------------ child at risk
CHILD_CASES = [
    "the kids next door are left home alone all the time",
    "I'm worried about a child in our street, he's always hungry and has bruises all over his arms",
    "my neighbour hits his kids",
    "a toddler wandering on her own near the road",
    "a little boy is wandering alone by the main road",
    "I think my daughter is being groomed online",
    "the baby next door is being neglected",
    "worried about the children at number 12",
    "the neighbours leave their baby alone in the flat for hours",
    "a child left alone in a hot car in Tesco car park",
    "I think the girl next door is being abused",
    "my child's father is a paedophile",
    "my neighbour shakes the baby when it cries",
    "the kids across the road come to school with bruises on their arms",
    "man asking my 12 year old daughter for nudes online",
    "I'm 13 and I'm scared to go home",
]


@pytest.mark.parametrize("text", CHILD_CASES)
def test_child_at_risk_is_flagged(text: str) -> None:
    assert flags_of(text) == (K,)


# ------------------------------------------------------------------------------------------------ domestic abuse
DOMESTIC_CASES = [
    "my husband hits me",
    "he hits me when he's drunk",
    "my wife keeps hitting me and throwing things",
    "my boyfriend strangled me last night",
    "my partner is very controlling and takes all my money",
    "my partner checks my phone and won't let me see my family",
    "he won't let me see my friends",
    "I'm scared of my boyfriend",
    "my husband threatened to kill me",
    "my ex keeps turning up at my house and threatening me",
    "my ex won't stop texting me",
    "my ex is stalking me",
    "my son keeps pushing me and taking my money",
    "I'm a victim of domestic abuse",
    "coercive control",
    "I need to get to a refuge",
    "I'm fleeing domestic violence and need housing",
    "there's a domestic going on next door, lots of screaming",
]


@pytest.mark.parametrize("text", DOMESTIC_CASES)
def test_domestic_abuse_is_flagged(text: str) -> None:
    assert flags_of(text) == (D,)


# ------------------------------------------------------------------------------------------------ combinations
MULTI_CASES = [
    ("I've taken an overdose", (E, C)),
    ("I've taken all my tablets, I want to die", (E, C)),
    ("I'm on the bridge and going to jump", (E, C)),
    ("i have the pills and i'm going to kill myself tonight", (E, C)),
    ("a man is threatening suicide on the bridge", (E, C)),
    ("my husband is beating me right now", (E, D)),
    ("my ex is outside with a knife and threatening me", (E, D)),
    ("my stepdad hits me", (K, D)),
]


@pytest.mark.parametrize(("text", "expected"), MULTI_CASES)
def test_several_flags_come_in_severity_order(text: str, expected: tuple[SafetyFlag, ...]) -> None:
    result = check(text)
    assert result.flags == expected
    assert result.top is expected[0]


# ------------------------------------------------------------------------------------------------ negation
NEGATION_CASES = [
    ("not an emergency but the street light is out", SAFE),
    ("a car crash last week, no one hurt, just need to report it", SAFE),
    ("minor bump in the car park, nobody injured", SAFE),
    ("I was in a minor crash, nobody hurt, the other driver didn't stop", SAFE),
    ("we had a small accident, no injuries, just need the other driver's details", SAFE),
    ("nobody is in danger, the tree just fell across the path", SAFE),
    ("he is breathing and talking, just a small cut on his hand", SAFE),
    ("she's not unconscious, just a bit dizzy", SAFE),
    ("there is no fire, just a smell of burning toast", SAFE),
    ("no knife was involved, he just shouted at me", SAFE),
    ("no chest pain, just a cough", SAFE),
    ("it's not a stroke, doctor said it's bell's palsy", SAFE),
    ("I don't want to die, I just want the bins emptied", SAFE),
    ("I'm not going to kill myself, I'm just really fed up", SAFE),
    ("not suicidal but struggling with low mood", SAFE),
    ("I'm not suicidal, just feeling a bit low and want counselling", SAFE),
    ("I never self harm but I feel low", SAFE),
    ("is this the non-emergency number?", SAFE),
    # a genuine danger phrase elsewhere still fires
    ("no one is hurt but the car is on fire", (E,)),
    ("no one is hurt but there's a man with a gun", (E,)),
    ("not an emergency but he's got a knife", (E,)),
    ("It's not life threatening but someone has collapsed", (E,)),
    ("Not sure if this is urgent but my dad is slurring his words and his face looks droopy", (E,)),
    ("nobody injured in the crash but one car is on fire and someone's trapped inside", (E,)),
]


@pytest.mark.parametrize(("text", "expected"), NEGATION_CASES)
def test_negation(text: str, expected: tuple[SafetyFlag, ...]) -> None:
    assert flags_of(text) == expected


# ------------------------------------------------------------------------------------------------ idioms
IDIOM_CASES = [
    "the door is fire-engine red and someone sprayed graffiti on it",
    "I'm dying to know when the bin men come",
    "these potholes are killing my tyres",
    "my back is killing me after carrying the bins",
    "killing it at work today",
    "my phone died so I couldn't report it",
    "the light is dead on our road",
    "dead badger in the road near the school",
    "there's a dead fox on the pavement",
    "someone dumped a fire extinguisher in the lay-by",
    "can I book a fire safety check",
    "smoke alarm keeps beeping, needs a new battery",
    "crash barrier damaged on the bypass",
    "how do I bleed the radiator in my council flat",
    "is there a knife crime awareness event this week",
    "how do I kill the noise from next door",
    "this pothole is killing me lol",
    "suicide prevention charity fun run in the park",
    "this junction is suicide for cyclists",
    "that bleedin pothole again, the council are bleedin useless",
    "the bleeding bin men never come on time",
    "the drain is choked with leaves",
    "drowning in paperwork with this council tax",
    "gave me a heart attack when I saw the bill",
    "my mum will have a fit when she sees the state of the road",
    "fireworks going off every night at 2am, it's like a bomb going off",
    "cost me a bomb to fix my tyre after hitting that pothole",
    "my inbox is exploding with spam emails",
    "got shot of the old sofa, thanks",
    "where can I get my flu shot",
    "I'm having a panic attack about my exam",
    "cost of living crisis is making it hard to pay council tax",
    "the bin men were killing themselves laughing when they saw my overflowing bin",
    "the website crashed when I tried to pay council tax",
    "the council is not responding to my emails",
    "burglar alarm ringing next door for hours",
    "I can't breathe for the smell of the sewage",
    "dog grooming salon opening hours",
]


@pytest.mark.parametrize("text", IDIOM_CASES)
def test_idioms_do_not_fire(text: str) -> None:
    assert flags_of(text) == SAFE


# ------------------------------------------------------------------------------------------------ past events
PAST_CASES = [
    ("I was burgled last week and need a crime number", SAFE),
    ("my bike was stolen yesterday", SAFE),
    ("my car was broken into overnight", SAFE),
    ("I was attacked last night outside the pub and want to report it", SAFE),
    ("I was assaulted a few weeks ago and need to give a statement", SAFE),
    ("there was a stabbing on our road last year and I want more police patrols", SAFE),
    ("someone set fire to the bins behind the shops last night", SAFE),
    ("There's been a fire in the flat above last month and now there's damp", SAFE),
    ("someone tried to break into my shed last night", SAFE),
    ("my dad had a stroke last year and needs a care assessment", SAFE),
    ("since his heart attack my dad can't manage the stairs, need adaptations", SAFE),
    # present markers win over the past
    ("someone is trying to break into my shed right now", (E,)),
    ("i was burgled last week and now the burglars are back in the house right now", (E,)),
    ("my husband has had a heart attack", (E,)),
]


@pytest.mark.parametrize(("text", "expected"), PAST_CASES)
def test_past_events_are_not_emergencies(text: str, expected: tuple[SafetyFlag, ...]) -> None:
    assert flags_of(text) == expected


# ------------------------------------------------------------------------------------------------ everyday requests
EVERYDAY_CASES = [
    "There's a massive pothole on Cheltenham Road, nearly came off my bike",
    "street light outside number 42 has been out for a fortnight",
    "the drain at the bottom of our road is blocked and the road floods every time it rains",
    "hedge is so overgrown you can't see round the bend, someone will get killed",
    "pothole is a death trap, someone will die if you don't fix it",
    "cars speeding past the school, kids are in danger",
    "bin men missed our road again, third week running",
    "neighbours playing loud music until 4am every night",
    "noisy neighbours having a bonfire every weekend, the smoke is coming into our house",
    "neighbour burning rubbish, black smoke everywhere every weekend",
    "I'm being evicted next week and have nowhere to go",
    "my bike was nicked from outside the station this morning",
    "someone reversed into my car in Tesco car park and drove off",
    "my brother hasn't come home for two days and isn't answering his phone",
    "terrible toothache and my face is swollen",
    "been feeling really low and anxious lately, can I get some counselling",
    "I can't cope with the noise from next door",
    "I don't want to live next to this noise",
    "I don't want to be here when the bailiffs come",
    "I cut myself on broken glass in the park",
    "broken glass all over the play area, kids could cut themselves",
    "I fell over a broken paving slab and hurt myself",
    "my son got hurt on the broken slide in the park",
    "my husband hit a pothole and burst a tyre",
    "my husband was attacked in the street last night",
    "my dad hurt his back lifting the bins",
    "my son was hit by a ball at football",
    "kids kicking a ball against my car every evening",
    "the bins were knocked over by foxes",
    "my cat was hit by a car, who collects dead animals?",
    "I'm worried about my son's school transport",
    "my boyfriend reported a pothole",
    "I'm scared of the dog next door, it's always loose",
    "my kids are hungry, what time does the library cafe open",
    "my laptop won't wake up so I can't fill in the form",
    "can I have a bonfire in my garden",
    "my son is going to jump on the trampoline all day",
    "I need an emergency dentist",
    "I need an emergency repair, my boiler has broken",
    "I can smell gas in the street",
    "domestic waste collection missed",
]


@pytest.mark.parametrize("text", EVERYDAY_CASES)
def test_everyday_requests_are_safe(text: str) -> None:
    result = check(text)
    assert result.flags == SAFE
    assert result.matched == ()
    assert result.is_safe


# ------------------------------------------------------------------------------------------------ specific rules
RULE_CASES = [
    ("my dad has collapsed and he's not breathing", "emergency.not_breathing"),
    ("my dad has collapsed and he's not breathing", "emergency.collapsed"),
    ("there's a man with a knife outside the shop", "emergency.weapon"),
    ("the house next door is on fire", "emergency.on_fire"),
    ("car crash on the A40, two people trapped and one is unconscious", "emergency.crash_injuries"),
    ("someone is breaking into my house right now", "emergency.breaking_in"),
    ("i want to kill myself", "crisis.kill_myself"),
    ("I can't cope any more", "crisis.cannot_cope"),
    ("everyone would be better off without me", "crisis.better_off_without_me"),
    ("I've taken an overdose", "emergency.overdose"),
    ("I've taken an overdose", "crisis.overdose_intent"),
    ("i have the pills and i'm going to kill myself tonight", "emergency.crisis_imminent"),
    ("the kids next door are left home alone all the time", "child_at_risk.child_harmed"),
    ("the neighbours leave their baby alone in the flat for hours", "child_at_risk.child_left_alone"),
    ("my husband hits me", "domestic_abuse.partner_violence"),
    ("coercive control", "domestic_abuse.domestic_abuse_stated"),
]


@pytest.mark.parametrize(("text", "rule_id"), RULE_CASES)
def test_expected_rule_fires(text: str, rule_id: str) -> None:
    assert rule_id in check(text).matched


# ------------------------------------------------------------------------------------------------ matched ids
ALL_POSITIVE = (
    EMERGENCY_CASES
    + CRISIS_CASES
    + CHILD_CASES
    + DOMESTIC_CASES
    + [t for t, _ in MULTI_CASES]
    + [t for t, f in NEGATION_CASES + PAST_CASES if f]
)


@pytest.mark.parametrize("text", ALL_POSITIVE)
def test_matched_ids_are_rule_names_in_flag_order(text: str) -> None:
    result = check(text)
    assert result.matched, "a flagged message must say which rule fired"
    assert all(RULE_ID.match(rule_id) for rule_id in result.matched)
    assert len(set(result.matched)) == len(result.matched)
    assert text.lower() not in result.matched
    order = [SafetyFlag(rule_id.split(".")[0]) for rule_id in result.matched]
    assert tuple(dict.fromkeys(order)) == result.flags


def test_matched_ids_never_echo_personal_data() -> None:
    text = (
        "My neighbour Bartholomew Quigley at 12 Acacia Avenue GL50 1AA is not breathing, "
        "call 07700 900123, his wife Zenobia says he has collapsed"
    )
    result = check(text)
    assert result.flags == (E,)
    joined = " ".join(result.matched).lower()
    for personal in ("bartholomew", "quigley", "acacia", "gl50", "07700", "900123", "zenobia", "neighbour"):
        assert personal not in joined


# ------------------------------------------------------------------------------------------------ odd input
@pytest.mark.parametrize(
    "text", ["", "   ", "\n\t ", "!!!???", "...", "\u200b\u200b", "\U0001f600\U0001f600"]
)
def test_empty_or_punctuation_only_input_is_safe(text: str) -> None:
    result = check(text)
    assert result == SafetyResult(flags=(), matched=())
    assert result.is_safe
    assert result.top is None


def test_unicode_apostrophes_and_shouting_are_normalised() -> None:
    assert flags_of("HE\u2019S NOT BREATHING!!!") == (E,)
    assert flags_of("\u201cI can\u2019t cope any more\u201d") == (C,)


def test_long_input_is_fast_and_danger_at_the_end_is_found() -> None:
    text = "the bins were not collected again and the pothole is still there " * 1600 + (
        " and now a man is attacking my neighbour with a knife"
    )
    assert len(text) > 100_000
    start = time.perf_counter()
    result = check(text)
    elapsed = time.perf_counter() - start
    assert result.flags == (E,)
    assert elapsed < 0.5


def test_long_input_danger_at_the_start_is_found() -> None:
    text = "my baby is not breathing. " + "please hurry " * 10_000
    assert flags_of(text) == (E,)


@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000,
        "x " * 50_000,
        "not " * 30_000,
        "my my my " * 20_000,
        "kids are being " * 10_000,
        ", ," * 40_000,
    ],
)
def test_adversarial_long_input_is_quick_and_safe(text: str) -> None:
    start = time.perf_counter()
    result = check(text)
    assert time.perf_counter() - start < 0.5
    assert result.flags == SAFE


def test_normal_messages_are_checked_in_well_under_a_millisecond_on_average() -> None:
    messages = EMERGENCY_CASES + CRISIS_CASES + EVERYDAY_CASES + IDIOM_CASES
    for text in messages:  # warm up
        check(text)
    start = time.perf_counter()
    rounds = 3
    for _ in range(rounds):
        for text in messages:
            check(text)
    average = (time.perf_counter() - start) / (rounds * len(messages))
    assert average < 0.002  # about 0.25 ms on a developer machine; generous for a slow CI box


# ------------------------------------------------------------------------------------------------ API
def test_result_is_frozen_and_properties_work() -> None:
    result = check("my husband is beating me right now")
    assert result.top is E
    assert not result.is_safe
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.flags = ()  # type: ignore[misc]


def test_flag_values_are_stable_strings() -> None:
    assert [f.value for f in SafetyFlag] == ["emergency", "crisis", "child_at_risk", "domestic_abuse"]
    assert SafetyFlag("crisis") is C
    assert E == "emergency"


def test_check_is_deterministic() -> None:
    text = "my ex is outside with a knife and threatening me"
    assert check(text) == check(text) == check(text)

"""Deterministic safety detector: every rule family, negation, idioms, past events, odd input and speed.

Missing an emergency is the worst bug Front Door can have, so the positive cases are many and varied; the
negative cases are everyday council/police/NHS requests that use alarming words innocently.
"""

from __future__ import annotations

import dataclasses
import re
import time

import pytest

from bot.safety import SafetyFlag, SafetyResult, check, check_long
from bot.safety import engine as safety  # the rules the engine runs: safety._RULES

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
    "a girl has been kidnapped on Station Road",
    "there are kidnappers in the lane, they took a boy",
    "someone was shot on Gallows Hill",
    "house fire on Gun Lane",
    "remains of a fire still smoking next to the houses",
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
    ("someone is on the roof of the car park threatening to jump", (E, C)),
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
    "long pothole by lamppost 34 on Kidnapper\u2019s Lane",
    "streetlight on kidnappers lane obscured by the hedge",
    "the remnants of a lorry fire need clearing away",
    "remains of last night's bonfire fire left all over the green",
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


# ================================================================================================ broader families
# Danger is described in many ways that never use the obvious word ("injured", "suicidal", "abuse"). Each case
# below stands for a family of phrasings; none is copied from an evaluation set.

BROAD_EMERGENCY_CASES = [
    # fire described by what is happening
    "the toaster has caught fire and the kitchen is filling up",
    "our tumble dryer caught fire, flames everywhere",
    "next door's shed has gone up in flames and it's close to the house",
    "the block of flats opposite is burning",
    "our caravan has gone up, my dad's still inside",
    "petrol has been poured through my letterbox",
    # injuries without the word "injured"
    "there are several people injured after a coach came off the road",
    "people are hurt, a car hit the crowd outside the pub",
    "she's sliced her arm open on the glass door and there's blood everywhere",
    "bone sticking out of his leg after he came off his motorbike",
    "my friend's finger is hanging off after the machine caught it",
    "he's gushing blood from a cut on his wrist",
    "a lad has been slashed across the face outside the station",
    "my daughter's been hit in the head with a brick",
    "someone has poured acid on a woman at the bus stop",
    "my toddler pulled the kettle over and scalded her chest",
    # crushed, trapped, collapsed, fallen
    "the roof came down on the workers",
    "forklift has tipped over onto a worker",
    "a trench has collapsed on a builder and he's buried",
    "he's crushed under a pallet at the warehouse",
    "a cyclist went under a lorry at the lights",
    "a building has collapsed on the industrial estate with workers inside",
    "a balcony has given way and people have fallen",
    "a roofer has come off the roof and is lying on the patio",
    "my grandson fell out of the upstairs window",
    "a boy has fallen down a well on the farm",
    "a child is stuck in a drain and water is rising",
    "there's a man climbing the outside of the block of flats on the 8th floor",
    "a tree has fallen on our house and my son is trapped in his bedroom",
    # roads and rail
    "a bus has smashed into a shop front on the high street",
    "car has gone through the front of the cafe, people inside",
    "tram has hit a pedestrian in the city centre",
    "a man is walking along the railway tracks near the station",
    "a woman has been pushed onto the tracks at the station",
    "there's a car upside down in the ditch on the B4060",
    "a car's flipped onto its roof and there are people still in it",
    "the car's hit a wall and the driver's slumped over the wheel",
    "kids are throwing rocks off the motorway bridge at cars",
    "a car is driving the wrong way down the M5",
    "a driver is deliberately mounting the pavement to hit people",
    # water
    "a kid has gone under at the swimming lake and we can't see him",
    "my friend jumped in the quarry and hasn't resurfaced",
    "dog walker has been washed off the harbour wall by a wave",
    "two kids fell through the ice on the lake",
    "a van has gone into the canal",
    "a woman's body is floating in the river",
    "a child has been washed away in the flood water",
    # animals
    "a dog is attacking a little boy in the park",
    "my mum has been mauled by next door's dog",
    "she's been bitten by a snake and her arm is swelling",
    # medical signs
    "my wife keeps passing out and she's really pale",
    "my baby has a fever and now he's fitting",
    "my dad's blood sugar has crashed and he's not making sense",
    "my chest feels really tight and the pain is going down my left arm",
    "mum suddenly can't get her words out and her face has dropped",
    "my wife took a funny turn, her face is all lopsided and she's talking nonsense",
    "my grandad has gone really pale, he's clutching his chest and can't speak",
    "my husband's gone a funny colour and isn't making sense",
    "grandma is slumped in her chair and not responding",
    "asthma attack and the inhaler isn't helping, she can barely talk",
    "my husband has been stung and his face is swelling up and he's wheezing",
    "my daughter has a rash that doesn't fade under a glass and she's really drowsy",
    "my little boy has swallowed a battery",
    "my son's eaten some of my tablets, he's only 3",
    "I'm doing CPR on my dad, please help",
    "my baby is coming now and the midwife isn't here",
    "the carbon monoxide alarm is going off and my kids are being sick and dizzy",
    "my nan has dementia and has wandered off in the snow in her nightie",
    # violence and crime in progress
    "someone's being dragged into a car outside the station",
    "a man with a hammer is chasing people down the street",
    "a bloke is swinging a metal pole at people",
    "men in balaclavas are trying to get into the house next door",
    "two men are trying to jemmy open my back door",
    "someone is climbing in through my daughter's window",
    "I can hear glass smashing downstairs, someone's broken in",
    "he's punching her in the face right now",
    "someone is firing a gun in the street",
    "a man just punched an old lady and ran off with her bag, she's on the ground",
    "a woman is screaming for help in the woods",
    "someone's threatening to blow up the shopping centre",
    "a man is trying to snatch a child from the playground",
    # later families
    "the digger has reversed over a workman and he's under the wheels",
    "a builder is buried up to his waist after the trench gave way",
    "my daughter banged her head on the swing and now she's sleepy and being sick",
    "three men pulled a woman out of her car at the junction and drove off in it",
    "a man is going up and down the street trying all the front doors right now",
    "person lying face down in the car park, not moving",
    "van. on its side. in the ditch. driver inside",
    "my frend has colapsed and is not breathng",
    "my flat is being broken into right now",
    "a robbery is in progress at the post office",
    "my wife is shaking all over and her eyes keep rolling",
    "mum's nosebleed won't stop and she's on blood thinners",
    "a man is clinging to the outside of the bridge railings",
]


@pytest.mark.parametrize("text", BROAD_EMERGENCY_CASES)
def test_broad_emergency_families(text: str) -> None:
    assert E in flags_of(text)


BROAD_CRISIS_CASES = [
    "I've got all my tablets laid out in front of me",
    "I've written goodbye letters to my children and I'm ready to go",
    "I've given away all my things and said my goodbyes",
    "I feel hopeless and I've started giving my things away",
    "she keeps saying she wants to die",
    "I cut myself to cope when it gets too much",
    "I scratch my skin until it bleeds",
    "my girlfriend cut her wrists again",
    "I hurt myself just to feel something",
    "I cut again last night and it felt good",
    "i cut too deep and now i'm scared",
    "I just want it all to end",
    "I'm done with life",
    "at breaking point and I don't know what I might do",
    "I won't be here much longer",
    "I'm not going to be here by Friday",
    "I don't think I'll make it through the night",
    "how many paracetamol would it take to kill me",
    "I've been looking up ways to die",
    "I've run a hose from the exhaust into the car",
    "I can't keep myself safe tonight",
    "my husband has locked himself in the bathroom and says he'll kill himself",
    "my son says he's going to jump off the bridge",
    "I'm going to take every tablet in the house",
    "I have enough pills saved up to do it",
    "i dont see the point in being alive anymore",
    "nobody cares whether I live or die",
    "my friend has stopped eating and says she doesn't deserve to live",
    "sometimes I think about not being here anymore",
    "I drank a bottle of vodka and took a load of pills",
    "my son has left a note saying sorry and gone out",
    "I'm going to drive my car into a wall",
    "I'm on the train tracks",
    "I'm a danger to myself right now",
    "i'd rather be dead than carry on like this",
    "i've got the rope ready",
    # later families
    "sorry for being such a burden, you won't hear from me again",
    "please tell my mum that I love her",
    "the only thing keeping me here was my dog and he's gone now",
    "sitting on the edge of the multi storey looking over the edge",
    "waiting by the railway line for the next train",
    "thinking about just walking into the sea and not coming back",
    "burnt myself with a cigarette again today",
    "I'm in a hotel room with all my tablets and nobody knows where I am",
    "my dad said goodbye to the family and took the shotgun out of the cabinet",
    "i wnat to kil myslef",
    "cba with life anymore",
    "been planning my exit for a while now",
    "I've brought a rope with me to the woods",
]


@pytest.mark.parametrize("text", BROAD_CRISIS_CASES)
def test_broad_crisis_families(text: str) -> None:
    assert C in flags_of(text)


BROAD_SAFEGUARDING_CASES = [
    # child at risk
    "the children at number 4 are dirty and hungry all the time",
    "my grandson has unexplained bruises after staying at his dad's",
    "a little lad in my class flinches when anyone raises their voice",
    "I saw a toddler on the main road on his own at 11 at night",
    "a boy of about 6 has been sitting outside the shop on his own for hours, it's getting dark",
    "a toddler is on the balcony of a 5th floor flat on her own",
    "a toddler has been left in a car in the sun with the windows shut",
    "there's a baby in a car on its own in the car park and it's boiling",
    "a man in his forties keeps giving my 14 year old daughter lifts and buying her vodka",
    "older lads are giving my son drugs to sell",
    "my son is being made to hide drugs for older boys",
    "my 15 year old has a boyfriend who's 25",
    "my nephew is being used to carry drugs to other towns",
    "a child in my class told me her dad hits her",
    "the baby upstairs has been crying for hours and the flat seems empty",
    "a man in a van keeps hanging round the school gates talking to the girls",
    "my daughter's coach has been texting her at night and told her not to tell us",
    "the kids upstairs are screaming and I can hear someone hitting them",
    "our neighbours have a new baby and they're always off their heads on drugs",
    "a boy in my class always comes in with no lunch and dirty clothes and he's really thin",
    "a teacher at my son's school touched him inappropriately",
    "my mum's boyfriend comes into my room at night",
    "I'm 12 and my mum leaves me on my own for days",
    "a little girl keeps being sent to the shop at night to buy cider for her parents",
    # domestic abuse
    "he grabbed me by the throat",
    "my boyfriend put his hands around my neck",
    "he says he'll kill me if I go to the police",
    "my husband makes me have sex when I don't want to",
    "I'm being forced into a marriage",
    "my boyfriend calls me useless and stupid all the time and cuts me off from my friends",
    "my son takes all my pension and won't let me leave the house",
    "my grandson steals my pension and shoves me when I say no",
    "my husband throws things at me when he's drunk",
    "I can hear the woman upstairs getting hit, she's begging him to stop",
    "the man upstairs is beating his girlfriend, I can hear her crying",
    "my boyfriend has threatened to post my nudes if I leave him",
    "my partner won't give me any money and I have to beg for food",
    "I've fled my husband and need somewhere safe to stay",
    "my partner gets violent when he's been drinking",
    "I've got a black eye from my boyfriend",
    "he smashed my phone so I can't call anyone",
    "my ex has put a tracker on my car",
    "I'm scared he's going to kill me",
    "I'm being abused by my husband",
    "he holds me down and shouts in my face",
    "my ex won't leave me alone, he's outside my house every night",
    "i'm too scared to leave him",
    "he forced his way in even though there's a court order and hit me",
    # later families
    "baby. on her own. crying all night. number 12.",
    "a toddler keeps climbing out onto their balcony on his own",
    "a boy in year 5 has a handprint on his cheek and says he walked into a door",
    "the kids at number 3 sleep in the shed because they're not allowed in the house",
    "my little cousin says her stepdad does bad things to her at night",
    "a 10 year old is dealing drugs round the flats for a gang",
    "men keep taking the girls from the care home back to their flat",
    "my girlfriend bites me and pulls my hair when she's angry",
    "he says if I leave he'll share my pictures with my family",
    "my husband decides what I wear and who I'm allowed to talk to",
    "she keeps telling me I'm going mad and hides my keys",
    "my son locks my elderly mum in her bedroom and takes her pension",
    "he punched the door next to my face and said I'd be next",
    "my partner said she'll burn the flat down with me in it",
    "he's threatening to kill me",
    "the baby next door is always left in a soaking nappy",
    "a 13 year old is staying with a 25 year old man down our road",
    "my ex beat me up last month and I'm scared he'll find me",
]


@pytest.mark.parametrize("text", BROAD_SAFEGUARDING_CASES)
def test_broad_safeguarding_families(text: str) -> None:
    assert {K, D} & set(flags_of(text))


BROAD_SAFE_CASES = [
    # the same words, used innocently
    "the weeds have exploded along the verge since the rain",
    "the brambles have exploded over the footpath",
    "the barbecue caught light nicely",
    "there's a grass fire warning on the heath, is the car park closed",
    "there's a massive fire engine parked across my drive",
    "my boiler flame has gone yellow, who do I call",
    "the flames from next door's chiminea are very high every evening",
    "there's an old mattress on fire? no, just dumped, in the lane",
    "people get hurt on this junction all the time, it needs lights",
    "someone will get hurt on that broken slide",
    "my car got crushed by a falling branch, who pays",
    "can I get a new bin, mine got crushed by the lorry",
    "the business next door has gone under and left rubbish everywhere",
    "the bin bags have been ripped open by foxes",
    "the fence panel is hanging off",
    "a trolley is in the canal",
    "abandoned car has been dumped in the river for weeks",
    "our team got mauled 6 nil on Saturday",
    "seagulls attacking people for chips on the seafront",
    "the council is threatening people with fines for putting bins out early",
    "there's a man with a hammer fixing the fence, is he allowed to work on Sunday",
    "a bloke in a balaclava on an off road bike tearing round the estate",
    "my daughter keeps fainting at school, can I get a GP appointment",
    "my dad passed out of the army in 1970, can he get a veterans bus pass",
    "my cat has collapsed, is there an emergency vet",
    "there was a man collapsed outside the pub last week and the ambulance took ages",
    "my chest feels tight with this cold and cough",
    "my arm went numb because I slept on it",
    "the school crossing patrol lady has been knocked down before, we need a proper crossing",
    "we'd like CPR training for the football club",
    "my baby is coming in June, how do I register the birth",
    "the carbon monoxide alarm keeps chirping, does it need a new battery",
    "power line sparking on a pole",
    "I wanna die my hair blue lol, anyway where's the tip",
    "I wish I was dead rich lol",
    "I wish I could disappear from these group chats",
    "I'm thinking of ending my gym membership",
    "I've been thinking about killing the weeds with vinegar",
    "how do I get out of this parking fine, I can't see any way out",
    "I can't go on like this with the noise from upstairs, can you help",
    "I can't face another day of the drilling next door",
    "I have my tablets next to me but forgot what time to take them",
    "I'm going to take all my tablets back to the chemist to dispose of",
    "I'm writing a letter to my family solicitor about the will",
    "my friend said goodbye and moved to Spain",
    "I'm not going to be here on bin day, can I put it out early",
    "I scratch my eczema until it bleeds, can I get cream",
    "my son is always hungry after school, is he eligible for free school meals",
    "my teenage son is always hungry, any tips for cheap family meals",
    "the horse is thin and neglected and the kids keep feeding it",
    "the baby next door crying keeps me up, the walls are so thin",
    "my son never goes to school on Fridays because of his hospital appointments",
    "my daughter told me she got hit by a ball at school",
    "my friend's toddler hit my son at nursery",
    "the boy next door has a black eye from boxing",
    "a woman screaming at her kids in the supermarket, poor things, anyway can I report a broken trolley bay",
    "my husband beat me at scrabble again",
    "my mum says she's going to end her tenancy",
    "my ex has been following the council's advice on recycling",
    "I'm scared to go home because the ceiling is about to collapse in my council flat",
    "my partner is abusive to the bin men, sorry about that",
    "my boyfriend broke his arm playing football, can we get a blue badge temporarily",
    "my husband has a shotgun licence, how do I renew it",
    "my son has a blade for his hair clippers",
    "my son got stabbed with a pencil at school, it's fine but I want to complain",
    "my brother overdosed last year and died, how do I register the death",
    "there's a massive hole in the road that's going to kill someone one day",
    "the smoke from the chimney next door is choking us",
    "we heard screaming for help but it was the foxes",
    # later families
    "I cut the hedge again last night and need a garden waste collection",
    "my boyfriend locked me out by accident, who does emergency locksmith",
    "my girlfriend has told me she's going to kill the spider",
    "I'm worried about a child in my class who isn't reading yet",
    "my ex keeps threatening to take me to court over the house",
    "I'm scared of my husband's driving",
    "I'm sat here with a cup of tea wondering when the bin men come",
    "someone is trying the door handles of the library, it's closed on Mondays, is it open today?",
    "my son is always alone in the park playing football with his mates",
]


@pytest.mark.parametrize("text", BROAD_SAFE_CASES)
def test_broad_innocent_uses_stay_safe(text: str) -> None:
    assert flags_of(text) == SAFE


def test_negative_lookaheads_respect_word_boundaries() -> None:
    # "and" must not be read as the article "a", nor "tomorrow" as "to", nor "today" as "to".
    assert E in flags_of("he is fitting and burning up")
    assert C in flags_of("I don't want to wake up tomorrow")
    assert E in flags_of("my nan is dying today, please send someone")


def test_a_reported_threat_is_not_the_kill_me_idiom() -> None:
    assert D in flags_of("my boyfriend says he'll kill me if I ever leave him")
    assert flags_of("my mum will kill me if she sees this parking ticket") == SAFE


def test_two_farewell_signs_are_needed() -> None:
    assert flags_of("I've written letters to my family") == SAFE
    assert C in flags_of("I've written letters to my family and made my mind up")


def test_gates_never_change_a_result() -> None:
    """Each rule's keyword gate is only a shortcut: results with and without the gates must be identical."""
    texts = (
        EMERGENCY_CASES
        + CRISIS_CASES
        + CHILD_CASES
        + DOMESTIC_CASES
        + BROAD_EMERGENCY_CASES
        + BROAD_CRISIS_CASES
        + BROAD_SAFEGUARDING_CASES
        + BROAD_SAFE_CASES
        + EVERYDAY_CASES
        + IDIOM_CASES
    )
    gated = [check(text) for text in texts]
    ungated_rules = tuple(dataclasses.replace(rule, gate=None) for rule in safety._RULES)
    original = safety._RULES
    try:
        safety._RULES = ungated_rules
        ungated = [check(text) for text in texts]
    finally:
        safety._RULES = original
    assert gated == ungated


# ------------------------------------------------------------------------------------------------ check_long
FILLER = "The bins on our road were not collected again this week and the pothole by the bus stop is worse. "


def test_check_long_finds_danger_in_the_middle_that_check_skips() -> None:
    text = FILLER * 150 + "My baby is not breathing. " + FILLER * 150
    assert len(text) > 20_000
    assert check(text) == SafetyResult(flags=(), matched=())
    result = check_long(text)
    assert result.flags == (E,)
    assert "emergency.not_breathing" in result.matched


def test_check_long_merges_windows_in_severity_order_without_duplicates() -> None:
    text = (
        "my husband hits me. "
        + FILLER * 80
        + "my husband hits me. "
        + FILLER * 80
        + "there's a man with a knife outside the shop. "
        + FILLER * 80
        + "there's a man with a knife outside the shop. "
    )
    result = check_long(text)
    assert result.flags == (E, D)
    assert len(set(result.matched)) == len(result.matched)
    order = [SafetyFlag(rule_id.split(".")[0]) for rule_id in result.matched]
    assert tuple(dict.fromkeys(order)) == result.flags


@pytest.mark.parametrize("shift", range(0, 40, 3))
def test_check_long_sees_a_phrase_cut_by_a_window_edge(shift: int) -> None:
    window, overlap = 2000, 300
    phrase = "my dad has collapsed and he is not breathing"
    start = window - len(phrase) // 2 - shift  # the phrase straddles the end of the first window
    text = ("x " * window)[:start] + " " + phrase + " " + "y " * window
    assert "emergency.not_breathing" in check_long(text, window=window, overlap=overlap).matched


def test_check_long_agrees_with_check_on_short_text() -> None:
    for text in EMERGENCY_CASES[:10] + EVERYDAY_CASES[:10] + ["", "   "]:
        assert check_long(text) == check(text)


def test_check_long_rejects_bad_windows() -> None:
    with pytest.raises(ValueError):
        check_long("text", window=0)
    with pytest.raises(ValueError):
        check_long("text", window=100, overlap=100)
    with pytest.raises(ValueError):
        check_long("text", window=100, overlap=-1)


def test_check_long_time_grows_linearly() -> None:
    text = FILLER * 1000  # about 100,000 characters
    start = time.perf_counter()
    assert check_long(text).flags == SAFE
    first = time.perf_counter() - start
    start = time.perf_counter()
    assert check_long(text + text).flags == SAFE
    second = time.perf_counter() - start
    assert first < 5.0
    assert second < 4 * first + 0.5

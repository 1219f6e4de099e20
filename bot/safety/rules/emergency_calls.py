"""Emergency: explicit calls for help - ambulance, 999, police now, a stated emergency or danger, cries for help."""

from __future__ import annotations

from bot.safety.flags import SafetyFlag
from bot.safety.rule import Rule, rule

RULES: tuple[Rule, ...] = (
    # Asking for the emergency services
    rule(
        "ambulance",
        SafetyFlag.EMERGENCY,
        r"\b(?:call|calling|called|get|getting|send|sending|need|needs|needed|ring|ringing|phone|phoning|"
        r"want|request|requesting|where is|waiting for|waited for) (?:me |us |him |her |them )?(?:an |a |"
        r"the )?ambulance\b(?! (?:service|station|strike|trust|complaint|for (?:an?|my|his|"
        r"her) appointment)\b)|\bambulance (?:now|asap|quick|quickly|please|needed|urgently|immediately)\b",
        past=True,
        msg_unless=r"\b(?:patient transport|non emergency ambulance|ambulance service complaint|"
        r"hospital transport)\b",
        gate=r"ambulance",
        examples=(
            "ambulance now please he's not breathing",
            "Please call an ambulence my nan has fallen and cant get up",
        ),
        near_misses=(
            "there was a man collapsed outside the pub last week and the ambulance took ages",
            "I want to make an ambulance service complaint",
        ),
    ),
    rule(
        "call_999",
        SafetyFlag.EMERGENCY,
        r"\b(?:call|calling|ring|ringing|phone|phoning|dial|dialling|dialing|contact) (?:the )?999\b|"
        r"\b999 (?:now|please|help|asap)\b|\bshould i (?:call|ring|phone|dial) (?:999|an ambulance|"
        r"the police)\b",
        past=True,
        weak=True,
        gate=r"999",
        examples=(
            "call 999 my wife has collapsed",
            "Call 999 now",
        ),
        near_misses=("not an emergency, should I call 999 or 101 about a broken down car",),
    ),
    rule(
        "police_now",
        SafetyFlag.EMERGENCY,
        r"\b(?:need|needs|send|get|call|ring|want) (?:the |some )?police (?:here |round |out )?(?:now|"
        r"right now|asap|urgently|immediately|quick|quickly|straight away|fast)\b|\bpolice (?:now|asap|"
        r"urgently|immediately|needed (?:now|urgently|asap))\b|\b(?:send|get) (?:the |some )?police (?:here|"
        r"round|out)\b",
        weak=True,
        gate=r"police",
        examples=("I need the police now, there's a fight with knives outside",),
        near_misses=("there was a stabbing on our road last year and I want more police patrols",),
    ),
    # Saying it is an emergency
    rule(
        "emergency_stated",
        SafetyFlag.EMERGENCY,
        r"\b(?:(?:this|it) is|its) (?:a |an )?(?:real |genuine |medical |absolute |serious |life or death |"
        r"proper )?emergency\b(?! (?:repair|dentist|dental|appointment|contraception|pill|plumber|"
        r"electrician|locksmith|housing|accommodation|prescription|supply|number|services?|contact|fund|"
        r"grant|payment|vet|glasses|passport|operation|tax|boiler|call ?out|line|gas|exit|lighting|alarm|"
        r"alert|cover|room|department)\b)|\bmedical emergency\b|\blife or death\b|\blife threatening\b|"
        r"\bdanger to life\b|\bneed (?:urgent )?help (?:right now|immediately|urgently|asap)\b(?! with)",
        weak=True,
        gate=r"emergency|life or death|life threatening|danger to life|help",
        examples=("it's an emergency please help my mum is unconscious",),
        near_misses=(
            "I need an emergency dentist",
            "it's an emergency repair, my boiler has broken",
        ),
    ),
    rule(
        "in_danger",
        SafetyFlag.EMERGENCY,
        r"\b(?:in (?:immediate|serious|real|grave|great) danger|in danger (?:right now|now))\b|\b(?:my|his|"
        r"her|their|our|someone's|somebody's|a) li(?:fe|ves) (?:is |are )?(?:in danger|at risk|"
        r"being threatened)\b|\bimmediate danger\b|\b(?:i am|we are|i feel|i am in) (?:in )?danger\b(?! of)",
        gate=r"danger|life|lives",
        examples=("please help, I'm in danger and he's outside",),
        near_misses=(
            "I'm not in any danger, I just want advice about my neighbour",
            "I'm in danger of missing the bin collection",
        ),
    ),
    rule(
        "cry_for_help",
        SafetyFlag.EMERGENCY,
        r"\b(?:screaming|shouting|crying|calling|yelling|begging|pleading) (?:out )?for help\b|\b(?:someone|"
        r"somebody|a (?:woman|man|girl|boy|child|kid|person)) (?:is )?screaming (?:help|for their life|blue "
        r"murder|rape|stop)\b",
        msg_unless=r"\b<SERVICE_GRIPE>\b|\b(?:for (?:months|weeks|years)|emails?|letters?|online|charity|foxes|"
        r"fox|cats?|birds?|seagulls?|peacocks?|playing|game|games|messing about|joking|film|telly|tv|parrot)\b",
        gate=r"help|screaming",
        examples=("a woman is screaming for help in the woods",),
        near_misses=("we heard screaming for help but it was the foxes",),
    ),
)

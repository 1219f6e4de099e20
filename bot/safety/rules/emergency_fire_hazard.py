"""Emergency: fire, smoke, explosions, bombs, arson and live electricity."""

from __future__ import annotations

from bot.safety.flags import SafetyFlag
from bot.safety.rule import Rule, rule

# Everyday smoke: bonfires, chimneys, burners, smoking and traffic fumes.
_BONFIRE_CONTEXT = (
    r"\b(?:bonfires?|chimney|chimneys|burner|bbq|barbecues?|garden waste|burning (?:rubbish|waste|garden|"
    r"leaves|plastic|tyres)|incinerator|every (?:day|night|week|weekend|evening)|smoking|cigarettes?|weed|"
    r"cannabis|vap\w+|fireworks?|stubble|smoker|chiminea|fire pit|allotment|kiln|flue|steam|exhaust|diesel|"
    r"factory|again|always|constantly|pollution)\b"
)

RULES: tuple[Rule, ...] = (
    # Fire
    rule(
        "on_fire",
        SafetyFlag.EMERGENCY,
        r"\bon fire\b|\bablaze\b|\b(?:is|are|was|caught|set|sets|setting) alight\b|\b(?:set|setting|"
        r"sets) (?:\w+ ){1,3}(?:alight|on fire)\b|\bgoing up in flames\b|\b(?:set|setting|sets|has set|"
        r"have set) fire to\b|\b(?:torching|torched) (?:a |the |my |our )?(?:car|cars|van|house|flat|shed|"
        r"bins?|building)\b",
        past=True,
        gate=r"fire|ablaze|alight|flames|torch",
        examples=(
            "there's a car on fire in the car park right next to the flats",
            "barn on fire up the lane and there are horses inside",
        ),
        near_misses=(
            "burnt out car dumped in the layby, it's been there a week, not on fire",
            "my throat is on fire with this cold",
        ),
    ),
    rule(
        "fire",
        SafetyFlag.EMERGENCY,
        r"\b(?:there is|there has been|theres|a|big|huge|massive|house|flat|kitchen|chip pan|electrical|"
        r"building|car|van|vehicle|bin|bins|shed|garage|grass|gorse|heath|moorland|moor|forest|wood|"
        r"woodland|field|bus|lorry|caravan|roof|loft|barn|warehouse|factory|shop|block|tower block|"
        r"wheelie bin|bin store|lithium|battery|bike|scooter|e bike|ebike) fire\b(?! (?:engines?|trucks?|"
        r"station|service|brigade|fighters?|crews?|alarm|door|exit|escape|safety|extinguisher|hydrant|drill|"
        r"risk|warning|pit|place|wood|works|officer)\b)|\bfire (?:in|at|inside|"
        r"upstairs|downstairs|next door|on the (?:\w+ )?floor|spreading|is spreading|has spread|"
        r"getting bigger|out of control|is out of control|coming from)\b|\bflames?\b|\b(?:call|ring|get|"
        r"need|send|phone|dial) (?:the |a )?(?:fire brigade|fire service|fire engines?|firemen|"
        r"fire fighters|firefighters|fire crews?)\b|(?:^|[.,]) (?:help |"
        r"please )?(?:there is a )?fire(?: please| help)?(?= [.,]| $)",
        past=True,
        unless=r"\bgarden fire\b|\bbonfire|\bcandle\b|\bhob\b|\bgas (?:fire|flame)\b|\bpilot light\b|\bboiler\b|"
        r"\bflames? (?:has |is |have |are )?(?:gone |turned |burning |burns )?(?:yellow|orange|blue|lazy|low|weak|"
        r"out|red|floppy)\b|\blighter\b|"
        r"\b(?:chiminea|fire pit|firepit|bbq|barbecue|patio heater|log burner|wood burner|stove|fireplace|"
        r"every (?:evening|night|day|weekend))\b|"
        r"\b(?:can i|can we|am i allowed|are we allowed|allowed to|is it legal|rules (?:on|about)|"
        r"permitted)\b",
        gate=r"fire|flame",
        examples=(
            "I can see flames coming out of the roof of the primary school",
            "there's a car on fire in the car park right next to the flats",
        ),
        near_misses=(
            "there's a massive fire engine parked across my drive",
            "is my neighbour allowed to have a bonfire in his garden",
        ),
    ),
    rule(
        "caught_fire",
        SafetyFlag.EMERGENCY,
        r"\b(?:caught|catching|catches|catch|has caught|is catching) (?:on )?(?:fire|light|alight)\b|"
        r"\b(?:gone|went|going|go|goes) up in (?:flames|smoke)\b|\bin flames\b|\b(?:house|houses|flat|flats|home|"
        r"building|kitchen|roof|shed|garage|block|shop|barn|bus|lorry|caravan|boat|car|van|factory|warehouse|"
        r"school|pub|church|hall|tower|cottage|bungalow|hotel|hospital|takeaway|restaurant|office|offices|mill|"
        r"farm|stable|stables|hayloft|hay bales|woods|forest|heath|moor|field|fields) (?:opposite |next door |"
        r"over the road |across the road |behind us |down the road )?(?:is |are |has been )?(?:still )?burning(?: down| to the ground)?(?= (?:[.,~]|and\b|"
        r"now\b|with\b|$))|\bburning (?:down|to the ground)\b",
        past=True,
        unless=r"\b(?:(?:put|got|stamped|blew|smothered|patted) (?:it|them|the fire|the flames) out|(?:it is|it was|"
        r"fire is|fire was|flames are|all) (?:out|put out)|out now|bonfire|log burner|wood burner|fireplace|"
        r"incense|calories|fat|sun|sunburn\w*|tongue|mouth|skin|eyes|throat|chest|feet|rash|bbq|barbecue|"
        r"charcoal|kindling|logs|coals|pilot light|wick|fire pit|chiminea|stove|nicely|eventually|finally|"
        r"at last)\b",
        gate=r"caught|catch|flames|smoke|burning",
        examples=(
            "chip pan's caught fire and it's spreading up the kitchen wall",
            "the toaster has caught fire and the kitchen is filling up",
        ),
        near_misses=("the barbecue caught light nicely",),
    ),
    rule(
        "fire_slang",
        SafetyFlag.EMERGENCY,
        r"\b(?:house|flat|car|van|caravan|shed|garage|kitchen|block|barn|building|bus|boat|bin|bins|lorry|"
        r"motorhome|tent|chip pan|pan|cooker|oven|tumble dryer|dryer|washing machine|fridge|telly|tv|charger|"
        r"battery|scooter|e bike|ebike|mattress|sofa|curtains|tree|hedge|fence) (?:has |had |just |is |have |"
        r"are )?(?:gone|went|going) up\b(?= (?:[.,~]|and\b|in\b|with\b|$))|\b(?:set|setting|sets) (?:\w+ ){0,3}?"
        r"(?:on fire|alight|ablaze)\b|\b(?:fire|flames|blaze) (?:\w+ ){0,2}?(?:with|and) (?:\w+ ){0,3}?(?:still "
        r"inside|inside|trapped|in there)\b",
        past=True,
        unless=r"\b(?:prices?|rent|rents|bills?|council tax|rates|costs?|fees?|charges|price|insurance|"
        r"fares?|tax|numbers)\b",
        gate=r"gone up|went up|going up|set|fire|flames|blaze",
        examples=(
            "our caravan has gone up, my dad's still inside",
            "next door's shed has gone up in flames and it's close to the house",
        ),
        near_misses=("the rent on our flat has gone up and it's not fair",),
    ),
    # Smoke and no way out
    rule(
        "smoke",
        SafetyFlag.EMERGENCY,
        r"\b(?:smoke|fumes) (?:is |are )?(?:coming|pouring|billowing|bellowing|belching|rising|seeping|"
        r"filling|spreading|everywhere)\b|\b(?:full of|filled with|filling with|filling up with|thick|black|"
        r"clouds? of|plumes? of) smoke\b|\bsmell (?:of )?(?:burning|smoke) (?:in|from|coming)\b|"
        r"\bsmoke (?:in|inside) (?:the|my|our) (?:house|flat|building|kitchen|stairwell|corridor|hallway|"
        r"room|loft|block)\b",
        past=True,
        weak=True,
        unless=_BONFIRE_CONTEXT,
        gate=r"smoke|fumes|burning",
        examples=(
            "smoke pouring out of the flat upstairs, I can see flames",
            "I can smell burning and there's smoke coming from the plug socket",
        ),
        near_misses=("neighbour burning rubbish, black smoke everywhere every weekend",),
    ),
    rule(
        "cannot_escape_hazard",
        SafetyFlag.EMERGENCY,
        r"\b(?:cannot|can not|could not|unable to|no way to|not able to) (?:get|getting) (?:out|her out|him out|"
        r"them out|us out|down|downstairs|past|away)\b|\b(?:cannot|can not|could not) escape\b|\b(?:no way|"
        r"nowhere) (?:out|to go|to get out)\b",
        needs=r"\b(?:fire|smoke|flames|burning|flood\w*|water (?:is )?rising|rising water|trapped|sparking|"
        r"electrics|gas|fumes|collaps\w*|rubble|alight|ablaze)\b",
        msg_unless=r"\b(?:contract|tenancy|lease|debt|mortgage|deal|parking|car park|estate|cul de sac|"
        r"traffic|snow|road ?works|flood warning|last (?:week|month|year))\b",
        gate=r"get|escape|no way|nowhere",
        examples=("fire in the flat below mine, the stairwell is full of smoke and we can't get out",),
        near_misses=("how do I get out of this parking fine, I can't see any way out",),
    ),
    # Explosions, bombs, arson
    rule(
        "explosion",
        SafetyFlag.EMERGENCY,
        r"\b(?:explosion|explosions|exploded|has exploded|is exploding|blew up|blown up|bomb went off|"
        r"bomb has gone off)\b",
        past=True,
        gate=r"explo|blew up|blown up|bomb",
        examples=(
            "there's been an explosion at the factory",
            "gas explosion on our street, houses wrecked and people screaming",
        ),
        near_misses=(
            "my inbox is exploding with spam emails",
            "the weeds have exploded on the verge by the bus stop",
        ),
    ),
    rule(
        "bomb",
        SafetyFlag.EMERGENCY,
        r"\bbomb (?:threat|scare|in|on|at|inside|under)\b|\bsuspicious (?:package|device|parcel|bag|item|"
        r"object)\b|\bsuspect(?:ed)? (?:package|device)\b|\bunexploded\b|\b(?:a|found a|planted a|"
        r"left a) bomb\b|\bgrenade\b|\bpetrol bombs?\b",
        gate=r"bomb|suspicious|suspect|unexploded|grenade",
        examples=(
            "there's a suspicious package left outside the train station",
            "someone has found an unexploded bomb on the building site",
        ),
        near_misses=("cost me a bomb to fix my tyre after hitting that pothole",),
    ),
    rule(
        "arson_attack",
        SafetyFlag.EMERGENCY,
        r"\b(?:petrol|fuel|diesel|lighter fluid|accelerant|something burning|lit rag|burning rag|firework|"
        r"fireworks|lit paper|flammable liquid|a lit \w+) (?:\w+ ){0,3}?(?:through|into|in|under) (?:my|our|the|"
        r"their|his|her|next door's) (?:front )?(?:letterbox|letter box|door|window|house|flat)\b|\bpetrol "
        r"(?:\w+ ){0,3}?(?:poured|splashed|thrown|sprayed) (?:on|over|through|around) (?:my|our|the|their|his|"
        r"her) (?:door|house|car|flat|letterbox|letter box|porch)\b|\b(?:trying|tried|threatening|threatened) "
        r"to (?:burn|torch|set fire to) (?:my|our|the|their|his|her|next door's) (?:house|flat|home|door|car)\b",
        past=True,
        gate=r"petrol|fuel|diesel|lighter|accelerant|burning|rag|firework|paper|flammable|lit|burn|torch|fire",
        examples=("petrol has been poured through my letterbox",),
        near_misses=("a neighbour threatened to burn my bins if I don't move them",),
    ),
    # Electricity
    rule(
        "electrocuted",
        SafetyFlag.EMERGENCY,
        r"\b(?:electrocuted|electrocuting)\b",
        past=True,
        gate=r"electrocut",
        examples=("my husband has been electrocuted in the garage and he's not moving",),
        near_misses=("my uncle was electrocuted years ago and still has the scars",),
    ),
    rule(
        "live_cable",
        SafetyFlag.EMERGENCY,
        r"\b(?:sparking|arcing|live wire|live wires|live cable|exposed live|crackling and sparking)\b",
        needs=r"^(?=.*?\b(?:cable|cables|wire|wires|line|lines|pylon|power|electric\w*|substation)\b)(?=.*?\b(?:<REL>|kids|"
        r"children|people|someone|somebody|school|touching|touched|electrocut\w*|fire|smoke|flames|playground|"
        r"park|pavement|person|man|woman|boy|girl|dog walkers?)\b)",
        gate=r"spark|arcing|live wire|live cable|exposed live",
        examples=(
            "a power cable has come down in the storm and it's sparking on the pavement where kids walk to school",
        ),
        near_misses=("my old toaster keeps sparking when I switch it on",),
    ),
)

"""Shared pattern fragments (<REL>, <PERSON>, <CHILD>...), context shared by several rule modules, and the
compile helper that expands fragments and speeds up the scan.
"""

from __future__ import annotations

import re

# Fragments are inserted into rule patterns with <NAME> placeholders (braces are left for regex quantifiers).
FRAGMENTS: dict[str, str] = {}

FRAGMENTS["REL"] = (
    r"(?:mum|dad|mother|father|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|"
    r"husband|wife|partner|son|daughter|child|children|kid|kids|baby|brother|sister|friend|friends|mate|"
    r"mates|neighbour|neighbours|flatmate|housemate|colleague|boss|uncle|aunt|auntie|cousin|nephew|niece|"
    r"boyfriend|girlfriend|fianc\w*|toddler|grandson|granddaughter|stepdad|stepmum|carer|man|men|woman|women|"
    r"lady|ladies|person|people|guy|guys|bloke|blokes|lad|lads|fella|girl|girls|boy|boys|cyclist|pedestrian|"
    r"driver|motorcyclist|biker|rider|pensioner|gentleman|gent|teenager|teen|student|passenger|passengers|"
    r"worker|builder|jogger|runner|walker|customer|patient|resident|tenant|infant|newborn|twins|pupil|"
    r"youngster|chap|dog walker|cyclists|pedestrians|drivers|elderly|casualty|victim|farmer|workman|workmen|"
    r"labourer|swimmer|swimmers|climber|hiker|walkers|shopper|shoppers|bystander|bystanders|kids|pupils|gang|"
    r"group|mob|crowd)"
)
FRAGMENTS["DET"] = r"(?:a|an|the|my|our|his|her|their|this|that|some|one|two|your|[a-z]+'s)"
FRAGMENTS["ADJ"] = (
    r"(?:old|elderly|young|little|small|older|younger|poor|big|drunk|homeless|teenage|disabled|pregnant|"
    r"\d{1,3} year old|new|other|diabetic|epileptic|unknown|local)"
)
FRAGMENTS["PRON"] = r"(?:he|she|they|someone|somebody|anyone|him|her|them|everyone)"
FRAGMENTS["PERSON"] = r"(?:<PRON>|(?:<DET> )?(?:<ADJ> ){0,2}<REL>)"
FRAGMENTS["PERSON_SG"] = r"(?:he|she|someone|somebody|(?:<DET> )?(?:<ADJ> ){0,2}<REL>)"
FRAGMENTS["CHILD"] = (
    r"(?:child|children|childs|kid|kids|baby|babies|toddler|toddlers|infant|infants|newborn|son|sons|"
    r"daughter|daughters|little (?:boy|girl|one|ones|lad|cousin|brother|sister|niece|nephew|friend|mate)|boy|boys|"
    r"girl|girls|stepson|stepdaughter|grandson|"
    r"granddaughter|grandchild|grandchildren|grandkids|niece|nephew|pupil|pupils|schoolchild\w*|youngster|"
    r"youngsters|teenager|teenagers|\d{1,2} year old|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) year old|twins)"
)
FRAGMENTS["PARTNER"] = (
    r"(?:partner|husband|wife|boyfriend|girlfriend|ex|ex (?:husband|wife|partner|boyfriend|girlfriend)|"
    r"fianc\w*|spouse|other half|fella|man|bloke|son|daughter|brother|sister|dad|father|mum|mother|stepdad|"
    r"stepfather|stepmum|stepmother|step dad|step mum|uncle|aunt|auntie|cousin|grandson|granddaughter|"
    r"(?:mother|father|brother|sister|son|daughter) in law|in laws|family|nephew|niece|carer|lodger|"
    r"grandchildren|grandkids|brothers|sons|relatives)"
)
FRAGMENTS["ROMANTIC"] = (
    r"(?:partner|husband|wife|boyfriend|girlfriend|ex|ex (?:husband|wife|partner|boyfriend|girlfriend)|"
    r"fianc\w*|spouse|other half)"
)
FRAGMENTS["POSS"] = r"(?:my|our|her|his|their|your|[a-z]+'s)"
FRAGMENTS["PARTNER_NP"] = r"<POSS> (?:[a-z']+ ){0,2}?<PARTNER>"
FRAGMENTS["VICTIM"] = (
    r"(?:me|us|her|him|them|(?:my|his|her|their|our|the) (?:[a-z]+ )?(?:mum|mother|sister|sisters|daughter|"
    r"son|kids|children|child|baby|brother|brothers|nan|gran|dad|partner|wife|husband|girlfriend|boyfriend))"
)
FRAGMENTS["PHYS"] = (
    r"(?:hits|hit|hitting|beats|beat|beating|beaten|punches|punched|punching|kicks|kicked|kicking|slaps|"
    r"slapped|slapping|strangles|strangled|strangling|chokes|choked|choking|throttles|throttled|throttling|"
    r"pushes|pushed|pushing|shoves|shoved|shoving|attacks|attacked|attacking|assaults|assaulted|assaulting|"
    r"hurts|hurt|hurting|batters|battered|battering|grabs|grabbed|grabbing|headbutts|headbutted|bit|bites|"
    r"biting|burnt|burned|burns|smacks|smacked|smacking|whacks|whacked|thumps|thumped|threatens|threatened|"
    r"threatening|abuses|abused|abusing|rapes|raped|raping|bullies|bullied|bullying|intimidates|intimidated|"
    r"intimidating|spat (?:at|on)|spits (?:at|on)|pins|pinned|drags|dragged|dragging|thrown|threw|throws|"
    r"knocks|knocked|knocking|roughs|roughed|manhandles|manhandled|terrorises|terrorised|batters|shakes|shook)"
)
FRAGMENTS["WEAPON"] = (
    r"(?:knife|knives|blade|blades|machete|machetes|gun|guns|firearm|firearms|pistol|shotgun|rifle|handgun|"
    r"crossbow|sword|swords|samurai sword|baseball bat|cricket bat|metal bar|iron bar|weapon|weapons|"
    r"meat cleaver|cleaver|zombie knife|stanley knife|kitchen knife|broken bottle|axe)"
)
FRAGMENTS["PILLS"] = (
    r"(?:pills|tablets|paracetamol|painkillers|pain killers|meds|medication|medicine|sleeping pills|"
    r"antidepressants|anti depressants|insulin|co codamol|codeine|ibuprofen|aspirin|diazepam|sertraline|"
    r"tramadol|morphine|methadone|pills and alcohol)"
)
FRAGMENTS["PILLS_QTY"] = (
    r"(?:every (?:single |last |one of (?:my |his |her |the ))?(?:pill|tablet|painkiller|capsule)s?|"
    r"(?:(?:all|whole|entire|loads of|lots of|a lot of|a load of|a bunch of|a handful of|handfuls of|"
    r"too many|a full|a whole|the whole|an entire|a box of|a packet of|a bottle of|a strip of|boxes of|"
    r"packets of|bottles of|[1-9]\d+|twenty|thirty|forty|fifty|dozens of|loads) )(?:(?:of |of my |my |his |"
    r"her |their |the |the )?(?:packet of |box of |bottle of |packets of |boxes of )?)(?:my |his |her |"
    r"their |the )?<PILLS>)"
)
FRAGMENTS["NOWM"] = (
    r"(?:right now|now|as we speak|at this moment|this minute|this second|currently|in progress|"
    r"happening now|at the moment|still (?:here|there|outside|inside|going on|happening))"
)

FRAGMENTS["ACCIDENT"] = (
    r"(?:on|with|shaving|while|when|by|accidentally|opening|slicing|chopping|cooking|at|in|falling|tripping|"
    r"badly on|over|gardening|doing|trying|climbing|playing)\b"
)

FRAGMENTS["BODY"] = (
    r"(?:head|skull|scalp|face|forehead|cheek|eye|neck|throat|chest|stomach|belly|tummy|back|side|arm|arms|"
    r"forearm|wrist|hand|hands|finger|fingers|thumb|leg|legs|thigh|knee|shin|calf|ankle|foot|feet|toe|ear|"
    r"shoulder)"
)
# Very young children: on their own outside, at night or in a car they are in danger.
FRAGMENTS["YOUNG"] = (
    r"(?:toddler|toddlers|baby|babies|infant|infants|tot|tots|little (?:boy|girl|one|ones|lad|kid|kids|child|"
    r"children|mite)|small (?:child|children|boy|girl|kid|kids)|young (?:child|children|boy|girl|kid|kids)|"
    r"tiny (?:child|boy|girl|kid)|(?:[1-9]|one|two|three|four|five|six|seven|eight|nine) year old|(?:boy|girl|"
    r"child|kid|lad|lass|toddler) (?:of |aged )?(?:about |around |maybe |only |roughly )?(?:[1-9]|one|two|three|"
    r"four|five|six|seven|eight|nine)\b(?! (?:years|year|months|weeks|days|hours)\b))"
)
# Any mention of a child or young person, for rules that need a child in the message.
FRAGMENTS["YOUTH"] = (
    r"(?:<CHILD>|teen\w*|lads?|kids?|underage|under age|under 1[0-8]|schoolgirls?|schoolboys?|school|"
    r"care home|children's home|childrens home|foster\w*|year (?:[5-9]|1[0-3])|aged? (?:[5-9]|1[0-7])|"
    r"(?:about|around|only|of) (?:[5-9]|1[0-7])|minors?|young (?:people|person|lads?|girls?|boys?|ones?)|(?:is|am|"
    r"are|turned|just turned) (?:only )?(?:[5-9]|1[0-7])\b(?! (?:minutes|mins|hours|pounds|quid|pence|p|days|weeks|"
    r"miles|percent|metres|feet|degrees|of)\b))"
)
# Water a person can drown in.
FRAGMENTS["WATER"] = (
    r"(?:river|canal|sea|lake|pond|reservoir|quarry|water|waves|weir|harbour|docks?|estuary|loch|lido|"
    r"pool|swimming pool|beach|tide|current|flood ?water|floods|surface|ice)"
)
# Nuisance and service words: despair phrases next to these are usually about the service, not a crisis.
FRAGMENTS["SERVICE_GRIPE"] = (
    r"(?:noise|noisy|music|barking|drilling|bins?|bin men|council|landlord|letting agent|neighbours?|"
    r"repairs?|pothole|potholes|parking|roadworks|builders?|damp|mould|traffic|parties|party|waiting list|"
    r"on hold|phone line|queue|broadband|internet|fly tipping|dog mess|rats|mice|street ?light)"
)

# Signs of saying goodbye before suicide; any one of them alone is usually innocent, two together are not.
FRAGMENTS["FAREWELL_LETTERS"] = (
    r"(?:(?:wrote|written|writing|write|left|leaving|leave|recorded|recording) (?:\w+ ){0,2}?(?:letters?|notes?|"
    r"messages?|cards?|videos?) (?:to|for) (?:\w+ ){0,2}?(?:family|kids|children|wife|husband|partner|mum|dad|"
    r"parents|loved ones|friends|everyone|everybody|son|daughter|sister|brother|girlfriend|boyfriend)|(?:wrote|"
    r"written|writing|left|leaving) (?:a |my |the )?(?:note|letter|goodbye note|goodbye letter)s?)"
)
FRAGMENTS["FAREWELL_GIVEAWAY"] = (
    r"(?:(?:given|giving|gave|give|giving out) away (?:all )?(?:of )?(?:my|his|her) (?:stuff|things|belongings|"
    r"possessions|pets?|cat|dog|clothes|tools|guitar|books|jewellery|records|collection)|(?:given|giving|gave|"
    r"give) (?:all )?(?:of )?(?:my|his|her) (?:stuff|things|belongings|possessions|pets?|cat|dog|clothes|tools|"
    r"guitar|books|jewellery|records|collection) (?:away|to (?:my|his|her) \w+)|(?:gave|given|giving) (?:me|us|"
    r"her|him|them) (?:his|her|their) (?:cat|dog|pets?|things|stuff|spare keys|keys|savings|bank card|"
    r"jewellery|tools)|(?:deleted|deleting|closed|closing|shut down) (?:all )?(?:of )?(?:my|his|her) (?:social "
    r"media|accounts|facebook|instagram|profiles?)|(?:cancelled|cancelling) (?:all )?(?:of )?(?:my|his|her) "
    r"(?:phone|phone contract|contracts|subscriptions|direct debits))"
)
FRAGMENTS["FAREWELL_AFFAIRS"] = (
    r"(?:(?:put|putting|sorted|sorting|got|getting) (?:all )?(?:my|his|her) affairs(?: in order| sorted)?|"
    r"(?:my|his|her) affairs (?:are )?(?:in order|sorted))"
)
FRAGMENTS["FAREWELL_RESOLVE"] = (
    r"(?:made (?:my|his|her|up my|up his|up her) (?:mind|peace)|mind (?:is )?made up|this is (?:goodbye|the end|"
    r"it)|sorry for everything|forgive me|no (?:going|turning) back|(?:tonight|today) is the (?:night|day)|(?:will "
    r"not|not going to|never) (?:be|see) (?:here|around|them|you|anyone) (?:again|tomorrow|much longer|for "
    r"(?:much )?longer)|my last (?:night|day|message|goodbye)|last (?:goodbye|message)|ready to go|time to go|"
    r"said (?:my |his |her )?goodbyes|(?:will not|won't|not going to) need (?:it|them|this|that|anything) "
    r"(?:after|any ?more|where i am going|for much longer)|(?:will not|not going to|won't) be (?:here|around|"
    r"alive) (?:for|by|at|to see) (?:my|his|her|their|the|next) \w+|better off with (?:my|his|her) "
    r"(?:life )?insurance|insurance (?:money|pay ?out))"
)

# An adult described by age, for rules about adults and children.
FRAGMENTS["ADULT"] = (
    r"(?:(?:older|grown|grown up|adult|much older|middle aged|creepy|strange) (?:men|man|blokes?|guys?|males?|"
    r"lads|women|woman|people)|(?:1[89]|[2-6]\d|twenty|thirty|forty|fifty|sixty) year old (?:men|man|blokes?|"
    r"guys?|woman|women)|(?:man|men|bloke|blokes|guy|guys|woman|women) in (?:his|her|their) (?:twenties|thirties|"
    r"forties|fifties|sixties|[2-6]0s))"
)

# Words of despair that turn an ambiguous act (giving things away, writing letters) into a warning sign.
FRAGMENTS["DESPAIR"] = (
    r"(?:hopeless|worthless|no point|pointless|a burden|empty inside|numb|nothing left|cannot go on|give up|"
    r"giving up|given up|end it|die|dying|dead|suicid\w*|kill my ?self|no future|no way out|no reason to live|"
    r"better off without me|cannot do this any ?more|cannot take (?:it|any ?more))"
)

# How a self-harm act was done, between the act and "again" ("burnt myself with a lighter again").
FRAGMENTS["SH_HOW"] = (
    r"(?: with (?:a |my |the )?(?:lighter|razor|blade|knife|cigarettes?|compass|scissors|glass|pen|pencil))?"
    r"(?: really| badly| deep| deeper| on purpose)?"
)

# Rehabilitation, care and history words: a medical event mentioned next to these is not happening now.
CARE_CONTEXT = (
    r"\b(?:since|after|care|carer|carers|assessment|rehab|rehabilitation|recover\w*|home help|adaptations?|"
    r"blue badge|bus pass|physio\w*|care home|years|months|mobility|wheelchair|respite|benefits|housing|"
    r"council tax|discount|grab rails?|stair ?lift|history of|ago|survivor)\b"
)

# Everyday reasons a child is hungry, dirty, bruised or off school.
CHILD_BENIGN = (
    r"\b(?:free school meals|school meals|packed lunch|eligible|growth spurt|after (?:school|football|rugby|"
    r"swimming|training|practice|sport|playing|the park|nursery)|hospital|appointments?|illness|poorly|"
    r"home ?school\w*|home educat\w*|elective|school holidays|half term|inset day|on (?:mondays|tuesdays|"
    r"wednesdays|thursdays|fridays|weekends)|tips|recipes?|cheap|budget|meal ideas|family meals|growing)\b"
)


_RE_PLACEHOLDER = re.compile(r"<([A-Z_]+)>")


def expand(pattern: str) -> str:
    """Substitute <NAME> fragments (recursively) into a pattern."""
    for _ in range(5):
        new = _RE_PLACEHOLDER.sub(lambda m: FRAGMENTS[m.group(1)], pattern)
        if new == pattern:
            return new
        pattern = new
    return pattern


def _top_level_alternatives(pattern: str) -> list[str]:
    """Split a regex on its top-level "|" (outside groups and character classes)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def hoist_boundary(pattern: str) -> str:
    """Rewrite "\\bA|\\bB|..." as "\\b(?:A|B|...)": same matches, but most positions fail on one check.

    Python's matcher tries every alternative at every position; testing the shared word boundary once first
    makes the scan several times faster on long input.
    """
    parts = _top_level_alternatives(pattern)
    if len(parts) < 2 or not all(part.startswith("\\b") for part in parts):
        return pattern
    return "\\b(?:" + "|".join(part[2:] for part in parts) + ")"


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Expand <NAME> fragments and compile, with the word boundary hoisted."""
    return re.compile(hoist_boundary(expand(pattern)))

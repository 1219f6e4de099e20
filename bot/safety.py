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

Only rule ids are reported, never user text, so results can be logged without personal data.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

__all__ = ["SafetyFlag", "SafetyResult", "check"]


class SafetyFlag(str, Enum):
    """What kind of danger a message shows; the order of definition is the order of severity."""

    EMERGENCY = "emergency"  # danger to life now, crime in progress, fire, medical emergency -> 999
    CRISIS = "crisis"  # mental-health crisis / suicidal thoughts / self-harm
    CHILD_AT_RISK = "child_at_risk"  # safeguarding: a child at risk
    DOMESTIC_ABUSE = "domestic_abuse"  # safeguarding: domestic abuse


_SEVERITY: tuple[SafetyFlag, ...] = (
    SafetyFlag.EMERGENCY,
    SafetyFlag.CRISIS,
    SafetyFlag.CHILD_AT_RISK,
    SafetyFlag.DOMESTIC_ABUSE,
)


@dataclass(frozen=True)
class SafetyResult:
    """Outcome of :func:`check`: flags by severity and the ids of the rules that fired (no user text)."""

    flags: tuple[SafetyFlag, ...]
    matched: tuple[str, ...]

    @property
    def is_safe(self) -> bool:
        """True when no safety flag was raised."""
        return not self.flags

    @property
    def top(self) -> SafetyFlag | None:
        """The most severe flag, or None."""
        return self.flags[0] if self.flags else None


# ----------------------------------------------------------------------------------------------------
# Normalisation
# ----------------------------------------------------------------------------------------------------

# Long inputs are capped so the cost stays bounded; danger is usually stated at the start or the end.
_HEAD_CHARS = 5000
_TAIL_CHARS = 1000

_CHAR_MAP = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u0060": "'",
        "\u00b4": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        "\u00ad": None,
    }
)

# Single-token rewrites: contractions without apostrophes, text-speak, slang and common misspellings of the
# words the rules depend on. "bleedin" is deliberately absent: it is the British intensifier, not bleeding.
_TOKEN_MAP: dict[str, str] = {
    # contractions, with and without the apostrophe
    "can't": "cannot",
    "cant": "cannot",
    "won't": "will not",
    "wont": "will not",
    "don't": "do not",
    "dont": "do not",
    "doesn't": "does not",
    "doesnt": "does not",
    "didn't": "did not",
    "didnt": "did not",
    "isn't": "is not",
    "isnt": "is not",
    "aren't": "are not",
    "arent": "are not",
    "wasn't": "was not",
    "wasnt": "was not",
    "weren't": "were not",
    "werent": "were not",
    "haven't": "have not",
    "havent": "have not",
    "hasn't": "has not",
    "hasnt": "has not",
    "hadn't": "had not",
    "hadnt": "had not",
    "couldn't": "could not",
    "couldnt": "could not",
    "wouldn't": "would not",
    "wouldnt": "would not",
    "shouldn't": "should not",
    "shouldnt": "should not",
    "mustn't": "must not",
    "ain't": "is not",
    "aint": "is not",
    "i'm": "i am",
    "im": "i am",
    "i've": "i have",
    "ive": "i have",
    "i'll": "i will",
    "you're": "you are",
    "youre": "you are",
    "we're": "we are",
    "they're": "they are",
    "theyre": "they are",
    "he's": "he is",
    "hes": "he is",
    "she's": "she is",
    "it's": "it is",
    "there's": "there is",
    "theres": "there is",
    "that's": "that is",
    "thats": "that is",
    "who's": "who is",
    "what's": "what is",
    "someone's": "someone is",
    "somebody's": "somebody is",
    "everyone's": "everyone is",
    "nobody's": "nobody is",
    # text-speak and slang
    "ppl": "people",
    "peeps": "people",
    "some1": "someone",
    "sum1": "someone",
    "sumone": "someone",
    "somone": "someone",
    "any1": "anyone",
    "every1": "everyone",
    "no1": "no one",
    "noone": "no one",
    "u": "you",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "plse": "please",
    "rn": "right now",
    "kms": "kill myself",
    "unalive": "kill",
    "unaliving": "killing",
    "od": "overdose",
    "od'd": "overdosed",
    "od'ed": "overdosed",
    "oded": "overdosed",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "tryna": "trying to",
    "coz": "because",
    "cos": "because",
    "cuz": "because",
    "geezer": "man",
    "geezers": "men",
    "shank": "knife",
    "shanks": "knives",
    "shanked": "stabbed",
    "shanking": "stabbing",
    "hubby": "husband",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "missus": "wife",
    "misses": "wife",
    "missis": "wife",
    "wifey": "wife",
    "mam": "mum",
    "mom": "mum",
    "mommy": "mum",
    "mummy": "mum",
    "daddy": "dad",
    "kiddie": "kid",
    "kiddies": "kids",
    "kiddos": "kids",
    "lil": "little",
    "yr": "year",
    "yrs": "years",
    "feds": "police",
    "myslef": "myself",
    "meself": "myself",
    "selfharm": "self harm",
    "selfharming": "self harming",
    # misspellings of words the rules need
    "ambulence": "ambulance",
    "ambulanse": "ambulance",
    "ambulnce": "ambulance",
    "amblance": "ambulance",
    "ambulane": "ambulance",
    "ambalance": "ambulance",
    "amberlance": "ambulance",
    "amberlamps": "ambulance",
    "ambo": "ambulance",
    "unconcious": "unconscious",
    "unconsious": "unconscious",
    "unconscous": "unconscious",
    "unconsius": "unconscious",
    "unconcsious": "unconscious",
    "uncontious": "unconscious",
    "siezure": "seizure",
    "siezures": "seizures",
    "seisure": "seizure",
    "sezure": "seizure",
    "seizur": "seizure",
    "suicidle": "suicidal",
    "sucidal": "suicidal",
    "suicdal": "suicidal",
    "suicidel": "suicidal",
    "suicial": "suicidal",
    "suicidial": "suicidal",
    "sucide": "suicide",
    "suicde": "suicide",
    "suiside": "suicide",
    "collasped": "collapsed",
    "colapsed": "collapsed",
    "collaped": "collapsed",
    "collapesd": "collapsed",
    "breathin": "breathing",
    "breating": "breathing",
    "breathng": "breathing",
    "breahing": "breathing",
    "bleading": "bleeding",
    "bleding": "bleeding",
    "chocking": "choking",
    "choaking": "choking",
    "drownding": "drowning",
    "drownin": "drowning",
    "anaphalactic": "anaphylactic",
    "anaphylatic": "anaphylactic",
    "anafylactic": "anaphylactic",
    "anaphalaxis": "anaphylaxis",
    "kidnaped": "kidnapped",
    "stabed": "stabbed",
    "stabing": "stabbing",
    "stabbin": "stabbing",
    "dieing": "dying",
    "overdosed'": "overdosed",
}

_RE_SENT_PUNCT = re.compile(r"[.!?;:\n\r\u2026]+")
_RE_COMMA = re.compile(r",+")
_RE_NON_WORD = re.compile(r"[^\w',. ]+|_")
_RE_LONE_APOS = re.compile(r"(?<![a-z0-9])'|'(?![a-z0-9])")
_RE_REPEAT = re.compile(r"([a-z])\1{2,}")
_RE_HAS = re.compile(
    r"(?<=[a-z])'s (?=(?:been|got|gone|fallen|taken|had|just|already|collapsed|stopped|passed|broken|run|hit|"
    r"knocked|left|locked|swallowed|overdosed)\b)"
)
_RE_IS = re.compile(
    r"(?<=[a-z])'s (?=(?:not|\w+ing|in|on|outside|inside|still|dead|unconscious|unresponsive|bleeding|hurt|"
    r"injured|trapped|very|so|really|always|never|being|getting|trying|going|a|an|at|here|there|back|about|"
    r"threatening|gone)\b)"
)
_RE_D_HAD = re.compile(r"(?<=[a-z])'d (?=(?:been|taken|had|gone|got|done|fallen|collapsed|stopped|left)\b)")
_RE_CONTR = re.compile(r"(?<=[a-z])'(re|ve|ll|m|d)\b")
_CONTR_EXPANSION = {"re": " are", "ve": " have", "ll": " will", "m": " am", "d": " would"}
_RE_TOKEN = re.compile(r"[a-z0-9']+")
_RE_PHRASES = (
    (re.compile(r"\bcan not\b"), "cannot"),
    (re.compile(r"\bno body\b"), "nobody"),
    (re.compile(r"\b(\d{1,2}) ?(?:yo|y o|yrs? old|years? old)\b"), r"\1 year old"),
    (re.compile(r"\bover dose(d|s)?\b"), r"overdose\1"),
)
_RE_SPACES = re.compile(r"\s+")
_RE_DUP_SEP = re.compile(r"(?:\s*[.,]\s*){2,}")


def _cap(text: str) -> str:
    """Keep the head and the tail of very long input so matching cost stays bounded."""
    if len(text) <= _HEAD_CHARS + _TAIL_CHARS:
        return text
    return text[:_HEAD_CHARS] + "\n" + text[-_TAIL_CHARS:]


def _map_token(match: re.Match[str]) -> str:
    token = match.group(0)
    return _TOKEN_MAP.get(token, token)


def normalise(text: str) -> str:
    """Lower-case, unify punctuation, expand contractions and slang.

    Sentence punctuation becomes the token "." and commas the token "," so that multi-word rules never match
    across them and past/present markers can be scoped to a clause.
    """
    text = unicodedata.normalize("NFKC", _cap(text)).translate(_CHAR_MAP).lower()
    text = _RE_SENT_PUNCT.sub(" . ", text)
    text = _RE_COMMA.sub(" , ", text)
    text = _RE_NON_WORD.sub(" ", text)
    text = _RE_LONE_APOS.sub(" ", text)
    text = _RE_REPEAT.sub(r"\1\1", text)
    text = _RE_HAS.sub(" has ", text)
    text = _RE_IS.sub(" is ", text)
    text = _RE_D_HAD.sub(" had ", text)
    text = _RE_TOKEN.sub(_map_token, text)
    text = _RE_CONTR.sub(lambda m: _CONTR_EXPANSION[m.group(1)], text)
    for pattern, repl in _RE_PHRASES:
        text = pattern.sub(repl, text)
    text = _RE_SPACES.sub(" ", text).strip()
    text = _RE_DUP_SEP.sub(lambda m: " . " if "." in m.group(0) else " , ", text)
    text = text.strip(" .,")
    return text


# ----------------------------------------------------------------------------------------------------
# Shared pattern fragments, inserted with <NAME> placeholders (braces are left for regex quantifiers).
# ----------------------------------------------------------------------------------------------------

_FRAGMENTS: dict[str, str] = {}

_FRAGMENTS["REL"] = (
    r"(?:mum|dad|mother|father|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|"
    r"husband|wife|partner|son|daughter|child|children|kid|kids|baby|brother|sister|friend|friends|mate|"
    r"mates|neighbour|neighbours|flatmate|housemate|colleague|boss|uncle|aunt|auntie|cousin|nephew|niece|"
    r"boyfriend|girlfriend|fianc\w*|toddler|grandson|granddaughter|stepdad|stepmum|carer|man|men|woman|women|"
    r"lady|ladies|person|people|guy|guys|bloke|blokes|lad|lads|fella|girl|girls|boy|boys|cyclist|pedestrian|"
    r"driver|motorcyclist|biker|rider|pensioner|gentleman|gent|teenager|teen|student|passenger|passengers|"
    r"worker|builder|jogger|runner|walker|customer|patient|resident|tenant|infant|newborn|twins|pupil|"
    r"youngster|chap|dog walker|cyclists|pedestrians|drivers|elderly|casualty|victim)"
)
_FRAGMENTS["DET"] = r"(?:a|an|the|my|our|his|her|their|this|that|some|one|two|your|[a-z]+'s)"
_FRAGMENTS["ADJ"] = (
    r"(?:old|elderly|young|little|small|older|younger|poor|big|drunk|homeless|teenage|disabled|pregnant|"
    r"\d{1,3} year old|new|other|diabetic|epileptic|unknown|local)"
)
_FRAGMENTS["PRON"] = r"(?:he|she|they|someone|somebody|anyone|him|her|them|everyone)"
_FRAGMENTS["PERSON"] = r"(?:<PRON>|(?:<DET> )?(?:<ADJ> ){0,2}<REL>)"
_FRAGMENTS["PERSON_SG"] = r"(?:he|she|someone|somebody|(?:<DET> )?(?:<ADJ> ){0,2}<REL>)"
_FRAGMENTS["CHILD"] = (
    r"(?:child|children|childs|kid|kids|baby|babies|toddler|toddlers|infant|infants|newborn|son|sons|"
    r"daughter|daughters|little (?:boy|girl|one|ones|lad)|boy|boys|girl|girls|stepson|stepdaughter|grandson|"
    r"granddaughter|grandchild|grandchildren|grandkids|niece|nephew|pupil|pupils|schoolchild\w*|youngster|"
    r"youngsters|teenager|teenagers|\d{1,2} year old|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) year old|twins)"
)
_FRAGMENTS["PARTNER"] = (
    r"(?:partner|husband|wife|boyfriend|girlfriend|ex|ex (?:husband|wife|partner|boyfriend|girlfriend)|"
    r"fianc\w*|spouse|other half|fella|man|bloke|son|daughter|brother|sister|dad|father|mum|mother|stepdad|"
    r"stepfather|stepmum|stepmother|step dad|step mum|uncle|aunt|auntie|cousin|grandson|granddaughter|"
    r"(?:mother|father|brother|sister|son|daughter) in law|in laws|family)"
)
_FRAGMENTS["ROMANTIC"] = (
    r"(?:partner|husband|wife|boyfriend|girlfriend|ex|ex (?:husband|wife|partner|boyfriend|girlfriend)|"
    r"fianc\w*|spouse|other half)"
)
_FRAGMENTS["POSS"] = r"(?:my|our|her|his|their|your|mum's|sister's|friend's|neighbour's|daughter's|son's)"
_FRAGMENTS["PARTNER_NP"] = r"<POSS> (?:[a-z']+ )?<PARTNER>"
_FRAGMENTS["VICTIM"] = (
    r"(?:me|us|her|him|them|(?:my|his|her|their|our|the) (?:[a-z]+ )?(?:mum|mother|sister|sisters|daughter|"
    r"son|kids|children|child|baby|brother|brothers|nan|gran|dad|partner|wife|husband|girlfriend|boyfriend))"
)
_FRAGMENTS["PHYS"] = (
    r"(?:hits|hit|hitting|beats|beat|beating|beaten|punches|punched|punching|kicks|kicked|kicking|slaps|"
    r"slapped|slapping|strangles|strangled|strangling|chokes|choked|choking|throttles|throttled|throttling|"
    r"pushes|pushed|pushing|shoves|shoved|shoving|attacks|attacked|attacking|assaults|assaulted|assaulting|"
    r"hurts|hurt|hurting|batters|battered|battering|grabs|grabbed|grabbing|headbutts|headbutted|bit|bites|"
    r"biting|burnt|burned|burns|smacks|smacked|smacking|whacks|whacked|thumps|thumped|threatens|threatened|"
    r"threatening|abuses|abused|abusing|rapes|raped|raping|bullies|bullied|bullying|intimidates|intimidated|"
    r"intimidating|spat (?:at|on)|spits (?:at|on)|pins|pinned|drags|dragged|dragging|thrown|threw|throws)"
)
_FRAGMENTS["WEAPON"] = (
    r"(?:knife|knives|blade|blades|machete|machetes|gun|guns|firearm|firearms|pistol|shotgun|rifle|handgun|"
    r"crossbow|sword|swords|samurai sword|baseball bat|cricket bat|metal bar|iron bar|weapon|weapons|"
    r"meat cleaver|cleaver|zombie knife|stanley knife|kitchen knife|broken bottle|axe)"
)
_FRAGMENTS["PILLS"] = (
    r"(?:pills|tablets|paracetamol|painkillers|pain killers|meds|medication|medicine|sleeping pills|"
    r"antidepressants|anti depressants|insulin|co codamol|codeine|ibuprofen|aspirin|diazepam|sertraline|"
    r"tramadol|morphine|methadone|pills and alcohol)"
)
_FRAGMENTS["PILLS_QTY"] = (
    r"(?:(?:all|whole|entire|loads of|lots of|a lot of|a load of|a bunch of|a handful of|handfuls of|"
    r"too many|a full|a whole|the whole|an entire|a box of|a packet of|a bottle of|a strip of|boxes of|"
    r"packets of|bottles of|[1-9]\d+|twenty|thirty|forty|fifty|dozens of|loads) )(?:(?:of |of my |my |his |"
    r"her |their |the |the )?(?:packet of |box of |bottle of |packets of |boxes of )?)(?:my |his |her |"
    r"their |the )?<PILLS>"
)
_FRAGMENTS["NOWM"] = (
    r"(?:right now|now|as we speak|at this moment|this minute|this second|currently|in progress|"
    r"happening now|at the moment|still (?:here|there|outside|inside|going on|happening))"
)

_FRAGMENTS["ACCIDENT"] = (
    r"(?:on|with|shaving|while|when|by|accidentally|opening|slicing|chopping|cooking|at|in|falling|tripping|"
    r"badly on|over|gardening|doing|trying|climbing|playing)\b"
)

_RE_PLACEHOLDER = re.compile(r"<([A-Z_]+)>")


def _expand(pattern: str) -> str:
    """Substitute <NAME> fragments (recursively) into a pattern."""
    for _ in range(5):
        new = _RE_PLACEHOLDER.sub(lambda m: _FRAGMENTS[m.group(1)], pattern)
        if new == pattern:
            return new
        pattern = new
    return pattern


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(_expand(pattern))


# ----------------------------------------------------------------------------------------------------
# Masks: idioms and negated phrases are blanked with "~" before rules run, so rules need no idiom knowledge.
# ----------------------------------------------------------------------------------------------------

_IDIOMS = (
    # fire and smoke
    r"\bfire engine red\b",
    r"\bfire (?:alarms?|extinguishers?|safety|doors?|exits?|escapes?|hydrants?|station|risks?|hazards?|"
    r"drills?|certificates?|inspections?|blankets?|proof\w*|retardant|resistant|damaged?|place|wood|works|"
    r"pits?|officers?|assessments?|regs|regulations|checks?|hose|bell|breaks?|fighters? visit|"
    r"service (?:visit|check)|engine red|marshal|warden)\b",
    r"\b(?:gas|open|log|wood|coal|electric|real|living room|garden|cosy|roaring) fire(?= (?:in|at) (?:the|"
    r"our|my) (?:living room|lounge|grate|fireplace|hearth))",
    r"\bfire in the (?:grate|fireplace|hearth|stove|burner|log burner|wood burner|fire pit|chiminea|bbq|"
    r"barbecue)\b",
    r"\b(?:is|am|are|was|were|i am|you are|we are|they are|he is|she is) on fire (?:today|tonight|at work|"
    r"lately|this (?:week|season|year|month)|with)\b",
    r"\b(?:mouth|throat|skin|back|feet|foot|legs?|knees?|eyes?|tongue|hands?|stomach|belly|face|bum|"
    r"ears?) (?:is |are |feels? |feeling )?(?:like (?:it is |they are )?)?on fire\b",
    r"\bsmoke (?:alarms?|detectors?|alarm battery)\b",
    r"\bsmoke and mirrors\b",
    r"\bold flame\b",
    r"\bflame (?:grilled|grill|effect)\b",
    r"\bceasefire\b",
    r"\bfire (?:is|was|has been) (?:out|put out|extinguished)\b",
    r"\bdamage from (?:a|the) fire\b",
    # death, dying, killing
    r"\bdying (?:to|for)\b",
    r"\b(?:die|died|dying|dead) of (?:laughter|laughing|embarrassment|shame|boredom|thirst|hunger|heat|"
    r"cold)\b",
    r"\b(?:phone|battery|batteries|car|lamp|lamps|light|lights|bulb|bulbs|plant|plants|grass|tree|trees|"
    r"hedge|garden|flowers?|laptop|tv|telly|engine|van|boiler|fridge|freezer|street ?light|streetlight|"
    r"signal|line|wifi|internet|router|printer|torch|alarm|sat nav|satnav|lawn|shrubs?) (?:has |have |is |"
    r"are |just |finally |keeps |has just |went |is completely |is totally )*(?:died|dying|dead|die)\b",
    r"\bdead (?:badgers?|foxe?s?|animals?|deer|cats?|dogs?|birds?|pigeons?|rats?|mice|mouse|hedgehogs?|"
    r"squirrels?|rabbits?|seagulls?|gulls?|swans?|ducks?|sheep|cows?|horses?|pheasants?|crows?|magpies?|"
    r"moles?|otters?|fish|wildlife|lamps?|lights?|street ?lights?|bulbs?|ends?|battery|batteries|trees?|"
    r"leaves|hedges?|wood|zone|line|quiet|easy|simple|good|nice|slow|busy|annoying|rude|expensive|cheap|"
    r"dark|bright|loud|funny|lucky|keen|serious|tired|boring|end|centre|center|weight|heat|plants?|grass|"
    r"pixels?|body of (?:an? )?(?:fox|badger|deer|cat|dog|bird|animal|seal|sheep|swan))\b",
    r"\bkill(?:ing|s)? (?:it|the (?:noise|music|engine|lights|power|vibe|mood)|my (?:back|feet|tyres|tires|"
    r"car|suspension|knees?|ears|head|neck|wheels|alloys|shoulders?|hips?))\b",
    r"\bkill(?:ing|ed)? (?:my ?self|myself|himself|herself|themselves|ourselves) (?:laughing|"
    r"with laughter)\b",
    r"\b(?:could|would|will|is going to|going to|gonna) kill (?:me|us|him|her) (?:when|if|for)\b",
    r"\b(?:could|would|might|will) (?:have )?kill(?:ed)? (?:someone|somebody|a (?:child|kid|cyclist|"
    r"person))\b",
    r"\bmurder (?:a|for a) (?:pint|curry|cuppa|brew|drink|takeaway|kebab|burger)\b",
    # bleeding, bodies, breathing
    r"\bbleed(?:ing|ed|s)? (?:the |a |my |our |all the )?radiators?\b",
    r"\bradiators? (?:need|needs|needed) (?:bleeding|to be bled)\b",
    r"\b(?:cannot|can barely|could not|struggling to) breathe? (?:in|for|because of|with|due to) (?:the |"
    r"that )?(?:smell|stink|stench|pong|dust|fumes|exhaust)\b",
    r"\bbreathing (?:space|room|down my neck)\b",
    r"\bdeep breath\b",
    # weapons and crime
    r"\bknife (?:crime|amnesty|bins?|arch|surrender|awareness|sharpen\w*|blocks?|sets?|edge)\b",
    r"\bknives? (?:and forks|amnesty)\b",
    r"\b(?:nerf|water|glue|staple|nail|speed|toy|cap|paint|spray|heat|grease|caulk|caulking|silicone|"
    r"sealant|massage|starting|radar) guns?\b",
    r"\b(?:gun ?metal|top gun|jump(?:ed|ing)? the gun|stick(?:ing)? to (?:my|his|her|their) guns)\b",
    r"\barmed forces\b",
    r"\b(?:get|got|getting|be|been) shot of\b",
    r"\b(?:flu|booster|covid|vaccine|vaccination|photo|mug|screen|b12|tetanus|hay fever) ?shots?\b",
    r"\b(?:took|take|have|had|give) (?:a|it a) shot\b",
    r"\b(?:stabbing|shooting)(?= pains?\b)",
    r"\bcrash (?:barriers?|helmets?|mats?|course|diet|pads?|test\w*)\b",
    r"\b(?:website|site|app|system|computer|laptop|phone|portal|server|page|market|prices?|pc|"
    r"screen) (?:has |keeps |just |kept |is |was )?(?:crash\w*|exploded|exploding|blew up|died)\b",
    r"\b(?:intruder|burglar|house|car|security|shop) alarms?\b",
    r"\b(?:website|site|app|system|portal|phone line|page|screen|council|landlord|agent|company|team|staff|"
    r"service|contractor|builder|helpline|department|office) (?:\w+ ){0,2}(?:unresponsive|not responding)\b",
    r"\bbreaking into (?:a )?(?:sweat|song|tears|a run|a smile|the market)\b",
    r"\bnoise (?:is )?(?:killing|murdering)\b",
    # explosions and bombs
    r"\b(?:cost|costs|costing|spent|spend|charge|charged|charging|paid|pay|paying) (?:me |us |them |him |"
    r"her )?(?:an absolute |a )?bomb\b",
    r"\b(?:bath|glitter|seed|smoke|stink) bombs?\b",
    r"\blike (?:a bomb|an explosion|bombs|explosions) (?:has |had |is )?(?:hit|site|went off|gone off|"
    r"going off)?",
    r"\bbomb site\b",
    r"\b(?:population|rat|rats|mice|mouse|price|prices|numbers|traffic|inbox|phone|head|"
    r"brain) (?:\w+ ){0,2}(?:explosion|exploded|exploding|explode|blew up|blowing up)\b",
    r"\bexplosion of\b",
    r"\b(?:blew|blown|blowing|blow) up (?:at|on) (?:me|us|him|her|them|my|the)\b",
    r"\b(?:blew|blown|blowing) up (?:my|the|his|her) (?:phone|inbox|messages)\b",
    r"\b(?:tyre|tire|tyres|tires|balloon|balloons|pipe|pipes|water main|main) (?:\w+ )?(?:exploded|blew|"
    r"burst)\b",
    r"\bfireworks? (?:\w+ ){0,3}(?:exploding|explode|exploded|explosions?|going off|bangs?)\b",
    # medical idioms
    r"\b(?:gave|give|giving|given|nearly gave|almost gave|will give|gonna give) (?:me|us|him|her|you|them|"
    r"my \w+) (?:a )?(?:heart attack|stroke|seizure|fit)\b",
    r"\b(?:will|would|is going to|going to|gonna|nearly|almost|near enough|practically) (?:have|had|"
    r"having) (?:a )?(?:fit|heart attack|stroke|cow|seizure|meltdown)\b",
    r"\b(?:throw|throwing|threw|thrown) (?:a )?(?:fit|wobbly)\b",
    r"\bfit (?:about|over|when|because)\b",
    r"\b(?:panic|anxiety) attacks?\b",
    r"\bchoking hazard\b",
    r"\bchoked (?:up|with)\b",
    r"\b(?:drown\w*) (?:in|under) (?:paper\w*|debt|bills|work|emails|rubbish|leaves|litter|mud|noise|admin|"
    r"letters|junk|weeds|rain|water bills|forms|red tape|homework|sauce|gravy)\b",
    r"\bdrown\w* out\b",
    r"\b(?:stroke|stroking|stroked) (?:the|my|his|her|a) (?:dog|cat|pet|horse|puppy|kitten)\b",
    r"\bstroke of (?:luck|genius|midnight|the pen)\b",
    r"\b(?:back|breast|brush|key|heat) ?strokes?\b",
    r"\boverdose (?:awareness|prevention|day)\b",
    r"\boverdos\w* on (?:chocolate|sugar|christmas|caffeine|coffee|telly|tv|netflix|sweets|cake)\b",
    # crisis idioms
    r"\bsuicide (?:prevention|awareness|charity|charities|training|helplines?|hotlines?|bereavement|rates?|"
    r"statistics|figures|squad|bomber|bombers|doors|mission|run|watch)\b",
    r"\b(?:is|it is|its|that is|was|be) (?:absolute |pure |literally |basically |total |"
    r"just )?suicide (?:for|to)\b",
    r"\bsuicide (?:junction|corner|roundabout|bend|lane)\b",
    r"\b(?:samaritans|mind|papyrus|calm|shout) (?:charity|fundraiser|fun run|event|coffee morning)\b",
    r"\bkill me now\b",
    r"\bcrisis (?:loan|loans|fund|payment|grant)\b",
    r"\b(?:cost of living|financial|housing|energy|climate|money|parking|staffing|midlife|mid life|"
    r"identity) crisis\b",
    r"\b(?:car|van|vehicle|engine|breakdown) (?:has |had )?(?:broken down|breakdown)\b",
    r"\bbreakdown (?:cover|recovery|service|truck|lorry|lane|of (?:the|my|costs|charges))\b",
    r"\bfeel(?:s|ing)? trapped (?:in|by) (?:my|this|the) (?:job|flat|house|contract|tenancy|area|town)\b",
    # children and abuse idioms
    r"\b(?:dog|pet|cat|horse|pony) (?:groom\w*)\b",
    r"\bgroom(?:er|ers|ing salon|ing parlour)\b",
    r"\bchild (?:abuse|protection|sexual exploitation) (?:awareness|training|course|inquiry|charity|policy|"
    r"week|statistics)\b",
    r"\bdomestic (?:abuse|violence) (?:awareness|training|course|charity|charities|conference|campaign|week|"
    r"month|policy|statistics|funding)\b",
    r"\bcoercive (?:sales|selling|tactics)\b",
    r"\b(?:kids|children|teenagers|youths|lads|boys|girls) (?:\w+ ){0,2}(?:kicking|kick|kicked|hitting|hit|"
    r"throwing|threw) (?:a |the |their |footballs?|balls?|stones|eggs|bottles)\b",
    r"\b(?:dog|cat|pet|puppy|kitten|chickens?|sheep|horse|pony|rabbit) (?:was|were|got|has been|have been|"
    r"is being|are being|being|been) attacked\b",
    r"\b(?:hostage to|held hostage by (?:the )?(?:council|bank|landlord|company|energy|letting))\b",
    r"\bkidnapped (?:my|our|the) (?:bin|bins|parking|space|wheelie)\b",
    r"\bout of breath (?:after|from|walking|running|climbing)\b",
)

_NEGATIONS = (
    r"\b(?:no one|nobody|none of (?:us|them)|neither of (?:us|them)|no people|no person|no passengers?|"
    r"no pedestrians?|no kids|no children|no other cars?) (?:(?:was|is|were|are|got|has|have|had|been|seems|"
    r"seem|appears|appear|looks|look|to|be|seriously|badly|really|actually|too|physically|else|thankfully|"
    r"luckily|hopefully|that|i|can|tell|see|know|as|far|believe|think|being|is being) ){0,5}(?:hurt|injured|"
    r"harmed|in danger|at risk|trapped|inside|bleeding|killed|involved|in (?:the )?(?:house|building|car|"
    r"vehicle|flat)|in any danger|in immediate danger)\b",
    r"\bno (?:serious |major |real |obvious )?(?:injuries|injury|injured|casualties|one (?:hurt|injured|"
    r"inside)|danger|immediate danger|risk to life|threat to life|blood|weapons?)\b",
    r"\b(?:was|were|is|are|am|got|been|being|wasn't|aren't) (?:not|never) (?:\w+ )?(?:hurt|injured|harmed|"
    r"in (?:any )?danger|trapped|bleeding)\b",
    r"\b(?:unhurt|uninjured|unharmed)\b",
    r"\b(?:not|no longer|never) (?:in (?:any )?(?:immediate )?danger|at risk)\b",
    r"\bnot (?:an? )?(?:emergency|urgent|life threatening|999)\b",
    r"\bnot (?:a|an) (?:\w+ )?emergency\b",
    r"\b(?:no|non) (?:emergency|urgent)\b",
    r"\bnothing (?:urgent|serious|dangerous|life threatening)\b",
)

_DISCLAIMER = re.compile(
    r"\bnot (?:an? )?(?:\w+ )?(?:emergency|urgent|life threatening|999)\b|\bno emergency\b|"
    r"\bnon (?:emergency|urgent)\b|\bnothing (?:urgent|serious|dangerous|life threatening)\b|\b(?:no one|"
    r"nobody|none of us|neither of us) (?:\w+ ){0,4}?(?:hurt|injured|harmed|in danger|at risk)\b|"
    r"\bno (?:\w+ )?(?:injuries|casualties|danger)\b|\b(?:everyone|everybody|we are all|all|both drivers|"
    r"both of us) (?:is |are |were |was )?(?:ok|okay|fine|safe|alright|all right|unhurt|uninjured)\b|"
    r"\b(?:unhurt|uninjured|unharmed)\b"
)

_MASK = re.compile("|".join(f"(?:{_expand(p)})" for p in _IDIOMS + _NEGATIONS))


# ----------------------------------------------------------------------------------------------------
# Context helpers: negation just before a match, past/present markers in the clause.
# ----------------------------------------------------------------------------------------------------

_NEG_BEFORE = re.compile(
    r"\b(?:not|never|no|nobody|no one|without|nothing|neither|nor|none)\s+(?:(?:really|actually|feeling|feel|"
    r"felt|been|ever|at|all|currently|being|that|too|very|particularly|seriously|so|a|an|any|the|going|to|is|"
    r"am|are|was|were|be|has|have|had|think|believe|signs?|sign|of|sure|obviously|having|showing|looking|"
    r"look|seem|seems|appear|appears|anymore|longer|real|genuine|immediate|another|one|someone|somebody|"
    r"threat|suggestion|chance|evidence|longer|actual)\s+){0,4}$"
)
_PAST = re.compile(
    r"\b(?:yesterday|last (?:night|week|weekend|month|year|time|summer|winter|spring|autumn|christmas|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|few (?:days|weeks|months|years))|ago|earlier|"
    r"the other (?:day|night|week)|over the weekend|at the weekend|on (?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|(?:in|back in|since|during) (?:19|20)\d\d|in (?:january|february|march|april|"
    r"june|july|august|september|october|november|december)|this morning|overnight|previously|in the past|"
    r"a while back|(?:a few|a couple of|several|some) (?:days|weeks|months|years) back|back in|"
    r"when i was (?:a |an )?(?:child|kid|younger|little|teenager|teen|boy|girl))\b"
)
_PRESENT = re.compile(
    r"\b(?:right now|as we speak|at the moment|currently|in progress|happening now|this minute|this second|"
    r"at this moment|just now|still (?:here|there|outside|inside|in (?:the|my|our)|going on|happening|"
    r"on fire|burning|trapped|bleeding|unconscious|there|around))\b"
)
_NOW = re.compile(_expand(r"\b<NOWM>\b"))
_CLAUSE_SEP = re.compile(
    r" (?:[.,~]|but|however|although|though|whereas|and now|and then) |"
    r"(?<!right)(?<!just)(?<!from)(?<!until) now "
)
_FOLLOW_PAST = re.compile(
    r"^ (?:[.,~] )?(?:and )?(?:it|this|that|which) (?:was|happened|all happened|occurred)\b"
)
_SENT_SEP = re.compile(r" \. ")


@dataclass(frozen=True)
class _Rule:
    """One named detector rule; the flags on it say which context checks may suppress a match."""

    rule_id: str
    flag: SafetyFlag
    pattern: re.Pattern[str]
    negatable: bool = True  # a negation word just before the match suppresses it
    past_sensitive: bool = False  # a completed past event (past marker in the clause) is not an emergency
    weak: bool = False  # a message-level disclaimer ("not an emergency", "no one hurt") suppresses it
    needs_now: bool = False  # only fires with a "now" marker in the same sentence
    unless: re.Pattern[str] | None = None  # sentence-level exclusion
    msg_unless: re.Pattern[str] | None = None  # message-level exclusion
    gate: re.Pattern[str] | None = None  # cheap keyword pre-check: skip the full pattern when absent


def _rule(
    rule_id: str,
    flag: SafetyFlag,
    pattern: str,
    *,
    negatable: bool = True,
    past: bool = False,
    weak: bool = False,
    needs_now: bool = False,
    unless: str | None = None,
    msg_unless: str | None = None,
    gate: str | None = None,
) -> _Rule:
    prefix = flag.value + "."
    return _Rule(
        rule_id=prefix + rule_id,
        flag=flag,
        pattern=_c(pattern),
        negatable=negatable,
        past_sensitive=past,
        weak=weak,
        needs_now=needs_now,
        unless=_c(unless) if unless else None,
        msg_unless=_c(msg_unless) if msg_unless else None,
        gate=re.compile(gate) if gate else None,
    )


_E = SafetyFlag.EMERGENCY
_C = SafetyFlag.CRISIS
_K = SafetyFlag.CHILD_AT_RISK
_D = SafetyFlag.DOMESTIC_ABUSE

_CARE_CONTEXT = (
    r"\b(?:since|after|care|carer|carers|assessment|rehab|rehabilitation|recover\w*|home help|adaptations?|"
    r"blue badge|bus pass|physio\w*|care home|years|months|mobility|wheelchair|respite|benefits|housing|"
    r"council tax|discount|grab rails?|stair ?lift|history of|ago|survivor)\b"
)
_BONFIRE_CONTEXT = (
    r"\b(?:bonfires?|chimney|chimneys|burner|bbq|barbecues?|garden waste|burning (?:rubbish|waste|garden|"
    r"leaves|plastic|tyres)|incinerator|every (?:day|night|week|weekend|evening)|smoking|cigarettes?|weed|"
    r"cannabis|vap\w+|fireworks?|stubble|smoker|chiminea|fire pit|allotment|kiln|flue|steam|exhaust|diesel|"
    r"factory|again|always|constantly|pollution)\b"
)
_ROAD_CONTEXT = (
    r"\b(?:roads?|traffic|crossing|cross|cars|speeding|speed|potholes?|pavements?|lorries|junction|"
    r"school run|lights|drivers|street lights?|bus stop|zebra|lollipop|flooding|flood|river|hedges?|verges?|"
    r"path|footpath|parking|parked|bins?|playground|swings?|play equipment|needles|glass|dog mess)\b"
)

_RULES: tuple[_Rule, ...] = (
    # ---------------------------------------------------------------- emergency: medical
    _rule(
        "not_breathing",
        _E,
        r"\b(?:not|no longer|stopped|stop|barely|hardly|struggling to|struggles to|unable to|cannot|"
        r"could not|can barely|can hardly|fighting for|gasping for|trouble|difficulty|is not|are not|"
        r"does not seem to be|do not think (?:he|she|they|it) is|not sure (?:if|whether) (?:he|she|they|"
        r"it) is|can't) breath(?:e|ing)?\b(?! of (?:fresh )?air)",
        negatable=False,
    ),
    _rule(
        "turning_blue",
        _E,
        r"\b(?:turning|turned|gone|going|went) (?:blue|grey) (?:in the face|and|around the lips)|"
        r"\blips (?:are |have )?(?:turning |turned |gone |going )?blue\b|\b<PERSON_SG> (?:is|looks|has gone|"
        r"went|is going|is turning|turned|has turned) (?:all |very |really )?(?:blue|grey|floppy|limp)\b",
        gate=r"blue|grey|floppy|limp",
    ),
    _rule(
        "unconscious",
        _E,
        r"\b(?:unconscious|unresponsive|lost consciousness|losing consciousness|not conscious|"
        r"in and out of consciousness|out cold|knocked (?:him|her|them|someone|somebody|me) out|(?:been|got|"
        r"was|is|being) knocked out)\b",
    ),
    _rule(
        "wont_wake",
        _E,
        r"\b(?:will not|cannot|could not|does not|do not|is not|not) (?:wake (?:up|him up|her up|them up)|"
        r"waking up|come round|coming round)\b|\bcannot wake (?:him|her|them|my \w+|the baby)\b",
        negatable=False,
        unless=r"\b(?:laptop|computer|phone|screen|pc|tablet|ipad|device|alarm|kindle|tv|telly|hibernat\w*|"
        r"sleep mode|early|shifts?)\b",
    ),
    _rule(
        "not_responding",
        _E,
        r"\b<PERSON_SG> (?:is |are |was |has been |seems |keeps )?(?:not responding|unresponsive|"
        r"not reacting|not answering me)\b(?! to (?:my |our |the |any |me )?(?:emails?|letters?|calls?|"
        r"messages?|texts?|complaints?|requests?|enquir\w+|reports?))",
        negatable=False,
        gate=r"respon|reacting|answering",
    ),
    _rule(
        "collapsed",
        _E,
        r"\b<PERSON> (?:(?:has|have|had|is|just|suddenly|was|were|now|seems to have|"
        r"has just) ){0,3}(?:collapsed|passed out|keeled over|blacked out)\b|"
        r"\bfound (?:\w+ ){0,3}(?:collapsed|unconscious|lying (?:on|in) the)\b|\bcollapsed (?:in|"
        r"on) (?:the )?(?:street|floor|ground|pavement|kitchen|bathroom|toilet|stairs|shop|pub|bus|train|"
        r"platform)\b",
        gate=r"collaps|passed out|keeled|blacked out|found",
    ),
    _rule(
        "not_moving",
        _E,
        r"\b<PERSON> (?:is |are |was |has |have )?(?:not moving|stopped moving|lying (?:still|motionless|"
        r"lifeless)|lifeless|motionless)\b(?! (?:their|his|her|the|it|out|on|away|house|home|cars?)\b)|"
        r"\b(?:lying|laying) (?:in|on) the (?:road|street|floor|ground|pavement) (?:and )?(?:not moving|"
        r"unconscious|bleeding|motionless|injured)\b",
        gate=r"moving|lying|laying|lifeless|motionless",
    ),
    _rule(
        "chest_pain",
        _E,
        r"\b(?:chest pains?|pains? (?:in|across) (?:my|his|her|their|the) chest|(?:tight|tightness in (?:my|"
        r"his|her|the)|crushing|heavy|pressure in (?:my|his|her|the)) chest|(?:heart|pulse) (?:has |"
        r"is )?(?:stopped|not beating)|no pulse|cannot (?:find|feel) a pulse)\b",
    ),
    _rule(
        "medical_event_now",
        _E,
        r"\b(?:having|is having|are having|am having|think (?:\w+ ){0,3}(?:is |are |am )?having|signs of|"
        r"symptoms of|gone into|go into|went into|going into) (?:a |an |another )?(?:mini |major |massive |"
        r"bad |full |big )?(?:stroke|heart attack|cardiac arrest|seizure|seizures|epileptic fit|fit|fits|"
        r"anaphylactic shock|anaphylaxis|diabetic (?:coma|hypo)|hypo)\b|\bin cardiac arrest\b",
    ),
    _rule(
        "heart_attack",
        _E,
        r"\b(?:heart attack|cardiac arrest)\b",
        past=True,
        msg_unless=_CARE_CONTEXT + r"|\b(?:died|passed away|death) (?:of|from|after)\b",
    ),
    _rule(
        "medical_event_recent",
        _E,
        r"\b(?:had|has had|have had|suffered|has suffered|just had) (?:a |an |another )?(?:mini |major |"
        r"massive |bad |big )?(?:stroke|seizure|fit|epileptic fit)\b",
        past=True,
        msg_unless=_CARE_CONTEXT,
    ),
    _rule(
        "stroke_signs",
        _E,
        r"\b(?:face (?:is |has )?(?:drooping|droopy|dropped|fallen|gone droopy|slumped)|(?:drooping|"
        r"droopy) (?:face|mouth)|one side of (?:his|her|my|their|the) (?:face|mouth|body) (?:is |"
        r"has )?(?:drooping|dropped|fallen|gone|numb|weak|not working|droopy)|slurr(?:ed|ing) (?:his |her |"
        r"their |my )?(?:speech|words)|speech (?:is |has )?(?:suddenly )?(?:slurred|gone|garbled)|(?:cannot|"
        r"could not|unable to) (?:lift|raise|move) (?:his|her|my|their|one|either|the) (?:\w+ )?arms?|"
        r"arm (?:has |is )?(?:suddenly )?(?:gone )?(?:weak|floppy))\b",
    ),
    _rule(
        "heavy_bleeding",
        _E,
        r"\bbleeding (?:heavily|badly|a lot|loads(?! of)|everywhere|profusely|out|to death|non stop|"
        r"from (?:his|her|their|the|my) (?:head|neck|chest|stomach|face|mouth|ears?)|really bad|so much|"
        r"and (?:will not|cannot|it will not) stop)\b|\b(?:will not|cannot|can not|"
        r"not) stop(?:ping)? (?:the )?bleeding\b|\bbleed to death\b|\bblood (?:everywhere|"
        r"(?:is )?(?:gushing|pouring|spurting|pumping))\b|\b(?:losing|lost) (?:a lot of |so much |lots of |"
        r"loads of )blood\b|\b(?:lot|lots|loads|pool|puddle) of blood\b|\bcovered in blood\b|\b(?:heavy|"
        r"severe|serious|uncontrolled|massive) bleeding\b|\b(?:badly|heavily) bleeding\b|\b<PERSON> (?:is|"
        r"are|was|were|has been|is still|are still|keeps|started) bleeding\b(?! (?:heart|radiator|nose|"
        r"gums?|lip|useless|idiot|nuisance|pain)\b)",
        gate=r"bleed|blood",
    ),
    _rule(
        "choking",
        _E,
        r"\b(?:is|are|was|started|keeps|keep|has been|been|baby|child|kid|toddler|he|she|someone|somebody|"
        r"i am|we are|think (?:\w+ ){0,2}is) choking\b(?! (?:the|up|with|out|back|on (?:the )?(?:fumes|"
        r"smoke|dust|smell|stench|exhaust))\b)|\bchoking on (?!(?:the |those |these )?(?:fumes|smoke|dust|"
        r"smell|stench|exhaust|pollution|leaves))\w+|\bchoked on\b|\b(?:has|have|is) choked\b|"
        r"\bchoking\b(?= *$)",
        gate=r"chok",
    ),
    _rule(
        "drowning",
        _E,
        r"\bdrown(?:ing|ed|s)?\b|\b<PERSON_SG> (?:is |are |has )?(?:in|fallen in|fallen into|"
        r"gone into) the (?:river|canal|sea|lake|pond|reservoir|water|harbour|docks)\b|\b(?:cannot|"
        r"could not) swim\b(?=[^.]{0,60}\b(?:river|canal|sea|lake|water|pond|reservoir))|\b(?:river|canal|"
        r"sea|lake|water|pond|reservoir)\b[^.]{0,60}\b(?:cannot|could not) swim\b|\b(?:fallen|fell|gone|"
        r"went|jumped|slipped|swept|is|are) (?:in|into) (?:the|a) (?:river|canal|sea|lake|reservoir|pond|"
        r"harbour|docks|quarry|weir)\b|\bin difficulty in the (?:water|river|sea)\b|\bswept (?:away|"
        r"out to sea)\b|\bfell through (?:the )?ice\b",
        past=True,
        unless=r"\b(?:car|trolley|bike|bikes|scooter|phone|bag|bin|bins|ball|"
        r"shopping)\b (?:\w+ ){0,3}(?:fallen|fell|gone|went|thrown|dumped|slipped)",
        gate=r"drown|river|canal|sea|lake|reservoir|pond|harbour|dock|quarry|weir|water|swept|ice|swim",
    ),
    _rule(
        "seizure",
        _E,
        r"\b(?:is|are|started|keeps|keep|been|has been|was|he is|she is) (?:fitting|convulsing|"
        r"seizing)\b(?! (?:a|an|the|new|my|our|his|her|their|some|it|them|in|into|out|up|together|kitchens?|"
        r"carpets?)\b)|\bconvuls\w+\b|\b(?:a|another|big|bad|first|major) seizure\b|\bepileptic fit\b",
        gate=r"fit|convuls|seiz",
    ),
    _rule(
        "anaphylaxis",
        _E,
        r"\banaphyla\w*|\b(?:severe|serious|bad|major) allergic reaction\b|\ballergic reaction (?:and|"
        r"with) (?:swelling|cannot breathe|struggling)|\bthroat (?:is )?(?:closing|closing up|"
        r"swelling up)\b|\btongue (?:is )?(?:swelling|swollen|swelled up)\b|\bswelling (?:of|in) (?:his|her|"
        r"my|the|their) (?:throat|tongue|airway)\b|\b(?:used|using|needs?|give|gave|injected|inject) (?:an |"
        r"his |her |my |their |the )?epi ?pens?\b",
    ),
    _rule(
        "overdose",
        _E,
        r"\boverdos(?:e|ed|es|ing)\b(?! (?:awareness|prevention))|\b(?:taken|took|swallowed|had|necked|"
        r"has taken|has had) <PILLS_QTY>\b|\btaken too many <PILLS>\b",
    ),
    _rule(
        "serious_injury",
        _E,
        r"\b<PERSON> (?:(?:is|are|has been|have been|was|were|got|been|has|have) ){0,2}(?:badly|seriously|"
        r"severely|very badly|really badly|critically) (?:hurt|injured|burn(?:ed|t)|cut)\b|\b(?:serious|"
        r"severe|critical|life threatening|major|horrific|bad) (?:head )?injur(?:y|ies)\b|\b(?:badly|"
        r"severely|seriously) (?:burnt|burned)\b|\bhead injury\b(?= (?:and|"
        r"with) (?:\w+ ){0,2}(?:unconscious|confused|vomiting|bleeding|not))",
        past=True,
        gate=r"hurt|injur|burn|cut",
    ),
    _rule(
        "fall_injury",
        _E,
        r"\b<PERSON> (?:(?:has|have|had|just|was) ){0,2}(?:fallen|fell) (?:off|from|down) (?:a |the |his |"
        r"her |their )?(?:roof|ladder|scaffolding|scaffold|balcony|window|bridge|cliff|height|loft|"
        r"building)\b|\b(?:fallen|fell|had a fall|has had a fall) (?:over )?(?:and|"
        r"but) (?:\w+ ){0,2}(?:cannot|could not|unable to|not able to) (?:get up|move|feel)\b|"
        r"\bfall from (?:a )?height\b|\bhit (?:his|her|their|my) head (?:and )?(?:\w+ ){0,3}(?:unconscious|"
        r"not responding|will not wake|confused|being sick|vomiting|fitting)\b",
        past=True,
        gate=r"fall|fell|height|head",
    ),
    _rule("electrocuted", _E, r"\b(?:electrocuted|electrocuting)\b", past=True),
    _rule(
        "dead_body",
        _E,
        r"\bdead body\b|\bfound (?:a )?body\b|\bbody (?:in|on|lying|floating) (?:the|a) (?:river|canal|road|"
        r"street|woods|field|park|water|lake|sea|bushes|garden|flat|house|car)\b|\b(?:think|thinks|fear|"
        r"afraid|worried|scared) (?:\w+ ){0,3}(?:is|are|might be|may be|could be|has) (?:dead|died|dying)\b|"
        r"\b<PERSON> (?:looks|seems|appears|might be|may be|could be) dead\b|\bfound (?:\w+ ){0,3}dead\b|"
        r"\b(?:lying|laying) dead\b|\b<PERSON_SG> (?:is|might be|may be|could be) dead (?:i think|i reckon|"
        r"i fear|maybe)\b|\b<PERSON> (?:is|are) dying\b(?! (?:to|for|of)\b)|\b(?:hanging|hanged) (?:himself|"
        r"herself|themselves|from (?:a|the) (?:tree|bridge|ceiling|banister|rope))\b",
        gate=r"dead|died|body|dying|hang",
    ),
    _rule(
        "ambulance",
        _E,
        r"\b(?:call|calling|called|get|getting|send|sending|need|needs|needed|ring|ringing|phone|phoning|"
        r"want|request|requesting|where is|waiting for|waited for) (?:me |us |him |her |them )?(?:an |a |"
        r"the )?ambulance\b(?! (?:service|station|strike|trust|complaint|for (?:an?|my|his|"
        r"her) appointment)\b)|\bambulance (?:now|asap|quick|quickly|please|needed|urgently|immediately)\b",
        past=True,
        msg_unless=r"\b(?:patient transport|non emergency ambulance|ambulance service complaint|"
        r"hospital transport)\b",
    ),
    _rule(
        "call_999",
        _E,
        r"\b(?:call|calling|ring|ringing|phone|phoning|dial|dialling|dialing|contact) (?:the )?999\b|"
        r"\b999 (?:now|please|help|asap)\b|\bshould i (?:call|ring|phone|dial) (?:999|an ambulance|"
        r"the police)\b",
        past=True,
        weak=True,
    ),
    _rule(
        "emergency_stated",
        _E,
        r"\b(?:(?:this|it) is|its) (?:a |an )?(?:real |genuine |medical |absolute |serious |life or death |"
        r"proper )?emergency\b(?! (?:repair|dentist|dental|appointment|contraception|pill|plumber|"
        r"electrician|locksmith|housing|accommodation|prescription|supply|number|services?|contact|fund|"
        r"grant|payment|vet|glasses|passport|operation|tax|boiler|call ?out|line|gas|exit|lighting|alarm|"
        r"alert|cover|room|department)\b)|\bmedical emergency\b|\blife or death\b|\blife threatening\b|"
        r"\bdanger to life\b|\bneed (?:urgent )?help (?:right now|immediately|urgently|asap)\b(?! with)",
        weak=True,
    ),
    # ---------------------------------------------------------------- emergency: fire, explosion
    _rule(
        "on_fire",
        _E,
        r"\bon fire\b|\bablaze\b|\b(?:is|are|was|caught|set|sets|setting) alight\b|\b(?:set|setting|"
        r"sets) (?:\w+ ){1,3}(?:alight|on fire)\b|\bgoing up in flames\b|\b(?:set|setting|sets|has set|"
        r"have set) fire to\b|\b(?:torching|torched) (?:a |the |my |our )?(?:car|cars|van|house|flat|shed|"
        r"bins?|building)\b",
        past=True,
    ),
    _rule(
        "fire",
        _E,
        r"\b(?:there is|there has been|theres|a|big|huge|massive|house|flat|kitchen|chip pan|electrical|"
        r"building|car|van|vehicle|bin|bins|shed|garage|grass|gorse|heath|moorland|moor|forest|wood|"
        r"woodland|field|bus|lorry|caravan|roof|loft|barn|warehouse|factory|shop|block|tower block|"
        r"wheelie bin|bin store|lithium|battery|bike|scooter|e bike|ebike) fire\b|\bfire (?:in|at|inside|"
        r"upstairs|downstairs|next door|on the (?:\w+ )?floor|spreading|is spreading|has spread|"
        r"getting bigger|out of control|is out of control|coming from)\b|\bflames?\b|\b(?:call|ring|get|"
        r"need|send|phone|dial) (?:the |a )?(?:fire brigade|fire service|fire engines?|firemen|"
        r"fire fighters|firefighters|fire crews?)\b|(?:^|[.,]) (?:help |"
        r"please )?(?:there is a )?fire(?: please| help)?(?= [.,]| $)",
        past=True,
        unless=r"\bgarden fire\b|\bbonfire|\bcandle\b|\bhob\b|\bgas (?:fire|flame)\b|\bpilot light\b|"
        r"\b(?:can i|can we|am i allowed|are we allowed|allowed to|is it legal|rules (?:on|about)|"
        r"permitted)\b",
    ),
    _rule(
        "smoke",
        _E,
        r"\b(?:smoke|fumes) (?:is |are )?(?:coming|pouring|billowing|bellowing|belching|rising|seeping|"
        r"filling|spreading|everywhere)\b|\b(?:full of|filled with|filling with|filling up with|thick|black|"
        r"clouds? of|plumes? of) smoke\b|\bsmell (?:of )?(?:burning|smoke) (?:in|from|coming)\b|"
        r"\bsmoke (?:in|inside) (?:the|my|our) (?:house|flat|building|kitchen|stairwell|corridor|hallway|"
        r"room|loft|block)\b",
        past=True,
        weak=True,
        unless=_BONFIRE_CONTEXT,
    ),
    _rule(
        "explosion",
        _E,
        r"\b(?:explosion|explosions|exploded|has exploded|is exploding|blew up|blown up|bomb went off|"
        r"bomb has gone off)\b",
        past=True,
    ),
    _rule(
        "bomb",
        _E,
        r"\bbomb (?:threat|scare|in|on|at|inside|under)\b|\bsuspicious (?:package|device|parcel|bag|item|"
        r"object)\b|\bsuspect(?:ed)? (?:package|device)\b|\bunexploded\b|\b(?:a|found a|planted a|"
        r"left a) bomb\b|\bgrenade\b|\bpetrol bombs?\b",
    ),
    # ---------------------------------------------------------------- emergency: violence, weapons, intruders
    _rule(
        "weapon",
        _E,
        r"\b(?:with|has|have|had|got|holding|carrying|carries|pulled(?: out)?|pulling(?: out)?|waving|waved|"
        r"brandishing|brandished|wielding|wielded|pointing|pointed|armed with|threatening (?:\w+ ){0,2}with|"
        r"threatened (?:\w+ ){0,2}with|threaten (?:\w+ ){0,2}with|c[ao]me at (?:me|us|him|her|them) with|"
        r"chasing (?:\w+ ){0,2}with|swinging|flashing|showing|produced) (?:(?:a|an|his|her|their|the|some|"
        r"two|big|huge|large|long|massive|small|sharp|massive|real|loaded) ){0,3}<WEAPON>\b|\b(?:at|"
        r"by) (?:knife|gun) ?point\b|\b(?:knife|gun)man\b|\b(?:threw|throwing|thrown|chucked) acid\b|"
        r"\bacid attack\b",
        past=True,
        unless=r"\b(?:cut|cutting|open|opened|opening|prise|prised|scrape|scraped|chop|chopped|spread|slice|"
        r"sliced|peel|peeled) (?!(?:me|him|her|us|them|someone|somebody|my (?:face|arm|hand|"
        r"neck))\b)(?:\w+ ){0,4}with (?:a|the|my|his|her) (?:\w+ )?(?:knife|blade)\b|\b(?:dumped|fly tipped|"
        r"amnesty|sharpen\w*)\b",
        gate=r"knife|knives|blade|machete|gun|firearm|pistol|rifle|crossbow|sword|bat\b|bar\b|weapon|"
        r"cleaver|bottle|axe|point|acid",
    ),
    _rule(
        "armed",
        _E,
        r"\barmed (?:man|men|person|people|gang|robbery|robbers?|intruders?|youths?|thieves|burglars?|"
        r"suspect|raid)\b|\bshots fired\b|\bgun ?shots?\b|\bgunfire\b|\bopened fire\b|\bopen fire on\b|"
        r"\b(?:shooting|firing) (?:at (?:people|us|me|someone|cars|houses)|someone|people)\b|"
        r"\bheard (?:gun)?shots\b|\bsomeone (?:is )?shooting\b(?! (?:a |the |some )?(?:film|video|movie|"
        r"photos?|hoops|pool|ads?)\b)",
        past=True,
    ),
    _rule(
        "attack_in_progress",
        _E,
        r"\b(?:being|getting|is being|am being|are being) (?:attacked|assaulted|stabbed|shot|mugged|beaten|"
        r"beaten up|robbed|kicked|punched|battered|strangled|raped|glassed|jumped|threatened with|"
        r"held at (?:knife|gun) ?point)\b|\b<PERSON> (?:is|are) (?:currently |now )?(?:attacking|stabbing|"
        r"shooting|mugging|beating up|beating|robbing|assaulting|strangling|raping|glassing|kicking in|"
        r"kicking the (?:hell|shit) out of) (?:me|us|him|her|them|someone|somebody|people|a|an|my|the|his|"
        r"their)\b|\b(?:trying|about) to (?:kill|stab|shoot|strangle|murder) (?:me|us|him|her|them|someone|"
        r"somebody|my)\b|\b(?:says|saying|shouting|screaming|yelling) (?:that )?(?:he|she|they) (?:is|are|"
        r"will|is going to|are going to) (?:kill|stab|shoot) (?:me|us|him|her|you)\b|\bbeing murdered\b|"
        r"\bmurdering\b",
        gate=r"attack|assault|stab|shot|shoot|mug|beat|rob|kick|punch|batter|strangl|rap|glass|jump|"
        r"threaten|held|kill|murder|hell|shit",
    ),
    _rule(
        "attacked",
        _E,
        r"\b(?:been|has been|have been|just been|was|were|got|just got|i was|we were) (?:attacked|assaulted|"
        r"stabbed|shot|mugged|beaten up|glassed|strangled|raped|sexually assaulted|jumped by|kidnapped|"
        r"abducted|held at (?:knife|gun) ?point)\b|\b(?:stabbing|shooting|stabbed|shot)\b(?= (?:outside|"
        r"near|on (?:my|our|the)|in (?:the|my|our) (?:street|road|park|shop)))|\bthere (?:has been|is|was|"
        r"is been) a (?:stabbing|shooting|murder)\b",
        past=True,
        gate=r"attack|assault|stab|shot|shoot|mug|beat|glass|strangl|rap|jump|kidnap|abduct|held|murder",
    ),
    _rule(
        "hit_by_vehicle",
        _E,
        r"\b<PERSON> (?:(?:has|have|had|was|were|got|gets|getting|is|are|being|been|"
        r"just) ){1,3}(?:knocked (?:down|over|off (?:his|her|their) (?:bike|motorbike|scooter))|run over|"
        r"hit by (?:a |an |the )?(?:\w+ )?(?:car|van|lorry|bus|vehicle|motorbike|truck|train|taxi|driver|"
        r"tram))\b|\b(?:car|van|lorry|bus|driver|vehicle|motorbike|truck|taxi) (?:has |just |had )?(?:hit|"
        r"knocked down|knocked over|run over|ran over|ploughed into|mounted the pavement and hit) (?:a |an |"
        r"the |some |my |our |his |her |two )(?:\w+ )?<REL>\b",
        past=True,
        gate=r"knocked|run over|ran over|hit|plough",
    ),
    _rule(
        "crash_injuries",
        _E,
        r"\b(?:crash|crashed|collision|(?:car|road|traffic|motorbike|motorcycle|bike|bus|lorry|van|serious|"
        r"bad|major|nasty|fatal|multi vehicle|head on) accident|accident on the (?:road|motorway|m\d+|a\d+|"
        r"junction|roundabout|bypass)|rta|pile ?up|head on|overturned|flipped over|rolled over|hit and run|"
        r"into a (?:tree|wall|ditch|river|lamp post|lamppost))\b[^.~]{0,80}?\b(?:injured|injuries|hurt|"
        r"trapped|bleeding|unconscious|not moving|ambulance|casualt\w*|died|dead|killed|fatal|"
        r"lying in the road|cannot get out|stuck inside|on fire|screaming)\b|\b(?:injured|hurt|trapped|"
        r"bleeding|unconscious|dead|killed) [^.~]{0,40}?\b(?:crash|collision|car accident|road accident|rta|"
        r"pile ?up)\b",
        past=True,
        gate=r"crash|collision|accident|rta|pile|head on|overturned|flipped|rolled|hit and run|into a",
    ),
    _rule(
        "trapped",
        _E,
        r"\b<PERSON> (?:is |are |am |was |has been |have been |got |being )?(?:trapped|stuck|pinned) (?:in|"
        r"under|inside|by|beneath) (?:the |a |their |his |her |my )?(?:car|vehicle|wreckage|rubble|fire|"
        r"flames|smoke|building|burning|collapsed|lorry|van|water|mud|river|machinery|machine)\b|"
        r"\btrapped (?:in|under|inside) (?:the |a |their |his |her |my )?(?:car|vehicle|wreckage|rubble|"
        r"burning|collapsed|fire)\b|\b(?:i am|we are) trapped (?:in|inside|under) (?:the |a |my |"
        r"our )?(?:car|house|flat|building|fire|smoke|rubble|room|lift|bathroom|water|bedroom)\b",
        gate=r"trapped|stuck|pinned",
    ),
    _rule(
        "breaking_in",
        _E,
        r"\b(?:is|are|am|currently|right now|now|someone|somebody|people|they|he|she|men|man|burglars?|"
        r"thieves|intruders?|lads|youths|kids) (?:\w+ ){0,2}?(?:breaking in|breaking into (?!(?:a |"
        r"the )?(?:sweat|song|tears))|trying to (?:break|force (?:their|his|her|the|a) way|climb) (?:in|"
        r"into)\b(?! (?:my |the |your )?(?:account|system|website|app|email|computer|phone|university|"
        r"college)\b)|trying to get in(?:to (?:my|our|the|his|her) (?:house|home|flat|front door|back door|"
        r"property|room|bedroom|car|garden|shed|garage))?(?= (?:$|[.,~]|now|right now|through|and|"
        r"the (?:door|window)))|kicking (?:in|down) (?:my|our|the) (?:front |back )?(?:door|window)|"
        r"kicking (?:my|our|the) (?:front |back )?door (?:in|down)|smashing (?:my|our|the) (?:front |back |"
        r"car |house )?(?:window|windows|door|windscreen))|\bbreaking in (?:right now|now|as we speak)\b",
        past=True,
        gate=r"break|trying to|kicking|smashing",
    ),
    _rule(
        "intruder",
        _E,
        r"\b(?:they|he|she|someone|somebody|the (?:man|men|burglars?|intruders?)) (?:is|are) still (?:in|"
        r"inside) (?:the|my|our) (?:house|home|flat|building)\b|\bintruders?\b|\bburglars? (?:are |"
        r"is )?(?:back )?(?:in|inside|downstairs|upstairs|here|in the house)\b|\b(?:being|"
        r"getting) burgled\b|\bburglary (?:in progress|happening|going on)\b|\b(?:someone|somebody|a (?:man|"
        r"stranger|woman|person|masked man)|strangers?|two men|a group of \w+) (?:is |are |has got |"
        r"have got |got )?(?:in|inside|downstairs in|upstairs in|into) (?:my|our) (?:house|home|flat|"
        r"bedroom|kitchen|loft|room|living room|hallway|bungalow|caravan)\b|\b(?:hear|heard|hearing|"
        r"can hear) (?:someone|somebody|people|footsteps|voices|a man) (?:\w+ )?(?:downstairs|in the house|"
        r"upstairs|in my house|in the kitchen|in the loft|in the flat)\b|\b(?:someone|somebody|a man|men|"
        r"people|strangers?) (?:is |are )?(?:in|prowling round|prowling around|in my) (?:my |our |"
        r"the )?(?:back )?garden (?:right now|now)\b",
        past=True,
        gate=r"intruder|burglar|burgled|burglary|in my|in our|into my|into our|inside|hear|garden|still in",
    ),
    _rule(
        "hiding",
        _E,
        r"\b(?:i am|we are|i have|we have|i) (?:\w+ )?hiding (?:in|from (?:him|her|them|a man|the man|my)|"
        r"under|upstairs|behind|inside)\b|\b(?:locked|barricaded) (?:myself|"
        r"ourselves) in (?:the )?(?:bathroom|bedroom|toilet|room|car)\b",
        unless=r"\b(?:bailiffs?|debt|landlord|letting agent|council tax|bills?|hide and seek|game|"
        r"surprise)\b",
    ),
    _rule(
        "kidnap",
        _E,
        r"\bkidnap\w*|\babduct\w*|\bbeing held (?:against (?:my|his|her|their) will|hostage|captive|"
        r"prisoner)\b|\bheld (?:me|him|her|them|us) (?:hostage|captive|against)\b|\bhostage\b|\b(?:bundled|"
        r"dragged|forced|pushed|pulled|snatched|grabbed) (?:a |an |the |my |his |her |their |"
        r"some )?(?:\w+ )?(?:him|her|them|me|man|woman|girl|boy|child|kid|lad|person|someone|somebody|"
        r"teenager|baby|toddler|daughter|son) into (?:a|an|the|his|their|her) (?:\w+ )?(?:car|van|vehicle|"
        r"motor|boot)\b|\bsnatched (?:my|a|the) (?:baby|child|kid|son|daughter|toddler)\b",
        unless=r"\b(?:bins?|wheelie|parking|recycling|box|caddy|film|movie|book|game)\b",
    ),
    _rule(
        "in_danger",
        _E,
        r"\b(?:in (?:immediate|serious|real|grave|great) danger|in danger (?:right now|now))\b|\b(?:my|his|"
        r"her|their|our|someone's|somebody's|a) li(?:fe|ves) (?:is |are )?(?:in danger|at risk|"
        r"being threatened)\b|\bimmediate danger\b|\b(?:i am|we are|i feel|i am in) (?:in )?danger\b(?! of)",
    ),
    _rule(
        "threat_now",
        _E,
        r"\bthreaten(?:ing|ed|s)? (?:me |us |him |her |them )?(?:to kill|to stab|to shoot|to burn|"
        r"to set fire)\b|\bthreatening (?:me|us|my|people|him|her)\b",
        past=True,
        weak=True,
        needs_now=True,
    ),
    _rule(
        "following",
        _E,
        r"\b(?:someone|somebody|a man|a woman|a guy|a bloke|a car|a van|a group|men|some men|people|he|she|"
        r"they|a stranger|strangers|a gang) (?:is |are |has been |have been |keeps |keep )?(?:following|"
        r"chasing|stalking) (?:me|us|my|him|her)\b|\bbeing (?:followed|chased)\b",
        weak=True,
        past=True,
        unless=r"\b(?:dog|dogs|online|instagram|facebook|twitter|tiktok|social media|snapchat|on (?:x|"
        r"insta))\b",
        gate=r"follow|chas|stalk",
    ),
    _rule(
        "fight",
        _E,
        r"\b(?:fight|brawl|punch up|fighting) (?:is |has )?(?:going on|happening|kicking off|kicked off|"
        r"broken out|broke out|outside)\b|\b(?:mass|big|huge|massive|violent|street|gang) (?:fight|brawl)\b",
        past=True,
        weak=True,
        unless=r"\b(?:council|parking|ticket|fine|planning|insurance|cats?|dogs?|foxes|seagulls?|birds?)\b",
    ),
    _rule(
        "crime_in_progress",
        _E,
        r"\b(?:is|are|am|someone|somebody|people|they|men|lads|kids|youths|thieves|"
        r"gang) (?:\w+ )?(?:stealing|nicking|robbing|smashing|vandalising|vandalizing|trashing|setting fire|"
        r"torching|breaking|mugging|looting|siphoning|stripping|hot ?wiring|joyriding|taking (?:my|our|the|"
        r"a) (?:car|van|bike|motorbike|scooter|catalytic|lead)|ramming|attacking)\b",
        weak=True,
        needs_now=True,
        gate=r"now|currently|moment|speak|progress|minute|second|still",
    ),
    _rule(
        "police_now",
        _E,
        r"\b(?:need|needs|send|get|call|ring|want) (?:the |some )?police (?:here |round |out )?(?:now|"
        r"right now|asap|urgently|immediately|quick|quickly|straight away|fast)\b|\bpolice (?:now|asap|"
        r"urgently|immediately|needed (?:now|urgently|asap))\b|\b(?:send|get) (?:the |some )?police (?:here|"
        r"round|out)\b",
        weak=True,
    ),
    _rule(
        "person_in_peril",
        _E,
        r"\bthreatening (?:to jump|suicide|to kill (?:himself|herself|themselves))\b|\b(?:someone|somebody|"
        r"a (?:man|woman|person|lad|girl|boy|guy|bloke|young \w+|teenager)|he|she|they|my \w+) (?:is |"
        r"are )?(?:\w+ ){0,8}?(?:about to|going to|threatening to|trying to) (?:jump|throw (?:him|her|"
        r"them)sel(?:f|ves))(?= *(?:$|[.,~]|(?:off|from|in front|under|into the (?:river|canal|sea|water)|"
        r"now|right now|tonight)\b))|\b(?:on|over|standing on|sitting on|climbed over|"
        r"climbing over) the (?:edge|wrong side|ledge|parapet|railings) of (?:the |a )?(?:bridge|railings|"
        r"parapet|cliff|roof|building|car park|multi storey|flyover|motorway bridge)\b|\b(?:standing|"
        r"sitting) on (?:the |a )?(?:ledge|parapet)\b",
        gate=r"jump|throw|edge|wrong side|ledge|parapet|railings|suicide|kill",
    ),
    # ---------------------------------------------------------------- crisis
    _rule(
        "suicidal",
        _C,
        r"\bsuicid(?:al|e)\b|\bsuicidal (?:thoughts|feelings|ideation)\b",
    ),
    _rule(
        "kill_myself",
        _C,
        r"\b(?:kill|killing|killed|end|ending) (?:my ?self|ourselves)\b|\b(?:kill|killing|end|"
        r"ending) (?:himself|herself|themselves|themself)\b|\b(?:end|ending|take|taking|took) (?:my|"
        r"me) (?:own )?life\b|\b(?:end|ending|take|taking) (?:his|her|their) (?:own )?life\b|"
        r"\bend (?:it all|everything)\b|\bending it all\b|\b(?:going|want|wanting|wanna|planning|plan|"
        r"thinking|think|about|ready|decided|tempted|considering|thoughts|feel like|feeling like|"
        r"felt like) (?:to |of |about )?(?:just )?(?:end|ending) (?:it|things|everything|"
        r"my life)\b(?! (?:with|between|off)\b)",
    ),
    _rule(
        "want_to_die",
        _C,
        r"\b(?:want|wanting|wanted|wanna|ready|longing|deserve) to (?:just )?(?:die|be dead|not exist|"
        r"stop existing|disappear forever|disappear for good|go to sleep forever)\b|\bwish (?:i|i could|"
        r"i would|i was|i were|i had) (?:just )?(?:die|dead|died|not here|never been born|gone|disappear|"
        r"not wake up|no longer here|not alive|not exist|be dead|was dead|were dead|been dead)\b|"
        r"\bwish i was not (?:here|alive|born)\b|\bbetter off dead\b",
    ),
    _rule(
        "not_want_to_live",
        _C,
        r"\b(?:do not|no longer|never|not|dont) (?:really |even )?(?:want|wanna|wish) (?:to )?(?:be alive|"
        r"be on this earth|be in this world|exist|live any ?more|live any longer|be here any ?more|"
        r"be here any longer|be around any ?more)\b|\b(?:do not|no longer|never|not) (?:really |"
        r"even )?(?:want|wanna) (?:to )?(?:live|be here|go on|carry on|keep going|be alive)(?= *(?:$|[.,~]|"
        r"(?:any ?more|any longer|like this|no more|now|anyway|and|but|i|because|or)\b))",
        negatable=False,
    ),
    _rule(
        "better_off_without_me",
        _C,
        r"\bbetter off (?:without me|if i (?:was|were|was not|were not) (?:gone|dead|here|around|alive|"
        r"not here|not around))\b|\b(?:would not|will not|nobody would|no one would|nobody will|"
        r"no one will) (?:even )?(?:miss me|notice if i (?:was|were|am) gone|care if i (?:died|was gone|"
        r"were gone|disappeared|was dead|were dead))\b|\b(?:i am|feel like|feel) (?:just )?a burden (?:to|"
        r"on) (?:everyone|everybody|my family|them|people|my (?:kids|children|partner|wife|husband))\b",
        negatable=False,
    ),
    _rule(
        "cannot_cope",
        _C,
        r"\bcannot cope\b(?! with (?!(?:life|anything|everything|it all|any of it|myself|my (?:thoughts|"
        r"life|head|feelings|mind)|living|being alive)\b))|\bcannot (?:go on|carry on|keep going)(?= *(?:$|"
        r"[.,~]|(?:any ?more|any longer|like this|living|with (?:life|this|it)|no more|and|but|i|"
        r"because)\b))|\bcannot face (?:another day|life|living|going on|tomorrow)\b",
        negatable=False,
    ),
    _rule(
        "self_harm",
        _C,
        r"\bself (?:harm|harming|harmed|injury|injuring|injure|mutilat\w*)\b|\b(?:cutting|burning|starving|"
        r"harming) (?:my ?self|himself|herself|themselves)\b(?! <ACCIDENT>)|\bcut my ?self\b(?! <ACCIDENT>)|"
        r"\b(?:cut|cutting|slit|slitting|slash\w*|carv\w*) (?:my|me) (?:wrists?|arms?|legs?|thighs?|"
        r"skin)\b(?! <ACCIDENT>)|\b(?:cut|cutting|slit|slitting|slash\w*) (?:his|her|their) wrists?\b|"
        r"\bburnt my ?self on purpose\b|\b(?:want|wanting|urge|urges|going|tempted|thinking|thoughts|"
        r"thought|feel like|scared|afraid|might|could|need|needing|keep|keeps|started|been) (?:to |of |"
        r"about |i will |i might |i could |i would )?(?:\w+ )?(?:hurt|harm|hurting|harming|cut|cutting|burn|"
        r"burning|punish|punishing) my ?self\b(?! <ACCIDENT>)|\b(?:want|wants|wanting|urge|urges|tempted|"
        r"thinking|thoughts|keep|keeps|kept|started|been|is|are|was) (?:to |of |about )?(?:hurt|harm|"
        r"hurting|harming|cut|cutting|burn|burning) (?:himself|herself|themselves)\b(?! <ACCIDENT>)",
    ),
    _rule(
        "no_reason_to_live",
        _C,
        r"\bno (?:reason|point) (?:in |to )?(?:living|live|life|going on|carrying on|being alive|being here|"
        r"keep going|keeping going|anything any ?more|to it all|in anything|me being here|of me|existing)\b|"
        r"\bnothing (?:left )?to live for\b|\b(?:life|living) (?:is )?not worth (?:living|it)\b|"
        r"\bnot worth living\b|\bwhat is the point (?:in|of) (?:living|life|going on|anything|me|"
        r"being alive|carrying on|existing)\b|\b(?:tired|sick|weary) of (?:living|life|being alive|"
        r"existing)\b|\b(?:given|give|giving) up on (?:life|living|everything)\b|\bno future for me\b|"
        r"\b(?:cannot|do not) see (?:a|any) (?:way out|future|point|reason to (?:live|go on|carry on))\b",
        negatable=False,
    ),
    _rule(
        "not_wake_up",
        _C,
        r"\b(?:hope|wish|pray|praying|hoping) (?:that )?(?:i|i will|i would|i do) (?:do not|never|not|"
        r"wont) wake up\b|\b(?:go to sleep|sleep|fall asleep) and (?:never|not) wake up\b|"
        r"\bnever (?:want to )?wake up again\b|\b(?:do not|not|never|"
        r"no longer) (?:really )?want to wake up\b(?! (?:early|at|for|to|before|so|every|on|when|with|"
        r"in the night|tomorrow (?:at|for|to))\b)",
        negatable=False,
    ),
    _rule(
        "unsafe_thoughts",
        _C,
        r"\b(?:unsafe|not safe|do not feel safe|scared|afraid|frightened|terrified) (?:with|of|around|from|"
        r"by|about|being alone with) (?:my ?self|my (?:own )?thoughts|what i (?:might|will|could|"
        r"am going to|would) do)\b|\b(?:do not|cannot) trust my ?self\b(?! (?:to (?:drive|cook|make|choose|"
        r"decide|pick|fix|do (?:diy|it right)|remember|spell)|with (?:money|cash|the remote|chocolate))\b)|"
        r"\b(?:dark|suicidal|intrusive|bad|scary) thoughts (?:about|of) (?:killing|hurting|harming|ending|"
        r"dying|death|suicide|jumping|overdos\w*|cutting)\b|\bthoughts of (?:suicide|killing|hurting|"
        r"harming|ending|dying|death|self harm|jumping)\b|\bthinking (?:about|of) (?:suicide|killing my|"
        r"hurting my|harming my|ending (?:it|my|things)|dying|taking my)\b|\bvoices (?:are )?(?:telling|"
        r"tell|told) me to (?:kill|hurt|harm|die|end|jump|cut)\b|\b(?:do|doing) something (?:stupid|silly|"
        r"drastic) to my ?self\b|\b(?:going to|might|may|will|scared i will|afraid i will|worried i will|"
        r"scared i might|afraid i might) do something (?:stupid|drastic)(?: to my ?self|"
        r" tonight)?\b(?! (?:with|to (?:the|my|his|her|their|him))\b)",
        negatable=False,
    ),
    _rule(
        "mental_health_crisis",
        _C,
        r"\bmental health crisis\b|\b(?:i am|we are|he is|she is|they are|i feel|feeling|my \w+ is) (?:in|"
        r"in a) crisis\b|\bcrisis (?:team|line|cafe|house|service)\b|\bhome treatment team\b|\b(?:having|"
        r"had|is having) a (?:mental |nervous )?breakdown\b|\bnervous breakdown\b|"
        r"\bhearing voices\b(?= (?:\w+ ){0,3}(?:telling|kill|hurt|harm|die))",
        unless=r"\b(?:car|van|vehicle|motorway|m\d+|a\d+|engine|tyre|aa|rac|lorry)\b",
    ),
    _rule(
        "overdose_intent",
        _C,
        r"\b(?:i|i have|i have just|i just|just|ive) (?:taken|took|had|done) (?:an |a )?overdose\b|"
        r"\bi (?:have )?(?:just )?overdosed\b|\b(?:want|wanting|going|planning|plan|thinking|think|tempted|"
        r"considering|thought|thoughts|urge) (?:to |of |about )?(?:take |taking |taken |do |doing )?(?:an |"
        r"a )?overdos\w*\b|\b(?:pills|tablets|overdose|paracetamol|them) on purpose\b|\bon purpose (?:took|"
        r"taken|overdosed)\b|\b(?:i|i have|i have just|i just) (?:taken|took|swallowed|had) <PILLS_QTY>\b|"
        r"\b(?:stockpiling|stockpiled|saving up|saved up|collecting|hoarding) (?:my |some |all my |"
        r"all of my )?<PILLS>\b",
    ),
    _rule(
        "method",
        _C,
        r"\b(?:hang|hanging|drown|drowning|gas|poison|poisoning|shoot|shooting|electrocute|starve|"
        r"starving) (?:my ?self|himself|herself|themselves)\b|\b(?:want|wanting|going|thinking|think|"
        r"tempted|urge|about|planning|wanna|thought|thoughts) (?:to |of |about )?(?:jump|jumping|"
        r"throw my ?self|throwing my ?self|step|stepping|walk|walking) (?:off|from|in front of|under|"
        r"into) (?:a |the )?(?:bridge|building|roof|cliff|car park|multi storey|balcony|tower|motorway|"
        r"train|bus|lorry|car|traffic|river|sea|canal)\b|\b(?:wrote|written|writing|left) (?:a |"
        r"my )?suicide note\b|\bgoodbye (?:letters?|notes?) to my\b|\bi (?:am |will |might |want to |"
        r"am about to |am going to |feel like i (?:will|might) )?(?:(?:just|going to|about to|"
        r"gonna) )?jump(?= *(?:$|[.,~]|(?:off|from|in front|now|tonight|today)\b))|\bi am (?:\w+ )?(?:on|"
        r"at) (?:the |a )?(?:bridge|ledge|cliff|edge of|roof of|top of|railway|train tracks?|"
        r"tracks)\b(?:[a-z ]{0,40}?)\b(?:jump|end it|kill myself|die|goodbye)\b",
    ),
    _rule(
        "harm_others_thoughts",
        _C,
        r"\b(?:urges?|thoughts|thinking about|intrusive thoughts about|scared i will|afraid i will|"
        r"scared i might|afraid i might) (?:to |of |about )?(?:hurt|harm|kill|hurting|harming|"
        r"killing) (?:someone|somebody|people|others|my (?:baby|child|kids|children|son|daughter|partner|"
        r"wife|husband))\b",
    ),
    # ---------------------------------------------------------------- child at risk
    _rule(
        "child_harmed_by",
        _K,
        r"\b(?:hit|hits|hitting|beat|beats|beating|hurt|hurts|hurting|abuse|abuses|abused|abusing|neglect|"
        r"neglects|neglected|neglecting|starve|starves|starved|starving|smack|smacks|smacked|smacking|slap|"
        r"slaps|slapped|slapping|punch|punches|punched|punching|kick|kicks|kicking|kicked|shake|shakes|"
        r"shaking|shook|burn|burns|burned|burnt|molest\w*|groom|grooms|grooming|groomed|exploit\w*|"
        r"mistreat\w*|batter\w*|whack\w*|thump\w*|throttl\w*|strangl\w*|chok\w*|scald\w*|bruis\w*|"
        r"touch\w* up|inappropriately touch\w*|drag|drags|dragging|dragged|threw|throwing|throws|lock|locks|"
        r"locked|locking|screaming at|screams at|swearing at|sexually abus\w*) (?:(?:[a-z']+|"
        r",) ){0,2}?<CHILD>\b(?!'s)",
        unless=r"\b(?:car|van|lorry|bus|vehicle|driver|motorbike|taxi|truck) (?:has |had |just |was |"
        r"that )?(?:hit|knocked|ran|run)\b|\b(?:ball|football|stones?|eggs?|snowballs?) at\b|\b(?:nearly|"
        r"almost) (?:hit|knocked)\b",
        gate=r"child|kid|bab|toddler|infant|newborn|son|daughter|little|boy|girl|grand|niece|nephew|pupil|"
        r"youngster|teen|year old|twins",
    ),
    _rule(
        "child_harmed",
        _K,
        r"\b<CHILD> (?:(?:next door|upstairs|downstairs|over the road|across the road|at number \d+|"
        r"in (?:the|that|this) (?:house|flat)|there|here|who lives? \w+ \w+) )?(?:(?:is|are|was|were|keeps|"
        r"keep|always|often|constantly|regularly|being|been|getting|gets|get|got|has|have|had|look|looks|"
        r"looked|seem|seems|appear|appears|frequently|with|often has|always has|sometimes|has got|have got|"
        r"turned up|turns up|turn up|came to school|comes to school|come to school|go to school|"
        r"goes to school) ){1,3}(?:being )?(?:hit(?! by (?:a|an|the) (?:car|van|lorry|bus|bike|vehicle|ball|"
        r"motorbike|train))|beaten|beaten up|abused|neglected|starved|starving|malnourished|underfed|"
        r"smacked|slapped|punched|shaken|molested|groomed|exploited|mistreated|battered|whacked|thumped|"
        r"covered in (?:bruises|marks|burns|cuts)|(?:unexplained |lots of |"
        r"loads of )?(?:bruises (?:all over|on (?:his|her|their) (?:face|arms?|neck|legs?|body|back))|"
        r"black eyes?|cigarette burns|unexplained (?:bruises|marks|injuries))|locked (?:in|out|up)|"
        r"left (?:alone|on (?:his|her|their) own|home alone|unattended|by (?:himself|herself|themselves)|"
        r"in (?:the|a) car)|home alone|alone (?:at|in) (?:home|the house|the flat|all day|all night)|"
        r"(?:always|constantly|often) (?:so |really |very )?(?:hungry|starving)|begging (?:for|"
        r"neighbours for) food|not (?:being )?fed|unfed|(?:dirty|filthy|unwashed|smelly) and (?:hungry|thin|"
        r"skinny|unfed)|scared (?:to go home|of (?:his|her|their) (?:dad|mum|father|mother|parents|stepdad|"
        r"stepmum|mum's boyfriend))|sexually abused|crying for help|screaming for help|screaming in pain)\b",
        gate=r"child|kid|bab|toddler|infant|newborn|son|daughter|little|boy|girl|grand|niece|nephew|pupil|"
        r"youngster|teen|year old|twins",
    ),
    _rule(
        "child_left_alone",
        _K,
        r"\b(?:left|leave|leaves|leaving|locked|locks|locking) (?:(?:[a-z']+) ){0,2}?<CHILD> (?:(?:[a-z']+) "
        r"){0,2}?(?:alone|on (?:his|her|their) own|home alone|unattended|by (?:himself|herself|themselves)|"
        r"in (?:the|a) (?:hot )?car|in (?:the|a|his|her|their) (?:room|cupboard|shed|garden|house) (?:all|"
        r"for)|outside (?:all|for hours|in the cold)|for hours|all day|all night|overnight)\b|"
        r"\b<CHILD> (?:(?:[a-z']+) ){0,2}?(?:home alone|left alone|alone in (?:a|the) (?:hot )?car|"
        r"wandering (?:alone|the streets|on (?:his|her|their) own|around on (?:his|her|their) own|"
        r"near the road)|on (?:his|her|their) own (?:at night|all night|in the street|by the road))\b|"
        r"\b(?:toddler|little (?:boy|girl|one)|small (?:child|boy|girl|kid)|young (?:child|boy|girl|kid)|"
        r"baby|infant) (?:\w+ ){0,2}?(?:wandering|on (?:his|her|their) own|alone|by (?:himself|herself|"
        r"themselves)|unattended|unsupervised)\b",
        gate=r"alone|own|unattended|himself|herself|themselves|car|room|cupboard|shed|garden|house|outside|"
        r"hours|all day|all night|overnight|wander|unsupervised",
    ),
    _rule(
        "child_danger",
        _K,
        r"\b<CHILD> (?:(?:[a-z']+) ){0,2}?(?:is|are|was|were|be|being) (?:at risk|in danger|not safe|"
        r"unsafe)\b(?! of (?:flood\w*|falling|tripping|being hit))",
        unless=_ROAD_CONTEXT,
        gate=r"risk|danger|safe",
    ),
    _rule(
        "worried_about_child",
        _K,
        r"\b(?:worried|concerned|anxious|worry|worrying|concern|concerns|worries|fears?) (?:about|for|over|"
        r"re) (?:the )?(?:safety |welfare |wellbeing |well being )?(?:of )?(?:(?:[a-z']+) "
        r"){0,3}?<CHILD>\b(?!'s)",
        msg_unless=r"\b(?:school places?|admissions?|ehcp|send|special needs|school transport|catchment|"
        r"applications?|appeal|exams?|gcses?|a levels|grades|nursery place|childcare costs|tuition|homework|"
        r"school bus|bus pass|uniform|free school meals|fostering|adoption|library|vaccin\w*|rash|"
        r"temperature|fever|cough|cold|teeth|tooth|dentist|gp|appointment|prescription|asthma|eczema|sleep|"
        r"eating|weight|speech|development|anxiety|depressed|depression|low mood|mental health|therapy|"
        r"(?:been|is|seems|so|really|very) (?:really |very |so )?(?:down|low|sad|quiet|withdrawn|moody)|"
        r"behaviou?r|(?:will not|does not|not) (?:talk|talking|speak|speaking)|self esteem|confidence|"
        r"counselling|camhs|missing|not come home|hasn't come home|has not come home|road|traffic|crossing|"
        r"speeding|pothole|pavement|play equipment|playground|park)\b",
        gate=r"worr|concern|anxious|fear",
    ),
    _rule(
        "child_abuse_stated",
        _K,
        r"\bchild (?:abuse|neglect|cruelty|exploitation|sexual exploitation|trafficking|sexual abuse|"
        r"protection (?:concern|issue|referral|worry))\b|\b(?:sexual|physical|emotional) abuse of (?:a |my |"
        r"the |their )?<CHILD>\b|\bfgm\b|\bfemale genital mutilation\b|\bgrooming gang\b|"
        r"\bonline grooming\b|\bpaedophiles?\b|\bpedophiles?\b|\bpaedo\b|\bpedo\b|\bnonces?\b|"
        r"\bindecent images\b|\b(?:asking|asked|sending|sent|wants?|send) (?:\w+ ){0,6}?(?:nudes|"
        r"naked (?:pictures|photos|pics|images)|explicit (?:pictures|photos|images))\b|"
        r"\bsafeguarding (?:concern|issue|referral|matter|problem)\b(?=.*\b<CHILD>\b)",
    ),
    _rule(
        "parent_hurts_me",
        _K,
        r"\b(?:my|our) (?:step ?dad|step ?mum|dad|mum|father|mother|parents|stepfather|stepmother|"
        r"mum's (?:boyfriend|partner)|dad's (?:girlfriend|partner)) (?:(?:[a-z']+|,) ){0,3}?(?:hits|hit|"
        r"hitting|beats|beat|beating|punches|punched|kicks|kicked|slaps|slapped|hurts|hurt|burns|burnt|"
        r"locks|locked|starves|touches|touched|abuses|abused|strangles|strangled|chokes|choked|throws|"
        r"threw) (?:me|us|my (?:brother|sister|brothers|sisters))\b|\b(?:i am|im) (?:only )?(?:[5-9]|1[0-7]|"
        r"five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
        r"seventeen)(?: years old)? (?:and|,) (?:\w+ |, ){0,6}?(?:scared|hit|hits|hurt|hurts|abuse\w*|beat|"
        r"beats|hungry|alone|touch\w*|unsafe|not safe|afraid|locked)\b",
        gate=r"dad|mum|father|mother|parent|i am|im ",
    ),
    # ---------------------------------------------------------------- domestic abuse
    _rule(
        "partner_violence",
        _D,
        r"\b<PARTNER_NP> (?:(?:[a-z']+|,) ){0,3}?<PHYS> <VICTIM>\b",
        unless=r"\b(?:car|van|lorry|bus|vehicle|parked|reversed|reversing|pothole|ball|football)\b",
        gate=r" me\b| us\b| her\b| him\b| them\b|mum|mother|sister|daughter|son|kids|children|child|baby|"
        r"brother|nan|gran|dad|partner|wife|husband|girlfriend|boyfriend",
    ),
    _rule(
        "partner_threats",
        _D,
        r"\b<PARTNER_NP> (?:(?:[a-z']+|,) ){0,8}?(?:threatens|threatened|threatening|threaten) (?:me |us |"
        r"her |him )?(?:to (?:kill|hurt|stab|burn|harm|take (?:the|my|our) (?:kids|children|baby)|beat|hit|"
        r"smash|throw|make me homeless|end)|me|us|her|him)\b|\b<PARTNER_NP> (?:(?:[a-z']+) ){0,3}?(?:says|"
        r"said) (?:he|she|they) (?:will|would|is going to|was going to) (?:kill|hurt|stab|harm) (?:me|us|"
        r"her|him)\b",
        gate=r"threat|says|said",
    ),
    _rule(
        "partner_control",
        _D,
        r"\b(?:<PARTNER_NP>|he|she) (?:(?:[a-z']+) ){0,3}?(?:is (?:very |so |really |extremely |quite |too |"
        r"always )?(?:controlling(?! (?:the|a|an|his|her|their|it)\b)|possessive and controlling)|"
        r"controls (?:me|my|everything|all|what i|where i|who i|the money|our money)|(?:will not|does not|"
        r"never|refuses to|would not) let (?:me|her) (?:leave|go out|out of|see (?:my|her) (?:friends|"
        r"family|mum|mother)|have (?:my|her) own|contact|go anywhere|work)|takes (?:all )?(?:my|our|"
        r"her) (?:money|wages|phone|bank card|benefits|car keys|passport)|checks (?:my|her) (?:phone|"
        r"messages|texts|bank)|tracks (?:my|her) (?:phone|location)|monitors (?:me|my|her|everything)|"
        r"locks (?:me|her|us) (?:in|out)|keeps (?:me|her) (?:locked|from|away|prisoner)|stops (?:me|"
        r"her) (?:from )?(?:seeing|going|leaving|working|talking)|isolat\w+ (?:me|her))\b",
        gate=r"control|let|takes|checks|tracks|monitors|locks|keeps|stops|isolat",
    ),
    _rule(
        "partner_control_broad",
        _D,
        r"\b<PARTNER_NP> (?:(?:[a-z']+) ){0,3}?(?:will not|does not|never|refuses to|would not) let (?:me|"
        r"her) (?:have|use|talk|speak|go|see|wear)\b",
        gate=r"let",
    ),
    _rule(
        "fear_of_partner",
        _D,
        r"\b(?:scared|afraid|frightened|terrified|fear|fearful) (?:of|for my (?:life|safety) (?:because of|"
        r"from)) <PARTNER_NP>\b|\b<PARTNER_NP> (?:(?:[a-z']+) ){0,3}?(?:scares|frightens|terrifies) (?:me|"
        r"her|us)\b|\bscared (?:of )?what (?:he|she) (?:will|might|would|could) do\b|\b(?:scared|afraid|"
        r"frightened|terrified) to go (?:back )?home\b|\b(?:scared|afraid|frightened|terrified) of (?:him|"
        r"her)\b(?! (?:dog|dogs|cat|car|van|driving|music|party|parties))|\bwalking on eggshells\b",
        unless=r"\b(?:neighbour|neighbours|landlord|dog|teacher|boss|bailiffs?|school|bullies|bully)\b|"
        r"\b(?:i am|im) (?:only )?(?:[5-9]|1[0-7]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
        r"fourteen|fifteen|sixteen|seventeen)\b",
        gate=r"scared|afraid|frighten|terrif|fear|scares|eggshells",
    ),
    _rule(
        "partner_harassment",
        _D,
        r"\b<POSS> (?:[a-z']+ )?<ROMANTIC> (?:(?:[a-z']+) ){0,3}?(?:keeps|will not stop|won't stop|is|"
        r"has been|keeps on|kept|constantly|always) (?:turning up|following|stalking|harassing|ringing|"
        r"calling|texting|messaging|contacting|watching|sitting outside|hanging around|waiting outside|"
        r"threatening)\b",
        gate=r"keep|stop|is |has been|kept|constantly|always",
    ),
    _rule(
        "pronoun_violence",
        _D,
        r"\b(?:he|she) (?:(?:[a-z']+) ){0,2}?(?:hits|beats|punches|kicks|slaps|strangles|strangled|chokes|"
        r"choked|throttled|hit|beat|punched|kicked|slapped|pushed|shoved|headbutted|raped|batters|battered|"
        r"hurts|hurt) (?:me|us|my (?:mum|mother|sister|kids|children))\b",
        unless=r"\b(?:car|van|lorry|bus|vehicle|parked|reversed|reversing|driver|bike|ball|football|school|"
        r"neighbour|stranger|man in the street|bouncer)\b",
        gate=r"he |she ",
    ),
    _rule(
        "domestic_abuse_stated",
        _D,
        r"\bdomestic (?:abuse|violence|abuser)\b|\bcoercive(?: and controlling)?(?: control\w*| behaviou?r|"
        r" relationship)?\b|\bcontrolling (?:and coercive )?(?:behaviou?r|relationship|partner|husband|wife|"
        r"boyfriend|girlfriend|ex|marriage)\b|\b(?:abusive|violent) (?:relationship|partner|husband|wife|"
        r"boyfriend|girlfriend|ex|marriage|ex partner|ex husband|ex boyfriend|home|household)\b|\b(?:a|"
        r"there is a|having a|big|another|loud) domestic (?:next door|upstairs|downstairs|going on|"
        r"happening|again|in)\b|\bhonour based (?:abuse|violence)\b|\bforced marriage\b|\bmarital rape\b|"
        r"\b(?:need|find|go to|get into|place in|space in|space at|stay in|escape to|move to|"
        r"get to) (?:a )?(?:women's |womens )?refuge\b|\bflee\w* (?:from )?(?:my|an|domestic|abuse|violence|"
        r"him|her)\b|\b(?:fled|escaped|escaping|left|leaving) (?:from )?(?:my|an|a) (?:abusive|violent|"
        r"controlling)\b",
    ),
)

# Crisis plus any of these means life may be at risk now: also raise EMERGENCY.
_IMMINENT = re.compile(
    _expand(
        r"\b(?:tonight|right now|today|this minute|as we speak|about to|going to do it|on (?:the|"
        r"a) (?:bridge|ledge|roof|edge|railway|train tracks?|tracks|cliff)|(?:have|got|bought|collected|"
        r"saved up|stockpiled|holding|sat here with|sitting here with) (?:the |a |some |all |all the |"
        r"enough )?(?:<PILLS>|rope|knife|blade|razor|razors)|(?:wrote|written|writing|left) (?:a |"
        r"my )?(?:suicide )?note|saying goodbye|said goodbye|goodbye (?:to )?everyone|final goodbye|(?:have|"
        r"has|i have|i am|i) (?:just )?(?:taken|took|cut|overdosed|swallowed)|bleeding|cut (?:my|his|"
        r"her) wrists?|slit)\b"
    )
)


def _bounds(positions: list[int], start: int, end: int, length: int) -> tuple[int, int]:
    """Return the span between the nearest separators around [start, end)."""
    i = bisect.bisect_right(positions, start) - 1
    left = positions[i] if i >= 0 else 0
    j = bisect.bisect_left(positions, end)
    right = positions[j] if j < len(positions) else length
    return left, right


def _context_allows(
    rule: _Rule,
    text: str,
    start: int,
    end: int,
    sent_pos: list[int],
    clause_pos: list[int],
    disclaimed: bool,
) -> bool:
    """Apply a rule's suppressions to one match; True means the match counts."""
    if rule.weak and disclaimed:
        return False
    s_left, s_right = _bounds(sent_pos, start, end, len(text))
    c_left, c_right = _bounds(clause_pos, start, end, len(text))
    sentence = text[s_left:s_right]
    if rule.negatable and _NEG_BEFORE.search(text[max(c_left, start - 48) : start]):
        return False
    if rule.needs_now and not _NOW.search(sentence):
        return False
    if rule.unless is not None and rule.unless.search(sentence):
        return False
    if rule.past_sensitive:
        clause = text[c_left:c_right]
        if not _PRESENT.search(clause):
            if _PAST.search(clause):
                return False
            # "... I was attacked, it was last night": the time is given in the next clause.
            follow = text[c_right : c_right + 160].partition(" . ")[0]
            if _FOLLOW_PAST.search(follow) and _PAST.search(follow):
                return False
    return True


def check(text: str) -> SafetyResult:
    """Scan one resident message for danger signals.

    Deterministic and linear-time in practice: input is capped, patterns are precompiled and bounded.
    """
    if not text or not text.strip():
        return SafetyResult(flags=(), matched=())
    norm = normalise(text)
    if not norm:
        return SafetyResult(flags=(), matched=())
    disclaimed = _DISCLAIMER.search(norm) is not None
    masked = _MASK.sub(" ~ ", norm)
    masked = " " + _RE_SPACES.sub(" ", masked).strip() + " "
    sent_pos = [m.start() for m in _SENT_SEP.finditer(masked)]
    clause_pos = [m.start() for m in _CLAUSE_SEP.finditer(masked)]

    hits: dict[SafetyFlag, list[str]] = {}
    for rule in _RULES:
        if rule.gate is not None and rule.gate.search(masked) is None:
            continue
        if rule.msg_unless is not None and rule.msg_unless.search(masked):
            continue
        for m in rule.pattern.finditer(masked):
            if _context_allows(rule, masked, m.start(), m.end(), sent_pos, clause_pos, disclaimed):
                hits.setdefault(rule.flag, []).append(rule.rule_id)
                break

    if SafetyFlag.CRISIS in hits and SafetyFlag.EMERGENCY not in hits and _IMMINENT.search(masked):
        hits[SafetyFlag.EMERGENCY] = ["emergency.crisis_imminent"]

    flags = tuple(flag for flag in _SEVERITY if flag in hits)
    matched = tuple(rule_id for flag in flags for rule_id in hits[flag])
    return SafetyResult(flags=flags, matched=matched)

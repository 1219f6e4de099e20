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

Rules describe families of situations rather than sentences: "people hurt", "pouring with blood", "pinned
underneath", "gone under and not come back up", "pills in front of me", "hands round my neck". Ambiguous
signals are paired with a second one before they count (a rule's ``needs``): writing letters to the family
only counts with a second farewell sign, a bruise only counts with a child in the message, "can't get out"
only with fire or water. Each rule has a cheap keyword ``gate`` that only skips work, never changes a result.
Telegraphic messages ("car. upside down. in the river.") are read a second time with their fragments joined.

:func:`check` scans the start and end of very long input; :func:`check_long` scans all of it in overlapping
windows, linear in its length.

Only rule ids are reported, never user text, so results can be logged without personal data.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

__all__ = ["SafetyFlag", "SafetyResult", "check", "check_long"]


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
    "someones": "someone is",
    "somebodys": "somebody is",
    "shes": "she is",
    "somebody's": "somebody is",
    "everyone's": "everyone is",
    "everything's": "everything is",
    "nothing's": "nothing is",
    "something's": "something is",
    "life's": "life is",
    "where's": "where is",
    "here's": "here is",
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
    "myslf": "myself",
    "mysef": "myself",
    "freind": "friend",
    "frend": "friend",
    "freinds": "friends",
    "wnat": "want",
    "wnt": "want",
    "kil": "kill",
    "kll": "kill",
    "husbnd": "husband",
    "husbnad": "husband",
    "hubbie": "husband",
    "boyfreind": "boyfriend",
    "boyfrend": "boyfriend",
    "girlfreind": "girlfriend",
    "partener": "partner",
    "evry": "every",
    "hlp": "help",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "2day": "today",
    "cba": "cannot be bothered",
    "ngl": "not going to lie",
    "breahting": "breathing",
    "brething": "breathing",
    "breething": "breathing",
    "breathign": "breathing",
    "propperly": "properly",
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
    r"knocked|left|locked|swallowed|overdosed|eaten|drunk|drank|been|cut|burnt|burned|hurt|died|made|said|told|"
    r"tried|started|jumped|climbed|driven|crashed|written|bought|used|lost|fainted|vanished|disappeared|"
    r"attacked|pushed|threatened|grabbed|punched|kicked|slapped|come|came|done|given|put|pulled)\b)"
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
    (
        re.compile(r"\b(he|she|it|someone|somebody|there|who|what|that|everyone|nobody) is (been|got)\b"),
        r"\1 has \2",
    ),
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
    """Lower-case, unify punctuation, expand contractions and slang (long input is capped, see _cap).

    Sentence punctuation becomes the token "." and commas the token "," so that multi-word rules never match
    across them and past/present markers can be scoped to a clause.
    """
    return _normalise_all(_cap(text))


def _normalise_all(text: str) -> str:
    """:func:`normalise` without the length cap."""
    text = unicodedata.normalize("NFKC", text).translate(_CHAR_MAP).lower()
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
    r"youngster|chap|dog walker|cyclists|pedestrians|drivers|elderly|casualty|victim|farmer|workman|workmen|"
    r"labourer|swimmer|swimmers|climber|hiker|walkers|shopper|shoppers|bystander|bystanders|kids|pupils|gang|"
    r"group|mob|crowd)"
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
    r"daughter|daughters|little (?:boy|girl|one|ones|lad|cousin|brother|sister|niece|nephew|friend|mate)|boy|boys|"
    r"girl|girls|stepson|stepdaughter|grandson|"
    r"granddaughter|grandchild|grandchildren|grandkids|niece|nephew|pupil|pupils|schoolchild\w*|youngster|"
    r"youngsters|teenager|teenagers|\d{1,2} year old|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) year old|twins)"
)
_FRAGMENTS["PARTNER"] = (
    r"(?:partner|husband|wife|boyfriend|girlfriend|ex|ex (?:husband|wife|partner|boyfriend|girlfriend)|"
    r"fianc\w*|spouse|other half|fella|man|bloke|son|daughter|brother|sister|dad|father|mum|mother|stepdad|"
    r"stepfather|stepmum|stepmother|step dad|step mum|uncle|aunt|auntie|cousin|grandson|granddaughter|"
    r"(?:mother|father|brother|sister|son|daughter) in law|in laws|family|nephew|niece|carer|lodger|"
    r"grandchildren|grandkids|brothers|sons|relatives)"
)
_FRAGMENTS["ROMANTIC"] = (
    r"(?:partner|husband|wife|boyfriend|girlfriend|ex|ex (?:husband|wife|partner|boyfriend|girlfriend)|"
    r"fianc\w*|spouse|other half)"
)
_FRAGMENTS["POSS"] = r"(?:my|our|her|his|their|your|[a-z]+'s)"
_FRAGMENTS["PARTNER_NP"] = r"<POSS> (?:[a-z']+ ){0,2}?<PARTNER>"
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
    r"intimidating|spat (?:at|on)|spits (?:at|on)|pins|pinned|drags|dragged|dragging|thrown|threw|throws|"
    r"knocks|knocked|knocking|roughs|roughed|manhandles|manhandled|terrorises|terrorised|batters|shakes|shook)"
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
    r"(?:every (?:single |last |one of (?:my |his |her |the ))?(?:pill|tablet|painkiller|capsule)s?|"
    r"(?:(?:all|whole|entire|loads of|lots of|a lot of|a load of|a bunch of|a handful of|handfuls of|"
    r"too many|a full|a whole|the whole|an entire|a box of|a packet of|a bottle of|a strip of|boxes of|"
    r"packets of|bottles of|[1-9]\d+|twenty|thirty|forty|fifty|dozens of|loads) )(?:(?:of |of my |my |his |"
    r"her |their |the |the )?(?:packet of |box of |bottle of |packets of |boxes of )?)(?:my |his |her |"
    r"their |the )?<PILLS>)"
)
_FRAGMENTS["NOWM"] = (
    r"(?:right now|now|as we speak|at this moment|this minute|this second|currently|in progress|"
    r"happening now|at the moment|still (?:here|there|outside|inside|going on|happening))"
)

_FRAGMENTS["ACCIDENT"] = (
    r"(?:on|with|shaving|while|when|by|accidentally|opening|slicing|chopping|cooking|at|in|falling|tripping|"
    r"badly on|over|gardening|doing|trying|climbing|playing)\b"
)

_FRAGMENTS["BODY"] = (
    r"(?:head|skull|scalp|face|forehead|cheek|eye|neck|throat|chest|stomach|belly|tummy|back|side|arm|arms|"
    r"forearm|wrist|hand|hands|finger|fingers|thumb|leg|legs|thigh|knee|shin|calf|ankle|foot|feet|toe|ear|"
    r"shoulder)"
)
# Very young children: on their own outside, at night or in a car they are in danger.
_FRAGMENTS["YOUNG"] = (
    r"(?:toddler|toddlers|baby|babies|infant|infants|tot|tots|little (?:boy|girl|one|ones|lad|kid|kids|child|"
    r"children|mite)|small (?:child|children|boy|girl|kid|kids)|young (?:child|children|boy|girl|kid|kids)|"
    r"tiny (?:child|boy|girl|kid)|(?:[1-9]|one|two|three|four|five|six|seven|eight|nine) year old|(?:boy|girl|"
    r"child|kid|lad|lass|toddler) (?:of |aged )?(?:about |around |maybe |only |roughly )?(?:[1-9]|one|two|three|"
    r"four|five|six|seven|eight|nine)\b(?! (?:years|year|months|weeks|days|hours)\b))"
)
# Any mention of a child or young person, for rules that need a child in the message.
_FRAGMENTS["YOUTH"] = (
    r"(?:<CHILD>|teen\w*|lads?|kids?|underage|under age|under 1[0-8]|schoolgirls?|schoolboys?|school|"
    r"care home|children's home|childrens home|foster\w*|year (?:[5-9]|1[0-3])|aged? (?:[5-9]|1[0-7])|"
    r"(?:about|around|only|of) (?:[5-9]|1[0-7])|minors?|young (?:people|person|lads?|girls?|boys?|ones?)|(?:is|am|"
    r"are|turned|just turned) (?:only )?(?:[5-9]|1[0-7])\b(?! (?:minutes|mins|hours|pounds|quid|pence|p|days|weeks|"
    r"miles|percent|metres|feet|degrees|of)\b))"
)
# Water a person can drown in.
_FRAGMENTS["WATER"] = (
    r"(?:river|canal|sea|lake|pond|reservoir|quarry|water|waves|weir|harbour|docks?|estuary|loch|lido|"
    r"pool|swimming pool|beach|tide|current|flood ?water|floods|surface|ice)"
)
# Nuisance and service words: despair phrases next to these are usually about the service, not a crisis.
_FRAGMENTS["SERVICE_GRIPE"] = (
    r"(?:noise|noisy|music|barking|drilling|bins?|bin men|council|landlord|letting agent|neighbours?|"
    r"repairs?|pothole|potholes|parking|roadworks|builders?|damp|mould|traffic|parties|party|waiting list|"
    r"on hold|phone line|queue|broadband|internet|fly tipping|dog mess|rats|mice|street ?light)"
)

# Signs of saying goodbye before suicide; any one of them alone is usually innocent, two together are not.
_FRAGMENTS["FAREWELL_LETTERS"] = (
    r"(?:(?:wrote|written|writing|write|left|leaving|leave|recorded|recording) (?:\w+ ){0,2}?(?:letters?|notes?|"
    r"messages?|cards?|videos?) (?:to|for) (?:\w+ ){0,2}?(?:family|kids|children|wife|husband|partner|mum|dad|"
    r"parents|loved ones|friends|everyone|everybody|son|daughter|sister|brother|girlfriend|boyfriend)|(?:wrote|"
    r"written|writing|left|leaving) (?:a |my |the )?(?:note|letter|goodbye note|goodbye letter)s?)"
)
_FRAGMENTS["FAREWELL_GIVEAWAY"] = (
    r"(?:(?:given|giving|gave|give|giving out) away (?:all )?(?:of )?(?:my|his|her) (?:stuff|things|belongings|"
    r"possessions|pets?|cat|dog|clothes|tools|guitar|books|jewellery|records|collection)|(?:given|giving|gave|"
    r"give) (?:all )?(?:of )?(?:my|his|her) (?:stuff|things|belongings|possessions|pets?|cat|dog|clothes|tools|"
    r"guitar|books|jewellery|records|collection) (?:away|to (?:my|his|her) \w+)|(?:gave|given|giving) (?:me|us|"
    r"her|him|them) (?:his|her|their) (?:cat|dog|pets?|things|stuff|spare keys|keys|savings|bank card|"
    r"jewellery|tools)|(?:deleted|deleting|closed|closing|shut down) (?:all )?(?:of )?(?:my|his|her) (?:social "
    r"media|accounts|facebook|instagram|profiles?)|(?:cancelled|cancelling) (?:all )?(?:of )?(?:my|his|her) "
    r"(?:phone|phone contract|contracts|subscriptions|direct debits))"
)
_FRAGMENTS["FAREWELL_AFFAIRS"] = (
    r"(?:(?:put|putting|sorted|sorting|got|getting) (?:all )?(?:my|his|her) affairs(?: in order| sorted)?|"
    r"(?:my|his|her) affairs (?:are )?(?:in order|sorted))"
)
_FRAGMENTS["FAREWELL_RESOLVE"] = (
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
_FRAGMENTS["ADULT"] = (
    r"(?:(?:older|grown|grown up|adult|much older|middle aged|creepy|strange) (?:men|man|blokes?|guys?|males?|"
    r"lads|women|woman|people)|(?:1[89]|[2-6]\d|twenty|thirty|forty|fifty|sixty) year old (?:men|man|blokes?|"
    r"guys?|woman|women)|(?:man|men|bloke|blokes|guy|guys|woman|women) in (?:his|her|their) (?:twenties|thirties|"
    r"forties|fifties|sixties|[2-6]0s))"
)

# Words of despair that turn an ambiguous act (giving things away, writing letters) into a warning sign.
_FRAGMENTS["DESPAIR"] = (
    r"(?:hopeless|worthless|no point|pointless|a burden|empty inside|numb|nothing left|cannot go on|give up|"
    r"giving up|given up|end it|die|dying|dead|suicid\w*|kill my ?self|no future|no way out|no reason to live|"
    r"better off without me|cannot do this any ?more|cannot take (?:it|any ?more))"
)

# How a self-harm act was done, between the act and "again" ("burnt myself with a lighter again").
_FRAGMENTS["SH_HOW"] = (
    r"(?: with (?:a |my |the )?(?:lighter|razor|blade|knife|cigarettes?|compass|scissors|glass|pen|pencil))?"
    r"(?: really| badly| deep| deeper| on purpose)?"
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


def _hoist_boundary(pattern: str) -> str:
    """Rewrite "\\bA|\\bB|..." as "\\b(?:A|B|...)": same matches, but most positions fail on one check.

    Python's matcher tries every alternative at every position; testing the shared word boundary once first
    makes the scan several times faster on long input.
    """
    parts = _top_level_alternatives(pattern)
    if len(parts) < 2 or not all(part.startswith("\\b") for part in parts):
        return pattern
    return "\\b(?:" + "|".join(part[2:] for part in parts) + ")"


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(_hoist_boundary(_expand(pattern)))


# ----------------------------------------------------------------------------------------------------
# Masks: idioms and negated phrases are blanked with "~" before rules run, so rules need no idiom knowledge.
# ----------------------------------------------------------------------------------------------------

_IDIOMS = (
    # fire and smoke
    r"\bfire engine red\b",
    r"\bfire (?:alarms?|extinguishers?|safety|doors?|exits?|escapes?|hydrants?|station|risks?|hazards?|"
    r"drills?|certificates?|inspections?|blankets?|proof\w*|retardant|resistant|damaged?|place|wood|works|"
    r"pits?|officers?|assessments?|regs|regulations|checks?|hose|bell|breaks?|fighters? visit|"
    r"service (?:visit|check)|engine red|marshal|warden|warnings?|danger|bans?|index|season|weather|"
    r"precautions|awareness|training|course|plan|strategy)\b",
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
    r"\b(?:on fire|burning|alight|ablaze) \. (?:no|nope|not really)\b",
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
    r"dark|bright|loud|funny|lucky|keen|serious|tired|boring|end|centre|center|weight|heat|plants?|grass|rich|"
    r"posh|chuffed|pleased|proud|tasty|handy|comfy|cosy|sound|tidy|smart|cool|lovely|impressed|excited|"
    r"jealous|fit|cute|sweet|nervous|worried|hungry|full|sure|certain|against|set against|right|"
    r"pixels?|body of (?:an? )?(?:fox|badger|deer|cat|dog|bird|animal|seal|sheep|swan))\b",
    r"\bkill(?:ing|s)? (?:it|the (?:noise|music|engine|lights|power|vibe|mood)|my (?:back|feet|tyres|tires|"
    r"car|suspension|knees?|ears|head|neck|wheels|alloys|shoulders?|hips?))\b",
    r"\bkill(?:ing|ed)? (?:my ?self|myself|himself|herself|themselves|ourselves) (?:laughing|"
    r"with laughter)\b",
    r"\b(?<!says he )(?<!said he )(?<!says she )(?<!said she )(?<!told me he )(?<!told me she )"
    r"(?:could|would|will|is going to|going to|gonna) kill (?:me|us|him|her) (?:(?:when|if) (?:[a-z']+ ){1,3}?"
    r"(?:sees?|saw|finds? out|found out|hears?|heard|notices?|knows?|realises?|reads?|looks at|gets the "
    r"(?:bill|letter|results?))|for (?:this|that|it|breaking|losing|forgetting|being late|spending|not))\b"
    r"(?! (?:i|she|he|we) (?:ever |even |try to |tried to |try and )?(?:leave|leaves|left|go|goes|tell|tells|"
    r"told|report|reports|call|calls|ring|rings|speak|speaks|talk|talks|see|sees|contact|contacts|take|takes|"
    r"try to leave)\b)",
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
    r"\b(?:weeds|grass|hedges?|brambles|nettles|plants|ivy|vegetation|growth|trees|buddleia|moss|knotweed|"
    r"dandelions|bindweed|mould|flies|wasps|slugs|pigeons|seagulls|gulls|cockroaches|bed bugs|fleas|ants|"
    r"cases|complaints|costs|bills|rents?|sales|demand) (?:\w+ ){0,2}(?:exploded|exploding|explode|blown up|"
    r"blew up)\b",
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
    r"\bself harm (?:support groups?|awareness|charity|charities|training|course|project|leaflets?|policy|week|"
    r"research|services? (?:for|in))\b",
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

_MASK = re.compile(_hoist_boundary("|".join(_expand(p) for p in _IDIOMS + _NEGATIONS)))


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
    r"when i was (?:a |an )?(?:child|kid|younger|little|teenager|teen|boy|girl)|(?:a few|several|many|two|three|"
    r"a couple of) times|more than once|before(?= (?:[.,~]|and|so|we|i|it|now)\b| *$))\b"
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
    needs: re.Pattern[str] | None = None  # message-level requirement: a second signal that must co-occur


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
    needs: str | None = None,
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
        needs=_c(needs) if needs else None,
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

# Everyday reasons a child is hungry, dirty, bruised or off school.
_CHILD_BENIGN = (
    r"\b(?:free school meals|school meals|packed lunch|eligible|growth spurt|after (?:school|football|rugby|"
    r"swimming|training|practice|sport|playing|the park|nursery)|hospital|appointments?|illness|poorly|"
    r"home ?school\w*|home educat\w*|elective|school holidays|half term|inset day|on (?:mondays|tuesdays|"
    r"wednesdays|thursdays|fridays|weekends)|tips|recipes?|cheap|budget|meal ideas|family meals|growing)\b"
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
        gate=r"breath",
    ),
    _rule(
        "turning_blue",
        _E,
        r"\b(?:turning|turned|gone|going|went) (?:blue|grey) (?:in the face|and|around the lips)|"
        r"\blips (?:are |have )?(?:turning |turned |gone |going )?blue\b|\b<PERSON_SG> (?:is|looks|has gone|"
        r"went|is going|is turning|turned|has turned) (?:all |very |really )?(?:blue|grey|floppy|limp)\b|"
        r"\b(?:gone|going|turned|turning|went) (?:a )?(?:funny|strange|weird|horrible|awful|odd|purple|dusky) "
        r"(?:colour|color|shade)\b(?! (?:with|from|after) (?:the |his |her |their |a )?(?:fake tan|tan|paint|dye|"
        r"sunbed|spray))",
        gate=r"blue|grey|floppy|limp|colour|color|shade",
    ),
    _rule(
        "unconscious",
        _E,
        r"\b(?:unconscious|unresponsive(?! to (?:my |our |the |any |me )?(?:emails?|letters?|calls?|messages?|texts?|"
        r"complaints?|requests?|treatment|medication|antibiotics))|lost consciousness|losing consciousness|not conscious|"
        r"in and out of consciousness|out cold|knocked (?:him|her|them|someone|somebody|me) out|(?:been|got|"
        r"was|is|being) knocked out)\b",
        gate=r"unconscious|unresponsive|consciousness|conscious|out cold|knocked",
    ),
    _rule(
        "wont_wake",
        _E,
        r"\b(?:will not|cannot|could not|does not|do not|is not|not) (?:wake (?:up|him up|her up|them up)|"
        r"waking up|come round|coming round)\b|\bcannot wake (?:him|her|them|my \w+|the baby)\b",
        negatable=False,
        unless=r"\b(?:laptop|computer|phone|screen|pc|tablet|ipad|device|alarm|kindle|tv|telly|hibernat\w*|"
        r"sleep mode|early|shifts?)\b",
        gate=r"wake|waking|come round|coming round",
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
        r"has just) ){0,3}(?:collapsed(?! (?:shed|tent|fence|wall|roof|garage|gazebo|ceiling|building|bridge|lung|"
        r"greenhouse|carport|trench|sofa|bed)\b)|passed out(?! of (?:the )?(?:army|navy|raf|police|academy|college|"
        r"training|sandhurst|hendon|school))|keeled over|blacked out)\b|"
        r"\bfound (?:\w+ ){0,3}(?:collapsed|unconscious|lying (?:on|in) the)\b|\bcollapsed (?:in|"
        r"on) (?:the )?(?:street|floor|ground|pavement|kitchen|bathroom|toilet|stairs|shop|pub|bus|train|"
        r"platform)\b",
        past=True,
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
        "down_after_incident",
        _E,
        r"\b(?:and|but|now|still) (?:he is |she is |they are |is |are )?"
        r"(?:not|no longer) (?:moving|responding|answering|reacting|talking|speaking|making (?:any )?sense)"
        r"(?: (?:to )?(?:me|us|anything|anyone))?\b(?! (?:to )?(?:his|her|their|my|the|our|your|any) (?:\w+ )?"
        r"(?:phone|calls?|door|texts?|messages?|emails?|letters?|complaints?|requests?|treatment|medication)\b)|\b(?:lying|laid|laying) (?:in|on) "
        r"(?:the )?(?:road|street|floor|ground|pavement|patio|drive|driveway|tarmac|bottom of the stairs) "
        r"(?:\w+ ){0,2}?(?:after|having) (?:being |been )?(?:hit|knocked|thrown|falling|fallen|come off|"
        r"coming off|collapsing|attacked|stabbed)\b",
        needs=r"\b(?:fall|fell|fallen|collapsed|hit|stairs|floor|ground|lying|crash\w*|knocked|came off|come off|"
        r"thrown|unconscious|bleeding|fitting|seizure|overdos\w*|taken|pills|tablets|accident|injured|hurt|"
        r"attacked|stabbed|drunk|drinking|slumped|chair|sofa|bed|bathroom|toilet|kitchen|garden|grey|pale|blue|"
        r"cold|clammy|floppy|limp|breathing|eyes|colour|color|confused|sweating|sweaty)\b",
        unless=r"\b(?:traffic|queue|queues|jam|lights|sale|post|parcel|case|application|complaint|planning|"
        r"council|landlord|office|broken down|cat|dog|fox|badger|deer|bird|pet|horse)\b",
        gate=r"moving|lying|laying|lifeless|motionless|responding|answering|reacting|talking|speaking|sense|laid",
    ),
    _rule(
        "chest_pain",
        _E,
        r"\b(?:(?:clutching|clutched|holding|grabbing|grabbed|gripping) (?:at )?(?:his|her|their|my) (?:chest|"
        r"heart)|chest pains?|pains? (?:in|across) (?:my|his|her|their|the) chest|(?:tight|tightness in (?:my|"
        r"his|her|the)|crushing|heavy|pressure in (?:my|his|her|the)) chest|(?:heart|pulse) (?:has |"
        r"is )?(?:stopped|not beating)|no pulse|cannot (?:find|feel) a pulse)\b",
        gate=r"chest|heart|pulse",
    ),
    _rule(
        "medical_event_now",
        _E,
        r"\b(?:having|is having|are having|am having|think (?:\w+ ){0,3}(?:is |are |am )?having|signs of|"
        r"symptoms of|gone into|go into|went into|going into) (?:a |an |another )?(?:mini |major |massive |"
        r"bad |full |big )?(?:stroke|heart attack|cardiac arrest|seizure|seizures|epileptic fit|fit|fits|"
        r"anaphylactic shock|anaphylaxis|diabetic (?:coma|hypo)|hypo)\b|\bin cardiac arrest\b",
        gate=r"stroke|heart attack|cardiac|seizure|fit|anaphyla|diabetic|hypo",
    ),
    _rule(
        "heart_attack",
        _E,
        r"\b(?:heart attack|cardiac arrest)\b",
        past=True,
        msg_unless=_CARE_CONTEXT + r"|\b(?:died|passed away|death) (?:of|from|after)\b",
        gate=r"heart attack|cardiac arrest",
    ),
    _rule(
        "medical_event_recent",
        _E,
        r"\b(?:had|has had|have had|suffered|has suffered|just had) (?:a |an |another )?(?:mini |major |"
        r"massive |bad |big )?(?:stroke|seizure|fit|epileptic fit)\b",
        past=True,
        msg_unless=_CARE_CONTEXT,
        gate=r"stroke|seizure|fit",
    ),
    _rule(
        "stroke_signs",
        _E,
        r"\b(?:face (?:is |has |looks |has gone |went |gone )?(?:all |suddenly |a bit )?(?:drooping|droopy|"
        r"dropped|fallen|gone droopy|slumped|lopsided|crooked|wonky|twisted|sagging|saggy|drooped|gone funny|"
        r"pulled to one side)|(?:drooping|"
        r"droopy) (?:face|mouth)|one side of (?:his|her|my|their|the) (?:face|mouth|body) (?:is |"
        r"has )?(?:drooping|dropped|fallen|gone|numb|weak|not working|droopy)|slurr(?:ed|ing) (?:his |her |"
        r"their |my )?(?:speech|words)|speech (?:is |has )?(?:suddenly )?(?:slurred|gone|garbled)|(?:cannot|"
        r"could not|unable to) (?:lift|raise|move) (?:his|her|my|their|one|either|the) (?:\w+ )?arms?|"
        r"arm (?:has |is )?(?:suddenly )?(?:gone )?(?:weak|floppy))\b",
        msg_unless=r"\b(?:had a stroke (?:last|in|years|months|a few|a couple|some)|since (?:his|her|their|my|the) "
        r"stroke|after (?:his|her|their|my|the) stroke|stroke (?:last|in \d+|years|months)|care assessment|"
        r"carers?|care home|blue badge|speech therapy|speech therapist|rehab\w*|physio\w*|adaptations?)\b",
        gate=r"face|droop|side|slurr|speech|arm",
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
        r"gums?|lip|useless|idiot|nuisance|pain)\b)|\b(?:pouring|gushing|streaming|pumping|spurting|pissing|"
        r"dripping|soaked|drenched|pooling|haemorrhaging|hemorrhaging) (?:with |in |out |of )?blood\b|\bblood "
        r"(?:is )?(?:pouring|gushing|spurting|pumping|streaming|pissing|running|dripping|coming) (?:out|from|down|"
        r"everywhere|all over)\b|\bblood all over (?:the (?:floor|place|road|pavement|kitchen|bathroom)|him|her|"
        r"them|me|his|my)\b|\b(?:haemorrhaging|hemorrhaging)\b|\b(?:nosebleed|nose bleed|bleed|cut|wound|gash) "
        r"(?:that |which )?(?:will not|does not|cannot|can not|is not|just will not) stop\b|\b(?:vomiting|throwing up|being sick|puking|"
        r"bringing up|coughing up (?:lots of|a lot of|loads of|so much)) (?:up )?(?:fresh |bright red |dark )?"
        r"blood\b|\bblood in (?:his|her|my|their) (?:vomit|sick)\b",
        gate=r"wound|gash|cut|bleed|blood|haemorrhag|hemorrhag",
    ),
    _rule(
        "choking",
        _E,
        r"\b(?:is|are|was|started|keeps|keep|has been|been|baby|child|kid|toddler|he|she|someone|somebody|"
        r"i am|we are|think (?:\w+ ){0,2}is) choking\b(?! (?:the|up|with|out|back|on (?:the )?(?:fumes|"
        r"smoke|dust|smell|stench|exhaust))\b)|\bchoking on (?!(?:the |those |these )?(?:fumes|smoke|dust|"
        r"smell|stench|exhaust|pollution|leaves))\w+|\bchoked on\b|\b(?:has|have|is) choked\b|"
        r"\bchoking\b(?= *$)",
        unless=r"\b(?:dog|dogs|cat|cats|puppy|kitten|pet|horse|rabbit|hamster|budgie|parrot|seagull|gull|bird|"
        r"swan|duck|goose|fox|hedgehog|vet|vets|ivy|weeds|hedge|plants?|tree|drain|gutter|pipe|smoke|fumes|dust|"
        r"chimney|bonfire|exhaust|smell|stench|pollution|traffic|leaves)\b",
        gate=r"chok",
    ),
    _rule(
        "drowning",
        _E,
        r"\bdrown(?:ing|ed|s)?\b|\b<PERSON_SG> (?:is |are |has )?(?:in|fallen in|fallen into|"
        r"gone into) the (?:river|canal|sea|lake|pond|reservoir|water|harbour|docks)\b|\b(?:cannot|"
        r"could not) swim\b(?=[^.]{0,60}\b(?:river|canal|sea|lake|water|pond|reservoir))|\b(?:river|canal|"
        r"sea|lake|water|pond|reservoir)\b[^.]{0,60}\b(?:cannot|could not) swim\b|\b(?:fallen|fell|gone|"
        r"went|jumped|slipped|swept) (?:in|into) (?:the|a) (?:river|canal|sea|lake|reservoir|pond|"
        r"harbour|docks|quarry|weir)\b|\bin difficulty in the (?:water|river|sea)\b|\bswept (?:away|"
        r"out to sea)\b|\b(?:fallen|fell|falling|gone|went|going|broken|broke|crashed) through (?:the )?ice\b",
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
        r"carpets?)\b)|\b(?:and|now|still|keeps|started|start|begun|began) (?:\w+ )?(?:fitting|seizing)"
        r"(?= (?:[.,~]|and\b|now\b|again\b|badly\b|non stop\b|$))|\bconvuls\w+\b|"
        r"\b(?:a|another|big|bad|first|major) seizure\b|\bepileptic fit\b",
        unless=r"\b(?:dog|dogs|cat|cats|puppy|kitten|pet|horse|rabbit|hamster|budgie|parrot|guinea pig|ferret|"
        r"vet|vets)\b",
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
        gate=r"anaphyla|allergic|throat|tongue|swelling|epi",
    ),
    _rule(
        "overdose",
        _E,
        r"\boverdos(?:e|ed|es|ing)\b(?! (?:awareness|prevention))|\b(?:taken|took|swallowed|had|necked|"
        r"has taken|has had) <PILLS_QTY>\b|\btaken too many <PILLS>\b",
        past=True,
        msg_unless=r"\b(?:register (?:the|a|his|her) death|funeral|inquest|coroner|bereave\w*|passed away (?:last|"
        r"in|a few|years|months)|died (?:last|in \d+|a few|years|months|weeks))\b",
        gate=r"overdos|taken|took|swallowed|had|necked",
    ),
    _rule(
        "serious_injury",
        _E,
        r"\b<PERSON> (?:(?:is|are|has been|have been|was|were|got|been|has|have) ){0,2}(?:badly|seriously|"
        r"severely|very badly|really badly|critically) (?:hurt|injured|burn(?:ed|t)|cut)\b|\b(?:serious|"
        r"severe|critical|life threatening|major|horrific|bad) (?:head )?injur(?:y|ies)\b|\b(?:badly|"
        r"severely|seriously) (?:burnt|burned)\b|\bhead (?:injury|wound|knock|bang)\b(?=[^.~]{0,60}\b(?:being sick|"
        r"sick|vomit\w*|confused|drowsy|unconscious|fitting|bleeding|not making sense|cannot remember|slurring|"
        r"passed out|blacked out|knocked out|not right|seeing double))",
        past=True,
        gate=r"hurt|injur|burn|cut|head",
    ),
    _rule(
        "fall_injury",
        _E,
        r"\b(?:<PERSON>|roofer|scaffolder|window cleaner|painter|electrician|tree surgeon|climber) (?:(?:has|have|"
        r"had|just|was) ){0,2}(?:fallen|fell|come|came|tumbled|slipped|plunged|plummeted) (?:off|from|down|"
        r"through|out of) (?:a |the |his |her |their |an )?(?:\w+ )?(?:roof|ladder|scaffolding|scaffold|balcony|window|"
        r"bridge|cliff|height|loft|loft hatch|building|skylight|tree|horse|quarry|cliff edge|top floor|"
        r"flight of stairs)\b|\b(?:fallen|fell|had a fall|has had a fall) (?:over )?(?:and|"
        r"but) (?:\w+ ){0,2}(?:cannot|could not|unable to|not able to) (?:get up|move|feel)\b|"
        r"\bfall from (?:a )?height\b|\bhit (?:his|her|their|my) head (?:and )?(?:\w+ ){0,3}(?:unconscious|"
        r"not responding|will not wake|confused|being sick|vomiting|fitting)\b",
        past=True,
        gate=r"fall|fell|height|head|come|came|tumbl|slipp|plung|plumm",
    ),
    _rule("electrocuted", _E, r"\b(?:electrocuted|electrocuting)\b", past=True, gate=r"electrocut"),
    _rule(
        "dead_body",
        _E,
        r"\bdead body\b|\bfound (?:a )?body\b|\bbody (?:is |was |has been )?(?:in|on|lying|floating|lying in|lying on|floating in|floating on|found in|"
        r"washed up on|washed up in|in the water in) (?:the|a) (?:river|canal|road|"
        r"street|woods|field|park|water|lake|sea|bushes|garden|flat|house|car)\b|\b(?:think|thinks|fear|"
        r"afraid|worried|scared) (?:\w+ ){0,3}(?:is|are|might be|may be|could be|has) (?:dead|died|dying)\b|"
        r"\b<PERSON> (?:looks|seems|appears|might be|may be|could be) dead\b|\bfound (?:\w+ ){0,3}dead\b|"
        r"\b(?:lying|laying) dead\b|\b<PERSON_SG> (?:is|might be|may be|could be) dead (?:i think|i reckon|"
        r"i fear|maybe)\b|\bfound (?:\w+ ){0,3}?hanging\b(?! (?:baskets?|around|about|out|up|on|off|washing|pictures?|"
        r"round|over)\b)|\b<PERSON> (?:is|are) dying\b(?! (?:to|for|of)\b)|\b(?:hanging|hanged) (?:himself|"
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
        gate=r"ambulance",
    ),
    _rule(
        "call_999",
        _E,
        r"\b(?:call|calling|ring|ringing|phone|phoning|dial|dialling|dialing|contact) (?:the )?999\b|"
        r"\b999 (?:now|please|help|asap)\b|\bshould i (?:call|ring|phone|dial) (?:999|an ambulance|"
        r"the police)\b",
        past=True,
        weak=True,
        gate=r"999",
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
        gate=r"emergency|life or death|life threatening|danger to life|help",
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
        gate=r"fire|ablaze|alight|flames|torch",
    ),
    _rule(
        "fire",
        _E,
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
        gate=r"smoke|fumes|burning",
    ),
    _rule(
        "explosion",
        _E,
        r"\b(?:explosion|explosions|exploded|has exploded|is exploding|blew up|blown up|bomb went off|"
        r"bomb has gone off)\b",
        past=True,
        gate=r"explo|blew up|blown up|bomb",
    ),
    _rule(
        "bomb",
        _E,
        r"\bbomb (?:threat|scare|in|on|at|inside|under)\b|\bsuspicious (?:package|device|parcel|bag|item|"
        r"object)\b|\bsuspect(?:ed)? (?:package|device)\b|\bunexploded\b|\b(?:a|found a|planted a|"
        r"left a) bomb\b|\bgrenade\b|\bpetrol bombs?\b",
        gate=r"bomb|suspicious|suspect|unexploded|grenade",
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
        r"amnesty|sharpen\w*|licen[cs]e[sd]?|certificate|collection|collector|is it legal|legal to (?:own|carry|"
        r"have|buy)|allowed to (?:own|carry|have|buy)|gun club|shooting club|rifle club|clay pigeon|gun cabinet|"
        r"hand (?:it|them) in|antique|replica|deactivated|knife block|cutlery|charity shop|for sale|blades? "
        r"(?:on|of|for) (?:the|a|my|his|her) (?:\w+ )?(?:mower|lawnmower|strimmer|fan|blender|hedge trimmer|"
        r"clippers|shaver|razor|saw|trimmer|plane|scraper|cutter))\b",
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
        r"photos?|hoops|pool|ads?)\b)|\b(?:firing|fired|discharging|letting off|let off|shooting) (?:a |an |his |"
        r"her |their |the |some )?(?:gun|guns|shotgun|rifle|pistol|handgun|firearm|weapon|shots|rounds|air "
        r"rifle|crossbow)\b",
        past=True,
        unless=r"\b(?:starting pistol|clay pigeon|shooting (?:club|range|ground)|rifle range|range|licen[cs]e\w*|"
        r"pheasants?|game shoot|grouse|rabbits?|pigeons?|crows?|vermin|farmer)\b",
        gate=r"armed|shot|gun|fire|shooting|firing|discharg|letting off|let off",
    ),
    _rule(
        "attack_in_progress",
        _E,
        r"\b(?:being|getting|is being|am being|are being) (?:attacked|assaulted|stabbed|shot|mugged|beaten|"
        r"beaten up|robbed|kicked|punched|battered|strangled|raped|glassed|jumped|threatened with|"
        r"held at (?:knife|gun) ?point)\b|\b<PERSON> (?:is|are) (?:currently |now )?(?:attacking|stabbing|"
        r"shooting|mugging|beating up|beating|robbing|assaulting|strangling|raping|glassing|kicking in|"
        r"kicking the (?:hell|shit) out of) (?:me|us|him|her|them|someone|somebody|people|a|an|my|the|his|"
        r"their)\b|\b<PERSON> (?:is|are) (?:currently |now |still )?(?:hitting|punching|kicking|slapping|choking|"
        r"throttling|battering|stamping on|knifing|headbutting) (?:me|us|him|her|them|someone|somebody|people|"
        r"(?:a|an|my|the|his|her|their|our) (?:\w+ )?<REL>)\b|\b(?:trying|about|tried|attempting|(?:he|she|they) (?:is|are) going) to "
        r"(?:kill|stab|shoot|strangle|murder|choke|throttle|smother|drown|suffocate|run over|batter) (?:me|us|him|"
        r"her|them|someone|somebody|my|(?:his|her|their|a|an|the|our) (?:\w+ )?(?:<REL>|<PARTNER>))\b|\b(?:says|saying|shouting|screaming|yelling) (?:that )?(?:he|she|they) (?:is|are|"
        r"will|is going to|are going to) (?:kill|stab|shoot) (?:me|us|him|her|you)\b|\bbeing murdered\b|"
        r"\bmurdering\b",
        gate=r"attack|assault|stab|shot|shoot|mug|beat|rob|kick|punch|batter|strangl|rap|glass|jump|"
        r"threaten|held|kill|murder|hell|shit|hit|slap|chok|throttl|stamp|knif",
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
        unless=r"\b(?:stabbed|shot) (?:\w+ )?with (?:a |an )?(?:pencil|pen|compass|fork|drawing pin|pin|elastic band|"
        r"water pistol|nerf|pellet|bb gun|paintball|staple)\b|\b(?:flu|booster|vaccine|jab|photo|shoot)\b",
        gate=r"attack|assault|stab|shot|shoot|mug|beat|glass|strangl|rap|jump|kidnap|abduct|held|murder",
    ),
    _rule(
        "hit_by_vehicle",
        _E,
        r"\b<PERSON> (?:(?:has|have|had|was|were|got|gets|getting|is|are|being|been|"
        r"just) ){1,3}(?:knocked (?:down|over|off (?:his|her|their) (?:bike|motorbike|scooter))|run over|"
        r"hit by (?:a |an |the )?(?:\w+ )?(?:car|van|lorry|bus|vehicle|motorbike|truck|train|taxi|driver|"
        r"tram))\b|\b(?:car|van|lorry|bus|driver|vehicle|motorbike|truck|taxi|tractor|digger|forklift) (?:has |"
        r"just |had )?(?:hit|knocked down|knocked over|run over|ran over|ploughed into|mounted the pavement and "
        r"hit|reversed over|reversed into|backed over|backed into|driven over|drove over|gone over|went over) "
        r"(?:a |an |the |some |my |our |his |her |two )(?:\w+ )?<REL>\b",
        past=True,
        gate=r"knocked|run over|ran over|hit|plough|reversed|backed|driven over|drove over|gone over|went over",
    ),
    _rule(
        "crash_injuries",
        _E,
        r"\b(?:crash|crashed|collision|smash|smashed|(?:car|van|lorry|bus|motorbike|vehicle) (?:has |have |just )?"
        r"(?:hit|gone into|went into|smashed into|crashed into|ploughed into) (?:a |the )?(?:wall|tree|lamp ?post|"
        r"bridge|barrier|house|pole|telegraph pole|bus|lorry|car)|(?:car|road|traffic|motorbike|motorcycle|bike|"
        r"bus|lorry|van|serious|"
        r"bad|major|nasty|fatal|multi vehicle|head on) accident|accident on the (?:road|motorway|m\d+|a\d+|"
        r"junction|roundabout|bypass)|rta|pile ?up|head on|overturned|flipped over|rolled over|hit and run|"
        r"(?:flipped|rolled|landed|ended up|upside down) (?:onto |on )?(?:its|it is|the) (?:roof|side)|upside down|"
        r"into a (?:tree|wall|ditch|river|lamp post|lamppost))\b[^.~]{0,80}?\b(?:injured|injuries|hurt|"
        r"trapped|bleeding|unconscious|not moving|ambulance|casualt\w*|died|dead|killed|fatal|"
        r"lying in the road|cannot get out|stuck inside|on fire|screaming|slumped|not responding|unresponsive|"
        r"airbags?|still (?:in|inside) (?:it|there|the "
        r"car|the van)|(?:people|someone|somebody|passengers?|driver|kids|children|family) (?:are |is )?"
        r"(?:still )?(?:in|inside) (?:it|there|the car|the vehicle|the van))\b|\b(?:injured|hurt|trapped|"
        r"bleeding|unconscious|dead|killed) [^.~]{0,40}?\b(?:crash|collision|car accident|road accident|rta|"
        r"pile ?up)\b",
        past=True,
        gate=r"crash|collision|accident|rta|pile|head on|overturned|flipped|rolled|hit and run|into a|roof|side|"
        r"upside|smash|hit|gone into|went into",
    ),
    _rule(
        "trapped",
        _E,
        r"\b<PERSON> (?:is |are |am |was |has been |have been |got |being )?(?:trapped|stuck|pinned) (?:in|"
        r"under|inside|by|beneath) (?:the |a |their |his |her |my )?(?:car|vehicle|wreckage|rubble|fire|"
        r"flames|smoke|building|burning|collapsed|lorry|van|water|mud|river|machinery|machine)\b|"
        r"\btrapped (?:in|under|inside) (?:the |a |their |his |her |my )?(?:car|vehicle|wreckage|rubble|"
        r"burning|collapsed|fire)\b|\b(?:i am|we are) trapped (?:in|inside|under) (?:the |a |my |"
        r"our )?(?:car|house|flat|building|fire|smoke|rubble|room|lift|bathroom|water|bedroom)\b|\b(?:i am|we are|"
        r"they are|he is|she is|people are|family is|kids are|someone is|somebody is|we have been|i have been|"
        r"people have been|family has been|kids have been) (?:\w+ )?(?:trapped|stuck|cut off) (?:upstairs|on the roof|in the loft|"
        r"in the attic|on the top floor|on (?:the )?(?:rocks|sandbank|island|mud ?flats?|ledge|cliff)|by (?:the )?"
        r"(?:flood ?water|water|floods|fire|smoke|flames|rising water|tide|sea))\b|\b<PERSON> (?:\w+ ){0,2}?"
        r"(?:gone|went|got dragged|been dragged|dragged|got caught|caught|trapped|stuck|pulled) (?:right )?under "
        r"(?:a|the|an) (?:\w+ )?(?:lorry|bus|car|van|truck|train|tram|tractor|wheels?|vehicle)\b",
        gate=r"trapped|stuck|pinned|cut off|under",
    ),
    _rule(
        "breaking_in",
        _E,
        r"\b(?:is|are|am|currently|right now|now|someone|somebody|people|they|he|she|men|man|burglars?|"
        r"thieves|intruders?|lads|youths|kids|gang|masked \w+) (?:\w+ ){0,2}?(?:breaking in|breaking into (?!(?:a |"
        r"the )?(?:sweat|song|tears))|trying to (?:break|force (?:their|his|her|the|a) way|climb) (?:in|"
        r"into)\b(?! (?:my |the |your )?(?:account|system|website|app|email|computer|phone|university|"
        r"college)\b)|trying to get in(?:to (?:my|our|the|his|her) (?:house|home|flat|front door|back door|"
        r"property|room|bedroom|car|garden|shed|garage))?(?= (?:$|[.,~]|now|right now|through|and|"
        r"the (?:door|window)|next door|opposite|over the road|across the road|downstairs|upstairs))|kicking (?:in|down) (?:my|our|the) (?:front |back )?(?:door|window)|"
        r"kicking (?:my|our|the) (?:front |back )?door (?:in|down)|smashing (?:my|our|the) (?:front |back |"
        r"car |house )?(?:window|windows|door|windscreen)|(?:trying to |tried to )?(?:force|forcing|prise|prising|"
        r"prize|prizing|pry|prying|jemmy|jemmying|jimmy|jimmying|crowbar|crowbarring|lever|levering|barge|barging|"
        r"shoulder|shouldering|ram|ramming) (?:open |in )?(?:the|my|our|a|his|her|their|next door's|[a-z]+'s) "
        r"(?:\w+ )?(?:front |back |side |patio |garage |shed |kitchen |bedroom |balcony )?(?:door|doors|window|"
        r"windows|lock|locks|gate|shutter|shutters)\b|(?:climbing|climbed|getting|got|crawling|squeezing) "
        r"(?:in|into|in through|through) (?:the|my|our|a|[a-z]+'s|his|her|their) (?:[a-z']+ )?(?:window|windows|"
        r"skylight|balcony|back door|patio door|cat flap|loft))|\bbreaking in (?:right now|now|as we speak)\b",
        past=True,
        gate=r"break|trying to|kicking|smashing|forc|pris|priz|pry|jemm|jimm|crowbar|lever|barg|shoulder|ram|"
        r"climb|getting|got|crawl|squeez",
    ),
    _rule(
        "intruder",
        _E,
        r"\b(?:they|he|she|someone|somebody|the (?:man|men|burglars?|intruders?)) (?:is|are) still (?:in|"
        r"inside) (?:the|my|our) (?:house|home|flat|building)\b|\bintruders?\b|\bburglars? (?:are |"
        r"is )?(?:back )?(?:in|inside|downstairs|upstairs|here|in the house)\b|\b(?:being|"
        r"getting) (?:burgled|broken into|robbed|raided|ransacked)\b|\b(?:burglary|robbery|armed robbery|break in|mugging|raid|ram raid|hold up|stick up|"
        r"smash and grab|stabbing|shooting|carjacking|kidnapping|riot) (?:is )?(?:in progress|happening|going on|"
        r"taking place|under way|underway)\b|\b(?:someone|somebody|a (?:man|"
        r"stranger|woman|person|masked man)|strangers?|two men|men|people|lads|youths|a group of \w+) (?:is |are |"
        r"has got |have got |got )?(?:in|inside|downstairs in|upstairs in|into) (?:my|our|(?:my |our |the )?"
        r"(?:next door's|[a-z]+'s)) (?:house|home|flat|bedroom|kitchen|loft|room|living room|hallway|bungalow|caravan)\b|\b(?:hear|heard|hearing|"
        r"can hear) (?:someone|somebody|people|footsteps|voices|a man) (?:\w+ )?(?:downstairs|in the house|"
        r"upstairs|in my house|in the kitchen|in the loft|in the flat)\b|\b(?:someone|somebody|a man|men|"
        r"people|strangers?) (?:is |are )?(?:in|prowling round|prowling around|in my) (?:my |our |"
        r"the )?(?:back )?garden (?:right now|now)\b|\b(?:someone|somebody|people|they|he|she|a man|men|"
        r"burglars?|intruders?|thieves) (?:has |have |had |just )?(?:broken|broke|got|smashed (?:their|his|her) "
        r"way|forced (?:their|his|her) way|climbed) in(?:to (?:my|our|the|his|her|next door's|[a-z]+'s) "
        r"(?:house|home|flat|property|room|bedroom|place))?(?= (?:[.,~]|and\b|now\b|right now|downstairs|"
        r"upstairs|$))|\b(?:hear|heard|hearing|can hear) (?:glass|a window|windows|the door|my door|the back "
        r"door|the front door) (?:\w+ )?(?:smashing|breaking|being smashed|being broken|being kicked|being "
        r"forced|shatter\w*)\b",
        past=True,
        gate=r"intruder|burglar|burgled|burglary|in my|in our|into my|into our|inside|hear|garden|still in|'s|"
        r" in\b|into|robbery|break in|mugging|raid|hold up|stick up|smash and grab|stabbing|shooting|carjacking|"
        r"kidnapping|riot",
    ),
    _rule(
        "hiding",
        _E,
        r"\b(?:i am|we are|i have|we have|i) (?:\w+ )?hiding (?:in|from (?:him|her|them|a man|the man|my)|"
        r"under|upstairs|behind|inside)\b|\b(?:locked|barricaded) (?:myself|"
        r"ourselves) in (?:the )?(?:bathroom|bedroom|toilet|room|car)\b",
        unless=r"\b(?:bailiffs?|debt|landlord|letting agent|council tax|bills?|hide and seek|game|"
        r"surprise)\b",
        gate=r"hiding|locked|barricaded",
    ),
    _rule(
        "kidnap",
        _E,
        r"\bkidnap\w*|\babduct\w*|\bbeing held (?:against (?:my|his|her|their) will|hostage|captive|"
        r"prisoner)\b|\bheld (?:me|him|her|them|us) (?:hostage|captive|against)\b|\bhostage\b|\b(?:bundled|"
        r"dragged|forced|pushed|pulled|snatched|grabbed) (?:a |an |the |my |his |her |their |"
        r"some )?(?:\w+ )?(?:him|her|them|me|man|woman|girl|boy|child|kid|lad|person|someone|somebody|"
        r"teenager|baby|toddler|daughter|son) into (?:a|an|the|his|their|her) (?:\w+ )?(?:car|van|vehicle|"
        r"motor|boot)\b|\bsnatched (?:my|a|the) (?:baby|child|kid|son|daughter|toddler)\b|\b(?:being|been|"
        r"getting|got|is|was) (?:dragged|bundled|forced|pushed|pulled|thrown|snatched|shoved) (?:in|into) (?:a|an|"
        r"the|his|their|her|some) (?:\w+ )?(?:car|van|vehicle|motor|boot|taxi)\b|\b(?:dragged|bundled|forced|"
        r"taken|held|kept|locked|pushed|pulled|driven|carried) (?:[a-z']+ ){0,6}?against (?:her|his|my|their) "
        r"will\b|\b(?:trying|tried|tries|attempting|attempted) to (?:snatch|grab|abduct|drag|pull|bundle|lure|"
        r"entice) (?:a |the |my |our |some |two |his |her |that )?(?:\w+ )?(?:<CHILD>|kids|girl|boy|woman|child|"
        r"teenager|her|him) (?:into|from|away|off|out of)\b|\b(?:trying|tried|tries|attempting|attempted) to "
        r"(?:get|take|put|force|push) (?:a |the |my |our |some |two |that )?(?:\w+ )?(?:<CHILD>|kids|girl|boy|"
        r"woman|child|teenager|her|him) (?:into|in) (?:a|an|the|his|their|her) (?:\w+ )?(?:car|van|vehicle|boot)\b",
        unless=r"\b(?:bins?|wheelie|parking|recycling|box|caddy|film|movie|book|game|care home|nursing home|"
        r"hospital|sectioned|mental health act)\b",
        gate=r"kidnap|abduct|held|hostage|bundl|dragg|forced|push|pull|snatch|grabb|thrown|shov|against|try|trie|attempt",
    ),
    _rule(
        "in_danger",
        _E,
        r"\b(?:in (?:immediate|serious|real|grave|great) danger|in danger (?:right now|now))\b|\b(?:my|his|"
        r"her|their|our|someone's|somebody's|a) li(?:fe|ves) (?:is |are )?(?:in danger|at risk|"
        r"being threatened)\b|\bimmediate danger\b|\b(?:i am|we are|i feel|i am in) (?:in )?danger\b(?! of)",
        gate=r"danger|life|lives",
    ),
    _rule(
        "threat_now",
        _E,
        r"\bthreaten(?:ing|ed|s)? (?:me |us |him |her |them )?(?:to kill|to stab|to shoot|to burn|"
        r"to set fire)\b|\bthreatening (?:me|us|my|people|him|her)\b",
        past=True,
        weak=True,
        needs_now=True,
        gate=r"threat",
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
        gate=r"fight|brawl|punch up",
    ),
    _rule(
        "crime_in_progress",
        _E,
        r"\b(?:is|are|am|someone|somebody|people|they|men|lads|kids|youths|thieves|"
        r"gang) (?:\w+ )?(?:stealing|nicking|robbing|smashing|vandalising|vandalizing|trashing|setting fire|"
        r"torching|breaking|mugging|looting|siphoning|stripping|hot ?wiring|joyriding|taking (?:my|our|the|"
        r"a) (?:car|van|bike|motorbike|scooter|catalytic|lead)|ramming|attacking|exposing (?:him|her)self|"
        r"flashing)\b",
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
        gate=r"police",
    ),
    _rule(
        "person_in_peril",
        _E,
        r"\bthreatening (?:to jump|suicide|to kill (?:himself|herself|themselves))\b|\b(?:someone|somebody|"
        r"a (?:man|woman|person|lad|girl|boy|guy|bloke|young \w+|teenager)|he|she|they|my \w+) (?:is |"
        r"are )?(?:\w+ ){0,8}?(?:about to|going to|threatening to|trying to) (?:jump|throw (?:him|her|"
        r"them)sel(?:f|ves))(?= *(?:$|[.,~]|(?:off|from|in front|under|into the (?:river|canal|sea|water)|"
        r"now|right now|tonight)\b))|\b(?:on|over|standing on|sitting on|climbed over|"
        r"climbing over|climbed|climbing|gone over|went over) the (?:edge|wrong side|ledge|parapet|railings|"
        r"barrier|safety barrier|fence) (?:of|on|at) (?:the |a )?(?:bridge|railings|parapet|cliff|roof|building|"
        r"car park|multi storey|flyover|motorway bridge|barrier|fence|viaduct|balcony|pier)\b|\b(?:standing|"
        r"sitting) on (?:the |a )?(?:ledge|parapet)\b",
        gate=r"jump|throw|edge|wrong side|ledge|parapet|railings|barrier|fence|suicide|kill",
    ),
    # ---------------------------------------------------------------- crisis
    _rule(
        "suicidal",
        _C,
        r"\bsuicid(?:al|e)\b|\bsuicidal (?:thoughts|feelings|ideation)\b",
        gate=r"suicid",
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
        gate=r"kill|end|life",
    ),
    _rule(
        "want_to_die",
        _C,
        r"\b(?:want|wants|wanting|wanted|wanna|ready|longing|deserve|deserves) to (?:just )?(?:die(?! (?:my|his|her|"
        r"their|the|it|them) )|be dead|not exist|"
        r"stop existing|disappear forever|disappear for good|go to sleep forever)\b|\bwish (?:i|i could|"
        r"i would|i was|i were|i had) (?:just )?(?:die|dead|died|not here|never been born|gone|disappear(?! (?:from|off|for a))|"
        r"not wake up|no longer here|not alive|not exist|be dead|was dead|were dead|been dead)\b|"
        r"\bwish i was not (?:here|alive|born)\b|\bbetter off dead\b",
        gate=r"want|wanna|ready|longing|deserve|wish|dead",
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
        gate=r"want|wanna|wish",
    ),
    _rule(
        "better_off_without_me",
        _C,
        r"\b(?:nobody|no one|no body) (?:would |will |even |really |actually )?(?:cares?|care|notice|notices|miss|"
        r"misses) (?:if|whether|that) i (?:live|lived|die|died|was dead|am dead|was gone|am gone|disappeared|"
        r"exist|existed|killed my ?self)\b|\b(?:happier|easier|better|relieved|better off|fine) (?:\w+ ){0,2}?(?:without me|if i (?:was|were|"
        r"had) (?:dead|gone|died|never been born|not (?:here|around|alive)))\b|\bbetter off (?:without me|if i (?:was|were|was not|were not) (?:gone|dead|here|around|alive|"
        r"not here|not around))\b|\b(?:would not|will not|nobody would|no one would|nobody will|"
        r"no one will) (?:even )?(?:miss me|notice if i (?:was|were|am) gone|care if i (?:died|was gone|"
        r"were gone|disappeared|was dead|were dead))\b|\b(?:i am|feel like|feel) (?:just )?a burden (?:to|"
        r"on) (?:everyone|everybody|my family|them|people|my (?:kids|children|partner|wife|husband))\b",
        negatable=False,
        gate=r"nobody|no one|no body|happier|easier|better|relieved|fine|would not|will not|burden",
    ),
    _rule(
        "cannot_cope",
        _C,
        r"\bcannot cope\b(?! with (?!(?:life|anything|everything|it all|any of it|myself|my (?:thoughts|"
        r"life|head|feelings|mind)|living|being alive)\b))|\bcannot (?:go on|carry on|keep going)(?= *(?:$|"
        r"[.,~]|(?:any ?more|any longer|like this|living|with (?:life|this|it)|no more|and|but|i|"
        r"because)\b))(?![^.~]{0,40}\b(?:with|because of|from|about) (?:the |this |that |all the )?(?:noise|smell|"
        r"damp|mould|rats|mice|music|barking|parking|building work|roadworks|drilling|traffic|neighbours?|"
        r"bins?|landlord|council|repairs?)\b)|\bcannot face (?:another day|life|living|going on|tomorrow)\b"
        r"(?![^.~]{0,40}\b(?:noise|smell|damp|mould|rats|mice|music|barking|parking|building work|roadworks|"
        r"drilling|traffic|neighbours?|bins?|landlord|council|repairs?|work|school|commute|job)\b)",
        negatable=False,
        gate=r"cannot",
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
        gate=r"self|cut|burn|starv|harm|hurt|slit|slash|carv|punish",
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
        r"\b(?:cannot|do not) see (?:a|any) (?:future|point|reason to (?:live|go on|carry on))\b(?! of "
        r"(?:this |the |my |a |that )?(?:parking|fine|ticket|pcn|contract|tenancy|lease|deal|car park|maze|building|"
        r"estate|road|junction|phone|agreement|mortgage|job|arrangement)\b)",
        negatable=False,
        gate=r"no reason|no point|nothing|worth|the point|tired|sick|weary|give|given|giving|future|see a|see any",
    ),
    _rule(
        "no_way_out",
        _C,
        r"\b(?:cannot|do not|can not|could not) (?:see|find) (?:a|any|another) way out\b|\bno way out\b|\bonly way "
        r"out (?:is|would be|left)\b",
        negatable=False,
        msg_unless=r"\b(?:<SERVICE_GRIPE>|fines?|tickets?|pcn|contract|maze|building|car park|estate|cul de sac|"
        r"exit|fire exit|road|junction|lease|tenancy|mortgage|phone|deal|subscription|gym)\b",
        gate=r"way out",
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
        gate=r"wake",
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
        r"hurting my|harming my|ending (?:it|it all|my (?:own )?life|things|everything)|dying|taking my (?:own )?life)\b|\bvoices (?:are )?(?:telling|"
        r"tell|told) me to (?:kill|hurt|harm|die|end|jump|cut)\b|\b(?:do|doing) something (?:stupid|silly|"
        r"drastic) to my ?self\b|\b(?:going to|might|may|will|scared i will|afraid i will|worried i will|"
        r"scared i might|afraid i might) do something (?:stupid|drastic)(?: to my ?self|"
        r" tonight)?\b(?! (?:with|to (?:the|my|his|her|their|him))\b)",
        negatable=False,
        gate=r"safe|scared|afraid|frightened|terrified|trust|thought|thinking|voices|something",
    ),
    _rule(
        "mental_health_crisis",
        _C,
        r"\bmental health crisis\b|\b(?:i am|we are|he is|she is|they are|i feel|feeling|my \w+ is) (?:in|"
        r"in a) crisis\b|\bcrisis (?:team|line|cafe|house|service)\b|\bhome treatment team\b|\b(?:having|"
        r"had|is having) a (?:mental |nervous )?breakdown\b|\bnervous breakdown\b|"
        r"\bhearing voices\b(?= (?:\w+ ){0,3}(?:telling|kill|hurt|harm|die))",
        unless=r"\b(?:car|van|vehicle|motorway|m\d+|a\d+|engine|tyre|aa|rac|lorry)\b",
        gate=r"crisis|treatment team|breakdown|voices",
    ),
    _rule(
        "overdose_intent",
        _C,
        r"\b(?:i|i have|i have just|i just|just|ive) (?:taken|took|had|done) (?:an |a )?overdose\b|"
        r"\bi (?:have )?(?:just )?overdosed\b|\b(?:want|wanting|going|planning|plan|thinking|think|tempted|"
        r"considering|thought|thoughts|urge) (?:to |of |about )?(?:take |taking |taken |do |doing )?(?:an |"
        r"a )?overdos\w*\b|\b(?:pills|tablets|overdose|paracetamol|them) on purpose\b|\bon purpose (?:took|"
        r"taken|overdosed)\b|\b(?:i|i have|i have just|i just) (?:taken|took|swallowed|had) <PILLS_QTY>\b|"
        r"\b(?:stockpiling|stockpiled|saving up|saved up|saving|collecting|hoarding|stashing|hiding) (?:my |some |all my |his "
        r"|her |their |all (?:his|her|their) |"
        r"all of my )?<PILLS>\b",
        gate=r"stash|hiding|overdos|on purpose|taken|took|swallowed|had|stockpil|saving|saved|collecting|hoarding",
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
        gate=r"self|jump|throw|step|walk|suicide note|goodbye|bridge|ledge|cliff|edge|roof|top of|railway|track",
    ),
    _rule(
        "harm_others_thoughts",
        _C,
        r"\b(?:urges?|thoughts|thinking about|intrusive thoughts about|scared i will|afraid i will|"
        r"scared i might|afraid i might) (?:to |of |about )?(?:hurt|harm|kill|hurting|harming|"
        r"killing) (?:someone|somebody|people|others|my (?:baby|child|kids|children|son|daughter|partner|"
        r"wife|husband))\b",
        gate=r"hurt|harm|kill",
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
        r"locked|locking|sexually abus\w*) (?:(?:(?!(?:and|but|or|then|"
        r"so)\b)[a-z']+|,) ){0,2}?<CHILD>\b(?!'s)",
        unless=r"\b(?:car|van|lorry|bus|vehicle|driver|motorbike|taxi|truck) (?:has |had |just |was |"
        r"that )?(?:hit|knocked|ran|run)\b|\b(?:ball|football|stones?|eggs?|snowballs?) at\b|\b(?:nearly|"
        r"almost) (?:hit|knocked)\b|\b(?:toddler|kid|child|boy|girl|lad|pupil|classmate|another child|other "
        r"kids?|bully|bullies|brother|sister|cousin|dog|twin) (?:\w+ )?(?:hit|hits|kicked|kicks|bit|bites|punched|"
        r"pushed|pushes|smacked|slapped|scratched|hurt|hurts)\b|\b(?:at|in) (?:nursery|school|the playground|"
        r"football|class|soft play)\b",
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
        r"(?:shouted|screamed|sworn|yelled) at and (?:hit|beaten|smacked|slapped|punched|kicked|thrown about|"
        r"pushed|shoved)|covered in (?:bruises|marks|burns|cuts)|(?:unexplained |lots of |"
        r"loads of )?(?:bruises (?:all over|on (?:his|her|their) (?:face|arms?|neck|legs?|body|back))|"
        r"black eyes?|cigarette burns|unexplained (?:bruises|marks|injuries))|locked (?:in|out|up)|"
        r"left (?:at home |home |in the house |in the flat )?(?:alone|on (?:his|her|their) own|unattended|by "
        r"(?:himself|herself|themselves)|all day|all night)|left (?:home alone|in (?:the|a) car)|home alone|alone (?:at|in) (?:home|the house|the flat|all day|all night)|"
        r"(?:always|constantly|often) (?:so |really |very )?(?:hungry|starving)|begging (?:for|"
        r"neighbours for) food|not (?:being )?fed|unfed|(?:dirty|filthy|unwashed|smelly) and (?:hungry|thin|"
        r"skinny|unfed)|scared (?:to go home|of (?:his|her|their) (?:dad|mum|father|mother|parents|stepdad|"
        r"stepmum|mum's boyfriend))|sexually abused|crying for help|screaming for help|screaming in pain)\b",
        unless=_CHILD_BENIGN,
        gate=r"child|kid|bab|toddler|infant|newborn|son|daughter|little|boy|girl|grand|niece|nephew|pupil|"
        r"youngster|teen|year old|twins",
    ),
    _rule(
        "child_left_alone",
        _K,
        r"\b<CHILD> (?:[a-z']+ ){0,5}?(?:is|are|gets|get|was|were|being|keeps? getting) (?:often |always |regularly "
        r"|usually |just )?left (?:at home |home |in the \w+ )?(?:alone|on (?:his|her|their|its) own|by (?:himself|"
        r"herself|themselves|itself)|unattended|unsupervised)\b|\b(?:left|leave|leaves|leaving|locked|locks|locking) (?:(?:[a-z']+) ){0,2}?<CHILD> (?:(?:[a-z']+) "
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
        msg_unless=r"\b(?:reading|read|writing|maths|spelling|phonics|learning|progress|behind|results|tests?|"
        r"sats|school work|schoolwork|friendships?|shy|school places?|admissions?|ehcp|send|special needs|"
        r"school transport|catchment|"
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
        gate=r"child|abuse|fgm|mutilation|grooming|paedo|pedo|nonce|indecent|nudes|naked|explicit|safeguarding",
    ),
    _rule(
        "parent_hurts_me",
        _K,
        r"\b(?:my|our) (?:step ?dad|step ?mum|dad|mum|father|mother|parents|stepfather|stepmother|"
        r"mum's (?:boyfriend|partner)|dad's (?:girlfriend|partner)) (?:(?:[a-z']+|,) ){0,3}?(?:hits|hit|"
        r"hitting|beats|beat|beating|punches|punched|kicks|kicked|slaps|slapped|hurts|hurt|burns|burnt|"
        r"locks|locked|starves|touches|touched|abuses|abused|strangles|strangled|chokes|choked|throws|"
        r"threw) (?:me|us|my (?:brother|sister|brothers|sisters))\b(?! out\b)|\b(?:i am|im) (?:only )?(?:[5-9]|1[0-7]|"
        r"five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
        r"seventeen)(?: years old)? (?:and|,) (?:\w+ |, ){0,6}?(?:scared|hit|hits|hurt|hurts|abuse\w*|beat|"
        r"beats|hungry|alone|touch\w*|unsafe|not safe|afraid|locked|on my own|by myself|left alone|leaves me|left "
        r"me|no food|starving|hurts|drunk|high|drugs|no one|nobody|kicked out|kicks me out|throws me out)\b",
        msg_unless=r"\bi am (?:1[89]|[2-9]\d|an adult|grown up)\b",
        gate=r"dad|mum|father|mother|parent|i am|im ",
    ),
    # ---------------------------------------------------------------- domestic abuse
    _rule(
        "partner_violence",
        _D,
        r"\b<PARTNER_NP> (?:(?:[a-z']+|,) ){0,3}?<PHYS> <VICTIM>\b",
        unless=r"\b(?:car|van|lorry|bus|vehicle|parked|reversed|reversing|pothole|ball|football)\b|\b(?:beat|beats|"
        r"beaten|beating) (?:me|us|her|him) (?:at|in|to) (?:\w+ ){0,2}?(?:scrabble|chess|cards|game|games|darts|pool|"
        r"snooker|tennis|golf|monopoly|race|running|quiz|poker|bingo|it|the)\b",
        gate=r" me\b| us\b| her\b| him\b| them\b|mum|mother|sister|daughter|son|kids|children|child|baby|"
        r"brother|nan|gran|dad|partner|wife|husband|girlfriend|boyfriend",
    ),
    _rule(
        "partner_threats",
        _D,
        r"\b<PARTNER_NP> (?:(?:[a-z']+|,) ){0,8}?(?:threatens|threatened|threatening|threaten) (?:me |us |"
        r"her |him )?(?:to (?:kill|hurt|stab|burn|harm|take (?:the|my|our) (?:kids|children|baby)|beat|hit|"
        r"smash|throw|make me homeless|end)|me|us|her|him)\b|\b<PARTNER_NP> (?:(?:[a-z']+|,) ){0,8}?(?:says|"
        r"said|saying|keeps saying|shouting|shouted|screaming|screamed|yelling|texted|texting|texts|messaged|"
        r"messaging|told me|tells me|telling me|swears|swore|swearing|promised|warned|warns) (?:me )?(?:that )?"
        r"(?:he|she|they) (?:will|would|is going to|was going to|is gonna|are going to|could) (?:\w+ )?(?:kill|"
        r"hurt|stab|harm|beat|strangle|burn|murder|batter) (?:me|us|her|him|the kids|the children|the baby|my|our|"
        r"them|you)\b(?!'s| (?:tenancy|"
        r"contract|car|phone|house|flat|money|job|account|stuff|things|bike|career|chances)\b)",
        gate=r"threat|say|said|shout|scream|yell|text|messag|told|tell|swear|swore|promis|warn",
    ),
    _rule(
        "partner_control",
        _D,
        r"\b(?:<PARTNER_NP>|he|she) (?:(?:[a-z']+) ){0,3}?(?:is (?:very |so |really |extremely |quite |too |"
        r"always )?(?:controlling(?! (?:the|a|an|his|her|their|it)\b)|possessive and controlling)|"
        r"controls (?:me|my|everything|all|what i|where i|who i|the money|our money)|(?:will not|does not|"
        r"never|refuses to|would not) (?:let|lets|allow|allows) (?:me|her) (?:to )?(?:leave|go out|out of|"
        r"see (?:my|her|anyone|any)|speak to|talk to|have (?:my|her) own|have (?:any |my |her )?(?:own )?money|"
        r"contact|go anywhere|work|visit|"
        r"phone|ring|call|text|meet)|(?:takes|took|taking|has taken|keeps) (?:all )?(?:of )?(?:my|our|her) "
        r"(?:money|wages|pay|salary|pension|savings|phone|bank cards?|cards?|benefits|universal credit|"
        r"child benefit|car keys|passport)|checks (?:my|her) (?:phone|messages|texts|bank)|(?:tracks|tracking|"
        r"tracked|monitors|monitoring) (?:my|her) (?:phone|location|car|movements|every move)|(?:tracks|"
        r"tracking|monitors|monitoring|checks|knows) (?:where|who) (?:i|she) (?:am|is|go|goes|see|sees|"
        r"talk to|talks to)|monitors (?:me|my|her|everything)|"
        r"(?:locks|locked|locking) (?:me|her|us) (?:in|out)|keeps (?:me|her) (?:locked|from|away|prisoner)|stops (?:me|"
        r"her) (?:from )?(?:seeing|going|leaving|working|talking)|isolat\w+ (?:me|her))\b",
        unless=r"\b(?:by accident|accidentally|by mistake|locksmith|spare key)\b",
        gate=r"lock|control|let|allow|take|took|checks|track|monitor|locks|keeps|stops|isolat|knows",
    ),
    _rule(
        "partner_control_broad",
        _D,
        r"\b<PARTNER_NP> (?:(?:[a-z']+) ){0,3}?(?:will not|does not|never|refuses to|would not) (?:let|lets|"
        r"allow|allows) (?:me|her) (?:to )?(?:have|use|talk|speak|go|see|wear|eat|sleep|drive|work|leave)\b",
        gate=r"let|allow",
    ),
    _rule(
        "fear_of_partner",
        _D,
        r"\b(?:scared|afraid|frightened|terrified|fear|fearful) (?:of|for my (?:life|safety) (?:because of|"
        r"from)) <PARTNER_NP>\b(?!')(?! is (?:driving|cooking|snoring|singing|dancing|dog|dogs|car|van|snake|"
        r"spider|parking)\b)|\b<PARTNER_NP> (?:(?:[a-z']+) ){0,3}?(?:scares|frightens|terrifies) (?:me|"
        r"her|us)\b|\bscared (?:of )?what (?:he|she) (?:will|might|would|could) do\b|\b(?:scared|afraid|"
        r"frightened|terrified) to go (?:back )?home\b|\b(?:scared|afraid|frightened|terrified) of (?:him|"
        r"her)\b(?! (?:dog|dogs|cat|car|van|driving|music|party|parties))|\bwalking on eggshells\b",
        unless=r"\b(?:neighbour|neighbours|landlord|dog|teacher|boss|bailiffs?|school|bullies|bully|ceiling|roof|"
        r"damp|mould|rats|mice|collapse|flood\w*|structural|electrics|gas|subsidence|cracks?|ghosts?|dark|"
        r"street ?lights?|lights|walk|walking|at night|gangs?|youths|lads|dogs?)\b|"
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
        r"threatening(?! to (?:leave|go|move out|divorce|sell|cancel|report|complain|call the council|sue|take (?:me|"
        r"us|her|him) to court|go to court|call the police on|stop (?:paying|the)|change the locks)))\b(?! (?:the|"
        r"my|our|your|his|her|their|[a-z]+'s) (?:[a-z']+ )?(?:advice|rules|guidance|instructions|"
        r"recipe|news|footsteps|procedure|diet|plan|lead|process|team|football|match|game|show|series)\b)",
        gate=r"keep|stop|is |has been|kept|constantly|always",
    ),
    _rule(
        "pronoun_violence",
        _D,
        r"\b(?:he|she) (?:(?:[a-z']+) ){0,2}?(?:hits|beats|punches|kicks|slaps|strangles|strangled|chokes|"
        r"choked|throttled|hit|beat|punched|kicked|slapped|pushed|shoved|headbutted|raped|batters|battered|"
        r"hurts|hurt|grabs|grabbed|drags|dragged|spits at|spat at|spat on|hitting|beating|punching|kicking|"
        r"slapping|strangling|choking|pushing|shoving|biting|bites|bit|scratches|scratched|scratching|claws|"
        r"clawed|bites and scratches|kicks and punches|hits and kicks) (?:me|us|my (?:mum|mother|sister|"
        r"kids|children))\b|\b(?:he|she) (?:(?:[a-z']+) ){0,2}?(?:holds|held|holding|pins|pinned|pinning|"
        r"restrains|restrained|throws|threw) (?:me|us|her) (?:down|against|to the|on the|up against|by the|"
        r"across|out of)\b",
        unless=r"\b(?:car|van|lorry|bus|vehicle|bike) (?:has |had |just )?(?:hit|hits|knocked|ran|run)\b|\b(?:parked|"
        r"reversed|reversing|driver|ball|football|school|neighbour|stranger|man in the street|bouncer)\b",
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
        gate=r"domestic|coercive|controlling|abusive|violent|honour|forced marriage|marital|refuge|flee|fled|escap|left|leaving",
    ),
    # ================================================================ broader families (second pass)
    # ---------------------------------------------------------------- emergency: fire
    _rule(
        "caught_fire",
        _E,
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
    ),
    # ---------------------------------------------------------------- emergency: injuries, crushes, collisions
    _rule(
        "people_hurt",
        _E,
        r"\bthere (?:are|is|were) (?:\w+ ){0,2}?(?:people|persons|pedestrians|passengers|casualties|shoppers|"
        r"bystanders|kids|children|bodies|victims|injured|wounded|someone|somebody) (?:\w+ )?(?:hurt|injured|"
        r"wounded|bleeding|trapped|down|lying (?:on|in) the)\b|\b(?:people|pedestrians|passengers|casualties|"
        r"shoppers|bystanders|several|others|many|loads of people|lots of people|a few people|two people|"
        r"three people|kids|children|workers|pupils|students) (?:are|have been|were|got|all|being|lying) (?:\w+ )?"
        r"(?:hurt|injured|wounded|trapped|crushed|bleeding|unconscious)\b|\b(?:several|multiple|many|mass|"
        r"lots of|loads of|a number of) (?:casualties|injuries|injured)\b",
        past=True,
        weak=True,
        unless=r"\b(?:all the time|every (?:day|week|year|time)|always|often|regularly|one day|someday|"
        r"sooner or later|before long|waiting to happen|could|might|would|will|going to)\b",
        gate=r"hurt|injur|wound|bleed|trapped|down|lying|crushed|unconscious|casualt",
    ),
    _rule(
        "severe_wound",
        _E,
        r"\b<BODY> (?:is |has been |was |got |has |have |are )?(?:been )?(?:all |badly |completely )?(?:ripped|torn|"
        r"split|sliced|slashed|gashed|hacked|laid|cut|busted|smashed|bust|cracked|hanging) (?:wide )?open\b|"
        r"\b(?:split|ripped|sliced|cut|slashed|gashed|smashed|bust|busted|cracked|laid) (?:his|her|their|my|"
        r"your|the|someone's|a) (?:\w+ )?<BODY> (?:wide )?open\b|\b(?:bones?|bone is) (?:is |are )?(?:sticking|"
        r"poking|jutting|coming|come|gone) (?:out|through)\b|\b<BODY> (?:is |has been |was |got |has |are )?"
        r"(?:been )?(?:almost |nearly |half |completely )?(?:cut|chopped|sliced|ripped|torn|hacked|severed|"
        r"blown|hanging) off\b|\b(?:severed|amputated|chopped off|cut off|sliced off) (?:his|her|their|my|a|the) (?:\w+ )?"
        r"<BODY>\b|\bgaping (?:wound|gash|cut|hole)\b|\b(?:huge|massive|deep|big|nasty|horrible|horrific) "
        r"gash\b|\bcompound fracture\b|\bskull (?:is )?(?:fractured|cracked|caved|smashed)\b|\bimpaled\b|"
        r"\b(?:stab|gunshot|knife|bullet) wounds?\b|\b(?:hanging|hangs) off\b(?= (?:[.,~]|and\b|$))",
        past=True,
        unless=r"\b(?:bag|bags|bin bags?|box|boxes|parcel|packet|envelope|tin|can|fence|door|gate|sofa|"
        r"mattress|pipe|road|pavement|wall|hedge|branch|branches|tree|gutter|sign|lamp|light|cable|wire|"
        r"shelf|wallpaper|plaster|car|bumper|panel)\b(?! (?:on|onto|into|fell|fallen|landed|hit)\b)",
        gate=r"open|sticking|poking|jutting|off|gaping|gash|fracture|skull|impaled|wound",
    ),
    _rule(
        "crushed",
        _E,
        r"\b(?:trapped|pinned|crushed|wedged) (?:down )?(?:underneath|beneath|under (?:it|them|the|a|an|his|"
        r"her|their|some|rubble|debris|wreckage))\b|\b(?:collapsed|fallen|fell|come down|came down|caved in|"
        r"toppled|tipped|tipped over|crashed down|rolled|rolled over|overturned|landed) (?:right )?(?:on|onto|"
        r"on top of) (?:a |an |the |some |two |three |my |our |his |her |their |this |that )?(?:\w+ )?(?:<REL>|"
        r"him|her|them|me|us|someone|somebody|workmen|workers|pupils)\b|\bcrushed (?:by|under|between|"
        r"against|beneath) (?:a |an |the |his |her |their |some )?(?:\w+ )?(?:lorry|car|van|bus|train|wall|"
        r"tree|machine|machinery|rubble|load|weight|beam|scaffold\w*|forklift|tractor|quad bike|gate|"
        r"garage door|door|roof|ceiling|crowd|vehicle|digger|pallet|pallets|slab|girder|trailer|horse|cow|"
        r"cows|bull|cattle)\b|\b(?:been|being|got|getting|is|was|has been|were) crushed\b(?! (?:by (?:the )?"
        r"(?:news|decision|result|council|bill|defeat)))",
        past=True,
        unless=r"\btrapped (?:nerve|wind)\b|\b(?:finger|fingers|toe|toes|cans?|garlic|ice|biscuits?|feelings?|"
        r"heart|hopes?|dreams?|spirit) (?:\w+ )?(?:was |got |is |been |has been )?(?:crushed|trapped|pinned)\b|"
        r"\b(?:car|van|bike|bins?|fence|shed|wheelie bin|bollard|sign|lamp post|wall|roof|cat|dog|fox|bird|mine|it|"
        r"box|caddy|recycling|cans?|bottles?|glasses|phone|parcel|plants?) (?:\w+ ){0,2}?(?:crushed|flattened)\b|\bcrushed (?:my|the|our|a) (?:car|van|bike|bins?|fence|shed|"
        r"wall)\b",
        gate=r"trapped|pinned|crushed|wedged|collapsed|fallen|fell|come down|came down|caved|toppled|tipped|"
        r"crashed|rolled|overturned|landed",
    ),
    _rule(
        "vehicle_ploughed",
        _E,
        r"\b(?:car|cars|van|lorry|truck|bus|coach|vehicle|motorbike|tractor|hgv|artic|driver|taxi|tram|"
        r"train|4x4|suv|jeep) (?:has |have |had |just |is |was |then )?(?:ploughed|ploughs|ploughing|smashed|"
        r"smashing|careered|careering|crashed|crashing|slammed|driven|drove|mounted the (?:pavement|kerb) "
        r"and (?:hit|went|ploughed|crashed|smashed)|gone|went|veered|swerved|ran|run|rammed|ramming|ploughed "
        r"straight) (?:straight |right )?(?:into|through) (?:a |an |the |some |our |my |their )?(?:crowd|"
        r"crowds|bus stop|bus shelter|shop|shops|shop front|front of|people|pedestrians|queue|school|"
        r"playground|cafe|pub|restaurant|group|market|living room|bedroom|building|beer garden|parade|"
        r"children|kids|cyclists?|pedestrian|mum|woman|man|family)\b",
        past=True,
        weak=True,
        gate=r"plough|smash|career|crash|slam|driv|drove|mount|gone|went|veer|swerv|ran|run|ram",
    ),
    _rule(
        "train_collision",
        _E,
        r"\b(?:train|tram|trains|freight train) (?:has |have |had |just |is |was )?(?:hit|struck|smashed into|"
        r"crashed into|collided with|ploughed into|ran into|run into|derailed|come off the (?:rails|tracks)|"
        r"gone off the (?:rails|tracks))\b|\bderailed\b|\b(?:hit|struck|killed|knocked down) by (?:a |the )?"
        r"(?:train|tram)\b|\b<PERSON_SG> (?:is |are |has )?(?:on|walking (?:on|along)|lying on|standing on|"
        r"stuck on|wandering (?:on|along)|sat on|sitting on|climbed onto|gone onto|jumped onto) the "
        r"(?:railway line|railway|railway tracks|train tracks|tracks|rail line|level crossing)\b",
        past=True,
        unless=r"\b(?:model|toy|train set|hornby|lego|brio|video|game)\b",
        gate=r"train|tram|derail|railway|tracks|rail line|level crossing",
    ),
    _rule(
        "vehicle_in_water",
        _E,
        r"\b(?:car|van|vehicle|lorry|bus|motor|taxi|truck|tractor|jeep|4x4) (?:has |have |had |just |is |"
        r"was )?(?:gone|went|driven|drove|rolled|crashed|plunged|slid|slipped|veered|careered|ended up|"
        r"skidded|sunk|sinking|sank|submerged|stuck|trapped|floating|swept) (?:off the road )?(?:in|into|"
        r"under|away in|off into|down into) (?:the|a) (?:river|canal|sea|lake|reservoir|pond|harbour|dock|"
        r"docks|water|quarry|flood ?water|floods|ford|marina|estuary)\b|\b(?:driven|drove|drive|driving) "
        r"(?:\w+ )?(?:into|through) (?:the |a )?(?:flood ?water|floods|ford|river|canal)\b(?=[^.]{0,60}\b(?:stuck|"
        r"trapped|swept|sinking|floating|inside|cannot get out|rising|on the roof))",
        past=True,
        unless=r"\b(?:dumped|abandoned|stolen|pushed|burnt|burned|torched|been there|for (?:days|weeks|"
        r"months)|shopping trolley)\b",
        gate=r"river|canal|sea|lake|reservoir|pond|harbour|dock|water|quarry|flood|ford|marina|estuary",
    ),
    _rule(
        "water_rescue",
        _E,
        r"\b(?:gone|went|go|going|goes|slipped|disappeared|dragged|pulled|sucked|sunk|sank|sinking|keeps going|"
        r"kept going|got pulled|got dragged|went back|gone back) (?:back |right |straight )?under\b(?! (?:the "
        r"(?:bridge|car|table|bed|radar|knife|anaesthetic|weather|stairs|arches)|anaesthetic|general))|\b(?:not|"
        r"never|yet to|no sign of (?:him|her|them)|still not) (?:come|came|coming|bobbed|popped|surfaced|"
        r"resurfaced)(?: back)?(?: up| to the surface)\b|\b(?:has not|have not|did not|not|never) (?:resurfaced|"
        r"surfaced)\b|\b(?:struggling|thrashing|screaming|waving|shouting for help|calling for help|in trouble|"
        r"in difficulty|in difficulties|panicking|bobbing|going under|sinking) (?:\w+ ){0,3}?in the (?:water|"
        r"river|sea|lake|canal|pond|reservoir|quarry|pool|waves|estuary)\b|\bcaught in (?:a |the )?rip"
        r"(?: current| tide)?\b|\b(?:swept|washed|knocked|blown|pulled|dragged) (?:off|from) (?:the |a )?"
        r"(?:rocks?|pier|harbour wall|sea wall|breakwater|jetty|causeway|slipway|bank|promenade|beach|"
        r"riverbank|quay|quayside|boat|cliff)\b|\b(?:washed|dragged|pulled|swept|sucked|carried|drifting) "
        r"out (?:to sea|by the (?:tide|current|waves))\b|\bface down in (?:the |a )?(?:water|river|canal|sea|"
        r"lake|pond|pool|reservoir|bath|stream|brook)\b|\b<PERSON_SG> (?:is |was )?floating (?:face down|"
        r"motionless|lifeless|in the (?:water|river|canal|sea|lake|pond|reservoir|harbour|docks))\b|"
        r"\b(?:fallen|fell|gone|went|slipped|jumped) (?:in|into) (?:the )?(?:deep end|freezing water|icy water|"
        r"the water)\b",
        past=True,
        needs=r"\b<WATER>\b|\bswim\w*|\bdrown\w*|\bwave\b",
        unless=r"\b(?:business|company|firm|shop|pub|restaurant|bank|council|anaesthetic|surgery|operation)\b|"
        r"\b(?:my|the|a|our|his|her) (?:phone|keys|ball|trolley|bike|bag|hat|shoe|boat|kayak|paddle) (?:has |had |"
        r"just |was )?(?:gone|went|sank|sunk|slipped|drifted|been swept|been washed)\b",
        gate=r"under|come|came|coming|bobbed|popped|surfac|struggl|thrash|scream|waving|help|trouble|"
        r"difficult|panick|bobbing|sinking|rip|swept|washed|knocked|blown|pulled|dragged|sucked|carried|"
        r"drifting|face down|floating|fallen|fell|gone|went|slipped|jumped",
    ),
    _rule(
        "dog_attack",
        _E,
        r"\b(?:savaged|mauled|mauling|savaging)\b|\b(?:attacked|set upon|gone for|went for|bitten badly|"
        r"badly bitten|savagely bitten) by (?:a |an |the |two |some |three |next door's |a neighbour's |"
        r"my |our |his |her |their |this )?(?:\w+ ){0,2}?(?:dog|dogs|pit ?bull|pitbull|xl bully|bully|"
        r"rottweiler|bull ?mastiff|staffie|staffy|staffies|alsatian|german shepherd|akita|mastiff|husky)\b|"
        r"\b(?:dog|dogs|pit ?bull|pitbull|xl bully|rottweiler|staffie|staffy|alsatian|mastiff|akita|husky) "
        r"(?:\w+ ){0,2}?(?:is |are |has |have |just |was |keeps )?(?:attacking|attacked|savaging|savaged|"
        r"mauling|mauled|gone for|going for|went for|got hold of|latched onto|locked onto|has hold of|"
        r"will not let go of|biting|bitten) (?:a |an |the |my |our |his |her |their |some |two )?(?:\w+ )?"
        r"(?:me|us|him|her|them|someone|somebody|<REL>)\b",
        past=True,
        unless=r"\b(?:football|rugby|match|game|score|scored|defeat|beat us|nil|critics|press|reviews?|"
        r"fans)\b",
        gate=r"savag|maul|attack|set upon|gone for|went for|going for|bitten|biting|hold|latched|locked|"
        r"let go",
    ),
    _rule(
        "dangerous_driving_at_people",
        _E,
        r"\b(?:deliberately|purposely|intentionally|on purpose) (?:\w+ ){0,3}?(?:driving|drove|driven|drives|"
        r"swerving|swerved|steering|aiming|aimed|ramming|rammed|reversing|reversed|mounting|mounted|"
        r"accelerating|accelerated|revving) \b|\b(?:driving|drove|drives|driven|swerving|swerved|aiming|"
        r"aimed|steering|speeding|accelerating|accelerated|revving) (?:\w+ ){0,3}?(?:at|straight at|right "
        r"at) (?:people|pedestrians|the crowd|crowds|a crowd|shoppers|kids|children|cyclists|us|me|them|him|"
        r"her|protesters|a group|the group|walkers|runners)\b|\b(?:trying|tried|tries|try|attempting|"
        r"attempted) to (?:run|knock|mow) (?:me|us|him|her|them|people|someone|somebody|pedestrians|kids|"
        r"cyclists) (?:over|down)\b|\b(?:running|mowing) (?:people|pedestrians|cyclists) down\b",
        past=True,
        unless=r"\b(?:game|video|film|movie|lessons?|instructor|test)\b",
        needs=r"\b(?:car|cars|van|driv\w*|drove|vehicle|motorbike|motorcycle|lorry|moped|scooter|bike|wheel|"
        r"pavement|kerb|4x4|truck|tractor|reversing|reversed|over|down)\b",
        gate=r"deliberately|purposely|intentionally|on purpose|at|run|knock|mow",
    ),
    _rule(
        "attacking_people",
        _E,
        r"\b(?:going for|goes for|went for|lunging at|lunges at|lashing out at|attacking|swinging (?:\w+ ){0,2}"
        r"at|punching|stabbing at|headbutting|threatening|menacing|terrorising|glassing|assaulting) "
        r"(?:anyone|anybody|everyone|everybody|people|passers ?by|customers|staff|strangers|shoppers|"
        r"pedestrians|the public|members of the public|bystanders|drinkers|commuters|passengers|neighbours)\b",
        past=True,
        unless=r"\b(?:seagulls?|gulls?|birds?|wasps?|bees|geese|goose|swans?|magpies?|crows?|pigeons?|cows?|"
        r"cattle|horses?|sheep|rats?|foxes|fox|online|facebook|emails?|letters?|legal action|court|eviction|"
        r"bailiffs|sue|fines?|penalty|tickets?)\b",
        gate=r"going for|goes for|went for|lung|lashing|attacking|swinging|punching|stabbing|headbutt|"
        r"threatening|menacing|terroris|glassing|assaulting",
    ),
    _rule(
        "improvised_weapon",
        _E,
        r"\b(?:with|holding|carrying|waving|swinging|brandishing|wielding|armed with|got|has|had|have|grabbed|"
        r"picked up|pulled out|came at (?:\w+ )?with|coming at (?:\w+ )?with) (?:a |an |his |her |their |some |"
        r"big |huge |large |metal |heavy |the )?(?:hammer|hammers|crowbar|crowbars|bat|bats|golf club|"
        r"golf clubs|pole|poles|metal pole|brick|bricks|screwdriver|screwdrivers|wrench|spanner|pickaxe|"
        r"pick axe|shovel|spade|plank|chain|chains|knuckle ?dusters?|bottle|bottles|stick|sticks|club|clubs|"
        r"hatchet|scissors|syringe|needle|pipe|lead pipe|pole|rock|rocks|stone|stones|tyre iron|wheel brace|"
        r"chair leg|table leg|hockey stick|mallet|sledgehammer|sledge hammer|bolt cutters|angle grinder|"
        r"chainsaw|pitchfork|shears|saw)\b",
        past=True,
        needs=r"\b(?:going for|goes for|went for|lung\w*|attack\w*|threaten\w*|chas\w*|lashing out|"
        r"c[ao]me at|coming at|swinging (?:it|them|\w+) at|hitting (?:people|someone|anyone|everyone|him|her|me|"
        r"us|them|cars)|smashing (?:up )?(?:cars|windows|the shop|people|houses|the place|everything|car|"
        r"doors?)|masked|balaclavas?|forc\w+ (?:the|a|my|our|their|his|her|[a-z]+'s) (?:\w+ )?(?:door|window|"
        r"way|lock|gate)|break\w* in|rampage|trying to get in|menacing|terrifying|waving it|swinging it|"
        r"kill|stab|smash his|smash her|beat \w+ up|beating|at (?:people|anyone|everyone|anybody|passers ?by|"
        r"customers|staff|me|us|cars))\b",
        unless=r"\b(?:diy|builders?|workmen|workman|tradesmen|roofers?|garden\w*|allotment|hedge|tree "
        r"surgeons?|demolition|renovat\w*|fence|decking|shed|recycling|litter|dumped|fly tipped|sharps bin)\b",
        gate=r"hammer|crowbar|bat|club|pole|brick|screwdriver|wrench|spanner|axe|shovel|spade|plank|chain|"
        r"duster|bottle|stick|hatchet|scissors|syringe|needle|pipe|rock|stone|iron|brace|leg|mallet|cutters|"
        r"grinder|chainsaw|fork|shears|saw",
    ),
    _rule(
        "masked_gang",
        _E,
        r"\b(?:masked|balaclava(?:d|s)?|armed|hooded) (?:men|man|gang|intruders?|people|youths|lads|figures|"
        r"raiders|robbers|thieves|burglars?|blokes)\b|\b(?:men|man|gang|lads|youths|people|blokes|someone|"
        r"somebody|figures|two|three|four) (?:wearing|in) (?:masks|balaclavas|a balaclava|a mask|ski masks|"
        r"hoods and masks)\b",
        past=True,
        needs=r"\b(?:trying|forc\w+|break\w*|smash\w*|in (?:my|our|the) (?:house|garden|flat|home|drive|"
        r"driveway|shop)|outside (?:my|our)|at (?:my|our|the) (?:door|window)|door|window|threaten\w*|"
        r"chas\w*|attack\w*|robbing|raiding|with (?:a|an|some|weapons?|knives|crowbars?|hammers?|bats?|"
        r"guns?)|right now|now)\b",
        gate=r"mask|balaclava|armed|hooded",
    ),
    # ---------------------------------------------------------------- emergency: medical
    _rule(
        "passing_out",
        _E,
        r"\b(?:keeps|keep|kept|is|are|been|started|has been|have been|keeps on|constantly) (?:passing out|"
        r"blacking out|fainting|collapsing|losing consciousness|going unconscious|drifting in and out|"
        r"drifting off and (?:will not|cannot) (?:stay|keep) awake)\b|\b(?:passed out|fainted|collapsed) "
        r"(?:\w+ ){0,3}?(?:again|twice|three times|and (?:hit|banged|cracked) (?:his|her|their|my) head)\b",
        msg_unless=r"\b(?:gp|appointment|referral|for (?:weeks|months|years)|lately|recently|last (?:week|"
        r"month|year)|parade|drunk at|laughing|giggl\w*|tired|bored)\b",
        gate=r"passing out|passed out|blacking out|faint|collaps|consciousness|unconscious|drifting",
    ),
    _rule(
        "diabetic_emergency",
        _E,
        r"\b(?:confused(?! (?:about|by|with|over|as to|why|what|how|whether|by|because))|passing out|passed out|"
        r"collapsed|unresponsive|drowsy and|cannot wake|will not wake|not making sense|fitting|shaking and "
        r"sweating|sweating and shaking|slurring|incoherent|(?:blood )?sugars? (?:is |are |has |have )?"
        r"(?:very |really |dangerously |so )?(?:low|dropped|crashed|through the floor|sky high|off the "
        r"scale|over 20|over 30)|no sugar|(?:having|gone into|going into|had) (?:a )?(?:bad |severe )?hypo)\b",
        needs=r"\b(?:diabetic|diabetes|insulin|blood sugar|sugars?|hypo|type (?:1|one|2|two))\b",
        gate=r"confused|passing|passed|collapsed|unresponsive|drowsy|wake|sense|fitting|shaking|sweating|"
        r"slurring|incoherent|sugar|hypo",
    ),
    _rule(
        "chest_or_arm",
        _E,
        r"\bchest (?:is |feels |feeling |went |has gone |has been |keeps )?(?:really |very |so |all |"
        r"suddenly )?(?:crushing|crushed|tight|heavy|being crushed|being squeezed|squeezing|like (?:someone|"
        r"something|an elephant|a weight) (?:is )?(?:sitting|standing|pressing) on it)\b|\bpains? (?:\w+ )?"
        r"(?:spreading|going|shooting|radiating|moving) (?:down|up|into|to|across) (?:my|his|her|their|the) "
        r"(?:left )?(?:arm|jaw|neck|back|shoulder)\b|\b(?:arm|left arm|right arm|face|one side|leg|hand|jaw) "
        r"(?:has |is |have |keeps )?(?:gone |going |went |suddenly |all |completely )?(?:numb|dead|tingly|"
        r"tingling|heavy|weak)\b",
        needs=r"\b(?:chest|jaw|face|speech|speak|words|talk\w*|slurr\w*|sweat\w*|pain|dizzy|vision|"
        r"confused|droop\w*|collapsed|breath\w*|heart|sick|grey|pale|clammy)\b",
        msg_unless=r"\b(?:cough\w*|cold|colds|flu|phlegm|mucus|chest infection|hay ?fever|slept on|sleeping on|"
        r"lying on|carpal|for (?:weeks|months|years)|on and off)\b",
        gate=r"chest|pain|arm|face|side|leg|hand|jaw",
    ),
    _rule(
        "speech_lost",
        _E,
        r"\b(?:cannot|could not|can barely|unable to|struggling to|trouble|difficulty|will not|not able to) "
        r"(?:getting |get |speak(?:ing)? |talk(?:ing)? |finding |find )?(?:his |her |their |my |the )?words "
        r"out\b|\b(?:words|speech) (?:are |is |keep |keeps |have |has )?(?:coming out |come out |gone |"
        r"become |suddenly )?(?:all )?(?:jumbled|garbled|muddled|wrong|mixed up|nonsense|gibberish|slurry)\b|"
        r"\bsuddenly (?:\w+ )?(?:cannot|could not|unable to|stopped|not able to) (?:speak|talk|make sense|"
        r"understand|find (?:his|her|their|my) words)\b|\b(?:talking|speaking) (?:gibberish|nonsense|"
        r"jibberish) (?:suddenly|all of a sudden)\b|\bsuddenly (?:\w+ )?(?:talking|speaking) (?:gibberish|"
        r"nonsense|jibberish)\b|\b(?:lost|losing) (?:his|her|their|my) (?:speech|ability to speak)\b",
        msg_unless=r"\b(?:for (?:weeks|months|years)|autis\w*|dementia|speech therapy|speech therapist|"
        r"stammer\w*|stutter\w*|toddler|baby|learning to|council|form|letter|forms|email)\b",
        gate=r"words|speech|speak|talk|sense|understand",
    ),
    _rule(
        "signs_of_collapse",
        _E,
        r"\beyes (?:are |keep |keeps |started |have started )?rolling\b(?! (?:at|about|over (?:the|this|that))\b)|"
        r"\bshaking (?:all over|uncontrollably|violently|and jerking|and twitching)\b(?=[^~]{0,80}\b(?:eyes|foaming|"
        r"unresponsive|floor|collapsed|jerking|blue|grey|not responding|will not respond|fit|fitting))|"
        r"\beyes (?:have |are |were |keep |keeps )?(?:rolled|rolling|rolls|gone) (?:back|into (?:his|her|"
        r"their) head)\b|\bfoaming at the mouth\b|\b(?:doing|giving|started|start|performing|do|give|"
        r"need to do|need to give|tell me how to do) (?:him |her |them )?(?:cpr|chest compressions|mouth to "
        r"mouth|rescue breaths)\b(?! (?:training|course|class|classes|lessons?|certificate|session|refresher|"
        r"awareness)\b)|\b(?:need|get|fetch|bring|where is|using|used|grab) (?:a |the |the nearest |your )?"
        r"(?:defib|defibrillator)\b(?! (?:training|course|maintenance|installed|cabinet|box|fund\w*|"
        r"appeal)\b)|\b(?:blood|fluid) (?:coming |pouring )?(?:out of|from) (?:his|her|their|my) "
        r"(?:ears?|eyes)\b",
        unless=r"\b(?:angry|furious|rage|(?:about|over) (?:the|this|that|my|his|her|a|an|it)|training|course|"
        r"volunteers?|first aid)\b",
        gate=r"eyes|foaming|cpr|compressions|mouth to mouth|rescue breaths|defib|ears?|shaking",
    ),
    _rule(
        "labour_now",
        _E,
        r"\b(?:baby|babies|twins) (?:is |are )?(?:coming|arriving|on (?:its|the|their) way|being born) "
        r"(?:now|right now|fast|quickly|very quickly|too fast|any second|any minute|out|early and)\b|"
        r"\b(?:baby|babies|twins) (?:is |are )coming(?= (?:[.,~]|and\b|$))|\b(?:gone|went|going|gone straight) "
        r"into labour (?:in|at|on) (?:the |a )?(?:car|home|house|street|shop|bus|train|floor|bathroom|toilet|"
        r"park)\b|\bgiving birth (?:now|right now|at home|in the car|here|on the)\b|\bcrowning\b|\b(?:can|could) see "
        r"(?:the )?(?:baby's )?head\b|\b(?:waters?|contractions|labour|baby)\b(?:[a-z ,']{0,60}?)\b(?:cannot|"
        r"could not|will not|not going to|no way to|unable to) (?:get|make it) to (?:the )?(?:hospital|"
        r"maternity|birth centre|labour ward)\b|\b(?:need|wants?|urge) to push\b|\b(?:born|delivered|"
        r"birth) (?:on|in) the (?:floor|bathroom|car|back seat|toilet|hallway)\b",
        needs=r"\b(?:baby|babies|twins|labour|waters?|contractions|pregnan\w*|birth|midwife|push)\b",
        gate=r"coming|arriving|way|born|birth|crowning|head|hospital|maternity|labour|push|delivered",
    ),
    # ---------------------------------------------------------------- crisis
    _rule(
        "threatening_suicide",
        _C,
        r"\bthreatening (?:to (?:jump|kill (?:him|her|my|them|our)sel(?:f|ves)|end (?:it|his life|her life|their life|"
        r"things|it all)|take (?:his|her|their|my) (?:own )?life|hang (?:him|her|them)sel(?:f|ves)|overdose|"
        r"throw (?:him|her|them)sel(?:f|ves))|suicide)\b|\b(?:he|she|they|someone|somebody|man|woman|lad|"
        r"girl|boy|person|bloke|guy|teenager|friend|son|daughter|brother|sister|partner|husband|wife|mum|dad|"
        r"mate) (?:\w+ ){0,4}?(?:going to|about to|wants to|trying to|says (?:he|she|they) (?:will|is going "
        r"to)|keeps saying (?:he|she|they) (?:will|is going to|wants to)) (?:just )?jump(?= (?:off|from|in "
        r"front|into the (?:river|canal|sea|water)|under|now|tonight|[.,~]|$))",
        gate=r"threatening|jump",
    ),
    _rule(
        "means_at_hand",
        _C,
        r"\b(?:got|have|has|holding|with|sat here with|sitting here with|staring at|looking at|counted out|"
        r"lined up|laid out|set out|emptied out|popped out) (?:all )?(?:of )?(?:the |my |some |these |his |"
        r"her |a |enough |all the |all my |a bottle of |a box of |a packet of |a load of |boxes of |"
        r"packets of )?(?:<PILLS>|rope|razor|razors|razor blades?|blades?|noose|ligature|knife|lighter "
        r"fluid|petrol|bleach) (?:\w+ ){0,2}?(?:in front of (?:me|him|her)|next to me|beside me|in my hand|"
        r"lined up|counted out|ready to (?:take|go|swallow|use)|all ready)\b|\b(?:<PILLS>|rope|razors?|"
        r"blades?|noose) (?:are |is )?(?:all )?(?:lined up|counted out|in front of me|ready to go)\b|"
        r"\b(?:rope|noose|ligature|pills|tablets|razor|blade|knife|belt|cord|cable|gun|shotgun|rifle|firearm|"
        r"pistol)\b(?:[a-z ,']{0,60}?)"
        r"\b(?:thinking (?:about|of) using (?:it|them)|(?:want|going|tempted|planning|plan) to use (?:it|them)"
        r"(?! (?:for|to|on the|in the|at)\b)|use (?:it|them) on my ?self)\b|\b(?:tied|tying|made|making|"
        r"bought|got|have) (?:a |the )?noose\b",
        unless=r"\b(?:what time|when to|how (?:often|many) (?:to|should|do)|forgot|forget|remember|dose|dosage|"
        r"prescription|repeat|chemist|pharmac\w*|doctor|gp|side effects|morning|bedtime|with food|"
        r"dosette|blister)\b",
        gate=r"front|next to|beside|hand|lined|counted|ready|using|use|noose",
    ),
    _rule(
        "farewell_letters",
        _C,
        r"\b<FAREWELL_LETTERS>\b",
        needs=r"\b(?:<FAREWELL_RESOLVE>|<FAREWELL_GIVEAWAY>|<FAREWELL_AFFAIRS>|<DESPAIR>)\b",
        gate=r"letter|note|message|card|video",
    ),
    _rule(
        "farewell_giveaway",
        _C,
        r"\b<FAREWELL_GIVEAWAY>\b",
        needs=r"\b(?:<FAREWELL_RESOLVE>|<FAREWELL_LETTERS>|<FAREWELL_AFFAIRS>|<DESPAIR>)\b",
        gate=r"give|gave|giving|given|delet|clos|shut down|cancel",
    ),
    _rule(
        "farewell_affairs",
        _C,
        r"\b<FAREWELL_AFFAIRS>\b",
        needs=r"\b(?:<FAREWELL_RESOLVE>|<FAREWELL_LETTERS>|<FAREWELL_GIVEAWAY>|<DESPAIR>)\b",
        gate=r"affairs",
    ),
    _rule(
        "self_harm_habit",
        _C,
        r"\b(?:burn|burns|burning|cut|cuts|hurt|hurts|hit|hits|scratch|scratches|scratching|bite|bites|biting|"
        r"punch|punches|starve|starves|harm|harms|pinch|pinches|bruise|bruises|bang|bangs|banging) "
        r"(?:my ?self|himself|herself|themselves|my (?:arms?|legs?|wrists?|skin|thighs?|body|face|head|"
        r"stomach))\b (?:[a-z',]+ ){0,6}?(?:when (?:it|things|everything|life|i (?:feel|get|am (?:upset|"
        r"angry|sad|stressed|low|overwhelmed))|(?:he|she|they) (?:feels?|gets?))|to (?:cope|feel|punish|numb|"
        r"stop (?:the|my)|release|distract|calm)|on purpose|deliberately|until|till|til|every (?:night|day|"
        r"time)|whenever|because (?:i|he|she|they) (?:deserve|hate)|with (?:a )?(?:lighter|cigarettes?|"
        r"razors?|blades?|compass|lit))\b|\b(?:scratch\w*|pick\w*|claw\w*|bit|bite|biting|bang\w*|punch\w*|"
        r"hit\w*|cut\w*|dig\w*|rub\w*) (?:[a-z']+ ){0,4}?(?:until|till|til|so hard) (?:it|they|i|my \w+) "
        r"(?:bleed|bleeds|bled|bleeding|bruise|bruises|bruised|break|split)\b|\b(?:hurt|cut|burn|scratch|"
        r"hit|punch|harm|bang|bite|starv)\w* (?:[a-z']+ ){0,6}?(?:just )?to feel (?:something|anything|the "
        r"pain|pain|real)\b|\b(?:cut|cuts|cutting|slashed|slashing|slashes|scratched|scratching|carved|"
        r"carving|burnt|burned|burning|burns) (?:up )?(?:his|her|their|my) (?:own )?(?:arms|wrists|thighs|"
        r"legs|stomach|body)\b(?! <ACCIDENT>)|\b(?:cut|cuts|cutting|slashed|burnt|burned) (?:his|her|their|"
        r"my) (?:arm|wrist|thigh|leg|skin|body) (?:again|deliberately|on purpose|open)\b|\b(?:been|is|are|"
        r"keeps|started|start|begun|began|back to|gone back to|caught (?:her|him) ) ?cutting(?= (?:again\b|"
        r"[.,~]|$))|\bcut (?:my ?self |my \w+ |(?:him|her)self )?(?:too|way too|really|so) deep\b|\bcut "
        r"deeper than (?:i meant|usual|normal|ever|before)\b",
        unless=r"\b(?:eczema|itch\w*|rash|bites|psoriasis|hives|chicken ?pox|dermatitis|allerg\w*|spots?|"
        r"acne|scabs?|slab|pavement|pothole|glass|slide|swing|gym|football|rugby|fell|fall|tripped|slipped|"
        r"chopping|cooking|diy|ladder|bike|hair|grass|hedge|lawn|garden|onions?|veg\w*|tin|bread|wood|"
        r"work|plank|knife slipped|nails?|stage|teeth|tooth)\b",
        gate=r"self|my|his|her|their|until|till|til|so hard|feel|cutting|deep",
    ),
    _rule(
        "pills_intent",
        _C,
        r"\b(?:going to|gonna|want to|wants to|wanted to|wanting to|threatening to|threatened to|"
        r"threatens to|planning to|plans to|plan to|about to|thinking about|thinking of|tempted to|urge to|"
        r"urges to|says (?:he|she|they) will|said (?:he|she|they) would|says (?:he|she|they) is going to) "
        r"(?:just )?(?:take|taking|swallow|swallowing|neck|necking|down|downing|have) <PILLS_QTY>\b",
        unless=r"\b(?:holiday|chemist|pharmacy|pharmacist|back to|with me|on time|as prescribed|correctly|"
        r"properly|every day|each day|morning|evening|with food|once|twice|dosette|blister|return|"
        r"dispose|disposal|recycl\w*|bin)\b",
        gate=r"take|taking|swallow|neck|down|have",
    ),
    _rule(
        "want_it_to_stop",
        _C,
        r"\b(?:want|wants|need|needs|wanting|wish|just want) (?:it all|everything|all of (?:it|this)|all this|"
        r"the world|life|my life|the thoughts|the voices|my head|my brain|the hurt|existing|being alive) "
        r"to (?:just )?(?:stop|end|be over|go away|finish|switch off)\b|\bmake (?:it all|everything|all of "
        r"(?:it|this)|all this|the thoughts|the voices) (?:stop|end|go away)\b|\b(?:done|finished) with "
        r"(?:life|living|being alive|this life|this world|existing)\b|\b(?:had|have had) enough of (?:life|"
        r"living|being alive|this life|existing|this world)\b|\b(?:switch|turn) (?:my|the) (?:brain|head|"
        r"mind) off (?:for good|forever|permanently)\b",
        msg_unless=r"\b<SERVICE_GRIPE>\b",
        gate=r"stop|end|over|away|finish|switch|done|enough",
    ),
    _rule(
        "despair_and_threat",
        _C,
        r"\b(?:cannot|can not) (?:do|take|handle|bear|stand|manage) (?:this|it|any of (?:this|it)|life|"
        r"living) any ?(?:more|longer)\b|\b(?:cannot|can not) (?:take|do) (?:any ?more|much more|this "
        r"much longer)\b|\bat the end of my (?:rope|tether)\b|\bat (?:my )?breaking point\b|\b(?:had|have had) "
        r"enough\b(?! of (?:the|this|that|my|our|your|their|it|them|him|her|people|noise|waiting|being)\b)|"
        r"\bcannot (?:see|find) (?:a|any) way (?:out|forward)\b|\bno way out\b|\bnothing (?:matters|left) any "
        r"?more\b",
        needs=r"\b(?:hopeless|worthless|numb|empty inside|no hope|pointless|no point|nothing matters|"
        r"nobody (?:cares|would care)|no one (?:cares|would care)|burden|giving up|given up|do not know what "
        r"i (?:will|would|might|am going to|could) do|what i (?:might|will|could) do|not (?:be )?here|"
        r"disappear|end it|die|dead|suicid\w*|kill|pills|tablets|overdose|cannot go on|lost everything|"
        r"hate myself|hate my life|want out|do something stupid|useless|failure|done with (?:everything|it all|life)|"
        r"finished with (?:everything|it all|life))\b",
        msg_unless=r"\b<SERVICE_GRIPE>\b",
        gate=r"cannot|can not|end of my|breaking point|enough|way out|matters|left",
    ),
    _rule(
        "not_alive_soon",
        _C,
        r"\bi (?:[a-z']+ ){0,3}?(?:not|never) (?:[a-z']+ ){0,5}?alive (?:by|for|at|after|next|tomorrow|much "
        r"longer|this time|to see|in the|come|when)\b|\bi (?:will not|am not going to|do not think i will|"
        r"will not be|am not|will not still be) (?:be |still be )?(?:here|around|alive) (?:much longer|for (?:much )?"
        r"(?:longer|long)|by (?:tomorrow|tonight|the morning|the weekend|the end of|monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|next week|christmas|my birthday)|tomorrow (?:morning|night)?(?= (?:[.,~]|$))|"
        r"to see (?:tomorrow|the morning|christmas|my birthday|the weekend))\b|"
        r"\bi (?:will not|am not going to|do not think i will|might not) (?:make it|get|last) through "
        r"(?:the night|tonight|the week|the weekend)\b|\bthis (?:time )?tomorrow i (?:will not|will) (?:be )?"
        r"(?:here|alive|around|gone|dead)\b",
        msg_unless=r"\b(?:holiday|away|hospital|surgery|operation|shift|work|visit|appointment|bin day|"
        r"collection|delivery|moving|move|flight|travel\w*|abroad|cancer|terminal|hospice|palliative|"
        r"battery|phone|signal|engineer)\b",
        gate=r"alive|here|around|through|tomorrow",
    ),
    _rule(
        "car_fumes",
        _C,
        r"\b(?:garage|shed|closed room|locked room|lock up)\b(?:[a-z ,']{0,60}?)\bengine (?:is |still )?"
        r"(?:running|on)\b|\bengine (?:is |still )?(?:running|on)\b(?:[a-z ,']{0,60}?)\b(?:garage|shut "
        r"in|door (?:shut|closed|down))\b|\b(?:hose|hosepipe|pipe|tube) (?:\w+ ){0,3}?(?:from|to|into|through|"
        r"on) the exhaust\b|\bexhaust (?:pipe )?(?:into|through) the (?:car|window|van)\b|\b(?:charcoal|"
        r"disposable bbq|disposable barbecue) (?:\w+ ){0,3}?(?:in|inside) (?:my|the|a) (?:room|bedroom|car|"
        r"flat|bathroom)\b",
        unless=r"\b(?:mechanic|garage (?:said|quoted|charged|fixed|booked)|service|mot|repair|warming up|"
        r"defrost\w*|idling|idle|taxi|fumes from next door|neighbour\w*)\b",
        gate=r"engine|exhaust|charcoal|disposable",
    ),
    _rule(
        "researching_method",
        _C,
        r"\bhow (?:many|much) (?:[a-z']+ ){0,6}?(?:would|will|to|can|could) (?:kill|die|end|overdose|od)\b|\b(?:lethal|fatal|deadly) (?:dose|amount)\b|\b(?:painless|"
        r"quick|quickest|easiest|best|surest|least painful) ways? to (?:die|kill my ?self|end it|go|end my "
        r"life)\b|\bhow to (?:kill|hang|drown|poison|overdose|end) (?:my ?self|it all|my life)\b|\b(?:researching|"
        r"researched|looked up|looking up|googled|googling|searching|searched) (?:how to (?:die|end it|kill)|"
        r"ways to die|suicide|methods of|overdos\w*|how (?:many|much) (?:\w+ ){0,3}?(?:to|would|will) "
        r"(?:kill|die))\b",
        unless=r"\b(?:rats?|mice|mouse|weeds?|wasps?|slugs?|moles?|pests?|insects?|bugs?|fleas?|ants?|"
        r"knotweed|moss|dog|cat|pet|plant|fish)\b",
        gate=r"how|lethal|fatal|deadly|way",
    ),
    _rule(
        "cannot_keep_safe",
        _C,
        r"\b(?:cannot|can not|not sure (?:i|he|she) can|do not think (?:i|he|she) can|struggling to|unable "
        r"to|will not be able to|could not) (?:keep|stay) (?:my ?self |him ?self |her ?self )?safe\b",
        unless=r"\bsafe (?:from|at home from)\b|\b(?:ex|partner|husband|wife|boyfriend|girlfriend|neighbour|"
        r"landlord|gang|dealers?|bailiffs)\b",
        gate=r"safe",
    ),
    _rule(
        "locked_in_with_means",
        _C,
        r"\blocked (?:him|her|my|them)sel(?:f|ves) in (?:the |his |her |my |their )?(?:bathroom|bedroom|"
        r"room|toilet|car|garage|shed|loft)\b",
        needs=r"\b(?:razors?|knife|knives|blades?|pills|tablets|rope|die|dying|kill|suicid\w*|end it|"
        r"overdose|hurt (?:him|her|my|them)sel\w+|harm|cutting|not answering|not responding|goodbye)\b",
        gate=r"locked",
    ),
    # ---------------------------------------------------------------- child at risk
    _rule(
        "child_signs",
        _K,
        r"\b(?:(?:always|constantly|usually|often|left) (?:in )?(?:a |the same )?(?:dirty|soiled|full|soaking|"
        r"filthy|wet|soaked) nappy|nappy (?:is )?(?:never|not|rarely|hardly ever) changed|covered in (?:bruises|marks|"
        r"burns|cuts|sores|welts)|bruises (?:all over|everywhere|on (?:his|her|"
        r"their) (?:face|arms?|neck|legs?|body|back|cheek|eye))|(?:unexplained|lots of|loads of|fresh|new|"
        r"more|constant|regular|strange|odd|finger ?(?:tip|mark)) (?:bruises|bruising|marks|injuries|burns|"
        r"welts)|black eyes?|cigarette burns|(?:always|constantly|often|permanently|forever|usually|"
        r"really) (?:so |really |very )?(?:hungry|starving|starved|famished|filthy|unwashed)|begging (?:\w+ )?"
        r"for food|(?:stealing|taking|eating) food (?:from|out of) (?:bins|other|the bins|the bin)|(?:dirty|"
        r"filthy|smelly|unwashed|scruffy|thin|skinny|underfed|hungry) and (?:dirty|filthy|smelly|unwashed|"
        r"thin|skinny|hungry|underfed|neglected|cold|bruised)|(?:looks?|looked|seems?|seemed|appears?) "
        r"(?:really |very |so |badly )?(?:neglected|malnourished|starved|underfed|unloved|uncared for)|"
        r"never (?:go|goes|went|gone|going|been|at|in) (?:to )?school|(?:not|never) (?:been )?(?:at|in|"
        r"going to|gone to) school (?:for|in) (?:weeks|months|ages|days)|not (?:being )?(?:fed|washed|"
        r"looked after|cared for|clothed) (?:properly)?|no (?:food|heating|clean clothes|beds?) (?:in the house|"
        r"at home|for (?:them|him|her|the kids|days))|flinch\w*|scared (?:to go|of going) home|(?:left|kept|"
        r"locked|shut|put) (?:out|outside) (?:in the (?:cold|rain|dark|snow)|in all weathers|late|at night|till|"
        r"until|for hours|all (?:day|night|evening))|out (?:on the streets?|in the streets?|on (?:their|his|her) own|"
        r"alone)? ?(?:at|till|until|til) (?:midnight|\d+ ?(?:am|in the morning)|all hours)|wearing (?:no|"
        r"hardly any) (?:clothes|shoes|coat) in (?:the )?(?:cold|snow|winter|rain))\b",
        needs=r"\b<YOUTH>\b",
        unless=r"\b(?:horses?|pony|ponies|dogs?|cats?|pets?|animals?|donkeys?|sheep|foals?|puppy|puppies|"
        r"kittens?|rabbits?|birds?|fell|fall|fallen|tripped|rugby|football|sport|bike|trampoline|eczema|"
        r"chicken ?pox|rash|allerg\w*|nursery place|holiday|exclusion|excluded|suspended|ehcp|send|"
        r"school place|transport|bus|uniform|bully\w*|boxing|martial arts|karate|judo|taekwondo|kickboxing|"
        r"sparring|wrestling|hockey|cricket|netball)\b|" + _CHILD_BENIGN,
        gate=r"nappy|covered|bruis|unexplained|marks|injuries|burns|black eye|hungry|starv|famished|filthy|unwashed|"
        r"begging|food|dirty|smelly|scruffy|thin|skinny|underfed|neglect|malnourish|unloved|uncared|school|"
        r"fed|washed|looked after|cared for|clothed|heating|clean clothes|flinch|scared|out|midnight|wearing",
    ),
    _rule(
        "young_child_out_alone",
        _K,
        r"\b<YOUNG> (?:[a-z0-9']+ ){0,6}?(?:out|outside|wandering|walking|roaming|crying|alone|in (?:just |only )?"
        r"(?:a |his |her |their |its )(?:nappy|nappies|pyjamas|pajamas|pjs|nightie|vest|underwear|pants)|on (?:the|a) "
        r"(?:\w+ )?(?:balcony|window ledge|window sill|windowsill|roof|ledge)|on (?:his|her|"
        r"their|its) own|by (?:himself|herself|themselves|itself)|in the (?:\w+ )?(?:street|road|lane)|on "
        r"(?:the|our|my|a|this) (?:\w+ )?(?:street|road|estate|lane|pavement)) (?:[a-z0-9',]+ ){0,8}?(?:at (?:midnight|night|\d{1,2} "
        r"?(?:am|o'?clock|in the morning)|this time of night)|in the middle of the night|in (?:his|her|their|"
        r"its|a) (?:pyjamas|pajamas|pjs|nappy|nappies|nightie|nightdress|night clothes|vest|underwear)|in (?:just|only) "
        r"(?:a |his |her |their |its )?(?:pyjamas|pajamas|pjs|nappy|nightie|vest|underwear|pants)|"
        r"barefoot|no shoes|with no (?:shoes|coat|adult|grown up|parent|one)|(?:no|without (?:an? )?) "
        r"(?:adult|grown up|parent|mum|carer)s?(?: around| with| in sight| anywhere)?|looks? (?:terrified|"
        r"scared|lost|frightened|petrified)|nobody (?:is )?(?:with|around)|no one (?:is )?(?:with|around)|no (?:adults?|"
        r"parents?|grown ups?) (?:around|about|in sight)|alone|on (?:his|her|"
        r"their|its) own|by (?:himself|herself|themselves|itself)|unsupervised|(?:near|along|by|on|beside|next "
        r"to|in|across|crossing|into|onto|towards|out onto|out into) (?:the |a )?(?:\w+ )?(?:dual carriageway|main "
        r"road|motorway|a road|bypass|"
        r"railway|canal|river|lake|pond|quarry|roundabout|busy road)|for (?:ages|hours|an hour|over an hour|"
        r"\d+ (?:minutes|hours)|a long time)|(?:it is )?getting dark|in the (?:dark|cold|rain|snow))\b",
        gate=r"midnight|night|am|o'?clock|morning|pyjamas|pajamas|pjs|nappy|nappies|nightie|nightdress|vest|"
        r"underwear|barefoot|shoes|coat|adult|grown up|parent|mum|carer|terrified|scared|lost|frightened|"
        r"petrified|nobody|no one|alone|own|himself|herself|themselves|itself|unsupervised|carriageway|road|"
        r"motorway|bypass|railway|canal|river|lake|pond|quarry|roundabout|ages|hours|minutes|long time|dark|"
        r"cold|rain|snow",
    ),
    _rule(
        "child_in_car",
        _K,
        r"\b<CHILD> (?:[a-z']+ ){0,3}?(?:left|locked|shut) (?:alone |on (?:his|her|its|their) own )?(?:in|"
        r"inside) (?:a|the|their|his|her|this|that) (?:\w+ ){0,2}?(?:car|van|vehicle|motor)\b|\b(?:hot|"
        r"locked|baking|boiling|sweltering|roasting|closed up) (?:car|van|vehicle)\b",
        needs=r"\b<CHILD>\b",
        unless=r"\b(?:dog|dogs|puppy|cat|pet)\b",
        gate=r"car|van|vehicle|motor",
    ),
    _rule(
        "child_exploitation",
        _K,
        r"\b(?:(?:older|grown|grown up|adult|much older|old|middle aged|creepy|strange) (?:men|man|blokes?|guys?|"
        r"males?|lads|women|woman|people)|(?:men|man|blokes?|guys?|woman|women) in (?:his|her|their) "
        r"(?:twenties|thirties|forties|fifties|sixties|[2-6]0s)|(?:[2-6]\d|twenty|thirty|forty|fifty) year old "
        r"(?:men|man|blokes?|guys?|woman|women)) (?:[a-z0-9',]+ ){0,10}?(?:pick\w* (?:up|them|her|him)|"
        r"messag\w*|text\w*|chatting|talking to|contact\w*|befriend\w*|lifts?|driving (?:her|him|them) "
        r"(?:around|about|off|away)|buying (?:[a-z0-9']+ ){0,4}?(?:drinks|alcohol|vodka|cider|gifts|presents|"
        r"phones?|clothes|vapes|cigarettes|takeaways?)|buying (?:her|him|them)|giving (?:[a-z0-9']+ ){0,4}?"
        r"(?:drugs|alcohol|vodka|cider|drink|money|cash|gifts|presents|cigarettes|vapes|lifts|phones?|weed)|plying|parties|hanging (?:around|about|round) with|taking "
        r"(?:her|him|them) (?:to|away|off|out)|sleeping with|going out with|relationship with|sex with|"
        r"gifts|presents|asking (?:her|him|them) (?:for|to)|in (?:their |his |a )?cars?)\b|\b(?:picked up|"
        r"collected|getting picked up|taken away|driven (?:off|away)|getting in(?:to)? cars?|going off) "
        r"(?:[a-z']+ ){0,4}?(?:by|with) (?:[a-z']+ ){0,2}?(?:older|grown|adult|much older|middle aged|"
        r"strange) (?:men|man|blokes?|guys?|males?|lads|people)\b|\b(?:asking|asked|asks|wants|wanted|"
        r"begging|pressuring|pressured) (?:\w+ ){0,4}?(?:for )?(?:pictures|photos|pics|images|videos|selfies) "
        r"of (?:her|him|them|herself|himself|themselves|her body|his body)\b|\b(?:made|making|forced|forcing|"
        r"groomed|used|using|recruited|recruiting|got|paid|paying|pressured|sent|sending) (?:\w+ ){0,2}?(?:to )?"
        r"(?:run|running|sell|selling|deal|dealing|carry|carrying|hold|holding|move|moving|deliver\w*|"
        r"stash\w*|drop\w*|hide|hiding|keep|keeping|store|storing|look after|looking after|mind|minding) "
        r"(?:drugs|gear|packages|parcels|weed|crack|heroin|cocaine|coke|county lines|knives|weapons|a knife|a gun|"
        r"guns|money for them|for "
        r"(?:a |the )?(?:gang|dealers?|older (?:men|lads|boys)))\b|\bcounty lines\b|\bcuckoo(?:ed|ing)\b|"
        r"\b(?:1[0-5]|thirteen|fourteen|fifteen|twelve|eleven) year old (?:[a-z']+ ){0,6}?(?:boyfriend|"
        r"girlfriend|dating|seeing|going out with|relationship with|sleeping with|sex with)\b(?=[^.]{0,60}"
        r"\b(?:older|(?:1[8-9]|[2-6]\d)|twenties|thirties|forties|grown|adult|man|men)\b)|\b(?:running|"
        r"selling|dealing|carrying) (?:drugs|gear) for (?:older|a gang|gangs|dealers|men)\b|\b(?:drugs|gear|"
        r"packages|parcels) to (?:sell|deliver|carry|hold|run|stash|move)\b",
        needs=r"\b<YOUTH>\b",
        gate=r"older|grown|adult|old|middle aged|creepy|strange|picked|collected|taken|driven|cars?|"
        r"going off|pictures|photos|pics|images|videos|selfies|drugs|gear|packages|parcels|weed|crack|"
        r"heroin|cocaine|coke|county|cuckoo|year old",
    ),
    _rule(
        "child_disclosure",
        _K,
        r"\b(?:told|tells|telling|confided in|disclosed to|said to|admitted to|whispered to) (?:me|us|a teacher|"
        r"her teacher|his teacher|the teacher|staff|school|a friend|my (?:son|daughter|child|kids)) (?:that )?"
        r"(?:she|he|they) (?:is|are|was|were|has been|have been|gets|get|got|keeps? getting) (?:being )?"
        r"(?:hurt|hit|beaten|abused|touched|smacked|punched|kicked|burnt|burned|locked|starved|strangled|"
        r"choked|raped|molested|hurt at home|scared)\b(?! (?:by|with) (?:a|the) (?:ball|car|van|bus|bike|door|"
        r"swing|stone|conker|snowball|football)\b)|\b(?:being|getting|gets|get|is|are) (?:hurt|hit|"
        r"beaten|abused|harmed|touched|smacked|punched|kicked|burnt|starved|locked in) (?:at home|by (?:his|"
        r"her|their) (?:mum|dad|mother|father|parents?|step ?dad|step ?mum|stepfather|stepmother|mum's "
        r"(?:boyfriend|partner)|dad's (?:girlfriend|partner)|uncle|brother|sister|carer|foster \w+|nan|"
        r"grandad|grandma|granddad))\b|\b(?:made|making) (?:a |an )?disclosure\b|\bdisclosed (?:abuse|that)\b",
        needs=r"\b<YOUTH>\b|\b(?:teacher|dinner lady|school|class|classmate|friend's)\b",
        gate=r"told|tells|telling|confided|disclos|said to|admitted|whispered|hurt|hit|beaten|abused|harmed|"
        r"touched|smacked|punched|kicked|burnt|starved|locked",
    ),
    _rule(
        "baby_unattended",
        _K,
        r"\b<CHILD> (?:[a-z']+ ){0,3}?(?:crying|screaming|wailing|sobbing|howling)\b",
        needs=r"\b(?:(?:nobody|no one) (?:ever |seems to |is |has |ever seems to )?(?:comes?|came|come to|"
        r"going|goes|answers?|answering|there|home|in|around|responding|seeing to|picking (?:it|him|her|"
        r"them) up|attending|doing anything)|(?:flat|house|home|place)(?: that| which)? (?:seems|looks|is|appears|"
        r"has been|had been|was) (?:to be )?"
        r"(?:empty|dark|deserted)|no (?:adults?|parents?|grown ups?|one) (?:there|around|home|in)|(?:parents|"
        r"mum|mother|dad|father) (?:is |are |has |have )?(?:gone out|out|not there|not home|nowhere|left "
        r"(?:them|him|her|it))|on (?:its|his|her|their) own|alone)\b",
        gate=r"crying|screaming|wailing|sobbing|howling",
    ),
    _rule(
        "threat_to_children",
        _K,
        r"\bthreaten\w* to (?:kill|hurt|harm|hit|beat|smack|drown|take|snatch|strangle|burn) (?:them|the "
        r"(?:kids|children|baby|boys|girls)|my (?:kids|children|baby|son|daughter|boys|girls)|our (?:kids|"
        r"children|baby|son|daughter)|(?:him|her)(?= (?:and|if|[.,~]|$)))\b",
        needs=r"\b<CHILD>\b",
        gate=r"threaten",
    ),
    # ---------------------------------------------------------------- domestic abuse
    _rule(
        "strangulation",
        _D,
        r"\b(?:hands?|fingers|arms?) (?:tight |tightly )?(?:a?round|around|on|against|over|across) (?:my|her|"
        r"his|their|mum's|sister's) (?:neck|throat)\b|\b(?:grabbed|grabs|grabbing|held|holds|holding|pinned|"
        r"pins|pinning|squeezed|squeezes|squeezing|had|has|lifted|lifts|pushed|pushes) (?:me|her|him|them) "
        r"(?:up )?(?:by|against the wall by) (?:the|my|her|his) (?:throat|neck)\b|\b(?:squeezed|squeezes|"
        r"squeezing|pressed on|pressing on|presses on|crushed|crushing) (?:my|her|his|their) (?:neck|throat|"
        r"windpipe)\b|\b(?:choked|chokes|strangled|strangling|strangles|throttled|throttling|throttles) "
        r"(?:me|her)\b|\b(?:non fatal )?strangulation\b|\b(?:tried|tries|trying) to (?:strangle|choke|"
        r"throttle|suffocate|smother) (?:me|her)\b",
        unless=r"\b(?:smoke|fumes|dust|food|bone|sweet|laughing|scarf|necklace|lanyard|seatbelt|hug\w*|"
        r"massage|ivy|weeds|collar|lead)\b",
        gate=r"neck|throat|windpipe|choke|strangl|throttl|suffocat|smother",
    ),
    _rule(
        "partner_sexual_abuse",
        _D,
        r"\b(?:forced|forces|forcing|made|makes|making|pressured|pressures|pressuring|coerced|coerces|"
        r"pushes|pushed) (?:me|her) (?:to |into )?(?:have sex|having sex|sex|sleep with|sleeping with|do "
        r"sexual|sexual|do things i did not want|do stuff i did not want|do things (?:i|she) (?:do|does|did) "
        r"not want)\b|\b(?:has sex with|had sex with|touches|touched) (?:me|her) (?:when|while|even though|"
        r"after) (?:i|she) (?:said no|say no|says no|am asleep|was asleep|is asleep|did not want|do not "
        r"want|told him no)\b|\bmarital rape\b",
        gate=r"forc|made|make|pressur|coerc|push|sex|touch|rape",
    ),
    _rule(
        "forced_marriage",
        _D,
        r"\b(?:forcing|forced|force|forces|making|made|make|makes|pressuring|pressured|pressure|pressures) "
        r"(?:me|her|him|my (?:sister|daughter|son|brother|cousin|niece|friend)) (?:to |into )?(?:marry|get "
        r"married|marriage|marrying|an arranged marriage|a marriage)\b|\b(?:taking|taken|sending|sent|take|"
        r"send|takes|sends) (?:me|her|him) (?:abroad|back home|away|overseas|to \w+) (?:to (?:get )?"
        r"(?:married|marry)|for (?:a |an |my |her |his )?(?:marriage|wedding|arranged marriage))\b|\b(?:being|"
        r"been|getting|am|is) (?:forced|pressured|made|pushed|coerced) (?:to |into )(?:marry|get married|(?:a |"
        r"an )?(?:arranged )?marriage|marrying)\b",
        gate=r"marr|wedding",
    ),
    _rule(
        "pronoun_threat",
        _D,
        r"\b(?:he|she) (?:(?:[a-z']+|,) ){0,8}?(?:says|said|saying|keeps saying|shouting|shouted|screaming|"
        r"screamed|yelling|threatening|threatened|threatens|texted|texting|messaged|told me|tells me|swears|"
        r"swore|warned) (?:me )?(?:that )?(?:he|she) (?:will|would|is going to|was going to|is gonna|could) "
        r"(?:\w+ )?(?:kill|hurt|stab|harm|beat|strangle|burn|murder|batter) (?:me|us|the kids|the "
        r"children|the baby|my|our)\b(?! (?:tenancy|contract|car|phone|house|flat|money|job|account|stuff|"
        r"things|bike|career|chances)\b)|\b(?:kill|hurt|find|come after|get) (?:me|her|him|us) if (?:i|she|he|"
        r"we) (?:ever )?(?:leave|leaves|left|go|goes|tell|tells|call|calls|report|reports|try to leave|"
        r"end it|break up)\b",
        unless=r"\b(?:neighbour|neighbours|landlord|stranger|customer|colleague|boss|driver|lads|youths?|"
        r"teenagers?|gang|dealer|dealers|bouncer|teacher|bully)\b",
        gate=r"say|said|shout|scream|yell|threat|text|messag|told|tell|swear|swore|warn| if ",
    ),
    _rule(
        "pronoun_violence_now",
        _D,
        r"\b(?:he|she) (?:is|are) (?:\w+ )?(?:hitting|beating|punching|kicking|strangling|choking|throttling|"
        r"battering|slapping|hurting|beating up|dragging|attacking|strangling|pinning) (?:me|her|him|us|my "
        r"\w+)\b(?! (?:at|in) (?:football|rugby|chess|cards|tennis|games?))",
        unless=r"\b(?:ball|football|game|play\w*|tickl\w*|neighbour|stranger|bouncer|street|pub|club|"
        r"school|bully|lads|youths)\b",
        gate=r"he |she ",
    ),
    _rule(
        "woman_being_beaten",
        _D,
        r"\b(?:woman|lady|wife|girlfriend|mum|mother|she|her|neighbour|couple)\b (?:[a-z']+ ){0,4}?(?:is |are |"
        r"being |getting |gets |has been |keeps getting |always getting )(?:being )?(?:beaten|battered|hit|"
        r"punched|knocked about|knocked around|slapped|strangled|abused|thrown about|thrown around|"
        r"kicked)\b(?! by (?:a|the) (?:car|van|ball|bus|lorry)\b)|\b(?:screaming|begging|pleading|shouting|"
        r"crying|yelling) (?:at |for )?(?:him|her|them) to (?:stop|get off|leave (?:her|me) alone)\b",
        needs=r"\b(?:next door|upstairs|downstairs|neighbour\w*|flat|house|through the wall|walls?|husband|"
        r"partner|boyfriend|he|him|his|home|couple|screaming|shouting|crying)\b",
        unless=r"\b(?:street|pub|club|park|bus|shop|car park|gang|youths|lads|council|letters?|bills?|emails?|"
        r"calls|texts|scammers?)\b",
        gate=r"beaten|battered|hit|punched|knocked|slapped|strangled|abused|thrown|kicked|to stop|get off|"
        r"leave",
    ),
    _rule(
        "emotional_abuse",
        _D,
        r"\b(?:<PARTNER_NP>|he|she) (?:(?:[a-z']+) ){0,3}?(?:belittles|belittling|belittled|humiliates|"
        r"humiliating|humiliated|degrades|degrading|demeans|demeaning|puts me down|putting me down|"
        r"put me down|puts her down|gaslights|gaslighting|gaslit|mocks me|calls me (?:useless|worthless|"
        r"stupid|fat|ugly|names|a \w+|pathetic|mental|crazy)|calls her (?:useless|worthless|stupid|fat|ugly|"
        r"names|pathetic)|(?:screams|shouts|yells|swears|screaming|shouting|yelling|swearing|rages|raging) "
        r"(?:at|in) (?:me|her|my face|her face) (?:all the time|constantly|every day|every night|non stop|"
        r"daily|for hours|whenever|when (?:he|she) is drunk)|(?:cut|cuts|cutting) (?:me|her) off from "
        r"(?:my|her|all my|all her|everyone|friends|family)|makes me (?:feel )?(?:worthless|useless|"
        r"scared|afraid|like (?:i am )?nothing))\b",
        unless=r"\b(?:boss|manager|colleague|teacher|landlord|neighbour|council|customer)\b",
        gate=r"belittl|humiliat|degrad|demean|puts|put me|gaslight|gaslit|mocks|calls|scream|shout|yell|"
        r"swear|rage|cut|makes me",
    ),
    _rule(
        "hidden_injuries",
        _D,
        r"\b(?:bruises?|marks|black eyes?|injuries) (?:that )?(?:she|he|they|i) (?:tries|try|tried|is "
        r"trying|has to|keeps trying|always tries|covers? up|hides?|hid) (?:to )?(?:hide|cover)?\b|"
        r"\b(?:hide|hides|hiding|hid|cover|covers|covering|covered up|cover up|covering up|make up over|make up "
        r"to cover) (?:her|his|the|their|my) (?:bruises|black eyes?|marks|injuries|cuts)\b|\b(?:comes? in|turns? "
        r"up|arrives?|came in|turned up|coming in|turning up) with (?:new |fresh |more |unexplained )?(?:bruises|"
        r"black eyes?|a black eye|marks|a split lip)\b|\b(?:always|often|constantly|"
        r"keeps|regularly|frequently) (?:has|have|got|having|turning up with|coming in with|comes in with|turns "
        r"up with|with) (?:new |fresh |more |unexplained )?(?:bruises|black eyes?|a black eye|marks on (?:her|"
        r"his|their) (?:face|arms|neck))\b|\bexcuses? (?:for|about) (?:her|his|the|their|my) (?:bruises|"
        r"injuries|black eyes?)\b|\bwalked into (?:a|the) door\b",
        unless=r"\b(?:rugby|football|boxing|martial arts|sport|gym|fell|fall|falls|anaemi\w*|blood "
        r"thinners|warfarin|leukaemia|dementia|care home)\b",
        gate=r"lip|cuts|bruis|marks|black eye|injuries|door",
    ),
    _rule(
        "house_smashed_up",
        _D,
        r"\b(?:<PARTNER_NP>|he|she) (?:is |keeps |has been |was |starts |started |always |kept |just )?(?:smashing|"
        r"smashed|smashes|trashing|trashed|trashes|wrecking|wrecked|wrecks|breaking|broke|breaks|punching holes "
        r"in|punched holes in|putting holes in) (?:up )?(?:the|our|my|her|his) (?:house|home|flat|place|stuff|"
        r"things|phone|doors?|walls?|furniture|belongings|kitchen|bedroom)(?: up)?\b|\b(?:<PARTNER_NP>|he|she) "
        r"(?:[a-z']+ ){0,2}?(?:throws|threw|throwing|hurls|hurled|chucks|chucked|chucking) (?:things|stuff|"
        r"plates|objects|furniture|glasses|a plate|a glass|a chair|cups|a cup|his phone|her phone|the remote|"
        r"a bottle|bottles|a knife|knives) at (?:me|her|us)\b",
        needs=r"\b(?:kill|hurt|scared|afraid|terrified|frightened|hiding|hid|threat\w*|hit|hits|police|"
        r"angry|rage|drunk|at me|at her|at us)\b",
        unless=r"\b(?:builders?|workmen|contractors?|renovat\w*|refurb\w*|kitchen fitters?|demolition|"
        r"neighbour's builder|council)\b",
        gate=r"smash|trash|wreck|break|broke|holes|throw|threw|hurl|chuck",
    ),
    _rule(
        "not_allowed",
        _D,
        r"\b(?:i am|she is|i was|she was|i have never been|i have not been) not allowed (?:to )?(?:go out|"
        r"leave|see (?:my|her) (?:friends|family|mum|mother|dad|sister)|have (?:my|her) own|use (?:my|her|the) "
        r"phone|speak to|talk to|work|go anywhere|out|have (?:any )?money|touch (?:the|our) money|drive|"
        r"wear)\b|\bis (?:it|this|that) (?:\w+ )?(?:abuse|abusive|coercive|controlling)\b(?: if| when| that)?|"
        r"\b(?:my|his|her) (?:partner|husband|wife|boyfriend|girlfriend) (?:is |has been )?(?:emotionally|"
        r"financially|psychologically|physically|sexually|verbally) abus\w+\b",
        needs=r"\b(?:<ROMANTIC>|he|she|him|his)\b",
        msg_unless=r"\b(?:landlord|council|school|teacher|parents?|mum|dad|i am (?:[5-9]|1[0-7]))\b",
        gate=r"allowed|abus|coercive|controlling",
    ),
    _rule(
        "abuse_at_home",
        _D,
        r"\b(?:being|getting|gets|get|is|am|are|been) (?:\w+ )?(?:hurt|hit|beaten|abused|harmed|attacked|"
        r"punched|kicked|strangled|knocked about|knocked around) at home\b",
        msg_unless=r"\b<YOUTH>\b",
        gate=r"at home",
    ),
    # ---------------------------------------------------------------- emergency: poisoning, asthma, arson, water
    _rule(
        "poisoning",
        _E,
        r"\b(?:swallowed|swallowing|drunk|drank|drinking|eaten|ate|eating|chewed|chewing|licked|inhaled|"
        r"inhaling|injected|taken|took|had|got into|bitten into|sucked) (?:some |a |an |the |a lot of |loads of "
        r"|lots of |a bottle of |a load of |a mouthful of |half a bottle of |a bit of |some of the |one of "
        r"(?:the|my|his|her) )?(?:\w+ )?(?:battery|batteries|button batteries|magnets?|bleach|washing (?:tablet|"
        r"capsule|pod|liquid|powder|up liquid)s?|dishwasher (?:tablet|pod)s?|liquitabs?|laundry pods?|"
        r"detergent|weed ?killer|antifreeze|anti freeze|poison|rat poison|slug pellets|white spirit|turps|"
        r"paraffin|petrol|drain cleaner|oven cleaner|cleaning (?:fluid|product|spray)s?|descaler|e cig "
        r"(?:liquid|juice)|vape (?:liquid|juice)|nicotine (?:liquid|pouches)|screenwash|lamp oil|toadstools?|"
        r"poisonous \w+|caustic soda|disinfectant|toilet cleaner|methadone)\b|\b<CHILD> (?:[a-z']+ ){0,2}?"
        r"(?:has |have |had |just )?(?:swallowed|eaten|ate|taken|took|got into|had|drunk|drank|chewed) (?:some "
        r"of |a few of |loads of |lots of |a handful of |a packet of |a bottle of |a box of |half (?:a|the) "
        r"(?:packet|bottle|box) of |two of |three of |several of |one of |a couple of |all of |the )?(?:my |his "
        r"|her |their |the |our |nan's |grandad's |mum's |dad's |[a-z]+'s )?(?:\w+ )?(?:pills|tablets|medicine|meds|"
        r"medication|"
        r"paracetamol|calpol|ibuprofen|painkillers|sleeping pills|vitamins|iron tablets|antidepressants|"
        r"methadone|edibles|drugs|cannabis sweets)\b",
        past=True,
        unless=r"\b(?:dog|dogs|cat|cats|puppy|kitten|pet|horse|rabbit|vet|vets|calpol dose|correct dose|as "
        r"prescribed|prescription|prescribed)\b",
        gate=r"swallow|drunk|drank|drink|eaten|ate\b|eating|chew|lick|inhal|inject|taken|took|had|got into|"
        r"bitten|sucked",
    ),
    _rule(
        "asthma_attack",
        _E,
        r"\b(?:inhaler|inhalers|pump|nebuliser|nebulizer|blue pump|ventolin|salbutamol) (?:is not|are not|not|"
        r"does not seem to be|has not|have not|did not|will not|is no longer) (?:really )?(?:working|helping|"
        r"doing anything|touching it|making a difference)\b|\b(?:severe|bad|massive|serious|really bad) "
        r"asthma attack\b|\basthma attack\b(?=[^.]{0,60}\b(?:cannot|barely|struggling|blue|not helping|not "
        r"working|getting worse|lips|gasping|wheez\w*|talk|speak))",
        gate=r"inhaler|pump|nebuli|ventolin|salbutamol|asthma",
    ),
    _rule(
        "arson_attack",
        _E,
        r"\b(?:petrol|fuel|diesel|lighter fluid|accelerant|something burning|lit rag|burning rag|firework|"
        r"fireworks|lit paper|flammable liquid|a lit \w+) (?:\w+ ){0,3}?(?:through|into|in|under) (?:my|our|the|"
        r"their|his|her|next door's) (?:front )?(?:letterbox|letter box|door|window|house|flat)\b|\bpetrol "
        r"(?:\w+ ){0,3}?(?:poured|splashed|thrown|sprayed) (?:on|over|through|around) (?:my|our|the|their|his|"
        r"her) (?:door|house|car|flat|letterbox|letter box|porch)\b|\b(?:trying|tried|threatening|threatened) "
        r"to (?:burn|torch|set fire to) (?:my|our|the|their|his|her|next door's) (?:house|flat|home|door|car)\b",
        past=True,
        gate=r"petrol|fuel|diesel|lighter|accelerant|burning|rag|firework|paper|flammable|lit|burn|torch|fire",
    ),
    _rule(
        "swept_away",
        _E,
        r"\b<PERSON> (?:[a-z']+ ){0,2}?(?:washed|swept|carried) (?:away|off|downstream|out to sea|under)\b|\b<PERSON> "
        r"(?:[a-z']+ ){0,2}?(?:dragged|pulled|sucked) (?:under|away|downstream|out to sea)\b"
        r"|\b(?:swept|washed|carried) (?:away|downstream) (?:by|in) (?:the )?(?:flood|floods|flood ?water|river|"
        r"current|water|tide|waves)\b",
        past=True,
        unless=r"\b(?:road|bridge|car|cars|fence|bins?|garden|crops|sandbags|path|footpath|bank|shed)\b "
        r"(?:\w+ )?(?:was|were|has been|have been|got) (?:washed|swept|carried)",
        gate=r"washed|swept|carried|dragged|pulled",
    ),
    # ---------------------------------------------------------------- crisis: methods, places, messages
    _rule(
        "method_vehicle",
        _C,
        r"\b(?:going to|want to|wants to|thinking (?:about|of)|tempted to|planning to|about to|might|will|"
        r"could|urge to) (?:just )?(?:drive|crash|driving|crashing|steer|steering|swerve|swerving|plough|"
        r"ploughing) (?:my |his |her |the )?(?:car |van |motorbike )?(?:into|off|in front of|under) (?:a |an "
        r"|the )?(?:wall|tree|bridge|lorry|river|sea|cliff|oncoming traffic|traffic|motorway|bus|train|"
        r"quarry|canal|lamp post|pillar|reservoir)\b",
        gate=r"drive|crash|driving|steer|swerv|plough",
    ),
    _rule(
        "at_the_edge",
        _C,
        r"\bi am (?:\w+ )?(?:on|at|by|near|standing on|stood on|sitting on|sat on|lying on|laying on) (?:the |a )?"
        r"(?:railway line|railway tracks|train tracks|tracks|level crossing|edge of (?:the |a )?(?:cliff|"
        r"bridge|roof|building|platform|car park)|cliff edge|ledge|parapet|wrong side of (?:the |a )?\w+)\b|"
        r"\bi am (?:standing|stood|sitting|sat) on (?:the |a )?(?:bridge|roof|cliff|multi storey|top of (?:the "
        r"|a )?\w+)(?= (?:[.,~]|now|right now|again|$))",
        gate=r"railway|tracks|crossing|edge|ledge|parapet|wrong side|bridge|roof|cliff|multi storey|top of",
    ),
    _rule(
        "goodbye_message",
        _C,
        r"\b(?:texted|text|messaged|message|posted|rang|called|phoned|sent|left|wrote|written|voicemail|"
        r"snapchat|whatsapp|post|status) (?:\w+ ){0,4}?(?:saying|to say|that (?:said|says)|that just said) "
        r"(?:goodbye|bye forever|sorry for everything|(?:she|he|they) (?:loves|love|is sorry|are sorry)|"
        r"(?:she|he|they) (?:cannot|can not) do (?:this|it) any ?more|this is the end)\b|\b(?:texted|messaged|"
        r"rang|phoned|called|sent|posted|wrote|left) (?:me |us |him |her |them )?(?:a )?(?:goodbye|farewell)\b|\b(?:left|wrote|"
        r"written|found) (?:a |an |his |her |their )?(?:note|letter|message) (?:\w+ ){0,3}?(?:saying|that says|"
        r"that said|to say) (?:\w+ ){0,2}?(?:sorry|goodbye|bye|love)\b",
        needs=r"\b(?:not (?:answering|picking up|replying|responding|reading)|cannot (?:get hold|reach|contact|"
        r"find)|no answer|phone (?:is )?(?:off|dead|going to voicemail)|worried|scared|missing|gone|left the "
        r"house|not home|not in|sorry|pills|tablets|bridge|cliff|sea|river|beach|coast|tracks|railway|on (?:his|"
        r"her|their) own|alone|reservoir|canal|lake)\b",
        gate=r"farewell|goodbye|bye forever|sorry|loves|love|any ?more|the end",
    ),
    # ---------------------------------------------------------------- child at risk: more signs and routes
    _rule(
        "child_lure_or_exposure",
        _K,
        r"\b(?:trying|tried|tries|keeps trying|attempting|attempted) to (?:get|lure|entice|coax|persuade|"
        r"talk|tempt) (?:\w+ ){0,3}?<YOUTH> (?:\w+ ){0,3}?(?:into|to get in|to get into|to come (?:with|to|"
        r"into|back)|to go (?:with|to|into|back)|in|back to) (?:his|her|their|a|the) (?:\w+ )?(?:car|van|house|"
        r"flat|home|place)\b|\bexposing (?:him|her)self\b|\bflash(?:ed|ing|es) (?:at )?(?:the |some |my |our "
        r"|a |two )?<YOUTH>\b|\b(?:inappropriate|sexual|explicit|sexy|dirty|creepy|indecent|rude) (?:messages|"
        r"texts|pictures|photos|pics|images|comments|touching|contact|videos|chats|snapchats|dms)\b",
        needs=r"\b<YOUTH>\b",
        unless=r"\b(?:scam|spam|phishing|council|advert\w*|graffiti|poster|stickers?)\b",
        gate=r"trying|tried|tries|attempt|expos|flash|inappropriate|sexual|explicit|sexy|dirty|creepy|"
        r"indecent|rude",
    ),
    _rule(
        "online_grooming",
        _K,
        r"\b(?:asked|asking|asks|wants|wanted|trying to get|tried to get|persuad\w+|pressur\w+|convinc\w+|"
        r"arrang\w+|begging|told) (?:her|him|them|my (?:son|daughter|child|kid|girl|boy|\d+ year old)|a "
        r"(?:girl|boy|child|kid)) (?:to )?(?:meet (?:up|him|her)?|come (?:round|over|to (?:his|her))|keep "
        r"(?:it |this |their (?:chats|messages|friendship) |things )?(?:a )?secret|delete (?:the|their|his|her|"
        r"all the) (?:messages|chats|texts)|send (?:him |her )?(?:pictures|photos|pics|nudes|videos|selfies)|"
        r"not (?:to )?tell (?:anyone|anybody|us|me|mum|dad|her|him|them|(?:her|his|their|my|the) \w+))\b|"
        r"\b(?:wants|wanted|asking|asked|trying|arranging|arranged|planning|plans|keeps asking) to meet (?:up with )?"
        r"(?:her|him|them|my (?:son|daughter|child|kid|\d+ year old))\b|\b(?:asked|asking|asks|wants|wanted|told|"
        r"telling|tells|get|got|getting) (?:her|him|them) (?:to )?(?:go|get|come) on (?:video|camera|cam|facetime|"
        r"live|a video call)\b|\b(?:with|take|taking|took) (?:his|her|their) (?:top|clothes|shirt|t shirt|"
        r"trousers|pants|knickers|bra) off\b|\bnot to tell (?:anyone|anybody|her (?:mum|dad|parents)|his (?:mum|"
        r"dad|parents)|their parents|us|me)\b|\b(?:she|he) is (?:so )?(?:special|mature for (?:her|his) age)\b|"
        r"\b(?:our|their) (?:little )?secret\b",
        needs=r"^(?=.*?\b(?:online|internet|snapchat|instagram|tiktok|facebook|whatsapp|roblox|fortnite|minecraft|"
        r"discord|game|gaming|xbox|playstation|app|chat|older|grown|adult|stranger|man|men|bloke|guy|coach|"
        r"teacher|tutor)\b)(?=.*?\b<YOUTH>\b)",
        msg_unless=r"\b(?:her friends|his friends|their friends|school friends|classmates|cousins?|grandparents|"
        r"nan|grandma|grandad|party)\b",
        gate=r"meet|come|secret|delete|send|tell|video|camera|cam|facetime|live|off|special|mature",
    ),
    _rule(
        "child_abused_by_carer",
        _K,
        r"\b(?:hear|heard|hearing|see|saw|seen|watched|watch|caught) (?:him|her|them|someone|somebody|an adult|a "
        r"man|a woman|the (?:dad|mum|father|mother|parents|stepdad|boyfriend|girlfriend|man|woman|adults?|"
        r"neighbours?|couple)) (?:[a-z']+ ){0,5}?(?:hitting|beating|smacking|slapping|"
        r"punching|kicking|hurting|shaking|screaming at|thrashing|belting|battering|throwing|dragging) (?:them|"
        r"him|her|the (?:kids|children|baby|boy|girl|little one|little ones|toddler))\b|\b(?:her|his|their) "
        r"(?:step ?dad|stepfather|step ?mum|stepmother|dad|father|mum|mother|mum's (?:boyfriend|partner)|"
        r"dad's (?:girlfriend|partner)|uncle|grandad|granddad|brother|cousin|carer|foster \w+|childminder|"
        r"babysitter|coach|teacher) (?:\w+ )?(?:touches|touched|molests|molested|rapes|raped|abuses|abused|"
        r"interferes with|sexually abuses|hits|beats|punches|kicks|burns|strangles|chokes|starves|locks up|"
        r"whips|belts|hurts|locks|locked|shuts|shut|kicked|hit|beat|hurt|punched|burned|strangled|choked|"
        r"starved|whipped|belted|threw|slapped|smacked|battered|bit) (?:her|him|them)\b",
        needs=r"\b<YOUTH>\b",
        unless=r"\b(?:ball|football|game|play\w*|tickl\w*|wrestl\w*)\b",
        gate=r"kick|hit|beat|hurt|punch|burn|strangl|chok|starv|whip|belt|threw|slap|smack|batter|bit|lock|shut|hear|heard|see|saw|seen|watch|caught|touch|molest|rape|abuse|interferes|hits|beats|punches|"
        r"kicks|burns|strangles|chokes|starves|locks|whips|belts|hurts",
    ),
    _rule(
        "carer_incapable",
        _K,
        r"\b(?:fending|looking after|feeding|caring) for (?:them|him|her)sel(?:f|ves)\b|\bleft to (?:fend|"
        r"look after|feed|care for) (?:for )?(?:them|him|her)sel(?:f|ves)\b|\b(?:parents?|mum|dad|mother|"
        r"father|carer|stepdad|mum's boyfriend) (?:is |are |always |often |constantly |seems |is always |are "
        r"always )*(?:drunk|off (?:his|her|their) face|high|out of it|passed out|wasted|smashed|on drugs|"
        r"using drugs|injecting|smoking crack|unconscious)\b(?! (?:last|at the weekend|at the party))",
        needs=r"\b<CHILD>\b|\bkids?\b",
        gate=r"fending|looking after|feeding|caring|fend|drunk|face|high|out of it|passed out|wasted|smashed|"
        r"drugs|injecting|crack|unconscious",
    ),
    _rule(
        "child_out_late",
        _K,
        r"\b(?:out|outside|out and about|roaming|wandering|walking the streets|on the streets?) (?:\w+ ){0,3}?"
        r"(?:at|till|until|til|past|gone|after) (?:midnight|(?:10|11|12)(?: ?pm| o'?clock at night| at night)|"
        r"[1-5] ?am|[1-5] in the morning|all hours)\b",
        needs=r"\b<CHILD>\b|\bkids?\b",
        unless=r"\b(?:play|playing|plays|noise|noisy|football|ball|bikes|scooters|shouting|music|party|parties|"
        r"teenagers|teens|youths|lads|gang)\b",
        gate=r"midnight|pm|o'?clock|am\b|morning|all hours",
    ),
    # ---------------------------------------------------------------- domestic abuse: threats if she leaves
    _rule(
        "threat_if_leave",
        _D,
        r"\bif (?:i|she|he) (?:ever )?(?:leave|leaves|left|go|goes|tell|tells|told|call|calls|report|reports|"
        r"try to leave|tries to leave|end it|break up|split up)(?: with)?(?: him| her| them| the police| anyone)?"
        r"(?: ,)? (?:he|she|they) (?:will|would|is going to|says (?:he|she) will|said (?:he|she) would|threatens "
        r"to|has threatened to) (?:\w+ )?(?:kill|hurt|stab|harm|take|find|burn|ruin|come after|get|beat|"
        r"destroy|end)\b",
        gate=r"if ",
    ),
    # ---------------------------------------------------------------- emergency: third pass
    _rule(
        "allergic_swelling",
        _E,
        r"\b(?:face|lips|tongue|throat|mouth|eyes|neck) (?:is |are |has |have |keeps |started )?(?:all |really "
        r"|badly )?(?:swelling|swollen|swelled|puffing|puffed|blowing)(?: up)?\b|\b(?:swelling|swollen) (?:face|"
        r"lips|tongue|throat)\b",
        needs=r"\b(?:sting|stung|allerg\w*|peanuts?|nuts?|bee|wasp|hornet|reaction|wheez\w*|breath\w*|eaten|ate|"
        r"shellfish|penicillin|antibiotics?|epi ?pen|hives|itchy|rash|dizzy|faint\w*)\b",
        msg_unless=r"\b(?:tooth|teeth|toothache|abscess|dentist|dental|wisdom|gum|gums|mumps|for (?:days|weeks))\b",
        gate=r"swell|swoll|puff|blowing",
    ),
    _rule(
        "meningitis_signs",
        _E,
        r"\bmeningitis\b(?! (?:vaccin\w*|jab|jabs|injection|booster|awareness|b vaccine|research|charity|"
        r"trust|now)\b)|\brash (?:that |which )?(?:does not|will not|did not|is not|not|won't) (?:fade|go away|"
        r"disappear|blanch|go)\w* (?:under|with|when (?:i|you|we) (?:press|push|roll)|when pressed|under a|"
        r"with a)\b|\bnon blanching rash\b|\b(?:glass|tumbler) test\b|\b(?:purple|dark red|purplish|blotchy "
        r"purple) (?:spots|rash|blotches|marks)\b(?=[^~]{0,80}\b(?:fever|temperature|drowsy|floppy|stiff neck|"
        r"vomiting|unwell|lethargic|not waking|light))",
        msg_unless=r"\b(?:vaccin\w*|jab|booster|awareness)\b",
        gate=r"meningitis|rash|blanch|glass|tumbler|purple",
    ),
    _rule(
        "injury_signs",
        _E,
        r"\b(?:knocked|thrown|flung|came|come|fallen|fell) (?:off|from) (?:a |his |her |their |the |my )?"
        r"(?:bike|motorbike|scooter|moped|horse|bicycle|e scooter|ebike|e bike|quad bike|motorcycle)\b(?=[^.]"
        r"{0,80}\b(?:by a|by the|lorry|car|van|bus|not moving|unconscious|screaming|bleeding|cannot|hurt|"
        r"injured|lying|head|ambulance|broken))|\b(?:screaming|writhing|howling|crying out|rolling around|"
        r"doubled (?:over|up)) in (?:agony|pain)\b|\b(?:slashed|sliced|knifed|glassed|bottled|hacked|stabbed|"
        r"cut) (?:across|in|on|down) (?:the|his|her|their|my) (?:face|neck|throat|chest|back|stomach|head|"
        r"eye)\b|\b(?:been|got|was|were|being|has been|have been) (?:slashed|knifed|bottled|macheted|hacked at|"
        r"set upon|jumped|kicked unconscious|stamped on)\b",
        past=True,
        needs=r"\b(?:knocked|thrown|flung|fell|fallen|came off|come off|crash\w*|hit|attacked|stabbed|slashed|"
        r"sliced|knifed|glassed|bottled|hacked|cut|kicked|stamped|set upon|jumped|broken|machete\w*)\b",
        unless=r"\b(?:tooth|teeth|toothache|dentist|abscess|period|migraine|earache|gout|shingles|back pain|"
        r"dog|cat|horse|fox|animal|pet|budget|prices?|funding|services?|hours|shifts?)\b",
        gate=r"knocked|thrown|flung|came|come|fallen|fell|agony|pain|slashed|sliced|knifed|glassed|bottled|"
        r"hacked|stabbed|cut|set upon|jumped|kicked|stamped",
    ),
    _rule(
        "trapped_person",
        _E,
        r"\b<PERSON> (?:is|are|has been|have been|got|been|was|were|still) (?:still )?(?:trapped|pinned|stuck "
        r"inside|wedged|crushed)\b(?! (?:nerve|wind)\b)|\b(?:petrol|fuel|diesel) (?:is )?(?:leaking|pouring|"
        r"everywhere)\b(?=[^.]{0,80}\b(?:trapped|inside|crash\w*|smash\w*|accident|injured|hurt))|\b(?:still|"
        r"trapped|stuck) (?:inside|in there|in the (?:house|flat|building|car|caravan|van|room|bedroom|loft|"
        r"wreckage|water|fire|smoke))\b",
        past=True,
        needs=r"\b(?:crash\w*|smash\w*|collision|car|vehicle|fire|smoke|flames|burning|gone up|alight|rubble|"
        r"collaps\w*|water|flood\w*|river|canal|sea|wreck\w*|machine\w*|lorry|van|bus|train|accident|building|"
        r"caved|explosion|exploded|landslide|mud|tree|fallen|fell|storm|roof|ceiling|wall|lift|stuck|sparking|"
        r"electrics)\b",
        unless=r"\b(?:keys|cat|dog|parcel|bag|phone|ball|bins?|boxes|stuff|belongings)\b (?:\w+ )?(?:is|are|"
        r"still|got)\b",
        gate=r"trapped|pinned|stuck|wedged|crushed|leaking|pouring|everywhere|still|inside|in there",
    ),
    _rule(
        "structure_collapse",
        _E,
        r"\b(?:collapsed|come down|came down|caved in|given way|gave way|fallen down|fell down|crumbled|"
        r"toppled|toppled over|fallen in|fell in) (?:[a-z']+ ){0,6}?with (?:\w+ ){0,2}?(?:people|someone|"
        r"somebody|kids|children|workers|families|residents|<REL>) (?:still )?(?:inside|in it|in there|"
        r"underneath|under it|trapped|on it|on top)\b|\b(?:collapsed|come down|came down|caved in|given way|"
        r"gave way|fallen down|fell down|crumbled|toppled|toppled over|fallen in|fell in) (?:with|and|on|onto|"
        r"on top of) (?:\w+ ){0,2}?(?:people|"
        r"someone|somebody|kids|children|workers|families|residents|shoppers|spectators|fans|crowd|a crowd|"
        r"<REL>|houses|homes|a house|a school|a bus|cars with)\b|\b(?:balcony|bridge|ceiling|roof|floor|"
        r"stand|stage|structure|crane|scaffold\w*|building|block|stairs|staircase|walkway|platform|decking) "
        r"(?:has |have |had |just )?(?:collapsed|given way|gave way|come down|caved in|fallen in|toppled) "
        r"(?:\w+ ){0,3}?(?:and|with) (?:\w+ ){0,2}?(?:people|someone|somebody|kids|children|workers|<REL>) "
        r"(?:\w+ ){0,2}?(?:fallen|fell|hurt|injured|trapped|underneath|under|on it|inside|in it|buried)\b",
        past=True,
        weak=True,
        gate=r"collaps|come down|came down|caved|given way|gave way|fallen|fell|crumbled|toppled",
    ),
    _rule(
        "fire_slang",
        _E,
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
    ),
    _rule(
        "person_on_tracks_or_edge",
        _E,
        r"\b(?:pushed|fallen|fell|jumped|thrown|gone|climbed|wandered|slipped|walked|lying|laying|lay|sat|"
        r"sitting|standing) (?:down )?(?:onto|on to|on|into|in front of) (?:the |a )?(?:tracks|railway line|"
        r"train line|rails|track|railway|tube line|platform edge|oncoming train)\b|\b<PERSON> (?:[a-z']+ ){0,8}?"
        r"(?:about to fall|hanging|dangling|clinging (?:on )?to) (?:off|from|out of|onto|on to) (?:the |a |an )?"
        r"(?:\w+ )?(?:roof|window|ledge|balcony|bridge|cliff|cliff edge|edge|building|scaffold\w*|railings|top "
        r"floor|parapet|crane)\b|\b<CHILD> (?:[a-z']+ ){0,3}?(?:climbed|climbing|hanging|dangling|sitting|standing|leaning|"
        r"crawling) (?:out of|onto|on|off|over|from|out on) (?:the |a |an )?(?:\w+ )?(?:roof|window|window "
        r"ledge|window sill|windowsill|ledge|balcony|railings|parapet|cliff)\b",
        past=True,
        unless=r"\b(?:model|toy|train set|hornby|lego|video|game|trampoline|climbing wall|climbing frame|"
        r"bed|sofa|chair|keep|keeps|always|every|weekends|at night|youths|teenagers|lads)\b",
        gate=r"tracks|railway|line|rails|track|platform|train|fall|roof|window|ledge|sill|balcony|railings|"
        r"parapet|cliff|bridge|edge|building|scaffold|top floor|crane",
    ),
    # ---------------------------------------------------------------- crisis: third pass
    _rule(
        "no_point_living",
        _C,
        r"\b(?:cannot|can not|do not|no longer|never) see (?:the|a|any) point (?:in|of) (?:living|life|being "
        r"alive|being here|going on|carrying on|anything|existing|trying|me|waking up|getting up)\b|\b(?:do "
        r"not|does not|did not|not|never) deserve to (?:live|be alive|be here|exist|breathe)\b|\b(?:better|"
        r"happier|easier) (?:off )?(?:\w+ ){0,2}?if i (?:just |simply |only )?(?:was|were|had)? ?(?:dead|gone|"
        r"died|disappeared|not (?:here|around|alive)|never (?:been born|existed)|did not exist|went away "
        r"(?:for good|forever)|vanished|ended it)\b",
        negatable=False,
        gate=r"point|deserve|if i",
    ),
    _rule(
        "pills_saved",
        _C,
        r"\b(?:enough|all (?:my|the|of my|these|those)|my|the|some|loads of|a stash of|a load of) (?:\w+ )?"
        r"<PILLS> (?:\w+ ){0,2}?(?:saved|stockpiled|stashed|hidden|hoarded|collected|put aside|set aside|"
        r"kept back|squirrelled)(?: up| away)?\b|\benough <PILLS> to (?:do it|kill|end|die|overdose|finish|not "
        r"wake up)\b|\b(?:enough|all) (?:\w+ )?(?:to do it|to end it|to finish it)\b(?=[^~]{0,80}\b(?:pills|"
        r"tablets|rope|tonight|die|dead|end))",
        gate=r"saved|stockpiled|stashed|hidden|hoarded|collected|aside|kept back|squirrel|enough|all",
    ),
    _rule(
        "method_place",
        _C,
        r"\b(?:want|wanting|going|thinking|think|tempted|urge|about|planning|wanna|thought|thoughts|plan) "
        r"(?:to |of |about )?(?:jump|jumping|throw my ?self|throwing my ?self|step|stepping|walk|walking|"
        r"leap|leaping) (?:off|from|in front of|under|into) (?:a |the )?(?:[a-z']+ ){0,3}?(?:bridge|building|"
        r"roof|cliff|cliffs|car park|multi storey|balcony|tower|motorway|train|bus|lorry|car|traffic|river|"
        r"sea|canal|viaduct|flyover|quarry|reservoir|tracks|railway)\b",
        gate=r"jump|throw|step|walk|leap",
    ),
    # ---------------------------------------------------------------- child at risk: third pass
    _rule(
        "child_bruising",
        _K,
        r"\b(?:has|have|got|with|had|showing|came in with|comes in with|turned up with|turns up with|keeps "
        r"getting|always has|always got|noticed|seen|saw) (?:\w+ ){0,2}?(?:bruises|bruising|burns|welts|"
        r"marks|cuts|scratches|bite marks|finger marks|belt marks|hand marks|slap marks) (?:on|all over|round|"
        r"around|across|down) (?:his|her|their|the) (?:\w+ )?(?:\w+)\b|\b(?:bruises|bruising|marks) on (?:his|"
        r"her|their) (?:inner )?(?:thighs|bottom|bum|genitals|private parts|chest|ears|torso|neck|wrists|upper "
        r"arms|back|stomach|tummy|face|cheek|cheeks|eyes?)\b",
        needs=r"\b<YOUTH>\b",
        unless=_CHILD_BENIGN + r"|\b(?:fell|fall|falls|falling|fallen|tripped|rugby|football|sport|bike|"
        r"trampoline|eczema|rash|allerg\w*|play\w*|climbing|bumped|knocked (?:it|her|his)|car seat|seatbelt|"
        r"accident|accidentally|cooking|kettle|iron|oven|stove|hob|sunburn\w*|sun|pharmacist|chemist|"
        r"vaccin\w*|jab|blood test|dog|cat|horse|apples?|bananas?|fruit)\b",
        gate=r"bruis|burns|welts|marks|cuts|scratches",
    ),
    _rule(
        "child_neglect_signs",
        _K,
        r"\b(?:asking|begging|pleading|knocking|comes round|come round|came round|keeps coming) (?:\w+ ){0,4}?"
        r"(?:for|about) (?:food|something to eat|money for food|a meal|bread|biscuits)\b|\b(?:nothing|none|no "
        r"food|no food at all) (?:to eat )?(?:at home|in the house|in their house|in the fridge|in the "
        r"cupboards)\b|\b(?:left|kept|locked|shut|put) (?:out|outside)(?: of (?:the|his|her|their) (?:house|"
        r"home|flat))? (?:\w+ ){0,2}?(?:until|till|til|late|at night|in the (?:cold|rain|dark|snow)|for hours|"
        r"all (?:day|night|evening))\b|\b(?:coming|came|comes|come) (?:back|home) with (?:new |expensive |lots "
        r"of |loads of |designer )?(?:phones?|money|cash|clothes|trainers|gifts|presents|jewellery|drugs|"
        r"bags of|vapes)\b|\b(?:going|goes|went|gone) missing (?:\w+ ){0,4}?(?:with (?:older|men|a man|adults)|"
        r"and (?:coming|comes|came) back (?:with|high|drunk|hurt))\b",
        needs=r"\b<YOUTH>\b",
        unless=_CHILD_BENIGN + r"|\b(?:dog|cat|horse|pet|bins?|recycling|trick or treat\w*|halloween|"
        r"charity|sponsor\w*|raffle|fundraising|school trip|birthday|christmas|eid|pocket money|paper round|"
        r"job|work|holiday)\b",
        gate=r"asking|begging|pleading|knocking|round|coming|nothing|none|no food|left|kept|locked|shut|put|"
        r"back|home with|missing",
    ),
    _rule(
        "predatory_adult",
        _K,
        r"\b(?:man|men|bloke|blokes|guy|guys|stranger|strangers|adult|adults|someone|somebody|woman|old man|"
        r"older man|person) (?:[a-z']+ ){0,10}?(?:talking to|offering|approaching|approached|photograph\w*|"
        r"taking (?:photos|pictures|videos)|filming|watching|following|followed|giving|calling|beckoning|"
        r"trying to talk to|chatting to|chatting up|touching|touched|grabbing|grabbed|luring|enticing) "
        r"(?:[a-z0-9']+ ){0,3}?(?:kids|children|girls|boys|pupils|schoolgirls|schoolboys|teenagers|school kids|"
        r"<CHILD>)\b",
        needs=r"\b(?:school|park|playground|gates?|van|car|street|sweets|lifts?|money|online|bus stop|vapes|"
        r"shopping centre|swimming pool|changing rooms?|toilets)\b",
        unless=r"\b(?:teacher|teachers|coach|staff|lollipop|police|pcsos?|ice creams?|charity|council|"
        r"workers|bin men|postman|delivery|father christmas|santa|stall|market|photographer|school photos?|"
        r"football|rugby|club|first aid)\b",
        gate=r"talking|offering|approach|photograph|taking|filming|watching|follow|giving|calling|beckoning|"
        r"chatting|touch|grab|luring|enticing",
    ),
    # ---------------------------------------------------------------- domestic abuse: third pass
    _rule(
        "image_abuse",
        _D,
        r"\b(?:threaten\w*|says? (?:he|she) will|going to|will) (?:to )?(?:post|share|send|leak|publish|upload|"
        r"put|show|spread) (?:my|her|our|the|some|them|those) (?:\w+ ){0,2}?(?:nudes|intimate|private|naked|"
        r"sexual|sex|explicit) ?(?:\w+ )?(?:pictures|photos|pics|images|videos|tape|online|everywhere)?\b|"
        r"\b(?:revenge porn|sextortion)\b|\bthreaten\w* (?:to )?(?:\w+ ){1,6}?if (?:i|she) (?:ever )?(?:leave|"
        r"leaves|left|go|goes|tell|tells|report|reports|call|end it|break up|split up)\b",
        gate=r"threaten|will|going to|porn|sextortion",
    ),
    _rule(
        "financial_abuse",
        _D,
        r"\b(?:<PARTNER_NP>|he|she) (?:(?:[a-z']+) ){0,6}?(?:(?:will not|does not|never|refuses to|would not|"
        r"stopped) (?:give|giving|let) (?:me|her) (?:any |my |her |some )?(?:money|cash|access to|wages|"
        r"benefits|pension|card|bank card|keys|food|phone)|(?:steals|stole|stealing|has stolen|helps (?:him|"
        r"her)self to|spends|spent|drinks|gambles|gambled) (?:all )?(?:of )?(?:my|her|our) (?:money|wages|pay|"
        r"salary|pension|savings|benefits|universal credit|child benefit|cards?))\b|\bi have to (?:ask|beg) "
        r"(?:him |her )?(?:for|before|permission)\b",
        needs=r"\b(?:<PARTNER>|he|she|him|her)\b",
        msg_unless=r"\b(?:council|landlord|bank|dwp|benefits office|job ?centre|employer|boss|shop|scam\w*|"
        r"fraud\w*)\b",
        gate=r"give|giving|let|steal|stole|helps|spend|spent|drinks|gambl|ask|beg",
    ),
    _rule(
        "checks_phone",
        _D,
        r"\b<PARTNER_NP> (?:(?:[a-z']+) ){0,3}?(?:goes|going|went|looks|looking|looked|reads|reading|read|"
        r"checks|checking|checked|scrolls) (?:through )?(?:my|her) (?:phone|messages|texts|emails|whatsapp|"
        r"facebook|instagram|bank|social media)\b(?=[^.]{0,100}\b(?:will not let|does not let|never lets|"
        r"not allowed|controls|control\w*|scared|afraid|accus\w+|jealous|rages|angry|shouts|hits|threat\w*|"
        r"tracks|everywhere i go|every day|all the time|constantly)\b)",
        gate=r"through|reads|reading|read|checks|checking|checked|scrolls",
    ),
    _rule(
        "fled_abuser",
        _D,
        r"\b(?:fled|flee|fleeing|escaped|escaping|run away from|ran away from|running away from|got away "
        r"from|hiding from) (?:my |an |a |our |her |his )?(?:abusive |violent |controlling )?(?:husband|"
        r"partner|boyfriend|wife|girlfriend|ex|ex partner|ex husband|ex boyfriend|abuser|family|dad|father|"
        r"stepdad|him)\b",
        gate=r"fled|flee|escap|run away|ran away|running away|got away|hiding",
    ),
    _rule(
        "man_beating_partner",
        _D,
        r"\b(?:man|bloke|guy|husband|boyfriend|partner|he|neighbour|fella|dad|father|stepdad) (?:[a-z']+ ){0,3}?"
        r"(?:is |keeps |has been |always |was |started )?(?:beating|hitting|battering|punching|strangling|"
        r"kicking|slapping|knocking|throttling|choking|dragging|attacking) (?:up |about |around )?(?:his|her|"
        r"their|my) (?:wife|girlfriend|partner|missus|fiancee|fiance|boyfriend|husband|mum|mother)\b",
        gate=r"beating|hitting|battering|punching|strangling|kicking|slapping|knocking|throttling|choking|"
        r"dragging|attacking",
    ),
    # ---------------------------------------------------------------- emergency: fourth pass
    _rule(
        "carbon_monoxide_symptoms",
        _E,
        r"\b(?:carbon monoxide|co) (?:alarm|detector|poisoning|leak)\b|\bcarbon monoxide\b",
        needs=r"\b(?:sick|dizzy|dizziness|headaches?|drowsy|collapsed|unconscious|confused|faint\w*|vomit\w*|"
        r"not well|ill|poorly|breathless|passed out|cannot wake|will not wake|poisoning|sleepy)\b",
        msg_unless=r"\b(?:battery|batteries|chirp\w*|beep\w*|test\w*|fit|fitted|install\w*|buy|free|landlord "
        r"(?:check|certificate)|certificate|service|servicing)\b",
        gate=r"carbon monoxide|co alarm|co detector|co poisoning|co leak",
    ),
    _rule(
        "live_cable",
        _E,
        r"\b(?:sparking|arcing|live wire|live wires|live cable|exposed live|crackling and sparking)\b",
        needs=r"^(?=.*?\b(?:cable|cables|wire|wires|line|lines|pylon|power|electric\w*|substation)\b)(?=.*?\b(?:<REL>|kids|"
        r"children|people|someone|somebody|school|touching|touched|electrocut\w*|fire|smoke|flames|playground|"
        r"park|pavement|person|man|woman|boy|girl|dog walkers?)\b)",
        gate=r"spark|arcing|live wire|live cable|exposed live",
    ),
    _rule(
        "scald_burn",
        _E,
        r"\b(?:scalded|scalding|burnt|burned|burns?) (?:\w+ ){0,4}?(?:with|by|from|in) (?:the )?(?:boiling|hot|"
        r"scalding) (?:water|oil|fat|kettle|tea|coffee|bath|pan|soup)\b|\bpulled (?:the |a )?(?:kettle|pan|"
        r"saucepan|chip pan|iron|hot drink|cup of tea|mug of tea|cup of coffee|hair straighteners) (?:over|down|"
        r"off|on)\b|\b(?:scalded|scalds|burnt|burned) (?:his|her|their|my) (?:\w+ )?(?:chest|face|arm|arms|"
        r"legs?|back|body|skin|hands?|head|feet|neck)\b|\bskin (?:is )?(?:peeling|coming|falling) off\b|"
        r"\b(?:chemical|acid|bleach) burns?\b",
        past=True,
        needs=r"\b<CHILD>\b|\b(?:severe|severely|badly|bad|blister\w*|peeling|coming off|large|big|all over|"
        r"face|chest|screaming|white|charred|chemical|acid)\b",
        unless=r"\b(?:sunburn\w*|toast|dinner|food|tongue|mouth|finger|small|slightly|a bit)\b",
        gate=r"scald|burnt|burned|burns?|pulled|skin|chemical|acid|bleach",
    ),
    _rule(
        "vulnerable_missing",
        _E,
        r"\b(?:has|have|had|just) (?:wandered|walked|gone|run|ran|got) (?:off|out|away|missing)\b|\b(?:is|are|"
        r"has gone|went|gone) missing\b|\bcannot find (?:him|her|them)\b|\b(?:not|never) (?:come|came) (?:back|"
        r"home)\b|\bdisappeared\b",
        needs=r"\b(?:dementia|alzheimer\w*|learning disabilit\w*|autis\w*|vulnerable|suicidal|confused|"
        r"diabetic|epileptic|no coat|nightie|nightdress|pyjamas|slippers|dressing gown|snow|freezing|"
        r"medication|insulin|toddler|\d year old|(?:one|two|three|four|five|six|seven|eight|nine|ten) "
        r"year old)\b",
        msg_unless=r"\b(?:keeps|always|often|sometimes|care (?:assessment|home|needs|package)|respite|"
        r"assessment|dog|cat|pet|parcel|bins?|keys|wallet|blue badge|bus pass)\b",
        gate=r"wander|walked|gone|run|ran|got|missing|find|come|came|disappeared",
    ),
    _rule(
        "exposure_cold",
        _E,
        r"\bhypotherm\w*\b|\b(?:lying|collapsed|sleeping|passed out|unconscious|fallen|sat|sitting) (?:\w+ )?"
        r"(?:in|on) (?:the )?(?:snow|ice|frost|freezing cold)\b|\b(?:freezing|frozen|ice) cold and (?:confused|"
        r"not moving|unresponsive|blue|cannot|will not|drowsy|shaking)\b",
        needs=r"\b(?:cold|freezing|confused|not moving|blue|shaking|unresponsive|old|elderly|hypotherm\w*|"
        r"drunk|unconscious|collapsed|snow)\b",
        unless=r"\b(?:pipes?|car|windscreen|pond|fish|plants?|garden|path|pavement|road|gritt\w*|gritter)\b",
        gate=r"hypotherm|snow|ice|frost|freezing|frozen",
    ),
    _rule(
        "road_danger_now",
        _E,
        r"\b(?:throwing|dropping|chucking|lobbing|hurling|threw|dropped|thrown|dropping) (?:\w+ ){0,2}?(?:off|"
        r"from|over) (?:the |a )?(?:\w+ )?(?:bridge|footbridge|flyover|overpass|motorway bridge)\b|\b(?:driving|"
        r"going|travelling|heading|coming|drove|driven) (?:the )?wrong way (?:down|up|on|along|round|onto) (?:the "
        r")?(?:m\d+|a\d+|motorway|dual carriageway|slip road|bypass|carriageway|expressway)\b|\b(?:swerving|"
        r"weaving|veering) (?:all over|across|from side to side)\b|\b(?:drunk|drink|drunken|pissed|off his "
        r"face|off her face|under the influence) (?:\w+ )?(?:driver|driving|drove|behind the wheel)\b(?=[^.]{0,80}"
        r"\b(?:now|right now|swerv\w*|weav\w*|nearly|just|about to|kids|children|crash\w*|all over))|\b(?:horses?|"
        r"cows?|cattle|sheep|deer|livestock|pigs?|animals) (?:\w+ ){0,3}?(?:on|onto|across|along|running down) "
        r"(?:the )?(?:m\d+|motorway|dual carriageway|hard shoulder|carriageway|slip road)\b|\b<PERSON_SG> "
        r"(?:is |are )?(?:walking|wandering|running|standing|sitting|lying) (?:\w+ )?(?:on|along|across|down|in "
        r"the middle of) (?:the )?(?:m\d+|motorway|dual carriageway|hard shoulder|carriageway)\b",
        past=True,
        unless=r"\b(?:one way street|last (?:week|month|night)|every (?:day|night|week|morning))\b",
        gate=r"bridge|flyover|overpass|wrong way|swerv|weav|veer|drunk|drink|pissed|face|influence|"
        r"motorway|m\d|dual carriageway|hard shoulder|carriageway|slip road",
    ),
    _rule(
        "sepsis_signs",
        _E,
        r"\bsepsis\b|\bsepticaemia\b|\bmottled\b|\b(?:cannot|can not|will not|struggling to|could not) "
        r"(?:stay|keep) awake\b(?=[^.]{0,80}\b(?:fever|temperature|rash|cold|blue|pale|breath\w*|vomit\w*|"
        r"mottled|floppy|sick|infection))",
        msg_unless=r"\b(?:awareness|training|survivor|had sepsis (?:last|in|years|a few|two|three)|recovered|"
        r"recovering|after (?:his|her|my) sepsis|trust|charity)\b",
        gate=r"sepsis|septic|mottled|awake",
    ),
    # ---------------------------------------------------------------- crisis: fourth pass
    _rule(
        "thoughts_of_death",
        _C,
        r"\b(?:think|thinking|thought|thoughts|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:about|of) "
        r"(?:not being (?:here|alive|around)|dying(?! (?:my|his|her|the|it|them) )|death|being dead|ending "
        r"(?:it|it all|my life|things)|disappearing (?:for good|forever)|killing my ?self|my own death|not "
        r"waking up|not existing|no longer being (?:here|alive|around)|taking my (?:own )?life)\b",
        negatable=False,
        gate=r"think|thought|dream|fantas",
    ),
    _rule(
        "self_overdose",
        _C,
        r"\b(?:taken|took|swallowed|necked|downed|had|done) <PILLS_QTY>\b|\b(?:taken|took|had|done) (?:an |a )?"
        r"overdose\b",
        needs=r"\bi\b|\bmy ?self\b",
        msg_unless=r"\b(?:accident\w*|by mistake|mistakenly|twice|double dose|extra dose|forgot|wrong dose|"
        r"on purpose(?! to)|last (?:year|month)|years ago)\b|\b(?:my|his|her) (?:friend|mate|son|daughter|"
        r"brother|sister|mum|dad|partner|husband|wife|boyfriend|girlfriend|flatmate)\b",
        gate=r"taken|took|swallowed|necked|downed|had|done",
    ),
    _rule(
        "decided_tonight",
        _C,
        r"\b(?:going to|gonna|will|about to|ready to|decided to|plan to|planning to|want to|need to) (?:just )?"
        r"(?:do it|go through with it|end it|finish it|get it over with)\b",
        needs=r"\b(?:tonight|decided|made (?:up )?my mind|my mind is made up|no going back|goodbye|final|die|"
        r"dead|pills|tablets|bridge|rope|suicid\w*|kill|end it all|ready|last)\b",
        msg_unless=r"\b(?:<SERVICE_GRIPE>|online|form|application|payment|pay|renew\w*|order|register|book|"
        r"apply|homework|exam|essay|diy|decorat\w*|painting|garden|myself rather than|tax)\b",
        gate=r"do it|go through|end it|finish it|over with",
    ),
    # ---------------------------------------------------------------- child at risk: fourth pass
    _rule(
        "suspicious_child_injury",
        _K,
        r"\b(?:story|stories|explanation|excuse|account|reason)s? (?:\w+ ){0,2}?(?:does not|do not|did not|"
        r"never|doesnt|dont) (?:add up|make sense|match|ring true)\b|\b(?:unexplained|suspicious|odd|strange) "
        r"(?:injur\w+|fractures?|broken bones?|burns?|bruis\w*|marks)\b|\bnon accidental\b",
        needs=r"\b<YOUTH>\b",
        gate=r"add up|make sense|match|ring true|unexplained|suspicious|odd|strange|non accidental",
    ),
    _rule(
        "child_neglect_cluster",
        _K,
        r"\b(?:no (?:lunch|breakfast|packed lunch|dinner|tea|food)|never (?:has|have|got|brings) (?:any )?"
        r"(?:lunch|breakfast|food)|(?:always|constantly) hungry|starving|(?:is|are|looks?|looked|so|really|very|"
        r"painfully|dangerously|too) (?:so |really |very )?(?:thin|skinny|underweight)|losing weight|tiny for "
        r"(?:his|her) age)\b",
        needs=r"^(?=.*?\b<YOUTH>\b)(?=.*?\b(?:dirty|filthy|smelly|smells|unwashed|same clothes|dirty clothes|"
        r"nits|lice|no coat|no shoes|holes in|too small|scruffy|neglected)\b)",
        unless=_CHILD_BENIGN + r"|\b(?:dog|cat|horse|pony|pet|animal|walls?|ice|paper|carpet|curtains|hair|"
        r"crust|slice|line|layer)\b",
        gate=r"no lunch|breakfast|packed lunch|dinner|tea|food|hungry|starving|thin|skinny|underweight|"
        r"losing weight|tiny",
    ),
    _rule(
        "age_gap_relationship",
        _K,
        r"\b(?:1[0-5]|eleven|twelve|thirteen|fourteen|fifteen)(?: years old| year old| yo)?\b(?:[a-z0-9', ]{0,60}?)"
        r"\b(?:boyfriend|girlfriend|seeing|dating|going out with|sleeping with|relationship with|having sex|"
        r"partner|living with|staying with|moved in with|lives with|stays with|sleeping at|staying at)\b"
        r"(?:[a-z0-9', ]{0,40}?)\b(?:1[89]|[2-6]\d|twenties|thirties|forties|grown man|adult|older "
        r"man|grown woman)\b|\b(?:boyfriend|girlfriend|man|bloke|guy) (?:who )?is (?:1[89]|[2-6]\d|in his "
        r"(?:twenties|thirties|forties|20s|30s|40s))\b(?:[a-z0-9', ]{0,60}?)\b(?:she is|he is|she is only|he "
        r"is only|and (?:my|our) (?:daughter|son) is) (?:1[0-5]|eleven|twelve|thirteen|fourteen|fifteen)\b",
        gate=r"living|staying|moved in|lives|stays|sleeping|boyfriend|girlfriend|seeing|dating|going out|sleeping|relationship|sex|partner|man|bloke|guy",
    ),
    _rule(
        "sexual_touching",
        _K,
        r"\btouch(?:ed|ing|es)? (?:him|her|them|me|my \w+) (?:\w+ )?(?:inappropriately|sexually|in (?:a )?"
        r"(?:sexual|private|wrong|bad|funny) (?:way|places?)|down there|between (?:his|her|my) legs|on (?:his|"
        r"her|my|the) (?:privates|private parts|bum|bottom|chest|breasts|groin|willy|vagina))\b|"
        r"\binappropriate(?:ly)? touch\w*\b|\b(?:comes?|came|coming|gets|got|climbs?|climbed|creeps?|crept) "
        r"(?:in ?to|into) (?:my|her|his|their) (?:room|bedroom|bed)\b(?= (?:at night|when|while|and|every|"
        r"after)\b)",
        needs=r"\b<YOUTH>\b|\b(?:boyfriend|stepdad|step dad|stepfather|uncle|dad|father|man|brother|cousin|"
        r"lodger|grandad|granddad|teacher|coach|babysitter|tutor|carer)\b",
        unless=r"\b(?:cat|dog|kitten|puppy|pet|nightmare|nightmares|scared of the dark|monster)\b",
        gate=r"touch|comes|came|coming|gets|got|climb|creep|crept",
    ),
    # ---------------------------------------------------------------- domestic abuse: fourth pass
    _rule(
        "partner_gets_violent",
        _D,
        r"\b(?:<PARTNER_NP>|he|she) (?:[a-z']+ ){0,3}?(?:gets|get|got|is|becomes|became|turns|turned|can be|"
        r"has been|goes|went|was) (?:really |very |so |quite |extremely |more and more )?(?:violent|aggressive "
        r"(?:towards|to|with) (?:me|us|her)|abusive(?! (?:to|towards) (?!(?:me|us|her|him|the kids|the children|"
        r"my \w+)\b))|physical with (?:me|her)|handy with (?:his|her) fists|"
        r"nasty (?:to|with) (?:me|her))\b",
        unless=r"\b(?:video games?|film|tv|telly|dog|cat|toddler|tantrums?|autis\w*|adhd)\b",
        gate=r"violent|aggressive|abusive|physical|handy|nasty",
    ),
    _rule(
        "partner_injured_me",
        _D,
        r"\b<PARTNER_NP> (?:(?:[a-z']+|,) ){0,3}?(?:broke|broken|fractured|cracked|bruised|split|burnt|burned|"
        r"cut|stabbed|scalded|dislocated|bust|busted) (?:my|her) (?:\w+ )?(?:<BODY>|ribs?|nose|jaw|cheekbone|"
        r"lip|tooth|teeth|eye socket|collarbone)\b|\b(?:black eye|bruises?|bruising|split lip|fat lip|broken "
        r"(?:nose|ribs?|arm|wrist|jaw|finger)|marks|injuries) (?:\w+ ){0,2}?(?:from|off|because of|thanks to|"
        r"caused by|given (?:to )?(?:me|her) by) (?:my|her|his) (?:[a-z']+ )?<ROMANTIC>\b|\b(?:he|she|<PARTNER_NP>) "
        r"(?:\w+ )?(?:gave|give|given|gives) (?:me|her) (?:a )?(?:black eye|split lip|fat lip|bloody nose|"
        r"broken nose|bruises|concussion|a beating|a hiding)\b",
        unless=r"\b(?:accident\w*|by mistake|football|rugby|playing|sport|boxing|gym|dentist|surgeon|doctor)\b",
        gate=r"broke|broken|fractured|cracked|bruis|split|burnt|burned|cut|stabbed|scalded|dislocated|bust|"
        r"black eye|lip|marks|injuries|gave|give|given",
    ),
    _rule(
        "cut_off_contact",
        _D,
        r"\b(?:smashed|broke|broken|took|taken|takes|hid|hides|hidden|stole|threw|destroyed|smashes|confiscated|"
        r"confiscates) (?:my|her) (?:phone|mobile|sim|laptop)\b(?=[^.]{0,60}\b(?:so|cannot|can not|stop|"
        r"anyone|help|police|call|ring|contact|friends|family|mum)\b)|\b(?:tracker|tracking device|gps "
        r"tracker|airtag|air tag|tile tracker|spyware|tracking app|stalkerware|hidden camera) (?:\w+ ){0,3}?"
        r"(?:on|in|under|to|into) (?:my|her) (?:car|phone|bag|coat|keys|pram|house|flat|bedroom)\b|\b(?:put|"
        r"planted|hidden|installed|fitted|found) (?:a |an )?(?:tracker|tracking device|gps tracker|airtag|air "
        r"tag|spyware|tracking app|stalkerware|hidden camera)\b",
        needs=r"\b(?:<ROMANTIC>|he|she|him|her|husband|partner)\b",
        msg_unless=r"\b(?:council|landlord|police|company|employer|insurance|kids?' phone|parental)\b",
        gate=r"phone|mobile|sim|laptop|tracker|tracking|airtag|air tag|spyware|stalkerware|camera",
    ),
    _rule(
        "fear_of_being_killed",
        _D,
        r"\b(?:scared|afraid|frightened|terrified|worried|convinced|think|believe|fear|fearing|feel like) "
        r"(?:that )?(?:he|she|my (?:[a-z']+ )?<PARTNER>) (?:is |are )?(?:going to|will|might|is gonna|could|"
        r"would) (?:actually |really |one day |end up |seriously )?(?:kill|murder|hurt|strangle|stab|beat) "
        r"(?:me|us|her|the kids|the children|my)\b|\b(?:scared|afraid|frightened|terrified) for my (?:life|"
        r"safety)\b",
        unless=r"\b(?:neighbour|neighbours|landlord|stranger|boss|dog|driver|drivers|council)\b",
        gate=r"kill|murder|hurt|strangle|stab|beat|for my life|for my safety",
    ),
    _rule(
        "jealous_partner",
        _D,
        r"\b(?:<PARTNER_NP>|he|she) (?:[a-z']+ ){0,3}?(?:is |gets |can be |has been |was |becomes )?(?:very |"
        r"so |really |extremely |insanely |obsessively )?(?:jealous|possessive)\b",
        needs=r"\b(?:frightened|scared|afraid|terrified|angry|rage|violent|will not let|does not let|checks|"
        r"accuses|accused|controls|controlling|follows|hits|hit|threat\w*|shouts|screams|smash\w*|punch\w*)\b",
        gate=r"jealous|possessive",
    ),
    _rule(
        "abused_by_partner",
        _D,
        r"\b(?:being|been|getting|am|was|is|are|got) (?:\w+ )?(?:abused|hit|beaten|hurt|attacked|raped|"
        r"assaulted|threatened|controlled|stalked|harassed|bullied|battered|strangled|choked|punched|kicked|"
        r"slapped|pushed|manipulated|isolated) by (?:my|her|his|our) (?:[a-z']+ ){0,2}?<PARTNER>\b(?!')",
        gate=r" by ",
    ),
    _rule(
        "threat_children_leave",
        _D,
        r"\b(?:kill|hurt|take|find|ruin|destroy|come after|get|burn|snatch|run off with|take away) (?:me|her|"
        r"him|us|the kids|the children|the baby|my (?:kids|children|baby|son|daughter)|everything|our (?:kids|"
        r"children|baby)) (?:away )?(?:from (?:me|her) )?(?:\w+ )?if (?:i|she|he|we) (?:ever )?(?:leave|leaves|"
        r"left|go|goes|tell|tells|call|calls|report|reports|try to leave|tries to leave|end it|break up|split "
        r"up|divorce|divorces|marry|marries|refuse|refuses|say no|says no|see (?:him|her|them))\b",
        gate=r"if ",
    ),
    # ---------------------------------------------------------------- emergency: fifth pass
    _rule(
        "collapsed_loose",
        _E,
        r"\b(?:collapsed|passed out|keeled over|blacked out|fainted|slumped)\b(?! (?:lung|tent|gazebo|table|"
        r"chair|building|wall|roof|ceiling|bridge|fence|road|pavement|trench|drain|sewer|pipe|box|of)\b)",
        past=True,
        needs=r"\b(?:<REL>|he|she|someone|somebody|gentleman|lady|him|her)\b",
        msg_unless=r"\b(?:tent|gazebo|wall|walls|roof|ceiling|bridge|fence|road|pavement|trench|drain|sewer|"
        r"pipe|shed|building|scaffold\\w*|stairs|market|business|company|deal|talks|economy|prices?|sofa bed|"
        r"chair|umbrella|cardboard|boxes|bins?|laughing|laughter|drunk (?:at|last)|parade|fainted at the sight|"
        r"cat|cats|dog|dogs|puppy|kitten|pet|horse|pony|rabbit|hamster|budgie|vet|vets|plant|plants|hedge|"
        r"soufflé|souffle|cake)"
        r"\b|" + _CARE_CONTEXT,
        gate=r"collapsed|passed out|keeled|blacked out|fainted|slumped",
    ),
    _rule(
        "no_response",
        _E,
        r"\b(?:cannot|can not|could not|not|no) (?:get|getting|got)? ?(?:any |a )?(?:response|reaction|answer|"
        r"sense|word) (?:from|out of) (?:him|her|them)\b|\bno response from (?:him|her|them)\b",
        needs=r"\b(?:floor|collapsed|lying|bed|bathroom|toilet|fallen|fell|unconscious|breathing|cold|blue|"
        r"grey|pale|pills|tablets|overdose|drunk|drinking|slumped|chair|sofa|head|bleeding|car|garden)\b",
        msg_unless=r"\b(?:council|landlord|agent|company|office|email|emails|letters?|phone calls?|messages?|"
        r"texts?|complaint|department|team|gp|surgery)\b",
        gate=r"response|reaction|answer|sense|word",
    ),
    _rule(
        "vehicle_overturned",
        _E,
        r"\b(?:car|van|vehicle|lorry|bus|coach|minibus|tractor|truck|motorbike|4x4|jeep) (?:is |has |was |has "
        r"been |just )?(?:upside down|on its roof|on its side|overturned|flipped|flipped over|rolled over|rolled "
        r"down|jack ?knifed|gone over the edge|gone off the road|come off the road|left the road|gone down the "
        r"embankment|in the ditch|in a ditch|down the bank)\b",
        past=True,
        weak=True,
        unless=r"\b(?:abandoned|dumped|burnt out|burned out|been there|for (?:days|weeks|months)|toy|model|"
        r"diversion|delays?|queues?|cleared|recovered)\b",
        gate=r"upside|roof|side|overturned|flipped|rolled|jack|edge|off the road|left the road|embankment|"
        r"ditch|bank",
    ),
    _rule(
        "under_vehicle",
        _E,
        r"\b(?:car|van|person|someone|somebody|cyclist|motorcyclist|pedestrian|man|woman|child|kid|boy|girl|"
        r"<REL>) (?:is |are |has been |got |was |stuck |trapped )?(?:\w+ )?(?:underneath|under|beneath) (?:it|"
        r"the (?:lorry|bus|truck|tractor|train|tram|wreckage|rubble|car|van)|a (?:lorry|bus|truck|tractor|"
        r"train|tram))\b",
        past=True,
        unless=r"\b(?:cat|cats|dog|kitten|fox|hedgehog|ball|parked|shelter|sheltering|bridge|umbrella)\b",
        gate=r"under|beneath",
    ),
    _rule(
        "street_assault",
        _E,
        r"\b(?:just |has |have |had |is )?(?:punched|kicked|hit|attacked|assaulted|mugged|robbed|stabbed|"
        r"headbutted|glassed|knocked (?:down|out|over)|battered|stamped on|jumped on|jumped) (?:a |an |the |my |this "
        r"|some |two |that |his |her )?(?:\w+ ){0,2}?(?:<REL>|pensioner|old lady|old man|gentleman|lady|"
        r"shopkeeper|bus driver|nurse|paramedic|officer|pcso|security guard|bouncer)\b(?=[^.]{0,80}\b(?:on the "
        r"(?:ground|floor|pavement)|ran off|running off|not moving|unconscious|bleeding|still here|now|right now|"
        r"just|screaming|crying|hurt|injured|knocked out|out cold|lying|laying|not breathing|in the road)\b)",
        past=True,
        unless=r"\b(?:car|van|lorry|bus|vehicle|ball|football|rugby|boxing|school|playground|game|pothole|"
        r"deer|fox|badger|cat|dog|bird|tree|kerb|bollard)\b",
        gate=r"punched|kicked|hit|attacked|assaulted|mugged|robbed|stabbed|headbutted|glassed|knocked|"
        r"battered|stamped|jumped",
    ),
    _rule(
        "cry_for_help",
        _E,
        r"\b(?:screaming|shouting|crying|calling|yelling|begging|pleading) (?:out )?for help\b|\b(?:someone|"
        r"somebody|a (?:woman|man|girl|boy|child|kid|person)) (?:is )?screaming (?:help|for their life|blue "
        r"murder|rape|stop)\b",
        msg_unless=r"\b<SERVICE_GRIPE>\b|\b(?:for (?:months|weeks|years)|emails?|letters?|online|charity|foxes|"
        r"fox|cats?|birds?|seagulls?|peacocks?|playing|game|games|messing about|joking|film|telly|tv|parrot)\b",
        gate=r"help|screaming",
    ),
    _rule(
        "threat_to_place",
        _E,
        r"\b(?:threatening|threatened|threatens|going to|says (?:he|she|they) will|said (?:he|she|they) "
        r"would|planning to|plans to|wants to) (?:to )?(?:blow up|bomb|set fire to|burn down|shoot up|attack|"
        r"shoot|stab|kill) (?:the |a |my |our |his |her |their |everyone (?:at|in) (?:the |a )?)?(?:\w+ ){0,2}?"
        r"(?:shopping centre|school|college|station|building|mosque|church|synagogue|temple|gurdwara|office|"
        r"offices|council|pub|club|house|flat|place|hospital|stadium|airport|supermarket|shop|factory|"
        r"everyone|people|crowd)\b",
        past=True,
        unless=r"\b(?:game|video|film|fortnite|minecraft|movie|book|novel)\b",
        gate=r"blow up|bomb|set fire|burn down|shoot|attack|stab|kill",
    ),
    _rule(
        "allergic_now",
        _E,
        r"\ballergic\b|\ballergy\b|\breaction\b",
        needs=r"^(?=.*?\b(?:stung|sting|ate|eaten|eating|nuts?|peanuts?|bee|wasp|hornet|shellfish|"
        r"penicillin|antibiotics?|medicine|tablet|injection)\b)(?=.*?\b(?:throat|breath\w*|swell\w*|swoll\w*|"
        r"wheez\w*|lips|tongue|faint\w*|dizzy|collaps\w*|floppy|blue|grey|epi ?pen)\b)",
        msg_unless=r"\b(?:tooth|teeth|dentist|for (?:days|weeks)|last (?:week|month|year)|tested|test|"
        r"hay ?fever|mild|slight)\b",
        gate=r"allerg|reaction",
    ),
    # ---------------------------------------------------------------- crisis: fifth pass
    _rule(
        "self_harm_again",
        _C,
        r"\bi (?:have |had )?(?:cut|burnt|burned|scratched|hurt|harmed|hit|punched|starved)(?: my ?self| my "
        r"(?:arms?|legs?|wrists?|thighs?|skin|stomach|body|face))?<SH_HOW> (?:again|last night|today|this morning|"
        r"tonight|yesterday|deep|deeper)\b|\b(?:cut|burnt|burned|scratched|hurt|harmed|hit|punched|starved) "
        r"my ?self<SH_HOW> (?:again|last night|today|this morning|tonight|yesterday)\b|\bways? (?:to|of) (?:end(?:ing)? it(?: all)?|die|dying|kill(?:ing)? my ?self|"
        r"end(?:ing)? my life|not be here|hurt(?:ing)? my ?self)\b",
        gate=r"cut|burnt|burned|scratched|hurt|harmed|hit|punched|starved|ways?",
    ),
    # ---------------------------------------------------------------- child at risk: fifth pass
    _rule(
        "child_alone_in_car",
        _K,
        r"\b<YOUNG> (?:[a-z']+ ){0,3}?in (?:a|the|this|that|their|his|her|its) (?:\w+ )?(?:car|van|vehicle)\b",
        needs=r"\b(?:alone|on (?:its|his|her|their) own|by (?:it|him|her)self|no one|nobody|no adults?|no "
        r"parents?|boiling|hot|heat|baking|roasting|sweltering|locked|windows (?:up|shut|closed)|for (?:ages|"
        r"hours|an hour|\d+ minutes|over)|unattended|screaming|crying|sweating|left)\b",
        unless=r"\b(?:seat|car seat|booster|asleep on the way|journey|school run|lift|lifts|sick in)\b",
        gate=r"car|van|vehicle",
    ),
    _rule(
        "carer_intoxicated",
        _K,
        r"\b(?:they|he|she|parents?|mum|dad|mother|father|carer|couple|neighbours?) (?:are |is |always |often "
        r"|constantly |seem |seems |are always |is always )*(?:off (?:his|her|their) (?:face|faces|heads?|"
        r"trolley)|stoned|high|wasted|smashed|out of it|drunk|paralytic|on drugs|using drugs|taking drugs|"
        r"injecting|smoking crack|on heroin|on crack)\b",
        needs=r"\b<YOUNG>\b|\b(?:baby|babies|newborn|kids|children|toddler)\b",
        unless=r"\b(?:party|parties|last night|at the weekend|festival|wedding|christmas|birthday)\b",
        gate=r"face|heads?|trolley|stoned|high|wasted|smashed|out of it|drunk|paralytic|drugs|injecting|"
        r"crack|heroin",
    ),
    _rule(
        "adult_contacting_child",
        _K,
        r"\b(?:(?:older|grown|grown up|adult|much older|middle aged|creepy|strange) (?:men|man|blokes?|guys?|"
        r"males?|women|woman|people)|(?:1[89]|[2-6]\d|twenty|thirty|forty|fifty|sixty) year old (?:men|man|"
        r"blokes?|guys?|woman|women)|(?:man|men|bloke|guy|woman) in (?:his|her|their) (?:twenties|thirties|"
        r"forties|fifties|sixties|[2-6]0s)|(?:a |an )?(?:man|men|adult|stranger|strangers) (?:online|on "
        r"(?:snapchat|instagram|tiktok|facebook|whatsapp|roblox|fortnite|discord|xbox)))\b(?:[a-z0-9', ]{0,60}?)"
        r"\b(?:asking|asked|wanting|wants|requesting|begging|pressuring) (?:\w+ ){0,3}?(?:for )?(?:pictures|"
        r"photos|pics|images|videos|selfies|nudes|to meet|to keep)\b|\b(?:messages|texts|chats|dms|snapchats|"
        r"emails) (?:[a-z']+ ){0,5}?from (?:a |an |some )?(?:[a-z0-9']+ ){0,3}?(?:man|men|adult|stranger|"
        r"bloke|guy)\b",
        needs=r"\b<YOUTH>\b",
        gate=r"asking|asked|wanting|wants|requesting|begging|pressuring|messages|texts|chats|dms|snapchats|"
        r"emails",
    ),
    # ---------------------------------------------------------------- domestic abuse: fifth pass
    _rule(
        "harassment_by_ex",
        _D,
        r"\b(?:will not|does not|won't|refuses to|never) leave (?:me|us|her) alone\b|\b(?:is |keeps |always "
        r"|has been |was )?(?:outside|waiting outside|parked outside|parked up outside|sitting outside|sat outside|"
        r"hanging around|turning up at|turns up at|turned up at|watching|banging on) (?:my|our|her|the) (?:house|home|"
        r"flat|door|front door|work|workplace|school|window|mum's|parents')\b(?=(?: [a-z']+){0,4} (?:every|all|again|"
        r"day and night|constantly|at night|most|whenever|and|right now|now)\b)|\b<ROMANTIC> (?:will not|won't|"
        r"does not|just will not|keeps on and will not) stop\b(?= (?:[.,~]|$|messaging|texting|calling|ringing|"
        r"following|coming|turning up|harassing))",
        needs=r"\b(?:<ROMANTIC>|he|she|him)\b",
        msg_unless=r"\b(?:neighbour|neighbours|landlord|bailiffs?|debt collectors?|council|kids|youths|lads|"
        r"teenagers|cat|dog|fox|seagulls?)\b",
        gate=r"banging|stop|sat|parked|leave|outside|hanging|turn|watching",
    ),
    # ---------------------------------------------------------------- sixth pass
    _rule(
        "building_collapse",
        _E,
        r"\b(?:building|block of flats|flats|house|houses|school|shop|warehouse|factory|tower|church|hall|"
        r"stand|car park|multi storey|bridge|hotel|pub|office block|offices) (?:has |have |had |just |is )?"
        r"(?:collapsed|come down|caved in|fallen down|fell down|gone down)\b",
        past=True,
        weak=True,
        unless=r"\b(?:derelict|abandoned|empty|disused|demolition|demolished|being demolished|planning|"
        r"unsafe for|years|months|ago|old barn|decades|history|castle|ruins?)\b",
        gate=r"collapsed|come down|caved|fallen down|fell down|gone down",
    ),
    _rule(
        "breath_and_breaking_in",
        _E,
        r"\b(?:cannot|can not|could not|struggling to|unable to|trying to) (?:get|catch|find) (?:his|her|their|"
        r"my) breath\b(?! (?:back|after|from|since|walking|running|climbing|because of the (?:hill|stairs)))|"
        r"\b(?:kick|kicking|kicked|boot|booting|bash|bashing|batter|battering|ram|ramming|smash|smashing|"
        r"barge|barging|shoulder|shouldering) (?:in|down) (?:my|our|the|her|his|their|next door's) (?:front |"
        r"back |bedroom |flat |house )?(?:door|window)\b|\b(?:trying to|tried to|going to) (?:kick|boot|bash|"
        r"batter|ram|smash|barge|break) (?:my|our|the|her|his|their) (?:front |back |bedroom |flat |house )?"
        r"(?:door|window) (?:in|down)\b|\b(?:come|came|coming|got|getting|climbed|climbing|broke|broken|"
        r"smashed) (?:in )?through (?:my|our|the|her|his|their|a) (?:\w+ )?(?:window|back door|front door|"
        r"patio door|skylight|roof|wall)\b(?=[^.]{0,60}\b(?:is in|are in|inside|kitchen|house|flat|downstairs|"
        r"upstairs|now|still|bedroom|living room|hall))",
        past=True,
        unless=r"\b(?:cat|dog|fox|bird|squirrel|mouse|rats?|wind|rain|water|damp|light|sun|branch|tree|ball)\b",
        gate=r"breath|door|window|skylight|wall",
    ),
    _rule(
        "rather_be_dead",
        _C,
        r"\b(?:would|had|d) rather (?:be dead|die|not be here|not exist|not wake up|not be alive|end it|kill "
        r"my ?self)\b|\bi (?:will |am going to |am gonna |shall )?end (?:it|things|it all|everything|my life)\b(?! "
        r"(?:with|between|off|there|on|at|early|here|by)\b)|\b(?:have|got|found|bought|collected) (?:the )?means\b"
        r"(?=[^~]{0,80}\b(?:using|use|tonight|end|die|kill|do it|myself))",
        negatable=False,
        gate=r"rather|end|means",
    ),
    _rule(
        "method_ready",
        _C,
        r"\b(?:rope|noose|ligature|belt|cord|cable) (?:is |are )?(?:\w+ ){0,2}?(?:ready|sorted|set up|tied|"
        r"prepared|up in the loft|round the banister|over the beam)\b|\b(?:got|have|has) (?:the |a |my )?"
        r"(?:rope|noose|ligature) (?:\w+ )?(?:ready|sorted|set up|tied|prepared)\b",
        unless=r"\b(?:tow|towing|climbing|washing line|boat|tent|camping|swing|tyre|dog|lead|luggage|trailer|"
        r"roof rack|van|load|boxing|skipping)\b",
        gate=r"rope|noose|ligature|belt|cord|cable",
    ),
    _rule(
        "child_abuse_general",
        _K,
        r"\b(?:being|been|is being|getting|are being) (?:sexually |physically |emotionally )?(?:abused|"
        r"molested|groomed|exploited|neglected|trafficked)\b|\b(?:worried|concerned|scared|frightened|"
        r"fearful) (?:about|for) (?:a |the |my |this |that |our )?(?:\w+ )?(?:child|kid|baby|boy|girl|pupil|"
        r"toddler)'s (?:safety|welfare|wellbeing|well being)\b|\b(?:never|not|rarely|hardly ever|hardly) "
        r"(?:seem to be |seems to be |get |gets |being |been )?(?:fed|washed|changed|bathed|picked up|held|"
        r"cuddled)\b|\b(?:rough|heavy handed|violent|aggressive|cruel) (?:with|towards|to) (?:the|her|his|"
        r"their|my|a|that) (?:\w+ )?(?:baby|toddler|kids|children|son|daughter|little one|child|boy|girl)\b|"
        r"\b(?:being |been |is |are )?(?:dragged|yanked|shoved|pushed|shaken|hit|slapped|smacked|kicked|"
        r"punched) (?:and|,) (?:dragged|yanked|shoved|pushed|shaken|hit|slapped|smacked|kicked|punched|"
        r"beaten)\b",
        needs=r"\b<YOUTH>\b",
        unless=_CHILD_BENIGN + r"|\b(?:dog|dogs|cat|cats|horse|pony|pet|animal|ball|football|rugby|game|"
        r"playground|play fighting)\b",
        gate=r"abused|molested|groomed|exploited|neglected|trafficked|safety|welfare|wellbeing|well being|"
        r"fed|washed|changed|bathed|picked up|held|cuddled|rough|heavy handed|violent|aggressive|cruel|"
        r"dragged|yanked|shoved|pushed|shaken|hit|slapped|smacked|kicked|punched",
    ),
    _rule(
        "child_neglect_more",
        _K,
        r"\b(?:have|has|got|there is|there are|with) (?:no|hardly any|little|never any) (?:food|heating|"
        r"electric|electricity|gas|beds?|clean clothes|nappies|milk|formula)\b(?! (?:bank|waste|bin|caddy|"
        r"collection|recycling)\b)|\b(?:goes|gone|went|going|is|are) out (?:for days|all night|for hours|"
        r"overnight|every night|drinking every night)\b|\bleft (?:to )?(?:look after|care for|mind|feed) "
        r"(?:the|their|his|her) (?:baby|siblings|brothers?|sisters?|little \w+|younger \w+)\b|"
        r"\b(?:scavenging|rooting|searching|looking|going|digging|rummaging) (?:\w+ )?(?:in|through) (?:the )?"
        r"bins\b(?=[^.]{0,30}\b(?:food|eat|hungry))|\b(?:sent|sending|send|made) (?:\w+ ){0,3}?to (?:the )?(?:shop|"
        r"shops|offie|off licence|pub|corner shop) (?:\w+ ){0,4}?(?:to buy|for) (?:drink|alcohol|booze|"
        r"cigarettes|fags|vodka|cider|beer|lager|tobacco|rizlas)\b|\b(?:told|tell|telling|tells|disclosed|"
        r"said|says) (?:me|us|a teacher|the teacher|staff) (?:something|things) (?:\w+ ){0,3}?(?:about "
        r"(?:home|her dad|his dad|her mum|his mum|her stepdad|his stepdad|what happens at home)|serious|"
        r"worrying|concerning|awful|horrible|disturbing)\b|\b(?:staying|sleeping|living|stays|sleeps|spending "
        r"(?:nights|time)) (?:at|round|over at|with) (?:a|an|some|this|that|older) (?:older |grown |adult )?"
        r"(?:man's|men's|bloke's|guy's|adult's|stranger's|man|men|bloke|adults)\b",
        needs=r"\b<YOUTH>\b",
        unless=_CHILD_BENIGN + r"|\b(?:dog|cat|pet|horse|food bank|foodbank|charity|sleepover|uncle|grandad|"
        r"dad's|father's|family friend)\b",
        gate=r"no |hardly any|little|never any|out for|out all|out every|out over|left|bins|shop|offie|"
        r"licence|pub|something|things|staying|sleeping|living|stays|sleeps|spending",
    ),
    _rule(
        "adults_with_child",
        _K,
        r"\b(?:picked up|collected|getting picked up|taken away|taken off|driven (?:off|away|around)|getting "
        r"in(?:to)? cars?|going off|disappearing) (?:[a-z']+ ){0,4}?(?:by|with) (?:[a-z']+ ){0,2}?(?:<ADULT>)\b|"
        r"\b(?:<ADULT>) (?:[a-z0-9',]+ ){0,8}?(?:giving|gives|gave|plying|buying|buys|bought) (?:her|him|them|"
        r"my \w+|the \w+) (?:\w+ )?(?:drink|drinks|alcohol|vodka|cider|drugs|weed|money|cash|gifts|presents|"
        r"phones?|lifts|cigarettes|vapes)\b|\b(?:someone|somebody|people|a person|an adult|adults) (?:online|"
        r"on (?:snapchat|instagram|tiktok|facebook|whatsapp|roblox|fortnite|discord|xbox|a game)) (?:[a-z0-9']+ )"
        r"{0,4}?(?:asking|asked|wants|wanted|trying|pressuring|begging|messaging|sending)\b|\b(?:running|"
        r"selling|dealing|carrying|holding|moving) (?:drugs|gear) (?:[a-z']+ ){0,4}?for (?:some |a |the |these "
        r"|those )?(?:older|"
        r"gang|gangs|dealers|men|lads)\b",
        needs=r"\b<YOUTH>\b",
        gate=r"picked|collected|taken|driven|cars?|going off|disappearing|giving|gives|gave|plying|buying|"
        r"buys|bought|online|snapchat|instagram|tiktok|facebook|whatsapp|roblox|fortnite|discord|xbox|game|"
        r"drugs|gear",
    ),
    _rule(
        "fear_of_leaving",
        _D,
        r"\b(?:too )?(?:scared|afraid|frightened|terrified) (?:to|of) (?:leave|leaving|tell|telling|report|"
        r"reporting|go(?:ing)? (?:back )?home to|going back to) (?:him|her|my (?:[a-z']+ )?<ROMANTIC>)\b|\b(?:get|"
        r"getting|run|running|escape|escaping|flee|fleeing) away from (?:my|her|an?|him) ?(?:abusive |violent |"
        r"controlling )?(?:husband|partner|boyfriend|wife|girlfriend|ex|abuser)?\b(?=[^.]{0,60}\b(?:safely|safe|"
        r"scared|help|before|without (?:him|her) knowing|refuge|kill|hurt|hits?))|\b(?:never|not) see (?:the|"
        r"my|our) (?:kids|children|baby|son|daughter) again\b|\bnobody (?:will|would) (?:ever )?believe "
        r"(?:me|you|her)\b",
        needs=r"\b(?:<ROMANTIC>|he|she|him|husband|partner)\b",
        msg_unless=r"\b(?:custody|court|solicitor|cafcass|contact centre|family court)\b(?![^~]*\b(?:hits?|"
        r"hurt|kill|scared|afraid|threat\w*))",
        gate=r"scared|afraid|frightened|terrified|away from|see the|see my|see our|believe",
    ),
    _rule(
        "threatening_messages",
        _D,
        r"\b(?:threatening|abusive|nasty|horrible|intimidating|vile|scary|frightening) (?:\w+ )?(?:messages|"
        r"texts|calls|voicemails|emails|letters|notes|dms|posts)\b|\b(?:taken|took|takes|hid|hides|hidden|"
        r"keeps|kept) (?:my|her) (?:keys|car keys|door keys|passport|phone|purse|bank card|cards)\b(?=[^.]{0,60}"
        r"\b(?:so|cannot|can not|leave|go|get out|stop|trapped))|\b(?:knife|gun|weapon|axe|hammer|bat) (?:[a-z']+ "
        r"){0,10}?if (?:i|she) (?:ever )?(?:leave|leaves|try to leave|tries to leave|go|goes|tell|tells)\b|\b(?:court "
        r"order|non molestation order|restraining order|injunction|bail conditions|protection order) "
        r"(?:[a-z']+ ){0,8}?(?:breach\w*|broke|broken|ignor\w*|even though|despite|forced|turned up|came round|"
        r"hit|threat\w*|still)\b|\b(?:even though|despite|breaking|breached|broke) (?:there is |he has |she has |"
        r"the |a |his |her |my )?(?:court order|non molestation order|restraining order|injunction|bail "
        r"conditions|protection order)\b",
        needs=r"\b(?:<ROMANTIC>|he|she|him|husband|partner)\b",
        msg_unless=r"\b(?:council|landlord|neighbour|neighbours|scam\w*|bailiffs?|debt|company|bank)\b",
        gate=r"threatening|abusive|nasty|horrible|intimidating|vile|scary|frightening|keys|passport|phone|"
        r"purse|card|if|order|injunction|bail",
    ),
    # ---------------------------------------------------------------- seventh pass
    _rule(
        "venomous_bite",
        _E,
        r"\b(?:bitten|bit|stung) by (?:a |an )?(?:snake|adder|viper|scorpion|weever fish|weever|jellyfish|"
        r"lionfish|stingray|black widow|false widow)\b|\b(?:snake|adder|viper) ?bite\b",
        past=True,
        unless=r"\b(?:dog|cat|pet|horse|vet)\b",
        gate=r"bitten|bit|stung|bite",
    ),
    _rule(
        "cannot_escape_hazard",
        _E,
        r"\b(?:cannot|can not|could not|unable to|no way to|not able to) (?:get|getting) (?:out|her out|him out|"
        r"them out|us out|down|downstairs|past|away)\b|\b(?:cannot|can not|could not) escape\b|\b(?:no way|"
        r"nowhere) (?:out|to go|to get out)\b",
        needs=r"\b(?:fire|smoke|flames|burning|flood\w*|water (?:is )?rising|rising water|trapped|sparking|"
        r"electrics|gas|fumes|collaps\w*|rubble|alight|ablaze)\b",
        msg_unless=r"\b(?:contract|tenancy|lease|debt|mortgage|deal|parking|car park|estate|cul de sac|"
        r"traffic|snow|road ?works|flood warning|last (?:week|month|year))\b",
        gate=r"get|escape|no way|nowhere",
    ),
    _rule(
        "height_or_hole",
        _E,
        r"\b(?:climbing|climbed|hanging|dangling|standing|sitting|clinging) (?:up |on |onto |to |on to )?(?:the )?(?:outside|"
        r"side|top|edge|ledge|roof) of (?:the |a |an )?(?:[a-z0-9']+ ){0,3}?(?:flats|building|tower|block|hotel|"
        r"bridge|crane|multi storey|car park|cliff|viaduct|scaffolding|railings|barrier|balcony|parapet)\b|\b<PERSON> "
        r"(?:[a-z']+ ){0,2}?(?:fallen|"
        r"fell|slipped|gone|went|tumbled) (?:down|into|in|off) (?:a |the |an )?(?:\w+ )?(?:well|mine ?shaft|"
        r"shaft|hole|manhole|sinkhole|quarry|ravine|gorge|crevasse|pit|trench|drain|culvert|silo|slurry pit|"
        r"sewer|cliff|cliff edge|lift shaft|stairwell|mineshaft)\b|\b<PERSON> (?:is |are |has been |got |was )?"
        r"(?:stuck|trapped|wedged|caught) (?:in|down|inside) (?:a |the |an )?(?:\w+ )?(?:drain|well|hole|culvert|"
        r"pipe|mud|quicksand|chimney|shaft|sinkhole|trench|silo|machine|machinery|grain|slurry|bog|marsh|"
        r"mudflats|sand)\b",
        past=True,
        unless=r"\b(?:cat|kitten|dog|puppy|fox|sheep|cow|cows|horse|lamb|deer|bird|swan|duck|hedgehog|ball|"
        r"phone|keys|car|wheel|tyre|bike|trolley|leaves|rubbish|toy)\b",
        gate=r"outside|side|top|edge|ledge|roof|fallen|fell|slipped|gone|went|tumbled|stuck|trapped|wedged|"
        r"caught",
    ),
    _rule(
        "struck_with_object",
        _E,
        r"\b(?:hit|struck|smashed|bashed|whacked|beaten|clubbed|bottled|battered|cracked|attacked) (?:[a-z']+ )"
        r"{0,3}?(?:in|on|over|round|across) (?:the|his|her|their|my) (?:head|face|skull|back of the head|neck) "
        r"(?:with|by) (?:a |an |the |some )?(?:\w+ )?(?:brick|bat|hammer|bottle|rock|stone|pole|bar|crowbar|"
        r"plank|chair|glass|knife|weapon|golf club|spade|shovel|pipe|wrench|spanner|iron|stick|club|axe)\b|"
        r"\b(?:threw|throwing|thrown|chucked|poured|pouring|splashed|sprayed|squirted|thrown) (?:\w+ )?(?:acid|"
        r"bleach|ammonia|corrosive \w+|petrol|boiling water|hot oil|noxious \w+) (?:on|over|at|in|into) (?:a |an "
        r"|the |his |her |their |my |some |someone|somebody|him|her|me|them|us)\b",
        past=True,
        unless=r"\b(?:ball|football|cricket ball|golf ball|hockey|rugby|game|training|practice|snowball|"
        r"drain|drains|toilet|sink|weeds|patio|path|moss|grass|garden)\b",
        gate=r"hit|struck|smashed|bashed|whacked|beaten|clubbed|bottled|battered|cracked|attacked|threw|"
        r"throw|chucked|poured|pouring|splashed|sprayed|squirted",
    ),
    _rule(
        "danger_to_self",
        _C,
        r"\b(?:i am|i feel like i am|i might be|i could be|i think i am|he is|she is|they are|i have become) "
        r"(?:a )?(?:real |serious |big )?(?:danger|risk|threat) to (?:my ?self|him ?self|her ?self|them ?selves)\b",
        gate=r"danger|risk|threat",
    ),
    _rule(
        "sexual_pressure_child",
        _K,
        r"\b(?:trying to|tries to|tried to|wants to|keeps trying to|kept trying to|asked (?:her|him|me) to|asking "
        r"(?:her|him|me) to) (?:get (?:her|him|me) (?:into|in) (?:bed|his bed|her bed|his room|the bedroom|"
        r"the car)|sleep with (?:her|him|me)|have sex with (?:her|him|me)|kiss (?:her|him|me)|touch (?:her|him|"
        r"me)|undress|take (?:her|his|my) clothes off|show (?:her|him|me) (?:his|her) (?:body|privates))\b",
        needs=r"\b<YOUTH>\b",
        gate=r"trying|tries|tried|wants|keeps|kept|asked|asking",
    ),
    # ---------------------------------------------------------------- eighth pass
    _rule(
        "sitting_with_means",
        _C,
        r"\b(?:sat|sitting|lying|laying|stood|standing|waiting) (?:here |there |alone |in (?:my|the|his|her) "
        r"(?:room|bathroom|car|bedroom|garage|kitchen) )?with (?:a |the |my |his |her |some )?(?:razor|razors|"
        r"razor blades?|blades?|knife|rope|noose|gun|shotgun|belt|ligature|<PILLS_QTY>)\b(?! and fork)",
        gate=r"sat|sitting|lying|laying|stood|standing|waiting",
    ),
    _rule(
        "life_pointless",
        _C,
        r"\b(?:life|living|everything|existence|my life|being alive|it all) (?:is|feels|seems|has become) (?:so "
        r"|completely |totally |just |utterly |pretty )?(?:pointless|meaningless|hopeless|not worth it|not worth "
        r"living|too much to bear|unbearable)\b|\bi (?:just )?want out\b(?! of (?:this |the |my |our )?(?:contract|"
        r"tenancy|lease|deal|job|house|flat|area|marriage|relationship|scheme|arrangement|group|club)\b)",
        needs=r"\b(?:<DESPAIR>|life|living|alive|want out|pointless|meaningless|unbearable)\b",
        msg_unless=r"\b<SERVICE_GRIPE>\b",
        gate=r"pointless|meaningless|hopeless|worth|unbearable|too much|want out",
    ),
    # ---------------------------------------------------------------- ninth pass
    _rule(
        "confined",
        _E,
        r"\b(?:i am|we are|someone is|somebody is|he is|she is|they are|a (?:man|woman|child|girl|boy|person) "
        r"is|been|being|has been|have been|got) (?:locked|trapped|held|tied up|bound|shut) (?:up )?(?:in|inside) "
        r"(?:the |a |an |his |their )?(?:boot|car boot|boot of (?:a|the|his|their) (?:car|van)|trunk|container|"
        r"van|lorry|cellar|basement|shipping container|cage|garage|shed)\b",
        past=True,
        unless=r"\b(?:locked out|keys|key|lock|by accident|accidentally|locksmith|cat|dog)\b",
        gate=r"locked|trapped|held|tied|bound|shut",
    ),
    _rule(
        "unbearable_pain_crisis",
        _C,
        r"\b(?:cannot|can not|could not) (?:live|go on|carry on|cope|keep living) with (?:this|the|my) (?:pain|hurt|"
        r"feeling|feelings|thoughts|emptiness|loneliness|guilt|grief|darkness|shame) any ?(?:more|longer)\b",
        msg_unless=r"\b(?:back|knee|tooth|teeth|hip|arthritis|migraine|headache|period|neck|shoulder|gp|physio|"
        r"painkillers|prescription|operation|surgery|toothache|<SERVICE_GRIPE>)\b",
        gate=r"live|go on|carry on|cope|keep living",
    ),
    _rule(
        "child_selling_images",
        _K,
        r"\b(?:selling|sells|sold|sending|sends|sent|posting|posts|posted|sharing|shares|shared) (?:\w+ )?"
        r"(?:pictures|photos|pics|images|videos|nudes|selfies) of (?:herself|himself|themselves|her body|his body) "
        r"(?:to|for) (?:\w+ )?(?:older|men|man|adults|strangers|money|cash|gifts|people online)\b",
        needs=r"\b<YOUTH>\b",
        gate=r"sell|sold|send|sent|post|shar",
    ),
    _rule(
        "unsafe_home_for_child",
        _K,
        r"\b(?:house|flat|home|place) (?:is )?(?:full of|covered in|littered with|strewn with) (?:\w+ )?(?:needles|"
        r"syringes|drugs|crack pipes|empty bottles|dog mess|dog poo|faeces|rubbish and mess)\b|\b(?:always|"
        r"constantly|often|usually) (?:left )?(?:alone|on (?:their|his|her) own|by (?:themselves|himself|herself))"
        r"\b(?! (?:in (?:the )?(?:garden|park|playground)|playing|walking to school|at the bus stop))",
        needs=r"\b<CHILD>\b|\bkids?\b",
        unless=_CHILD_BENIGN + r"|\b(?:teenagers?|teens?|1[5-7] year olds?|sixth form|college|dog|cat|pet)\b",
        gate=r"full of|covered in|littered|strewn|alone|own|themselves|himself|herself",
    ),
    _rule(
        "partner_weapon_threat",
        _D,
        r"\b(?:he|she|<PARTNER_NP>) (?:[a-z']+ ){0,2}?(?:threatened|threatens|threatening|came at|comes at|went "
        r"for|goes for|pulled|pulls|held|holds|waved|waves|pointed|points) (?:me|her|us|the kids) (?:with )?(?:a "
        r"|an |his |her |the |their )?<WEAPON>\b|\b(?:he|she|<PARTNER_NP>) (?:[a-z']+ ){0,2}?(?:pulled|pulls|held|"
        r"holds|put|puts) (?:a |an |his |her |the )?<WEAPON> (?:on|to|at|against) (?:me|her|us|my (?:throat|neck|"
        r"face|head|chest))\b|\b(?:said|says|told me) (?:that )?(?:he|she) (?:would|will|is going to) (?:stab|"
        r"shoot|cut|knife|slash) (?:me|her|us)\b",
        unless=r"\b(?:neighbour|neighbours|stranger|landlord|customer|colleague|boss|driver|lads|youths?|"
        r"teenagers?|gang|dealer|dealers|bouncer|mugger|robber)\b",
        needs=r"\b(?:<PARTNER>|home|house|flat|bedroom|kitchen|kids|children|baby|drunk|again)\b",
        gate=r"threat|came at|comes at|went for|goes for|pull|held|holds|wave|point|put|said|says|told",
    ),
    # ---------------------------------------------------------------- tenth pass
    _rule(
        "buried_or_head_injury",
        _E,
        r"\b<PERSON> (?:is |has been |got |was |are |have been )?(?:buried|trapped|stuck) (?:up to (?:his|her|their) "
        r"(?:chest|neck|waist|shoulders)|alive|under (?:the |a )?(?:rubble|soil|earth|mud|sand|snow|debris)|in (?:the "
        r")?(?:rubble|mud|sand|snow|soil|earth|collapse|avalanche|landslide))\b|\b(?:hit|banged|bumped|cracked|"
        r"smashed|knocked|bashed) (?:his|her|their|my) head\b(?=[^.~]{0,60}\b(?:unconscious|not responding|will "
        r"not wake|confused|being sick|sick|vomit\w*|fitting|drowsy|sleepy|bleeding|not making sense|knocked out|"
        r"passed out|blacked out|seeing double|slurring|not right)\b)|\b(?:dragged|pulled|yanked|thrown|forced) "
        r"(?:me|him|her|them|us|the driver|a (?:man|woman|driver)) out of (?:my|his|her|their|the|our|a) (?:car|"
        r"van|vehicle|cab|taxi|lorry)\b|\bcarjack\w*|\b(?:trying|tried|testing|rattling|checking|pulling on) (?:all "
        r")?(?:the |my |our |people's |car |front |back )?(?:front |back |car |house )?(?:door handles?|doors|"
        r"door|windows|handles)\b(?= (?:[.,~]|now|right now|and|down|along|$))",
        past=True,
        unless=r"\b(?:cat|dog|fox|bird|ball|toy|lego|treasure|time capsule|bins?|key|keys|locked out|tyre)\b",
        gate=r"buried|trapped|stuck|head|dragged|pulled|yanked|thrown|forced|carjack|trying|tried|testing|"
        r"rattling|checking|pulling",
    ),
    _rule(
        "goodbye_words",
        _C,
        r"\b(?:last time|never again) (?:anyone|you|anybody|they|you all|everyone) (?:will )?(?:hear|hears|see|"
        r"sees) (?:from |of )?me\b|\b(?:you|they|anyone|nobody|no one) (?:will )?(?:never|not) (?:hear from|see) "
        r"me again\b|\b(?:sorry|apologies) for being (?:a burden|such a burden|a waste of space|useless|a "
        r"failure|a disappointment|trouble)\b|\btell (?:my|his|her) (?:\w+ ){0,2}?(?:that )?(?:i am|i was|i) "
        r"(?:sorry|loved (?:them|her|him)|love (?:them|her|him))\b|\b(?:only|last) (?:thing|reason|person|one) "
        r"(?:that was |that is |who was |who is )?(?:stopping|keeping|holding) me\b|\bnothing (?:is )?(?:stopping|"
        r"keeping|holding) me (?:here|now|back|alive|from)\b|\bfinish (?:my|him|her|them)sel(?:f|ves) off\b|"
        r"\bdo (?:my|him|her)self in\b|\btop (?:my|him|her)self\b|\b(?:planning|planned|plan) (?:my|his|her) "
        r"(?:own )?(?:exit|death|suicide|way out|ending|final day)\b|\b(?:cannot be bothered|cannot be arsed) "
        r"with (?:life|living|anything|everything|it all) any ?more\b|\b(?:make|making) it look like (?:an )?"
        r"accident\b(?=[^~]{0,80}\b(?:insurance|kids|family|die|death|life))",
        gate=r"last time|never again|hear|see me|sorry|apologies|tell|stopping|keeping|holding|finish|do my|"
        r"do him|do her|top|plan|bothered|arsed|accident",
    ),
    _rule(
        "at_the_brink",
        _C,
        r"\b(?:looking|looked|staring|stare|peering|leaning) (?:over|down) (?:the )?(?:edge|side|railings|ledge|"
        r"parapet|drop)\b|\b(?:stood|standing|sat|sitting|sit|stand) (?:at|on|by|near) the (?:edge|top|side|"
        r"brink) of (?:the |a )?(?:\w+ )?(?:quarry|cliff|cliffs|bridge|roof|building|car park|multi storey|tower|"
        r"dam|platform|viaduct|flyover|gorge|edge)\b|\b(?:sat|sitting|standing|stood|lying|waiting|walking) "
        r"(?:\w+ ){0,2}?(?:by|on|near|at|beside|next to|along) (?:the )?(?:train tracks|railway tracks|railway "
        r"line|tracks|level crossing)\b|\bwaiting for (?:the next|a) (?:train|one)(?: to (?:come|pass))?\b|\bthinking "
        r"(?:about|of) (?:just )?(?:going|jumping|driving|stepping|falling|walking) (?:over|off|in|into)(?: the (?:edge|"
        r"cliff|side|water|sea|river))?\b|\b(?:walk|walking|wade|wading|swim|swimming|step|stepping) (?:in|into|"
        r"out)(?: the (?:sea|river|water|reservoir|lake|canal))? (?:and|to) (?:not|never) (?:come|coming|get|"
        r"getting) (?:back|out)\b|\bvoices (?:\w+ ){0,2}?(?:say|says|said|tell|telling|told|want) (?:me )?(?:that "
        r")?(?:i (?:have to|must|should|need to|deserve to) )?(?:die|kill|hurt|harm|jump|end)\b",
        unless=r"\b(?:photos?|view|views|selfie|sunset|walk the dog|dog walk|fishing|birdwatching|train "
        r"spotting|trainspotting|delayed|late|cancelled|timetable|platform \d)\b",
        gate=r"over|down|edge|top|side|brink|tracks|railway|crossing|waiting|thinking|walk|wade|swim|step|"
        r"voices",
    ),
    _rule(
        "alone_with_means",
        _C,
        r"\bwith (?:all|a load|loads|enough|a bag|a bottle|boxes) (?:of )?(?:my |the |his |her )?<PILLS>\b|\b(?:sat|"
        r"sitting|lying|laying|stood|standing|waiting) (?:[a-z']+ ){0,6}?with (?:a |the |my |his |her |some )?"
        r"(?:razor|razors|razor blades?|blades?|knife|rope|noose|gun|shotgun|belt|ligature)\b",
        needs=r"\b(?:<DESPAIR>|nobody knows|no one knows|hotel|alone|lost everything|for an hour|for hours|"
        r"rough time|had enough|cannot|crying|goodbye|sorry|tonight)\b",
        gate=r"with",
    ),
    _rule(
        "more_child_harm",
        _K,
        r"\b(?:broken|fractured|fracture to (?:his|her|the)) (?:\w+ )?(?:arm|leg|ribs?|bones?|skull|wrist|"
        r"collarbone|femur)\b(?=[^~]*\b(?:weeks old|months old|newborn|cannot (?:crawl|walk|roll)|not (?:crawling|"
        r"walking)|says|said|claims|reckons|supposedly|apparently)\b)|\b(?:handprints?|hand prints?|hand marks?|"
        r"finger ?marks?|fingertip bruis\w*|slap marks?|belt marks?|bite marks?|ligature marks?|grip marks?|"
        r"cigarette burns?|strap marks?|burns? shaped)\b|\b(?:says|said|claims|claimed|reckons|told (?:us|me|"
        r"staff)) (?:that )?(?:\w+ ){0,3}?(?:the dog did it|(?:he|she|they) fell|fell over|fell off|walked into|"
        r"rolled off|bumped into|banged (?:his|her|their) head|fell down the stairs)\b(?=[^~]*\b(?:bruis\w*|marks|"
        r"burns?|broken|fracture\w*|injur\w*|black eye|cut|bite)\b)|\b(?:getting|gets|got|climbs?|climbing|"
        r"climbed) (?:in ?to|in) (?:bed|the bath|the shower) with (?:him|her|them|my \w+|the (?:kids|children|"
        r"boy|girl|baby))\b|\b(?:does|did|doing|do) (?:bad|horrible|nasty|weird|funny|rude|strange|naughty) "
        r"things (?:to (?:him|her|them|me)|at bath ?time|at night|in bed|when)\b|\b(?:have not|has not|not|never) "
        r"(?:eaten|had (?:any )?food|had anything to eat) (?:in|for) (?:two|three|four|\d+|days|a day|ages|a "
        r"couple of)\b|\b(?:mum|dad|mother|father|parents?) (?:has not|have not|not|never) (?:been|come) (?:home|"
        r"back)\b|\b(?:no one|nobody|no adults?|no parents?) (?:is |are |was )?(?:home|in|at home)\b|\b(?:sleep|"
        r"sleeps|sleeping|slept) (?:in (?:the|a) (?:car|shed|garage|garden|van|tent)|outside|on the street|"
        r"rough)\b|\bnot allowed (?:indoors|inside|in the house|home|to come in)\b|\b(?:being|getting|gets) "
        r"(?:whipped|belted|thrashed|caned|beaten|battered|strangled)\b|\b(?:men|man|adults|blokes|guys|older "
        r"\w+) (?:\w+ ){0,2}?(?:take|took|taking|takes) (?:them|her|him|the girls|the boys|girls|boys) (?:[a-z']+ "
        r"){0,5}?(?:back )?(?:upstairs|to (?:their|his) (?:flat|house|room|car|tent|hotel)|back to (?:their|his) "
        r"\w+)\b|\bhouses? "
        r"(?:full of|with) (?:older|grown|adult|lots of|loads of) men\b|\b(?:registered |known |convicted )?(?:sex "
        r"offender|child abuser)\b|\b(?:injur\w*|cut|wound|burn|gash|broken \w+) (?:\w+ ){0,3}?(?:nobody|no one) "
        r"(?:has |had )?(?:seen to|looked at|treated|taken (?:him|her) to)\b",
        needs=r"\b<YOUTH>\b",
        unless=r"\b(?:dog|dogs|cat|cats|horse|pony|pet|puppy|kitten|sleepover|camping|festival with us|"
        r"holiday|bully|bullies|playground|football|rugby|boxing|martial arts)\b(?! did it)",
        gate=r"broken|fractured|fracture|hand|finger|slap|belt|bite|ligature|grip|cigarette|strap|burn|says|"
        r"said|claims|reckons|told|bed|bath|shower|things|eaten|food|anything to eat|home|back|no one|nobody|"
        r"no adult|no parent|sleep|slept|allowed|whipped|belted|thrashed|caned|beaten|battered|strangled|take|"
        r"took|taking|houses?|offender|abuser|seen to|looked at|treated",
    ),
    _rule(
        "child_on_balcony",
        _K,
        r"\b(?:on|out on|onto|by) (?:the |a |their )?(?:balcony|window ledge|window sill|windowsill|roof|flat roof|"
        r"open window) (?:[a-z']+ ){0,3}?(?:on (?:their|his|her|its) own|alone|unsupervised|by (?:them|him|her)"
        r"sel(?:f|ves)|with no (?:one|adult))\b",
        needs=r"\b<CHILD>\b|\bkids?\b",
        gate=r"balcony|ledge|sill|roof|window",
    ),
    _rule(
        "sextortion",
        _D,
        r"\b(?:share|post|send|leak|show|put|spread|upload) (?:my|her|the|those|these|them|it|some) ?(?:\w+ )?"
        r"(?:pictures|photos|pics|videos|images|video|film|nudes)? ?(?:to|with|online|everywhere|around)? ?(?:\w+ )?"
        r"(?:unless|if) (?:i|she) (?:do not |does not |don't |doesn't )?(?:send|pay|give|leave|leaves|tell|"
        r"tells|stop|do)\b|\bif (?:i|she) (?:ever )?(?:leave|leaves|go|goes|tell|tells|break up|end it|do not|"
        r"don't)\b(?: [a-z']+){0,3}? (?:he|she|they) (?:will|would|is going to|says he will|said he would) (?:share|"
        r"post|send|leak|show|put|spread|upload) (?:my|her|the|those|these|them|it|some)\b|\b(?:secretly|hidden "
        r"camera) (?:filmed|filming|recorded|recording|photographed) (?:me|"
        r"her)\b|\bfilmed (?:me|her) (?:in the (?:shower|bath|bathroom)|naked|getting changed|undressing|having "
        r"sex)\b",
        gate=r"unless|if|secretly|hidden camera|filmed",
    ),
    _rule(
        "coercive_control_more",
        _D,
        r"\b(?:makes|made|forces|forced|making) (?:me|her) (?:hand over|give (?:him|her)|give) (?:my|her|all my|all "
        r"her)? ?(?:bank card|money|wages|pension|benefits|pin|cards?|salary|passwords?)\b|\bchecks every (?:receipt|"
        r"penny|purchase|text|message)\b|\b(?:took|taken|takes|taking) out (?:loans?|credit cards?|debts?|finance|"
        r"a mortgage|catalogues?) in my name\b|\bif i (?:ever )?tell (?:anyone|anybody|the police|someone)\b|"
        r"\b(?:decides|decided|controls|chooses|picks) (?:what|who|where|when|how) (?:i|she) (?:eat|eats|wear|"
        r"wears|see|sees|speak|speaks|talk|talks|go|goes|sleep|sleeps|spend|spends)\b|\bnot allowed (?:a|my|any|"
        r"to have a|to have my|to have any) (?:phone|money|friends|car|bank account|keys|job|own money)\b|\b(?:tells|"
        r"told|says|said|makes out|convinced me) (?:me )?(?:that )?(?:i am|i was|i have) (?:going mad|crazy|mad|"
        r"losing it|losing my mind|imagining (?:it|things)|mental|insane|making it up)\b|\bmoves? my things so "
        r"i\b|\b(?:telling|keeps telling|keep telling) me (?:that )?(?:i am|i was|i have) (?:going mad|crazy|mad|losing "
        r"it|losing my mind|imagining (?:it|things)|mental|insane|making it up)\b|\bto teach (?:me|her) a lesson\b|\b(?:cut up|ripped up|destroyed|burnt|burned|binned|threw out|"
        r"thrown out|smashed) (?:all )?(?:of )?(?:my|her) (?:clothes|things|belongings|stuff|passport|documents|"
        r"phone|photos|glasses)\b|\bno one else (?:would|will) (?:ever )?want (?:me|you|her)\b|\bnext time "
        r"(?:it will|it is going to|it would|it might) be (?:my|your|her|you|me)\b|\b(?:punched|punches|punching|"
        r"smashed|hit|kicked|put (?:his|her) fist through) (?:a |the )?(?:wall|door|window) (?:next to|by|beside|"
        r"near|inches from|right by) (?:my|her) (?:head|face)\b|\b(?:dragged|dragging|drags|pulled|pulling|pulls|"
        r"grabbed|grabs|yanked) (?:me|her) (?:\w+ ){0,3}?by (?:my|her) (?:hair|neck|throat|arm|clothes)\b|\b(?:pulled|"
        r"pulls|pulling|yanked) (?:my|her) hair\b|\b(?:(?:shame|dishonour|dishonor) (?:on|to) (?:the|my|our) "
        r"family|honour of (?:the|my|our) family)\b|\b(?:new|fake|different|other) accounts? to (?:message|contact|"
        r"watch|follow|harass|track|stalk) (?:me|her)\b|\bafter i (?:have )?(?:block|blocked) (?:him|her|them)\b|"
        r"\bknows (?:everywhere|where) i (?:have been|go|am|went)\b|\b(?:posted|shared|put|published|leaked) "
        r"(?:my|her) (?:home )?(?:address|number|phone number|details|location) (?:online|on (?:facebook|"
        r"instagram|twitter|x|the internet|a website))\b|\b(?:lets|let|letting) (?:him|her)self in\b|\bstill has "
        r"(?:a )?key\b|\b(?:cannot|can not|too scared to|afraid to|will not) go back to (?:him|her|my (?:[a-z']+ )?"
        r"<ROMANTIC>)\b|\b(?:goes|went|turns?) (?:white|pale|quiet) (?:when|whenever|if) (?:her|his) (?:husband|"
        r"partner|boyfriend|wife|girlfriend) (?:rings|calls|texts|comes|arrives|phones)\b|\b(?:(?:a couple of|two|"
        r"three|a few|several|another|a) black eyes?|handsy|heavy handed|rough with me|rough with her)\b|"
        r"\b(?:locks|locked|locking|shuts|shut) (?:him|her|them|my \w+|me) (?:\w+ )?(?:in|into|out in|out of) "
        r"(?:his|her|their|my|the|a) (?:room|bedroom|house|flat|shed|garden|bathroom|cupboard)\b|\b(?:will not|"
        r"won't|wont|does not|refuses to) let (?:me|her|him|my \w+) (?:eat|sleep|wash|rest|have (?:food|money)) "
        r"until\b|\bsigns? over (?:her|his|my) (?:savings|house|money|pension|will|property)\b|\b(?:cannot|can "
        r"not|could not|too scared to|afraid to|scared to|dare not) (?:leave|get away from|escape) (?:him|her|my "
        r"(?:[a-z']+ )?<ROMANTIC>)\b",
        needs=r"\b(?:<PARTNER>|he|she|him|they|them|brothers|family)\b",
        unless=r"\b(?:neighbour|neighbours|landlord|bailiffs?|council|boss|colleague|stranger|scam\w*|"
        r"company|(?:the|my|our) bank(?! card)|football|rugby|boxing|toddler|baby|dog|cat)\b",
        gate=r"hand over|give|checks every|loans?|credit|debts?|finance|mortgage|catalogue|tell|decides|"
        r"decided|controls|chooses|picks|not allowed|mad|crazy|losing|imagining|mental|insane|making it up|"
        r"moves|lesson|cut up|ripped|destroyed|burnt|burned|binned|threw out|thrown out|smashed|no one else|"
        r"next time|wall|door|window|hair|shame|dishonou?r|honour|accounts?|block|knows|posted|shared|put|"
        r"published|leaked|himself in|herself in|key|go back|white|pale|quiet|black eye|handsy|heavy handed|"
        r"rough|lock|shut|let|signs? over|leave|get away|escape",
    ),
    _rule(
        "cannot_leave_abuser",
        _D,
        r"\b(?:cannot|can not|could not|unable to) (?:leave|get out|get away)\b",
        needs=r"\b(?:bruises|bruised|hits me|hit me|beats me|beat me|violent|abus\w*|drunk again|hurts me|"
        r"hurt me|scared of him|afraid of him|threat\w*|controls me)\b",
        msg_unless=r"\b(?:house|flat|bed|hospital|work|job|the country|the area|area|town|contract|tenancy|"
        r"lease|car park|estate|disabled|wheelchair|stairs|lift)\b",
        gate=r"leave|get out|get away",
    ),
    # ---------------------------------------------------------------- eleventh pass
    _rule(
        "nonaccidental_marks",
        _K,
        r"\b(?:handprints?|hand prints?|hand marks?|finger ?marks?|fingertip bruis\w*|slap marks?|belt marks?|"
        r"bite marks?|ligature marks?|grip marks?|cigarette burns?|strap marks?|burns? shaped|loop marks?|"
        r"whip marks?)\b",
        needs=r"\b<YOUTH>\b",
        unless=r"\b(?:dog|dogs|cat|cats|horse|pony|pet|puppy|kitten|insect|mosquito|bed ?bugs?|fleas?)\b"
        r"(?! did it)",
        gate=r"hand|finger|slap|belt|bite|ligature|grip|cigarette|strap|burn|loop|whip",
    ),
    _rule(
        "beats_child",
        _K,
        r"\b(?:beats|beat|beating|hits|hitting|whips|whipped|whipping|belts|belted|thrashes|thrashed|punches|"
        r"punched|kicks|kicked|burns|burnt|burned|starves|starved|strangles|strangled|chokes|choked|batters|"
        r"battered|smacks|smacked|slaps|slapped) (?:him|her|them)\b(?! (?:at|in|up at) )(?! (?:off|out|back)\b)",
        needs=r"\b<YOUNG>\b|\b(?:\d{1,2}|eleven|twelve|thirteen|fourteen|fifteen) year old\b|\b(?:his|her|their) "
        r"(?:son|daughter|boy|girl|kids?|children|child|lad|little one)\b",
        unless=r"\b(?:school|bully|bullies|football|rugby|game|games|sport|class|classmates?|playground|lads|"
        r"boys|brother|sister|cousin|twin|older boys?|dog|cat|horse|chess|cards|race|tennis|fight back)\b",
        gate=r"beat|hit|whip|belt|thrash|punch|kick|burn|starv|strangl|chok|batter|smack|slap",
    ),
    # ---------------------------------------------------------------- twelfth pass
    _rule(
        "face_down",
        _E,
        r"\b<PERSON> (?:is |was |has been )?(?:lying|laying|lay|collapsed|slumped|fallen) face down\b|\bface down (?:on|"
        r"in) (?:the )?(?:pavement|road|floor|ground|street|grass|path|kitchen|bathroom|carpet|snow|mud)\b",
        past=True,
        unless=r"\bi (?:fell|tripped|slipped|went|landed)\b|\b(?:park ?run|who maintains|path|trip)\b",
        gate=r"face down",
    ),
    _rule(
        "goodbye_and_means",
        _C,
        r"\bsaid (?:his |her |my |their )?goodbyes?(?: to (?:everyone|everybody|us all|all of us|the (?:kids|"
        r"children|family)|\w+))?\b",
        needs=r"\b(?:shotgun|gun|rifle|rope|noose|pills|tablets|knife|razor|<DESPAIR>|bridge|cliff|tracks|"
        r"drove off|not answering|cannot reach|phone off|locked)\b",
        gate=r"goodbye",
    ),
    _rule(
        "pronoun_threatening",
        _D,
        r"\b(?:he|she) (?:is|keeps|has been|was|kept|keeps on|is always|always) threatening (?:me )?(?:to (?:kill|"
        r"hurt|stab|strangle|burn|beat|murder|batter|take the kids|take my kids) (?:me|us|the kids|my|her|him|"
        r"them)?|me)\b",
        unless=r"\b(?:neighbour|neighbours|landlord|stranger|customer|colleague|boss|driver|lads|youths?|"
        r"teenagers?|gang|dealer|dealers|bouncer|bully|bailiffs?|council|court|police)\b",
        gate=r"threatening",
    ),
    _rule(
        "threat_to_burn_home",
        _D,
        r"\b(?:burn|set fire to|torch|petrol bomb|blow up) (?:the|our|my|her|this|his) (?:house|flat|home|place|"
        r"car)(?: down)? (?:with (?:me|us|her|the kids|the children|my \w+|them) (?:in|inside|in it|inside it|still "
        r"in))\b",
        gate=r"burn|fire|torch|bomb|blow",
    ),
    _rule(
        "rope_and_place",
        _C,
        r"\b(?:got|have|has|bought|brought|taken|took|with|carrying) (?:a |the |some |my |his |her )?(?:rope|"
        r"noose|ligature)\b",
        needs=r"\b(?:woods|forest|trees?|loft|attic|garage|beam|banister|stairwell|alone|tonight|goodbye|end it|"
        r"<DESPAIR>|gone out|went out|left the house|not answering|threatened to kill (?:him|her)self)\b",
        unless=r"\b(?:tow|towing|climbing|washing line|boat|tent|camping|swing|tyre|dog|lead|luggage|trailer|"
        r"roof rack|van|load|boxing|skipping|tree surgeon|scouts?)\b",
        gate=r"rope|noose|ligature",
    ),
    _rule(
        "fear_of_return",
        _D,
        r"\b(?:scared|afraid|frightened|terrified|worried|petrified) (?:that )?(?:he|she|they) (?:will|is going "
        r"to|might|could|is gonna) (?:come back|find me|turn up|get me|get in|break in|come round)\b",
        needs=r"\b(?:<ROMANTIC>|husband|partner|attacked|hit|beat|hurt|abus\w*|threat\w*|broke in|broken in)\b",
        msg_unless=r"\b(?:burglar|burglars|thieves|intruder|landlord|bailiffs?|neighbour|neighbours|rats?|mice|"
        r"wasps?|pigeons?|foxes|fox)\b",
        gate=r"come back|find me|turn up|get me|get in|break in|come round",
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


_EMPTY = SafetyResult(flags=(), matched=())


def check(text: str) -> SafetyResult:
    """Scan one resident message for danger signals.

    Deterministic and linear-time in practice: input is capped, patterns are precompiled and bounded.
    Text longer than about 6,000 characters is scanned at its start and end only; use :func:`check_long`
    to scan all of a long text.
    """
    if not text or not text.strip():
        return _EMPTY
    return _scan(_cap(text))


# Telegraphic messages ("car. upside down. in the river.") are also read with their fragments joined up.
_FRAGMENT_WORDS = 2
_MIN_FRAGMENTS = 3
_JOIN_MAX_CHARS = 2000


def _join_fragments(norm: str) -> str:
    """Join sentences where either neighbour is a fragment of at most two words (three sentences or more)."""
    parts = norm.split(" . ")
    if len(parts) < _MIN_FRAGMENTS:
        return norm
    out = [parts[0]]
    for part in parts[1:]:
        if min(len(out[-1].split()), len(part.split())) <= _FRAGMENT_WORDS:
            out[-1] = out[-1] + " " + part
        else:
            out.append(part)
    return " . ".join(out)


def _apply_rules(norm: str, hits: dict[SafetyFlag, list[str]]) -> None:
    """Run every rule over one normalised text, adding the ids of the rules that fire to ``hits``."""
    disclaimed = _DISCLAIMER.search(norm) is not None
    masked = _MASK.sub(" ~ ", norm)
    masked = " " + _RE_SPACES.sub(" ", masked).strip() + " "
    sent_pos = [m.start() for m in _SENT_SEP.finditer(masked)]
    clause_pos = [m.start() for m in _CLAUSE_SEP.finditer(masked)]
    for rule in _RULES:
        found = hits.get(rule.flag)
        if found is not None and rule.rule_id in found:
            continue
        if rule.gate is not None and rule.gate.search(masked) is None:
            continue
        if rule.msg_unless is not None and rule.msg_unless.search(masked):
            continue
        if rule.needs is not None and rule.needs.search(masked) is None:
            continue
        for m in rule.pattern.finditer(masked):
            if _context_allows(rule, masked, m.start(), m.end(), sent_pos, clause_pos, disclaimed):
                hits.setdefault(rule.flag, []).append(rule.rule_id)
                break
    if SafetyFlag.CRISIS in hits and SafetyFlag.EMERGENCY not in hits and _IMMINENT.search(masked):
        hits[SafetyFlag.EMERGENCY] = ["emergency.crisis_imminent"]


def _scan(text: str) -> SafetyResult:
    """Run every rule over one piece of text (no length cap: callers bound the size)."""
    norm = _normalise_all(text)
    if not norm:
        return _EMPTY
    hits: dict[SafetyFlag, list[str]] = {}
    _apply_rules(norm, hits)
    if len(norm) <= _JOIN_MAX_CHARS:
        joined = _join_fragments(norm)
        if joined != norm:
            _apply_rules(joined, hits)
    flags = tuple(flag for flag in _SEVERITY if flag in hits)
    matched = tuple(rule_id for flag in flags for rule_id in hits[flag])
    return SafetyResult(flags=flags, matched=matched)


# Window edges move to the nearest whitespace within this share of the overlap, so no word is cut in two.
_EDGE_SHARE = 4


def _edge_slack(overlap: int) -> int:
    return min(overlap // _EDGE_SHARE, 60)


def check_long(text: str, window: int = 5000, overlap: int = 300) -> SafetyResult:
    """Scan all of a long text in overlapping windows and merge what they find.

    Each window is checked like one message; consecutive windows share ``overlap`` characters, so a danger
    phrase shorter than the overlap is always seen whole by some window. Window edges are nudged to the
    nearest whitespace (by at most a quarter of the overlap) so words are not cut in two. Flags come back in
    severity order and rule ids once each, flag by flag, in the order they were first found. Linear in the
    length of the text. Text no longer than ``window`` is checked exactly as :func:`check` does.
    """
    if window <= 0 or overlap < 0 or overlap >= window:
        raise ValueError("need window > 0 and 0 <= overlap < window")
    if not text or not text.strip():
        return _EMPTY
    if len(text) <= window:
        return _scan(text)
    length = len(text)
    step = window - overlap
    slack = _edge_slack(overlap)
    hits: dict[SafetyFlag, list[str]] = {}
    start = 0
    while start < length:
        end = min(start + window, length)
        lo, hi = start, end
        if lo > 0 and not text[lo - 1].isspace():
            for i in range(lo, min(lo + slack, hi)):
                if text[i].isspace():
                    lo = i + 1
                    break
        if hi < length and not text[hi].isspace():
            for i in range(hi - 1, max(hi - slack, lo) - 1, -1):
                if text[i].isspace():
                    hi = i
                    break
        for rule_id in _scan(text[lo:hi]).matched:
            found = hits.setdefault(SafetyFlag(rule_id.split(".", 1)[0]), [])
            if rule_id not in found:
                found.append(rule_id)
        if end >= length:
            break
        start += step
    flags = tuple(flag for flag in _SEVERITY if flag in hits)
    matched = tuple(rule_id for flag in flags for rule_id in hits[flag])
    return SafetyResult(flags=flags, matched=matched)

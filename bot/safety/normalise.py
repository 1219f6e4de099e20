"""Normalisation: one canonical lower-case form of a message for the rules to read.

Characters are unified (quotes, dashes, zero-width), contractions, text-speak, slang and common misspellings
of the words the rules need are rewritten, and sentence punctuation and commas become the tokens "." and ",".
"""

from __future__ import annotations

import re
import unicodedata

from bot.safety.confusables import fold_confusables

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


def cap(text: str) -> str:
    """Keep the head and the tail of very long input so matching cost stays bounded."""
    if len(text) <= _HEAD_CHARS + _TAIL_CHARS:
        return text
    return text[:_HEAD_CHARS] + "\n" + text[-_TAIL_CHARS:]


def _map_token(match: re.Match[str]) -> str:
    token = match.group(0)
    return _TOKEN_MAP.get(token, token)


def normalise(text: str) -> str:
    """Lower-case, unify punctuation, expand contractions and slang (long input is capped, see :func:`cap`).

    Sentence punctuation becomes the token "." and commas the token "," so that multi-word rules never match
    across them and past/present markers can be scoped to a clause.
    """
    return normalise_all(cap(text))


def normalise_all(text: str) -> str:
    """:func:`normalise` without the length cap."""
    text = fold_confusables(unicodedata.normalize("NFKC", text)).translate(_CHAR_MAP).lower()
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

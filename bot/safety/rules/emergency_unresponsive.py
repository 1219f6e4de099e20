"""Emergency: someone not breathing, unconscious, collapsed, not moving or dead."""

from __future__ import annotations

from bot.safety.flags import SafetyFlag
from bot.safety.patterns import CARE_CONTEXT
from bot.safety.rule import Rule, rule

RULES: tuple[Rule, ...] = (
    # Breathing and colour
    rule(
        "not_breathing",
        SafetyFlag.EMERGENCY,
        r"\b(?:not|no longer|stopped|stop|barely|hardly|struggling to|struggles to|unable to|cannot|"
        r"could not|can barely|can hardly|fighting for|gasping for|trouble|difficulty|is not|are not|"
        r"does not seem to be|do not think (?:he|she|they|it) is|not sure (?:if|whether) (?:he|she|they|"
        r"it) is|can't) breath(?:e|ing)?\b(?! of (?:fresh )?air)",
        negatable=False,
        gate=r"breath",
        examples=(
            "my dad has collapsed and he's not breathing",
            "my mate's ODd on heroin, he's blue and barely breathing",
        ),
        near_misses=(
            "he is breathing and talking, just a small cut on his hand",
            "I can't breathe for the smell from the bins, when are they being collected",
        ),
    ),
    rule(
        "turning_blue",
        SafetyFlag.EMERGENCY,
        r"\b(?:turning|turned|gone|going|went) (?:blue|grey) (?:in the face|and|around the lips)|"
        r"\blips (?:are |have )?(?:turning |turned |gone |going )?blue\b|\b<PERSON_SG> (?:is|looks|has gone|"
        r"went|is going|is turning|turned|has turned) (?:all |very |really )?(?:blue|grey|floppy|limp)\b|"
        r"\b(?:gone|going|turned|turning|went) (?:a )?(?:funny|strange|weird|horrible|awful|odd|purple|dusky) "
        r"(?:colour|color|shade)\b(?! (?:with|from|after) (?:the |his |her |their |a )?(?:fake tan|tan|paint|dye|"
        r"sunbed|spray))",
        gate=r"blue|grey|floppy|limp|colour|color|shade",
        examples=(
            "his lips are turning blue and he's making a funny noise",
            "my husband's gone a funny colour and isn't making sense",
        ),
        near_misses=(
            "I wanna die my hair blue lol, anyway where's the tip",
            "my sister's gone a funny colour from the fake tan",
        ),
    ),
    # Unconscious, will not wake, not responding
    rule(
        "unconscious",
        SafetyFlag.EMERGENCY,
        r"\b(?:unconscious|unresponsive(?! to (?:my |our |the |any |me )?(?:emails?|letters?|calls?|messages?|texts?|"
        r"complaints?|requests?|treatment|medication|antibiotics))|lost consciousness|losing consciousness|not conscious|"
        r"in and out of consciousness|out cold|knocked (?:him|her|them|someone|somebody|me) out|(?:been|got|"
        r"was|is|being) knocked out)\b",
        gate=r"unconscious|unresponsive|consciousness|conscious|out cold|knocked",
        examples=(
            "car crash on the A40, two people trapped and one is unconscious",
            "my son's been knocked out in a fight outside the pub",
        ),
        near_misses=(
            "she's not unconscious, just a bit dizzy",
            "the council have been unresponsive to my emails for weeks",
        ),
    ),
    rule(
        "wont_wake",
        SafetyFlag.EMERGENCY,
        r"\b(?:will not|cannot|could not|does not|do not|is not|not) (?:wake (?:up|him up|her up|them up)|"
        r"waking up|come round|coming round)\b|\bcannot wake (?:him|her|them|my \w+|the baby)\b",
        negatable=False,
        unless=r"\b(?:laptop|computer|phone|screen|pc|tablet|ipad|device|alarm|kindle|tv|telly|hibernat\w*|"
        r"sleep mode|early|shifts?)\b",
        gate=r"wake|waking|come round|coming round",
        examples=(
            "my husband is lying on the floor and won't wake up",
            "my grandad fell down the stairs and he's not waking up",
        ),
        near_misses=("my laptop won't wake up so I can't fill in the form",),
    ),
    rule(
        "not_responding",
        SafetyFlag.EMERGENCY,
        r"\b<PERSON_SG> (?:is |are |was |has been |seems |keeps )?(?:not responding|unresponsive|"
        r"not reacting|not answering me)\b(?! to (?:my |our |the |any |me )?(?:emails?|letters?|calls?|"
        r"messages?|texts?|complaints?|requests?|enquir\w+|reports?))",
        negatable=False,
        gate=r"respon|reacting|answering",
        examples=(
            "my grandad is unresponsive",
            "my neighbour is not responding and she's on the floor",
        ),
        near_misses=("my landlord is not responding to my emails about the damp",),
    ),
    rule(
        "no_response",
        SafetyFlag.EMERGENCY,
        r"\b(?:cannot|can not|could not|not|no) (?:get|getting|got)? ?(?:any |a )?(?:response|reaction|answer|"
        r"sense|word) (?:from|out of) (?:him|her|them)\b|\bno response from (?:him|her|them)\b",
        needs=r"\b(?:floor|collapsed|lying|bed|bathroom|toilet|fallen|fell|unconscious|breathing|cold|blue|"
        r"grey|pale|pills|tablets|overdose|drunk|drinking|slumped|chair|sofa|head|bleeding|car|garden)\b",
        msg_unless=r"\b(?:council|landlord|agent|company|office|email|emails|letters?|phone calls?|messages?|"
        r"texts?|complaint|department|team|gp|surgery)\b",
        gate=r"response|reaction|answer|sense|word",
        examples=("my dad is lying on the kitchen floor and I can't get any response from him",),
        near_misses=("I've left messages but I can't get any response from her about the bins",),
    ),
    rule(
        "down_after_incident",
        SafetyFlag.EMERGENCY,
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
        examples=(
            "my dad's blood sugar has crashed and he's not making sense",
            "he fell down the stairs and now he is not moving",
        ),
        near_misses=("there's been a crash on the bypass and the traffic is still not moving",),
    ),
    # Collapsed, fainting, lying still
    rule(
        "collapsed",
        SafetyFlag.EMERGENCY,
        r"\b<PERSON> (?:(?:has|have|had|is|just|suddenly|was|were|now|seems to have|"
        r"has just) ){0,3}(?:collapsed(?! (?:shed|tent|fence|wall|roof|garage|gazebo|ceiling|building|bridge|lung|"
        r"greenhouse|carport|trench|sofa|bed)\b)|passed out(?! of (?:the )?(?:army|navy|raf|police|academy|college|"
        r"training|sandhurst|hendon|school))|keeled over|blacked out)\b|"
        r"\bfound (?:\w+ ){0,3}(?:collapsed|unconscious|lying (?:on|in) the)\b|\bcollapsed (?:in|"
        r"on) (?:the )?(?:street|floor|ground|pavement|kitchen|bathroom|toilet|stairs|shop|pub|bus|train|"
        r"platform)\b",
        past=True,
        gate=r"collaps|passed out|keeled|blacked out|found",
        examples=(
            "there's an old man collapsed in the street outside Boots",
            "my neighbour has collapsed in her kitchen",
        ),
        near_misses=(
            "there was a man collapsed outside the pub last week and the ambulance took ages",
            "my dad passed out of the army in 1970, can he get a veterans bus pass",
        ),
    ),
    rule(
        "collapsed_loose",
        SafetyFlag.EMERGENCY,
        r"\b(?:collapsed|passed out|keeled over|blacked out|fainted|slumped)\b(?! (?:lung|tent|gazebo|table|"
        r"chair|building|wall|roof|ceiling|bridge|fence|road|pavement|trench|drain|sewer|pipe|box|of)\b)",
        past=True,
        needs=r"\b(?:<REL>|he|she|someone|somebody|gentleman|lady|him|her)\b",
        msg_unless=r"\b(?:tent|gazebo|wall|walls|roof|ceiling|bridge|fence|road|pavement|trench|drain|sewer|"
        r"pipe|shed|building|scaffold\\w*|stairs|market|business|company|deal|talks|economy|prices?|sofa bed|"
        r"chair|umbrella|cardboard|boxes|bins?|laughing|laughter|drunk (?:at|last)|parade|fainted at the sight|"
        r"cat|cats|dog|dogs|puppy|kitten|pet|horse|pony|rabbit|hamster|budgie|vet|vets|plant|plants|hedge|"
        r"soufflé|souffle|cake)"
        r"\b|" + CARE_CONTEXT,
        gate=r"collapsed|passed out|keeled|blacked out|fainted|slumped",
        examples=(
            "there's an old man collapsed in the street outside Boots",
            "my mum fainted in the shower and hit her head",
        ),
        near_misses=(
            "my cat has collapsed, is there an emergency vet",
            "the old shed at the allotment has collapsed",
        ),
    ),
    rule(
        "passing_out",
        SafetyFlag.EMERGENCY,
        r"\b(?:keeps|keep|kept|is|are|been|started|has been|have been|keeps on|constantly) (?:passing out|"
        r"blacking out|fainting|collapsing|losing consciousness|going unconscious|drifting in and out|"
        r"drifting off and (?:will not|cannot) (?:stay|keep) awake)\b|\b(?:passed out|fainted|collapsed) "
        r"(?:\w+ ){0,3}?(?:again|twice|three times|and (?:hit|banged|cracked) (?:his|her|their|my) head)\b",
        msg_unless=r"\b(?:gp|appointment|referral|for (?:weeks|months|years)|lately|recently|last (?:week|"
        r"month|year)|parade|drunk at|laughing|giggl\w*|tired|bored)\b",
        gate=r"passing out|passed out|blacking out|faint|collaps|consciousness|unconscious|drifting",
        examples=("my wife keeps passing out and she's really pale",),
        near_misses=("my daughter keeps fainting at school, can I get a GP appointment",),
    ),
    rule(
        "not_moving",
        SafetyFlag.EMERGENCY,
        r"\b<PERSON> (?:is |are |was |has |have )?(?:not moving|stopped moving|lying (?:still|motionless|"
        r"lifeless)|lifeless|motionless)\b(?! (?:their|his|her|the|it|out|on|away|house|home|cars?)\b)|"
        r"\b(?:lying|laying) (?:in|on) the (?:road|street|floor|ground|pavement) (?:and )?(?:not moving|"
        r"unconscious|bleeding|motionless|injured)\b",
        gate=r"moving|lying|laying|lifeless|motionless",
        examples=(
            "my flatmate has fallen off the balcony, third floor, she's not moving",
            "a motorbike has gone into the side of a car at the roundabout and the rider isn't moving",
        ),
        near_misses=("my neighbour is not moving house after all, so the skip can go",),
    ),
    rule(
        "face_down",
        SafetyFlag.EMERGENCY,
        r"\b<PERSON> (?:is |was |has been )?(?:lying|laying|lay|collapsed|slumped|fallen) face down\b|\bface down (?:on|"
        r"in) (?:the )?(?:pavement|road|floor|ground|street|grass|path|kitchen|bathroom|carpet|snow|mud)\b",
        past=True,
        unless=r"\bi (?:fell|tripped|slipped|went|landed)\b|\b(?:park ?run|who maintains|path|trip)\b",
        gate=r"face down",
        examples=("person lying face down in the car park, not moving",),
        near_misses=("I tripped and went face down on the path at parkrun, who maintains it",),
    ),
    rule(
        "signs_of_collapse",
        SafetyFlag.EMERGENCY,
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
        examples=(
            "my wife is shaking all over and her eyes keep rolling",
            "I'm doing CPR on my dad, please help",
        ),
        near_misses=(
            "we'd like CPR training for the football club",
            "my teenager's eyes keep rolling at everything I say",
        ),
    ),
    # Found dead or dying
    rule(
        "dead_body",
        SafetyFlag.EMERGENCY,
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
        examples=(
            "my neighbour is dead i think, he's not answered the door for a week",
            "there's a body floating in the canal",
        ),
        near_misses=(
            "the heating's dead in my council flat again",
            "there's a dead fox on the pavement outside my house",
        ),
    ),
)

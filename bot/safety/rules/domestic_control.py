"""Domestic abuse: coercive control, money, phones and tracking, harassment, image abuse, forced marriage, leaving."""

from __future__ import annotations

from bot.safety.flags import SafetyFlag
from bot.safety.rule import Rule, rule

RULES: tuple[Rule, ...] = (
    # Coercive and controlling behaviour
    rule(
        "partner_control",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=(
            "my partner checks my phone and won't let me see my family",
            "my son takes all my pension and won't let me leave the house",
        ),
        near_misses=("my partner locked me out by accident, who does emergency locksmith",),
    ),
    rule(
        "partner_control_broad",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b<PARTNER_NP> (?:(?:[a-z']+) ){0,3}?(?:will not|does not|never|refuses to|would not) (?:let|lets|"
        r"allow|allows) (?:me|her) (?:to )?(?:have|use|talk|speak|go|see|wear|eat|sleep|drive|work|leave)\b",
        gate=r"let|allow",
        examples=(
            "my husband will not let me wear make up",
            "my boyfriend never lets me eat with the family",
        ),
        near_misses=("my landlord won't let me have a dog in the flat",),
    ),
    rule(
        "not_allowed",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b(?:i am|she is|i was|she was|i have never been|i have not been) not allowed (?:to )?(?:go out|"
        r"leave|see (?:my|her) (?:friends|family|mum|mother|dad|sister)|have (?:my|her) own|use (?:my|her|the) "
        r"phone|speak to|talk to|work|go anywhere|out|have (?:any )?money|touch (?:the|our) money|drive|"
        r"wear)\b|\bis (?:it|this|that) (?:\w+ )?(?:abuse|abusive|coercive|controlling)\b(?: if| when| that)?|"
        r"\b(?:my|his|her) (?:partner|husband|wife|boyfriend|girlfriend) (?:is |has been )?(?:emotionally|"
        r"financially|psychologically|physically|sexually|verbally) abus\w+\b",
        needs=r"\b(?:<ROMANTIC>|he|she|him|his)\b",
        msg_unless=r"\b(?:landlord|council|school|teacher|parents?|mum|dad|i am (?:[5-9]|1[0-7]))\b",
        gate=r"allowed|abus|coercive|controlling",
        examples=(
            "Is it abuse if my partner constantly belittles me and tracks where I am on his phone?",
            "I'm not allowed to see my friends, he checks where I go",
        ),
        near_misses=("is this abuse? my landlord keeps coming in without notice",),
    ),
    rule(
        "emotional_abuse",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=("my boyfriend calls me useless and stupid all the time and cuts me off from my friends",),
        near_misses=("my boss calls me useless in front of everyone",),
    ),
    rule(
        "jealous_partner",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b(?:<PARTNER_NP>|he|she) (?:[a-z']+ ){0,3}?(?:is |gets |can be |has been |was |becomes )?(?:very |"
        r"so |really |extremely |insanely |obsessively )?(?:jealous|possessive)\b",
        needs=r"\b(?:frightened|scared|afraid|terrified|angry|rage|violent|will not let|does not let|checks|"
        r"accuses|accused|controls|controlling|follows|hits|hit|threat\w*|shouts|screams|smash\w*|punch\w*)\b",
        gate=r"jealous|possessive",
        examples=("my boyfriend gets really jealous and accuses me of cheating if I talk to anyone",),
        near_misses=("my husband is a bit jealous of my new car",),
    ),
    rule(
        "coercive_control_more",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=(
            "my husband decides what I wear and who I'm allowed to talk to",
            "my girlfriend bites me and pulls my hair when she's angry",
        ),
        near_misses=("my toddler pulls my hair when I pick her up",),
    ),
    # Money, phones and tracking
    rule(
        "financial_abuse",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=(
            "my partner won't give me any money and I have to beg for food",
            "my grandson steals my pension and shoves me when I say no",
        ),
        near_misses=("my bank won't give me access to my account and I have to ask the branch",),
    ),
    rule(
        "checks_phone",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b<PARTNER_NP> (?:(?:[a-z']+) ){0,3}?(?:goes|going|went|looks|looking|looked|reads|reading|read|"
        r"checks|checking|checked|scrolls) (?:through )?(?:my|her) (?:phone|messages|texts|emails|whatsapp|"
        r"facebook|instagram|bank|social media)\b(?=[^.]{0,100}\b(?:will not let|does not let|never lets|"
        r"not allowed|controls|control\w*|scared|afraid|accus\w+|jealous|rages|angry|shouts|hits|threat\w*|"
        r"tracks|everywhere i go|every day|all the time|constantly)\b)",
        gate=r"through|reads|reading|read|checks|checking|checked|scrolls",
        examples=("my partner checks my phone and won't let me see my family",),
        near_misses=("my husband checks my phone for me because I'm rubbish with technology",),
    ),
    rule(
        "cut_off_contact",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=(
            "he smashed my phone so I can't call anyone",
            "my ex has put a tracker on my car",
        ),
        near_misses=("my son put a tracker on his car in case it gets stolen",),
    ),
    # Harassment and stalking
    rule(
        "partner_harassment",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b<POSS> (?:[a-z']+ )?<ROMANTIC> (?:(?:[a-z']+) ){0,3}?(?:keeps|will not stop|won't stop|is|"
        r"has been|keeps on|kept|constantly|always) (?:turning up|following|stalking|harassing|ringing|"
        r"calling|texting|messaging|contacting|watching|sitting outside|hanging around|waiting outside|"
        r"threatening(?! to (?:leave|go|move out|divorce|sell|cancel|report|complain|call the council|sue|take (?:me|"
        r"us|her|him) to court|go to court|call the police on|stop (?:paying|the)|change the locks)))\b(?! (?:the|"
        r"my|our|your|his|her|their|[a-z]+'s) (?:[a-z']+ )?(?:advice|rules|guidance|instructions|"
        r"recipe|news|footsteps|procedure|diet|plan|lead|process|team|football|match|game|show|series)\b)",
        gate=r"keep|stop|is |has been|kept|constantly|always",
        examples=(
            "my ex won't stop texting me",
            "my ex keeps turning up at my house and threatening me",
        ),
        near_misses=("my ex keeps following the council's advice on recycling",),
    ),
    rule(
        "harassment_by_ex",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=("my ex won't leave me alone, he's outside my house every night",),
        near_misses=("the lads from the estate won't leave me alone",),
    ),
    rule(
        "threatening_messages",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=(
            "my ex keeps sending me threatening messages and says he knows where I live",
            "he forced his way in even though there's a court order and hit me",
        ),
        near_misses=("I keep getting threatening letters from the council about my council tax",),
    ),
    # Image abuse
    rule(
        "image_abuse",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b(?:threaten\w*|says? (?:he|she) will|going to|will) (?:to )?(?:post|share|send|leak|publish|upload|"
        r"put|show|spread) (?:my|her|our|the|some|them|those) (?:\w+ ){0,2}?(?:nudes|intimate|private|naked|"
        r"sexual|sex|explicit) ?(?:\w+ )?(?:pictures|photos|pics|images|videos|tape|online|everywhere)?\b|"
        r"\b(?:revenge porn|sextortion)\b|\bthreaten\w* (?:to )?(?:\w+ ){1,6}?if (?:i|she) (?:ever )?(?:leave|"
        r"leaves|left|go|goes|tell|tells|report|reports|call|end it|break up|split up)\b",
        gate=r"threaten|will|going to|porn|sextortion",
        examples=("my boyfriend has threatened to post my nudes if I leave him",),
        near_misses=("my friend is going to post the photos of the party online",),
    ),
    rule(
        "sextortion",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=(
            "he says if I leave he'll share my pictures with my family",
            "my boyfriend has threatened to post my nudes if I leave him",
        ),
        near_misses=("can you post the bin collection dates online if I send you my postcode",),
    ),
    # Forced marriage
    rule(
        "forced_marriage",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b(?:forcing|forced|force|forces|making|made|make|makes|pressuring|pressured|pressure|pressures) "
        r"(?:me|her|him|my (?:sister|daughter|son|brother|cousin|niece|friend)) (?:to |into )?(?:marry|get "
        r"married|marriage|marrying|an arranged marriage|a marriage)\b|\b(?:taking|taken|sending|sent|take|"
        r"send|takes|sends) (?:me|her|him) (?:abroad|back home|away|overseas|to \w+) (?:to (?:get )?"
        r"(?:married|marry)|for (?:a |an |my |her |his )?(?:marriage|wedding|arranged marriage))\b|\b(?:being|"
        r"been|getting|am|is) (?:forced|pressured|made|pushed|coerced) (?:to |into )(?:marry|get married|(?:a |"
        r"an )?(?:arranged )?marriage|marrying)\b",
        gate=r"marr|wedding",
        examples=(
            "my family are forcing me to marry a man I've never met",
            "I'm being forced into a marriage",
        ),
        near_misses=("my sister is getting married abroad next summer",),
    ),
    # Abuse named, fleeing, unable to leave
    rule(
        "domestic_abuse_stated",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=(
            "I'm fleeing domestic violence and need housing",
            "there's a domestic going on next door, lots of screaming",
        ),
        near_misses=("domestic waste collection missed",),
    ),
    rule(
        "fled_abuser",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b(?:fled|flee|fleeing|escaped|escaping|run away from|ran away from|running away from|got away "
        r"from|hiding from) (?:my |an |a |our |her |his )?(?:abusive |violent |controlling )?(?:husband|"
        r"partner|boyfriend|wife|girlfriend|ex|ex partner|ex husband|ex boyfriend|abuser|family|dad|father|"
        r"stepdad|him)\b",
        gate=r"fled|flee|escap|run away|ran away|running away|got away|hiding",
        examples=("I've fled my husband and need somewhere safe to stay",),
        near_misses=("my cat ran away from home last week",),
    ),
    rule(
        "fear_of_leaving",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=("i'm too scared to leave him",),
        near_misses=("I'm scared to leave the house since the burglary",),
    ),
    rule(
        "cannot_leave_abuser",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b(?:cannot|can not|could not|unable to) (?:leave|get out|get away)\b",
        needs=r"\b(?:bruises|bruised|hits me|hit me|beats me|beat me|violent|abus\w*|drunk again|hurts me|"
        r"hurt me|scared of him|afraid of him|threat\w*|controls me)\b",
        msg_unless=r"\b(?:house|flat|bed|hospital|work|job|the country|the area|area|town|contract|tenancy|"
        r"lease|car park|estate|disabled|wheelchair|stairs|lift)\b",
        gate=r"leave|get out|get away",
        examples=("he hits me when he's drunk but I can't leave, I've got nowhere to go",),
        near_misses=("my ex is threatening to sue me and I can't get out of the tenancy",),
    ),
)

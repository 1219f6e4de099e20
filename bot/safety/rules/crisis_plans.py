"""Crisis: means to hand, overdose, methods and places, farewells, self-harm."""

from __future__ import annotations

from bot.safety.flags import SafetyFlag
from bot.safety.rule import Rule, rule

RULES: tuple[Rule, ...] = (
    # Means to hand
    rule(
        "means_at_hand",
        SafetyFlag.CRISIS,
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
        examples=(
            "I've got all my tablets laid out in front of me",
            "I've bought a rope and I keep thinking about using it",
        ),
        near_misses=("I have my tablets next to me but forgot what time to take them",),
    ),
    rule(
        "sitting_with_means",
        SafetyFlag.CRISIS,
        r"\b(?:sat|sitting|lying|laying|stood|standing|waiting) (?:here |there |alone |in (?:my|the|his|her) "
        r"(?:room|bathroom|car|bedroom|garage|kitchen) )?with (?:a |the |my |his |her |some )?(?:razor|razors|"
        r"razor blades?|blades?|knife|rope|noose|gun|shotgun|belt|ligature|<PILLS_QTY>)\b(?! and fork)",
        gate=r"sat|sitting|lying|laying|stood|standing|waiting",
        examples=("I'm sitting in my room with a razor blade",),
        near_misses=("I'm sat here with a cup of tea wondering when the bin men come",),
    ),
    rule(
        "alone_with_means",
        SafetyFlag.CRISIS,
        r"\bwith (?:all|a load|loads|enough|a bag|a bottle|boxes) (?:of )?(?:my |the |his |her )?<PILLS>\b|\b(?:sat|"
        r"sitting|lying|laying|stood|standing|waiting) (?:[a-z']+ ){0,6}?with (?:a |the |my |his |her |some )?"
        r"(?:razor|razors|razor blades?|blades?|knife|rope|noose|gun|shotgun|belt|ligature)\b",
        needs=r"\b(?:<DESPAIR>|nobody knows|no one knows|hotel|alone|lost everything|for an hour|for hours|"
        r"rough time|had enough|cannot|crying|goodbye|sorry|tonight)\b",
        gate=r"with",
        examples=("I'm in a hotel room with all my tablets and nobody knows where I am",),
        near_misses=("I'm off on holiday with a bag of my tablets, can I take them on the plane",),
    ),
    rule(
        "pills_saved",
        SafetyFlag.CRISIS,
        r"\b(?:enough|all (?:my|the|of my|these|those)|my|the|some|loads of|a stash of|a load of) (?:\w+ )?"
        r"<PILLS> (?:\w+ ){0,2}?(?:saved|stockpiled|stashed|hidden|hoarded|collected|put aside|set aside|"
        r"kept back|squirrelled)(?: up| away)?\b|\benough <PILLS> to (?:do it|kill|end|die|overdose|finish|not "
        r"wake up)\b|\b(?:enough|all) (?:\w+ )?(?:to do it|to end it|to finish it)\b(?=[^~]{0,80}\b(?:pills|"
        r"tablets|rope|tonight|die|dead|end))",
        gate=r"saved|stockpiled|stashed|hidden|hoarded|collected|aside|kept back|squirrel|enough|all",
        examples=("I have enough pills saved up to do it",),
        near_misses=("I have enough tablets to last the holiday",),
    ),
    rule(
        "method_ready",
        SafetyFlag.CRISIS,
        r"\b(?:rope|noose|ligature|belt|cord|cable) (?:is |are )?(?:\w+ ){0,2}?(?:ready|sorted|set up|tied|"
        r"prepared|up in the loft|round the banister|over the beam)\b|\b(?:got|have|has) (?:the |a |my )?"
        r"(?:rope|noose|ligature) (?:\w+ )?(?:ready|sorted|set up|tied|prepared)\b",
        unless=r"\b(?:tow|towing|climbing|washing line|boat|tent|camping|swing|tyre|dog|lead|luggage|trailer|"
        r"roof rack|van|load|boxing|skipping)\b",
        gate=r"rope|noose|ligature|belt|cord|cable",
        examples=("i've got the rope ready",),
        near_misses=("I've got the tow rope ready for the car",),
    ),
    rule(
        "rope_and_place",
        SafetyFlag.CRISIS,
        r"\b(?:got|have|has|bought|brought|taken|took|with|carrying) (?:a |the |some |my |his |her )?(?:rope|"
        r"noose|ligature)\b",
        needs=r"\b(?:woods|forest|trees?|loft|attic|garage|beam|banister|stairwell|alone|tonight|goodbye|end it|"
        r"<DESPAIR>|gone out|went out|left the house|not answering|threatened to kill (?:him|her)self)\b",
        unless=r"\b(?:tow|towing|climbing|washing line|boat|tent|camping|swing|tyre|dog|lead|luggage|trailer|"
        r"roof rack|van|load|boxing|skipping|tree surgeon|scouts?)\b",
        gate=r"rope|noose|ligature",
        examples=("I've brought a rope with me to the woods",),
        near_misses=("we took a rope to the woods to make a swing for the kids",),
    ),
    rule(
        "locked_in_with_means",
        SafetyFlag.CRISIS,
        r"\blocked (?:him|her|my|them)sel(?:f|ves) in (?:the |his |her |my |their )?(?:bathroom|bedroom|"
        r"room|toilet|car|garage|shed|loft)\b",
        needs=r"\b(?:razors?|knife|knives|blades?|pills|tablets|rope|die|dying|kill|suicid\w*|end it|"
        r"overdose|hurt (?:him|her|my|them)sel\w+|harm|cutting|not answering|not responding|goodbye)\b",
        gate=r"locked",
        examples=("my brother says he wants to die and he's locked himself in the bathroom with a razor",),
        near_misses=("my toddler has locked himself in the bathroom, how do I open the door",),
    ),
    # Overdose
    rule(
        "overdose_intent",
        SafetyFlag.CRISIS,
        r"\b(?:i|i have|i have just|i just|just|ive) (?:taken|took|had|done) (?:an |a )?overdose\b|"
        r"\bi (?:have )?(?:just )?overdosed\b|\b(?:want|wanting|going|planning|plan|thinking|think|tempted|"
        r"considering|thought|thoughts|urge) (?:to |of |about )?(?:take |taking |taken |do |doing )?(?:an |"
        r"a )?overdos\w*\b|\b(?:pills|tablets|overdose|paracetamol|them) on purpose\b|\bon purpose (?:took|"
        r"taken|overdosed)\b|\b(?:i|i have|i have just|i just) (?:taken|took|swallowed|had) <PILLS_QTY>\b|"
        r"\b(?:stockpiling|stockpiled|saving up|saved up|saving|collecting|hoarding|stashing|hiding) (?:my |some |all my |his "
        r"|her |their |all (?:his|her|their) |"
        r"all of my )?<PILLS>\b",
        gate=r"stash|hiding|overdos|on purpose|taken|took|swallowed|had|stockpil|saving|saved|collecting|hoarding",
        examples=(
            "I've taken 30 paracetamol on purpose",
            "I've been saving up my tablets for weeks and I'm going to take them all tonight",
        ),
        near_misses=("I accidentally took my evening tablets twice, I feel fine, should I ask someone",),
    ),
    rule(
        "pills_intent",
        SafetyFlag.CRISIS,
        r"\b(?:going to|gonna|want to|wants to|wanted to|wanting to|threatening to|threatened to|"
        r"threatens to|planning to|plans to|plan to|about to|thinking about|thinking of|tempted to|urge to|"
        r"urges to|says (?:he|she|they) will|said (?:he|she|they) would|says (?:he|she|they) is going to) "
        r"(?:just )?(?:take|taking|swallow|swallowing|neck|necking|down|downing|have) <PILLS_QTY>\b",
        unless=r"\b(?:holiday|chemist|pharmacy|pharmacist|back to|with me|on time|as prescribed|correctly|"
        r"properly|every day|each day|morning|evening|with food|once|twice|dosette|blister|return|"
        r"dispose|disposal|recycl\w*|bin)\b",
        gate=r"take|taking|swallow|neck|down|have",
        examples=(
            "I'm going to take every tablet in the house",
            "my dad keeps saying he's had enough and he's going to take all his pills",
        ),
        near_misses=("I'm going to take all my tablets back to the chemist to dispose of",),
    ),
    rule(
        "self_overdose",
        SafetyFlag.CRISIS,
        r"\b(?:taken|took|swallowed|necked|downed|had|done) <PILLS_QTY>\b|\b(?:taken|took|had|done) (?:an |a )?"
        r"overdose\b",
        needs=r"\bi\b|\bmy ?self\b",
        msg_unless=r"\b(?:accident\w*|by mistake|mistakenly|twice|double dose|extra dose|forgot|wrong dose|"
        r"on purpose(?! to)|last (?:year|month)|years ago)\b|\b(?:my|his|her) (?:friend|mate|son|daughter|"
        r"brother|sister|mum|dad|partner|husband|wife|boyfriend|girlfriend|flatmate)\b",
        gate=r"taken|took|swallowed|necked|downed|had|done",
        examples=(
            "I've taken an overdose",
            "I drank a bottle of vodka and took a load of pills",
        ),
        near_misses=("my mate has taken an overdose",),
    ),
    # Methods and places
    rule(
        "method",
        SafetyFlag.CRISIS,
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
        examples=(
            "I want to hang myself",
            "I've written goodbye letters to my children and I'm ready to go",
        ),
        near_misses=("I'm going to jump in the shower then ring you back",),
    ),
    rule(
        "method_place",
        SafetyFlag.CRISIS,
        r"\b(?:want|wanting|going|thinking|think|tempted|urge|about|planning|wanna|thought|thoughts|plan) "
        r"(?:to |of |about )?(?:jump|jumping|throw my ?self|throwing my ?self|step|stepping|walk|walking|"
        r"leap|leaping) (?:off|from|in front of|under|into) (?:a |the )?(?:[a-z']+ ){0,3}?(?:bridge|building|"
        r"roof|cliff|cliffs|car park|multi storey|balcony|tower|motorway|train|bus|lorry|car|traffic|river|"
        r"sea|canal|viaduct|flyover|quarry|reservoir|tracks|railway)\b",
        gate=r"jump|throw|step|walk|leap",
        examples=(
            "i keep thinking about stepping in front of a train",
            "my son says he's going to jump off the bridge",
        ),
        near_misses=("my son is going to jump on the trampoline all day",),
    ),
    rule(
        "method_vehicle",
        SafetyFlag.CRISIS,
        r"\b(?:going to|want to|wants to|thinking (?:about|of)|tempted to|planning to|about to|might|will|"
        r"could|urge to) (?:just )?(?:drive|crash|driving|crashing|steer|steering|swerve|swerving|plough|"
        r"ploughing) (?:my |his |her |the )?(?:car |van |motorbike )?(?:into|off|in front of|under) (?:a |an "
        r"|the )?(?:wall|tree|bridge|lorry|river|sea|cliff|oncoming traffic|traffic|motorway|bus|train|"
        r"quarry|canal|lamp post|pillar|reservoir)\b",
        gate=r"drive|crash|driving|steer|swerv|plough",
        examples=("I'm going to drive my car into a wall",),
        near_misses=("I'm going to drive into town to pay my council tax",),
    ),
    rule(
        "car_fumes",
        SafetyFlag.CRISIS,
        r"\b(?:garage|shed|closed room|locked room|lock up)\b(?:[a-z ,']{0,60}?)\bengine (?:is |still )?"
        r"(?:running|on)\b|\bengine (?:is |still )?(?:running|on)\b(?:[a-z ,']{0,60}?)\b(?:garage|shut "
        r"in|door (?:shut|closed|down))\b|\b(?:hose|hosepipe|pipe|tube) (?:\w+ ){0,3}?(?:from|to|into|through|"
        r"on) the exhaust\b|\bexhaust (?:pipe )?(?:into|through) the (?:car|window|van)\b|\b(?:charcoal|"
        r"disposable bbq|disposable barbecue) (?:\w+ ){0,3}?(?:in|inside) (?:my|the|a) (?:room|bedroom|car|"
        r"flat|bathroom)\b",
        unless=r"\b(?:mechanic|garage (?:said|quoted|charged|fixed|booked)|service|mot|repair|warming up|"
        r"defrost\w*|idling|idle|taxi|fumes from next door|neighbour\w*)\b",
        gate=r"engine|exhaust|charcoal|disposable",
        examples=(
            "I'm sat in the car in the garage with the engine running",
            "I've run a hose from the exhaust into the car",
        ),
        near_misses=(
            "my neighbour leaves his engine running in the garage every morning to defrost the car",
        ),
    ),
    rule(
        "researching_method",
        SafetyFlag.CRISIS,
        r"\bhow (?:many|much) (?:[a-z']+ ){0,6}?(?:would|will|to|can|could) (?:kill|die|end|overdose|od)\b|\b(?:lethal|fatal|deadly) (?:dose|amount)\b|\b(?:painless|"
        r"quick|quickest|easiest|best|surest|least painful) ways? to (?:die|kill my ?self|end it|go|end my "
        r"life)\b|\bhow to (?:kill|hang|drown|poison|overdose|end) (?:my ?self|it all|my life)\b|\b(?:researching|"
        r"researched|looked up|looking up|googled|googling|searching|searched) (?:how to (?:die|end it|kill)|"
        r"ways to die|suicide|methods of|overdos\w*|how (?:many|much) (?:\w+ ){0,3}?(?:to|would|will) "
        r"(?:kill|die))\b",
        unless=r"\b(?:rats?|mice|mouse|weeds?|wasps?|slugs?|moles?|pests?|insects?|bugs?|fleas?|ants?|"
        r"knotweed|moss|dog|cat|pet|plant|fish)\b",
        gate=r"how|lethal|fatal|deadly|way",
        examples=(
            "how many paracetamol would it take to kill me",
            "I've been looking up ways to die",
        ),
        near_misses=("how many slug pellets would it take to kill the slugs",),
    ),
    rule(
        "at_the_edge",
        SafetyFlag.CRISIS,
        r"\bi am (?:\w+ )?(?:on|at|by|near|standing on|stood on|sitting on|sat on|lying on|laying on) (?:the |a )?"
        r"(?:railway line|railway tracks|train tracks|tracks|level crossing|edge of (?:the |a )?(?:cliff|"
        r"bridge|roof|building|platform|car park)|cliff edge|ledge|parapet|wrong side of (?:the |a )?\w+)\b|"
        r"\bi am (?:standing|stood|sitting|sat) on (?:the |a )?(?:bridge|roof|cliff|multi storey|top of (?:the "
        r"|a )?\w+)(?= (?:[.,~]|now|right now|again|$))",
        gate=r"railway|tracks|crossing|edge|ledge|parapet|wrong side|bridge|roof|cliff|multi storey|top of",
        examples=("I'm on the train tracks",),
        near_misses=("I'm standing on the bridge waiting for my lift",),
    ),
    rule(
        "at_the_brink",
        SafetyFlag.CRISIS,
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
        examples=(
            "thinking about just walking into the sea and not coming back",
            "sitting on the edge of the multi storey looking over the edge",
        ),
        near_misses=("we're standing at the top of the cliff taking photos of the sunset",),
    ),
    rule(
        "threatening_suicide",
        SafetyFlag.CRISIS,
        r"\bthreatening (?:to (?:jump|kill (?:him|her|my|them|our)sel(?:f|ves)|end (?:it|his life|her life|their life|"
        r"things|it all)|take (?:his|her|their|my) (?:own )?life|hang (?:him|her|them)sel(?:f|ves)|overdose|"
        r"throw (?:him|her|them)sel(?:f|ves))|suicide)\b|\b(?:he|she|they|someone|somebody|man|woman|lad|"
        r"girl|boy|person|bloke|guy|teenager|friend|son|daughter|brother|sister|partner|husband|wife|mum|dad|"
        r"mate) (?:\w+ ){0,4}?(?:going to|about to|wants to|trying to|says (?:he|she|they) (?:will|is going "
        r"to)|keeps saying (?:he|she|they) (?:will|is going to|wants to)) (?:just )?jump(?= (?:off|from|in "
        r"front|into the (?:river|canal|sea|water)|under|now|tonight|[.,~]|$))",
        gate=r"threatening|jump",
        examples=(
            "there's a man on the multi-storey roof edge threatening to jump",
            "a man is threatening suicide on the bridge",
        ),
        near_misses=("my son is going to jump on the trampoline all day",),
    ),
    # Farewells and a decision made
    rule(
        "decided_tonight",
        SafetyFlag.CRISIS,
        r"\b(?:going to|gonna|will|about to|ready to|decided to|plan to|planning to|want to|need to) (?:just )?"
        r"(?:do it|go through with it|end it|finish it|get it over with)\b",
        needs=r"\b(?:tonight|decided|made (?:up )?my mind|my mind is made up|no going back|goodbye|final|die|"
        r"dead|pills|tablets|bridge|rope|suicid\w*|kill|end it all|ready|last)\b",
        msg_unless=r"\b(?:<SERVICE_GRIPE>|online|form|application|payment|pay|renew\w*|order|register|book|"
        r"apply|homework|exam|essay|diy|decorat\w*|painting|garden|myself rather than|tax)\b",
        gate=r"do it|go through|end it|finish it|over with",
        examples=(
            "I just want to end it all",
            "I've decided, I'm going to do it tonight",
        ),
        near_misses=("I'm going to do it myself rather than wait for the council",),
    ),
    rule(
        "farewell_letters",
        SafetyFlag.CRISIS,
        r"\b<FAREWELL_LETTERS>\b",
        needs=r"\b(?:<FAREWELL_RESOLVE>|<FAREWELL_GIVEAWAY>|<FAREWELL_AFFAIRS>|<DESPAIR>)\b",
        gate=r"letter|note|message|card|video",
        examples=(
            "I've written letters to my family. I've made my mind up.",
            "I've written goodbye letters to my children and I'm ready to go",
        ),
        near_misses=("I've written letters to my family",),
    ),
    rule(
        "farewell_giveaway",
        SafetyFlag.CRISIS,
        r"\b<FAREWELL_GIVEAWAY>\b",
        needs=r"\b(?:<FAREWELL_RESOLVE>|<FAREWELL_LETTERS>|<FAREWELL_AFFAIRS>|<DESPAIR>)\b",
        gate=r"give|gave|giving|given|delet|clos|shut down|cancel",
        examples=(
            "I've given away all my things and said my goodbyes",
            "I feel hopeless and I've started giving my things away",
        ),
        near_misses=("I'm giving away my old books to the charity shop, can you collect them",),
    ),
    rule(
        "farewell_affairs",
        SafetyFlag.CRISIS,
        r"\b<FAREWELL_AFFAIRS>\b",
        needs=r"\b(?:<FAREWELL_RESOLVE>|<FAREWELL_LETTERS>|<FAREWELL_GIVEAWAY>|<DESPAIR>)\b",
        gate=r"affairs",
        examples=("I've put my affairs in order and I've made my mind up",),
        near_misses=("I've put my affairs in order and written a will, now what about the house",),
    ),
    rule(
        "goodbye_message",
        SafetyFlag.CRISIS,
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
        examples=("my son has left a note saying sorry and gone out",),
        near_misses=("my friend said goodbye and moved to Spain",),
    ),
    rule(
        "goodbye_words",
        SafetyFlag.CRISIS,
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
        examples=(
            "sorry for being such a burden, you won't hear from me again",
            "the only thing keeping me here was my dog and he's gone now",
        ),
        near_misses=("sorry for being a pain, I'll ring back tomorrow",),
    ),
    rule(
        "goodbye_and_means",
        SafetyFlag.CRISIS,
        r"\bsaid (?:his |her |my |their )?goodbyes?(?: to (?:everyone|everybody|us all|all of us|the (?:kids|"
        r"children|family)|\w+))?\b",
        needs=r"\b(?:shotgun|gun|rifle|rope|noose|pills|tablets|knife|razor|<DESPAIR>|bridge|cliff|tracks|"
        r"drove off|not answering|cannot reach|phone off|locked)\b",
        gate=r"goodbye",
        examples=("my dad said goodbye to the family and took the shotgun out of the cabinet",),
        near_misses=("my friend said goodbye and moved to Spain",),
    ),
    # Self-harm
    rule(
        "self_harm",
        SafetyFlag.CRISIS,
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
        examples=(
            "I've started self harming again and I can't stop",
            "I've slashed my wrists and there's a lot of blood",
        ),
        near_misses=("I cut myself on broken glass in the park",),
    ),
    rule(
        "self_harm_habit",
        SafetyFlag.CRISIS,
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
        examples=(
            "I keep scratching my arms until they bleed just to feel something",
            "I burn myself with a lighter when it all gets too much",
        ),
        near_misses=("my son keeps scratching his eczema until it bleeds",),
    ),
    rule(
        "self_harm_again",
        SafetyFlag.CRISIS,
        r"\bi (?:have |had )?(?:cut|burnt|burned|scratched|hurt|harmed|hit|punched|starved)(?: my ?self| my "
        r"(?:arms?|legs?|wrists?|thighs?|skin|stomach|body|face))?<SH_HOW> (?:again|last night|today|this morning|"
        r"tonight|yesterday|deep|deeper)\b|\b(?:cut|burnt|burned|scratched|hurt|harmed|hit|punched|starved) "
        r"my ?self<SH_HOW> (?:again|last night|today|this morning|tonight|yesterday)\b|\bways? (?:to|of) (?:end(?:ing)? it(?: all)?|die|dying|kill(?:ing)? my ?self|"
        r"end(?:ing)? my life|not be here|hurt(?:ing)? my ?self)\b",
        gate=r"cut|burnt|burned|scratched|hurt|harmed|hit|punched|starved|ways?",
        examples=(
            "burnt myself with a cigarette again today",
            "I've been looking up ways to kill myself online",
        ),
        near_misses=("I cut the hedge again last night and need a garden waste collection",),
    ),
)

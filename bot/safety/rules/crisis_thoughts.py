"""Crisis: suicidal thoughts and feelings, wishing to die, hopelessness."""

from __future__ import annotations

from bot.safety.flags import SafetyFlag
from bot.safety.rule import Rule, rule

RULES: tuple[Rule, ...] = (
    # Suicidal thoughts stated
    rule(
        "suicidal",
        SafetyFlag.CRISIS,
        r"\bsuicid(?:al|e)\b|\bsuicidal (?:thoughts|feelings|ideation)\b",
        gate=r"suicid",
        examples=(
            "feel suicidal and so alone, it's 3am and I've got no one to talk to",
            "a man is threatening suicide on the bridge",
        ),
        near_misses=(
            "I'm not suicidal, just feeling a bit low and want counselling",
            "do you run suicide prevention training for staff",
        ),
    ),
    rule(
        "kill_myself",
        SafetyFlag.CRISIS,
        r"\b(?:kill|killing|killed|end|ending) (?:my ?self|ourselves)\b|\b(?:kill|killing|end|"
        r"ending) (?:himself|herself|themselves|themself)\b|\b(?:end|ending|take|taking|took) (?:my|"
        r"me) (?:own )?life\b|\b(?:end|ending|take|taking) (?:his|her|their) (?:own )?life\b|"
        r"\bend (?:it all|everything)\b|\bending it all\b|\b(?:going|want|wanting|wanna|planning|plan|"
        r"thinking|think|about|ready|decided|tempted|considering|thoughts|feel like|feeling like|"
        r"felt like) (?:to |of |about )?(?:just )?(?:end|ending) (?:it|things|everything|"
        r"my life)\b(?! (?:with|between|off)\b)",
        gate=r"kill|end|life",
        examples=(
            "i want to kill myself",
            "my husband has locked himself in the bathroom and says he'll kill himself",
        ),
        near_misses=(
            "I'm not going to kill myself, I'm just really fed up",
            "I nearly killed myself laughing at that",
        ),
    ),
    rule(
        "rather_be_dead",
        SafetyFlag.CRISIS,
        r"\b(?:would|had|d) rather (?:be dead|die|not be here|not exist|not wake up|not be alive|end it|kill "
        r"my ?self)\b|\bi (?:will |am going to |am gonna |shall )?end (?:it|things|it all|everything|my life)\b(?! "
        r"(?:with|between|off|there|on|at|early|here|by)\b)|\b(?:have|got|found|bought|collected) (?:the )?means\b"
        r"(?=[^~]{0,80}\b(?:using|use|tonight|end|die|kill|do it|myself))",
        negatable=False,
        gate=r"rather|end|means",
        examples=(
            "i'd rather be dead than carry on like this",
            "im going to end my life",
        ),
        near_misses=("I'll end it there for now, thanks for your help",),
    ),
    rule(
        "thoughts_of_death",
        SafetyFlag.CRISIS,
        r"\b(?:think|thinking|thought|thoughts|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:about|of) "
        r"(?:not being (?:here|alive|around)|dying(?! (?:my|his|her|the|it|them) )|death|being dead|ending "
        r"(?:it|it all|my life|things)|disappearing (?:for good|forever)|killing my ?self|my own death|not "
        r"waking up|not existing|no longer being (?:here|alive|around)|taking my (?:own )?life)\b",
        negatable=False,
        gate=r"think|thought|dream|fantas",
        examples=(
            "sometimes I think about not being here anymore",
            "I've been thinking about taking my own life",
        ),
        near_misses=(
            "I've been thinking about killing the weeds with vinegar",
            "I'm thinking of ending my gym membership",
        ),
    ),
    rule(
        "unsafe_thoughts",
        SafetyFlag.CRISIS,
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
        examples=(
            "I don't feel safe with my own thoughts right now",
            "i feel like im going to do something stupid tonight",
        ),
        near_misses=("I don't trust myself to drive in the snow",),
    ),
    rule(
        "danger_to_self",
        SafetyFlag.CRISIS,
        r"\b(?:i am|i feel like i am|i might be|i could be|i think i am|he is|she is|they are|i have become) "
        r"(?:a )?(?:real |serious |big )?(?:danger|risk|threat) to (?:my ?self|him ?self|her ?self|them ?selves)\b",
        gate=r"danger|risk|threat",
        examples=("I'm a danger to myself right now",),
        near_misses=("that pothole is a danger to cyclists",),
    ),
    rule(
        "cannot_keep_safe",
        SafetyFlag.CRISIS,
        r"\b(?:cannot|can not|not sure (?:i|he|she) can|do not think (?:i|he|she) can|struggling to|unable "
        r"to|will not be able to|could not) (?:keep|stay) (?:my ?self |him ?self |her ?self )?safe\b",
        unless=r"\bsafe (?:from|at home from)\b|\b(?:ex|partner|husband|wife|boyfriend|girlfriend|neighbour|"
        r"landlord|gang|dealers?|bailiffs)\b",
        gate=r"safe",
        examples=("I can't keep myself safe tonight",),
        near_misses=("I can't keep myself safe from my ex, he keeps turning up",),
    ),
    rule(
        "harm_others_thoughts",
        SafetyFlag.CRISIS,
        r"\b(?:urges?|thoughts|thinking about|intrusive thoughts about|scared i will|afraid i will|"
        r"scared i might|afraid i might) (?:to |of |about )?(?:hurt|harm|kill|hurting|harming|"
        r"killing) (?:someone|somebody|people|others|my (?:baby|child|kids|children|son|daughter|partner|"
        r"wife|husband))\b",
        gate=r"hurt|harm|kill",
        examples=("I keep having intrusive thoughts about hurting my baby",),
        near_misses=("someone will get hurt on that broken slide",),
    ),
    rule(
        "mental_health_crisis",
        SafetyFlag.CRISIS,
        r"\bmental health crisis\b|\b(?:i am|we are|he is|she is|they are|i feel|feeling|my \w+ is) (?:in|"
        r"in a) crisis\b|\bcrisis (?:team|line|cafe|house|service)\b|\bhome treatment team\b|\b(?:having|"
        r"had|is having) a (?:mental |nervous )?breakdown\b|\bnervous breakdown\b|"
        r"\bhearing voices\b(?= (?:\w+ ){0,3}(?:telling|kill|hurt|harm|die))",
        unless=r"\b(?:car|van|vehicle|motorway|m\d+|a\d+|engine|tyre|aa|rac|lorry)\b",
        gate=r"crisis|treatment team|breakdown|voices",
        examples=(
            "having a breakdown, can't stop shaking and crying, I can't cope with anything",
            "hearing voices telling me to hurt myself",
        ),
        near_misses=(
            "my car has had a breakdown on the M5",
            "how do I apply for a crisis loan",
        ),
    ),
    # Wishing to die or not to be here
    rule(
        "want_to_die",
        SafetyFlag.CRISIS,
        r"\b(?:want|wants|wanting|wanted|wanna|ready|longing|deserve|deserves) to (?:just )?(?:die(?! (?:my|his|her|"
        r"their|the|it|them) )|be dead|not exist|"
        r"stop existing|disappear forever|disappear for good|go to sleep forever)\b|\bwish (?:i|i could|"
        r"i would|i was|i were|i had) (?:just )?(?:die|dead|died|not here|never been born|gone|disappear(?! (?:from|off|for a))|"
        r"not wake up|no longer here|not alive|not exist|be dead|was dead|were dead|been dead)\b|"
        r"\bwish i was not (?:here|alive|born)\b|\bbetter off dead\b",
        gate=r"want|wanna|ready|longing|deserve|wish|dead",
        examples=(
            "I tried to hang myself last night and I still want to die",
            "wish i could just disappear and not exist",
        ),
        near_misses=("I wish I could disappear from these group chats",),
    ),
    rule(
        "not_want_to_live",
        SafetyFlag.CRISIS,
        r"\b(?:do not|no longer|never|not|dont) (?:really |even )?(?:want|wanna|wish) (?:to )?(?:be alive|"
        r"be on this earth|be in this world|exist|live any ?more|live any longer|be here any ?more|"
        r"be here any longer|be around any ?more)\b|\b(?:do not|no longer|never|not) (?:really |"
        r"even )?(?:want|wanna) (?:to )?(?:live|be here|go on|carry on|keep going|be alive)(?= *(?:$|[.,~]|"
        r"(?:any ?more|any longer|like this|no more|now|anyway|and|but|i|because|or)\b))",
        negatable=False,
        gate=r"want|wanna|wish",
        examples=(
            "I don't want to be here anymore",
            "i dont want to be alive anymore",
        ),
        near_misses=(
            "I don't want to be here when the bailiffs come",
            "I don't want to live next to this noise",
        ),
    ),
    rule(
        "not_wake_up",
        SafetyFlag.CRISIS,
        r"\b(?:hope|wish|pray|praying|hoping) (?:that )?(?:i|i will|i would|i do) (?:do not|never|not|"
        r"wont) wake up\b|\b(?:go to sleep|sleep|fall asleep) and (?:never|not) wake up\b|"
        r"\bnever (?:want to )?wake up again\b|\b(?:do not|not|never|"
        r"no longer) (?:really )?want to wake up\b(?! (?:early|at|for|to|before|so|every|on|when|with|"
        r"in the night|tomorrow (?:at|for|to))\b)",
        negatable=False,
        gate=r"wake",
        examples=(
            "i just want to go to sleep and never wake up",
            "Don't want to wake up tomorrow.",
        ),
        near_misses=("I don't want to wake up early on my day off",),
    ),
    rule(
        "not_alive_soon",
        SafetyFlag.CRISIS,
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
        examples=(
            "I don't think I'll make it through the night",
            "I don't think I'll still be alive by the end of the week",
        ),
        near_misses=("I won't be here by the weekend, I'm going on holiday",),
    ),
    rule(
        "better_off_without_me",
        SafetyFlag.CRISIS,
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
        examples=(
            "everyone would be better off without me",
            "some days I think everyone would be better off if I wasn't here",
        ),
        near_misses=("the estate would be better off without the fly tipping",),
    ),
    rule(
        "no_point_living",
        SafetyFlag.CRISIS,
        r"\b(?:cannot|can not|do not|no longer|never) see (?:the|a|any) point (?:in|of) (?:living|life|being "
        r"alive|being here|going on|carrying on|anything|existing|trying|me|waking up|getting up)\b|\b(?:do "
        r"not|does not|did not|not|never) deserve to (?:live|be alive|be here|exist|breathe)\b|\b(?:better|"
        r"happier|easier) (?:off )?(?:\w+ ){0,2}?if i (?:just |simply |only )?(?:was|were|had)? ?(?:dead|gone|"
        r"died|disappeared|not (?:here|around|alive)|never (?:been born|existed)|did not exist|went away "
        r"(?:for good|forever)|vanished|ended it)\b",
        negatable=False,
        gate=r"point|deserve|if i",
        examples=(
            "my friend has stopped eating and says she doesn't deserve to live",
            "some days I think everyone would be better off if I wasn't here",
        ),
        near_misses=("I don't see the point in paying for parking if nobody checks",),
    ),
    # Hopelessness and despair
    rule(
        "no_reason_to_live",
        SafetyFlag.CRISIS,
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
        examples=(
            "what's the point in carrying on",
            "life isn't worth living anymore",
        ),
        near_misses=("I can't see any point of this parking fine",),
    ),
    rule(
        "life_pointless",
        SafetyFlag.CRISIS,
        r"\b(?:life|living|everything|existence|my life|being alive|it all) (?:is|feels|seems|has become) (?:so "
        r"|completely |totally |just |utterly |pretty )?(?:pointless|meaningless|hopeless|not worth it|not worth "
        r"living|too much to bear|unbearable)\b|\bi (?:just )?want out\b(?! of (?:this |the |my |our )?(?:contract|"
        r"tenancy|lease|deal|job|house|flat|area|marriage|relationship|scheme|arrangement|group|club)\b)",
        needs=r"\b(?:<DESPAIR>|life|living|alive|want out|pointless|meaningless|unbearable)\b",
        msg_unless=r"\b<SERVICE_GRIPE>\b",
        gate=r"pointless|meaningless|hopeless|worth|unbearable|too much|want out",
        examples=(
            "life isn't worth living anymore",
            "everything feels pointless and I can't see it getting better",
        ),
        near_misses=("everything feels pointless when the council ignore the damp and mould",),
    ),
    rule(
        "no_way_out",
        SafetyFlag.CRISIS,
        r"\b(?:cannot|do not|can not|could not) (?:see|find) (?:a|any|another) way out\b|\bno way out\b|\bonly way "
        r"out (?:is|would be|left)\b",
        negatable=False,
        msg_unless=r"\b(?:<SERVICE_GRIPE>|fines?|tickets?|pcn|contract|maze|building|car park|estate|cul de sac|"
        r"exit|fire exit|road|junction|lease|tenancy|mortgage|phone|deal|subscription|gym)\b",
        gate=r"way out",
        examples=("can't see any way out, thinking about ending things",),
        near_misses=("how do I get out of this parking fine, I can't see any way out",),
    ),
    rule(
        "cannot_cope",
        SafetyFlag.CRISIS,
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
        examples=(
            "Honestly I cant do it anymore, I cant go on",
            "I can't go on like this, I've had enough of life",
        ),
        near_misses=("I can't go on like this with the noise from upstairs, can you help",),
    ),
    rule(
        "want_it_to_stop",
        SafetyFlag.CRISIS,
        r"\b(?:want|wants|need|needs|wanting|wish|just want) (?:it all|everything|all of (?:it|this)|all this|"
        r"the world|life|my life|the thoughts|the voices|my head|my brain|the hurt|existing|being alive) "
        r"to (?:just )?(?:stop|end|be over|go away|finish|switch off)\b|\bmake (?:it all|everything|all of "
        r"(?:it|this)|all this|the thoughts|the voices) (?:stop|end|go away)\b|\b(?:done|finished) with "
        r"(?:life|living|being alive|this life|this world|existing)\b|\b(?:had|have had) enough of (?:life|"
        r"living|being alive|this life|existing|this world)\b|\b(?:switch|turn) (?:my|the) (?:brain|head|"
        r"mind) off (?:for good|forever|permanently)\b",
        msg_unless=r"\b<SERVICE_GRIPE>\b",
        gate=r"stop|end|over|away|finish|switch|done|enough",
        examples=("Lost my job, lost my flat, my girlfriend's left. I just want it all to stop.",),
        near_misses=("I just want it all to stop, the drilling next door is constant",),
    ),
    rule(
        "despair_and_threat",
        SafetyFlag.CRISIS,
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
        examples=(
            "i feel so numb and hopeless, i can't do this anymore",
            "I'm at the end of my rope and I don't know what I'll do",
        ),
        near_misses=("I can't do this anymore, the noise from next door is driving me mad",),
    ),
    rule(
        "unbearable_pain_crisis",
        SafetyFlag.CRISIS,
        r"\b(?:cannot|can not|could not) (?:live|go on|carry on|cope|keep living) with (?:this|the|my) (?:pain|hurt|"
        r"feeling|feelings|thoughts|emptiness|loneliness|guilt|grief|darkness|shame) any ?(?:more|longer)\b",
        msg_unless=r"\b(?:back|knee|tooth|teeth|hip|arthritis|migraine|headache|period|neck|shoulder|gp|physio|"
        r"painkillers|prescription|operation|surgery|toothache|<SERVICE_GRIPE>)\b",
        gate=r"live|go on|carry on|cope|keep living",
        examples=("I can't live with this guilt any more, it's eating me alive",),
        near_misses=("I can't cope with the pain any longer, when can I get my knee operation",),
    ),
)

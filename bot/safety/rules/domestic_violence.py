"""Domestic abuse: violence, strangulation, sexual abuse, injuries, weapons and threats from a partner or family member."""

from __future__ import annotations

from bot.safety.flags import SafetyFlag
from bot.safety.rule import Rule, rule

RULES: tuple[Rule, ...] = (
    # Violence by a partner or family member
    rule(
        "partner_violence",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b<PARTNER_NP> (?:(?:[a-z']+|,) ){0,3}?<PHYS> <VICTIM>\b",
        unless=r"\b(?:car|van|lorry|bus|vehicle|parked|reversed|reversing|pothole|ball|football)\b|\b(?:beat|beats|"
        r"beaten|beating) (?:me|us|her|him) (?:at|in|to) (?:\w+ ){0,2}?(?:scrabble|chess|cards|game|games|darts|pool|"
        r"snooker|tennis|golf|monopoly|race|running|quiz|poker|bingo|it|the)\b",
        gate=r" me\b| us\b| her\b| him\b| them\b|mum|mother|sister|daughter|son|kids|children|child|baby|"
        r"brother|nan|gran|dad|partner|wife|husband|girlfriend|boyfriend",
        examples=(
            "my girlfriend slaps me and tells me I'm worthless every day",
            "my grown up son pushes me around and takes my pension off me",
        ),
        near_misses=("my husband beat me at scrabble again",),
    ),
    rule(
        "pronoun_violence",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=(
            "he holds me down and shouts in my face",
            "i need to leave my husband but he'll hurt me if he finds out, where can i go",
        ),
        near_misses=("he hits me with the football every time we play in the park",),
    ),
    rule(
        "pronoun_violence_now",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b(?:he|she) (?:is|are) (?:\w+ )?(?:hitting|beating|punching|kicking|strangling|choking|throttling|"
        r"battering|slapping|hurting|beating up|dragging|attacking|strangling|pinning) (?:me|her|him|us|my "
        r"\w+)\b(?! (?:at|in) (?:football|rugby|chess|cards|tennis|games?))",
        unless=r"\b(?:ball|football|game|play\w*|tickl\w*|neighbour|stranger|bouncer|street|pub|club|"
        r"school|bully|lads|youths)\b",
        gate=r"he |she ",
        examples=(
            "he's hitting her right now",
            "he's punching her in the face right now",
        ),
        near_misses=("she's beating me at chess again",),
    ),
    rule(
        "woman_being_beaten",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=(
            "I can hear the woman next door being beaten, she's screaming at him to stop",
            "I can hear the woman upstairs getting hit, she's begging him to stop",
        ),
        near_misses=("my neighbour keeps getting hit with letters from the council about her rent",),
    ),
    rule(
        "man_beating_partner",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b(?:man|bloke|guy|husband|boyfriend|partner|he|neighbour|fella|dad|father|stepdad) (?:[a-z']+ ){0,3}?"
        r"(?:is |keeps |has been |always |was |started )?(?:beating|hitting|battering|punching|strangling|"
        r"kicking|slapping|knocking|throttling|choking|dragging|attacking) (?:up |about |around )?(?:his|her|"
        r"their|my) (?:wife|girlfriend|partner|missus|fiancee|fiance|boyfriend|husband|mum|mother)\b",
        gate=r"beating|hitting|battering|punching|strangling|kicking|slapping|knocking|throttling|choking|"
        r"dragging|attacking",
        examples=("the man upstairs is beating his girlfriend, I can hear her crying",),
        near_misses=("my boyfriend is always beating his mates at pool",),
    ),
    rule(
        "partner_gets_violent",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b(?:<PARTNER_NP>|he|she) (?:[a-z']+ ){0,3}?(?:gets|get|got|is|becomes|became|turns|turned|can be|"
        r"has been|goes|went|was) (?:really |very |so |quite |extremely |more and more )?(?:violent|aggressive "
        r"(?:towards|to|with) (?:me|us|her)|abusive(?! (?:to|towards) (?!(?:me|us|her|him|the kids|the children|"
        r"my \w+)\b))|physical with (?:me|her)|handy with (?:his|her) fists|"
        r"nasty (?:to|with) (?:me|her))\b",
        unless=r"\b(?:video games?|film|tv|telly|dog|cat|toddler|tantrums?|autis\w*|adhd)\b",
        gate=r"violent|aggressive|abusive|physical|handy|nasty",
        examples=("my partner gets violent when he's been drinking",),
        near_misses=("my partner is abusive to the bin men, sorry about that",),
    ),
    rule(
        "abused_by_partner",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b(?:being|been|getting|am|was|is|are|got) (?:\w+ )?(?:abused|hit|beaten|hurt|attacked|raped|"
        r"assaulted|threatened|controlled|stalked|harassed|bullied|battered|strangled|choked|punched|kicked|"
        r"slapped|pushed|manipulated|isolated) by (?:my|her|his|our) (?:[a-z']+ ){0,2}?<PARTNER>\b(?!')",
        gate=r" by ",
        examples=("I'm being abused by my husband",),
        near_misses=("my son was hit by a ball at football",),
    ),
    rule(
        "abuse_at_home",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b(?:being|getting|gets|get|is|am|are|been) (?:\w+ )?(?:hurt|hit|beaten|abused|harmed|attacked|"
        r"punched|kicked|strangled|knocked about|knocked around) at home\b",
        msg_unless=r"\b<YOUTH>\b",
        gate=r"at home",
        examples=("I'm being hurt at home and I don't know who to tell",),
        near_misses=("I'm a dinner lady and a pupil has told me she's being hurt at home, who do I tell?",),
    ),
    # Strangulation and sexual abuse
    rule(
        "strangulation",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=(
            "my boyfriend put his hands around my neck",
            "he's put his hands round my neck twice now when we've argued",
        ),
        near_misses=("he put his arms around my neck and gave me a big hug",),
    ),
    rule(
        "partner_sexual_abuse",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b(?:forced|forces|forcing|made|makes|making|pressured|pressures|pressuring|coerced|coerces|"
        r"pushes|pushed) (?:me|her) (?:to |into )?(?:have sex|having sex|sex|sleep with|sleeping with|do "
        r"sexual|sexual|do things i did not want|do stuff i did not want|do things (?:i|she) (?:do|does|did) "
        r"not want)\b|\b(?:has sex with|had sex with|touches|touched) (?:me|her) (?:when|while|even though|"
        r"after) (?:i|she) (?:said no|say no|says no|am asleep|was asleep|is asleep|did not want|do not "
        r"want|told him no)\b|\bmarital rape\b",
        gate=r"forc|made|make|pressur|coerc|push|sex|touch|rape",
        examples=(
            "my partner forced me to have sex when I said no",
            "my husband makes me have sex when I don't want to",
        ),
        near_misses=("my family are forcing me to marry a man I've never met",),
    ),
    # Injuries and a home smashed up
    rule(
        "partner_injured_me",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=(
            "I've got a black eye from my boyfriend",
            "my husband broke my ribs last night",
        ),
        near_misses=("my husband broke my nose by accident playing football",),
    ),
    rule(
        "hidden_injuries",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=("my mum's partner screams at her all the time and she's got bruises she tries to hide",),
        near_misses=(
            "my nan bruises easily because she's on blood thinners and she always has marks on her arms",
        ),
    ),
    rule(
        "house_smashed_up",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=(
            "my husband throws things at me when he's drunk",
            "hiding in the bathroom, he's smashing the house up and says he'll kill me",
        ),
        near_misses=("the builders are smashing up the kitchen next door",),
    ),
    # Weapons and threats to kill
    rule(
        "partner_weapon_threat",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=(
            "my husband came at me with a knife last night",
            "he held a knife to my throat in the kitchen",
        ),
        near_misses=("a lad at the bus stop pulled a knife on me",),
    ),
    rule(
        "threat_to_burn_home",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b(?:burn|set fire to|torch|petrol bomb|blow up) (?:the|our|my|her|this|his) (?:house|flat|home|place|"
        r"car)(?: down)? (?:with (?:me|us|her|the kids|the children|my \w+|them) (?:in|inside|in it|inside it|still "
        r"in))\b",
        gate=r"burn|fire|torch|bomb|blow",
        examples=("my partner said she'll burn the flat down with me in it",),
        near_misses=("my neighbour is going to burn the garden waste this weekend",),
    ),
    rule(
        "partner_threats",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=(
            "my ex keeps turning up at my house and threatening me",
            "my ex is outside banging on the door saying he's going to kill me",
        ),
        near_misses=("my ex keeps threatening to take me to court over the house",),
    ),
    rule(
        "pronoun_threat",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=(
            "he says he'll kill me if I go to the police",
            "hiding in the bathroom, he's smashing the house up and says he'll kill me",
        ),
        near_misses=("my neighbour says he'll kill me if my dog gets in his garden again",),
    ),
    rule(
        "pronoun_threatening",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b(?:he|she) (?:is|keeps|has been|was|kept|keeps on|is always|always) threatening (?:me )?(?:to (?:kill|"
        r"hurt|stab|strangle|burn|beat|murder|batter|take the kids|take my kids) (?:me|us|the kids|my|her|him|"
        r"them)?|me)\b",
        unless=r"\b(?:neighbour|neighbours|landlord|stranger|customer|colleague|boss|driver|lads|youths?|"
        r"teenagers?|gang|dealer|dealers|bouncer|bully|bailiffs?|council|court|police)\b",
        gate=r"threatening",
        examples=("he's threatening to kill me",),
        near_misses=("he's threatening to take me to court over the fence",),
    ),
    rule(
        "threat_if_leave",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\bif (?:i|she|he) (?:ever )?(?:leave|leaves|left|go|goes|tell|tells|told|call|calls|report|reports|"
        r"try to leave|tries to leave|end it|break up|split up)(?: with)?(?: him| her| them| the police| anyone)?"
        r"(?: ,)? (?:he|she|they) (?:will|would|is going to|says (?:he|she) will|said (?:he|she) would|threatens "
        r"to|has threatened to) (?:\w+ )?(?:kill|hurt|stab|harm|take|find|burn|ruin|come after|get|beat|"
        r"destroy|end)\b",
        gate=r"if ",
        examples=("if I leave him he will kill me",),
        near_misses=("if I leave the bins out he will complain to the council",),
    ),
    rule(
        "threat_children_leave",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b(?:kill|hurt|take|find|ruin|destroy|come after|get|burn|snatch|run off with|take away) (?:me|her|"
        r"him|us|the kids|the children|the baby|my (?:kids|children|baby|son|daughter)|everything|our (?:kids|"
        r"children|baby)) (?:away )?(?:from (?:me|her) )?(?:\w+ )?if (?:i|she|he|we) (?:ever )?(?:leave|leaves|"
        r"left|go|goes|tell|tells|call|calls|report|reports|try to leave|tries to leave|end it|break up|split "
        r"up|divorce|divorces|marry|marries|refuse|refuses|say no|says no|see (?:him|her|them))\b",
        gate=r"if ",
        examples=(
            "my boyfriend says he'll kill me if I ever leave him",
            "he says he'll kill me if I go to the police",
        ),
        near_misses=("my mum will kill me if she sees this parking ticket",),
    ),
    # Fear of the abuser
    rule(
        "fear_of_being_killed",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b(?:scared|afraid|frightened|terrified|worried|convinced|think|believe|fear|fearing|feel like) "
        r"(?:that )?(?:he|she|my (?:[a-z']+ )?<PARTNER>) (?:is |are )?(?:going to|will|might|is gonna|could|"
        r"would) (?:actually |really |one day |end up |seriously )?(?:kill|murder|hurt|strangle|stab|beat) "
        r"(?:me|us|her|the kids|the children|my)\b|\b(?:scared|afraid|frightened|terrified) for my (?:life|"
        r"safety)\b",
        unless=r"\b(?:neighbour|neighbours|landlord|stranger|boss|dog|driver|drivers|council)\b",
        gate=r"kill|murder|hurt|strangle|stab|beat|for my life|for my safety",
        examples=("I'm scared he's going to kill me",),
        near_misses=("my neighbour is so angry I'm scared he's going to hurt me",),
    ),
    rule(
        "fear_of_partner",
        SafetyFlag.DOMESTIC_ABUSE,
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
        examples=("my wife threw a kettle at me last night and I'm scared to go home",),
        near_misses=("I'm scared of my husband's driving",),
    ),
    rule(
        "fear_of_return",
        SafetyFlag.DOMESTIC_ABUSE,
        r"\b(?:scared|afraid|frightened|terrified|worried|petrified) (?:that )?(?:he|she|they) (?:will|is going "
        r"to|might|could|is gonna) (?:come back|find me|turn up|get me|get in|break in|come round)\b",
        needs=r"\b(?:<ROMANTIC>|husband|partner|attacked|hit|beat|hurt|abus\w*|threat\w*|broke in|broken in)\b",
        msg_unless=r"\b(?:burglar|burglars|thieves|intruder|landlord|bailiffs?|neighbour|neighbours|rats?|mice|"
        r"wasps?|pigeons?|foxes|fox)\b",
        gate=r"come back|find me|turn up|get me|get in|break in|come round",
        examples=("my ex beat me up last month and I'm scared he'll find me",),
        near_misses=("someone tried to break in last night and I'm scared they'll come back",),
    ),
)

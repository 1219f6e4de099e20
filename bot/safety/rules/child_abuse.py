"""Child at risk: a child hurt, abused or threatened, injuries that are not accidents, sexual abuse."""

from __future__ import annotations

from bot.safety.flags import SafetyFlag
from bot.safety.patterns import CHILD_BENIGN
from bot.safety.rule import Rule, rule

RULES: tuple[Rule, ...] = (
    # A child hurt or abused
    rule(
        "child_harmed_by",
        SafetyFlag.CHILD_AT_RISK,
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
        examples=(
            "I just saw a man shaking a baby really hard in the park",
            "a dad is kicking and punching his son in the street right now",
        ),
        near_misses=("my friend's toddler hit my son at nursery",),
    ),
    rule(
        "child_harmed",
        SafetyFlag.CHILD_AT_RISK,
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
        unless=CHILD_BENIGN,
        gate=r"child|kid|bab|toddler|infant|newborn|son|daughter|little|boy|girl|grand|niece|nephew|pupil|"
        r"youngster|teen|year old|twins",
        examples=(
            "my grandson has unexplained bruises after staying at his dad's",
            "the children at number 4 are dirty and hungry all the time",
        ),
        near_misses=("my kids are hungry, what time does the library cafe open",),
    ),
    rule(
        "child_abuse_stated",
        SafetyFlag.CHILD_AT_RISK,
        r"\bchild (?:abuse|neglect|cruelty|exploitation|sexual exploitation|trafficking|sexual abuse|"
        r"protection (?:concern|issue|referral|worry))\b|\b(?:sexual|physical|emotional) abuse of (?:a |my |"
        r"the |their )?<CHILD>\b|\bfgm\b|\bfemale genital mutilation\b|\bgrooming gang\b|"
        r"\bonline grooming\b|\bpaedophiles?\b|\bpedophiles?\b|\bpaedo\b|\bpedo\b|\bnonces?\b|"
        r"\bindecent images\b|\b(?:asking|asked|sending|sent|wants?|send) (?:\w+ ){0,6}?(?:nudes|"
        r"naked (?:pictures|photos|pics|images)|explicit (?:pictures|photos|images))\b|"
        r"\bsafeguarding (?:concern|issue|referral|matter|problem)\b(?=.*\b<CHILD>\b)",
        gate=r"child|abuse|fgm|mutilation|grooming|paedo|pedo|nonce|indecent|nudes|naked|explicit|safeguarding",
        examples=(
            "my child's father is a paedophile",
            "man asking my 12 year old daughter for nudes online",
        ),
        near_misses=("is there any child abuse awareness training for volunteers",),
    ),
    rule(
        "child_abuse_general",
        SafetyFlag.CHILD_AT_RISK,
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
        unless=CHILD_BENIGN + r"|\b(?:dog|dogs|cat|cats|horse|pony|pet|animal|ball|football|rugby|game|"
        r"playground|play fighting)\b",
        gate=r"abused|molested|groomed|exploited|neglected|trafficked|safety|welfare|wellbeing|well being|"
        r"fed|washed|changed|bathed|picked up|held|cuddled|rough|heavy handed|violent|aggressive|cruel|"
        r"dragged|yanked|shoved|pushed|shaken|hit|slapped|smacked|kicked|punched",
        examples=(
            "I think my daughter is being groomed online",
            "I think a young girl is being groomed by the men who run the takeaway",
        ),
        near_misses=("my son was pushed and shoved in the playground at school",),
    ),
    rule(
        "worried_about_child",
        SafetyFlag.CHILD_AT_RISK,
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
        examples=(
            "worried about the children at number 12",
            "my sister's new partner is violent and she's got a baby, I'm worried about the baby",
        ),
        near_misses=("I'm worried about a child in my class who isn't reading yet",),
    ),
    rule(
        "parent_hurts_me",
        SafetyFlag.CHILD_AT_RISK,
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
        examples=(
            "im 14 and my mums boyfriend hits me when shes at work",
            "I'm 12 and my mum leaves me on my own for days",
        ),
        near_misses=("I'm 34 and my dad hit me when I was little, can I get counselling",),
    ),
    rule(
        "child_disclosure",
        SafetyFlag.CHILD_AT_RISK,
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
        examples=("I'm a dinner lady and a pupil has told me she's being hurt at home, who do I tell?",),
        near_misses=("my daughter told me she got hit by a ball at school",),
    ),
    rule(
        "child_abused_by_carer",
        SafetyFlag.CHILD_AT_RISK,
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
        examples=(
            "my 10 year old nephew told me his dad burns him with cigarettes",
            "the kids upstairs are screaming and I can hear someone hitting them",
        ),
        near_misses=("my son's dad kicked the ball to him in the park",),
    ),
    rule(
        "beats_child",
        SafetyFlag.CHILD_AT_RISK,
        r"\b(?:beats|beat|beating|hits|hitting|whips|whipped|whipping|belts|belted|thrashes|thrashed|punches|"
        r"punched|kicks|kicked|burns|burnt|burned|starves|starved|strangles|strangled|chokes|choked|batters|"
        r"battered|smacks|smacked|slaps|slapped) (?:him|her|them)\b(?! (?:at|in|up at) )(?! (?:off|out|back)\b)",
        needs=r"\b<YOUNG>\b|\b(?:\d{1,2}|eleven|twelve|thirteen|fourteen|fifteen) year old\b|\b(?:his|her|their) "
        r"(?:son|daughter|boy|girl|kids?|children|child|lad|little one)\b",
        unless=r"\b(?:school|bully|bullies|football|rugby|game|games|sport|class|classmates?|playground|lads|"
        r"boys|brother|sister|cousin|twin|older boys?|dog|cat|horse|chess|cards|race|tennis|fight back)\b",
        gate=r"beat|hit|whip|belt|thrash|punch|kick|burn|starv|strangl|chok|batter|smack|slap",
        examples=("my neighbour's little boy is terrified because his dad beats him",),
        near_misses=("my 8 year old says his big brother hits him when they play",),
    ),
    rule(
        "threat_to_children",
        SafetyFlag.CHILD_AT_RISK,
        r"\bthreaten\w* to (?:kill|hurt|harm|hit|beat|smack|drown|take|snatch|strangle|burn) (?:them|the "
        r"(?:kids|children|baby|boys|girls)|my (?:kids|children|baby|son|daughter|boys|girls)|our (?:kids|"
        r"children|baby|son|daughter)|(?:him|her)(?= (?:and|if|[.,~]|$)))\b",
        needs=r"\b<CHILD>\b",
        gate=r"threaten",
        examples=("my husband is drunk, he's got the kids and keeps threatening to hurt them",),
        near_misses=("the council is threatening to take away the kids' play area",),
    ),
    # Injuries that do not look accidental
    rule(
        "child_bruising",
        SafetyFlag.CHILD_AT_RISK,
        r"\b(?:has|have|got|with|had|showing|came in with|comes in with|turned up with|turns up with|keeps "
        r"getting|always has|always got|noticed|seen|saw) (?:\w+ ){0,2}?(?:bruises|bruising|burns|welts|"
        r"marks|cuts|scratches|bite marks|finger marks|belt marks|hand marks|slap marks) (?:on|all over|round|"
        r"around|across|down) (?:his|her|their|the) (?:\w+ )?(?:\w+)\b|\b(?:bruises|bruising|marks) on (?:his|"
        r"her|their) (?:inner )?(?:thighs|bottom|bum|genitals|private parts|chest|ears|torso|neck|wrists|upper "
        r"arms|back|stomach|tummy|face|cheek|cheeks|eyes?)\b",
        needs=r"\b<YOUTH>\b",
        unless=CHILD_BENIGN + r"|\b(?:fell|fall|falls|falling|fallen|tripped|rugby|football|sport|bike|"
        r"trampoline|eczema|rash|allerg\w*|play\w*|climbing|bumped|knocked (?:it|her|his)|car seat|seatbelt|"
        r"accident|accidentally|cooking|kettle|iron|oven|stove|hob|sunburn\w*|sun|pharmacist|chemist|"
        r"vaccin\w*|jab|blood test|dog|cat|horse|apples?|bananas?|fruit)\b",
        gate=r"bruis|burns|welts|marks|cuts|scratches",
        examples=("the kids across the road come to school with bruises on their arms",),
        near_misses=("my son came home from rugby with bruises on his legs",),
    ),
    rule(
        "suspicious_child_injury",
        SafetyFlag.CHILD_AT_RISK,
        r"\b(?:story|stories|explanation|excuse|account|reason)s? (?:\w+ ){0,2}?(?:does not|do not|did not|"
        r"never|doesnt|dont) (?:add up|make sense|match|ring true)\b|\b(?:unexplained|suspicious|odd|strange) "
        r"(?:injur\w+|fractures?|broken bones?|burns?|bruis\w*|marks)\b|\bnon accidental\b",
        needs=r"\b<YOUTH>\b",
        gate=r"add up|make sense|match|ring true|unexplained|suspicious|odd|strange|non accidental",
        examples=("my grandson has unexplained bruises after staying at his dad's",),
        near_misses=("my neighbour has unexplained bruises on her arms, I'm worried about her",),
    ),
    rule(
        "nonaccidental_marks",
        SafetyFlag.CHILD_AT_RISK,
        r"\b(?:handprints?|hand prints?|hand marks?|finger ?marks?|fingertip bruis\w*|slap marks?|belt marks?|"
        r"bite marks?|ligature marks?|grip marks?|cigarette burns?|strap marks?|burns? shaped|loop marks?|"
        r"whip marks?)\b",
        needs=r"\b<YOUTH>\b",
        unless=r"\b(?:dog|dogs|cat|cats|horse|pony|pet|puppy|kitten|insect|mosquito|bed ?bugs?|fleas?)\b"
        r"(?! did it)",
        gate=r"hand|finger|slap|belt|bite|ligature|grip|cigarette|strap|burn|loop|whip",
        examples=("a boy in year 5 has a handprint on his cheek and says he walked into a door",),
        near_misses=("my son has bite marks from the neighbour's dog",),
    ),
    rule(
        "more_child_harm",
        SafetyFlag.CHILD_AT_RISK,
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
        examples=(
            "my little cousin says her stepdad does bad things to her at night",
            "men keep taking the girls from the care home back to their flat",
        ),
        near_misses=("my son broke his arm playing football",),
    ),
    # Sexual abuse
    rule(
        "sexual_touching",
        SafetyFlag.CHILD_AT_RISK,
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
        examples=(
            "a teacher at my son's school touched him inappropriately",
            "my mum's boyfriend comes into my room at night",
        ),
        near_misses=("my daughter is scared of the dark and comes into my bed at night",),
    ),
    rule(
        "sexual_pressure_child",
        SafetyFlag.CHILD_AT_RISK,
        r"\b(?:trying to|tries to|tried to|wants to|keeps trying to|kept trying to|asked (?:her|him|me) to|asking "
        r"(?:her|him|me) to) (?:get (?:her|him|me) (?:into|in) (?:bed|his bed|her bed|his room|the bedroom|"
        r"the car)|sleep with (?:her|him|me)|have sex with (?:her|him|me)|kiss (?:her|him|me)|touch (?:her|him|"
        r"me)|undress|take (?:her|his|my) clothes off|show (?:her|him|me) (?:his|her) (?:body|privates))\b",
        needs=r"\b<YOUTH>\b",
        gate=r"trying|tries|tried|wants|keeps|kept|asked|asking",
        examples=("my 12 year old daughter says a man at the park keeps trying to kiss her",),
        near_misses=("my 12 year old is trying to get her brother into bed on time",),
    ),
)

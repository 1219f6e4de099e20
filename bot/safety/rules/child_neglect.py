"""Child at risk: children left alone or in danger, neglect, carers unable to look after them."""

from __future__ import annotations

from bot.safety.flags import SafetyFlag
from bot.safety.patterns import CHILD_BENIGN
from bot.safety.rule import Rule, rule

# Road and play-area hazards: a child "in danger" from traffic or broken equipment is a council matter.
_ROAD_CONTEXT = (
    r"\b(?:roads?|traffic|crossing|cross|cars|speeding|speed|potholes?|pavements?|lorries|junction|"
    r"school run|lights|drivers|street lights?|bus stop|zebra|lollipop|flooding|flood|river|hedges?|verges?|"
    r"path|footpath|parking|parked|bins?|playground|swings?|play equipment|needles|glass|dog mess)\b"
)

RULES: tuple[Rule, ...] = (
    # Left alone, out alone, unattended
    rule(
        "child_left_alone",
        SafetyFlag.CHILD_AT_RISK,
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
        examples=(
            "the neighbours leave their baby alone in the flat for hours",
            "there's a toddler wandering on his own next to the main road",
        ),
        near_misses=("my elderly mum is left alone all day, can she get a carer",),
    ),
    rule(
        "young_child_out_alone",
        SafetyFlag.CHILD_AT_RISK,
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
        examples=(
            "there's a toddler wandering on his own next to the main road",
            "there's a little girl out on our street at midnight in her pyjamas, she looks terrified",
        ),
        near_misses=("my 4 year old is walking to nursery with her dad",),
    ),
    rule(
        "child_in_car",
        SafetyFlag.CHILD_AT_RISK,
        r"\b<CHILD> (?:[a-z']+ ){0,3}?(?:left|locked|shut) (?:alone |on (?:his|her|its|their) own )?(?:in|"
        r"inside) (?:a|the|their|his|her|this|that) (?:\w+ ){0,2}?(?:car|van|vehicle|motor)\b|\b(?:hot|"
        r"locked|baking|boiling|sweltering|roasting|closed up) (?:car|van|vehicle)\b",
        needs=r"\b<CHILD>\b",
        unless=r"\b(?:dog|dogs|puppy|cat|pet)\b",
        gate=r"car|van|vehicle|motor",
        examples=(
            "a child left alone in a hot car in Tesco car park",
            "a toddler has been left in a car in the sun with the windows shut",
        ),
        near_misses=("a dog has been left in a hot car in Tesco car park",),
    ),
    rule(
        "child_alone_in_car",
        SafetyFlag.CHILD_AT_RISK,
        r"\b<YOUNG> (?:[a-z']+ ){0,3}?in (?:a|the|this|that|their|his|her|its) (?:\w+ )?(?:car|van|vehicle)\b",
        needs=r"\b(?:alone|on (?:its|his|her|their) own|by (?:it|him|her)self|no one|nobody|no adults?|no "
        r"parents?|boiling|hot|heat|baking|roasting|sweltering|locked|windows (?:up|shut|closed)|for (?:ages|"
        r"hours|an hour|\d+ minutes|over)|unattended|screaming|crying|sweating|left)\b",
        unless=r"\b(?:seat|car seat|booster|asleep on the way|journey|school run|lift|lifts|sick in)\b",
        gate=r"car|van|vehicle",
        examples=("there's a baby in a car on its own in the car park and it's boiling",),
        near_misses=("my baby fell asleep in the car seat on the way home",),
    ),
    rule(
        "baby_unattended",
        SafetyFlag.CHILD_AT_RISK,
        r"\b<CHILD> (?:[a-z']+ ){0,3}?(?:crying|screaming|wailing|sobbing|howling)\b",
        needs=r"\b(?:(?:nobody|no one) (?:ever |seems to |is |has |ever seems to )?(?:comes?|came|come to|"
        r"going|goes|answers?|answering|there|home|in|around|responding|seeing to|picking (?:it|him|her|"
        r"them) up|attending|doing anything)|(?:flat|house|home|place)(?: that| which)? (?:seems|looks|is|appears|"
        r"has been|had been|was) (?:to be )?"
        r"(?:empty|dark|deserted)|no (?:adults?|parents?|grown ups?|one) (?:there|around|home|in)|(?:parents|"
        r"mum|mother|dad|father) (?:is |are |has |have )?(?:gone out|out|not there|not home|nowhere|left "
        r"(?:them|him|her|it))|on (?:its|his|her|their) own|alone)\b",
        gate=r"crying|screaming|wailing|sobbing|howling",
        examples=("the baby upstairs has been crying for hours and the flat seems empty",),
        near_misses=("the baby next door crying keeps me up, the walls are so thin",),
    ),
    rule(
        "child_on_balcony",
        SafetyFlag.CHILD_AT_RISK,
        r"\b(?:on|out on|onto|by) (?:the |a |their )?(?:balcony|window ledge|window sill|windowsill|roof|flat roof|"
        r"open window) (?:[a-z']+ ){0,3}?(?:on (?:their|his|her|its) own|alone|unsupervised|by (?:them|him|her)"
        r"sel(?:f|ves)|with no (?:one|adult))\b",
        needs=r"\b<CHILD>\b|\bkids?\b",
        gate=r"balcony|ledge|sill|roof|window",
        examples=("a toddler keeps climbing out onto their balcony on his own",),
        near_misses=("the kids are playing on the balcony with their dad",),
    ),
    rule(
        "child_danger",
        SafetyFlag.CHILD_AT_RISK,
        r"\b<CHILD> (?:(?:[a-z']+) ){0,2}?(?:is|are|was|were|be|being) (?:at risk|in danger|not safe|"
        r"unsafe)\b(?! of (?:flood\w*|falling|tripping|being hit))",
        unless=_ROAD_CONTEXT,
        gate=r"risk|danger|safe",
        examples=("I think the children next door are in danger, their dad is violent",),
        near_misses=("cars speeding past the school, kids are in danger",),
    ),
    rule(
        "child_out_late",
        SafetyFlag.CHILD_AT_RISK,
        r"\b(?:out|outside|out and about|roaming|wandering|walking the streets|on the streets?) (?:\w+ ){0,3}?"
        r"(?:at|till|until|til|past|gone|after) (?:midnight|(?:10|11|12)(?: ?pm| o'?clock at night| at night)|"
        r"[1-5] ?am|[1-5] in the morning|all hours)\b",
        needs=r"\b<CHILD>\b|\bkids?\b",
        unless=r"\b(?:play|playing|plays|noise|noisy|football|ball|bikes|scooters|shouting|music|party|parties|"
        r"teenagers|teens|youths|lads|gang)\b",
        gate=r"midnight|pm|o'?clock|am\b|morning|all hours",
        examples=("there's a little girl out on our street at midnight in her pyjamas, she looks terrified",),
        near_misses=("the teenagers next door play football outside till midnight",),
    ),
    # Neglect
    rule(
        "child_signs",
        SafetyFlag.CHILD_AT_RISK,
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
        r"sparring|wrestling|hockey|cricket|netball)\b|" + CHILD_BENIGN,
        gate=r"nappy|covered|bruis|unexplained|marks|injuries|burns|black eye|hungry|starv|famished|filthy|unwashed|"
        r"begging|food|dirty|smelly|scruffy|thin|skinny|underfed|neglect|malnourish|unloved|uncared|school|"
        r"fed|washed|looked after|cared for|clothed|heating|clean clothes|flinch|scared|out|midnight|wearing",
        examples=(
            "the children at number 4 are dirty and hungry all the time",
            "my grandson has unexplained bruises after staying at his dad's",
        ),
        near_misses=("my kids are always hungry after football",),
    ),
    rule(
        "child_neglect_signs",
        SafetyFlag.CHILD_AT_RISK,
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
        unless=CHILD_BENIGN + r"|\b(?:dog|cat|horse|pet|bins?|recycling|trick or treat\w*|halloween|"
        r"charity|sponsor\w*|raffle|fundraising|school trip|birthday|christmas|eid|pocket money|paper round|"
        r"job|work|holiday)\b",
        gate=r"asking|begging|pleading|knocking|round|coming|nothing|none|no food|left|kept|locked|shut|put|"
        r"back|home with|missing",
        examples=("kids over the road are left outside in the cold till really late, they look neglected",),
        near_misses=("the kids came round asking for money for their school trip",),
    ),
    rule(
        "child_neglect_cluster",
        SafetyFlag.CHILD_AT_RISK,
        r"\b(?:no (?:lunch|breakfast|packed lunch|dinner|tea|food)|never (?:has|have|got|brings) (?:any )?"
        r"(?:lunch|breakfast|food)|(?:always|constantly) hungry|starving|(?:is|are|looks?|looked|so|really|very|"
        r"painfully|dangerously|too) (?:so |really |very )?(?:thin|skinny|underweight)|losing weight|tiny for "
        r"(?:his|her) age)\b",
        needs=r"^(?=.*?\b<YOUTH>\b)(?=.*?\b(?:dirty|filthy|smelly|smells|unwashed|same clothes|dirty clothes|"
        r"nits|lice|no coat|no shoes|holes in|too small|scruffy|neglected)\b)",
        unless=CHILD_BENIGN + r"|\b(?:dog|cat|horse|pony|pet|animal|walls?|ice|paper|carpet|curtains|hair|"
        r"crust|slice|line|layer)\b",
        gate=r"no lunch|breakfast|packed lunch|dinner|tea|food|hungry|starving|thin|skinny|underweight|"
        r"losing weight|tiny",
        examples=("a boy in my class always comes in with no lunch and dirty clothes and he's really thin",),
        near_misses=("my son is always hungry after school, is he eligible for free school meals",),
    ),
    rule(
        "child_neglect_more",
        SafetyFlag.CHILD_AT_RISK,
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
        unless=CHILD_BENIGN + r"|\b(?:dog|cat|pet|horse|food bank|foodbank|charity|sleepover|uncle|grandad|"
        r"dad's|father's|family friend)\b",
        gate=r"no |hardly any|little|never any|out for|out all|out every|out over|left|bins|shop|offie|"
        r"licence|pub|something|things|staying|sleeping|living|stays|sleeps|spending",
        examples=("a little girl keeps being sent to the shop at night to buy cider for her parents",),
        near_misses=("we have no food in the house for the kids this week, where's the nearest food bank",),
    ),
    # Carers unable to care, unsafe homes
    rule(
        "carer_incapable",
        SafetyFlag.CHILD_AT_RISK,
        r"\b(?:fending|looking after|feeding|caring) for (?:them|him|her)sel(?:f|ves)\b|\bleft to (?:fend|"
        r"look after|feed|care for) (?:for )?(?:them|him|her)sel(?:f|ves)\b|\b(?:parents?|mum|dad|mother|"
        r"father|carer|stepdad|mum's boyfriend) (?:is |are |always |often |constantly |seems |is always |are "
        r"always )*(?:drunk|off (?:his|her|their) face|high|out of it|passed out|wasted|smashed|on drugs|"
        r"using drugs|injecting|smoking crack|unconscious)\b(?! (?:last|at the weekend|at the party))",
        needs=r"\b<CHILD>\b|\bkids?\b",
        gate=r"fending|looking after|feeding|caring|fend|drunk|face|high|out of it|passed out|wasted|smashed|"
        r"drugs|injecting|crack|unconscious",
        examples=("the kids next door are left to fend for themselves, their mum is always drunk",),
        near_misses=("my dad is fending for himself since mum went into the care home",),
    ),
    rule(
        "carer_intoxicated",
        SafetyFlag.CHILD_AT_RISK,
        r"\b(?:they|he|she|parents?|mum|dad|mother|father|carer|couple|neighbours?) (?:are |is |always |often "
        r"|constantly |seem |seems |are always |is always )*(?:off (?:his|her|their) (?:face|faces|heads?|"
        r"trolley)|stoned|high|wasted|smashed|out of it|drunk|paralytic|on drugs|using drugs|taking drugs|"
        r"injecting|smoking crack|on heroin|on crack)\b",
        needs=r"\b<YOUNG>\b|\b(?:baby|babies|newborn|kids|children|toddler)\b",
        unless=r"\b(?:party|parties|last night|at the weekend|festival|wedding|christmas|birthday)\b",
        gate=r"face|heads?|trolley|stoned|high|wasted|smashed|out of it|drunk|paralytic|drugs|injecting|"
        r"crack|heroin",
        examples=("our neighbours have a new baby and they're always off their heads on drugs",),
        near_misses=("the neighbours were drunk at their baby's christening party",),
    ),
    rule(
        "unsafe_home_for_child",
        SafetyFlag.CHILD_AT_RISK,
        r"\b(?:house|flat|home|place) (?:is )?(?:full of|covered in|littered with|strewn with) (?:\w+ )?(?:needles|"
        r"syringes|drugs|crack pipes|empty bottles|dog mess|dog poo|faeces|rubbish and mess)\b|\b(?:always|"
        r"constantly|often|usually) (?:left )?(?:alone|on (?:their|his|her) own|by (?:themselves|himself|herself))"
        r"\b(?! (?:in (?:the )?(?:garden|park|playground)|playing|walking to school|at the bus stop))",
        needs=r"\b<CHILD>\b|\bkids?\b",
        unless=CHILD_BENIGN + r"|\b(?:teenagers?|teens?|1[5-7] year olds?|sixth form|college|dog|cat|pet)\b",
        gate=r"full of|covered in|littered|strewn|alone|own|themselves|himself|herself",
        examples=("the flat is full of needles and there's a toddler living there",),
        near_misses=("my 16 year old is often on his own after college",),
    ),
)

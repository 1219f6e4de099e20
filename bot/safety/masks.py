"""Masks and context: idioms and negated phrases blanked before matching, message-level disclaimers, and the
context helpers the engine uses (negation just before a match, past/present/now markers, clause and sentence
separators).
"""

from __future__ import annotations

import re

from bot.safety.patterns import expand, hoist_boundary

# Idioms and negated phrases are blanked with "~" before rules run, so rules need no idiom knowledge.
IDIOMS = (
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
    # place names with alarming words in them: "Kidnappers Lane", "Gallows Hill", "Cut Throat Lane"
    r"\b(?:kidnapper|kidnappers|kidnapper's|gallows|dead ?man|dead ?man's|dead ?mans|cut ?throat|hangman|"
    r"hangman's|murderers|bloody|gunpowder|gun|gunners|battle|devil's|devils|coffin|skeleton) (?:lane|road|rd|"
    r"street|avenue|close|drive|way|hill|walk|row|yard|bridge|wood|common|corner|green|alley|path|pond)\b",
    # a fire that is over, seen afterwards: "the remnants of a lorry fire need clearing away"
    r"\b(?:remnants|remains|aftermath|ashes|scorch marks?) (?:of|from) (?:a |an |the |last night's |"
    r"yesterday's |last week's )?(?:\w+ )?fire\b(?!(?: \w+){0,3} (?:still|now|again) (?:smoking|smouldering|"
    r"burning|alight|glowing|going|hot|flaring|spreading))",
)

NEGATIONS = (
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

DISCLAIMER = re.compile(
    r"\bnot (?:an? )?(?:\w+ )?(?:emergency|urgent|life threatening|999)\b|\bno emergency\b|"
    r"\bnon (?:emergency|urgent)\b|\bnothing (?:urgent|serious|dangerous|life threatening)\b|\b(?:no one|"
    r"nobody|none of us|neither of us) (?:\w+ ){0,4}?(?:hurt|injured|harmed|in danger|at risk)\b|"
    r"\bno (?:\w+ )?(?:injuries|casualties|danger)\b|\b(?:everyone|everybody|we are all|all|both drivers|"
    r"both of us) (?:is |are |were |was )?(?:ok|okay|fine|safe|alright|all right|unhurt|uninjured)\b|"
    r"\b(?:unhurt|uninjured|unharmed)\b"
)

MASK = re.compile(hoist_boundary("|".join(expand(p) for p in IDIOMS + NEGATIONS)))


# Context helpers: negation just before a match, past/present markers in the clause.
NEG_BEFORE = re.compile(
    r"\b(?:not|never|no|nobody|no one|without|nothing|neither|nor|none)\s+(?:(?:really|actually|feeling|feel|"
    r"felt|been|ever|at|all|currently|being|that|too|very|particularly|seriously|so|a|an|any|the|going|to|is|"
    r"am|are|was|were|be|has|have|had|think|believe|signs?|sign|of|sure|obviously|having|showing|looking|"
    r"look|seem|seems|appear|appears|anymore|longer|real|genuine|immediate|another|one|someone|somebody|"
    r"threat|suggestion|chance|evidence|longer|actual)\s+){0,4}$"
)
PAST = re.compile(
    r"\b(?:yesterday|last (?:night|week|weekend|month|year|time|summer|winter|spring|autumn|christmas|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|few (?:days|weeks|months|years))|ago|earlier|"
    r"the other (?:day|night|week)|over the weekend|at the weekend|on (?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|(?:in|back in|since|during) (?:19|20)\d\d|in (?:january|february|march|april|"
    r"june|july|august|september|october|november|december)|this morning|overnight|previously|in the past|"
    r"a while back|(?:a few|a couple of|several|some) (?:days|weeks|months|years) back|back in|"
    r"when i was (?:a |an )?(?:child|kid|younger|little|teenager|teen|boy|girl)|(?:a few|several|many|two|three|"
    r"a couple of) times|more than once|before(?= (?:[.,~]|and|so|we|i|it|now)\b| *$))\b"
)
PRESENT = re.compile(
    r"\b(?:right now|as we speak|at the moment|currently|in progress|happening now|this minute|this second|"
    r"at this moment|just now|still (?:here|there|outside|inside|in (?:the|my|our)|going on|happening|"
    r"on fire|burning|trapped|bleeding|unconscious|there|around))\b"
)
NOW = re.compile(expand(r"\b<NOWM>\b"))
CLAUSE_SEP = re.compile(
    r" (?:[.,~]|but|however|although|though|whereas|and now|and then) |"
    r"(?<!right)(?<!just)(?<!from)(?<!until) now "
)
FOLLOW_PAST = re.compile(
    r"^ (?:[.,~] )?(?:and )?(?:it|this|that|which) (?:was|happened|all happened|occurred)\b"
)
SENT_SEP = re.compile(r" \. ")

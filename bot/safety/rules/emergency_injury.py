"""Emergency: injuries - bleeding, wounds, burns, falls and heights, crushes, people trapped or buried."""

from __future__ import annotations

from bot.safety.flags import SafetyFlag
from bot.safety.rule import Rule, rule

RULES: tuple[Rule, ...] = (
    # Bleeding and wounds
    rule(
        "heavy_bleeding",
        SafetyFlag.EMERGENCY,
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
        examples=(
            "a lad's been stabbed outside the pub and he's bleeding loads",
            "I'm 30 weeks pregnant, bleeding heavily and in terrible pain",
        ),
        near_misses=(
            "he is breathing and talking, just a small cut on his hand",
            "how do I bleed the radiators in my council flat, they're cold at the top",
        ),
    ),
    rule(
        "severe_wound",
        SafetyFlag.EMERGENCY,
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
        examples=(
            "bone sticking out of his leg after he came off his motorbike",
            "my friend's finger is hanging off after the machine caught it",
        ),
        near_misses=(
            "the fence panel is hanging off",
            "the bin bags have been ripped open by foxes",
        ),
    ),
    rule(
        "serious_injury",
        SafetyFlag.EMERGENCY,
        r"\b<PERSON> (?:(?:is|are|has been|have been|was|were|got|been|has|have) ){0,2}(?:badly|seriously|"
        r"severely|very badly|really badly|critically) (?:hurt|injured|burn(?:ed|t)|cut)\b|\b(?:serious|"
        r"severe|critical|life threatening|major|horrific|bad) (?:head )?injur(?:y|ies)\b|\b(?:badly|"
        r"severely|seriously) (?:burnt|burned)\b|\bhead (?:injury|wound|knock|bang)\b(?=[^.~]{0,60}\b(?:being sick|"
        r"sick|vomit\w*|confused|drowsy|unconscious|fitting|bleeding|not making sense|cannot remember|slurring|"
        r"passed out|blacked out|knocked out|not right|seeing double))",
        past=True,
        gate=r"hurt|injur|burn|cut|head",
        examples=(
            "my husband has been badly hurt at work, please send someone",
            "a man has a head injury and keeps being sick",
        ),
        near_misses=(
            "the old wall in the park looks like it's about to fall down, someone will get hurt",
            "I was badly hurt in a car crash two years ago and need a blue badge",
        ),
    ),
    rule(
        "injury_signs",
        SafetyFlag.EMERGENCY,
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
        examples=(
            "a lad has been slashed across the face outside the station",
            "a cyclist has been knocked off his bike and is not moving",
        ),
        near_misses=("my dad is screaming in agony with toothache, can we get an emergency dentist",),
    ),
    rule(
        "people_hurt",
        SafetyFlag.EMERGENCY,
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
        examples=(
            "lorry has ploughed into a bus stop, there are people hurt",
            "there are several people injured after a coach came off the road",
        ),
        near_misses=(
            "a big branch came down across the footpath in the storm, nobody hurt",
            "kids get hurt on that broken slide all the time",
        ),
    ),
    rule(
        "scald_burn",
        SafetyFlag.EMERGENCY,
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
        examples=("my toddler pulled the kettle over and scalded her chest",),
        near_misses=("I burnt my finger on the toaster, should I put it under the tap",),
    ),
    # Falls, heights and edges
    rule(
        "fall_injury",
        SafetyFlag.EMERGENCY,
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
        examples=(
            "Please call an ambulence my nan has fallen and cant get up",
            "a roofer has come off the roof and is lying on the patio",
        ),
        near_misses=("There's a massive pothole on Cheltenham Road, nearly came off my bike",),
    ),
    rule(
        "height_or_hole",
        SafetyFlag.EMERGENCY,
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
        examples=(
            "a man is clinging to the outside of the bridge railings",
            "a boy has fallen down a well on the farm",
        ),
        near_misses=("my phone has fallen down the drain outside my house",),
    ),
    rule(
        "person_on_tracks_or_edge",
        SafetyFlag.EMERGENCY,
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
        examples=(
            "a woman has been pushed onto the tracks at the station",
            "a toddler is climbing out of the window on the top floor",
        ),
        near_misses=("teenagers are always sitting on the railway bridge at night",),
    ),
    rule(
        "person_in_peril",
        SafetyFlag.EMERGENCY,
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
        examples=(
            "someone is on the roof of the car park threatening to jump",
            "a man is standing on the ledge of the multi storey",
        ),
        near_misses=("my son is going to jump on the trampoline all day",),
    ),
    # Crushed, trapped, buried; collapsed structures
    rule(
        "crushed",
        SafetyFlag.EMERGENCY,
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
        examples=(
            "a wall has come down on a workman and he's trapped underneath",
            "he's crushed under a pallet at the warehouse",
        ),
        near_misses=(
            "my car got crushed by a falling branch, who pays",
            "I've got a trapped nerve in my back",
        ),
    ),
    rule(
        "trapped",
        SafetyFlag.EMERGENCY,
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
        examples=(
            "i'm trapped in my flat, the fire is spreading",
            "a cyclist went under a lorry at the lights",
        ),
        near_misses=(
            "the traffic lights at the crossroads are stuck on red, not an emergency",
            "I feel trapped in this job",
        ),
    ),
    rule(
        "trapped_person",
        SafetyFlag.EMERGENCY,
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
        examples=(
            "car crash on the A38, the driver is trapped and not moving",
            "a wall has come down on a workman and he's trapped underneath",
        ),
        near_misses=("my keys are stuck inside the car, can someone help",),
    ),
    rule(
        "structure_collapse",
        SafetyFlag.EMERGENCY,
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
        examples=(
            "scaffolding has collapsed onto people walking on the pavement",
            "a balcony has given way and people have fallen",
        ),
        near_misses=("the old garden wall has collapsed onto the pavement",),
    ),
    rule(
        "building_collapse",
        SafetyFlag.EMERGENCY,
        r"\b(?:building|block of flats|flats|house|houses|school|shop|warehouse|factory|tower|church|hall|"
        r"stand|car park|multi storey|bridge|hotel|pub|office block|offices) (?:has |have |had |just |is )?"
        r"(?:collapsed|come down|caved in|fallen down|fell down|gone down)\b",
        past=True,
        weak=True,
        unless=r"\b(?:derelict|abandoned|empty|disused|demolition|demolished|being demolished|planning|"
        r"unsafe for|years|months|ago|old barn|decades|history|castle|ruins?)\b",
        gate=r"collapsed|come down|caved|fallen down|fell down|gone down",
        examples=("a building has collapsed on the industrial estate with workers inside",),
        near_misses=("the derelict house on the corner has fallen down, can the council clear it",),
    ),
    rule(
        "buried_or_head_injury",
        SafetyFlag.EMERGENCY,
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
        examples=(
            "a builder is buried up to his waist after the trench gave way",
            "a man is going up and down the street trying all the front doors right now",
        ),
        near_misses=(
            "my son hit his head at football but he's fine now",
            "the kids buried my keys in the sandpit",
        ),
    ),
)

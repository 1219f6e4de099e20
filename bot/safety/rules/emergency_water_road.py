"""Emergency: people in water, road collisions and dangerous driving, railways."""

from __future__ import annotations

from bot.safety.flags import SafetyFlag
from bot.safety.rule import Rule, rule

RULES: tuple[Rule, ...] = (
    # Water
    rule(
        "drowning",
        SafetyFlag.EMERGENCY,
        r"\bdrown(?:ing|ed|s)?\b|\b<PERSON_SG> (?:is |are |has )?(?:in|fallen in|fallen into|"
        r"gone into) the (?:river|canal|sea|lake|pond|reservoir|water|harbour|docks)\b|\b(?:cannot|"
        r"could not) swim\b(?=[^.]{0,60}\b(?:river|canal|sea|lake|water|pond|reservoir))|\b(?:river|canal|"
        r"sea|lake|water|pond|reservoir)\b[^.]{0,60}\b(?:cannot|could not) swim\b|\b(?:fallen|fell|gone|"
        r"went|jumped|slipped|swept) (?:in|into) (?:the|a) (?:river|canal|sea|lake|reservoir|pond|"
        r"harbour|docks|quarry|weir)\b|\bin difficulty in the (?:water|river|sea)\b|\bswept (?:away|"
        r"out to sea)\b|\b(?:fallen|fell|falling|gone|went|going|broken|broke|crashed) through (?:the )?ice\b",
        past=True,
        unless=r"\b(?:car|trolley|bike|bikes|scooter|phone|bag|bin|bins|ball|"
        r"shopping)\b (?:\w+ ){0,3}(?:fallen|fell|gone|went|thrown|dumped|slipped)",
        gate=r"drown|river|canal|sea|lake|reservoir|pond|harbour|dock|quarry|weir|water|swept|ice|swim",
        examples=(
            "someone has fallen in the river and is being swept away",
            "a child is drowning in the pond",
        ),
        near_misses=(
            "there's a shopping trolley in the river by the bridge",
            "I'm drowning in paperwork at the moment",
        ),
    ),
    rule(
        "water_rescue",
        SafetyFlag.EMERGENCY,
        r"\b(?:gone|went|go|going|goes|slipped|disappeared|dragged|pulled|sucked|sunk|sank|sinking|keeps going|"
        r"kept going|got pulled|got dragged|went back|gone back) (?:back |right |straight )?under\b(?! (?:the "
        r"(?:bridge|car|table|bed|radar|knife|anaesthetic|weather|stairs|arches)|anaesthetic|general))|\b(?:not|"
        r"never|yet to|no sign of (?:him|her|them)|still not) (?:come|came|coming|bobbed|popped|surfaced|"
        r"resurfaced)(?: back)?(?: up| to the surface)\b|\b(?:has not|have not|did not|not|never) (?:resurfaced|"
        r"surfaced)\b|\b(?:struggling|thrashing|screaming|waving|shouting for help|calling for help|in trouble|"
        r"in difficulty|in difficulties|panicking|bobbing|going under|sinking) (?:\w+ ){0,3}?in the (?:water|"
        r"river|sea|lake|canal|pond|reservoir|quarry|pool|waves|estuary)\b|\bcaught in (?:a |the )?rip"
        r"(?: current| tide)?\b|\b(?:swept|washed|knocked|blown|pulled|dragged) (?:off|from) (?:the |a )?"
        r"(?:rocks?|pier|harbour wall|sea wall|breakwater|jetty|causeway|slipway|bank|promenade|beach|"
        r"riverbank|quay|quayside|boat|cliff)\b|\b(?:washed|dragged|pulled|swept|sucked|carried|drifting) "
        r"out (?:to sea|by the (?:tide|current|waves))\b|\bface down in (?:the |a )?(?:water|river|canal|sea|"
        r"lake|pond|pool|reservoir|bath|stream|brook)\b|\b<PERSON_SG> (?:is |was )?floating (?:face down|"
        r"motionless|lifeless|in the (?:water|river|canal|sea|lake|pond|reservoir|harbour|docks))\b|"
        r"\b(?:fallen|fell|gone|went|slipped|jumped) (?:in|into) (?:the )?(?:deep end|freezing water|icy water|"
        r"the water)\b",
        past=True,
        needs=r"\b<WATER>\b|\bswim\w*|\bdrown\w*|\bwave\b",
        unless=r"\b(?:business|company|firm|shop|pub|restaurant|bank|council|anaesthetic|surgery|operation)\b|"
        r"\b(?:my|the|a|our|his|her) (?:phone|keys|ball|trolley|bike|bag|hat|shoe|boat|kayak|paddle) (?:has |had |"
        r"just |was )?(?:gone|went|sank|sunk|slipped|drifted|been swept|been washed)\b",
        gate=r"under|come|came|coming|bobbed|popped|surfac|struggl|thrash|scream|waving|help|trouble|"
        r"difficult|panick|bobbing|sinking|rip|swept|washed|knocked|blown|pulled|dragged|sucked|carried|"
        r"drifting|face down|floating|fallen|fell|gone|went|slipped|jumped",
        examples=(
            "a kid has gone under at the swimming lake and we can't see him",
            "dog walker has been washed off the harbour wall by a wave",
        ),
        near_misses=("the business next door has gone under and left rubbish everywhere",),
    ),
    rule(
        "swept_away",
        SafetyFlag.EMERGENCY,
        r"\b<PERSON> (?:[a-z']+ ){0,2}?(?:washed|swept|carried) (?:away|off|downstream|out to sea|under)\b|\b<PERSON> "
        r"(?:[a-z']+ ){0,2}?(?:dragged|pulled|sucked) (?:under|away|downstream|out to sea)\b"
        r"|\b(?:swept|washed|carried) (?:away|downstream) (?:by|in) (?:the )?(?:flood|floods|flood ?water|river|"
        r"current|water|tide|waves)\b",
        past=True,
        unless=r"\b(?:road|bridge|car|cars|fence|bins?|garden|crops|sandbags|path|footpath|bank|shed)\b "
        r"(?:\w+ )?(?:was|were|has been|have been|got) (?:washed|swept|carried)",
        gate=r"washed|swept|carried|dragged|pulled",
        examples=("a child has been washed away in the flood water",),
        near_misses=("the footpath has been washed away in the floods",),
    ),
    rule(
        "vehicle_in_water",
        SafetyFlag.EMERGENCY,
        r"\b(?:car|van|vehicle|lorry|bus|motor|taxi|truck|tractor|jeep|4x4) (?:has |have |had |just |is |"
        r"was )?(?:gone|went|driven|drove|rolled|crashed|plunged|slid|slipped|veered|careered|ended up|"
        r"skidded|sunk|sinking|sank|submerged|stuck|trapped|floating|swept) (?:off the road )?(?:in|into|"
        r"under|away in|off into|down into) (?:the|a) (?:river|canal|sea|lake|reservoir|pond|harbour|dock|"
        r"docks|water|quarry|flood ?water|floods|ford|marina|estuary)\b|\b(?:driven|drove|drive|driving) "
        r"(?:\w+ )?(?:into|through) (?:the |a )?(?:flood ?water|floods|ford|river|canal)\b(?=[^.]{0,60}\b(?:stuck|"
        r"trapped|swept|sinking|floating|inside|cannot get out|rising|on the roof))",
        past=True,
        unless=r"\b(?:dumped|abandoned|stolen|pushed|burnt|burned|torched|been there|for (?:days|weeks|"
        r"months)|shopping trolley)\b",
        gate=r"river|canal|sea|lake|reservoir|pond|harbour|dock|water|quarry|flood|ford|marina|estuary",
        examples=("a car has gone into the canal with the driver still inside",),
        near_misses=("abandoned car has been dumped in the river for weeks",),
    ),
    # Road collisions
    rule(
        "hit_by_vehicle",
        SafetyFlag.EMERGENCY,
        r"\b<PERSON> (?:(?:has|have|had|was|were|got|gets|getting|is|are|being|been|"
        r"just) ){1,3}(?:knocked (?:down|over|off (?:his|her|their) (?:bike|motorbike|scooter))|run over|"
        r"hit by (?:a |an |the )?(?:\w+ )?(?:car|van|lorry|bus|vehicle|motorbike|truck|train|taxi|driver|"
        r"tram))\b|\b(?:car|van|lorry|bus|driver|vehicle|motorbike|truck|taxi|tractor|digger|forklift) (?:has |"
        r"just |had )?(?:hit|knocked down|knocked over|run over|ran over|ploughed into|mounted the pavement and "
        r"hit|reversed over|reversed into|backed over|backed into|driven over|drove over|gone over|went over) "
        r"(?:a |an |the |some |my |our |his |her |two )(?:\w+ )?<REL>\b",
        past=True,
        gate=r"knocked|run over|ran over|hit|plough|reversed|backed|driven over|drove over|gone over|went over",
        examples=(
            "a pensioner has been knocked down by a van, she's bleeding",
            "a cyclist has been knocked off his bike and is not moving",
        ),
        near_misses=(
            "the school crossing patrol lady has been knocked down before, we need a proper crossing",
        ),
    ),
    rule(
        "crash_injuries",
        SafetyFlag.EMERGENCY,
        r"\b(?:crash|crashed|collision|smash|smashed|(?:car|van|lorry|bus|motorbike|vehicle) (?:has |have |just )?"
        r"(?:hit|gone into|went into|smashed into|crashed into|ploughed into) (?:a |the )?(?:wall|tree|lamp ?post|"
        r"bridge|barrier|house|pole|telegraph pole|bus|lorry|car)|(?:car|road|traffic|motorbike|motorcycle|bike|"
        r"bus|lorry|van|serious|"
        r"bad|major|nasty|fatal|multi vehicle|head on) accident|accident on the (?:road|motorway|m\d+|a\d+|"
        r"junction|roundabout|bypass)|rta|pile ?up|head on|overturned|flipped over|rolled over|hit and run|"
        r"(?:flipped|rolled|landed|ended up|upside down) (?:onto |on )?(?:its|it is|the) (?:roof|side)|upside down|"
        r"into a (?:tree|wall|ditch|river|lamp post|lamppost))\b[^.~]{0,80}?\b(?:injured|injuries|hurt|"
        r"trapped|bleeding|unconscious|not moving|ambulance|casualt\w*|died|dead|killed|fatal|"
        r"lying in the road|cannot get out|stuck inside|on fire|screaming|slumped|not responding|unresponsive|"
        r"airbags?|still (?:in|inside) (?:it|there|the "
        r"car|the van)|(?:people|someone|somebody|passengers?|driver|kids|children|family) (?:are |is )?"
        r"(?:still )?(?:in|inside) (?:it|there|the car|the vehicle|the van))\b|\b(?:injured|hurt|trapped|"
        r"bleeding|unconscious|dead|killed) [^.~]{0,40}?\b(?:crash|collision|car accident|road accident|rta|"
        r"pile ?up)\b",
        past=True,
        gate=r"crash|collision|accident|rta|pile|head on|overturned|flipped|rolled|hit and run|into a|roof|side|"
        r"upside|smash|hit|gone into|went into",
        examples=(
            "a car's flipped onto its roof and there are people still in it",
            "the car's hit a wall and the driver's slumped over the wheel",
        ),
        near_misses=("we had a small accident, no injuries, just need the other driver's details",),
    ),
    rule(
        "vehicle_overturned",
        SafetyFlag.EMERGENCY,
        r"\b(?:car|van|vehicle|lorry|bus|coach|minibus|tractor|truck|motorbike|4x4|jeep) (?:is |has |was |has "
        r"been |just )?(?:upside down|on its roof|on its side|overturned|flipped|flipped over|rolled over|rolled "
        r"down|jack ?knifed|gone over the edge|gone off the road|come off the road|left the road|gone down the "
        r"embankment|in the ditch|in a ditch|down the bank)\b",
        past=True,
        weak=True,
        unless=r"\b(?:abandoned|dumped|burnt out|burned out|been there|for (?:days|weeks|months)|toy|model|"
        r"diversion|delays?|queues?|cleared|recovered)\b",
        gate=r"upside|roof|side|overturned|flipped|rolled|jack|edge|off the road|left the road|embankment|"
        r"ditch|bank",
        examples=(
            "there's a car upside down in the ditch on the B4060",
            "serious accident on the M4, car overturned and people are injured",
        ),
        near_misses=("burnt out van on its side in the layby, it's been there for weeks",),
    ),
    rule(
        "under_vehicle",
        SafetyFlag.EMERGENCY,
        r"\b(?:car|van|person|someone|somebody|cyclist|motorcyclist|pedestrian|man|woman|child|kid|boy|girl|"
        r"<REL>) (?:is |are |has been |got |was |stuck |trapped )?(?:\w+ )?(?:underneath|under|beneath) (?:it|"
        r"the (?:lorry|bus|truck|tractor|train|tram|wreckage|rubble|car|van)|a (?:lorry|bus|truck|tractor|"
        r"train|tram))\b",
        past=True,
        unless=r"\b(?:cat|cats|dog|kitten|fox|hedgehog|ball|parked|shelter|sheltering|bridge|umbrella)\b",
        gate=r"under|beneath",
        examples=("a cyclist went under a lorry at the lights",),
        near_misses=("there's a cat stuck under the car and it won't come out",),
    ),
    rule(
        "vehicle_ploughed",
        SafetyFlag.EMERGENCY,
        r"\b(?:car|cars|van|lorry|truck|bus|coach|vehicle|motorbike|tractor|hgv|artic|driver|taxi|tram|"
        r"train|4x4|suv|jeep) (?:has |have |had |just |is |was |then )?(?:ploughed|ploughs|ploughing|smashed|"
        r"smashing|careered|careering|crashed|crashing|slammed|driven|drove|mounted the (?:pavement|kerb) "
        r"and (?:hit|went|ploughed|crashed|smashed)|gone|went|veered|swerved|ran|run|rammed|ramming|ploughed "
        r"straight) (?:straight |right )?(?:into|through) (?:a |an |the |some |our |my |their )?(?:crowd|"
        r"crowds|bus stop|bus shelter|shop|shops|shop front|front of|people|pedestrians|queue|school|"
        r"playground|cafe|pub|restaurant|group|market|living room|bedroom|building|beer garden|parade|"
        r"children|kids|cyclists?|pedestrian|mum|woman|man|family)\b",
        past=True,
        weak=True,
        gate=r"plough|smash|career|crash|slam|driv|drove|mount|gone|went|veer|swerv|ran|run|ram",
        examples=(
            "car has gone through the front of the cafe, people inside",
            "lorry has ploughed into a bus stop, there are people hurt",
        ),
        near_misses=("a lorry has gone into the back of my car on the A38",),
    ),
    # Dangerous driving and road hazards now
    rule(
        "dangerous_driving_at_people",
        SafetyFlag.EMERGENCY,
        r"\b(?:deliberately|purposely|intentionally|on purpose) (?:\w+ ){0,3}?(?:driving|drove|driven|drives|"
        r"swerving|swerved|steering|aiming|aimed|ramming|rammed|reversing|reversed|mounting|mounted|"
        r"accelerating|accelerated|revving) \b|\b(?:driving|drove|drives|driven|swerving|swerved|aiming|"
        r"aimed|steering|speeding|accelerating|accelerated|revving) (?:\w+ ){0,3}?(?:at|straight at|right "
        r"at) (?:people|pedestrians|the crowd|crowds|a crowd|shoppers|kids|children|cyclists|us|me|them|him|"
        r"her|protesters|a group|the group|walkers|runners)\b|\b(?:trying|tried|tries|try|attempting|"
        r"attempted) to (?:run|knock|mow) (?:me|us|him|her|them|people|someone|somebody|pedestrians|kids|"
        r"cyclists) (?:over|down)\b|\b(?:running|mowing) (?:people|pedestrians|cyclists) down\b",
        past=True,
        unless=r"\b(?:game|video|film|movie|lessons?|instructor|test)\b",
        needs=r"\b(?:car|cars|van|driv\w*|drove|vehicle|motorbike|motorcycle|lorry|moped|scooter|bike|wheel|"
        r"pavement|kerb|4x4|truck|tractor|reversing|reversed|over|down)\b",
        gate=r"deliberately|purposely|intentionally|on purpose|at|run|knock|mow",
        examples=(
            "someone is deliberately driving his car at people on the pavement",
            "a driver is deliberately mounting the pavement to hit people",
        ),
        near_misses=("cars keep speeding at the crossing where the kids walk to school",),
    ),
    rule(
        "road_danger_now",
        SafetyFlag.EMERGENCY,
        r"\b(?:throwing|dropping|chucking|lobbing|hurling|threw|dropped|thrown|dropping) (?:\w+ ){0,2}?(?:off|"
        r"from|over) (?:the |a )?(?:\w+ )?(?:bridge|footbridge|flyover|overpass|motorway bridge)\b|\b(?:driving|"
        r"going|travelling|heading|coming|drove|driven) (?:the )?wrong way (?:down|up|on|along|round|onto) (?:the "
        r")?(?:m\d+|a\d+|motorway|dual carriageway|slip road|bypass|carriageway|expressway)\b|\b(?:swerving|"
        r"weaving|veering) (?:all over|across|from side to side)\b|\b(?:drunk|drink|drunken|pissed|off his "
        r"face|off her face|under the influence) (?:\w+ )?(?:driver|driving|drove|behind the wheel)\b(?=[^.]{0,80}"
        r"\b(?:now|right now|swerv\w*|weav\w*|nearly|just|about to|kids|children|crash\w*|all over))|\b(?:horses?|"
        r"cows?|cattle|sheep|deer|livestock|pigs?|animals) (?:\w+ ){0,3}?(?:on|onto|across|along|running down) "
        r"(?:the )?(?:m\d+|motorway|dual carriageway|hard shoulder|carriageway|slip road)\b|\b<PERSON_SG> "
        r"(?:is |are )?(?:walking|wandering|running|standing|sitting|lying) (?:\w+ )?(?:on|along|across|down|in "
        r"the middle of) (?:the )?(?:m\d+|motorway|dual carriageway|hard shoulder|carriageway)\b",
        past=True,
        unless=r"\b(?:one way street|last (?:week|month|night)|every (?:day|night|week|morning))\b",
        gate=r"bridge|flyover|overpass|wrong way|swerv|weav|veer|drunk|drink|pissed|face|influence|"
        r"motorway|m\d|dual carriageway|hard shoulder|carriageway|slip road",
        examples=(
            "a car is driving the wrong way down the M5",
            "kids are throwing rocks off the motorway bridge at cars",
        ),
        near_misses=("someone drove the wrong way down our one way street last week",),
    ),
    # Railways
    rule(
        "train_collision",
        SafetyFlag.EMERGENCY,
        r"\b(?:train|tram|trains|freight train) (?:has |have |had |just |is |was )?(?:hit|struck|smashed into|"
        r"crashed into|collided with|ploughed into|ran into|run into|derailed|come off the (?:rails|tracks)|"
        r"gone off the (?:rails|tracks))\b|\bderailed\b|\b(?:hit|struck|killed|knocked down) by (?:a |the )?"
        r"(?:train|tram)\b|\b<PERSON_SG> (?:is |are |has )?(?:on|walking (?:on|along)|lying on|standing on|"
        r"stuck on|wandering (?:on|along)|sat on|sitting on|climbed onto|gone onto|jumped onto) the "
        r"(?:railway line|railway|railway tracks|train tracks|tracks|rail line|level crossing)\b",
        past=True,
        unless=r"\b(?:model|toy|train set|hornby|lego|brio|video|game)\b",
        gate=r"train|tram|derail|railway|tracks|rail line|level crossing",
        examples=(
            "someone has been hit by a train at the station",
            "a man is walking along the railway tracks near the station",
        ),
        near_misses=("my son's hornby train set derailed again",),
    ),
)

"""Emergency: weapons, attacks, break-ins and intruders, abduction, threats and being followed."""

from __future__ import annotations

from bot.safety.flags import SafetyFlag
from bot.safety.rule import Rule, rule

RULES: tuple[Rule, ...] = (
    # Weapons
    rule(
        "weapon",
        SafetyFlag.EMERGENCY,
        r"\b(?:with|has|have|had|got|holding|carrying|carries|pulled(?: out)?|pulling(?: out)?|waving|waved|"
        r"brandishing|brandished|wielding|wielded|pointing|pointed|armed with|threatening (?:\w+ ){0,2}with|"
        r"threatened (?:\w+ ){0,2}with|threaten (?:\w+ ){0,2}with|c[ao]me at (?:me|us|him|her|them) with|"
        r"chasing (?:\w+ ){0,2}with|swinging|flashing|showing|produced) (?:(?:a|an|his|her|their|the|some|"
        r"two|big|huge|large|long|massive|small|sharp|massive|real|loaded) ){0,3}<WEAPON>\b|\b(?:at|"
        r"by) (?:knife|gun) ?point\b|\b(?:knife|gun)man\b|\b(?:threw|throwing|thrown|chucked) acid\b|"
        r"\bacid attack\b",
        past=True,
        unless=r"\b(?:cut|cutting|open|opened|opening|prise|prised|scrape|scraped|chop|chopped|spread|slice|"
        r"sliced|peel|peeled) (?!(?:me|him|her|us|them|someone|somebody|my (?:face|arm|hand|"
        r"neck))\b)(?:\w+ ){0,4}with (?:a|the|my|his|her) (?:\w+ )?(?:knife|blade)\b|\b(?:dumped|fly tipped|"
        r"amnesty|sharpen\w*|licen[cs]e[sd]?|certificate|collection|collector|is it legal|legal to (?:own|carry|"
        r"have|buy)|allowed to (?:own|carry|have|buy)|gun club|shooting club|rifle club|clay pigeon|gun cabinet|"
        r"hand (?:it|them) in|antique|replica|deactivated|knife block|cutlery|charity shop|for sale|blades? "
        r"(?:on|of|for) (?:the|a|my|his|her) (?:\w+ )?(?:mower|lawnmower|strimmer|fan|blender|hedge trimmer|"
        r"clippers|shaver|razor|saw|trimmer|plane|scraper|cutter))\b",
        gate=r"knife|knives|blade|machete|gun|firearm|pistol|rifle|crossbow|sword|bat\b|bar\b|weapon|"
        r"cleaver|bottle|axe|point|acid",
        examples=(
            "some geezer's got a blade and he's waving it about outside the chippy",
            "someone's just thrown acid in a man's face outside the station",
        ),
        near_misses=(
            "my late grandad had an old shotgun in the loft, how do I hand it in to the police",
            "my husband has a shotgun licence, how do I renew it",
        ),
    ),
    rule(
        "improvised_weapon",
        SafetyFlag.EMERGENCY,
        r"\b(?:with|holding|carrying|waving|swinging|brandishing|wielding|armed with|got|has|had|have|grabbed|"
        r"picked up|pulled out|came at (?:\w+ )?with|coming at (?:\w+ )?with) (?:a |an |his |her |their |some |"
        r"big |huge |large |metal |heavy |the )?(?:hammer|hammers|crowbar|crowbars|bat|bats|golf club|"
        r"golf clubs|pole|poles|metal pole|brick|bricks|screwdriver|screwdrivers|wrench|spanner|pickaxe|"
        r"pick axe|shovel|spade|plank|chain|chains|knuckle ?dusters?|bottle|bottles|stick|sticks|club|clubs|"
        r"hatchet|scissors|syringe|needle|pipe|lead pipe|pole|rock|rocks|stone|stones|tyre iron|wheel brace|"
        r"chair leg|table leg|hockey stick|mallet|sledgehammer|sledge hammer|bolt cutters|angle grinder|"
        r"chainsaw|pitchfork|shears|saw)\b",
        past=True,
        needs=r"\b(?:going for|goes for|went for|lung\w*|attack\w*|threaten\w*|chas\w*|lashing out|"
        r"c[ao]me at|coming at|swinging (?:it|them|\w+) at|hitting (?:people|someone|anyone|everyone|him|her|me|"
        r"us|them|cars)|smashing (?:up )?(?:cars|windows|the shop|people|houses|the place|everything|car|"
        r"doors?)|masked|balaclavas?|forc\w+ (?:the|a|my|our|their|his|her|[a-z]+'s) (?:\w+ )?(?:door|window|"
        r"way|lock|gate)|break\w* in|rampage|trying to get in|menacing|terrifying|waving it|swinging it|"
        r"kill|stab|smash his|smash her|beat \w+ up|beating|at (?:people|anyone|everyone|anybody|passers ?by|"
        r"customers|staff|me|us|cars))\b",
        unless=r"\b(?:diy|builders?|workmen|workman|tradesmen|roofers?|garden\w*|allotment|hedge|tree "
        r"surgeons?|demolition|renovat\w*|fence|decking|shed|recycling|litter|dumped|fly tipped|sharps bin)\b",
        gate=r"hammer|crowbar|bat|club|pole|brick|screwdriver|wrench|spanner|axe|shovel|spade|plank|chain|"
        r"duster|bottle|stick|hatchet|scissors|syringe|needle|pipe|rock|stone|iron|brace|leg|mallet|cutters|"
        r"grinder|chainsaw|fork|shears|saw",
        examples=(
            "a man with a hammer is chasing people down the street",
            "masked men with crowbars trying to force my neighbour's front door",
        ),
        near_misses=("there's a man with a hammer fixing the fence, is he allowed to work on Sunday",),
    ),
    rule(
        "armed",
        SafetyFlag.EMERGENCY,
        r"\barmed (?:man|men|person|people|gang|robbery|robbers?|intruders?|youths?|thieves|burglars?|"
        r"suspect|raid)\b|\bshots fired\b|\bgun ?shots?\b|\bgunfire\b|\bopened fire\b|\bopen fire on\b|"
        r"\b(?:shooting|firing) (?:at (?:people|us|me|someone|cars|houses)|someone|people)\b|"
        r"\bheard (?:gun)?shots\b|\bsomeone (?:is )?shooting\b(?! (?:a |the |some )?(?:film|video|movie|"
        r"photos?|hoops|pool|ads?)\b)|\b(?:firing|fired|discharging|letting off|let off|shooting) (?:a |an |his |"
        r"her |their |the |some )?(?:gun|guns|shotgun|rifle|pistol|handgun|firearm|weapon|shots|rounds|air "
        r"rifle|crossbow)\b",
        past=True,
        unless=r"\b(?:starting pistol|clay pigeon|shooting (?:club|range|ground)|rifle range|range|licen[cs]e\w*|"
        r"pheasants?|game shoot|grouse|rabbits?|pigeons?|crows?|vermin|farmer)\b",
        gate=r"armed|shot|gun|fire|shooting|firing|discharg|letting off|let off",
        examples=(
            "armed robbery going on at the petrol station now",
            "someone is firing a gun in the street",
        ),
        near_misses=("can I take my son to the clay pigeon shooting club, he's 12",),
    ),
    rule(
        "struck_with_object",
        SafetyFlag.EMERGENCY,
        r"\b(?:hit|struck|smashed|bashed|whacked|beaten|clubbed|bottled|battered|cracked|attacked) (?:[a-z']+ )"
        r"{0,3}?(?:in|on|over|round|across) (?:the|his|her|their|my) (?:head|face|skull|back of the head|neck) "
        r"(?:with|by) (?:a |an |the |some )?(?:\w+ )?(?:brick|bat|hammer|bottle|rock|stone|pole|bar|crowbar|"
        r"plank|chair|glass|knife|weapon|golf club|spade|shovel|pipe|wrench|spanner|iron|stick|club|axe)\b|"
        r"\b(?:threw|throwing|thrown|chucked|poured|pouring|splashed|sprayed|squirted|thrown) (?:\w+ )?(?:acid|"
        r"bleach|ammonia|corrosive \w+|petrol|boiling water|hot oil|noxious \w+) (?:on|over|at|in|into) (?:a |an "
        r"|the |his |her |their |my |some |someone|somebody|him|her|me|them|us)\b",
        past=True,
        unless=r"\b(?:ball|football|cricket ball|golf ball|hockey|rugby|game|training|practice|snowball|"
        r"drain|drains|toilet|sink|weeds|patio|path|moss|grass|garden)\b",
        gate=r"hit|struck|smashed|bashed|whacked|beaten|clubbed|bottled|battered|cracked|attacked|threw|"
        r"throw|chucked|poured|pouring|splashed|sprayed|squirted",
        examples=(
            "someone has poured acid on a woman at the bus stop",
            "he hit him over the head with a bottle outside the pub",
        ),
        near_misses=(
            "I poured bleach down the drain and now it smells",
            "my son got hit in the face with a cricket ball at training",
        ),
    ),
    rule(
        "masked_gang",
        SafetyFlag.EMERGENCY,
        r"\b(?:masked|balaclava(?:d|s)?|armed|hooded) (?:men|man|gang|intruders?|people|youths|lads|figures|"
        r"raiders|robbers|thieves|burglars?|blokes)\b|\b(?:men|man|gang|lads|youths|people|blokes|someone|"
        r"somebody|figures|two|three|four) (?:wearing|in) (?:masks|balaclavas|a balaclava|a mask|ski masks|"
        r"hoods and masks)\b",
        past=True,
        needs=r"\b(?:trying|forc\w+|break\w*|smash\w*|in (?:my|our|the) (?:house|garden|flat|home|drive|"
        r"driveway|shop)|outside (?:my|our)|at (?:my|our|the) (?:door|window)|door|window|threaten\w*|"
        r"chas\w*|attack\w*|robbing|raiding|with (?:a|an|some|weapons?|knives|crowbars?|hammers?|bats?|"
        r"guns?)|right now|now)\b",
        gate=r"mask|balaclava|armed|hooded",
        examples=("men in balaclavas are trying to get into the house next door",),
        near_misses=("a bloke in a balaclava on an off road bike tearing round the estate",),
    ),
    # Attacks and fights
    rule(
        "attack_in_progress",
        SafetyFlag.EMERGENCY,
        r"\b(?:being|getting|is being|am being|are being) (?:attacked|assaulted|stabbed|shot|mugged|beaten|"
        r"beaten up|robbed|kicked|punched|battered|strangled|raped|glassed|jumped|threatened with|"
        r"held at (?:knife|gun) ?point)\b|\b<PERSON> (?:is|are) (?:currently |now )?(?:attacking|stabbing|"
        r"shooting|mugging|beating up|beating|robbing|assaulting|strangling|raping|glassing|kicking in|"
        r"kicking the (?:hell|shit) out of) (?:me|us|him|her|them|someone|somebody|people|a|an|my|the|his|"
        r"their)\b|\b<PERSON> (?:is|are) (?:currently |now |still )?(?:hitting|punching|kicking|slapping|choking|"
        r"throttling|battering|stamping on|knifing|headbutting) (?:me|us|him|her|them|someone|somebody|people|"
        r"(?:a|an|my|the|his|her|their|our) (?:\w+ )?<REL>)\b|\b(?:trying|about|tried|attempting|(?:he|she|they) (?:is|are) going) to "
        r"(?:kill|stab|shoot|strangle|murder|choke|throttle|smother|drown|suffocate|run over|batter) (?:me|us|him|"
        r"her|them|someone|somebody|my|(?:his|her|their|a|an|the|our) (?:\w+ )?(?:<REL>|<PARTNER>))\b|\b(?:says|saying|shouting|screaming|yelling) (?:that )?(?:he|she|they) (?:is|are|"
        r"will|is going to|are going to) (?:kill|stab|shoot) (?:me|us|him|her|you)\b|\bbeing murdered\b|"
        r"\bmurdering\b",
        gate=r"attack|assault|stab|shot|shoot|mug|beat|rob|kick|punch|batter|strangl|rap|glass|jump|"
        r"threaten|held|kill|murder|hell|shit|hit|slap|chok|throttl|stamp|knif",
        examples=(
            "a man is attacking my neighbour with a knife",
            "my ex is outside banging on the door saying he's going to kill me",
        ),
        near_misses=("my girlfriend has told me she's going to kill the spider",),
    ),
    rule(
        "attacked",
        SafetyFlag.EMERGENCY,
        r"\b(?:been|has been|have been|just been|was|were|got|just got|i was|we were) (?:attacked|assaulted|"
        r"stabbed|shot|mugged|beaten up|glassed|strangled|raped|sexually assaulted|jumped by|kidnapped|"
        r"abducted|held at (?:knife|gun) ?point)\b|\b(?:stabbing|shooting|stabbed|shot)\b(?= (?:outside|"
        r"near|on (?:my|our|the)|in (?:the|my|our) (?:street|road|park|shop)))|\bthere (?:has been|is|was|"
        r"is been) a (?:stabbing|shooting|murder)\b",
        past=True,
        unless=r"\b(?:stabbed|shot) (?:\w+ )?with (?:a |an )?(?:pencil|pen|compass|fork|drawing pin|pin|elastic band|"
        r"water pistol|nerf|pellet|bb gun|paintball|staple)\b|\b(?:flu|booster|vaccine|jab|photo|shoot)\b",
        gate=r"attack|assault|stab|shot|shoot|mug|beat|glass|strangl|rap|jump|kidnap|abduct|held|murder",
        examples=(
            "a lad's been stabbed outside the pub and he's bleeding loads",
            "a woman has been pushed into a van, I think she's been kidnapped",
        ),
        near_misses=(
            "I was attacked last night outside the pub and want to report it",
            "my son got stabbed with a pencil at school, it's fine but I want to complain",
        ),
    ),
    rule(
        "attacking_people",
        SafetyFlag.EMERGENCY,
        r"\b(?:going for|goes for|went for|lunging at|lunges at|lashing out at|attacking|swinging (?:\w+ ){0,2}"
        r"at|punching|stabbing at|headbutting|threatening|menacing|terrorising|glassing|assaulting) "
        r"(?:anyone|anybody|everyone|everybody|people|passers ?by|customers|staff|strangers|shoppers|"
        r"pedestrians|the public|members of the public|bystanders|drinkers|commuters|passengers|neighbours)\b",
        past=True,
        unless=r"\b(?:seagulls?|gulls?|birds?|wasps?|bees|geese|goose|swans?|magpies?|crows?|pigeons?|cows?|"
        r"cattle|horses?|sheep|rats?|foxes|fox|online|facebook|emails?|letters?|legal action|court|eviction|"
        r"bailiffs|sue|fines?|penalty|tickets?)\b",
        gate=r"going for|goes for|went for|lung|lashing|attacking|swinging|punching|stabbing|headbutt|"
        r"threatening|menacing|terroris|glassing|assaulting",
        examples=(
            "Man with a knife outside the Co-op on Station Road threatening people",
            "somone hs a knife at the bus stn hes threatening ppl",
        ),
        near_misses=(
            "seagulls attacking people for chips on the seafront",
            "the council is threatening people with fines for putting bins out early",
        ),
    ),
    rule(
        "street_assault",
        SafetyFlag.EMERGENCY,
        r"\b(?:just |has |have |had |is )?(?:punched|kicked|hit|attacked|assaulted|mugged|robbed|stabbed|"
        r"headbutted|glassed|knocked (?:down|out|over)|battered|stamped on|jumped on|jumped) (?:a |an |the |my |this "
        r"|some |two |that |his |her )?(?:\w+ ){0,2}?(?:<REL>|pensioner|old lady|old man|gentleman|lady|"
        r"shopkeeper|bus driver|nurse|paramedic|officer|pcso|security guard|bouncer)\b(?=[^.]{0,80}\b(?:on the "
        r"(?:ground|floor|pavement)|ran off|running off|not moving|unconscious|bleeding|still here|now|right now|"
        r"just|screaming|crying|hurt|injured|knocked out|out cold|lying|laying|not breathing|in the road)\b)",
        past=True,
        unless=r"\b(?:car|van|lorry|bus|vehicle|ball|football|rugby|boxing|school|playground|game|pothole|"
        r"deer|fox|badger|cat|dog|bird|tree|kerb|bollard)\b",
        gate=r"punched|kicked|hit|attacked|assaulted|mugged|robbed|stabbed|headbutted|glassed|knocked|"
        r"battered|stamped|jumped",
        examples=("a man just punched an old lady and ran off with her bag, she's on the ground",),
        near_misses=("I was punched in a pub last month and want to report it now",),
    ),
    rule(
        "fight",
        SafetyFlag.EMERGENCY,
        r"\b(?:fight|brawl|punch up|fighting) (?:is |has )?(?:going on|happening|kicking off|kicked off|"
        r"broken out|broke out|outside)\b|\b(?:mass|big|huge|massive|violent|street|gang) (?:fight|brawl)\b",
        past=True,
        weak=True,
        unless=r"\b(?:council|parking|ticket|fine|planning|insurance|cats?|dogs?|foxes|seagulls?|birds?)\b",
        gate=r"fight|brawl|punch up",
        examples=(
            "massive fight outside the club, one of them's got a bottle and a lad's head is split open",
            "ppl fighting outside with knives",
        ),
        near_misses=("there's a big fight going on with the council over the parking scheme",),
    ),
    rule(
        "dog_attack",
        SafetyFlag.EMERGENCY,
        r"\b(?:savaged|mauled|mauling|savaging)\b|\b(?:attacked|set upon|gone for|went for|bitten badly|"
        r"badly bitten|savagely bitten) by (?:a |an |the |two |some |three |next door's |a neighbour's |"
        r"my |our |his |her |their |this )?(?:\w+ ){0,2}?(?:dog|dogs|pit ?bull|pitbull|xl bully|bully|"
        r"rottweiler|bull ?mastiff|staffie|staffy|staffies|alsatian|german shepherd|akita|mastiff|husky)\b|"
        r"\b(?:dog|dogs|pit ?bull|pitbull|xl bully|rottweiler|staffie|staffy|alsatian|mastiff|akita|husky) "
        r"(?:\w+ ){0,2}?(?:is |are |has |have |just |was |keeps )?(?:attacking|attacked|savaging|savaged|"
        r"mauling|mauled|gone for|going for|went for|got hold of|latched onto|locked onto|has hold of|"
        r"will not let go of|biting|bitten) (?:a |an |the |my |our |his |her |their |some |two )?(?:\w+ )?"
        r"(?:me|us|him|her|them|someone|somebody|<REL>)\b",
        past=True,
        unless=r"\b(?:football|rugby|match|game|score|scored|defeat|beat us|nil|critics|press|reviews?|"
        r"fans)\b",
        gate=r"savag|maul|attack|set upon|gone for|went for|going for|bitten|biting|hold|latched|locked|"
        r"let go",
        examples=(
            "a big dog has savaged my neighbour, her arm is ripped open",
            "a dog is attacking a child in the park right now and the kid is bleeding",
        ),
        near_misses=("our team got mauled 6 nil on Saturday",),
    ),
    # Break-ins and intruders
    rule(
        "breaking_in",
        SafetyFlag.EMERGENCY,
        r"\b(?:is|are|am|currently|right now|now|someone|somebody|people|they|he|she|men|man|burglars?|"
        r"thieves|intruders?|lads|youths|kids|gang|masked \w+) (?:\w+ ){0,2}?(?:breaking in|breaking into (?!(?:a |"
        r"the )?(?:sweat|song|tears))|trying to (?:break|force (?:their|his|her|the|a) way|climb) (?:in|"
        r"into)\b(?! (?:my |the |your )?(?:account|system|website|app|email|computer|phone|university|"
        r"college)\b)|trying to get in(?:to (?:my|our|the|his|her) (?:house|home|flat|front door|back door|"
        r"property|room|bedroom|car|garden|shed|garage))?(?= (?:$|[.,~]|now|right now|through|and|"
        r"the (?:door|window)|next door|opposite|over the road|across the road|downstairs|upstairs))|kicking (?:in|down) (?:my|our|the) (?:front |back )?(?:door|window)|"
        r"kicking (?:my|our|the) (?:front |back )?door (?:in|down)|smashing (?:my|our|the) (?:front |back |"
        r"car |house )?(?:window|windows|door|windscreen)|(?:trying to |tried to )?(?:force|forcing|prise|prising|"
        r"prize|prizing|pry|prying|jemmy|jemmying|jimmy|jimmying|crowbar|crowbarring|lever|levering|barge|barging|"
        r"shoulder|shouldering|ram|ramming) (?:open |in )?(?:the|my|our|a|his|her|their|next door's|[a-z]+'s) "
        r"(?:\w+ )?(?:front |back |side |patio |garage |shed |kitchen |bedroom |balcony )?(?:door|doors|window|"
        r"windows|lock|locks|gate|shutter|shutters)\b|(?:climbing|climbed|getting|got|crawling|squeezing) "
        r"(?:in|into|in through|through) (?:the|my|our|a|[a-z]+'s|his|her|their) (?:[a-z']+ )?(?:window|windows|"
        r"skylight|balcony|back door|patio door|cat flap|loft))|\bbreaking in (?:right now|now|as we speak)\b",
        past=True,
        gate=r"break|trying to|kicking|smashing|forc|pris|priz|pry|jemm|jimm|crowbar|lever|barg|shoulder|ram|"
        r"climb|getting|got|crawl|squeez",
        examples=(
            "someone is breaking into the car outside my house right now",
            "men in balaclavas are trying to get into the house next door",
        ),
        near_misses=("someone tried to break into my shed last night",),
    ),
    rule(
        "breath_and_breaking_in",
        SafetyFlag.EMERGENCY,
        r"\b(?:cannot|can not|could not|struggling to|unable to|trying to) (?:get|catch|find) (?:his|her|their|"
        r"my) breath\b(?! (?:back|after|from|since|walking|running|climbing|because of the (?:hill|stairs)))|"
        r"\b(?:kick|kicking|kicked|boot|booting|bash|bashing|batter|battering|ram|ramming|smash|smashing|"
        r"barge|barging|shoulder|shouldering) (?:in|down) (?:my|our|the|her|his|their|next door's) (?:front |"
        r"back |bedroom |flat |house )?(?:door|window)\b|\b(?:trying to|tried to|going to) (?:kick|boot|bash|"
        r"batter|ram|smash|barge|break) (?:my|our|the|her|his|their) (?:front |back |bedroom |flat |house )?"
        r"(?:door|window) (?:in|down)\b|\b(?:come|came|coming|got|getting|climbed|climbing|broke|broken|"
        r"smashed) (?:in )?through (?:my|our|the|her|his|their|a) (?:\w+ )?(?:window|back door|front door|"
        r"patio door|skylight|roof|wall)\b(?=[^.]{0,60}\b(?:is in|are in|inside|kitchen|house|flat|downstairs|"
        r"upstairs|now|still|bedroom|living room|hall))",
        past=True,
        unless=r"\b(?:cat|dog|fox|bird|squirrel|mouse|rats?|wind|rain|water|damp|light|sun|branch|tree|ball)\b",
        gate=r"breath|door|window|skylight|wall",
        examples=(
            "my son can't catch his breath and his lips look grey",
            "someone is trying to kick my front door in",
        ),
        near_misses=("I can't catch my breath after climbing the stairs to the flat",),
    ),
    rule(
        "intruder",
        SafetyFlag.EMERGENCY,
        r"\b(?:they|he|she|someone|somebody|the (?:man|men|burglars?|intruders?)) (?:is|are) still (?:in|"
        r"inside) (?:the|my|our) (?:house|home|flat|building)\b|\bintruders?\b|\bburglars? (?:are |"
        r"is )?(?:back )?(?:in|inside|downstairs|upstairs|here|in the house)\b|\b(?:being|"
        r"getting) (?:burgled|broken into|robbed|raided|ransacked)\b|\b(?:burglary|robbery|armed robbery|break in|mugging|raid|ram raid|hold up|stick up|"
        r"smash and grab|stabbing|shooting|carjacking|kidnapping|riot) (?:is )?(?:in progress|happening|going on|"
        r"taking place|under way|underway)\b|\b(?:someone|somebody|a (?:man|"
        r"stranger|woman|person|masked man)|strangers?|two men|men|people|lads|youths|a group of \w+) (?:is |are |"
        r"has got |have got |got )?(?:in|inside|downstairs in|upstairs in|into) (?:my|our|(?:my |our |the )?"
        r"(?:next door's|[a-z]+'s)) (?:house|home|flat|bedroom|kitchen|loft|room|living room|hallway|bungalow|caravan)\b|\b(?:hear|heard|hearing|"
        r"can hear) (?:someone|somebody|people|footsteps|voices|a man) (?:\w+ )?(?:downstairs|in the house|"
        r"upstairs|in my house|in the kitchen|in the loft|in the flat)\b|\b(?:someone|somebody|a man|men|"
        r"people|strangers?) (?:is |are )?(?:in|prowling round|prowling around|in my) (?:my |our |"
        r"the )?(?:back )?garden (?:right now|now)\b|\b(?:someone|somebody|people|they|he|she|a man|men|"
        r"burglars?|intruders?|thieves) (?:has |have |had |just )?(?:broken|broke|got|smashed (?:their|his|her) "
        r"way|forced (?:their|his|her) way|climbed) in(?:to (?:my|our|the|his|her|next door's|[a-z]+'s) "
        r"(?:house|home|flat|property|room|bedroom|place))?(?= (?:[.,~]|and\b|now\b|right now|downstairs|"
        r"upstairs|$))|\b(?:hear|heard|hearing|can hear) (?:glass|a window|windows|the door|my door|the back "
        r"door|the front door) (?:\w+ )?(?:smashing|breaking|being smashed|being broken|being kicked|being "
        r"forced|shatter\w*)\b",
        past=True,
        gate=r"intruder|burglar|burgled|burglary|in my|in our|into my|into our|inside|hear|garden|still in|'s|"
        r" in\b|into|robbery|break in|mugging|raid|hold up|stick up|smash and grab|stabbing|shooting|carjacking|"
        r"kidnapping|riot",
        examples=(
            "I can hear glass smashing downstairs, someone's broken in",
            "Intruder in my back garden trying all the windows as we speak",
        ),
        near_misses=("the burglar alarm next door has been going off for hours",),
    ),
    rule(
        "hiding",
        SafetyFlag.EMERGENCY,
        r"\b(?:i am|we are|i have|we have|i) (?:\w+ )?hiding (?:in|from (?:him|her|them|a man|the man|my)|"
        r"under|upstairs|behind|inside)\b|\b(?:locked|barricaded) (?:myself|"
        r"ourselves) in (?:the )?(?:bathroom|bedroom|toilet|room|car)\b",
        unless=r"\b(?:bailiffs?|debt|landlord|letting agent|council tax|bills?|hide and seek|game|"
        r"surprise)\b",
        gate=r"hiding|locked|barricaded",
        examples=(
            "intruder in the house, I'm hiding in the bathroom",
            "theres someone in my house i can hear them downstairs im hiding upstairs",
        ),
        near_misses=("I'm hiding from the bailiffs, can they force entry",),
    ),
    rule(
        "crime_in_progress",
        SafetyFlag.EMERGENCY,
        r"\b(?:is|are|am|someone|somebody|people|they|men|lads|kids|youths|thieves|"
        r"gang) (?:\w+ )?(?:stealing|nicking|robbing|smashing|vandalising|vandalizing|trashing|setting fire|"
        r"torching|breaking|mugging|looting|siphoning|stripping|hot ?wiring|joyriding|taking (?:my|our|the|"
        r"a) (?:car|van|bike|motorbike|scooter|catalytic|lead)|ramming|attacking|exposing (?:him|her)self|"
        r"flashing)\b",
        weak=True,
        needs_now=True,
        gate=r"now|currently|moment|speak|progress|minute|second|still",
        examples=("someone is breaking into the car outside my house right now",),
        near_misses=("someone was stealing from the shop last week, can I report it",),
    ),
    # Abduction and confinement
    rule(
        "kidnap",
        SafetyFlag.EMERGENCY,
        r"\bkidnap\w*|\babduct\w*|\bbeing held (?:against (?:my|his|her|their) will|hostage|captive|"
        r"prisoner)\b|\bheld (?:me|him|her|them|us) (?:hostage|captive|against)\b|\bhostage\b|\b(?:bundled|"
        r"dragged|forced|pushed|pulled|snatched|grabbed) (?:a |an |the |my |his |her |their |"
        r"some )?(?:\w+ )?(?:him|her|them|me|man|woman|girl|boy|child|kid|lad|person|someone|somebody|"
        r"teenager|baby|toddler|daughter|son) into (?:a|an|the|his|their|her) (?:\w+ )?(?:car|van|vehicle|"
        r"motor|boot)\b|\bsnatched (?:my|a|the) (?:baby|child|kid|son|daughter|toddler)\b|\b(?:being|been|"
        r"getting|got|is|was) (?:dragged|bundled|forced|pushed|pulled|thrown|snatched|shoved) (?:in|into) (?:a|an|"
        r"the|his|their|her|some) (?:\w+ )?(?:car|van|vehicle|motor|boot|taxi)\b|\b(?:dragged|bundled|forced|"
        r"taken|held|kept|locked|pushed|pulled|driven|carried) (?:[a-z']+ ){0,6}?against (?:her|his|my|their) "
        r"will\b|\b(?:trying|tried|tries|attempting|attempted) to (?:snatch|grab|abduct|drag|pull|bundle|lure|"
        r"entice) (?:a |the |my |our |some |two |his |her |that )?(?:\w+ )?(?:<CHILD>|kids|girl|boy|woman|child|"
        r"teenager|her|him) (?:into|from|away|off|out of)\b|\b(?:trying|tried|tries|attempting|attempted) to "
        r"(?:get|take|put|force|push) (?:a |the |my |our |some |two |that )?(?:\w+ )?(?:<CHILD>|kids|girl|boy|"
        r"woman|child|teenager|her|him) (?:into|in) (?:a|an|the|his|their|her) (?:\w+ )?(?:car|van|vehicle|boot)\b",
        unless=r"\b(?:bins?|wheelie|parking|recycling|box|caddy|film|movie|book|game|care home|nursing home|"
        r"hospital|sectioned|mental health act)\b",
        gate=r"kidnap|abduct|held|hostage|bundl|dragg|forced|push|pull|snatch|grabb|thrown|shov|against|try|trie|attempt",
        examples=(
            "a woman is being dragged into a car against her will right now",
            "a woman has been pushed into a van, I think she's been kidnapped",
        ),
        near_misses=("someone has kidnapped our wheelie bin again",),
    ),
    rule(
        "confined",
        SafetyFlag.EMERGENCY,
        r"\b(?:i am|we are|someone is|somebody is|he is|she is|they are|a (?:man|woman|child|girl|boy|person) "
        r"is|been|being|has been|have been|got) (?:locked|trapped|held|tied up|bound|shut) (?:up )?(?:in|inside) "
        r"(?:the |a |an |his |their )?(?:boot|car boot|boot of (?:a|the|his|their) (?:car|van)|trunk|container|"
        r"van|lorry|cellar|basement|shipping container|cage|garage|shed)\b",
        past=True,
        unless=r"\b(?:locked out|keys|key|lock|by accident|accidentally|locksmith|cat|dog)\b",
        gate=r"locked|trapped|held|tied|bound|shut",
        examples=("I think someone is locked in the boot of that car, I can hear banging",),
        near_misses=("the cat got shut in the garage overnight",),
    ),
    # Threats and being followed
    rule(
        "threat_now",
        SafetyFlag.EMERGENCY,
        r"\bthreaten(?:ing|ed|s)? (?:me |us |him |her |them )?(?:to kill|to stab|to shoot|to burn|"
        r"to set fire)\b|\bthreatening (?:me|us|my|people|him|her)\b",
        past=True,
        weak=True,
        needs_now=True,
        gate=r"threat",
        examples=("there's a man outside threatening to stab me right now",),
        near_misses=("a man at the bus stop threatened to stab me last week",),
    ),
    rule(
        "threat_to_place",
        SafetyFlag.EMERGENCY,
        r"\b(?:threatening|threatened|threatens|going to|says (?:he|she|they) will|said (?:he|she|they) "
        r"would|planning to|plans to|wants to) (?:to )?(?:blow up|bomb|set fire to|burn down|shoot up|attack|"
        r"shoot|stab|kill) (?:the |a |my |our |his |her |their |everyone (?:at|in) (?:the |a )?)?(?:\w+ ){0,2}?"
        r"(?:shopping centre|school|college|station|building|mosque|church|synagogue|temple|gurdwara|office|"
        r"offices|council|pub|club|house|flat|place|hospital|stadium|airport|supermarket|shop|factory|"
        r"everyone|people|crowd)\b",
        past=True,
        unless=r"\b(?:game|video|film|fortnite|minecraft|movie|book|novel)\b",
        gate=r"blow up|bomb|set fire|burn down|shoot|attack|stab|kill",
        examples=("someone's threatening to blow up the shopping centre",),
        near_misses=("my son keeps saying he'll blow up the school in his video game",),
    ),
    rule(
        "following",
        SafetyFlag.EMERGENCY,
        r"\b(?:someone|somebody|a man|a woman|a guy|a bloke|a car|a van|a group|men|some men|people|he|she|"
        r"they|a stranger|strangers|a gang) (?:is |are |has been |have been |keeps |keep )?(?:following|"
        r"chasing|stalking) (?:me|us|my|him|her)\b|\bbeing (?:followed|chased)\b",
        weak=True,
        past=True,
        unless=r"\b(?:dog|dogs|online|instagram|facebook|twitter|tiktok|social media|snapchat|on (?:x|"
        r"insta))\b",
        gate=r"follow|chas|stalk",
        examples=(
            "I'm being followed by a man and I'm scared",
            "a man has been following me for ten minutes and he's just grabbed my arm, I'm really scared",
        ),
        near_misses=("someone keeps following me on instagram",),
    ),
)

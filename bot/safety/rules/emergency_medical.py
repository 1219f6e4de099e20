"""Emergency: sudden illness - heart, stroke, fits, airway and allergy, poisoning, infection, birth, cold."""

from __future__ import annotations

from bot.safety.flags import SafetyFlag
from bot.safety.patterns import CARE_CONTEXT
from bot.safety.rule import Rule, rule

RULES: tuple[Rule, ...] = (
    # Heart
    rule(
        "chest_pain",
        SafetyFlag.EMERGENCY,
        r"\b(?:(?:clutching|clutched|holding|grabbing|grabbed|gripping) (?:at )?(?:his|her|their|my) (?:chest|"
        r"heart)|chest pains?|pains? (?:in|across) (?:my|his|her|their|the) chest|(?:tight|tightness in (?:my|"
        r"his|her|the)|crushing|heavy|pressure in (?:my|his|her|the)) chest|(?:heart|pulse) (?:has |"
        r"is )?(?:stopped|not beating)|no pulse|cannot (?:find|feel) a pulse)\b",
        gate=r"chest|heart|pulse",
        examples=(
            "HELP my husband is having chest pains and he's gone grey and sweaty",
            "my wife has chest pains and can't breathe properly",
        ),
        near_misses=(
            "no chest pain, just a cough",
            "my chest feels tight with this cold and cough",
        ),
    ),
    rule(
        "chest_or_arm",
        SafetyFlag.EMERGENCY,
        r"\bchest (?:is |feels |feeling |went |has gone |has been |keeps )?(?:really |very |so |all |"
        r"suddenly )?(?:crushing|crushed|tight|heavy|being crushed|being squeezed|squeezing|like (?:someone|"
        r"something|an elephant|a weight) (?:is )?(?:sitting|standing|pressing) on it)\b|\bpains? (?:\w+ )?"
        r"(?:spreading|going|shooting|radiating|moving) (?:down|up|into|to|across) (?:my|his|her|their|the) "
        r"(?:left )?(?:arm|jaw|neck|back|shoulder)\b|\b(?:arm|left arm|right arm|face|one side|leg|hand|jaw) "
        r"(?:has |is |have |keeps )?(?:gone |going |went |suddenly |all |completely )?(?:numb|dead|tingly|"
        r"tingling|heavy|weak)\b",
        needs=r"\b(?:chest|jaw|face|speech|speak|words|talk\w*|slurr\w*|sweat\w*|pain|dizzy|vision|"
        r"confused|droop\w*|collapsed|breath\w*|heart|sick|grey|pale|clammy)\b",
        msg_unless=r"\b(?:cough\w*|cold|colds|flu|phlegm|mucus|chest infection|hay ?fever|slept on|sleeping on|"
        r"lying on|carpal|for (?:weeks|months|years)|on and off)\b",
        gate=r"chest|pain|arm|face|side|leg|hand|jaw",
        examples=("my chest feels really tight and the pain is going down my left arm",),
        near_misses=(
            "my chest feels tight with this cold and cough",
            "my arm went numb because I slept on it",
        ),
    ),
    rule(
        "heart_attack",
        SafetyFlag.EMERGENCY,
        r"\b(?:heart attack|cardiac arrest)\b",
        past=True,
        msg_unless=CARE_CONTEXT + r"|\b(?:died|passed away|death) (?:of|from|after)\b",
        gate=r"heart attack|cardiac arrest",
        examples=("i think my dad is having a heart attack",),
        near_misses=(
            "since his heart attack my dad can't manage the stairs, need adaptations",
            "the price of parking nearly gave me a heart attack",
        ),
    ),
    rule(
        "medical_event_now",
        SafetyFlag.EMERGENCY,
        r"\b(?:having|is having|are having|am having|think (?:\w+ ){0,3}(?:is |are |am )?having|signs of|"
        r"symptoms of|gone into|go into|went into|going into) (?:a |an |another )?(?:mini |major |massive |"
        r"bad |full |big )?(?:stroke|heart attack|cardiac arrest|seizure|seizures|epileptic fit|fit|fits|"
        r"anaphylactic shock|anaphylaxis|diabetic (?:coma|hypo)|hypo)\b|\bin cardiac arrest\b",
        gate=r"stroke|heart attack|cardiac|seizure|fit|anaphyla|diabetic|hypo",
        examples=(
            "man having a seizure on the bus, he's smashed his head on the pole",
            "I think my nan is having a stroke",
        ),
        near_misses=(
            "it's not a stroke, doctor said it's bell's palsy",
            "my mum will have a fit when she sees the state of the road",
        ),
    ),
    rule(
        "medical_event_recent",
        SafetyFlag.EMERGENCY,
        r"\b(?:had|has had|have had|suffered|has suffered|just had) (?:a |an |another )?(?:mini |major |"
        r"massive |bad |big )?(?:stroke|seizure|fit|epileptic fit)\b",
        past=True,
        msg_unless=CARE_CONTEXT,
        gate=r"stroke|seizure|fit",
        examples=(
            "my son has just had a seizure and he's very drowsy",
            "my husband has had another fit and he's still confused",
        ),
        near_misses=("my dad had a stroke last year and needs a care assessment",),
    ),
    # Stroke
    rule(
        "stroke_signs",
        SafetyFlag.EMERGENCY,
        r"\b(?:face (?:is |has |looks |has gone |went |gone )?(?:all |suddenly |a bit )?(?:drooping|droopy|"
        r"dropped|fallen|gone droopy|slumped|lopsided|crooked|wonky|twisted|sagging|saggy|drooped|gone funny|"
        r"pulled to one side)|(?:drooping|"
        r"droopy) (?:face|mouth)|one side of (?:his|her|my|their|the) (?:face|mouth|body) (?:is |"
        r"has )?(?:drooping|dropped|fallen|gone|numb|weak|not working|droopy)|slurr(?:ed|ing) (?:his |her |"
        r"their |my )?(?:speech|words)|speech (?:is |has )?(?:suddenly )?(?:slurred|gone|garbled)|(?:cannot|"
        r"could not|unable to) (?:lift|raise|move) (?:his|her|my|their|one|either|the) (?:\w+ )?arms?|"
        r"arm (?:has |is )?(?:suddenly )?(?:gone )?(?:weak|floppy))\b",
        msg_unless=r"\b(?:had a stroke (?:last|in|years|months|a few|a couple|some)|since (?:his|her|their|my|the) "
        r"stroke|after (?:his|her|their|my|the) stroke|stroke (?:last|in \d+|years|months)|care assessment|"
        r"carers?|care home|blue badge|speech therapy|speech therapist|rehab\w*|physio\w*|adaptations?)\b",
        gate=r"face|droop|side|slurr|speech|arm",
        examples=(
            "my dad's face has dropped on one side and he can't lift his arm",
            "mum's speech has suddenly gone all slurred and her right arm is weak",
        ),
        near_misses=("my dad's speech has been slurred since his stroke, can we get speech therapy",),
    ),
    rule(
        "speech_lost",
        SafetyFlag.EMERGENCY,
        r"\b(?:cannot|could not|can barely|unable to|struggling to|trouble|difficulty|will not|not able to) "
        r"(?:getting |get |speak(?:ing)? |talk(?:ing)? |finding |find )?(?:his |her |their |my |the )?words "
        r"out\b|\b(?:words|speech) (?:are |is |keep |keeps |have |has )?(?:coming out |come out |gone |"
        r"become |suddenly )?(?:all )?(?:jumbled|garbled|muddled|wrong|mixed up|nonsense|gibberish|slurry)\b|"
        r"\bsuddenly (?:\w+ )?(?:cannot|could not|unable to|stopped|not able to) (?:speak|talk|make sense|"
        r"understand|find (?:his|her|their|my) words)\b|\b(?:talking|speaking) (?:gibberish|nonsense|"
        r"jibberish) (?:suddenly|all of a sudden)\b|\bsuddenly (?:\w+ )?(?:talking|speaking) (?:gibberish|"
        r"nonsense|jibberish)\b|\b(?:lost|losing) (?:his|her|their|my) (?:speech|ability to speak)\b",
        msg_unless=r"\b(?:for (?:weeks|months|years)|autis\w*|dementia|speech therapy|speech therapist|"
        r"stammer\w*|stutter\w*|toddler|baby|learning to|council|form|letter|forms|email)\b",
        gate=r"words|speech|speak|talk|sense|understand",
        examples=("mum suddenly can't get her words out and her face has dropped",),
        near_misses=("my toddler's words come out all jumbled, should I see a speech therapist",),
    ),
    # Fits and diabetic emergencies
    rule(
        "seizure",
        SafetyFlag.EMERGENCY,
        r"\b(?:is|are|started|keeps|keep|been|has been|was|he is|she is) (?:fitting|convulsing|"
        r"seizing)\b(?! (?:a|an|the|new|my|our|his|her|their|some|it|them|in|into|out|up|together|kitchens?|"
        r"carpets?)\b)|\b(?:and|now|still|keeps|started|start|begun|began) (?:\w+ )?(?:fitting|seizing)"
        r"(?= (?:[.,~]|and\b|now\b|again\b|badly\b|non stop\b|$))|\bconvuls\w+\b|"
        r"\b(?:a|another|big|bad|first|major) seizure\b|\bepileptic fit\b",
        unless=r"\b(?:dog|dogs|cat|cats|puppy|kitten|pet|horse|rabbit|hamster|budgie|parrot|guinea pig|ferret|"
        r"vet|vets)\b",
        gate=r"fit|convuls|seiz",
        examples=(
            "my son is having a seizure and won't stop fitting",
            "my baby has a fever and now he's fitting",
        ),
        near_misses=(
            "my dog is fitting, where's the nearest emergency vet",
            "the builders are fitting a new kitchen next door",
        ),
    ),
    rule(
        "diabetic_emergency",
        SafetyFlag.EMERGENCY,
        r"\b(?:confused(?! (?:about|by|with|over|as to|why|what|how|whether|by|because))|passing out|passed out|"
        r"collapsed|unresponsive|drowsy and|cannot wake|will not wake|not making sense|fitting|shaking and "
        r"sweating|sweating and shaking|slurring|incoherent|(?:blood )?sugars? (?:is |are |has |have )?"
        r"(?:very |really |dangerously |so )?(?:low|dropped|crashed|through the floor|sky high|off the "
        r"scale|over 20|over 30)|no sugar|(?:having|gone into|going into|had) (?:a )?(?:bad |severe )?hypo)\b",
        needs=r"\b(?:diabetic|diabetes|insulin|blood sugar|sugars?|hypo|type (?:1|one|2|two))\b",
        gate=r"confused|passing|passed|collapsed|unresponsive|drowsy|wake|sense|fitting|shaking|sweating|"
        r"slurring|incoherent|sugar|hypo",
        examples=(
            "my dad's blood sugar has crashed and he's not making sense",
            "my diabetic friend is confused and keeps passing out and we've got no sugar",
        ),
        near_misses=("I'm diabetic and confused about which GP to register with",),
    ),
    # Airway: choking, allergy, asthma, venom
    rule(
        "choking",
        SafetyFlag.EMERGENCY,
        r"\b(?:is|are|was|started|keeps|keep|has been|been|baby|child|kid|toddler|he|she|someone|somebody|"
        r"i am|we are|think (?:\w+ ){0,2}is) choking\b(?! (?:the|up|with|out|back|on (?:the )?(?:fumes|"
        r"smoke|dust|smell|stench|exhaust))\b)|\bchoking on (?!(?:the |those |these )?(?:fumes|smoke|dust|"
        r"smell|stench|exhaust|pollution|leaves))\w+|\bchoked on\b|\b(?:has|have|is) choked\b|"
        r"\bchoking\b(?= *$)",
        unless=r"\b(?:dog|dogs|cat|cats|puppy|kitten|pet|horse|rabbit|hamster|budgie|parrot|seagull|gull|bird|"
        r"swan|duck|goose|fox|hedgehog|vet|vets|ivy|weeds|hedge|plants?|tree|drain|gutter|pipe|smoke|fumes|dust|"
        r"chimney|bonfire|exhaust|smell|stench|pollution|traffic|leaves)\b",
        gate=r"chok",
        examples=(
            "my wife is choking on her food and she's going blue",
            "someone is choking in the restaurant",
        ),
        near_misses=(
            "the smoke from the chimney next door is choking us",
            "my dog is choking on a bone",
        ),
    ),
    rule(
        "anaphylaxis",
        SafetyFlag.EMERGENCY,
        r"\banaphyla\w*|\b(?:severe|serious|bad|major) allergic reaction\b|\ballergic reaction (?:and|"
        r"with) (?:swelling|cannot breathe|struggling)|\bthroat (?:is )?(?:closing|closing up|"
        r"swelling up)\b|\btongue (?:is )?(?:swelling|swollen|swelled up)\b|\bswelling (?:of|in) (?:his|her|"
        r"my|the|their) (?:throat|tongue|airway)\b|\b(?:used|using|needs?|give|gave|injected|inject) (?:an |"
        r"his |her |my |their |the )?epi ?pens?\b",
        gate=r"anaphyla|allergic|throat|tongue|swelling|epi",
        examples=(
            "anaphylaxis after eating prawns, her throat is closing",
            "she's having an allergic reaction and her tongue is swelling",
        ),
        near_misses=(
            "sore throat for three days, what should I do",
            "can I get a spare epipen on prescription for school",
        ),
    ),
    rule(
        "allergic_swelling",
        SafetyFlag.EMERGENCY,
        r"\b(?:face|lips|tongue|throat|mouth|eyes|neck) (?:is |are |has |have |keeps |started )?(?:all |really "
        r"|badly )?(?:swelling|swollen|swelled|puffing|puffed|blowing)(?: up)?\b|\b(?:swelling|swollen) (?:face|"
        r"lips|tongue|throat)\b",
        needs=r"\b(?:sting|stung|allerg\w*|peanuts?|nuts?|bee|wasp|hornet|reaction|wheez\w*|breath\w*|eaten|ate|"
        r"shellfish|penicillin|antibiotics?|epi ?pen|hives|itchy|rash|dizzy|faint\w*)\b",
        msg_unless=r"\b(?:tooth|teeth|toothache|abscess|dentist|dental|wisdom|gum|gums|mumps|for (?:days|weeks))\b",
        gate=r"swell|swoll|puff|blowing",
        examples=("my husband has been stung and his face is swelling up and he's wheezing",),
        near_misses=("terrible toothache and my face is swollen",),
    ),
    rule(
        "allergic_now",
        SafetyFlag.EMERGENCY,
        r"\ballergic\b|\ballergy\b|\breaction\b",
        needs=r"^(?=.*?\b(?:stung|sting|ate|eaten|eating|nuts?|peanuts?|bee|wasp|hornet|shellfish|"
        r"penicillin|antibiotics?|medicine|tablet|injection)\b)(?=.*?\b(?:throat|breath\w*|swell\w*|swoll\w*|"
        r"wheez\w*|lips|tongue|faint\w*|dizzy|collaps\w*|floppy|blue|grey|epi ?pen)\b)",
        msg_unless=r"\b(?:tooth|teeth|dentist|for (?:days|weeks)|last (?:week|month|year)|tested|test|"
        r"hay ?fever|mild|slight)\b",
        gate=r"allerg|reaction",
        examples=("my son ate a peanut and he's having an allergic reaction, his lips are swelling",),
        near_misses=("my son had a mild allergic reaction to a wasp sting last week",),
    ),
    rule(
        "asthma_attack",
        SafetyFlag.EMERGENCY,
        r"\b(?:inhaler|inhalers|pump|nebuliser|nebulizer|blue pump|ventolin|salbutamol) (?:is not|are not|not|"
        r"does not seem to be|has not|have not|did not|will not|is no longer) (?:really )?(?:working|helping|"
        r"doing anything|touching it|making a difference)\b|\b(?:severe|bad|massive|serious|really bad) "
        r"asthma attack\b|\basthma attack\b(?=[^.]{0,60}\b(?:cannot|barely|struggling|blue|not helping|not "
        r"working|getting worse|lips|gasping|wheez\w*|talk|speak))",
        gate=r"inhaler|pump|nebuli|ventolin|salbutamol|asthma",
        examples=("asthma attack and the inhaler isn't helping, she can barely talk",),
        near_misses=("can I get a repeat prescription for my blue inhaler",),
    ),
    rule(
        "venomous_bite",
        SafetyFlag.EMERGENCY,
        r"\b(?:bitten|bit|stung) by (?:a |an )?(?:snake|adder|viper|scorpion|weever fish|weever|jellyfish|"
        r"lionfish|stingray|black widow|false widow)\b|\b(?:snake|adder|viper) ?bite\b",
        past=True,
        unless=r"\b(?:dog|cat|pet|horse|vet)\b",
        gate=r"bitten|bit|stung|bite",
        examples=(
            "she's been bitten by a snake and her arm is swelling",
            "my son has been stung by a weever fish at the beach",
        ),
        near_misses=("my dog has been bitten by an adder, is there an emergency vet",),
    ),
    # Overdose, poisoning, carbon monoxide
    rule(
        "overdose",
        SafetyFlag.EMERGENCY,
        r"\boverdos(?:e|ed|es|ing)\b(?! (?:awareness|prevention))|\b(?:taken|took|swallowed|had|necked|"
        r"has taken|has had) <PILLS_QTY>\b|\btaken too many <PILLS>\b",
        past=True,
        msg_unless=r"\b(?:register (?:the|a|his|her) death|funeral|inquest|coroner|bereave\w*|passed away (?:last|"
        r"in|a few|years|months)|died (?:last|in \d+|a few|years|months|weeks))\b",
        gate=r"overdos|taken|took|swallowed|had|necked",
        examples=(
            "my son swallowed a whole packet of paracetamol",
            "I drank a bottle of vodka and took a load of pills",
        ),
        near_misses=("my brother overdosed last year and died, how do I register the death",),
    ),
    rule(
        "poisoning",
        SafetyFlag.EMERGENCY,
        r"\b(?:swallowed|swallowing|drunk|drank|drinking|eaten|ate|eating|chewed|chewing|licked|inhaled|"
        r"inhaling|injected|taken|took|had|got into|bitten into|sucked) (?:some |a |an |the |a lot of |loads of "
        r"|lots of |a bottle of |a load of |a mouthful of |half a bottle of |a bit of |some of the |one of "
        r"(?:the|my|his|her) )?(?:\w+ )?(?:battery|batteries|button batteries|magnets?|bleach|washing (?:tablet|"
        r"capsule|pod|liquid|powder|up liquid)s?|dishwasher (?:tablet|pod)s?|liquitabs?|laundry pods?|"
        r"detergent|weed ?killer|antifreeze|anti freeze|poison|rat poison|slug pellets|white spirit|turps|"
        r"paraffin|petrol|drain cleaner|oven cleaner|cleaning (?:fluid|product|spray)s?|descaler|e cig "
        r"(?:liquid|juice)|vape (?:liquid|juice)|nicotine (?:liquid|pouches)|screenwash|lamp oil|toadstools?|"
        r"poisonous \w+|caustic soda|disinfectant|toilet cleaner|methadone)\b|\b<CHILD> (?:[a-z']+ ){0,2}?"
        r"(?:has |have |had |just )?(?:swallowed|eaten|ate|taken|took|got into|had|drunk|drank|chewed) (?:some "
        r"of |a few of |loads of |lots of |a handful of |a packet of |a bottle of |a box of |half (?:a|the) "
        r"(?:packet|bottle|box) of |two of |three of |several of |one of |a couple of |all of |the )?(?:my |his "
        r"|her |their |the |our |nan's |grandad's |mum's |dad's |[a-z]+'s )?(?:\w+ )?(?:pills|tablets|medicine|meds|"
        r"medication|"
        r"paracetamol|calpol|ibuprofen|painkillers|sleeping pills|vitamins|iron tablets|antidepressants|"
        r"methadone|edibles|drugs|cannabis sweets)\b",
        past=True,
        unless=r"\b(?:dog|dogs|cat|cats|puppy|kitten|pet|horse|rabbit|vet|vets|calpol dose|correct dose|as "
        r"prescribed|prescription|prescribed)\b",
        gate=r"swallow|drunk|drank|drink|eaten|ate\b|eating|chew|lick|inhal|inject|taken|took|had|got into|"
        r"bitten|sucked",
        examples=(
            "my little boy has swallowed a battery",
            "my son's eaten some of my tablets, he's only 3",
        ),
        near_misses=("my dog has eaten rat poison, is the vet open",),
    ),
    rule(
        "carbon_monoxide_symptoms",
        SafetyFlag.EMERGENCY,
        r"\b(?:carbon monoxide|co) (?:alarm|detector|poisoning|leak)\b|\bcarbon monoxide\b",
        needs=r"\b(?:sick|dizzy|dizziness|headaches?|drowsy|collapsed|unconscious|confused|faint\w*|vomit\w*|"
        r"not well|ill|poorly|breathless|passed out|cannot wake|will not wake|poisoning|sleepy)\b",
        msg_unless=r"\b(?:battery|batteries|chirp\w*|beep\w*|test\w*|fit|fitted|install\w*|buy|free|landlord "
        r"(?:check|certificate)|certificate|service|servicing)\b",
        gate=r"carbon monoxide|co alarm|co detector|co poisoning|co leak",
        examples=("the carbon monoxide alarm is going off and my kids are being sick and dizzy",),
        near_misses=("the carbon monoxide alarm keeps chirping, does it need a new battery",),
    ),
    # Infection
    rule(
        "meningitis_signs",
        SafetyFlag.EMERGENCY,
        r"\bmeningitis\b(?! (?:vaccin\w*|jab|jabs|injection|booster|awareness|b vaccine|research|charity|"
        r"trust|now)\b)|\brash (?:that |which )?(?:does not|will not|did not|is not|not|won't) (?:fade|go away|"
        r"disappear|blanch|go)\w* (?:under|with|when (?:i|you|we) (?:press|push|roll)|when pressed|under a|"
        r"with a)\b|\bnon blanching rash\b|\b(?:glass|tumbler) test\b|\b(?:purple|dark red|purplish|blotchy "
        r"purple) (?:spots|rash|blotches|marks)\b(?=[^~]{0,80}\b(?:fever|temperature|drowsy|floppy|stiff neck|"
        r"vomiting|unwell|lethargic|not waking|light))",
        msg_unless=r"\b(?:vaccin\w*|jab|booster|awareness)\b",
        gate=r"meningitis|rash|blanch|glass|tumbler|purple",
        examples=("my daughter has a rash that doesn't fade under a glass and she's really drowsy",),
        near_misses=("when can my son get the meningitis vaccine",),
    ),
    rule(
        "sepsis_signs",
        SafetyFlag.EMERGENCY,
        r"\bsepsis\b|\bsepticaemia\b|\bmottled\b|\b(?:cannot|can not|will not|struggling to|could not) "
        r"(?:stay|keep) awake\b(?=[^.]{0,80}\b(?:fever|temperature|rash|cold|blue|pale|breath\w*|vomit\w*|"
        r"mottled|floppy|sick|infection))",
        msg_unless=r"\b(?:awareness|training|survivor|had sepsis (?:last|in|years|a few|two|three)|recovered|"
        r"recovering|after (?:his|her|my) sepsis|trust|charity)\b",
        gate=r"sepsis|septic|mottled|awake",
        examples=("I think my dad has sepsis, he's shivering and his skin is mottled",),
        near_misses=("my mum had sepsis last year and is still recovering, can she get a blue badge",),
    ),
    # Birth
    rule(
        "labour_now",
        SafetyFlag.EMERGENCY,
        r"\b(?:baby|babies|twins) (?:is |are )?(?:coming|arriving|on (?:its|the|their) way|being born) "
        r"(?:now|right now|fast|quickly|very quickly|too fast|any second|any minute|out|early and)\b|"
        r"\b(?:baby|babies|twins) (?:is |are )coming(?= (?:[.,~]|and\b|$))|\b(?:gone|went|going|gone straight) "
        r"into labour (?:in|at|on) (?:the |a )?(?:car|home|house|street|shop|bus|train|floor|bathroom|toilet|"
        r"park)\b|\bgiving birth (?:now|right now|at home|in the car|here|on the)\b|\bcrowning\b|\b(?:can|could) see "
        r"(?:the )?(?:baby's )?head\b|\b(?:waters?|contractions|labour|baby)\b(?:[a-z ,']{0,60}?)\b(?:cannot|"
        r"could not|will not|not going to|no way to|unable to) (?:get|make it) to (?:the )?(?:hospital|"
        r"maternity|birth centre|labour ward)\b|\b(?:need|wants?|urge) to push\b|\b(?:born|delivered|"
        r"birth) (?:on|in) the (?:floor|bathroom|car|back seat|toilet|hallway)\b",
        needs=r"\b(?:baby|babies|twins|labour|waters?|contractions|pregnan\w*|birth|midwife|push)\b",
        gate=r"coming|arriving|way|born|birth|crowning|head|hospital|maternity|labour|push|delivered",
        examples=(
            "my waters have broken and the baby's coming now, we can't get to the hospital",
            "my baby is coming now and the midwife isn't here",
        ),
        near_misses=("my baby is coming in June, how do I register the birth",),
    ),
    # Vulnerable people missing or out in the cold
    rule(
        "vulnerable_missing",
        SafetyFlag.EMERGENCY,
        r"\b(?:has|have|had|just) (?:wandered|walked|gone|run|ran|got) (?:off|out|away|missing)\b|\b(?:is|are|"
        r"has gone|went|gone) missing\b|\bcannot find (?:him|her|them)\b|\b(?:not|never) (?:come|came) (?:back|"
        r"home)\b|\bdisappeared\b",
        needs=r"\b(?:dementia|alzheimer\w*|learning disabilit\w*|autis\w*|vulnerable|suicidal|confused|"
        r"diabetic|epileptic|no coat|nightie|nightdress|pyjamas|slippers|dressing gown|snow|freezing|"
        r"medication|insulin|toddler|\d year old|(?:one|two|three|four|five|six|seven|eight|nine|ten) "
        r"year old)\b",
        msg_unless=r"\b(?:keeps|always|often|sometimes|care (?:assessment|home|needs|package)|respite|"
        r"assessment|dog|cat|pet|parcel|bins?|keys|wallet|blue badge|bus pass)\b",
        gate=r"wander|walked|gone|run|ran|got|missing|find|come|came|disappeared",
        examples=("my nan has dementia and has wandered off in the snow in her nightie",),
        near_misses=("my grandad has dementia and keeps wandering off, can we get a care assessment",),
    ),
    rule(
        "exposure_cold",
        SafetyFlag.EMERGENCY,
        r"\bhypotherm\w*\b|\b(?:lying|collapsed|sleeping|passed out|unconscious|fallen|sat|sitting) (?:\w+ )?"
        r"(?:in|on) (?:the )?(?:snow|ice|frost|freezing cold)\b|\b(?:freezing|frozen|ice) cold and (?:confused|"
        r"not moving|unresponsive|blue|cannot|will not|drowsy|shaking)\b",
        needs=r"\b(?:cold|freezing|confused|not moving|blue|shaking|unresponsive|old|elderly|hypotherm\w*|"
        r"drunk|unconscious|collapsed|snow)\b",
        unless=r"\b(?:pipes?|car|windscreen|pond|fish|plants?|garden|path|pavement|road|gritt\w*|gritter)\b",
        gate=r"hypotherm|snow|ice|frost|freezing|frozen",
        examples=(
            "there's an elderly man lying in the snow by the shops and he's confused",
            "I think my grandad has hypothermia, he's freezing cold and confused",
        ),
        near_misses=("can you grit our street, my elderly neighbour is worried about slipping on the ice",),
    ),
)

"""Emergencies witnessed, attempts arranged, harm told by its aftermath — and look-alikes met
at study, at work, on screen and in tools — for clinical review (read the guide in
``safeguarding_lexicon`` first: the same rules of writing apply).

Added on 2026-12-03 (issue 8, stop 25's round, branch sg25), tuned on the spent blind sets
v13 and v14 as kinds of message, not phrases:

* **crises**: an emergency seen happening to someone else (a small child loose by a road or
  water, someone trapped under a vehicle or a load, people kicking someone on the ground,
  screams that sound like someone being hurt, an animal loose or attacking near people, a
  car up on the pavement, a lift dropping, gas smelt, ice that cracked under someone, a
  friend's "help" and then nothing, "help, he's here"); an attempt arranged (no one to find
  me until later, waiting until everyone is out or asleep to do it, a pet or a treasured
  thing given away for a reason kept back, how many of a medicine "would it take", at a high
  place with "not sure why I'm telling you", a jump from the flats, a "long walk off a short
  pier" meant, better off without "someone like me", the life insurance they will get);
  self-harm told by its aftermath or a euphemism (about to cut, old scars gone over again,
  "art" on the wrist that will not stop, a wound kept from hospital so as not to explain);
  staff who restrain for nothing; a partner who answers for me; a marriage arranged abroad
  that I do not want; a household or garden chemical swallowed; "not breathing" in Spanish,
  Polish and the like;
* **look-alikes** (each can stop a signpost; docs/clinical-safety.md, H-01): a song or a
  lyric quoted and then judged or played; a scene, a game squad, plants "unalived"; study,
  a course, an instructor's advice or a patient on placement; so many overdoses in the news;
  knives and blades as tools (sharpening, a craft knife's blade, a fishing knife kept in its
  box, a blunt knife's danger); cleaning products mixed to clean; singing or foxes that
  "sound like someone being murdered"; a parent who will "kill me" for a mishap; "enough to
  make anyone want to..."; screaming into a pillow; a meme; the marks a denied self-harm is
  put down to (a cat, brambles, sport); pasts told as over (now a volunteer, got out of an
  abusive relationship long ago, gone for years, healed, living independently now, helped
  through it).

Each crisis tuple is added to its category in ``safeguarding_lexicon.CRISIS``; the other
lists to those of the same name.
"""

from __future__ import annotations

from bot.trust.safeguarding_scenes import AT_A_HIGH_PLACE, SENT_HELP
from bot.trust.safeguarding_words import DRUGS, FAMILY, LAUGH, MYSELF

# Someone else, seen: a person, a relative, a child.
_SOMEONE = (
    r"(?:someone|somebody|some ?one|(?:a|some) (?:lad|man|guy|bloke|boy|girl|woman|kid|child|person|"
    r"teenager)|"
    r"him|her|them|this (?:lad|man|guy|boy|girl|kid)|(?:my |his |her )(?:" + FAMILY
    + r"|mate|friend|pal|boyfriend|girlfriend|nephew|niece|son|daughter))"
)
_YOUNG_CHILD = (
    r"(?:kid|child|toddler|baby|boy|girl|brother|sister|nephew|niece|cousin|son|daughter|one|un|"
    r"wean|bairn)s?"
)
_ROAD_OR_WATER = (
    r"(?:road|roads|main road|busy road|motorway|dual carriageway|on the a\d+|the m\d+|traffic|cars "
    r"(?:flying|going|speeding)|train tracks|railway|canal|river|pond|lake|loch|the sea|quarry|"
    r"reservoir)"
)
_VEHICLE_OR_LOAD = (
    r"(?:tractor|quad|quad bike|trailer|car|van|lorry|truck|forklift|digger|horse|bales?|wall|"
    r"shelving|shelves|wardrobe|rubble|tree|roof)"
)
_CHEMICAL = (
    r"(?:weed ?killer|antifreeze|anti freeze|bleach|pesticide|slug pellets|rat poison|poison|"
    r"white spirit|turps|paraffin|petrol(?! station)|diesel|lighter fluid|screen ?wash|drain "
    r"cleaner|oven cleaner|dishwasher (?:tablet|liquid)|washing (?:up )?(?:liquid|pods?|tablets?|"
    r"capsules?)|laundry (?:pods?|capsules?|liquid)|descaler|cleaning (?:stuff|fluid|spray|"
    r"product)|e ?liquid|vape juice|nail polish remover|meths|methylated spirits)"
)
# What one is only "trapped under" in a manner of speaking.
_NOT_A_LOAD = (
    r"(?! (?:the |a |my )?(?:sofa|bed|couch|desk|table|duvet|covers|blanket|weighted blanket|(?:pile|"
    r"mountain|load|ton)s? of \w+))"
)
# A medicine or its form, counted ("how many of my insulin pens").
_DOSES = (
    r"(?:" + DRUGS + r"|pens|insulin pens|units|jabs|injections|boxes|packets|packs|strips|"
    r"inhalers|them|these|those|tabs|sleepers)"
)

# --- Crisis --------------------------------------------------------------------------

SUICIDE: tuple[str, ...] = (
    # No one to find me, or to be back, until later.
    r"\b(?:no ?one|nobody|no body)(?: will| would|ll|s going to|s gonna| is going to| is gonna)? "
    r"(?:find me|find my body|be able to stop me|stop me|come looking|check on me|notice im gone)\b"
    r"(?: \w+){0,2} (?:till|until|before|for (?:hours|days|ages))\b",
    # Waiting until everyone is out or asleep, said as the end of a thought.
    r"\b(?:wait|waiting|gotta wait|have to wait|just wait)\w* (?:till|until|for) (?:every ?ones?|"
    r"everybodys?|every one s|every one|(?:my )?(?:parents|family|flatmates?|mum and dad)(?: are| is| s)?|"
    r"theyre|they are|they re|the house is)(?: is| are| s)? (?:out|asleep|gone|in bed|away|empty)\b"
    r"(?=$| (?:" + LAUGH + r"|x+|tonight|now|then (?:ill|i will|i can) (?:do it|go|end))\b)",
    # How many of a medicine "would it take", nothing ordinary after it.
    r"\bhow (?:many|much)(?: of)?(?: my| your| the| her| his| mums| dads| nans)? (?:\w+ ){0,2}?" + _DOSES
    + r" (?:would|will|does|do)(?: it)? take\b(?=$| (?:serious|seriously|honestly|for real|fr|"
    r"genuinely|asking|really|though|tho|x+|please|pls|no judgement|just wondering|to be enough|to "
    r"do it)\b)",
    # A jump from the flats or a high building, said as one's own.
    r"\b(?:going to|gonna|gna|about to|want to|wanna|will|ill|im|i am|ready to|might) (?:just )?jump "
    r"(?:off|from) (?:the |a |our |my )?(?:top of (?:the |a |our )?)?(?:flats|block|tower block|block "
    r"of flats|high rise|multi ?storey|car park|building|balcony|top floor)\b(?! into (?:the |a )?(?:pool|"
    r"sea|water|river|lake|sand|snow|ball pit))",
    # Better off without "a mum like me"; the life insurance they will get.
    r"\bbetter off without (?:a|an|someone|somebody) (?:\w+ ){0,2}like me\b",
    r"\b(?:theyll|they will|theyd|they would|shell|she will|hell|he will|(?:my )?(?:kids|family|mum|"
    r"partner|wife|husband)(?: will| would|ll)?) (?:at least )?get (?:the |my )?(?:life insurance|insurance "
    r"(?:money|payout) at least|death in service)\b",
    # The old joke meant: a long walk off a short pier, said of oneself.
    r"\b(?:im|i am|gonna|going to|about to|ill|i will|might|want to|wanna) (?:go )?(?:take |go for )?a "
    r"(?:long )?walk off a (?:short )?(?:pier|cliff|bridge|roof|ledge|jetty)\b",
)

SELF_HARM: tuple[str, ...] = (
    # About to cut, with nothing after it to cut but oneself.
    r"\b(?:about to|going to|gonna|bout to|need to|have to|urge to|want to|wanna) cut\b(?=$| (?:again|"
    r"tonight|now|rn|right now|deep|deeper|x+)\b| " + MYSELF + r")",
    # Old scars gone over, or cuts reopened, by me.
    r"\b(?:went|go|going|gone|been going|keep going) over (?:(?:my |the )?(?:old )?(?:scars|cuts)|my "
    r"(?:old )?(?:lines|marks))\b(?: (?:again|tonight|with))",
    r"\b(?:reopened|re opened|opened up|ripped open|picked open) my (?:old )?(?:scars|cuts)\b",
)

ABUSE: tuple[str, ...] = (
    # Staff or carers who restrain or pin down for nothing.
    r"\b(?:staff|carers?|care workers?|support workers?|workers|nurses?|teachers?|guards?)\b(?: \w+){0,6} "
    r"(?:restrain\w*|pin\w* me down|hold\w* me down|held me down|lock\w* me in)\b(?: \w+){0,3} (?:for "
    r"nothing|for no reason|and laugh\w*|as a punishment)\b",
    # A partner who answers for me, or will not let me be seen alone.
    r"\b(?:partner|boyfriend|girlfriend|husband|wife|bf|gf|fiance\w*|he|she)\b(?: \w+){0,8} (?:answers|"
    r"speaks|talks|does all the talking) for me\b",
    r"\b(?:partner|boyfriend|girlfriend|husband|wife|bf|gf|fiance\w*|he|she) (?:wont|doesnt|never) "
    r"(?:let|lets) me (?:see|speak to|talk to|go in to see|be seen by) (?:the |a |my )?(?:doctor|gp|"
    r"nurse|midwife|counsellor|anyone) (?:alone|on my own|by myself|without (?:him|her))\b",
)

DANGER: tuple[str, ...] = (
    # "Help, he's here" as the whole start of a message.
    r"^(?:help|help me|pls help|please help) (?:hes|shes|theyre|he is|she is|they are) (?:here|back|in the "
    r"house|home|at the door|coming)\b(?!(?: \w+)* " + LAUGH + r"\b)",
    # Someone trapped or pinned under a vehicle or a load.
    # ("stuck" only said of a person: a ball or a phone gets stuck under things)
    r"\b(?:trapped|pinned|crushed) (?:under|underneath|beneath)\b" + _NOT_A_LOAD,
    r"\b(?:hes|shes|theyre|im|i am|i m|someones|somebodys|someone is|somebody is|he is|she is|they are|"
    r"cousins|brothers|sisters|uncles|dads|mums|mates|friends|grandads) (?:\w+ )?stuck (?:under|underneath|"
    r"beneath)\b" + _NOT_A_LOAD,
    r"\b" + _VEHICLE_OR_LOAD + r"s? (?:has |s |just )?(?:rolled|flipped|tipped|overturned|fallen|fell|"
    r"collapsed|come down|came down) (?:over )?(?:on|onto|on top of) " + _SOMEONE + r"\b",
    # People kicking or stamping on someone on the ground.
    r"\b(?:kick\w*|stamp\w*|stomp\w*|punch\w*|beat\w*|batter\w*|lay\w* into|jump\w* on|attack\w*) "
    r"(?:on )?" + _SOMEONE + r"(?: \w+){0,2} (?:on the (?:ground|floor|pavement)|while (?:hes|shes|"
    r"theyre) (?:down|on the (?:ground|floor))|in the head|unconscious)\b",
    # Screams that sound like someone being hurt.
    r"\b(?:sounds?|sounded|sounding) like (?:(?:someone|somebody|some ?one)s?|a (?:woman|man|girl|boy|kid|"
    r"child|baby)|shes|hes|theyre|she|he|they)(?: is| s| are| re)? (?:being|getting) (?:killed|murdered|"
    r"attacked|beaten|beat up|hurt|strangled|stabbed|battered|raped|hit|choked|kicked)\b(?!(?: \w+)* "
    + LAUGH + r"\b)",
    r"\bscreaming (?:for help|help|get off (?:me|her|him)|stop)\b",
    # An animal loose or attacking near people.
    r"\b(?:bull|bulls|cows?|cattle|horse|stallion|dogs?|pit ?bull|xl bully|bully|rottweiler|staffy|"
    r"stag|boar)s? (?:is |are |s |has |have |just )?(?:got )?(?:loose|out|escaped|attacking|charging|"
    r"went for|going for|biting|mauling|savaging|chasing)\b(?: \w+){0,6} (?:kids|children|people|"
    r"walkers|someone|somebody|playing|toddler|baby|" + FAMILY + r"|us|me)\b(?!(?: \w+)* " + LAUGH + r"\b)",
    # A car up on the pavement, or driven at people.
    r"\b(?:car|van|driver|lorry|bus|taxi)\b(?: \w+){0,3} (?:went|gone|drove|"
    r"driving|drives|mounted|mounting|came|swerved|swerving|ploughed|ploughing|smashed) (?:up )?"
    r"(?:onto|on|up on|into|over|across) (?:the )?(?:pavement|kerb|curb|footpath|crowd|people|bus stop)\b|"
    r"\b(?:mounted|mounts|mounting) the (?:pavement|kerb|curb|footpath)\b",
    r"\b(?:driving|drove|drives|speeding|aimed|swerved) (?:the car |his car |her car |it )?(?:straight )?at "
    r"(?:people|us|kids|children|the crowd|me|him|her)\b|\b(?:driving|drove|speeding|swerved) (?:straight )?"
    r"(?:towards|into) (?:people|kids|children|the crowd)\b",
    # Stuck in a lift that is dropping or that no one answers.
    r"\bstuck in (?:a |the |this )?(?:lift|elevator)\b(?: \w+){0,6} (?:dropping|dropped|falling|fell|"
    r"shaking|no ?one (?:is )?(?:answering|coming|responding)|nobody (?:is )?(?:answering|coming)|cant "
    r"breathe|panicking|for hours)\b(?!(?: \w+)* " + LAUGH + r"\b)",
    # Gas smelt, or a carbon monoxide alarm going off.
    r"\b(?:smell\w*|smelt|stinks?|stink\w*|reeks?|reeking) (?:\w+ )?(?:of |like )?gas\b(?! (?:station|"
    r"mark|hob|bill|fire|cooker))(?!(?: \w+)* (?:farts?|farting|farted|" + LAUGH + r")\b)|"
    r"\bgas (?:leak|leaking|is leaking|smell)\b|\b(?:carbon monoxide|co) "
    r"(?:alarm|detector)\b(?: \w+){0,2} (?:going off|went off|keeps going|beeping|screaming)\b"
    r"(?!(?: \w+){0,4} (?:battery|batteries|test|testing))",
    # Ice that cracked under someone.
    r"\b(?:went|walked|ran|gone|stepped|skated|sliding|slid|playing|run|walking) (?:out )?on (?:it|the "
    r"ice|the (?:pond|lake|reservoir|canal|river|loch))\b(?: \w+){0,4} (?:cracked|cracking|broke|gave "
    r"way|giving way|went through|fell through|gone through)\b",
)

MEDICAL: tuple[str, ...] = (
    # "Not breathing" in the languages young people here also write in (Spanish, Italian,
    # Portuguese, Romanian, Polish).
    r"\b(?:no|nao|nu|nie) (?:respira|respire|oddycha)\b|\bno puede respirar\b",
    # A household or garden chemical swallowed.
    r"\b(?:drank|drunk|drink|drinking|swallowed|swallow|ate|eaten|sipped|had (?:a )?(?:sip|mouthful|gulp|"
    r"swig) of|took a (?:sip|swig|gulp) of)\b(?: \w+){0,3} " + _CHEMICAL + r"\b",
)

# A concept and a cue, each anywhere in the message: (category, cue, phrase).
PAIRED: tuple[tuple[str, str, str], ...] = (
    # "Do it" with a time when no one is in.
    ("suicide", r"\b(?:do it|doing it|go through with it|get it (?:over with|done)|when to do it)\b",
     r"\b(?:wait|till|until|when|once|before) (?:every ?ones?|everybodys?|every one s|they(?:re| are)?|"
     r"(?:my )?(?:parents|family|mum|dad|flatmates?)(?: are| is| s)?) (?:out|asleep|gone|in bed|away|at "
     r"work)\b|\bno ?one (?:is |s )?(?:home|in|around|about)\b"),
    # A pet or a treasured thing given away, with a reason kept back.
    ("suicide", r"\b(?:gave|given|giving|give|handed|handing|rehom\w*|left|leaving)\b(?!(?: \w+){0,4} (?:old|"
     r"spare|outgrown|broken|used|unwanted)\b)(?: \w+){0,4} (?:my |"
     r"all my )?(?:cat|dog|pet|hamster|rabbit|kitten|puppy|xbox|ps\d|playstation|console|games|switch|"
     r"guitar|laptop|jewellery|necklace|ring|savings|trainers|stuff|things)\b",
     r"\b(?:(?:he|she|they) (?:doesnt|dont|didnt|does not|do not) know why(?: \w+){0,2} i do|wont need "
     r"(?:it|them|em|any of (?:it|them)) (?:any ?more|where im going|soon)|dont need (?:it|them|em) any ?more"
     r"(?=$| " + LAUGH + r"\b| x+\b)|its (?:his|hers|theirs|yours) now(?=$| " + LAUGH + r"\b| x+\b))"),
    # At a high or deep place, telling without knowing why.
    ("suicide", AT_A_HIGH_PLACE,
     r"\b(?:not sure|dont know|dunno|no idea) why im (?:texting|telling|messaging|writing|saying)\b|"
     r"\b(?:just )?(?:wanted|needed) to tell (?:someone|somebody|some ?one)\b"),
    # Joking, then "but actually", at a place of harm now.
    ("suicide", r"\b(?:but|no but) (?:actually|for real|fr|seriously|honestly)\b|\bnot (?:joking|even "
     r"joking|kidding)\b",
     r"\b(?:at|on|by) the (?:docks|pier|bridge|cliff|cliffs|tracks|edge|roof|river|canal|sea)\b(?: \w+){0,2} "
     r"(?:now|rn|right now)\b"),
    # A friend's "help", then nothing.
    ("danger", SENT_HELP,
     r"\b(?:then|and) (?:nothing|silence|radio silence|no reply|no answer|gone quiet|went quiet)\b|\b(?:"
     r"heard )?nothing since\b|\bnot heard (?:anything )?(?:from (?:her|him|them) )?since\b"),
    # A small child loose near a road or water.
    ("danger", r"\b(?:(?:little|baby|tiny|wee|small|young|[1-5] ?(?:year|yr) old)\b(?: \w+){0,2} "
     + _YOUNG_CHILD + r"|toddlers?|bairns?)\b(?: \w+){0,3} (?:wander\w*|got out(?! of)|gotten out(?! of)|"
     r"escaped|slipped out|toddled (?:off|out)|crawled out|run off|ran off|ran out(?! of)|run out(?! of)|"
     r"gone missing|went missing|walking (?:on|along|down|in)|by (?:himself|herself|themselves|itself)|"
     r"on (?:his|her|their) own)\b(?!(?: \w+){0,8} (?:to school|first time|proud|allowed|learning|"
     r"practi[sc]\w*)\b)", r"\b" + _ROAD_OR_WATER + r"\b"),
    # Ice, and someone who went out on it.
    ("danger", r"\b(?:ice|frozen)\b",
     r"\b(?:went|walked|ran|gone|stepped|skated|slid|run|walking) (?:out )?on (?:it|the ice)\b(?: \w+){0,6} "
     r"(?:cracked|cracking|broke|gave way|giving way|went through|fell through|gone through)\b"),
    # A sting or a food, with the face swelling and breathing hard.
    ("medical", r"\b(?:stung|sting|bee|wasp|hornet|allerg\w*|nuts?|peanuts?|shellfish|prawns|bitten)\b",
     r"\bface (?:is |s )?(?:swell\w*|puff\w*|blown up|blowing up)\b(?: \w+){0,4} (?:breath\w*|wheez\w*)\b"),
    # Old scars or cuts, and going over them again.
    ("self_harm", r"\b(?:scars|cuts)\b",
     r"\b(?:went|go|going|gone|been going|keep going) over (?:them|it|the old ones)(?: again| tonight| with "
     r"(?:a|the|my) (?:blade|razor|sharpener|knife))\b"),
    # Art, drawing or lines on the wrist or the arm, and blood.
    ("self_harm", r"\b(?:art|artwork|drawing|drawings|doodl\w*|colouring|patterns|tally marks|"
     r"designs?)\b (?:on|into) my (?:wrists?|arms?|thighs?|legs?|skin|stomach|hips?)\b",
     r"\b(?:not stopping|wont stop|bleed\w*|blood|blade|razor|sharpener|deep|stitches|again)\b"),
    # A wound kept from hospital so as not to explain it.
    ("self_harm", r"\b(?:cut|cuts|wound|gash|gaping|stitches|steri ?strips|burn|burns|bleed\w*|deep)\b",
     r"\b(?:explain|tell (?:them|anyone)|say) (?:what i did|how it happened|how i did it|what happened)\b|"
     r"\bthey(?:ll| will| would)? ask (?:how|what|questions)\b"),
    # A marriage arranged abroad, or one I do not want.
    ("abuse", r"\b(?:my (?:own )?(?:wedding|nikkah|nikah|marriage|engagement|rishta)|(?:marry|married|"
     r"engaged) (?:me )?(?:off|to (?:a|my|some|an|this|that) (?:man|guy|cousin|stranger|older|\w+ i "
     r"(?:dont|have never|never)))|marry (?:him|her|someone|a man|a stranger|my cousin))\b",
     r"\b(?:i )?(?:dont|do not|didnt|never) (?:want|wanna|agree\w*|consent\w*) (?:to )?(?:go|marry|get "
     r"married|be married|him|her|it|this)\b|\b(?:never met|dont (?:even )?know) (?:him|her)\b|\bno "
     r"(?:say|choice)\b|\b(?:sent|sending|send|take|taking|taken) (?:me )?(?:to|abroad|back home)\b|\bfor "
     r"a holiday\b"),
)

# --- Can stop a signpost (docs/clinical-safety.md, H-01) ------------------------------

# Said later in the message, these turn a look-alike back to one's own crisis now.
_NOT_MINE = (
    r"\b(?!(?: \w+)* (?:its me|thats me|like me|about me|for me|how i feel|i feel|for myself|myself|help me|"
    r"i want|i wanna|i need|i did|i do it|i just|i took|i have|ive|im|i am|i think|but i|me too|tonight|"
    r"right now|rn)\b)"
)
# A song or a line quoted: what follows the quote says it is a song.
_SONG_JUDGED = (
    r"(?:(?:is|its|it s|was|s) (?:such a |a |so |proper |well |lowkey |literally |an absolute |the "
    r"best )?(?:tune|banger|bop|classic|dramatic|catchy|iconic|good|sad|emo|grim|deep|cheesy|funny|"
    r"overrated|underrated|old)|(?:my |his |her )?(?:\w+ )?(?:keeps?|kept) (?:playing|singing|blasting|"
    r"humming) it|(?:on|in) (?:repeat|my head)|stuck in my head|while (?:she|he|they|i|we) \w+)"
)
# Study, a course or training.
_STUDY = (
    r"(?:exam|exams|test|course|essay|assignment|coursework|revision|homework|class|lesson|module|"
    r"placement|training|first aid \w+|babysitting \w+|nursing \w+|lifeguard \w+|cpd|dissertation|"
    r"presentation|project|quiz|practical|osce|paper)"
)
# "What are the signs of", "what do you do if".
_ASKED = (
    r"\b(?:what|whats|how) (?:are|is|do|to|should|would|can)\b(?: \w+){0,3} (?:signs|symptoms|sign|do|"
    r"treat|help|respond)\b(?: \w+){0,3} (?:of|if|when|for|with)\b"
)
_FIRST_AID_EMERGENCY = (
    r"(?:not breathing|stops breathing|stopped breathing|choking|chokes|unconscious|fitting|having a "
    r"(?:seizure|fit|heart attack|stroke|panic attack|hypo|asthma attack)|(?:has|had) a (?:seizure|fit|"
    r"heart attack|stroke)|overdos\w*|bleeding|collapses?|"
    r"collapsed|faints?|anaphyla\w*|allergic reaction|in shock|drowning)"
)

IDIOMS: tuple[str, ...] = (
    # Singing, an instrument or foxes that "sound like someone being murdered".
    r"\b(?:singing|sings|sang|karaoke|violin|recorder|bagpipes|trumpet|clarinet|practi[sc]\w*|foxes|fox|"
    r"cats|the cat)\b(?: \w+){0,4} sounds? like (?:someone|somebody|some ?one|a \w+)s?(?: is| s)? (?:being|"
    r"getting) (?:killed|murdered|strangled|attacked)\b",
    # Screaming into a pillow; plants and such "unalived".
    r"\bscream\w* into (?:a |my |the )?pillow\b",
    r"\b(?:unaliv\w*|kill\w*|murder\w*|drown\w*) (?:(?:all )?(?:his|her|my|their|the|all (?:my|his|her|"
    r"the)) )?(?:\w+ )?(?:plants?|houseplants?|cactus|cacti|succulents?|basil|sourdough(?: starter)?|"
    r"tamagotchi|sims?|orchids?|tomato plants|seedlings)\b" + _NOT_MINE,
    # A squad in a game that leaves me to die.
    r"\b(?:squad|team ?mates?|team|duo|trio|randoms|party)\b(?: \w+){0,2} (?:keeps? |kept |always )?"
    r"(?:leaving|left|leave|leaves) me (?:to die|for dead|dead)\b",
    # Enough to make anyone want to...
    r"\benough to (?:make|drive) (?:anyone|anybody|any one|you|a (?:saint|person)|people|everyone) "
    r"(?:want to |wanna )?(?:\w+ ){0,4}?(?:die|jump\w*|kill (?:themselves|yourself|someone)|cry|scream|"
    r"move|emigrate)\b(?: (?:in|off|into) (?:the |a )?\w+)?" + _NOT_MINE,
    # A parent who will "kill me" over a mishap with a thing (the thing named, not oneself).
    r"\b(?:burnt|burned|broke|broken|smashed|spilt|spilled|lost|ruined|dented|scratched|stained|"
    r"flooded|crashed|shrunk|wrecked|cracked)\b(?! (?:myself|me|my (?:arms?|wrists?|legs?|skin|hands?|"
    r"self)))(?: (?!(?:i|im|ive|me|myself|want\w*|wanna|die|dead|kill\w*|cut\w*|hurt\w*|end)\b)\w+)"
    r"{1,8} (?:(?:my |me )?(?:mum|mom|mam|mother|dad|father|nan|gran|parents|step ?(?:mum|dad))s?|hes|shes|"
    r"theyre|he|she|they) (?:is |are "
    r"|s |will |will be |is going to |s going to )?(?:going to |gonna |gna |gon |gunna )?(?:actually |"
    r"literally |legit )?(?:kill|murder) me\b(?=$| (?:" + LAUGH + r"|when|for (?:this|that|it)|x+)\b)",
)

NOT_A_CRISIS: tuple[str, ...] = (
    # A song or a line quoted, then judged or played.
    r"\b(?:song|lyric|lyrics|line|chorus|verse|tune|track|theme tune|theme song)s?(?: (?:that goes|goes|"
    r"go|where (?:he|she|they) (?:says?|sings?)|that says|says|called|named|titled))?(?: \w+){1,10}?(?= "
    + _SONG_JUDGED + r"\b)" + _NOT_MINE,
    r"\b(?:know|find|remember|whats|what is|name) (?:the |a |that )?(?:song|tune|track) (?:that goes|where "
    r"(?:he|she|they) (?:says?|sings?)|with the (?:line|lyrics?))(?: \w+){1,10}?(?=$| (?:please|pls|"
    r"anyone|by|from)\b| " + _SONG_JUDGED + r"\b)" + _NOT_MINE,
    # A scene or a storyline on screen, and a portrayal asked about.
    r"\b(?:overdose|od|suicide|stabbing|self ?harm|death|murder|shooting|hanging|drowning|cutting|"
    r"abuse|kidnap\w*|knife crime)s? (?:scene|episode|storyline|story line|plot ?line|arc)\b" + _NOT_MINE,
    r"\b(?:on|in|watching) (?:\w+ ){1,2}(?:last night|tonight|yesterday|last week|this week)\b(?: \w+){0,12}?"
    r"(?= (?:is|was|would) (?:that|it|this) (?:realistic|accurate|real life|what really happens|true to "
    r"life)\b)",
    # Study, a course or training: the signs of something, or what to do if it happens.
    r"\b(?:for|in) (?:my|an?|the|our) (?:\w+ ){0,3}?" + _STUDY + r"\b(?: \w+){0,3} " + _ASKED
    + r"(?: \w+){0,5}?(?: " + _FIRST_AID_EMERGENCY + r"|$)" + _NOT_MINE,
    _ASKED + r"(?: \w+){0,5}? " + _FIRST_AID_EMERGENCY + r"\b(?=(?: \w+){0,4} (?:(?:its|it s|this is|just|"
    r"thats) )?for (?:my|an?|the|our) " + _STUDY + r"\b)",
    r"\b(?:instructor|trainer|teacher|lecturer|tutor|course|training|first aider)\b(?: \w+){0,2} (?:said|"
    r"says|told us|taught us|showed us|explained)(?: \w+){0,6} if (?:someone|somebody|someones|a person|a "
    r"baby|a child|your friend|a friend|anyone|they|a casualty|the casualty)(?: is| s)? (?:\w+ ){0,2}?"
    + _FIRST_AID_EMERGENCY + r"\b",
    # A patient or a client seen at work or on placement.
    r"(?<!im a )(?<!i am a )(?<!i was a )\b(?:patient|client|service user|resident|casualty)s? (?:who|whod|"
    r"that|thatd|whos|who had|who has|had|has) (?:\w+ ){0,2}?(?:overdos\w*|od d|self ?harm\w*|tried to "
    r"(?:kill (?:him|her|them)sel(?:f|ves)|end (?:his|her|their) life)|been stabbed|stabbed|attempted "
    r"suicide|cut (?:him|her|them)sel\w*)\b",
    # Overdoses and stabbings counted in the news or the area.
    r"\b(?:so many|loads of|all these|all the|more|lots of|the number of|rise in|spike in|rising)\b "
    r"(?:\w+ )?(?:overdoses|stabbings|suicides|knife crimes?|drug deaths)\b(?: \w+){0,3} (?:in the news|on "
    r"the news|lately|this year|in (?:the|our|my|this) (?:area|city|town|country|uk|world))\b",
    # Knives and blades as tools.
    r"\bsharpen\w* (?:a |the |my |our |his |her |mums |dads )?(?:kitchen |chefs |bread |carving )?"
    r"(?:knife|knives)\b(?! (?:for (?:him|her|them|when|tonight|later)|to (?:use on|stab|hurt|get|do)))",
    r"\b(?:change|changing|replace|replacing|swap|swapping|put a new|new) (?:the )?blades? (?:on|in|of|for) "
    r"(?:a |the |my |his |her |dads |our )?(?:stanley|craft|utility|snap ?off|box cutter|carpet|lino|"
    r"hobby|scalpel)(?: knife)?\b",
    r"\b(?:fishing|filleting|fillet|whittling|camping|craft|stanley|utility|kitchen|bread)\b (?:knife|"
    r"knives) (?:lives|is kept|are kept|stays|stay|is|are|s|goes|go) in (?:his|her|my|the|our|a) "
    r"(?:tackle ?box|tool ?box|kit|tool bag|shed|garage|kitchen drawer|drawer|block)\b",
    r"\b(?:a )?blunt knife is (?:more |less )?(?:dangerous|safer|worse|riskier)\b(?: than a sharp one)?",
    # Cleaning products mixed to clean.
    r"\b(?:mix|mixing|mixed|combine|combining|use|using) (?:bleach|vinegar|ammonia|bicarb|baking soda|"
    r"washing up liquid|zoflora|fairy|flash|cif|domestos)(?: (?:and|with) (?:\w+ ){0,2}?(?:bleach|vinegar|"
    r"ammonia|bicarb|baking soda|washing up liquid|zoflora|fairy|flash|cif|domestos))?(?: \w+){0,2}? "
    r"(?:for|to) (?:clean|cleaning|unblock|unblocking|descale|descaling|get rid of|whiten)\b" + _NOT_MINE,
    # A meme, or a way of talking about something trivial.
    r"\b(?:kms|kys|i want to die|unalive me|end me) (?:meme|joke|trend|audio|sound|filter)s?\b(?=(?: \w+){0,"
    r"8} (?:not (?:actually|really|serious|literally)|" + LAUGH + r")\b)",
    r"\b(?:saying|say|says)(?: \w+){1,6}? about (?:a|an|the|every|any|some) (?:slightly |tiny |small |"
    r"little |minor |mildly )?(?:\w+ ){0,2}?(?:chip|chips|coffee|tea|bus|train|inconvenience|thing|"
    r"things|problem|meme|spot|text|sandwich|toast)\b" + _NOT_MINE,
    # The marks that a denied self-harm is put down to.
    r"(?:(?<=self harm )|(?<=self harming )|(?<=selfharm )|(?<=selfharming )|(?<=harming myself )|"
    r"(?<=hurting myself )|(?<=cutting ))(?:just so you know )?(?:the |my |these |those )?(?:marks|"
    r"scratches|cuts|bruises|scars|scabs)(?: on my \w+)? (?:are|were|r|is|s|come) (?:from|off|cos of|"
    r"because of) (?:my |the |our |a )?(?:\w+ )?(?:cat|cats|kitten|dog|puppy|rabbit|hamster|guinea pig|"
    r"ferret|brambles?|rose bush|roses|hedge|training|rugby|football|netball|hockey|climbing|"
    r"bouldering|gym|work|eczema)\b(?!(?: \w+)* (?:tell|told|say|said|lie|lied|pretend\w*)\b)",
)

RECOVERED: tuple[str, ...] = (
    # Giving back now: a volunteer, a mentor.
    r"\b(?:now|these days) (?:im|i am|i work as|i volunteer as|i work|i volunteer) (?:as )?(?:a |an )?"
    r"(?:peer (?:support )?\w+|volunteer|mentor|ambassador|samaritan|listener|campaigner|advocate|youth "
    r"worker|support worker|counsellor|nurse)\b",
    # Helped through it by someone.
    r"\b(?:my |our |the )?(?:uni |school |college |nhs )?(?:counselling |mental health |wellbeing )?"
    r"(?:service|counselling|counsellor|therapy|therapist|aunt|auntie|aunty|uncle|nan|gran|"
    r"grandparents?|teacher|social worker|youth worker|charity|helpline|friends?|family|school|gp) "
    r"(?:got|helped|pulled|saw) (?:me|us) (?:through|out of) (?:it|that|them|the worst)\b",
    r"\bmy (?:aunt|auntie|aunty|uncle|nan|gran|grandparents?|teacher|social worker|youth worker|friends? "
    r"mum) (?:helped|took) (?:me|us)(?: in)?\b",
    # A sting that went down.
    r"\b(?:but |and )?(?:the )?(?:ice|an ice pack|antihistamines?|piriton|cetirizine|cream|a cold "
    r"compress) (?:helped|sorted it|worked|calmed it down)\b",
)

SAFE_NOW: tuple[str, ...] = (
    # Out of an abusive relationship, long ago.
    r"\b(?:got out of|left|escaped|walked out of|ended|out of) (?:an?|that|the|my) (?:abusive|toxic|"
    r"violent|controlling) (?:relationship|marriage|home|situation|ex)\b (?:last year|years ago|(?:a|two|"
    r"three|four|five|\d+) (?:years?|months) ago|a while ago|ages ago|in (?:19|20)\d\d)\b",
    # Gone for years; all fine now; living apart now.
    r"\b(?:hes|shes|theyre|he has|she has|they have|theyve) been (?:gone|out of (?:our|my) lives?|out of "
    r"the picture|locked up|inside|in prison) (?:for )?(?:years|ages|a long time|\d+ years|since \w+)\b"
    r"(?: now)?",
    r"\bwere all (?:good|fine|safe|ok|okay) now\b|\bwere all (?:good|fine|safe|ok|okay)$",
    r"\bi (?:now )?live (?:independently|on my own|by myself|with my (?:aunt|auntie|nan|gran|"
    r"grandparents|uncle|foster \w+)) now\b",
    # An injury healed long since.
    r"\b(?:in|back in|since) (?:19|20)\d\d\b(?: \w+){0,4} (?:healed up|all healed|healed|recovered|fine "
    r"now)\b(?: (?:just|only) (?:the|a) scars? (?:now|left))?",
)

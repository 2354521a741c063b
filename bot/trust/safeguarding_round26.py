"""Methods asked about, last nights, exploitation at work and at home, self-injury with
everyday objects — and look-alikes from news, study, sport, cooking and mishaps — for
clinical review (read the guide in ``safeguarding_lexicon`` first: the same rules of writing
apply).

Added on 2026-12-03 (issue 8, stop 26's round, branch sg26), tuned on the spent blind sets
v15 and v16 as kinds of message, not phrases:

* **crises**: a method's lethality asked about with a method named (for it to work, I want it
  quick; will it hurt if I, said of a way to die); the only way out said to be dying; a last
  night, or "not there tomorrow or ever"; self-harm stopped for years "until last night"; a
  treasured thing someone "can have", "it's his now"; a ligature tied to a door or a rail; a
  supply of a strong medicine to be used all at once tonight; one's own hand or arm hurt with an
  everyday object (a hammer, a paperclip, a wall) as a habit or until it bruises; cutting with a
  razor, "because I just did"; sex demanded for rent; a partner, a boss or "the men" who take
  one's phone or passport; sent to houses and made to, not allowed to say no; a message to be
  deleted because someone reads one's texts; a partner or in-laws who will not let me go out, learn or
  work; a partner who chokes; someone taken by the current;
  a child screaming with fear for it; a car circling and a man telling me to get in; no food,
  home alone or with a parent not come back (neglect); someone's strong medicine taken by
  mistake for juice or sweets; a baby coming now;
* **look-alikes** (each can stop a signpost; docs/clinical-safety.md, H-01): a line sung in
  the shower or the car; a stabbing reported in the news; coursework on a theme; a first-aid
  question asked for a course, a project or a trip; food stabbed or cut with a knife; a
  friend or a sibling who will "kill me" for a mishap, or whom I will "kill" for one; a team
  that loses, a game or a paper that makes me "want to jump off a bridge" with a laugh;
  "overdosed" on food or telly; "abuse of my time"; feeling "hit by a bus"; a drill track's
  lines; kills counted in a game; no one hurting me; "I want to die" at an everyday
  embarrassment, with a laugh; a past seizure with life back to normal now, none since on the
  same medicine, "but haven't for years"; an abusive parent gone and safe now, a place of
  one's own now, broken up long ago.

Each crisis tuple is added to its category in ``safeguarding_lexicon.CRISIS``; the other
lists to those of the same name.
"""

from __future__ import annotations

from bot.trust.safeguarding_words import DRUGS, LAUGH

_LAUGH = r"(?:" + LAUGH + r"|xd)"
# Said later in the message, these turn a look-alike back to one's own crisis now.
_NOT_MINE = (
    r"\b(?!(?: \w+)* (?:its me|thats me|about me|how i feel|for myself|myself|help me|i want|i wanna|"
    r"i need|i did|i do it|i took|i have|ive|i think|but i|me too|tonight|right now|rn|now)\b)"
)
# Strong medicines a child or a friend might take by mistake.
_STRONG_MEDICINE = (
    r"(?:" + DRUGS + r"|methadone|oramorph|morphine|fentanyl|oxycodone|oxy|buprenorphine|subutex|"
    r"gabapentin|pregabalin|ketamine|\w+s (?:pills|tablets|meds|medicine|medication))"
)
# Ways of ending a life, named in a question about them ("pills" only where it asks for it to work).
_WAY_TO_DIE = (
    r"\b(?:hang\w*|drown\w*|noose|bleed\w* out|overdos\w*|od|slit\w*|(?:the |train )tracks|in front of a "
    r"train|carbon monoxide|suffocat\w*|jump\w* (?:off|from) (?:a |the |my |our )?(?:bridge|roof|building|"
    r"cliff|balcony|car park|multi ?storey|flats|window|tower))\b"
)
_METHOD = r"(?:" + _WAY_TO_DIE + r"|\b(?:jump\w*|pills|tablets|paracetamol|poison\w*)\b)"
# Everyday objects, and the body's own parts, in self-injury.
_BODY = r"(?:hands?|fists?|arms?|wrists?|legs?|thighs?|head|skin|fingers?|knuckles|stomach|face|ankles?)"
_OBJECT = (
    r"(?:hammer|paperclip|paper clip|pen|pencil|compass|scissors|nail|nails|pin|needle|lighter|rubber|"
    r"eraser|wall|walls|door|desk|chair|chair frame|radiator|bed frame|fork|key|keys|glass|blade|"
    r"ruler|brick|floor|table|mirror|staple|stapler)"
)
_HURT_VERB = r"(?:smash|hit|bang|punch|scratch|stab|dig|scrape|burn|hammer|slam|gouge|pick)"
# People who exploit, at work or at home (never a parent taking a phone at bedtime).
_CONTROLLER = (
    r"(?:partner|boyfriend|girlfriend|husband|wife|bf|gf|fiance\w*|boss|gaffer|manager|owner|owners|"
    r"landlord|the men|men|those men|these men|the man|that man|in ?laws?|mother in law|"
    r"father in law|his family|her family)"
)
_FOOD = (
    r"(?:dough|pastry|bread|loaf|cake|onions?|potato(?:es)?|spuds?|veg|vegetables|carrots?|meat|"
    r"chicken|tomato(?:es)?|apples?|cheese|butter|dumplings?|pizza|sandwich|fruit|steak|fish|garlic|"
    r"peppers?|cucumber|lemons?|limes?|avocados?|mango|melon|tofu|sausages?|bagels?|toast|brownies|"
    r"cookies|pie|pies|film|cling ?film|lid|yolk|yolks|jacket potato\w*|pumpkin|squash|turkey|ham)"
)
# A mishap with a thing (what a friend or a sibling will "kill me" over).
_MISHAP = (
    r"(?:scratched|dented|broke|broken|smashed|spilt|spilled|lost|ruined|crashed|stained|borrowed|"
    r"took|ate|eaten|used|nicked|stole|finished|drank|burnt|burned|shrunk|cracked|wrecked|hid|wore|"
    r"deleted|forgot)"
)
# Trivial causes of a "want to die" said for effect.
_TRIVIAL = (
    r"(?:fortnite|minecraft|roblox|cod|call of duty|warzone|gta|fifa|fc \d+|apex|valorant|overwatch|"
    r"mario kart|this game|that game|the game|the match|this match|the ref|the referee|my team|maths|"
    r"math|homework|revision|this level|that level|mondays?|traffic|the bus|the train|this survey|"
    r"duolingo|wordle|this weather|the weather|the rain|this heat|the heat|hay ?fever|my commute|the "
    r"queue|this queue|wifi|my wifi|the wifi|this song|that song|my hair|this essay)"
)
_PAPER = (
    r"(?:paper|exam|test|match|game|lesson|quiz|result|results|score|maths|chem|physics|mock|mocks|"
    r"shift|episode|final|finale|season)"
)

# Everyday embarrassments, and the hyperbole said at them.
_EMBARRASSED = (
    r"(?:spot|zit|pimple|haircut|fringe|to the wrong (?:person|chat|group)|wrong (?:person|chat|group chat)|"
    r"liked my (?:story|post|pic|photo|selfie)|(?:old|cringe) (?:photo|post|pic|video)s?|bank balance|"
    r"my fit|outfit|tripped|fell over in front|voice cracked|called (?:the|my) teacher mum|waved at "
    r"(?:someone|a stranger)|my phone bill|the size of a planet)"
)
_HYPERBOLE = (
    r"(?:i (?:literally |actually |just )?(?:want to|wanna) die|kms|kill me|unalive me|end me|im (?:going "
    r"to|gonna) end it all|bury me|im dead|i could die)"
)

# --- Crisis --------------------------------------------------------------------------

SUICIDE: tuple[str, ...] = (
    # The only way out said to be dying.
    r"\bonly (?:way|option|choice|answer|fix|solution|thing left)\b(?: \w+){0,6} (?:is|s) (?:to |if i )?"
    r"(?:die|death|dying|end it|end my life|kill myself|not be here|not exist|be dead)\b"
    r"(?! (?:trying|laughing|of laughter))",
    # A last night, or not there "tomorrow or ever".
    r"\b(?:its|this is|tonight is|tonights|tonight s) (?:my|the) last night\b(?! (?:in|at|of|before|on|"
    r"with|as|here at|shift|out)\b)",
    r"\b(?:wont|not gonna|not going to|will not|never gonna|not) be (?:\w+ ){0,4}?(?:tomorrow|next week|"
    r"on monday|again) or (?:ever|any other day)\b",
    # A ligature tied to a door or a rail.
    r"\b(?:tied|tying|tie|attached|fixed|hooked|looped|knotted) (?:my |a |the |his |her )?(?:school |"
    r"old |dads |long |spare )?(?:belt|rope|"
    r"cord|scarf|sheet|bed ?sheet|tie|lead|cable|charger cable|dressing gown (?:cord|belt)|shoe ?laces?|"
    r"noose) (?:to|round|around|on|onto|over) (?:the |my |a )?(?:door|door handle|banister|bannister|"
    r"beam|hook|rail|pipe|tree|bed frame|bunk|wardrobe|curtain rail|railing|loft hatch|stair rail)\b"
    r"(?!(?: \w+){0,4} (?:for (?:a|the) (?:swing|hammock|dog|tent|washing|den)|to dry|so it (?:stays|"
    r"doesnt)))",
)

SELF_HARM: tuple[str, ...] = (
    # One's own body hurt with an everyday object, as a habit or until it bruises.
    r"\b(?:keep|keeps|kept|been|started|start|always|cant stop) " + _HURT_VERB + r"\w*(?: at)? (?:my "
    r"own|my) " + _BODY + r"\b(?: \w+){0,4} (?:with|on|against|into|in) (?:a |the |my |an )?"
    r"(?:\w+ )?" + _OBJECT + r"\b",
    r"\bi (?:smash|bang|punch|scratch|stab|hammer|burn|dig|slam|gouge) (?:at )?my (?:own )?" + _BODY
    + r"\b(?: \w+){0,3} (?:with|on|against|into) (?:a |the |my |an )?(?:\w+ )?" + _OBJECT + r"\b",
    r"\b" + _HURT_VERB + r"\w* (?:at )?my (?:own )?" + _BODY + r"\b(?: \w+){0,5} (?:til|till|until) "
    r"(?:it|they|"
    r"theyre|its|i|my \w+) (?:\w+ )?(?:bleed\w*|bruis\w*|purple|black|blue|raw|bloody|swell\w*|swollen|"
    r"break|broke|crack\w*|numb)\b",
    # Cutting with a razor or a blade, or cutting "because I just did".
    r"\bcutting (?:with|using) (?:a |the |an |my )?(?:\w+ )?(?:razor|blade|sharpener|scalpel|glass)\b",
    r"\b(?:cutting|cut|burning|burnt|burned)\b(?: \w+){0,6} (?:cos|cause|because|as|coz|bc|since) i "
    r"(?:just )?(?:did|have|done|did it)\b",
)

ABUSE: tuple[str, ...] = (
    # Sex demanded for rent, a room or money.
    r"\b(?:pay|paying|pays|paid)(?: \w+){0,3} (?:with|in|by having) (?:sex|sexual favours|favours|my "
    r"body)\b|\b(?:sex|sexual favours) (?:for|instead of|as) (?:rent|money|a room|somewhere to stay|a "
    r"place to stay|a bed|drugs|food|the rent)\b|\bsex or (?:leave|get out|im out|be kicked out|"
    r"move out|lose the room)\b",
    # A partner, a boss or "the men" who take one's phone or papers.
    r"\b" + _CONTROLLER + r"\b(?: \w+){0,8} (?:takes|take|keeps? taking|has taken|have taken|keeps|"
    r"keep|hides|hide|holds|hold|confiscates?|smashes) (?:my|our|me) (?:phones?|passports?|ids?|"
    r"documents|papers|sim|sim card|bank card|money|wages)\b(?! (?:to (?:play|look|check the|charge)|"
    r"for (?:safe ?keeping|a (?:minute|sec|second))))",
    # A partner or in-laws who will not let me go out, learn or work.
    r"\b(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|fiance\w*|in ?laws?|mother in law|father in law)\b"
    r"(?: \w+){0,3} (?:will not|does not|do not|wont|doesnt|dont|never) (?:let|allow|lets|allows) me (?:to )?"
    r"(?:go out|leave|learn|work|see my|have (?:money|a phone|friends|my own)|talk to|speak to|go anywhere|"
    r"out of)\b",
    # A partner who chokes or strangles.
    r"\b(?:boyfriend|bf|partner|girlfriend|gf|husband|wife|fiance\w*|ex)\b(?: \w+){0,3} (?:to )?"
    r"(?:choke|chokes|choking|choked|strangle|strangles|strangling|strangled) (?:you|me)\b",
)

DANGER: tuple[str, ...] = (
    # Someone taken by the current or the tide.
    r"\b(?:current|tide|rip|waves?|water) (?:has |have |just )?(?:took|taken|taking|dragged|dragging|"
    r"pulled|pulling|swept|sweeping|carried|carrying|got) (?:him|her|them|my \w+|someone|somebody|"
    r"(?:a|the) (?:man|boy|girl|kid|child|lad|dog))\b",
    # A car circling; a man telling me to get in.
    r"\b(?:car|van)\b(?: \w+){0,3} (?:circl\w*|keeps? (?:driving|going|coming) (?:past|round)|(?:driven|"
    r"drove|gone) past) (?:me|round me|us|round us|around me)\b(?: \w+){0,3} (?:twice|three times|\d+ "
    r"times|again|a few times|several times|four times)\b",
    r"\b(?:a |some |this |the )?(?:man|men|guy|guys|bloke|stranger|someone|somebody|driver|lads|"
    r"fella)\b(?: \w+){0,4} (?:shouting|telling|asking|trying to get|keeps telling|keeps asking|told|"
    r"asked|waving|beckoning|offered|offering)(?: at)? me to get in(?:to)?\b(?! (?:the (?:queue|line|"
    r"team|pool)))",
)

MEDICAL: tuple[str, ...] = (
    # A baby coming now.
    r"\bcontractions (?:are )?(?:every |about |like )?\d+ (?:mins?|minutes) (?:apart)?|\b(?:babys|baby "
    r"is|baby s) (?:coming|crowning|on (?:its|the) way) (?:now|fast|out|right now|and)\b",
)

# A concept and a cue, each anywhere in the message: (category, cue, phrase).
PAIRED: tuple[tuple[str, str, str], ...] = (
    # A method's lethality asked about.
    ("suicide", _METHOD,
     r"\bfor it to (?:definitely |actually |really |surely )?(?:work|be fatal|kill|be quick|be painless|be "
     r"instant|be enough)\b|\bso (?:it|i) (?:definitely )?(?:dont|doesnt|wont) (?:survive|wake up|fail)\b|"
     r"\bi want it (?:to be )?(?:quick|painless|over|fast)\b"),
    ("suicide", _WAY_TO_DIE,
     r"\bwill it hurt if i\b|\bdoes it hurt (?:to|if you|when you|if i)\b"),
    # A treasured thing handed on ("can have my console"), "it's his now" to end on.
    ("suicide", r"\b(?:can have|can keep|gets to have|gets to keep|is having) (?:all )?my (?!old |spare )"
     r"(?:\w+ )?(?:cat|dog|pet|xbox|ps\d|playstation|console|games|switch|guitar|laptop|jewellery|"
     r"necklace|ring|savings|trainers|stuff|things|phone)\b(?!(?: \w+)* (?:when i (?:go|move|leave)|"
     r"since i|cos i got|because i got|uni|new one|upgrade\w*)\b)",
     r"\b(?:its|theyre|thats|they are|it is) (?:his|hers|theirs|yours) now(?=$| x+$| " + _LAUGH + r"$)|"
     r"\bwont (?:be )?need(?:ing)? (?:it|them|em) (?:any ?more|where im going|soon)\b"),
    # Self-harm stopped for years, "until last night".
    ("self_harm", r"\b(?:cut|cutting|self ?harm\w*|sh|hurt(?:ing)? myself|burn(?:ing)? myself|scratch\w*)\b",
     r"\b(?:for|in) (?:\w+ )?(?:years|months|weeks|ages|a while|a long time|\d+ \w+) (?:until|till|til|"
     r"then) (?:last night|tonight|today|yesterday|this morning|this week|earlier|now)\b"),
    # A strong medicine saved up, to use all of it tonight.
    ("suicide", r"\b" + _STRONG_MEDICINE + r"\b",
     r"\b(?:use|take|swallow|neck|have|inject|drink|down) (?:all|the lot|every one|everything|all of)"
     r"(?: of)?(?: it| them| em)?(?: \w+){0,2} (?:tonight|now|later|when)\b|\benough (?:of (?:it|them) )?"
     r"to (?:not wake up|never wake up|end it|kill me|do it|finish it|not be here)\b"),
    # Sent or driven round houses, to men.
    ("abuse", r"\b(?:sent|taken|driven|drive me|drives me|take me|takes me|send me|sends me|dropped off|drop "
     r"me|drops me)(?: off)?(?: round| to)? (?:different|other|random|loads of|lots of|strange) (?:houses|"
     r"flats|addresses|hotels)\b",
     r"\b(?:men|man|older|clean for|say no|dont get paid|not paid|sex|do things|touch\w*)\b"),
    # Not allowed to say no, with men or sex.
    ("abuse", r"\b(?:men|man|older|houses|flats|sex|touch\w*|do things|clean for)\b",
     r"\b(?:i|we) (?:dont|do not|never|cant|cannot|didnt) (?:get to|have the option to|am allowed to|"
     r"allowed to) say no\b"),
    # A message to be deleted because someone reads one's texts.
    ("abuse", r"\b(?:reads|checks|goes through|looks through|monitors|tracks|watches|reading|checking) "
     r"(?:all )?my (?:texts|messages|phone|chats|dms|emails)\b",
     r"\b(?:have to|gotta|got to|need to|must|will|ill|going to) (?:delete|clear|hide) (?:this|these|"
     r"the (?:chat|messages|texts|history)|my (?:history|messages|texts))(?: chat| message| messages| convo|"
     r" conversation)?(?=$| (?:after|afterwards|later|now|straight|before|when|right|asap|x+)\b)"),
    # A child screaming, with fear for it.
    ("danger", r"\b(?:child|kid|baby|toddler|little (?:one|boy|girl)|girl|boy)s?(?: next door| downstairs| "
     r"upstairs| across the (?:road|street|landing)| in the next flat)? (?:is |s |are |keeps? |been |was "
     r"|has been )?(?:screaming|crying and screaming|screams|shrieking)\b",
     r"\b(?:scared|worried|frightened|afraid|fear\w*) (?:for|about) (?:the |that |this )?(?:child|kid|"
     r"baby|little|them|her|him)\b|\bshouting next door\b"),
    # No food, with a child left on its own (neglect).
    ("abuse", r"\b(?:no food|nothing to eat|no money for food|havent eaten (?:in|for) (?:days|two days))\b",
     r"\bhome alone (?:for (?:days|a few days|\w+ days|ages)|since)\b|"
     r"\b(?:mum|mam|mom|dad|parents|carer|nan|gran)(?: \w+)? (?:got arrested|been arrested|was arrested|"
     r"(?:hasnt|havent|didnt|has not|have not|not) (?:come|came|been) (?:home|back)|left (?:us|me))\b"),
    # Someone's strong medicine taken by mistake for juice or sweets.
    ("medical", r"\b(?:took|drank|drunk|swallowed|ate|eaten|had|necked|downed|drinking)\b(?: \w+){0,3} "
     + _STRONG_MEDICINE + r"\b",
     r"\b(?:thinking|thought|thinks) (?:it was|they were|they was|it were|its|theyre|it s) (?:\w+ )?"
     r"(?:juice|sweets|squash|water|candy|vitamins|a drink|drink|pop|smarties|lemonade|sweeties|"
     r"gummies|jelly|calpol|medicine)\b"),
)

# --- Can stop a signpost (docs/clinical-safety.md, H-01) ------------------------------

IDIOMS: tuple[str, ...] = (
    # A line sung in the shower, the car or at karaoke.
    r"\b(?:singing|sang|sing|sung|belting|belted|belt|humming|hummed|blasting|blasted|singin)\b"
    r"(?: \w+){1,10}? (?:in the (?:shower|car|"
    r"bath)|at karaoke|on repeat|at the top of my lungs)\b" + _NOT_MINE,
    # Feeling "hit by a bus".
    r"\b(?:feel|feels|felt|feeling|look|looks|looking) (?:like|as if|as though) (?:i |ive |i have |id |"
    r"someone |it )?(?:got |been |was |had been |d been )?(?:hit|run over|knocked over|trampled) by "
    r"(?:a |the )?(?:bus|truck|lorry|train|tractor|steamroller|herd of \w+|ton of bricks)\b",
    # A friend or a sibling who will "kill me" when they see a mishap.
    r"\b(?:my )?(?:pal|mate|friend|bestie|bro|brother|sister|sis|cousin|flatmate|housemate|mum|mam|mom|"
    r"dad|nan|gran|teacher|coach|boss)s? (?:is |s |will )?(?:going to |gonna |gna )?(?:actually |"
    r"literally |legit )?(?:kill|murder) me when (?:he|she|they) (?:sees|finds out|realises|notices|"
    r"gets back|gets home|hears)(?: that)? (?:i|what i)(?: \w+){0,2} " + _MISHAP + r"\b",
    # I will "kill" a friend or a sibling for a mishap; "he's a dead man".
    r"\b(?:gonna|going to|gna|will|ill|could|i could) (?:actually |literally |legit )?(?:kill|murder|"
    r"strangle) (?:my )?(?:sister|brother|sis|bro|mate|flatmate|housemate|cousin|him|her|them)\b(?= "
    r"(?:she|he|they|cos|cause|because|for|bc)\b(?: \w+){0,2} " + _MISHAP + r"\b)",
    r"\b(?:hes|shes|theyre|youre|ur|he is|she is) (?:a )?dead (?:man|woman|meat)\b(?=(?: \w+){0,8} "
    r"(?:he|she|they) " + _MISHAP + r"\b)",
    # A team that loses; a game or a paper that makes me "want to die", said with a laugh.
    r"\bif (?!i\b|my\b|me\b|we lose (?:my|our|the house))(?:\w+ ){1,2}(?:lose|loses|lost|draw|draws|get "
    r"relegated|go down|dont win|doesnt win|bottle it)\b(?: again| today| tonight| this weekend| on \w+)?"
    r"(?: (?:i|im|ill|i swear|swear)){1,2} (?:(?:gonna|going to|will|actually|literally|honestly) )*"
    r"(?:die|jump(?:ing)? off a (?:bridge|cliff|roof)|kms|kill myself|end it|unalive myself)\b"
    r"(?!(?: \w+)* (?:fr|for real|seriously|not joking|no joke)\b)",
    r"\b" + _TRIVIAL + r"\b(?: \w+){0,3} makes? me (?:want to|wanna) (?:die|jump off a (?:bridge|cliff|"
    r"roof)|kms|kill myself|throw myself off \w+)\b(?=(?: \w+){0,2} " + _LAUGH + r"\b)",
    r"\b(?:wanna|want to|gonna|im gonna|going to) (?:jump off a (?:bridge|cliff|roof)|die|kms)\b (?:after|"
    r"over|because of|cos of) (?:that|this|the|my|todays) (?:\w+ )?" + _PAPER + r"\b(?= " + _LAUGH
    + r"\b)",
    # "I want to die" at an everyday embarrassment, said with a laugh.
    r"\b" + _EMBARRASSED + r"\b(?: \w+){0,6} " + _HYPERBOLE + r"(?= " + _LAUGH + r"\b)" + _NOT_MINE,
    r"\b" + _HYPERBOLE + r"(?: (?:pls|please|now|rn))?(?= (?:" + _LAUGH + r" )?(?:\w+ ){0,8}?"
    + _EMBARRASSED + r"\b(?:(?: \w+)* " + _LAUGH + r"\b)?)" + _NOT_MINE,
    # "Overdosed" on food or telly; "abuse of my time".
    r"\boverdos\w* (?:on|of) (?:\w+ ){0,2}?(?:mince pies|chocolate|cheese|pizza|crisps|drama|love island|"
    r"reality tv|tiktok|memes|christmas|sugar|carbs|nostalgia|cuteness|cringe|gossip|revision|maths|"
    r"sunshine|the sun|tea|biscuits|cake|pancakes|snacks|junk food|selection box(?:es)?|turkey|roast "
    r"potatoes|hot sauce|garlic|anime|k ?dramas?|netflix|box ?sets?|festive \w+|quality street|"
    r"celebrations|gingerbread)\b(?! (?:and|n|plus|with|then)\b)",
    r"\babuse of (?:my|our|your) (?:time|patience|energy|brain cells|data|wifi)\b",
    # Kills counted in a game; a drill track's lines.
    r"\bgot (?:\d+|a|loads of|so many|like \d+) kills\b",
    r"\b(?:drill|rap|grime|trap|horrorcore)\b (?:track|song|tune|verse|lyrics?|video|bars|line|tracks|"
    r"songs)\b(?: \w+){0,10}? (?:shanked|shank\w*|stab\w*|shot|shoot\w*|kill\w*|wet|opps?|bodied)\b"
    + _NOT_MINE,
)

NOT_A_CRISIS: tuple[str, ...] = (
    # A stabbing or a shooting reported in the news.
    r"\b(?:news|bbc|article|paper|papers|headline|headlines|report|reports|police appeal|facebook "
    r"group)\b (?:says|said|say|reports|reported|reporting|saying|about|that)\b(?: \w+){0,3}? (?:a|an|two|"
    r"three|some|another) (?:man|woman|lad|boy|girl|teenager|teen|person|people|student|men|youths?|"
    r"kid|child)\b(?: \w+){0,6}? (?:got |was |were |been |has been )?(?:stabbed|shot|attacked|killed|"
    r"murdered|stabbing|shooting)\b" + _NOT_MINE,
    # Coursework on a theme.
    r"\b(?:coursework|essay|assignment|dissertation|project|presentation|homework|revision|analysis|"
    r"paragraph|notes|reading)\b(?: is| was| s)? (?:on|about|into|exploring|looking at)\b (?:the )?"
    r"(?:theme of |themes of |representation of |portrayal of )?(?:suicide|self ?harm|violence|abuse|"
    r"murder|death|overdoses?|knife crime|domestic abuse)\b" + _NOT_MINE,
    # A first-aid question asked for a course, a project or a trip (never about me).
    r"^(?:how|what|when|whats|why|where|should|do|does|can|is|are)\b(?: (?!(?:me|myself|i|im|ive|id|my|"
    r"kill|die|dies|dying|lethal|fatal|suicid\w*|overdos\w*|od|hang\w*|jump\w*|noose|end|pills|"
    r"tablets)\b)\w+){0,14}? (?:asking )?for (?:a|an|my|the|our)(?: \w+){0,4}? (?:training|assignment|"
    r"project|course|class|lesson|homework|essay|coursework|module|presentation|exam|revision|quiz|"
    r"badge)$",
    # Food stabbed or cut with a knife.
    r"\b(?:stab|stabbed|stabbing|prick|pricked|pierce|pierced) (?:the |a |some |my |your )?(?:\w+ )?"
    + _FOOD + r"\b",
    r"\b" + _FOOD + r"\b(?: \w+){0,2}? (?:with|using) (?:a|the|my) (?:\w+ )?knife\b(?!(?: \w+){0,3} "
    r"(?:at|to|on) (?:me|him|her|them|my)\b)",
    # No one hurting me.
    r"\b(?:dont|do not|havent got|have not got|no)(?: have)? (?:anyone|anybody|any one|one) (?:hurting|"
    r"hitting|touching|abusing|threatening|harming) (?:me|us)\b(?! (?:but|except|apart))",
)

RECOVERED: tuple[str, ...] = (
    # "But haven't for years" (said of the harm itself: never "haven't slept for years").
    r"\b(?:but )?(?:i )?(?:havent|have not|hasnt|has not) (?:(?:done it|had one|cut|self harmed|since) )?"
    r"(?:in|for) (?:years|ages|a long time|\d+ years|two years|three years|four years|five years)\b",
    # None since, still on the same medicine.
    r"\bnone since (?:and )?(?:im )?still on (?:my|the) (?:meds|medication|tablets)\b",
    # A past scare, and life back to normal now.
    r"\bnow (?:im|i am|shes|hes|she is|he is|theyre|they are) (?:back )?(?:driving|working|at work|at "
    r"school|at uni|in college|at college|swimming|running|playing \w+|back to normal|on my feet|on "
    r"her feet|on his feet)(?: again)?\b",
)

SAFE_NOW: tuple[str, ...] = (
    # A roof of one's own now; broken up long ago.
    r"\b(?:but |and )?(?:ive|i have|hes|shes|he has|she has|theyve|weve|we have|i|he|she|we) (?:got|had|"
    r"been in|found|have) (?:my|his|her|their|our) own (?:place|flat|house|room)\b(?: (?:for )?(?:\d+|two|"
    r"three|four|a few|a couple of) (?:years?|months))?(?: now)?",
    r"\b(?:we|i) (?:broke up|split up|split|separated)(?: with (?:him|her|them))? (?:ages|years|months|a "
    r"long time|a while|a year|two years|\w+ years) ago\b",
    # An abusive parent gone, and safe now.
    r"\b(?:hes|shes|theyre|he is|she is|they are) gone (?:and|so) (?:im|i am|were|we are) (?:\w+ )?safe "
    r"now\b",
)

"""The words and phrases that mean a young person may be at risk — for clinical review.

How to read this file (no programming needed to review the wording):
* Everything is matched against a *normalised* message: lower case, apostrophes
  removed ("don't" -> "dont", "he's" -> "hes", "od'd" -> "odd"), punctuation
  turned into spaces, and letters repeated 3+ times cut to two ("dieee" ->
  "diee").  Write phrases the same way.
* Each entry is a regular expression.  ``\\b`` marks a word edge, ``(?:a|b)``
  means "a or b", ``?`` makes the thing before it optional, ``\\w+`` is any word.
* IDIOMS are cut out of the message *before* the crisis phrases are looked for,
  so "this survey is killing me" is ignored but "this survey is killing me and
  I want to die" is still caught.  Keep idioms narrow: an idiom that is too
  broad hides a real crisis.
* NOT_A_CRISIS is cut out the same way: wording that names a crisis only to
  say it is not one ("i'm not suicidal", "i've never self harmed"), to talk
  about services ("more overdose awareness in schools"), or about a film or a
  game.  Each entry is tied to the crisis word it covers, so a real crisis
  elsewhere in the message ("i'm not ok, i want to die") is still caught.
* RECOVERED and STILL_AT_RISK: a message with a RECOVERED phrase ("but i'm
  fine now", "years ago", "camhs helped me") and, outside it, no STILL_AT_RISK
  word ("again", "still", "want", "tonight") tells of a crisis that is over.
  It is then not flagged for suicide, self-harm or a medical emergency
  (RESOLVABLE); abuse and danger only when a SAFE_NOW phrase says the person
  is safe now ("we moved out and we're safe now").
* SPELLINGS: whole words swapped before matching (Scots "dinnae" -> "dont",
  "masel" -> "myself", text-speak "2nite" -> "tonight", dropped g's "hurtin" ->
  "hurting"); RESPELT swaps a word only before certain words (Scots "a cannae"
  -> "i cant", "she's no breathin" -> "shes not breathing").
* FUZZY_KEYWORDS catch single-word misspellings ("sucidal", "overdosed").
* Crisis told without a crisis word (hints, farewells, coercive control,
  grooming, medical signs in everyday words) lives in ``safeguarding_hints.py``,
  with its own figures of speech, cut-outs and "told as over" phrases, which are
  added to the lists here; crisis named by its parts (a threat, presence now,
  means and intent, farewell forms) in ``safeguarding_concepts.py``; shared
  building blocks (MYSELF, FAMILY, PERSON...) in ``safeguarding_words.py``.
  Later rounds each keep their kinds in a file of their own, listed once in ROUNDS
  and added to the lists here the same way: warning signs (``safeguarding_signs.py``),
  veiled wording (``safeguarding_veiled.py``), crises disclosed in passing and
  look-alikes told as over, asked about or joked (``safeguarding_disclosed.py``),
  scenes happening now (``safeguarding_scenes.py``), emergencies witnessed, attempts
  arranged and look-alikes from study, work, screens and tools (``safeguarding_witnessed.py``),
  methods asked about, exploitation, self-injury with everyday objects and look-alikes from
  news, sport, cooking and mishaps (``safeguarding_round26.py``), crises told in emoji alone
  or led by emoji (``safeguarding_emoji.py``; the emoji themselves are read as words by
  ``text_forms.emoji_words`` before anything here is matched). SAFE_NOW and RECOVERED
  name the files one by one: their phrases are tried in the order they were written.
* A lookahead ``(?!...)`` after a phrase lists what, said right after it, makes
  it ordinary ("took my passport" but not "... at the airport to check it").

Recall comes first: a false alarm only shows the signposting message; a miss
can cost a life.  Measure any change with ``bench/safeguarding_eval.py``.
"""

from __future__ import annotations

from bot.trust import safeguarding_concepts as concepts
from bot.trust import safeguarding_disclosed as disclosed
from bot.trust import safeguarding_emoji as emoji
from bot.trust import safeguarding_hints as hints
from bot.trust import safeguarding_round26 as round26
from bot.trust import safeguarding_scenes as scenes
from bot.trust import safeguarding_signs as signs
from bot.trust import safeguarding_veiled as veiled
from bot.trust import safeguarding_witnessed as witnessed
from bot.trust.safeguarding_words import ADV, DRUGS, FAMILY, MYSELF, PERSON, WANT

# Each round's file of rules, in the order its phrases join the lists below. A new round's
# file is added here once, not to every list.
ROUNDS = (hints, concepts, signs, veiled, disclosed, scenes, witnessed, round26, emoji)


def from_rounds(name: str) -> tuple:
    """The round files' lists called `name`, one after another (a file without one adds none)."""
    return tuple(item for round_ in ROUNDS for item in getattr(round_, name, ()))

# After "goodbye": leaving school or going to uni, not a farewell.
_NOT_FAREWELL = (
    r"(?! to (?:\w+ ){0,5}(?:before|at the end of) |(?: to)? (?:year|school|college|uni|sixth form|"
    r"primary|the team|the club|the job|this job|my job|summer|the holidays)\b| to (?:my |our )?(?:old |"
    r"new )?(?:school|college|uni|work|class|team|primary) (?:friends|mates|teachers))"
)
_NOT_A_FIT = r"(?! of (?:giggles|laughter|rage|anger|the giggles))"
# "Living" as being alive, not living somewhere ("sick of living in this town").
_LIVING = r"living(?! (?:in|at|with|near|next|together|here)\b)"
# Said after an accident ("burnt my hand on the hob"), it is not one.
_ON_PURPOSE = r"(?: \w+){0,3} (?:on purpose|deliberately)"

# --- Idioms: cut out first ---------------------------------------------------

IDIOMS: tuple[str, ...] = (
    # "this survey is killing me", "the wait killed me" (not a person doing it)
    # (not "the \w+": "the man is killing me" is a person, not an idiom)
    r"\b(?:this|that|it|its|the (?:wait|waiting|queue|survey|questions?|exams?|heat|traffic|"
    r"music|suspense|noise|commute|homework|revision)|waiting|wait|queue|survey|questions?|exams?|school|"
    r"college|uni|work|music|suspense|heat|traffic)(?: \w+){0,2} (?:is |was |s |are |were |"
    r"has been |will be )?(?:literally |actually |honestly |lowkey |so )?"
    r"(?:killing|killed|kills) me\b",
    r"\bkill(?:ing|ed)? (?:myself|my ?self) laughing\b",
    r"\bkmsl\b",
    r"\b(?:mum|mom|mam|mother|dad|father|parent|teacher|nan|gran|boss|coach)s?(?: is| are| s| will|"
    r" would)?(?: gonna| going to| gna| literally| actually)* (?:kill|murder) me (?:if|when) (?:(?:he|"
    r"she|they) (?:sees|see|finds out about|hears about) my (?:grades|results|report|marks|phone bill|"
    r"room|bill)\b|im late\b|i (?:miss|am|m|fail|forget|lose|skip|dont|get|break|come|go|spend|"
    r"spent|am late)\b)",
    # dying / dead as exaggeration
    r"\b(?:die|died|dying|dead) (?:of|from|with) (?:laughing|laughter|embarrassment|boredom|"
    r"shame|cringe|excitement|hunger|thirst|the heat|heat|cold)\b",
    r"\bdying (?:to|for)\b",
    r"\bto die for\b",
    r"\b(?:id|i would|would|could) (?:literally )?die for\b",
    r"\b(?:nearly|almost|literally|actually|practically) died laughing\b",
    r"(?<!think )(?<!feel like )(?<!feels like )(?<!when )(?<!once )(?<!if )(?<!after )"
    r"(?<!better )(?<!rather )"
    r"\b(?:im|i am|literally|actually|omg) "
    r"(?:literally |actually |so |lowkey )?"
    r"(?:dead|dying|deceased)(?: (?:lol|lmao|haha\w*|rn|omg))?$",
    r"\b(?:im|i am) (?:literally |actually |so )?(?:dead|dying) (?:lol|lmao|haha\w*)\b",
    r"\bdead (?:good|easy|quick|slow|nice|funny|tired|bored|long|boring|busy|rude|old|"
    r"serious|proud|excited|happy|annoying|hard|simple|lucky|late)\b",
    r"\bdrop dead (?:gorgeous|beautiful|fit|stunning)\b",
    r"\bdead ?(?:line|end)s?\b",
    r"\b(?:phone|battery|laptop|app|wifi|signal|charger) (?:died|dead|dying)\b",
    r"\bkill(?:ing|ed)? (?:it|time)\b",
    r"\bkill(?:ing)? (?:the|that|this) (?:music|hold music|noise|vibe|mood)\b",
    r"\b(?:killer|could kill for|kill for|id kill for)\b",
    r"\brather die than (?!go home|be at home|go back home|live|stay at home|be here)",
    # cut / hurt / burn by accident
    r"\bcut (?:the|down|back|off|out|short|corners|funding|costs?|ties|in)\b",
    r"\bcut (?:myself|my (?:finger|thumb|hand|foot|toe|lip|chin|head|legs?|knee|ankle|armpit)) (?:shaving|coo"
    r"king|"
    r"chopping|gardening|by accident|accidentally|on (?:a|the|some) \w+)\b(?!" + _ON_PURPOSE + ")",
    r"\bcut (?:herself|himself|themselves) (?:shaving|cooking|chopping|gardening)\b",
    r"\b(?:burn|burnt|burned) (?:myself|my (?:hand|finger|arm)) (?:on (?:the|a|my) (?:oven|hob|"
    r"kettle|stove|iron|pan|cooker|tray|radiator|straighteners)|cooking|making \w+)\b(?!" + _ON_PURPOSE
    + r"|(?: \w+){0,4} (?:really bad|badly|skin|blister\w* (?:all|everywhere)|peeling|charred|white|"
    r"black|leathery))",
    r"\b(?:hurt|injured) (?:myself|my \w+) (?:playing|at (?:football|rugby|netball|hockey|"
    r"training|the gym|gym|pe|work)|training|running|falling|when i fell|skating|skiing|"
    r"cycling|by accident|accidentally|on (?:my|a|the) (?:bike|trampoline|skateboard|scooter))\b"
    r"(?!" + _ON_PURPOSE + ")",
    # hit / touched / beat / shoot as figures of speech
    r"\bhit me up\b",
    r"\b(?:hitting|banging|bang|hit) (?:my|your|our) heads? (?:against|on) a brick wall\b",
    r"\bhit me with\b(?! (?:a |the |his |her |their |my )?(?:belt|stick|shoe|slipper|hanger|bat|"
    r"hammer|bottle|cable|wire|chair|plate|hand|fist|remote|phone|pan|spoon|ruler|whip|knife|lead|"
    r"cord|hose|wooden|metal|plastic|hoover|vacuum|broom|mop|hairbrush|brush|pipe|iron|book|bag|"
    r"controller|lamp|glass|cup|mug|keys|tray|pole|plank|bar))|\bchok(?:ed|es|ing) me up\b|"
    r"\bstab(?:bed|bing)? (?:me )?in the back\b",
    r"\b(?:it|that|this|reality|which|what) (?:just |really |finally |suddenly |kinda |"
    r"honestly |completely )?(?:hit|hits|hitting|touched|touches|beat|beats) me\b",
    r"\btouched me (?:deeply|so much|a lot)\b",
    r"\bbeats? me (?:to it|at)\b",
    r"\bshoot me (?:a|an) (?:text|message|msg|email|dm|line|call)\b",
    r"\bhurts? my (?:eyes|ears|head|brain)\b",
    # grooming of pets, panic attacks, pains, "od" meaning "very"
    r"\b(?:dog|pet|cat|horse|personal|facial) groom\w*|\bgrooming (?:products|salon|parlour|kit)\b",
    r"\b(?:panic|anxiety) attacks?\b(?:(?: \w+){0,6} (?:feels? like|i feel like) (?:i )?(?:cant|cannot|"
    r"can not) breathe?\b)?",
    r"\bstabbing (?:pain|pains|feeling|sensation)s?\b",
    r"\bod (?:long|quick|slow|bad|good|peak|rude|annoying|boring|hard|easy|nice|dead|jarring)\b",
    r"\bin danger of\b",
    r"\babuse (?:receptionists|staff|nurses|doctors|gps|workers)\b|\b(?:staff|receptionists|"
    r"nurses|doctors|gps) (?:get|getting|got|receive|face|take|deal with) (?:so much |loads of |"
    r"a lot of )?(?:verbal )?abuse\b",
    r"(?<!teacher )(?<!coach )(?<!tutor )(?<!leader )(?<!instructor )\bfollow(?:s|ed|ing)? me "
    r"(?:on|up|back)\b|\bfollowed up\b",
    r"\b(?:gave|give|gives|giving|nearly had|almost had) (?:me |us )?a heart attack\b",
) + from_rounds("IDIOMS")

# --- Not a crisis: cut out like idioms ---------------------------------------
# Each entry ends on (or is tied to) the crisis word it covers, so nothing else in
# the message is hidden.  A denial followed by "but", "yet", "tonight"... is kept.

# Crisis words that are denied ("not suicidal", "never self harmed", "dont want to die").
_DENIED = (
    r"(?:suicidal\w*|suicide|self ?harm\w*|sh|hurt\w* " + MYSELF + r"|harm\w* " + MYSELF + r"|"
    r"kill\w* " + MYSELF + r"|cut\w* " + MYSELF + r"|end(?:ing)? (?:my life|it all|it)|die|dying|"
    r"be dead|abused|hurt|hit|od|overdos\w*|in danger|unsafe|"
    r"do (?:anything|something) (?:stupid|silly|drastic))"
)
_DENIAL = (
    r"\b(?:not|never|dont|do not|didnt|did not|wouldnt|would not|wont|will not|havent|"
    r"have not|hasnt|has not|isnt|nor|wasnt|was not|werent|were not|aint)"
    r"(?: (?:ever|even|really|actually|at all|currently|been|be|being|feel|feeling|felt|have|"
    r"having|had|get|getting|got|any|thoughts? (?:of|about)|thinking (?:of|about)|think (?:of|"
    r"about)|going to|gonna|want to|wanna|plan(?:ning)? (?:to|on)|trying to|try to|do|did|done|"
    r"like|the type to|one to|that|am|a|intend(?:ing)? to|been feeling|tried to|attempted to|wanted to|"
    r"wanting to|felt like|taken|took|an)){0,4} "
    r"" + _DENIED +
    r"\b(?! (?:yet|but|though|tho|although|unless|until|till|if|tonight|today|rn|right now|"
    r"at the moment|atm|now|any ?more but)\b)"
)
# Topics people want services to cover ("more self harm support in schools").
_TOPIC = (
    r"(?:suicides?|suicide prevention|self ?harm\w*|overdoses?|ods|abuse|domestic (?:abuse|"
    r"violence)|knife crime|knives|stabbings?|spiking|drink spiking|sexual (?:assault|abuse|"
    r"harassment|health)|grooming|county lines|eating disorders?|consent|online safety|"
    r"sextortion|violence|(?:sharing |sending )?nudes|sexting|coercive control|healthy relationships|"
    r"forced marriage|fgm|female genital mutilation|(?:child )?(?:sexual )?exploitation|cse|"
    r"radicali[sz]ation|trafficking|modern slavery|stalking|revenge porn|(?:cyber ?)?bullying|hate crime|"
    r"(?:people|young people|someone|students|kids|teens|those) who "
    r"(?:self ?harm\w*|are suicidal|feel suicidal|overdose))"
)
_TOPIC += r"(?: (?:and|or) " + _TOPIC + r")*"
_SERVICE_WORD = (
    r"(?:awareness|prevention|support|services?|training|education|lessons?|charity|charities|"
    r"rates?|statistics|stats|research|posters?|leaflets?|helplines?|campaigns?|workshops?|talks?|"
    r"policy|policies|week|month|day|covers?|testing|first aid|resources|info|information|"
    r"fundraiser|figures|numbers)"
)
_TALK_ABOUT = (
    r"(?:talk|talking|talked|teach|teaching|taught|learn|learning|learnt|lessons?|ask|asking|"
    r"asked|questions?|info|information|training|education|awareness|spotting|signs of|read|"
    r"reading|assembly|project|essay|posters?|campaigns?|leaflets?|discuss\w*|mention\w*|covers|learned|"
    r"kits|prevent\w*|tackl\w*|reduc\w*|fight\w*|more|better|less)"
)
_FICTION = (
    r"(?:book|film|movie|show|series|documentary|episode|podcast|song|game|story|novel|"
    r"character|anime|manga|play|drama|soap|tv|macbeth|shakespeare|romeo and juliet)"
)
_GAMES = (
    r"(?:fortnite|minecraft|roblox|cod|call of duty|warzone|gta|fifa|apex|valorant|overwatch|"
    r"mario kart|smash|the game|a game|games|among us|pubg|rainbow six|ps5|xbox|the switch)"
)

NOT_A_CRISIS: tuple[str, ...] = (
    _DENIAL,
    r"\b(?:no one|nobody|noone|no1|no body) (?:\w+ )?(?:hits|hurts|touches|abuses|beats|"
    r"threatens|harms|hit|hurt|touched|abused) (?:me|us)\b(?! (?:but|except|apart))",
    r"\b(?:asked|ask|asks|asking) (?:me |us )?(?:if|whether|about) (?:i |we )?(?:was |were |am |"
    r"felt |feel |had |have |ever |been |having |thoughts of |thought about )*" + _DENIED +
    r"\b(?! (?:and|but|n) (?:i|we) (?:said yes|am|do|was|did|have|told)\b)",
    r"\bno (?:thoughts?|urges?|plans?|intention|intentions|history) (?:of|to|about) (?:\w+ )?"
    + _DENIED + r"\b(?! (?:yet|but|though|tho|although|until|till|tonight|today|rn|right now|now)\b)",
    r"\bdie (?:my|your|her|his|their) (?:hair|clothes|shoes|jeans|top|fringe)\b",
    r"\b(?:period|periods|gums|nose)\b(?: \w+){0,4} bleed\w* (?:a lot|loads|heavily|more|really)\b",
    # services and topics, never "my ..." and never someone asking for help ("need ...")
    r"(?<!need )(?<!needs )(?<!get )(?<!want )(?<!my )\b" + _TOPIC + r" " + _SERVICE_WORD + r"\b",
    r"\b" + _TALK_ABOUT + r"(?: (?!to\b|my\b|me\b|i\b)\w+){0,3} (?:about|on|around|regarding|of|"
    r"for|against) (?:(?!my |me |i )\w+ )?" + _TOPIC + r"\b",
    r"\b" + _TOPIC + r" (?:should|needs? to|must|could|ought to) be (?:talked|taught|discussed|"
    r"spoken|covered|mentioned|taken)\b",
    r"\b" + _FICTION + r"(?: \w+){0,4} (?:about|where|had|has|with|featuring|in which|when|lots of|"
    r"loads of|full of|so much|a lot of) "
    r"(?:\w+ ){0,5}?(?:self ?harm\w*|kills? (?:him|her|them)sel(?:f|ves)|hangs? (?:him|her|them)"
    r"sel(?:f|ves)|stabb\w*|shot|shoots|murder\w*|overdos\w*|suicide|abuse|violence|kidnap\w*|"
    r"rape|stalk\w*|spik\w*)\b",
    r"\b(?:kill|kills|killing|killed|shot|shoot|shooting|stab\w*|beat|beating|murder\w*|hit|hits|"
    r"attack\w*)(?: \w+){0,4} (?:in|on|at|playing) " + _GAMES + r"\b",
    # "my feet are killing me", "ugh kill me now"
    r"\b(?:my )?(?:feet|foot|back|head|legs?|knees?|neck|stomach|tummy|belly|eyes|ears|hands?|"
    r"shoulders?|arms?|period|cramps|tooth|teeth|hay ?fever|allergies|throat|hips?|ankles?|"
    r"wrists?|hangover|shoes|braces)(?: \w+)? (?:is |are |s |have been |has been )?(?:literally |"
    r"actually |so |honestly )?(?:killing|killed|kills) me\b",
    r"\bkill me now\b",
    r"\b(?:laughing|laughed|crying laughing|wheezing) (?:so (?:hard|much) )?(?:that )?i (?:literally )?"
    r"(?:cant|couldnt) breathe?\b|\bcant breathe? (?:in (?:this|the) heat|lol|lmao|haha\w*|from "
    r"laughing)\b",
    r"\boverdos\w* on (?:vitamins|caffeine|sugar|chocolate|coffee|energy drinks|netflix|tv|"
    r"carbs|sweets)\b(?! (?:and|n|plus|with|then)\b)",
    r"\b(?:kicked|kicks|kicking|nudged|poked) me under the table\b",
    r"\bdisappear (?:under|into|in|off) (?:my|the|a) (?:duvet|bed|covers|blanket|room|hoodie|"
    r"phone|book|game|music|sofa)\b",
    r"\b(?:support|help|helping|supporting|worried about) (?:a |my )?(?:friend|mate|sister|brother|"
    r"partner)\b(?: \w+){0,3}? (?:who|that|with) (?:\w+ ){0,2}?(?:self ?harm\w*|sh)\b",
    # "this lesson is so boring i want to die": boredom, never a reason like exams or school
    r"\b(?:so |too |really )?(?:boring|long|slow|dull|bored)\b(?: \w+){0,2} i (?:literally |actually "
    r"|just )?(?:want to|wanna) die\b(?! (?:and|because|cos|cause|but|bc))|\bi (?:literally |actually )?"
    r"(?:want to|wanna) die (?:\w+ ){0,3}(?:is|are|s) (?:so |too |really )?(?:boring|long|slow|dull)\b|"
    r"\b(?:hold music|music|song|queue|quiz) makes? me (?:want to|wanna) die (?=lol|lmao|haha)",
    r"\b(?:punch\w*|hit|hits|kick\w*|push\w*|nudg\w*) me (?:in|on|into) the (?:arm|shoulder|leg|"
    r"pool) (?:for a joke|as a joke|for a laugh|for fun|messing about|mucking about|playing|"
    r"jokingly)\b|\bplay ?fight\w*",
) + from_rounds("NOT_A_CRISIS")

# A crisis told as over: see the guide at the top.  Each RECOVERED and SAFE_NOW phrase
# also takes in a "but" or "and" just before it ("..., but therapy helped").
RESOLVABLE: frozenset[str] = frozenset({"suicide", "self_harm", "medical"})
# Abuse and danger count as over only when the message says the person is safe now.
SAFE_NOW: tuple[str, ...] = (
    round26.SAFE_NOW + witnessed.SAFE_NOW + scenes.SAFE_NOW + disclosed.SAFE_NOW + veiled.SAFE_NOW
) + (
    r"\b(?:were|we are|we re|im|i am|i m|were all|she is|shes|we|i) (?:\w+ )?safe now\b|"
    r"\b(?:we|i|they|he|she) (?:moved|got) (?:out|away)\b|\b(?:hes|shes|theyre|he is|she is) "
    r"(?:gone(?=$| now| for good| away| thank)|in prison|out of (?:my|our) lives?)\b|"
    r"\bno longer live with\b|\b(?:dont|do not) live "
    r"with (?:him|her|them|my \w+) any ?more\b|\b(?:police|social services|social workers?|they) "
    r"(?:dealt with|sorted|handled|stopped) (?:it|him|her|them)\b",
) + hints.SAFE_NOW + signs.SAFE_NOW
RECOVERED: tuple[str, ...] = (
    round26.RECOVERED + witnessed.RECOVERED + scenes.RECOVERED + disclosed.RECOVERED + signs.RECOVERED
    + veiled.RECOVERED
) + (
    # past only: "where can i get help for my self harm" is asking, not over
    r"\b(?:had|got) (?:lots of |a lot of |some |loads of |proper )?(?:help|support|counselling|"
    r"therapy)\b(?: since)?",
    r"\bstopped(?: (?:it|doing it|cutting|self ?harming|sh))?(?= and\b|$| now\b)",
    r"\b(?:but|and) (?:now )?(?:im|i am|i m|its|it s|things are|everything is|shes|hes|she is|"
    r"he is|they are|theyre|were|we are|ive been|i have been|i feel|im now|i got|got|i get|i"
    r"|she got|he got|theyve been|shes been|hes been)"
    # (never "and i can't breathe well": no denial or breathing in between)
    r"(?: (?!(?:cant|cannot|not|dont|never|isnt|wasnt|arent|wont|no|barely|hardly|breathe|breath|"
    r"breathing)\b)\w+){0,2} (?:ok|okay|fine|better|good|"
    r"great|alright|all right|well|safe|sorted|recovered|recovering|healthy|happy|"
    r"doing (?:well|better|ok|okay|fine|great|good)|in recovery|over it|past it|help|support|clean|"
    r"free|in a better place)\b(?: now)?(?: for \w+ \w+)?(?: now)?",
    r"\b(?:im|i am|i m|feeling|feel|shes|hes|theyre|everything is|things are) (?:much |so much |"
    r"loads |a lot |way |really )?(?:ok|okay|fine|better|good|great|alright|well|happier|safe)"
    r" now\b",
    r"\b(?:therapy|camhs|counselling|counseling|the counsellor|my counsellor|the nurses?|my gp|"
    r"the gp|the doctors?|medication|meds|they|it|that|school|the crisis team|the team|my family|"
    r"my friends?|the hospital|talking)(?: \w+){0,2} (?:really |properly |massively |so |honestly )?"
    r"helped(?: me| her| him| them| a lot| loads| so much)*\b",
    r"\b(?:years|ages|a long time|a few years|a while|a year|two years|three years|\d+ years|"
    r"\d+ yrs) ago\b",
    r"\b(?:im|i am|i m|things are|life is) (?:in )?(?:a )?(?:much |way |so much |far |lot )?better "
    r"(?:place|now|these days)\b(?: now)?",
    r"\bwhen i was (?:younger|little|a kid|a child|small|a baby|a toddler|a baby|[0-9]+|eleven|twelve|"
    r"thirteen|fourteen|"
    r"fifteen|in year [0-9]+|in primary|at primary|at school|in school)\b|\bin year [0-9]+\b|"
    r"\bback in (?:year [0-9]+|school|the day)\b",
    r"\b(?:in the past|(?:thats|its|it is|that is) (?:all )?(?:in the past|behind me)|"
    r"all behind me|none since|not since|havent (?:\w+ ){0,2}since|dont any ?more|"
    r"stopped (?:years|ages|a long time|months) ago|in recovery|recovered|(?:[0-9]+|two|three|"
    r"four|five|six|many) (?:years|yrs) (?:clean|free|since))\b",
) + hints.RECOVERED + concepts.RECOVERED
STILL_AT_RISK: tuple[str, ...] = (
    r"\b(?:again|still|now|rn|right now|tonight|today|yesterday|last (?:night|week|weekend|month)|"
    r"this (?:week|morning|evening|afternoon|month)|earlier|lately|recently|currently|atm|"
    r"at the moment|any ?more|relaps\w*|back|started|starting|start|want|wanna|wanting|wish|"
    r"gonna|going to|about to|plan|planning|cant|keep|keeps|kept|thinking|urges?|tempted|"
    r"scared|worried|help me|need help|same|afraid|frightened|terrified|found|outside|coming|"
    r"threat\w*|hits|hitting|hurts|hurting)\b",
    # A "but" outside a recovered phrase turns back to now ("i'm ok now but i took 20 pills"),
    # and the means of harm are never told as over.
    r"\b(?:but|though|tho|took|taken|swallowed|necked|downed|pills|tablets|paracetamol|meds|"
    r"blade|blades|razor|rope|noose|plan)\b",
) + disclosed.STILL_AT_RISK

# Whole words read as another before matching (Scots, Northern English, text-speak).
SPELLINGS: dict[str, str] = {
    "dinnae": "dont", "dinny": "dont", "dinna": "dont", "didnae": "didnt", "cannae": "cant",
    "canny": "cant", "cany": "cant", "carnt": "cant", "cnt": "cant", "dnt": "dont",
    "isnae": "isnt", "doesnae": "doesnt", "wouldnae": "wouldnt", "couldnae": "couldnt",
    "havnae": "havent", "havenae": "havent", "hivnae": "havent", "willnae": "wont",
    "wullnae": "wont", "wantae": "wanna", "wannae": "wanna", "gonnae": "gonna", "tae": "to",
    "nae": "no", "mair": "more", "masel": "myself", "maself": "myself", "mysel": "myself",
    "hame": "home", "oot": "out", "nowt": "nothing", "owt": "anything", "summat": "something",
    "ma": "my", "da": "dad", "maw": "mum", "wi": "with", "tonite": "tonight", "2nite": "tonight",
    "2night": "tonight", "tmrw": "tomorrow", "tmr": "tomorrow", "tomoz": "tomorrow",
    "til": "till", "ppl": "people", "sum1": "someone", "some1": "someone", "rly": "really",
    "wna": "wanna", "wnna": "wanna", "pils": "pills", "paracetemol": "paracetamol",
    "paracetomol": "paracetamol", "paracetamols": "paracetamol", "ded": "dead",
    "breth": "breathe", "brethe": "breathe", "breath": "breathe", "dae": "do",
    # Added 2026-12-02 (stop 16): Scots, text-speak and dropped g's.
    "wisnae": "wasnt", "wasnae": "wasnt", "wid": "would", "widnae": "wouldnt", "naebody": "nobody",
    "naewan": "no one", "heid": "head", "morra": "tomorrow", "fae": "from", "ahve": "ive",
    "ahm": "im", "everyoned": "everyone would", "wiout": "without", "cba": "cant be bothered",
    "abt": "about", "bout": "about", "tryna": "trying to", "w": "with", "r": "are",
    "bein": "being", "hurtin": "hurting", "burnin": "burning", "cuttin": "cutting",
    "wakin": "waking", "breathin": "breathing", "movin": "moving", "answerin": "answering",
    "respondin": "responding", "strugglin": "struggling", "somethin": "something",
    "nothin": "nothing", "goin": "going", "doin": "doing", "takin": "taking", "tryin": "trying",
    "feelin": "feeling", "bleedin": "bleeding", "comin": "coming", "gettin": "getting",
    "followin": "following", "thinkin": "thinking", "killin": "killing", "dyin": "dying",
    "livin": "living", "hittin": "hitting", "touchin": "touching", "shakin": "shaking",
    "chokin": "choking", "starvin": "starving", "fallin": "falling", "sendin": "sending",
    "harmin": "harming", "wantin": "wanting", "leatherin": "leathering", "aff": "off", "wiv": "with",
    # Added 2026-12-02 (issue 8, round ten).
    "feart": "scared", "kip": "sleep", "kipping": "sleeping", "urself": "yourself",
    "yaself": "yourself",
    # Added 2026-12-03 (issue 8, round nine): Multicultural London English.
    "mandem": "lads", "gyaldem": "girls",
}
# Words read as another only before certain words (applied after SPELLINGS): Scots
# "a" for "i" ("a cannae dae this"), and "no" for "not" ("she's no breathin").
RESPELT: tuple[tuple[str, str], ...] = (
    (r"\ba(?= (?:cant|dont|didnt|want|wanna|wish|wasnt|hate|am|havent|just want)\b)", "i"),
    (r"\bam no(?= (?:gonna|going|gonnae)\b)", "im not"),
    # Scots "the night" for tonight, at the end of a message ("want tae cut the night").
    (r"(?<!\bis )(?<!s )\bthe night(?= *$)", "tonight"),
    (r"\bno(?= (?:waking|breathing|moving|answering|responding|gonna|gonnae|going to be|able to|"
     r"coping|safe|allowed|eating|sleeping|wanting)\b)", "not"),
)

# --- Crisis phrases ----------------------------------------------------------
# Checked in the order of CRISIS at the bottom; the first category that matches
# is reported.  The category only labels the concern: every category gets the
# same signposting message.

SUICIDE: tuple[str, ...] = (
    # indirect distress, found missing by the clinical safety review (docs/clinical-safety.md)
    r"\b(?:cant|can not|cannot|cnt) cope (?:any ?more|with (?:life|living|it all|anything))\b",
    r"\b(?:i feel like|i feel|im|i am|im just) (?:a|such a|nothing but a) burden\b",
    r"\b" + WANT + r" (?:to |2 )?(?:just )?disappear\b",
    r"\bkil+(?:ing|in|ed|l)? ?" + MYSELF,
    r"(?<![0-9] )\bkms\b|\b(?:want|wanna|gonna|going|about) (?:to |2 )kms\b",
    r"\bkys\b",  # "kill yourself": said to them or by them, both need signposting
    r"\bun ?aliv(?:e|ing|ed|es)\b",
    r"\bsuicid\w*|\bsewer ?slide\w*|\bself ?delet\w*|\bdelete " + MYSELF + r"|\btoaster bath\b",
    r"\b" + WANT + r" (?:to |2 |t )?(?:just |really |honestly |literally )?"
    r"(?:die+|(?:be|b) dead)\b",
    r"\b(?:hope|wish) i (?:could |would |just |might )*(?:die|died|was dead|were dead|"
    r"never wake up|dont wake up|disappear)\b",
    r"\bi (?:should|shud|might as well|may as well) (?:just )?(?:die+|be dead|end it)\b",
    r"\bwish (?:i|id|i had|i was|i were) (?:never|not|wasnt|werent) (?:been )?"
    r"(?:born|alive|here|exist\w*|dead)\b|\bwish i (?:was|were) dead\b",
    r"\b(?:rather|better off|be better off) (?:be )?(?:dead|die+)\b",
    r"\bbetter (?:off )?without me\b|\bbetter off (?:gone|not (?:existing|here|alive|around|"
    r"being here|being alive)|if i (?:was|were|wasnt|werent) (?:dead|gone|here|not here|alive))",
    r"\b(?:no one|nobody|noone|no1) (?:would|will|wud|wld|is gonna|is going to) "
    r"(?:miss me|care|notice|miss)\b(?: (?:if|when) i)?",
    r"\bend(?:ing)? (?:it all|my life|my own life|" + MYSELF + r")",
    r"\b(?:want|wanna|going|gonna|gna|plan|planning|thinking about|thinking of|think about|"
    r"ready|decided|about|trying|tried|way|how|just want|feel like|thoughts of) "
    r"(?:to )?end(?:ing)? "
    r"(?:it|things|everything)\b(?! here| there| now| early| for today)",
    r"\bto end it(?: all)?$",
    r"\b(?:take|taking|took|end|ending) my (?:own )?life\b",
    r"\b(?:dont|do not|dnt|never) " + ADV + r"(?:want|wanna|wana|wnt) (?:to |2 )?(?:be here|"
    r"be alive|exist|be around|wake up|be on this earth|be in this world|carry on|go on)\b",
    r"\b(?:dont|do not|dnt) " + ADV + r"(?:want|wanna|wana|wnt) (?:to |2 )?live\b"
    r"(?! (?:in|with|at|near|there|here|on|like that|far|so|somewhere|abroad|alone|by))",
    r"\b(?:no|whats the|what is the|not any) point (?:in |of )?(?:me )?(?:living|life|being alive|"
    r"being here|going on|carrying on|existing|staying alive)\b",
    r"\bnothing (?:left )?to live for\b|"
    r"\bno reason (?:left )?to (?:live|be alive|carry on|go on)\b",
    r"\blife(?:s| s| is)?(?: not| no| isnt| aint| is not| no longer| never| isnt really) "
    r"worth (?:living|it|anything)\b|\bnot worth living\b",
    # "go on" unless it is going on something ("cant go on the app").
    r"\b(?:cant|can not|cannot|dont think i can|not sure i can) (?:go on(?! (?:the|a|an|my|to|your|"
    r"their|it|this|that|there|online|holiday|facebook|insta|instagram|tiktok|snapchat)\b)|"
    r"carry on|keep going|"
    r"keep living|keep doing this|live like this|do this any ?more|take (?:it|this) any ?more)\b",
    r"\bhang(?:ing|ed)? " + MYSELF,
    r"\bjump(?:ing)? (?:off|from) (?:a |the |an )?(?:bridge|building|roof|cliff|multi ?storey|"
    r"car park|tower|balcony|window)\b",
    r"\b(?:jump|step|walk|throw myself|lie down)(?:ing)? (?:out )?in front of\b",
    r"\bthrow(?:ing)? " + MYSELF + r" (?:off|in front|under)",
    r"\bslit(?:ting)? my (?:wrists?|throat)\b",
    r"\b(?:shoot|drown|gas|suffocate|strangle|poison|electrocute|off|end)(?:ing|ed)? " + MYSELF,
    r"\b(?:suicide|goodbye|farewell) (?:notes?|letters?)\b",
    r"\b(?:sleep|go to sleep|fall asleep) (?:and (?:never|not) wake up|forever|for ever)\b|"
    r"\bnever wake up (?:again|tomorrow)\b",
    r"\b(?:wont|will not|not going to|not gonna) be (?:here|around|alive) (?:much longer|"
    r"for much longer|for long|tomorrow|next week|any ?more)\b",
    r"\b(?:tired|sick|fed up|done|had enough) (?:of|with) (?:life|" + _LIVING + r"|being alive|existing)\b",
    r"\bdisappear (?:forever|for good|permanently|and never (?:come back|be found|return))\b",
    r"\bwant (?:to )?be gone(?: forever| for good)?$|\bwant (?:it|it all|everything|my life) to be "
    r"over\b",
    r"\bwant (?:it all|everything|it|things) to (?:end|stop) (?:forever|for good|permanently)\b|"
    r"\bwant (?:it all|everything) to (?:end|stop)\b",
    r"\bsav(?:e|ing|ed) (?:up )?" + DRUGS + r"\b",
    r"\b(?:ways|how|methods?|easiest way|best way|painless way|quickest way) to (?:die|end it|"
    r"end my life|kill " + MYSELF + r")",
    r"\b(?:going to|gonna|might|will|about to|scared ill|want to|wanna) do something "
    r"(?:stupid|silly|dumb|drastic)\b",
    r"\bdo something (?:stupid|silly|drastic) (?:to " + MYSELF + r"|tonight)",
    r"\b(?:wont|dont|might not|may not) make it (?:through )?(?:tonight|the night|to tomorrow)\b|"
    r"\bin case i (?:dont|do not) make it\b",
    r"\b(?:my )?life (?:is|feels|s) (?:so )?(?:pointless|meaningless)\b|\bno way out\b",
    r"\bthinking (?:of|about) jumping\b(?! ship| on| in\b| into| the queue| for joy)",
    r"\bif i (?:was|were|wasnt|werent|was not|died|disappeared|was gone|wasnt around|"
    r"wasnt here|was never born)\b(?: (?:dead|alive|here|around|gone))?(?: \w+)?$|"
    r"\b(?:happier|better|easier) (?:\w+ ){0,2}if i (?:was dead|were dead|died|was gone|"
    r"wasnt here|wasnt around|wasnt alive|disappeared)\b",
    r"\b(?:stop|quit) (?:existing|living|being alive|breathing)\b|"
    r"\bgive up on (?:life|living|everything)\b|\bend it (?:tonight|today|now|soon|for good)\b",
    r"\bhope (?:i|a \w+) (?:get |gets )?(?:hit|run over|killed)\b|"
    r"\bhope i (?:crash|dont make it)\b",
    r"\bjump(?:ing)? (?:off|from) (?:something|somewhere) (?:high|tall)\b",
    r"\b(?:think|thinking|thought|thoughts) (?:about|of) (?:dying|death|being dead|not being here|"
    r"not existing)\b|\bfeel like dying\b",
    r"\b(?:gonna|going to|want to|wanna|will|might|about to) commit\b(?! to)|\bcommit$",
    r"\b(?:got|bought|buy|have|tied|tie|find|found) (?:a |the |my )?(?:rope|noose|ligature)\b"
    r"(?! (?:swing|ladder|access|course|bridge|climb\w*|skipping))|"
    r"\bnoose\b|\bligature\b",
    r"\b(?:no|dont see the|cant see the|whats the|what is the) point (?:in|of) (?:anything|"
    r"everything|going on|being here|existing)\b",
    # Hopelessness said without a crisis word (added 2026-12-02, with the held-out set frozen).
    r"\bnothing (?:will|is going to|is gonna|is ever going to|is ever gonna) (?:ever )?get better\b",
    r"\b(?:nothing|things|life|it) (?:is|are|will|isnt|arent|wont)? ?(?:ever )?(?:going to|gonna|"
    r"never|not) (?:get|getting) (?:any )?better\b|\bwill never get better\b",
    r"\b(?:no|dont see (?:the|any)|cant see (?:the|any)|whats the|there is no|theres no) "
    r"(?:point|reason) (?:in |of |for )?(?:me )?(?:being (?:here|alive)|living|carrying on|"
    r"going on|trying anymore|life)\b",
    r"\b(?:everyone|everybody|people|they|my family|the world) (?:would|will|d) be better off "
    r"without me\b|\bbetter off (?:if i was|if i were|with me) (?:gone|dead|not here)\b",
    r"\b(?:nobody|no one|noone|no1) (?:will|would|is gonna|is going to) (?:miss|notice|care)"
    r"(?: about)? me\b|\bwhen im gone\b",
    r"\b(?:im|i am|i feel like|i feel) (?:just )?a burden\b",
    r"\bno way out\b|\bcant (?:keep going|go on|carry on)(?: like this| anymore|$)|"
    r"\bcant (?:do this|cope|take it|take this) anymore\b",
    r"\b(?:sleep|go to sleep) and (?:never|not) wake up\b|\bnever wake up again\b",
    r"\bdisappear (?:forever|for good|permanently)\b",
    # Farewells and plans.
    r"\b(?:written|writing|wrote|write|left|leaving) (?:a |my |some )?(?:goodbye |farewell |"
    r"suicide )?(?:notes?|letters?) (?:to|for) (?:my |everyone|everybody|my family|\w+)\b(?! ?(?:\w+ ){0,4}"
    r"(?:for )?(?:(?:mothers|fathers|mothering) day|birthday|christmas|valentines|thank\w*|anniversary|"
    r"leaving do|retirement))",
    r"\b(?:this is (?:my )?(?:goodbye|farewell|the end(?! of (?!(?:the (?:road|line) for me|me|my life)\b)))|"
    r"saying (?:my )?goodbyes?)\b" + _NOT_FAREWELL +
    r"|"
    r"\b(?:wont|will not|not gonna|not going to) be (?:around|here|alive) (?:much )?(?:longer|"
    r"tomorrow|for long|by)\b",
    r"\b(?:got|have|ive got|saved|saving|stockpiled|stockpiling|collecting) (?:up )?(?:the |my |"
    r"some |enough |all the )?(?:pills|tablets|meds) (?:ready|saved|to do it|for it|together)\b|"
    r"\bmade a plan to\b(?! (?:revise|study|get|see|go|meet|save))",
    # Text-speak for suicide.
    r"\bunalive\w*|\bsewer ?slide\w*|\bctb\b|\bkys\b",
    # Added 2026-12-02 (young people's styles): not existing, dialect, non-native English.
    r"\b(?:want|wanna|rather|id rather|would rather|wish i could|just want to|prefer to) (?:to )?"
    r"(?:just )?not (?:exist|be alive|be here|wake up|be around)\b",
    r"\b" + WANT + r" (?:to |2 )?(?:just )?(?:dye|dy|dye+)\b(?! (?:my|your|her|his|it|the|them|"
    r"hair)\b)",
    r"\bbetter dead\b|\bbetter off dead\b",
    r"\b(?:(?:no|not|whats the|what is the) point|no reason) (?:in |of )?(?:me )?(?:being alive|"
    r"living|going on|existing|being here)\b",
    r"\b(?:cant|can not|cannot) do (?:life|living)\b|\b(?:done|finished) with (?:life|living(?! (?:in|at|"
    r"with|near|next|together|here)\b)|it all|everything)\b|\bwant out (?:of (?:life|this life|everything|thi"
    r"s world)|for good|"
    r"forever)\b",
    r"\bcant be bothered (?:living|being alive|existing|with life)\b",
    r"\b(?:hope|wish|pray|praying|hoping) (?:that )?i (?:dont|never|do not|wont|will not) wake "
    r"(?:up)?\b|\bhope i die\b",
    r"\b(?:shouldnt|should not|dont deserve to|do not deserve to|dont deserve|do not deserve) "
    r"(?:be alive|exist|live|be here|to live|to be alive|life)\b(?! (?:in|with|at|there))",
    r"\bhate (?:being alive|living|existing|my existence)\b",
    r"\bwant (?:it|it all|everything|my life|life|this) to (?:end|be over)\b",
    r"\b(?:pain|it|everything|this|the hurt|it all) to (?:stop|end) (?:for good|forever|for ever|"
    r"permanently)\b",
    r"\b(?:standing|stood|sitting|sat|im|i am|i m) (?:on|at|by) (?:the )?(?:edge of (?:the |a )?)?"
    r"(?:bridge|roof|rooftop|ledge|train tracks|railway tracks|railway line|tracks|cliff|cliff edge|"
    r"top of (?:the|a) (?:car park|multi ?storey|building|cliff|tower))\b(?!(?: \w+){0,8} (?:parking|park "
    r"the car|lol|haha\w*|view|sunset|fireworks|fixing|repair\w*))",
    r"\bwalk(?:ing)? into the (?:sea|river|water|lake|canal|ocean)\b",
    r"\b(?:pills|tablets|rope|meds|knife|blade) (?:\w+ ){0,3}?(?:and )?(?:im|i am) ready\b",
    r"\b(?:tired|sick|fed up|done|had enough|exhausted|sick and tired|bored|so tired) (?:of|with) "
    r"(?:being alive|" + _LIVING + r"|life|existing|being here)\b",
    r"\b(?:attempted|attempting) (?:suicide|last|again|before|to end|to kill|twice|once|"
    r"[0-9]+ times)\b|\bmy (?:last |first |second )?attempt\b",
    r"\b(?:no|whats the|what is the|not any|nae|no more|not much) point (?:in |of )?(?:living|life|"
    r"being alive|me being here|carrying on|going on|anything any ?more)\b",
    r"\b(?:shoot|drown|gas|suffocate|strangle|poison|electrocute|off|end|top|finish)(?:ing|ed|"
    r"ping|ped|fing|fed)? " + MYSELF,
    r"\bfinish (?:my|my own) life\b|\bwant (?:to )?finish (?:it|my life|everything)\b|"
    r"\blife (?:has|have|is|got) no (?:meaning|point|purpose)\b",
    r"\b(?:dont|do not|no longer|not) (?:want|wish|wanna) (?:to )?live\b(?! (?:in|with|at|near|"
    r"there|here|on|like that|far|so|somewhere|abroad|alone|by))",
    r"\b(?:am|im|i) (?:thinking|planning) (?:to|of) (?:kill|end|die|finish(?! (?:my (?!(?:own )?life)|the |"
    r"school|college|uni|studies|course|work|homework|degree|exams?|early|off|up)))\b",
    r"\bthoughts (?:to|of|about) (?:end|ending|kill|killing) (?:my|my own) ?(?:life|self)\b",
    # Indirect hints: giving things away, method questions, farewells, plans.
    r"\b(?:giv(?:e|en|ing)|gave) (?:away )?(?:all (?:of )?my|all me|away all|away my|everything "
    r"i own|away everything)\b|\b(?:giv(?:e|en|ing)|gave) (?:away )?my (?:dog|cat|pets?|rabbit|"
    r"hamster|\w+) (?:\w+ ){0,8}?(?:for good|to keep|forever)\b",
    r"\b(?:wont|will not|dont) need (?:it|them|her|him|my \w+|anything) (?:where im going|"
    r"any ?more|after (?:tonight|today))\b",
    r"\b(?:most|max|maximum) (?:amount of |number of )?" + DRUGS + r" (?:you|u|i|someone|a person|"
    r"one|ya) (?:can|could) (?:take|have|swallow)\b|\b(?:lethal|fatal|deadly|toxic) (?:dose|"
    r"amount|overdose)\b",
    r"\b(?:how many|how much) (?:\w+ ){0,3}?(?:would|will|does it take to|to|it takes to|till|"
    r"until|before) (?:kill|die|be fatal|be lethal|end)\b",
    r"\b(?:highest|tallest) (?:bridge|building|car park|multi ?storey|cliff|roof|tower)\b|"
    r"\b(?:bridge|building|car park|multi ?storey|cliff|tower)s? (?:\w+ ){0,2}(?:is |are )?(?:the )?"
    r"(?:highest|tallest)\b",
    r"\b(?:dont|do not|cant|can not) see (?:a |any )?future for (?:me|myself)\b|"
    r"\bno future for me\b",
    r"\bbleed(?:ing)? out\b|\b(?:does|would|will|is) (?:hanging|drowning|overdosing|jumping|an "
    r"overdose|dying|suffocating|bleeding out|it hurt to die) (?:hurt|painful|quick|take long)\b",
    r"\b(?:painless|peaceful) (?:way|death)\b(?! to (?:get|do|have|take|remove|pull|book|give))|"
    r"\b(?:quickest|easiest) way (?:out|to go)$",
    r"\btell (?:my \w+|everyone|them|her|him|my family) (?:that )?(?:i love (?:her|him|them|you|"
    r"them all)|im sorry|i am sorry|sorry|goodbye|bye)\b",
    r"\b(?:goodbye|bye|farewell) (?:everyone|everybody|world|all|forever|for ever|cruel world)\b|"
    r"\bsorry for everything\b",
    r"\b(?:this is|this will be|heres|here is) (?:my|the) last (?:message|text|msg|post)\b|"
    r"\bmy last (?:words|ever message)\b|"
    r"\blast time (?:you|youll|you will|anyone|anyonell|u|ull) (?:ever )?"
    r"(?:hear|see) (?:from )?me\b|\b(?:wont|will not|never) (?:ever )?(?:hear from|see) me again\b",
    r"\b(?:said|say|saying) (?:my )?goodbyes?\b" + _NOT_FAREWELL,
    r"\b(?:ive|i have|got|i ve|ive got) (?:got )?(?:a|the) (?:plan|date|method)\b(?! (?:for|to "
    r"(?:revise|study|get|see|go))| (?:with|at|in) )|\b(?:picked|chosen|chose) (?:a|the) "
    r"(?:date|day)\b(?! for)",
    r"\b(?:know|planned|plan|planning|worked out|decided) (?:exactly )?(?:how|when|where) (?:im going "
    r"to|im gonna|ill|i will|i am going to|to|i want to) "
    r"(?:do it|end it)\b",
    r"\btonight(?:s| is) the night\b(?! (?:we|they|of|for|that we)\b)|\bits over for me\b|\b(?:its|it is) (?:"
    r"my )?time (?:for me )?"
    r"to (?:go|leave) (?:bye|goodbye|forever|for good)\b",
    r"\bif i (?:die|dont wake up|am not here|m not here|dont make it) (?:tonight|tomorrow|today)\b",
    r"\b(?:dont|do not|no need to) worry about me (?:after|any ?more)\b",
    r"\b(?:wont|dont think ill|dont think i will|might not|may not|not going to|not gonna) make it "
    r"(?:to|through|past|until|till) (?:tonight|the night|tomorrow|my birthday|the weekend|"
    r"christmas|morning|the morning|new year|next week|the end of the week)$",
    r"\b(?:dont|do not|cant|can not) trust myself\b",
    r"\b(?:want|wanna|ready|going|gonna|just want|cant wait|wish i could) (?:to )?(?:\w+ ){0,5}?"
    r"in heaven\b",
    r"\bkill (?:yourself|urself|ur self|yourselves)\b",
    # Round two (2026-12-02).
    r"\bcant see myself (?:being (?:here|alive|around)|living|making it|alive|here)\b",
    r"\b(?:looking up|looked up|look up|googling|googled|searching|researching|research) (?:\w+ ){0,2}?"
    r"(?:ways|how|methods?) (?:to|of) (?:do it|end it|die|kill|end my|go)\b",
    r"\b(?:happier|better|easier) (?:\w+ ){0,2}if i (?:just )?(?:was dead|were dead|died|was gone|"
    r"wasnt here|wasnt around|wasnt alive|disappeared|was not here|werent here)\b",
    r"\b(?:disappear|vanish)(?:ed|ing)? (?:forever|for good|permanently|and never come back)\b",
    r"\b(?:whats|what is|wheres) (?:even )?the point (?:any ?more|of anything|of me|in anything|"
    r"of it all|in me|of living)\b|\bno point (?:to|in|of) me\b",
    r"\b(?:ima|imma|finna|gunna|bout to|boutta|ill|i will|im going to|im gonna) (?:just )?end "
    r"(?:it|it all|things|everything|my life)\b(?! (?:here|there|now|early|for today|with))",
    r"\b(?:going to|gonna|gna|will|ill|imma|ima) do it (?:tonight|this time|soon)\b|"
    r"\b(?:decided|made up my mind|mind is made up)(?: \w+){0,5} (?:tonight|to do it|to end|"
    r"to go)\b|\b(?:wont|will not|dont) fail this time\b|\bthis time i (?:wont|will not) fail\b|"
    r"\btried (?:before|it before|once)(?: \w+){0,3} (?:try again|do it again)\b|"
    r"\beverything i need to do it\b",
    r"\b(?:sav|stockpil|hoard|collect)(?:e|ed|ing)? (?:up )?(?:my |all my |up my |some of my )?"
    r"" + DRUGS + r"\b",
    r"\bhow many " + DRUGS + r" (?:is|are|would be) too many\b",
    r"\b(?:left|written|wrote|writing|leaving) (?:a |my )note (?:on|for|to) (?:my|the|everyone|her|"
    r"him|them)\b",
    r"\b(?:wish|hope|hoping|pray) (?:a |the |some )?(?:car|bus|train|lorry|truck|someone|somebody)"
    r" (?:would |will |could )?(?:hit|kill|run me over|run over)\b",
    r"\b(?:cant|cannot|can not)(?: do (?:this|it|life))? (?:any ?more|no more|no mo)\b",
    r"\blove (?:you|u) (?:all|guys|everyone)\b(?: \w+){0,3} (?:goodbye|bye|forever)\b|"
    r"\b(?:its|it is|way) too late for me\b|\b(?:im |i am )?sorry (?:mum|mam|mom|dad|mummy|"
    r"everyone)(?: i love you| for everything)?$",
    r"\bjump (?:off|from) my (?:balcony|roof|window)\b|\b(?:going to|gonna|gna|about to|want to|"
    r"wanna|will|ready to) jump$|\bjump tonight\b",
    r"\b(?:crash|drive|driving|drove|swerve) (?:my car |the car )?(?:into|off) (?:a |the )?(?:wall|"
    r"tree|bridge|cliff|lorry|oncoming|river|sea)\b|\bcrash my car\b",
    r"\bwish (?:i|id) (?:didnt|did not|dont|could not|couldnt) (?:exist|live|wake up)\b",
    r"\bwhy (?:am i|do i|should i) (?:even |still )*(?:alive|exist|bother living|keep living|"
    r"stay alive)\b",
    r"\bmy (?:own )?funeral\b",
    r"\b(?:feeling|feel|felt|am|im|so|getting|been) sui\b|\b(?:sui|s) (?:thoughts|ideation)\b",
    r"\b(?:think|thinking|thought|thoughts|imagin\w*|picturing|dream\w*) (?:about|of) (?:not being "
    r"alive|my (?:own )?death|my funeral|being gone)\b|\bimagin\w* (?:my (?:own )?death|being dead)",
    r"\b(?:no|not) want (?:to )?live\b|\bwant (?:to |2 )dead\b|\b(?:want|wanna) (?:to )?kill me\b",
    r"\bi have a plan\b(?! (?:to|for) (?!(?:end|die|kill|do it|take|jump|hang|overdose)))",
    r"\b(?:not sure|dont think|dont know if|do not think|unsure if|unsure whether|not sure if) i "
    r"(?:still |even |really )?(?:want|wanna) (?:to )?(?:live|be alive|be here|exist|carry on|go on|"
    r"stay alive|be around)\b",
    # Round three (2026-12-02).
    r"\b(?:better|easier|happier) (?:\w+ ){0,3}if i (?:just )?(?:ended (?:it|things|it all|my life)|"
    r"killed myself|wasnt alive|was gone)\b",
    r"\b(?:dont think|not sure|doubt) (?:ill|i will|i ll|i can) (?:be )?(?:around|here|alive|make it)"
    r"(?: much| for)? (?:longer|long|tomorrow)\b",
    r"\b(?:only|best|last) (?:way out|option|answer|solution|escape|choice)\b(?: \w+){0,3} (?:die|"
    r"death|dying|dead|end it|kill)|\b(?:death|dying|suicide|ending it|to die)\b(?: \w+){0,3} "
    r"(?:the only|my only|only) (?:way|option|answer|solution|escape|choice)\b",
    r"\b(?:dying|death|being dead|not existing|not waking up) (?:sounds|seems|feels|would be|looks) "
    r"(?:\w+ )?(?:peaceful|nice|good|better|easier|like a relief|like the answer|appealing|"
    r"tempting|great)\b",
    r"\b(?:ill|i will|i ll) be (?:gone|dead) (?:by|before|soon|tomorrow|tonight|forever|for good)\b|"
    r"\bby the time (?:you|u|anyone|they|someone) (?:read|reads|see|sees|get|gets) this\b",
    r"\b(?:nobody|no one|noone|you|u|they|anyone) (?:will |wont |is gonna |dont |wont ever )?(?:have "
    r"to|need to|ever have to) (?:deal with|worry about|put up with|look after) me (?:after|any ?more|"
    r"much longer|again|soon)\b",
    r"\b(?:think|thinking|thought|thoughts) (?:about|of) (?:hanging|overdosing|drowning|slitting|"
    r"shooting|stabbing|poisoning|suffocating)(?: my ?self| myself)?\b",
    r"\bhow (?:many|much) " + DRUGS + r" (?:would|does|will|do|did) (?:it )?take\b",
    r"\bnothing (?:left )?for me(?: here| any ?more| in this world)?$",
    r"\b(?:dont|do not|no) (?:want|wanna) (?:to )?(?:do (?:life|this life|living)|living|alive)\b",
    r"\bby my (?:own )?hands?\b",
    r"\bdo(?:ing)? (?:my ?self|myself|masel|meself) in\b",
    r"\b(?:wrote|written|writing|made|making|make) (?:my|a) will\b",
    r"\bdeleted (?:all )?my (?:socials|accounts|social media)\b|\b(?:something to )?remember me by\b",
    # Round four (2026-12-02).
    r"\bkmss\b|\bk m s\b",
    r"\b(?:leave|leaving|left|exit|depart) this (?:world|earth|life)\b|\b(?:dont|do not|never) "
    r"belong (?:in this world|on this earth|anywhere)\b|\b(?:the world|nobody|no one|everyone) "
    r"(?:doesnt|does not|dont|wont) need me\b",
    r"\b(?:wont|will not|not going to|not gonna) be (?:a )?(?:problem|burden|bother|trouble|nuisance)"
    r"(?: to (?:anyone|anybody|you|them|\w+))? (?:for )?(?:much )?(?:longer|soon|any ?more|for long)\b|"
    r"\bsoon i (?:wont|will not) be (?:a )?(?:problem|burden|bother|here|around)\b",
    r"\b(?:going|gonna|goin|go) (?:to )?(?:go )?(?:to )?the (?:bridge|cliffs?|tracks|train tracks|"
    r"railway|river|roof|car park|multi ?storey) (?:tonight|to end|to jump|to do it)\b",
    r"\b(?:thinking (?:of|about)|want to|wanna|gonna|going to|planning (?:to|on)|about to|urge to|"
    r"tempted to|might) (?:just )?(?:swallow|swallowing|take|taking|down|downing|neck|necking)(?: all|"
    r" the lot| every one| a load| loads| a bunch| a handful| them all)(?: of)?(?: my| the| these|"
    r" those| mums| her)? " + DRUGS + r"\b",
    r"\b(?:can|could|will|would) (?:you|u|i|someone|a person) die (?:from|of|if)\b|"
    r"\b" + DRUGS + r" (?:kill|be fatal|be lethal|be enough to kill)\b",
    r"\bbeing alive (?:is|feels like|feels) (?:torture|hell|agony|unbearable|pointless|too much|"
    r"exhausting)\b|\b(?:cant stand|sick of|done with) (?:being alive|" + _LIVING + r"|existing)\b",
    r"\bwant (?:this life|my life|this) to (?:end|be over|stop)\b|\b(?:wish|hope|want) my heart "
    r"(?:would |to |will )?(?:just )?stop\b",
    r"\b(?:hope|wish) i (?:could |would |just |might )*(?:end it|end it all|end my life|kill myself)\b",
    r"\blove (?:you|u) (?:mum|mam|mom|dad|all|guys|everyone)\b(?: \w+){0,3} (?:sorry|goodbye|bye)\b",
    r"\bwant (?:to )?(?:be )?died\b|\bbetter if i (?:am|was|were|m) not (?:alive|here|around)\b",
    # Round five (2026-12-02).
    r"\b(?:give|giving|given|gave|gives) up on (?:life|living|everything|myself)\b",
    r"\bno hope (?:for me|left|any ?more)\b|\blost all hope\b(?: (?:and|for me|in life|in myself|in "
    r"everything)|$)",
    r"\bwhy (?:i|should i) (?:should )?(?:keep|carry on|go on|stay) (?:living|alive|going on|"
    r"existing)\b",
    r"\b(?:walk|step|run|jump)(?:ing|ed)? (?:out )?(?:into|in front of) (?:the )?(?:traffic|road|cars?|"
    r"a car|oncoming)\b|\bcrash (?:my|the) car (?:on purpose|into)\b",
    r"\b(?:how many|how much)(?: \w+){0,4} (?:would|will|does|do)(?: it)? take (?:to )?(?:kill|die|"
    r"end)\b",
    r"\bsorry (?:goodbye|bye|love you)\b",
    r"\b(?:ill|i will|gonna|going to|im gonna|im going to) be dead (?:soon|by|tomorrow|tonight|"
    r"anyway)\b",
    r"\b(?:brain|head|mind|voices?|thoughts?)(?: \w+){0,2} (?:telling|tell|tells|told) me to (?:die|"
    r"kill|hurt|end)\b",
    r"\b(?:done|finished) with (?:this|my) life\b",
    r"\bcould (?:just )?die\b(?= (?:rn|right now|tonight|fr|for real|i (?:really )?mean it|not "
    r"joking|seriously|honestly))",
)

# Emergencies that need 999 now: breathing, anaphylaxis, chest pain, seizures,
# someone unconscious, overdoses and heavy bleeding.
MEDICAL: tuple[str, ...] = (
    r"\b(?:cant|can not|cannot|struggling to|hard to|trouble|difficulty) (?:properly )?breath(?:e|ing)\b"
    r"(?! better| (?:through|out of|thru) (?:my|me|the|his|her|their) nose|(?: well| properly)? "
    r"(?:when i (?:have|"
    r"got)|with) (?:a|my|this) cold)|\b(?:not|isnt|stopped|stop) breathing\b",
    r"\bthroat (?:is |keeps )?(?:closing|swelling|tight)\w*|\banaphyla\w*|"
    r"\b(?:bad|severe|serious|really bad) allergic reaction\b|\b(?:face|lips|tongue) (?:is |are )?"
    r"(?:swelling|swollen|swelled) up\b",
    r"\b(?:crushing|bad|severe|sharp) chest pains?\b|\bchest (?:is |feels )?(?:really |so )?tight\b"
    r"|\bchest pains? and (?:my )?(?:left )?arm\b",
    r"\b(?:having|had|has) a (?:fit|seizure)\b" + _NOT_A_FIT + r"|\bseizur\w* (?:and|that) (?:wont|"
    r"cant) stop\b|"
    r"\bwont stop (?:shaking|fitting)\b",
    r"\b(?:unconscious|unresponsive|passed out and)\b|\b(?:wont|cant|will not|isnt) wak(?:e|ing) up\b"
    r"(?! (?:for|in time|till|until|early|on time|in the morning)\b)",
    r"\b(?:overdosed|overdosing|over dosed|od d|odd on|taken an overdose|took an overdose)\b|"
    r"\btook (?:a load of|loads of|lots of|a lot of|too many|all (?:my|the)|a whole|[0-9]+) "
    r"(?:of )?(?:\w+ ){0,2}(?:pills|tablets|paracetamol|painkillers|meds|ibuprofen)\b",
    r"\bbleeding (?:a lot|loads|heavily|badly|everywhere)\b|"
    r"\b(?:wont|cant|will not|cannot) stop (?:the )?bleeding\b|\bbleeding (?:and )?(?:it )?wont stop\b",
    r"\b(?:i|ive|she|shes|he|hes|they|theyve|my \w+|someone|somebody) (?:just |has |have )?collapsed\b"
    r"(?! laughing| with laughter| in laughter)",
    # Added 2026-12-02: asthma, stroke, head injury, hypo, spiking, swallowed, blood loss.
    r"\b(?:cant|can not|cannot) (?:catch|get) (?:my )?breathe?\b|\bcant breathe?\b(?! (?:through|"
    r"out of|thru|in through) (?:my|me|the|his|her|their) nose|(?: well| properly)? (?:when i (?:have|got)|"
    r"with) "
    r"(?:a|my|this) cold)|"
    r"\b(?:short of|out of) breathe?\b(?: \w+){0,4} (?:lips|blue|chest|faint|dizzy|wont stop)",
    r"\basthma attack\b(?: \w+){0,6} (?:not stopping|wont stop|isnt stopping|getting worse|"
    r"inhaler)|\b(?:having|got|is having|in the middle of|think im having) (?:an |a )?(?:really |"
    r"very |bad |severe |serious |massive )*asthma attack\b|\binhaler (?:isnt|is not|not|doesnt|"
    r"wont|hasnt|aint) (?:working|helping|help|work)\b",
    r"\b(?:have|having|got|getting|with|bad|severe|sharp|crushing|really bad|awful|terrible|"
    r"horrible|massive) (?:\w+ )?chest pains?\b(?! when i (?:cough|sneeze|laugh)| from (?:coughing|my "
    r"cold|a cold))|^chest pains?$|\b(?:pain|pains|tightness) in my "
    r"chest\b(?! (?:when|after|before|sometimes|last|once))|\bchest (?:really |so |is |feels |"
    r"keeps )*(?:hurts|hurting|heavy|tight)\b(?! (?:when|sometimes|a bit|a little|after (?:running|"
    r"exercise|pe|sport|the gym|football)))",
    r"\b(?:arm|face|side) (?:is |goes |gone |feels |s )?(?:numb|tingly|tingling)\b(?! (?:at|after|from) "
    r"(?:the )?(?:dentist|dentists|injection|anaesthetic|cold))",
    r"\b(?:think|feel like|feels like) (?:im|i am|i m|hes|shes) (?:having|about to have) a heart "
    r"attack\b|\b(?:im|i am|hes|shes|is|s) having a heart attack\b",
    r"\b(?:took|taken|swallowed|necked|downed|take|taking|had|have) (?:\w+ ){0,3}?(?:pills|"
    r"tablets|meds|medication|paracetamol|painkillers) all of (?:them|it)\b|\ball of (?:the|my) "
    r"(?:pills|tablets|meds)\b",
    r"\b(?:took|taken|swallowed|necked|downed|had) (?:a |the )?(?:whole |full |entire )?(?:strip|"
    r"strips|packet|packets|box|boxes|bottle|tub|pack|sheet)s? (?:of )?(?:my |the |her |his |mums |"
    r"dads )?" + DRUGS + r"\b",
    r"(?:^|\b(?:took|taken|swallowed|necked|downed|had|bye|goodbye|gone) )(?:\w+ )?pills pills\b|"
    r"\bpills pills pills\b(?! for)",
    r"\b(?:lips?|face|skin|fingers|mouth)(?: \w+){0,2} (?:is |are |have |has |gone |going |"
    r"turned |turning |look |looks |s )+(?:blue|grey|gray|purple)\b(?! from (?:the )?(?:cold|swimming|sea|"
    r"lolly|slush\w*|ice|blue raspberry|sweets?|drink|paint|pen|ink|dye|hair dye|makeup|lipstick))|\b(?:blue|"
    r"grey) and (?:not|"
    r"isnt) (?:moving|breathing|responding)\b",
    r"\b(?:he|she|they|hes|shes|theyre|my \w+|friend|mate)(?: is| s)? (?:not|isnt|wont|stopped) "
    r"(?:moving|responding|answering me)\b",
    r"\bthroat (?:\w+ ){0,4}(?:closing|swelling)\b|\b(?:having|im having|think im having|is having|"
    r"having a|gone into) (?:an |a )?(?:bad |severe |serious |massive )?(?:allergic reaction|"
    r"anaphyla\w*)\b",
    r"\b(?:face|lips?|tongue|throat)(?: and (?:my )?(?:face|lips?|tongue|throat|eyes))? (?:is |"
    r"are |s |keeps |keep |started )?(?:swelling|swollen|swelled|puffing up|blowing up)\b(?! (?:a bit|a "
    r"little|slightly)| from (?:her|his|my|the) (?:wisdom teeth|tooth|teeth|filling|dentist|braces?|hay ?"
    r"fever))",
    r"\b(?:need|needs|used|use|using|give|gave|injected|jabbed|had to use|cant find|lost|forgot|"
    r"left|get|grab) (?:my |her |his |their |an |the )?epi ?pen\b|\bepi ?pen (?:didnt|isnt|not|"
    r"hasnt|wont|doesnt) (?:work|help)\w*",
    r"\b(?:is|s|im|hes|shes|theyre|keeps|started|start|friend is|mate is) fitting\b|\bfitting "
    r"(?:and|n) (?:wont|cant|not)\b|\b(?:having|had|has|is having) (?:a |another )?(?:seizure|"
    r"fit)\b" + _NOT_A_FIT,
    r"\b(?:so much |loads of |lots of |a lot of |too much |losing (?:a lot of |so much |"
    r"loads of )?)blood\b(?! (?:test|tests|pressure|sugar|donor|donation|type|bank))|\bblood everywhere\b|"
    r"\b(?:wont|will not|doesnt|not|isnt|hasnt) stop(?:ped|ping)? bleeding\b",
    r"\b(?:face|mouth|smile)(?: \w+){0,3} (?:is |has |s )?(?:drooping|droopy|dropped|dropping|"
    r"fallen|gone lopsided)\b|\b(?:speech|talking|words|voice) (?:is |are |s |has gone |gone )?"
    r"(?:slurred|slurring|jumbled)\b|\bcant (?:lift|move|raise) (?:his|her|my|their) (?:arm|arms|"
    r"leg)\b|\b(?:having|is having|think (?:\w+ ){0,3}having|might be having) a stroke\b",
    r"\b(?:hit|banged|bashed|smashed|knocked|cracked|bumped) (?:my|his|her|their) head\b(?: \w+)"
    r"{0,6} (?:sick|throwing up|vomit\w*|confused|drowsy|dizzy|blurry|blurred|double vision|cant "
    r"remember|passed out|knocked out|unconscious|sleepy|wont wake)",
    r"\bhypo(?:s|ing)?\b|\b(?:sugar|sugars|blood sugar|bloods|levels?) (?:is |are |s )?(?:really |"
    r"very |so |dangerously |super )?(?:low|high)\b(?: \w+){0,5} (?:shaking|shaky|confused|"
    r"vomiting|sick|dizzy|sweaty|faint|cant)|\bdiabetic\b(?: \w+){0,5} (?:confused|sweaty|shaking|"
    r"unconscious|wont wake|collapsed|fitting)\b",
    r"\b(?:put|slipped|dropped) (?:something|stuff|a pill|pills|drugs) in(?:to)? (?:my|her|his|our) "
    r"drinks?\b|\b(?:feel|feeling|felt) (?:really |so |very )?(?:weird|strange|funny|odd|off|dizzy|"
    r"drunk|out of it|paralysed)(?: \w+){0,3} after (?:\w+ ){0,4}?(?:drink|drinks)\b",
    r"\b(?:heart|pulse) (?:is |s )?(?:racing|pounding|beating (?:so |really )?fast|going mad|"
    r"going crazy)\b(?: \w+){0,6} (?:pass out|faint|dying|die|cant breathe|chest|collapse|scared)",
    r"\b(?:took|taken|had|did|dropped) (?:something|a pill|pills|drugs|mdma|ket|molly|a tab|a bean)"
    r"\b(?: \w+){0,6} (?:heart|dying|cant breathe|pass out|collapse|feel (?:really )?(?:weird|bad|"
    r"ill|sick))",
    r"\b(?:feel like|think|feels like) (?:im|i am|i m) (?:dying|going to die|gonna die)\b"
    r"(?! (?:of|from|lol|lmao|haha))",
    r"\b(?:im|i am|i m|gonna|going to|about to|keep|keeps|kept|think im going to) (?:going to |"
    r"gonna )?pass(?:ing)? out\b",
    r"\bdrank (?:a whole|a full|the whole|two|three|[0-9]+) (?:bottles?|litres?)\b|\balcohol "
    r"poisoning\b|\bcant stand up\b",
    r"\b(?:broken|broke) (?:my|his|her) (?:leg|neck|back|arm|ankle|wrist|hip)\b(?: \w+){0,4} (?:cant "
    r"move|bone|sticking out|bleeding|cant walk)|\bbone (?:is )?sticking out\b",
    r"\b(?:hit|knocked (?:down|over)|run over|ran over) by (?:a |the )?(?:car|bus|van|lorry|truck|"
    r"train|motorbike)\b(?! (?:last|a few|years|when i was|as a))",
    r"\b(?:swallowed|drank|drunk|ate|eaten|drinking|swallowing) (?:some |a |the )?(?:bleach|poison|"
    r"battery|batteries|button battery|magnets|antifreeze|detergent|washing (?:tablet|pod|capsule)s?|"
    r"cleaning (?:stuff|product|fluid))\b|\b(?:swallowed|swallow|ate|eaten|took) (?:some|a load of|a "
    r"bunch of|loads of|a lot of|lots of|all the|all my|all of the|a handful of|a few) (?:of )?(?:\w+ ){0,2}"
    r"(?:pills|tablets|medicine|meds)\b",
    r"\b(?:vomiting|throwing up|coughing up|coughing|being sick|puking|sick|peeing|weeing) (?:up )?"
    r"(?:\w+ )?blood\b|\b(?:pain|agony)\b(?: \w+){0,2} (?:is |s |getting |its )(?:so |really )?"
    r"(?:unbearable|excruciating)\b",
    r"\bpregnant\b(?: \w+){0,4} (?:bleeding|cramps|pains?)\b",
    # Round two (2026-12-02).
    r"\bfoaming at the mouth\b|\bconvuls\w*|\b(?:shaking|jerking|twitching) (?:\w+ ){0,2}?(?:and )?"
    r"(?:wont stop|not responding|unconscious|foaming|on the floor|eyes rolled)",
    r"\b(?:took|taken|injected|had|done) (?:too much|double|triple|way too much|extra) (?:of )?(?:my )?"
    r"(?:\w+ )?(?:insulin|meds|medication|dose|pills|tablets|paracetamol)\b",
    r"\bon the floor\b(?: \w+){0,3} (?:wont|isnt|not|cant) (?:answer|respond|move|wake|get up)\w*",
    r"\bbleeding (?:really |so |very )?(?:bad|badly|heavily|a lot|loads|everywhere)\b|\bbleeding\b"
    r"(?: \w+){0,2} (?:wont|doesnt|isnt|not) stop",
    r"\bworst headache\b|\b(?:stiff neck|neck is stiff)\b|\brash (?:\w+ ){0,3}(?:doesnt|dont|wont|"
    r"not|isnt) (?:fade|go away when|disappear)",
    r"\b(?:going to|gonna|about to|keep|keeps|kept|think im going to) (?:faint|fainting)\b",
    r"\bdrugged\b",
    r"\bcant stop (?:being sick|vomiting|throwing up|shaking)\b",
    r"\bcant feel my (?:body|legs|arms|face|hands)\b|\boverheat\w*",
    r"\b(?:sugar|sugars|blood sugar|bloods|bm|levels?) (?:is |are |s )?(?:[0-9]+ ?){1,2}(?: \w+){0,3}"
    r" (?:shaking|shaky|confused|sick|dizzy|sweaty|faint)\b",
    # Round three (2026-12-02).
    r"\b(?:struggling|gasping|fighting|fight|gasp|gasps) for (?:breathe?|air)\b",
    r"\b(?:took|taken|swallowed) (?:my |the |her |his )?(?:whole|entire|full|all (?:of )?(?:my|the)) "
    r"(?:prescription|meds|medication|supply|box|packet|bottle|strip)\b",
    r"\b(?:and|but|now|still) (?:hes |shes |theyre |he s |she s |its )?(?:not|isnt|wont|stopped) "
    r"(?:moving|responding|answering|breathing|waking up)\b",
    r"\b(?:gone|going|turned|turning|went) (?:blue|grey|gray|purple)\b",
    r"\b(?:blood|it) (?:is |s )?(?:pouring|gushing|spurting|pumping)\b|\bpouring (?:with |out )?"
    r"blood\b",
    r"\bone side (?:of (?:his|her|my|their) (?:body|face))?\b(?: \w+){0,2} (?:numb|weak|drooping|"
    r"dropped|cant move|paralysed)|\bcant (?:move|feel) (?:one|the (?:left|right)) side\b",
    r"\b(?:going to|gonna|about to|feel like im going to) (?:collapse|black out)\b",
    r"\b(?:pain|agony)\b(?: \w+){0,3} (?:cant (?:move|breathe|walk|stand))\b",
    # Round four (2026-12-02).
    r"\b(?:been|s been) fitting\b|\bfitting for\b",
    # Round five (2026-12-02).
    r"\bchest (?:is |feels )?(?:really |so |very )?(?:painful|agony)\b",
    r"\bsugars? (?:is |are |s )?(?:really |very |so |dangerously |super )(?:low|high)\b",
)

SELF_HARM: tuple[str, ...] = (
    r"\bself ?(?:harm|injur|mutilat)\w*",
    r"\b(?:relaps\w*|urges?|scars?|cuts?|wounds?|marks?|clean|again|start\w*|stop\w*|used to|"
    r"do|did|doing|been|want to|wanna|need to|my|i|ive|im) (?:\w+ ){0,2}?(?:sh|shing|(?<!said )(?<!says )"
    r"(?<!thought )(?<!think )(?<!hope )(?<!that )(?<!if )(?<!but )(?<!and )(?<!so )(?<!when )shed)\b",
    r"\bsh(?:ing|ed)? (?:\w+ ){0,2}?(?:scars?|cuts?|urges?|again|wounds?|marks?|relaps\w*|clean)\b",
    r"\b(?:hurt|hurting|hurts|harm|harming|harmed|injure|injuring|injured|burn|burning|burned|"
    r"burnt|scratch|scratching|scratched|hit|hitting|punch|punching|bruise|bruising|starve|"
    r"starving|starved|cut|cuts|cutting|cuttin) " + MYSELF,
    r"\bcut(?:ting|tin)? my (?:own )?(?:arms?|wrists?|legs?|thighs?|stomach|skin|hips?|body)\b",
    r"\b(?:started|start|been|keep|kept|still|stopped|stop|urge to|urges to|want to|wanna|"
    r"need to|relapsed|relapse|back to|go back to) cutting\b(?! (?:down|back|out|off|corners|"
    r"the|it|costs?|my hair|hair|in|ties|class|school|lessons))",
    r"^cutting\b(?! (?:down|back|out|off|the|waiting|wait|costs?))|\bcutting (?:again|helps)\b",
    r"\b(?:fresh|new|deep|my) (?:cuts|scars|burns)\b",
    r"\b(?:all|badly) cut up\b|\bcarv(?:e|ing|ed) (?:into )?my (?:skin|arms?|legs?|thighs?)\b|"
    r"\b(?:purg(?:e|ing|ed)|binge and purge)\b(?! the)",
    r"\bcuts? (?:on|all over|up) my (?:arms?|wrists?|legs?|thighs?|body|stomach)\b",
    r"\b(?:arms?|wrists?|legs?|thighs?|body) (?:are |is )?(?:covered in|full of) "
    r"(?:cuts|scars|burns)\b",
    r"\bhide (?:my |the )?(?:cuts|scars|marks|burns)\b",
    r"\bburn(?:ing|ed|t)? my (?:arms?|wrists?|legs?|skin|thighs?|hands?)\b",
    r"\bmak(?:e|ing) " + MYSELF + r" (?:throw up|vomit|puke|be sick|sick\b(?! (?:with|from) (?:worry|"
    r"worrying|stress|thinking)))\b|"
    r"\bmade " + MYSELF + r" (?:throw up|vomit|puke|sick after)\b",
    r"\bpunch(?:ing|ed)? (?:walls?|the wall)\b|\bbit(?:e|es|ing)? " + MYSELF,
    r"\b(?:till|until|so) (?:i|it|they) bleeds?\b",
    r"\b(?:scars?|marks?|cuts?) from (?:cutting|self ?harm\w*|burning)\b",
    r"\b(?:hit|hitting|bang|banging)(?: \w+){0,2} head (?:against|on|off) (?:the |a |my )?"
    r"(?:wall|walls|floor|door)\b",
    r"\b(?:want|wanna|need|urge|urges) (?:to )?cut\b(?! (?:down|back|the|my hair|hair|off|out|"
    r"in|ties|costs?|corners|it|them|that|this))",
    r"\b(?:days|weeks|months|years|day|week|month|year) clean\b(?! (?:from|off|of) (?:vap\w*|smok\w*|"
    r"drink\w*|alcohol|weed|drugs|sugar|caffeine|energy drinks|coke|gambling|porn|cigs|fags))",
    r"^cut (?:again|last night|today|yesterday)\b|\bcut again\b|\bi (?:still |sometimes |"
    r"often |used to )?cut$|\bi (?:\w+ )?cut (?:again|last night|deep|deeper|to cope|every)\b",
    r"\bblades? (?:on|to|into|across) my\b|\brazors? (?:on|to|into|across) my (?:arms?|wrists?|"
    r"thighs?|skin|stomach)\b|\b(?:my|hide my|hid my|hiding my|bought|buy|use|used|using) "
    r"(?:razor )?blades?\b",
    r"\bover ?dos\w*",
    r"\b(?:oded|od ed|oding)\b|\b(?:i|ive|i have|just|gonna|going to|wanna|want to|tried to|"
    r"try to|might|will|to|an|took an|take an|taken an) od\b|\bi odd\b|"
    r"\bodd on (?:paracetamol|pills|tablets|meds|my)\b",
    r"\b(?:took|take|taken|taking|swallowed|swallow|necked|downed) (?:like |about |over )?"
    r"(?:[1-9][0-9]+ (?:of )?(?:my |the )?" + DRUGS + r"|(?:too many|a load of|loads of|"
    r"a lot of|lots of|a bunch of|a handful of|a whole (?:packet|box|bottle|pack) of|"
    r"all (?:my|the|of my|of the)|a (?:packet|box|bottle|pack) of|twenty|thirty|fifty)"
    r"(?: \w+){0,2}(?: of)? " + DRUGS + r")\b",
    r"\b(?:take|taking|swallow|swallowing) (?:them|it|the \w+|my \w+) all\b|"
    r"\b(?:have|got|saved|stashed) (?:\w+ )?" + DRUGS + r"\b(?: \w+){0,4} (?:take|taking|swallow) "
    r"(?:them|it)(?: all)?\b",
    r"\btoo many " + DRUGS + r"\b",
    # Added 2026-12-02: tools, text-speak, dialect, eating, "deserve pain".
    r"\bsh(?:d|ed)? (?:again|last night|today|yesterday|tonight|earlier)\b",
    r"\b(?:lighter|razor|blade|blades|knife|scissors|compass|glass|sharpener) (?:on|to|into|across|"
    r"against) my (?:skin|arms?|wrists?|legs?|thighs?|stomach|hips?|body)\b",
    r"\b(?:blades?|razors?) out of (?:a |my |the )?(?:pencil )?sharpeners?\b|\b(?:took|take|taking|"
    r"broke|break|breaking|snapped) (?:apart )?(?:a |my |the )?(?:pencil )?sharpener(?: apart)?\b",
    r"\bknife (?:on |into |across )?my (?:arms?|wrists?|legs?|thighs?|skin)\b",
    r"\b(?:i|ive|i have|just|i just|finally|i think i|think i|have) relapsed\b(?! on (?:vap|smok|"
    r"sugar|chocolate|drink|weed|coffee|caffeine|junk))|\brelapsed (?:last night|again|today|"
    r"yesterday)\b",
    r"\b(?:havent|not|didnt|dont) (?:eaten|eat|eating)(?: \w+){0,4} (?:on purpose|deliberately|to "
    r"punish myself)\b|\bstarv(?:e|ing|ed) " + MYSELF,
    r"\b(?:throw|throwing|make myself throw|making myself throw) up after (?:every|each|i eat|"
    r"eating|meals|all my)\b",
    r"\bcut (?:too |so |really |way )?deep\b",
    r"\b(?:want|wanna|need|deserve|deserves) (?:to )?(?:feel (?:the )?pain|be hurt|pain|to suffer|"
    r"suffer|be punished|hurt|be in pain)\b",
    r"\b(?:till|until|untill) (?:i|it|they|my \w+) (?:bleeds?|bled|bleed)\b",
    r"\b(?:im|i am|i m) cutting (?:rn|right now|now|again|tonight)\b",
    r"\b(?:hurt|hurting|burn\w*|cut\w*|scratch\w*|hit\w*) (?:\w+ ){0,3}"
    r"on purpose\b",
    # Round two (2026-12-02).
    r"\bi (?:\w+ )?cut (?:[0-9]+|two|three|four|five|a few|so many|loads of) times\b|"
    r"\bi (?:\w+ )?cut (?:this|last|yesterday|today|tonight|earlier)\b",
    r"\b(?:the |my )?urges? (?:\w+ ){0,3}?(?:are|is|s|getting|been) (?:\w+ )?(?:bad|strong|awful|"
    r"worse|too much|back|intense)\b",
    r"\bscratch\w* (?:my )?(?:skin|arms?|legs?|wrists?) (?:raw|till|until|off)\b",
    r"\b(?:use|using|used|hide|hidden|hiding|hid|keep|keeping|got|have|buy|bought) (?:a |my |the |"
    r"some )?(?:razor )?blades?\b|\b(?:razors?|blades?) hidden\b|\bhid(?:e|den|ing)? (?:a |my |the )?"
    r"razors?\b",
    r"\b(?:cut|cuts|wound|wounds) (?:\w+ ){0,2}needs? stitch\w*|\b(?:my )?(?:cuts|cut) (?:are|is) "
    r"(?:infected|deep)\b",
    r"\bhide my (?:arms|wrists|legs|thighs)\b",
    r"\b(?:dont|do not) deserve (?:to eat|food|to be happy|anything good)\b|\bpunish(?:ing)? "
    + MYSELF,
    # Round three (2026-12-02).
    r"\brelaps(?:ed|ing)\b(?! (?:on|with|into) (?:vap|smok|sugar|chocolate|drink|weed|coffee|caffeine|junk))",
    r"\bthe cutting\b(?! (?:of|edge|room|board))|\b(?:only thing|all) that (?:helps|works) is "
    r"(?:cutting|sh|hurting myself|burning|self ?harm\w*)\b|\bsh (?:is the only|helps)\b",
    r"\b(?:so|dont want|cant let|scared|so that) (?:nobody|no one|noone|anyone|people|my \w+) "
    r"(?:sees?|can see|notices?|finds?) (?:my )?(?:arms|wrists|legs|thighs|cuts|scars|marks)\b",
    r"\bonly eat (?:once|one meal) (?:every|a) (?:few |couple of |two |three |2 |3 )?(?:days|week)\b",
    r"\blaxatives?\b(?: \w+){0,3} (?:lose weight|every day|to purge|after eating)\b|\b(?:take|taking|"
    r"took) (?:loads of|lots of|a lot of|too many) laxatives\b",
    r"\bknife blood\b|\bblood knife\b|\brazor blood\b",
    # Round four (2026-12-02).
    r"\b(?:going to|gonna|gna|will|want to|wanna|about to|might|need to) cut (?:tonight|again|today|"
    r"later|now|rn)\b",
    # Round five (2026-12-02).
    r"\bfeel(?:ing)? like (?:cutting|self ?harming|hurting myself|burning myself|sh)\b(?! (?:my|the|"
    r"down|back|off|out|hair))",
)

ABUSE: tuple[str, ...] = (
    r"\b" + PERSON + r"(?: \w+){0,3} (?:hurt|hurts|hurting|hit|hits|hitting|beat|beats|beating|"
    r"beaten|punch\w*|kick(?:s|ed|ing)?|slap\w*|smack\w*|chok(?:e|es|ed|ing)|strangl\w*|"
    r"batter\w*|abus\w*|touch(?:es|ed|ing)?|molest\w*|rap(?:e|es|ed|ing)|assault\w*|whip\w*|"
    r"belt(?:s|ed)?|burn(?:s|ed|t)?|bit|bites|throttl\w*|attack(?:s|ed|ing)?|pin(?:s|ned|ning)|"
    r"shov(?:e|es|ed|ing)|drag(?:s|ged|ging)|grab(?:s|bed|bing)|push(?:es|ed|ing)?|throws?|threw|"
    r"spits? on|spat on) (?:me|us|(?:her|him|them|my \w+) and me|(?:my )?(?:mum|mom|mam|mother|sister|"
    r"brother|sis|bro|dad|little \w+))\b(?! to\b| out| off| back\b| around| about| in front| into "
    r"(?:doing|going)| up\b| at (?:football|fifa|fortnite|tennis|chess|pool|darts|cards|games?|\w+ games?|"
    r"everything|every))",
    r"\b(?:beats|beating|beaten|punch(?:es|ed|ing)|slap(?:s|ped|ping)|chok(?:es|ed|ing)|"
    r"strangl(?:es|ed|ing)|molest(?:s|ed|ing)?|rap(?:es|ed|ing)|abus(?:es|ed|ing)|"
    r"assault(?:s|ed|ing)|batter(?:s|ed|ing)|smack(?:s|ed|ing)|kick(?:s|ed|ing)|"
    r"touch(?:es|ed|ing)|hits|hitting) (?:me|us)\b(?! to it| out| off| at (?:football|fifa|fortnite|"
    r"tennis|chess|pool|darts|cards|games?|\w+ games?|everything|every))",
    r"\bforc(?:ed|es|ing) (?:himself|herself|themself|themselves) (?:on|onto) me\b|"
    r"\bmake?s? me do (?:things|stuff|sexual)|\bmade me do (?:things|stuff) (?:i|sexual|to (?:him|her|"
    r"them))",
    r"\b(?:wants?|wanted|asking|asked|asks|pressur\w*|begging|keeps asking) (?:me )?(?:for |to "
    r"send |to see )?(?:pics|nudes|naked \w+|(?:photos|pictures|videos) of me)\b",
    r"\bsends? me (?:pics|photos|pictures|videos) of (?:himself|herself|his|him)\b",
    r"\bcomes? (?:in|into) my (?:room|bed|bedroom)\b(?: \w+){0,2} (?:at night|when)\b|"
    r"\b(?:told|tells|asked|asks|wants|wanted|makes|made) me (?:to )?keep (?:secrets|quiet|it quiet|it|"
    r"this|us|our \w+|"
    r"things) (?:a )?secret\b|\bkeep it between us\b",
    r"\bthrow(?:s|ing)? (?:a |an |the )?(?:things|stuff|\w+) at (?:me|us|my \w+)\b(?!(?: \w+){0,2} "
    r"(?:to catch|catch|lol|haha\w*|playing|for fun))|\bthrew (?:a |an "
    r"|the )?(?:things|stuff|\w+) at (?:me|us)\b",
    r"\b[2-9][0-9] ?(?:year old|yr old|yo)\b(?: \w+){0,6} (?:message|messages|messaging|texting|"
    r"talking|snap|snaps|dm|dms|wants|asking|sending|sends)\b",
    r"\b(?:doesnt|dont|wont|never) (?:let|allow) me (?:to )?(?:eat|have food|sleep)\b|"
    r"\b(?:boyfriend|bf|partner|girlfriend|gf)(?: \w+){0,2} (?:doesnt|wont|dont) let me\b(?! (?:pay|buy|get "
    r"the bill|split|help with the (?:washing|dishes)|cook|drive|lose|win))",
    r"\b(?:make|makes|made|making|force|forces|forced|forcing|pressur\w*) me (?:to )?(?:have sex|"
    r"do sexual|touch|send|watch (?:porn|videos|him|them))\b|"
    r"\bporn\b(?: \w+){0,3} (?:me|with me)\b",
    r"\b(?:forced|made|paid) to (?:sell|carry|deliver|move|hold) (?:drugs|weed|stuff|packages)\b",
    r"\b(?:making|make|makes|made|forcing|forced|pressuring|pressured|blackmailing) me (?:to )?"
    r"(?:send|share|take) (?:\w+ )?(?:pics|pictures|photos|videos|nudes|selfies)\b",
    r"\bforced to (?:have sex|do (?:sexual|stuff|things)|touch|send)\b|\bsexual things\b",
    r"\b(?:video|videos|pics|photos|pictures|nudes)\b(?: \w+){0,4} (?:if|unless) i (?:dont |"
    r"do not )?(?:pay|send)\b",
    r"\bmeet (?:up )?(?:alone|in person|secretly|on my own)\b|\b(?:adult|man|grown up|older \w+|"
    r"stranger)(?: \w+){0,4} (?:keeps |kept )?(?:asking|wants|trying) (?:me )?(?:to )?meet\b",
    r"\b(?:met|talking to|talk to|speak to|chatting to) (?:\w+ ){0,2}?(?:on|online)(?: \w+){0,3} "
    r"(?:wants?|asking|asked|keeps|(?<!never )(?<!not )(?<!dont )meet|pics|nudes|secret)\b",
    r"\b(?:being|been|was|were|got|get|getting|am|im) (?:sexually |physically |emotionally |"
    r"mentally )?(?:abused|raped|molested|groomed|assaulted|beaten up|beaten|trafficked|"
    r"exploited|touched)\b",
    r"\babus(?:e|ed|er|ers|ive|ing)\b",
    r"\brap(?:e|ed|ist|ists|ing)\b|\bmolest\w*|\bincest\b|\bpa?edo\w*|\bsextortion\b",
    r"\bgroom(?:ed|ing|s)?\b",
    r"\bsexual(?:ly)? (?:abus|assault|harass|exploit)\w*|\bharass\w* me\b",
    r"\bdomestic (?:abuse|violence)\b|\bexploit(?:ed|ing|ation)\b|\btraffick\w*|"
    r"\bcounty lines\b|\bforced marriage\b|\bmarry me off\b|\bfgm\b|\bhonou?r based\b",
    r"\bnudes?\b|\bnude (?:pics|photos|pictures|images|selfies|videos)\b|\bdick pics?\b",
    r"\b(?:explicit|inappropriate) (?:pics|photos|pictures|images|videos|messages|texts|"
    r"touching|things|comments)\b",
    r"\btouch(?:ed|ing|es)? (?:me )?(?:inappropriately|down there|my private\w*|my body|"
    r"my chest|my boobs|my breasts|my bum|my bottom|my genitals|my vagina|my penis|my thighs?)",
    r"\b(?:make|makes|made|making|wants?|wanted|force|forces|forced|forcing) me (?:to )?touch\b",
    r"\bforc\w* me (?:to (?:have sex|do (?:sexual|stuff|things)|touch|send|watch)|into "
    r"(?:sex|sending|doing))",
    r"\b(?:share|sharing|shared|leak|leaking|leaked|post|posting|posted) (?:my|our) "
    r"(?:pics|photos|pictures|videos|nudes|images)\b",
    r"\bblackmail\w*",
    r"\b(?:said|told me|tells me|says) (?:not to|to not|i cant|i shouldnt|dont) tell "
    r"(?:anyone|anybody|no one|nobody|my (?:mum|mom|dad|parents|family|teacher|friends))\b"
    r"(?! about (?:my|the|her|his|your|our) (?:appointment|birthday|present|surprise|party|"
    r"results|grades|plans))|"
    r"\bour (?:little )?secret\b",
    r"\bolder (?:man|guy|men|bloke|lad|boy|woman|person) (?:\w+ ){0,4}?(?:meet|messag\w*|"
    r"texting|dm\w*|snap\w*|asking|sends?|sending|wants?|talk\w*)",
    r"\b(?:adult|man|guy|stranger|someone) (?:i met )?online (?:\w+ ){0,3}?(?:meet|nudes|pics|"
    r"photos|asking|wants|sending|send)",
    r"\bcontrols? (?:everything|me|what i|who i|where i)\b",
    r"\b(?:make|makes|made|making|force|forces|forced) me (?:sell|carry|deliver|move|hold|hide) "
    r"(?:drugs|weed|stuff|packages|parcels)\b",
    r"\b(?:scared|afraid|terrified|frightened) (?:of|to be around|to be alone with) (?:my |his |"
    r"her )?(?:" + FAMILY + r"|boyfriend|bf|girlfriend|gf|partner|ex|him|her|them)\b",
    r"\b(?:" + FAMILY + r"|boyfriend|bf|partner|he|she|they)(?: (?:is|are|s|can be|gets|get|becomes|"
    r"got|always|so|really|very|drunk|and|when|hes|shes|high|angry)){0,4} (?:violent|abusive|"
    r"aggressive)\b",
    r"\b(?:dont|doesnt|do not|never|wont) (?:feeds?|fed) (?:me|us)\b|\bno food (?:at home|in the house)\b",
    r"\block(?:s|ed|ing)? me (?:in|out)\b(?! of (?:the|my|our|a) (?:group ?chat|chat|account|game|server|"
    r"lobby|call|team))",
    r"\b(?:left|leaves|leave|gave me|give me|gives me|covered in) (?:me )?(?:with )?bruises\b(?! from "
    r"(?:football|rugby|netball|hockey|training|the gym|pe|sport|falling|a fall|skating|climbing|the "
    r"trampoline|boxing|karate|judo|dance))",
    # Added 2026-12-02: coercive control, sexual assault told without the word, grooming,
    # sextortion, forced marriage, county lines, neglect, emotional abuse, dialect.
    r"\b(?:grab\w*|squeez\w*|held|holds|hold|hands? (?:round|around|on)) (?:me by )?(?:my|the) "
    r"(?:neck|throat)\b",
    r"\b(?:wont|doesnt|dont|never|will not|does not|do not) (?:let|allow) me (?:to )?(?:see|talk to|"
    r"go out with|meet|have|text|speak to) (?:my )?(?:friends|mates|family|anyone|any friends)\b",
    r"\b(?:boyfriend|bf|girlfriend|gf|partner|husband|wife|he|she|ex)(?: \w+){0,3} (?:checks|check|"
    r"checking|goes through|reads|tracks|tracking|track|monitors) (?:all )?my (?:phone|messages|"
    r"texts|location|snaps|dms)\b",
    r"\b(?:goes|go|went|gets|get) (?:mad|crazy|mental|psycho|nuts|violent|angry)(?: at me)? (?:if|"
    r"when|whenever) i (?:go out|see|talk|text|speak|wear|leave(?! (?:my|the|a) (?:room|dishes|stuff|"
    r"clothes|plates?|mess|lights|door|bed|towel|shoes|bag|cup)))\b",
    r"\bnot allowed (?:to )?(?:leave|out of|out) (?:of )?(?:the |my )?(?:house|home|room|flat)\b",
    r"\b(?:takes|took|taken|keeps|kept|hides|hid) (?:away )?my passport\b(?! (?:at|to) (?:the )?(?:airport|"
    r"check|border|passport control|scan|copy))|\btakes? (?:all )?my "
    r"(?:money|wages|benefits|bank card)\b",
    r"\bsaid no (?:but|and) (?:he|she|they|\w+) (?:\w+ ){0,2}?(?:did it|carried on|kept going|didnt "
    r"stop|still did|did anyway|wouldnt stop|forced|made me)",
    r"\b(?:didnt|wouldnt|did not|would not) stop (?:when|after|even though|even when) i (?:said no|"
    r"told|asked|said stop|cried|was crying)\b",
    r"\b(?:had sex with|slept with|did (?:stuff|things) (?:to|with)|touched|was on top of) me "
    r"(?:when|while|whilst) i (?:was )?(?:too )?(?:drunk|asleep|sleeping|passed out|out of it|high|"
    r"unconscious|wasted)\b",
    r"\bwoke up (?:and|with|to) (?:him|her|them|he|she|someone|a \w+)(?: \w+){0,3} (?:doing|"
    r"touching|on top|in my bed|undress\w*|inside)",
    r"\b(?:teacher|coach|tutor|instructor|youth worker|leader|priest|neighbour|older \w+|man|guy|"
    r"adult|uncle|step ?dad|mums boyfriend)(?: \w+){0,4} (?:messages|texts|snaps|dms|messaging|"
    r"texting|snapping|adds|added) me (?:on (?:snap|snapchat|insta|instagram|tiktok|whatsapp|"
    r"discord|my phone)|at night|late at night|privately|secretly|all the time|every night)\b",
    r"\bsays? (?:im|i am) (?:special|mature|different|so mature|more mature|his favourite|her "
    r"favourite)\b",
    r"\b(?:man|guy|older \w+|adult|stranger|bloke)(?: \w+){0,6} (?:gives|gave|buys|bought) me "
    r"(?:free )?(?:stuff|things|gifts|presents|money|vapes|alcohol|drink|weed|phones?|trainers)\b|"
    r"\b(?:man|guy|older \w+|adult|stranger|bloke)(?: \w+){0,8} (?:wants|asks|asked|invited|told) "
    r"me (?:to )?(?:go|come) (?:to|round|back to) (?:his|her|their) (?:flat|house|place|car|hotel|"
    r"room)\b",
    r"\b(?:has|have|got|get) (?:my|our|some of my) (?:pics|pictures|photos|videos|nudes|images)\b"
    r"(?: \w+){0,5} (?:money|pay|post|share|send|leak|everyone|unless|or else)\b",
    r"\b(?:making|make|makes|made|forcing|force|forced|forces|pressur\w*) (?:me )?(?:to )?(?:marry|"
    r"get married)\b|\b(?:taking|take|taken|sending|send|sent) (?:me )?(?:abroad|back home|away|"
    r"to \w+) to (?:get "
    r"married|marry|be married)\b|\bmarried (?:off|against my will)\b",
    r"\b(?:owe|owed|in debt to) (?:them|him|the \w+|some \w+)(?: \w+){0,6} (?:make me|making me|"
    r"made me|have to|got to|gotta) (?:deliver|sell|carry|run|move|hold|hide)\b|\b(?:going|went|"
    r"sent) country\b|\btrap ?house\b",
    r"\b(?:havent|not|no|didnt|hasnt|nothing to) (?:had |eaten |have |eat )?(?:any )?(?:food|"
    r"anything to eat|proper food|a meal|dinner)(?: \w+){0,3} (?:for|in) (?:days|[0-9]+ days|two "
    r"days|three days|a few days|ages|weeks)\b",
    r"\b(?:leave|leaves|left|leaving) (?:me|us)(?: and (?:my )?\w+(?: \w+)?)? (?:home )?(?:alone|"
    r"on (?:my|our) own|by (?:myself|"
    r"ourselves)) (?:for|all) (?:days|[0-9]+ days|the weekend|weeks|nights|a week|the whole)\b",
    r"\b(?:doesnt|dont|never|cant|wont) (?:look after|care for) (?:me|us)\b",
    r"\b(?:calls|called|calling|tells|told) me (?:im |i am |that im |that i am )?(?:worthless|"
    r"useless|a waste|a mistake|disgusting|pathetic|a (?:slag|slut|whore)|i should die|to die)\b",
    r"\b(?:get|got|getting|been|am|im|being|keep getting) locked (?:in|inside) (?:my|the|a) "
    r"(?:room|house|cupboard|bedroom|shed|flat)\b",
    r"\bgave (?:me|us) a (?:doing|hiding|kicking|beating|battering|slap|smack|whack|clip round the ear|thump)"
    r"\b|\bgives? (?:me|us) (?:a )?"
    r"(?:doing|hiding|kicking|beating|battering|slaps)\b|\b(?:smacked|knocked|slapped) (?:me |us )?"
    r"(?:about|around)\b",
    r"\b(?:get|gets|getting|got|been|being) (?:hit|smacked|slapped|punched|kicked|beaten|battered|"
    r"belted|whipped|choked|strangled)(?: up)? (?:at home|by (?:my|me|her|his) \w+|(?:when|if|"
    r"whenever) (?:i|he|she|they)|every (?:day|night|week)|all the time|a lot)\b",
    r"\b(?:scared|afraid|terrified|frightened) (?:of|to be around|to be alone with) (?:my |his |her )?"
    r"(?:husband|wife|step ?\w+|mums boyfriend|dads girlfriend)\b",
    # Round two (2026-12-02).
    r"\bbruises? (?:from|off|because of) (?:my |me )?(?:" + FAMILY + r"|him|her|them|boyfriend|bf|"
    r"partner)\b",
    r"\bif i (?:dont|do not|wont) (?:send|pay)\b",
    r"\bwatch(?:es|ed|ing)? me (?:in the (?:shower|bath)|get(?:ting)? (?:changed|dressed|undressed)|"
    r"undress|sleep)\b|\bflash(?:ed|es|ing)? (?:me|us|himself)\b|\bexpos(?:ed|es|ing) (?:himself|"
    r"herself)\b",
    r"\b(?:go|travel|sent|send) to (?:other|another|different) (?:towns?|cities|city|areas?) to "
    r"(?:sell|deliver|drop)\b",
    r"\block(?:s|ed)? (?:the )?(?:fridge|food|cupboards|kitchen)\b|\b(?:always|constantly) (?:hungry|"
    r"starving)\b",
    r"\b(?:no one|nobody|noone) (?:looks after|cares for|feeds) (?:me|us)\b|\bleft (?:on my own|alone|"
    r"by myself) (?:all the time|for days|every night|overnight)\b|\b(?:theres|there is) (?:never "
    r"|no )(?:any )?food\b",
    # Round three (2026-12-02).
    r"\bgives? (?:me|us) (?:a )?(?:good |proper |right )(?:doing|hiding|kicking|beating|battering)\b",
    r"\b(?:wont|doesnt|dont|never) let me (?:call|phone|ring|contact|message|text) (?:anyone|anybody|"
    r"my \w+|friends|family)\b|\bnot allowed (?:to )?(?:see|talk to|have|go out with|meet) (?:my )?"
    r"(?:friends|mates|family|own money|money|a phone)\b",
    r"\b" + PERSON + r" (?:\w+ )?(?:forced|forces|forcing) me(?:$| into| to (?:have|do (?:it|stuff|"
    r"things|sexual)))",
    r"\b(?:sends?|sent|gives?|gave|buys?|bought) me (?:money|gifts|presents|stuff|vapes|credit|gift "
    r"cards)\b(?: \w+){0,5} (?:pictures|pics|photos|nudes|videos|meet|in return|back)\b",
    r"\bmarried off\b|\bno (?:food|heating|electric|electricity|gas)(?: \w+){0,2} (?:and|or|n) no "
    r"(?:food|heating|electric|electricity|gas|money)\b",
    # Round four (2026-12-02).
    r"\bforc\w* (?:me )?(?:to )?(?:\w+ ){0,3}?(?:blowjob|blow job|bj|oral|sex|sexual)\b",
    r"\b(?:boyfriend|bf|girlfriend|gf|partner|he|she|hes|shes)(?: is| s)? (?:[2-9][0-9])\b(?: \w+)"
    r"{0,3} (?:im|i am|i m) (?:1[0-5]|[0-9])\b",
    # Round five (2026-12-02).
    r"\b(?:wants?|makes?|made|tells?|told) me (?:to )?(?:sleep|get) in (?:his|her|their) bed\b",
    r"\b(?:send|sending|sent|take|taking|taken)(?: me)?(?: \w+){0,4} to (?:marry|get married|be "
    r"married)\b",
    r"\bnot allowed (?:to )?(?:go to|attend) (?:school|college)\b",
    r"\b" + PERSON + r"(?: \w+){0,2} starv(?:es|ed|ing) (?:me|us)\b|\band (?:then )?(?:hits|hit|"
    r"punches|punched|kicks|kicked|beats|slaps|slapped|hurts|chokes) (?:me|us)\b",
)

DANGER: tuple[str, ...] = (
    r"\b(?:i|i do|i really) feel (?:so |really |very )?unsafe\b",
    r"\b(?:he|she|they|hes|shes|theyre|someone|somebody|my \w+|the \w+) (?:is |s |are )?"
    r"(?:going to |gonna |trying to )?(?:kill|killing|hurt|hurting|hit|hitting|beat|beating) me\b",
    r"\b(?:im|i am|we are|were|hes|shes|theyre|they are|my \w+ is|my \w+ s) in (?:real |"
    r"serious |immediate )?danger\b|\bin danger (?:right now|now|rn|tonight|here|at home)\b",
    r"\b(?:im|i am|i m) not safe\b|\bnot safe (?:at home|here|there|rn|right now|now|tonight|"
    r"around|with)\b|\bunsafe (?:at home|here|right now|around)\b",
    r"\b(?:i |)(?:dont|do not|never) feel safe(?: (?:at all|any ?more|rn|now|right now|tonight|"
    r"at home|here|there|around \w+|with \w+|in my \w+))?(?: \w+)?$|"
    r"\b(?:dont|do not|never) feel safe (?:at home|around|with|in my (?:house|home|room))\b",
    r"\b(?:scared|afraid|terrified|frightened|too scared|dont want|do not want|cant|cannot|"
    r"can not|not allowed to|dreading|scared of) (?:to )?(?:go|going|goin) (?:back )?home\b",
    r"\b(?:parents?|mum|mom|mam|dad|family|step ?dad|step ?mum|they|carers?|nan|gran|foster \w+)"
    r"(?: \w+)? (?:kicked|threw|thrown|chucked|kick|kicks|throw|throws) me out\b"
    r"(?! of (?:the|a|an) )",
    r"\b(?:nowhere|no where|no place) (?:safe |else )?to (?:go|sleep|stay|live)\b|"
    r"\b(?:homeless|sleeping rough|sleep rough|sofa surfing|on the streets)\b|"
    r"\b(?:got|been|was|just got) (?:kicked|thrown|chucked) out\b(?! of (?!(?:the |my )?(?:house|"
    r"home|flat)))",
    r"\b(?:ive|i have|i|im|i am|gonna|going to|want to|wanna|thinking of|thinking about) "
    r"(?:run|ran|running) away\b(?! from (?!home))",
    r"\b(?:someone|somebody|some1|a man|a guy|a woman|man|guy|he|she|they|people|a car|car|"
    r"stranger|someones|somebodys|hes|shes|theyre)(?: \w+){0,2} follow(?:ing|ed|s)? me\b|"
    r"\bbeing followed\b(?! (?:everywhere |around |about )?by (?:my )?(?:little |baby )?(?:brother|sister|"
    r"bro|sis|dog|cat|puppy|kitten|cousin)| (?:by (?:\w+ ){0,3})?on (?:tiktok|insta|instagram|twitter|snap|sn"
    r"apchat|"
    r"youtube|twitch))|\bfollowed me home\b",
    r"\b(?:someone|somebody|a man|a guy|he|she|they|my ex|stranger|people|theres \w+ \w+)"
    r"(?: \w+){0,3} (?:outside|at) my (?:house|door|window|flat|home|room)\b(?!(?: \w+){0,3} (?:fixing|"
    r"delivering|working|doing (?:the|some)|cutting|mowing|painting|repairing|digging|collecting|reading "
    r"the meter))|"
    r"\b(?:hes|shes|theyre|someones|theres someone|theres a (?:man|guy))(?: \w+){0,2} outside\b(?!(?: \w+)"
    r"{0,3} (?:fixing|delivering|working|doing (?:the|some)|cutting|mowing|painting|repairing|digging|"
    r"collecting|reading the meter))",
    r"\bthreat\w* (?:\w+ )?(?:to )?(?:kill|hurt|stab|beat|shoot|attack|rape|burn)\b|"
    r"\bthreat\w* (?:me|us)\b",
    r"\b" + PERSON + r"(?: \w+){0,3} (?:kill|hurt|stab|shoot|batter|attack|rape|murder|"
    r"strangle|jump) (?:me|us)\b|\b(?:hell|shell|theyll|hed|shed|theyd) (?:\w+ )?(?:kill|hurt|"
    r"stab|shoot|beat) (?:me|us)\b",
    r"\b(?:got|has|have|with|holding|pulled|carrying|carries|brought|waving) (?:a |an |his |her |"
    r"their )?(?:knife|knives|gun|guns|blade|blades|machete|machetes|weapon|weapons)\b(?! (?:for|in the|"
    r"to|from) (?:cook\w*|kitchen|chopping|food|carving|dinner|work|my apprenticeship|the butchers?))",
    r"\bstab(?:bed|bing|s)?\b",
    r"\bspik(?:ed|ing)\b|\bspike my\b",
    r"\b(?:please|pls|plz|can you|someone|somebody|u|you) (?:call|ring|phone|get) (?:the )?"
    r"(?:police|999|an ambulance|ambulance|cops|feds)\b|(?<!if i )(?<!if you )\bneed (?:the )?(?:police|"
    r"an ambulance|"
    r"help now|help right now|urgent help)\b",
    r"\b(?:locked|trapped|stuck) (?:in|inside)(?: \w+){0,3} (?:and |n )?(?:cant|cannot|can not) "
    r"(?:get out|leave|escape)\b|\b(?:wont|will not|doesnt|dont) let me (?:leave|go out|out|"
    r"go home)\b(?! of (?:the|this|my) (?:game|call|chat|group|lobby|party|server|conversation))|"
    r"\bkidnap\w*|\bheld (?:against my will|hostage)\b",
    r"\b(?:scared|fear|fearing|afraid|frightened|terrified|worried) for my (?:life|safety)\b",
    r"\b(?:scared|afraid|terrified|frightened|too scared) (?:to|of) (?:go|going) back\b(?! to "
    r"(?:the|that|my|a|an|see) )",
    r"\b(?:please|pls|plz|someone|somebody) (?:send help|help me)\b(?! (?:understand|with|to|fill|"
    r"find|answer|book|get|figure|out|do|choose|pick))|^send help$",
    r"\b(?:isnt|not|wont|cant|is not|isn t) (?:waking up|breathing|responding)\b|\bunconscious\b",
    r"\b(?:theyll|hell|shell|theyre gonna|theyre going to|gonna|going to|coming to|out to) get me"
    r"(?: (?:if|when|after|tonight|later))?$|\bgang\w*(?: \w+){0,4} (?:threat\w*|after me|get me|"
    r"hurt|stab|jump)",
    r"\b(?:someone|somebody|a man|a guy|a stranger|people)(?: is| s|s)? (?:in|inside|trying to get "
    r"into) (?:my|the) (?:house|flat|room|home)\b|\bintruder\b|\bknows? where i live\b",
    r"\b(?:scared|afraid|terrified|frightened|worried) (?:\w+ ){0,2}?(?:hes|shes|theyre|he is|"
    r"she is|they are|hell|theyll|he will) (?:coming back|gonna come|going to come|come back)\b",
    r"\b(?:banging|hammering|kicking) (?:on|at|in) (?:my|the) (?:door|window)\b",
    r"\b(?:scared|afraid|terrified|frightened) (?:of )?what (?:hell|shell|theyll|he will|"
    r"she will|they will|he might|she might|hes going to|hes gonna|he would|hed|my \w+ will|"
    r"my \w+ might) do\b",
    r"\bhiding (?:in|under) (?:the|my) (?:bathroom|toilet|cupboard|wardrobe|closet|room|bed|"
    r"loft)\b",
    r"\bhiding\b(?: \w+){0,5} (?:going mad|kicking off|going crazy|losing it|raging|shouting|"
    r"screaming)\b|\b(?:going mad|kicking off|going crazy|losing it|raging)(?: \w+){0,5} hiding\b",
    r"\bbeing held\b(?! (?:up|back|on|in))|\band (?:i )?(?:cant|cannot) (?:leave|get out|escape)\b",
    r"\btrying to (?:get|break) (?:in|into) (?:my|the) (?:house|flat|room|home)\b|"
    r"\bbreaking in\b|\b(?:chasing|chased|stalking|stalked) me\b|\bbeing (?:chased|stalked)\b|"
    r"\bstalker\b",
    r"\bhiding from (?:him|her|them|my \w+)\b(?!(?: \w+){0,4} (?:hide and seek|game|lol|haha))|\b(?:smashing|"
    r"throwing|breaking) (?:things|stuff|"
    r"the house)\b",
    r"\b(?:stuck|stranded|trapped|lost|in trouble|locked in) (?:\w+ ){0,3}?(?:and|n) "
    r"(?:scared|frightened|terrified)\b|"
    r"\b(?:scared|terrified|frightened) (?:and|n) (?:stuck|stranded|trapped|alone)\b",
    r"\bbleeding (?:a lot|loads|heavily|badly|wont stop|everywhere)\b|"
    r"\b(?:wont|cant|will not|cannot) stop (?:the )?bleeding\b",
    r"\b(?:being|been|got|was|gonna be|going to be) (?:attacked|jumped|mugged)\b(?! (?:on )?by (?:a |the "
    r"|some |my |our )?(?:geese|goose|swans?|seagulls?|birds?|wasps?|bees?|dogs?|cats?|spiders?|puppy|"
    r"kitten)| on by (?:my|our) )|\battacked me\b",
    r"\b(?:want|wanna|going|gonna) (?:to )?(?:hurt|kill|stab) (?:someone|somebody|people|him|her|"
    r"them)\b",
    # Added 2026-12-02: break-ins, someone outside, trapped, watched, weapons as emoji.
    r"\b(?:someone|somebody|a man|a guy|people|they|he|she|theres someone|someones|hes|shes|"
    r"theyre)(?: \w+){0,2} trying to (?:get in|break in|get into|break into|open (?:the|my|our) (?:door|"
    r"window)|kick "
    r"(?:the|my) door)\b",
    r"\bmy ex(?: boyfriend| girlfriend| bf| gf)?(?: is| s)? (?:outside|here|at my|at the door|"
    r"downstairs)\b",
    r"\b(?:im|i am|i m|we are|were|we re) trapped\b(?! in (?:a |the |this |my )?(?:group ?chat|chat|"
    r"convo|conversation|loop|cycle|meeting|lesson|class|queue|job|routine|revision|homework|exams?|"
    r"school|work))|\bi cant get out\b"
    r"(?! of (?:bed|this|the habit|my head))",
    r"^(?:please |pls |plz |someone |somebody )?help me(?: please| pls| plz| now| someone| quick)+$|"
    r"\bhelp me (?:please|pls|plz)$",
    r"\b(?:hes|shes|theyre|he is|she is|they are) (?:coming (?:back|home|for me|round|over)|on "
    r"(?:his|her|their) way)\b(?: \w+){0,3} (?:scared|terrified|frightened|afraid|hide|hiding)\b",
    r"\b(?:sleep|sleeping|slept) (?:on|in) (?:the )?(?:street|streets|park|bus station|station|"
    r"doorway)\b",
    r"\bknife (?:hes|shes|theyve|theyre|he has|she has|they have) got\b",
    r"\b(?:keeps|kept|keep) (?:driving|walking) (?:past|by|round)\b(?: \w+){0,4} (?:staring|looking|"
    r"watching)\b|\b(?:someone|somebody|a man|a guy|he|they|people)(?: \w+){0,2} (?:is |are |s |"
    r"been |keeps |has been )?(?:watching|watched) (?:me|my (?:house|flat|window|home|room))\b",
    r"\b(?:does not|do not|never) let me (?:leave|go out|out|go home)\b",
    # Round two (2026-12-02).
    r"\b(?:tried to |trying to )?(?:drag|pull|push|force|bundle)(?:ged|ed|ing)? me into (?:a |the |"
    r"his |their )?(?:car|van|house|room|alley)\b|\b(?:man|guy|someone|somebody|stranger|he|they)"
    r"(?: \w+){0,2} grabbed me\b",
    r"\b(?:scared|afraid|terrified|worried) (?:\w+ ){0,2}(?:hell|shell|theyll|he will|she will|they "
    r"will|he might|they might) find me\b",
    r"\b(?:broke|broken|breaking) (?:into|in to) (?:our|my|the) (?:house|flat|home|room)\b|"
    r"\bkick(?:ing|ed)? (?:the|my) door (?:in|down)\b",
    r"\b(?:please|pls|plz) help\b(?: \w+){0,3} (?:scared|terrified|frightened)\b|\b(?:im|i am) (?:so "
    r"|really )?(?:scared|terrified|frightened)\b(?: \w+){0,2} (?:please help|help me|pls help)\b",
    # Round three (2026-12-02).
    r"\b(?:theyre|hes|shes|they are|he is|she is|people are|theyll|hell|shell|they will|he will)"
    r"(?: \w+)? coming (?:for|after) me\b",
    r"\b(?:escaped|got away|ran away|ran off)\b(?: \w+){0,3} (?:hiding|hide)\b|\b(?:im|i am) hiding "
    r"(?:from|in|under)\b(?! (?:my |the )?(?:homework|revision|rain|sun|bed|duvet|covers))(?!(?: \w+){0,5} "
    r"(?:hide and seek|lol|haha))",
    # Round four (2026-12-02).
    r"\b(?:dont|do not|never) feel safe\b(?: \w+){0,3} (?:help|please|scared|tonight|now)\b",
    # Round five (2026-12-02).
    r"\b(?:scared|terrified|frightened)\b(?: \w+){0,4} (?:someone|somebody|a man|a guy|people|he|"
    r"they)(?: is| s| are)? outside\b|\b(?:someone|somebody|a man|a guy|people|he|they)(?: is| s| "
    r"are)? outside\b(?: \w+){0,3} (?:scared|terrified|frightened)\b",
)

# Category -> phrases, in the order they are checked.  Medical emergencies come
# before self-harm ("took 30 paracetamol" needs 999 first), and danger before
# abuse because "he's threatening me and hits me" needs 999 first.
CRISIS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("suicide", SUICIDE + from_rounds("SUICIDE")),
    ("medical", MEDICAL + from_rounds("MEDICAL")),
    ("self_harm", SELF_HARM + from_rounds("SELF_HARM")),
    ("danger", DANGER + from_rounds("DANGER")),
    ("abuse", ABUSE + from_rounds("ABUSE")),
)

# A concept and a cue both found anywhere in the message (safeguarding_concepts.PAIRED).
PAIRED: tuple[tuple[str, str, str], ...] = from_rounds("PAIRED")

# Single words (or two words run together) caught even when misspelt: word ->
# (category, largest number of typing slips allowed).
FUZZY_KEYWORDS: dict[str, tuple[str, int]] = {
    "suicide": ("suicide", 1),
    "suicidal": ("suicide", 2),
    "unalive": ("suicide", 1),
    "unaliving": ("suicide", 2),
    "overdose": ("self_harm", 1),
    "overdosed": ("self_harm", 1),
    "overdosing": ("self_harm", 2),
    "selfharm": ("self_harm", 1),
    "selfharming": ("self_harm", 2),
    "selfharmed": ("self_harm", 1),
}
# Real words that are a slip or two away from a keyword.
FUZZY_IGNORE: frozenset[str] = frozenset(
    "overdue overdoes overdone overdid overuse overused overclose decide decided suited".split()
)

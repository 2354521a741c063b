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
* FUZZY_KEYWORDS catch single-word misspellings ("sucidal", "overdosed").

Recall comes first: a false alarm only shows the signposting message; a miss
can cost a life.  Measure any change with ``bench/safeguarding_eval.py``.
"""

from __future__ import annotations

# --- Building blocks ---------------------------------------------------------

MYSELF = r"(?:my ?self|myslef|myslf|mysef|mysefl|msyelf|meself|mself|my ?sel)\b"
WANT = (
    r"(?:want|wanna|wana|wnt|wamt|wanted|wants|need|ready|deserve|deserves|planning|trying|"
    r"tried)"
)
# Family and carers, as bare alternatives to drop inside "(?:...|...)".
FAMILY = (
    r"dad|father|daddy|mum|mom|mam|mother|mummy|step ?dad|step ?father|step ?mum|"
    r"step ?mom|step ?mother|parents?|brother|bro|sister|sis|uncle|aunt|auntie|aunty|"
    r"cousin|grandad|granddad|grandpa|grandfather|nan|nana|nanna|gran|granny|grandma|"
    r"grandmother|carers?|foster \w+"
)
# Someone who could hurt the young person (used before "hits me" and so on).
PERSON = (
    r"(?:he|she|they|hes|shes|theyre|him|her|them|" + FAMILY + r"|boyfriend|bf|"
    r"girlfriend|gf|partner|ex|teacher|coach|tutor|man|guy|lad|men|boy|boys|someone|"
    r"somebody|some1|people|family|neighbour|landlord|adult|stranger)"
)
# Filler words young people put in the middle of a phrase ("dont even want").
ADV = r"(?:even |really |just |honestly |actually |literally |rly |jus )?"
AUX = r"(?: (?:s|is|has|have|keeps|keep|still|always|sometimes|often|used to|would|will|"
AUX += r"does|did|was|were|had|also|then|just|even|constantly|literally|actually))"
DRUGS = (
    r"(?:pills|tablets|paracetamol|painkillers|meds|medication|sleeping pills|ibuprofen|"
    r"co codamol|codeine|antidepressants|sertraline|fluoxetine|citalopram|insulin)"
)

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
    r"\b(?:mum|mom|mam|mother|parent|teacher|nan|gran|boss|coach)s?(?: is| are| s| will| would)?"
    r"(?: gonna| going to| gna| literally| actually)* kill me (?:if|when) i "
    r"(?:miss|am|m|fail|forget|lose|skip|dont|get|break|come|go|spend|spent|am late)\b",
    # dying / dead as exaggeration
    r"\b(?:die|died|dying|dead) (?:of|from|with) (?:laughing|laughter|embarrassment|boredom|"
    r"shame|cringe|excitement|hunger|thirst|the heat|heat|cold)\b",
    r"\bdying (?:to|for)\b",
    r"\bto die for\b",
    r"\b(?:id|i would|would|could) (?:literally )?die for\b",
    r"\b(?:nearly|almost|literally|actually|practically) died laughing\b",
    r"\b(?:im|i am|literally|actually|omg) (?:literally |actually |so |lowkey )?"
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
    r"\bcut (?:myself|my (?:finger|thumb|hand|foot|toe|lip|chin|head)) (?:shaving|cooking|"
    r"chopping|gardening|by accident|accidentally|on (?:a|the|some) \w+)\b",
    r"\bcut (?:herself|himself|themselves) (?:shaving|cooking|chopping|gardening)\b",
    r"\b(?:burn|burnt|burned) (?:myself|my (?:hand|finger|arm)) (?:on (?:the|a) (?:oven|hob|"
    r"kettle|stove|iron|pan|cooker|tray|radiator|straighteners)|cooking|making \w+)\b",
    r"\b(?:hurt|injured) (?:myself|my \w+) (?:playing|at (?:football|rugby|netball|hockey|"
    r"training|the gym|gym|pe|work)|training|running|falling|when i fell|skating|skiing|"
    r"cycling|by accident|accidentally|on (?:my|a|the) (?:bike|trampoline|skateboard|scooter))\b",
    # hit / touched / beat / shoot as figures of speech
    r"\bhit me up\b",
    r"\b(?:hitting|banging|bang|hit) (?:my|your|our) heads? (?:against|on) a brick wall\b",
    r"\bhit me with\b|\bchok(?:ed|es|ing) me up\b|\bstab(?:bed|bing)? (?:me )?in the back\b",
    r"\b(?:it|that|this|reality|then|which|what) (?:just |really |finally |suddenly |kinda |"
    r"honestly |completely )?(?:hit|hits|hitting|touched|touches|beat|beats) me\b",
    r"\btouched me (?:deeply|so much|a lot)\b",
    r"\bbeat me (?:to it|at)\b",
    r"\bshoot me (?:a|an) (?:text|message|msg|email|dm|line|call)\b",
    r"\bhurts? my (?:eyes|ears|head|brain)\b",
    # grooming of pets, panic attacks, pains, "od" meaning "very"
    r"\b(?:dog|pet|cat|horse|personal|facial) groom\w*|\bgrooming (?:products|salon|parlour|kit)\b",
    r"\b(?:panic|anxiety|heart|asthma|seizure) attacks?\b",
    r"\bstabbing (?:pain|pains|feeling|sensation)s?\b",
    r"\bod (?:long|quick|slow|bad|good|peak|rude|annoying|boring|hard|easy|nice|dead|jarring)\b",
    r"\bin danger of\b",
    r"\babuse (?:receptionists|staff|nurses|doctors|gps|workers)\b|\b(?:staff|receptionists|"
    r"nurses|doctors|gps) (?:get|getting|got|receive|face|take|deal with) (?:so much |loads of |"
    r"a lot of )?(?:verbal )?abuse\b",
    r"\bfollow(?:s|ed|ing)? me (?:on|up|back)\b|\bfollowed up\b",
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
    r"\b(?:hope|wish) i (?:could |would |just |could just )?(?:die|died|was dead|were dead|"
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
    r"\blife(?:s| s| is)?(?: not| isnt| aint| is not| no longer| never| isnt really) "
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
    r"\b(?:suicide|goodbye) (?:note|letter)\b",
    r"\b(?:sleep|go to sleep|fall asleep) (?:and (?:never|not) wake up|forever|for ever)\b|"
    r"\bnever wake up (?:again|tomorrow)\b",
    r"\b(?:wont|will not|not going to|not gonna) be (?:here|around|alive) (?:much longer|"
    r"for much longer|for long|tomorrow|next week|any ?more)\b",
    r"\b(?:tired|sick|fed up|done|had enough) (?:of|with) (?:life|living|being alive|existing)\b",
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
    r"\bthinking (?:of|about) jumping\b",
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
    r"\b(?:got|bought|buy|have|tied|tie|find|found) (?:a |the |my )?(?:rope|noose|ligature)\b|"
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
    r"suicide )?(?:notes?|letters?) (?:to|for) (?:my |everyone|everybody|my family|\w+)\b",
    r"\bthis is (?:my )?(?:goodbye|farewell|the end)\b|\bsaying (?:my )?goodbyes?\b|"
    r"\b(?:wont|will not|not gonna|not going to) be (?:around|here|alive) (?:much )?(?:longer|"
    r"tomorrow|for long|by)\b",
    r"\b(?:got|have|ive got|saved|saving|stockpiled|stockpiling|collecting) (?:up )?(?:the |my |"
    r"some |enough |all the )?(?:pills|tablets|meds) (?:ready|saved|to do it|for it|together)\b|"
    r"\bi have a plan\b|\bmade a plan to\b",
    # Text-speak for suicide.
    r"\bunalive\w*|\bsewer ?slide\w*|\bctb\b|\bkys\b",
)

# Emergencies that need 999 now: breathing, anaphylaxis, chest pain, seizures,
# someone unconscious, overdoses and heavy bleeding.
MEDICAL: tuple[str, ...] = (
    r"\b(?:cant|can not|cannot|struggling to|hard to|trouble|difficulty) (?:properly )?breath(?:e|ing)\b"
    r"(?! better)|\b(?:not|isnt|stopped|stop) breathing\b",
    r"\bthroat (?:is |keeps )?(?:closing|swelling|tight)\w*|\banaphyla\w*|\bepi ?pen\b|"
    r"\b(?:bad|severe|serious|really bad) allergic reaction\b|\b(?:face|lips|tongue) (?:is |are )?"
    r"(?:swelling|swollen|swelled) up\b",
    r"\b(?:crushing|bad|severe|sharp) chest pains?\b|\bchest (?:is |feels )?(?:really |so )?tight\b"
    r"|\bchest pains? and (?:my )?(?:left )?arm\b",
    r"\b(?:having|had|has) a (?:fit|seizure)\b|\bseizur\w* (?:and|that) (?:wont|cant) stop\b|"
    r"\bwont stop (?:shaking|fitting)\b",
    r"\b(?:unconscious|unresponsive|passed out and)\b|\b(?:wont|cant|will not|isnt) wak(?:e|ing) up\b",
    r"\b(?:overdosed|overdosing|over dosed|od d|odd on|taken an overdose|took an overdose)\b|"
    r"\btook (?:a load of|loads of|lots of|a lot of|too many|all (?:my|the)|a whole|[0-9]+) "
    r"(?:of )?(?:\w+ ){0,2}(?:pills|tablets|paracetamol|painkillers|meds|ibuprofen)\b",
    r"\bbleeding (?:a lot|loads|heavily|badly|everywhere)\b|"
    r"\b(?:wont|cant|will not|cannot) stop (?:the )?bleeding\b|\bbleeding (?:and )?(?:it )?wont stop\b",
    r"\b(?:i|ive|she|shes|he|hes|they|theyve|my \w+|someone|somebody) (?:just |has |have )?collapsed\b",
)

SELF_HARM: tuple[str, ...] = (
    r"\bself ?(?:harm|injur|mutilat)\w*",
    r"\b(?:relaps\w*|urges?|scars?|cuts?|wounds?|marks?|clean|again|start\w*|stop\w*|used to|"
    r"do|did|doing|been|want to|wanna|need to|my|i|ive|im) (?:\w+ ){0,2}?sh(?:ing|ed)?\b",
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
    r"\bmak(?:e|ing) " + MYSELF + r" (?:throw up|vomit|puke|be sick|sick after)\b|"
    r"\bmade " + MYSELF + r" (?:throw up|vomit|puke|sick after)\b",
    r"\bpunch(?:ing|ed)? (?:walls?|the wall)\b|\bbit(?:e|es|ing)? " + MYSELF,
    r"\b(?:till|until|so) (?:i|it|they) bleeds?\b",
    r"\b(?:scars?|marks?|cuts?) from (?:cutting|self ?harm\w*|burning)\b",
    r"\b(?:hit|hitting|bang|banging)(?: \w+){0,2} head (?:against|on|off) (?:the|a|my) "
    r"(?:wall|walls|floor|door)\b",
    r"\b(?:want|wanna|need|urge|urges) (?:to )?cut\b(?! (?:down|back|the|my hair|hair|off|out|"
    r"in|ties|costs?|corners|it|them|that|this))",
    r"\b(?:days|weeks|months|years|day|week|month|year) clean\b",
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
)

ABUSE: tuple[str, ...] = (
    r"\b" + PERSON + r"(?: \w+){0,3} (?:hurt|hurts|hurting|hit|hits|hitting|beat|beats|beating|"
    r"beaten|punch\w*|kick(?:s|ed|ing)?|slap\w*|smack\w*|chok(?:e|es|ed|ing)|strangl\w*|"
    r"batter\w*|abus\w*|touch(?:es|ed|ing)?|molest\w*|rap(?:e|es|ed|ing)|assault\w*|whip\w*|"
    r"belt(?:s|ed)?|burn(?:s|ed|t)?|bit|bites|throttl\w*|attack(?:s|ed|ing)?|pin(?:s|ned|ning)|"
    r"shov(?:e|es|ed|ing)|drag(?:s|ged|ging)|grab(?:s|bed|bing)|push(?:es|ed|ing)?|throws?|threw|"
    r"spits? on|spat on) (?:me|us|my (?:mum|mom|mam|mother|sister|brother|sis|bro|dad|"
    r"little \w+))\b(?! to\b| out| off| back\b| around| about| in front| into (?:doing|going))",
    r"\b(?:beats|beating|beaten|punch(?:es|ed|ing)|slap(?:s|ped|ping)|chok(?:es|ed|ing)|"
    r"strangl(?:es|ed|ing)|molest(?:s|ed|ing)?|rap(?:es|ed|ing)|abus(?:es|ed|ing)|"
    r"assault(?:s|ed|ing)|batter(?:s|ed|ing)|smack(?:s|ed|ing)|kick(?:s|ed|ing)|"
    r"touch(?:es|ed|ing)|hits|hitting) (?:me|us)\b(?! to it| out| off)",
    r"\bforc(?:ed|es|ing) (?:himself|herself|themself|themselves) (?:on|onto) me\b|"
    r"\bmake?s? me do (?:things|stuff|sexual)|\bmade me do (?:things|stuff) (?:i|sexual)",
    r"\b(?:wants?|wanted|asking|asked|asks|pressur\w*|begging|keeps asking) (?:me )?(?:for |to "
    r"send |to see )?(?:pics|nudes|naked \w+|(?:photos|pictures|videos) of me)\b",
    r"\bsends? me (?:pics|photos|pictures|videos) of (?:himself|herself|his|him)\b",
    r"\bcomes? (?:in|into) my (?:room|bed|bedroom)\b(?: \w+){0,2} (?:at night|when)\b|"
    r"\b(?:told|tells|asked|asks|wants|wanted|makes|made) me (?:to )?keep (?:it|this|us|our \w+|"
    r"things) (?:a )?secret\b|\bkeep it between us\b",
    r"\bthrow(?:s|ing)? (?:things|stuff|\w+) at (?:me|us|my \w+)\b|\bthrew (?:things|stuff|\w+) at "
    r"(?:me|us)\b",
    r"\b[2-9][0-9] ?(?:year old|yr old|yo)\b(?: \w+){0,6} (?:message|messages|messaging|texting|"
    r"talking|snap|snaps|dm|dms|wants|asking|sending|sends)\b",
    r"\b(?:doesnt|dont|wont|never) (?:let|allow) me (?:to )?(?:eat|have food|sleep)\b|"
    r"\b(?:boyfriend|bf|partner|girlfriend|gf)(?: \w+){0,2} (?:doesnt|wont|dont) let me\b",
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
    r"(?:wants?|asking|asked|keeps|meet|pics|nudes|secret)\b",
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
    r"(?:anyone|anybody|no one|nobody|my (?:mum|mom|dad|parents|family|teacher|friends))\b|"
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
    r"\b(?:" + FAMILY + r"|boyfriend|bf|partner|he|she|they)(?: is| are| s| can be| gets| "
    r"get| becomes| got)? (?:violent|abusive|aggressive)\b",
    r"\b(?:dont|doesnt|do not|never|wont) (?:feed|fed) me\b|\bno food (?:at home|in the house)\b",
    r"\block(?:s|ed|ing)? me (?:in|out)\b",
    r"\b(?:left|leaves|leave|gave me|give me|gives me|covered in) (?:me )?(?:with )?bruises\b",
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
    r"\bbeing followed\b|\bfollowed me home\b",
    r"\b(?:someone|somebody|a man|a guy|he|she|they|my ex|stranger|people|theres \w+ \w+)"
    r"(?: \w+){0,3} (?:outside|at) my (?:house|door|window|flat|home|room)\b|"
    r"\b(?:hes|shes|theyre|someones|theres someone|theres a (?:man|guy))(?: \w+){0,2} outside\b",
    r"\bthreat\w* (?:\w+ )?(?:to )?(?:kill|hurt|stab|beat|shoot|attack|rape|burn)\b|"
    r"\bthreat\w* (?:me|us)\b",
    r"\b" + PERSON + r"(?: \w+){0,3} (?:kill|hurt|stab|shoot|batter|attack|rape|murder|"
    r"strangle|jump) (?:me|us)\b|\b(?:hell|shell|theyll|hed|shed|theyd) (?:\w+ )?(?:kill|hurt|"
    r"stab|shoot|beat) (?:me|us)\b",
    r"\b(?:got|has|have|with|holding|pulled|carrying|carries|brought|waving) (?:a |an |his |her |"
    r"their )?(?:knife|knives|gun|blade|machete|weapon)\b",
    r"\bstab(?:bed|bing|s)?\b",
    r"\bspik(?:ed|ing)\b|\bspike my\b",
    r"\b(?:please|pls|plz|can you|someone|somebody|u|you) (?:call|ring|phone|get) (?:the )?"
    r"(?:police|999|an ambulance|ambulance|cops|feds)\b|\bneed (?:the )?(?:police|an ambulance|"
    r"help now|help right now|urgent help)\b",
    r"\b(?:locked|trapped|stuck) (?:in|inside)(?: \w+){0,3} (?:and |n )?(?:cant|cannot|can not) "
    r"(?:get out|leave|escape)\b|\b(?:wont|will not|doesnt|dont) let me (?:leave|go out|out|"
    r"go home)\b|\bkidnap\w*|\bheld (?:against my will|hostage)\b",
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
    r"\bhiding from (?:him|her|them|my \w+)\b|\b(?:smashing|throwing|breaking) (?:things|stuff|"
    r"the house)\b",
    r"\b(?:stuck|stranded|trapped|lost|in trouble|locked in) (?:\w+ ){0,3}?(?:and|n) "
    r"(?:scared|frightened|terrified)\b|"
    r"\b(?:scared|terrified|frightened) (?:and|n) (?:stuck|stranded|trapped|alone)\b",
    r"\bbleeding (?:a lot|loads|heavily|badly|wont stop|everywhere)\b|"
    r"\b(?:wont|cant|will not|cannot) stop (?:the )?bleeding\b",
    r"\b(?:being|been|got|was|gonna be|going to be) (?:attacked|jumped|mugged)\b|\battacked me\b",
    r"\b(?:want|wanna|going|gonna) (?:to )?(?:hurt|kill|stab) (?:someone|somebody|people|him|her|"
    r"them)\b",
)

# Category -> phrases, in the order they are checked.  Medical emergencies come
# before self-harm ("took 30 paracetamol" needs 999 first), and danger before
# abuse because "he's threatening me and hits me" needs 999 first.
CRISIS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("suicide", SUICIDE),
    ("medical", MEDICAL),
    ("self_harm", SELF_HARM),
    ("danger", DANGER),
    ("abuse", ABUSE),
)

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
}
# Real words that are a slip or two away from a keyword.
FUZZY_IGNORE: frozenset[str] = frozenset(
    "overdue overdoes overdone overdid overuse overused overclose decide decided suited".split()
)

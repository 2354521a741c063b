"""Crisis told without a crisis word — for clinical review (read the guide in
``safeguarding_lexicon`` first: the same rules of writing apply).

Added on 2026-12-02 (stop 16) for what young people write when they do not name
the crisis: suicidal hints (hopelessness, farewells, giving things away, "won't be
around", questions about a method), self-harm without the word, abuse told
indirectly (coercive control, grooming, sextortion, being made to carry drugs,
partner violence, neglect), danger, and medical emergencies in everyday words.

Each crisis tuple is added to its category in ``safeguarding_lexicon.CRISIS``.
IDIOMS, NOT_A_CRISIS, RECOVERED and SAFE_NOW are added to the lexicon's lists of
the same name: **each of those can stop a signpost**, and docs/clinical-safety.md
(H-01) explains every one in plain English.
"""

from __future__ import annotations

from bot.trust.safeguarding_words import DRUGS, MYSELF

# A partner (or "he"/"she", who is often one) for coercive control.
PARTNER = r"(?:he|she|hes|shes|boyfriend|bf|girlfriend|gf|partner|husband|wife|ex)"
# A man who is not family, for grooming, bare and as a group.
ADULTS = r"man|guy|bloke|older \w+|adult|stranger|grown up|someone online|some \w+ online"
ADULT = f"(?:{ADULTS})"
# A part of the body someone hurts on purpose, bare and as a group.
BODY_PARTS = r"arms?|wrists?|hands?|legs?|thighs?|skin|stomach|tummy|belly|hips?|knuckles|chest|body"
BODY = f"(?:{BODY_PARTS})"
# What a message says to explain a future absence away (holidays, moving, school).
_AWAY_FOR_A_REASON = (
    r"(?:on holiday|on a (?:school )?trip|away (?:on|at|with|in|for a)|abroad|moving|at uni|at "
    r"college|starting (?:uni|college|my new job|work)|start (?:uni|college|my new job|work)|at work|"
    r"working|at my (?:mums|dads|nans|grans)|(?:going |go )?to my (?:mums|dads|nans|grans)|visiting|in hospit"
    r"al|having (?:an|my) operation|"
    r"leaving school|finishing school|off school|(?:during|for|sitting|doing|its) (?:my )?exams?|on "
    r"placement|at camp)"
)
# "i won't be around", "not gonna be here", Scots "am no gonnae be here".
_NOT_AROUND = (
    r"(?:wont|will not|not gonna|not going to|aint gonna|aint going to|ill not|i ll not|im not gonna|not "
    r"planning on|not sure "
    r"ill|dont think ill(?: still)?|dont think i will|doubt ill|might not|probably wont|may not) "
    r"(?:be|being) (?:around|here|about|alive)"
)

SUICIDE: tuple[str, ...] = (
    # Not being around for something to come.
    r"\b" + _NOT_AROUND + r"\b(?:(?: \w+){0,3} (?:to (?:see|answer|do|fill|read)|for (?:the|my|results|"
    r"christmas|next|this|much|long)|next|this time|by|in a|after|on|tomorrow|much longer|long|"
    r"anyway|any ?more|soon)\b|$)(?!.*\b" + _AWAY_FOR_A_REASON + r"\b)",
    r"\bno way (?:im|i am|ill|i will) (?:still )?(?:gonna |going to )?(?:be )?(?:here|around|alive) "
    r"(?:in|by|next|this time)\b",
    # Giving things away, and what is left for others.
    r"\b(?:sorted|sorting|decided|deciding|written|wrote|worked out|planned) (?:out )?who (?:gets|is "
    r"getting|will get|can have|should get|has) (?:my|what)\b",
    r"\b(?:wont|will not|not gonna|not going to) (?:be )?need(?:ing)? (?:it|them|em|any of (?:it|them|"
    r"this)|anything|my \w+)(?: \w+){0,2} (?:any ?more|soon|where im going|after|much longer)\b|"
    r"\b(?:wont|will not) be needing (?:it|them|em|any of it|my \w+)\b",
    r"\b(?:selling|sold|giving away|gave away|given away|give away) (?:all|everything) (?:of )?(?:i own|"
    r"i have|ive got|my stuff|my things)\b",
    r"\b(?:giv(?:e|ing|en)|gave) (?:all )?my (?:clothes|stuff|things|games|makeup|jewellery|books|"
    r"plushies|teddies|pets?|xbox|ps5|switch|phone|trainers) (?:away|to (?:my )?(?:mates|friends|"
    r"sister|brother|bro|sis|cousin))\b(?!(?: \w+){0,3} (?:charity|cos i got|because i got|as i got))",
    r"\bcan have (?:my|them|it|all my) (?:\w+ )?(?:after (?:tonight|today|this weekend|the weekend|"
    r"tomorrow|friday|saturday|sunday|im gone)|after|when im gone|once im gone)$",
    r"\bpasswords\b(?: \w+){0,12} (?:after$|after im gone|when im gone|get into everything|get into my "
    r"(?:accounts|stuff|phone) after)",
    r"\b(?:wrote|written|writing|left) (?:everyone|everybody|my family|each of them|all my \w+) "
    r"(?:a )?(?:letters?|notes?)\b|\bfor when (?:they|she|he|you|my \w+|someone|people) (?:find|finds|"
    r"found) (?:me|them|it)\b",
    r"\bgoodbye (?:messages?|texts?|videos?|posts?|notes?|letters?)\b(?! (?:to|for) (?:year|the "
    r"(?:class|team|club|school)|my (?:class|team|teacher)))",
    r"\b(?:texts?|messages?|emails?|posts?) scheduled (?:for|to) (?:my |everyone|\w+s )?(?:mum|mam|mom|"
    r"dad|family|everyone|friends|sister|brother|bf|gf)\b",
    # Farewells.
    r"\b(?:goodbye|bye|farewell) to (?:whoever|anyone|anybody) (?:reads|reading|who|that|sees|out)\b",
    r"\bsee (?:ya|you|u) never\b",
    r"\b(?:cos|because|coz|cause|as|if|when) (?:ive|i have|i ve|ill have|ill be|i will be|im) gone\b"
    r"(?! (?:to|on|away|abroad|back|home|out|for|off|into|up|down|in|shopping|mad|quiet)\b)",
    r"\b(?:tried|trying) (?:with|to help|to save|for) me\b(?: \w+){0,3} (?:it )?(?:wasnt|was not|isnt|"
    r"not) enough\b",
    r"\bthe last (?:thing|message|text|time) (?:ill|i will|i ll) ever (?:fill in|do|write|say|send|post|"
    r"answer)\b",
    r"\b(?:tonight|today|this) (?:is|s|will be) my last (?:night|day|week|weekend)\b(?! (?:at|in|of|with|"
    r"on|before|here|there|as|working|off|home)\b)",
    r"\b(?:this time tomorrow|by tomorrow|by (?:the )?morning|by tonight)(?: \w+){0,2} (?:ill|i will|"
    r"i ll) be gone\b(?! (?:to|on|for|off|away))",
    r"\b(?:it|none of (?:this|it)|nothing) (?:wont|will not|will|is going to|isnt going to) (?:even )?"
    r"matter (?:after|by|soon|once)\b|\bafter (?:tonight|today|this weekend|\w+day) (?:none of (?:this|"
    r"it)|nothing|it) (?:will|wont|is going to) matter\b|\bsoon (?:it|none of (?:this|it)|nothing) "
    r"(?:wont|will not|will) matter\b",
    r"\b(?:stop|wont have to|no need to|dont have to|wont need to|never have to) (?:worry|worrying) "
    r"about me (?:soon|any ?more|after|again|much longer|for much longer)\b",
    r"\b(?:have to|need to) (?:deal with|worry about|put up with|look after) me (?:for )?(?:much )?"
    r"(?:longer|long)\b",
    r"\b(?:hug\w*|kiss\w*|cuddl\w*|said (?:bye|goodbye) to|say (?:bye|goodbye) to)(?: \w+){0,5} "
    r"(?:cos|because|as) (?:its|it s|it is|itll be|it will be) the last time\b",
    r"\b(?:said|say|saying) (?:bye|goodbye|my goodbyes) to (?:my )?(?:dog|cat|pets?|rabbit|hamster|"
    r"horse)\b(?! (?:at|before (?:we|i|he|she) (?:went|go|left)|when (?:we|i) (?:went|left))|(?: \w+){0,2} "
    r"(?:before|after) (?:school|work|college|uni|i left|going))",
    r"\b(?:logging|log|logged|signing|sign|signed) off (?:for good|forever|for ever|permanently|"
    r"from life)\b|\b(?:checking|check|checked|tapping|tap|tapped|bowing|bow|clocking) out (?:early|"
    r"for good|forever|for ever|permanently|of life|of this life|of this world)\b|\b(?:im|i am) "
    r"(?:done|finished)\w*(?: \w+){0,3} (?:im|i am) (?:checking|tapping|clocking) out\b|\b(?:im|i am) "
    r"(?:checking|tapping) out$",
    r"\b(?:life|everything|it all|this)(?: is| s)? (?:too much|too hard)\b(?: \w+){0,2} (?:im out|im "
    r"done|bye|goodbye|i give up)\b|\b(?:aint|not|im not) (?:doing|do) this (?:no more|any ?more)\b"
    r"(?: \w+){0,2} (?:goodbye|bye|im done|im out)\b",
    r"\bcatch(?:ing)? the bus\b(?: \w+){0,4} (?:not the real|iykyk|if you know|for good|forever)\b",
    # Decided, calm, not afraid of dying.
    r"\b(?:made my mind up|made (?:my|the) decision|decided|mind is made up|minds made up)(?: \w+){0,4} "
    r"(?:its|it s|it is|is) (?:tonight|today|tomorrow|this weekend)\b|\bdecided (?:today|tonight)s? "
    r"(?:is )?the (?:day|night)\b",
    r"\b(?:calm|at peace|relieved|peaceful) (?:now )?(?:that )?(?:ive|i have|i ve|i) (?:decided|made "
    r"(?:my|the) decision|made my mind up)\b(?! (?:about|on|to (?:go|apply|study|do|leave school|take)))"
    r"|\bat peace with (?:it )?(?:now )?(?:ive decided|dying|death|my decision|the decision|it all "
    r"ending|leaving)\b",
    r"\b(?:not|no longer|never) (?:scared|afraid|frightened) (?:of|to) (?:die|dying|death|being dead)"
    r"(?: any ?more)?\b|\b(?:death|dying) (?:doesnt|does not|dont|no longer) scares? me\b",
    r"\b(?:welcome|embrace|looking forward to|look forward to|long for|longing for) (?:death|dying|"
    r"the end$|not being (?:here|alive|around)|it (?:all )?(?:being|to be) over|never waking up)\b|"
    r"\bid welcome\b(?: \w+)? (?:death|dying|it)\b",
    r"\b(?:happy|glad|relieved|fine|ok|okay|better) if i (?:didnt|did not|dont|never) wake up\b|\bif i "
    r"(?:died|didnt wake up|never woke up|was dead)(?: \w+){0,2} (?:id|i would|i d) be (?:relieved|"
    r"happy|glad|fine|grateful)\b",
    r"\b(?:dont|do not|couldnt|could not|wouldnt) care if i (?:live or )?(?:die|died|was dead|dont wake "
    r"up)\b|\bwouldnt mind if i (?:died|was dead|didnt wake up)\b",
    # Everyone better off; a burden, a waste, not meant to be here.
    r"\b(?:easier|better|happier|fine|ok|okay|calmer|a better place|simpler|lighter) (?:off )?without me"
    r"\b(?! (?:for|while|today|tonight|this|at|on|there)\b)",
    r"\b(?:kinder|better|easier) (?:for (?:everyone|them|\w+) )?if i (?:went|left)(?:$| for good| "
    r"forever| and never came back)",
    r"\bif i (?:am|was|were|m) not (?:exist|existing|alive|here|around|living)\b|\b(?:am|im|i) not "
    r"exist\b",
    r"\b(?:is |its )?better (?:for me )?(?:to die|to be dead|if i die|i die|i am dead)\b|\b(?:want|"
    r"wanna|need) go (?:to )?die\b|\btired (?:for|to) liv(?:e|ing)\b",
    r"\b(?:im|i am|i m|i feel like) (?:just )?(?:a )?waste of (?:oxygen|air|space|life|a life|skin)\b",
    r"\b(?:feel like|dont think|think) (?:im|i am|i m|i was) (?:not |never )?meant to be (?:here|"
    r"alive|born)\b|\b(?:not|never|wasnt) meant to be (?:alive|born|in this world|on this earth)\b",
    r"\blifes? (?:is |s )?(?:just |really |simply )?not for me\b",
    r"\bdont belong (?:here|anywhere)\b(?: \w+){0,3} (?:going to|gonna|ill|will) (?:fix|sort|change) "
    r"(?:that|it)\b",
    r"\bcant be bothered (?:any ?more|with (?:anything|it all|everything) any ?more)\b",
    # Not wanting to be, or to go on.
    r"\b(?:not|dont|do not) (?:\w+ )?(?:want to|wanna|trying to) be (?:here|alive|around) (?:any ?more|"
    r"no more|no longer)\b",
    r"\b(?:not|dont|do not|stop) (?:want to |wanna )?be(?:ing)? (?:a person|human|a human|a human being)"
    r" any ?more\b|\bwanna not be (?:a person|alive|here|human)\b",
    r"\b(?:want|wanna) (?:to )?be gone(?: forever| for good)?$|\b(?:want|wanna|wish i could|just want to)"
    r" (?:to )?(?:go away|fade away|drift away|drift off|vanish) (?:forever|for ever|for good|"
    r"permanently)\b",
    # Not a bare "i want out": in a consultation that is asking to stop (data/nlu).
    r"\bwant out of (?:all of it|it all)\b",
    r"\b(?:walk|sleep|drift off|go (?:away|somewhere|out)|going (?:away|somewhere|out)|disappear|"
    r"leave|leaving)(?: \w+){0,3} (?:and|n|an) (?:not|never|no) (?:come|coming) back\b",
    r"\b(?:want|wish) (?:everything|it all|it) to (?:go|turn|fade) (?:to )?(?:black|dark)\b",
    r"\b(?:sleep|go to sleep) (?:and|an|n) (?:never|not|no) wake\b",
    r"\b(?:hope|wish|pray|praying|hoping)\w*(?: \w+){1,3} (?:that )?i (?:dont|never|do not|wont|"
    r"will not) wake\b|\b(?:hope|hoping|wish|pray\w*) (?:that )?(?:i|ill|i will|i ll)(?: \w+){0,4} "
    r"(?:and )?die\b",
    r"\b(?:tired of|done|sick of|cant keep) (?:fighting|trying)\b(?: \w+){0,4} (?:letting go|let go|"
    r"give up|giving up)\b|\b(?:im|i am|i m) (?:just )?letting go\b(?! of (?!(?:life|everything|it all)"
    r"))|\bstopped fighting(?: (?:it|this|any ?more))?$",
    r"\b(?:ive|i have|i ve|i) given up\b(?! on)(?: \w+){0,3}? (?:theres |there is )?no point\b",
    r"\b(?:im|i am|i m|so im) ending (?:it|things|it all|everything)\b(?! (?:with|here|there|now|"
    r"early|for today))",
    r"\b(?:no one|nobody|noone|nothing) can (?:help|save) me (?:now|any ?more)\b",
    r"\b(?:itll|it will|it ll) (?:all )?be over (?:soon )?(?:for me|promise|i promise|dont worry)\b|"
    r"\b(?:its|it is|it s) (?:almost|nearly|all|about to be) over for me\b",
    r"\bwaiting for the right (?:moment|time)(?: now)?$",
    r"\bwhen (?:im|i am|i m) dead\b",
    r"\bdead inside\b(?: \w+){0,5} (?:want|wish) (?:it|that) (?:to be|was|were) real\b",
    # Being with someone who has died.
    r"\b(?:be with|join|see) (?:my )?\w+ (?:again )?(?:in heaven|up there|on the other side)\b|"
    r"\b(?:want|wanna|going|gonna) (?:to )?(?:be with|join|see) (?:\w+ ){1,2}again\b(?: \w+){0,5} "
    r"(?:heaven|died|dead|passed|gone|only way)\b|\bsoon (?:ill|i will|i ll) be with (?:my )?(?:dad|"
    r"mum|mam|nan|grandad|granda|grandma|gran|brother|sister|grandpa|papa|nana|grampa)\b|\bonly way "
    r"(?:is|would be|left is) (?:to )?(?:die|dying|death|end it)\b",
    # Would anyone notice or care.
    r"\bif i (?:jumped|died|disappeared|vanished|was gone|wasnt here|went|left|killed myself|stopped "
    r"(?:existing|turning up|being here))(?: \w+){0,4} (?:would|will|d) (?:anyone|anybody|people|they|"
    r"my \w+|any1)(?: even| actually| really)? (?:care|notice|miss me|cry|come|be sad)\b",
    r"\b(?:nobody|no one|noone|no1) (?:would|will|wud)(?: even| really| actually)? (?:notice|care|"
    r"miss (?:me|us)) (?:if|when) (?:i|a)\b|\b(?:who|would anyone) (?:would )?(?:even )?(?:come to|"
    r"cry at|turn up to) my funeral\b|\beveryone would forget (?:about )?me\b",
    r"\b(?:everyone|everybody|they|my family|the world)(?: would| will| d)? (?:be )?(?:fine|ok|okay|"
    r"better|happier) (?:without me|if i (?:was|were) gone)\b",
    # No future.
    r"\b(?:cant|can not|cannot|dont|do not|never) (?:see|picture|imagine) (?:myself|me) (?:getting "
    r"older|growing up|as an adult|grown up|past (?:[0-9]+|twenty|eighteen|sixteen)|at (?:[0-9]+|"
    r"twenty|eighteen|thirty|sixteen|seventeen|nineteen)|reaching|turning|making it (?:to|past))\b",
    r"\bcant see a future (?:with me|for me|where im)\b|\bdont think ill see (?:[0-9]+|sixteen|"
    r"eighteen|twenty|my \w+ birthday|next year|christmas)\b",
    r"\b(?:im not|not) (?:gonna|going to) make it to (?:my (?:\w+ )?birthday|[0-9]+|my \w+)\b",
    # Where and how.
    r"\b(?:step|stepping|stepped|walk|walking|jump|jumping|throw myself|throwing myself|lie|lying|lay)"
    r" (?:out )?in front of (?:a |the |an )?(?:train|bus|car|lorry|truck|tube|traffic)\b",
    r"\b(?:train|bus|lorry|car|traffic|tube)s?\b(?: \w+){0,6} (?:stepping|step|jumping|jump|walking) "
    r"(?:out|in front)\b|\b(?:stepping|step|stepped|jump|jumping) (?:out )?(?:off|from) (?:the |a )?"
    r"(?:platform|ledge)\b",
    r"\b(?:staring|stare|stared|looking|looked|look) (?:down )?(?:at|over) (?:the )?(?:train |railway )?"
    r"(?:tracks|railway line|edge|drop)\b",
    r"\b(?:stood|standing|stand|sat|sitting) (?:at|on|near|by) the (?:edge|ledge)\b(?! of (?:the |a )?"
    r"(?:pool|pitch|field|stage|dance floor|road|bed|class|group|crowd|sofa))|\b(?:on|up on) the roof"
    r"\b(?: of (?:my|the) \w+)?(?: \w+){0,2} (?:thinking|staring|looking down)\b|\bup to the top of "
    r"the (?:car park|multi ?storey|building|flats)\b(?: \w+){0,5} (?:edge|stood|standing|looked down)",
    r"\b(?:balcony|window|roof|bridge|building|car park|flat|block)\w* (?:is|are|s) (?:high|tall) "
    r"enough\b|\bhigh enough (?:to|that) (?:die|kill|not survive)\b|\b(?:measured|measuring|checked|"
    r"checking|looked up|googled) how (?:high|tall|far down|deep) (?:my |the |our )?(?:window|balcony|"
    r"bridge|roof|building|car park|flat|drop|river|water)\b",
    r"\bhow (?:high|tall|far) (?:does|do|would|should) (?:a |the )?(?:\w+ ){0,2}(?:have to|need to) be"
    r"\b(?! to (?:need|have|get|count|qualify|be called))|\bhow far would (?:you|u|i|someone) (?:have to|need"
    r" to) fall\b|\bnot survive (?:it|the fall)\b|"
    r"\bhow long does it take to (?:drown|die|bleed out|suffocate|choke)\b",
    r"\b(?:quickest|easiest|fastest|best|least painful) way to go\b(?! (?:to|by|from|into|there|home|"
    r"about|round|through|back|for|in|on|via|if|when|up|down|out)\b)",
    r"\b(?:which|what) (?:tablets|pills|meds|medication|painkillers) (?:are|is) (?:the )?(?:most "
    r"dangerous|deadliest|most deadly|most lethal)\b|\b(?:which|what) (?:tablets|pills|meds|"
    r"medication|painkillers) (?:are|is) (?:the )?strongest\b(?: \w+){0,2} (?:dont ask|no reason|"
    r"asking for a friend|just curious|for reasons)\b",
    r"\bhow (?:many|much) (?:of )?(?:my |the |these |mums |her )?" + DRUGS + r" (?:would|does|will|do)"
    r" (?:it )?take\b",
    r"\bwhat (?:happens|would happen|will happen) if (?:you|u|i|someone) (?:take|took|swallow|swallowed|"
    r"have|had) (?:a |the )?(?:whole|full|entire|all (?:of )?(?:my|the|your)|loads of|a load of|lots of|"
    r"too many|[1-9][0-9]+)(?: (?:box|packet|bottle|pack|strip)s?)?(?: of)? (?:\w+ )?" + DRUGS + r"\b",
    r"\b(?:keep|keeps|kept) (?:thinking|imagining)\b(?: \w+){0,3} (?:driving|crashing|swerving) into\b",
    r"\b(?:looking up|looked up|researching|googling|searching) (?:bridges|cliffs|tall buildings|"
    r"car parks|train times|how to (?:do it|end it|die|kill|hang|overdose|tie a noose))\b(?: near me)?",
    r"\bive been researching how\b|\bi know how (?:im|i am) (?:gonna|going to) do it$",
    r"\b(?:once|when|after) (?:everyones?|everybodys?|my (?:mum|dad|family|parents)|they|mum|dad)(?: is| s|"
    r" are| re)? (?:asleep|gone out|out|in bed|at work)\b(?: \w+){0,3} (?:im doing it|ill do it|im "
    r"gonna do it|im going to do it|im going to the (?:bridge|tracks|roof|river|station))\b",
    r"\b(?:woods|forest|bridge|river|roof|tracks|cliffs?|lake|sea|car park|quarry|canal)\b(?: \w+){0,4} "
    r"(?:with )?everything i need\b|\beverything i need\b(?: \w+){0,3} (?:to )?the (?:woods|forest|"
    r"bridge|river|roof|tracks|cliffs?|lake|sea|car park|quarry|canal)\b",
    r"\b(?:dont|do not) want (?:my \w+|anyone|mum|dad|them|her|him|my family) to (?:be the one to )?"
    r"find me\b",
    r"\bwonder\w* (?:what it (?:feels|would feel|is) like|how it (?:feels|would feel)) to (?:die|be dead)"
    r"\b|\bwonder\w* (?:if|whether) (?:dying|death|it) would hurt\b(?! (?:to get|getting|when))",
    # Emoji of death (read as words by text_forms) with a farewell.
    r"\b(?:im done|done|goodbye|bye|see (?:ya|you) never|tonight|soon)\b(?: \w+){0,2} (?:grave|coffin|"
    r"rope|gun|death)$|^(?:grave|coffin|rope)(?: \w+){0,2} (?:soon|tonight|bye|goodbye)\b",
    # Round seven (2026-12-02): waking up, rest, putting affairs in order, places and doses.
    r"\b(?:tired of|sick of|hate|dread\w*|disappointed (?:that )?i|sad (?:that )?i|upset (?:that )?i|"
    r"didnt want to|dont want to|wish i (?:didnt|hadnt|wouldnt))(?: \w+){0,2} (?:wak(?:e|ing)|woke)"
    r"\b(?!(?: up)? (?:early|so early|at|for school|for work|for college|in the morning|on time|late)\b)|"
    r"\bwoke (?:up )?again (?:unfortunately|sadly|ugh|damn)\b",
    r"\b(?:rest|sleep|quiet|stop|switch off|shut down|fade out)\b(?: \w+){0,2} (?:forever|for ever|for "
    r"good|permanently|and (?:never|not) (?:wake|come back|have to))\b|\bfall asleep and (?:stay asleep|"
    r"not wake|never wake)\b",
    r"\b(?:peaceful|nice|easier|better|a relief)\b(?: \w+){0,3} to (?:just )?(?:stop(?:$| (?:now|forever|"
    r"for good|everything|it all|existing|living|breathing))|not be here|be gone|not exist|not wake up)",
    r"\b(?:im|i am) (?:so |just |honestly )?ready to (?:stop|give up|let go|be done|end it)(?: now)?$",
    r"\b(?:end of the road|end of the line|game over) for me\b|\bthis is it for me$",
    r"\b(?:im|i am) (?:just )?(?:a|the) (?:problem|burden|mistake|disappointment)(?: that| which)? "
    r"(?:needs?|has) to (?:go away|be fixed|be gone|disappear|end)\b|\b(?:after (?:tonight|today|this)|"
    r"soon|tomorrow)(?: \w+){0,2} (?:i )?(?:wont|will not) be (?:a )?(?:problem|burden|bother)\b",
    r"\bif i (?:just )?wasnt in (?:it|their li(?:fe|ves)|your li(?:fe|ves)|the picture)\b",
    r"\b(?:nobody|no one|noone|no1)(?: would| will)?(?: even| really)? (?:know|notice|realise|realize) "
    r"(?:i was|im|id) (?:gone|dead|missing)\b",
    r"\b(?:everyone|they|people|my family)(?: would| will)? (?:just )?(?:move on|get over (?:it|me)|forget "
    r"(?:about )?me)\b(?: \w+){0,3} (?:quick|quicker|fast|soon|if|when|after)\b",
    r"\b(?:paid|pay|paying) (?:back |off )?(?:everyone|everybody|all my debts|what i owe)\b(?: \w+){0,8} "
    r"(?:before i go|square)\b|\beverything i (?:want|would like) (?:\w+ ){0,3}to have\b",
    r"\b(?:if|in case) (?:anything|something) (?:happens|ever happens|were to happen) to me\b|\b(?:feed|"
    r"look after|take care of|walk)(?: \w+){1,3} (?:from now on|if (?:anything|something) happens|when "
    r"im gone|once im gone)$",
    r"\bif (?:im|i am|i m) not (?:here|around|alive) (?:tomorrow|tonight|by|next|after)\b(?: \w+){0,5} "
    r"(?:fault|sorry|love|tell|goodbye|bye)\b",
    r"\b(?:leav\w*|left|giv\w*|gave)\b(?: \w+){0,10} passwords\b|\bpasswords\b(?: \w+){0,4} for (?:my )?"
    r"(?:mum|mam|mom|dad|family|sister|brother)\b",
    r"\b(?:gave|given|giving) everything away\b|\bdeleted (?:all )?my (?:photos|pics|messages|socials|"
    r"accounts|insta|snap|tiktok)(?: and (?:my )?(?:photos|pics|messages|socials|accounts|insta|snap|"
    r"tiktok))+\b|\bless for (?:my )?(?:mum|mam|mom|dad|family|them|her|him|anyone) to (?:do|sort|clear|"
    r"deal with)\b",
    r"\btying up (?:all )?(?:the |my )?loose ends\b(?! (?:at|with|on|for) )|\b(?:said|told|say) "
    r"(?:everything|all) (?:i needed|i wanted|i need|i want) to (?:say|tell) to (?:my (?:family|mum|dad|"
    r"friends|sister|brother)|everyone|them)\b|\bmade (?:my )?peace with (?:it|everything|dying|death|my "
    r"decision|the world|life)$",
    r"\b(?:not (?:afraid|scared) any ?more|decided|mind is made up)\b(?: \w+){0,4} i know what im "
    r"(?:doing|going to do)\b",
    r"\b(?:it all|everything|life) (?:to be|being) over (?:for good|forever|for ever|permanently)\b",
    r"\bim tired boss\b(?! lol| haha| long day)",
    r"\bno reason to (?:continue|keep|go on) (?:living|to live|my life)\b|\b(?:go|leave|exit|escape) "
    r"(?:from )?this (?:life|world)\b|\bbetter (?:if )?i (?:am|was|were|m) dead\b",
    r"^(?:(?:coffin|grave|rope|death) ?){2,}(?:tonight|soon|bye|goodbye)?$",
    r"\bjust waiting to (?:go|die|leave|be gone)$",
    r"\b(?:anything|something) to not (?:exist|be here|be alive|wake up)\b",
    r"\bhow (?:many|much) (?:of )?(?:my |the )?(?:\w+ )?(?:sleeping tablets|" + DRUGS + r") (?:would|will|"
    r"is|are) (?:be )?enough\b|\b(?:dose|amount|number) of (?:\w+ )?" + DRUGS + r" (?:that|which|to) "
    r"(?:does damage|would kill|kills|is fatal|is lethal|would do damage|damages your liver)\b",
    r"\b(?:is it|would it be|will it be) (?:quick|painless|instant|fast)\b(?: \w+){0,3} (?:if|to) (?:you|"
    r"u|i|someone) (?:jump|hang|drown|overdose|take)\b",
    r"\b(?:river|sea|water|canal|bridge|tracks|edge|drop|lake)\b(?: \w+){0,5} (?:looks?|seems?|feels?) "
    r"(?:so |really )?(?:inviting|tempting|calling me)\b|\bthinking (?:about|of) (?:just )?(?:walking|"
    r"stepping|jumping|going) (?:in|into (?:it|the water|the river|the sea|the canal))\b",
    r"\b(?:keep|kept) (?:ending up|going|walking|finding myself) (?:on|to|at) (?:the )?(?:bridge|tracks|"
    r"roof|cliff|edge|car park|multi ?storey|river)\b",
    r"\b(?:picked|chosen|chose|found) (?:a|the|my) (?:spot|place)\b(?! (?:for|to (?:eat|sit|go|meet|"
    r"park)))|\bi know exactly (?:where|how|when) (?:im going to|im gonna|ill|to) (?:go|do it)$",
    r"\b(?:tablets|pills|meds|paracetamol)\b(?: \w+){0,2} (?:lined up|counted out|hidden|stashed|saved "
    r"up)\b|\b(?:stash|stockpile|hoard) of (?:\w+ )?(?:pills|tablets|meds|paracetamol)\b",
    r"\bmy last \w+ ever(?: lol| x)?$",
    # Round eight (2026-12-02): hopelessness, the family getting over it, last messages, methods.
    r"\b(?:i )?(?:feel|am|im|feeling) (?:so |completely |totally |really |just )?hopeless\b(?! at| about "
    r"(?:maths|the|my (?:exam|test)))|\b(?:im|i am) (?:a |such a )?lost cause\b(?! at| with| in)",
    r"\b(?:run out of|no more|no|not (?:one|a single)|cant think of (?:one|a single|any)|aint got no|not got"
    r" (?:a|any)|havent got (?:a|any)|dont have (?:a|any)) reasons? (?:left )?to (?:keep (?:trying|going)|"
    r"stay|live|carry on|go on|be here)\b",
    r"\b(?:it|things|life) (?:never|wont ever|will never|doesnt|dont) (?:gets?|get) better\b(?: \w+){0,6} "
    r"(?:whats the point|no point|done|give up|cant)\b|\b(?:gets better|get better)\b(?: \w+){0,3} (?:but )?"
    r"it (?:never|doesnt) (?:does|do)\b|\b(?:always|forever) (?:going to|gonna) feel like this\b",
    r"\b(?:dont|cant|do not|cannot) see (?:how|any way) (?:things|it|life|anything) (?:could|can|will|would)"
    r" (?:ever )?(?:be|get) (?:ok|okay|better|good)\b|\bnothing (?:out there|left|in this world) for "
    r"(?:someone like me|people like me|me)\b|\b(?:cant|cannot|dont|do not) see (?:a|any) way (?:out|"
    r"forward|through)\b",
    r"\b(?:would|will|d) be (?:sad|upset)(?: \w+){0,2} (?:for a (?:bit|while|day|week)|at first)\b"
    r"(?: \w+){0,3} (?:but|then) (?:\w+ )?(?:get over|move on|be fine|forget)|\b(?:would|will|d) be (?:fine|"
    r"ok|okay|better) (?:after a (?:while|bit)|eventually)\b",
    r"\bto (?:open|read) (?:after|when im gone|once im gone|after im gone)$|\b(?:card|letter|note) (?:for|"
    r"to) (?:\w+ ){0,2}(?:open|read) after\b",
    r"\b(?:wont|will not|never) be (?:playing|using|wearing|needing|reading|riding) (?:it|them|this|that) "
    r"(?:again|any ?more)\b|\b(?:wont|will not|dont|not gonna) need (?:\w+ ){1,2}where im going\b|"
    r"\bcancell?ed (?:everything|all my plans|all my appointments)\b",
    r"\b(?:exams?|results|appointment|birthday|christmas|summer)\b(?: \w+){0,2} (?:i|ill) (?:wont|will not|"
    r"not gonna|never) (?:be sitting|sit|see|be at|be here for|make|get to)\b",
    r"\b(?:love (?:them|you|u)|goodbye|bye|sorry|thank you)\b(?: \w+){0,4} just in case$|\bill miss (?:you|u|"
    r"yous) all\b(?: \w+){0,2} (?:sorry|bye|goodbye|love)\b",
    r"\b(?:being|been) (?:such )?a burden\b|\bwont be (?:replying|answering|responding|talking|texting) "
    r"(?:to )?(?:anything|anyone|anybody) (?:after (?:this|tonight|today)|again|any ?more)\b|\blast time "
    r"(?:logging on|logging in|online|posting)\b",
    r"\b(?:trying|tried) to help me\b(?: \w+){0,3} (?:it )?(?:wasnt|isnt|is not|was not|not) (?:your|"
    r"anyones) fault\b",
    r"\b(?:pills|tablets|meds|paracetamol|rope|blade|knife)\b(?: \w+){0,2} in front of me\b|\b(?:taken|took|"
    r"swallowed|had) (?:the first (?:lot|few|half|batch)|half of them|half the (?:box|packet|bottle)|some of"
    r" them already)\b(?! of (?:my )?(?:antibiotics|medicine|vaccine|jabs|injections))",
    r"\b(?:knot|noose)\b(?: \w+){0,4} (?:wont slip|hanging|hang|holds? (?:my|a person|someones|body) weight|"
    r"strong enough)\b|\bhow long (?:can|could|does it take|would it take) (?:you |u |i |someone |a person )?"
    r"(?:go )?without (?:breathing|air|oxygen) (?:before|till|until) (?:you|u|they|i) (?:die|pass out)\b",
    r"\b(?:which|what) is (?:less|more|the least|the most) (?:painful|painless|quick|quicker)\b(?: \w+){0,4}"
    r" (?:pills|jumping|hanging|drowning|overdose|cutting|bleeding)\b",
    r"\b(?:would|will) (?:anyone|anybody|people) (?:even |really |actually )?(?:care|notice|miss me)\b"
    r"(?: \w+){0,2} if i\b|\bnot wanting (?:to )?(?:live|be alive|be here)\b",
    # Round nine (2026-12-02): taking up space, not minding, cancelling what comes, counting tablets.
    r"\bno future for (?:someone like me|people like me)\b|\b(?:just )?taking up (?:space|oxygen|room|air)"
    r"\b(?! in (?:the|my|your|our) (?:waiting room|car|house|bag|room|fridge|phone|garage|loft))",
    r"\b(?:doesnt|does not|dont|do not) (?:matter|care) what happens to me\b|\bif (?:something|anything) "
    r"happened to me\b(?: \w+){0,3} (?:wouldnt|would not) (?:even )?(?:mind|care)\b",
    r"\b(?:hope|wish|pray|praying|hoping)\w*(?: \w+){0,3} (?:that )?i (?:just |really )?(?:dont|never|do "
    r"not|wont|will not) wake\b",
    r"\b(?:dont|do not) (?:\w+ )?(?:want to|wanna) do (?:this|it|life) (?:any ?more|no more)\b",
    r"\b(?:theyd|they would|theyll|they will|everyone would|everybody would|youd|you would|my family "
    r"would|shed|hed) (?:all )?be better off$",
    r"\b(?:told|tell|asked) (?:her|him|them|everyone|my \w+) to remember me\b|\bwhen (?:im|i am|i m) not "
    r"(?:here|around|alive) any ?more\b",
    r"\b(?:wont|will not) need (?:it|them|any more|any (?:more )?appointments?|the (?:appointment|referral|"
    r"follow up))\b(?!(?: \w+){0,4} (?:now|because|cos|as|since|im (?:better|fine|ok)|all sorted|rash|"
    r"gone|better|healed|cleared|sorted))",
    r"\bif (?:youre|you are|anyone is|someone is) reading this\b(?: \w+){0,4} (?:gone|dead|too late|not "
    r"here)\b|\bim (?:probably )?already (?:gone|dead)\b|\blast (?:thing|message|words?) (?:you|youll|you "
    r"will|anyone|anyonell) (?:ever )?(?:hear|get|see) from me\b",
    r"\b(?:going|gonna go|heading) to the (?:bridge|cliffs?|tracks|train tracks|railway|river|roof|car "
    r"park|multi ?storey|quarry|canal) (?:after this|now|tonight|later|alone)\b(?! to (?:meet|see))|"
    r"\b(?:got|have) everything (?:ready|sorted|i need) (?:for tonight|for later|to do it)\b",
    r"\b(?:know|worked out|working out|figured out|wondering|counted|counting) how many (?:\w+ )?(?:i need "
    r"to take|it would take|it takes|to take|would do it|would kill)\b|\b(?:way|how) to stop (?:your|my|a|"
    r"someones) heart\b|\bthinking (?:about|of) (?:driving|jumping|going|walking) off\b",
    r"\bjust want (?:it|it all|everything) (?:to be )?over\b(?! (?:with|so|and then|by|before))|\b(?:not|dont"
    r"|do not) want (?:to )?be (?:in|on) this (?:world|earth)\b",
)

SELF_HARM: tuple[str, ...] = (
    r"\b(?:bite|bites|biting|bit|pinch|pinches|pinching|pinched|scratch\w*|hit|hitting|punch\w*|slap\w*|"
    r"scrub\w*|squeez\w*|dig\w*|burn\w*|claw\w*|hurt) (?:" + MYSELF + r"|my (?:own )?" + BODY + r")"
    r"\b(?: \w+){0,3} (?:when|whenever|every time|if) (?:i|im)\b(?: \w+){0,2} (?:mess up|messed up|"
    r"angry|stressed|upset|sad|fail|get things wrong|get it wrong|make a mistake|bad|overwhelmed|cant "
    r"cope|panic|eat)\b",
    r"\b(?:" + MYSELF + r"|my (?:own )?" + BODY + r")\b(?: \w+){0,4} (?:till|until|untill|til|so hard|"
    r"hard enough|really hard) (?:it |they |i |the skin |theyre |its |there )?(?:\w+ )?(?:bruises?|"
    r"bruised|bleeds?|bled|burns?|burnt|blister\w*|raw|black and blue|marks|scars?|breaks?|broke)\b",
    r"\b(?:hot (?:spoon|knife|metal|iron|pan|water|tap)|lighter|cigarettes?|cig|fag|straighteners|"
    r"curling iron|matches|hob|kettle)\b(?: \w+){0,3} (?:on|onto|against|to|under|into) my " + BODY +
    r"\b",
    r"\bmy (?:own )?(?:" + BODY_PARTS + r"|fingers?|head|face)\b(?: \w+){0,5} on purpose\b",
    r"\b(?:carv\w*|scratch\w*|etch\w*|cut|cutting) (?:\w+ ){0,3}?(?:into|in to) my " + BODY + r"\b",
    r"\b(?:bought|buy|buying|got|get|getting|ordered|stole|nicked|have|keep|kept|hide|hid|hiding|found|"
    r"need) (?:a |some |more |my |the |new |fresh |another |pack of |a pack of |a packet of |box of )+"
    r"(?:razor )?blades?\b|\b(?:snapped|snap|broke|broken|took apart|taking apart) (?:a |my |another )?"
    r"(?:razor|razors|pencil sharpeners?|sharpeners?)\b|\bsharpeners?\b(?: \w+){0,4} blades? out\b|"
    r"\b(?:take|took|taking|get|got|getting) the blades? out\b",
    r"\b(?:hoodies?|jumpers?|long sleeves|sleeves)\b(?: \w+){0,2} (?:in (?:summer|the heat|pe|the "
    r"summer)|even when (?:its|it s) hot|all year)\b|\bcut (?:\w+ )?where (?:no ?one|nobody|noone|"
    r"people|they) (?:can |will |wont |cant )?(?:see|notice)\b",
    r"\b(?:arms?|wrists?|legs?|thighs?) covered\b(?: \w+){0,5} (?:marks|scars|cuts|see|notice)\b|"
    r"\b(?:cover|covering|covers|hide|hiding|hides)(?: up)? (?:the |my )?(?:scars|cuts|marks|burns)\b",
    r"\bcuts? (?:on|all over|up) my (?:tummy|belly|hips?|chest|ankles|shoulders|sides?)\b",
    r"\b(?:tell|told|say|said) (?:people|everyone|everybody|my friends|school|teachers|them|my mum|mum|"
    r"my parents)\b(?: \w+){0,2} (?:the |my )?cat (?:scratched|did it|did them)\b|\b(?:marks|scratches|"
    r"cuts|scars) (?:are|were|is) from (?:the |my )?cat\b",
    r"\b(?:hurting|pain|the pain|the sting|stinging|bleeding|blood|cutting|burning) (?:myself )?(?:is |"
    r"s )?(?:the only thing|all) (?:that )?(?:calms|helps|works|makes)\b|\bonly (?:the )?(?:pain|sting|"
    r"stinging|hurting|blood|bleeding) (?:makes|helps|calms)\b",
    r"\bi do it to (?:feel something|feel real|cope|punish myself|calm down|stop feeling|release)\b",
    r"\b(?:deserve|deserves|want|wanna|need) (?:to )?(?:bleed|see (?:my )?blood)\b|\bmake (?:" + MYSELF +
    r") (?:pain|hurt|bleed)\b",
    r"\bclean streak\b|\b(?:ruined|broke|lost|reset) my streak\b(?: \w+){0,3} (?:last night|again|"
    r"today|after)\b",
    r"\b(?:started|starting|doing|did|done) (?:it )?again (?:last night |tonight |today |yesterday )?"
    r"after (?:[0-9]+|a|two|three|four|five|six) (?:days|weeks|months|years|day|week|month|year)\b",
    r"\bback to (?:square one|day (?:one|zero|0|1))\b(?: \w+){0,4} (?:did it|done it|cut|relapse\w*|"
    r"again)\b|\bdid it again\b(?: \w+){0,2} (?:blood|knife|razor|blades?|plasters?)\b",
    r"\bplasters? (?:all )?(?:up|over|down) my (?:arms?|wrists?|legs?|thighs?)\b|\bplasters? (?:on|up)"
    r" my (?:arms?|wrists?|legs?|thighs?) again\b",
    r"\bmy (?:arms|wrists|legs|thighs)(?: are| is|s)? (?:a (?:mess|state)|wrecked|ruined|destroyed|in "
    r"a state|cut up)\b",
    r"\b(?:dont|do not|wont|never) let (?:" + MYSELF + r") eat\b",
    r"\b(?:take|taking|took) (?:way )?(?:too many|loads of|lots of) laxatives\b",
    r"\bdrink\w* (?:till|until|til) i (?:black out|pass out)\b(?: \w+){0,2} (?:so i dont|to not|to "
    r"forget|every night)\b",
    r"\bdo(?:ing)? it on my (?:arms?|legs?|thighs?|wrists?|stomach|hips?)\b",
    r"\b(?:gone|went|go|going|cut) deeper than (?:usual|normal|i meant|i wanted|before|last time|ever|"
    r"i thought)\b",
    r"\bneed\w* stitch\w*\b(?: \w+){0,6} (?:cant tell|dont want (?:anyone|my \w+) to know|how i did it|"
    r"secret|hide)\b",
    r"\bi (?:still )?cut (?:most|some|a lot of|nearly every|every) (?:nights?|days?|mornings?|weeks?)"
    r"\b",
    r"\b(?:i|i keep|i still) pull(?:ing)? (?:my |out my )?hair out (?:when|whenever|till|until|every)\b",
    # Round seven (2026-12-02).
    r"\b(?:going|went|go|keep going) back to (?:the )?(?:blade|blades|razor|cutting|sh)\b|\bsharpener\b"
    r"(?: \w+){0,2} (?:again|last night)\b",
    r"\b(?:its been|been|after) [0-9]+ (?:days|weeks|months)\b(?: \w+){0,3} (?:broke it|relapsed|did it "
    r"again|messed it up|slipped up)\b",
    r"\b(?:hurt|burn|cut|scratch|hit|put|punch|bite|bit)\w*(?: \w+){0,6} to feel (?:something|anything|"
    r"real|alive)\b",
    r"\bdeserve (?:the |these |my )?(?:marks|cuts|scars|pain|bruises)\b|\b(?:bracelets|sleeves|hoodies?|"
    r"plasters|bandages|makeup|foundation|tights)\b(?: \w+){0,3} (?:to )?(?:cover|hide) (?:up )?my "
    r"(?:wrists|arms|scars|cuts|thighs)\b",
    r"\b(?:no one|nobody|noone) knows (?:i|that i) (?:do it|cut|hurt myself|sh|self harm)\b",
    r"\b(?:deeper|too deep)\b(?: \w+){0,2} (?:this time|than (?:before|last time|usual))|\bwent too deep\b",
    r"\bpull(?:ing)? (?:out )?my (?:eyelashes|eyebrows|hair)(?: out)?\b(?: \w+){0,3} (?:till|until|bald|"
    r"none left|bleed)",
    r"\b(?:arms?|legs?|wrists?|thighs?) (?:are |is )?(?:cut|slashed) (?:to|tae) (?:bits|pieces|shreds)\b|"
    r"\b(?:cuts|scars|burns|marks) (?:from|by) (?:me|myself)\b",
    # Round eight (2026-12-02).
    r"\bslic(?:e|ed|ing) (?:my|into my) (?:own )?(?:arms?|wrists?|legs?|thighs?|skin|stomach)\b(?! (?:on|"
    r"with|while|cooking|by accident|accidentally|shaving))|\bdo(?:ing)? it to my (?:arms?|legs?|thighs?|"
    r"wrists?|stomach|hips?)\b",
    r"\b(?:havent|not|never) told (?:anyone|anybody|my \w+) about my (?:arms|wrists|legs|thighs|cuts|scars|"
    r"self ?harm\w*)\b|\b(?:have to|got to|always|only) wear long sleeves\b(?: \w+){0,3} (?:all the time|"
    r"now|every day|even in summer|so)\b",
    r"\bmade " + MYSELF + r" bleed\b|\b(?:been|keep|kept|started|start) (?:hurting|cutting|burning|"
    r"scratching|hitting) my (?:own )?" + BODY + r"\b",
)

ABUSE: tuple[str, ...] = (
    # Beaten, in dialect and indirectly.
    r"\b(?:leathers|leathered|leathering|skelps|skelped|skelping|lamps|lamped|clouts|clouted|wallops|"
    r"walloped|thumps|thumped|whacks|whacked|belts|batters) (?:me|us)\b(?! (?:at|in) (?:fifa|fortnite|"
    r"football|tennis|chess|games?))",
    r"\bgies (?:me|us) (?:a )?(?:leathering|doing|hiding|skelp|belting|battering|kicking|slap)\b",
    r"\b(?:takes?|took|taking) (?:the|his|a|her) (?:belt|slipper|stick|cane|wooden spoon) to (?:me|us|my"
    r" \w+)\b|\bgets? the (?:belt|slipper|cane|stick|wooden spoon) out\b|\bback of (?:his|her|their|my "
    r"(?:dads|mums)) hand\b|\bhandy with (?:his|her|their) (?:fists|hands)\b",
    r"\b(?:grabbed|grabs|grabbing|squeezed|squeezes|twisted|twists|yanked|yanks) (?:me by )?my (?:arm|"
    r"arms|wrist|wrists|neck|throat|face|jaw)\b(?: \w+){0,3} (?:so hard|till|until|it (?:hurt|bled|"
    r"bruised)|left (?:marks|bruises)|bruised|marks)\b",
    r"\b(?:pulled|pulls|pulling|yanked|dragged|drags|grabbed) (?:me )?(?:by|across|along|down|up) (?:my|"
    r"the) (?:hair|floor|stairs)\b",
    r"\b(?:held|holds|holding|pinned|pins|pinning) me (?:down|against|to the (?:floor|bed|wall))\b",
    r"\b(?:marks|bruises|scratches|bruising)(?: on my \w+)? (?:are |is )?from (?:where )?(?:my )?"
    r"(?:boyfriend|bf|girlfriend|gf|partner|husband|wife|ex|dad|mum|stepdad|step dad|he|she|they|him|"
    r"her|them)\b",
    r"\b(?:tell|told|telling) (?:people|everyone|everybody|my friends|school|teachers|anyone who asks) "
    r"(?:that )?(?:i|its|it was)(?: just)? (?:walked into a door|fell (?:over|down the stairs)?)\b",
    r"\b(?:gets|get|got|can get|goes) (?:really )?(?:rough|handy|nasty|physical) (?:with (?:me|us) )?"
    r"(?:when|if|after)\b",
    r"\bspa?t (?:in|on) my (?:face|hair)\b|\bspits (?:in|on) my face\b",
    r"\b(?:put|smashed|banged|slammed|pushed|threw|shoved) (?:my head|me) (?:through|into|against) "
    r"(?:a |the )?(?:wall|door|window|table|floor|mirror)\b",
    r"\b(?:kicked|kicks|kicking|stamped on|stamps on) me (?:when|while) i (?:was|am) (?:on the (?:floor|"
    r"ground)|down)\b",
    # Coercive control.
    r"\b" + PARTNER + r"(?: \w+){0,2} (?:tells|decides|chooses|picks|controls) (?:me )?(?:what (?:i|im) "
    r"(?:can |am |allowed to |have to )*(?:wear|eat|say|do)|who (?:i|im) (?:can |am |allowed to )*(?:see|"
    r"talk|text|speak)|when (?:i|im) (?:can |am |allowed to )*(?:eat|sleep|go out|leave|come home)|my "
    r"(?:clothes|friends|money))\b",
    r"\b(?:share|send|show)(?: him| her| them)? my (?:location|live location)\b(?: \w+){0,3} (?:24 ?7|"
    r"all the time|every (?:hour|minute)|constantly|or (?:he|she|they)|at all times)\b",
    r"\bwho (?:are )?(?:you|u|ya) with\b(?: \w+){0,3} (?:send|show) (?:me )?(?:a )?(?:pic|photo|picture|"
    r"proof)\b|\bsend (?:me |him |her )?(?:a )?(?:pics?|photos?) (?:of (?:myself|me) )?(?:every day )?to "
    r"prove where\b|\bprove where (?:i am|im)\b",
    r"\b" + PARTNER + r"(?: \w+){0,2} (?:controls|keeps|takes|has|holds) (?:all )?my (?:money|bank card|"
    r"card|wages|benefits|pay|passwords|documents|papers|id)\b|\bnot allowed (?:my own|a) (?:bank card|"
    r"money|bank account)\b",
    r"\bif i (?:leave|left|dump|break up with|finish with) (?:him|her|them)(?: \w+){0,2} (?:hell|shell|"
    r"theyll|he will|she will|hed|shed|he would) (?:kill|hurt) (?:himself|herself|themselves|me)\b|"
    r"\b(?:threatens|threatened|says|said) (?:to )?(?:hell |shell |hed |he will )?(?:kill|hurt) "
    r"(?:himself|herself|themselves) if i\b",
    r"\b(?:says|said|tells me|told me|keeps saying|screams|shouts)(?: \w+){0,3} (?:that )?(?:no one|"
    r"nobody|noone) (?:else )?(?:would|will|could)(?: ever)? (?:want|love|believe|date|care about) (?:me|"
    r"you)\b",
    r"\b(?:smashed|broke|threw|snapped|took) my (?:phone|sim|laptop)\b(?: \w+){0,4} (?:so (?:i|that i) "
    r"(?:couldnt|cant|cannot|wouldnt) (?:call|ring|text|contact|message|tell)|my fault|at the wall|"
    r"against the wall)\b",
    r"\bwalk(?:ing)? on egg ?shells\b",
    r"\b(?:have to|got to|gotta|need to|must) ask (?:him|her|them|his|her)? ?(?:permission|before) "
    r"(?:to |i can |before i )?(?:eat|use the (?:toilet|bathroom)|shower|speak|talk to (?:my )?"
    r"(?:friends|family)|leave the house)\b|\b(?:decides|decide|says|controls|chooses) (?:when|if) i "
    r"(?:can |am allowed to |get to )?(?:eat|sleep|shower|wash|use the toilet|speak)\b",
    r"\b(?:its|it s|it is) my fault (?:he|she|they) (?:loses|lost|gets angry|hits|hit|shouts|kicks off|"
    r"gets mad)\b|\bmakes? (?:him|her|them) (?:hit|hurt|lose (?:his|her|their) temper)\b",
    r"\b(?:husband|wife|boyfriend|bf|girlfriend|gf|partner|he|she)(?: \w+){0,2} (?:doesnt|wont|dont|"
    r"never|does not|will not) (?:let|allow) me (?:to )?(?:go|leave|see|have|work|speak|talk|use|wear|"
    r"out)\b(?! of (?:the|this|my|his|her|a) )",
    r"\bcontrols (?:all )?(?:my money|my phone|my life|everything i do)\b",
    # Threats to keep someone quiet: pets, family, children.
    r"\b(?:hurt|kill|drown|harm|beat|batter|stab|burn|hit|take|poison|get rid of) (?:my|our|the) (?:dog|"
    r"cat|pets?|rabbit|hamster|puppy|kitten|horse|mum|mam|mom|dad|family|sister|brother|little \w+|"
    r"baby|kids?)\b(?: \w+){0,3} (?:if|unless|when) (?:i|we) (?:tell|told|talk|speak|say|leave|left|go|"
    r"went|report|snitch|grass)\b",
    r"\bif i (?:go to|tell|call|ring|told|went to|report (?:it|him|her|them) to) (?:the )?(?:police|feds|"
    r"social services|social worker|anyone|anybody|someone|a teacher|my \w+)\b(?: \w+){0,5} (?:hell|"
    r"shell|theyll|he will|she will|they will|hed|theyd|shed) (?:\w+ )?(?:hurt|kill|take|get|beat|batter|"
    r"do|send|post|share|leak|stab|burn|hit|find|come|make|throw|kick)\b",
    # Sexual abuse and grooming, said around the word.
    r"\b(?:stepdad|step dad|mums (?:boyfriend|bf|partner)|uncle|cousin|brothers? (?:mate|friend)|dads "
    r"(?:mate|friend)|lodger|neighbour|he)(?: \w+){0,2} (?:sits|sat|lies|lay|gets|got|comes|came|"
    r"creeps|crept|sneaks|snuck|keeps coming|keeps getting|keep coming)(?: in| into| on)? (?:in(?:to)? |"
    r"on )?my (?:bed|room|bedroom)\b(?: \w+){0,6} (?:at night|when (?:im|everyone|everyones|mum|my mum|"
    r"i am) (?:\w+ )?(?:asleep|sleeping|out|in bed|at work)|when no ?one|i dont like|does stuff|touches)",
    r"\b(?:makes|made|wants|tells|told|forces) me (?:to )?sit on (?:his|her) (?:lap|knee)\b",
    r"\b(?:coach|teacher|tutor|instructor|leader|uncle|stepdad|step dad|mums boyfriend|neighbour|man|guy|"
    r"older \w+)\b(?: \w+){0,6} (?:puts?|putting|rests?) (?:his|her) hands? on my (?:leg|knee|thigh|bum|"
    r"chest|waist)\b|\b(?:puts?|putting|keeps putting) (?:his|her) hands? (?:on|up|down|in) my (?:thighs?|"
    r"bum|skirt|top|shorts|trousers|pants|knickers|boobs|breasts)\b",
    r"\b(?:teacher|coach|tutor|youth worker|leader|instructor)(?: \w+){0,8} (?:messages|texts|snaps|dms|"
    r"messaging|texting) me (?:at night|late at night|privately|secretly)\b|\b(?:teacher|coach|tutor|"
    r"youth worker|leader|instructor)(?: \w+){0,6} (?:private|secret|personal|fake|second) (?:account|"
    r"snap|number|insta|phone)\b",
    r"\b(?:friends dad|friends mum|mates dad|dads friend|dads mate|mums friend|neighbour|uncle|stepdad|"
    r"step dad|teacher|coach|tutor|" + ADULTS + r")(?: \w+){0,4} (?:texting|texts|messaging|"
    r"messages|snapchatting|dming|dms) me\b(?: \w+){0,5} (?:im (?:pretty|beautiful|sexy|hot|fit|"
    r"mature)|i look|my body|pics|photos|secret|dont tell|love you|at night|late)\b",
    r"\b(?:says|said|tells me|told me) (?:im|i am) (?:his|her) favourite\b(?: \w+){0,6} (?:not to tell|"
    r"secret|dont tell)\b",
    r"\b" + ADULT + r"(?: \w+){0,6} (?:gives|gave|buys|bought|offers|offered) me (?:free )?(?:\w+ )?"
    r"(?:cigarettes|cigs|fags|lifts|robux|gift cards|credit|money|vapes|alcohol|weed)\b(?: \w+){0,4} "
    r"(?:asks|asked|wants|where i live|meet|pics|photos|owe)\b",
    r"\b(?:money|gift cards?|vouchers|robux|vbucks|v bucks|credit|cashapp|paypal|presents|gifts)\b"
    r"(?: \w+){0,6} (?:meet|meet up|pics|pictures|photos|videos|nudes|owe (?:him|them|her)|in return)\b",
    r"\b(?:says?|said) (?:that )?i owe (?:him|her|them)\b|\bnow i owe (?:him|her|them)\b",
    r"\b(?:said|says|told me|claimed|pretended) (?:he|she|they) (?:was|were|is|s) (?:\w+ )?(?:1[0-9]|"
    r"my age|the same age|a kid|a teen\w*|young)\b(?: \w+){0,6} (?:actually|really|way|much|turned "
    r"out|older|[2-9][0-9]|look about|looks about|grown)\b|\bturned out to be (?:way |much |a lot )?"
    r"(?:older|an adult|a man|a grown man|[2-9][0-9])\b",
    r"\b(?:im|i am|i m) (?:1[0-5]|[0-9])\b(?: \w+){0,4} (?:boyfriend|bf|girlfriend|gf|partner|he|she)"
    r"(?: is| s)? (?:1[89]|[2-9][0-9])\b|\b(?:boyfriend|bf|girlfriend|gf|partner)(?: is| s)? (?:1[89])"
    r"\b(?: \w+){0,3} (?:im|i am|i m) (?:1[0-5]|[0-9])\b",
    r"\b(?:kept going|carried on|didnt stop|wouldnt stop|didnt listen|ignored me|did it anyway|still "
    r"did it)\b(?: \w+){0,3} (?:when|after|even though|even when|though) i (?:said (?:no|stop)|told "
    r"him (?:no|to stop)|asked him to stop|cried|was crying|pushed him)\b|\bi said (?:no|stop)\b"
    r"(?: \w+){0,3} (?:but|and) (?:he|she|they) (?:didnt|did not|wouldnt|would not) (?:listen|stop|"
    r"care)\b",
    r"\b(?:too drunk|too high|too out of it|passed out|asleep) to (?:say no|consent|say yes|stop (?:him|"
    r"her|them))\b|\bdont remember (?:saying yes|agreeing|consenting)\b",
    r"\bpass(?:es|ed|ing)? me (?:round|around|about|between) (?:their|his|the) (?:friends|mates|boys|"
    r"lads|men)\b",
    r"\b(?:have to|got to|gotta|made to|make me|makes me|made me|forced to|being made to) (?:sleep "
    r"with|have sex with|do stuff with|do things (?:with|to|for))\b",
    r"\bshows? (?:me|us) (?:porn|dirty (?:videos|pics|pictures))\b",
    r"\b(?:films|filmed|filming|records|recorded|recording|photographs|takes (?:pics|photos) of) me "
    r"(?:when|while|whilst|in|getting) (?:im |i am |i was )?(?:changing|naked|in the shower|showering|"
    r"undressed|getting changed|in the bath|asleep|sleeping)\b",
    r"\b(?:does|did|doing|do) (?:things|stuff|bad things|weird things|sexual things) to me\b",
    r"\b(?:being|acting|gets|getting|is|acts) (?:really |so |well )?(?:weird|creepy|funny|strange|"
    r"inappropriate|pervy) (?:with|around|to|towards) me\b(?: \w+){0,2} (?:at night|when (?:im|were|mum|"
    r"everyone)|in my room|touch\w*)\b",
    # Being made to carry or sell drugs (county lines).
    r"\b(?:have to|has to|got to|gotta|make me|makes me|made me|making me|forced to|being made to|made "
    r"to) (?:do|run|carry|stash|hide|hold|sell|move|keep|deliver|drop|take) (?:drops|runs|bags|packages|"
    r"parcels|stuff|things|drugs|food|shots|for them|for him)\b",
    r"\b(?:burner|trap|graft|line) phone\b|\bsend(?:s|ing)? me (?:out of town|to other towns?|out "
    r"country|up north|down south|to (?:another|a different) (?:town|city))\b",
    r"\b(?:selling|dealing|shotting|grafting|cheffing)\b(?: \w+){0,3} (?:for (?:them|him|older|some)|in a "
    r"flat|in a trap|or (?:they|he))\b|\bkept (?:me|us) in (?:a|the|their|his) (?:flat|house|trap ?house|"
    r"room)\b",
    r"\b(?:gave|give|gives) me (?:a )?(?:phone|burner)\b(?: \w+){0,6} (?:have to|got to|gotta|must) "
    r"(?:answer|carry|keep)\b",
    r"\b(?:hide|hid|keep|kept|carry|carried) (?:drugs|stuff|it|them|packages) (?:inside|in) (?:me|my "
    r"(?:body|bum))\b",
    # Sextortion.
    r"\b(?:money|pay|quid|[0-9]+|cash|gift cards?|more (?:pics|photos|nudes|videos)|send more)\b"
    r"(?: \w+){0,3} (?:or|unless|otherwise|else) (?:(?:he|she|they)(?: will| would)?|theyll|hell|shell|"
    r"hed|theyd|shed) (?:\w+ ){0,2}?(?:share|post|send|show|leak|put|tell|expose|ruin)\b",
    r"\b(?:pics|photos|pictures|nudes|video|snaps)\b(?: \w+){0,8} (?:asking for|wants|demanding|demands)"
    r" (?:money|cash|[0-9]+|more)\b",
    r"\b(?:screenshot\w*|saved|recorded|has|got) (?:my |our )?(?:snaps|pics|photos|pictures|nudes|videos|"
    r"chats|messages)\b(?: \w+){0,3} (?:says|said|threaten\w*|going to|gonna|will)(?: \w+){0,2} "
    r"(?:send|show|share|post|leak)\b",
    # Neglect and emotional abuse.
    r"\b(?:carer|carers|mum|dad|parents|they|she|he|staff|foster \w+|nan)(?: \w+){0,4} (?:leaves|left|"
    r"leave|keeps|kept) (?:me|us) (?:in (?:bed|my (?:room|chair|wheelchair|cot))|alone|on (?:my|our) own"
    r"|without (?:food|help|dinner|electric))\b(?: \w+){0,3} (?:all day|for days|all night|all weekend|"
    r"overnight|without)\b",
    r"\b(?:no one|nobody|noone) helps me (?:to )?(?:wash|change|eat|get (?:up|dressed|out of bed)|go "
    r"to the toilet|with the toilet|shower|bath)\b|\bsame clothes (?:for )?(?:a week|days|weeks|all "
    r"week|[0-9]+ days)\b",
    r"\b(?:goes|went|go|been|is) (?:out |away |off )?(?:for days|for (?:a|the) (?:week|weekend)|all "
    r"weekend|for [0-9]+ days)\b(?: \w+){0,6} (?:look after|alone|on (?:my|our) own|no food|by myself)\b",
    r"\b(?:havent got|dont have|have no|no) (?:a |my own )?bed\b(?: \w+){0,4} (?:sleep|sleeping|slept) on"
    r" (?:the )?floor\b",
    r"\b(?:drinks|spends|gambles|smokes|drank|spent|gambled|uses) (?:all )?(?:the|our|my|his|her) "
    r"(?:money|benefits|wages)\b(?: \w+){0,6} (?:no|dont have|havent got|nothing|cant) (?:food|electric|"
    r"electricity|gas|heating|money|eat)\b",
    r"\b(?:get|gets|got|am) fed (?:once|one meal) (?:a|every|per) (?:day|days|few days)\b|\bonly "
    r"(?:get|gets|got) (?:fed|food|one meal|to eat) (?:once|one|if)\b",
    r"\b(?:makes?|made|making) (?:me|us) (?:eat|sleep|stay|live|kneel) (?:off|on|in|outside) (?:the )?"
    r"(?:floor|shed|garden|garage|cupboard|dog bed|cold|bathroom)\b",
    r"\b(?:says|said|tells me|told me|tell me|tell us|keeps saying|screams|shouts)(?: \w+){0,3} "
    r"(?:(?:he|she|they) )?"
    r"(?:wish(?:es)? i (?:was|were|had) never (?:been )?born|regret (?:having|having had) me|(?:didnt|"
    r"never) want(?:ed)? me|i ruined (?:his|her|their) li(?:fe|ves)|im (?:a |the )?(?:mistake|worthless|"
    r"disgusting|waste))\b",
    r"\b(?:screams|shouts|yells|screamed|shouted) at (?:me|us)\b(?: \w+){0,4} (?:till|until) (?:i|we) "
    r"(?:cry|cried|shake|shook)\b",
    r"\b(?:calls|called|calling) me (?:a )?waste of (?:space|oxygen|air)\b",
    # Forced marriage, trafficking.
    r"\b(?:taking|take|taken|sending|send|sent) (?:me )?(?:abroad|back home|away|to \w+)(?: \w+){0,4} to"
    r" (?:get married|marry|be married)\b|\b(?:found|find|chosen|choose|picked) (?:me )?(?:a )?"
    r"(?:husband|wife)\b|\barranged for me to marry\b|\bif i (?:dont|do not|wont|refuse to) marry\b",
    r"\b(?:boss|he|they|she|employer|husband|man|agent|them|him)(?: \w+){0,2} (?:keep|keeps|kept|take|"
    r"takes|took|taken|has|have|hold|holds|holding) (?:my|our|all our|all my) (?:passports?|documents|"
    r"papers|visa)\b(?! (?:at|to) (?:the )?(?:airport|check|border|passport control|scan|copy))",
    r"\b(?:make|makes|made|making|force|forces|forced) (?:me|us) (?:to )?work\b(?: \w+){0,4} (?:not pay|"
    r"no pay|no money|for free|without pay|for nothing|day and night)\b|\b(?:we|i) (?:have to )?sleep "
    r"(?:in|at) the (?:shop|restaurant|factory|farm|car wash|salon|warehouse)\b",
    # Violence at home that the young person sees.
    r"\b(?:shouting|screaming|arguing|fighting|rows?)\b(?: \w+){0,8} (?:bruises|black eye|marks|blood|"
    r"broken)\b",
    r"\b(?:hurts?|hits?|beats?|batters?) (?:her|him|my (?:mum|mam|mom|mother|sister|brother))\b"
    r"(?: \w+){0,3} (?:i have to|makes me|made me|i) (?:watch|hear|see|listen)\b",
    # Round seven (2026-12-02).
    r"\b(?:made|makes|making|forced|forces) me (?:to )?(?:delete|block|unfollow|quit|leave|stop seeing|"
    r"give up|cut off)\b(?: \w+){0,3} (?:friends|mates|job|college|school|family|contacts|socials|boys|"
    r"girls)\b",
    r"\b(?:have to|got to|gotta|must) ask (?:him|her) (?:before|if) i (?:can )?(?:go|see|leave|eat|wear|"
    r"spend|talk)\b",
    r"\bif i (?:dont|do not|didnt) (?:answer|reply|pick up|text back)\b(?: \w+){0,5} (?:he|she|they)"
    r"(?: \w+)? (?:goes|go|gets|get|kicks|went) (?:crazy|mad|mental|nuts|psycho|off|violent)\b",
    r"\b(?:never|wont|will never) find (?:anyone|anybody|someone) (?:better|else)\b|\bscared to (?:say "
    r"no|tell (?:him|her) no|leave (?:him|her)|break up with)\b",
    r"\b(?:tell|show|send|post|share)(?: \w+){0,3} (?:my secrets|my pics|my photos|my nudes|my videos)\b"
    r"(?: \w+){0,2} (?:if|unless) i\b",
    r"\bjealous\b(?: \w+){0,3} (?:and )?(?:grabs|grabbed|hits|hit|pushes|pushed|shoves|shoved|slaps|"
    r"slapped|throws|threw|punches|punched|kicks|smashes|chokes|locks) (?:me|my)\b",
    r"\b(?:husband|wife|boyfriend|bf|partner|he|she) (?:not|no) (?:let|allow) me\b",
    r"\b(?:black eye|bruises?|marks|split lip|broken nose|broken arm)\b(?: \w+){0,4} (?:told|tell|said|"
    r"say) (?:school|people|everyone|teachers?|my friends|them|the nurse)(?: \w+){0,2} (?:it was|i "
    r"fell|i walked|from)\b",
    r"(?<!never )(?<!doesnt )(?<!dont )(?<!wont )(?<!not )\btakes? (?:his|her|their|it) (?:anger |temper |str"
    r"ess |frustration |mood )?out on (?:me|us)\b",
    r"\bgives? (?:me|us) (?:a )?(?:slap|smack|whack|clip round the ear|thump|kick|punch)\b|\b(?:get|got|"
    r"getting|gets) (?:hit|smacked|slapped|whacked|beaten|belted) (?:with|by) (?:a |the |his |her )?"
    r"(?:shoe|belt|slipper|stick|spoon|hanger|cable|wire|bat|hand|phone|remote|hairbrush)\b",
    r"\b(?:mum|mam|mom|dad|parents?|they)\b(?: \w+){0,2} (?:hasnt|havent|has not|have not|not) been "
    r"(?:home|back|around)(?: \w+){0,2} (?:in|for) (?:a week|days|weeks|[0-9]+ days|ages)\b|\b(?:no one|"
    r"nobody|noone) (?:washes|cleans|feeds|cooks for|buys food for)\b",
    r"\bcarers?\b(?: \w+){0,4} (?:shouts|shouted|yells|screams|hits|hurts|slaps|leaves me|ignores me|"
    r"refuses)\b",
    r"\b(?:man|guy|someone|stranger|he|older|adult|year old|online|snapchat|snap|insta|discord|gaming|"
    r"tiktok)\b(?: \w+){0,6} (?:keeps asking|asking|asked|asks|wants|wanted|begging|pressuring) me (?:to )?"
    r"(?:send|go on|turn|show)\b(?: \w+){0,4} (?:videos?|pics|photos|pictures|camera|cam|private call|"
    r"video call|body)\b",
    r"\b(?:[2-9][0-9] ?(?:year old|yr old|yo)|older (?:man|guy|boy|lad|men)|grown man|adult)\b(?: \w+){0,6}"
    r" (?:dm\w*|messag\w*|text\w*|snap\w*|chatting|talking) (?:to |with )?me\b",
    r"\b(?:buy|give|send|pay) me\b(?: \w+){0,4} (?:if|when) i (?:send|show|do|meet|take)\b",
    r"\b(?:money|gift cards?|robux|vbucks|presents|gifts)\b(?: \w+){0,6} (?:send|want\w*) (?:\w+ ){0,2}"
    r"(?:pictures|pics|photos|videos|nudes)\b",
    r"\b(?:teacher|tutor|coach|youth worker|leader|instructor|friends dad|uncle|stepdad|neighbour)\b"
    r"(?: \w+){0,6} (?:thinks about me|misses me|loves me|fancies me|cant stop thinking about me|dreams? "
    r"about me|im (?:beautiful|gorgeous|pretty|sexy|hot|fit))\b",
    r"\bstay behind\b(?: \w+){0,4} (?:alone|on my own|just me)\b|\balone (?:with (?:him|her)|after)\b"
    r"(?: \w+){0,6} (?:dont like|uncomfortable|scared|weird)\b",
    r"\b(?:makes|made|tells|told|wants) me (?:to )?keep (?:secrets|it secret|quiet|it quiet)\b",
    r"\b(?:comes?|came|walks?|walked|keeps coming|barges?) (?:in|into) (?:the|my) (?:bathroom|shower|room|"
    r"bedroom)\b(?: \w+){0,4} (?:when|while) (?:im|i am|i m|i was) (?:in the shower|showering|in the "
    r"bath|changing|getting changed|naked|asleep|in bed)\b",
    r"\b(?:get|got|gets|getting) me (?:drunk|high|wasted|off my face)\b(?: \w+){0,6} (?:take me|make me|"
    r"do stuff|touch|upstairs|sex|the older|boys|men)\b",
    r"\b(?:have to|has to|got to|gotta|make me|makes me|made me|making me|forced to|being made to|made "
    r"to) (?:carry|hold|hide|stash|move|deliver|take) (?:a |the |their |his )?(?:bags?|packages?|parcels?)"
    r"\b|\b(?:doing|do|did) (?:runs|drops|deliveries|shots|trips) for (?:some |these |the )?(?:older|lads|"
    r"boys|men|them|him|people|dealers|a gang)\b",
    r"\b(?:i|im|i keep|keep|been) (?:going|gone|go) missing\b|\b(?:take|took|takes|drive|drove|drives) me"
    r" (?:to )?(?:different|other|another) (?:towns?|cities|places|areas)\b",
    r"\b(?:pics|photos|pictures|nudes|videos?|snaps)\b(?: \w+){0,6} (?:want|wants) (?:\w+ )?(?:money|"
    r"cash|[0-9]+|quid|pounds)\b",
    r"\b(?:said|says|threaten\w*|gonna|going to|will|theyll|hell|shell|theyd|hed|shed)\b(?: \w+){0,3} "
    r"(?:send|show|share|post|leak|put)\w* (?:my|our) (?:pics|photos|pictures|nudes|videos?|snaps)\b",
    r"\b(?:videos?|pics|photos|pictures) of me\b(?: \w+){0,5} (?:going round|being shared|shared|posted|"
    r"everywhere|leaked)\b(?: \w+){0,6} (?:didnt (?:agree|consent|know|want)|without my (?:consent|"
    r"permission)|not ok)\b",
    r"\b(?:said|say|says|told me|decided) (?:that )?i (?:will|must|have to|am going to|m going to|gonna) "
    r"marry\b",
    # Round eight (2026-12-02).
    r"\b" + PARTNER + r"\b(?: \w+){0,2} (?:doesnt|dont) like me (?:going out|seeing|talking to|wearing|"
    r"having friends)\b(?: \w+){0,4} (?:so i|without him|without her)\b",
    r"\b" + PARTNER + r"\b(?: \w+){0,2} (?:checks|check|checking|wants to know|asks) who (?:ive been|i am|"
    r"im|i) (?:texting|messaging|talking to|seeing|with)\b|\bif (?:i|you) (?:loved|love|cared about) (?:him|"
    r"her|me)\b(?: \w+){0,2} (?:id|i would|youd|you would) (?:stop|not|never)\b",
    r"\bnot allowed to (?:wear|eat|say|do|go) (?:what|where|who) i want\b(?: \w+){0,3} (?:he|she) (?:chooses|"
    r"decides|picks)\b|\b(?:partner|boyfriend|bf|girlfriend|gf|husband|wife)\b(?: \w+){0,2} (?:took|takes|"
    r"taken|hid|hides|smashed|broke) my phone\b(?: \w+){0,3} (?:wont give|so i cant|and wont|wont let)\b",
    r"\b(?:new|fake|different) accounts?\b(?: \w+){0,4} (?:blocked|after i|keeps|wont stop)\b|\bafter i "
    r"blocked (?:him|her|them)\b|\b(?:keeps|kept|always) (?:trying to|wanting to) get me (?:alone|on my own|"
    r"by myself)\b",
    r"\bshow(?:s|ed)? me (?:pictures|pics|photos|videos) of (?:himself|herself|his|him)\b",
    r"\b(?:man|guy|someone|stranger|he|older|adult|year old|online|snapchat|snap|insta|discord|gaming|"
    r"tiktok|fortnite|roblox)\b(?: \w+){0,6} (?:keeps asking|asking|asked|asks|wants|wanted|begging|"
    r"pressuring) me (?:to )?(?:\w+ ){0,5}?(?:send|go on|turn|show)\b(?: \w+){0,4} (?:videos?|pics|photos|"
    r"pictures|camera|cam|private call|video call|body)\b",
    r"\b(?:boyfriend|bf|girlfriend|gf|partner|he|she|hes|shes)(?: is| s)? (?:1[89]|[2-9][0-9])\b(?: \w+){0,8}"
    r" (?:im|i am|i m) (?:1[0-5]|[0-9])\b",
    r"\b(?:teacher|coach|tutor|youth worker|leader|instructor|uncle|stepdad|man|guy|older \w+)\b(?: \w+){0,3}"
    r" (?:asked|asks|told|tells|wants) me to (?:delete|hide|clear) (?:our|his|her|the) (?:messages|chats|"
    r"texts|snaps|dms|photos)\b",
    r"\b(?:make|makes|made|making) me (?:hold|carry|hide|stash|keep|move|sell|deliver) (?:their |his |the |"
    r"some )?(?:stuff|things|drugs|gear|packages|bags|weed)\b|\b(?:make|makes|made|making) me (?:go|travel)"
    r" to (?:other|different|another) (?:towns?|cities|places|areas)\b",
    r"\b(?:do|doing) (?:a )?(?:job|jobs|favou?r|run|drop) for (?:them|him|those|these)\b(?: \w+){0,3} "
    r"(?:or|otherwise|else)\b|\b(?:packages?|parcels?|bags?)\b(?: \w+){0,4} (?:on the train|to other towns?|"
    r"out of town|scared to stop|cant stop|wont let me stop)\b",
    r"\b(?:havent got|dont have|got no|theres no|there is no|no) (?:any )?food\b(?: \w+){0,4} (?:mums|mum is|"
    r"dads|dad is|parents are|theyre) (?:out|away|gone|never home|not home)\b|\b(?:leave|leaves|left|"
    r"leaving) (?:me|us) (?:alone|on (?:my|our) own) (?:with (?:my |the )?(?:\w+ ){0,2})?(?:all weekend|for"
    r" days|all night|overnight|for the weekend|all week)\b",
    r"\b(?:shouts|screams|yells) at (?:me|us)\b(?: \w+){0,3} (?:and )?(?:calls (?:me|us) names|hits|pushes|"
    r"threatens)\b|\b(?:wants?|want|making|forcing|pressuring|expect\w*) me to marry\b",
    # Round nine (2026-12-02).
    r"\b(?:goes|gets|go|get) (?:mad|crazy|mental|nuts|psycho|angry)\b(?: at me)? (?:if|when|whenever) i "
    r"(?:dont|do not|didnt) (?:reply|answer|text back|pick up)\b",
    r"\b(?:made|makes|making|forced|forces) me (?:to )?(?:delete|deactivate|block|quit) (?:my )?(?:instagram|"
    r"insta|snapchat|snap|tiktok|facebook|accounts?|socials|number)\b",
    r"\b(?:have to|got to|gotta|make me|makes me|made me) (?:give|hand over|send) (?:him|her|them) (?:all )?"
    r"my (?:wages|money|benefits|pay|earnings|student loan)\b",
    r"\b(?:dont|doesnt|do not|never|wont) (?:give|let) (?:me|us) (?:any )?(?:food|eat|dinner|tea|meals)\b",
    r"\b(?:tell|tells|told) me where to (?:take|drop|deliver|bring) (?:the )?(?:stuff|drugs|package|parcel|"
    r"bags?|it)\b",
    r"\b(?:making|make|makes|made|forcing|force) me (?:go|travel|move)\b(?: \w+){0,3} to (?:get married|"
    r"marry|be married)\b",
)

DANGER: tuple[str, ...] = (
    r"\b(?:group|gang|lads|boys|men|guys|people|someone|a man|some \w+)(?: \w+){0,4} (?:waiting|waits|"
    r"waited|hanging about|hanging around) (?:for me|outside)\b(?! (?:the|a|an) (?:doctors?|gp|shops?|"
    r"school|gates?|station|cinema|club|hospital|dentists?|surgery|office|venue|stadium|ground|"
    r"pharmacy)\b)|\b(?:hes|shes|theyre) waiting for me"
    r"\b(?: \w+){0,4} again\b",
    r"\b(?:theyd|theyll|hed|hell|shed|shell|gonna|going to|will|would|wanna|want to|said (?:they|he|she)"
    r"(?:d|ll| would| will)?) (?:do|doing) (?:me|us) in\b|\b(?:im|i am|im gonna|im going to|gonna|going "
    r"to) (?:get(?:ting)?|be) (?:done in|jumped|shanked|stabbed|chibbed|wet up)\b",
    r"\b(?:getting|being|been) hunted\b|\b(?:lads|boys|gang|men|guys|people|they|he|them|theyre|hes)"
    r"(?: \w+){0,2} (?:hunting|looking) (?:for )?me\b",
    r"\b(?:im|i am|youre|ur|you are) dead (?:when|if|after|once) (?:they|he|them|the \w+) (?:see|sees|"
    r"find|finds|catch|catches|get|gets)\b",
    r"\b(?:find|catch|get) (?:me|us) and (?:batter|kill|hurt|stab|beat|jump|shank|do)\b",
    r"\bmy ex\b(?: \w+){0,3} (?:turned up|turns up|turning up|showed up|shows up|showing up|found out "
    r"where|knows where|waiting|keeps (?:turning|showing|coming))\b",
    r"\bkeep(?:s|ing)? (?:me|us) locked (?:in|up)\b",
    r"\b(?:dont|do not|no) know where i am\b(?: \w+){0,3} (?:scared|help|frightened|terrified|lost|alone|"
    r"dark)\b|\b(?:scared|frightened|terrified|help)\b(?: \w+){0,3} (?:dont|do not) know where i am\b",
    r"\b(?:man|guy|men|stranger|bloke|a woman|some \w+|someone)(?: \w+){0,5} (?:keeps asking|kept asking|"
    r"tried to get|trying to get|tries to get) (?:me )?(?:to )?(?:get in(?:to)?|into|in) (?:his |their "
    r"|a |the )?(?:car|van)\b|\b(?:man|guy|stranger|bloke)(?: \w+){0,4} (?:asking|asked|asks|wants) me "
    r"to get in\b",
    r"\b(?:shank|chib|wet) (?:me|us|him|her|you)(?: up)?\b|\b(?:shanked|chibbed|shanking|chibbing)\b|"
    r"\b(?:got|has|have|carrying|with|pulled) (?:a )?(?:shank|chib|shiv|zombie knife|rambo|strap) (?:on|"
    r"out|in)\b|\bpulled (?:a )?(?:knife|blade|shank|gun) (?:on|at) (?:me|us)\b",
    r"\b(?:get|getting|gonna get|going to get) (?:my|his|her) head kicked in\b|\bkick(?:ed)? my head in\b",
    r"\b(?:people|lads|men|gang|some \w+)(?: are| is| s|re)? (?:coming|after) (?:for|after) me\b",
    r"\bset fire to (?:our|my|the) (?:house|flat|door|car|home)\b|\b(?:through|in) (?:our|my|the) "
    r"letter ?box\b(?: \w+){0,4} (?:fire|alight|burning|petrol)\b|\bburn (?:the|our|my) (?:house|flat|"
    r"home) down\b",
    r"\bknows where (?:i|we) (?:am|are|stay)\b(?! going)|\bfound out where (?:i|we) live\b",
    r"\b(?:im|i am|were|we are) being watched\b|\b(?:car|van|man|someone|people)(?: \w+){0,2} (?:outside|"
    r"parked outside)(?: \w+){0,3} (?:every night|every day|all night|watching)\b",
    r"\b(?:picture|pic|photo|video) of (?:my|our) (?:house|home|front door|flat|street)\b(?: \w+){0,3} "
    r"(?:knife|gun|threat|and a)\b",
    r"\bif (?:he|she|i) cant have (?:me|you|her|him)\b(?: \w+){0,2} (?:no one|nobody|noone) (?:can|will|"
    r"else)\b",
    r"\b(?:man|someone|somebody|people|guy|stranger)(?: \w+){0,2} in (?:our|my|the) (?:garden|back "
    r"garden|yard|drive|driveway|hallway|stairwell)\b(?: \w+){0,4} (?:looking in|at night|watching|"
    r"staring)\b",
    r"\bin (?:a|his|their|the) (?:car|van)\b(?: \w+){0,8} (?:wont|will not|isnt|doesnt) (?:stop|let me "
    r"out|let me go|pull over)\b",
    r"\bcame at (?:me|us) with\b|\b(?:coming|came|went|go) for (?:me|us) with (?:a )?(?:knife|bat|blade|"
    r"bottle|hammer|weapon|machete|shank)\b",
    r"\bbroke in\b(?! (?:to )?(?:my|the|a|new|his|her) (?:new )?(?:shoes|boots|trainers|horse))|"
    r"\bbroken in(?:to)? (?:our|my|the) (?:house|flat|home)\b",
    r"\b(?:said|says|threatened)(?: \w+){0,2} (?:kill|hurt|stab|batter) (?:my|our) (?:family|mum|dad|"
    r"sister|brother)\b",
    # Round seven (2026-12-02).
    r"\b(?:theyll|hell|shell|theyre gonna|theyre going to|gonna|going to|coming to|out to) get me "
    r"(?:after (?:school|college|work|class)|tomorrow|tonight|later|when i)\b",
    r"\b(?:someone|somebody|a man|people|they|he)\b(?: \w+){0,2} (?:trying|tried|rattling|rattled|trying "
    r"to open) (?:the |my |our )?(?:handle|door|window|lock)\b",
    r"\b(?:keeps|kept|keep) (?:turning up|showing up|coming round|waiting (?:for me|outside))\b(?! late| "
    r"early| on time)",
    r"\bif i (?:talk|speak|grass) to (?:the )?(?:police|feds|anyone|a teacher|social services)\b"
    r"(?: \w+){0,5} (?:hell|shell|theyll|he will|she will|they will|hed|theyd|shed) (?:\w+ )?(?:hurt|"
    r"kill|get|beat|batter|stab|burn|hit|find)\b",
    r"\bset (?:our|my|the) (?:\w+ )?(?:on fire|alight)\b|\bwrote (?:stuff|things|threats|something) on "
    r"(?:our|my) (?:door|house|car|wall)\b",
    r"\bscared to (?:walk|go|get) (?:home|out|to school)\b(?: \w+){0,4} (?:people|someone|they|he|lads|"
    r"gang|men) (?:are |is )?(?:waiting|outside|after|following)\b",
    r"\bdont know where i am\b(?: \w+){0,4} (?:drove|took|brought|taken)\b",
    r"\bowe (?:money|\w+) to (?:dealers|a dealer|some people|a gang|loan sharks?)\b|\b(?:dealers|a dealer|"
    r"loan sharks?)\b(?: \w+){0,6} (?:coming round|threat\w*|after me|at my door|outside)\b",
    # Round eight (2026-12-02).
    r"\b(?:ex|they|lads|he|them)\b(?: \w+){0,4} (?:coming (?:round|over)|gonna|going to|will|said (?:hed|"
    r"hell|theyd|theyll)) (?:to )?sort (?:me|us) out\b",
    r"\bthrew (?:a )?(?:brick|stone|rock|bottle)s? (?:through|at) (?:our|my|the) (?:window|door|house|car)\b",
)

MEDICAL: tuple[str, ...] = (
    r"\b(?:swallowed|swallow|swallows|eaten|ate|eat|drank|drink|drinks|drunk) (?:\w+ ){0,4}?(?:bleach|"
    r"batteries|battery|magnets?|antifreeze|washing (?:tablets?|pods?|capsules?|liquid|up liquid)|dishwasher "
    r"tablets?|detergent|poison|weed killer|rat poison|cleaning (?:stuff|products?|fluid)|white spirit|"
    r"methanol)\b",
    r"\b(?:and|but) (?:not|no|dont|doesnt) wake(?: up)?$|\bfall(?:s|en)? down and (?:not|no|dont|doesnt|"
    r"didnt) (?:wake|get up|move|breathe)\b",
    r"\b(?:im|i am|think im|shes|hes|is|am|theyre|i think im|^) ?having (?:a |an )?(?:\w+ )?reaction\b",
    r"\b(?:lips?|tongue|mouth|throat|face)(?: \w+){0,3} (?:swelling|swollen|swelled|blown up|"
    r"blowing up|puffed up|puffing up|going big|gone big|getting big|feels? (?:massive|huge|thick|tight)"
    r")\b(?! (?:a bit|a little|slightly)| from (?:her|his|my|the) (?:wisdom teeth|tooth|teeth|filling|dentist"
    r"|"
    r"braces?|hay ?fever))|\bhives\b(?: \w+){0,5} (?:faint|dizzy|breathe|breathing|"
    r"swelling|swollen|throat|lips)\b",
    r"\bwaters (?:have |has )?(?:broken|broke|gone|went)\b(?! (?:at|on) (?:3[7-9]|4[0-2]) weeks)|\b(?:"
    r"contractions|in labour|labour pains|baby is coming|babys coming)\b(?: \w+){0,6} (?:only|too early|"
    r"[1-3][0-9] weeks|early)\b|\bthink (?:im|i am) in labour\b|\b(?:havent|hasnt|not|didnt|cant) "
    r"(?:felt|feel|feeling) (?:the |my )?baby (?:move|moving|kick|kicking)\b",
    r"\b(?:hit|banged|bashed|smashed|knocked|cracked|bumped) (?:my|his|her|their) head\b(?: \w+){0,10} "
    r"(?:sick|throwing up|vomit\w*|confused|drowsy|blurry|blurred|seeing double|cant remember|passed out|"
    r"knocked out|unconscious|wont wake|not making sense|slurring)\b|\b(?:throwing up|being sick|sick|"
    r"vomiting|seeing double|confused)\b(?: \w+){0,4} (?:since|after) (?:i|he|she|they) (?:hit|banged|"
    r"bumped|knocked|bashed) (?:my|his|her|their) head\b|\bknocked (?:" + MYSELF + r"|himself|herself|"
    r"themselves) out\b|\bknocked out cold\b",
    r"\b(?:struggling|cant|cannot|hard) to get (?:any )?(?:air|a breath|breathe?) (?:in|out)?\b|\bcant "
    r"(?:finish|say|get out) (?:a |my )?(?:sentence|words)\b|\binhaler (?:isnt|is not|not|doesnt|wont|"
    r"aint) (?:doing anything|doing nothing|making a difference)\b|\bwheez\w* (?:really |so )?(?:bad|"
    r"badly)\b(?: \w+){0,4} (?:inhaler|cant)\b",
    r"\bon the floor (?:\w+ )?(?:shaking|jerking|twitching|fitting|convulsing)\b|\beyes (?:have )?"
    r"(?:gone|rolled|rolling) (?:funny|back|weird)\b",
    r"\b(?:fallen|fell|collapsed|on the floor|on the ground|passed out)\b(?: \w+){0,6} (?:isnt|wont|cant|"
    r"not|cannot|no) (?:get(?:ting)? up|mov(?:e|ing)|answer\w*|respond\w*|wak(?:e|ing))\b",
    r"(?<!system )(?<!website )(?<!site )(?<!app )(?<!server )(?<!booking )(?<!building )(?<!roof )"
    r"(?<!bridge )(?<!tent )(?<!deal )(?<!talks )(?<!plan )(?<!plans )(?<!wall )(?<!ceiling )"
    r"(?<!economy )(?<!market )(?<!team )(?<!game )\bcollapsed\b(?! (?:lung|veins?|building|bridge|"
    r"tent|roof|company|economy|market|deal|business|laughing|with laughter|"
    r"cake|sofa|in (?:laughter|a heap)|on (?:the|my) (?:sofa|bed|couch)|into bed))",
    r"\bfloppy\b(?: \w+){0,3} (?:wont|not|isnt|cant|pale|cold|blue|respond\w*|wak\w*)\b|\b(?:pale|cold|"
    r"blue|unresponsive|sleepy|limp|burning up)\b(?: \w+){0,2} (?:and )?floppy\b",
    r"\b(?:pale|cold|clammy|sweaty|floppy|drowsy|sleepy|fell|fallen|head|drunk|took|blue|grey)\b"
    r"(?: \w+){0,6} not making (?:any )?sense\b|\bon the floor\b(?: \w+){0,3} (?:talking (?:rubbish|"
    r"nonsense|gibberish|funny)|confused|not making sense)\b",
    r"\b(?:nan|gran|grandad|granda|grandma|grandpa|dad|mum)(?: \w+){0,2} (?:talking|speaking|sounds?) "
    r"(?:funny|weird|strange|slurred|all jumbled)\b",
    r"\b(?:took|taken|had|did|dropped) (?:\w+ )?(?:pills|tablets|pingers|beans|caps)\b(?: \w+){0,6} "
    r"(?:heart|hearts|dying|cant breathe|pass out|collapse)\b",
    r"\bcant wake (?:him|her|them|\w+) up\b",
    r"\bwont stop (?:pouring|gushing|bleeding)\b|\b(?:pouring|gushing)\b(?: \w+){0,2} (?:wont stop|"
    r"everywhere)\b",
    r"\b(?:spilt|spilled|poured|splashed) (?:boiling|hot) (?:water|oil|fat|tea|coffee|soup)\b(?: \w+){0,6} "
    r"(?:skin|blister\w*|burn\w*|peel\w*)\b|\bskin(?: has| s|s)? (?:come|came|coming|peeling|peeled|"
    r"melted) off\b|\bset (?:my|his|her) (?:\w+ )?on fire\b",
    r"\brash\b(?: \w+){0,3} (?:doesnt|dont|wont|not|isnt|didnt) (?:fade|go|disappear|go away)\b"
    r"(?: \w+){0,3} (?:glass|press\w*|pushed)\b",
    r"\bdiabetic\b(?: \w+){0,5} (?:acting (?:drunk|weird|strange|funny)|drowsy|not making sense)\b",
    r"\b(?:gone|turned|going|turning) (?:a )?(?:funny|weird|strange|odd|blue|grey|pale|purple|white) "
    r"colou?r\b",
    r"\b(?:fell|fallen|jumped) (?:off|from|out of|down)(?: \w+){1,4} (?:and )?(?:cant|cannot|isnt|wont|"
    r"not) (?:move|feel|get up|breathe|wake|respond)\b",
    r"\bcant see (?:out of|outta|with) (?:one|my|his|her) (?:eye|eyes)\b|\b(?:lost|losing) (?:my |his |"
    r"her )?(?:sight|vision)\b|\bvision (?:went|has gone|going|is going|gone)\b",
    r"\bfoaming\b(?! (?:milk|cleanser|face wash|hand ?wash|soap|bath))",
    r"\b(?:face|arm|numb|pins and needles|tingl\w*|droop\w*|suddenly|vision)\b(?: \w+){0,6} (?:cant|"
    r"cannot|can not|struggling to|unable to) (?:speak|talk|get (?:my |the )?words out)\b|\bpins and "
    r"needles (?:all )?(?:in|down) (?:my|his|her) (?:face|lips|tongue|one side)\b",
    r"\bworst headache (?:of|in) my life\b",
    r"\b(?:drank|drunk|had) (?:half|most of|a whole|all of) (?:a |the )?(?:bottle|litre)\b(?: \w+){0,4} "
    r"(?:unconscious|passed out|wont wake|not waking|cant wake|being sick|not responding)\b",
    r"\b(?:stung|bitten)\b(?: \w+){0,5} (?:swelling|swollen|throat|breathe|breathing|faint)\b",
    r"\b(?:stabbed|shot)\b(?: \w+){0,4} (?:blood|bleeding|not moving|not breathing)\b",
    # Round seven (2026-12-02).
    r"\b(?:passed out|collapsed|fainted)\b(?: \w+){0,2} on the (?:\w+ )?(?:floor|ground|pavement|"
    r"stairs)\b|\bdiabetic\b(?: \w+){0,3} (?:passed out|fainted|collapsed)\b",
    r"\bblood (?:coming |pouring )?(?:out of|from) (?:his|her|my|their) (?:ear|ears|mouth|eye|eyes)\b",
    r"\bchest (?:is |feels )?(?:crushing|crushed|being squeezed)\b|\bpain\b(?: \w+){0,4} (?:into|down|up)"
    r" (?:my|his|her) (?:jaw|left arm|neck)\b|\b(?:big|bad|strong|very bad|much|severe) pain in (?:the "
    r"|his |her |my )?chest\b",
    r"\b(?:hit|banged|bumped|knocked) (?:my|his|her|their) head\b(?: \w+){0,4} (?:keeps? falling asleep|"
    r"cant stay awake|keeps? passing out)\b",
    r"\b(?:dizzy|heart|racing|cant (?:stand|breathe)|shaking|sick)\b(?: \w+){0,8} after (?:taking|having|"
    r"drinking|smoking) (?:something|a pill|pills|drugs|a tab)\b",
    r"\bswallow(?:ed|s)? (?:\w+ ){0,2}(?:medicine|tablets|pills)\b(?: from| out of| in)",
    # Round eight (2026-12-02).
    r"\bbreathing (?:funny|weird|strange|really fast|really slow|shallow|noisy|badly)\b(?! after (?:running|"
    r"pe|the gym|exercise))|\bclutch\w* (?:his|her|my|their) chest\b",
    r"\bdiabetic\b(?: \w+){0,8} (?:confused|shaky|shaking|sweaty|drowsy|faint)\b",
    # Round nine (2026-12-02).
    r"\b(?:headache|stiff neck|neck hurts)\b(?: \w+){0,6} rash\b(?: \w+){0,6} (?:sick|vomit\w*|throwing up|"
    r"sleepy|drowsy|fever|temperature|confused|light)\b|\brash\b(?: \w+){0,6} (?:headache|stiff neck)\b"
    r"(?: \w+){0,6} (?:sick|vomit\w*|throwing up|sleepy|drowsy|fever|temperature|confused|light)\b",
)

# --- Can stop a signpost (docs/clinical-safety.md, H-01, explains each) -------

IDIOMS: tuple[str, ...] = (
    r"\bhit myself (?:in the \w+ )?with (?:my|the|a) (?:phone|door|ball|book|remote|racket|bat|laptop)\b"
    r"(?= (?:\w+ ){0,6}(?:lol|haha\w*|lmao|by accident|accidentally|in bed))",
    r"\b(?:brother|sister|bro|sis|cousin)s? (?:\w+ )?(?:bit|hit|kicked|punched|scratched|pushed) me when "
    r"(?:we|i) (?:were|was) (?:little|kids|young|small|babies|toddlers|younger)\b",
    r"\b(?:mum|mom|mam|mother|dad|father|parents?|nan|gran)s?(?: \w+){0,2} (?:would|will|gonna|going to|"
    r"d) (?:literally |actually )?(?:kill|murder) me (?:(?:lol|lmao|haha\w*) )?(?:if|when) (?:she|he|they)"
    r" (?:knew|knows|finds out|found out|saw|sees|see)\b(?:(?: \w+){0,6} (?:lol|lmao|haha\w*)$)?",
    r"\b(?:hed|hell|shed|shell|theyd|theyll|would|will|gonna|going to) (?:literally )?(?:kill|murder) "
    r"me if i (?:spoil\w*|spoilt|tell (?:him|her|them) (?:the )?(?:ending|spoilers?)|eat (?:his|her|"
    r"their)|touch (?:his|her|their) (?:\w+ )?(?:food|stuff|xbox|ps5|phone|chips|snacks)|borrow\w*|"
    r"beat (?:him|her|them) at)\b",
    r"\b(?:i )?could (?:literally |honestly |actually )?sleep (?:forever|for ever|for a week|for days|"
    r"for a year)\b|\bsleep (?:forever|for ever)(?= (?:lol|lmao|haha\w*|xd)\b)",
    r"\b(?:lol|lmao|haha\w*) (?:i )?cant breathe?(?: (?:that|this) (?:video|meme|vid|tiktok|clip|"
    r"joke))?$|\bcant breathe? (?:that|this) (?:video|meme|vid|tiktok|clip|joke)\b",
    r"\b(?:outside|at) my (?:house|door|flat|home) (?:delivering|dropping off|with (?:a|my|the) "
    r"(?:parcel|package|delivery|pizza|food|takeaway))\b",
    r"\b(?:little|baby) (?:brother|sister|cousin|bro|sis) (?:\w+ ){0,2}?(?:bit|bites|hit|hits|kicked|"
    r"kicks|punched|scratched) me\b(?= (?:lol|haha\w*|lmao|hes [1-5]\b|shes [1-5]\b|hes only|shes only|"
    r"hes a baby|shes a baby))",
)

NOT_A_CRISIS: tuple[str, ...] = (
    # A reason for not being around (holidays, moving, school) is not a farewell.
    r"\b" + _NOT_AROUND + r"\b(?: \w+){0,6}? (?:cos |because |as |coz |cause |since )?(?:im |i am |i m |"
    r"were |we are |we re |ill be |i will be |i ll be )?(?:going )?" + _AWAY_FOR_A_REASON + r"\b",
    r"\b" + _AWAY_FOR_A_REASON + r"\b(?: \w+){0,6} (?:so )?(?:i )?" + _NOT_AROUND + r"\b",
    # Leaving school, a trip, the airport: goodbyes that are not farewells.
    r"\b(?:leavers?|leaving do|leaving party|prom|graduation|last day|end of (?:year|term))\b(?: \w+){0,8}"
    r" (?:saying|said|say) goodbyes?\b(?: to (?:everyone|everybody|\w+))?",
    r"\b(?:goodbye|bye|farewell)(?: forever| for ever| for good)? (?:to )?(?:year [0-9]+|year eleven|"
    r"school|college|uni|sixth form|primary|exams|gcses|a levels|the holidays|summer)\b",
    r"\b(?:said|say|saying) (?:goodbye|bye) to (?:my |the )?\w+ at the (?:airport|station|door|gate|"
    r"party|bus stop|end)\b",
    r"\blast (?:message|text|msg)(?: (?:for now|for today|for (?:the|this) (?:survey|questionnaire|"
    r"form))| thanks for (?:the|this) (?:survey|questionnaire|form))\b",
    r"\bby the time (?:you|u|anyone|they) (?:read|reads|see|sees) this (?:ill|i will|i ll) (?:have )?"
    r"(?:left|gone) (?:for|to) (?:work|school|college|uni|the|my)\b",
    r"\b(?:know|planned|worked out|decided) (?:exactly )?how (?:im going to|im gonna|ill|i will|i am "
    r"going to|to) do it (?:ill|i will|im going to|im gonna) (?:book|ring|call|phone|email|text|ask|"
    r"apply|revise|study|go online|pay|order|use)\b",
    r"\b(?:exams?|revision|revise|study|studying|coursework|tutor|teacher)\b(?: \w+){0,6} (?:ive|i have|"
    r"i ve|got) (?:got )?a plan\b",
    r"\b(?:giv\w*|gave) away (?:my |some of my |all my )?(?:old|spare|unwanted|outgrown|extra|unused|"
    r"baby|broken)\b",
    # Talk about services, school lessons, news and true crime.
    r"\b(?:talk|talked|talking|came in to talk|spoke|speak) to (?:us|the (?:class|year|school|students)|"
    r"our (?:class|year)|everyone|pupils) (?:about|on) (?:\w+ )?(?:county lines|sextortion|grooming|"
    r"consent|coercive control|knife crime|abuse|self harm|suicide|overdoses?|drugs|spiking|nudes)\b",
    r"\b(?:lessons?|talks?|info|information|assembly|assemblies|leaflets?|posters?) (?:about|on) "
    r"(?:consent|healthy relationships|coercive control|county lines|grooming|sextortion)(?: (?:and|or) "
    r"(?:sharing |sending )?(?:nudes|sexting|consent|grooming|online safety))?\b",
    r"\b(?:spot|spotting|recognis\w*|recogniz\w*|know|knowing) (?:the )?(?:warning )?signs of (?:self "
    r"?harm\w*|suicide|abuse|grooming|exploitation|an overdose|overdoses?|a stroke|sepsis|meningitis|"
    r"county lines|coercive control|domestic abuse)\b",
    r"\b(?:the news|news|a story|an article|the paper|on tiktok|podcasts?|docs?|documentary|true crime)"
    r" (?:\w+ )?(?:about|of|on) (?:the |a |that )?(?:stabbing|shooting|murder|kidnapping|attack)s?\b",
    r"\b(?:brother|sister|friend|mate|cousin|uncle|neighbour|someone|a boy|a girl|a lad)s? (?:\w+ )?"
    r"(?:was|got|were|has been|had been) (?:stabbed|spiked|jumped|shot|mugged)\b(?= (?:\w+ ){0,4}"
    r"(?:last (?:year|"
    r"month|summer|term)|(?:a few |two |three |[0-9]+ )?(?:years|months) ago|and (?:it|that) "
    r"(?:scared|shook|upset)))",
    r"\b(?:mum|mam|mom|mother|dad|father|sister|brother|friend|mate|cousin|aunt\w*|nan|gran)s? (?:used "
    r"to be|was|has been|had been) in an? (?:abusive|violent|controlling|toxic) relationship\b",
    r"\b(?:friend|mate|cousin|sister|brother|someone i know)s? (?:was|got|had been) (?:groomed|abused|"
    r"exploited)\b(?= (?:online |by \w+ )?(?:so i know|when (?:she|he|they) was|years ago|a few "
    r"years ago|last year|in year))",
    # First aid: what to do if it happens, not that it is happening.
    r"\b(?:what to do|how to help|what do you do|what should (?:i|you) do|learnt|learned|taught us) "
    r"(?:what to do )?(?:if|when) (?:someone|somebody|a person|a friend|my friend|your friend|people|she|"
    r"he|they) "
    r"(?:has|have|is having|are having|stops breathing|collapses|overdoses|is choking|goes into)(?: (?:a|"
    r"an) (?:seizure|fit|heart attack|asthma attack|allergic reaction|stroke|overdose)|"
    r" anaphyla\w*)?",
    r"\b(?:ring|call|phone|dial) (?:999|111|an ambulance|the doctor) if (?:my |the |your |a )?(?:\w+ )?"
    r"(?:stops breathing|has a (?:fit|seizure)|collapses|goes blue|turns blue|wont wake up)\b",
)

# Told as over (RECOVERED: suicide, self-harm, medical) and safe now (SAFE_NOW: all).
RECOVERED: tuple[str, ...] = (
    r"\bused to be (?:scared|afraid|frightened|terrified)\b",
    r"\b(?:had|ive had|i had) (?:a |an )?(?:\w+ ){0,2}(?:once|twice)\b",
    r"\b(?:im|i am) (?:on|taking) (?:my |the )?(?:meds|medication|tablets) now and (?:im )?(?:fine|ok|"
    r"okay|well|good|better|stable)\b",
    r"\b(?:i )?(?:dont|do not|havent|have not) (?:now|these days)\b",
    r"\b(?:havent|have not|hasnt|not) (?:had|done|felt|been|cut|self harmed|harmed myself|hurt myself|"
    r"relapsed) (?:a |an |one |any )?(?:\w+ )?(?:in|for) (?:[0-9]+|two|three|four|five|six|a few|many|"
    r"several|over a) (?:years|yrs|months|year)\b",
)
SAFE_NOW: tuple[str, ...] = (
    r"\b(?:hes|shes|theyve|he has|she has|they have) changed (?:a lot|loads|so much)\b|\bwe get on "
    r"(?:now|well now|fine now|great now|better now)\b",
)

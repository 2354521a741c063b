"""Crises disclosed in passing, and the look-alikes that are over, asked about for someone
else, or said for a laugh — for clinical review (read the guide in ``safeguarding_lexicon``
first: the same rules of writing apply).

Added on 2026-12-03 (issue 8, stop 23's round, branch sg23), tuned on the spent blind sets
v6 and v7 as kinds of message, not phrases:

* **crises**: self-harm told by what it leaves or what it uses (a tool on one's arm, "what
  i did to my arms", hitting or rubbing oneself till bruised or raw, "cut a bit", scars told
  as fresh, blood explained away with a lie, safer ways "turning into more", taking extra
  of one's meds to feel numb, sharpeners taken apart "you know what for"); "im done, ive
  decided"; a car, a quiet place and a hose; an adult's secret ("keep it quiet", "not to
  tell my parents") with private messages, a parent's partner who tries to kiss me, gifts
  then "back to his flat", bruises from a parent's belt, filmed without knowing, pressured
  into sex or "when i say no", put down and shoved about at home, children not fed or
  washed in days; watched as one types, taken to a city and told "you work for us",
  tracked with someone "on his way", left among strangers or with men who keep one's
  phone, locked in with the phones taken, ran out and "cant go back", a stranger who
  found one's address; a friend's fit told with "friends" for "friend is";
* **look-alikes** (each can stop a signpost; docs/clinical-safety.md, H-01): pasts told as
  over in more ways (a span of years since, "ago now", a parent gone and "safe ever since",
  a flat of one's own or a relative who took one in, an arrest, scars faded or old, a
  scare that "turned out to be" nothing, seizures "none since" while on meds); clauses that
  say "now" or "still" without risk (carrying an epipen, still seeing a counsellor); a
  past attack given as the reason for something now; questions for a lesson or training
  about what to do if someone discloses; hyperbole about a teacher, a train, a sibling's
  chips, crocs, a song, a houseplant; memes; pets that scratch; game characters; blades
  for crafts; contraception ("on the pill", "missed two pills", "still covered"); fares
  that "bleed us dry"; dentist's blood that stopped.

Each crisis tuple is added to its category in ``safeguarding_lexicon.CRISIS``; the other
lists to those of the same name.
"""

from __future__ import annotations

from bot.trust.safeguarding_words import FAMILY, LAUGH

_LIMB = r"(?:wrists?|arms?|thighs?|legs?|hips?|stomach|skin|ankles?|belly|tummy)"
_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|many|several)"
_ADULT = (
    r"(?:teacher|coach|tutor|instructor|leader|trainer|uncle|neighbour|older (?:man|guy|lad|bloke)|"
    r"(?:a |this |some )?(?:man|guy|bloke)|manager|boss|youth worker|scout leader|priest|imam|"
    r"(?:mums?|mams?|moms?|dads?) (?:partner|boyfriend|bf|girlfriend|mate|friend))"
)

# --- Crisis --------------------------------------------------------------------------

SUICIDE: tuple[str, ...] = (
    # "im done now, ive decided".
    r"\b(?:im|i am|i m) (?:so |just )?done\b(?: now| with (?:it|this|everything))?(?: \w+){0,2} (?:ive|i have"
    r"|i ve) (?:decided|made (?:up )?my mind|made my decision)\b(?! (?:to|that|what|on|which|where)\b)",
    # A car, somewhere quiet, and a hose or the exhaust.
    r"\b(?:driv\w*|car|keys)\b(?: \w+){0,5} (?:somewhere|some where|some place) (?:quiet|no ?one|nobody|"
    r"remote|alone|isolated)\b(?: \w+){0,5} (?:hose|pipe|tube|exhaust)\b",
    r"\bhose\b(?: \w+){0,4} (?:exhaust|in the car|into the car|through the window)\b",
    # Things given away, a pet among them ("gave my ps5 to my cousin and the dog to my mate").
    r"\b(?:gave|given|giving|handed|handing|passed)(?: away)? (?:all )?my \w+(?: \w+)? to (?:my |a |the )?"
    r"(?:\w+ ){0,2}(?:and|n) (?:my |the )?(?:dog|cat|rabbit|bunny|hamster|pets?|fish|budgie|guinea pig|"
    r"snake|lizard|tortoise)\b",
)

SELF_HARM: tuple[str, ...] = (
    # A sharp thing used on one's own body.
    r"\b(?:using|use|used|uses|been using) (?:a |the |my )?(?:compass|sharpener|sharpener blade|"
    r"pencil sharpener|scissors|safety pin|pin|needle|lighter|glass|bottle top|lid|paperclip|nail)s?\b"
    r"(?: \w+){0,5} (?:on|into|across) my " + _LIMB + r"\b",
    # What one did to one's own body.
    r"\bwhat (?:i |ive |i ve |i have )(?:did |do |done |keep doing |been doing )?(?:done )?to my "
    r"(?:arms?|wrists?|legs?|"
    r"thighs?|skin|body|stomach|self|hips?)\b(?! (?:at|in|playing|on the|when i fell|skiing|skating)\b)",
    # Hitting, rubbing or scratching oneself till bruised, raw or bleeding.
    r"\b(?:bang|hit|punch|slam|thump|rub|scrub|scratch|pick|pinch|bite|claw)\w* my (?:\w+ ){0,4}"
    r"(?:till|until|til|to the point) (?:it|they|theyre|its|it s|they re|i|im|my \w+)(?: \w+)? "
    r"(?:purple|bruised|bleeds?|bled|bleeding|weeps?|weeping|raw|black and blue|scabs?)\b",
    r"\b(?:rub|scrub|scratch|pick|sand)\w* my (?:skin|arms?|legs?|hands?|face) raw\b",
    r"\b(?:bang|hit|punch|slam|thump)\w* my (?:fists?|head|hands?) (?:on|into|against) my (?:legs?|"
    r"thighs?|arms?|stomach|head)\b",
    # "cut a bit last night"; scars told as fresh; "i still do it".
    r"\b(?:i|and|then|ive|i have|i had|just) cut (?:a bit|a little|a lil|abit|a tiny bit)\b"
    r"(?! (?:off|of|from|more of|too))",
    r"\bcut (?:a bit|a little|a lil|abit|a tiny bit)\b(?! (?:off|of|from|more|too)\b)(?: \w+){0,2} "
    r"(?:last night|again|today|tonight|"
    r"yesterday|this morning|earlier)\b",
    # "went home and cut", "and cut" at the end of a message.
    r"\b(?:went|go|going|came|come|got|ran) (?:home|upstairs|to my room|to the (?:toilets?|bathroom|loos?))"
    r" and (?:cut|burnt|burned|scratched)\b(?! (?:my hair|the|some|it|up|out|off|down|in|a|an)\b)|"
    r"(?<!washed )(?<!styled )(?<!trimmed )(?<!coloured )(?<!dyed )(?<!hair )\b(?:and|then) (?:i )?"
    r"cut(?: again)?$",
    r"\b(?:the|my|these) (?:scars|cuts|marks|burns)(?: are| is| s)? (?:still )?(?:fresh|new|open|"
    r"still bleeding)\b",
    r"\b(?:dunno|dont know|doesnt know|dont realise|have no idea|has no idea) i still do it\b",
    # Blood explained away with a story ("said it was my period, it wasnt").
    r"\bblood\b(?: \w+){0,10} (?:said|told \w+|pretended) (?:it was|that it was|its)\b(?: \w+){0,3} "
    r"(?:it wasnt|but it wasnt|it was not|it isnt)\b",
    # Safer ways that do not hold ("ice and elastic bands ... turning into more").
    r"\b(?:elastic bands?|rubber bands?|hair bands?|the band trick|red pen|pen marks)\b(?: \w+){0,8} "
    r"(?:keeps? "
    r"turning into|turns? into|turning into|isnt enough|not enough|doesnt work any ?more|stopped "
    r"working)\b",
    # Extra of one's meds to feel numb.
    r"\b(?:take|took|taking|takes|have taken|been taking) (?:a few |some )?(?:extra|more|double|loads|"
    r"lots) (?:of )?"
    r"(?:my |the )?(?:meds|pills|tablets|medication)\b(?: \w+){0,6} (?:to feel numb|to (?:not|stop) "
    r"feel\w*|to numb|to zone out|to blank out|just numb|to feel nothing)\b",
    # Sharpeners taken apart "you know what for".
    r"\b(?:sharpeners?|razors?)\b(?: \w+){0,4} (?:take|took|taking|break|broke|breaking) (?:\w+ )?"
    r"(?:apart|open)\b|\b(?:sharpeners?|razors?|blades?)\b(?: \w+){0,6} (?:you|u) know what for\b",
)

ABUSE: tuple[str, ...] = (
    # A parent's partner or an adult who tries to kiss or touch.
    r"\b(?:(?:mums|mams|moms|dads|nans) (?:partner|boyfriend|bf|girlfriend|gf|husband|wife|mate|friend)|"
    r"step ?(?:dad|father|mum|mother|brother)|uncle|teacher|coach|tutor|grandad|granddad|lodger)\b"
    r"(?: \w+){0,2} (?:tries|tried|trying|keeps trying|wants|wanted|try|keeps) (?:to )?(?:kiss|touch|"
    r"feel|cuddle|get into bed with|get in bed with|sleep with)(?:ing)? me\b",
    # Bruises from a parent's belt.
    r"\b(?:bruis\w*|marks|welts|cuts|lumps?)\b(?: \w+){0,6} (?:from|off|with) (?:my )?(?:" + FAMILY
    + r")s? (?:belt|slipper|fists?|hands?|cane|hanger|stick|shoe|wooden spoon|buckle|cable|lead)\b",
    # Filmed without knowing.
    r"\b(?:filmed|recorded|videoed|photographed|took (?:pics|photos|pictures|videos?) of) (?:me|us)\b"
    r"(?: \w+){0,4} (?:without (?:me knowing|my knowing|my (?:consent|permission|knowledge)|asking)|"
    r"secretly|while i (?:was )?(?:asleep|changing|in the shower|naked|undressed))\b",
    # Pressured into sex; "when i say no".
    r"\b(?:pressur\w*|forc\w*|push\w*|guilt\w*|coerc\w*|bully\w*) me (?:in ?to|to) (?:have |having )?"
    r"(?:sex|sexual|doing stuff|stuff i dont want|things i dont want|send\w* (?:nudes|pics|photos))\b",
    # Put down and shoved about at home; children not fed or washed in days.
    r"\b(?:get|gets|got|getting|being|im|am) (?:called|told im) (?:a |an )?(?:waste of space|waste of "
    r"oxygen|mistake|worthless|useless|pathetic|disgrace|burden)\b(?: \w+){0,4} (?:every day|all the "
    r"time|at home|every night)\b",
    r"\b(?:shoved|pushed|thrown|knocked|slapped|kicked|chucked) (?:about|around)\b(?: \w+){0,2} (?:at "
    r"home|by (?:my )?(?:" + FAMILY + r"))",
    r"\b(?:no ?ones|no one has|nobody has|nobodys|no one s)\b(?: \w+){0,4} (?:fed|bathed|looked after) "
    r"(?:us|me|my (?:\w+ )?(?:brothers?|sisters?|siblings)|the (?:kids|baby|little ones))\b(?: \w+){0,4} "
    r"(?:in|for) (?:days|a week|weeks|\w+ days)\b",
)

DANGER: tuple[str, ...] = (
    # Watched as one types.
    r"\b(?:watching|reading|looking at|checking) (?:what i (?:type|write|am typing|m typing|send|say)|"
    r"over my shoulder)\b(?!(?: \w+){0,4} " + LAUGH + r"\b)",
    # Taken to another city and told "you work for us now".
    r"\b(?:say|says|said|saying|told me|telling me) (?:that )?i (?:work|belong) (?:for|to) (?:them|him|us)\b"
    r"(?= now|(?: \w+){0,6} (?:runs?|drops?|owe|debt|cant leave|no choice|or else)\b)",
    r"\b(?:theyve|they have|they|he|hes|she|someone|somebody) (?:taken|took|brought|driven|drove) me "
    r"(?:to|out to) (?:a |some |this )?(?:house|flat|place|city|town|different \w+)\b(?: \w+){0,8} "
    r"(?:dont know (?:where i am|how to get (?:back|home))|cant get (?:back|home)|wont (?:let me (?:leave|"
    r"go)|take me (?:home|back)))\b",
    # Locked in with the phones taken.
    r"\blocked (?:us|me)(?: all| both)? in\b(?! (?:the )?(?:game|minecraft|roblox|fortnite))(?: \w+){0,4} "
    r"(?:taken|took|has|got) (?:the|our|my|all the) phones?\b",
)

MEDICAL: tuple[str, ...] = (
    # "my friends fitting", "my mates not breathing": "friends" read as "friend is".
    r"\bmy (?:friends|mates|brothers|sisters|mums|dads|babys|boyfriends|girlfriends|nans|cousins|sons|"
    r"daughters) (?:fitting|having a (?:fit|seizure)|not breathing|unconscious|collapsed|turning blue|gone "
    r"blue)\b",
)

PAIRED: tuple[tuple[str, str, str], ...] = (
    # An adult's secret, with private messages.
    (
        "abuse",
        r"\b" + _ADULT + r"\b(?: \w+){0,10} (?:messag\w*|snap\w*|dms?|dming|texts?|texting|insta|whatsapp|"
        r"favourite|special|at (?:\d+|one|two|three) ?am)\b",
        r"\b(?:keep (?:it|this|that|us|them|things|what \w+ \w+) (?:quiet|between us|to (?:ourselves|"
        r"myself)|hush|on the down low|on the dl|secret)|not to tell (?:my )?(?:parents|mum|dad|mom|mam|"
        r"anyone|anybody|family|friends))\b",
    ),
    # Pressed on "when i say no".
    (
        "abuse",
        r"\b(?:even )?(?:when|after|though|if) i (?:say|said|keep saying|told (?:him|her|them)) no\b",
        r"\b(?:sex|sexual|touch\w*|kiss\w*|nudes|pics|hands on me|in my bed|in bed)\b",
    ),
    # Gifts, then "we have to go back to his flat".
    (
        "abuse",
        r"\b(?:have to|has to|got to|gotta|had to|make us|makes us|made us|makes me|made me|expects? (?:us|"
        r"me) to) (?:go|come|stay) (?:back )?(?:to|at|round) (?:his|their) (?:flat|house|place|room|car)\b",
        r"\b(?:free \w+|gives? (?:us|me)|gave (?:us|me)|buys? (?:us|me)|bought (?:us|me)|vodka|alcohol|booze|"
        r"weed|vapes?|cigs|presents|gifts)\b",
    ),
    # Tracked, and someone on the way.
    (
        "danger",
        r"\b(?:he|she|they|hes|shes|theyve|theyre|my ex|someone|somebody|this guy|a guy|a man)"
        r"(?: has| s| have| ve)? (?:got|has|have|knows|tracking|tracked|found|found out) (?:out )?(?:my|our) "
        r"(?:location|address|postcode)\b",
        r"\b(?:on (?:his|her|their) way|coming (?:here|over|round|for me|to get me)|outside (?:my|our|the))"
        r"\b|\bnever gave (?:him|her|them) (?:it|my address)\b",
    ),
    # Left among strangers, or with men who keep one's phone.
    (
        "danger",
        r"\b(?:left me|got left|been left|dumped me|abandoned me|got dumped|were left)\b(?! (?:on read|on "
        r"delivered|on seen|out)\b)(?: \w+){0,3} (?:at|in|on|with)\b",
        r"\b(?:people i dont know|strangers|older (?:men|guys|lads|blokes)|men i dont know|dont know "
        r"where i am|wont give (?:me )?my phone back)\b",
    ),
    (
        "danger",
        r"\b(?:men|guys|lads|blokes|strangers|people i dont know|they)\b(?: \w+){0,3} (?:wont|will not|"
        r"refuse to|wouldnt) (?:give|let me have) (?:me )?my (?:phone|keys|bag|passport) back\b",
        r"\b(?:older|party|house|flat|car|strangers|dont know)\b",
    ),
    # Ran out of the house and cannot go back.
    (
        "danger",
        r"\b(?:ran|run|running|climbed|snuck|legged it) (?:out|away|off)\b(?! of\b)|\bin my (?:pyjamas|pjs|"
        r"socks|slippers)\b",
        r"\b(?:cant|cannot|can not|darent|dare not|not allowed to|scared to) (?:go|going) (?:back|home)\b",
    ),
    # A stranger from an app who found one's address.
    (
        "danger",
        r"\b(?:guy|man|bloke|someone|somebody|person|lad)\b(?: \w+){0,3} (?:from|off|on) (?:the |an |this )?"
        r"(?:app|apps|online|insta|snap|tinder|discord|game)\b(?: \w+){0,3} (?:is |s )?(?:outside|at (?:my|"
        r"the) (?:door|house|window)|here)\b",
        r"\b(?:never (?:gave|told|sent) (?:him|her|them)|dont know how (?:he|she|they) (?:found|knows?|got))"
        r"\b",
    ),
)

# --- Can stop a signpost (docs/clinical-safety.md, H-01) ------------------------------

# Said later in the message, these turn a question or a look-alike back to one's own crisis now
# ("... asking cos its me", "... my brother is having one right now", "... but i use it on my arms").
_NOT_MINE_NOW = (
    r"(?!(?: \w+)* (?:its me|it s me|its actually me|thats me|that s me|like me|about me|for myself|"
    r"myself|now|rn|right now|having one|help me|on my (?:arms?|wrists?|legs?|thighs?|skin|stomach)|"
    r"but i|i use it|to cut)\b)"
)

IDIOMS: tuple[str, ...] = (
    # Hyperbole: a tutor who will murder me if i'm late, a dead man if i miss the train.
    r"\b(?:form tutor|tutor|teacher|boss|manager|coach|sir|miss)s?(?: is| s| will| would| ll)?"
    r"(?: gonna| going "
    r"to| literally| actually)* (?:kill|murder) me (?:if|when) (?:im|i am|i m|i) (?:late|miss|forget|fail|"
    r"dont|lose|skip|get|am late)\b",
    r"\b(?:ill|i will|i ll|im|i am) (?:be )?(?:a )?dead (?:man|meat|woman|girl) (?:if|when) i (?:miss|forget|"
    r"am late|m late|fail|lose|break|spill|dont get|dont finish)\b",
    r"\b(?:id|i would|i d|would) (?:literally )?(?:jump off a cliff|take a bullet|walk through fire) for "
    r"(?:a|an|some|the|one) \w+",
    # Only asked of the reader ("kill me if i ever..."), never "he'll kill me if i ever tell again".
    r"(?:^|\b(?:please|pls|plz|someone|somebody|just) )(?:unalive|kill|shoot) me (?:if|when) i (?:ever )?"
    r"(?:\w+ ){1,4}again\b",
    r"\bif i (?:have to|hear|gotta|had to) (?:hear|listen to|sit through|watch|do)? ?(?:that|this|the) "
    r"(?:song|advert|ad|tune|video|tiktok)(?: \w+){0,3} (?:one more|again)(?: \w+){0,2} (?:ill|i will|im "
    r"gonna|i ll) (?:kms|kill myself|die|unalive myself)\b(?= (?:\w+ ){0,2}" + LAUGH + r")",
    # A sibling's "gonna kill me" over something trivial, with "brothers" for "brother is".
    r"\bmy (?:brothers|sisters|bros|sis|mates|cousins)(?: gonna| going to| will) (?:literally )?(?:kill|"
    r"murder|batter) me (?:for|if i)\b(?= (?:\w+ ){0,3}(?:nicking|taking|eating|borrowing|using|touching|"
    r"wearing|his|her) )",
    r"\b(?:sister|brother|sis|bro|mate|friend|cousin)(?: \w+)? stabbed me with (?:a |her |his |my )?(?:fork|"
    r"pencil|pen|cocktail stick|straw|chopstick)\b(?=(?: \w+){0,6} (?:" + LAUGH + r"|for (?:my|his|her|the) "
    r"(?:last )?\w+)\b)",
    r"\bstabb\w* (?:my|the|a) (?:straw|fork|pen|pencil|chopstick)\b",
    # A meme or a joke: "im in danger" (Ralph Wiggum), "fear for my safety" over a snack.
    r"\b(?:ralph(?: wiggum)? |meme )(?:\w+ )?im in danger\b|\bim in danger (?:meme|face|gif)\b",
    r"\bfear for my (?:life|safety)\b(?= (?:\w+ ){0,2}" + LAUGH + r")",
    # Plants, phones and things that "committed suicide".
    r"\b(?:plant|houseplant|cactus|phone|laptop|goldfish|tamagotchi|battery|printer|sourdough|succulent|"
    r"basil)s?\b(?: \w+){0,2} (?:committed suicide|killed itself|unalived itself)\b",
    # Pets that scratch, bite or attack, said for a laugh (not dogs: a dog attack can be an
    # emergency; not a cover story, "i tell people the cat scratched me").
    r"\b(?:the |my |our )?(?:cat|kitten|hamster|rabbit|bunny|budgie|parrot|guinea pig|ferret)s? (?:\w+ )?"
    r"(?:attacked|bit|scratched|went for|savaged) (?:me|us|my \w+)\b(?=(?: \w+){0,6} " + LAUGH + r"\b)",
    # Prices and fares.
    r"\bdaylight robbery\b|\bbleed\w* (?:us|me|you|people|everyone) dry\b",
    # Contraception.
    r"\b(?:go|going|get|getting|be|been|am|im|start\w*|come off|coming off|go back) on the pill\b|"
    r"\bmiss(?:ed|ing)? (?:\d+|one|two|a|my) (?:pills?|tablets?)(?: in a row)?\b|\bstill covered\b",
    r"\b(?:make sure|check|checking) (?:that )?(?:im|i am|i m|i) (?:not|dont|do not) tak\w* too (?:many|"
    r"much)\b",
)

NOT_A_CRISIS: tuple[str, ...] = (
    # Clauses that say "now" or "still" without risk.
    r"\b(?:now |so |and )?(?:i )?(?:always |now )?(?:carry|have|keep) (?:an? |my )?(?:epipen|epi pen|"
    r"inhaler)s?(?: on me| with me| everywhere| now)*\b",
    r"\b(?:i )?(?:still )?(?:see|seeing|go to|talk to|speak to) (?:my|a|the) (?:counsellor|therapist|"
    r"psychologist|support worker|key ?worker)(?: sometimes| now and then| every \w+| once a \w+)?\b",
    r"\b(?:been |im |i am )?on (?:my |the )?(?:meds|medication|tablets)(?: \w+)? (?:ever )?since"
    r"(?: then)?\b|\b(?:the|my) (?:meds|medication|tablets) (?:are|is|s) (?:working|helping)\b",
    # A past attack given as the reason for something now.
    r"\b(?:got|was|been) (?:stabbed|jumped|mugged|attacked|robbed|assaulted)\b(?: \w+){0,4} (?:back in "
    r"\w+|in 20\d\d|(?:\w+ )?years? ago|last year|when i was \w+)\b(?=(?: (?:\w+|#)){0,4} (?:its|thats|"
    r"that s|it s|which is) (?:why|the reason))",
    # Questions for a lesson or training about what to do if someone discloses.
    r"\bwhat (?:should|do|would|can|could) (?:you|i|we|people|a person|one) (?:do|say)\b if (?:a |my |your "
    r")?(?:friend|mate|someone|somebody|person|pupil|student|classmate)s? (?:tells?|told|says|said|"
    r"mentions?|discloses?|admits?) (?:you |me |us |them )?(?:that )?(?:they|theyre|she|he|hes|shes)"
    r"(?: are| is| re| s| have| ve| has)? (?:being |been )?(?:abused|groomed|self ?harm\w*|suicidal|"
    r"cutting|sh)\b" + _NOT_MINE_NOW,
    r"\bsigns\b(?: \w+){0,4} (?:look out for|look for|spot|watch for|notice)\b if (?:a |my )?(?:friend|"
    r"mate|someone|child|kid|person) (?:is|s|was) (?:being )?(?:groomed|abused|self harming|suicidal)\b"
    + _NOT_MINE_NOW,
    r"\bif (?:someone|somebody|a person|a friend|people) (?:has|have|is having|had|goes into) (?:a )?"
    r"(?:seizure|fit|anaphylaxis|an allergic reaction|an asthma attack)\b(?= (?:\w+ ){0,2}(?:what|how) "
    r"(?:should|do|would|can))" + _NOT_MINE_NOW,
    # A book or film about someone trafficked, groomed or abused.
    r"\b(?:book|novel|film|movie|series|documentary|doc|podcast|play) about (?:a |an |the |two )?(?:\w+ )?"
    r"(?:girl|boy|woman|man|kid|child|family|teenager|teen|lad)s? (?:who (?:was|were|got) )?(?:trafficked|"
    r"groomed|abused|stabbed|kidnapped|murdered|stalked)\b",
    # Game characters; blades for crafts; the dentist's blood that stopped.
    r"\b(?:character|avatar|player|sim|hero|guy in the game)s? (?:got|was|has been|gets|keeps getting) "
    r"(?:stabbed|shot|killed|murdered|kidnapped)\b",
    r"\b(?:blade|blades|stanley knife|craft knife|scalpel)s? for (?:my |the )?(?:skate\w*|grip ?tape|"
    r"craft\w*|art|modelling|models?|lino|carpet|dt|design|cutting mats?)\b" + _NOT_MINE_NOW,
    r"\b(?:dentist|tooth|teeth|wisdom)\b(?: \w+){0,8} (?:blood|bleeding|bled)\b(?: \w+){0,3} (?:stopped|"
    r"normal)\b" + _NOT_MINE_NOW,
    # Hay fever that feels like dying, said for a laugh; no self harm in a list of noes.
    r"\b(?:hay ?fever|cold|flu|man flu|cramps|hangover)\b(?: \w+){0,6} (?:feel like |feels like )?(?:im|"
    r"i am) dying\b(?= (?:\w+ ){0,3}" + LAUGH + r")",
    r"\bno (?:self ?harm\w*|sh|suicidal (?:thoughts|feelings|ideation)|thoughts of suicide)\b"
    r"(?! (?:yet|but|though|tho|until|till|tonight|today|rn|right now|now|support|services?|help|team)\b)",
    # Not feeling safe walking home in the dark, as a reason for a service change.
    r"\b(?:dont|do not) feel (?:safe|unsafe) walking (?:home |back )?(?:in the dark|at night|after dark)"
    r"(?: in (?:the )?winter)?\b(?= (?:\w+ ){0,3}(?:would be (?:good|nice|better)|if the|could (?:you|the)))",
)

RECOVERED: tuple[str, ...] = (
    # A span of years since: "but that was 5 years ago", "its been 3 years now", "ago now".
    # ("its been 3 years" alone can be how long it has gone on: only after "but", or with "since").
    r"\b(?:that was|it was|thats|that s)(?: (?:over|nearly|almost|about|like))? " + _NUMBER
    + r" (?:years|yrs) ago(?: now)?\b",
    r"\bbut (?:its|it s|it has|thats|that s) been(?: (?:over|nearly|almost|about|like))? " + _NUMBER
    + r" (?:years|yrs)(?: now| since)?\b(?! (?:of|like|since (?:it|this|i) (?:started|began)))",
    r"\b(?:over |nearly |almost |about )?" + _NUMBER + r" (?:years|yrs) ago now\b",
    r"\bas a (?:kid|child|baby|toddler|little kid)\b",
    r"\bnot (?:needed|used|had) (?:it|one|to use it|them)(?: \w+)? (?:in|for) (?:\w+ )?(?:years|ages)\b",
    # Scars told as faded or old; a scare that turned out to be nothing.
    r"\b(?:my )?scars(?: \w+){0,3} (?:are|have|s)(?: \w+){0,2} (?:faded|healed|white|silver|old)\b"
    r"(?: (?:white|silver|"
    r"faint|lines|marks))*(?: now)?",
    r"(?<!over )(?<!across )(?<!on )(?<!into )(?<!reopened )(?<!opened )\b(?:have|got|with) (?:some |a few "
    r"|loads of )?old (?:self ?harm |sh )?scars\b",
    r"\b(?:turned out|it turned out|turns out)(?: to be| it was)? (?:just |only )?(?:nothing|anxiety|a "
    r"panic attack|indigestion|heartburn|(?:a |an )?(?:\w+ )?(?:strain|sprain|virus|bug|infection|muscle))\b",
    # Doing well now.
    r"\b(?:doing|feeling|getting on) (?:really |much |so much |a lot )?(?:well|better|good|great)(?: now|"
    r" these days)\b",
)

SAFE_NOW: tuple[str, ...] = (
    r"\b(?:weve|we have|ive|i have|we|i) been safe (?:ever )?since\b",
    r"\b(?:hes|shes|theyre|he is|she is|they are) not in (?:my|our) li(?:fe|ves) any ?more\b",
    r"(?<!if )(?<!whether )(?<!not )(?<!know )(?<!feel )\b(?:and )?(?:im|i am|were|we are) (?:completely "
    r"|totally )?safe$",
    r"\b(?:he|she|they) (?:left|moved out)(?= when| " + _NUMBER + r" years| years| ages| ago| for good)",
    r"\b(?:hes|shes|theyve|theyre|he|she|they)(?: has| have)? been (?:arrested|charged|convicted|sent "
    r"down|jailed|locked up)\b",
    # A home of one's own, or a relative who took one in.
    r"\b(?:(?:ive|i have|weve|we have|i|we) )?(?:had|got|have|been given|moved into|live in) (?:(?:my|our|a) "
    r"own (?:council |housing association |supported )?|(?:my|our|a) (?:council|housing association|"
    r"supported) )(?:flat|place|house|home)\b(?: for (?:over )?\w+ (?:years?|months?)| since \w+| now)*",
    r"\b(?:my |a |our )?(?:" + FAMILY + r"|foster \w+|friends mum|mates mum|neighbours?|a family) took "
    r"(?:me|us) in\b(?! (?:his|her|their|a|the|to|for)\b)",
    r"\b(?:ive|i have|i) (?:lived|been living) with (?:her|him|them|my \w+) (?:ever )?since\b",
)

# Giving things away and putting affairs in order are never told as over.
STILL_AT_RISK: tuple[str, ...] = (
    r"\b(?:gave|give|giving|given|handed|handing) (?:away )?(?:all )?my (?:\w+ ){0,2}(?:to|away)\b|"
    r"\bgiv\w* (?:\w+ )?away\b|\bsorted (?:out )?(?:all )?my (?:stuff|things|affairs)\b",
    r"\b(?:fresh|reopen\w*|new (?:cuts|ones|marks|scars|burns))\b",
)

"""Crises told in veiled or everyday words, and the look-alikes that borrow a crisis word for
a joke, a game, a lesson or a past told as over — for clinical review (read the guide in
``safeguarding_lexicon`` first: the same rules of writing apply).

Added on 2026-12-03 (issue 8, round ten: the first round tuned on sets written blind by
outside writers), as kinds of message, not phrases:

* **signs**: marks hidden under clothes in warm weather, marks told as fresh or worse, a
  cover story for marks, self-harm or a relapse told as back, hurting one's own body to feel
  pain, going without food as a punishment; a date set, a will sorted, a means kept ready,
  a reply that will not come, leaving "and not coming back"; stranded or lost as it gets
  dark, followed home, a fire with smoke, a friend being beaten now, a threat to come round,
  a window smashed with one inside, someone at the window when alone; an allergy with
  swelling, drugs mixed with a racing heart, a fit that does not stop, a limb bent the wrong
  way, a low blood sugar, asthma too bad to talk; an adult who asks for secrets, work for
  no pay with one's passport kept, a marriage forced, advantage taken of someone drunk, an
  adult who walks in on someone washing; a few Welsh words;
* **look-alikes** (each can stop a signpost; docs/clinical-safety.md, H-01): a threat from a
  sibling or mate over something trivial or a game; a game's enemy; a song's lyric; a film,
  a documentary, the news or a lesson about a crisis; a loss told as bereavement; being
  "stuck" somewhere boring, "trapped" by a spider; laughing too hard to breathe; a joke
  taken back ("i mean", "jk"); a denial that says what it is instead; a prescription; and
  pasts told as over (stopped after help, clean for years, none since, a person now in
  prison or gone, all good now).

Each crisis tuple is added to its category in ``safeguarding_lexicon.CRISIS``; the other
lists to those of the same name.
"""

from __future__ import annotations

_LIMB = r"(?:wrists?|arms?|thighs?|legs?|hips?|stomach|skin|ankles?)"
_SIBLING_OR_MATE = (
    r"(?:little |big |older |younger )?(?:brother|sister|bro|sis|mate|mates|friend|friends|bestie|cousin|"
    r"bf|gf|lads|boys|girls)"
)
_GAME = (
    r"(?:fifa|fc \d+|cod|fortnite|warzone|apex|valorant|minecraft|roblox|gta|mario ?kart|smash|rocket "
    r"league|five a side|5 a side|chess|ranked|resident evil|"
    r"fnaf|the last of us)"
)
_TRIVIAL = (
    r"(?:hoodie|jumper|chocolate|leftovers|chips|crisps|sweets|snacks|pizza|food|charger|remote|"
    r"controller|clothes|makeup|top|shoes|seat|being late|late|spoilers?|spoiling)"
)
_LAUGH = r"(?:lol|lmao|haha\w*|jk|jkjk)"
_MEDIA = (
    r"(?:doc|docs|documentary|documentaries|podcast|film|movie|series|book|novel|episode|news|"
    r"article|trial)"
)
_TOPIC = (
    r"(?:stalker|stalkers|stalking|grooming|groomers?|murders?|killers?|serial killers?|stabbings?|"
    r"kidnapping|abuse|domestic abuse|suicide|self ?harm|knife crime|county lines|exploitation|"
    r"consent|sextortion|trafficking|cyberbullying|online safety)"
)

# --- Crisis --------------------------------------------------------------------------

SUICIDE: tuple[str, ...] = (
    # A date set or a will sorted by oneself (not "a date for" something).
    r"\b(?:ive|i have|i|weve) (?:set|picked|chosen|chose) (?:a|the|my) (?:date|day)\b(?! (?:for|to|with|"
    r"night|out))",
    r"\b(?:sorted|wrote|written|writing|made|making|done|doing|finished|updated) (?:out )?my (?:will|"
    r"goodbye letters?|goodbyes)\b(?! (?:power|to))",
    # A means kept ready: "the rope is in my wardrobe".
    r"\b(?:the|a|my) (?:rope|noose|ligature)(?: is| s|s)? (?:(?:in|under|behind) my|hidden|ready|tied|up)\b",
    # A reply that will not come: "if i don't reply, it's because i did it".
    r"\bif i (?:dont|do not|never|stop) (?:reply|replying|answer|answering|message|text|come back)\b"
    r"(?: \w+){0,4} (?:i did it|i went through with it|im gone|i wont be here|i wasnt strong)\b",
    r"\b(?:suicidal )?ideation (?:is|s|has|are|its) (?:back|worse|getting worse|bad|come back)\b",
    # Going somewhere "and not coming back".
    r"\b(?:go|going|drive|driving|walk|walking|take|taking|head|heading|run|running)\b(?: \w+){0,8} "
    r"(?:and|an) (?:not|never) (?:come|coming) back\b(?!(?: \w+){0,3} (?:lol|haha\w*|lmao|jk))",
    # Welsh: "want to die", "kill myself".
    r"\b(?:isio|eisiau|moyn|isie) marw\b|\bladd fy hun\b",
)

SELF_HARM: tuple[str, ...] = (
    # Marks hidden under clothes in warm weather or at PE.
    r"\blong sleeves\b(?: \w+){0,3} (?:in |this |all )?(?:july|june|august|summer|the heat|a heatwave|"
    r"heatwave|pe)\b",
    r"\b(?:wear|wearing|wore|had to wear|have to wear)\b(?: \w+){0,3} (?:joggers|long sleeves|hoodie|"
    r"trousers|leggings|tights|a jumper)\b(?: \w+){0,6} (?:so )?(?:no one|nobody|noone|people|they|"
    r"anyone) (?:saw|see|sees|would see|could see|notice|notices|noticed|wont see)\b",
    # Marks told as fresh, new or worse; "barcode" for rows of cuts.
    r"\b(?:new|fresh) (?:ones|marks|cuts|scars|lines) (?:on|across|up) my " + _LIMB + r"\b",
    r"\b(?:marks|cuts|scars|lines|ones|barcode) (?:on|across|up) my " + _LIMB
    + r"(?: are| is| s)? (?:\w+ )?(?:fresh|new|getting worse|worse|deeper|bleeding)\b",
    r"\bbarcod\w* (?:on|across|up|down) my " + _LIMB + r"\b",
    # A cover story for marks: "cat scratches... that's what i tell people".
    r"\b(?:scratch\w*|cat|dog|fell|walked into|bruises?|burns?)\b(?: \w+){0,4} (?:thats|that is|or at "
    r"least thats|at least thats) what i (?:tell|told|say|said to|say to) (?:people|everyone|them|my "
    r"\w+|teachers?|anyone)\b",
    # Self-harm, or a relapse, told as back.
    r"\b(?:the )?(?:sh|self ?harm\w*|cutting|urges?) (?:is|are|s|has|have) (?:come )?back\b",
    r"\brelaps\w*\b(?: \w+){0,1} (?:again|day (?:1|one))\b",
    # Blades got "and you know why".
    r"\b(?:razors?|blades?|sharpeners?)\b(?: \w+){0,5} (?:i know (?:exactly )?why|you know why|u know "
    r"why|if you know what i mean|if u know what i mean|yk why)\b",
    # Hurting one's own body to feel pain, with a tool, or one's own face.
    r"\b(?:slam\w*|bang\w*|hit\w*|punch\w*|smash\w*|trap\w*) my (?:own )?(?:hands?|head|face|fists?|"
    r"arms?|fingers?)\b(?: \w+){0,5} (?:so i (?:can )?feel|to feel|to punish|as (?:a )?punishment)\b",
    r"\b(?:punch\w*|hit\w*|slap\w*|scratch\w*|claw\w*) my own (?:face|head|arms?|legs?|stomach|skin)\b",
    r"\b(?:using|use|used|with) (?:my |a |the )?(?:\w+ ){0,4}to (?:scratch|cut|carve|dig into|scrape) "
    r"my " + _LIMB + r"\b",
    # Going without food as a punishment, or as not deserving it.
    r"\b(?:starv\w*|not eat\w*|havent eaten|have not eaten|skip\w* meals|not eaten)\b(?: \w+){0,5} "
    r"(?:as (?:a )?punishment|to punish myself|(?:because|cos|coz|cause|as|since) i (?:dont|do not) "
    r"deserve)\b",
    r"\bi (?:dont|do not) deserve (?:to eat|food|to have food)\b",
    # Welsh: "i've hurt myself".
    r"\bbrifo fy hun\b",
)

DANGER: tuple[str, ...] = (
    # A fire with smoke where one is.
    r"\b(?:theres|there is|its) a fire (?:in|on) (?:our|my|the) (?:block|building|flat|house|home|"
    r"school|kitchen|floor|street)\b|\b(?:stairs|stairwell|corridor|hallway|hall|flat|house|room|block|"
    r"landing)(?: are| is| s)? (?:full of|filling (?:up )?with|filled with) smoke\b",
    # Someone with one being beaten now.
    r"\b(?:my (?:mate|friend|brother|sister|cousin)s?|someone|somebody|a (?:lad|boy|girl|kid))(?: is| s)? "
    r"(?:getting|being) (?:kicked in|jumped|battered|stabbed|beaten up|beat up|kicked to death)\b"
    r"(?! (?:at|in|on) )",
    # A threat to come round and "sort me out"; a window smashed with one inside.
    r"\b(?:coming|come|comin) (?:round|over|to (?:my|our) (?:house|flat|home))\b(?: \w+){0,3} (?:to )?"
    r"(?:sort me out|do me in|batter me|jump me|kick my head in|get me|stab me|do me)\b",
    r"\b(?:smash\w*|broke|put through|kick\w* in|punched) (?:my|the|our) (?:car |front |bedroom |house )?"
    r"(?:window|windscreen|door)s?\b(?: \w+){0,4} (?:while|when|whilst) (?:i|we) (?:was|were|am|are) "
    r"(?:sat|sitting|still|asleep|in)\b",
    # A dog attacking people.
    r"\bdogs?\b(?: \w+){0,5} (?:is |s |are |keeps )?(?:attacking|mauling|savaging|went for|going for) "
    r"(?:kids|children|people|someone|a (?:kid|child|baby)|us|me)\b|\bdogs?\b(?: \w+){0,5} (?:is |s |"
    r"are |keeps )?(?:attacking|mauling|savaging) (?:my|the)\b",
)

MEDICAL: tuple[str, ...] = (
    # An allergy with swelling; an adrenaline pen used.
    r"\ballergic\b(?: \w+){0,8} (?:face|lips?|tongue|throat|eyes?|mouth)(?: is| are| s)? (?:going |"
    r"getting |gone |all )?(?:puffy|swell\w*|swollen|tight|closing)\b",
    # Drugs mixed, with the heart racing.
    r"\b(?:mixed|mixing|took|taken|done|had|did)\b(?: \w+){0,3} (?:ket|ketamine|mdma|md|coke|cocaine|"
    r"pills|molly|xanax|xans|ecstasy|nos|speed|pingers)\b(?: \w+){0,6} (?:heart|chest)(?: is| s)? "
    r"(?:going mad|racing|pounding|going crazy|beating (?:so )?fast|hurts|hurting)\b",
    # A fit that does not stop.
    r"\b(?:seizure|fit|fitting)\b(?: \w+){0,4} (?:no stoppin\w*|not stopping|wont stop|isnt stopping|"
    r"hasnt stopped|still going|for (?:over )?(?:\d+|five|ten) (?:mins|minutes))\b",
    # A limb bent the wrong way.
    r"\b(?:leg|arm|wrist|ankle|knee|finger|elbow|shoulder)s?\b(?: \w+){0,3} (?:bent|facing|pointing|"
    r"twisted|going|sticking out) (?:the )?wrong way\b",
    # A low blood sugar.
    r"\b(?:diabetic|diabetes|type 1|type one|t1d)\b(?: \w+){0,6} (?:sugar|sugars|bloods?|levels?|"
    r"glucose|bm)(?: is| s| are| at| level is)? (?:[0-3] \d|[0-3]|really low|dead low|very low|super "
    r"low|so low)\b",
    # Asthma too bad to talk.
    r"\basthma\b(?: \w+){0,6} (?:cant|can barely|cannot|can hardly|struggling to|can not) (?:talk|speak|"
    r"get my breath|catch my breath|get a breath)\b",
)

ABUSE: tuple[str, ...] = (
    # An adult who asks for secrets.
    r"\b(?:man|guy|bloke|coach|teacher|tutor|adult|older|uncle|instructor|leader|neighbour|trainer)\b"
    r"(?: \w+){0,14} (?:keep|keeping) (?:our|the|these|this|it|us|what happens)? ?(?:chats?|messages?|"
    r"texts?|relationship|photos|pics)?(?: a)? secret\b",
    r"\b(?:shouldnt|should not|mustnt|must not|not to|cant|cannot|not allowed to|never to) tell (?:my )?"
    r"(?:parents|mum|dad|mom|mam|anyone|anybody|nobody|family)\b(?: \w+){0,2} (?:about )?(?:what "
    r"happens|what we do|what he does|what she does|our secret|us)\b",
    # Work for no pay, with one's passport kept.
    r"\b(?:they|he|she|boss|theyve|hes|shes|they have|he has)(?: \w+){0,2} (?:got|have|has|kept|keep|"
    r"keeps|holding|hold) my (?:passport|id|documents|papers)\b(?! (?:at|to check|for))",
    r"\b(?:make|makes|made|force|forces|forced) me (?:to )?work\b(?: \w+){0,5} (?:for no money|for "
    r"nothing|without pay|unpaid|no pay|for free)\b",
    # A marriage forced.
    r"\b(?:arrang\w*|forc\w*) (?:a |an )?(?:marriage|wedding) for me\b|\b(?:making|forcing|force|make|"
    r"makes|made|forced) me (?:to )?(?:marry|get married)\b",
    # Advantage taken of someone drunk or asleep.
    r"\btook advantage(?: of me)? (?:when|while|whilst) i (?:was|were) (?:drunk|asleep|wasted|passed "
    r"out|out of it|high|off my face|unconscious)\b",
    # An adult who keeps walking in on someone washing or changing.
    r"\b(?:keeps|always|keep|kept) (?:walk|com|barg)\w* in\b(?: \w+){0,4} (?:shower|bath|"
    r"changing|getting changed|undressed|naked)\b",
)

PAIRED: tuple[tuple[str, str, str], ...] = (
    # Stranded or lost as it gets dark, or with the phone dying.
    (
        "danger",
        r"\b(?:stranded|lost the path|lost my way|(?:stuck|lost) (?:on|in|up) (?:the |a )?(?:moor|moors|"
        r"hills?|mountains?|woods|forest|fells?|middle of nowhere))\b",
        r"\b(?:getting dark|its dark|dark now|now dark|no (?:phone|battery|charger|signal)|phone (?:is |s )?"
        r"(?:at|on|dying|nearly dead|about to die))\b",
    ),
    # Followed home by a car or a person.
    (
        "danger",
        r"(?:^|\b(?:i was|i got|im being|ive been|been|was|got|getting|keep getting) )followed (?:home|all "
        r"the way home|back home)\b|\bfollow\w* me (?:home|all the way home|back home)\b",
        r"\b(?:car|van|man|guy|bloke|someone|somebody|same|stranger)\b",
    ),
    # Someone at the window or door when alone.
    (
        "danger",
        r"\b(?:someone|somebody|someones|somebodys|a man|a guy|people|theres (?:someone|a man|a guy))"
        r"(?: is| s| are)? (?:at|outside|looking (?:in|through)|trying) (?:the |my |our )?(?:window|"
        r"windows|back door)\b",
        r"\b(?:on my own|by myself|home alone|no ones (?:home|in)|not home|im alone|i am alone)\b",
    ),
)

# --- Can stop a signpost (docs/clinical-safety.md, H-01) ------------------------------

IDIOMS: tuple[str, ...] = (
    # A sibling or mate "gonna kill me" over something trivial, or at a game; a game's enemy.
    r"\b(?:my )?" + _SIBLING_OR_MATE + r"(?: s| is| are| will| ll| d)? (?:gonna|going to|will|would|is "
    r"gonna|are gonna|is going to|are going to) (?:literally )?(?:kill|murder|batter) (?:me|us)\b"
    r"(?=(?: \w+){0,6} (?:" + _TRIVIAL + r"|" + _LAUGH + r")\b| (?:at|in|on) " + _GAME + r")",
    r"\b(?:gonna|going to|will|ill|im gonna|im going to) (?:literally )?(?:kill|murder) my "
    + _SIBLING_OR_MATE + r"\b(?=(?: \w+){0,6} (?:" + _TRIVIAL + r"|" + _LAUGH + r")\b)",
    r"\b(?:batter|thrash|destroy|smash|kill|murder|wreck)(?:ed|ing)? (?:me|us)\b(?= (?:\w+ ){0,2}(?:at|"
    r"in|on) " + _GAME + r")",
    r"\b" + _GAME + r" (?:lobby|lobbies|chat|match|server|party)\b(?: \w+){0,8} (?:kill|murder)\w* "
    r"(?:me|us)\b",
    r"\b(?:(?:in|on|playing) " + _GAME + r"|(?:horror |zombie |scary )?game|level)\b(?: \w+){0,3} "
    r"(?:and |where )?(?:theres|there is|there are) "
    r"(?:a |an |some )?(?:guy|man|zombies?|monsters?|thing|enemy)\b(?: \w+){0,5} (?:chasing|after|"
    r"coming for|trying to kill) me\b",
    r"\b" + _SIBLING_OR_MATE + r"(?: \w+){0,2} (?:punched|hit|kicked|slapped|thumped|pushed) me\b"
    r"(?: \w+){0,4} (?:for|cos|because) (?:taking|eating|nicking|stealing|using|hogging|changing|"
    r"touching|borrowing) (?:the|his|her|my) \w+(?= (?:\w+ ){0,2}" + _LAUGH + r"\b)",
    r"\bthrew (?:a |some )?(?:snowballs?|water balloons?|a water balloon|paper|a paper plane|rubbers?|"
    r"sweets|a pillow|pillows|popcorn) at (?:me|us)\b",
    # A song's lyric quoted.
    r"\b(?:lyrics?|line|lines|chorus|verse)\b(?=(?: \w+){0,6} (?:song|track|tune)\b)(?: \w+){1,14}? "
    r"(?:gets me|hits me|hits different|stuck in my head|on repeat|makes me cry)\b",
    # Stuck somewhere boring; trapped by a spider; laughing too hard to breathe.
    r"\b(?:stuck|trapped) (?:at|in) (?:my )?(?:nans?|grans?|grandmas?|grandads?|aunties?|cousins?|dads|"
    r"mums|school|work|the library|college)\b(?=(?: \w+){0,6} (?:no wifi|wifi|bored|lol|haha\w*|lmao)\b)",
    r"\b(?:spider|wasp|bee|mouse|moth|rat|daddy long legs|cockroach)\b(?: \w+){0,10} (?:trapped|stuck)"
    r"(?: on| in)?(?: my| the)? (?:bed|room|bathroom|chair)?",
    r"\b(?:cant|cannot|can not) breathe(?= (?:\w+ ){0,2}laugh\w*\b)",
    # A joke taken back: "i want to end it... this survey i mean", "im homeless... jk".
    r"\b(?:want to|wanna|gonna|going to) (?:end it|die|end it all|kms|kill myself) (?:this|the|that|my) "
    r"(?:\w+ ){0,2}(?:i mean|i meant)\b",
    r"\b(?:dont|do not) (?:want to|wanna) be here (?:at|in) (?:college|school|work|uni|class|this "
    r"lesson|the library) (?:on a \w+|at \d+|" + _LAUGH + r")\b",
    r"\b(?:im|i am) (?:homeless|stranded|trapped|stuck|dying|being kidnapped)\b(?= (?:jk|jkjk|just "
    r"kidding|only kidding|kidding|joking)\b)",
    # Frustration: "wanted to bang my head against the wall" at a system.
    r"\b(?:wanted|made me want|felt like) (?:to )?(?:bang|banging|hit) my head (?:against|"
    r"on|off) (?:a |the )?(?:brick )?(?:wall|desk|table)\b(?! (?:again|till|until|and|so|every))",
)

NOT_A_CRISIS: tuple[str, ...] = (
    # A crisis as the topic of a film, documentary, the news, a lesson or a campaign.
    r"\b" + _MEDIA + r"s? (?:about|on|of) (?:a |an |the |that |this )?(?:\w+ )?" + _TOPIC + r"\b"
    r"(?: (?:gang|trial|case))?",
    r"\b" + _MEDIA + r"s? about (?:a|the|this|that) (?:\w+ ){0,2}(?:who|that) (?:took (?:his|her|their) "
    r"own life|killed (?:himself|herself|themselves)|self harmed|was abused|was groomed)\b",
    r"\b(?:unit|lesson|lessons|topic|module|assembly|project|essay|talk|workshop|campaign|rse|pshe) "
    r"(?:on|about) (?:\w+ ){0,2}" + _TOPIC + r"\b",
    r"\b" + _TOPIC + r" (?:is|are) (?:a |such a )?(?:big|huge|real|massive|serious|common) (?:thing|"
    r"problem|issue)\b",
    # A bereavement: "we lost a lad from our year to suicide".
    r"\blost (?:a|our|my|two|\d+) (?:lad|girl|boy|friend|mate|student|pupil|classmate|teacher|person|"
    r"cousin|kid)s?(?: \w+){0,4} to suicide\b",
    # Someone else's self-harm, told as past or as a question about services.
    r"\bi (?:dont|do not|never) (?:self ?harm|cut|sh)\b(?= (?:but|though|tho) (?:some|other|loads of|lots "
    r"of|a few|my) (?:people|kids|friends|mates|students|girls|boys|lads))",
    r"\b(?:friend|mate|sister|brother|cousin|girlfriend|boyfriend|bestie|classmate)(?: \w+)? used to "
    r"(?:self ?harm\w*|sh|cut\w*)\b(?!(?: \w+){0,6} (?:i do|me too|i started|now i|so do i|like me|i "
    r"still|again))",
    r"\b(?:what|how) (?:does|do|would|will|should|can) (?:the |a |my )?(?:school )?(?:nurse|gp|doctor|"
    r"teachers?|counsellor|school|staff|service|you|they)\b(?: \w+){0,3} (?:do|say|handle|react)\b if "
    r"(?:someone|somebody|a (?:student|pupil|child|kid|person)|people) (?:tells?|told|says|mentions?|"
    r"talks?) (?:to )?(?:them |you |her |him )?(?:about )?(?:self ?harm\w*|suicid\w*|abuse|being abused)"
    r"\b",
    # A past stabbing near home, as the reason for care now.
    r"\bthere (?:was|were|has been) an? (?:stabbing|shooting|murder|fight|robbery|mugging)s? (?:near|"
    r"round|in|on|at) (?:\w+ ){0,2}(?:last|a few|years?|months?|ages|ago)\b",
    # A denial that says what it is instead; a prescription.
    r"\b(?:nah |no )?i (?:dont|do not) feel (?:hopeless|suicidal)\b(?= (?:just|only|more like|im just|i "
    r"just|its just))",
    r"\b(?:epipen|epi pen|inhaler|insulin)s? (?:prescription|refill|repeat|script)s?\b",
    r"\b(?:wont|will not|doesnt|does not|didnt) let me (?:go|come) (?:to|out to) (?:the |a |my \w+s? )?"
    r"(?:party|parties|prom|festival|concert|sleepover|gig|disco|club|cinema|shops|pub|town)\b",
    r"\b(?:the|that|this|a) (?:horror |scary )?(?:film|movie|show|game|episode|series)\b(?: \w+){0,6} "
    r"(?:blood|gore|gory)\b",
)

RECOVERED: tuple[str, ...] = (
    r"\b(?:but |and )?(?:i )?(?:stopped|quit)(?: (?:doing it|it|that))? (?:after|when|once|since|with) "
    r"(?:\w+ ){0,2}(?:help|support|camhs|therapy|counselling|treatment)\b",
    r"\b(?:been|im|i am|ive been) clean (?:for )?(?:over )?(?:\w+ )?(?:years?|months?|yrs)(?: now)?\b",
    r"\b(?:none|never again|not had one|not had another|never had another)(?: \w+)? since\b",
    r"\b(?:all|its all|everythings|everything is|everything s) (?:good|fine|ok|okay|sorted) now\b",
    r"\b(?:were|was) (?:brilliant|amazing|great|really good|so good|fantastic|really helpful|lovely)"
    r"(?: with (?:her|him|me|them|it))?$",
)

SAFE_NOW: tuple[str, ...] = (
    r"\b(?:hes|shes|theyre|he is|she is|they are|theyve) (?:been (?:gone|in prison|in jail|locked up|"
    r"out of (?:my|our) li(?:fe|ves)) (?:since \w+|for (?:\w+ )?(?:years|months))|(?:in prison|in "
    r"jail|locked up) now)\b",
    r"\b(?:were|we are|im|i am) all (?:fine|ok|okay|safe|good) now\b|\band (?:were|we are) all (?:fine|"
    r"ok|okay|safe|good)\b",
)

"""Warning signs told without a crisis word, and the look-alikes that share a crisis word —
for clinical review (read the guide in ``safeguarding_lexicon`` first: the same rules of
writing apply).

Added on 2026-12-03 (issue 8, round nine's tuning batch), as kinds of message, not phrases:

* **signs**: searching how much of a drug or how long a method takes; going to a high
  place with a word to someone; a last message with thanks; a note that says "it's not your
  fault"; no future by one's own doing; hiding or lying about marks; hurting oneself when
  overwhelmed; gifts given for something back; being made to carry something "or else"; a
  person one owes, or an ex, waiting outside; a driver who goes the wrong way and won't
  answer; signs after a blow to the head; a baby gone floppy; sepsis signs;
* **look-alikes** (each can stop a signpost; docs/clinical-safety.md, H-01): denials said
  with "or anything" or "wasn't"; hyperbole about a trivial task ("kill us with these
  sprints", "end it all by quitting tiktok"); a crisis word in the title of a song, a meme
  or a game's kill count; general questions about services and signs ("is the helpline only
  for people who are suicidal", "how can you tell if someone is being groomed"); a friend who
  used to self-harm; and past events told as over (a good place now, a home of one's own now,
  calm now, never needed it since).

Each crisis tuple is added to its category in ``safeguarding_lexicon.CRISIS``; the other
lists to those of the same name.
"""

from __future__ import annotations

from bot.trust.safeguarding_words import DRUGS, FAMILY

# Said to someone on the way to a crisis: "just wanted someone to know".
_TELLING = (
    r"(?:just )?(?:wanted|want|needed|need) (?:someone|somebody|some1|anyone|you|u|one person) to know"
)
_HIGH_PLACE = (
    r"(?:bridge|multi ?storey|car park roof|roof|rooftop|cliffs?|train tracks|tracks|railway|"
    r"railway line|viaduct|top floor|motorway bridge|quarry)"
)
_MARKS = r"(?:marks|scars|cuts|scratches|burns|bruises|wrists?|arms?|legs?|thighs?|stomach|hips?)"
_OVERWHELMED = (
    r"(?:overwhelmed|angry|stressed|upset|anxious|sad|panicky|low|numb|like this|too much|bad|"
    r"wound up|worked up|frustrated)"
)

# --- Crisis --------------------------------------------------------------------------

SUICIDE: tuple[str, ...] = (
    # Means and intent: looking up how much of a drug, or how long a method takes.
    r"\b(?:look\w* up|looked up|googl\w*|search\w*|research\w*|read\w* up on|check\w*|find\w* out|"
    r"work\w* out) how (?:many|much)(?: (?:of )?(?:my |the |your |her |his )?(?:\w+ )?"
    + DRUGS + r")? (?:it takes|it would take|would (?:do it|kill|be "
    r"enough)|to take|is (?:too many|too much|fatal|lethal|deadly|enough)|is an overdose|to die|to od)\b",
    # A pet or one's things left to someone for good; voices that say to do it.
    r"\b(?:look after|take care of|have|keep|feed|mind) my (?:cat|dog|pet|hamster|rabbit|fish|guinea pig|"
    r"horse|snake|stuff|things|plants)\b(?: \w+){0,3} (?:for good|forever|for ever|when im gone|after im "
    r"gone|after i go|once im gone)\b",
    r"\bvoices? (?:in my head )?(?:say|says|saying|tell|tells|telling|told|keep telling) (?:me )?(?:that )?"
    r"(?:i should|to|i need to|i have to|i deserve to|i must) (?:just )?(?:do it|die|kill myself|end it|"
    r"jump|hurt myself|not be here)\b",
    # A farewell in the past tense: "i want everyone to know i loved them".
    r"\b(?:want|wanted|need|needed|tell|let) (?:everyone|you all|them all|my family|my friends|you|u|mum|"
    r"dad|my \w+|them) (?:to )?(?:know )?(?:that )?i (?:loved|always loved|really loved) (?:them|you|u|"
    r"them all|you all|everyone|her|him)\b",
    r"\bhow long (?:it takes|does it take|would it take|it would take|till you|until you|before you) "
    r"(?:to )?(?:drown|die|bleed out|suffocate|pass out|lose consciousness|stop breathing|hang)\b",
    # No future by one's own doing.
    r"\b(?:dont|do not|not) (?:plan\w* on|intend\w* (?:on|to)|expect\w* to|gonna|going to) (?:see|seeing|"
    r"make it to|making it to|reach|reaching|turn|turning) (?:\d+|eighteen|seventeen|sixteen|twenty|my "
    r"(?:\w+ )?birthday|next (?:year|birthday|summer|christmas)|christmas|the summer|summer)\b",
    r"\bfuture\b(?: \w+){0,6} (?:i )?(?:havent got|have not got|dont have|aint got|have no) (?:one|any)\b"
    r"(?! (?:yet|planned|sorted|decided|figured|in mind))(?:(?: \w+){0,4} (?:made sure|sorted that|"
    r"seen to that))",
)

SELF_HARM: tuple[str, ...] = (
    r"\b(?:dig|digs|digging|dug) my (?:nails|fingernails) (?:in|into)\b",
    # Hurting oneself to cope: a part of the body against something, when overwhelmed.
    r"\b(?:slam|slams|slamming|slammed|bang|bangs|banging|banged|hit|hits|hitting|punch|punches|"
    r"punching|scratch|scratches|scratching|bite|bites|biting|pinch|pinching|burn|burns|burning) my "
    r"(?:own )?(?:arm|arms|head|hand|hands|fist|fists|wrist|wrists|leg|legs|skin|thigh|thighs)\b"
    r"(?: \w+){0,5} (?:when|whenever|if|every time) (?:i (?:get|feel|am)|im|things get|it gets) "
    r"(?:really |so |too )?" + _OVERWHELMED + r"\b",
)

ABUSE: tuple[str, ...] = (
    # Money or gifts for contact or a secret.
    r"\b(?:gives|gave|giving|pays|paid|offers|offered|buys|bought) me (?:\w+ ){0,2}(?:to|for|if i) (?:sit "
    r"on (?:his|her|their) lap|touch (?:him|her|them|it)|kiss (?:him|her|them)|keep (?:it |this )?(?:a )?"
    r"secret|send (?:him |her |them )?(?:pics|pictures|photos|nudes)|not tell)\b",
    # Gifts given for something back (grooming, exploitation).
    r"\b(?:give|gives|gave|giving|buy|buys|bought|buying) (?:us|me) (?:\w+ ){0,6}(?:then )?"
    r"(?:expect|expects|expected|expecting|want|wants|wanted) (?:stuff|something|things|favours?|"
    r"sex|pics|photos) (?:back|in return)\b",
)

DANGER: tuple[str, ...] = (
    # Made to carry something, with a threat.
    r"\b(?:carry|hold|deliver|drop off|move|sell|take|keep|stash) (?:this|these|it|the (?:bag|package|"
    r"parcel|stuff|food|phone|gear|drugs))(?: \w+){0,3} or (?:else|they(?:ll| will)|hell|well|we will|"
    r"youll|youre dead)\b",
    # Driven the wrong way by someone who will not answer or stop.
    r"\b(?:going|driving|drove|went|taking me|takes me) (?:the )?wrong way\b(?: \w+){0,4} (?:wont|will "
    r"not|doesnt|isnt) (?:answer|stop the car|pull over|let me|listen|talk|respond)\b",
)

MEDICAL: tuple[str, ...] = (
    # A baby or a person gone floppy or blue; sepsis signs.
    r"\b(?:baby|babys|babies|shes|hes|theyre|she|he|they|brother|sister|son|daughter)(?: has| is| s| "
    r"has just)? (?:gone|going|went|turned|turning) (?:all )?(?:floppy|limp|blue|grey)\b",
    r"\bmottled\b|\b(?:barely|hardly|not|havent|hasnt|has not|have not)(?: been)? (?:weeing|peeing|"
    r"urinating)\b",
)

# A sign found with a cue anywhere in the same message: (category, cue, phrase).
PAIRED: tuple[tuple[str, str, str], ...] = (
    # Going to a high place, with a word to someone.
    (
        "suicide",
        r"\b" + _TELLING + r"\b|\bfor the last time\b|\b(?:goodbye|bye) (?:everyone|all)\b",
        r"\b(?:going|gonna go|heading|off|walking|driving|getting the bus) (?:up |down |over )?to the "
        + _HIGH_PLACE + r"\b",
    ),
    # A last message, with thanks or no one else caring.
    (
        "suicide",
        r"\b(?:this is|thats|its|this ll be|thisll be) (?:my|the) last (?:survey|message|text|msg|post|"
        r"one|reply)\b",
        r"\b(?:thanks|thank you|thank u|ty) (?:for|4)\b|\b(?:nobody|no one|noone|no1) (?:else )?(?:cares|"
        r"does|will|asks|listens)\b|\b(?:goodbye|bye)\b",
    ),
    # A note: "it's not your fault", with sorry, love or "if you ever see this".
    (
        "suicide",
        r"\b(?:its|it is|it s|this is|this isnt|it isnt) not (?:your|ur|anyones) fault\b|\bnone of (?:this|"
        r"it) (?:is|was) (?:your|ur|anyones) fault\b",
        r"\b(?:i )?love (?:you|u)\b|\bif (?:you|u) (?:ever )?(?:see|read|find) this\b|\b(?:goodbye|"
        r"forgive me)\b",
    ),
    # Made up one's mind, with nothing mattering after a time.
    (
        "suicide",
        r"\b(?:made (?:up )?my mind(?: up)?|my minds made up|mind is made up|decided)\b"
        r"(?!(?: up)? (?:about|on|to|which|what|where|that i|between))",
        r"\b(?:wont|will not|doesnt|dont|wouldnt) matter (?:after|by|soon|any ?more|once)\b",
    ),
    # Sorting one's things and giving them away.
    (
        "suicide",
        r"\b(?:sorted|sorting|sort) (?:out )?(?:all )?my (?:stuff|things|room|belongings)\b(?: out)?|"
        r"\bso (?:its|it is|thats) (?:done|sorted)\b",
        r"\b(?:gave|give|giving|given) (?:away )?(?:all )?my (?:\w+ ){1,4}(?:away|to (?:my |a )?(?:\w+ )?"
        r"(?:" + FAMILY + r"|friend|mate|mates|friends|best mate|bestie))\b",
    ),
    # Means kept: a rope where it is kept.
    (
        "suicide",
        r"\b(?:whats the point|no point|ready|done|tonight|goodbye|bye)\b",
        r"\b(?:rope|ropes|noose)(?: is| s)? (?:in|under|ready|hidden|tied|up)\b",
    ),
    # The whole box or packet of a drug, with now or tonight.
    (
        "suicide",
        r"\b(?:tonight|now|rn|right now|at once|all at once|in one go|and be done|and sleep)\b",
        r"\b(?:take|taking|swallow|swallowing|neck|necking|down|downing) (?:the |a |my )?(?:whole|entire|"
        r"full) (?:box|pack|packet|bottle|strip|tub)s? of\b",
    ),
    # Supplies for wounds, "you can guess why".
    (
        "self_harm",
        r"\b(?:plasters|plaster|bandages|bandage|steri strips|dressings|bandaids|gauze)\b",
        r"\b(?:you|u) (?:can|could|prob|probably|might) guess (?:why|what for)\b|\b(?:you|u) know (?:why|"
        r"what for)\b|\bguess why\b",
    ),
    # Marks seen, and a lie told about them.
    (
        "self_harm",
        r"\b(?:saw|seen|noticed|spotted|asked about|asked me about|looked at) (?:my |the )?" + _MARKS
        + r"\b",
        r"\b(?:i )?(?:lied|lie|lying|pretended|made (?:up )?(?:an )?excuse)\b(?: \w+){0,4} (?:it was|its|"
        r"they were|theyre)\b",
    ),
    # Marks covered so no one sees.
    (
        "self_harm",
        r"\b(?:wear\w*|cover\w*|hid|hide|hiding|put\w*|keep\w*) (?:\w+ ){0,4}(?:over|on|to hide|to cover) "
        r"(?:the |my )?" + _MARKS + r"\b",
        r"\bso (?:no one|nobody|noone|my \w+|they|people|he|she|anyone|mum|dad) (?:doesnt|dont|wont|cant|"
        r"cannot|will not|does not|do not|never) (?:see|notice|ask|find out)\b",
    ),
    # Older people who give things and expect something back.
    (
        "abuse",
        r"\bolder (?:guys|men|lads|boys|man|guy|bloke|blokes|girls|women|people|ones)\b",
        r"\bexpect\w* (?:stuff|something|things|favours?|sex|pics|photos) (?:back|in return)\b|\b(?:you|u) "
        r"know what i mean\b",
    ),
    # Someone one owes, or an ex, waiting outside.
    (
        "danger",
        r"\b(?:owe|owes|owed|owing|debt|my ex|an ex|ex|the lads who|the guys who|the boys who|the people "
        r"who)\b",
        r"\b(?:waiting|wait|sat|sitting|parked|standing|hanging around) (?:for me )?(?:outside|at|by|"
        r"near|round)(?: the| my| our)? (?:school|college|gates?|house|home|work|job|flat|door)\b|"
        r"\b(?:outside|at) (?:the |my |our )?(?:school|college|gates?|house|home|work|flat)\b(?: \w+){0,4} "
        r"waiting for me\b",
    ),
    # Somewhere unknown with one's phone taken.
    (
        "danger",
        r"\b(?:dont|do not|no) (?:know|idea) where i am\b",
        r"\b(?:took|taken|take|smashed|got|have) my phone\b|\bstuck\b|\b(?:wont|will not) let me "
        r"(?:leave|go)\b",
    ),
    # Signs after a blow to the head.
    (
        "medical",
        r"\b(?:to the head|hit my head|banged my head|bashed my head|head injury|knocked out|concuss\w*|"
        r"(?:hit|kicked|kneed|elbowed) in the head)\b",
        r"\b(?:seeing double|double vision|blurr\w* vision|cant remember(?! where i (?:put|left))|"
        r"being sick|throwing up|keep (?:being sick|vomiting)|confused|drowsy|passed out|blacked out)\b",
    ),
)

# --- Can stop a signpost (docs/clinical-safety.md, H-01) ------------------------------

IDIOMS: tuple[str, ...] = (
    # Hyperbole about a trivial task: a workload "killing us", ending it all by quitting an app.
    r"\b(?:trying to|gonna|going to|out to) kill (?:me|us) (?:with|off with) (?:these|this|all (?:these|"
    r"this|the|that|those)|the|that|those|his|her|their) (?:\w+ )?(?:sprints|laps|drills|training|"
    r"homework|revision|exams?|mocks?|tests?|workouts?|circuits|questions|essays|workload|jokes|puns|"
    r"rules|lessons?|burpees|press ups|pushups|runs)\b",
    r"\bend (?:it all|it|my life) (?:\w+ )?by (?:quitting|deleting|uninstalling|unfollowing|cancelling|"
    r"unsubscribing|logging off|leaving (?:the )?(?:group|chat|server)|giving up (?:sugar|chocolate|"
    r"caffeine|coffee|social media|tiktok|snapchat|instagram))\b",
    # Tools and licences: a knife for the garden or fishing, a gun licence for a farm.
    r"\b(?:knife|knives|axe|saw)\b(?: \w+){0,5} (?:for|in the|in his|in her|in our) (?:gardening|the garden|"
    r"shed|garage|fishing|camping|whittling|woodwork|dt|work|the farm)\b",
    r"\b(?:gun|shotgun|rifle|firearms?) (?:licence|license|certificate|cabinet|safe)\b",
    # A hangover; aching muscles; "gonna kill my brother for eating my chips"; a parent who "says
    # she'll kill me if i'm late" said with a laugh.
    r"\b(?:im |proper |well |absolutely |so )?hanging (?:after|from) (?:last night|the party|that party|"
    r"yesterday|the weekend|drinks|prom|the pub|the club)\b",
    r"\bmy (?:hamstrings?|calves|calf|quads?|glutes|abs|muscles|shins?|toes?|fingers?|thumbs?|jaw|"
    r"sinuses|wisdom teeth?|wisdom tooth|biceps|triceps|lower back|upper back)(?: \w+)? (?:is |are |s |"
    r"have been |has been )?(?:literally |actually |so |honestly )?(?:killing|killed|kills) me\b",
    r"\b(?:gonna|going to|will|ill|im gonna|im going to) (?:literally )?kill (?:my (?:little |big )?"
    r"(?:brother|sister|bro|sis|mum|mom|mam|dad|mate|friend|bf|gf|boyfriend|girlfriend|cousin)|him|her) "
    r"for (?:eating|taking|stealing|using|breaking|losing|borrowing|drinking|finishing|wearing|spoiling|"
    r"telling|nicking|hogging|waking)\b",
    r"\b(?:mum|mom|mam|mother|dad|father|parents?|nan|gran|teacher|coach)s?(?: \w+){0,2} (?:said|says|will|"
    r"would|is gonna|is going to) (?:shell |hell |theyll |she will |he will |they will )?(?:literally )?"
    r"(?:kill|murder) me if (?:im|i am|i get|i come|i miss|i fail|i lose|i forget|i break|i dont) "
    r"(?:\w+ ){0,3}(?:late|again|grades|results|phone|keys|homework|room|curfew)\b(?=(?: \w+){0,3} "
    r"(?:lol|haha\w*|lmao)\b)",
    r"\b(?:mum|mom|mam|dad|parents?|boss|manager|teacher|coach|nan|gran)s? (?:would|will|is gonna|is going "
    r"to|d) (?:literally )?(?:kill|murder) me if i (?:was|were|am|m|got|get|came|come) (?:late|home late|"
    r"back late|caught|a detention|detention|bad grades)\b",
    # Bruises from a contact sport.
    r"\b(?:rugby|football|hockey|boxing|training|netball|judo|karate|kickboxing|mma|martial arts|lacrosse|"
    r"gymnastics|skating|skateboarding|bmx)\b(?: \w+){0,6} (?:covered in|full of|always have|loads of|"
    r"lots of|got) bruises\b",
    # Crisis slang talked about, not said: "my mate is always saying kms as a joke", "ctb means
    # something else"; "unalive me this homework"; "... im gonna unalive myself jk" after a test.
    r"\b(?:says?|saying|said) (?:kms|kys|unalive|ctb|kill myself)\b(?= (?:\w+ ){0,2}(?:as a joke|for a "
    r"joke|jokingly|as a meme|all the time|a lot)\b)|\b(?:kms|ctb|kys|sh|unalive) (?:means|stands for)\b",
    r"\b(?:kill|unalive) me (?:now |rn )?(?=(?:this|that|the) (?:\w+ )?(?:homework|lesson|exam|test|"
    r"maths|essay|song|class|survey|queue|wait)\b|lol|haha|lmao)",
    r"\bif i (?:fail|get|dont pass|flunk|have to redo|have to resit) (?:\w+ ){0,4}(?:im |i am |ill |i will )?"
    r"(?:gonna |going to |literally )*(?:kms|kill myself|unalive myself|die|end it)(?= (?:jk|jkjk|just "
    r"kidding|joking|lol|lmao|haha\w*)$)",
    # Game birds and targets; weapons in a game.
    r"\bshooting (?:pheasants?|grouse|rabbits|pigeons|clays|clay pigeons|targets|at targets|deer|ducks)\b",
    r"\b(?:guns?|knives|swords|weapons?|snipers?|rifles?)\b(?: \w+){0,2} (?:in|on) (?:fortnite|minecraft|"
    r"roblox|cod|call of duty|warzone|gta|apex|valorant|pubg|the game|games?|a game)\b",
    # A coach who pushes us hard; a knife for work.
    r"\bpush(?:es|ed|ing)? (?:us|me) (?:really |so )?(?:hard|too hard|to do (?:our|my) best|to work harder|"
    r"to improve|to be better)\b",
    r"\b(?:knife|knives)\b(?: \w+){0,4} (?:for (?:his|her|my|their|the) (?:job|work)|as a (?:chef|cook|"
    r"butcher|fisherman|farmer|carpenter|joiner|electrician|builder|plasterer|roofer|gardener))\b",
    # Dyeing one's hair.
    r"\b(?:dying|dieing|died|dyed|dyeing) (?:my|your|her|his|their) (?:hair|clothes|shoes|jeans|top|"
    r"fringe|eyebrows|roots)\b(?: (?:pink|blue|red|green|purple|black|blonde|brown|silver|ginger|orange|"
    r"back|again))?(?: (?:tonight|today|tomorrow|later|this weekend))?",
    # A sport: fencing.
    r"\bstab\w* (?:each other|eachother|people|someone|him|her) with (?:swords|foils|epees|sabres|"
    r"(?:foam|rubber|plastic|wooden) \w+)\b",
    # A game's kill count.
    r"\bgot (?:every|a|the|my first|loads of|\d+|so many) kills?\b(?= (?:on|in) (?:the |that |this )?"
    r"(?:\w+ )?(?:level|mission|round|map|match|game|lobby|boss))",
    # A title: a crisis word in the name of a song by a band, or of a meme.
    r"\b(?:listening to|listen to|listened to|playing|watching|reading)(?: (?!i\b|me\b|my\b|im\b)\w+){1,3} "
    r"by(?: \w+){1,4}(?= on repeat\b| (?:such|so|its|is) (?:a )?(?:good|great|banger|tune|class|"
    r"underrated)\b|$)",
    r"\b(?:the|that|this)(?: (?!i\b|me\b|my\b)\w+){1,4} (?:meme|tiktok sound|audio|gif)\b(?= (?:is so "
    r"me|is me|lol|lmao|haha\w*|is so funny|is funny|always|during|every time)\b)",
    r"\b(?:song|lyrics?|track|album|tune)s?(?: \w+){1,5} by (?!the end|tonight|tomorrow|my ?self|"
    r"morning|the time|then|now|\w+day)(?:a |an |some |the )?(?:\w+ ){0,2}(?:band|singer|rapper|pop star|"
    r"artist|group|\w+)$",
    # Hyperbole: "if i have to do one more maths mock im gonna kms", "... if they play that song
    # one more time" (a task or a song, never a person).
    r"\bif i have to (?:do|sit|take|write|hear|listen to|watch|answer|revise for) one more (?:\w+ )?"
    r"(?:mock|exam|test|lesson|essay|homework|quiz|survey|question|assembly|meeting|advert|episode)s? "
    r"(?:im |i am |ill |i will )?(?:gonna |going to |literally )*(?:kms|kill myself|die|jump off a "
    r"bridge|scream)\b",
    r"\b(?:im |i am |ill |i will )?(?:gonna |going to |literally )*(?:kms|kill myself|die|jump off a "
    r"bridge) if (?:they|he|she|you|u|my \w+|anyone|someone|the radio) (?:play|plays|sing|sings|say|says) "
    r"(?:that|this|the) (?:song|tune|advert|ad|joke|word) (?:\w+ )?one more time\b",
)

NOT_A_CRISIS: tuple[str, ...] = (
    # Denials "or anything": "not cutting or anything", "wasnt abused or anything".
    r"\b(?:not|never|wasnt|werent|aint|isnt|im not|i am not|i wasnt|dont|didnt)(?: \w+){0,2} (?:cutting|"
    r"cut|sh|self ?harm\w*|harming|abused|hurt|hit|suicidal|in danger|overdos\w*|od|taking anything)"
    r" or (?:anything|owt|nothing|whatever)(?: (?:like that|bad))?\b(?! (?:but|yet|though|tho))",
    r"\b(?:wasnt|werent|was not|were not|aint|i am not|am not|never been) (?:ever |really |actually )?"
    r"(?:abused|hurt|hit|groomed|touched|in danger)\b(?! (?:but|yet|though|tho|until|till|by|until))",
    r"\b(?:never|not|havent|have not|didnt|did not) (?:ever )?(?:taken|took|take|had|done|tried) (?:an? )?"
    r"(?:overdose|od)\b(?! (?:but|yet|though|tho|until|till))",
    r"\b(?:no one|nobody|noone|no1)(?: is| s)? (?:making|forcing|pressuring|pushing) me (?:to )?(?:do )?"
    r"(?:anything|stuff|things)\b(?: i (?:dont|do not) want to)?(?! (?:but|except|apart))",
    # General questions about services and signs, never "like me" or "because i".
    r"\b(?:only |just )?for (?:people|young people|someone|anyone|those|kids|teens|students) (?:who|that) "
    r"(?:are|feel|have been|are feeling) (?:suicidal|self ?harming|abused|in danger|in crisis)\b"
    r"(?! (?:like me|because|cos|cause|coz|bc|and i|as i|im|i am))",
    r"\bhow (?:can|do|would|could|should|will) (?:you|i|people|one|we|parents|teachers) (?:tell|know|spot|"
    r"recognise|recognize|notice) (?:if|when|whether) (?:someone|someones|somebody|a (?:friend|child|kid|"
    r"person|young person)|people|kids|children|your friend|a mate)(?: is| are| s| was)? (?:being |been |"
    r"getting )?(?:groomed|abused|exploited|self ?harm\w*|suicidal|trafficked|radicali[sz]ed)\b",
    r"\bhow (?:do|does|should|can|would) (?:you|i|someone|people|one) (?:use|give|inject|carry) (?:an? |"
    r"my |the )?(?:epipen|epi pen|inhaler|defib\w*)(?: \w+)? (?:properly|correctly|right|safely)\b",
    # Feeling faint at a blood test or a jab; overdosing on a vitamin.
    r"\b(?:blood tests?|giving blood|gave blood|took (?:\w+ ){0,2}blood|injections?|jabs?|needles?|"
    r"check ?ups?)\b(?: \w+){0,6} (?:felt|feel|feeling|went|got) (?:a bit |a little |slightly |kinda |"
    r"quite )?(?:faint|dizzy|light ?headed|woozy)\b",
    r"\b(?:overdose|od) on (?:vitamin(?: [a-z0-9]+)?|vitamins|multivitamins|melatonin|iron tablets|water|"
    r"protein|vitamin d|fish oil)\b",
    # A general question about a friend ("if a friend self harms should i tell a teacher").
    r"\bif (?:a|your|someones|someone s) (?:friend|mate|classmate|student|child|kid|pupil) (?:is |was )?"
    r"(?:self ?harm\w*|sh|suicidal|being abused|being bullied|being groomed)\b(?= (?:\w+ ){0,2}(?:should|"
    r"what|how|do|who|can|where)\b)",
    r"\b(?:what (?:do|should|would|can) i (?:do|say)|how (?:do|should|can) i (?:help|support|respond)) "
    r"(?:if|when) (?:a |my )?(?:friend|mate|sister|brother|classmate) (?:says|tells me|said|told me) "
    r"(?:that )?(?:shes|hes|theyre|she is|he is|they are|she feels|he feels|they feel) (?:suicidal|"
    r"self ?harming)\b(?!(?: \w+)* (?:its me|it s me|thats me|about me|for myself|myself|like me)\b)",
    r"\bchecks? (?:that )?(?:im|i am|i got|i get|ive got) (?:home )?(?:safe|ok|okay|home safe|home)\b",
    # A friend who used to self-harm, told as past.
    r"\b(?:friend|mate|sister|brother|cousin|girlfriend|boyfriend|bestie) (?:told me|said|says|mentioned) "
    r"(?:that )?(?:she|he|they) used to (?:self ?harm\w*|sh|cut\w*)\b",
)

RECOVERED: tuple[str, ...] = (
    r"\b(?:had|got|did|went to) (?:\w+ ){0,3}(?:of )?(?:camhs|cbt|counselling|therapy|treatment)\b",
    r"\b(?:im|i am|i m|shes|hes|were|theyre) (?:now )?(?:in )?(?:a )?(?:really |much |so much |way |far )?"
    r"(?:good|great|better|happier|healthier|safer) place(?: now)?\b",
    r"\b(?:and|but) (?:\w+ )?(?:fine|ok|okay|better|safe|good|well) now\b",
    r"\b(?:and|but) (?:doing )?(?:fine|ok|okay|better|good|well|great)(?: now| since| ever since)\b",
    r"\b(?:been |im |i am )?on (?:my |the )?(?:meds|medication|tablets) (?:and|since and) (?:\w+ )?(?:fine|"
    r"ok|okay|good|well|stable|better)(?: since| ever since| now)?\b",
    r"\b(?:took|taken|had) (?:an |a )?(?:overdose|od)\b(?= (?:when i was|years ago|back in|in year|at \d+|"
    r"aged))",
    r"\b(?:im|i am) (?:\d+|sixteen|seventeen|eighteen|nineteen|twenty) now\b",
    r"\b(?:years|ages|a few years|a couple of years|a while|a year|two years|\d+ years|a few months) back\b",
    r"\b(?:shes|hes|theyre|she is|he is|they are|she was|he was|they were|everyone was|everyone is) "
    r"(?:totally |completely |all |absolutely )?(?:ok|okay|fine|alright|all right)$",
    r"\b(?:have|got|left with) (?:some |the |old )?scars(?: now)?\b",
    r"\bnever (?:\w+ ){0,2}(?:needed|used|had) (?:it|one|to) since\b",
    r"\b(?:havent|have not|hasnt|has not) (?:(?:done (?:it|that|anything)|cut|self ?harmed|harmed|"
    r"relapsed|had (?:one|any|an episode))(?: \w+)? )?(?:for|in) (?:over )?(?:a |two|three|four|five|"
    r"six|\d+|a few|many|several) (?:years?|yrs)\b",
    r"\b(?:carry|have|got|keep) (?:an? |my )?(?:epipen|epi pen|inhaler)s? (?:now|with me|everywhere|all "
    r"the time)\b",
)

SAFE_NOW: tuple[str, ...] = (
    r"\b(?:ive|i have|weve|we have|i|we) (?:got|found|have|moved into) (?:my|our|a) (?:own (?:flat|"
    r"place|home|house|room)(?: now)?|(?:flat|place|home|house) now)\b",
    r"\b(?:its|it is|everything is|things are|all) (?:all )?(?:calm|quiet|settled|sorted) now\b",
    r"\bnothing (?:bad )?(?:has )?happened since\b",
    r"\b(?:it was|it got|that was|that got|its been|it has been) (?:all )?(?:sorted|dealt with|handled|"
    r"resolved)(?: out)?(?: by (?:the |my )?\w+)?\b",
)

"""Crisis named by its parts, not by its phrases — for clinical review (read the guide in
``safeguarding_lexicon`` first: the same rules of writing apply).

Added on 2026-12-02 (issue 8, round ten) after the blind held-out set v3 showed that
the phrase lists miss whole *kinds* of message (danger said in everyday words above
all). Instead of more phrases, each rule here names a concept and joins its parts:

* a **threat**: someone says they will harm me, my family or my friend ("he said he'll
  end me", "getting threats off some lads saying they'll batter me");
* **presence now**: a stranger or a group who is near me, waits for me, circles me, or
  is at my home ("lads in balaclavas outside our house", "a car keeps slowing down next
  to me");
* a **weapon in the hands of someone agitated** ("he's drunk and got the kitchen knife
  out", "kicking off and he's got a hammer"), or a weapon brought for me;
* a **fight happening now** (outside, downstairs, in my street, with a weapon or blood);
* **held or shut in** ("got me locked in", "won't take me home", "locked me out all night");
* **nowhere safe to sleep** (a car, a stairwell, the night bus), and **a friend in danger**;
* for suicide, **means + intent** (stockpiling, looking up how many it takes),
  **farewell forms** (the last time you'll hear from me, what to tell people if
  anything happens, counting down till I'm gone) and **no future** ("can't see myself
  alive by 18");
* for self-harm, **slang** (sh, beans, barcode, cat scratches), **means kept ready**,
  **hiding the marks**, and harm "till it bleeds" or "on purpose".

PAIRED lists a concept that counts only with a cue found anywhere in the same message,
before or after it (a person at the door, with "home alone" or "scared"; any weapon,
with a person; an ending, with "tonight" or "made up my mind").

Each crisis tuple is added to its category in ``safeguarding_lexicon.CRISIS``; IDIOMS,
NOT_A_CRISIS and RECOVERED to the lists of the same name (each of those **can stop a
signpost**; docs/clinical-safety.md, H-01, explains every one in plain English).
"""

from __future__ import annotations

from bot.trust.safeguarding_hints import BODY
from bot.trust.safeguarding_words import DRUGS, FAMILY, MYSELF

# --- Parts ---------------------------------------------------------------------

# Someone who is not family: the people a young person means by "a guy", "some lads".
STRANGER = (
    r"(?:someone|somebody|some1|some \w+|a (?:man|guy|bloke|lad|woman|stranger|group|gang|car|van)|"
    r"two \w+|three \w+|men|lads|boys|guys|people|a gang|gang|gangs|stranger|strangers|bloke|man|guy|"
    r"older \w+|group of \w+)"
)
# He, she or they, as the subject of a threat, and the short "will" forms.
THEY = r"(?:he|she|they|hes|shes|theyre|him|her|them|someone|somebody|people|lads|boys|a gang|gang)"
WILL = (
    r"(?:hell|shell|theyll|hed|shed|theyd|he will|she will|they will|he would|she would|they would|"
    r"hes gonna|shes gonna|theyre gonna|hes going to|shes going to|theyre going to|gonna|going to|"
    r"will|would)"
)
# What a threat says will be done: young people's words for hurting someone.
HARM = (
    r"(?:kill|hurt|batter|beat|stab|shank|chib|cut|end|merk|murk|jump|smash|slash|shoot|strangle|"
    r"burn|get|sort|do|deck|knock|break)"
)
# Who is harmed: me, us, or someone close.
VICTIM = (
    r"(?:me|us|my (?:family|" + FAMILY + r"|friend|mate|best mate|bestie|boyfriend|girlfriend|bf|gf|"
    r"little \w+|baby \w+)|her|him|them)"
)
# Not a threat when these follow ("cut me a fringe", "get me a drink", "do me a favour").
_NOT_HARM = (
    r"(?! (?:a |an |some |off|in\b|out|slack|short|loose|down|up (?:a|some|the)|back|home|from|to (?:school|"
    r"the|my|work)|lol|haha|favour|favor|lift|drink|present|gift|at (?:fifa|football|fortnite|cod|pool|darts|"
    r"tennis|chess|badminton|rugby|netball|basketball|cards|uno|monopoly|mario ?kart|the game|"
    r"\w+ game)\b|\w+ (?:present|gift|drink|lift)))"
)
# Fear, and "now": what makes a presence a danger rather than a description.
FEAR = r"(?:scared|terrified|frightened|petrified|bricking it|shaking|help|please|pls|hiding|hide)"
NOW = r"(?:right now|rn|now|tonight|atm|every (?:day|night)|again|still|for ages|wont (?:go|leave|stop))"
# Weapons, and things used as one when someone is angry.
WEAPON = r"(?:knife|knives|blade|blades|gun|guns|machete|machetes|shank|shanks|weapon|weapons|axe|crowbar)"
TOOL = r"(?:bat|baseball bat|hammer|bottle|broken bottle|iron bar|bar|stick|plank|poker|screwdriver)"
AGITATED = (
    r"(?:kicking off|kicked off|going mad|gone mad|went mad|raging|lost it|losing it|drunk|off his face|"
    r"off her face|high|smashing|screaming|shouting|punching|threatening|angry|fighting)"
)
# Home, and other places a person can be where they should be safe.
HOME = r"(?:house|home|flat|door|front door|back door|window|windows|garden|back garden|yard|drive|room)"
# A friend or someone close, for danger told about someone else.
CLOSE = (
    r"(?:my (?:friend|mate|best mate|bestie|best friend|sister|brother|cousin|girlfriend|boyfriend|gf|bf|"
    r"little sister|little brother|mum|mom|mam)|my friends|my mates)"
)

# Anywhere in the message, something that makes a person nearby a danger: fear, being
# alone, now, a threat, a weapon, someone out of control.
DANGER_CUE = (
    r"(?:scared|terrified|frightened|petrified|bricking it|shaking|help|please|pls|home alone|on my own|"
    r"by myself|alone|not home|nobody (?:is |s )?home|no ones home|no one (?:is |s )?home|hiding|hide|rn|"
    r"right now|tonight|still|keeps|keep|kept|again|twice|every (?:day|night)|wont go away|wont leave|"
    r"wont stop|threat\w*|knife|knives|blades?|guns?|bats|machetes?|weapons?|drunk|angry|raging|kicking "
    r"off|police|999|strange|stranger|strangers|all day|all night|still out there|watching|looking for me)"
)
# Where a person is that, with a cue, is a danger: at my door, outside, in the house.
NEAR_ME = (
    r"(?:(?:at|outside|in|round|near|by|through) (?:the |my |our |her |his |their )?(?:front |back |"
    r"bedroom )?(?:door|"
    r"window|windows|house|home|flat|room|bedroom|garden)|outside(?:$| (?:again|rn|right now|now|tonight|"
    r"still|waiting|shouting|banging|screaming|with|all day|all night))|knocking|banging|ringing the "
    r"(?:door ?bell|bell)|shouting my name|watching (?:our|my|the) (?:house|flat|home|window)|(?:smashed|"
    r"smashing|broke|breaking|kicked|kicking) (?:in )?(?:our|my|the) (?:window|windows|door|front door|"
    r"back door)|(?:trying|tried) "
    r"(?:the |my |our )?(?:door|handle|window)|filming me|watching me|staring at me|taking (?:pics|"
    r"pictures|photos|videos) of me|(?:turning|turned|turns) up\b(?! (?:late|early|on time|the))|"
    r"hanging (?:around|about)|(?:sending|sent|send) "
    r"me (?:pics|pictures|photos|videos|vids) of (?:knives|guns|weapons|my house|our house|blades))"
)
# Near me in a way that is a danger on its own, after a person.
AFTER_ME = (
    r"(?:following|followed|follow|chasing|chased|surrounding|surrounded|cornered|circling|drove after|"
    r"came after|running after|ran after) (?:me|us|her|him|my (?:friend|mate|best mate|bestie|sister|"
    r"brother|little \w+|mum|mom|mam|girlfriend|boyfriend|gf|bf|cousin))\b(?! (?:on|back) (?:insta|"
    r"instagram|tiktok|twitter|snap|snapchat|x|youtube|twitch)\b)"
)
# A fight, and what makes it happening now.
FIGHT = (
    r"(?<!water )(?<!food )(?<!pillow )(?<!snowball )(?<!nerf )(?<!play )fight(?:ing|s)?"
    r"(?! off| night| club| scenes?)"
)
FIGHT_NOW = (
    r"(?:rn|right now|happening|violent|weapons?|knives|knife|blades?|bats?|machetes?|bleeding|blood|"
    r"police|999|middle of|thrown|throwing|bottles)"
)

# Weapons named in any words, and who has one (any person, family too).
ANY_WEAPON = (
    r"(?:(?<!butter )(?<!bread )(?<!pen )(?<!cake )(?<!plastic )(?<!toy )knife(?! (?:and fork|crime|skills|bl"
    r"ock|"
    r"drawer|safety))|knives(?! (?:and forks|crime))|blade(?!s? (?:of grass|on my razor))|blades|(?<!nerf )(?"
    r"<!water )(?<!glue )(?<!toy )(?<!bb )(?<!clay )(?<!shot)guns?|"
    r"taser|tasers|machete|machetes|zombie knife|shank|firearm|pistol|rifle|crossbow|acid|pointing a "
    r"gun|(?<!clay )shooting(?! (?:a |the |some )?(?:film|video|vid|scene|hoops|baskets|stars|photos|pics|pra"
    r"ctice|"
    r"range|game|goal|goals|breeze|my shot))|shot at|shots fired)"
)
ANY_PERSON = (
    r"(?:he|she|they|hes|shes|theyre|someone|somebody|people|a man|man|men|a guy|guy|lad|lads|boys|"
    r"gang|bloke|stranger|" + FAMILY + r"|boyfriend|bf|ex|mates?|friends?)"
)

# --- Danger ----------------------------------------------------------------------

DANGER: tuple[str, ...] = (
    # A threat: someone says they will harm me or someone close.
    r"\b(?:said|says|saying|told me|telling me|keeps saying|messaged|texted|threatened|swore)(?: that)? "
    + WILL + r" (?:\w+ )?" + HARM + r"(?:ed|ing|s)? " + VICTIM + r"\b" + _NOT_HARM,
    r"\b(?:hell|shell|theyll|hed|shed|theyd) (?:\w+ )?" + HARM + r" (?:me|us)\b" + _NOT_HARM,
    r"\b(?:threat|threats|threatening|threatened)\b(?: \w+){0,3} (?:off|from) (?:some|a|the|these|"
    r"this|them|those|\w+s)\b|\bthreat\w* (?:my|our) (?:family|" + FAMILY + r"|friend|mate)\b",
    r"\b(?:ill|i will|im gonna|im going to|youll|you will|were gonna|we will) (?:get|be) (?:merked|murked|"
    r"battered|killed|stabbed|shanked|jumped|hurt|beaten up|done in|bottled|smashed)\b"
    r"(?! (?:lol|haha\w*|lmao|by my (?:mum|mom|mam|dad|teacher|coach|nan|gran)))",
    r"\b(?:watch|mind) (?:my|your|ur) back\b|\b(?:said|says|saying|told me|telling me) (?:im|i am|"
    r"youre|ur|you are) next\b",
    r"\bask(?:ing|ed|s)? (?:\w+ ){0,5}where (?:i|we) (?:live|stay|go to school)\b",
    r"\b(?:getting|got|get|been|being|im|keep|keeps|kept|sending|sent|send|receiving|received|had|"
    r"having) (?:\w+ )?(?:threatened|threats?|threatening (?:messages?|texts?|dms?|me|us))\b|"
    r"\bthreaten(?:ed|ing|s)? to (?:get|send|have|bring) (?:\w+ ){1,3}(?:to )?" + HARM + r"\b|"
    r"\bdeath threats?\b",
    r"\b(?:said|says|saying|told me|telling me|keeps saying|swore)(?: that)? " + WILL + r" (?:\w+ )?find "
    r"(?:me|us)(?: (?:wherever|anywhere|and|if)\b|$)",
    r"\b(?:im|i am|youre|ur|you are|your) dead (?:if|when|once) (?:i|you|u) (?:show|come|go|step|turn "
    r"up|set foot)\b",
    # Harm to me or someone close, happening or about to.
    r"\b(?:he|she|they|hes|shes|theyre|my (?:" + FAMILY + r"|\w+s (?:boyfriend|girlfriend|dad|mum|bf|"
    r"gf))|\w+s (?:boyfriend|girlfriend|bf|gf|dad|stepdad|step dad))(?: is| s| are| re)? (?:going to |gonna |"
    r"trying to |about to )?(?:kill|killing|hurt|hurting|hit|hitting|beat|beating|strangl\w*|chok\w*|"
    r"punch\w*|kick\w*|stab\w*|batter\w*) " + VICTIM + r"\b(?: \w+){0,3} (?:right now|rn|now|tonight|"
    r"again|and i cant)\b|\b(?:my (?:" + FAMILY + r")|\w+s (?:boyfriend|bf|dad|stepdad|step dad)|he|"
    r"she)(?: is| s)? (?:going to|gonna|about to|trying to) (?:kill|hurt|stab|strangle) (?:my|her|him)"
    r"\b",
    # Presence now: a stranger near me, waiting for me, at my home.
    r"\b" + STRANGER + r"(?: \w+){0,3} (?:behind|next to|beside|circling|round|around|following) "
    r"(?:me|us)\b(?: \w+){0,5} " + NOW + r"\b|\b" + STRANGER + r"(?: \w+){0,3} (?:circling|cornered|"
    r"surrounded|surrounding) (?:me|us)\b",
    r"\b(?:keeps?|kept) (?:slowing down|pulling up|driving (?:past|by|round))\b(?: \w+){0,4}"
    r"(?: " + FEAR + r"\b| me\b)",
    r"\b(?:theyre|hes|shes|they are|he is|she is|theyve been|hes been|shes been|" + STRANGER
    + r"(?: s| is| are| been| has been| have been)?) (?:\w+ )?waiting (?:for me|for us|outside (?:my|our|"
    r"the) " + HOME + r")\b",
    r"\b" + STRANGER + r"(?: \w+){0,4} (?:in|at|outside|round|near) (?:my|our|the) (?:back |front )?"
    + HOME + r"\b(?: \w+)"
    r"{0,5} (?:looking|staring|watching|shouting|banging|screaming|kicking|" + FEAR
    + r"|with|in (?:balaclavas|masks|hoods))\b|\bin "
    r"(?:balaclavas|masks)\b(?: \w+){0,3} (?:outside|at|near) (?:my|our|the) " + HOME + r"\b",
    r"\b(?:hear|heard|hearing) (?:someone|somebody|people|a man|footsteps|noises|something)\b(?: \w+)"
    r"{0,8} (?:home alone|on my own|by myself|everyones out|nobody|no ones|scared|terrified)\b",
    r"\b(?:someone|somebody|a man|a guy|he|they) (?:\w+ )?(?:trying|tried|trys|tries) (?:the|our|my) "
    r"(?:back |front )?(?:door|window|handle|lock)\b",
    r"\b" + STRANGER + r"(?: \w+){0,2} grabbed (?:me|my (?:arm|wrist|hand|hair|neck|throat|bag|waist))\b",
    r"\b(?:pic|picture|photo|video)s? of (?:my|our) (?:house|home|front door|flat|street|school)\b"
    r"(?: \w+){0,4} (?:see (?:u|you) soon|coming|said|watch|know where)\b",
    # A weapon in the hands of someone agitated, or brought for me.
    r"\b" + AGITATED + r"\b(?: \w+){0,8} (?:got|has|have|holding|grabbed|picked up|waving|with) (?:a |an "
    r"|the |his |her |their |my )?(?:\w+ )?(?:" + WEAPON + r"|" + TOOL + r")\b",
    r"\b(?:got|has|holding|grabbed|picked up|waving) (?:a |an |the |his |her |their )?(?:\w+ )?"
    r"(?:" + WEAPON + r"|" + TOOL + r")\b(?: out)?(?: \w+){0,6} " + AGITATED + r"\b",
    r"\bgot (?:the |a |his |her )?(?:\w+ )?" + WEAPON + r" out\b",
    r"\b(?:bring|bringing|brought|carrying|carry) (?:a |an |his |their |the )?(?:\w+ )?" + WEAPON
    + r"\b(?: \w+){0,4} (?:for me|for us|to (?:use on|get|do|stab|hurt) me)\b",
    r"\b" + STRANGER + r"(?: \w+){0,3} (?:with|got|has|have) (?:a |an )?(?:" + WEAPON + r"|" + TOOL
    + r")s?\b(?: \w+){0,4} (?:" + FEAR + r"|chasing|outside|coming|after)\b",
    # A fight happening now, or one someone fears will kill.
    r"(?<!water )(?<!food )(?<!pillow )(?<!snowball )(?<!nerf )(?<!play )\bfight(?:ing)?\b(?! off)(?: \w+)"
    r"{0,5} (?:outside|downstairs|upstairs|in (?:my|our|the) (?:street|road|house|flat|kitchen|garden|"
    r"hall)|next door|kicking off|going on)\b(?: \w+){0,8} (?:right now|rn|now|" + WEAPON + r"|" + TOOL
    + r"|bleeding|blood|scared|terrified|killed|hurt|police)\b",
    r"(?<!water )(?<!food )(?<!pillow )(?<!snowball )(?<!nerf )\bfight(?:ing)?\b(?! off)(?: \w+){0,6} "
    r"(?:got|has|with|pulled) (?:a |an )?(?:" + WEAPON + r"|" + TOOL + r")\b",
    r"\b(?:fight|fighting)\b(?: \w+){0,8} (?:scared|worried|terrified) (?:\w+ ){0,2}(?:someone|somebody|"
    r"one of them|he|she|they|my \w+) (?:will|is gonna|is going to|gonna|might) (?:get )?(?:killed|"
    r"hurt|stabbed|die)\b",
    r"\b(?:held|holding|put|pointed|pointing|pressed|had|holds) (?:a |an |the |his |her |their )?(?:\w+ )?"
    + WEAPON + r" (?:to|at|against|on) (?:my|me|her|his|our|us|him)\b",
    r"(?<!water )(?<!food )(?<!pillow )(?<!snowball )(?<!nerf )\bfight(?:ing|s)?\b(?! off| night| club)"
    r"(?: \w+){0,8} (?:happening|violent|get(?:ting)? hurt|get killed|weapons?|police|999)\b|\b(?:getting|"
    r"got|gets|turned|turning) (?:really |so |very |proper )?violent\b",
    r"\b(?:people|they|theyre|some \w+|men|lads|a gang|gang|someone|somebody)(?: is| are| re| s)? "
    r"(?:after me|out to get me)\b",
    # Held, or shut in or out.
    r"\b(?:got|has|have|keeps?|kept) (?:me|us|her|him|them|my \w+) locked (?:in|up)\b|\blocked in with\b|\blo"
    r"cked (?:me|us|"
    r"(?!my ?self)\w+) in (?:the|my|a|his|her|their) (?:room|shed|cupboard|bathroom|cellar|basement|"
    r"garage|car|van|"
    r"flat|house|loft)\b",
    r"\blocked (?:me|us) out\b(?! of (?:\w+ )?(?:group|chat|account|game|room|phone|laptop|car|server|"
    r"xbox|playstation|ps\d))",
    r"\b(?:car|van|flat|house|place)\b(?: \w+){0,6} (?:wont|will not|doesnt|refuses to|isnt letting) "
    r"(?:take|drive|drop|let) (?:me|us) (?:home|back|out|go|leave)\b",
    # Nowhere safe to sleep.
    r"\b(?:need|needs|nowhere|no where|anywhere|somewhere) (?:safe )?to (?:stay|sleep|go) tonight\b|"
    r"\bneed (?:somewhere|a place|anywhere) (?:safe )?to (?:stay|sleep)\b",
    r"\bsleep(?:ing)? (?:in|on) (?:(?:a|the|my) )?(?:\w+s )?(?:car|stairwell|stairs|tent|garage|shed|bench|"
    r"night bus|bus shelter|park|street|doorway)\b(?: \w+){0,4} (?:for (?:a|two|three|\d+|a few) "
    r"(?:week|weeks|days|nights|months)|tonight|every night|cos|because|since)\b|"
    r"\b(?:been|im|i am|ive been) sleeping (?:in|on) (?:(?:a|the|my) )?(?:\w+s )?"
    r"(?:car|stairwell|tent|garage|"
    r"shed|bench|night bus|bus shelter|park|street|doorway)\b|\b(?:riding|on) the night bus\b(?: \w+)"
    r"{0,3} (?:nowhere|cant go home|all night)\b",
    r"\b(?:dont|do not|never|not) feel safe (?:going |to go |walking |to walk )(?:back )?(?:home|out|outside|"
    r"to school|in)\b|\b(?:dont|do not|never|not) feel safe (?:anywhere|any where)\b",
    r"\bsleep(?:ing)? (?:outside|out|rough|on the streets)\b(?: \w+){0,2} (?:tonight|cos|because|nowhere)"
    r"\b(?!(?: \w+){0,6} (?:tent|camping|dofe|duke of edinburgh|sleepover|garden party))",
    r"\blocked from (?:the )?outside\b|\b(?:being|been|im|was|are|were) forced to (?:stay|go|get in|come)"
    r"\b|\b" + STRANGER + r"(?: \w+){0,3} (?:making|forcing|made|forced) (?:me|us|her|him) (?:to )?(?:go|"
    r"come|stay|get in)\b",
    r"\b(?:" + STRANGER + r"|car|van)\b(?: \w+){0,6} (?:asking|asked|asks|trying to get|tried to get|"
    r"wants|keeps asking|kept asking) (?:me|us|her|him) to get in\b",
    # A friend or someone close in danger.
    r"\b(?:scared|worried|frightened|terrified) (?:for|about) " + CLOSE + r"\b(?: \w+){0,8} (?:hits?|"
    r"hurts?|hurting|beats?|threat\w*|tonight|right now|rn|danger|knife|missing|cant reach|not answering|"
    r"drunk|angry|raging|kicking off|"
    r"really bad)\b",
    r"\b(?:meet|met|meeting) (?:some|a|this|an) (?:\w+ )?(?:guy|man|bloke|lad|person|boy)(?: \w+){0,3} "
    r"(?:from|off|on) (?:snap|snapchat|insta|instagram|tiktok|online|discord|an app|the internet)\b"
    r"(?: \w+){0,8} (?:cant reach|reach her|reach him|not answering|no one|nobody|missing|not come home|"
    r"hasnt come|gone)\b",
    r"\b" + CLOSE + r"(?: \w+){0,5} with (?:an? |some |this |these |loads of |lots of |a load of |a "
    r"bunch of |two |three )?(?:older|old|grown|random) (?:guy|guys|"
    r"man|men|bloke|lad|lads|boy|boys)\b(?: \w+){0,6} (?:scared|frightened|terrified|help|wont let|drunk|"
    r"drugs|cant|not replying|not answering)\b",
    r"\b" + CLOSE + r"(?: \w+){0,3} (?:is |s |has |gone |went )?missing\b(?! (?:school|lessons?|class|the "
    r"bus|out|a \w+|her \w+|his \w+))",
    r"\b(?:a |some )?(?:guy|man|bloke|stranger|someone|he)(?: is| s)? (?:following|followed) (?:her|him|"
    r"them|" + CLOSE + r")\b",
    # A person near me or my home, with a cue anywhere in the message: PAIRED below.
    r"\b(?:" + STRANGER + r"|he|she|they|hes|shes|theyre|my ex|\w+s (?:mates|friends|boys))\b(?: \w+)"
    r"{0,10} " + AFTER_ME + r"|\b(?:been|being|got|was|keep getting) followed(?: \w+){0,2} home\b",
    # Threats said in any words (not a parent's or teacher's sanction).
    r"\bthreaten(?:ed|ing|s)? to (?!(?:take|tell|ground|confiscate|report|ban|block|cancel|sell|stop|call|"
    r"unplug|switch|turn|put|make|leave|quit|move|kick (?:me|us) off|delete|throw (?:it|them|my \w+) "
    r"away|send (?:me|us) (?:out|home|to (?:my|the) room)|give|keep|fail|exclude|email|text|ring|"
    r"phone|write|cut (?:my|our) (?:pocket|allowance|wifi|internet))\b)\w+",
    r"\b(?:smash|kick|punch|cave|bash|knock) (?:my|your|ur|his|her) (?:face|head|teeth) in\b",
    r"\b(?:throwing|threw|throw|chucking|chucked) (?:\w+ )?(?:stones?|bricks?|rocks?|eggs|bottles?|"
    r"fireworks?|things|stuff|petrol|paint|something) (?:at|through) (?:our|my|the) (?:window|"
    r"windows|door|house|car)\b",
    # A fight happening now.
    r"\b" + FIGHT + r"\b(?: \w+){0,6} " + FIGHT_NOW + r"\b|\b" + FIGHT_NOW + r"\b(?: \w+){0,3} (?:a |"
    r"the )?" + FIGHT + r"\b",
    # Someone out of control, and fear.
    r"\b(?:drunk|smashing|kicking off|raging|going mad|lost it|losing it|throwing things|punching)\b"
    r"(?: \w+){0,8} (?:im|i am|were|we are|and im|so|and i m|and were) (?:so |really |proper )?"
    r"(?:scared|terrified|frightened|petrified)\b|\bsmashing (?:up )?(?:the|our|my) (?:kitchen|house|"
    r"flat|room|stuff|things)\b",
    # Taken, held, or made to stay.
    r"\b(?:dont|do not|no) (?:know|idea) where (?:were|we are|hes|he is|they are|theyre) (?:taking "
    r"(?:me|us)|driving)\b|\b(?:dont|do not|no) (?:know|idea) where (?:im|i am|were|we are) being taken\b|"
    r"\bin (?:a |his |their |someones |some \w+s )(?:car|van)\b(?: \w+){0,6} (?:dont|do not|no) (?:know|"
    r"idea) where\b",
    r"\b(?:cant|not allowed to|wont let me|will not let me) (?:leave|go) (?:until|till|unless) i (?:pay|"
    r"give|do|sleep|send|work)\b",
    r"\b(?:dragged|pulled|bundled|forced|pushed|thrown|grabbed) (?:\w+ ){0,2}into (?:a|the|his|their|"
    r"some|an) (?:\w+ )?(?:car|van|house|flat|alley)\b",
    r"\b(?:need|have|got|want|wanna|trying) to get away from (?:him|her|them|my (?:" + FAMILY + r"|ex|"
    r"boyfriend|bf|girlfriend|gf|partner))\b",
    # Nowhere to sleep; a friend missing, with a stranger.
    r"\b(?:sleep|sleeping|slept) (?:at|in) (?:the )?(?:\w+ )?station\b(?: \w+){0,2} (?:tonight|cos|"
    r"because)\b",
    r"\b" + CLOSE + r"(?: \w+){0,8} with (?:a |some )?(?:stranger|strangers|random (?:guy|man|men)|"
    r"older (?:guy|man|men))\b|\b(?:isnt|hasnt come|not|never came) home\b(?: \w+){0,8} (?:phone (?:is |"
    r"s )?(?:off|dead)|not answering|cant reach)\b",
    r"\bif i (?:dont|do not|stop|wont|refuse|say no|tell|grass|talk)\b(?: \w+){0,4} " + WILL + r" "
    r"(?:\w+ )?" + HARM + r" (?:me|us|my (?:family|" + FAMILY + r"))\b" + _NOT_HARM,
    # Round ten, c: veiled threats, violence at home, fire, a refuge, strangers in the house.
    r"\b(?:said|says|told me|saying|threatened|messaged|texted)\b(?: \w+){0,8} regret (?:it|this)\b|"
    r"\b(?:he|she|they|someone|somebody|he now|she now|they now|hes|shes|theyre) (?:\w+ )?knows? "
    r"(?:where|what|which) (?:school|house|street|estate|address|i|we|my)\b(?!(?: \w+){0,3} "
    r"(?:lol|haha))|\bwatch (?:yourself|your ?self)\b(?! (?:on|in the|lol|haha))",
    r"\bpinn?ed (?:\w+ ){0,2}(?:against|to|down on|on) (?:the |a )?(?:wall|floor|ground|bed|door|sofa)\b|"
    r"\bpinn?ed (?:me|her|him|us|them|my \w+|\w+) down\b|\b(?:things|stuff|glass|plates|furniture) "
    r"(?:breaking|smashing|getting smashed|being thrown|flying)\b",
    r"\blocked in (?:my|the|a|his|her|their) (?:room|bedroom|bathroom|cupboard|shed|cellar|basement|"
    r"garage|loft)\b(?! (?:revising|studying|gaming|playing|lol|haha|for (?:revision|exams)))|\blocks? "
    r"(?:me|us) in\b|\b(?:took|has|taken|got|hid) the key\b(?: \w+){0,4} (?:cant|locked|room)\b|\blocked\b"
    r"(?: \w+){0,4} (?:took|has|taken|hid) the key\b",
    r"\b(?:nowhere|no where|no place|nowhere else) to (?:sleep|stay|go|live)\b(?! on (?:a )?(?:friday|"
    r"saturday|sunday|weekends?|\w+ nights?)| (?:for|on) (?:fun|the weekend|holiday)| (?:in|round) (?:town|"
    r"here))|\bgot nowhere else\b|"
    r"\bslept (?:on|in|at) (?:a |the )?(?:bench|park|street|streets|doorway|station|bus stop|stairwell|"
    r"car)\b(?: \w+){0,3} (?:last night|not going back|cos|because)\b|\bstaying (?:at|with) (?:some|a|"
    r"this) (?:guy|man|bloke|lad|older \w+|random|stranger)s?\b",
    r"\b(?:fire|smoke) (?:in|at) (?:our|my|the) (?:house|flat|home|building|room|kitchen|stairs)\b|"
    r"\b(?:house|flat|building|home) (?:is |s )?on fire\b",
    r"\b(?:scared|afraid|terrified|worried) (?:\w+ ){0,3}(?:will|might|is gonna|gonna|going to) find "
    r"(?:us|me)\b|\b(?:at|in|to) (?:a|the) refuge\b",
    r"\b(?:theres|there is|there s) (?:a |some )?(?:strange |random )?(?:man|men|guy|bloke|stranger|"
    r"strangers|someone|somebody|people) (?:\w+ )?in (?:our|my) (?:house|flat|home|room|bedroom|garden)\b"
    r"(?!(?: \w+){0,3} (?:fixing|delivering|working|doing (?:the|some)|repairing|painting|reading the meter|"
    r"visiting|for (?:tea|dinner)))|\b(?:strange|random|unknown) (?:man|men|guy|person|people|woman) "
    r"(?:in|at|outside) (?:our|my|the) (?:house|flat|home|room|garden|door)\b",
    r"\blooking for (?:me|us)\b(?: \w+){0,4} (?:" + WEAPON + r"|" + TOOL + r"|gang|lads)\b",
    # Round ten, d.
    r"\b(?:better not|dare to|dare) (?:come|show|go|step) (?:back|my face|your face|ur face|round|near)\b",
    r"\b(?:driver|he|man|guy|they)\b(?: \w+){0,4} (?:going|driving|taking (?:me|us)) the wrong way\b",
    r"\b(?:bring|give|pay|get)\b(?: \w+){0,4} (?:money|cash|\d+ quid|\d+)\b(?: \w+){0,3} or else\b",
    r"\b(?:broke|kicked|smashed|bashed|busted|booted) (?:the |our |my )?(?:\w+ )?door (?:down|in|open)\b",
    r"\b(?:being|been|is being|are being) held (?:in|at) (?:a|his|their|some|this) (?:flat|house|room|car|"
    r"van)\b",
    r"\b(?:someone|somebody|someones|shes|hes|she is|he is|my \w+|they|theyre)(?: is| s| are)? (?:getting|"
    r"being) (?:hurt|beaten|battered|attacked|stabbed|strangled)\b",
    r"\bchased (?:me )?home\b|\bchased (?:home )?by (?:some|a|the|these|two|three) (?:lads|men|boys|gang|"
    r"guys|man|guy|older \w+)\b",
    r"\b(?:posting|posted|shared|sharing|leaked|leaking|put) (?:my|our) (?:address|location|house|home "
    r"address)\b",
    r"\bkeeps? (?:driving|walking|coming) (?:past|by|round) (?:my|our) (?:house|flat|home|school|work)\b|"
    r"\bmy ex\b(?: \w+){0,3} (?:driving|walking|going|hanging) (?:past|by|round|around)\b",
    r"\b(?:car|van)\b(?: \w+){0,6} (?:told|tells|asked|asking|wanted|wants) (?:me|us) to get in\b",
    r"\boutside in (?:a|his|their|the) (?:car|van)\b(?: \w+){0,6} (?:hours|all day|all night|ages|"
    r"running|watching)\b",
    r"\b(?:coming|came|going|went|out) (?:for|after) (?:him|her|them|us|my \w+)\b(?: \w+){0,4} (?:"
    + WEAPON + r"|" + TOOL + r"|scared|tonight|now|again)\b|\b(?:said|saying|says) (?:theyre|theyll|"
    r"hes|hell|they are|they will) (?:coming|come) (?:for|after) (?:him|her|them|us|my \w+)\b|\bcovered "
    r"in (?:blood|his blood|her blood)\b",
)

# --- Suicide ------------------------------------------------------------------------

SUICIDE: tuple[str, ...] = (
    # Farewell forms: the last contact, what to tell people, when it will be over.
    r"\b(?:last time|the last) (?:u|you|ur|youre|your|ull|youll|anyone|any1)(?:re| are)? "
    r"(?:gonna |going to |will |"
    r"ll )?(?:hear|see|talk|speak) (?:from|to|of) me\b|\b(?:wont|will not|never) (?:hear from|see) me "
    r"again\b",
    r"\bif (?:anything|something) (?:happens|happened) (?:to me )?\b(?: \w+){0,3}(?:tell|let|give|make "
    r"sure|look after)\b",
    r"\btell (?:my )?\w+ (?:that )?(?:it )?(?:wasnt|was not|isnt|is not) (?:her|his|their|your|"
    r"anyones|any ones|any1s) fault\b",
    r"\bcounting down (?:the )?(?:days |hours |weeks )?(?:till|until|til) (?:im|i am|i) (?:gone|go|not "
    r"here|dead|leave)\b|\bone way or another\b(?: \w+){0,6} (?:over|end|gone|done)\b",
    r"\b(?:im|i am|ive|i have|gonna|going to|decided (?:to|im|i am|ill)?) ?(?:\w+ )?(?:go|going) "
    r"through with it\b",
    r"\b(?:wont|will not|not going to|not gonna|wont have to) (?:be|put up with) (?:a |an |me )?"
    r"(?:problem|burden|issue|bother|trouble|worry|me)\b(?: \w+){0,3} (?:soon|much longer|for long|"
    r"after (?:tonight|today))\b",
    r"\b(?:im|i am) checking out\b(?! (?:of|the|at|this|that|a|some|my|your|new|these|those)\b)",
    r"\b(?:written|wrote|writing|left|leaving) (?:a |my )?(?:note|notes)$",
    # Being with someone who has died; no future; not much longer.
    r"\b(?:want|wanna|need) to (?:go (?:and )?)?be with (?:my )?(?:nan|nana|nanna|gran|granny|grandad|"
    r"granddad|grandma|grandpa|grandmother|grandfather)$",
    r"\b(?:dont|do not|cant|can not|cannot) see (?:myself|me) (?:being |still |making it |living )?"
    r"(?:alive|here|around|living|to|past|at) (?:by|at|past|till|until|to|\d+|eighteen|sixteen|"
    r"twenty)\b",
    r"\bhow (?:much )?(?:longer|long) i can (?:do|keep|go on|carry on|take|handle|live|last) (?:this|"
    r"it|going|doing)\b(?! (?:revision|homework|job|course|class|exam|work|commute|shift|lol|without "
    r"(?:food|sleep|coffee)))",
    r"\b(?:want|wanna|wish|rather|ready) (?:to )?(?:be |i was |i were )?(?:six|6) (?:feet|foot|ft) "
    r"under\b",
    # Means and intent: stockpiling, looking up how many it takes.
    r"\b(?:looked up|look up|searching|searched|googled|googling|researching|researched|asked)\b(?: \w+)"
    r"{0,3} how (?:many|much) (?:it |you |u |ud |youd )?(?:takes|would take|need|to take)\b(?! (?:to "
    r"(?:get|make|pass|buy|fill)|for (?:a|the|my)))",
    r"\b(?:saved|saving|stockpil\w*|hoard\w*|stash\w*|collect\w*|kept|keeping) (?:up )?(?:enough |loads "
    r"of |all (?:of )?my |my |a load of |a stash of |some )?" + DRUGS + r"\b(?! (?:for (?:my|when i "
    r"get) (?:headaches?|periods?|hay ?fever|migraines?|asthma)))|\benough " + DRUGS + r" (?:now|saved|"
    r"to|up)\b",
    r"\b(?:going to|gonna|about to|want to|wanna|will|ill) (?:take|swallow|neck|down) (?:all of them|"
    r"them all|the lot|every (?:single )?one|all (?:of )?(?:my |the )?" + DRUGS + r"|the whole (?:box|"
    r"packet|bottle|pack))$",
    r"\bplease (?:look after|take care of|look out for) (?:my )?(?:\w+ ){0,2}for me$|\blook after (?:my )?"
    r"(?:\w+ ){0,2}(?:when im gone|after im gone|after i go|once im gone)\b",
    r"\b(?:want|wanna|wish|hope) (?:i could |to |i )?(?:stop|not|never) (?:waking|wake|wakes) up\b",
    r"\b(?:ill|i will|i ll|im going to|gonna|im gonna) be with (?:my )?(?:nan|nana|gran|granny|grandad|"
    r"grandma|grandpa|mum|dad|brother|sister|\w+) (?:soon|again|tonight|in heaven|up there)\b",
    r"\b(?:i think|maybe|i guess|i feel like|i know) (?:its |it is )?(?:my )?time (?:for me )?to go\b",
    r"\b(?:sick|tired) of (?:life|living|being alive|existing|being me)$|\b(?:sick|tired) of everything\b"
    r"(?: \w+){0,4} (?:want|wanna|stop|end|over|done)\b",
    r"\b(?:dont|do not|not) (?:plan|planning|intend|intending|expect|expecting) (?:on |to )?(?:be|being) "
    r"(?:here|around|alive)\b(?!(?: \w+){0,4} (?:cos|because|moving|uni|college|abroad|holiday|away))",
    r"\bplanning (?:my|the|my own) (?:death|suicide|exit|end|last day)\b",
    r"\b(?:this is|this will be|heres|this ll be|thisll be) my (?:final|last) (?:message|text|msg|words)\b"
    r"(?! (?:for|on|in|to|about) (?:the|this|today|now|tonight))",
    r"\b(?:pills|tablets|meds|paracetamol|blade|razor|rope|bottle of \w+)\b(?: \w+){0,3} (?:in my "
    r"hands?|next to me|lined up|counted out|all ready)\b",
    r"\btired of (?:fighting|trying|pretending|holding on|hanging on|being here)$|\bi (?:cant|cannot) "
    r"(?:fight|hold on|hang on) (?:any ?more|much longer)\b",
    r"\b(?:fall asleep|go to sleep|sleep) and (?:not|never) (?:wake up|have to)\b",
)

# --- Self-harm ----------------------------------------------------------------------

SELF_HARM: tuple[str, ...] = (
    # Slang: depths and looks of cuts, and "sh" as a thing done.
    r"\b(?:went|go|gone|got|cut|cutting) (?:to |down to |into )?(?:beans|styro|styrofoam|fat|the fat|"
    r"dermis)\b|\b" + BODY + r" (?:look|looks|looking) like (?:a )?barcodes?\b|\bbarcode (?:" + BODY
    + r")\b",
    r"\bcat scratch(?:es)?\b(?! (?:me|us|him|her|the|my|everything|everyone))(?: \w+){0,4} (?:again|not "
    r"deep|deep|on my|lol|tonight)\b",
    # The marks: kept secret, hidden, covering the body, reopened.
    r"\b(?:lines|marks|scars|cuts|burns|scratches)\b(?: \w+){0,2} on my " + BODY + r"\b(?: \w+){0,4} "
    r"(?:nobody|no one|noone|no1|secret|hide|hidden|knows|knows about)\b",
    r"\b(?:hide|hiding|hid|cover|covering|covered|covers|keep \w+ covered)\b(?: \w+){0,6} (?:cos of|"
    r"because of|coz of|cause of) my " + BODY + r"\b|\b(?:cover|covered|covering) (?:up )?(?:in|for) "
    r"(?:pe|games|swimming)\b(?: \w+){0,2} (?:for a reason|so no one|so nobody)\b|\b" + BODY
    + r"\b(?: \w+){0,3} (?:covered|long sleeves)\b(?: \w+){0,4} for a reason\b",
    r"\b(?:bad|rough|hard|awful|shit|horrible) (?:week|night|day|few days)\b(?: \w+){0,3} my " + BODY
    + r" (?:are|is|r) (?:covered|a mess|wrecked|ruined|cut up)\b",
    r"\b(?:reopen\w*|re opening|re open|reopened|opening up|opened up) (?:the |my |old )?(?:cuts|wounds|"
    r"scars|scabs)\b",
    r"\bmy " + BODY + r" (?:have|has|got|are covered in) (?:marks|cuts|scars|lines|scratches)\b(?! from| "
    r"because| cos| after (?:the|a|my) (?:fall|accident|op|operation|surgery))",
    # Means kept ready, or used again.
    r"\b(?:razor|razors|blade|blades|sharpener|lighter|compass)\b(?: \w+){0,6} (?:for when i need|when i "
    r"need (?:it|them)|just in case|for emergencies|again)\b",
    # Harm to the body till it bleeds, burns or comes off, or on purpose.
    r"\b(?:scratch\w*|pick\w*|pinch\w*|bite|bit|biting|hit\w*|punch\w*|slap\w*|burn\w*|scald\w*|rub\w*)"
    r"\b(?: \w+){0,4} (?:till|until|til|untill) (?:it|they|my skin|the skin|i) (?:bleed|bleeds|comes? off|"
    r"is raw|are raw|goes raw|bruise|bruises|breaks?|blisters?)\b",
    r"\b(?:scald|scalded|scalding|burn|burnt|burned|burning|freeze|freezing|bruise|bruised|starve|"
    r"starving) " + MYSELF + r"(?: \w+){0,5} (?:on purpose|deliberately)\b",
    r"\b(?:going|went|gone|go) at my " + BODY + r"\b",
    r"\bagain\b(?: \w+){0,3} (?:with|using) (?:the |a |my )?(?:razor|razors|blade|blades|sharpener|"
    r"lighter|compass)\b",
    # Punishing oneself.
    r"\b(?:dont eat|do not eat|not eating|stop eating|skip meals|skipping meals|starve myself)\b(?: \w+)"
    r"{0,2} (?:as (?:a )?punishment|to punish (?:myself|me))\b",
    r"\bs h\b(?: \w+){0,2} (?:again|tonight|urges?|relapse\w*|clean)\b",
    r"\bout on (?:myself|my ?self|my (?:body|arms|skin|legs))\b",
    r"\bhurt(?:ing|s)? my " + BODY + r"\b(?: \w+){0,4} (?:so (?:i|it) (?:feel|feels|can feel)|to feel|on "
    r"purpose|till|until|deliberately)\b",
    r"\b(?:do|did|doing|done) (?:things|stuff|bad things|bad stuff) to (?:myself|my ?self|my body|my "
    r"arms|my skin)\b",
    r"\b(?:stub|stubbed|stubbing|put|putting) (?:\w+ ){0,2}(?:cigs?|cigarettes?|fags?|lighters?) out on "
    r"my " + BODY + r"\b|\b(?:cigs?|cigarettes?|fags?|lighter) (?:\w+ )?(?:on|into) my " + BODY + r"\b",
    r"\bsince i (?:last )?(?:cut|sh|self harmed|hurt myself|burnt myself|burned myself)\b",
    r"\bfresh (?:ones|cuts|wounds|marks|burns|scratches)\b(?: \w+){0,2} (?:on|all over) my " + BODY + r"\b",
)

# --- Abuse -------------------------------------------------------------------------

ABUSE: tuple[str, ...] = (
    # The cover story an abuser gives.
    r"\b(?:tells|told|makes|made|tell) me (?:to )?(?:say|tell (?:people|them|school|teachers|everyone|"
    r"the teachers|anyone)) (?:that )?i (?:fell|fell over|walked into|tripped|did it myself|hit my|"
    r"banged)\b|\bleaves? (?:marks|bruises) (?:on me|and)\b",
    # An adult's touch, then a secret.
    r"\b(?:teacher|coach|tutor|uncle|step ?dad|leader|instructor|neighbour|boss|manager|youth worker|"
    r"priest|imam)\b(?: \w+){0,3} (?:kissed|kisses|touched|touches|grabbed|groped)\b(?: \w+){0,5} (?:not "
    r"to tell|secret|dont tell|cant tell|mustnt tell)\b",
    # Dragged or pulled by the hair.
    r"\b(?:" + FAMILY + r"|he|she|they)(?: \w+){0,2} (?:pulls|pulled|pulling|drags|dragged|dragging|yanks|"
    r"yanked) (?:me|my hair)\b(?! (?:out of bed|to the shops|round the shops|along to|to school|to "
    r"church|shopping))",
    r"\b(?:shared|posted|sent|spread|leaked|showed|sending|sharing|posting) (?:a |my |the |some )?"
    r"(?:video|vid|pic|pics|picture|pictures|photo|photos|nudes) (?:of me )?(?:\w+ ){0,3}(?:without (?:my |"
    r"any )?clothes|naked|nude|in my underwear|undressed|without asking|without my permission)\b",
    r"\b(?:im|i am|call\w* me|says im|said im|saying im) (?:his|her|their) (?:special|little|secret) "
    r"(?:girl|boy|princess|one|friend)\b",
    r"\b(?:keeps|kept|keep) (?:coming|walking|barging|coming in) (?:in|into) (?:the |my )?(?:bathroom|"
    r"shower)\b(?: \w+){0,3} (?:when i|while i|when im|while im|im in|undressed|changing)\b",
)

# --- Medical -----------------------------------------------------------------------

MEDICAL: tuple[str, ...] = (
    r"\bthroats? (?:is |s )?(?:swelling up|closing|closing up|going tight)\b|\bthroats? (?:is |s )?"
    r"(?:swelling|swollen)\b(?: \w+){0,3} (?:after|eating|nuts|peanuts|allerg\w*|sting|stung)\b",
    r"\btook (?:too much|too many|loads|a load|way too much|way too many|a lot)\b(?: \w+){0,5} (?:heart|"
    r"racing|pounding|being sick|throwing up|dizzy|shaking|cant breathe|pass out|passing out|chest)\b",
    r"\b(?:my |his |her |their )?speech (?:is |s |was |has gone )?(?:weird|slurred|slurring|all "
    r"slurred|funny|wrong|jumbled)\b|\bcant feel (?:my |his |her )?(?:arm|leg|face|side)\b(?: \w+)"
    r"{0,3} (?:and|n) (?:my |his |her )?(?:speech|face|words|talking)\b",
    # A sign and what makes it serious now (round ten, b).
    r"\b(?:hit|banged|bashed|knocked|smacked|bumped) (?:her|his|my|their|your) head\b(?: \w+){0,8} (?:sick|"
    r"vomit\w*|throwing up|being sick|confused|not making sense|isnt making sense|drowsy|wont wake|passed "
    r"out|fit|fitting|seizure|bleeding|blood)\b|\b(?:hit|bashed|smacked|knocked|struck) (?:\w+ )?on the "
    r"head\b(?: \w+){0,8} (?:sick|vomit\w*|throwing up|confused|not making sense|drowsy|wont wake|passed "
    r"out|knocked out|unconscious|bleeding)\b",
    r"\b(?:holding|clutching|grabbing|gripping) (?:his|her|my|their) chest\b|\b(?:grey|gray|pale|"
    r"clammy|blue) and (?:sweaty|sweating|clammy|cold|shaking)\b",
    r"\b(?:throwing up|thrown up|being sick|vomiting|coughing up|coughing|sick|wee|pee|poo)\b(?: \w+){0,6} "
    r"(?:blood|bloody)\b(?! (?:orange|mary|hell|annoying|typical|lol))|\bblood in (?:my |his |her )?(?:sick|"
    r"vomit|poo|wee|pee)\b",
    r"\bpregnant\b(?: \w+){0,8} (?:bleeding|blood|really bad pain|severe pain|bad pain|contractions|"
    r"waters)\b",
    r"\b(?:cut|gash|wound|slash)\b(?: \w+){0,5} (?:really |so |very )?deep\b(?: \w+){0,6} (?:wont "
    r"stop|blood|bleeding|pumping|spurting|pouring|bone|fat)\b|\b(?:pumping|spurting|gushing|pouring) "
    r"(?:out )?blood\b",
    r"\b(?:barely|hardly|not|isnt) (?:breathing properly|breathing|breathin)\b(?! (?:through|out of) "
    r"(?:his|her|my) nose)|\bbreathing (?:funny|weird|strange|really slow|slow|shallow|in gasps)\b",
    r"\b(?:burn\w*|scald\w*)\b(?: \w+){0,5} (?:boiling|hot) (?:oil|water|fat)\b|\b(?:boiling|hot) "
    r"(?:oil|water|fat)\b(?: \w+){0,5} (?:burn\w*|scald\w*|skin|blister\w*)\b",
    r"\b(?:hes|shes|is|s|theyre|are|im|i am) choking\b(?! (?:up|me up|on (?:my|his|her) words|laughing))",
    r"\b(?:on the floor|on the ground|collapsed|fallen|fell)\b(?: \w+){0,5} (?:isnt|not|cant|wont|is not) "
    r"(?:talking|speaking|moving|answering|responding|making sense)\b",
)

# --- Can stop a signpost (docs/clinical-safety.md, H-01, explains each) ---------------

IDIOMS: tuple[str, ...] = (
    r"\bchest (?:hurts|hurt|aches|is sore)\b (?:from|after) (?:laughing|coughing|the gym|pe|"
    r"running|crying)\b",
    r"\bcollapsed (?:on|onto|into) (?:the |my )?(?:sofa|couch|bed|settee|beanbag)\b",
)
NOT_A_CRISIS: tuple[str, ...] = (
    # Denials of a threat or of being followed.
    r"\b(?:no ?ones?|nobodys?|no body|noones?|no1)(?: is| s)? (?:threatening|hurting|following|after|"
    r"hitting|bullying|chasing) me\b",
    # Homelessness as a cause or a charity, not the young person's night.
    r"\bhomeless (?:charity|charities|shelter|people|person|man|woman|project|appeal)\b|\b(?:people|"
    r"person|someone|those) (?:who are|whos|who is) homeless\b|\bfor the homeless\b",
    # A school sanction is not a threat; chased for homework is not a chase.
    r"\bthreat\w* (?:me|us) with (?:a |an )?(?:\w+ )?(?:detention|exclusion|isolation|report|letter "
    r"home|call home|sanction)\b",
    r"\bchasing me (?:for|about|up about) (?:my |the |an? )?(?:homework|coursework|essay|work|reply|"
    r"answer|form|money|payment|fees|rent)\b",
    # Not letting a pupil leave a lesson; a thing that broke in class.
    r"\b(?:wont|will not|doesnt|dont) let (?:me|us) (?:leave|go out|out)(?: of)? (?:class|the class|"
    r"lesson|the lesson|early|school|the room until|the table|till|until|without)\b",
    r"\bbroke in (?:class|half|two|pieces|bits|my (?:bag|hand|pocket))\b",
    # A letter to one's future self; old things one no longer needs.
    r"\b(?:letter|note) to (?:my )?future self\b",
    r"\b(?:wont|will not|dont) need (?:my |the )?(?:old|spare|revision|school|year \d+)\b(?: \w+){0,3} "
    r"(?:any ?more|now)\b",
    # A blunt or new blade on a razor for shaving.
    r"\bblade (?:on|in) (?:my |the )?razor (?:is|s) (?:blunt|rusty|new|old)\b",
    # A kitchen knife while cooking; beaten at a game; a fight in a film or a game.
    r"\b(?:knife|knives)\b(?: \w+){0,6} (?:cooking|chopping|baking|making (?:dinner|tea|lunch)|to cut "
    r"(?:the )?(?:cake|bread|veg|onions?|food|pizza))\b",
    r"\b(?:beat|batter|destroy|smash|thrash|kill|murder) (?:me|us|him|her|them) (?:at|in|on) (?:fifa|football"
    r"|fortnite|cod|pool|darts|tennis|chess|"
    r"badminton|rugby|netball|basketball|cards|uno|monopoly|mario ?kart|the game|\w+ game|a game)\b",
    r"\b(?:film|movie|show|series|game|book|episode|scene|tv)s?\b(?: \w+){0,3} (?:knife |gun |sword |"
    r"fist )?fights?\b",
    # A dream; a favour bought or paid for.
    r"\b(?:had a|in my|in a) (?:dream|nightmare) (?:that |where |about )?(?:someone|somebody|a man|people|"
    r"he|they) (?:was |were )?(?:chasing|following|after|attacking) me\b",
    r"\bgrabbed (?:me|us) (?:a|an|some) (?:coffee|tea|drink|snack|sandwich|pizza|burger|chips|takeaway|"
    r"bite)\b",
    r"\bmoney (?:to|for) (?:wash\w*|mow\w*|walk\w*|clean\w*|help\w*|babysit\w*) (?:his|her|their|the)\b",
    r"\bnowhere to go on (?:a )?(?:friday|saturday|sunday|weekends?|\w+ nights?)\b",
    # Police who carry a taser; rubbish left outside; a sibling in the bathroom; crowds; a sunny day.
    r"\b(?:police(?: officers?)?|officers?|coppers?|cops?)\b(?: \w+){0,4} (?:carries|carry|has|have|with) "
    r"(?:a )?(?:taser|gun|baton)s?\b",
    r"\b(?:leaving|left|dumping|dumped|leaves) (?:\w+ ){0,2}(?:rubbish|bins?|litter|parcels?|boxes|bags) "
    r"(?:outside|at|in front of)\b",
    r"\blocked (?:me|us) out of the (?:bathroom|toilet|loo)\b",
    r"\b(?:feel|felt|feeling) unsafe in (?:crowds|busy places|big groups|the dark|lifts|crowded places)\b",
    r"\b(?:dont|do not) want to go home (?:yet|already)\b(?= (?:\w+ ){0,3}(?:sunny|fun|nice|good|having|"
    r"party|early))",
    r"\b(?:mum|mom|mam|dad|parents?|nan|gran)\b(?: \w+){0,2} (?:said|says) (?:shell|hell|theyll|she will|"
    r"he will|they will|shed|hed|theyd) (?:literally )?(?:kill|murder) me if i (?:dont|do not) (?:clean|tidy|"
    r"do|finish|revise|get|come|pass|stop)\b",
)
RECOVERED: tuple[str, ...] = (
    # "nothing since tuesday" is not eating since then, not an episode long over
    r"\bnothing since\b(?! (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"last|this|breakfast|lunch|dinner|tea|i woke|the weekend))|\bnot had (?:one|any|another) since\b",
)

# A concept found with a cue anywhere in the same message: (category, cue, phrase).
# The message is flagged for the category when both are found, in either order.
PAIRED: tuple[tuple[str, str, str], ...] = (
    (
        "danger",
        r"\b" + DANGER_CUE + r"\b",
        r"\b(?:" + STRANGER + r"|he|she|they|hes|shes|theyre|theres \w+|my ex|\w+s ex|\w+s (?:mates|friends|"
        r"boys))"
        r"\b(?: \w+){0,7} " + NEAR_ME + r"\b",
    ),
    (
        "danger",
        r"\b" + ANY_PERSON + r"\b",
        r"\b" + ANY_WEAPON + r"\b",
    ),
    (
        "danger",
        r"\b(?:scared|terrified|frightened|petrified|bricking it|help)\b",
        r"\b(?:stuck|stranded|trapped|cant get home|no way (?:to get )?home|miles from home|dont know "
        r"anyone|people i dont know)\b",
    ),
    (
        "suicide",
        r"\b(?:tonight|today|tomorrow|soon|by morning|right now|for good|forever|making sure|made up my "
        r"mind|mind is made up|minds made up|decided)\b",
        r"\b(?:make it (?:all )?stop|end (?:it|this|things|everything)|saying (?:bye|goodbye) to "
        r"everyone|(?:bye|goodbye) to everyone|(?:im|i am) done$|no more me|(?:wont|not|never) wake up|be "
        r"gone|(?:dont think|doubt) (?:ill|i will|i) (?:wake up|be (?:here|alive|around)))\b",
    ),
)

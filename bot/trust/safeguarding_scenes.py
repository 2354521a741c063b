"""Crises told as a scene happening now, and everyday scenes that share their words — for
clinical review (read the guide in ``safeguarding_lexicon`` first: the same rules of writing
apply).

Added on 2026-12-03 (issue 8, stop 24's round, branch sg24), tuned on the spent blind sets
v8-v12 as kinds of message, not phrases:

* **crises**: an engine left running in a closed garage; a bridge, the water or the tracks
  "calling" me; being at a high or deep place with a cue of being alone or unseen; an apology
  or love passed on to family as a last word; marks owned as one's own doing; pain moved
  from the inside to the outside; hair pulled out in clumps; a wall or mirror punched on
  purpose; how deep a cut should go; plasters wanted with "don't ask"; owing money to
  people and having to run, sell or carry for them; running away with someone met online
  or much older; someone in the water who has not come up, a car in a river, a boat
  capsized, ice cracking; someone who turned up with a weapon; a person I blocked or
  reported waiting for me; a friend who sent "help" or a location and now does not answer;
  a reliever inhaler that is not helping; a sting or a food followed by wheezing or
  swelling; confusion with fever or shivering; fits one after another;
* **look-alikes** (each can stop a signpost; docs/clinical-safety.md, H-01): a pet's
  emergency at the vet; followed home by an animal; cutting food, hair or down on sugar;
  a kitchen knife set, sharpening the knives, not allowed the big knife; hit with a pillow
  or a cushion; titles of films and songs ("Suicide Squad", a song called "Overdose");
  a dose question with an everyday reason ("for a headache"); wanting to learn what to say
  if someone discloses; an overdose told with when it happened and that one is well now;
  so many days or months "free" or "clean"; a scare that turned out to be someone known;
  a clinician who changed one's meds.

Each crisis tuple is added to its category in ``safeguarding_lexicon.CRISIS``; the other
lists to those of the same name.
"""

from __future__ import annotations

from bot.trust.safeguarding_words import FAMILY

_WATER = r"(?:sea|river|canal|lake|loch|water|reservoir|quarry|waves|current|pond|harbour|dock|rip)"
_HIGH_PLACE = (
    r"(?:bridge|roof|rooftop|cliff|cliffs|cliff edge|river|canal|quarry|viaduct|platform edge|"
    r"train tracks|railway line|tracks|multi ?storey|car park roof|top floor|pier|sea wall|dam|"
    r"motorway bridge|flyover|ledge)"
)
_WEAPON = (
    r"(?:bat|baseball bat|cricket bat|hammer|crowbar|machete|knife|knives|blade|iron bar|metal bar|"
    r"bar|golf club|axe|weapon|shank|chain|brick|bottle|gun|screwdriver)"
)
_PET = (
    r"(?:cat|dog|puppy|pup|kitten|rabbit|bunny|hamster|guinea pig|budgie|parrot|horse|pony|"
    r"tortoise|snake|lizard|ferret|pet|fish|gerbil|rat)s?"
)
_AILMENT = (
    r"(?:headache|toothache|tooth|teeth|migraine|period pain|period|cramps|cold|flu|fever|temperature|"
    r"back|back pain|bad back|hangover|sore throat|earache|sprain|sprained \w+|knee|wisdom teeth?)"
)

# At a high or deep place; a friend who sent "help" or a location (cues of the paired rules
# below, which later rounds pair with cues of their own).
AT_A_HIGH_PLACE = r"\b(?:on|at|near|by|up|top of|edge of|over) (?:the |a |this )?" + _HIGH_PLACE + r"\b"
SENT_HELP = (
    r"\b(?:texted|text|messaged|sent|snapped|dmd|rang|called)(?: me)? (?:help|sos|(?:her |his |their |a |"
    r"my )?(?:live )?(?:location|pin))\b"
)

# --- Crisis --------------------------------------------------------------------------

SUICIDE: tuple[str, ...] = (
    # An engine left running in a closed garage.
    r"\bgarage\b(?: \w+){0,6} (?:car|engine|motor)s?(?: is| s| still)? (?:running|on|going|ticking over)\b",
    r"\b(?:car|engine|motor)s?(?: is| s| still)? (?:running|on|going|ticking over)\b(?: \w+){0,6} "
    r"(?:garage|(?:door|doors|windows) (?:shut|closed|down|taped))\b",
    # A place that "calls" me.
    r"\b(?:bridge|river|sea|tracks|trains?|edge|drop|water|cliff|roof|ledge|waves)s? (?:is |are |keeps? |"
    r"s |been )?calling (?:me|my name|to me|out to me)\b",
    # An apology or love passed on to family as a last word.
    r"\btell (?:my )?(?:" + FAMILY + r"|everyone|them all|my mates|my friends) (?:that )?(?:im|i am|i m) "
    r"(?:so |really )?sorry\b(?=$| (?:x+|and|for everything|for all of it|please|pls|ok|okay)\b)",
    r"\btell (?:my )?(?:" + FAMILY + r"|everyone|them all|my mates|my friends) (?:that )?i (?:love|loved) "
    r"(?:her|him|them|em|you all)(?: so much)?(?=$| (?:x+|and|please|pls)\b)",
    # Every pill in the house; a rope kept in one's bag; not stepping back next time.
    r"\b(?:take|taking|swallow|neck|down)\w* every (?:single )?(?:pill|tablet|painkiller|paracetamol|"
    r"capsule)s?\b",
    r"(?<!skipping )(?<!climbing )(?<!tow )\b(?:rope|noose)s? (?:is |s |are )?(?:in|under) my (?:bag|"
    r"backpack|pocket|room|car|wardrobe|drawer|bed)\b",
    r"\b(?:next time|this time) (?:im|i am|i m|i will|ill|i wont|i will not) (?:not )?(?:be )?step\w* "
    r"back\b",
)

SELF_HARM: tuple[str, ...] = (
    # Marks owned as one's own doing.
    r"\b(?:marks|cuts|scars|bruises|burns|scratches|lines)\b(?: on my \w+)? (?:are|were|r|is) "
    r"(?:all |actually |really )?(?:from|by) me\b(?! (?:\w+ing|and|n)\b)",
    r"\b(?:marks|cuts|scars|bruises|burns|scratches)\b(?: \w+){0,4} i (?:did|do|made|make|gave) "
    r"(?:them|those|these)(?: to)? myself\b",
    # Pain moved from the inside to the outside.
    r"\b(?:pain|hurt\w*|hurts) (?:on )?(?:the )?outside (?:\w+ ){0,4}(?:inside|in my head)\b",
    r"\b(?:feel|see|make|have) (?:the )?pain (?:on the )?outside\b",
    # How deep a cut should go (not a pool, a tattoo or a piercing).
    r"\bhow deep (?:is too deep|(?:should|can|do|does|would|is it safe to) (?:i|you|it|a cut|they) "
    r"(?:\w+ )?(?:go|cut|be)|to cut|before)\b(?!(?: \w+){0,4} (?:tattoo|pool|water|dive|hole|snow|swim|"
    r"sea|lake|piercing|soil|seeds?|roots?|bulbs?))",
    # Plasters or bandages wanted, "don't ask".
    r"\b(?:plasters|bandages|dressings|steri ?strips|gauze)\b(?: \w+){0,6} (?:dont ask|no questions|"
    r"you know why|dont tell)\b",
    # Covering marks; "i s/h"; a scratch or cut that went too deep.
    r"\b(?:long sleeves|sleeves down|hoodie|jumper|cardigan|foundation)\b(?: \w+){0,6} (?:cos|because|"
    r"to hide|so no ?one sees|so nobody sees|coz|cause) (?:of )?(?:the |my )?(?:marks|cuts|scars|"
    r"bruises|burns)\b",
    r"\bi (?:s h|sh) (?:when|again|every|most|to|cos|because|if|after|a lot|daily)\b",
    r"\b(?:scratch|cut|carv|burn|slic)\w*\b(?: \w+){0,6} (?:went|gone|go|did it) too (?:far|deep)\b",
)

ABUSE: tuple[str, ...] = (
    # Owing money to people, and having to run, sell or carry for them.
    r"\b(?:owe|owes|owing|in debt to)(?: (?:them|him|these|those|some|the|older|a|dealers?)(?: \w+)?)"
    r"(?: \w+){0,8} (?:have to|got to|gotta|made to|make me|makes me|making me|has to|need to) (?:\w+ )?"
    r"(?:work it off|work for (?:them|him)|run(?:ning)? (?:for|drugs|packages|stuff)|keep running|"
    r"sell\w*|carry\w*|deal\w*|hold\w* (?:stuff|things|it|packages)|do (?:runs|drops|jobs|stuff) for)\b",
    # Money or a card demanded with a threat.
    r"\b(?:give|hand over|handing over|gave)(?: \w+){0,2} (?:my |her |him |them )?(?:bank ?card|card|"
    r"pin|benefits|wages|money|pay)\b(?: \w+){0,3} or (?:else|she|he|they)\b",
    # Hit with a thing by family or a partner (soft things are cut out first).
    r"\b(?:" + FAMILY + r"|he|she|they|partner|boyfriend|girlfriend|bf|gf)s? (?:hit|hits|beat|beats|"
    r"whacked|whacks|smacked|smacks|lashed|battered|belted) (?:me|us|my \w+) with (?:a|the|his|her|"
    r"their) \w+",
    # Told to lie about an injury; "no" not heeded; kept from the family table; locked out.
    r"\b(?:had to|have to|made me|told me to|told to) (?:say|tell (?:them|people|school|the teacher|"
    r"everyone)|pretend) (?:that )?(?:i|it) (?:fell|walked into|tripped|was an accident|banged)\b",
    r"\bwhen i say no (?:he|she|they) (?:does|do|carries on|carry on|keeps going|keep going|still does|"
    r"still do)\b",
    r"\bnot allowed to eat (?:with|at the table|dinner with|meals with)\b",
    r"\b(?:locked|lock|locks|shut|shuts|put|puts) (?:me )?out(?: \w+){0,4} (?:as (?:a )?punishment|in the "
    r"cold|all night|every night)\b",
    # A secret phone from an adult.
    r"\b(?:gave|given|give|gives|bought|got) me (?:a )?(?:secret|second|spare) phone\b|\b(?:secret|"
    r"second) phone (?:from|off) (?:my |a |the )?(?:teacher|coach|tutor|man|guy|older)\b",
)

DANGER: tuple[str, ...] = (
    # Someone in the water who has not come up, a car in a river, a boat over, ice cracking.
    r"\b(?:went|gone|fell|fallen|jumped|slipped|dragged|swept|pulled) (?:in|into|under) (?:the |a )?"
    + _WATER + r"\b(?: \w+){0,6} (?:hasnt|has not|not|isnt|cant|wont|didnt|still)(?: \w+){0,2} "
    r"(?:come up|came up|come back up|come out|surfaced|swim|see (?:him|her|them)|inside|under)\b",
    r"\b(?:car|van|bus|taxi)\b(?: \w+){0,2} (?:went|gone|rolled|drove|crashed|is|slid|skidded) "
    r"(?:in|into|off into) (?:the )?(?:river|canal|lake|water|sea|reservoir|harbour|dock)\b",
    r"\b(?:on|onto) the (?:ice|frozen \w+)\b(?: \w+){0,6} (?:its |is |s )?(?:cracking|cracked|"
    r"breaking)\b",
    # Fire set on purpose; smoke coming in; waking somewhere strange; a vehicle crawling behind.
    r"\bset fire to (?:our|my|the) (?:front |back )?(?:door|house|flat|car|letterbox|bin)\b|\bset (?:our|"
    r"my) (?:door|house|flat|car) on fire\b",
    r"\b(?:smoke|fumes|flames) (?:is |are )?(?:coming|pouring|getting) (?:in|under|through)\b(?! from "
    r"(?:the |next doors |our |my )?(?:neighbours? )?(?:bbq|barbecue|barbeque|bonfire|toast|cooking))",
    r"\bwoke (?:up )?(?:somewhere|in a (?:place|house|flat|room|car)) (?:i dont (?:know|recognise|"
    r"recognize)|i have never been|ive never been|strange|unfamiliar)\b",
    r"\b(?:van|car|man|guy|bloke|someone)\b(?: \w+){0,4} (?:driving|crawling|going) (?:really |dead )?"
    r"slow(?:ly)? (?:behind|next to|alongside) me\b",
    r"\b(?:boat|kayak|canoe|dinghy|paddle ?board|raft)s? (?:has |just |s |is )?(?:flipped|capsized|"
    r"sinking|sank|sunk|overturned|tipped over|going under)\b",
    r"\bice (?:is |s )?(?:cracking|breaking|gave way|giving way|broke)\b|\bthrough the ice\b",
    # Someone who turned up with a weapon.
    r"\b(?:turned|turning|showed|showing|shown|rocked|come|came|coming) (?:up|round|over)(?: \w+){0,4} "
    r"(?:with|carrying|holding) (?:a |an |his |her |their |some )?" + _WEAPON
    + r"s?\b(?! (?:of|and (?:a )?ball)\b)",
    # Someone I blocked, reported or left, here or waiting.
    r"\b(?:guy|man|lad|bloke|boy|girl|woman|person|someone|he|she|ex) (?:i|we) (?:blocked|reported|"
    r"dumped|left|ghosted|got a restraining order on)\b(?: \w+){0,8} (?:outside|waiting|wait|"
    r"downstairs|lobby|reception|at (?:my|the) (?:door|house|flat|window|work|school|halls|gate)|in (?:the|"
    r"my) (?:car park|street|building|corridor|garden)|wont leave|turned up|showed up|followed)\b",
)

MEDICAL: tuple[str, ...] = (
    # A reliever that is not helping.
    r"\b(?:inhaler|blue one|blue pump|pump|puffer|ventolin|salbutamol|epipen|epi pen)\b(?: \w+){0,6} "
    r"(?:not|isnt|aint|doesnt|didnt|wont|no) (?:\w+ )?(?:helping|working|work|help|doing anything|"
    r"making a difference)\b",
    # Fits one after another.
    r"\b(?:seiz\w*|fitting|fit)\b(?: \w+){0,3} again (?:right |straight |just )?after\b|"
    r"\b(?:another|second|third) (?:seizure|fit) (?:straight |right |just )?after\b",
    r"\bstopped sweating\b",
)

# A concept and a cue, each anywhere in the message: (category, cue, phrase).
PAIRED: tuple[tuple[str, str, str], ...] = (
    # A plan with a day, and calm or a time when no one is in.
    ("suicide", r"\b(?:planned it|plan is (?:sorted|set|ready|made|done)|its (?:all )?planned|date is "
     r"(?:set|sorted|picked)|set a date|picked a (?:date|day)|chosen a (?:date|day))\b",
     r"\b(?:when (?:every ?ones|everybody s|everybodys|every one s|theyre|they are) (?:out|away|asleep)|"
     r"when no ?one is (?:in|home|around)|feel (?:weirdly |strangely |so |really )?(?:calm|at peace)|"
     r"no going "
     r"back)\b"),
    # An adult's special chats kept secret.
    ("abuse", r"\bspecial (?:chats|talks|time|friendship|secret|messages)\b",
     r"\b(?:secret|between us|dont tell|not to tell|no ?one can know|nobody can know)\b"),
    # Older people's gifts, then something expected.
    ("abuse", r"\bexpect\w* (?:me|us) to (?:do (?:stuff|things|favours|bits)|sleep with|pay (?:them|him) "
     r"back|be nice to)\b",
     r"\b(?:older|vapes?|lifts|gifts|money|weed|bought me|gave me|give me|gives me)\b"),
    # Stranded far from home in the dark.
    ("danger", r"\b(?:miles from home|stranded|dont know where i am|kicked me off|left me (?:here|on my own|"
     r"alone))\b",
     r"\b(?:its dark|getting dark|no money|phones? (?:is |s )?(?:dying|dead|on \d+)|no battery|men hanging "
     r"(?:about|around))\b"),
    # A burn that has turned the skin white or charred.
    ("medical", r"\bburn\w*\b",
     r"\bskin (?:is |s |has gone |went |looks )?(?:white|black|leathery|charred)\b|\bpeeling over a "
     r"(?:big|large|huge) (?:area|bit)\b"),
    # At a high or deep place, alone or unseen.
    ("suicide", AT_A_HIGH_PLACE,
     r"\b(?:its (?:so )?quiet|so quiet|alone|by myself|on my own|no ?one (?:knows|around|about|here|"
     r"can see)|nobody (?:knows|around|here|can see)|dont tell (?:anyone|any1|anybody|no ?one|nobody|"
     r"my \w+)|someone to know|someone should know|goodbye|the drop|long way down|how high|does it "
     r"hurt|hurts to (?:drown|jump|fall))\b"),
    # Hair pulled out in clumps.
    ("self_harm", r"\bpull\w* (?:out )?(?:my |at my )?(?:own )?(?:hair|eyelashes|lashes|eyebrows)\b",
     r"\b(?:clumps?|bald|patches|cant stop|bleed\w*|handfuls?|gaps)\b"),
    # A wall or a mirror punched on purpose, or till the hands bleed.
    ("self_harm", r"\b(?:punch|hit|smash|slam|headbutt)\w*(?: my (?:fists?|hands?|head))?(?: (?:into|against|"
     r"on))? (?:the |a |my )?(?:\w+ )?(?:wall|walls|mirror|door|window|brick|radiator)s?\b",
     r"\b(?:on purpose|deliberately|to feel|(?:knuckles|hands?|fists?) (?:are |r )?(?:in bits|bleeding|"
     r"bloody|split|cut up|smashed))\b"),
    # Running away with someone met online or much older.
    ("abuse", r"\b(?:running|run|going|go|move|moving) away (?:together|with (?:him|her|them))\b",
     r"\b(?:online|never met|met (?:him|her) on|off (?:snap|insta|tiktok|discord|an app)|older|"
     r"[2-6][0-9]|years older|grown man)\b"),
    # A friend who sent "help" or a location and now does not answer.
    ("danger", SENT_HELP,
     r"\b(?:wont|isnt|not|doesnt|stopped|cant get (?:her|him|them) to) (?:pick(?:ing)? up|answer\w*|repl\w*|"
     r"respond\w*)\b|\bphone(?:s| is)? (?:off|dead|going straight to voicemail)\b"),
    # A sting or a food, then wheezing or swelling.
    ("medical", r"\b(?:stung|sting|bee|wasp|hornet|allerg\w*|nuts?|peanuts?|shellfish|prawns)\b",
     r"\b(?:wheez\w*|itchy all over|hives all over|lips? (?:are |is )?(?:swell\w*|puff\w*)|tongue "
     r"(?:is )?(?:swell\w*|feels? (?:big|thick|fat))|throat (?:feels? |is )?(?:tight|closing|swell\w*))\b"),
    # Confusion with fever or shivering.
    ("medical", r"\b(?:confused|confusion|not making sense|delirious)\b",
     r"\b(?:shiver\w*|burning up|fever|high temperature|blotchy|mottled)\b"),
)

# A streak told as going on, not as ended ("... and then i slipped", "... until last night").
_STREAK_GOES_ON = r"(?! (?:and|but|then|until|till|before|when) )"
_SMALL_NUMBER = r"a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_FREE_OF = (
    r" (?:days?|weeks?|months?|years?|yrs?) (?:self ?harm|sh|cut|seizure|relapse|overdose) free\b"
    r"(?: today| now| as of today)?"
)
_CLEAN_FOR = r" (?:years?|months?|yrs?) clean\b"

# --- Can stop a signpost (docs/clinical-safety.md, H-01) ------------------------------

# Said later in the message, these turn a look-alike back to one's own crisis now.
_NOT_MINE_NOW = (
    r"(?!(?: \w+)* (?:its me|thats me|like me|about me|for myself|myself|now|rn|right now|help me|"
    r"on my (?:arms?|wrists?|legs?|thighs?|skin|stomach)|but i)\b)"
)

# Said later, these turn a dose for an ache into more taken ("... then the rest of the box").
_NO_MORE_TAKEN = (
    r"(?!(?: \w+)* (?:rest of|the rest|whole|all of|the lot|packet|packets|box|boxes|more|another|"
    r"extra|loads|lots|too many|too much)\b)"
)

# "... if someone tells me they're suicidal": a disclosure asked about, not made.
_IF_DISCLOSES = (
    r"(?:if|when) (?:a |my |your )?(?:friend|mate|someone|somebody|person|pupil|student|classmate|"
    r"young person|patient|client|child|anyone|she|he|they)s? (?:tells?|told|says?|said|mentions?|"
    r"discloses?|admits?|opens? up)(?: to)?(?: you| me| us| them)?(?: that)? (?:they|theyre|she|he|hes|"
    r"shes)(?: are| is| re| s| have| ve| has| feel| feels| are feeling| is feeling)? (?:being |been )?"
    r"(?:abused|groomed|hurt(?: at home)?|hit|self ?harm\w*|suicidal|cutting|sh)\b"
)
_GAMES = (
    r"(?:fortnite|minecraft|roblox|cod|call of duty|warzone|gta|fifa|fc \d+|apex|valorant|overwatch|"
    r"mario kart|smash|among us|the game|a game|games|chess|monopoly|uno|cards|pool|darts)"
)

IDIOMS: tuple[str, ...] = (
    # Hit with something soft.
    r"\b(?:hit|hits|hitting|whack\w*|smack\w*|bash\w*|thump\w*|pelt\w*|lob\w*|throw\w*|threw|chuck\w*)"
    r"(?: me| us)?(?: \w+)? with (?:a |his |her |their |the |my )?(?:pillow|cushion|teddy|soft toy|balloon|"
    r"foam \w+|nerf \w+|pool noodle|snowball|water balloon)s?\b",
    # Cutting food, hair, or down on something.
    r"\bcut\w* (?:up )?(?:some |the |my |our |an |a |his |her )?(?:onions?|veg\w*|carrots?|bread|cake|"
    r"pizza|meat|chicken|fruit|apples?|peppers?|potatoes|wood|paper|card|fabric|grass|hedges?|lawn|hair|"
    r"fringe|nails|coupons?|tags?)\b(?: myself)?",
    r"\bcut\w* (?:down|back) on\b|\bcut\w* out (?:sugar|carbs|dairy|meat|caffeine|coffee|junk|alcohol|"
    r"booze|sweets|fizzy \w+|gluten|bread|social media|takeaways|\w+ food)\b(?: for my (?:skin|teeth|"
    r"health|diet|weight))?",
    # Kitchen knives.
    r"\b(?:knife|knives) (?:set|block|skills|sharpener)\b|\bsharpen\w* (?:all )?(?:the |our |my |mums |his |"
    r"her )?(?:kitchen )?knives\b|\blet (?:me|us) use the (?:\w+ )?knife\b(?! on)",
    # An animal that followed me.
    r"\bfollowed (?:me )?(?:home |all the way home )?by (?:a |the |this |next doors |a little )?(?:\w+ )?"
    r"(?:cat|dog|puppy|kitten|fox|pigeon|seagull|duck|goose|swan)\b",
)

NOT_A_CRISIS: tuple[str, ...] = (
    # A pet's emergency.
    r"\b(?:my|our|the|his|her|a|friends|mates|nans|grans|neighbours|sisters|brothers|cousins) " + _PET
    + r"\b(?: \w+){0,2}? (?:got |was |has |"
    r"just |is |s )?(?:hit by a car|run over|swallowed (?:a |some |my |his |her )?\w+|ate (?:a |some |my )?"
    r"\w+|collapsed|poisoned|had a fit|having a fit|seizure)\b",
    # Titles of films, songs and bands.
    r"\bsuicide (?:squad|season|boys?)\b",
    r"\b(?:song|track|album|single|film|movie|book|play|poem|episode|game)s? (?:is |was |s )?(?:called|"
    r"named|titled) (?:\w+ ){0,2}?(?:overdose|suicide\w*|self harm|kill \w+|die|dying|dead|murder\w*|"
    r"cut\w*|bleed\w*)\b",
    # A dose question with an everyday reason.
    r"\b(?:whats|what is|how much|how many|max|maximum|most)\b(?: \w+){0,4} (?:paracetamol|ibuprofen|"
    r"calpol|co ?codamol|aspirin|nurofen|painkillers)\b(?: \w+){0,6} for (?:a |my |the |her |his )?"
    + _AILMENT + r"\b" + _NOT_MINE_NOW + _NO_MORE_TAKEN,
    # Asking what to say or do if someone discloses (for a course, a friend, a job); wanting to
    # learn what to say (the "want" is not one's own).
    r"\b(?:i )?(?:want|wanna|would like|need) to (?:know|learn|understand) (?:what to say|how to (?:help|"
    r"support|talk|respond|be there))\b(?: if (?:she|he|they) (?:brings?|bring) it up| " + _IF_DISCLOSES
    + _NOT_MINE_NOW + r")?",
    r"\b(?:what|how)(?: (?:should|do|would|can|could|to|is the best way to))?(?: (?:you|i|we|people|one))? "
    r"(?:do|say|respond|react|help|support|handle it)\b " + _IF_DISCLOSES + _NOT_MINE_NOW,
    # Someone else who says it when they lose at a game.
    r"\b(?:says?|saying|said|goes)(?: that)? (?:\w+ ){0,3}?(?:kms|kys|die|dying|kill (?:him|her|them)sel(?:f|"
    r"ves)|end it all|unalive \w+)\b (?:every time|everytime|whenever|when|if) (?:he|she|they|we|you) "
    r"(?:lose|loses|lost|losing|dies|die)(?: \w+){0,2} (?:at|in|on|playing) " + _GAMES + r"\b",
    # A lyric quoted, then the song praised.
    r"\b(?:the )?(?:song|lyrics?|chorus|line) (?:goes|go|says)\b(?: \w+){1,10}?(?= (?:its|it s|is|on) "
    r"(?:on repeat|a banger|so good|stuck in my head|class|a tune)\b)",
    # A normal dose taken for an everyday ailment.
    r"\btook (?:a |one |two |1 |2 |some |a couple of |my )?(?:paracetamol|ibuprofen|calpol|nurofen|"
    r"painkillers?|tablets?|pills?)s? for (?:a |my |the |her |his )?" + _AILMENT + r"\b" + _NO_MORE_TAKEN,
    # Old things given to charity; things sorted for a move.
    r"\bgiv\w* (?:all )?(?:my |some |a load of |loads of )?(?:old|spare|outgrown|unwanted|used) "
    r"(?:\w+ ){0,2}?"
    r"(?:away )?to (?:a |the )?(?:charity|charity shop|oxfam|food bank|vinted|the tip|the clothes bank)\b",
    r"\bsorted (?:out )?(?:all )?my (?:stuff|things)(?: out)? for (?:moving|the move|uni|halls|college|my "
    r"move|the holiday|holiday|the trip)\b",
    # Not around for a trip.
    r"\bwont be around (?:next|this) \w+(?: \w+)?(?= (?:going|gone|away|off) (?:to|on)\b)",
    # Signs of a topic, asked for a project; the news or TV about someone else's crisis.
    r"\b(?:the )?signs of (?:county lines|grooming|abuse|exploitation|self ?harm\w*|cse|trafficking|"
    r"radicali[sz]ation|coercive control|domestic abuse)\b(?=(?: \w+){0,4} (?:project|essay|assignment|"
    r"coursework|lesson|presentation|homework|course|training|class)\b)",
    r"\b(?:news|love island|tv|telly|documentary|podcast|article|interview|youtuber|influencer|"
    r"celeb\w*|footballer|singer|rapper|actor|actress)\b(?: \w+){0,5} (?:about|talking about|talked "
    r"about|speaks about|spoke about|opened up about|covering) (?:the |his |her |their |that |those |a |"
    r"an )?(?:\w+s )?(?:overdoses?|suicides?|stabbings?|self harm\w*)\b",
    # First-aid training.
    r"\b(?:practi[sc]ed|practi[sc]ing|learnt|learned|learning|taught us|showed us|training on|course on|"
    r"lesson on)(?: \w+){0,6} (?:how to use an? |using an? )?(?:epipen|epi pen|defib\w*|recovery "
    r"position|cpr|tourniquet)\b" + _NOT_MINE_NOW,
    # Ending it with a partner (breaking up).
    r"\bend (?:it|things) with (?:my |him|her|them)(?:boyfriend|girlfriend|bf|gf|partner|fella|man|"
    r"missus)?\b",
    # Trapped in a lesson, a queue or a meeting.
    r"\btrapped in (?:a |the |this |another |my )?(?:lecture|lesson|class|meeting|queue|conversation|"
    r"assembly|seminar|call|zoom|teams call|group chat)\b",
    # A team beaten; hyperbole about a queue, a wait or the wifi.
    r"\b(?:team|club|side)s?(?: \w+)? (?:getting|got|get|gets|been|being) (?:battered|hammered|thrashed|"
    r"smashed|destroyed|murdered|slaughtered)\b",
    r"\b(?:boring|long|slow|dull)\b(?: \w+){0,2} i (?:literally |actually |just )?(?:wanted to|could have|"
    r"couldve|nearly|almost) died?\b(?! (?:and|because|cos|cause|but|bc))",
    r"\b(?:kms|kys|kill me) (?:this|the|my) (?:wifi|internet|signal|bus|train|queue|lesson|laptop|phone|"
    r"printer|traffic|app|game)\b(?: \w+){0,2} (?:is|are|s) (?:so |too |really )?(?:slow|boring|long|bad|"
    r"rubbish|late|laggy|broken)\b",
    r"\b(?:kms|kys|die|dying|jump\w* off (?:a |the )?(?:bridge|cliff|roof)|end it all|kill myself) "
    r"(?:every time|everytime|whenever|when|if) (?:\w+ ){1,2}(?:concede|concedes|conceded)\b",
    # Banging one's head against a wall over work.
    r"\bbang\w* my head (?:against|on|off) (?:a|the) (?:brick )?wall\b(?=(?: \w+){0,3} (?:homework|essay|"
    r"work|maths|coursework|revision|code|coding|assignment|forms?|app|system|website|admin|spreadsheet|"
    r"exams?|questions?|survey|paperwork)\b)",
    # A clinician who changed one's medicines.
    r"\b(?:doctors?|gp|neuro\w*|consultant|nurse|psychiatrist|specialist|hospital)(?: \w+){0,3}? "
    r"(?:sorted|changed|adjusted|upped|switched|reviewed|increased|lowered)(?: out)? (?:my |her |his )?"
    r"(?:meds|medication|dose|tablets)\b",
)

RECOVERED: tuple[str, ...] = (
    # An overdose told with when it happened.
    r"\b(?:when i was (?:\d+|younger|little|a teen\w*|in year \d+)|back in (?:\d{4}|year \d+)|"
    r"(?:a |two |three |\d+ )?years? ago|last year)(?: \w+){0,8}? (?:i |she |he |my \w+ )?(?:took|had) "
    r"(?:an? )?(?:overdose|od)\b",
    r"\b(?:took|had) (?:an? )?(?:overdose|od)\b(?: \w+){0,3}? (?:back in \d{4}|when i was \d+|years ago|"
    r"last year|as a teen\w*)\b",
    r"\bback in \d{4}\b",
    # So long free or clean.
    # (never "i was 6 months clean", "... and then i slipped": a streak that ended)
    r"(?<!was )(?<!were )(?<!been )\b(?:\d+)" + _FREE_OF + _STREAK_GOES_ON,
    r"(?<!was )(?<!were )(?<!been )\b(?:" + _SMALL_NUMBER + r")" + _FREE_OF + _STREAK_GOES_ON,
    r"(?<!was )(?<!were )(?<!been )\b(?:\d+)" + _CLEAN_FOR + _STREAK_GOES_ON,
    r"(?<!was )(?<!were )(?<!been )\b(?:" + _SMALL_NUMBER + r")" + _CLEAN_FOR + _STREAK_GOES_ON,
    r"\b(?:days|times|struggles|problems|issues|all that|that|it) (?:are|is|s) (?:all |well )?behind me\b",
    # Well these days.
    r"\b(?:im|i am|shes|hes|she is|he is) (?:really |so |very )?(?:well|good|happy) these days\b",
    r"(?<!not )(?<!not that )(?<!not so )\b(?:long time ago|long ago)\b",
    r"\bback when (?:i|we) (?:was|were)\b",
    # An age now ("hes 12 now"): the "now" of growing up.
    r"\b(?:hes|shes|theyre|he is|she is|they are) (?:\d+|nearly \d+|almost \d+)(?: years old)? now\b",
    r"\b(?:doing|feeling) (?:loads|heaps|way|so|a lot|much|so much) better(?: now| these days)?\b",
    # "but that's years ago" (the "but" belongs to it).
    r"\b(?:but )?(?:thats|that was|that s|its|it was|it s) (?:all )?(?:years|ages|a long time) ago\b"
    r"(?: now)?",
    r"\b(?:shes|hes|she has|he has|ive|i have|theyve) been (?:well|fine|ok|okay|good|clean|sober) for "
    r"(?:years|ages|\d+ years|a long time)(?: now)?\b",
)

SAFE_NOW: tuple[str, ...] = (
    r"\b(?:so )?glad (?:thats|that is|its|it is|all that is|all thats) (?:all )?behind (?:me|us)\b|"
    r"\b(?:thats|that is|its all|all thats) (?:all )?behind (?:me|us) now\b",
    # A scare that turned out to be someone known.
    r"\b(?:but )?(?:it |he |she |they )?turned out (?:to be|it was) (?:just |only )?(?:my|a|our|the) "
    r"(?:neighbour|mate|friend|dad|mum|brother|sister|cousin|uncle|auntie|nan|grandad|postman|postie|"
    r"delivery \w+|teacher|cat|dog|fox)\b(?: (?:walking|going|heading) (?:the same way|home)| who lives "
    r"(?:next door|nearby|on my street|down the road))?",
)

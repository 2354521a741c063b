"""Names in free text: the ones people introduce, and the ones nobody introduced.

Introduced: after "my name is", "call me" (any case), "I'm", "this is" (capitalised): up to
three words, stopped by a common word ("I'm tired" is no name; "call me back" neither).

Nobody introduced them, found by what they are and where they stand:
* a known given name anywhere, capitalised ("Jess was great"), or in lower case where a person
  stands ("me n kacper went", "its aoife", "jess here"), with a surname after it ("Karen
  Smith", "Deniz Yilmaz"): known means in ``person_names`` (Faker's lists of every locale, less
  the everyday English words such as "will" or "brown");
* a title and the name after it ("Dr Xu", "mrs mcgillivray", "nurse Bronagh"): the title
  is kept, "Dr [name]";
* a capitalised word that is no everyday word where only a name can stand: after a relation
  ("my nan Wieslawa", "receptionist Jolene"), after "me and", or before "here"; and, when the
  answer gives contact details too, after "its" or first before a comma ("Kieran, 07700…").
Acronyms in capitals (NHS, GP, CAMHS) are never names unless the whole answer is shouted;
places ("Victoria station", "Queen Elizabeth Hospital") and shops ("Holland & Barrett") stay.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Iterator

from babel import Locale

from bot.trust.everyday_words import is_everyday
from bot.trust.given_names import GIVEN_NAMES
from bot.trust.person_names import given_names, plain, surnames
from bot.trust.tags import TAG, replace_spans

# Words that follow "I'm" / "this is" / "call me" without being a name.  Keep
# lower case; compared case-insensitively.  Add to it when a false "[name]"
# shows up in review; names that are also words (Grace, Will, Hope) stay out.
_NOT_NAMES = frozenset(
    """
    a about actually afraid after again ages all allowed almost alone alright
    also always an and angry annoyed anxious any anyone anytime around as asap
    ashamed asian asking at autistic aware away awful back bad basically be
    because been before being better bi bisexual black blind bored both
    british busy but by calling can cant christian close coming completely
    confused constantly could currently dead deaf definitely depressed
    desperate different disabled disappointed doing done down dreading
    during each easily ebony either else embarrassed english enough even ever
    every exactly exhausted extremely fed feeling fine finally finding for
    frankly free from frustrated fucking gay getting glad going gonna good
    grateful great guessing had half happy hard has having he her here hers
    him his home honestly hoping how however hungry hurt hurting i if ill in
    into irish is it its jewish just kind kinda late later lesbian less like
    literally living lol lonely looking lost lowkey lucky mad many may maybe
    me meant mixed more most much muslim my nervous neurodivergent never new
    next nhs no nobody none nonbinary normal not nothing now of off ok okay
    old on once one only or other our out over overwhelmed panicking please
    pls plz pregnant pretty probably proper properly quite rather ready really
    relieved right sad same saying scared seriously she shit should sick
    sikh since single so someone sometimes sorry speaking spelt spelled
    staying still straight stressed struggling stuck studying such super
    supposed sure surprised talking tbh terrified texting thankful thanks
    that the their them then there they thinking this tired to today
    tomorrow tonight too totally trans trying ugh under unsure until up upset
    us used very waiting was we welsh well were what when where whether
    which while white who why with without wondering worried worse writing
    yes yet you young your
    amazing annoying bothered boring brilliant crazy directly disgusting
    early embarrassing fair fast first frustrating helpful hilarious
    important insane instead lovely nice perfect pointless poorly quick
    ridiculous rubbish shocking silly slow soon stupid terrible true
    unacceptable unfair unwell useless weird whenever wrong
    hi hiya heya hey hello ello yo oi wagwan morning evening afternoon dear
    brill peng bare mint sound class boss banging lush buzzin buzzing gassed grim minging
    mingin rank naff shite sick wavey bussin mid sus deffo defo ded tryna gonna wanna gotta
    sorta ridic dope lit fire decent canny braw pure hanging wack long calm safe clapped peak
    dench leng bait cringe vexed shook salty highkey dunno aight ight kl gd shan jokes
    """.split()
)

# Words that end a name already started after "my name is" / "call me".
_NAME_STOPS = frozenset(
    """
    a age aged am and are as at because but by cos cuz for from have i i'm
    im in is it just lol my not of on or really so the then to was were when which who with
    x xx xxx
    """.split()
)

# Introductions.  Group "free": the name may be in any case.  Group "capital":
# only a Capitalised word counts ("I'm tired" is not a name).
_INTRO = re.compile(
    r"(?<!\w)(?:(?P<free>m[ey]\s+name(?:['’]?s|\s+is)|call\s+me|(?<!\w)(?<![a-z]\s)(?:(?:full\s+|first\s+|last\s+|sur)?name|patient)"
    r"(?=[ \t]*:)"
    r"|(?:^|(?<=[|\n]))[ \t]*surname(?=[ \t]+[A-Z]))"
    r"|(?P<capital>i['’]?m|i\s+am|this\s+is|my\s+name(?!['’]?s\b|\s+is\b)))"
    r"(?P<gap>[ \t]*[:\-]?[ \t]+|[ \t]*[:\-][ \t]*)",
    re.IGNORECASE,
)
# A word, with inner apostrophes and hyphens ("Adeyemi-Cole", "Bede's").
_WORD_SHAPE = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
_WORD = re.compile(_WORD_SHAPE)
_WORD_GAP = re.compile(r"[ \t]+")
# Tokens of the text: tags, and words.
_TOKEN = re.compile(TAG + "|" + _WORD_SHAPE)
# Towns and counties that Faker lists as names: a place's name in a school's too ("bradford
# college", "bristol metropolitan academy").
PLACE_NAMES = frozenset("""
bristol easton chester preston lincoln chelsea kendal stanley carlisle warwick clifton ashton
dudley bradford crawley darlington lancaster wakefield huddersfield halifax york derby
brighton luton reading sutton kingston richmond hampton bolton bury burnley blackburn wigan
paisley ayr perth dundee stirling elgin kelso nairn selby whitby ripon harrogate beverley
shirley london hamilton boston burton
kent essex devon cornwall surrey sussex dorset somerset norfolk suffolk cumbria durham
""".split())
# Words that Faker lists as names but that mean something else in young people's answers.
NEVER_NAMES = PLACE_NAMES | frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday easter christmas xmas eid diwali
mon tue tues wed weds thu thur thurs fri sat sun
theres uni nan nana nani nae til fifa na neva amma ammi abba ty fella ima gna fae irl kip
finna arvo yeh erm su peng noone mair english poland spain muslim islam allah god jesus
florence sydney austin dallas paris jordan india china kenya ghana
nigeria somalia pakistan bangladesh poland romania turkey syria iran iraq jamaica
lol lmao omg idk tbh tbf imo ngl smh wtf pls plz thx ty np hbu wyd rn af fr bc cos coz
innit bruv fam bro sis mate hun babe boo
camhs nhs gp ae ane hiv sti std adhd asd ocd ptsd yma
alexa siri ramadan cortana google roma romani romany gypsy romeo juliet covid corona
england scotland wales ireland britain europe asia africa america
""".split())
_TITLES = frozenset("dr doctor mr mrs ms miss mx nurse sister prof professor".split())
# Titles a lower-case name may follow ("dr okonkwo"); after the others a name is capitalised
# or known ("nurse Bronagh", "nurse siobhan"), so "miss home" and "nurse practitioner" stay.
_LOOSE_TITLES = frozenset("dr mr mrs ms mx".split())
_RELATIONS = frozenset("""
mum mom mam mother dad father brother sister bro sis nan nana nani nanny gran granny grandma
grandad grandpa grandmother grandfather son daughter baby aunt auntie aunty uncle cousin
niece nephew friend mate pal bestie boyfriend girlfriend bf gf partner husband wife fiance
fiancee carer teacher receptionist counsellor therapist worker keyworker midwife visitor
stepdad stepmum stepbrother stepsister flatmate housemate neighbour manager boss gp
da mammy mama papa granda grampa gramps nanna
tutor mentor coach caseworker advisor adviser psychiatrist psychologist physio pharmacist
paramedic dentist consultant lad lass anp hca cpn
""".split())
# Given names that are everyday words too ("Grace", "Precious"): a name only where nothing but a
# person can stand: after a relation or a title ("Aunty Grace's", "Nurse Precious"), or before a
# surname ("Precious Mwangi").
WORD_NAMES = frozenset("""
grace precious hope faith joy blessing favour mercy patience charity summer autumn amber
ruby rose lily daisy jade crystal destiny heaven honey angel sky storm river willow poppy
ivy hazel holly iris violet pearl dawn april june will mark bill jack rich frank grant
rowan hunter taylor mason bailey chance king prince sunny
comfort gift peace praise princess miracle memory wisdom treasure divine goodness marvel
pat sue bob ray rob nick dot kitty penny
""".split())
# Surnames that are everyday words too: a surname only after a title ("mr khan", "dr price").
WORD_SURNAMES = frozenset("""
khan shah price cook baker wood hill hall young king wright green white black brown grey bell
rose fox lamb little moss marsh ward walker turner carter cooper hunter fisher mason miller
porter potter rich sharp short long strong swift hope may love day knight page bishop dean
wall hart field lane banks rivers stone street chase holmes bird nash noble
""".split())
# A name before one of these, or after a royal or a saint, names a place: "Victoria station",
# "Queen Elizabeth Hospital".
_PLACE_AFTER = frozenset("""
hospital infirmary station road street lane avenue park square centre center clinic ward unit
library house hall stadium market college school academy university bridge gardens court
island beach bay
""".split())
_PLACE_BEFORE = frozenset("queen king prince princess saint st lady sir royal fort port loch glen mount"
                          .split())
# Words before which a capitalised non-word is a person ("me and Tyrone", "ask for Ewan").
_AMONG_PEOPLE = (("me", "and"), ("me", "n"), ("me", "&"), ("ask", "for"), ("speak", "to"),
                 ("talk", "to"), ("name",), ("attn",), ("fao",))
# "its", "im": how a writer says who they are.
_SELF = frozenset(("its", "it's", "it’s", "im", "i'm", "i’m"))
_SELF_CUES = tuple((word,) for word in sorted(_SELF))
# Words before which it is the writer's own name, when the answer gives contact details too.
_SAYING_WHO = _SELF_CUES + (("am",), ("is",), ("from",), ("regards",), ("thanks",), ("cheers",),
                            ("love",), ("ring",), ("call",), ("text",), ("contact",), ("ask",))
# What labels a detail rather than names someone: "dob [date]", "mob: [phone]".
_LABELS = frozenset("""
dob tel mob mobile ph phn num no nhs email e-mail addr address postcode pc insta ig snap sc
snapchat tiktok tt discord whatsapp wa fb twitter reddit telegram contact details deets
bday bdy dm pm msg hmu txt fone cell birthdate birthday born
""".split())
# "a nurse called Mei Ling Chen", "her name was Folasade": a person, then their name.
_PERSON_NOUNS = frozenset("""
nurse doctor dr lady man woman guy girl boy bloke fella receptionist someone somebody person
friend mate worker counsellor therapist paramedic midwife pharmacist consultant student
""".split())
# Doctors and misters of fiction and song: "Dr House", "Dr Who", "Mr Blobby".
_FICTION = frozenset("house who strange foster oz phil dre seuss pepper evil no doom octopus frankenstein "
                     "jekyll hyde blobby bean men motivator brightside".split())
_THANKS = frozenset("thanks thank thx ta cheers diolch love luv from".split())
# Words that follow a person's name: "ask for mhairi she's…", "kerry-ann at the clinic".
_AFTER_A_PERSON = frozenset("she he they she's he's they're shes hes at on from in who".split())
# Who misses something: after these "miss" is a verb ("i miss home", "u will miss tiktok").
_MISSERS = frozenset("""
i you u we they he she it who will would wont dont didnt really so gonna to do does did still
always never just also cant can could might may must shall should ill youll
""".split())
_NAMING = frozenset("called named".split())
# Who a name set off by commas may follow: "the nurse at the drop in, Eilidh, was lovely".
_PEOPLE = _PERSON_NOUNS | _RELATIONS
# Words after which a word in lower case is the writer's name, when they give details too.
_INTRODUCING = _SELF_CUES + (("ring",), ("call",), ("text",), ("contact",))
# What someone is "from" when they say who they are: "it's Ruairidh from the group chat".
_GROUPS = frozenset("the my your ur work uni school college year class group".split())
_CONTACT_TAG = re.compile(
    r"\[(?:phone|email|handle|link|address|postcode|date|NHS number|school|practice)\]")
# Words that end a name's run: a capitalised one of these is not a surname ("Sam Went").
_NOT_A_SURNAME = frozenset("""
the a an and or but at to from on in of for with is was are were has had have here there
this that then when who which what where why how not no yes ok i im me my we our you your
he she they it its his her their them
""".split())


def _looks_like_name(word: str, capital_only: bool) -> bool:
    if word.lower().replace("’", "'") in _NOT_NAMES:
        return False
    return word[0].isupper() or not capital_only


def _name_end(text: str, start: int, capital_only: bool) -> int:
    """Where the introduced name (1 to 3 words from ``start``) ends, or ``start``."""
    end = start
    pos = start
    for count in range(3):
        word = _WORD.match(text, pos)
        if word is None:
            break
        token = word.group(0)
        following = text[word.end() : word.end() + 1]
        if following.isalnum() or following == "_":
            break  # "Sarah123" is a handle, not a word we can judge
        if count == 0 or capital_only:
            if not _looks_like_name(token, capital_only):
                break
        elif token.lower() in _NAME_STOPS:
            break
        end = word.end()
        gap = _WORD_GAP.match(text, end)
        if gap is None:
            break
        pos = gap.end()
    return end


def _redact_introduced_names(text: str) -> str:
    spans: list[tuple[int, int]] = []
    for intro in _INTRO.finditer(text):
        if spans and intro.start() < spans[-1][1]:
            continue  # inside a name we have already replaced
        start = intro.end()
        end = _name_end(text, start, capital_only=intro.group("capital") is not None)
        if end > start:
            spans.append((start, end))
    return replace_spans(text, spans, "[name]")


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _is_tag(token: str) -> bool:
    return token.startswith("[")


def _capitalised(token: str, shouting: bool) -> bool:
    if shouting:
        return True
    return token[0].isupper() and (not token.isupper() or len(token) > 3 and _known_given(token))


_CONTRACTED = frozenset({"m", "re", "ve", "ll", "d", "t"})
# Words between a given name and a surname ("Ciarán Ó Dónaill", "Ahmed bin Said").
_PARTICLES = frozenset(
    "o ó ni ní nic mac mc de del della van von der den al el bin ben ibn bint da di du le la".split())


@functools.cache
def _never() -> frozenset[str]:
    """Words that are never names here: the list above, relations, and the world's countries
    and regions (Babel's English names: "Georgia", "Jordan", "Chad")."""
    places = {plain(word) for name in Locale("en").territories.values() for word in name.split()}
    return NEVER_NAMES | _RELATIONS | frozenset(places)


def _everyday(word: str) -> bool:
    """An everyday English word, or one of the words that are never names here."""
    lower = plain(word).replace("’", "'")
    base, _, ending = lower.partition("'")
    if ending in _CONTRACTED:
        return True  # "I'm", "you're", "didn't": no name ("O'Neill" may be)
    return is_everyday(lower) or lower in _never() or base in _never() or _texted(lower)


def _texted(lower: str) -> bool:
    """A word texted short: a dropped g ("stressin"), an apostrophe left out ("dont", "theyre")."""
    return (lower.endswith("in") and len(lower) > 4 and is_everyday(lower + "g")) or (
        lower.endswith("nt") and is_everyday(lower[:-1] + "'t")) or lower in _APOSTROPHE_DROPPED


_APOSTROPHE_DROPPED = frozenset("ive youre theyre thats whats hes shes weve theyve youve wed id ill "
                                "youll itll theres heres wheres lets".split())


def _known_given(word: str) -> bool:
    lower = plain(word).replace("’", "'")
    base = lower[:-2] if lower.endswith("'s") else lower
    known = given_names()
    if "-" in base:  # "Amelia-Rose"
        return any(part in known and part not in _never() for part in base.split("-"))
    return base in known and base not in _never()


def _known_surname(word: str) -> bool:
    lower = plain(word).replace("’", "'")
    base = lower[:-2] if lower.endswith("'s") else lower
    return base in surnames() and not _everyday(base)


def _acronym(token: str, shouting: bool) -> bool:
    return token.isupper() and not shouting


def _surname_after(tokens: list[re.Match[str]], index: int, text: str, shouting: bool) -> int:
    """The index of the last token of a name starting at `index`: a surname, or two, may
    follow ("Harpreet Kaur Sandhu"), after a particle too ("Ciarán Ó Dónaill")."""
    end = index
    for _ in range(2):
        if end + 1 >= len(tokens):
            break
        here, after = tokens[end], tokens[end + 1]
        gap = text[here.end():after.start()]
        word = after.group(0)
        if gap not in (" ", "-") or _is_tag(word) or plain(word) in _NOT_A_SURNAME:
            break
        lower = plain(word)
        if lower.startswith(("mc", "mac", "o'")) and len(lower) > 4 and not _everyday(word):
            end += 1  # "jordan mcallister"
            continue
        line_end = end + 2 == len(tokens) or "\n" in text[after.end():tokens[end + 2].start()]
        if line_end and word.istitle() and here.group(0).istitle() and not shouting \
                and lower not in _NOT_NAMES | _PLACE_AFTER:
            end += 1  # a signature's surname on its own line: "Owain Price"
            continue
        if plain(word) in _PARTICLES and end + 2 < len(tokens) and text[
                after.end():tokens[end + 2].start()] == " " and tokens[end + 2].group(0)[0].isupper():
            end += 2
            continue
        capital = _capitalised(word, shouting) or (word.isupper() and here.group(0).isupper()
                                                   and len(word) > 2)
        if here.group(0).isupper() and word.isupper() and len(word) > 2 and _known_given(
                here.group(0)) and not shouting:
            end += 1  # "ZAINAB KHAN": a known name in capitals, and the word after it
            continue
        if capital and word[0].isupper() and here.group(0)[0].isupper() and (
                _known_given(here.group(0)) or plain(here.group(0)) in GIVEN_NAMES) \
                and plain(word) not in _NOT_NAMES | _PLACE_AFTER and not _acronym(word, shouting):
            end += 1  # a known name, then a capitalised surname, word or not: "Karen Smith"
            continue
        if _known_surname(word) or (capital and _capitalised(here.group(0), shouting)
                                    and not (_acronym(word, shouting) and not here.group(0).isupper())
                                    and not _everyday(word)):
            end += 1
            continue
        break
    return end


def _names_a_place(tokens: list[re.Match[str]], start: int, end: int) -> bool:
    before = plain(tokens[start - 1].group(0)) if start else ""
    after = plain(tokens[end + 1].group(0)) if end + 1 < len(tokens) else ""
    return before in _PLACE_BEFORE or after in _PLACE_AFTER


def _a_brand(text: str, tokens: list[re.Match[str]], start: int, end: int) -> bool:
    """Two capitalised names joined by "&" are a shop: "Holland & Barrett", "Marks & Spencer"."""
    before = text[:tokens[start].start()].rstrip()
    after = text[tokens[end].end():].lstrip()
    return (before.endswith("&") and start > 0 and tokens[start - 1].group(0)[0].isupper()) or (
        after.startswith("&") and end + 1 < len(tokens) and tokens[end + 1].group(0)[0].isupper())


@dataclasses.dataclass(frozen=True)
class _Text:
    """An answer's tokens, whether it is shouted (all in capitals), and whether it gives
    contact details (a tag of them already in it)."""
    text: str
    tokens: list[re.Match[str]]
    shouting: bool
    gives_details: bool

    @classmethod
    def of(cls, text: str) -> _Text:
        letters = [ch for ch in text if ch.isalpha()]
        return cls(text, _tokens(text), len(letters) >= 8 and all(ch.isupper() for ch in letters),
                   _CONTACT_TAG.search(text) is not None)

    def word(self, index: int) -> str:
        return self.tokens[index].group(0)

    def gap_after(self, index: int) -> str:
        return self.text[self.tokens[index].end():self.tokens[index + 1].start()]

    def capital_next(self, index: int) -> bool:
        """The next word, one space on, is capitalised and could be a surname."""
        return index + 1 < len(self.tokens) and self.gap_after(index) == " " \
            and self.word(index + 1)[0].isupper() \
            and plain(self.word(index + 1)) not in _NOT_NAMES | _PLACE_AFTER

    def before(self, index: int) -> tuple[str, ...]:
        return tuple(plain(t.group(0)) for t in self.tokens[max(0, index - 2):index])

    def after_cue(self, index: int, cues: tuple[tuple[str, ...], ...]) -> bool:
        before = self.before(index)
        return any(before[-len(cue):] == cue for cue in cues)

    def after_relation(self, index: int) -> bool:
        before = self.before(index)
        return bool(before) and before[-1] in _RELATIONS

    def from_a_group(self, index: int) -> bool:
        """The word at `index` is followed by "from the …" / "from my …": "Kasia from the team"."""
        return index + 2 < len(self.tokens) and plain(self.word(index + 1)) == "from" \
            and plain(self.word(index + 2)) in _GROUPS

    def opens_with_here(self, index: int) -> bool:
        """ "Jess here, …", "ellie rose here" """
        return index == 0 and len(self.tokens) > 1 and (plain(self.word(1)) == "here" or (
            len(self.tokens) > 2 and plain(self.word(2)) == "here" and _known_given(self.word(0))))


def _after_a_title(answer: _Text, index: int) -> bool:
    """ "Dr Xu", "mrs mcgillivray", "Ms Grant" (after Mr, Mrs, Ms, Miss, Mx and Dr a capital is
    a surname, word or not; not "Dr Google")."""
    title = plain(answer.word(index)).rstrip(".")
    if title not in _TITLES or index + 1 >= len(answer.tokens):
        return False
    after = answer.word(index + 1)
    if _is_tag(after) or plain(after) in _NOT_A_SURNAME or plain(after) in _FICTION:
        return False
    missing = title == "miss" and index > 0 and plain(answer.word(index - 1)) in _MISSERS
    if title in _LOOSE_TITLES and (plain(after) in surnames() or plain(after) in WORD_SURNAMES) \
            and after.isalpha() and not after.isupper():
        return True
    loose = (title in _LOOSE_TITLES or title == "miss" and not missing) and not _everyday(after) \
        and plain(after) not in _never() and after.isalpha() and not after.isupper()
    formal = title in _LOOSE_TITLES | {"miss"} and after[0].isupper() and not (
        _acronym(after, answer.shouting) and len(after) <= 3) and plain(after) not in _never()
    return loose or formal or _known_given(after) or _known_surname(after) or (
        _capitalised(after, answer.shouting) and (not _everyday(after) or _word_name(after)))


def _rest_of_a_name(answer: _Text, index: int) -> bool:
    """A surname after a name already replaced: "[name] Sandhu", "[name] mcallister", and at a
    line's end, "[name] Price" under "Thanks,"."""
    token = answer.word(index)
    if not (index > 0 and answer.word(index - 1) == "[name]" and answer.gap_after(index - 1) == " "):
        return False
    line_end = index + 1 == len(answer.tokens) or "\n" in answer.gap_after(index)
    lower = plain(token)
    return _known_surname(token) or (token[0].isupper() and (not _everyday(token) or line_end)) or (
        lower.startswith(("mc", "mac", "o'")) and len(lower) > 4 and not _everyday(token))


def _word_name(word: str) -> bool:
    lower = plain(word).replace("’", "'")
    return (lower[:-2] if lower.endswith("'s") else lower) in WORD_NAMES


def _opens_details(answer: _Text) -> int:
    """An answer giving details that opens with a name or two: "ameena hussain, dob [date]",
    "connor mcallister [date]", "priyanka r - [email]", "ffion [phone]". The index of the
    name's last word, or -1."""
    if not answer.gives_details or len(answer.tokens) < 2:
        return -1
    first = answer.word(0)
    if _is_tag(first) or (_everyday(first) and not (first.istitle() and _word_name(first))) \
            or not _looks_like_name(first, capital_only=False) or not plain(first).isascii() \
            or plain(first) in _SELF | _NAME_STOPS | _LABELS or _acronym(first, answer.shouting):
        return -1
    for end in (0, 1):
        if end + 1 >= len(answer.tokens):
            return -1
        gap = answer.gap_after(end)
        following = answer.word(end + 1)
        if gap.strip() in (",", "-", "–", "—", ":") or (gap == " " and _is_tag(following)) or "\n" in gap \
                or (gap.strip() and not any(ch.isalnum() for ch in gap)):
            second = answer.word(end)
            if end == 1 and _everyday(second) and not _known_surname(second) and len(second) > 1 \
                    and not _known_given(first) and not (first.istitle() and second.istitle()
                                                         and "\n" in gap):
                return -1
            return end
        if gap != " " or _is_tag(following):
            return -1
    return -1


def _initial(answer: _Text, index: int) -> bool:
    """An initial before a surname: "B. Kowalczyk", "J Okafor"."""
    token = answer.word(index)
    if len(token) != 1 or not token.isupper() or token in ("I", "A") and not answer.text[
            answer.tokens[index].end():].startswith(".") or index + 1 >= len(answer.tokens):
        return False
    after = answer.word(index + 1)
    return answer.gap_after(index) in (". ", " ") and after[0].isupper() and not _is_tag(after) \
        and not _acronym(after, answer.shouting) and (_known_surname(after) or not _everyday(after))


def _signed_off(answer: _Text, index: int) -> bool:
    """The last word after a dash, or before a kiss: "… - dean", "… work hours. Bex x"."""
    tokens = answer.tokens
    kissed = index + 2 == len(tokens) and plain(answer.word(index + 1)) in ("x", "xx", "xxx") \
        and answer.gap_after(index) == " "
    if index == 0 or not (index == len(tokens) - 1 or kissed):
        return False
    before = answer.text[:tokens[index].start()].rstrip()[-1:]
    thanked = kissed and plain(answer.word(index - 1)) in _THANKS
    if before in ("-", "–", "—") or (kissed and before in (".", "!", ",")) or thanked:
        return _known_given(answer.word(index)) or not _everyday(answer.word(index))
    return False


def _after_naming(answer: _Text, index: int) -> bool:
    """ "a nurse called Mei", "someone named Bex", "her name was Folasade"."""
    words = [plain(t.group(0)) for t in answer.tokens[max(0, index - 3):index]]
    if len(words) == 3 and words[0] in ("her", "his", "their", "whose") and words[1:] in (
            ["name", "was"], ["name", "is"]):
        return True
    if len(words) < 2 or words[-1] not in _NAMING:
        return False
    if words[-2] in _PERSON_NOUNS:
        return True  # "a nurse called"
    # "the nurse at the drop in was called": the person up to eight words before "was".
    return words[-2] in ("was", "is") and any(
        plain(t.group(0)) in _PERSON_NOUNS for t in answer.tokens[max(0, index - 10):index - 2])


def _named(answer: _Text, index: int) -> bool:
    """Whether the word at `index` starts a name nobody introduced."""
    token = answer.word(index)
    if plain(token) == "frank" and answer.before(index) == ("talk", "to") and not answer.capital_next(index):
        return False  # "Talk to Frank", the drugs advice service
    capital = _capitalised(token, answer.shouting)
    people = answer.after_relation(index) or answer.after_cue(
        index, _AMONG_PEOPLE + _SAYING_WHO) or answer.opens_with_here(index)
    # A name that is a word too, where only a person stands ("Aunty Grace's", "attn Precious"),
    # or before a known surname ("Precious Mwangi").
    if capital and not answer.shouting and _word_name(token) and (
            answer.after_relation(index) or answer.after_cue(index, _AMONG_PEOPLE)
            or (answer.capital_next(index) and _known_surname(answer.word(index + 1)))):
        return True
    # A known name capitalised anywhere; in lower case only where a person stands, or with a
    # surname after it ("me n kacper", "its aoife", "karen okafor"): lower-case texting has
    # words that Faker lists as names. The hand-kept names stand even where they are words
    # too ("tom", "dean").
    if _known_given(token) and (not _everyday(token) or plain(token) in GIVEN_NAMES) and (
            capital or people
            or _surname_after(answer.tokens, index, answer.text, answer.shouting) > index):
        return True
    # A hand-kept name that is a place too ("Georgia", "Jordan") where a person stands, or
    # before a surname ("Chelsea Burns").
    if plain(token) in GIVEN_NAMES and ((people and not answer.after_cue(index, (("from",), ("in",))))
                                        or (capital and answer.capital_next(index))):
        return True
    # "my mum Rose Smith": a relation, then two capitalised words.
    if not answer.shouting and capital and answer.after_relation(index) and answer.capital_next(index):
        return True
    if (capital and (not _everyday(token) or _word_name(token)) or not capital and _known_given(token)
            and not _everyday(token)) and _after_naming(answer, index):
        return True
    # "[phone] - safa.": a name signed after the details.
    if index > 0 and answer.word(index - 1) in ("[phone]", "[email]") \
            and answer.gap_after(index - 1).strip() in ("-", "–", "—") and not _everyday(token) \
            and _looks_like_name(token, capital_only=False) and token.isalpha() and (
                index + 1 == len(answer.tokens) or answer.gap_after(index).strip()[:1] in (".", ",", "!")):
        return True
    # "the nurse at the drop in, Eilidh, was lovely": a name set off by commas after a person.
    if capital and not _everyday(token) and index > 1 and answer.gap_after(index - 1).strip() == "," \
            and index + 1 < len(answer.tokens) and answer.gap_after(index).strip() == "," and any(
                plain(t.group(0)) in _PEOPLE for t in answer.tokens[max(0, index - 6):index]):
        return True
    if capital and not _everyday(token):
        # A name nobody knows, where only a name stands: "my nan Wieslawa", "me and Tyrone",
        # "Hodan here", "Kasia from the leaving care team".
        if answer.after_relation(index) or answer.after_cue(index, _AMONG_PEOPLE) \
                or answer.opens_with_here(index):
            return True
        if index == 0 and answer.from_a_group(0):
            return True
        # "it's Ruairidh from the group chat", "im Tobi here".
        if index == 1 and plain(answer.word(0)) in _SELF and len(answer.tokens) > 2 and (
                plain(answer.word(2)) == "here" or answer.from_a_group(1)):
            return True
        # Someone giving their details says who they are: "its Hamza, my insta is…",
        # "Kieran, 07700…", "(Gurpreet)". Without details these are places and shops too
        # ("its Tesco", "Leeds, it was fine").
        if answer.gives_details and (
                answer.after_cue(index, _SAYING_WHO)
                or (index == 0 and len(answer.tokens) > 1 and answer.text[answer.tokens[0].end()] == ",")
                or (answer.text[answer.tokens[index].start() - 1:answer.tokens[index].start()] == "("
                    and answer.text[answer.tokens[index].end():answer.tokens[index].end() + 1] == ")")):
            return True
    # "ask for mhairi she's the only one", "pass this on to kerry-ann at the clinic".
    if not capital and answer.after_cue(index, (("ask", "for"), ("on", "to"), ("speak", "to"))) \
            and len(token) > 2 and not _everyday(token) and _looks_like_name(token, capital_only=False) \
            and index + 1 < len(answer.tokens) and plain(answer.word(index + 1)) in _AFTER_A_PERSON:
        return True
    # "catriona on reception", "bev at reception".
    if not capital and index + 2 < len(answer.tokens) and _known_given(token) and not _everyday(token) \
            and plain(answer.word(index + 1)) in ("on", "at", "from") \
            and plain(answer.word(index + 2)) == "reception":
        return True
    # In lower case too when the answer gives contact details: "im cerys, snap [handle]",
    # "ask for dami on [phone]".
    if not capital and answer.gives_details and len(token) > 2 and not _everyday(token) \
            and _looks_like_name(token, capital_only=False) and answer.after_cue(
                index, _AMONG_PEOPLE + _INTRODUCING):
        return True
    # Signed off: "… if u want more - dean".
    return _signed_off(answer, index)


def _spans(text: str) -> Iterator[tuple[int, int]]:
    answer = _Text.of(text)
    tokens = answer.tokens
    index = 0
    opening = _opens_details(answer)
    if opening >= 0:
        yield tokens[0].start(), tokens[opening].end()
        index = opening + 1
    while index < len(tokens):
        token = answer.word(index)
        if _initial(answer, index):
            end = _surname_after(tokens, index + 1, text, answer.shouting)
            yield tokens[index].start(), tokens[end].end()
            index = end + 1
            continue
        if _is_tag(token) or (_acronym(token, answer.shouting) and not _known_given(token)):
            index += 1
            continue
        if _after_a_title(answer, index):
            end = _surname_after(tokens, index + 1, text, answer.shouting)
            yield tokens[index + 1].start(), tokens[end].end()  # the title stays: "Dr [name]"
            index = end + 1
            continue
        rest = _rest_of_a_name(answer, index)
        if rest or _named(answer, index):
            end = _surname_after(tokens, index, text, answer.shouting)
            if index == 0 and end == 0 and len(tokens) > 2 and plain(answer.word(2)) == "here" \
                    and answer.opens_with_here(0):
                end = 1  # "ellie rose here"
            place = _names_a_place(tokens, index, end) or _a_brand(text, tokens, index, end)
            if rest or not place:
                yield tokens[index].start(), tokens[end].end()
            index = end + 1
            continue
        index += 1


def redact_names(text: str) -> str:
    """`text` with the names people introduce, and the names nobody introduced, replaced by
    "[name]"."""
    text = _redact_introduced_names(text)
    return replace_spans(text, _spans(text), "[name]")

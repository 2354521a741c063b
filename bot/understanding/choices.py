"""Replies to single-choice questions.

A patient can name an option by number ("2", "option 2", "2 - it was alright"),
letter ("b"), ordinal ("the second one"), its label or part of it ("gp"), another
name for it ("casualty", "boots"; see lexicon.py), or a near-miss spelling
("pharmacey"). Two options named at once ("pharmacy or gp") are offered back as a
choice; a best guess is offered as "Did you mean…?" and never stored silently.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, Mapping, Sequence, Tuple

from bot.understanding.also import also_another
from bot.understanding.lexicon import Name, contains, option_names
from bot.understanding.matching import (
    Labels,
    Match,
    label_tokens,
    match_names,
    other_spans,
    reply_tokens,
    verb_led,
)
from bot.understanding.numbered import leading_positions, starts_with_letter
from bot.understanding.ranges import (
    how_long_ago,
    read_bare_number,
    read_plain_number,
    read_range,
)
from bot.understanding.related import stem
from bot.understanding.result import (
    AMBIGUOUS,
    ANSWERED,
    CHOOSE,
    CONFIRM,
    INVALID,
    OUT_OF_RANGE,
    UNRECOGNISED,
    Parsed,
    answered,
    choose,
    guess,
    invalid,
)
from bot.understanding.text import SPACES, canon, find_phrases, prepare, strip_edges, words
from bot.understanding.verdicts import rating_answer
from bot.understanding.words import (
    EDGE_FILLERS,
    LAST,
    NEGATORS,
    NUMBER_PREFIXES,
    NUMBER_WORDS,
    ORDINAL_FILLERS,
    ORDINALS,
    STOPWORDS,
    UNSURE_PHRASES,
    YES_NO_OPENERS,
    YES_NO_PHRASES,
    YES_NO_WORDS,
)

_HUGE = 10**9  # stands in for absurd option numbers ("99999999999")
Aliases = Mapping[str, Sequence[str]]

__all__ = ["Labels", "bare_number", "by_position", "exact_label", "label_tokens",
           "parse_choice", "positional"]


def exact_label(options: Sequence[str], prepared: str) -> int | None:
    """The option whose label is exactly the reply (ignoring case and punctuation)."""
    tokens = tuple("and" if t == "plus" else t for t in words(prepared))
    for index, option in enumerate(_prepared(tuple(options))):
        if option == prepared:  # emoji-only labels have no word tokens
            return index
    for index, label in enumerate(label_tokens(options)):
        if label and label == tokens:
            return index
    return None


@lru_cache(maxsize=512)
def _prepared(options: Tuple[str, ...]) -> Tuple[str, ...]:
    return tuple(prepare(option) for option in options)


def bare_number(core: Sequence[str]) -> int | None:
    """A reply that is just a whole number, in digits or words."""
    if len(core) == 1 and core[0].isascii() and core[0].isdigit():
        return int(core[0]) if len(core[0]) <= 9 else _HUGE
    return NUMBER_WORDS.get(tuple(core))


def positional(tokens: Sequence[str], count: int) -> int | None:
    """An option named by position: "2", "option 2", "b", "the second one". 1-based."""
    core = strip_edges(tokens, EDGE_FILLERS)
    if len(core) > 1 and core[0] in NUMBER_PREFIXES and (core[0] != "no" or core[1].isdigit()):
        core = core[1:]  # "no. 2", "option two"; but "no one" is nobody
    number = bare_number(core)
    if number is not None:
        return number
    if len(core) == 1 and len(core[0]) == 1 and "a" <= core[0] <= "z":
        return ord(core[0]) - ord("a") + 1
    ordinal = [token for token in core if token not in ORDINAL_FILLERS]
    if len(ordinal) == 1 and ordinal[0] in ORDINALS:
        value = ORDINALS[ordinal[0]]
        return count if value == LAST else value
    return None


def by_position(options: Sequence[str], position: int) -> Parsed:
    if 1 <= position <= len(options):
        return answered(options[position - 1])
    return invalid(OUT_OF_RANGE)


def from_match(options: Sequence[str], found: Match) -> Parsed:
    """A single-choice outcome from what the names matched."""
    if found.reason:
        return invalid(found.reason)
    chosen = sorted(found.indexes)
    if found.kind == "choose":
        return choose(options[i] for i in chosen)
    if found.kind == "maybe":
        return guess(options[chosen[0]])
    return answered(options[chosen[0]])


def _positions_outcome(options: Sequence[str], positions: FrozenSet[int]) -> Parsed:
    if any(not 1 <= p <= len(options) for p in positions):
        return invalid(OUT_OF_RANGE)
    if len(positions) == 1:
        return answered(options[next(iter(positions)) - 1])
    return choose(options[p - 1] for p in sorted(positions))


def parse_choice(options: Sequence[str], prepared: str, aliases: Aliases | None = None,
                 numbered_comments: bool = True) -> Parsed:
    """One option; `numbered_comments` reads "3 - it was alright" as option 3. A reply with
    a condition, an exception or a change in it ("if it was a woman, yes") is only a guess."""
    if _ANY_BUT.search(prepared):  # "anywhere but a&e" names what it is not
        return invalid(AMBIGUOUS)
    prepared = _plain_remarks(options, prepared)
    if not prepared.strip():
        return invalid(AMBIGUOUS)  # "on my phone" to [Phone call, NHS App, …]: which?
    read = _parse_choice(options, prepared, aliases, numbered_comments)
    if read.status in (ANSWERED, CHOOSE) and _WITHOUT.search(prepared) and not any(
            _WITHOUT.search(prepare(option)) for option in options):
        read = _not_the_one_without(options, prepared, aliases, read)
    stopped = _stopped(options, prepared)
    if stopped is not None and (read.status != ANSWERED or read.value != stopped.value):
        return stopped  # stored only when the reply named that option itself
    someone = _someone_else(options, prepared, read)
    if someone is not None:
        return someone
    if _myself_not_someone(prepared, read):
        return invalid(UNRECOGNISED)  # "drove myself" is not "Someone drove me"
    if read.status == ANSWERED and _or_something_else(options, prepared, aliases):
        return invalid(AMBIGUOUS)  # "my mum or my bf", "tiktok then my nan": which one?
    also = also_another(options, prepared, read.value) if read.status == ANSWERED else None
    if also is not None:  # "at college and i also care for my dad": which describes you best?
        return choose(option for option in options if option in (read.value, also))
    both = _two_joined(options, prepared, aliases, read)
    if both is not None:
        return both  # "being shy and the queues": which is the main one?
    if read.status == INVALID:
        any_will_do = _no_preference(options, prepared)
        if any_will_do is not None:
            return any_will_do  # "whenever tbh" to […, Any time]
        hedge = _hedge_in_one_label(options, prepared)
        if hedge is not None:
            return hedge  # "mostly" to […, Mostly understood it, …]
    if read.status == ANSWERED and _CONDITIONAL.search(prepared):
        return guess(read.value)
    return read


def _hedge_in_one_label(options: Sequence[str], prepared: str) -> Parsed | None:
    """A reply of one word usually dropped as a hedge ("mostly", "usually", "probably") that
    one label says: that option, offered."""
    said = words(prepared)
    if len(said) != 1 or said[0] not in EDGE_FILLERS or len(said[0]) < 5:
        return None
    having = [option for option, label in zip(options, label_tokens(options), strict=True)
              if said[0] in label]
    return guess(having[0]) if len(having) == 1 else None


# "the chemist does it now without seeing a doctor": what the reply did without is not it.
_WITHOUT = re.compile(r"\b(?:without|with no|w out|w o)\s+(?:seeing|seein|see|going to|going|having to see|"
                      r"needing|a|an|the|my|any|\s)*\s*[a-z&]+(?:\s+[a-z]+)?")


def _not_the_one_without(options: Sequence[str], prepared: str, aliases: Aliases | None,
                         read: Parsed) -> Parsed:
    """Of two options named, the one named outside a "without …", offered; "without the gp"
    alone names none."""
    rest = _WITHOUT.sub(" ", prepared)
    again = _parse_choice(options, rest, aliases, False)
    if read.status == ANSWERED:  # named only in what it was done without: not read
        return invalid(UNRECOGNISED) if again.reason == UNRECOGNISED else read
    if again.status in (ANSWERED, CONFIRM) and again.value in read.value:
        return guess(again.value)
    return read


# Having stopped: "quit in march", "gave up ages ago", "packed it in"; and options that say so.
_STOPPING = re.compile(r"\b(?:quit|quitted|gave up|given up|gave it up|given it up|stopped|"
                       r"packed (?:it )?in|jacked (?:it )?in|kicked (?:it|the habit)|"
                       r"ex smoker|ex vaper)\b")
_AGAIN = re.compile(r"\b(?:again|back on|relapsed|started|still|trying to|want to|wanna|"
                    r"gonna|going to|thinking)\b")
_STOPPED_LABEL = re.compile(r"\b(?:stopped|gave up|given up|quit|used to|ex)\b")


def _stopped(options: Sequence[str], prepared: str) -> Parsed | None:
    """ "quit in the summer" to [Every day, …, I used to but stopped, Never]: the option that
    says they stopped, offered; never "Never", which a stopping "no" would otherwise land on."""
    if not _STOPPING.search(prepared) or _AGAIN.search(prepared):
        return None
    saying = [option for option in options if _STOPPED_LABEL.search(prepare(option))]
    return guess(saying[0]) if len(saying) == 1 else None


# Another person doing it for the patient: "me mam takes me in the car", "my girlfriend
# sorted it for me"; the option for that ("Someone drives me", "Someone else booked it").
_PERSON = frozenset("mum mam mom ma maw mother dad da father parent parents carer nan nana gran "
                    "granny grandma grandad boyfriend girlfriend bf gf partner husband wife "
                    "hubby fiance fiancee fella missus mate mates friend friends pal sister sis "
                    "brother bro auntie aunt "
                    "uncle cousin neighbour family".split())
_FOR_ME = re.compile(r"\b(?:for me|takes me|take me|took me|drives me|drove me|gives me|gave me|"
                     r"give me|runs me|ran me|drops me|dropped me|picks me|picked me|brings me|"
                     r"brought me|takes us|gives us|a lift|lift off|does it|did it|sorted it|"
                     r"books it|booked it|rang for me|calls for me)\b")
# Done by another for the patient, whichever way: "my dad rings them for me".
_DONE_FOR_ME = re.compile(r"\b(?:call|calls|ring|rings|rang|phone|phones|phoned|book|books|"
                          r"booked|does it|did it)\s+(?:\w+\s+)?for me\b")
_MYSELF = re.compile(r"\b(?:myself|i drive|i drove|by myself|on my own)\b")


def done_for_me(prepared: str) -> bool:
    """The reply says another person did it for the patient ("my dad drives me", "my bf gives
    me a lift") and not that they did it themselves."""
    return bool(set(words(prepared)) & _PERSON and _FOR_ME.search(prepared)
                and not _MYSELF.search(prepared))


def _someone_else(options: Sequence[str], prepared: str, read: Parsed) -> Parsed | None:
    """The one option for someone else doing it, offered, when the reply says a person did it
    for them and it was not read as another option for sure (or only as doing it oneself)."""
    someone = [option for option in options if words(prepare(option))[:1] in (["someone"], ["lift"])
               or words(prepare(option))[-2:] == ["from", "someone"]]  # "Lift from someone"
    said = words(prepared)
    if len(someone) != 1 or not set(said) & _PERSON or not _FOR_ME.search(prepared) or (
            _MYSELF.search(prepared)) or "or" in said:  # "bus or my mum drops me": which?
        return None
    read_as = read.value if read.status == CHOOSE else (read.value,)
    myself = ["myself" in words(prepare(str(value))) for value in read_as]
    doing_it_myself = read.status in (ANSWERED, CONFIRM, CHOOSE) and any(myself) and all(
        mine or value == someone[0] for mine, value in zip(myself, read_as, strict=True))
    if _DONE_FOR_ME.search(prepared):
        return answered(someone[0])  # "my dad rings them for me", "my sister booked it for me"
    if read.status != INVALID and not doing_it_myself:
        return None  # "my mum" to [A parent or carer, …]; "bus or my mum drops me": which?
    return guess(someone[0])


# Remarks that name no option: "like everyone else" is not "Someone else booked it"; "my
# phone" is the device the app is on, not a phone call.
_LIKE_EVERYONE = re.compile(SPACES + r"\b(?:like|same as|as)\s+every(?:one|body|1)\s+else\b")
_MY_PHONE = re.compile(r"\b(?:on|from|through|thru|using|via|in)\s+(?:my|me|mi|ur|your)\s+"
                       r"(?:phone|mobile|fone)\b(?!\s+(?:call|number))")


def _plain_remarks(options: Sequence[str], prepared: str) -> str:
    plain = _LIKE_EVERYONE.sub("", prepared)
    if any("app" in words(prepare(option)) or "online" in words(prepare(option))
           for option in options):
        plain = _MY_PHONE.sub(" ", plain)  # "the app on my phone" to [Phone call, NHS App, …]
    return plain if plain.strip() or not _MY_PHONE.search(prepared) else ""


# Options saying any would do, and replies saying so: "dont mind" to "No preference".
_ANY_LABEL = re.compile(r"^(?:no preference|any time|anytime|any|either|dont mind|"
                        r"i dont mind|no preference any|whatever suits)$")
_ANY_REPLY = frozenset(tuple(p.split()) for p in (
    "dont mind|i dont mind|dont mind really|i dont mind really|whenever|any time|anytime|"
    "no preference|any|either|either is fine|any is fine|any of them|whichever|"
    "happy with any|whenever suits|whenever is fine|any time is fine|dont care|i dont care|"
    "no pref").split("|"))
_ANY_LOOSELY = frozenset(tuple(p.split()) for p in (
    "whatever|whatevers quickest|whatever is quickest|whatevers easiest|whatever is easiest|"
    "whatevers best|whatever works|not bothered|im not bothered|not fussed|im not fussed|"
    "whichever is quickest|whichevers quickest").split("|"))


def _no_preference(options: Sequence[str], prepared: str) -> Parsed | None:
    labels = [i for i, option in enumerate(options)
              if _ANY_LABEL.match(" ".join(words(prepare(option).replace("'", ""))))]
    said = tuple(strip_edges(words(prepared), EDGE_FILLERS | frozenset(("really", "tbh"))))
    if len(labels) != 1:
        return None
    if said in _ANY_REPLY:
        return answered(options[labels[0]])
    return guess(options[labels[0]]) if said in _ANY_LOOSELY else None


_JOINED = re.compile(r"\s(?:and|&|n|plus)\s")
_CATCH_ALL = re.compile(r"^(?:something else|somewhere else|someone else|other|another|none of)")


def _two_joined(options: Sequence[str], prepared: str, aliases: Aliases | None, read: Parsed
                ) -> Parsed | None:
    """Two things joined by "and", each read as a different option on its own: one answer
    was asked for, so which one?"""
    joins = list(_JOINED.finditer(prepared))
    if read.status != ANSWERED or len(joins) != 1:
        return None
    parts = [prepared[:joins[0].start()], prepared[joins[0].end():]]
    if any(max(map(len, words(part)), default=0) < 3 for part in parts):
        return None  # "a and e" is one name
    readings = [_parse_choice(options, part, aliases, False) for part in parts]
    if any(r.status not in (ANSWERED, CONFIRM) or _CATCH_ALL.match(prepare(str(r.value)))
           for r in readings):
        return None  # "…n wait it out" is not "Something else"
    values = {r.value for r in readings}
    if len(values) != 2 or read.value not in values:
        return None
    return choose(option for option in options if option in values)


# Two things put side by side: "tiktok then my nan", "my gf and my mum at the same time"; a
# plain "and" joins a remark as often as a thing ("boots n wait it out"), so it counts only
# with words saying the two were together.
_THEN = frozenset(("then",))
_AND = frozenset(("and", "n"))
_TOGETHER = re.compile(r"\b(?:at the same time|same time|together|both)\b")
_NAME_WORDS = 2
_SIDE_EDGES = EDGE_FILLERS | frozenset("my me mi ma the a first at same time both".split())


def _or_something_else(options: Sequence[str], prepared: str, aliases: Aliases | None) -> bool:
    """An option "or" something that is not an option here, or the two side by side ("and",
    "then") where that something is all one side says: either may be meant."""
    names = option_names(options, aliases)
    tokens = reply_tokens(prepared, names)
    spans = [(start, end) for start, end in other_spans(names, label_tokens(options), tokens)
             if tuple(tokens[start:end]) not in UNSURE_PHRASES
             and not set(tokens[start:end]) <= EDGE_FILLERS]  # "…or 4 maybe" is a hedge
    if "or" in tokens:
        at = tokens.index("or")
        return any(start > at or end <= at for start, end in spans)
    side_by_side = _THEN | _AND if _TOGETHER.search(prepared) else _THEN
    joins = [at for at, token in enumerate(tokens) if token in side_by_side]
    if len(joins) != 1 or not spans:
        return False
    at = joins[0]
    return any(_only(tokens, side, spans) for side in ((0, at), (at + 1, len(tokens))))


def _only(tokens: Sequence[str], side: Tuple[int, int], spans: Sequence[Tuple[int, int]]) -> bool:
    """The side of a reply says nothing but one name of something that is not an option."""
    kept = [i for i in range(*side) if tokens[i] not in _SIDE_EDGES]
    return 0 < len(kept) <= _NAME_WORDS and any(
        side[0] <= start and end <= side[1] and kept == [
            i for i in range(start, end) if tokens[i] not in _SIDE_EDGES] for start, end in spans)


def _myself_not_someone(prepared: str, read: Parsed) -> bool:
    """The reply says they did it themselves, yet was read as someone else doing it."""
    return (read.status in (ANSWERED, CONFIRM) and words(prepare(str(read.value)))[:1] == [
        "someone"] and bool(_MYSELF.search(prepared)) and not _PERSON & set(words(prepared)))


# "anywhere but A&E", "anything except the GP": every option but one, which is no one answer.
_ANY_BUT = re.compile(r"\b(?:anywhere|anything|anyone|anybody|any|anytime|whatever|whichever|"
                      r"all|everything|everywhere|everyone)\s+(?:but|except|apart from|other than|"
                      r"besides|bar|excluding)\b")


# A condition, an exception or a change over time: "if it was a woman, yes", "every day
# except sunday", "used to every day, now never".
_CONDITIONAL = re.compile(r"\b(?:if|unless|as long as|only when|depends on|providing|provided|"
                          r"except|apart from|other than|besides|excluding|used to|not anymore|"
                          r"not any more)\b")


def _parse_choice(options: Sequence[str], prepared: str, aliases: Aliases | None,
                  numbered_comments: bool) -> Parsed:
    if not options:
        return invalid(UNRECOGNISED)
    exact = exact_label(options, prepared)
    if exact is not None:
        return answered(options[exact])
    names = option_names(options, aliases)
    tokens = reply_tokens(prepared, names)
    core = tuple(strip_edges(tokens, EDGE_FILLERS))
    named = [name.index for name in names if name.sure and name.tokens == core]
    if len(set(named)) == 1:  # "no one" is the option Nobody, not "No. 1"
        return answered(options[named[0]])
    reordered = _reordered(label_tokens(options), core)
    if reordered is None:
        reordered = _negated_opposite(label_tokens(options), core)
    if reordered is not None:  # "disagree strongly", "i dont agree"
        return answered(options[reordered])
    position = positional(tokens, len(options))
    if position is not None and 1 <= position <= len(options):
        return _number_or_time(options, prepared, tokens, options[position - 1])
    found = match_names(names, label_tokens(options), tokens)
    opening = _no_such_said(label_tokens(options), tokens)
    if opening is not None and opening not in found.indexes and (
            found.kind != "one" or found.spelling):
        return guess(options[opening])  # "they said no interpreter today" to […, No interpreter…]
    lacking = _none_to_be_had(label_tokens(options), tokens)
    if lacking is not None and found.kind != "one":
        return guess(options[lacking])  # "no nhs dentist near" to […, Couldn't find an NHS dentist]
    ranged = read_range(options, prepared)
    if ranged is not None:  # "about 20 mins", "6pm", "twice a week", "8 months ago"
        return _with_names(options, ranged, found)
    rated = rating_answer(options, prepared)
    if rated is not None:  # "shocking" to "Very good | Good | OK | Poor | Very poor"
        return rated
    if position is not None:  # "111" is out of range as a number, but may be a label
        if position >= 100 and found.kind == "one":
            return from_match(options, found)
        value = bare_number(core)
        if value is not None and value <= _HUGE // 10:  # "17" to ages, "15" to minutes (offered)
            in_unit = read_plain_number(options, value) or read_bare_number(options, value)
            if in_unit is not None:
                return in_unit
        return invalid(OUT_OF_RANGE)
    leading: FrozenSet[int] = frozenset()
    if numbered_comments:
        leading = leading_positions(prepared, tokens, len(options), label_tokens(options))
    if leading and found.kind == "one" and {i + 1 for i in found.indexes} != set(leading):
        if len(leading) == 1 and starts_with_letter(prepared) and set(tokens) & _PUT_DOWN:
            return guess(options[next(iter(leading)) - 1])  # "d. hate talking on the phone"
        return _positions_outcome(options, leading | {i + 1 for i in found.indexes})
    if leading and (found.reason == UNRECOGNISED or found.kind == "maybe"):
        return _positions_outcome(options, leading)
    if found.kind != "one":
        first = _answer_then_reason(options, names, prepared)
        if first is not None:
            return first
    if found.kind not in ("one", "choose") and not set(tokens) & NEGATORS:
        clause = _range_in_a_clause(options, prepared)
        if clause is not None:  # "quick, like 20 min cos i was bleeding": offered
            return clause
    if found.reason in (UNRECOGNISED, AMBIGUOUS):  # "never booked one" to "I haven't booked one"
        return (_yes_or_no_option(options, tokens) or _nowhere(options, tokens)
                or from_match(options, found))
    return from_match(options, found)


def _no_such_said(labels: Labels, tokens: Sequence[str]) -> int | None:
    """The one label opening with "no" and a thing ("No interpreter was provided", "No
    appointment offered") whose two first words the reply says; the rest of it is guessed."""
    opening = [i for i, label in enumerate(labels) if len(label) > 2 and label[0] == "no"
               and label[1] not in STOPWORDS and contains(tokens, label[:2])]
    return opening[0] if len(opening) == 1 else None


_COULD_NOT = frozenset("couldnt cant didnt could not".split())
_GETTING = frozenset("find get book see".split())
_ARTICLES = frozenset("a an the any".split())


def _none_to_be_had(labels: Labels, tokens: Sequence[str]) -> int | None:
    """The one label saying a thing could not be had ("Couldn't find an NHS dentist") whose
    thing the reply says there was none of ("no nhs dentist near")."""
    found = []
    for index, label in enumerate(labels):
        if len(label) < 3 or label[0] not in _COULD_NOT or label[1] not in _GETTING:
            continue
        thing = [stem(word) for word in label[2:] if word not in _ARTICLES][:2]
        said = [stem(token) for token in tokens]
        if thing and (contains(said, ["no", *thing]) or contains(said, ["no", thing[-1]])):
            found.append(index)
    return found[0] if len(found) == 1 else None


def _reordered(labels: Labels, core: Sequence[str]) -> int | None:
    """ "disagree strongly" for "Strongly disagree": a label's words in another order."""
    if len(core) < 2:
        return None
    same = [i for i, label in enumerate(labels) if sorted(label) == sorted(core)]
    return same[0] if len(same) == 1 else None


_OPPOSITE_PREFIXES = ("dis", "un", "in", "im")
_PLAIN_NEGATORS = frozenset("not dont didnt doesnt wasnt isnt werent arent".split())


def _negated_opposite(labels: Labels, core: Sequence[str]) -> int | None:
    """ "i dont agree" for Disagree, "not satisfied" for Dissatisfied: a negation and a word
    whose opposite a label is; the plainest such label ("Disagree", not "Strongly disagree")."""
    if len(core) != 2 or core[0] not in _PLAIN_NEGATORS:
        return None
    opposites = {prefix + core[1] for prefix in _OPPOSITE_PREFIXES}
    having = [i for i, label in enumerate(labels) if opposites & set(label)]
    if not having:
        return None
    shortest = min(len(labels[i]) for i in having)
    plainest = [i for i in having if len(labels[i]) == shortest]
    return plainest[0] if len(plainest) == 1 else None


_TIME_HINTS = frozenset("like about around roughly at by after before til till until am pm "
                        "oclock".split())


def _number_or_time(options: Sequence[str], prepared: str, tokens: Sequence[str], numbered: str
                    ) -> Parsed:
    """ "2" is option 2; "like 1" to bedtimes may be option 1 or 1am: which one?"""
    value = bare_number(strip_edges(tokens, EDGE_FILLERS))
    as_value = read_plain_number(options, value) if value is not None else None
    if as_value is not None and as_value.value != numbered:  # "2" to 0 | 1 | 2-3: which one?
        return choose(option for option in options if option in (numbered, as_value.value))
    if value is not None and how_long_ago(options):
        return guess(numbered)  # "3" to "…|1 to 2 years ago|…": option 3, or 3 years ago?
    if not any(token in _TIME_HINTS or token.endswith("ish") for token in tokens):
        return answered(numbered)  # "2", "option 2", "2 pls"
    ranged = read_range(options, prepared)
    if ranged is None or ranged.status not in (ANSWERED, CONFIRM) or ranged.value == numbered:
        return answered(numbered)
    return choose(option for option in options if option in (numbered, ranged.value))


def _range_in_a_clause(options: Sequence[str], prepared: str) -> Parsed | None:
    """The one clause of a longer reply that reads as a time, frequency or length in one
    option, the rest remarks: that option, offered."""
    parts = [part for part in _CLAUSE.split(prepared) if part.strip()]
    if len(parts) < 2:
        return None
    readings = [read for read in (read_range(options, part) for part in parts) if read is not None]
    if len(readings) != 1 or readings[0].status not in (ANSWERED, CONFIRM):
        return None
    return guess(readings[0].value)


def _with_names(options: Sequence[str], ranged: Parsed, found: Match) -> Parsed:
    """A range reading, unless the reply also names another option ("weekend or evenings")."""
    named = {options[i] for i in found.indexes} if found.kind in ("one", "choose") else set()
    picked = set(ranged.value) if ranged.status == CHOOSE else {ranged.value}
    if not named or named <= picked:
        return ranged
    both = [option for option in options if option in named | picked]
    return choose(both) if len(both) <= 3 else invalid(AMBIGUOUS)


_CLAUSE = re.compile(SPACES + r"(?:[,.;:!?()]|\s-\s|\s(?:because|cos|coz|cuz|bc|since|as|although|"
                     r"though|but)\s)\s*")
_ALTERNATIVE = frozenset("or and maybe also then otherwise".split())


def _answer_then_reason(options: Sequence[str], names: Tuple[Name, ...], prepared: str
                        ) -> Parsed | None:
    """ "Pharmacy - couldn't get a GP appointment": an answer, then why. The reason may
    mention another option only to rule it out, never as an alternative ("…, or the GP")."""
    cut = _CLAUSE.search(prepared)
    parts = [prepared[:cut.start()], prepared[cut.end():]] if cut else []
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
        return None
    labels = label_tokens(options)
    head = match_names(names, labels, reply_tokens(parts[0], names))
    if head.kind != "one" or len(reply_tokens(parts[0], names)) > 6:
        return None
    rest = reply_tokens(parts[1], names)
    if rest and rest[0] in _ALTERNATIVE:
        return None
    others = {n.index for n in names if n.sure and contains(rest, n.tokens)} - set(head.indexes)
    chosen = options[next(iter(head.indexes))]
    if "so" in rest[:2] and not others:
        # "uni student, so i paid": what the reply concludes with is the answer; offered
        after = match_names(names, labels, rest)
        besides = after.indexes - head.indexes
        if after.kind in ("one", "maybe", "choose") and besides:
            return guess(options[next(iter(besides))]) if len(besides) == 1 else None
    if others and not any(word in NEGATORS for word in rest):
        # "cab, cos the buses are a joke", "tram, its quicker than the bus": the other
        # option is put down or compared, so the first is meant; "my sisters, theyre my best
        # friends": the other option's word describes the first; only offered
        said = words(cut.group()) + list(rest) if cut else list(rest)
        describing = rest[:1] and rest[0] in _DESCRIBING
        return guess(chosen) if describing or any(word in _PUT_DOWN for word in said) else None
    rest_stems = {stem(token) for token in rest if len(token) > 3}
    if any(verb_led(label, rest_stems) for i, label in enumerate(labels) if i not in head.indexes):
        return None  # "…on the website but mine i phone": "Phoned…" is named too
    return answered(chosen)


# A reason that describes the answer just given: "my nan, shes like a mum to me".
_DESCRIBING = frozenset("theyre shes hes she he they theyve".split())


# Words that put an option mentioned in a reason down, or compare the answer with it.
_PUT_DOWN = frozenset("hate hates than joke rubbish useless awful nightmare instead rather "
                      "engaged impossible terrible worse slower crap although though tho "
                      "occasionally".split())


_NEGATIVE_STARTS = (("no",), ("none",), ("never",), ("nothing",), ("nobody",), ("no", "one"),
                    ("not",), ("i", "dont"), ("i", "do", "not"), ("dont",), ("didnt",),
                    ("i", "didnt"), ("i", "havent"), ("havent",), ("i", "have", "not"))


_NONE_FIRST = frozenset("nowhere nothing nobody none noone".split())


def _nowhere(options: Sequence[str], tokens: Sequence[str]) -> Parsed | None:
    """ "nowhere lol just dealt with it myself" to [GP, …, I didn't get help]: a none said
    first, naming no option, is the one option that says it did not happen; offered."""
    core = strip_edges(tokens, EDGE_FILLERS | YES_NO_OPENERS)
    if not core or core[0] not in _NONE_FIRST and tuple(core[:2]) not in (
            ("no", "one"), ("aint", "been")):
        return None
    labels = label_tokens(options)
    negative = [i for i, label in enumerate(labels)
                if any(tuple(label[:len(start)]) == start for start in _NEGATIVE_STARTS)]
    return guess(options[negative[0]]) if len(negative) == 1 else None


def _no_of_another_thing(said: Sequence[str], end: int, label: Sequence[str]) -> bool:
    """A "no" qualifying a thing the label does not name: "no nhs dentist" to [No time, …]."""
    if tuple(said[:end]) != ("no",) or len(label) < 2 or end >= len(said):
        return False
    following = said[end]
    return (following not in label and following not in EDGE_FILLERS
            and following not in STOPWORDS and following not in YES_NO_WORDS)


def _yes_or_no_option(options: Sequence[str], tokens: Sequence[str]) -> Parsed | None:
    """ "yeah" to [Yes - definitely, Maybe, No]: the one option that starts with yes; "nah i
    dont" or "ive never vaped" to [Every day, …, I don't vape]: the one that says no. A
    conditional or a hedge ("if it was a woman, yes") is neither."""
    said = canon(tokens, YES_NO_WORDS)
    hits = find_phrases(said, YES_NO_PHRASES)
    if not hits or hits[0][0] != 0 or len({value for _, _, value in hits}) != 1:
        return None
    if find_phrases(said, UNSURE_PHRASES):
        return None
    word = str(hits[0][2]).casefold()
    labels = label_tokens(options)
    starting = [i for i, label in enumerate(labels) if label[:1] == (word,)]
    if len(starting) == 1:
        if _no_of_another_thing(said, hits[0][1], labels[starting[0]]):
            return None  # "no nhs dentist near" is not "No time"
        return answered(options[starting[0]])
    if 1 < len(starting) <= 3:
        return choose(options[i] for i in starting)
    if word != "no":
        return None
    negative = [i for i, label in enumerate(labels)
                if any(tuple(label[:len(start)]) == start for start in _NEGATIVE_STARTS)]
    if len(negative) != 1:
        return None
    label_stems = {stem(word) for word in labels[negative[0]]}
    rest = [t for t in said[hits[0][1]:] if t not in EDGE_FILLERS and stem(t) not in label_stems]
    return answered(options[negative[0]]) if not rest else guess(options[negative[0]])

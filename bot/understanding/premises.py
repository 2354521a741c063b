"""Replies saying the question does not apply to them, or answering another question:
"never met the school nurse" to "Did the school nurse explain…?", "we dont get exam stress"
to "Who did you talk to about your exam stress?", "im not pregnant" to "…your antenatal
appointments?", "didnt go in the end" to "…in time for your trip?", "i dont smoke" to "How
often do you vape?".

Such a reply holds a no, but not a no to the question: it denies what the question takes
for granted. A careful interviewer asks again (or offers the option that says it did not
happen, where there is one); never "No" or "No one" stored.
"""

from __future__ import annotations

import re
from typing import FrozenSet, Sequence

from bot.understanding.related import stem
from bot.understanding.text import prepare, words
from bot.understanding.words import GENERIC_WORDS, NEGATORS, STOPWORDS

# Having, getting, going, seeing: verbs that say whether the thing exists for them at all.
_HAVING = frozenset("have has had got get gets getting"
                    .split())
_GOING = frozenset("go goes went gone going been bin ben seen see saw met meet visit visited "
                   "attend attended".split())
_NEGATED = NEGATORS | frozenset(("no", "longer"))
_PLAIN = STOPWORDS | GENERIC_WORDS | NEGATORS | frozenset(
    "any one ones anymore more yet our your their this that them it its in end away".split())
# "im not pregnant", "i'm not at school": a state the question takes for granted.
_NOT_A = re.compile(r"\b(?:im|i am|i m)\s+not\s+(?:at\s+|in\s+|a\s+|an\s+)?([a-z]+)")
# Words after "im not" that answer rather than deny: "im not sure", "im not bothered".
_ANSWERING_STATES = frozenset("sure bothered fussed fussy certain really too that very keen "
                              "interested comfortable happy registered allowed able".split())
# "didnt go in the end", "never went away": what the question was about did not happen.
_CALLED_OFF = re.compile(r"\b(?:didnt|did not|never|not)\s+(?:end(?:ed)? up\s+)?(?:go|going|went)\b"
                         r"(?:\s+(?:away|abroad|in the end|at all)\b|$)|\b(?:got|was)\s+cancell?ed\b")


def _stems(text: str) -> FrozenSet[str]:
    return frozenset(stem(w) for w in words(prepare(text)) if w not in _PLAIN)


def premise_denied(question_text: str, prepared: str, options: Sequence[str] = ()) -> bool:
    """The reply says what the question is about does not exist or did not happen for them."""
    asked = words(prepare(question_text or ""))
    asked_stems = _stems(question_text or "")
    said = words(prepared)
    if _another_habit(asked, said) or _never_before(asked, said) or _not_needed(asked, said):
        return True
    if _not_done(question_text or "", said):
        return True
    # the question takes something for granted: "your…", "the…", "talk to about worries…"
    owns = "your" in asked or "the" in asked or "about" in asked
    if not owns:
        return False
    if _CALLED_OFF.search(prepared) and not set(asked) & _GOING:
        return True
    state = _NOT_A.search(prepared)
    if state is not None and _denies_a_state(state.group(1), asked_stems, options):
        return True
    # to a yes/no question only: among options, "dont use any" is the option saying none
    return _denies_the_thing(said, asked, asked_stems) or (
        {option.casefold() for option in options} <= {"yes", "no"} and _never_met_one(said, asked))


# "Would you … again?", "Do you still …?": having done it is taken for granted; "never had
# one", "never used it", "never been" deny it.
_AGAIN = frozenset("again still anymore".split())
_DONE_IT = frozenset("had have done used been bin tried gone went did".split())


def _never_before(asked: Sequence[str], said: Sequence[str]) -> bool:
    return bool(_AGAIN & set(asked)) and any(
        word in ("never", "havent", "not") and said[at + 1:at + 2] and said[at + 1] in _DONE_IT
        for at, word in enumerate(said[:3]))


# "didnt need one" to "Were you offered an interpreter?": whether it was needed is not whether
# it was offered, given or asked about; a "no" said first answers all the same.
_NEEDING = frozenset("need needed needs want wanted".split())
_PLAIN_NO = frozenset("no nah nope naw na".split())


_OFFERED = frozenset("offered offer given gave told explained shown".split())


def _not_needed(asked: Sequence[str], said: Sequence[str]) -> bool:
    if not set(asked) & _OFFERED or set(asked) & _NEEDING or not said or said[0] in _PLAIN_NO:
        return False
    return any(word in _NEGATED and said[at + 1:at + 2] and said[at + 1] in _NEEDING
               for at, word in enumerate(said[:3]))


# "didnt speak to one" to "Did the receptionist treat you…?": never in touch with the one the
# question is about (a pronoun standing for it), by a verb the question does not ask about.
_CONTACT = tuple(frozenset(family.split()) for family in (
    "speak spoke spoken speaking", "talk talked talking", "see saw seen seeing", "meet met meeting",
    "deal dealt dealing", "use used using"))
_STANDING_FOR = frozenset("one ones any anyone her him".split())


def _never_met_one(said: Sequence[str], asked: Sequence[str]) -> bool:
    for index, word in enumerate(said[:-1]):
        family = next((f for f in _CONTACT if said[index + 1] in f), None)
        if word not in _NEGATED or family is None or family & set(asked):
            continue
        rest = [w for w in said[index + 2:index + 4] if w not in ("to", "with", "a", "even")]
        if rest[:1] and rest[0] in _STANDING_FOR:
            return True
    return False


# "The last time you needed an interpreter…", "When you went to A&E…": something done, taken
# for granted; "never needed one", "i didnt go" say it was not.
_WHEN_YOU = re.compile(r"\b(?:the last time|last time|when|after|since) you (?:last )?([a-z]+)")
_NOT_WORDS = _NEGATED | frozenset(("hardly",))


# "Since leaving CAMHS, …": having been there, taken for granted; "never was in camhs" denies it.
_SINCE_LEAVING = re.compile(r"\b(?:since|after) (?:leaving|you left|being discharged from|"
                            r"moving on from|moving from) (?:the )?([a-z]+)")


_BEING_THERE = frozenset("was were been went gone go in at under with seen by the a".split())


def _never_there(question_text: str, said: Sequence[str]) -> bool:
    left = _SINCE_LEAVING.search(prepare(question_text))
    if left is None or len(left.group(1)) < 3:
        return False
    place = left.group(1)
    for at, word in enumerate(said):
        between = said[at + 1:said.index(place, at)] if place in said[at + 1:at + 5] else None
        if word in _NOT_WORDS and between and set(between) <= _BEING_THERE:
            return True  # "never was in camhs", "wasnt under camhs"; not "not camhs anymore"
    return False


def _not_done(question_text: str, said: Sequence[str]) -> bool:
    if _never_there(question_text, said):
        return True
    done = _WHEN_YOU.search(prepare(question_text))
    if done is None or len(done.group(1)) < 3:
        return False
    verb = stem(done.group(1))
    return any(word in _NOT_WORDS and any(stem(w) == verb for w in said[at + 1:at + 3])
               for at, word in enumerate(said))


# Habits a question may ask about; a reply about another one ("i dont smoke" to "How often
# do you vape?") does not answer it.
_HABITS = {habit: frozenset(names.split()) for habit, names in (
    ("smoking", "smoke smokes smoking smoker smoked cigs cigarettes cigarette fags tobacco"),
    ("vaping", "vape vapes vaping vaper vaped"),
    ("drinking", "drink drinks drinking drinker alcohol booze"),
    ("drugs", "drugs weed cannabis"),
)}


def _habits(tokens: Sequence[str]) -> FrozenSet[str]:
    return frozenset(habit for habit, names in _HABITS.items() if names & set(tokens))


def _another_habit(asked: Sequence[str], said: Sequence[str]) -> bool:
    """The reply denies a habit the question does not ask about, and names none it does."""
    asked_about = _habits(asked)
    denied = _habits([w for i, w in enumerate(said) if set(said[max(0, i - 2):i]) & _NEGATED])
    return bool(asked_about and denied and not asked_about & _habits(said))


def _denies_a_state(word: str, asked_stems: FrozenSet[str], options: Sequence[str]) -> bool:
    if word in _ANSWERING_STATES or word in _PLAIN or len(word) < 4:
        return False
    named = asked_stems | frozenset(s for option in options for s in _stems(option))
    return stem(word) not in named


def _denies_the_thing(said: Sequence[str], asked: Sequence[str], asked_stems: FrozenSet[str]
                      ) -> bool:
    """A negated having or going ("never seen", "dont have", "dont go to") whose object is
    something the question names, when the question asks about neither having nor going."""
    for index, word in enumerate(said):
        if word not in _NEGATED:
            continue
        verb_at = next((i for i in range(index + 1, min(index + 3, len(said)))
                        if said[i] in _HAVING | _GOING), None)
        if verb_at is None:
            continue
        group = _HAVING if said[verb_at] in _HAVING else _GOING
        # "your school" taken for granted: going there is the premise, even if asked about
        if set(asked) & group and not _owned(asked, said[verb_at + 1:]):
            continue
        thing = [stem(w) for w in said[verb_at + 1:verb_at + 6] if w not in _PLAIN]
        if thing and thing[0] in asked_stems:
            return True
    return False


def _owned(asked: Sequence[str], rest: Sequence[str]) -> bool:
    """The reply's object is what the question calls "your …"."""
    owned = {stem(asked[i + 1]) for i, w in enumerate(asked[:-1]) if w == "your"}
    thing = [stem(w) for w in rest if w not in _PLAIN]
    return bool(thing) and thing[0] in owned


# Options that say it did not happen: "I've never been to A&E", "Never needed it".
_NOT_APPLICABLE = re.compile(r"^(?:not applicable|n a|doesnt apply|does not apply|"
                             r"(?:ive|i have|i)\s+(?:never|not|havent)\b|never\s+(?:needed|had|"
                             r"been|used|done)\b|havent\s+(?:needed|had|been|used)\b|"
                             r"didnt\s+(?:need|have|go)\b)")


def not_applicable_option(options: Sequence[str]) -> str | None:
    """The one option saying the question does not apply, if there is exactly one."""
    found = [o for o in options if _NOT_APPLICABLE.match(prepare(o).replace("'", ""))]
    return found[0] if len(found) == 1 else None

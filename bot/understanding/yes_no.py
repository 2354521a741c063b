"""Replies to yes/no questions: "yeah", "aye", "naw", "ye defo", "nae chance", "probs not",
emoji, and a yes or no with a comment around it ("is it free?? no i didnt").

A yes and a no in one reply ("yes and no", "yeah at home but not at uni") are asked
again; so is a hedge ("maybe", "think so?"). To "Did you know…?", not knowing ("no
idea", "wait, can you??") is a no.
"""

from __future__ import annotations

import re
from typing import Sequence, Tuple

from bot.scripts.questions import Question
from bot.understanding.related import stem
from bot.understanding.result import AMBIGUOUS, UNRECOGNISED, Parsed, answered, guess, invalid
from bot.understanding.text import canon, find_phrases, phrase_table, prepare, said_last, words
from bot.understanding.words import (
    NEGATORS,
    NO,
    NO_EMOJI,
    UNSURE_PHRASES,
    YES,
    YES_EMOJI,
    YES_NO_OPENERS,
    YES_NO_PHRASES,
    YES_NO_WORDS,
)

# A yes/no word deep inside a sentence ("there was no wait") is not the answer.
_MAX_LOOSE_WORDS = 3
# "I have" answers "Have you…?" only on its own: "I've felt low" or "I was sad"
# go on to say something else, so the auxiliary alone is not a yes.
_AUXILIARY_YES = {("i", "do"), ("i", "have"), ("ive",), ("i", "did"), ("i", "am"), ("i", "was"),
                  ("they", "did"), ("she", "did"), ("he", "did"), ("it", "did"), ("they", "have"),
                  ("they", "were"), ("it", "was"), ("they", "do")}
# "in the end yeah", "honestly yeah": a short reply that ends with its answer, unhedged.
_SHORT = 5
_HEDGE_WORDS = frozenset("think guess reckon suppose maybe probably might perhaps".split())
# A question asked back before the answer ("is it free?? no i didnt") is not the answer.
_ASKED_BACK = re.compile(r"^[^?]*\?+\s*(?=\S)")
# "think so?": a hedge asked as a question is not a yes.
_HEDGED = re.compile(r"^\W*(?:i\s+)?(?:think|guess|reckon|suppose)\s+so\s*\?")
# To "Did you know…?" / "Had you heard…?", not knowing is the answer no.
_KNOWING = re.compile(r"^\s*(?:did|do|were|are|had|have)\s+you\s+(?:already\s+|ever\s+)?"
                      r"(?:know|aware|heard|realise|realize)\b|\bbefore today\b", re.IGNORECASE)
_NEWS = phrase_table({NO: "no idea|had no idea|not a clue|no clue|didnt know|did not know|"
                          "i didnt know|i did not know|never knew|i never knew|news to me|"
                          "first ive heard|first i heard|first time hearing|never heard|"
                          "never heard of it|not heard of it|havent heard|i had no idea|"
                          "can you|wait can you|really|is that true|is it|since when|"
                          "i wasnt aware|wasnt aware|not aware|no i didnt know|nope no idea|"
                          "no idea tbh|nah no idea|had no clue|not a scooby|no a scooby|"
                          "havent a scooby|nah not a scooby"})
# To "…NHS…?", "private" is the other kind: "yes, private" is not a yes to the NHS.
_PRIVATE = frozenset(("private", "privately", "went private", "privately paid"))


def parse_yes_no(question: Question, prepared: str) -> Parsed:
    """ "Yes" or "No", or invalid when the reply says neither, both, or hedges."""
    if _HEDGED.match(prepared):
        return invalid(UNRECOGNISED)
    knowing = bool(_KNOWING.search(question.text or ""))
    asked_back = _ASKED_BACK.match(prepared)
    if asked_back and not knowing:
        prepared = prepared[asked_back.end():]  # "is it free?? no i didnt"
    tokens = _without_no_cap(canon(words(prepared), YES_NO_WORDS | frozenset(
        w for k in _NEWS for w in k)))
    if _double_negative(tokens):
        return guess(YES)  # "she wasnt not respectful", "i wouldnt not use it"
    if knowing:
        news = _news(tokens, prepared, question)
        if news is not None:
            return news
    now = _knows_now(question, tokens)
    if now is not None:
        return now
    how = _knows_how(question, tokens, prepared) if _read(tokens, prepared).status == "invalid" \
        else None
    if how is not None:
        return how  # "ring 111" to "Do you know how to get an urgent dental appointment?"
    ever = _ever(question, tokens)
    if ever is not None:
        return ever
    leaning = _leaning_yes(tokens)
    if leaning is not None:
        return leaning
    lately = _not_lately(question, tokens)
    if lately is not None:
        return lately
    if _yes_on_a_condition(question, tokens):
        return guess(YES)  # "yeah if it was someone my age" to "Would you use…?"
    if _unsure(tokens):
        return invalid(UNRECOGNISED)
    if _no_mind(question, tokens):
        return guess(YES)  # "wouldnt mind" to "Would you feel comfortable…?"
    read = _read(tokens, prepared)
    if read.status == "answered" and read.value == YES and _private(question, tokens):
        return invalid(AMBIGUOUS)
    if read.status == "invalid" or read.value == YES:  # "got it but not opened it once"
        undone = _but_undone(question, tokens)
        if undone is not None:
            return undone
    if read.status == "invalid" and read.reason == UNRECOGNISED and _said_back(question, tokens):
        return guess(YES)  # "used it yesterday" to "Have you used…?"
    if read.status == "invalid":
        later = _not_done_yet(question, prepared) or _concluded(prepared)
        if later is not None:
            return later
    if read.status == "invalid" and read.reason == AMBIGUOUS:
        return _before_an_aside(prepared) or _undone_later(question, tokens) or read
    return read


# "no cap" is slang for "no lie": "no cap i did" is a yes, not a no.
def _without_no_cap(tokens: Sequence[str]) -> list[str]:
    kept: list[str] = []
    for token in tokens:
        if token == "cap" and kept and kept[-1] in ("no", "nah"):
            kept.pop()
        else:
            kept.append(token)
    return kept


# A negation of a negation: "wasnt not", "wouldnt not", "not unhelpful" is a yes, said shyly.
def _double_negative(tokens: Sequence[str]) -> bool:
    return any(first in NEGATORS and first not in ("no", "not") and second == "not"
               for first, second in zip(tokens, tokens[1:], strict=False))


# To "Would you…?", a yes on a condition ("yes if it was free") is a yes: the question is
# itself about what they would do. Only offered; "depends" or "maybe" stay re-asks.
_WOULD = re.compile(r"^\s*(?:would|will|could)\s+you\b", re.IGNORECASE)
_CONDITIONS = frozenset("if only as long unless".split())


def _yes_on_a_condition(question: Question, tokens: Sequence[str]) -> bool:
    if not _WOULD.match(question.text or "") or "if" not in tokens:
        return False
    hits = find_phrases(tokens, YES_NO_PHRASES)
    if not hits or {value for _, _, value in hits} != {YES} or hits[0][0] != 0:
        return False
    unsure = [tuple(tokens[a:b]) for a, b, _ in find_phrases(tokens, UNSURE_PHRASES)]
    return all(set(phrase) & _CONDITIONS for phrase in unsure)


# "yes but then they cancelled it" to "Has anyone offered…?": it happened, then was undone;
# the question asks whether it happened (not "Do you have…?"). Offered.
def _undone_later(question: Question, tokens: Sequence[str]) -> Parsed | None:
    if "but" not in tokens or _HAVING_NOW.match(question.text or "") or _LATELY.search(
            question.text or ""):
        return None
    head, after = tokens[:tokens.index("but")], tokens[tokens.index("but") + 1:]
    said = {value for _, _, value in find_phrases(head, YES_NO_PHRASES)}
    plain_yes = any((word,) in _INTERJECTIONS for word in head)  # not "had it but deleted it"
    if said != {YES} or not plain_yes or not set(after) & _UNDONE or set(after) & NEGATORS:
        return None
    return guess(YES)


# "I would, especially when nothing else is open": an answer, then a clause that only says
# when or why; a no inside that clause is not a second answer.
_ASIDE_CLAUSE = re.compile(r"^([^,.;!?]+)[,.;!?]+\s*(?:especially|esp|when|whenever|cos|coz|cuz|"
                           r"because|as|since|mostly|usually|like)\b")


def _before_an_aside(prepared: str) -> Parsed | None:
    found = _ASIDE_CLAUSE.match(prepared)
    if found is None:
        return None
    head = found.group(1)
    read = _read(canon(words(head), YES_NO_WORDS), head)
    return read if read.status == "answered" else None


# "Have you ever tried…?" - "tried once, lasted a day": the question's own verb said back
# near the start, with no negation anywhere: a yes, offered.
_ASKED_VERB = re.compile(r"^\s*(?:have|did|had)\s+you\s+(?:ever\s+|already\s+)?([a-z]+)",
                         re.IGNORECASE)
_LEAD_INS = frozenset("i ive id we weve fam yeah yh ya ye yes aye just".split())


def _said_back(question: Question, tokens: Sequence[str]) -> bool:
    asked = _ASKED_VERB.match(question.text or "")
    if asked is None or any(t in NEGATORS or t in ("but", "if") for t in tokens):
        return False
    verb = stem(asked.group(1).casefold())
    start = next((i for i, t in enumerate(tokens) if t not in _LEAD_INS), len(tokens))
    return any(stem(t) == verb for t in tokens[start:start + 1]) and len(verb) >= 3


# "downloaded it but never used it" to "Have you used…?": the clause after "but" answers the
# question's own verb; "had one but she left" to "Does your school have…?": not any more.
_USING = frozenset("use used using opened open tried".split())


def _but_undone(question: Question, tokens: Sequence[str]) -> Parsed | None:
    if "but" not in tokens:
        return None
    after = list(tokens[tokens.index("but") + 1:])
    asked = words(prepare(question.text or ""))
    verbs = {stem(w) for w in asked if w not in _AUXILIARIES} | (
        _USING if set(asked) & {"use", "used", "using"} else set())
    for index, word in enumerate(after):
        if word in NEGATORS and any(stem(w) in verbs or w in verbs
                                    for w in after[index + 1:index + 4] if w not in _FILLERS):
            return guess(NO)
    if set(after) & _UNDONE and _HAVING_NOW.match(question.text or ""):
        return guess(NO)  # to "Are you signed up…?", "was but they closed" is asked again
    return None


_FILLERS = frozenset("actually really even ever it them one".split())
_HAVING_NOW = re.compile(r"^\s*(?:do you have|does|is there|are there|have you got)\b",
                         re.IGNORECASE)
_AUXILIARIES = frozenset("have has had been be do did does are is was were will would can could "
                         "you your the a an it to of in on for".split())


# "I do now" to "Did you know…?": they did not, before; to "Do you know…?": they do.
_NOW = frozenset(tuple(p.split()) for p in (
    "i do now|do now|i know now|know now|now i do|now i know|i am now|i have now|i did now|"
    "i do now lol|well i do now|i do now haha|ye i do now|yeah i do now").split("|"))
_PAST_KNOWING = re.compile(r"^\s*(?:did|had|were)\s+you\b", re.IGNORECASE)


def _knows_now(question: Question, tokens: Sequence[str]) -> Parsed | None:
    core = tuple(t for t in tokens if t not in YES_NO_OPENERS and t not in ("lol", "haha"))
    if core not in _NOW or not _KNOWING.search(question.text or ""):
        return None
    return guess(NO) if _PAST_KNOWING.search(question.text or "") else guess(YES)


# "Do you know how / where to…?": "i know how, but…", or the way told ("ring 111", "look on
# the nhs site"), says they know; offered, never stored, since it may be a guess at the way.
_KNOWING_HOW = re.compile(r"^\s*do you (?:already\s+)?know (?:how|where|who|what)\b", re.IGNORECASE)
_I_KNOW = frozenset(tuple(p.split()) for p in ("i know", "i know how", "i know where",
                                               "i do know", "know how", "i know who"))
_THE_WAY = frozenset("ring call phone go book email text ask look check search google use "
                     "try contact message".split())


def _knows_how(question: Question, tokens: Sequence[str], prepared: str) -> Parsed | None:
    if not _KNOWING_HOW.search(question.text or "") or not tokens or "?" in prepared:
        return None  # "ring them?" asks back
    said = tuple(tokens[:3]) if tuple(tokens[:3]) in _I_KNOW else tuple(tokens[:2])
    if said in _I_KNOW or (tokens[0] in _THE_WAY and len(tokens) > 1):
        return guess(YES)
    return None


# To "Have you ever…?", how often is a yes: "sometimes", "a few times", "once or twice".
_EVER = re.compile(r"\bever\b", re.IGNORECASE)
_HOW_OFTEN = frozenset(tuple(p.split()) for p in (
    "sometimes|occasionally|a few times|a couple of times|once or twice|now and then|"
    "every now and then|a lot|loads|lots|loads of times|lots of times|all the time|"
    "quite a lot|quite often|often|sometimes yeah|yeah sometimes|a few times yeah|"
    "more than once|too many times|many times|once|twice|a couple times").split("|"))


def _ever(question: Question, tokens: Sequence[str]) -> Parsed | None:
    if not _EVER.search(question.text or "") or tuple(tokens) not in _HOW_OFTEN:
        return None
    return guess(YES)


# "wouldnt mind", "dont mind": a yes, unless the question itself asks about minding.
_NO_MIND = frozenset(tuple(p.split()) for p in (
    "wouldnt mind|i wouldnt mind|dont mind|i dont mind|wouldnt mind that|"
    "i wouldnt mind that|wouldnt mind tbh|i dont mind tbh|dont mind tbh").split("|"))


def _no_mind(question: Question, tokens: Sequence[str]) -> bool:
    return tuple(tokens) in _NO_MIND and "mind" not in words(prepare(question.text or ""))


# A yes said with a hedge ("i think so", "yeah probs", "a bit yeah", "just about"): likely a
# yes, so offered, never stored as it stands. "think so?" asked back, "kinda" and "sort of"
# stay re-asks.
_LEANING = frozenset(tuple(p.split()) for p in (
    "i think so|think so|reckon so|i reckon so|guess so|i guess so|suppose so|i suppose so|"
    "just about|only just").split("|"))
# Alone, "probably" or "a bit" could lean either way; beside a yes ("yeah probs") it leans yes.
_LEANING_WITH_YES = frozenset(tuple(p.split()) for p in (
    "probably|probs|prob|prolly|most likely|i reckon|a bit|a little|a little bit|bit").split("|"))
_YES_WORDS = frozenset(w for words_, value in YES_NO_PHRASES.items() if value == YES
                       and len(words_) == 1 for w in words_)
_ASIDES = frozenset("lol haha tbh like honestly i mean".split())


def _leaning_yes(tokens: Sequence[str]) -> Parsed | None:
    said = [t for t in tokens if t not in _ASIDES]
    core = tuple(t for t in said if t not in _YES_WORDS)
    if not core or len(said) > len(core) + 1:
        return None
    if core in _LEANING:
        return guess(YES)
    return guess(YES) if core in _LEANING_WITH_YES and len(said) > len(core) else None


# "not for ages", "not since last year" to "…in the last year?": no; to "Have you ever…?" it
# would be a yes long ago, so only a question about now or lately takes it. "i quit last year"
# or "there used to be" to "Do you currently…?" / "Is there…?": not any more, offered.
_LATELY = re.compile(r"\b(?:in the (?:last|past)|recently|lately|currently|at the moment|right "
                     r"now|these days|this year|still|nowadays)\b", re.IGNORECASE)
_PRESENT = re.compile(r"^\s*(?:is there|are there|do you|does|are you|is your|have you got)\b",
                      re.IGNORECASE)
_NOT_LATELY = frozenset(tuple(p.split()) for p in (
    "not for ages|not in ages|not for a while|not in a while|not for years|not in years|"
    "not since last year|not since school|not recently|not lately|not since|not for a long time|"
    "not in a long time|nah not for ages|no not for ages|not since i was little").split("|"))
_NOT_NOW = frozenset(tuple(p.split()) for p in (
    "used to|i used to|there used to be|it used to|used to be|we used to|we used to have|"
    "i quit|i quit last year|quit last year|i stopped|stopped last year|i gave up|gave up|"
    "i quit ages ago|quit ages ago|not any more|gave up last year|we used to have one|"
    "used to have one|there used to be one|we had one").split("|"))


def _not_lately(question: Question, tokens: Sequence[str]) -> Parsed | None:
    asked = question.text or ""
    core = tuple(t for t in tokens if t not in ("lol", "tbh", "haha"))
    if (core in _NOT_LATELY or core[:2] == ("not", "since")) and _LATELY.search(asked):
        return answered(NO)
    if core in _NOT_NOW and (_LATELY.search(asked) or _PRESENT.match(asked)):
        return guess(NO)
    return None


def _unsure(tokens: Sequence[str]) -> bool:
    """ "maybe", "ye probs", "not sure": a hedge, unless inside a no ("probs not")."""
    said = [(start, end) for start, end, _ in find_phrases(tokens, YES_NO_PHRASES)]
    return any(not any(a <= start and end <= b for a, b in said)
               for start, end, _ in find_phrases(tokens, UNSURE_PHRASES))


# Surprise asked back ("is it??", "can you?"): news only while it asks about what the
# question said; "is it free for students?" asks about something else, so it is no answer
# (unless an answer follows it: "is it free?? no i didnt").
_ASKING_BACK = frozenset(tuple(p.split()) for p in ("is it", "can you", "really", "since when",
                                                    "is that true", "wait can you"))
_BACK_FILLERS = frozenset("wait what oh omg seriously actually do i get it that so then for "
                          "a an the".split())


def _news(tokens: Sequence[str], prepared: str, question: Question) -> Parsed | None:
    """ "no idea", "wait can you??": they did not know."""
    found = find_phrases(tokens, _NEWS)
    if not found or found[0][0] > 1:
        return None
    rest = [t for i, t in enumerate(tokens) if not any(a <= i < b for a, b, _ in found)]
    asked = set(words(prepare(question.text or ""))) | _BACK_FILLERS
    if not _ASKED_BACK.match(prepared) and all(
            tuple(tokens[a:b]) in _ASKING_BACK for a, b, _ in found) and any(
            t not in asked for t in rest):
        return None
    if any(hit[2] == YES for hit in find_phrases(rest, YES_NO_PHRASES)):
        return None
    return answered(NO) if len(rest) <= _MAX_LOOSE_WORDS or "?" in prepared else None


def _private(question: Question, tokens: Sequence[str]) -> bool:
    return "nhs" in words(prepare(question.text or "")) and any(t in _PRIVATE for t in tokens)


def _read(tokens: Sequence[str], prepared: str) -> Parsed:
    hits = [hit for hit in find_phrases(tokens, YES_NO_PHRASES) if not _dangling(tokens, hit)]
    hits = [hit for index, hit in enumerate(hits) if not _after_a_no(tokens, hits[:index], hit)]
    answers = {value for _, _, value in hits}
    answers |= {YES for ch in YES_EMOJI if ch in prepared}
    answers |= {NO for ch in NO_EMOJI if ch in prepared}
    if not answers:
        return invalid(UNRECOGNISED)
    if len(answers) > 1:
        return invalid(AMBIGUOUS)
    opening = next((i for i, token in enumerate(tokens) if token not in YES_NO_OPENERS), 0)
    leads = any(start <= opening for start, _, _ in hits)
    ends = (len(tokens) <= _SHORT and any(end == len(tokens) for _, end, _ in hits)
            and not set(tokens) & _HEDGE_WORDS)
    if len(tokens) > _MAX_LOOSE_WORDS and not leads and not ends:
        return invalid(UNRECOGNISED)
    answer = answers.pop()
    if answer == YES and _but_not(tokens, hits):
        return invalid(AMBIGUOUS)  # "yeah at home but not at uni"
    if answer == NO and _no_but_only(tokens, hits):
        return invalid(AMBIGUOUS)  # "no, only at weekends"
    return answered(answer)


_ONLY = frozenset("only except apart unless".split())


def _no_but_only(tokens: Sequence[str], hits: Sequence[Tuple[int, int, str]]) -> bool:
    """A no, then "only…" or "except…": a no with an exception, which may be a yes."""
    end = max((stop for _, stop, _ in hits), default=0)
    rest = list(tokens[end:])
    return bool(rest) and rest[0] in _ONLY


def _but_not(tokens: Sequence[str], hits: Sequence[Tuple[int, int, str]]) -> bool:
    """A yes, then "but" and a negation: yes and no at once."""
    end = max((stop for _, stop, _ in hits), default=0)
    rest = list(tokens[end:])
    return "but" in rest and any(t in NEGATORS or t in _UNDONE for t in rest[rest.index("but"):])


# After "but", what undoes a yes: "had it but deleted it", "was registered but they left".
_UNDONE = frozenset("deleted stopped quit left cancelled canceled uninstalled removed closed "
                    "ended expired moved".split())


_CLAUSE_BREAKS = frozenset("but though tho although cos because and".split())


def _dangling(tokens: Sequence[str], hit: Tuple[int, int, str]) -> bool:
    """ "I have felt low": the auxiliary goes on to say something else; "I have but said no"
    is a whole answer, then another clause."""
    start, end, _ = hit
    return (tuple(tokens[start:end]) in _AUXILIARY_YES and end < len(tokens)
            and tokens[end] not in _CLAUSE_BREAKS)


def _after_a_no(tokens: Sequence[str], before: Sequence[Tuple[int, int, str]],
                hit: Tuple[int, int, str]) -> bool:
    """ "I never got it", "no I have not had it": the "got it" belongs to the no."""
    start, end, value = hit
    if value != YES or start == 0 or tuple(tokens[start:end]) in _INTERJECTIONS:
        return False  # "no yeah" says both
    return tokens[start - 1] in NEGATORS or any(end == start and v == NO for _, end, v in before)


# A yes on its own, never part of the clause a no began ("no yeah" is both answers).
_INTERJECTIONS = frozenset((w,) for w in "yes yeah yea ye yep yup ya yh aye yeh".split())


# "kept putting it off", "booked in for next week" to "Did you…?"/"Have you…?": not done (yet);
# "id rather go in" to "Would you…?": something else preferred. Only offered.
_PUT_OFF = re.compile(r"\b(?:putting it off|put it off|kept putting|never got round|havent got round|"
                      r"not got round|didnt get round|(?:booked|booked in|scheduled|its|it is|"
                      r"going|got one)\s+(?:for\s+|on\s+)?(?:next|tomorrow|later this|this coming))\b")
_DONE_ASKED = re.compile(r"^\s*(?:did|have|has|had)\s+(?:you|they)\b", re.IGNORECASE)
_RATHER = re.compile(r"^\W*(?:(?:i|id|i would|i d)\s+)?(?:would\s+|much\s+)?rather\b")


def _not_done_yet(question: Question, prepared: str) -> Parsed | None:
    asked = question.text or ""
    if _DONE_ASKED.match(asked) and _PUT_OFF.search(prepared):
        return guess(NO)
    if _WOULD.match(asked) and _RATHER.match(prepared) and "not" not in words(prepared):
        return guess(NO)
    return None


# "only been to spain so no", "went twice so yeah": the reply ends on its answer; offered.
_SO_THEN = re.compile(r"\bso\s+(?:(no|nah|nope|naw)|(yes|yeah|yep|yea|aye))\W*$")


def _concluded(prepared: str) -> Parsed | None:
    found = said_last(_SO_THEN, prepared)
    if found is None:
        return None
    return guess(NO if found.group(1) else YES)

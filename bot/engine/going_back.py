"""Going back to change the last answer ("back", "oops wrong one", "change my answer").

Pure: whether a reply asks for it, and which question it goes back to. The consultation
rewinds to that question: the answers after it go (they are asked again as the patient
moves on, so skip logic stays true to the changed answer), and its own answer stays until
the new one replaces it."""

from __future__ import annotations

import re
from typing import AbstractSet, Optional, Sequence

from bot.scripts.questions import Question
from bot.trust.text_forms import plain_latin
from bot.understanding.choices import exact_label
from bot.understanding.text import prepare

_POLITE = (r"(ok |oh |oops |sorry |sry |hang on |wait |no |hmm |please |pls |can i |could i "
           r"|i want to |i need to |i wanna |let me |actually )*")
_ASK = (
    r"(go |going )?back|previous( question| one)?|undo( that)?"
    r"|change (my|the) (last )?answer|change (that|it|my last one)"
    r"|wrong (one|answer|button|option)|misclicked"
    r"|i (pressed|tapped|clicked|picked|typed|put|chose|gave) the wrong"
    r" (one|answer|button|option|number)"
)
_GO_BACK = re.compile(_POLITE + r"(" + _ASK + r")( please| pls| sorry| again| thanks)*")
_NOISE = re.compile(r"[^a-z ]")


def asks_to_go_back(text: str, options: Sequence[str] = ()) -> bool:
    """The whole reply asks to go back (not an answer that mentions going back, nor an
    option's label: "Back" is an answer to "Where does it hurt?")."""
    if len(text) > 60:
        return False
    plain = " ".join(_NOISE.sub(" ", plain_latin(text).casefold()).split())
    return bool(_GO_BACK.fullmatch(plain)) and exact_label(options, prepare(text)) is None


def previous_question(questions: Sequence[Question], recorded: AbstractSet[str],
                      current: str) -> Optional[Question]:
    """The last question before `current` that the patient gave a reply to (answered,
    skipped or moved past); None at the first, or before the script's questions."""
    keys = [question.key for question in questions]
    if current not in keys:
        return None
    earlier = [q for q in questions[:keys.index(current)] if q.key in recorded]
    return earlier[-1] if earlier else None


def later_questions(questions: Sequence[Question], after: str) -> Sequence[str]:
    """The keys of the questions after `after`, whose answers go when going back to it."""
    keys = [question.key for question in questions]
    return keys[keys.index(after) + 1:]

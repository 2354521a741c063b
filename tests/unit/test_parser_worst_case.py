"""Adversarial replies at the longest length accepted: every reader of a patient's raw reply
returns normally and in time (bench/regex_worst_case.py has the figures and every question).

A pattern that backtracks catastrophically would let any patient stall the assistant with
one message; one that grows with the square of the reply would at these lengths. Each
question type is read as the engine reads it (bot/engine/reply.py: `parse_answer`; after
"Did you mean…?" and "Which one?": `guesses.read_reply`), with a question of that type from
the example consultations. A reply that never returns fails by the timeout mark."""

from __future__ import annotations

from typing import Any, Callable, Dict, List

import pytest

from bench.regex_worst_case import (
    MAX_ACCEPTED,
    EntryPoint,
    adversarial,
    consultation_steps,
    guess_points,
    parse_point,
)
from bot.engine.start import candidate_codes
from bot.scripts.questions import MULTI_CHOICE, SINGLE_CHOICE, Question
from bot.sms.keywords import keyword
from bot.telegram.commands import command
from bot.trust.erasure import is_delete_request
from bot.trust.text_forms import plain_latin
from bot.understanding.parsing import MAX_REPLY_CHARS
from bot.understanding.text import prepare
from tests.cpu_time import cpu_seconds

BOUND = 0.5  # seconds for one reply; the slowest measured was 0.12 s (bench/README.md)


def _one_of_each_type() -> Dict[str, Question]:
    """For each question type, the example question with the most options."""
    chosen: Dict[str, Question] = {}
    for question in sorted(consultation_steps(), key=lambda q: -len(q.options)):
        chosen.setdefault(question.type, question)
    return chosen


TYPES = _one_of_each_type()
# Each type's `parse_answer`; "Which one?" and "Did you mean…?" once each (the guesses'
# readers are `parse_answer` again, so once is enough to hold them to the bound).
POINTS: List[EntryPoint] = [parse_point(question) for question in TYPES.values()] + [
    guess_points(TYPES[SINGLE_CHOICE])[0], guess_points(TYPES[MULTI_CHOICE])[1]]
OTHERS: Dict[str, Callable[[str], Any]] = {
    "sms keyword": keyword, "telegram command": command, "candidate_codes": candidate_codes,
    "is_delete_request": is_delete_request, "plain_latin": plain_latin, "prepare": prepare,
}


def _slow(read: Callable[[str], Any], texts: Dict[str, str]) -> List[str]:
    read("warm up")  # one-off loading is not a reply's cost
    slow = []
    for label, text in texts.items():
        took = cpu_seconds(read, text)
        if took > BOUND:
            slow.append(f"{label}: {took:.2f} s")
    return slow


def test_every_question_type_is_covered() -> None:
    assert set(TYPES) >= {"single_choice", "multi_choice", "number", "yes_no", "fft", "scale",
                          "free_text", "age_band", "postcode_district"}
    assert [p.name.split()[:2] for p in POINTS[-2:]] == [["read_reply", "choose"],
                                                           ["read_reply", "confirm"]]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("point", POINTS, ids=[point.name for point in POINTS])
def test_answer_reader_is_fast_on_adversarial_replies(point: EntryPoint) -> None:
    # Longer replies to anything but a free-text question are refused before any matching,
    # so the parser's own cap is the longest it reads; free text is read to a channel's.
    length = MAX_ACCEPTED if "free_text" in point.name else MAX_REPLY_CHARS
    assert _slow(point.read, adversarial(length, point.labels[:2])) == []


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", sorted(OTHERS))
def test_raw_text_check_is_fast_on_adversarial_replies(name: str) -> None:
    assert _slow(OTHERS[name], adversarial(MAX_ACCEPTED)) == []

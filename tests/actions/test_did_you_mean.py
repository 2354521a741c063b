""""Did you mean…?" and "Which one?" through the real action and a real SQLite file:
nothing is stored until the patient confirms; a no asks again; a reply that is
itself an answer is taken as the answer; "which one?" reads a number among the
options it offered."""

from __future__ import annotations

from typing import Any, Callable, List, Tuple

import pytest

from tests.actions.harness import Patient

Query = Callable[..., List[Tuple[Any, ...]]]
WHERE = "Where did you go?"
EASE = "How easy was it to be seen? (1 = Very hard, 5 = Very easy)"


def at_where(patient: Patient) -> None:
    patient.says("TEST1", "start_consultation", 0.95)
    for reply in ("yes", "19", "LS6"):
        patient.says(reply)
    assert patient.texts("yes")[-1] == WHERE


def stored(query: Query, key: str) -> List[Tuple[Any, ...]]:
    return query("SELECT answer_status, value FROM answers_flat WHERE question_key = :key",
                 key=key)


@pytest.fixture
def at_the_place_question(patient: Patient) -> Patient:
    at_where(patient)
    return patient


def test_a_guess_is_offered_and_stored_only_after_yes(
        at_the_place_question: Patient, query: Query) -> None:
    patient = at_the_place_question
    offered = patient.says("the hospital")
    assert [(m["text"], [b["title"] for b in m["buttons"]]) for m in offered] == [
        ("Did you mean: A&E?", ["Yes", "No"])]
    assert stored(query, "where") == []
    assert patient.texts("yes") == [EASE]
    assert stored(query, "where") == [("answered", "A&E")]


def test_no_asks_the_question_again(at_the_place_question: Patient, query: Query) -> None:
    patient = at_the_place_question
    patient.says("the hospital")
    again = patient.texts("no")
    assert again[0].startswith("OK, sorry I got that wrong. Reply with a number from 1 to 4")
    assert again[-1] == WHERE
    assert stored(query, "where") == []
    assert patient.texts("boots") == [EASE]
    assert stored(query, "where") == [("answered", "Pharmacy")]


def test_a_new_answer_instead_of_yes_or_no_is_the_answer(
        at_the_place_question: Patient, query: Query) -> None:
    patient = at_the_place_question
    patient.says("the hospital")
    assert patient.texts("my doctors") == [EASE]
    assert stored(query, "where") == [("answered", "GP surgery")]


def test_two_options_at_once_asks_which_and_reads_a_number_among_those(
        at_the_place_question: Patient, query: Query) -> None:
    patient = at_the_place_question
    offered = patient.says("pharmacy or the gp")
    assert [(m["text"], [b["title"] for b in m["buttons"]]) for m in offered] == [
        ("Which one did you mean?", ["GP surgery", "Pharmacy"])]
    assert stored(query, "where") == []
    assert patient.texts("2") == [EASE]  # the 2nd offered, not option 2 of the question
    assert stored(query, "where") == [("answered", "Pharmacy")]


def test_guessing_is_bounded_by_the_re_ask_limit(
        at_the_place_question: Patient, query: Query) -> None:
    patient = at_the_place_question
    for _ in range(3):  # the first guess, then one more per re-ask (max_reasks 2)
        assert patient.texts("the hospital") == ["Did you mean: A&E?"]
    assert patient.texts("the hospital") == ["No worries, let's move on.", EASE]
    assert stored(query, "where") == [("unanswered", None)]


@pytest.mark.parametrize("crisis, intent", [
    ("i want to kill myself", ""),  # the lexicon
    ("everything feels pointless and heavy", "crisis"),  # the NLU model alone
])
def test_signposting_asks_the_question_again_and_drops_the_guess(
        at_the_place_question: Patient, query: Query, crisis: str, intent: str) -> None:
    """The "Did you mean…?" waiting was not asked again after signposting, and the next
    "ok", said to the signposting, was taken as yes to it and stored."""
    patient = at_the_place_question
    patient.says("the hospital")
    reply = patient.texts(crisis, intent, 0.95 if intent else 0.0)
    assert reply[0].startswith("If you're in danger now, call 999")
    assert reply[-1] == WHERE
    assert "Did you mean: A&E?" not in reply
    patient.says("ok")
    assert stored(query, "where") == []

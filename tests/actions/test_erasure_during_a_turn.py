"""An erasure asked for on someone's behalf (the commissioner's Erasure page, `python -m
bot erase`) while a turn of theirs is under way waits for that turn, then erases
everything, what that turn stored included; the turn is answered as usual. On the real
databases, through the engine's entry point and the erasure both front ends share."""

from __future__ import annotations

from typing import Callable

from sqlalchemy.orm import sessionmaker

from actions.engine import resources
from bot.trust.erasure_request import erase_on_request
from tests.actions.harness import Patient
from tests.actions.test_turn_lock import answers, at_ease, rows, texts
from tests.held_turns import LIMIT, HeldTurn, InThread, until_waiting_or_done

HELD = ("respondent", "participation", "answer", "conversation")


def test_an_erasure_during_a_turn_waits_for_it_and_erases_what_it_stored(
        either_db: sessionmaker, hold: Callable[[], HeldTurn]) -> None:
    """On PostgreSQL the erasure went straight ahead: the turn, ending later, wrote its
    answer to a participation erased meanwhile and the person got "sorry, something went
    wrong" (or, had it begun one, a consultation was stored after the erasure). SQLite's
    one writer at a time made the erasure wait there already."""
    settings, _ = resources()
    patient = Patient()
    at_ease(patient)
    held = hold()
    turn = InThread(lambda: Patient(patient.conversation).says("4"))  # how easy: 4
    assert held.reached.wait(LIMIT)
    erasure = InThread(lambda: erase_on_request(either_db, patient.respondent, "cli", "SAR-7",
                                                settings.pseudonym_secret))
    until_waiting_or_done(erasure, either_db)
    assert erasure.thread.is_alive(), "the erasure did not wait for the turn"
    held.go()
    assert texts(turn.outcome())[-1].startswith("How would you like to hear")
    assert erasure.outcome().participations == 1
    assert answers(either_db) == []  # its answer went with the rest
    assert {table: rows(either_db, f"SELECT count(*) FROM {table}")  # noqa: S608 - names above
            for table in HELD} == {table: [(0,)] for table in HELD}
    assert Patient(patient.conversation).texts("4")[-1] != "How many days did you wait?"

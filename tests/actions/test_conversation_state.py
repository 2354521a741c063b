"""The engine owns each conversation's place, in SQL: one transaction a message,
and a script edited while someone is mid-way never sends them back to consent."""

from __future__ import annotations

import re
from typing import Any, Callable, Iterator, List, Tuple

import pytest
from sqlalchemy import event
from sqlalchemy.orm import sessionmaker

from actions.engine import resources
from bot.db.session import unit_of_work
from bot.scripts import store
from bot.scripts.script import load_script
from tests.actions.conftest import TEST_SCRIPT
from tests.actions.harness import Patient

Query = Callable[..., List[Tuple[Any, ...]]]


@pytest.fixture
def commits(db: sessionmaker) -> Iterator[List[int]]:
    """Commits on the actions' own engine, counted per message."""
    _, factory = resources()
    engine = factory.kw["bind"]
    counted: List[int] = [0]

    def count(_connection: Any) -> None:
        counted[0] += 1

    event.listen(engine, "commit", count)
    yield counted
    event.remove(engine, "commit", count)


def test_each_message_is_one_transaction(patient: Patient, commits: List[int], query: Query) -> None:
    per_message = []
    for message in ("TEST1", "yes", "19", "LS6", "yes", "pharmacy", "9", "4", "skip", "3",
                    "good", "quick"):
        commits[0] = 0
        patient.says(message, "start_consultation" if message == "TEST1" else "", 0.9)
        per_message.append(commits[0])
    assert per_message == [1] * 12
    assert query("SELECT status FROM participation") == [("completed",)]


@pytest.fixture
def statements(db: sessionmaker) -> Iterator[List[str]]:
    """The SQL the actions' own engine sends, first word of each statement."""
    _, factory = resources()
    engine = factory.kw["bind"]
    sent: List[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        sent.append(" ".join(statement.split()[:4]))

    event.listen(engine, "before_cursor_execute", note)
    yield sent
    event.remove(engine, "before_cursor_execute", note)


def test_a_turn_reads_what_it_needs_once(patient: Patient, statements: List[str],
                                        query: Query) -> None:
    """On PostgreSQL each statement is a round trip and CPU in two processes: a turn
    that stores an answer reads the conversation with its participation and
    consultation in one SELECT, and the participation's questions and answers in one."""
    per_message = []
    for message in ("TEST1", "yes", "19", "LS6", "yes", "pharmacy", "9", "4", "skip", "3",
                    "good", "quick"):
        statements.clear()
        patient.says(message, "start_consultation" if message == "TEST1" else "", 0.9)
        per_message.append(list(statements))
    storing = [sent for sent in per_message if "INSERT INTO answer (participation_id," in sent]
    assert len(storing) == 7  # "yes" to "quick", less "9" (asked again)
    for sent in storing:
        assert [s.split()[0] for s in sent].count("SELECT") == 2, sent
    for sent in per_message:
        assert sent.count("SELECT conversation.id, conversation.pseudonym, conversation.channel,") == 1
    assert query("SELECT COUNT(*) FROM answer WHERE status = 'answered'") == [(6,)]
    assert query("SELECT status FROM participation") == [("completed",)]


def save(db: sessionmaker, text: str) -> None:
    with unit_of_work(db) as session:
        store.save_script(session, load_script(text), text)


def without_question(script: str, key: str) -> str:
    """The script with one question block removed."""
    return re.sub(rf"  - id: {key}\n(    .*\n)+", "", script)


def test_a_removed_current_question_moves_on_to_the_next_one(
    db: sessionmaker, patient: Patient, query: Query
) -> None:
    for message in ("TEST1", "yes", "19", "skip", "no"):
        patient.says(message, "start_consultation" if message == "TEST1" else "", 0.9)
    assert patient.texts("2") == ["How would you like to hear from the service?"]  # on `contact`
    save(db, without_question(TEST_SCRIPT, "contact"))
    # The reply answered a question that is gone, so it is not stored anywhere.
    assert patient.texts("Text") == ["How many days did you wait?"]
    assert patient.texts("12") == ["Overall, how was your experience of our service?"]
    assert query("SELECT question_key, value FROM answers_flat ORDER BY question_position") == [
        ("used_service", "No"), ("ease", "2"), ("wait_days", "12")]
    assert query("SELECT count(*), min(status) FROM participation") == [(1, "started")]


def test_a_removed_question_after_the_last_answer_is_skipped_too(
    db: sessionmaker, patient: Patient, query: Query
) -> None:
    for message in ("TEST1", "yes", "19", "skip", "no", "2"):
        patient.says(message, "start_consultation" if message == "TEST1" else "", 0.9)
    edited = without_question(without_question(TEST_SCRIPT, "contact"), "ease")
    save(db, edited)
    # `ease` (answered) and `contact` (current) are gone: on to the next that exists.
    assert patient.texts("Text") == ["How many days did you wait?"]
    assert query("SELECT count(*) FROM participation") == [(1,)]


def test_rasa_forgetting_everything_changes_nothing(patient: Patient, query: Query) -> None:
    for message in ("TEST1", "yes", "19", "skip"):
        patient.says(message, "start_consultation" if message == "TEST1" else "", 0.9)
    again = Patient(patient.conversation)  # a new Rasa session, a restarted server: no slots
    assert again.texts("yes") == ["Where did you go?"]
    assert again.texts("3") == ["How easy was it to be seen? (1 = Very hard, 5 = Very easy)"]
    assert query("SELECT question_key, value FROM answers_flat ORDER BY question_position") == [
        ("used_service", "Yes"), ("where", "Pharmacy")]


def test_nothing_is_kept_about_a_conversation_that_is_over(patient: Patient, query: Query) -> None:
    patient.says("hello", "greet", 0.9)
    assert query("SELECT count(*) FROM conversation") == [(0,)]
    patient.says("TEST1", "start_consultation", 0.9)
    assert query("SELECT consultation_code, step FROM conversation") == [("TEST1", "_consent")]
    patient.says("no")
    assert query("SELECT count(*) FROM conversation") == [(0,)]

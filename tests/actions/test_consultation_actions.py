"""The actions against a real SQLite file: what a patient sees and what is stored."""

from __future__ import annotations

from typing import Any, Callable, List, Tuple

import pytest
from sqlalchemy import update
from sqlalchemy.orm import sessionmaker

from bot.db import repository
from bot.db.models import Consultation, Organisation
from bot.db.session import unit_of_work
from bot.engine.flow import step_by_key
from bot.scripts import store
from bot.scripts.script import load_script
from tests.actions.conftest import TEST_SCRIPT
from tests.actions.harness import Patient
from tests.closing import closed_on_the_web

Query = Callable[..., List[Tuple[Any, ...]]]
ANSWERS = ("SELECT question_key, answer_status, value, attempts FROM answers_flat "
           "ORDER BY participation_id, question_position")
PARTICIPATIONS = "SELECT status, age_band, area, channel FROM participation ORDER BY id"


def consent(patient: Patient, age: str = "19", area: str = "skip") -> None:
    patient.says("TEST1", "start_consultation", 0.9)
    patient.says("yes")
    patient.says(age)
    patient.says(area)


def test_whole_consultation(patient: Patient, query: Query) -> None:
    opening = patient.says("hi, code TEST1 please", "start_consultation", 0.9)
    assert opening[0]["text"].startswith("Test consultation")
    assert opening[-1]["text"] == "Are you happy to take part?"
    assert [b["payload"] for b in opening[-1]["buttons"]] == ["Yes", "No"]
    assert query(PARTICIPATIONS) == []
    assert patient.texts("ye")[-1] == "Which age group are you in?"
    assert patient.texts("18 to 24")[-1].startswith("What's the first half")
    assert patient.texts("prefer not to say") == ["Have you used the service?"]
    assert patient.texts("nah") == ["How easy was it to be seen? (1 = Very hard, 5 = Very easy)"]
    assert patient.texts("very easy") == ["How would you like to hear from the service?"]
    assert patient.texts("a and c") == ["How many days did you wait?"]
    assert patient.texts("twelve") == ["Overall, how was your experience of our service?"]
    assert patient.texts("not great") == ["Please can you tell us why you gave your answer? (Or say skip.)"]
    assert closed_on_the_web(patient.texts("call me on 07700 900123 about it"))
    assert query(ANSWERS) == [
        ("used_service", "answered", "No", 1),
        ("ease", "answered", "5", 1),
        ("contact", "answered", "Text; Phone call", 1),
        ("wait_days", "answered", "12", 1),
        ("fft", "answered", "Poor", 1),
        ("fft_why", "answered", "call me on [phone] about it", 1),
    ]
    assert query(PARTICIPATIONS) == [("completed", "18-24", None, "rest")]
    assert not patient.in_consultation()


def test_declining_consent_stores_nothing(patient: Patient, query: Query) -> None:
    patient.says("TEST1", "start_consultation", 0.9)
    assert patient.texts("no thanks") == ["No problem, nothing has been saved. Thanks for your time."]
    assert query("SELECT count(*) FROM respondent") == [(0,)]
    assert not patient.in_consultation()


def test_under_the_minimum_age_nothing_is_kept(patient: Patient, query: Query) -> None:
    patient.says("TEST1", "start_consultation", 0.9)
    patient.says("yes")
    reply = patient.texts("I'm 14")
    assert "aged 16 and over" in reply[0] and "0800 1111" in reply[0]
    assert query("SELECT count(*) FROM participation") == [(0,)]
    assert query("SELECT count(*) FROM respondent") == [(0,)]


def test_stop_keeps_answers_as_a_withdrawn_participation(patient: Patient, query: Query) -> None:
    consent(patient, area="LS6 1AA")
    patient.says("yes")
    assert patient.texts("STOP") == [
        "OK, you've stopped the survey and won't get any more questions. "
        "Thanks for the answers you gave."]
    assert query(PARTICIPATIONS) == [("withdrawn", "18-24", "LS6", "rest")]
    assert query(ANSWERS) == [("used_service", "answered", "Yes", 1)]
    assert not patient.in_consultation()


def test_stop_by_intent_only_when_the_reply_is_not_an_answer(patient: Patient, query: Query) -> None:
    consent(patient)
    assert patient.texts("yes", "stop", 0.95) == ["Where did you go?"]  # an answer wins
    assert "stopped" in patient.texts("i want to stop now", "stop", 0.95)[0]


def test_unreadable_answers_are_reasked_twice_then_recorded_unanswered(
    patient: Patient, query: Query
) -> None:
    consent(patient)
    patient.says("no")
    first = patient.texts("banana")
    assert first == ["Sorry, I didn't get that. Reply with a number from 1 to 5.",
                     "How easy was it to be seen? (1 = Very hard, 5 = Very easy)"]
    assert patient.texts("🙂🙂")[0].startswith("Sorry, I didn't get that.")
    moved_on = patient.texts("purple")
    assert moved_on == ["No worries, let's move on.", "How would you like to hear from the service?"]
    assert query(ANSWERS)[-1] == ("ease", "unanswered", None, 3)


def test_required_questions_cannot_be_skipped(patient: Patient) -> None:
    consent(patient)
    reply = patient.texts("skip")
    assert reply[0] == "This question needs an answer to carry on. Reply yes or no."


def test_help_and_why_do_not_count_as_attempts(patient: Patient, query: Query) -> None:
    consent(patient)
    help_reply = patient.texts("how does this work", "help", 0.9)
    assert help_reply[0].startswith("I'm asking a few questions for NHS Test ICB")
    assert help_reply[1] == "Have you used the service?"
    assert patient.texts("why do u want to know", "ask_why", 0.9)[0] == "We want to know who has used it."
    assert "delete answers 12 months after" in patient.texts("who sees this", "ask_privacy", 0.9)[0]
    patient.says("yes")
    assert query(ANSWERS) == [("used_service", "answered", "Yes", 1)]


def test_out_of_range_number_is_reasked_and_nothing_changes(patient: Patient, query: Query) -> None:
    consent(patient)
    for reply in ("no", "3", "skip"):
        patient.says(reply)
    before = query(ANSWERS)
    assert patient.texts("900")[0] == "Sorry, I didn't get that. Reply with a number from 0 to 60."
    assert query(ANSWERS) == before


@pytest.mark.parametrize("message, expected", [
    ("start NOPE99", "Sorry, I couldn't find a survey with the code NOPE99."),
    ("start NOPEX", "Sorry, I couldn't find a survey with the code NOPEX."),
    # Asking to take part without a code names no code the patient never sent.
    ("start", "Hi, I'm Sounding Board."),
    ("start the survey please", "Hi, I'm Sounding Board."),
    ("START", "Hi, I'm Sounding Board."),
    ("", "Hi, I'm Sounding Board."),
    ("x" * 5000, "Hi, I'm Sounding Board."),
    ("🙂🙂🙂", "Hi, I'm Sounding Board."),
])
def test_bad_input_outside_a_consultation(patient: Patient, query: Query, message: str,
                                          expected: str) -> None:
    intent = "start_consultation" if message.lower().startswith("start") else "out_of_scope"
    replies = patient.texts(message, intent, 0.9)
    assert replies[0].startswith(expected)
    assert not patient.in_consultation()
    assert query("SELECT count(*) FROM respondent") == [(0,)]


def test_long_message_inside_a_consultation_is_refused_clearly(patient: Patient, query: Query) -> None:
    consent(patient)
    reply = patient.texts("y" * 5000)
    assert reply[0].startswith("That message is a bit long for me.")
    assert query(ANSWERS) == []


def test_a_returning_patient_carries_on_and_cannot_answer_twice(patient: Patient, query: Query) -> None:
    consent(patient)
    patient.says("no")
    # Days later, after Rasa restarted and forgot everything: the engine knows where they were.
    back = Patient(patient.conversation)
    assert back.texts("4") == ["How would you like to hear from the service?"]
    for reply in ("skip", "3", "good", "skip"):
        back.says(reply)
    assert query(PARTICIPATIONS) == [("completed", "18-24", None, "rest")]
    assert back.texts("TEST1", "start_consultation", 0.9) == [
        "You've already taken part in this survey. Thank you, your answers are in."]


def test_the_code_sent_again_carries_on_and_is_never_an_answer(patient: Patient,
                                                              query: Query) -> None:
    # The poster's link tapped again (Telegram sends "/start TEST1"), the code texted
    # again, or a widget whose chat Rasa forgot sending its code again: where they were.
    patient.says("TEST1", "start_consultation", 0.9)
    again = patient.texts("TEST1", "start_consultation", 0.9)
    assert again[0].startswith("Test consultation")  # the notice again, before consent
    assert again[-1] == "Are you happy to take part?"
    consent(patient)
    for reply in ("no", "4", "skip", "3", "good"):
        patient.says(reply)
    welcome_back = ["Welcome back! Let's carry on where you left off.",
                    "Please can you tell us why you gave your answer? (Or say skip.)"]
    assert patient.texts("TEST1", "start_consultation", 0.9) == welcome_back
    assert patient.texts("start test1", "start_consultation", 0.9) == welcome_back
    assert closed_on_the_web(patient.texts("quick and kind"))
    assert query(ANSWERS)[-1] == ("fft_why", "answered", "quick and kind", 1)
    assert query(PARTICIPATIONS) == [("completed", "18-24", None, "rest")]


def test_another_consultations_code_starts_it_and_this_one_waits(
    db: sessionmaker, patient: Patient, query: Query
) -> None:
    # An invitation's "Take part" button, or another poster's code, sent mid-way: the
    # other survey starts, and this one carries on when its code is sent again.
    second = TEST_SCRIPT.replace("code: TEST1", "code: TEST2").replace(
        "title: Test consultation", "title: Second survey")
    with unit_of_work(db) as session:
        store.save_script(session, load_script(second), second)
    consent(patient)
    for reply in ("no", "4", "skip", "3", "good"):
        patient.says(reply)
    opening = patient.texts("TEST2", "start_consultation", 0.9)
    assert opening[0].startswith("Second survey")
    assert opening[-1] == "Are you happy to take part?"
    assert patient.texts("no") == ["No problem, nothing has been saved. Thanks for your time."]
    assert patient.texts("TEST1", "start_consultation", 0.9) == [
        "Welcome back! Let's carry on where you left off.",
        "Please can you tell us why you gave your answer? (Or say skip.)"]
    assert closed_on_the_web(patient.texts("quick"))
    assert query(ANSWERS)[-1] == ("fft_why", "answered", "quick", 1)
    # A survey that is closed, or done already, is said so, and this one carries on.
    with unit_of_work(db) as session:
        repository.consultation_by_code(session, "TEST2").status = "closed"  # type: ignore[union-attr]
    someone_else = Patient()
    consent(someone_else)
    assert someone_else.texts("TEST2", "start_consultation", 0.9) == [
        "The survey TEST2 isn't open right now, so I can't take answers for it.",
        "Have you used the service?"]


def test_an_answer_that_is_also_a_surveys_code_is_an_answer(db: sessionmaker, patient: Patient,
                                                            query: Query) -> None:
    named = TEST_SCRIPT.replace("code: TEST1", "code: PHARMACY")
    with unit_of_work(db) as session:
        store.save_script(session, load_script(named), named)
    for message in ("PHARMACY", "yes", "19", "skip"):
        patient.says(message, "start_consultation" if message == "PHARMACY" else "", 0.9)
    assert patient.texts("yes") == ["Where did you go?"]
    assert patient.texts("pharmacy")[0].startswith("How easy was it to be seen?")
    assert query(ANSWERS)[-1] == ("where", "answered", "Pharmacy", 1)


def test_the_organisation_named_to_patients_is_the_one_that_sees_the_results(
    db: sessionmaker, patient: Patient
) -> None:
    # The commissioner app files an upload under its author's organisation, whatever the
    # script's `organisation:` line says: patients are told who really sees the results.
    with unit_of_work(db) as session:
        filed = Organisation(name="NHS Own ICB")
        session.add(filed)
        store.save_script(session, load_script(TEST_SCRIPT), TEST_SCRIPT, organisation=filed)
    notice = patient.texts("TEST1", "start_consultation", 0.9)[-2]
    assert notice.startswith("NHS Own ICB is in charge of your answers.") and "Test ICB" not in notice
    for reply in ("yes", "19", "skip"):
        patient.says(reply)
    assert "NHS Own ICB" in patient.texts("help", "help", 0.95)[0]


def test_back_changes_the_last_answer_and_skip_logic_follows(patient: Patient,
                                                           query: Query) -> None:
    consent(patient)
    assert patient.texts("back") == [
        "This is the first question, so there's nothing to go back to.",
        "Have you used the service?"]
    assert patient.texts("yes") == ["Where did you go?"]
    assert patient.texts("pharmacy")[0].startswith("How easy was it to be seen?")
    assert patient.texts("oops wrong one") == ["OK, let's go back.", "Where did you go?"]
    assert query(ANSWERS) == [("used_service", "answered", "Yes", 1),
                              ("where", "answered", "Pharmacy", 1)]  # kept until replaced
    assert patient.texts("A&E")[0].startswith("How easy was it to be seen?")
    assert query(ANSWERS)[-1] == ("where", "answered", "A&E", 1)
    # Back twice, then a "no" that hides "Where did you go?": its answer goes with it.
    patient.says("go back")
    assert patient.texts("can i change my answer") == [
        "OK, let's go back.", "Have you used the service?"]
    assert patient.texts("no")[0].startswith("How easy was it to be seen?")
    assert query(ANSWERS) == [("used_service", "answered", "No", 1)]
    assert patient.texts("4") == ["How would you like to hear from the service?"]
    assert query("SELECT status FROM participation") == [("started",)]


@pytest.mark.parametrize("message, starts", [
    ("where is the nearest pharmacy", False), ("the pharmacy was shut", False),
    ("pharmacy", True), ("Pharmacy!", True), ("start pharmacy", True),
    ("my code is PHARMACY", True),
])
def test_a_code_that_is_an_everyday_word_starts_only_when_written_as_one(
    db: sessionmaker, patient: Patient, message: str, starts: bool
) -> None:
    named = TEST_SCRIPT.replace("code: TEST1", "code: PHARMACY")
    with unit_of_work(db) as session:
        store.save_script(session, load_script(named), named)
    opening = patient.texts(message, "start_consultation", 0.9)
    assert (opening[-1] == "Are you happy to take part?") is starts, opening


def test_a_closed_consultation_takes_no_answers(db: sessionmaker, patient: Patient) -> None:
    with unit_of_work(db) as session:
        repository.consultation_by_code(session, "TEST1").status = "closed"  # type: ignore[union-attr]
    assert patient.texts("TEST1", "start_consultation", 0.9) == [
        "The survey TEST1 isn't open right now, so I can't take answers for it."]


def test_a_reworded_question_is_asked_in_the_next_message(db: sessionmaker, patient: Patient) -> None:
    consent(patient)
    reworded = TEST_SCRIPT.replace("How easy was it to be seen?", "Was it easy to get seen?")
    with unit_of_work(db) as session:
        store.save_script(session, load_script(reworded), reworded)
    assert patient.texts("no") == ["Was it easy to get seen? (1 = Very hard, 5 = Very easy)"]


def test_crisis_wording_gets_signposting_first_then_carries_on(patient: Patient, query: Query) -> None:
    consent(patient)
    reply = patient.texts("honestly i want to kill myself")
    assert "999" in reply[0] and "116 123" in reply[0] and "85258" in reply[0]
    assert reply[-1] == "Have you used the service?"
    assert patient.texts("yes") == ["Where did you go?"]
    assert query(ANSWERS) == [("used_service", "answered", "Yes", 1)]


def test_delete_my_answers_asks_first_then_erases_everything(patient: Patient, query: Query) -> None:
    consent(patient, area="LS6")
    patient.says("yes")
    reply = patient.says("please delete my answers")
    assert reply[0]["text"].startswith("Do you want us to delete all the answers")
    assert [b["title"] for b in reply[0]["buttons"]] == ["Yes", "No"]
    assert query("SELECT count(*) FROM answer") == [(1,)]  # nothing goes before the yes
    assert patient.texts("yes") == ["Done: your answers and this chat have been deleted. Thank you."]
    assert query("SELECT count(*) FROM answer") == [(0,)]
    assert query("SELECT count(*) FROM participation") == [(0,)]
    assert query("SELECT count(*) FROM respondent") == [(0,)]
    assert query("SELECT actor, action FROM audit_log WHERE action = 'erase'") == [
        ("respondent", "erase")]
    # Rasa's record of the chat is queued for forgetting in the same transaction (no Rasa
    # here to forget it at once): a Rasa server's sweep will.
    assert query("SELECT conversation FROM rasa_erasure") == [(patient.conversation,)]


def test_a_new_web_chat_asked_to_delete_says_how_to_reach_an_ended_ones_answers(
        query: Query) -> None:
    """A web chat that has ended (finished and cleared, or left for 30 minutes) cannot be
    found from a new one: the bot said "We don't hold any answers from you", which was
    untrue, and named no way to reach them. It now points to the reference shown at the end."""
    earlier = Patient()
    consent(earlier)
    for reply in ("no", "4", "skip", "3", "poor"):
        earlier.says(reply)
    ended = earlier.texts("skip")
    assert closed_on_the_web(ended)
    later = Patient()  # the same person, another chat
    later.says("delete my answers")
    assert later.texts("yes") == [
        "There are no answers from this chat to delete. Answers from a chat that has ended "
        "can't be found from a new one: to have them deleted, give the organisation that ran "
        "the survey the reference you were shown when you finished."]
    assert query("SELECT count(*) FROM participation WHERE status = 'completed'") == [(1,)]


def test_anything_but_yes_keeps_the_answers(patient: Patient, query: Query) -> None:
    consent(patient)
    patient.says("no")
    patient.says("can you erase my data", "delete_data", 0.9)
    # Nothing goes without a clear yes, and the consultation carries on where it was.
    assert patient.texts("hmm not sure") == [
        "OK, nothing has been deleted.",
        "How easy was it to be seen? (1 = Very hard, 5 = Very easy)"]
    assert query("SELECT count(*) FROM answer") == [(1,)]
    assert patient.texts("4") == ["How would you like to hear from the service?"]


def test_signposting_is_counted_without_the_words(patient: Patient, query: Query) -> None:
    consent(patient)
    patient.says("i keep cutting myself")
    patient.says("feel like ending it all", "crisis", 0.6)
    assert patient.texts("I've felt low", "crisis", 0.55)[0].startswith("If you're in danger")
    events = query("SELECT category, channel FROM safeguarding_event ORDER BY id")
    assert [e[1] for e in events] == ["rest"] * 3
    assert events[0][0] == "self_harm" and events[2][0] == "nlu"
    assert all("cutting" not in str(row) for row in query("SELECT * FROM safeguarding_event"))


def test_nobody_under_13_takes_part_even_without_a_script_minimum(
    db: sessionmaker, patient: Patient, query: Query
) -> None:
    no_minimum = TEST_SCRIPT.replace("min_age: 16\n", "")
    with unit_of_work(db) as session:
        store.save_script(session, load_script(no_minimum), no_minimum)
    patient.says("TEST1", "start_consultation", 0.9)
    patient.says("yes")
    assert "aged 13 and over" in patient.texts("12")[0]
    assert query("SELECT count(*) FROM participation") == [(0,)]


def test_if_the_database_fails_crisis_wording_is_still_signposted(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from actions.engine import resources

    monkeypatch.setenv("SB_DATABASE_URL", f"sqlite:///{tmp_path / 'never-migrated.db'}")
    resources.cache_clear()
    try:
        patient = Patient()
        reply = patient.texts("i want to end my life", "crisis", 0.9)
        assert "116 123" in reply[0] and reply[1].startswith("Sorry, something went wrong")
        assert patient.texts("MIND24", "start_consultation", 0.9) == [
            "Sorry, something went wrong on our side and your last message wasn't saved. "
            "Please try again in a few minutes."]
    finally:
        resources.cache_clear()


def test_a_valid_answer_is_never_overridden_by_the_model(patient: Patient, query: Query) -> None:
    consent(patient)
    # NLU guesses crisis / delete on ordinary answers now and then: an answer wins.
    assert patient.texts("yes", "crisis", 0.95) == ["Where did you go?"]
    assert patient.texts("pharmacy", "delete_data", 0.95)[0].startswith("How easy")
    assert query("SELECT count(*) FROM safeguarding_event") == [(0,)]
    assert [row[0] for row in query(ANSWERS)] == ["used_service", "where"]


def at_the_last_question(patient: Patient) -> None:
    """Consent and answer up to the free-text "why" question."""
    consent(patient)
    for reply in ("no", "4", "skip", "3", "poor"):
        patient.says(reply)


def test_crisis_words_in_a_free_text_answer_are_signposted_and_still_stored(
    patient: Patient, query: Query
) -> None:
    at_the_last_question(patient)
    reply = patient.texts("The wait made me feel suicidal and I still do")
    assert "116 123" in reply[0]  # signposting first
    assert closed_on_the_web(reply[-2:])  # not asked again in a loop
    assert query(ANSWERS)[-1] == (
        "fft_why", "answered", "The wait made me feel suicidal and I still do", 1)
    assert query("SELECT category FROM safeguarding_event") == [("suicide",)]
    assert query("SELECT status FROM participation") == [("completed",)]


@pytest.mark.parametrize("request_", ["can you delete everything i said", "i want to withdraw"])
def test_asking_to_withdraw_at_a_free_text_question_is_not_stored_as_the_answer(
    patient: Patient, query: Query, request_: str
) -> None:
    at_the_last_question(patient)
    # The model's intent is not asked at a free-text question (any reply is an answer).
    reply = patient.says(request_)
    assert reply[0]["text"].startswith("Do you want us to delete all the answers")
    stored = query(ANSWERS)
    assert len(stored) == 5 and stored[-1][0] == "fft"  # the request is no answer to fft_why
    assert patient.texts("yes") == ["Done: your answers and this chat have been deleted. Thank you."]
    assert query("SELECT count(*) FROM answer") == [(0,)]


def test_a_free_text_answer_too_long_is_asked_shorter_not_signposted(
    patient: Patient, query: Query
) -> None:
    at_the_last_question(patient)
    limit = step_by_key(load_script(TEST_SCRIPT), "fft_why").max_length  # type: ignore[union-attr]
    long = ("The drop-in was great but the waiting list for the clinic was far too long "
            * 20)[:limit + 25]
    # The NLU model, trained on short messages, took long answers for crises; only the
    # detector, which read the whole text, may signpost.
    reply = patient.texts(long, "crisis", 0.95)
    assert reply == [f"That message is a bit long for me. Please keep your answer under "
                     f"{limit} characters.",
                     "Please can you tell us why you gave your answer? (Or say skip.)"]
    assert query("SELECT count(*) FROM safeguarding_event") == [(0,)]
    assert closed_on_the_web(patient.texts(long[:limit])[-2:])  # signposted again, then done
    assert query(ANSWERS)[-1][:3] == ("fft_why", "answered", long[:limit].strip())


def test_a_crisis_in_a_free_text_answer_too_long_is_signposted_and_asked_shorter(
    patient: Patient, query: Query
) -> None:
    """Signposted, then nothing: the answer was lost and the question asked again with no
    word why, so the same long message came back, and again."""
    at_the_last_question(patient)
    limit = step_by_key(load_script(TEST_SCRIPT), "fft_why").max_length  # type: ignore[union-attr]
    long = ("my mum doesnt know so i cant ask her to drive me and i feel suicidal about it "
            * 20)[:limit + 25]
    reply = patient.texts(long)
    assert reply[0].startswith("If you're in danger now, call 999")
    assert reply[1:] == [f"That message is a bit long for me. Please keep your answer under "
                         f"{limit} characters.",
                         "Please can you tell us why you gave your answer? (Or say skip.)"]
    assert query("SELECT count(*) FROM safeguarding_event") == [(1,)]
    assert query("SELECT count(*) FROM answers_flat WHERE question_key = 'fft_why'") == [(0,)]
    assert closed_on_the_web(patient.texts(long[:limit])[-2:])  # signposted again, then done
    assert query(ANSWERS)[-1][:2] == ("fft_why", "answered")


def test_a_crisis_told_as_over_is_stored_without_signposting(
    patient: Patient, query: Query
) -> None:
    at_the_last_question(patient)
    reply = patient.texts("I felt suicidal last year but talking to someone helped")
    assert closed_on_the_web(reply)
    assert query(ANSWERS)[-1] == (
        "fft_why", "answered", "I felt suicidal last year but talking to someone helped", 1)
    assert query("SELECT count(*) FROM safeguarding_event") == [(0,)]


def test_a_consultation_closed_midway_takes_no_more_answers_and_keeps_the_rest(
        db: sessionmaker, patient: Patient, query: Query) -> None:
    consent(patient)
    assert patient.texts("yes") == ["Where did you go?"]
    with unit_of_work(db) as session:
        session.execute(update(Consultation).values(status="closed"))  # the commissioner closes it
    closed = ("The survey TEST1 has now closed, so I can't take any more answers for it. "
              "Thank you: the answers you gave before it closed are kept.")
    assert patient.texts("pharmacy") == [closed]
    assert query(ANSWERS) == [("used_service", "answered", "Yes", 1)]
    assert query("SELECT status FROM participation") == [("expired",)]
    # Still theirs to have deleted.
    assert patient.texts("delete my answers")[0].startswith("Do you want us to delete")
    assert patient.texts("yes") == ["Done: your answers and this chat have been deleted. Thank you."]
    assert query("SELECT count(*) FROM answer") == [(0,)]

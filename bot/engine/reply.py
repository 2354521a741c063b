"""One turn inside a consultation: understand the reply, store it, move on."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Optional, Tuple

from sqlalchemy.orm import Session

from bot.config import Settings
from bot.db import repository
from bot.db.models import Consultation, Participation, utcnow
from bot.engine import answers as answer_store
from bot.engine import going_back, guesses, messages
from bot.engine.flow import AGE, AREA, CONSENT, carry_on_step, minimum_age, next_step, step_by_key
from bot.engine.start import ask_to_delete, begin, code_alone, code_during
from bot.engine.turns import Inbound, Message, State, Turn
from bot.scripts import store
from bot.scripts.questions import (
    FREE_TEXT,
    MULTI_CHOICE,
    SCALE,
    Question,
    age_band_lower_bound,
)
from bot.scripts.script import Script
from bot.trust import identity
from bot.trust.erasure import is_delete_request
from bot.trust.privacy_notice import kept_for
from bot.trust.redaction import redact
from bot.trust.safeguarding import detect_concern, is_crisis_intent
from bot.trust.signposting import SIGNPOSTING
from bot.understanding.parsing import ANSWERED, SKIP, TOO_LONG, Parsed, hint, parse_answer

# Carrier keywords: always a stop, whatever the question (SMS rules require it).
STOP_WORDS = frozenset({"stop", "stopall", "unsubscribe", "cancel", "end", "quit"})
META_INTENTS = ("help", "ask_why", "ask_privacy")
# Below this NLU is guessing; a reply that failed to parse then just gets the hint.
META_CONFIDENCE = 0.5


def model_decides(parsed: Parsed) -> bool:
    """Whether the NLU model's crisis intent (and its other intents) may decide what a
    reply to a question is. Never over a valid answer (or a near one): on ordinary answers
    it called 1 in 4 a crisis (bench/README.md), and an answer must not be lost for that.
    Nor over a reply only too long to store: the model learnt short messages and took long
    answers for crises (the detector has read the whole text already).
    `bench/safeguarding_path_on_answers.py` counts what it signposts on survey replies."""
    return parsed.status != ANSWERED and not guesses.is_offer(parsed) and parsed.reason != TOO_LONG


def question_message(question: Question) -> Message:
    """A question as the patient sees it, with its options as buttons."""
    return Message(_question_text(question), _buttons(question),
                   multiple=question.type == MULTI_CHOICE)


def _question_text(question: Question) -> str:
    text = question.text
    if question.type == SCALE and question.labels:
        ends = ", ".join(f"{k} = {v}" for k, v in sorted(question.labels.items()))
        text = f"{text} ({ends})"
    if question.optional and question.type == FREE_TEXT:
        text = f"{text} (Or say skip.)"
    return text


def _buttons(question: Question) -> Tuple[str, ...]:
    if question.options:
        return question.options
    if question.type == SCALE:
        return tuple(str(point) for point in question.scale_points)
    return ()


def reply(session: Session, settings: Settings, state: State, inbound: Inbound) -> Turn:
    """Handle the patient's reply to the current step."""
    consultation = repository.consultation_by_code(session, state.code)
    script = store.script_of(consultation) if consultation is not None else None
    question = step_by_key(script, state.step) if script is not None else None
    participation = _participation(session, state)
    concern = detect_concern(inbound.text)
    if concern is not None:  # before anything else, whatever state the consultation is in
        kept = _answer_in_own_words(session, settings, script, question, participation, state,
                                    inbound)
        then = kept or _carry_on_after_signposting(state)
        return _signposted(session, consultation, inbound, concern.category, then)
    if script is None:
        return Turn((Message(messages.OUTSIDE_HELP),), None)
    if consultation is not None and not repository.is_open(consultation):
        return _closed_midway(session, settings, consultation, participation, inbound)
    if participation is not None and participation.status == "expired":
        code, _ = code_alone(inbound.text)
        if code and repository.consultation_by_code(session, code) is not None:
            return begin(session, settings, inbound)  # what the expiry notice asks for
        return Turn((Message(messages.EXPIRED),), None)
    if question is None:  # the script changed under us: on to the next question that exists
        return _carry_on(session, script, participation, state)
    started = code_during(session, settings, consultation, state, inbound) if consultation else None
    if started is not None:
        return started
    if going_back.asks_to_go_back(inbound.text, question.options):
        return _go_back(session, script, participation, state, question)
    if state.guess is not None:  # the reply to "Did you mean…?" or "Which one?"
        parsed = guesses.read_reply(question, state.guess, inbound.text)
    else:
        parsed = parse_answer(question, inbound.text)
    model_may_decide = model_decides(parsed)
    if model_may_decide and is_crisis_intent(inbound.intent, inbound.confidence):
        return _signposted(session, consultation, inbound, "nlu",
                           _carry_on_after_signposting(state))
    intent = inbound.intent if model_may_decide else ""
    if is_delete_request(inbound.text, intent, inbound.confidence):
        return ask_to_delete(state)
    if _is_stop(inbound, question, parsed):
        return _stop(participation)
    meta = _meta_reply(script, question, inbound, parsed, settings, consultation)
    if meta is not None:
        return Turn((Message(meta),), state)
    if parsed.status == ANSWERED or (parsed.status == SKIP and question.optional):
        return _accept(session, settings, script, question, parsed, state, inbound)
    if guesses.is_offer(parsed):
        # A second guess in a row counts as a re-ask, so guessing can't go on forever.
        reasks = state.reasks + (1 if state.guess is not None else 0)
        if reasks <= question.max_reasks:
            return guesses.offer(question, parsed, replace(state, reasks=reasks, guess=None))
    problem = messages.NOT_SKIPPABLE + " " if parsed.status == SKIP else messages.HINT_PREFIX
    if parsed.reason == guesses.DECLINED:
        problem = messages.GUESS_DECLINED
    if parsed.reason == TOO_LONG:
        problem = messages.TOO_LONG
    return _retry(session, script, question, state, participation, problem + hint(question))


def _carry_on_after_signposting(state: State) -> Turn:
    """The question asked again in full after signposting: a "Did you mean…?" waiting
    was not asked again, so the next "ok", said to the signposting, confirmed it."""
    return Turn((Message(messages.CRISIS_CARRY_ON),), replace(state, guess=None))


def _signposted(session: Session, consultation: Optional[Consultation], inbound: Inbound,
                category: str, then: Turn) -> Turn:
    """Signposting first, counted without the words, then the rest of the turn."""
    repository.record_safeguarding(session, category, inbound.channel,
                                   consultation.id if consultation else None)
    return replace(then, messages=(Message(SIGNPOSTING),) + then.messages)


def _answer_in_own_words(
    session: Session, settings: Settings, script: Optional[Script], question: Optional[Question],
    participation: Optional[Participation], state: State, inbound: Inbound,
) -> Optional[Turn]:
    """At a free-text question, words that trigger signposting are still the answer.

    "The wait made me feel suicidal and I still do" answers a mental-health question;
    asking it again would lose exactly those answers.
    """
    if (script is None or question is None or question.type != FREE_TEXT
            or participation is None or participation.status != "started"):
        return None
    parsed = parse_answer(question, inbound.text)
    if parsed.reason == TOO_LONG:  # said so, or the answer is lost with no word why
        return _retry(session, script, question, state, participation,
                      messages.TOO_LONG + hint(question))
    if parsed.status != ANSWERED:
        return None
    return _accept(session, settings, script, question, parsed, state, inbound)


def _closed_midway(session: Session, settings: Settings, consultation: Consultation,
                   participation: Optional[Participation], inbound: Inbound) -> Turn:
    """Closed (by hand, or past its last day) while they were in it: what they gave is
    kept and nothing more is taken, so the figures a commissioner reports at the close
    stay put. Another consultation's code still starts that one."""
    code, _ = code_alone(inbound.text)
    if code and code != consultation.code and repository.consultation_by_code(session, code):
        return begin(session, settings, inbound)
    if is_delete_request(inbound.text, inbound.intent, inbound.confidence):
        return ask_to_delete()  # their answers are still theirs to have deleted
    if participation is not None and participation.status == "started":
        participation.status = "expired"
    return Turn((Message(messages.CLOSED_MIDWAY.format(code=consultation.code)),), None)


def _participation(session: Session, state: State) -> Optional[Participation]:
    if state.participation_id is None:
        return None
    return session.get(Participation, state.participation_id)


def _is_stop(inbound: Inbound, question: Question, parsed: Parsed) -> bool:
    if inbound.text.strip().strip(".!").casefold() in STOP_WORDS:
        return True
    return (
        inbound.intent == "stop"
        and inbound.confidence >= 0.8
        and parsed.status != ANSWERED
    )


def _meta_reply(
    script: Script, question: Question, inbound: Inbound, parsed: Parsed, settings: Settings,
    consultation: Optional[Consultation],
) -> Optional[str]:
    """Help, "why are you asking?" and privacy questions, when they are not an answer."""
    if inbound.intent not in META_INTENTS or inbound.confidence < META_CONFIDENCE:
        return None
    if question.type == FREE_TEXT:
        # A free-text answer can mention help; only short, confident asks count.
        if inbound.confidence < 0.8 or len(inbound.text.split()) > 8:
            return None
    elif parsed.status == ANSWERED or guesses.is_offer(parsed):
        return None
    # Who sees the results: the organisation it is filed under (read only when told).
    organisation = consultation.organisation.name if consultation else script.organisation
    if inbound.intent == "ask_why":
        return question.why or messages.GENERIC_WHY.format(organisation=organisation)
    if inbound.intent == "ask_privacy":
        return messages.PRIVACY.format(privacy_url=script.notice_url or settings.privacy_url,
                                       kept=kept_for(settings.retention_days))
    return messages.HELP.format(organisation=organisation)


def withdraw(session: Session, participation_id: Optional[int]) -> Turn:
    """Stop: answers so far are kept as a withdrawn participation."""
    return _stop(session.get(Participation, participation_id) if participation_id else None)


def _stop(participation: Optional[Participation]) -> Turn:
    if participation is None:
        return Turn((Message(messages.STOPPED_BEFORE_CONSENT),), None)
    if participation.status == "started":
        participation.status = "withdrawn"
        participation.updated_at = utcnow()
    return Turn((Message(messages.STOPPED),), None)


def _go_back(session: Session, script: Script, participation: Optional[Participation],
             state: State, question: Question) -> Turn:
    """Back to the last question replied to; the answers after it go (asked again)."""
    recorded = answer_store.recorded_keys(session, participation) if participation else set()
    previous = going_back.previous_question(script.questions, recorded, question.key)
    if previous is None or participation is None:
        return Turn((Message(messages.FIRST_QUESTION),), replace(state, reasks=0, guess=None))
    answer_store.forget_answers(session, participation,
                                going_back.later_questions(script.questions, previous.key))
    return Turn((Message(messages.GONE_BACK),),
                State(state.code, previous.key, state.participation_id))


def _retry(
    session: Session,
    script: Script,
    question: Question,
    state: State,
    participation: Optional[Participation],
    problem: str,
) -> Turn:
    reasks = state.reasks + 1
    if reasks <= question.max_reasks:
        return Turn((Message(problem),), State(state.code, state.step, state.participation_id, reasks))
    if question.key == CONSENT:
        return Turn((Message(messages.NO_CONSENT),), None)
    if question.key == AGE and not question.optional and participation is not None:
        repository.erase_participation(session, participation)
        return Turn((Message(messages.AGE_NEEDED + " " + messages.NO_CONSENT),), None)
    if participation is not None and not question.key.startswith("_"):
        answer_store.record_answer(session, participation, question.key, "unanswered", None, reasks)
    turn = _advance(session, script, participation, state, question.key)
    return Turn((Message(messages.MOVING_ON),) + turn.messages, turn.state)


def _accept(
    session: Session,
    settings: Settings,
    script: Script,
    question: Question,
    parsed: Parsed,
    state: State,
    inbound: Inbound,
) -> Turn:
    value = parsed.value if parsed.status == ANSWERED else None
    if question.key == CONSENT:
        if value != "Yes":
            return Turn((Message(messages.NO_CONSENT),), None)
        participation = _consent(session, settings, script, inbound)
        state = State(state.code, state.step, participation.id)
        return _advance(session, script, participation, state, CONSENT)
    current = _participation(session, state)
    if current is None:
        return Turn((Message(messages.OUTSIDE_HELP),), None)
    participation = current
    if question.key == AGE and value is not None and age_band_lower_bound(value) < minimum_age(script):
        repository.erase_participation(session, participation)
        return Turn((Message(messages.UNDER_AGE.format(min_age=minimum_age(script))),), None)
    _store(session, participation, question, parsed.status, value, state.reasks + 1)
    return _advance(session, script, participation, state, question.key)


def _consent(session: Session, settings: Settings, script: Script, inbound: Inbound) -> Participation:
    consultation = repository.consultation_by_code(session, script.code)
    assert consultation is not None
    respondent = repository.respondent_for(session, inbound.respondent)
    participation = Participation(
        consultation_id=consultation.id,
        respondent_id=respondent.id,
        channel=inbound.channel[:20],
        status="started",
        consented_at=utcnow(),
        notice_version=settings.notice_version,
        last_step=CONSENT,
        rasa_sender=inbound.web_chat or None,
        respondent_ref=identity.respondent_ref(respondent.pseudonym, consultation.organisation_id),
    )
    session.add(participation)
    session.flush()
    return participation


def _store(
    session: Session,
    participation: Participation,
    question: Question,
    status: str,
    value: Any,
    attempts: int,
) -> None:
    if question.key == AGE:
        participation.age_band, participation.last_step = value, AGE
    elif question.key == AREA:
        participation.area, participation.last_step = value, AREA
    else:
        if question.type == FREE_TEXT and value is not None:
            value = redact(value)
        answer_store.record_answer(
            session, participation, question.key, "answered" if status == ANSWERED else "skipped",
            value, attempts,
        )


def _advance(
    session: Session,
    script: Script,
    participation: Optional[Participation],
    state: State,
    after: str,
) -> Turn:
    answers = answer_store.answers_by_key(session, participation) if participation else {}
    following = next_step(script, answers, after)
    if following is not None:
        return Turn((), State(state.code, following.key, state.participation_id))
    return _complete(script, participation)


def _complete(script: Script, participation: Optional[Participation]) -> Turn:
    if participation is not None and participation.status == "started":
        participation.status = "completed"
        participation.completed_at = participation.updated_at = utcnow()
    closing: Tuple[Message, ...] = (Message(script.closing),)
    if participation is not None and participation.channel in identity.WEB_CHANNELS:
        # A web chat is this browser's: once it ends or is cleared, "delete my answers"
        # in a new one finds nothing. The reference is what the organisation's Erasure
        # page finds them by (an SMS or Telegram patient is found by their number or chat).
        closing += (Message(messages.WEB_REFERENCE.format(
            organisation=script.organisation, reference=participation.respondent_ref)),)
    return Turn(closing, None)


def _carry_on(
    session: Session, script: Script, participation: Optional[Participation], state: State
) -> Turn:
    """The current step was removed from the script: never back to consent."""
    if participation is None:
        return Turn((Message(messages.OUTSIDE_HELP),), None)
    recorded = answer_store.recorded_keys(session, participation)
    following = carry_on_step(script, participation.last_step, recorded,
                              answer_store.answers_by_key(session, participation))
    if following is not None:
        return Turn((), State(state.code, following.key, state.participation_id))
    return _complete(script, participation)

"""Starting (or resuming) a consultation from a patient's first message."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import List, Optional, Tuple

from sqlalchemy.orm import Session

from bot.config import Settings
from bot.db import repository
from bot.db.models import Consultation
from bot.engine import answers as answer_store
from bot.engine import messages
from bot.engine.flow import CONSENT, consent_question, next_step
from bot.engine.turns import Inbound, Message, State, Turn
from bot.scripts import store
from bot.trust import conversation_erasure, identity
from bot.trust.erasure import erase_respondent, is_delete_request
from bot.trust.everyday_words import is_everyday
from bot.trust.privacy_notice import kept_for
from bot.trust.text_forms import plain_latin
from bot.understanding.parsing import parse_answer

CODE_PATTERN = re.compile(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]{2,11})(?![A-Za-z0-9])")
OUTSIDE_REPLIES = {
    "help": messages.OUTSIDE_HELP,
    "ask_why": messages.OUTSIDE_HELP,
    "ask_privacy": messages.PRIVACY,
    "thank": messages.WELCOME,
    "stop": messages.NOTHING_TO_STOP,
}


def candidate_codes(text: str) -> List[str]:
    """Words that could be a consultation code, in the order written, read in the plain form
    every check uses (a full-width ＭＩＮＤ２４ from a phone's wide keyboard is MIND24)."""
    return [m.group(1).upper() for m in CODE_PATTERN.finditer(plain_latin(text[:500]))]


def begin(session: Session, settings: Settings, inbound: Inbound) -> Turn:
    """Reply to a message sent outside a consultation (crisis wording is checked first,
    by the caller)."""
    if is_delete_request(inbound.text, inbound.intent, inbound.confidence):
        return ask_to_delete()
    written = set(_typed_codes(inbound.text)) | {code_alone(inbound.text)[0]}
    codes = [code for code in candidate_codes(inbound.text)
             if code in written or not (code.isalpha() and is_everyday(code.lower()))]
    found = repository.consultations_with_codes(session, codes)
    if found:
        chosen = min(found, key=lambda c: codes.index(c.code))
        return _start(session, settings, chosen, inbound)
    return Turn((Message(_outside_reply(settings, inbound)),), None)


def code_alone(text: str) -> Tuple[str, bool]:
    """The code a message is made of, as it is sent to start a consultation ("MIND24",
    "start mind24", "?c=MIND24"; Telegram's "/start MIND24" comes as "MIND24"), else "";
    and whether it is written as a code (after "start", with a digit or in capitals),
    not as a word that could be an answer ("good", "pharmacy")."""
    plain = " ".join(plain_latin(text[:100]).split())
    found = re.fullmatch(r"(start |\?c=)?([A-Za-z][A-Za-z0-9]{2,11})[.!]?", plain,
                         flags=re.IGNORECASE)
    if found is None:
        return "", False
    word = found.group(2)
    return word.upper(), bool(found.group(1)) or _looks_like_code(word)


def code_during(session: Session, settings: Settings, consultation: Consultation,
                state: State, inbound: Inbound) -> Optional[Turn]:
    """A consultation's code sent during one (the poster's link tapped twice, a widget
    whose chat Rasa forgot sending its code again, an invitation to another): never an
    answer. Its own code: before consent the notice again (the chat may show nothing of
    it), after it where they were. Another's: that one starts, and this one carries on
    when its code comes again; one closed or done already is said so, and this carries
    on. None when the message is no consultation's code written as a code."""
    code, as_code = code_alone(inbound.text)
    if not as_code:  # "pharmacy" answers a question, even if a survey's code is PHARMACY
        return None
    if code == consultation.code:
        if state.step == CONSENT:
            return _start(session, settings, consultation, inbound)
        return Turn((Message(messages.WELCOME_BACK),), replace(state, guess=None))
    other = repository.consultation_by_code(session, code)
    if other is None:
        return None
    turn = _start(session, settings, other, inbound)
    return turn if turn.state is not None else replace(turn, state=replace(state, guess=None))


def ask_to_delete(state: Optional[State] = None) -> Turn:
    """"Delete everything?": the next message, whatever it is, answers it.

    A consultation in progress is kept, so a "no" carries on where it was."""
    return Turn((Message(messages.DELETE_CONFIRM, ("Yes", "No")),), state, pending="delete")


def confirm_deletion(session: Session, settings: Settings, inbound: Inbound,
                     state: Optional[State]) -> Turn:
    """The reply to "delete everything?": only a clear yes deletes."""
    if parse_answer(consent_question(), inbound.text).value != "Yes":
        return Turn((Message(messages.NOT_DELETED),), state)
    erased = erase_respondent(session, inbound.respondent, actor="respondent",
                              secret=settings.pseudonym_secret)
    # The channel forgets the chat in Rasa straight after this turn; queued as well, in
    # case Rasa cannot be reached then.
    conversation_erasure.queue(session, [inbound.web_chat or identity.conversation_id(
        inbound.channel, inbound.respondent)])
    nothing = (messages.WEB_NOTHING_TO_DELETE if inbound.channel in identity.WEB_CHANNELS
               else messages.NOTHING_TO_DELETE)
    reply = messages.DELETED if erased else nothing
    return Turn((Message(reply),), None, erase_conversation=True)


def _outside_reply(settings: Settings, inbound: Inbound) -> str:
    typed = _typed_codes(inbound.text)
    if inbound.intent == "start_consultation" and typed:
        code = max(typed, key=lambda c: any(ch.isdigit() for ch in c))
        return messages.UNKNOWN_CODE.format(code=code)
    template = OUTSIDE_REPLIES.get(inbound.intent, messages.GREETING)
    return template.format(privacy_url=settings.privacy_url,
                           kept=kept_for(settings.retention_days))


def _looks_like_code(word: str) -> bool:
    """Written as a code is: with a digit, or in capitals (MIND24, PHARMACY)."""
    return word.isupper() or any(ch.isdigit() for ch in word)


def _typed_codes(text: str) -> List[str]:
    """Words written as a code is, so "I want to start the survey" is not told that WANT
    is no survey's code, and a code that is an everyday word (PHARMACY) starts its
    consultation only when written as one (or sent alone: `code_alone`), never from
    "where's the nearest pharmacy"."""
    return [m.group(1).upper() for m in CODE_PATTERN.finditer(plain_latin(text[:500]))
            if _looks_like_code(m.group(1)) and m.group(1).upper() not in ("START", "CODE")]


def _start(
    session: Session, settings: Settings, consultation: Consultation, inbound: Inbound
) -> Turn:
    if not repository.is_open(consultation):
        return Turn((Message(_not_open(session, settings, consultation)),), None)
    resumed = _resume(session, settings, consultation, inbound)
    if resumed is not None:
        return resumed
    script = store.script_of(consultation)
    intro = f"{script.title}\n{script.intro}".strip()
    notice = messages.NOTICE.format(
        # Who sees the results: the organisation it is filed under (the commissioner app
        # files an upload under its author's, whatever the script's `organisation:` says).
        organisation=consultation.organisation.name,
        privacy_url=script.notice_url or settings.privacy_url,
        kept=kept_for(settings.retention_days),
    )
    return Turn((Message(intro), Message(notice)), State(consultation.code, CONSENT))


def _not_open(session: Session, settings: Settings, consultation: Consultation) -> str:
    """A closed consultation whose findings were published links to them (on the patient
    web process, whatever the channel)."""
    if consultation.status == "closed" and repository.is_published(session, consultation.id):
        return messages.PUBLISHED.format(code=consultation.code,
                                         link=settings.web.published_link(consultation.code))
    return messages.NOT_OPEN.format(code=consultation.code)


def _resume(
    session: Session, settings: Settings, consultation: Consultation, inbound: Inbound
) -> Optional[Turn]:
    """Carry on an unfinished participation; refuse a second completed one."""
    respondent = repository.find_respondent(session, inbound.respondent)
    if respondent is None:
        return None
    participation = repository.latest_participation(session, consultation.id, respondent.id)
    if participation is None or participation.status in ("withdrawn", "expired"):
        return None
    if participation.status == "completed":
        return Turn((Message(messages.ALREADY_DONE),), None)
    script = store.script_of(consultation)
    answers = answer_store.answers_by_key(session, participation)
    step = next_step(script, answers, participation.last_step or CONSENT)
    if step is None:
        return None
    state = State(consultation.code, step.key, participation.id)
    return Turn((Message(messages.WELCOME_BACK),), state)

"""The data model. Changes here need an Alembic migration (tests check they agree).

Phone numbers and chat ids never appear here: a respondent is only a pseudonym,
so the answer tables can be shared with analysts without identifying anyone.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import declarative_base, relationship

# Named constraints so migrations can alter them on every database.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
# Typed as Any: SQLAlchemy 1.4 ships no stubs mypy understands without a plugin.
Base: Any = declarative_base(metadata=MetaData(naming_convention=NAMING))


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Organisation(Base):
    __tablename__ = "organisation"
    id = Column(Integer, primary_key=True)
    name = Column(String(200), nullable=False, unique=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    # Counts below this are hidden in its results; NULL: SB_SUPPRESSION_THRESHOLD.
    suppression_threshold = Column(Integer)


class CommissionerUser(Base):
    """Someone at an organisation who signs in to the commissioner app."""

    __tablename__ = "commissioner_user"
    id = Column(Integer, primary_key=True)
    organisation_id = Column(ForeignKey("organisation.id"), nullable=False)
    email = Column(String(254), nullable=False, unique=True)  # lower-cased
    role = Column(String(10), nullable=False)  # admin / author / analyst
    password_hash = Column(String(200), nullable=False)  # argon2id
    failed_sign_ins = Column(Integer, nullable=False, default=0)
    locked_until = Column(DateTime(timezone=True))
    disabled = Column(Boolean, nullable=False, default=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_sign_in_at = Column(DateTime(timezone=True))
    # After an admin's reset: the one-time password signs in once, then nothing but
    # choosing a new password is allowed until this is cleared.
    must_change_password = Column(Boolean, nullable=False, default=False,
                                  server_default=false())

    organisation = relationship(Organisation)


class ApiToken(Base):
    """A bearer token for scripts and BI tools; only its SHA-256 is kept."""

    __tablename__ = "api_token"
    id = Column(Integer, primary_key=True)
    user_id = Column(ForeignKey("commissioner_user.id", ondelete="CASCADE"), nullable=False)
    token_hash = Column(String(64), nullable=False, unique=True)
    name = Column(String(100), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_used_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    expires_at = Column(DateTime(timezone=True))

    user = relationship(CommissionerUser)


class WebSession(Base):
    """A signed-in browser; the cookie holds the token, the database only its SHA-256."""

    __tablename__ = "web_session"
    id = Column(Integer, primary_key=True)
    user_id = Column(ForeignKey("commissioner_user.id", ondelete="CASCADE"), nullable=False)
    token_hash = Column(String(64), nullable=False, unique=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_used_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    expires_at = Column(DateTime(timezone=True))

    user = relationship(CommissionerUser)


class Consultation(Base):
    __tablename__ = "consultation"
    id = Column(Integer, primary_key=True)
    organisation_id = Column(ForeignKey("organisation.id"), nullable=False)
    code = Column(String(12), nullable=False, unique=True)
    title = Column(String(300), nullable=False)
    status = Column(String(10), nullable=False, default="draft")  # draft/live/closed
    opens_on = Column(DateTime(timezone=True))
    closes_on = Column(DateTime(timezone=True))
    min_age = Column(Integer, nullable=False, default=0)
    script_yaml = Column(Text, nullable=False)
    version_hash = Column(String(64), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)

    organisation = relationship(Organisation)


class Publication(Base):
    """A closed consultation's summary as published ("you said, we did"): a snapshot of
    the suppressed results at publishing time, so the public page never changes under
    anyone, and never shows a count the dashboard hid."""

    __tablename__ = "publication"
    id = Column(Integer, primary_key=True)
    consultation_id = Column(ForeignKey("consultation.id", ondelete="CASCADE"), nullable=False,
                             unique=True)
    we_did = Column(Text, nullable=False)
    summary = Column(JSON, nullable=False)
    published_by = Column(String(254), nullable=False)
    published_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class QuestionRow(Base):
    """A question as asked; kept when a script drops it so old answers still read."""

    __tablename__ = "question"
    __table_args__ = (UniqueConstraint("consultation_id", "key"),)
    id = Column(Integer, primary_key=True)
    consultation_id = Column(ForeignKey("consultation.id"), nullable=False)
    key = Column(String(40), nullable=False)
    position = Column(Integer)  # NULL once a newer script version dropped it
    type = Column(String(20), nullable=False)
    text = Column(String(300), nullable=False)
    options = Column(JSON, nullable=False, default=list)
    optional = Column(Boolean, nullable=False, default=False)


class Respondent(Base):
    __tablename__ = "respondent"
    id = Column(Integer, primary_key=True)
    pseudonym = Column(String(64), nullable=False, unique=True)  # HMAC, hex
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class Participation(Base):
    __tablename__ = "participation"
    __table_args__ = (
        Index("ix_participation_lookup", "consultation_id", "respondent_id"),
        # Covers the results' GROUP BYs of a consultation's participations: read from the
        # index alone (the list of 20 consultations at 1M answers: 0.30 s -> 0.07-0.15 s).
        Index("ix_participation_results", "consultation_id", "channel", "age_band", "area",
              "status"),
    )
    id = Column(Integer, primary_key=True)
    consultation_id = Column(ForeignKey("consultation.id"), nullable=False)
    respondent_id = Column(ForeignKey("respondent.id", ondelete="CASCADE"), nullable=False,
                           index=True)  # erasure and retention find a person's by it
    channel = Column(String(20), nullable=False)
    status = Column(String(12), nullable=False, default="started")
    age_band = Column(String(20))
    area = Column(String(4))  # postcode district only, e.g. LS6
    consented_at = Column(DateTime(timezone=True), nullable=False)
    notice_version = Column(String(20), nullable=False)
    last_step = Column(String(40))  # where a returning respondent carries on
    started_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    completed_at = Column(DateTime(timezone=True))
    # A web chat's conversation id in Rasa ("rest:<random key>", issued by the server): the
    # pseudonym cannot be turned back into it, so without it an erasure request could not
    # reach Rasa's record of the chat. Empty on SMS and Telegram, whose id is the pseudonym.
    rasa_sender = Column(String(40))
    # Who took part, as this organisation's exports show them (bot.trust.identity
    # .respondent_ref): the same person has another in every other organisation.
    respondent_ref = Column(String(12), nullable=False, index=True)  # erasure finds them by it

    consultation = relationship(Consultation)


class Answer(Base):
    """One row per participation × question, written the moment it is given."""

    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("participation_id", "question_id"),)
    id = Column(Integer, primary_key=True)
    participation_id = Column(
        ForeignKey("participation.id", ondelete="CASCADE"), nullable=False
    )
    question_id = Column(ForeignKey("question.id"), nullable=False)
    status = Column(String(12), nullable=False)  # answered / skipped / unanswered
    value_text = Column(Text)  # label, yes/no, free text (redacted)
    value_number = Column(Float)  # scale and number answers
    value_choices = Column(JSON)  # multiple choice: list of labels
    attempts = Column(Integer, nullable=False, default=1)
    answered_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class ResultTally(Base):
    """How many answers a consultation has per (question, channel, age band, area, value).

    Kept by database triggers (migration 0013) in the transaction that writes, changes
    or deletes an answer, whatever does it; read by `bot.reporting.tallies`. Never
    written by the application. `value`: "" for free text, "c" + JSON for multiple
    choice, "n" + a number, "t" + text; age band and area "" when not given.
    """

    __tablename__ = "result_tally"
    __table_args__ = (
        UniqueConstraint("consultation_id", "question_id", "channel", "age_band", "area",
                         "value"),
    )
    id = Column(Integer, primary_key=True)
    consultation_id = Column(Integer, nullable=False)
    question_id = Column(Integer, nullable=False)
    channel = Column(String(20), nullable=False)
    age_band = Column(String(20), nullable=False)
    area = Column(String(4), nullable=False)
    value = Column(Text, nullable=False)
    n = Column(Integer, nullable=False)


class OptOut(Base):
    __tablename__ = "opt_out"
    id = Column(Integer, primary_key=True)
    pseudonym = Column(String(64), nullable=False, unique=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id = Column(Integer, primary_key=True)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    actor = Column(String(254), nullable=False)  # an email address, "cli", "retention"…
    action = Column(String(50), nullable=False)
    detail = Column(Text, nullable=False, default="")
    organisation_id = Column(ForeignKey("organisation.id"), index=True)


class SafeguardingEvent(Base):
    """Signposting was shown. Never the words that triggered it: only that it happened."""

    __tablename__ = "safeguarding_event"
    id = Column(Integer, primary_key=True)
    consultation_id = Column(ForeignKey("consultation.id"))  # NULL outside a consultation
    category = Column(String(20), nullable=False)
    channel = Column(String(20), nullable=False)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class Contact(Base):
    """An invitation to one phone number. Kept apart from answers: nothing joins them."""

    __tablename__ = "contact"
    __table_args__ = (UniqueConstraint("consultation_id", "phone"),)
    id = Column(Integer, primary_key=True)
    consultation_id = Column(ForeignKey("consultation.id"), nullable=False)
    phone = Column(String(20), nullable=False)  # E.164
    # pending -> sending -> sent -> delivered / undelivered / failed; or opted_out
    status = Column(String(12), nullable=False, default="pending")
    message_sid = Column(String(64), unique=True)
    error_code = Column(Integer)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class KeptForReminder:
    """Columns of an address (a number, a chat id) kept for one conversation's reminder.

    Written once, when the person writes and none is kept; whether and since when the
    conversation is active is the engine's `conversation` row. The sweeper forgets the
    address once nothing is in progress (bot/channels/reminders.py); erasure, retention
    and an opt-out do too.
    """

    id = Column(Integer, primary_key=True)
    pseudonym = Column(String(64), nullable=False, unique=True)
    reminder_sent_at = Column(DateTime(timezone=True))
    # A message that leads to no turn (a command, a tick) still starts a quiet spell.
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class SmsSession(KeptForReminder, Base):
    """The number behind an SMS conversation's pseudonym, for its reminder."""

    __tablename__ = "sms_session"
    phone = Column(String(20), nullable=False)


class InboundMessage(Base):
    """Message ids already handled, so a provider's redelivery is not answered twice."""

    __tablename__ = "inbound_message"
    id = Column(Integer, primary_key=True)
    provider_id = Column(String(64), nullable=False, unique=True)
    received_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class Conversation(Base):
    """Where one conversation is, owned by the engine (Rasa holds no consultation state).

    Keyed by the channel-scoped respondent pseudonym. A row exists only while there
    is something to remember (a consultation in progress or a pending question), so
    nothing about a person is kept before they consent or after they finish.
    """

    __tablename__ = "conversation"
    id = Column(Integer, primary_key=True)
    pseudonym = Column(String(64), nullable=False, unique=True)
    channel = Column(String(20), nullable=False)
    consultation_code = Column(String(12))
    step = Column(String(40))
    participation_id = Column(ForeignKey("participation.id", ondelete="SET NULL"), index=True)
    reasks = Column(Integer, nullable=False, default=0)
    pending = Column(String(12), nullable=False, default="")  # "delete": confirm erasure
    # A best guess waiting for yes/no, or the options of "which one?" (JSON); never free text.
    guess = Column(Text)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)

    # The expiry sweeps' question: one channel's conversations idle longest (0020).
    __table_args__ = (Index("ix_conversation_channel_updated_at", "channel", "updated_at"),)


class TelegramChat(Base):
    """The chat id behind a Telegram pseudonym, kept only while that person has asked
    to hear about new consultations (/subscribe). Telegram bots cannot message anyone
    first, so this is the whole invitation list; nothing joins it to answers."""

    __tablename__ = "telegram_chat"
    id = Column(Integer, primary_key=True)
    pseudonym = Column(String(64), nullable=False, unique=True)
    chat_id = Column(String(32), nullable=False)
    subscribed_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class TelegramSession(KeptForReminder, Base):
    """The chat id behind a Telegram conversation's pseudonym, for its reminder (apart
    from `telegram_chat`, the subscribers, which lives as long as a subscription)."""

    __tablename__ = "telegram_session"
    chat_id = Column(String(32), nullable=False)


class TelegramInvitation(Base):
    """One consultation's invitation to one subscriber, sent at most once."""

    __tablename__ = "telegram_invitation"
    __table_args__ = (UniqueConstraint("consultation_id", "pseudonym"),)
    id = Column(Integer, primary_key=True)
    consultation_id = Column(ForeignKey("consultation.id"), nullable=False)
    pseudonym = Column(String(64), nullable=False, index=True)
    # pending -> sending -> sent / blocked / failed; "sending" left by a crash is never
    # sent again (Telegram has no way to ask whether it arrived)
    status = Column(String(12), nullable=False, default="pending")
    error_code = Column(Integer)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class PostcodeDistrictArea(Base):
    """Which NHS area a postcode district is in (England), derived from the ONS Postcode
    Directory by `python -m bot areas load`: the ICB and sub-ICB location of most of the
    district's live postcodes. Results group areas by it once it is loaded."""

    __tablename__ = "postcode_district_area"
    district = Column(String(4), primary_key=True)  # outward code, e.g. LS6
    icb_code = Column(String(9), nullable=False)  # E54…
    icb_name = Column(String(200))  # when the ONS names file was loaded too
    sub_icb_code = Column(String(9), nullable=False)  # E38… (sub-ICB location)
    sub_icb_name = Column(String(200))
    postcodes = Column(Integer, nullable=False)  # live postcodes in the district
    icb_share = Column(Float, nullable=False)  # of them, the share in this ICB
    source = Column(String(200), nullable=False)  # the file it came from (its edition)
    loaded_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class RasaErasure(Base):
    """A conversation to forget in Rasa's record, queued by the erasure that removed its
    answers (in the same transaction), until a Rasa server has emptied it: the
    commissioner app and `bot erase` need no Rasa token, and an erasure made while Rasa
    is unreachable still reaches it (bot/trust/conversation_erasure.py). The id is
    pseudonymous ("sms:<pseudonym>", a web chat's issued id); the row goes once done."""

    __tablename__ = "rasa_erasure"
    conversation = Column(String(120), primary_key=True)
    requested_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    # A Rasa server's claim, so that one replica forgets it; a claim left by a crash or a
    # failed attempt lapses and another tries again.
    claimed_until = Column(DateTime(timezone=True))
    attempts = Column(Integer, nullable=False, default=0)

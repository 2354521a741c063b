"""Conversation ids: scoped by channel, never chosen by a caller.

Rasa keys a conversation by its id alone, so the id carries the channel:
"<channel>:<key>". Channels that know a person by a personal number (SMS, and
Telegram's chat id) use the pseudonym of that number as the key, which keeps
phone numbers out of Rasa's tracker. The web has no such number: the server
issues a random id with its signature ("<id>.<signature>"), the browser keeps
it, and a made-up or altered one is refused. An id of one channel can never
reach a conversation of another.

The reference an organisation's exports show for a respondent (respondent_ref) is
theirs alone: a hash of the organisation and the pseudonym, so two organisations'
exports cannot be joined on one person.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from typing import Optional, Tuple

from bot.trust.pseudonym import pseudonym

SMS = "twilio"
# Channels whose key already is the respondent pseudonym (HMAC of the number).
PSEUDONYMOUS_CHANNELS = frozenset({SMS, "telegram"})
WEB_CHANNELS = frozenset({"rest"})
_WEB_ID = re.compile(r"[A-Za-z0-9_-]{22}")
_SIGNATURE = re.compile(r"[0-9a-f]{32}")
_PSEUDONYM = re.compile(r"[0-9a-f]{64}")
REFERENCE_LENGTH = 12  # hex characters of a respondent_ref


def issue_web_id(secret: str) -> str:
    """A new web conversation id with its signature, for the browser to keep."""
    key = secrets.token_urlsafe(16)  # 128 random bits, 22 characters
    return f"{key}.{_signature(secret, key)}"


def verify_web_id(secret: str, issued: object) -> Optional[str]:
    """The key inside an issued id, or None when it was not issued by us."""
    if not isinstance(issued, str) or issued.count(".") != 1:
        return None
    key, signature = issued.split(".")
    if not _WEB_ID.fullmatch(key) or not _SIGNATURE.fullmatch(signature):
        return None
    return key if hmac.compare_digest(signature, _signature(secret, key)) else None


def conversation_id(channel: str, key: str) -> str:
    return f"{channel}:{key}"


def phone_pseudonym(secret: str, phone: str) -> str:
    """Who a phone number is, everywhere: SMS respondents, opt-outs, outreach contacts."""
    return pseudonym(secret, SMS, phone)


def for_number(secret: str, channel: str, number: str) -> str:
    """The conversation id of a phone number or chat id: its pseudonym, never the number."""
    return conversation_id(channel, pseudonym(secret, channel, number))


def split(conversation: str) -> Optional[Tuple[str, str]]:
    """(channel, key) of a well-formed conversation id, else None."""
    channel, _, key = conversation.partition(":")
    if channel in PSEUDONYMOUS_CHANNELS and _PSEUDONYM.fullmatch(key):
        return channel, key
    if channel in WEB_CHANNELS and _WEB_ID.fullmatch(key):
        return channel, key
    return None


def respondent_of(secret: str, conversation: str) -> Optional[str]:
    """The respondent pseudonym behind a conversation id (None if it is not one of ours)."""
    parts = split(conversation)
    if parts is None:
        return None
    channel, key = parts
    return key if channel in PSEUDONYMOUS_CHANNELS else pseudonym(secret, channel, key)


def respondent_ref(pseudonym: str, organisation_id: int) -> str:
    """The respondent_ref one organisation's exports, BI views and Erasure page show.

    The pseudonym is keyed by the service's secret, which no organisation holds, so a
    plain hash of it with the organisation cannot be linked to another organisation's
    reference; migration 0018 computed the same for participations already held."""
    message = f"respondent-ref:{int(organisation_id)}:{pseudonym}".encode()
    return hashlib.sha256(message).hexdigest()[:REFERENCE_LENGTH]


def _signature(secret: str, key: str) -> str:
    # A label keeps these signatures apart from pseudonyms made with the same secret.
    message = f"web-conversation-id:{key}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()[:32]

"""The Telegram channel on python-telegram-bot, replacing stock Rasa's.

Stock `TelegramInput` (aiogram 2) checks no secret token, so anyone who learns the
URL can post answers; it calls Telegram's `getMe` on every update and sets its
webhook by reaching Telegram at boot. This one:

- answers only requests carrying `X-Telegram-Bot-Api-Secret-Token` (compared in
  constant time), parses updates with PTB's own `Update.de_json`, and answers bad
  input with a 4xx, never a 500;
- handles each `update_id` once, across replicas (the `inbound_message` table): the
  engine's turn claims it as it stores the answer, and an update the engine never
  sees is claimed with whatever it changes (bot/channels/telegram_state.py);
- answers the webhook at once and replies through the Bot API afterwards, one chat's
  replies in order; crisis wording is signposted before any queue, limit or outage;
- never needs Telegram to start (`python -m bot telegram set-webhook` registers it);
- reminds a chat whose consultation has gone quiet, once, with its question
  (bot/channels/reminders.py, as for SMS).

Chat ids stay in this process: Rasa and the engine see the chat's pseudonym.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Awaitable, Callable, Coroutine, Dict, List, Optional, Set, Tuple

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from telegram import CallbackQuery, ChatMemberUpdated, InlineKeyboardMarkup, Update
from telegram import Message as TelegramMessage

from bot.channels.inbound import (
    crisis_first,
    from_collected,
    held_notice,
    inbound_problem,
    marked,
    or_apology,
    without_signposting,
)
from bot.channels.ordering import InOrder
from bot.channels.reminders import NotSent
from bot.channels.spool import Held, Outcome, Spool, replay_forever, spool_for
from bot.channels.telegram_state import CHANNEL, Duplicate, TelegramStore, delivery_of
from bot.channels.webhooks import refused, webhook_blueprint
from bot.config import Settings, load_settings
from bot.db.session import database_unavailable
from bot.engine import messages
from bot.engine.turns import Message
from bot.limits.rate_limit import SharedRateLimiter
from bot.metrics import metrics
from bot.sms import keywords as sms_keywords
from bot.telegram import commands
from bot.telegram.client import Sent, TelegramSender
from bot.telegram.keyboards import (
    TICK,
    Tap,
    keyboard,
    label_of,
    parse_callback,
    replied_question,
    toggled,
)
from bot.telegram.render import MAX_TEXT, markup, render
from bot.trust import identity
from bot.trust.privacy_notice import kept_for
from bot.trust.signposting import SIGNPOSTING

logger = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1_048_576  # bytes; a real update is a few kB
DELETE_REQUEST = "delete my answers"
OnMessage = Callable[[UserMessage], Awaitable[Any]]


class HeldBack(Exception):
    """The engine could not reach the answers database: the update is kept on disk and
    handled again when it returns (bot/channels/spool.py)."""


class TelegramChannel(InputChannel):
    """Registered in credentials.yml as `bot.channels.telegram.TelegramChannel`; the
    token and secret come only from the environment (TELEGRAM_*)."""

    def __init__(self, per_minute: float = 60, burst: int = 20) -> None:
        self._parts: Optional[_Parts] = None
        self._on_new_message: Optional[OnMessage] = None
        self._tasks: Set[asyncio.Task[Any]] = set()
        self.limiter = SharedRateLimiter(CHANNEL, per_minute=float(per_minute),
                                         burst=int(burst))
        self.chats = InOrder()

    @classmethod
    def name(cls) -> str:
        return CHANNEL

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> InputChannel:
        return cls(**(credentials or {}))

    @property
    def parts(self) -> _Parts:
        """Built on first use, not when Rasa imports the channel."""
        if self._parts is None:
            settings = load_settings()
            self._parts = _Parts(settings, TelegramStore(settings),
                                 TelegramSender(settings.telegram), spool_for(settings))
        return self._parts

    def blueprint(self, on_new_message: OnMessage) -> Blueprint:
        self._on_new_message = on_new_message
        webhook = webhook_blueprint("sounding_board_telegram",
                                    lambda request: self._receive(request, on_new_message))

        @webhook.listener("after_server_start")
        async def start_replaying(_app: Any, _loop: Any) -> None:
            if self.parts.settings.telegram.configured:
                self._spawn(replay_forever(self.parts.spool, CHANNEL, self._replay,
                                           self.parts.settings.spool_retry_seconds))
                self._spawn(self.parts.store.sweep_forever(self._remind))

        return webhook

    # -- the webhook --------------------------------------------------------------
    async def _receive(self, request: Request, on_new_message: OnMessage) -> HTTPResponse:
        telegram = self.parts.settings.telegram
        if not telegram.configured:
            return refused(CHANNEL, "forbidden", {"error": "Telegram is not set up on this server"}, 403)
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), telegram.secret_token.encode()):
            return refused(CHANNEL, "forbidden", {"error": f"invalid or missing {SECRET_HEADER}"}, 403)
        if len(request.body or b"") > MAX_BODY:
            return refused(CHANNEL, "too_large", {"error": "update too large"}, 413)
        update = _update(request.body)
        if update is None:
            return refused(CHANNEL, "malformed", {"error": "send a Telegram Update as a JSON object"}, 400)
        chat = update.effective_chat
        spool = self.parts.spool
        if chat is not None and spool.maybe_held and await asyncio.to_thread(
                spool.holds, CHANNEL, str(chat.id)):
            # Earlier updates from this chat wait for the database: this one waits too.
            await self._hold(update)
            return response.json({})
        try:  # a read: the work the update leads to claims it
            seen = await asyncio.to_thread(self._seen, update)
        except Exception as error:  # noqa: BLE001 - the database is down: still answer
            logger.error("telegram store unavailable: %s", type(error).__name__)
            if database_unavailable(error) and chat is not None and chat.type == "private":
                await self._hold(update)  # kept on disk, handled when it is back
            else:
                self._spawn(self._outage(update))
            return response.json({})
        if not seen:
            self._spawn(self._dispatch(update, on_new_message))
        return response.json({})  # Telegram needs only the 200; replies go by the Bot API

    def _seen(self, update: Update) -> bool:
        """Whether the update was handled before (a read). Someone writing in a private
        chat has their chat id kept for a reminder, once, if none is."""
        delivery, chat = delivery_of(update.update_id), update.effective_chat
        if chat is not None and chat.type == "private" and (
                update.message is not None or update.callback_query is not None):
            return self.parts.store.look(delivery, chat.id)
        return self.parts.store.seen(delivery)

    def _spawn(self, work: Coroutine[Any, Any, Any]) -> None:
        task: asyncio.Task[Any] = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _dispatch(self, update: Update, on_new_message: OnMessage) -> None:
        try:
            await self._route(update, on_new_message)
        except Duplicate:  # a redelivery racing its first delivery: handled there
            pass
        except HeldBack:  # the engine could not reach the database: kept for later
            await self._hold(update, attempts=1, signposted=True)
        except Exception as error:  # noqa: BLE001 - one bad update must not kill the channel
            if database_unavailable(error):  # nothing was claimed: kept for later
                await self._hold(update, attempts=1, signposted=True)
                return
            logger.exception("telegram update handling failed")  # no chat id, no text

    async def _route(self, update: Update, on_new_message: OnMessage,
                     signposted: bool = False) -> None:
        """Raises Duplicate when the update was handled before, HeldBack when the engine
        could not reach the database."""
        delivery = delivery_of(update.update_id)
        if update.callback_query is not None:
            await self._tap(update.callback_query, on_new_message, delivery)
        elif update.message is not None:
            await self._message(update.message, on_new_message, delivery, signposted)
        elif update.edited_message is not None:
            await self._edited(update.edited_message, delivery)
        elif update.my_chat_member is not None:
            await self._membership(update.my_chat_member, delivery)
        # Anything else (channel posts, inline queries…) is not for us: ignored.

    async def _claim(self, delivery: str) -> None:
        """Claim an update the engine will not see, before its replies go; Duplicate if
        it was claimed before."""
        await asyncio.to_thread(self.parts.store.claim, delivery)

    async def _hold(self, update: Update, attempts: int = 0, signposted: bool = False) -> None:
        """Keep an update on disk until the database is back; tell the person once.
        Crisis wording is answered now, whatever happens to the rest."""
        chat = update.effective_chat
        if chat is None:
            return
        text = update.message.text if update.message is not None else None
        try:
            first = await asyncio.to_thread(self.parts.spool.put, CHANNEL, str(update.update_id),
                                            str(chat.id), update.to_json(), attempts)
        except Exception as error:  # noqa: BLE001 - the local disk failed too
            logger.error("telegram spool unavailable: %s", type(error).__name__)
            if not signposted:
                await self._outage(update)
            return
        metrics().spooled.labels(CHANNEL, "held").inc()
        notice = held_notice(text, first, signposted)
        if notice:
            self._spawn(self._send(chat.id, notice, who=""))

    async def _replay(self, held: Held) -> Outcome:
        """One held update, now the database may be back: handled as if it had just come,
        its id claimed by the work it leads to (so a replay after a crash, or of an update
        whose work did finish, does nothing again). One read first, so a database still
        down costs no turn through Rasa."""
        assert self._on_new_message is not None
        update = _update(held.text.encode())
        if update is None:
            return "done"
        try:
            seen = await asyncio.to_thread(self._seen, update)
        except Exception as error:  # noqa: BLE001 - still down (or never will be: drop it)
            if database_unavailable(error):
                return "down"
            logger.error("a held telegram update could not be checked: %s",
                         type(error).__name__)
            return "done"
        if seen:
            return "done"
        text = update.message.text if update.message is not None else None
        try:
            await self._route(update, self._on_new_message, signposted=bool(crisis_first(text)))
        except Duplicate:
            return "done"
        except HeldBack:
            return "interrupted"
        except Exception as error:  # noqa: BLE001 - a bad update is dropped, as when it first came
            if database_unavailable(error):
                return "interrupted"
            logger.exception("a held telegram update failed")
        return "done"

    async def _outage(self, update: Update) -> None:
        """The database is down: nothing can be checked or stored; signpost, say sorry."""
        message = update.message
        if message is not None and message.chat.type == "private" and message.text:
            with contextlib.suppress(Exception):
                await self._send(message.chat_id, or_apology(message.text, []), who="")

    # -- messages -----------------------------------------------------------------
    async def _message(self, message: TelegramMessage, on_new_message: OnMessage,
                       delivery: str, signposted: bool = False) -> None:
        chat_id = message.chat_id
        if message.chat.type != "private":  # consultations are one to one
            await self._claim(delivery)
            await self._send(chat_id, [Message(messages.TELEGRAM_GROUP)], who="")
            return
        who = self.parts.store.who(chat_id)
        text = message.text or ""
        if not text:  # a sticker, photo, voice note…: nothing is stored
            await self._claim(delivery)
            await self._send(chat_id, crisis_first(message.caption)
                             + [Message(messages.TELEGRAM_TEXT_ONLY)], who)
            await self.parts.store.count_signposting(message.caption, CHANNEL)
            return
        urgent = crisis_first(text)
        if urgent and not signposted:  # before any queue, limit or lock: it never waits
            await self._send(chat_id, urgent, who)
        if not await self.limiter.allow(who):  # a flood is not answered (crisis wording already was)
            metrics().rejected.labels(CHANNEL, "rate_limited").inc()
            await self._claim(delivery)
            await self.parts.store.count_signposting(text, CHANNEL)
            return
        async with self.chats.turn(chat_id):
            if message.forward_origin is not None:  # someone else's words: never an answer
                current = await asyncio.to_thread(self.parts.store.current_question, who,
                                                  delivery)
                await self._send(chat_id, [Message(messages.TELEGRAM_FORWARDED)]
                                 + ([current] if current else []), who)
                await self.parts.store.count_signposting(text, CHANNEL)
                return
            command = commands.command(text)
            if command is None and sms_keywords.asks_to_opt_out(text):
                command = ("stop", "")  # STOP typed as on SMS: the same as /stop
            if command is None:
                await self._send(chat_id, await self._ask(
                    who, text, on_new_message, delivery, question=_replied_to(message),
                    signposted=bool(urgent)), who)
            else:
                await self._command(chat_id, who, *command, on_new_message=on_new_message,
                                    delivery=delivery)

    async def _command(self, chat_id: int, who: str, name: str, argument: str,
                       on_new_message: OnMessage, delivery: str) -> None:
        """A command; the update is claimed by the engine's turn or by the command's own
        transaction (its changes, or a claim alone when it only answers)."""
        store = self.parts.store
        reply: List[Message]
        if name == "start" and argument:  # the deep link t.me/<bot>?start=CODE
            reply = await self._ask(who, argument, on_new_message, delivery)
        elif name in ("start", "help"):
            current = await asyncio.to_thread(store.current_question, who, delivery)
            first = messages.WELCOME_BACK if name == "start" and current else (
                messages.TELEGRAM_HELP if name == "help" else messages.GREETING)
            reply = [Message(first)] + ([current] if current else [])
        elif name == "stop":
            await asyncio.to_thread(store.stop, who, delivery)
            reply = [Message(messages.TELEGRAM_STOPPED)]
        elif name == "privacy":
            await self._claim(delivery)
            settings = self.parts.settings
            # The notice of the consultation they are in, as its opening linked; it was
            # always the service's own, whatever the opening had said.
            link = await asyncio.to_thread(self.parts.store.privacy_link, who)
            reply = [Message(messages.PRIVACY.format(
                privacy_url=link, kept=kept_for(settings.retention_days)))]
        elif name == "delete":  # the engine asks to confirm, as on every channel
            reply = await self._ask(who, DELETE_REQUEST, on_new_message, delivery)
        elif name == "subscribe":
            await asyncio.to_thread(store.subscribe, who, chat_id, delivery)
            reply = [Message(messages.TELEGRAM_SUBSCRIBED)]
        elif name == "unsubscribe":
            await asyncio.to_thread(store.unsubscribe, who, delivery)
            reply = [Message(messages.TELEGRAM_UNSUBSCRIBED)]
        else:
            await self._claim(delivery)
            reply = [Message(messages.TELEGRAM_HELP)]
        await self._send(chat_id, reply, who)

    async def _edited(self, message: TelegramMessage, delivery: str) -> None:
        """An edit never changes a stored answer; crisis wording in it is still signposted."""
        if message.chat.type == "private":
            who = self.parts.store.who(message.chat_id)
            await self._claim(delivery)
            await self._send(message.chat_id, crisis_first(message.text)
                             + [Message(messages.TELEGRAM_EDITED)], who)
            await self.parts.store.count_signposting(message.text, CHANNEL)

    async def _membership(self, change: ChatMemberUpdated, delivery: str) -> None:
        """Telegram tells us when someone blocks the bot: that is an opt-out."""
        if change.chat.type == "private" and change.new_chat_member.status == "kicked":
            await asyncio.to_thread(self.parts.store.blocked,
                                    self.parts.store.who(change.chat.id), delivery)

    # -- taps on buttons ----------------------------------------------------------
    async def _tap(self, query: CallbackQuery, on_new_message: OnMessage, delivery: str) -> None:
        sender, tap = self.parts.sender, parse_callback(query.data)
        message = query.message if isinstance(query.message, TelegramMessage) else None
        if tap is None or message is None or message.chat.type != "private":
            await self._claim(delivery)
            await sender.answer_tap(query.id)  # not ours, or too old to read: just stop the spinner
            return
        chat_id, who = message.chat_id, self.parts.store.who(message.chat_id)
        if tap.kind == "start":
            await sender.answer_tap(query.id)
            async with self.chats.turn(chat_id):
                await self._send(chat_id, await self._ask(who, tap.code, on_new_message,
                                                          delivery), who)
            return
        labels = _labels(message.reply_markup)
        if not (0 <= tap.index < len(labels) or tap.kind == "done") or not labels:
            await self._claim(delivery)
            await sender.answer_tap(query.id, messages.TELEGRAM_TEXT_ONLY)
            return
        if tap.kind == "tick":
            await self._claim(delivery)
            await sender.answer_tap(query.id)
            rows = keyboard(labels, tap.question, multiple=True, ticked=toggled(tap))
            await sender.update_keyboard(str(chat_id), message.message_id, markup(rows))
            return
        if tap.kind == "done" and not tap.ticked:
            await self._claim(delivery)
            await sender.answer_tap(query.id, messages.TELEGRAM_PICK_FIRST)
            return
        await sender.answer_tap(query.id)
        await self._answer_by_tap(message, who, tap, labels, on_new_message, delivery)

    async def _answer_by_tap(self, message: TelegramMessage, who: str, tap: Tap,
                             labels: List[str], on_new_message: OnMessage, delivery: str) -> None:
        """The option as the answer, checked by the engine against the question now asked."""
        if tap.kind == "done":
            chosen = [labels[i] for i in sorted(tap.ticked) if i < len(labels)]
            text = ", ".join(str(i + 1) for i in sorted(tap.ticked) if i < len(labels))
        else:
            chosen, text = [labels[tap.index]], labels[tap.index]
        async with self.chats.turn(message.chat_id):
            reply = await self._ask(who, text, on_new_message, delivery, question=tap.question)
            # Taken only when the engine has gone on: asked the same question again (ticks
            # that contradict each other, "Nothing would stop me" with a reason), the record
            # said "✅ …" with the buttons gone, then "Sorry, I didn't get that".
            asked_again = any(m.buttons and m.question == tap.question for m in reply)
            if reply and reply[0].text != messages.STALE_BUTTON and not asked_again:
                # The record in the chat shows what was chosen, and the buttons go.
                shown = f"{message.text or ''}\n\n{TICK}{', '.join(chosen)}".strip()
                await self.parts.sender.show_choice(str(message.chat_id), message.message_id,
                                                    shown[:MAX_TEXT])
            await self._send(message.chat_id, reply, who)

    # -- the assistant, and sending -----------------------------------------------
    async def _ask(self, who: str, text: str, on_new_message: OnMessage, delivery: str,
                   question: str = "", signposted: bool = False) -> List[Message]:
        """The assistant's reply to one message (one turn of the engine, which claims the
        update as it stores the answer); Duplicate when the engine had handled it."""
        kind, problem = inbound_problem(text, MAX_TEXT)
        if kind:  # the engine never sees it
            await self._claim(delivery)
            await self.parts.store.count_signposting(text, CHANNEL)
            return ([] if signposted else crisis_first(text)) + [Message(problem)]
        collector = CollectingOutputChannel()
        metadata = {"delivery": delivery, **({"question": question} if question else {})}
        try:
            await on_new_message(UserMessage(
                text, collector, identity.conversation_id(CHANNEL, who), input_channel=CHANNEL,
                metadata=metadata))
        except Exception as error:  # noqa: BLE001 - Rasa failed (e.g. its lock store is down)
            if database_unavailable(error):  # Rasa's tracker store is on that database
                raise HeldBack() from error
            logger.exception("telegram turn failed")  # no chat id, no text
            collector.messages.clear()  # treated as no reply: signposting, then sorry
        replies, held = from_collected(collector.messages)
        if held:
            raise HeldBack()
        if marked(collector.messages, "duplicate"):
            raise Duplicate()  # a redelivery racing its first delivery: answered there
        if not replies:  # no reply: stored all the same? then the question they are on
            replies = await self.parts.store.lost_replies(
                delivery, identity.conversation_id(CHANNEL, who), text)
        if not replies:  # the assistant failed: the engine never counted it
            await self.parts.store.count_signposting(text, CHANNEL)
        # When the channel already signposted, ahead of everything, it is not sent twice.
        return without_signposting(replies) if signposted else or_apology(text, replies)

    async def _send(self, chat_id: int, outgoing: List[Message], who: str) -> Sent:
        """In order; a person who blocked the bot is recorded as opted out, and left alone.
        Telegram's answer: the first refusal, else the last message's."""
        answer = Sent(0)
        for message in render(outgoing):
            sent = await self.parts.sender.send(str(chat_id), message.text, message.markup,
                                                urgent=message.text == SIGNPOSTING)
            if sent.blocked:
                if who:
                    await asyncio.to_thread(self.parts.store.blocked, who)
                return sent
            answer = sent if answer.ok else answer
        return answer

    # -- reminders ----------------------------------------------------------------
    async def remind(self, now: Optional[datetime] = None) -> Tuple[int, int]:
        """One sweep: a reminder to each quiet chat this process claims; (0, sent)."""
        return await self.parts.store.sweep_once(self._remind, now)

    async def _remind(self, chat_id: str, reminder: List[Message]) -> None:
        """A reminder and its question's keyboard, in order with the chat's replies."""
        async with self.chats.turn(int(chat_id)):
            sent = await self._send(int(chat_id), reminder, self.parts.store.who(chat_id))
        if not sent.ok:  # a block is recorded by _send as an opt-out
            raise NotSent(sent.error or "no reason given")


@dataclass(frozen=True)
class _Parts:
    settings: Settings
    store: TelegramStore
    sender: TelegramSender
    spool: Spool



def _update(body: Optional[bytes]) -> Optional[Update]:
    """The update in a request body, or None when it is not one."""
    try:
        data = json.loads(body or b"")
    except (ValueError, RecursionError):  # RecursionError: nested deeper than the parser goes
        return None
    if not isinstance(data, dict) or type(data.get("update_id")) is not int:
        return None
    try:
        return Update.de_json(data)
    except Exception:  # noqa: BLE001 - PTB raises many kinds on malformed fields
        return None


def _replied_to(message: TelegramMessage) -> str:
    """The question a typed reply (Telegram's "Reply") to one of our messages answers."""
    quoted = message.reply_to_message
    if quoted is None:
        return ""
    rows = quoted.reply_markup.inline_keyboard if quoted.reply_markup else ()
    return replied_question([b.callback_data for row in rows for b in row], quoted.text or "")


def _labels(keyboard_markup: Optional[InlineKeyboardMarkup]) -> List[str]:
    """The options of the question a keyboard belongs to, in order (ticks and Done left out)."""
    found: Dict[int, str] = {}
    for row in keyboard_markup.inline_keyboard if keyboard_markup else ():
        for button in row:
            tap = parse_callback(button.callback_data)
            if tap is not None and tap.kind in ("answer", "tick"):
                found[tap.index] = label_of(button.text)
    return [found[i] for i in sorted(found)] if sorted(found) == list(range(len(found))) else []

"""A Telegram user for end-to-end tests: updates built with python-telegram-bot's own
classes and posted as Telegram posts them; what the bot sends is read from the fake
Bot API."""

from __future__ import annotations

import itertools
import json
import random
import time
from datetime import datetime, timezone
from typing import Any, Dict, List, Optional

import requests
from telegram import (
    CallbackQuery,
    Chat,
    InlineKeyboardMarkup,
    Message,
    Sticker,
    Update,
    User,
)

from tests.e2e.conftest import TELEGRAM_SECRET
from tests.fakes.fake_telegram import FakeTelegram

_UPDATE_IDS = itertools.count(random.randint(10_000, 10_000_000))
_MESSAGE_IDS = itertools.count(1)


class TelegramUser:
    def __init__(self, servers: Any, fake: FakeTelegram, chat_type: str = "private") -> None:
        self.servers, self.fake = servers, fake
        self.chat_id = random.randint(10**8, 10**10)
        self.user = User(self.chat_id if chat_type == "private" else random.randint(1, 10**8),
                         is_bot=False, first_name="Sam")
        self.chat = Chat(self.chat_id if chat_type == "private" else -self.chat_id, chat_type)
        self.url = f"{servers.rasa_url}/webhooks/telegram/webhook"
        self.taps: List[str] = []  # the callback query ids of this user's taps

    # -- posting updates ---------------------------------------------------------
    def post(self, update: Update, secret: Optional[str] = TELEGRAM_SECRET) -> int:
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        response = requests.post(self.url, data=json.dumps(update.to_dict()), headers=headers,
                                 timeout=30)
        return response.status_code

    def message(self, text: Optional[str] = None, **fields: Any) -> Update:
        message = Message(next(_MESSAGE_IDS), datetime.now(timezone.utc), self.chat,
                          from_user=self.user, text=text, **fields)
        return Update(next(_UPDATE_IDS), message=message)

    def edited(self, text: str) -> Update:
        message = Message(next(_MESSAGE_IDS), datetime.now(timezone.utc), self.chat,
                          from_user=self.user, text=text, edit_date=datetime.now(timezone.utc))
        return Update(next(_UPDATE_IDS), edited_message=message)

    def sticker(self) -> Update:
        sticker = Sticker("file-id", "unique-id", 512, 512, is_animated=False, is_video=False,
                          type="regular")
        return self.message(sticker=sticker)

    def tap_update(self, sent: Dict[str, Any], label: str) -> Update:
        """A tap on the button showing `label` of a message the bot sent."""
        markup = InlineKeyboardMarkup.de_json(sent["reply_markup"])
        assert markup is not None
        data = next(b.callback_data for row in markup.inline_keyboard for b in row
                    if b.text == label)
        shown = Message(sent["sent_id"], datetime.now(timezone.utc), self.chat, text=sent["text"],
                        reply_markup=markup)
        query = CallbackQuery(f"q{next(_UPDATE_IDS)}", self.user, chat_instance="ci",
                              message=shown, data=data)
        self.taps.append(query.id)
        return Update(next(_UPDATE_IDS), callback_query=query)

    # -- conversations -----------------------------------------------------------
    def sent(self) -> List[Dict[str, Any]]:
        return [c for c in self.fake.calls_of("sendMessage", self.chat.id) if "refused" not in c]

    def texts(self) -> List[str]:
        return [c["text"] for c in self.sent()]

    def send(self, update: Update, expect: int = 1) -> List[str]:
        """Post an update; return the texts sent back (waits for `expect`, then for quiet)."""
        before = len(self.sent())
        assert self.post(update) == 200
        self.fake.until(lambda: len(self.sent()) >= before + expect, timeout=20)
        time.sleep(0.3)  # nothing more should follow
        return self.texts()[before:]

    def say(self, text: str, expect: int = 1) -> List[str]:
        return self.send(self.message(text), expect)

    def last_keyboard(self) -> Dict[str, Any]:
        return next(c for c in reversed(self.sent()) if c.get("reply_markup"))

    def tap(self, label: str, on: Optional[Dict[str, Any]] = None, expect: int = 1) -> List[str]:
        return self.send(self.tap_update(on or self.last_keyboard(), label), expect)

    def buttons(self, sent: Optional[Dict[str, Any]] = None) -> List[str]:
        sent = sent or self.last_keyboard()
        return [b["text"] for row in sent["reply_markup"]["inline_keyboard"] for b in row]

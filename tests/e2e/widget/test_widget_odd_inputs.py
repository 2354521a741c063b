"""A patient in the widget who pastes, taps twice and types no words."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from bot.engine import messages
from tests.e2e.helpers import answers_of
from tests.e2e.widget.chat import Chat
from tests.e2e.widget.conftest import Web
from tests.e2e.widget.test_widget_consultation import stored_id
from tests.e2e.widget.test_widget_resilience import to_used_service

pytestmark = pytest.mark.e2e


def test_a_paste_of_10000_characters_is_not_cut_short_and_sent(web: Web, page: Any) -> None:
    page.goto(web.embed("paste.html"))
    chat = Chat(page).open()
    to_used_service(chat)
    before = chat.log.locator("li").count()
    pasted = "I went there twice. " * 500  # 10,000 characters
    chat.input.focus()
    page.keyboard.insert_text(pasted)  # as a paste arrives
    chat.input.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("too long")
    expect(chat.input).to_have_value(pasted)  # kept, to shorten; not silently cut
    page.wait_for_timeout(500)
    expect(chat.log.locator("li")).to_have_count(before)
    assert answers_of(web.servers, stored_id(page)) == []
    chat.input.fill("")
    chat.choose("No")  # the question's buttons are still there
    chat.wait_for("How easy was it to be seen? (1 = Very hard, 5 = Very easy)")


def test_a_double_tap_on_a_quick_reply_answers_once(web: Web, page: Any) -> None:
    page.goto(web.embed("double-tap.html"))
    chat = Chat(page).open()
    chat.wait_for("Are you happy to take part?")
    page.get_by_role("group", name="Quick replies").get_by_role(
        "button", name="Yes", exact=True).dblclick()
    chat.wait_for("Which age group are you in?")
    page.wait_for_timeout(1_000)
    assert chat.patient().all_text_contents() == ["You: TEST1", "You: Yes"]
    assert chat.bot_texts().count("Which age group are you in?") == 1


def test_send_pressed_twice_fast_sends_once(web: Web, page: Any) -> None:
    page.goto(web.embed("send-twice.html"))
    chat = Chat(page).open()
    to_used_service(chat)
    chat.input.fill("yes")
    send = page.get_by_role("button", name="Send", exact=True)
    send.click()
    send.click()
    chat.wait_for("Where did you go?")
    page.wait_for_timeout(1_000)
    assert chat.patient().all_text_contents().count("You: yes") == 1
    assert answers_of(web.servers, stored_id(page)) == [("used_service", "answered", "Yes", 1)]


def test_only_emoji_or_only_spaces_store_nothing_and_the_question_stays(
    web: Web, page: Any
) -> None:
    page.goto(web.embed("emoji.html"))
    chat = Chat(page).open()
    to_used_service(chat)
    chat.type(" \n  ")
    page.wait_for_timeout(500)
    assert "You:  " not in chat.patient().all_text_contents()
    asked = chat.bot().count()
    chat.type("🤷")
    expect(chat.patient().last).to_have_text("You: 🤷")
    expect(chat.bot()).not_to_have_count(asked)
    chat.wait_for("Have you used the service?")  # asked again, with its buttons
    assert messages.SOMETHING_WENT_WRONG not in chat.bot_texts()
    assert answers_of(web.servers, stored_id(page)) == []
    chat.choose("Yes")
    chat.wait_for("Where did you go?")

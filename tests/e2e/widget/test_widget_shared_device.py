"""A library or school computer: the next person on the same browser never finds the
last person's chat (the widget keeps it in the embedding site's localStorage)."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import answers_of
from tests.e2e.widget.chat import Chat, consented_in_two_tabs
from tests.e2e.widget.conftest import Web
from tests.e2e.widget.test_widget_resilience import to_used_service

pytestmark = pytest.mark.e2e

CONSENT = "Are you happy to take part?"


def kept_id(page: Any) -> Any:
    """The conversation id kept in this browser for the TEST1 chat, or None."""
    return page.evaluate("() => { const e = Object.entries(localStorage)"
                         ".find(([k]) => k.endsWith(':TEST1id')); return e ? JSON.parse(e[1]) : null; }")


def next_person(page: Any) -> Chat:
    """Someone else opens the same page in the same browser."""
    page.reload()
    chat = Chat(page).open()
    chat.wait_for(CONSENT)
    return chat


def fresh_start(chat: Chat) -> None:
    """Only the start of a new chat on screen: the code, and the first question."""
    expect(chat.patient()).to_have_count(1)
    assert chat.patient().all_text_contents() == ["You: TEST1"]
    assert not [t for t in chat.bot_texts() if "age group" in t or "used the service" in t]


def finish(chat: Chat) -> None:
    to_used_service(chat)
    chat.choose("No")
    chat.wait_for("How easy was it to be seen? (1 = Very hard, 5 = Very easy)")
    chat.choose("4")
    chat.wait_for("How would you like to hear from the service?")
    chat.tick("Text")
    chat.wait_for("How many days did you wait?")
    chat.type("2")
    expect(chat.bot().last).to_contain_text("how was your experience")
    chat.choose("Good")
    chat.wait_for("Please can you tell us why you gave your answer? (Or say skip.)")
    chat.type("skip")
    expect(chat.bot().nth(-2)).to_have_text("Sounding Board: Thanks, that's everything.")
    expect(chat.bot().last).to_contain_text("If you want your answers deleted later")


def test_a_finished_consultation_is_forgotten_in_the_browser(web: Web, page: Any) -> None:
    page.goto(web.embed("shared-finished.html"))
    chat = Chat(page).open()
    chat.wait_for(CONSENT)
    first = kept_id(page)
    finish(chat)
    expect(page.get_by_role("status")).to_contain_text("cleared from this browser")
    assert kept_id(page) is None
    fresh_start(next_person(page))
    assert kept_id(page) not in (None, first)
    assert [a[0] for a in answers_of(web.servers, first)][:2] == ["used_service", "ease"]


def test_a_finished_chat_still_kept_by_an_older_widget_is_not_shown(web: Web, page: Any) -> None:
    """The server says the chat ended, so the widget drops an id it finds for one."""
    page.goto(web.embed("shared-older.html"))
    chat = Chat(page).open()
    chat.wait_for(CONSENT)
    first = kept_id(page)
    page.get_by_role("group", name="Quick replies").get_by_role("button", name="No").click()
    expect(page.get_by_role("status")).to_contain_text("cleared from this browser")
    page.evaluate("""([k, first]) => { localStorage.setItem(k + "id", JSON.stringify(first));
        localStorage.setItem(k + "at", JSON.stringify(Date.now())); }""",
                  [f"sounding-board:{web.url}:TEST1", first])
    fresh_start(next_person(page))
    assert kept_id(page) not in (None, first)


def test_clearing_in_one_tab_clears_the_other(web: Web, context: Any) -> None:
    chat, other = consented_in_two_tabs(context, web.embed("shared-tabs.html"))
    first = chat.page
    first.get_by_role("button", name="Finish and clear").click()
    first.get_by_role("button", name="Yes, clear it").click()
    chat.wait_for(CONSENT)
    # The other tab no longer shows the cleared chat (it follows the new one, as tabs do).
    expect(other.log).not_to_contain_text("age group")
    expect(other.patient()).not_to_have_text(["You: TEST1", "You: Yes"])


def test_stop_forgets_the_chat_in_the_browser(web: Web, page: Any) -> None:
    page.goto(web.embed("shared-stop.html"))
    chat = Chat(page).open()
    to_used_service(chat)
    page.get_by_role("button", name="Stop", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("cleared from this browser")
    assert kept_id(page) is None
    fresh_start(next_person(page))


def test_finish_and_clear_mid_consultation_asks_first_then_starts_afresh(
    web: Web, page: Any
) -> None:
    page.goto(web.embed("shared-clear.html"))
    chat = Chat(page).open()
    to_used_service(chat)
    chat.choose("Yes")
    chat.wait_for("Where did you go?")
    first = kept_id(page)
    page.get_by_role("button", name="Finish and clear").click()
    expect(page.get_by_role("status")).to_contain_text("Your answers so far are kept")
    assert kept_id(page) == first  # nothing cleared by one press
    page.get_by_role("button", name="Yes, clear it").click()
    chat.wait_for(CONSENT)
    fresh_start(chat)
    expect(page.get_by_role("status")).to_contain_text("Chat cleared")
    assert kept_id(page) not in (None, first)
    fresh_start(next_person(page))
    assert answers_of(web.servers, first) == [("used_service", "answered", "Yes", 1)]


def test_a_chat_left_idle_is_not_shown_to_the_next_person(web: Web, page: Any) -> None:
    page.goto(web.embed("shared-idle.html"))
    chat = Chat(page).open()
    to_used_service(chat)
    first = kept_id(page)
    # The last use was 31 minutes ago.
    page.evaluate("() => { const k = Object.keys(localStorage).find(k => k.endsWith(':TEST1at'));"
                  " localStorage.setItem(k, JSON.stringify(Date.now() - 31 * 60 * 1000)); }")
    fresh_start(next_person(page))
    assert kept_id(page) not in (None, first)


def test_a_chat_in_use_still_survives_a_reload(web: Web, page: Any) -> None:
    page.goto(web.embed("shared-reload.html"))
    chat = Chat(page).open()
    to_used_service(chat)
    first = kept_id(page)
    page.reload()
    chat = Chat(page).open()
    chat.wait_for("Have you used the service?")
    assert kept_id(page) == first

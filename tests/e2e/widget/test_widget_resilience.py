"""The widget survives reloads and network drops: nothing lost, nothing recorded twice."""

from __future__ import annotations

import json
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import answers_of
from tests.e2e.widget.chat import Chat, consented_in_two_tabs
from tests.e2e.widget.conftest import Web
from tests.e2e.widget.test_widget_consultation import stored_id

pytestmark = pytest.mark.e2e


def to_used_service(chat: Chat) -> None:
    chat.consent()
    chat.type("19")
    chat.wait_for("What's the first half of your postcode (for example LS6)? "
                  "Or say skip if you'd rather not.")
    chat.type("skip")
    chat.wait_for("Have you used the service?")


def test_a_reload_restores_the_conversation_from_the_server_and_it_carries_on(
    web: Web, page: Any
) -> None:
    page.goto(web.embed("reload.html"))
    chat = Chat(page).open()
    to_used_service(chat)
    before = chat.log.locator("li").all_text_contents()

    page.reload()
    chat = Chat(page).open()
    expect(chat.log.locator("li")).to_have_count(len(before))
    assert chat.log.locator("li").all_text_contents() == before
    chat.choose("No")  # the question's buttons came back with it
    chat.wait_for("How easy was it to be seen? (1 = Very hard, 5 = Very easy)")
    assert answers_of(web.servers, stored_id(page)) == [("used_service", "answered", "No", 1)]


def test_a_reply_lost_on_the_way_back_is_retried_and_stored_once(web: Web, page: Any) -> None:
    page.goto(web.embed("drop.html"))
    chat = Chat(page).open()
    to_used_service(chat)
    dropped = []

    def drop_the_answer(route: Any) -> None:
        """The server gets the message and answers; the phone never hears back."""
        if not dropped:
            body = json.loads(route.request.post_data or "{}")
            route.fetch()
            dropped.append(body)
            route.abort("internetdisconnected")
        else:
            route.continue_()

    page.route(f"{web.url}/api/webhook", drop_the_answer)
    chat.choose("Yes")
    expect(page.get_by_role("status").filter(has_text="Trying again")).to_be_visible()
    chat.wait_for("Where did you go?")
    assert dropped and dropped[0]["message"] == "Yes"
    expect(page.get_by_role("status").filter(has_text="Trying again")).to_have_count(0)
    assert chat.bot_texts().count("Where did you go?") == 1
    assert answers_of(web.servers, stored_id(page)) == [("used_service", "answered", "Yes", 1)]


def test_a_message_sent_offline_goes_when_the_phone_is_back(web: Web, context: Any) -> None:
    page = context.new_page()
    page.goto(web.embed("offline.html"))
    chat = Chat(page).open()
    to_used_service(chat)
    context.set_offline(True)
    chat.choose("No")
    expect(page.get_by_role("status")).to_contain_text("offline")
    context.set_offline(False)
    chat.wait_for("How easy was it to be seen? (1 = Very hard, 5 = Very easy)")
    assert answers_of(web.servers, stored_id(page)) == [("used_service", "answered", "No", 1)]


def test_a_message_still_unsent_at_a_reload_is_sent_after_it_once(web: Web, page: Any) -> None:
    page.goto(web.embed("unsent.html"))
    chat = Chat(page).open()
    to_used_service(chat)
    page.route(f"{web.url}/api/webhook", lambda route: route.abort("internetdisconnected"))
    chat.choose("Yes")
    expect(page.get_by_role("status")).to_contain_text("Trying again")
    page.unroute(f"{web.url}/api/webhook")
    page.reload()  # the message waited in localStorage, with its key
    chat = Chat(page).open()
    chat.wait_for("Where did you go?")
    assert chat.patient().all_text_contents().count("You: Yes") == 2  # consent, then this one
    assert chat.bot_texts().count("Where did you go?") == 1
    assert answers_of(web.servers, stored_id(page)) == [("used_service", "answered", "Yes", 1)]


def test_a_typing_indicator_shows_while_the_bot_works(web: Web, page: Any) -> None:
    page.goto(web.embed("typing.html"))
    chat = Chat(page).open()
    chat.wait_for("Are you happy to take part?")
    held: list = []
    page.route(f"{web.url}/api/webhook", lambda route: held.append(route))  # kept waiting
    chat.choose("Yes")
    dots = page.locator("p.dots")
    expect(dots).to_be_visible()
    expect(dots).to_contain_text("Sounding Board is typing")
    while not held:
        page.wait_for_timeout(50)
    held[0].continue_()
    chat.wait_for("Which age group are you in?")
    expect(dots).to_be_hidden()


def test_an_answer_with_nothing_new_redraws_the_conversation_from_the_server(
    web: Web, page: Any
) -> None:
    """A retry another replica answered with nothing new: the transcript fills the gap."""
    page.goto(web.embed("nothing-new.html"))
    chat = Chat(page).open()
    to_used_service(chat)

    def handled_but_empty(route: Any) -> None:
        route.fetch()  # the server handles the message...
        route.fulfill(status=200, content_type="application/json", body="[]")  # ...nothing back

    page.route(f"{web.url}/api/webhook", handled_but_empty)
    chat.choose("Yes")
    chat.wait_for("Where did you go?")
    assert chat.bot_texts().count("Where did you go?") == 1
    assert answers_of(web.servers, stored_id(page)) == [("used_service", "answered", "Yes", 1)]


def test_a_second_tab_of_the_same_chat_keeps_up_with_the_first(web: Web, context: Any) -> None:
    """A link tapped twice opens two tabs: the one not in use must not show an old question."""
    first = context.new_page()
    first.goto(web.embed("tabs.html"))
    chat = Chat(first).open()
    chat.wait_for("Are you happy to take part?")
    second = context.new_page()
    second.goto(web.embed("tabs.html"))
    other = Chat(second).open()
    other.wait_for("Are you happy to take part?")
    chat.choose("Yes")
    chat.wait_for("Which age group are you in?")
    other.wait_for("Which age group are you in?")  # not the consent question and its buttons
    expect(second.get_by_role("button", name="Yes", exact=True)).to_have_count(0)
    assert other.log.locator("li").all_text_contents() == chat.log.locator("li").all_text_contents()
    other.type("19")  # answered where the patient is now, and the first tab follows
    other.wait_for("What's the first half of your postcode (for example LS6)? "
                   "Or say skip if you'd rather not.")
    chat.wait_for("What's the first half of your postcode (for example LS6)? "
                  "Or say skip if you'd rather not.")
    assert "Sorry" not in " ".join(chat.bot_texts())
    chat.type("delete my answers")  # and an erasure in one tab does not start it again in the other
    chat.choose("Yes")
    chat.wait_for("Done: your answers and this chat have been deleted. Thank you.")
    expect(other.log.locator("li")).to_have_count(0)
    second.wait_for_timeout(1_000)
    expect(other.log.locator("li")).to_have_count(0)
    chat.wait_for("Done: your answers and this chat have been deleted. Thank you.")


def test_a_redraw_fetched_before_this_tab_answered_does_not_draw_over_the_answer(
        web: Web, context: Any) -> None:
    """Two tabs of one chat: an answer in the other tab makes this one redraw the chat
    from the server. Its transcript, fetched at once, is held back on the way (a slow
    network) while the patient answers here, then arrives: drawn, it put the older
    question back over the answer just sent and its buttons went (CI saw "Delete
    everything?" lose its Yes button in the two-tab test above, now and then)."""
    chat, other = consented_in_two_tabs(context, web.embed("stale-redraw.html"))
    first = chat.page
    held: list = []

    def fetched_now_answered_later(route: Any) -> None:
        held.append((route, route.fetch()))  # the transcript as the server has it now

    first.route(f"{web.url}/api/transcript", fetched_now_answered_later)
    other.type("19")
    other.wait_for("What's the first half of your postcode (for example LS6)? "
                   "Or say skip if you'd rather not.")
    while not held:  # this tab has asked for the chat as the other tab left it
        first.wait_for_timeout(50)
    chat.type("skip")  # answered here meanwhile: the next question comes with its buttons
    chat.wait_for("Have you used the service?")
    yes = first.get_by_role("group", name="Quick replies").get_by_role("button", name="Yes",
                                                                        exact=True)
    expect(yes).to_be_visible()
    route, stale = held[0]
    with first.expect_response(lambda response: response.url.endswith("/api/transcript")):
        route.fulfill(response=stale)
    first.wait_for_timeout(500)  # read and drawn by now; a redraw's buttons come 150 ms later
    assert len(held) == 1
    chat.wait_for("Have you used the service?")
    assert chat.patient().all_text_contents()[-1] == "You: skip"
    expect(yes).to_be_visible()
    chat.choose("No")
    chat.wait_for("How easy was it to be seen? (1 = Very hard, 5 = Very easy)")


def test_a_reload_while_a_reply_is_on_its_way_shows_the_chat_at_once(web: Web,
                                                                   page: Any) -> None:
    """The page stayed blank, bar the typing dots, until the pending message's reply came
    (up to 45 s on a slow turn); it now shows the chat so far and the message at once."""
    page.goto(web.embed("pending.html"))
    chat = Chat(page).open()
    to_used_service(chat)
    held: list = []
    page.route(f"{web.url}/api/webhook", lambda route: held.append(route))  # kept waiting
    chat.choose("Yes")
    while not held:
        page.wait_for_timeout(50)
    page.reload()  # the message is still queued: sent again after the reload, held again
    chat = Chat(page).open()
    expect(chat.bot().filter(has_text="Have you used the service?")).to_have_count(1)
    expect(chat.patient().last).to_have_text("You: Yes")
    while len(held) < 2:
        page.wait_for_timeout(50)
    held[-1].continue_()
    chat.wait_for("Where did you go?")
    page.unroute(f"{web.url}/api/webhook")
    assert chat.bot_texts().count("Where did you go?") == 1

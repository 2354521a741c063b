"""On a phone the first of several replies stays in view: crisis signposting came with
the question after it, and the log scrolled to the question, so at 360 x 740 the
signposting's first line (call 999) was above what the patient could see."""

from __future__ import annotations

import contextlib
from typing import Any, Iterator

import pytest
from playwright.sync_api import expect

from tests.e2e.widget.chat import Chat
from tests.e2e.widget.conftest import Web
from tests.e2e.widget.test_widget_accessibility import focused

pytestmark = pytest.mark.e2e


@contextlib.contextmanager
def on_a_phone(browser: Any, width: int = 360, height: int = 740) -> Iterator[Any]:
    """A page in a phone's browser: its size, touch, no hover."""
    context = browser.new_context(viewport={"width": width, "height": height},
                                  is_mobile=True, has_touch=True)
    try:
        yield context.new_page()
    finally:
        context.close()


def in_view(chat: Chat, item: Any) -> bool:
    """Is the top of `item` inside the part of the log the patient sees?"""
    return bool(item.evaluate(
        """(node) => { const log = node.closest('[role=log]');
                       const a = node.getBoundingClientRect(), b = log.getBoundingClientRect();
                       return a.top >= b.top - 1 && a.top < b.bottom - 10; }"""))


@pytest.mark.parametrize("width, height", [(360, 740), (320, 568)])
def test_signposting_starts_in_view_on_a_phone(web: Web, browser: Any, width: int,
                                               height: int) -> None:
    with on_a_phone(browser, width, height) as page:
        chat = Chat(page).open_at(web.embed(f"phone{width}.html"))
        chat.consent()
        chat.type("19")
        chat.wait_for("What's the first half of your postcode (for example LS6)? "
                      "Or say skip if you'd rather not.")
        chat.type("i want to end it all")
        signposting = chat.bot().filter(has_text="call 999").last
        expect(signposting).to_be_visible(timeout=15_000)
        expect(chat.bot().last).to_contain_text("postcode")
        page.wait_for_timeout(300)  # the log has settled
        assert in_view(chat, signposting)


def test_a_tapped_answer_does_not_open_the_phones_keyboard(web: Web, browser: Any) -> None:
    """Tapping an answer button put the cursor in the reply box, which on a phone opens the
    keyboard over the next question's buttons after every tap. A tap now leaves focus on
    the conversation; a keyboard's Enter still goes on to the reply box."""
    with on_a_phone(browser) as page:
        chat = Chat(page).open_at(web.embed("tapping.html"))
        chat.wait_for("Are you happy to take part?")
        page.get_by_role("group", name="Quick replies").get_by_role(
            "button", name="Yes", exact=True).tap()
        chat.wait_for("Which age group are you in?")
        assert focused(page)["tag"] != "TEXTAREA"
        assert focused(page)["label"] == "Conversation"
        page.get_by_role("group", name="Quick replies").get_by_role(
            "button", name="18-24", exact=True).focus()
        page.keyboard.press("Enter")
        chat.wait_for("What's the first half of your postcode (for example LS6)? "
                      "Or say skip if you'd rather not.")
        assert focused(page)["tag"] == "TEXTAREA"


def test_on_a_touch_screen_no_button_looks_chosen_before_it_is(web: Web, browser: Any) -> None:
    """A tap left the hover colour on the next question's button in the same place, so it
    looked chosen already: hover colours are for devices that hover."""
    with on_a_phone(browser) as page:
        chat = Chat(page).open_at(web.embed("hover.html"))
        chat.wait_for("Are you happy to take part?")
        assert page.evaluate("matchMedia('(hover: hover)').matches") is False
        button = page.get_by_role("group", name="Quick replies").get_by_role(
            "button", name="Yes", exact=True)
        button.hover()
        assert button.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(255, 255, 255)"


def test_opened_as_the_page_loads_on_a_phone_tab_goes_into_the_chat(web: Web,
                                                                    browser: Any) -> None:
    """With data-open="true" the chat covers a phone's screen but focus was still on the
    page, so the first Tab went to a link hidden behind it."""
    url = web.embed("opened.html", open="true")
    page_file = web.site_folder / "opened.html"
    page_file.write_text(page_file.read_text().replace(
        "<p>News and events.</p>", '<p><a href="/news">News</a> and events.</p>'))
    with on_a_phone(browser) as page:
        page.goto(url)
        Chat(page).wait_for("Are you happy to take part?")
        page.keyboard.press("Tab")
        now = focused(page)
        assert now["tag"] == "TEXTAREA", now  # the reply box, not the page's "News" link

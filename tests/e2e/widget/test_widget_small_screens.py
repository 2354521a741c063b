"""On a phone the first of several replies stays in view: crisis signposting came with
the question after it, and the log scrolled to the question, so at 360 x 740 the
signposting's first line (call 999) was above what the patient could see."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.e2e.widget.chat import Chat
from tests.e2e.widget.conftest import Web

pytestmark = pytest.mark.e2e


def in_view(chat: Chat, item: Any) -> bool:
    """Is the top of `item` inside the part of the log the patient sees?"""
    return bool(item.evaluate(
        """(node) => { const log = node.closest('[role=log]');
                       const a = node.getBoundingClientRect(), b = log.getBoundingClientRect();
                       return a.top >= b.top - 1 && a.top < b.bottom - 10; }"""))


@pytest.mark.parametrize("width, height", [(360, 740), (320, 568)])
def test_signposting_starts_in_view_on_a_phone(web: Web, browser: Any, width: int,
                                               height: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": height},
                                  is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
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
    finally:
        context.close()

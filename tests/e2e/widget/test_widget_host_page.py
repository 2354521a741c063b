"""The widget looks the same on any site: a host page's rule for every element no longer
reaches inside it, and a light brand colour leaves the answer buttons readable."""

from __future__ import annotations

import json
from typing import Any, Dict

import pytest
from playwright.sync_api import expect

from tests.e2e.widget.chat import Chat
from tests.e2e.widget.conftest import Web

pytestmark = pytest.mark.e2e


def looks(page: Any, selector: str) -> Dict[str, str]:
    """The computed colour, background and font of the first `selector` in the widget."""
    return dict(page.evaluate("""(selector) => {
        const host = [...document.querySelectorAll('*')].find(e => e.shadowRoot);
        const el = host.shadowRoot.querySelector(selector);
        const style = getComputedStyle(el);
        return {color: style.color, background: style.backgroundColor,
                font: style.fontFamily};
    }""", selector))


def luminance(rgb: str) -> float:
    channels = [int(part) / 255 for part in rgb[rgb.index("(") + 1:rgb.index(")")].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_a_host_pages_rules_for_everything_do_not_reach_inside(web: Web, page: Any) -> None:
    """`*{color:red!important; font-family:serif!important}` on the host page turned every
    bubble red and serif (the values were set on the host element and inherited)."""
    url = web.embed("rude.html")
    (web.site_folder / "rude.html").write_text((web.site_folder / "rude.html").read_text().replace(
        "</head>", "<style>*{color:red!important;font-family:serif!important}</style></head>"))
    chat = Chat(page).open_at(url)
    chat.wait_for("Are you happy to take part?")
    for selector in ("li.bot", ".opt", "textarea"):
        seen = looks(page, selector)
        assert seen["color"] != "rgb(255, 0, 0)", (selector, seen)
        assert not seen["font"].startswith("serif"), (selector, seen)


@pytest.mark.parametrize("colour, readable", [
    ("#ffff00", None),  # yellow (with black text on the launcher): dark grey on the buttons
    ("#330072", "rgb(51, 0, 114)"),  # a dark brand colour is kept for them
])
def test_a_light_brand_colour_leaves_the_answer_buttons_readable(
        web: Web, browser: Any, colour: str, readable: str) -> None:
    """Yellow with black text passes the README's rule for the launcher, but the answer
    buttons wrote the yellow on white: 1.07:1."""
    context = browser.new_context()
    try:
        page = context.new_page()
        chat = Chat(page).open_at(web.embed(f"brand{colour[1:]}.html", colour=colour,
                                            text_colour="#000000"))
        chat.wait_for("Are you happy to take part?")
        button = looks(page, ".opt")
        assert contrast(button["color"], button["background"]) >= 4.5, button
        assert readable is None or button["color"] == readable
    finally:
        context.close()


def test_a_message_refused_as_too_quick_is_sent_again_not_dropped(web: Web, page: Any) -> None:
    """A school's pupils share one address: past its limit the REST channel answers 429
    and handles nothing. The widget dropped the message (the patient's bubble stayed, with
    no answer to it, ever); now it keeps it and sends it again."""
    refused: list = []

    def first_refused(route: Any) -> None:
        if not refused and "18-24" in (route.request.post_data or ""):
            refused.append(route.request.post_data)
            route.fulfill(status=429, content_type="application/json", body=json.dumps(
                [{"recipient_id": "x", "text": "You're sending messages very quickly. "
                  "Please wait a moment and try again."}]))
        else:
            route.continue_()

    page.route("**/api/webhook", first_refused)
    chat = Chat(page).open_at(web.embed("school.html"))
    chat.consent()
    chat.choose("18-24")
    expect(page.get_by_role("status")).to_contain_text("Yours will go in a moment")
    chat.wait_for("What's the first half of your postcode (for example LS6)? "
                  "Or say skip if you'd rather not.", timeout=20_000)
    assert len(refused) == 1
    assert chat.patient().all_text_contents().count("You: 18-24") == 1


def test_an_answer_too_long_is_given_back_to_shorten(web: Web, page: Any) -> None:
    """Over a question's length, the bot asks for it shorter; the box had been emptied, so
    the patient typed it all again or gave up (three tries, then it was moved past)."""
    chat = Chat(page).open_at(web.embed("long.html"))
    chat.consent()
    for reply in ("19", "skip", "no", "4", "skip", "3"):
        chat.type(reply)
        page.wait_for_timeout(50)
    expect(chat.bot().last).to_contain_text("how was your experience", timeout=20_000)
    chat.choose("Poor")
    chat.wait_for("Please can you tell us why you gave your answer? (Or say skip.)")
    long = ("The wait for the clinic was far too long and nobody called back. " * 10)[:540]
    chat.type(long)
    expect(chat.bot().filter(has_text="That message is a bit long for me.")).to_have_count(
        1, timeout=20_000)
    expect(chat.input).to_have_value(long)
    expect(page.get_by_role("status")).to_contain_text("back in the box")

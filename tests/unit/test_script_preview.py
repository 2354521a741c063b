"""The author's preview: questions as SMS and buttons, and what each option is also called."""

from __future__ import annotations

from bot.commissioner.launching import preview_html
from bot.commissioner.preview import preview as channel_preview
from bot.commissioner.script_preview import preview
from bot.scripts.script import load_script

SCRIPT = """
code: PREV1
title: Preview
organisation: NHS Test
questions:
  - id: where
    type: single_choice
    text: Where did you go?
    options:
      - GP surgery
      - label: Youth hub
        aliases: [The Bridge, the drop-in]
      - A&E
"""


def test_preview_shows_sms_buttons_and_the_names_of_each_option() -> None:
    lines = preview(load_script(SCRIPT))
    assert lines[:7] == [
        "1. [where] single_choice",
        "    SMS: Where did you go?",
        "    SMS: 1 GP surgery",
        "    SMS: 2 Youth hub",
        "    SMS: 3 A&E",
        "    SMS: Reply 1, 2 or 3",
        "    web buttons: GP surgery | Youth hub | A&E",
    ]
    assert "    Youth hub: also the bridge, the drop in" in lines
    a_and_e = next(line for line in lines if line.startswith("    A&E:"))
    assert "casualty" in a_and_e and 'asks "Did you mean A&E?" for hospital' in a_and_e


def test_the_channel_preview_carries_each_options_other_names() -> None:
    where, = channel_preview(load_script(SCRIPT))
    names = {o.label: o for o in where.names}
    assert names["Youth hub"].also == ("the bridge", "the drop in")
    assert "casualty" in names["A&E"].also and "hospital" in names["A&E"].asks


def test_the_launch_page_lists_every_other_name() -> None:
    html = preview_html(SCRIPT)
    assert "<dt>Youth hub</dt><dd>Also: the bridge, the drop in</dd>" in html
    assert "<dd>Asks \"Did you mean A&amp;E?\" for: " in html and "hospital" in html

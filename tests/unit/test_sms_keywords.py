from __future__ import annotations

import pytest

from bot.sms.keywords import HELP, START, STOP, asks_to_opt_out, keyword


@pytest.mark.parametrize("text, expected", [
    ("STOP", STOP), ("stop", STOP), (" Stop. ", STOP), ("STOPALL", STOP), ("unsubscribe", STOP),
    ("CANCEL", STOP), ("end", STOP), ("QUIT", STOP), ("Stop!", STOP),
    ("START", START), ("unstop", START), ("Start", START),
    ("HELP", HELP), ("help?", HELP), ("INFO", HELP),
    ("stop texting me about the gp", ""), ("please stop", ""), ("MIND24", ""), ("2", ""),
    ("", ""), ("🛑", ""), ("start MIND24", ""), ("helpful", ""), ("x" * 5000, ""),
    # The plain form every check reads (bot/trust/text_forms.py): full-width, look-alike
    # letters from other alphabets, accents and invisible characters.
    ("ＳＴＯＰ", STOP), ("\u0405\u0422\u041e\u0420", STOP), ("stóp", STOP), ("st\u200bop", STOP),
    ("𝐒𝐓𝐎𝐏", STOP), ("ｈｅｌｐ", HELP), ("ＳＴＯＰ ｔｅｘｔｉｎｇ ｍｅ", STOP),
    # A plain request for no more texts, the whole message: no invitation may follow it.
    ("please stop texting me", STOP), ("Stop messaging me!!", STOP),
    ("dont text me again", STOP), ("Don't text me again.", STOP), ("do not contact me", STOP),
    ("no more texts pls", STOP), ("take me off your list", STOP),
    ("unsubscribe me", STOP), ("remove me from this list please", STOP),
    ("can you stop sending me texts", STOP), ("i dont want any more texts thanks", STOP),
    ("dont text me that late, its rude", ""), ("they keep texting me", ""),
    ("my mum wont stop texting me", ""), ("stop texting me about the gp", ""),
    ("dont message me on whatsapp", ""), ("i never text anyone", ""),
    # A consultation's code (3 to 12 letters or digits) is a code, never the keyword it
    # starts with: "Reply END24 to take part" must not opt the patient out.
    ("END24", ""), ("end24", ""), ("QUIT1", ""), ("CANCEL25", ""), ("STOP2", ""),
    ("HELP2025", ""), ("INFO1", ""), ("START26", ""), ("OPTIN1", ""), ("ＥＮＤ２４", ""),
])
def test_keyword(text: str, expected: str) -> None:
    assert keyword(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("STOP", True), ("Stop!", True), ("unsubscribe", True), ("ＳＴＯＰ", True),
    ("pls stop messaging me", True), ("take me off your list", True),
    # Carrier keywords on SMS, but in a chat an answer to what was just asked.
    ("cancel", False), ("END", False), ("quit", False),
    ("START", False), ("help", False), ("END24", False), ("stop texting me about the gp", False),
])
def test_asks_to_opt_out_in_a_chat(text: str, expected: bool) -> None:
    assert asks_to_opt_out(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("START", True), ("yes", True), ("YES", True), ("Yes!", True), ("unstop", True),
    ("yes please", False), ("yeah", False), ("stop", False), ("TEST1", False),
])
def test_opts_back_in_after_an_opt_out(text: str, expected: bool) -> None:
    assert (keyword(text, opted_out=True) == START) is expected
    assert keyword("yes") == ""  # from anyone else, an answer

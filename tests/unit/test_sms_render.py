"""SMS rendering: GSM-7 vs UCS-2 lengths, typographic clean-up, numbered options, splitting."""

from __future__ import annotations

from typing import List, Sequence

import pytest

from bot.engine import messages
from bot.engine.turns import Message
from bot.sms.render import (
    GSM7_BASIC,
    GSM7_EXTENDED,
    is_gsm7,
    render_message,
    render_sms,
    segments,
    septets,
    to_gsm7_friendly,
)
from bot.trust.signposting import SIGNPOSTING

EMOJI = "\U0001f600"  # outside the BMP: a surrogate pair, 2 UTF-16 units
CURLY = "\u2019"  # right single quote, the usual culprit in pasted scripts

NOTICE = messages.NOTICE.format(
    organisation="Leeds Health and Care Partnership", privacy_url="https://example.nhs.uk/privacy",
    kept="12 months")
LONG_NOTICE = " ".join([NOTICE] * 3)  # well over three GSM-7 segments on its own
WHERE = Message("Where did you go?", ("GP surgery", "Walk-in centre", "Pharmacy"))
CONSENT = Message(messages.CONSENT_QUESTION, ("Yes", "No"))


def test_alphabet_sizes() -> None:
    # 128 code points minus the escape; the extension table adds 9 printable characters and FF.
    assert len(GSM7_BASIC) == 127
    assert len(GSM7_EXTENDED) == 10
    assert GSM7_BASIC.isdisjoint(GSM7_EXTENDED)


IS_GSM7_CASES = [
    ("", True),
    ("Hello, how was your visit?", True),
    ("£5 @ 10% & $3 #1 ¥", True),
    ("éèùìòÇØøÅåÆæßÉÄÖÑÜ§¿¡äöñüà", True),
    ("ΔΦΓΛΩΠΨΣΘΞ_", True),
    ("^{}\\[~]|€", True),
    ("line one\nline two\r", True),
    ("It" + CURLY + "s", False),
    ("\u201cquoted\u201d", False),
    ("wait \u2013 what", False),
    (EMOJI, False),
    ("Diolch yn fawr, ŵ", False),  # Welsh w-circumflex is not in GSM-7
    ("ç", False),  # only the capital C-cedilla is
    ("á", False),
    ("tab\there", False),
    ("\x1b", False),  # the escape code itself is not a character
]


@pytest.mark.parametrize("text, expected", IS_GSM7_CASES)
def test_is_gsm7(text: str, expected: bool) -> None:
    assert is_gsm7(text) is expected


SEPTET_CASES = [
    ("", 0),
    ("abc", 3),
    ("€", 2),
    ("{}", 4),
    ("a€b", 4),
    ("\n", 1),
    ("£", 1),
    ("^" * 80, 160),
    ("a" * 159 + "|", 161),
    ("Üñ", 2),
]


@pytest.mark.parametrize("text, expected", SEPTET_CASES)
def test_septets(text: str, expected: int) -> None:
    assert septets(text) == expected


def test_septets_refuses_text_gsm7_cannot_carry() -> None:
    with pytest.raises(ValueError, match="GSM-7"):
        septets("It" + CURLY + "s")


SEGMENT_CASES = [
    ("", 1),
    ("a", 1),
    ("a" * 160, 1),
    ("a" * 161, 2),
    ("a" * 306, 2),
    ("a" * 307, 3),
    ("a" * 459, 3),
    ("a" * 460, 4),
    ("é" * 160, 1),  # é is GSM-7, so no switch to UCS-2
    # Extension characters count double, right at the single-message boundary.
    ("a" * 158 + "€", 1),
    ("a" * 159 + "€", 2),
    ("€" * 80, 1),
    ("€" * 80 + "a", 2),
    ("a" * 304 + "{", 2),
    ("a" * 305 + "{", 3),
    # An escape sequence never straddles two parts: 306 septets, yet three parts.
    ("a" * 152 + "€" + "a" * 152, 3),
    ("a" * 151 + "€" + "a" * 153, 2),
    # UCS-2.
    ("ŵ" * 70, 1),
    ("ŵ" * 71, 2),
    ("ŵ" + "a" * 69, 1),
    ("ŵ" + "a" * 70, 2),
    ("ŵ" * 134, 2),
    ("ŵ" * 135, 3),
    ("ŵ" * 201, 3),
    ("ŵ" * 202, 4),
    # Emoji are two UTF-16 units.
    (EMOJI * 35, 1),
    (EMOJI * 35 + "a", 2),
    ("a" * 69 + EMOJI, 2),
    ("a" * 65 + EMOJI + "a" * 67, 2),
    # A surrogate pair never straddles two parts: 134 units, yet three parts.
    ("a" * 66 + EMOJI + "a" * 66, 3),
    (EMOJI * 67, 3),
    # One character outside GSM-7 makes the whole message UCS-2.
    ("a" * 159 + EMOJI, 3),
    ("a" * 100 + CURLY, 2),
]


@pytest.mark.parametrize("text, expected", SEGMENT_CASES)
def test_segments(text: str, expected: int) -> None:
    assert segments(text) == expected


CURLY_FLIP_CASES = [
    # (text, segments as written, segments after to_gsm7_friendly)
    ("It" + CURLY + "s " + "a" * 95, 2, 1),
    ("a" * 150 + " \u201cok\u201d", 3, 1),
    ("a" * 300 + " \u2013 b", 5, 2),
    ("Thanks\u2026 " + "a" * 60, 1, 1),
]


@pytest.mark.parametrize("text, before, after", CURLY_FLIP_CASES)
def test_typographic_character_flips_encoding(text: str, before: int, after: int) -> None:
    assert is_gsm7(text) is False
    assert segments(text) == before
    friendly = to_gsm7_friendly(text)
    assert is_gsm7(friendly) is True
    assert segments(friendly) == after


FRIENDLY_CASES = [
    ("It\u2019s", "It's"),
    ("\u2018quoted\u2019", "'quoted'"),
    ("\u201alow\u2019", "'low'"),
    ("5\u2032 tall", "5' tall"),
    ("\u201cHi\u201d", '"Hi"'),
    ("\u201eHallo\u201c", '"Hallo"'),
    ("12\u2033", '12"'),
    ("9\u201317", "9-17"),
    ("wait\u2014what", "wait-what"),
    ("Thanks\u2026", "Thanks..."),
    ("NHS\u00a0111", "NHS 111"),
    ("10\u2009000", "10 000"),
    ("a\u202fb", "a b"),
    ("\u2022 one\n\u2022 two", "* one\n* two"),
    ("\u2713 anonymous", "* anonymous"),
    ("e\u0301", "é"),  # NFC joins the combining accent into a GSM-7 character
    ("caf\u00e9", "café"),
    ("Diolch, ŵ", "Diolch, ŵ"),  # Welsh stays as written
    ("Great " + EMOJI, "Great " + EMOJI),
    ("^{}€", "^{}€"),
    ("plain text", "plain text"),
    ("zero\u200bwidth", "zerowidth"),
]


@pytest.mark.parametrize("text, expected", FRIENDLY_CASES)
def test_to_gsm7_friendly(text: str, expected: str) -> None:
    assert to_gsm7_friendly(text) == expected


RENDER_CASES = [
    (Message("Thanks!"), "Thanks!"),
    (Message("  Thanks!  "), "Thanks!"),
    (Message("Did it help?", ("Helped", "Did not")), "Did it help?\n1 Helped\n2 Did not\nReply 1 or 2"),
    (WHERE, "Where did you go?\n1 GP surgery\n2 Walk-in centre\n3 Pharmacy\nReply 1, 2 or 3"),
    (
        Message("How did you hear?", ("Poster", "School", "Friend", "GP", "Online")),
        "How did you hear?\n1 Poster\n2 School\n3 Friend\n4 GP\n5 Online\nReply 1 to 5",
    ),
    (
        Message("Month?", tuple(f"M{n}" for n in range(1, 13))),
        "Month?\n" + "\n".join(f"{n} M{n}" for n in range(1, 13)) + "\nReply 1 to 12",
    ),
    (CONSENT, "Are you happy to take part?\nReply YES or NO"),
    # the text already says how to reply: not twice ("…or NO to keep them.\nReply YES or NO")
    (Message(messages.DELETE_CONFIRM, ("Yes", "No")), messages.DELETE_CONFIRM),
    (Message("OK?", ("No", "Yes")), "OK?\n1 No\n2 Yes\nReply 1 or 2"),  # only ("Yes", "No") exactly
    (Message("How was it?", ("1", "2", "3", "4", "5")), "How was it?\nReply a number from 1 to 5"),
    (
        Message("Out of 10?", tuple(str(n) for n in range(11))),
        "Out of 10?\nReply a number from 0 to 10",
    ),
    (Message("Pick", ("1", "2", "4")), "Pick\n1 1\n2 2\n3 4\nReply 1, 2 or 3"),  # not consecutive
    (Message("Start?", ("Go",)), "Start?\n1 Go\nReply 1"),
    # A multiple choice says several numbers may be sent, in the re-ask's own words.
    (
        Message("What got in the way?", ("Waiting", "Cost", "Travel"), multiple=True),
        "What got in the way?\n1 Waiting\n2 Cost\n3 Travel\n"
        "Reply with the numbers of all that apply, e.g. 1 and 3",
    ),
    (
        Message("Which?", ("Bus", "Train"), multiple=True),
        "Which?\n1 Bus\n2 Train\nReply with the numbers of all that apply, e.g. 1 and 2",
    ),
    (
        Message("Which days?", ("1", "2", "3"), multiple=True),
        "Which days?\n1 1\n2 2\n3 3\nReply with the numbers of all that apply, e.g. 1 and 3",
    ),
]


@pytest.mark.parametrize("message, expected", RENDER_CASES)
def test_render_message(message: Message, expected: str) -> None:
    assert render_message(message) == expected


# --- render_sms ---------------------------------------------------------------------


def _flat(text: str) -> str:
    """Text without whitespace: splitting only ever changes the spacing between pieces."""
    return "".join(text.split())


def _expected_flat(turn: Sequence[Message]) -> str:
    return "".join(_flat(to_gsm7_friendly(render_message(m))) for m in turn)


def _assert_all_fit(bodies: List[str], limit: int = 3) -> None:
    assert bodies, "expected at least one SMS"
    assert [segments(body) <= limit for body in bodies] == [True] * len(bodies)


EMPTY_TURNS = [
    ([], []),
    ([Message("")], []),
    ([Message("   ")], []),
    ([Message(""), Message("Hi")], ["Hi"]),
]


@pytest.mark.parametrize("turn, expected", EMPTY_TURNS)
def test_render_sms_skips_empty(turn: List[Message], expected: List[str]) -> None:
    assert render_sms(turn) == expected


SHORT_TURNS = [
    ([Message("Thanks!"), WHERE], ["Thanks!\n\n" + render_message(WHERE)]),
    ([Message("One."), Message("Two."), Message("Three.")], ["One.\n\nTwo.\n\nThree."]),
    ([Message("It\u2019s done\u2026")], ["It's done..."]),
    ([Message("Pick", ("\u201cA\u201d", "B\u2019s"))], ['Pick\n1 "A"\n2 B\'s\nReply 1 or 2']),
    (
        [Message("Pick any", ("A\u2019s", "B"), multiple=True)],
        ["Pick any\n1 A's\n2 B\nReply with the numbers of all that apply, e.g. 1 and 2"],
    ),
]


@pytest.mark.parametrize("turn, expected", SHORT_TURNS)
def test_render_sms_joins_short_messages(turn: List[Message], expected: List[str]) -> None:
    assert render_sms(turn) == expected


def test_long_notice_then_question_keeps_question_whole() -> None:
    turn = [Message(LONG_NOTICE), CONSENT]
    bodies = render_sms(turn)
    _assert_all_fit(bodies)
    assert len(bodies) == 2
    question = render_message(CONSENT)
    assert [question in body for body in bodies] == [False, True]
    assert bodies[-1].endswith(question)
    assert _flat("".join(bodies)) == _expected_flat(turn)


def test_question_that_no_longer_fits_starts_a_new_sms() -> None:
    filler = Message("a" * 440 + ".")  # 441 septets: no room left for the question
    bodies = render_sms([filler, WHERE])
    assert bodies == [filler.text, render_message(WHERE)]
    _assert_all_fit(bodies)


def test_split_notice_sentences_not_words() -> None:
    bodies = render_sms([Message(LONG_NOTICE)])
    _assert_all_fit(bodies)
    assert len(bodies) == 2
    # Each body ends at a sentence boundary, not mid-word.
    assert [body[-1] for body in bodies] == [".", "y"]  # the notice ends with its URL
    assert _flat("".join(bodies)) == _flat(LONG_NOTICE)


def test_overlong_question_keeps_options_with_reply_line() -> None:
    sentence = "This is a fairly long sentence about the service you used recently. "
    question = Message(sentence * 8 + "Which one did you use?", tuple(f"Option {n}" for n in range(1, 13)))
    bodies = render_sms([question])
    _assert_all_fit(bodies)
    assert len(bodies) == 2
    options = "\n".join(f"{n} Option {n}" for n in range(1, 13)) + "\nReply 1 to 12"
    assert bodies[-1].endswith("Which one did you use?\n" + options)
    assert [options in body for body in bodies] == [False, True]
    assert _flat("".join(bodies)) == _expected_flat([question])


def test_options_too_long_for_one_sms_are_split_as_a_last_resort() -> None:
    labels = tuple(f"A rather long option label number {n}" for n in range(1, 8))
    bodies = render_sms([Message("Which?", labels)], max_segments=1)
    _assert_all_fit(bodies, limit=1)
    assert bodies[0].startswith("Which?\n1 A rather")
    assert bodies[-1].endswith("Reply 1 to 7")
    assert _flat("".join(bodies)) == _expected_flat([Message("Which?", labels)])


@pytest.mark.parametrize("labels, multiple", [
    (("Waiting times at the surgery, and at the walk-in centre",
      "The cost of getting there by bus, or of parking the car"), True),
    (("Other. Please say what in the next question, in your own words", "None"), False),
    (tuple(f"Option {n}. It is a fairly long label, this one" for n in range(1, 7)), True),
])
def test_options_split_only_between_their_lines(labels: Sequence[str], multiple: bool) -> None:
    # A long question whose options no longer fit with it: each option and the reply
    # line stay whole (the reply line's "e.g. 1 and 3" is one line, not two sentences).
    question = Message("Q" * 290 + "?", tuple(labels), multiple=multiple)
    bodies = render_sms([question])
    _assert_all_fit(bodies)
    lines = render_message(question).split("\n")[1:]
    assert [any(line in body.split("\n") for body in bodies) for line in lines] == [True] * len(lines)


def test_sentence_longer_than_limit_falls_back_to_words() -> None:
    words = " ".join(f"word{n}" for n in range(60))  # ~350 characters, no sentence break
    bodies = render_sms([Message(words)], max_segments=1)
    _assert_all_fit(bodies, limit=1)
    assert len(bodies) == 3
    assert " ".join(bodies).split() == words.split()  # no word was cut


def test_word_longer_than_limit_is_cut() -> None:
    link = "https://example.nhs.uk/" + "x" * 400
    bodies = render_sms([Message(link)], max_segments=1)
    _assert_all_fit(bodies, limit=1)
    assert "".join(bodies) == link
    assert [len(body) for body in bodies] == [160, 160, 103]


def test_signposting_then_carry_on_in_order() -> None:
    turn = [Message(SIGNPOSTING), Message(messages.CRISIS_CARRY_ON)]
    bodies = render_sms(turn)
    assert bodies == [SIGNPOSTING + "\n\n" + messages.CRISIS_CARRY_ON]
    _assert_all_fit(bodies)


def test_welsh_kept_and_measured_as_ucs2() -> None:
    welsh = (
        "Diolch! Ydych chi\u2019n hapus i gymryd rhan yn yr arolwg byr hwn? "
        "Mae\u2019n cymryd pum munud, ŵ."
    )
    bodies = render_sms([Message(" ".join([welsh] * 4))])
    _assert_all_fit(bodies)
    assert "ŵ" in bodies[0] and "\u2019" not in "".join(bodies)
    assert [is_gsm7(body) for body in bodies] == [False] * len(bodies)
    # UCS-2 holds far less per SMS than the 459 GSM-7 septets the same text would allow.
    assert len(bodies) == 2
    assert _flat("".join(bodies)) == _flat(to_gsm7_friendly(welsh * 4))  # spacing aside


def test_emoji_kept_and_measured_as_ucs2() -> None:
    text = "Thanks for taking part " + EMOJI + " " + "Your answers help. " * 12
    bodies = render_sms([Message(text.strip())])
    _assert_all_fit(bodies)
    assert bodies[0].startswith("Thanks for taking part " + EMOJI)
    assert len(bodies) == 2
    assert _flat("".join(bodies)) == _flat(text)


def test_emoji_message_does_not_drag_a_gsm_message_into_ucs2() -> None:
    gsm = Message("a" * 400 + ".")
    bodies = render_sms([gsm, Message("Thanks " + EMOJI)])
    assert bodies == [gsm.text, "Thanks " + EMOJI]
    assert [is_gsm7(body) for body in bodies] == [True, False]


@pytest.mark.parametrize("limit", [1, 2, 3, 4])
def test_every_body_within_limit(limit: int) -> None:
    turn = [Message(LONG_NOTICE), Message(messages.MOVING_ON), WHERE, CONSENT]
    bodies = render_sms(turn, max_segments=limit)
    _assert_all_fit(bodies, limit=limit)
    assert sum(render_message(WHERE) in body for body in bodies) == 1
    assert _flat("".join(bodies)) == _expected_flat(turn)


def test_max_segments_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        render_sms([Message("Hi")], max_segments=0)


def test_a_re_ask_says_how_to_reply_once() -> None:
    """The hint said "Reply with the numbers of all that apply, e.g. 1 and 3." and the
    question after it said it again: three segments where two would do."""
    question = Message("What got in the way?", ("Waiting", "Cost", "Travel"), multiple=True)
    hint = Message("Sorry, I didn't get that. Reply with the numbers of all that apply, "
                   "e.g. 1 and 3.")
    [body] = render_sms([hint, question])
    assert body.count("Reply with the numbers of all that apply") == 1
    assert body.endswith("What got in the way?\n1 Waiting\n2 Cost\n3 Travel")
    # asked afresh, with nothing before it, the question says it
    assert render_sms([question])[0].endswith("Reply with the numbers of all that apply, "
                                              "e.g. 1 and 3")

"""Turn the engine's messages into SMS bodies: numbered options, GSM-7 friendly, few segments.

Pure functions only (no I/O, no Rasa) so the SMS adapter and the tests share one
definition of "how long is this text".

Why it matters: one stray curly quote switches a whole SMS from GSM-7 (160
characters) to UCS-2 (70), so a three-part message becomes six and costs double.
Carriers also reassemble long concatenated messages unreliably, so a question
and its options are kept in one body whenever they fit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Callable, List, Sequence, Tuple

from bot.engine.turns import Message

# GSM 03.38 default alphabet (0x1B, the escape to the extension table, is not a character).
GSM7_BASIC: frozenset[str] = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# The extension table: each is sent as ESC + character, so it costs 2 septets.
# Form feed is in the table too; it never belongs in a message but is still GSM-7.
GSM7_EXTENDED: frozenset[str] = frozenset("^{}\\[~]|€\f")

GSM7_SINGLE, GSM7_PART = 160, 153  # a concatenated part loses 7 septets to its header
UCS2_SINGLE, UCS2_PART = 70, 67  # in UTF-16 code units

# Typographic characters that word processors put into scripts, and their GSM-7 stand-ins.
_FRIENDLY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u2039": "'", "\u203a": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
    # No-break, thin and other fixed-width spaces, and tab (not in GSM-7): a plain space.
    "\u00a0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ",
    "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ",
    "\u202f": " ", "\u205f": " ", "\u3000": " ", "\t": " ",
    # Invisible characters that would still force UCS-2. ZWJ (U+200D) is kept: emoji use it.
    "\u00ad": None, "\u200b": None, "\u2060": None, "\ufeff": None,
    # Bullets and ticks are list markers in scripts; "*" keeps the list readable.
    "\u2022": "*", "\u25e6": "*", "\u2023": "*", "\u2219": "*", "\u25aa": "*",
    "\u2713": "*", "\u2714": "*", "\u2717": "x", "\u2718": "x",
})

# A sentence ends after ". ", "? ", "! " or a line break; the separator stays with it.
_SENTENCE_END = re.compile(r"(?<=[.?!] )|(?<=\n)")
_LINE_END = re.compile(r"(?<=\n)")
_WORD_END = re.compile(r"(?<= )")


def is_gsm7(text: str) -> bool:
    """True if every character can be sent in the GSM-7 alphabet (with its extension)."""
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENDED for ch in text)


def septets(text: str) -> int:
    """GSM-7 length; extension characters count 2. Raises ValueError if not GSM-7."""
    total = 0
    for ch in text:
        if ch in GSM7_BASIC:
            total += 1
        elif ch in GSM7_EXTENDED:
            total += 2
        else:
            raise ValueError(f"not in the GSM-7 alphabet: {ch!r}")
    return total


def _costs(text: str) -> Tuple[List[int], int, int]:
    """Per-character cost and the single/part capacities of the encoding the text needs."""
    if is_gsm7(text):
        return [2 if ch in GSM7_EXTENDED else 1 for ch in text], GSM7_SINGLE, GSM7_PART
    # UCS-2 is really UTF-16 on the wire: characters beyond the BMP take a surrogate pair.
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text], UCS2_SINGLE, UCS2_PART


def segments(text: str) -> int:
    """How many SMS segments the text is sent as (empty text is still one message)."""
    costs, single, part = _costs(text)
    if sum(costs) <= single:
        return 1
    # Neither an escape sequence nor a surrogate pair may straddle two parts,
    # so a 2-unit character that does not fit moves whole into the next part.
    count, used = 1, 0
    for cost in costs:
        if used + cost > part:
            count, used = count + 1, 0
        used += cost
    return count


def to_gsm7_friendly(text: str) -> str:
    """Swap typographic punctuation for GSM-7 equivalents; leave real content (emoji, ŵ) alone."""
    # NFC first: "e" + combining acute becomes "é", which GSM-7 has.
    return unicodedata.normalize("NFC", text).translate(_FRIENDLY)


def _scale_bounds(buttons: Sequence[str]) -> Tuple[int, int] | None:
    """(first, last) if the buttons are consecutive whole numbers, like a 1-5 scale."""
    if len(buttons) < 2 or not all(re.fullmatch(r"-?[0-9]+", b.strip()) for b in buttons):
        return None
    numbers = [int(b) for b in buttons]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None
    return numbers[0], numbers[-1]


def _reply_line(count: int, multiple: bool = False) -> str:
    if multiple:  # as the re-ask says it (bot/understanding/parsing.py's hint)
        example = "1 and 3" if count >= 3 else "1 and 2"
        return f"Reply with the numbers of all that apply, e.g. {example}"
    if count == 1:
        return "Reply 1"
    if count <= 3:
        numbers = [str(n) for n in range(1, count + 1)]
        return "Reply " + ", ".join(numbers[:-1]) + " or " + numbers[-1]
    return f"Reply 1 to {count}"


def _options_block(buttons: Sequence[str], multiple: bool = False) -> str:
    """The lines that follow a question's text; SMS has no buttons, so they become words.
    A multiple choice is always listed, and says that several numbers may be sent."""
    if not buttons:
        return ""
    if not multiple and tuple(buttons) == ("Yes", "No"):
        return "Reply YES or NO"
    bounds = None if multiple else _scale_bounds(buttons)
    if bounds is not None:
        # Listing 0..10 one per line would waste a segment; the range says it all.
        return f"Reply a number from {bounds[0]} to {bounds[1]}"
    lines = [f"{number} {label.strip()}" for number, label in enumerate(buttons, start=1)]
    return "\n".join(lines + [_reply_line(len(buttons), multiple)])


def render_message(message: Message) -> str:
    """One engine message as SMS text: the question, then numbered options and a "Reply" line."""
    text = message.text.strip()
    block = _options_block(message.buttons, message.multiple)
    if block == "Reply YES or NO" and "Reply YES" in text:
        block = ""  # the text says it already ("Reply YES to delete or NO to keep them.")
    return "\n".join(part for part in (text, block) if part)


def _fit_piece(piece: str, fits: Callable[[str], bool]) -> List[str]:
    """The piece itself if it fits, else its words (and a too-long word cut anywhere)."""
    if fits(piece.strip()):
        return [piece]
    units: List[str] = []
    for word in _WORD_END.split(piece):
        # One "word" longer than the limit (a pasted link, say) is cut wherever it must be.
        units.extend([word] if fits(word.strip()) else _cut(word, fits))
    return units


def _cut(word: str, fits: Callable[[str], bool]) -> List[str]:
    chunks = [""]
    for ch in word:  # str indexes code points, so a surrogate pair is never cut
        if chunks[-1] and not fits(chunks[-1] + ch):
            chunks.append("")
        chunks[-1] += ch
    return chunks


def _pack(units: Sequence[str], fits: Callable[[str], bool], joiner: str) -> List[str]:
    """Greedily join units while the result fits; every unit must fit on its own."""
    bodies: List[str] = []
    current = ""
    for unit in units:
        candidate = current + joiner + unit if current else unit
        if not current or fits(candidate.strip()):
            current = candidate
        else:
            bodies.append(current.strip())
            current = unit
    if current.strip():
        bodies.append(current.strip())
    return [body for body in bodies if body]


def _split_message(message: Message, fits: Callable[[str], bool]) -> List[str]:
    """Parts of one rendered message, each fitting; a question's options stay with its last sentence."""
    text, block = message.text.strip(), _options_block(message.buttons, message.multiple)
    pieces = _SENTENCE_END.split(text) if text else []
    if block:
        # The options mean nothing without the question they answer, so glue them to it
        # as one piece; a piece that fits is never split, only packed.
        last = pieces.pop().rstrip() if pieces else ""
        tail = last + "\n" + block if last else block
        if fits(tail):
            pieces.append(tail)
        else:  # the options alone are too long for one body: split them only as a last resort,
            # between lines (an option's label or the reply line may hold ". ": "e.g. 1 and 3")
            pieces.extend(([last + "\n"] if last else []) + _LINE_END.split(block))
    units = [unit for piece in pieces for unit in _fit_piece(piece, fits)]
    return _pack(units, fits, "")


def render_sms(messages: Sequence[Message], max_segments: int = 3) -> List[str]:
    """The SMS bodies for one bot turn: as few as possible, each at most max_segments long."""
    if max_segments < 1:
        raise ValueError("max_segments must be at least 1")

    def fits(body: str) -> bool:
        return segments(body) <= max_segments

    units: List[str] = []
    said = ""
    for message in messages:
        friendly = replace(message, text=to_gsm7_friendly(message.text),
                           buttons=tuple(to_gsm7_friendly(b) for b in message.buttons))
        rendered = render_message(friendly)
        if not rendered:
            continue
        # A re-ask's hint already said how to reply ("Sorry, I didn't get that. Reply with
        # the numbers of all that apply, e.g. 1 and 3."): the question after it does not
        # say it again (it did, making a 3-segment SMS of a 2-segment one).
        last = rendered.rsplit("\n", 1)
        if friendly.buttons and len(last) == 2 and last[1].startswith("Reply") and last[1] in said:
            rendered = last[0]
        said = rendered
        units.extend([rendered] if fits(rendered) else _split_message(friendly, fits))
    return _pack(units, fits, "\n\n")

"""The invitation text: who is asking and how to answer, kept to GSM-7 (160 characters a
segment rather than 70) and at most two segments, because each segment is charged per
recipient.

Never the consultation's title: an invitation shows on a phone's lock screen, to whoever
holds the phone, and a title such as "Your visit to the Young People's Sexual Health
Clinic" says something private about the person it was sent to (on Telegram it went to
every subscriber, who had never been). The title comes once they reply, with the notice.
The organisation's name says who is asking: an NHS survey from no one looked like spam."""

from __future__ import annotations

import unicodedata

GSM_BASIC = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
                "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM_EXTENDED = set("^{}\\[~]|€")  # two septets each
TYPOGRAPHY = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                            "…": "...", "\u00a0": " "})
FRACTION_SLASH = "\u2044"  # what NFKD makes of ½: "1\u20442"
# Two concatenated segments carry 2 x 153 septets; one less in case an escaped
# character would straddle the two.
MAX_SEPTETS = 305


def gsm7(text: str) -> str:
    """`text` in the GSM-7 alphabet: one character outside it makes the whole SMS UCS-2."""
    kept = []
    for char in text.translate(TYPOGRAPHY):
        if char in GSM_BASIC or char in GSM_EXTENDED:
            kept.append(char)
        else:  # é survives; ŵ becomes w; ½ becomes 1/2 (not 12); emoji go
            decomposed = unicodedata.normalize("NFKD", char)
            plain = decomposed.replace(FRACTION_SLASH, "/").encode("ascii", "ignore").decode()
            if FRACTION_SLASH in decomposed and kept and kept[-1][-1:].isdigit():
                plain = " " + plain  # 1½ is 1 1/2
            kept.append(plain if set(plain) <= GSM_BASIC else "")
    return " ".join("".join(kept).split())


def septets(text: str) -> int:
    return sum(2 if char in GSM_EXTENDED else 1 for char in text)


def segments(text: str) -> int:
    count = septets(text)
    return 1 if count <= 160 else -(-count // 153)


ASKING = ": we'd like to hear your views in a short NHS survey for young people."


def invitation_text(organisation: str, code: str) -> str:
    """Who is asking and how to answer, in at most two GSM-7 segments."""
    suffix = f"{ASKING}\nReply {code.upper()} to take part, or STOP to opt out."
    name, budget = gsm7(organisation), MAX_SEPTETS - septets(suffix)
    if septets(name) > budget:
        while septets(name) > budget - 3:
            name = name[:-1]
        name = name.rstrip() + "..."
    return name + suffix


def telegram_invitation_text(organisation: str, code: str) -> str:
    """A Telegram invitation: no segments to count, sent with a "Take part" button."""
    return (f"{organisation.strip()}{ASKING}\nTap Take part, or send /start {code.upper()}. "
            "Send /unsubscribe to stop hearing about new surveys.")

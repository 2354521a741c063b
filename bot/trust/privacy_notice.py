"""What patients are told about their data: the built-in privacy notice page, and how
long answers are kept in words, from the retention setting every channel states.

Written for a 13-16 year old to follow (short sentences, everyday words), and saying
what UK GDPR Articles 13 and 14 ask: who is responsible, why, on what lawful basis, who
sees the answers, how long they are kept and how to use each right. An organisation
that publishes its own notice (SB_PRIVACY_URL, a script's `notice_url`) must say the
same, with the retention period it has set.
"""

from __future__ import annotations

from html import escape

ICO = "the Information Commissioner's Office (ico.org.uk, 0303 123 1113)"


def kept_for(days: int) -> str:
    """The retention period as a person says it: "12 months", "2 years", "90 days"."""
    if days % 365 == 0:
        years = days // 365
        return "12 months" if years == 1 else f"{years} years"
    if days >= 60 and days % 30 == 0:
        return f"{days // 30} months"
    return "1 day" if days == 1 else f"{days} days"


def _sections(retention_days: int) -> list[tuple[str, list[str]]]:
    kept = kept_for(retention_days)
    return [
        ("Who is responsible for your answers", [
            "The NHS organisation that runs the survey is responsible for your answers. "
            "The law calls it the data controller. The chat tells you its name at the start.",
            "Sounding Board is the tool it uses to ask the questions.",
        ]),
        ("Why we ask", [
            "We ask young people what they think of NHS services. "
            "The NHS uses the answers to plan and improve those services.",
        ]),
        ("What the law says we can do", [
            "Involving the public in planning services is part of the NHS's job. "
            "So the law lets it use your answers for this (UK GDPR Article 6(1)(e), a public task).",
            "Some answers are about health. The law lets the NHS use those to run health "
            "services (UK GDPR Article 9(2)(h)).",
        ]),
        ("What we keep", [
            "We keep your answers, your age group and the first half of your postcode. "
            "We do not keep your name, phone number or chat id with them. "
            "Each person gets a code made of random-looking letters and numbers instead.",
            "Please don't write names or contact details in your answers. "
            "If you do, we try to take them out before saving.",
        ]),
        ("Who sees your answers", [
            "Staff at the organisation see the results. Small numbers are hidden. "
            "They can also download the answers to study them, but never your name, "
            "number or chat id.",
        ]),
        ("How long we keep them", [
            f"We delete your answers {kept} after you take part.",
        ]),
        ("Your rights", [
            "Taking part is your choice. You can stop at any time: send STOP.",
            'You can have your answers deleted: say "delete my answers" in the chat. '
            "Or contact the organisation and tell them the phone number you used. "
            "In the web chat, give them the reference shown when you finished.",
            "You can ask the organisation for a copy of what it holds about you, "
            "or ask it to correct it.",
            f"If you are unhappy with how we use your answers, you can complain to {ICO}.",
        ]),
    ]


def notice_page(version: str, retention_days: int) -> str:
    """The built-in privacy notice, a whole HTML page."""
    body = "".join(f"<h2>{escape(title)}</h2>" + "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
                   for title, paragraphs in _sections(retention_days))
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<title>Privacy notice</title></head><body>"
            "<main><h1>Sounding Board privacy notice</h1>"
            f"<p>Version {escape(version)}.</p>{body}</main></body></html>")


def notice_text(retention_days: int) -> str:
    """The page's words alone (for reading-age checks)."""
    return "\n".join(p for _, paragraphs in _sections(retention_days) for p in paragraphs)

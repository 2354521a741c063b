"""The "you said, we did" page of a published consultation, for the people who were asked.

Drawn from the snapshot stored when it was published (bot.reporting.publication):
small numbers hidden as on the dashboard, no breakdowns, no free text. Everything
escaped; charts are inline SVG (no script, nothing from elsewhere).
"""

from __future__ import annotations

from html import escape
from typing import Any, Dict

from bot.commissioner.charts import bar_chart
from bot.reporting import number_summaries
from bot.web.pages import document


def _question(q: Dict[str, Any], index: int, threshold: int) -> str:
    bars = [(str(o["label"]), o["count"]) for o in q["options"]]
    parts = [f'<section class="question"><h3>{escape(q["text"])}</h3>'
             f'<p>{escape(str(q["answered"]))} answered.</p>']
    parts.append(fft_sentence(q["summary"].get("positive_percent"), q["answered"], threshold))
    parts.append(_number_sentence(q["summary"], q.get("unit", "")))
    if bars:
        parts.append(bar_chart(f"pub-{index}", q["text"], bars, width=320, stacked=True))
    parts.append("</section>")
    return "".join(parts)


def fft_sentence(positive: Any, answered: Any, threshold: int) -> str:
    """The Friends and Family Test's % positive saying what it is a percentage of: how
    many answered (NHS England's base: every answer, "Don't know" too) and which answers
    count. Nothing when that number is hidden or under the threshold (the percentage is
    then not given either: a small base would let one person's answer be worked out)."""
    if positive is None or not isinstance(answered, int) or answered < max(threshold, 1):
        return ""
    return (f'<p>{positive:.0f}% of the {answered} people who answered said their experience '
            f'was good or very good (the Friends and Family Test: those who said '
            f'&ldquo;Very good&rdquo; or &ldquo;Good&rdquo;, out of everyone who answered, '
            f'including &ldquo;Don&rsquo;t know&rdquo;).</p>')


def _number_sentence(figures: Dict[str, Any], unit: str) -> str:
    """A number question's median and interquartile range in plain words (a summary
    published before these were kept has none: nothing is said)."""
    if not number_summaries.in_words(figures, unit):
        return ""
    after = f" {escape(unit)}" if unit else ""
    middle, low, high = (escape(str(figures[name])) for name in (
        number_summaries.MEDIAN, number_summaries.LOWER, number_summaries.UPPER))
    return (f'<p>The middle answer was {middle}{after}; half the answers were between {low} '
            f'and {high}{after}.</p>')


def published_page(found: Dict[str, Any], css: str) -> str:
    summary = found["summary"]
    body = (f'<h1>You said, we did: {escape(summary["title"])}</h1>'
            f'<p>{escape(str(summary["participations"]))} people took part '
            f'({escape(str(summary["completed"]))} answered every question). Numbers from 1 '
            f'to {escape(str(int(summary["threshold"]) - 1))}, and any that would give one '
            'away, are shown as * so nobody can be picked out.</p>'
            '<h2>What we did</h2>'
            + "".join(f"<p>{escape(p)}</p>" for p in found["we_did"].split("\n") if p.strip())
            + "<h2>You said</h2>"
            + "".join(_question(q, i, int(summary["threshold"]))
                      for i, q in enumerate(summary["questions"]))
            + f'<p>Published {escape(found["published_at"])}.</p>')
    return document(f'You said, we did: {summary["title"]}', css, found["organisation"], body,
                    "published")


def not_published_page(css: str) -> str:
    return document("Results not found", css, "Sounding Board", (
        "<h1>We couldn't find those results</h1><p>They may not have been published yet, or "
        "the link may be wrong. Please check the code on your invite or poster.</p>"),
                    "published")

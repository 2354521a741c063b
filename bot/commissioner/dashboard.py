"""Results pages. Every number comes from `service` (the functions the API serves)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Tuple
from urllib.parse import quote

from sanic import Blueprint, response
from sanic.request import Request

from bot.commissioner import service
from bot.commissioner.api import comment_filters
from bot.commissioner.charts import bar_chart, column_chart
from bot.commissioner.guard import Principal, requires
from bot.commissioner.html import e, message_page, page
from bot.commissioner.permissions import AUTHOR_SCRIPTS, READ, READ_AUDIT, can
from bot.db.models import utcnow
from bot.reporting import number_summaries
from bot.reporting.dates import day_text, moment_text

blueprint = Blueprint("dashboard")
DIMENSION_NAMES = {"channel": "Channel", "age_band": "Age band", "area": "Area"}
CHANNEL_NAMES = {"rest": "Web chat", "twilio": "SMS", "telegram": "Telegram"}  # not connectors
AREA_LEVELS = {  # what "Area" is, by detail["area_level"]
    "sub-ICB location": "Area: the NHS sub-ICB location of each postcode district (most of "
                        "its postcodes, from the ONS Postcode Directory).",
    "postcode district": "Area: the postcode district (no ONS lookup is loaded: "
                         "python -m bot areas load).",
}


def _pct(value: Any) -> str:
    return "–" if value is None else f"{value:.0f}%"


def _group(dimension: str, label: Any) -> str:
    """A breakdown's group as a reader knows it: channels by name ("SMS", not "twilio")."""
    return CHANNEL_NAMES.get(str(label), str(label)) if dimension == "channel" else str(label)


def _bars(chart_id: str, title: str, bars: List[Tuple[str, Any]]) -> str:
    """The chart twice: beside its labels for a wide screen or paper, labels above the bars
    for a phone (CSS shows one; the other is out of the page and the accessibility tree)."""
    return (f'<div class="chart-wide">{bar_chart(chart_id, title, bars)}</div>'
            f'<div class="chart-narrow">'
            f'{bar_chart(f"{chart_id}-narrow", title, bars, width=288, stacked=True)}</div>')


TOOK_PART, ANSWERED = "all who took part", "those who answered"


def rounding_note(percents: List[Any]) -> str:
    """Why a column of whole-number percentages of one whole adds up to 99% or 101%."""
    if not percents or any(not isinstance(p, (int, float)) for p in percents):
        return ""
    total = sum(round(p) for p in percents)
    if total == 100:
        return ""
    return f"Percentages are rounded to whole numbers, so they add up to {total}%, not 100%."


def _table(caption: str, rows: List[Dict[str, Any]], label: str = "Answer",
           of: str = ANSWERED, whole: bool = False) -> str:
    """Count and percentage; the percentage's heading names its base (`of`). The rows of
    a `whole` table are the whole of it (each person in one row), so it should add to 100%."""
    note = rounding_note([r["percent"] for r in rows]) if whole else ""
    note = f'<p class="hint">{e(note)}</p>' if note else ""
    body = "".join(f'<tr><th scope="row">{e(r["label"])}</th><td class="num">{e(r["count"])}</td>'
                   f'<td class="num">{_pct(r["percent"])}</td></tr>' for r in rows)
    return (f'<table><caption>{e(caption)}</caption><thead><tr><th scope="col">{e(label)}</th>'
            f'<th scope="col" class="num">Count</th><th scope="col" class="num">% of {e(of)}</th>'
            f'</tr>'
            f'</thead><tbody>{body}</tbody></table>{note}')


def _crosstab(question: Dict[str, Any], dimension: str) -> str:
    groups = question["breakdowns"][dimension]
    if not groups:
        return ""
    labels = [o["label"] for o in question["options"]]
    head = "".join(f'<th scope="col" class="num">{e(label)}</th>' for label in labels)
    rows = []
    for group in groups:
        cells = "".join(f'<td class="num">{e(o["count"])}</td>' for o in group["options"])
        rows.append(f'<tr><th scope="row">{e(_group(dimension, group["label"]))}</th>'
                    f'<td class="num">{e(group["answered"])}</td>{cells}</tr>')
    name = DIMENSION_NAMES[dimension]
    return (f'<table><caption>{e(question["key"])} by {e(name.lower())}</caption><thead><tr>'
            f'<th scope="col">{e(name)}</th><th scope="col" class="num">Answered</th>{head}'
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table>')


FIGURE_HEADINGS = {number_summaries.LOWER: "Lower quartile", number_summaries.MEDIAN: "Median",
                   number_summaries.UPPER: "Upper quartile"}


def _number_table(question: Dict[str, Any], dimension: str) -> str:
    """A number question's median and quartiles in each group; "–" where there are none
    (a group whose count is hidden)."""
    groups = question["breakdowns"][dimension]
    if not groups:
        return ""
    rows = []
    for group in groups:
        figures = group.get("summary") or {}
        cells = "".join(f'<td class="num">{e(figures.get(name, "–"))}</td>'
                        for name in FIGURE_HEADINGS)
        rows.append(f'<tr><th scope="row">{e(_group(dimension, group["label"]))}</th>'
                    f'<td class="num">{e(group["answered"])}</td>{cells}</tr>')
    name = DIMENSION_NAMES[dimension]
    unit = f' ({question["unit"]})' if question.get("unit") else ""
    head = "".join(f'<th scope="col" class="num">{heading}</th>'
                   for heading in FIGURE_HEADINGS.values())
    hint = ('<p class="hint">– : no figures for a group whose count is hidden.</p>'
            if any(not group.get("summary") for group in groups) else "")
    return (f'<table><caption>{e(question["key"])} by {e(name.lower())}: median and '
            f'interquartile range{e(unit)}</caption><thead><tr><th scope="col">{e(name)}</th>'
            f'<th scope="col" class="num">Answered</th>{head}</tr></thead><tbody>'
            f'{"".join(rows)}</tbody></table>{hint}')


def _timeline_table(timeline: Dict[str, Any]) -> str:
    """The numbers behind the columns (UK days, or weeks starting on a Monday)."""
    if not timeline["points"]:
        return ""
    period = timeline["period"]
    rows = "".join(f'<tr><th scope="row">{e(day_text(p["start"]))}</th><td class="num">{e(p["started"])}'
                   f'</td><td class="num">{e(p["completed"])}</td></tr>'
                   for p in timeline["points"])
    first = "Day (UK)" if period == "day" else "Week starting (Monday)"
    return (f'<table><caption>Started and completed per {e(period)}</caption><thead><tr>'
            f'<th scope="col">{first}</th><th scope="col" class="num">Started</th>'
            f'<th scope="col" class="num">Completed</th></tr></thead><tbody>{rows}</tbody>'
            f'<tfoot><tr><th scope="row">Total</th><td class="num">{e(timeline["started"])}</td>'
            f'<td class="num">{e(timeline["completed"])}</td></tr></tfoot></table>')


def _question(q: Dict[str, Any], index: int) -> str:
    parts = [f'<section class="question" aria-labelledby="q{index}"><h3 id="q{index}">'
             f'{e(q["text"])}</h3><p>Answered: <strong>{e(q["answered"])}</strong></p>']
    summary = q["summary"]
    if "positive_percent" in summary:
        parts.append(f'<p class="notice">Friends and Family Test: <strong>'
                     f'{_pct(summary["positive_percent"])}</strong> positive, <strong>'
                     f'{_pct(summary["negative_percent"])}</strong> negative (NHS England method: '
                     f'of all responses, including "Don\'t know").</p>')
    if q["type"] == "number":
        words = number_summaries.in_words(summary, q.get("unit", ""))
        if words:
            parts.append(f'<p>{e(words[:1].upper() + words[1:])}.</p>')
        for dimension in DIMENSION_NAMES:
            table = _number_table(q, dimension)
            if table:
                parts.append(f'<details><summary>By {e(DIMENSION_NAMES[dimension].lower())}'
                             f'</summary>{table}</details>')
    if q["options"]:
        bars = [(str(o["label"]), o["count"]) for o in q["options"]]
        parts.append(f'<figure>{_bars(f"chart-{index}", q["text"], bars)}'
                     f'<figcaption>{e(q["key"])}</figcaption></figure>')
        if q["type"] == "multi_choice":
            parts.append('<p>People could choose more than one answer, so the percentages add '
                         'up to more than 100%.</p>')
        parts.append(_table(f'{q["key"]}: counts', q["options"],
                            whole=q["type"] != "multi_choice"))
        for dimension in DIMENSION_NAMES:
            table = _crosstab(q, dimension)
            if table:
                parts.append(f'<details><summary>By {e(DIMENSION_NAMES[dimension].lower())}'
                             f'</summary>{table}</details>')
    parts.append("</section>")
    return "".join(parts)


@blueprint.get("/consultations")
@requires(READ)
async def consultation_list(request: Request, who: Principal) -> response.HTTPResponse:
    found = await service.run_db(request, service.consultation_list, who)
    rows = "".join(
        f'<tr><th scope="row"><a href="/consultations/{e(c["code"])}">{e(c["code"])}</a></th>'
        f'<td>{e(c["title"])}</td><td>{e(c["status"])}</td>'
        f'<td>{e(day_text(c["opens"]) or "when launched")}</td>'
        f'<td>{e(day_text(c["closes"]) or "when closed")}</td>'
        f'<td class="num">{e(c["participations"])}</td><td class="num">{e(c["completed"])}</td>'
        f'<td class="num">{_pct(c["completion_percent"])}</td></tr>' for c in found)
    body = (f'<p>Counts from 1 to {who.threshold - 1} are shown as *.</p>'
            f'<table><caption>Consultations of {e(who.organisation_name)}</caption><thead><tr>'
            f'<th scope="col">Code</th><th scope="col">Title</th><th scope="col">Status</th>'
            f'<th scope="col">Opens</th><th scope="col">Closes</th>'
            f'<th scope="col" class="num">Took part</th><th scope="col" class="num">Completed'
            f'</th><th scope="col" class="num">Completed (% of those who took part)</th>'
            f'</tr></thead><tbody>{rows}'
            f'</tbody></table>' if found else "<p>No consultations yet.</p>")
    return page(request, "Consultations", body)


def _number_rule(questions: List[Dict[str, Any]], threshold: int) -> str:
    """The rule for number answers, when there are any."""
    if not any(q["type"] == "number" for q in questions):
        return ""
    return " " + e(number_summaries.rule(threshold))


def _actions(who: Principal, c: Dict[str, Any]) -> str:
    code = e(c["code"])
    links = [f'<a href="/consultations/{code}/comments">What people wrote</a>',
             f'<a href="/api/v1/consultations/{code}/export/answers.csv">Answers (CSV)</a>',
             f'<a href="/api/v1/consultations/{code}/export/aggregates.csv">Counts (CSV)</a>']
    if can(who.role, AUTHOR_SCRIPTS):
        links += [f'<a href="/consultations/{code}/edit">Edit script</a>',
                  f'<a href="/consultations/{code}/launch">Launch, close or duplicate</a>',
                  f'<a href="/consultations/{code}/invitations">SMS invitations</a>']
    links.append(f'<a href="/consultations/{code}/launch-kit">Links, QR code and embed</a>')
    return '<ul class="actions">' + "".join(f"<li>{link}</li>" for link in links) + "</ul>"


@blueprint.get("/consultations/<code:str>")
@requires(READ)
async def results(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    try:
        detail = await service.run_db(request, service.audited("results", service.consultation_detail),
                                      who, code)
        questions = await service.run_db(request, service.question_results, who, code)
        timeline = await service.run_db(request, service.timeline, who, code)
        funnel = await service.run_db(request, service.funnel, who, code)
    except service.NotFound:
        return message_page(request, "Not found", "No consultation with that code.", 404)
    points = [(day_text(p["start"], short=True), p["started"], p["completed"])
              for p in timeline["points"]]
    if detail["status"] == "closed":
        dates = (f'Opened {e(day_text(detail["opens"]) or "–")}, closed '
                 f'{e(day_text(detail["closes"]) or "–")}.')
    else:
        dates = (f'Opens {e(day_text(detail["opens"]) or "when launched")}, closes '
                 f'{e(day_text(detail["closes"]) or "when closed")}.')
    title = f'{detail["code"]}: {detail["title"]}'
    # answers keep arriving: a printed copy says when its figures are from, in UK time
    parts = [f'<p>Results as at {e(moment_text(utcnow()))}.</p>'
             f'<p>Status: <strong>{e(detail["status"])}</strong>. {dates} Counts from 1 to '
             f'{who.threshold - 1}, and any that would give one away, are shown as *. A '
             f'percentage shown as – is not given: it would be worked out from a hidden count '
             f'(or out of none).{_number_rule(questions, who.threshold)}</p>',
             _actions(who, detail)]
    if detail["participations"] == 0:  # no empty charts and tables of headings alone
        parts.append('<p class="notice">Nobody has taken part yet. Results appear here as '
                     'answers arrive.</p>')
        return page(request, title, "".join(parts))
    parts += [f'<h2>Taking part</h2><p>Took part: <strong>{e(detail["participations"])}</strong>; '
             f'completed: <strong>{e(detail["completed"])}</strong> '
             f'({_pct(detail["completion_percent"])}).</p>',
             _table("Participations by status", detail["by_status"], "Status", TOOK_PART,
                    whole=True),
             f'<p>{e(AREA_LEVELS.get(detail.get("area_level", ""), ""))}</p>']
    for dimension, name in DIMENSION_NAMES.items():
        rows = [{**r, "label": _group(dimension, r["label"])}
                for r in detail["breakdowns"][dimension]]
        bars = [(str(r["label"]), r["count"]) for r in rows]
        parts.append(f'<figure>{_bars(f"who-{dimension}", f"Took part by {name}", bars)}'
                     f'<figcaption>By {e(name.lower())}</figcaption></figure>'
                     + _table(f"Took part by {name.lower()}", rows, name, TOOK_PART, whole=True))
    parts.append(f'<h2>Over time (per {e(timeline["period"])})</h2>'
                 + '<div class="chart-wide">'
                 + column_chart("timeline", "Started and completed over time", points)
                 + '</div><div class="chart-narrow">'
                 + column_chart("timeline-narrow", "Started and completed over time", points,
                                width=288, labels=3) + '</div>'
                 + _timeline_table(timeline))
    parts.append("<h2>Answers</h2>" + "".join(_question(q, i) for i, q in enumerate(questions)))
    parts.append("<h2>Where people stopped</h2>"
                 + _table("Last step before stopping (not completed)", funnel["stopped_after"],
                          "Step", TOOK_PART))
    reasks = [{"label": r["text"], "count": r["reasked"], "percent": r["reasked_percent"]}
              for r in funnel["reasks"]]
    parts.append("<h2>Questions asked again most</h2>" + _table(
        "Answers that needed asking again", reasks, "Question", "the question's answers"))
    return page(request, title, "".join(parts))


@blueprint.get("/consultations/<code:str>/comments")
@requires(READ)
async def comments(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    filters = comment_filters(request)
    if filters is None:
        return message_page(request, "Bad search", "Go back and search again.", 400)
    try:
        found = await service.run_db(request, service.audited("comments", service.free_text),
                                     who, code, *filters)
    except service.NotFound:
        return message_page(request, "Not found", "No consultation with that code.", 404)
    search, _, offset = filters
    items = "".join(f'<li><p>{e(c["text"])}</p><p class="hint">Question: {e(c["question"])}'
                    f'</p></li>'
                    for c in found["comments"])
    containing = f' containing "{e(search.strip())}"' if search.strip() else ""
    shown = f'{offset + 1}–{offset + len(found["comments"])} of {found["total"]}' if items else "none"
    more = (f'<p><a href="?q={quote(search)}&amp;offset={offset + 100}">Next 100</a></p>'
            if offset + 100 < found["total"] else "")
    body = (f'<form method="get"><label for="q">Search the words people wrote</label>'
            f'<input type="text" id="q" name="q" value="{e(search)}" maxlength="100"> '
            f'<button type="submit">Search</button></form>'
            f'<p>Free-text answers{containing}, names and contact details already taken out: '
            f'{e(shown)}.</p>'
            f'<ul class="comments">{items}</ul>{more}')
    return page(request, f"{code.upper()}: what people wrote", body)


@blueprint.get("/audit")
@requires(READ_AUDIT)
async def audit(request: Request, who: Principal) -> response.HTTPResponse:
    entries = await service.run_db(request, service.audit_log, who)
    rows = "".join(f'<tr><td>{e(moment_text(datetime.fromisoformat(x["at"])))}</td><td>{e(x["actor"])}</td>'
                   f'<td>{e(x["action"])}</td><td>{e(x["detail"])}</td></tr>' for x in entries)
    latest = "The latest entry" if len(entries) == 1 else f"The latest {len(entries)} entries"
    body = (f'<table><caption>{latest}</caption><thead><tr>'
            f'<th scope="col">When (UK time)</th><th scope="col">Who</th><th scope="col">What</th>'
            f'<th scope="col">Detail</th></tr></thead><tbody>{rows}</tbody></table>')
    return page(request, "Audit log", body)


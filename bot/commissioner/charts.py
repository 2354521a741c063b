"""Charts as SVG, drawn on the server (no script, no third-party request). Pure.

Each chart is an image with a title and a description for screen readers; the
page shows the same numbers in a table beside it. Hidden counts draw no bar and
say so. Colours: NHS Blue on white (contrast 6.5:1) and NHS dark grey text.
"""

from __future__ import annotations

from typing import Any, List, Sequence, Tuple

from bot.commissioner.html import e

BLUE, GREEN, TEXT, GRID = "#005eb8", "#007f3b", "#212b32", "#d8dde0"
Bar = Tuple[str, Any]  # label, count (or "*")


def _svg(chart_id: str, title: str, width: int, height: int, body: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" '
            f'height="{height}" viewBox="0 0 {width} {height}" '
            f'aria-labelledby="{chart_id}-t {chart_id}-d" focusable="false">'
            f'<title id="{chart_id}-t">{e(title)}</title>{body}</svg>')


def _description(chart_id: str, bars: Sequence[Bar]) -> str:
    parts = [f"{label}: {'hidden (small number)' if count == '*' else count}"
             for label, count in bars]
    return f'<desc id="{chart_id}-d">{e("; ".join(parts))}</desc>'


def bar_chart(chart_id: str, title: str, bars: Sequence[Bar], width: int = 640,
              stacked: bool = False) -> str:
    """Horizontal bars, one per label, longest at full width. `stacked` puts each label
    above its bar, so a narrow chart (a phone) keeps whole labels at a readable size."""
    label_width, row = (0, 46) if stacked else (230, 28)
    numbers = [c for _, c in bars if isinstance(c, int)]
    biggest = max(numbers, default=0) or 1
    room = width - label_width - 60
    rows: List[str] = [_description(chart_id, bars)]
    for i, (label, count) in enumerate(bars):
        y = i * row + 4
        limit = 40 if stacked else 32  # what fits a 320 px phone, or beside the bars
        short = label if len(str(label)) <= limit else str(label)[:limit - 1] + "…"
        if stacked:
            rows.append(f'<text x="0" y="{y + 13}" font-size="14" fill="{TEXT}">{e(short)}</text>')
            y += 18
        else:
            rows.append(f'<text x="{label_width - 8}" y="{y + 17}" text-anchor="end" '
                        f'font-size="13" fill="{TEXT}">{e(short)}</text>')
        if isinstance(count, int):
            length = max(1, round(room * count / biggest)) if count else 0
            rows.append(f'<rect x="{label_width}" y="{y + 3}" width="{length}" height="20" '
                        f'fill="{BLUE}"/>')
            rows.append(f'<text x="{label_width + length + 6}" y="{y + 17}" font-size="13" '
                        f'fill="{TEXT}">{count}</text>')
        else:
            rows.append(f'<text x="{label_width + 6}" y="{y + 17}" font-size="13" fill="{TEXT}">'
                        f'* (hidden)</text>')
    return _svg(chart_id, title, width, len(bars) * row + 8, "".join(rows))


def column_chart(chart_id: str, title: str, points: Sequence[Tuple[str, Any, Any]],
                 width: int = 640, height: int = 200, labels: int = 6) -> str:
    """Two columns a period (started, completed: solid and hatched); a hidden one is a "*"
    (the key says so). The page gives the same numbers in a table."""
    if not points:
        return ""
    numbers = [v for _, a, b in points for v in (a, b) if isinstance(v, int)]
    biggest = max(numbers, default=0) or 1
    plot = height - 40
    step = max(8.0, (width - 50) / len(points))
    body: List[str] = [_description(chart_id, [(f"{p} started", a) for p, a, _ in points]
                                    + [(f"{p} completed", b) for p, _, b in points])]
    # Completed columns are hatched as well as green: a greyscale print tells them apart.
    hatch = f"{chart_id}-hatch"
    completed_fill = f"url(#{hatch})"
    body.append(f'<defs><pattern id="{hatch}" width="6" height="6" patternUnits="userSpaceOnUse" '
                f'patternTransform="rotate(45)"><rect width="6" height="6" fill="{GREEN}"/>'
                f'<rect width="3" height="6" fill="#fff"/></pattern></defs>')
    body.append(f'<line x1="40" y1="{plot + 4}" x2="{width}" y2="{plot + 4}" stroke="{GRID}"/>')
    body.append(f'<text x="36" y="14" text-anchor="end" font-size="11" fill="{TEXT}">'
                f'{biggest}</text>')
    for i, (label, started, completed) in enumerate(points):
        x = 44 + i * step
        for offset, value, series, colour in ((0, started, "started", BLUE),
                                              (step / 2 - 1, completed, "completed",
                                               completed_fill)):
            if value == "*":  # hidden: marked, so it does not look like none
                body.append(f'<text x="{x + offset:.1f}" y="{plot}" font-size="13" '
                            f'fill="{TEXT}">*</text>')
            elif isinstance(value, int) and value:
                h = max(1, round(plot * value / biggest))
                body.append(f'<rect data-series="{series}" x="{x + offset:.1f}" '
                            f'y="{plot + 4 - h}" width="{max(2.0, step / 2 - 2):.1f}" '
                            f'height="{h}" fill="{colour}"/>')
        # at most `labels` dates, never overlapping, none cut off at the edge (11 px text)
        if i % max(1, -(-len(points) // labels)) == 0 and x + 6.5 * len(str(label)) <= width:
            body.append(f'<text x="{x:.1f}" y="{height - 18}" font-size="11" fill="{TEXT}">'
                        f'{e(label)}</text>')
    body.append(f'<rect x="44" y="{height - 12}" width="10" height="10" fill="{BLUE}"/>'
                f'<text x="58" y="{height - 3}" font-size="11" fill="{TEXT}">started</text>'
                f'<rect x="124" y="{height - 12}" width="10" height="10" fill="{completed_fill}" '
                f'stroke="{GREEN}"/>'
                f'<text x="138" y="{height - 3}" font-size="11" fill="{TEXT}">completed</text>')
    if any(v == "*" for _, a, b in points for v in (a, b)):
        body.append(f'<text x="214" y="{height - 3}" font-size="11" fill="{TEXT}">'
                    f'* hidden</text>')
    return _svg(chart_id, title, width, height, "".join(body))

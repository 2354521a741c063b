"""The series a PromQL expression reads: each selector's metric name and label matchers.
Enough of PromQL for our rules (no parser for it ships with Python): what is not a
selector is dropped first (strings outside braces, ranges, offsets, numbers, the label
lists of by/without/on/ignoring/group_*), then every name not called as a function or
aggregation, and not a keyword, is a metric."""

from __future__ import annotations

import re
from typing import List, NamedTuple

KEYWORDS = {"and", "or", "unless", "by", "without", "on", "ignoring", "group_left",
            "group_right", "offset", "bool", "inf", "nan"}
_BRACES_OR_STRING = re.compile(r"(\{[^}]*\})|\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'")
_LABEL_LIST = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_MATCHER = re.compile(r'([a-zA-Z_]\w*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"')
_SELECTOR = re.compile(r"(?<![\w.:])([a-zA-Z_:][\w:]*)\s*(\{[^}]*\})?(\s*\()?")


class Matcher(NamedTuple):
    label: str
    op: str
    value: str


class Selector(NamedTuple):
    metric: str
    matchers: List[Matcher]


def selectors(expr: str) -> List[Selector]:
    """Every series selector in `expr`, in order."""
    text = _BRACES_OR_STRING.sub(lambda m: m.group(1) or '""', expr)  # strings outside braces
    text = _LABEL_LIST.sub(" ", text)
    text = re.sub(r"\[[^\]]*\]", " ", text)  # ranges and subqueries
    text = re.sub(r"\boffset\s+-?\w+", " ", text)
    found = []
    for match in _SELECTOR.finditer(text):
        name, braces, call = match.groups()
        if call or name.lower() in KEYWORDS:
            continue
        matchers = [Matcher(*m) for m in _MATCHER.findall(braces or "")]
        found.append(Selector(name, matchers))
    return found


def metric_names(expr: str) -> List[str]:
    return [selector.metric for selector in selectors(expr)]

"""Checks for one question's details: its common fields, its type's fields, its show_if.

Each reader reports problems to the `Checker` and returns what it could read, so a
script with several mistakes gets them all reported in one go.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from bot.scripts import schema
from bot.scripts.questions import (
    DEFAULT_FREE_TEXT_LENGTH,
    DEFAULT_MAX_REASKS,
    FFT,
    FFT_OPTIONS,
    FFT_TEXT,
    FFT_WHY_TEXT,
    FREE_TEXT,
    MULTI_CHOICE,
    NUMBER,
    NUMBER_UNITS,
    SCALE,
    SINGLE_CHOICE,
    YES_NO,
    Question,
    ShowIf,
)
from bot.scripts.schema import (
    Checker,
    Node,
    as_number,
    as_text,
    did_you_mean,
    item_line,
    kind_of,
    said_alike,
)

YES_NO_OPTIONS = ("Yes", "No")


@dataclass(frozen=True)
class Scope:
    """What a question's show_if may refer to."""

    earlier: Mapping[str, Question | None]  # by id; None marks one with its own errors
    later: Sequence[str]  # ids of the questions after this one
    own_key: str | None


def fft_follow_up(fft: Question) -> Question:
    """The free-text "why?" the NHS asks after every FFT answer.

    It shares the FFT's show_if: if the FFT question is skipped, so is its "why".
    """
    return Question(
        key=f"{fft.key}_why",
        type=FREE_TEXT,
        text=FFT_WHY_TEXT,
        optional=True,
        show_if=fft.show_if,
        max_length=schema.FFT_WHY_MAX_LENGTH,
    )


def read_common(node: Node, checker: Checker, scope: Scope) -> dict[str, Any]:
    """The fields every type of question may have, as Question arguments."""
    reasks = checker.whole(node, "max_reasks", 0, schema.MAX_REASKS_LIMIT)
    common: dict[str, Any] = {
        "why": checker.text(node, "why", schema.MAX_QUESTION_TEXT) or "",
        "optional": bool(checker.boolean(node, "optional")),
        "max_reasks": DEFAULT_MAX_REASKS if reasks is None else reasks,
        "show_if": None,
    }
    if node.data.get("show_if") is not None:
        common["show_if"] = read_show_if(node, checker, scope)
    elif "show_if" in node.data:
        checker.error(node, "show_if", "is blank; remove it or add a condition")
    return common


def read_details(node: Node, checker: Checker, kind: str) -> dict[str, Any]:
    """Question arguments for this type: its text plus the type's own fields."""
    if kind == FFT:
        return _read_fft(node, checker)
    text = checker.text(node, "text", schema.MAX_QUESTION_TEXT, required=True)
    return {"text": text or "", **_TYPE_READERS[kind](node, checker)}


def _read_choice(node: Node, checker: Checker) -> dict[str, Any]:
    if not checker.required(node, "options"):
        return {}
    options = node.data["options"]
    if isinstance(options, (str, Mapping)) or not isinstance(options, Sequence):
        checker.error(node, "options", "must be a list, e.g. [GP surgery, Online, Nowhere]")
        return {}
    if not schema.MIN_OPTIONS <= len(options) <= schema.MAX_OPTIONS:
        checker.error(node, "options", f"needs {schema.MIN_OPTIONS} to {schema.MAX_OPTIONS} "
                      f"options, not {len(options)}")
    labels, aliases = _read_options(node.child("options"), checker)
    return {"options": labels, "aliases": aliases}


def _read_options(node: Node, checker: Checker) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """Labels in order, and any aliases (an option written as {label: ..., aliases: [...]})."""
    labels: list[str] = []
    aliases: dict[str, tuple[str, ...]] = {}
    seen: dict[tuple[str, ...], str] = {}
    for index, value in enumerate(node.data):
        line, name = item_line(node.data, index, node.line()), f"{node.path}[{index}]"
        if _colon_in_option(value):
            # "Yes: definitely" unquoted reads as a field 'Yes', not as an option.
            key, rest = next(iter(value.items()))
            checker.add(line, name, "an option with ': ' in it must be in quotes, "
                        f"e.g. \"{key}: {'' if rest is None else rest}\"")
            continue
        if isinstance(value, Mapping):
            value, others = _read_option_with_aliases(Node(value, name), checker)
            if value is not None and others:
                aliases[str(value).strip()] = others
            elif value is None:
                continue
        label = as_text(value)
        if not label:
            checker.add(line, name, f"each option must be some text, not {kind_of(value)}")
        elif len(label) > schema.MAX_OPTION_TEXT:
            checker.add(line, name, f"is {len(label)} characters long; "
                        f"options can be at most {schema.MAX_OPTION_TEXT}")
        elif schema.is_control_word(label) and checker.authoring:
            checker.add(line, name, schema.CONTROL_WORD_MESSAGE.format(name=label))
        elif checker.name_key(label) in seen:
            # Answers are matched by their words, so "Online" and "online!" would clash.
            checker.add(line, name, f"'{label}' is listed twice: replies can't tell it from "
                        f"'{seen[checker.name_key(label)]}' (capitals and punctuation are ignored)")
        else:
            seen[checker.name_key(label)] = label
            labels.append(label)
    _check_alias_clashes(node, checker, labels, aliases)
    return tuple(labels), aliases


def _colon_in_option(value: Any) -> bool:
    """A one-field mapping that is no try at 'label:' or 'aliases:' (not even misspelt)."""
    return (isinstance(value, Mapping) and len(value) == 1
            and not did_you_mean(next(iter(value)), schema.OPTION_FIELDS)
            and next(iter(value)) not in schema.OPTION_FIELDS)


def _read_option_with_aliases(node: Node, checker: Checker) -> tuple[Any, tuple[str, ...]]:
    checker.unknown_keys(node, schema.OPTION_FIELDS)
    if not checker.required(node, "label"):
        return None, ()
    value = node.data.get("aliases")
    if value is None:
        return node.data["label"], ()
    if isinstance(value, (str, Mapping)) or not isinstance(value, Sequence):
        checker.error(node, "aliases", "must be a list of other names, e.g. [chemist, Boots]")
        return node.data["label"], ()
    if len(value) > schema.MAX_ALIASES:
        checker.error(node, "aliases", f"can list at most {schema.MAX_ALIASES} names, "
                      f"not {len(value)}")
    found: list[str] = []
    for index, item in enumerate(value):
        alias = as_text(item)
        line, name = item_line(value, index, node.line("aliases")), f"{node.path}.aliases[{index}]"
        if not alias:
            checker.add(line, name, f"each alias must be some text, not {kind_of(item)}")
        elif len(alias) > schema.MAX_OPTION_TEXT:
            checker.add(line, name, f"is {len(alias)} characters long; "
                        f"aliases can be at most {schema.MAX_OPTION_TEXT}")
        elif schema.is_control_word(alias) and checker.authoring:
            checker.add(line, name, schema.CONTROL_WORD_MESSAGE.format(name=alias))
        else:
            found.append(alias)
    return node.data["label"], tuple(found)


def _check_alias_clashes(node: Node, checker: Checker, labels: Sequence[str],
                         aliases: Mapping[str, Sequence[str]]) -> None:
    """An alias that is another option's label or alias would make a reply mean two things."""
    owner: dict[tuple[str, ...], str] = {checker.name_key(label): label for label in labels}
    for label, names in aliases.items():
        for alias in names:
            key = checker.name_key(alias)
            if owner.get(key, label) != label:
                checker.add(node.line(), node.path, f"the alias '{alias}' of '{label}' is also "
                            f"used by '{owner[key]}'; a reply can only mean one option")
            owner.setdefault(key, label)


def _read_scale(node: Node, checker: Checker) -> dict[str, Any]:
    low, high = (checker.whole(node, key, -100, 100) if checker.required(node, key) else None
                 for key in ("min", "max"))
    if low is None or high is None:
        return {}
    if low >= high:
        checker.error(node, "max", f"must be bigger than min ({low})")
    elif high - low > schema.MAX_SCALE_STEPS:
        checker.error(node, "max", f"a scale can span at most {schema.MAX_SCALE_STEPS} "
                      f"(e.g. 0 to 10); {low} to {high} is too wide")
    else:
        labels = _read_labels(node, checker, range(low, high + 1))
        return {"minimum": low, "maximum": high, "labels": labels}
    return {}


def _read_labels(node: Node, checker: Checker, points: range) -> dict[int, str]:
    value = node.data.get("labels")
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        checker.error(node, "labels", "must be a set of point: label pairs, "
                      "e.g. {1: Very hard, 5: Very easy}")
        return {}
    labels: dict[int, str] = {}
    inner = node.child("labels")
    for point, label in value.items():
        if isinstance(point, str) and point.strip().lstrip("-").isdigit():
            checker.error(inner, point, f"'{point}' is in quotes; write the point as a plain "
                          f"number, e.g. {point.strip()}: {label}")
        elif isinstance(point, bool) or not isinstance(point, int) or point not in points:
            checker.error(inner, point, f"'{point}' is not a point on this scale "
                          f"({points.start} to {points.stop - 1})")
        elif label := checker.text(inner, point, schema.MAX_OPTION_TEXT, required=True):
            same = [other for other, text in labels.items() if said_alike(text) == said_alike(label)]
            if same and checker.authoring:  # a reply of it would be stored as the first
                checker.error(inner, point, f"'{label}' is also the label of {same[0]}; "
                              "a reply can only mean one point")
            labels[int(point)] = label
    return labels


def _read_number(node: Node, checker: Checker) -> dict[str, Any]:
    low, high = _number_field(node, checker, "min"), _number_field(node, checker, "max")
    if low is not None and high is not None and low >= high:
        checker.error(node, "max", f"must be bigger than min ({low})")
    unit = checker.one_of(node, "unit", NUMBER_UNITS)
    return {"minimum": low, "maximum": high, "unit": unit or ""}


def _number_field(node: Node, checker: Checker, key: str) -> float | None:
    value = node.data.get(key)
    if value is not None and as_number(value) is None:
        checker.error(node, key, f"must be a number, not {kind_of(value)}")
    return as_number(value)


def _read_free_text(node: Node, checker: Checker) -> dict[str, Any]:
    limit = checker.whole(node, "max_length", 1, schema.MAX_FREE_TEXT_LIMIT)
    return {"max_length": DEFAULT_FREE_TEXT_LENGTH if limit is None else limit}


def _read_yes_no(node: Node, checker: Checker) -> dict[str, Any]:
    return {"options": YES_NO_OPTIONS}


def _read_fft(node: Node, checker: Checker) -> dict[str, Any]:
    # The FFT wording is set nationally so results compare across the NHS;
    # writing it out is allowed, changing it is not.
    text = checker.text(node, "text", schema.MAX_QUESTION_TEXT)
    if text and " ".join(text.split()) != FFT_TEXT:
        checker.error(node, "text", "the Friends and Family Test wording is fixed by the "
                      f"NHS and can't be changed; remove 'text' (it is always "
                      f"\"{FFT_TEXT}\")")
    return {"text": FFT_TEXT, "options": FFT_OPTIONS}


_TYPE_READERS = {
    SINGLE_CHOICE: _read_choice,
    MULTI_CHOICE: _read_choice,
    SCALE: _read_scale,
    NUMBER: _read_number,
    FREE_TEXT: _read_free_text,
    YES_NO: _read_yes_no,
}


def read_show_if(parent: Node, checker: Checker, scope: Scope) -> ShowIf | None:
    """The question's condition, checked against the earlier question it depends on."""
    if not isinstance(parent.data["show_if"], Mapping):
        checker.error(parent, "show_if", "must be a condition, "
                      "e.g. {question: heard_of_service, equals: \"Yes\"}")
        return None
    node = parent.child("show_if")
    errors_before = len(checker.errors)
    checker.unknown_keys(node, schema.SHOW_IF_FIELDS)
    target = _show_if_target(node, checker, scope)
    if _has_one_condition(node, checker) and target is not None:
        condition = _read_condition(node, checker, target)
        if len(checker.errors) == errors_before:
            return ShowIf(question=target.key, **condition)
    return None


def _show_if_target(node: Node, checker: Checker, scope: Scope) -> Question | None:
    if not checker.required(node, "question"):
        return None
    ref = as_text(node.data["question"])
    if ref is None:
        checker.error(node, "question", "must be the id of an earlier question, not "
                      f"{kind_of(node.data['question'])}")
        return None
    if ref in scope.earlier:
        return scope.earlier[ref]  # None if broken: its own errors are already reported
    if ref == scope.own_key:
        message = "a question can't depend on its own answer"
    elif ref in scope.later:
        message = (f"'{ref}' is not asked until later; show_if can only use "
                   "the answer to an earlier question")
    else:
        hint = did_you_mean(ref, scope.earlier)
        message = f"there is no earlier question with id '{ref}'{hint}"
    checker.error(node, "question", message)
    return None


def _has_one_condition(node: Node, checker: Checker) -> bool:
    kinds = [names for names in (("equals",), ("any_of",), ("at_least", "at_most"))
             if any(name in node.data for name in names)]
    if len(kinds) != 1:
        problem = "needs a condition" if not kinds else "can only use one kind of condition"
        checker.add(node.line(), node.path,
                    f"{problem}: equals, any_of, or at_least/at_most")
    return len(kinds) == 1


def _read_condition(node: Node, checker: Checker, target: Question) -> dict[str, Any]:
    if target.type == FREE_TEXT:
        checker.error(node, "question", f"'{target.key}' is a free_text question; show_if "
                      "needs a question with set answers")
        return {}
    result: dict[str, Any] = {}
    for key in ("equals", "any_of", "at_least", "at_most"):
        if key not in node.data:
            continue
        if target.options and key in ("at_least", "at_most"):
            checker.error(node, key, f"only works with scale or number questions; "
                          f"'{target.key}' is {target.type}")
            continue
        check = _option_value if target.options else _number_value
        values = [check(checker, target, value, line, name)
                  for value, line, name in _condition_values(node, checker, key)]
        result[key] = tuple(values) if key == "any_of" else (values or [None])[0]
    low, high = result.get("at_least"), result.get("at_most")
    if low is not None and high is not None and low > high:
        checker.error(node, "at_most", f"must not be smaller than at_least ({low})")
    return result


def _condition_values(node: Node, checker: Checker, key: str) -> list[tuple[Any, int, str]]:
    """(value, line, field) for each value to check: one, or each item of any_of."""
    value = node.data[key]
    if key != "any_of":
        return [(value, node.line(key), node.name(key))]
    if isinstance(value, (str, Mapping)) or not isinstance(value, Sequence) or not value:
        checker.error(node, key, "must be a list of answers, e.g. [Online, GP surgery]")
        return []
    return [(item, item_line(value, index, node.line(key)), f"{node.name(key)}[{index}]")
            for index, item in enumerate(value)]


def _option_value(
    checker: Checker, target: Question, value: Any, line: int, name: str
) -> str | None:
    """The option label as written in the earlier question (matched ignoring case)."""
    text = (as_text(value) or "").casefold()
    for option in target.options:
        if option.casefold() == text:
            return option
    choices = ", ".join(f'"{option}"' for option in target.options)
    shown = f"'{value}'" if as_text(value) is not None else kind_of(value)
    checker.add(line, name, f"{shown} is not an answer to '{target.key}'; "
                f"use one of: {choices}")
    return None


def _number_value(
    checker: Checker, target: Question, value: Any, line: int, name: str
) -> float | None:
    number = as_number(value)
    low, high = target.minimum, target.maximum
    if number is None:
        checker.add(line, name, f"must be a number, not {kind_of(value)}")
    elif target.type == SCALE and number != int(number):
        checker.add(line, name, f"must be a whole number on the scale, not {number}")
    elif (low is not None and number < low) or (high is not None and number > high):
        checker.add(line, name, f"{number} is outside the answers '{target.key}' allows "
                    f"({_describe_range(low, high)})")
    else:
        return number
    return None


def _describe_range(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"{low} to {high}"
    return f"at least {low}" if low is not None else f"at most {high}"

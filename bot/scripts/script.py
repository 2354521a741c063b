"""Load a consultation script (YAML written by an NHS commissioner) and check it.

Pure: takes the YAML text, returns a `Script` or raises `ScriptInvalid` listing
every problem found, each with a line number and a plain-English message. The
format is documented in docs/scripts.md.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping, Sequence
from urllib.parse import urlsplit

from ruamel.yaml import YAML
from ruamel.yaml.constructor import DuplicateKeyError, RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from bot.scripts import schema
from bot.scripts.checks import Scope, fft_follow_up, read_common, read_details
from bot.scripts.questions import FFT, SCRIPT_TYPES, Question
from bot.scripts.schema import (
    Checker,
    Node,
    ScriptError,
    ScriptInvalid,
    as_text,
    as_whole,
    did_you_mean,
    item_line,
    kind_of,
)

__all__ = ["Script", "ScriptError", "ScriptInvalid", "fft_follow_up", "load_script"]


@dataclass(frozen=True)
class Script:
    code: str  # upper-cased, e.g. "MIND24"
    title: str
    organisation: str
    questions: tuple[Question, ...]  # includes the follow-up added after each FFT
    intro: str = ""
    closing: str = "Thank you for taking part."
    min_age: int = 0  # 0 = no minimum; else 13, 16 or 18
    ask_postcode_district: bool = True
    status: str = "draft"  # draft | live | closed
    opens: date | None = None
    closes: date | None = None
    notice_url: str = ""
    version: str = ""  # sha256 hex of the YAML text, to tie answers to the exact wording


def load_script(text: str, stored: bool = False) -> Script:
    """Parse and check a script; raises ScriptInvalid with every problem found.

    `stored`: the script was accepted when it was saved (see Checker.authoring)."""
    root = Node(_parse(text))
    checker = Checker(authoring=not stored)
    if checker.authoring:
        _check_characters(root.data, checker, "", 1, set())
    checker.unknown_keys(root, schema.TOP_LEVEL_FIELDS)
    fields = _read_top_level(root, checker)
    questions = _read_question_list(root, checker)
    if checker.errors:
        raise ScriptInvalid(checker.errors)
    # Blank optional fields fall back to the Script defaults.
    chosen = {key: value for key, value in fields.items() if value not in (None, "")}
    return Script(questions=questions, version=_version(text), **chosen)


# --- Reading the YAML -------------------------------------------------------


class _Constructor(RoundTripConstructor):
    """Keeps an impossible date such as 2026-02-30 as text.

    The stock constructor raises a bare ValueError with no line number; as text,
    the date check can report it on the right line.
    """

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return self.construct_scalar(node)


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)


def _version(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _parse(text: str) -> Any:
    """The top-level mapping, or ScriptInvalid with a single error."""
    if not isinstance(text, str):
        raise ScriptInvalid([ScriptError(1, "", "the script must be text")])
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > schema.MAX_SCRIPT_BYTES:
        # Rounded up: a script over the limit is never said to be at it.
        raise ScriptInvalid([ScriptError(1, "", f"the script is {-(-size // 1024)} KB; "
                                         f"the limit is {schema.MAX_SCRIPT_BYTES // 1024} KB")])
    yaml = YAML(typ="rt")  # round-trip mode keeps line numbers on every mapping and list
    yaml.Constructor = _Constructor
    try:
        data = yaml.load(text)
    except YAMLError as exc:
        raise ScriptInvalid([_yaml_error(exc, text)]) from None
    except Exception as exc:
        # Odd input (e.g. thousands of nested brackets) must still come back as
        # ScriptInvalid, never as a crash in the caller.
        message = f"the script can't be read ({type(exc).__name__})"
        raise ScriptInvalid([ScriptError(1, "", message)]) from None
    if data is None:
        raise ScriptInvalid([ScriptError(1, "", "the script is empty")])
    if not isinstance(data, Mapping):
        raise ScriptInvalid([ScriptError(1, "", "the script must be made of fields such as "
                                         f"'code: MIND24' and 'questions:', not {kind_of(data)}")])
    return data


# C0 and C1 control characters but tab and line breaks, and halves of a UTF-16 pair: the
# file's bytes can't hold them (the reader refuses those), but an escape in double quotes
# ("\0", "\e", "\uD800") writes them, and no SMS can carry them nor PostgreSQL store them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _check_characters(data: Any, checker: Checker, path: str, line: int,
                      seen: set[int]) -> None:
    """Every text in the script, keys too, free of control characters."""
    if isinstance(data, str):
        found = _CONTROL.search(data)
        if found:
            checker.add(line, path, "contains a character that can't be sent or stored "
                        f"(U+{ord(found.group()):04X}); remove it (in quotes, a '\\' "
                        "starts one)")
        return
    if id(data) in seen:  # an anchor used again: checked once
        return
    seen.add(id(data))
    if isinstance(data, Mapping):
        node = Node(data, path)
        for key, value in data.items():
            _check_characters(key, checker, node.name(key), node.line(key), seen)
            _check_characters(value, checker, node.name(key), node.line(key), seen)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            _check_characters(item, checker, f"{path}[{index}]", item_line(data, index, line),
                              seen)


def _yaml_error(exc: YAMLError, text: str) -> ScriptError:
    """The parser's complaint, on the parser's line."""
    line, hint = 1, ""
    if isinstance(exc, MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        problem = exc.problem or exc.context or "unexpected text"
        if not isinstance(exc, DuplicateKeyError):
            hint = ". Check the indentation, and that each field is written 'name: value'"
    elif isinstance(exc, ReaderError):
        line = text.count("\n", 0, max(exc.position, 0)) + 1
        problem = "it contains a character that isn't allowed (control codes or binary data)"
    else:
        problem = str(exc).splitlines()[0] if str(exc) else "unexpected text"
    return ScriptError(line, "", f"this is not valid YAML: {problem}{hint}")


# --- Top-level fields -------------------------------------------------------


def _read_top_level(root: Node, checker: Checker) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "code": _read_code(root, checker),
        "title": checker.text(root, "title", schema.MAX_NAME, required=True),
        "organisation": checker.text(root, "organisation", schema.MAX_NAME, required=True),
        "intro": checker.text(root, "intro", schema.MAX_BLURB),
        "closing": checker.text(root, "closing", schema.MAX_BLURB),
        "status": checker.one_of(root, "status", schema.STATUSES),
        "min_age": _read_min_age(root, checker),
        "notice_url": _read_notice_url(root, checker),
    }
    opens, closes = checker.day(root, "opens"), checker.day(root, "closes")
    if opens is not None and closes is not None and closes <= opens:
        checker.error(root, "closes", f"must be after the opening date ({opens.isoformat()})")
    fields.update(opens=opens, closes=closes)
    fields.update(_read_demographics(root, checker))
    return fields


def _read_code(root: Node, checker: Checker) -> str | None:
    if not checker.required(root, "code"):
        return None
    code = (as_text(root.data["code"]) or "").upper()
    if not schema.CODE_PATTERN.fullmatch(code):
        checker.error(root, "code", "must be 3 to 12 letters or digits, starting with a "
                      f"letter, e.g. MIND24 (not '{root.data['code']}')")
        return None
    if code in schema.SMS_KEYWORD_CODES and checker.authoring:
        checker.error(root, "code", f"'{code}' is a word texted to control messages (like "
                      "STOP and HELP), so texting it could not start the consultation; "
                      f"choose another code, e.g. {code[:8]}24")
        return None
    return code


def _read_min_age(root: Node, checker: Checker) -> int | None:
    value = root.data.get("min_age")
    if value is None:
        return None
    if as_whole(value) not in schema.MIN_AGES:
        allowed = ", ".join(str(age) for age in schema.MIN_AGES[1:])
        checker.error(root, "min_age", f"must be {allowed} or 0 for no minimum age "
                      f"(not '{value}'); ages must line up with the age bands")
        return None
    return as_whole(value)


def _read_notice_url(root: Node, checker: Checker) -> str | None:
    url = checker.text(root, "notice_url", schema.MAX_BLURB)
    if url and (not url.startswith("https://") or any(c.isspace() for c in url)
                or ("." not in _host(url) and checker.authoring)):
        # Sent to every patient before they agree: "https://" alone would be a dead link.
        checker.error(root, "notice_url", "must be a web address starting with https://, "
                      "e.g. https://www.example-icb.nhs.uk/privacy")
        return None
    return url


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:  # e.g. an unclosed "[" of an IPv6 address
        return ""


def _read_demographics(root: Node, checker: Checker) -> dict[str, bool]:
    """Whether the postcode district is asked. The age band is always asked (nobody under
    13 can consent, and every result is cut by age), so a list without it is refused
    rather than quietly asked anyway."""
    if "demographics" not in root.data:
        return {}  # the Script default: ask both
    value = root.data["demographics"]
    if isinstance(value, str) or not isinstance(value, Sequence):
        checker.error(root, "demographics", "must be a list: [age_band, postcode_district] "
                      "or [age_band]")
        return {}
    chosen = set()
    for index, item in enumerate(value):
        word = as_text(item)
        if word not in schema.DEMOGRAPHICS:
            checker.add(item_line(value, index, root.line("demographics")),
                        f"demographics[{index}]", f"'{item}' can't be asked; use age_band "
                        f"or postcode_district{did_you_mean(item, schema.DEMOGRAPHICS)}")
        chosen.add(word)
    if "age_band" not in chosen:
        checker.error(root, "demographics", "must include age_band: the age band is always "
                      "asked (nobody under 13 can take part, and results are cut by age)")
    return {"ask_postcode_district": "postcode_district" in chosen}


# --- The question list ------------------------------------------------------


def _read_question_list(root: Node, checker: Checker) -> tuple[Question, ...]:
    if not checker.required(root, "questions"):
        return ()
    items = root.data["questions"]
    if isinstance(items, (str, Mapping)) or not isinstance(items, Sequence):
        checker.error(root, "questions", "must be a list of questions, each starting '- id:'")
        return ()
    fewest, most = schema.MIN_QUESTIONS, schema.MAX_QUESTIONS
    if not fewest <= len(items) <= most:
        checker.error(root, "questions", f"must have {fewest} to {most} questions; "
                      f"this script has {len(items)}")
    return _read_questions(root.child("questions"), checker)


def _read_questions(node: Node, checker: Checker) -> tuple[Question, ...]:
    """Every question in order, with each FFT's follow-up inserted right after it."""
    ids = [item.get("id") if isinstance(item, Mapping) else None for item in node.data]
    earlier: dict[str, Question | None] = {}
    result: list[Question] = []
    for index, item in enumerate(node.data):
        path = f"{node.path}[{index}]"
        if not isinstance(item, Mapping):
            checker.add(item_line(node.data, index, 1), path, "each question must be a set "
                        f"of fields (id, type, text, ...), not {kind_of(item)}")
            continue
        # Ids still to come, so show_if can say "asked later" rather than "no such".
        later = [str(key) for key in ids[index + 1:] if isinstance(key, str)]
        question = _read_question(Node(item, path), checker, earlier, later)
        if question is None:
            continue
        added = [question, fft_follow_up(question)] if question.type == FFT else [question]
        for each in added:
            result.append(each)
            earlier[each.key] = each
    return tuple(result)


def _read_question(
    node: Node, checker: Checker, earlier: dict[str, Question | None], later: list[str]
) -> Question | None:
    """One question, or None if it has any problem (the problems are reported)."""
    errors_before = len(checker.errors)
    checker.unknown_keys(node, schema.QUESTION_FIELDS)
    key = _read_id(node, checker, earlier, later)
    kind = _read_type(node, checker)
    details: dict[str, Any] = {}
    if kind:
        _check_fields_fit_type(node, checker, kind)
        details = read_details(node, checker, kind)
    details.update(read_common(node, checker, Scope(earlier, later, key)))
    if key is None:
        return None
    # Remember the id even when the question is broken, so a later show_if says
    # nothing more about it rather than "no such question".
    earlier.setdefault(key, None)
    if kind is None or len(checker.errors) > errors_before:
        return None
    return Question(key=key, type=kind, **details)


def _read_id(
    node: Node, checker: Checker, earlier: Mapping[str, Any], later: list[str]
) -> str | None:
    if not checker.required(node, "id"):
        return None
    key = as_text(node.data["id"])
    if key is None or not schema.ID_PATTERN.fullmatch(key):
        checker.error(node, "id", "must be lower-case letters, digits and underscores, "
                      "starting with a letter, at most 40 characters (e.g. first_place)")
        return None
    if key in earlier:
        checker.error(node, "id", f"'{key}' is already used by an earlier question")
        return None
    follow_up = f"{key}_why"
    is_fft = _type_word(node.data.get("type")) == FFT
    if is_fft and (follow_up in earlier or follow_up in later):
        checker.error(node, "id", "the Friends and Family Test adds a follow-up question "
                      f"with id '{follow_up}', but another question already uses that id")
    elif is_fft and len(follow_up) > schema.MAX_ID and checker.authoring:
        # The follow-up's id is stored like any other (at most 40 characters).
        checker.error(node, "id", "the Friends and Family Test adds a follow-up question "
                      f"with id '{follow_up}', so its own id can be at most "
                      f"{schema.MAX_ID - len('_why')} characters")
    return key


def _read_type(node: Node, checker: Checker) -> str | None:
    if not checker.required(node, "type"):
        return None
    kind = _type_word(node.data["type"])
    if kind not in SCRIPT_TYPES:
        checker.error(node, "type", f"'{node.data['type']}' is not a question type; use one "
                      f"of: {', '.join(SCRIPT_TYPES)}{did_you_mean(kind, SCRIPT_TYPES)}")
        return None
    return kind


def _type_word(value: Any) -> str:
    """"Single_Choice " reads as single_choice: case and spacing are easy slips."""
    return (as_text(value) or "").lower()


def _check_fields_fit_type(node: Node, checker: Checker, kind: str) -> None:
    """A real field on the wrong type of question, e.g. 'options' on a scale."""
    for key in node.data:
        owners = [name for name, extras in schema.TYPE_FIELDS.items() if key in extras]
        if owners and key not in schema.TYPE_FIELDS[kind]:
            checker.error(node, key, f"'{key}' only applies to {' or '.join(owners)} "
                          f"questions, not {kind}")

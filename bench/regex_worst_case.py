"""Worst-case time of what reads a patient's raw reply: a catastrophically backtracking
pattern is a denial of service any patient can trigger with one message.

Run: .venv/bin/python bench/regex_worst_case.py [--top 3] [--repeat 2] [--limit-ms 50]
                                                [--skip-entry-points] [--skip-patterns]

Part 1, entry points. Each public function the engine or a channel calls with a reply's raw
text is fed adversarial replies (`adversarial`: long runs of one letter, of digits, of spaces,
digits between spaces, dots, dashes and commas, "a1a1…", "1 2 1 2…", "and and…", "or or…",
"not not…", "x,x,…", an option's label over and over, emoji, one long word, mixed scripts)
at the longest length a channel accepts (`MAX_ACCEPTED`: Telegram's 4,096 characters; SMS is
cut at 1,600, the web at 4,000) and at the answer parser's own cap (`MAX_REPLY_CHARS`, 2,000:
a longer reply to anything but a free-text question is refused before any matching):
`parse_answer` for every step of every consultation in data/consultations (consent, age band,
area and each question: single and multiple choice, number, yes/no, FFT, scale, free text),
`guesses.read_reply` after "Did you mean…?" and "Which one?", the SMS keyword and Telegram
command readers, consultation codes, delete requests, text normalisation, and crisis
wording and redaction (which have their own timing tests; redaction at 1,000 characters,
the longest free-text answer a script may allow, since only those are redacted). The
slowest inputs of each are printed with their time (the best of --repeat runs).

Part 2, patterns. Every module-level compiled pattern of bot/understanding, bot/trust,
bot/sms, bot/engine and bot/telegram (in containers too) is searched directly over the same
kinds of text, raw and as `prepare` makes it (what the parsers see), at n, 2n and 4n
characters (n = 1,024). Its growth exponent is the smaller of log2(t(2n) / t(n)) and
log2(t(4n) / t(2n)): 1 is linear, 2 is quadratic. A pattern is flagged when it is above
1.5 and t(4n) is over 1 ms (below that the clock's noise decides), or when one search takes
over --limit-ms. A pattern only ever matched at one place (`fullmatch`, `match`) or only
given prepared text can be flagged here and still be linear where it is used: part 1 is
what a patient meets.

Exit status 1 when an entry point takes over --limit-ms x 10 on one input (the unit test's
bound, tests/unit/test_parser_worst_case.py) or raises, 0 otherwise; flagged patterns are
printed, not failed, for the reason above.
"""

from __future__ import annotations

import argparse
import importlib
import math
import pkgutil
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine import guesses  # noqa: E402
from bot.engine.flow import steps  # noqa: E402
from bot.engine.start import candidate_codes  # noqa: E402
from bot.engine.turns import Guess  # noqa: E402
from bot.scripts.questions import MULTI_CHOICE, Question  # noqa: E402
from bot.scripts.schema import MAX_FREE_TEXT_LIMIT  # noqa: E402
from bot.scripts.script import load_script  # noqa: E402
from bot.sms.keywords import keyword  # noqa: E402
from bot.telegram.commands import command  # noqa: E402
from bot.telegram.render import MAX_TEXT  # noqa: E402
from bot.trust.erasure import is_delete_request  # noqa: E402
from bot.trust.redaction import redact  # noqa: E402
from bot.trust.safeguarding import detect_concern  # noqa: E402
from bot.trust.text_forms import emoji_words, plain_latin  # noqa: E402
from bot.understanding.parsing import MAX_REPLY_CHARS, parse_answer  # noqa: E402
from bot.understanding.text import prepare  # noqa: E402

EXAMPLES = ROOT / "data" / "consultations"
# The longest message any channel hands on: Telegram's 4,096 (SMS: Twilio's 1,600; the web
# and REST channel: 4,000, credentials.yml).
MAX_ACCEPTED = MAX_TEXT
PATTERN_PACKAGES = ("bot.understanding", "bot.trust", "bot.sms", "bot.engine", "bot.telegram")
# The repeating units of the adversarial replies, by name.
UNITS: Dict[str, str] = {
    "letters": "a", "digits": "1", "spaces": " ", "digits spaced": "1 ", "digits dotted": "1.",
    "digits dashed": "1-", "digits commas": "1,", "digits comma-spaced": "1, ",
    "digits plus": "1+", "a1": "a1", "1 2": "1 2 ", "1 to 2": "1 to 2 ", "1 or 2": "1 or ",
    "and": "and ", "or": "or ", "not": "not ", "no": "no ", "yes no": "yes no ", "x,": "x,",
    "x, ": "x, ", "letters spaced": "a ", "letters dotted": "a.", "letter dash": "a-",
    "question marks": "? ", "emoji": "\U0001f600", "emoji spaced": "\U0001f480 ",
    "mixed scripts": "a\u0431\u03b31 ", "accents": "e\u0301", "tabs and newlines": "\t\n",
    "i am": "i am ", "first then": "first then ", "but": "but ", "because": "because ",
    "not sure": "not sure ", "like everyone else": "like ", "apostrophes": "'",
}


def fill(unit: str, length: int) -> str:
    """`unit` repeated to exactly `length` characters."""
    return (unit * (length // len(unit) + 1))[:length]


def adversarial(length: int, labels: Sequence[str] = ()) -> Dict[str, str]:
    """Adversarial replies of exactly `length` characters, by name; `labels` adds an option's
    label (and its first word) over and over, and a list of them."""
    texts = {name: fill(unit, length) for name, unit in UNITS.items()}
    texts["one long word"] = fill("pharmacy", length - 1) + "!"
    texts["word then digits"] = "gp " + fill("9", length - 3)
    for label in labels:
        first = label.split()[0] if label.split() else label
        texts[f"label {label[:20]!r}"] = fill(label + " ", length)
        texts[f"label word {first[:20]!r}"] = fill(first + " ", length)
        texts[f"not label {label[:20]!r}"] = fill(f"not {label}, ", length)
    if labels:
        texts["labels listed"] = fill(", ".join(labels) + " and ", length)
    return texts


@dataclass(frozen=True)
class EntryPoint:
    name: str
    read: Callable[[str], Any]
    labels: Tuple[str, ...] = ()
    lengths: Tuple[int, ...] = (MAX_REPLY_CHARS, MAX_ACCEPTED)


def consultation_steps() -> List[Question]:
    """Every step of every example consultation (consent, age, area and the questions),
    loaded the way tests/unit/test_script.py loads them."""
    found: List[Question] = []
    for path in sorted(EXAMPLES.glob("*.yml")):
        found += steps(load_script(path.read_text(encoding="utf-8")))
    return found


def parse_point(question: Question) -> EntryPoint:
    """`parse_answer` for one question, as bot/engine/reply.py calls it."""
    return EntryPoint(f"parse_answer {question.type} {question.key}",
                      lambda text: parse_answer(question, text), question.options)


def guess_points(question: Question) -> List[EntryPoint]:
    """`guesses.read_reply` after "Which one?" (the first three options offered) and after
    "Did you mean…?" (the first option, or the first three of a multiple choice)."""
    offered = list(question.options[:3])
    choose = Guess("choose", offered)
    confirm = Guess("confirm", offered if question.type == MULTI_CHOICE else offered[0])
    return [EntryPoint(f"read_reply {guess.kind} {question.key}",
                       lambda text, g=guess: guesses.read_reply(question, g, text),
                       question.options)
            for guess in (choose, confirm)]


def answer_entry_points(questions: Sequence[Question] = ()) -> List[EntryPoint]:
    """The answer parser as the engine calls it (bot/engine/reply.py, guesses.py, start.py):
    every step of every example consultation (or of `questions`), and the replies to a
    guess wherever there are options to guess among."""
    points: List[EntryPoint] = []
    for question in questions or consultation_steps():
        points.append(parse_point(question))
        if len(question.options) >= 2:
            points += guess_points(question)
    return points


def other_entry_points() -> List[EntryPoint]:
    """The other readers of a raw reply: channels' keywords and commands, codes, delete
    requests, normalisation, crisis wording and redaction."""
    both = (MAX_ACCEPTED,)
    return [
        EntryPoint("sms keyword", keyword, lengths=both),
        EntryPoint("telegram command", command, lengths=both),
        EntryPoint("telegram command /start", lambda text: command("/start " + text),
                   lengths=both),
        EntryPoint("candidate_codes", candidate_codes, lengths=both),
        EntryPoint("is_delete_request", is_delete_request, lengths=both),
        EntryPoint("prepare", prepare, lengths=both),
        EntryPoint("plain_latin", plain_latin, lengths=both),
        EntryPoint("emoji_words", emoji_words, lengths=both),
        EntryPoint("detect_concern", detect_concern, lengths=both),
        # Only a free-text answer is redacted, when it is stored (bot/engine/reply.py).
        EntryPoint("redact", redact, lengths=(MAX_FREE_TEXT_LIMIT,)),
    ]


def timed(read: Callable[[str], Any], text: str, repeat: int) -> float:
    """The best of `repeat` runs, in seconds; an exception propagates."""
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        read(text)
        best = min(best, time.perf_counter() - start)
    return best


def entry_point_times(point: EntryPoint, repeat: int) -> List[Tuple[float, str]]:
    """(seconds, input) for every adversarial input at every length, slowest first; an
    input that raises is reported with an infinite time."""
    point.read("warm up")  # one-off compiles and caches are not the reply's cost
    results = []
    for length in point.lengths:
        for label, text in adversarial(length, point.labels).items():
            try:
                seconds = timed(point.read, text, repeat)
            except Exception as error:  # noqa: BLE001 - reported, then the exit status says so
                results.append((math.inf, f"{label} @ {length}: {type(error).__name__}"))
                continue
            results.append((seconds, f"{label} @ {length}"))
    return sorted(results, reverse=True)


def module_patterns(packages: Sequence[str] = PATTERN_PACKAGES) -> Dict[str, re.Pattern[str]]:
    """Every compiled pattern at module level in `packages`, also inside tuples, lists,
    sets and dict values (two levels), by a name saying where it is."""
    found: Dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()

    def collect(name: str, value: Any, depth: int) -> None:
        if isinstance(value, re.Pattern):
            if id(value) not in seen and isinstance(value.pattern, str):
                seen.add(id(value))
                found[name] = value
        elif depth < 2 and isinstance(value, (tuple, list, set, frozenset)):
            for index, item in enumerate(value):
                collect(f"{name}[{index}]", item, depth + 1)
        elif depth < 2 and isinstance(value, dict):
            for key, item in value.items():
                collect(f"{name}[{key!r}]", item, depth + 1)

    for package in packages:
        for info in pkgutil.iter_modules(importlib.import_module(package).__path__):
            module = importlib.import_module(f"{package}.{info.name}")
            for attribute, value in vars(module).items():
                collect(f"{module.__name__}.{attribute}", value, 0)
    return found


@dataclass(frozen=True)
class Growth:
    seconds: Tuple[float, ...]  # at n, 2n, 4n
    text: str  # which input

    @property
    def exponent(self) -> float:
        """The smaller of the two doublings' exponents: a pause of the shared machine in
        one run makes one doubling look steep, never both."""
        n, twice, four = (max(s, 1e-7) for s in self.seconds)
        return min(math.log2(twice / n), math.log2(four / twice))

    @property
    def superlinear(self) -> bool:
        return self.exponent > 1.5 and self.seconds[-1] > 0.001


def pattern_texts(length: int, labels: Sequence[str]) -> Iterator[Tuple[str, str]]:
    """(name, text): each adversarial reply raw, and as the parsers see it (`prepare`)."""
    for name, text in adversarial(length, labels).items():
        yield name, text
        ready = prepare(text)
        if ready:  # empty when the reply was only spaces
            yield f"{name}, prepared", ready


def pattern_growth(pattern: re.Pattern[str], labels: Sequence[str], base: int,
                   repeat: int) -> Growth:
    """The input on which a search by `pattern` is slowest at 4n, and its times at n, 2n,
    4n; an input is given up at 2n when its time there already shows it is linear and tiny."""
    worst = Growth((0.0, 0.0, 0.0), "")
    lengths = (base, 2 * base, 4 * base)
    texts = [dict(pattern_texts(length, labels)) for length in lengths]
    for name in texts[0]:
        seconds = tuple(timed(pattern.search, texts[k][name], repeat) for k in range(3))
        growth = Growth(seconds, name)
        if (growth.superlinear, growth.seconds[-1]) > (worst.superlinear, worst.seconds[-1]):
            worst = growth
    return worst


def all_labels(questions: Sequence[Question]) -> Tuple[str, ...]:
    return tuple(dict.fromkeys(label for q in questions for label in q.options))


def report_entry_points(top: int, repeat: int, limit: float) -> bool:
    """Part 1; True when every entry point stayed under `limit` seconds and none raised."""
    print(f"Entry points: adversarial replies at {MAX_REPLY_CHARS:,} (the parser's cap) and "
          f"{MAX_ACCEPTED:,} characters (the longest a channel accepts); best of {repeat}.")
    worst_overall: Tuple[float, str] = (0.0, "")
    within = True
    for point in answer_entry_points() + other_entry_points():
        results = entry_point_times(point, repeat)
        slowest = ", ".join(f"{label} {seconds * 1000:.1f} ms" for seconds, label in results[:top])
        print(f"  {point.name:<46} {slowest}")
        worst_overall = max(worst_overall, (results[0][0], f"{point.name}: {results[0][1]}"))
        within = within and results[0][0] <= limit
    print(f"Slowest of all: {worst_overall[1]}, {worst_overall[0] * 1000:.1f} ms "
          f"(bound {limit * 1000:.0f} ms)")
    return within


def report_patterns(top: int, repeat: int, limit: float, base: int) -> None:
    """Part 2: the slowest patterns, and every flagged one."""
    labels = all_labels(consultation_steps())
    patterns = module_patterns()
    print(f"\nPatterns: {len(patterns)} module-level patterns searched over adversarial text "
          f"at {base:,}, {2 * base:,} and {4 * base:,} characters (raw and prepared); "
          f"best of {repeat}.")
    rows = sorted(((pattern_growth(p, labels, base, repeat), name) for name, p in patterns.items()),
                  key=lambda row: row[0].seconds[-1], reverse=True)
    flagged = [(g, name) for g, name in rows if g.superlinear or g.seconds[-1] > limit]
    for growth, name in rows[:top] + [row for row in flagged if row not in rows[:top]]:
        mark = "SUPER-LINEAR" if growth.superlinear else ("SLOW" if growth.seconds[-1] > limit
                                                          else "")
        times = " / ".join(f"{s * 1000:.2f}" for s in growth.seconds)
        print(f"  {name:<58} {times} ms  exponent {growth.exponent:.2f}  "
              f"({growth.text}) {mark}")
    print(f"Flagged: {len(flagged)} of {len(patterns)} (exponent over 1.5 with over 1 ms at "
          f"{4 * base:,} characters, or over {limit * 1000:.0f} ms)")


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Part 1 times the entry points, part 2 each pattern; see the module's docstring.")
    parser.add_argument("--top", type=int, default=3, help="slowest inputs or patterns shown")
    parser.add_argument("--repeat", type=int, default=2, help="runs per input; the best counts")
    parser.add_argument("--limit-ms", type=float, default=50.0,
                        help="a pattern's budget for one search (entry points: 10 times it)")
    parser.add_argument("--base", type=int, default=MAX_ACCEPTED // 4,
                        help="n of the patterns' n, 2n, 4n")
    parser.add_argument("--skip-entry-points", action="store_true")
    parser.add_argument("--skip-patterns", action="store_true")
    args = parser.parse_args(argv)
    limit = args.limit_ms / 1000
    within = True
    if not args.skip_entry_points:
        within = report_entry_points(args.top, args.repeat, limit * 10)
    if not args.skip_patterns:
        report_patterns(args.top * 5, args.repeat, limit, args.base)
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

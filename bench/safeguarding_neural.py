"""Does a small neural classifier that reads word order beat the plain n-gram one on new
writers? (issue 8, question Q8-28, stop 28; a measurement, nothing here is wired in)

Run: .venv/bin/python bench/safeguarding_neural.py tests/data/safeguarding_heldout_v27.csv ...
     (~5 min on 2 cores; held-out files print figures only, never a phrase)

Stop 28 found the hard look-alikes the rules flag scored as crises by the n-gram net too
(bench/safeguarding_utility.py): an n-gram sees "suicidal" in "i'm not suicidal anymore" and in
"i'm suicidal" alike unless the exact run of words was learnt. The question, written before any
figure, is whether a reader of word order does better. Fixed first:

- Material, for both: bench/safeguarding_eval.TUNING (the phrase files and the spent blind sets
  v1-v26) but v25 and v26, which are the validation: each model's threshold is the score at
  which 5% of their look-alikes flag.
- Plain: Q8-27's classifier (bench/safeguarding_plain.py), unchanged.
- Neural (TensorFlow 2.12, Rasa's own dependency): the text as the detector's net reads it
  (``read_by_rules(text).cleaned``), its words (seen at least twice, at most 20,000; others one
  shared id), at most 60; embedding 64, a bidirectional GRU of 64 over the sequence, max over
  time, dense 64 (relu), dropout 0.3, sigmoid; Adam 1e-3, batch 64, 6 epochs, classes
  balanced, seeds 0.

Printed for the files given, pooled: each alone at its threshold; the shipped rules with each in
the net's place; and each at the shipped detector's false-alarm rate on those files (matched:
read off the files measured, so it judges nothing).
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.safeguarding_eval import TUNING, load  # noqa: E402
from bench.safeguarding_plain import fitted, report, scores, shipped  # noqa: E402
from bot.trust.safeguarding import read_by_rules  # noqa: E402

VALIDATION = {"safeguarding_heldout_v25.csv", "safeguarding_heldout_v26.csv"}
FALSE_ALARMS = 0.05
LONGEST, MOST_WORDS, EPOCHS = 60, 20_000, 6
Rows = list[tuple[str, str]]


def vocabulary(texts: list[str]) -> dict[str, int]:
    """word -> id (0 pads, 1 is every word not kept)."""
    counts = Counter(word for text in texts for word in text.split())
    kept = [word for word, n in counts.most_common(MOST_WORDS) if n >= 2]
    return {word: i + 2 for i, word in enumerate(kept)}


def encoded(texts: list[str], words: dict[str, int]) -> np.ndarray:
    out = np.zeros((len(texts), LONGEST), dtype="int32")
    for row, text in enumerate(texts):
        ids = [words.get(word, 1) for word in text.split()][:LONGEST]
        out[row, :len(ids)] = ids
    return out


def neural(rows: Rows):
    """The fitted network and its vocabulary."""
    import tensorflow as tf

    tf.keras.utils.set_random_seed(0)
    texts = [read_by_rules(text).cleaned for text, _ in rows]
    words = vocabulary(texts)
    labels = np.array([label != "none" for _, label in rows], dtype="float32")
    positive = labels.mean()
    model = tf.keras.Sequential([
        tf.keras.layers.Embedding(len(words) + 2, 64, mask_zero=True),
        tf.keras.layers.Bidirectional(tf.keras.layers.GRU(64, return_sequences=True)),
        tf.keras.layers.GlobalMaxPooling1D(),
        tf.keras.layers.Dense(64, activation="relu"),
        tf.keras.layers.Dropout(0.3),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=tf.keras.optimizers.Adam(1e-3), loss="binary_crossentropy")
    model.fit(encoded(texts, words), labels, batch_size=64, epochs=EPOCHS, verbose=0,
              class_weight={0: 0.5 / (1 - positive), 1: 0.5 / positive})
    return model, words


def neural_scores(trained, rows: Rows) -> np.ndarray:
    model, words = trained
    texts = [read_by_rules(text).cleaned for text, _ in rows]
    return model.predict(encoded(texts, words), batch_size=256, verbose=0)[:, 0]


def cut_at(score: np.ndarray, rows: Rows) -> float:
    """The score at which FALSE_ALARMS of the rows' look-alikes flag."""
    ordinary = [s for s, (_, label) in zip(score, rows, strict=True) if label == "none"]
    return float(np.quantile(ordinary, 1 - FALSE_ALARMS))


def main(argv: list[str]) -> int:
    training = [row for path in TUNING if path.name not in VALIDATION for row in load(path)]
    validation = [row for path in TUNING if path.name in VALIDATION for row in load(path)]
    measured = [Path(arg) for arg in argv[1:]]
    rows = [row for path in measured for row in load(path)]
    print(f"training {len(training)} phrases, validation {len(validation)}; "
          f"files: {', '.join(path.name for path in measured)} ({len(rows)} phrases)")
    shipped_alarms = shipped(rows)
    plain = fitted(training)
    cut = cut_at(scores(plain, validation), validation)
    print(f"plain: threshold {cut:.4f}")
    report("plain", scores(plain, rows), cut, rows, shipped_alarms)
    network = neural(training)
    cut = cut_at(neural_scores(network, validation), validation)
    print(f"neural: threshold {cut:.4f}")
    report("neural", neural_scores(network, rows), cut, rows, shipped_alarms)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

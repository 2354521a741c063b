"""The questions a consultation asks, as plain immutable values.

A script (YAML) becomes a list of `Question`s. The same type also describes the
questions the engine itself asks (consent, age band, postcode district), so one
parser and one renderer serve both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Sequence, Tuple

SINGLE_CHOICE = "single_choice"
MULTI_CHOICE = "multi_choice"
SCALE = "scale"
YES_NO = "yes_no"
NUMBER = "number"
FREE_TEXT = "free_text"
FFT = "fft"
# Engine-internal types: asked by the engine, not written by commissioners.
AGE_BAND = "age_band"
POSTCODE_DISTRICT = "postcode_district"

SCRIPT_TYPES = (SINGLE_CHOICE, MULTI_CHOICE, SCALE, YES_NO, NUMBER, FREE_TEXT, FFT)

# The NHS Friends and Family Test: wording and responses are fixed nationally.
FFT_TEXT = "Overall, how was your experience of our service?"
FFT_OPTIONS = (
    "Very good",
    "Good",
    "Neither good nor poor",
    "Poor",
    "Very poor",
    "Don't know",
)
FFT_POSITIVE = ("Very good", "Good")
FFT_NEGATIVE = ("Poor", "Very poor")
FFT_WHY_TEXT = "Please can you tell us why you gave your answer?"

# Age bands are fixed so that answers are comparable across consultations.
# (lower bound, upper bound or None, label)
AGE_BANDS: Tuple[Tuple[int, Optional[int], str], ...] = (
    (0, 12, "Under 13"),
    (13, 15, "13-15"),
    (16, 17, "16-17"),
    (18, 24, "18-24"),
    (25, 34, "25-34"),
    (35, None, "35 or over"),
)
AGE_BAND_LABELS = tuple(label for _, _, label in AGE_BANDS)

DEFAULT_MAX_REASKS = 2
# What a number question may count. Durations convert between each other; the rest
# are counts, and a duration is never a count ("2 weeks" is not "2 times").
DURATION_UNITS = ("minutes", "hours", "days", "weeks", "months", "years")
COUNT_UNITS = ("times", "people", "visits", "appointments", "items")
NUMBER_UNITS = DURATION_UNITS + COUNT_UNITS
DEFAULT_FREE_TEXT_LENGTH = 500


@dataclass(frozen=True)
class ShowIf:
    """Ask a question only when an earlier answer matches."""

    question: str
    equals: Optional[Any] = None
    any_of: Tuple[Any, ...] = ()
    at_least: Optional[float] = None
    at_most: Optional[float] = None


@dataclass(frozen=True)
class Question:
    """One question. `options` holds choice labels, in the order shown."""

    key: str
    type: str
    text: str
    options: Tuple[str, ...] = ()
    optional: bool = False
    show_if: Optional[ShowIf] = None
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    labels: Mapping[int, str] = field(default_factory=dict)
    max_length: int = DEFAULT_FREE_TEXT_LENGTH
    max_reasks: int = DEFAULT_MAX_REASKS
    why: str = ""
    # Other names a patient may use for an option: {label: ("chemist", "Boots")}.
    aliases: Mapping[str, Tuple[str, ...]] = field(default_factory=dict)
    unit: str = ""  # number questions: what is counted ("days", "times"); "" = a plain number

    @property
    def scale_points(self) -> Sequence[int]:
        if self.minimum is None or self.maximum is None:
            return ()
        return range(int(self.minimum), int(self.maximum) + 1)


def age_band_for(age: int) -> str:
    """The age band label containing a whole number of years."""
    for low, high, label in AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return label
    return AGE_BANDS[0][2]


def age_band_lower_bound(label: str) -> int:
    for low, _, band in AGE_BANDS:
        if band == label:
            return low
    raise KeyError(label)

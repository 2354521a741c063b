"""Postcode district -> ICB and sub-ICB location, from rows of the ONS Postcode Directory
(ONSPD, or the National Statistics Postcode Lookup, which has the same columns). Pure.

Columns as ONS names them (any case): `pcds` (the postcode, one space; or `pcd`, the
7-character form), `doterm` (empty while the postcode is live), `icb` (E54…, since the
ICBs began on 1 July 2022) and `sicbl` (the sub-ICB location, E38…; editions before the
November 2022 one called it `ccg`). Every other column is ignored. A district goes to
the ICB of most of its live postcodes, and to the sub-ICB location of most of those.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import DefaultDict, Dict, Iterable, List, Optional, Sequence, Tuple

ENGLISH_ICB = re.compile(r"E54\d{6}")
ENGLISH_SUB_ICB = re.compile(r"E38\d{6}")
DISTRICT = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?")
SUB_ICB_COLUMNS = ("sicbl", "ccg")  # the current name first
POSTCODE_COLUMNS = ("pcds", "pcd")
NAME_CODE = re.compile(r"(ICB|SICBL|LOC|CCG)\d{2}CD")


class DirectoryError(ValueError):
    """The file is not an ONS Postcode Directory we can read; the message says why."""


@dataclass(frozen=True)
class Columns:
    postcode: int
    terminated: int
    icb: int
    sub_icb: int


@dataclass(frozen=True)
class DistrictArea:
    district: str
    icb: str
    sub_icb: str
    postcodes: int  # live postcodes in the district (any country)
    icb_share: float  # the share of them in `icb`


@dataclass
class Tally:
    """Live postcodes per district, by (ICB, sub-ICB location); what was read."""

    rows: int = 0
    live: int = 0
    places: DefaultDict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))


def columns(header: Sequence[str]) -> Columns:
    """Where the columns we need are, or a clear error naming the one missing."""
    names = [name.strip().lstrip("\ufeff").lower() for name in header]

    def first(wanted: Sequence[str], what: str) -> int:
        for name in wanted:
            if name in names:
                return names.index(name)
        raise DirectoryError(f"no {' or '.join(wanted)} column ({what}): is this the ONS "
                             "Postcode Directory (ONSPD) CSV, from November 2022 or later?")

    return Columns(first(POSTCODE_COLUMNS, "the postcode"),
                   first(("doterm",), "the date a postcode ended"),
                   first(("icb",), "Integrated Care Board, in editions since July 2022"),
                   first(SUB_ICB_COLUMNS, "sub-ICB location"))


def district_of(postcode: str) -> Optional[str]:
    """The outward code ("LS6" of "LS6 1AN", also of the 7-character "LS6 1AN"/"M1  1AE")."""
    squeezed = postcode.strip().upper().replace(" ", "")
    if len(squeezed) < 5:
        return None
    outward = squeezed[:-3]
    return outward if DISTRICT.fullmatch(outward) else None


def count(rows: Iterable[Sequence[str]], where: Columns, tally: Tally) -> Tally:
    """Add the live postcodes of `rows` (the header already read) to `tally`."""
    widest = max(where.postcode, where.terminated, where.icb, where.sub_icb)
    for row in rows:
        tally.rows += 1
        if len(row) <= widest or row[where.terminated].strip():
            continue  # short line, or a postcode no longer in use
        district = district_of(row[where.postcode])
        if district is None:
            continue
        tally.live += 1
        tally.places[district][(row[where.icb].strip(), row[where.sub_icb].strip())] += 1
    return tally


def majority(district: str, places: Counter) -> Optional[DistrictArea]:
    """The ICB (and sub-ICB location within it) of most live postcodes; None when most
    are outside England. Ties go to the lower code, so a load is repeatable."""
    total = sum(places.values())
    by_icb: Counter = Counter()
    for (icb, _), n in places.items():
        by_icb[icb] += n
    icb, n = min(by_icb.items(), key=lambda item: (-item[1], item[0]))
    if not ENGLISH_ICB.fullmatch(icb):
        return None
    within = [(sub, m) for (i, sub), m in places.items() if i == icb]
    sub_icb = min(within, key=lambda item: (-item[1], item[0]))[0]
    if not ENGLISH_SUB_ICB.fullmatch(sub_icb):
        return None
    return DistrictArea(district, icb, sub_icb, total, round(n / total, 4))


def district_areas(tally: Tally) -> List[DistrictArea]:
    found = (majority(district, places) for district, places in sorted(tally.places.items()))
    return [area for area in found if area is not None]


def names(header: Sequence[str], rows: Iterable[Sequence[str]]) -> Dict[str, str]:
    """Code -> name from an ONS names and codes file (ICB23CD, ICB23NM…; SICBL…); empty
    when the header is not one of those."""
    upper = [name.strip().lstrip("\ufeff").upper() for name in header]
    pairs: List[Tuple[int, int]] = []
    for index, name in enumerate(upper):
        if NAME_CODE.fullmatch(name) and name[:-2] + "NM" in upper:
            pairs.append((index, upper.index(name[:-2] + "NM")))
    found: Dict[str, str] = {}
    for row in rows:
        for code_at, name_at in pairs:
            if max(code_at, name_at) < len(row) and row[code_at].strip():
                found[row[code_at].strip()] = row[name_at].strip()[:200]
    return found


def split_districts(areas: Iterable[DistrictArea]) -> int:
    """How many districts are shared between ICBs (the majority was kept)."""
    return sum(1 for area in areas if area.icb_share < 1)


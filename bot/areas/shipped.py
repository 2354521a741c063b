"""The postcode district -> ICB / sub-ICB lookup for England shipped in the repository
(`data/areas/england_postcode_districts.csv`): one row per district with the columns of the
`postcode_district_area` table. Built once by hand (`python -m bot.areas.build_england`, see
data/areas/README.md); read here. Pure, apart from where the file is.

Its vintage is fixed: postcodes of May 2022, on 2011 LSOAs, in the ICBs and sub-ICB
locations of July 2022. Loading the current ONS Postcode Directory replaces it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Sequence, Set, Tuple

from bot.areas import onspd

HEADER = ("district", "icb_code", "icb_name", "sub_icb_code", "sub_icb_name", "postcodes",
          "icb_share")
PATH = Path(__file__).resolve().parents[2] / "data" / "areas" / "england_postcode_districts.csv"
VINTAGE = "ONS postcodes May 2022 on 2011 LSOAs, ICB and SICBL July 2022"
SOURCE_PREFIX = "shipped "  # what `source` starts with when this file was loaded


def source(path: Path) -> str:
    """What the table's `source` says after loading this file."""
    return f"{SOURCE_PREFIX}{path.name} ({VINTAGE})"


def is_shipped_source(stored: str) -> bool:
    return stored.startswith(SOURCE_PREFIX)


def is_shipped(header: Sequence[str]) -> bool:
    return tuple(name.strip().lstrip("\ufeff").lower() for name in header) == HEADER


def rows(areas: Iterable[onspd.DistrictArea], known: Dict[str, str]) -> Iterator[List[str]]:
    """The file's lines after the header; every area must have both its names."""
    for a in areas:
        yield [a.district, a.icb, known[a.icb], a.sub_icb, known[a.sub_icb], str(a.postcodes),
               f"{a.icb_share:g}"]


def parse(lines: Iterable[Sequence[str]]) -> Tuple[List[onspd.DistrictArea], Dict[str, str]]:
    """Areas and names from the lines after the header, each checked: a damaged or edited
    file is refused with the line it went wrong on, never half loaded."""
    areas: List[onspd.DistrictArea] = []
    known: Dict[str, str] = {}
    seen: Set[str] = set()
    for number, line in enumerate(lines, start=2):
        try:
            areas.append(_area(line, known, seen))
        except ValueError as error:
            raise onspd.DirectoryError(f"line {number}: {error}") from None
    if not areas:
        raise onspd.DirectoryError("no district in the file")
    return areas, known


def _area(line: Sequence[str], known: Dict[str, str], seen: Set[str]) -> onspd.DistrictArea:
    if len(line) != len(HEADER):
        raise ValueError(f"{len(line)} fields, expected {len(HEADER)}")
    district, icb, icb_name, sub_icb, sub_icb_name, postcodes, share = (f.strip() for f in line)
    if not onspd.DISTRICT.fullmatch(district) or district in seen:
        raise ValueError(f"{district!r} is not a postcode district, or is there twice")
    seen.add(district)
    if not onspd.ENGLISH_ICB.fullmatch(icb) or not onspd.ENGLISH_SUB_ICB.fullmatch(sub_icb):
        raise ValueError(f"{icb!r} / {sub_icb!r} are not an ICB (E54…) and a sub-ICB "
                         "location (E38…)")
    for code, name in ((icb, icb_name), (sub_icb, sub_icb_name)):
        if not name or known.setdefault(code, name[:200]) != name[:200]:
            raise ValueError(f"{code} has no name, or two")
    if not postcodes.isdigit() or int(postcodes) == 0:
        raise ValueError(f"postcodes {postcodes!r} is not a count")
    fraction = float(share)
    if not 0 < fraction <= 1:
        raise ValueError(f"icb_share {share!r} is not in (0, 1]")
    return onspd.DistrictArea(district, icb, sub_icb, int(postcodes), fraction)

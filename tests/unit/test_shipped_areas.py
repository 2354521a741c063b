"""The postcode district -> ICB / sub-ICB lookup shipped in data/areas: the file is whole and
says what a commissioner would expect of their own patch; a damaged copy is refused; and
the build's join (ONS postcodes -> 2011 LSOA -> sub-ICB location) feeds the same majority
rule as the ONS directory."""

from __future__ import annotations

import csv
from collections import Counter
from typing import List, Sequence, Tuple

import pytest

from bot.areas import build_england, onspd, shipped


def shipped_file() -> Tuple[List[str], List[List[str]]]:
    with shipped.PATH.open(encoding="utf-8", newline="") as f:
        lines = list(csv.reader(f))
    return lines[0], lines[1:]


def test_the_shipped_file_is_whole() -> None:
    header, lines = shipped_file()
    assert shipped.is_shipped(header)
    areas, known = shipped.parse(lines)  # every line checked: codes, names, counts, shares
    assert len(areas) >= 2200
    assert len({a.icb for a in areas}) == 42  # the ICBs of July 2022
    assert len({a.sub_icb for a in areas}) == 106  # and their sub-ICB locations
    assert all(0 < a.icb_share <= 1 for a in areas)
    icb_of_sub = {(a.sub_icb, a.icb) for a in areas}
    assert len(icb_of_sub) == 106  # each sub-ICB location inside one ICB
    assert all(known[a.icb].startswith("NHS ") and known[a.icb].endswith("Integrated Care Board")
               and known[a.sub_icb].startswith("NHS ") and " ICB - " in known[a.sub_icb]
               for a in areas)
    assert 200_000 < shipped.PATH.stat().st_size < 400_000  # small enough to ship


@pytest.mark.parametrize("district, icb, icb_name, sub_icb_name, whole", [
    ("LS6", "E54000054", "NHS West Yorkshire Integrated Care Board",
     "NHS West Yorkshire ICB - 15F", True),  # Leeds
    ("M1", "E54000057", "NHS Greater Manchester Integrated Care Board",
     "NHS Greater Manchester ICB - 14L", True),  # Manchester
    ("B1", "E54000055", "NHS Birmingham and Solihull Integrated Care Board",
     "NHS Birmingham and Solihull ICB - 15E", True),
    ("NE1", "E54000050", "NHS North East and North Cumbria Integrated Care Board",
     "NHS North East and North Cumbria ICB - 13T", True),  # Newcastle
    ("TR1", "E54000036", "NHS Cornwall and the Isles of Scilly Integrated Care Board",
     "NHS Cornwall and the Isles of Scilly ICB - 11N", True),  # Truro
    # Worksop: mostly Bassetlaw (Nottinghamshire), partly Rotherham (South Yorkshire)
    ("S81", "E54000060", "NHS Nottingham and Nottinghamshire Integrated Care Board",
     "NHS Nottingham and Nottinghamshire ICB - 02Q", False),
    # Oswestry: Shropshire, with Welsh postcodes in the district too
    ("SY10", "E54000011", "NHS Shropshire, Telford and Wrekin Integrated Care Board",
     "NHS Shropshire, Telford and Wrekin ICB - M2L0M", False),
])
def test_districts_a_commissioner_would_check(district: str, icb: str, icb_name: str,
                                              sub_icb_name: str, whole: bool) -> None:
    areas, known = shipped.parse(shipped_file()[1])
    area = next(a for a in areas if a.district == district)
    assert (area.icb, known[area.icb], known[area.sub_icb]) == (icb, icb_name, sub_icb_name)
    assert (area.icb_share == 1) == whole
    assert area.icb_share > 0.5 and area.postcodes > 100


def test_districts_mostly_in_wales_or_scotland_are_not_in_it() -> None:
    districts = {a.district for a in shipped.parse(shipped_file()[1])[0]}
    assert not districts & {"CF10", "LL11", "EH1", "G1", "BT1"}
    assert {"CH1", "TD15", "NP16"} - districts == {"NP16"}  # Chester, Berwick in; Chepstow out


GOOD = ["LS6", "E54000054", "NHS West Yorkshire Integrated Care Board", "E38000225",
        "NHS West Yorkshire ICB - 15F", "877", "1"]


def changed(**fields: str) -> List[str]:
    line = dict(zip(shipped.HEADER, GOOD, strict=True))
    line.update(fields)
    return list(line.values())


@pytest.mark.parametrize("lines, message", [
    ([GOOD[:-1]], "line 2: 6 fields, expected 7"),
    ([changed(district="LS6 1AN")], "not a postcode district"),
    ([GOOD, changed(icb_share="0.9")], "line 3: 'LS6' is not a postcode district, or is there"),
    ([changed(icb_code="W11000028")], "are not an ICB (E54…)"),
    ([changed(sub_icb_code="E54000054")], "are not an ICB (E54…)"),
    ([changed(icb_name="")], "E54000054 has no name"),
    ([GOOD, changed(district="LS7", sub_icb_name="Leeds")], "line 3: E38000225 has no name, or two"),
    ([changed(postcodes="0")], "not a count"),
    ([changed(postcodes="-3")], "not a count"),
    ([changed(icb_share="0")], "not in (0, 1]"),
    ([changed(icb_share="1.5")], "not in (0, 1]"),
    ([changed(icb_share="nan")], "not in (0, 1]"),
    ([changed(icb_share="most")], "line 2: could not convert"),
    ([], "no district"),
])
def test_a_damaged_file_is_refused_with_its_line(lines: List[List[str]], message: str) -> None:
    with pytest.raises(onspd.DirectoryError) as refused:
        shipped.parse(lines)
    assert message in str(refused.value)


@pytest.mark.parametrize("header, expected", [
    (list(shipped.HEADER), True),
    (["\ufeffDistrict", *shipped.HEADER[1:]], True),
    (list(shipped.HEADER[:-1]), False),
    (["pcds", "doterm", "icb", "sicbl"], False),
])
def test_the_shipped_file_is_told_apart_by_its_header(header: List[str], expected: bool) -> None:
    assert shipped.is_shipped(header) is expected


def test_written_lines_read_back() -> None:
    areas = [onspd.DistrictArea("LS6", "E54000054", "E38000225", 877, 1.0),
             onspd.DistrictArea("S81", "E54000060", "E38000008", 1057, 0.9139)]
    known = {"E54000054": "NHS West Yorkshire Integrated Care Board",
             "E38000225": "NHS West Yorkshire ICB - 15F",
             "E54000060": "NHS Nottingham and Nottinghamshire Integrated Care Board",
             "E38000008": "NHS Nottingham and Nottinghamshire ICB - 02Q"}
    lines = list(shipped.rows(areas, known))
    assert lines[0][-1] == "1" and lines[1][-1] == "0.9139"
    assert shipped.parse(lines) == (areas, known)


# The build's join, on made-up codes in ONS's formats.
REGIONS = [
    {"region": "NHS North ICB - 01A", "region_code": "E38000901", "region_type": "SICBL",
     "icb": "NHS North Integrated Care Board", "icb_code": "E54000901"},
    {"region": "NHS South ICB - 02B", "region_code": "E38000902", "region_type": "SICBL",
     "icb": "NHS South Integrated Care Board", "icb_code": "E54000902"},
    {"region": "Powys Teaching Health Board", "region_code": "W11000024", "region_type": "LHB",
     "icb": "", "icb_code": ""},
]
LSOAS = [{"lsoa_code": "E01000001", "region_code": "E38000901", "region_type": "SICBL"},
         {"lsoa_code": "E01000002", "region_code": "E38000902", "region_type": "SICBL"},
         {"lsoa_code": "W01000001", "region_code": "W11000024", "region_type": "LHB"}]
POSTCODE_HEADER = ["pcd7", "pcds", "doterm", "lsoa11cd", "ladcd"]


def postcode(pcds: str, lsoa: str, authority: str, ended: str = "") -> List[str]:
    return [pcds, pcds, ended, lsoa, authority]


def test_the_join_gives_each_lsoa_its_sub_icb_location_and_names_both() -> None:
    places, known = build_england.sub_icbs(LSOAS, REGIONS)
    assert places == {"E01000001": ("E54000901", "E38000901"),
                      "E01000002": ("E54000902", "E38000902")}
    assert known["E54000902"] == "NHS South Integrated Care Board"
    assert known["E38000901"] == "NHS North ICB - 01A"


def test_the_joined_postcodes_go_through_the_directorys_majority_rule() -> None:
    places, _ = build_england.sub_icbs(LSOAS, REGIONS)
    lines: List[Sequence[str]] = [
        *(postcode(f"SY10 {n}AA", "E01000001", "E06000051") for n in range(3)),
        *(postcode(f"SY10 {n}AB", "W01000001", "W06000023") for n in range(2)),  # Wales
        postcode("SY10 9ZZ", "", "E06000051", ended="201001"),  # ended, LSOA not kept
        *(postcode(f"LD1 {n}AA", "W01000001", "W06000023") for n in range(4)),
        *(postcode(f"LD1 {n}AB", "E01000002", "E06000019") for n in range(1)),
    ]
    tally = onspd.count(build_england.directory_rows(lines, POSTCODE_HEADER, places),
                        onspd.Columns(0, 1, 2, 3), onspd.Tally())
    assert (tally.rows, tally.live) == (11, 10)
    assert onspd.district_areas(tally) == [  # LD1 is mostly Welsh: left out
        onspd.DistrictArea("SY10", "E54000901", "E38000901", 5, 0.6)]


def test_a_live_postcode_in_england_outside_the_join_stops_the_build() -> None:
    places, _ = build_england.sub_icbs(LSOAS, REGIONS)
    lines = [postcode("LS6 1AN", "E01999999", "E08000035")]
    with pytest.raises(SystemExit, match="LSOA 'E01999999' has no sub-ICB location"):
        list(build_england.directory_rows(lines, POSTCODE_HEADER, places))


def test_each_district_in_the_file_once_and_sorted() -> None:
    districts = [line[0] for line in shipped_file()[1]]
    assert districts == sorted(set(districts))
    assert set(Counter(len(d) for d in districts)) == {2, 3, 4}  # e.g. M1, LS6, SW1A

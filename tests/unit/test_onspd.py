"""Reading the ONS Postcode Directory: its columns as ONS names them, each district's
ICB and sub-ICB location by the majority of its live postcodes, and the names files."""

from __future__ import annotations

from collections import Counter
from typing import List, Optional

import pytest

from bot.areas.onspd import (
    DirectoryError,
    DistrictArea,
    Tally,
    columns,
    count,
    district_areas,
    district_of,
    majority,
    names,
)

ICB_A, ICB_B, WALES = "E54000001", "E54000002", "W99999999"  # made-up codes, ONS's format
SUB_A1, SUB_A2, SUB_B1 = "E38000011", "E38000012", "E38000021"


@pytest.mark.parametrize("postcode, district", [
    ("LS6 1AN", "LS6"), ("M1 1AE", "M1"), ("M1  1AE", "M1"), ("EC1A 1BB", "EC1A"),
    ("ls61an", "LS6"), ("W1A 0AX", "W1A"), ("", None), ("LS6", None), ("12345 6AB", None)])
def test_district_of(postcode: str, district: Optional[str]) -> None:
    assert district_of(postcode) == district


@pytest.mark.parametrize("header, expected", [
    (["pcd", "pcd2", "pcds", "dointr", "doterm", "ctry", "sicbl", "icb"], (2, 4, 7, 6)),
    (["PCDS", "DOTERM", "ICB", "SICBL"], (0, 1, 2, 3)),  # the Open Geography Portal's case
    (["\ufeffpcds", "doterm", "icb", "ccg"], (0, 1, 2, 3)),  # the name before Nov 2022
    (["pcd", "doterm", "icb", "sicbl"], (0, 1, 2, 3)),
])
def test_columns_are_found_by_the_names_ons_gives_them(header: List[str], expected: tuple) -> None:
    found = columns(header)
    assert (found.postcode, found.terminated, found.icb, found.sub_icb) == expected


@pytest.mark.parametrize("header, missing", [
    (["pcds", "doterm", "ccg", "stp"], "icb"),  # an edition from before the ICBs
    (["pcds", "icb", "sicbl"], "doterm"), (["postcode", "doterm", "icb", "sicbl"], "pcds"),
    (["name", "value"], "pcds")])
def test_a_file_without_a_needed_column_says_which(header: List[str], missing: str) -> None:
    with pytest.raises(DirectoryError, match=missing):
        columns(header)


def test_only_live_postcodes_count() -> None:
    where = columns(["pcds", "doterm", "icb", "sicbl"])
    rows = [["LS6 1AN", "", ICB_A, SUB_A1], ["LS6 1AP", "202001", ICB_B, SUB_B1],
            ["LS6 1AQ", ""], ["not a postcode", "", ICB_A, SUB_A1], ["LS6 1AR", "", ICB_A, SUB_A1]]
    tally = count(rows, where, Tally())
    assert (tally.rows, tally.live) == (5, 2)
    assert tally.places == {"LS6": Counter({(ICB_A, SUB_A1): 2})}


@pytest.mark.parametrize("places, expected", [
    ({(ICB_A, SUB_A1): 10}, (ICB_A, SUB_A1, 10, 1.0)),
    ({(ICB_A, SUB_A1): 6, (ICB_B, SUB_B1): 4}, (ICB_A, SUB_A1, 10, 0.6)),
    # ICB A has most postcodes, though B's one sub-ICB location has more than either of A's:
    # the sub-ICB location is the one with most postcodes within the chosen ICB
    ({(ICB_A, SUB_A1): 3, (ICB_A, SUB_A2): 3, (ICB_B, SUB_B1): 4}, (ICB_A, SUB_A1, 10, 0.6)),
    ({(ICB_A, SUB_A1): 5, (ICB_B, SUB_B1): 5}, (ICB_A, SUB_A1, 10, 0.5)),  # a tie: lower code
    ({(ICB_A, SUB_A1): 4, (WALES, "W11000028"): 6}, None),  # mostly in Wales: not England's
    ({("", ""): 3}, None),
])
def test_each_district_goes_to_the_majority(places: dict, expected: Optional[tuple]) -> None:
    found = majority("SY10", Counter(places))
    assert found == (None if expected is None else DistrictArea("SY10", *expected))


def test_district_areas_keep_english_districts_in_order() -> None:
    tally = Tally()
    tally.places["LS6"][(ICB_A, SUB_A1)] = 3
    tally.places["CF10"][(WALES, "W11000029")] = 9
    tally.places["BD1"][(ICB_B, SUB_B1)] = 2
    assert [a.district for a in district_areas(tally)] == ["BD1", "LS6"]


def test_names_files() -> None:
    icb = names(["\ufeffICB23CD", "ICB23CDH", "ICB23NM"],
                [[ICB_A, "QWO", "NHS Test North Integrated Care Board"], ["", "", ""]])
    assert icb == {ICB_A: "NHS Test North Integrated Care Board"}
    sub = names(["SICBL23CD", "SICBL23CDH", "SICBL23NM"], [[SUB_A1, "15F", "NHS Test - 15F"]])
    assert sub == {SUB_A1: "NHS Test - 15F"}
    assert names(["pcds", "icb"], [["LS6 1AN", ICB_A]]) == {}

"""Areas in results: each postcode district counted as the sub-ICB location it is in, once
the ONS lookup is loaded (`python -m bot areas load`), and as itself until then.

One level for every table of a deployment (never chosen per request): two tables of the
same answers at different levels could be subtracted to find a hidden count.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.models import PostcodeDistrictArea
from bot.reporting.tallies import NOT_GIVEN

DISTRICT, SUB_ICB = "postcode district", "sub-ICB location"
OUTSIDE = "Outside England, or not known"
AREA = 2  # where the area is in a tallies key: (channel, age band, area, …)


@dataclass(frozen=True)
class AreaNames:
    level: str  # DISTRICT or SUB_ICB
    names: Dict[str, str] = field(default_factory=dict)  # district -> sub-ICB location

    def of(self, district: str) -> str:
        if self.level == DISTRICT or district == NOT_GIVEN:
            return district
        return self.names.get(district.upper(), OUTSIDE)


def area_names(session: Session, districts: Iterable[str]) -> AreaNames:
    """The areas of these districts (their sub-ICB locations, named when ONS's names were
    loaded), or the districts themselves when no lookup is loaded."""
    if session.scalar(select(PostcodeDistrictArea.district).limit(1)) is None:
        return AreaNames(DISTRICT)
    wanted = sorted({d.upper() for d in districts} - {NOT_GIVEN.upper()})
    rows = session.execute(
        select(PostcodeDistrictArea.district, PostcodeDistrictArea.sub_icb_code,
               PostcodeDistrictArea.sub_icb_name)
        .where(PostcodeDistrictArea.district.in_(wanted))) if wanted else []
    return AreaNames(SUB_ICB, {district: name or code for district, code, name in rows})


def regrouped(counts: Counter, names: AreaNames) -> Counter:
    """Counts keyed (channel, age band, district, …) as (channel, age band, area, …)."""
    if names.level == DISTRICT:
        return counts
    found: Counter = Counter()
    for key, n in counts.items():
        found[key[:AREA] + (names.of(key[AREA]),) + key[AREA + 1:]] += n
    return found

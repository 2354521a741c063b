"""What a consultation found, for the commissioner app and its API: counts read by
`tallies`, hidden and shaped by `tables`. Each takes the organisation (scoping)."""

from __future__ import annotations

from collections import Counter
from typing import Any, Dict, List, Optional

from sqlalchemy.orm import Session

from bot.db.models import Consultation, Organisation
from bot.engine.flow import AGE, AREA, CONSENT
from bot.reporting import areas, tables, tallies
from bot.scripts import days, store


def threshold_for(organisation: Optional[Organisation], default: int) -> int:
    """The organisation's own threshold, or the deployment's (SB_SUPPRESSION_THRESHOLD)."""
    own = organisation.suppression_threshold if organisation is not None else None
    return int(own) if own and own > 0 else default


def consultation_info(consultation: Consultation) -> Dict[str, Any]:
    def day(value: Any) -> Optional[str]:
        found = days.uk_day(value)  # the day written in its script or on the launch page
        return found.isoformat() if found is not None else None

    script = store.script_of(consultation)
    return {"code": consultation.code, "title": consultation.title,
            "status": consultation.status, "opens": day(consultation.opens_on),
            "closes": day(consultation.closes_on), "questions": len(script.questions),
            "version": consultation.version_hash[:12]}


def participation(session: Session, organisation_id: int, consultation: Consultation,
                  threshold: int) -> Dict[str, Any]:
    counts = tallies.participation_counts(session, organisation_id, consultation.id)
    names = areas.area_names(session, (key[areas.AREA] for key in counts))
    found = tables.participation_table(areas.regrouped(counts, names), threshold)
    return {**found, "area_level": names.level}


def questions(session: Session, organisation_id: int, consultation: Consultation,
              threshold: int) -> List[Dict[str, Any]]:
    found = tallies.answer_counts(session, organisation_id, consultation.id)
    names = areas.area_names(session, {key[areas.AREA] for _, people in found.values()
                                       for key in people})
    results = []
    for question in store.script_of(consultation).questions:
        values, people = found.get(question.key, (Counter(), Counter()))
        results.append(tables.question_table(question, areas.regrouped(values, names),
                                             areas.regrouped(people, names), threshold))
    return results


def timeline(session: Session, organisation_id: int, consultation: Consultation,
             threshold: int) -> Dict[str, Any]:
    days = tallies.day_counts(session, organisation_id, consultation.id)
    return tables.timeline_table(days, threshold)


def funnel(session: Session, organisation_id: int, consultation: Consultation,
           threshold: int) -> Dict[str, Any]:
    script = store.script_of(consultation)
    steps = [(CONSENT, "Consent"), (AGE, "Age band"), (AREA, "Postcode district")]
    steps += [(q.key, q.text) for q in script.questions]
    stops = tallies.stop_counts(session, organisation_id, consultation.id)
    found = tables.funnel_table(stops, steps, threshold)
    found["reasks"] = tables.reask_table(
        tallies.reask_counts(session, organisation_id, consultation.id), script.questions,
        threshold)
    return found

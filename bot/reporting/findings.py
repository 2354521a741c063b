"""What a consultation found, for the commissioner app and its API: counts read by
`tallies`, hidden and shaped by `tables` for all the tables together (`joint`). Each
takes the organisation (scoping)."""

from __future__ import annotations

import copy
import hashlib
import threading
from collections import OrderedDict
from typing import Any, Dict, List, Optional

from sqlalchemy.orm import Session

from bot.db.models import Consultation, Organisation
from bot.engine.flow import AGE, AREA, CONSENT
from bot.reporting import areas, joint, tallies
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


def results(session: Session, organisation_id: int, consultation: Consultation,
            threshold: int) -> Dict[str, Any]:
    """Every results table, protected together (`joint`): a count hidden in one table is
    hidden in all, and cannot be worked out from the others."""
    script = store.script_of(consultation)
    taking_part = tallies.participation_counts(session, organisation_id, consultation.id)
    answers = tallies.answer_counts(session, organisation_id, consultation.id)
    names = areas.area_names(session, {key[areas.AREA] for key in taking_part} | {
        key[areas.AREA] for _, people in answers.values() for key in people})
    counts = joint.Counts(
        participations=areas.regrouped(taking_part, names),
        answers={key: (areas.regrouped(values, names), areas.regrouped(people, names))
                 for key, (values, people) in answers.items()},
        days=tallies.day_counts(session, organisation_id, consultation.id),
        stops=tallies.stop_counts(session, organisation_id, consultation.id),
        reasks=tallies.reask_counts(session, organisation_id, consultation.id))
    key = hashlib.sha256(repr((consultation.id, consultation.version_hash, threshold,
                               names.level, _sorted(counts))).encode()).hexdigest()
    with _LOCK:
        found = _RECENT.get(key)
    if found is None:
        steps = [(CONSENT, "Consent"), (AGE, "Age band"), (AREA, "Postcode district")]
        steps += [(q.key, q.text) for q in script.questions]
        found = joint.consultation_results(script.questions, steps, counts, threshold,
                                           script.ask_postcode_district)
        found["participation"]["area_level"] = names.level
        with _LOCK:
            _RECENT[key] = found
            while len(_RECENT) > _KEPT:
                _RECENT.popitem(last=False)
    return copy.deepcopy(found)


# A page shows four results calls for one consultation, each of which protects all its
# tables: the same counts protect the same way, so the last few are kept (by a digest of
# every count, so a new answer is a new key).
_RECENT: OrderedDict[str, Dict[str, Any]] = OrderedDict()
_LOCK = threading.Lock()  # results are read on worker threads
_KEPT = 32


def _sorted(counts: joint.Counts) -> Any:
    def items(mapping: Any) -> Any:
        return sorted(mapping.items(), key=repr)
    return (items(counts.participations), list(counts.days), items(counts.stops),
            items(counts.reasks),
            [(k, items(v), items(p)) for k, (v, p) in sorted(counts.answers.items())])


def participation(session: Session, organisation_id: int, consultation: Consultation,
                  threshold: int) -> Dict[str, Any]:
    return results(session, organisation_id, consultation, threshold)["participation"]  # type: ignore[no-any-return]


def questions(session: Session, organisation_id: int, consultation: Consultation,
              threshold: int) -> List[Dict[str, Any]]:
    return results(session, organisation_id, consultation, threshold)["questions"]  # type: ignore[no-any-return]


def timeline(session: Session, organisation_id: int, consultation: Consultation,
             threshold: int) -> Dict[str, Any]:
    return results(session, organisation_id, consultation, threshold)["timeline"]  # type: ignore[no-any-return]


def funnel(session: Session, organisation_id: int, consultation: Consultation,
           threshold: int) -> Dict[str, Any]:
    return results(session, organisation_id, consultation, threshold)["funnel"]  # type: ignore[no-any-return]

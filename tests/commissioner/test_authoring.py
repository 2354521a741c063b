"""Saving a script in the commissioner app (authoring.save): what an edit may change."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bot.commissioner import accounts
from bot.commissioner.authoring import Refused, save
from bot.commissioner.guard import Principal
from bot.db.models import Consultation, QuestionRow
from bot.db.session import make_engine, make_session_factory, unit_of_work
from tests.commissioner.conftest import sqlite_only
from tests.commissioner.world import play, script_text

SCALE = "    min: 1\n    max: 5\n    labels: {1: Very hard, 5: Very easy}\n"


def test_an_edit_may_not_retype_an_answered_question(tmp_path: Path) -> None:
    """The app's edit used to store it, and the old answers to 'ease' (1 to 5) were then
    read as a yes/no's; now the editor shows the line, and nothing is stored."""
    url = sqlite_only(tmp_path)
    factory = make_session_factory(make_engine(url))
    original = script_text("EDIT1", "Edits")
    retyped = original.replace("    type: scale\n", "    type: yes_no\n").replace(SCALE, "")
    with unit_of_work(factory) as db:
        organisation = accounts.organisation_named(db, "NHS Own ICB")
        db.flush()
        who = Principal(1, "author@own.nhs.uk", "author", organisation.id, organisation.name, 5)
        assert save(db, who, original, None) == "EDIT1"
        assert save(db, who, retyped, "EDIT1") == "EDIT1"  # nobody has answered yet
        save(db, who, original, "EDIT1")
    with unit_of_work(factory) as db:
        db.scalar(select(Consultation).where(Consultation.code == "EDIT1")).status = "live"
    play(url, "EDIT1", [("rest", "19", "LS6", ["no", "4"])])
    with unit_of_work(factory) as db, pytest.raises(Refused) as refused:
        save(db, who, retyped, "EDIT1")
    assert [str(error) for error in refused.value.errors] == [
        "line 20, questions[2].type: 'ease' has answers as a scale question, so it can't "
        "become yes_no; give the new question its own id"]
    with unit_of_work(factory) as db:
        assert db.scalar(select(QuestionRow.type).where(QuestionRow.key == "ease")) == "scale"

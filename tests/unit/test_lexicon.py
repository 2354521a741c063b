"""The shipped lexicons of everyday names (bot/understanding/services.yml, everyday.yml):
well formed, and every entry's names read as the option they name."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from bot.scripts.questions import SINGLE_CHOICE, Question
from bot.understanding.lexicon import LEXICONS, Entry, lexicon
from bot.understanding.parsing import parse_answer

FOLDER = Path(__file__).resolve().parents[2] / "bot" / "understanding"
FIELDS = {"service", "names", "aliases", "maybe", "unless", "vocabulary"}


@pytest.mark.parametrize("filename", LEXICONS)
def test_each_entry_is_well_formed(filename: str) -> None:
    entries = YAML(typ="safe").load((FOLDER / filename).read_text(encoding="utf-8"))
    services = [entry["service"] for entry in entries]
    assert len(services) == len(set(services)), "a service is listed twice"
    for entry in entries:
        assert set(entry) <= FIELDS, entry["service"]
        assert entry["names"], entry["service"]
        for field in ("aliases", "maybe"):
            values = [str(value).lower() for value in entry.get(field) or ()]
            assert len(values) == len(set(values)), f"{entry['service']}: {field} repeats"


def _label(entry: Entry) -> str:
    return " ".join(entry.names[0])


@pytest.mark.parametrize("entry", lexicon(), ids=_label)
def test_an_entrys_first_name_as_a_label_takes_its_aliases(entry: Entry) -> None:
    """An option labelled with the service's name is reached by its everyday names."""
    label = _label(entry)
    other = "None of these" if entry.named_by(("something", "else")) else "Something else"
    question = Question(key="q", type=SINGLE_CHOICE, text="?", options=(label, other))
    for alias in entry.aliases[:5]:
        read = parse_answer(question, " ".join(alias))
        assert (read.status, read.value) == ("answered", label), (" ".join(alias), read)

"""Tick-all-that-apply replies whose words need a second look: not knowing ("dunno"), the
past ("used to do drama") or a condition ("if it was near me") puts a reading in doubt;
"… or none" is one answer and its opposite; and not knowing said another way ("no clue
where to go") is a label's own "didn't know where"."""

from __future__ import annotations

import re
from typing import Sequence

from bot.understanding.text import prepare

# Not knowing, the past, a condition or a "maybe" on an item ("flu, maybe hpv"): the options
# named are offered, never stored. A softer hedge ("1, 2 and 4 i think", "prob friends")
# still names what was ticked.
_DOUBT = re.compile(r"\b(?:dunno|idk|not sure|unsure|used to|not anymore|not any more|"
                    r"maybe|perhaps|possibly|might have|mightve|"
                    r"no longer|if|unless|as long as|only when)\b")
# "the app, or none really": which?
_OR_NONE = re.compile(r"\bor (?:none|nothing|neither|not at all|no one|nobody)\b")


_UNSURE_LABEL = re.compile(r"\b(?:sure|know|remember|idea)\b")


def in_doubt(prepared: str, chosen: Sequence[str]) -> bool:
    """The reply does not know, speaks of the past or sets a condition (and what it chose is
    not the option for not knowing: "dunno" is "Not sure")."""
    return bool(_DOUBT.search(prepared)) and not any(
        _UNSURE_LABEL.search(prepare(label)) for label in chosen)


def or_none(prepared: str) -> bool:
    """The reply offers none as the other of two answers."""
    return bool(_OR_NONE.search(prepared))


# "a&e? or was it the urgent care place": one place or another, not both.
_OR_WAS_IT = re.compile(r"\bor (?:was it|is it|was that|were they|did i|was i|maybe|perhaps|"
                        r"possibly)\b")


def torn_between(prepared: str) -> bool:
    """The reply is unsure which of two it was ("x? or was it y"): neither is known."""
    return bool(_OR_WAS_IT.search(prepared))


# "covid and maybe hpv": one item sure, another hedged after it. A reply hedged from its
# start ("prob the website and maybe the clinic") doubts all alike, so what it names is offered.
_HEDGE = re.compile(r"\b(?:maybe|perhaps|possibly|might have|mightve|not sure about)\b(?=\W+\w)")
_HEDGED_START = re.compile(r"^\W*(?:(?:i )?(?:prob|probs|probably|maybe|perhaps|possibly|might|"
                           r"mightve|might have)\b)")


def partly_in_doubt(prepared: str) -> bool:
    """A hedge ("maybe") on a later item, the words before it said plainly: which items stand
    is for the patient to say, so the reply is asked again rather than offered whole."""
    found = _HEDGE.search(prepared)
    return found is not None and bool(prepared[:found.start()].strip(" ,.;-")) and not (
        _HEDGED_START.match(prepared))


# Not knowing, said another way: "no clue where to go", "never knew how", "didnt have a
# clue where", read as the label's own "didnt know" / "dont know" before the same word.
_NOT_KNOWING = re.compile(r"\b(?:(?:i )?dunno|idk|"
                          r"(?:i )?(?:didnt|did not|dont|do not|never) (?:have|had) (?:a|any) "
                          r"(?:clue|idea)|(?:i )?(?:had |have )?no (?:clue|idea)|never knew|"
                          r"never know|wasnt sure|werent sure|not sure)"
                          r" (where|how|what|who|when|which)\b")
_KNOWING_LABEL = re.compile(r"\b(didnt know|dont know|did not know|do not know) "
                            r"(where|how|what|who|when|which)\b")


def as_not_knowing(prepared: str, options: Sequence[str]) -> str:
    """The reply with another way of not knowing put as a label says it, when a label says
    not knowing before the same word ("no clue where to go" to "Didn't know where to go")."""
    said = {found.group(2): found.group(1) for option in options
            for found in [_KNOWING_LABEL.search(prepare(option).replace("'", ""))] if found}
    plain = prepared.replace("'", "")
    if not said or not any(m.group(1) in said for m in _NOT_KNOWING.finditer(plain)):
        return prepared
    return _NOT_KNOWING.sub(lambda m: f"{said[m.group(1)]} {m.group(1)}" if m.group(1) in said
                            else m.group(0), plain)


# "didnt know u could", "never knew you could do it online": not knowing it could be done.
_UNAWARE = re.compile(r"^\W*(?:i )?(?:didnt|did not|never|dint) (?:know|knew|realise|realised|realize|"
                      r"realized) (?:you|u|we|i|it|that you|that u) (?:could|can|was|were)\b")


def unaware_of_it(prepared: str, options: Sequence[str]) -> str | None:
    """The label for not knowing how, when the reply says it did not know it could be done;
    only a guess (it may mean the service itself was unknown)."""
    if not _UNAWARE.search(prepared.replace("'", "")):
        return None
    found = [option for option, label in ((o, prepare(o).replace("'", "")) for o in options)
             if _KNOWING_LABEL.search(label) and "how" in label]
    return found[0] if len(found) == 1 else None


# "idk", "not sure": not knowing, with nothing said about what.
_BARE_NOT_KNOWING = re.compile(r"^\W*(?:i )?(?:dunno|idk|idek|dont know|do not know|not sure|unsure|"
                               r"no idea|no clue|not a clue|dont really know)(?: tbh| lol| mate)?\W*$")


def knowing_what_unsaid(prepared: str, chosen: Sequence[str]) -> bool:
    """A bare "idk" read as a label of not knowing something ("Don't know how"): it may only
    say the reply is not known, so it is asked again."""
    return bool(_BARE_NOT_KNOWING.match(prepared.replace("'", ""))) and bool(chosen) and all(
        _KNOWING_LABEL.search(prepare(label).replace("'", "")) for label in chosen)

"""Addresses in free text: a house number and its street (in English, Welsh, or in words; a
flat, room, caravan or house name with it; the street before its number as much of Europe
writes it), the town written after an address, and full postcodes (the outward code, a district
of thousands, is kept). Part of ``redaction``; "10 min walk" and "it was 3 anyway" stay."""

from __future__ import annotations

import re
from typing import Match

from bot.trust.everyday_words import is_everyday
from bot.trust.redaction_names import NEVER_NAMES, PLACE_NAMES

# A house number, then one to three words, then a street word: "12 Acacia Avenue",
# "flat 3, 22b high st". The number is what makes it an address.
_STREET_WORDS = (
    r"road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|court|ct|crescent|cres|place|pl|"
    r"terrace|grove|gardens|gdns|hill|park|row|walk|mews|view|square|sq|green|rise|parade|croft|"
    r"lanes|gate|middleway|wynd|brae|vale|mount|chase|quay|wharf|yard|fold|circus|boulevard|"
    r"embankment|broadway|approach|crt|cl|gr|grn|tce|terr|pde|cotts|cottages|drv|viaduct|"
    r"esplanade|promenade|causeway|meadows?|fields|heights|ridge|dale|glade|hollow|nook|garth|"
    r"loan|brow|dene|bank"
)
_NUMBER_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-](?:one|two|three|"
                 r"four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|"
                 r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
# Words between the number and the street word that make it a time or a distance, not an
# address: "10 min walk", "40 mins each way", "4 hrs at Northwick Park", "111 online and the walk".
_NOT_A_STREET_NAME = (
    r"(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|wks?|months?|years?|yrs?|miles?|"
    r"km|metres?|meters?|times?|people|quid|pounds?|pence|percent|each|every|per|a|an|the|and|or|"
    r"at|to|in|on|of|by|from|for|with|online|then|way|odd|ish|more|less|or\s+so|was|is|were|are|be|"
    r"been|first|last|next|my|your|his|her|our|their|its|it|i|you|we|they|he|she|this|that|no|not|"
    r"so|very|really|just|all|some|any|times|x)"
)
# Welsh streets name the kind first: "3 Heol y Parc", "9 Maes y Coed", "7 Stryd Fawr",
# "5 heol y parc".
_WELSH_STREET = (r"(?:heol|stryd|ffordd|l[oô]n|maes|glan|bryn|cae|llys|rhodfa|teras|cwrt|parc|tan|pen)"
                 r"(?:\s+(?:yr?\s+[\w'’\-]+|(?-i:[A-Z])[\w'’\-]*)\b){1,3}")
_STREET = re.compile(
    r"(?:(?<!\w)(?:number|no\.?|house)\s+[0-9]{1,4}[a-z]?,?\s+(?:on|in|at)\s+(?:the\s+)?"
    r"(?:(?:[A-Za-z'’][A-Za-z'’\-]*\s+){1,3}(?:" + _STREET_WORDS + r")\b\.?|" + _WELSH_STREET + r"))"
    r"|(?<![\w£$.])[0-9]{1,4}[a-z]?,?\s+(?:(?!" + _NOT_A_STREET_NAME + r"\b)[A-Za-z'’][A-Za-z'’\-]*\s+){1,3}"
    r"(?:" + _STREET_WORDS + r")\b\.?"
    r"|(?<![\w£$.])[0-9]{1,4}[a-z]?,?\s+" + _WELSH_STREET +
    # "5 The Paddocks", "12 The Maltings", "no.5 the mews".
    r"|(?<![\w£$.])[0-9]{1,4}[a-z]?,?\s+(?-i:The\s+[A-Z][a-z]+)\b"
    r"|(?:(?<![\w£$.])|(?<=\bno\.)|(?<=\bno\.\s))[0-9]{1,4}[a-z]?,?\s+the\s+(?:mews|green|grove|crescent"
    r"|square|parade|close|drive|avenue|walk|croft|maltings|paddocks|meadows|willows|orchard)\b"
    # A house's name, then its street: "Rose Cottage on Moss Lane", "The Old Forge, Mill Lane".
    r"|(?<![\w'’])(?:the\s+)?(?:(?!(?:at|to|in|on|from|of|by|near)\b)[a-z'’]+\s+){0,2}"
    r"(?:cottage|farm|lodge|barn|forge|mill|grange|manor"
    r"|villa|bungalow|farmhouse|vicarage|rectory|stables)s?,?\s+(?:on\s+)?(?:[a-z'’]+\s+){1,2}"
    r"(?:lane|road|rd|street|st|way|drove|close|drive|hill|row|green)\b\.?"
    # A house number in words, then capitalised words and a street word: "Thirty Two Chestnut Way".
    r"|(?<![\w'’])(?-i:(?=[A-Z]))(?:" + _NUMBER_WORDS + r")\s+(?:(?-i:[A-Z])[a-z'’\-]+\s+){1,3}"
    r"(?:" + _STREET_WORDS + r")\b\.?" +
    # The street before its number, as much of Europe writes it: "Station Road 45".
    r"|(?<![\w'’])(?-i:[A-Z][a-z]+\s+)(?-i:[A-Z][a-z]+\s+)?(?:" + _STREET_WORDS + r")\s+[0-9]{1,4}[a-z]?\b"
    r"(?:,?\s+(?:flat|apt|m\.)\s?[0-9]{1,4})?"
    # A Welsh house's name and its street: "Ty Gwyn, Heol y Felin".
    r"|(?<![\w'’])(?-i:T[yŷ]\s+[A-Z][\w'’]+),?\s+(?:heol|ffordd|l[oô]n|stryd)\s+(?:yr?\s+)?[\w'’]+"
    # A farm or cottage by name and its village: "Higher Trewennan Farm, St Buryan".
    r"|(?<![\w'’])(?-i:(?:[A-Z][a-z]+\s+){1,2}(?:Farm|Cottage|Lodge|Barn|Mill|Manor|Grange|Farmhouse)),\s+"
    r"(?-i:(?:St\.?\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b"
    # One word that is a street by its ending: "54 Cowgate", "7 Bankwynd", "8a kingsway"
    # (only when it is no everyday word: not "3 anyway", "2 Pathway courses").
    r"|(?<![\w£$.])[0-9]{1,4}[a-z]?,?\s+(?P<one>[a-z]+(?:gate|wynd|gait|way))\b",
    re.IGNORECASE,
)
# A flat, room or house name before an address: "flat 12b crossley house, [address]",
# "Room 214, Unite House, [address]", "apartment 1207, [address]".
_FLAT = re.compile(
    r"(?<!\w)(?:(?:flat|apartment|apt|room|unit|caravan|pitch|block)\.?\s?[0-9]{1,4}[a-z]?|[0-9]{1,2}f[0-9]{1,2}),?\s+"
    r"(?:(?:[\w'’\-]+\s+){0,2}(?:house|court|building|tower|halls?|lodge|block|mansions|heights"
    r"|point),?\s+)?(?:\[address\]|(?:[0-9]{1,4}[a-z]?\s+)?(?-i:[A-Z])[\w'’\-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’\-]*){0,2}(?:\s+(?:" + _STREET_WORDS + r")\b\.?)?)"
    # The flat's word when its number went with the street: "caravan [address]".
    r"|(?<!\w)(?:flat|apartment|apt|room|unit|caravan|pitch|block)\s+\[address\]"
    # A house's name before its address: "The Old Forge, [address]", "Rose Cottage, [address]".
    r"|(?-i:(?:The\s+)?(?:[A-Z][\w'’\-]+\s+){0,2}(?:Cottage|Farm|House|Lodge|Barn|Forge|Mill|Grange"
    r"|Hall|Manor|Villa|Bungalow|Croft|Farmhouse|Stables))\b,?\s+\[address\]",
    re.IGNORECASE,
)


# Outward code (kept: it is a district of thousands of people) and inward
# code (replaced).  Inward letters exclude C I K M O V as Royal Mail does,
# which also keeps "Y11 5pm" and "B1 2nd" out.
_POSTCODE = re.compile(
    r"(?<![\w])([a-pr-uwyz][a-hk-y]?[0-9][a-z0-9]?)(?:\s{0,2}|-)([0-9][abd-hjlnp-uw-z]{2})(?!\w)",
    re.IGNORECASE,
)

_ORDINAL = re.compile(r"[0-9](?:st|nd|rd|th)", re.IGNORECASE)

# The town or district written after an address goes with it: "[address], Pwllheli",
# "[address] sparkhill birmingham", "[address], Forest Gate, London".
_TOWN_AFTER = re.compile(
    r"\[address\]((?:,?\s(?:(?-i:[A-Z])[a-z'’\-]+(?:\s(?-i:[A-Z])[a-z'’\-]+)?|[a-z'’\-]{3,})){1,3})(?=$|[\s,.;:!?)\-—–])")


def _town_after(match: Match[str]) -> str:
    kept = ""
    for part in re.finditer(r",?\s([^,\s]+(?:\s(?-i:[A-Z])[^,\s]+)?)", match.group(1)):
        words = part.group(1).split()
        rest = match.string[match.start(1) + part.end():]
        if not part.group(0).startswith(",") and words[0][0].isupper() and not _ENDS_A_TOWN.match(rest):
            break  # "[address] Kooth was good": a new sentence, not a town
        if any(not word[0].isupper() and (is_everyday(word.lower()) or len(word) < 4
                                          or word.lower() in NEVER_NAMES - PLACE_NAMES)
               for word in words) or (
                words[0][0].isupper() and all(is_everyday(word.lower()) for word in words)
                and words[0].lower() in _NOT_A_TOWN):
            break
        kept = match.group(1)[:part.end()]
    return "[address]" + match.group(1)[len(kept):]


# What may follow a town written after an address without a comma: "[address] Belfast BT12 …".
_ENDS_A_TOWN = re.compile(r"$|\s*[,.;:!?()\-—–]|\s+[A-Za-z]{1,2}[0-9][0-9A-Za-z]?\b|\s+\[postcode\]")
# Capitalised words after an address that are not a town: "[address], The app kept…".
_NOT_A_TOWN = frozenset("the a an and but i im my we so if it its is was this that please pls thanks "
                        "also just then not no yes".split())


def _street(match: Match[str]) -> str:
    one = match.group("one")
    if one and is_everyday(one.lower()):
        return match.group(0)  # "it was 3 anyway", "2 Pathway courses"
    return "[address]"


def _postcode(match: Match[str]) -> str:
    inward = match.group(2)
    if _ORDINAL.fullmatch(inward) and inward[1:].islower() and inward[0] != "0":
        return match.group(0)  # "B1 2nd floor", not a postcode
    return match.group(1).upper() + " [postcode]"


def streets(text: str) -> str:
    """A house number and its street, and the flat or house name that goes with it."""
    return _FLAT.sub("[address]", _STREET.sub(_street, text))


def towns_after(text: str) -> str:
    """The town or district written after an address goes with it."""
    return _TOWN_AFTER.sub(_town_after, text)


# Where someone is, as a phone shares it in words: decimal degrees ("53.8008, -1.5491",
# "53.8008N 1.5491W"), with four or more decimals (as a map gives them, and no everyday
# "1.5, 2.5" or "3.333 / 4.000" does); or degrees and minutes ("53°48'3\"N 1°32'57\"W").
_DEGREES = r"-?\d{1,3}\.\d{4,}°?"
_DMS = r"\d{1,3} ?° ?\d{1,2} ?['′] ?(?:\d{1,2}(?:\.\d+)? ?[\"″] ?)?"
# Every gap is at most one space (bounded: no run of spaces can make it backtrack).
_COORDINATES = re.compile(
    rf"(?<![\w.]){_DEGREES}(?: ?[NS])?(?:[,;] ?| ){_DEGREES}(?: ?[EW])?(?![\w.])"
    rf"|{_DMS}[NS](?:[,;] ?| ){_DMS}[EW]",
    re.IGNORECASE)


def coordinates(text: str) -> str:
    """A location's coordinates, shared or typed, are where someone is: an address."""
    return _COORDINATES.sub("[address]", text)


def postcodes(text: str) -> str:
    """Full postcodes: the inward code goes, the district stays ("LS6 [postcode]")."""
    return _POSTCODE.sub(_postcode, text)

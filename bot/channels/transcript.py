"""A web conversation as its holder sees it, read from Rasa's record of it.

Rasa's tracker already keeps every message of a conversation in order (user
and bot events, with a bot message's buttons), so the widget's transcript is
read from it rather than kept a second time; a conversation erased on request
("delete my answers") has no transcript either. Pure functions over the event
dicts, so they are tested by tables.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

PATIENT, BOT = "patient", "bot"
# A page reload needs the recent past, not a whole history.
MAX_TRANSCRIPT = 200


def bot_message(text: Any, buttons: Any) -> Dict[str, Any]:
    """A bot message in the REST channel's shape: text, and buttons when it has some."""
    shown: Dict[str, Any] = {"text": str(text or "")}
    kept = [_button(b) for b in buttons or [] if isinstance(b, dict)]
    if kept:
        shown["buttons"] = kept
    return shown


def _button(raw: Dict[str, Any]) -> Dict[str, Any]:
    """As the action sent it (with "multiple" and the rest), title and payload as text."""
    title = str(raw.get("title") or "")
    return {**raw, "title": title, "payload": str(raw.get("payload") or title)}


def _entry(event: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    kind = event.get("event")
    if kind == "user" and isinstance(event.get("text"), str):
        return {"from": PATIENT, "text": event["text"]}
    if kind == "bot" and (event.get("text") or (event.get("data") or {}).get("buttons")):
        data = event.get("data") or {}
        return {"from": BOT, **bot_message(event.get("text"), data.get("buttons"))}
    return None


def _marked(event: Dict[str, Any], mark: str) -> bool:
    """A bot event the action marked: "held", the engine's "we've got that" to a message
    it held (actions/engine.py), or "duplicate", its answer to a message it had handled
    before (actions/turn.py)."""
    custom = (event.get("data") or {}).get("custom")
    return event.get("event") == "bot" and isinstance(custom, dict) and bool(custom.get(mark))


def _held_notice(event: Dict[str, Any]) -> bool:
    return _marked(event, "held")


def transcript(events: Iterable[Dict[str, Any]], limit: int = MAX_TRANSCRIPT,
               waiting: Sequence[Tuple[str, str]] = ()) -> List[Dict[str, Any]]:
    """The patient's and the bot's messages, oldest first, at most the last `limit`.

    A message held while the answers database was down may reach Rasa twice (once
    when the engine held it, again when it is replayed, under the same message id):
    it is shown once, and the engine's held notice not at all. `waiting` are the
    (key, text) of messages still held for this conversation: shown after the rest,
    unless Rasa has them already."""
    entries, seen = [], set()
    for event in events:
        key = event.get("message_id") if event.get("event") == "user" else None
        if key in seen or _held_notice(event):
            continue
        if key:
            seen.add(key)
        entry = _entry(event)
        if entry is not None:
            entries.append(entry)
    entries += [{"from": PATIENT, "text": text} for key, text in waiting if key not in seen]
    return entries[-limit:] if limit > 0 else []


def replies_to(events: Iterable[Dict[str, Any]], message_id: str) -> Optional[List[Dict[str, Any]]]:
    """The bot's answers to one patient message, or None when that message is not there.

    A retried message is answered with what its first delivery got, so a patient
    whose network dropped sees the answer they missed, and nothing runs twice.
    """
    found: Optional[List[Dict[str, Any]]] = None
    earlier: Optional[List[Dict[str, Any]]] = None
    answering = False
    for event in events:
        if event.get("event") == "user":
            # The last time it reached Rasa counts: a held message is replayed.
            answering = event.get("message_id") == message_id
            if answering:
                found, earlier = [], found
            continue
        if answering and _marked(event, "duplicate"):
            # It reached the engine again (a retry racing the first delivery) and the engine
            # had handled it: what the earlier time got counts.
            found, answering = earlier, False
            continue
        entry = _entry(event) if answering and not _held_notice(event) else None
        if entry is not None and found is not None:
            found.append(bot_message(entry["text"], entry.get("buttons")))
    return found

"""The model's graph run in order (bot/channels/rasa_graph.py) gives what dask gives: the
order as a table, then the product's trained model parsed and predicted both ways."""

from __future__ import annotations

import asyncio
from typing import Any, Dict, Iterator, List, Tuple

import pytest
from rasa.core.channels.channel import UserMessage
from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.channels.rasa_graph import plan, run_graphs_in_order
from bot.channels.rasa_server import ShimRefused
from bot.cli import stack

DIAMOND = {"a": (), "b": ("a",), "c": ("a", "__input__"), "d": ("b", "c")}


@pytest.mark.parametrize(("needs", "targets", "expected"), [
    (DIAMOND, ["d"], ["a", "b", "c", "d"]),  # each once, after what it needs
    (DIAMOND, ["c"], ["a", "c"]),  # only what the target needs
    (DIAMOND, ["b", "c"], ["a", "b", "c"]),
    ({"x": ("missing",)}, ["x"], ["x"]),  # a need nobody provides stays a bare name
    ({}, ["x"], []),  # a target that is an input
])
def test_each_node_comes_after_what_it_needs(needs: Dict[str, Tuple[str, ...]],
                                             targets: List[str], expected: List[str]) -> None:
    assert [name for name, _ in plan(needs, targets)] == expected


def test_a_cycle_is_refused() -> None:
    with pytest.raises(ValueError, match="cycle"):
        plan({"a": ("b",), "b": ("a",)}, ["a"])


def test_the_shim_refuses_any_other_rasa() -> None:
    with pytest.raises(ShimRefused):
        run_graphs_in_order("3.7.0")


TEXTS = ["Start test1", "yep", "I'm 19", "ls6 1aa", "walk in centre", "1 and 2", "STOP",
         "i want to kill myself", "x" * 500]


@pytest.fixture(scope="module")
def agent() -> Iterator[Any]:
    if not stack.MODEL.exists():
        pytest.fail(f"{stack.MODEL} is missing: `make test` trains it first")
    from rasa.core.agent import load_agent

    loop = asyncio.new_event_loop()
    yield loop, loop.run_until_complete(load_agent(model_path=str(stack.MODEL)))
    loop.close()


def results(agent: Any) -> Tuple[List[Dict[str, Any]], List[Tuple[str, float, List[str]]]]:
    """Every text parsed, and the next action predicted after it and after the turn."""
    loop, loaded = agent
    processor = loaded.processor
    parses = [loop.run_until_complete(processor.parse_message(UserMessage(text)))
              for text in TEXTS]
    predictions = []
    for parse in parses:
        tracker = DialogueStateTracker.from_events("graph-test", [
            ActionExecuted("action_listen"), UserUttered(parse["text"], parse["intent"])])
        for after in ([], [ActionExecuted("action_consultation_turn")]):
            for event in after:
                tracker.update(event)
            prediction = processor._predict_next_with_tracker(tracker)
            predictions.append((processor.domain.action_names_or_texts[
                prediction.max_confidence_index], prediction.max_confidence,
                [type(event).__name__ for event in prediction.events]))
    return parses, predictions


def test_parses_and_predictions_are_the_same_as_dasks(agent: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    original = DaskGraphRunner.run
    monkeypatch.setattr(DaskGraphRunner, "run", original)  # restored after
    stock = results(agent)
    run_graphs_in_order()
    assert DaskGraphRunner.run is not original
    shimmed = results(agent)
    assert shimmed == stock
    actions = {action for action, _, _ in shimmed[1]}
    assert actions == {"action_consultation_turn", "action_listen"}  # a real prediction


def test_a_missing_input_still_fails_as_rasas_does(agent: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(DaskGraphRunner, "run", DaskGraphRunner.run)
    runner = agent[1].processor.graph_runner
    target = agent[1].processor.model_metadata.core_target
    with pytest.raises(GraphRunError) as stock:
        runner.run(inputs={}, targets=[target])
    run_graphs_in_order()
    with pytest.raises(GraphRunError) as shimmed:
        runner.run(inputs={}, targets=[target])
    assert str(shimmed.value) == str(stock.value)

"""Rasa's model graph run in order, without dask: the sixth shim of the Rasa server.

Every parse and every prediction runs a part of the trained model's graph (for a
prediction: the domain, the policy, the ensemble; for a parse: tokenizer,
featurizers, classifier). Rasa 3.6.21's `DaskGraphRunner.run` works out the part
each time (copying the schema), builds a dask graph, has dask order it and runs it on
dask's synchronous scheduler: 14% of the Rasa server's CPU in an SMS turn (py-spy,
stop 18), most of a prediction's cost, for graphs of 3 to 8 nodes that are the same
on every call.

The shim works out each part once, in the order its nodes depend on each other, and
calls the same nodes with the same inputs as dask would: a node's output as the pair
`(name, value)`, a need no node or input provides as its bare name (so a node still
raises Rasa's own "missing input"), the inputs given to `run` as `(name, value)`, the
same exceptions. Like the other shims it refuses any Rasa but the locked one
(tests/channels/test_rasa_graph.py runs both runners on the product's model).
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from bot.channels.rasa_server import check_version

Plan = List[Tuple[str, Tuple[str, ...]]]  # each node, after its needs, with its needs


def plan(needs: Dict[str, Tuple[str, ...]], targets: List[str]) -> Plan:
    """The nodes `targets` depend on, each after everything it needs (pure; `needs` maps
    a node to the names it needs, which may be nodes or inputs)."""
    ordered: Plan = []
    placed: set = set()

    def place(name: str, path: Tuple[str, ...]) -> None:
        if name in placed or name not in needs:
            return
        if name in path:
            raise ValueError(f"the graph has a cycle through {name!r}")
        for need in needs[name]:
            place(need, path + (name,))
        placed.add(name)
        ordered.append((name, needs[name]))

    for target in targets:
        place(target, ())
    return ordered


def run_graphs_in_order(version: Optional[str] = None) -> None:
    from rasa.engine.exceptions import GraphRunError
    from rasa.engine.runner.dask import DaskGraphRunner

    check_version(version)

    def run(self: DaskGraphRunner, inputs: Optional[Dict[str, Any]] = None,
            targets: Optional[List[str]] = None) -> Dict[str, Any]:
        run_targets = list(targets) if targets else list(self._graph_schema.target_names)
        plans: Dict[Tuple[str, ...], Plan] = self.__dict__.setdefault("_sb_plans", {})
        steps = plans.get(tuple(run_targets))
        if steps is None:
            schema = self._graph_schema.minimal_graph_schema(run_targets)
            steps = plans[tuple(run_targets)] = plan(
                {name: tuple(node.needs.values()) for name, node in schema.nodes.items()},
                run_targets)
        done: Dict[str, Any] = {}
        for name, value in (inputs or {}).items():
            if isinstance(value, str) and any(name_ == value for name_, _ in steps):
                raise GraphRunError(
                    f"Input value '{value}' clashes with a node name. Make sure that none of "
                    f"the input names passed to the `run` method are the same as node names "
                    f"in the graph schema.")
            done[name] = (name, value)
        nodes = self._instantiated_nodes
        try:
            for name, needs in steps:
                done[name] = nodes[name](*(done.get(need, need) for need in needs))
        except RuntimeError as error:  # as dask's run does
            raise GraphRunError("Error running runner.") from error
        return dict(done[target] for target in run_targets if target in done)

    DaskGraphRunner.run = run  # type: ignore[method-assign]

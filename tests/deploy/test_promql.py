"""The PromQL reader the alert tests use to find which series each rule reads."""

from __future__ import annotations

from typing import List, Tuple

import pytest

from tests.deploy.promql import selectors

READS: List[Tuple[str, List[Tuple[str, List[Tuple[str, str, str]]]]]] = [
    ('sum by (channel) (rate(sb_sends_total{outcome=~"failed|uncertain"}[10m])) > 0.02',
     [("sb_sends_total", [("outcome", "=~", "failed|uncertain")])]),
    ("histogram_quantile(0.95, sum by (le) (rate(sb_turn_seconds_bucket[5m]))) > 0.5",
     [("sb_turn_seconds_bucket", [])]),
    ("(sum(increase(sb_answers_total[1h])) or vector(0)) == 0",
     [("sb_answers_total", [])]),
    ('up{job="a", instance!="b"} == 0 and on (namespace, pod) kube_pod_status_phase{phase="Running"}',
     [("up", [("job", "=", "a"), ("instance", "!=", "b")]),
      ("kube_pod_status_phase", [("phase", "=", "Running")])]),
    ('sb_spooled_total{outcome="expired"} unless sb_spooled_total{outcome="expired"} offset 1h',
     [("sb_spooled_total", [("outcome", "=", "expired")])] * 2),
    ("sb_spool_depth > 1e3 and sb_spool_depth < bool 2", [("sb_spool_depth", [])] * 2),
    ('sum(rate(x:per_second[5m:1m])) without (channel) / ignoring (instance) group_left (job) y',
     [("x:per_second", []), ("y", [])]),
    ('label_replace(up, "not_a_metric", "$1", "job", "(.*)")', [("up", [])]),
]


@pytest.mark.parametrize("expr, expected", READS)
def test_each_selector_is_read_with_its_matchers(expr: str, expected: list) -> None:
    assert [(s.metric, [tuple(m) for m in s.matchers]) for s in selectors(expr)] == expected

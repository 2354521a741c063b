"""What each alert of deploy/prometheus/alerts.yml must do, as a table for `promtool test
rules`: synthetic series, one sample a minute in promtool's notation (`0+3x20` is 0, 3,
6 … 60; `4x3` is 4 four times; `_` no sample), the minute promtool looks, and the alerts
firing then, by their labels from the series (their severity and annotations come from
the rule). Each alert has a case where it fires and one close to it where it does not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List

NOTHING: List[Dict[str, str]] = []  # the alert must not be firing
ONCE: List[Dict[str, str]] = [{}]  # it fires once, with no labels from the series


@dataclass(frozen=True)
class Case:
    alert: str
    story: str  # what happened, as the on-call engineer would say it
    series: Dict[str, str]
    at: str  # when promtool looks, after the series start
    fires: List[Dict[str, str]]


def rising(per_minute: float, minutes: int = 120) -> str:
    """A counter that goes up by `per_minute` every minute."""
    return f"0+{per_minute:g}x{minutes}"


def turn_times(within: Dict[str, int]) -> Dict[str, str]:
    """sb_turn_seconds for 100 web turns a minute, `within[le]` of them in `le` seconds."""
    found = {f'sb_turn_seconds_bucket{{channel="rest",le="{le}"}}': rising(n)
             for le, n in {**within, "+Inf": 100}.items()}
    return {**found, 'sb_turn_seconds_count{channel="rest"}': rising(100)}


TURNS_OK = 'sb_turns_total{channel="twilio",outcome="ok"}'
TURNS_FAILED = 'sb_turns_total{channel="twilio",outcome="failed"}'
SIGNPOSTED = 'sb_signposts_total{channel="twilio",path="channel"}'
RASA_0 = 'instance="rasa-0.rasa:5005",job="sounding-board-rasa"'

CASES = [
    Case("SoundingBoardTurnsFailing", "2% of turns fail for 15 minutes",
         {TURNS_OK: rising(98), TURNS_FAILED: rising(2)}, "15m", ONCE),
    Case("SoundingBoardTurnsFailing", "0.5% of turns fail",
         {TURNS_OK: rising(199), TURNS_FAILED: rising(1)}, "15m", NOTHING),

    Case("SoundingBoardTurnsSlow", "p95 0.75 s: 10 turns in 100 take 0.5-1 s, for 20 minutes",
         turn_times({"0.25": 90, "0.5": 90, "1.0": 100}), "20m", ONCE),
    Case("SoundingBoardTurnsSlow", "p95 0.46 s: 4 turns in 100 take 0.5-1 s",
         turn_times({"0.25": 90, "0.5": 96, "1.0": 100}), "20m", NOTHING),

    Case("SoundingBoardNoAnswers", "60 turns an hour, none answered since the process started",
         {TURNS_OK: rising(1)}, "70m", ONCE),
    Case("SoundingBoardNoAnswers", "60 turns an hour, the last answer 90 minutes ago",
         {TURNS_OK: rising(1), 'sb_answers_total{status="answered"}': "0+1x10 10x110"},
         "100m", ONCE),
    Case("SoundingBoardNoAnswers", "60 turns an hour, one answer a minute",
         {TURNS_OK: rising(1), 'sb_answers_total{status="answered"}': rising(1)}, "70m", NOTHING),
    Case("SoundingBoardNoAnswers", "a quiet night: 12 turns in the hour, none answered",
         {TURNS_OK: rising(0.2)}, "70m", NOTHING),

    Case("SoundingBoardWebhookForbidden", "3 forged-looking SMS webhooks a minute",
         {'sb_webhook_rejections_total{channel="twilio",reason="forbidden"}': rising(3)},
         "20m", [{"channel": "twilio"}]),
    Case("SoundingBoardWebhookForbidden", "a scanner: one forged request every 2 minutes",
         {'sb_webhook_rejections_total{channel="twilio",reason="forbidden"}': rising(0.5)},
         "20m", NOTHING),

    Case("SoundingBoardWebhookFlood", "20 web requests a minute turned away for 30 minutes",
         {'sb_webhook_rejections_total{channel="rest",reason="rate_limited"}': rising(20)},
         "30m", [{"channel": "rest"}]),
    Case("SoundingBoardWebhookFlood", "5 a minute turned away: a few patients typing fast",
         {'sb_webhook_rejections_total{channel="rest",reason="rate_limited"}': rising(5)},
         "30m", NOTHING),

    Case("SoundingBoardCrisisOnFailingService",
         "the replica's first ever channel signposting, at minute 5, while turns fail",
         {SIGNPOSTED: "_x4 1x20", TURNS_OK: rising(10), TURNS_FAILED: rising(1)}, "10m", ONCE),
    Case("SoundingBoardCrisisOnFailingService", "channel signposting rising while turns fail",
         {SIGNPOSTED: rising(0.5), TURNS_OK: rising(10), TURNS_FAILED: rising(1)}, "20m", ONCE),
    Case("SoundingBoardCrisisOnFailingService",
         "channel signposting rising (opted-out patients) while every turn succeeds",
         {SIGNPOSTED: rising(0.5), TURNS_OK: rising(10), TURNS_FAILED: "3x30"}, "20m", NOTHING),

    Case("SoundingBoardSendsFailing", "5% of SMS sends failed or uncertain for 25 minutes",
         {'sb_sends_total{channel="twilio",outcome="sent"}': rising(95),
          'sb_sends_total{channel="twilio",outcome="uncertain"}': rising(3),
          'sb_sends_total{channel="twilio",outcome="failed"}': rising(2)},
         "25m", [{"channel": "twilio"}]),
    Case("SoundingBoardSendsFailing", "1% of SMS sends failed",
         {'sb_sends_total{channel="twilio",outcome="sent"}': rising(99),
          'sb_sends_total{channel="twilio",outcome="failed"}': rising(1)}, "25m", NOTHING),

    Case("SoundingBoardSendRetries", "a Telegram retry every minute for 50 minutes",
         {'sb_send_retries_total{channel="telegram"}': rising(1)}, "50m",
         [{"channel": "telegram"}]),
    Case("SoundingBoardSendRetries", "a retry a minute for 15 minutes, then none",
         {'sb_send_retries_total{channel="telegram"}': "0+1x15 15x30"}, "24m", NOTHING),

    Case("SoundingBoardSpoolNotDraining", "a replica holds 4 messages for 10 minutes",
         {f"sb_spool_depth{{{RASA_0}}}": "0 0 4x10 0x10"}, "11m",
         [{"instance": "rasa-0.rasa:5005", "job": "sounding-board-rasa"}]),
    Case("SoundingBoardSpoolNotDraining", "a replica holds 4 messages for 3 minutes",
         {f"sb_spool_depth{{{RASA_0}}}": "0 0 4x3 0x10"}, "5m", NOTHING),

    Case("SoundingBoardRedisUnavailable", "a replica has gone without Redis for 10 minutes",
         {f"sb_redis_available{{{RASA_0}}}": "1 1 0x10 1x10"}, "11m",
         [{"instance": "rasa-0.rasa:5005", "job": "sounding-board-rasa"}]),
    Case("SoundingBoardRedisUnavailable", "Redis restarted: 3 minutes without it, then back",
         {f"sb_redis_available{{{RASA_0}}}": "1 1 0x3 1x10"}, "6m", NOTHING),

    Case("SoundingBoardMessagesHeld", "3 messages held a minute on two channels",
         {'sb_spooled_total{channel="twilio",outcome="held"}': rising(2),
          'sb_spooled_total{channel="rest",outcome="held"}': rising(1)}, "10m", ONCE),
    Case("SoundingBoardMessagesHeld", "one patient's stuck turn: 3 of their messages held",
         {'sb_spooled_total{channel="twilio",outcome="held"}': "_ 1 2 3x20"}, "5m", NOTHING),

    Case("SoundingBoardHeldMessagesExpired", "the first 4 held messages ever expired, at minute 30",
         {'sb_spooled_total{channel="telegram",outcome="expired"}': "_x29 4x60"}, "40m",
         [{"channel": "telegram"}]),
    Case("SoundingBoardHeldMessagesExpired", "2 more expired, 1 had before",
         {'sb_spooled_total{channel="telegram",outcome="expired"}': "1x29 3x60"}, "40m",
         [{"channel": "telegram"}]),
    Case("SoundingBoardHeldMessagesExpired", "4 expired over an hour ago, none since",
         {'sb_spooled_total{channel="telegram",outcome="expired"}': "4x120"}, "90m", NOTHING),

    Case("SoundingBoardProcessDown", "an action server stops answering for 8 minutes",
         {'up{instance="10.0.0.7:9055",job="sounding-board-actions"}': "1 1 0x10"}, "9m",
         [{"instance": "10.0.0.7:9055", "job": "sounding-board-actions"}]),
    Case("SoundingBoardProcessDown", "a Rasa server restarts: 3 minutes unanswered",
         {f"up{{{RASA_0}}}": "1 1 0 0 0 1x10"}, "4m", NOTHING),
    Case("SoundingBoardProcessDown", "another job's target is down",
         {'up{instance="n:9100",job="node"}': "0x20"}, "15m", NOTHING),

    Case("SoundingBoardMetricsMissing", "the action servers are not scraped",
         {f"up{{{RASA_0}}}": "1x20"}, "15m", [{"job": "sounding-board-actions"}]),
    Case("SoundingBoardMetricsMissing", "both jobs have a target",
         {f"up{{{RASA_0}}}": "1x20",
          'up{instance="10.0.0.7:9055",job="sounding-board-actions"}': "1x20"}, "15m", NOTHING),

    Case("SoundingBoardNotReady", "a running Rasa pod not ready for 8 minutes",
         {'kube_pod_status_ready{condition="true",namespace="sounding-board",pod="rasa-1"}': "0x10",
          'kube_pod_status_phase{namespace="sounding-board",phase="Running",pod="rasa-1"}': "1x10"},
         "8m", [{"condition": "true", "namespace": "sounding-board", "pod": "rasa-1"}]),
    Case("SoundingBoardNotReady", "a finished retention pod (never ready again)",
         {'kube_pod_status_ready{condition="true",namespace="sounding-board",pod="retention-1"}': "0x10",
          'kube_pod_status_phase{namespace="sounding-board",phase="Running",pod="retention-1"}': "0x10"},
         "8m", NOTHING),
]


def promtool_test(case: Case, rules_file: Path, rule: Dict[str, Any]) -> Dict[str, Any]:
    """The `promtool test rules` file for one case of `rule`."""
    expected = []
    for from_series in case.fires:
        labels = {**rule.get("labels", {}), **from_series}
        expected.append({"exp_labels": labels,
                         "exp_annotations": {key: _rendered(text, labels)
                                             for key, text in rule["annotations"].items()}})
    return {
        "rule_files": [str(rules_file)],
        "evaluation_interval": "1m",
        "tests": [{
            "interval": "1m",
            "input_series": [{"series": name, "values": values} for name, values in case.series.items()],
            "alert_rule_test": [{"eval_time": case.at, "alertname": case.alert,
                                 "exp_alerts": expected}],
        }],
    }


def _rendered(template: str, labels: Dict[str, str]) -> str:
    """An annotation as Prometheus fills it in (our rules use only {{ $labels.x }})."""
    return re.sub(r"\{\{\s*\$labels\.(\w+)\s*\}\}", lambda m: labels[m.group(1)], template)

"""Several targets on one indicator, assess_plan order, and the --fail-on order."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from ivp_cli.plan.model import Plan
from ivp_cli.progress.assess import STATUS_ORDER, assess_plan, fails, rank
from ivp_cli.words.status import Status
from tests.progress_helpers import TEST_DATA, indicator, run

HALT = [
    {"type": "at_most_baseline", "text": "gelijk of lager aantal verwijzingen"},
    {"type": "qualitative", "text": "alle jeugd die in aanmerking komt wordt doorverwezen naar Halt"},
]


def test_halt_referrals_take_the_assessable_part() -> None:
    result = run(indicator(HALT, baseline=("2022", 4), measurements=[("2024", 5)]))
    assert (result.status, result.method) == (Status.ACHIEVED, "baseline_band")
    assert [part.method for part in result.parts] == ["baseline_band", "qualitative"]
    assert result.explanation["nl"] == (
        "Doel voor 2027: gelijk aan of lager dan de nulmeting. Van 4 in 2022 naar 5 in 2024: binnen de "
        "marge van de nulmeting (2 tot en met 10). Dat telt als gelijk, dus behaald. Doel voor 2027: "
        "een doel in woorden. Laatste waarde: 5 in 2024. Dit doel staat in woorden en vraagt het oordeel "
        "van een mens."
    )


def test_the_worst_assessable_part_decides() -> None:
    targets: list[dict[str, Any]] = [
        {"type": "absolute", "bound": "at_most", "value": 500},  # 470 <= 500: achieved
        {"type": "direction", "direction": "decrease"},  # 423 -> 470, above 465.3: the wrong way
    ]
    result = run(indicator(targets, baseline=("2022", 423), measurements=[("2024", 470)]))
    assert [part.status for part in result.parts] == [Status.ACHIEVED, Status.DETERIORATING]
    assert (result.status, result.method) == (Status.DETERIORATING, "direction")


def test_insufficient_data_outranks_monitor_only_when_nothing_is_assessable() -> None:
    targets = [{"type": "monitor"}, {"type": "at_most_baseline"}]
    result = run(indicator(targets, baseline=("2022", 4)))
    assert [part.status for part in result.parts] == [Status.MONITOR_ONLY, Status.INSUFFICIENT_DATA]
    assert result.status is Status.INSUFFICIENT_DATA


def test_assess_plan_keeps_plan_order() -> None:
    def item(ident: str) -> dict[str, object]:
        return {"id": ident, "name": ident, "unit": "count", "targets": [{"type": "monitor"}]}

    plan = Plan.model_validate(
        {
            "schema_version": 1,
            "municipality": {"name": "Landsmeer", "cbs_code": "GM0415"},
            "plan": {
                "title": "Testplan",
                "kind": "integraal_veiligheidsplan",
                "period": {"start": 2024, "end": 2027},
                "adoption": {"body": "gemeenteraad", "status": "onbekend"},
                "document": {"title": "test", "reference": TEST_DATA["note"]},
            },
            "themes": [
                {"id": "b", "title": "B", "kind": "prioriteit", "indicators": [item("z"), item("a")]},
                {"id": "a", "title": "A", "kind": "prioriteit", "indicators": [item("m")]},
            ],
        }
    )
    results = assess_plan(plan, as_of=date(2026, 1, 1))
    assert [(r.theme_id, r.indicator_id) for r in results] == [("b", "z"), ("b", "a"), ("a", "m")]


def test_status_order_worst_last() -> None:
    assert [rank(status) for status in STATUS_ORDER] == [0, 1, 2, 3, 4, 5]
    assert STATUS_ORDER[-1] is Status.NOT_ACHIEVED
    for outside in (Status.INSUFFICIENT_DATA, Status.NOT_ASSESSABLE, Status.MONITOR_ONLY):
        assert rank(outside) is None


@pytest.mark.parametrize(
    ("statuses", "threshold", "expected"),
    [
        ([Status.BEHIND_SCHEDULE], Status.DETERIORATING, False),
        ([Status.DETERIORATING], Status.DETERIORATING, True),
        ([Status.BEHIND_SCHEDULE], Status.BEHIND_SCHEDULE, True),
        ([Status.DETERIORATING], Status.BEHIND_SCHEDULE, True),
        ([Status.ON_TRACK, Status.INSUFFICIENT_DATA, Status.NOT_ASSESSABLE], Status.BEHIND_SCHEDULE, False),
        ([Status.ACHIEVED], Status.ACHIEVED, True),
        ([Status.NO_PROGRESS], Status.BEHIND_SCHEDULE, True),
        ([Status.NO_PROGRESS], Status.DETERIORATING, False),
        ([Status.NOT_ACHIEVED], Status.DETERIORATING, True),
        ([Status.MONITOR_ONLY], Status.ON_TRACK, False),
    ],
)
def test_fail_on(statuses: list[Status], threshold: Status, expected: bool) -> None:
    template = run(indicator([{"type": "monitor"}]))
    made = [dataclasses.replace(template, status=status) for status in statuses]
    assert fails(made, threshold) is expected


def test_fail_on_refuses_a_status_outside_the_order() -> None:
    with pytest.raises(ValueError, match="outside the status order"):
        fails([], Status.NOT_ASSESSABLE)

"""Police figures say they can still be revised, whatever status word the police give them."""

from __future__ import annotations

import pytest

from ivp_cli.plan.model import Measurement
from ivp_cli.render.figures import figure_view
from ivp_cli.words.lang import Lang


def measurement(source: str) -> Measurement:
    provenance: dict[str, object] = {
        "source": source,
        "reference": "Stichting Halt",
        "entered_at": "2025-01-10",
    }
    if source == "politie":
        provenance = {
            "source": "politie",
            "table": "47013NED",
            "keys": {"SoortMisdrijf": "3.1.1 ", "RegioS": "GM0415"},
            "measure": "GeregistreerdeMisdrijven_1",
            "periods": ["2023JJ00"],
            "retrieved_at": "2025-01-10T08:00:00Z",
        }
    return Measurement.model_validate(
        {"period": "2023", "value": 1234, "status": "definitief", "provenance": provenance}
    )


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("nl", "1.234, definitief volgens de politie, kan nog worden herzien"),
        ("en", "1,234, final according to the police, may still be revised"),
    ],
)
def test_a_police_figure_marked_definitief_may_still_be_revised(lang: Lang, shown: str) -> None:
    assert figure_view("measurement", measurement("politie"), "count", lang).value == shown


def test_other_sources_keep_their_status_word_alone() -> None:
    assert figure_view("measurement", measurement("manual"), "count", "nl").value == "1.234, definitief"

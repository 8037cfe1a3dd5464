"""Messages in plain Dutch: `--lang nl` or IVP_LANG=nl; English stays the default for CI logs."""

from __future__ import annotations

from pathlib import Path

from ivp_cli.load import load_plans
from ivp_cli.validation.diagnostics import CODES
from ivp_cli.words.diagnostic_words import CODES_NL, MESSAGE_LANG, message_in
from tests.conftest import REPO, Ivp
from tests.test_checks_rules import MINIMAL

BAD_PLANS = REPO / "tests" / "bad_plans"


def test_every_code_has_a_dutch_description() -> None:
    assert set(CODES_NL) == set(CODES)


def test_every_realistic_mistake_reads_in_dutch(ivp: Ivp) -> None:
    code, out, _ = ivp("validate", BAD_PLANS, "--lang", "nl")
    assert code == 1
    lines = out.splitlines()
    assert all("fout[" in line or "waarschuwing[" in line for line in lines[:-1])
    assert [line for line in lines if "in het Engels" in line] == []
    assert lines[-1].endswith("bestanden")


def test_the_default_stays_english(ivp: Ivp) -> None:
    out = ivp("validate", BAD_PLANS / "unknown-key-basline.yaml").stdout
    assert out.endswith(
        "unknown-key-basline.yaml:34:9: error[IVP101]: unknown key 'basline'; did you mean 'baseline'?\n"
        "1 error, 0 warnings in 1 file\n"
    )


def test_ivp_lang_nl_switches_and_lang_en_switches_back(ivp: Ivp) -> None:
    plan = BAD_PLANS / "unknown-key-basline.yaml"
    dutch = ivp("validate", plan, env={"IVP_LANG": "nl"}).stdout
    assert dutch.endswith(
        "unknown-key-basline.yaml:34:9: fout[IVP101]: onbekende sleutel 'basline'; bedoelt u 'baseline'?\n"
        "1 fout, 0 waarschuwingen in 1 bestand\n"
    )
    assert "error[IVP101]" in ivp("validate", plan, "--lang", "en", env={"IVP_LANG": "nl"}).stdout
    assert MESSAGE_LANG.get() == "en"  # the command's language ends with the command


def test_a_valid_plan_in_dutch(ivp: Ivp) -> None:
    assert ivp("validate", BAD_PLANS / "valid" / "minimal.yaml", "--lang", "nl").stdout == "1 plan in orde\n"


def test_json_and_github_carry_the_dutch_message(ivp: Ivp) -> None:
    plan = BAD_PLANS / "percentage-150.yaml"
    json_out = ivp("validate", plan, "--format", "json", "--lang", "nl").stdout
    assert '"message": "een percentage ligt tussen 0 en 100, niet 150"' in json_out
    assert '"severity": "error"' in json_out  # machine fields keep their values
    github = ivp("validate", plan, "--format", "github", "--lang", "nl").stdout
    assert github.startswith("::error ")
    assert github.endswith("::een percentage ligt tussen 0 en 100, niet 150\n")


def test_other_commands_refuse_a_plan_in_dutch(ivp: Ivp) -> None:
    code, _, err = ivp("status", BAD_PLANS / "percentage-150.yaml", env={"IVP_LANG": "nl"})
    assert code == 1
    assert "fout[IVP206]: een percentage ligt tussen 0 en 100, niet 150" in err


def test_the_new_warnings_read_in_dutch(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    unit = "        unit: percentage\n"
    extra = "        direction: increase\n        source: ''\n"
    plan.write_text(MINIMAL.replace(unit, unit + extra), "utf-8")
    found = load_plans([plan]).diagnostics
    assert [message_in("nl", d.code, d.message) for d in found] == [
        "de bron is leeg: noem waar de cijfers vandaan komen, of haal de sleutel weg",
        "het doel 10 ligt onder de nulmeting 12.8, maar de indicator moet stijgen: controleer het doel, "
        "de nulmeting of de richting",
    ]


def test_a_message_without_a_dutch_pattern_keeps_its_english_detail() -> None:
    assert message_in("nl", "IVP003", "YAML syntax error: something new") == (
        "fout in de YAML-opbouw (inspringen, aanhalingsteken niet gesloten, losse dubbele punt) "
        "(in het Engels: YAML syntax error: something new)"
    )

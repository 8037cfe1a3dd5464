"""`ivp report` through the CLI: what is written, messages, options and every usage error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Ivp
from tests.report.helpers import AS_OF, EXAMPLE_PLAN, REAL_PLANS, Report


def test_writes_both_formats_per_plan_and_says_so(report: Report, tmp_path: Path) -> None:
    result = report(tmp_path, EXAMPLE_PLAN)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"wrote {tmp_path}/voorbeeld-landsmeer.md",
        f"wrote {tmp_path}/voorbeeld-landsmeer.html",
        f"2 report file(s) written to {tmp_path}/",
    ]
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "voorbeeld-landsmeer.html",
        "voorbeeld-landsmeer.md",
    ]


def test_a_report_that_is_already_there_is_left_as_it_was(report: Report, tmp_path: Path) -> None:
    assert report(tmp_path, EXAMPLE_PLAN).exit_code == 0
    markdown, html = tmp_path / "voorbeeld-landsmeer.md", tmp_path / "voorbeeld-landsmeer.html"
    before = {path: (path.stat().st_ino, path.stat().st_mtime_ns) for path in (markdown, html)}
    again = report(tmp_path, EXAMPLE_PLAN)
    assert again.exit_code == 0
    assert again.stdout.splitlines() == [
        f"unchanged {markdown}",
        f"unchanged {html}",
        f"2 report file(s) in {tmp_path}/: 0 written, 2 unchanged",
    ]
    assert {path: (path.stat().st_ino, path.stat().st_mtime_ns) for path in before} == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_report_that_changed_is_written_again(ivp: Ivp, report: Report, tmp_path: Path) -> None:
    assert report(tmp_path, EXAMPLE_PLAN).exit_code == 0
    markdown = tmp_path / "voorbeeld-landsmeer.md"
    markdown.write_text(markdown.read_text(encoding="utf-8") + "eigen toevoeging\n", encoding="utf-8")
    later = ivp("report", EXAMPLE_PLAN, "-o", tmp_path, "--as-of", "2026-03-01")  # the html changes too
    assert later.exit_code == 0
    assert later.stdout.splitlines()[-1] == f"2 report file(s) written to {tmp_path}/"
    assert "eigen toevoeging" not in markdown.read_text(encoding="utf-8")
    assert "Stand per 1 maart 2026" in markdown.read_text(encoding="utf-8")


def test_format_md_writes_only_markdown(report: Report, tmp_path: Path) -> None:
    assert report(tmp_path, *REAL_PLANS, "--format", "md").exit_code == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        f"{plan.stem}.md" for plan in REAL_PLANS
    )


def test_folder_argument_reads_every_plan_in_it(report: Report, tmp_path: Path) -> None:
    result = report(tmp_path, EXAMPLE_PLAN.parent, "-f", "html")
    assert result.exit_code == 0
    assert [path.name for path in tmp_path.iterdir()] == ["voorbeeld-landsmeer.html"]


def test_english_report_uses_english_fixed_text(report: Report, tmp_path: Path) -> None:
    assert report(tmp_path, EXAMPLE_PLAN, "--lang", "en", "-f", "md").exit_code == 0
    text = (tmp_path / "voorbeeld-landsmeer.md").read_text(encoding="utf-8")
    assert "Progress report · Landsmeer · Situation as of 1 January 2026\n" in text
    assert "- **Inhabitants:** 11,800 (2024, testgegevens, geen echt inwonertal)\n" in text
    assert "## How to read this report\n" in text


def test_dutch_report_shows_period_and_source_of_every_figure(report: Report, tmp_path: Path) -> None:
    assert report(tmp_path, EXAMPLE_PLAN, "-f", "md").exit_code == 0
    text = (tmp_path / "voorbeeld-landsmeer.md").read_text(encoding="utf-8")
    assert "Voortgangsrapportage · Landsmeer · Stand per 1 januari 2026\n" in text
    assert "- **Nulmeting:** 4 (2022; plandocument, §4.1, tabel Effectindicatoren)\n" in text
    assert "- **Laatste meting:** 3, voorlopig (2024; testgegevens, geen echt cijfer)\n" in text
    assert (
        "| Nulmeting | 2023 | 81,5 % (marge 79 % tot 84 %) | testgegevens, geen echt cijfer. "
        "Opmerking: verzonnen nulmeting voor de rapporttests |\n"
    ) in text
    assert "- **Laatste meting:** geen gegevens\n" in text
    assert "## Zo leest u dit rapport\n" in text


def test_bad_as_of_is_a_usage_error(ivp: Ivp, tmp_path: Path) -> None:
    result = ivp("report", EXAMPLE_PLAN, "-o", tmp_path, "--as-of", "1-1-2026")
    assert result.exit_code == 2
    assert "'1-1-2026' is not a date; write YYYY-MM-DD" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_bad_language_is_a_usage_error(ivp: Ivp, tmp_path: Path) -> None:
    result = ivp("report", EXAMPLE_PLAN, "-o", tmp_path, "--lang", "de")
    assert result.exit_code == 2
    assert list(tmp_path.iterdir()) == []


def test_invalid_plan_is_reported_with_location_and_nothing_is_written(
    report: Report, tmp_path: Path
) -> None:
    broken = tmp_path / "kapot.yaml"
    broken.write_text(EXAMPLE_PLAN.read_text(encoding="utf-8").replace("kind: prioriteit", "kind: prio", 1))
    out = tmp_path / "out"
    result = report(out, broken)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{broken}:")
    assert "error[" in result.stderr
    assert not out.exists()


def test_no_plan_files_is_a_usage_error(report: Report, tmp_path: Path) -> None:
    result = report(tmp_path / "out", tmp_path)
    assert result.exit_code == 2
    assert result.stderr == f"ivp report: no plan files (*.yaml, *.yml) in: {tmp_path}\n"


def test_default_output_folder_is_out(ivp: Ivp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = ivp("report", EXAMPLE_PLAN, "-f", "md", "--as-of", AS_OF)
    assert result.exit_code == 0
    assert (tmp_path / "out" / "voorbeeld-landsmeer.md").is_file()
    assert result.stdout.splitlines()[-1] == "1 report file(s) written to out/"


def test_a_report_name_taken_by_a_folder_is_refused_and_nothing_is_put_in_place(
    report: Report, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    (out / "voorbeeld-landsmeer.md").mkdir(parents=True)
    result = report(out, EXAMPLE_PLAN)
    assert result.exit_code == 1
    assert result.stderr == f"ivp report: cannot write {out / 'voorbeeld-landsmeer.md'}: Is a directory\n"
    assert sorted(p.name for p in out.iterdir()) == ["voorbeeld-landsmeer.md"]  # the folder, no html
    assert list((out / "voorbeeld-landsmeer.md").iterdir()) == []


def test_a_disk_that_fills_up_midway_leaves_no_report_and_no_temp_file(
    report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    from ivp_cli.write import atomic

    written: list[Path] = []
    write_all = atomic._write_all
    new_temp = atomic._new_temp

    def names_temp(path: Path, mode: int) -> tuple[int, Path]:
        handle, temp = new_temp(path, mode)
        written.append(temp)
        return handle, temp

    def fills_up(handle: int, data: bytes) -> None:  # the second file's bytes find the disk full
        if len(written) > 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        write_all(handle, data)

    monkeypatch.setattr(atomic, "_new_temp", names_temp)
    monkeypatch.setattr(atomic, "_write_all", fills_up)
    out = tmp_path / "out"
    result = report(out, EXAMPLE_PLAN)
    assert result.exit_code == 1
    assert result.stderr.startswith("ivp report: cannot write ")
    assert result.stderr.endswith(": No space left on device\n")
    assert len(written) == 2 and not any(temp.exists() for temp in written)  # both removed again
    assert not out.exists()

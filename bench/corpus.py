"""A corpus of 342 plans, one per Dutch municipality, built from the five shipped plans.

Round-robin over `plans/*.yaml`: each copy gets another municipality's name and CBS code and loses
its partners; everything else (comments, layout, indicators) stays, because the edit is made on the
text at the positions ruamel's composer reports. Used by the validate, fetch and report benchmarks:

    from corpus import generate_corpus          # with bench/ on sys.path
    paths = generate_corpus(tmp_dir)            # 342 files
    paths = generate_corpus(tmp_dir, 3420)      # every municipality ten times (memory must not grow)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from ivp_cli.plan import catalog

REPO = Path(__file__).resolve().parent.parent


def _pairs(node: Any) -> dict[str, tuple[Any, Any]]:
    return {key.value: (key, value) for key, value in node.value}


def _edits(text: str, name: str, code: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) offsets in `text` for the municipality block."""
    root = _pairs(YAML().compose(text))
    municipality = _pairs(root["municipality"][1])
    edits = []
    for field, replacement in (("name", json.dumps(name, ensure_ascii=False)), ("cbs_code", f"'{code}'")):
        value = municipality[field][1]
        edits.append((value.start_mark.index, value.end_mark.index, replacement))
    if "partners" in municipality:
        key, value = municipality["partners"]
        start = text.rfind("\n", 0, key.start_mark.index) + 1
        end = value.end_mark.index
        if text[end - 1 : end] != "\n":
            end = text.find("\n", end) + 1 or len(text)
        edits.append((start, end, ""))
    return edits


def rename_plan(text: str, name: str, code: str) -> str:
    for start, end, replacement in sorted(_edits(text, name, code), reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def generate_corpus(dest: Path, count: int = 342, sources: Path | None = None) -> list[Path]:
    originals = sorted((sources or REPO / "plans").glob("*.yaml"))
    if not originals:
        raise FileNotFoundError(f"no plans in {sources or REPO / 'plans'}")
    texts = [path.read_text(encoding="utf-8") for path in originals]
    towns = sorted(catalog.municipalities().items())
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(count):
        code, name = towns[index % len(towns)]
        copy = f"-{index // len(towns) + 1}" if count > len(towns) else ""
        path = dest / f"{code.lower()}-{_slug(name)}{copy}.yaml"
        path.write_text(rename_plan(texts[index % len(texts)], name, code), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("out/corpus")
    print(f"{len(generate_corpus(target))} plans written to {target}")

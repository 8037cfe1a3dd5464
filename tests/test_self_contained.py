"""A fresh clone is all the project needs: no tracked file reaches for a folder beside the repository."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.conftest import REPO

FOLDER = b"shared"  # the folder that once sat beside the repository
# Assembled from parts so that this file does not match itself.
OUTSIDE = re.compile(
    rb"\.\.[/\\]" + FOLDER + rb"\b|\b" + FOLDER + rb"/|\.parent\s*/\s*[\"']" + FOLDER + rb"[\"']"
)


def tracked_files() -> list[str]:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout: the tracked files are unknown")
    listing = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True)
    return [name for name in listing.stdout.decode("utf-8").split("\0") if name]


def test_the_pattern_finds_each_way_of_naming_the_folder() -> None:
    folder = FOLDER.decode()
    for text in (f"../{folder}/seeds", f"{folder}/seeds/000.txt", f'REPO.parent / "{folder}"'):
        assert OUTSIDE.search(text.encode()), text
    for text in ("shared_groups", "combined.shared", 'id="shared"', "the machine is shared"):
        assert not OUTSIDE.search(text.encode()), text


def test_no_tracked_file_names_the_folder_beside_the_repository() -> None:
    hits = []
    for name in tracked_files():
        path = REPO / name
        if not path.is_file():  # deleted in the work tree, not yet committed
            continue
        for number, line in enumerate(path.read_bytes().splitlines(), start=1):
            if OUTSIDE.search(line):
                hits.append(f"{name}:{number}: {line.decode('utf-8', 'replace').strip()}")
    assert hits == []

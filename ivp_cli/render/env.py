"""The Jinja environment for reports: where templates live, escaping, filters.

Templates live inside the package, `ivp_cli/render/templates/`, in a checkout and in the wheel
alike. A user directory given with `--templates` comes first, so a municipality overrides one file
and keeps the rest.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import jinja2

from ivp_cli.render.markdown_escape import finalize_markdown


class TemplateDirError(Exception):
    pass


def shipped_templates() -> Path:
    return Path(str(resources.files("ivp_cli.render") / "templates"))


def _loader(user_dir: Path | None) -> jinja2.BaseLoader:
    shipped = jinja2.FileSystemLoader(str(shipped_templates()))
    if user_dir is None:
        return shipped
    if not user_dir.is_dir():
        raise TemplateDirError(f"{user_dir}: not a directory of templates")
    return jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(user_dir)), shipped])


def _is_html(name: str | None) -> bool:
    return name is not None and ".html" in name


@functools.lru_cache(maxsize=8)
def make_environment(fmt: str, user_dir: Path | None = None) -> jinja2.Environment:
    """One environment per format: HTML autoescapes, Markdown escapes every printed value.

    Cached, so templates compile once per run rather than once per report (bench/report.py);
    Jinja's auto_reload still notices a template file that changed on disk.
    """
    common: dict[str, object] = {
        "loader": _loader(user_dir),
        "undefined": jinja2.StrictUndefined,
        "keep_trailing_newline": True,
        "trim_blocks": True,
        "lstrip_blocks": True,
    }
    if fmt == "html":
        return jinja2.Environment(autoescape=_is_html, **common)  # type: ignore[arg-type]
    return jinja2.Environment(autoescape=False, finalize=finalize_markdown, **common)  # type: ignore[arg-type]

"""The Jinja environment for reports: where templates live, escaping, filters.

Templates live inside the package, `ivp_cli/render/templates/`, in a checkout and in the wheel
alike. A user directory given with `--templates` comes first, so a municipality overrides one file
and keeps the rest.

With `--templates`, every template (the user's and the shipped ones they include or extend)
renders in Jinja's immutable sandbox: it reads the context it is given and prints, and it cannot
reach Python internals (`cycler.__init__.__globals__`), call methods that change data, or build
huge strings and numbers with `*` and `**`. The README's report section says what a template may
do. Without it only the shipped templates run: they are this package's own code, reviewed and
tested as its Python is, so they render in a plain environment, where an attribute lookup is
Jinja's getattr and not the sandbox's checks (about a third of the rendering time). A test renders
them in the sandbox too, so a municipality can copy and change any of them.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ivp_cli.render.markdown_escape import finalize_markdown
from ivp_cli.words.phrases import text

# Bounds on what one expression in a template may build: a text or list of a million items, a power
# of at most 100. A report never needs more; `'x' * 10**10` would need 10 GB.
MAX_REPEAT = 1_000_000
MAX_EXPONENT = 100


class TemplateDirError(Exception):
    pass


class _Sandbox(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset(["*", "**"])

    def __init__(self, **options: object) -> None:
        super().__init__(**options)
        self._safe_attributes: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj: object, attr: str, value: object) -> bool:
        """Jinja's verdict, remembered: it looks at the object's type and the name, never the value.

        A report asks for the same few names on the same few types thousands of times; deciding
        each pair once took the sandbox from about 40 % of the rendering time to almost nothing.
        An object whose `__class__` is not its type (a proxy) is judged afresh every time.
        """
        kind = type(obj)
        if obj.__class__ is not kind:
            return super().is_safe_attribute(obj, attr, value)
        key = (kind, attr)
        verdict = self._safe_attributes.get(key)
        if verdict is None:
            verdict = self._safe_attributes[key] = super().is_safe_attribute(obj, attr, value)
        return verdict

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: object, right: object
    ) -> object:
        if operator == "**" and isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
            raise SecurityError(f"a power of more than {MAX_EXPONENT} is not allowed in a template")
        if operator == "*" and _repeated_length(left, right) > MAX_REPEAT:
            raise SecurityError(
                f"a text or list of more than {MAX_REPEAT} items is not allowed in a template"
            )
        return super().call_binop(context, operator, left, right)


def _repeated_length(left: object, right: object) -> int:
    for sequence, times in ((left, right), (right, left)):
        if isinstance(sequence, str | list | tuple) and isinstance(times, int):
            return len(sequence) * times
    return 0


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

    Cached, so templates compile once per run rather than once per report (bench/report.py).
    A user's template folder is looked at again whenever a template is used, so an edited file is
    noticed (Jinja's auto_reload); the shipped templates are part of the installed package and are
    not: that check was 33 file lookups a plan.
    """
    kind: type[jinja2.Environment] = jinja2.Environment if user_dir is None else _Sandbox
    html = fmt == "html"
    environment = kind(
        loader=_loader(user_dir),
        auto_reload=user_dir is not None,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=_is_html if html else False,
        finalize=None if html else finalize_markdown,
    )
    environment.filters["t"] = environment.globals["t"] = translate
    return environment


@jinja2.pass_context
def translate(context: jinja2.runtime.Context, key: str, **values: object) -> str:
    """`'key' | t` or `t('key')`: the phrase in the language of the report being rendered.

    The shipped templates use the filter: Jinja calls a filter directly, and a function through
    its context machinery, which for the 270 phrases of a report was 0.27 ms a plan.
    """
    return text(context["lang"], key, **values)

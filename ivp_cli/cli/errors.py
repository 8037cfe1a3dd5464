"""The one place where outcomes become exit codes (see the README's table).

Core code raises the `ivp_cli.errors` family and never picks a code. `handled` wraps every command,
so the typer app (and with it typer's test runner) maps them exactly as the installed `ivp` does;
`run` covers what happens before a command runs (usage errors) and keeps tracebacks from users.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import ParamSpec

import typer

from ivp_cli.cli.options import message_language
from ivp_cli.errors import FindingsError, IvpError, SourceFailedError, UsageError
from ivp_cli.words.diagnostic_words import MESSAGE_LANG

OK = 0
FINDINGS = 1
USAGE = 2
SOURCE_FAILED = 3
INTERNAL = 4
INTERRUPTED = 130

_CODES: tuple[tuple[type[IvpError], int], ...] = (
    (UsageError, USAGE),
    (FindingsError, FINDINGS),
    (SourceFailedError, SOURCE_FAILED),
)

P = ParamSpec("P")


def exit_code(error: IvpError) -> int:
    return next((code for kind, code in _CODES if isinstance(error, kind)), INTERNAL)


def handled(command: Callable[P, None]) -> Callable[P, None]:
    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        language = MESSAGE_LANG.set(message_language())
        try:
            command(*args, **kwargs)
        except IvpError as error:
            _print(*error.lines)
            raise typer.Exit(exit_code(error)) from None
        except KeyboardInterrupt:
            _print("ivp: interrupted")
            raise typer.Exit(INTERRUPTED) from None
        except Exception as error:  # anything unforeseen: a short message, never a traceback
            if _is_click_exit(error):
                raise
            _print(*_internal(error))
            raise typer.Exit(INTERNAL) from None
        finally:
            MESSAGE_LANG.reset(language)

    return wrapper


def run(app: Callable[[], object]) -> int:
    """Run the app; what it returns is click's exit code (from typer.Exit, --help) or None."""
    try:
        result = app()
    except KeyboardInterrupt:
        _print("ivp: interrupted")
        return INTERRUPTED
    except Exception as error:
        return _outside_commands(error)
    return result if isinstance(result, int) else OK


def _outside_commands(error: Exception) -> int:
    # typer >= 0.29 vendors its own click, so match click's exception protocol by class name
    # rather than by `isinstance` against whichever click happens to be importable.
    names = {cls.__name__ for cls in type(error).__mro__}
    if "ClickException" in names:
        error.show()  # type: ignore[attr-defined]
        return USAGE
    if "Abort" in names:
        _print("ivp: aborted")
        return INTERRUPTED
    _print(*_internal(error))
    return INTERNAL


def _is_click_exit(error: Exception) -> bool:
    return any(cls.__name__ in {"Exit", "Abort", "ClickException"} for cls in type(error).__mro__)


def _internal(error: Exception) -> tuple[str, str]:
    return (
        f"ivp: internal error: {type(error).__name__}: {error}",
        "This is a bug in ivp, not in your plan. Please report it with the command you ran.",
    )


def _print(*lines: str) -> None:
    from ivp_cli.words.visible import visible

    for line in lines:
        print(visible(line), file=sys.stderr)

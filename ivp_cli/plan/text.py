"""Plan file bytes -> text, and the located error every YAML reader of a plan raises."""

from __future__ import annotations

from pathlib import Path


class PlanYamlError(Exception):
    def __init__(self, code: str, line: int, col: int, message: str) -> None:
        super().__init__(message)
        self.code, self.line, self.col, self.message = code, line, col, message


def read_text(path: Path) -> str:
    from ivp_cli.plan.bounds import OutOfBoundsError, read_plan_bytes

    try:
        data = read_plan_bytes(path)
    except OSError as error:
        raise PlanYamlError("IVP001", 1, 1, f"cannot read the file: {error.strerror}") from None
    except OutOfBoundsError as error:
        raise PlanYamlError(error.code, error.line, error.col, error.message) from None
    if b"\x00" in data:
        raise PlanYamlError("IVP001", 1, 1, "this is not a text file (it contains binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        col = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        byte = data[error.start]
        raise PlanYamlError(
            "IVP001", line, col, f"the file is not UTF-8 text (byte 0x{byte:02x} here): save it as UTF-8"
        ) from None

"""The closing report of `ivp fetch`: details per indicator, failures, and one line of counts."""

from __future__ import annotations

from collections import Counter

from ivp_cli.fetch.pipeline import FetchResult

STATES = ("updated", "unchanged", "revised", "failed")


def summary_lines(result: FetchResult) -> list[str]:
    lines = [
        f"{item.path}: {item.indicator_id}: {text}"
        for item in result.indicators
        for text in (*item.details, *item.flags)
    ]
    for source, errors in sorted(result.source_errors.items()):
        lines.extend(f"error: source {source} failed: {error}" for error in errors)
    for path, sources in sorted(result.kept.items()):
        lines.append(f"{path}: not written because {', '.join(sources)} failed (file left unchanged)")
    counts = Counter(item.state for item in result.indicators)
    lines.append("indicators: " + ", ".join(f"{counts[state]} {state}" for state in STATES))
    if result.source_errors:
        lines.append(_partial(result))
    stats = result.stats
    lines.append(f"requests: {stats.requests} (retries {stats.retries}, from cache {stats.cache_hits})")
    return lines


def _partial(result: FetchResult) -> str:
    failed = sorted(result.source_errors)
    fine = sorted({item.source for item in result.indicators} - set(failed))
    text = f"failed sources: {', '.join(failed)}"
    if fine:
        written = "written" if result.written else "checked (nothing to write)"
        text += f"; values from {', '.join(fine)} were {written}"
    return text

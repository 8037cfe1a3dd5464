"""`ivp new`: a plan skeleton for a municipality, valid from the start, with Dutch guidance comments."""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ivp_cli.errors import UsageError, WriteRefusedError
from ivp_cli.plan import catalog, standard
from ivp_cli.write.plan_file import create_plan


class UnknownMunicipalityError(UsageError):
    def __init__(self, name: str, suggestions: list[str]) -> None:
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"ivp new: '{name}' is not a Dutch municipality in the CBS list{hint}")
        self.suggestions = suggestions


def find_municipality(name: str) -> tuple[str, str]:
    """(name as CBS spells it, CBS code) for a name typed with or without CBS' qualifier."""
    code = catalog.code_for_name(name)
    if code is not None:
        return catalog.municipalities()[code], code
    names = sorted(catalog.municipalities().values())
    by_plain = {catalog.plain_name(official).casefold(): official for official in names}
    close = difflib.get_close_matches(name.strip().casefold(), list(by_plain), n=3, cutoff=0.6)
    raise UnknownMunicipalityError(name, [by_plain[match] for match in close])


def parse_years(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{4})\s*[-–]\s*(\d{4})\s*", text)
    if not match or int(match[1]) > int(match[2]):
        raise UsageError(f"ivp new: '{text}' is not a plan period: write first and last year, e.g. 2027-2030")
    return int(match[1]), int(match[2])


def slug(name: str) -> str:
    """'Súdwest-Fryslân' -> 'sudwest-fryslan', "'s-Gravenhage (gemeente)" -> 's-gravenhage'."""
    plain = unicodedata.normalize("NFKD", catalog.plain_name(name))
    ascii_only = plain.encode("ascii", "ignore").decode("ascii").lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")


def default_path(name: str, years: tuple[int, int]) -> Path:
    return Path("plans") / f"{slug(name)}-{years[0]}-{years[1]}.yaml"


@dataclass(frozen=True)
class NewPlan:
    path: Path
    name: str
    code: str
    years: tuple[int, int]


def write_new(municipality: str, period: str, output: Path | None, bbv: bool = False) -> NewPlan:
    """Create the skeleton through the write path (validated in full), never over an existing file."""
    name, code = find_municipality(municipality)
    years = parse_years(period)
    path = output or default_path(name, years)
    try:
        create_plan(path, render(name, code, years) + (bbv_theme() if bbv else ""))
    except FileExistsError:
        raise WriteRefusedError(
            f"ivp new: {path} already exists; not overwritten (choose another path with -o)"
        ) from None
    return NewPlan(path, name, code, years)


def render(name: str, code: str, years: tuple[int, int]) -> str:
    start, end = years
    title = f"Integraal Veiligheidsplan {start}-{end}"
    return TEMPLATE.format(
        name=json.dumps(name, ensure_ascii=False),
        code=code,
        start=start,
        end=end,
        before=start - 1,
        title=json.dumps(title),
    )


def bbv_theme() -> str:
    """The BBV safety indicators (Besluit begroting en verantwoording) by catalogue id, to follow."""
    lines = [
        "  # De verplichte BBV-beleidsindicatoren veiligheid, uit de standaardcatalogus van ivp:",
        "  # naam, eenheid, bron en ophalen komen uit de catalogus (`catalog:`); een eigen `name:`",
        "  # gaat voor. `ivp fetch` haalt de cijfers per 1.000 inwoners op, met Nederland en de",
        "  # mediaan van gemeenten van dezelfde grootte ter vergelijking.",
        "  - id: bbv-veiligheid",
        "    title: Beleidsindicatoren veiligheid (BBV)",
        "    kind: randvoorwaarde",
        "    indicators:",
    ]
    for item in standard.bbv():
        short = item.id.removeprefix("bbv-")
        lines += [f"      - id: {short}", f"        catalog: {item.id}   # {item.name}"]
        if not item.open_data:
            lines.append("        # geen open data: voer het cijfer in met `ivp record`")
        lines += ["        targets:", "          - type: monitor"]
    return "\n".join(lines) + "\n"


TEMPLATE = """\
# yaml-language-server: $schema=../schemas/plan.schema.json
# Nieuw plan, gemaakt met `ivp new`. Vul het aan met de tekst van het vastgestelde document:
# neem doelen en indicatoren letterlijk over en verzin geen cijfers. Controleer met `ivp validate`.
schema_version: 1
municipality:
  name: {name}
  cbs_code: '{code}'
  # partners:            # alleen bij een gezamenlijk plan van meer gemeenten
  #   - name: ...
  #     cbs_code: 'GM....'
plan:
  title: {title}
  kind: integraal_veiligheidsplan   # of: integraal_veiligheidsbeleid, kadernota, begrotingsparagraaf
  period:
    start: {start}
    end: {end}
  adoption:
    body: gemeenteraad
    status: ontwerp                  # wordt 'vastgesteld' met een datum zodra de raad besluit
    # date: {start}-01-31
  document:
    title: {title}
    reference: sources/nog-in-te-vullen.txt   # de tekst van het document, in de map sources/
themes:
  # Eén blok per prioriteit of thema uit het plan.
  - id: prioriteit-1                 # vaste sleutel: kleine letters, cijfers en koppeltekens
    title: Eerste prioriteit (titel uit het plan)
    kind: prioriteit                 # of: strategisch_thema, randvoorwaarde
    # kernbeleid:
    #   field: 1                     # veiligheidsveld Kernbeleid Veiligheid (1-5)
    #   code: '1.1'
    goals: []
    # goals:
    #   - De doelstelling, letterlijk uit het plan.
    # actions:
    #   - text: Een actie, letterlijk uit het plan.
    # partners: [Politie, Stichting Halt]
    indicators: []
    # indicators:
    #   - id: politieregistraties-drugshandel
    #     name: Politieregistraties drugshandel
    #     unit: count                # of: percentage, per_1000_inhabitants, state
    #     direction: decrease
    #     source: data.politie.nl
    #     baseline:
    #       period: '{before}'
    #       value: 4
    #       provenance:
    #         source: document
    #         reference: paragraaf en tabel in het plan
    #     targets:
    #       - text: Gelijk of lager aantal registraties
    #         type: at_most_baseline
"""

"""Pydantic models of an Integraal Veiligheidsplan as kept in `plans/*.yaml`.

Keys and technical enums are English; categories that come from the Dutch domain (plan kind, theme
kind, period status) keep their Dutch names, and all plan text stays verbatim Dutch.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr, field_validator

from ivp_cli.plan.periods import Period, parse_period


def doc(en: str, nl: str) -> str:
    """One description for both audiences of the exported schema (editor hover help)."""
    return f"{en}\n\n{nl}"


def _none_yet() -> list[Any]:
    # Not `default_factory=list`: pydantic reads a factory's signature, and for a builtin that
    # means tokenizing its text signature, which costs ~8 ms of start-up the first time.
    return []


class Strict(BaseModel):
    # defer_build: no validator is built at import. The first Plan.model_validate builds one for
    # the whole plan, nested models inlined, instead of one per class (33) that nobody calls.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


Number = StrictInt | StrictFloat
Value = StrictInt | StrictFloat | StrictStr
Slug = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9][a-z0-9-]*$",
        description=doc(
            "Stable identifier: lower case letters, digits and hyphens.",
            "Vaste sleutel: kleine letters, cijfers en koppeltekens.",
        ),
    ),
]
CbsCode = Annotated[
    str,
    Field(
        pattern=r"^GM\d{4}$",
        description=doc(
            "CBS municipality code such as GM0415, always a string.",
            "CBS-gemeentecode zoals GM0415, altijd als tekst.",
        ),
    ),
]
PeriodText = Annotated[
    str,
    Field(
        description=doc(
            "Period covered: a year (2022), a month (2023-04), a half year (2023H1) or a range "
            "(2023-04..2023-08).",
            "Periode: een jaar (2022), een maand (2023-04), een halfjaar (2023H1) of een reeks "
            "(2023-04..2023-08).",
        ),
    ),
]


def _check_period(value: object) -> str:
    text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    if not isinstance(text, str):
        raise ValueError("a period is a year such as 2022 or a text such as '2023-04..2023-08'")
    parse_period(text)
    return text


class Partner(Strict):
    name: str = Field(description=doc("Municipality name.", "Naam van de gemeente."))
    cbs_code: CbsCode


class Population(Strict):
    value: StrictInt = Field(gt=0, description=doc("Number of inhabitants.", "Aantal inwoners."))
    period: PeriodText
    source: str = Field(description=doc("Where the figure comes from.", "Bron van het aantal."))

    _period = field_validator("period", mode="before")(_check_period)


class Municipality(Strict):
    name: str = Field(
        description=doc("Municipality name as CBS spells it.", "Gemeentenaam zoals CBS die schrijft.")
    )
    cbs_code: CbsCode
    partners: list[Partner] = Field(
        default_factory=_none_yet,
        description=doc(
            "Other municipalities of a joint plan.",
            "Andere gemeenten van een gezamenlijk plan.",
        ),
    )
    population: Population | None = Field(
        default=None,
        description=doc(
            "Inhabitants, for figures per 1 000 inhabitants; only with a source.",
            "Inwonertal, voor cijfers per 1 000 inwoners; alleen met bron.",
        ),
    )


PlanKind = Literal[
    "integraal_veiligheidsplan", "integraal_veiligheidsbeleid", "kadernota", "begrotingsparagraaf"
]


class PlanPeriod(Strict):
    start: StrictInt = Field(ge=2000, le=2100, description=doc("First year.", "Eerste jaar."))
    end: StrictInt = Field(ge=2000, le=2100, description=doc("Last year.", "Laatste jaar."))


class Adoption(Strict):
    body: Literal["gemeenteraad", "college", "burgemeester"] = Field(
        description=doc("Body that adopts the plan.", "Orgaan dat het plan vaststelt.")
    )
    status: Literal["vastgesteld", "ontwerp", "onbekend"] = Field(
        description=doc(
            "Adoption status; 'onbekend' when the document does not say.",
            "Status van vaststelling; 'onbekend' als het document het niet vermeldt.",
        )
    )
    date: dt.date | None = Field(
        default=None, description=doc("Date of adoption.", "Datum van vaststelling.")
    )


class SourceDocument(Strict):
    title: str = Field(description=doc("Title of the document.", "Titel van het document."))
    reference: str = Field(
        description=doc(
            "Where the document can be found (file name or address).",
            "Waar het document te vinden is (bestandsnaam of adres).",
        )
    )
    url: str | None = Field(default=None, description=doc("Web address.", "Webadres."))


class PlanMeta(Strict):
    title: str = Field(description=doc("Title, verbatim.", "Titel, letterlijk."))
    kind: PlanKind = Field(description=doc("Kind of document.", "Soort document."))
    period: PlanPeriod = Field(description=doc("Years the plan covers.", "Jaren die het plan beslaat."))
    adoption: Adoption = Field(description=doc("How the plan was adopted.", "Hoe het plan is vastgesteld."))
    document: SourceDocument = Field(
        description=doc("The document this file encodes.", "Het document dat dit bestand vastlegt.")
    )


class KernbeleidRef(Strict):
    field: StrictInt = Field(
        ge=1,
        le=5,
        description=doc("Kernbeleid Veiligheid field (1-5).", "Veiligheidsveld Kernbeleid Veiligheid (1-5)."),
    )
    code: str | None = Field(
        default=None,
        pattern=r"^[1-5]\.\d$",
        description=doc(
            "Kernbeleid Veiligheid theme code such as 5.2.", "Themacode Kernbeleid Veiligheid, zoals 5.2."
        ),
    )
    basis: str | None = Field(
        default=None,
        description=doc(
            "Why this theme maps to this field: where the document says so.",
            "Waarom dit thema bij dit veld hoort: waar het document dat zegt.",
        ),
    )


# --- Provenance -------------------------------------------------------------------------------


class DocumentProvenance(Strict):
    source: Literal["document"] = Field(
        description=doc("Stated in the plan document.", "Vermeld in het plandocument.")
    )
    reference: str = Field(
        description=doc("Where in the document (section, table).", "Waar in het document (paragraaf, tabel).")
    )


class OpenDataProvenance(Strict):
    source: Literal["politie", "cbs"] = Field(
        description=doc(
            "Open-data source the value was fetched from.", "Open-databron waaruit de waarde is opgehaald."
        )
    )
    table: str = Field(description=doc("Table id such as 47013NED.", "Tabelnummer zoals 47013NED."))
    keys: dict[str, str | list[str]] = Field(
        description=doc(
            "Dimension keys queried, padded as sent.", "Gevraagde dimensiesleutels, zoals verstuurd."
        )
    )
    measure: str = Field(description=doc("Measure column.", "Kolom van de meetwaarde."))
    periods: list[str] = Field(
        description=doc("Period keys that make up the value.", "Periodesleutels waaruit de waarde bestaat.")
    )
    retrieved_at: dt.datetime = Field(description=doc("When it was fetched.", "Moment van ophalen."))


class ManualProvenance(Strict):
    source: Literal["manual"] = Field(description=doc("Entered by hand.", "Met de hand ingevoerd."))
    reference: str = Field(
        description=doc(
            "Who supplied the figure (Gemeente, Stichting Halt, Regio Control, RIEC).",
            "Wie het cijfer leverde (Gemeente, Stichting Halt, Regio Control, RIEC).",
        )
    )
    entered_at: dt.date = Field(description=doc("Date of entry.", "Datum van invoer."))
    entered_by: str | None = Field(default=None, description=doc("Who entered it.", "Wie het invoerde."))
    note: str | None = Field(default=None, description=doc("Remark.", "Opmerking."))


class TestDataProvenance(Strict):
    source: Literal["test"] = Field(
        description=doc(
            "Invented for a test or example: never a real figure.",
            "Verzonnen voor een test: nooit een echt cijfer.",
        )
    )
    note: str = Field(description=doc("Why the value was invented.", "Waarom de waarde verzonnen is."))


Provenance = Annotated[
    DocumentProvenance | OpenDataProvenance | ManualProvenance | TestDataProvenance,
    Field(discriminator="source"),
]


class Margin(Strict):
    lower: Number = Field(description=doc("Lower bound (95 %).", "Ondergrens (95 %)."))
    upper: Number = Field(description=doc("Upper bound (95 %).", "Bovengrens (95 %)."))


PeriodStatus = Literal["voorlopig", "nader_voorlopig", "definitief"]


class Observation(Strict):
    period: PeriodText
    value: Value | None = Field(
        description=doc(
            "The value; a number, or the recorded state for qualitative indicators; null = unknown.",
            "De waarde; een getal, of de vastgelegde toestand bij kwalitatieve indicatoren; null = onbekend.",
        )
    )
    margin: Margin | None = Field(
        default=None,
        description=doc("95 % margin of a survey value.", "95 %-marge van een enquêtecijfer."),
    )
    status: PeriodStatus | None = Field(
        default=None,
        description=doc(
            "Provisional or final, as the source says.", "Voorlopig of definitief, volgens de bron."
        ),
    )
    provenance: Provenance = Field(
        description=doc(
            "Where the value comes from: document, open data, by hand, or test data.",
            "Waar de waarde vandaan komt: document, open data, met de hand of testgegeven.",
        )
    )

    _period = field_validator("period", mode="before")(_check_period)

    @property
    def parsed_period(self) -> Period:
        return parse_period(self.period)


class Baseline(Observation):
    text: str | None = Field(
        default=None,
        description=doc(
            "The baseline as the document writes it.", "De nulmeting zoals het document die schrijft."
        ),
    )


class Measurement(Observation):
    pass


# --- Targets ----------------------------------------------------------------------------------


class TargetBase(Strict):
    text: str | None = Field(
        default=None,
        description=doc("The target phrase, verbatim.", "De doelstelling, letterlijk."),
    )
    year: StrictInt | None = Field(
        default=None,
        ge=2000,
        le=2100,
        description=doc(
            "Target year; the last plan year when not given.",
            "Doeljaar; het laatste planjaar als het niet is vermeld.",
        ),
    )


class AtMostBaseline(TargetBase):
    type: Literal["at_most_baseline"] = Field(
        description=doc(
            "'Gelijk of lager': at most the baseline.", "'Gelijk of lager': hoogstens de nulmeting."
        )
    )


class EqualToBaseline(TargetBase):
    type: Literal["equal_to_baseline"] = Field(
        description=doc(
            "'Gelijk': equal to the baseline within its noise band.",
            "'Gelijk': gelijk aan de nulmeting, binnen de marge.",
        )
    )


class AbsoluteTarget(TargetBase):
    type: Literal["absolute"] = Field(description=doc("An absolute bound.", "Een absolute grens."))
    bound: Literal["at_most", "at_least"] = Field(description=doc("Kind of bound.", "Soort grens."))
    value: Number = Field(description=doc("The bound.", "De grenswaarde."))


class RelativeTarget(TargetBase):
    type: Literal["relative_to_baseline"] = Field(
        description=doc(
            "A change in per cent from the baseline.",
            "Een verandering in procenten ten opzichte van de nulmeting.",
        )
    )
    change_percent: Number = Field(
        description=doc("Negative for a decrease, e.g. -10.", "Negatief voor een daling, bijv. -10.")
    )


class ReferenceSeries(Strict):
    name: str = Field(
        description=doc(
            "Name of the reference, e.g. 'landelijk'.", "Naam van de referentie, bijv. 'landelijk'."
        )
    )
    measurements: list[Measurement] = Field(
        default_factory=_none_yet,
        description=doc("Values of the reference series.", "Waarden van de referentiereeks."),
    )


class ReferenceTarget(TargetBase):
    type: Literal["reference"] = Field(
        description=doc("Compared with a reference series.", "Vergeleken met een referentiereeks.")
    )
    comparison: Literal["at_most", "at_least"] = Field(
        description=doc(
            "How the value must relate to the reference.",
            "Hoe de waarde zich tot de referentie moet verhouden.",
        )
    )
    reference: ReferenceSeries = Field(
        description=doc("The series to compare with.", "De reeks om mee te vergelijken.")
    )


class DirectionTarget(TargetBase):
    type: Literal["direction"] = Field(description=doc("Only a direction.", "Alleen een richting."))
    direction: Literal["decrease", "increase"] = Field(
        description=doc("The direction asked for.", "De gevraagde richting.")
    )


class MilestoneTarget(TargetBase):
    type: Literal["milestone"] = Field(
        description=doc(
            "An ordered set of states, from the baseline to the goal.",
            "Een geordende reeks toestanden, van nulmeting naar doel.",
        )
    )
    states: list[str] = Field(min_length=2, description=doc("Ordered states.", "Geordende toestanden."))
    target_state: str = Field(description=doc("The state to reach.", "De te bereiken toestand."))


class QualitativeTarget(TargetBase):
    type: Literal["qualitative"] = Field(
        description=doc(
            "A target in words that only a person can judge.",
            "Een doel in woorden dat alleen een mens kan beoordelen.",
        )
    )
    text: str = Field(description=doc("The target phrase, verbatim.", "De doelstelling, letterlijk."))


class MonitorOnly(TargetBase):
    type: Literal["monitor"] = Field(
        description=doc(
            "No target: the indicator is only followed.", "Geen doel: de indicator wordt alleen gevolgd."
        )
    )


Target = Annotated[
    AtMostBaseline
    | EqualToBaseline
    | AbsoluteTarget
    | RelativeTarget
    | ReferenceTarget
    | DirectionTarget
    | MilestoneTarget
    | QualitativeTarget
    | MonitorOnly,
    Field(discriminator="type"),
]


# --- Indicators, themes, plan -----------------------------------------------------------------


class FetchSpec(Strict):
    source: Literal["politie", "cbs"] = Field(description=doc("Open-data source.", "Open-databron."))
    table: str = Field(
        pattern=r"^\d{5}[A-Z]{3}$",
        description=doc("Table id, e.g. 47013NED.", "Tabelnummer, bijv. 47013NED."),
    )
    measure: str = Field(
        description=doc(
            "Measure column, e.g. GeregistreerdeMisdrijven_1.", "Meetkolom, bijv. GeregistreerdeMisdrijven_1."
        )
    )
    keys: dict[str, str | list[str]] = Field(
        description=doc(
            "Dimension keys, padded exactly as the table lists them; a list is summed.",
            "Dimensiesleutels, precies zo opgevuld als in de tabel; een lijst wordt opgeteld.",
        )
    )
    region: str | None = Field(
        default=None,
        description=doc(
            "Region key; the municipality's CBS code when not given.",
            "Regiosleutel; de CBS-code van de gemeente als die ontbreekt.",
        ),
    )


Unit = Literal["count", "percentage", "per_1000_inhabitants", "state"]


class Indicator(Strict):
    id: Slug
    name: str = Field(description=doc("Name, verbatim.", "Naam, letterlijk."))
    unit: Unit = Field(description=doc("Unit of the values.", "Eenheid van de waarden."))
    direction: Literal["decrease", "increase"] | None = Field(
        default=None, description=doc("Desired direction.", "Gewenste richting.")
    )
    source: str | None = Field(
        default=None,
        description=doc("Source as the document names it.", "Bron zoals het document die noemt."),
    )
    fetch: FetchSpec | None = Field(
        default=None,
        description=doc(
            "How `ivp fetch` gets the values from open data.",
            "Hoe `ivp fetch` de waarden uit open data ophaalt.",
        ),
    )
    baseline: Baseline | None = Field(
        default=None, description=doc("The starting value (nulmeting).", "De nulmeting.")
    )
    targets: list[Target] = Field(
        min_length=1,
        description=doc(
            "Targets, each typed and with its phrase verbatim.",
            "Doelen, elk getypeerd en met de letterlijke formulering.",
        ),
    )
    measurements: list[Measurement] = Field(
        default_factory=_none_yet,
        description=doc("Measured values with their source.", "Gemeten waarden met hun bron."),
    )
    note: str | None = Field(default=None, description=doc("Remark.", "Opmerking."))


class Action(Strict):
    text: str = Field(description=doc("The action, verbatim.", "De actie, letterlijk."))
    type: str | None = Field(
        default=None,
        description=doc("Kind of action as the document says.", "Soort actie volgens het document."),
    )
    planning: str | None = Field(
        default=None, description=doc("Planning as the document says.", "Planning volgens het document.")
    )


ThemeKind = Literal["prioriteit", "strategisch_thema", "randvoorwaarde"]


class Theme(Strict):
    id: Slug
    title: str = Field(description=doc("Title, verbatim.", "Titel, letterlijk."))
    kind: ThemeKind = Field(
        description=doc("Role of the theme in the plan.", "Rol van het thema in het plan.")
    )
    section: str | None = Field(
        default=None, description=doc("Section in the document.", "Paragraaf in het document.")
    )
    kernbeleid: KernbeleidRef | None = Field(
        default=None,
        description=doc("Place in Kernbeleid Veiligheid.", "Plaats in het Kernbeleid Veiligheid."),
    )
    description: str | None = Field(
        default=None, description=doc("Context, verbatim.", "Toelichting, letterlijk.")
    )
    goals: list[str] = Field(
        default_factory=_none_yet, description=doc("Goals, verbatim.", "Doelen, letterlijk.")
    )
    approach: str | None = Field(default=None, description=doc("Approach, verbatim.", "Aanpak, letterlijk."))
    actions: list[Action] = Field(
        default_factory=_none_yet, description=doc("Actions, verbatim.", "Acties, letterlijk.")
    )
    partners: list[str] = Field(
        default_factory=_none_yet, description=doc("Partners named.", "Genoemde partners.")
    )
    indicators: list[Indicator] = Field(
        default_factory=_none_yet,
        description=doc(
            "How progress on the theme is measured.", "Hoe de voortgang op het thema wordt gemeten."
        ),
    )


class Plan(Strict):
    schema_version: Literal[1] = Field(description=doc("Version of this format.", "Versie van dit formaat."))
    municipality: Municipality = Field(
        description=doc("The municipality (or lead municipality).", "De gemeente (of trekkende gemeente).")
    )
    plan: PlanMeta = Field(description=doc("About the document.", "Over het document."))
    themes: list[Theme] = Field(
        min_length=1,
        description=doc(
            "Priorities and themes, in the plan's order.",
            "Prioriteiten en thema's, in de volgorde van het plan.",
        ),
    )
    actions: list[Action] = Field(
        default_factory=_none_yet,
        description=doc(
            "Actions the document does not tie to one theme.",
            "Acties die het document niet aan één thema koppelt.",
        ),
    )

    def indicators(self) -> list[tuple[Theme, Indicator]]:
        return [(theme, indicator) for theme in self.themes for indicator in theme.indicators]

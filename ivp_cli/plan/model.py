"""Pydantic models of an Integraal Veiligheidsplan as kept in `plans/*.yaml`.

Keys and technical enums are English; categories that come from the Dutch domain (plan kind, theme
kind, period status) keep their Dutch names, and all plan text stays verbatim Dutch.
"""

# No `from __future__ import annotations` here: pydantic would evaluate each of the models' 164
# annotation strings when the classes are made, about 2.5 ms of every command's start.
import datetime as dt
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    field_validator,
    model_validator,
)

from ivp_cli.plan import standard
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
    "integraal_veiligheidsplan",
    "integraal_veiligheidsbeleid",
    "kadernota",
    "begrotingsparagraaf",
    "programmabegroting",
    "jaarverslag",
    "jaarstukken",
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
    id: Slug | None = Field(
        default=None,
        description=doc(
            "Short name that provenance uses to point at this document (`provenance.document`).",
            "Korte naam waarmee een bron (`provenance.document`) naar dit document wijst.",
        ),
    )
    kind: PlanKind | None = Field(
        default=None,
        description=doc(
            "Kind of document, such as jaarverslag or programmabegroting.",
            "Soort document, zoals jaarverslag of programmabegroting.",
        ),
    )
    year: StrictInt | None = Field(
        default=None,
        ge=2000,
        le=2100,
        description=doc("Year the document is about.", "Jaar waarover het document gaat."),
    )
    title: str = Field(
        description=doc(
            "Title of the document, as reports show it.", "Titel van het document, zoals rapporten die tonen."
        )
    )
    reference: str = Field(
        description=doc(
            "Where the document can be found: its file relative to the repository root, such as "
            "sources/opmeer-2023-2026.txt, or an address. Reports show the title, not this.",
            "Waar het document te vinden is: het bestand vanaf de hoofdmap van de repository, zoals "
            "sources/opmeer-2023-2026.txt, of een adres. Rapporten tonen de titel, niet dit.",
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
    documents: list[SourceDocument] = Field(
        default_factory=_none_yet,
        description=doc(
            "Further documents the file takes figures or targets from: budgets, annual reports. Give "
            "each an id, and name it in `provenance.document`.",
            "Andere documenten waaruit het bestand cijfers of doelen haalt: begrotingen, jaarverslagen. "
            "Geef elk een id en noem die in `provenance.document`.",
        ),
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
    document: Slug | None = Field(
        default=None,
        description=doc(
            "Which document: the id of one of `plan.documents`; the plan's own document when not given.",
            "Welk document: de id van een van `plan.documents`; het eigen plandocument als dit ontbreekt.",
        ),
    )


class PopulationSource(Strict):
    table: str = Field(description=doc("CBS table, e.g. 03759ned.", "CBS-tabel, bijv. 03759ned."))
    keys: dict[str, str | list[str]] = Field(
        description=doc(
            "Dimension keys queried (a list is summed).", "Gevraagde sleutels (een lijst opgeteld)."
        )
    )
    measure: str = Field(description=doc("Measure column.", "Kolom van de meetwaarde."))
    periods: list[str] = Field(description=doc("Period keys.", "Periodesleutels."))


class Derivation(Strict):
    formula: str = Field(
        description=doc(
            "How the value was computed, e.g. 'count / population * 1000'.",
            "Hoe de waarde is berekend, bijv. 'count / population * 1000'.",
        )
    )
    count: Number = Field(description=doc("The count from the table.", "Het aantal uit de tabel."))
    population: StrictInt = Field(
        gt=0,
        description=doc("The CBS population it was divided by.", "Het CBS-inwonertal waardoor gedeeld is."),
    )
    per: Literal[1000, 10000] = Field(description=doc("Per how many people.", "Per hoeveel personen."))
    population_source: PopulationSource = Field(
        description=doc("Where the population comes from.", "Waar het inwonertal vandaan komt.")
    )


class Aggregate(Strict):
    method: Literal["median"] = Field(
        description=doc("How the municipalities were combined.", "Hoe de gemeenten zijn samengenomen.")
    )
    size_class: str = Field(
        description=doc(
            "CBS gemeentegrootte class of the plan's municipality that year.",
            "CBS-gemeentegrootteklasse van de gemeente van het plan in dat jaar.",
        )
    )
    municipalities: StrictInt = Field(
        ge=1, description=doc("How many municipalities it covers.", "Over hoeveel gemeenten.")
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
    derived: Derivation | None = Field(
        default=None,
        description=doc(
            "Set when the value is a rate computed from a count and the CBS population.",
            "Gezet als de waarde een verhoudingsgetal is, berekend uit een aantal en het CBS-inwonertal.",
        ),
    )
    aggregate: Aggregate | None = Field(
        default=None,
        description=doc(
            "Set when the value combines municipalities (median of a size class).",
            "Gezet als de waarde gemeenten samenneemt (mediaan van een grootteklasse).",
        ),
    )


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
ValueStatus = Literal["schatting", "overgenomen"]


def written_decimals(value: object) -> int | None:
    """Decimals a YAML float was written with, when it has trailing zeros a float forgets (7.0, 12.50).

    ruamel's round-trip floats keep their width and the position of the point; plain floats do not.
    """
    width, point = getattr(value, "_width", None), getattr(value, "_prec", None)
    if not isinstance(value, float) or getattr(value, "_exp", None) or width is None or point is None:
        return None
    written = width - point - 1
    needed = len(repr(abs(value)).partition(".")[2].rstrip("0"))
    return written if written > needed else None


class Observation(Strict):
    period: PeriodText | None = None
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
    value_status: ValueStatus | None = Field(
        default=None,
        description=doc(
            "'schatting' (an estimate) or 'overgenomen' (copied from an earlier year), as the document "
            "marks it. Such a value is shown, but never counts as a new measurement.",
            "'schatting' of 'overgenomen' (van een eerder jaar), zoals het document dat aangeeft. Zo'n "
            "waarde wordt getoond, maar telt nooit als nieuwe meting.",
        ),
    )
    decimals: StrictInt | None = Field(
        default=None,
        ge=0,
        le=6,
        description=doc(
            "Decimals the document writes the value with (7,0 has 1). Read from the file when the "
            "value is written with trailing zeros, such as 7.0.",
            "Aantal decimalen waarmee het document de waarde schrijft (7,0 heeft er 1). Wordt uit het "
            "bestand gelezen als de waarde eindigt op nullen, zoals 7.0.",
        ),
    )
    provenance: Provenance = Field(
        description=doc(
            "Where the value comes from: document, open data, by hand, or test data.",
            "Waar de waarde vandaan komt: document, open data, met de hand of testgegeven.",
        )
    )

    _period = field_validator("period", mode="before")(_check_period)

    @model_validator(mode="before")
    @classmethod
    def _keep_written_decimals(cls, data: Any) -> Any:
        if isinstance(data, Mapping) and data.get("decimals") is None:
            places = written_decimals(data.get("value"))
            if places is not None:
                return {**data, "decimals": places}
        return data

    @property
    def parsed_period(self) -> Period | None:
        return None if self.period is None else parse_period(self.period)


class Baseline(Observation):
    period: PeriodText | None = Field(
        default=None,
        description=doc(
            "Period the baseline covers; leave it out when the document gives the value without a year.",
            "Periode van de nulmeting; laat weg als het document de waarde zonder jaar geeft.",
        ),
    )
    text: str | None = Field(
        default=None,
        description=doc(
            "The baseline as the document writes it.", "De nulmeting zoals het document die schrijft."
        ),
    )
    average: StrictBool = Field(
        default=False,
        description=doc(
            "The value is the yearly average over its period of whole years ('t.o.v. de periode "
            "2015-2019': period 2015..2019).",
            "De waarde is het gemiddelde per jaar over haar periode van hele jaren ('t.o.v. de periode "
            "2015-2019': periode 2015..2019).",
        ),
    )


class Measurement(Observation):
    period: PeriodText

    @property
    def parsed_period(self) -> Period:
        return parse_period(self.period)


class Judgement(Strict):
    period: PeriodText
    text: str = Field(
        description=doc(
            "What the document says of the result, verbatim ('ruimschoots gehaald').",
            "Wat het document over het resultaat zegt, letterlijk ('ruimschoots gehaald').",
        )
    )
    verdict: Literal["achieved", "not_achieved"] | None = Field(
        default=None,
        description=doc(
            "The verdict the text states, if it states one; ivp takes it as the status of the target "
            "of that year when no figure is known for it.",
            "Het oordeel dat de tekst geeft, als die er een geeft; ivp neemt het als status van het doel "
            "van dat jaar als daarvoor geen cijfer bekend is.",
        ),
    )
    provenance: Provenance = Field(
        description=doc("Where the judgement is written.", "Waar het oordeel staat.")
    )

    _period = field_validator("period", mode="before")(_check_period)

    @property
    def parsed_period(self) -> Period:
        return parse_period(self.period)


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


class Tolerance(TargetBase):
    tolerance: Number | None = Field(
        default=None,
        ge=0,
        description=doc(
            "The margin the plan itself allows, in the indicator's unit (procentpunten for a "
            "percentage); replaces the computed noise band.",
            "De marge die het plan zelf toestaat, in de eenheid van de indicator (procentpunten bij een "
            "percentage); komt in plaats van de berekende marge.",
        ),
    )
    tolerance_percent: Number | None = Field(
        default=None,
        ge=0,
        description=doc(
            "The margin the plan allows, in per cent of the baseline.",
            "De marge die het plan toestaat, in procenten van de nulmeting.",
        ),
    )


class AtMostBaseline(Tolerance):
    type: Literal["at_most_baseline"] = Field(
        description=doc(
            "'Gelijk of lager': at most the baseline.", "'Gelijk of lager': hoogstens de nulmeting."
        )
    )


class AtLeastBaseline(Tolerance):
    type: Literal["at_least_baseline"] = Field(
        description=doc(
            "'Gelijk of hoger', 'minimaal het niveau van de nulmeting': at least the baseline.",
            "'Gelijk of hoger', 'minimaal het niveau van de nulmeting': minstens de nulmeting.",
        )
    )


class EqualToBaseline(Tolerance):
    type: Literal["equal_to_baseline"] = Field(
        description=doc(
            "'Gelijk', 'stabiliseren': equal to the baseline within its noise band or the stated tolerance.",
            "'Gelijk', 'stabiliseren': gelijk aan de nulmeting, binnen de marge of de genoemde afwijking.",
        )
    )


class LevelOfYear(Tolerance):
    type: Literal["level_of_year"] = Field(
        description=doc(
            "'Niveau van 2017': compared with the value of a named year (baseline or measurement).",
            "'Niveau van 2017': vergeleken met de waarde van een genoemd jaar (nulmeting of meting).",
        )
    )
    level_year: StrictInt = Field(ge=2000, le=2100, description=doc("The named year.", "Het genoemde jaar."))
    comparison: Literal["at_most", "at_least", "equal"] = Field(
        description=doc(
            "At most, at least or equal to that level.", "Hoogstens, minstens of gelijk aan dat niveau."
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


ComparisonKind = Literal["national", "size_class_median"]


class ReferenceSeries(Strict):
    name: str = Field(
        description=doc(
            "Name of the reference, e.g. 'landelijk'.", "Naam van de referentie, bijv. 'landelijk'."
        )
    )
    comparison: ComparisonKind | None = Field(
        default=None,
        description=doc(
            "Take the values from the indicator's fetched comparison of this kind (`comparisons`): "
            "national (Nederland) or size_class_median (municipalities of the same size).",
            "Neem de waarden uit de opgehaalde vergelijking van deze soort (`comparisons`): national "
            "(Nederland) of size_class_median (gemeenten van dezelfde grootte).",
        ),
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
    | AtLeastBaseline
    | EqualToBaseline
    | LevelOfYear
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


PerCapita = Literal["per_1000_inhabitants", "per_10000_youth"]


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
    per_capita: PerCapita | None = Field(
        default=None,
        description=doc(
            "Divide the count by the CBS population of the same year and region (03759ned, 1 January): "
            "per_1000_inhabitants, or per_10000_youth (inhabitants of 12 to 17 years).",
            "Deel het aantal door het CBS-inwonertal van hetzelfde jaar en gebied (03759ned, 1 januari): "
            "per_1000_inhabitants, of per_10000_youth (inwoners van 12 tot en met 17 jaar).",
        ),
    )
    compare: StrictBool = Field(
        default=False,
        description=doc(
            "Also fetch the same figure for Nederland and, for a rate, the median of the municipalities "
            "of the same CBS size class; stored under `comparisons`.",
            "Haal ook hetzelfde cijfer voor Nederland op en, bij een verhoudingsgetal, de mediaan van de "
            "gemeenten in dezelfde CBS-grootteklasse; bewaard onder `comparisons`.",
        ),
    )


class Explanation(Strict):
    period: PeriodText
    date: dt.date = Field(
        description=doc("When the explanation was written.", "Wanneer de toelichting is geschreven.")
    )
    text: str = Field(
        description=doc(
            "The college's explanation of the figures for this period (toelichting).",
            "De toelichting van het college op de cijfers over deze periode.",
        )
    )
    correction: str | None = Field(
        default=None,
        description=doc(
            "What the college will do differently (bijsturing).",
            "Wat het college anders gaat doen (bijsturing).",
        ),
    )

    _period = field_validator("period", mode="before")(_check_period)

    @property
    def parsed_period(self) -> Period:
        return parse_period(self.period)


def _explanations() -> Any:
    """The same field on indicators and themes."""
    return Field(
        default_factory=_none_yet,
        description=doc(
            "Dated explanations for reporting periods (toelichting and bijsturing).",
            "Gedateerde toelichtingen per verslagperiode (toelichting en bijsturing).",
        ),
    )


class ComparisonSeries(Strict):
    kind: ComparisonKind = Field(
        description=doc(
            "national: Nederland; size_class_median: median of the municipalities of the same size.",
            "national: Nederland; size_class_median: mediaan van de gemeenten van dezelfde grootte.",
        )
    )
    name: str = Field(description=doc("Name shown in reports.", "Naam zoals rapporten die tonen."))
    region: str | None = Field(
        default=None,
        description=doc("Region code, e.g. NL01.", "Regiocode, bijv. NL01."),
    )
    measurements: list[Measurement] = Field(
        default_factory=_none_yet,
        description=doc("Values with their source.", "Waarden met hun bron."),
    )


def _catalog_schema(schema: dict[str, Any]) -> None:
    """With `catalog`, name and unit may come from the standard catalogue (draft-07 if/then)."""
    required = [key for key in schema.get("required", []) if key not in ("name", "unit")]
    schema["required"] = required
    schema["if"] = {"not": {"required": ["catalog"]}}
    schema["then"] = {"required": ["name", "unit"]}


Unit = Literal[
    "count",
    "percentage",
    "per_1000_inhabitants",
    "per_10000",
    "grade",
    "rank",
    "scale_score",
    "percent_change",
    "state",
]


class Indicator(Strict):
    model_config = ConfigDict(json_schema_extra=_catalog_schema)

    id: Slug
    catalog: str | None = Field(
        default=None,
        description=doc(
            "Id of a standard indicator shipped with ivp (`ivp_cli/plan/data/standard_indicators.json`), "
            "e.g. bbv-winkeldiefstallen: name, unit, source and fetch come from it unless given here.",
            "Id van een standaardindicator van ivp, bijv. bbv-winkeldiefstallen: naam, eenheid, bron en "
            "ophalen komen daaruit, tenzij ze hier staan.",
        ),
    )
    name: str = Field(description=doc("Name, verbatim.", "Naam, letterlijk."))
    unit: Unit = Field(
        description=doc(
            "Unit of the values: count, percentage, per_1000_inhabitants, per_10000 (of `per`), grade "
            "(rapportcijfer 1-10), rank (plek), scale_score, percent_change (a change in per cent, "
            "may be negative) or state.",
            "Eenheid van de waarden: count (aantal), percentage, per_1000_inhabitants, per_10000 (van "
            "`per`), grade (rapportcijfer 1-10), rank (plek), scale_score (schaalscore), "
            "percent_change (verandering in procenten, mag negatief) of state (toestand).",
        )
    )
    per: str | None = Field(
        default=None,
        description=doc(
            "For per_10000: the group counted, e.g. 'jongeren van 12 tot en met 17 jaar'; 'inwoners' "
            "when not given.",
            "Bij per_10000: de groep, bijv. 'jongeren van 12 tot en met 17 jaar'; 'inwoners' als dit "
            "ontbreekt.",
        ),
    )
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
    judgements: list[Judgement] = Field(
        default_factory=_none_yet,
        description=doc(
            "Results the documents state only in words, with their source.",
            "Resultaten die de documenten alleen in woorden geven, met hun bron.",
        ),
    )
    comparisons: list[ComparisonSeries] = Field(
        default_factory=_none_yet,
        description=doc(
            "The same figure for Nederland and municipalities of the same size; `ivp fetch` writes it.",
            "Hetzelfde cijfer voor Nederland en gemeenten van dezelfde grootte; `ivp fetch` schrijft het.",
        ),
    )
    note: str | None = Field(default=None, description=doc("Remark.", "Opmerking."))
    explanations: list[Explanation] = _explanations()

    _catalog = field_validator("catalog")(standard.check_id)

    @model_validator(mode="before")
    @classmethod
    def _from_catalog(cls, data: Any) -> Any:
        return standard.fill_in(data)


ActionState = Literal["niet_gestart", "loopt", "vertraagd", "gereed", "vervallen"]


class ActionProgress(Strict):
    date: dt.date = Field(description=doc("Date of this status.", "Datum van deze stand."))
    status: ActionState = Field(
        description=doc(
            "Where the action stands: niet_gestart, loopt, vertraagd, gereed or vervallen.",
            "Hoe de actie ervoor staat: niet_gestart, loopt, vertraagd, gereed of vervallen.",
        )
    )
    note: str | None = Field(default=None, description=doc("Remark.", "Opmerking."))


class Action(Strict):
    id: Slug | None = Field(
        default=None,
        description=doc(
            "Optional key, so `ivp record --action` can name the action.",
            "Optionele sleutel, zodat `ivp record --action` de actie kan noemen.",
        ),
    )
    text: str = Field(description=doc("The action, verbatim.", "De actie, letterlijk."))
    type: str | None = Field(
        default=None,
        description=doc("Kind of action as the document says.", "Soort actie volgens het document."),
    )
    planning: str | None = Field(
        default=None, description=doc("Planning as the document says.", "Planning volgens het document.")
    )
    progress: list[ActionProgress] = Field(
        default_factory=_none_yet,
        description=doc(
            "Dated statuses of the action, as the college reports them.",
            "Gedateerde standen van de actie, zoals het college die meldt.",
        ),
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
    explanations: list[Explanation] = _explanations()


class Priority(Strict):
    title: str = Field(
        description=doc(
            "The priority as the plan's table names it.",
            "De prioriteit zoals de tabel van het plan die noemt.",
        )
    )
    aspects: str = Field(description=doc("Its aspects, verbatim.", "De aspecten, letterlijk."))
    theme: Slug | None = Field(
        default=None,
        description=doc("The theme that works it out.", "Het thema dat het uitwerkt."),
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
    priorities: list[Priority] = Field(
        default_factory=_none_yet,
        description=doc(
            "The plan's table of priorities as adopted, each with its aspects.",
            "De tabel van prioriteiten zoals vastgesteld, elk met de aspecten.",
        ),
    )

    def indicators(self) -> list[tuple[Theme, Indicator]]:
        return [(theme, indicator) for theme in self.themes for indicator in theme.indicators]

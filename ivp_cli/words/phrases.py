"""The one translation table for all fixed report text, Dutch (default) and English.

Templates never hold words of their own: they ask `t(key)`. Dutch text is written at B1 level
(short sentences, common words), because council members and residents read it.
"""

from __future__ import annotations

from ivp_cli.words.lang import LANGS, Lang

# key: (nl, en)
_TABLE: dict[str, tuple[str, str]] = {
    "report.title": ("Voortgangsrapportage", "Progress report"),
    "report.as_of": ("Stand per {date}", "Situation as of {date}"),
    "report.skip": ("Naar de inhoud", "Skip to content"),
    "report.contents": ("Inhoud", "Contents"),
    "report.footer": (
        "Alle cijfers staan met hun periode en bron in dit rapport. Ontbrekende cijfers zijn "
        "onbekend, niet nul.",
        "Every figure in this report shows its period and source. Missing figures are unknown, not zero.",
    ),
    "meta.heading": ("Over dit plan", "About this plan"),
    "meta.municipality": ("Gemeente", "Municipality"),
    "meta.partners": ("Samen met", "Together with"),
    "meta.kind": ("Soort document", "Kind of document"),
    "meta.period": ("Planperiode", "Plan period"),
    "meta.adoption": ("Vaststelling", "Adoption"),
    "meta.document": ("Brondocument", "Source document"),
    "meta.population": ("Inwoners", "Inhabitants"),
    "summary.heading": ("Overzicht van de indicatoren", "Overview of the indicators"),
    "summary.caption": (
        "Alle indicatoren van het plan met hun status",
        "All indicators of the plan with their status",
    ),
    "summary.none": ("Het plan noemt geen indicatoren.", "The plan names no indicators."),
    "howto.heading": ("Zo leest u dit rapport", "How to read this report"),
    "howto.intro": (
        "Dit rapport laat per thema zien wat het plan wil bereiken en hoe het daarmee staat. "
        "Bij elk cijfer staat over welke periode het gaat en waar het vandaan komt. Ontbreekt een "
        "cijfer, dan staat er 'onbekend' of 'geen gegevens'. We vullen dan niets in.",
        "This report shows per theme what the plan wants to achieve and how it is doing. Every "
        "figure shows the period it covers and where it comes from. Where a figure is missing, the "
        "report says 'unknown' or 'no data'. We never fill in a number ourselves.",
    ),
    "howto.statuses": ("Wat betekent de status?", "What does the status mean?"),
    "howto.methods": ("Hoe bepalen we de status?", "How do we decide the status?"),
    "howto.status_col": ("Status", "Status"),
    "howto.meaning_col": ("Betekenis", "Meaning"),
    "howto.status_caption": ("De statussen in dit rapport", "The statuses in this report"),
    "status.achieved": ("Behaald", "Achieved"),
    "status.not_achieved": ("Niet gehaald", "Not achieved"),
    "status.on_track": ("Op koers", "On track"),
    "status.behind_schedule": ("Achter op schema", "Behind schedule"),
    "status.no_progress": ("Geen vooruitgang", "No progress"),
    "status.deteriorating": ("Verslechterd", "Deteriorating"),
    "status.insufficient_data": ("Onvoldoende gegevens", "Insufficient data"),
    "status.not_assessable": ("Niet beoordeelbaar", "Not assessable"),
    "status.monitor_only": ("Alleen gevolgd", "Monitored only"),
    "status_help.achieved": (
        "Het doel is gehaald. Is het doeljaar al gemeten, dan staat dit vast.",
        "The target has been met. Once the target year has been measured, this is final.",
    ),
    "status_help.not_achieved": (
        "Het doeljaar is gemeten en het doel is niet gehaald. Dit staat vast.",
        "The target year has been measured and the target was missed. This is final.",
    ),
    "status_help.on_track": (
        "Gaat het zo door, dan halen we het doel op tijd.",
        "If things go on like this, the target will be met in time.",
    ),
    "status_help.behind_schedule": (
        "Het gaat de goede kant op, maar te langzaam om het doel op tijd te halen.",
        "Things move the right way, but too slowly to meet the target in time.",
    ),
    "status_help.no_progress": (
        "Het cijfer staat stil: het verandert niet meer dan toeval, of veel te langzaam.",
        "The figure stands still: it changes no more than chance, or far too slowly.",
    ),
    "status_help.deteriorating": (
        "Het cijfer gaat echt de verkeerde kant op, meer dan toeval.",
        "The figure really moves the wrong way, beyond chance.",
    ),
    "status_help.insufficient_data": (
        "Er zijn nog te weinig cijfers om iets te zeggen. Vaak is er alleen een nulmeting.",
        "There are too few figures to say anything yet. Often there is only a baseline.",
    ),
    "status_help.not_assessable": (
        "Het doel staat in woorden en vraagt het oordeel van een mens, of de cijfers passen niet bij "
        "het doel.",
        "The target is in words and needs a person's judgement, or the figures do not fit the target.",
    ),
    "status_help.monitor_only": (
        "Het plan geeft geen doel: we volgen alleen het cijfer.",
        "The plan sets no target: the figure is only followed.",
    ),
    "method.projection": (
        "Doel met een getal: we kijken hoe snel het cijfer per jaar verandert sinds de nulmeting. "
        "Zo rekenen we uit waar het in het doeljaar uitkomt (methode van de Verenigde Naties, 2023). "
        "Komt het op 95 % van de weg of verder, dan is het op koers.",
        "Numeric target: we take the yearly rate of change since the baseline and project it to the "
        "target year (United Nations method, 2023). Reaching 95 % of the way or more is on track.",
    ),
    "method.baseline_band": (
        "Doel 'gelijk of lager': het cijfer mag niet boven de nulmeting uitkomen. Kleine aantallen "
        "schommelen vanzelf. Daarom telt een stijging binnen de normale marge nog als gelijk.",
        "Target 'equal or lower': the figure must not rise above the baseline. Small counts go up "
        "and down by chance, so a rise within the normal margin still counts as equal.",
    ),
    "method.direction": (
        "Doel met alleen een richting (daling of stijging): meer dan 1 % per jaar de goede kant op "
        "is op koers. Minder dan dat is te langzaam. De verkeerde kant op is verslechterd.",
        "Target with only a direction (decrease or increase): more than 1 % a year the right way "
        "is on track, less is too slow, the wrong way is deteriorating.",
    ),
    "method.reference": (
        "Doel ten opzichte van een ander cijfer, bijvoorbeeld landelijk: we vergelijken beide "
        "cijfers over dezelfde periode.",
        "Target compared with another figure, for example the national one: we compare both "
        "figures over the same period.",
    ),
    "method.milestone": (
        "Doel in stappen (bijvoorbeeld van 'geen plan' naar 'plan klaar'): we kijken welke stap is bereikt.",
        "Target in steps (for example from 'no plan' to 'plan ready'): we look at which step has "
        "been reached.",
    ),
    "method.qualitative": (
        "Doel in woorden: daar is het oordeel van een mens voor nodig. Het rapport geeft dan geen "
        "status, maar laat wel de cijfers zien.",
        "Target in words: it needs a person's judgement. The report gives no status, but does show "
        "the figures.",
    ),
    "method.monitor": (
        "Geen doel: de indicator wordt alleen gevolgd.",
        "No target: the indicator is only followed.",
    ),
    "method_name.projection": ("projectie naar het doeljaar", "projection to the target year"),
    "method_name.baseline_band": (
        "vergelijking met de nulmeting en haar marge",
        "comparison with the baseline and its margin",
    ),
    "method_name.direction": (
        "groei per jaar in de gewenste richting",
        "yearly growth in the desired direction",
    ),
    "method_name.reference": ("vergelijking met een referentie", "comparison with a reference"),
    "method_name.milestone": ("bereikte stap", "step reached"),
    "method_name.qualitative": ("oordeel van een mens nodig", "needs a person's judgement"),
    "method_name.monitor": ("alleen volgen", "only followed"),
    "method_name.none": ("geen passende methode", "no fitting method"),
    "method_name.judgement": ("oordeel uit het document", "judgement stated in the document"),
    "method_name.target_year": ("meting van het doeljaar", "measurement of the target year"),
    "status_view.as_of": ("stand op {date}", "as of {date}"),
    "status_view.latest": ("Laatste", "Latest"),
    "status_view.none": ("Dit plan noemt geen indicatoren.", "This plan names no indicators."),
    "status_view.test_data": (
        "Let op: dit plan bevat testgegevens. Die cijfers zijn verzonnen en zeggen niets over de gemeente.",
        "Note: this plan contains test data. Those figures are invented and say nothing about the "
        "municipality.",
    ),
    "theme.heading": ("Thema's", "Themes"),
    "theme.kind.prioriteit": ("Prioriteit", "Priority"),
    "theme.kind.strategisch_thema": ("Strategisch thema", "Strategic theme"),
    "theme.kind.randvoorwaarde": ("Randvoorwaarde", "Precondition"),
    "theme.kernbeleid": ("Kernbeleid Veiligheid: veld {field}", "Kernbeleid Veiligheid: field {field}"),
    "theme.goals": ("Doelen", "Goals"),
    "theme.no_goals": ("Het plan noemt voor dit thema geen doel.", "The plan states no goal here."),
    "theme.approach": ("Aanpak", "Approach"),
    "theme.indicators": ("Indicatoren", "Indicators"),
    "theme.no_indicators": (
        "Het plan noemt voor dit thema geen indicatoren.",
        "The plan names no indicators here.",
    ),
    "theme.actions": ("Acties", "Actions"),
    "theme.no_actions": ("Het plan noemt hier geen acties.", "The plan names no actions here."),
    "theme.partners": ("Partners", "Partners"),
    "plan.actions": ("Acties voor het hele plan", "Actions for the whole plan"),
    "action.planning": ("Planning: {planning}", "Planning: {planning}"),
    "action_state.niet_gestart": ("niet gestart", "not started"),
    "action_state.loopt": ("loopt", "in progress"),
    "action_state.vertraagd": ("vertraagd", "delayed"),
    "action_state.gereed": ("gereed", "done"),
    "action_state.vervallen": ("vervallen", "dropped"),
    "indicator.theme": ("Thema", "Theme"),
    "indicator.name": ("Indicator", "Indicator"),
    "indicator.baseline": ("Nulmeting", "Baseline"),
    "indicator.latest": ("Laatste meting", "Latest figure"),
    "indicator.target": ("Doel", "Target"),
    "indicator.target_year": ("doeljaar {year}", "target year {year}"),
    "indicator.status": ("Status", "Status"),
    "indicator.explanation": ("Toelichting", "Explanation"),
    "indicator.method": ("Methode", "Method"),
    "indicator.unit": ("Eenheid", "Unit"),
    "indicator.source": ("Bron volgens het plan", "Source named in the plan"),
    "indicator.comparison": ("Ter vergelijking", "For comparison"),
    "chart.national": ("Nederland", "Netherlands"),
    "comparison.sentence": ("Ter vergelijking ({period}): {items}.", "For comparison ({period}): {items}."),
    "comparison.national": ("Nederland {value}", "the Netherlands {value}"),
    "comparison.named": ("{name} {value}", "{name} {value}"),
    "comparison.size_class_median": (
        "mediaan van {count} gemeenten met {size_class} {value}",
        "median of {count} municipalities with {size_class} {value}",
    ),
    "indicator.figures_caption": ("Cijfers voor {name}", "Figures for {name}"),
    "indicator.no_assessment": ("Geen beoordeling beschikbaar.", "No assessment available."),
    "figure.kind": ("Soort", "Kind"),
    "figure.period": ("Periode", "Period"),
    "figure.value": ("Waarde", "Value"),
    "figure.source": ("Bron", "Source"),
    "figure.measurement": ("Meting", "Measurement"),
    "figure.unknown": ("onbekend", "unknown"),
    "period.unknown": ("jaar onbekend", "year unknown"),
    "figure.no_data": ("geen gegevens", "no data"),
    "figure.margin": ("marge {lower} tot {upper}", "margin {lower} to {upper}"),
    "unit.count": ("aantal", "count"),
    "unit.percentage": ("percentage", "percentage"),
    "unit.per_1000_inhabitants": ("per 1.000 inwoners", "per 1,000 inhabitants"),
    "unit.state": ("toestand", "state"),
    "unit.per_10000": ("per 10.000", "per 10,000"),
    "unit.grade": ("rapportcijfer (1 tot 10)", "grade (1 to 10)"),
    "unit.rank": ("plek in een ranglijst", "rank"),
    "unit.scale_score": ("schaalscore", "scale score"),
    "unit.percent_change": ("verandering in procenten", "change in per cent"),
    "period_status.voorlopig": ("voorlopig", "provisional"),
    "period_status.nader_voorlopig": ("nader voorlopig", "revised provisional"),
    "period_status.definitief": ("definitief", "final"),
    "period_status.politie": (
        "{status} volgens de politie, kan nog worden herzien",
        "{status} according to the police, may still be revised",
    ),
    "source.document": ("plandocument, {reference}", "plan document, {reference}"),
    "source.politie": ("Politie open data, tabel {table}", "Police open data, table {table}"),
    "source.cbs": ("CBS open data, tabel {table}", "CBS open data, table {table}"),
    "source.manual": ("aangeleverd door {reference}", "supplied by {reference}"),
    "source.test": ("testgegevens, geen echt cijfer", "test data, not a real figure"),
    "target.at_most_baseline": ("gelijk aan of lager dan de nulmeting", "at most the baseline"),
    "target.equal_to_baseline": ("gelijk aan de nulmeting", "equal to the baseline"),
    "target.absolute.at_most": ("hoogstens {value}", "at most {value}"),
    "target.absolute.at_least": ("minstens {value}", "at least {value}"),
    "target.at_least_baseline": ("gelijk aan of hoger dan de nulmeting", "at least the baseline"),
    "target.relative_to_baseline.lower": ("{change} lager dan de nulmeting", "{change} below the baseline"),
    "target.relative_to_baseline.higher": ("{change} hoger dan de nulmeting", "{change} above the baseline"),
    "target.level_of_year.at_most": (
        "gelijk aan of lager dan het niveau van {year}",
        "at most the level of {year}",
    ),
    "target.level_of_year.at_least": (
        "gelijk aan of hoger dan het niveau van {year}",
        "at least the level of {year}",
    ),
    "target.level_of_year.equal": ("gelijk aan het niveau van {year}", "equal to the level of {year}"),
    "target.tolerance": (", met een marge van {size}", ", within a margin of {size}"),
    "target.points": ("{value} procentpunt", "{value} percentage points"),
    "target.reference.at_most": ("gelijk aan of lager dan {name}", "at most {name}"),
    "target.reference.at_least": ("gelijk aan of hoger dan {name}", "at least {name}"),
    "target.direction.decrease": ("daling", "decrease"),
    "target.direction.increase": ("stijging", "increase"),
    "target.milestone": ("de stap '{state}' bereiken", "reach the step '{state}'"),
    "target_kind.relative_to_baseline": (
        "een verandering ten opzichte van de nulmeting",
        "a change from the baseline",
    ),
    "target.qualitative": ("een doel in woorden", "a target in words"),
    "target.monitor": ("geen doel, alleen volgen", "no target, only followed"),
    "chart.title": ("Verloop van {name}", "Trend of {name}"),
    "chart.desc_baseline": ("Nulmeting {figure}.", "Baseline {figure}."),
    "chart.desc_points": ("Metingen: {points}.", "Measurements: {points}."),
    "chart.desc_reference": ("Ter vergelijking, {name}: {points}.", "For comparison, {name}: {points}."),
    "chart.desc_target": ("Het doel voor {year} is {value}.", "The target for {year} is {value}."),
    "chart.desc_band": (
        "Tussen {lower} en {upper} telt als gelijk aan de nulmeting.",
        "Between {lower} and {upper} counts as equal to the baseline.",
    ),
    "chart.axis_start": (
        "Let op: de verticale as begint bij {value}, niet bij 0.",
        "Note: the vertical axis starts at {value}, not at 0.",
    ),
    "chart.band_label": ("telt als gelijk", "counts as equal"),
    "chart.no_data": ("Geen cijfers voor een grafiek.", "No figures for a chart."),
    "chart.one_point": ("Eén cijfer: nog geen verloop te zien.", "One figure: no trend to show yet."),
    "chart.target_label": ("doel", "target"),
    "chart.legend": ("Uitleg bij de grafiek", "Chart legend"),
    "legend.baseline": ("nulmeting", "baseline"),
    "legend.measurement": ("meting", "measurement"),
    "legend.provisional": ("voorlopig cijfer (open)", "provisional figure (hollow)"),
    "legend.margin": ("marge van het cijfer (95 %)", "margin of the figure (95%)"),
    "legend.other_period": (
        "cijfer over een andere periode (niet verbonden)",
        "figure over another period (not joined)",
    ),
    "legend.band": ("telt als gelijk aan de nulmeting", "counts as equal to the baseline"),
    "legend.target": ("doel in {year}", "target in {year}"),
    "legend.path": ("rechte weg van nulmeting naar doel", "straight path from baseline to target"),
    "figure.reference": ("Ter vergelijking: {name}", "For comparison: {name}"),
    "figure.note": ("Opmerking", "Note"),
    "figure.shared_note": ("Opmerking bij de cijfers: {note}", "Note on the figures: {note}"),
    "account.heading": (
        "Toelichting van het college over {period} ({date})",
        "Explanation by the executive on {period} ({date})",
    ),
    "account.correction": ("Bijsturing", "Correction"),
    "action.progress": ("{state} (stand {date})", "{state} (as of {date})"),
    "action.note": ("Toelichting", "Note"),
    "overview.heading": ("Overzicht", "Overview"),
    "overview.caption": (
        "Alle indicatoren per thema: nulmeting, cijfers per jaar, doel en status",
        "All indicators per theme: baseline, figures per year, target and status",
    ),
    "overview.judged_one": (
        "Van de {total} indicatoren is er {parts}.",
        "Of the {total} indicators: {parts}.",
    ),
    "overview.judged_many": (
        "Van de {total} indicatoren zijn er {parts}.",
        "Of the {total} indicators: {parts}.",
    ),
    "overview.none_judged": (
        "Van de {total} indicatoren is er nog geen te beoordelen.",
        "None of the {total} indicators can be judged yet.",
    ),
    "overview.insufficient_data": (
        "bij {count} zijn er nog te weinig cijfers",
        "for {count} there are too few figures yet",
    ),
    "overview.not_assessable": (
        "bij {count} is het doel niet met cijfers te toetsen",
        "for {count} the target cannot be tested with figures",
    ),
    "overview.monitor_only_one": (
        "{count} wordt alleen gevolgd, zonder doel.",
        "{count} is only followed, without a target.",
    ),
    "overview.monitor_only_many": (
        "{count} worden alleen gevolgd, zonder doel.",
        "{count} are only followed, without a target.",
    ),
    "overview.no_progress": ("zonder vooruitgang", "without progress"),
    "overview.other": ("{count} hebben een andere status.", "{count} have another status."),
    "overview.indicator_one": ("{count} indicator", "{count} indicator"),
    "overview.indicator_many": ("{count} indicatoren", "{count} indicators"),
    "overview.and": (" en ", " and "),
    "overview.provisional": ("* voorlopig cijfer", "* provisional figure"),
    "overview.provisional_mark": ("voorlopig", "provisional"),
    "overview.earlier_years": (
        "Cijfers van eerdere jaren staan bij de indicator zelf.",
        "Figures of earlier years are shown with the indicator itself.",
    ),
    "overview.no_figures": ("Nog geen cijfers na de nulmeting.", "No figures after the baseline yet."),
    "report.test_data": (
        "Let op: dit rapport bevat testgegevens. Die cijfers zijn verzonnen, bijvoorbeeld voor een "
        "demonstratie. Ze zeggen niets over de gemeente.",
        "Note: this report contains test data. Those figures are invented, for example for a "
        "demonstration. They say nothing about the municipality.",
    ),
    "report.page": ("Pagina {page} van {pages}", "Page {page} of {pages}"),
    "plan_kind.integraal_veiligheidsplan": ("Integraal veiligheidsplan", "Integrated safety plan"),
    "plan_kind.integraal_veiligheidsbeleid": ("Integraal veiligheidsbeleid", "Integrated safety policy"),
    "plan_kind.kadernota": ("Kadernota", "Framework note"),
    "plan_kind.begrotingsparagraaf": ("Begrotingsparagraaf", "Budget paragraph"),
    "plan_kind.programmabegroting": ("Programmabegroting", "Programme budget"),
    "plan_kind.jaarverslag": ("Jaarverslag", "Annual report"),
    "plan_kind.jaarstukken": ("Jaarstukken", "Annual accounts"),
    "adoption.vastgesteld": ("vastgesteld door de {body}", "adopted by the {body}"),
    "adoption.vastgesteld_on": ("vastgesteld door de {body} op {date}", "adopted by the {body} on {date}"),
    "adoption.ontwerp": ("ontwerp, voor de {body}", "draft, for the {body}"),
    "adoption.onbekend": (
        "niet bekend of de {body} het plan heeft vastgesteld",
        "adoption by the {body} unknown",
    ),
    "body.gemeenteraad": ("gemeenteraad", "municipal council"),
    "body.college": ("college van B en W", "municipal executive"),
    "body.burgemeester": ("burgemeester", "mayor"),
    "csv.theme": ("Thema", "Theme"),
    "csv.indicator": ("Indicator", "Indicator"),
    "csv.id": ("Sleutel", "Key"),
    "csv.kind": ("Soort", "Kind"),
    "csv.period": ("Periode", "Period"),
    "csv.begin": ("Begin", "Start"),
    "csv.end": ("Einde", "End"),
    "csv.value": ("Waarde", "Value"),
    "csv.lower": ("Marge onder", "Margin lower"),
    "csv.upper": ("Marge boven", "Margin upper"),
    "csv.unit": ("Eenheid", "Unit"),
    "csv.figure_status": ("Voorlopig of definitief", "Provisional or final"),
    "csv.status": ("Status", "Status"),
    "csv.source": ("Bron", "Source"),
    "csv.note": ("Opmerking", "Note"),
    "csv.kind.baseline": ("nulmeting", "baseline"),
    "csv.kind.measurement": ("meting", "measurement"),
    "csv.kind.reference": ("referentie", "reference"),
    "csv.kind.target": ("doel", "target"),
    "csv.municipality": ("Gemeente", "Municipality"),
    "csv.per_1000": ("Per 1.000 inwoners", "Per 1,000 inhabitants"),
    "combined.file_name": ("regionale-vergelijking", "regional-comparison"),
    "combined.title": ("Regionale vergelijking", "Regional comparison"),
    "combined.plans": ("Plannen in deze vergelijking", "Plans in this comparison"),
    "combined.shared": ("Gedeelde indicatoren", "Shared indicators"),
    "combined.none_shared": (
        "Deze plannen hebben geen indicatoren gemeen.",
        "These plans share no indicators.",
    ),
    "combined.caption": (
        "{name}: cijfers over {year} per gemeente",
        "{name}: figures for {year} per municipality",
    ),
    "combined.caption_no_year": (
        "{name}: nog geen jaar waarover twee plannen een cijfer hebben; elk plan met zijn laatste cijfer",
        "{name}: no year yet for which two plans have a figure; each plan with its latest figure",
    ),
    "combined.figure": ("Cijfer", "Figure"),
    "combined.per_1000": ("Per 1.000 inwoners", "Per 1,000 inhabitants"),
    "combined.per_1000_not_count": ("niet van toepassing", "not applicable"),
    "combined.municipality": ("Gemeente", "Municipality"),
    "combined.population_missing": (
        "Per 1.000 inwoners kan niet voor: {names}. Deze plannen noemen geen inwonertal met bron.",
        "Per 1,000 inhabitants is not available for: {names}. These plans state no population with a source.",
    ),
    "combined.match": (
        "Hetzelfde cijfer in elk plan: {what} ({source}).",
        "The same figure in each plan: {what} ({source}).",
    ),
    "combined.match_id": (
        "Deze plannen gebruiken dezelfde indicator.",
        "These plans use the same indicator.",
    ),
    "combined.source.politie": ("politie, open data", "police open data"),
    "combined.source.cbs": ("CBS, open data", "CBS open data"),
}


def text(lang: Lang, key: str, **values: object) -> str:
    """The fixed text for `key`; a missing key is a bug and raises KeyError."""
    phrase = _TABLE[key][LANGS.index(lang)]
    return phrase.format(**values) if values else phrase


def keys() -> list[str]:
    return sorted(_TABLE)

"""The wording tables of `ivp diff` in Dutch and English, kept apart from the code that fills them."""

from ivp_cli.words.lang import Lang

WORDS: dict[str, dict[Lang, str]] = {
    "theme_added": {"nl": "Thema toegevoegd: {new}", "en": "Theme added: {new}"},
    "theme_removed": {"nl": "Thema verwijderd: {old}", "en": "Theme removed: {old}"},
    "theme_renamed": {"nl": "Thema hernoemd: {old} → {new}", "en": "Theme renamed: {old} → {new}"},
    "indicator_added": {"nl": "Indicator toegevoegd: {new}", "en": "Indicator added: {new}"},
    "indicator_removed": {"nl": "Indicator verwijderd: {old}", "en": "Indicator removed: {old}"},
    "indicator_renamed": {
        "nl": "Indicator hernoemd: {old} → {new}",
        "en": "Indicator renamed: {old} → {new}",
    },
    "indicator_moved": {
        "nl": "Indicator verplaatst van thema {old} naar {new}",
        "en": "Indicator moved from theme {old} to {new}",
    },
    "target_tightened": {"nl": "Doel aangescherpt: {old} → {new}", "en": "Target tightened: {old} → {new}"},
    "target_loosened": {"nl": "Doel versoepeld: {old} → {new}", "en": "Target loosened: {old} → {new}"},
    "target_changed": {
        "nl": "Doel gewijzigd (niet strenger of soepeler te noemen): {old} → {new}",
        "en": "Target changed (neither clearly tighter nor looser): {old} → {new}",
    },
    "target_added": {"nl": "Doel toegevoegd: {new}", "en": "Target added: {new}"},
    "target_removed": {"nl": "Doel vervallen: {old}", "en": "Target dropped: {old}"},
    "target_text_changed": {
        "nl": "Tekst van het doel gewijzigd: {words}",
        "en": "Target wording changed: {words}",
    },
    "baseline_added": {
        "nl": "Nulmeting toegevoegd: {new} ({period}, {how})",
        "en": "Baseline added: {new} ({period}, {how})",
    },
    "baseline_removed": {
        "nl": "Nulmeting verwijderd: {old} ({period})",
        "en": "Baseline removed: {old} ({period})",
    },
    "baseline_revised": {
        "nl": "Nulmeting herzien: {old} ({old_period}) → {new} ({period}), {how}",
        "en": "Baseline revised: {old} ({old_period}) → {new} ({period}), {how}",
    },
    "measurement_added": {
        "nl": "Meting {period} toegevoegd: {new} ({how})",
        "en": "Measurement {period} added: {new} ({how})",
    },
    "measurement_changed": {
        "nl": "Meting {period} gewijzigd: {old} → {new} ({how})",
        "en": "Measurement {period} changed: {old} → {new} ({how})",
    },
    "measurement_removed": {
        "nl": "Meting {period} verwijderd: {old}",
        "en": "Measurement {period} removed: {old}",
    },
    "goal_added": {"nl": "Doelstelling toegevoegd: {new}", "en": "Goal added: {new}"},
    "goal_removed": {"nl": "Doelstelling verwijderd: {old}", "en": "Goal removed: {old}"},
    "goal_changed": {"nl": "Doelstelling gewijzigd: {words}", "en": "Goal changed: {words}"},
    "action_added": {"nl": "Actie toegevoegd: {new}", "en": "Action added: {new}"},
    "action_removed": {"nl": "Actie verwijderd: {old}", "en": "Action removed: {old}"},
    "action_changed": {"nl": "Actie gewijzigd: {words}", "en": "Action changed: {words}"},
    "field_changed": {"nl": "{field} gewijzigd: {old} → {new}", "en": "{field} changed: {old} → {new}"},
    "action_status_added": {
        "nl": "Stand van actie '{action}': {new}",
        "en": "Status of action '{action}': {new}",
    },
    "action_status_changed": {
        "nl": "Stand van actie '{action}' gewijzigd: {old} → {new}",
        "en": "Status of action '{action}' changed: {old} → {new}",
    },
    "action_status_removed": {
        "nl": "Stand van actie '{action}' verwijderd: {old}",
        "en": "Status of action '{action}' removed: {old}",
    },
    "explanation_added": {"nl": "Toelichting toegevoegd: {new}", "en": "Explanation added: {new}"},
    "explanation_changed": {
        "nl": "Toelichting gewijzigd: {old} → {new}",
        "en": "Explanation changed: {old} → {new}",
    },
    "explanation_removed": {"nl": "Toelichting verwijderd: {old}", "en": "Explanation removed: {old}"},
}

FIELDS: dict[str, dict[Lang, str]] = {
    "municipality.name": {"nl": "Gemeentenaam", "en": "Municipality name"},
    "municipality.cbs_code": {"nl": "CBS-gemeentecode", "en": "CBS municipality code"},
    "municipality.partners": {"nl": "Partnergemeenten", "en": "Partner municipalities"},
    "plan.title": {"nl": "Titel van het plan", "en": "Plan title"},
    "plan.kind": {"nl": "Soort document", "en": "Kind of document"},
    "plan.period": {"nl": "Planperiode", "en": "Plan period"},
    "plan.adoption.body": {"nl": "Vaststellend orgaan", "en": "Adopting body"},
    "plan.adoption.status": {"nl": "Status van vaststelling", "en": "Adoption status"},
    "plan.adoption.date": {"nl": "Datum van vaststelling", "en": "Adoption date"},
    "plan.document": {"nl": "Brondocument", "en": "Source document"},
    "theme.kind": {"nl": "Soort thema", "en": "Kind of theme"},
    "indicator.unit": {"nl": "Eenheid", "en": "Unit"},
    "indicator.direction": {"nl": "Gewenste richting", "en": "Desired direction"},
    "indicator.source": {"nl": "Bron", "en": "Source"},
    "indicator.fetch": {"nl": "Ophaalinstructie (open data)", "en": "Fetch spec (open data)"},
}

UI: dict[str, dict[Lang, str]] = {
    "plan": {"nl": "Plan", "en": "Plan"},
    "theme": {"nl": "Thema", "en": "Theme"},
    "indicator": {"nl": "indicator", "en": "indicator"},
    "title": {"nl": "Wijzigingen in het plan", "en": "Changes to the plan"},
    "added_file": {
        "nl": "Nieuw plan: {themes} thema's, {indicators} indicatoren.",
        "en": "New plan: {themes} themes, {indicators} indicators.",
    },
    "removed_file": {
        "nl": "Plan verwijderd: {themes} thema's, {indicators} indicatoren.",
        "en": "Plan removed: {themes} themes, {indicators} indicators.",
    },
    "unchanged": {"nl": "Geen inhoudelijke wijzigingen.", "en": "No changes in content."},
    "no_files": {"nl": "Geen plannen gevonden om te vergelijken.", "en": "No plans found to compare."},
    "summary": {"nl": "Samenvatting", "en": "Summary"},
    "kind": {"nl": "Soort wijziging", "en": "Kind of change"},
    "count": {"nl": "Aantal", "en": "Count"},
    "none": {"nl": "geen", "en": "none"},
    "unknown": {"nl": "onbekend", "en": "unknown"},
    "explanation": {
        "nl": "over {period} ({date}): {text}",
        "en": "on {period} ({date}): {text}",
    },
    "correction": {"nl": "Bijsturing: {text}", "en": "Correction: {text}"},
}

SUMMARY: dict[str, dict[Lang, str]] = {
    "target_tightened": {"nl": "Doelen aangescherpt", "en": "Targets tightened"},
    "target_loosened": {"nl": "Doelen versoepeld", "en": "Targets loosened"},
    "target_changed": {"nl": "Doelen anders gewijzigd", "en": "Targets otherwise changed"},
    "target_added": {"nl": "Doelen toegevoegd", "en": "Targets added"},
    "target_removed": {"nl": "Doelen vervallen", "en": "Targets dropped"},
    "theme_added": {"nl": "Thema's toegevoegd", "en": "Themes added"},
    "theme_removed": {"nl": "Thema's verwijderd", "en": "Themes removed"},
    "theme_renamed": {"nl": "Thema's hernoemd", "en": "Themes renamed"},
    "indicator_added": {"nl": "Indicatoren toegevoegd", "en": "Indicators added"},
    "indicator_removed": {"nl": "Indicatoren verwijderd", "en": "Indicators removed"},
    "baseline_revised": {"nl": "Nulmetingen herzien", "en": "Baselines revised"},
    "measurement_added": {"nl": "Metingen toegevoegd", "en": "Measurements added"},
    "action_status_added": {"nl": "Standen van acties gemeld", "en": "Action statuses reported"},
    "explanation_added": {"nl": "Toelichtingen toegevoegd", "en": "Explanations added"},
    "goal_changed": {"nl": "Doelstellingen gewijzigd", "en": "Goals changed"},
}

# Where a new value came from, as a diff reader needs it (the report has its own, shorter labels).
PROVENANCE: dict[str, dict[Lang, str]] = {
    "open_data": {"nl": "opgehaald bij {who}, tabel {table}", "en": "fetched from {who}, table {table}"},
    "politie": {"nl": "de politie", "en": "the police"},
    "cbs": {"nl": "CBS", "en": "CBS"},
    "manual": {"nl": "met de hand ingevoerd, bron {reference}", "en": "entered by hand, source {reference}"},
    "document": {"nl": "uit het plandocument, {reference}", "en": "from the plan document, {reference}"},
    "test": {"nl": "testgegeven, geen echt cijfer", "en": "test data, not a real figure"},
}

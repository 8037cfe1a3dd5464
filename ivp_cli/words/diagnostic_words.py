"""Validation messages in plain Dutch: the people who edit plans are Dutch policy advisers.

English stays the default (CI logs, issues); `--lang nl` or `IVP_LANG=nl` switches. A message is
translated by its pattern; a message without one gets the Dutch description of its code, with the
English detail after it, so nothing is lost.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from functools import cache

from ivp_cli.words.lang import Lang

# The language of diagnostics for this run: set once by the command line, read where a message is
# printed (validate, and the refusals of status, report, fetch, record and diff).
MESSAGE_LANG: ContextVar[Lang] = ContextVar("MESSAGE_LANG", default="en")

SEVERITY_NL = {"error": "fout", "warning": "waarschuwing"}

CODES_NL: dict[str, str] = {
    "IVP001": "het bestand is niet te lezen: het ontbreekt, is geen tekst of bevat een verboden teken",
    "IVP002": "het bestand is leeg",
    "IVP003": "fout in de YAML-opbouw (inspringen, aanhalingsteken niet gesloten, losse dubbele punt)",
    "IVP004": "een tab gebruikt om in te springen",
    "IVP005": "dezelfde sleutel twee keer in één blok",
    "IVP006": "het bestand is geen lijst van sleutels met waarden",
    "IVP007": "geen planbestand: een pijp, apparaat of map, of groter dan 5 MB",
    "IVP008": "anker, verwijzing of samenvoeging (&naam, *naam, <<:): schrijf de waarden uit",
    "IVP101": "onbekende sleutel",
    "IVP102": "een verplicht veld ontbreekt",
    "IVP103": "de waarde heeft de verkeerde soort",
    "IVP104": "de waarde is niet een van de toegestane keuzes",
    "IVP105": "de waarde heeft niet de juiste vorm (id, CBS-code, periode, datum)",
    "IVP106": "de waarde is te groot of te klein, of de lijst is te kort",
    "IVP201": "dit thema-id staat er twee keer",
    "IVP202": "dit indicator-id staat twee keer in het plan",
    "IVP203": "de periode van de nulmeting ligt niet vóór het doeljaar",
    "IVP204": "vervallen: een doeljaar buiten de planperiode is nu waarschuwing IVP293",
    "IVP205": "de planperiode begint na het einde",
    "IVP206": "een percentage ligt tussen 0 en 100",
    "IVP207": "een aantal kan geen breuk zijn",
    "IVP208": "een getal in Nederlandse schrijfwijze staat er als tekst",
    "IVP209": "deze CBS-code bestaat niet",
    "IVP210": "de CBS-code hoort niet bij de naam van de gemeente",
    "IVP211": "de CBS-code staat er als getal (0432 zonder aanhalingstekens)",
    "IVP212": "de doeltoestand staat niet in de lijst van toestanden",
    "IVP213": "de vastgelegde toestand staat niet in de lijst van toestanden",
    "IVP214": "de ophaalopdracht noemt een onbekende tabel",
    "IVP215": "de ophaalopdracht noemt een dimensie die de tabel niet heeft",
    "IVP216": "deze sleutel bestaat niet in de dimensie",
    "IVP217": "de sleutel is niet aangevuld met spaties zoals de tabel hem schrijft",
    "IVP218": "de ophaalopdracht noemt een meetwaarde die de tabel niet heeft",
    "IVP219": "een tekst als waarde, maar de indicator is geen toestand",
    "IVP220": "een getal als waarde bij een indicator die een toestand is",
    "IVP221": "de bron van de ophaalopdracht past niet bij de bron van de tabel",
    "IVP222": "een rapportcijfer ligt tussen 1 en 10",
    "IVP223": "een rangnummer is een heel getal vanaf 1",
    "IVP224": "`per` hoort alleen bij de eenheid per_10000",
    "IVP225": "het doel geeft zowel tolerance als tolerance_percent",
    "IVP226": "een gemiddelde nulmeting over een periode die geen hele jaren is",
    "IVP227": "de herkomst noemt een document-id dat het plan niet heeft",
    "IVP228": "dit document-id staat er twee keer",
    "IVP229": "de prioriteit noemt een thema dat het plan niet heeft",
    "IVP230": "de gemeente of partner bestond niet in de planperiode",
    "IVP231": "onbekende standaardindicator in `catalog`",
    "IVP232": "fetch.per_capita past niet bij de eenheid van de indicator",
    "IVP233": "dit actie-id staat twee keer in het plan",
    "IVP290": "dit thema is nog leeg (geen beschrijving, doelen, acties of indicatoren)",
    "IVP291": "het doel meet tegen de nulmeting, maar die waarde is nog leeg",
    "IVP292": "er is geen waarde van het jaar dat het doel noemt",
    "IVP293": "het doeljaar ligt buiten de planperiode",
    "IVP294": "het doel vergelijkt met een referentie die de ophaalopdracht niet vraagt",
    "IVP295": "een aantal of cijfer kan niet negatief zijn",
    "IVP296": "een waarde ongeveer 10 keer groter of kleiner dan de vorige",
    "IVP297": "een bron of verwijzing is leeg",
    "IVP298": "het doel ligt aan de verkeerde kant van de nulmeting voor de gevraagde richting",
}

# (English message, Dutch message): the English is a regular expression over the whole message,
# its named groups are the values the Dutch repeats.
_PATTERNS: list[tuple[str, str]] = [
    (
        r"unknown key '(?P<key>[^']*)'; did you mean '(?P<guess>[^']*)'\?",
        "onbekende sleutel '{key}'; bedoelt u '{guess}'?",
    ),
    (
        r"unknown key '(?P<key>[^']*)'; allowed here: (?P<allowed>.*)",
        "onbekende sleutel '{key}'; hier mogen: {allowed}",
    ),
    (r"unknown key '(?P<key>[^']*)'", "onbekende sleutel '{key}'"),
    (r"required field '(?P<field>[^']*)' is missing", "het verplichte veld '{field}' ontbreekt"),
    (
        r"'(?P<value>[^']*)' is not allowed here; expected one of: (?P<choices>[^;]*); did you mean "
        r"'(?P<guess>[^']*)'\?",
        "'{value}' mag hier niet; kies uit: {choices}; bedoelt u '{guess}'?",
    ),
    (
        r"'(?P<value>[^']*)' is not allowed here; expected one of: (?P<choices>.*)",
        "'{value}' mag hier niet; kies uit: {choices}",
    ),
    (
        r"'(?P<value>.*)' is not a valid date: write it as YYYY-MM-DD, such as 2023-01-26",
        "'{value}' is geen geldige datum: schrijf JJJJ-MM-DD, bijvoorbeeld 2023-01-26",
    ),
    (r"a tab character: YAML indents with spaces only", "een tab: YAML springt alleen in met spaties"),
    (
        r"a second document \('---'\): keep one plan per file",
        "een tweede document ('---'): zet één plan in een bestand",
    ),
    (
        r"the file is empty: a plan starts with schema_version",
        "het bestand is leeg: een plan begint met schema_version",
    ),
    (
        r"this is not a text file \(it contains binary data\)",
        "dit is geen tekstbestand (er staan binaire gegevens in)",
    ),
    (
        r"the file is not UTF-8 text \(byte (?P<byte>0x..) here\): save it as UTF-8",
        "het bestand is geen UTF-8-tekst (byte {byte} hier): sla het op als UTF-8",
    ),
    (
        r"the file is (?P<size>.*); a plan file is at most (?P<limit>\S+) MB",
        "het bestand is {size}; een planbestand is hoogstens {limit} MB",
    ),
    (
        r"this is (?P<kind>.*), not a plan file: a plan is a regular file",
        "dit is geen gewoon bestand ({kind}), dus geen plan: een plan is een gewoon bestand",
    ),
    (r"a count cannot be fractional", "een aantal kan geen breuk zijn"),
    (
        r"a (?P<what>.*) cannot be negative, not (?P<value>.*)",
        "deze waarde kan niet negatief zijn, en is {value}",
    ),
    (
        r"'(?P<value>.*)' is text, but unit '(?P<unit>.*)' needs a number \(without quotes\)",
        "'{value}' is tekst, maar de eenheid '{unit}' vraagt een getal (zonder aanhalingstekens)",
    ),
    (
        r"a percentage lies between 0 and 100, not (?P<value>\S+); .*",
        "een percentage ligt tussen 0 en 100, niet {value}; een verandering in procenten (mag negatief) "
        "heeft de eenheid percent_change",
    ),
    (
        r"this target is measured against the baseline, whose value is still empty",
        "dit doel meet tegen de nulmeting, maar die waarde is nog leeg",
    ),
    (
        r"the theme '(?P<theme>.*)' is still empty: no description, goals, actions or indicators",
        "het thema '{theme}' is nog leeg: geen beschrijving, doelen, acties of indicatoren",
    ),
    (
        r"(?P<new>\S+) is (?P<factor>\d+) times smaller than the (?P<old>\S+) before it: .*",
        "{new} is {factor} keer zo klein als de {old} ervoor: een andere eenheid (per 1 000 of per "
        "10 000, een fractie of een percentage) of een tikfout? Controleer het cijfer",
    ),
    (
        r"(?P<new>\S+) is (?P<factor>\d+) times larger than the (?P<old>\S+) before it: .*",
        "{new} is {factor} keer zo groot als de {old} ervoor: een andere eenheid (per 1 000 of per "
        "10 000, een fractie of een percentage) of een tikfout? Controleer het cijfer",
    ),
    (
        r"the source is empty: name where the figures come from, or remove the key",
        "de bron is leeg: noem waar de cijfers vandaan komen, of haal de sleutel weg",
    ),
    (
        r"the reference is empty: say where in the document or who supplied the figure",
        "de verwijzing is leeg: zeg waar in het document het staat of wie het cijfer gaf",
    ),
    (
        r"the target (?P<value>\S+) lies above the baseline (?P<base>\S+), "
        r"but the indicator should decrease: .*",
        "het doel {value} ligt boven de nulmeting {base}, maar de indicator moet dalen: controleer het "
        "doel, de nulmeting of de richting",
    ),
    (
        r"the target (?P<value>\S+) lies below the baseline (?P<base>\S+), "
        r"but the indicator should increase: .*",
        "het doel {value} ligt onder de nulmeting {base}, maar de indicator moet stijgen: controleer het "
        "doel, de nulmeting of de richting",
    ),
    (
        r"a change of (?P<value>\S+) % goes the other way than the indicator's "
        r"direction \((?P<way>\w+)\): .*",
        "een verandering van {value} % ten opzichte van de nulmeting gaat de andere kant op dan de "
        "richting van de indicator ({way}): controleer het plus- of minteken of de richting",
    ),
]

_MORE: list[tuple[str, str]] = [
    (
        r"'(?P<v>[^']*)' is a number written as text; write (?P<n>\S+) without quotes \(a dot for "
        r"decimals, no thousands separators, no % sign\)",
        "'{v}' is een getal dat als tekst geschreven is; schrijf {n} zonder aanhalingstekens (een punt "
        "voor decimalen, geen punt voor duizendtallen, geen %-teken)",
    ),
    (
        r"'(?P<v>[^']*)' is not a valid period: a month is 01 to 12",
        "'{v}' is geen geldige periode: een maand is 01 tot en met 12",
    ),
    (
        r"'(?P<v>[^']*)' is not a valid period: (?P<why>.*)",
        "'{v}' is geen geldige periode (in het Engels: {why})",
    ),
    (
        r"'(?P<v>[^']*)' must be padded to '(?P<p>[^']*)', exactly as (?P<t>\S+) lists it",
        "'{v}' moet met spaties worden aangevuld tot '{p}', precies zoals {t} hem schrijft",
    ),
    (
        r"'(?P<v>[^']*)' is not a key of (?P<d>\S+) in table (?P<t>\S+)",
        "'{v}' is geen sleutel van {d} in tabel {t}",
    ),
    (
        r"'(?P<v>[^']*)' is not one of the milestone states: (?P<s>.*)",
        "'{v}' is geen van de toestanden van de mijlpaal: {s}",
    ),
    (
        r"'(?P<v>[^']*)' does not have the right form: an id uses lower case letters, digits and "
        r"hyphens, such as '(?P<e>[^']*)'",
        "'{v}' heeft niet de juiste vorm: een id bestaat uit kleine letters, cijfers en streepjes, "
        "zoals '{e}'",
    ),
    (
        r"'(?P<v>[^']*)' does not have the right form: (?P<why>.*)",
        "'{v}' heeft niet de juiste vorm (in het Engels: {why})",
    ),
    (
        r"'per' names the group of a per_10000 rate; unit '(?P<u>[^']*)' has none",
        "'per' noemt de groep van een cijfer per 10 000; de eenheid '{u}' heeft die niet",
    ),
    (
        r"'(?P<v>[^']*)' is not a standard indicator of ivp; did you mean '(?P<g>[^']*)'\?",
        "'{v}' is geen standaardindicator van ivp; bedoelt u '{g}'?",
    ),
    (r"'(?P<v>[^']*)' is not a standard indicator of ivp", "'{v}' is geen standaardindicator van ivp"),
    (r"'(?P<f>[^']*)' needs at least one item", "'{f}' heeft minstens één onderdeel nodig"),
    (
        r"(?P<c>GM\d+) is the code of (?P<a>.*), not of \"(?P<b>.*)\" \((?P<b2>.*) is (?P<c2>GM\d+)\)",
        '{c} is de code van {a}, niet van "{b}" ({b2} heeft {c2})',
    ),
    (
        r"(?P<c>GM\d+) is the code of (?P<a>.*), not of \"(?P<b>.*)\"",
        '{c} is de code van {a}, niet van "{b}"',
    ),
    (
        r"(?P<c>\S+) is not a CBS municipality code \((?P<a>.*) is (?P<c2>GM\d+)\)",
        "{c} is geen CBS-gemeentecode ({a} heeft {c2})",
    ),
    (r"(?P<c>\S+) is not a CBS municipality code", "{c} is geen CBS-gemeentecode"),
    (
        r"(?P<a>.*) \((?P<c>GM\d+)\) existed until (?P<y>\d+), not in the plan period (?P<p>\S+)",
        "{a} ({c}) bestond tot {y}, niet in de planperiode {p}",
    ),
    (
        r"a count cannot be fractional; did you mean (?P<n>\S+)\? write numbers without thousands separators",
        "een aantal kan geen breuk zijn; bedoelt u {n}? Schrijf getallen zonder punt voor duizendtallen",
    ),
    (r"a percentage lies between 0 and 100, not (?P<v>\S+)", "een percentage ligt tussen 0 en 100, niet {v}"),
    (
        r"a quote is opened here but never closed",
        "hier begint een aanhalingsteken dat nergens wordt gesloten",
    ),
    (
        r"a rank is a whole number from 1, not (?P<v>\S+)",
        "een rangnummer is een heel getal vanaf 1, niet {v}",
    ),
    (
        r"a rapportcijfer \(grade\) lies between 1 and 10, not (?P<v>\S+)",
        "een rapportcijfer ligt tussen 1 en 10, niet {v}",
    ),
    (
        r"a state indicator records a state in words, not the number (?P<v>\S+)",
        "een indicator met toestanden legt een toestand in woorden vast, niet het getal {v}",
    ),
    (
        r"an anchor \((?P<a>&\S+)\): a plan does not share blocks by reference; write the values out",
        "een anker ({a}): een plan deelt geen blokken via verwijzingen; schrijf de waarden uit",
    ),
    (
        r"an alias \((?P<a>\*\S+)\): a plan does not share blocks by reference; write the values out",
        "een verwijzing ({a}): een plan deelt geen blokken via verwijzingen; schrijf de waarden uit",
    ),
    (
        r"an average baseline covers several whole years: write its period as (?P<p>\S+)",
        "een gemiddelde nulmeting gaat over meerdere hele jaren: schrijf de periode als {p}",
    ),
    (
        r"expected a list here \(lines starting with '- '\)",
        "hier hoort een lijst (regels die beginnen met '- ')",
    ),
    (r"expected one of: (?P<c>.*); not a list", "kies uit: {c}; niet een lijst"),
    (r"expected one of: (?P<c>.*); not a block of keys", "kies uit: {c}; niet een blok met sleutels"),
    (r"expected text here, not the number (?P<v>\S+)", "hier hoort tekst, niet het getal {v}"),
    (
        r"fetch.per_capita '(?P<a>[^']*)' gives values in '(?P<b>[^']*)', but the indicator's unit is "
        r"'(?P<u>[^']*)'",
        "fetch.per_capita '{a}' geeft waarden in '{b}', maar de eenheid van de indicator is '{u}'",
    ),
    (
        r"give the margin once: 'tolerance' \(in the unit\) or 'tolerance_percent', not both",
        "geef de marge één keer: 'tolerance' (in de eenheid) of 'tolerance_percent', niet allebei",
    ),
    (
        r"no document has the id '(?P<i>[^']*)' \(ids in plan.documents: none\)",
        "geen document heeft het id '{i}' (plan.documents noemt geen id's)",
    ),
    (
        r"no document has the id '(?P<i>[^']*)' \(ids in plan.documents: (?P<l>.*)\)",
        "geen document heeft het id '{i}' (id's in plan.documents: {l})",
    ),
    (
        r"the baseline period (?P<p>\S+) does not lie before the target year (?P<y>\S+)",
        "de periode van de nulmeting {p} ligt niet vóór het doeljaar {y}",
    ),
    (
        r"the code (?P<d>\S+) was read as a number; write it as text with its prefix: \"(?P<c>.*)\"",
        'de code {d} is als getal gelezen; schrijf hem als tekst met de letters ervoor: "{c}"',
    ),
    (r"the document id '(?P<i>[^']*)' is already used", "het document-id '{i}' wordt al gebruikt"),
    (
        r"the file holds a list; a plan is a block of keys \(schema_version, municipality, ...\)",
        "het bestand bevat een lijst; een plan is een blok met sleutels (schema_version, municipality, ...)",
    ),
    (
        r"the indentation of this line does not match the lines above it",
        "deze regel springt anders in dan de regels erboven",
    ),
    (
        r"the indicator id '(?P<i>[^']*)' is already used on line (?P<l>\d+)",
        "het indicator-id '{i}' wordt al gebruikt op regel {l}",
    ),
    (
        r"the action id '(?P<i>[^']*)' is already used on line (?P<l>\d+)",
        "het actie-id '{i}' wordt al gebruikt op regel {l}",
    ),
    (
        r"the theme id '(?P<i>[^']*)' is already used on line (?P<l>\d+)",
        "het thema-id '{i}' wordt al gebruikt op regel {l}",
    ),
    (
        r"the key '(?P<k>[^']*)' appears twice in the same block \(first on line (?P<l>\d+)\); keep one",
        "de sleutel '{k}' staat twee keer in hetzelfde blok (eerst op regel {l}); houd er één",
    ),
    (
        r"the plan period starts in (?P<a>\d+) but ends earlier, in (?P<b>\d+)",
        "de planperiode begint in {a} maar eindigt eerder, in {b}",
    ),
    (
        r"the priority '(?P<p>[^']*)' names the theme '(?P<t>[^']*)', which the plan has not",
        "de prioriteit '{p}' noemt het thema '{t}', maar dat thema staat niet in het plan",
    ),
    (
        r"the reference '(?P<r>[^']*)' takes the fetched comparison '(?P<c>[^']*)', but the fetch spec "
        r"does not ask for it \(compare: true\)",
        "de referentie '{r}' gebruikt de opgehaalde vergelijking '{c}', maar de ophaalopdracht vraagt "
        "daar niet om (compare: true)",
    ),
    (
        r"the table (?P<t>\S+) comes from source '(?P<a>[^']*)', not '(?P<b>[^']*)'",
        "de tabel {t} komt van de bron '{a}', niet van '{b}'",
    ),
    (
        r"the table (?P<t>\S+) has no dimension '(?P<d>[^']*)'; did you mean '(?P<g>[^']*)'\?",
        "de tabel {t} heeft geen dimensie '{d}'; bedoelt u '{g}'?",
    ),
    (r"the table (?P<t>\S+) has no dimension '(?P<d>[^']*)'", "de tabel {t} heeft geen dimensie '{d}'"),
    (
        r"the table (?P<t>\S+) has no measure '(?P<m>[^']*)'; did you mean '(?P<g>[^']*)'\?",
        "de tabel {t} heeft geen meetwaarde '{m}'; bedoelt u '{g}'?",
    ),
    (r"the table (?P<t>\S+) has no measure '(?P<m>[^']*)'", "de tabel {t} heeft geen meetwaarde '{m}'"),
    (
        r"the table (?P<t>\S+) is not known to ivp \(municipal tables: (?P<l>.*)\)",
        "ivp kent de tabel {t} niet (tabellen per gemeente: {l})",
    ),
    (
        r"the target state '(?P<v>[^']*)' is not one of the states: (?P<s>.*)",
        "de doeltoestand '{v}' staat niet in de lijst van toestanden: {s}",
    ),
    (
        r"this value is empty: fill it in, or remove the key if it is optional",
        "deze waarde is leeg: vul hem in, of haal de sleutel weg als hij niet verplicht is",
    ),
    (
        r"unexpected ':' here: check the indentation of this line, or put a value that contains ': ' "
        r"in quotes",
        "onverwachte ':' hier: controleer het inspringen van deze regel, of zet een waarde "
        "met ': ' erin tussen aanhalingstekens",
    ),
]


@cache
def _compiled() -> list[tuple[re.Pattern[str], str]]:
    # On first Dutch message, not at import: an English run (CI, the default) never needs them.
    return [(re.compile(english, re.DOTALL), dutch) for english, dutch in _PATTERNS + _MORE]


def message_in(lang: Lang, code: str, message: str) -> str:
    if lang == "en":
        return message
    for english, dutch in _compiled():
        if (match := english.fullmatch(message)) is not None:
            return dutch.format(**match.groupdict())
    return f"{CODES_NL.get(code, code)} (in het Engels: {message})"


def severity_in(lang: Lang, severity: str) -> str:
    return SEVERITY_NL.get(severity, severity) if lang == "nl" else severity


def summary_in(lang: Lang, errors: int, warnings: int, files: int, checked: int) -> str:
    def plural(number: int, one: str, many: str) -> str:
        return f"{number} {one if number == 1 else many}"

    if lang == "en":
        if not (errors or warnings):
            return f"{plural(checked, 'plan', 'plans')} valid"
        counts = f"{plural(errors, 'error', 'errors')}, {plural(warnings, 'warning', 'warnings')}"
        return f"{counts} in {plural(files, 'file', 'files')}"
    if not (errors or warnings):
        return f"{plural(checked, 'plan', 'plannen')} in orde"
    counts = f"{plural(errors, 'fout', 'fouten')}, {plural(warnings, 'waarschuwing', 'waarschuwingen')}"
    return f"{counts} in {plural(files, 'bestand', 'bestanden')}"

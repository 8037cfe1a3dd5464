from ivp_cli.plan import catalog


def test_municipalities_are_the_342_real_gemeenten() -> None:
    names = catalog.municipalities()
    assert len(names) == 342
    assert names["GM0415"] == "Landsmeer"
    assert names["GM0432"] == "Opmeer"
    assert names["GM1509"] == "Oude IJsselstreek"
    assert "GM0998" not in names
    assert "GM0999" not in names
    assert all(len(code) == 6 and code.startswith("GM") for code in names)


def test_code_for_name_ignores_case_but_needs_the_exact_name() -> None:
    assert catalog.code_for_name("Velsen") == "GM0453"
    assert catalog.code_for_name("oude ijsselstreek") == "GM1509"
    assert catalog.code_for_name("Oude-IJsselstreek") is None
    assert catalog.code_for_name("Buitenland") is None


def test_cbs_qualifiers_are_optional_where_the_name_is_unambiguous() -> None:
    assert catalog.municipalities()["GM0014"] == "Groningen (gemeente)"
    assert catalog.code_for_name("Groningen") == "GM0014"
    assert catalog.code_for_name("'s-Gravenhage") == "GM0518"
    assert catalog.code_for_name("Groningen (gemeente)") == "GM0014"
    assert catalog.code_for_name("Bergen") is None  # Bergen (L.) and Bergen (NH.)
    assert catalog.code_for_name("Bergen (NH.)") == "GM0373"


def test_a_name_matches_its_code_with_or_without_the_qualifier() -> None:
    assert catalog.name_matches("GM0373", "Bergen")
    assert catalog.name_matches("GM0373", "Bergen (NH.)")
    assert not catalog.name_matches("GM0893", "Bergen (NH.)")
    assert not catalog.name_matches("GM0453", "Landsmeer")
    assert catalog.plain_name("Beek (L.)") == "Beek"
    assert catalog.plain_name("Landsmeer") == "Landsmeer"


def test_dimension_keys_are_padded() -> None:
    keys = catalog.dimension_keys("47013NED", "SoortMisdrijf")
    assert len(keys) == 59
    assert "3.1.1 " in keys
    assert "3.1.1" not in keys
    assert "2.6.10" in keys
    assert catalog.dimension_keys("47021NED", "Overlast") >= {"E35   ", "E33   ", "0.0.0 "}
    assert catalog.padded_key("47021NED", "Overlast", "E35") == "E35   "
    assert catalog.padded_key("47021NED", "Overlast", "E99") is None


def test_tables_and_measures() -> None:
    assert catalog.known_table("47013NED")
    assert catalog.known_table("47021NED")
    assert not catalog.known_table("47099NED")
    assert catalog.dimensions("47021NED") == ("Overlast", "RegioS", "Perioden")
    assert catalog.measures("47021NED") == frozenset({"GeregistreerdeOverlast_1"})
    assert "GeregistreerdeMisdrijven_1" in catalog.measures("47013NED")
    assert catalog.region_dimension("47013NED") == "RegioS"
    assert catalog.table_source("85146NED") == "cbs"
    assert not catalog.measures_known("85146NED")
    assert catalog.measures("85146NED") == frozenset()
    assert catalog.dimension_keys("47013NED", "Perioden") == frozenset()
    assert not catalog.has_key_list("47013NED", "Perioden")


def test_municipalities_cannot_be_changed_by_a_caller() -> None:
    catalog.municipalities().clear()
    assert len(catalog.municipalities()) == 342

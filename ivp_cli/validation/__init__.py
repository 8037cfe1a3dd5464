"""Text -> Plan and located diagnostics: schema errors in plain words and the domain rules. No I/O."""

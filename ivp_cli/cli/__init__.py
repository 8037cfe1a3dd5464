"""The command line: the only code that prints or exits; one module per command, each with register(app)."""

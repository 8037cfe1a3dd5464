"""Exit codes shared by every command (see README)."""

OK = 0
FINDINGS = 1
USAGE = 2
SOURCE_FAILED = 3
INTERRUPTED = 130

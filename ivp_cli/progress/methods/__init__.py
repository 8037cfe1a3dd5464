"""One module per assessment method; each takes a Context and returns an Assessment."""

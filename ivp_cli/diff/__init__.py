"""Semantic differences between two versions of a plan, and reading them from files or git."""

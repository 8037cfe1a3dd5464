"""Pure: Plan + as-of date -> assessments, one method per target type. No I/O."""

"""The only write path for plan files: edit the text, validate the result in full, replace atomically."""

"""The corpus file: a SQLite database of a corpus and its full-text index."""

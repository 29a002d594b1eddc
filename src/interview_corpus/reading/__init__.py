"""Reading transcripts: layout, roles, header, the parser, files and the bundled data."""

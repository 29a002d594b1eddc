"""Writing interviews out: export(), the formats, the HTML page, the terminal view."""

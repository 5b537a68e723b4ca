"""String-level recognisers shared by the HTML and plain-text paths.

Each module answers one question about a short piece of text: is this a credit line, a
byline, a dateline, a photo credit, a date, a piece of page chrome? Pure functions, no I/O.
"""

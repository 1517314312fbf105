"""Pure text analysis: text (and a publication date) in, plain results out. No database, no network."""

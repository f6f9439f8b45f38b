"""French: digits grouped by a narrow no-break space (60 000 000), as French typography and CLDR do."""

THOUSAND_SEPARATOR = "\u202f"

"""Arabic: Latin digits with the separators CLDR gives Arabic in Latin digits (60,000,000 and 2.5),
instead of Django's European-style ones; docs/translating.md explains the choice."""

THOUSAND_SEPARATOR = ","
DECIMAL_SEPARATOR = "."
NUMBER_GROUPING = 3

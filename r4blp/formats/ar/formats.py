"""Arabic: Latin digits with the separators CLDR gives Arabic in Latin digits (60,000,000 and 2.5),
instead of Django's European-style ones; docs/translating.md explains the choice. Django's Arabic
formats also lack date-and-time patterns, which would fall back to the English "N j, Y, P"."""

THOUSAND_SEPARATOR = ","
DECIMAL_SEPARATOR = "."
NUMBER_GROUPING = 3
DATETIME_FORMAT = "j F، Y، g:i A"
SHORT_DATETIME_FORMAT = "d\u200f/m\u200f/Y g:i A"

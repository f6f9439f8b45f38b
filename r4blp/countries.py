"""Country names in the visitor's language from CLDR (through Babel), for django-countries to show:
its own catalogues misspell some (Arabic "أسبانيا" for Spain) and mix Portuguese variants."""

from functools import cache

from babel import Locale
from django.utils.functional import lazy
from django.utils.translation import get_language, to_locale
from django_countries.base import CountriesBase
from django_countries.data import COUNTRIES

# django-countries' English names, with its common names ("South Korea") as it shows them by default.
ENGLISH_NAMES = {**COUNTRIES, **CountriesBase.COMMON_NAMES}


@cache
def cldr_names(language):
    """{code: name} of every country in `language` (CLDR's Portuguese is Brazilian)."""
    return Locale.parse(to_locale(language)).territories


def country_name(code):
    language = get_language() or "en"
    if language.startswith("en"):
        return str(ENGLISH_NAMES[code])
    return cldr_names(language).get(code) or str(ENGLISH_NAMES[code])


def cldr_country_names():
    """COUNTRIES_OVERRIDE: each country's name, looked up in the active language when shown."""
    lazy_name = lazy(country_name, str)
    return {code: lazy_name(code) for code in COUNTRIES}

"""Search per language on PostgreSQL: one Wagtail database search backend for each content language."""

import re

from django.conf import settings
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
from wagtail.models import Locale, TranslatableMixin
from wagtail.search.query import And, Or, PlainText

# Snowball's Portuguese stemmer conflates "região" and "regiãos" but not "regiões" or "regiães".
# Typed with or without accents; not short words such as "ao".
PORTUGUESE_AO_ENDING = re.compile(r"(?<=\w{2})(?:ão|ões|ães|ao|oes|aes)$", re.IGNORECASE)


def search_backend_name(language_code):
    """The search backend that searches content of this language, as configured in settings."""
    return language_code if language_code in settings.WAGTAILSEARCH_BACKENDS else "default"


class LanguageIndex(PostgresIndex):
    """The shared index table, written for one language only.

    Every database backend writes the same table, one row per object, so each one keeps to the
    objects of its own language: otherwise the last backend would index everything with its rules.
    """

    def add_items(self, model, objs):
        if issubclass(model, TranslatableMixin):
            language_of = dict(Locale.objects.values_list("pk", "language_code"))
            objs = [obj for obj in objs if language_of.get(obj.locale_id) == self.backend.language_code]
        elif not self.backend.indexes_untranslated:
            return
        super().add_items(model, objs)


class LanguageSearchBackend(PostgresSearchBackend):
    """Indexes and searches the content of `LANGUAGE_CODE` with the text search configuration
    `SEARCH_CONFIG`; the one with `INDEXES_UNTRANSLATED` also indexes what has no language
    (images, documents)."""

    index_class = LanguageIndex

    def __init__(self, params):
        super().__init__(params)
        self.language_code = params["LANGUAGE_CODE"]
        self.indexes_untranslated = params.get("INDEXES_UNTRANSLATED", False)

    def search(self, query, model_or_queryset, **kwargs):
        words = query.split() if self.language_code == "pt" and isinstance(query, str) else []
        if any(PORTUGUESE_AO_ENDING.search(word) for word in words):
            # "região" also finds "regiões", and the reverse.
            combine = Or if kwargs.get("operator") == "or" else And
            query = combine([Or([PlainText(form) for form in portuguese_forms(word)]) for word in words])
        return super().search(query, model_or_queryset, **kwargs)


def portuguese_forms(word):
    """The word, and if it ends in -ão/-ões/-ães its singular and plurals."""
    stem, found = PORTUGUESE_AO_ENDING.subn("", word)
    if not found:
        return [word]
    return [word] + [stem + ending for ending in ("ão", "ões", "ães") if stem + ending != word]

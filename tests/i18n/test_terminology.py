"""One term per concept and one variant per language, in the interface catalogues and the demo
content alike: Brazilian Portuguese, one spelling of Aichi and one form of address (the plural of
politeness) in Arabic, and the platform's name as the glossary of docs/translating.md gives it."""

import importlib
import re

import polib
import pytest

from tests.catalogues import po_files

# The platform's name in each language, the same on the site and in the emails.
PLATFORM_NAMES = {
    "es": "Plataforma de Aprendizaje de las Regiones para la Biodiversidad",
    "fr": "Plateforme d’apprentissage des régions pour la biodiversité",
    "pt": "Plataforma de Aprendizagem das Regiões para a Biodiversidade",
    "ar": "منصة تعلّم الأقاليم من أجل التنوع البيولوجي",
}
# How each name starts, to find every mention of it, right or wrong.
PLATFORM_NAME_STARTS = {
    "es": "Plataforma de Aprendizaje",
    "fr": "Plateforme d’apprentissage",
    "pt": "Plataforma de Aprendizagem",
    "ar": "منصة تعلّم",
}
WRONG_FORMS = {
    "pt": [
        # European Portuguese words and spellings, for the Brazilian ones the site uses.
        r"\bficheiros?\b",
        r"\bcontact(?:o|ar|e)\b",
        r"\bpartilh\w*",
        r"\bmil milhões\b",
        r"\bquilómetros?\b",
        r"\bperspetiv\w*",
        r"\bgovernação\b",
        r"\bDiapositivos\b",
        r"\bEis\b",
        r"\bapelido\b",
        r"\bFale-nos\b",
        r"\bà escala\b",
        r"\bdemasiad[oa]s?\b",
        r"\bComité\b",
        r"\bmangais\b",
        r"\bIrão\b",
        r"\bCoréia\b",
        # The article before a possessive that opens a phrase ("A sua candidatura").
        r"(?:^|[.:;!?]\s+)[AO]s? (?:sua|seu|nossa|nosso)s?\b",
        r"\b(?:Recebemos|Verifique|tratamos|alinham|apresentam|mantêm|protegeu|redigir) "
        r"[ao]s? (?:sua|seu)s?\b",
    ],
    "ar": [
        "أيشي",  # Aichi is آيتشي
        "كيبك",  # Quebec is كيبيك
        "^انضم إلى",  # "Join …" addresses visitors as أنتم: انضموا
        # The singular form of address where the site says أنتم.
        "توقيتك(?!م)",
        r"(?:^|\s)(?:اترك|اختر|ابحث|أدخل|راجع|حاول)(?=\s)",
    ],
    "fr": [r"Renforcer le renforcement"],
    "es": [r"Aprendizaje de Regiones", r"Regiones por la Biodiversidad"],
}


def catalogue_texts(language):
    for path in po_files():
        if path.parent.parent.name == language:
            for entry in polib.pofile(str(path)):
                yield from [entry.msgstr, *entry.msgstr_plural.values()]


def demo_texts(language):
    for app in ("home", "regions", "events", "forms"):
        yield from importlib.import_module(f"{app}.demo_translations").TRANSLATIONS[language].values()


def texts(language):
    return [text for text in [*catalogue_texts(language), *demo_texts(language)] if text]


@pytest.mark.parametrize("language", sorted(WRONG_FORMS))
def test_no_known_wrong_form_is_left(language):
    found = [
        (pattern, text[:80])
        for text in texts(language)
        for pattern in WRONG_FORMS[language]
        if re.search(pattern, text, re.M)
    ]
    assert found == []


@pytest.mark.parametrize("language", sorted(PLATFORM_NAMES))
def test_the_platform_has_one_name_per_language_on_the_site_and_in_emails(language):
    mentions = [text for text in texts(language) if PLATFORM_NAME_STARTS[language] in text]
    assert len(mentions) >= 3  # the site's title, the landing, the confirmation email
    assert [text for text in mentions if PLATFORM_NAMES[language] not in text] == []


def test_the_checks_find_what_they_look_for():
    """The patterns match the forms they were written for: a check that cannot fail is no check."""
    samples = {
        "pt": "Recebemos a sua candidatura. A nossa responsável responderá. Este ficheiro é grande.",
        "ar": "اختر هدفًا لترى توقيتك في أهداف أيشي",
        "fr": "Renforcer le renforcement des capacités",
        "es": "Plataforma de Aprendizaje de Regiones por la Biodiversidad",
    }
    for language, sample in samples.items():
        assert any(re.search(pattern, sample, re.M) for pattern in WRONG_FORMS[language]), language


@pytest.mark.django_db
def test_existing_databases_get_the_corrected_target_wording(demo_site):
    from django.apps import apps

    from regions.models import BiodiversityTarget

    migration = importlib.import_module("regions.migrations.0004_correct_target_translations")
    wrong, right = migration.CORRECTIONS[0]
    target = BiodiversityTarget.objects.get(locale__language_code="fr", framework="gbf", number=20)
    assert target.short_title == right  # what the demo now loads
    BiodiversityTarget.objects.filter(pk=target.pk).update(short_title=wrong)
    migration.correct(apps, None)
    target.refresh_from_db()
    assert target.short_title == right

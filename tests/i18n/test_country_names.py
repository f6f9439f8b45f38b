"""Country names read right in every language: CLDR's names where django-countries' catalogues are
wrong (Arabic "أسبانيا" for Spain, European Portuguese "Irão", the pre-1990 "Coréia")."""

import pytest
from django.utils import translation
from django_countries import countries

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "code", "right", "wrong"),
    [
        ("ar", "ES", "إسبانيا", "أسبانيا"),
        ("ar", "ZA", "جنوب أفريقيا", "جنوب افريقيا (الجمهورية)"),
        ("ar", "SA", "المملكة العربية السعودية", "السعودية (المملكة العربية)"),
        ("ar", "EC", "الإكوادور", "الاكوادور"),
        ("ar", "PH", "الفلبين", "الفيلبين"),
        ("pt", "KR", "Coreia do Sul", "Coréia do Sul"),
        ("pt", "IR", "Irã", "Irão"),
        ("en", "KR", "South Korea", "Korea (the Republic of)"),
    ],
)
def test_country_name_in_language(language, code, right, wrong):
    with translation.override(language):
        assert countries.name(code) == right != wrong


def test_arabic_pages_name_spain_and_south_africa_rightly(client, demo_site):
    listing = client.get("/ar/regions/").content.decode()
    assert "إسبانيا" in listing and "جنوب أفريقيا" in listing
    assert "أسبانيا" not in listing and "جنوب افريقيا" not in listing

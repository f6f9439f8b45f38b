"""Numbers and dates follow the visitor's language."""

import datetime

import pytest
from django.utils import formats, translation

from home import figures

pytestmark = pytest.mark.django_db

FIGURES = {"members": 12, "inhabitants": 59_800_000, "territory_km2": 2_040_000, "webinars": 9}


@pytest.mark.parametrize(
    ("language", "inhabitants", "territory"),
    [
        ("en", "59,800,000", "2,040,000"),
        ("fr", "59\u202f800\u202f000", "2\u202f040\u202f000"),
        ("es", "59\xa0800\xa0000", "2\xa0040\xa0000"),
        ("pt", "59.800.000", "2.040.000"),
        ("ar", "59,800,000", "2,040,000"),
    ],
)
def test_landing_figures_follow_the_locale(client, demo_site, monkeypatch, language, inhabitants, territory):
    monkeypatch.setattr(figures, "live_figures", lambda: FIGURES)
    html = client.get(f"/{language}/").content.decode()
    assert f'<p class="figure__number">{inhabitants}</p>' in html
    assert f'<p class="figure__number">{territory}</p>' in html


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Dec. 4, 2016"),
        ("es", "4 de diciembre de 2016"),
        ("fr", "4 décembre 2016"),
        ("pt", "4 de Dezembro de 2016"),
        ("ar", "4 ديسمبر، 2016"),
    ],
)
def test_dates_follow_the_locale(language, expected):
    with translation.override(language):
        assert formats.date_format(datetime.date(2016, 12, 4)) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "March 22, 2017, 10 a.m."),
        ("fr", "22 mars 2017 10:00"),
        ("ar", "22 مارس، 2017، 10:00 ص"),
    ],
)
def test_date_and_time_follow_the_locale(language, expected):
    with translation.override(language):
        assert formats.date_format(datetime.datetime(2017, 3, 22, 10, 0), "DATETIME_FORMAT") == expected


def test_arabic_decimals_use_a_point_with_latin_digits():
    with translation.override("ar"):
        assert formats.number_format(2.5, decimal_pos=1) == "2.5"
        assert formats.number_format(1234567, use_l10n=True, force_grouping=True) == "1,234,567"

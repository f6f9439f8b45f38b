"""Filter options read in the order of the visitor's language, accented letters among their base
letters ("Bélgica" before "Brasil"), not in code-point order."""

import re
from html import unescape

import pytest

from r4blp.collation import sorted_for_reading

pytestmark = pytest.mark.django_db


def options(html, name):
    """The labels of a select's options, in page order, without the "All …" choice."""
    select = re.search(rf'<select[^>]*name="{name}"[^>]*>(.*?)</select>', html, re.S).group(1)
    return [
        unescape(label)
        for value, label in re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)', select)
        if value
    ]


def test_reading_order_puts_accented_letters_among_their_base_letters():
    assert sorted_for_reading(["Brasil", "Bélgica", "Zambia", "Émirats", "España"]) == [
        "Bélgica",
        "Brasil",
        "Émirats",
        "España",
        "Zambia",
    ]
    assert sorted_for_reading([("br", "Brasil"), ("be", "Bélgica")], key=lambda c: c[1])[0] == (
        "be",
        "Bélgica",
    )


def test_spanish_countries_of_the_region_filter_read_in_dictionary_order(client, demo_site):
    countries = options(client.get("/es/regions/").content.decode(), "country")
    assert countries.index("Bélgica") < countries.index("Brasil") < countries.index("Canadá")
    assert countries.index("México") < countries.index("Sudáfrica")


@pytest.mark.parametrize("language", ["es", "fr", "pt", "ar"])
def test_every_filter_of_regions_and_events_is_in_reading_order(client, demo_site, language):
    regions = client.get(f"/{language}/regions/").content.decode()
    events = client.get(f"/{language}/events/").content.decode()
    for html, name in [(regions, "region"), (regions, "country"), (regions, "theme"), (events, "theme")]:
        labels = options(html, name)
        assert len(labels) > 2, name
        assert labels == sorted_for_reading(labels), (name, labels)

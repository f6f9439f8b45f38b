"""`manage.py import_regions`: good rows imported, bad rows reported by line, a second run changes nothing."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Revision

from regions.models import RegionPage

pytestmark = pytest.mark.django_db

HEADER = (
    "slug,title,official_name,country,world_region,population,area_km2,year_joined,membership_status,"
    "latitude,longitude,summary,website,has_strategy,strategy_year,strategy_url,thematic_blocks,targets\n"
)
GOOD = (
    "azores,Azores,Regional Government of the Azores,PT,europe,236000,2351,2021,active,38.7,-27.2,"
    "Nine volcanic islands.,https://www.azores.gov.pt/,yes,2020,,protected-areas,gbf-3 aichi-11\n"
)
BAD = [
    "no-country,Nowhere,,XX,europe,100,10,,,10,10,,,,,,,\n",
    "no-number,Somewhere,,FR,europe,lots,10,,,10,10,,,,,,,\n",
    "too-north,Up north,,FR,europe,100,10,,,95,10,,,,,,,\n",
    "odd-theme,Themed,,FR,europe,100,10,,,10,10,,,,,,dancing,\n",
]
QUEBEC_NEW_POPULATION = (
    "quebec,Québec,Government of Québec,CA,north_america,9000000,1542056,2016,active,52.9,-73.5,"
    '"A vast northern province of boreal forests, tundra and the St. Lawrence River.",https://www.quebec.ca/,'
    "yes,2013,,protected-areas monitoring-reporting,gbf-3 gbf-21 aichi-11\n"
)


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "regions.csv"
    path.write_text(HEADER + GOOD + "".join(BAD) + QUEBEC_NEW_POPULATION, encoding="utf-8")
    return path


def run(*args):
    out = StringIO()
    call_command("import_regions", *map(str, args), stdout=out)
    return out.getvalue()


def test_import_creates_and_updates_good_rows_and_reports_bad_ones(csv_file, demo_site):
    output = run(csv_file)

    azores = RegionPage.objects.get(slug="azores", locale__language_code="en")
    assert azores.live and azores.population == 236_000 and azores.country.code == "PT"
    assert sorted(azores.thematic_blocks.values_list("slug", flat=True)) == ["protected-areas"]
    assert sorted(t.slug for t in azores.targets.all()) == ["aichi-11", "gbf-3"]
    assert RegionPage.objects.get(slug="quebec", locale__language_code="en").population == 9_000_000
    # Synchronised figures reach the translations at once.
    assert RegionPage.objects.get(slug="quebec", locale__language_code="ar").population == 9_000_000

    assert "line 3: no-country: unknown country code: XX" in output
    assert "line 4: no-number: population is not a whole number: lots" in output
    assert "line 5: too-north: latitude must be between -90 and 90" in output
    assert "line 6: odd-theme: unknown thematic block or target: dancing" in output
    assert "1 created, 1 updated, 0 unchanged, 4 with errors." in output
    assert "[##############################] 6/6" in output
    for slug in ("no-country", "no-number", "too-north", "odd-theme"):
        assert not RegionPage.objects.filter(slug=slug).exists()


def test_second_import_changes_nothing(csv_file, demo_site):
    run(csv_file)
    revisions, pages = Revision.objects.count(), RegionPage.objects.count()
    output = run(csv_file)
    assert "0 created, 0 updated, 2 unchanged, 4 with errors." in output
    assert (Revision.objects.count(), RegionPage.objects.count()) == (revisions, pages)


def test_dry_run_saves_nothing(csv_file, demo_site):
    revisions = Revision.objects.count()
    output = run(csv_file, "--dry-run")
    assert "would have 1 created, 1 updated" in output
    assert not RegionPage.objects.filter(slug="azores").exists()
    assert RegionPage.objects.get(slug="quebec", locale__language_code="en").population == 8_874_683
    assert Revision.objects.count() == revisions


def test_file_without_required_columns_is_refused(tmp_path, demo_site):
    path = tmp_path / "broken.csv"
    path.write_text("slug,title\nx,X\n", encoding="utf-8")
    with pytest.raises(CommandError, match="missing column"):
        run(path)

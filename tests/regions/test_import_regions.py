"""`manage.py import_regions`: good rows imported in every language, each bad cell reported by line and
column with a non-zero exit, a second run changes nothing."""

from io import StringIO

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command, execute_from_command_line
from django.db import connections
from django.urls import reverse
from django.utils import formats, translation
from wagtail.models import Revision
from wagtail_localize.models import Translation

from regions.models import RegionPage
from tests.i18n.test_translation_workflow import editor_props, put_segment
from tests.regions.helpers import add_regions

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
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


@pytest.fixture
def good_file(tmp_path):
    path = tmp_path / "good.csv"
    path.write_text(HEADER + GOOD, encoding="utf-8")
    return path


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """The command's stdout and stderr, and the CommandError it ended with (None when it succeeded).
    wagtail-localize publishes new translations when the transaction commits, which a test's never does;
    a request made earlier in the process may have left another language active."""

    def run(*args):
        out, err = StringIO(), StringIO()
        with django_capture_on_commit_callbacks(execute=True), translation.override(settings.LANGUAGE_CODE):
            try:
                call_command("import_regions", *map(str, args), stdout=out, stderr=err)
            except CommandError as error:
                return out.getvalue(), err.getvalue(), error
        return out.getvalue(), err.getvalue(), None

    return run


def region(slug, language="en"):
    return RegionPage.objects.get(slug=slug, locale__language_code=language)


def test_import_creates_and_updates_good_rows_and_reports_bad_ones(csv_file, demo_site, run):
    output, errors, failure = run(csv_file)

    azores = region("azores")
    assert azores.live and azores.population == 236_000 and azores.country.code == "PT"
    assert sorted(azores.thematic_blocks.values_list("slug", flat=True)) == ["protected-areas"]
    assert sorted(t.slug for t in azores.targets.all()) == ["aichi-11", "gbf-3"]
    assert region("quebec").population == 9_000_000
    # Synchronised figures reach the translations at once.
    assert region("quebec", "ar").population == 9_000_000

    assert errors.splitlines() == [
        "line 3 (no-country), column country: unknown country code: XX",
        "line 4 (no-number), column population: not a whole number: lots",
        "line 5 (too-north), column latitude: must be between -90 and 90",
        "line 6 (odd-theme), column thematic_blocks: unknown thematic block: dancing",
    ]
    assert "1 created, 1 updated, 0 unchanged, 4 with errors." in output
    assert "[##############################] 6/6" in output
    assert str(failure) == "4 row(s) rejected, see above; the other rows were imported."
    assert failure.returncode == 1
    for slug in ("no-country", "no-number", "too-north", "odd-theme"):
        assert not RegionPage.objects.filter(slug=slug).exists()


def test_every_bad_cell_of_a_row_is_reported(tmp_path, demo_site, run):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "messy,,,ZZ,mars,-5,0,2010,lapsed,x,200,,not a site,maybe,,,,gbf-99\n")

    _output, errors, failure = run(path)

    assert errors.splitlines() == [
        "line 2 (messy), column title: empty, but required",
        "line 2 (messy), column country: unknown country code: ZZ",
        "line 2 (messy), column world_region: unknown world region: mars (use one of africa, asia_pacific, "
        "europe, latin_america_caribbean, north_america)",
        "line 2 (messy), column membership_status: unknown membership status: lapsed",
        "line 2 (messy), column population: must be at least 0",
        "line 2 (messy), column area_km2: must be at least 1",
        "line 2 (messy), column latitude: not a number: x",
        "line 2 (messy), column longitude: must be between -180 and 180",
        "line 2 (messy), column has_strategy: must be yes or no: maybe",
        "line 2 (messy), column targets: unknown target: gbf-99",
    ]
    assert failure.returncode == 1


def test_model_validation_is_reported_by_column(tmp_path, demo_site, run):
    path = tmp_path / "early.csv"
    path.write_text(HEADER + "early,Early,,FR,europe,100,10,2010,,10,10,,not a site,,,,,\n")

    _output, errors, _failure = run(path)

    assert "line 2 (early), column year_joined: " in errors
    assert "line 2 (early), column website: " in errors
    assert not RegionPage.objects.filter(slug="early").exists()


@pytest.mark.parametrize("bad", [True, False], ids=["rejected-row", "valid-file"])
def test_exit_status_from_the_command_line(tmp_path, demo_site, monkeypatch, capsys, bad):
    # The command line closes the database connections when it ends; the test's own must survive.
    monkeypatch.setattr(connections, "close_all", lambda: None)
    path = tmp_path / "regions.csv"
    path.write_text(HEADER + GOOD + (BAD[0] if bad else ""), encoding="utf-8")

    with pytest.raises(SystemExit) as exit_, translation.override(settings.LANGUAGE_CODE):
        execute_from_command_line(["manage.py", "import_regions", str(path)])
        raise SystemExit(0)

    captured = capsys.readouterr()
    assert exit_.value.code == (1 if bad else 0)
    assert ("line 3 (no-country), column country: unknown country code: XX" in captured.err) is bad
    assert ("CommandError: 1 row(s) rejected" in captured.err) is bad
    assert "1 created, 0 updated, 0 unchanged" in captured.out
    assert region("azores").live


def test_imported_region_is_served_in_every_language(good_file, demo_site, client, run):
    _output, _errors, failure = run(good_file)
    assert failure is None

    english = region("azores")
    for code in LANGUAGES:
        page = region("azores", code)
        assert page.translation_key == english.translation_key and page.live
        response = client.get(f"/{code}/regions/azores/")
        assert response.status_code == 200, code
        with translation.override(code):
            assert formats.localize(236_000) in response.content.decode()
    # Each translation is wagtail-localize's, kept in sync, so translators word it in its editor.
    translations = Translation.objects.filter(source__object_id=english.translation_key, enabled=True)
    assert sorted(t.target_locale.language_code for t in translations) == sorted(set(LANGUAGES) - {"en"})


def test_translator_words_an_imported_region(
    good_file, demo_site, admin_client, client, run, django_capture_on_commit_callbacks
):
    run(good_file)
    spanish = region("azores", "es")

    edit_url = reverse("wagtailadmin_pages:edit", args=[spanish.id])
    for segment in editor_props(admin_client, edit_url)["segments"]:
        if segment["type"] == "string" and segment["source"] == "Nine volcanic islands.":
            put_segment(admin_client, segment, "Nueve islas volcánicas.")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302

    html = client.get("/es/regions/azores/").content.decode()
    assert "Nueve islas volcánicas." in html
    assert "Nine volcanic islands." not in html


def test_reimport_updates_every_language_without_duplicates(good_file, demo_site, client, run):
    run(good_file)
    pages = RegionPage.objects.count()
    good_file.write_text(HEADER + GOOD.replace("236000", "240000"), encoding="utf-8")

    output, _errors, failure = run(good_file)

    assert failure is None
    assert "0 created, 1 updated, 0 unchanged, 0 with errors." in output
    assert RegionPage.objects.count() == pages
    for code in LANGUAGES:
        assert region("azores", code).population == 240_000
        with translation.override(code):
            assert formats.localize(240_000) in client.get(f"/{code}/regions/azores/").content.decode()


def test_reimport_adds_the_languages_a_region_lacks(tmp_path, demo_site, client, run):
    add_regions(1)  # English only, as regions imported before translations were made
    path = tmp_path / "regions.csv"
    path.write_text(HEADER + "test-region-0,Test region 0,,FR,europe,1000,10,,,45,0,,,,,,financing,gbf-3\n")
    english = region("test-region-0")
    revisions = Revision.objects.for_instance(english).count()

    output, _errors, failure = run(path)

    assert failure is None
    assert "0 created, 1 updated, 0 unchanged" in output
    for code in LANGUAGES:
        assert client.get(f"/{code}/regions/test-region-0/").status_code == 200, code
    # The English page was already right: it is not revised, only translated.
    assert Revision.objects.for_instance(english).count() == revisions


def test_second_import_changes_nothing(csv_file, demo_site, run):
    run(csv_file)
    revisions, pages = Revision.objects.count(), RegionPage.objects.count()
    output, _errors, failure = run(csv_file)
    assert "0 created, 0 updated, 2 unchanged, 4 with errors." in output
    assert failure.returncode == 1
    assert (Revision.objects.count(), RegionPage.objects.count()) == (revisions, pages)


def test_dry_run_saves_nothing(csv_file, demo_site, run):
    revisions, pages = Revision.objects.count(), RegionPage.objects.count()
    output, errors, failure = run(csv_file, "--dry-run")
    assert "would have 1 created, 1 updated" in output
    assert "line 3 (no-country), column country: unknown country code: XX" in errors
    assert str(failure) == "4 row(s) rejected, see above; the other rows were checked."
    assert not RegionPage.objects.filter(slug="azores").exists()
    assert region("quebec").population == 8_874_683
    assert (Revision.objects.count(), RegionPage.objects.count()) == (revisions, pages)


def test_file_without_required_columns_is_refused(tmp_path, demo_site):
    path = tmp_path / "broken.csv"
    path.write_text("slug,title\nx,X\n", encoding="utf-8")
    with pytest.raises(CommandError, match="missing column"):
        call_command("import_regions", str(path), stdout=StringIO())

"""Every interface catalogue of the project and its apps is complete in every language."""

import polib
import pytest
from babel.messages.pofile import read_po
from django.conf import settings

from tests.catalogues import ROOT, po_files

TRANSLATED_LANGUAGES = {code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE}
CATALOGUES = po_files()


def catalogue_id(path):
    return str(path.relative_to(ROOT))


def test_the_project_catalogue_exists_in_every_language():
    languages = {path.parent.parent.name for path in CATALOGUES if path.parents[2] == ROOT / "locale"}
    assert languages == TRANSLATED_LANGUAGES


def test_every_catalogue_folder_has_every_language():
    """An app that ships a catalogue ships it for every language the site speaks."""
    folders = {path.parents[2] for path in CATALOGUES}
    for folder in folders:
        languages = {path.parent.parent.name for path in CATALOGUES if path.parents[2] == folder}
        assert languages == TRANSLATED_LANGUAGES, catalogue_id(folder)


@pytest.mark.parametrize("path", CATALOGUES, ids=catalogue_id)
def test_catalogue_has_no_untranslated_or_fuzzy_message(path):
    catalogue = polib.pofile(str(path))
    assert not catalogue.metadata_is_fuzzy, "the header is fuzzy: Babel would skip the whole catalogue"
    assert catalogue.metadata.get("Language") == path.parent.parent.name
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    assert catalogue.percent_translated() == 100


@pytest.mark.parametrize("path", CATALOGUES, ids=catalogue_id)
def test_catalogue_placeholders_match_their_source(path):
    """A translation that drops or misspells `%(name)s` would raise or show the raw placeholder."""
    with path.open("rb") as po_file:
        catalogue = read_po(po_file, locale=path.parent.parent.name)
    problems = [(message.id, [str(error) for error in errors]) for message, errors in catalogue.check()]
    assert problems == []

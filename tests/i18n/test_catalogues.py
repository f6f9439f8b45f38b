"""Every interface catalogue of the project and its apps is complete in every language."""

import polib
import pytest
from babel.messages.pofile import read_po
from django.conf import settings

from tests.catalogues import ROOT, marked_messages, po_files

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


def source_folders():
    """Each folder of code and templates with the catalogue that carries its messages: an app's own
    locale/ when it has one, else the project's."""
    folders = [ROOT / "templates", ROOT / "r4blp"]
    folders += sorted(path.parent for path in ROOT.glob("*/apps.py"))
    return [
        pytest.param(
            folder,
            folder / "locale" if (folder / "locale").is_dir() else ROOT / "locale",
            id=catalogue_id(folder),
        )
        for folder in folders
    ]


@pytest.mark.parametrize(("folder", "catalogue_root"), source_folders())
def test_every_marked_message_is_in_its_catalogue_in_every_language(folder, catalogue_root):
    """A string marked in code but missing from the catalogue (makemessages not run, or an app without
    its own locale/) would show in English to every visitor."""
    marked = marked_messages(folder)
    for language in sorted(TRANSLATED_LANGUAGES):
        path = catalogue_root / language / "LC_MESSAGES" / "django.po"
        assert path.exists(), f"{catalogue_id(folder)} has marked strings but no {language} catalogue"
        present = {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path))}
        assert sorted(marked - present, key=str) == [], f"{catalogue_id(path)} lacks these messages"

"""Every interface catalogue of the project and its apps is complete in every language."""

import os
import re
import shutil
import subprocess

import polib
import pytest
from babel.messages.pofile import read_po
from django.conf import settings

from tests.catalogues import ROOT, SKIPPED_FOLDERS, marked_messages, po_files

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


def require_gettext(*tools):
    """GNU gettext is an editor's tool: a developer without it skips these checks, CI never does."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing and not os.environ.get("CI"):
        pytest.skip(f"GNU gettext is not installed ({', '.join(missing)} missing)")
    assert not missing, f"CI needs GNU gettext: {', '.join(missing)} missing"


def msgfmt_statistics(path):
    """{translated, fuzzy, untranslated: count} of one catalogue, from GNU `msgfmt -c`; raises with
    msgfmt's own message when the catalogue is invalid (duplicates, wrong plural forms...)."""
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "--output-file", os.devnull, str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "LC_ALL": "C"},
    )
    if result.returncode != 0:
        raise AssertionError(f"msgfmt -c rejects {path}:\n{result.stderr}")
    counts = dict.fromkeys(("translated", "fuzzy", "untranslated"), 0)
    for number, kind in re.findall(r"(\d+) (translated|fuzzy|untranslated)", result.stderr):
        counts[kind] = int(number)
    return counts


@pytest.mark.parametrize("path", CATALOGUES, ids=catalogue_id)
def test_gnu_msgfmt_accepts_every_catalogue(path):
    require_gettext("msgfmt")
    counts = msgfmt_statistics(path)
    assert counts["translated"] > 0 and counts["fuzzy"] == counts["untranslated"] == 0


PLURAL_FORMS = {
    # GNU gettext's and CLDR's rules for the languages of the site.
    "es": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "pt": "nplurals=2; plural=(n > 1);",  # Brazilian Portuguese: 0 and 1 are singular
    "ar": (
        "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
        "n%100>=11 && n%100<=99 ? 4 : 5;"
    ),
}


@pytest.mark.parametrize("path", CATALOGUES, ids=catalogue_id)
def test_every_catalogue_declares_its_languages_plural_forms(path):
    catalogue = polib.pofile(str(path))
    expected = PLURAL_FORMS[path.parent.parent.name]
    assert catalogue.metadata["Plural-Forms"] == expected
    nplurals = int(re.match(r"nplurals=(\d+)", expected).group(1))
    for entry in catalogue:
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == list(range(nplurals)), entry.msgid


def test_msgfmt_check_rejects_a_broken_catalogue(tmp_path):
    """The check above can fail: a message defined twice is refused."""
    require_gettext("msgfmt")
    broken = tmp_path / "django.po"
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    broken.write_text(header + 'msgid "name"\nmsgstr "nombre"\n\nmsgid "name"\nmsgstr "nombre"\n')
    with pytest.raises(AssertionError, match="duplicate message definition"):
        msgfmt_statistics(broken)


def copy_of_the_project(destination):
    """The project's sources and catalogues, with the same virtualenv, to run `make messages` on
    without touching the working tree."""
    shutil.copytree(
        ROOT,
        destination,
        ignore=shutil.ignore_patterns(*SKIPPED_FOLDERS, "media", "__pycache__", "*.mo", "*.sqlite3"),
    )
    (destination / ".venv").symlink_to((ROOT / ".venv").resolve())
    return destination


def test_make_messages_round_trip_changes_no_count(tmp_path):
    """`make messages` on the committed catalogues adds, drops and unsettles nothing: every string
    marked in the code has its entry, and no entry is left without its string."""
    require_gettext("msgfmt", "xgettext", "msgmerge", "msguniq")
    copy = copy_of_the_project(tmp_path / "project")
    before = {catalogue_id(path): msgfmt_statistics(path) for path in CATALOGUES}
    # `-o install`: the virtualenv is the running one, nothing to install.
    result = subprocess.run(
        ["make", "-s", "-o", "install", "messages"], cwd=copy, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    after = {name: msgfmt_statistics(copy / name) for name in before}
    assert after == before

"""The interface catalogues of the repository (project and apps), and compiling them for a test run."""

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
SKIPPED_FOLDERS = {".venv", "node_modules", "staticfiles", ".git"}


def po_files():
    """Every django.po of the project and its apps, outside the virtualenv."""
    return sorted(
        path
        for path in ROOT.glob("**/LC_MESSAGES/django.po")
        if not SKIPPED_FOLDERS.intersection(path.relative_to(ROOT).parts)
    )


def compile_catalogues():
    """Write each .mo that is missing or older than its .po; git ignores .mo files, so a fresh clone
    has none and would otherwise test untranslated pages."""
    for po_path in po_files():
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file, locale=po_path.parent.parent.name)
        with mo_path.open("wb") as mo_file:
            write_mo(mo_file, catalog)

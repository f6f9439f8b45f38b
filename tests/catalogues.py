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


# The gettext functions Django code marks strings with, as Babel's extractor expects them.
KEYWORDS = {
    "_": None,
    "gettext": None,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext": (1, 2),
    "ngettext_lazy": (1, 2),
    "pgettext": ((1, "c"), 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "npgettext_lazy": ((1, "c"), 2, 3),
}
SOURCE_SKIPPED = SKIPPED_FOLDERS | {"tests", "bench", "migrations", "locale", "static", "media"}


def marked_messages(folder):
    """{(msgctxt, msgid)} marked for translation in the Python files and templates under `folder`,
    found the way makemessages does (templates go through Django's templatize) but with Babel."""
    import io

    from babel.messages.extract import extract_python
    from django.utils.translation.template import templatize

    found = set()
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(ROOT).parts
        if SOURCE_SKIPPED.intersection(relative) or path.suffix not in {".py", ".html", ".txt"}:
            continue
        source = path.read_text(encoding="utf-8")
        if path.suffix != ".py":
            source = templatize(source, origin=str(path))
        for _line, _function, message, _comments in extract_python(
            io.BytesIO(source.encode()), KEYWORDS, [], {}
        ):
            messages = message if isinstance(message, tuple) else (message,)
            context = None
            if messages and _function.startswith(("pgettext", "npgettext")):
                context, messages = messages[0], messages[1:]
            if messages and messages[0]:
                found.add((context, messages[0]))
    return found

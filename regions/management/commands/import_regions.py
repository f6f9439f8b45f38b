"""`manage.py import_regions FILE.csv [--dry-run]`: create or update member regions from a CSV file."""

import csv

from django.core.management.base import BaseCommand, CommandError

from regions.importer import COLUMNS, REQUIRED, NoRegionIndex, RegionImporter


class Command(BaseCommand):
    help = (
        "Create or update region profiles from a CSV file with the columns "
        + ", ".join(COLUMNS)
        + ". Each region is written in the default language and kept in every other language, where"
        " translators word it later. Every rejected row is reported with its line, column and reason;"
        " the other rows are imported, and the command then exits with status 1. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV file, UTF-8, comma-separated, with a header row")
        parser.add_argument("--dry-run", action="store_true", help="Validate and report; save nothing")

    def handle(self, file, dry_run=False, **options):
        try:
            with open(file, newline="", encoding="utf-8-sig") as handle:
                reader = csv.DictReader(handle)
                missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
                if missing:
                    raise CommandError(f"{file}: missing column(s): {', '.join(missing)}")
                rows = [(reader.line_num, row) for row in reader]
        except (OSError, UnicodeDecodeError, csv.Error) as error:
            raise CommandError(f"{file}: {error}") from error
        try:
            importer = RegionImporter(dry_run=dry_run)
        except NoRegionIndex as error:
            raise CommandError(str(error)) from error

        outcomes = []
        for done, (line, row) in enumerate(rows, start=1):
            outcomes.append(importer.import_row(line, row))
            self.progress(done, len(rows))
        self.stdout.write("")

        rejected = [outcome for outcome in outcomes if outcome.action == "error"]
        for outcome in rejected:
            for column, reason in outcome.problems:
                where = f"line {outcome.line} ({outcome.slug or 'no slug'})"
                self.stderr.write(f"{where}, column {column}: {reason}" if column else f"{where}: {reason}")
        counts = {
            action: sum(o.action == action for o in outcomes)
            for action in ("created", "updated", "unchanged")
        }
        prefix = "Dry run, nothing saved: would have " if dry_run else ""
        self.stdout.write(
            f"{prefix}{counts['created']} created, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged, {len(rejected)} with errors."
        )
        if rejected:
            # A non-zero exit status lets a script or a scheduled job notice the rows left out.
            others = "checked" if dry_run else "imported"
            raise CommandError(f"{len(rejected)} row(s) rejected, see above; the other rows were {others}.")

    def progress(self, done, total, width=30):
        filled = width * done // max(total, 1)
        self.stdout.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
        self.stdout.flush()

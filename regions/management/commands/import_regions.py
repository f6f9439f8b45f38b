"""`manage.py import_regions FILE.csv [--dry-run]`: create or update member regions from a CSV file."""

import csv

from django.core.management.base import BaseCommand, CommandError

from regions.importer import COLUMNS, REQUIRED, RegionImporter, RowError


class Command(BaseCommand):
    help = (
        "Create or update region profiles (in the default language) from a CSV file with the columns "
        + ", ".join(COLUMNS)
        + ". Bad rows are reported with their line number; the others are imported. Safe to run again."
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
        except RowError as error:
            raise CommandError(str(error)) from error

        outcomes = []
        for done, (line, row) in enumerate(rows, start=1):
            outcomes.append(importer.import_row(line, row))
            self.progress(done, len(rows))
        self.stdout.write("")

        for outcome in outcomes:
            if outcome.action == "error":
                self.stdout.write(
                    self.style.ERROR(f"line {outcome.line}: {outcome.slug or '?'}: {outcome.reason}")
                )
        counts = {
            action: sum(o.action == action for o in outcomes)
            for action in ("created", "updated", "unchanged", "error")
        }
        prefix = "Dry run, nothing saved: would have " if dry_run else ""
        self.stdout.write(
            f"{prefix}{counts['created']} created, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged, {counts['error']} with errors."
        )

    def progress(self, done, total, width=30):
        filled = width * done // max(total, 1)
        self.stdout.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
        self.stdout.flush()

"""`manage.py dev_superuser`: a known admin login for a developer's own SQLite site (DEBUG only)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "r4blp-admin"  # noqa: S105 - development only; the command refuses without DEBUG


class Command(BaseCommand):
    help = "Create the development superuser if missing and print its login."

    def add_arguments(self, parser):
        parser.add_argument("--port", default="8000", help="port the site is served on, for the printed URL")

    def handle(self, *args, port="8000", **options):
        if not settings.DEBUG:
            raise CommandError("dev_superuser only runs with DEBUG on (development settings).")
        User = get_user_model()
        if not User.objects.filter(username=USERNAME).exists():
            User.objects.create_superuser(USERNAME, "admin@localhost", PASSWORD)
        self.stdout.write(
            self.style.SUCCESS(f"Admin login: {USERNAME} / {PASSWORD} at http://127.0.0.1:{port}/admin/")
        )

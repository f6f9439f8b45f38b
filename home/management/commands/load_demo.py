"""`manage.py load_demo`: build the demo site; safe to run again, it only adds what is missing."""

from importlib import import_module

from django.core.management.base import BaseCommand
from wagtail.models import Page

# Order matters: the landing first, then what hangs below it.
DEMO_MODULES = ["home.demo", "regions.demo", "events.demo", "forms.demo"]


class Command(BaseCommand):
    help = "Load the demo content (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has content pages.",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and Page.objects.filter(depth__gt=1).exclude(content_type__model="page").exists():
            self.stdout.write("Demo content already present; leaving the site as it is.")
            return
        for name in DEMO_MODULES:
            try:
                module = import_module(name)
            except ModuleNotFoundError as error:
                if error.name != name:
                    raise
                continue
            self.stdout.write(f"Loading {name.split('.')[0]} demo content…")
            module.load(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content ready."))

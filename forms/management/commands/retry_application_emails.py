"""`manage.py retry_application_emails`: send the application emails that have not gone out yet."""

from django.core.management.base import BaseCommand

from forms.emails import deliver_unsent
from forms.models import ApplicationEmail


class Command(BaseCommand):
    help = "Send pending and failed application emails whose retry time has come (all with --all)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            help="Also retry emails that are still waiting for their back-off or gave up.",
        )

    def handle(self, *args, all=False, **options):
        states = deliver_unsent(ApplicationEmail.objects.all(), due_only=not all)
        sent = states.count(ApplicationEmail.State.SENT)
        failed = states.count(ApplicationEmail.State.FAILED)
        self.stdout.write(f"{sent} sent, {failed} failed, {len(states) - sent - failed} skipped.")

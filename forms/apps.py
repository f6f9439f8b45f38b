"""App config of the join form: applications to the Policy Officer."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class FormsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "forms"
    label = "forms"
    verbose_name = _("Join form")

    def ready(self):
        from .signals import ensure_policy_officers_group

        # After every app's migrations, so the permissions it grants exist.
        post_migrate.connect(ensure_policy_officers_group, dispatch_uid="forms.policy_officers_group")

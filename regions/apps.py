"""App config of the member regions: profiles, map, figures, targets and region editors."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegionsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "regions"
    verbose_name = _("Member regions")

    def ready(self):
        from . import signals  # noqa: F401

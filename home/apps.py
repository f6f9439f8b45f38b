"""App config of the site's frame: landing, standard pages, people, search and site furniture."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from r4blp.page_cache import connect_signals

        connect_signals()

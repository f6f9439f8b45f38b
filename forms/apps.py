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
        from wagtail.signals import page_published, page_unpublished

        from .signals import ensure_policy_officers_group, forget_join_page_links

        # After every app's migrations, so the permissions it grants exist.
        post_migrate.connect(ensure_policy_officers_group, dispatch_uid="forms.policy_officers_group")
        # Any publish may move, rename or retire a join page; links to it are looked up again.
        page_published.connect(forget_join_page_links, dispatch_uid="forms.forget_join_links_published")
        page_unpublished.connect(forget_join_page_links, dispatch_uid="forms.forget_join_links_unpublished")

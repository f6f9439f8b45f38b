"""An admin panel showing an application's answers and the state of its emails, read-only."""

from django.utils.translation import get_language
from wagtail.admin.panels import Panel


class ApplicationAnswersPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "forms/admin/application_answers_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            application = self.instance
            # The labels of the join page's translation in the admin's language, where there is one.
            labels = application.labels(get_language()) if application.pk else {}
            context["answers"] = application.answers(labels) if application.pk else []
            context["emails"] = list(application.emails.all()) if application.pk else []
            context["application"] = application
            return context

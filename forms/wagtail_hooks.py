"""Admin hooks of the join form: the applications view, and no side door to the answers."""

from wagtail import hooks

from .views import ApplicationViewSet


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return ApplicationViewSet()


@hooks.register("filter_form_submissions_for_user")
def only_policy_officers_see_submissions(user, editable_forms):
    # Wagtail's own per-page submission list would show applications to anyone who can edit the page.
    if user.has_perm("forms.view_application"):
        return editable_forms
    return editable_forms.none()

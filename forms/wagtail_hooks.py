"""Admin hooks of the join form: the applications view, and no side door to the answers."""

from wagtail import hooks

from . import spam
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


@hooks.register("page_cache_refills")
def fresh_form_start_token():
    # A cached join form gets the time it is shown to each visitor, as a rendered one does.
    return {spam.TOKEN_FIELD: lambda request: spam.new_token()}

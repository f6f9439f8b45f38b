"""The "Policy officers" group, made after every migrate so a fresh install has it."""

from django.contrib.auth.models import Group, Permission

POLICY_OFFICERS = "Policy officers"
PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("forms", "view_application"),
    ("forms", "change_application"),
]


def ensure_policy_officers_group(**kwargs):
    group, _created = Group.objects.get_or_create(name=POLICY_OFFICERS)
    for app_label, codename in PERMISSIONS:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:
            group.permissions.add(permission)
    return group

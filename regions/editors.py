"""Member-region editors: per region, a Wagtail group that can edit, publish and translate that
region's page in every language and use its own image and document collection, and nothing else."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from .models import RegionEditors, RegionPage

PAGE_PERMISSIONS = ("change", "publish")
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
GLOBAL_PERMISSIONS = [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")]


def _permissions(pairs):
    return [Permission.objects.get(content_type__app_label=app, codename=codename) for app, codename in pairs]


def source_region(region):
    """The original of a region's translations: the page the others were translated from."""
    pages = RegionPage.objects.filter(translation_key=region.translation_key).order_by("id")
    return pages.first() or region


@transaction.atomic
def ensure_region_editors(region):
    """Create (or complete) the editors' group of `region`; returns (RegionEditors, created)."""
    link = (
        RegionEditors.objects.select_related("group", "collection")
        .filter(region_key=region.translation_key)
        .first()
    )
    created = link is None
    if created:
        title = source_region(region).title
        base = (_("Region editors: %(region)s") % {"region": title})[:140]
        name, number = base, 2
        while Group.objects.filter(name=name).exists():  # two regions may share a name
            name, number = f"{base} ({number})", number + 1
        group = Group.objects.create(name=name)
        collection = Collection.get_first_root_node().add_child(
            name=_("Region: %(region)s") % {"region": title}
        )
        link = RegionEditors.objects.create(
            region_key=region.translation_key, group=group, collection=collection
        )
    link.group.permissions.add(*_permissions(GLOBAL_PERMISSIONS))
    for permission in _permissions(COLLECTION_PERMISSIONS):
        GroupCollectionPermission.objects.get_or_create(
            group=link.group, collection=link.collection, permission=permission
        )
    for page in Page.objects.filter(translation_key=region.translation_key):
        grant_page(link.group, page)
    return link, created


def grant_page(group, page):
    for permission_type in PAGE_PERMISSIONS:
        if not GroupPagePermission.objects.filter(
            group=group, page=page, permission__codename=f"{permission_type}_page"
        ).exists():
            GroupPagePermission.objects.create(group=group, page=page, permission_type=permission_type)


def region_created(page):
    """A new region gets its editors' group; a new translation joins its region's group."""
    link = RegionEditors.objects.select_related("group").filter(region_key=page.translation_key).first()
    if link is None:
        ensure_region_editors(page)
    else:
        grant_page(link.group, page)

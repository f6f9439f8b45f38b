"""The benchmark's bulk seeder makes pages that behave like pages added one by one with add_child."""

import pytest
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale, Page

from bench.seeding import copied_fields, seed_large_site
from events.models import EventIndexPage
from regions.models import RegionIndexPage, RegionPage

pytestmark = pytest.mark.django_db

REGIONS, EVENTS = 3, 4
LANGUAGES = 5


@pytest.fixture
def seeded(demo_site):
    before = list(Page.objects.values_list("pk", flat=True))
    seed_large_site(regions=REGIONS, events=EVENTS)
    return list(Page.objects.exclude(pk__in=before).specific().order_by("path"))


def tree():
    return list(Page.objects.order_by("path").values_list("path", "depth", "numchild"))


def children(seeded, index):
    return [page for page in seeded if page.path.startswith(index.path)]


def test_the_seeded_pages_leave_a_sound_tree(seeded):
    assert len(seeded) == (REGIONS + EVENTS) * LANGUAGES
    assert Page.find_problems() == ([], [], [], [], [])
    before = tree()
    Page.fix_tree()
    assert tree() == before
    for page in seeded:
        parent = page.get_parent()
        assert type(parent.specific) in (RegionIndexPage, EventIndexPage)
        assert page.url_path == f"{parent.url_path}{page.slug}/"
        assert page.locale_id == parent.locale_id


def test_a_seeded_page_has_the_fields_add_child_gives_a_page(seeded):
    seeded_region = RegionPage.objects.get(slug="bench-region-0", locale=Locale.get_default())
    index = seeded_region.get_parent()
    template = RegionPage.objects.child_of(index).first()
    added = RegionPage(title="Added", slug="added", live=True, first_published_at=timezone.now())
    for name, value in copied_fields(template).items():
        setattr(added, name, value)
    index.add_child(instance=added)
    # add_child found the seeded pages where treebeard keeps a parent's children.
    assert added.path > max(page.path for page in children(seeded, index))
    assert Page.objects.get(pk=index.pk).numchild == index.get_children().count()
    added.refresh_from_db()
    for name in (
        "depth",
        "numchild",
        "live",
        "has_unpublished_changes",
        "content_type_id",
        "locale_id",
        "latest_revision_id",
        "live_revision_id",
        "expired",
        "locked",
        "alias_of_id",
        "show_in_menus",
    ):
        assert getattr(seeded_region, name) == getattr(added, name), name
    assert seeded_region.draft_title == seeded_region.title
    assert seeded_region.first_published_at and seeded_region.last_published_at


def test_the_seeded_pages_serve_like_the_demo_pages_in_every_language(client, seeded):
    for page in seeded:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert escape(page.title) in response.content.decode(), page.url
        # Each item is one page in five languages, as wagtail-localize's translations are.
        assert page.get_translations().count() == LANGUAGES - 1


def test_the_indexes_list_the_seeded_pages(client, seeded):
    for index in RegionIndexPage.objects.all():
        regions = children(seeded, index)
        assert {page.pk for page in regions} <= set(index.live_regions().values_list("pk", flat=True))
        listing = client.get(index.url).content.decode()
        assert all(page.url in listing for page in regions)
    for index in EventIndexPage.objects.all():
        events = children(seeded, index)
        assert {page.pk for page in events} <= set(index.listed_events().values_list("pk", flat=True))
        listings = ""
        for number in range(1, index.events().count() // 10 + 2):
            listings += client.get(f"{index.url}?page={number}").content.decode()
        assert all(page.url in listings for page in events)


def test_search_finds_the_seeded_pages(client, seeded):
    response = client.get("/en/search/?q=bench")
    english = [page for page in seeded if page.locale.language_code == "en"]
    assert response.status_code == 200
    assert all(page.url in response.content.decode() for page in english)

"""Member-region editors, through the real admin: their own region in every language, nothing else."""

import json
from io import BytesIO, StringIO
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from home.demo import translate
from regions.models import RegionEditors, RegionIndexPage, RegionPage

pytestmark = pytest.mark.django_db


def png():
    buffer = BytesIO()
    PILImage.new("RGB", (4, 4), "green").save(buffer, "PNG")
    return buffer.getvalue()


def region(slug, language="en"):
    return RegionPage.objects.get(slug=slug, locale__language_code=language)


def editor_of(page, client):
    """A client logged in as a member of `page`'s region editors, and nothing else."""
    link = RegionEditors.objects.get(region_key=page.translation_key)
    user = get_user_model().objects.create_user(f"editor-{page.slug}", password="x")
    user.groups.add(link.group)
    client.force_login(user)
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.id])


def post_edit_form(client, page, **changes):
    """Submit the page's own admin edit form with some fields changed, publishing it."""
    response = client.get(edit_url(page))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    # The StreamField editor is drawn by JavaScript: send the body as its form would.
    body = [(block.block_type, dict(block.value)) for block in page.specific.body]
    data.update(nested_form_data({"body": streamfield(body)}))
    for name, value in changes.items():
        data[name] = value
    data["action-publish"] = "action-publish"
    return client.post(edit_url(page), data)


def assert_refused(response):
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/edit/" not in response["Location"]


@pytest.fixture
def new_region(demo_site):
    """A region created after the demo, in English only: its group is made on creation."""
    index = RegionIndexPage.objects.get(locale__language_code="en")
    page = RegionPage(
        title="Azores",
        slug="azores",
        country="PT",
        world_region="europe",
        population=236_000,
        area_km2=2_351,
        latitude=38.7,
        longitude=-27.2,
        summary="Nine volcanic islands in the middle of the Atlantic.",
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_every_region_has_an_editors_group_and_collection(demo_site):
    for page in RegionPage.objects.filter(locale__language_code="en"):
        link = RegionEditors.objects.get(region_key=page.translation_key)
        assert link.group.name == f"Region editors: {page.title}"
        pages = set(link.group.page_permissions.values_list("page_id", flat=True))
        assert pages == set(
            RegionPage.objects.filter(translation_key=page.translation_key).values_list("id", flat=True)
        )
    out = StringIO()
    call_command("region_editors", stdout=out)
    assert "12 region editor groups ready." in out.getvalue()
    assert RegionEditors.objects.count() == 12


def test_region_editor_edits_and_publishes_own_region(client, demo_site):
    quebec = region("quebec")
    editor = editor_of(quebec, client)
    response = post_edit_form(editor, quebec, summary="Forests, tundra and a great river.")
    assert response.status_code == 302
    quebec.refresh_from_db()
    assert quebec.summary == "Forests, tundra and a great river."
    assert quebec.live and not quebec.has_unpublished_changes


def test_region_editor_cannot_edit_other_region(client, demo_site):
    editor = editor_of(region("quebec"), client)
    for page in (region("catalonia"), region("catalonia", "ar")):
        assert_refused(editor.get(edit_url(page)))
        assert_refused(editor.post(edit_url(page), {"title": "Hacked", "action-publish": "1"}))
        page.refresh_from_db()
        assert page.title != "Hacked"
        assert_refused(editor.post(reverse("wagtailadmin_pages:unpublish", args=[page.id])))
        assert RegionPage.objects.get(id=page.id).live


def test_region_editor_cannot_edit_the_index_the_landing_or_other_pages(client, demo_site):
    editor = editor_of(region("quebec"), client)
    assert Page.objects.filter(content_type__model="eventpage").exists()
    others = Page.objects.exclude(translation_key=region("quebec").translation_key).filter(depth__gt=1)
    titles = dict(others.values_list("id", "title"))
    # One page of every other type (landing, standard, index, events, join form...) and then some.
    one_per_type = {page.content_type_id: page for page in others.order_by("-path")}.values()
    for page in [
        RegionIndexPage.objects.get(locale__language_code="fr"),
        demo_site,
        *one_per_type,
        *others[:30],
    ]:
        assert_refused(editor.get(edit_url(page)))
        assert_refused(editor.post(edit_url(page), {"title": "Hacked", "action-publish": "1"}))
        assert_refused(editor.get(reverse("wagtailadmin_pages:add_subpage", args=[page.id])))
    assert dict(others.values_list("id", "title")) == titles


def test_permissions_follow_a_translation_created_after_the_group(client, new_region):
    translate(
        new_region,
        "es",
        {
            "Azores": "Azores",
            "Nine volcanic islands in the middle of the Atlantic.": (
                "Nueve islas volcánicas en medio del Atlántico."
            ),
        },
    )
    spanish = region("azores", "es")

    editor = editor_of(new_region, client)
    assert editor.get(edit_url(spanish)).status_code == 200

    other = editor_of(region("quebec"), Client())
    assert_refused(other.get(edit_url(spanish)))
    assert_refused(other.post(edit_url(spanish), {"title": "Hacked", "action-publish": "1"}))
    assert region("azores", "es").title == "Azores"


def test_region_editor_translates_own_region_with_wagtail_localize(
    client, new_region, django_capture_on_commit_callbacks
):
    editor = editor_of(new_region, client)
    french = Locale.objects.get(language_code="fr")
    response = editor.post(
        reverse("wagtail_localize:submit_page_translation", args=[new_region.id]), {"locales": [french.id]}
    )
    assert response.status_code == 302
    translated = new_region.get_translation(french)

    response = editor.get(edit_url(translated))
    assert response.status_code == 200
    props = json.loads(response.context["props"])
    for segment in props["segments"]:
        if segment["type"] == "string" and segment["source"].startswith("Nine"):
            response = editor.put(
                segment["editUrl"],
                urlencode({"value": "Neuf îles volcaniques au milieu de l'Atlantique."}),
                content_type="application/x-www-form-urlencoded",
            )
            assert response.status_code in (200, 201)
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(edit_url(translated), {"action": "publish"})
    assert response.status_code == 302
    translated = RegionPage.objects.get(id=translated.id)
    assert translated.live
    assert translated.summary == "Neuf îles volcaniques au milieu de l'Atlantique."
    assert translated.population == new_region.population  # synchronised, not translated


def test_region_editor_cannot_translate_another_region(client, new_region):
    editor = editor_of(region("quebec"), client)
    french = Locale.objects.get(language_code="fr")
    response = editor.post(
        reverse("wagtail_localize:submit_page_translation", args=[new_region.id]), {"locales": [french.id]}
    )
    assert_refused(response)
    assert not RegionPage.objects.filter(translation_key=new_region.translation_key, locale=french).exists()


def test_region_editor_uploads_only_to_own_collection(client, demo_site, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    quebec = region("quebec")
    editor = editor_of(quebec, client)
    own = RegionEditors.objects.get(region_key=quebec.translation_key).collection
    other = RegionEditors.objects.get(region_key=region("tasmania").translation_key).collection

    form = editor.get(reverse("wagtailimages:add")).content.decode()
    assert f'<option value="{other.id}"' not in form

    def upload(collection):
        image = SimpleUploadedFile("dot.png", png(), content_type="image/png")
        return editor.post(
            reverse("wagtailimages:add"), {"title": "Dot", "file": image, "collection": collection.id}
        )

    upload(other)
    assert not Image.objects.filter(collection=other).exists()
    upload(own)
    assert Image.objects.filter(collection=own, title="Dot").exists()

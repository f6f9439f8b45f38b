"""The admin speaks the editor's language in what is ours: every StreamField block has a
translatable label, and an editor who chose Spanish or Arabic sees those labels translated."""

import json

import pytest
from django.apps import apps
from django.utils import translation
from django.utils.functional import Promise
from wagtail.blocks import ListBlock
from wagtail.fields import StreamField
from wagtail.users.models import UserProfile

from regions.models import RegionPage

pytestmark = pytest.mark.django_db


def our_blocks(block, path):
    """(path, block) of every block under `block` defined in this project (Wagtail's own blocks,
    such as the image block's alt text, are translated by Wagtail)."""
    for name, child in getattr(block, "child_blocks", {}).items():
        yield f"{path}.{name}", child
        if not type(child).__module__.startswith("wagtail") or isinstance(child, ListBlock):
            yield from our_blocks(child, f"{path}.{name}")
    child = getattr(block, "child_block", None)  # a ListBlock's items
    if child is not None:
        yield f"{path}.item", child


def every_stream_block():
    for model in apps.get_models():
        if model.__module__.split(".")[0] not in {"home", "regions", "events", "forms"}:
            continue
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                yield from our_blocks(field.stream_block, f"{model.__name__}.{field.name}")


def label_in(language, block):
    with translation.override(language):
        return str(block.meta.label)


def test_every_block_of_ours_has_a_translated_label():
    blocks = list(every_stream_block())
    assert len(blocks) > 30
    assert [path for path, block in blocks if not isinstance(block.meta.label, Promise)] == []
    for language in ("es", "ar"):
        same = [path for path, block in blocks if label_in(language, block) == label_in("en", block)]
        assert same == [], language


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("es", ["Párrafo", "Encabezado", "Cita", "Medio incrustado", "Buena práctica"]),
        ("ar", ["فقرة", "عنوان", "اقتباس", "وسائط مضمّنة", "ممارسة جيدة"]),
    ],
)
def test_page_editor_shows_our_block_labels_in_the_editors_language(
    admin_client, admin_user, demo_site, language, labels
):
    UserProfile.get_for_user(admin_user)
    UserProfile.objects.filter(user=admin_user).update(preferred_language=language)
    region = RegionPage.objects.filter(locale__language_code="en").first()
    html = admin_client.get(f"/admin/pages/{region.pk}/edit/").content.decode()
    # The block definitions reach the editor as JSON, where non-ASCII letters are escaped.
    missing = [label for label in labels if json.dumps(label)[1:-1] not in html and label not in html]
    assert missing == []

"""The editors' translation workflow, through wagtail-localize's real admin views: submit, edit
segments, publish, sync after a source change, PO export and import, locked synchronised fields,
machine translation."""

import importlib.util
import json
from pathlib import Path
from urllib.parse import urlencode

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import Person, StandardPage

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
FRENCH = {
    "Wetlands": "Zones humides",
    "Why wetlands matter to regions.": "Pourquoi les zones humides comptent pour les régions.",
    "Wetlands store carbon and shelter birds.": (
        "Les zones humides stockent le carbone et abritent les oiseaux."
    ),
}


@pytest.fixture
def wetlands(demo_site):
    """A fresh English page, so each test starts from a page with no translation."""
    page = StandardPage(
        title="Wetlands",
        slug="wetlands",
        intro="Why wetlands matter to regions.",
        body=[("paragraph", RichText("<p>Wetlands store carbon and shelter birds.</p>"))],
    )
    demo_site.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run what wagtail-localize defers until the transaction commits (publishing a translation);
    a test's transaction never commits."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


def submit_page(admin_client, page, *codes):
    locales = Locale.objects.filter(language_code__in=codes)
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.id]),
        {"locales": [locale.id for locale in locales]},
    )
    assert response.status_code == 302


def editor_props(admin_client, edit_url):
    response = admin_client.get(edit_url)
    assert response.status_code == 200
    return json.loads(response.context["props"])


def put_segment(admin_client, segment, value):
    response = admin_client.put(
        segment["editUrl"], urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201), response.content


def french_translation(page):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale__language_code="fr")


def test_editor_translates_a_page_segment_by_segment_and_publishes(admin_client, client, wetlands, on_commit):
    submit_page(admin_client, wetlands, "fr")
    french = wetlands.get_translation(Locale.objects.get(language_code="fr"))
    assert not french.live  # a submitted translation waits for its translator

    edit_url = reverse("wagtailadmin_pages:edit", args=[french.id])
    props = editor_props(admin_client, edit_url)
    segments = [segment for segment in props["segments"] if segment["type"] == "string"]
    assert {segment["source"] for segment in segments} >= set(FRENCH)
    for segment in segments:
        put_segment(admin_client, segment, FRENCH.get(segment["source"], segment["source"]))

    response = on_commit(admin_client.post, edit_url, {"action": "publish"})
    assert response.status_code == 302

    html = client.get("/fr/wetlands/").content.decode()
    for text in FRENCH.values():
        assert text in html
    assert "Wetlands store carbon" not in html


def test_sync_after_a_source_change_keeps_translated_segments_and_brings_the_new_ones(
    admin_client, client, wetlands, on_commit
):
    submit_page(admin_client, wetlands, "fr")
    translation = french_translation(wetlands)
    edit_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().id])
    for segment in editor_props(admin_client, edit_url)["segments"]:
        if segment["type"] == "string":
            put_segment(admin_client, segment, FRENCH.get(segment["source"], segment["source"]))
    on_commit(admin_client.post, edit_url, {"action": "publish"})

    wetlands.refresh_from_db()
    wetlands.body.append(("paragraph", RichText("<p>Peat bogs hold a third of soil carbon.</p>")))
    wetlands.save_revision().publish()

    source = TranslationSource.objects.get(object_id=wetlands.translation_key)
    response = on_commit(
        admin_client.post,
        reverse("wagtail_localize:update_translations", args=[source.id]),
        {"publish_translations": "on"},
    )
    assert response.status_code == 302

    html = client.get("/fr/wetlands/").content.decode()
    # Untouched segments keep their French; the new paragraph arrives, in the source wording until
    # a translator supplies it.
    assert FRENCH["Wetlands store carbon and shelter birds."] in html
    assert FRENCH["Why wetlands matter to regions."] in html
    assert "Peat bogs hold a third of soil carbon." in html


def test_po_export_and_import_round_trip(admin_client, client, wetlands, on_commit):
    submit_page(admin_client, wetlands, "fr")
    translation = french_translation(wetlands)

    response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith("-fr.po")
    catalogue = polib.pofile(response.content.decode())
    assert {entry.msgid for entry in catalogue} >= set(FRENCH)

    # An outside translator fills the file in and sends it back.
    for entry in catalogue:
        entry.msgstr = FRENCH.get(entry.msgid, entry.msgid)
    upload = SimpleUploadedFile(
        "wetlands-fr.po", str(catalogue).encode(), content_type="text/x-gettext-translation"
    )
    next_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().id])
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]), {"file": upload, "next": next_url}
    )
    assert response.status_code == 302
    assert response["Location"] == next_url

    imported = dict(
        StringTranslation.objects.filter(
            locale__language_code="fr", translation_of__data__in=list(FRENCH)
        ).values_list("translation_of__data", "data")
    )
    assert imported == FRENCH
    on_commit(admin_client.post, next_url, {"action": "publish"})
    assert FRENCH["Wetlands store carbon and shelter birds."] in client.get("/fr/wetlands/").content.decode()

    # The file from one translation cannot overwrite another.
    submit_page(admin_client, wetlands, "es")
    spanish = Translation.objects.get(source=translation.source, target_locale__language_code="es")
    upload = SimpleUploadedFile("wetlands-fr.po", str(catalogue).encode())
    admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[spanish.id]), {"file": upload, "next": "/"}
    )
    assert not StringTranslation.objects.filter(locale__language_code="es", data__in=FRENCH.values()).exists()


def test_synchronised_fields_are_locked_in_translations_and_follow_the_source(
    admin_client, demo_site, on_commit
):
    person = Person.objects.create(
        name="Amina Diallo",
        role="Wetlands specialist",
        organisation="Regional Water Agency",
        email="amina@example.org",
        locale=Locale.get_default(),
    )
    response = admin_client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["home", "person", person.pk]),
        {"locales": [Locale.objects.get(language_code="fr").id]},
    )
    assert response.status_code == 302
    french = person.get_translation(Locale.objects.get(language_code="fr"))

    edit_url = reverse("wagtailsnippets_home_person:edit", args=[french.pk])
    props = editor_props(admin_client, edit_url)
    editable = {segment["contentPath"] for segment in props["segments"]}
    assert editable == {"role", "organisation"}  # name and email cannot be typed over

    person.email = "amina.diallo@example.org"
    person.save()
    source = TranslationSource.objects.get(object_id=person.translation_key)
    on_commit(
        admin_client.post,
        reverse("wagtail_localize:update_translations", args=[source.id]),
        {"publish_translations": "on"},
    )
    french.refresh_from_db()
    assert french.email == "amina.diallo@example.org"
    assert french.name == "Amina Diallo"


def test_machine_translation_fills_the_missing_segments(admin_client, wetlands):
    submit_page(admin_client, wetlands, "fr")
    translation = french_translation(wetlands)
    response = admin_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.id]), {"next": "/admin/"}
    )
    assert response.status_code == 302
    machine = dict(
        StringTranslation.objects.filter(locale__language_code="fr", translation_type="machine").values_list(
            "translation_of__data", "data"
        )
    )
    # The dummy translator (tests and default) reverses the words.
    assert machine["Why wetlands matter to regions."] == "regions. to matter wetlands Why"


def load_base_settings(monkeypatch, deepl_key):
    if deepl_key is None:
        monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    else:
        monkeypatch.setenv("DEEPL_API_KEY", deepl_key)
    spec = importlib.util.spec_from_file_location(
        "settings_under_test", ROOT / "r4blp" / "settings" / "base.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.WAGTAILLOCALIZE_MACHINE_TRANSLATOR


def test_deepl_api_key_switches_machine_translation_to_deepl(monkeypatch):
    translator = load_base_settings(monkeypatch, "a-deepl-key:fx")
    assert translator["CLASS"] == "wagtail_localize.machine_translators.deepl.DeepLTranslator"
    assert translator["OPTIONS"] == {"AUTH_KEY": "a-deepl-key:fx"}


def test_without_a_deepl_key_the_dummy_translator_is_used(monkeypatch):
    translator = load_base_settings(monkeypatch, None)
    assert translator["CLASS"] == "wagtail_localize.machine_translators.dummy.DummyTranslator"

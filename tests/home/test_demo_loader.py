"""The demo loader builds the site from the client's facts and changes nothing on a second run."""

from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def object_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in {"home", "regions", "events", "forms", "wagtailcore", "wagtail_localize"}
    }


def test_second_run_changes_nothing(demo_site):
    before = object_counts()
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert object_counts() == before
    assert "Demo content ready." in out.getvalue()


def test_landing_carries_the_clients_facts(client, demo_site):
    html = client.get("/en/").content.decode()
    assert "COP 13" in html
    assert "Renata Gomez" in html
    assert "Advisory Committee of Subnational Governments" in html
    assert html.count('class="benefit__title"') == 6

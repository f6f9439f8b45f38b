"""Production's static files storage: hashed URLs from the manifest, each looked up once per process."""

import json

import pytest

from r4blp.storage import StaticFilesStorage


@pytest.fixture
def storage(tmp_path, settings):
    settings.DEBUG = False
    manifest = {"version": "1.1", "hash": "test", "paths": {"css/site.css": "css/site.0123abcd.css"}}
    (tmp_path / "staticfiles.json").write_text(json.dumps(manifest))
    return StaticFilesStorage(location=tmp_path, base_url="/static/")


def test_a_static_file_is_served_under_its_hashed_name_looked_up_once(storage):
    assert storage.url("css/site.css") == "/static/css/site.0123abcd.css"
    storage.hashed_files.clear()  # the manifest is not read again
    assert storage.url("css/site.css") == "/static/css/site.0123abcd.css"


def test_a_file_missing_from_the_manifest_is_still_an_error(storage):
    with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
        storage.url("css/missing.css")

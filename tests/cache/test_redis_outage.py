"""Redis stopped while the site is serving: every page type still answers 200 (drawn afresh, not
from the cache) and a join application is stored. A Redis of the test's own, on a free port."""

import re
import shutil
import subprocess
import time

import pytest
import redis
from django.core.cache import cache

from forms import spam
from forms.models import Application
from r4blp.page_cache import CONTENT, generation_key
from tests.faults.conftest import free_port, missing
from tests.forms.conftest import VALID_ANSWERS
from tests.pages import page_type_urls

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_cache(settings):
    """The shared cache in a Redis started here, configured as production configures it."""
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    if not shutil.which(binary):
        missing("redis-server not found")
    port = free_port()
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    for _attempt in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.25},
        },
    }
    settings.PAGE_CACHE_SECONDS = 60
    settings.JOIN_FORM_MIN_SECONDS = 0
    try:
        yield server, client
    finally:
        server.kill()
        server.wait(timeout=10)


def test_redis_stopped_while_serving_costs_speed_only(
    client, demo_site, redis_cache, django_capture_on_commit_callbacks
):
    server, redis_client = redis_cache
    urls = page_type_urls(languages=("en", "ar"))
    for url in urls.values():
        assert client.get(url).status_code == 200, url
    assert redis_client.exists(cache.make_key(generation_key(CONTENT)))  # the cache was in use

    server.kill()
    server.wait(timeout=10)
    for url in urls.values():
        response = client.get(url)
        assert response.status_code == 200, url
        assert "X-Page-Cache" not in response or response["X-Page-Cache"] == "miss", url
        assert response.content.rstrip().endswith(b"</html>"), url

    form = client.get("/en/join/")
    assert form.status_code == 200
    token = re.search(rf'name="{spam.TOKEN_FIELD}" value="([^"]+)"', form.content.decode())[1]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/join/", {**VALID_ANSWERS, spam.TOKEN_FIELD: token})
    assert response.status_code == 302
    assert Application.objects.filter(form_data__contact_person=VALID_ANSWERS["contact_person"]).exists()

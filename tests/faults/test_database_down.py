"""PostgreSQL stopped while the site is serving: a friendly 503, never a stack trace; back by itself."""

import requests

PAGES = ["/en/", "/en/about/", "/ar/", "/en/regions/"]
# A search nobody made before needs the database whatever the caches hold.
NEEDS_THE_DATABASE = "/en/search/?q=restoration-while-down"


def assert_friendly_503(response):
    assert response.status_code == 503, response.url
    assert "Back in a moment" in response.text
    assert "Traceback" not in response.text and "OperationalError" not in response.text
    assert response.headers["Retry-After"] == "30"
    assert "Content-Security-Policy" in response.headers


def test_database_down_gives_a_friendly_503_and_the_site_recovers_without_restart(server, postgres):
    for page in PAGES:
        assert requests.get(server + page, timeout=10).status_code == 200

    postgres.stop()
    try:
        assert_friendly_503(requests.get(server + NEEDS_THE_DATABASE, timeout=30))
        for page in PAGES:
            response = requests.get(server + page, timeout=30)
            # A page a worker still holds in its caches is served whole; any other gets the 503.
            if response.status_code == 200:
                assert response.text.rstrip().endswith("</html>") and "Traceback" not in response.text
            else:
                assert_friendly_503(response)
        # The page's stylesheet is served without the database too.
        assert requests.get(server + "/static/css/error.css", timeout=10).status_code == 200
    finally:
        postgres.start()

    # Every worker reconnects on its own: no restart.
    for _round in range(3):
        for page in [*PAGES, NEEDS_THE_DATABASE]:
            assert requests.get(server + page, timeout=10).status_code == 200, page

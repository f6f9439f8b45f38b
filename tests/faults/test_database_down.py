"""PostgreSQL stopped while the site is serving: a friendly 503, never a stack trace; back by itself."""

import requests

PAGES = ["/en/", "/en/about/", "/ar/", "/en/regions/"]


def test_database_down_gives_a_friendly_503_and_the_site_recovers_without_restart(server, postgres):
    for page in PAGES:
        assert requests.get(server + page, timeout=10).status_code == 200

    postgres.stop()
    try:
        for page in PAGES:
            response = requests.get(server + page, timeout=30)
            assert response.status_code == 503, page
            assert "Back in a moment" in response.text
            assert "Traceback" not in response.text and "OperationalError" not in response.text
            assert response.headers["Retry-After"] == "30"
            assert "Content-Security-Policy" in response.headers
        # The page's stylesheet is served without the database too.
        assert requests.get(server + "/static/css/error.css", timeout=10).status_code == 200
    finally:
        postgres.start()

    # Every worker reconnects on its own: no restart.
    for _round in range(3):
        for page in PAGES:
            assert requests.get(server + page, timeout=10).status_code == 200, page

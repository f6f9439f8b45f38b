"""Load: 500 join applications over 20 concurrent connections against gunicorn on PostgreSQL:
500 stored, 0 errors, 0 duplicates."""

import re
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import requests

from forms import spam

SUBMISSIONS = 500
CONNECTIONS = 20
TOKEN = re.compile(rf'name="{spam.TOKEN_FIELD}" value="([^"]+)"')
ANSWERS = {
    "country": "Mexico",
    "contact_person": "Ana Pérez",
    "position": "Director of Biodiversity",
    "phone": "+52 55 1234 5678",
    "population": "1200000",
    "area_km2": "35000.5",
    "message": "We would like to join the platform.",
    "consent": "on",
}


def apply(server, number):
    """One visitor: open the form, send it; the status of the post (302 to the thank-you page)."""
    with requests.Session() as visitor:
        form = visitor.get(f"{server}/en/join/", timeout=60)
        data = {
            **ANSWERS,
            "regional_government": f"Load region {number}",
            "email": f"load{number}@example.org",
            "csrfmiddlewaretoken": visitor.cookies["csrftoken"],
            spam.TOKEN_FIELD: TOKEN.search(form.text).group(1),
        }
        response = visitor.post(
            f"{server}/en/join/",
            data=data,
            headers={"Referer": f"{server}/en/join/"},
            allow_redirects=False,
            timeout=60,
        )
        return response.status_code


def test_five_hundred_applications_over_twenty_connections_are_all_stored_once(server, postgres):
    before = postgres.query("select count(*) from forms_application")[0][0]
    with ThreadPoolExecutor(max_workers=CONNECTIONS) as pool:
        statuses = Counter(pool.map(lambda n: apply(server, n), range(SUBMISSIONS)))
    assert statuses == Counter({302: SUBMISSIONS})

    rows = postgres.query(
        "select form_data->>'regional_government' from forms_application "
        "where form_data->>'regional_government' like 'Load region %'"
    )
    assert postgres.query("select count(*) from forms_application")[0][0] - before == SUBMISSIONS
    names = Counter(name for (name,) in rows)
    assert len(names) == SUBMISSIONS and max(names.values()) == 1

"""The language switcher: same page in the chosen language, the choice remembered, `/` honouring it."""

import re
from html import unescape

import pytest
from django.conf import settings

from home.models import StandardPage

pytestmark = pytest.mark.django_db

COOKIE = settings.LANGUAGE_COOKIE_NAME


def switcher_hrefs(html):
    block = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {lang: unescape(href) for href, lang in re.findall(r'<a href="([^"]+)" lang="([\w-]+)"', block)}


def test_switcher_link_leads_to_the_same_page_in_that_language_and_remembers_it(client, demo_site):
    href = switcher_hrefs(client.get("/en/about/").content.decode())["pt"]

    response = client.get(href)

    assert response.status_code == 302
    assert response["Location"] == "/pt/about/"
    assert response.cookies[COOKIE].value == "pt"
    assert response.cookies[COOKIE]["samesite"] == "Lax"
    assert client.get(response["Location"]).status_code == 200


def test_switcher_leads_to_that_languages_landing_when_the_page_has_no_translation(client, demo_site):
    StandardPage.objects.get(slug="privacy", locale__language_code="ar").unpublish()

    href = switcher_hrefs(client.get("/fr/privacy/").content.decode())["ar"]
    response = client.get(href)

    assert response["Location"] == "/ar/"
    assert response.cookies[COOKIE].value == "ar"


def test_switcher_on_a_view_outside_the_page_tree_keeps_the_view(client, demo_site):
    hrefs = switcher_hrefs(client.get("/es/search/", {"q": "biodiversidad"}).content.decode())
    assert client.get(hrefs["fr"])["Location"] == "/fr/search/?q=biodiversidad"


def test_switcher_on_the_404_page_leads_to_each_landing(client, demo_site):
    response = client.get("/es/no-such-page/")
    assert response.status_code == 404
    hrefs = switcher_hrefs(response.content.decode())
    assert {lang: client.get(href)["Location"] for lang, href in hrefs.items()} == {
        "en": "/en/",
        "es": "/es/",
        "fr": "/fr/",
        "pt": "/pt/",
        "ar": "/ar/",
    }
    assert "hreflang" not in response.content.decode().split("</head>")[0]


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "javascript:alert(1)", "", "/\\evil.example"]
)
def test_switch_refuses_to_send_visitors_off_site(client, demo_site, next_url):
    response = client.get("/i18n/switch/fr/", {"next": next_url})
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_switch_to_an_unknown_language_is_not_found(client, demo_site):
    response = client.get("/i18n/switch/de/", {"next": "/en/"}, follow=True)
    assert response.status_code == 404
    assert COOKIE not in client.cookies


def test_root_honours_the_remembered_language_before_accept_language(client, demo_site):
    client.get("/i18n/switch/fr/", {"next": "/fr/"})

    response = client.get("/", headers={"accept-language": "es-ES,es;q=0.9"})

    assert response.status_code == 302
    assert response["Location"] == "/fr/"
    # A shared cache in front must keep one answer per language choice.
    assert {"Accept-Language", "Cookie"} <= {value.strip() for value in response["Vary"].split(",")}


def test_root_follows_accept_language_without_a_remembered_choice(client, demo_site):
    response = client.get("/", headers={"accept-language": "ar,en;q=0.5"})
    assert response["Location"] == "/ar/"


def test_switcher_and_alternates_cost_the_same_queries_with_more_pages(
    client, demo_site, django_assert_max_num_queries
):
    # The French About is unpublished, so the switcher also looks up the landings.
    StandardPage.objects.get(slug="about", locale__language_code="fr").unpublish()
    client.get("/en/about/")
    with django_assert_max_num_queries(12) as before:
        assert client.get("/en/about/").status_code == 200
    for number in range(20):
        page = StandardPage(title=f"Extra {number}", slug=f"extra-{number}", show_in_menus=True)
        demo_site.add_child(instance=page)
        page.save_revision().publish()
    client.get("/en/about/")
    with django_assert_max_num_queries(12) as after:
        assert client.get("/en/about/").status_code == 200
    assert len(after.captured_queries) == len(before.captured_queries)


def test_missing_page_without_a_language_prefix_answers_in_the_remembered_language(client, demo_site):
    client.get("/i18n/switch/pt/", {"next": "/pt/"})
    response = client.get("/no-such-page/", follow=True)
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="pt"' in html
    assert "Página não encontrada" in html

"""Mixed-direction text in the markup: values of either direction isolated, Latin runs kept left to
right, lists joined with the language's own comma."""

import re

import pytest
from django.template import Context, Template
from django.utils import translation

from events.models import EventIndexPage
from tests.events.conftest import add_event, local, translated

pytestmark = pytest.mark.django_db


def render(source, **context):
    return Template("{% load bidi_tags %}" + source).render(Context(context))


@pytest.fixture
def arabic_meeting(demo_site):
    """An in-person meeting in Brussels, translated into Arabic and published."""
    event = add_event(
        EventIndexPage.objects.get(locale__language_code="en"),
        "Meeting",
        local(2026, 1, 20, 16, 30, "Europe/Brussels"),
        local(2026, 1, 20, 18, 0, "Europe/Brussels"),
        kind="in_person",
        venue="Egmont Palace",
        city="Brussels",
        country="BE",
    )
    return translated(event, "ar")


def event_when(html):
    return re.search(r'<p class="event__when">(.*?)</p>', html, re.S).group(1)


def test_an_arabic_event_isolates_its_times_zone_and_offset(client, arabic_meeting):
    when = event_when(client.get(arabic_meeting.url).content.decode())
    start, end = re.findall(r"<bdi><time datetime=\"[^\"]+\">([^<]+)</time></bdi>", when)
    assert start == "20\u200f/01\u200f/2026، 4:30 م"  # CLDR's medium date and short time, Latin digits
    assert end == "6:00 م"
    # The zone by its Arabic name, the offset left to right, joined with the Arabic comma.
    assert '(<bdi>بروكسل</bdi>، <span dir="ltr">UTC+01:00</span>)' in when
    assert "Europe/Brussels" not in re.sub(r"<[^>]+>", "", when)


def test_an_arabic_event_joins_its_place_with_the_arabic_comma(client, arabic_meeting):
    html = client.get(arabic_meeting.url).content.decode()
    place = re.search(r'<p class="event__place">(.*?)</p>', html).group(1)
    assert place == "Egmont Palace، Brussels، بلجيكا"


def test_the_calendar_file_type_reads_left_to_right_in_arabic(client, arabic_meeting):
    html = client.get(arabic_meeting.url).content.decode()
    assert '>أضف إلى تقويمي (<span dir="ltr">.ics</span>)</a>' in html


def test_a_phone_number_in_the_arabic_join_form_reads_left_to_right(client, demo_site):
    html = client.get("/ar/join/").content.decode()
    assert 'مثل <span dir="ltr">+52</span>.</p>' in html


def test_an_email_address_reads_left_to_right(client, demo_site):
    html = client.get("/ar/").content.decode()
    assert re.search(r'<a href="mailto:[^"]+" dir="ltr">[^<]+@', html)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مثل +52 981 811 9200.", 'مثل <span dir="ltr">+52 981 811 9200</span>.'),
        (
            "انظر https://example.org/a?b=1&c=2.",
            'انظر <span dir="ltr">https://example.org/a?b=1&amp;c=2</span>.',
        ),
        ("اكتب إلى a.b@example.org", 'اكتب إلى <span dir="ltr">a.b@example.org</span>'),
        ("ملف (.ics)", 'ملف (<span dir="ltr">.ics</span>)'),
        ("<b>2.5</b> kg, version 1.2", "&lt;b&gt;2.5&lt;/b&gt; kg, version 1.2"),
    ],
)
def test_plain_text_keeps_its_latin_runs_left_to_right_and_escaped(text, expected):
    assert render("{{ text|isolate_ltr }}", text=text) == expected


@pytest.mark.parametrize(("language", "expected"), [("en", "a, &lt;b&gt;, c"), ("ar", "a، &lt;b&gt;، c")])
def test_a_list_is_joined_with_the_languages_comma_and_skips_empty_parts(language, expected):
    with translation.override(language):
        assert render("{% separated 'a' '' tag None 'c' %}", tag="<b>") == expected

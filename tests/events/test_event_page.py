"""An event page before, during and after the event: registration until it starts, recording and
documents first once it is over; every demo event in every language."""

from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from events.models import EventIndexPage, EventPage

from .conftest import add_event, local

pytestmark = pytest.mark.django_db
LANGUAGES = ["en", "es", "fr", "pt", "ar"]


@pytest.fixture
def slides(db):
    document = Document(title="Slides of the session")
    document.file.save("slides.pdf", ContentFile(b"%PDF-1.4 slides"), save=False)
    document.save()
    yield document
    document.file.delete(save=False)


def test_an_upcoming_event_shows_its_registration_and_no_recording(client, empty_index):
    now = timezone.now()
    event = add_event(
        empty_index,
        "Next webinar",
        now + timedelta(days=5),
        now + timedelta(days=5, hours=1),
        registration_url="https://meet.example.org/next",
    )
    html = client.get(event.url).content.decode()
    assert "Upcoming" in html
    assert 'href="https://meet.example.org/next"' in html
    assert "Watch the recording" not in html


def test_registration_disappears_once_the_event_has_started(client, empty_index):
    now = timezone.now()
    event = add_event(
        empty_index,
        "Webinar under way",
        now - timedelta(minutes=10),
        now + timedelta(minutes=50),
        registration_url="https://meet.example.org/under-way",
    )
    html = client.get(event.url).content.decode()
    assert "Happening now" in html
    assert "https://meet.example.org/under-way" not in html


def test_a_past_event_shows_its_recording_and_documents_before_anything_else(client, empty_index, slides):
    event = add_event(
        empty_index,
        "Past webinar",
        local(2022, 4, 6, 15, 0, "Europe/Paris"),
        local(2022, 4, 6, 16, 30, "Europe/Paris"),
        registration_url="https://meet.example.org/past",
        recording=[("link", "https://video.example.org/past")],
        documents=[("document", slides)],
        summary="What we learned.",
    )
    html = client.get(event.url).content.decode()
    main = html[html.index("<main") :]

    assert "https://meet.example.org/past" not in html
    recording = main.index('href="https://video.example.org/past"')
    documents = main.index(f'href="{slides.url}">Slides of the session</a>')
    assert recording < documents < main.index('class="event__calendar"')


def test_speakers_are_listed_in_the_editors_order_with_their_role_at_the_event(client, events_index):
    page = EventPage.objects.get(slug="nature-based-solutions", locale__language_code="es")
    html = client.get(page.url).content.decode()
    names = ["Kim Min-jun", "Jean-Marc Tremblay", "Renata Gomez"]
    positions = [html.index(f'<p class="speaker__name">{name}</p>') for name in names]
    assert positions == sorted(positions)
    assert '<p class="speaker__role">Ponente</p>' in html
    assert '<p class="speaker__organisation">Provincia de Gangwon</p>' in html
    assert '<p class="speaker__role">Moderación</p>' in html


def test_the_demo_has_past_webinars_since_2016_and_two_upcoming_events(events_index):
    events = EventPage.objects.live().filter(locale__language_code="en")
    now = timezone.now()
    past_webinars = [e for e in events if e.kind == "online" and e.end <= now]
    assert len(past_webinars) >= 10
    assert min(e.start.year for e in past_webinars) >= 2016
    assert all(e.has_recording and e.speakers.exists() for e in past_webinars)
    upcoming = sorted((e for e in events if e.start > now), key=lambda e: e.start)
    assert [e.kind for e in upcoming] == ["online", "in_person"]


def test_every_event_page_exists_in_every_language_with_nothing_left_in_english(client, events_index):
    assert set(EventIndexPage.objects.live().values_list("locale__language_code", flat=True)) == set(
        LANGUAGES
    )
    english = EventPage.objects.live().filter(locale__language_code="en")
    for page in [events_index, *english]:
        source = TranslationSource.objects.get(object_id=page.translation_key)
        segments = StringSegment.objects.filter(source=source).exclude(context__path="slug")  # URLs stay
        for code in LANGUAGES[1:]:
            for segment in segments:
                assert StringTranslation.objects.filter(
                    translation_of=segment.string_id, context=segment.context_id, locale__language_code=code
                ).exists(), (page.slug, code, segment.string.data)
            version = page.get_translation(page.locale.__class__.objects.get(language_code=code))
            response = client.get(version.url)
            assert response.status_code == 200
            assert page.title not in response.content.decode().split("<main", 1)[1], (page.slug, code)

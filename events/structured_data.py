"""schema.org `Event` data for search engines, written as JSON-LD (data, not a script the CSP blocks)."""

import json

from django.utils import translation
from django.utils.safestring import mark_safe

from .models import EventKind, page_address

ATTENDANCE_MODES = {
    EventKind.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    EventKind.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    EventKind.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}
# A "</script>" inside a title must not end the element early.
SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def event_data(page, request, speakers=()):
    url = page_address(page, request)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "url": url,
        "inLanguage": translation.get_language(),
        "startDate": page.local_start.isoformat(),
        "endDate": page.local_end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": ATTENDANCE_MODES[page.kind],
        "organizer": {"@type": "Organization", "name": "Regions for Biodiversity Learning Platform"},
    }
    if page.summary:
        data["description"] = page.summary
    locations = []
    if page.is_online:
        # The joining link only until the event starts, as on the page itself.
        joining = page.registration_url if page.is_upcoming else ""
        locations.append({"@type": "VirtualLocation", "url": joining or url})
    if page.is_in_person:
        address = {"@type": "PostalAddress", "addressLocality": page.city}
        if page.country:
            address["addressCountry"] = page.country.code
        locations.append({"@type": "Place", "name": page.venue or page.city, "address": address})
    data["location"] = locations[0] if len(locations) == 1 else locations
    if speakers:
        data["performer"] = [{"@type": "Person", "name": s.person.name} for s in speakers]
    if page.has_recording:
        data["recordedIn"] = {"@type": "CreativeWork", "url": page.recording_url}
    return data


def event_json_ld(page, request, speakers=()):
    text = json.dumps(event_data(page, request, speakers), ensure_ascii=False).translate(SCRIPT_SAFE)
    return mark_safe(text)  # noqa: S308  (escaped above: cannot close the element)

"""The filters of the events index, read from GET parameters so every filtered list has its own URL."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import EventKind, starting_in_year


class EventFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *EventKind.choices]
    )
    theme = forms.ChoiceField(label=_("Thematic block"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, data=None, *, years, zones, themes):
        super().__init__(data)
        self.zones = zones  # of the events, so a year is read on each event's own clock
        self.fields["theme"].choices = [("", _("All thematic blocks"))] + [(t.slug, t.name) for t in themes]
        self.fields["year"].choices = [("", _("All years"))] + [(year, str(year)) for year in years]

    def filter(self, events):
        """The events matching every valid filter; invalid input filters nothing and shows its error."""
        if not self.is_bound or not self.is_valid():
            return events
        data = self.cleaned_data
        if data["kind"]:
            events = events.filter(kind=data["kind"])
        if data["theme"]:
            # Slugs are the same in every language, so a translated event matches its source's block.
            events = events.filter(thematic_block__slug=data["theme"])
        if data["year"]:
            events = events.filter(starting_in_year(data["year"], self.zones))
        return events

    @property
    def applied_key(self):
        """The filters `filter` applies, as text (a cache key's part)."""
        if not self.is_bound or not self.is_valid():
            return ""
        return ":".join(str(self.cleaned_data[name] or "") for name in ("kind", "theme", "year"))

    @property
    def is_filtering(self):
        return self.is_bound and self.is_valid() and any(self.cleaned_data.values())

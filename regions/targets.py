"""What works on a biodiversity target: the regions, and whatever other apps register.

Another app lists its own items on every target page with a hook, e.g. in `events/wagtail_hooks.py`:

    @hooks.register("register_target_listings")
    def events_on_target(target, request):
        return TargetListing(heading=_("Events"), items=[TargetItem(title, url, meta), ...])

`target` is the BiodiversityTarget in the page's language (`target.locale_id`; its `framework`,
`number` and `translation_key` identify it in every language); return None to show nothing. Keep it to one or
two queries: target pages have a query budget."""

from dataclasses import dataclass, field

from wagtail import hooks


@dataclass
class TargetItem:
    title: str
    url: str
    meta: str = ""


@dataclass
class TargetListing:
    heading: str
    items: list = field(default_factory=list)


def other_listings(target, request):
    listings = []
    for listing_for in hooks.get_hooks("register_target_listings"):
        listing = listing_for(target, request)
        if listing is not None:
            listings.append(listing)
    return listings

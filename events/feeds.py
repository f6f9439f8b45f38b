"""The Atom feed of a language's events, newest first."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from .models import page_address

FEED_LENGTH = 50


class EventFeed(Feed):
    feed_type = Atom1Feed
    author_name = "R4BLP"

    def get_object(self, request, index_page):
        self.request = request
        return index_page

    def title(self, index_page):
        return f"{index_page.title} · R4BLP"

    def subtitle(self, index_page):
        return index_page.intro

    def link(self, index_page):
        return page_address(index_page, self.request)

    def items(self, index_page):
        return index_page.events().public().defer("body").order_by("-start")[:FEED_LENGTH]

    def item_title(self, event):
        return event.title

    def item_description(self, event):
        return event.summary

    def item_link(self, event):
        return page_address(event, self.request)

    def item_pubdate(self, event):
        return event.first_published_at

    def item_updateddate(self, event):
        return event.last_published_at

"""Keep cached pages, fragments and figures fresh: any publish, unpublish or deletion forgets them."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, published, unpublished
from wagtail.snippets.models import get_snippet_models

from r4blp.page_cache import forget_cached_pages


@receiver(page_published)
@receiver(page_unpublished)
def page_changed_on_site(sender, **kwargs):
    forget_cached_pages()


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_cached_pages()


@receiver(published)
@receiver(unpublished)
@receiver(post_save)
@receiver(post_delete)
def snippet_changed(sender, instance=None, **kwargs):
    # Snippets (people, targets...) appear on many pages; a page's own save is covered above. Sites
    # decide which landing and links every page has, view restrictions who may see a page, locales
    # which languages there are.
    if sender in (Site, PageViewRestriction, Locale) or sender in get_snippet_models():
        forget_cached_pages()

"""Template tags for how a link to a page looks when shared: Open Graph and Twitter card."""

from django import template
from django.utils.translation import to_locale
from wagtail.images.models import SourceImageIOError

from home.models import SocialMediaSettings

register = template.Library()

# Open Graph wants a language and a territory; Portuguese is Brazilian on this site.
OG_LOCALES = {"en": "en_GB", "es": "es_ES", "fr": "fr_FR", "pt": "pt_BR", "ar": "ar_AR"}

# The size social networks show large (1.91:1), in a format every one of them reads.
SHARE_IMAGE_FILTER = "fill-1200x630-c75|format-jpeg"


@register.simple_tag(takes_context=True)
def share_image(context):
    """The share rendition of the page's hero image, or else of the site's default share image."""
    image = getattr(context.get("page"), "hero_image", None)
    request = context.get("request")
    if image is None and request is not None:
        image = SocialMediaSettings.for_request(request).default_share_image
    if image is None:
        return None
    try:
        return image.get_rendition(SHARE_IMAGE_FILTER)
    except SourceImageIOError:
        # A lost original file: the page is shared without a picture rather than failing.
        return None


@register.filter
def og_locale(language_code):
    return OG_LOCALES.get(language_code) or to_locale(language_code)

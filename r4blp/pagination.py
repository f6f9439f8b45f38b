"""One page of a long list (events, member regions) and its total, read from `?page=`."""

from django.core.paginator import Page, Paginator
from django.db.models import Count, Window

# Any page past the last shows the last; capping the number keeps a huge `?page=` from
# overflowing the database's OFFSET.
MAX_PAGE_NUMBER = 100_000


def paginate(items, number, per_page):
    """A page of `items` (a queryset) and the total in one query (a window count) rather than COUNT
    then SELECT; a page number that is junk shows the first page, one out of range the last."""
    try:
        number = min(max(1, int(number)), MAX_PAGE_NUMBER)
    except (TypeError, ValueError):
        number = 1
    paginator = Paginator(items, per_page)
    start = (number - 1) * per_page
    rows = list(items.annotate(total=Window(Count("pk")))[start : start + per_page])
    if rows:
        paginator.count = rows[0].total
    else:
        paginator.count = items.count() if number > 1 else 0
        if paginator.count:
            number = paginator.num_pages
            start = (number - 1) * per_page
            rows = list(items[start : start + per_page])
        else:
            number = 1
    return Page(rows, number, paginator)

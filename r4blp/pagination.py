"""One page of a long list (events, member regions) and its total, read from `?page=`."""

from django.core.paginator import Page, Paginator
from django.db.models import F, Func, Subquery

# Any page past the last shows the last; capping the number keeps a huge `?page=` from
# overflowing the database's OFFSET.
MAX_PAGE_NUMBER = 100_000


def page_number(value):
    """The page asked for by `?page=`: junk asks for the first, a huge number for one past the last."""
    try:
        return min(max(1, int(value)), MAX_PAGE_NUMBER)
    except (TypeError, ValueError):
        return 1


def paginate(items, number, per_page, total=None):
    """A page of `items` (an ordered queryset) and the total in one query; a page number that is junk
    shows the first page, one out of range the last. A `total` the caller already knows (kept until
    the content changes) spares counting the whole list again.

    The database sorts and slices the items' keys alone, then reads the whole rows of that page only,
    with the total counted beside them: sorting every item's full row grew with the length of the list."""
    number = page_number(number)
    paginator = Paginator(items, per_page)
    counted = items.order_by().annotate(total=Func(F("pk"), function="COUNT")).values("total")

    def rows(start):
        keys = items.values("pk")[start : start + per_page]
        page_items = items.filter(pk__in=keys)
        if total is None:
            page_items = page_items.annotate(total=Subquery(counted))
        return list(page_items)

    found = rows((number - 1) * per_page)
    if found:
        paginator.count = found[0].total if total is None else total
    else:
        paginator.count = 0 if number == 1 else items.count() if total is None else total
        if paginator.count:
            number = paginator.num_pages
            found = rows((number - 1) * per_page)
        else:
            number = 1
    return Page(found, number, paginator)

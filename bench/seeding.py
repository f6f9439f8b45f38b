"""Make a large site fast from the demo: look-alike regions and events in every language."""

import uuid
from collections import defaultdict
from datetime import timedelta
from types import SimpleNamespace

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search.backends import get_search_backend
from wagtail.signals import page_published

from events.models import EventIndexPage, EventPage
from home.models import HomePage
from regions.models import RegionIndexPage, RegionPage

# A row to insert: a model instance for each would cost more than its INSERT.
Row = SimpleNamespace
PAGE_FIELDS = [field for field in Page._meta.concrete_fields if not field.primary_key]


def copied_fields(template):
    """The page type's own fields (not Page's) of a demo page, to make look-alike pages fast."""
    own = {field.name for field in Page._meta.concrete_fields} | {"page_ptr"}
    return {
        field.attname: getattr(template, field.attname)
        for field in type(template)._meta.concrete_fields
        if field.name not in own
    }


def insert_rows(model, objs, fields=None, returning=False):
    """INSERT `objs` into the model's own table; with `returning`, give each its new id. Unlike
    `bulk_create` it takes a model with a parent table, and it turns each distinct value into its
    database form once: the copies share most of theirs (a body) with the demo page."""
    fields = fields or [field for field in model._meta.local_concrete_fields if not field.primary_key]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    placeholders = f"({', '.join(['%s'] * len(fields))})"
    # Table and column names come from the models; every value is a parameter.
    insert = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES "  # noqa: S608
    prepared = {}

    def database_value(field, value):
        # By identity: the copies hold the very objects of the demo page's values.
        key = (field.attname, id(value))
        if key not in prepared or prepared[key][0] is not value:
            prepared[key] = (value, field.get_db_prep_save(value, connection))
        return prepared[key][1]

    rows = [[database_value(field, getattr(obj, field.attname)) for field in fields] for obj in objs]
    # Rows that need their ids back go 25 at a time (within SQLite's 999 parameters); the ids come in
    # the rows' order, as bulk_create also relies on.
    size = 25 if returning else max(1, min(500, connection.ops.bulk_batch_size(fields, objs)))
    key = model._meta.pk
    with connection.cursor() as cursor:
        for start in range(0, len(rows), size):
            batch = rows[start : start + size]
            values = ", ".join([placeholders] * len(batch))
            back = f" RETURNING {quote(key.column)}" if returning else ""
            cursor.execute(f"{insert}{values}{back}", [value for row in batch for value in row])
            if returning:
                for obj, (pk,) in zip(objs[start : start + size], cursor.fetchall(), strict=True):
                    setattr(obj, key.attname, pk)


def insert_pages(model, pages):
    """Insert pages of a multi-table model: the `Page` rows first (for their ids), then the model's."""
    insert_rows(Page, pages, fields=PAGE_FIELDS, returning=True)
    for page in pages:
        page.page_ptr_id = page.id
        page._state.adding = False
    insert_rows(model, pages, fields=model._meta.local_concrete_fields)


def copy_relations(template, pages, child_keys):
    """The demo page's many-to-many links and inline children (e.g. an event's speakers), copied to
    every page."""
    for field in get_all_child_m2m_relations(type(template)):
        targets = list(getattr(template, field.name).all())
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        links = [Row(**{source: page.pk, target: item.pk}) for page in pages for item in targets]
        insert_rows(through, links)
    for relation in get_all_child_relations(type(template)):
        name, child_model = relation.get_accessor_name(), relation.related_model
        # The page type's own children only: what hangs on every Page (editors' comments) is not content.
        own = relation.field.remote_field.model is type(template)
        originals = list(getattr(template, name).all()) if own else []
        fields = [field for field in child_model._meta.local_concrete_fields if not field.primary_key]
        children = []
        for page in pages:
            for position, original in enumerate(originals):
                child = Row(**{field.attname: getattr(original, field.attname) for field in fields})
                setattr(child, relation.field.attname, page.pk)
                if issubclass(child_model, TranslatableMixin):
                    # The same item in every language shares a key, as wagtail-localize's copies do.
                    child.translation_key = child_keys[(name, page.translation_key, position)]
                    child.locale_id = page.locale_id
                children.append(child)
        insert_rows(child_model, children, fields)


def seed_children(model, index_model, count, prefix, change, now):
    """`count` published pages of `model` under every locale's index, sharing one translation key per
    item (what wagtail-localize's translations look like), with the tree paths, URL paths and
    parent's child count that treebeard's `add_child` would give them, in bulk. Like the demo's
    sibling they copy, they need no revision: the public site never reads one."""
    content_type = ContentType.objects.get_for_model(model)
    keys = [uuid.uuid4() for _ in range(count)]
    child_keys = defaultdict(uuid.uuid4)
    for locale in Locale.objects.all():
        parent = index_model.objects.get(locale=locale)
        template = model.objects.child_of(parent).first()
        fields = copied_fields(template)
        last = parent.get_last_child()
        first_step = model._str2int(last.path[-model.steplen :]) + 1 if last else 1
        pages = []
        for number, key in enumerate(keys):
            title, slug = f"{template.title} {prefix} {number}", f"{prefix}-{number}"
            page = model(
                path=model._get_path(parent.path, parent.depth + 1, first_step + number),
                depth=parent.depth + 1,
                numchild=0,
                title=title,
                draft_title=title,
                slug=slug,
                url_path=f"{parent.url_path}{slug}/",
                content_type=content_type,
                locale=locale,
                translation_key=key,
                owner_id=template.owner_id,
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                **fields,
            )
            change(page, number)
            pages.append(page)
        insert_pages(model, pages)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)
        copy_relations(template, pages, child_keys)
        # Search finds them as it finds pages published in the admin.
        get_search_backend().add_bulk(model, pages)


def seed_large_site(regions, events):
    """`regions` more regions and `events` more events (half past, half to come) in every language."""
    now = timezone.now()

    def region(page, number):
        page.population = 100_000 + number
        page.area_km2 = 1_000 + number

    def event(page, number):
        # Half of them in the past, half to come.
        page.start = now + timedelta(days=number - events // 2, hours=1)
        page.end = page.start + timedelta(hours=2)

    with transaction.atomic():
        seed_children(RegionPage, RegionIndexPage, regions, "bench-region", region, now)
        seed_children(EventPage, EventIndexPage, events, "bench-event", event, now)
    forget_cached_content()


def forget_cached_content():
    """Drop whatever the site keeps until the next publish (cached pages, figures, the landing's
    next events, menu links...), the way a publish does: by announcing one."""
    home = HomePage.objects.filter(live=True).select_related("live_revision").first()
    if home is not None:
        page_published.send(sender=HomePage, instance=home, revision=home.live_revision)

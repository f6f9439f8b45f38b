"""Correct target translations already in a database: the French GBF Target 20 read "Renforcer le
renforcement", and Portuguese said "mil milhões" (European) for the Brazilian "bilhões"."""

from django.db import migrations

CORRECTIONS = [
    (
        "Renforcer le renforcement des capacités, le transfert de technologies et la coopération scientifique "
        "et technique",
        "Renforcer la création de capacités, le transfert de technologies et la coopération scientifique et "
        "technique",
    ),
    ("mil milhões de dólares", "bilhões de dólares"),
    ("minimizar o seu impacto", "minimizar seu impacto"),
]


def correct(apps, schema_editor):
    # The snippets themselves and the translations wagtail-localize would write again on a sync.
    targets = apps.get_model("regions", "BiodiversityTarget").objects.all()
    strings = apps.get_model("wagtail_localize", "StringTranslation").objects.all()
    for manager, field in ((targets, "short_title"), (strings, "data")):
        for old, new in CORRECTIONS:
            for item in manager.filter(**{f"{field}__contains": old}):
                setattr(item, field, getattr(item, field).replace(old, new))
                item.save(update_fields=[field])


class Migration(migrations.Migration):
    dependencies = [
        ("regions", "0003_region_editors"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]

"""Text search configurations for the site's languages on PostgreSQL, accent-insensitive when the
unaccent extension can be enabled (home/search.py searches with them)."""

from django.db import DatabaseError, migrations, transaction

# Our configuration: the PostgreSQL one it copies. Arabic keeps PostgreSQL's own: unaccent removes
# no Arabic marks.
CONFIGURATIONS = {
    "r4blp_english": "english",
    "r4blp_spanish": "spanish",
    "r4blp_french": "french",
    "r4blp_portuguese": "portuguese",
}


def unaccent_enabled(connection):
    """Enables the unaccent extension if the server has it and we may; true if it is there."""
    try:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    except DatabaseError:
        return False
    return True


def create_configurations(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    unaccent = unaccent_enabled(connection)
    with connection.cursor() as cursor:
        for name, language in CONFIGURATIONS.items():
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{language})")
            if unaccent:
                # Accents are dropped before stemming, in the index and in queries alike, so that
                # "region" finds "región" and "régionaux" finds "regionaux".
                cursor.execute(
                    f"ALTER TEXT SEARCH CONFIGURATION {name} "
                    f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {language}_stem"
                )


def drop_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in CONFIGURATIONS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial")]

    operations = [migrations.RunPython(create_configurations, drop_configurations)]

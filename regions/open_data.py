"""Open data: the live member regions of one language with their figures, as JSON and CSV."""

import csv
import io
import json

from django.db.models import Prefetch
from django.http import HttpResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

COLUMNS = [
    "name",
    "official_name",
    "country",
    "country_name",
    "world_region",
    "world_region_name",
    "population",
    "area_km2",
    "year_joined",
    "membership_status",
    "latitude",
    "longitude",
    "thematic_blocks",
    "targets",
    "url",
]


def rows(index, request):
    """One dict per live region under `index`, in the visitor's language; three queries in all."""
    from .models import BiodiversityTarget, ThematicBlock

    regions = index.live_regions().prefetch_related(
        Prefetch("thematic_blocks", queryset=ThematicBlock.objects.only("slug")),
        Prefetch("targets", queryset=BiodiversityTarget.objects.only("framework", "number")),
    )
    base = request.build_absolute_uri(index.cached_url(request))
    result = []
    for region in regions:
        result.append(
            {
                "name": region.title,
                "official_name": region.official_name,
                "country": region.country.code,
                "country_name": str(region.country.name),
                "world_region": region.world_region,
                "world_region_name": str(region.get_world_region_display()),
                "population": region.population,
                "area_km2": region.area_km2,
                "year_joined": region.year_joined,
                "membership_status": region.membership_status,
                "latitude": region.latitude,
                "longitude": region.longitude,
                "thematic_blocks": sorted(t.slug for t in region.thematic_blocks.all()),
                "targets": sorted(t.slug for t in region.targets.all()),
                "url": f"{base}{region.slug}/",
            }
        )
    return result


def json_response(index, request):
    data = rows(index, request)
    body = {
        "title": _("R4BLP member regions"),
        "language": get_language(),
        "licence": "CC BY 4.0",
        "count": len(data),
        "regions": data,
    }
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False, indent=1), content_type="application/json; charset=utf-8"
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def csv_response(index, request):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows(index, request):
        writer.writerow(
            {**row, "thematic_blocks": " ".join(row["thematic_blocks"]), "targets": " ".join(row["targets"])}
        )
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="regions.csv"'
    response["Access-Control-Allow-Origin"] = "*"
    return response

"""Load the 23 Kunming-Montreal GBF targets and the 20 Aichi targets, so editors only choose."""

import uuid

from django.conf import settings
from django.db import migrations

GBF_TARGETS = [
    "Plan and manage all areas to reduce biodiversity loss",
    "Restore 30% of all degraded ecosystems",
    "Conserve 30% of land, waters and seas",
    "Halt species extinction, protect genetic diversity and manage human-wildlife conflicts",
    "Ensure sustainable, safe and legal harvesting and trade of wild species",
    "Reduce the introduction of invasive alien species by 50% and minimize their impact",
    "Reduce pollution to levels that are not harmful to biodiversity",
    "Minimize the impacts of climate change on biodiversity and build resilience",
    "Manage wild species sustainably to benefit people",
    "Enhance biodiversity and sustainability in agriculture, aquaculture, fisheries and forestry",
    "Restore, maintain and enhance nature's contributions to people",
    "Enhance green spaces and urban planning for human well-being and biodiversity",
    "Increase the sharing of benefits from genetic resources, digital sequence information "
    "and traditional knowledge",
    "Integrate biodiversity in decision-making at every level",
    "Businesses assess, disclose and reduce biodiversity-related risks and negative impacts",
    "Enable sustainable consumption choices to reduce waste and overconsumption",
    "Strengthen biosafety and distribute the benefits of biotechnology",
    "Reduce harmful incentives by at least $500 billion per year and scale up positive incentives",
    "Mobilize $200 billion per year for biodiversity from all sources",
    "Strengthen capacity-building, technology transfer and scientific and technical cooperation",
    "Ensure that knowledge is available and accessible to guide biodiversity action",
    "Ensure participation in decision-making and access to justice and information for all",
    "Ensure gender equality and a gender-responsive approach for biodiversity action",
]

AICHI_TARGETS = [
    "Awareness of biodiversity increased",
    "Biodiversity values integrated",
    "Incentives reformed",
    "Sustainable production and consumption",
    "Habitat loss halved or reduced",
    "Sustainable management of aquatic living resources",
    "Sustainable agriculture, aquaculture and forestry",
    "Pollution reduced",
    "Invasive alien species prevented and controlled",
    "Ecosystems vulnerable to climate change",
    "Protected areas",
    "Reducing risk of extinctions",
    "Safeguarding genetic diversity",
    "Ecosystem services",
    "Ecosystem restoration and resilience",
    "Access to and sharing benefits from genetic resources",
    "Biodiversity strategies and action plans",
    "Traditional knowledge",
    "Sharing information and knowledge",
    "Mobilizing resources from all sources",
]


def load_targets(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    BiodiversityTarget = apps.get_model("regions", "BiodiversityTarget")
    locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for framework, titles in (("gbf", GBF_TARGETS), ("aichi", AICHI_TARGETS)):
        for number, title in enumerate(titles, start=1):
            BiodiversityTarget.objects.get_or_create(
                framework=framework,
                number=number,
                locale=locale,
                defaults={"short_title": title, "translation_key": uuid.uuid4()},
            )


def unload_targets(apps, schema_editor):
    apps.get_model("regions", "BiodiversityTarget").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("regions", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(load_targets, unload_targets)]

"""Demo content of the member regions: the index, six thematic blocks and twelve sample regions.

The sample regions' figures add up to the client's: 12 active members, nearly 60 million
inhabitants, over 2 million km². Every text is translated through wagtail-localize."""

from wagtail.models import Locale

from home.demo import get_or_create_child, home_page, log, translate_everywhere
from home.demo_images import DESCRIPTIONS, emblem_image, landscape_image

from .demo_translations import TRANSLATIONS
from .models import BiodiversityTarget, RegionIndexPage, RegionPage, ThematicBlock

THEMATIC_BLOCKS = [
    (
        "invasive-species",
        "Invasive alien species",
        "Preventing, detecting and controlling species that threaten native ecosystems.",
    ),
    (
        "protected-areas",
        "Protected and conserved areas",
        "Creating, connecting and managing areas that safeguard nature.",
    ),
    (
        "mainstreaming",
        "Mainstreaming biodiversity",
        "Bringing biodiversity into the policies of every sector of government.",
    ),
    (
        "ecosystem-restoration",
        "Ecosystem restoration",
        "Bringing degraded land, rivers and coasts back to health.",
    ),
    (
        "financing",
        "Biodiversity financing",
        "Finding and steering money towards nature, and away from harm.",
    ),
    (
        "monitoring-reporting",
        "Monitoring and reporting",
        "Measuring progress and reporting it to the Convention.",
    ),
]

# slug, title, official name, ISO country, world region, population, km², year joined, lat, lon,
# thematic blocks, targets, strategy year, website, summary, best practice (title, challenge, action, results)
REGIONS = [
    (
        "quebec",
        "Québec",
        "Government of Québec",
        "CA",
        "north_america",
        8_874_683,
        1_542_056,
        2016,
        52.9,
        -73.5,
        ["protected-areas", "monitoring-reporting"],
        ["gbf-3", "gbf-21", "aichi-11"],
        2013,
        "https://www.quebec.ca/",
        "A vast northern province of boreal forests, tundra and the St. Lawrence River.",
        (
            "Protecting the northern territory",
            "Industrial pressure was growing on intact boreal and Arctic landscapes.",
            "The province committed to keep half of its northern territory free of industry.",
            "Millions of square kilometres of forest and tundra are now planned with nature first.",
        ),
    ),
    (
        "campeche",
        "Campeche",
        "Government of the State of Campeche",
        "MX",
        "latin_america_caribbean",
        928_363,
        57_507,
        2016,
        19.0,
        -90.4,
        ["protected-areas", "ecosystem-restoration"],
        ["gbf-2", "gbf-3", "aichi-5"],
        2018,
        "https://www.campeche.gob.mx/",
        "A Gulf of Mexico state whose mangroves and rainforests shelter jaguars and sea turtles.",
        (
            "Mangroves for the coast",
            "Mangrove loss left coastal towns exposed to storms.",
            "Fishing communities replanted mangroves with technical support from the state.",
            "Replanted areas again shelter fish nurseries and protect the shore.",
        ),
    ),
    (
        "yucatan",
        "Yucatán",
        "Government of the State of Yucatán",
        "MX",
        "latin_america_caribbean",
        2_320_898,
        39_524,
        2017,
        20.7,
        -89.0,
        ["mainstreaming", "financing"],
        ["gbf-14", "gbf-19", "aichi-2"],
        2019,
        "https://www.yucatan.gob.mx/",
        "A limestone peninsula of cenotes, dry forests and coastal wetlands.",
        (
            "Water for the cenotes",
            "Pollution from farms and towns was reaching the underground water of the cenotes.",
            "The state tied farm support to practices that protect groundwater.",
            "More farms now follow the practices and monitoring shows cleaner water.",
        ),
    ),
    (
        "parana",
        "Paraná",
        "Government of the State of Paraná",
        "BR",
        "latin_america_caribbean",
        11_444_380,
        199_298,
        2018,
        -24.6,
        -51.5,
        ["ecosystem-restoration", "financing"],
        ["gbf-2", "gbf-19", "aichi-15"],
        2020,
        "https://www.parana.pr.gov.br/",
        "A southern Brazilian state restoring its Atlantic Forest and araucaria woodland.",
        (
            "Paying for restored forest",
            "Little Atlantic Forest remained on private farmland.",
            "Landowners are paid for the water and carbon services of restored forest.",
            "Farmers joined the scheme and restored forest along rivers.",
        ),
    ),
    (
        "catalonia",
        "Catalonia",
        "Government of Catalonia",
        "ES",
        "europe",
        7_901_963,
        32_108,
        2016,
        41.8,
        1.5,
        ["mainstreaming", "monitoring-reporting"],
        ["gbf-14", "gbf-21", "aichi-17"],
        2018,
        "https://www.gencat.cat/",
        "A Mediterranean region from the Pyrenees to the sea.",
        (
            "One strategy for every department",
            "Nature policy stayed within the environment department.",
            "Every department signed up to targets in a shared nature strategy.",
            "Agriculture, transport and tourism plans now report on biodiversity.",
        ),
    ),
    (
        "basque-country",
        "Basque Country",
        "Basque Government",
        "ES",
        "europe",
        2_213_993,
        7_234,
        2016,
        43.0,
        -2.6,
        ["mainstreaming", "invasive-species"],
        ["gbf-6", "gbf-14", "aichi-9"],
        2016,
        "https://www.euskadi.eus/",
        "A green Atlantic region of estuaries, beech forests and steep coasts.",
        (
            "Stopping invasive plants early",
            "Invasive plants were spreading along rivers and coasts.",
            "The region mapped them and trained volunteers to report new sightings.",
            "New outbreaks are removed before they spread.",
        ),
    ),
    (
        "wallonia",
        "Wallonia",
        "Public Service of Wallonia",
        "BE",
        "europe",
        3_682_000,
        16_901,
        2019,
        50.4,
        4.8,
        ["ecosystem-restoration", "invasive-species"],
        ["gbf-2", "gbf-6", "aichi-9"],
        2021,
        "https://www.wallonie.be/",
        "A region of river valleys, hedgerows and the forests of the Ardennes.",
        (
            "Hedgerows across farmland",
            "Farmland birds and pollinators were declining.",
            "The region offered farmers free plants to grow new hedgerows.",
            "Hundreds of kilometres of hedgerow now connect woods and fields.",
        ),
    ),
    (
        "jeollanam-do",
        "Jeollanam-do",
        "Jeollanam-do Provincial Government",
        "KR",
        "asia_pacific",
        1_804_217,
        12_348,
        2018,
        34.8,
        126.9,
        ["protected-areas", "monitoring-reporting"],
        ["gbf-1", "gbf-3", "aichi-11"],
        2019,
        "https://www.jeonnam.go.kr/",
        "A province of tidal flats and some two thousand islands on Korea's southwest coast.",
        (
            "Tidal flats as world heritage",
            "Tidal flats were being reclaimed for farms and industry.",
            "The province protected its flats and supported their listing as world heritage.",
            "Migratory birds keep their feeding grounds and tourism has grown.",
        ),
    ),
    (
        "aichi",
        "Aichi",
        "Aichi Prefectural Government",
        "JP",
        "asia_pacific",
        7_477_000,
        5_173,
        2016,
        35.0,
        137.2,
        ["mainstreaming", "monitoring-reporting"],
        ["gbf-12", "gbf-14", "aichi-1"],
        2013,
        "https://www.pref.aichi.jp/",
        "The Japanese prefecture that hosted COP 10, where the Aichi Targets were adopted.",
        (
            "Ecological networks with business",
            "Green spaces in the industrial heartland were small and cut off from each other.",
            "Companies, schools and towns linked their green spaces into ecological networks.",
            "Wildlife corridors now run through factories, parks and rice fields.",
        ),
    ),
    (
        "western-cape",
        "Western Cape",
        "Western Cape Government",
        "ZA",
        "africa",
        7_433_019,
        129_462,
        2017,
        -33.2,
        20.0,
        ["invasive-species", "ecosystem-restoration"],
        ["gbf-6", "gbf-11", "aichi-9"],
        2016,
        "https://www.westerncape.gov.za/",
        "Home of the Cape Floral Kingdom, one of the richest plant regions on Earth.",
        (
            "Clearing thirsty invaders",
            "Invasive trees were drinking the water that towns and farms depend on.",
            "Local crews were hired to clear invasive trees from mountain catchments.",
            "Rivers flow more strongly and thousands of people found work.",
        ),
    ),
    (
        "rabat-sale-kenitra",
        "Rabat-Salé-Kénitra",
        "Council of the Rabat-Salé-Kénitra Region",
        "MA",
        "africa",
        5_132_639,
        18_194,
        2019,
        34.2,
        -6.3,
        ["protected-areas", "financing"],
        ["gbf-3", "gbf-11", "aichi-14"],
        2022,
        "https://www.region-rsk.ma/",
        "A region of cork oak forest, Atlantic wetlands and the capital city.",
        (
            "Saving the cork oak forest",
            "Overgrazing and clearing were shrinking the cork oak forest.",
            "Villages received grazing compensation in exchange for resting the young forest.",
            "Young oaks are growing back in the rested forest.",
        ),
    ),
    (
        "tasmania",
        "Tasmania",
        "Tasmanian Government",
        "AU",
        "asia_pacific",
        571_165,
        68_401,
        2020,
        -42.0,
        146.6,
        ["protected-areas", "invasive-species"],
        ["gbf-4", "gbf-6", "aichi-12"],
        2021,
        "https://www.tas.gov.au/",
        "An island state whose wilderness shelters species found nowhere else.",
        (
            "Saving the Tasmanian devil",
            "A contagious cancer was wiping out Tasmanian devils.",
            "An insurance population was bred free of the disease and released in the wild.",
            "Devil numbers are stable where healthy animals were released.",
        ),
    ),
]

INDEX_INTRO = (
    "Regional governments from every continent make up the platform. Find each member on the "
    "map or in the list, and filter them by world region, country, thematic block or target."
)


# slug: the kind of landscape of its hero picture, its emblem's initials and two colours.
PICTURES = {
    "quebec": ("boreal", "QC", ("#1f4f8f", "#ffffff")),
    "campeche": ("tropical", "CM", ("#8f1f3f", "#f2b872")),
    "yucatan": ("tropical", "YU", ("#17634a", "#c83f2f")),
    "parana": ("atlantic_forest", "PR", ("#17634a", "#2f6f9f")),
    "catalonia": ("mediterranean", "CT", ("#c8a02f", "#a4001f")),
    "basque-country": ("coast", "EH", ("#a4001f", "#17634a")),
    "wallonia": ("temperate", "WA", ("#c8a02f", "#a4001f")),
    "jeollanam-do": ("coast", "JN", ("#2f6f9f", "#17634a")),
    "aichi": ("temperate", "AI", ("#5f3f8f", "#2f6f9f")),
    "western-cape": ("fynbos", "WC", ("#2f6f9f", "#c8a02f")),
    "rabat-sale-kenitra": ("mediterranean", "RSK", ("#a4001f", "#17634a")),
    "tasmania": ("boreal", "TAS", ("#17634a", "#8f1f3f")),
}


def pictures(slug, title):
    """A sample region's image fields: its emblem and hero picture with their alternative texts."""
    palette, initials, colours = PICTURES[slug]
    emblem = emblem_image(title, initials, colours)
    return {
        "emblem": emblem,
        "emblem_alt": emblem.description,
        "hero_image": landscape_image(title, palette),
        "hero_image_alt": DESCRIPTIONS[palette],
    }


def thematic_blocks(stdout=None):
    english = Locale.get_default()
    blocks = {}
    for slug, name, description in THEMATIC_BLOCKS:
        block, created = ThematicBlock.objects.get_or_create(
            slug=slug, locale=english, defaults={"name": name, "description": description}
        )
        if created:
            log(stdout, f"  thematic block {name} created")
        blocks[slug] = block
    return blocks


def region_index(home, stdout=None):
    index, created = get_or_create_child(
        home, RegionIndexPage, "regions", title="Member regions", show_in_menus=True, intro=INDEX_INTRO
    )
    if created:
        log(stdout, "  region index created")
    return index


def sample_regions(index, blocks, stdout=None):
    english = Locale.get_default()
    targets = {t.slug: t for t in BiodiversityTarget.objects.filter(locale=english)}
    regions = []
    for row in REGIONS:
        (slug, title, official, country, world_region, population, area, joined, lat, lon) = row[:10]
        theme_slugs, target_slugs, strategy_year, website, summary, practice = row[10:]
        region = RegionPage.objects.child_of(index).filter(slug=slug).first()
        if region is None:
            region = RegionPage(
                slug=slug,
                title=title,
                official_name=official,
                country=country,
                world_region=world_region,
                population=population,
                area_km2=area,
                year_joined=joined,
                latitude=lat,
                longitude=lon,
                summary=summary,
                body=[
                    (
                        "practice",
                        dict(zip(("title", "challenge", "action", "results"), practice, strict=True)),
                    )
                ],
                has_strategy=True,
                strategy_year=strategy_year,
                website=website,
                is_sample=True,
                **pictures(slug, title),
            )
            region.thematic_blocks = [blocks[s] for s in theme_slugs]
            region.targets = [targets[s] for s in target_slugs]
            index.add_child(instance=region)
            region.save_revision().publish()
            log(stdout, f"  sample region {title} created")
        regions.append(region)
    return regions


def load(stdout=None):
    home = home_page(stdout)
    blocks = thematic_blocks(stdout)
    index = region_index(home, stdout)
    regions = sample_regions(index, blocks, stdout)
    english = Locale.get_default()
    for snippet in [*blocks.values(), *BiodiversityTarget.objects.filter(locale=english)]:
        translate_everywhere(snippet, TRANSLATIONS, stdout=stdout)
    for page in (index, *regions):
        translate_everywhere(page, TRANSLATIONS, stdout=stdout)

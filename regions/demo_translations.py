"""Translations of the regions demo content (index, thematic blocks, targets, sample regions)."""

TRANSLATIONS = {
    "es": {
        "Member regions": "Regiones miembro",
        "Regional governments from every continent make up the platform. Find each member on the "
        "map or in the list, and filter them by world region, country, thematic block or target.": (
            "Gobiernos regionales de todos los continentes forman la plataforma. Encuentre a cada "
            "miembro en el mapa o en la lista y fíltrelos por región del mundo, país, bloque temático "
            "o meta."
        ),
    },
    "fr": {
        "Member regions": "Régions membres",
        "Regional governments from every continent make up the platform. Find each member on the "
        "map or in the list, and filter them by world region, country, thematic block or target.": (
            "Des gouvernements régionaux de tous les continents forment la plateforme. Trouvez chaque "
            "membre sur la carte ou dans la liste, et filtrez-les par région du monde, pays, bloc "
            "thématique ou objectif."
        ),
    },
    "pt": {
        "Member regions": "Regiões membro",
        "Regional governments from every continent make up the platform. Find each member on the "
        "map or in the list, and filter them by world region, country, thematic block or target.": (
            "Governos regionais de todos os continentes formam a plataforma. Encontre cada membro no "
            "mapa ou na lista e filtre-os por região do mundo, país, bloco temático ou meta."
        ),
    },
    "ar": {
        "Member regions": "الأقاليم الأعضاء",
        "Regional governments from every continent make up the platform. Find each member on the "
        "map or in the list, and filter them by world region, country, thematic block or target.": (
            "تتألف المنصة من حكومات إقليمية من جميع القارات. ابحث عن كل عضو على الخريطة أو في "
            "القائمة، وصنّف الأعضاء حسب منطقة العالم أو البلد أو المحور الموضوعي أو الهدف."
        ),
    },
}

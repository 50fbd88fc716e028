"""The city's partnership content for a fresh install, in German (from the city's page
'Entwicklungspolitik' and its public facts) and English. Loaded by `manage.py load_city_content`."""

from decimal import Decimal

from partnerships.models import Fact, Partnership, Programme, SustainableDevelopmentGoal

PROGRAMMES = {
    "sustainability": {
        "name_de": "Kommunale Nachhaltigkeitspartnerschaften",
        "name_en": "Municipal Sustainability Partnerships",
        "run_by_de": "Servicestelle Kommunen in der Einen Welt (SKEW) von Engagement Global",
        "run_by_en": "Service Agency Communities in One World (SKEW) of Engagement Global",
        "funded_by_de": "Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung (BMZ)",
        "funded_by_en": "Federal Ministry for Economic Cooperation and Development (BMZ)",
        "description_de": (
            "In der Runde, an der Arnsberg teilnimmt, fördert der Bund acht Partnerschaften zwischen "
            "deutschen Kommunen und Kommunen in Afrika und Lateinamerika – 16 Städte – für rund "
            "zweieinhalb Jahre. Ziel ist ein gemeinsames Handlungsprogramm zur Agenda 2030 und den "
            "17 Nachhaltigkeitszielen."
        ),
        "description_en": (
            "In the round Arnsberg takes part in, the federal government funds eight partnerships between "
            "German municipalities and municipalities in Africa and Latin America – 16 cities – for about "
            "two and a half years. The goal is a joint action programme for the Agenda 2030 and the "
            "17 Sustainable Development Goals."
        ),
    },
    "climate": {
        "name_de": "Climate Smart Municipalities",
        "name_en": "Climate Smart Municipalities",
        "run_by_de": (
            "Nordrhein-Westfalen und Minnesota mit dem Institute on the Environment der University of Minnesota"
        ),
        "run_by_en": (
            "North Rhine-Westphalia and Minnesota with the University of Minnesota's Institute on the Environment"
        ),
        "description_de": (
            "Ein Austausch zwischen Kommunen in Nordrhein-Westfalen und Minnesota, begonnen 2015: je eine "
            "Kommune aus beiden Ländern bildet ein Tandem und arbeitet mit der anderen an Klimaschutz."
        ),
        "description_en": (
            "An exchange between municipalities in North Rhine-Westphalia and Minnesota, started in 2015: "
            "one municipality from each side forms a tandem with the other and works on climate action."
        ),
    },
}

# In the partners' languages only what the shared facts say: names and places. Every other text is
# left to the translators (the page shows its English and says so), never invented here.
PARTNER_LANGUAGE_NAMES = {
    "morogoro": {
        "city_sw": "Morogoro",
        "official_name_sw": "Halmashauri ya Manispaa ya Morogoro",
        "country_sw": "Tanzania",
        "region_sw": "Mkoa wa Morogoro, Wilaya ya Morogoro",
    },
    "alba-iulia": {"city_ro": "Alba Iulia", "country_ro": "România", "region_ro": "Județul Alba"},
}

PARTNERSHIPS = {
    "morogoro": {
        "programme": "sustainability",
        "sdgs": [17, 11, 12, 13, 15, 4],
        "fields": {
            "city_de": "Morogoro",
            "city_en": "Morogoro",
            "official_name_de": "Morogoro Municipal Council",
            "official_name_en": "Morogoro Municipal Council",
            "slug_de": "morogoro",
            "time_zone": "Africa/Dar_es_Salaam",
            "slug_en": "morogoro",
            "country_de": "Tansania",
            "country_en": "Tanzania",
            "region_de": "Region Morogoro, Distrikt Morogoro",
            "region_en": "Morogoro Region, Morogoro District",
            **PARTNER_LANGUAGE_NAMES["morogoro"],
            "kind": Partnership.Kind.SUSTAINABILITY,
            "since_year": 2023,
            "summary_de": (
                "Seit 2023 arbeiten Arnsberg und Morogoro im Bundesprogramm „Kommunale "
                "Nachhaltigkeitspartnerschaften“ an einem gemeinsamen Handlungskonzept zur Agenda 2030."
            ),
            "summary_en": (
                "Since 2023, Arnsberg and Morogoro have been working on a joint action plan for the "
                "Agenda 2030 in the federal programme “Municipal Sustainability Partnerships”."
            ),
            "body_de": (
                "Essenzieller Bestandteil des vom Bund geförderten Projektes „Kommunale "
                "Nachhaltigkeitspartnerschaften“ ist das gegenseitige Kennenlernen und der fachliche "
                "Austausch zwischen den beteiligten Kommunen. Hierzu werden im Zeitraum von rd. 2 1/2 Jahren "
                "acht Projekte, hierunter auch die Partnerschaft zwischen Arnsberg und Morogoro, gefördert."
                "\n\nDas oberste Ziel der partnerschaftlichen Zusammenarbeit ist die Entwicklung eines "
                "Handlungskonzeptes zur Agenda 2030 und den globalen Nachhaltigkeitszielen. Gemeinsam werden "
                "auch über den vorgesehenen Zeitraum hinaus Projekte zu relevanten Themenfeldern in beiden "
                "Städten umgesetzt.\n\nIm Mittelpunkt stehen Abfall- und Kreislaufwirtschaft, Biodiversität, "
                "Forstwirtschaft und Klimawandel sowie Schulpartnerschaften. Außerdem tauschen sich beide "
                "Städte über nachhaltige neue Verwaltungsgebäude und den Fachkräftemangel aus."
            ),
            "body_en": (
                "Getting to know each other and exchanging expertise between the municipalities involved "
                "are an essential part of the federally funded project “Municipal Sustainability "
                "Partnerships”. Over a period of about two and a half years, eight projects are funded, "
                "among them the partnership between Arnsberg and Morogoro.\n\nThe foremost goal of the "
                "partnership is to develop an action plan for the Agenda 2030 and the global Sustainable "
                "Development Goals. Together, the two cities also carry out projects on relevant topics in "
                "both cities beyond the funded period.\n\nThe focus is on waste management and the circular "
                "economy, biodiversity, forestry and climate change, and school partnerships. The two "
                "cities also share experience on sustainable new administration buildings and on the "
                "shortage of skilled workers."
            ),
            "latitude": Decimal("-6.82100"),
            "longitude": Decimal("37.66120"),
            "ordering": 10,
        },
        "facts": [
            ("Einwohnerzahl", "Population", "471.409 (2019)", "471,409 (2019)"),
            ("Fläche", "Area", "rund 152,28 km²", "about 152.28 km²"),
            (
                "Stadtteile",
                "Wards",
                "29 Wards mit 295 Straßen (Sub-Wards)",
                "29 wards with 295 streets (sub-wards)",
            ),
            (
                "Landschaft",
                "Landscape",
                "Uluguru-Berge (höchster Gipfel 2.646 m), viele Wasserfälle, Mindu-Stausee im Südwesten",
                "Uluguru Mountains (highest peak 2,646 m), many waterfalls, the Mindu reservoir to the south-west",
            ),
        ],
    },
    "warren": {
        "programme": "climate",
        "sdgs": [13, 7, 11, 17],
        "fields": {
            "city_de": "Warren",
            "city_en": "Warren",
            "slug_de": "warren",
            "time_zone": "America/Chicago",
            "slug_en": "warren",
            "country_de": "USA",
            "country_en": "USA",
            "region_de": "Minnesota, Marshall County",
            "region_en": "Minnesota, Marshall County",
            "kind": Partnership.Kind.CLIMATE,
            "since_year": 2016,
            "summary_de": (
                "Im Austausch „Climate Smart Municipalities“ zwischen Nordrhein-Westfalen und Minnesota "
                "ist Arnsberg seit etwa 2016 die Tandemstadt von Warren."
            ),
            "summary_en": (
                "In the “Climate Smart Municipalities” exchange between North Rhine-Westphalia and "
                "Minnesota, Arnsberg has been Warren's tandem city since about 2016."
            ),
            "body_de": (
                "Warren ist der Sitz des Marshall County im Nordwesten Minnesotas. Die gemeinsame Arbeit "
                "reichte von Thermografie-Befliegungen bis zu Vermessungen mit Drohnen.\n\n2018 besuchte eine "
                "Delegation aus Nordrhein-Westfalen Warren; vom 21. bis 28. September 2019 war eine Delegation "
                "aus Minnesota in Arnsberg zu Gast."
            ),
            "body_en": (
                "Warren is the seat of Marshall County in north-western Minnesota. The joint work went from "
                "thermal-imaging flights to drone surveys.\n\nIn 2018 a delegation from North Rhine-Westphalia "
                "visited Warren; from 21 to 28 September 2019 a delegation from Minnesota was Arnsberg's guest."
            ),
            "latitude": Decimal("48.19670"),
            "longitude": Decimal("-96.77280"),
            "ordering": 20,
        },
        "facts": [
            ("Einwohnerzahl", "Population", "rund 1.600", "about 1,600"),
            ("Verwaltung", "Administration", "Sitz des Marshall County", "Seat of Marshall County"),
            ("Tandemstadt seit", "Tandem city since", "etwa 2016", "about 2016"),
        ],
    },
    "alba-iulia": {
        "programme": None,
        "sdgs": [11, 13, 17],
        "fields": {
            "city_de": "Alba Iulia",
            "city_en": "Alba Iulia",
            "slug_de": "alba-iulia",
            "time_zone": "Europe/Bucharest",
            "slug_en": "alba-iulia",
            "country_de": "Rumänien",
            "country_en": "Romania",
            "region_de": "Kreis Alba",
            "region_en": "Alba county",
            **PARTNER_LANGUAGE_NAMES["alba-iulia"],
            "kind": Partnership.Kind.TOWN_TWINNING,
            "since_year": 1974,
            "summary_de": (
                "Seit dem 18. Mai 1974 verbindet Arnsberg und Alba Iulia die älteste deutsch-rumänische "
                "Städtepartnerschaft."
            ),
            "summary_en": (
                "Since 18 May 1974, Arnsberg and Alba Iulia have shared the oldest town twinning between a "
                "German and a Romanian city."
            ),
            "body_de": (
                "Bis 2011 brachten mehr als 60 Hilfstransporte Unterstützung aus Arnsberg nach Alba Iulia. "
                "Im Mai 2002 wurde dort ein Kinderheim mit dem Namen „ARNSBERG“ eröffnet.\n\nSeit 2019 "
                "arbeiten beide Städte im gemeinsamen Klimaprojekt BEACON zusammen. Im November 2024 "
                "feierten sie das 50-jährige Bestehen ihrer Partnerschaft und unterzeichneten ein Memorandum."
            ),
            "body_en": (
                "By 2011, more than 60 aid transports had brought support from Arnsberg to Alba Iulia. In May "
                "2002 a children's home named “ARNSBERG” opened there.\n\nSince 2019 the two cities have "
                "worked together in the joint climate project BEACON. In November 2024 they celebrated the "
                "50th anniversary of their partnership and signed a memorandum."
            ),
            "latitude": Decimal("46.07330"),
            "longitude": Decimal("23.58050"),
            "ordering": 30,
        },
        "facts": [
            (
                "Partnerschaftsprotokoll",
                "Partnership protocol",
                "unterzeichnet am 18. Mai 1974",
                "signed on 18 May 1974",
            ),
            ("Hilfstransporte", "Aid transports", "mehr als 60 bis 2011", "more than 60 by 2011"),
            (
                "Kinderheim „ARNSBERG“",
                "Children's home “ARNSBERG”",
                "eröffnet im Mai 2002",
                "opened in May 2002",
            ),
            ("Klimaprojekt", "Climate project", "BEACON, seit 2019", "BEACON, since 2019"),
            (
                "Jubiläum",
                "Anniversary",
                "50 Jahre, gefeiert im November 2024",
                "50 years, celebrated in November 2024",
            ),
        ],
    },
}


def load(loader):
    programmes = {
        key: loader.once(
            f"partnerships.programme.{key}", lambda fields=fields: Programme.objects.create(**fields)
        )
        for key, fields in PROGRAMMES.items()
    }
    for key, data in PARTNERSHIPS.items():
        loader.once(
            f"partnerships.partnership.{key}",
            lambda data=data: _create_partnership(data, programmes.get(data["programme"])),
        )


def _create_partnership(data, programme):
    partnership = Partnership.objects.create(programme=programme, is_published=True, **data["fields"])
    partnership.sdgs.set(SustainableDevelopmentGoal.objects.filter(number__in=data["sdgs"]))
    Fact.objects.bulk_create(
        Fact(partnership=partnership, label_de=l_de, label_en=l_en, value_de=v_de, value_en=v_en, ordering=i)
        for i, (l_de, l_en, v_de, v_en) in enumerate(data["facts"], start=1)
    )
    return partnership

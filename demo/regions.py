"""The three projects and fifteen regional centres (ROPS) of the Model Kooperacji.

Names, cities and voivodeships are real; contact e-mail addresses are demo placeholders
(example.org) that each centre replaces with its own in the admin.
"""

PROJECTS = [
    {
        "slug": "liderzy-kooperacji",
        "name": "Liderzy kooperacji",
        "municipality_type": "rural",
        "lead": "swietokrzyskie",
        "description": (
            "Projekt wypracowuje model kooperacji pomocy społecznej z innymi instytucjami dla gmin wiejskich. "
            "Liderem jest Regionalny Ośrodek Polityki Społecznej w Kielcach; partnerami są ROPS-y z Rzeszowa, "
            "Białegostoku i Lublina oraz Mazowieckie Centrum Polityki Społecznej."
        ),
    },
    {
        "slug": "kooperacja-efektywna-i-skuteczna",
        "name": "Kooperacja – efektywna i skuteczna",
        "municipality_type": "urban-rural",
        "lead": "kujawsko-pomorskie",
        "description": (
            "Projekt tworzy i testuje model współpracy służb w gminach miejsko-wiejskich. Liderem jest ROPS "
            "w Toruniu, partnerem akademickim Uniwersytet Mikołaja Kopernika, a w projekcie uczestniczy pięć "
            "kolejnych województw."
        ),
    },
    {
        "slug": "kooperacja-3d",
        "name": "Kooperacja 3D",
        "municipality_type": "urban",
        "lead": "slaskie",
        "description": (
            "Projekt wypracowuje model kooperacji dla gmin miejskich: współpracy ośrodków pomocy społecznej "
            "ze szkołami, policją, sądami, służbą zdrowia i organizacjami pozarządowymi. Liderem jest ROPS "
            "w Katowicach."
        ),
    },
]

# slug, voivodeship, full name, short name, city, project slug
REGIONS = [
    (
        "swietokrzyskie",
        "świętokrzyskie",
        "Regionalny Ośrodek Polityki Społecznej w Kielcach",
        "ROPS Kielce",
        "Kielce",
        "liderzy-kooperacji",
    ),
    (
        "podkarpackie",
        "podkarpackie",
        "Regionalny Ośrodek Polityki Społecznej w Rzeszowie",
        "ROPS Rzeszów",
        "Rzeszów",
        "liderzy-kooperacji",
    ),
    (
        "podlaskie",
        "podlaskie",
        "Regionalny Ośrodek Polityki Społecznej w Białymstoku",
        "ROPS Białystok",
        "Białystok",
        "liderzy-kooperacji",
    ),
    (
        "lubelskie",
        "lubelskie",
        "Regionalny Ośrodek Polityki Społecznej w Lublinie",
        "ROPS Lublin",
        "Lublin",
        "liderzy-kooperacji",
    ),
    (
        "mazowieckie",
        "mazowieckie",
        "Mazowieckie Centrum Polityki Społecznej",
        "MCPS Warszawa",
        "Warszawa",
        "liderzy-kooperacji",
    ),
    (
        "kujawsko-pomorskie",
        "kujawsko-pomorskie",
        "Regionalny Ośrodek Polityki Społecznej w Toruniu",
        "ROPS Toruń",
        "Toruń",
        "kooperacja-efektywna-i-skuteczna",
    ),
    (
        "lubuskie",
        "lubuskie",
        "Regionalny Ośrodek Polityki Społecznej w Zielonej Górze",
        "ROPS Zielona Góra",
        "Zielona Góra",
        "kooperacja-efektywna-i-skuteczna",
    ),
    (
        "pomorskie",
        "pomorskie",
        "Regionalny Ośrodek Polityki Społecznej w Gdańsku",
        "ROPS Gdańsk",
        "Gdańsk",
        "kooperacja-efektywna-i-skuteczna",
    ),
    (
        "warminsko-mazurskie",
        "warmińsko-mazurskie",
        "Regionalny Ośrodek Polityki Społecznej w Olsztynie",
        "ROPS Olsztyn",
        "Olsztyn",
        "kooperacja-efektywna-i-skuteczna",
    ),
    (
        "wielkopolskie",
        "wielkopolskie",
        "Regionalny Ośrodek Polityki Społecznej w Poznaniu",
        "ROPS Poznań",
        "Poznań",
        "kooperacja-efektywna-i-skuteczna",
    ),
    (
        "zachodniopomorskie",
        "zachodniopomorskie",
        "Regionalny Ośrodek Polityki Społecznej w Szczecinie",
        "ROPS Szczecin",
        "Szczecin",
        "kooperacja-efektywna-i-skuteczna",
    ),
    (
        "slaskie",
        "śląskie",
        "Regionalny Ośrodek Polityki Społecznej w Katowicach",
        "ROPS Katowice",
        "Katowice",
        "kooperacja-3d",
    ),
    (
        "malopolskie",
        "małopolskie",
        "Regionalny Ośrodek Polityki Społecznej w Krakowie",
        "ROPS Kraków",
        "Kraków",
        "kooperacja-3d",
    ),
    ("lodzkie", "łódzkie", "Regionalne Centrum Polityki Społecznej w Łodzi", "RCPS Łódź", "Łódź", "kooperacja-3d"),
    ("opolskie", "opolskie", "Regionalny Ośrodek Polityki Społecznej w Opolu", "ROPS Opole", "Opole", "kooperacja-3d"),
]


def region_introduction(full_name, voivodeship, project_name, is_lead):
    role = "liderem projektu" if is_lead else "partnerem projektu"
    # Every voivodeship adjective ends in -ie; its locative ends in -im ("w województwie opolskim").
    locative = voivodeship[:-2] + "im"
    return (
        f"<p>{full_name} jest {role} „{project_name}”. Na tej stronie publikuje aktualności, zaproszenia "
        f"na wydarzenia i dokumenty wypracowane w województwie {locative}: wyniki badań fokusowych, "
        "wnioski z konsultacji modelu i materiały szkoleniowe dla Gminno-Powiatowych Zespołów Kooperacji.</p>"
    )

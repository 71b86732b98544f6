"""Document categories and model documents of the demo, with the text of their PDF files.

Each file's "sections" become a short PDF (title page, contents, sections) drawn by demo.pdfs.
"""

import datetime

# slug, Polish name, English name
CATEGORIES = [
    ("model-kooperacji", "Model kooperacji", "Cooperation model"),
    ("raport-z-badan", "Raport z badań", "Research report"),
    ("wnioski-z-konsultacji", "Wnioski z konsultacji", "Consultation conclusions"),
    ("materialy-szkoleniowe", "Materiały szkoleniowe", "Training materials"),
    ("prezentacja", "Prezentacja", "Presentation"),
    ("inne", "Inne", "Other"),
]


def model_sections(municipalities, changes):
    """The chapters every version of a model shares, and what changed in this version."""
    return [
        (
            "Cel modelu",
            [
                f"Model kooperacji opisuje, jak instytucje działające na rzecz rodzin w {municipalities} mogą "
                "wspólnie diagnozować potrzeby mieszkańców, planować pomoc i oceniać jej efekty. Jego adresatami są "
                "ośrodki pomocy społecznej, powiatowe centra pomocy rodzinie, szkoły, policja, sądy, ochrona "
                "zdrowia oraz organizacje pozarządowe.",
                "Model nie tworzy nowych obowiązków ustawowych. Porządkuje współpracę, którą instytucje już "
                "prowadzą, i wskazuje, kto, kiedy i w jaki sposób podejmuje działania na rzecz rodziny.",
            ],
        ),
        (
            "Gminno-Powiatowy Zespół Kooperacji",
            [
                "Zespół (G-PZK) powołuje wójt, burmistrz lub prezydent miasta w porozumieniu "
                "ze starostą. W jego skład wchodzą przedstawiciele instytucji gminnych i powiatowych oraz "
                "organizacji pozarządowych działających na rzecz rodzin.",
                "Zespół spotyka się co najmniej raz w miesiącu według harmonogramu ustalonego na cały rok. "
                "Posiedzenia mogą odbywać się stacjonarnie, zdalnie lub w formie hybrydowej.",
            ],
        ),
        (
            "Koordynator kooperacji",
            [
                "Koordynator zwołuje posiedzenia zespołu, przygotowuje listę spraw, prowadzi dokumentację "
                "i dba o to, by ustalenia zostały wykonane w terminie. Jest też pierwszą osobą do kontaktu dla "
                "instytucji, które chcą zgłosić zespołowi sprawę rodziny.",
            ],
        ),
        (
            "Wspólny plan pomocy",
            [
                "Plan pomocy przygotowuje się razem z rodziną. Zespół korzysta z genogramu, który pokazuje "
                "relacje i zasoby rodziny, a cele planu formułuje zgodnie z zasadą SMART: konkretnie, mierzalnie, "
                "realistycznie, w sposób istotny dla rodziny i z określonym terminem.",
            ],
        ),
        ("Zmiany w tej wersji", changes),
    ]


ENGLISH_SUMMARY = [
    (
        "Purpose of the model",
        [
            "The Cooperation Model describes how the institutions supporting families in rural municipalities "
            "can jointly assess needs, plan support and evaluate its results: social assistance centres, county "
            "family support centres, schools, the police, courts, health care and NGOs.",
        ],
    ),
    (
        "The Municipal and County Cooperation Team",
        [
            "The team (G-PZK) is appointed by the head of the municipality in agreement with the county. It meets "
            "at least once a month on a schedule agreed for the whole year, in person, online or in hybrid form. "
            "A cooperation coordinator convenes the meetings, keeps the records and follows up on decisions.",
        ],
    ),
    (
        "Changes after the consultations",
        [
            "Version 2.0 takes into account more than 150 comments from the consultations held in five "
            "voivodeships in 2019: the team may build on an existing interdisciplinary team, the forms are "
            "shorter, and a model agreement between the municipality and the county has been added.",
        ],
    ),
]

DOCUMENTS = [
    {
        "region": "swietokrzyskie",
        "slug": "model-kooperacji-dla-gmin-wiejskich-wersja-1",
        "title": "Model kooperacji dla gmin wiejskich",
        "category": "model-kooperacji",
        "version_label": "wersja 1.0",
        "version_date": datetime.date(2019, 2, 15),
        "summary": (
            "Pierwsza wersja modelu współpracy pomocy społecznej z innymi instytucjami w gminach wiejskich, "
            "przygotowana na podstawie badań fokusowych i przedstawiona do konsultacji."
        ),
        "files": [
            {
                "filename": "model-kooperacji-gminy-wiejskie-wersja-1.pdf",
                "title": "Model kooperacji dla gmin wiejskich – wersja 1.0",
                "label": "Pełna wersja",
                "sections": model_sections(
                    "gminach wiejskich",
                    [
                        "To pierwsza wersja modelu, przeznaczona do konsultacji. Uwagi można zgłaszać do "
                        "regionalnego ośrodka polityki społecznej w swoim województwie do 31 marca 2019 roku.",
                    ],
                ),
            }
        ],
    },
    {
        "region": "swietokrzyskie",
        "slug": "model-kooperacji-dla-gmin-wiejskich-wersja-2",
        "title": "Model kooperacji dla gmin wiejskich – wersja po konsultacjach",
        "category": "model-kooperacji",
        "version_label": "wersja 2.0 po konsultacjach",
        "version_date": datetime.date(2019, 9, 2),
        "summary": (
            "Model uzupełniony o uwagi zgłoszone w konsultacjach w pięciu województwach. Ta wersja jest "
            "testowana przez gminy wiejskie; dołączamy streszczenie w języku angielskim."
        ),
        "files": [
            {
                "filename": "model-kooperacji-wersja-2.pdf",
                "title": "Model kooperacji dla gmin wiejskich – wersja 2.0",
                "label": "Pełna wersja (dostępny PDF)",
                "accessible": True,
                "sections": model_sections(
                    "gminach wiejskich",
                    [
                        "Uwzględniono ponad 150 uwag z konsultacji: G-PZK może działać w oparciu "
                        "o istniejący zespół interdyscyplinarny, formularze zostały skrócone, a do modelu dodano "
                        "wzór porozumienia między gminą a powiatem.",
                    ],
                ),
            },
            {
                "filename": "cooperation-model-summary-en.pdf",
                "title": "Cooperation model for rural municipalities – summary",
                "label": "Summary in English",
                "language": "en",
                "accessible": True,
                "sections": ENGLISH_SUMMARY,
            },
        ],
    },
    {
        "region": "kujawsko-pomorskie",
        "slug": "model-kooperacji-dla-gmin-miejsko-wiejskich",
        "title": "Model kooperacji dla gmin miejsko-wiejskich",
        "category": "model-kooperacji",
        "version_label": "wersja 3.0 – końcowa",
        "version_date": datetime.date(2022, 2, 28),
        "summary": (
            "Końcowa wersja modelu dla gmin miejsko-wiejskich, uwzględniająca wyniki ewaluacji testowania "
            "przygotowanej przez Uniwersytet Mikołaja Kopernika."
        ),
        "files": [
            {
                "filename": "model-kooperacji-gminy-miejsko-wiejskie-wersja-3.pdf",
                "title": "Model kooperacji dla gmin miejsko-wiejskich – wersja końcowa",
                "label": "Pełna wersja (dostępny PDF)",
                "accessible": True,
                "sections": model_sections(
                    "gminach miejsko-wiejskich",
                    [
                        "Wersja końcowa uwzględnia rekomendacje z ewaluacji: mniej dokumentacji zespołu, jaśniejsze "
                        "zasady wymiany informacji o rodzinie i opis pracy zespołu w formie zdalnej.",
                        "Dołączono przykłady dobrych praktyk z gmin testujących model w sześciu województwach.",
                    ],
                ),
            }
        ],
    },
    {
        "region": "slaskie",
        "slug": "model-kooperacji-dla-gmin-miejskich-wersja-1",
        "title": "Model kooperacji dla gmin miejskich – Kooperacja 3D",
        "category": "model-kooperacji",
        "version_label": "wersja 1.0 do testowania",
        "version_date": datetime.date(2019, 6, 3),
        "summary": (
            "Model współpracy instytucji w gminach miejskich zatwierdzony przez Komitet Sterujący do testowania: "
            "Gminno-Powiatowy Zespół Kooperacji, rola koordynatora, narzędzia pracy z rodziną."
        ),
        "files": [
            {
                "filename": "model-kooperacji-gminy-miejskie-wersja-1.pdf",
                "title": "Model kooperacji dla gmin miejskich – wersja 1.0",
                "label": "Pełna wersja",
                "sections": model_sections(
                    "gminach miejskich",
                    [
                        "Wersja zatwierdzona do testowania. W dużych miastach model dopuszcza powołanie kilku G-PZK, "
                        "każdego dla jednej dzielnicy lub rejonu działania ośrodka pomocy społecznej.",
                    ],
                ),
            }
        ],
    },
    {
        "region": "podlaskie",
        "slug": "raport-z-badan-fokusowych-podlaskie",
        "title": "Raport z badań fokusowych w województwie podlaskim",
        "category": "raport-z-badan",
        "version_label": "",
        "version_date": datetime.date(2019, 1, 30),
        "summary": (
            "Wyniki sześciu wywiadów grupowych z pracownikami socjalnymi, pedagogami, policjantami "
            "i przedstawicielami organizacji pozarządowych o współpracy instytucji w gminach wiejskich."
        ),
        "files": [
            {
                "filename": "raport-badania-fokusowe-podlaskie.pdf",
                "title": "Raport z badań fokusowych – województwo podlaskie",
                "label": "Raport",
                "sections": [
                    (
                        "Metoda badania",
                        [
                            "Przeprowadzono sześć wywiadów grupowych z udziałem od sześciu do dziesięciu osób. "
                            "Uczestników dobrano tak, by w każdej grupie byli przedstawiciele co najmniej czterech "
                            "różnych instytucji.",
                        ],
                    ),
                    (
                        "Najważniejsze wyniki",
                        [
                            "Współpraca instytucji w gminach wiejskich opiera się na osobistych znajomościach. "
                            "Działa sprawnie, dopóki nie zmienią się ludzie; brakuje stałych procedur i miejsca "
                            "wspólnego planowania pomocy.",
                            "Instytucje współpracują najczęściej dopiero w sytuacji kryzysu. Uczestnicy wskazywali "
                            "potrzebę wcześniejszego, profilaktycznego kontaktu.",
                        ],
                    ),
                    (
                        "Rekomendacje",
                        [
                            "Powołanie G-PZK ze stałym harmonogramem posiedzeń, wyznaczenie "
                            "koordynatora oraz opracowanie gminnego katalogu usług i osób do kontaktu.",
                        ],
                    ),
                ],
            }
        ],
    },
    {
        "region": "kujawsko-pomorskie",
        "slug": "diagnoza-wspolpracy-instytucji-raport",
        "title": "Diagnoza współpracy instytucji w gminach miejsko-wiejskich",
        "category": "raport-z-badan",
        "organisation": "Uniwersytet Mikołaja Kopernika w Toruniu dla Regionalnego Ośrodka Polityki Społecznej w Toruniu",
        "version_label": "raport końcowy",
        "version_date": datetime.date(2019, 1, 14),
        "summary": (
            "Raport z ankiety w ośrodkach pomocy społecznej sześciu województw, przygotowany przez zespół "
            "badawczy Uniwersytetu Mikołaja Kopernika."
        ),
        "files": [
            {
                "filename": "diagnoza-wspolpracy-raport.pdf",
                "title": "Diagnoza współpracy instytucji – raport",
                "label": "Raport",
                "accessible": True,
                "sections": [
                    (
                        "Zakres badania",
                        [
                            "Ankietę wypełniły ośrodki pomocy społecznej z gmin miejsko-wiejskich sześciu "
                            "województw. Pytano o instytucje, z którymi ośrodki współpracują, częstotliwość "
                            "i formy współpracy oraz o bariery.",
                        ],
                    ),
                    (
                        "Wyniki",
                        [
                            "Najlepiej oceniana jest współpraca ze szkołami i policją, najsłabiej – z ochroną "
                            "zdrowia i sądami. Informacje wymienia się głównie pisemnie.",
                            "Wiele instytucji nie wie, jakie usługi oferują pozostałe; ośrodki wskazywały potrzebę "
                            "wspólnego katalogu usług.",
                        ],
                    ),
                    (
                        "Wnioski dla modelu",
                        [
                            "Model powinien przewidywać regularne spotkania instytucji, koordynatora współpracy "
                            "oraz proste zasady wymiany informacji o rodzinie.",
                        ],
                    ),
                ],
            }
        ],
    },
    {
        "region": "lubelskie",
        "slug": "wnioski-z-konsultacji-modelu-lubelskie",
        "title": "Wnioski z konsultacji modelu w województwie lubelskim",
        "category": "wnioski-z-konsultacji",
        "version_label": "",
        "version_date": datetime.date(2019, 4, 30),
        "summary": (
            "Zestawienie uwag zgłoszonych do pierwszej wersji modelu dla gmin wiejskich podczas konsultacji "
            "w Lublinie, z odpowiedziami zespołu projektu."
        ),
        "files": [
            {
                "filename": "wnioski-z-konsultacji-lubelskie.pdf",
                "title": "Wnioski z konsultacji modelu – województwo lubelskie",
                "label": "Wnioski z konsultacji",
                "sections": [
                    (
                        "Przebieg konsultacji",
                        [
                            "W spotkaniu konsultacyjnym wzięli udział pracownicy socjalni, pedagodzy, policjanci "
                            "i przedstawiciele organizacji pozarządowych. Zgłoszono ponad czterdzieści uwag.",
                        ],
                    ),
                    (
                        "Najważniejsze uwagi",
                        [
                            "G-PZK powinien móc działać w oparciu o istniejący zespół "
                            "interdyscyplinarny. Potrzebny jest wzór porozumienia między gminą a powiatem. "
                            "Posiedzenia powinny móc odbywać się zdalnie.",
                        ],
                    ),
                    (
                        "Odpowiedź zespołu projektu",
                        [
                            "Wszystkie trzy uwagi zostały uwzględnione w wersji 2.0 modelu. Uwagi dotyczące "
                            "finansowania pracy koordynatora przekazano Komitetowi Sterującemu.",
                        ],
                    ),
                ],
            }
        ],
    },
    {
        "region": "podkarpackie",
        "slug": "genogram-w-pracy-z-rodzina-materialy-szkoleniowe",
        "title": "Genogram w pracy z rodziną – materiały Szkoły Kooperacji",
        "category": "materialy-szkoleniowe",
        "version_label": "wersja 1.1",
        "version_date": datetime.date(2019, 10, 15),
        "summary": (
            "Materiały ze szkolenia Szkoły Kooperacji: jak rysować genogram i jak korzystać z niego podczas "
            "posiedzeń G-PZK. Dostępne także w wersji spełniającej wymagania dostępności."
        ),
        "files": [
            {
                "filename": "genogram-materialy-szkoleniowe.pdf",
                "title": "Genogram w pracy z rodziną – materiały szkoleniowe",
                "label": "Materiały szkoleniowe",
                "sections": [
                    (
                        "Czym jest genogram",
                        [
                            "Genogram to rysunek przedstawiający co najmniej trzy pokolenia rodziny, relacje między "
                            "jej członkami i ważne wydarzenia: narodziny, śluby, rozstania, choroby, przeprowadzki.",
                        ],
                    ),
                    (
                        "Jak rysować genogram",
                        [
                            "Mężczyzn oznacza się kwadratem, kobiety kołem. Linie poziome łączą partnerów, pionowe "
                            "prowadzą do dzieci. Rodzaj linii pokazuje jakość relacji: bliską, konfliktową lub "
                            "zerwaną.",
                        ],
                    ),
                    (
                        "Genogram na posiedzeniu zespołu",
                        [
                            "Genogram przygotowany razem z rodziną pozwala członkom zespołu szybko zrozumieć jej "
                            "sytuację i wskazać osoby, które mogą ją wspierać.",
                        ],
                    ),
                ],
            },
            {
                "filename": "genogram-materialy-szkoleniowe-wersja-dostepna.pdf",
                "title": "Genogram w pracy z rodziną – wersja dostępna",
                "label": "Wersja dostępna",
                "accessible": True,
                "sections": [
                    (
                        "Czym jest genogram",
                        [
                            "Genogram to rysunek przedstawiający co najmniej trzy pokolenia rodziny, relacje między "
                            "jej członkami i ważne wydarzenia.",
                        ],
                    ),
                    (
                        "Opis symboli",
                        [
                            "W tej wersji każdy symbol genogramu opisano słowami: kwadrat oznacza mężczyznę, koło "
                            "kobietę, linia pozioma związek partnerów, linia pionowa pochodzenie dzieci.",
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "region": "malopolskie",
        "slug": "model-kooperacji-w-gminie-miejskiej-krok-po-kroku",
        "title": "Model kooperacji w gminie miejskiej krok po kroku",
        "category": "prezentacja",
        "version_label": "",
        "version_date": datetime.date(2020, 2, 18),
        "summary": (
            "Prezentacja ze szkolenia w ROPS w Krakowie: kolejne kroki wdrażania modelu w mieście, od porozumienia "
            "instytucji do pierwszego wspólnego planu pomocy."
        ),
        "files": [
            {
                "filename": "prezentacja-model-krok-po-kroku.pdf",
                "title": "Model kooperacji w gminie miejskiej krok po kroku – prezentacja",
                "label": "Prezentacja",
                "sections": [
                    (
                        "Krok 1: porozumienie",
                        ["Gmina i powiat zawierają porozumienie o współpracy i wskazują skład G-PZK."],
                    ),
                    (
                        "Krok 2: diagnoza",
                        ["Zespół zestawia dane instytucji i opisuje najważniejsze potrzeby mieszkańców."],
                    ),
                    (
                        "Krok 3: plan pomocy",
                        ["Dla wybranych rodzin zespół przygotowuje wspólne plany pomocy z celami SMART."],
                    ),
                    ("Krok 4: ocena", ["Po pół roku zespół sprawdza, które cele udało się osiągnąć, i koryguje plan."]),
                ],
            }
        ],
    },
    {
        "region": "lubuskie",
        "slug": "regulamin-pracy-g-pzk-wzor",
        "title": "Regulamin pracy Gminno-Powiatowego Zespołu Kooperacji – wzór",
        "category": "inne",
        "version_label": "wersja 1.0",
        "version_date": datetime.date(2020, 3, 9),
        "summary": (
            "Wzór regulaminu, który gmina testująca model może wykorzystać i dostosować: skład zespołu, zasady "
            "zwoływania posiedzeń, dokumentacja i ochrona danych."
        ),
        "files": [
            {
                "filename": "regulamin-g-pzk-wzor.pdf",
                "title": "Regulamin pracy G-PZK – wzór",
                "label": "Wzór regulaminu",
                "sections": [
                    (
                        "§ 1. Skład zespołu",
                        [
                            "W skład zespołu wchodzą przedstawiciele instytucji wskazanych w porozumieniu gminy "
                            "i powiatu. Każda instytucja wyznacza przedstawiciela i jego zastępcę.",
                        ],
                    ),
                    (
                        "§ 2. Posiedzenia",
                        [
                            "Posiedzenia zwołuje koordynator kooperacji co najmniej raz w miesiącu, według "
                            "harmonogramu przyjętego na początku roku.",
                        ],
                    ),
                    (
                        "§ 3. Dokumentacja i ochrona danych",
                        [
                            "Z posiedzenia sporządza się notatkę zawierającą ustalenia i terminy. Informacje "
                            "o rodzinach przetwarza się wyłącznie w zakresie niezbędnym do udzielenia pomocy.",
                        ],
                    ),
                ],
            }
        ],
    },
]

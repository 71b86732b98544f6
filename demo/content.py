"""Texts of the demo pages, written for this portal, and their English translations."""

import datetime

HOME = {
    "title": "Portal Kooperacji",
    "hero_heading": "Kooperacja – razem skuteczniej pomagamy rodzinom",
    "hero_text": (
        "Wspólny serwis projektów, w których regionalne ośrodki polityki społecznej wypracowują model "
        "współpracy pomocy społecznej ze szkołami, policją, sądami, służbą zdrowia i organizacjami pozarządowymi."
    ),
    "introduction": (
        "<h2>Po co nam kooperacja?</h2>"
        "<p>Rodzina w kryzysie spotyka zwykle kilka instytucji naraz: ośrodek pomocy społecznej, szkołę, "
        "kuratora, poradnię. Każda z nich działa zgodnie ze swoimi przepisami, ale rzadko wiedzą, co robią "
        "pozostałe. Model Kooperacji pokazuje, jak gmina i powiat mogą uzgodnić wspólne cele, wymieniać "
        "informacje i planować pomoc razem z rodziną, a nie obok niej.</p>"
        "<p>Na portalu znajdziesz aktualności z piętnastu województw, zaproszenia na spotkania "
        "makroregionalne, dokumenty modelu oraz Szkołę Kooperacji – szkolenia dla członków "
        "Gminno-Powiatowych Zespołów Kooperacji.</p>"
    ),
    "search_description": (
        "Portal projektów Model Kooperacji: aktualności, wydarzenia, dokumenty i Szkoła Kooperacji."
    ),
}

HOME_EN = {
    "Portal Kooperacji": "Cooperation Portal",
    "Kooperacja – razem skuteczniej pomagamy rodzinom": "Cooperation – helping families better, together",
    HOME["hero_text"]: (
        "The shared website of the projects in which regional social policy centres develop a model of "
        "cooperation between social assistance and schools, the police, courts, health care and NGOs."
    ),
    "Po co nam kooperacja?": "Why cooperation?",
    (
        "Rodzina w kryzysie spotyka zwykle kilka instytucji naraz: ośrodek pomocy społecznej, szkołę, "
        "kuratora, poradnię. Każda z nich działa zgodnie ze swoimi przepisami, ale rzadko wiedzą, co robią "
        "pozostałe. Model Kooperacji pokazuje, jak gmina i powiat mogą uzgodnić wspólne cele, wymieniać "
        "informacje i planować pomoc razem z rodziną, a nie obok niej."
    ): (
        "A family in crisis usually deals with several institutions at once: the social assistance centre, "
        "the school, the probation officer, a counselling service. Each follows its own rules, yet they "
        "rarely know what the others are doing. The Cooperation Model shows how a municipality and a county "
        "can agree on shared goals, exchange information and plan support together with the family rather "
        "than around it."
    ),
    (
        "Na portalu znajdziesz aktualności z piętnastu województw, zaproszenia na spotkania "
        "makroregionalne, dokumenty modelu oraz Szkołę Kooperacji – szkolenia dla członków "
        "Gminno-Powiatowych Zespołów Kooperacji."
    ): (
        "On the portal you will find news from fifteen voivodeships, invitations to macro-regional "
        "meetings, the model documents and the Cooperation School – training for members of the "
        "Municipal and County Cooperation Teams."
    ),
    "Poznaj projekty": "Get to know the projects",
    "Trzy projekty, piętnaście województw, jeden cel: skuteczna pomoc rodzinie.": (
        "Three projects, fifteen voivodeships, one goal: effective support for families."
    ),
    "Napisz do nas": "Write to us",
    "Masz pytanie o model lub chcesz dołączyć do konsultacji? Skontaktuj się z zespołem portalu.": (
        "Have a question about the model or want to join the consultations? Contact the portal team."
    ),
    HOME["search_description"]: (
        "The portal of the Cooperation Model projects: news, events, documents and the Cooperation School."
    ),
    "slug:strona-glowna": "home",
}

ABOUT = {
    "slug": "o-projekcie",
    "title": "O projekcie",
    "listing_summary": "Trzy projekty, piętnaście województw, jeden cel: skuteczna pomoc rodzinie.",
    "introduction": (
        "Model Kooperacji to sposób organizowania współpracy instytucji, które pomagają tej samej rodzinie. "
        "Wypracowują go trzy siostrzane projekty, każdy dla innego typu gminy."
    ),
    "body": [
        ("heading", {"text": "Trzy projekty, jeden model", "level": "h2"}),
        (
            "paragraph",
            "<p>Projekty „Liderzy kooperacji”, „Kooperacja – efektywna i skuteczna” oraz „Kooperacja 3D” "
            "prowadzą regionalne ośrodki polityki społecznej z piętnastu województw. Pierwszy tworzy model dla "
            "gmin wiejskich, drugi dla gmin miejsko-wiejskich, trzeci dla gmin miejskich. Każdy model jest "
            "testowany w wybranych gminach, a wnioski z testowania trafiają do jego kolejnych wersji.</p>",
        ),
        ("heading", {"text": "Jak działa Gminno-Powiatowy Zespół Kooperacji", "level": "h2"}),
        (
            "paragraph",
            "<p>W gminie testującej model powstaje Gminno-Powiatowy Zespół Kooperacji (G-PZK). Zasiadają w nim "
            "przedstawiciele ośrodka pomocy społecznej, powiatowego centrum pomocy rodzinie, szkół, policji, "
            "sądu rejonowego, ochrony zdrowia i organizacji pozarządowych. Zespół spotyka się regularnie, "
            "diagnozuje potrzeby mieszkańców i uzgadnia, kto i w jakim terminie podejmuje działania.</p>",
        ),
        (
            "image",
            {
                "image": "about-illustration",
                "caption": "Model Kooperacji łączy pomoc społeczną, szkoły, policję, sądy i organizacje pozarządowe.",
                "credit": "Ilustracja: Portal Kooperacji",
            },
        ),
        (
            "quote",
            {
                "quote": "Dopiero przy wspólnym stole zobaczyliśmy, że trzy instytucje pracowały z tą samą rodziną, "
                "nie wiedząc o sobie nawzajem.",
                "attribution": "Koordynatorka G-PZK z gminy testującej model",
            },
        ),
        (
            "table",
            {
                "table_caption": "Projekty Modelu Kooperacji",
                "first_row_is_table_header": True,
                "first_col_is_header": True,
                "data": [
                    ["Projekt", "Typ gmin", "Lider"],
                    ["Liderzy kooperacji", "wiejskie", "ROPS Kielce"],
                    ["Kooperacja – efektywna i skuteczna", "miejsko-wiejskie", "ROPS Toruń"],
                    ["Kooperacja 3D", "miejskie", "ROPS Katowice"],
                ],
            },
        ),
        (
            "accordion",
            {
                "heading": "Najczęstsze pytania",
                "items": [
                    {
                        "title": "Czy gmina musi powołać nowy zespół?",
                        "content": "<p>Nie zawsze. Model można oprzeć na istniejącym zespole interdyscyplinarnym, "
                        "jeśli jego skład i zadania zostaną poszerzone o kooperację.</p>",
                    },
                    {
                        "title": "Kto finansuje projekty?",
                        "content": "<p>Projekty są współfinansowane ze środków Unii Europejskiej w ramach "
                        "Europejskiego Funduszu Społecznego.</p>",
                    },
                ],
            },
        ),
    ],
}

ABOUT_EN = {
    "O projekcie": "About the project",
    "slug:o-projekcie": "about",
    ABOUT["listing_summary"]: "Three projects, fifteen voivodeships, one goal: effective support for families.",
    ABOUT["introduction"]: (
        "The Cooperation Model is a way of organising cooperation between the institutions that support the "
        "same family. Three sister projects develop it, each for a different type of municipality."
    ),
    "Trzy projekty, jeden model": "Three projects, one model",
    (
        "Projekty „Liderzy kooperacji”, „Kooperacja – efektywna i skuteczna” oraz „Kooperacja 3D” "
        "prowadzą regionalne ośrodki polityki społecznej z piętnastu województw. Pierwszy tworzy model dla "
        "gmin wiejskich, drugi dla gmin miejsko-wiejskich, trzeci dla gmin miejskich. Każdy model jest "
        "testowany w wybranych gminach, a wnioski z testowania trafiają do jego kolejnych wersji."
    ): (
        "The projects “Liderzy kooperacji”, “Kooperacja – efektywna i skuteczna” and “Kooperacja 3D” are run "
        "by the regional social policy centres of fifteen voivodeships. The first builds the model for rural "
        "municipalities, the second for urban-rural ones and the third for urban ones. Each model is tested "
        "in selected municipalities, and what is learnt goes into its next version."
    ),
    "Jak działa Gminno-Powiatowy Zespół Kooperacji": "How a Municipal and County Cooperation Team works",
    (
        "W gminie testującej model powstaje Gminno-Powiatowy Zespół Kooperacji (G-PZK). Zasiadają w nim "
        "przedstawiciele ośrodka pomocy społecznej, powiatowego centrum pomocy rodzinie, szkół, policji, "
        "sądu rejonowego, ochrony zdrowia i organizacji pozarządowych. Zespół spotyka się regularnie, "
        "diagnozuje potrzeby mieszkańców i uzgadnia, kto i w jakim terminie podejmuje działania."
    ): (
        "A municipality testing the model sets up a Municipal and County Cooperation Team (G-PZK). It brings "
        "together the social assistance centre, the county family support centre, schools, the police, the "
        "district court, health care and NGOs. The team meets regularly, diagnoses residents' needs and agrees "
        "who acts, and by when."
    ),
    (
        "Dopiero przy wspólnym stole zobaczyliśmy, że trzy instytucje pracowały z tą samą rodziną, "
        "nie wiedząc o sobie nawzajem."
    ): "Only at a shared table did we see that three institutions had been working with the same family "
    "without knowing about each other.",
    "Koordynatorka G-PZK z gminy testującej model": "G-PZK coordinator from a municipality testing the model",
    "Model Kooperacji łączy pomoc społeczną, szkoły, policję, sądy i organizacje pozarządowe.": (
        "The Cooperation Model brings together social assistance, schools, the police, courts and NGOs."
    ),
    "Ilustracja: Portal Kooperacji": "Illustration: Cooperation Portal",
    "Najczęstsze pytania": "Frequently asked questions",
    "Czy gmina musi powołać nowy zespół?": "Does the municipality have to set up a new team?",
    (
        "Nie zawsze. Model można oprzeć na istniejącym zespole interdyscyplinarnym, "
        "jeśli jego skład i zadania zostaną poszerzone o kooperację."
    ): (
        "Not always. The model can build on an existing interdisciplinary team if its membership and tasks "
        "are extended to cover cooperation."
    ),
    "Kto finansuje projekty?": "Who funds the projects?",
    (
        "Projekty są współfinansowane ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego."
    ): "The projects are co-financed by the European Union under the European Social Fund.",
    # The table is translated as one JSON value by wagtail-localize; its cells come here one by one.
    "Projekty Modelu Kooperacji": "Projects of the Cooperation Model",
    "Projekt": "Project",
    "Typ gmin": "Type of municipality",
    "Lider": "Lead",
    "wiejskie": "rural",
    "miejsko-wiejskie": "urban-rural",
    "miejskie": "urban",
    # Proper names stay as they are.
    **{name: name for name in ["Liderzy kooperacji", "Kooperacja – efektywna i skuteczna", "Kooperacja 3D"]},
    **{name: name for name in ["ROPS Kielce", "ROPS Toruń", "ROPS Katowice"]},
}

CONTACT = {
    "slug": "kontakt",
    "title": "Kontakt",
    "listing_summary": "Jak się z nami skontaktować i jak do nas dojechać.",
    "introduction": "Zespół portalu odpowiada na pytania o Model Kooperacji, szkolenia i publikacje w dni robocze.",
    "body": [
        ("heading", {"text": "Zespół portalu", "level": "h2"}),
        (
            "paragraph",
            "<p>Regionalny Ośrodek Polityki Społecznej w Kielcach<br>e-mail: kooperacja@example.org</p>"
            "<p>Sprawy dotyczące konkretnego województwa najszybciej załatwisz w regionalnym ośrodku – jego dane "
            "kontaktowe znajdziesz na stronie regionu.</p>",
        ),
        ("heading", {"text": "Jak do nas dojechać", "level": "h2"}),
        (
            "paragraph",
            "<p>Z dworca PKP i PKS Kielce dojedziesz autobusami linii miejskiej w kierunku osiedla Świętokrzyskie; "
            "podróż trwa około 15 minut. Dla osób przyjeżdżających samochodem przygotowaliśmy miejsca "
            "parkingowe przed budynkiem, w tym dwa miejsca dla osób z niepełnosprawnościami.</p>"
            "<p>Budynek ma podjazd dla wózków i windę. Tłumacza polskiego języka migowego zapewnimy bezpłatnie: "
            "zgłoś taką potrzebę co najmniej trzy dni robocze przed wizytą (w sytuacjach nagłych ten termin "
            "nie obowiązuje).</p>",
        ),
    ],
}

STATEMENT = {
    "slug": "deklaracja-dostepnosci",
    "title": "Deklaracja dostępności",
    "entity_name": "Regionalny Ośrodek Polityki Społecznej w Kielcach",
    "entity_address": "ul. Witosa 86, 25-561 Kielce",
    "site_name": "Portal Kooperacji",
    "site_url": "http://127.0.0.1:8000/",
    "publication_date": datetime.date(2026, 11, 2),
    "last_update_date": datetime.date(2026, 11, 23),
    "status": "partial",
    # Recordings published before 23 September 2020 are exempt (the Białystok and Kraków meetings of
    # 2019–2020); the later online consultation of 24 November 2020 is not, so it is inaccessible content.
    "non_compliance": (
        "<ul><li>Część dokumentów PDF opublikowanych od 23 września 2018 r. do końca 2020 r. na dawnych stronach "
        "projektów i przeniesionych do portalu nie ma struktury nagłówków; na żądanie udostępnimy je w wersji "
        "dostępnej.</li>"
        "<li>Nagranie konsultacji online z 24 listopada 2020 r. nie ma napisów ani transkrypcji; transkrypcję "
        "prześlemy na żądanie.</li></ul>"
    ),
    "exemptions": (
        "<ul><li>Nagrania ze spotkań makroregionalnych i szkoleń opublikowane przed 23 września 2020 r. na dawnych "
        "stronach projektów "
        "(multimedia opublikowane przed tym dniem są wyłączone z obowiązku zapewnienia dostępności na "
        "podstawie art. 3 ust. 2 ustawy o dostępności cyfrowej).</li>"
        "<li>Pliki biurowe opublikowane przed 23 września 2018 r., których treść nie jest niezbędna do "
        "realizacji bieżących zadań ośrodka.</li></ul>"
    ),
    "preparation_date": datetime.date(2026, 11, 23),
    "review_date": datetime.date(2026, 11, 23),
    "assessment": "self",
    "keyboard_shortcuts": (
        "<p>Na każdej stronie pierwsze naciśnięcie klawisza Tab pokazuje link „Przejdź do treści”. "
        "Wszystkie funkcje portalu działają z klawiatury i bez JavaScriptu.</p>"
    ),
    "contact_person": "Anna Nowak",
    "contact_email": "dostepnosc@example.org",
    "contact_phone": "+48 41 000 00 00",
    "procedure": (
        "<p>Żądanie, wniosek lub skargę można też złożyć osobiście w sekretariacie ośrodka w dni robocze. "
        "Osobom, które potrzebują pomocy w ich napisaniu, pomożemy – wystarczy zadzwonić.</p>"
    ),
    "architecture": (
        "<p>Do budynku prowadzi wejście z podjazdem dla wózków. Przed budynkiem są dwa miejsca parkingowe dla "
        "osób z niepełnosprawnościami. Na każde piętro można wjechać windą. Do budynku można wejść z psem "
        "asystującym. W sekretariacie działa pętla indukcyjna. Tłumacza polskiego języka migowego zapewniamy "
        "po zgłoszeniu tej potrzeby co najmniej trzy dni robocze przed wizytą.</p>"
    ),
    "mobile_apps": "",
}

STATEMENT_EN = {
    "title": "Accessibility statement",
    "slug": "accessibility-statement",
    "site_url": "http://127.0.0.1:8000/en/",
    "non_compliance": (
        "<ul><li>Some PDF documents published between 23 September 2018 and the end of 2020 on the former project "
        "sites and moved to the portal have no heading structure; we will provide an accessible version on request.</li>"
        "<li>The recording of the online consultation of 24 November 2020 has no captions or transcript; we "
        "will send the transcript on request.</li></ul>"
    ),
    "exemptions": (
        "<ul><li>Recordings of the macro-regional meetings and training sessions published before "
        "23 September 2020 (multimedia published before that day are exempt from the accessibility "
        "requirement under Article 3(2) of the Act on digital accessibility).</li>"
        "<li>Office files published before 23 September 2018 whose content is not needed for the centre's "
        "current tasks.</li></ul>"
    ),
    "keyboard_shortcuts": (
        "<p>On every page the first press of the Tab key shows the “Skip to content” link. Every function of "
        "the portal works by keyboard and without JavaScript.</p>"
    ),
    "procedure": (
        "<p>Requests and complaints may also be handed in at the centre's reception on working days. If you "
        "need help writing one, call us and we will help.</p>"
    ),
    "architecture": (
        "<p>The building has a ramped entrance for wheelchairs and two parking spaces for people with "
        "disabilities in front of it. A lift serves every floor. Assistance dogs are welcome. The reception "
        "has an induction loop. A Polish Sign Language interpreter is available if you ask at least three "
        "working days before your visit.</p>"
    ),
}

SITE_SETTINGS = {
    "organisation_name": "Regionalny Ośrodek Polityki Społecznej w Kielcach",
    "contact_address": "Kielce, województwo świętokrzyskie",
    "contact_email": "kooperacja@example.org",
    "funding_image_alt": "Znaki: Fundusze Europejskie, Rzeczpospolita Polska, Unia Europejska",
    "funding_sentence": (
        "Projekty „Liderzy kooperacji”, „Kooperacja – efektywna i skuteczna” i „Kooperacja 3D” są "
        "współfinansowane ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego "
        "(Program Operacyjny Wiedza Edukacja Rozwój 2014–2020)."
    ),
    "funding_sentence_en": (
        "The projects “Liderzy kooperacji”, “Kooperacja – efektywna i skuteczna” and “Kooperacja 3D” are "
        "co-financed by the European Union under the European Social Fund (Operational Programme Knowledge "
        "Education Development 2014–2020)."
    ),
    "funding_sentence_uk": (
        "Проєкти «Liderzy kooperacji», «Kooperacja – efektywna i skuteczna» та «Kooperacja 3D» "
        "співфінансуються Європейським Союзом у межах Європейського соціального фонду "
        "(Операційна програма «Знання, освіта, розвиток» 2014–2020)."
    ),
}

# Site-wide index pages under the home page, in menu order (between "O projekcie" and "Kontakt").
INDEXES = [
    {
        "model": "news.NewsIndexPage",
        "slug": "aktualnosci",
        "title": "Aktualności",
        "introduction": (
            "Co słychać w piętnastu regionalnych ośrodkach polityki społecznej: spotkania, konsultacje modelu, "
            "szkolenia i wyniki badań."
        ),
        "en": {"title": "News", "slug": "news"},
        "introduction_en": (
            "News from the fifteen regional social policy centres: meetings, consultations of the model, "
            "training and research results."
        ),
    },
    {
        "model": "news.EventIndexPage",
        "slug": "wydarzenia",
        "title": "Wydarzenia",
        "introduction": (
            "Spotkania makroregionalne, szkolenia Szkoły Kooperacji i konferencje – sprawdź termin, zapisz się "
            "i dodaj wydarzenie do kalendarza."
        ),
        "en": {"title": "Events", "slug": "events"},
        "introduction_en": (
            "Macro-regional meetings, Cooperation School training and conferences: check the date, sign up and "
            "add the event to your calendar."
        ),
    },
    {
        "model": "portal.DocumentLibraryPage",
        "slug": "dokumenty",
        "title": "Dokumenty",
        "introduction": (
            "Kolejne wersje Modelu Kooperacji, raporty z badań, wnioski z konsultacji i materiały szkoleniowe "
            "do pobrania."
        ),
        "en": {"title": "Documents", "slug": "documents"},
        "introduction_en": (
            "Successive versions of the Cooperation Model, research reports, consultation conclusions and "
            "training materials to download."
        ),
    },
    {
        "model": "courses.CourseIndexPage",
        "slug": "szkola-kooperacji",
        "title": "Szkoła Kooperacji",
        "introduction": (
            "Szkolenia online dla pracowników socjalnych i członków G-PZK: kooperacja w praktyce, genogram, "
            "empowerment i cele SMART – z testami i zaświadczeniem ukończenia."
        ),
        "en": {"title": "Cooperation School", "slug": "cooperation-school"},
        "introduction_en": (
            "Online courses for social workers and members of the G-PZK teams: cooperation in practice, the "
            "genogram, empowerment and SMART goals, with quizzes and a certificate of completion."
        ),
    },
]


def index_translation(data):
    """The strings translate_page needs for the English version of an index page."""
    return {
        data["title"]: data["en"]["title"],
        f"slug:{data['slug']}": data["en"]["slug"],
        data["introduction"]: data["introduction_en"],
    }

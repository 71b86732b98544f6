"""Events (wydarzenia) of the demo portal.

Dates given as a number of days are relative to the day the demo is loaded, so upcoming events stay
upcoming; dates given as datetime.date are the project's history. A registration deadline always falls
before the start. related_documents names model documents by slug (documents_content.DOCUMENTS).
"""

import datetime

from demo.news_content import h, p, table, ul

ROPS_ROOM = "Sala konferencyjna ROPS"

EVENTS = [
    # Upcoming ------------------------------------------------------------------------------------
    {
        "region": "swietokrzyskie",
        "slug": "spotkanie-makroregionalne-gmin-stosujacych-model",
        "title": "Spotkanie makroregionalne gmin stosujących Model Kooperacji",
        "summary": (
            "Koordynatorzy kooperacji i członkowie zespołów z gmin wiejskich pięciu województw wymienią się "
            "doświadczeniami z pracy według modelu po zakończeniu projektu."
        ),
        "start_date": 12,
        "start_time": datetime.time(10, 0),
        "end_time": datetime.time(14, 30),
        "place_name": ROPS_ROOM,
        "address": "Kielce, województwo świętokrzyskie",
        "organiser": "Regionalny Ośrodek Polityki Społecznej w Kielcach",
        "audience": "koordynatorzy kooperacji, członkowie G-PZK, kierownicy ośrodków pomocy społecznej",
        "registration_info": (
            '<p>Zapisy prowadzimy mailowo pod adresem <a href="mailto:kooperacja.swietokrzyskie@example.org">'
            "kooperacja.swietokrzyskie@example.org</a>. Zapisując się, podaj imię i nazwisko, instytucję "
            "oraz swoje potrzeby związane z dostępnością.</p>"
            "<ul><li>Udział jest bezpłatny.</li><li>Liczba miejsc: 60.</li></ul>"
        ),
        "registration_deadline": 5,
        "contact_name": "Katarzyna Zielińska, koordynatorka projektu",
        "contact_email": "kooperacja.swietokrzyskie@example.org",
        "contact_phone": "41 342 15 00",
        "body": [
            p(
                "Projekt się zakończył, ale Gminno-Powiatowe Zespoły Kooperacji w wielu gminach pracują dalej. Spotkanie ma "
                "pokazać, co pomaga im utrzymać współpracę instytucji bez wsparcia projektu, i zebrać "
                "propozycje zmian w modelu dla gmin wiejskich."
            ),
            p(
                "Sala jest dostępna dla osób poruszających się na wózku; na miejscu będzie pętla indukcyjna. "
                "Tłumacza polskiego języka migowego zapewnimy bezpłatnie: zgłoś taką potrzebę co najmniej "
                "trzy dni robocze przed spotkaniem."
            ),
        ],
        "agenda": [
            h("Program"),
            ul(
                "10:00 – powitanie i cele spotkania,",
                "10:15 – G-PZK po zakończeniu projektu: wyniki ankiety wśród gmin,",
                "11:15 – przerwa kawowa,",
                "11:30 – praca w grupach: finansowanie koordynatora, udział ochrony zdrowia, praca zdalna,",
                "13:30 – wnioski z dyskusji i zakończenie.",
            ),
            p("Materiałem wyjściowym do dyskusji jest model dla gmin wiejskich w wersji 2.0."),
        ],
        "related_documents": ["model-kooperacji-dla-gmin-wiejskich-wersja-2"],
    },
    {
        "region": "kujawsko-pomorskie",
        "slug": "szkola-kooperacji-szkolenie-dla-koordynatorow",
        "title": "Szkoła Kooperacji: dwudniowe szkolenie dla nowych koordynatorów kooperacji",
        "summary": (
            "Dwa dni warsztatów dla osób, które zaczynają pracę jako koordynatorzy kooperacji w gminach "
            "miejsko-wiejskich: prowadzenie posiedzeń, dokumentacja, wymiana informacji."
        ),
        "start_date": 20,
        "end_date": 21,
        "start_time": datetime.time(9, 0),
        "end_time": datetime.time(15, 0),
        "place_name": "Centrum szkoleniowe ROPS",
        "address": "Toruń, województwo kujawsko-pomorskie",
        "organiser": "Regionalny Ośrodek Polityki Społecznej w Toruniu",
        "audience": "nowi koordynatorzy kooperacji, pracownicy socjalni",
        "registration_info": (
            '<p>Zapisy przez formularz w <a href="https://example.org/zapisy">systemie zapisów</a>. '
            "Zapewniamy nocleg osobom spoza Torunia.</p>"
        ),
        "registration_deadline": 10,
        "agenda": [
            table(
                "Program szkolenia",
                [
                    ["Dzień", "Godziny", "Temat"],
                    ["Dzień 1", "9:00–12:00", "Rola koordynatora w modelu kooperacji"],
                    ["Dzień 1", "12:30–15:00", "Jak prowadzić posiedzenie zespołu"],
                    ["Dzień 2", "9:00–12:00", "Dokumentacja i ochrona danych"],
                    ["Dzień 2", "12:30–15:00", "Plan pomocy z celami SMART – ćwiczenia"],
                ],
            ),
        ],
    },
    {
        "region": "slaskie",
        "slug": "webinarium-cele-smart-w-planie-pomocy",
        "title": "Webinarium: cele SMART w planie pomocy rodzinie",
        "summary": (
            "Półtoragodzinne spotkanie online o tym, jak razem z rodziną formułować cele planu pomocy, "
            "które da się sprawdzić."
        ),
        "start_date": 33,
        "start_time": datetime.time(11, 0),
        "end_time": datetime.time(12, 30),
        "is_online": True,
        "organiser": "Regionalny Ośrodek Polityki Społecznej w Katowicach",
        "audience": "członkowie G-PZK, asystenci rodziny, pracownicy socjalni",
        "registration_info": (
            "<p>Link do spotkania wyślemy osobom zapisanym dzień przed webinarium. Zapisz się przez "
            '<a href="https://example.org/webinarium">formularz</a>.</p>'
            "<p>Webinarium będzie tłumaczone na polski język migowy i opatrzone napisami na żywo.</p>"
        ),
        "registration_deadline": 30,
        "agenda": [
            ul(
                "Czym jest cel SMART – przykłady z planów pomocy,",
                "jak rozmawiać o celach z rodziną,",
                "pytania uczestników.",
            ),
        ],
    },
    {
        "region": "wielkopolskie",
        "slug": "dzien-otwarty-g-pzk",
        "title": "Dzień otwarty Gminno-Powiatowych Zespołów Kooperacji",
        "summary": (
            "G-PZK z Wielkopolski zapraszają przedstawicieli instytucji i mieszkańców, by pokazać, "
            "jak na co dzień wygląda wspólna praca na rzecz rodzin."
        ),
        "start_date": 47,
        "whole_day": True,
        "place_name": "Siedziba ROPS",
        "address": "Poznań, województwo wielkopolskie",
        "organiser": "Regionalny Ośrodek Polityki Społecznej w Poznaniu",
        "audience": "instytucje współpracujące z rodzinami, samorządowcy, mieszkańcy",
        "agenda": [
            p(
                "Przez cały dzień przy stoiskach G-PZK można porozmawiać z koordynatorami, "
                "obejrzeć wzory dokumentów i dowiedzieć się, jak dołączyć do zespołu w swojej gminie."
            ),
        ],
    },
    {
        "region": "lubelskie",
        "slug": "konsultacje-regionalne-model-po-zakonczeniu-projektu",
        "title": "Konsultacje regionalne: jak model kooperacji sprawdza się po zakończeniu projektu",
        "summary": (
            "Spotkanie dla gmin z województwa lubelskiego, które stosują model kooperacji, oraz dla tych, "
            "które chcą go wprowadzić."
        ),
        "start_date": 60,
        "start_time": datetime.time(10, 0),
        "end_time": datetime.time(13, 0),
        "place_name": ROPS_ROOM,
        "address": "Lublin, województwo lubelskie",
        "organiser": "Regionalny Ośrodek Polityki Społecznej w Lublinie",
        "audience": "przedstawiciele gmin i powiatów, ośrodki pomocy społecznej, organizacje pozarządowe",
        "registration_info": "<p>Zapisy telefonicznie lub mailowo w ROPS w Lublinie.</p>",
        "registration_deadline": 50,
        "agenda": [
            h("Program"),
            ul(
                "wprowadzenie: model kooperacji dla gmin wiejskich,",
                "doświadczenia gmin, które stosują model od zakończenia projektu,",
                "dyskusja: czego potrzebują gminy, które chcą zacząć.",
            ),
        ],
    },
    # Past ----------------------------------------------------------------------------------------
    {
        "region": "opolskie",
        "slug": "warsztaty-genogramu-dla-pracownikow-socjalnych",
        "title": "Warsztaty genogramu dla pracowników socjalnych",
        "summary": "Praktyczne warsztaty rysowania genogramu i korzystania z niego na posiedzeniach G-PZK.",
        "start_date": -30,
        "start_time": datetime.time(9, 30),
        "end_time": datetime.time(14, 0),
        "place_name": ROPS_ROOM,
        "address": "Opole, województwo opolskie",
        "organiser": "Regionalny Ośrodek Polityki Społecznej w Opolu",
        "audience": "pracownicy socjalni, asystenci rodziny",
        "registration_info": "<p>Zapisy zostały zamknięte.</p>",
        "registration_deadline": -37,
        "agenda": [
            ul("genogram: symbole i zasady,", "ćwiczenia na przykładach,", "genogram na posiedzeniu zespołu."),
        ],
    },
    {
        "region": "podlaskie",
        "slug": "spotkanie-makroregionalne-w-bialymstoku-2019",
        "title": "Spotkanie makroregionalne w Białymstoku",
        "summary": (
            "Drugie spotkanie makroregionalne projektu „Liderzy kooperacji”: przygotowanie gmin wiejskich "
            "do testowania modelu."
        ),
        "start_date": datetime.date(2019, 5, 22),
        "start_time": datetime.time(10, 0),
        "end_time": datetime.time(15, 0),
        "place_name": ROPS_ROOM,
        "address": "Białystok, województwo podlaskie",
        "organiser": "Regionalny Ośrodek Polityki Społecznej w Białymstoku",
        "audience": "przedstawiciele gmin testujących model z pięciu województw",
        "registration_deadline": datetime.date(2019, 5, 15),
        "agenda": [
            h("Program"),
            ul(
                "model kooperacji po konsultacjach – najważniejsze zmiany,",
                "jak powołać Gminno-Powiatowy Zespół Kooperacji,",
                "harmonogram testowania i wsparcie dla gmin.",
            ),
        ],
        "related_documents": ["model-kooperacji-dla-gmin-wiejskich-wersja-1"],
    },
    {
        "region": "malopolskie",
        "slug": "szkola-kooperacji-komunikacja-miedzy-instytucjami-krakow",
        "title": "Szkoła Kooperacji: komunikacja między instytucjami",
        "summary": "Dwudniowe szkolenie dla członków G-PZK z gmin miejskich Małopolski.",
        "start_date": datetime.date(2020, 2, 18),
        "end_date": datetime.date(2020, 2, 19),
        "start_time": datetime.time(9, 0),
        "end_time": datetime.time(15, 30),
        "place_name": ROPS_ROOM,
        "address": "Kraków, województwo małopolskie",
        "organiser": "Regionalny Ośrodek Polityki Społecznej w Krakowie",
        "audience": "członkowie G-PZK z gmin miejskich",
        "registration_deadline": datetime.date(2020, 2, 7),
        "agenda": [
            table(
                "Program szkolenia",
                [
                    ["Dzień", "Temat"],
                    ["18 lutego", "Tajemnica zawodowa i wymiana informacji w zespole"],
                    ["19 lutego", "Model kooperacji krok po kroku – prezentacja i ćwiczenia"],
                ],
            ),
        ],
        "related_documents": ["model-kooperacji-w-gminie-miejskiej-krok-po-kroku"],
    },
    {
        "region": "pomorskie",
        "slug": "konsultacje-online-modelu-dla-gmin-miejsko-wiejskich",
        "title": "Konsultacje online modelu dla gmin miejsko-wiejskich",
        "summary": "Spotkanie online, na którym G-PZK z Pomorza omówiły propozycje zmian w modelu po roku testowania.",
        "start_date": datetime.date(2020, 11, 24),
        "start_time": datetime.time(10, 0),
        "end_time": datetime.time(12, 0),
        "is_online": True,
        "organiser": "Regionalny Ośrodek Polityki Społecznej w Gdańsku",
        "audience": "członkowie G-PZK z województwa pomorskiego",
        "registration_deadline": datetime.date(2020, 11, 20),
        "agenda": [ul("wnioski z roku testowania,", "propozycje zmian w modelu,", "głosowanie nad rekomendacjami.")],
    },
    {
        "region": "slaskie",
        "slug": "konferencja-podsumowujaca-projekt-kooperacja-3d",
        "title": "Konferencja podsumowująca projekt „Kooperacja 3D”",
        "summary": "Rezultaty trzech lat pracy nad modelem kooperacji dla gmin miejskich; konferencja hybrydowa.",
        "start_date": datetime.date(2021, 6, 22),
        "start_time": datetime.time(10, 0),
        "end_time": datetime.time(15, 0),
        "place_name": "Centrum konferencyjne",
        "address": "Katowice, województwo śląskie",
        "organiser": "Regionalny Ośrodek Polityki Społecznej w Katowicach",
        "audience": "samorządy, instytucje pomocy społecznej, partnerzy projektu",
        "registration_deadline": datetime.date(2021, 6, 14),
        "agenda": [
            h("Program"),
            ul(
                "rezultaty projektu „Kooperacja 3D”,",
                "panel: koordynatorzy kooperacji z gmin testujących,",
                "model kooperacji po zakończeniu projektu.",
            ),
        ],
        "related_documents": ["model-kooperacji-dla-gmin-miejskich-wersja-1"],
    },
]

"""News items (aktualności) of the demo portal, written for it; a few are built from sentence templates.

Each item: region (slug of its RegionPage), date, title, lead, body (BodyStreamBlock data), tags (from
TAGS), image (a key of images.ILLUSTRATIONS or None), gallery ([(image key, caption)]) and related
(slugs of earlier items, chosen by the editor). Institutions and roles only: no named persons.
"""

import datetime

from demo.regions import REGIONS

TAGS = [
    "spotkanie makroregionalne",
    "konsultacje",
    "G-PZK",
    "badania",
    "diagnoza",
    "szkolenia",
    "Szkoła Kooperacji",
    "Komitet Sterujący",
    "konferencja",
    "kamień milowy",
    "gminy testujące",
    "współpraca ze szkołą",
]


def p(*sentences):
    return ("paragraph", "<p>" + " ".join(sentences) + "</p>")


def h(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def ul(*items):
    return ("paragraph", "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")


def quote(text, attribution):
    return ("quote", {"quote": text, "attribution": attribution})


def table(caption, rows):
    return (
        "table",
        {"table_caption": caption, "first_row_is_table_header": True, "first_col_is_header": False, "data": rows},
    )


# Individually written items ----------------------------------------------------------------------

WRITTEN = [
    {
        "region": "swietokrzyskie",
        "date": datetime.date(2018, 3, 12),
        "slug": "ruszyl-projekt-liderzy-kooperacji",
        "title": "Ruszył projekt „Liderzy kooperacji”",
        "lead": (
            "W Kielcach spotkali się przedstawiciele pięciu regionalnych ośrodków polityki społecznej, które "
            "przez najbliższe lata wspólnie wypracują model kooperacji dla gmin wiejskich."
        ),
        "body": [
            p(
                "Spotkanie otwierające projekt zorganizował Regionalny Ośrodek Polityki Społecznej w Kielcach, "
                "lider partnerstwa. Przy jednym stole usiedli przedstawiciele ośrodków z Rzeszowa, Białegostoku "
                "i Lublina oraz Mazowieckiego Centrum Polityki Społecznej. Omówiono harmonogram prac, podział "
                "zadań między partnerami i zasady komunikacji."
            ),
            h("Dlaczego gminy wiejskie?"),
            p(
                "W małej gminie ośrodek pomocy społecznej często jest jedyną instytucją, która na co dzień zna "
                "sytuację rodzin. Szkoła, posterunek policji czy poradnia bywają oddalone o kilkanaście "
                "kilometrów, a kurator sądowy obsługuje kilka gmin naraz. Model dla gmin wiejskich musi więc "
                "uwzględniać odległości, niewielkie zespoły i to, że te same osoby pełnią wiele ról."
            ),
            p(
                "Pierwsze miesiące projektu upłyną na diagnozie: partnerzy przeprowadzą badania fokusowe "
                "z pracownikami socjalnymi, pedagogami szkolnymi, policjantami i przedstawicielami organizacji "
                "pozarządowych. Ich wyniki będą podstawą pierwszej wersji modelu."
            ),
        ],
        "tags": ["konferencja", "badania", "diagnoza"],
        "image": "stol-obrad",
        "gallery": [
            ("stol-obrad", "Przedstawiciele pięciu ośrodków przy wspólnym stole w Kielcach"),
            ("kalendarz", "Harmonogram prac na pierwszy rok projektu"),
            ("kola-wiosna", "Pięć ośrodków, jeden model – ilustracja przygotowana na spotkanie"),
        ],
    },
    {
        "region": "kujawsko-pomorskie",
        "date": datetime.date(2018, 4, 9),
        "slug": "konferencja-otwierajaca-kooperacja-efektywna-i-skuteczna",
        "title": "Konferencja otwierająca projekt „Kooperacja – efektywna i skuteczna”",
        "lead": (
            "Ponad stu uczestników z sześciu województw przyjechało do Torunia, by poznać założenia projektu, "
            "który wypracuje model kooperacji dla gmin miejsko-wiejskich."
        ),
        "body": [
            p(
                "Konferencję przygotował Regionalny Ośrodek Polityki Społecznej w Toruniu wspólnie "
                "z Uniwersytetem Mikołaja Kopernika, partnerem akademickim projektu. Wśród gości byli "
                "dyrektorzy ośrodków pomocy społecznej i powiatowych centrów pomocy rodzinie, przedstawiciele "
                "oświaty, policji i sądów rodzinnych."
            ),
            p(
                "Dyrektor ROPS w Toruniu przypomniał, że w gminach miejsko-wiejskich problemy miasta i wsi "
                "nakładają się na siebie: ośrodek pomocy społecznej pracuje zarówno z rodzinami z osiedli, jak "
                "i z odległych sołectw. Model ma pomóc instytucjom podzielić się zadaniami tak, by żadna rodzina "
                "nie wypadła z pola widzenia."
            ),
            h("Rola uczelni"),
            p(
                "Zespół badaczy z Uniwersytetu Mikołaja Kopernika przedstawił plan diagnozy: analizę dokumentów, "
                "ankietę w ośrodkach pomocy społecznej oraz wywiady grupowe z praktykami. Wyniki badań będą "
                "podstawą pierwszej wersji modelu."
            ),
        ],
        "tags": ["konferencja", "badania"],
        "image": "sala-szkoleniowa",
        "gallery": [
            ("sala-szkoleniowa", "Sala obrad podczas wystąpień otwierających konferencję"),
            ("siec-wspolpracy", "Sieć instytucji, które wypracują model – plansza z prezentacji"),
            ("stol-obrad", "Rozmowy w kuluarach: przedstawiciele ośrodków z sześciu województw"),
        ],
    },
    {
        "region": "slaskie",
        "date": datetime.date(2018, 5, 15),
        "slug": "kooperacja-3d-zaprasza-gminy-miejskie",
        "title": "„Kooperacja 3D” zaprasza gminy miejskie do testowania modelu",
        "lead": (
            "ROPS w Katowicach ogłosił nabór gmin miejskich, które zechcą sprawdzić w praktyce nowy model "
            "współpracy instytucji pomagających rodzinom."
        ),
        "body": [
            p(
                "Projekt „Kooperacja 3D” prowadzą wspólnie regionalne ośrodki z województw śląskiego, "
                "małopolskiego, łódzkiego i opolskiego. W każdym z nich model będą testować gminy miejskie – "
                "od średnich miast po duże ośrodki, w których działają setki instytucji."
            ),
            h("Co zyskuje gmina?"),
            ul(
                "wsparcie koordynatora kooperacji zatrudnionego na czas testowania,",
                "szkolenia Szkoły Kooperacji dla członków Gminno-Powiatowego Zespołu Kooperacji,",
                "pomoc ekspertów przy diagnozie potrzeb mieszkańców i planowaniu działań.",
            ),
            p(
                "Zgłoszenia zbierają regionalne ośrodki polityki społecznej we wszystkich czterech województwach. "
                "O wyborze zdecyduje gotowość do współpracy ośrodka pomocy społecznej, szkół, policji "
                "i organizacji pozarządowych, a nie wielkość miasta."
            ),
        ],
        "tags": ["gminy testujące", "G-PZK"],
        "image": "gmina",
    },
    {
        "region": "swietokrzyskie",
        "date": datetime.date(2018, 6, 20),
        "slug": "pierwsze-posiedzenie-komitetu-sterujacego-liderzy-kooperacji",
        "title": "Pierwsze posiedzenie Komitetu Sterującego projektu „Liderzy kooperacji”",
        "lead": "Komitet Sterujący zatwierdził harmonogram badań i zasady wyboru gmin, które będą testować model.",
        "body": [
            p(
                "W skład Komitetu Sterującego weszli przedstawiciele wszystkich partnerów projektu. Na pierwszym "
                "posiedzeniu, w siedzibie ROPS w Kielcach, członkowie komitetu zatwierdzili regulamin prac "
                "i harmonogram na najbliższe dwanaście miesięcy."
            ),
            h("Najważniejsze ustalenia"),
            ul(
                "badania fokusowe odbędą się we wszystkich pięciu województwach do końca 2018 roku,",
                "pierwsza wersja modelu zostanie przedstawiona do konsultacji na początku 2019 roku,",
                "gminy testujące zostaną wybrane w otwartym naborze; każde województwo wskaże co najmniej dwie "
                "gminy wiejskie.",
            ),
            p(
                "Kolejne posiedzenie komitetu zaplanowano na jesień. Komitet będzie oceniał postęp prac przy "
                "każdym kamieniu milowym projektu."
            ),
        ],
        "tags": ["Komitet Sterujący", "kamień milowy", "gminy testujące"],
    },
    {
        "region": "podlaskie",
        "date": datetime.date(2018, 10, 4),
        "slug": "badania-fokusowe-na-podlasiu",
        "title": "Badania fokusowe na Podlasiu: jak współpracują instytucje w gminach wiejskich",
        "lead": (
            "W Białymstoku zakończyła się seria wywiadów grupowych z pracownikami socjalnymi, pedagogami, "
            "policjantami i przedstawicielami organizacji pozarządowych."
        ),
        "body": [
            p(
                "Badacze przeprowadzili sześć wywiadów fokusowych; w każdym uczestniczyło od sześciu do dziesięciu "
                "osób. Rozmowy dotyczyły codziennej współpracy: kto do kogo dzwoni, gdy dziecko przestaje "
                "przychodzić do szkoły, jak instytucje wymieniają się informacjami o rodzinie i co przeszkadza "
                "we wspólnym działaniu."
            ),
            quote(
                "Najczęściej współpracujemy dopiero wtedy, gdy sytuacja rodziny jest już bardzo trudna. Brakuje "
                "nam okazji, żeby porozmawiać wcześniej.",
                "Pracownica socjalna, uczestniczka badania",
            ),
            p(
                "Wstępne wyniki pokazują, że w gminach wiejskich współpraca opiera się głównie na osobistych "
                "znajomościach. Działa sprawnie, dopóki nie zmienią się ludzie – brakuje stałych procedur "
                "i miejsca, w którym instytucje mogłyby wspólnie planować pomoc."
            ),
            p("Pełny raport z badań jest dostępny w bibliotece dokumentów portalu."),
        ],
        "tags": ["badania", "diagnoza"],
        "image": "krag-krzesel",
        "gallery": [
            ("krag-krzesel", "Wywiad grupowy: uczestnicy siedzą w kręgu, bez podziału na instytucje"),
            ("dymki-rozmowy", "Najczęściej powracające wątki rozmów zapisywano na kolorowych kartkach"),
            ("dokumenty", "Notatki badaczy po zakończeniu serii wywiadów"),
        ],
    },
    {
        "region": "kujawsko-pomorskie",
        "date": datetime.date(2018, 11, 21),
        "slug": "diagnoza-wspolpracy-pierwsze-wnioski-umk",
        "title": "Diagnoza współpracy w gminach miejsko-wiejskich: pierwsze wnioski badaczy z UMK",
        "lead": (
            "Zespół Uniwersytetu Mikołaja Kopernika przedstawił partnerom projektu wyniki ankiety "
            "przeprowadzonej w ośrodkach pomocy społecznej sześciu województw."
        ),
        "body": [
            p(
                "Ankietę wypełniły ośrodki pomocy społecznej z gmin miejsko-wiejskich województw "
                "kujawsko-pomorskiego, lubuskiego, pomorskiego, warmińsko-mazurskiego, wielkopolskiego "
                "i zachodniopomorskiego. Pytania dotyczyły tego, z jakimi instytucjami ośrodki współpracują, "
                "jak często i w jakiej formie."
            ),
            h("Co pokazała ankieta"),
            p(
                "Najlepiej oceniana jest współpraca ze szkołami i z policją, najsłabiej – z ochroną zdrowia "
                "i z sądami. Informacje wymienia się najczęściej pisemnie, a wspólne spotkania odbywają się "
                "głównie w ramach zespołów interdyscyplinarnych do spraw przeciwdziałania przemocy w rodzinie."
            ),
            p(
                "Badacze zwrócili uwagę, że wiele instytucji nie wie, jakie usługi oferują pozostałe. Stąd "
                "jedna z pierwszych rekomendacji: gminny katalog usług i osób do kontaktu, aktualizowany co "
                "najmniej raz w roku."
            ),
        ],
        "tags": ["badania", "diagnoza"],
    },
    {
        "region": "swietokrzyskie",
        "date": datetime.date(2019, 2, 26),
        "slug": "spotkanie-makroregionalne-w-kielcach-pierwsza-wersja-modelu",
        "title": "Spotkanie makroregionalne w Kielcach: pierwsza wersja modelu na stole",
        "lead": (
            "Przedstawiciele gmin wiejskich z pięciu województw dyskutowali w Kielcach o pierwszej wersji "
            "modelu kooperacji, przygotowanej na podstawie badań."
        ),
        "body": [
            p(
                "Na spotkanie makroregionalne przyjechało blisko osiemdziesiąt osób: kierownicy ośrodków pomocy "
                "społecznej, dyrektorzy szkół, dzielnicowi, kuratorzy sądowi i przedstawiciele organizacji "
                "pozarządowych. Koordynatorka projektu przedstawiła założenia modelu: Gminno-Powiatowy Zespół "
                "Kooperacji, rolę koordynatora i wspólny plan pomocy rodzinie."
            ),
            h("Praca w grupach"),
            p(
                "Uczestnicy pracowali w pięciu grupach tematycznych. Najwięcej uwag dotyczyło przepływu "
                "informacji między gminą a powiatem oraz tego, jak pogodzić pracę w zespole z codziennymi "
                "obowiązkami w małych instytucjach."
            ),
            p(
                "Wszystkie uwagi trafią do raportu z konsultacji. Kolejne propozycje można zgłaszać do końca "
                "marca przez formularz przesłany uczestnikom po spotkaniu."
            ),
        ],
        "tags": ["spotkanie makroregionalne", "konsultacje", "G-PZK"],
        "image": "stol-obrad",
        "gallery": [
            ("stol-obrad", "Praca w grupach nad pierwszą wersją modelu"),
            ("dymki-rozmowy", "Uwagi uczestników zebrane podczas dyskusji"),
            ("dokumenty", "Pierwsza wersja modelu przekazana uczestnikom do konsultacji"),
            ("kola-wiosna", "Instytucje wokół rodziny – ilustracja z prezentacji koordynatorki projektu"),
        ],
        "related": ["ruszyl-projekt-liderzy-kooperacji", "badania-fokusowe-na-podlasiu"],
    },
    {
        "region": "lubelskie",
        "date": datetime.date(2019, 3, 19),
        "slug": "konsultacje-modelu-w-lublinie",
        "title": "Konsultacje modelu w Lublinie: praktycy zgłosili ponad czterdzieści uwag",
        "lead": (
            "Pracownicy socjalni, pedagodzy i policjanci z województwa lubelskiego sprawdzili, czy pierwsza "
            "wersja modelu kooperacji pasuje do realiów ich gmin."
        ),
        "body": [
            p(
                "Spotkanie konsultacyjne zorganizował Regionalny Ośrodek Polityki Społecznej w Lublinie. "
                "Uczestnicy czytali kolejne rozdziały modelu i odpowiadali na pytanie: co w mojej gminie "
                "zadziałałoby od razu, a co wymaga zmian?"
            ),
            h("Najczęstsze uwagi"),
            ul(
                "G-PZK powinien móc działać w oparciu o istniejący zespół interdyscyplinarny,",
                "potrzebny jest prosty wzór porozumienia o współpracy między gminą a powiatem,",
                "posiedzenia zespołu powinny móc odbywać się także zdalnie, bo odległości między instytucjami "
                "bywają duże.",
            ),
            p(
                "Uwagi z Lublina zostaną zestawione z wnioskami z konsultacji w pozostałych województwach "
                "partnerskich. Zespół projektu odpowie na każdą z nich w raporcie z konsultacji."
            ),
        ],
        "tags": ["konsultacje", "G-PZK"],
        "image": "dymki-rozmowy",
    },
    {
        "region": "malopolskie",
        "date": datetime.date(2019, 4, 10),
        "slug": "krakow-jak-osrodek-pomocy-spolecznej-moze-rozmawiac-ze-szkola",
        "title": "Kraków: jak ośrodek pomocy społecznej może rozmawiać ze szkołą",
        "lead": (
            "Seminarium w ROPS w Krakowie poświęcono współpracy pomocy społecznej z oświatą – jednemu "
            "z najważniejszych wątków modelu dla gmin miejskich."
        ),
        "body": [
            p(
                "W dużym mieście jeden ośrodek pomocy społecznej współpracuje z kilkudziesięcioma szkołami. "
                "Pedagog szkolny często nie wie, który pracownik socjalny zna rodzinę ucznia, a pracownik "
                "socjalny – kogo w szkole zapytać o frekwencję czy zachowanie dziecka."
            ),
            p(
                "Uczestnicy seminarium, dyrektorzy szkół i kierownicy działów pomocy środowiskowej, wypracowali "
                "propozycję szkolnego punktu kontaktowego: jednej osoby w każdej szkole, która wie, jak i kiedy "
                "zwrócić się do ośrodka, oraz stałych dyżurów pracowników socjalnych w szkołach."
            ),
            quote(
                "Zamiast kolejnego pisma wystarczy czasem jeden telefon do osoby, którą zna się z imienia.",
                "Pedagożka szkolna, uczestniczka seminarium",
            ),
        ],
        "tags": ["konsultacje", "współpraca ze szkołą"],
    },
    {
        "region": "mazowieckie",
        "date": datetime.date(2019, 5, 14),
        "slug": "gminy-z-mazowsza-powoluja-g-pzk",
        "title": "Gminy z Mazowsza powołują Gminno-Powiatowe Zespoły Kooperacji",
        "lead": (
            "Trzy gminy wiejskie z województwa mazowieckiego podpisały porozumienia z powiatami i rozpoczęły "
            "testowanie modelu."
        ),
        "body": [
            p(
                "Porozumienia określają, kto zasiada w Gminno-Powiatowym Zespole Kooperacji, jak często zespół "
                "się spotyka i w jaki sposób jego członkowie wymieniają informacje. W skład zespołów weszli "
                "przedstawiciele ośrodków pomocy społecznej, powiatowych centrów pomocy rodzinie, szkół, policji, "
                "poradni psychologiczno-pedagogicznych i organizacji pozarządowych."
            ),
            p(
                "Pracę zespołów wspierają koordynatorzy kooperacji: w każdej gminie jedna osoba odpowiada za "
                "zwoływanie spotkań, prowadzenie dokumentacji i kontakt z Mazowieckim Centrum Polityki Społecznej."
            ),
            h("Co dalej"),
            p(
                "W najbliższych miesiącach zespoły przygotują diagnozę potrzeb mieszkańców i wybiorą pierwsze "
                "rodziny, którym pomogą wspólnie, według zasad opisanych w modelu. Doświadczenia z testowania "
                "trafią do kolejnej wersji dokumentu."
            ),
        ],
        "tags": ["G-PZK", "gminy testujące"],
        "image": "gmina",
        "gallery": [
            ("gmina", "Gminy wiejskie z Mazowsza rozpoczynają testowanie modelu"),
            ("stol-obrad", "Pierwsze posiedzenie G-PZK"),
            ("dokumenty", "Porozumienie gminy i powiatu o współpracy w zespole"),
        ],
    },
    {
        "region": "slaskie",
        "date": datetime.date(2019, 6, 5),
        "slug": "kamien-milowy-model-dla-gmin-miejskich-gotowy-do-testowania",
        "title": "Kamień milowy: model dla gmin miejskich gotowy do testowania",
        "lead": "Komitet Sterujący projektu „Kooperacja 3D” zatwierdził model kooperacji dla gmin miejskich w wersji do testowania.",
        "body": [
            p(
                "Zatwierdzenie modelu to jeden z kamieni milowych projektu. Dokument powstał na podstawie badań "
                "przeprowadzonych w czterech województwach i konsultacji, w których wzięło udział ponad dwustu "
                "praktyków."
            ),
            h("Co zawiera model"),
            p(
                "Model opisuje skład i zadania Gminno-Powiatowego Zespołu Kooperacji, rolę koordynatora, sposób "
                "diagnozowania potrzeb i planowania wspólnych działań, a także narzędzia pracy z rodziną, między "
                "innymi genogram i plan pomocy oparty na celach SMART."
            ),
            p("Model jest dostępny w bibliotece dokumentów. Od września będą go testować gminy wybrane w naborze."),
        ],
        "tags": ["kamień milowy", "Komitet Sterujący", "gminy testujące"],
        "image": "kamien-milowy",
        "related": [
            "kooperacja-3d-zaprasza-gminy-miejskie",
            "krakow-jak-osrodek-pomocy-spolecznej-moze-rozmawiac-ze-szkola",
        ],
    },
    {
        "region": "pomorskie",
        "date": datetime.date(2019, 9, 17),
        "slug": "pierwsze-posiedzenia-g-pzk-na-pomorzu",
        "title": "Pierwsze posiedzenia Gminno-Powiatowych Zespołów Kooperacji na Pomorzu",
        "lead": "We wrześniu zespoły w gminach testujących model w województwie pomorskim spotkały się po raz pierwszy.",
        "body": [
            p(
                "Na pierwszych posiedzeniach członkowie zespołów ustalili harmonogram spotkań i sposób kontaktu "
                "między posiedzeniami. Każdy zespół wybrał też sprawy, którymi zajmie się w pierwszej kolejności – "
                "najczęściej sytuację dzieci zagrożonych umieszczeniem w pieczy zastępczej oraz osób starszych "
                "mieszkających samotnie."
            ),
            p(
                "Koordynatorka projektu w ROPS w Gdańsku podkreśla, że pierwsze spotkania służą przede wszystkim "
                "budowaniu zaufania: przedstawiciele instytucji opowiadali, czym się zajmują i czego potrzebują "
                "od pozostałych."
            ),
            h("Wsparcie dla zespołów"),
            p(
                "Członkowie zespołów wezmą udział w szkoleniach Szkoły Kooperacji. Pierwsze z nich, poświęcone "
                "wspólnej diagnozie potrzeb, odbędzie się w październiku."
            ),
        ],
        "tags": ["G-PZK", "gminy testujące", "Szkoła Kooperacji"],
        "gallery": [
            ("stol-obrad", "Członkowie G-PZK na pierwszym posiedzeniu"),
            ("siec-wspolpracy", "Mapa instytucji współpracujących w gminie – efekt pracy zespołu"),
            ("kalendarz", "Harmonogram spotkań zespołu na pierwsze półrocze"),
        ],
    },
    {
        "region": "podkarpackie",
        "date": datetime.date(2019, 10, 8),
        "slug": "szkola-kooperacji-w-rzeszowie-genogram",
        "title": "Szkoła Kooperacji w Rzeszowie: genogram w pracy zespołu",
        "lead": (
            "Członkowie Gminno-Powiatowych Zespołów Kooperacji z Podkarpacia ćwiczyli rysowanie genogramu – mapy "
            "rodziny, która "
            "pomaga zobaczyć jej zasoby i relacje."
        ),
        "body": [
            p(
                "Genogram to rysunek przedstawiający co najmniej trzy pokolenia rodziny, relacje między jej "
                "członkami i ważne wydarzenia. W pracy G-PZK pozwala szybko pokazać przedstawicielom "
                "różnych instytucji, kto należy do rodziny, kto może ją wspierać, a gdzie pojawiają się konflikty."
            ),
            p(
                "Uczestnicy pracowali na przykładach przygotowanych przez trenerki. Rysowali genogramy, "
                "a następnie zastanawiali się, które instytucje powinny włączyć się w pomoc i w jakiej kolejności."
            ),
            p(
                "Szkolenie było częścią cyklu Szkoły Kooperacji. Materiały są dostępne w bibliotece dokumentów, "
                "a członkowie zespołów mogą powtórzyć ćwiczenia w szkoleniu „Genogram w pracy socjalnej” na portalu."
            ),
        ],
        "tags": ["Szkoła Kooperacji", "szkolenia"],
        "image": "sala-szkoleniowa",
        "gallery": [
            ("sala-szkoleniowa", "Wprowadzenie do pracy z genogramem"),
            ("krag-krzesel", "Ćwiczenia w małych grupach"),
            ("siec-wspolpracy", "Przykładowa mapa relacji rodziny i instytucji"),
        ],
    },
    {
        "region": "warminsko-mazurskie",
        "date": datetime.date(2019, 11, 26),
        "slug": "spotkanie-makroregionalne-w-olsztynie",
        "title": "Spotkanie makroregionalne w Olsztynie",
        "lead": (
            "Gminno-Powiatowe Zespoły Kooperacji z sześciu województw projektu „Kooperacja – efektywna "
            "i skuteczna” wymieniły się pierwszymi doświadczeniami z testowania modelu."
        ),
        "body": [
            p(
                "Spotkanie makroregionalne zorganizował Regionalny Ośrodek Polityki Społecznej w Olsztynie. "
                "Koordynatorzy kooperacji z gmin testujących opowiadali, jak udało się zbudować zespoły, jakie "
                "sprawy wybrały do rozwiązania i co sprawiło im najwięcej trudności."
            ),
            p(
                "Najczęściej wymieniano trudności z udziałem przedstawicieli ochrony zdrowia i sądów, dla których "
                "praca w zespole jest dodatkowym obowiązkiem. Kilka gmin poradziło sobie z tym, ustalając stałe "
                "terminy posiedzeń na cały rok i zapraszając przedstawicieli tych instytucji tylko na część "
                "spotkania poświęconą ich sprawom."
            ),
            h("Co dalej"),
            p(
                "Wnioski ze spotkania trafią do zespołu Uniwersytetu Mikołaja Kopernika, który przygotowuje "
                "ewaluację testowania. Kolejne spotkanie makroregionalne zaplanowano na wiosnę."
            ),
        ],
        "tags": ["spotkanie makroregionalne", "gminy testujące", "G-PZK"],
        "gallery": [
            ("stol-obrad", "Koordynatorzy kooperacji z sześciu województw"),
            ("dymki-rozmowy", "Dobre praktyki zapisane podczas dyskusji"),
        ],
    },
    {
        "region": "lodzkie",
        "date": datetime.date(2020, 1, 28),
        "slug": "koordynatorzy-kooperacji-z-lodzi-wymieniaja-doswiadczenia",
        "title": "Koordynatorzy kooperacji z Łodzi i regionu wymieniają doświadczenia",
        "lead": "W Regionalnym Centrum Polityki Społecznej w Łodzi spotkali się koordynatorzy kooperacji z gmin miejskich testujących model.",
        "body": [
            p(
                "Koordynator kooperacji spina pracę zespołu: zwołuje posiedzenia, pilnuje ustaleń i dba "
                "o przepływ informacji. W dużym mieście to zadanie wymagające – trzeba znać dziesiątki instytucji "
                "i ich procedury."
            ),
            p(
                "Koordynatorzy rozmawiali o tym, jak prowadzić dokumentację zespołu, nie powielając dokumentów, "
                "które instytucje i tak prowadzą, oraz jak włączać w pracę zespołu samą rodzinę. Wymienili się "
                "też wzorami zaproszeń i notatek z posiedzeń."
            ),
            p("RCPS w Łodzi planuje podobne spotkania co kwartał, aż do zakończenia testowania modelu."),
        ],
        "tags": ["G-PZK", "gminy testujące"],
    },
    {
        "region": "swietokrzyskie",
        "date": datetime.date(2020, 4, 7),
        "slug": "testowanie-modelu-w-czasie-epidemii",
        "title": "Testowanie modelu w czasie epidemii: G-PZK spotykają się online",
        "lead": (
            "Epidemia COVID-19 nie przerwała testowania modelu. Gminno-Powiatowe Zespoły Kooperacji z gmin "
            "wiejskich przeniosły posiedzenia do sieci, a koordynatorzy wspierają rodziny przez telefon."
        ),
        "body": [
            p(
                "Od połowy marca posiedzenia zespołów odbywają się w formie wideokonferencji. ROPS w Kielcach "
                "przygotował dla koordynatorów krótką instrukcję prowadzenia spotkań online i zasady ochrony "
                "danych osobowych podczas rozmów o rodzinach."
            ),
            p(
                "Epidemia pokazała, jak ważne są kontakty, które zespoły zbudowały wcześniej. W kilku gminach "
                "ośrodek pomocy społecznej, szkoła i lokalne stowarzyszenie wspólnie zorganizowały dowóz "
                "posiłków dla osób starszych i sprzęt do nauki zdalnej dla dzieci."
            ),
            h("Zmiany w harmonogramie"),
            p(
                "Komitet Sterujący zdecydował o przesunięciu spotkania makroregionalnego zaplanowanego na kwiecień. "
                "O nowym terminie poinformujemy w aktualnościach."
            ),
        ],
        "tags": ["gminy testujące", "G-PZK", "Komitet Sterujący"],
        "image": "siec-wspolpracy",
    },
    {
        "region": "wielkopolskie",
        "date": datetime.date(2020, 6, 23),
        "slug": "komitet-sterujacy-po-raz-pierwszy-obradowal-zdalnie",
        "title": "Komitet Sterujący po raz pierwszy obradował zdalnie",
        "lead": (
            "Członkowie Komitetu Sterującego projektu „Kooperacja – efektywna i skuteczna” omówili półrocze "
            "testowania modelu na posiedzeniu online."
        ),
        "body": [
            p(
                "Posiedzenie prowadził przedstawiciel ROPS w Toruniu, lidera projektu; ROPS w Poznaniu przedstawił "
                "sprawozdanie z testowania w gminach województwa wielkopolskiego. Komitet zatwierdził sprawozdania "
                "wszystkich partnerów i zmiany w harmonogramie wynikające z epidemii."
            ),
            p(
                "Testowanie modelu zostanie wydłużone o trzy miesiące, tak aby G-PZK mogły nadrobić "
                "posiedzenia odwołane wiosną. Szkolenia Szkoły Kooperacji do końca roku odbędą się zdalnie."
            ),
        ],
        "tags": ["Komitet Sterujący", "gminy testujące", "Szkoła Kooperacji"],
    },
    {
        "region": "opolskie",
        "date": datetime.date(2020, 9, 15),
        "slug": "pol-roku-testowania-modelu-w-wojewodztwie-opolskim",
        "title": "Pół roku testowania modelu w województwie opolskim w liczbach",
        "lead": (
            "ROPS w Opolu zebrał dane z pierwszych sześciu miesięcy pracy Gminno-Powiatowych Zespołów "
            "Kooperacji w gminach miejskich."
        ),
        "body": [
            p(
                "G-PZK z województwa opolskiego spotkały się w tym czasie dwadzieścia cztery razy, "
                "w tym czternaście razy zdalnie. Wspólne plany pomocy przygotowano dla trzydziestu jednej rodziny."
            ),
            table(
                "Testowanie modelu w województwie opolskim, marzec–sierpień 2020",
                [
                    ["Wskaźnik", "Liczba"],
                    ["Posiedzenia G-PZK", "24"],
                    ["w tym posiedzenia zdalne", "14"],
                    ["Rodziny objęte wspólnym planem pomocy", "31"],
                    ["Instytucje w zespołach", "27"],
                ],
            ),
            p(
                "Członkowie zespołów najwyżej ocenili to, że wiedzą, do kogo zadzwonić w konkretnej sprawie. "
                "Najwięcej pracy wymaga wciąż udział rodzin w planowaniu pomocy: model zakłada, że rodzina "
                "współtworzy plan, a nie jest tylko o nim informowana."
            ),
        ],
        "tags": ["gminy testujące", "badania", "G-PZK"],
    },
    {
        "region": "zachodniopomorskie",
        "date": datetime.date(2020, 10, 20),
        "slug": "szkola-kooperacji-online-empowerment-rodziny",
        "title": "Szkoła Kooperacji online: empowerment rodziny w praktyce",
        "lead": (
            "Ponad sześćdziesiąt osób z województwa zachodniopomorskiego wzięło udział w zdalnym szkoleniu "
            "o wzmacnianiu rodzin w podejmowaniu decyzji."
        ),
        "body": [
            p(
                "Empowerment oznacza wzmacnianie: pomoc ma prowadzić do tego, by rodzina sama rozwiązywała swoje "
                "problemy, a nie przyzwyczajała się, że ktoś zrobi to za nią. Uczestnicy rozmawiali o tym, jak "
                "rozpoznawać zasoby rodziny i jak wyznaczać cele razem z nią."
            ),
            p(
                "Trenerka pokazała plany pomocy napisane językiem instytucji i te same plany przepisane tak, by "
                "były zrozumiałe dla rodziny. Uczestnicy ćwiczyli formułowanie celów według zasady SMART: "
                "konkretnych, mierzalnych, osiągalnych, istotnych i określonych w czasie."
            ),
            p("Materiały ze szkolenia są dostępne w Szkole Kooperacji na portalu."),
        ],
        "tags": ["Szkoła Kooperacji", "szkolenia"],
        "image": "kola-wiosna",
    },
    {
        "region": "lubuskie",
        "date": datetime.date(2020, 12, 1),
        "slug": "wnioski-z-testowania-co-zmienimy-w-modelu",
        "title": "Wnioski z testowania: co zmienimy w modelu",
        "lead": (
            "Gminno-Powiatowe Zespoły Kooperacji z województwa lubuskiego przekazały swoje rekomendacje "
            "do kolejnej wersji modelu dla gmin miejsko-wiejskich."
        ),
        "body": [
            p(
                "Po ponad roku testowania koordynatorzy kooperacji i członkowie zespołów wskazali elementy "
                "modelu, które sprawdziły się bez zmian, i te, które trzeba uprościć."
            ),
            h("Co się sprawdziło"),
            ul(
                "stałe terminy posiedzeń ustalane na cały rok,",
                "katalog usług instytucji w gminie i powiecie,",
                "wspólny plan pomocy przygotowywany razem z rodziną.",
            ),
            h("Co trzeba zmienić"),
            ul(
                "mniej formularzy – część dokumentacji zespołu powiela dokumenty prowadzone przez instytucje,",
                "jaśniejsze zasady wymiany informacji o rodzinie między instytucjami,",
                "możliwość prowadzenia posiedzeń zdalnie i w formie hybrydowej.",
            ),
            p(
                "Rekomendacje zostaną omówione na posiedzeniu Komitetu Sterującego, a następnie uwzględnione "
                "w kolejnej wersji modelu."
            ),
        ],
        "tags": ["konsultacje", "kamień milowy", "gminy testujące"],
        "image": "dokumenty",
    },
    {
        "region": "kujawsko-pomorskie",
        "date": datetime.date(2021, 3, 16),
        "slug": "model-po-testach-rekomendacje-dla-gmin-miejsko-wiejskich",
        "title": "Model po testach: rekomendacje dla gmin miejsko-wiejskich",
        "lead": "Zespół badawczy Uniwersytetu Mikołaja Kopernika przedstawił ewaluację testowania modelu w gminach sześciu województw.",
        "body": [
            p(
                "Ewaluacja objęła wszystkie gminy testujące model. Badacze przeanalizowali dokumentację G-PZK, "
                "przeprowadzili wywiady z koordynatorami i ankietę wśród członków zespołów."
            ),
            p(
                "Z raportu wynika, że najważniejszą zmianą, jaką przyniosło testowanie, jest szybszy przepływ "
                "informacji między instytucjami. W gminach, w których zespół spotykał się regularnie, czas od "
                "zgłoszenia problemu do wspólnego spotkania w sprawie rodziny skrócił się z kilku tygodni do "
                "kilku dni."
            ),
            quote(
                "Model nie dodaje instytucjom nowych zadań. Porządkuje te, które już mają, i pozwala wykonywać "
                "je razem.",
                "Kierowniczka zespołu badawczego UMK",
            ),
            p("Rekomendacje z ewaluacji zostały uwzględnione w końcowej wersji modelu."),
        ],
        "tags": ["badania", "kamień milowy"],
        "related": [
            "diagnoza-wspolpracy-pierwsze-wnioski-umk",
            "spotkanie-makroregionalne-w-olsztynie",
            "wnioski-z-testowania-co-zmienimy-w-modelu",
        ],
    },
    {
        "region": "slaskie",
        "date": datetime.date(2021, 6, 22),
        "slug": "konferencja-podsumowujaca-kooperacja-3d",
        "title": "Konferencja podsumowująca projekt „Kooperacja 3D” w Katowicach",
        "lead": (
            "Przedstawiciele gmin miejskich z czterech województw omówili rezultaty trzech lat pracy nad modelem "
            "kooperacji i otrzymali jego końcową wersję."
        ),
        "body": [
            p(
                "Konferencja odbyła się w formule hybrydowej: część uczestników przyjechała do Katowic, pozostali "
                "śledzili obrady online. Dyrektor ROPS w Katowicach przedstawił rezultaty projektu, "
                "a koordynatorzy kooperacji z gmin testujących opowiedzieli o zmianach w swoich miastach."
            ),
            h("Co dalej z modelem"),
            p(
                "Model jest dostępny dla wszystkich gmin w bibliotece dokumentów. Szkoła Kooperacji pozostaje "
                "otwarta: szkolenia dla członków G-PZK można przechodzić samodzielnie na portalu."
            ),
            p(
                "Uczestnicy podkreślali, że G-PZK powinny działać także po zakończeniu projektu. "
                "W większości gmin testujących zespoły zostały już wpisane do lokalnych strategii rozwiązywania "
                "problemów społecznych."
            ),
        ],
        "tags": ["konferencja", "kamień milowy"],
        "image": "kola-wiosna",
        "gallery": [
            ("sala-szkoleniowa", "Prezentacja rezultatów projektu"),
            ("stol-obrad", "Panel dyskusyjny z udziałem koordynatorów kooperacji"),
            ("kamien-milowy", "Od diagnozy do modelu – kolejne etapy projektu"),
            ("kola-wiosna", "Instytucje wokół rodziny: motyw graficzny konferencji"),
        ],
        "related": [
            "kamien-milowy-model-dla-gmin-miejskich-gotowy-do-testowania",
            "kooperacja-3d-zaprasza-gminy-miejskie",
        ],
    },
    {
        "region": "swietokrzyskie",
        "date": datetime.date(2021, 9, 28),
        "slug": "konferencja-zamykajaca-projekt-liderzy-kooperacji",
        "title": "Konferencja zamykająca projekt „Liderzy kooperacji”",
        "lead": (
            "W Kielcach zakończył się projekt, w którym pięć regionalnych ośrodków polityki społecznej "
            "wypracowało i przetestowało model kooperacji dla gmin wiejskich."
        ),
        "body": [
            p(
                "Podczas konferencji przedstawiono końcową wersję modelu oraz rekomendacje dla samorządów, które "
                "chcą wprowadzić kooperację u siebie. Głos zabrali przedstawiciele gmin testujących z województw "
                "świętokrzyskiego, podkarpackiego, podlaskiego, lubelskiego i mazowieckiego."
            ),
            p(
                "Koordynatorka projektu przypomniała drogę, jaką przeszli partnerzy: od badań fokusowych "
                "w 2018 roku, przez konsultacje pierwszej wersji modelu i testowanie w gminach, po ewaluację "
                "i wersję końcową."
            ),
            h("Podziękowania"),
            p(
                "Organizatorzy podziękowali członkom Gminno-Powiatowych Zespołów Kooperacji, bez których "
                "zaangażowania testowanie modelu nie byłoby możliwe, oraz wszystkim uczestnikom konsultacji."
            ),
        ],
        "tags": ["konferencja", "kamień milowy", "G-PZK"],
        "image": "kamien-milowy",
        "gallery": [
            ("kamien-milowy", "Droga projektu: od badań do wersji końcowej modelu"),
            ("stol-obrad", "Przedstawiciele gmin testujących podczas panelu"),
            ("gmina", "Gminy wiejskie, które przetestowały model"),
        ],
        "related": [
            "ruszyl-projekt-liderzy-kooperacji",
            "spotkanie-makroregionalne-w-kielcach-pierwsza-wersja-modelu",
            "testowanie-modelu-w-czasie-epidemii",
        ],
    },
]


# Items built from sentence templates -------------------------------------------------------------

_REGIONS = {
    slug: {"voivodeship": voivodeship, "short_name": short, "city": city}
    for slug, voivodeship, _n, short, city, _p in REGIONS
}
CITY_LOCATIVE = {
    "Kielce": "w Kielcach",
    "Rzeszów": "w Rzeszowie",
    "Białystok": "w Białymstoku",
    "Lublin": "w Lublinie",
    "Warszawa": "w Warszawie",
    "Toruń": "w Toruniu",
    "Zielona Góra": "w Zielonej Górze",
    "Gdańsk": "w Gdańsku",
    "Olsztyn": "w Olsztynie",
    "Poznań": "w Poznaniu",
    "Szczecin": "w Szczecinie",
    "Katowice": "w Katowicach",
    "Kraków": "w Krakowie",
    "Łódź": "w Łodzi",
    "Opole": "w Opolu",
}
MUNICIPALITIES = {
    "liderzy-kooperacji": "gmin wiejskich",
    "kooperacja-efektywna-i-skuteczna": "gmin miejsko-wiejskich",
    "kooperacja-3d": "gmin miejskich",
}
PROJECT_OF = {slug: project for slug, _v, _n, _s, _c, project in REGIONS}


def _genitive(voivodeship):
    """'opolskie' → 'opolskiego' (województwa opolskiego)."""
    return voivodeship[:-2] + "iego"


TRAINING_TOPICS = {
    "smart": {
        "name": "cele SMART w planie pomocy",
        "learn": "jak formułować cele planu pomocy tak, by dało się sprawdzić, czy zostały osiągnięte",
        "about": (
            "Cel SMART jest konkretny, mierzalny, osiągalny, istotny dla rodziny i określony w czasie. Zamiast "
            "„poprawa sytuacji dziecka w szkole” zespół zapisuje na przykład: „do końca semestru uczennica opuści "
            "nie więcej niż dwa dni zajęć bez usprawiedliwienia”."
        ),
        "exercise": (
            "W parach uczestnicy przepisywali cele z prawdziwych, zanonimizowanych planów pomocy, a potem "
            "sprawdzali, która instytucja odpowiada za każdy z nich."
        ),
        "image": "kalendarz",
    },
    "komunikacja": {
        "name": "komunikacja między instytucjami",
        "learn": "jak przekazywać sobie informacje o rodzinie szybko, ale zgodnie z przepisami o ochronie danych",
        "about": (
            "Każda instytucja w G-PZK działa na podstawie innych przepisów i ma inne obowiązki "
            "dotyczące tajemnicy zawodowej. Trenerzy omówili, jakie informacje można przekazywać na posiedzeniu "
            "zespołu, a jakie wymagają zgody rodziny."
        ),
        "exercise": (
            "Uczestnicy odegrali scenki posiedzenia zespołu, w których każdy występował w roli innej "
            "instytucji niż ta, w której pracuje na co dzień."
        ),
        "image": "dymki-rozmowy",
    },
    "diagnoza": {
        "name": "wspólna diagnoza potrzeb",
        "learn": "jak wspólnie opisać potrzeby mieszkańców gminy, korzystając z danych, które mają różne instytucje",
        "about": (
            "Diagnoza to punkt wyjścia pracy G-PZK. Ośrodek pomocy społecznej, szkoły, policja "
            "i poradnie mają dane o różnych stronach życia tych samych rodzin; dopiero zestawione razem "
            "pokazują, gdzie pomoc jest najbardziej potrzebna."
        ),
        "exercise": (
            "W grupach uczestnicy przygotowali mapę zasobów swojej gminy: instytucji, organizacji i osób, "
            "które mogą wesprzeć rodziny."
        ),
        "image": "siec-wspolpracy",
    },
    "genogram": {
        "name": "genogram w pracy z rodziną",
        "learn": "jak rysować genogram i korzystać z niego podczas posiedzeń zespołu",
        "about": (
            "Genogram przedstawia co najmniej trzy pokolenia rodziny, relacje między nimi i ważne wydarzenia. "
            "Pomaga zobaczyć nie tylko problemy, ale też osoby, które mogą rodzinę wesprzeć."
        ),
        "exercise": (
            "Uczestnicy rysowali genogramy na podstawie opisów przygotowanych przez trenerkę, a potem "
            "wspólnie planowali, kto z zespołu powinien nawiązać kontakt z rodziną."
        ),
        "image": "krag-krzesel",
    },
}

# region, date, topic, online
TRAININGS = [
    ("podlaskie", datetime.date(2019, 11, 19), "smart", False),
    ("wielkopolskie", datetime.date(2019, 12, 3), "komunikacja", False),
    ("malopolskie", datetime.date(2020, 2, 19), "diagnoza", False),
    ("lubelskie", datetime.date(2021, 4, 13), "genogram", True),
]

CONSULTATION_REMARKS = [
    "więcej miejsca w modelu dla organizacji pozarządowych, które często znają rodziny najlepiej,",
    "wzory dokumentów zespołu powinny być krótsze i dostępne w formie edytowalnej,",
    "koordynator kooperacji potrzebuje czasu pracy przeznaczonego na to zadanie, a nie dodatkowego obowiązku,",
    "model powinien opisywać, jak włączać w pracę zespołu przedstawicieli ochrony zdrowia,",
    "warto przewidzieć posiedzenia zespołu poświęcone jednej, szczególnie złożonej sprawie rodziny,",
    "potrzebne są przykłady porozumień między gminą a powiatem,",
]

# region, date, number of participants
CONSULTATIONS = [
    ("opolskie", datetime.date(2019, 3, 12), 34),
    ("podkarpackie", datetime.date(2019, 3, 26), 41),
    ("pomorskie", datetime.date(2019, 4, 2), 38),
]

# region, date, period, meetings, families
TESTING_SUMMARIES = [
    ("lubuskie", datetime.date(2019, 12, 17), "pierwszy kwartał testowania", 9, 12),
    ("mazowieckie", datetime.date(2020, 10, 6), "rok pracy G-PZK", 31, 44),
    ("warminsko-mazurskie", datetime.date(2020, 11, 17), "rok pracy G-PZK", 27, 35),
    ("zachodniopomorskie", datetime.date(2021, 2, 9), "testowanie modelu", 36, 52),
]


def _training(index, region, date, topic_key, online):
    info = _REGIONS[region]
    topic = TRAINING_TOPICS[topic_key]
    where = "online" if online else CITY_LOCATIVE[info["city"]]
    title = f"Szkoła Kooperacji {where}: {topic['name']}"
    form = (
        "Szkolenie odbyło się zdalnie, w dwóch czterogodzinnych blokach."
        if online
        else f"Szkolenie odbyło się w siedzibie regionalnego ośrodka {where}."
    )
    return {
        "region": region,
        "date": date,
        "title": title,
        "lead": (
            f"Członkowie Gminno-Powiatowych Zespołów Kooperacji z województwa {_genitive(info['voivodeship'])} "
            f"uczyli się, {topic['learn']}."
        ),
        "body": [
            p(
                form,
                f"Wzięło w nim udział {(26, 19, 31, 45)[index]} osób: pracownicy socjalni, pedagodzy szkolni, asystenci "
                "rodziny, dzielnicowi i przedstawiciele organizacji pozarządowych.",
            ),
            p(topic["about"]),
            h("Ćwiczenia"),
            p(topic["exercise"]),
            p("Materiały ze szkolenia są dostępne dla członków zespołów w Szkole Kooperacji na portalu."),
        ],
        "tags": ["Szkoła Kooperacji", "szkolenia", "G-PZK"] if index % 2 else ["Szkoła Kooperacji", "szkolenia"],
        "image": topic["image"] if index % 2 == 0 else None,
        "gallery": (
            [
                ("sala-szkoleniowa", f"Uczestnicy szkolenia {where}"),
                (topic["image"], f"Ćwiczenie: {topic['name']}"),
            ]
            if index in (0, 2)
            else []
        ),
    }


def _consultation(index, region, date, participants):
    info = _REGIONS[region]
    municipalities = MUNICIPALITIES[PROJECT_OF[region]]
    remarks = [CONSULTATION_REMARKS[(index * 2 + offset) % len(CONSULTATION_REMARKS)] for offset in range(3)]
    remarks[-1] = remarks[-1].rstrip(",") + "."
    return {
        "region": region,
        "date": date,
        "title": f"Konsultacje modelu {CITY_LOCATIVE[info['city']]}",
        "lead": (
            f"Pierwszą wersję modelu kooperacji dla {municipalities} przeczytało i skomentowało {participants} "
            f"praktyków z województwa {_genitive(info['voivodeship'])}."
        ),
        "body": [
            p(
                f"Spotkanie konsultacyjne odbyło się {CITY_LOCATIVE[info['city']]}. Uczestnicy – przedstawiciele "
                "ośrodków pomocy społecznej, powiatowych centrów pomocy rodzinie, szkół, policji i organizacji "
                "pozarządowych – pracowali w grupach, z których każda omawiała jeden rozdział modelu."
            ),
            h("Co zgłosili uczestnicy"),
            ul(*remarks),
            p(
                "Uwagi z konsultacji trafią do zespołu autorskiego modelu. Odpowiedzi na nie zostaną opublikowane "
                "w raporcie z konsultacji w bibliotece dokumentów."
            ),
        ],
        "tags": ["konsultacje", "gminy testujące"] if index == 1 else ["konsultacje", "G-PZK"],
        "image": "dymki-rozmowy" if index == 0 else None,
        "gallery": (
            [
                ("dymki-rozmowy", "Uwagi zgłoszone podczas pracy w grupach"),
                ("stol-obrad", "Grupa omawiająca rozdział o G-PZK"),
                ("dokumenty", "Pierwsza wersja modelu z uwagami uczestników"),
            ]
            if index == 2
            else []
        ),
    }


def _testing_summary(index, region, date, period, meetings, families):
    info = _REGIONS[region]
    municipalities = MUNICIPALITIES[PROJECT_OF[region]]
    lessons = [
        "Najlepiej działają zespoły, które ustaliły stałe terminy posiedzeń na cały rok.",
        "Rodziny chętniej współpracują, gdy mogą przyjść na posiedzenie zespołu z osobą, której ufają.",
        "Koordynatorzy podkreślają, że posiedzenia są krótsze, odkąd każda instytucja przygotowuje się do nich "
        "według wspólnej listy spraw.",
        "Szkoły coraz częściej same zgłaszają zespołowi sprawy uczniów, zanim problemy narosną.",
    ]
    return {
        "region": region,
        "date": date,
        "title": f"Gminy testujące z województwa {_genitive(info['voivodeship'])} oceniły {period}",
        "lead": (
            f"Gminno-Powiatowe Zespoły Kooperacji z {municipalities} województwa {_genitive(info['voivodeship'])} spotkały się "
            f"{meetings} razy i przygotowały wspólne plany pomocy dla {families} rodzin."
        ),
        "body": [
            p(
                f"Zestawienie przygotowane przez {info['short_name']} na podstawie sprawozdań koordynatorów "
                "kooperacji pokazuje, że zespoły zajmowały się najczęściej sytuacją dzieci, które przestały regularnie chodzić do szkoły, "
                "rodzin, w których pojawiło się uzależnienie, oraz samotnych osób starszych."
            ),
            p(lessons[index % len(lessons)], lessons[(index + 1) % len(lessons)]),
            p("Wnioski z zestawienia trafią do ewaluacji testowania i zostaną uwzględnione w kolejnej wersji modelu."),
        ],
        "tags": ["gminy testujące", "G-PZK", "badania"] if index % 2 else ["gminy testujące", "G-PZK"],
        "image": "gmina" if index % 2 else None,
        "gallery": (
            [("gmina", "Jedna z gmin testujących model"), ("kalendarz", "Kalendarz posiedzeń G-PZK")]
            if index == 3
            else []
        ),
    }


TEMPLATED = (
    [_training(index, *item) for index, item in enumerate(TRAININGS)]
    + [_consultation(index, *item) for index, item in enumerate(CONSULTATIONS)]
    + [_testing_summary(index, *item) for index, item in enumerate(TESTING_SUMMARIES)]
)

# Oldest first, so that an item's related items (always older) exist when it is created.
NEWS = sorted(WRITTEN + TEMPLATED, key=lambda item: item["date"])

import json

# The learner's starting point: the nuclear family the assistant drew first, at the start of her second visit
# (lesson "rysowanie-wzorce-etyka"); the learner adds the rest. The people, their years and the town agree
# with that lesson and with the Wiśniewscy in the empowerment course (tests/courses/test_demo_courses.py).
WISNIEWSCY_START = {
    "version": 1,
    "people": [
        {
            "id": "kacper",
            "name": "Kacper",
            "sex": "male",
            "birth_year": 2012,
            "index": True,
            "notes": "Opuszcza lekcje, bójki w szkole (zgłoszenie pedagoga).",
        },
        {"id": "tomasz", "name": "Tomasz", "sex": "male", "birth_year": 1986},
        {"id": "anna", "name": "Anna", "sex": "female", "birth_year": 1992},
        {"id": "zuzia", "name": "Zuzia", "sex": "female", "birth_year": 2017},
    ],
    "couples": [
        {
            "id": "tomasz-anna",
            "partners": ["tomasz", "anna"],
            "kind": "divorced",
            "start_year": 2011,
            "end_year": 2019,
            "children": [{"person": "kacper"}, {"person": "zuzia"}],
        },
    ],
    "household": ["anna", "kacper", "zuzia"],
    "relations": [],
}

EXERCISE_LESSON = {
    "slug": "cwiczenie-genogram-wisniewskich",
    "title": "Ćwiczenie: genogram rodziny Wiśniewskich",
    "estimated_minutes": 40,
    "completion": "exercise",
    "body": [
        (
            "paragraph",
            "<p>Na początku drugiej wizyty asystentka rodziny narysowała tylko najbliższą rodzinę Kacpra – ten "
            "rysunek widzisz poniżej. Twoim zadaniem jest dokończyć genogram tak, jak powstawał dalej przy "
            "kuchennym stole, na podstawie opisu z poprzedniej lekcji. Edytor działa bez myszy: każdą osobę, "
            "parę i relację dodajesz zwykłym formularzem, a rysunek odświeża się obok. Genogram możesz pobrać "
            "jako PDF lub obraz i omówić go z koordynatorem szkolenia.</p>",
        ),
        (
            "genogram",
            {
                "title": "Genogram rodziny Wiśniewskich",
                "instructions": (
                    "<ol><li>Dodaj Marka (ur. 1988), partnera Anny, i zaznacz, że mieszkają razem od 2021 roku "
                    "(związek nieformalny).</li>"
                    "<li>Dodaj rodziców Anny: Józefa (ur. 1958, zm. 2015) i Halinę (ur. 1964), małżeństwo od "
                    "1985 roku, a Annę jako ich dziecko.</li>"
                    "<li>Zaznacz relacje: zerwanie między Kacprem a ojcem, konflikt między Kacprem a Markiem, "
                    "bardzo bliską relację Zuzi z babcią Haliną.</li>"
                    "<li>Dopisz Marka do wspólnego gospodarstwa domowego i oddaj pracę do sprawdzenia.</li></ol>"
                ),
                "case": (
                    "<p>Pani Anna Wiśniewska (34 lata) mieszka w Lipowym Grodzie z dziećmi – Kacprem (14 lat) i "
                    "Zuzią (9 lat) – oraz z partnerem Markiem (38 lat). Z ojcem dzieci, Tomaszem, wzięła ślub w "
                    "2011 roku i rozwiodła się w 2019 roku; Kacper od dwóch lat nie utrzymuje z nim kontaktu. "
                    "Ojciec Anny, Józef, nadużywał alkoholu i zmarł w 2015 roku. Babcia Halina (62 lata) pomaga "
                    "przy Zuzi. Starszy brat Anny wyprowadził się z domu w wieku 17 lat i nie utrzymuje kontaktu "
                    "z rodziną. Rodzina, jej dane i miasto są fikcyjne.</p>"
                ),
                "starting_genogram": json.dumps(WISNIEWSCY_START, ensure_ascii=False, indent=2),
                "requires_acceptance": True,
            },
        ),
    ],
}

COURSE = {
    "slug": "genogram-w-pracy-socjalnej",
    "title": "Genogram w pracy socjalnej",
    "summary": (
        "Szkolenie pokazuje, jak za pomocą genogramu uporządkować wiedzę o rodzinie z trzech pokoleń i wykorzystać ją "
        "we wspólnej diagnozie potrzeb oraz w indywidualnym planie kooperacji. Poznasz symbole McGoldrick i "
        "Gersona, narysujesz genogram fikcyjnej rodziny krok po kroku i dowiesz się, jak pracować z nim etycznie."
    ),
    "audience": (
        "Szkolenie jest przeznaczone dla pracowników socjalnych, asystentów rodziny, członków "
        "Gminno-Powiatowych Zespołów Kooperacji i pracowników ROPS, którzy chcą włączyć genogram do codziennej pracy z rodziną."
    ),
    "outcomes": [
        "Wiesz, czym jest genogram i w jakich sytuacjach pracy socjalnej warto po niego sięgnąć.",
        "Potrafisz stosować podstawowe symbole McGoldrick i Gersona: osoby, związki, dzieci i relacje emocjonalne.",
        "Potrafisz krok po kroku narysować genogram rodziny z trzech pokoleń razem z jej członkami.",
        "Potrafisz dostrzegać powtarzające się wzorce i zasoby rodziny bez przypisywania jej etykiet.",
        "Wiesz, jak uzyskać zgodę rodziny i chronić dane z genogramu w pracy G-PZK.",
    ],
    "certificate": True,
    "pass_threshold": 70,
    "prerequisites": ["kooperacja-w-praktyce"],
    "lessons": [
        {
            "slug": "czym-jest-genogram",
            "title": "Czym jest genogram i kiedy po niego sięgać",
            "estimated_minutes": 15,
            "completion": "viewed",
            "body": [
                ("heading", "Genogram – mapa rodziny w trzech pokoleniach"),
                (
                    "paragraph",
                    (
                        "<p><strong>Genogram</strong> to graficzny zapis struktury rodziny i relacji między jej "
                        "członkami, zwykle obejmujący co najmniej trzy pokolenia: dziadków, rodziców i dzieci. "
                        "Przypomina drzewo genealogiczne, ale mówi znacznie więcej – obok dat urodzenia, ślubów i "
                        "rozwodów zapisujemy na nim ważne wydarzenia, choroby, uzależnienia, migracje, a także "
                        "jakość więzi: bliskość, konflikty czy zerwane kontakty. Standard symboli, z którego "
                        "korzystamy w tym szkoleniu, opisali Monica McGoldrick i Randy Gerson, a później rozwijali go "
                        "wraz z Sueli Petry.</p>"
                        "<p>Genogram nie jest testem ani oceną rodziny. To <em>narzędzie rozmowy</em>: rysujemy go "
                        "razem z rodziną, a sam proces pytania o bliskich często daje tyle samo wiedzy, co gotowy "
                        "rysunek.</p>"
                    ),
                ),
                ("heading", "Kiedy genogram pomaga w pracy socjalnej"),
                (
                    "paragraph",
                    (
                        "<p>Po genogram warto sięgnąć przede wszystkim wtedy, gdy:</p>"
                        "<ul>"
                        "<li>rodzina jest złożona – są w niej dzieci z różnych związków, partnerzy w związku "
                        "nieformalnym, dziadkowie sprawujący opiekę lub rodzina zastępcza;</li>"
                        "<li>te same trudności wracają w kolejnych pokoleniach, np. uzależnienie od alkoholu, "
                        "przemoc, wczesne rodzicielstwo czy długotrwałe bezrobocie;</li>"
                        "<li>rozpoczynasz pracę z rodziną i potrzebujesz szybko zrozumieć, kto z kim mieszka, kto "
                        "pomaga, a kto jest źródłem napięć;</li>"
                        "<li>przygotowujesz wspólną diagnozę potrzeb rodziny w G-PZK;</li>"
                        "<li>szukasz zasobów – osób, które mogą wesprzeć rodzinę, np. babci, wujka czy sąsiadki "
                        "traktowanej „jak członek rodziny”.</li>"
                        "</ul>"
                        "<p>Genogram nie zawsze jest potrzebny. Przy krótkiej interwencji, np. jednorazowym wsparciu "
                        "finansowym, zwykle wystarczy zwykły wywiad. Nie rysujemy go też w sytuacji ostrego "
                        "kryzysu, gdy priorytetem jest bezpieczeństwo osób – wtedy wracamy do niego później.</p>"
                    ),
                ),
                ("heading", "Genogram w pracy G-PZK"),
                (
                    "paragraph",
                    (
                        "<p>W Modelu Kooperacji rodzina często ma kontakt z kilkoma instytucjami jednocześnie: "
                        "szkołą, kuratorem, policją, poradnią czy powiatowym urzędem pracy. Każda z nich widzi "
                        "tylko fragment sytuacji. Genogram przygotowany przez pracownika socjalnego lub asystenta "
                        "rodziny, za zgodą rodziny i w niezbędnym zakresie, pomaga członkom G-PZK:</p>"
                        "<ol>"
                        "<li>ustalić, kto faktycznie tworzy rodzinę i gospodarstwo domowe;</li>"
                        "<li>zobaczyć, które relacje są wspierające, a które obciążające;</li>"
                        "<li>uniknąć sytuacji, w której dwie instytucje kontaktują się z różnymi członkami rodziny, "
                        "nie wiedząc o sobie nawzajem;</li>"
                        "<li>zaplanować w indywidualnym planie kooperacji działania, które opierają się na zasobach "
                        "rodziny, a nie tylko na jej deficytach.</li>"
                        "</ol>"
                        "<p>Do genogramu zbieramy przede wszystkim: imiona i wiek członków rodziny, daty ważnych "
                        "wydarzeń (ślubów, rozwodów, zgonów, przeprowadzek), informacje o pracy i nauce, "
                        "poważnych chorobach i uzależnieniach oraz o tym, kto z kim utrzymuje kontakt. Zawsze "
                        "pytamy też o mocne strony – kto w rodzinie potrafi pomóc, komu rodzina ufa.</p>"
                        "<p>Dobrze przygotowany genogram skraca też czas spotkania zespołu – zamiast długiego "
                        "opisu koordynator pokazuje jedną kartkę, na której widać całą sieć relacji.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "title": "Przykład z fikcyjnej gminy Zielony Jar",
                        "text": (
                            "<p>Pracownica GOPS w Zielonym Jarze pracowała z panią Beatą, która samotnie wychowuje "
                            "dwóch synów. Dopiero przy rysowaniu genogramu okazało się, że babcia chłopców "
                            "codziennie odbiera młodszego z przedszkola, a starszy od dwóch lat nie ma kontaktu z "
                            "ojcem, który wyjechał do pracy za granicę. Obie informacje zmieniły plan: babcię "
                            "włączono w działania, a wychowawczyni i pedagog szkolny zaczęli uwzględniać stratę, "
                            "którą przeżywa starszy chłopiec.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "slug": "symbole-genogramu",
            "title": "Symbole genogramu według McGoldrick i Gersona",
            "estimated_minutes": 20,
            "completion": "quiz",
            "body": [
                ("heading", "Osoby na genogramie"),
                (
                    "paragraph",
                    (
                        "<p>Wspólny język symboli sprawia, że genogram narysowany w OPS zrozumie także asystent "
                        "rodziny, kurator czy pedagog szkolny. Podstawowe oznaczenia osób to:</p>"
                        "<ul>"
                        "<li><strong>kwadrat</strong> – mężczyzna;</li>"
                        "<li><strong>koło</strong> – kobieta;</li>"
                        "<li><strong>znak X w symbolu</strong> – osoba zmarła; obok zapisujemy rok urodzenia i "
                        "śmierci, a jeśli to ważne, także przyczynę;</li>"
                        "<li><strong>podwójny obrys</strong> – osoba indeksowa, czyli ta, wokół której budujemy "
                        "genogram (np. dziecko, którego dotyczy sprawa, lub osoba zgłaszająca się po pomoc).</li>"
                        "</ul>"
                        "<p>Wiek wpisujemy wewnątrz symbolu, a rok urodzenia nad nim. Krótkie adnotacje pod "
                        "symbolem mogą dotyczyć np. zawodu, choroby czy uzależnienia.</p>"
                    ),
                ),
                ("heading", "Związki i dzieci"),
                (
                    "paragraph",
                    (
                        "<p>Partnerów łączy linia pozioma poprowadzona pod ich symbolami. Zwyczajowo mężczyzna "
                        "jest po lewej, a kobieta po prawej stronie. Rodzaj linii mówi o charakterze związku:</p>"
                        "<ul>"
                        "<li><strong>linia ciągła</strong> – małżeństwo, z datą zawarcia, np. „ś. 2008”;</li>"
                        "<li><strong>linia przerywana</strong> – związek nieformalny, wspólne zamieszkiwanie;</li>"
                        "<li><strong>jedna ukośna kreska</strong> przecinająca linię – separacja;</li>"
                        "<li><strong>dwie ukośne kreski</strong> – rozwód, z datą, np. „r. 2019”.</li>"
                        "</ul>"
                        "<p>Dzieci „zawieszamy” na pionowych liniach wychodzących z linii związku. Rodzeństwo "
                        "układamy według kolejności urodzenia: <strong>najstarsze dziecko po lewej</strong>, "
                        "najmłodsze po prawej. Dziecko adoptowane lub w pieczy zastępczej łączymy linią "
                        "przerywaną. Osoby mieszkające razem obrysowujemy linią kropkowaną – od razu widać, kto "
                        "tworzy gospodarstwo domowe.</p>"
                    ),
                ),
                ("heading", "Linie relacji emocjonalnych"),
                (
                    "paragraph",
                    (
                        "<p>Drugą warstwą genogramu są relacje. Rysujemy je między dwiema osobami, najlepiej "
                        "innym kolorem niż linie pokrewieństwa:</p>"
                        "<ul>"
                        "<li><strong>bliska</strong> – dwie równoległe linie;</li>"
                        "<li><strong>zlana (symbiotyczna)</strong> – trzy równoległe linie; oznacza nadmierną "
                        "bliskość, w której zacierają się granice, np. matka i nastoletnia córka pełniąca rolę "
                        "jej powierniczki;</li>"
                        "<li><strong>zdystansowana</strong> – linia kropkowana;</li>"
                        "<li><strong>konfliktowa</strong> – linia falista lub łagodny zygzak;</li>"
                        "<li><strong>wroga</strong> – wyraźny zygzak; można go łączyć z liniami bliskości, gdy "
                        "relacja jest jednocześnie bliska i wroga;</li>"
                        "<li><strong>zerwana</strong> – linia przerwana dwiema poprzecznymi kreskami; oznacza "
                        "brak kontaktu, np. syn, który od lat nie rozmawia z ojcem.</li>"
                        "</ul>"
                        "<p>Programy komputerowe i podręczniki różnią się szczegółami tych oznaczeń, dlatego na "
                        "każdym genogramie umieszczamy legendę.</p>"
                    ),
                ),
                ("heading", "Dodatkowe oznaczenia i przykład zapisu"),
                (
                    "paragraph",
                    (
                        "<p>W praktyce przydają się jeszcze: <strong>trójkąt</strong> dla ciąży, dwie linie "
                        "dzieci wychodzące z jednego punktu dla bliźniąt oraz krótkie skróty przy liniach związku "
                        "(„ś.” – ślub, „r.” – rozwód, „s.” – separacja). Nie trzeba znać od razu wszystkich "
                        "symboli – lepiej używać kilku podstawowych konsekwentnie.</p>"
                        "<p>Przykład: w GOPS w fikcyjnej gminie Zielony Jar pracownik socjalny zapisuje rodzinę pana "
                        "Krzysztofa (45 lat) i pani Doroty (41 lat). Rysuje kwadrat po lewej i koło po prawej, łączy "
                        "je linią ciągłą z adnotacją „ś. 2005” i dwiema ukośnymi kreskami „r. 2022”. Pod spodem "
                        "umieszcza trójkę dzieci: najstarszą Julię (17 lat) po lewej, dalej Szymona (13 lat) i "
                        "Hanię (8 lat). Między Julią a ojcem rysuje linię zerwaną, a między Hanią a matką – dwie "
                        "linie bliskości.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Legenda i data",
                        "text": (
                            "<p>W rogu kartki zawsze zapisz legendę użytych linii, datę sporządzenia genogramu i "
                            "imię osoby, która go rysowała. Rodzina się zmienia – za pół roku ktoś z G-PZK "
                            "musi wiedzieć, z jakiego momentu pochodzi obraz.</p>"
                        ),
                    },
                ),
                (
                    "quiz",
                    {
                        "title": "Sprawdź się",
                        "pass_threshold": 70,
                        "max_attempts": 3,
                        "questions": [
                            {
                                "kind": "single",
                                "text": "Jak na genogramie oznaczamy osobę indeksową?",
                                "answers": [
                                    {
                                        "text": "Podwójnym obrysem symbolu",
                                        "correct": True,
                                        "feedback": "Tak – podwójny obrys wskazuje osobę, wokół której "
                                        "budujemy genogram.",
                                    },
                                    {
                                        "text": "Znakiem X w symbolu",
                                        "correct": False,
                                        "feedback": "Nie – znak X w symbolu oznacza osobę zmarłą.",
                                    },
                                    {
                                        "text": "Linią kropkowaną wokół symbolu",
                                        "correct": False,
                                        "feedback": "Nie – linią kropkowaną obrysowujemy osoby mieszkające "
                                        "razem w jednym gospodarstwie domowym.",
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": "Które zasady rysowania związków i dzieci są poprawne?",
                                "answers": [
                                    {
                                        "text": "Dwie ukośne kreski na linii związku oznaczają rozwód.",
                                        "correct": True,
                                        "feedback": "Tak – rozwód to dwie kreski, a separacja jedna.",
                                    },
                                    {
                                        "text": "Najstarsze dziecko umieszczamy po lewej stronie.",
                                        "correct": True,
                                        "feedback": "Tak – rodzeństwo układamy od najstarszego po lewej do "
                                        "najmłodszego po prawej.",
                                    },
                                    {
                                        "text": "Linia przerywana między partnerami oznacza związek nieformalny.",
                                        "correct": True,
                                        "feedback": "Tak – linia przerywana oznacza wspólne zamieszkiwanie "
                                        "bez ślubu, a ciągła małżeństwo.",
                                    },
                                    {
                                        "text": "Jedna ukośna kreska na linii związku oznacza rozwód.",
                                        "correct": False,
                                        "feedback": "Nie – jedna kreska oznacza separację, rozwód zaznaczamy "
                                        "dwiema kreskami.",
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "Trzy równoległe linie między dwiema osobami oznaczają relację zerwaną.",
                                "answers": [
                                    {
                                        "text": "Prawda",
                                        "correct": False,
                                        "feedback": "To nieprawda – trzy linie oznaczają relację zlaną, a "
                                        "zerwaną rysujemy linią przerwaną dwiema poprzecznymi kreskami.",
                                    },
                                    {
                                        "text": "Fałsz",
                                        "correct": True,
                                        "feedback": "Dobrze – trzy równoległe linie to relacja zlana, czyli "
                                        "nadmiernie bliska, a nie zerwana.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "rysowanie-wzorce-etyka",
            "title": "Genogram krok po kroku, wzorce pokoleniowe i etyka",
            "estimated_minutes": 25,
            "completion": "quiz",
            "body": [
                ("heading", "Rysujemy genogram rodziny Wiśniewskich"),
                (
                    "paragraph",
                    (
                        "<p>Asystentka rodziny z MOPS w Lipowym Grodzie (miasto i rodzina są fikcyjne) pracuje z "
                        "panią Anną Wiśniewską (34 lata). Szkoła zgłosiła, że jej syn Kacper (14 lat) opuszcza lekcje i "
                        "wdaje się w bójki. Genogram powstaje podczas drugiej wizyty, przy kuchennym stole:</p>"
                        "<ol>"
                        "<li><strong>Cel i zgoda.</strong> Asystentka wyjaśnia, po co rysują genogram i że pani "
                        "Anna może pominąć każde pytanie.</li>"
                        "<li><strong>Osoba indeksowa.</strong> Na środku kartki rysuje kwadrat z podwójnym "
                        "obrysem – Kacpra, bo to jego sytuacja jest powodem zgłoszenia.</li>"
                        "<li><strong>Rodzice i rodzeństwo.</strong> Nad Kacprem pojawiają się Tomasz (kwadrat po "
                        "lewej) i Anna (koło po prawej), linia ciągła „ś. 2011” z dwiema kreskami „r. 2019”. "
                        "Obok Kacpra, po prawej, młodsza siostra Zuzia (9 lat).</li>"
                        "<li><strong>Obecny związek.</strong> Od Anny prowadzi linia przerywana do Marka (38 lat), "
                        "z którym mieszka od 2021 roku.</li>"
                        "<li><strong>Trzecie pokolenie.</strong> Rodzice Anny: Józef (zmarły w 2015 roku, "
                        "uzależniony od alkoholu – X w kwadracie) i Halina (62 lata), a obok Anny jej starszy brat, który "
                        "od lat nie utrzymuje kontaktu z rodziną; rodzice Tomasza.</li>"
                        "<li><strong>Fakty.</strong> Daty, wiek, praca, choroby, przeprowadzki.</li>"
                        "<li><strong>Relacje i gospodarstwo.</strong> Linia zerwana między Kacprem a ojcem, linia "
                        "konfliktowa między Kacprem a Markiem, dwie linie bliskości między Zuzią a babcią "
                        "Haliną. Kropkowany obrys obejmuje Annę, Marka, Kacpra i Zuzię.</li>"
                        "<li><strong>Legenda i data.</strong></li>"
                        "</ol>"
                    ),
                ),
                ("heading", "Czytanie wzorców między pokoleniami"),
                (
                    "paragraph",
                    (
                        "<p>Gotowy genogram czytamy, szukając powtórzeń i zasobów. W rodzinie Wiśniewskich "
                        "widać, że Anna, podobnie jak Kacper dziś, jako nastolatka miała konflikt z ojcem pijącym "
                        "alkohol, a jej brat wyprowadził się z domu w wieku 17 lat i zerwał kontakt z rodziną. "
                        "Pytania warte zadania to:</p>"
                        "<ul>"
                        "<li>Jakie wydarzenia i role powtarzają się w kolejnych pokoleniach?</li>"
                        "<li>Jak rodzina radziła sobie wcześniej z podobnymi kryzysami?</li>"
                        "<li>Kto jest zasobem – tu babcia Halina, z którą dzieci mają dobry kontakt?</li>"
                        "<li>Czy zbiegi dat (śmierć dziadka, rozwód, przeprowadzka) pokrywają się z pogorszeniem "
                        "zachowania dziecka?</li>"
                        "</ul>"
                        "<p>Wzorzec to <em>hipoteza do sprawdzenia z rodziną</em>, a nie wyrok. Fakt, że dziadek "
                        "był uzależniony, nie oznacza, że Kacper „musi” powtórzyć jego los. Na spotkaniu G-PZK "
                        "zespół może na tej podstawie zaplanować np. wsparcie psychologa szkolnego dla Kacpra, "
                        "konsultację w poradni uzależnień dla rodziny i włączenie babci w opiekę nad Zuzią.</p>"
                    ),
                ),
                ("heading", "Etyka i zgoda"),
                (
                    "paragraph",
                    (
                        "<p>Genogram zawiera dane wrażliwe: o zdrowiu, uzależnieniach, przemocy, wyrokach. "
                        "Dlatego:</p>"
                        "<ul>"
                        "<li>rysujemy go <strong>z rodziną, a nie o rodzinie</strong> – za jej świadomą zgodą "
                        "i z prawem do odmowy;</li>"
                        "<li>zapisujemy tylko informacje potrzebne do celu pracy;</li>"
                        "<li>przechowujemy go w dokumentacji sprawy, zgodnie z zasadami ochrony danych osobowych "
                        "obowiązującymi w jednostce;</li>"
                        "<li>w G-PZK udostępniamy go tylko w zakresie niezbędnym i na właściwej "
                        "podstawie prawnej; w razie wątpliwości konsultujemy się z inspektorem ochrony "
                        "danych;</li>"
                        "<li>nie używamy ocen i etykiet w adnotacjach – piszemy „leczenie odwykowe 2018”, a nie "
                        "„alkoholik”.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "important",
                        "title": "Genogram należy także do rodziny",
                        "text": (
                            "<p>Pokaż rodzinie gotowy rysunek i zapytaj, czy się w nim rozpoznaje. Jeśli pani "
                            "Anna uważa, że relacja z Markiem jest „trudna, ale nie wroga”, popraw linię. "
                            "Genogram, z którym rodzina się zgadza, jest lepszą podstawą planu niż najdokładniejszy "
                            "rysunek zrobiony za jej plecami.</p>"
                        ),
                    },
                ),
                (
                    "quiz",
                    {
                        "title": "Sprawdź się",
                        "pass_threshold": 70,
                        "max_attempts": 3,
                        "questions": [
                            {
                                "kind": "single",
                                "text": "Od czego zaczyna się rysowanie genogramu z rodziną?",
                                "answers": [
                                    {
                                        "text": "Od wyjaśnienia celu i uzyskania zgody rodziny",
                                        "correct": True,
                                        "feedback": "Tak – rodzina musi wiedzieć, po co powstaje genogram, "
                                        "i może odmówić odpowiedzi na każde pytanie.",
                                    },
                                    {
                                        "text": "Od narysowania najstarszego pokolenia dziadków",
                                        "correct": False,
                                        "feedback": "Nie – dziadków dodajemy później, a na kartce zaczynamy "
                                        "od osoby indeksowej.",
                                    },
                                    {
                                        "text": "Od narysowania linii relacji emocjonalnych",
                                        "correct": False,
                                        "feedback": "Nie – relacje rysujemy dopiero wtedy, gdy na kartce jest "
                                        "już struktura rodziny.",
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": "Które działania są zgodne z etyczną pracą z genogramem?",
                                "answers": [
                                    {
                                        "text": "Zapisywanie tylko informacji potrzebnych do celu pracy",
                                        "correct": True,
                                        "feedback": "Tak – genogram zawiera dane wrażliwe, więc zbieramy "
                                        "ich tylko tyle, ile potrzeba.",
                                    },
                                    {
                                        "text": "Pokazanie rodzinie gotowego rysunku i poprawienie go po jej uwagach",
                                        "correct": True,
                                        "feedback": "Tak – genogram, w którym rodzina się rozpoznaje, jest "
                                        "lepszą podstawą planu pomocy.",
                                    },
                                    {
                                        "text": "Udostępnianie genogramu w G-PZK tylko w niezbędnym zakresie",
                                        "correct": True,
                                        "feedback": "Tak – w G-PZK dzielimy się danymi tylko w "
                                        "niezbędnym zakresie i na właściwej podstawie prawnej.",
                                    },
                                    {
                                        "text": "Wpisywanie pod symbolem określeń typu „alkoholik”",
                                        "correct": False,
                                        "feedback": "Nie – unikamy etykiet i zapisujemy fakty, np. "
                                        "„leczenie odwykowe 2018”.",
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "Jeśli dziadek był uzależniony od alkoholu, genogram dowodzi, że "
                                "wnuk powtórzy jego los.",
                                "answers": [
                                    {
                                        "text": "Prawda",
                                        "correct": False,
                                        "feedback": "To nieprawda – wzorzec pokoleniowy to hipoteza do "
                                        "sprawdzenia z rodziną, a nie wyrok.",
                                    },
                                    {
                                        "text": "Fałsz",
                                        "correct": True,
                                        "feedback": "Dobrze – powtarzający się wzorzec wskazuje ryzyko i "
                                        "temat rozmowy, ale niczego nie przesądza.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
        EXERCISE_LESSON,
    ],
}

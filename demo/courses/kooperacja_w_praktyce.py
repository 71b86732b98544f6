COURSE = {
    "slug": "kooperacja-w-praktyce",
    "title": "Kooperacja w praktyce",
    "summary": (
        "Praktyczne szkolenie o tym, jak w Modelu Kooperacji współpracują pomoc społeczna, szkoła, policja, ochrona "
        "zdrowia, urząd pracy, kuratorzy i organizacje pozarządowe. Pokazujemy pracę Gminno-Powiatowego Zespołu "
        "Kooperacji, wspólną diagnozę i indywidualny plan kooperacji dla rodziny, a także bezpieczną wymianę "
        "informacji i prowadzenie konferencji przypadku."
    ),
    "audience": (
        "Szkolenie jest przeznaczone dla pracowników socjalnych, asystentów rodziny, członków G-PZK oraz pracowników "
        "ROPS wdrażających Model Kooperacji."
    ),
    "outcomes": [
        "Wiesz, czym jest kooperacja w Modelu Kooperacji i czym różni się od zwykłej korespondencji między "
        "instytucjami.",
        "Potrafisz opisać zadania Gminno-Powiatowego Zespołu Kooperacji, jego koordynatora i instytucji partnerskich.",
        "Potrafisz przeprowadzić z partnerami wspólną diagnozę i przygotować indywidualny plan kooperacji dla rodziny.",
        "Wiesz, jak przekazywać informacje o rodzinie zgodnie z RODO i zasadą wiedzy koniecznej.",
        "Potrafisz przygotować, poprowadzić i udokumentować konferencję przypadku.",
    ],
    "certificate": True,
    "pass_threshold": 70,
    "prerequisites": [],
    "lessons": [
        {
            "slug": "model-kooperacji-i-zespol-g-pzk",
            "title": "Model Kooperacji i zespół G-PZK",
            "estimated_minutes": 20,
            "completion": "viewed",
            "body": [
                ("heading", "Czym jest kooperacja"),
                (
                    "paragraph",
                    "<p>W codziennej pracy ośrodka pomocy społecznej współpraca z innymi instytucjami często "
                    "sprowadza się do pism: OPS prosi szkołę o opinię, szkoła odpowiada po dwóch tygodniach, "
                    "a policja przesyła informację o interwencji. Każdy robi swoje, ale nikt nie widzi całej "
                    "rodziny. <strong>Kooperacja</strong> w rozumieniu Modelu Kooperacji to coś więcej: "
                    "instytucje wspólnie ustalają, jaki jest problem, jaki cel chcą osiągnąć z rodziną i kto "
                    "za co odpowiada. Zamiast równoległych działań powstaje jeden uzgodniony plan.</p>"
                    "<p>Model wypracowano i rozwijano w projektach realizowanych przez regionalne ośrodki "
                    "polityki społecznej – m.in. „Liderzy kooperacji”, „Kooperacja – efektywna i skuteczna” "
                    "oraz „Kooperacja 3D”. Jego rdzeniem jest przekonanie, że problemy rodziny rzadko mieszczą "
                    "się w kompetencjach jednej instytucji, więc i wsparcie nie powinno być rozdrobnione.</p>",
                ),
                ("heading", "Gminno-Powiatowy Zespół Kooperacji"),
                (
                    "paragraph",
                    "<p><strong>G-PZK</strong> to stały zespół przedstawicieli instytucji działających na "
                    "terenie gminy i powiatu. Łączy poziom gminny (OPS, szkoły, gminna komisja rozwiązywania "
                    "problemów alkoholowych) z powiatowym (PCPR, powiatowy urząd pracy, sąd i kuratorzy, "
                    "poradnia psychologiczno-pedagogiczna). Zespół:</p>"
                    "<ul>"
                    "<li>rozpoznaje potrzeby mieszkańców i zasoby instytucji na swoim terenie,</li>"
                    "<li>uzgadnia zasady współpracy i przepływu informacji między partnerami,</li>"
                    "<li>zajmuje się sytuacjami rodzin, w których potrzebne jest działanie kilku służb "
                    "naraz,</li>"
                    "<li>monitoruje realizację planów i wskazuje bariery systemowe, np. brak terapeuty "
                    "uzależnień w powiecie.</li>"
                    "</ul>",
                ),
                ("heading", "Rola koordynatora"),
                (
                    "paragraph",
                    "<p>Pracę zespołu koordynuje wyznaczona osoba – <strong>koordynator</strong>, zwykle ktoś z "
                    "ośrodka pomocy społecznej. Nie wydaje on poleceń przedstawicielom innych instytucji – każdy "
                    "partner działa w granicach swoich przepisów i kompetencji. Rolą koordynatora jest zadbać, "
                    "by działania partnerów się uzupełniały. W praktyce koordynator:</p>"
                    "<ol>"
                    "<li>zbiera zgłoszenia sytuacji wymagających kooperacji,</li>"
                    "<li>zaprasza właściwych partnerów i przygotowuje spotkania,</li>"
                    "<li>pilnuje, aby ustalenia miały wykonawców i terminy,</li>"
                    "<li>zbiera informacje zwrotne i dba o ciągłość działań, gdy zmienia się osoba "
                    "prowadząca.</li>"
                    "</ol>",
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "title": "Przykład: rodzina Nowickich z fikcyjnej gminy Zielony Jar",
                        "text": "<p>Pani Marta Nowicka samotnie wychowuje dwoje dzieci: 9-letniego Kubę i "
                        "4-letnią Zosię. Wychowawczyni zgłasza, że Kuba opuścił w tym semestrze ponad jedną "
                        "trzecią lekcji. Dzielnicowy był dwa razy wzywany na awanturę z byłym partnerem pani "
                        "Marty, a PUP informuje, że pani Marta straciła status osoby bezrobotnej, bo nie stawiła "
                        "się na wizytę. Każda z tych informacji osobno wygląda na „drobną sprawę”. Dopiero "
                        "koordynator G-PZK zestawia je i zaprasza szkołę, dzielnicowego, PUP i pracownika "
                        "socjalnego GOPS na wspólne spotkanie.</p>",
                    },
                ),
                ("heading", "Instytucje i ich role"),
                (
                    "paragraph",
                    "<p>Skuteczna kooperacja wymaga, by każdy partner wiedział, co realnie może wnieść:</p>"
                    "<ul>"
                    "<li><strong>OPS/GOPS/MOPS</strong> – praca socjalna, świadczenia, asystent rodziny, "
                    "zwykle funkcja koordynująca,</li>"
                    "<li><strong>szkoła i przedszkole</strong> – obserwacja dziecka, pedagog i psycholog "
                    "szkolny, pomoc psychologiczno-pedagogiczna,</li>"
                    "<li><strong>policja</strong> – bezpieczeństwo, dzielnicowy, procedura „Niebieskie "
                    "Karty”,</li>"
                    "<li><strong>ochrona zdrowia</strong> – lekarz rodzinny, pielęgniarka środowiskowa, "
                    "poradnia zdrowia psychicznego i leczenia uzależnień,</li>"
                    "<li><strong>PUP</strong> – oferta aktywizacji zawodowej, szkolenia, staże,</li>"
                    "<li><strong>kuratorzy sądowi</strong> – nadzór orzeczony przez sąd i informacja dla "
                    "sądu,</li>"
                    "<li><strong>organizacje pozarządowe</strong> – świetlice, poradnictwo, grupy wsparcia, "
                    "wolontariat.</li>"
                    "</ul>"
                    "<p>Dobrą praktyką jest przygotowanie w G-PZK prostej „mapy zasobów”: do kogo, w jakich "
                    "godzinach i na jakich zasadach można kierować zgłoszenia. Oszczędza to tygodnie, gdy rodzina "
                    "potrzebuje szybkiej pomocy.</p>"
                    "<p>Pamiętaj, że kooperacja nie zastępuje procedur poszczególnych instytucji. Jeśli "
                    "dziecku grozi niebezpieczeństwo, nikt nie czeka na posiedzenie zespołu – działa się "
                    "natychmiast, a G-PZK włącza się w dalsze, długofalowe wsparcie rodziny.</p>"
                    "<p>Warto też pamiętać, że skład zespołu pracującego z konkretną rodziną jest zawsze "
                    "dobierany do jej sytuacji. W sprawie rodziny Nowickich nie ma potrzeby zapraszać "
                    "kuratora, jeśli sąd nie orzekł nadzoru, ale może być potrzebna poradnia "
                    "psychologiczno-pedagogiczna.</p>",
                ),
            ],
        },
        {
            "slug": "wspolna-diagnoza-i-plan-kooperacji",
            "title": "Wspólna diagnoza i indywidualny plan kooperacji",
            "estimated_minutes": 20,
            "completion": "quiz",
            "body": [
                ("heading", "Dlaczego diagnoza ma być wspólna"),
                (
                    "paragraph",
                    "<p>Każda instytucja widzi rodzinę przez własne okno. Szkoła widzi nieobecności dziecka, "
                    "PUP – niestawiennictwo, policja – interwencje. <strong>Wspólna diagnoza</strong> łączy "
                    "te obrazy w jeden i pozwala odróżnić objawy od przyczyn. Kluczowe jest też włączenie "
                    "samej rodziny: to jej członkowie najlepiej wiedzą, co im przeszkadza i na co są gotowi. "
                    "Diagnoza robiona „o rodzinie bez rodziny” zwykle kończy się planem, którego nikt nie "
                    "realizuje.</p>",
                ),
                ("heading", "Jak przeprowadzić wspólną diagnozę"),
                (
                    "paragraph",
                    "<ol>"
                    "<li><strong>Zebranie informacji</strong> – każdy partner przygotowuje krótką, rzeczową "
                    "informację: fakty, daty, podjęte działania. Bez ocen typu „matka jest "
                    "niewydolna”.</li>"
                    "<li><strong>Rozmowa z rodziną</strong> – pracownik socjalny lub asystent rodziny pyta o "
                    "jej perspektywę, potrzeby i mocne strony.</li>"
                    "<li><strong>Zestawienie obrazu</strong> – na spotkaniu partnerzy porządkują "
                    "informacje: problemy, przyczyny, zasoby rodziny i otoczenia.</li>"
                    "<li><strong>Ustalenie priorytetów</strong> – co trzeba zmienić najpierw, bo od tego "
                    "zależą kolejne kroki.</li>"
                    "</ol>"
                    "<p>W diagnozie warto zawsze wskazać <strong>zasoby</strong>, a nie tylko deficyty: "
                    "zaangażowaną babcię, dobre relacje dziecka z trenerem, doświadczenie zawodowe rodzica. "
                    "To na nich opiera się późniejsza zmiana.</p>"
                    "<p>Wnioski z diagnozy zapisuje się krótko i rzeczowo, tak aby każdy partner – a także "
                    "sama rodzina – mógł je przeczytać i zrozumieć. Zamiast specjalistycznego żargonu lepiej "
                    "użyć prostych zdań opisujących sytuację, np. „Po nocach, w których w domu była awantura, "
                    "Kuba spóźnia się do szkoły albo w ogóle do niej nie idzie”.</p>",
                ),
                ("heading", "Indywidualny plan kooperacji"),
                (
                    "paragraph",
                    "<p>Efektem diagnozy jest <strong>indywidualny plan kooperacji</strong> dla rodziny. Plan "
                    "powinien zawierać:</p>"
                    "<ul>"
                    "<li>cel główny sformułowany językiem zrozumiałym dla rodziny,</li>"
                    "<li>cele szczegółowe – konkretne i mierzalne,</li>"
                    "<li>działania z przypisaną instytucją i osobą odpowiedzialną,</li>"
                    "<li>terminy realizacji i datę przeglądu planu,</li>"
                    "<li>zobowiązania samej rodziny.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "title": "Fragment planu: rodzina Kowalczyków z fikcyjnego miasta Lipowy Gród",
                        "text": "<p>Cel główny: „Ola chodzi do szkoły, a pan Adam wraca do pracy”. "
                        "Działania: pedagog szkolny spotyka się z Olą raz w tygodniu i co dwa tygodnie "
                        "przekazuje asystentce rodziny informację o frekwencji; doradca zawodowy PUP "
                        "umawia pana Adama na rozmowę do 15 marca; stowarzyszenie „Przystań” zapewnia Oli "
                        "miejsce w świetlicy; pan Adam odprowadza córkę do szkoły. Przegląd planu – za "
                        "trzy miesiące.</p>",
                    },
                ),
                (
                    "paragraph",
                    "<p>Najczęstsze błędy to cele zbyt ogólne („poprawa funkcjonowania rodziny”), działania "
                    "bez nazwiska osoby odpowiedzialnej oraz brak daty przeglądu. Plan, którego nikt nie "
                    "monitoruje, szybko staje się dokumentem „do szuflady”.</p>",
                ),
                ("heading", "Monitorowanie i przegląd planu"),
                (
                    "paragraph",
                    "<p>Plan jest narzędziem pracy, a nie jednorazowym dokumentem. Koordynator G-PZK lub "
                    "pracownik socjalny prowadzący rodzinę ustala z partnerami prosty sposób monitorowania:</p>"
                    "<ul>"
                    "<li>krótka informacja zwrotna od każdego wykonawcy w uzgodnionym rytmie, np. co dwa "
                    "tygodnie,</li>"
                    "<li>rozmowa z rodziną o tym, co się udało, a co okazało się zbyt trudne,</li>"
                    "<li>spotkanie przeglądowe w terminie wpisanym do planu.</li>"
                    "</ul>"
                    "<p>Podczas przeglądu zespół odpowiada na trzy pytania: czy cele są realizowane, co "
                    "przeszkadza i czy plan wymaga zmiany. Jeśli pan Adam podjął pracę na zmiany i nie może "
                    "odprowadzać Oli, nie jest to „porażka planu”, tylko sygnał, by poszukać innego "
                    "rozwiązania – np. wsparcia babci lub wolontariuszki ze stowarzyszenia. Gdy cele zostaną "
                    "osiągnięte, plan zamyka się wspólną decyzją, a rodzina wie, do kogo może zwrócić się "
                    "w razie nowych trudności.</p>",
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
                                "text": "Który cel najlepiej nadaje się do indywidualnego planu kooperacji?",
                                "answers": [
                                    {
                                        "text": "Ola uczestniczy w co najmniej 90% lekcji do końca semestru.",
                                        "correct": True,
                                        "feedback": "Tak – cel jest konkretny, mierzalny i ma termin.",
                                    },
                                    {
                                        "text": "Poprawa funkcjonowania rodziny.",
                                        "correct": False,
                                        "feedback": "Nie – to cel zbyt ogólny, nie da się sprawdzić, "
                                        "czy został osiągnięty.",
                                    },
                                    {
                                        "text": "Rodzina powinna bardziej się starać.",
                                        "correct": False,
                                        "feedback": "Nie – to ocena, a nie cel z działaniem i terminem.",
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": "Co powinien zawierać indywidualny plan kooperacji?",
                                "answers": [
                                    {
                                        "text": "Działania z przypisaną osobą odpowiedzialną.",
                                        "correct": True,
                                        "feedback": "Tak – bez wykonawcy działanie zwykle nie zostaje zrealizowane.",
                                    },
                                    {
                                        "text": "Datę przeglądu planu.",
                                        "correct": True,
                                        "feedback": "Tak – przegląd pozwala ocenić postępy i zmienić działania.",
                                    },
                                    {
                                        "text": "Zobowiązania samej rodziny.",
                                        "correct": True,
                                        "feedback": "Tak – rodzina jest współautorem planu, a nie tylko jego odbiorcą.",
                                    },
                                    {
                                        "text": "Oceny osobowości członków rodziny.",
                                        "correct": False,
                                        "feedback": "Nie – plan opisuje fakty, cele i działania, a nie oceny.",
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "Wspólną diagnozę najlepiej przeprowadzić bez udziału rodziny, "
                                "aby partnerzy mogli rozmawiać swobodnie.",
                                "answers": [
                                    {
                                        "text": "Prawda",
                                        "correct": False,
                                        "feedback": "Nie – diagnoza bez rodziny prowadzi do planu, którego "
                                        "rodzina nie realizuje.",
                                    },
                                    {
                                        "text": "Fałsz",
                                        "correct": True,
                                        "feedback": "Tak – perspektywa i zasoby rodziny są kluczową częścią diagnozy.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "informacje-rodo-i-konferencja-przypadku",
            "title": "Wymiana informacji, RODO i konferencja przypadku",
            "estimated_minutes": 20,
            "completion": "quiz",
            "body": [
                ("heading", "Bezpieczny przepływ informacji"),
                (
                    "paragraph",
                    "<p>Kooperacja wymaga dzielenia się informacjami, ale nie oznacza, że wszyscy wiedzą "
                    "wszystko. Dane rodziny chroni RODO, a pracowników socjalnych, nauczycieli, lekarzy i "
                    "kuratorów obowiązuje także tajemnica zawodowa. Przed przekazaniem informacji zadaj "
                    "sobie trzy pytania:</p>"
                    "<ul>"
                    "<li><strong>Na jakiej podstawie?</strong> – przepis prawa, zadanie instytucji lub "
                    "świadoma zgoda rodziny,</li>"
                    "<li><strong>W jakim celu?</strong> – informacja musi służyć realizacji planu,</li>"
                    "<li><strong>Komu jest niezbędna?</strong> – zasada wiedzy koniecznej: przekazujesz tylko "
                    "to, czego partner potrzebuje do swojego zadania.</li>"
                    "</ul>"
                    "<p>Doradca PUP nie musi znać szczegółów leczenia psychiatrycznego, wystarczy mu "
                    "informacja, że klient może podjąć pracę w niepełnym wymiarze. Dane o zdrowiu należą do "
                    "szczególnych kategorii danych i wymagają wyjątkowej ostrożności.</p>"
                    "<p>Najprostszym sposobem budowania zaufania jest rozmowa z rodziną na początku "
                    "współpracy. Wyjaśnij, które instytucje biorą udział w planie, jakie informacje będą "
                    "wymieniane i w jakim celu. Jeżeli podstawą jest zgoda, powinna być dobrowolna, "
                    "konkretna i udokumentowana, a rodzina musi wiedzieć, że może ją wycofać. W rozmowach "
                    "zespołu o sytuacjach typowych, np. przy omawianiu barier systemowych, warto posługiwać "
                    "się danymi zanonimizowanymi.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "important",
                        "title": "Czego unikać",
                        "text": "<p>Nie przesyłaj danych rodziny prywatną pocztą ani komunikatorem, nie "
                        "omawiaj spraw na korytarzu i nie udostępniaj pełnych wywiadów środowiskowych. "
                        "Wątpliwości konsultuj z inspektorem ochrony danych swojej instytucji. Rodzinę "
                        "informuj, kto i po co otrzyma dane o niej.</p>",
                    },
                ),
                ("heading", "Przygotowanie konferencji przypadku"),
                (
                    "paragraph",
                    "<p><strong>Konferencja przypadku</strong> to spotkanie partnerów – najlepiej z udziałem "
                    "rodziny – poświęcone jednej sytuacji. Koordynator lub pracownik socjalny:</p>"
                    "<ol>"
                    "<li>formułuje cel spotkania, np. „uzgodnić wsparcie dla Kuby w powrocie do szkoły”,</li>"
                    "<li>zaprasza tylko te osoby, które mają wpływ na sytuację,</li>"
                    "<li>rozmawia wcześniej z rodziną o przebiegu i jej udziale,</li>"
                    "<li>przesyła porządek spotkania i prosi partnerów o krótkie informacje.</li>"
                    "</ol>",
                ),
                ("heading", "Przebieg i dokumentowanie"),
                (
                    "paragraph",
                    "<p>Przebieg spotkania, który dobrze działa zarówno w małej gminie wiejskiej, "
                    "jak i w dużym MOPS-ie, obejmuje pięć kroków. Ich kolejność ma znaczenie – rodzina "
                    "zabiera głos przed specjalistami, dzięki czemu nie czuje się oceniana i łatwiej "
                    "angażuje się w ustalenia:</p>"
                    "<ol>"
                    "<li>przedstawienie uczestników, celu i zasad poufności,</li>"
                    "<li>perspektywa rodziny – co się dzieje i czego potrzebuje,</li>"
                    "<li>krótkie informacje partnerów: fakty zamiast ocen,</li>"
                    "<li>wspólne ustalenie celów i działań,</li>"
                    "<li>zamknięcie: kto, co i do kiedy robi oraz data kolejnego spotkania.</li>"
                    "</ol>"
                    "<p>Prowadzący pilnuje czasu i tonu – rozmowa nie może zamienić się w listę zarzutów "
                    "wobec rodziny ani we wzajemne obwinianie się instytucji. Na przykład podczas konferencji "
                    "w sprawie pani Nowickiej z fikcyjnej gminy Zielony Jar pedagog, dzielnicowy i doradca PUP ustalili, "
                    "że rozmowa w urzędzie pracy odbędzie się w godzinach lekcji Kuby, a pani Marta "
                    "skorzysta z grupy wsparcia w lokalnym stowarzyszeniu.</p>"
                    "<p>Z konferencji sporządza się <strong>notatkę lub protokół</strong>: uczestnicy, "
                    "ustalenia, osoby odpowiedzialne, terminy. Zapisuje się fakty i decyzje, a nie pełną "
                    "treść dyskusji. Uczestnicy otrzymują tylko tę część ustaleń, która dotyczy ich "
                    "zadań.</p>"
                    "<p>Po konferencji koordynator w ciągu kilku dni sprawdza, czy ustalenia trafiły do "
                    "wykonawców, a pracownik socjalny omawia je z rodziną, jeśli nie uczestniczyła w całym "
                    "spotkaniu. Kolejna konferencja nie powinna zaczynać się od początku, lecz od przeglądu "
                    "tego, co uzgodniono poprzednio.</p>",
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
                                "text": "Co oznacza zasada wiedzy koniecznej?",
                                "answers": [
                                    {
                                        "text": "Partner otrzymuje tylko informacje niezbędne do jego zadania.",
                                        "correct": True,
                                        "feedback": "Tak – zakres przekazywanych danych wynika z zadania "
                                        "partnera w planie.",
                                    },
                                    {
                                        "text": "Wszyscy członkowie G-PZK znają pełną dokumentację rodziny.",
                                        "correct": False,
                                        "feedback": "Nie – pełny dostęp dla wszystkich narusza zasadę "
                                        "minimalizacji danych.",
                                    },
                                    {
                                        "text": "Informacje przekazuje się wyłącznie na wniosek sądu.",
                                        "correct": False,
                                        "feedback": "Nie – podstawą może być też przepis, zadanie "
                                        "instytucji lub zgoda rodziny.",
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": "Co powinno znaleźć się w notatce z konferencji przypadku?",
                                "answers": [
                                    {
                                        "text": "Ustalenia i osoby odpowiedzialne.",
                                        "correct": True,
                                        "feedback": "Tak – to rdzeń notatki, bez niego nie da się monitorować działań.",
                                    },
                                    {
                                        "text": "Terminy realizacji działań.",
                                        "correct": True,
                                        "feedback": "Tak – terminy pozwalają sprawdzić, czy ustalenia są realizowane.",
                                    },
                                    {
                                        "text": "Pełna, dosłowna treść dyskusji.",
                                        "correct": False,
                                        "feedback": "Nie – zapisuje się fakty i decyzje, a nie cały przebieg rozmowy.",
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "Dane rodziny można przesłać partnerowi prywatnym komunikatorem, "
                                "jeśli sprawa jest pilna.",
                                "answers": [
                                    {
                                        "text": "Prawda",
                                        "correct": False,
                                        "feedback": "Nie – pilność sprawy nie uzasadnia korzystania z "
                                        "prywatnych kanałów.",
                                    },
                                    {
                                        "text": "Fałsz",
                                        "correct": True,
                                        "feedback": "Tak – dane przekazuje się wyłącznie bezpiecznymi, "
                                        "służbowymi kanałami.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
    ],
}

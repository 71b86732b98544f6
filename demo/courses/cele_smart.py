COURSE = {
    "slug": "cele-smart",
    "title": "Cele SMART",
    "summary": (
        "Szkolenie pokazuje, jak formułować cele w indywidualnym planie kooperacji tak, aby rodzina, "
        "instytucje i koordynator wiedzieli, do czego zmierzają i po czym poznają postęp. "
        "Omawia kryteria SMART, wskaźniki z wartościami docelowymi, terminy, osoby odpowiedzialne "
        "oraz typowe błędy na przykładach z pracy socjalnej."
    ),
    "audience": (
        "Szkolenie jest przeznaczone dla pracowników socjalnych, asystentów rodziny, członków G-PZK "
        "i pracowników ROPS, którzy współtworzą plany kooperacji dla rodzin."
    ),
    "outcomes": [
        "Wiesz, dlaczego dobrze sformułowany cel jest podstawą indywidualnego planu kooperacji.",
        "Potrafisz sprawdzić cel według pięciu kryteriów SMART i poprawić jego brzmienie.",
        "Potrafisz dobrać do celu wskaźnik z wartością wyjściową, docelową i terminem pomiaru.",
        "Potrafisz rozpisać cel na kroki z przypisaną osobą odpowiedzialną i terminem.",
        "Wiesz, jakie błędy najczęściej pojawiają się w celach i jak ich unikać.",
    ],
    "certificate": True,
    "pass_threshold": 70,
    "prerequisites": [],
    "lessons": [
        {
            "slug": "po-co-cele-w-planie-kooperacji",
            "title": "Po co cele w planie kooperacji",
            "estimated_minutes": 20,
            "completion": "viewed",
            "body": [
                ("heading", "Cel jako wspólny kierunek"),
                (
                    "paragraph",
                    "<p>Indywidualny plan kooperacji powstaje po wspólnej diagnozie potrzeb rodziny. "
                    "Diagnoza odpowiada na pytanie „co się dzieje?”, a cele – na pytanie „co ma się "
                    "zmienić?”. Bez jasno zapisanych celów plan zamienia się w listę działań, które "
                    "instytucje wykonują równolegle, często nie wiedząc o sobie nawzajem. Szkoła "
                    "organizuje zajęcia wyrównawcze, OPS przyznaje zasiłek, kurator przeprowadza "
                    "wywiad – a po pół roku nikt nie potrafi powiedzieć, czy sytuacja rodziny "
                    "się poprawiła.</p>"
                    "<p>Cel porządkuje współpracę w Gminno-Powiatowym Zespole Kooperacji. Pokazuje, "
                    "do czego zmierzają wszyscy partnerzy, i pozwala koordynatorowi sprawdzić, czy "
                    "działania rzeczywiście przybliżają rodzinę do zmiany.</p>",
                ),
                ("heading", "Co daje dobrze sformułowany cel"),
                (
                    "paragraph",
                    "<p>Dobrze zapisany cel pełni w planie kilka funkcji jednocześnie:</p>"
                    "<ul>"
                    "<li><strong>Uzgadnia oczekiwania</strong> – rodzina, pracownik socjalny, "
                    "pedagog szkolny i doradca zawodowy PUP rozumieją go tak samo.</li>"
                    "<li><strong>Motywuje rodzinę</strong> – konkretna, osiągalna zmiana jest "
                    "bardziej przekonująca niż ogólne hasło „poprawa sytuacji”.</li>"
                    "<li><strong>Dzieli odpowiedzialność</strong> – wiadomo, która instytucja "
                    "i która osoba odpowiada za poszczególne kroki.</li>"
                    "<li><strong>Umożliwia monitoring</strong> – na spotkaniu zespołu można porównać "
                    "stan obecny z zaplanowanym, zamiast opierać się na wrażeniach.</li>"
                    "<li><strong>Ułatwia zakończenie współpracy</strong> – gdy cel zostanie "
                    "osiągnięty, zespół ma podstawę, by zamknąć plan albo wyznaczyć nowy etap.</li>"
                    "</ul>",
                ),
                ("heading", "Przykład: rodzina Jabłońskich z fikcyjnej gminy Zielony Jar"),
                (
                    "paragraph",
                    "<p>Pani Renata Jabłońska samotnie wychowuje trzech synów. Najstarszy, 14-letni "
                    "Bartek, w ostatnim semestrze opuścił 40% zajęć. Pani Renata od dwóch lat nie "
                    "pracuje, rodzina ma zaległości czynszowe. Wspólna diagnoza, przygotowana przez "
                    "pracownika socjalnego GOPS, wychowawcę i pedagoga szkolnego oraz doradcę PUP, "
                    "wskazała trzy sprawy: obowiązek szkolny Bartka, pracę pani Renaty i mieszkanie.</p>"
                    "<p>Pierwsza wersja planu zawierała zapis „poprawa funkcjonowania rodziny”. "
                    "Na spotkaniu G-PZK okazało się, że każdy rozumie go inaczej: szkoła myślała "
                    "o frekwencji, PUP o podjęciu pracy, a spółdzielnia mieszkaniowa o spłacie długu. "
                    "Zespół rozpisał więc ogólny zapis na trzy cele, z których jeden brzmiał: "
                    "„Do końca czerwca Bartek będzie obecny na co najmniej 90% lekcji w każdym "
                    "miesiącu”. Taki cel można sprawdzić w dzienniku elektronicznym, a pani Renata "
                    "wie, czego się od niej oczekuje.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "important",
                        "title": "Cel formułujemy razem z rodziną",
                        "text": "<p>Cel zapisany bez udziału rodziny jest celem instytucji, nie "
                        "rodziny. Zapytaj, co dla członków rodziny byłoby oznaką, że jest lepiej, "
                        "i używaj ich słów tam, gdzie to możliwe. Rodzina, która współtworzy cel, "
                        "częściej bierze odpowiedzialność za swoje kroki.</p>",
                    },
                ),
                ("heading", "Cel główny i cele szczegółowe"),
                (
                    "paragraph",
                    "<p>W planie warto rozróżnić dwa poziomy:</p>"
                    "<ol>"
                    "<li><strong>Cel główny</strong> – opisuje pożądaną sytuację rodziny w dłuższej "
                    "perspektywie, np. „Rodzina Jabłońskich samodzielnie utrzymuje mieszkanie i zapewnia "
                    "dzieciom realizację obowiązku szkolnego”.</li>"
                    "<li><strong>Cele szczegółowe</strong> – opisują konkretne zmiany, które do niego "
                    "prowadzą, i to one muszą spełniać kryteria SMART. Zwykle wystarczą dwa lub "
                    "trzy cele na jeden okres planu.</li>"
                    "</ol>"
                    "<p>Zbyt wiele celów rozprasza uwagę rodziny i zespołu. Lepiej ustalić mniej "
                    "priorytetów, osiągnąć je i dopiero potem planować kolejne. W następnej lekcji "
                    "poznasz pięć kryteriów, według których sprawdzisz każdy cel szczegółowy.</p>"
                    "<p>Cel główny pozostaje punktem odniesienia przez cały czas trwania współpracy.</p>",
                ),
            ],
        },
        {
            "slug": "kryteria-smart",
            "title": "Kryteria SMART krok po kroku",
            "estimated_minutes": 20,
            "completion": "quiz",
            "body": [
                ("heading", "Pięć liter, pięć pytań"),
                (
                    "paragraph",
                    "<p>SMART to skrót, który pomaga sprawdzić, czy cel nadaje się do realizacji "
                    "i oceny. Każda litera to pytanie, jakie zespół zadaje sobie przy zapisywaniu "
                    "celu w planie kooperacji:</p>"
                    "<ul>"
                    "<li><strong>S – Konkretny</strong>: czego dokładnie dotyczy zmiana i kogo? "
                    "Zamiast „poprawa sytuacji dziecka” – „regularne uczęszczanie Leny do "
                    "przedszkola”.</li>"
                    "<li><strong>M – Mierzalny</strong>: po czym poznamy, że cel został osiągnięty? "
                    "Potrzebna jest liczba, częstotliwość lub wyraźny fakt, np. „podpisana umowa "
                    "o pracę”.</li>"
                    "<li><strong>A – Osiągalny</strong>: czy rodzina, przy wsparciu instytucji, "
                    "realnie może to zrobić w zaplanowanym czasie i przy swoich zasobach?</li>"
                    "<li><strong>R – Istotny</strong>: czy cel odpowiada na problem wskazany "
                    "w diagnozie i jest ważny dla rodziny, a nie tylko wygodny dla instytucji?</li>"
                    "<li><strong>T – Określony w czasie</strong>: do kiedy cel ma zostać osiągnięty "
                    "i kiedy sprawdzamy postęp?</li>"
                    "</ul>",
                ),
                ("heading", "Jak stosować kryteria w praktyce"),
                (
                    "paragraph",
                    "<p>Kryteria najlepiej sprawdzać po kolei, na głos, podczas spotkania zespołu. "
                    "Weźmy przykład z MOPS w fikcyjnym mieście Lipowy Gród. Pan Jerzy Malinowski, "
                    "52 lata, od trzech lat jest bezrobotny i nadużywa alkoholu. Pierwotny zapis celu "
                    "brzmiał: „Pan Jerzy podejmie leczenie i wróci na rynek pracy”.</p>"
                    "<ol>"
                    "<li><strong>Konkretny?</strong> Zawiera dwie różne zmiany naraz – leczenie "
                    "i pracę. Zespół rozdzielił je na dwa cele.</li>"
                    "<li><strong>Mierzalny?</strong> „Podejmie leczenie” może oznaczać jedną "
                    "wizytę. Ustalono: udział w co najmniej 80% zaplanowanych sesji terapii "
                    "w poradni leczenia uzależnień.</li>"
                    "<li><strong>Osiągalny?</strong> Powrót do pracy na pełen etat w ciągu "
                    "miesiąca był nierealny. Jako pierwszy krok wybrano udział w programie "
                    "aktywizacyjnym proponowanym przez PUP.</li>"
                    "<li><strong>Istotny?</strong> Pan Jerzy sam wskazał, że chce odzyskać "
                    "kontakt z córką, a warunkiem tego jest trzeźwość – cel ma dla niego "
                    "znaczenie.</li>"
                    "<li><strong>Określony w czasie?</strong> Dodano termin: do 30 listopada, "
                    "z przeglądem postępów co miesiąc na spotkaniu z koordynatorem.</li>"
                    "</ol>"
                    "<p>Poprawiony cel: „Do 30 listopada pan Jerzy uczestniczy w co najmniej 80% "
                    "zaplanowanych sesji terapii grupowej w poradni leczenia uzależnień”.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Osiągalny nie znaczy łatwy",
                        "text": "<p>Cel powinien wymagać wysiłku, ale leżeć w zasięgu rodziny. "
                        "Gdy nie masz pewności, podziel go na etapy: lepiej osiągnąć mniejszy cel "
                        "w trzy miesiące, niż przez rok nie zbliżyć się do dużego. Każdy osiągnięty "
                        "etap wzmacnia poczucie sprawczości rodziny.</p>",
                    },
                ),
                ("heading", "Kryteria działają razem"),
                (
                    "paragraph",
                    "<p>Cel spełniający cztery kryteria z pięciu wciąż może zawieść. „Do końca "
                    "roku rodzina weźmie udział w 10 spotkaniach” jest mierzalny "
                    "i określony w czasie, ale nie mówi, co ma się zmienić – sam udział w spotkaniach "
                    "to działanie, a nie efekt. Zawsze zadaj pytanie: „Co będzie inaczej, gdy cel "
                    "zostanie osiągnięty?”. Jeśli odpowiedź brzmi „odbędą się spotkania”, opisujesz "
                    "zadanie, a nie cel.</p>"
                    "<p>Pamiętaj też, że kryterium „Istotny” łączy cel z diagnozą. Jeśli diagnoza "
                    "wskazuje na przemoc w rodzinie, a plan skupia się wyłącznie na porządku "
                    "w mieszkaniu, cel może być poprawny formalnie, ale nie odpowiada na "
                    "najważniejszy problem.</p>"
                    "<p>Sprawdzenie pięciu kryteriów zajmuje zwykle kilka minut, a oszczędza wielu "
                    "nieporozumień na kolejnych spotkaniach zespołu.</p>",
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
                                "text": "Które kryterium SMART sprawdza, czy cel odpowiada na problem "
                                "wskazany w diagnozie i jest ważny dla rodziny?",
                                "answers": [
                                    {
                                        "text": "Istotny",
                                        "correct": True,
                                        "feedback": "Tak – kryterium „Istotny” łączy cel z diagnozą "
                                        "i z tym, co ważne dla rodziny.",
                                    },
                                    {
                                        "text": "Mierzalny",
                                        "correct": False,
                                        "feedback": "Nie – „Mierzalny” dotyczy tego, po czym poznamy "
                                        "osiągnięcie celu, np. liczby lub faktu.",
                                    },
                                    {
                                        "text": "Określony w czasie",
                                        "correct": False,
                                        "feedback": "Nie – to kryterium dotyczy terminu osiągnięcia "
                                        "celu i przeglądu postępów.",
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": "Co zespół poprawił w pierwotnym celu pana Jerzego?",
                                "answers": [
                                    {
                                        "text": "Rozdzielił leczenie i powrót do pracy na dwa osobne cele.",
                                        "correct": True,
                                        "feedback": "Tak – cel łączył dwie różne zmiany, więc nie był konkretny.",
                                    },
                                    {
                                        "text": "Dodał miarę: udział w co najmniej 80% sesji terapii.",
                                        "correct": True,
                                        "feedback": "Tak – dzięki temu „podejmie leczenie” stało się mierzalne.",
                                    },
                                    {
                                        "text": "Dodał termin 30 listopada i comiesięczny przegląd.",
                                        "correct": True,
                                        "feedback": "Tak – cel stał się określony w czasie.",
                                    },
                                    {
                                        "text": "Zobowiązał pana Jerzego do podjęcia pracy na pełen "
                                        "etat w ciągu miesiąca.",
                                        "correct": False,
                                        "feedback": "Nie – zespół uznał to za nieosiągalne i wybrał "
                                        "program aktywizacyjny PUP jako pierwszy krok.",
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "Zapis „Do końca roku rodzina weźmie udział w 10 spotkaniach” "
                                "jest dobrym celem, bo jest mierzalny i określony w czasie.",
                                "answers": [
                                    {
                                        "text": "Prawda",
                                        "correct": False,
                                        "feedback": "To nieprawda – zapis opisuje działanie, a nie "
                                        "zmianę w sytuacji rodziny.",
                                    },
                                    {
                                        "text": "Fałsz",
                                        "correct": True,
                                        "feedback": "Słusznie – udział w spotkaniach to zadanie; cel "
                                        "powinien mówić, co będzie inaczej.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "wskazniki-terminy-bledy",
            "title": "Wskaźniki, terminy, odpowiedzialni i typowe błędy",
            "estimated_minutes": 20,
            "completion": "quiz",
            "body": [
                ("heading", "Wskaźnik: wartość wyjściowa i docelowa"),
                (
                    "paragraph",
                    "<p>Wskaźnik to miara, po której zespół rozpozna postęp. Dobry wskaźnik ma "
                    "trzy elementy: <strong>wartość wyjściową</strong> (stan z diagnozy), "
                    "<strong>wartość docelową</strong> (stan oczekiwany) oraz <strong>źródło "
                    "danych</strong> (skąd weźmiemy informację). Przykłady:</p>"
                    "<ul>"
                    "<li>Frekwencja Bartka: z 60% we wrześniu do co najmniej 90% w czerwcu; "
                    "źródło – dziennik elektroniczny, dane przekazuje wychowawca.</li>"
                    "<li>Zaległości czynszowe rodziny Jabłońskich: z 4800 zł do 0 zł w ciągu "
                    "12 miesięcy; źródło – zaświadczenie ze spółdzielni mieszkaniowej.</li>"
                    "<li>Zaległe szczepienia 2-letniego Stasia: z 0 do 2 wykonanych (z 2 zaległych) "
                    "do końca marca; źródło – informacja pielęgniarki środowiskowej.</li>"
                    "</ul>"
                    "<p>Jeśli zmiany nie da się policzyć, użyj wyraźnego faktu: „złożony wniosek "
                    "o dodatek mieszkaniowy”, „podpisana umowa o pracę”. Unikaj wskaźników typu "
                    "„lepsza atmosfera w domu” – każdy oceni ją inaczej.</p>",
                ),
                ("heading", "Kroki, terminy i osoby odpowiedzialne"),
                (
                    "paragraph",
                    "<p>Cel realizuje się przez kroki. Przy każdym kroku zapisz, kto go wykona "
                    "i do kiedy. Osobą odpowiedzialną jest konkretna osoba, a nie instytucja "
                    "ogólnie. Przykład dla celu dotyczącego frekwencji Bartka:</p>"
                    "<ol>"
                    "<li>Do 15 października – pedagog szkolny, pani Ewa Lis, ustala z Bartkiem "
                    "i jego mamą przyczyny nieobecności.</li>"
                    "<li>Do 31 października – pani Renata Jabłońska wprowadza plan poranka i codziennie "
                    "sprawdza, czy syn wyszedł do szkoły.</li>"
                    "<li>Od listopada, co tydzień – wychowawca przekazuje koordynatorowi G-PZK "
                    "informację o frekwencji.</li>"
                    "<li>Co miesiąc – asystent rodziny omawia z rodziną postępy i trudności.</li>"
                    "</ol>"
                    "<p>Rodzina też ma swoje kroki. Plan, w którym wszystkie zadania należą do "
                    "instytucji, nie buduje samodzielności.</p>"
                    "<p>Terminy kroków ustalaj realistycznie i tak, by przegląd postępów wypadał przed terminem "
                    "końcowym celu. Jeśli na comiesięcznym spotkaniu okaże się, że krok nie został wykonany, "
                    "zespół ustala przyczynę i modyfikuje plan – zmienia termin, dzieli krok na mniejsze albo "
                    "dodaje wsparcie innej instytucji. Każdą zmianę zapisz w planie i omów z rodziną.</p>",
                ),
                ("heading", "Typowe błędy: przed i po"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Cel zbyt ogólny.</strong> Przed: „Poprawa sytuacji opiekuńczej”. "
                    "Po: „Do 31 maja pani Karolina przyprowadza Lenę do przedszkola co najmniej "
                    "4 dni w tygodniu”.</li>"
                    "<li><strong>Działanie zamiast celu.</strong> Przed: „Objęcie rodziny "
                    "wsparciem asystenta”. Po: „Do końca kwartału rodzina samodzielnie opłaca "
                    "rachunki za prąd w terminie”.</li>"
                    "<li><strong>Brak terminu.</strong> Przed: „Pan Robert zarejestruje się "
                    "w PUP”. Po: „Do 20 lutego pan Robert rejestruje się w PUP i umawia "
                    "rozmowę z doradcą zawodowym”.</li>"
                    "<li><strong>Cel nierealny.</strong> Przed: „W ciągu miesiąca rodzina spłaci "
                    "całe zadłużenie”. Po: „Do 30 czerwca rodzina zawiera ze spółdzielnią ugodę "
                    "i wpłaca co miesiąc uzgodnioną ratę”.</li>"
                    "<li><strong>Cel sformułowany negatywnie lub oceniająco.</strong> Przed: "
                    "„Matka przestanie zaniedbywać dzieci”. Po: „Do końca kwietnia dzieci mają "
                    "codziennie śniadanie i drugie śniadanie do szkoły, co potwierdza "
                    "wychowawca”.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "title": "Zapis celu w planie – wzór",
                        "text": "<p><strong>Cel:</strong> Do 30 czerwca Bartek uczęszcza na co "
                        "najmniej 90% lekcji w każdym miesiącu. <strong>Wskaźnik:</strong> "
                        "frekwencja z 60% do 90%. <strong>Źródło:</strong> dziennik "
                        "elektroniczny. <strong>Odpowiedzialni:</strong> pani Renata Jabłońska, "
                        "pedagog Ewa Lis, wychowawca. <strong>Przegląd:</strong> co miesiąc "
                        "na spotkaniu z koordynatorem.</p>",
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
                                "text": "Który zapis jest poprawnie sformułowanym wskaźnikiem?",
                                "answers": [
                                    {
                                        "text": "Zaległości czynszowe z 4800 zł do 0 zł w ciągu "
                                        "12 miesięcy, według zaświadczenia ze spółdzielni.",
                                        "correct": True,
                                        "feedback": "Tak – ma wartość wyjściową, docelową, termin i źródło danych.",
                                    },
                                    {
                                        "text": "Lepsza atmosfera w domu.",
                                        "correct": False,
                                        "feedback": "Nie – każdy oceni ją inaczej, brakuje liczby lub wyraźnego faktu.",
                                    },
                                    {
                                        "text": "Objęcie rodziny wsparciem asystenta.",
                                        "correct": False,
                                        "feedback": "Nie – to działanie instytucji, a nie miara zmiany w rodzinie.",
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": "Co należy zapisać przy każdym kroku prowadzącym do celu?",
                                "answers": [
                                    {
                                        "text": "Konkretną osobę odpowiedzialną.",
                                        "correct": True,
                                        "feedback": "Tak – odpowiada konkretna osoba, a nie instytucja ogólnie.",
                                    },
                                    {
                                        "text": "Termin wykonania kroku.",
                                        "correct": True,
                                        "feedback": "Tak – bez terminu nie da się monitorować postępu.",
                                    },
                                    {
                                        "text": "Wyłącznie nazwę instytucji, np. „szkoła”.",
                                        "correct": False,
                                        "feedback": "Nie – sama nazwa instytucji rozmywa odpowiedzialność.",
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "W dobrym planie kooperacji wszystkie kroki powinny należeć "
                                "do instytucji, aby odciążyć rodzinę.",
                                "answers": [
                                    {
                                        "text": "Prawda",
                                        "correct": False,
                                        "feedback": "To nieprawda – plan bez kroków rodziny nie "
                                        "buduje jej samodzielności.",
                                    },
                                    {
                                        "text": "Fałsz",
                                        "correct": True,
                                        "feedback": "Słusznie – rodzina też ma swoje kroki, np. "
                                        "pani Renata wprowadza plan poranka.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "cwiczenie-cel-smart-dla-rodziny",
            "title": "Ćwiczenie: cel SMART dla rodziny",
            "estimated_minutes": 30,
            "completion": "exercise",
            "body": [
                (
                    "paragraph",
                    "<p>Czas na praktykę. Przeczytaj opis sytuacji rodziny i napisz dla niej jeden cel "
                    "do indywidualnego planu kooperacji. Portal sprawdzi, czy cel ma wskaźnik z liczbą, "
                    "realny termin i kroki z osobami odpowiedzialnymi, a koordynator szkolenia może "
                    "skomentować Twoją pracę.</p>",
                ),
                (
                    "smart_goal",
                    {
                        "title": "Cel SMART dla rodziny pani Marty",
                        "instructions": (
                            "<p>Wypełnij pola po kolei. Zacznij od jednego zdania celu: kto, co zrobi i "
                            "do kiedy. Potem odpowiedz na pytania pomocnicze przy każdym kryterium. "
                            "Zapisuj szkic, ile razy chcesz; oddaj pracę, gdy cel spełni wszystkie "
                            "kryteria.</p>"
                        ),
                        "case": (
                            "<p>Pani Marta Nowicka (34 lata) z fikcyjnej gminy Zielony Jar samotnie wychowuje "
                            "dwoje dzieci: Kubę (9 lat) i Zosię (4 lata). Nie pracuje; po niestawieniu się na "
                            "wizytę w PUP straciła status osoby bezrobotnej. Kuba od września opuścił ponad "
                            "jedną trzecią zajęć, a wychowawczyni mówi o spóźnieniach po nieprzespanych "
                            "nocach. Zosia nie chodzi do przedszkola, bo pani Marta obawia się kosztów. Pani Marta mówi, że chce "
                            "„ogarnąć poranki” i wrócić do pracy. W gminie działa przedszkole z wolnymi "
                            "miejscami i bezpłatna grupa wsparcia dla rodziców.</p>"
                        ),
                        "requires_acceptance": False,
                    },
                ),
            ],
        },
    ],
}

COURSE = {
    "slug": "empowerment",
    "title": "Empowerment",
    "summary": (
        "Szkolenie pokazuje, jak w codziennej pracy z rodziną i w G-PZK opierać się na zasobach, "
        "sprawczości i udziale osób, którym pomagamy. Poznasz poziomy empowermentu, praktyczne techniki "
        "rozmowy oraz sposoby unikania wyuczonej bezradności i paternalizmu."
    ),
    "audience": (
        "Szkolenie jest przeznaczone dla pracowników socjalnych, asystentów rodziny, członków G-PZK "
        "i pracowników ROPS, którzy chcą wzmacniać samodzielność rodzin."
    ),
    "outcomes": [
        "Wiesz, czym jest empowerment i czym różni się od pomagania „w zastępstwie” rodziny.",
        "Potrafisz rozpoznać działania wzmacniające na poziomie indywidualnym, grupowym i społeczności lokalnej.",
        "Potrafisz prowadzić rozmowę skoncentrowaną na zasobach, stosując pytania skalujące i metodę małych kroków.",
        "Potrafisz wspólnie z rodziną ocenić czynniki sprzyjające i utrudniające jej sprawczość.",
    ],
    "certificate": True,
    "pass_threshold": 70,
    "prerequisites": ["kooperacja-w-praktyce"],
    "lessons": [
        {
            "slug": "czym-jest-empowerment",
            "title": "Czym jest empowerment i na jakich poziomach działa",
            "estimated_minutes": 20,
            "completion": "viewed",
            "body": [
                ("heading", "Od „pomagania” do wzmacniania"),
                (
                    "paragraph",
                    "<p>Empowerment (po polsku najczęściej: <strong>upodmiotowienie</strong> lub "
                    "<strong>wzmacnianie</strong>) to podejście, w którym celem pomocy nie jest samo "
                    "rozwiązanie problemu, ale zwiększenie zdolności ludzi do samodzielnego wpływania na "
                    "własne życie. Pracownik socjalny nie „naprawia” rodziny, tylko tworzy warunki, w których "
                    "rodzina odzyskuje poczucie kontroli, korzysta ze swoich zasobów i podejmuje decyzje.</p>"
                    "<p>Podejście to opiera się na trzech filarach:</p>"
                    "<ul>"
                    "<li><strong>zasoby</strong> – każda osoba i rodzina ma mocne strony, umiejętności, "
                    "relacje i doświadczenia, na których można budować;</li>"
                    "<li><strong>sprawczość</strong> – przekonanie, że moje działania mają znaczenie "
                    "i mogą coś zmienić;</li>"
                    "<li><strong>uczestnictwo</strong> – realny udział w diagnozie, planowaniu "
                    "i ocenie pomocy, a nie tylko podpisanie przygotowanego dokumentu.</li>"
                    "</ul>"
                    "<p>W Modelu Kooperacji ma to szczególne znaczenie: wspólna diagnoza potrzeb "
                    "i indywidualny plan kooperacji powinny powstawać <em>z rodziną</em>, a nie "
                    "<em>o rodzinie</em>. Gdy przy stole G-PZK zasiada kilka instytucji, łatwo o sytuację, "
                    "w której profesjonaliści uzgadniają wszystko między sobą, a rodzina dostaje gotowe "
                    "zalecenia.</p>",
                ),
                ("heading", "Trzy poziomy empowermentu"),
                (
                    "paragraph",
                    "<p>Wzmacnianie może zachodzić na kilku poziomach, które się uzupełniają:</p>"
                    "<ol>"
                    "<li><strong>Indywidualny</strong> – praca z osobą lub rodziną: odbudowa wiary we "
                    "własne możliwości, nabywanie umiejętności (np. planowania budżetu, kontaktu ze szkołą), "
                    "doświadczenie sukcesu w małych sprawach.</li>"
                    "<li><strong>Grupowy</strong> – grupy wsparcia, grupy samopomocowe, warsztaty dla "
                    "rodziców, kluby integracji społecznej. Ludzie o podobnych doświadczeniach uczą się "
                    "od siebie i przestają czuć się wyjątkiem.</li>"
                    "<li><strong>Społeczności lokalnej</strong> – organizowanie społeczności, inicjatywy "
                    "mieszkańców, współpraca z organizacjami pozarządowymi, wpływ na lokalne decyzje, "
                    "np. przy tworzeniu gminnej strategii rozwiązywania problemów społecznych.</li>"
                    "</ol>"
                    "<p>Dobry plan pomocy często łączy te poziomy: indywidualne wsparcie asystenta rodziny, "
                    "udział w grupie dla rodziców i włączenie rodziny w działania sąsiedzkie.</p>"
                    "<p>Dla członków G-PZK oznacza to także refleksję nad własną praktyką: czy informacje "
                    "o ofercie instytucji są zrozumiałe, czy terminy spotkań uwzględniają pracę i opiekę nad "
                    "dziećmi, czy rodzina wie, kto jest koordynatorem i do kogo może się zwrócić. Takie "
                    "drobne rozwiązania organizacyjne często decydują o tym, czy udział rodziny będzie "
                    "realny, czy tylko formalny.</p>",
                ),
                ("heading", "Przykład z praktyki"),
                (
                    "paragraph",
                    "<p>Pani Marta Nowicka z fikcyjnej gminy Zielony Jar samotnie wychowuje dwoje dzieci, "
                    "Kubę i Zosię. Od kilku lat korzysta z zasiłków, a w rozmowach powtarza: „Nic się nie da zrobić”. "
                    "Pracownik GOPS zamiast kolejny raz ustalać za nią listę zadań, pyta, co w ostatnim "
                    "czasie udało jej się mimo trudności. Okazuje się, że pani Marta świetnie szyje "
                    "i pomaga sąsiadkom w przeróbkach.</p>"
                    "<p>Na spotkaniu G-PZK, w którym uczestniczy sama zainteresowana, powstaje plan: "
                    "doradca z PUP omawia z nią ponowną rejestrację i szkolenie krawieckie, szkoła proponuje "
                    "Kubie świetlicę po lekcjach, a lokalne stowarzyszenie – udział w kiermaszu rękodzieła. "
                    "Pani Marta sama wybiera kolejność kroków. Po kilku miesiącach mówi: "
                    "„Pierwszy raz ktoś zapytał, co ja umiem”.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "important",
                        "title": "Empowerment to nie pozostawienie rodziny samej sobie",
                        "text": "<p>Wzmacnianie nie oznacza wycofania wsparcia ani przerzucenia całej "
                        "odpowiedzialności na rodzinę. Pracownik nadal reaguje na zagrożenia, np. "
                        "bezpieczeństwa dziecka, i jasno mówi o obowiązkach wynikających z prawa. Zmienia "
                        "się sposób współpracy: tam, gdzie to możliwe, decyzje podejmuje rodzina, a "
                        "profesjonaliści pomagają jej je zrealizować.</p>",
                    },
                ),
            ],
        },
        {
            "slug": "techniki-wzmacniania",
            "title": "Techniki wzmacniania w rozmowie z rodziną",
            "estimated_minutes": 20,
            "completion": "quiz",
            "body": [
                ("heading", "Rozmowa skoncentrowana na zasobach"),
                (
                    "paragraph",
                    "<p>Rozmowa skoncentrowana na zasobach nie pomija problemów, ale przesuwa uwagę "
                    "z tego, czego brakuje, na to, co już działa. Pomocne pytania:</p>"
                    "<ul>"
                    "<li>„Jak udało się Państwu przetrwać ten trudny czas?”</li>"
                    "<li>„Kiedy ostatnio było choć trochę lepiej? Co wtedy robiliście inaczej?”</li>"
                    "<li>„Kto z bliskich lub sąsiadów może Państwa wesprzeć?”</li>"
                    "<li>„Co z tego, co już robicie, warto kontynuować?”</li>"
                    "</ul>"
                    "<p>Takie pytania pomagają odkryć <strong>wyjątki</strong> – sytuacje, w których "
                    "problem nie występował lub był mniejszy. Wyjątki są cenną wskazówką, jakie "
                    "rozwiązania rodzina potrafi już stosować.</p>"
                    "<p>Ważny jest też sposób słuchania. Warto parafrazować wypowiedzi („Słyszę, że mimo "
                    "choroby męża udaje się Pani pilnować wizyt lekarskich dzieci”), nazywać konkretne "
                    "umiejętności zamiast ogólnych pochwał i unikać pytania „dlaczego Pan tego nie zrobił?”, "
                    "które zwykle wywołuje tłumaczenie się zamiast szukania rozwiązań.</p>",
                ),
                ("heading", "Pytania skalujące i małe kroki"),
                (
                    "paragraph",
                    "<p><strong>Pytanie skalujące</strong> polega na poproszeniu o ocenę sytuacji na skali "
                    "od 0 do 10, np. „Jeśli 0 oznacza najgorszy moment, a 10 sytuację, w której sprawa "
                    "jest rozwiązana – gdzie jesteście dziś?”. Najważniejsze są kolejne pytania:</p>"
                    "<ol>"
                    "<li>„Dlaczego 3, a nie 0? Co już się udało?” – wydobywa zasoby.</li>"
                    "<li>„Po czym poznacie, że jesteście o jeden punkt wyżej?” – konkretyzuje cel.</li>"
                    "<li>„Co mogłoby być pierwszym małym krokiem?” – prowadzi do działania.</li>"
                    "</ol>"
                    "<p><strong>Metoda małych kroków</strong> zakłada, że cel dzieli się na zadania "
                    "na tyle małe, by rodzina mogła je wykonać w ciągu kilku dni. Zamiast „uregulować "
                    "zadłużenie” – „zebrać w jednej teczce wszystkie rachunki do piątku”. Każdy wykonany "
                    "krok jest dowodem sprawczości i warto go wyraźnie docenić.</p>"
                    "<p>Jeżeli krok się nie udał, nie traktujemy tego jako porażki rodziny, lecz jako "
                    "informację: krok był za duży, zabrakło wsparcia albo pojawiła się nowa przeszkoda. "
                    "Wtedy wspólnie zmniejszamy zadanie lub ustalamy, kto może pomóc.</p>"
                    "<p>Skalę można stosować wielokrotnie: na początku współpracy, przy przeglądzie planu "
                    "i na jego zakończeniu. Zapisane oceny pokazują rodzinie, jaką drogę już przeszła, "
                    "a zespołowi – czy zaplanowane działania rzeczywiście pomagają.</p>",
                ),
                ("heading", "Wspólne podejmowanie decyzji"),
                (
                    "paragraph",
                    "<p>Wspólne decyzje oznaczają, że rodzina zna dostępne możliwości, rozumie ich "
                    "konsekwencje i ma realny wybór. W pracy G-PZK warto:</p>"
                    "<ul>"
                    "<li>zapraszać rodzinę na spotkania dotyczące jej planu i dawać czas na wypowiedź;</li>"
                    "<li>przedstawiać kilka opcji, a nie jedną „słuszną” ścieżkę;</li>"
                    "<li>zapisywać w planie cele sformułowane słowami rodziny;</li>"
                    "<li>ustalać wspólnie, kto, co i do kiedy robi – także po stronie instytucji.</li>"
                    "</ul>"
                    "<p>Koordynator może przed spotkaniem zespołu porozmawiać z rodziną o tym, co chce "
                    "powiedzieć i czego się obawia. Dzięki temu rodzina przychodzi przygotowana i łatwiej "
                    "jej zabrać głos wobec przedstawicieli szkoły, policji czy PUP.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "example",
                        "title": "Pytanie skalujące w rozmowie z panem Adamem",
                        "text": "<p>Pan Adam Kowalczyk z fikcyjnego miasta Lipowy Gród po utracie pracy ocenia "
                        "swoją sytuację na 2. Zapytany, dlaczego nie na 0, odpowiada: „Bo codziennie "
                        "odprowadzam Olę do szkoły i pilnuję, żeby odrobiła lekcje”. Asystentka rodziny docenia to i pyta o następny punkt. Pan Adam "
                        "sam proponuje mały krok: w czwartek pójdzie do PUP zapytać o staż. Na kolejnym "
                        "spotkaniu ocenia sytuację na 3.</p>",
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
                                "text": "Które pytanie najlepiej wydobywa zasoby po ocenie sytuacji na 3 w skali 0–10?",
                                "answers": [
                                    {
                                        "text": "„Dlaczego 3, a nie 0? Co już się udało?”",
                                        "correct": True,
                                        "feedback": "Tak – to pytanie kieruje uwagę na to, co rodzina już osiągnęła.",
                                    },
                                    {
                                        "text": "„Dlaczego tylko 3, a nie 10?”",
                                        "correct": False,
                                        "feedback": "Nie – takie pytanie podkreśla braki, a nie zasoby.",
                                    },
                                    {
                                        "text": "„Kto jest winny temu, że jest tak źle?”",
                                        "correct": False,
                                        "feedback": "Nie – szukanie winnych nie wzmacnia sprawczości rodziny.",
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": "Co sprzyja wspólnemu podejmowaniu decyzji w G-PZK?",
                                "answers": [
                                    {
                                        "text": "Przedstawianie rodzinie kilku możliwych opcji",
                                        "correct": True,
                                        "feedback": "Tak – realny wybór jest warunkiem wspólnej decyzji.",
                                    },
                                    {
                                        "text": "Zapisywanie celów słowami rodziny",
                                        "correct": True,
                                        "feedback": "Tak – cele wyrażone własnymi słowami rodzina łatwiej uznaje "
                                        "za swoje.",
                                    },
                                    {
                                        "text": "Przygotowanie planu bez rodziny i przekazanie go do podpisu",
                                        "correct": False,
                                        "feedback": "Nie – to planowanie „o rodzinie”, a nie „z rodziną”.",
                                    },
                                    {
                                        "text": "Ustalenie zadań także po stronie instytucji",
                                        "correct": True,
                                        "feedback": "Tak – plan dotyczy obu stron, nie tylko obowiązków rodziny.",
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "W metodzie małych kroków zadanie „uregulować całe zadłużenie w miesiąc” "
                                "jest dobrze sformułowanym pierwszym krokiem.",
                                "answers": [
                                    {
                                        "text": "Prawda",
                                        "correct": False,
                                        "feedback": "To cel, a nie mały krok – pierwszy krok powinien być "
                                        "wykonalny w kilka dni.",
                                    },
                                    {
                                        "text": "Fałsz",
                                        "correct": True,
                                        "feedback": "Słusznie – lepszym krokiem jest np. zebranie rachunków "
                                        "w jednej teczce do piątku.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "bezradnosc-paternalizm-ocena",
            "title": "Wyuczona bezradność, paternalizm i ocena czynników wzmacniających",
            "estimated_minutes": 20,
            "completion": "quiz",
            "body": [
                ("heading", "Wyuczona bezradność – jak jej nie pogłębiać"),
                (
                    "paragraph",
                    "<p><strong>Wyuczona bezradność</strong> to przekonanie, że własne działania nic nie "
                    "zmieniają, ukształtowane przez powtarzające się doświadczenia porażki i braku wpływu. "
                    "Rodzina przestaje próbować, czeka na decyzje innych, a pomoc traktuje jako coś, co "
                    "„się należy” lub „przychodzi z góry”. System pomocy może tę postawę nieświadomie "
                    "utrwalać, gdy:</p>"
                    "<ul>"
                    "<li>załatwia sprawy za rodzinę, choć mogłaby zrobić to sama z niewielkim wsparciem;</li>"
                    "<li>skupia się wyłącznie na deficytach w wywiadach i notatkach;</li>"
                    "<li>stawia cele zbyt duże, by mogły zakończyć się sukcesem;</li>"
                    "<li>nie zauważa i nie docenia drobnych postępów.</li>"
                    "</ul>"
                    "<p>Przeciwdziałanie polega na tworzeniu okazji do małych, pewnych sukcesów "
                    "i pokazywaniu związku między działaniem rodziny a jego efektem. Pomaga stopniowe "
                    "przekazywanie zadań: najpierw pracownik dzwoni do poradni razem z matką, następnym "
                    "razem ona dzwoni sama, a on jest obok.</p>",
                ),
                ("heading", "Paternalizm, czyli „wiem lepiej”"),
                (
                    "paragraph",
                    "<p><strong>Paternalizm</strong> to podejmowanie decyzji za drugą osobę „dla jej dobra”, "
                    "bez jej udziału. Bywa wygodny i szybki, ale odbiera rodzinie odpowiedzialność "
                    "i poczucie wpływu. Sygnały ostrzegawcze to m.in. mówienie o rodzinie w trzeciej osobie "
                    "w jej obecności, plan napisany językiem instytucji czy zadania wyznaczane wyłącznie "
                    "rodzinie.</p>"
                    "<p>Nie każda ingerencja jest paternalizmem. Gdy zagrożone jest bezpieczeństwo dziecka, "
                    "instytucje muszą działać zgodnie ze swoimi obowiązkami. Nawet wtedy można jednak "
                    "informować rodzinę o podejmowanych krokach i zostawić jej wybór tam, gdzie jest on "
                    "możliwy.</p>"
                    "<p>Przeciwieństwem paternalizmu nie jest bierność. Pracownik może otwarcie dzielić "
                    "się swoją wiedzą i obawami („Martwię się, że ten plan może być zbyt obciążający”), "
                    "ale ostateczny wybór w sprawach należących do rodziny zostawia jej.</p>"
                    "<p>W G-PZK warto umówić się, że każdy członek zespołu może zwrócić uwagę "
                    "na przejawy paternalizmu, np. pytając: „Czy rodzina zgodziła się na ten cel?” albo "
                    "„Czy to zadanie pani Iwona mogłaby wykonać sama?”.</p>",
                ),
                ("heading", "Ocena czynników empowermentu razem z rodziną"),
                (
                    "paragraph",
                    "<p>Podczas wspólnej diagnozy warto przyjrzeć się z rodziną czynnikom, które "
                    "wzmacniają lub osłabiają jej sprawczość. Pomocna może być prosta lista:</p>"
                    "<ol>"
                    "<li><strong>Zasoby osobiste</strong> – umiejętności, zdrowie, doświadczenia sukcesu.</li>"
                    "<li><strong>Relacje</strong> – rodzina dalsza, sąsiedzi, przyjaciele, parafia, "
                    "organizacje.</li>"
                    "<li><strong>Wiedza i informacja</strong> – czy rodzina wie, jakie ma prawa "
                    "i możliwości.</li>"
                    "<li><strong>Poczucie wpływu</strong> – np. ocena na skali „na ile mam wpływ "
                    "na swoją sytuację”.</li>"
                    "<li><strong>Bariery</strong> – zadłużenie, choroba, brak transportu, doświadczenie "
                    "wykluczenia.</li>"
                    "</ol>"
                    "<p>Rodzina sama ocenia każdy z tych czynników, a pracownik dopytuje i dzieli się swoimi "
                    "obserwacjami. Różnice w ocenach są materiałem do rozmowy, a nie powodem do sporu. "
                    "Ocenę warto powtórzyć po kilku miesiącach, by zobaczyć zmianę.</p>"
                    "<p>Przykład: pani Anna Wiśniewska, z którą pracuje asystentka rodziny z MOPS w Lipowym "
                    "Grodzie (miasto i rodzina są fikcyjne), oceniła „relacje” nisko. Podczas rozmowy okazało się jednak, że babcia Halina "
                    "chętnie odbiera Zuzię ze szkoły. Ten zasób wpisano do indywidualnego planu kooperacji, "
                    "a pani Anna mogła podjąć pracę w niepełnym wymiarze godzin.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Zanim zrobisz coś za rodzinę",
                        "text": "<p>Zadaj sobie pytanie: „Czy rodzina mogłaby zrobić to sama, jeśli "
                        "dostanie informację, wzór pisma albo towarzyszenie?”. Jeśli tak – wspieraj, "
                        "ale nie wyręczaj.</p>",
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
                                "text": "Czym jest wyuczona bezradność?",
                                "answers": [
                                    {
                                        "text": "Przekonaniem, że własne działania nic nie zmieniają",
                                        "correct": True,
                                        "feedback": "Tak – powstaje przez powtarzające się doświadczenia "
                                        "porażki i braku wpływu.",
                                    },
                                    {
                                        "text": "Brakiem formalnych kwalifikacji zawodowych",
                                        "correct": False,
                                        "feedback": "Nie – chodzi o przekonanie o braku wpływu, a nie o wykształcenie.",
                                    },
                                    {
                                        "text": "Świadomą odmową współpracy z pracownikiem socjalnym",
                                        "correct": False,
                                        "feedback": "Nie – bezradność to raczej rezygnacja z działania niż świadomy opór.",
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": "Które sytuacje mogą utrwalać wyuczoną bezradność?",
                                "answers": [
                                    {
                                        "text": "Załatwianie za rodzinę spraw, które mogłaby zrobić sama",
                                        "correct": True,
                                        "feedback": "Tak – wyręczanie odbiera rodzinie doświadczenie sprawczości.",
                                    },
                                    {
                                        "text": "Stawianie celów zbyt dużych, by mogły się udać",
                                        "correct": True,
                                        "feedback": "Tak – kolejne porażki wzmacniają poczucie braku wpływu.",
                                    },
                                    {
                                        "text": "Docenianie drobnych postępów rodziny",
                                        "correct": False,
                                        "feedback": "Nie – docenianie postępów wzmacnia sprawczość.",
                                    },
                                    {
                                        "text": "Skupianie się w notatkach wyłącznie na deficytach",
                                        "correct": True,
                                        "feedback": "Tak – pomija to zasoby, na których można budować.",
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "Różnice między oceną rodziny a oceną pracownika należy rozstrzygać "
                                "na korzyść oceny pracownika.",
                                "answers": [
                                    {
                                        "text": "Prawda",
                                        "correct": False,
                                        "feedback": "Różnice w ocenach są materiałem do rozmowy, a nie sporem "
                                        "do rozstrzygnięcia.",
                                    },
                                    {
                                        "text": "Fałsz",
                                        "correct": True,
                                        "feedback": "Słusznie – rozbieżności omawia się z rodziną, dopytując "
                                        "i dzieląc się obserwacjami.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
        {
            "slug": "cwiczenie-samoocena-wzmocnienia",
            "title": "Ćwiczenie: samoocena empowermentu",
            "estimated_minutes": 20,
            "completion": "exercise",
            "body": [
                (
                    "paragraph",
                    "<p>Tę samoocenę możesz wykorzystać w pracy z rodziną: osoba, z którą pracujesz, ocenia "
                    "stwierdzenia, a wynik pokazuje, w których wymiarach czuje się pewnie, a w których "
                    "potrzebuje wsparcia. Wypełnij ją najpierw samodzielnie, z perspektywy takiej osoby, aby "
                    "poznać narzędzie. Po kilku tygodniach możesz wypełnić ją ponownie "
                    "i porównać wyniki.</p>",
                ),
                ("empowerment", "DEFAULT"),
            ],
        },
    ],
}

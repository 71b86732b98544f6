"""Known families for the genogram tests, golden drawings and the pictures in docs/genogram/ (fictional)."""


def person(pid, name, sex, birth=None, death=None, **extra):
    return {"id": pid, "name": name, "sex": sex, "birth_year": birth, "death_year": death, **extra}


def children(*ids, kind="biological"):
    return [{"person": pid, "kind": kind} for pid in ids]


THREE_GENERATIONS = {
    "version": 1,
    "people": [
        person("stanislaw", "Stanisław Nowak", "male", 1938, 2015),
        person("helena", "Helena Nowak", "female", 1941),
        person("jozef", "Józef Wiśniewski", "male", 1940, 2001),
        person("zofia", "Zofia Wiśniewska", "female", 1943),
        person("tomasz", "Tomasz Nowak", "male", 1963),
        person("marek", "Marek Nowak", "male", 1965),
        person("ewa", "Ewa Nowak", "female", 1968),
        person("anna", "Anna Wiśniewska", "female", 1971),
        person("kasia", "Katarzyna Nowak", "female", 1990, index=True),
        person("piotr", "Piotr Nowak", "male", 1993),
        person("ola", "Aleksandra Nowak", "female", 1998),
    ],
    "couples": [
        {
            "id": "nowakowie",
            "partners": ["stanislaw", "helena"],
            "kind": "married",
            "start_year": 1962,
            "children": children("tomasz", "marek"),
        },
        {
            "id": "wisniewscy",
            "partners": ["jozef", "zofia"],
            "kind": "married",
            "start_year": 1966,
            "children": children("ewa", "anna"),
        },
        {
            "id": "marek-ewa",
            "partners": ["marek", "ewa"],
            "kind": "married",
            "start_year": 1989,
            "children": children("kasia", "piotr", "ola"),
        },
    ],
    "household": [],
    "relations": [],
}

DIVORCE_AND_REMARRIAGE = {
    "version": 1,
    "people": [
        person("adam", "Adam Kowalski", "male", 1960),
        person("beata", "Beata Kowalska", "female", 1962),
        person("celina", "Celina Kowalska", "female", 1970),
        person("dariusz", "Dariusz Lis", "male", 1958),
        person("karol", "Karol Kowalski", "male", 1984, index=True),
        person("dominika", "Dominika Kowalska", "female", 1987),
        person("filip", "Filip Kowalski", "male", 2000),
        person("natalia", "Natalia Lis", "female", 1999),
    ],
    "couples": [
        {
            "id": "adam-beata",
            "partners": ["adam", "beata"],
            "kind": "divorced",
            "start_year": 1983,
            "end_year": 1995,
            "children": children("karol", "dominika"),
        },
        {
            "id": "adam-celina",
            "partners": ["adam", "celina"],
            "kind": "married",
            "start_year": 1998,
            "children": children("filip"),
        },
        {
            "id": "dariusz-beata",
            "partners": ["dariusz", "beata"],
            "kind": "cohabiting",
            "start_year": 1997,
            "children": children("natalia"),
        },
    ],
    "household": [],
    "relations": [],
}

TWINS = {
    "version": 1,
    "people": [
        person("robert", "Robert Mazur", "male", 1978),
        person("monika", "Monika Mazur", "female", 1980),
        person("jakub", "Jakub Mazur", "male", 2005),
        person("lena", "Lena Mazur", "female", 2008),
        person("maja", "Maja Mazur", "female", 2008),
        person("niemowle", "Dziecko zmarłe po porodzie", "unknown", 2010, 2010),
        person("oskar", "Oskar Mazur", "male", 2012, index=True),
    ],
    "couples": [
        {
            "id": "mazurowie",
            "partners": ["robert", "monika"],
            "kind": "married",
            "start_year": 2004,
            "children": [
                {"person": "jakub", "kind": "biological"},
                {"person": "lena", "kind": "biological", "twin_group": "A"},
                {"person": "maja", "kind": "biological", "twin_group": "A"},
                {"person": "niemowle", "kind": "biological"},
                {"person": "oskar", "kind": "biological"},
            ],
        }
    ],
    "household": [],
    "relations": [],
}

ADOPTION_AND_FOSTER = {
    "version": 1,
    "people": [
        person("jan", "Jan Zieliński", "male", 1970),
        person("maria", "Maria Zielińska", "female", 1972),
        person("pawel", "Paweł Zieliński", "male", 1997),
        person("zuzanna", "Zuzanna Zielińska", "female", 2003),
        person("dawid", "Dawid", "male", 2010, index=True, notes="W rodzinie zastępczej od 2016 r."),
        person("oliwia", "Oliwia", "female", 2012),
    ],
    "couples": [
        {
            "id": "zielinscy",
            "partners": ["jan", "maria"],
            "kind": "married",
            "start_year": 1995,
            "children": [
                {"person": "pawel", "kind": "biological"},
                {"person": "zuzanna", "kind": "adopted"},
                {"person": "dawid", "kind": "foster"},
                {"person": "oliwia", "kind": "foster"},
            ],
        }
    ],
    "household": ["jan", "maria", "zuzanna", "dawid", "oliwia"],
    "relations": [],
}

RELATIONS = {
    "version": 1,
    "people": [
        person("henryk", "Henryk Wójcik", "male", 1945, 2012),
        person("irena", "Irena Wójcik", "female", 1948),
        person("leszek", "Leszek Wójcik", "male", 1970),
        person("joanna", "Joanna Wójcik", "female", 1972),
        person("agata", "Agata Wójcik", "female", 1974),
        person("igor", "Igor Wójcik", "male", 1996, index=True),
        person("julia", "Julia Wójcik", "female", 1999),
    ],
    "couples": [
        {
            "id": "henryk-irena",
            "partners": ["henryk", "irena"],
            "kind": "married",
            "start_year": 1969,
            "children": children("leszek", "agata"),
        },
        {
            "id": "leszek-joanna",
            "partners": ["leszek", "joanna"],
            "kind": "separated",
            "start_year": 1995,
            "end_year": 2019,
            "children": children("igor", "julia"),
        },
    ],
    "household": [],
    "relations": [
        {"a": "leszek", "b": "joanna", "kind": "conflict"},
        {"a": "igor", "b": "julia", "kind": "close"},
        {"a": "irena", "b": "agata", "kind": "fused"},
        {"a": "henryk", "b": "leszek", "kind": "hostile"},
        {"a": "leszek", "b": "agata", "kind": "cutoff"},
        {"a": "joanna", "b": "igor", "kind": "distant"},
    ],
}

HOUSEHOLD = {
    "version": 1,
    "people": [
        person("ryszard", "Ryszard Kamiński", "male", 1958, 2018),
        person("grazyna", "Grażyna Kamińska", "female", 1960),
        person("lukasz", "Łukasz Dąbrowski", "male", 1983),
        person("karolina", "Karolina Kamińska", "female", 1985, index=True),
        person("michal", "Michał Krawczyk", "male", 1982),
        person("sebastian", "Sebastian Kamiński", "male", 1988),
        person("matka-wiktorii", "Matka nieznana", "female"),
        person("bartek", "Bartosz Dąbrowski", "male", 2010),
        person("wiktoria", "Wiktoria Kamińska", "female", 2015),
    ],
    "couples": [
        {
            "id": "kaminscy",
            "partners": ["ryszard", "grazyna"],
            "kind": "married",
            "start_year": 1983,
            "end_year": 2018,
            "children": children("karolina", "sebastian"),
        },
        {
            "id": "lukasz-karolina",
            "partners": ["lukasz", "karolina"],
            "kind": "separated",
            "start_year": 2008,
            "end_year": 2016,
            "children": children("bartek"),
        },
        {"id": "karolina-michal", "partners": ["karolina", "michal"], "kind": "engaged", "start_year": 2021},
        {
            "id": "sebastian-matka",
            "partners": ["sebastian", "matka-wiktorii"],
            "kind": "cohabiting",
            "children": children("wiktoria"),
        },
    ],
    "household": ["grazyna", "karolina", "michal", "bartek"],
    "relations": [{"a": "karolina", "b": "lukasz", "kind": "conflict"}],
}

FAMILIES = {
    "three-generations": THREE_GENERATIONS,
    "divorce-and-remarriage": DIVORCE_AND_REMARRIAGE,
    "twins": TWINS,
    "adoption-and-foster": ADOPTION_AND_FOSTER,
    "relations": RELATIONS,
    "household": HOUSEHOLD,
}

TITLES = {
    "three-generations": "Rodzina Nowaków: trzy pokolenia",
    "divorce-and-remarriage": "Rodzina Kowalskich: rozwód i nowe związki",
    "twins": "Rodzina Mazurów: bliźnięta",
    "adoption-and-foster": "Rodzina Zielińskich: adopcja i piecza zastępcza",
    "relations": "Rodzina Wójcików: relacje emocjonalne",
    "household": "Rodzina Kamińskich: gospodarstwo domowe",
}

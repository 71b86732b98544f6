"""The search benchmark's news items: varied Polish titles, leads and bodies about the Model Kooperacji
(events, towns of each region in three cases, institutions, topics, dates), so that the queries have
selective and broad matches; on the listing benchmark's site (bench/content.py)."""

import datetime
import random

import content
import project

SEED = 20261204

# --------------------------------------------------------------------------------------------------
# Polish text about the Model Kooperacji
# --------------------------------------------------------------------------------------------------

# Towns of each region as "nominative|genitive|locative"; the first (the regional capital) is named
# three times as often as the others, Sandomierz twice.
TOWNS = {
    "swietokrzyskie": "Kielce|Kielc|Kielcach; Sandomierz|Sandomierza|Sandomierzu; Ostrowiec Świętokrzyski|"
    "Ostrowca Świętokrzyskiego|Ostrowcu Świętokrzyskim; Starachowice|Starachowic|Starachowicach; "
    "Skarżysko-Kamienna|Skarżyska-Kamiennej|Skarżysku-Kamiennej; Busko-Zdrój|Buska-Zdroju|Busku-Zdroju; "
    "Pińczów|Pińczowa|Pińczowie; Jędrzejów|Jędrzejowa|Jędrzejowie; Opatów|Opatowa|Opatowie; "
    "Staszów|Staszowa|Staszowie",
    "podkarpackie": "Rzeszów|Rzeszowa|Rzeszowie; Przemyśl|Przemyśla|Przemyślu; Krosno|Krosna|Krośnie; "
    "Mielec|Mielca|Mielcu; Sanok|Sanoka|Sanoku; Jasło|Jasła|Jaśle; Dębica|Dębicy|Dębicy; Leżajsk|Leżajska|Leżajsku",
    "podlaskie": "Białystok|Białegostoku|Białymstoku; Łomża|Łomży|Łomży; Suwałki|Suwałk|Suwałkach; "
    "Augustów|Augustowa|Augustowie; Bielsk Podlaski|Bielska Podlaskiego|Bielsku Podlaskim; "
    "Hajnówka|Hajnówki|Hajnówce; Sokółka|Sokółki|Sokółce",
    "lubelskie": "Lublin|Lublina|Lublinie; Zamość|Zamościa|Zamościu; Chełm|Chełma|Chełmie; "
    "Biała Podlaska|Białej Podlaskiej|Białej Podlaskiej; Puławy|Puław|Puławach; Kraśnik|Kraśnika|Kraśniku; "
    "Hrubieszów|Hrubieszowa|Hrubieszowie",
    "mazowieckie": "Warszawa|Warszawy|Warszawie; Radom|Radomia|Radomiu; Płock|Płocka|Płocku; "
    "Siedlce|Siedlec|Siedlcach; Ostrołęka|Ostrołęki|Ostrołęce; Ciechanów|Ciechanowa|Ciechanowie; "
    "Pułtusk|Pułtuska|Pułtusku",
    "kujawsko-pomorskie": "Toruń|Torunia|Toruniu; Bydgoszcz|Bydgoszczy|Bydgoszczy; Włocławek|Włocławka|Włocławku; "
    "Grudziądz|Grudziądza|Grudziądzu; Inowrocław|Inowrocławia|Inowrocławiu; Brodnica|Brodnicy|Brodnicy",
    "lubuskie": "Zielona Góra|Zielonej Góry|Zielonej Górze; Gorzów Wielkopolski|Gorzowa Wielkopolskiego|"
    "Gorzowie Wielkopolskim; Nowa Sól|Nowej Soli|Nowej Soli; Żary|Żar|Żarach; Świebodzin|Świebodzina|Świebodzinie; "
    "Międzyrzecz|Międzyrzecza|Międzyrzeczu",
    "pomorskie": "Gdańsk|Gdańska|Gdańsku; Gdynia|Gdyni|Gdyni; Słupsk|Słupska|Słupsku; Tczew|Tczewa|Tczewie; "
    "Wejherowo|Wejherowa|Wejherowie; Kościerzyna|Kościerzyny|Kościerzynie; Chojnice|Chojnic|Chojnicach",
    "warminsko-mazurskie": "Olsztyn|Olsztyna|Olsztynie; Elbląg|Elbląga|Elblągu; Ełk|Ełku|Ełku; "
    "Giżycko|Giżycka|Giżycku; Mrągowo|Mrągowa|Mrągowie; Iława|Iławy|Iławie; Kętrzyn|Kętrzyna|Kętrzynie",
    "wielkopolskie": "Poznań|Poznania|Poznaniu; Kalisz|Kalisza|Kaliszu; Konin|Konina|Koninie; Piła|Piły|Pile; "
    "Gniezno|Gniezna|Gnieźnie; Leszno|Leszna|Lesznie; Ostrów Wielkopolski|Ostrowa Wielkopolskiego|"
    "Ostrowie Wielkopolskim",
    "zachodniopomorskie": "Szczecin|Szczecina|Szczecinie; Koszalin|Koszalina|Koszalinie; "
    "Stargard|Stargardu|Stargardzie; Kołobrzeg|Kołobrzegu|Kołobrzegu; Świnoujście|Świnoujścia|Świnoujściu; "
    "Wałcz|Wałcza|Wałczu",
    "slaskie": "Katowice|Katowic|Katowicach; Gliwice|Gliwic|Gliwicach; Sosnowiec|Sosnowca|Sosnowcu; "
    "Bytom|Bytomia|Bytomiu; Częstochowa|Częstochowy|Częstochowie; Rybnik|Rybnika|Rybniku; "
    "Bielsko-Biała|Bielska-Białej|Bielsku-Białej",
    "malopolskie": "Kraków|Krakowa|Krakowie; Tarnów|Tarnowa|Tarnowie; Nowy Sącz|Nowego Sącza|Nowym Sączu; "
    "Oświęcim|Oświęcimia|Oświęcimiu; Zakopane|Zakopanego|Zakopanem; Wadowice|Wadowic|Wadowicach; "
    "Myślenice|Myślenic|Myślenicach",
    "lodzkie": "Łódź|Łodzi|Łodzi; Piotrków Trybunalski|Piotrkowa Trybunalskiego|Piotrkowie Trybunalskim; "
    "Skierniewice|Skierniewic|Skierniewicach; Sieradz|Sieradza|Sieradzu; Kutno|Kutna|Kutnie; "
    "Zgierz|Zgierza|Zgierzu; Tomaszów Mazowiecki|Tomaszowa Mazowieckiego|Tomaszowie Mazowieckim",
    "opolskie": "Opole|Opola|Opolu; Kędzierzyn-Koźle|Kędzierzyna-Koźla|Kędzierzynie-Koźlu; Nysa|Nysy|Nysie; "
    "Brzeg|Brzegu|Brzegu; Kluczbork|Kluczborka|Kluczborku; Prudnik|Prudnika|Prudniku; "
    "Strzelce Opolskie|Strzelec Opolskich|Strzelcach Opolskich",
}
VOIVODESHIPS = {
    "swietokrzyskie": "świętokrzyskie", "podkarpackie": "podkarpackie", "podlaskie": "podlaskie",
    "lubelskie": "lubelskie", "mazowieckie": "mazowieckie", "kujawsko-pomorskie": "kujawsko-pomorskie",
    "lubuskie": "lubuskie", "pomorskie": "pomorskie", "warminsko-mazurskie": "warmińsko-mazurskie",
    "wielkopolskie": "wielkopolskie", "zachodniopomorskie": "zachodniopomorskie", "slaskie": "śląskie",
    "malopolskie": "małopolskie", "lodzkie": "łódzkie", "opolskie": "opolskie",
}  # fmt: skip
TOWN_WEIGHTS = {"Sandomierz": 2}

# (nominative, genitive, gender for the verb, kind)
EVENTS = [
    ("Spotkanie Gminno-Powiatowego Zespołu Kooperacji", "spotkania Gminno-Powiatowego Zespołu Kooperacji", "n", "meeting"),
    ("Spotkanie koordynatorów kooperacji", "spotkania koordynatorów kooperacji", "n", "meeting"),
    ("Spotkanie makroregionalne", "spotkania makroregionalnego", "n", "meeting"),
    ("Spotkanie informacyjne dla gmin", "spotkania informacyjnego dla gmin", "n", "meeting"),
    ("Spotkanie zespołu interdyscyplinarnego", "spotkania zespołu interdyscyplinarnego", "n", "meeting"),
    ("Posiedzenie Komitetu Sterującego", "posiedzenia Komitetu Sterującego", "n", "meeting"),
    ("Szkolenie dla asystentów rodziny", "szkolenia dla asystentów rodziny", "n", "training"),
    ("Szkolenie dla koordynatorów G-PZK", "szkolenia dla koordynatorów G-PZK", "n", "training"),
    ("Szkolenie z pracy metodą case management", "szkolenia z pracy metodą case management", "n", "training"),
    ("Szkolenie dla pracowników socjalnych", "szkolenia dla pracowników socjalnych", "n", "training"),
    ("Szkolenie dla pedagogów szkolnych", "szkolenia dla pedagogów szkolnych", "n", "training"),
    ("Warsztaty z diagnozy potrzeb rodziny", "warsztatów z diagnozy potrzeb rodziny", "pl", "training"),
    ("Warsztaty dla członków zespołów kooperacji", "warsztatów dla członków zespołów kooperacji", "pl", "training"),
    ("Superwizja dla zespołów kooperacji", "superwizji dla zespołów kooperacji", "f", "training"),
    ("Webinarium o ochronie danych osobowych", "webinarium o ochronie danych osobowych", "n", "training"),
    ("Konsultacje modelu kooperacji", "konsultacji modelu kooperacji", "pl", "consultation"),
    ("Konsultacje rekomendacji dla gmin", "konsultacji rekomendacji dla gmin", "pl", "consultation"),
    ("Konferencja podsumowująca pilotaż", "konferencji podsumowującej pilotaż", "f", "conference"),
    ("Konferencja regionalna o kooperacji", "konferencji regionalnej o kooperacji", "f", "conference"),
    ("Debata o wsparciu seniorów", "debaty o wsparciu seniorów", "f", "conference"),
    ("Seminarium o przeciwdziałaniu przemocy domowej", "seminarium o przeciwdziałaniu przemocy domowej", "n", "conference"),
    ("Forum organizacji pozarządowych", "forum organizacji pozarządowych", "n", "conference"),
    ("Wizyta studyjna w ośrodku pomocy społecznej", "wizyty studyjnej w ośrodku pomocy społecznej", "f", "other"),
    ("Dzień otwarty ośrodka pomocy społecznej", "dnia otwartego ośrodka pomocy społecznej", "m", "other"),
]  # fmt: skip
TOOK_PLACE = {"m": "odbył się", "f": "odbyła się", "n": "odbyło się", "pl": "odbyły się"}
GATHERED = {"m": "zgromadził", "f": "zgromadziła", "n": "zgromadziło", "pl": "zgromadziły"}
INSTITUTIONS = [  # genitive
    "ośrodków pomocy społecznej", "powiatowego centrum pomocy rodzinie", "szkół podstawowych", "policji",
    "sądu rejonowego", "kuratorów sądowych", "poradni psychologiczno-pedagogicznej", "organizacji pozarządowych",
    "powiatowego urzędu pracy", "placówek ochrony zdrowia", "gminnej komisji rozwiązywania problemów alkoholowych",
    "zespołu interdyscyplinarnego", "środowiskowego domu samopomocy", "klubu seniora", "parafialnego zespołu Caritas",
    "uniwersytetu trzeciego wieku", "urzędu gminy", "starostwa powiatowego",
]  # fmt: skip
TOPICS = [  # (locative, after "o"; genitive)
    ("wspólnej diagnozie potrzeb rodzin", "wspólnej diagnozy potrzeb rodzin"),
    ("planie pomocy dla rodziny", "planu pomocy dla rodziny"),
    ("roli asystenta rodziny", "roli asystenta rodziny"),
    ("współpracy ośrodka pomocy społecznej ze szkołą", "współpracy ośrodka pomocy społecznej ze szkołą"),
    ("wsparciu osób starszych", "wsparcia osób starszych"),
    ("przeciwdziałaniu przemocy domowej", "przeciwdziałania przemocy domowej"),
    ("pomocy osobom w kryzysie bezdomności", "pomocy osobom w kryzysie bezdomności"),
    ("aktywizacji zawodowej długotrwale bezrobotnych", "aktywizacji zawodowej długotrwale bezrobotnych"),
    ("zdrowiu psychicznym dzieci i młodzieży", "zdrowia psychicznego dzieci i młodzieży"),
    ("opiece wytchnieniowej", "opieki wytchnieniowej"),
    ("ochronie danych osobowych w kooperacji", "ochrony danych osobowych w kooperacji"),
    ("standardach usług społecznych", "standardów usług społecznych"),
    ("narzędziach monitorowania kooperacji", "narzędzi monitorowania kooperacji"),
    ("mapie zasobów gminy", "mapy zasobów gminy"),
    ("profilaktyce uzależnień", "profilaktyki uzależnień"),
    ("pieczy zastępczej", "pieczy zastępczej"),
    ("wsparciu rodzin z dziećmi z niepełnosprawnościami", "wsparcia rodzin z dziećmi z niepełnosprawnościami"),
    ("mieszkaniach treningowych", "mieszkań treningowych"),
    ("pracy socjalnej w środowisku", "pracy socjalnej w środowisku"),
    ("umowach o współpracy między instytucjami", "umów o współpracy między instytucjami"),
]
MONTHS = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()

TITLES = [  # (weight, template)
    (4, "{Event} {w} {loc}"),
    (2, "{town}: {event}"),
    (2, "Relacja {z} {event_gen} {w} {loc}"),
    (1, "Gmina {town} przystępuje do testowania modelu kooperacji"),
    (0.5, "Zaświadczenia dla uczestników szkolenia {w} {loc}"),
    (1, "Nabór do Szkoły Kooperacji w województwie {voiv_loc}"),
    (1, "{n}. posiedzenie zespołu kooperacji w gminie {town}"),
    (1, "Podsumowanie roku w zespołach kooperacji województwa {voiv_gen}"),
    (1, "Asystenci rodziny z {gen} na szkoleniu {w2} {loc2}"),
    (1, "Nowy koordynator kooperacji {w} {loc}"),
]
OPENINGS = [
    "{date} {w} {loc} {took_place} {event}.",
    "{Event} {w} {loc} {gathered} {people} uczestników.",
    "{W} {loc} spotkali się przedstawiciele {inst} i {inst2}.",
    "{date} przedstawiciele {inst} {z2} {gen} rozmawiali o {topic}.",
]
SECOND = [
    "Rozmawiano o {topic2}.",
    "Głównym tematem była rozmowa o {topic2}.",
    "Uczestnicy rozmawiali także o {topic2}.",
    "Gospodarzem był ośrodek pomocy społecznej {w} {loc}.",
]
BODY = {
    "any": [
        "Model kooperacji zakłada, że ośrodek pomocy społecznej koordynuje współpracę instytucji działających na rzecz mieszkańców gminy.",
        "Gminno-Powiatowy Zespół Kooperacji spotyka się co najmniej raz na kwartał.",
        "Koordynatorka zespołu kooperacji przedstawiła wyniki diagnozy w gminie {town}.",
        "Asystenci rodziny podzielili się doświadczeniami z pracy z rodzinami {w} {loc}.",
        "Asystentka rodziny z {gen} opowiedziała o pracy z rodziną wielodzietną.",
        "Pracownicy socjalni zwracali uwagę na potrzebę szybszej wymiany informacji między instytucjami.",
        "Przedstawiciele policji i sądu rejonowego omówili procedurę Niebieskiej Karty.",
        "Dyrektorzy szkół zadeklarowali udział w kolejnym etapie pilotażu.",
        "{W} {loc} działa już {teams} zespołów kooperacji.",
        "Projekt jest współfinansowany ze środków Europejskiego Funduszu Społecznego Plus.",
        "Materiały są dostępne w bibliotece dokumentów portalu.",
        "Zapraszamy do obejrzenia fotorelacji.",
        "Dziękujemy przedstawicielom {inst} za udział i cenne uwagi.",
        "Uczestnicy podkreślali, że wspólny plan pomocy skraca drogę rodziny do wsparcia.",
        "Wnioski trafią do zespołu ekspertów, który przygotowuje rekomendacje dla gmin województwa {voiv_gen}.",
        "Rozmowa dotyczyła też {topic2_gen}.",
        "Przedstawiciele {inst} zapowiedzieli podpisanie porozumienia o współpracy.",
        "Kolejne spotkanie zaplanowano na {later}.",
        "Spotkanie {w} {loc} było jednym z cyklu spotkań regionalnych.",
        "Seniorzy z klubu seniora {w} {loc} opowiedzieli, jakiego wsparcia potrzebują.",
    ],
    "meeting": [
        "Na spotkaniu omówiono plan pracy zespołu na kolejny kwartał.",
        "Członkowie zespołu kooperacji przyjęli harmonogram działań na {year} rok.",
        "Posiedzenie prowadził koordynator kooperacji z ośrodka pomocy społecznej {w} {loc}.",
    ],
    "training": [
        "Uczestnicy otrzymali zaświadczenia o ukończeniu szkolenia.",
        "Szkolenie poprowadzili trenerzy Szkoły Kooperacji.",
        "Zajęcia trwały {hours} godzin i obejmowały ćwiczenia z genogramu i ekomapy.",
        "Zgłoszenia na kolejną edycję szkolenia przyjmujemy do {later}.",
        "Szkolenie dla asystentów rodziny odbędzie się ponownie {w} {loc2}.",
    ],
    "consultation": [
        "Uwagi do modelu można zgłaszać do {later} przez formularz konsultacyjny.",
        "W konsultacjach wzięło udział {people} osób z {gminy} gmin województwa {voiv_gen}.",
        "Zebrane uwagi zostaną opublikowane w raporcie z konsultacji.",
    ],
    "conference": [
        "Konferencję otworzył dyrektor Regionalnego Ośrodka Polityki Społecznej.",
        "Wykład wprowadzający dotyczył {topic_gen}.",
        "Nagranie z konferencji zostanie udostępnione na portalu.",
    ],
    "other": ["Goście poznali pracę ośrodka pomocy społecznej {w} {loc} od kuchni."],
}  # fmt: skip
CONSONANTS = set("bcćdfghjklłmnńprsśtwzźż")


def polish_date(day):
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} r."


def preposition(word, short, long):
    """The preposition "w"/"we" or "z"/"ze" before ``word``: the long form before two consonants starting with a sibilant or w/f."""
    first, second = word[:1].lower(), word[1:2].lower()
    sounds = {"w": "wf", "z": "szśżź"}[short]
    return long if first in sounds and second in CONSONANTS else short


class Writer:
    """Titles, leads and bodies of news items, deterministic for a seed."""

    def __init__(self, rng):
        self.rng = rng
        self.towns = {}
        for slug, text in TOWNS.items():
            towns = [tuple(part.strip() for part in town.split("|")) for town in text.split(";")]
            weights = [3 if number == 0 else TOWN_WEIGHTS.get(town[0], 1) for number, town in enumerate(towns)]
            self.towns[slug] = (towns, weights)

    def town(self, slug):
        towns, weights = self.towns.get(slug) or self.towns["swietokrzyskie"]
        return self.rng.choices(towns, weights)[0]

    def item(self, region_slug, day, sandomierz=False):
        """(title, lead, [paragraphs]) of one news item of the region, dated ``day``; ``sandomierz``: a meeting
        in Sandomierz, so that the selective query finds something on the small site too."""
        rng = self.rng
        town, other = self.town(region_slug), self.town(region_slug)
        event = rng.choice(EVENTS)
        if sandomierz:
            town, event = self.towns["swietokrzyskie"][0][1], EVENTS[0]
        voivodeship = VOIVODESHIPS.get(region_slug, "świętokrzyskie")
        topic, topic2 = rng.sample(TOPICS, 2)
        inst, inst2 = rng.sample(INSTITUTIONS, 2)
        later = day + datetime.timedelta(days=rng.randrange(14, 120))
        values = {
            "Event": event[0], "event": event[0][0].lower() + event[0][1:], "event_gen": event[1],
            "town": town[0], "gen": town[1], "loc": town[2], "loc2": other[2],
            "w": preposition(town[2], "w", "we"), "W": preposition(town[2], "w", "we").capitalize(),
            "w2": preposition(other[2], "w", "we"), "z": preposition(event[1], "z", "ze"),
            "z2": preposition(town[1], "z", "ze"),
            "voiv_gen": voivodeship[:-2] + "iego", "voiv_loc": voivodeship[:-2] + "im",
            "took_place": TOOK_PLACE[event[2]], "gathered": GATHERED[event[2]],
            "date": polish_date(day), "later": polish_date(later), "year": day.year + 1,
            "topic": topic[0], "topic2": topic2[0], "topic_gen": topic[1], "topic2_gen": topic2[1], "inst": inst, "inst2": inst2,
            "n": rng.randrange(2, 40), "people": rng.randrange(12, 140), "teams": rng.randrange(5, 19),
            "hours": rng.choice((8, 12, 16, 24)), "gminy": rng.randrange(5, 30),
        }  # fmt: skip
        weights, templates = zip(*TITLES, strict=True)
        title = (TITLES[0][1] if sandomierz else rng.choices(templates, weights)[0]).format(**values)
        lead = f"{rng.choice(OPENINGS).format(**values)} {rng.choice(SECOND).format(**values)}"
        lead = lead[0].upper() + lead[1:]
        pool = BODY["any"] + BODY[event[3]]
        sentences = list(dict.fromkeys(rng.sample(pool, min(len(pool), rng.randint(6, 10)))))
        cuts = sorted(rng.sample(range(1, len(sentences)), 2))
        paragraphs = [sentences[: cuts[0]], sentences[cuts[0] : cuts[1]], sentences[cuts[1] :]]
        body = [" ".join(sentence.format(**values) for sentence in part) for part in paragraphs]
        return title, lead.replace("r..", "r."), [paragraph.replace("r..", "r.") for paragraph in body]


class SearchContent(content.Content):
    """The listing benchmark's site, with news items written for the search."""

    def first_in(self, slug):
        """The number of the first news item of the region ``slug`` (items go round-robin over the regions)."""
        return next((number for number, region in enumerate(self.regions) if region.slug == slug), -1)

    def add_news(self, start, stop):
        from wagtail.rich_text import RichText

        rng = random.Random(SEED + start)
        writer = Writer(rng)
        items, tags_of = [], []
        for number in range(start, stop):
            region = self.regions[number % len(self.regions)]
            day = content.day_in_year(rng, number // len(self.regions))
            title, lead, body = writer.item(region.slug, day, sandomierz=number == self.first_in("swietokrzyskie"))
            fields = {
                "date": day,
                "lead": lead,
                "image_id": self.images[number % len(self.images)].pk if number % 3 else None,
                "body": [("paragraph", RichText(f"<p>{paragraph}</p>")) for paragraph in body],
            }
            items.append((region, f"aktualnosc-{number + 1:05d}", title, content.published_at(day, rng), fields))
            tags_of.append(rng.sample(self.tags, 1 + number % 2))
        rows = self.bulk_add_children(project.NewsPage, items)
        project.NewsPageTag.objects.bulk_create(
            [project.NewsPageTag(content_object_id=row.pk, tag=tag) for row, tags in zip(rows, tags_of, strict=True) for tag in tags],
            batch_size=1000,
        )  # fmt: skip
        return rows

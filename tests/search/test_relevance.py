"""Relevance of the search page on the demo portal: recall@5 over Polish queries typed the way visitors type.

Each query names the page(s) a visitor expects among the first five results. Most use other forms of the
words than the target page does ("spotkanie Olsztyn" for "Spotkanie makroregionalne w Olsztynie"), some
leave out the diacritics, a few put words in quotes. The expectations come from reading the demo content
(demo/), not from the engine's answers: when recall falls, fix the engine, not the queries.

The demo is loaded once for the module, inside a transaction rolled back at the end, so the other tests
never see it. ``pytest -s`` shows the recall and the queries that miss.
"""

from urllib.parse import urlsplit

from wagtail.models import Page

from search.views import search_types
from tests.portal.utils import soup

TOP = 5
REQUIRED_RECALL = 0.9

# (query, [URL paths of the pages that must be in the top 5])
QUERIES = [
    # Places: the page says "w Olsztynie", "w Gdańsku", "na Podlasiu"…
    (
        "spotkanie makroregionalne Kielce",
        ["/swietokrzyskie/spotkanie-makroregionalne-w-kielcach-pierwsza-wersja-modelu/"],
    ),
    ("spotkanie Olsztyn", ["/warminsko-mazurskie/spotkanie-makroregionalne-w-olsztynie/"]),
    ("spotkanie bialystok", ["/podlaskie/spotkanie-makroregionalne-w-bialymstoku-2019/"]),
    ("konsultacja modelu Lublin", ["/lubelskie/konsultacje-modelu-w-lublinie/"]),
    ("konsultacje w Gdansku", ["/pomorskie/konsultacje-modelu-w-gdansku/"]),
    ("konsultacje Rzeszów", ["/podkarpackie/konsultacje-modelu-w-rzeszowie/"]),
    ("konsultacja Opole", ["/opolskie/konsultacje-modelu-w-opolu/"]),
    ("konferencja Torun", ["/kujawsko-pomorskie/konferencja-otwierajaca-kooperacja-efektywna-i-skuteczna/"]),
    (
        "konferencja Katowice",
        [
            "/slaskie/konferencja-podsumowujaca-kooperacja-3d/",
            "/slaskie/konferencja-podsumowujaca-projekt-kooperacja-3d/",
        ],
    ),
    ("seminarium Kraków", ["/malopolskie/krakow-jak-osrodek-pomocy-spolecznej-moze-rozmawiac-ze-szkola/"]),
    ("koordynator kooperacji Lodz", ["/lodzkie/koordynatorzy-kooperacji-z-lodzi-wymieniaja-doswiadczenia/"]),
    ("dzien otwarty Poznan", ["/wielkopolskie/dzien-otwarty-g-pzk/"]),
    ("pierwsze posiedzenie zespołu Pomorze", ["/pomorskie/pierwsze-posiedzenia-g-pzk-na-pomorzu/"]),
    ("powołanie zespołu kooperacji Mazowsze", ["/mazowieckie/gminy-z-mazowsza-powoluja-g-pzk/"]),
    ("badanie fokusowe Podlasie", ["/podlaskie/badania-fokusowe-na-podlasiu/"]),
    ("Szkoła Kooperacji Białystok", ["/podlaskie/szkola-kooperacji-w-bialymstoku-cele-smart-w-planie-pomocy/"]),
    ("testowanie w województwie opolskim liczby", ["/opolskie/pol-roku-testowania-modelu-w-wojewodztwie-opolskim/"]),
    (
        "ocena testowania zachodniopomorskie",
        ["/zachodniopomorskie/gminy-testujace-z-wojewodztwa-zachodniopomorskiego-ocenily-testowanie-modelu/"],
    ),
    (
        "gminy testujace mazowieckie",
        ["/mazowieckie/gminy-testujace-z-wojewodztwa-mazowieckiego-ocenily-rok-pracy-g-pzk/"],
    ),
    (
        "pierwszy kwartal testowania",
        ["/lubuskie/gminy-testujace-z-wojewodztwa-lubuskiego-ocenily-pierwszy-kwartal-testowania/"],
    ),
    # Training topics: genogram, SMART goals, empowerment, communication.
    ("warsztat genogram", ["/opolskie/warsztaty-genogramu-dla-pracownikow-socjalnych/"]),
    ("kurs genogram", ["/szkola-kooperacji/genogram-w-pracy-socjalnej/"]),
    (
        "symbole genogramu",
        ["/szkola-kooperacji/genogram-w-pracy-socjalnej/", "/opolskie/warsztaty-genogramu-dla-pracownikow-socjalnych/"],
    ),
    ("cel SMART", ["/szkola-kooperacji/cele-smart/"]),
    ("webinarium o celach SMART", ["/slaskie/webinarium-cele-smart-w-planie-pomocy/"]),
    (
        "cele SMART plan pomocy",
        [
            "/slaskie/webinarium-cele-smart-w-planie-pomocy/",
            "/podlaskie/szkola-kooperacji-w-bialymstoku-cele-smart-w-planie-pomocy/",
        ],
    ),
    (
        "empowerment rodzin",
        ["/szkola-kooperacji/empowerment/", "/zachodniopomorskie/szkola-kooperacji-online-empowerment-rodziny/"],
    ),
    ("szkolenie z empowermentu", ["/zachodniopomorskie/szkola-kooperacji-online-empowerment-rodziny/"]),
    (
        "komunikacja między instytucjami",
        [
            "/wielkopolskie/szkola-kooperacji-w-poznaniu-komunikacja-miedzy-instytucjami/",
            "/malopolskie/szkola-kooperacji-komunikacja-miedzy-instytucjami-krakow/",
        ],
    ),
    (
        "komunikacji miedzy instytucjami",
        [
            "/wielkopolskie/szkola-kooperacji-w-poznaniu-komunikacja-miedzy-instytucjami/",
            "/malopolskie/szkola-kooperacji-komunikacja-miedzy-instytucjami-krakow/",
        ],
    ),
    (
        "tajemnica zawodowa",
        [
            "/wielkopolskie/szkola-kooperacji-w-poznaniu-komunikacja-miedzy-instytucjami/",
            "/malopolskie/szkola-kooperacji-komunikacja-miedzy-instytucjami-krakow/",
        ],
    ),
    ("wspólnej diagnozy potrzeb", ["/malopolskie/szkola-kooperacji-w-krakowie-wspolna-diagnoza-potrzeb/"]),
    ("szkolenie nowy koordynator", ["/kujawsko-pomorskie/szkola-kooperacji-szkolenie-dla-koordynatorow/"]),
    # Research and documents.
    (
        "diagnozy współpracy",
        [
            "/kujawsko-pomorskie/diagnoza-wspolpracy-instytucji-raport/",
            "/kujawsko-pomorskie/diagnoza-wspolpracy-pierwsze-wnioski-umk/",
        ],
    ),
    (
        "ankieta Uniwersytet Kopernika",
        [
            "/kujawsko-pomorskie/diagnoza-wspolpracy-instytucji-raport/",
            "/kujawsko-pomorskie/diagnoza-wspolpracy-pierwsze-wnioski-umk/",
        ],
    ),
    ("gminny katalog usług", ["/kujawsko-pomorskie/diagnoza-wspolpracy-pierwsze-wnioski-umk/"]),
    (
        "raport badania fokusowe",
        ["/podlaskie/raport-z-badan-fokusowych-podlaskie/", "/podlaskie/badania-fokusowe-na-podlasiu/"],
    ),
    (
        "wywiady grupowe",
        ["/podlaskie/badania-fokusowe-na-podlasiu/", "/podlaskie/raport-z-badan-fokusowych-podlaskie/"],
    ),
    ("harmonogram badania", ["/swietokrzyskie/pierwsze-posiedzenie-komitetu-sterujacego-liderzy-kooperacji/"]),
    ("regulamin zespołu kooperacji", ["/lubuskie/regulamin-pracy-g-pzk-wzor/"]),
    ("wzór regulaminu", ["/lubuskie/regulamin-pracy-g-pzk-wzor/"]),
    (
        "model dla gmin wiejskich",
        [
            "/swietokrzyskie/model-kooperacji-dla-gmin-wiejskich-wersja-1/",
            "/swietokrzyskie/model-kooperacji-dla-gmin-wiejskich-wersja-2/",
        ],
    ),
    ("model gmina miejsko-wiejska", ["/kujawsko-pomorskie/model-kooperacji-dla-gmin-miejsko-wiejskich/"]),
    ("model kooperacji gminy miejskie", ["/slaskie/model-kooperacji-dla-gmin-miejskich-wersja-1/"]),
    ("model krok po kroku", ["/malopolskie/model-kooperacji-w-gminie-miejskiej-krok-po-kroku/"]),
    ("wersja modelu po konsultacji", ["/swietokrzyskie/model-kooperacji-dla-gmin-wiejskich-wersja-2/"]),
    ("rekomendacje po testach", ["/kujawsko-pomorskie/model-po-testach-rekomendacje-dla-gmin-miejsko-wiejskich/"]),
    ("co zmienić w modelu", ["/lubuskie/wnioski-z-testowania-co-zmienimy-w-modelu/"]),
    # The projects' history.
    (
        "posiedzenie Komitetu Sterującego",
        ["/swietokrzyskie/pierwsze-posiedzenie-komitetu-sterujacego-liderzy-kooperacji/"],
    ),
    ("komitet sterujacy zdalnie", ["/wielkopolskie/komitet-sterujacy-po-raz-pierwszy-obradowal-zdalnie/"]),
    ("epidemia", ["/swietokrzyskie/testowanie-modelu-w-czasie-epidemii/"]),
    ("covid", ["/swietokrzyskie/testowanie-modelu-w-czasie-epidemii/"]),
    ("wideokonferencja", ["/swietokrzyskie/testowanie-modelu-w-czasie-epidemii/"]),
    ("zespoly kooperacji online", ["/swietokrzyskie/testowanie-modelu-w-czasie-epidemii/"]),
    ("ruszyl projekt", ["/swietokrzyskie/ruszyl-projekt-liderzy-kooperacji/"]),
    ("konferencja zamykajaca projekt", ["/swietokrzyskie/konferencja-zamykajaca-projekt-liderzy-kooperacji/"]),
    (
        "konferencja hybrydowa",
        [
            "/slaskie/konferencja-podsumowujaca-kooperacja-3d/",
            "/slaskie/konferencja-podsumowujaca-projekt-kooperacja-3d/",
        ],
    ),
    ("powołać zespół kooperacji", ["/podlaskie/spotkanie-makroregionalne-w-bialymstoku-2019/"]),
    ("czterdziesci uwag", ["/lubelskie/konsultacje-modelu-w-lublinie/"]),
    ("sołectwo", ["/kujawsko-pomorskie/konferencja-otwierajaca-kooperacja-efektywna-i-skuteczna/"]),
    (
        "kuratorzy sadowi",
        [
            "/swietokrzyskie/ruszyl-projekt-liderzy-kooperacji/",
            "/swietokrzyskie/spotkanie-makroregionalne-w-kielcach-pierwsza-wersja-modelu/",
        ],
    ),
    ("punkt kontaktowy w szkole", ["/malopolskie/krakow-jak-osrodek-pomocy-spolecznej-moze-rozmawiac-ze-szkola/"]),
    (
        "dyżur pracownika socjalnego w szkole",
        ["/malopolskie/krakow-jak-osrodek-pomocy-spolecznej-moze-rozmawiac-ze-szkola/"],
    ),
    ("piecza zastepcza", ["/pomorskie/pierwsze-posiedzenia-g-pzk-na-pomorzu/"]),
    # Quoted phrases: exactly as written, plus a word in any form.
    ('"Kooperacja 3D" nabór', ["/slaskie/kooperacja-3d-zaprasza-gminy-miejskie/"]),
    ('"Liderzy kooperacji" konferencja', ["/swietokrzyskie/konferencja-zamykajaca-projekt-liderzy-kooperacji/"]),
    ('"istniejący zespół interdyscyplinarny"', ["/lubelskie/konsultacje-modelu-w-lublinie/"]),
    ('"dowóz posiłków"', ["/swietokrzyskie/testowanie-modelu-w-czasie-epidemii/"]),
    # Standard pages and regions.
    ("jak dojechac", ["/kontakt/"]),
    ("tłumacz języka migowego", ["/kontakt/"]),
    ("o projekcie", ["/o-projekcie/"]),
    ("kto finansuje projekt", ["/o-projekcie/"]),
    ("Unia Europejska", ["/o-projekcie/"]),
    ("województwo podlaskie", ["/podlaskie/"]),
    ("ROPS Rzeszow", ["/podkarpackie/"]),
]


def top_results(client, query):
    response = client.get("/szukaj/", {"q": query})
    assert response.status_code == 200, query
    links = soup(response).select(".search-result__title a")
    return [urlsplit(link["href"]).path for link in links[:TOP]]


def test_every_expected_page_is_a_searchable_demo_page(demo_portal, db):
    """A misspelt path would count as a miss of the engine."""
    models = [model for _key, _label, model in search_types()]
    pages = Page.objects.live().public().filter(locale__language_code="pl").type(*models)
    searchable = {page.url for page in pages}
    expected = {path for _query, paths in QUERIES for path in paths}
    assert len(QUERIES) >= 40
    assert expected - searchable == set()


def test_recall_at_5(demo_portal, db, client):
    recalls, misses = [], []
    for query, expected in QUERIES:
        found = top_results(client, query)
        missing = [path for path in expected if path not in found]
        recalls.append(1 - len(missing) / len(expected))
        if missing:
            misses.append(f"{query!r}: missing {missing}; top {TOP}: {found}")
    recall = sum(recalls) / len(recalls)
    print(f"\nrecall@{TOP} = {recall:.2f} over {len(QUERIES)} queries")
    for miss in misses:
        print(f"  miss {miss}")
    assert recall >= REQUIRED_RECALL, f"recall@{TOP} = {recall:.2f} < {REQUIRED_RECALL}; misses:\n" + "\n".join(misses)

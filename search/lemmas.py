"""Polish words reduced to their lemmas, so that "kooperacji" and "kooperacją" both mean "kooperacja".

PostgreSQL has no Polish text-search configuration and SQLite's FTS5 only splits words, so the portal
does the linguistics itself, the same way on both sides: the text it indexes and the query it runs are
both turned into lemmas (simplemma's Polish dictionary) plus the same words without diacritics.

simplemma's Polish data takes a few seconds and about 400 MB to load, so it is loaded on first use,
once per process (simplemma reads a language's dictionary on its first lookup; importing it is cheap),
and every word's lemma is cached.
"""

import re
import time
import unicodedata
from functools import lru_cache

import simplemma

WORD = re.compile(r"[^\W_]+", re.UNICODE)  # "G-PZK" is two words, as the full-text engines see it
# Letters that Unicode does not decompose into a base letter and a diacritic.
FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "đ": "d", "ß": "ss"})
LEMMA_LANGUAGES = {"pl"}  # other locales are matched by their words and unaccented words only
MAX_WORD = 40  # longer "words" (hashes, URLs) are not worth a dictionary lookup
# Words too common to help: left out of queries (they still count inside "exact phrases").
STOPWORDS = frozenset(
    # Polish
    "a aby ale bo by być czy dla do i ich im jak jako jej jest już lub na nad nie o od oraz po pod przez przy "
    "sie się są ta tak te to tu w we z za ze że "
    # English
    "an and are as at be by for from in is it of on or the to with "
    # Ukrainian
    "в во де до з за і й на не по про та у це чи що як".split()
)
# Case and number endings of Polish nouns and adjectives, longest first: every word is also indexed and
# searched by its stem without them (see stem()).
ENDINGS = sorted("ach ami owi om ów ie iu iem em ą ę y i a u e o ej ego emu ych ymi ym".split(), key=len, reverse=True)
MIN_STEM = 4


def fold(text):
    """The text without diacritics: "Zaświadczenie, Łódź" → "Zaswiadczenie, Lodz"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(FOLD))
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def words(text):
    """The words of a text, in order, as written (hyphenated words stay whole)."""
    return WORD.findall(text or "")


@lru_cache(maxsize=200_000)
def lemmas_of(word, language="pl"):
    """The lemmas of one word, lower-cased, most likely first; the word itself when it is not known.

    A capitalised word is looked up as written and in lower case, and both lemmas are kept: proper nouns
    are in the dictionary with their capital ("Kielce"), but "Lublinie" as written gives "Lublino" and
    only in lower case "lublin". A word the dictionary does not know keeps its form: simplemma's guesses
    for unknown words ("zaswiadczenia" → "zaswiadczenio") would only add noise."""
    lowered = word.lower()
    if language not in LEMMA_LANGUAGES or len(word) > MAX_WORD or lowered.isdigit():
        return (lowered,)
    found = [
        simplemma.lemmatize(form, lang=language).lower()
        for form in dict.fromkeys((word, lowered))
        if simplemma.is_known(form, lang=language)
    ]
    return tuple(dict.fromkeys(found)) or (lowered,)


def preload():
    """Load the dictionaries now rather than on the first search; the seconds it took.

    gunicorn's master calls it before forking its workers (deploy/gunicorn.conf.py), so that they share
    the loaded data and none of them makes a visitor wait for it."""
    started = time.perf_counter()
    for language in LEMMA_LANGUAGES:
        simplemma.is_known("kooperacja", lang=language)
    return time.perf_counter() - started


def lemma(word, language="pl"):
    """The most likely lemma of one word, lower-cased."""
    return lemmas_of(word, language)[0]


def stem(word, language="pl"):
    """The word without its case ending, or None for short words and other languages.

    A safety net under the dictionary: it matches words the dictionary does not know ("genogramie",
    "ekomapy"), forms it leaves unchanged ("dla gmin") and adjectives it confuses with nouns
    ("sądowi" → "sąd")."""
    lowered = word.lower()
    if language not in LEMMA_LANGUAGES or len(lowered) <= MIN_STEM or len(lowered) > MAX_WORD or lowered.isdigit():
        return None
    for ending in ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= MIN_STEM:
            return lowered[: -len(ending)]
    return lowered


def terms(word, language="pl"):
    """Everything one word is indexed and searched as: itself, its lemmas, its stem, and all of them
    without diacritics."""
    forms = [word.lower(), *lemmas_of(word, language)]
    stemmed = stem(word, language)
    if stemmed:
        forms.append(stemmed)
    forms += [fold(form) for form in forms]
    return list(dict.fromkeys(forms))


def index_text(text, language="pl"):
    """The text as the search index stores it: each word followed by its lemma and unaccented forms."""
    return " ".join(term for word in words(text) for term in terms(word, language))


def vocabulary(text, language="pl"):
    """(unaccented form, lemma) for every word of ``text``: the pairs the "did you mean" index keeps."""
    pairs = set()
    for word in words(text):
        if len(word) <= MAX_WORD and not word.isdigit():
            for base in lemmas_of(word, language):
                pairs.add((fold(word.lower()), base))
                pairs.add((fold(base), base))
    return pairs

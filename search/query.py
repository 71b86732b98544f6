"""A visitor's query, read safely and turned into a Wagtail search query over the lemma field.

Whatever is typed (2,000 characters, quotes, `*`, `OR`, `NEAR`, control characters, SQL) only ever
becomes words: the full-text engines never see their own syntax. Each word matches any of its forms
(itself, its lemma, both unaccented, and the indexed words that differ from it only in diacritics);
all words must match, and text in double quotes must appear as written, in that order.
"""

import re
from dataclasses import dataclass, field

from wagtail.search.query import And, Or, Phrase, PlainText

from search import lemmas, vocabulary

MAX_QUERY_CHARACTERS = 200  # longer input is cut: no one types more, and each word costs a lookup
MAX_WORDS = 10
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
QUOTED = re.compile(r"[\"„”“«»]([^\"„”“«»]*)[\"„”“«»]")


@dataclass
class ParsedQuery:
    text: str = ""  # the query as shown back to the visitor (cleaned, shortened)
    words: list = field(default_factory=list)  # words outside quotes, without stop words
    phrases: list = field(default_factory=list)  # lists of words inside quotes

    @property
    def is_empty(self):
        return not self.words and not self.phrases

    @property
    def all_words(self):
        return self.words + [word for phrase in self.phrases for word in phrase]


def parse(raw):
    """The words and quoted phrases of ``raw`` (any string: a URL's ``q``)."""
    text = " ".join(CONTROL.sub(" ", raw or "").split())[:MAX_QUERY_CHARACTERS]
    phrases = [lemmas.words(found) for found in QUOTED.findall(text)]
    phrases = [phrase for phrase in phrases if phrase][:MAX_WORDS]
    outside = QUOTED.sub(" ", text)
    found = lemmas.words(outside)
    content = [word for word in found if word.lower() not in lemmas.STOPWORDS]
    # A query of stop words alone ("to jest") still searches for them.
    words = list(dict.fromkeys(content or found))[:MAX_WORDS]
    return ParsedQuery(text=text, words=words, phrases=[phrase for phrase in phrases if phrase])


def word_forms(parsed, language):
    """{word: [every form it matches]} — one query to the vocabulary for all the words together."""
    restored = vocabulary.restore_diacritics(parsed.words, language)
    forms = {}
    for word in parsed.words:
        forms[word] = list(dict.fromkeys(lemmas.terms(word, language) + restored.get(word, [])))
    return forms


def build(parsed, language, missing=0):
    """The Wagtail query for ``parsed``, or None when there is nothing to search for.

    ``missing`` words may be absent: 0 needs every word; 1 any all but one (tried when every word finds
    nothing: "powołanie zespołu kooperacji Mazowsze" still finds the page without "powołanie"); a
    number as large as the query needs any one word."""
    if parsed.is_empty:
        return None
    parts = [Or([PlainText(form) for form in forms]) for forms in word_forms(parsed, language).values()]
    parts += [Phrase(" ".join(word.lower() for word in phrase)) for phrase in parsed.phrases]
    if len(parts) == 1:
        return parts[0]
    if missing == 0:
        return And(parts)
    if missing == 1 and len(parts) > 2:
        return Or([And(parts[:number] + parts[number + 1 :]) for number in range(len(parts))])
    return Or(parts)


def matched_lemmas(parsed, language):
    """Every form of the query's words, unaccented: a word of the text whose forms meet these is marked."""
    return {lemmas.fold(term) for word in parsed.all_words for term in lemmas.terms(word, language)}

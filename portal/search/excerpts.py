"""The excerpt under each result: the passage that matches the query best, its matched words marked.

Works on the page's plain text (portal.search.indexing.searchable_text) in Python, for the ten results
on the page only: each sentence scores one point per distinct query word it contains in any form.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from portal.search import lemmas

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
EXCERPT_LENGTH = 260


def word_keys(word, language):
    return {lemmas.fold(term) for term in lemmas.terms(word, language)}


def best_passage(text, wanted, language):
    """The sentence (with the next one, if short) matching most of ``wanted``; the text's start if none."""
    sentences = [sentence.strip() for sentence in SENTENCE_END.split(text or "") if sentence.strip()]
    best, best_score = 0, 0
    for number, sentence in enumerate(sentences):
        keys = set()
        for word in lemmas.words(sentence):
            keys |= word_keys(word, language)
        score = len(keys & wanted)
        if score > best_score:
            best, best_score = number, score
    passage = " ".join(sentences[best : best + 2]) if sentences else ""
    return passage, best_score


def shorten(passage, wanted, language):
    """At most EXCERPT_LENGTH characters of ``passage``, starting shortly before its first matched word."""
    if len(passage) <= EXCERPT_LENGTH:
        return passage
    start = 0
    for match in lemmas.WORD.finditer(passage):
        if word_keys(match.group(), language) & wanted:
            start = max(0, match.start() - 60)
            break
    if start:
        start = passage.find(" ", start) + 1 or start
    cut = passage[start : start + EXCERPT_LENGTH]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return ("… " if start else "") + cut + " …"


def highlight(text, wanted, language):
    """``text`` escaped, with every word matching ``wanted`` in <mark>."""
    parts, last = [], 0
    for match in lemmas.WORD.finditer(text):
        if word_keys(match.group(), language) & wanted:
            parts.append(escape(text[last : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))


def excerpt(text, wanted, language):
    """The marked-up excerpt of ``text`` for the query's ``wanted`` word keys (safe HTML)."""
    passage, _score = best_passage(text, wanted, language)
    return highlight(shorten(passage, wanted, language), wanted, language)

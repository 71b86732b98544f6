"""The excerpt under each result: the passage that matches the query best, its matched words marked.

Works on the page's plain text (search.indexing.searchable_text: one line per block) in Python,
for the ten results on the page only: each sentence scores one point per distinct query word it contains
in any form.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search import lemmas

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
EXCERPT_LENGTH = 260
PUNCTUATION = ".!?…:;,"


def word_keys(word, language):
    return {lemmas.fold(term) for term in lemmas.terms(word, language)}


def sentences(text):
    """The sentences of ``text``, whose lines are its blocks (search.text), each one once: a
    summary repeated in the body, or a heading repeated on every page of a PDF, is kept where it first
    appears."""
    seen = set()
    found = []
    for line in (text or "").split("\n"):
        for sentence in SENTENCE_END.split(line):
            sentence = " ".join(sentence.split())
            key = sentence.casefold()
            if sentence and key not in seen:
                seen.add(key)
                found.append(sentence)
    return found


def best_passage(text, wanted, language):
    """The sentence matching most of ``wanted`` and the next one; the text's start if none. Sentences of
    different blocks (a heading, a table cell, another field) never run into each other."""
    found = sentences(text)
    best, best_score = 0, 0
    for number, sentence in enumerate(found):
        keys = set()
        for word in lemmas.words(sentence):
            keys |= word_keys(word, language)
        score = len(keys & wanted)
        if score > best_score:
            best, best_score = number, score
    if not found:
        return "", best_score
    passage = found[best]
    if best + 1 < len(found) and len(passage) < EXCERPT_LENGTH:
        # A sentence ends with its punctuation; a heading, a label or a cell does not: a dot between.
        separator = " " if passage[-1] in PUNCTUATION else " · "
        passage = f"{passage}{separator}{found[best + 1]}"
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

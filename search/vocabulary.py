"""The index of words seen while indexing: restoring diacritics and suggesting "Czy chodziło o …?".

A query word typed without diacritics ("zaswiadczenia") is matched to the indexed words whose form
without diacritics is the same; a word that finds nothing is compared with the indexed lemmas that
differ from it by one letter (inserted, deleted, replaced or two swapped), the nearest and most
common first.
"""

from search import lemmas
from search.models import SearchTerm

BATCH = 500


def remember(text, language):
    """Add the words of ``text`` to the vocabulary (existing pairs are left alone)."""
    pairs = sorted(lemmas.vocabulary(text, language))
    rows = [
        SearchTerm(language=language, folded=folded, lemma=lemma, length=len(folded))
        for folded, lemma in pairs
        if folded and len(folded) <= 40 and len(lemma) <= 40
    ]
    for start in range(0, len(rows), BATCH):
        SearchTerm.objects.bulk_create(rows[start : start + BATCH], ignore_conflicts=True)


def restore_diacritics(words, language):
    """{word: [lemmas of indexed words spelt like it without diacritics]} for words typed without them."""
    plain = {word: lemmas.fold(word.lower()) for word in words if lemmas.fold(word) == word}
    if not plain:
        return {}
    found = {}
    for term in SearchTerm.objects.filter(language=language, folded__in=set(plain.values())):
        found.setdefault(term.folded, []).append(term.lemma)
    return {word: sorted(found.get(folded, [])) for word, folded in plain.items()}


def one_edit_apart(a, b):
    """True when ``b`` is ``a`` with one letter inserted, deleted, replaced, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(shorter) and shorter[i] == longer[i]:
        i += 1
    return shorter[i:] == longer[i + 1 :]


def suggestions(word, language, limit=3):
    """Indexed lemmas with a form one letter away from ``word`` (compared without diacritics)."""
    folded = lemmas.fold(word.lower())
    if len(folded) < 4:  # short words have too many neighbours to guess from
        return []
    candidates = SearchTerm.objects.filter(
        language=language, length__gte=len(folded) - 1, length__lte=len(folded) + 1, folded__startswith=folded[:1]
    ).values_list("folded", "lemma")
    close = {}
    for form, lemma in candidates:
        if one_edit_apart(folded, form) and lemmas.fold(lemma) != folded:
            close[lemma] = close.get(lemma, 0) + 1
    return [lemma for lemma, _count in sorted(close.items(), key=lambda item: (-item[1], item[0]))[:limit]]

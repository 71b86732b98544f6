"""Polish alphabetical order, which SQLite does not know."""

POLISH_ALPHABET = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"


def polish_sort_key(text):
    """Sort key for Polish alphabetical order (ł after l, ś after s…)."""
    return [POLISH_ALPHABET.find(char) if char in POLISH_ALPHABET else 100 + ord(char) for char in text.lower()]

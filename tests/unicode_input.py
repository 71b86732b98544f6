"""Numbers that are not ASCII digits, posted wherever a form, a query string or an import reads a number
(issue 19, item 5). ``str.isdigit()`` accepts "²", which ``int()`` refuses; ``int()`` accepts "٣" and
"１２" and strips Unicode spaces. The portal reads only ASCII digits: each of these is "not a number"
everywhere (a Polish message or a 4xx), never a 500 and never quietly read as a number.
"""

UNICODE_DIGITS = {
    "superscript": "²",
    "arabic-indic": "٣",
    "full-width": "１２",
    "circled": "①",
}
UNICODE_SPACES = {
    "no-break-space": "\u00a01",
    "em-space": "1\u2003",
    "ideographic-space": "\u30001",
    "zero-width-space": "1\u200b",
}
NOT_ASCII_NUMBERS = {**UNICODE_DIGITS, **UNICODE_SPACES}


def as_year(value):
    """The same trick on a four-digit year: "１９８７", "198٧", "1987\u00a0"..."""
    if value.strip("\u00a0\u2003\u3000\u200b") != value:
        return value.replace("1", "1987")
    return {"²": "198²", "٣": "198٣", "１２": "１９８７", "①": "198①"}[value]

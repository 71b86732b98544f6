"""Short, real PDF files for the demo documents, rendered with WeasyPrint.

A title page, then the contents and the sections. Files marked accessible are tagged PDF/UA with a
language and a title. The creation date comes from the document, so the same text always gives the
same bytes (a rerun can reuse a file left in the media folder).
"""

from html import escape

LABELS = {
    "pl": {
        "contents": "Spis treści",
        "organisation": "Opracowanie",
        "date": "Data",
        "funding": (
            "Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego "
            "(Program Operacyjny Wiedza Edukacja Rozwój 2014–2020)."
        ),
        "page": "Strona",
    },
    "en": {
        "contents": "Contents",
        "organisation": "Prepared by",
        "date": "Date",
        "funding": (
            "The project is co-financed by the European Union under the European Social Fund "
            "(Operational Programme Knowledge Education Development 2014–2020)."
        ),
        "page": "Page",
    },
}

STYLE = """
@page { size: A4; margin: 2.2cm 2.2cm 2.5cm;
        @bottom-left { content: "%(project)s"; font-size: 8pt; color: #555; }
        @bottom-right { content: "%(page)s " counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
body { font-family: "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 11pt; line-height: 1.45;
       color: #1b1b1b; }
.cover { page-break-after: always; padding-top: 5cm; }
.cover .project { color: #0b4f8a; font-weight: bold; text-transform: uppercase; letter-spacing: 0.05em; }
.cover h1 { font-size: 26pt; line-height: 1.15; margin: 0.4cm 0 0.3cm; color: #0b4f8a; }
.cover .version { font-size: 14pt; color: #006e6e; margin-bottom: 3cm; }
.cover dl { font-size: 10pt; }
.cover dt { font-weight: bold; }
.cover dd { margin: 0 0 0.3cm; }
.cover .funding { margin-top: 3cm; padding-top: 0.3cm; border-top: 3px solid #003399; font-size: 9pt; }
h2 { color: #0b4f8a; font-size: 15pt; margin-top: 0.9cm; }
nav ol { padding-left: 1.2em; }
"""


def render_pdf(*, title, version, organisation, project, date, sections, language="pl", accessible=False):
    """The PDF bytes of a short document: ``sections`` is a list of (heading, [paragraphs])."""
    import weasyprint  # noqa: PLC0415  loading WeasyPrint takes half a second, only the demo PDFs need it

    labels = LABELS[language]
    contents = "".join(f"<li>{escape(heading)}</li>" for heading, _paragraphs in sections)
    body = "".join(
        f"<section><h2>{number}. {escape(heading)}</h2>"
        + "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)
        + "</section>"
        for number, (heading, paragraphs) in enumerate(sections, start=1)
    )
    version_html = f'<p class="version">{escape(version)}</p>' if version else ""
    style = STYLE % {"project": project.replace('"', "'"), "page": labels["page"]}
    html = f"""<!DOCTYPE html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<title>{escape(title)}</title>
<meta name="author" content="{escape(organisation)}">
<meta name="dcterms.created" content="{date.isoformat()}T12:00:00+01:00">
<meta name="dcterms.modified" content="{date.isoformat()}T12:00:00+01:00">
<style>{style}</style>
</head>
<body>
<section class="cover">
<p class="project">{escape(project)}</p>
<h1>{escape(title)}</h1>
{version_html}
<dl>
<dt>{labels["organisation"]}</dt><dd>{escape(organisation)}</dd>
<dt>{labels["date"]}</dt><dd>{date.strftime("%d.%m.%Y")}</dd>
</dl>
<p class="funding">{labels["funding"]}</p>
</section>
<nav><h2>{labels["contents"]}</h2><ol>{contents}</ol></nav>
{body}
</body>
</html>"""
    return weasyprint.HTML(string=html).write_pdf(pdf_variant="pdf/ua-1" if accessible else None)

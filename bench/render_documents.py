#!/usr/bin/env python3
"""Renders a plain-text document (paragraphs separated by blank lines) as the documents translators
receive: a flat ODT (for LibreOffice to convert to PDF, DOCX and ODT) with a running header, a
"Page N / M" footer, justified and hyphenated text, a footnote and a table; and a web page with
navigation, a cookie banner, breadcrumbs, related links and a footer around the article.

usage: render_documents.py TEXT LANG OUT_BASENAME [OFFSET]
OFFSET: paragraphs this text has before the other side's first (a title and a lead the translation
lacks), so that the footnote and the table land at the same place on both sides
writes OUT_BASENAME.fodt and OUT_BASENAME.html
"""
import sys
from xml.sax.saxutils import escape

WORDS = {
    "en": dict(country="US", header="Newsweek interview with Sergey Lavrov, 2022", page="Page",
               note="The interview was recorded in New York during the General Assembly.",
               table=[["Country", "Capital"], ["Russia", "Moscow"], ["Ukraine", "Kyiv"]],
               nav=["Home", "World", "Politics", "Business", "Science", "Opinion", "Newsletters", "Subscribe"],
               cookie="We use cookies to improve your experience on our site and to show you relevant advertising.",
               accept="Accept all", settings="Cookie settings", crumbs=["Home", "World", "Europe"],
               related="Related stories",
               links=["Putin announces partial mobilisation", "What the sanctions mean for Europe",
                      "China and Russia: a partnership of convenience", "The UN General Assembly in pictures"],
               footer=["About us", "Contact", "Privacy policy", "Terms of use", "© 2022 News Media Group. All rights reserved."]),
    "nl": dict(country="NL", header="Interview van Newsweek met Sergej Lavrov, 2022", page="Pagina",
               note="Het interview werd in New York opgenomen tijdens de Algemene Vergadering.",
               table=[["Land", "Hoofdstad"], ["Rusland", "Moskou"], ["Oekraïne", "Kiev"]],
               nav=["Home", "Wereld", "Politiek", "Economie", "Wetenschap", "Opinie", "Nieuwsbrieven", "Abonneren"],
               cookie="Wij gebruiken cookies om uw ervaring op onze site te verbeteren en relevante advertenties te tonen.",
               accept="Alles accepteren", settings="Cookie-instellingen", crumbs=["Home", "Wereld", "Europa"],
               related="Gerelateerde artikelen",
               links=["Poetin kondigt gedeeltelijke mobilisatie aan", "Wat de sancties betekenen voor Europa",
                      "China en Rusland: een verstandshuwelijk", "De Algemene Vergadering van de VN in beeld"],
               footer=["Over ons", "Contact", "Privacybeleid", "Gebruiksvoorwaarden", "© 2022 Nieuwsmedia Groep. Alle rechten voorbehouden."]),
}

NOTE_PARAGRAPH = 3   # the footnote goes after the first sentence of this paragraph (0-based)
TABLE_AFTER = 6      # the table follows this paragraph


def fodt(paragraphs, lang, w, offset):
    body = []
    for i, p in enumerate(paragraphs):
        text = escape(p)
        if i == NOTE_PARAGRAPH + offset:
            cut = p.find(". ")
            cut = len(p) if cut < 0 else cut + 1
            note = ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                    '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                    % escape(w["note"]))
            text = escape(p[:cut]) + note + escape(p[cut:])
        body.append('<text:p text:style-name="Body">%s</text:p>' % text)
        if i == TABLE_AFTER + offset:
            rows = "".join("<table:table-row>%s</table:table-row>" % "".join(
                '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(c)
                for c in row) for row in w["table"])
            body.append('<table:table table:name="Table1"><table:table-column table:number-columns-repeated="2"/>%s</table:table>' % rows)
    return """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:text-properties fo:language="%(lang)s" fo:country="%(country)s" fo:hyphenate="true"
     fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2" fo:font-size="11pt"/>
  </style:default-style>
  <style:style style:name="Body" style:family="paragraph">
   <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph">
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm"
     fo:margin-bottom="1.5cm" fo:margin-left="3cm" fo:margin-right="3cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p>%(header)s</text:p></style:header>
   <style:footer><text:p>%(page)s <text:page-number text:select-page="current">1</text:page-number> / <text:page-count>1</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
%(body)s
 </office:text></office:body>
</office:document>
""" % dict(lang=lang, country=w["country"], header=escape(w["header"]), page=w["page"], body="\n".join(body))


def html(paragraphs, lang, w):
    links = lambda items: "".join('<li><a href="#">%s</a></li>' % escape(i) for i in items)
    article = "".join("<p>%s</p>" % escape(p) for p in paragraphs[1:])
    return """<!DOCTYPE html>
<html lang="%(lang)s"><head><meta charset="utf-8"><title>%(title)s</title></head>
<body>
<div class="cookie-banner"><p>%(cookie)s</p><button>%(accept)s</button> <button>%(settings)s</button></div>
<header><div class="logo">News Media</div><nav><ul>%(nav)s</ul></nav></header>
<div class="breadcrumbs"><ol>%(crumbs)s</ol></div>
<main><article><h1>%(title)s</h1>
%(article)s
</article>
<aside><h2>%(related)s</h2><ul>%(links)s</ul></aside></main>
<footer><ul>%(footer)s</ul></footer>
</body></html>
""" % dict(lang=lang, title=escape(paragraphs[0]), cookie=escape(w["cookie"]), accept=escape(w["accept"]),
           settings=escape(w["settings"]), nav=links(w["nav"]), crumbs=links(w["crumbs"]), article=article,
           related=escape(w["related"]), links=links(w["links"]), footer=links(w["footer"]))


def main():
    source, lang, out = sys.argv[1:4]
    offset = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    with open(source, encoding="utf-8") as f:
        # One paragraph a line, as the plain-text run segments a line break inside a paragraph.
        paragraphs = [" ".join(line.split()) for line in f.read().split("\n") if line.strip()]
    w = WORDS[lang]
    with open(out + ".fodt", "w", encoding="utf-8") as f:
        f.write(fodt(paragraphs, lang, w, offset))
    with open(out + ".html", "w", encoding="utf-8") as f:
        f.write(html(paragraphs, lang, w))


if __name__ == "__main__":
    main()

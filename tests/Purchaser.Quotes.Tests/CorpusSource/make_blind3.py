#!/usr/bin/env python3
"""Writes replies u33..u48 (Corpus/u*.eml + expected u*.json) against rfq-sample.json - the third blind round.

Like make_blind.py (u01..u16) and make_blind2.py (u17..u32), these replies were written BLIND: from the quote-parse
normalization rules and the conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on
them and without reading the extractor's source. The expected values are what a human applying those rules arrives
at; they were not adjusted to the parser's output. Layouts and notations are ones the s*, c*, n* and u01..u32 corpora
lack: answers typed into the buyer's quoted RFQ table (HTML and plain "> " inline), totals before unit prices,
Gmail and Outlook HTML with inline signature images, a German-header semicolon CSV, a styled XLSX (shared strings,
currency number formats, a merged title, formulas, a date serial), Italian in ISO-8859-15, Portuguese in BRL ("R$"),
a thread that revises two lines, a phone one-liner, two options for one line, discounts and length tolerances.
All companies, people, addresses and numbers are fictitious (.example domains)."""
import base64, datetime, io, json, os, struct, zipfile, zlib

from make_corpus import line, nob  # the same expected-line shapes
from make_blind import OUT, alternative, check, crlf, head, msg, with_attachment, write_case  # same headers, DATE and MIME builders

CASES = []
def case(name, data, status, currency, valid, inco, lines, kinds):
    CASES.append((name, data, {"file": name + ".eml", "rfq": "rfq-sample.json", "status": status, "currency": currency,
                               "validUntil": valid, "incoterms": inco, "lines": lines, "deviationKinds": sorted(kinds)}))


def png(w, h, rgb, stripe=(255, 255, 255)):
    """A small valid RGB PNG (a coloured block with a stripe), standing in for a signature logo."""
    rows = []
    for y in range(h):
        px = bytes(stripe if h // 3 <= y < h // 3 + 3 else rgb) * w
        rows.append(b"\x00" + px)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def b64(payload):
    return b"\r\n".join(base64.encodebytes(payload).splitlines())


def related(frm, text, html, images):
    """Outlook-style multipart/related(multipart/alternative(text, html), inline image/png parts with Content-IDs)."""
    r, a = "=_related_blind3_5", "=_alt_blind3_5"
    h = (head(frm) + f"Content-Type: multipart/related; boundary=\"{r}\"; type=\"multipart/alternative\"\n\n"
         f"--{r}\nContent-Type: multipart/alternative; boundary=\"{a}\"\n\n"
         f"--{a}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n{text}\n"
         f"--{a}\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n{html}\n--{a}--\n\n")
    data = crlf(h).encode("utf-8")
    for name, cid, payload in images:
        data += crlf(f"--{r}\nContent-Type: image/png; name=\"{name}\"\nContent-Description: {name}\n"
                     f"Content-Disposition: inline; filename=\"{name}\"; size={len(payload)}\nContent-ID: <{cid}>\n"
                     f"Content-Transfer-Encoding: base64\n\n").encode("ascii") + b64(payload) + b"\r\n"
    return data + f"--{r}--\r\n".encode()


def excel_serial(d):
    return (d - datetime.date(1899, 12, 30)).days


def xlsx_styled(title, rows, merge, sheet_name="Offer"):
    """An Excel-like workbook: shared strings, styles.xml with custom currency number formats, a merged title cell,
    formulas with cached values. rows = [[cell, ...], ...]; a cell is a str, a number, or a dict
    {"v": value, "s": style index, "f": formula, "raw": literal <v> text}. Row 1 holds the (merged) title."""
    strings, index = [], {}
    def sst(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    def cell(ref, c):
        if isinstance(c, dict):
            s = f' s="{c["s"]}"' if "s" in c else ""
            if isinstance(c.get("v"), str):
                return f'<c r="{ref}"{s} t="s"><v>{sst(c["v"])}</v></c>'
            f = f'<f>{c["f"]}</f>' if "f" in c else ""
            return f'<c r="{ref}"{s}>{f}<v>{c.get("raw", c.get("v"))}</v></c>'
        if isinstance(c, str):
            return f'<c r="{ref}" t="s"><v>{sst(c)}</v></c>'
        return f'<c r="{ref}"><v>{c}</v></c>'
    body = []
    for r, row in enumerate([[{"v": title, "s": 5}]] + rows, start=1):
        cells = "".join(cell(chr(65 + c) + str(r), v) for c, v in enumerate(row) if v != "")
        height = ' ht="24" customHeight="1"' if r == 1 else ""
        body.append(f'<row r="{r}"{height}>{cells}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    price_fmt = esc('_-* #,##0.0000\\ [$€-813]_-;\\-* #,##0.0000\\ [$€-813]_-;_-* "-"??\\ [$€-813]_-;_-@_-')
    total_fmt = esc('#,##0.00\\ [$€-813];[Red]\\-#,##0.00\\ [$€-813]')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet {ns}>'
              f'<numFmts count="2"><numFmt numFmtId="164" formatCode="{price_fmt}"/><numFmt numFmtId="165" formatCode="{total_fmt}"/></numFmts>'
              '<fonts count="2"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="14"/><name val="Arial"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center"/></xf>'
              '</cellXfs></styleSheet>')
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns} xmlns:r="{rel}">'
             f'<dimension ref="A1:{merge.split(":")[1][0]}{len(rows) + 1}"/>'
             '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="12.75"/>'
             '<cols><col min="1" max="1" width="6" customWidth="1"/><col min="2" max="2" width="18" customWidth="1"/>'
             '<col min="3" max="3" width="38" customWidth="1"/><col min="4" max="8" width="14" customWidth="1"/></cols>'
             f'<sheetData>{"".join(body)}</sheetData><mergeCells count="1"><mergeCell ref="{merge}"/></mergeCells>'
             '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>')
    shared = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {ns} count="{len(strings)}" uniqueCount="{len(strings)}">'
              + "".join(f'<si><t xml:space="preserve">{esc(s)}</t></si>' for s in strings) + "</sst>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                   '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {ns} xmlns:r="{rel}"><bookViews><workbookView/></bookViews>'
                   f'<sheets><sheet name="{sheet_name}" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
                   f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/>'
                   f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/styles.xml", styles)
        z.writestr("xl/sharedStrings.xml", shared)
    return buf.getvalue()


# u33 Outlook HTML reply: the vendor typed its prices and lead times in red into the empty "Unit price" / "Lead time"
# columns of the buyer's own RFQ table, which sits in the quoted history below the From/Sent/To/Subject block (with the
# RFQ quantities and need-by dates in black). "$69.50/M" on the spring (per thousand); "no quote" typed on the plate.
def red(t):
    return f"<span style='color:#FF0000'>{t}</span>" if t else ""

U33_ROWS = [("1", "GSK-EPDM-80", "Gasket, EPDM 70 Shore A, die-cut, 80 mm OD x 62 mm ID x 3 mm", "5000", "EA", "2026-08-03", "$0.192", "4 wks"),
            ("2", "CBL-4C22-PUR", "Cable, 4 x 22 AWG shielded, PUR jacket, black, on 305 m spools", "1500", "M", "2026-07-20", "$1.44/m", "3 wks"),
            ("3", "SCR-M4X10-A2", "Socket head cap screw M4 x 10, ISO 4762, A2-70 stainless", "20000", "EA", "2026-07-13", "$0.0297", "stock"),
            ("4", "PLT-0915-R2", "Motor base plate, 10 mm 6082-T6, CNC milled, 4 x M6 tapped", "120", "EA", "2026-08-17", "no quote", ""),
            ("5", "SPR-C0630-302", "Compression spring, 302 stainless, wire 0.6 mm, OD 6.3 mm, free length 30 mm", "8000", "EA", "2026-07-27", "$69.50/M", "5 wks")]
U33_TABLE = "\n".join(
    "<tr>" + "".join(f"<td style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'><p class=MsoNormal>{c}<o:p></o:p></p></td>" for c in r[:6])
    + "".join(f"<td style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'><p class=MsoNormal>{red(c)}<o:p></o:p></p></td>" for c in r[6:])
    + "</tr>" for r in U33_ROWS)
case("u33-outlook-red-in-rfq-table", msg("Marco Villanueva <mvillanueva@gulfcoast-ind.example>", "text/html", f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle19 {{mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:#1F497D;}}
--></style></head>
<body lang=EN-US link="#0563C1" vlink="#954F72"><div class=WordSection1>
<p class=MsoNormal><span style='color:#1F497D'>Hi Nora,<o:p></o:p></span></p>
<p class=MsoNormal><span style='color:#1F497D'><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span style='color:#1F497D'>Thanks for the RFQ. I have put our prices and lead times in <span style='color:red'>red</span> in your table below.
All prices in US dollars, FOB Houston, TX. Pricing valid until July 24, 2026.<o:p></o:p></span></p>
<p class=MsoNormal><span style='color:#1F497D'><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span style='color:#1F497D'>Thanks,<br>Marco Villanueva<br>Gulf Coast Industrial Supply | 713-555-0186<o:p></o:p></span></p>
<p class=MsoNormal><span style='color:#1F497D'><o:p>&nbsp;</o:p></span></p>
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'>
<p class=MsoNormal><b>From:</b> Nora Reyes &lt;nreyes@northridge.example&gt; <br><b>Sent:</b> Monday, June 1, 2026 8:02 AM<br>
<b>To:</b> Marco Villanueva &lt;mvillanueva@gulfcoast-ind.example&gt;<br><b>Subject:</b> RFQ NR-RFQ-0619 - Mechanical and cable parts<o:p></o:p></p></div>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Hello Marco,<o:p></o:p></p>
<p class=MsoNormal>Please quote the parts below by June 12, 2026, stating a unit price in USD and a lead time for each line.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr>{"".join(f"<td style='border:solid windowtext 1.0pt;background:#D9E2F3;padding:0in 5.4pt 0in 5.4pt'><p class=MsoNormal><b>{h}</b><o:p></o:p></p></td>" for h in ("Line", "Part number", "Description", "Qty", "Unit", "Need by", "Unit price", "Lead time"))}</tr>
{U33_TABLE}
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thank you,<br>Nora Reyes<br>Purchasing, Northridge<o:p></o:p></p>
</div></body></html>"""), "partial", "USD", "2026-07-24", "FOB",
     [line(1, 0.192, lead=28), line(2, 1.44, lead=21), line(3, 0.0297, lead=0), nob(4), line(5, 0.0695, lead=35)],
     ["no-bid"])

# u34 every line gives the quantity, then the extended total, then the unit price in parentheses ("total $925.00
# ($0.185 ea)"), lead times written "LT: 21 days" / "LT: stock"; the cable is quoted at five full spools (1,525 m,
# quantity differs) and its total is for that length; a grand total follows.
case("u34-total-before-unit", msg("Shelby Crane <scrane@trinity-mro.example>", "text/plain", """Nora,

Pricing on NR-RFQ-0619 below.

GSK-EPDM-80 -- 5,000 pcs -- total $925.00 ($0.185 ea) -- LT: 21 days
CBL-4C22-PUR -- 1,525 m (5 full spools) -- total $2,104.50 ($1.38/m) -- LT: 10 days
SCR-M4X10-A2 -- 20,000 pcs -- total $604.00 ($0.0302 ea) -- LT: stock
PLT-0915-R2 -- 120 pcs -- total $5,124.00 ($42.70 ea) -- LT: 35 days
SPR-C0630-302 -- 8,000 pcs -- total $556.00 ($0.0695 ea) -- LT: 28 days

Grand total $9,313.50. EXW Fort Worth, TX. Quote valid 30 days.

Shelby Crane
Trinity MRO Supply
817-555-0161
"""), "parsed", "USD", "2026-07-05", "EXW",
     [line(1, 0.185, lead=21), line(2, 1.38, qty=1525, lead=10), line(3, 0.0302, lead=0), line(4, 42.70, lead=35),
      line(5, 0.0695, lead=28)],
     ["quantity-differs"])

# u35 Gmail multipart/alternative: HTML in <div dir="ltr"> with a gmail_signature and the RFQ table in
# <div class="gmail_quote"><blockquote class="gmail_quote">; the text part carries the same quote and the RFQ with "> ".
# Lead times "ARO 3 wks" (ARO before the number); cable and plate declined with "no quote"; US written validity date.
U35_RFQ = [("1", "GSK-EPDM-80", "5000", "EA", "2026-08-03"), ("2", "CBL-4C22-PUR", "1500", "M", "2026-07-20"),
           ("3", "SCR-M4X10-A2", "20000", "EA", "2026-07-13"), ("4", "PLT-0915-R2", "120", "EA", "2026-08-17"),
           ("5", "SPR-C0630-302", "8000", "EA", "2026-07-27")]
U35_TEXT = """Hi Nora,

Thanks for thinking of us. We can quote three of the five lines:

GSK-EPDM-80 - $0.181 ea - ARO 3 wks
SCR-M4X10-A2 - $0.0309 ea - ARO 2 wks
SPR-C0630-302 - $0.0718 ea - ARO 5 wks

Sorry, no quote on the cable (CBL-4C22-PUR) or the base plate (PLT-0915-R2).

FCA Grand Rapids, MI. Quote good through 7/17/2026.

Thanks!
Jenna

--
Jenna Kowalczyk
Great Lakes Seal & Spring
616-555-0152

On Mon, Jun 1, 2026 at 8:02 AM Nora Reyes <nreyes@northridge.example> wrote:

> Hello Jenna,
>
> Please quote the parts below by June 12, 2026.
>
> Line Part number Qty Unit Need by
""" + "".join(f"> {a} {b} {c} {d} {e}\n" for a, b, c, d, e in U35_RFQ) + """>
> Thank you,
> Nora Reyes
> Purchasing, Northridge
>
"""
U35_HTML = ("""<div dir="ltr"><div>Hi Nora,</div><div><br></div><div>Thanks for thinking of us. We can quote three of the five lines:</div><div><br></div>
<div>GSK-EPDM-80 - $0.181 ea - ARO 3 wks</div><div>SCR-M4X10-A2 - $0.0309 ea - ARO 2 wks</div><div>SPR-C0630-302 - $0.0718 ea - ARO 5 wks</div><div><br></div>
<div>Sorry, no quote on the cable (CBL-4C22-PUR) or the base plate (PLT-0915-R2).</div><div><br></div>
<div>FCA Grand Rapids, MI. Quote good through 7/17/2026.</div><div><br></div><div>Thanks!</div><div>Jenna</div><div><br></div>
<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Jenna Kowalczyk<div>Great Lakes Seal &amp; Spring</div><div>616-555-0152</div></div></div></div>
<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Jun 1, 2026 at 8:02 AM Nora Reyes &lt;<a href="mailto:nreyes@northridge.example">nreyes@northridge.example</a>&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Hello Jenna,<div><br></div><div>Please quote the parts below by June 12, 2026.</div><div><br></div>
<table border="1" cellspacing="0" cellpadding="3"><tr><th>Line</th><th>Part number</th><th>Qty</th><th>Unit</th><th>Need by</th></tr>
""" + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U35_RFQ) + """
</table><div><br></div><div>Thank you,</div><div>Nora Reyes</div><div>Purchasing, Northridge</div></div>
</blockquote></div>""")
case("u35-gmail-ltr-quote", alternative("Jenna Kowalczyk <jenna@greatlakes-seal.example>", U35_TEXT, U35_HTML),
     "partial", "USD", "2026-07-17", "FCA",
     [line(1, 0.181, lead=21), nob(2), line(3, 0.0309, lead=14), nob(4), line(5, 0.0718, lead=35)],
     ["no-bid"])

# u36 unquoted semicolon CSV (Windows-1252) from a German ERP with German headers "Artikel;Bezeichnung;Menge;ME;
# Preis/Stk;MOQ;Lieferzeit", decimal commas in the prices AND inside the descriptions ("d=0,6", "1.4310"), a "VPE"
# (packing unit) remark that is no deviation; the body (German) gives currency, terms and validity. Cable and plate
# are not in the file.
U36_CSV = crlf("""Artikel;Bezeichnung;Menge;ME;Preis/Stk;MOQ;Lieferzeit;Bemerkung
GSK-EPDM-80;Flachdichtung EPDM 70 Shore A, 80x62x3;5000;Stk;0,174;1000;3 Wochen;
SCR-M4X10-A2;Zylinderschraube ISO 4762 M4x10 A2-70;20000;Stk;0,0288;5000;ab Lager;VPE 500 Stück
SPR-C0630-302;Druckfeder 1.4310 d=0,6 Da=6,3 L0=30;8000;Stk;0,0665;2000;5 Wochen;
""").encode("windows-1252")
case("u36-csv-german-artikel", with_attachment("Jürgen Maier <j.maier@maier-normteile.example>", """Sehr geehrte Frau Reyes,

anbei unser Angebot zu Ihrer Anfrage NR-RFQ-0619 als CSV-Datei.
Alle Preise in EUR netto. Lieferung FCA Pforzheim (Incoterms 2020).
Angebot gültig bis 31.07.2026.

Mit freundlichen Grüßen
Jürgen Maier
Maier Normteile GmbH & Co. KG""", "text/csv; charset=\"windows-1252\"", "Angebot_AN-260611.csv", U36_CSV),
     "partial", "EUR", "2026-07-31", "FCA",
     [line(1, 0.174, "EUR", lead=21, moq=1000), line(3, 0.0288, "EUR", lead=0, moq=5000),
      line(5, 0.0665, "EUR", lead=35, moq=2000)],
     ["currency-differs", "missing-line"])

# u37 an Excel-saved XLSX: shared strings, a merged bold title row, numeric price cells with a euro currency number
# format under "Unit price EUR" headers, a cached float in scientific notation ("2.76E-2"), "Total EUR" formulas,
# a numeric "Lead time (weeks)" column, and the validity as a date serial with a date format. Body says nothing else.
# Plate 11 weeks = 77 days is after its need-by.
U37_VALID = datetime.date(2026, 7, 31)
U37_ROWS = [
    ["Quotation 2026-1187 - Northridge, attn. Nora Reyes - your RFQ NR-RFQ-0619"],
    [""],
    ["Pos", "Part no.", "Description", "Qty", "UoM", "Unit price EUR", "Total EUR", "Lead time (weeks)"],
    [1, "GSK-EPDM-80", "Gasket EPDM 70 Sh A, 80 x 62 x 3 mm", {"v": 5000, "s": 4}, "EA", {"v": 0.169, "s": 1}, {"v": 845, "s": 2, "f": "D5*F5"}, 5],
    [2, "CBL-4C22-PUR", "Cable 4 x 22 AWG shielded, PUR, black", {"v": 1500, "s": 4}, "M", {"v": 1.29, "s": 1}, {"v": 1935, "s": 2, "f": "D6*F6"}, 3],
    [3, "SCR-M4X10-A2", "Socket head cap screw M4 x 10, A2-70", {"v": 20000, "s": 4}, "EA", {"v": 0.0276, "raw": "2.76E-2", "s": 1}, {"v": 552, "s": 2, "f": "D7*F7"}, 2],
    [4, "PLT-0915-R2", "Motor base plate 6082-T6, CNC", {"v": 120, "s": 4}, "EA", {"v": 1065, "s": 1}, {"v": 127800, "s": 2, "f": "D8*F8"}, 11],
    [5, "SPR-C0630-302", "Compression spring 302 SS, 0.6 x 6.3 x 30", {"v": 8000, "s": 4}, "EA", {"v": 0.0642, "s": 1}, {"v": 513.6, "raw": "513.59999999999991", "s": 2, "f": "D9*F9"}, 6],
    ["", "", "", "", "", "Total", {"v": 131645.6, "s": 2, "f": "SUM(G5:G9)"}],
    [""],
    ["", "Delivery terms", "DAP Dayton, OH (Incoterms 2020)"],
    ["", "Valid until", {"v": excel_serial(U37_VALID), "s": 3}],
    ["", "Payment", "30 days end of month"],
]
case("u37-xlsx-styled-eur", with_attachment("Pieter Verhoeven <pieter.verhoeven@verhoeven-technics.example>", """Dear Nora,

Please find attached our offer 2026-1187 for your RFQ NR-RFQ-0619.

Kind regards,
Pieter Verhoeven
Verhoeven Technics NV, Mechelen""", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Offer_2026-1187.xlsx",
     xlsx_styled("VERHOEVEN TECHNICS NV - OFFER", U37_ROWS, "A1:H1")),
     "parsed", "EUR", "2026-07-31", "DAP",
     [line(1, 0.169, "EUR", lead=35), line(2, 1.29, "EUR", lead=21), line(3, 0.0276, "EUR", lead=14),
      line(4, 1065.0, "EUR", lead=77), line(5, 0.0642, "EUR", lead=42)],
     ["currency-differs", "lead-time-after-need-by"])

# u38 a small space-aligned table for three lines, then the plate in a sentence of its own (with "6082" and "after
# drawing approval" around the price), then the cable declined in words. Weeks everywhere; a US written validity date.
case("u38-table-plus-sentence", msg("Hal Jorgensen <hjorgensen@badlands-mfg.example>", "text/plain", """Nora,

Here's what we can do on NR-RFQ-0619:

Part            Qty       Price     Lead
GSK-EPDM-80     5,000     $0.188    4 weeks
SCR-M4X10-A2    20,000    $0.0301   1 week
SPR-C0630-302   8,000     $0.0709   3 weeks

The base plate PLT-0915-R2 we would machine in-house from 6082 bar stock: $44.90 each, 7 weeks after
drawing approval.

Cable isn't something we carry, so no bid on CBL-4C22-PUR.

CPT Dayton, OH. Pricing valid through July 10, 2026.

Hal Jorgensen
Badlands Manufacturing Co.
"""), "partial", "USD", "2026-07-10", "CPT",
     [line(1, 0.188, lead=28), nob(2), line(3, 0.0301, lead=7), line(4, 44.90, lead=49), line(5, 0.0709, lead=21)],
     ["no-bid"])

# u39 HTML table from a cable house: "N/A" in the price, extended-price and lead-time cells of four lines, each with the
# comment "No quote - not our product range"; the one priced line (cable) carries an MOQ of one spool in its comment.
U39_ROWS = [("1", "GSK-EPDM-80", "Gasket, EPDM, 80 x 62 x 3 mm", "5,000", "EA", "N/A", "N/A", "N/A", "No quote - not our product range"),
            ("2", "CBL-4C22-PUR", "Cable, 4 x 22 AWG shielded, PUR, black", "1,500", "M", "$1.47", "$2,205.00", "3-4 weeks", "MOQ 305 m (1 spool)"),
            ("3", "SCR-M4X10-A2", "SHCS M4 x 10, A2-70", "20,000", "EA", "N/A", "N/A", "N/A", "No quote - not our product range"),
            ("4", "PLT-0915-R2", "Motor base plate, 6082-T6", "120", "EA", "N/A", "N/A", "N/A", "No quote - not our product range"),
            ("5", "SPR-C0630-302", "Compression spring, 302 SS", "8,000", "EA", "N/A", "N/A", "N/A", "No quote - not our product range")]
case("u39-na-no-quote-comment", msg("Dana Whitlock <dwhitlock@carolina-cable.example>", "text/html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Quote</title></head>
<body style="font-family:Verdana,Geneva,sans-serif;font-size:12px;color:#222">
<p>Good morning Nora,</p>
<p>Please see our response to RFQ NR-RFQ-0619 below.</p>
<table style="border-collapse:collapse;font-size:12px" cellpadding="4">
<thead><tr style="background:#0B3D62;color:#fff">""" + "".join(f'<th style="border:1px solid #999">{h}</th>' for h in ("Item", "Part No.", "Description", "Qty", "UOM", "Unit Price", "Ext. Price", "Lead Time", "Comments")) + """</tr></thead>
<tbody>
""" + "\n".join("<tr>" + "".join(f'<td style="border:1px solid #999">{c}</td>' for c in r) + "</tr>" for r in U39_ROWS) + """
</tbody></table>
<p>Pricing is FOB Charlotte, NC and valid for 45 days.</p>
<p>Regards,<br>Dana Whitlock<br>Carolina Cable Supply, Inc.<br>704-555-0138</p>
</body></html>"""), "partial", "USD", "2026-07-20", "FOB",
     [nob(1), line(2, 1.47, lead=28, moq=305), nob(3), nob(4), nob(5)],
     ["no-bid"])

# u40 quantity-first "qty x PART @ price = extended" lines; every unit price is already net of a 3% prompt-order
# discount tied to an order date (a price-adjustment clause -> note); odd prices from the discount (0.03007, 1.3774/m).
case("u40-at-lines-net-discount", msg("Ray Castellano <rcastellano@allegheny-fastener.example>", "text/plain", """Nora,

Thank you for the opportunity. Our quote Q-3391:

5,000 x GSK-EPDM-80 @ $0.1843 = $921.50 - 4 wks
1,500 m x CBL-4C22-PUR @ $1.3774/m = $2,066.10 - 2 wks
20,000 x SCR-M4X10-A2 @ $0.03007 = $601.40 - stock
120 x PLT-0915-R2 @ $42.68 = $5,121.60 - 6 wks
8,000 x SPR-C0630-302 @ $0.06984 = $558.72 - 4 wks

All prices shown are net of a 3% prompt-order discount, which applies to POs received by June 30, 2026.
Quote valid until June 30, 2026. DDP Dayton, OH.

Ray Castellano
Allegheny Fastener & Supply
412-555-0109
"""), "parsed", "USD", "2026-06-30", "DDP",
     [line(1, 0.1843, lead=28), line(2, 1.3774, lead=14), line(3, 0.03007, lead=0), line(4, 42.68, lead=42),
      line(5, 0.06984, lead=28)],
     ["note"])

# u41 UK vendor in pounds: two options for the gasket - Option A the part as specified, Option B a different moulded
# part at a lower price and longer lead time. The primary (Option A) is the quote: its price and lead, no alternate.
# Screws "cannot supply"; cable and plate not mentioned.
case("u41-gbp-two-options", msg("Oliver Pennington <o.pennington@severn-seals.example>", "text/plain", """Dear Nora,

Thank you for your enquiry NR-RFQ-0619. We are pleased to quote as follows:

Line 1 - GSK-EPDM-80
   Option A (as specified, die-cut EPDM 70 Shore A): £0.152 each, 4 weeks
   Option B (our moulded gasket GSK-EPDM-80M, same dimensions): £0.129 each, 6 weeks

Line 5 - SPR-C0630-302: £0.0568 each, 5 weeks

Line 3 - SCR-M4X10-A2: we cannot supply, sorry.

Prices in GBP, FCA Gloucester (Incoterms 2020). Quotation valid 60 days.
Should you prefer Option B, let us know and we will send samples for approval.

Kind regards,
Oliver Pennington
Severn Seals & Springs Ltd
"""), "partial", "GBP", "2026-08-04", "FCA",
     [line(1, 0.152, "GBP", lead=28), nob(3), line(5, 0.0568, "GBP", lead=35)],
     ["currency-differs", "missing-line", "no-bid"])

# u42 a key/value quote form for the cable only: "1,500 m ±10%" (a length tolerance, invoiced at the actual length ->
# note, quantity stays the requested one), "15 working days ARO" = 21 days, US numeric validity date. The other lines
# are not mentioned at all.
case("u42-cable-tolerance", msg("Wes Harlan <wharlan@tricounty-wire.example>", "text/plain", """Hi Nora,

Please see our quote for the cable below.

Quote #:        WQ-55812
Part:           CBL-4C22-PUR (4C/22AWG shielded, PUR, black)
Quantity:       1,500 m ±10%
Price:          USD 1.36 / m
Lead time:      15 working days ARO
Terms:          CIP Dayton, OH
Valid through:  06/30/2026

Note: the cable is cut from our production run, so the delivered length may vary by ±10%; we invoice the
actual length shipped.

Best regards,
Wes Harlan
Tri-County Wire Products | 1-800-555-0177
"""), "partial", "USD", "2026-06-30", "CIP",
     [line(2, 1.36, lead=21)],
     ["missing-line", "note"])

# u43 Italian vendor, ISO-8859-15 (the euro sign is byte 0xA4), 8bit: "€ 0,179 /pz", "€ 1.112,00", "€ 62,50 /1000 pz",
# "N/Q" on the cable, screws not listed, lead times in English weeks, "Resa: CFR New York", "Validità offerta:
# 30/07/2026", a payment term in days ("60 gg") that is neither lead time nor validity.
case("u43-italian-latin9", msg("Giulia Ferrante <g.ferrante@ferrante-componenti.example>", "text/plain", """Gentile Sig.ra Reyes,

in riferimento alla Vostra richiesta d'offerta NR-RFQ-0619, siamo lieti di sottoporVi la nostra migliore offerta:

Pos.  Codice          Descrizione                       Quantità   Prezzo unitario      Lead time
1     GSK-EPDM-80     Guarnizione EPDM 80x62x3          5.000 pz   € 0,179 /pz          5 weeks
2     CBL-4C22-PUR    Cavo 4x22 AWG schermato PUR       1.500 m    N/Q                  -
4     PLT-0915-R2     Piastra motore 6082-T6            120 pz     € 1.112,00 /pz       10 weeks
5     SPR-C0630-302   Molla di compressione AISI 302    8.000 pz   € 62,50 /1000 pz     6 weeks

Resa: CFR New York (Incoterms 2020). Imballo compreso.
Validità offerta: 30/07/2026.
Pagamento: bonifico bancario 60 gg data fattura.

Cordiali saluti,
Giulia Ferrante
Ferrante Componenti S.r.l. - Lecco
Tel. +39 0341 555 017
""", charset="iso-8859-15"), "partial", "EUR", "2026-07-30", "CFR",
     [line(1, 0.179, "EUR", lead=35), nob(2), line(4, 1112.0, "EUR", lead=70), line(5, 0.0625, "EUR", lead=42)],
     ["currency-differs", "missing-line", "no-bid"])

# u44 Brazilian vendor in Portuguese quoting in reais: "R$ 0,95" (the "$" is BRL, stated once as "reais - BRL"),
# thousands dots in quantities, lead times in days (English), "stock", "Pagamento: 30 dias" (not a lead time),
# "Validade da proposta: 15/07/2026". Cable not mentioned.
case("u44-portuguese-brl", msg("Rafael Costa <rafael.costa@metalurgica-costa.example>", "text/plain", """Prezada Sra. Reyes,

Agradecemos a sua solicitação de cotação NR-RFQ-0619. Segue a nossa proposta (valores em reais - BRL, sem impostos):

Código          Descrição                        Qtde      Preço unit.     Lead time
GSK-EPDM-80     Junta EPDM 80x62x3               5.000     R$ 0,95         35 days
SCR-M4X10-A2    Parafuso M4x10 inox A2-70        20.000    R$ 0,158        stock
PLT-0915-R2     Placa base do motor 6082-T6      120       R$ 218,00       60 days
SPR-C0630-302   Mola de compressão inox 302      8.000     R$ 0,37         42 days

Condições: FOB Santos (Incoterms 2020).
Validade da proposta: 15/07/2026.
Pagamento: 30 dias.

Atenciosamente,
Rafael Costa
Metalúrgica Costa Ltda. - São Paulo
+55 11 5555 0148
"""), "partial", "BRL", "2026-07-15", "FOB",
     [line(1, 0.95, "BRL", lead=35), line(3, 0.158, "BRL", lead=0), line(4, 218.0, "BRL", lead=60),
      line(5, 0.37, "BRL", lead=42)],
     ["currency-differs", "missing-line"])

# u45 a long thread: the new reply revises only the screws and the springs; below it the buyer's "can you sharpen the
# pencil" mail (with target prices), the vendor's previous full quote at older prices ("> > "), and the RFQ
# ("> > > "). Only the two revised lines count; the other three are not mentioned in the new text.
case("u45-thread-two-revised", msg("Kyle Brandt <kbrandt@mv-fastener.example>", "text/plain", """Nora,

As discussed, we sharpened the pencil on the two items:

SCR-M4X10-A2     $0.0291 ea    stock
SPR-C0630-302    $0.0668 ea    4 wks

Revised prices valid until July 15, 2026, CPT Dayton, OH.

Kyle

Kyle Brandt | Inside Sales
Miami Valley Fastener & Spring | 937-555-0144

On Thu, Jun 4, 2026 at 10:22 AM Nora Reyes <nreyes@northridge.example> wrote:
> Kyle,
>
> Thanks for the quick quote. We are a bit high on the screws and the springs -
> our targets are $0.029 and $0.067. Anything you can do?
>
> Nora
>
> On Tue, Jun 2, 2026 at 3:15 PM Kyle Brandt <kbrandt@mv-fastener.example> wrote:
>> Hi Nora,
>>
>> Quote for NR-RFQ-0619:
>>
>> GSK-EPDM-80      $0.192 ea     4 wks
>> CBL-4C22-PUR     $1.41/m       3 wks
>> SCR-M4X10-A2     $0.0315 ea    stock
>> PLT-0915-R2      $44.75 ea     7 wks
>> SPR-C0630-302    $0.0720 ea    4 wks
>>
>> Valid 30 days, CPT Dayton, OH.
>>
>> Kyle
>>
>> On Mon, Jun 1, 2026 at 8:02 AM Nora Reyes <nreyes@northridge.example> wrote:
>>> Hello Kyle,
>>>
>>> Please quote the parts below by June 12, 2026.
>>>
>>> Line  Part number     Qty     Unit  Need by
>>> 1     GSK-EPDM-80     5000    EA    2026-08-03
>>> 2     CBL-4C22-PUR    1500    M     2026-07-20
>>> 3     SCR-M4X10-A2    20000   EA    2026-07-13
>>> 4     PLT-0915-R2     120     EA    2026-08-17
>>> 5     SPR-C0630-302   8000    EA    2026-07-27
>>>
>>> Thank you,
>>> Nora Reyes
""", subject="Re: RFQ NR-RFQ-0619 - Mechanical and cable parts"), "partial", "USD", "2026-07-15", "CPT",
     [line(3, 0.0291, lead=0), line(5, 0.0668, lead=28)],
     ["missing-line"])

# u46 Outlook multipart/related: text + HTML alternatives plus two inline image/png parts (company logo, LinkedIn icon)
# referenced by cid: and shown as "[cid:...]" in the text part; the images must be ignored. Screws priced per box of
# 500 with the box count (40 boxes = 20,000, quantity as requested); validity "2 weeks" is short.
U46_TEXT = """Hi Nora,

Our quote for NR-RFQ-0619:

GSK-EPDM-80 - $0.186 each - 4 weeks
SCR-M4X10-A2 - $14.75 per box of 500 (40 boxes) - stock
PLT-0915-R2 - $43.20 each - 8 weeks

CBL-4C22-PUR and SPR-C0630-302: no bid.

FOB Milwaukee, WI. Prices valid 2 weeks (steel market).

Best regards,
Trent Olsen
Badger State Industrial

[cid:image001.png@01DCF4A2.5B7C1E30]
[cid:image002.png@01DCF4A2.5B7C1E30]"""
U46_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Nora,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Our quote for NR-RFQ-0619:</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">GSK-EPDM-80 &ndash; $0.186 each &ndash; 4 weeks<br>
SCR-M4X10-A2 &ndash; $14.75 per box of 500 (40 boxes) &ndash; stock<br>
PLT-0915-R2 &ndash; $43.20 each &ndash; 8 weeks</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">CBL-4C22-PUR and SPR-C0630-302: no bid.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">FOB Milwaukee, WI. Prices valid 2 weeks (steel market).</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best regards,<br>Trent Olsen<br>Badger State Industrial</p>
<p class="MsoNormal"><img width="160" height="48" style="width:1.6666in;height:.5in" id="Picture_x0020_1" src="cid:image001.png@01DCF4A2.5B7C1E30" alt="Badger State Industrial - since 1962">
&nbsp;<a href="https://www.linkedin.example/company/badger-state"><img border="0" width="24" height="24" id="Picture_x0020_2" src="cid:image002.png@01DCF4A2.5B7C1E30" alt="LinkedIn"></a></p>
</div></body></html>"""
case("u46-inline-logo-png", related("Trent Olsen <tolsen@badgerstate-ind.example>", U46_TEXT, U46_HTML, [
        ("image001.png", "image001.png@01DCF4A2.5B7C1E30", png(160, 48, (178, 34, 34))),
        ("image002.png", "image002.png@01DCF4A2.5B7C1E30", png(24, 24, (10, 102, 194)))]),
     "partial", "USD", "2026-06-19", "FOB",
     [line(1, 0.186, lead=28), nob(2), line(3, 0.0295, lead=0), line(4, 43.20, lead=56), nob(5)],
     ["no-bid", "validity-short"])

# u47 a phone reply: one line with part, restated quantity, a price with no decimals ("$46 ea") and a lead time,
# "Sent from my iPhone", the buyer's chase quoted Apple-style ("> On Jun 4, 2026, at ..."); us-ascii 7bit.
case("u47-iphone-one-liner", msg("Tony Russo <tony@russo-machine.example>", "text/plain", """Nora - PLT-0915-R2 120 pcs $46 ea 8 wks. Will send the formal quote Monday.

Sent from my iPhone

> On Jun 4, 2026, at 4:51 PM, Nora Reyes <nreyes@northridge.example> wrote:
>
> Hi Tony, any chance you can get me a number on the motor base plate (PLT-0915-R2, 120 pcs) by Friday?
> Need by 8/17.
>
> Thanks,
> Nora
""", charset="us-ascii", cte="7bit", subject="Re: Plate PLT-0915-R2 - RFQ NR-RFQ-0619"), "partial", "USD", None, None,
     [line(4, 46.0, lead=56)],
     ["missing-line"])

# u48 plain-text inline answers: the vendor left the RFQ quoted with "> " and typed each answer on its own unquoted
# line directly under the RFQ line it answers (and the terms under the buyer's question about terms). Spring
# "7-8 weeks" = 56 days is after its need-by.
case("u48-inline-answers-quoted", msg("Bob Lindqvist <blindqvist@presque-isle-mfg.example>", "text/plain", """Nora,

Answers inline below.

Regards,
Bob Lindqvist
Presque Isle Manufacturing

> From: Nora Reyes <nreyes@northridge.example>
> Sent: Monday, June 1, 2026 8:02 AM
> Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts
>
> Hello Bob,
>
> Please quote the following, stating unit price and lead time for each line:
>
> 1. GSK-EPDM-80, gasket EPDM 80 x 62 x 3 mm, 5000 EA, need by 2026-08-03

$0.183 ea, 5 weeks

> 2. CBL-4C22-PUR, cable 4 x 22 AWG PUR, 1500 M on 305 m spools, need by 2026-07-20

$1.39/m, 3 weeks

> 3. SCR-M4X10-A2, SHCS M4 x 10 A2-70, 20000 EA, need by 2026-07-13

no quote

> 4. PLT-0915-R2, motor base plate 6082-T6, 120 EA, need by 2026-08-17

$45.60 ea, 9 weeks

> 5. SPR-C0630-302, compression spring 302 SS, 8000 EA, need by 2026-07-27

$0.0731 ea, 7-8 weeks

> Please state your Incoterms and how long the quote is valid.

EXW Erie, PA. Valid 30 days.

> Thank you,
> Nora Reyes
> Purchasing, Northridge
"""), "partial", "USD", "2026-07-05", "EXW",
     [line(1, 0.183, lead=35), line(2, 1.39, lead=21), nob(3), line(4, 45.60, lead=63), line(5, 0.0731, lead=56)],
     ["lead-time-after-need-by", "no-bid"])


if __name__ == "__main__":
    # rfq-sample.json is a copy of ../shared/quote-samples/rfq-sample.json
    for name, data, expected in CASES:
        check(expected)
        write_case(name, data, expected)
    print(len(CASES), "cases")

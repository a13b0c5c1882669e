#!/usr/bin/env python3
"""Writes the hand-written reply corpus (Corpus/*.eml + expected *.json). Fictitious companies, .example domains."""
import base64, io, json, os, quopri, zipfile

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Corpus")
RFQ = {
    "reference": "CR-RFQ-2207", "title": "Spares for packaging line 3", "currency": "USD",
    "responseDueAt": "2026-07-01T17:00:00Z",
    "lines": [
        {"lineNumber": 1, "partNumber": "BRG-6204-2RS", "description": "Deep groove ball bearing 6204-2RS, 20 x 47 x 14 mm", "quantity": 2000, "unit": "EA", "needBy": "2026-09-30"},
        {"lineNumber": 2, "partNumber": "TUB-PU8-BLU", "description": "Pneumatic tubing, polyurethane, 8 mm OD, blue, on 100 m reels", "quantity": 500, "unit": "M", "needBy": "2026-09-15"},
        {"lineNumber": 3, "partNumber": "NUT-M6-ZN", "description": "Hex nut M6, zinc plated, box of 100", "quantity": 40, "unit": "BX", "needBy": "2026-09-01"},
        {"lineNumber": 4, "partNumber": "LBL-5025-TT", "description": "Thermal transfer label 50 x 25 mm", "quantity": 30000, "unit": "EA", "needBy": "2026-10-15"},
    ],
}

def hdr(frm, date, extra=""):
    return (f"From: {frm}\r\nTo: Dana Whitfield <dana@harborpack.example>\r\n"
            f"Subject: Re: RFQ CR-RFQ-2207 - Spares for packaging line 3\r\nDate: {date}\r\n"
            f"Message-ID: <{abs(hash(frm + date)) % 10**12}@mail.example>\r\nMIME-Version: 1.0\r\n{extra}")

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")

def plain(frm, date, body, charset="utf-8", cte="8bit"):
    raw = body.encode(charset)
    if cte == "quoted-printable":
        raw = quopri.encodestring(raw.replace(b"\n", b"\r\n"))
        payload = raw
    elif cte == "base64":
        payload = b"\r\n".join(base64.encodebytes(crlf(body).encode(charset)).splitlines())
    else:
        payload = crlf(body).encode(charset)
    return (crlf(hdr(frm, date)) + f"Content-Type: text/plain; charset=\"{charset}\"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n").encode("ascii") + payload + b"\r\n"

def html_only(frm, date, html):
    return (crlf(hdr(frm, date)) + "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").encode() + crlf(html).encode("utf-8") + b"\r\n"

def multipart(frm, date, parts, kind="mixed"):
    b = "=_part_boundary_42"
    out = crlf(hdr(frm, date)) + f"Content-Type: multipart/{kind}; boundary=\"{b}\"\r\n\r\nThis is a multi-part message in MIME format.\r\n"
    data = out.encode()
    for ctype, name, payload in parts:
        data += f"--{b}\r\nContent-Type: {ctype}".encode()
        if name:
            data += f"; name=\"{name}\"\r\nContent-Disposition: attachment; filename=\"{name}\"".encode()
        data += b"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        data += b"\r\n".join(base64.encodebytes(payload).splitlines()) + b"\r\n"
    return data + f"--{b}--\r\n".encode()

def xlsx(rows):
    def cell(r, c, v):
        ref = chr(65 + c) + str(r)
        if isinstance(v, (int, float)):
            return f'<c r="{ref}"><v>{v}</v></c>'
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet = "".join(f'<row r="{i+1}">' + "".join(cell(i + 1, c, v) for c, v in enumerate(row) if v != "") + "</row>" for i, row in enumerate(rows))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Quote" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + sheet + "</sheetData></worksheet>")
    return buf.getvalue()

def line(n, price=None, cur="USD", qty=None, lead=None, moq=None, alt=None, nobid=False):
    if nobid:
        return {"lineNumber": n, "noBid": True, "unitPrice": None, "quantity": None, "leadTimeDays": None, "moq": None, "alternatePartNumber": None}
    return {"lineNumber": n, "noBid": False, "unitPrice": {"amount": price, "currency": cur}, "quantity": qty,
            "leadTimeDays": lead, "moq": moq, "alternatePartNumber": alt}

def nob(n):
    return line(n, nobid=True)

def pdf_escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

def pdf(pages, kids_loop=False):
    """A minimal PDF: each page a list of (x, y, size, text) drawn in Helvetica (WinAnsi), or "image" for a scanned page."""
    objects = {1: "<< /Type /Catalog /Pages 2 0 R >>", 3: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
    kids = []
    n = 4
    for page in pages:
        page_id, content_id = n, n + 1
        n += 2
        if page == "image":
            image_id = n
            n += 1
            objects[image_id] = ("<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>", b"\x10\x80\x80\x10")
            stream = b"q 500 0 0 700 50 70 cm /Im1 Do Q"
            resources = f"<< /XObject << /Im1 {image_id} 0 R >> >>"
        else:
            ops = "".join(f"BT /F1 {size} Tf {x} {y} Td ({pdf_escape(text)}) Tj ET\n" for x, y, size, text in page)
            stream = ops.encode("cp1252")
            resources = "<< /Font << /F1 3 0 R >> >>"
        objects[page_id] = f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources {resources} /Contents {content_id} 0 R >>"
        objects[content_id] = (f"<< /Length {len(stream)} >>", stream)
        kids.append(f"{page_id} 0 R")
    if kids_loop:
        kids.append("2 0 R")
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>"
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        body = objects[number]
        if isinstance(body, tuple):
            out += f"{number} 0 obj\n{body[0]}\nstream\n".encode() + body[1] + b"\nendstream\nendobj\n"
        else:
            out += f"{number} 0 obj\n{body}\nendobj\n".encode("cp1252")
    xref = len(out)
    size = max(objects) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for number in range(1, size):
        out += f"{offsets[number]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out

def table_page(title, header, rows, footer, widths, top=780):
    """A page with a title, a ruled-free table whose columns sit at fixed x positions, and footer lines."""
    items = [(50, top, 14, title)]
    y = top - 40
    xs = [50]
    for w in widths[:-1]:
        xs.append(xs[-1] + w)
    for row in [header] + rows:
        items += [(x, y, 9, cell) for x, cell in zip(xs, row) if cell]
        y -= 16
    y -= 16
    for text in footer:
        items.append((50, y, 9, text))
        y -= 14
    return items

CASES = []
def case(name, eml, status, currency, valid, inco, lines, kinds, rfq="rfq-corpus.json"):
    CASES.append((name, eml, {"file": name + ".eml", "rfq": rfq, "status": status, "currency": currency,
                              "validUntil": valid, "incoterms": inco, "lines": lines, "deviationKinds": sorted(kinds)}))

V = "Vera Lind <vera@lindbearings.example>"

# c01 our template, filled in per line
case("c01-template", plain(V, "Mon, 22 Jun 2026 09:12:00 -0500", """Hi Dana,

Filled in your template below.

Line 1 BRG-6204-2RS  Price each: $4.10  Lead time: 3 weeks  Min. order: 500
Line 2 TUB-PU8-BLU   Price each: $0.92/m  Lead time: 2 weeks  Min. order: 100 m
Line 3 NUT-M6-ZN     Price each: $6.40 per box  Lead time: stock  Min. order: 10 boxes
Line 4 LBL-5025-TT   Price each: $0.018  Lead time: 10 days  Min. order: 10,000
Quote expiry: 2026-08-31  Shipping terms: FCA Chicago

Vera
"""), "parsed", "USD", "2026-08-31", "FCA",
     [line(1, 4.10, lead=21, moq=500), line(2, 0.92, lead=14, moq=100), line(3, 6.40, lead=0, moq=10), line(4, 0.018, lead=10, moq=10000)], [])

# c02 pipe table, EUR, decimal commas, Ex Works spelled out, German date
case("c02-pipe-eur", plain("Jens Adler <j.adler@adler-technik.example>", "Tue, 23 Jun 2026 14:02:11 +0200", """Sehr geehrte Frau Whitfield,

anbei unser Angebot:

| Pos | Artikel      | Menge    | Preis          | Lieferzeit |
|-----|--------------|----------|----------------|------------|
| 1   | BRG-6204-2RS | 2.000    | 3,85 €         | 4 Wochen   |
| 2   | TUB-PU8-BLU  | 500 m    | 1,20 €/m       | 3 Wochen   |
| 3   | NUT-M6-ZN    | 40 Karton| 0,09 € je Stk. | ab Lager   |
| 4   | LBL-5025-TT  | 30.000   | 12,50 € /1000  | 15 Arbeitstage |

Lieferbedingung: ab Werk Bremen (Ex Works).
Angebot gültig bis 31.08.2026.

Mit freundlichen Grüßen
Jens Adler
"""), "parsed", "EUR", "2026-08-31", "EXW",
     [line(1, 3.85, "EUR", lead=28), line(2, 1.20, "EUR", lead=21), line(3, 9.00, "EUR", lead=0), line(4, 0.0125, "EUR", lead=21)], ["currency-differs"])

# c03 tab-separated rows, one line no-bid (N/Q), months lead time
case("c03-tabs", plain("Sam Ortiz <sam@ortizsupply.example>", "Wed, 24 Jun 2026 08:00:00 -0700", """Dana -

Part\tQty\tUnit Price\tLead Time
BRG-6204-2RS\t2000\t$3.95\t6 weeks
TUB-PU8-BLU\t500\tN/Q\t
NUT-M6-ZN\t40\t$7.10\t2 months
LBL-5025-TT\t30000\t$0.021\t3 weeks

Prices valid 45 days. FOB Dallas.
Payment terms net 30 days.

Sam
"""), "partial", "USD", "2026-08-08", "FOB",
     [line(1, 3.95, lead=42), nob(2), line(3, 7.10, lead=60), line(4, 0.021, lead=21)], ["no-bid"])

# c04 CSV attachment, comma, quoted fields with thousands separators, break columns
csv4 = ('"Line","Part No","Description","Qty","Unit Price","Qty Break","Break Price","MOQ","Lead Time"\r\n'
        '1,"BRG 6204 2RS","Bearing 6204-2RS","2,000","4.05","5,000","3.80","1,000","3-4 weeks"\r\n'
        '2,"TUB-PU8-BLU","PU tube 8mm blue","500","0.88","","","","2 weeks"\r\n'
        '4,"LBL5025TT","Label 50x25 TT","30,000","0.0195","50,000","0.0180","10,000","ex stock"\r\n')
case("c04-csv-comma", multipart("Ann Brooks <abrooks@brooksind.example>", "Thu, 25 Jun 2026 10:30:00 -0400", [
    ("text/plain; charset=utf-8", None, crlf("Hello Dana,\n\nPlease see the attached CSV. Quote valid until July 31, 2026. Terms: CPT Boston.\n\nAnn\n").encode()),
    ("text/csv", "brooks_quote.csv", csv4.encode())]),
     "partial", "USD", "2026-07-31", "CPT",
     [line(1, 4.05, lead=28, moq=1000), line(2, 0.88, lead=14), line(4, 0.0195, lead=0, moq=10000)], ["missing-line"])

# c05 tab-delimited CSV in ISO-8859-1, pounds sterling
csv5 = "Item\tDescription\tQty\tPrice (£)\tDelivery\r\nBRG-6204-2RS\tRoulement 6204\t2000\t3,10\t5 weeks\r\nNUT-M6-ZN\tÉcrou M6 zingué\t40\t5,75\t1 week\r\n"
case("c05-tsv-latin1", multipart("Hugh Price <hugh@marlowfix.example>", "Fri, 26 Jun 2026 16:45:00 +0100", [
    ("text/plain; charset=us-ascii", None, crlf("Dana,\n\nQuotation attached, prices in GBP, DAP your works. Valid 60 days.\nWe cannot supply the tubing or the labels.\n\nHugh\n").encode()),
    ("text/tab-separated-values", "marlow.tsv", csv5.encode("iso-8859-1"))]),
     "partial", "GBP", "2026-08-25", "DAP",
     [line(1, 3.10, "GBP", lead=35), nob(2), line(3, 5.75, "GBP", lead=7), nob(4)], ["currency-differs", "no-bid"])

# c06 XLSX with header on row 6, price per 1000 column, comment no quote
x6 = xlsx([["Kestrel Components"], ["Quotation", "KQ-5521"], ["Your RFQ", "CR-RFQ-2207"], [], [],
           ["Line", "Part", "Qty", "UoM", "Price", "Per", "Lead time (weeks)", "Remarks"],
           [1, "BRG-6204-2RS", 2000, "pcs", 3920, 1000, 4, ""],
           [2, "TUB-PU8-BLU", "", "", "", "", "", "not quoted"],
           [3, "NUT-M6-ZN", 40, "box", 6.95, 1, 2, ""],
           [4, "LBL-5025-TT", 30000, "pcs", 19.5, 1000, 3, "from 60,000 pcs: 17.90"]])
case("c06-xlsx", multipart("Kim Tran <kim@kestrelcomp.example>", "Mon, 29 Jun 2026 11:00:00 -0600", [
    ("text/plain; charset=utf-8", None, crlf("Hi Dana,\n\nOur quote KQ-5521 is attached. USD, Free Carrier (FCA) Denver, good for 30 days.\n\nKim\n").encode()),
    ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "KQ-5521.xlsx", x6)]),
     "partial", "USD", "2026-07-29", "FCA",
     [line(1, 3.92, lead=28), nob(2), line(3, 6.95, lead=14), line(4, 0.0195, lead=21)], ["no-bid"])

# c07 HTML only, CAD dollars, table with total column
case("c07-html-cad", html_only("Luc Gagnon <lgagnon@boreal-ind.example>", "Tue, 23 Jun 2026 13:20:00 -0400", """<html><body>
<p>Bonjour Dana,</p><p>All prices in CAD, delivered DDP Toronto.</p>
<table border="1"><tr><th>Item</th><th>Description</th><th>Quantity</th><th>Unit price</th><th>Extended</th><th>Lead time</th></tr>
<tr><td>BRG-6204-2RS</td><td>Bearing</td><td>2,000</td><td>$5.30</td><td>$10,600.00</td><td>2-3 weeks</td></tr>
<tr><td>LBL-5025-TT</td><td>Labels</td><td>30,000</td><td>$0.026</td><td>$780.00</td><td>10 business days</td></tr>
</table><p>Quote valid 90 days.</p><p>Merci,<br>Luc</p></body></html>"""),
     "partial", "CAD", "2026-09-21", "DDP",
     [line(1, 5.30, "CAD", lead=21), line(4, 0.026, "CAD", lead=14)], ["currency-differs", "missing-line"])

# c08 free text, Swiss apostrophes, per C, CHF
case("c08-prose-chf", plain("Reto Keller <r.keller@keller-ag.example>", "Wed, 24 Jun 2026 09:00:00 +0200", """Dear Dana

For the ball bearings (BRG-6204-2RS) we quote CHF 3.60 each, delivery 5 weeks.
Hex nuts NUT-M6-ZN: CHF 0.07 per piece, i.e. CHF 7.00 per box, from stock.
Labels LBL-5025-TT: CHF 2.10 per C, 4 weeks.
Tubing is not in our range.

Prices are valid until 15 August 2026, delivery CPT Basel. Total order value CHF 1'234.50 minimum.

Kind regards
Reto Keller
"""), "partial", "CHF", "2026-08-15", "CPT",
     [line(1, 3.60, "CHF", lead=35), nob(2), line(3, 7.00, "CHF", lead=0), line(4, 0.021, "CHF", lead=28)], ["currency-differs", "no-bid"])

# c09 full no-bid with quoted history carrying an old quote
case("c09-regret", plain("Pat Moreno <pat@moreno-mfg.example>", "Thu, 25 Jun 2026 07:30:00 -0500", """Dana,

We regret that we cannot quote this inquiry; our bearing line has been discontinued.

Best,
Pat

On Mon, Jun 15, 2026 at 9:00 AM Dana Whitfield <dana@harborpack.example> wrote:
> Please quote the attached RFQ CR-RFQ-2207.
> Last time you quoted BRG-6204-2RS at $3.70 each, 4 weeks.
"""), "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4)], ["no-bid"])

# c10 pipe table with EOL and no quote, lead time after need-by
case("c10-eol", plain("Ivy Chen <ivy@pacifictrade.example>", "Fri, 26 Jun 2026 18:00:00 +0800", """Hello Dana,

|Part no.|Qty|Price USD|Lead time|Remark|
|BRG-6204-2RS|2000|3.30|16 weeks||
|TUB-PU8-BLU|500|-|-|EOL|
|NUT-M6-ZN|40|4.80|6 weeks||
|LBL-5025-TT|30000||-|no quote|

Price term: CIF Los Angeles. Validity: 20 days.

Ivy
"""), "partial", "USD", "2026-07-16", "CIF",
     [line(1, 3.30, lead=112), nob(2), line(3, 4.80, lead=42), nob(4)], ["lead-time-after-need-by", "no-bid"])

# c11 forwarded older quote below the new one
case("c11-forward", plain("Tom Reyes <tom@reyesdist.example>", "Mon, 29 Jun 2026 12:00:00 -0500", """Dana, here is our updated offer:

BRG-6204-2RS: $4.25 ea, 3 weeks
LBL-5025-TT: $0.0199 ea, 2 weeks

Good through 7/31/2026, FOB Houston.

-----Original Message-----
From: Tom Reyes
Sent: Monday, June 22, 2026 10:00 AM
Subject: quote
BRG-6204-2RS: $4.60 ea
NUT-M6-ZN: $8.00 per box
"""), "partial", "USD", "2026-07-31", "FOB",
     [line(1, 4.25, lead=21), line(4, 0.0199, lead=14)], ["missing-line"])

# c12 price breaks in prose, requested qty picks the 2,000 tier
case("c12-breaks", plain("Olga Berg <olga@nordlager.example>", "Tue, 23 Jun 2026 08:15:00 +0200", """Hi Dana,

BRG-6204-2RS pricing: 1,000+ @ $4.40, 2,000+ @ $4.10, 5,000+ @ $3.90. Lead time 4-6 weeks.

Offer valid 8 weeks, EXW Gothenburg. No other items quoted.

Olga
"""), "partial", "USD", "2026-08-18", "EXW",
     [line(1, 4.10, lead=42), nob(2), nob(3), nob(4)], ["no-bid"])

# c13 MOQ above requested quantity, business days
case("c13-moq", plain("Raj Patel <raj@patellabels.example>", "Wed, 24 Jun 2026 10:10:00 +0530", """Dear Dana,

LBL-5025-TT thermal transfer labels: USD 18.40 per 1000 labels, MOQ 50,000 pcs, 12 business days.

Quotation valid till 30-Jul-2026. Ex-works Pune.

Regards,
Raj
"""), "partial", "USD", "2026-07-30", "EXW",
     [line(4, 0.0184, lead=17, moq=50000)], ["missing-line", "moq-above-quantity"])

# c14 alternate part offered, lead for original ignored
case("c14-alternate", plain("Nina Ruiz <nina@ruizbearings.example>", "Thu, 25 Jun 2026 15:00:00 -0600", """Hi Dana,

BRG-6204-2RS is 20 weeks out from the mill. As an alternative we offer our equivalent RB-6204-2RSX at $3.75 each, 3 weeks.
Hex nuts NUT-M6-ZN $6.10/box, stock.

All quotes valid 30 days, FCA Phoenix.

Nina
"""), "partial", "USD", "2026-07-25", "FCA",
     [line(1, 3.75, lead=21, alt="RB-6204-2RSX"), line(3, 6.10, lead=0)], ["alternate-part", "missing-line"])

# c15 quantity differs: tubing in whole reels
case("c15-reels", plain("Gus Ward <gus@wardpneumatic.example>", "Fri, 26 Jun 2026 09:45:00 -0400", """Dana,

TUB-PU8-BLU comes in 100 m reels only, so we quote 6 reels (600 m) at $85.00 per 100 m reel, 1 week.
Sorry, no bid on the bearings, nuts and labels.

Valid 30 days. FOB Atlanta.

Gus
"""), "partial", "USD", "2026-07-26", "FOB",
     [nob(1), line(2, 0.85, qty=600, lead=7), nob(3), nob(4)], ["no-bid", "quantity-differs"])

# c16 surcharge clause and payment terms (payment is not a deviation, not a lead time)
case("c16-surcharge", plain("Bea Lowe <bea@lowemetals.example>", "Mon, 22 Jun 2026 13:00:00 -0500", """Dana,

NUT-M6-ZN hex nuts, zinc: $5.95 per box of 100, 10 days.
Prices subject to zinc surcharge at time of shipment.
Payment terms: net 45 days. VAT not applicable.

Valid until 08/15/2026, FOB Tulsa.

Bea
"""), "partial", "USD", "2026-08-15", "FOB",
     [line(3, 5.95, lead=10)], ["missing-line", "note"])

# c17 one-off setup charge; shipping remark is not a deviation
case("c17-setup", plain("Cal Ford <cal@fordprint.example>", "Tue, 23 Jun 2026 11:11:00 -0700", """Hello,

Labels LBL-5025-TT: 30,000 pcs at $0.0215 each, 3 weeks after artwork approval.
One-time plate/setup charge of $180.00.
Shipped in cartons of 5,000 on one pallet.

Quote good for 60 days. DAP your dock.

Cal
"""), "partial", "USD", "2026-08-22", "DAP",
     [line(4, 0.0215, lead=21)], ["missing-line", "note"])

# c18 short validity written in weeks, base64 plain text, quantity as requested restated
case("c18-base64", plain("Dee Shah <dee@shahtrading.example>", "Mon, 22 Jun 2026 10:00:00 +0400", """Dear Dana,

* Bearing 6204-2RS, 2000 pcs: USD 3.55 each, delivery 30 days
* PU tubing 8 mm blue, 500 m: USD 0.79/m, delivery 30 days
* Hex nut M6 zinc, 40 boxes: USD 6.20 per box, delivery 30 days
* Thermal labels 50x25: USD 0.017/pc, delivery 30 days

Price valid for 2 weeks. FOB Jebel Ali.

Dee
""", cte="base64"), "parsed", "USD", "2026-07-06", "FOB",
     [line(1, 3.55, lead=30), line(2, 0.79, lead=30), line(3, 6.20, lead=30), line(4, 0.017, lead=30)], ["validity-short"])

# c19 RMB yuan with ¥
case("c19-cny", plain("Li Wei <liwei@sz-hardware.example>", "Wed, 24 Jun 2026 17:00:00 +0800", """Dear Dana,

Our offer in RMB:
1. Hex nut M6 zinc plated (NUT-M6-ZN): ¥38.00 per box, 15 days
2. Ball bearing 6204-2RS (BRG-6204-2RS): ¥21.50/pc, 25 days

Validity 30 days, FOB Shenzhen.

Li Wei
"""), "partial", "CNY", "2026-07-24", "FOB",
     [line(1, 21.50, "CNY", lead=25), line(3, 38.00, "CNY", lead=15)], ["currency-differs", "missing-line"])

# c20 JPY per 100 pcs with yen sign, QP ISO-8859-1
case("c20-jpy", plain("Aiko Sato <a.sato@tokai-seiko.example>", "Thu, 25 Jun 2026 10:00:00 +0900", """Dear Ms. Whitfield,

Line 1  BRG-6204-2RS   2,000 pcs   ¥52,000 / 100 pcs   8 weeks
Line 4  LBL-5025-TT    30,000 pcs  ¥2,900 / 1000 pcs   4 weeks

Tubing and nuts (lines 2 and 3) are not quoted.
Delivery: CIP Chicago. Quotation valid until 2026/08/10.

Aiko Sato
""", charset="iso-8859-1", cte="quoted-printable"), "partial", "JPY", "2026-08-10", "CIP",
     [line(1, 520, "JPY", lead=56), nob(2), nob(3), line(4, 2.9, "JPY", lead=28)], ["currency-differs", "no-bid"])

# c21 ragged space table with header, price per M, lead after need-by for nuts
case("c21-ragged", plain("Moe Dunn <moe@dunnfast.example>", "Fri, 26 Jun 2026 08:08:00 -0500", """Dana,

Item            Description            Qty      Unit Price     Lead Time
NUT-M6-ZN       Hex nut M6 zinc        40 bx    $6.75/box      10 weeks
LBL-5025-TT     TT label 50x25         30M      $19.90/M       stock

Quote expires 8/20/2026.

Moe
"""), "partial", "USD", "2026-08-20", None,
     [line(3, 6.75, lead=70), line(4, 0.0199, lead=0)], ["lead-time-after-need-by", "missing-line"])

# c22 line numbers only (no part numbers) in a pipe table
case("c22-linenumbers", plain("Una Fox <una@foxsupply.example>", "Mon, 29 Jun 2026 09:00:00 -0400", """Dana,

| Line | Qty | Price | Delivery |
| 1 | 2000 | $4.15 | 3 wks |
| 2 | 500 | $0.95 | 1 wk |
| 3 | 40 | $6.60 | stock |
| 4 | 30000 | $0.0205 | 2 wks |

Valid 60 days, FOB Albany.

Una
"""), "parsed", "USD", "2026-08-28", "FOB",
     [line(1, 4.15, lead=21), line(2, 0.95, lead=7), line(3, 6.60, lead=0), line(4, 0.0205, lead=14)], [])

# c23 Outlook HTML reply with history in divRplyFwdMsg
case("c23-outlook-html", html_only("Ray Moss <ray@mossind.example>", "Tue, 30 Jun 2026 14:00:00 -0400", """<html><body><div>
<p>Dana, our pricing:</p>
<ul><li>BRG-6204-2RS &ndash; $4.00 each, 4 weeks</li><li>TUB-PU8-BLU &ndash; $0.90 per metre, 1 week</li></ul>
<p>Valid through August 14, 2026. Ex Works Albany.</p><p>Ray</p></div>
<div id="divRplyFwdMsg"><hr><b>From:</b> Dana Whitfield<br><b>Sent:</b> Monday, June 15, 2026<br>
<p>Please quote: BRG-6204-2RS 2000 EA, NUT-M6-ZN 40 BX at target $5.00</p></div>
</body></html>"""),
     "partial", "USD", "2026-08-14", "EXW",
     [line(1, 4.00, lead=28), line(2, 0.90, lead=7)], ["missing-line"])

# c24 nothing usable
case("c24-unparseable", plain("Zed Quinn <zed@quinnco.example>", "Mon, 22 Jun 2026 09:00:00 -0500", """Hi Dana,

Thanks for the inquiry, we are reviewing it with our engineering team and will come back to you next week.

Zed
"""), "unparseable", None, None, None, [], [])

# c25 decline some lines with cannot supply, revised price in prose
case("c25-revised-prose", plain("Flo Hart <flo@hartbearing.example>", "Wed, 24 Jun 2026 12:00:00 -0500", """Dana,

Good news on BRG-6204-2RS: was $4.50, now $4.20 each, 5 weeks.
We cannot supply the labels (LBL-5025-TT).

Valid 30 days. FOB Memphis.

Flo
"""), "partial", "USD", "2026-07-24", "FOB",
     [line(1, 4.20, lead=35), nob(4)], ["missing-line", "no-bid"])

# c26 Windows-1252 with euro sign, space-grouped thousands
case("c26-cp1252-euro", plain("Marc Petit <m.petit@petit-sa.example>", "Thu, 25 Jun 2026 10:00:00 +0200", """Bonjour Dana,

Roulements BRG-6204-2RS : 3,70 € la pièce, 2 000 pièces, délai 6 semaines (6 weeks).
Étiquettes LBL-5025-TT : 21,50 € /1000, total 645,00 €, délai 3 weeks.

Franco DAP Lyon. Offre valable 30 jours (valid 30 days).

Marc
""", charset="windows-1252", cte="quoted-printable"), "partial", "EUR", "2026-07-25", "DAP",
     [line(1, 3.70, "EUR", lead=42), line(4, 0.0215, "EUR", lead=21)], ["currency-differs", "missing-line"])

# c27 multipart/alternative where the HTML has the table and the text says see below
case("c27-alt-html-table", multipart("Ada Cole <ada@colepack.example>", "Fri, 26 Jun 2026 10:00:00 -0400", [
    ("text/plain; charset=utf-8", None, crlf("Dana,\n\nPlease see the quote below.\nValid 45 days, FOB Newark.\n\nAda\n").encode()),
    ("text/html; charset=utf-8", None, crlf("<p>Dana,</p><table><tr><td>Part</td><td>Qty</td><td>Price</td><td>Lead</td></tr><tr><td>LBL-5025-TT</td><td>30000</td><td>$0.0188</td><td>3 weeks</td></tr><tr><td>BRG-6204-2RS</td><td>2000</td><td>$4.35</td><td>4 weeks</td></tr></table><p>Valid 45 days, FOB Newark.</p>").encode())], kind="alternative"),
     "partial", "USD", "2026-08-10", "FOB",
     [line(1, 4.35, lead=28), line(4, 0.0188, lead=21)], ["missing-line"])

# c28 per pack of 50 on an EA line; obsolete line
case("c28-pack", plain("Ben Ito <ben@itolabels.example>", "Mon, 22 Jun 2026 08:00:00 -0700", """Dana,

Labels LBL-5025-TT: $1.05 per pack of 50, 2 weeks.
BRG-6204-2RS is obsolete at our supplier, no replacement.

Quote valid 30 days.

Ben
"""), "partial", "USD", "2026-07-22", None,
     [nob(1), line(4, 0.021, lead=14)], ["missing-line", "no-bid"])

# c29 per 100 m tubing price, working days
case("c29-per100m", plain("Eva Novak <eva@novak-pneu.example>", "Tue, 23 Jun 2026 09:30:00 +0200", """Dear Dana,

Tubing TUB-PU8-BLU: EUR 78.00 per 100 m, 20 working days.

Validity: 31.07.2026. Incoterms: FCA Brno.

Eva
"""), "partial", "EUR", "2026-07-31", "FCA",
     [line(2, 0.78, "EUR", lead=28)], ["currency-differs", "missing-line"])

# c30 semicolon CSV, UTF-8 BOM, decimal comma, price unit column and quantity rounded to boxes
csv30 = "\ufeffPos;Artikelnummer;Menge;Einheit;Preis EUR;Preiseinheit;Lieferzeit\r\n1;BRG-6204-2RS;2000;Stk;4,12;1;3 Wochen\r\n3;NUT-M6-ZN;4000;Stk;63,00;1000;1 Woche\r\n"
case("c30-csv-semicolon", multipart("Uwe Brandt <u.brandt@brandt-gmbh.example>", "Wed, 24 Jun 2026 15:00:00 +0200", [
    ("text/plain; charset=utf-8", None, crlf("Hallo Dana,\n\nAngebot im Anhang. Gültig 6 Wochen, FCA Hamburg.\nSchläuche und Etiketten führen wir nicht.\n\nUwe\n").encode()),
    ("text/csv; charset=utf-8", "angebot.csv", csv30.encode("utf-8"))]),
     "partial", "EUR", "2026-08-05", "FCA",
     [line(1, 4.12, "EUR", lead=21), line(3, 6.30, "EUR", lead=7)], ["currency-differs", "missing-line"])

RFQ_SINGLE = {
    "reference": "CR-RFQ-2231", "title": "Guard housing", "currency": "EUR", "responseDueAt": "2026-07-10T12:00:00Z",
    "lines": [{"lineNumber": 1, "partNumber": "HSG-4410-AL", "description": "Guard housing, cast aluminium, powder coated", "quantity": 250, "unit": "EA", "needBy": "2026-09-01"}],
}

# c31 single-line RFQ: no part number or line reference needed
case("c31-single-line", plain("Ilse Vogt <ilse@vogtguss.example>", "Mon, 29 Jun 2026 10:00:00 +0200", """Hallo Dana,

thanks for the inquiry. Our price is EUR 38.90 per piece, delivery 7 weeks after order.
Pattern cost one-time EUR 1,450.00.

Valid 60 days, FCA Stuttgart.

Ilse
"""), "parsed", "EUR", "2026-08-28", "FCA", [line(1, 38.90, "EUR", lead=49)], ["note"], rfq="rfq-single.json")

# c32 one lead time for every line
case("c32-shared-lead", plain("Hal Berg <hal@bergind.example>", "Tue, 23 Jun 2026 09:00:00 -0500", """Dana,

BRG-6204-2RS - $4.02 ea
NUT-M6-ZN - $6.15 per box
LBL-5025-TT - $0.0202 ea
TUB-PU8-BLU - $0.84 per meter

Lead time on all items: 4 weeks ARO. Quote valid 30 days. FOB St. Louis.

Hal
"""), "parsed", "USD", "2026-07-23", "FOB",
     [line(1, 4.02, lead=28), line(2, 0.84, lead=28), line(3, 6.15, lead=28), line(4, 0.0202, lead=28)], [])

# c33 delivery dates instead of lead times in a table
case("c33-delivery-dates", plain("Ute Kahn <ute@kahnlogistik.example>", "Wed, 24 Jun 2026 10:00:00 +0200", """Dear Dana,

| Part         | Qty  | Unit price | Delivery   |
| BRG-6204-2RS | 2000 | USD 3.99   | 2026-07-22 |
| NUT-M6-ZN    | 40   | USD 6.05   | 2026-07-08 |

Offer valid until 2026-07-31. DAP Harbor Pack, Toledo.

Ute
"""), "partial", "USD", "2026-07-31", "DAP",
     [line(1, 3.99, lead=28), line(3, 6.05, lead=14)], ["missing-line"])

# c34 HTML with line breaks, US$ and per 100
case("c34-html-br", html_only("Vic Lane <vic@laneprint.example>", "Thu, 25 Jun 2026 16:00:00 -0400", """<div>Dana,<br><br>
LBL-5025-TT: US$ 1.95 per 100 labels, 2 weeks<br>
TUB-PU8-BLU: no bid<br><br>
Prices good until July 20, 2026. FOB Cleveland.<br>Vic</div>"""),
     "partial", "USD", "2026-07-20", "FOB", [nob(2), line(4, 0.0195, lead=14)], ["missing-line", "no-bid"])

# c35 space-grouped thousands with decimal comma, price per 1000
case("c35-space-groups", plain("Eero Laine <eero@laine-oy.example>", "Fri, 26 Jun 2026 09:00:00 +0300", """Hei Dana,

| Tuote        | Qty    | Price            | Lead time |
| LBL-5025-TT  | 30 000 | 1 234,50 € / 10000 | 3 weeks |
| BRG-6204-2RS | 2 000  | 3,45 €           | 6 weeks   |

Valid 30 days. EXW Tampere.

Eero
""", cte="quoted-printable"), "partial", "EUR", "2026-07-26", "EXW",
     [line(1, 3.45, "EUR", lead=42), line(4, 0.12345, "EUR", lead=21)], ["currency-differs", "missing-line"])

# c36 revised table: old and new prices
case("c36-old-new", plain("Gil Park <gil@parksupply.example>", "Mon, 29 Jun 2026 11:00:00 -0700", """Dana, revised offer replacing the one from June 20:

| Part         | Old price | New price | Lead    |
| BRG-6204-2RS | $4.40     | $4.15     | 3 weeks |
| NUT-M6-ZN    | $6.90/box | $6.45/box | 1 week  |
| LBL-5025-TT  | $0.024    | $0.0225   | 2 weeks |

New prices valid through 08/31/2026. FCA Portland.

Gil
"""), "partial", "USD", "2026-08-31", "FCA",
     [line(1, 4.15, lead=21), line(3, 6.45, lead=7), line(4, 0.0225, lead=14)], ["missing-line"])

# c37 semicolon CSV, Windows-1252, price per 100 header, quoted fields
csv37 = ('"Pos.";"Art.-Nr.";"Bezeichnung";"Menge";"Preis/100 EUR";"Lieferzeit"\r\n'
         '"1";"BRG-6204-2RS";"Rillenkugellager 6204-2RS";"2.000";"395,00";"4 Wochen"\r\n'
         '"4";"LBL-5025-TT";"Etikett 50×25 – Thermotransfer";"30.000";"2,05";"10 Arbeitstage"\r\n')
case("c37-csv-per100", multipart("Otto Reich <o.reich@reich-kg.example>", "Tue, 23 Jun 2026 14:00:00 +0200", [
    ("text/plain; charset=utf-8", None, crlf("Sehr geehrte Frau Whitfield,\n\nanbei unser Angebot. Preise in EUR, frei Haus (DDP). Gültig bis 31.07.2026.\n\nMit freundlichen Grüßen\nOtto Reich\n").encode()),
    ("text/csv; charset=windows-1252", "angebot.csv", csv37.encode("cp1252"))]),
     "partial", "EUR", "2026-07-31", "DDP",
     [line(1, 3.95, "EUR", lead=28), line(4, 0.0205, "EUR", lead=14)], ["currency-differs", "missing-line"])

# c38 prose per thousand, minimum order quantity, spelled-out incoterm
case("c38-per-thousand", plain("Noor Haddad <noor@haddadlabel.example>", "Wed, 24 Jun 2026 08:00:00 +0000", """Dear Dana,

For the 50 x 25 mm thermal transfer labels we can offer $17.60 per thousand, minimum order quantity 40,000 labels, lead time 3-4 weeks.

Terms: Ex Works our plant, prices valid for 45 days.

Noor
"""), "partial", "USD", "2026-08-08", "EXW",
     [line(4, 0.0176, lead=28, moq=40000)], ["missing-line", "moq-above-quantity"])

# c39 per-line N/Q and regret in a list
case("c39-nq-list", plain("Kai Roth <kai@rothtech.example>", "Thu, 25 Jun 2026 13:00:00 -0500", """Dana,

Line 1: $3.89 each, 5 weeks
Line 2: N/Q
Line 3: regret, cannot supply
Line 4: $0.0210 each, 3 weeks

Quote good for 30 days, FOB Omaha.

Kai
"""), "partial", "USD", "2026-07-25", "FOB",
     [line(1, 3.89, lead=35), nob(2), nob(3), line(4, 0.021, lead=21)], ["no-bid"])

# c40 "the rest we cannot quote"
case("c40-rest-declined", plain("Mia Stone <mia@stonefast.example>", "Fri, 26 Jun 2026 15:00:00 -0400", """Hi Dana,

We can do the M6 hex nuts (NUT-M6-ZN) at $5.80 per box, ex stock.
Unfortunately the other items we cannot quote.

Valid 30 days.

Mia
"""), "partial", "USD", "2026-07-26", None,
     [nob(1), nob(2), line(3, 5.80, lead=0), nob(4)], ["no-bid"])

# c41 German prose, ISO-8859-1, MOQ in Stück, EUR per piece
case("c41-german-prose", plain("Karl Huber <k.huber@huber-etiketten.example>", "Mon, 22 Jun 2026 09:00:00 +0200", """Sehr geehrte Frau Whitfield,

für die Etiketten LBL-5025-TT bieten wir 0,0195 EUR/Stück an, Mindestbestellmenge 50.000 Stück, Lieferzeit 3 Wochen.

Das Angebot ist gültig bis 15.08.2026. Lieferung DAP Toledo.

Mit freundlichen Grüßen
Karl Huber
""", charset="iso-8859-1", cte="quoted-printable"), "partial", "EUR", "2026-08-15", "DAP",
     [line(4, 0.0195, "EUR", lead=21, moq=50000)], ["currency-differs", "missing-line", "moq-above-quantity"])

# c42 en dash ranges, per metre, per 100 pcs, packing remark is no deviation
case("c42-ranges", plain("Ray Cho <ray@chopneumatic.example>", "Tue, 30 Jun 2026 10:00:00 -0700", """Dana,

- TUB-PU8-BLU: $0.81 per metre, 3–4 weeks
- LBL-5025-TT: $1.99 per 100 pcs, 2–3 weeks
- BRG-6204-2RS: $3.98 each, 5–6 weeks

Packed 5 reels per carton. Prices valid 60 days, CPT Toledo.

Ray
"""), "partial", "USD", "2026-08-29", "CPT",
     [line(1, 3.98, lead=42), line(2, 0.81, lead=28), line(4, 0.0199, lead=21)], ["missing-line"])

# c43 PDF attachment with a text layer: a table rebuilt from glyph positions, European decimals, EUR
P43 = pdf([table_page("Orion Industrial Supply GmbH - Quotation OQ-7781",
    ["Pos", "Part No.", "Description", "Qty", "Unit Price", "Lead Time"],
    [["1", "BRG-6204-2RS", "Ball bearing 6204-2RS", "2.000", "3,72 EUR", "4 weeks"],
     ["2", "TUB-PU8-BLU", "PU tubing 8 mm blue", "500 m", "1,05 EUR/m", "3 weeks"],
     ["3", "NUT-M6-ZN", "Hex nut M6 zinc, box 100", "40 box", "8,90 EUR", "stock"],
     ["4", "LBL-5025-TT", "Label 50 x 25 TT", "30.000", "14,20 EUR / 1000", "10 working days"]],
    ["Prices in EUR, valid until 15.08.2026.", "Delivery terms: DAP Boston (Incoterms 2020).", "Payment: 30 days net."],
    [30, 90, 140, 60, 90, 80])])
case("c43-pdf-table", multipart("Lena Vogt <lena.vogt@orion-industrial.example>", "Thu, 25 Jun 2026 10:30:00 +0200", [
    ("text/plain; charset=utf-8", None, crlf("Dear Dana,\n\nplease find our quotation OQ-7781 attached.\n\nBest regards\nLena Vogt\n").encode()),
    ("application/pdf", "OQ-7781.pdf", P43)]), "parsed", "EUR", "2026-08-15", "DAP",
     [line(1, 3.72, "EUR", lead=28), line(2, 1.05, "EUR", lead=21), line(3, 8.90, "EUR", lead=0), line(4, 0.0142, "EUR", lead=14)], ["currency-differs"])

# c44 PDF attachment with price breaks written as tiers, one paragraph per part
P44 = pdf([[(50, 780, 14, "Tristate Bearing & Label Co. - Quote TQ-2291 for RFQ CR-RFQ-2207"),
            (50, 740, 10, "BRG-6204-2RS pricing: 1+ @ $4.40, 1,000+ @ $4.10, 5,000+ @ $3.85. Lead time 3 weeks."),
            (50, 710, 10, "LBL-5025-TT: 10,000+ @ $0.0210, 25,000+ @ $0.0185, 50,000+ @ $0.0170. Lead time 2 weeks."),
            (50, 680, 10, "TUB-PU8-BLU and NUT-M6-ZN: no quote."),
            (50, 650, 10, "Quote valid 30 days. FCA Newark.")]])
case("c44-pdf-breaks", multipart("Omar Haddad <omar@tristate-blc.example>", "Fri, 26 Jun 2026 15:45:00 -0400", [
    ("text/plain; charset=utf-8", None, crlf("Hi Dana,\n\nOur quote TQ-2291 is attached (PDF).\n\nOmar\n").encode()),
    ("application/pdf", "TQ-2291.pdf", P44)]), "partial", "USD", "2026-07-26", "FCA",
     [dict(line(1, 4.10, lead=21), priceBreaks=[[1, 4.40], [5000, 3.85]]), nob(2), nob(3),
      dict(line(4, 0.0185, lead=14), priceBreaks=[[10000, 0.021], [50000, 0.017]])], ["no-bid"])

# c45 a scanned quotation: the PDF is an image with no text layer, nothing else to read
P45 = pdf(["image"])
case("c45-pdf-scanned", multipart("Ines Moreau <ines@moreau-fixations.example>", "Mon, 29 Jun 2026 09:05:00 +0200", [
    ("text/plain; charset=utf-8", None, crlf("Bonjour Dana,\n\nPlease find our signed quotation attached.\n\nCordialement,\nInes\n").encode()),
    ("application/pdf", "scan_0042.pdf", P45)]), "unparseable", None, None, None, [], [])
CASES[-1][2]["reasonContains"] = "no text layer"

# c46 a hostile PDF (its page tree points back at itself) next to a quote in the body: the body still wins
P46 = pdf([[(50, 780, 12, "BRG-6204-2RS 9.99 USD")]], kids_loop=True)
case("c46-pdf-hostile", multipart("Pat Reyes <pat@reyes-supply.example>", "Tue, 30 Jun 2026 08:15:00 -0500", [
    ("text/plain; charset=utf-8", None, crlf("""Dana,

| Part         | Qty   | Unit price | Lead time |
| BRG-6204-2RS | 2000  | $3.99      | 5 weeks   |
| TUB-PU8-BLU  | 500 m | $0.85/m    | 2 weeks   |
| NUT-M6-ZN    | 40    | $6.95/box  | stock     |
| LBL-5025-TT  | 30000 | $0.0205    | 3 weeks   |

Valid 30 days, FOB Houston. Our brochure is attached.

Pat
""").encode()),
    ("application/pdf", "brochure.pdf", P46)]), "parsed", "USD", "2026-07-30", "FOB",
     [line(1, 3.99, lead=35), line(2, 0.85, lead=14), line(3, 6.95, lead=0), line(4, 0.0205, lead=21)], [])

# c47 a question before quoting, with a number in it: not a quote
case("c47-question", plain("Vera Lind <vera@lindbearings.example>", "Tue, 23 Jun 2026 10:00:00 -0500", """Hi Dana,

Could you confirm the seal type for BRG-6204-2RS before we quote? Our standard is 2RS rubber at about $4.00 each, but
we also have ZZ metal shields. What is the required grease?

Thanks,
Vera
"""), "unparseable", None, None, None, [], [])
CASES[-1][2]["classification"] = "question"
CASES[-1][2]["reasonContains"] = "question"

def main():
    os.makedirs(OUT, exist_ok=True)
    for name, rfq in (("rfq-corpus.json", RFQ), ("rfq-single.json", RFQ_SINGLE)):
        with open(os.path.join(OUT, name), "w") as f:
            json.dump(rfq, f, indent=2)
            f.write("\n")
    for name, eml, expected in CASES:
        with open(os.path.join(OUT, name + ".eml"), "wb") as f:
            f.write(eml)
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            json.dump(expected, f, indent=2)
            f.write("\n")
    print(len(CASES), "cases")

if __name__ == "__main__":
    main()

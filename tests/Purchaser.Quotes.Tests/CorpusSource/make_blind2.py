#!/usr/bin/env python3
"""Writes replies u17..u32 (Corpus/u*.eml + expected u*.json) against rfq-sample.json - the second blind round.

Like make_blind.py (u01..u16), these replies were written BLIND: from the quote-parse normalization rules and
the conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without
reading the extractor's source. The expected values are what a human applying those rules arrives at; they were
not adjusted to the parser's output. Layouts and notations are ones the s*, c*, n* and u01..u16 corpora lack.
All companies, people, addresses and numbers are fictitious (.example domains)."""
import io, json, os, zipfile

from make_corpus import line, nob  # the same expected-line shapes
from make_blind import OUT, check, crlf, msg, with_attachment, write_case  # same headers, DATE and MIME builders as u01..u16

CASES = []
def case(name, data, status, currency, valid, inco, lines, kinds):
    CASES.append((name, data, {"file": name + ".eml", "rfq": "rfq-sample.json", "status": status, "currency": currency,
                               "validUntil": valid, "incoterms": inco, "lines": lines, "deviationKinds": sorted(kinds)}))


def xlsx_book(sheets):
    """A minimal workbook with several sheets (inline strings, plain numbers), sheets = [(name, rows), ...]."""
    def cell(r, c, v):
        ref = chr(65 + c) + str(r)
        if isinstance(v, (int, float)):
            return f'<c r="{ref}"><v>{v}</v></c>'
        v = v.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(sheets)))
                   + "</Types>")
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} xmlns:r="{rel}"><sheets>'
                   + "".join(f'<sheet name="{name}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (name, _) in enumerate(sheets))
                   + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join(f'<Relationship Id="rId{i + 1}" Type="{rel}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
                   + "</Relationships>")
        for i, (_, rows) in enumerate(sheets):
            data = "".join(f'<row r="{r + 1}">' + "".join(cell(r + 1, c, v) for c, v in enumerate(row) if v != "") + "</row>"
                           for r, row in enumerate(rows))
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>{data}</sheetData></worksheet>')
    return buf.getvalue()


# u17 dot-leader lines; prices per hundred written "/C", "per hundred" and "per hundred pcs", the plate "each";
# cable "no bid" in the price position. Validity in days.
case("u17-dot-leaders-per-c", msg("Walt Brennan <wbrennan@lorain-fastener.example>", "text/plain", """Nora,

Thanks for sending the RFQ over. Our pricing, US dollars:

SCR-M4X10-A2 ................ $2.95/C ...................... stock
SPR-C0630-302 ............... $6.85 per hundred ............ 4 weeks
GSK-EPDM-80 ................. $19.40 per hundred pcs ....... 5 weeks
PLT-0915-R2 ................. $43.10 each .................. 7 weeks
CBL-4C22-PUR ................ no bid ....................... --

FOB Lorain, OH. Quote valid 60 days.

Walt Brennan
Lorain Fastener Supply
440-555-0139
"""), "partial", "USD", "2026-08-04", "FOB",
     [line(1, 0.194, lead=35), nob(2), line(3, 0.0295, lead=0), line(4, 43.10, lead=49), line(5, 0.0685, lead=28)],
     ["no-bid"])

# u18 HTML-only table: a first header row of colspan groups ("Your request" | spacer | "Our offer"), an empty spacer
# column in every row, colspan section rows ("Elastomers & springs", ...) between the items, rows out of RFQ order,
# "US$" prices, the plate's "regret" spanning the price and lead-time cells, an MOQ below the quantity in Remarks.
case("u18-html-colspan-spacer", msg("Ingrid Solberg <isolberg@fjord-tech-supply.example>", "text/html", """<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Dear Nora,</p>
<p>Thank you for RFQ NR-RFQ-0619. Please find our offer below, grouped by product family.</p>
<table cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th colspan="3" style="border-bottom:2px solid #2F5597;text-align:left">Your request</th><td style="width:24px">&nbsp;</td><th colspan="3" style="border-bottom:2px solid #2F5597;text-align:left">Our offer</th></tr>
<tr><th>Ln</th><th>Part no.</th><th>Qty</th><td></td><th>Unit price</th><th>Lead time</th><th>Remarks</th></tr>
<tr><td colspan="7" style="background:#D9E1F2"><b>Elastomers &amp; springs</b></td></tr>
<tr><td>1</td><td>GSK-EPDM-80</td><td align="right">5,000 EA</td><td></td><td align="right">US$ 0.176</td><td>5 weeks</td><td></td></tr>
<tr><td>5</td><td>SPR-C0630-302</td><td align="right">8,000 EA</td><td></td><td align="right">US$ 0.0742</td><td>6 weeks</td><td></td></tr>
<tr><td colspan="7" style="background:#D9E1F2"><b>Fasteners &amp; machined parts</b></td></tr>
<tr><td>3</td><td>SCR-M4X10-A2</td><td align="right">20,000 EA</td><td></td><td align="right">US$ 0.0308</td><td>2 weeks</td><td>MOQ 10,000 pcs</td></tr>
<tr><td>4</td><td>PLT-0915-R2</td><td align="right">120 EA</td><td></td><td colspan="2" style="color:#C00000">regret &ndash; no CNC capacity</td><td></td></tr>
<tr><td colspan="7" style="background:#D9E1F2"><b>Cable</b></td></tr>
<tr><td>2</td><td>CBL-4C22-PUR</td><td align="right">1,500 M</td><td></td><td align="right">US$ 1.52 /m</td><td>3 weeks</td><td></td></tr>
</table>
<p>CIP Dayton, OH (Incoterms 2020), insurance included. Offer valid until 2026-07-24.</p>
<p>Kind regards,<br>Ingrid Solberg<br>Fjord Technical Supply Inc.<br>+1 206 555 0117</p>
</body></html>"""), "partial", "USD", "2026-07-24", "CIP",
     [line(1, 0.176, lead=35), line(2, 1.52, lead=21), line(3, 0.0308, lead=14, moq=10000), nob(4), line(5, 0.0742, lead=42)],
     ["no-bid"])

# u19 CSV attachment exported by an ERP: a title line, a blank line, then the header on line 3; a "UOM" column; every
# price per thousand in a "Price/M" column (also the plate, "41,250.00" per M = 41.25 each); an "Ext. Price" column
# and a Total row; the cable row "no quote" (its UOM is M = metres, its Price/M cell is empty).
U19_CSV = crlf('''Quotation QT-88213 - Northridge NR-RFQ-0619

Line,Part Number,Description,Qty,UOM,Price/M,Ext. Price,Lead Time,Remarks
1,GSK-EPDM-80,"Gasket EPDM 80x62x3",5000,EA,181.00,905.00,4 weeks,
2,CBL-4C22-PUR,"Cable 4x22 AWG PUR",1500,M,,,,no quote - we do not stock cable
3,SCR-M4X10-A2,"SHCS M4x10 A2-70",20000,EA,29.60,592.00,stock,
4,PLT-0915-R2,"Motor base plate 6082-T6",120,EA,"41,250.00","4,950.00",8 weeks,
5,SPR-C0630-302,"Compression spring 302 SS",8000,EA,70.40,563.20,5 weeks,
,,,,,Total,"7,010.20",,
''').encode("utf-8")
case("u19-csv-title-price-per-m", with_attachment("Dennis Hoyt <dhoyt@prairie-mro.example>", """Hi Nora,

Our quotation QT-88213 is attached (CSV export from our system). All prices in US dollars,
FOB Chicago, IL. Quote valid through July 31, 2026.

Regards,
Dennis Hoyt
Prairie MRO Supply""", "text/csv", "QT-88213.csv", U19_CSV),
     "partial", "USD", "2026-07-31", "FOB",
     [line(1, 0.181, lead=28), nob(2), line(3, 0.0296, lead=0), line(4, 41.25, lead=56), line(5, 0.0704, lead=35)],
     ["no-bid"])

# u20 XLSX with two sheets: a "Cover" sheet with the commercial terms (currency, delivery terms, validity, payment,
# phone and quotation numbers) and a "Quote" sheet with the lines, an MOQ column (plate MOQ 150 > 120) and a
# "No quote" comment on the spring. The body names no terms. Plate 11 weeks is after its need-by.
U20_XLSX = xlsx_book([
    ("Cover", [
        ["Copperline Machine & Supply, LLC"],
        ["1420 N Broadway, Wichita, KS 67214 - Tel. +1 (316) 555-0148"], [""],
        ["Quotation no.", "CQ-26-1177"],
        ["Customer", "Northridge - attn. Nora Reyes"],
        ["Your reference", "NR-RFQ-0619"],
        ["Quotation date", "2026-06-05"],
        ["Currency", "USD"],
        ["Delivery terms", "DAP Dayton, OH (Incoterms 2020)"],
        ["Valid until", "2026-07-10"],
        ["Payment terms", "Net 45 days"],
    ]),
    ("Quote", [
        ["Line", "Part number", "Description", "Qty", "Unit", "Unit price", "MOQ", "Lead time", "Comment"],
        [1, "GSK-EPDM-80", "Gasket EPDM 80x62x3", 5000, "EA", 0.189, 1000, "4 weeks", ""],
        [2, "CBL-4C22-PUR", "Cable 4x22 AWG PUR", 1500, "M", 1.47, 305, "3 weeks", ""],
        [3, "SCR-M4X10-A2", "SHCS M4x10 A2-70", 20000, "EA", 0.0319, 5000, "stock", ""],
        [4, "PLT-0915-R2", "Motor base plate 6082-T6", 120, "EA", 45.8, 150, "11 weeks", ""],
        [5, "SPR-C0630-302", "Compression spring 302 SS", 8000, "EA", "", "", "", "No quote"],
    ]),
])
case("u20-xlsx-cover-sheet", with_attachment("Rachel Dunn <rdunn@copperline-ms.example>", """Hello Nora,

Thank you for the opportunity. Our quotation CQ-26-1177 is attached - commercial terms are on the
first tab, pricing on the second.

Best regards,
Rachel Dunn
Copperline Machine & Supply""", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "CQ-26-1177.xlsx", U20_XLSX),
     "partial", "USD", "2026-07-10", "DAP",
     [line(1, 0.189, lead=28, moq=1000), line(2, 1.47, lead=21, moq=305), line(3, 0.0319, lead=0, moq=5000),
      line(4, 45.8, lead=77, moq=150), nob(5)],
     ["lead-time-after-need-by", "moq-above-quantity", "no-bid"])

# u21 plain-text pipe table of break columns headed by quantity ranges; the requested quantities sit exactly on a
# tier's lower bound (gasket 5,000 -> "5,000 - 19,999", screws 20,000 -> "20,000+") or inside one (spring 8,000).
case("u21-break-column-bounds", msg("Colleen Marsh <cmarsh@hoosier-components.example>", "text/plain", """Nora,

Thanks for the RFQ - we quote the gasket, the screws and the springs. Unit prices in USD per piece
by order quantity:

Part number     | 1 - 4,999 | 5,000 - 19,999 | 20,000+ | Lead time
----------------+-----------+----------------+---------+----------
GSK-EPDM-80     | 0.232     | 0.198          | 0.171   | 4 weeks
SCR-M4X10-A2    | 0.048     | 0.036          | 0.0305  | 2 weeks
SPR-C0630-302   | 0.118     | 0.081          | 0.066   | 5 weeks

We do not make cable or machined plates, so no bid on lines 2 and 4.
FCA Elkhart, IN. Prices valid for 45 days.

Colleen Marsh
Hoosier Components Corp.
"""), "partial", "USD", "2026-07-20", "FCA",
     [line(1, 0.198, lead=28), nob(2), line(3, 0.0305, lead=14), nob(4), line(5, 0.081, lead=35)],
     ["no-bid"])

# u22 reply top-posted on an internal forward: a Gmail "---------- Forwarded message ---------" block whose note
# carries last year's prices and lead time, and below it the RFQ quoted with "> " under an "On ... wrote:" line.
case("u22-forward-chain", msg("Karen Liu <kliu@ridgeway-ind.example>", "text/plain", """Hi Nora,

Jim passed your RFQ to me as I look after the elastomer and spring business. Our quote:

  GSK-EPDM-80     5,000 pcs   USD 0.183/pc    lead time 5 weeks
  SPR-C0630-302   8,000 pcs   USD 0.0712/pc   lead time 4 weeks

Lines 2, 3 and 4: cannot supply (not in our program).

Prices CPT Dayton, OH. Valid until 15 July 2026.

Best regards,
Karen Liu
Inside Sales - Elastomers & Springs
Ridgeway Industrial Supply

---------- Forwarded message ---------
From: Jim Varga <jvarga@ridgeway-ind.example>
Date: Tue, Jun 2, 2026 at 7:41 AM
Subject: Fwd: RFQ NR-RFQ-0619 - Mechanical and cable parts
To: Karen Liu <kliu@ridgeway-ind.example>


Karen, can you take this one? Last year we sold them the gasket at $0.21 and the spring at $0.075, 3 weeks.

Jim

On Mon, Jun 1, 2026 at 8:02 AM Nora Reyes <nreyes@northridge.example> wrote:
> Hello Jim,
>
> Please quote the parts below by June 12, 2026.
>
> Line  Part number     Qty     Unit  Need by
> 1     GSK-EPDM-80     5000    EA    2026-08-03
> 2     CBL-4C22-PUR    1500    M     2026-07-20
> 3     SCR-M4X10-A2    20000   EA    2026-07-13
> 4     PLT-0915-R2     120     EA    2026-08-17
> 5     SPR-C0630-302   8000    EA    2026-07-27
>
> Thank you,
> Nora Reyes
> Purchasing, Northridge
""", subject="Re: Fwd: RFQ NR-RFQ-0619 - Mechanical and cable parts"), "partial", "USD", "2026-07-15", "CPT",
     [line(1, 0.183, lead=35), nob(2), nob(3), nob(4), line(5, 0.0712, lead=28)],
     ["no-bid"])

# u23 Austrian vendor in German: a markdown-like pipe table with a "ME" (unit) column of "Stk."/"m", decimal commas
# and thousands dots, a "PE" (Preiseinheit, price unit) column of 1/100/1000 explained below the table,
# "Lieferzeit" ranges "4-5 Wochen" / "6-8 Wochen", "ab Lager", a German written validity date.
case("u23-austrian-pe-column", msg("Florian Leitner <f.leitner@leitner-technik.example>", "text/plain", """Sehr geehrte Frau Reyes,

besten Dank für Ihre Anfrage NR-RFQ-0619. Wir bieten Ihnen wie folgt an:

| Pos. | Artikel-Nr.    | Menge  | ME   | Preis (EUR) | PE   | Lieferzeit |
|------|----------------|--------|------|-------------|------|------------|
| 1    | GSK-EPDM-80    | 5.000  | Stk. | 17,90       | 100  | 4-5 Wochen |
| 2    | CBL-4C22-PUR   | 1.500  | m    | 1,34        | 1    | 3 Wochen   |
| 3    | SCR-M4X10-A2   | 20.000 | Stk. | 27,80       | 1000 | ab Lager   |
| 4    | PLT-0915-R2    | 120    | Stk. | 1.048,00    | 1    | 6-8 Wochen |
| 5    | SPR-C0630-302  | 8.000  | Stk. | 6,45        | 100  | 4-5 Wochen |

PE = Preiseinheit: der Preis gilt je PE Stück bzw. Meter.
Alle Preise netto, zzgl. USt. Lieferbedingung: DAP Dayton, OH (Incoterms 2020).
Angebot gültig bis 17.07.2026.

Mit freundlichen Grüßen
Florian Leitner
Leitner Antriebstechnik GmbH, Linz
Tel. +43 732 555 0190
"""), "parsed", "EUR", "2026-07-17", "DAP",
     [line(1, 0.179, "EUR", lead=35), line(2, 1.34, "EUR", lead=21), line(3, 0.0278, "EUR", lead=0),
      line(4, 1048.0, "EUR", lead=56), line(5, 0.0645, "EUR", lead=35)],
     ["currency-differs"])

# u24 formal letter: quantities and prices repeated in words in parentheses ("USD 44.60 (forty-four US dollars and
# sixty cents)"), a per-thousand price in words, lead times "six (6) weeks", validity "sixty (60) days",
# Incoterm spelled out with its code ("Free Carrier (FCA), Wichita"), items 1-3 declined with "regret".
case("u24-price-in-words", msg("Harold Whitcombe <hwhitcombe@plainsman-mfg.example>", "text/plain", """Dear Ms. Reyes,

Re: Your request for quotation NR-RFQ-0619

We thank you for your enquiry and are pleased to submit our offer for the motor base plates and
the compression springs.

Motor base plate, your part number PLT-0915-R2
Quantity: 120 (one hundred twenty) pieces
Unit price: USD 44.60 (forty-four US dollars and sixty cents) per piece
Delivery: six (6) weeks after receipt of order

Compression spring, your part number SPR-C0630-302
Quantity: 8,000 (eight thousand) pieces
Unit price: USD 71.50 (seventy-one US dollars and fifty cents) per thousand pieces
Delivery: four (4) weeks after receipt of order

We regret that we are unable to quote items 1, 2 and 3 of your enquiry (gasket, cable and screws).

Delivery terms: Free Carrier (FCA), Wichita, Kansas, Incoterms 2020.
This offer remains valid for sixty (60) days from the date of this letter.

Yours sincerely,

Harold Whitcombe
Sales Director
Plainsman Manufacturing Company
"""), "partial", "USD", "2026-08-04", "FCA",
     [nob(1), nob(2), nob(3), line(4, 44.60, lead=42), line(5, 0.0715, lead=28)],
     ["no-bid"])

# u25 packaging units: cable on 500 m drums (3 drums = exactly the 1,500 m requested -> quantity null), screws in
# boxes of 1,000 (20 boxes = 20,000 -> null), springs only in bags of 2,500 (4 bags = 10,000 -> quantity differs);
# prices per drum / box / bag. Validity 21 days lands exactly on responseDueAt + 14 days (not short).
case("u25-drums-boxes-bags", msg("Teresa Vance <tvance@maumee-industrial.example>", "text/plain", """Hello Nora,

Packaging drives our quantities on this one, so please note:

CBL-4C22-PUR - supplied on 500 m drums; 3 drums = 1,500 m as requested. USD 685.00 per drum. 2 weeks.
SCR-M4X10-A2 - boxes of 1,000 pcs; 20 boxes. USD 31.50 per box. From stock.
SPR-C0630-302 - bags of 2,500 pcs only, so we quote 4 bags = 10,000 pcs. USD 172.50 per bag. 3 weeks.

No bid on GSK-EPDM-80 and PLT-0915-R2.

FCA Toledo, OH. Quote valid 21 days.

Teresa Vance
Maumee Industrial Distributors
"""), "partial", "USD", "2026-06-26", "FCA",
     [nob(1), line(2, 1.37, lead=14), line(3, 0.0315, lead=0), nob(4), line(5, 0.069, qty=10000, lead=21)],
     ["no-bid", "quantity-differs"])

# u26 "Item / Your P/N / Our P/N / Price / Per" table: Our P/N is the vendor's catalogue number (explicitly so),
# never an alternate; a "Per" column of "ea" and "C"; items 2 and 4 "no quote"; a US written validity date.
case("u26-our-pn-column", msg("Marisol Ortega <mortega@heartland-industrial.example>", "text/plain", """Hi Nora,

Please see our quotation below. "Our P/N" is our catalogue number, for your reference on the PO;
the parts are exactly as specified on your RFQ.

Item  Your P/N         Our P/N      Price (USD)   Per   Lead time
1     GSK-EPDM-80      HX-440187    0.186         ea    4 wks
3     SCR-M4X10-A2     HX-110934    3.02          C     stock
5     SPR-C0630-302    HX-725066    0.0719        ea    3 wks

Items 2 and 4 - no quote.

Quote valid until 07/24/2026. FOB Wichita, KS.

Marisol Ortega
Heartland Industrial Supply
"""), "partial", "USD", "2026-07-24", "FOB",
     [line(1, 0.186, lead=28), nob(2), line(3, 0.0302, lead=0), nob(4), line(5, 0.0719, lead=21)],
     ["no-bid"])

# u27 polite full no-bid ("regret to inform", "decline to quote all five lines") whose reason carries a backlog in
# weeks, a quarter, dates and an address/phone line: nothing is a price or a lead time.
case("u27-regret-capacity", msg("Gordon Albright <galbright@harlan-precision.example>", "text/plain", """Dear Nora,

Thank you for thinking of Harlan Precision for RFQ NR-RFQ-0619.

We regret to inform you that we are unable to quote on this occasion. Our CNC and spring-forming cells
are fully booked through the end of Q3, and our current backlog of roughly 14 weeks would not allow us
to meet your need-by dates in July and August 2026. Rather than send you prices we could not stand
behind, we respectfully decline to quote all five lines.

We value the relationship and would welcome the chance to quote your next requirement - our capacity
opens up again from October 1, 2026.

With kind regards,

Gordon Albright
Harlan Precision Products, Inc. | 2200 Mill Race Rd, Suite 4 | Lancaster, PA 17601 | 717-555-0163
"""), "no-bid", None, None, None,
     [nob(1), nob(2), nob(3), nob(4), nob(5)],
     ["no-bid"])

# u28 bullet list with em-dash separators: lead times as "ships within N business days" (15 -> 21, 30 -> 42 days,
# screws late), "ships from stock", "ships within 6 weeks"; an inline "1k+ / 5k+ / 10k+" break on the gasket;
# validity through June 19 (short).
case("u28-ships-within-bullets", msg("Brett Kaminski <bkaminski@queen-city-supply.example>", "text/plain", """Hi Nora – quick turnaround on your RFQ:

• GSK-EPDM-80 — 1k+ $0.214 / 5k+ $0.188 / 10k+ $0.169 — ships within 15 business days
• SCR-M4X10-A2 — $0.0298 ea — ships within 30 business days (import item)
• SPR-C0630-302 — $0.0745 ea — ships from stock
• PLT-0915-R2 — $47.25 ea — ships within 6 weeks

Cable – cannot supply.

Pricing valid through June 19, 2026 (our steel prices reset mid-month). FOB Cincinnati, OH.

Brett Kaminski
Queen City Supply Co.
"""), "partial", "USD", "2026-06-19", "FOB",
     [line(1, 0.188, lead=21), nob(2), line(3, 0.0298, lead=42), line(4, 47.25, lead=42), line(5, 0.0745, lead=0)],
     ["lead-time-after-need-by", "no-bid", "validity-short"])

# u29 Windows-1252 plain text, 8bit: curly quotes around the part numbers, en/em dashes, "×", "Ø", bullets and an
# ellipsis; en-dash week ranges; "no bid" in curly quotes inside a sentence; a one-time die charge (note).
case("u29-cp1252-curly", msg("Abby Thornton <athornton@bluegrass-gasket.example>", "text/plain", """Hello Nora,

Here’s our quote for NR-RFQ-0619 … sorry it took a few days.

“GSK-EPDM-80” – EPDM gasket 80 × 62 × 3 mm – $0.178 each – 5–6 weeks
“CBL-4C22-PUR” – 4 × 22 AWG PUR cable – $1.49 per metre – 3–4 weeks
“SCR-M4X10-A2” – M4 × 10 SHCS A2-70 – $0.0327 each – ex-stock
“SPR-C0630-302” – Ø 6.3 mm compression spring – $0.0689 each – 4 weeks

The plate (PLT-0915-R2) isn’t something we’re able to make, so we’ll have to say “no bid” on that one.

Please note: a one-time tooling charge of $180.00 applies to the gasket (new cutting die).

Terms: CPT Louisville, KY • Quote valid 30 days.

Abby Thornton — Bluegrass Gasket & Seal
""", charset="windows-1252"), "partial", "USD", "2026-07-05", "CPT",
     [line(1, 0.178, lead=42), line(2, 1.49, lead=28), line(3, 0.0327, lead=0), nob(4), line(5, 0.0689, lead=28)],
     ["no-bid", "note"])

# u30 body says only "see attached"; the quotation is a PDF-like printout in a .txt attachment: letterhead, a
# header block with dates, "Page 1 of 2", a form feed, the table continued on page 2 under a repeated header,
# "NO BID" in the price column, terms and validity in the footer.
U30_TXT = crlf("""                          WESTFALL TECHNICAL SALES, INC.
                4410 Airport Rd  *  Reno, NV 89502  *  775-555-0187

QUOTATION                                                      No.: Q-4471
                                                               Date: 06/05/2026
To:  Northridge                                                Your ref.: NR-RFQ-0619
     Attn. Nora Reyes                                          Page 1 of 2

----------------------------------------------------------------------------------
Ln  Part Number      Description                    Qty          Unit Price   Lead
----------------------------------------------------------------------------------
 1  GSK-EPDM-80      Gasket EPDM 80x62x3            5,000 EA       0.1795     5 wks
 2  CBL-4C22-PUR     Cable 4x22AWG PUR shielded     1,500 M        1.455      4 wks
 3  SCR-M4X10-A2     SHCS M4x10 ISO 4762 A2-70     20,000 EA       0.0311     stock
----------------------------------------------------------------------------------
                                                                   continued ...
\f                          WESTFALL TECHNICAL SALES, INC.
QUOTATION Q-4471 (continued)                                   Page 2 of 2
----------------------------------------------------------------------------------
Ln  Part Number      Description                    Qty          Unit Price   Lead
----------------------------------------------------------------------------------
 4  PLT-0915-R2      Motor base plate 6082-T6         120 EA      52.80       10 wks
 5  SPR-C0630-302    Comp. spring 302SS             8,000 EA      NO BID
----------------------------------------------------------------------------------
All prices in US dollars.   Terms: FCA Reno, NV (Incoterms 2020)   Payment: Net 30
This quotation is valid until 07/31/2026.
""").encode("utf-8")
case("u30-txt-printout-attachment", with_attachment("Paul Westfall <paul@westfall-tech.example>", """Hi Nora,

Please see attached.

Regards,
Paul""", "text/plain", "Quotation_Q-4471.txt", U30_TXT),
     "partial", "USD", "2026-07-31", "FCA",
     [line(1, 0.1795, lead=35), line(2, 1.455, lead=28), line(3, 0.0311, lead=0), line(4, 52.80, lead=70), nob(5)],
     ["no-bid"])

# u31 a supplier-portal notification in Markdown (bold labels, a "|:-:|:---|---:|" alignment row) sent as
# quoted-printable, so every long table row gets a soft line break ("=" + CRLF) inside a number: the prices of lines
# 1-4 ("0.18=|65") and the spring's lead-time range ("4-=|6 weeks"); the spring row carries a footnote marker and
# the footnote offers an alternate part.
case("u31-markdown-portal-qp", msg("Tidewater Supplier Portal <no-reply@tidewater-industrial.example>", "text/plain", """Hello Nora Reyes,

Your quotation **TQ-20931** from Tidewater Industrial has been published.

| # | Part | Description | Qty | UoM | Unit price (USD) | Lead time |
|:-:|:-----|:------------|----:|:---:|-----------------:|:----------|
| 1 | GSK-EPDM-80 | Gasket, EPDM 70 Shore A, 80x62x3 mm | 5,000 | EA | 0.1865 | 4 weeks |
| 2 | CBL-4C22-PUR | Cable 4x22 AWG shielded, PUR, black | 1,500 | M | 1.418 | 2-3 weeks |
| 3 | SCR-M4X10-A2 | Cap screw M4 x 10, ISO 4762, A2-70 | 20,000 | EA | 0.0334 | 3 weeks |
| 4 | PLT-0915-R2 | Motor base plate, 6082-T6, CNC milled | 120 | EA | 39.95 | 9 weeks |
| 5 | SPR-C0630-302 * | Compression spring 302SS | 8,000 | EA | 0.0701 | 4-6 weeks |

\\* Alternate offered: SPR-C0630-302X (same spring, passivated finish).

**Incoterms:** EXW Norfolk, VA
**Valid until:** 2026-07-17
**Contact:** Dwayne Pruitt, 757-555-0124

This message was sent automatically by the Tidewater Supplier Portal. Please do not reply.
""", cte="quoted-printable", subject="Quotation TQ-20931 published - RE: RFQ NR-RFQ-0619"), "parsed", "USD", "2026-07-17", "EXW",
     [line(1, 0.1865, lead=28), line(2, 1.418, lead=21), line(3, 0.0334, lead=21), line(4, 39.95, lead=63),
      line(5, 0.0701, lead=42, alt="SPR-C0630-302X")],
     ["alternate-part"])

# u32 Mexican vendor writing English prose: items named only by description (no part or line numbers), Mexican pesos
# stated once ("$" on every price means MXN here), numbers inside the descriptions ("80 x 62 x 3 mm", "M4 x 10",
# "A2-70", "302"), two lines declined with "cannot supply".
case("u32-description-mxn", msg("Alejandro Garza <agarza@sierra-madre-ind.example>", "text/plain", """Hi Nora,

Thank you for the invitation to quote. All prices below are in Mexican pesos (MXN), IVA not included.

For the EPDM gaskets (80 x 62 x 3 mm) we can offer $3.35 each, delivery 5 weeks.
The M4 x 10 socket head cap screws in A2-70 stainless are $0.58 each, from stock in Monterrey.
The 302 stainless compression springs would be $1.27 each, delivery 6 weeks.

Unfortunately we cannot supply the PUR cable or the machined motor base plates.

Incoterm: DAP Laredo, TX. This offer is valid until June 30, 2026.

Saludos,
Alejandro Garza
Industrial Sierra Madre S.A. de C.V.
+52 81 5550 1942
"""), "partial", "MXN", "2026-06-30", "DAP",
     [line(1, 3.35, "MXN", lead=35), nob(2), line(3, 0.58, "MXN", lead=0), nob(4), line(5, 1.27, "MXN", lead=42)],
     ["currency-differs", "no-bid"])


if __name__ == "__main__":
    # rfq-sample.json is a copy of ../shared/quote-samples/rfq-sample.json
    for name, data, expected in CASES:
        check(expected)
        write_case(name, data, expected)
    print(len(CASES), "cases")

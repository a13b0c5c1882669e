#!/usr/bin/env python3
"""Writes replies u01..u16 (Corpus/u*.eml + expected u*.json) against rfq-sample.json.

These replies were written BLIND: from the quote-parse normalization rules and the conventions in
../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not
adjusted to the parser's output. Layouts and notations are ones the s*, c* and n* corpora lack.
All companies, people, addresses and numbers are fictitious (.example domains)."""
import base64, datetime, json, os, quopri, zlib
from email.header import Header

from make_corpus import line, nob, xlsx  # the same workbook writer and expected-line shapes

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Corpus")
DATE = "Fri, 05 Jun 2026 09:12:00 -0500"
SUBJECT = "RE: RFQ NR-RFQ-0619 - Mechanical and cable parts"


def crlf(t):
    return t.replace("\r\n", "\n").replace("\n", "\r\n")


def head(frm, subject=SUBJECT, extra=""):
    name, addr = frm.rsplit(" <", 1)
    if not name.isascii():  # RFC 2047 encoded-word for a non-ASCII display name
        frm = Header(name, "utf-8").encode() + " <" + addr
    return (f"From: {frm}\nTo: Nora Reyes <nreyes@northridge.example>\nSubject: {subject}\n"
            f"Date: {DATE}\nMessage-ID: <{zlib.crc32(frm.encode())}.blind@mail.example>\n{extra}MIME-Version: 1.0\n")


def msg(frm, ctype, body, charset="utf-8", cte="8bit", subject=SUBJECT, extra=""):
    raw = crlf(body).encode(charset)
    if cte == "quoted-printable":
        raw = quopri.encodestring(raw)
    h = head(frm, subject, extra) + f"Content-Type: {ctype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n\n"
    return crlf(h).encode("ascii") + raw + b"\r\n"


def with_attachment(frm, body, ctype, name, payload):
    b = "=_blind_boundary_19"
    h = (head(frm) + f"Content-Type: multipart/mixed; boundary=\"{b}\"\n\nThis is a multi-part message in MIME format.\n\n"
         f"--{b}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n{body}\n"
         f"--{b}\nContent-Type: {ctype}; name=\"{name}\"\nContent-Disposition: attachment; filename=\"{name}\"\n"
         f"Content-Transfer-Encoding: base64\n\n")
    return crlf(h).encode("utf-8") + b"\r\n".join(base64.encodebytes(payload).splitlines()) + f"\r\n--{b}--\r\n".encode()


def alternative(frm, text, html):
    b = "=_blind_alt_23"
    h = (head(frm) + f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n"
         f"--{b}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n{text}\n"
         f"--{b}\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n{html}\n--{b}--\n")
    return crlf(h).encode("utf-8")


CASES = []
def case(name, data, status, currency, valid, inco, lines, kinds):
    CASES.append((name, data, {"file": name + ".eml", "rfq": "rfq-sample.json", "status": status, "currency": currency,
                               "validUntil": valid, "incoterms": inco, "lines": lines, "deviationKinds": sorted(kinds)}))


# u01 quoted-printable HTML-only table: a header spanning two rows (rowspan/colspan "Price (USD)" over Unit | Extended)
# and a bold totals row whose amount sits in the Extended column. Every line priced.
case("u01-qp-html-two-row-header", msg("Derek Hollis <dhollis@scioto-supply.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1F1F1F">
<p>Hello Nora,</p>
<p>Thank you for RFQ NR-RFQ-0619. Our quotation Q-7781 is below; quantities are exactly as requested.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;width:100%;border-color:#9BC2E6">
<thead>
<tr style="background-color:#1F4E79;color:#FFFFFF"><th rowspan="2">Line</th><th rowspan="2">Part number</th><th rowspan="2">Qty</th><th colspan="2">Price (USD)</th><th rowspan="2">Lead time</th></tr>
<tr style="background-color:#1F4E79;color:#FFFFFF"><th>Unit</th><th>Extended</th></tr>
</thead>
<tbody>
<tr><td align="center">1</td><td>GSK-EPDM-80</td><td align="right">5,000</td><td align="right">0.187</td><td align="right">935.00</td><td>4 weeks</td></tr>
<tr><td align="center">2</td><td>CBL-4C22-PUR</td><td align="right">1,500 m</td><td align="right">1.41</td><td align="right">2,115.00</td><td>3 weeks</td></tr>
<tr><td align="center">3</td><td>SCR-M4X10-A2</td><td align="right">20,000</td><td align="right">0.0315</td><td align="right">630.00</td><td>stock</td></tr>
<tr><td align="center">4</td><td>PLT-0915-R2</td><td align="right">120</td><td align="right">39.50</td><td align="right">4,740.00</td><td>5 weeks</td></tr>
<tr><td align="center">5</td><td>SPR-C0630-302</td><td align="right">8,000</td><td align="right">0.0705</td><td align="right">564.00</td><td>4 weeks</td></tr>
<tr style="font-weight:bold;background-color:#DDEBF7"><td colspan="4" align="right">Total</td><td align="right">8,984.00</td><td></td></tr>
</tbody></table>
<p>Prices FCA Columbus, OH (Incoterms 2020). Quotation valid until July 31, 2026.</p>
<p>Best regards,<br>Derek Hollis<br>Scioto Industrial Supply<br>614-555-0131</p>
</body></html>""", cte="quoted-printable"), "parsed", "USD", "2026-07-31", "FCA",
     [line(1, 0.187, lead=28), line(2, 1.41, lead=21), line(3, 0.0315, lead=0), line(4, 39.50, lead=35), line(5, 0.0705, lead=28)],
     [])

# u02 ERP-style item blocks (key: value), the vendor's own item numbers 10/20/30/40 (not RFQ line numbers, and
# out of RFQ order), customer part numbers in other case/space/dash styles, "per 1000 EA" price unit. Cable not mentioned.
case("u02-erp-item-blocks", msg("Annette Kruger <akruger@lakeview-components.example>", "text/plain", """Dear Ms Reyes,

With reference to your RFQ NR-RFQ-0619 we are pleased to quote as follows.

Item 10
  Customer part no.:  gsk epdm 80
  Quantity:           5000 EA
  Net price:          0.193 USD per 1 EA
  Lead time:          5 weeks

Item 20
  Customer part no.:  SPR C0630 302
  Quantity:           8000 EA
  Net price:          0.0688 USD per 1 EA
  Lead time:          6 weeks

Item 30
  Customer part no.:  scr-m4x10-a2
  Quantity:           20000 EA
  Net price:          33.00 USD per 1000 EA
  Lead time:          from stock

Item 40
  Customer part no.:  PLT0915R2
  Quantity:           120 EA
  Net price:          40.25 USD per 1 EA
  Lead time:          7 weeks

Incoterms 2020: CPT Detroit, MI
Offer valid until: 2026-07-17

Kind regards
Annette Kruger
Sales Office, Lakeview Components Inc.
"""), "partial", "USD", "2026-07-17", "CPT",
     [line(1, 0.193, lead=35), line(3, 0.033, lead=0), line(4, 40.25, lead=49), line(5, 0.0688, lead=42)],
     ["missing-line"])

# u03 CSV attachment, every field quoted, descriptions and thousands containing commas, a Currency column (EUR),
# a "no quote" remark on the cable row. The body names no currency.
U03_CSV = crlf('''"Line","Part No.","Description","Qty","UoM","Currency","Unit Price","Lead Time","Remarks"
"1","GSK-EPDM-80","Gasket, EPDM 70 Shore A, 80 x 62 x 3 mm","5,000","EA","EUR","0.182","4 weeks",""
"2","CBL-4C22-PUR","Cable, 4 x 22 AWG, shielded, PUR","1,500","M","EUR","","","no quote"
"3","SCR-M4X10-A2","Screw, SHCS M4 x 10, A2-70","20,000","EA","EUR","0.0298","stock",""
"4","PLT-0915-R2","Plate, motor base, 6082-T6","120","EA","EUR","1,180.00","8 weeks",""
"5","SPR-C0630-302","Spring, compression, 302 SS","8,000","EA","EUR","0.067","5 weeks",""
''').encode("utf-8")
case("u03-csv-quoted-currency", with_attachment("Marta Kowal <m.kowal@vistula-industrial.example>", """Hello Nora,

Please find our offer attached as CSV. Delivery DAP Reno, NV. Offer valid 45 days.

Best regards,
Marta Kowal
Vistula Industrial Sp. z o.o.""", "text/csv", "offer_NR-RFQ-0619.csv", U03_CSV),
     "partial", "EUR", "2026-07-20", "DAP",
     [line(1, 0.182, "EUR", lead=28), nob(2), line(3, 0.0298, "EUR", lead=0), line(4, 1180.0, "EUR", lead=56),
      line(5, 0.067, "EUR", lead=35)],
     ["currency-differs", "no-bid"])

# u04 Australian dollars stated once at the top ("All prices AUD, ex GST"), a bare "$" on every line,
# "6-8 wks ARO" (upper bound 56 days is after the spring's need-by), "ex-stock", an ABN in the signature.
case("u04-aud-once", msg("Liam O'Connell <liam@southern-cross-fast.example>", "text/plain", """Hi Nora,

Thanks for the RFQ. All prices AUD, ex GST.

GSK-EPDM-80       $0.29 ea      6-8 wks ARO
SCR-M4X10-A2      $0.052 ea     ex-stock
SPR-C0630-302     $0.11 ea      6-8 wks ARO

CBL-4C22-PUR and PLT-0915-R2: no bid, outside our range.

Offer valid until 31 July 2026. FCA Melbourne.

Cheers,
Liam O'Connell
Southern Cross Fasteners Pty Ltd
ABN 51 824 753 556 | +61 3 9555 0144
"""), "partial", "AUD", "2026-07-31", "FCA",
     [line(1, 0.29, "AUD", lead=56), nob(2), line(3, 0.052, "AUD", lead=0), nob(4), line(5, 0.11, "AUD", lead=56)],
     ["currency-differs", "lead-time-after-need-by", "no-bid"])

# u05 plain-text table drawn with unicode box-drawing characters, "$31.80/M pcs" (per thousand), "regret" in the
# price cell of the plate row. Cable not mentioned.
case("u05-box-drawing", msg("Gary Novak <gnovak@erie-fastening.example>", "text/plain", """Nora,

Quote below.

┌───────────────┬──────────┬──────────────┬─────────────┐
│ Part No.      │ Qty      │ Price        │ Lead time   │
├───────────────┼──────────┼──────────────┼─────────────┤
│ SCR-M4X10-A2  │ 20,000   │ $31.80/M pcs │ ex-stock    │
│ SPR-C0630-302 │ 8,000    │ $68.50/M pcs │ 3-4 wks ARO │
│ GSK-EPDM-80   │ 5,000    │ $0.189/pc    │ 5 wks       │
│ PLT-0915-R2   │ 120      │ regret       │ -           │
└───────────────┴──────────┴──────────────┴─────────────┘

Quote valid 30 days, FOB Cleveland, OH.

Gary Novak
Erie Fastening Co.
"""), "partial", "USD", "2026-07-05", "FOB",
     [line(1, 0.189, lead=35), line(3, 0.0318, lead=0), nob(4), line(5, 0.0685, lead=28)],
     ["missing-line", "no-bid"])

# u06 GBP XLSX whose columns run Lead time | Price/ea (GBP) | Part | Qty | Description under a title row; the cable is
# declined in the body text, not in the workbook. Plate 10 weeks = 70 days lands 3 days before its need-by.
U06_XLSX = xlsx([
    ["Sheffield Precision Components Ltd - Quotation SQ-55120"], [""],
    ["Lead time", "Price/ea (GBP)", "Part", "Qty", "Description"],
    ["3 weeks", 0.155, "GSK-EPDM-80", 5000, "Gasket EPDM 80x62x3"],
    ["stock", 0.026, "SCR-M4X10-A2", 20000, "SHCS M4x10 A2-70"],
    ["10 weeks", 34.2, "PLT-0915-R2", 120, "Motor base plate 6082-T6"],
    ["4 weeks", 0.061, "SPR-C0630-302", 8000, "Compression spring 302 SS"],
])
case("u06-xlsx-gbp-lead-first", with_attachment("Eleanor Pike <e.pike@sheffield-precision.example>", """Dear Nora,

Our quotation is attached. Prices in GBP, FCA Sheffield, valid until 30 June 2026.
We cannot supply the cable (CBL-4C22-PUR).

Kind regards,
Eleanor Pike
Sheffield Precision Components Ltd""", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "SQ-55120.xlsx", U06_XLSX),
     "partial", "GBP", "2026-06-30", "FCA",
     [line(1, 0.155, "GBP", lead=21), nob(2), line(3, 0.026, "GBP", lead=0), line(4, 34.2, "GBP", lead=70),
      line(5, 0.061, "GBP", lead=28)],
     ["currency-differs", "no-bid"])

# u07 cable-only quote with a copper-surcharge clause (note), a signature full of phone/extension/quote numbers and a
# long confidentiality disclaimer with more numbers. DDP with a named place.
case("u07-disclaimer-surcharge", msg("Marcus Bell <mbell@buckeye-wire.example>", "text/plain", """Hello Nora,

Thank you for the RFQ. We are a wire and cable distributor, so we can only offer the cable:

CBL-4C22-PUR, 4 x 22 AWG shielded, PUR jacket, black
1,500 m at USD 1.44 per metre, lead time 3 weeks ARO.
Price subject to copper surcharge based on COMEX at time of shipment.

Lines 1, 3, 4 and 5: no bid.

Delivery DDP Dayton, OH. Quote valid 30 days.

Kind regards,

Marcus Bell
Inside Sales Engineer
Buckeye Wire & Cable Co.
1850 Harmon Ave, Bldg 3, Columbus, OH 43223
T: +1 (614) 555-0192 ext. 220 | M: 614.555.0193 | Toll free: 1-800-555-0150
www.buckeye-wire.example | Quote ref: BWC-Q-260605-117

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended
recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure
or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail
or call 1-800-555-0150 and destroy all copies of the original message. Buckeye Wire & Cable Co. is registered in
the State of Ohio under entity no. 2214587. E-mail transmission cannot be guaranteed to be secure or error-free,
as information could be intercepted, corrupted, lost, destroyed, arrive late or incomplete, or contain viruses.
The sender therefore does not accept liability for any errors or omissions in the contents of this message which
arise as a result of e-mail transmission. Please consider the environment before printing this e-mail.
"""), "partial", "USD", "2026-07-05", "DDP",
     [nob(1), line(2, 1.44, lead=21), nob(3), nob(4), nob(5)],
     ["no-bid", "note"])

# u08 top-posted plain reply above an "-----Original Message-----" block that quotes the RFQ table (quantities,
# need-by dates) without "> " prefixes. Three lines declined by part number.
case("u08-original-message", msg("Dale Whitman <dwhitman@peachtree-ind.example>", "text/plain", """Nora,

Pricing as requested:

GSK-EPDM-80      $0.199 each     5 weeks
SPR-C0630-302    $0.0725 each    4 weeks

CBL-4C22-PUR, SCR-M4X10-A2 and PLT-0915-R2: no quote.

Pricing firm through 07/15/2026, CPT Atlanta, GA.

Thanks,
Dale Whitman
Peachtree Industrial Supply
Office 404-555-0127

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: Monday, June 01, 2026 8:02 AM
To: Dale Whitman <dwhitman@peachtree-ind.example>
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

Hello Dale,

Please quote the parts below by June 12, 2026.

Line  Part number     Description                         Qty     Unit  Need by
1     GSK-EPDM-80     Gasket EPDM 80x62x3                 5000    EA    2026-08-03
2     CBL-4C22-PUR    Cable 4x22 AWG PUR, 305 m spools    1500    M     2026-07-20
3     SCR-M4X10-A2    SHCS M4x10 A2-70                    20000   EA    2026-07-13
4     PLT-0915-R2     Motor base plate 6082-T6            120     EA    2026-08-17
5     SPR-C0630-302   Compression spring 302 SS           8000    EA    2026-07-27

Thank you,
Nora Reyes
Purchasing, Northridge
"""), "partial", "USD", "2026-07-15", "CPT",
     [line(1, 0.199, lead=35), nob(2), nob(3), nob(4), line(5, 0.0725, lead=28)],
     ["no-bid"])

# u09 lettered list; the screw line carries "MOQ 25,000 pcs, sold in multiples of 500" (MOQ above the 20,000
# requested, quantity itself not restated), the spring an MOQ below its quantity; DAP with a named place,
# validity written in weeks. Cable and plate not mentioned.
case("u09-moq-multiples", msg("Priscilla Yang <pyang@tristar-hardware.example>", "text/plain", """Hi Nora,

Thanks for including us. Our quote:

a) GSK-EPDM-80 EPDM gasket - USD 0.201 each - 4 weeks
b) SCR-M4X10-A2 socket cap screw - USD 0.0312 each - MOQ 25,000 pcs, sold in multiples of 500 - 2 weeks
c) SPR-C0630-302 compression spring - USD 0.0698 each - MOQ 5,000 pcs - 3 weeks

Delivery DAP Dayton, OH (Incoterms 2020), freight included. Prices valid 6 weeks.

Regards,
Priscilla Yang
TriStar Hardware Supply
"""), "partial", "USD", "2026-07-17", "DAP",
     [line(1, 0.201, lead=28), line(3, 0.0312, lead=14, moq=25000), line(5, 0.0698, lead=21, moq=5000)],
     ["missing-line", "moq-above-quantity"])

# u10 only two lines answered, each with its own indented break table; both requested quantities fall in the
# middle tier. "18 working days" = 25.2 -> 26 days.
case("u10-break-subtables", msg("Wade Tillman <wtillman@piedmont-spring.example>", "text/plain", """Hi Nora,

We can help with the spring and the gasket. Pricing per piece, USD:

SPR-C0630-302 (compression spring, 302 SS)
    Quantity            Price each
    1,000 - 4,999       $0.094
    5,000 - 9,999       $0.078
    10,000+             $0.066
    Lead time: 18 working days

GSK-EPDM-80 (EPDM gasket 80 x 62 x 3)
    Quantity            Price each
    1,000 - 2,499       $0.26
    2,500 - 7,499       $0.215
    7,500+              $0.19
    Lead time: 4 weeks

FOB Greenville, SC. Quotes are valid through August 31, 2026.

Wade Tillman
Piedmont Spring & Seal
"""), "partial", "USD", "2026-08-31", "FOB",
     [line(1, 0.215, lead=28), line(5, 0.078, lead=26)],
     ["missing-line"])

# u11 Dutch vendor writing English: euro sign before the amount with a space ("€ 0,184", "€ 1.095,00"),
# vendor list numbers equal to RFQ line numbers, DPU with a named place, "excl. VAT" (no deviation).
case("u11-dutch-euro-prefix", msg("Sanne de Vries <s.devries@vandijk-techniek.example>", "text/plain", """Dear Mrs Reyes,

Thank you for your enquiry. We are pleased to offer:

1) GSK-EPDM-80 – € 0,184 per piece – delivery time 5 weeks
4) PLT-0915-R2 – € 1.095,00 per piece – delivery time 9 weeks
5) SPR-C0630-302 – € 0,0715 per piece – delivery time 6 weeks

Lines 2 and 3: no quote, we do not carry cable or fasteners.

All prices in euro, excl. VAT. Delivery DPU Dayton, OH (Incoterms 2020).
This offer is valid until 10 July 2026.

Met vriendelijke groet / Kind regards,
Sanne de Vries
Van Dijk Techniek B.V.
Industrieweg 14, 5038 AB Tilburg, the Netherlands
T +31 13 555 0172 | KvK 64218830
"""), "partial", "EUR", "2026-07-10", "DPU",
     [line(1, 0.184, "EUR", lead=35), nob(2), nob(3), line(4, 1095.0, "EUR", lead=63), line(5, 0.0715, "EUR", lead=42)],
     ["currency-differs", "no-bid"])

# u12 Quebec vendor in French: Canadian dollars named once, "$" after the amount, a narrow no-break space (U+202F)
# as thousands separator ("1 180,00 $"), "/ 1000" price unit, "6-7 semaines". Cable and screws not mentioned.
case("u12-quebec-cad", msg("Étienne Gagné <egagne@laurentides-meca.example>", "text/plain", """Bonjour Madame Reyes,

Voici notre soumission (prix en dollars canadiens, CAD) :

- GSK-EPDM-80 : 0,248 $ / unité, délai 4 semaines
- PLT-0915-R2 : 1\u202f180,00 $ / unité, délai 6-7 semaines
- SPR-C0630-302 : 96,00 $ / 1000, délai 3 semaines

Incoterms 2020 : FCA Montréal. Soumission valide 30 jours.

Cordialement,
Étienne Gagné
Mécanique Laurentides inc.
450 555-0166
"""), "partial", "CAD", "2026-07-05", "FCA",
     [line(1, 0.248, "CAD", lead=28), line(4, 1180.0, "CAD", lead=49), line(5, 0.096, "CAD", lead=21)],
     ["currency-differs", "missing-line"])

# u13 a formal quotation document in plain text: header block (quotation date, "Valid until: 30-Jun-2026",
# payment "Net 30 days" which is neither validity nor lead time), vendor positions 1/2 that are RFQ lines 4/5,
# plate quoted at 125 pcs (quantity differs), spring superseded by -302B (alternate), one-time FAI charge (note).
case("u13-formal-quotation", msg("Hugo Brandt <hbrandt@threerivers-mach.example>", "text/plain", """Dear Nora,

Please find our quotation below.

QUOTATION Q26-0412                              Date: 04-Jun-2026
Customer: Northridge, attn. Nora Reyes          Your ref.: NR-RFQ-0619
Delivery terms: EXW Fort Wayne, IN              Valid until: 30-Jun-2026
Payment terms: Net 30 days

Pos  Your P/N         Description                  Qty        Unit price USD   Amount USD   Delivery
1    PLT-0915-R2      Motor base plate 6082-T6     125 EA     38.60            4,825.00     7 weeks
2    SPR-C0630-302    Compression spring 302 SS    8,000 EA   0.0695           556.00       5 weeks

Pos 1: quoted at 125 pcs to use a full sheet of material.
Pos 1: one-time first article inspection (FAI) charge USD 150.00.
Pos 2: SPR-C0630-302 has been superseded; we offer SPR-C0630-302B (same dimensions and material).

Regards,
Hugo Brandt
Three Rivers Machining, Inc.
"""), "partial", "USD", "2026-06-30", "EXW",
     [line(4, 38.60, qty=125, lead=49), line(5, 0.0695, lead=35, alt="SPR-C0630-302B")],
     ["alternate-part", "missing-line", "note", "quantity-differs"])

# u14 multipart/alternative where the text and the HTML part both carry the full quote (must not double up), as a
# numbered list in the vendor's own order (list numbers are not RFQ line numbers). Screws 6 weeks are late.
U14_TEXT = """Hi Nora,

Here is our quote for NR-RFQ-0619:

1. SPR-C0630-302 - USD 0.0735 each - 5 weeks
2. GSK-EPDM-80 - USD 0.194 each - 4 weeks
3. PLT-0915-R2 - USD 42.80 each - 8 weeks
4. SCR-M4X10-A2 - USD 0.0305 each - 6 weeks
5. CBL-4C22-PUR - USD 1.39 per metre - 2 weeks

Valid 30 days, FCA Louisville, KY.

Best,
Tara Quinlan
Bluegrass Industrial"""
U14_HTML = """<html><body><div style="font-family:Helvetica,Arial,sans-serif">
<div>Hi Nora,</div><div><br></div>
<div>Here is our quote for NR-RFQ-0619:</div>
<ol>
<li>SPR-C0630-302 - USD 0.0735 each - 5 weeks</li>
<li>GSK-EPDM-80 - USD 0.194 each - 4 weeks</li>
<li>PLT-0915-R2 - USD 42.80 each - 8 weeks</li>
<li>SCR-M4X10-A2 - USD 0.0305 each - 6 weeks</li>
<li>CBL-4C22-PUR - USD 1.39 per metre - 2 weeks</li>
</ol>
<div>Valid 30 days, FCA Louisville, KY.</div><div><br></div>
<div>Best,<br>Tara Quinlan<br>Bluegrass Industrial</div>
</div></body></html>"""
case("u14-alt-both-parts-list", alternative("Tara Quinlan <tquinlan@bluegrass-ind.example>", U14_TEXT, U14_HTML),
     "parsed", "USD", "2026-07-05", "FCA",
     [line(1, 0.194, lead=28), line(2, 1.39, lead=14), line(3, 0.0305, lead=42), line(4, 42.80, lead=56),
      line(5, 0.0735, lead=35)],
     ["lead-time-after-need-by"])


# u15 Word-generated ("MsoNormal") HTML: every cell wrapped in <p class=MsoNormal><span>..<o:p></o:p>, unquoted
# attributes, &nbsp; spacer paragraphs; "10 business days" = 14 days; plate 12 weeks is after its need-by; CIP.
def mso_cell(text, bold=False, width=120):
    inner = f"<b>{text}</b>" if bold else text
    return (f"<td width={width} valign=top style='width:{width * 0.75:.1f}pt;border:solid #BFBFBF 1.0pt;padding:0in 5.4pt 0in 5.4pt'>"
            f"<p class=MsoNormal><span style='font-size:10.0pt'>{inner}<o:p></o:p></span></p></td>")

U15_ROWS = [("Item", "Description", "Qty", "Unit Price", "Lead Time"),
            ("GSK-EPDM-80", "Gasket EPDM 80x62x3", "5,000 pcs", "$0.207", "3 weeks"),
            ("CBL-4C22-PUR", "Cable 4x22 AWG PUR", "1,500 m", "$1.36/m", "10 business days"),
            ("SCR-M4X10-A2", "SHCS M4x10 A2-70", "20,000 pcs", "$0.0325", "Stock"),
            ("PLT-0915-R2", "Motor base plate", "120 pcs", "$46.75", "12 weeks"),
            ("SPR-C0630-302", "Compression spring", "8,000 pcs", "$0.0690", "4 weeks")]
U15_TABLE = "\n".join("<tr>" + "".join(mso_cell(c, bold=(i == 0)) for c in row) + "</tr>" for i, row in enumerate(U15_ROWS))
case("u15-mso-word-html", msg("Russell Okafor <rokafor@miami-valley-supply.example>", "text/html", f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}}
@page WordSection1 {{size:8.5in 11.0in;margin:1.0in 1.0in 1.0in 1.0in;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang=EN-US link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>
<p class=MsoNormal>Hi Nora,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Please see our quote below.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
{U15_TABLE}
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>CIP Dayton, OH. Quote valid 45 days.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thanks,<o:p></o:p></p>
<p class=MsoNormal>Russell Okafor<o:p></o:p></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:#7F7F7F'>Miami Valley Supply | 937-555-0175<o:p></o:p></span></p>
</div></body></html>"""), "parsed", "USD", "2026-07-20", "CIP",
     [line(1, 0.207, lead=21), line(2, 1.36, lead=14), line(3, 0.0325, lead=0), line(4, 46.75, lead=84),
      line(5, 0.069, lead=28)],
     ["lead-time-after-need-by"])

# u16 out-of-office auto-reply full of dates and phone numbers but no quote: nothing usable.
case("u16-out-of-office", msg("Brenda Kowalski <bkowalski@gem-city-ind.example>", "text/plain", """Thank you for your message.

I am out of the office from June 3 to June 15, 2026 with limited access to e-mail.

For quotations and orders please contact our inside sales team at sales@gem-city-ind.example or call
+1 (937) 555-0110, option 2. For urgent matters you can reach me on 937-555-0188.

Best regards,
Brenda Kowalski
Account Manager, Gem City Industrial
""", subject="Automatic reply: RFQ NR-RFQ-0619 - Mechanical and cable parts", extra="Auto-Submitted: auto-replied\n"),
     "unparseable", None, None, None, [], [])


def check(expected):
    """Re-derives the mechanical deviation kinds from the expected values (guards against arithmetic slips)."""
    reply = datetime.date(2026, 6, 5)
    need = {1: "2026-08-03", 2: "2026-07-20", 3: "2026-07-13", 4: "2026-08-17", 5: "2026-07-27"}
    rfq_qty = {1: 5000, 2: 1500, 3: 20000, 4: 120, 5: 8000}
    kinds = set()
    if expected["status"] == "unparseable":
        return
    seen = {l["lineNumber"] for l in expected["lines"]}
    if seen != set(need):
        kinds.add("missing-line")
    for l in expected["lines"]:
        if l["noBid"]:
            kinds.add("no-bid")
            continue
        if l["quantity"] is not None:
            kinds.add("quantity-differs")
        if l["alternatePartNumber"]:
            kinds.add("alternate-part")
        if l["moq"] is not None and l["moq"] > rfq_qty[l["lineNumber"]]:
            kinds.add("moq-above-quantity")
        if l["leadTimeDays"] is not None and reply + datetime.timedelta(days=l["leadTimeDays"]) > datetime.date.fromisoformat(need[l["lineNumber"]]):
            kinds.add("lead-time-after-need-by")
        if l["unitPrice"]["currency"] != expected["currency"]:
            raise AssertionError(expected["file"] + ": line currency differs from quote currency")
    if expected["currency"] not in (None, "USD"):
        kinds.add("currency-differs")
    if expected["validUntil"] and expected["validUntil"] < "2026-06-26":
        kinds.add("validity-short")
    stated = set(expected["deviationKinds"]) - {"note"}
    assert stated == kinds, (expected["file"], sorted(stated), sorted(kinds))
    priced = [l for l in expected["lines"] if not l["noBid"]]
    status = "no-bid" if not priced else ("parsed" if len(priced) == 5 else "partial")
    assert status == expected["status"], (expected["file"], status, expected["status"])


def write_case(name, data, expected):
    """Writes one reply and its expected values into the corpus."""
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(data)
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(expected, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    # rfq-sample.json is a copy of ../shared/quote-samples/rfq-sample.json
    for name, data, expected in CASES:
        check(expected)
        write_case(name, data, expected)
    print(len(CASES), "cases")

#!/usr/bin/env python3
"""Writes replies n01..n33 (Corpus/n*.eml + expected *.json) against rfq-sample.json: notations the c* corpus lacks.
Expected values were written from the issue's normalization rules before the parser ran. Fictitious companies."""
import base64, io, json, os, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Corpus")
DATE = "Fri, 05 Jun 2026 09:12:00 -0500"

def crlf(t):
    return t.replace("\r\n", "\n").replace("\n", "\r\n")

def msg(frm, ctype, body, charset="utf-8"):
    head = (f"From: {frm}\nTo: Nora Reyes <nreyes@northridge.example>\nSubject: RE: RFQ NR-RFQ-0619 - Mechanical and cable parts\n"
            f"Date: {DATE}\nMessage-ID: <{zlib.crc32(frm.encode())}.unseen@mail.example>\nMIME-Version: 1.0\n"
            f"Content-Type: {ctype}; charset=\"{charset}\"\nContent-Transfer-Encoding: 8bit\n\n")
    return crlf(head).encode("ascii") + crlf(body).encode(charset) + b"\r\n"

from make_corpus import line, nob, xlsx  # the same workbook writer and expected-line shapes

CASES = []
def case(name, data, status, currency, valid, inco, lines, kinds):
    CASES.append((name, data, {"file": name + ".eml", "rfq": "rfq-sample.json", "status": status, "currency": currency,
                               "validUntil": valid, "incoterms": inco, "lines": lines, "deviationKinds": sorted(kinds)}))

# Outlook top-posted HTML reply, RFQ quoted below as an HTML table with the requested quantities.
case("n01-outlook-top-html", msg("Mike Dorsey <mdorsey@lakeshore-ind.example>", "text/html", """<html><body>
<p>Hi Nora,</p>
<p>Please see our pricing below:</p>
<p>GSK-EPDM-80 - $0.21 ea, lead time 4 weeks ARO<br>
SCR-M4X10-A2 - $0.035 ea, ex-stock<br>
SPR-C0630-302 - $0.09 ea, 5 weeks ARO</p>
<p>CBL-4C22-PUR and PLT-0915-R2: no quote, not in our range.</p>
<p>Prices FOB Chicago, valid 30 days.</p>
<p>Regards,<br>Mike Dorsey<br>Lakeshore Industrial Supply | Tel 312-555-0148</p>
<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p><b>From:</b> Nora Reyes &lt;nreyes@northridge.example&gt;<br>
<b>Sent:</b> Monday, June 1, 2026 8:02 AM<br>
<b>To:</b> Sales &lt;sales@lakeshore-ind.example&gt;<br>
<b>Subject:</b> RFQ NR-RFQ-0619 - Mechanical and cable parts</p></div>
<p>Please quote the following:</p>
<table border="1">
<tr><th>Line</th><th>Part number</th><th>Description</th><th>Qty</th><th>Unit</th><th>Unit price</th></tr>
<tr><td>1</td><td>GSK-EPDM-80</td><td>Gasket, EPDM</td><td>5000</td><td>EA</td><td></td></tr>
<tr><td>2</td><td>CBL-4C22-PUR</td><td>Cable 4 x 22 AWG</td><td>1500</td><td>M</td><td></td></tr>
<tr><td>3</td><td>SCR-M4X10-A2</td><td>Screw M4 x 10</td><td>20000</td><td>EA</td><td></td></tr>
<tr><td>4</td><td>PLT-0915-R2</td><td>Motor base plate</td><td>120</td><td>EA</td><td></td></tr>
<tr><td>5</td><td>SPR-C0630-302</td><td>Compression spring</td><td>8000</td><td>EA</td><td></td></tr>
</table></body></html>"""),
     "partial", "USD", "2026-07-05", "FOB",
     [line(1, 0.21, lead=28), nob(2), line(3, 0.035, lead=0), nob(4), line(5, 0.09, lead=35)], ["no-bid"])

# German vendor: decimal commas, thousands dots, "Lieferzeit 3-4 Wochen", "pro 1000 Stk.", "kein Angebot".
case("n02-german-eur", msg("Katrin Vogel <k.vogel@vogel-dichtungen.example>", "text/plain", """Sehr geehrte Frau Reyes,

vielen Dank für Ihre Anfrage. Gerne bieten wir wie folgt an:

Pos. 1  GSK-EPDM-80     5.000 Stk.   0,19 EUR/Stk.            Lieferzeit 3-4 Wochen
Pos. 3  SCR-M4X10-A2   20.000 Stk.   38,50 EUR pro 1000 Stk.   Lieferzeit ab Lager
Pos. 4  PLT-0915-R2       120 Stk.   1.234,50 EUR/Stk.         Lieferzeit 6 Wochen

Pos. 2 und 5: leider kein Angebot möglich.

Lieferbedingung: FCA Hamburg (Incoterms 2020)
Angebot gültig bis 30.06.2026.

Mit freundlichen Grüßen
Katrin Vogel
Vogel Dichtungstechnik GmbH, Tel. +49 40 5550 1234
"""), "partial", "EUR", "2026-06-30", "FCA",
     [line(1, 0.19, "EUR", lead=28), nob(2), line(3, 0.0385, "EUR", lead=0), line(4, 1234.5, "EUR", lead=42), nob(5)],
     ["currency-differs", "no-bid"])

# Price breaks as columns; the break that applies to the requested quantity is the unit price.
case("n03-break-columns", msg("Sam Ortiz <sortiz@ortiz-springs.example>", "text/plain", """Nora,

Our quote for the gasket and the spring, all prices in USD each:

Part No.        | Qty 1000 | Qty 5000 | Qty 10000 | Lead time
GSK-EPDM-80     | 0.24     | 0.20     | 0.17      | 4-5 weeks
SPR-C0630-302   | 0.11     | 0.085    | 0.07      | 3 weeks

Prices firm for 30 days. EXW Dayton, OH.

Thanks,
Sam
"""), "partial", "USD", "2026-07-05", "EXW",
     [line(1, 0.20, lead=35), line(5, 0.085, lead=21)], ["missing-line"])

# Ragged table with quantity suffixes, an Extended price column and mixed price bases.
case("n04-extended-suffixes", msg("Priya Nair <pnair@granite-dist.example>", "text/plain", """Hello Nora,

Thank you for the opportunity. Our offer:

Item  Part number      Qty          Unit price              Ext. price     Delivery
1     GSK-EPDM-80      5,000 pcs    $0.198                  $990.00        stock
2     CBL-4C22-PUR     1,525 m      $1.42/m                 $2,165.50      10 working days ARO
3     SCR-M4X10-A2     20,000 ea    $41.00 per 1000 pcs     $820.00        2 weeks
4     PLT-0915-R2      120 ea       $38.75                  $4,650.00      4 weeks
5     SPR-C0630-302    8,000 pcs    $0.064                  $512.00        3 weeks

Cable is sold in full 305 m spools, hence 1,525 m.
Terms: DAP your dock. Quote valid until July 15, 2026.

Best regards,
Priya Nair
Granite Distribution
"""), "parsed", "USD", "2026-07-15", "DAP",
     [line(1, 0.198, lead=0), line(2, 1.42, qty=1525, lead=14), line(3, 0.041, lead=14), line(4, 38.75, lead=28), line(5, 0.064, lead=21)],
     ["quantity-differs"])

# Partial no-bid with "regret, obsolete", short validity and an MOQ above the quantity.
case("n05-regret-moq", msg("Tom Becker <tbecker@midland-fast.example>", "text/plain", """Hi Nora,

Item 1 GSK-EPDM-80: USD 0.175 each, 6 wks.
Item 2: regret, obsolete - the mill discontinued this cable.
Item 3 SCR-M4X10-A2: USD 0.029 each, from stock.
Item 4 PLT-0915-R2: USD 42.00 each, 8 weeks.
Item 5 SPR-C0630-302: USD 0.072 each, MOQ 10,000 pcs, 4 weeks.

Quote valid 14 days. CPT Memphis.

Tom
"""), "partial", "USD", "2026-06-19", "CPT",
     [line(1, 0.175, lead=42), nob(2), line(3, 0.029, lead=0), line(4, 42.0, lead=56), line(5, 0.072, lead=28, moq=10000)],
     ["moq-above-quantity", "no-bid", "validity-short"])

# Alternate part offered in prose, other lines declined.
case("n06-alternate-prose", msg("Lena Park <lpark@pacific-coil.example>", "text/plain", """Dear Nora,

Line 1 GSK-EPDM-80: $0.205/pc, 4 weeks.
Line 5: we do not make SPR-C0630-302 in 302, but propose our equivalent SPR-C0630-316 (316 stainless) at $0.081/pc, 3 weeks.
Lines 2, 3 and 4: no bid.

Kind regards,
Lena Park
"""), "partial", "USD", None, None,
     [line(1, 0.205, lead=28), nob(2), nob(3), nob(4), line(5, 0.081, lead=21, alt="SPR-C0630-316")],
     ["alternate-part", "no-bid"])

# HTML-only styled table with nbsp, a Total column, lines out of RFQ order, currency only in the footer.
case("n07-html-footer-usd", msg("Wei Chen <wchen@pearl-river-mfg.example>", "text/html", """<html><body style="font-family:Arial">
<p>Dear Nora,&nbsp;please find our quotation:</p>
<table style="border-collapse:collapse" cellpadding="4">
<tr style="background:#003366;color:#fff"><th>Part&nbsp;No.</th><th>Description</th><th>Qty</th><th>Unit&nbsp;Price</th><th>Total</th><th>Lead&nbsp;Time</th></tr>
<tr><td>PLT-0915-R2</td><td>Motor base plate</td><td>120</td><td>36.40</td><td>4,368.00</td><td>5&nbsp;weeks</td></tr>
<tr><td>SPR-C0630-302</td><td>Compression spring</td><td>8,000</td><td>0.066</td><td>528.00</td><td>4&nbsp;weeks</td></tr>
<tr><td>GSK-EPDM-80</td><td>Gasket EPDM</td><td>5,000</td><td>0.192</td><td>960.00</td><td>3&nbsp;weeks</td></tr>
<tr><td>SCR-M4X10-A2</td><td>Screw M4x10</td><td>20,000</td><td>0.031</td><td>620.00</td><td>stock</td></tr>
<tr><td>CBL-4C22-PUR</td><td>Cable 4x22 AWG</td><td>1,500</td><td>1.38</td><td>2,070.00</td><td>2&nbsp;weeks</td></tr>
</table>
<p style="font-size:9pt;color:#666">All prices in USD. FOB Shenzhen. Quotation valid for 60 days.</p>
</body></html>"""), "parsed", "USD", "2026-08-04", "FOB",
     [line(1, 0.192, lead=21), line(2, 1.38, lead=14), line(3, 0.031, lead=0), line(4, 36.40, lead=35), line(5, 0.066, lead=28)], [])

# French vendor: space-grouped thousands, "semaines", "/1000".
case("n08-french-eur", msg("Julien Moreau <j.moreau@moreau-meca.example>", "text/plain", """Bonjour Madame Reyes,

Suite à votre demande, voici notre offre :

Référence       Quantité   Prix unitaire HT       Délai
GSK-EPDM-80     5 000      0,178 €                4 semaines
PLT-0915-R2     120        1 234,50 €             6 semaines
SCR-M4X10-A2    20 000     32,00 € / 1000         2 semaines

Incoterm : FCA Lyon. Offre valable 30 jours.

Cordialement,
Julien Moreau
"""), "partial", "EUR", "2026-07-05", "FCA",
     [line(1, 0.178, "EUR", lead=28), line(3, 0.032, "EUR", lead=14), line(4, 1234.5, "EUR", lead=42)],
     ["currency-differs", "missing-line"])

# Box, per-1000 and per-100 prices with working days, "ex works".
case("n09-box-per1000", msg("Dave Kim <dkim@keystone-supply.example>", "text/plain", """Nora,

GSK-EPDM-80 - $185.00 per 1000 pcs - 15 working days
SCR-M4X10-A2 - $3.60 per box of 100 - stock
SPR-C0630-302 - $6.80 per 100 - 20 working days
PLT-0915-R2 - $39.90 ea - 2 months

Cable: cannot supply.
Ex Works Allentown, PA. Valid until 2026-07-31.

Dave Kim
Keystone Supply Co.
"""), "partial", "USD", "2026-07-31", "EXW",
     [line(1, 0.185, lead=21), nob(2), line(3, 0.036, lead=0), line(4, 39.90, lead=60), line(5, 0.068, lead=28)],
     ["no-bid"])

# Tab-separated table in a different order with a "Price/ea" header and an "Amount" column.
case("n10-tabs-amount", msg("Ana Silva <asilva@atlas-parts.example>", "text/plain", """Hi,

Line\tPart\tQty\tPrice/ea\tAmount\tLT
5\tSPR-C0630-302\t8000 ea\t0.069\t552.00\t3 wks
3\tSCR-M4X10-A2\t20000 ea\t0.033\t660.00\tex-stock
1\tGSK-EPDM-80\t5000 ea\t0.188\t940.00\t5 wks

Prices in US dollars, FCA Newark. Offer valid 45 days.

Ana
"""), "partial", "USD", "2026-07-20", "FCA",
     [line(1, 0.188, lead=35), line(3, 0.033, lead=0), line(5, 0.069, lead=21)], ["missing-line"])

# Price per M on counted units, "1'234.50" grouping and lead times as a range of working days.
case("n11-swiss-perM", msg("Urs Meier <u.meier@meier-praezision.example>", "text/plain", """Dear Ms Reyes,

Our offer in CHF:

1. GSK-EPDM-80: CHF 172.00 per M, delivery 10-15 working days
3. SCR-M4X10-A2: CHF 29.50 per M, delivery ex stock
4. PLT-0915-R2: CHF 1'234.50 each, delivery 5-6 weeks

Items 2 and 5: we decline to quote.
Delivery terms DAP Northridge. Prices firm for 30 days.

Best regards
Urs Meier
"""), "partial", "CHF", "2026-07-05", "DAP",
     [line(1, 0.172, "CHF", lead=21), nob(2), line(3, 0.0295, "CHF", lead=0), line(4, 1234.5, "CHF", lead=42), nob(5)],
     ["currency-differs", "no-bid"])

# Full no-bid written with the RFQ quoted below with "> " and its prices template.
case("n12-full-regret", msg("Olivia Grant <ogrant@summit-rubber.example>", "text/plain", """Hi Nora,

Unfortunately we must decline to quote on this one - our shop is fully booked through September.

Best,
Olivia

On Mon, Jun 1, 2026 at 8:02 AM Nora Reyes <nreyes@northridge.example> wrote:
> Please quote:
> 1  GSK-EPDM-80    5000 EA   price: ____  lead time: ____
> 2  CBL-4C22-PUR   1500 M    price: ____  lead time: ____
> 3  SCR-M4X10-A2  20000 EA   price: ____  lead time: ____
> 4  PLT-0915-R2     120 EA   price: ____  lead time: ____
> 5  SPR-C0630-302  8000 EA   price: ____  lead time: ____
"""), "no-bid", None, None, None, [nob(i) for i in range(1, 6)], ["no-bid"])

# Price breaks as range columns in an HTML table; one lead time for every item in the prose.
case("n13-html-tier-ranges", msg("Greta Lind <g.lind@lind-components.example>", "text/html", """<html><body>
<p>Dear Ms Reyes,</p><p>thank you for your inquiry. Our prices per piece:</p>
<table border="1" cellspacing="0">
<tr><th>Item</th><th>Part number</th><th>1-999</th><th>1,000-4,999</th><th>5,000+</th></tr>
<tr><td>1</td><td>GSK-EPDM-80</td><td>0,26&nbsp;&euro;</td><td>0,22&nbsp;&euro;</td><td>0,19&nbsp;&euro;</td></tr>
<tr><td>3</td><td>SCR-M4X10-A2</td><td>0,05&nbsp;&euro;</td><td>0,04&nbsp;&euro;</td><td>0,032&nbsp;&euro;</td></tr>
<tr><td>5</td><td>SPR-C0630-302</td><td>0,12&nbsp;&euro;</td><td>0,09&nbsp;&euro;</td><td>0,075&nbsp;&euro;</td></tr>
</table>
<p>Lead time for all items: 3 weeks ARO.<br>Delivery DDP Northridge. Offer valid until 31 July 2026.</p>
<p>Best regards<br>Greta Lind</p></body></html>"""), "partial", "EUR", "2026-07-31", "DDP",
     [line(1, 0.19, "EUR", lead=21), line(3, 0.032, "EUR", lead=21), line(5, 0.075, "EUR", lead=21)],
     ["currency-differs", "missing-line"])

# Bag price with a stated bag size, MOQ above the quantity, "4-6 wks ARO", "30 days ARO", US written date.
case("n14-bag-moq", msg("Rick Alvarez <ralvarez@sierra-industrial.example>", "text/plain", """Nora -

GSK-EPDM-80: packed 250 pcs per bag, USD 46.25 per bag, lead time 4-6 wks ARO
CBL-4C22-PUR: USD 1.29 per metre, 3 wks
SCR-M4X10-A2: USD 0.028/pc, MOQ 25,000 pcs, 2 wks
PLT-0915-R2: USD 44.00/pc, 30 days ARO
SPR-C0630-302: USD 0.07/pc, 5 weeks

Valid thru 06/30/2026. Shipping FCA Reno, NV.

Rick
"""), "parsed", "USD", "2026-06-30", "FCA",
     [line(1, 0.185, lead=42), line(2, 1.29, lead=21), line(3, 0.028, lead=14, moq=25000), line(4, 44.0, lead=30), line(5, 0.07, lead=28 + 7)],
     ["moq-above-quantity"])

# Lines named only by the buyer's line number, in another order, currency in the price header.
case("n15-line-numbers-eur", msg("Jonas Weber <j.weber@weber-kabel.example>", "text/plain", """Guten Tag Frau Reyes,

Your line    Unit price (EUR)    Delivery
4            1.180,00            7 weeks
2            1,35 /m             ab Lager
1            0,185               30 days

Lieferung DAP Northridge.

Freundliche Grüße
Jonas Weber
"""), "partial", "EUR", None, "DAP",
     [line(1, 0.185, "EUR", lead=30), line(2, 1.35, "EUR", lead=0), line(4, 1180.0, "EUR", lead=49)],
     ["currency-differs", "missing-line"])

# German full no-bid with the RFQ quoted below a German attribution line.
case("n16-german-full-nobid", msg("Petra Haas <p.haas@haas-federn.example>", "text/plain", """Sehr geehrte Frau Reyes,

leider können wir Ihnen zu dieser Anfrage kein Angebot unterbreiten, unsere Kapazitäten sind ausgelastet.

Mit freundlichen Grüßen
Petra Haas

Am 01.06.2026 um 08:02 schrieb Nora Reyes:
> Please quote:
> 1  GSK-EPDM-80    5000 EA
> 2  CBL-4C22-PUR   1500 M
> 3  SCR-M4X10-A2  20000 EA
> 4  PLT-0915-R2     120 EA
> 5  SPR-C0630-302  8000 EA
"""), "no-bid", None, None, None, [nob(i) for i in range(1, 6)], ["no-bid"])

# French HTML table with no-break spaces inside numbers and a lead time past the need-by date.
case("n17-french-html-late", msg("Claire Dubois <c.dubois@dubois-usinage.example>", "text/html", """<html><body>
<p>Bonjour,</p><p>Veuillez trouver notre offre ci-dessous :</p>
<table>
<tr><th>R&eacute;f&eacute;rence</th><th>Quantit&eacute;</th><th>Prix unitaire</th><th>D&eacute;lai</th></tr>
<tr><td>PLT-0915-R2</td><td>120&nbsp;pcs</td><td>1&nbsp;180,00&nbsp;&euro;</td><td>12 semaines</td></tr>
<tr><td>CBL-4C22-PUR</td><td>1&nbsp;500 m</td><td>1,42&nbsp;&euro;/m</td><td>3 semaines</td></tr>
</table>
<p>Conditions : EXW Lyon. Validit&eacute; de l'offre : 60 jours.</p>
<p>Cordialement,<br>Claire Dubois</p></body></html>"""), "partial", "EUR", "2026-08-04", "EXW",
     [line(2, 1.42, "EUR", lead=21), line(4, 1180.0, "EUR", lead=84)],
     ["currency-differs", "lead-time-after-need-by", "missing-line"])

# "/C" and "/M" prices with a "10k+" break, N/Q lines, two-week validity.
case("n18-per-c-k-break", msg("Hank Mills <hmills@ironbridge-fast.example>", "text/plain", """Nora,

SCR-M4X10-A2: $3.10/C, 10k+ $2.80/C, stock
SPR-C0630-302: $72.00/M, 5 wks
GSK-EPDM-80, PLT-0915-R2 and CBL-4C22-PUR: N/Q

Quote good for 2 weeks, FOB origin.

Hank Mills
Ironbridge Fasteners
"""), "partial", "USD", "2026-06-19", "FOB",
     [nob(1), nob(2), line(3, 0.028, lead=0), nob(4), line(5, 0.072, lead=35)],
     ["no-bid", "validity-short"])


def with_attachment(frm, body, ctype, name, payload):
    b = "=_unseen_boundary_7"
    head = (f"From: {frm}\nTo: Nora Reyes <nreyes@northridge.example>\nSubject: RE: RFQ NR-RFQ-0619 - Mechanical and cable parts\n"
            f"Date: {DATE}\nMessage-ID: <{zlib.crc32(frm.encode())}.unseen@mail.example>\nMIME-Version: 1.0\n"
            f"Content-Type: multipart/mixed; boundary=\"{b}\"\n\n--{b}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n{body}\n"
            f"--{b}\nContent-Type: {ctype}; name=\"{name}\"\nContent-Disposition: attachment; filename=\"{name}\"\nContent-Transfer-Encoding: base64\n\n")
    return crlf(head).encode("utf-8") + b"\r\n".join(base64.encodebytes(payload).splitlines()) + f"\r\n--{b}--\r\n".encode()

# CSV of the vendor's own layout: extended price column, lead time in weeks by header, rows out of order, USD only in the body.
case("n19-csv-extended", with_attachment("Bill Foster <bfoster@foster-supply.example>", """Hi Nora,

Quote attached. All prices USD, FOB Louisville. Pricing valid through 07/31/2026.

Bill""", "text/csv", "Q-88213.csv", crlf("""Line,Customer P/N,Qty,UoM,Unit Price,Ext Price,Lead Time (wks)
3,SCR-M4X10-A2,20000,EA,0.0295,590.00,2
1,GSK-EPDM-80,5000,EA,0.201,1005.00,4
5,SPR-C0630-302,8000,EA,0.0675,540.00,3
4,PLT-0915-R2,120,EA,39.80,4776.00,6
2,CBL-4C22-PUR,1500,M,1.36,2040.00,2
""").encode()), "parsed", "USD", "2026-07-31", "FOB",
     [line(1, 0.201, lead=28), line(2, 1.36, lead=14), line(3, 0.0295, lead=14), line(4, 39.80, lead=42), line(5, 0.0675, lead=21)], [])

# Top-posted plain reply over an Outlook header block and the RFQ with its blank template.
case("n20-outlook-plain-one-item", msg("Carl Jensen <cjensen@northstar-cnc.example>", "text/plain", """Hi Nora,

We can offer the base plate PLT-0915-R2 at $41.50 each, 6-7 weeks after receipt of PO.
We cannot quote the other items.

Regards,
Carl Jensen
Northstar CNC | 555-0199 | 2200 Mill Rd, Unit 14

From: Nora Reyes <nreyes@northridge.example>
Sent: Monday, June 1, 2026 8:02 AM
To: quotes@northstar-cnc.example
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

Line 1  GSK-EPDM-80     5000 EA   Unit price: ______  Lead time: ______
Line 2  CBL-4C22-PUR    1500 M    Unit price: ______  Lead time: ______
Line 3  SCR-M4X10-A2   20000 EA   Unit price: ______  Lead time: ______
Line 4  PLT-0915-R2      120 EA   Unit price: ______  Lead time: ______
Line 5  SPR-C0630-302   8000 EA   Unit price: ______  Lead time: ______
"""), "partial", "USD", None, None,
     [nob(1), nob(2), nob(3), line(4, 41.5, lead=49), nob(5)], ["no-bid"])

# XLSX with title rows above the header, price breaks as "Price 1000+" columns, a no-quote row.
case("n21-xlsx-tier-columns", with_attachment("Holly Price <holly.price@brit-seals.example>", """Dear Nora,

Please find our quotation attached. Prices in GBP, FCA Birmingham, valid 30 days.

Kind regards,
Holly""", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Quotation-4471.xlsx", xlsx([
    ["Quotation Q-4471 for Northridge"], [""],
    ["Pos", "Article", "Description", "Qty", "Price 1000+", "Price 5000+", "Price 10000+", "Delivery"],
    [1, "GSK-EPDM-80", "Gasket EPDM", 5000, 0.23, 0.195, 0.18, "4 weeks"],
    [2, "CBL-4C22-PUR", "Cable 4x22", 1500, "", "", "", "No quote"],
    [3, "SCR-M4X10-A2", "Screw M4x10", 20000, 0.04, 0.034, 0.03, "stock"],
    [5, "SPR-C0630-302", "Spring", 8000, 0.10, 0.08, 0.07, "3 weeks"],
])), "partial", "GBP", "2026-07-05", "FCA",
     [line(1, 0.195, "GBP", lead=28), nob(2), line(3, 0.03, "GBP", lead=0), line(5, 0.08, "GBP", lead=21)],
     ["currency-differs", "missing-line", "no-bid"])


def alternative(frm, text, html):
    b = "=_unseen_alt_3"
    head = (f"From: {frm}\nTo: Nora Reyes <nreyes@northridge.example>\nSubject: RE: RFQ NR-RFQ-0619 - Mechanical and cable parts\n"
            f"Date: {DATE}\nMessage-ID: <{zlib.crc32(frm.encode())}.unseen@mail.example>\nMIME-Version: 1.0\n"
            f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n--{b}\nContent-Type: text/plain; charset=\"utf-8\"\n\n{text}\n"
            f"--{b}\nContent-Type: text/html; charset=\"utf-8\"\n\n{html}\n--{b}--\n")
    return crlf(head).encode("utf-8")

# Tier columns headed "1k | 5k | 10k | 25k", one shared lead-time range for both items.
case("n22-k-tier-pipe", msg("Rosa Lopez <rlopez@delta-fasteners.example>", "text/plain", """Nora,

| Part          | 1k    | 5k    | 10k   | 25k   |
| GSK-EPDM-80   | 0.25  | 0.21  | 0.18  | 0.16  |
| SCR-M4X10-A2  | 0.045 | 0.036 | 0.031 | 0.027 |

Prices in USD per piece. Lead time 3 to 4 weeks for both. Quote valid 30 days, FOB Tijuana.

Rosa
"""), "partial", "USD", "2026-07-05", "FOB",
     [line(1, 0.21, lead=28), line(3, 0.031, lead=28)], ["missing-line"])

# Per-100 and per-spool prices, a quantity rounded up to whole spools, "Ex-Works", a written validity date.
case("n23-spool-per100", msg("Nina Holt <nholt@harbor-wire.example>", "text/plain", """Hello Nora,

CBL-4C22-PUR: USD 412.00 per 305 m spool, 5 spools (1,525 m), delivery 2-3 wks ARO.
SPR-C0630-302: USD 6.40 / 100 pcs, delivery 4 wks ARO.

Ex-Works Portland. This quotation is valid until 10 July 2026.

Nina Holt
"""), "partial", "USD", "2026-07-10", "EXW",
     [line(2, round(412 / 305, 6), qty=1525, lead=21), line(5, 0.064, lead=28)], ["missing-line", "quantity-differs"])

# A short prose answer above a signature full of numbers (suite, phone, quote number).
case("n24-signature-numbers", msg("Joe Park <jpark@precision-works.example>", "text/plain", """Nora,

PLT-0915-R2, 120 pcs @ $37.25 ea. Lead time: 25 working days.
All other lines: no bid.

--
Joe Park
Precision Works LLC
1200 Industrial Pkwy, Suite 500
Phone 555-0100 x 12 | Fax 555-0101
Quote #26-0612
"""), "partial", "USD", None, None,
     [nob(1), nob(2), nob(3), line(4, 37.25, lead=35), nob(5)], ["no-bid"])

# multipart/alternative: the text part only points at the HTML; part numbers written without dashes.
case("n25-alt-html-nodash", alternative("Ivy Tran <ivy.tran@saigon-precision.example>", "Please view this message in HTML for the quotation table.", """<html><body>
<p>Dear Nora,</p>
<table border="1"><tr><td><b>Line</b></td><td><b>Your P/N</b></td><td><b>Unit cost</b></td><td><b>Leadtime</b></td></tr>
<tr><td>1</td><td>GSKEPDM80</td><td>US$0.199</td><td>4 wks</td></tr>
<tr><td>3</td><td>SCR M4X10 A2</td><td>US$0.0305</td><td>3 wks</td></tr>
<tr><td>5</td><td>SPRC0630302</td><td>US$0.0715</td><td>5 wks</td></tr>
<tr><td>2</td><td>CBL4C22PUR</td><td>N/Q</td><td></td></tr>
<tr><td>4</td><td>PLT0915R2</td><td>N/Q</td><td></td></tr>
</table>
<p>Terms: CIF Long Beach. Valid 21 days.</p></body></html>"""), "partial", "USD", "2026-06-26", "CIF",
     [line(1, 0.199, lead=28), nob(2), line(3, 0.0305, lead=21), nob(4), line(5, 0.0715, lead=35)], ["no-bid"])

# Price breaks as continuation rows under the item's first row.
case("n26-break-rows", msg("Earl Dunn <edunn@dunn-gasket.example>", "text/plain", """Nora,

| Part          | Qty    | Unit price | LT    |
|---------------|--------|------------|-------|
| GSK-EPDM-80   | 1,000  | $0.24      | 4 wks |
|               | 5,000  | $0.20      |       |
|               | 10,000 | $0.17      |       |
| SPR-C0630-302 | 8,000  | $0.074     | 3 wks |

Valid 30 days. FCA Toledo.

Earl
"""), "partial", "USD", "2026-07-05", "FCA",
     [line(1, 0.20, lead=28), line(5, 0.074, lead=21)], ["missing-line"])

# German prose with a shared "Lieferzeit" line and "Stück" prices.
case("n27-german-shared-lead", msg("Frank Roth <f.roth@roth-normteile.example>", "text/plain", """Hallo Frau Reyes,

Pos. 3 SCR-M4X10-A2: 0,031 € / Stück
Pos. 5 SPR-C0630-302: 0,069 € / Stück
Lieferzeit: 3-4 Wochen nach Auftragseingang.

Preise netto zzgl. MwSt., Incoterms FCA Stuttgart, gültig bis 15.07.2026.

Viele Grüße
Frank Roth
"""), "partial", "EUR", "2026-07-15", "FCA",
     [line(3, 0.031, "EUR", lead=28), line(5, 0.069, "EUR", lead=28)], ["currency-differs", "missing-line"])

# An "Offered P/N" column that repeats the RFQ part where no alternate is offered.
case("n29-offered-pn-column", msg("Gina Wolfe <gwolfe@wolfe-springs.example>", "text/plain", """Hi Nora,

Your P/N        Offered P/N     Price     Lead
GSK-EPDM-80     GSK-EPDM-80     $0.196    4 wks
SPR-C0630-302   SPR-C0630-316   $0.082    3 wks

Gina
"""), "partial", "USD", None, None,
     [line(1, 0.196, lead=28), line(5, 0.082, lead=21, alt="SPR-C0630-316")], ["alternate-part", "missing-line"])

# A smaller quantity offered in prose ("all we have").
case("n30-short-quantity", msg("Ray Burke <rburke@surplus-seal.example>", "text/plain", """Nora,

GSK-EPDM-80: we can offer 4,800 pcs (all we have on the shelf) at $0.15 ea, ex-stock.
Nothing else from your list, sorry - no quote on lines 2 to 5.

Ray
"""), "partial", "USD", None, None,
     [line(1, 0.15, qty=4800, lead=0), nob(2), nob(3), nob(4), nob(5)], ["no-bid", "quantity-differs"])

# Spanish vendor: "Precio unitario", "semanas", "Validez de la oferta: 30 días".
case("n31-spanish-eur", msg("Lucia Romero <l.romero@romero-juntas.example>", "text/plain", """Estimada Sra. Reyes:

Referencia       Cantidad    Precio unitario    Plazo de entrega
GSK-EPDM-80      5.000       0,176 €            4 semanas
SPR-C0630-302    8.000       0,071 €            5 semanas

Validez de la oferta: 30 días. Incoterm: FCA Valencia.

Saludos cordiales,
Lucía Romero
"""), "partial", "EUR", "2026-07-05", "FCA",
     [line(1, 0.176, "EUR", lead=28), line(5, 0.071, "EUR", lead=35)], ["currency-differs", "missing-line"])

# HTML table with the total before the price and a separate "Per" (price unit) column.
case("n32-html-per-column", msg("Omar Haddad <ohaddad@crescent-hw.example>", "text/html", """<html><body><p>Nora, our offer:</p>
<table><tr><th>Part</th><th>Qty</th><th>Total USD</th><th>Price USD</th><th>Per</th><th>Lead time</th></tr>
<tr><td>SCR-M4X10-A2</td><td>20,000</td><td>640.00</td><td>3.20</td><td>100</td><td>2 weeks</td></tr>
<tr><td>SPR-C0630-302</td><td>8,000</td><td>560.00</td><td>70.00</td><td>1000</td><td>4 weeks</td></tr>
</table><p>Offer valid 30 days, DAP Northridge.</p></body></html>"""), "partial", "USD", "2026-07-05", "DAP",
     [line(3, 0.032, lead=14), line(5, 0.07, lead=28)], ["missing-line"])

# Tier columns where only the first header says "Qty"; the requested 120 falls in the first tier.
case("n33-qty-tiers-bare", msg("Vic Stone <vstone@stone-machining.example>", "text/plain", """Nora,

Item            Qty 100    250       500       Lead time
PLT-0915-R2     $41.00     $38.50    $36.00    6-7 weeks

Quote good for 60 days. FOB Erie.

Vic
"""), "partial", "USD", "2026-08-04", "FOB",
     [line(4, 41.0, lead=49)], ["missing-line"])

if __name__ == "__main__":
    # rfq-sample.json is a copy of ../shared/quote-samples/rfq-sample.json
    for name, data, expected in CASES:
        with open(os.path.join(OUT, name + ".eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            json.dump(expected, f, indent=2)
            f.write("\n")

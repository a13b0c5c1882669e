#!/usr/bin/env python3
"""Writes replies u609..u624 (Corpus/u*.eml + expected u*.json) - the thirty-ninth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json
(HM-RFQ-2611, those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is NORTH AMERICAN DISTRIBUTORS AND MANUFACTURERS' REPS: list price times a customer multiplier or
list less a discount (the NET price is the unit price), "Net 30" payment terms (no deviation), "FOB origin", "FOB
destination", "FOB shipping point" (all FOB) and "prepaid and add" freight (no Incoterm), stock versus factory lead
times and "ARO" (which changes nothing), working days in an ERP lead column, Canadian dollars ("Canadian funds") and
Mexican pesos ("$... MXN", "M.N.") against USD and EUR RFQs, reps quoting on behalf of a factory (NRE, pattern and
tooling charges as notes, factory minimums as MOQs), a minimum LINE charge and minimum order values with a fee (notes),
ERP-style text and spreadsheet quotes with their own line numbers (matched to the RFQ by part number, not by number),
full pallets and full boxes restating the quantity, and distributors who cross-reference the RFQ's part to another
manufacturer's part (an alternate). One wire distributor declines the whole RFQ.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, xlsx, pdf, table_page  # expected-line shapes, workbook and PDF writers
from make_blind5 import file_part, multipart, text_part  # MIME parts for the rfq-blind2 messages
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

ROUND = Round(609)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# The buyer's request as it appears quoted below some sample replies (same lines and quantities as rfq-sample.json).
SAMPLE_REQUEST = """Hello,

Please quote the items below by Friday June 12 (RFQ NR-RFQ-0619, prices in USD):

  1  GSK-EPDM-80     Gasket EPDM 70 ShA, 80 x 62 x 3 mm       5,000 EA   need by 08/03/2026
  2  CBL-4C22-PUR    Cable 4 x 22 AWG shielded, PUR, black    1,500 M    need by 07/20/2026
  3  SCR-M4X10-A2    SHCS M4 x 10, ISO 4762, A2-70            20,000 EA  need by 07/13/2026
  4  PLT-0915-R2     Motor base plate, 6082-T6, CNC           120 EA     need by 08/17/2026
  5  SPR-C0630-302   Compression spring, 302 SS, 0.6 wire     8,000 EA   need by 07/27/2026

Thank you,
Nora Reyes
Purchasing, Northridge Automation"""


def gt(text):
    """Quotes text e-mail style ('> ' before every line)."""
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u609 an Indiana industrial distributor: "List" column and "your multiplier .38" -> net = list x 0.38 ("net price is list
# x multiplier"). Gasket list $0.50 -> 0.19, "factory 6-8 wks ARO" -> upper bound 8 x 7 = 56 (Jun 5 + 56 = Jul 31,
# before Aug 3). Screws list $0.0850 -> 0.0323, "stock" -> 0. Springs list $0.19 -> 0.0722, "factory 4 wks ARO" -> 28
# (Jul 3, before Jul 27). Cable and plate "N/Q - not a stock item for us" -> declined. Quantities as asked (the quoted
# request below is history) -> null. "Net 30" is payment; "FOB origin, freight prepaid & add" -> FOB. "Quote good 30
# days" from Fri 5 Jun -> 2026-07-05 (not short). USD. Partial, no-bid.
assert close(0.50 * 0.38, 0.19) and close(0.0850 * 0.38, 0.0323) and close(0.19 * 0.38, 0.0722)
assert plus("2026-06-05", 56) == "2026-07-31" and plus("2026-06-05", 30) == "2026-07-05"
sample("u609-list-times-multiplier-fob-origin-net30", S.msg("Kyle Brenneman <kbrenneman@wabash-valley-supply.example>", "text/plain", """Nora -

Thx for the RFQ. Pricing below is our list with your account multiplier of .38 applied
(net price = list x multiplier). All USD.

Item            Qty        List       Net ea     Avail
GSK-EPDM-80     5,000      $0.50      $0.1900    factory 6-8 wks ARO
CBL-4C22-PUR    1,500 m    N/Q - not a stock item for us
SCR-M4X10-A2    20,000     $0.0850    $0.0323    stock
PLT-0915-R2     120        N/Q - not a stock item for us
SPR-C0630-302   8,000      $0.19      $0.0722    factory 4 wks ARO

Terms Net 30, FOB origin, freight prepaid & add. Quote good 30 days.

Kyle Brenneman | Inside Sales
Wabash Valley Industrial Supply
2215 N 9th St, Lafayette, IN 47904
P 765-555-0128 | F 765-555-0129

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: Thursday, June 4, 2026 7:41 AM
To: Kyle Brenneman <kbrenneman@wabash-valley-supply.example>
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

""" + SAMPLE_REQUEST + "\n"),
       "partial", "USD", "2026-07-05", "FOB",
       [line(1, 0.19, lead=56), nob(2), line(3, 0.0323, lead=0), nob(4), line(5, 0.0722, lead=28)],
       ["no-bid"])


# u610 an ERP text quote (fixed-width, Windows-1252) with the vendor's OWN line numbers 1-4 in a different order from
# the RFQ: vendor line 1 is SCR M4X10 A2 (RFQ line 3), 2 is SPR-C0630-302 (5), 3 is GSK-EPDM-80 (1), 4 is CBL-4C22-PUR
# (2) - matched by part number. Screws 31.20 per M (UM EA, Per M = thousand) -> 0.0312, "STOCK" -> 0. Springs 0.0718 per
# EA, "20 WD ARO" -> 20 x 7/5 = 28 (Jul 3, before Jul 27). Gaskets 186.00 per M -> 0.186, "5 WKS ARO" -> 35 (Jul 10,
# before Aug 3). Cable 1.44 per MTR, "10 WD ARO" -> 14 (Jun 19, before Jul 20). Extended amounts and the total confirm
# (not unit prices). The plate is never mentioned -> missing-line. "QUOTE EXPIRES: 06/30/2026" (not short: Jun 30 >=
# Jun 26). "FOB DEST - FRT PPD" (FOB destination, freight prepaid) -> FOB. USD. Partial.
assert close(31.20 / 1000, 0.0312) and close(186.00 / 1000, 0.186) and workdays(20) == 28 and workdays(10) == 14
assert close(20000 * 0.0312 + 8000 * 0.0718 + 5000 * 0.186 + 1500 * 1.44, 4288.40)
sample("u610-erp-fixed-width-own-line-numbers-fob-dest", S.msg("Quotes Desk <quotes@buckeye-mro.example>", "text/plain", """Nora,

Attached below is our quotation for your RFQ NR-RFQ-0619. Please reference quote number on your PO.

Sherri Tomczak
Buckeye MRO Distribution

==============================================================================
BUCKEYE MRO DISTRIBUTION INC          QUOTATION               PAGE 1 OF 1
4410 Tuttle Rd, Dublin OH 43017       QUOTE NO:  Q-0088417
PH 614-555-0173                       QUOTE DATE: 06/05/2026
                                      QUOTE EXPIRES: 06/30/2026
CUSTOMER: NORTHRIDGE AUTOMATION       CUST REF: NR-RFQ-0619
TERMS: NET 30                         SHIP VIA: BEST WAY
FOB: DEST - FRT PPD                   SLSPN: 14 TOMCZAK
==============================================================================
LN  CUST PART / DESCRIPTION         QTY      UM   UNIT PRICE  PER   EXT PRICE   LEAD
--- ---------------------------- ---------- ---- ----------- ---- ----------- ---------
  1 SCR M4X10 A2                     20,000  EA       31.20   M        624.00 STOCK
    SHCS M4X10 ISO4762 A2-70 SS
  2 SPR-C0630-302                     8,000  EA      0.0718   EA       574.40 20 WD ARO
    COMP SPRING 302SS .6 WIRE
  3 GSK-EPDM-80                       5,000  EA      186.00   M        930.00 5 WKS ARO
    GASKET EPDM 70A 80X62X3 DIE CUT
  4 CBL-4C22-PUR                      1,500  MTR       1.44   MTR    2,160.00 10 WD ARO
    CABLE 4C 22AWG SHLD PUR BLK
------------------------------------------------------------------------------
                                                   MDSE TOTAL:    4,288.40
                                                   FREIGHT:       INCLUDED
                                                   QUOTE TOTAL:   4,288.40
==============================================================================
PRICES BASED ON QUANTITIES SHOWN. LEAD TIMES ARE ESTIMATES AND SUBJECT TO PRIOR SALE.
""", charset="windows-1252"),
       "partial", "USD", "2026-06-30", "FOB",
       [line(1, 0.186, lead=35), line(2, 1.44, lead=14), line(3, 0.0312, lead=0), line(5, 0.0718, lead=28)],
       ["missing-line"])


# u611 an Ontario wire distributor, "All pricing in Canadian funds (CAD)" with bare "$" -> CAD (currency-differs).
# Cable "$427.00 per 305 m spool", "1,500 m = 4.92 spools, we ship full spools only: 5 spools = 1,525 m" -> 427.00 / 305
# = 1.40 per m, quantity 1525 (quantity-differs); "2-3 weeks" -> 21 (Jun 26, before Jul 20). Screws "$4.10/C" -> 0.041,
# "ex-stock Brampton" -> 0. Gaskets, plate, springs "N/Q" -> declined. "plus HST where applicable" is a tax remark.
# "Valid 15 days" from Fri 5 Jun -> 2026-06-20, earlier than Jun 26 -> validity-short. "FCA Brampton, ON" -> FCA.
# Partial.
assert close(427.00 / 305, 1.40) and 5 * 305 == 1525 and close(4.10 / 100, 0.041) and plus("2026-06-05", 15) == "2026-06-20"
sample("u611-cad-full-spools-per-c-screws", S.msg("Manpreet Gill <mgill@peel-wire-cable.example>", "text/plain", """Hi Nora,

Thanks for including us on NR-RFQ-0619. All pricing in Canadian funds (CAD), plus HST where applicable.

CBL-4C22-PUR - 4C 22AWG shielded PUR, black
   $427.00 per 305 m spool
   1,500 m = 4.92 spools, we ship full spools only: 5 spools = 1,525 m
   Lead time 2-3 weeks

SCR-M4X10-A2 - SHCS M4 x 10 A2-70
   $4.10/C (20,000 pcs)
   ex-stock Brampton

GSK-EPDM-80, PLT-0915-R2, SPR-C0630-302 - N/Q

Valid 15 days. FCA Brampton, ON (Incoterms 2020). Payment net 30 days OAC.

Cheers,
Manpreet Gill
Peel Wire & Cable Ltd.
85 Advance Blvd, Brampton, ON  L6T 4J3
T 905-555-0187

This e-mail may contain confidential information. If you received it in error please delete it.
"""),
       "partial", "CAD", "2026-06-20", "FCA",
       [nob(1), line(2, 1.40, "CAD", qty=1525, lead=21), line(3, 0.041, "CAD", lead=0), nob(4), nob(5)],
       ["currency-differs", "no-bid", "quantity-differs", "validity-short"])


# u612 a manufacturers' rep quoting the base plate on behalf of the machine shop it represents (HTML only). Breaks
# "100 - 249 pcs $41.75 / 250+ pcs $37.90" -> 120 falls in 100-249 -> 41.75; "factory minimum 100 pcs" -> moq 100
# (below 120, no deviation); quantity as asked -> null. "10-12 weeks ARO" -> 84 -> Jun 5 + 84 = Aug 28, AFTER the
# Aug 17 need-by -> lead-time-after-need-by. "One-time NRE (programming and fixturing) $450.00" -> note. "The other four
# items are outside the factory's scope - we'll pass" -> lines 1, 2, 3, 5 declined. "Factory quote valid 60 days" ->
# 2026-08-04 (not short). "FOB factory, Erie, PA" -> FOB. USD. Partial.
assert plus("2026-06-05", 84) == "2026-08-28" and plus("2026-06-05", 60) == "2026-08-04" and 100 <= 120 < 250
sample("u612-html-rep-for-machine-shop-nre-breaks", S.msg("Dan Kowalchuk <dan@keystone-techsales.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good morning Nora,</p>
<p>As the local rep for <b>Allegheny Precision Machining</b> I'm sending the factory's quotation on the motor base plate
from your RFQ NR-RFQ-0619. Pricing is in USD.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#DDEBF7"><th>Part</th><th>Description</th><th>Qty break</th><th>Unit price</th><th>Lead time</th></tr>
<tr><td rowspan="2">PLT-0915-R2</td><td rowspan="2">Motor base plate, 10 mm 6082-T6, 4 x M6 tapped</td><td>100 - 249 pcs</td><td>$41.75</td><td rowspan="2">10-12 weeks ARO</td></tr>
<tr><td>250+ pcs</td><td>$37.90</td></tr>
</table>
<p>Factory minimum 100 pcs per release. One-time NRE (programming and fixturing) $450.00, not repeated on re-orders.</p>
<p>The other four items are outside the factory's scope - we'll pass on those.</p>
<p>Factory quote valid 60 days. FOB factory, Erie, PA. Terms net 30.</p>
<p>Best,<br>Dan Kowalchuk<br>Keystone Technical Sales - Manufacturers' Representatives<br>
1300 Penn Ave, Suite 210, Pittsburgh, PA 15222<br>412-555-0166 (o) | 412-555-0197 (c)</p>
</body></html>""", cte="quoted-printable"),
       "partial", "USD", "2026-08-04", "FOB",
       [nob(1), nob(2), nob(3), line(4, 41.75, lead=84, moq=100), nob(5)],
       ["lead-time-after-need-by", "no-bid", "note"])


# u613 multipart/alternative from an Illinois distributor that CROSS-REFERENCES the spring to another maker's part:
# "we cross SPR-C0630-302 to Lakeshore Spring LC-024C-30-S" -> alternatePartNumber LC-024C-30-S (alternate-part);
# "$7.15/C" -> 0.0715, "sold in multiples of 100 - 8,000 is fine" -> quantity as asked -> null; "3 weeks" -> 21 (Jun 26,
# before Jul 27). Screws exactly as asked, "$29.80/M" -> 0.0298, "stock" -> 0. Gasket, cable and plate never mentioned
# (the quoted request below lists them, but that is history) -> missing-line. "Pricing good through 7/31/2026";
# "FOB shipping point (Rockford, IL)" -> FOB. USD. Partial.
assert close(7.15 / 100, 0.0715) and close(29.80 / 1000, 0.0298) and 8000 % 100 == 0
U613_TEXT = """Hi Nora,

Two of the five are in our wheelhouse:

SCR-M4X10-A2 - 20,000 pcs - $29.80/M - stock

SPR-C0630-302 - we cross SPR-C0630-302 to Lakeshore Spring LC-024C-30-S (302 SS, .024" / 0.6 mm wire,
6.3 mm OD, 30 mm free length). Sold in multiples of 100 - 8,000 is fine. $7.15/C, 3 weeks.

Pricing good through 7/31/2026, FOB shipping point (Rockford, IL), net 30.

Thanks!
Jen Alvarado
Rock Valley Fastener & Spring | 815-555-0154

On Thu, Jun 4, 2026 at 7:41 AM Nora Reyes <nreyes@northridge.example> wrote:
""" + gt(SAMPLE_REQUEST)
U613_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hi Nora,</p>
<p>Two of the five are in our wheelhouse:</p>
<p><b>SCR-M4X10-A2</b> - 20,000 pcs - $29.80/M - stock</p>
<p><b>SPR-C0630-302</b> - we cross SPR-C0630-302 to Lakeshore Spring <b>LC-024C-30-S</b> (302 SS, .024&quot; / 0.6 mm wire,
6.3 mm OD, 30 mm free length). Sold in multiples of 100 - 8,000 is fine. $7.15/C, 3 weeks.</p>
<p>Pricing good through 7/31/2026, FOB shipping point (Rockford, IL), net 30.</p>
<p>Thanks!<br>Jen Alvarado<br>Rock Valley Fastener &amp; Spring | 815-555-0154</p>
<blockquote style="border-left:1px solid #ccc;padding-left:8px">On Thu, Jun 4, 2026 at 7:41 AM Nora Reyes wrote:<br>
<pre>""" + SAMPLE_REQUEST + """</pre></blockquote>
</body></html>"""
sample("u613-alt-cross-reference-spring-per-c", S.alternative("Jen Alvarado <jalvarado@rockvalley-fastener.example>", U613_TEXT, U613_HTML),
       "partial", "USD", "2026-07-31", "FOB",
       [line(3, 0.0298, lead=0), line(5, 0.0715, lead=21, alt="LC-024C-30-S")],
       ["alternate-part", "missing-line"])


# u614 a Monterrey distributor writing in Spanish, "Precios en pesos mexicanos (MXN), más IVA" and "$... MXN" on every
# price -> MXN (currency-differs). Mexican decimal point: gaskets "$3.40 MXN c/u" -> 3.40, "4 semanas" -> 28 (Jul 3,
# before Aug 3); screws "$58.00 MXN por cada 100 pzas" -> 0.58, "en existencia" (stock) -> 0; plate "$812.50 MXN c/u",
# "6 semanas" -> 42 (Jul 17, before Aug 17). Cable and springs "no cotizamos" -> declined. "Vigencia: 15 días" from Fri
# 5 Jun -> 2026-06-20, earlier than Jun 26 -> validity-short. "DAP Laredo, TX" -> DAP. Partial.
assert close(58.00 / 100, 0.58) and plus("2026-06-05", 15) == "2026-06-20" and plus("2026-06-05", 42) == "2026-07-17"
sample("u614-mxn-monterrey-distributor-spanish", S.msg("Rocío Garza <rgarza@norestal-industrial.example>", "text/plain", """Buen día Nora,

Gracias por su solicitud NR-RFQ-0619. Precios en pesos mexicanos (MXN), más IVA:

Partida  No. de parte     Cantidad      Precio                          Entrega
1        GSK-EPDM-80      5,000 pzas    $3.40 MXN c/u                   4 semanas
3        SCR-M4X10-A2     20,000 pzas   $58.00 MXN por cada 100 pzas    en existencia
4        PLT-0915-R2      120 pzas      $812.50 MXN c/u                 6 semanas

El cable (CBL-4C22-PUR) y los resortes (SPR-C0630-302) no los cotizamos.

Vigencia: 15 días. Condiciones de entrega: DAP Laredo, TX (Incoterms 2020). Crédito 30 días.

Saludos cordiales,
Rocío Garza
Ventas Industriales
Norestal Industrial, S.A. de C.V.
Av. Ruiz Cortines 3120, Monterrey, N.L., México
Tel. +52 81 5550 4417
"""),
       "partial", "MXN", "2026-06-20", "DAP",
       [line(1, 3.40, "MXN", lead=28), nob(2), line(3, 0.58, "MXN", lead=0), line(4, 812.50, "MXN", lead=42), nob(5)],
       ["currency-differs", "no-bid", "validity-short"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u615 a bearing and PT distributor that CROSSES the bearing to another maker's part and prices list less discount:
# "BRG 6205-2RS crossed to Nordberg NB-6205-DDU-C3" -> alternatePartNumber NB-6205-DDU-C3 (alternate-part); list $9.80
# "less 65%" -> 9.80 x 0.35 = 3.43, "stock - Memphis DC" -> 0; quantity as asked -> null. O-rings list "$38.00 per M"
# less 50% -> 19.00 per M -> 0.019, "factory 3-4 wks" -> 28 (Jul 10, before Aug 17). Resin, sheet, hose and seal kits
# never mentioned -> missing-line. "Quote valid thru 07/17/2026" (not short); "FOB destination, freight allowed" -> FOB.
# USD. Partial.
assert close(9.80 * 0.35, 3.43) and close(38.00 * 0.50 / 1000, 0.019) and plus("2026-06-12", 28) == "2026-07-10"
blind("u615-bearing-cross-ref-list-less-discount", H.msg("Travis Oakley <toakley@midsouth-bearing.example>", "text/plain", """Lena,

Thanks for the opportunity on HM-RFQ-2611. We can help on the bearings and O-rings.

1) BRG 6205-2RS  qty 400
   We don't stock SKF in this size - crossed to Nordberg NB-6205-DDU-C3 (6205 double rubber seal, C3 clearance,
   25 x 52 x 15). List $9.80 ea less 65% discount. Stock - Memphis DC.

2) OR-0120-NBR70  qty 50,000
   List $38.00 per M, less 50%. Factory 3-4 wks.

Quote valid thru 07/17/2026. FOB destination, freight allowed. Net 30 days.

Travis Oakley
Outside Sales - MidSouth Bearing & Power Transmission
3560 Lamar Ave, Memphis, TN 38118
Office 901-555-0140 | Cell 901-555-0177
"""),
       "partial", "USD", "2026-07-17", "FOB",
       [line(3, 3.43, lead=0, alt="NB-6205-DDU-C3"), line(4, 0.019, lead=28)],
       ["alternate-part", "missing-line"])


# u616 a Gulf Coast resin distributor: kg break rows "1 - 999 kg $4.62 / 1,000 - 4,999 kg $4.35 / 5,000 kg + $4.08";
# "full pallets only (40 bags x 25 kg = 1,000 kg per pallet), so your 2,500 kg ships as 3 pallets = 3,000 kg" ->
# quantity 3000 (quantity-differs), which still falls in 1,000 - 4,999 -> 4.35; "Minimum order: one full pallet (1,000
# kg)" -> moq 1000 (below 2,500, no deviation); "10 business days ARO" -> 14 (Jun 26, before Jul 20). "Resin only - no
# quote on the sheet, bearings, O-rings, hose or seal kits" -> lines 2-6 declined. "Pricing valid through June 30, 2026"
# -> earlier than Jul 3 -> validity-short. "FOB Pasadena, TX - freight prepaid and add" -> FOB. USD. Partial.
assert 3 * 40 * 25 == 3000 and 1000 <= 3000 <= 4999 and workdays(10) == 14 and plus("2026-06-12", 14) == "2026-06-26"
blind("u616-resin-break-rows-full-pallets-prepaid-add", H.msg("Luis Cantu <lcantu@bayshore-polymers.example>", "text/plain", """Hello Lena,

Please see our pricing on the nylon for HM-RFQ-2611:

RES-PA66-GF30  PA66 30% GF, heat stabilized, black, 25 kg bags

    1 - 999 kg          $4.62/kg
    1,000 - 4,999 kg    $4.35/kg
    5,000 kg +          $4.08/kg

We ship full pallets only (40 bags x 25 kg = 1,000 kg per pallet), so your 2,500 kg ships as 3 pallets = 3,000 kg.
Minimum order: one full pallet (1,000 kg).
Lead time: 10 business days ARO.

Resin only - no quote on the sheet, bearings, O-rings, hose or seal kits.

Pricing valid through June 30, 2026 (resin market). FOB Pasadena, TX - freight prepaid and add. Terms net 30.

Regards,
Luis Cantu
Bayshore Polymers Distribution
1150 Red Bluff Rd, Pasadena, TX 77506
281-555-0193

-----Original Message-----
From: Lena Marsh
Sent: Wednesday, June 10, 2026 9:12 AM
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Please quote by June 19:

""" + H.RFQ_TABLE + "\n"),
       "partial", "USD", "2026-06-30", "FOB",
       [line(1, 4.35, qty=3000, lead=14, moq=1000), nob(2), nob(3), nob(4), nob(5), nob(6)],
       ["no-bid", "quantity-differs", "validity-short"])


# u617 an Alberta hydraulics distributor, "All prices in Canadian dollars" -> CAD (currency-differs). Hose "$6.15/m, cut
# to your 800 m" -> 6.15, as asked -> null, "1 week" -> 7. O-rings "$21.50/M" -> 0.0215, "stock" -> 0. Seal kits
# "$52.40/kit" (the RFQ's SET) -> 52.40, "6-8 weeks" -> 56 (Aug 7, before Sep 21). "We regret on the resin, sheet and
# bearings" -> lines 1-3 declined. "Minimum line charge $75.00 CAD" -> a charge that may be added: note. "Quote valid 30
# days" from Fri 12 Jun -> 2026-07-12 (not short); "FCA Edmonton, AB" -> FCA. Partial.
assert close(21.50 / 1000, 0.0215) and plus("2026-06-12", 56) == "2026-08-07" and plus("2026-06-12", 30) == "2026-07-12"
blind("u617-cad-hydraulics-min-line-charge", H.msg("Brett Halvorson <bhalvorson@foothills-fluid.example>", "text/plain", """Hi Lena,

Here's what we can offer on HM-RFQ-2611. All prices in Canadian dollars, GST extra.

Ln 5  HSE-2SN-08   2SN 1/2" hose      800 m       $6.15/m, cut to your 800 m     1 week
Ln 4  OR-0120-NBR70  O-ring 12x2 N70  50,000 pcs  $21.50/M                       stock
Ln 6  KIT-PX200-SEAL seal kit         150 kits    $52.40/kit                     6-8 weeks

We regret on the resin, sheet and bearings - not our line.

Minimum line charge $75.00 CAD. Quote valid 30 days. FCA Edmonton, AB. Net 30 OAC.

Brett Halvorson
Foothills Fluid Power Ltd.
7820 Coronet Rd NW, Edmonton, AB  T6E 4N7
780-555-0152
"""),
       "partial", "CAD", "2026-07-12", "FCA",
       [nob(1), nob(2), nob(3), line(4, 0.0215, "CAD", lead=0), line(5, 6.15, "CAD", lead=7), line(6, 52.40, "CAD", lead=56)],
       ["currency-differs", "no-bid", "note"])


# u618 a manufacturers' rep for a seal maker, HTML table with break COLUMNS. Seal kits "100-249 / 250-499 / 500+" =
# $44.20 / $41.60 / $38.90 -> 150 -> 44.20, "8 wks ARO" -> 56 (Aug 7, before Sep 21). O-rings "$16.80 per M" -> 0.0168,
# "Factory minimum run 100,000 pcs" -> moq 100000 above the 50,000 asked -> moq-above-quantity (the quantity is not
# restated -> null); "6 weeks" -> 42 (Jul 24, before Aug 17). "One-time printing plate charge for the kit bag labels
# $185.00" -> note. Resin, sheet, bearings and hose never mentioned -> missing-line. "valid 90 days" from Fri 12 Jun ->
# 2026-09-10 (not short); "FOB factory - Wichita, KS" -> FOB. USD. Partial.
assert 100 <= 150 <= 249 and close(16.80 / 1000, 0.0168) and plus("2026-06-12", 90) == "2026-09-10"
assert plus("2026-06-12", 42) == "2026-07-24"
blind("u618-html-seal-rep-break-columns-factory-min", H.msg("Marcy Lindqvist <marcy@heartland-rep-group.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,sans-serif;font-size:10pt">
<p>Lena,</p>
<p>On behalf of our principal, Great Plains Seal Co., here is pricing for the seal items on HM-RFQ-2611 (USD):</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#FCE4D6"><th>Part</th><th>Description</th><th>Qty</th><th>100-249</th><th>250-499</th><th>500+</th><th>Lead</th></tr>
<tr><td>KIT-PX200-SEAL</td><td>PX-200 seal kit, bagged &amp; labelled</td><td>150 kits</td><td>$44.20</td><td>$41.60</td><td>$38.90</td><td>8 wks ARO</td></tr>
</table>
<p>OR-0120-NBR70, O-ring 12.0 x 2.0 NBR 70: <b>$16.80 per M</b>, 6 weeks. Factory minimum run 100,000 pcs.</p>
<p>One-time printing plate charge for the kit bag labels $185.00.</p>
<p>Pricing valid 90 days. FOB factory - Wichita, KS. Net 30.</p>
<p>Marcy Lindqvist<br>Heartland Rep Group, Inc. - representing Great Plains Seal Co.<br>
Overland Park, KS | 913-555-0119</p>
</body></html>"""),
       "partial", "USD", "2026-09-10", "FOB",
       [line(4, 0.0168, lead=42, moq=100000), line(6, 44.20, lead=56)],
       ["missing-line", "moq-above-quantity", "note"])


# u619 an electrical distributor declining the whole RFQ ("we have to regret this one ... none of it is on our line
# card"), with the request quoted below it carrying quantities -> every line declined: six noBid lines, currency /
# validUntil / incoterms null, status no-bid, kinds {no-bid}.
blind("u619-electrical-distributor-full-regret", H.msg("Gary Pruitt <gpruitt@tristar-electric.example>", "text/plain", """Lena,

Appreciate you sending HM-RFQ-2611 over, but we have to regret this one - we're an electrical distributor and none of
it is on our line card (resin, sheet, bearings, seals, hose). If you have any wire, conduit or controls coming up,
send them our way.

Gary Pruitt
Tri-Star Electric Supply
Tulsa, OK | 918-555-0131

________________________________
From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Wednesday, June 10, 2026 9:12 AM
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

""" + H.RFQ_TABLE + "\n"),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)], ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u620 a Texas pneumatics distributor in USD (currency-differs against the EUR RFQ) that CROSSES the Festo cylinder to
# another maker's ISO 15552 cylinder: "AirTrac AT15552-32-80-DA" -> alternatePartNumber (alternate-part); list $186.00
# x "your multiplier 0.52" -> 96.72, "factory 4-5 wks ARO" -> 35 (Jul 20, before Sep 11). Fitting list $9.40 "less 55%"
# -> 9.40 x 0.45 = 4.23, "stock" -> 0. Quantities as asked -> null. Shaft, housing and bracket set never mentioned ->
# missing-line. "Valid 30 days" from Mon 15 Jun -> 2026-07-15 (not short); "FCA Houston, TX" -> FCA. Partial.
assert close(186.00 * 0.52, 96.72) and close(9.40 * 0.45, 4.23) and plus("2026-06-15", 30) == "2026-07-15"
assert plus("2026-06-15", 35) == "2026-07-20"
blind2("u620-usd-cylinder-crossed-multiplier", V.msg("Ray Delacruz <rdelacruz@gulfstates-pneumatic.example>", "text/plain", """Jonas,

Thank you for VM-RFQ-4418. We are a US distributor; all prices below in US dollars (USD).

FIT-316-G12-10 - 2,000 pcs - list $9.40 ea, less 55% - stock

DSBC-32-80-PPVA-N3 - we are not a Festo house. Our cross is AirTrac AT15552-32-80-DA
(ISO 15552, 32 bore x 80 stroke, adj. cushions, magnetic piston) - 120 pcs
list $186.00 ea x your multiplier 0.52 - factory 4-5 wks ARO

Valid 30 days. FCA Houston, TX (Incoterms 2020), export packing included.

Best regards,
Ray Delacruz
Gulf States Pneumatic Supply
9815 Harwin Dr, Houston, TX 77036
+1 713-555-0108
"""),
       "partial", "USD", "2026-07-15", "FCA",
       [line(3, 4.23, "USD", lead=0), line(4, 96.72, "USD", lead=35, alt="AT15552-32-80-DA")],
       ["alternate-part", "currency-differs", "missing-line"])


# u621 a Querétaro machine shop in Spanish, "Precios en moneda nacional (MXN), más IVA" -> MXN (currency-differs).
# Shaft "$742.00 M.N. c/u" -> 742.00, "8 semanas" -> 56 (Aug 10, before Aug 28). Bracket set "$398.50 M.N. por juego"
# (the RFQ's SET) -> 398.50, "lote mínimo 300 juegos" -> moq 300 above the 150 asked -> moq-above-quantity (quantity
# not restated -> null); "6 semanas" -> 42 (Jul 27, before Oct 9). "Herramental (fixture) $18,500.00 M.N., pago único"
# -> one-off charge: note. "Partidas 2, 3 y 4: no cotizamos" -> declined. "Vigencia: 30 días naturales" from Mon 15 Jun
# -> 2026-07-15 (not short); "FCA El Marqués, Qro." -> FCA. Partial.
assert plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 42) == "2026-07-27" and plus("2026-06-15", 30) == "2026-07-15"
blind2("u621-mxn-queretaro-shop-lote-minimo-fixture", V.msg("Ing. Alejandro Ruiz <aruiz@bajio-maquinados.example>", "text/plain", """Estimado Jonas,

Por medio del presente le hacemos llegar nuestra cotización para su solicitud VM-RFQ-4418.
Precios en moneda nacional (MXN), más IVA.

Partida 1  SH-2231-C rev B  Flecha motriz 42CrMo4, 30 h6 x 412 mm
           250 pzas   $742.00 M.N. c/u        Entrega: 8 semanas

Partida 5  2231-004-03  Juego de soportes de sensor (izq. + der., con tornillos), anodizado negro
           150 juegos  $398.50 M.N. por juego  Entrega: 6 semanas
           Lote mínimo 300 juegos.

Herramental (fixture) $18,500.00 M.N., pago único.

Partidas 2, 3 y 4: no cotizamos.

Vigencia: 30 días naturales. Condiciones de entrega: FCA El Marqués, Qro. (Incoterms 2020).
Condiciones de pago: 30 días.

Atentamente,
Ing. Alejandro Ruiz
Ventas - Bajío Maquinados de Precisión, S.A. de C.V.
Parque Industrial Bernardo Quintana, El Marqués, Qro., México
Tel. +52 442 555 0172
"""),
       "partial", "MXN", "2026-07-15", "FCA",
       [line(1, 742.00, "MXN", lead=56), nob(2), nob(3), nob(4), line(5, 398.50, "MXN", lead=42, moq=300)],
       ["currency-differs", "moq-above-quantity", "no-bid", "note"])


# u622 a rep for an Ontario foundry: body plus the factory's PDF quotation. "Prices in Canadian dollars (CAD)" -> CAD
# (currency-differs). Housing breaks "25 pcs $1,485.00 / 50 pcs $1,392.00 / 100 pcs $1,310.00" -> 25 -> 1485.00, as
# asked -> null; "16-18 weeks ARO" -> 126 -> Jun 15 + 126 = Oct 19, AFTER the Oct 2 need-by -> lead-time-after-need-by.
# "Pattern & core boxes (one-time) $4,800.00" -> note. Shaft, fitting, cylinder and bracket set never mentioned ->
# missing-line. "Valid 60 days" from Mon 15 Jun -> 2026-08-14 (not short); "FCA Hamilton, ON" -> FCA. Partial.
assert plus("2026-06-15", 126) == "2026-10-19" and plus("2026-06-15", 60) == "2026-08-14"
U622_PDF = pdf([table_page(
    "Lakehead Castings Inc. - Quotation LC-26-0311",
    ["Part", "Description", "Qty", "Unit price CAD", "Lead time"],
    [["HSG-1180-GJL", "Gearbox housing, EN-GJL-250 (Class 35)", "25 pcs", "$1,485.00", "16-18 weeks ARO"],
     ["", "machined complete, primed RAL 7035", "50 pcs", "$1,392.00", ""],
     ["", "", "100 pcs", "$1,310.00", ""],
     ["", "Pattern & core boxes (one-time)", "", "$4,800.00", ""]],
    ["Prices in Canadian dollars (CAD). HST extra where applicable.", "FCA Hamilton, ON (Incoterms 2020).",
     "Valid 60 days. Terms net 30 days.", "Lakehead Castings Inc., 250 Sherman Ave N, Hamilton, ON L8L 6N4 - 905-555-0124"],
    [95, 190, 55, 85, 90])])
blind2("u622-pdf-rep-ontario-foundry-cad-pattern", V.message("Sylvie Tremblay <stremblay@greatlakes-mfgreps.example>", multipart("mixed", "=_glr_622", [
    text_part("text/plain", """Hello Jonas,

We represent Lakehead Castings in Hamilton, Ontario. Attached is their quotation on the gearbox housing from
VM-RFQ-4418 (line 2). Prices in Canadian dollars (CAD).

Quick summary: 25 pcs at $1,485.00 each, lead time 16-18 weeks ARO, plus a one-time pattern & core box
charge of $4,800.00. FCA Hamilton, ON, valid 60 days.

Kind regards,
Sylvie Tremblay
Great Lakes Manufacturers' Reps
Mississauga, ON | +1 905-555-0161
"""),
    file_part("application/pdf", "LC-26-0311.pdf", U622_PDF)])),
       "partial", "CAD", "2026-08-14", "FCA",
       [line(2, 1485.00, "CAD", lead=126)],
       ["currency-differs", "lead-time-after-need-by", "missing-line", "note"])


# u623 a Texas export distributor's ERP spreadsheet, in EUR "per your RFQ" (no currency-differs), with its OWN line
# numbers 10 and 20 (not RFQ line numbers) - matched by part number. Line 10 = FIT-316-G12-10: 438.00 per C (Per "C") ->
# 4.38, breaks column "5,000+ @ 415.00/C" does not apply to 2,000; "STOCK" -> 0. Line 20 = DSBC-32-80-PPVA-N3 (Festo,
# the part asked): 112.40 per EA, "6 WKS" -> 42 (Jul 27, before Sep 11). Quantities as asked -> null. Shaft, housing
# and bracket set never mentioned -> missing-line. Body: "Minimum order value EUR 200.00 net; orders below carry a EUR
# 35.00 handling fee" -> note. "valid through July 31, 2026" (not short); "FOB Origin (Houston, TX)" -> FOB. Partial.
assert close(438.00 / 100, 4.38) and plus("2026-06-15", 42) == "2026-07-27"
U623_XLSX = xlsx([
    ["Lone Star Export Supply - Quote 5531207"],
    ["Customer: Vossberg Maschinenbau", "", "Ref: VM-RFQ-4418", "", "Currency: EUR"],
    [""],
    ["Ln", "Customer P/N", "Description", "Mfr", "Qty", "UOM", "Net Price", "Per", "Ext Price", "Avail", "Breaks"],
    [10, "FIT-316-G12-10", "MALE CONN G1/2 X 10MM TUBE 316", "Tex-Flo", 2000, "EA", 438.00, "C", 8760.00, "STOCK", "5,000+ @ 415.00/C"],
    [20, "DSBC-32-80-PPVA-N3", "ISO CYL 32 BORE 80 STROKE", "Festo", 120, "EA", 112.40, "EA", 13488.00, "6 WKS", ""],
    [""],
    ["", "", "", "", "", "", "", "Total", 22248.00],
])
assert close(2000 * 4.38 + 120 * 112.40, 22248.00)
blind2("u623-xlsx-erp-own-line-numbers-eur-min-order", V.message("Holly Nguyen <hnguyen@lonestar-export.example>", multipart("mixed", "=_lse_623", [
    text_part("text/plain", """Good morning Jonas,

Please find attached our quote 5531207 for VM-RFQ-4418, priced in EUR per your RFQ. We quoted the two catalog
items we distribute; quantities as requested.

Minimum order value EUR 200.00 net; orders below carry a EUR 35.00 handling fee.
Quote valid through July 31, 2026. FOB Origin (Houston, TX), export crating included. Terms: net 30 days.

Best regards,
Holly Nguyen | International Sales
Lone Star Export Supply, LLC
12020 Westpark Dr, Houston, TX 77072 | +1 281-555-0145
"""),
    file_part(XLSX, "Quote_5531207.xlsx", U623_XLSX)])),
       "partial", "EUR", "2026-07-31", "FOB",
       [line(3, 4.38, "EUR", lead=0), line(4, 112.40, "EUR", lead=42)],
       ["missing-line", "note"])


# u624 a Montréal distributor, multipart/alternative in French and English, "prix en dollars canadiens (CAD)" -> CAD
# (currency-differs). Fitting "CAD 612.00 per box of 150", "boxes only: 2,000 pcs = 13.3 boxes -> 14 boxes = 2,100 pcs"
# -> 612.00 / 150 = 4.08 each, quantity 2100 (quantity-differs), "ex-stock Dorval" -> 0. Cylinder (the Festo part
# asked) list CAD 248.00 x "multiplicateur / multiplier 0.55" -> 136.40, "factory 5 weeks" -> 35 (Jul 20, before
# Sep 11). "Shaft, housing and bracket sets: no bid" -> lines 1, 2, 5 declined. "valid until August 15, 2026" (not
# short); "FCA Dorval, QC" -> FCA. Partial.
assert close(612.00 / 150, 4.08) and -(-2000 // 150) * 150 == 2100 and close(248.00 * 0.55, 136.40)
U624_TEXT = """Bonjour Jonas,

(English follows / la version anglaise suit)

Merci pour la demande VM-RFQ-4418. Nos prix sont en dollars canadiens (CAD), taxes en sus.

Hello Jonas,

Thank you for VM-RFQ-4418. Prices in Canadian dollars (CAD), taxes extra.

FIT-316-G12-10  G1/2 x 10 mm male connector, 316
   CAD 612.00 per box of 150
   Sold in boxes only: 2,000 pcs = 13.3 boxes -> 14 boxes = 2,100 pcs
   Ex-stock Dorval

DSBC-32-80-PPVA-N3  Festo ISO cylinder 32/80
   List CAD 248.00 ea x multiplier 0.55
   Factory 5 weeks

Shaft, housing and bracket sets: no bid (not our line).

Quote valid until August 15, 2026. FCA Dorval, QC (Incoterms 2020). Net 30.

Cordialement / Regards,
Étienne Lavoie
Pneumatique Laurentides inc.
1870 boul. Hymus, Dorval (QC)  H9P 1J7
514-555-0135
"""
U624_HTML = """<html><body style="font-family:Segoe UI,sans-serif;font-size:10pt">
<p>Bonjour Jonas,</p><p><i>(English follows / la version anglaise suit)</i></p>
<p>Merci pour la demande VM-RFQ-4418. Nos prix sont en dollars canadiens (CAD), taxes en sus.</p>
<p>Hello Jonas,</p><p>Thank you for VM-RFQ-4418. Prices in Canadian dollars (CAD), taxes extra.</p>
<p><b>FIT-316-G12-10</b> G1/2 x 10 mm male connector, 316<br>
CAD 612.00 per box of 150<br>Sold in boxes only: 2,000 pcs = 13.3 boxes -&gt; 14 boxes = 2,100 pcs<br>Ex-stock Dorval</p>
<p><b>DSBC-32-80-PPVA-N3</b> Festo ISO cylinder 32/80<br>List CAD 248.00 ea x multiplier 0.55<br>Factory 5 weeks</p>
<p>Shaft, housing and bracket sets: no bid (not our line).</p>
<p>Quote valid until August 15, 2026. FCA Dorval, QC (Incoterms 2020). Net 30.</p>
<p>Cordialement / Regards,<br>&Eacute;tienne Lavoie<br>Pneumatique Laurentides inc.<br>1870 boul. Hymus, Dorval (QC) H9P 1J7<br>514-555-0135</p>
</body></html>"""
blind2("u624-alt-montreal-cad-box-of-150-multiplier", V.alternative("Étienne Lavoie <elavoie@pneu-laurentides.example>", U624_TEXT, U624_HTML,
                                                                    "=_pl_alt_624", cte="quoted-printable"),
       "partial", "CAD", "2026-08-15", "FCA",
       [nob(1), nob(2), line(3, 4.08, "CAD", qty=2100, lead=0), line(4, 136.40, "CAD", lead=35), nob(5)],
       ["currency-differs", "no-bid", "quantity-differs"])


if __name__ == "__main__":
    ROUND.write()

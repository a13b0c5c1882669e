#!/usr/bin/env python3
"""Writes replies u161..u176 (Corpus/u*.eml + expected u*.json) - the eleventh blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the ten earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. Where the earlier rounds collected unusual formats, this round is ORDINARY inbox traffic: sixteen
vendor personalities, each with one or two everyday quirks. A terse distributor with typos in part numbers (a
transposed letter, a dropped dash) that still match uniquely; a chatty sales rep with prices buried in paragraphs, a
last-year price and a break that does not apply; simple HTML with the prices in bold inside sentences and a US date
07/15/2026; a reply quoting two lines under its own "1) 2)" numbering and passing on the rest; lead times given in a
separate sentence per line, naming the items by description; a German spring maker quoting EUR against the USD RFQ
with decimal commas and an MOQ above the quantity; resin restated as bags and hose as reels (same quantity); an HTML
table with an empty Remarks column; ordinary price-break ladders with a kit MOQ; a P.S. correcting a mistyped price;
an Amount column before the Unit price column with a pallet round-up; "Incoterms: FCA (our warehouse, Linz)" with a
pack-of-10 price; a machine shop with a one-off pattern charge that ignores the purchased parts; a one-stop supplier
offering its own cylinder and a set price break; a US shop quoting dollars against the EUR RFQ in business days; and an
HTML table whose bracket set is priced as left + right = set, valid for less than two weeks.
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob  # expected-line shapes
from blind_round import Round  # the round's cases, checked and written
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

ROUND = Round(161)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================

# u161 terse distributor, one line per part, typos in part numbers: "GSK-EPMD-80" (D and M transposed), "CBL4C22-PUR"
# (dropped dash, matches anyway), "PTL-0915-R2" (L and T transposed) - each still matches exactly one RFQ line (same
# quantity too); typos are not alternate parts. ".191 ea", "stk" = stock, "30 days" from 5 Jun -> 2026-07-05.
sample("u161-terse-typo-part-numbers", S.msg("Mike Danek <mdanek@lakeshore-ind.example>", "text/plain", """Nora,

NR-RFQ-0619

GSK-EPMD-80     5000    .191 ea    4 wk
CBL4C22-PUR     1500m   1.38/m     2 wk
SCR-M4X10-A2    20000   .0305 ea   stk
PTL-0915-R2     120     44.10 ea   7 wk
SPR-C0630-302   8000    .0712 ea   3 wk

USD, FOB Toledo OH, 30 days.

Mike
Lakeshore Industrial
419-555-0148
"""), "parsed", "USD", "2026-07-05", "FOB",
       [line(1, 0.191, lead=28), line(2, 1.38, lead=14), line(3, 0.0305, lead=0), line(4, 44.10, lead=49),
        line(5, 0.0712, lead=21)],
       [])


# u162 chatty sales rep, prices inside paragraphs: "$0.189 apiece" (not last spring's $0.21, not the 10,000-piece
# $0.172 which does not apply to 5,000), "about four weeks" -> 28, "$1.37 a meter", "about three weeks" -> 21, screws
# "on the shelf" -> 0 at "$30.50 per thousand" -> 0.0305, the plate "sit that one out" -> declined, springs six weeks
# -> 42; "no die charge" is no note; "through the end of July" -> 2026-07-31; FOB Kokomo.
sample("u162-chatty-rep-paragraphs", S.msg("Jenna Whitfield <jwhitfield@hoosier-seal.example>", "text/plain", """Hi Nora!

Hope you had a great week - and thanks so much for thinking of us for NR-RFQ-0619. I went through everything with
our production folks this morning, so here's where we landed.

Starting with the EPDM gaskets (GSK-EPDM-80): we've run this exact profile for a couple of other AGV customers, so
the tooling is already on the shelf and there's no die charge. For your 5,000 pieces I can do $0.189 apiece, which
is a good bit under the $0.21 we quoted you last spring. If you ever bump that up to 10,000 we could go to $0.172.
Production is running about four weeks right now.

The shielded PUR cable (CBL-4C22-PUR) is one of our best sellers. $1.37 a meter for the 1,500 m, and we'd have it
out the door in about three weeks.

Good news on the M4 x 10 cap screws (SCR-M4X10-A2) - we have plenty on the shelf, so those can go right away at
$30.50 per thousand.

Honestly, the machined motor base plate (PLT-0915-R2) isn't our thing, so I'll have to sit that one out this time.

Last but not least, the 302 stainless springs (SPR-C0630-302): $0.0705 each for the 8,000, six weeks.

Everything is in US dollars, shipped FOB our plant in Kokomo, IN, and I can hold these prices through the end of
July. Let me know if you have any questions at all - happy to jump on a call!

Have a great weekend,
Jenna

Jenna Whitfield | Inside Sales
Hoosier Seal & Spring Co.
765-555-0119
"""), "partial", "USD", "2026-07-31", "FOB",
       [line(1, 0.189, lead=28), line(2, 1.37, lead=21), line(3, 0.0305, lead=0), nob(4), line(5, 0.0705, lead=42)],
       ["no-bid"])


# u163 simple HTML, one sentence per part with the part number and the price in <b>/<strong> inside the sentence;
# springs "$7.10 per 100" -> 0.071; "10 working days" -> 14; validity in US format 07/15/2026; FCA Columbus.
sample("u163-html-bold-prices-us-date", S.msg("Priya Raman <praman@scioto-supply.example>", "text/html", """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Nora,</p>
<p>Thank you for RFQ NR-RFQ-0619. Please see our pricing below, all in US dollars.</p>
<p>For the EPDM gasket <b>GSK-EPDM-80</b> we can offer <b>$0.1875 each</b> with a lead time of 4 weeks.</p>
<p>The PUR cable <b>CBL-4C22-PUR</b> is <b>$1.42 per meter</b>, delivery in 10 working days.</p>
<p>The cap screws <b>SCR-M4X10-A2</b> are <strong>$0.0297 each</strong> and in stock.</p>
<p>The motor base plate <b>PLT-0915-R2</b> comes to <b>$44.80 each</b>, 8 weeks after receipt of order.</p>
<p>The springs <b>SPR-C0630-302</b> are <b>$7.10 per 100</b>, 5 weeks.</p>
<p>Offer valid through 07/15/2026. Terms: FCA Columbus, OH (Incoterms 2020), net 30.</p>
<p>Kind regards,<br>Priya Raman<br>Scioto Industrial Supply<br>614-555-0177</p>
</body></html>"""), "parsed", "USD", "2026-07-15", "FCA",
       [line(1, 0.1875, lead=28), line(2, 1.42, lead=14), line(3, 0.0297, lead=0), line(4, 44.80, lead=56),
        line(5, 0.071, lead=35)],
       [])


# u164 two lines quoted under the vendor's own numbering "1)" and "2)" (these are RFQ lines 2 and 3 by part number),
# "The rest we will pass on" naming gaskets, plate and springs -> lines 1, 4, 5 declined; "cut to 1,500 m on one
# reel" is the requested quantity; valid 60 days -> 2026-08-04; Ex Works spelled out.
sample("u164-two-lines-pass-on-rest", S.msg("Rick Olander <rolander@greatwestern-wire.example>", "text/plain", """Nora,

We can help with two of the items on NR-RFQ-0619:

1) CBL-4C22-PUR, 4C/22 AWG shielded PUR cable - $1.39/m, cut to 1,500 m on one reel, 3 weeks ARO
2) SCR-M4X10-A2, M4x10 SHCS A2-70 - $0.0298 each, 20,000 pcs from stock

The rest we will pass on - gaskets, motor base plates and springs are not products we carry.

Prices in USD, Ex Works Grand Rapids, MI. Valid 60 days.

Thanks,
Rick Olander
Great Western Wire & Fastener
616-555-0102
"""), "partial", "USD", "2026-08-04", "EXW",
       [nob(1), line(2, 1.39, lead=21), line(3, 0.0298, lead=0), nob(4), nob(5)],
       ["no-bid"])


# u165 price list without lead times, then one sentence per line naming the item by description: gaskets 5 weeks ->
# 35, cable "on the shelf" -> 0, screws 15 working days -> 21, plates 9-10 weeks -> 70, springs 8 weeks -> 56 (after
# their need-by Jul 27); valid until 30 June 2026 (not short: due Jun 12 + 14 = Jun 26); DAP Dayton.
sample("u165-lead-time-sentences", S.msg("Marcus Feld <mfeld@riverbend-mfg.example>", "text/plain", """Hi Nora,

Our prices for NR-RFQ-0619, in US dollars:

GSK-EPDM-80      5,000 pcs    $0.1865 ea
CBL-4C22-PUR     1,500 m      $1.44 /m
SCR-M4X10-A2     20,000 pcs   $0.0301 ea
PLT-0915-R2      120 pcs      $45.75 ea
SPR-C0630-302    8,000 pcs    $0.0695 ea

On lead times: The gaskets ship 5 weeks after order. The cable is on the shelf and ships right away. The screws
need 15 working days, as we bring them in from our supplier. The base plates are 9-10 weeks, because the 6082 plate
stock has to be ordered. The springs are currently running 8 weeks.

Pricing valid until 30 June 2026, DAP Dayton, OH (Incoterms 2020).

Regards,
Marcus Feld
Riverbend Manufacturing Supply
513-555-0160
"""), "parsed", "USD", "2026-06-30", "DAP",
       [line(1, 0.1865, lead=35), line(2, 1.44, lead=0), line(3, 0.0301, lead=21), line(4, 45.75, lead=70),
        line(5, 0.0695, lead=56)],
       ["lead-time-after-need-by"])


# u166 German spring and gasket maker answering in English, EUR against the USD RFQ, decimal commas and thousands
# dots ("5.000 pcs", "0,168 EUR/pc", "26,40 EUR/1000" -> 0.0264); cable and plate "no quote"; springs MOQ 10.000 above
# the 8,000 asked (price quoted, quantity not changed); valid until 31 July 2026; FCA Aalen.
sample("u166-eur-decimal-comma-moq", S.msg("Sabine Kroll <s.kroll@ostalb-federn.example>", "text/plain", """Dear Ms Reyes,

thank you for your enquiry NR-RFQ-0619. Please note that we quote in EUR only.

Pos  Part number      Description                      Qty          Price            Delivery
1    GSK-EPDM-80      Gasket EPDM 70, 80x62x3          5.000 pcs    0,168 EUR/pc     6 weeks
2    CBL-4C22-PUR     Cable 4x22 AWG PUR               -            no quote         -
3    SCR-M4X10-A2     ISO 4762 M4x10 A2-70             20.000 pcs   26,40 EUR/1000   2 weeks
4    PLT-0915-R2      Motor base plate                 -            no quote         -
5    SPR-C0630-302    Compression spring 0,6x6,3x30    8.000 pcs    0,0612 EUR/pc    4 weeks

Minimum order quantity for the spring: 10.000 pcs.

Delivery terms: FCA Aalen (Incoterms 2020). Payment: 30 days net.
This offer is valid until 31 July 2026.

Kind regards
Sabine Kroll
Ostalb Federn & Dichtungen GmbH
Tel. +49 7361 555 0144
"""), "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 0.168, "EUR", lead=42), nob(2), line(3, 0.0264, "EUR", lead=14), nob(4),
        line(5, 0.0612, "EUR", lead=28, moq=10000)],
       ["currency-differs", "moq-above-quantity", "no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================

# u167 quantities restated in the vendor's units: resin "100 bags" priced "$81.50 per 25 kg bag" -> 3.26/kg (100 x 25
# = 2,500 kg, as asked), hose "4 reels x 200 m" (= 800 m, as asked); items named by description with the part number
# in parentheses; sheet and seal kit never mentioned -> missing; valid 30 days -> 2026-07-12; FOB Gary.
blind("u167-bags-and-reels-restated", H.msg("Dale Prentiss <dprentiss@calumet-industrial.example>", "text/plain", """Hi Lena,

Here is what we can offer on HM-RFQ-2611 (prices in USD):

PA66 GF30 black (RES-PA66-GF30): 100 bags, $81.50 per 25 kg bag, 3 weeks
Bearings 6205-2RS C3 (BRG 6205-2RS): 400 pcs, $3.29 each, stock
O-rings 12 x 2 NBR 70 (OR-0120-NBR70): 50,000 pcs, $0.0196 each, 2 weeks
2SN hose DN12 (HSE-2SN-08): 4 reels x 200 m, $4.38 per metre, 4 weeks

Quote valid 30 days, FOB Gary, IN.

Dale Prentiss
Calumet Industrial Supply
219-555-0133
"""), "partial", "USD", "2026-07-12", "FOB",
      [line(1, 3.26, lead=21), line(3, 3.29, lead=0), line(4, 0.0196, lead=14), line(5, 4.38, lead=28)],
      ["missing-line"])


# u168 simple HTML table with a Remarks column that is empty in every row (<td></td> / &nbsp;); O-rings "20.30 / 1000"
# -> 0.0203, resin "3.24 / kg", kit "41.75 / set"; all six priced; valid until July 17, 2026; FCA Milwaukee.
U168_ROWS = [
    ("1", "RES-PA66-GF30", "PA66 GF30 resin, black, 25 kg bags", "2,500", "KG", "3.24 / kg", "4 weeks"),
    ("2", "SHT-5052H32-030", "Sheet 5052-H32 3.0 x 1250 x 2500", "90", "EA", "141.60", "5 weeks"),
    ("3", "BRG 6205-2RS", "Ball bearing 6205-2RS C3", "400", "EA", "3.18", "Stock"),
    ("4", "OR-0120-NBR70", "O-ring 12 x 2 NBR 70", "50,000", "EA", "20.30 / 1000", "2 weeks"),
    ("5", "HSE-2SN-08", "Hydraulic hose 2SN DN12", "800", "M", "4.29 / m", "3 weeks"),
    ("6", "KIT-PX200-SEAL", "Seal kit PX-200", "150", "SET", "41.75 / set", "8 weeks"),
]
U168_TRS = "\n".join(
    "<tr>" + "".join(f"<td>{c}</td>" for c in r) + ("<td></td>" if i % 2 else "<td>&nbsp;</td>") + "</tr>"
    for i, r in enumerate(U168_ROWS))
blind("u168-html-table-empty-remarks", H.msg("Renee Solberg <rsolberg@lakefront-supply.example>", "text/html", f"""<html><body>
<p>Hi Lena,</p>
<p>Please find our quotation for HM-RFQ-2611 below.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Line</th><th>Part No.</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit Price (USD)</th><th>Lead Time</th><th>Remarks</th></tr>
{U168_TRS}
</table>
<p>Quotation valid until July 17, 2026. FCA Milwaukee, WI (Incoterms 2020). Payment terms net 30 days.</p>
<p>Best regards,<br>Renee Solberg<br>Lakefront Supply Co.<br>414-555-0129</p>
</body></html>"""), "parsed", "USD", "2026-07-17", "FCA",
      [line(1, 3.24, lead=28), line(2, 141.60, lead=35), line(3, 3.18, lead=0), line(4, 0.0203, lead=14),
       line(5, 4.29, lead=21), line(6, 41.75, lead=56)],
      [])


# u169 a bearing and seal house with ordinary break ladders: bearings 400 -> the "250+" tier $3.31, O-rings 50,000 ->
# the "50,000+" tier $0.0189; seal kit $44.60 with a minimum order of 250 kits (above the 150 asked; quantity stays
# null); resin, sheet and hose declined; valid through August 14, 2026; FOB Cleveland.
blind("u169-break-ladders-kit-moq", H.msg("Gordon Pike <gpike@erie-bearing.example>", "text/plain", """Lena,

Thanks for including us on HM-RFQ-2611. Our pricing (USD) on the items we handle:

BRG 6205-2RS  -  6205-2RS C3, SKF
    100+      $3.48 ea
    250+      $3.31 ea
    500+      $3.12 ea
    Lead time: stock

OR-0120-NBR70  -  O-ring 12 x 2, NBR 70
    10,000+   $0.0238 ea
    25,000+   $0.0211 ea
    50,000+   $0.0189 ea
    100,000+  $0.0172 ea
    Lead time: 2 weeks

KIT-PX200-SEAL  -  assembled, bagged and labelled to your spec
    $44.60 per kit, minimum order 250 kits
    Lead time: 7 weeks

We do not supply resin, aluminum sheet or hydraulic hose, so no quote on RES-PA66-GF30, SHT-5052H32-030 and
HSE-2SN-08.

Prices valid through August 14, 2026. FOB Cleveland, OH.

Gordon Pike
Erie Bearing & Seal
216-555-0190
"""), "partial", "USD", "2026-08-14", "FOB",
      [nob(1), nob(2), line(3, 3.31, lead=0), line(4, 0.0189, lead=14), nob(5), line(6, 44.60, lead=49, moq=250)],
      ["moq-above-quantity", "no-bid"])


# u170 all six quoted, then a P.S. correcting the sheet price ("$148.20 should read $142.80") -> 142.80; "valid for 2
# weeks" -> 2026-06-26, short (due Jun 19 + 14 = Jul 3); EXW Rockford.
blind("u170-ps-price-correction", H.msg("Trish Nakamura <tnakamura@rockriver-dist.example>", "text/plain", """Lena,

Quote for HM-RFQ-2611, all prices USD:

RES-PA66-GF30     2,500 kg     $3.19 / kg       3 wks
SHT-5052H32-030   90 ea        $148.20 ea       6 wks
BRG 6205-2RS      400 ea       $3.22 ea         stock
OR-0120-NBR70     50,000 ea    $0.0209 ea       1 wk
HSE-2SN-08        800 m        $4.27 / m        2 wks
KIT-PX200-SEAL    150 sets     $39.90 / set     5 wks

EXW Rockford, IL. Valid for 2 weeks due to aluminum pricing.

Trish Nakamura
Rock River Distribution
815-555-0152

P.S. Sorry, typo in the sheet line: $148.20 should read $142.80 per sheet.
"""), "parsed", "USD", "2026-06-26", "EXW",
      [line(1, 3.19, lead=21), line(2, 142.80, lead=42), line(3, 3.22, lead=0), line(4, 0.0209, lead=7),
       line(5, 4.27, lead=14), line(6, 39.90, lead=35)],
      ["validity-short"])


# u171 text table with the Amount column BEFORE the Unit price column; resin rounded up to full pallets of 1,000 kg ->
# quantity 3,000 (Amount 9,630.00 = 3,000 x 3.21); "O-rings packed in bags of 1,000" is a packing remark; valid until
# 15 July 2026; FCA Aurora.
U171_ROWS = [
    ("1", "RES-PA66-GF30", 3000, "kg", 3.21, "3 wks"),
    ("2", "SHT-5052H32-030", 90, "ea", 140.90, "5 wks"),
    ("3", "BRG 6205-2RS", 400, "ea", 3.27, "stock"),
    ("4", "OR-0120-NBR70", 50000, "ea", 0.0201, "stock"),
    ("5", "HSE-2SN-08", 800, "m", 4.30, "3 wks"),
    ("6", "KIT-PX200-SEAL", 150, "set", 41.20, "6 wks"),
]
U171_TABLE = "\n".join(
    f"{i:<6}{pn:<18}{f'{q:,} {u}':<13}{q * p:>12,.2f}{(f'{p:.4f}' if p < 1 else f'{p:.2f}'):>18}    {lt}"
    for i, pn, q, u, p, lt in U171_ROWS)
U171_HEAD = f"{'Item':<6}{'Part No':<18}{'Qty':<13}{'Amount USD':>12}{'Unit price USD':>18}    Delivery"
blind("u171-amount-before-unit-price", H.msg("Victor Lindgren <vlindgren@foxvalley-supply.example>", "text/plain", f"""Hello Lena,

Our quotation FV-26-0712 for HM-RFQ-2611:

{U171_HEAD}
{U171_TABLE}

Resin is sold by the full pallet of 1,000 kg (40 bags), so we have quoted 3 pallets = 3,000 kg.
O-rings are packed in bags of 1,000.

Valid until 15 July 2026. FCA Aurora, IL (Incoterms 2020).

Regards,
Victor Lindgren
Fox Valley Industrial Supply
630-555-0171
"""), "parsed", "USD", "2026-07-15", "FCA",
      [line(1, 3.21, qty=3000, lead=21), line(2, 140.90, lead=35), line(3, 3.27, lead=0), line(4, 0.0201, lead=0),
       line(5, 4.30, lead=21), line(6, 41.20, lead=42)],
      ["quantity-differs"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================

# u172 Austrian pneumatics trader: "Incoterms: FCA (our warehouse, Linz)", decimal commas, the fitting priced per pack
# unit "EUR 41,20 per VE (10 pcs)" -> 4.12, ex stock; the Festo cylinder as asked "3-4 weeks" -> 28; items 1, 2 and 5
# explicitly not in range; "valid until 31.07.2026".
blind2("u172-fca-linz-pack-of-ten", V.msg("Florian Aigner <f.aigner@donau-pneumatik.example>", "text/plain", """Dear Mr Albers,

thank you for your RFQ VM-RFQ-4418. We are pleased to offer:

Item 3  FIT-316-G12-10  Male connector G1/2 - 10 mm, 316L
        2.000 pcs, EUR 41,20 per VE (10 pcs), ex stock

Item 4  DSBC-32-80-PPVA-N3  Festo ISO cylinder 32/80
        120 pcs, EUR 69,80 per piece, 3-4 weeks

Items 1, 2 and 5 (shaft, housing, bracket set) are not in our range, sorry.

Incoterms: FCA (our warehouse, Linz)
Payment: 30 days net
Offer valid until 31.07.2026

Best regards
Florian Aigner
Donau Pneumatik Handels GmbH
Tel. +43 732 555 0163
"""), "partial", "EUR", "2026-07-31", "FCA",
       [nob(1), nob(2), line(3, 4.12, "EUR", lead=0), line(4, 69.80, "EUR", lead=28), nob(5)],
       ["no-bid"])


# u173 machine shop quoting only its own work: shaft and housing; a one-off pattern charge EUR 2.850,00 for the housing
# (note); the purchased parts (lines 3-5) are never mentioned -> missing; housing "10-12 weeks including the pattern"
# -> 84; "valid for 6 weeks" -> 2026-07-27; DAP Bremen.
blind2("u173-machine-shop-pattern-charge", V.msg("Henrik Wessels <h.wessels@emsland-zerspanung.example>", "text/plain", """Hello Mr Albers,

for your RFQ VM-RFQ-4418 we offer the two machined parts:

SH-2231-C rev B, drive shaft 42CrMo4, 250 pcs
  EUR 38,60 per piece, delivery 7 weeks

HSG-1180-GJL, gearbox housing EN-GJL-250 machined and primed, 25 pcs
  EUR 412,00 per piece, delivery 10-12 weeks including the pattern
  one-off pattern cost EUR 2.850,00

Prices in EUR, DAP Bremen. This offer is valid for 6 weeks.

Mit freundlichen Gruessen / Best regards
Henrik Wessels
Emsland Zerspanung GmbH & Co. KG
Tel. +49 5931 555 0117
"""), "partial", "EUR", "2026-07-27", "DAP",
       [line(1, 38.60, "EUR", lead=49), line(2, 412.00, "EUR", lead=84)],
       ["missing-line", "note"])


# u174 one-stop supplier quoting all five in simple HTML (<br> lines, euro sign before the number, decimal commas); the
# cylinder replaced by its own "AT-ISO-32-80-DA" (alternate); the bracket set EUR 27,50 below 100 sets and EUR 24,80
# from 100 sets -> 24.80 for 150; "valid 4 weeks" -> 2026-07-13 (not short: Jun 26 + 14 = Jul 10); EXW Osnabrueck.
blind2("u174-own-cylinder-set-break", V.msg("Miriam Hoelscher <m.hoelscher@hasetal-technik.example>", "text/html", """<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Mr Albers,</p>
<p>many thanks for RFQ VM-RFQ-4418. Our prices in EUR:</p>
<p>1. SH-2231-C rev B drive shaft &ndash; &euro; 36,90 per piece &ndash; 8 weeks<br>
2. HSG-1180-GJL gearbox housing &ndash; &euro; 398,00 per piece &ndash; 14 weeks<br>
3. FIT-316-G12-10 male connector &ndash; &euro; 3,95 per piece &ndash; 2 weeks<br>
4. Instead of the Festo DSBC-32-80-PPVA-N3 we offer our AirTec cylinder AT-ISO-32-80-DA (ISO 15552, 32/80,
adjustable cushioning, same mounting dimensions) &ndash; &euro; 58,40 per piece &ndash; 3 weeks<br>
5. 2231-004-03 sensor bracket set &ndash; &euro; 27,50 per set below 100 sets, &euro; 24,80 per set from 100 sets &ndash; 5 weeks</p>
<p>Delivery terms EXW Osnabr&uuml;ck (Incoterms 2020). The offer is valid 4 weeks.</p>
<p>Kind regards<br>Miriam H&ouml;lscher<br>Hasetal Technik GmbH<br>Tel. +49 541 555 0138</p>
</body></html>"""), "parsed", "EUR", "2026-07-13", "EXW",
       [line(1, 36.90, "EUR", lead=56), line(2, 398.00, "EUR", lead=98), line(3, 3.95, "EUR", lead=14),
        line(4, 58.40, "EUR", lead=21, alt="AT-ISO-32-80-DA"), line(5, 24.80, "EUR", lead=35)],
       ["alternate-part"])


# u175 US machine shop quoting US dollars ("$", "US dollars") against the EUR RFQ: shaft and bracket set priced, lead
# times in business days (35 -> 49, 20 -> 28); housing, fitting and cylinder declined; valid 90 days -> 2026-09-13;
# FCA Charlotte.
blind2("u175-us-shop-usd-business-days", V.msg("Wade Carrington <wcarrington@piedmont-machine.example>", "text/plain", """Jonas,

Thanks for sending VM-RFQ-4418 our way. Pricing is in US dollars:

- SH-2231-C rev B drive shaft, 250 pcs: $44.75 each, 35 business days
- 2231-004-03 sensor bracket set, 150 sets: $29.60 per set, 20 business days

We don't do castings, so no quote on the HSG-1180-GJL housing, and we don't resell purchased components, so no quote
on the FIT-316-G12-10 connector or the DSBC-32-80-PPVA-N3 cylinder either.

Quote valid for 90 days. FCA Charlotte, NC (Incoterms 2020).

Wade Carrington
Piedmont Precision Machine
704-555-0186
"""), "partial", "USD", "2026-09-13", "FCA",
       [line(1, 44.75, "USD", lead=49), nob(2), nob(3), nob(4), line(5, 29.60, "USD", lead=28)],
       ["currency-differs", "no-bid"])


# u176 multipart/alternative with a simple HTML table: all five quoted in EUR, the bracket set written as "left 11,90 +
# right 11,90 = 23,80 per set"; the Festo cylinder as asked; "valid until 3 July 2026" (short); DAP Bremen.
U176_ROWS = [
    ("1", "SH-2231-C rev B", "250", "39,40 EUR", "9 weeks"),
    ("2", "HSG-1180-GJL", "25", "405,00 EUR", "12 weeks"),
    ("3", "FIT-316-G12-10", "2.000", "3,78 EUR", "ex stock"),
    ("4", "DSBC-32-80-PPVA-N3 (Festo)", "120", "67,20 EUR", "2 weeks"),
    ("5", "2231-004-03", "150 sets", "left 11,90 + right 11,90 = 23,80 EUR per set (screws included)", "6 weeks"),
]
U176_HEAD = ("Pos", "Part number", "Qty", "Unit price", "Delivery")
U176_HTML = ("<html><body><p>Dear Mr Albers,</p><p>please find our offer for VM-RFQ-4418:</p>\n"
             '<table border="1" cellpadding="3" cellspacing="0">\n<tr>' + "".join(f"<th>{h}</th>" for h in U176_HEAD)
             + "</tr>\n" + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U176_ROWS)
             + "\n</table>\n<p>Prices in EUR, DAP Bremen (Incoterms 2020). Offer valid until 3 July 2026.</p>\n"
               "<p>Best regards<br>Jan Terhorst<br>Weser Komponenten GmbH<br>Tel. +49 421 555 0195</p></body></html>")
U176_TEXT = ("Dear Mr Albers,\n\nplease find our offer for VM-RFQ-4418:\n\n"
             + "\n".join(" | ".join(r) for r in [U176_HEAD] + U176_ROWS)
             + "\n\nPrices in EUR, DAP Bremen (Incoterms 2020). Offer valid until 3 July 2026.\n\n"
               "Best regards\nJan Terhorst\nWeser Komponenten GmbH\nTel. +49 421 555 0195\n")
blind2("u176-html-set-from-pieces-short", V.alternative("Jan Terhorst <j.terhorst@weser-komponenten.example>", U176_TEXT,
                                                        U176_HTML, "=_u176_alt_4418"),
       "parsed", "EUR", "2026-07-03", "DAP",
       [line(1, 39.40, "EUR", lead=63), line(2, 405.00, "EUR", lead=84), line(3, 3.78, "EUR", lead=0),
        line(4, 67.20, "EUR", lead=14), line(5, 23.80, "EUR", lead=42)],
       ["validity-short"])


if __name__ == "__main__":
    ROUND.write()

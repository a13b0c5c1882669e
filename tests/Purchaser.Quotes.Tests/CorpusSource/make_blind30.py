#!/usr/bin/env python3
"""Writes replies u465..u480 (Corpus/u*.eml + expected u*.json) - the thirtieth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the twenty-nine earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is UNITS OF MEASURE THAT DIFFER FROM THE RFQ'S: US vendors pricing the metre cable per
foot ("$0.4572 per ft", 1 ft = 0.3048 m exactly), per 1,000 ft with the quantity restated in feet and rounded up to the
vendor's 25 ft cut increment ("we will ship 4,925 ft" = 1,501.14 m), in an XLSX whose "Price UOM" column says FT / C /
M / EA (a per-foot price whose per-metre value does not terminate), and a vendor who asks whether "1,500 M" means
metres or thousand feet (a question, no quote); "per m" for the cable next to "per M" (thousand) for counted parts;
screws per box of 100, die-cut gaskets per roll of 500, springs per dozen sold in full dozens (8,004 pcs); resin per lb
with a tier ladder counted in POUNDS (2,500 kg = 5,511.6 lb falls in the 5,000 lb tier; 1 lb = 0.45359237 kg exactly);
aluminium sheet per kg with the stated theoretical sheet weight; hydraulic hose per 1,000 ft spool in full spools (3,000
ft = 914.4 m); a CSV that echoes the RFQ's unit codes, so "Per M" is per metre on the hose line and per thousand on the
O-ring line; bearings per pair and O-rings per bag of 250 in Canadian dollars; a bracket set priced per bracket (a set
is two brackets), a set "of two brackets" priced per set with the quantity restated in brackets and fittings per bag of
10 in GBP; a grey-iron housing priced per kg of finished weight by a foundry; fittings "per C" and an inch-bore NFPA
cylinder offered instead of the ISO one, in USD; and an inch-only distributor declining the whole metric RFQ.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import datetime
import io

from make_corpus import line, nob, xlsx  # expected-line shapes, one-sheet workbook writer
from blind_round import Round, close, plus, days  # the round's cases, checked and written; date and amount helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

ROUND = Round(465)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

FT = 0.3048  # metres per foot (exact)
LB = 0.45359237  # kilograms per pound (exact)


def classify(kind):
    """Sets the optional classification field on the case just added."""
    ROUND.cases[-1][2].update({"classification": kind, "reasonContains": kind})


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u465 a Texas wire and fastener house, plain text. Cable "$0.4572 per ft" on the metre line -> 0.4572 / 0.3048 m per ft =
# 1.50 per m (exact: 0.3048 x 1.5 = 0.4572); "1,500 m (4,921 ft), cut from our 5,000 ft master reels" is the requested
# length restated in feet (1,500 / 0.3048 = 4,921.3 ft; the master reel is stock, not the quantity) -> null; "Ships 3-5
# business days ARO" -> upper bound 5 x 7/5 = 7 (Jun 12, before Jul 20). Screws "$3.12 per box of 100", "20,000 pcs =
# 200 boxes of 100" -> 3.12 / 100 = 0.0312, as asked -> null, "In stock" -> 0. "Gaskets, base plates and springs: no
# quote" -> lines 1, 4, 5 declined. "Prices firm through June 30, 2026" -> 2026-06-30 (not short: Jun 30 >= Jun 26);
# "FOB Fort Worth, TX" -> FOB. Partial, no-bid.
assert close(0.4572 / FT, 1.5) and round(1500 / FT) == 4921 and close(3.12 / 100, 0.0312) and plus("2026-06-05", 7) == "2026-06-12"
sample("u465-cable-per-foot-screws-box-of-100", S.msg("Travis Beaumont <tbeaumont@lonestar-wire.example>", "text/plain", """Nora,

Thanks for thinking of us on NR-RFQ-0619. We're a wire & cable and fastener house, so here is what we can do (USD):

CBL-4C22-PUR  4 x 22 AWG shielded, PUR jacket, black
    Qty: 1,500 m (4,921 ft), cut from our 5,000 ft master reels
    Price: $0.4572 per ft
    Ships 3-5 business days ARO

SCR-M4X10-A2  SHCS M4 x 10, A2-70 stainless
    Qty: 20,000 pcs = 200 boxes of 100
    Price: $3.12 per box of 100
    In stock

Gaskets, base plates and springs: no quote - not products we carry.

Prices firm through June 30, 2026. FOB Fort Worth, TX.

Regards,
Travis Beaumont
Lone Star Wire & Fastener
817-555-0146
"""),
       "partial", "USD", "2026-06-30", "FOB",
       [nob(1), line(2, 1.5, lead=7), line(3, 0.0312, lead=0), nob(4), nob(5)],
       ["no-bid"])


# u466 HTML only (quoted-printable) from a cable specialist that prices per 1,000 ft: "$426.72" with "Per: 1,000 ft" ->
# 426.72 / 1,000 = 0.42672 per ft / 0.3048 = 1.40 per m (exact: 304.8 x 1.40 = 426.72). The quantity is restated in the
# vendor's unit and rounded up: "Your 1,500 m is 4,921.3 ft; we cut in 25 ft increments, so we will ship 4,925 ft" ->
# 4,925 x 0.3048 = 1,501.14 m, not the 1,500 asked -> quantity 1501.14 (quantity-differs). 2 weeks -> 14 (Jun 19,
# before Jul 20). "A cutting charge of $35.00 applies per order" -> a one-off charge: note. Only the cable is quoted and
# nothing is said about the other four lines -> missing-line. "Quote valid 30 days" from Fri 5 Jun -> 2026-07-05 (not
# short); "FCA Lancaster, PA" -> FCA. Partial.
assert close(426.72 / 1000 / FT, 1.40) and close(4925 * FT, 1501.14) and 4925 % 25 == 0 and 4900 < 1500 / FT < 4925
assert plus("2026-06-05", 30) == "2026-07-05"
U466_ROWS = [("Part No.", "Description", "Requested", "We ship", "Price (USD)", "Per", "Lead time"),
             ("CBL-4C22-PUR", "Cable 4 x 22 AWG shielded, PUR jacket, black", "1,500 m", "4,925 ft", "$426.72", "1,000 ft",
              "2 weeks")]
sample("u466-html-per-1000-ft-ships-4925-ft", S.msg("Rebecca Stoltzfus <rstoltzfus@conestoga-cable.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Hi Nora,</p>
<p>Thank you for RFQ NR-RFQ-0619. Below is our quote for the cable. We stock this cable by the foot on 1,000 ft spools
and price it per 1,000 ft. Your 1,500 m is 4,921.3 ft; we cut in 25 ft increments, so we will ship 4,925 ft.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#999999">
""" + "\n".join("<tr>" + "".join((f"<th style=\"background:#E7E6E6\">{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r) + "</tr>"
                for i, r in enumerate(U466_ROWS)) + """
</table>
<p>A cutting charge of $35.00 applies per order.</p>
<p>Quote valid 30 days. FCA Lancaster, PA (Incoterms 2020).</p>
<p>Best regards,<br>Rebecca Stoltzfus<br>Inside Sales, Conestoga Cable Supply<br>717-555-0139</p>
</body></html>""", cte="quoted-printable"),
       "partial", "USD", "2026-07-05", "FCA",
       [line(2, 1.40, qty=1501.14, lead=14)],
       ["missing-line", "note", "quantity-differs"])


# u467 a typed table in which the cable is "per m" (lower case, per metre on the metre line) and three counted lines are
# "per M" (upper case, per thousand pieces). Gasket "$186.40 per M" -> 0.1864, 4 weeks -> 28 (Jul 3, before Aug 3).
# Cable "$1.42 per m" -> 1.42, 2 weeks -> 14 (Jun 19, before Jul 20). Screws "$30.60 per M" -> 0.0306, stock -> 0.
# Plate "$44.80 each", 7 weeks -> 49 (Jul 24, before Aug 17). Springs "$71.20 per M" -> 0.0712, 3 weeks -> 21 (Jun 26,
# before Jul 27). Quantities as asked -> null. "Quote good for 45 days" from Fri 5 Jun -> 2026-07-20 (not short);
# "CPT Dayton, OH" -> CPT. Every line priced -> parsed, no deviations.
assert close(186.40 / 1000, 0.1864) and close(30.60 / 1000, 0.0306) and close(71.20 / 1000, 0.0712)
assert plus("2026-06-05", 45) == "2026-07-20" and plus("2026-06-05", 49) == "2026-07-24"
sample("u467-per-m-cable-per-M-pieces", S.msg("Marcy Delgado <mdelgado@tristate-ind.example>", "text/plain", """Hi Nora,

Our pricing for NR-RFQ-0619, USD:

Part            Qty          Price            Lead time
GSK-EPDM-80     5,000 pc     $186.40 per M    4 weeks
CBL-4C22-PUR    1,500 m      $1.42 per m      2 weeks
SCR-M4X10-A2    20,000 pc    $30.60 per M     stock
PLT-0915-R2     120 pc       $44.80 each      7 weeks
SPR-C0630-302   8,000 pc     $71.20 per M     3 weeks

Quote good for 45 days, CPT Dayton, OH.

Thanks,
Marcy Delgado
Tri-State Industrial Distribution
"""),
       "parsed", "USD", "2026-07-20", "CPT",
       [line(1, 0.1864, lead=28), line(2, 1.42, lead=14), line(3, 0.0306, lead=0), line(4, 44.80, lead=49),
        line(5, 0.0712, lead=21)],
       [])


# u468 a gasket and spring house. Gaskets "supplied on rolls of 500 pcs, $94.50 per roll; your 5,000 pcs = 10 rolls" ->
# 94.50 / 500 = 0.189 each, as asked -> null, 5 weeks -> 35 (Jul 10, before Aug 3). Springs "$0.852 per dozen", "full
# dozens only, so 667 dozen = 8,004 pcs" (8,000 / 12 = 666.7 -> 667 x 12 = 8,004) -> 0.852 / 12 = 0.071 each,
# quantity 8004 (quantity-differs), 4 weeks -> 28 (Jul 3, before Jul 27). Plate "no bid" -> declined. Cable and screws
# never mentioned -> missing-line. "Quotation valid 14 days" from Fri 5 Jun -> 2026-06-19, earlier than Jun 26 ->
# validity-short. "EXW Elkhart, IN" -> EXW. Partial.
assert close(94.50 / 500, 0.189) and close(0.852 / 12, 0.071) and -(-8000 // 12) * 12 == 8004 and 10 * 500 == 5000
assert plus("2026-06-05", 14) == "2026-06-19" and plus("2026-06-05", 35) == "2026-07-10"
sample("u468-gaskets-per-roll-springs-per-dozen", S.msg("Janet Kowalczyk <jkowalczyk@hoosier-spring.example>", "text/plain", """Hello Nora,

Thank you for RFQ NR-RFQ-0619. Our quote in USD:

GSK-EPDM-80 - die-cut EPDM gaskets, kiss-cut on a liner and supplied on rolls of 500 pcs.
  $94.50 per roll; your 5,000 pcs = 10 rolls. Lead time 5 weeks.

SPR-C0630-302 - compression springs, 302 stainless.
  $0.852 per dozen. We sell in full dozens only, so 667 dozen = 8,004 pcs. Lead time 4 weeks.

PLT-0915-R2 - no bid, we do not machine.

Quotation valid 14 days. EXW Elkhart, IN.

Best regards,
Janet Kowalczyk
Hoosier Spring & Gasket Co.
"""),
       "partial", "USD", "2026-06-19", "EXW",
       [line(1, 0.189, lead=35), nob(4), line(5, 0.071, qty=8004, lead=28)],
       ["missing-line", "no-bid", "quantity-differs", "validity-short"])


# u469 an XLSX with separate "Qty UOM" and "Price UOM" columns and a UOM key (EA = each, FT = foot, C = 100,
# M = 1,000). Gasket 0.191 / EA, 28 days. Cable 4,922 FT at 0.43 / FT: the body says "4,922 ft = your 1,500 m"
# (4,921.3 ft rounded up to whole feet) -> the quantity asked -> null; 0.43 / 0.3048 = 1.4107611548... per m, a
# non-terminating quotient written to 6 places (1.410761, well inside the 0.0001 tolerance); 10 days -> 10 (Jun 15,
# before Jul 20). Screws 3.08 / C -> 0.0308, 0 days (stock). Plate 44.60 / EA, 77 days -> Jun 5 + 77 = Aug 21, AFTER
# the Aug 17 need-by -> lead-time-after-need-by. Springs 69.90 / M -> 0.0699, 21 days (Jun 26, before Jul 27). Body:
# "valid until July 31, 2026" (not short); "FOB Toledo, OH" -> FOB. Parsed.
assert close(0.43 / FT, 1.410761, 1e-6) and close(3.08 / 100, 0.0308) and close(69.90 / 1000, 0.0699)
assert plus("2026-06-05", 77) == "2026-08-21" and abs(4922 * FT - 1500) < 0.5
U469_XLSX = xlsx([
    ["Great Lakes Industrial Supply - Quotation GL-26-4471"], [""],
    ["Line", "Customer P/N", "Description", "Qty", "Qty UOM", "Unit Price (USD)", "Price UOM", "Lead Time (days)"],
    [1, "GSK-EPDM-80", "Gasket EPDM 80x62x3", 5000, "EA", 0.191, "EA", 28],
    [2, "CBL-4C22-PUR", "Cable 4x22 AWG shld PUR blk", 4922, "FT", 0.43, "FT", 10],
    [3, "SCR-M4X10-A2", "SHCS M4x10 A2-70", 20000, "EA", 3.08, "C", 0],
    [4, "PLT-0915-R2", "Motor base plate 6082-T6", 120, "EA", 44.6, "EA", 77],
    [5, "SPR-C0630-302", "Comp spring 302SS .6x6.3x30", 8000, "EA", 69.9, "M", 21],
    [""], ["UOM key: EA = each, FT = foot, C = per 100, M = per 1,000"],
])
sample("u469-xlsx-price-uom-ft-c-m", S.with_attachment("Doug Ferency <dferency@greatlakes-ind.example>", """Hi Nora,

Our quotation GL-26-4471 for NR-RFQ-0619 is attached. The cable quantity is shown in feet (4,922 ft = your 1,500 m).

Quote valid until July 31, 2026. FOB Toledo, OH.

Doug Ferency
Great Lakes Industrial Supply | 419-555-0158""", XLSX, "GL-26-4471.xlsx", U469_XLSX),
       "parsed", "USD", "2026-07-31", "FOB",
       [line(1, 0.191, lead=28), line(2, 1.410761, lead=10), line(3, 0.0308, lead=0), line(4, 44.60, lead=77),
        line(5, 0.0699, lead=21)],
       ["lead-time-after-need-by"])


# u470 a cable distributor asks, before quoting, whether "1,500 M" on the cable line means metres or thousand feet (its
# price book counts cable in MFT), and promises prices on all five lines once the buyer answers. No price, no decline ->
# unparseable, no lines, no deviation kinds; classification "question" as for u297.
sample("u470-question-metres-or-feet", S.msg("Glen Albright <galbright@keystone-wire.example>", "text/plain", """Hi Nora,

Before I price NR-RFQ-0619, one question on line 2: the CBL-4C22-PUR cable shows 1,500 M. Is that 1,500 metres,
or is the M a thousand, the way our price book counts cable in MFT (thousand feet)? We stock it by the foot on
1,000 ft reels and I don't want to convert the wrong way.

As soon as you confirm I'll send pricing on all five lines.

Thanks,
Glen Albright
Keystone Wire & Supply
"""),
       "unparseable", None, None, None, [], [])
classify("question")


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u471 a resin distributor pricing per lb with a tier ladder counted in POUNDS. "Your 2,500 kg = 5,512 lb (100 bags)" is
# the requested quantity restated (2,500 / 0.45359237 = 5,511.6 lb) -> null. 5,511.6 lb lies in the "5,000 - 19,999 lb"
# tier -> $1.64/lb -> 1.64 / 0.45359237 kg per lb = 3.6155810998... per kg (non-terminating; written to 6 places,
# 3.615581). "Can ship June 30" -> a date: Jun 30 - Jun 12 = 18 days (before Jul 20). Sheet, bearings, O-rings, hose
# and seal kits "no quote" -> declined. "valid through June 26, 2026" -> earlier than Jul 3 -> validity-short.
# "FOB Elgin, IL" -> FOB. Partial.
assert close(1.64 / LB, 3.615581, 1e-6) and 5000 <= 2500 / LB <= 19999 and round(2500 / LB) == 5512
assert days("2026-06-12", "2026-06-30") == 18
blind("u471-resin-per-lb-tiers-in-pounds", H.msg("Kevin Stroud <kstroud@heartland-resin.example>", "text/plain", """Lena,

Thanks for the RFQ. We're a resin distributor, so this is on RES-PA66-GF30 only - no quote on the sheet, bearings,
O-rings, hose or seal kits.

RES-PA66-GF30  PA66 30% glass filled, heat stabilized, black
Packed in 25 kg (55.1 lb) bags. Your 2,500 kg = 5,512 lb (100 bags).

   Quantity                Price
   1 - 4,999 lb            $1.72/lb
   5,000 - 19,999 lb       $1.64/lb
   20,000 lb and up        $1.55/lb

Can ship June 30 from our Elgin warehouse. FOB Elgin, IL.
Resin pricing is set weekly; this quote is valid through June 26, 2026.

Regards,
Kevin Stroud
Heartland Resin Supply | 847-555-0172
"""),
       "partial", "USD", "2026-06-26", "FOB",
       [line(1, 3.615581, lead=18), nob(2), nob(3), nob(4), nob(5), nob(6)],
       ["no-bid", "validity-short"])


# u472 a metals service centre, HTML only: sheet "$5.60 per kg" with "25.125 kg/sheet (2,261.25 kg)" (3.0 x 1250 x 2500
# mm of 5052 at 2.68 kg/dm3) and "invoiced at theoretical weight" -> 5.60 x 25.125 = 140.70 per sheet (the EA line);
# "90 sheets" as asked -> null; 3 weeks -> 21 (Jul 3, before Aug 10). Nothing said about the other five lines ->
# missing-line. "Quote valid 7 days" from Fri 12 Jun -> 2026-06-19, earlier than Jul 3 -> validity-short.
# "FCA Elk Grove Village, IL" -> FCA. Partial.
assert close(5.60 * 25.125, 140.70) and close(90 * 25.125, 2261.25) and plus("2026-06-12", 7) == "2026-06-19"
blind("u472-html-sheet-per-kg-stated-weight", H.msg("Angela Brandt <abrandt@prairie-metals.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Lena,</p>
<p>Our quote on the aluminium sheet from HM-RFQ-2611 (USD):</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#D9E1F2"><th>Item</th><th>Description</th><th>Qty</th><th>Weight</th><th>Price</th><th>Lead time</th></tr>
<tr><td>SHT-5052H32-030</td><td>5052-H32, 3.0 x 1250 x 2500 mm, PVC film one side</td><td>90 sheets</td><td>25.125 kg/sheet (2,261.25 kg)</td><td>$5.60 per kg</td><td>3 weeks</td></tr>
</table>
<p>Sheet is invoiced at theoretical weight. Quote valid 7 days - aluminium prices move weekly.<br>
FCA Elk Grove Village, IL (Incoterms 2020).</p>
<p>Angela Brandt<br>Prairie Metals Service Center<br>847-555-0164</p>
</body></html>""", cte="quoted-printable"),
       "partial", "USD", "2026-06-19", "FCA",
       [line(2, 140.70, lead=21)],
       ["missing-line", "validity-short"])


# u473 a hydraulics distributor: hose "$1,341.12 per 1,000 ft spool", "full spools only", "Your 800 m = 2,625 ft, so we
# quote 3 spools = 3,000 ft (914.4 m)" -> 1,341.12 / 1,000 / 0.3048 = 4.40 per m (exact: 304.8 x 4.40 = 1,341.12);
# quantity 3,000 x 0.3048 = 914.4 m (quantity-differs); "4-6 weeks" -> 42 (Jul 24, before Sep 1). O-rings "no quote"
# -> declined. Resin, sheet, bearings and kits never mentioned -> missing-line. "Quote valid 30 days" from Fri 12 Jun ->
# 2026-07-12 (not short); "FOB Tulsa, OK" -> FOB. Partial.
assert close(1341.12 / 1000 / FT, 4.40) and close(3000 * FT, 914.4) and round(800 / FT) == 2625 and 2000 < 800 / FT <= 3000
assert plus("2026-06-12", 42) == "2026-07-24" and plus("2026-06-12", 30) == "2026-07-12"
blind("u473-hose-per-1000-ft-spool-full-spools", H.msg("Dwayne Harlan <dharlan@redriver-hydraulics.example>", "text/plain", """Hi Lena,

Re HM-RFQ-2611 - the hydraulic hose:

HSE-2SN-08, EN 853 2SN, 1/2" (DN12), 275 bar
  Sold on 1,000 ft spools, full spools only.
  Price: $1,341.12 per 1,000 ft spool
  Your 800 m = 2,625 ft, so we quote 3 spools = 3,000 ft (914.4 m).
  Lead time 4-6 weeks.

We don't sell O-rings loose, sorry - no quote on OR-0120-NBR70.

Quote valid 30 days, FOB Tulsa, OK.

Dwayne Harlan
Red River Hydraulics
"""),
       "partial", "USD", "2026-07-12", "FOB",
       [nob(4), line(5, 4.40, qty=914.4, lead=42)],
       ["missing-line", "no-bid", "quantity-differs"])


# u474 a CSV exported from the vendor's ERP that echoes the RFQ's unit codes: "UoM" KG / EA / M / SET and a "Per" column
# with the unit the price is for. On the O-ring line (counted, EA) "Per M" is per thousand: 19.80 / 1,000 = 0.0198, stock
# -> 0. On the hose line (bought in metres, UoM M) "Per M" is per metre (the README: "per M" means per thousand only for
# counted units): 4.25 per m, 2 weeks -> 14 (Jun 26, before Sep 1). Bearing 3.38 per EA, 1 week -> 7. Seal kit 34.60 per
# SET, 5 weeks -> 35 (Jul 17, before Sep 21). Resin and sheet "No quote" in Remarks -> declined. Quantities are the RFQ's
# -> null. Body: "valid until July 24, 2026" (not short); "CPT Rockford, IL" -> CPT. Partial, no-bid.
assert close(19.80 / 1000, 0.0198) and plus("2026-06-12", 35) == "2026-07-17"
U474_ROWS = [["Line", "Part Number", "Description", "Qty", "UoM", "Price USD", "Per", "Lead Time", "Remarks"],
             [1, "RES-PA66-GF30", "PA66 GF30 resin black", 2500, "KG", "", "", "", "No quote"],
             [2, "SHT-5052H32-030", "Al sheet 5052-H32 3.0 x 1250 x 2500", 90, "EA", "", "", "", "No quote"],
             [3, "BRG 6205-2RS", "Ball bearing 6205-2RS C3", 400, "EA", "3.38", "EA", "1 week", ""],
             [4, "OR-0120-NBR70", "O-ring 12.0 x 2.0 NBR70 black", 50000, "EA", "19.80", "M", "Stock", ""],
             [5, "HSE-2SN-08", "Hose EN853 2SN DN12", 800, "M", "4.25", "M", "2 weeks", "Cut to length"],
             [6, "KIT-PX200-SEAL", "Seal kit PX-200", 150, "SET", "34.60", "SET", "5 weeks", ""]]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(U474_ROWS)
blind("u474-csv-per-M-on-metre-and-piece-lines", H.with_attachment("Ron Mikkelsen <rmikkelsen@rockriver-mro.example>", """Hi Lena,

Our quote Q-31877 for HM-RFQ-2611 is attached (CSV export from our system).
Valid until July 24, 2026. CPT Rockford, IL.

Regards,
Ron Mikkelsen
Rock River MRO Supply""", "text/csv", "Q-31877.csv", _buf.getvalue().encode("utf-8")),
       "partial", "USD", "2026-07-24", "CPT",
       [nob(1), nob(2), line(3, 3.38, lead=7), line(4, 0.0198, lead=0), line(5, 4.25, lead=14), line(6, 34.60, lead=35)],
       ["no-bid"])


# u475 a Canadian bearing and seal house, prices "in Canadian dollars (CAD)" with "$" -> CAD (currency-differs).
# Bearings "$6.58 per pair (packed 2 per box), 200 pairs for your 400 pcs" -> 6.58 / 2 = 3.29 each, as asked -> null,
# ex-stock -> 0. O-rings "$5.20 per bag of 250, 200 bags for your 50,000 pcs" -> 5.20 / 250 = 0.0208, as asked -> null,
# 3 weeks -> 21 (Jul 3, before Aug 17). Resin, sheet, hose and seal kits "no quote" -> declined. "valid until July 31,
# 2026" (not short); "FCA Mississauga, ON" -> FCA. Partial.
assert close(6.58 / 2, 3.29) and close(5.20 / 250, 0.0208) and 200 * 2 == 400 and 200 * 250 == 50000
blind("u475-cad-bearings-per-pair-orings-per-bag", H.msg("Priya Nandakumar <pnandakumar@mapleleaf-bearing.example>", "text/plain", """Hi Lena,

Thanks for HM-RFQ-2611. All prices below are in Canadian dollars (CAD).

BRG 6205-2RS (C3) - $6.58 per pair (packed 2 per box), 200 pairs for your 400 pcs - ex-stock
OR-0120-NBR70 - $5.20 per bag of 250, 200 bags for your 50,000 pcs - 3 weeks

Resin, sheet, hose and seal kits are not our line - no quote.

Prices valid until July 31, 2026. FCA Mississauga, ON.

Regards,
Priya Nandakumar
Maple Leaf Bearing & Seal Ltd.
"""),
       "partial", "CAD", "2026-07-31", "FCA",
       [nob(1), nob(2), line(3, 3.29, "CAD", lead=0), line(4, 0.0208, "CAD", lead=21), nob(5), nob(6)],
       ["currency-differs", "no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u476 an Austrian turning and sheet-metal shop in English with decimal commas. Shaft "EUR 36,80 per piece, delivery 9
# weeks" -> 36.80, 63 (Aug 17, before Aug 28). Bracket set priced PER BRACKET: "EUR 11,45. Each set is one left and one
# right bracket; the screws are included free of charge. 150 sets = 300 brackets." -> the RFQ's SET is two brackets:
# 2 x 11.45 = 22.90 per set; quantity as asked -> null; 7 weeks -> 49 (Aug 3, before Oct 9). "Pos. 2, 3 and 4: no
# quote" -> declined. "Offer valid until 31 July 2026" (not short); "EXW Wels" -> EXW. EUR. Partial, no-bid.
assert close(2 * 11.45, 22.90) and plus("2026-06-15", 63) == "2026-08-17" and plus("2026-06-15", 49) == "2026-08-03"
blind2("u476-bracket-priced-each-set-of-two", V.msg("Stefan Gruber <s.gruber@gruber-dreh-blech.example>", "text/plain", """Dear Mr Albers,

thank you for your enquiry VM-RFQ-4418. We can offer the turned part and the sheet-metal part:

Pos. 1  SH-2231-C rev B  drive shaft 30 h6 x 412
        EUR 36,80 per piece, delivery 9 weeks

Pos. 5  2231-004-03  sensor bracket set
        Our price is per bracket: EUR 11,45. Each set is one left and one right bracket;
        the screws are included free of charge. 150 sets = 300 brackets.
        Delivery 7 weeks.

Pos. 2, 3 and 4: no quote - we do not machine castings and do not trade catalogue parts.

Offer valid until 31 July 2026, EXW Wels (Incoterms 2020).

Kind regards
Stefan Gruber
Gruber Dreh- und Blechtechnik GmbH, Wels
"""),
       "partial", "EUR", "2026-07-31", "EXW",
       [line(1, 36.80, "EUR", lead=63), nob(2), nob(3), nob(4), line(5, 22.90, "EUR", lead=49)],
       ["no-bid"])


# u477 a UK distributor in pounds sterling ("prices in GBP", "£") -> GBP (currency-differs). Fitting "£38.20 per bag of
# 10 (200 bags = 2,000 pcs)" -> 3.82 each, as asked -> null, ex stock -> 0. Bracket set "£19.40 per set of two brackets
# (L + R) with screws, 150 sets (300 brackets)" -> the vendor's set is the RFQ's set: 19.40 per set, quantity restated in
# brackets = the 150 sets asked -> null; "5-6 weeks" -> 42 (Jul 27, before Oct 9). Shaft, housing and cylinder never
# mentioned -> missing-line. "Quotation valid 30 days" from Mon 15 Jun -> 2026-07-15 (not short); "FCA Birmingham" ->
# FCA. Partial.
assert close(38.20 / 10, 3.82) and plus("2026-06-15", 30) == "2026-07-15" and plus("2026-06-15", 42) == "2026-07-27"
blind2("u477-gbp-bag-of-10-set-of-two-brackets", V.msg("Oliver Hartley <o.hartley@midland-fluidfix.example>", "text/plain", """Hello Jonas,

Thanks for sending VM-RFQ-4418. We can quote the fitting and the bracket sets; prices in GBP.

FIT-316-G12-10  male connector G1/2 - 10 mm tube, 316
  £38.20 per bag of 10 (200 bags = 2,000 pcs), ex stock

2231-004-03  sensor bracket set
  £19.40 per set of two brackets (L + R) with screws, 150 sets (300 brackets), 5-6 weeks

Quotation valid 30 days. FCA Birmingham.

Regards,
Oliver Hartley
Midland Fluid & Fixings Ltd
"""),
       "partial", "GBP", "2026-07-15", "FCA",
       [line(3, 3.82, "GBP", lead=0), line(5, 19.40, "GBP", lead=42)],
       ["currency-differs", "missing-line"])


# u478 a German foundry, quoted-printable, pricing the machined housing PER KG of finished weight: "8,90 EUR/kg,
# abgerechnet nach Fertiggewicht; Fertiggewicht 136,0 kg je Gehäuse" -> 8.90 x 136.0 = 1,210.40 per housing (the EA
# line); "Menge: 25 Stück" as asked -> null; "16 Wochen" -> 112 -> Jun 15 + 112 = Oct 5, AFTER the Oct 2 need-by ->
# lead-time-after-need-by. "Einmalige Modellkosten: 3.200,00 EUR" (one-time pattern cost) -> note. "Die Positionen 1, 3,
# 4 und 5 bieten wir nicht an" -> declined. "Angebot gültig 4 Wochen" -> 28 days from Mon 15 Jun -> 2026-07-13 (not
# short: Jul 13 >= Jul 10); "EXW Chemnitz" -> EXW. EUR. Partial.
assert close(8.90 * 136.0, 1210.40) and plus("2026-06-15", 112) == "2026-10-05" and plus("2026-06-15", 28) == "2026-07-13"
blind2("u478-german-casting-per-kg-weight", V.msg("Katrin Seidel <k.seidel@erzgebirge-guss.example>", "text/plain", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage VM-RFQ-4418. Als Gießerei bieten wir Ihnen das Gehäuse an:

Pos. 2  HSG-1180-GJL  Getriebegehäuse EN-GJL-250, komplett bearbeitet, grundiert RAL 7035
        Menge: 25 Stück
        Preis: 8,90 EUR/kg, abgerechnet nach Fertiggewicht; Fertiggewicht 136,0 kg je Gehäuse
        Lieferzeit: 16 Wochen
        Einmalige Modellkosten: 3.200,00 EUR

Die Positionen 1, 3, 4 und 5 bieten wir nicht an.

Lieferbedingung: EXW Chemnitz (Incoterms 2020)
Angebot gültig 4 Wochen.

Mit freundlichen Grüßen
Katrin Seidel
Erzgebirgische Eisengießerei GmbH, Chemnitz
""", cte="quoted-printable", subject="AW: Anfrage VM-RFQ-4418"),
       "partial", "EUR", "2026-07-13", "EXW",
       [nob(1), line(2, 1210.40, "EUR", lead=112), nob(3), nob(4), nob(5)],
       ["lead-time-after-need-by", "no-bid", "note"])


# u479 a US fluid-power distributor in USD (currency-differs against the EUR RFQ). Fitting "$468.00/C (2,000 pcs = 20 C)"
# -> 468.00 / 100 = 4.68 USD each, as asked -> null, 2 weeks -> 14. Cylinder: "we do not carry ISO metric cylinders.
# Closest we offer is our NFPA cylinder PC-125-300-DA, 1-1/4" bore x 3" stroke" -> alternatePartNumber PC-125-300-DA
# (alternate-part), "$94.75 each, 3 weeks" -> 94.75, 21 (Jul 6, before Sep 11). Shaft, housing and bracket set never
# mentioned -> missing-line. "Valid for 30 days" from Mon 15 Jun -> 2026-07-15 (not short); "FCA Charlotte, NC" -> FCA.
# Partial.
assert close(468.00 / 100, 4.68) and plus("2026-06-15", 21) == "2026-07-06"
blind2("u479-usd-per-C-inch-cylinder-alternate", V.msg("Brandon Whitaker <bwhitaker@piedmont-fluidpower.example>", "text/plain", """Jonas,

Thanks for VM-RFQ-4418. We're a US fluid power distributor; prices in USD.

FIT-316-G12-10  male connector G1/2 x 10 mm tube, 316 SS
   $468.00/C (2,000 pcs = 20 C), 2 weeks

DSBC-32-80-PPVA-N3 - we do not carry ISO metric cylinders. Closest we offer is our NFPA cylinder
   PC-125-300-DA, 1-1/4" bore x 3" stroke (31.75 x 76.2 mm), adjustable cushions
   $94.75 each, 3 weeks

Valid for 30 days. FCA Charlotte, NC.

Brandon Whitaker
Piedmont Fluid Power
"""),
       "partial", "USD", "2026-07-15", "FCA",
       [line(3, 4.68, "USD", lead=14), line(4, 94.75, "USD", lead=21, alt="PC-125-300-DA")],
       ["alternate-part", "currency-differs", "missing-line"])


# u480 an inch-only distributor, HTML only: "everything on your list is metric, so we regret that we must decline to
# quote this one" -> every line declined: five noBid lines, currency / validUntil / incoterms null, status no-bid,
# kinds {no-bid}. The inch sizes named in the reason (1/2" NPT, 3/8" tube) are not prices.
blind2("u480-inch-only-full-no-bid", V.msg("Carla Jennings <cjennings@imperial-industrial.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello Jonas,</p>
<p>Thank you for RFQ VM-RFQ-4418. We are an inch-only distributor (1/2" NPT and SAE fittings on 3/8" tube, NFPA
cylinders, inch bar stock), and everything on your list is metric, so we regret that we must decline to quote this one.</p>
<p>Please keep us in mind for inch-size requirements.</p>
<p>Best regards,<br>Carla Jennings<br>Imperial Industrial Supply, Inc.<br>704-555-0181</p>
</body></html>"""),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5)], ["no-bid"])


if __name__ == "__main__":
    ROUND.write()

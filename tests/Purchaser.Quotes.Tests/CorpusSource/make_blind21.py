#!/usr/bin/env python3
"""Writes replies u321..u336 (Corpus/u*.eml + expected u*.json) - the twenty-first blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the twenty earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is VENDORS WHO RESHAPE THE REQUEST: sixteen replies whose vendors answer in their own
terms rather than the RFQ's. They quote in their own unit of sale (100 m rolls, boxes of 200 and of 10, bags of 250 and
of 1,000, 900 kg big bags, pallets of 20 sheets, 40 m coils, cartons of 8 kits, packs of 25, lots of 50 shafts, boxes
of 120, crates of 15 sheets, a bracket set priced as its two brackets plus screws), round the quantity up to whole
cartons, bags, pallets or boxes (quantity-differs) or not when the pack divides the quantity (null), split one line
into two deliveries (first lot on time, the second later - the later one is the lead time, also when it is past the
need-by date), offer a kit or package price for two lines whose per-line prices are still stated (the kit total is no
unit price), quote a higher quantity for a better price with the requested quantity's price given as a break (the
quoted quantity and its price count), ship part of a line from stock and the balance later (the balance's lead time
counts), and one reply numbers the lines in the vendor's own catalogue order while keeping the buyer's part numbers
(matched by part number, not by the vendor's item number).
Layouts: plain text tables and prose, multipart/alternative, HTML only, a CSV and an XLSX attachment, one German reply
in quoted-printable. The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, xlsx  # expected-line shapes, one-sheet workbook writer
from make_blind5 import file_part, multipart, text_part  # MIME parts for the XLSX reply
from blind_round import Round, close, plus, days  # the round's cases, checked and written; date and amount helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()
import datetime

ROUND = Round(321)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classify(kind):
    """Sets the optional classification field on the case just added (none of this round's replies needs it)."""
    ROUND.cases[-1][2].update({"classification": kind, "reasonContains": kind})


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u321 a distributor's text table with a "Sell unit" column: every line priced per the vendor's own unit of sale, and each
# pack divides the quantity asked, so no quantity changes. Gasket "$0.186 / each" -> 0.186, 4 wks -> 28 (Jun 5 + 28 =
# Jul 3, before Aug 3). Cable "roll of 100 m", 15 rolls, "$128.50 / roll" -> 128.50 / 100 = 1.285 per m (15 x 100 =
# 1,500 m, as asked -> null; 100 m rolls instead of the 305 m spools is a packing remark, no deviation), 2 wks -> 14
# (Jun 19, before Jul 20). Screws "box of 200", 100 boxes, "$6.30 / box" -> 6.30 / 200 = 0.0315 (100 x 200 = 20,000),
# stock -> 0. Springs "bag of 250", 32 bags, "$17.75 / bag" -> 17.75 / 250 = 0.071 (32 x 250 = 8,000), 3 wks -> 21
# (Jun 26, before Jul 27). Plate "no quote" -> declined. "USD" stated; "Prices good through July 17, 2026" -> 2026-07-17
# (not short); "FCA Harrisburg, PA" -> FCA. Partial, no-bid.
assert close(128.50 / 100, 1.285) and close(6.30 / 200, 0.0315) and close(17.75 / 250, 0.071)
assert 15 * 100 == 1500 and 100 * 200 == 20000 and 32 * 250 == 8000
assert plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 21) == "2026-06-26"
sample("u321-sell-units-rolls-boxes-bags", S.msg("Tom Brandauer <tbrandauer@susquehanna-supply.example>", "text/plain", """Hi Nora,

Here's our pricing on NR-RFQ-0619. We sell by our standard packs, so the price column is per sell unit -
the pack counts work out to exactly your quantities. All USD.

Part no.        Sell unit        Sell units   Price            Lead
GSK-EPDM-80     each             5,000        $0.186 / each    4 wks
CBL-4C22-PUR    roll of 100 m    15           $128.50 / roll   2 wks
SCR-M4X10-A2    box of 200       100          $6.30 / box      stock
SPR-C0630-302   bag of 250       32           $17.75 / bag     3 wks
PLT-0915-R2     -                -            no quote         -

Cable comes on 100 m rolls rather than 305 m spools - same cable, just our standard put-up.
Plates are machined parts, which we don't do.

FCA Harrisburg, PA. Prices good through July 17, 2026.

Tom Brandauer
Susquehanna Industrial Supply
717-555-0148
"""),
       "partial", "USD", "2026-07-17", "FCA",
       [line(1, 0.186, lead=28), line(2, 1.285, lead=14), line(3, 0.0315, lead=0), nob(4), line(5, 0.071, lead=21)],
       ["no-bid"])


# u322 multipart/alternative (text + HTML list): quantities rounded UP to full packs. Gasket "packed 1,200 per carton, full
# cartons only: 5 cartons = 6,000 pcs" (5,000 / 1,200 = 4.17 -> 5) -> quantity 6000 (quantity-differs); "$219.00 per
# carton" -> 219.00 / 1,200 = 0.1825; 5 weeks -> 35 (Jun 5 + 35 = Jul 10, before Aug 3). Springs "bags of 1,500 ...
# 6 bags = 9,000 pcs" (8,000 / 1,500 = 5.33 -> 6) -> quantity 9000; "$0.0690 each" -> 0.069; 4 weeks -> 28 (Jul 3,
# before Jul 27). Screws "$0.0305 each ... 40 boxes of 500 = exactly your 20,000" -> 0.0305, quantity as asked -> null;
# from stock -> 0. "Cable and base plates: no quote" -> lines 2 and 4 declined. "valid 45 days" from Fri 5 Jun ->
# 2026-07-20 (not short); "CPT Northridge" -> CPT. USD stated. Partial, no-bid and quantity-differs.
assert close(219.00 / 1200, 0.1825) and 5 * 1200 == 6000 and 6 * 1500 == 9000 and 40 * 500 == 20000
assert plus("2026-06-05", 45) == "2026-07-20" and plus("2026-06-05", 35) == "2026-07-10"
U322_TEXT = """Hello Nora,

Thanks for NR-RFQ-0619. Prices in USD, rounded up to our full packs where needed:

* GSK-EPDM-80 gasket: packed 1,200 per carton, full cartons only: 5 cartons = 6,000 pcs.
  $219.00 per carton. Lead time 5 weeks.
* SCR-M4X10-A2 screws: $0.0305 each, boxed 500 per box - 40 boxes of 500 = exactly your 20,000. From stock.
* SPR-C0630-302 springs: bags of 1,500, so we quote 6 bags = 9,000 pcs. $0.0690 each. Lead time 4 weeks.

Cable and base plates: no quote.

CPT Northridge. This quotation is valid 45 days.

Best regards,
Michelle Ortega
Three Rivers Fastener Co.
"""
U322_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Hello Nora,</p>
<p>Thanks for NR-RFQ-0619. Prices in USD, rounded up to our full packs where needed:</p>
<ul>
<li><b>GSK-EPDM-80</b> gasket: packed 1,200 per carton, full cartons only: 5 cartons = 6,000 pcs.<br>
$219.00 per carton. Lead time 5 weeks.</li>
<li><b>SCR-M4X10-A2</b> screws: $0.0305 each, boxed 500 per box - 40 boxes of 500 = exactly your 20,000. From stock.</li>
<li><b>SPR-C0630-302</b> springs: bags of 1,500, so we quote 6 bags = 9,000 pcs. $0.0690 each. Lead time 4 weeks.</li>
</ul>
<p>Cable and base plates: no quote.</p>
<p>CPT Northridge. This quotation is valid 45 days.</p>
<p>Best regards,<br>Michelle Ortega<br>Three Rivers Fastener Co.</p>
</body></html>"""
sample("u322-rounded-up-to-cartons-and-bags", S.alternative("Michelle Ortega <mortega@three-rivers-fastener.example>",
                                                            U322_TEXT, U322_HTML),
       "partial", "USD", "2026-07-20", "CPT",
       [line(1, 0.1825, qty=6000, lead=35), nob(2), line(3, 0.0305, lead=0), nob(4), line(5, 0.069, qty=9000, lead=28)],
       ["no-bid", "quantity-differs"])


# u323 prose with delivery schedules: two lines split into two deliveries, the whole quantity as asked (null). Plate
# "$43.60 each ... 60 pcs on July 10 and the other 60 on July 24" -> the later lot counts: Jun 5 -> Jul 24 = 49 days
# (before Aug 17). Springs "$0.0702 each ... 4,000 in 3 weeks, the second 4,000 in 8 weeks" -> 56 (Jun 5 + 56 = Jul 31,
# AFTER the Jul 27 need-by although the first lot is on time -> lead-time-after-need-by). Gasket "$0.179 each, one
# shipment in 4 weeks" -> 0.179, 28. Screws "$0.0301 each, all 20,000 from stock" -> 0.0301, 0. "Cable: no bid" ->
# declined. "Quote good until 7/31/2026" -> 2026-07-31 (not short); "FOB Lancaster, PA" -> FOB. USD. Partial,
# lead-time-after-need-by and no-bid.
assert days("2026-06-05", "2026-07-24") == 49 and plus("2026-06-05", 56) == "2026-07-31"
sample("u323-split-deliveries-second-lot-late", S.msg("Hank Zimmerman <hzimmerman@conestoga-mfg.example>", "text/plain", """Nora,

Thanks for the RFQ. Our pricing (USD) and how we'd ship it:

The GSK-EPDM-80 gaskets are $0.179 each, one shipment in 4 weeks.

SCR-M4X10-A2 screws: $0.0301 each, all 20,000 from stock.

PLT-0915-R2 base plates: $43.60 each. Our mill can't run all 120 in one setup, so we'd ship in two lots:
60 pcs on July 10 and the other 60 on July 24.

SPR-C0630-302 springs: $0.0702 each. 4,000 in 3 weeks, the second 4,000 in 8 weeks - the wire for the
second coiling run is on order.

Cable: no bid, we're not a wire house.

FOB Lancaster, PA. Quote good until 7/31/2026.

Hank Zimmerman
Conestoga Manufacturing Supply
"""),
       "partial", "USD", "2026-07-31", "FOB",
       [line(1, 0.179, lead=28), nob(2), line(3, 0.0301, lead=0), line(4, 43.60, lead=49), line(5, 0.0702, lead=56)],
       ["lead-time-after-need-by", "no-bid"])


# u324 a text table with a "Qty quoted" column; the springs are quoted at a HIGHER quantity for a better price: "we've
# quoted 10,000 instead of 8,000 ... $0.0655 each. Breaks: 5,000+ $0.0718 / 10,000+ $0.0655 (so your 8,000 alone would be
# $0.0718)" -> quantity 10000 (quantity-differs), unitPrice the break for the quoted 10,000 -> 0.0655; 5 wks -> 35
# (Jun 5 + 35 = Jul 10, before Jul 27). Gasket 5,000 at $0.1815, 4 wks -> 28. Cable 1,500 m at $1.34/m, 3 wks -> 21
# (Jun 26, before Jul 20). Screws 20,000 at $0.0299, stock -> 0. Those quantities are the ones asked -> null. Plate "no
# quote" -> declined. "valid 30 days" from Fri 5 Jun -> 2026-07-05 (not short); "FCA Allentown, PA" -> FCA. USD.
# Partial, no-bid and quantity-differs.
assert plus("2026-06-05", 30) == "2026-07-05" and 10000 > 8000
sample("u324-springs-higher-qty-better-price", S.msg("Carla Deluca <cdeluca@lehigh-springworks.example>", "text/plain", """Hi Nora,

Please see our quote for NR-RFQ-0619 below (USD).

Ln  Part             Qty quoted   Unit price   Lead
1   GSK-EPDM-80      5,000        $0.1815      4 wks
2   CBL-4C22-PUR     1,500 m      $1.34/m      3 wks
3   SCR-M4X10-A2     20,000       $0.0299      stock
4   PLT-0915-R2      -            no quote     -
5   SPR-C0630-302    10,000 *     $0.0655      5 wks

* On the springs we've quoted 10,000 instead of 8,000: 10,000 is one full coiling run and brings the price
  down. Breaks: 5,000+ $0.0718 / 10,000+ $0.0655 (so your 8,000 alone would be $0.0718 each).

FCA Allentown, PA. Prices valid 30 days.

Carla Deluca
Lehigh Springworks & Supply
"""),
       "partial", "USD", "2026-07-05", "FCA",
       [line(1, 0.1815, lead=28), line(2, 1.34, lead=21), line(3, 0.0299, lead=0), nob(4),
        line(5, 0.0655, qty=10000, lead=35)],
       ["no-bid", "quantity-differs"])


# u325 a KIT price for two lines whose per-piece prices are still stated. Screws "$0.0312 each (20,000 = $624.00)",
# stock -> 0.0312, 0. Springs "$0.0715 each (8,000 = $572.00)", 3 weeks -> 0.0715, 21. "Kit price for both lines
# together ... $1,196.00" = 624.00 + 572.00 is a total of the two lines at the same piece prices, not a unit price, and
# no charge or discount (no note). Gasket "$0.188 each, 5 weeks" -> 0.188, 35 (Jul 10, before Aug 3). Quantities as
# asked -> null. "We don't handle cable" -> line 2 declined; the plate is never mentioned -> missing-line. "Prices held
# until June 30, 2026" -> 2026-06-30 (not short: Jun 30 >= Jun 26); "DAP your dock in Northridge" -> DAP. USD. Partial,
# missing-line and no-bid.
assert close(20000 * 0.0312, 624.00) and close(8000 * 0.0715, 572.00) and close(624.00 + 572.00, 1196.00)
sample("u325-kit-price-screws-and-springs", S.msg("Raj Patel <rpatel@keystone-kitting.example>", "text/plain", """Hello Nora,

Thank you for RFQ NR-RFQ-0619. Our offer in USD:

- GSK-EPDM-80 gaskets: $0.188 each, 5 weeks.
- SCR-M4X10-A2 screws: $0.0312 each (20,000 = $624.00), from stock.
- SPR-C0630-302 springs: $0.0715 each (8,000 = $572.00), 3 weeks.

Kit option: since the screws and springs go into the same assembly, we can bag and label them together
as one kit per your BOM. Kit price for both lines together, full quantities: $1,196.00 - that is simply
the two lines above at the same piece prices, one line on your PO if that is easier for you.

We don't handle cable, sorry.

Prices held until June 30, 2026. DAP your dock in Northridge.

Kind regards,
Raj Patel
Keystone Kitting & Fasteners
"""),
       "partial", "USD", "2026-06-30", "DAP",
       [line(1, 0.188, lead=35), nob(2), line(3, 0.0312, lead=0), line(5, 0.0715, lead=21)],
       ["missing-line", "no-bid"])


# u326 the vendor RENUMBERS the lines in its own catalogue order ("Our #" 1-5) but keeps the buyer's part numbers, so
# lines are matched by part number, never by the vendor's number: our #1 SPR-C0630-302 -> RFQ line 5, $0.0699, 3 weeks
# -> 21 (Jun 26, before Jul 27); our #2 SCR-M4X10-A2 "regret" -> RFQ line 3 declined (not the cable); our #3 GSK-EPDM-80
# -> line 1, $0.1845, 4 weeks -> 28; our #4 CBL-4C22-PUR -> line 2, "$1.32/m" on the metre line -> 1.32, 2 weeks -> 14;
# our #5 PLT-0915-R2 -> line 4, $44.80, 6 weeks -> 42 (Jul 17, before Aug 17). The restated quantities follow the part
# numbers and are the ones asked -> null. "Quote valid until 15 July 2026" -> 2026-07-15 (not short); "EXW Reading, PA"
# -> EXW. USD. Partial, no-bid.
assert plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 14) == "2026-06-19"
sample("u326-renumbered-in-vendor-order", S.msg("Greg Hollister <ghollister@berks-industrial.example>", "text/plain", """Nora,

Our quote for NR-RFQ-0619 is below. The items are numbered in our own catalogue order - the part numbers
are yours. Prices in USD.

Our #  Part number     Description                  Qty        Unit price   Lead time
1      SPR-C0630-302   Compression spring 302 SS    8,000      $0.0699      3 weeks
2      SCR-M4X10-A2    SHCS M4 x 10 A2-70           20,000     regret       -
3      GSK-EPDM-80     Gasket EPDM 70A              5,000      $0.1845      4 weeks
4      CBL-4C22-PUR    Cable 4C 22 AWG PUR          1,500 m    $1.32/m      2 weeks
5      PLT-0915-R2     Motor base plate 6082-T6     120        $44.80       6 weeks

Our #2 (screws): regret - we're out of A2 stock and can't get it in time.

EXW Reading, PA. Quote valid until 15 July 2026.

Greg Hollister
Berks Industrial Distributors
"""),
       "partial", "USD", "2026-07-15", "EXW",
       [line(1, 0.1845, lead=28), line(2, 1.32, lead=14), nob(3), line(4, 44.80, lead=42), line(5, 0.0699, lead=21)],
       ["no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u327 prose from a plastics and bearing house quoting its own units. Resin "900 kg big bags only ... 3 big bags =
# 2,700 kg" (2,500 / 900 = 2.78 -> 3) -> quantity 2700 (quantity-differs); "USD 2,934.00 per big bag" -> 2,934.00 / 900
# = 3.26 per kg; 3 weeks -> 21 (Jun 12 + 21 = Jul 3, before Jul 20). Bearings "boxes of 10 at USD 33.80 per box, 40
# boxes" -> 3.38 each (40 x 10 = 400, as asked -> null), ex stock -> 0. O-rings "bags of 1,000 at USD 19.60 per bag,
# 50 bags" -> 0.0196 (50 x 1,000 = 50,000 -> null), 2 weeks -> 14 (Jun 26, before Aug 17). "Sheet, hose and seal kits:
# not our products, no bid" -> lines 2, 5, 6 declined. "offer valid until July 24, 2026" -> 2026-07-24 (not short);
# "FCA Joliet, IL" -> FCA. USD. Partial, no-bid and quantity-differs.
assert close(2934.00 / 900, 3.26) and 3 * 900 == 2700 and close(33.80 / 10, 3.38) and close(19.60 / 1000, 0.0196)
assert plus("2026-06-12", 21) == "2026-07-03" and plus("2026-06-12", 14) == "2026-06-26"
blind("u327-resin-big-bags-bearings-boxes", H.msg("Doug Sorensen <dsorensen@prairie-polymer.example>", "text/plain", """Hi Lena,

Thanks for HM-RFQ-2611. Prices in US dollars:

RES-PA66-GF30: we ship this grade in 900 kg big bags only (no 25 kg bags), so we quote 3 big bags = 2,700 kg
at USD 2,934.00 per big bag. Lead time 3 weeks.

BRG 6205-2RS: boxes of 10 at USD 33.80 per box, 40 boxes. Ex stock.

OR-0120-NBR70: bags of 1,000 at USD 19.60 per bag, 50 bags. 2 weeks.

Sheet, hose and seal kits: not our products, no bid.

FCA Joliet, IL. Offer valid until July 24, 2026.

Regards,
Doug Sorensen
Prairie Polymer & Bearing Supply
"""),
       "partial", "USD", "2026-07-24", "FCA",
       [line(1, 3.26, qty=2700, lead=21), nob(2), line(3, 3.38, lead=0), line(4, 0.0196, lead=14), nob(5), nob(6)],
       ["no-bid", "quantity-differs"])


# u328 part of a line from stock now and the BALANCE later - the balance's lead time is the line's. Bearings "USD 3.29
# each; 250 pcs ex stock, balance of 150 pcs in 7 weeks" -> 49 (Jun 12 + 49 = Jul 31, AFTER the Jul 27 need-by ->
# lead-time-after-need-by). O-rings "USD 20.10 per 1,000; 30,000 from stock, remaining 20,000 on July 31" -> 0.0201,
# Jun 12 -> Jul 31 = 49 days (before Aug 17). Hose "USD 4.38/m; 500 m on the shelf, the other 300 m in 3 weeks" -> 4.38,
# 21 (Jul 3, before Sep 1). Seal kits "USD 44.50 per kit, 6 weeks" -> 44.50, 42 (Jul 24, before Sep 21). All quantities
# add up to the ones asked -> null. Resin and sheet never mentioned -> missing-line. "Quote valid 30 days" from Fri 12
# Jun -> 2026-07-12 (not short); "CPT Rockford, IL" -> CPT. USD. Partial, lead-time-after-need-by and missing-line.
assert plus("2026-06-12", 49) == "2026-07-31" and days("2026-06-12", "2026-07-31") == 49
assert plus("2026-06-12", 42) == "2026-07-24" and plus("2026-06-12", 30) == "2026-07-12" and 250 + 150 == 400
blind("u328-stock-now-balance-later", H.msg("Wendy Haugen <whaugen@rock-river-mro.example>", "text/plain", """Hello Lena,

Quote for HM-RFQ-2611, USD, with availability:

1) BRG 6205-2RS bearings - USD 3.29 each
   250 pcs ex stock, balance of 150 pcs in 7 weeks.
2) OR-0120-NBR70 O-rings - USD 20.10 per 1,000
   30,000 from stock, remaining 20,000 on July 31.
3) HSE-2SN-08 hose - USD 4.38/m
   500 m on the shelf, the other 300 m in 3 weeks.
4) KIT-PX200-SEAL seal kits - USD 44.50 per kit, 6 weeks.

We can ship the stock portions right away and the balances as they come in, no extra freight.

CPT Rockford, IL. Quote valid 30 days.

Wendy Haugen
Rock River MRO Supply
"""),
       "partial", "USD", "2026-07-12", "CPT",
       [line(3, 3.29, lead=49), line(4, 0.0201, lead=49), line(5, 4.38, lead=21), line(6, 44.50, lead=42)],
       ["lead-time-after-need-by", "missing-line"])


# u329 a short body + a CSV (comma, quoted fields) priced per SELL UNIT with a "Ships (your UOM)" column. Sheet "pallet
# of 20 sheets", 5 pallets, "100 EA", 2790.00 per pallet -> 2,790.00 / 20 = 139.50 per sheet; 90 / 20 = 4.5 -> 5 pallets
# = 100 sheets -> quantity 100 (quantity-differs); 4 weeks -> 28 (Jun 12 + 28 = Jul 10, before Aug 10). Hose "coil of 40
# m", 20 coils, "800 M", 172.80 per coil -> 4.32 per m (20 x 40 = 800, as asked -> null); 2 weeks -> 14. Seal kits
# "carton of 8 kits", 19 cartons, "152 SET", 364.00 per carton -> 45.50 per kit; 150 / 8 = 18.75 -> 19 x 8 = 152 ->
# quantity 152; 5 weeks -> 35 (Jul 17, before Sep 21). Resin, bearings and O-rings "no quote" -> declined. Body: "Quote
# valid until 2026-07-31" (not short); "FOB Elkhart, IN" -> FOB; "prices in USD". Partial, no-bid and quantity-differs.
assert close(2790.00 / 20, 139.50) and 5 * 20 == 100 and close(172.80 / 40, 4.32) and 20 * 40 == 800
assert close(364.00 / 8, 45.50) and 19 * 8 == 152 and plus("2026-06-12", 35) == "2026-07-17"
U329_CSV = S.crlf('''"Line","Part No","Description","Sell unit","Sell units","Ships (your UOM)","USD per sell unit","Lead time","Remarks"
"1","RES-PA66-GF30","PA66 GF30 resin","","","","","","no quote"
"2","SHT-5052H32-030","Sheet 5052-H32 3.0 x 1250 x 2500","pallet of 20 sheets","5","100 EA","2790.00","4 weeks","full pallets only"
"3","BRG 6205-2RS","Bearing 6205-2RS C3","","","","","","no quote"
"4","OR-0120-NBR70","O-ring 12 x 2 NBR70","","","","","","no quote"
"5","HSE-2SN-08","Hose EN 853 2SN DN12","coil of 40 m","20","800 M","172.80","2 weeks",""
"6","KIT-PX200-SEAL","Seal kit PX-200","carton of 8 kits","19","152 SET","364.00","5 weeks","full cartons only"
''').encode("utf-8")
blind("u329-csv-pallets-coils-cartons", H.with_attachment("Jerry Whitcomb <jwhitcomb@michiana-metals.example>", """Lena,

Our quote Q-61288 for HM-RFQ-2611 is attached (CSV). Prices in USD per sell unit as shown - sheets go by the
full pallet and seal kits by the full carton, so those quantities are rounded up.

Quote valid until 2026-07-31. FOB Elkhart, IN.

Jerry Whitcomb
Michiana Metals & Hose""", "text/csv", "Q-61288.csv", U329_CSV),
       "partial", "USD", "2026-07-31", "FOB",
       [nob(1), line(2, 139.50, qty=100, lead=28), nob(3), nob(4), line(5, 4.32, lead=14), line(6, 45.50, qty=152, lead=35)],
       ["no-bid", "quantity-differs"])


# u330 multipart/alternative (text + HTML table): the O-rings quoted at a HIGHER quantity, full cartons, for a better
# price: "packed 12,000 per carton. We have quoted 5 full cartons = 60,000 pcs at USD 18.20 per 1,000; for exactly
# 50,000 (a broken carton) the price is USD 19.90 per 1,000" -> quantity 60000 (quantity-differs), unitPrice for the
# quoted 60,000 -> 18.20 / 1,000 = 0.0182 (the 50,000 price is a break); 2 weeks -> 14 (Jun 26, before Aug 17).
# Bearings USD 3.41 each, ex stock -> 0. Hose "USD 439.00 per 100 m" -> 4.39 per m, "10 working days" -> 10 x 7/5 = 14
# (before Sep 1); 800 m as asked -> null. Resin, sheet and seal kits "no bid" -> declined. "Prices firm until July 17,
# 2026" (not short); "DAP Rockford, IL" -> DAP. USD. Partial, no-bid and quantity-differs.
assert 5 * 12000 == 60000 and close(18.20 / 1000, 0.0182) and close(439.00 / 100, 4.39) and -(-10 * 7 // 5) == 14
U330_TEXT = """Hi Lena,

Thanks for HM-RFQ-2611. Our prices in USD:

Part            Qty quoted    Price                  Lead time
BRG 6205-2RS    400           USD 3.41 each          ex stock
OR-0120-NBR70   60,000        USD 18.20 per 1,000    2 weeks
HSE-2SN-08      800 m         USD 439.00 per 100 m   10 working days

O-rings are packed 12,000 per carton. We have quoted 5 full cartons = 60,000 pcs at USD 18.20 per 1,000;
for exactly 50,000 (a broken carton) the price is USD 19.90 per 1,000.

Resin, sheet and seal kits: no bid.

Prices firm until July 17, 2026. DAP Rockford, IL.

Best,
Aaron Lindqvist
Fox Valley Seal & Bearing
"""
U330_TD = 'style="border:1px solid #A6A6A6;padding:3px 8px"'
U330_ROWS = [("BRG 6205-2RS", "400", "USD 3.41 each", "ex stock"),
             ("OR-0120-NBR70", "60,000", "USD 18.20 per 1,000", "2 weeks"),
             ("HSE-2SN-08", "800 m", "USD 439.00 per 100 m", "10 working days")]
U330_HTML = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hi Lena,</p>
<p>Thanks for HM-RFQ-2611. Our prices in USD:</p>
<table cellspacing="0" style="border-collapse:collapse">
<tr>{"".join(f"<th {U330_TD}>{h}</th>" for h in ("Part", "Qty quoted", "Price", "Lead time"))}</tr>
{chr(10).join("<tr>" + "".join(f"<td {U330_TD}>{c}</td>" for c in r) + "</tr>" for r in U330_ROWS)}
</table>
<p>O-rings are packed 12,000 per carton. We have quoted 5 full cartons = 60,000 pcs at USD 18.20 per 1,000;
for exactly 50,000 (a broken carton) the price is USD 19.90 per 1,000.</p>
<p>Resin, sheet and seal kits: no bid.</p>
<p>Prices firm until July 17, 2026. DAP Rockford, IL.</p>
<p>Best,<br>Aaron Lindqvist<br>Fox Valley Seal &amp; Bearing</p>
</body></html>"""
blind("u330-orings-full-cartons-better-price", H.alternative("Aaron Lindqvist <alindqvist@foxvalley-seal.example>",
                                                             U330_TEXT, U330_HTML),
       "partial", "USD", "2026-07-17", "DAP",
       [nob(1), nob(2), line(3, 3.41, lead=0), line(4, 0.0182, qty=60000, lead=14), line(5, 4.39, lead=14), nob(6)],
       ["no-bid", "quantity-differs"])


# u331 prose: seal kits split into TWO LOTS with dates, both before the need-by: "75 kits on August 14 and the remaining
# 75 on September 11" -> the later lot counts: Jun 12 -> Sep 11 = 91 days (before Sep 21); "USD 46.20 per kit" -> 46.20;
# 75 + 75 = 150 as asked -> null. Sheet "USD 2,103.00 per crate of 15 sheets ... 6 crates = your 90 sheets" -> 2,103.00
# / 15 = 140.20 per sheet (null), 5 weeks -> 35 (Jul 17, before Aug 10). Hose "USD 4.29 per metre, cut from 250 m reels
# (3 full reels + one 50 m length = 800 m)" -> 4.29, as asked -> null; 3 weeks -> 21. "Resin, bearings and O-rings
# are not our products - no bid" -> lines 1, 3, 4 declined. "valid 60 days" from Fri 12 Jun -> 2026-08-11 (not short);
# "EXW Peoria, IL" -> EXW. USD. Partial, no-bid.
assert days("2026-06-12", "2026-09-11") == 91 and close(2103.00 / 15, 140.20) and 6 * 15 == 90
assert 3 * 250 + 50 == 800 and plus("2026-06-12", 60) == "2026-08-11"
blind("u331-seal-kits-two-lots-crates", H.msg("Frank Oduya <foduya@illinois-river-hyd.example>", "text/plain", """Lena,

Thank you for HM-RFQ-2611. Here is what we can offer, prices in USD:

Aluminium sheet SHT-5052H32-030 - USD 2,103.00 per crate of 15 sheets; 6 crates = your 90 sheets. 5 weeks.

Hose HSE-2SN-08 - USD 4.29 per metre, cut from 250 m reels (3 full reels + one 50 m length = 800 m).
3 weeks.

Seal kit KIT-PX200-SEAL - USD 46.20 per kit. Our seal supplier allocates lip seals monthly, so we would deliver
75 kits on August 14 and the remaining 75 on September 11.

Resin, bearings and O-rings are not our products - no bid.

EXW Peoria, IL. Quotation valid 60 days.

Frank Oduya
Illinois River Hydraulics
"""),
       "partial", "USD", "2026-08-11", "EXW",
       [nob(1), line(2, 140.20, lead=35), nob(3), nob(4), line(5, 4.29, lead=21), line(6, 46.20, lead=91)],
       ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u332 a German distributor writing English: the bracket SET priced as its parts, the fitting per pack. Bracket set "we
# price the brackets singly: left bracket EUR 5,85 + right bracket EUR 5,85 + screws EUR 0,60 = EUR 12,30 per set" ->
# 12.30 per SET (150 sets = 150 left + 150 right + 150 screw packs, as asked -> null); 4 weeks -> 28 (Jun 15 + 28 =
# Jul 13, before Oct 9). Fitting "EUR 98,75 per pack of 25 (80 packs = 2.000 pcs)" -> 98.75 / 25 = 3.95 (as asked ->
# null), ex stock -> 0. Cylinder "EUR 79,40 each, 3 weeks" -> 79.40, 21 (Jul 6, before Sep 11). "Shaft and housing: no
# offer" -> lines 1, 2 declined. "Offer valid until 31.07.2026" -> 2026-07-31 (not short); "FCA Dortmund" -> FCA. EUR.
# Partial, no-bid.
assert close(5.85 + 5.85 + 0.60, 12.30) and close(98.75 / 25, 3.95) and 80 * 25 == 2000
assert plus("2026-06-15", 28) == "2026-07-13" and plus("2026-06-15", 21) == "2026-07-06"
blind2("u332-bracket-set-priced-as-parts", V.msg("Stefan Kowalczyk <s.kowalczyk@ruhr-technikhandel.example>", "text/plain", """Dear Mr Albers,

thank you for your RFQ VM-RFQ-4418. Our offer (EUR, net):

Pos. 3  FIT-316-G12-10
        EUR 98,75 per pack of 25 (80 packs = 2.000 pcs), ex stock.

Pos. 4  DSBC-32-80-PPVA-N3
        EUR 79,40 each, 3 weeks.

Pos. 5  2231-004-03 sensor bracket set
        We price the brackets singly: left bracket EUR 5,85 + right bracket EUR 5,85 + screws EUR 0,60
        = EUR 12,30 per set. For your 150 sets: 150 left, 150 right, 150 screw packs. 4 weeks.

Shaft and housing (pos. 1 and 2): no offer, we do not machine.

Offer valid until 31.07.2026, FCA Dortmund.

Best regards
Stefan Kowalczyk
Ruhr Technikhandel GmbH
"""),
       "partial", "EUR", "2026-07-31", "FCA",
       [nob(1), nob(2), line(3, 3.95, "EUR", lead=0), line(4, 79.40, "EUR", lead=21), line(5, 12.30, "EUR", lead=28)],
       ["no-bid"])


# u333 HTML only: a machining shop offers a DRIVE KIT (1 shaft + 1 bracket set) at EUR 51,40 "which is the sum of the
# two prices above - no extra charge for kitting"; the per-line prices stand: shaft "39,20 EUR" per piece -> 39.20, 8
# weeks -> 56 (Jun 15 + 56 = Aug 10, before Aug 28); bracket set "12,20 EUR" per set -> 12.20, 5 weeks -> 35 (Jul 20,
# before Oct 9). Housing "1.140,00 EUR", 13 weeks -> 1140.00, 91 (Sep 14, before Oct 2). 39.20 + 12.20 = 51.40, a kit
# total and no unit price of any line. Quantities as asked -> null. Fitting and cylinder never mentioned ->
# missing-line. "Validity: 60 days" from Mon 15 Jun -> 2026-08-14 (not short); "DAP Bielefeld" -> DAP. EUR. Partial,
# missing-line.
assert close(39.20 + 12.20, 51.40) and plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 91) == "2026-09-14"
assert plus("2026-06-15", 60) == "2026-08-14"
U333_TD = 'style="border:1px solid #9E9E9E;padding:3px 8px"'
U333_ROWS = [("1", "SH-2231-C rev B", "Drive shaft 42CrMo4, 30 h6 x 412", "250", "39,20 EUR", "8 weeks"),
             ("2", "HSG-1180-GJL", "Gearbox housing EN-GJL-250", "25", "1.140,00 EUR", "13 weeks"),
             ("5", "2231-004-03", "Sensor bracket set L+R", "150 sets", "12,20 EUR", "5 weeks")]
blind2("u333-html-drive-kit-price", V.msg("Henrik Vos <h.vos@twente-verspaning.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Dear Jonas,</p>
<p>Thank you for VM-RFQ-4418. Our prices for the machined parts (EUR, per piece / per set):</p>
<table cellspacing="0" style="border-collapse:collapse">
<tr style="background:#F2F2F2">{"".join(f"<th {U333_TD}>{h}</th>" for h in ("Pos.", "Part number", "Description", "Qty", "Unit price", "Lead time"))}</tr>
{chr(10).join("<tr>" + "".join(f"<td {U333_TD}>{c}</td>" for c in r) + "</tr>" for r in U333_ROWS)}
</table>
<p><b>Kit option:</b> if it helps your assembly line, we can deliver the shaft and the bracket set as a drive kit
(1 shaft + 1 bracket set, packed together) at 51,40 EUR per kit, which is the sum of the two prices above &ndash;
no extra charge for kitting.</p>
<p>Delivery DAP Bielefeld (Incoterms 2020). Validity: 60 days.</p>
<p>Kind regards,<br>Henrik Vos<br>Twente Verspaning B.V., Hengelo</p>
</body></html>""", cte="quoted-printable"),
       "partial", "EUR", "2026-08-14", "DAP",
       [line(1, 39.20, "EUR", lead=56), line(2, 1140.00, "EUR", lead=91), line(5, 12.20, "EUR", lead=35)],
       ["missing-line"])


# u334 a Dutch distributor in English: part from stock now, the rest later. Fitting "EUR 3,89/pc - 1.200 pcs from stock,
# the remaining 800 pcs in 3 weeks" -> 3.89, 21 (Jun 15 + 21 = Jul 6, before Aug 14). Cylinder "EUR 76,50/pc - 70 pcs
# ex stock, balance of 50 pcs in 12 weeks" -> 76.50, 84 (Sep 7, before Sep 11). 1,200 + 800 = 2,000 and 70 + 50 = 120,
# as asked -> null. "Pos. 1, 2 and 5 (machined parts): no quote" -> declined. "This offer is valid 14 days" from Mon 15
# Jun -> 2026-06-29, earlier than Jul 10 -> validity-short. "FCA Breda" -> FCA. EUR. Partial, no-bid and validity-short.
assert 1200 + 800 == 2000 and 70 + 50 == 120 and plus("2026-06-15", 84) == "2026-09-07"
assert plus("2026-06-15", 14) == "2026-06-29"
blind2("u334-stock-now-rest-later-short-validity", V.msg("Femke van Dijk <f.vandijk@baronie-pneumatiek.example>", "text/plain", """Hello Jonas,

Thanks for VM-RFQ-4418. We can offer the two catalogue items:

FIT-316-G12-10  - EUR 3,89/pc - 1.200 pcs from stock, the remaining 800 pcs in 3 weeks
DSBC-32-80-PPVA-N3 - EUR 76,50/pc - 70 pcs ex stock, balance of 50 pcs in 12 weeks

Pos. 1, 2 and 5 (machined parts): no quote.

We ship the stock quantities on your order and the rest as soon as it arrives, at no extra freight cost.
FCA Breda. This offer is valid 14 days.

Kind regards,
Femke van Dijk
Baronie Pneumatiek B.V.
"""),
       "partial", "EUR", "2026-06-29", "FCA",
       [nob(1), nob(2), line(3, 3.89, "EUR", lead=21), line(4, 76.50, "EUR", lead=84), nob(5)],
       ["no-bid", "validity-short"])


# u335 a short body + an XLSX (inline strings, plain numbers) with "Sales unit", "Units", "Pieces" and "EUR per sales
# unit" columns. Shaft "piece", 250, 40.15, "9 weeks" -> 40.15, 63 (Jun 15 + 63 = Aug 17, before Aug 28). Housing
# "piece", 25, 1165, "10 pcs in 10 weeks, 15 pcs in 14 weeks" -> two deliveries, the later counts -> 98 (Sep 21, before
# Oct 2); 10 + 15 = 25 -> null. Fitting "box of 120", 17 boxes, 2040 pieces, 471.6 per box -> 471.60 / 120 = 3.93;
# 2,000 / 120 = 16.67 -> 17 boxes = 2,040 -> quantity 2040 (quantity-differs); "2 weeks" -> 14. Body: "Pos. 4, the
# cylinder: no offer" -> declined; the bracket set is never mentioned -> missing-line. "valid until 14.08.2026" ->
# 2026-08-14 (not short); "CPT Bielefeld" -> CPT; "prices in EUR". Partial, missing-line, no-bid and quantity-differs.
assert close(471.60 / 120, 3.93) and 17 * 120 == 2040 and 16 * 120 < 2000 and 10 + 15 == 25
assert plus("2026-06-15", 98) == "2026-09-21" and plus("2026-06-15", 63) == "2026-08-17"
U335_XLSX = xlsx([
    ["Kempenland Metaal B.V. - Offerte / Quotation OF-26-0615-07"],
    ["Customer: Vossberg Maschinenbau GmbH", "", "", "", "RFQ: VM-RFQ-4418"],
    [],
    ["Pos", "Part number", "Description", "Sales unit", "Units", "Pieces", "EUR per sales unit", "Delivery"],
    [1, "SH-2231-C rev B", "Drive shaft 42CrMo4 30 h6 x 412", "piece", 250, 250, 40.15, "9 weeks"],
    [2, "HSG-1180-GJL", "Gearbox housing EN-GJL-250", "piece", 25, 25, 1165, "10 pcs in 10 weeks, 15 pcs in 14 weeks"],
    [3, "FIT-316-G12-10", "Male connector G1/2 - 10 mm 316L", "box of 120", 17, 2040, 471.6, "2 weeks"],
])
blind2("u335-xlsx-box-of-120-housing-two-lots", V.message("Joost Maas <j.maas@kempenland-metaal.example>", multipart("mixed", "=_blind21_335", [
        text_part("text/plain", """Dear Mr Albers,

please find our quotation OF-26-0615-07 for VM-RFQ-4418 attached (prices in EUR per sales unit).
The fittings come in boxes of 120, so we quoted full boxes. Pos. 4, the cylinder: no offer, we are not a
Festo distributor.

Quotation valid until 14.08.2026, delivery CPT Bielefeld.

Best regards,
Joost Maas
Kempenland Metaal B.V.
"""),
        file_part(XLSX, "OF-26-0615-07.xlsx", U335_XLSX)])),
       "partial", "EUR", "2026-08-14", "CPT",
       [line(1, 40.15, "EUR", lead=63), line(2, 1165.00, "EUR", lead=98), line(3, 3.93, "EUR", qty=2040, lead=14), nob(4)],
       ["missing-line", "no-bid", "quantity-differs"])


# u336 German, quoted-printable: the shaft priced per LOT of 50 and the housing split into two part deliveries with
# written dates. Shaft "EUR 1.985,00 je Los à 50 Stück (5 Lose = 250 Stück)" -> 1,985.00 / 50 = 39.70 (as asked ->
# null), "9 Wochen" -> 63 (Aug 17, before Aug 28). Housing "EUR 1.172,00 pro Stück; Teillieferungen: 13 Stück bis
# 25.09.2026, restliche 12 Stück bis 16.10.2026" -> 1172.00; the later lot counts: Jun 15 -> Oct 16 = 123 days, AFTER
# the Oct 2 need-by -> lead-time-after-need-by; 13 + 12 = 25 -> null. Bracket set "EUR 12,40 pro Satz, 5 Wochen" ->
# 12.40, 35 (Jul 20, before Oct 9). "Pos. 3 und 4 sind Handelsware - kein Angebot" -> declined. "Angebot gültig bis
# 31.08.2026" -> 2026-08-31 (not short); "EXW Paderborn" -> EXW. EUR. Partial, lead-time-after-need-by and no-bid.
assert close(1985.00 / 50, 39.70) and 5 * 50 == 250 and 13 + 12 == 25
assert days("2026-06-15", "2026-10-16") == 123 and plus("2026-06-15", 35) == "2026-07-20"
blind2("u336-german-shaft-per-lot-housing-part-deliveries", V.msg("Matthias Brökelmann <m.broekelmann@senne-zerspanung.example>", "text/plain", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage VM-RFQ-4418. Wir bieten Ihnen an (Preise netto in EUR):

Pos. 1  SH-2231-C rev B, Antriebswelle
        EUR 1.985,00 je Los à 50 Stück (5 Lose = 250 Stück)
        Lieferzeit: 9 Wochen

Pos. 2  HSG-1180-GJL, Getriebegehäuse
        EUR 1.172,00 pro Stück
        Teillieferungen: 13 Stück bis 25.09.2026, restliche 12 Stück bis 16.10.2026

Pos. 5  2231-004-03, Sensorhalter-Satz
        EUR 12,40 pro Satz, Lieferzeit 5 Wochen

Pos. 3 und 4 sind Handelsware - kein Angebot.

Lieferbedingung: EXW Paderborn (Incoterms 2020)
Angebot gültig bis 31.08.2026

Mit freundlichen Grüßen
Matthias Brökelmann
Senne Zerspanungstechnik GmbH
""", cte="quoted-printable", subject="AW: Anfrage VM-RFQ-4418"),
       "partial", "EUR", "2026-08-31", "EXW",
       [line(1, 39.70, "EUR", lead=63), line(2, 1172.00, "EUR", lead=123), nob(3), nob(4), line(5, 12.40, "EUR", lead=35)],
       ["lead-time-after-need-by", "no-bid"])


if __name__ == "__main__":
    ROUND.write()

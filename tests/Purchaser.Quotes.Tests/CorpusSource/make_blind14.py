#!/usr/bin/env python3
"""Writes replies u209..u224 (Corpus/u*.eml + expected u*.json) - the fourteenth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the thirteen earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is UNITS, PRICE BASES, BREAKS AND MINIMUMS: sixteen ordinary-looking replies (plain
text or simple HTML, three with a small CSV or XLSX) whose difficulty is the arithmetic of normalization as real
vendors write it. A cable priced "per 1,000 ft" on 1,000 ft reels against an RFQ in metres (5 reels = 5,000 ft =
1,524 m, a different quantity) next to "/M" and "/C"; screws "per gross" sold by the full gross (139 gross = 20,016
pcs) and springs "per dozen"; a break ladder as COLUMNS in "1k+ / 5k+ / 10k+ / 25k+" shorthand priced per 1,000 pcs
with the requested quantities inside a band; carton, box, bag and per-100-m prices with an MOQ in boxes and an MOQ
above the quantity; "per thousand" and "/k" prices, a break ladder in one sentence and a minimum order VALUE with a
small-order charge (a note, not an MOQ); a CSV whose prices are per sell unit (box, bag, reel) with breaks and
minimums counted in sell units; resin "$/lb" against a KG line and hose per 50 m coil; resin per 25 kg bag with a
pallet MOQ, O-rings "per mille" with an MOQ in bags and seal kits rounded up to full cartons; resin per tonne, sheet
per kg times a stated sheet weight and hose per 100 m with a reel MOQ above the quantity; an XLSX whose O-ring breaks
count in thousands and are priced per 1,000; sheet per crate, bearings per pair, O-rings per C and hose per 100 ft;
a German "EUR/100 St." Staffel and a bracket set priced "je Paar"; a fitting sold only in packs of 30 (2,010 pcs) with
a cylinder break ladder in rows and a short validity; an Italian "per mille" price with a minimum lot above the
quantity, a shaft ladder by quantity bands and a price per 100 sets; an XLSX with break columns per 100 pcs and a
bracket set per pack of 25 with an MOQ in packs; and a GBP reply with a pack-of-10 price, an MOQ in packs, "off"
breaks and a price per 100 sets.
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import io

from make_corpus import line, nob  # expected-line shapes
from blind_round import Round, close  # the round's cases, checked and written; date and amount helpers
from make_blind2 import xlsx_book  # multi-sheet workbook writer (inline strings, plain numbers)
from make_blind5 import file_part, multipart, text_part, workbook  # MIME parts, styled XLSX
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ROUND = Round(209)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2

FT = 0.3048  # metres per foot (exact)
LB = 0.45359237  # kilograms per pound (exact)


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================

# u209 a US wire and hardware distributor, plain text. Cable "$419.10 per 1,000 ft" on 1,000 ft reels: 419.10 / 1,000
# = 0.4191 per ft; 0.4191 / 0.3048 m per ft = 1.375 per m (exact: 0.3048 x 1.375 = 0.4191). "1,500 m is 4,921 ft"
# (1,500 / 0.3048 = 4,921.3), shipped as 5 reels = 5,000 ft = 5,000 x 0.3048 = 1,524 m -> quantity 1524
# (quantity-differs); 2 weeks -> 14 (Jun 19, before the Jul 20 need-by). Screws "$31.60/M" -> 31.60 / 1,000 = 0.0316,
# from stock -> 0. Springs "$7.15/C" -> 7.15 / 100 = 0.0715, 3 weeks -> 21 (Jun 26, before Jul 27). Gasket and
# plate "no quote" -> declined. "Quote valid 30 days" from Fri 5 Jun -> 2026-07-05 (not short: due Jun 12 + 14 =
# Jun 26); "FOB Akron, OH" -> FOB. Partial, no-bid + quantity-differs.
assert close(419.10 / 1000 / FT, 1.375) and close(5 * 1000 * FT, 1524) and round(1500 / FT) == 4921
sample("u209-cable-per-1000-ft-reels", S.msg("Dale Pruitt <dpruitt@summit-wire.example>", "text/plain", """Nora,

Thanks for the RFQ. Quote for NR-RFQ-0619, all USD:

CBL-4C22-PUR   4/22 AWG shielded PUR cable, black
   $419.10 per 1,000 ft. It comes on 1,000 ft reels; your 1,500 m is 4,921 ft, so we would ship
   5 reels = 5,000 ft (1,524 m). 2 weeks.

SCR-M4X10-A2   M4 x 10 SHCS, ISO 4762, A2-70
   $31.60/M, 20,000 pcs, from stock.

SPR-C0630-302  302 SS compression spring 0.6 x 6.3 x 30
   $7.15/C, 8,000 pcs, 3 weeks.

GSK-EPDM-80 and PLT-0915-R2: no quote, sorry - not our line.

Quote valid 30 days. FOB Akron, OH.

Dale Pruitt
Summit Wire & Fastener
330-555-0148
"""),
       "partial", "USD", "2026-07-05", "FOB",
       [nob(1), line(2, 1.375, qty=1524, lead=14), line(3, 0.0316, lead=0), nob(4), line(5, 0.0715, lead=21)],
       ["no-bid", "quantity-differs"])


# u210 a hardware house pricing by the gross and the dozen. Screws "$4.68 per gross (144 pcs)" -> 4.68 / 144 = 0.0325;
# "sold by the full gross only: 139 gross = 20,016 pcs" (20,000 / 144 = 138.9 -> 139 x 144 = 20,016) -> quantity
# 20016 (quantity-differs); "10 working days" -> 10 x 7/5 = 14. Springs "$0.87 per dozen" -> 0.87 / 12 = 0.0725, the
# 8,000 pcs as asked; 4 weeks -> 28 (Jul 3, before Jul 27). Plate $44.10 each, "6-7 weeks" -> upper bound 7 x 7 = 49
# (Jul 24, before Aug 17). Cable "no bid" -> declined; the gasket is never mentioned -> missing-line. "Prices good
# through 7/31/2026" -> 2026-07-31; "Ex Works Canton, OH" -> EXW. Partial.
assert close(4.68 / 144, 0.0325) and close(0.87 / 12, 0.0725) and -(-20000 // 144) * 144 == 20016
sample("u210-per-gross-per-dozen", S.msg("Hank Oberlin <hoberlin@stark-hardware.example>", "text/plain", """Hi Nora,

Here's what we can do on NR-RFQ-0619 (USD):

SCR-M4X10-A2 socket head cap screw M4 x 10, A2-70
  $4.68 per gross (144 pcs). We sell these by the full gross only: 139 gross = 20,016 pcs.
  10 working days.

SPR-C0630-302 compression spring, 302 SS
  $0.87 per dozen, 8,000 pcs. 4 weeks.

PLT-0915-R2 motor base plate, 6082-T6
  $44.10 each, 120 pcs. 6-7 weeks.

CBL-4C22-PUR - no bid, we don't stock cable.

Ex Works Canton, OH. Prices good through 7/31/2026.

Hank Oberlin
Stark Industrial Hardware
330-555-0172
"""),
       "partial", "USD", "2026-07-31", "EXW",
       [nob(2), line(3, 0.0325, qty=20016, lead=14), line(4, 44.10, lead=49), line(5, 0.0725, lead=28)],
       ["missing-line", "no-bid", "quantity-differs"])


# u211 HTML only (quoted-printable): a break ladder as COLUMNS headed "1k+ / 5k+ / 10k+ / 25k+", every price "USD per
# 1,000 pcs" (stated once above the table). Gasket 5,000 asked -> the 5k+ column (5,000 is its lower bound) 186.40 /
# 1,000 = 0.1864, "4 wks" -> 28; screws 20,000 -> inside the 10k+ band (10,000-24,999) 33.80 / 1,000 = 0.0338, stock
# -> 0; springs 8,000 -> inside the 5k+ band 71.20 / 1,000 = 0.0712, "5 wks" -> 35 (Jul 10, before Jul 27). The other
# columns are the remaining priceBreaks. "MOQ 1k" on each row -> moq 1000 (below every quantity). Cable and plate
# "not quoted" -> declined. "valid until June 30, 2026" (not short, Jun 26 is the limit); FCA Cincinnati. Partial.
U211_ROWS = [("GSK-EPDM-80", "EPDM 70 gasket 80 x 62 x 3, die-cut", "212.00", "186.40", "174.90", "161.00", "1k", "4 wks"),
             ("SCR-M4X10-A2", "SHCS M4 x 10, A2-70", "41.50", "36.20", "33.80", "30.20", "1k", "stock"),
             ("SPR-C0630-302", "Compression spring 302 SS", "84.00", "71.20", "66.90", "60.10", "1k", "5 wks")]
U211_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello Nora,</p>
<p>Thanks for the RFQ. Our break pricing for NR-RFQ-0619 is below - all prices are <b>USD per 1,000 pcs</b>.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#DDE6F0"><th>Part</th><th>Description</th><th>1k+</th><th>5k+</th><th>10k+</th><th>25k+</th>\
<th>MOQ</th><th>Lead time</th></tr>
""" + "\n".join("<tr>" + "".join(f'<td{" align=right" if 2 <= i <= 5 else ""}>{c}</td>' for i, c in enumerate(r)) + "</tr>"
                for r in U211_ROWS) + """
</table>
<p>CBL-4C22-PUR and PLT-0915-R2: not quoted, outside our range.</p>
<p>Quotation valid until June 30, 2026. FCA Cincinnati, OH (Incoterms 2020).</p>
<p>Best regards,<br>Marcy Feldhaus<br>Queen City Gasket &amp; Spring<br>513-555-0190</p>
</body></html>
"""
sample("u211-html-k-break-columns-per-1000", S.msg("Marcy Feldhaus <mfeldhaus@queencity-gs.example>", "text/html",
                                                   U211_HTML, cte="quoted-printable"),
       "partial", "USD", "2026-06-30", "FCA",
       [line(1, 0.1864, lead=28, moq=1000), nob(2), line(3, 0.0338, lead=0, moq=1000), nob(4),
        line(5, 0.0712, lead=35, moq=1000)],
       ["no-bid"])


# u212 every line priced on a different basis, all quantities as asked. Gasket "$472.50 per carton of 2,500" ->
# 472.50 / 2,500 = 0.189 (2 cartons = the 5,000), 3 weeks -> 21; cable "$142.50 per 100 m, cut to 1,500 m" -> 142.50 /
# 100 = 1.425, 2 weeks -> 14; screws "$15.40 per box of 500 (40 boxes)" -> 15.40 / 500 = 0.0308, "MOQ 5 boxes" -> 5 x
# 500 = 2,500 pcs (below the 20,000), from stock -> 0; plate $46.80 each with "minimum order 150 pcs" -> moq 150 above
# the 120 asked (moq-above-quantity; the vendor does not requote the quantity, so it stays null), 7 weeks -> 49 (Jul
# 24, before Aug 17); springs "$3.60 per bag of 50 (160 bags)" -> 3.60 / 50 = 0.072, 5 weeks -> 35. "Quote valid for
# 45 days" from Jun 5 -> 2026-07-20; FOB Erie. Every line priced -> parsed.
assert close(472.50 / 2500, 0.189) and close(15.40 / 500, 0.0308) and close(3.60 / 50, 0.072) and 160 * 50 == 8000
sample("u212-carton-box-bag-moq-boxes", S.msg("Russ Kaminski <rkaminski@presqueisle-supply.example>", "text/plain", """Nora,

Thanks for the RFQ. Quote for NR-RFQ-0619, US dollars:

1. GSK-EPDM-80 - $472.50 per carton of 2,500 pcs (5,000 pcs = 2 cartons) - 3 weeks
2. CBL-4C22-PUR - $142.50 per 100 m, cut to 1,500 m - 2 weeks
3. SCR-M4X10-A2 - $15.40 per box of 500 (40 boxes) - MOQ 5 boxes - from stock
4. PLT-0915-R2 - $46.80 each - minimum order 150 pcs (one fixture run) - 7 weeks
5. SPR-C0630-302 - $3.60 per bag of 50 (160 bags) - 5 weeks

FOB Erie, PA. Quote valid for 45 days.

Russ Kaminski
Presque Isle Industrial Supply
814-555-0133
"""),
       "parsed", "USD", "2026-07-20", "FOB",
       [line(1, 0.189, lead=21), line(2, 1.425, lead=14), line(3, 0.0308, lead=0, moq=2500), line(4, 46.80, lead=49, moq=150),
        line(5, 0.072, lead=35)],
       ["moq-above-quantity"])


# u213 "per thousand" and "/k". Gasket "$188.00 per thousand" -> 0.188, 4 weeks -> 28; cable "$1.41/m" (per metre on
# a metre line) -> 1.41, 3 weeks -> 21 (Jun 26, before Jul 20); screws, a break ladder in ONE sentence ("$32.40/k for
# 10k to 19,999, $29.90/k from 20k and $27.75/k from 50k") -> 20,000 takes the "from 20k" price 29.90 / 1,000 = 0.0299,
# from stock -> 0; springs "$69.80/k" -> 0.0698, 6 weeks -> 42 (Jul 17, before Jul 27); plate "we'll pass" ->
# declined. "Minimum order value is $250.00 per order; orders below that carry a $30.00 small-order charge" -> a value
# minimum with a charge: note, and NO moq on any line. "Pricing valid through June 19, 2026" -> before Jun 26 ->
# validity-short. "FCA Dayton, OH" -> FCA. Partial.
sample("u213-per-thousand-k-min-order-value", S.msg("Gina Marchetti <gmarchetti@gemcity-fastener.example>", "text/plain", """Hi Nora,

Numbers for NR-RFQ-0619, US dollars:

GSK-EPDM-80 gasket: $188.00 per thousand, 4 weeks.
CBL-4C22-PUR cable: $1.41/m, cut to your 1,500 m, 3 weeks.
SCR-M4X10-A2 screws: $32.40/k for 10k to 19,999, $29.90/k from 20k and $27.75/k from 50k; from stock.
SPR-C0630-302 springs: $69.80/k, 6 weeks.
PLT-0915-R2 plate: we'll pass on this one.

Our minimum order value is $250.00 per order; orders below that carry a $30.00 small-order charge.
FCA Dayton, OH. Pricing valid through June 19, 2026 (our price list changes on June 22).

Gina Marchetti
Gem City Fastener & Wire
937-555-0164
"""),
       "partial", "USD", "2026-06-19", "FCA",
       [line(1, 0.188, lead=28), line(2, 1.41, lead=21), line(3, 0.0299, lead=0), nob(4), line(5, 0.0698, lead=42)],
       ["no-bid", "note", "validity-short"])


# u214 a CSV (comma, quoted fields, CRLF) whose prices are per SELL UNIT, with a legend row: BX/250 = box of 250,
# RL/305M = reel of 305 m, BX/1000 = box of 1,000, BG/500 = bag of 500. Breaks and minimums are counted in sell units.
# Gasket 47.25 per BX/250 -> 47.25 / 250 = 0.189, "Min Order (sell units)" 4 -> 4 x 250 = 1,000 pcs, 3 wks -> 21.
# Cable 427.00 per 305 m reel -> 427 / 305 = 1.40 per m; 5 reels -> "Quoted Qty" 1,525 m (5 x 305) -> quantity 1525
# (quantity-differs); no minimum given (empty cell) -> moq null; 2 wks -> 14. Screws 30.90 per BX/1000, but the
# "20+ BX @ 29.40" break applies to the 20 boxes (= the 20,000 asked) -> 29.40 / 1,000 = 0.0294 (the Ext Price 588.00
# = 20 x 29.40 agrees); minimum 5 boxes -> 5,000 pcs; stock -> 0. Springs 36.50 per BG/500 -> 0.073 (the "40+ BG" break needs 20,000 pcs and
# does not apply); minimum 20 bags -> 10,000 pcs, above the 8,000 asked -> moq-above-quantity (quantity still as
# asked: 16 bags = 8,000); 5 wks -> 35. Plate "No quote" -> declined. Body: valid until July 17, 2026; FOB Pittsburgh.
assert close(47.25 / 250, 0.189) and close(427 / 305, 1.40) and close(29.40 / 1000, 0.0294) and close(36.50 / 500, 0.073)
U214_BUF = io.StringIO()
csv.writer(U214_BUF, lineterminator="\r\n").writerows([
    ["Quotation", "ARQ-26-1187", "Allegheny Fastener & Wire Supply, Pittsburgh PA"],
    ["Customer", "Northridge Robotics", "Ref. NR-RFQ-0619"],
    ["Sell units", "BX/250 = box of 250 pcs; BX/1000 = box of 1,000 pcs; BG/500 = bag of 500 pcs; RL/305M = reel of 305 m"],
    [],
    ["Line", "Part Number", "Description", "Req Qty", "UOM", "Sell Unit", "Sell Units", "Quoted Qty",
     "Price / Sell Unit (USD)", "Qty Break", "Ext Price (USD)", "Min Order (sell units)", "Lead Time", "Comment"],
    ["1", "GSK-EPDM-80", "Gasket EPDM 70, 80x62x3, die-cut", "5,000", "EA", "BX/250", "20", "5,000", "47.25", "",
     "945.00", "4", "3 wks", ""],
    ["2", "CBL-4C22-PUR", "Cable 4x22 AWG shielded PUR, black", "1,500", "M", "RL/305M", "5", "1,525", "427.00", "",
     "2,135.00", "", "2 wks", "Full reels only"],
    ["3", "SCR-M4X10-A2", "SHCS M4x10 ISO 4762 A2-70", "20,000", "EA", "BX/1000", "20", "20,000", "30.90",
     "20+ BX @ 29.40", "588.00", "5", "Stock", ""],
    ["4", "PLT-0915-R2", "Motor base plate 6082-T6", "120", "EA", "", "", "", "", "", "", "", "",
     "No quote - machined parts not our range"],
    ["5", "SPR-C0630-302", "Compression spring 302 SS 0.6x6.3x30", "8,000", "EA", "BG/500", "16", "8,000", "36.50",
     "40+ BG @ 33.75", "584.00", "20", "5 wks", ""],
    [],
    ["", "", "", "", "", "", "", "", "", "Total", "4,252.00"]])
assert round(20 * 47.25 + 5 * 427 + 20 * 29.40 + 16 * 36.50, 2) == 4252.00
sample("u214-csv-sell-unit-prices", S.with_attachment("Tom Yablonski <tyablonski@allegheny-fw.example>", """Nora,

Our quote ARQ-26-1187 for NR-RFQ-0619 is attached as a CSV. Prices are USD per sell unit (see the legend row).
Pricing valid until July 17, 2026, FOB Pittsburgh, PA.

Thanks,
Tom Yablonski
Allegheny Fastener & Wire Supply
412-555-0117
""", "text/csv", "ARQ-26-1187.csv", U214_BUF.getvalue().encode("utf-8")),
       "partial", "USD", "2026-07-17", "FOB",
       [line(1, 0.189, lead=21, moq=1000), line(2, 1.40, qty=1525, lead=14), line(3, 0.0294, lead=0, moq=5000),
        nob(4), line(5, 0.073, lead=35, moq=10000)],
       ["moq-above-quantity", "no-bid", "quantity-differs"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================

# u215 a Gulf Coast distributor that does not convert: resin "$1.58/lb" against the KG line -> 1.58 / 0.45359237 kg per
# lb = 3.483304 per kg (non-terminating; 3.4833037... rounded to 6 places, well inside the 0.0001 tolerance; 1.58 x
# 2.20462 = 3.4833 agrees), "2,500 kg (5,512 lb) = 100 bags of 25 kg" is the quantity asked, "3 weeks ARO" -> 21 (Jul 3,
# before Jul 20). Hose "$206.00 per 50 m coil", 800 m = 16 coils -> 206 / 50 = 4.12 per m, from stock -> 0. Sheet,
# bearings, O-rings and seal kits "no quote" -> declined. "Prices firm for 30 days" from Fri 12 Jun -> 2026-07-12 (not
# short: due Jun 19 + 14 = Jul 3); FOB Houston. Partial, no-bid.
assert close(1.58 / LB, 3.4833037425) and close(206 / 50, 4.12) and round(2500 / LB) == 5512
blind("u215-resin-per-lb-hose-per-coil", H.msg("Earl Thibodeaux <ethibodeaux@bayou-polymer.example>", "text/plain", """Lena,

Quote for HM-RFQ-2611 below - we handle the resin and the hose. US dollars.

RES-PA66-GF30, PA66 30% GF, heat stabilized, black
  2,500 kg (5,512 lb) = 100 bags of 25 kg
  $1.58/lb
  3 weeks ARO

HSE-2SN-08, EN 853 2SN hose, 1/2" (DN12)
  800 m = 16 coils of 50 m
  $206.00 per 50 m coil
  from stock

We don't carry the aluminum sheet, bearings, O-rings or seal kits - no quote on those.

Prices firm for 30 days, FOB Houston, TX.

Earl Thibodeaux
Bayou Polymer & Hydraulic Supply
713-555-0185
"""),
      "partial", "USD", "2026-07-12", "FOB",
      [line(1, 3.483304, lead=21), nob(2), nob(3), nob(4), line(5, 4.12, lead=0), nob(6)],
      ["no-bid"])


# u216 minimums and packs in other units. Resin "USD 84.50 per 25 kg bag" -> 84.50 / 25 = 3.38 per kg (100 bags = the
# 2,500 kg), "MOQ one pallet (40 bags = 1,000 kg)" -> moq 1000 kg (below 2,500), 2 weeks -> 14. Bearing USD 3.36 each,
# ex stock -> 0. O-rings "priced per mille: 10,000+ 21.40, 25,000+ 19.85, 50,000+ 18.30, 100,000+ 17.10" -> 50,000
# takes 18.30 / 1,000 = 0.0183; "packed 2,500 pcs per bag, minimum order 4 bags" -> moq 4 x 2,500 = 10,000 (below
# 50,000); 3 weeks -> 21. Seal kits USD 47.60 per kit, "12 to a carton ... full cartons only, so 13 cartons = 156 kits"
# (150 / 12 = 12.5 -> 13 x 12 = 156) -> quantity 156 (quantity-differs), 6 weeks -> 42 (Jul 24, before Sep 21). Sheet
# and hose "not quoted" -> declined. "Offer valid until 17 July 2026" (not short); "CIP Rockford, IL" -> CIP. Partial.
assert close(84.50 / 25, 3.38) and -(-150 // 12) * 12 == 156
blind("u216-bag-pallet-per-mille-cartons", H.msg("Ingrid Sorensen <isorensen@northstar-indsupply.example>", "text/plain", """Hello Lena,

Please find our offer for HM-RFQ-2611 below (USD).

RES-PA66-GF30 - PA66 GF30, heat stabilised, black
  USD 84.50 per 25 kg bag; your 2,500 kg = 100 bags
  MOQ one pallet (40 bags = 1,000 kg)
  Lead time 2 weeks

BRG 6205-2RS - 6205-2RS C3, SKF
  USD 3.36 each, ex stock

OR-0120-NBR70 - O-ring 12 x 2, NBR 70
  Priced per mille: 10,000+ USD 21.40, 25,000+ USD 19.85, 50,000+ USD 18.30, 100,000+ USD 17.10.
  Packed 2,500 pcs per bag, minimum order 4 bags.
  Lead time 3 weeks

KIT-PX200-SEAL - PX-200 seal kit
  USD 47.60 per kit. Kits are packed 12 to a carton and we ship full cartons only, so we quote 13 cartons = 156 kits.
  Lead time 6 weeks

Sheet and hose: not quoted, not our product range.

CIP Rockford, IL (Incoterms 2020). Offer valid until 17 July 2026.

Best regards,
Ingrid Sorensen
North Star Industrial Supply, Duluth MN
218-555-0142
"""),
      "partial", "USD", "2026-07-17", "CIP",
      [line(1, 3.38, lead=14, moq=1000), nob(2), line(3, 3.36, lead=0), line(4, 0.0183, lead=21, moq=10000), nob(5),
       line(6, 47.60, qty=156, lead=42)],
      ["no-bid", "quantity-differs"])


# u217 mass and length bases. Resin "USD 3,185.00 per tonne" -> 3,185 / 1,000 kg = 3.185 per kg, "2-3 weeks" -> 21
# (Jul 3, before Jul 20). Sheet "USD 5.80 per kg, invoiced at the theoretical weight of 25.1 kg per sheet" -> 5.80 x
# 25.1 = 145.58 per sheet (the EA line), 4 weeks -> 28 (Jul 10, before Aug 10). Hose "USD 398.00 per 100 m" -> 3.98 per
# m; "minimum order 2 reels (1,000 m)" -> moq 1000 m, above the 800 asked (moq-above-quantity; quantity not requoted
# -> null); "10 working days" -> 14. Lines 3, 4 and 6 "we do not supply" -> declined. "valid until 10 July 2026" (not
# short); "FCA Chicago, IL" -> FCA. Partial.
assert close(5.80 * 25.1, 145.58) and close(3185 / 1000, 3.185) and close(398 / 100, 3.98)
blind("u217-per-tonne-per-kg-sheet-reel-moq", H.msg("Victor Nowicki <vnowicki@lakeshore-metals.example>", "text/plain", """Dear Ms Marsh,

Our quotation for HM-RFQ-2611, prices in US dollars:

Line 1  RES-PA66-GF30     USD 3,185.00 per tonne, 25 kg bags, 2.5 t                   2-3 weeks
Line 2  SHT-5052H32-030   USD 5.80 per kg, invoiced at the theoretical weight of
                          25.1 kg per sheet, 90 sheets                                 4 weeks
Line 5  HSE-2SN-08        USD 398.00 per 100 m, on 500 m reels;
                          minimum order 2 reels (1,000 m)                              10 working days

Lines 3, 4 and 6 (bearings, O-rings, seal kits): we do not supply these.

FCA Chicago, IL. This quotation is valid until 10 July 2026.

Regards,
Victor Nowicki
Lakeshore Metals & Polymers
773-555-0119
"""),
      "partial", "USD", "2026-07-10", "FCA",
      [line(1, 3.185, lead=21), line(2, 145.58, lead=28), nob(3), nob(4), line(5, 3.98, lead=14, moq=1000), nob(6)],
      ["moq-above-quantity", "no-bid"])


# u218 an XLSX (inline strings) whose main table says "see breaks" for two lines; the break block below counts the
# O-rings in THOUSANDS and prices them per 1,000: "Qty from (thousands)" 10 / 25 / 50 / 100 at 24.80 / 21.90 / 19.40 /
# 17.60 -> 50,000 = the "50" row -> 19.40 / 1,000 = 0.0194, "3 wks" -> 21. Bearings as ranges 1-99 / 100-499 / 500+ at
# 3.95 / 3.48 / 3.21 each -> 400 lies inside 100-499 -> 3.48, stock -> 0. Seal kit 42.75 per set, MOQ 25 (below 150),
# "5 wks" -> 35. Resin, sheet and hose are neither in the sheet nor in the body -> missing-line. Body: "valid 21 days
# from today" -> Jun 12 + 21 = 2026-07-03, exactly due + 14 (Jul 3), which is not EARLIER -> not short; "Ex Works
# Toledo, OH" -> EXW. Partial, missing-line.
U218_XLSX = xlsx_book([("Quotation", [
    ["Great Lakes Seal & Bearing Co. - Quotation GLS-40722"],
    ["Customer: Halvorsen Manufacturing, attn. Lena Marsh", "", "", "Your RFQ: HM-RFQ-2611"],
    ["Date: 12-Jun-2026", "", "", "Currency: USD"],
    [],
    ["Part number", "Description", "Qty", "UOM", "Unit price (USD)", "Lead time", "MOQ", "Notes"],
    ["BRG 6205-2RS", "Ball bearing 6205-2RS C3", 400, "EA", "see breaks", "stock", "", ""],
    ["OR-0120-NBR70", "O-ring 12 x 2 NBR 70", 50000, "EA", "see breaks", "3 wks", "", "priced per 1,000"],
    ["KIT-PX200-SEAL", "PX-200 seal kit", 150, "SET", 42.75, "5 wks", 25, ""],
    [],
    ["Price breaks"],
    ["BRG 6205-2RS", "Qty", "USD each"],
    ["", "1-99", 3.95],
    ["", "100-499", 3.48],
    ["", "500+", 3.21],
    [],
    ["OR-0120-NBR70", "Qty from (thousands)", "USD per 1,000"],
    ["", 10, 24.80],
    ["", 25, 21.90],
    ["", 50, 19.40],
    ["", 100, 17.60]])])
blind("u218-xlsx-breaks-in-thousands", H.with_attachment("Doreen Kowal <dkowal@greatlakes-sb.example>", """Lena,

Quote GLS-40722 attached for the bearings, O-rings and seal kits. Valid 21 days from today, Ex Works Toledo, OH.

Doreen Kowal
Great Lakes Seal & Bearing Co.
419-555-0153
""", XLSX, "GLS-40722.xlsx", U218_XLSX),
      "partial", "USD", "2026-07-03", "EXW",
      [line(3, 3.48, lead=0), line(4, 0.0194, lead=21), line(6, 42.75, lead=35, moq=25)],
      ["missing-line"])


# u219 simple HTML table with a "Basis" column. Sheet "$1,398.00 per crate of 10 sheets" -> 139.80 per sheet (90 = 9
# crates), "3-4 weeks" -> 28 (Jul 10, before Aug 10); bearings "$6.90 per pair (2 pcs per box)", 400 pcs = 200 pairs
# -> 6.90 / 2 = 3.45 each, 2 weeks -> 14; O-rings "$1.92 per C" -> 1.92 / 100 = 0.0192, stock -> 0; hose "$137.16 per
# 100 ft" -> 1.3716 per ft / 0.3048 = 4.50 per m (exact: 0.3048 x 4.5 = 1.3716), "800 m (2,625 ft)" cut to the
# length asked -> null, 1 week -> 7. Resin and seal kits "no quote" -> declined. "Prices good through July 24, 2026";
# "FOB Milwaukee, WI" -> FOB. Partial, no-bid.
assert close(1398 / 10, 139.80) and close(6.90 / 2, 3.45) and close(137.16 / 100 / FT, 4.5)
U219_ROWS = [("SHT-5052H32-030", "5052-H32 sheet 3.0 x 1250 x 2500, PVC one side", "90 sheets (9 crates)", "$1,398.00",
              "per crate of 10 sheets", "3-4 weeks"),
             ("BRG 6205-2RS", "6205-2RS C3 ball bearing", "400 pcs (200 pairs)", "$6.90", "per pair (2 pcs per box)",
              "2 weeks"),
             ("OR-0120-NBR70", "O-ring 12 x 2 NBR 70", "50,000 pcs", "$1.92", "per C", "stock"),
             ("HSE-2SN-08", "EN 853 2SN hose DN12", "800 m (2,625 ft)", "$137.16", "per 100 ft", "1 week")]
U219_HTML = ("""<html><body>
<div style="font-family:Calibri,sans-serif">Hi Lena,<br><br>Our pricing for HM-RFQ-2611 (USD):<br><br>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Part</th><th>Description</th><th>Your qty</th><th>Price</th><th>Basis</th><th>Delivery</th></tr>
""" + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U219_ROWS) + """
</table><br>
No quote on the resin (RES-PA66-GF30) or the seal kits (KIT-PX200-SEAL).<br><br>
FOB Milwaukee, WI. Prices good through July 24, 2026.<br><br>
Thanks,<br>Rick Sandoval<br>Cream City Industrial Supply<br>414-555-0126</div>
</body></html>
""")
blind("u219-html-crate-pair-per-c-per-100-ft", H.msg("Rick Sandoval <rsandoval@creamcity-supply.example>", "text/html",
                                                     U219_HTML),
      "partial", "USD", "2026-07-24", "FOB",
      [nob(1), line(2, 139.80, lead=28), line(3, 3.45, lead=14), line(4, 0.0192, lead=0), line(5, 4.50, lead=7), nob(6)],
      ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================

# u220 a German turned-parts and fittings dealer, plain text in German. Shaft "38,60 EUR/St." -> 38.60,
# "Mindestbestellmenge: 100 St." -> moq 100 (below 250), "8 Wochen" -> 56 (Aug 10, before Aug 28). Fitting "Preis EUR/100
# St.: ab 1.000 St. 436,00 | ab 2.000 St. 412,00 | ab 5.000 St. 389,00" -> 2,000 takes "ab 2.000" -> 412.00 / 100 =
# 4.12, "3 Wochen" -> 21. Bracket set "23,40 EUR je Paar (1 Paar = 1 Satz ...)" -> 23.40 per SET (the vendor equates
# pair and set), "6 Wochen" -> 42. Housing and cylinder "kein Angebot" -> declined. "Angebot gueltig bis 31.07.2026";
# "FCA Guetersloh" -> FCA. Partial, no-bid.
blind2("u220-german-eur-per-100-st-paar", V.msg("Bernd Tiemann <b.tiemann@gt-drehtechnik.example>", "text/plain", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage VM-RFQ-4418. Wir bieten Ihnen freibleibend an:

Pos. 1  SH-2231-C rev B  Antriebswelle 42CrMo4, 250 St.
        Preis: 38,60 EUR/St.
        Mindestbestellmenge: 100 St.
        Lieferzeit: 8 Wochen

Pos. 3  FIT-316-G12-10  Einschraubverschraubung G1/2 - 10 mm, 1.4404, 2.000 St.
        Preis EUR/100 St.:  ab 1.000 St. 436,00  |  ab 2.000 St. 412,00  |  ab 5.000 St. 389,00
        Lieferzeit: 3 Wochen

Pos. 5  2231-004-03  Sensorhalter-Satz L+R, 150 Satz
        Preis: 23,40 EUR je Paar (1 Paar = 1 Satz, linker und rechter Halter inkl. Schrauben)
        Lieferzeit: 6 Wochen

Pos. 2 (Getriebegehäuse) und Pos. 4 (Normzylinder): kein Angebot, da nicht in unserem Lieferprogramm.

Lieferbedingung: FCA Gütersloh (Incoterms 2020)
Zahlung: 30 Tage netto
Angebot gültig bis 31.07.2026

Mit freundlichen Grüßen
Bernd Tiemann
GT Drehtechnik GmbH, Gütersloh
Tel. +49 5241 555-208
""", subject="AW: RFQ VM-RFQ-4418 - Angebot"),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 38.60, "EUR", lead=56, moq=100), nob(2), line(3, 4.12, "EUR", lead=21), nob(4),
        line(5, 23.40, "EUR", lead=42)],
       ["no-bid"])


# u221 a Danish distributor in English. Fitting "30 pcs per pack ... full packs only, so we quote 67 packs = 2,010
# pcs" (2,000 / 30 = 66.7 -> 67 x 30 = 2,010) -> quantity 2010 (quantity-differs); "EUR 121.50 per pack of 30" ->
# 121.50 / 30 = 4.05; 2 weeks -> 14. Cylinder break ladder in ROWS (1-49 74.90 / 50-99 73.10 / 100-249 71.40 / 250+
# 69.80) -> 120 lies in 100-249 -> 71.40; "ex stock" -> 0 ("120 pcs on the shelf" is stock, not a quote quantity
# change). Lines 1, 2 and 5 "no quote" -> declined. "valid 14 days" from Mon 15 Jun -> 2026-06-29, before Jul 10 (due
# Jun 26 + 14) -> validity-short. "DAP Bielefeld" -> DAP. Partial.
assert close(121.50 / 30, 4.05) and -(-2000 // 30) * 30 == 2010
blind2("u221-pack-of-30-roundup-break-rows", V.msg("Mette Kjaergaard <mkj@jutland-fluid.example>", "text/plain", """Dear Jonas,

Thank you for VM-RFQ-4418. We can offer two of the five lines:

Line 3 - FIT-316-G12-10, male connector G1/2 x 10 mm tube, 316L
  Packed 30 pcs per pack and sold in full packs only, so we quote 67 packs = 2,010 pcs.
  EUR 121.50 per pack of 30.
  Delivery: 2 weeks.

Line 4 - DSBC-32-80-PPVA-N3, Festo ISO 15552 cylinder 32/80
  1-49 pcs       EUR 74.90 each
  50-99 pcs      EUR 73.10 each
  100-249 pcs    EUR 71.40 each
  250+ pcs       EUR 69.80 each
  Delivery: ex stock (120 pcs on the shelf today).

Lines 1, 2 and 5: no quote - machined parts are outside our range.

Delivery terms DAP Bielefeld (Incoterms 2020). This offer is valid 14 days.

Best regards,
Mette Kjaergaard
Jutland Fluid Components A/S, Aarhus
+45 86 55 01 37
"""),
       "partial", "EUR", "2026-06-29", "DAP",
       [nob(1), nob(2), line(3, 4.05, "EUR", qty=2010, lead=14), line(4, 71.40, "EUR", lead=0), nob(5)],
       ["no-bid", "quantity-differs", "validity-short"])


# u222 an Italian shop in English with decimal commas. Shaft "price per piece by quantity: 100-199 pcs EUR 41,20 /
# 200-499 pcs EUR 38,70 / from 500 pcs EUR 36,10" -> 250 lies in 200-499 -> 38.70, 8 weeks -> 56. Fitting "EUR
# 3.940,00 per mille" -> 3,940.00 / 1,000 = 3.94; "Minimum lot: 2.500 pcs" -> moq 2500, above the 2,000 asked
# (moq-above-quantity; quantity not requoted -> null); "20 working days" -> 20 x 7/5 = 28. Bracket set "EUR 2.315,00
# per 100 sets" -> 23.15, 6 weeks -> 42. Housing and cylinder "we do not quote" -> declined. "Offer validity: 60 days"
# from Jun 15 -> 2026-08-14; "FCA Brescia" -> FCA. Partial.
assert close(3940 / 1000, 3.94) and close(2315 / 100, 23.15)
blind2("u222-italian-per-mille-min-lot", V.msg("Paolo Ferrandi <p.ferrandi@ferrandi-meccanica.example>", "text/plain", """Dear Mr Albers,

thank you for your request VM-RFQ-4418. Here is our offer (prices in EUR):

1) SH-2231-C rev B - drive shaft 42CrMo4, 30 h6 x 412
   Price per piece by quantity:
     100 - 199 pcs    EUR 41,20
     200 - 499 pcs    EUR 38,70
     from 500 pcs     EUR 36,10
   Delivery: 8 weeks

3) FIT-316-G12-10 - male connector G1/2 - 10 mm, AISI 316L
   Price: EUR 3.940,00 per mille
   Minimum lot: 2.500 pcs
   Delivery: 20 working days

5) 2231-004-03 - sensor bracket set L+R, anodised black
   Price: EUR 2.315,00 per 100 sets
   Delivery: 6 weeks

We do not quote pos. 2 (cast housing) and pos. 4 (Festo cylinder).

Delivery terms: FCA Brescia (Incoterms 2020)
Payment: 60 days end of month
Offer validity: 60 days

Best regards
Paolo Ferrandi
Ferrandi Meccanica S.r.l. - Via dell'Industria 18, 25030 Castel Mella (BS)
Tel. +39 030 555 0184
"""),
       "partial", "EUR", "2026-08-14", "FCA",
       [line(1, 38.70, "EUR", lead=56), nob(2), line(3, 3.94, "EUR", lead=28, moq=2500), nob(4),
        line(5, 23.15, "EUR", lead=42)],
       ["moq-above-quantity", "no-bid"])


# u223 a Dutch distributor's XLSX (shared strings, styles): the main table says "see quantity breaks" for the fitting
# and the cylinder; the break block below has break COLUMNS per item with their own basis. Fitting "EUR per 100 pcs"
# from 500 / 1,000 / 2,500 at 428.00 / 409.50 / 391.00 -> 2,000 lies in the 1,000+ band -> 409.50 / 100 = 4.095,
# "3 weeks" -> 21. Cylinder "EUR per pc" from 1 / 50 / 100 at 79.80 / 76.40 / 73.95 -> 120 -> 73.95, "ex stock" -> 0.
# Bracket set 582.50 "per pack of 25 sets" -> 582.50 / 25 = 23.30 (150 = 6 packs), "MOQ 2 packs" -> 2 x 25 = 50 sets
# (below 150), "5 weeks" -> 35. Shaft and housing "no quote" -> declined. Body: "valid 30 days" from Jun 15 ->
# 2026-07-15 (not short); "EXW Venlo" -> EXW. Partial, no-bid.
assert close(409.50 / 100, 4.095) and close(582.50 / 25, 23.30)
C223 = {"A1": {"v": "Venlo Technische Handel B.V. - Quotation VTH-26-3318", "s": 6},
        "A2": "Customer: Vossberg Maschinenbau GmbH, Bielefeld - your ref. VM-RFQ-4418",
        "A3": "Date: 15 June 2026 - all prices in EUR, net"}
C223.update({f"{c}5": {"v": h, "s": 5} for c, h in zip("ABCDEFGHI", (
    "Pos", "Part number", "Description", "Qty", "Unit", "Price EUR", "Price per", "Lead time", "Remark"))})
for r, (pos, pn, desc, qty, unit, price, per, lead, rem) in enumerate([
        (1, "SH-2231-C rev B", "Drive shaft 42CrMo4", 250, "pcs", "no quote", "", "", "not our range"),
        (2, "HSG-1180-GJL", "Gearbox housing EN-GJL-250", 25, "pcs", "no quote", "", "", "not our range"),
        (3, "FIT-316-G12-10", "Male connector G1/2 x 10 mm, 316L", 2000, "pcs", "see quantity breaks", "", "3 weeks", ""),
        (4, "DSBC-32-80-PPVA-N3", "ISO 15552 cylinder 32/80, Festo", 120, "pcs", "see quantity breaks", "", "ex stock", ""),
        (5, "2231-004-03", "Sensor bracket set L+R, black anodised", 150, "set", {"v": 582.5, "s": 2},
         "pack of 25 sets", "5 weeks", "MOQ 2 packs")], start=6):
    C223.update({f"A{r}": pos, f"B{r}": pn, f"C{r}": desc, f"D{r}": {"v": qty, "s": 7}, f"E{r}": unit, f"F{r}": price})
    C223.update({f"{c}{r}": v for c, v in (("G", per), ("H", lead), ("I", rem)) if v})
C223.update({"A12": {"v": "Quantity breaks", "s": 5},
             "B13": "FIT-316-G12-10", "C13": "EUR per 100 pcs", "D13": "from 500 pcs", "E13": "from 1,000 pcs",
             "F13": "from 2,500 pcs",
             "D14": {"v": 428, "s": 2}, "E14": {"v": 409.5, "s": 2}, "F14": {"v": 391, "s": 2},
             "B15": "DSBC-32-80-PPVA-N3", "C15": "EUR per pc", "D15": "from 1 pc", "E15": "from 50 pcs",
             "F15": "from 100 pcs",
             "D16": {"v": 79.8, "s": 2}, "E16": {"v": 76.4, "s": 2}, "F16": {"v": 73.95, "s": 2}})
blind2("u223-xlsx-break-columns-per-100-pack-moq", V.message("Joost van Rijn <j.vanrijn@venlo-th.example>", multipart(
        "mixed", "=_vth_223", [
            text_part("text/plain", """Dear Mr Albers,

Please find attached our quotation VTH-26-3318 for your RFQ VM-RFQ-4418.
The offer is valid 30 days; delivery EXW Venlo (Incoterms 2020).

Met vriendelijke groet / Kind regards,
Joost van Rijn
Venlo Technische Handel B.V.
+31 77 555 0161
"""),
            file_part(XLSX, "VTH-26-3318.xlsx", workbook(
                C223, cols='<cols><col min="2" max="2" width="20" customWidth="1"/><col min="3" max="3" width="34" '
                           'customWidth="1"/><col min="6" max="9" width="18" customWidth="1"/></cols>',
                sheet_name="Quotation", dim="A1:I16"))])),
       "partial", "EUR", "2026-07-15", "EXW",
       [nob(1), nob(2), line(3, 4.095, "EUR", lead=21), line(4, 73.95, "EUR", lead=0),
        line(5, 23.30, "EUR", lead=35, moq=50)],
       ["no-bid"])


# u224 a UK distributor in pounds sterling, every line priced -> parsed. Shaft "100 off 34.90 / 250 off 32.40 / 500
# off 30.75 each" -> 250 meets "250 off" -> 32.40, 9 weeks -> 63 (Aug 17, before Aug 28). Housing 985.00 each, 14 weeks
# -> 98 (Sep 21, before Oct 2). Fitting "34.60 per pack of 10" -> 3.46; "MOQ 50 packs (500 pcs)" -> moq 500 (below
# 2,000); ex-stock -> 0. Cylinder 62.15 each, "minimum order 10" -> moq 10; "7-10 working days" -> upper bound 10 x
# 7/5 = 14. Bracket set "1,985.00 per 100 sets" -> 19.85, 5 weeks -> 35. GBP against the EUR RFQ -> currency-differs.
# "Quote valid 60 days" from Jun 15 -> 2026-08-14; "CPT Bielefeld" -> CPT.
assert close(34.60 / 10, 3.46) and close(1985 / 100, 19.85)
blind2("u224-gbp-pack-of-10-off-breaks", V.msg("Alastair Greaves <agreaves@trent-engineering.example>", "text/plain", """Hi Jonas,

Thanks for the enquiry VM-RFQ-4418. Our prices are in pounds sterling (GBP):

SH-2231-C rev B drive shaft: 100 off £34.90 / 250 off £32.40 / 500 off £30.75 each. 9 weeks.
HSG-1180-GJL gearbox housing: £985.00 each, 14 weeks (casting from our foundry partner).
FIT-316-G12-10 male stud connector: £34.60 per pack of 10, MOQ 50 packs (500 pcs). Ex-stock.
DSBC-32-80-PPVA-N3 cylinder: £62.15 each, minimum order 10. 7-10 working days.
2231-004-03 bracket set: £1,985.00 per 100 sets. 5 weeks.

CPT Bielefeld (Incoterms 2020). Quote valid 60 days.

Cheers,
Alastair Greaves
Trent Engineering Supplies Ltd, Nottingham
+44 115 555 0193
"""),
       "parsed", "GBP", "2026-08-14", "CPT",
       [line(1, 32.40, "GBP", lead=63), line(2, 985.00, "GBP", lead=98), line(3, 3.46, "GBP", lead=0, moq=500),
        line(4, 62.15, "GBP", lead=14, moq=10), line(5, 19.85, "GBP", lead=35)],
       ["currency-differs"])


if __name__ == "__main__":
    ROUND.write()

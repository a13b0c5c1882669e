#!/usr/bin/env python3
"""Writes replies u449..u464 (Corpus/u*.eml + expected u*.json) - the twenty-ninth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the twenty-eight earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is VENDORS FILLING THE PURCHASER'S OWN RESPONSE TEMPLATE, WELL AND BADLY. The purchaser
sends every vendor a response block in the RFQ mail body (and the same columns as an attached CSV named like
'NR-RFQ-0619-response.csv'):

    ----- BEGIN QUOTE NR-RFQ-0619 (template v1) -----
    Line | Part number   | Quantity | Unit | Unit price | Currency | Lead time (days) | MOQ | Notes
    1    | GSK-EPDM-80   | 5000     | EA   |            | USD      |                  |     |
    ...
    ----- END QUOTE NR-RFQ-0619 -----

with the Currency column pre-filled with the RFQ currency; the vendor fills Unit price (per ONE unit of the Unit
column), Currency, Lead time (days), MOQ and Notes and may change Quantity. The sixteen replies: a perfectly filled
block; per-100 prices written "18.60/100" in the Unit price cell; decimal commas (and a "2.500" MOQ) in the cells;
"4 wks", "2-3 wks" and "stock" in the days column; the table kept without its BEGIN/END markers and a quantity rounded
up to whole spools; the template quoted back under "> " with the answers typed in prose above it; the table re-typed
with tabs (and a one-time set-up charge in Notes); rows deleted (missing lines) and "no bid" in one Notes cell; the
filled template as the attached CSV under a one-line body; an extra "Alt part" column the vendor inserted after the part
number; every Currency cell changed to EUR against the USD RFQ; an Outlook HTML reply that turned the block into a table;
the CSV re-saved by a German Excel (semicolons, decimal commas, Windows-1252); a Quantity cell overwritten with a
minimum casting lot ("1 125,00" in the price cell); ex-works dates instead of days in the lead-time column (one after
the need-by date); and a block returned with every line declined in Notes (a full no-bid).
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
import datetime
import json
import os

from make_corpus import line, nob  # expected-line shapes
from blind_round import Round, close, plus, days  # the round's cases, checked and written; date and amount helpers
from make_blind import OUT, crlf  # the corpus folder (RFQ files) and CRLF line endings
from make_blind5 import file_part, multipart, text_part  # MIME parts
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

ROUND = Round(449)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2


# ----- the purchaser's response template -----

HEADER = ["Line", "Part number", "Quantity", "Unit", "Unit price", "Currency", "Lead time (days)", "MOQ", "Notes"]


def rfq(file):
    with open(os.path.join(OUT, file)) as f:
        return json.load(f)


def blank_rows(r):
    """The template's rows as the purchaser sent them: price, lead time, MOQ and notes empty, currency pre-filled."""
    return [[str(l["lineNumber"]), l["partNumber"], str(l["quantity"]), l["unit"], "", r["currency"], "", "", ""]
            for l in r["lines"]]


def widths(rows):
    return [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]


def grid(rows, w, sep=" | "):
    return "\n".join(sep.join(c.ljust(n) for c, n in zip(row, w)).rstrip() for row in rows)


def markers(ref, body):
    return f"----- BEGIN QUOTE {ref} (template v1) -----\n{body}\n----- END QUOTE {ref} -----"


def empty_block(r):
    """The block exactly as it stands in the RFQ mail."""
    rows = [HEADER] + blank_rows(r)
    return markers(r["reference"], grid(rows, widths(rows)))


COL = {"qty": 2, "price": 4, "cur": 5, "lead": 6, "moq": 7, "notes": 8}


def filled_rows(r, fills, keep=None):
    """The template rows with the vendor's cells typed in; fills = {lineNumber: {"price": .., "lead": .., ...}};
    keep = the line numbers whose rows the vendor left in (default all)."""
    out = []
    for row in blank_rows(r):
        n = int(row[0])
        if keep is not None and n not in keep:
            continue
        for key, value in fills.get(n, {}).items():
            row[COL[key]] = value
        out.append(row)
    return out


def typed_block(r, fills, keep=None, with_markers=True):
    """The vendor typed into the padded cells of the purchaser's block (overwrite mode): a value that fits keeps the
    column's width, a longer one pushes the rest of its row to the right."""
    w = widths([HEADER] + blank_rows(r))
    rows = filled_rows(r, fills, keep)
    text = "\n".join(" | ".join(c.ljust(n) for c, n in zip(row, w)).rstrip() for row in [HEADER] + rows)
    return markers(r["reference"], text) if with_markers else text


def quoted(text):
    return "\n".join(("> " + t).rstrip() for t in text.split("\n"))


RS, RH, RV = rfq("rfq-sample.json"), rfq("rfq-blind.json"), rfq("rfq-blind2.json")


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u449 the block filled in perfectly, markers kept, every cell in the columns' own terms: gasket 0.182 USD, 21 days
# (Jun 5 + 21 = Jun 26, before Aug 3), MOQ 1000 (below 5000); cable 1.36 per M (the Unit column says M = metre), 14 days
# (Jun 19, before Jul 20); screws 0.0296, 0 days, Notes "ex stock"; plate 43.20, 35 days (Jul 10, before Aug 17); springs
# 0.0674, 28 days (Jul 3, before Jul 27), MOQ 2000 (below 8000), Notes "bulk packed, 2,000/bag" (a packing remark, no
# deviation). Quantity cells untouched -> null. Below the block: "Quote valid until 2026-07-31" (not short),
# "Incoterms 2020: FCA Akron, OH" -> FCA. All priced -> parsed, no deviations.
assert plus("2026-06-05", 21) == "2026-06-26" and plus("2026-06-05", 35) == "2026-07-10"
sample("u449-template-filled-perfectly", S.msg("Karen Whitlock <kwhitlock@portage-rubber.example>", "text/plain", f"""Hello Nora,

Your response block is filled in below, as requested.

{typed_block(RS, {
    1: {"price": "0.182", "lead": "21", "moq": "1000"},
    2: {"price": "1.36", "lead": "14"},
    3: {"price": "0.0296", "lead": "0", "notes": "ex stock"},
    4: {"price": "43.20", "lead": "35"},
    5: {"price": "0.0674", "lead": "28", "moq": "2000", "notes": "bulk packed, 2,000/bag"}})}

Quote valid until 2026-07-31.
Incoterms 2020: FCA Akron, OH.
Payment: net 30 days.

Best regards,
Karen Whitlock
Customer Service | Portage Rubber & Spring Co.
330-555-0117
"""),
       "parsed", "USD", "2026-07-31", "FCA",
       [line(1, 0.182, lead=21, moq=1000), line(2, 1.36, lead=14), line(3, 0.0296, lead=0), line(4, 43.20, lead=35),
        line(5, 0.0674, lead=28, moq=2000)],
       [])


# u450 the block filled with the vendor's own price units: "18.60/100" in the gasket's Unit price cell -> 18.60 / 100 =
# 0.186; screws "2.98/100" -> 0.0298; springs "6.85/100" -> 0.0685; cable "1.34" against Unit M -> 1.34 per metre; plate
# "43.90" -> 43.90. Lead times in days: 28 (Jul 3, before Aug 3), 14 (Jun 19, before Jul 20), 0, 42 (Jul 17, before
# Aug 17), 21 (Jun 26, before Jul 27). Quantities untouched -> null. "Prices valid 45 days" from Fri 5 Jun ->
# 2026-07-20 (not short); "FOB Erie, PA" -> FOB. All priced -> parsed, no deviations.
assert close(18.60 / 100, 0.186) and close(2.98 / 100, 0.0298) and close(6.85 / 100, 0.0685)
assert plus("2026-06-05", 45) == "2026-07-20" and plus("2026-06-05", 42) == "2026-07-17"
sample("u450-template-per-100-in-price-cells", S.msg("Ron Kasprzak <rkasprzak@presque-isle-fast.example>", "text/plain", f"""Nora,

Filled in your form. The small parts are priced per 100 like we always do, I wrote it in the cell.

{typed_block(RS, {
    1: {"price": "18.60/100", "lead": "28"},
    2: {"price": "1.34", "lead": "14"},
    3: {"price": "2.98/100", "lead": "0"},
    4: {"price": "43.90", "lead": "42"},
    5: {"price": "6.85/100", "lead": "21"}})}

FOB Erie, PA. Prices valid 45 days.

Ron Kasprzak
Presque Isle Fastener & Spring
814-555-0166
"""),
       "parsed", "USD", "2026-07-20", "FOB",
       [line(1, 0.186, lead=28), line(2, 1.34, lead=14), line(3, 0.0298, lead=0), line(4, 43.90, lead=42),
        line(5, 0.0685, lead=21)],
       [])


# u451 a German vendor quoting in USD fills the cells with decimal commas: gasket "0,179" -> 0.179, 28 days (Jul 3,
# before Aug 3), MOQ "2.500" -> 2,500 (a thousands dot in a decimal-comma table; below 5000); cable "1,38" -> 1.38 per
# metre, 21 days (Jun 26, before Jul 20); screws "0,0302" -> 0.0302, 0 days ("ab Lager"); plate "44,80" -> 44.80, 35
# days (Jul 10, before Aug 17); springs "0,0689" -> 0.0689, 21 days (Jun 26, before Jul 27). Currency cells left "USD".
# Quantities untouched -> null. "Angebot gültig bis 17.07.2026" -> 2026-07-17 (not short; 17 cannot be a month);
# "Lieferbedingung: DAP Chicago, IL" -> DAP. All priced -> parsed, no deviations.
assert plus("2026-06-05", 28) == "2026-07-03"
sample("u451-template-decimal-commas", S.msg("Tobias Reinhardt <t.reinhardt@reinhardt-dichtungen.example>", "text/plain", f"""Hello Mrs Reyes,

thank you for your inquiry. Please find our prices (USD) in your template:

{typed_block(RS, {
    1: {"price": "0,179", "lead": "28", "moq": "2.500"},
    2: {"price": "1,38", "lead": "21"},
    3: {"price": "0,0302", "lead": "0", "notes": "ab Lager"},
    4: {"price": "44,80", "lead": "35"},
    5: {"price": "0,0689", "lead": "21"}})}

Angebot gültig bis 17.07.2026.
Lieferbedingung: DAP Chicago, IL (Incoterms 2020).

Mit freundlichen Grüßen / best regards
Tobias Reinhardt
Reinhardt Dichtungen und Federn GmbH, Hagen
Tel. +49 2331 555 0142
""", cte="quoted-printable"),
       "parsed", "USD", "2026-07-17", "DAP",
       [line(1, 0.179, lead=28, moq=2500), line(2, 1.38, lead=21), line(3, 0.0302, lead=0), line(4, 44.80, lead=35),
        line(5, 0.0689, lead=21)],
       [])


# u452 the "Lead time (days)" column filled with weeks and words: gasket "4 wks" -> 28 (Jul 3, before Aug 3); cable
# "2-3 wks" -> upper bound 21 (Jun 26, before Jul 20); screws "stock" -> 0; plate "30" -> 30 days as the column says
# (Jul 5, before Aug 17); springs "8 wks" -> 56 (Jun 5 + 56 = Jul 31, AFTER the Jul 27 need-by ->
# lead-time-after-need-by). Prices 0.183, 1.29 (per metre), 0.0305, 42.75, 0.0699. Quantities untouched -> null.
# "Prices firm for 30 days" from Fri 5 Jun -> 2026-07-05 (not short); "EXW Lancaster, PA" -> EXW. All priced -> parsed.
assert plus("2026-06-05", 56) == "2026-07-31" and plus("2026-06-05", 30) == "2026-07-05"
sample("u452-template-weeks-and-stock-in-days-column", S.msg("Maggie Tran <mtran@conestoga-ind.example>", "text/plain", f"""Hi Nora,

Here you go. Sorry, our system gives lead times in weeks so that's what I put in.

{typed_block(RS, {
    1: {"price": "0.183", "lead": "4 wks"},
    2: {"price": "1.29", "lead": "2-3 wks"},
    3: {"price": "0.0305", "lead": "stock"},
    4: {"price": "42.75", "lead": "30"},
    5: {"price": "0.0699", "lead": "8 wks", "notes": "302 wire short at mill"}})}

EXW Lancaster, PA. Prices firm for 30 days.

Thanks,
Maggie Tran
Conestoga Industrial Supply
"""),
       "parsed", "USD", "2026-07-05", "EXW",
       [line(1, 0.183, lead=28), line(2, 1.29, lead=21), line(3, 0.0305, lead=0), line(4, 42.75, lead=30),
        line(5, 0.0699, lead=56)],
       ["lead-time-after-need-by"])


# u453 the vendor copied only the table: the BEGIN / END marker lines are gone, header and rows kept. The cable's
# Quantity cell changed from 1500 to 1525 with Notes "5 full spools x 305 m" -> quantity 1525 (quantity-differs),
# 1.33 per metre, 14 days (Jun 19, before Jul 20). Gasket 0.188, 35 days (Jul 10, before Aug 3); screws 0.0311, 0;
# plate 41.95, 49 days (Jul 24, before Aug 17); springs 0.0702, 21 days (Jun 26, before Jul 27). Other quantities
# untouched -> null. "Pricing good until June 30, 2026" -> 2026-06-30 (not short: Jun 30 >= Jun 26); "FCA Youngstown,
# OH" -> FCA. All priced -> parsed, quantity-differs.
assert 5 * 305 == 1525 and plus("2026-06-05", 49) == "2026-07-24"
sample("u453-template-table-without-markers", S.msg("Jim Petrakis <jpetrakis@mahoning-supply.example>", "text/plain", f"""Nora,

Pricing below - I only kept the table part of your form.

{typed_block(RS, {
    1: {"price": "0.188", "lead": "35"},
    2: {"qty": "1525", "price": "1.33", "lead": "14", "notes": "5 full spools x 305 m"},
    3: {"price": "0.0311", "lead": "0"},
    4: {"price": "41.95", "lead": "49"},
    5: {"price": "0.0702", "lead": "21"}}, with_markers=False)}

FCA Youngstown, OH. Pricing good until June 30, 2026.

Jim Petrakis
Mahoning Valley Supply
330-555-0184
"""),
       "parsed", "USD", "2026-06-30", "FCA",
       [line(1, 0.188, lead=35), line(2, 1.33, qty=1525, lead=14), line(3, 0.0311, lead=0), line(4, 41.95, lead=49),
        line(5, 0.0702, lead=21)],
       ["quantity-differs"])


# u454 the answers typed in prose ABOVE the purchaser's RFQ mail, which is quoted back under "> " with its block still
# empty (the quoted quantities and "USD" cells are the buyer's, not answers). Gasket "$0.177 each, 4 weeks" -> 0.177, 28
# (Jul 3, before Aug 3). Cable "$1.31 per metre, 3 weeks" -> 1.31, 21 (Jun 26, before Jul 20). Screws "$0.0299 each
# from stock" -> 0.0299, 0. Springs "$0.0708 each, 3 weeks" -> 0.0708, 21 (Jun 26, before Jul 27), "our minimum run on
# springs is 10,000 pcs" -> moq 10000, above the 8000 asked -> moq-above-quantity (quantity not restated -> null).
# "We cannot supply PLT-0915-R2" -> line 4 declined. "All USD, FOB Canton, OH" -> FOB; "prices good through July 15,
# 2026" -> 2026-07-15 (not short). Partial, moq-above-quantity and no-bid.
RFQ_MAIL_S = f"""Hello,

Please quote the parts below for RFQ {RS["reference"]} by June 12, 2026. Fill in the block (or the attached
{RS["reference"]}-response.csv) and send it back: unit price per one unit of the Unit column, lead time in calendar
days. Need-by dates and drawings are in the attached RFQ document.

{empty_block(RS)}

Regards,
Nora Reyes
Purchasing | Northridge Automation"""
sample("u454-template-quoted-answers-in-prose", S.msg("Tom Albrecht <talbrecht@canton-spring-wire.example>", "text/plain", f"""Hi Nora,

Quicker for me to type it than to fill in the table, hope that's ok.

GSK-EPDM-80 at $0.177 each, 4 weeks. CBL-4C22-PUR $1.31 per metre, 3 weeks. SCR-M4X10-A2 $0.0299 each from stock.
SPR-C0630-302 $0.0708 each, 3 weeks - note our minimum run on springs is 10,000 pcs. We cannot supply PLT-0915-R2, we
don't machine.

All USD, FOB Canton, OH; prices good through July 15, 2026.

Regards,
Tom Albrecht
Canton Spring & Wire Products

On Tue, Jun 2, 2026 at 7:45 AM Nora Reyes <nreyes@northridge.example> wrote:
{quoted(RFQ_MAIL_S)}
"""),
       "partial", "USD", "2026-07-15", "FOB",
       [line(1, 0.177, lead=28), line(2, 1.31, lead=21), line(3, 0.0299, lead=0), nob(4),
        line(5, 0.0708, lead=21, moq=10000)],
       ["moq-above-quantity", "no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u455 the block re-typed with TABS between the cells (markers kept, empty cells are consecutive tabs). Resin 4.42 per KG,
# 21 days (Jun 12 + 21 = Jul 3, before Jul 20), MOQ 25 (one bag, below 2500), Notes "25 kg bags"; sheet 141.50, 28 days
# (Jul 10, before Aug 10); bearing 3.18, 0 days; O-rings 0.0196, 14 days (Jun 26, before Aug 17); hose 4.38 per metre,
# 21 days (Jul 3, before Sep 1); kit 26.40 per set, 42 days (Jul 24, before Sep 21), Notes "plus one-time USD 150.00
# setup for kit labels" -> note. Quantities untouched -> null. "Valid 60 days" from Fri 12 Jun -> 2026-08-11 (not
# short); "FOB Milwaukee, WI" -> FOB. All priced -> parsed, note.
assert plus("2026-06-12", 60) == "2026-08-11" and plus("2026-06-12", 42) == "2026-07-24"
U455_ROWS = filled_rows(RH, {
    1: {"price": "4.42", "lead": "21", "moq": "25", "notes": "25 kg bags"},
    2: {"price": "141.50", "lead": "28"},
    3: {"price": "3.18", "lead": "0"},
    4: {"price": "0.0196", "lead": "14"},
    5: {"price": "4.38", "lead": "21"},
    6: {"price": "26.40", "lead": "42", "notes": "plus one-time USD 150.00 setup for kit labels"}})
U455_TABLE = "\n".join("\t".join(r).rstrip("\t") for r in [HEADER] + U455_ROWS)
blind("u455-template-retyped-with-tabs", H.msg("Gina Haverkamp <ghaverkamp@cream-city-mro.example>", "text/plain", f"""Lena,

Our answer to HM-RFQ-2611 - I retyped your block in our quote sheet, so it comes out with tabs.

----- BEGIN QUOTE HM-RFQ-2611 (template v1) -----
{U455_TABLE}
----- END QUOTE HM-RFQ-2611 -----

FOB Milwaukee, WI. Valid 60 days.

Gina Haverkamp
Cream City MRO Supply
414-555-0175
"""),
       "parsed", "USD", "2026-08-11", "FOB",
       [line(1, 4.42, lead=21, moq=25), line(2, 141.50, lead=28), line(3, 3.18, lead=0), line(4, 0.0196, lead=14),
        line(5, 4.38, lead=21), line(6, 26.40, lead=42)],
       ["note"])


# u456 a fluid-power distributor deleted the rows it does not sell (lines 1 and 2 gone -> missing-line) and wrote
# "no bid" in the O-ring row's Notes (price cell empty -> line 4 declined). Bearing 3.26, 7 days (Jun 19, before Jul 27);
# hose 4.52 per metre, 10 days (Jun 22, before Sep 1), MOQ 50 (one reel, below 800); kit 25.90 per set, 35 days (Jul 17,
# before Sep 21). Quantities untouched -> null. "valid until 2026-07-24" (not short); "FCA Rockford, IL" -> FCA.
# Partial, missing-line and no-bid.
# Corrected after the first run (session 9): "that's not our business" declines lines 1 and 2 in words, which the
# rules read as a no-bid, so they are declined lines rather than missing ones; the status follows from check().
assert plus("2026-06-12", 35) == "2026-07-17"
blind("u456-template-rows-deleted-no-bid-note", H.msg("Dwayne Pollard <dpollard@rock-river-fluid.example>", "text/plain", f"""Hi Lena,

See below. I took out the resin and sheet rows, that's not our business.

{typed_block(RH, {
    3: {"price": "3.26", "lead": "7"},
    4: {"notes": "no bid"},
    5: {"price": "4.52", "lead": "10", "moq": "50", "notes": "50 m reels"},
    6: {"price": "25.90", "lead": "35"}}, keep={3, 4, 5, 6})}

Quote valid until 2026-07-24, FCA Rockford, IL.

Dwayne Pollard
Rock River Fluid Power
815-555-0139
"""),
       "partial", "USD", "2026-07-24", "FCA",
       [nob(1), nob(2), line(3, 3.26, lead=7), nob(4), line(5, 4.52, lead=10, moq=50), line(6, 25.90, lead=35)],
       ["no-bid"])


# u457 the filled template returned as the attached CSV the purchaser sent (HM-RFQ-2611-response.csv, same columns,
# comma-separated) under a one-line body that carries the terms. Resin 4.29 per KG, 14 days (Jun 26, before Jul 20), MOQ
# 1000 (below 2500); sheet 136.75, 21 days (Jul 3, before Aug 10); lines 3 to 6 "no quote" in Notes with empty price
# cells -> declined. Quantities untouched -> null. Body "USD, EXW Toledo OH, good for 30 days" -> EXW, Fri 12 Jun + 30 =
# 2026-07-12 (not short). Partial, no-bid.
assert plus("2026-06-12", 30) == "2026-07-12" and plus("2026-06-12", 14) == "2026-06-26"
U457_CSV = crlf("\n".join(",".join(r) for r in [HEADER] + filled_rows(RH, {
    1: {"price": "4.29", "lead": "14", "moq": "1000"},
    2: {"price": "136.75", "lead": "21"},
    3: {"notes": "no quote - bearings not our line"},
    4: {"notes": "no quote"},
    5: {"notes": "no quote"},
    6: {"notes": "no quote"}})) + "\n").encode("utf-8")
blind("u457-template-csv-attached-one-line-body", H.with_attachment("Brian Szymanski <bszymanski@maumee-plastics-metals.example>",
    "Completed response attached - USD, EXW Toledo OH, good for 30 days. -Brian",
    "text/csv", "HM-RFQ-2611-response.csv", U457_CSV),
       "partial", "USD", "2026-07-12", "EXW",
       [line(1, 4.29, lead=14, moq=1000), line(2, 136.75, lead=21), nob(3), nob(4), nob(5), nob(6)],
       ["no-bid"])


# u458 a bearing house INSERTED a column "Alt part" after "Part number", so every later column moved one to the right
# (read the header). Bearing: Alt part "6205-C-2HRS-C3" (FAG equivalent; the RFQ allows "SKF or equivalent") ->
# alternatePartNumber 6205-C-2HRS-C3 (alternate-part), 3.05, 3 days (Jun 15, before Jul 27). O-rings as specified (Alt
# part empty) 0.0188, 14 days (Jun 26, before Aug 17), MOQ 5000 (below 50000). Hose as specified 4.49 per metre, 21 days
# (Jul 3, before Sep 1). Resin, sheet and kit "no bid" in Notes -> declined. Quantities untouched -> null. "Quote valid
# until July 17, 2026" -> 2026-07-17 (not short); "FCA Elkhart, IN" -> FCA. Partial, alternate-part and no-bid.
U458_FILLS = {1: {"notes": "no bid"}, 2: {"notes": "no bid"},
              3: {"price": "3.05", "lead": "3", "notes": "FAG equivalent, C3"},
              4: {"price": "0.0188", "lead": "14", "moq": "5000"},
              5: {"price": "4.49", "lead": "21"},
              6: {"notes": "no bid"}}
U458_ALT = {3: "6205-C-2HRS-C3"}
U458_ROWS = [r[:2] + [U458_ALT.get(int(r[0]), "")] + r[2:] for r in filled_rows(RH, U458_FILLS)]
U458_HDR = HEADER[:2] + ["Alt part"] + HEADER[2:]
blind("u458-template-alt-part-column-added", H.msg("Sharon Meeks <smeeks@hoosier-bearing.example>", "text/plain", f"""Lena,

Thanks for the RFQ. I added an "Alt part" column for the bearing - SKF is on long lead, we offer FAG.

----- BEGIN QUOTE HM-RFQ-2611 (template v1) -----
{grid([U458_HDR] + U458_ROWS, widths([U458_HDR] + U458_ROWS))}
----- END QUOTE HM-RFQ-2611 -----

Quote valid until July 17, 2026. FCA Elkhart, IN.

Sharon Meeks
Hoosier Bearing & Transmission
574-555-0128
"""),
       "partial", "USD", "2026-07-17", "FCA",
       [nob(1), nob(2), line(3, 3.05, lead=3, alt="6205-C-2HRS-C3"), line(4, 0.0188, lead=14, moq=5000),
        line(5, 4.49, lead=21), nob(6)],
       ["alternate-part", "no-bid"])


# u459 a Dutch distributor overwrote every pre-filled "USD" Currency cell with "EUR" -> quote currency EUR against the USD
# RFQ (currency-differs). Resin 3.95 EUR per KG, 28 days (Jul 10, before Jul 20); sheet 128.40, 35 days (Jul 17, before
# Aug 10); bearing 2.88, 14 days (Jun 26, before Jul 27); O-rings 0.0172, 21 days (Jul 3, before Aug 17); hose 3.96 per
# metre, 28 days (Jul 10, before Sep 1); kit 23.50 per set, 56 days (Aug 7, before Sep 21). Quantities untouched ->
# null. "Offer valid until 2026-07-31" (not short); "FCA Rotterdam" -> FCA. All priced -> parsed, currency-differs.
assert plus("2026-06-12", 56) == "2026-08-07" and plus("2026-06-12", 28) == "2026-07-10"
blind("u459-template-currency-cells-eur", H.msg("Pieter van Dam <p.vandam@delta-industrial.example>", "text/plain", f"""Dear Lena,

Please find our offer in your template. We invoice in euro only, so I changed the currency column to EUR.

{typed_block(RH, {
    1: {"price": "3.95", "cur": "EUR", "lead": "28"},
    2: {"price": "128.40", "cur": "EUR", "lead": "35"},
    3: {"price": "2.88", "cur": "EUR", "lead": "14"},
    4: {"price": "0.0172", "cur": "EUR", "lead": "21"},
    5: {"price": "3.96", "cur": "EUR", "lead": "28"},
    6: {"price": "23.50", "cur": "EUR", "lead": "56"}})}

Offer valid until 2026-07-31. Delivery FCA Rotterdam (Incoterms 2020).

Kind regards,
Pieter van Dam
Delta Industrial Supplies B.V.
+31 10 555 0163
"""),
       "parsed", "EUR", "2026-07-31", "FCA",
       [line(1, 3.95, "EUR", lead=28), line(2, 128.40, "EUR", lead=35), line(3, 2.88, "EUR", lead=14),
        line(4, 0.0172, "EUR", lead=21), line(5, 3.96, "EUR", lead=28), line(6, 23.50, "EUR", lead=56)],
       ["currency-differs"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u460 an Outlook HTML-only reply (quoted-printable) in which the block became a Word-style table (MsoTableGrid, one
# <p class=MsoNormal> per cell, &nbsp; in the empty cells); the marker lines are paragraphs above and below it. Shaft
# 40.80, 56 days (Jun 15 + 56 = Aug 10, before Aug 28); housing "1,180.00" -> 1180.00, 105 days (Sep 28, before Oct 2);
# bracket set 13.40 per SET, 35 days (Jul 20, before Oct 9), Notes "anodising included"; fitting and cylinder "no quote"
# in Notes -> declined. Currency cells EUR. Quantities untouched -> null. "Offer valid 45 days" from Mon 15 Jun ->
# 2026-07-30 (not short); "FCA Enschede" -> FCA. Partial, no-bid.
assert plus("2026-06-15", 105) == "2026-09-28" and plus("2026-06-15", 45) == "2026-07-30"
U460_ROWS = [HEADER] + filled_rows(RV, {
    1: {"price": "40.80", "lead": "56"},
    2: {"price": "1,180.00", "lead": "105"},
    3: {"notes": "no quote (catalogue part)"},
    4: {"notes": "no quote (catalogue part)"},
    5: {"price": "13.40", "lead": "35", "notes": "anodising included"}})
U460_TD = "valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'"
U460_TABLE = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
              + "\n".join("<tr>" + "".join(f"<td {U460_TD}><p class=MsoNormal>{(('<b>' + c + '</b>') if i == 0 else c) or '&nbsp;'}"
                                           f"<o:p></o:p></p></td>" for c in r) + "</tr>" for i, r in enumerate(U460_ROWS))
              + "\n</table>")
blind2("u460-template-outlook-html-table", V.msg("Bram Oosterhuis <b.oosterhuis@twente-precision.example>", "text/html", f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}} --></style></head>
<body lang=EN-US link="#0563C1" vlink="#954F72"><div class=WordSection1>
<p class=MsoNormal>Dear Mr Albers,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>thank you for your request. Our prices are filled in below.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>----- BEGIN QUOTE VM-RFQ-4418 (template v1) -----<o:p></o:p></p>
{U460_TABLE}
<p class=MsoNormal>----- END QUOTE VM-RFQ-4418 -----<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Offer valid 45 days. Delivery FCA Enschede (Incoterms 2020).<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Met vriendelijke groet / kind regards,<o:p></o:p></p>
<p class=MsoNormal><b>Bram Oosterhuis</b><br>Twente Precision Machining B.V.<br>+31 53 555 0174<o:p></o:p></p>
</div></body></html>""", cte="quoted-printable"),
       "partial", "EUR", "2026-07-30", "FCA",
       [line(1, 40.80, "EUR", lead=56), line(2, 1180.00, "EUR", lead=105), nob(3), nob(4), line(5, 13.40, "EUR", lead=35)],
       ["no-bid"])


# u461 the response CSV opened and re-saved by a German Excel: ";" separators, decimal commas, Windows-1252, CRLF,
# trailing empty cells kept as ";;". Fitting "4,08" -> 4.08, 10 days (Jun 25, before Aug 14); cylinder "97,35" -> 97.35,
# 21 days (Jul 6, before Sep 11). Shaft, housing and bracket set "kein Angebot / no offer" in Notes -> declined.
# Currency cells EUR. Quantities untouched -> null. Body "Angebot gültig bis 31.08.2026" -> 2026-08-31 (not short),
# "Lieferung FCA Stuttgart" -> FCA. Partial, no-bid.
assert plus("2026-06-15", 10) == "2026-06-25" and plus("2026-06-15", 21) == "2026-07-06"
U461_CSV = crlf("\n".join(";".join(r) for r in [HEADER] + filled_rows(RV, {
    1: {"notes": "kein Angebot / no offer"},
    2: {"notes": "kein Angebot / no offer"},
    3: {"price": "4,08", "lead": "10"},
    4: {"price": "97,35", "lead": "21"},
    5: {"notes": "kein Angebot / no offer"}})) + "\n").encode("cp1252")
blind2("u461-template-csv-excel-semicolons", V.message("Heike Brandstätter <h.brandstaetter@neckar-pneumatik.example>", multipart(
    "mixed", "=_neckar_4461_mixed", [
        text_part("text/plain", """Guten Tag Herr Albers,

anbei die ausgefüllte Antwortdatei zu Ihrer Anfrage VM-RFQ-4418. Preise netto in EUR.
Lieferung FCA Stuttgart, Angebot gültig bis 31.08.2026.

Mit freundlichen Grüßen
Heike Brandstätter
Neckar Pneumatik Vertriebs GmbH
""", cte="quoted-printable"),
        file_part("text/csv", "VM-RFQ-4418-response.csv", U461_CSV)])),
       "partial", "EUR", "2026-08-31", "FCA",
       [nob(1), nob(2), line(3, 4.08, "EUR", lead=10), line(4, 97.35, "EUR", lead=21), nob(5)],
       ["no-bid"])


# u462 a Polish foundry and machine shop overwrote the housing's Quantity cell 25 with 30 and put 30 in MOQ, Notes "min.
# casting lot 30 pcs" -> quantity 30 (quantity-differs), moq 30 above the 25 asked (moq-above-quantity); its price cell
# "1 125,00" (space thousands, decimal comma) -> 1125.00, 98 days (Sep 21, before Oct 2). Shaft "39,90" -> 39.90, 63 days
# (Aug 17, before Aug 28); bracket set "12,60" -> 12.60 per SET, 42 days (Jul 27, before Oct 9). Fitting and cylinder
# "no quote" in Notes -> declined. Other quantities untouched -> null. "Offer valid 30 days" from Mon 15 Jun ->
# 2026-07-15 (not short); "EXW Gliwice" -> EXW. EUR. Partial, moq-above-quantity, no-bid, quantity-differs.
assert plus("2026-06-15", 98) == "2026-09-21" and plus("2026-06-15", 63) == "2026-08-17" and plus("2026-06-15", 30) == "2026-07-15"
blind2("u462-template-quantity-overwritten-casting-lot", V.msg("Tomasz Wróbel <t.wrobel@odlewnia-slask.example>", "text/plain", f"""Dear Mr Albers,

please see our offer in your form. For the housing we changed the quantity to our minimum casting lot.

{typed_block(RV, {
    1: {"price": "39,90", "lead": "63"},
    2: {"qty": "30", "price": "1 125,00", "lead": "98", "moq": "30", "notes": "min. casting lot 30 pcs"},
    3: {"notes": "no quote"},
    4: {"notes": "no quote"},
    5: {"price": "12,60", "lead": "42"}})}

Offer valid 30 days. EXW Gliwice.

Best regards,
Tomasz Wróbel
Odlewnia i Obróbka Śląsk Sp. z o.o.
"""),
       "partial", "EUR", "2026-07-15", "EXW",
       [line(1, 39.90, "EUR", lead=63), line(2, 1125.00, "EUR", qty=30, lead=98, moq=30), nob(3), nob(4),
        line(5, 12.60, "EUR", lead=42)],
       ["moq-above-quantity", "no-bid", "quantity-differs"])


# u463 the "Lead time (days)" cells hold ex-works DATES ("07-Aug-2026"), as the body says; each counts from Mon 15 Jun:
# shaft 07-Aug-2026 -> 53 days (before Aug 28); housing 09-Oct-2026 -> 116 days (AFTER the Oct 2 need-by ->
# lead-time-after-need-by); fitting 26-Jun-2026 -> 11 days (before Aug 14); cylinder 17-Jul-2026 -> 32 days (before
# Sep 11); bracket set 14-Aug-2026 -> 60 days (before Oct 9). Prices 41.10, 1160.00, 4.19, 98.60, 12.95 EUR.
# Quantities untouched -> null. "Gültig bis 14.08.2026" -> 2026-08-14 (not short; 14 cannot be a month); "EXW Kassel"
# -> EXW. All priced -> parsed, lead-time-after-need-by.
assert [days("2026-06-15", d) for d in ("2026-08-07", "2026-10-09", "2026-06-26", "2026-07-17", "2026-08-14")] == [53, 116, 11, 32, 60]
blind2("u463-template-ship-dates-in-days-column", V.msg("Stefan Lohmeyer <s.lohmeyer@fulda-antrieb.example>", "text/plain", f"""Hello Mr Albers,

our offer for VM-RFQ-4418 below. Instead of days I have entered our ex-works dates in the lead time column.

{typed_block(RV, {
    1: {"price": "41.10", "lead": "07-Aug-2026"},
    2: {"price": "1160.00", "lead": "09-Oct-2026"},
    3: {"price": "4.19", "lead": "26-Jun-2026"},
    4: {"price": "98.60", "lead": "17-Jul-2026"},
    5: {"price": "12.95", "lead": "14-Aug-2026"}})}

EXW Kassel. Gültig bis 14.08.2026.

Best regards
Stefan Lohmeyer
Fulda Antriebstechnik GmbH
""", cte="quoted-printable"),
       "parsed", "EUR", "2026-08-14", "EXW",
       [line(1, 41.10, "EUR", lead=53), line(2, 1160.00, "EUR", lead=116), line(3, 4.19, "EUR", lead=11),
        line(4, 98.60, "EUR", lead=32), line(5, 12.95, "EUR", lead=60)],
       ["lead-time-after-need-by"])


# u464 the block sent back with every row declined in Notes ("no bid", "regret", "N/Q", "cannot supply") and no price;
# the Currency cells still hold the pre-filled "EUR", which is no offer. Every line declined -> all five noBid,
# currency / validUntil / incoterms null, status no-bid, kinds {no-bid}.
blind2("u464-template-all-rows-declined", V.msg("Aurelio Conti <a.conti@conti-meccanica.example>", "text/plain", f"""Good morning Mr Albers,

unfortunately we have to decline VM-RFQ-4418 - our machining capacity is booked until the end of October and we do
not trade catalogue parts. Your template is returned below for your records.

{typed_block(RV, {
    1: {"notes": "no bid"},
    2: {"notes": "regret - no capacity"},
    3: {"notes": "N/Q"},
    4: {"notes": "cannot supply"},
    5: {"notes": "no bid"}})}

Kind regards,
Aurelio Conti
Conti Meccanica S.r.l.
"""),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5)], ["no-bid"])


if __name__ == "__main__":
    ROUND.write()

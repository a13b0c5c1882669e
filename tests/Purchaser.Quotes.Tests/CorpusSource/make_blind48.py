#!/usr/bin/env python3
"""Writes replies u753..u768 (Corpus/u*.eml + expected u*.json) - the forty-eighth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is A FOURTH ORDINARY WEEK: A MIXED MAILBOX. Sixteen replies of the kinds a buyer gets in any week,
each different: a terse plain-text answer from an Ohio distributor pricing all five lines above the buyer's quoted
request; a Pennsylvania fastener house (multipart/alternative) whose "Per" column says 1000 / 100 / 1; a Michigan
spring maker's break ROWS with a one-time set-up charge; a machine shop's question about the plate (not a quote); a
corrected quote that fixes one mistyped price, with the wrong original quoted below; an Ontario distributor in CAD
selling the cable in full 305 m spools; a polite UK reply in GBP with a table typed in the body; an Indian exporter's
PDF proforma invoice ("per 1000 Nos", "per Mtr", FOB Nhava Sheva); a distributor portal's auto-generated HTML quote
with a quote number and a line table; a Texas plastics-and-metals house giving ship dates instead of lead times (one
after its need-by) and a short validity; a South Carolina distributor declining the resin and the sheet by description;
a German machining shop writing English in an Outlook HTML table with a one-time set-up cost; a Mexican shop in Spanish
with an XLSX in USD against the EUR RFQ; a Portuguese distributor offering its own cylinder instead of the Festo one; an
Italian fitting maker whose MOQ is above the quantity asked; and a Dutch sheet-metal shop declining the whole RFQ.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, pdf  # expected-line shapes, text-layer PDF writer
from make_blind2 import xlsx_book  # multi-sheet workbook writer (inline strings, plain numbers)
from make_blind5 import check_page, file_part, multipart, row, text_part  # MIME parts and PDF rows
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check(), mso_cell
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(753)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classify(kind):
    """Sets the optional classification field on the case just added (a 'question' reason contains 'question')."""
    extra = {"classification": kind}
    if kind == "question":
        extra["reasonContains"] = "question"
    ROUND.cases[-1][2].update(extra)


def gt(text):
    """Quotes text the way mail clients do ("> " before every line, a bare ">" on empty ones)."""
    return "\n".join(("> " + t) if t else ">" for t in text.split("\n"))


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u753 a terse plain-text answer from an Ohio distributor, one row per RFQ line, above the buyer's request quoted with
# "> " (quantities and need-by dates, no prices). Gasket "$0.183 ea", 4 wks -> 28 (Jul 3, before Aug 3). Cable
# "$1.37/m" on the metre line -> 1.37, 2 wks -> 14 (Jun 19, before Jul 20). Screws "$0.0298 ea", stock -> 0. Plate
# "$42.75 ea", "6-7 wks" -> upper bound 49 (Jul 24, before Aug 17). Springs "$0.0691 ea", 3 wks -> 21 (Jun 26, before
# Jul 27). Quantities restated as asked -> null. "All USD, FOB Port Clinton OH. Good for 30 days" -> FOB, Jun 5 + 30 =
# 2026-07-05 (not short). Every line priced -> parsed, no deviations.
assert plus("2026-06-05", 30) == "2026-07-05" and plus("2026-06-05", 49) == "2026-07-24"
assert days("2026-06-05", "2026-07-20") >= 14 and days("2026-06-05", "2026-07-27") >= 21
sample("u753-terse-ohio-distributor-all-five", S.msg("Rick Szabo <rick@marblehead-supply.example>", "text/plain", """Nora,

GSK-EPDM-80     5000 pcs    $0.183 ea    4 wks
CBL-4C22-PUR    1500 m      $1.37/m      2 wks
SCR-M4X10-A2    20000 pcs   $0.0298 ea   stock
PLT-0915-R2     120 pcs     $42.75 ea    6-7 wks
SPR-C0630-302   8000 pcs    $0.0691 ea   3 wks

All USD, FOB Port Clinton OH. Good for 30 days.

Rick

--
Rick Szabo | Marblehead Industrial Supply | 419-555-0137

On Mon, Jun 1, 2026 at 7:48 AM Nora Reyes <nreyes@northridge.example> wrote:
""" + gt("""Hi Rick,

Could you quote RFQ NR-RFQ-0619 by June 12?

1  GSK-EPDM-80    5000 EA   need by 8/3
2  CBL-4C22-PUR   1500 M    need by 7/20
3  SCR-M4X10-A2   20000 EA  need by 7/13
4  PLT-0915-R2    120 EA    need by 8/17
5  SPR-C0630-302  8000 EA   need by 7/27

Thanks,
Nora""") + "\n"),
       "parsed", "USD", "2026-07-05", "FOB",
       [line(1, 0.183, lead=28), line(2, 1.37, lead=14), line(3, 0.0298, lead=0), line(4, 42.75, lead=49),
        line(5, 0.0691, lead=21)],
       [])


# u754 a Pennsylvania fastener and spring house, multipart/alternative (text + HTML, the same table), prices "per the
# quantity shown in the Per column": gasket 183.50 per 1000 -> 0.1835, 4 weeks -> 28 (Jul 3, before Aug 3); screws 3.05
# per 100 -> 0.0305, stock -> 0; plate 41.90 per 1 -> 41.90, 6 weeks -> 42 (Jul 17, before Aug 17); springs 67.40 per
# 1000 -> 0.0674, 3 weeks -> 21 (Jun 26, before Jul 27). Quantities as asked -> null. "Line 2 (CBL-4C22-PUR cable): no
# quote" -> declined. "valid until July 17, 2026" (not short); "FCA Johnstown, PA" -> FCA. Partial, no-bid.
assert close(183.50 / 1000, 0.1835) and close(3.05 / 100, 0.0305) and close(67.40 / 1000, 0.0674)
assert plus("2026-06-05", 42) == "2026-07-17"
U754_ROWS = [("Ln", "Part number", "Qty", "Price (USD)", "Per", "Lead time"),
             ("1", "GSK-EPDM-80", "5,000", "183.50", "1000", "4 weeks"),
             ("3", "SCR-M4X10-A2", "20,000", "3.05", "100", "stock"),
             ("4", "PLT-0915-R2", "120", "41.90", "1", "6 weeks"),
             ("5", "SPR-C0630-302", "8,000", "67.40", "1000", "3 weeks")]
U754_INTRO = ("Thank you for the opportunity to quote NR-RFQ-0619. Please note our prices are per the quantity shown in "
              "the \"Per\" column.")
U754_TERMS = "Quotation valid until July 17, 2026. FCA Johnstown, PA (Incoterms 2020)."
U754_TEXT = ("Hello Nora,\n\n" + U754_INTRO + "\n\n"
             + "\n".join(f"{a:<4}{b:<16}{c:<10}{d:<13}{e:<7}{f}" for a, b, c, d, e, f in U754_ROWS)
             + "\n\nLine 2 (CBL-4C22-PUR cable): no quote - we do not sell cable.\n\n" + U754_TERMS + """

Best regards,
Denise Hartman
Customer Service
Conemaugh Fastener & Spring Co.
412 Iron Street, Johnstown, PA 15906
814-555-0122 | fax 814-555-0123
""")
U754_HTML = ("""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello Nora,</p>
<p>""" + U754_INTRO + """</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
""" + "\n".join("<tr>" + "".join((f"<th>{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r) + "</tr>"
                for i, r in enumerate(U754_ROWS)) + """
</table>
<p>Line 2 (CBL-4C22-PUR cable): no quote - we do not sell cable.</p>
<p>""" + U754_TERMS + """</p>
<p>Best regards,<br>Denise Hartman<br>Customer Service<br>Conemaugh Fastener &amp; Spring Co.<br>
412 Iron Street, Johnstown, PA 15906<br>814-555-0122 | fax 814-555-0123</p>
</body></html>""")
sample("u754-per-column-1000-100-1", S.alternative("Denise Hartman <dhartman@conemaugh-fastener.example>",
                                                   U754_TEXT, U754_HTML),
       "partial", "USD", "2026-07-17", "FCA",
       [line(1, 0.1835, lead=28), nob(2), line(3, 0.0305, lead=0), line(4, 41.90, lead=42), line(5, 0.0674, lead=21)],
       ["no-bid"])


# u755 a Michigan spring maker: the spring's price breaks typed as rows (1,000 - 4,999 / 5,000 - 9,999 / 10,000 -
# 24,999 / 25,000 +); the 8,000 asked fall in the 5,000 - 9,999 row -> $0.0742. "Set-up charge $95.00, one time" ->
# note. "4 weeks ARO" -> 28 (Jul 3, before Jul 27). "No quote on lines 1 through 4 (gasket, cable, screws and base
# plate)" -> declined. "Prices good through August 15, 2026" (not short); "FOB Manistee, MI" -> FOB. Partial.
assert 5000 <= 8000 <= 9999 and plus("2026-06-05", 28) == "2026-07-03"
sample("u755-spring-break-rows-setup", S.msg("Gary Lindqvist <glindqvist@manistee-spring.example>", "text/plain", """Good morning Nora,

Thanks for sending NR-RFQ-0619 our way. We wind springs, so the spring is what we can quote:

SPR-C0630-302  compression spring, 302 SS, 0.6 wire, 6.3 OD, 30 free length

   Quantity            Price / pc
   1,000 - 4,999       $0.0895
   5,000 - 9,999       $0.0742
   10,000 - 24,999     $0.0668
   25,000 +            $0.0615

Set-up charge $95.00, one time.
Lead time 4 weeks ARO.

No quote on lines 1 through 4 (gasket, cable, screws and base plate) - outside what we make.

Prices good through August 15, 2026. FOB Manistee, MI.

Regards,
Gary Lindqvist
Manistee Spring Works
1150 Cherry St, Manistee, MI 49660
231-555-0184
"""),
       "partial", "USD", "2026-08-15", "FOB",
       [nob(1), nob(2), nob(3), nob(4), line(5, 0.0742, lead=28)],
       ["no-bid", "note"])


# u756 an Indiana machine shop asks two questions about the plate (drawing revision, finish) before quoting it and
# promises a price within a few days. No price, no decline, no line answered -> unparseable, no lines, no deviation
# kinds; classification "question". The buyer's request quoted below carries quantities only.
sample("u756-question-plate-drawing-finish", S.msg("Megan Royce <mroyce@lafayette-precision.example>", "text/plain", """Hi Nora,

Thanks for the RFQ. Before we can quote the PLT-0915-R2 motor base plate (120 pcs) I need two things:

1. The drawing did not come through with the RFQ - can you send PLT-0915-R2 rev R2 as PDF, and a STEP file if you
   have one?
2. Is any finish required (clear anodize, or as machined)? The description doesn't say.

As soon as I have those I'll get you pricing within 2-3 days.

Thanks,
Megan Royce
Estimating
Lafayette Precision Machining
765-555-0119

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: Monday, June 1, 2026 8:05 AM
To: quotes@lafayette-precision.example
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

Hello,

Please quote line 4 of our RFQ NR-RFQ-0619 by June 12, 2026:

Line 4  PLT-0915-R2  Motor base plate, 10 mm 6082-T6, CNC milled, 4 x M6 tapped  Qty 120 EA  Need by 2026-08-17

Regards,
Nora Reyes
Purchasing, Northridge
"""),
       "unparseable", None, None, None, [], [])
classify("question")


# u757 a corrected quote: "the quote I sent Wednesday had a typo on the base plate. We keyed $3.95; the correct price is
# $39.50 each. Everything else is unchanged", rev A replaces the original, which is quoted below the signature (only the
# new prices count; the quoted original is history). Gasket $0.186, 4 weeks -> 28. Cable $1.44/m, 2 weeks -> 14.
# Screws $0.0302, stock -> 0. Plate $39.50 (corrected), 6 weeks -> 42 (Jul 17, before Aug 17). Springs $0.0695, 5 weeks
# -> 35 (Jul 10, before Jul 27). Quantities as asked -> null. "Valid through July 31, 2026" (not short); "FOB
# Indianapolis, IN" -> FOB. Every line priced -> parsed, no deviations; classification revised-quote.
assert plus("2026-06-05", 35) == "2026-07-10" and close(3.95 * 10, 39.50)
U757_TABLE = """Line  Part #           Qty        Unit price   Lead time
1     GSK-EPDM-80      5,000      $0.186       4 weeks
2     CBL-4C22-PUR     1,500 m    $1.44/m      2 weeks
3     SCR-M4X10-A2     20,000     $0.0302      stock
4     PLT-0915-R2      120        {plate}       6 weeks{mark}
5     SPR-C0630-302    8,000      $0.0695      5 weeks"""
sample("u757-corrected-quote-plate-price", S.msg("Tom Brandt <tbrandt@circlecity-ind.example>", "text/plain", """Nora,

Sorry about this - the quote I sent Wednesday had a typo on the base plate. We keyed $3.95; the correct price is
$39.50 each. Everything else is unchanged. Corrected quote CCI-Q-30418 rev A is below and replaces the original.

""" + U757_TABLE.format(plate="$39.50", mark="     (corrected)") + """

Valid through July 31, 2026. FOB Indianapolis, IN.

Thanks, and sorry for the confusion,
Tom Brandt
Circle City Industrial Supply
2210 Shadeland Ave, Indianapolis, IN 46219
317-555-0158

-----Original Message-----
From: Tom Brandt
Sent: Wednesday, June 3, 2026 4:41 PM
To: Nora Reyes <nreyes@northridge.example>
Subject: RE: RFQ NR-RFQ-0619 - quote CCI-Q-30418

Nora, our quote CCI-Q-30418 below.

""" + U757_TABLE.format(plate="$3.95 ", mark="") + """

Valid through July 31, 2026. FOB Indianapolis, IN.

Tom
""", subject="RE: RFQ NR-RFQ-0619 - CORRECTED quote CCI-Q-30418 rev A"),
       "parsed", "USD", "2026-07-31", "FOB",
       [line(1, 0.186, lead=28), line(2, 1.44, lead=14), line(3, 0.0302, lead=0), line(4, 39.50, lead=42),
        line(5, 0.0695, lead=35)],
       [])
classify("revised-quote")


# u758 an Ontario distributor, "all pricing is in Canadian dollars (CAD)" with bare "$" -> CAD (currency-differs).
# Gasket $0.251 ea, 5 weeks -> 35 (Jul 10, before Aug 3). Cable "$1.92 per metre - sold in full 305 m spools only, so 5
# spools = 1,525 m" -> 1.92 per m, quantity 1525 (quantity-differs), 2 weeks -> 14. Screws $0.041 ea, "from stock" -> 0.
# Plate $58.60 ea, 6 weeks -> 42 (Jul 17, before Aug 17). Springs $0.094 ea, 4 weeks -> 28 (Jul 3, before Jul 27).
# "Quote valid 45 days" -> Jun 5 + 45 = 2026-07-20 (not short); "FCA Brantford, ON" -> FCA. GST/HST remark: no
# deviation. Every line priced -> parsed.
assert 5 * 305 == 1525 and 4 * 305 < 1500 and plus("2026-06-05", 45) == "2026-07-20"
sample("u758-cad-ontario-full-spools", S.msg("Jeff Tremblay <jtremblay@brantcounty-supply.example>", "text/plain", """Hi Nora,

Thanks for the RFQ. Please note all pricing is in Canadian dollars (CAD).

1. GSK-EPDM-80 - $0.251 ea - 5 weeks
2. CBL-4C22-PUR - $1.92 per metre - sold in full 305 m spools only, so 5 spools = 1,525 m - 2 weeks
3. SCR-M4X10-A2 - $0.041 ea - from stock
4. PLT-0915-R2 - $58.60 ea - 6 weeks
5. SPR-C0630-302 - $0.094 ea - 4 weeks

Quote valid 45 days, FCA Brantford, ON. Prices exclude GST/HST; export shipments to the US are zero-rated.

Let me know if you have any questions.

Jeff Tremblay
Inside Sales
Brant County Industrial Supply Ltd.
85 Morton Ave E, Brantford, ON N3R 7J7
519-555-0143
"""),
       "parsed", "CAD", "2026-07-20", "FCA",
       [line(1, 0.251, "CAD", lead=35), line(2, 1.92, "CAD", qty=1525, lead=14), line(3, 0.041, "CAD", lead=0),
        line(4, 58.60, "CAD", lead=42), line(5, 0.094, "CAD", lead=28)],
       ["currency-differs", "quantity-differs"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u759 a polite UK bearings and seals distributor, a table typed in the body with dashed rule, "all prices are in pounds
# sterling (GBP)" -> GBP (currency-differs). Bearing £3.12, ex stock -> 0. O-ring £0.0164, 2 weeks -> 14 (Jun 26,
# before Aug 17). Seal kit £27.85, 5 weeks -> 35 (Jul 17, before Sep 21). "unable to quote lines 1, 2 and 5" ->
# declined. "valid for 30 days" -> Jun 12 + 30 = 2026-07-12 (not short); "FCA High Wycombe" -> FCA. VAT remark: no
# deviation. Partial.
assert plus("2026-06-12", 30) == "2026-07-12" and plus("2026-06-12", 35) == "2026-07-17"
blind("u759-uk-polite-typed-table-gbp", H.msg("Harriet Lowe <h.lowe@chiltern-bearings.example>", "text/plain", """Dear Lena,

Thank you very much for your enquiry HM-RFQ-2611, which we were pleased to recieve. Please find our quotation
below; all prices are in pounds sterling (GBP) and exclude VAT.

Line   Part No.          Description                       Qty       Price each   Delivery
----   ---------------   -------------------------------   -------   ----------   ---------
3      BRG 6205-2RS      Ball bearing 6205-2RS C3, SKF     400       £3.12        ex stock
4      OR-0120-NBR70     O-ring 12.0 x 2.0 NBR 70          50,000    £0.0164      2 weeks
6      KIT-PX200-SEAL    Seal kit PX-200, bagged           150       £27.85       5 weeks

I'm afraid we are unable to quote lines 1, 2 and 5, as resin, aluminium sheet and hydraulic hose are outside
our range.

This quotation is valid for 30 days. Delivery terms FCA High Wycombe (Incoterms 2020).

Should you have any questions, please do not hesitate to contact me.

Kind regards,

Harriet Lowe
Sales Office
Chiltern Bearings & Seals Ltd
Unit 4, Cressex Business Park, High Wycombe HP12 3RL
Tel: +44 (0)1494 555 018
Registered in England No. 04417730 | VAT No. GB 287 5521 60
"""),
       "partial", "GBP", "2026-07-12", "FCA",
       [nob(1), nob(2), line(3, 3.12, "GBP", lead=0), line(4, 0.0164, "GBP", lead=14), nob(5),
        line(6, 27.85, "GBP", lead=35)],
       ["currency-differs", "no-bid"])


# u760 an Indian exporter: a short cover note ("kindly find attached our Proforma Invoice") and a one-page PDF proforma
# with a text layer. Its own serial numbers 1-3 in the "Sr." column; rows matched by the item codes (RFQ lines 4, 5, 6).
# O-ring "17.60 per 1000 Nos" -> 0.0176, 45 days -> Jul 27 (before Aug 17). Hose "3.92 per Mtr" -> 3.92, 60 days ->
# Aug 11 (before Sep 1). Seal kit "21.40 per Set" -> 21.40, 75 days -> Aug 26 (before Sep 21). Amounts 880.00 /
# 3,136.00 / 3,210.00 and the total 7,226.00 are not unit prices. Quantities as asked -> null. "Price basis: FOB Nhava
# Sheva" -> FOB; "Validity: 30 days from date of this PI" (12.06.2026 = the Date header's date) -> 2026-07-12 (not
# short). USD. Resin, sheet and bearings never mentioned -> missing-line. Payment and packing terms: no deviations.
assert close(50000 * 0.0176, 880) and close(800 * 3.92, 3136) and close(150 * 21.40, 3210)
assert close(880 + 3136 + 3210, 7226) and close(17.60 / 1000, 0.0176)
assert plus("2026-06-12", 45) == "2026-07-27" and plus("2026-06-12", 60) == "2026-08-11" and plus("2026-06-12", 75) == "2026-08-26"
X760 = [40, 58, 134, 254, 290, 318, 364, 410, 474]
P760 = ([(40, 800, 13, "GODAVARI RUBBER & HOSE INDUSTRIES"),
         (40, 786, 8, "Plot No. D-14, MIDC Ambad, Nashik 422010, Maharashtra, India"),
         (40, 775, 8, "Tel. +91 253 555 0172  |  GSTIN 27AAGFG5501K1Z3  |  IEC 3105550172"),
         (400, 750, 14, "PROFORMA INVOICE"),
         (40, 730, 9, "To: Halvorsen Manufacturing, Attn. Ms. Lena Marsh"), (360, 730, 9, "PI No.: GRH/PI/26-27/118"),
         (40, 718, 9, "Your Ref.: RFQ HM-RFQ-2611"), (360, 718, 9, "Date: 12.06.2026")]
        + row(690, X760, ["Sr.", "Item Code", "Description", "Qty", "Unit", "Rate USD", "Per", "Amount USD", "Delivery"])
        + row(674, X760, ["1", "OR-0120-NBR70", "O-Ring 12 x 2 mm NBR 70", "50,000", "Nos", "17.60", "1000 Nos", "880.00", "45 days"])
        + row(658, X760, ["2", "HSE-2SN-08", "Hyd. Hose EN 853 2SN DN12", "800", "Mtr", "3.92", "Mtr", "3,136.00", "60 days"])
        + row(642, X760, ["3", "KIT-PX200-SEAL", "Seal Kit for PX-200 pump", "150", "Sets", "21.40", "Set", "3,210.00", "75 days"])
        + row(618, X760, ["", "", "", "", "", "", "Total", "7,226.00", ""])
        + [(40, 590, 8, "Price basis: FOB Nhava Sheva, India (Incoterms 2020)"),
           (40, 578, 8, "Delivery: as above, from date of PO and receipt of advance"),
           (40, 566, 8, "Payment: 30% advance by T/T, balance against copy of B/L"),
           (40, 554, 8, "Validity: 30 days from date of this PI"),
           (40, 542, 8, "Packing: standard export packing, palletised"),
           (40, 500, 8, "For GODAVARI RUBBER & HOSE INDUSTRIES"),
           (40, 470, 8, "Authorised Signatory")])
blind("u760-indian-pdf-proforma", H.with_attachment("Rohit Kulkarni <export@godavari-rubber.example>", """Dear Ms. Lena,

Greetings from Godavari Rubber & Hose Industries!

With reference to your RFQ HM-RFQ-2611, kindly find attached our Proforma Invoice No. GRH/PI/26-27/118 for the
items we manufacture (O-rings, hydraulic hose and seal kits). Prices are in USD.

Kindly revert for any clarification.

Thanks & Regards,
Rohit Kulkarni
Export Marketing
Godavari Rubber & Hose Industries, Nashik, India
Mob: +91 98220 55172""", "application/pdf", "GRH-PI-26-27-118.pdf", pdf([check_page(P760)])),
       "partial", "USD", "2026-07-12", "FOB",
       [line(4, 0.0176, lead=45), line(5, 3.92, lead=60), line(6, 21.40, lead=75)],
       ["missing-line"])


# u761 a distributor portal's auto-generated HTML quote (Auto-Submitted header, no-reply sender): quote number, quote
# date, "Expires: Jul 10, 2026" -> 2026-07-10 (not short), a line table keyed by the RFQ line and the buyer's part
# number. Bearing $3.26, "In stock" -> 0. O-ring $0.0181, "Ships in 2 weeks" -> 14 (Jun 26, before Aug 17). Hose $4.18
# per M(etre) on the metre line, "Ships in 3 weeks" -> 21 (Jul 3, before Sep 1). Ext. prices and the subtotal are not
# unit prices. "Incoterms: FCA Bolingbrook, IL" -> FCA, USD. Lines 1, 2, 6 not listed -> missing-line. Partial.
assert close(400 * 3.26, 1304) and close(50000 * 0.0181, 905) and close(800 * 4.18, 3344) and close(1304 + 905 + 3344, 5553)
U761_ROWS = [("RFQ Line", "Your Part #", "Description", "Qty", "UOM", "Unit Price", "Ext. Price", "Availability"),
             ("3", "BRG 6205-2RS", "Ball Bearing 6205-2RS C3, 25 x 52 x 15 mm", "400", "EA", "$3.26", "$1,304.00", "In stock"),
             ("4", "OR-0120-NBR70", "O-Ring 12.0 x 2.0 mm, Buna-N 70A, Black", "50,000", "EA", "$0.0181", "$905.00",
              "Ships in 2 weeks"),
             ("5", "HSE-2SN-08", "Hydraulic Hose EN 853 2SN, 1/2 in (DN12)", "800", "M", "$4.18", "$3,344.00",
              "Ships in 3 weeks")]
blind("u761-portal-html-quote-number", H.msg("Midstates MRO Quote Center <quotes-noreply@midstates-mro.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#222">
<div style="background:#0B3D6B;color:#FFFFFF;padding:10px 16px;font-size:18px"><b>MIDSTATES MRO</b> &middot; Quote Center</div>
<div style="padding:12px 16px">
<p>Hello Lena Marsh,</p>
<p>Your quote is ready. You can also view it and convert it to an order at any time in your online account.</p>
<table cellpadding="3" style="font-size:13px">
<tr><td><b>Quote number:</b></td><td>MQ-2026-0418822</td><td width="30"></td><td><b>Quote date:</b></td><td>Jun 12, 2026</td></tr>
<tr><td><b>Your reference:</b></td><td>HM-RFQ-2611</td><td></td><td><b>Expires:</b></td><td>Jul 10, 2026</td></tr>
<tr><td><b>Account:</b></td><td>100-44817</td><td></td><td><b>Sales rep:</b></td><td>Dana Whitcomb, 630-555-0162</td></tr>
</table>
<br>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;border-color:#C8D3DE;font-size:13px">
""" + "\n".join("<tr>" + "".join((f"<th style=\"background:#E9EEF4;text-align:left\">{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r) + "</tr>"
                for i, r in enumerate(U761_ROWS)) + """
<tr><td colspan="6" style="text-align:right"><b>Subtotal</b></td><td><b>$5,553.00</b></td><td></td></tr>
</table>
<p>Prices in USD. Payment terms: Net 30. Incoterms: FCA Bolingbrook, IL. Freight, if prepaid, is added to the invoice.</p>
<p style="color:#777;font-size:11px">This message was generated automatically. Please do not reply to this e-mail; contact your
sales rep with any questions. Midstates MRO, Inc. &middot; 700 Remington Blvd, Bolingbrook, IL 60440</p>
</div></body></html>""", extra="Auto-Submitted: auto-generated\n", subject="Your Midstates MRO quote MQ-2026-0418822 (ref. HM-RFQ-2611)"),
       "partial", "USD", "2026-07-10", "FCA",
       [line(3, 3.26, lead=0), line(4, 0.0181, lead=14), line(5, 4.18, lead=21)],
       ["missing-line"])


# u762 a Texas plastics-and-metals house gives SHIP DATES instead of lead times: resin "$3.46/kg", 2,500 kg (100 bags)
# as asked -> null, "Ship date: July 24, 2026" -> Jun 12 to Jul 24 = 42 days, AFTER the Jul 20 need-by ->
# lead-time-after-need-by. Sheet "$151.80/sheet", 90 sheets -> null, "Ship date: July 17, 2026" -> 35 days (before Aug
# 10). "No quote on lines 3 through 6" -> declined. "Pricing valid through June 30, 2026" -> earlier than Jul 3 ->
# validity-short. "EXW La Porte, TX" -> EXW. USD. Partial.
assert days("2026-06-12", "2026-07-24") == 42 and days("2026-06-12", "2026-07-20") < 42
assert days("2026-06-12", "2026-07-17") == 35 and "2026-06-30" < plus("2026-06-19", 14)
blind("u762-ship-dates-resin-late-short-validity", H.msg("Carlos Medina <cmedina@galvestonbay-pm.example>", "text/plain", """Lena,

Thanks for HM-RFQ-2611. We can offer the resin and the aluminum sheet:

RES-PA66-GF30  PA66 30% GF, heat stabilized, black, 25 kg bags
   2,500 kg (100 bags) @ $3.46/kg
   Ship date: July 24, 2026 (next production lot)

SHT-5052H32-030  5052-H32 sheet 3.0 x 1250 x 2500 mm, PVC film 1 side
   90 sheets @ $151.80/sheet
   Ship date: July 17, 2026

No quote on lines 3 through 6 (bearings, O-rings, hose, seal kits) - not our products.

Pricing valid through June 30, 2026; resin is repriced monthly. EXW La Porte, TX.

Carlos Medina
Galveston Bay Plastics & Metals
281-555-0166
"""),
       "partial", "USD", "2026-06-30", "EXW",
       [line(1, 3.46, lead=42), line(2, 151.80, lead=35), nob(3), nob(4), nob(5), nob(6)],
       ["lead-time-after-need-by", "no-bid", "validity-short"])


# u763 a South Carolina distributor declines two lines BY DESCRIPTION ("the nylon resin or the aluminum sheet" -> RFQ
# lines 1 and 2, the only resin and the only sheet) and prices the other four by part number: bearing $3.41, stock -> 0;
# O-ring $0.0172, 2 wks -> 14; hose "$4.06 /m", "10 working days" -> 10 x 7/5 = 14 (Jun 26, before Sep 1); seal kit
# "$31.75 /kit" (kit = the RFQ's SET), 6 wks -> 42 (Jul 24, before Sep 21). Quantities as asked -> null. "Quote good
# for 60 days" -> Jun 12 + 60 = 2026-08-11 (not short); "FOB Anderson, SC" -> FOB. USD. Partial, no-bid.
assert workdays(10) == 14 and plus("2026-06-12", 60) == "2026-08-11" and plus("2026-06-12", 42) == "2026-07-24"
blind("u763-declines-resin-and-sheet-by-name", H.msg("Wade Pickens <wpickens@palmetto-fpb.example>", "text/plain", """Hi Lena,

Here's our pricing on HM-RFQ-2611. We're not able to quote the nylon resin or the aluminum sheet - we don't
handle raw materials. Everything else is below.

BRG 6205-2RS (6205-2RS C3, SKF)       400 ea       $3.41 ea      stock
OR-0120-NBR70 (12 x 2 NBR 70)         50,000 ea    $0.0172 ea    2 wks
HSE-2SN-08 (EN853 2SN 1/2")           800 m        $4.06 /m      10 working days
KIT-PX200-SEAL                        150 kits     $31.75 /kit   6 wks

Quote good for 60 days. FOB Anderson, SC.

Thanks for the oportunity,
Wade Pickens
Palmetto Fluid Power & Bearing
864-555-0191
"""),
       "partial", "USD", "2026-08-11", "FOB",
       [nob(1), nob(2), line(3, 3.41, lead=0), line(4, 0.0172, lead=14), line(5, 4.06, lead=14), line(6, 31.75, lead=42)],
       ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u764 a German machining shop writing English, Outlook (Word) HTML with an MsoTableGrid table, quoted-printable: shaft
# "34,90 EUR", 9 weeks -> 63 (Aug 17, before Aug 28); housing "no offer" -> declined; bracket set "24,60 EUR", 6 weeks ->
# 42 (Jul 27, before Oct 9). "one-time setup and programming cost of 380,00 EUR" for the shaft -> note. Quantities as
# asked -> null. "Validity of offer: until 31.07.2026" (not short); "FCA Iserlohn" -> FCA. EUR. Lines 3 and 4 never
# mentioned -> missing-line. Partial.
assert plus("2026-06-15", 63) == "2026-08-17" and plus("2026-06-15", 42) == "2026-07-27"
U764_ROWS = [("Pos.", "Part no.", "Description", "Qty", "Unit price", "Delivery time"),
             ("1", "SH-2231-C rev B", "Drive shaft 42CrMo4, 30 h6 x 412 mm", "250 pcs", "34,90 EUR", "9 weeks"),
             ("2", "HSG-1180-GJL", "Gearbox housing EN-GJL-250", "25 pcs", "no offer", "-"),
             ("5", "2231-004-03", "Sensor bracket set L+R, black anodised", "150 sets", "24,60 EUR", "6 weeks")]
U764_TABLE = "\n".join("<tr>" + "".join(S.mso_cell(c, bold=(i == 0)) for c in r) + "</tr>" for i, r in enumerate(U764_ROWS))
blind2("u764-german-outlook-html-english", V.msg("Jörg Hagedorn <j.hagedorn@hagedorn-praezision.example>", "text/html", f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.E-MailFormatvorlage18 {{mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang=DE link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>
<p class=MsoNormal><span lang=EN-GB>Dear Mr. Albers,<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-GB><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span lang=EN-GB>thank you for your inquiry VM-RFQ-4418. Please find below our offer for the machined parts:<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-GB><o:p>&nbsp;</o:p></span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
{U764_TABLE}
</table>
<p class=MsoNormal><span lang=EN-GB><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span lang=EN-GB>For pos. 1 we charge a one-time setup and programming cost of 380,00 EUR.<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-GB>Pos. 2: we do not machine cast iron housings, therefore no offer.<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-GB><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span lang=EN-GB>Delivery terms: FCA Iserlohn (Incoterms 2020)<br>Payment: 30 days net<br>Validity of offer: until 31.07.2026<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-GB><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span lang=EN-GB>With best regards / Mit freundlichen Gr&uuml;&szlig;en<o:p></o:p></span></p>
<p class=MsoNormal><b><span lang=EN-GB>J&ouml;rg Hagedorn</span></b><span lang=EN-GB><br>Vertrieb / Sales<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>Hagedorn Pr&auml;zisionsteile GmbH &middot; Baarstra&szlig;e 118 &middot; 58636 Iserlohn<br>
Tel. +49 2371 555 0164 &middot; Amtsgericht Iserlohn HRB 5512 &middot; Gesch&auml;ftsf&uuml;hrer: J&ouml;rg Hagedorn<o:p></o:p></span></p>
</div></body></html>""", cte="quoted-printable"),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 34.90, "EUR", lead=63), nob(2), line(5, 24.60, "EUR", lead=42)],
       ["missing-line", "no-bid", "note"])


# u765 a Mexican machine shop and foundry in Spanish, a cover note plus an XLSX "Cotización": prices "en dólares
# americanos (USD)" -> USD against the EUR RFQ (currency-differs). Shaft 31.80 USD, "8 semanas" -> 56 (Aug 10, before
# Aug 28). Housing 1,085.00 USD, "14 semanas" -> 98 (Sep 21, before Oct 2). Fitting and cylinder "No cotizamos" ->
# declined. Bracket set 19.75 USD per "juego" (= the RFQ's SET), "6 semanas" -> 42 (Jul 27, before Oct 9). Importe column
# and the total 38,037.50 are not unit prices. Quantities as asked -> null. "Vigencia de la cotización: 30 días" -> Jun
# 15 + 30 = 2026-07-15 (not short); "FCA Celaya, Guanajuato" -> FCA. IVA and payment remarks: no deviations. Partial.
assert close(250 * 31.80, 7950) and close(25 * 1085, 27125) and close(150 * 19.75, 2962.5)
assert close(7950 + 27125 + 2962.5, 38037.5) and plus("2026-06-15", 30) == "2026-07-15"
assert plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 98) == "2026-09-21"
U765_ROWS = [["Maquinados y Fundición de Celaya, S.A. de C.V."],
             ["Cotización COT-2026-0614", "", "Cliente: Vossberg Maschinenbau GmbH"],
             ["Solicitud: VM-RFQ-4418", "", "Atención: Sr. Jonas Albers"], [],
             ["Partida", "No. de parte", "Descripción", "Cantidad", "Unidad", "Precio unitario USD", "Importe USD",
              "Tiempo de entrega", "Observaciones"],
             [1, "SH-2231-C rev B", "Flecha motriz 42CrMo4, 30 h6 x 412 mm", 250, "pza", 31.8, 7950, "8 semanas", ""],
             [2, "HSG-1180-GJL", "Carcasa de reductor EN-GJL-250 maquinada", 25, "pza", 1085, 27125, "14 semanas",
              "Incluye primario RAL 7035"],
             [3, "FIT-316-G12-10", "Conector macho G1/2 - tubo 10 mm, 316L", 2000, "pza", "", "", "",
              "No cotizamos (artículo comercial)"],
             [4, "DSBC-32-80-PPVA-N3", "Cilindro neumático ISO 15552 32/80", 120, "pza", "", "", "",
              "No cotizamos (artículo comercial)"],
             [5, "2231-004-03", "Juego de soportes de sensor (izq. + der.)", 150, "juego", 19.75, 2962.5, "6 semanas", ""],
             [], ["", "", "", "", "", "Total USD", 38037.5]]
blind2("u765-mexican-spanish-xlsx-usd", V.message("Alejandra Ríos <arios@mafuce.example>", multipart("mixed", "=_mafuce_765", [
        text_part("text/plain", """Estimado Sr. Albers:

Por medio del presente le enviamos nuestra cotización COT-2026-0614 a su solicitud VM-RFQ-4418 (archivo Excel
adjunto). Los precios están en dólares americanos (USD) y no incluyen IVA.

Condiciones:
- Incoterm: FCA Celaya, Guanajuato (Incoterms 2020)
- Vigencia de la cotización: 30 días
- Forma de pago: 30 días fecha factura

Quedamos a sus órdenes para cualquier duda o aclaración.

Saludos cordiales,

Ing. Alejandra Ríos
Ventas Internacionales
Maquinados y Fundición de Celaya, S.A. de C.V.
Av. Tecnológico 1420, Parque Industrial, 38010 Celaya, Gto., México
Tel. +52 461 555 0148
"""),
        file_part(XLSX, "COT-2026-0614.xlsx", xlsx_book([("Cotizacion", U765_ROWS)]))]),
        subject="RE: RFQ VM-RFQ-4418 - Cotización COT-2026-0614"),
       "partial", "USD", "2026-07-15", "FCA",
       [line(1, 31.80, "USD", lead=56), line(2, 1085.00, "USD", lead=98), nob(3), nob(4), line(5, 19.75, "USD", lead=42)],
       ["currency-differs", "no-bid"])


# u766 a Portuguese pneumatics distributor writing English, multipart/alternative: fitting as requested "2.000 pcs x EUR
# 4,28 / pc - from stock" -> 4.28, 0. Instead of the Festo cylinder "we offer our equivalent ISO 15552 cylinder, part no.
# DPA-32-80-ISO" -> alternatePartNumber DPA-32-80-ISO (alternate-part), "EUR 73,60 / pc - 3 weeks" -> 73.60, 21 (Jul 6,
# before Sep 11). Quantities as asked -> null. "Validity: 45 days" -> Jun 15 + 45 = 2026-07-30 (not short); "DAP
# Bielefeld" -> DAP. EUR. Lines 1, 2 and 5 never mentioned -> missing-line. Partial.
assert plus("2026-06-15", 45) == "2026-07-30" and plus("2026-06-15", 21) == "2026-07-06"
U766_TEXT = """Dear Mr Albers,

Thank you for your RFQ VM-RFQ-4418. We are a distributor of pneumatics and fittings and can offer the following
(prices in EUR, net):

Pos. 3  FIT-316-G12-10  straight male connector G1/2 - 10 mm tube, 316L
        2.000 pcs x EUR 4,28 / pc - from stock

Pos. 4  DSBC-32-80-PPVA-N3 (Festo)
        Instead of the Festo cylinder we offer our equivalent ISO 15552 cylinder, part no. DPA-32-80-ISO
        (Douro Pneumática brand; bore 32 mm, stroke 80 mm, adjustable cushioning, same mounting dimensions)
        120 pcs x EUR 73,60 / pc - 3 weeks

Validity: 45 days. Delivery DAP Bielefeld (Incoterms 2020).

Best regards,
Rui Carvalho
Douro Pneumática, Lda.
Rua do Freixo 512, 4300-219 Porto, Portugal
Tel. +351 22 555 0176"""
U766_HTML = """<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear Mr Albers,</p>
<p>Thank you for your RFQ VM-RFQ-4418. We are a distributor of pneumatics and fittings and can offer the following
(prices in EUR, net):</p>
<p><b>Pos. 3 &nbsp;FIT-316-G12-10</b> &nbsp;straight male connector G1/2 - 10 mm tube, 316L<br>
2.000 pcs x EUR 4,28 / pc - from stock</p>
<p><b>Pos. 4 &nbsp;DSBC-32-80-PPVA-N3 (Festo)</b><br>
Instead of the Festo cylinder we offer our equivalent ISO 15552 cylinder, part no. <b>DPA-32-80-ISO</b><br>
(Douro Pneum&aacute;tica brand; bore 32 mm, stroke 80 mm, adjustable cushioning, same mounting dimensions)<br>
120 pcs x EUR 73,60 / pc - 3 weeks</p>
<p>Validity: 45 days. Delivery DAP Bielefeld (Incoterms 2020).</p>
<p>Best regards,<br>Rui Carvalho<br>Douro Pneum&aacute;tica, Lda.<br>Rua do Freixo 512, 4300-219 Porto, Portugal<br>Tel. +351 22 555 0176</p>
</body></html>"""
blind2("u766-portuguese-alternate-cylinder", V.alternative("Rui Carvalho <rui.carvalho@douro-pneumatica.example>", U766_TEXT,
                                                          U766_HTML, "=_douro_766_alt", cte="quoted-printable"),
       "partial", "EUR", "2026-07-30", "DAP",
       [line(3, 4.28, "EUR", lead=0), line(4, 73.60, "EUR", lead=21, alt="DPA-32-80-ISO")],
       ["alternate-part", "missing-line"])


# u767 an Italian fitting maker quotes the fitting for the 2.000 pcs asked at "EUR 3,94" -> 3.94, 4 weeks -> 28 (Jul 13,
# before Aug 14), and notes "minimum order quantity for this item is 2.500 pcs" -> moq 2500 above the 2,000 asked
# (moq-above-quantity); the quantity quoted is the one asked -> null. "Pos. 4 (pneumatic cylinder): ... no offer" ->
# declined. "Offer valid until 15/07/2026" -> 2026-07-15 (not short); "EXW Sarezzo (BS)" -> EXW. EUR. The buyer's RFQ
# is quoted below an Outlook header block (quantities, need-by dates, no prices). Lines 1, 2, 5 never mentioned ->
# missing-line. Partial.
assert 2500 > 2000 and plus("2026-06-15", 28) == "2026-07-13"
U767_RFQ = "\n".join(f"{ln:<6}{pn:<21}{d:<44}{q:>6} {u:<5}{nb}" for ln, pn, d, q, u, nb in
                     [("Line", "Part number", "Description", "Qty", "Unit", "Need by")] + V.RFQ_ROWS)
blind2("u767-italian-fitting-moq-above", V.msg("Chiara Bonetti <c.bonetti@inoxmella-raccordi.example>", "text/plain", """Good morning Mr. Albers,

thanks for your request VM-RFQ-4418. As manufacturer of stainless fittings we can quote pos. 3:

Pos.  Code              Description                                Q.ty        Unit price   Delivery
3     FIT-316-G12-10    Male stud connector G1/2 x 10, AISI 316L   2.000 pcs   EUR 3,94     4 weeks

Please note: minimum order quantity for this item is 2.500 pcs (one production batch).

Pos. 4 (pneumatic cylinder): not in our production programme, sorry - no offer.

Offer valid until 15/07/2026, delivery EXW Sarezzo (BS), Incoterms 2020.
Payment: 60 days end of month.

Best regards
Chiara Bonetti
Export Sales
Raccorderie Inox Mella S.r.l.
Via Industriale 31, 25068 Sarezzo (BS), Italy
Tel. +39 030 555 0187

________________________________
From: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Sent: Wednesday, June 10, 2026 9:12 AM
To: sales@inoxmella-raccordi.example
Subject: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

Dear Sir or Madam,

please quote the following items by June 26, 2026 (unit price in EUR, delivery time, Incoterms, validity):

""" + U767_RFQ + """

Kind regards
Jonas Albers
Purchasing, Vossberg Maschinenbau GmbH
"""),
       "partial", "EUR", "2026-07-15", "EXW",
       [line(3, 3.94, "EUR", lead=28, moq=2500), nob(4)],
       ["missing-line", "moq-above-quantity", "no-bid"])


# u768 a Dutch sheet-metal shop declines the whole RFQ ("we have to decline to quote on all five items": no turning,
# grinding or casting, no trading of pneumatics), above the buyer's request quoted with "> " (quantities, need-by
# dates). Every line declined: five noBid lines, currency / validUntil / incoterms null, status no-bid, kinds {no-bid}.
blind2("u768-dutch-sheet-metal-full-no-bid", V.msg("Bram Hendriks <b.hendriks@brabant-plaatwerk.example>", "text/plain", """Dear Mr. Albers,

Thank you for inviting us to quote on VM-RFQ-4418. After reviewing the drawings we have to decline to quote on all
five items: we are a sheet-metal shop without turning, grinding or casting capacity, and we do not trade pneumatic
components.

We would be glad to receive your future enquiries for laser-cut, bent and welded parts.

Kind regards / Met vriendelijke groet,

Bram Hendriks
Calculatie / Estimating
Brabant Plaatwerk B.V.
De Run 4410, 5503 LN Veldhoven, The Netherlands
T +31 40 555 0193 | KvK 17055193

On Wed, 10 Jun 2026 at 09:12, Jonas Albers <j.albers@vossberg-maschinenbau.example> wrote:
""" + gt("""Dear Sir or Madam,

please quote the following items by June 26, 2026:

""" + U767_RFQ + """

Kind regards
Jonas Albers
Purchasing, Vossberg Maschinenbau GmbH""") + "\n"),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5)], ["no-bid"])


if __name__ == "__main__":
    ROUND.write()

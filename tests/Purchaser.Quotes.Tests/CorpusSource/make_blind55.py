#!/usr/bin/env python3
"""Writes replies u865..u880 (Corpus/u*.eml + expected u*.json) - the fifty-fifth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is AN ORDINARY WEEK IN THE UK, IRELAND, AUSTRALIA AND NEW ZEALAND: sixteen ordinary replies from
British, Irish, Australian and New Zealand suppliers and stockists. A Black Country fastener stockist in GBP ex VAT
(screws "per 100" ex stock, springs "per 1000", "unable to offer" on the gaskets, the buyer's request quoted below); an
Auckland cable wholesaler's HTML quoting-system table in NZD ex GST, per metre, "10 working days"; a Sheffield spring
maker quoting in US dollars with break rows, a one-off tooling charge, "prices held until" and "Carriage Paid To"
spelled out; a Melbourne supplier's pasted table in AUD "plus GST" for all five lines, screws sold in packs of 50, a
"w/c 13 July" delivery and a late screw line, delivered DAP; a Glasgow gasket converter asking a question before
quoting; and a Galway engineering firm's PDF quotation in EUR with an MOQ column (one MOQ above the quantity). A Sydney
polymer distributor's per-kilo break rows in AUD, ex stock, price held until the end of June (short); a Leeds bearing
house's HTML quote in GBP offering an FAG equivalent for the SKF bearing; a Christchurch hydraulics firm in NZD with hose
per metre, seal kits with a one-off set-up charge, CIF; a Limerick aluminium stockholder (multipart/alternative) in EUR
supplying the sheet in full packs of 50 (100 for 90), ex works; and a Huddersfield distributor's pasted Excel table in
GBP pricing all six lines (per kilo, each, per 100, per metre, "w/c 6 July"), delivered duty paid, above the buyer's
Outlook-quoted request. A Dublin machine shop in EUR ex VAT ("250 off", "w/c 10 August"); a Bristol pneumatics
distributor's HTML quote in GBP with fittings per 100 and the cylinder ex stock, delivered DAP; an Adelaide foundry in
AUD with a one-off pattern charge; a Lisburn fittings stockist in GBP with break columns and an MOQ below the quantity;
and a Perth engineering shop declining the whole RFQ. VAT and GST remarks, payment terms, company and VAT registration
numbers, phone numbers and quoted history are no deviations and no prices; one-off tooling, set-up and pattern charges
are notes. A "week commencing" delivery with its Monday-to-Friday range given takes the Friday (a range's upper bound).
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, pdf  # expected-line shapes, text-layer PDF writer
from make_blind5 import check_page, row  # PDF page check and table rows
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(865)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2


def classify(kind):
    """Sets the optional classification field on the case just added (a 'question' reason contains 'question')."""
    extra = {"classification": kind}
    if kind == "question":
        extra["reasonContains"] = "question"
    ROUND.cases[-1][2].update(extra)


def gt(text):
    """Quotes text the way a mail client does: '> ' before every line, a bare '>' on empty ones."""
    return "\n".join(("> " + t) if t else ">" for t in text.split("\n"))


# The buyer's request for NR-RFQ-0619 as it appears quoted below some replies (quantities and need-by dates of
# rfq-sample.json).
NR_ASK = """Hello,

Please quote the items below against RFQ NR-RFQ-0619 by 12 June 2026.

Line  Part number     Description                       Qty      Unit  Need by
1     GSK-EPDM-80     Gasket EPDM 80 x 62 x 3 mm        5000     EA    2026-08-03
2     CBL-4C22-PUR    Cable 4 x 22 AWG shielded PUR     1500     M     2026-07-20
3     SCR-M4X10-A2    SHCS M4 x 10 A2-70                20000    EA    2026-07-13
4     PLT-0915-R2     Motor base plate 6082-T6          120      EA    2026-08-17
5     SPR-C0630-302   Compression spring 302 SS         8000     EA    2026-07-27

Kind regards,
Nora Reyes
Purchasing, Northridge"""

# The buyer's request for VM-RFQ-4418 (rfq-blind2.json) as quoted below the Perth no-bid.
VM_ASK = "Dear supplier,\n\nplease quote the following parts for our VL-60 labelling machine (RFQ VM-RFQ-4418):\n\n" + "\n".join(
    f"{ln:<4}{pn:<21}{d:<44}{q:>6} {u:<4}{nb}" for ln, pn, d, q, u, nb in
    [("Pos", "Part no.", "Description", "Qty", "UoM", "Need by")] + V.RFQ_ROWS) + \
    "\n\nPlease reply by 26 June 2026.\n\nBest regards\nJonas Albers\nVossberg Maschinenbau"


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u865 a Black Country fastener stockist, plain text, prices "in GBP" with "£", "all prices ex VAT" (a VAT remark: no
# deviation). Screws "20,000 off - £2.84 per 100 - ex stock" -> 2.84 / 100 = 0.0284 GBP, "20,000 off" is the quantity
# asked -> null, ex stock -> 0. Springs "8,000 off - £61.50 per 1000 - 3 weeks" -> 0.0615, 21 (Jun 26, before Jul 27).
# Gaskets "unable to offer" -> line 1 declined. The cable and the plate are not mentioned in the reply (only in the
# buyer's request quoted below it, which is not an answer) -> missing-line. "Quote valid for 30 days" from Fri 5 Jun ->
# 2026-07-05 (not short); "Ex works Kingswinford" -> EXW. The company number in the footer is no price. GBP against the
# USD RFQ -> currency-differs. Partial.
assert close(2.84 / 100, 0.0284) and close(61.50 / 1000, 0.0615) and plus("2026-06-05", 30) == "2026-07-05"
assert plus("2026-06-05", 21) == "2026-06-26"
sample("u865-black-country-gbp-per-100-unable-to-offer", S.msg("Gareth Pugh <gareth.pugh@pensnett-fixings.example>", "text/plain", """Hi Nora,

Thanks for the enquiry. Our prices are in GBP and all prices ex VAT.

SCR-M4X10-A2   skt cap M4 x 10, A2 stainless    20,000 off - £2.84 per 100  - ex stock
SPR-C0630-302  compression spring, 302 s/s      8,000 off  - £61.50 per 1000 - 3 weeks

GSK-EPDM-80 gaskets - sorry, we're unable to offer these, we don't do die-cut rubber.

Quote valid for 30 days. Ex works Kingswinford.

Any questions just give me a shout.

Regards,
Gareth Pugh
Internal Sales
Pensnett Fixings Ltd
Unit 7, Pensnett Trading Estate, Kingswinford, West Midlands DY6 7PP
Tel: 01384 555 0172 | Mob: 07700 900 418
Registered in England and Wales No. 04827731. VAT No. GB 318 5520 64

On Mon, 1 Jun 2026 at 08:14, Nora Reyes <nreyes@northridge.example> wrote:
""" + gt(NR_ASK) + "\n"),
       "partial", "GBP", "2026-07-05", "EXW",
       [nob(1), line(3, 0.0284, "GBP", lead=0), line(5, 0.0615, "GBP", lead=21)],
       ["currency-differs", "missing-line", "no-bid"])


# u866 an Auckland cable wholesaler, HTML only, a table generated by its quoting system: "All prices are in New Zealand
# dollars (NZD) and exclude GST" with "$" in the cells -> NZD (currency-differs). Cable "$2.38" per "metre", 1,500 m
# as asked -> null, "10 working days" -> 10 x 7/5 = 14 (Jun 19, before Jul 20). The other four rows say "No quote" in
# the price cell -> lines 1, 3, 4, 5 declined. "This quotation expires on 20/07/2026" -> 2026-07-20 (not short);
# "FCA Auckland (Incoterms 2020)" -> FCA. Partial.
assert workdays(10) == 14 and plus("2026-06-05", 14) == "2026-06-19"
U866_ROWS = [("1", "GSK-EPDM-80", "Gasket EPDM 80x62x3", "5,000", "EA", "No quote", "", "", "Not stocked"),
             ("2", "CBL-4C22-PUR", "Cable 4C x 22AWG screened PUR black", "1,500", "M", "$2.38", "metre", "10 working days",
              "Cut to length"),
             ("3", "SCR-M4X10-A2", "Cap screw M4x10 A2-70", "20,000", "EA", "No quote", "", "", "Not stocked"),
             ("4", "PLT-0915-R2", "Motor base plate", "120", "EA", "No quote", "", "", "Not stocked"),
             ("5", "SPR-C0630-302", "Compression spring 302 SS", "8,000", "EA", "No quote", "", "", "Not stocked")]
U866_HEAD = ("Line", "Item", "Description", "Qty", "UOM", "Unit Price (NZD)", "Per", "Lead Time", "Notes")
U866_TABLE = ('<tr style="background:#00457C;color:#ffffff">' + "".join(f"<th>{c}</th>" for c in U866_HEAD) + "</tr>\n"
              + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U866_ROWS))
sample("u866-auckland-html-nzd-per-metre-working-days", S.msg("Hemi Walker <hemi.walker@tamaki-cable.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt;color:#222">
<p>Kia ora Nora,</p>
<p>Thanks for your enquiry NR-RFQ-0619. Please see our quotation <b>QU-20488</b> below.
All prices are in New Zealand dollars (NZD) and exclude GST.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#B7C9D9">
{U866_TABLE}
</table>
<p>This quotation expires on 20/07/2026. Terms: FCA Auckland (Incoterms 2020).<br>
Payment: 20th of the month following invoice.</p>
<p>Nga mihi,<br>Hemi Walker<br>Trade Sales | Tamaki Cable &amp; Electrical Ltd<br>
42 Springs Road, East Tamaki, Auckland 2013, New Zealand<br>P +64 9 555 0148 | www.tamaki-cable.example</p>
<p style="font-size:8pt;color:#888">Quotation generated by TradeDesk 7.2 on 05/06/2026 09:41. GST No. 118-552-907.</p>
</body></html>"""),
       "partial", "NZD", "2026-07-20", "FCA",
       [nob(1), line(2, 2.38, "NZD", lead=14), nob(3), nob(4), nob(5)],
       ["currency-differs", "no-bid"])


# u867 a Sheffield spring maker quoting "in US dollars, each" (USD, the RFQ currency) with break rows: 1,000-4,999
# $0.0865 / 5,000-9,999 $0.0742 / 10,000+ $0.0690; the 8,000 asked ("8,000 off") falls in the 5,000-9,999 band ->
# 0.0742, quantity as asked -> null. "One-off tooling charge: $240.00" -> note. "4-5 weeks from order" -> upper bound 35
# (Jul 10, before Jul 27). "we cannot supply the other four items" -> lines 1 to 4 declined. "Prices held until 31 July
# 2026" -> 2026-07-31; "Carriage Paid To Dayton, OH (Incoterms 2020)" spelled out -> CPT. Partial.
assert 5000 <= 8000 <= 9999 and plus("2026-06-05", 35) == "2026-07-10"
sample("u867-sheffield-springs-usd-breaks-tooling", S.msg("Martin Hirst <m.hirst@loxley-springs.example>", "text/plain", """Dear Nora,

Thank you for your enquiry NR-RFQ-0619. We are spring makers only, so we can quote line 5 but we cannot
supply the other four items.

SPR-C0630-302  Compression spring, 302 stainless, 0.6 wire x 6.3 OD x 30 free length, ends closed & ground
Quantity: 8,000 off
Prices in US dollars, each:

    1,000 - 4,999      $0.0865
    5,000 - 9,999      $0.0742
    10,000 +           $0.0690

One-off tooling charge: $240.00 (coiling set-up and grinding fixture), first order only.
Lead time: 4-5 weeks from order.

Prices held until 31 July 2026. Carriage Paid To Dayton, OH (Incoterms 2020).

Kind regards

Martin Hirst
Sales Engineer
Loxley Springs Ltd
Loxley Works, Storrs Bridge Lane, Sheffield S6 6SX
T: 0114 555 0136  |  www.loxley-springs.example
"""),
       "partial", "USD", "2026-07-31", "CPT",
       [nob(1), nob(2), nob(3), nob(4), line(5, 0.0742, lead=35)],
       ["no-bid", "note"])


# u868 a Melbourne industrial supplier, a pasted plain-text table for all five lines, "pricing is in Australian dollars
# (AUD) - the $ signs are AUD" -> AUD (currency-differs); "plus GST where applicable" is a tax remark. Gasket "$0.27
# each", 4 weeks -> 28 (Jul 3, before Aug 3). Cable "$2.15 per metre", 2 weeks -> 14. Screws "$1.65 per pack of 50"
# ("sold in packs of 50 only - 20,000 = 400 packs", the quantity asked -> null) -> 1.65 / 50 = 0.033; "6 weeks" -> 42 ->
# Jul 17, AFTER the Jul 13 need-by -> lead-time-after-need-by. Plate "$58.40 each", "w/c 13 July (13-17 July)" -> the
# week's range, upper bound Fri Jul 17 -> 42 days (before Aug 17). Springs "$104.00 per 1000" -> 0.104, 5 weeks -> 35
# (Jul 10, before Jul 27). "Quote valid for 30 days" -> 2026-07-05; "Delivered DAP Dayton, OH" -> DAP. Parsed.
assert close(1.65 / 50, 0.033) and 400 * 50 == 20000 and close(104.00 / 1000, 0.104)
assert days("2026-06-05", "2026-07-17") == 42 and plus("2026-06-05", 42) > "2026-07-13"
sample("u868-melbourne-aud-packs-of-50-wc-date", S.msg("Shane Kelly <shane@dandenong-indsupply.example>", "text/plain", """G'day Nora,

Thanks for the RFQ, appreciate you thinking of us. Pricing is in Australian dollars (AUD) - the $ signs below
are all AUD - plus GST where applicable (no GST on export).

Item            Description                   Qty         Price                   Lead time
GSK-EPDM-80     EPDM gasket 80x62x3           5,000       $0.27 each              4 weeks
CBL-4C22-PUR    4C 22AWG shielded PUR blk     1,500 m     $2.15 per metre         2 weeks
SCR-M4X10-A2    SHCS M4x10 A2-70              20,000      $1.65 per pack of 50    6 weeks
PLT-0915-R2     Motor base plate 6082-T6      120         $58.40 each             w/c 13 July (13-17 July)
SPR-C0630-302   Comp spring 302 SS            8,000       $104.00 per 1000        5 weeks

Screws are sold in packs of 50 only - 20,000 = 400 packs. They're an indent item, hence the 6 weeks.

Quote valid for 30 days. Delivered DAP Dayton, OH.

Cheers,
Shane Kelly
Dandenong Industrial Supply Pty Ltd
14 Greens Rd, Dandenong South VIC 3175, Australia
Ph +61 3 9555 0127 | ABN 63 118 442 905
"""),
       "parsed", "AUD", "2026-07-05", "DAP",
       [line(1, 0.27, "AUD", lead=28), line(2, 2.15, "AUD", lead=14), line(3, 0.033, "AUD", lead=42),
        line(4, 58.40, "AUD", lead=42), line(5, 0.104, "AUD", lead=35)],
       ["currency-differs", "lead-time-after-need-by"])


# u869 a Glasgow gasket converter asks two questions about the gasket (compound approval, one-off or call-off) before
# quoting and promises a price afterwards. The numbers in it are the buyer's dimensions and quantity; it prices nothing
# and declines nothing -> unparseable, no lines, no deviation kinds; classification "question".
sample("u869-glasgow-gasket-question-compound", S.msg("Fiona McLeod <fiona.mcleod@hillington-gaskets.example>", "text/plain", """Hi Nora,

Thanks for sending this through. Before I put a price together for the GSK-EPDM-80 gaskets (80 OD x 62 ID x 3 mm,
5,000 off) could you let me know two things:

1. Does the EPDM need a particular approval (WRAS, FDA, UL), or is a general-purpose 70 Shore A compound fine?
2. Is the 5,000 a one-off order or a call-off over the next twelve months? It changes how we'd cut them.

As soon as I hear back I'll get a quote over to you, hopefully same day.

Many thanks,
Fiona McLeod
Hillington Gasket & Seal Ltd
Unit 12, Hillington Park, Glasgow G52 4XX
Tel 0141 555 0193
"""),
       "unparseable", None, None, None, [], [])
classify("question")


# u870 a Galway engineering firm, a short cover note and a PDF quotation in EUR (currency-differs) with an MOQ column and
# no quantity column. Gasket "176.00" per "1000" -> 0.176, MOQ 2,500 (below the 5,000 asked), 5 weeks -> 35 (Jul 10,
# before Aug 3). Plate "41.20" per "1", MOQ 150 -> above the 120 asked -> moq-above-quantity (the quantity itself is
# not stated -> null), 6 weeks -> 42 (Jul 17, before Aug 17). The cover note: "no quote on the cable, the screws and the
# springs" -> lines 2, 3, 5 declined. "Valid until: 17/07/2026" -> 2026-07-17 (not short); "Delivery terms: FCA Galway"
# -> FCA. The company and VAT numbers in the footer are no prices. Partial.
assert close(176.00 / 1000, 0.176) and 2500 < 5000 and 150 > 120 and plus("2026-06-05", 42) == "2026-07-17"
X870 = [40, 70, 160, 330, 400, 440, 490]
P870 = ([(40, 800, 14, "CLADDAGH PRECISION ENGINEERING LTD"),
         (40, 786, 8, "Ballybrit Business Park, Galway H91 X2Y7, Ireland  |  +353 91 555 0164  |  quotes@claddagh-precision.example"),
         (430, 760, 13, "QUOTATION"),
         (40, 740, 9, "Customer: Northridge - attn. Nora Reyes"), (360, 740, 9, "Quotation No.: CPE-Q-2614"),
         (40, 728, 9, "Your ref.: NR-RFQ-0619"), (360, 728, 9, "Date: 05/06/2026"),
         (40, 716, 9, "Currency: EUR"), (360, 716, 9, "Valid until: 17/07/2026"),
         (40, 704, 9, "Delivery terms: FCA Galway"), (360, 704, 9, "Payment: 30 days end of month")]
        + row(676, X870, ["Item", "Your Part No.", "Description", "Unit Price", "Per", "MOQ", "Lead Time"])
        + row(660, X870, ["1", "GSK-EPDM-80", "Gasket EPDM 70 Sh A 80x62x3", "176.00", "1000", "2,500", "5 weeks"])
        + row(644, X870, ["2", "PLT-0915-R2", "Motor base plate 6082-T6", "41.20", "1", "150", "6 weeks"])
        + [(40, 612, 8, "Prices in euro, exclusive of VAT. Lead times from receipt of purchase order."),
           (40, 600, 8, "Item 2: minimum order quantity 150 pcs (one saw-cut batch of plate)."),
           (40, 588, 8, "Quotation valid until 17/07/2026. Delivery terms: FCA Galway (Incoterms 2020)."),
           (40, 540, 7, "Claddagh Precision Engineering Ltd. Registered in Ireland No. 512347. VAT No. IE 9512347K.")])
sample("u870-galway-pdf-eur-moq-column", S.with_attachment("Ciarán Ó Flaithearta <c.oflaithearta@claddagh-precision.example>", """Hi Nora,

Thanks for the RFQ. Please find our quotation CPE-Q-2614 attached for the gaskets and the motor base plates.
We are machinists and converters, so no quote on the cable, the screws and the springs I'm afraid.

Kind regards,
Ciarán Ó Flaithearta
Estimating, Claddagh Precision Engineering Ltd
+353 91 555 0164""", "application/pdf", "CPE-Q-2614.pdf", pdf([check_page(P870)])),
       "partial", "EUR", "2026-07-17", "FCA",
       [line(1, 0.176, "EUR", lead=35, moq=2500), nob(2), nob(3), line(4, 41.20, "EUR", lead=42, moq=150), nob(5)],
       ["currency-differs", "moq-above-quantity", "no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u871 a Sydney polymer distributor, plain text: "pricing is in AUD (Australian dollars)" -> AUD (currency-differs),
# "plus GST where applicable" a tax remark. Resin break rows per kilo: up to 999 kg $6.15 / 1,000 - 4,999 kg $5.84 /
# 5,000 kg and over $5.52 -> the 2,500 kg asked is in the 1,000 - 4,999 band -> 5.84 per kg (the RFQ unit); "your
# 2,500 kg is 100 bags" restates the quantity asked -> null. "Ex stock Sydney" -> 0. "Prices held until 30 June 2026" ->
# 2026-06-30, earlier than Jul 3 -> validity-short. "FOB Sydney (Port Botany)" -> FOB. Sheet, bearings, O-rings, hose
# and seal kits are never mentioned -> missing-line. Partial.
assert 1000 <= 2500 <= 4999 and 100 * 25 == 2500 and "2026-06-30" < "2026-07-03"
blind("u871-sydney-resin-aud-per-kilo-breaks-held", H.msg("Bronwyn Hayes <bronwyn.hayes@botany-polymers.example>", "text/plain", """Hi Lena,

Thanks for the enquiry. We can offer the PA66 GF30 - pricing is in AUD (Australian dollars), plus GST where
applicable.

RES-PA66-GF30  Nylon 66, 30% glass filled, heat stabilised, black - 25 kg bags

    Up to 999 kg            $6.15 per kilo
    1,000 - 4,999 kg        $5.84 per kilo
    5,000 kg and over       $5.52 per kilo

Sold in full 25 kg bags - your 2,500 kg is 100 bags (2 pallets and a bit).
Ex stock Sydney.

Prices held until 30 June 2026 - resin pricing is reviewed at the start of each month.
FOB Sydney (Port Botany).

Kind regards,
Bronwyn Hayes
Account Manager - Engineering Polymers
Botany Polymers Pty Ltd
8 Victoria St East, Wetherill Park NSW 2164
Ph: (02) 9555 0186 | ABN 27 604 915 338
"""),
       "partial", "AUD", "2026-06-30", "FOB",
       [line(1, 5.84, "AUD", lead=0)],
       ["currency-differs", "missing-line", "validity-short"])


# u872 a Leeds bearing and seal house, HTML only from its quoting system, "Prices in GBP, ex VAT" -> GBP
# (currency-differs). Bearing row: "Offered" cell "6205-C-2HRS-C3" and the note "SKF 6205-2RS1/C3 is on long lead from
# the factory, so we offer the FAG equivalent 6205-C-2HRS-C3" -> alternatePartNumber 6205-C-2HRS-C3 (alternate-part);
# "£2.46" each, "Ex stock" -> 0 (the SKF availability is for a part not offered and gives no number anyway). O-rings
# "£14.80" per "1000" -> 0.0148, 2 weeks -> 14 (Jun 26, before Aug 17). Hose "£3.95" per "metre", "5 working days" ->
# 5 x 7/5 = 7. Quantities as asked -> null. "No quote on lines 1, 2 and 6" -> declined. "Quote valid for 30 days" from
# Fri 12 Jun -> 2026-07-12 (not short); "Delivered (DAP) to your works" -> DAP. Partial.
assert close(14.80 / 1000, 0.0148) and workdays(5) == 7 and plus("2026-06-12", 30) == "2026-07-12"
U872_ROWS = [("3", "BRG 6205-2RS", "6205-C-2HRS-C3", "FAG deep groove ball bearing 25x52x15, 2RS, C3 (equivalent)", "400",
              "&pound;2.46", "each", "Ex stock"),
             ("4", "OR-0120-NBR70", "as requested", "O-ring 12.0 x 2.0 NBR 70 black", "50,000", "&pound;14.80", "1000",
              "2 weeks"),
             ("5", "HSE-2SN-08", "as requested", "Hydraulic hose EN 853 2SN DN12", "800 m", "&pound;3.95", "metre",
              "5 working days")]
U872_HEAD = ("Line", "Your Part No", "Offered", "Description", "Qty", "Unit Price", "Per", "Lead Time")
blind("u872-leeds-html-gbp-fag-equivalent", H.msg("Kirsty Naylor <k.naylor@hunslet-bearings.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Lena,</p>
<p>Many thanks for your enquiry HM-RFQ-2611. Please find our quotation <b>HBT-Q-118842</b> below. Prices in GBP, ex VAT.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#7A1F2B;color:#FFFFFF">""" + "".join(f"<th>{c}</th>" for c in U872_HEAD) + "</tr>\n"
      + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U872_ROWS) + """
</table>
<p>Line 3: SKF 6205-2RS1/C3 is on long lead from the factory at the moment, so we offer the FAG equivalent
6205-C-2HRS-C3, which is in stock in Leeds.<br>
No quote on lines 1, 2 and 6 (resin, aluminium sheet and seal kits) - not products we handle.</p>
<p>Quote valid for 30 days. Delivered (DAP) to your works, Incoterms 2020.</p>
<p>Kind regards,<br>Kirsty Naylor<br>Customer Services<br>Hunslet Bearings &amp; Transmission Ltd<br>
Units 3-5 Stourton Link, Leeds LS10 1RZ | 0113 555 0155</p>
<p style="font-size:7.5pt;color:#777">This quotation was produced by QuoteFlow. Hunslet Bearings &amp; Transmission Ltd,
registered in England No. 06120458. E&amp;OE.</p>
</body></html>"""),
       "partial", "GBP", "2026-07-12", "DAP",
       [nob(1), nob(2), line(3, 2.46, "GBP", lead=0, alt="6205-C-2HRS-C3"), line(4, 0.0148, "GBP", lead=14),
        line(5, 3.95, "GBP", lead=7), nob(6)],
       ["alternate-part", "currency-differs", "no-bid"])


# u873 a Christchurch hydraulics firm, plain text, "All prices in NZ dollars (NZD), exclusive of GST" with "$" -> NZD
# (currency-differs). Hose "$6.72 per metre", "800 m" as asked -> null, 3 weeks -> 21 (Jul 3, before Sep 1). Seal kits
# "$41.50 per kit" (a kit is the RFQ's SET), "150 kits" as asked -> null, "6-7 weeks" -> 49 (Jul 31, before Sep 21);
# "one-off set-up charge of $185.00 for the kit bag labels and artwork" -> note. "we don't carry resin, sheet,
# bearings or O-rings, so no quote on lines 1 to 4" -> declined. "valid until 31/07/2026" -> 2026-07-31; "CIF Long
# Beach, CA" -> CIF. Partial.
assert plus("2026-06-12", 21) == "2026-07-03" and plus("2026-06-12", 49) == "2026-07-31"
blind("u873-christchurch-nzd-hose-kits-setup", H.msg("Andrew Tait <andrew@canterbury-hydraulics.example>", "text/plain", """Hi Lena,

Thanks for the RFQ. All prices in NZ dollars (NZD), exclusive of GST.

HSE-2SN-08  EN 853 2SN 1/2" (DN12) hydraulic hose
   800 m  @  $6.72 per metre
   Lead time 3 weeks

KIT-PX200-SEAL  seal kit for PX-200 pump (2 lip seals, 4 O-rings, 1 gasket, bagged & labelled)
   150 kits  @  $41.50 per kit
   Lead time 6-7 weeks
   Plus a one-off set-up charge of $185.00 for the kit bag labels and artwork.

We don't carry resin, sheet, bearings or O-rings, so no quote on lines 1 to 4.

Quote valid until 31/07/2026. CIF Long Beach, CA.

Cheers
Andrew Tait
Canterbury Hydraulics Ltd
27 Hazeldean Rd, Addington, Christchurch 8024
Ph 03 555 0179 | Mob 021 555 4410
"""),
       "partial", "NZD", "2026-07-31", "CIF",
       [nob(1), nob(2), nob(3), nob(4), line(5, 6.72, "NZD", lead=21), line(6, 41.50, "NZD", lead=49)],
       ["currency-differs", "no-bid", "note"])


# u874 a Limerick aluminium stockholder, multipart/alternative (same text in both parts), prices "in euro, ex VAT" ->
# EUR (currency-differs). Sheet "€112.60 per sheet"; "sold in full packs of 50 sheets, so for your 90 we would supply 2
# packs = 100 sheets" -> quantity 100 (quantity-differs); 2 weeks -> 14 (Jun 26, before Aug 10). "The rest of the list
# isn't for us - no quote on lines 1, 3, 4, 5 and 6" -> declined. "Offer valid until 10 July 2026" -> 2026-07-10 (not
# short); "Ex works Limerick" -> EXW. Partial.
assert 2 * 50 == 100 and 100 != 90 and plus("2026-06-12", 14) == "2026-06-26"
U874_TEXT = """Hi Lena,

Thanks for thinking of us for HM-RFQ-2611. We can offer the aluminium sheet:

SHT-5052H32-030  5052-H32, 3.0 x 1250 x 2500 mm, PVC film one side
EUR 112.60 per sheet (€112.60), prices in euro, ex VAT.
This sheet is sold in full packs of 50 sheets, so for your 90 we would supply 2 packs = 100 sheets.
Lead time 2 weeks.

The rest of the list isn't for us - no quote on lines 1, 3, 4, 5 and 6.

Offer valid until 10 July 2026. Ex works Limerick.

Best regards,
Siobhán Quirke
Shannon Metals Stockholders Ltd
Dock Road, Limerick V94 K7T2, Ireland
+353 61 555 0142"""
U874_HTML = """<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<div>Hi Lena,</div><div><br></div>
<div>Thanks for thinking of us for HM-RFQ-2611. We can offer the aluminium sheet:</div><div><br></div>
<div><b>SHT-5052H32-030</b>&nbsp; 5052-H32, 3.0 x 1250 x 2500 mm, PVC film one side</div>
<div>EUR 112.60 per sheet (&euro;112.60), prices in euro, ex VAT.</div>
<div>This sheet is sold in full packs of 50 sheets, so for your 90 we would supply 2 packs = 100 sheets.</div>
<div>Lead time 2 weeks.</div><div><br></div>
<div>The rest of the list isn't for us - no quote on lines 1, 3, 4, 5 and 6.</div><div><br></div>
<div>Offer valid until 10 July 2026. Ex works Limerick.</div><div><br></div>
<div>Best regards,<br>Siobh&aacute;n Quirke<br>Shannon Metals Stockholders Ltd<br>
Dock Road, Limerick V94 K7T2, Ireland<br>+353 61 555 0142</div>
</div></body></html>"""
blind("u874-limerick-alt-eur-sheet-packs-of-50", H.alternative("Siobhán Quirke <squirke@shannon-metals.example>", U874_TEXT, U874_HTML,
                                                             cte="quoted-printable"),
      "partial", "EUR", "2026-07-10", "EXW",
      [nob(1), line(2, 112.60, "EUR", qty=100, lead=14), nob(3), nob(4), nob(5), nob(6)],
      ["currency-differs", "no-bid", "quantity-differs"])


# u875 a Huddersfield distributor pastes an Excel table (tab-separated) for all six lines above the buyer's request,
# quoted under an Outlook "From: / Sent: / To: / Subject:" block. "Prices in GBP, ex VAT" -> GBP (currency-differs).
# Resin "£4.12" per "kilo" -> 4.12, 3 weeks -> 21 (Jul 3, before Jul 20). Sheet "£96.80 each", "10 working days" -> 14.
# Bearing "£2.91 each" (SKF, as asked), ex stock -> 0. O-rings "£1.62" per "100" -> 0.0162, 2 weeks -> 14. Hose "£4.05"
# per "metre", "w/c 6 July (6-10 July)" -> upper bound Fri Jul 10 -> 28 days (before Sep 1). Seal kits "£33.75" per
# "kit" (= set), 8 weeks -> 56 (Aug 7, before Sep 21). Quantities as asked -> null. "Prices held until 24 July 2026" ->
# 2026-07-24 (not short); "Delivered Duty Paid, Rockford IL" -> DDP. Every line priced -> parsed.
assert close(1.62 / 100, 0.0162) and workdays(10) == 14 and days("2026-06-12", "2026-07-10") == 28
assert plus("2026-06-12", 56) == "2026-08-07"
U875_TABLE = "\n".join("\t".join(r) for r in [
    ("Line", "Part No", "Description", "Qty", "Price", "Per", "Lead time"),
    ("1", "RES-PA66-GF30", "PA66 GF30 black, 25kg bags", "2,500 kg", "£4.12", "kilo", "3 weeks"),
    ("2", "SHT-5052H32-030", "5052 H32 3.0 x 1250 x 2500", "90", "£96.80", "each", "10 working days"),
    ("3", "BRG 6205-2RS", "SKF 6205-2RS1/C3", "400", "£2.91", "each", "ex stock"),
    ("4", "OR-0120-NBR70", "O-ring 12 x 2 NBR70", "50,000", "£1.62", "100", "2 weeks"),
    ("5", "HSE-2SN-08", "2SN DN12 hose", "800 m", "£4.05", "metre", "w/c 6 July (6-10 July)"),
    ("6", "KIT-PX200-SEAL", "Seal kit PX-200", "150", "£33.75", "kit", "8 weeks")])
blind("u875-huddersfield-pasted-excel-gbp-all-six", H.msg("Dave Ackroyd <d.ackroyd@holmevalley-ind.example>", "text/plain", """Lena,

Thansk for the enquiry - happy to quote the lot. Prices in GBP, ex VAT.

""" + U875_TABLE + """

Prices held until 24 July 2026. Delivered Duty Paid, Rockford IL.

Regards
Dave Ackroyd
Sales Office
Holme Valley Industrial Supplies Ltd
Leeds Road, Huddersfield HD2 1YS
01484 555 0163

From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: 08 June 2026 15:22
To: Dave Ackroyd <d.ackroyd@holmevalley-ind.example>
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Hello Dave,

Please quote the following by 19 June 2026:

""" + H.RFQ_TABLE + """

Thanks,
Lena Marsh
Halvorsen Manufacturing
"""),
      "parsed", "GBP", "2026-07-24", "DDP",
      [line(1, 4.12, "GBP", lead=21), line(2, 96.80, "GBP", lead=14), line(3, 2.91, "GBP", lead=0),
       line(4, 0.0162, "GBP", lead=14), line(5, 4.05, "GBP", lead=28), line(6, 33.75, "GBP", lead=56)],
      ["currency-differs"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u876 a Dublin machine shop, plain text in EUR (the RFQ currency). Shaft "250 off - €36.20 each - 8 weeks from receipt
# of order" -> 36.20, 56 (Aug 10, before Aug 28). Bracket sets "150 sets - €21.75 per set - delivery w/c 10 August
# (10-14 Aug)" -> upper bound Fri Aug 14 -> 60 days (before Oct 9). "no quote on lines 2, 3 and 4" -> declined. "Prices
# exclude VAT" is a tax remark. "Quote valid for 30 days" from Mon 15 Jun -> 2026-07-15 (not short); "FCA Dublin" ->
# FCA. Partial, no-bid.
assert plus("2026-06-15", 56) == "2026-08-10" and days("2026-06-15", "2026-08-14") == 60 and plus("2026-06-15", 30) == "2026-07-15"
blind2("u876-dublin-eur-shaft-brackets-wc-august", V.msg("Declan Byrne <declan.byrne@greenhills-precision.example>", "text/plain", """Hi Jonas,

Thanks for sending on VM-RFQ-4418. We'd be happy to quote the turned shaft and the bracket sets:

1.  SH-2231-C rev B drive shaft - 250 off - €36.20 each - 8 weeks from receipt of order
5.  2231-004-03 sensor bracket sets (L+R with screws, black anodised) - 150 sets - €21.75 per set - delivery w/c 10 August (10-14 Aug)

We can't do the housing, fittings or cylinder, so no quote on lines 2, 3 and 4.

Prices exclude VAT (zero-rated intra-EU supply to a VAT-registered customer). Quote valid for 30 days. FCA Dublin.

Regards,
Declan Byrne
Greenhills Precision Ltd
Unit 9, Greenhills Business Park, Dublin 24, D24 R6P3
T +353 1 555 0137
"""),
       "partial", "EUR", "2026-07-15", "FCA",
       [line(1, 36.20, "EUR", lead=56), nob(2), nob(3), nob(4), line(5, 21.75, "EUR", lead=60)],
       ["no-bid"])


# u877 a Bristol pneumatics distributor, HTML only from its quoting system, "All prices in pounds sterling (GBP)" -> GBP
# (currency-differs). Fitting "£392.00" per "100" (total £7,840.00 confirms it) -> 3.92, "5 working days" -> 7. Festo
# cylinder as specified "£148.30" per "1" (total £17,796.00), "Ex stock" -> 0. Quantities as asked -> null. "Lines 1, 2
# and 5 are made-to-drawing parts - no quote" -> declined. "This quotation is valid until 14/08/2026" -> 2026-08-14;
# "Delivered DAP Bremen" -> DAP. Partial.
assert close(392.00 / 100, 3.92) and close(2000 * 3.92, 7840.00) and close(120 * 148.30, 17796.00) and workdays(5) == 7
U877_ROWS = [("FIT-316-G12-10", "Male stud connector G1/2 x 10mm tube, 316 SS", "2,000", "&pound;392.00", "100",
              "&pound;7,840.00", "5 working days"),
             ("DSBC-32-80-PPVA-N3", "Festo ISO 15552 cylinder 32 bore x 80 stroke", "120", "&pound;148.30", "1",
              "&pound;17,796.00", "Ex stock")]
blind2("u877-bristol-html-gbp-fittings-per-100", V.msg("Rachel Coombes <r.coombes@avonmouth-pneumatics.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:10pt">
<table width="640" cellpadding="0" cellspacing="0"><tr><td style="font-size:16pt;color:#0B5394"><b>Avonmouth Pneumatics</b></td>
<td align="right">Quotation <b>SQ-77415</b><br>Date 15/06/2026</td></tr></table>
<p>Dear Jonas,</p>
<p>Thank you for your enquiry VM-RFQ-4418. All prices in pounds sterling (GBP), exclusive of VAT.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#CFE2F3"><th>Part</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Per</th><th>Total</th><th>Availability</th></tr>
""" + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U877_ROWS) + """
</table>
<p>Lines 1, 2 and 5 are made-to-drawing parts - no quote.</p>
<p>This quotation is valid until 14/08/2026. Delivered DAP Bremen (Incoterms 2020).</p>
<p>Kind regards,<br>Rachel Coombes<br>Internal Sales<br>Avonmouth Pneumatics Ltd, Kings Weston Lane, Bristol BS11 8AZ<br>
Tel 0117 555 0121</p>
<p style="font-size:7.5pt;color:#888">Generated by OrderWise. Avonmouth Pneumatics Ltd is registered in England and Wales,
company no. 03318852, VAT reg. GB 671 2290 18. Goods remain our property until paid for in full.</p>
</body></html>"""),
       "partial", "GBP", "2026-08-14", "DAP",
       [nob(1), nob(2), line(3, 3.92, "GBP", lead=7), line(4, 148.30, "GBP", lead=0), nob(5)],
       ["currency-differs", "no-bid"])


# u878 an Adelaide foundry and machine shop, plain text, "All prices are Australian dollars (AUD)" with "A$" -> AUD
# (currency-differs); "GST-free export" is a tax remark. Housing "25 off @ A$1,486.00 each" -> 1486.00, as asked ->
# null; "One-off pattern and core box tooling: A$4,250.00" -> note; "Lead time: 14 weeks from order, including the
# pattern" -> 98 (Sep 21, before Oct 2). "Lines 1, 3, 4 and 5 - no quote" -> declined. "Quote valid for 60 days" from
# Mon 15 Jun -> 2026-08-14; "FOB Adelaide (Outer Harbor)" -> FOB. Partial.
assert plus("2026-06-15", 98) == "2026-09-21" and plus("2026-06-15", 60) == "2026-08-14"
blind2("u878-adelaide-aud-housing-pattern-charge", V.msg("Craig Whitford <craig.whitford@wingfield-castings.example>", "text/plain", """Hello Jonas,

Thanks for including us on VM-RFQ-4418. All prices are Australian dollars (AUD), GST-free export.

HSG-1180-GJL  Gearbox housing, EN-GJL-250, fully machined, primed RAL 7035
    25 off @ A$1,486.00 each
    One-off pattern and core box tooling: A$4,250.00 (pattern remains your property)
    Lead time: 14 weeks from order, including the pattern

Lines 1, 3, 4 and 5 - no quote, not our line of work.

Quote valid for 60 days. FOB Adelaide (Outer Harbor).

Regards,
Craig Whitford
Estimating Manager
Wingfield Castings & Machining Pty Ltd
31 Grand Junction Rd, Wingfield SA 5013, Australia
Ph +61 8 8555 0174

This email and any attachments are confidential and intended only for the named recipient. If you have received it
in error please notify the sender and delete it. Wingfield Castings & Machining Pty Ltd ABN 48 093 227 510.
"""),
       "partial", "AUD", "2026-08-14", "FOB",
       [nob(1), line(2, 1486.00, "AUD", lead=98), nob(3), nob(4), nob(5)],
       ["currency-differs", "no-bid", "note"])


# u879 a Lisburn (Northern Ireland) fittings stockist, plain text with a pasted break table whose quantities run as
# COLUMNS (500 / 1,000 / 2,000 / 5,000), "£ each" -> GBP (currency-differs). The 2,000 asked is the 2,000 column ->
# 3.45; 3 weeks -> 21 (Jul 6, before Aug 14). Bracket sets "£22.40 per set", "MOQ 100 sets" (below the 150 asked -> moq 100, no deviation), 6 weeks
# -> 42 (Jul 27, before Oct 9). The shaft, housing and cylinder are never mentioned -> missing-line. "Price held until 31
# July 2026" -> 2026-07-31; "CIP Bremen" -> CIP. Partial.
assert 2000 <= 2000 < 5000 and 100 < 150 and plus("2026-06-15", 21) == "2026-07-06" and plus("2026-06-15", 42) == "2026-07-27"
blind2("u879-lisburn-gbp-break-columns-moq-below", V.msg("Niall Donnelly <niall@blaris-fittings.example>", "text/plain", """Hi Jonas,

Please see below our best prices for the fittings and bracket sets on VM-RFQ-4418 (GBP).

FIT-316-G12-10   male connector G1/2 x 10mm tube, 316 stainless

   Qty        500      1,000     2,000     5,000
   £ each     4.10     3.86      3.45      3.18

   Lead time 3 weeks.

2231-004-03   sensor bracket set L+R, 6082-T6 black anodised, c/w screws
   £22.40 per set, MOQ 100 sets, lead time 6 weeks.

Price held until 31 July 2026. CIP Bremen.

All the best,
Niall Donnelly
Blaris Fluid Fittings Ltd
14 Blaris Industrial Estate, Lisburn BT27 5QB, Northern Ireland
T: 028 9555 0194
"""),
       "partial", "GBP", "2026-07-31", "CIP",
       [line(3, 3.45, "GBP", lead=21), line(5, 22.40, "GBP", lead=42, moq=100)],
       ["currency-differs", "missing-line"])


# u880 a Perth engineering shop declines the whole RFQ ("we'll have to decline to quote on this one") above the buyer's
# quoted request; "fully booked until October" is a reason, not a lead time, and the quantities below are the buyer's.
# Every line declined -> five noBid lines, currency / validUntil / incoterms null, status no-bid, kinds {no-bid}.
blind2("u880-perth-decline-to-quote-all", V.msg("Tegan O'Brien <tegan.obrien@welshpool-engineering.example>", "text/plain", """Hi Jonas,

Thanks very much for the opportunity, but we'll have to decline to quote on this one. The shop is fully booked
until October, and freight from Perth to Germany on parts like these wouldn't stack up against your local suppliers.

Please do keep us in mind for future work.

Kind regards,
Tegan O'Brien
Business Development
Welshpool Engineering Pty Ltd
52 Kewdale Rd, Welshpool WA 6106, Australia
Ph +61 8 9555 0128

On Thu, 4 Jun 2026 at 16:40, Jonas Albers <j.albers@vossberg-maschinenbau.example> wrote:
""" + gt(VM_ASK) + "\n"),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5)], ["no-bid"])


if __name__ == "__main__":
    ROUND.write()

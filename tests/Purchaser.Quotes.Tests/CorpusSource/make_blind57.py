#!/usr/bin/env python3
"""Writes replies u897..u912 (Corpus/u*.eml + expected u*.json) - the fifty-seventh blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is A TENTH ORDINARY MIXED MAILBOX: sixteen ordinary replies of every common kind a buyer receives in
one week. A Tennessee fastener man's three-line answer typed on his phone above the quoted request (screws and springs,
"no bid" on the rest by description); a Michigan distributor answering in between the lines of the buyer's quoted
request; a Kentucky distributor's HTML quote from its quoting tool for all five lines with a one-time steel rule die
charge and a plate after its need-by; a Connecticut fastener and spring house's pasted table with quantity-break
columns "5K+ / 10K+ / 25K+" and three lines not mentioned; an Arizona machine shop asking which drawing revision to quote
(a question, no quote); and a Taiwanese exporter's PDF quotation with an MOQ above the screw quantity. A Wisconsin
bearing and supply house's XLSX with a "Per" 1000 column and "No Quote" rows; a Pittsburgh sheet service centre's
REVISED quote that replaces Wednesday's (the old one quoted below it); a Louisiana bearing house offering an NKE bearing
instead of SKF in a pasted table; a Krefeld compounder quoting the resin in EUR against the USD RFQ, held to the end of
June (short); and a Kansas hydraulics shop (multipart/alternative) with hose per metre in working days and seal kits. A
Zaragoza machine shop's table pasted from Excel with euro signs and dot thousands, the shaft after its need-by; a
Portuguese shop's polite full no-bid above the quoted RFQ; an Upper Austrian pneumatics distributor with fittings per
100 and its own cylinder instead of the Festo one; a Moravian machine shop's break rows for the shaft (250 falls in the
200-499 band); and a Basel distributor quoting in CHF against the EUR RFQ, held for ten days (short).
Payment terms, VAT remarks, phone numbers and quoted history are no deviations and no prices; the one-time die charge is
a note. The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, pdf, xlsx  # expected-line shapes, text-layer PDF writer, one-sheet workbook writer
from make_blind5 import check_page, file_part, multipart, row, text_part  # PDF page check and rows, MIME parts
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(897)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classify(kind):
    """Sets the optional classification field on the case just added (a 'question' reason contains 'question')."""
    extra = {"classification": kind}
    if kind == "question":
        extra["reasonContains"] = "question"
    ROUND.cases[-1][2].update(extra)


def gt(text):
    """Quotes text the way a mail client does: '> ' before every line, a bare '>' on empty ones."""
    return "\n".join(("> " + t) if t else ">" for t in text.split("\n"))


# The buyer's request for NR-RFQ-0619 as quoted below the phone reply (quantities and need-by dates of rfq-sample.json).
NR_REQUEST = """Hi Dwayne,

Could you quote the parts below for our AGV drive module? RFQ NR-RFQ-0619, quotes due June 12.

  #  Part             Description                          Qty        Need by
  1  GSK-EPDM-80      EPDM gasket 80 OD x 62 ID x 3        5,000 ea   Aug 3
  2  CBL-4C22-PUR     4 x 22 AWG shielded cable, PUR       1,500 m    Jul 20
  3  SCR-M4X10-A2     SHCS M4 x 10, A2-70                  20,000 ea  Jul 13
  4  PLT-0915-R2      Motor base plate, 6082-T6            120 ea     Aug 17
  5  SPR-C0630-302    Compression spring, 302 SS           8,000 ea   Jul 27

Thanks!
Nora Reyes
Buyer, Northridge Robotics"""


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.
# quantities: L1 5,000 EA, L2 1,500 M, L3 20,000 EA, L4 120 EA, L5 8,000 EA.

# u897 a Knoxville fastener man's short answer typed on his phone, top-posted above the buyer's request (quoted with
# "> ", quantities and need-by dates - history, not a quote). Screws "$0.0312 ea, in stock" -> 0.0312, 0. Springs
# "$0.074 ea, 4 wks" -> 0.074, 28 (Jul 3, before Jul 27). "No bid on the gaskets, cable and base plate" names lines 1,
# 2 and 4 by description -> declined. Quantities not restated -> null. "FOB Knoxville TN" -> FOB; "prices good 30 days"
# from Fri 5 Jun -> 2026-07-05 (not short). USD ($, nothing says otherwise). Partial, no-bid.
assert plus("2026-06-05", 30) == "2026-07-05" and plus("2026-06-05", 28) == "2026-07-03"
sample("u897-phone-reply-screws-springs-no-bid-rest", S.msg("Dwayne Pruitt <dpruitt@smokymtn-fastener.example>", "text/plain", """Nora,

Screws SCR-M4X10-A2 $0.0312 ea, in stock.
Springs SPR-C0630-302 $0.074 ea, 4 wks.
No bid on the gaskets, cable and base plate - not our line.

FOB Knoxville TN, prices good 30 days.

Dwayne

Sent from my iPhone

> On Jun 1, 2026, at 8:02 AM, Nora Reyes <nreyes@northridge.example> wrote:
>
""" + gt(NR_REQUEST) + "\n", subject="Re: RFQ NR-RFQ-0619"),
       "partial", "USD", "2026-07-05", "FOB",
       [nob(1), nob(2), line(3, 0.0312, lead=0), nob(4), line(5, 0.074, lead=28)],
       ["no-bid"])


# u898 a Grand Rapids distributor answers in between the lines of the buyer's request: each quoted line ("> ") is
# followed by her unquoted answer starting "KL:". Gasket "$0.181 each, 4 weeks ARO" -> 0.181, 28 (Jul 3, before Aug 3).
# Cable "no quote, we don't stock this cable" -> declined. Screws "$0.0298 each, stock" -> 0.0298, 0. Plate "$42.65
# each, 6 weeks" -> 42.65, 42 (Jul 17, before Aug 17). Springs "$0.0709 each, 3 weeks" -> 0.0709, 21 (Jun 26, before
# Jul 27). The quantities are only in the buyer's quoted lines -> null. Under the buyer's "Please include validity and
# Incoterms": "Valid until July 17, 2026. FCA Grand Rapids, MI." -> 2026-07-17 (not short), FCA. USD. Partial, no-bid.
assert plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 21) == "2026-06-26"
sample("u898-answers-typed-between-request-lines", S.msg("Karen Lindqvist <klindqvist@westmichigan-ind.example>", "text/plain", """Hi Nora,

Thanks for the RFQ - I typed my answers in between your lines below (they start with KL:).

Karen

On Mon, Jun 1, 2026 at 8:10 AM Nora Reyes <nreyes@northridge.example> wrote:
> Hello Karen,
>
> Please quote the following parts (RFQ NR-RFQ-0619) by June 12:
>
> 1) GSK-EPDM-80, gasket EPDM 70 Shore A, 80 x 62 x 3 mm - 5,000 pcs, need by Aug 3
KL: $0.181 each, 4 weeks ARO
>
> 2) CBL-4C22-PUR, cable 4 x 22 AWG shielded, PUR jacket - 1,500 m, need by Jul 20
KL: no quote, we don't stock this cable
>
> 3) SCR-M4X10-A2, socket head cap screw M4 x 10, A2-70 - 20,000 pcs, need by Jul 13
KL: $0.0298 each, stock
>
> 4) PLT-0915-R2, motor base plate, 6082-T6 - 120 pcs, need by Aug 17
KL: $42.65 each, 6 weeks
>
> 5) SPR-C0630-302, compression spring, 302 stainless - 8,000 pcs, need by Jul 27
KL: $0.0709 each, 3 weeks
>
> Please include validity and Incoterms with your prices.
KL: Valid until July 17, 2026. FCA Grand Rapids, MI.
>
> Thank you,
> Nora Reyes
> Purchasing, Northridge Robotics

--
Karen Lindqvist | Inside Sales
West Michigan Industrial Supply
4410 Clyde Park Ave SW, Wyoming, MI 49509
Phone 616-555-0177
"""),
       "partial", "USD", "2026-07-17", "FCA",
       [line(1, 0.181, lead=28), nob(2), line(3, 0.0298, lead=0), line(4, 42.65, lead=42), line(5, 0.0709, lead=21)],
       ["no-bid"])


# u899 an Owensboro distributor's HTML quote generated by its quoting tool (quoted-printable): a header block (quote no.,
# date, "Quote expires 07/20/2026", "Incoterms FCA Owensboro, KY"), a table Line | Item | Description | Qty | UOM |
# Unit Price | Ext. Price | Lead Time for all five lines, and a subtotal. Gasket $0.1925, 5 weeks -> 35 (Jul 10, before
# Aug 3). Cable $1.385 per M(etre) on the metre line, 3 weeks -> 21 (Jun 26, before Jul 20). Screws $0.0302, Stock ->
# 0. Plate $45.10, 12 weeks -> 84 -> Aug 28, AFTER the Aug 17 need-by -> lead-time-after-need-by. Springs $0.0698, 4
# weeks -> 28 (Jul 3, before Jul 27). Quantities are the RFQ's -> null. "A one-time tooling charge of $310.00 (steel
# rule die) applies to line 1, billed on the first order" -> note. Ext. prices and the subtotal are not unit prices.
# 2026-07-20 (not short); FCA; USD. Every line priced -> parsed.
assert close(5000 * 0.1925, 962.50) and close(1500 * 1.385, 2077.50) and close(20000 * 0.0302, 604.00)
assert close(120 * 45.10, 5412.00) and close(8000 * 0.0698, 558.40)
assert close(962.50 + 2077.50 + 604.00 + 5412.00 + 558.40, 9614.40)
assert plus("2026-06-05", 84) == "2026-08-28" and days("2026-06-05", "2026-08-17") == 73 < 84 and plus("2026-06-05", 35) == "2026-07-10"
U899_ROWS = [("1", "GSK-EPDM-80", "Gasket, EPDM 70A, die-cut 80 OD x 62 ID x 3", "5,000", "EA", "$0.1925", "$962.50", "5 weeks"),
             ("2", "CBL-4C22-PUR", "Cable 4C 22AWG shielded, PUR, black", "1,500", "M", "$1.385", "$2,077.50", "3 weeks"),
             ("3", "SCR-M4X10-A2", "Socket head cap screw M4 x 10, A2-70", "20,000", "EA", "$0.0302", "$604.00", "Stock"),
             ("4", "PLT-0915-R2", "Motor base plate, 6082-T6, CNC", "120", "EA", "$45.10", "$5,412.00", "12 weeks"),
             ("5", "SPR-C0630-302", "Compression spring, 302 SS", "8,000", "EA", "$0.0698", "$558.40", "4 weeks")]
U899_HEAD = ("Line", "Item", "Description", "Qty", "UOM", "Unit Price", "Ext. Price", "Lead Time")
U899_TABLE = ('<tr style="background-color:#2E5E4E;color:#FFFFFF">' + "".join(f'<th style="padding:4px 8px">{h}</th>' for h in U899_HEAD)
              + "</tr>\n" + "\n".join('<tr>' + "".join(f'<td style="padding:4px 8px;border-bottom:1px solid #D0D7D4">{c}</td>' for c in r)
                                      + "</tr>" for r in U899_ROWS)
              + '\n<tr><td colspan="6" style="padding:4px 8px;text-align:right"><b>Subtotal</b></td>'
                '<td style="padding:4px 8px"><b>$9,614.40</b></td><td></td></tr>')
sample("u899-html-quoting-tool-all-five-die-charge", S.msg("Heather Vance <hvance@greenriver-supply.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#333333">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:16px;background-color:#F2F5F4">
<p>Hi Nora,</p>
<p>Thank you for the opportunity. Your quote is ready - details below. Just reply to this email if you have any questions.</p>
<table cellpadding="0" cellspacing="0" style="margin:12px 0">
<tr><td style="padding-right:24px"><b>Quote #</b></td><td>Q-0048217</td></tr>
<tr><td style="padding-right:24px"><b>Your reference</b></td><td>NR-RFQ-0619</td></tr>
<tr><td style="padding-right:24px"><b>Quote date</b></td><td>06/05/2026</td></tr>
<tr><td style="padding-right:24px"><b>Quote expires</b></td><td>07/20/2026</td></tr>
<tr><td style="padding-right:24px"><b>Incoterms</b></td><td>FCA Owensboro, KY</td></tr>
<tr><td style="padding-right:24px"><b>Payment terms</b></td><td>Net 30</td></tr>
</table>
<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;background-color:#FFFFFF;width:100%">
{U899_TABLE}
</table>
<p><b>Notes:</b> A one-time tooling charge of $310.00 (steel rule die) applies to line 1, billed on the first order.
Freight is not included.</p>
<p>Thanks,<br>Heather Vance<br>Account Manager, Green River Industrial Supply<br>2200 Frederica St, Owensboro, KY 42301<br>(270) 555-0163</p>
<p style="font-size:10px;color:#999999">Sent with QuoteLine Pro &middot; Quote Q-0048217 &middot; Please do not change the subject line.</p>
</td></tr></table>
</body></html>""", cte="quoted-printable", subject="Your quote Q-0048217 from Green River Industrial Supply (RFQ NR-RFQ-0619)"),
       "parsed", "USD", "2026-07-20", "FCA",
       [line(1, 0.1925, lead=35), line(2, 1.385, lead=21), line(3, 0.0302, lead=0), line(4, 45.10, lead=84),
        line(5, 0.0698, lead=28)],
       ["lead-time-after-need-by", "note"])


# u900 a Waterbury fastener and spring house, a plain-text table pasted from its price sheet with quantity-break
# COLUMNS "5K+ / 10K+ / 25K+" (each). Screws, 20,000 asked: 10K+ (10,000 to 24,999) -> $0.0309, "stock" -> 0. Springs,
# 8,000 asked: 5K+ (5,000 to 9,999) -> $0.0815, "4 wks" -> 28 (Jul 3, before Jul 27). The Qty column restates the
# RFQ quantities -> null. Gaskets, cable and plate are never mentioned -> missing-line. "Pricing valid through
# 08/14/2026" -> 2026-08-14 (not short); "FOB Waterbury, CT" -> FOB. USD. Partial.
assert 10000 <= 20000 < 25000 and 5000 <= 8000 < 10000 and plus("2026-06-05", 28) == "2026-07-03"
sample("u900-pasted-break-columns-5k-10k-25k", S.msg("Paul Grasso <pgrasso@housatonic-fastener.example>", "text/plain", """Good morning Nora,

Thanks for thinking of us. Here's our pricing on the screws and the springs, each, in USD:

Part No.        Your Qty    5K+       10K+      25K+      Lead time
SCR-M4X10-A2    20,000      $0.0336   $0.0309   $0.0281   stock
SPR-C0630-302    8,000      $0.0815   $0.0744   $0.0690   4 wks

Pricing valid through 08/14/2026. FOB Waterbury, CT.

Let me know if you need certs with the springs, no charge.

Regards,
Paul Grasso
Housatonic Fastener & Spring Co.
380 Mill St, Waterbury, CT 06706
203-555-0148
"""),
       "partial", "USD", "2026-08-14", "FOB",
       [line(3, 0.0309, lead=0), line(5, 0.0815, lead=28)],
       ["missing-line"])


# u901 a Tucson machine shop asks a question before quoting the plate: the RFQ text says 4 x M6 tapped but the attached
# drawing revision R1 shows 4 x M5, and whether the plate should be anodised; "as soon as I hear back I'll get you a
# price". No price, no decline -> unparseable, no lines, no deviation kinds; classification "question".
sample("u901-machine-shop-question-drawing-revision", S.msg("Rick Mendez <rmendez@sonoran-cnc.example>", "text/plain", """Hi Nora,

Got your RFQ, thanks. Before I price the motor base plate (PLT-0915-R2, 120 pcs) I have a question:

Your RFQ says 4 x M6 tapped, but the drawing in the package is rev R1 and shows 4 x M5. Which one should I quote,
and is there a rev R2 drawing you can send over? Also, do you want the plates clear anodized or left bare?

As soon as I hear back I'll get you a price, probably same day.

Thanks,
Rick Mendez
Sonoran CNC Machining LLC
3150 E Ajo Way, Tucson, AZ 85713
520-555-0122
"""),
       "unparseable", None, None, None, [], [])
classify("question")


# u902 a Kaohsiung fastener exporter: a short cover note and a one-page PDF quotation with a text layer (letterhead,
# "QUOTATION" with number and date, a table Item | Customer P/N | Description | Unit Price (USD) | MOQ (pcs) | Delivery,
# terms at the foot). Item 3 screws 0.0248, MOQ 25,000 pcs - ABOVE the 20,000 asked -> moq 25000 (moq-above-quantity;
# no quantity is quoted -> null), 35 days (Jul 10, before Jul 13). Item 5 springs 0.0655, MOQ 5,000 (below the 8,000),
# 40 days (Jul 15, before Jul 27). "Items 1, 2 and 4: no quote" -> declined. "Price term: FOB Kaohsiung" -> FOB;
# "Validity: until 2026-07-10" (not short). "Payment: T/T 30 days" is no deviation. USD. Partial.
assert plus("2026-06-05", 35) == "2026-07-10" and plus("2026-06-05", 40) == "2026-07-15" and 25000 > 20000 > 0
X902 = [50, 86, 170, 312, 392, 452]
P902 = check_page(
    [(50, 800, 13, "FORMOSA EVERBRIGHT FASTENERS CO., LTD."), (440, 800, 15, "QUOTATION"),
     (50, 786, 8, "No. 27, Lane 88, Renda Rd., Renwu Dist., Kaohsiung 814, Taiwan"), (440, 784, 9, "No.: FEB-Q260605-03"),
     (50, 775, 8, "Tel: +886-7-555-0172  |  Fax: +886-7-555-0173"), (440, 772, 9, "Date: 2026-06-05"),
     (50, 748, 9, "To: Northridge Robotics - Ms. Nora Reyes, Purchasing"), (330, 748, 9, "Your RFQ: NR-RFQ-0619")]
    + row(716, X902, ["Item", "Customer P/N", "Description", "Unit Price (USD)", "MOQ (pcs)", "Delivery"])
    + row(700, X902, ["3", "SCR-M4X10-A2", "SHCS M4x10 ISO 4762 A2-70", "0.0248", "25,000", "35 days"])
    + row(684, X902, ["5", "SPR-C0630-302", "Comp. spring SUS302 0.6x6.3x30", "0.0655", "5,000", "40 days"])
    + [(50, 652, 8, "Items 1, 2 and 4: no quote (not our products)."),
       (50, 628, 8, "Price term: FOB Kaohsiung"),
       (50, 616, 8, "Payment: T/T 30 days after B/L date"),
       (50, 604, 8, "Validity: until 2026-07-10"),
       (50, 592, 8, "Packing: export cartons on pallets"),
       (270, 60, 8, "Page 1 of 1")])
sample("u902-taiwan-pdf-moq-above-screw-qty", S.with_attachment("Vivian Lin <vivian.lin@everbright-fast.example>", """Dear Ms. Reyes,

Thank you for your inquiry NR-RFQ-0619. Please find our quotation FEB-Q260605-03 in the attached PDF file.
Kindly note the MOQ for the screws is 25,000 pcs.

Best regards,
Vivian Lin
Sales Dept.
Formosa Everbright Fasteners Co., Ltd.
Tel: +886-7-555-0172 ext. 31""", "application/pdf", "FEB-Q260605-03.pdf", pdf([P902])),
       "partial", "USD", "2026-07-10", "FOB",
       [nob(1), nob(2), line(3, 0.0248, lead=35, moq=25000), nob(4), line(5, 0.0655, lead=40, moq=5000)],
       ["moq-above-quantity", "no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.
# quantities: L1 2,500 KG, L2 90 EA, L3 400 EA, L4 50,000 EA, L5 800 M, L6 150 SET.

# u903 an Appleton bearing and supply house: short body and an XLSX (inline strings) with a title row and a table Line |
# Part Number | Description | Qty | UOM | Unit Price | Per | Lead Time | Comments. Resin and sheet "No Quote" ->
# declined. Bearing (SKF, as asked) 3.27 per 1, "Stock" -> 0. O-rings 21.40 per 1000 -> 0.0214, "3 weeks" -> 21 (Jul
# 3, before Aug 17). Hose 5.85 per 1 M (metre), "2 weeks" -> 14 (Jun 26, before Sep 1). Seal kits 31.75 per 1 SET, "5
# weeks" -> 35 (Jul 17, before Sep 21). Quantities the RFQ's -> null. Body: "Quote valid 30 days" from Fri 12 Jun ->
# 2026-07-12 (not short); "FCA Appleton, WI" -> FCA. USD. Partial, no-bid.
assert close(21.40 / 1000, 0.0214) and plus("2026-06-12", 30) == "2026-07-12" and plus("2026-06-12", 35) == "2026-07-17"
U903_XLSX = xlsx([
    ["Fox Valley Bearing & Supply - Quotation FV-260612-09"], [""],
    ["Line", "Part Number", "Description", "Qty", "UOM", "Unit Price", "Per", "Lead Time", "Comments"],
    [1, "RES-PA66-GF30", "PA66 GF30 resin", 2500, "KG", "", "", "", "No Quote"],
    [2, "SHT-5052H32-030", "Alum sheet 5052-H32 3.0mm", 90, "EA", "", "", "", "No Quote"],
    [3, "BRG 6205-2RS", "SKF 6205-2RS1/C3 ball bearing", 400, "EA", 3.27, 1, "Stock", ""],
    [4, "OR-0120-NBR70", "O-ring 12 x 2 NBR70", 50000, "EA", 21.4, 1000, "3 weeks", ""],
    [5, "HSE-2SN-08", "Hose 2SN DN12 (1/2)", 800, "M", 5.85, 1, "2 weeks", "cut to length"],
    [6, "KIT-PX200-SEAL", "Seal kit PX-200", 150, "SET", 31.75, 1, "5 weeks", ""],
])
blind("u903-xlsx-per-column-no-quote-rows", H.with_attachment("Brian Heinz <bheinz@foxvalley-bearing.example>", """Hi Lena,

Attached is our quote FV-260612-09 for HM-RFQ-2611. We don't carry resin or aluminum sheet, so those two are
marked No Quote.

Quote valid 30 days. FCA Appleton, WI.

Thanks,
Brian Heinz
Fox Valley Bearing & Supply
W3190 Van Roy Rd, Appleton, WI 54915
920-555-0119""", XLSX, "FV-260612-09.xlsx", U903_XLSX),
      "partial", "USD", "2026-07-12", "FCA",
      [nob(1), nob(2), line(3, 3.27, lead=0), line(4, 0.0214, lead=21), line(5, 5.85, lead=14), line(6, 31.75, lead=35)],
      ["no-bid"])


# u904 a Pittsburgh sheet service centre's REVISED quote: "please disregard the one I sent Wednesday", the sheet now
# "$186.75 per sheet" for the 90 sheets asked -> 186.75, quantity null, "2 weeks" -> 14 (Jun 26, before Aug 10). The
# Wednesday quote below the signature ($203.40, valid through June 30) is history and superseded: only the new price
# and validity count. "Revised quote valid through July 10, 2026" -> 2026-07-10 (not short: Jul 10 >= Jul 3); "FOB
# Pittsburgh, PA" -> FOB. USD. The other five lines are never mentioned -> missing-line. Partial; revised-quote.
assert plus("2026-06-12", 14) == "2026-06-26"
blind("u904-revised-sheet-quote-replaces-wednesday", H.msg("Mike Dziedzic <mdziedzic@allegheny-plate.example>", "text/plain", """Lena,

REVISED QUOTE - please disregard the one I sent you Wednesday. I had priced the sheet off last month's mill
list; the July aluminum price came in lower.

SHT-5052H32-030  5052-H32, 3.0 mm x 1250 x 2500 mm, PVC film one side
90 sheets @ $186.75 per sheet
Lead time 2 weeks

Revised quote valid through July 10, 2026. FOB Pittsburgh, PA.

Thanks,
Mike Dziedzic
Allegheny Plate & Sheet Inc.
1200 Chartiers Ave, Pittsburgh, PA 15220
412-555-0186

-----Original Message-----
From: Mike Dziedzic <mdziedzic@allegheny-plate.example>
Sent: Wednesday, June 10, 2026 3:47 PM
To: Lena Marsh <lmarsh@halvorsen-mfg.example>
Subject: RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Lena,

SHT-5052H32-030 - 90 sheets @ $203.40 per sheet, 2 weeks.
Valid through June 30, 2026. FOB Pittsburgh, PA.

Mike
""", subject="RE: RFQ HM-RFQ-2611 - REVISED quote, aluminum sheet"),
      "partial", "USD", "2026-07-10", "FOB",
      [line(2, 186.75, lead=14)],
      ["missing-line"])
classify("revised-quote")


# u905 a Baton Rouge bearing house, a plain-text table typed in the body with Brand and Offered P/N columns: the RFQ
# allows "SKF or equivalent" and the vendor offers NKE part no. 6205-2RSR-C3 -> alternatePartNumber "6205-2RSR-C3"
# (the brand is in its own column), "$2.86 ea", "stock" -> 0. O-rings "as specified", "$0.0195 ea", "2 wks" -> 14 (Jun
# 26, before Aug 17). Quantities as asked -> null. "Resin, aluminum sheet, hose and seal kits: no bid" -> lines 1, 2, 5,
# 6 declined. "Prices valid 45 days" from Fri 12 Jun -> 2026-07-27 (not short); "FCA Baton Rouge, LA" -> FCA. USD.
# Partial.
assert plus("2026-06-12", 45) == "2026-07-27" and plus("2026-06-12", 14) == "2026-06-26"
blind("u905-pasted-table-nke-bearing-alternate", H.msg("Denise Thibodeaux <dthibodeaux@pelican-bearing.example>", "text/plain", """Hello Lena,

Thank you for the RFQ. Please see our quote below.

Line  Your P/N         Brand   Offered P/N      Qty      Price        Delivery
3     BRG 6205-2RS     NKE     6205-2RSR-C3     400      $2.86 ea     stock
4     OR-0120-NBR70    -       as specified     50,000   $0.0195 ea   2 wks

We do not stock SKF in this size; NKE 6205-2RSR-C3 is a direct equivalent (25 x 52 x 15 mm, sealed both sides,
C3 clearance).

Resin, aluminum sheet, hose and seal kits: no bid, not our line.

Prices valid 45 days. FCA Baton Rouge, LA.

Best regards,
Denise Thibodeaux
Pelican Bearing & Transmission Co.
7455 Airline Hwy, Baton Rouge, LA 70805
225-555-0134

This e-mail and any attachments are confidential and intended only for the addressee. If you received it in error,
please notify the sender and delete it.
"""),
      "partial", "USD", "2026-07-27", "FCA",
      [nob(1), nob(2), line(3, 2.86, lead=0, alt="6205-2RSR-C3"), line(4, 0.0195, lead=14), nob(5), nob(6)],
      ["alternate-part", "no-bid"])


# u906 a Krefeld compounder writing English, prices in EUR against the USD RFQ -> currency-differs. Resin "EUR 3,46 per
# kg" (decimal comma) -> 3.46; "2.500 kg (100 bags of 25 kg)" is the quantity asked -> null; "3 weeks" -> 21 (Jul 3,
# before Jul 20). "We cannot supply the sheet, the bearings, the O-rings, the hose or the seal kits" -> lines 2 to 6
# declined. "Resin prices are fixed for June only; offer valid until 30.06.2026" -> 2026-06-30, before Jul 3 ->
# validity-short. "CIP Columbus, OH (Incoterms 2020)" -> CIP. Partial.
assert plus("2026-06-12", 21) == "2026-07-03" and 100 * 25 == 2500
blind("u906-krefeld-resin-eur-june-validity", H.msg("Jörg Hansen <j.hansen@niederrhein-compounds.example>", "text/plain", """Dear Ms Marsh,

thank you for your request HM-RFQ-2611. As a compounder we can offer the resin only; all prices are in EUR.

RES-PA66-GF30  PA66 GF30, heat stabilised, black
Quantity: 2.500 kg (100 bags of 25 kg)
Price: EUR 3,46 per kg
Delivery: 3 weeks after receipt of order

We cannot supply the sheet, the bearings, the O-rings, the hose or the seal kits.

Resin prices are fixed for June only; offer valid until 30.06.2026.
Delivery terms: CIP Columbus, OH (Incoterms 2020). Payment: 30 days net.

Kind regards
Jörg Hansen
Sales Engineering Polyamides
Niederrhein Compounds GmbH
Hafenstraße 21, 47809 Krefeld, Germany
Tel. +49 2151 555 0906
"""),
      "partial", "EUR", "2026-06-30", "CIP",
      [line(1, 3.46, "EUR", lead=21), nob(2), nob(3), nob(4), nob(5), nob(6)],
      ["currency-differs", "no-bid", "validity-short"])


# u907 a Wichita hydraulics shop, multipart/alternative (plain text and the same as a small HTML table). Hose "$6.12/m"
# on the metre line -> 6.12, "800 m" as asked -> null, "10 working days" -> 10 x 7/5 = 14 (Jun 26, before Sep 1). Seal
# kits "$27.80/set" -> 27.80, 150 sets as asked -> null, "4 weeks" -> 28 (Jul 10, before Sep 21). Resin, sheet,
# bearings and O-rings never mentioned -> missing-line. "Quote valid until July 24, 2026" (not short); "FOB Wichita,
# KS" -> FOB. USD. Partial.
assert workdays(10) == 14 and plus("2026-06-12", 14) == "2026-06-26" and plus("2026-06-12", 28) == "2026-07-10"
U907_ROWS = [("HSE-2SN-08", "Hose EN 853 2SN, 1/2\" (DN12), 275 bar", "800 m", "$6.12/m", "10 working days"),
             ("KIT-PX200-SEAL", "Seal kit for PX-200 pump, bagged & labeled", "150 sets", "$27.80/set", "4 weeks")]
U907_TEXT = """Lena,

Thanks for sending HM-RFQ-2611 our way. We can supply the hose and the seal kits:

""" + "\n".join(f"{a:<16}{b:<46}{c:<10}{d:<12}{e}" for a, b, c, d, e in U907_ROWS) + """

Quote valid until July 24, 2026. FOB Wichita, KS.

Regards,
Cody Brandt
Great Plains Hydraulics, Inc.
1845 S Hoover Rd, Wichita, KS 67209
316-555-0151"""
U907_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Lena,</p>
<p>Thanks for sending HM-RFQ-2611 our way. We can supply the hose and the seal kits:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Part</th><th>Description</th><th>Qty</th><th>Price</th><th>Lead time</th></tr>
""" + "\n".join("<tr>" + "".join(f"<td>{c.replace('&', '&amp;')}</td>" for c in r) + "</tr>" for r in U907_ROWS) + """
</table>
<p>Quote valid until July 24, 2026. FOB Wichita, KS.</p>
<p>Regards,<br>Cody Brandt<br>Great Plains Hydraulics, Inc.<br>1845 S Hoover Rd, Wichita, KS 67209<br>316-555-0151</p>
</body></html>"""
blind("u907-alt-hose-per-metre-working-days-kits", H.alternative("Cody Brandt <cbrandt@greatplains-hyd.example>", U907_TEXT, U907_HTML),
      "partial", "USD", "2026-07-24", "FOB",
      [line(5, 6.12, lead=14), line(6, 27.80, lead=28)],
      ["missing-line"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.
# quantities: L1 250 EA, L2 25 EA, L3 2,000 EA, L4 120 EA, L5 150 SET.

# u908 a Zaragoza machine shop writing English, a table pasted from Excel (tab-separated) with euro signs after the
# amount, decimal commas and dot thousands. Shaft "38,90 €", "12 weeks" -> 84 -> Sep 7, AFTER the Aug 28 need-by ->
# lead-time-after-need-by. Housing "1.265,00 €" -> 1265.00, "14 weeks" -> 98 (Sep 21, before Oct 2). Bracket set
# "24,60 €" per set, "8 weeks" -> 56 (Aug 10, before Oct 9). Quantities the RFQ's -> null. "Positions 3 and 4 ... we
# regret, we do not supply purchased parts" -> declined. "Offer valid 60 days" from Mon 15 Jun -> 2026-08-14 (not
# short); "EXW Zaragoza" -> EXW. EUR. Partial.
assert plus("2026-06-15", 84) == "2026-09-07" and plus("2026-06-15", 98) == "2026-09-21" and plus("2026-06-15", 60) == "2026-08-14"
U908_TABLE = "\n".join("\t".join(r) for r in [
    ("Pos", "Part no.", "Description", "Qty", "Unit price", "Lead time"),
    ("1", "SH-2231-C rev B", "Drive shaft 42CrMo4 30h6 x 412", "250", "38,90 €", "12 weeks"),
    ("2", "HSG-1180-GJL", "Gearbox housing EN-GJL-250", "25", "1.265,00 €", "14 weeks"),
    ("5", "2231-004-03", "Sensor bracket set L+R", "150", "24,60 €", "8 weeks")])
blind2("u908-zaragoza-pasted-excel-shaft-late", V.msg("Javier Lacasa <jlacasa@mecanizados-ebro.example>", "text/plain", """Dear Mr. Albers,

Thank you for your RFQ VM-RFQ-4418. Please find our offer for the machined parts:

""" + U908_TABLE + """

Positions 3 and 4 (fitting and cylinder): we regret, we do not supply purchased parts.

Offer valid 60 days. Delivery EXW Zaragoza. Prices in EUR, VAT not included.

Best regards,
Javier Lacasa
Mecanizados Ebro S.L.
Polígono Malpica, calle E 14, 50016 Zaragoza, Spain
Tel. +34 976 555 908
"""),
       "partial", "EUR", "2026-08-14", "EXW",
       [line(1, 38.90, "EUR", lead=84), line(2, 1265.00, "EUR", lead=98), nob(3), nob(4), line(5, 24.60, "EUR", lead=56)],
       ["lead-time-after-need-by", "no-bid"])


# u909 a Portuguese machine shop's polite full no-bid: "we must decline to quote your RFQ VM-RFQ-4418 on this occasion"
# (order book full until the end of the year), above the buyer's request quoted with "> " (quantities and need-by dates,
# no prices). Every line declined: five noBid lines; currency, validUntil and incoterms null; status no-bid.
VM_REQUEST = "Dear Sir or Madam,\n\nplease send us your quotation for the parts below (RFQ VM-RFQ-4418) by 26 June 2026.\n\n" + "\n".join(
    f"{ln:<5}{pn:<21}{d:<44}{q:>6} {u:<5}{nb}" for ln, pn, d, q, u, nb in
    [("Pos.", "Part no.", "Description", "Qty", "Unit", "Need by")] + V.RFQ_ROWS) + \
    "\n\nKind regards\nJonas Albers\nEinkauf / Purchasing\nVossberg Maschinenbau GmbH, Bielefeld"
blind2("u909-portuguese-polite-full-no-bid", V.msg("Rui Figueiredo <rui.figueiredo@metalurgica-vouga.example>", "text/plain", """Dear Mr. Albers,

Thank you very much for your request and for considering our company.

Unfortunately our order book is full until the end of the year, so we must decline to quote your RFQ VM-RFQ-4418
on this occasion. We would be glad to receive your future enquiries.

With best regards,
Rui Figueiredo
Commercial Department
Metalúrgica do Vouga, Lda.
Zona Industrial de Águeda, 3750-101 Águeda, Portugal
Tel. +351 234 555 909

On 10/06/2026 09:15, Jonas Albers wrote:
""" + gt(VM_REQUEST) + "\n"),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5)], ["no-bid"])


# u910 an Upper Austrian pneumatics distributor writing English. Fitting "EUR 392,00 per 100 pcs" -> 3.92, "2,000
# pcs" as asked -> null, "from stock" -> 0. Cylinder: instead of the Festo DSBC it offers its own ISO 15552 cylinder
# "ALP-1552-32-80-A" -> alternatePartNumber ALP-1552-32-80-A, "EUR 84,50 per piece", "3 weeks" -> 21 (Jul 6, before Sep
# 11). Shaft, housing and bracket set never mentioned -> missing-line. "Offer valid until 15.08.2026" (not short); "FCA
# Linz (Incoterms 2020)" -> FCA. EUR. Partial.
assert close(392.00 / 100, 3.92) and plus("2026-06-15", 21) == "2026-07-06"
blind2("u910-linz-fittings-per-100-own-cylinder", V.msg("Sabine Hofer <s.hofer@alpenpneumatik.example>", "text/plain", """Dear Mr Albers,

many thanks for your RFQ VM-RFQ-4418. We are pleased to offer the two catalogue items:

Pos. 3  FIT-316-G12-10  straight male connector G1/2 - 10 mm tube, 1.4404 (316L)
        2,000 pcs, EUR 392,00 per 100 pcs, from stock

Pos. 4  DSBC-32-80-PPVA-N3 - instead of the Festo cylinder we offer our own ISO 15552 cylinder
        ALP-1552-32-80-A (bore 32 mm, stroke 80 mm, adjustable pneumatic cushioning, same mounting dimensions)
        120 pcs, EUR 84,50 per piece, delivery 3 weeks

Offer valid until 15.08.2026, FCA Linz (Incoterms 2020).

Kind regards
Sabine Hofer
Alpenpneumatik Handels GmbH
Industriezeile 36, 4020 Linz, Austria
T +43 732 555 0910
"""),
       "partial", "EUR", "2026-08-15", "FCA",
       [line(3, 3.92, "EUR", lead=0), line(4, 84.50, "EUR", lead=21, alt="ALP-1552-32-80-A")],
       ["alternate-part", "missing-line"])


# u911 a Moravian machine shop writing English, price break ROWS for the shaft: 100 - 199 pcs EUR 41,20 / 200 - 499 pcs
# EUR 37,90 / 500+ pcs EUR 35,10; the 250 asked falls in 200 - 499 -> 37.90, quantity null, "9 weeks" -> 63 (Aug 17,
# before Aug 28). Bracket set "EUR 23,80 per set", "7 weeks" -> 49 (Aug 3, before Oct 9). "Pos. 2, 3 and 4: no quote"
# -> declined. "Offer valid until 30 July 2026" -> 2026-07-30 (not short); "FCA Hranice" -> FCA. EUR. Partial.
assert 200 <= 250 <= 499 and plus("2026-06-15", 63) == "2026-08-17" and plus("2026-06-15", 49) == "2026-08-03"
blind2("u911-moravian-shaft-break-rows-250", V.msg("Petr Dvořák <p.dvorak@strojirna-hranice.example>", "text/plain", """Dear Mr. Albers,

thank you for your inquiry VM-RFQ-4418. We offer as follows (prices in EUR per piece / per set):

Pos. 1  SH-2231-C rev B  drive shaft, 42CrMo4 QT, turned and ground, keyway 8 P9
        100 - 199 pcs    EUR 41,20
        200 - 499 pcs    EUR 37,90
        500+ pcs         EUR 35,10
        delivery 9 weeks after order

Pos. 5  2231-004-03  sensor bracket set (left + right, with screws), black anodised
        EUR 23,80 per set, delivery 7 weeks

Pos. 2, 3 and 4: no quote.

Offer valid until 30 July 2026, FCA Hranice (Incoterms 2020).

Best regards
Petr Dvořák
Sales
Strojírna Hranice s.r.o.
Tovární 1120, 753 01 Hranice, Czech Republic
tel. +420 581 555 911
"""),
       "partial", "EUR", "2026-07-30", "FCA",
       [line(1, 37.90, "EUR", lead=63), nob(2), nob(3), nob(4), line(5, 23.80, "EUR", lead=49)],
       ["no-bid"])


# u912 a Basel distributor, short plain text, "all prices in Swiss francs (CHF)" against the EUR RFQ ->
# currency-differs. Fitting "CHF 4.05 each, ex stock" -> 4.05, 0. Cylinder (Festo DSBC-32-80-PPVA-N3, as asked) "CHF
# 96.30 each, 2 weeks" -> 96.30, 14 (Jun 29, before Sep 11). Quantities restated as asked -> null. Shaft, housing and
# bracket set never mentioned -> missing-line. "Offer valid 10 days" from Mon 15 Jun -> 2026-06-25, before Jul 10 ->
# validity-short. "DAP Bielefeld" -> DAP. Partial.
assert plus("2026-06-15", 10) == "2026-06-25" and plus("2026-06-15", 14) == "2026-06-29"
blind2("u912-basel-chf-ten-day-validity", V.msg("Lukas Meier <l.meier@rheinknie-technik.example>", "text/plain", """Hello Mr Albers

Thanks for your RFQ. We can help with the fittings and the Festo cylinders; all prices in Swiss francs (CHF):

FIT-316-G12-10       2'000 pcs   CHF 4.05 each    ex stock
DSBC-32-80-PPVA-N3     120 pcs   CHF 96.30 each   2 weeks

Because of the exchange rate the offer is valid 10 days only. Delivery DAP Bielefeld, duty and customs clearance
on your side.

Kind regards
Lukas Meier
Rheinknie Technik AG
Hochbergerstrasse 60, 4057 Basel, Switzerland
Tel. +41 61 555 09 12
"""),
       "partial", "CHF", "2026-06-25", "DAP",
       [line(3, 4.05, "CHF", lead=0), line(4, 96.30, "CHF", lead=14)],
       ["currency-differs", "missing-line", "validity-short"])


if __name__ == "__main__":
    ROUND.write()

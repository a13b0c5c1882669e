#!/usr/bin/env python3
"""Writes replies u625..u640 (Corpus/u*.eml + expected u*.json) - the fortieth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the thirty-nine earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is A QUOTE WITH SOMETHING ELSE IN IT: real quotes that carry other business beside the
prices - a help-desk ticket header ("##- Please type your reply above this line -##", ticket number, response-time
target) and an ERP "automatically generated, do not reply" banner above the salesperson's real answer; a question about
one line (the line is pending, so left out) while the rest is quoted; a Q4 price-increase notice that explicitly does
not touch the quoted prices (no note) next to a producer's Q3 increase that will be invoiced on top of them (note); a
summer shutdown and a French and an Italian August closure that lengthen the lead times (the lengthened figure is the
lead time, one of them past the need-by); a datasheet PDF attached before the quote XLSX (twice); a long terms-of-sale
disclaimer and a Dutch legal footer full of section numbers, percentages, caps and registration numbers; vendors who
quote and ask to be set up as a new supplier (EIN, DUNS, ABA routing, IBAN, USt-IdNr.); and a Czech shop that declines
the whole RFQ while asking to be registered for future enquiries.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, xlsx, pdf  # expected-line shapes, one-sheet workbook writer, text-layer PDF writer
from make_blind5 import check_page, file_part, multipart, row, text_part  # MIME parts and PDF rows
import make_blind5 as M  # message("sample" | "blind", frm, part): a whole message with S / H headers
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(625)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def gt(text):
    """Quoted history: every line prefixed with '> '."""
    return "\n".join("> " + ln if ln else ">" for ln in text.splitlines())


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u625 a help-desk (Zendesk-style) reply: the ticket system's header ("##- Please type your reply above this line -##",
# request #48213, "Response time target: 1 business day", a reference with digits) sits ABOVE the agent's real answer.
# Gaskets "5,000 pcs @ $0.176 each, minimum order 2,500 pcs" -> 0.176, moq 2500 (below 5,000: no deviation), as asked
# -> null, 4 weeks -> 28 (Jul 3, before Aug 3). Springs "8,000 pcs @ $69.40 per thousand" -> 0.0694, "3 weeks after
# receipt of PO" -> 21 (Jun 26, before Jul 27). Cable, screws and plate are never mentioned -> missing-line. "Quote
# valid through July 15, 2026" (not short); "FCA Akron, OH" -> FCA. The "1 business day" of the ticket header is no
# lead time. Partial.
assert close(69.40 / 1000, 0.0694) and plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 21) == "2026-06-26"
sample("u625-helpdesk-ticket-header-above-quote", S.msg("Dale Pruitt <support@summit-sealspring.example>", "text/plain", """##- Please type your reply above this line -##

Your request (#48213) has been updated. To add additional comments, reply to this email.
This is an automated message from the Summit Seal & Spring customer desk.
Ticket status: Pending  |  Response time target: 1 business day  |  Ref. 2026-0605-48213

----------------------------------------------

Dale Pruitt (Summit Seal & Spring)

Jun 5, 2026, 08:47 CDT

Hello Nora,

thank you for RFQ NR-RFQ-0619. Please see our prices below, in USD:

GSK-EPDM-80  (EPDM 70A die-cut gasket 80 x 62 x 3)
   5,000 pcs @ $0.176 each, minimum order 2,500 pcs
   lead time 4 weeks

SPR-C0630-302  (compression spring, 302 SS)
   8,000 pcs @ $69.40 per thousand
   lead time 3 weeks after receipt of PO

Quote valid through July 15, 2026. Shipping FCA Akron, OH.

Best regards,
Dale Pruitt
Inside Sales | Summit Seal & Spring Co. | 330-555-0127
1180 Kenmore Blvd, Akron, OH 44314

----------------------------------------------

This email is a service from Summit Seal & Spring. Delivered by Zendesk
[QW8K2-R7D1]
""", extra="X-Mailer: Zendesk Mailer\n"),
       "partial", "USD", "2026-07-15", "FCA",
       [line(1, 0.176, lead=28, moq=2500), line(5, 0.0694, lead=21)],
       ["missing-line"])


# u626 multipart/alternative (text + HTML): a QUESTION about the screws (A2-70 stock marked DIN 912 - acceptable? bulk
# or boxed?) with "I'll send the screw price as soon as you confirm" -> line 3 is pending: neither priced nor declined
# -> left out (missing-line, as u150). The other four are quoted: gaskets "$182.50 per 1,000" -> 0.1825, 5 weeks -> 35
# (Jul 10, before Aug 3); cable "$1.38/m" -> 1.38, "10 working days" -> 14 (Jun 19, before Jul 20); plate "$46.20 ea",
# 6 weeks -> 42 (Jul 17, before Aug 17), plus a "one-time fixture & programming charge of $180.00" -> note; springs
# "$0.0715 ea", "3-4 weeks" -> upper bound 28 (Jul 3, before Jul 27). Quantities restated as asked -> null. "Pricing
# valid 60 days" from Fri 5 Jun -> 2026-08-04 (not short); "DAP Columbus, OH" -> DAP. The quoted request below (with
# its quantities) is history. Partial.
assert close(182.50 / 1000, 0.1825) and workdays(10) == 14 and plus("2026-06-05", 60) == "2026-08-04"
assert plus("2026-06-05", 35) == "2026-07-10" and plus("2026-06-05", 42) == "2026-07-17"
U626_QUESTION = ("One question on SCR-M4X10-A2 before I price it: our A2-70 stock is head-marked DIN 912 rather than "
                 "ISO 4762 (same dimensions for M4 x 10). Is that acceptable, and do you want them bulk or in boxes of "
                 "500? I'll send the screw price as soon as you confirm.")
U626_ROWS = [("GSK-EPDM-80", "5,000 pcs", "$182.50 per 1,000", "5 weeks"),
             ("CBL-4C22-PUR", "1,500 m", "$1.38/m", "10 working days"),
             ("PLT-0915-R2", "120 pcs", "$46.20 ea", "6 weeks"),
             ("SPR-C0630-302", "8,000 pcs", "$0.0715 ea", "3-4 weeks")]
U626_TEXT = """Hi Nora,

""" + U626_QUESTION + """

The rest of NR-RFQ-0619 I can quote now (USD):

""" + "\n".join(f"{pn:<16}{q:<12}{p:<21}{lt}" for pn, q, p, lt in U626_ROWS) + """

The base plate carries a one-time fixture & programming charge of $180.00.

Pricing valid 60 days. DAP Columbus, OH.

Thanks,
Kyle Brandenburg
Ridgeway Industrial Supply
3350 W Morris St, Indianapolis, IN 46241
317-555-0162 (direct) | 317-555-0100 (main)

On Thu, Jun 4, 2026 at 3:10 PM Nora Reyes <nreyes@northridge.example> wrote:
> Hello,
>
> please quote NR-RFQ-0619 by June 12:
> 1  GSK-EPDM-80    5,000 EA
> 2  CBL-4C22-PUR   1,500 M
> 3  SCR-M4X10-A2  20,000 EA
> 4  PLT-0915-R2      120 EA
> 5  SPR-C0630-302  8,000 EA
>
> Thank you,
> Nora Reyes
"""
U626_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Nora,</p>
<p>""" + U626_QUESTION + """</p>
<p>The rest of NR-RFQ-0619 I can quote now (USD):</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><th>Part</th><th>Qty</th><th>Price</th><th>Lead time</th></tr>
""" + "\n".join(f"<tr><td>{pn}</td><td>{q}</td><td>{p}</td><td>{lt}</td></tr>" for pn, q, p, lt in U626_ROWS) + """
</table>
<p>The base plate carries a one-time fixture &amp; programming charge of $180.00.</p>
<p>Pricing valid 60 days. DAP Columbus, OH.</p>
<p>Thanks,<br>Kyle Brandenburg<br>Ridgeway Industrial Supply<br>3350 W Morris St, Indianapolis, IN 46241<br>
317-555-0162 (direct) | 317-555-0100 (main)</p>
<div style="border-top:1px solid #B5C4DF;padding-top:4px">
<p>On Thu, Jun 4, 2026 at 3:10 PM Nora Reyes &lt;nreyes@northridge.example&gt; wrote:</p>
<blockquote style="margin-left:8px;border-left:2px solid #ccc;padding-left:8px">
Hello,<br><br>please quote NR-RFQ-0619 by June 12:<br>
1 GSK-EPDM-80 5,000 EA<br>2 CBL-4C22-PUR 1,500 M<br>3 SCR-M4X10-A2 20,000 EA<br>4 PLT-0915-R2 120 EA<br>
5 SPR-C0630-302 8,000 EA<br><br>Thank you,<br>Nora Reyes</blockquote></div>
</body></html>"""
sample("u626-alt-question-on-screws-rest-quoted", S.alternative("Kyle Brandenburg <kbrandenburg@ridgeway-supply.example>",
                                                                U626_TEXT, U626_HTML),
       "partial", "USD", "2026-08-04", "DAP",
       [line(1, 0.1825, lead=35), line(2, 1.38, lead=14), line(4, 46.20, lead=42), line(5, 0.0715, lead=28)],
       ["missing-line", "note"])


# u627 a fastener & spring distributor with a Q4 PRICE NOTICE: "+6.5% effective October 1, 2026 ... applies only to
# quotations issued and orders received on or after that date; the prices in this quotation are firm ... whatever the
# ship date" -> the quoted prices are not adjusted: no note (courtesy information). Screws "$31.40/M" -> 0.0314, stock
# -> 0. Springs breaks "1 - 4,999 $0.082 / 5,000 - 9,999 $0.074 / 10,000 + $0.066" -> 8,000 falls in the middle tier ->
# 0.074; 4 weeks -> 28 (Jul 3, before Jul 27). "Gaskets and cable: not in our range - no quote" and "Base plate:
# regret" -> lines 1, 2 and 4 declined. "Prices firm through August 31, 2026" (not short); "FOB Wichita, KS" -> FOB.
# Partial, no-bid.
assert close(31.40 / 1000, 0.0314) and 5000 <= 8000 <= 9999
sample("u627-q4-price-notice-not-applying", S.msg("Tamara Liesveld <tliesveld@plainsfastener.example>", "text/plain", """Good morning Nora,

Here is our quote on NR-RFQ-0619, all prices in US dollars.

  SCR-M4X10-A2   socket head cap screw M4x10, A2-70
                 20,000 pcs   $31.40/M   stock

  SPR-C0630-302  compression spring 302 SS, .6 wire x 6.3 OD x 30 FL
                 quantity pricing:   1 - 4,999 pcs     $0.082 ea
                                     5,000 - 9,999 pcs $0.074 ea
                                     10,000 + pcs      $0.066 ea
                 lead time 4 weeks

Gaskets and cable: not in our range - no quote.
Base plate: regret, we don't machine.

Prices firm through August 31, 2026.  FOB Wichita, KS.

*** PRICE NOTICE - Q4 2026 ***
Due to higher nickel and chromium costs, our list prices on stainless fasteners and springs will increase 6.5%
effective October 1, 2026. The increase applies only to quotations issued and orders received on or after that
date; the prices in this quotation are firm for orders placed by August 31, 2026, whatever the ship date.

Thank you for the opportunity,
Tamara Liesveld
Plains Fastener & Spring Supply
2207 N Broadway, Wichita, KS 67219 | 316-555-0137
"""),
       "partial", "USD", "2026-08-31", "FOB",
       [nob(1), nob(2), line(3, 0.0314, lead=0), nob(4), line(5, 0.074, lead=28)],
       ["no-bid"])


# u628 HTML only: a machine shop's SUMMER SHUTDOWN lengthens the lead time. Plate prices as quantity columns "100 pcs
# $46.90 | 120 pcs $44.10 | 250 pcs $39.80" -> the 120 column (the quantity asked) -> 44.10, quantity null. Lead time
# "11 weeks ARO*" with "*our standard lead time is 9 weeks; the shop is closed for summer shutdown July 27 - August 7,
# 2026, so two weeks are added" -> the lead time is 11 weeks = 77 -> Jun 5 + 77 = Aug 21, AFTER the Aug 17 need-by ->
# lead-time-after-need-by (the standard 9 weeks is not what is offered). "First article inspection report, one-time
# $250.00" -> note. "Lines 1, 2, 3 and 5 are catalogue items, which we do not quote" -> declined. "Quotation valid 30
# days" from Fri 5 Jun -> 2026-07-05 (not short); "EXW Grand Rapids, MI" -> EXW. Partial.
assert plus("2026-06-05", 77) == "2026-08-21" and plus("2026-06-05", 30) == "2026-07-05"
sample("u628-html-shutdown-adds-two-weeks-late", S.msg("Pete Vanderwall <pvanderwall@lakeshore-precision.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Nora,</p>
<p>Thanks for including us on NR-RFQ-0619. Our quote for the motor base plate (USD):</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#8EA9DB">
<tr style="background:#DDEBF7"><th rowspan="2">Part</th><th rowspan="2">Description</th><th colspan="3">Unit price by order quantity</th><th rowspan="2">Lead time</th></tr>
<tr style="background:#DDEBF7"><th>100 pcs</th><th>120 pcs</th><th>250 pcs</th></tr>
<tr><td>PLT-0915-R2</td><td>Motor base plate, 10 mm 6082-T6, CNC milled, 4 x M6 tapped</td><td>$46.90</td><td>$44.10</td><td>$39.80</td><td>11 weeks ARO*</td></tr>
</table>
<p style="font-size:9pt">* Our standard lead time is 9 weeks. The shop is closed for summer shutdown July 27 - August 7, 2026,
so two weeks are added.</p>
<p>First article inspection report (AS9102 format): one-time $250.00.</p>
<p>Lines 1, 2, 3 and 5 are catalogue items, which we do not quote.</p>
<p>Quotation valid 30 days. EXW Grand Rapids, MI.</p>
<p>Regards,<br>Pete Vanderwall<br>Estimator, Lakeshore Precision Machining Inc.<br>
4021 Clay Ave SW, Wyoming, MI 49548 &middot; 616-555-0149</p>
</body></html>"""),
       "partial", "USD", "2026-07-05", "EXW",
       [nob(1), nob(2), nob(3), line(4, 44.10, lead=77), nob(5)],
       ["lead-time-after-need-by", "no-bid", "note"])


# u629 TWO ATTACHMENTS: a material datasheet PDF (EPDM 70 compound: hardness 70 +/- 5, tensile 10 MPa, elongation 300 %,
# -40 to +120 C, compression set 25 %) attached FIRST, then the quote XLSX. The datasheet names no part and no price.
# XLSX: gasket 0.183 EA, 4 wks -> 28; cable 139.00 "per 100 m" -> 1.39 per m, 3 wks -> 21 (Jun 26, before Jul 20);
# screws 0.0301 EA, stock -> 0; plate 45.75 EA, 7 wks -> 49 (Jul 24, before Aug 17); springs 70.80 "per 1,000 pcs" ->
# 0.0708, 3 wks -> 21 (Jun 26, before Jul 27). Quantities as asked -> null. "Valid until: 10-Jul-2026" (also in the body)
# -> 2026-07-10 (not short); "CIP Columbus, OH" -> CIP. Every line priced -> parsed, no deviations.
assert close(139.00 / 100, 1.39) and close(70.80 / 1000, 0.0708) and plus("2026-06-05", 49) == "2026-07-24"
U629_DS = check_page(
    [(40, 800, 13, "Material data sheet"), (40, 784, 10, "EPDM 70 Shore A compound, peroxide cured, black"),
     (40, 770, 8, "Typical properties - not for specification. Doc. MDS-EP70 rev 3, 02/2026")]
    + [item for i, (k, v) in enumerate([
        ("Hardness (ASTM D2240)", "70 +/- 5 Shore A"), ("Tensile strength (ASTM D412)", "10 MPa min."),
        ("Elongation at break", "300 % min."), ("Specific gravity", "1.18"),
        ("Compression set, 22 h at 100 °C (ASTM D395 B)", "25 % max."),
        ("Service temperature", "-40 to +120 °C"), ("Heat ageing, 70 h at 125 °C, hardness change", "+10 pts max."),
        ("Ozone resistance, 50 pphm, 72 h at 40 °C", "no cracks")])
       for item in row(740 - 16 * i, [40, 330], [k, v], size=9)]
    + [(40, 60, 7, "Midland Electro-Mechanical Supply - data supplied by the compounder, subject to change.")])
U629_XLSX = xlsx([
    ["Midland Electro-Mechanical Supply - Quotation MQ-26-1187"],
    ["Customer:", "Northridge - Nora Reyes", "", "Your ref.:", "NR-RFQ-0619"],
    ["Valid until:", "10-Jul-2026", "", "Terms:", "CIP Columbus, OH (Incoterms 2020)"], [""],
    ["Item", "Your P/N", "Description", "Qty", "UoM", "Unit price USD", "Per", "Lead time"],
    [1, "GSK-EPDM-80", "Gasket EPDM 70A 80x62x3 die-cut", 5000, "EA", 0.183, "each", "4 wks"],
    [2, "CBL-4C22-PUR", "Cable 4x22AWG shielded PUR black", 1500, "M", 139.00, "100 m", "3 wks"],
    [3, "SCR-M4X10-A2", "SHCS M4x10 ISO 4762 A2-70", 20000, "EA", 0.0301, "each", "Stock"],
    [4, "PLT-0915-R2", "Motor base plate 6082-T6", 120, "EA", 45.75, "each", "7 wks"],
    [5, "SPR-C0630-302", "Comp. spring 302SS 0.6x6.3x30", 8000, "EA", 70.80, "1,000 pcs", "3 wks"],
])
sample("u629-datasheet-pdf-then-quote-xlsx", M.message("sample", "Angela Ruiz <aruiz@midland-ems.example>", multipart(
    "mixed", "=_mems_629", [
        text_part("text/plain", """Hi Nora,

Attached are our quotation MQ-26-1187 for NR-RFQ-0619 (Excel) and the data sheet for the EPDM compound we use
for the gaskets. Quote valid until July 10, 2026, CIP Columbus, OH.

Let me know if you need anything else.

Angela Ruiz
Midland Electro-Mechanical Supply | 614-555-0181
"""),
        file_part("application/pdf", "EPDM70_material_datasheet.pdf", pdf([U629_DS])),
        file_part(XLSX, "MQ-26-1187.xlsx", U629_XLSX)])),
       "parsed", "USD", "2026-07-10", "CIP",
       [line(1, 0.183, lead=28), line(2, 1.39, lead=21), line(3, 0.0301, lead=0), line(4, 45.75, lead=49),
        line(5, 0.0708, lead=21)],
       [])


# u630 a full quote followed by a LONG TERMS-OF-SALE DISCLAIMER full of numbers (form number and revision, UCC section,
# 1.5 % per month / 18 % per annum, 2 % 10 days, 5 business days, 12 months / 2,000 hours, USD 1,000,000 cap, EAR99,
# 15 CFR 730-774, a street address and phones). None of it is a price, a lead time or a charge: payment terms are no
# deviation. Gasket breaks "5,000+ $0.1795 / 10,000+ $0.1620" -> 5,000 -> 0.1795, 4 weeks -> 28. Cable "$1.405/m", 2
# weeks -> 14. Screws "$3.06 per C" -> 0.0306, stock -> 0. Plate "$45.30 ea", 7 weeks -> 49 (Jul 24, before Aug 17).
# Springs "$0.0704 ea", "15 working days" -> 21 (Jun 26, before Jul 27). "Quotation valid 30 days from date of issue"
# -> 2026-07-05 (not short); "FCA Louisville, KY" -> FCA. Parsed, no deviations.
assert close(3.06 / 100, 0.0306) and workdays(15) == 21
sample("u630-long-terms-disclaimer-full-of-numbers", S.msg("Warren Tackett <wtackett@bluegrass-ic.example>", "text/plain", """Nora,

Please find our quotation BQ-260605-07 for NR-RFQ-0619 below. All prices USD.

Ln  Part number      Qty          Unit price                              Lead time
1   GSK-EPDM-80      5,000 pcs    5,000+ $0.1795 ea / 10,000+ $0.1620 ea  4 weeks
2   CBL-4C22-PUR     1,500 m      $1.405/m                                2 weeks
3   SCR-M4X10-A2     20,000 pcs   $3.06 per C                             stock
4   PLT-0915-R2      120 pcs      $45.30 ea                               7 weeks
5   SPR-C0630-302    8,000 pcs    $0.0704 ea                              15 working days

Quotation valid 30 days from date of issue. FCA Louisville, KY.

Regards,
Warren Tackett
Bluegrass Industrial Components, LLC
4410 Poplar Level Rd, Suite 200, Louisville, KY 40213
Tel 502-555-0193 | Fax 502-555-0194

------------------------------------------------------------------------------------------
TERMS AND CONDITIONS OF SALE (Form BIC-QT-7.2, Rev. 14, 03/2025)
1. Acceptance. This quotation is an offer to sell on these terms only. Any additional or different terms in
   Buyer's purchase order are objected to and shall not apply (UCC Sec. 2-207).
2. Payment. Net 30 days from invoice; 2% 10 days. Overdue balances bear interest at 1.5% per month (18% per
   annum) or the maximum rate permitted by law, whichever is less.
3. Claims. Shortages and visible damage must be reported within 5 business days of receipt.
4. Warranty. Products are warranted free of defects in material and workmanship for 12 months from shipment
   or 2,000 operating hours, whichever occurs first.
5. Limitation of liability. Seller's aggregate liability shall not exceed the purchase price of the goods
   concerned and in no event USD 1,000,000; no liability for consequential damages.
6. Export. Goods are classified EAR99 unless stated otherwise and are subject to the Export Administration
   Regulations (15 CFR Parts 730-774).
7. Governing law. Commonwealth of Kentucky (KRS Chapter 355); venue Jefferson County, KY.
CONFIDENTIALITY: This e-mail and any attachments are intended only for the addressee. If you received it in error,
please notify the sender at 502-555-0193 and delete it. Bluegrass Industrial Components, LLC - KY Org. No. 0918274.
------------------------------------------------------------------------------------------
""", cte="quoted-printable"),
       "parsed", "USD", "2026-07-05", "FCA",
       [line(1, 0.1795, lead=28), line(2, 1.405, lead=14), line(3, 0.0306, lead=0), line(4, 45.30, lead=49),
        line(5, 0.0704, lead=21)],
       [])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u631 a bearing & seal distributor that quotes AND asks to be set up as a new supplier: legal name, EIN 93-4418260,
# DUNS 11-528-4407, ABA routing 123006800, account 0044 7719 2281, SWIFT, remit-to address - none of them prices.
# Bearings "$3.42 ea, ex stock" -> 3.42, 0. O-rings "$21.50 per 1,000, minimum order 100,000 pcs" -> 0.0215, moq
# 100000 > 50,000 -> moq-above-quantity (the quantity itself is not restated -> null, as s02), 3 weeks -> 21 (Jul 3,
# before Aug 17). Seal kits "$38.90 per kit", 5 weeks -> 35 (Jul 17, before Sep 21). "Resin, aluminium sheet and
# hydraulic hose: no bid" -> lines 1, 2, 5 declined. "Quote valid 45 days" from Fri 12 Jun -> 2026-07-27 (not short);
# "FOB Portland, OR" -> FOB. Partial.
assert close(21.50 / 1000, 0.0215) and plus("2026-06-12", 45) == "2026-07-27" and plus("2026-06-12", 35) == "2026-07-17"
blind("u631-quote-plus-new-vendor-setup-bank-details", H.msg("Marisol Ochoa <mochoa@cascade-bearing.example>", "text/plain", """Hi Lena,

Thank you for HM-RFQ-2611 - this is our first quote to Halvorsen, so there is a second part to this e-mail below.

QUOTE (USD)
  BRG 6205-2RS  C3, 25x52x15 ............ $3.42 ea, ex stock
  OR-0120-NBR70 12.0 x 2.0 NBR70 ........ $21.50 per 1,000, minimum order 100,000 pcs, 3 weeks
  KIT-PX200-SEAL (assembled, bagged and labelled) ... $38.90 per kit, 5 weeks

Resin, aluminium sheet and hydraulic hose: no bid.

Quote valid 45 days, FOB Portland, OR.

NEW VENDOR SET-UP
We are not yet in your vendor master. Please send us your supplier onboarding form; for your records:
  Legal name:     Cascade Bearing & Seal Supply, Inc.
  Remit to:       PO Box 10488, Portland, OR 97296
  EIN:            93-4418260
  DUNS:           11-528-4407
  Bank:           Pacific Crest Bank, Portland, OR
  ABA routing:    123006800
  Account:        0044 7719 2281
  SWIFT:          PCRBUS66
  Payment terms requested: Net 30
A signed W-9 will follow from our accounting team (ap@cascade-bearing.example, 503-555-0118).

Best regards,
Marisol Ochoa
Cascade Bearing & Seal Supply | 503-555-0112
"""),
       "partial", "USD", "2026-07-27", "FOB",
       [nob(1), nob(2), line(3, 3.42, lead=0), line(4, 0.0215, lead=21, moq=100000), nob(5), line(6, 38.90, lead=35)],
       ["moq-above-quantity", "no-bid"])


# u632 a resin distributor quotes and passes on the producer's Q3 PRICE INCREASE that WILL apply: "+$0.15/kg effective
# July 1, 2026 - material shipping on or after July 1 will be invoiced at the quoted price plus $0.15/kg" -> a
# price-adjustment clause on this quote -> note (the unit price stays the quoted one). Breaks "1,000 - 2,499 kg $3.62
# / 2,500 - 4,999 kg $3.48 / 5,000 kg + $3.39" -> 2,500 kg -> 3.48; "2,500 kg = 100 bags of 25 kg" as asked -> null;
# "2-3 weeks" -> 21 (Jul 3, before Jul 20). "No quote on lines 2 to 6" -> declined. "Quote valid until June 30, 2026"
# -> earlier than Jul 3 -> validity-short; "FCA Appleton, WI" -> FCA. Partial.
assert 2500 <= 2500 <= 4999 and 100 * 25 == 2500 and plus("2026-06-12", 21) == "2026-07-03"
blind("u632-resin-q3-increase-invoiced-on-top", H.msg("Brent Kowalke <bkowalke@foxvalley-polymers.example>", "text/plain", """Lena,

Thanks for the RFQ. Our quote on the nylon:

RES-PA66-GF30  PA66 30% GF, heat stabilised, black - 25 kg bags
2,500 kg = 100 bags of 25 kg

   1,000 - 2,499 kg    $3.62/kg
   2,500 - 4,999 kg    $3.48/kg
   5,000 kg +          $3.39/kg

Lead time 2-3 weeks. FCA Appleton, WI.
Quote valid until June 30, 2026.

PLEASE NOTE - Q3 PRICE INCREASE: the producer has announced +$0.15/kg on all PA66 grades effective July 1, 2026.
Material shipping on or after July 1 will be invoiced at the quoted price plus $0.15/kg.

We are a resin distributor - no quote on lines 2 to 6.

Regards,
Brent Kowalke
Fox Valley Polymers | 920-555-0104
N2750 County Rd OO, Appleton, WI 54913

> -----Original Message-----
> From: Lena Marsh <lmarsh@halvorsen-mfg.example>
> Sent: Wednesday, June 10, 2026 9:02 AM
> Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line
>
""" + gt(H.RFQ_TABLE) + """
"""),
       "partial", "USD", "2026-06-30", "FCA",
       [line(1, 3.48, lead=21), nob(2), nob(3), nob(4), nob(5), nob(6)],
       ["no-bid", "note", "validity-short"])


# u633 multipart/alternative (quoted-printable): an Italian hose maker quoting in EUR (currency-differs) whose AUGUST
# CLOSURE (3 - 21 August, weeks 32-34) lengthens the deliveries. Hose "€ 3,85 /m" -> 3.85, "supplied in 60 m coils, full
# coils only: 14 coils = 840 m" -> quantity 840 (quantity-differs), "delivery 8 weeks including our August closure
# (normally 5 weeks)" -> 56 (Aug 7, before Sep 1). O-rings "€ 14,20 per 1.000 pz" -> 0.0142, "6 weeks including the
# closure (normally 3)" -> 42 (Jul 24, before Aug 17). Resin, sheet, bearings and seal kits never mentioned ->
# missing-line. "Offer valid until 31/07/2026" -> 2026-07-31 (not short); "FCA Lumezzane (BS)" -> FCA. Partial.
assert 14 * 60 == 840 and 13 * 60 < 800 and close(14.20 / 1000, 0.0142)
assert plus("2026-06-12", 56) == "2026-08-07" and plus("2026-06-12", 42) == "2026-07-24"
U633_TEXT = """Dear Ms Marsh,

thank you for your enquiry HM-RFQ-2611. Please find our offer below (prices in EUR, ex VAT - intra/extra EU export):

HSE-2SN-08  hose EN 853 2SN DN12 - € 3,85 /m
  supplied in 60 m coils, full coils only: 14 coils = 840 m
  delivery 8 weeks including our August closure (normally 5 weeks)

OR-0120-NBR70  O-ring 12 x 2 NBR 70 - € 14,20 per 1.000 pz
  delivery 6 weeks including the closure (normally 3)

Please note: our factory is closed for the summer holidays from 3 to 21 August 2026 (weeks 32-34); the delivery
times above already take this into account.

Offer valid until 31/07/2026. FCA Lumezzane (BS), Incoterms 2020.

Best regards / Cordiali saluti
Chiara Bonetti
Ufficio Commerciale - Oleodinamica Valgobbia S.r.l.
Via Matteotti 118, 25065 Lumezzane (BS) - Italy
Tel. +39 030 555 0172 - P.IVA IT 03318740987
"""
U633_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,sans-serif;font-size:10pt">
<p>Dear Ms Marsh,</p>
<p>thank you for your enquiry HM-RFQ-2611. Please find our offer below (prices in EUR, ex VAT - intra/extra EU export):</p>
<p><b>HSE-2SN-08</b> hose EN 853 2SN DN12 - &euro; 3,85 /m<br>
supplied in 60 m coils, full coils only: 14 coils = 840 m<br>
delivery 8 weeks including our August closure (normally 5 weeks)</p>
<p><b>OR-0120-NBR70</b> O-ring 12 x 2 NBR 70 - &euro; 14,20 per 1.000 pz<br>
delivery 6 weeks including the closure (normally 3)</p>
<p><i>Please note: our factory is closed for the summer holidays from 3 to 21 August 2026 (weeks 32-34); the delivery
times above already take this into account.</i></p>
<p>Offer valid until 31/07/2026. FCA Lumezzane (BS), Incoterms 2020.</p>
<p>Best regards / Cordiali saluti<br>Chiara Bonetti<br>Ufficio Commerciale - Oleodinamica Valgobbia S.r.l.<br>
Via Matteotti 118, 25065 Lumezzane (BS) - Italy<br>Tel. +39 030 555 0172 - P.IVA IT 03318740987</p>
</body></html>"""
blind("u633-alt-italian-august-closure-coils", H.alternative("Chiara Bonetti <c.bonetti@valgobbia-oleo.example>",
                                                             U633_TEXT, U633_HTML, cte="quoted-printable"),
      "partial", "EUR", "2026-07-31", "FCA",
      [line(4, 0.0142, "EUR", lead=42), line(5, 3.85, "EUR", qty=840, lead=56)],
      ["currency-differs", "missing-line", "quantity-differs"])


# u634 an MRO distributor quotes three lines, declines two and ASKS about the seal kit ("before we can price the kit we
# need the lip-seal sizes and the gasket drawing ... we'll quote it as soon as we have them") -> line 6 pending, left
# out (missing-line). Bearings "$3.55 ea", 1 week -> 7. O-rings by quantity columns "10k $0.0241 | 25k $0.0219 | 50k
# $0.0198 | 100k $0.0185" -> 50,000 -> 0.0198, stock -> 0. Hose "$4.36/m, cut to length", 2 weeks -> 14 (Jun 26,
# before Sep 1). "We don't carry resin or aluminium sheet - no quote" -> lines 1, 2 declined. "Pricing good for 30
# days" from Fri 12 Jun -> 2026-07-12 (not short); "FOB Memphis, TN" -> FOB. The RFQ quoted below is history.
# Partial.
assert plus("2026-06-12", 30) == "2026-07-12" and plus("2026-06-12", 14) == "2026-06-26"
blind("u634-question-on-seal-kit-three-quoted", H.msg("Jerome Tillman <jtillman@delta-mro.example>", "text/plain", """Lena -

Got your RFQ HM-RFQ-2611, thanks. Pricing on what we can do right away, USD:

BRG 6205-2RS      400 pcs      $3.55 ea           1 week
HSE-2SN-08        800 m        $4.36/m, cut to length      2 weeks

OR-0120-NBR70  50,000 pcs, price by order qty:
     10k         25k         50k         100k
     $0.0241     $0.0219     $0.0198     $0.0185
     from stock

KIT-PX200-SEAL - before we can price the kit we need the lip-seal sizes and the gasket drawing (or the PX-200
seal BOM). Can you send them over? We'll quote it as soon as we have them.

We don't carry resin or aluminium sheet - no quote.

Pricing good for 30 days, FOB Memphis, TN.

Jerome Tillman
Delta MRO Supply Co.
2890 Democrat Rd, Memphis, TN 38118 | 901-555-0153 | cell 901-555-0177

-----Original Message-----
From: Lena Marsh
Sent: Wednesday, June 10, 2026 9:02 AM
To: sales@delta-mro.example
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

""" + H.RFQ_TABLE + """
"""),
      "partial", "USD", "2026-07-12", "FOB",
      [nob(1), nob(2), line(3, 3.55, lead=7), line(4, 0.0198, lead=0), line(5, 4.36, lead=14)],
      ["missing-line", "no-bid"])


# u635 HTML only: the vendor's ERP (Epicor-style) puts an AUTOMATIC BANNER above the salesperson's note ("*** This
# message was generated automatically ... Quotation 58812 rev 0 ... please do not reply to this address; office hours
# Mon-Fri 7:00-16:30 CT ***"). The real answer: sheet "50 - 99 sheets $138.60 ea / 100+ sheets $131.90 ea" -> 90
# sheets -> 138.60, as asked -> null; "10 working days" -> 14 (Jun 26, before Aug 10). Only the sheet is quoted;
# nothing is said of the other five lines -> missing-line. "Quote expires 06/19/2026" -> 2026-06-19, earlier than Jul 3
# -> validity-short; "FCA Gary, IN" -> FCA. Partial.
assert 50 <= 90 <= 99 and workdays(10) == 14
blind("u635-html-erp-auto-banner-above-sheet-quote", H.msg("Jim Kaczmarek <quotes@calumet-metals.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<div style="background:#F2F2F2;border:1px solid #BFBFBF;padding:6px;font-size:8pt;color:#595959">
*** This message was generated automatically by our quoting system. Quotation 58812 rev 0 has been created for
customer account 100447. Please do not reply to this address; replies go to your sales contact below.
Office hours Mon-Fri 7:00-16:30 CT. ***</div>
<p>Lena,</p>
<p>Jim here - thanks for the RFQ. Pricing on the aluminium sheet from HM-RFQ-2611, USD:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#FCE4D6"><th>Item</th><th>Description</th><th>Qty</th><th>Price</th><th>Lead time</th></tr>
<tr><td>SHT-5052H32-030</td><td>5052-H32 .118&quot; (3.0 mm) x 1250 x 2500 mm, PVC 1S</td><td>90 sheets</td>
<td>50 - 99 sheets $138.60 ea<br>100+ sheets $131.90 ea</td><td>10 working days</td></tr>
</table>
<p>Quote expires 06/19/2026. FCA Gary, IN.</p>
<p>Jim Kaczmarek<br>Inside Sales, Calumet Metals Service Center<br>6200 Industrial Hwy, Gary, IN 46406<br>219-555-0128</p>
</body></html>"""),
      "partial", "USD", "2026-06-19", "FCA",
      [line(2, 138.60, lead=14)],
      ["missing-line", "validity-short"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u636 German, quoted-printable: a turning shop quotes AND sends its master data for the SUPPLIER REGISTRATION
# (USt-IdNr., Steuernummer, HRB, IBAN, BIC, ISO certificate number, "30 Tage netto, 14 Tage 2 % Skonto" - payment terms,
# no deviation). Shaft "Stückpreis 37,45 EUR" -> 37.45, "8 Wochen" -> 56 (Aug 10, before Aug 28); "einmalige
# Rüstkosten 320,00 EUR" -> note. Bracket sets "Preis je Satz 23,80 EUR" -> 23.80, "6-7 Wochen" -> 49 (Aug 3, before
# Oct 9). "Pos. 2, 3 und 4 bieten wir nicht an" -> declined. "Angebot gültig bis 31.07.2026" (not short); "FCA
# Villingen-Schwenningen" -> FCA. EUR. Partial.
assert plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 49) == "2026-08-03"
blind2("u636-german-quote-plus-supplier-master-data", V.msg("Sabine Lohmann <s.lohmann@lohmann-drehteile.example>", "text/plain", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage VM-RFQ-4418. Gerne bieten wir Ihnen an:

Pos. 1  SH-2231-C rev B  Antriebswelle 42CrMo4, 30 h6 x 412 mm
        250 Stück, Stückpreis 37,45 EUR
        einmalige Rüstkosten 320,00 EUR
        Lieferzeit 8 Wochen

Pos. 5  2231-004-03  Sensorhalter-Satz (links/rechts mit Schrauben)
        150 Satz, Preis je Satz 23,80 EUR
        Lieferzeit 6-7 Wochen

Pos. 2, 3 und 4 bieten wir nicht an.

Angebot gültig bis 31.07.2026, Lieferung FCA Villingen-Schwenningen (Incoterms 2020).

Da wir bei Ihnen noch nicht als Lieferant angelegt sind, hier unsere Stammdaten für die Lieferantenanlage:
  Firma:            Lohmann Präzisionsdrehteile GmbH, Vockenhauser Str. 41, 78048 Villingen-Schwenningen
  USt-IdNr.:        DE 287 441 905
  Steuernummer:     22019/40871
  Handelsregister:  Amtsgericht Freiburg i. Br., HRB 711482
  Bank:             Sparkasse Schwarzwald-Baar, IBAN DE27 6945 0065 0001 2874 41, BIC SOLADES1VSS
  Zahlungsbedingungen: 30 Tage netto, 14 Tage 2 % Skonto
  ISO 9001:2015, Zertifikat-Reg.-Nr. 12 100 48817 TMS
Ihren Lieferantenfragebogen füllen wir gerne aus.

Mit freundlichen Grüßen
Sabine Lohmann
Vertrieb
Tel. +49 7721 555 0193
""", cte="quoted-printable"),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 37.45, "EUR", lead=56), nob(2), nob(3), nob(4), line(5, 23.80, "EUR", lead=49)],
       ["no-bid", "note"])


# u637 TWO ATTACHMENTS: the DATASHEET PDF of the offered cylinder first, then the quote XLSX. A Polish distributor in
# EUR: fittings unit price 4.12 with the remark "500+ 4,48 / 1000+ 4,25 / 2000+ 4,12 / 5000+ 3,96" (2,000 -> 4.12,
# consistent), 3 weeks -> 21 (Jul 6, before Aug 14). Cylinder: offered P/N "PT-ISO32-80-PPV" instead of the Festo
# DSBC -> alternatePartNumber PT-ISO32-80-PPV (alternate-part), 71.40, 4 weeks -> 28 (Jul 13, before Sep 11). The
# datasheet's numbers (0.6-10 bar, 483 N, 17 mm, 0.62 kg) are no prices. Body: "positions 1, 2 and 5 are outside our
# range - no offer" -> declined. "Valid until: 2026-07-24" (not short); "FCA Poznań" -> FCA. EUR. Partial.
assert plus("2026-06-15", 21) == "2026-07-06" and plus("2026-06-15", 28) == "2026-07-13" and 2000 <= 2000 < 5000
U637_DS = check_page(
    [(40, 800, 13, "Data sheet PT-ISO32-80-PPV"), (40, 784, 10, "Standard cylinder ISO 15552, double acting, magnetic piston"),
     (40, 770, 8, "PneuTech Sp. z o.o. - DS-PT-ISO rev 2, 11/2025")]
    + [item for i, (k, v) in enumerate([
        ("Bore / stroke", "32 mm / 80 mm"), ("Piston rod thread", "M10x1.25"), ("Operating pressure", "0.6 - 10 bar"),
        ("Force at 6 bar, advancing", "483 N"), ("Cushioning", "pneumatic, adjustable, 17 mm"),
        ("Ambient temperature", "-20 to +80 °C"), ("Weight", "0.62 kg"),
        ("Interchangeable with", "ISO 15552 / VDMA 24562 cylinders")])
       for item in row(740 - 16 * i, [40, 300], [k, v], size=9)]
    + [(40, 60, 7, "Technical data subject to change without notice.")])
U637_XLSX = xlsx([
    ["PneuTech Sp. z o.o. - Oferta / Offer OF/2026/06/1147"],
    ["Customer:", "Vossberg Maschinenbau", "", "Enquiry:", "VM-RFQ-4418"],
    ["Valid until:", "2026-07-24", "", "Delivery:", "FCA Poznań (Incoterms 2020)"], [""],
    ["Pos.", "Customer P/N", "Offered P/N", "Description", "Qty", "Unit price EUR", "Price breaks EUR", "Delivery"],
    [3, "FIT-316-G12-10", "FIT-316-G12-10", "Male connector G1/2 - 10 mm, 316L", 2000, 4.12,
     "500+ 4,48 / 1000+ 4,25 / 2000+ 4,12 / 5000+ 3,96", "3 weeks"],
    [4, "DSBC-32-80-PPVA-N3", "PT-ISO32-80-PPV", "ISO 15552 cylinder 32/80, adj. cushioning (equivalent)", 120, 71.40,
     "", "4 weeks"],
])
blind2("u637-datasheet-pdf-then-xlsx-alternate-cylinder", V.message("Tomasz Wieczorek <t.wieczorek@pneutech.example>", multipart(
    "mixed", "=_pt_637", [
        text_part("text/plain", """Dear Mr Albers,

thank you for enquiry VM-RFQ-4418. Attached please find the data sheet of the cylinder we offer as an equivalent
to the Festo DSBC, and our offer OF/2026/06/1147 for positions 3 and 4 (prices in EUR).
Positions 1, 2 and 5 are outside our range - no offer.

Best regards
Tomasz Wieczorek
PneuTech Sp. z o.o., ul. Głogowska 214, 60-104 Poznań
tel. +48 61 555 02 47
"""),
        file_part("application/pdf", "DS_PT-ISO32-80-PPV.pdf", pdf([U637_DS])),
        file_part(XLSX, "OF-2026-06-1147.xlsx", U637_XLSX)])),
       "partial", "EUR", "2026-07-24", "FCA",
       [nob(1), nob(2), line(3, 4.12, "EUR", lead=21), line(4, 71.40, "EUR", lead=28, alt="PT-ISO32-80-PPV"), nob(5)],
       ["alternate-part", "no-bid"])


# u638 a Dutch distributor whose reply ends in a LONG LEGAL FOOTER full of numbers (Metaalunie conditions filed under
# number 1/2019, Art. 6:119a BW, 2 %, EUR 250.000 cap, KvK, BTW, IBAN, BIC) - none a price or a charge on this quote.
# Fittings "€ 398,50 per 100 st." -> 3.985, 2 weeks -> 14. Cylinder (the Festo asked for) "€ 94,60 per stuk", "10
# working days" -> 14 (Jun 29, before Sep 11). Bracket sets "€ 24,15 per set", "packed 20 sets per carton - we supply
# 8 cartons = 160 sets" -> quantity 160 (quantity-differs), 5 weeks -> 35 (Jul 20, before Oct 9). "Shaft and housing:
# no quote (machining is not in our range)" -> declined. "This quotation is valid for 14 days" from Mon 15 Jun ->
# 2026-06-29, earlier than Jul 10 -> validity-short; "CPT Bremen" -> CPT. EUR. Partial.
assert close(398.50 / 100, 3.985) and 8 * 20 == 160 and 7 * 20 < 150 and plus("2026-06-15", 14) == "2026-06-29"
assert workdays(10) == 14 and plus("2026-06-15", 35) == "2026-07-20"
blind2("u638-dutch-legal-footer-full-of-numbers", V.msg("Ruud van Dijk <r.vandijk@vandijk-fluid.example>", "text/plain", """Dear Mr Albers,

Thank you for your RFQ VM-RFQ-4418. Our quotation VDQ-26-2291 (prices in EUR, excl. VAT):

FIT-316-G12-10      2.000 st.   € 398,50 per 100 st.     2 weeks
DSBC-32-80-PPVA-N3    120 st.   € 94,60 per stuk          10 working days
2231-004-03           150 sets  € 24,15 per set           5 weeks
   (packed 20 sets per carton - we supply 8 cartons = 160 sets)

Shaft and housing: no quote (machining is not in our range).

This quotation is valid for 14 days. Delivery CPT Bremen (Incoterms 2020).

Met vriendelijke groet / Kind regards,
Ruud van Dijk
Van Dijk Fluid Techniek B.V.
Hanzeweg 27, 8013 PD Zwolle, The Netherlands
T +31 38 555 0146

__________________________________________________________________________________
All our offers, agreements and deliveries are governed by the METAALUNIE conditions (Metaalunievoorwaarden),
filed with the Registry of the District Court of Rotterdam on 1 January 2019 under number 1/2019; a copy is sent
free of charge on request. Payment within 30 days of the invoice date; after that statutory commercial interest
(Art. 6:119a Dutch Civil Code) plus 2 % is due. Goods remain our property until paid in full (Art. 3:92 BW).
Our liability is limited to the invoice value of the delivery concerned, and in any case to EUR 250.000 per event.
Chamber of Commerce (KvK) 05071184 | VAT NL8192.44.718.B01 | IBAN NL44 RABO 0315 7718 40 | BIC RABONL2U
The information in this e-mail is confidential and intended solely for the addressee. If you have received it in
error, please inform the sender and delete it; disclosure, copying or distribution is not permitted.
__________________________________________________________________________________
"""),
       "partial", "EUR", "2026-06-29", "CPT",
       [nob(1), nob(2), line(3, 3.985, "EUR", lead=14), line(4, 94.60, "EUR", lead=14),
        line(5, 24.15, "EUR", qty=160, lead=35)],
       ["no-bid", "quantity-differs", "validity-short"])


# u639 French, quoted-printable: a foundry's ANNUAL CLOSURE ("fermeture annuelle du 1er au 23 août 2026") lengthens the
# housing's lead time: "Délai : 17 semaines, fermeture annuelle comprise (délai habituel 14 semaines)" -> 17 x 7 = 119
# -> Jun 15 + 119 = Oct 12, AFTER the Oct 2 need-by -> lead-time-after-need-by. "Prix unitaire : 1 184,00 € HT"
# (space as thousands separator) -> 1184.00; "25 pièces" as asked -> null. "Frais de modèle : 2 850,00 € HT, facturés
# une seule fois" -> note. "Positions 1, 3, 4 et 5 : pas d'offre de notre part" -> declined. "Offre valable jusqu'au 15
# juillet 2026" -> 2026-07-15 (not short: Jul 15 >= Jul 10); "EXW Saint-Chamond" -> EXW. EUR. Partial.
assert plus("2026-06-15", 119) == "2026-10-12" and days("2026-06-15", "2026-10-02") < 119
blind2("u639-french-foundry-annual-closure-late", V.msg("Élodie Marchand <e.marchand@fonderie-gier.example>", "text/plain", """Monsieur Albers,

Nous vous remercions de votre demande VM-RFQ-4418 et vous prions de trouver ci-dessous notre offre :

Pos. 2  HSG-1180-GJL  Carter de réducteur EN-GJL-250, usiné complet, primaire RAL 7035
        Quantité : 25 pièces
        Prix unitaire : 1\u00a0184,00 € HT
        Frais de modèle : 2\u00a0850,00 € HT, facturés une seule fois
        Délai : 17 semaines, fermeture annuelle comprise (délai habituel 14 semaines)

Positions 1, 3, 4 et 5 : pas d'offre de notre part.

Nous attirons votre attention sur notre fermeture annuelle du 1er au 23 août 2026.

Offre valable jusqu'au 15 juillet 2026. Conditions de livraison : EXW Saint-Chamond (Incoterms 2020).
Paiement : 45 jours fin de mois.

Veuillez agréer, Monsieur, nos salutations distinguées.

Élodie Marchand
Service commercial - Fonderie de la Vallée du Gier SAS
12 rue de la Fonderie, 42400 Saint-Chamond
Tél. +33 4 77 55 01 38 - SIRET 512 448 017 00024
""", cte="quoted-printable", subject="RE: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60 - offre Fonderie du Gier"),
       "partial", "EUR", "2026-07-15", "EXW",
       [nob(1), line(2, 1184.00, "EUR", lead=119), nob(3), nob(4), nob(5)],
       ["lead-time-after-need-by", "no-bid", "note"])


# u640 a Czech machining shop DECLINES THE WHOLE RFQ ("we regret that we must decline to quote VM-RFQ-4418 - our
# capacity is fully booked until week 2/2027") and in the same mail asks to be REGISTERED AS A SUPPLIER for future
# enquiries, with company data full of numbers (IČO, DIČ, ISO certificate, 14 CNC lathes up to Ø 420 mm, EUR 11,4 mil.
# turnover, 86 employees, IBAN). No price anywhere -> full no-bid: five noBid lines, currency / validUntil / incoterms
# null, status no-bid, kinds {no-bid}.
blind2("u640-czech-full-decline-plus-supplier-registration", V.msg("Pavel Novotný <p.novotny@kovo-hradec.example>", "text/plain", """Dear Mr Albers,

thank you for sending us your enquiry VM-RFQ-4418. Unfortunately we regret that we must decline to quote it: our
turning and milling capacity is fully booked until week 2/2027.

At the same time we would very much like to be registered as a supplier for your future enquiries. Our company data:
  KOVO Hradec s.r.o., Průmyslová 1482, 500 02 Hradec Králové, Czech Republic
  IČO 27458119, DIČ CZ27458119
  ISO 9001:2015, certificate no. CZ-0418/22
  Machines: 14 CNC lathes up to Ø 420 mm, 6 machining centres up to 1,600 x 800 mm, 2 cylindrical grinders
  Turnover 2025: EUR 11,4 mil., 86 employees
  Bank: Komerční banka, IBAN CZ65 0100 0000 1942 7710 0217, BIC KOMBCZPP
Our company presentation and the filled-in supplier self-assessment can follow on request.

Best regards
Pavel Novotný
Sales Manager, KOVO Hradec s.r.o.
tel. +420 495 555 018
"""),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5)], ["no-bid"])


if __name__ == "__main__":
    ROUND.write()

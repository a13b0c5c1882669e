#!/usr/bin/env python3
"""Writes replies u593..u608 (Corpus/u*.eml + expected u*.json) - the thirty-eighth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is ANSWERS TYPED INTO THE BUYER'S OWN TABLE: vendors who reply inline to the buyer's request - ">>"
answers under each line of an Outlook "-----Original Message-----" copy, "[TM]" initials under each line of a
multipart/alternative reply, answers typed in blue or red into the empty price and lead-time cells of the buyer's HTML
table, plain answers interleaved between "> " quoted lines (Gmail style), "==>" answers typed at the end of the quoted
lines themselves, German "***" answers under each "Pos." of a "-----Ursprüngliche Nachricht-----" copy; the buyer's
table pasted into the reply and completed with an added MOQ column, a "Qty offered" / "Comments" pair of added columns,
a Dutch "Staffel" (breaks) column; the buyer's own CSV and XLSX templates returned with the supplier columns filled
and the buyer's PDF form typed into. Some lines are answered, some declined in their cell ("N/Q", "regret", "no quote",
"kein Angebot", "geen offerte"), some left blank (missing-line); the buyer's quantities and need-by dates stay in the
quoted request and are never prices. Also: per M, per 100 and per-spool prices, a 75 m coil rounding the hose up, breaks
that do not apply, MOQs above and below the quantity, one-off fixture, label-plate and pattern charges (notes), a
17-7PH spring and a house-brand cylinder offered instead (alternates), EUR and GBP against USD and EUR RFQs, a late
shaft, a 14-day validity, a full no-bid typed line by line, and an Italian shop answering the table with questions only
(classification "question").
Formats: plain text (8bit, quoted-printable), HTML only, multipart/alternative, a CSV, two XLSX and a PDF with a text
layer. The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import io

from make_corpus import line, nob, pdf, table_page, xlsx  # expected-line shapes, PDF writer and table page, workbook
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; date and amount helpers
from make_blind5 import check_page, file_part, multipart, text_part  # MIME parts and the PDF page check
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

ROUND = Round(593)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classify(kind):
    """Sets the optional classification field on the case just added."""
    ROUND.cases[-1][2].update({"classification": kind, "reasonContains": kind})


def html_rows(rows, head_style="background:#DDEBF7"):
    """Table rows: the first row as header cells, the rest as data cells (cells are HTML already)."""
    out = []
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        style = f' style="{head_style}"' if i == 0 else ""
        out.append(f"<tr{style}>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
    return "\n".join(out)


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u593 an Ohio distributor answers under each line of an Outlook "-----Original Message-----" copy of the request,
# every answer on its own line starting ">>" ("Answers inline below, marked >>"). The buyer's lines keep the RFQ
# quantities and need-by dates (not prices). Gasket ">> $0.176 ea, 4 wks" -> 0.176, 28 (Jul 3, before Aug 3). Cable
# ">> $1.38 per meter, 15 working days" -> 1.38 per m, 15 x 7/5 = 21 (Jun 26, before Jul 20). Screws ">> regret" ->
# declined. Plate ">> $46.50 ea, 6-7 wks" -> upper bound 7 weeks = 49 (Jul 24, before Aug 17). Springs ">> $68.00 per
# M, from stock" -> 68.00 / 1,000 = 0.068, stock -> 0. The buyer's "validity and shipping terms" line answered ">> quote
# good 30 days, FCA Canton, OH" -> Jun 5 + 30 = 2026-07-05 (not short); FCA. Quantities as asked -> null. Partial, no-bid.
assert workdays(15) == 21 and close(68.00 / 1000, 0.068) and plus("2026-06-05", 30) == "2026-07-05"
assert plus("2026-06-05", 49) == "2026-07-24" and plus("2026-06-05", 21) == "2026-06-26"
sample("u593-outlook-copy-answers-marked-gtgt", S.msg("Dale Winfield <dwinfield@tusc-supply.example>", "text/plain", """Nora,

Answers inline below, marked >>. Holler if anything is unclear.

Dale

Dale Winfield | Inside Sales
Tuscarawas Supply Co.
1410 Commerce Dr NW, New Philadelphia, OH 44663
330-555-0127 office | 330-555-0188 cell

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: Tuesday, June 2, 2026 2:14 PM
To: Dale Winfield <dwinfield@tusc-supply.example>
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

Hi Dale,

Please quote the items below. Quotes are due June 12. Please include unit price, lead time, validity and
shipping terms.

1. GSK-EPDM-80 - Gasket, EPDM 70A, die-cut, 80 OD x 62 ID x 3 mm - 5,000 EA - need by 8/3
>> $0.176 ea, 4 wks

2. CBL-4C22-PUR - Cable 4 x 22 AWG shielded, PUR jacket, black, 305 m spools - 1,500 M - need by 7/20
>> $1.38 per meter, 15 working days

3. SCR-M4X10-A2 - SHCS M4 x 10, ISO 4762, A2-70 - 20,000 EA - need by 7/13
>> regret, we don't stock metric stainless fasteners

4. PLT-0915-R2 - Motor base plate, 10 mm 6082-T6, CNC milled - 120 EA - need by 8/17
>> $46.50 ea, 6-7 wks

5. SPR-C0630-302 - Compression spring, 302 SS, 0.6 wire, 6.3 OD, 30 free - 8,000 EA - need by 7/27
>> $68.00 per M, from stock

Validity / shipping terms:
>> quote good 30 days, FCA Canton, OH

Thanks,
Nora

Nora Reyes | Purchasing | Northridge Automation
"""),
       "partial", "USD", "2026-07-05", "FCA",
       [line(1, 0.176, lead=28), line(2, 1.38, lead=21), nob(3), line(4, 46.50, lead=49), line(5, 0.068, lead=0)],
       ["no-bid"])


# u594 HTML only (quoted-printable), "please see our pricing below in red": the vendor typed red text into the empty
# "Your unit price (USD)" and "Your lead time" cells of the buyer's table inside the quoted Outlook message. Gasket
# "0.181" / "5 weeks" -> 0.181, 35 (Jul 10, before Aug 3). Screws "$31.80/M" -> 0.0318, "stock" -> 0. Springs "0.0695"
# / "4 weeks" -> 28 (Jul 3, before Jul 27). The cable and plate rows are left blank and the vendor says nothing about
# them -> not mentioned -> missing-line. "Prices valid through June 30, 2026" (not short: Jun 30 >= Jun 26); "FCA Grand
# Rapids, MI" -> FCA. Quantities as asked -> null. Partial.
assert close(31.80 / 1000, 0.0318) and plus("2026-06-05", 35) == "2026-07-10"
RED = '<span style="color:#C00000"><b>{}</b></span>'
U594_ROWS = [("Line", "Part number", "Description", "Qty", "Unit", "Need by", "Your unit price (USD)", "Your lead time"),
             ("1", "GSK-EPDM-80", "Gasket, EPDM 70 Shore A, die-cut, 80 x 62 x 3 mm", "5,000", "EA", "08/03/2026",
              RED.format("0.181"), RED.format("5 weeks")),
             ("2", "CBL-4C22-PUR", "Cable, 4 x 22 AWG shielded, PUR, black", "1,500", "M", "07/20/2026", "&nbsp;", "&nbsp;"),
             ("3", "SCR-M4X10-A2", "SHCS M4 x 10, ISO 4762, A2-70", "20,000", "EA", "07/13/2026",
              RED.format("$31.80/M"), RED.format("stock")),
             ("4", "PLT-0915-R2", "Motor base plate, 10 mm 6082-T6", "120", "EA", "08/17/2026", "&nbsp;", "&nbsp;"),
             ("5", "SPR-C0630-302", "Compression spring, 302 SS, 0.6 x 6.3 x 30", "8,000", "EA", "07/27/2026",
              RED.format("0.0695"), RED.format("4 weeks"))]
sample("u594-html-red-answers-in-buyer-cells", S.msg("Kristen Vandermolen <kvandermolen@wolverine-rs.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Nora,</p>
<p>Please see our pricing below in <span style="color:#C00000">red</span>.</p>
<p>Prices valid through June 30, 2026. FCA Grand Rapids, MI.</p>
<p>Thank you,<br>Kristen Vandermolen<br>Customer Service<br>Wolverine Rubber &amp; Spring, Inc.<br>
3320 Roger B Chaffee SE, Grand Rapids, MI 49548<br>Ph 616-555-0193</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p><b>From:</b> Nora Reyes &lt;nreyes@northridge.example&gt;<br>
<b>Sent:</b> Wednesday, June 3, 2026 10:41 AM<br>
<b>To:</b> Kristen Vandermolen &lt;kvandermolen@wolverine-rs.example&gt;<br>
<b>Subject:</b> RFQ NR-RFQ-0619 - Mechanical and cable parts</p>
</div>
<p>Hello Kristen,</p>
<p>Please fill in your unit price and lead time in the table below and reply by June 12.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
""" + html_rows(U594_ROWS) + """
</table>
<p>Thanks,<br>Nora Reyes<br>Purchasing | Northridge Automation</p>
<p style="font-size:8pt;color:#808080">This e-mail and any attachments are confidential and intended solely for the
addressee. If you received it in error please notify the sender and delete it.</p>
</body></html>""", cte="quoted-printable"),
       "partial", "USD", "2026-06-30", "FCA",
       [line(1, 0.181, lead=35), line(3, 0.0318, lead=0), line(5, 0.0695, lead=28)],
       ["missing-line"])


# u595 a California sourcing house pasted the buyer's table into its reply, filled the price and lead-time columns and
# added an MOQ column on the right ("I added a MOQ column"). Gasket $0.162, 3 wks -> 21 (Jun 26, before Aug 3), MOQ
# 10,000 above the 5,000 asked -> moq 10000 (moq-above-quantity); the vendor does not change the quantity -> null (as in
# the README's s02). Cable "$1.44 /m" -> 1.44 per m, 2 wks -> 14, MOQ "305 m" (one spool, below 1,500) -> moq 305.
# Screws "N/Q" -> declined. Plate $42.00, 6 wks -> 42 (Jul 17, before Aug 17). Springs $0.071, 3 wks -> 21 (Jun 26,
# before Jul 27), MOQ 5,000 (below 8,000) -> moq 5000. The quoted original below has the same table with empty price
# cells. "Quote valid 60 days" -> Jun 5 + 60 = 2026-08-04; "FOB Sacramento, CA" -> FOB. Partial.
assert plus("2026-06-05", 60) == "2026-08-04" and 10000 > 5000 and 305 < 1500 and 5000 < 8000
sample("u595-pasted-table-added-moq-column", S.msg("Hector Alvarado <halvarado@redwood-sourcing.example>", "text/plain", """Hi Nora -

I copied your table and filled it in, and added a MOQ column on the right. All prices USD.

Line  Part No.        Qty      UoM  Need by  Unit Price  Lead time  MOQ
1     GSK-EPDM-80     5,000    EA   08/03    $0.162      3 wks      10,000
2     CBL-4C22-PUR    1,500    M    07/20    $1.44 /m    2 wks      305 m
3     SCR-M4X10-A2    20,000   EA   07/13    N/Q         -          -
4     PLT-0915-R2     120      EA   08/17    $42.00      6 wks      -
5     SPR-C0630-302   8,000    EA   07/27    $0.071      3 wks      5,000

Quote valid 60 days. FOB Sacramento, CA. Net 30 on approved credit.

Best,
Hector Alvarado
Redwood Industrial Sourcing
2250 Fulton Ave, Sacramento, CA 95825
(916) 555-0162

On Tue, Jun 2, 2026 at 3:05 PM Nora Reyes <nreyes@northridge.example> wrote:
> Hi Hector,
>
> Could you quote the following for NR-RFQ-0619 by June 12? Please fill in price and lead time.
>
> Line  Part No.        Qty      UoM  Need by  Unit Price  Lead time
> 1     GSK-EPDM-80     5,000    EA   08/03
> 2     CBL-4C22-PUR    1,500    M    07/20
> 3     SCR-M4X10-A2    20,000   EA   07/13
> 4     PLT-0915-R2     120      EA   08/17
> 5     SPR-C0630-302   8,000    EA   07/27
>
> Thanks,
> Nora
"""),
       "partial", "USD", "2026-08-04", "FOB",
       [line(1, 0.162, lead=21, moq=10000), line(2, 1.44, lead=14, moq=305), nob(3), line(4, 42.00, lead=42),
        line(5, 0.071, lead=21, moq=5000)],
       ["moq-above-quantity", "no-bid"])


# u596 the buyer's own CSV template returned with the three "Supplier ..." columns filled ("Attached is your RFQ sheet
# with our columns filled in"). Gasket 0.1795, 4 weeks -> 28. Cable 1.395 (per M = metre, the RFQ unit), 3 weeks -> 21
# (Jun 26, before Jul 20). Screws 0.0312, stock -> 0; the remark "25k+ 0.0289" is a break above the 20,000 asked, so
# 0.0312 applies. Plate 45.10, 8 weeks -> 56 (Jul 31, before Aug 17); remark "plus one-time fixture charge $180.00" ->
# note. Springs 0.0702, 25 working days -> 25 x 7/5 = 35 (Jul 10, before Jul 27). Quantity column is the buyer's ->
# null. Body: "valid through 7/31/2026" -> 2026-07-31; "EXW Kenosha, WI" -> EXW. Every line priced -> parsed, note.
assert workdays(25) == 35 and plus("2026-06-05", 56) == "2026-07-31" and plus("2026-06-05", 35) == "2026-07-10"
U596_ROWS = [["Line", "Part Number", "Description", "Qty", "UoM", "Need By", "Supplier Unit Price (USD)",
              "Supplier Lead Time", "Supplier Remarks"],
             [1, "GSK-EPDM-80", "Gasket, EPDM 70 Shore A, die-cut, 80 mm OD x 62 mm ID x 3 mm", 5000, "EA", "2026-08-03",
              "0.1795", "4 weeks", ""],
             [2, "CBL-4C22-PUR", "Cable, 4 x 22 AWG shielded, PUR jacket, black, on 305 m spools", 1500, "M", "2026-07-20",
              "1.395", "3 weeks", ""],
             [3, "SCR-M4X10-A2", "Socket head cap screw M4 x 10, ISO 4762, A2-70 stainless", 20000, "EA", "2026-07-13",
              "0.0312", "stock", "25k+ 0.0289"],
             [4, "PLT-0915-R2", "Motor base plate, 10 mm 6082-T6, CNC milled, 4 x M6 tapped", 120, "EA", "2026-08-17",
              "45.10", "8 weeks", "plus one-time fixture charge $180.00"],
             [5, "SPR-C0630-302", "Compression spring, 302 stainless, wire 0.6 mm, OD 6.3 mm, free length 30 mm", 8000,
              "EA", "2026-07-27", "0.0702", "25 working days", ""]]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(U596_ROWS)
sample("u596-buyer-csv-template-returned-filled", S.with_attachment("Gary Lindqvist <glindqvist@kenosha-ind.example>", """Nora,

Attached is your RFQ sheet with our columns filled in. Valid through 7/31/2026, EXW Kenosha, WI.

Regards,
Gary Lindqvist
Kenosha Industrial Components
5800 52nd St, Kenosha, WI 53144 | 262-555-0119

> From: Nora Reyes <nreyes@northridge.example>
> Sent: Tuesday, June 2, 2026 9:30 AM
> Subject: RFQ NR-RFQ-0619
>
> Gary, please complete the supplier columns of the attached sheet and send it back by June 12.
> Nora""", "text/csv", "NR-RFQ-0619_supplier.csv", _buf.getvalue().encode("utf-8")),
       "parsed", "USD", "2026-07-31", "EXW",
       [line(1, 0.1795, lead=28), line(2, 1.395, lead=21), line(3, 0.0312, lead=0), line(4, 45.10, lead=56),
        line(5, 0.0702, lead=35)],
       ["note"])


# u597 multipart/alternative: "My comments are in line below, marked [TM]" under each line of the buyer's quoted
# request (the HTML part shows them in red). Gasket "[TM] $0.19 each, 4 weeks" -> 0.19, 28. Cable "[TM] no bid" ->
# declined. Screws "[TM] .0305 ea, stock" -> 0.0305, 0. Plate "[TM] no bid" -> declined. Springs: 302 wire not
# available, "Alternate: our SP-0630-17-7 (17-7PH, same dimensions), $0.074 each, 3 weeks" -> alternatePartNumber
# SP-0630-17-7 (alternate-part), 0.074, 21 (Jun 26, before Jul 27). "[TM] 30 days, FOB Cleveland, OH" under the buyer's
# request for validity and terms -> 2026-07-05; FOB. Partial.
TM_LINES = [("GSK-EPDM-80", "Gasket EPDM 80/62/3 die-cut", "5,000 EA", "Aug 3", "$0.19 each, 4 weeks"),
            ("CBL-4C22-PUR", "Cable 4x22 AWG shielded PUR", "1,500 M", "Jul 20", "no bid - we don't sell wire"),
            ("SCR-M4X10-A2", "SHCS M4x10 A2-70", "20,000 EA", "Jul 13", ".0305 ea, stock"),
            ("PLT-0915-R2", "Motor base plate 6082-T6", "120 EA", "Aug 17", "no bid"),
            ("SPR-C0630-302", "Compression spring 302 SS 0.6x6.3x30", "8,000 EA", "Jul 27",
             "we can't get 302 wire in 0.6 mm right now. Alternate: our SP-0630-17-7 (17-7PH, same dimensions), "
             "$0.074 each, 3 weeks")]
U597_TEXT = """Nora,

My comments are in line below, marked [TM].

Tom Mercer
Cuyahoga Spring & Stamping
4410 Lakeside Ave E, Cleveland, OH 44114
216-555-0135

From: Nora Reyes <nreyes@northridge.example>
Sent: Wednesday, June 3, 2026 8:52 AM
To: Tom Mercer <tmercer@cuyahoga-spring.example>
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

Hello Tom, please quote:

""" + "\n".join(f"  {pn:<15}{d:<38}{q:>10}   need by {nb}\n  [TM] {a}" for pn, d, q, nb, a in TM_LINES) + """

Please give validity and shipping terms.
[TM] 30 days, FOB Cleveland, OH

Thanks, Nora
"""
U597_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Nora,</p><p>My comments are in line below, marked <span style="color:red">[TM]</span>.</p>
<p>Tom Mercer<br>Cuyahoga Spring &amp; Stamping<br>4410 Lakeside Ave E, Cleveland, OH 44114<br>216-555-0135</p>
<hr>
<p><b>From:</b> Nora Reyes &lt;nreyes@northridge.example&gt;<br><b>Sent:</b> Wednesday, June 3, 2026 8:52 AM<br>
<b>To:</b> Tom Mercer &lt;tmercer@cuyahoga-spring.example&gt;<br><b>Subject:</b> RFQ NR-RFQ-0619 - Mechanical and cable parts</p>
<p>Hello Tom, please quote:</p>
""" + "\n".join(f"<p>{pn} &nbsp; {d} &nbsp; {q} &nbsp; need by {nb}<br><span style=\"color:red\">[TM] {a}</span></p>"
                for pn, d, q, nb, a in TM_LINES) + """
<p>Please give validity and shipping terms.<br><span style="color:red">[TM] 30 days, FOB Cleveland, OH</span></p>
<p>Thanks, Nora</p>
</body></html>"""
sample("u597-alt-initials-inline-spring-alternate", S.alternative("Tom Mercer <tmercer@cuyahoga-spring.example>",
                                                                  U597_TEXT, U597_HTML),
       "partial", "USD", "2026-07-05", "FOB",
       [line(1, 0.19, lead=28), nob(2), line(3, 0.0305, lead=0), nob(4), line(5, 0.074, lead=21, alt="SP-0630-17-7")],
       ["alternate-part", "no-bid"])


# u598 HTML only: a Nevada gasket and wire house pasted the buyer's table and added two columns, "Qty offered" and
# "Comments". Gasket: price cell "$0.182", comment "breaks: 1-4,999 $0.195 / 5,000-9,999 $0.182 / 10,000+ $0.171" ->
# the 5,000 asked is in the 5,000-9,999 tier = 0.182; qty offered 5,000 as asked -> null; "6 wks" -> 42 (Jul 17,
# before Aug 3). Cable: "$427.00 per 305 m spool" -> 427.00 / 305 = 1.40 per m; "Qty offered: 1,525 m (5 spools x
# 305 m)" -> quantity 1525 (quantity-differs); "10 days" -> 10. Screws, plate and springs rows left empty, nothing said
# -> missing-line. "Pricing good until July 15, 2026" (not short); "DAP Sparks, NV" -> DAP. Partial.
assert close(427.00 / 305, 1.40) and 5 * 305 == 1525 and 4 * 305 < 1500 and plus("2026-06-05", 42) == "2026-07-17"
BLUE = '<font color="#1F4E79">{}</font>'
U598_ROWS = [("Part", "Description", "Qty", "Need by", "Unit price", "Lead time",
              BLUE.format("Qty offered"), BLUE.format("Comments")),
             ("GSK-EPDM-80", "Gasket EPDM 80 x 62 x 3", "5,000 EA", "Aug 3", BLUE.format("$0.182"), BLUE.format("6 wks"),
              BLUE.format("5,000"), BLUE.format("breaks: 1-4,999 $0.195 / 5,000-9,999 $0.182 / 10,000+ $0.171")),
             ("CBL-4C22-PUR", "Cable 4 x 22 AWG shielded PUR", "1,500 M", "Jul 20", BLUE.format("$427.00 per 305 m spool"),
              BLUE.format("10 days"), BLUE.format("1,525 m (5 spools x 305 m)"), BLUE.format("full spools only")),
             ("SCR-M4X10-A2", "SHCS M4 x 10 A2-70", "20,000 EA", "Jul 13", "", "", "", ""),
             ("PLT-0915-R2", "Motor base plate 6082-T6", "120 EA", "Aug 17", "", "", "", ""),
             ("SPR-C0630-302", "Comp. spring 302 SS", "8,000 EA", "Jul 27", "", "", "", "")]
sample("u598-html-added-qty-offered-and-comments", S.msg("Lorraine Pettibone <lpettibone@sierra-gw.example>", "text/html", """<html><body style="font-family:Tahoma,sans-serif;font-size:10pt">
<div>Nora,<br><br>Pasted your list below and added our info in blue, plus two columns of our own.<br>
Pricing good until July 15, 2026. DAP Sparks, NV.<br><br>Lorraine<br>--<br>Lorraine Pettibone<br>
Sierra Gasket &amp; Wire, 960 Packer Way, Sparks, NV 89431<br>775-555-0150</div>
<br>
<table border="1" cellspacing="0" cellpadding="3">
""" + html_rows(U598_ROWS, "background:#F2F2F2") + """
</table>
<br>
<div>-------- Original message --------<br>From: Nora Reyes &lt;nreyes@northridge.example&gt;<br>
Date: 6/2/26 4:10 PM (GMT-06:00)<br>Subject: RFQ NR-RFQ-0619<br><br>
Lorraine, please quote the attached list (5 lines) by 6/12. Thank you! Nora</div>
</body></html>"""),
       "partial", "USD", "2026-07-15", "DAP",
       [line(1, 0.182, lead=42), line(2, 1.40, qty=1525, lead=10)],
       ["missing-line", "quantity-differs"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u599 Gmail-style inline reply: the buyer's lines quoted with "> " and the answers typed unquoted between them. Resin
# "$4.12/kg, 100 bags of 25 kg, 2 weeks" -> 4.12 per kg, 100 x 25 = 2,500 kg as asked -> null, 14 (Jun 26, before
# Jul 20). Sheet "No quote" -> declined. Bearings "$3.65 each, stock" -> 3.65, 0. O-rings "$21.50 per 1000, 3 weeks" ->
# 0.0215, 21 (Jul 3, before Aug 17). Hose and seal kit lines are quoted back with no answer -> missing-line. "Valid 30
# days, FCA Hammond, IN" typed under the buyer's "validity and Incoterms" -> Jun 12 + 30 = 2026-07-12; FCA. Partial.
assert close(21.50 / 1000, 0.0215) and 100 * 25 == 2500 and plus("2026-06-12", 30) == "2026-07-12"
blind("u599-gmail-answers-between-quoted-lines", H.msg("Renee Kowalski <rkowalski@calumet-ps.example>", "text/plain", """Hi Lena, answers under each line.

Renee Kowalski
Calumet Polymer & Supply | 6730 Kennedy Ave, Hammond, IN 46323 | 219-555-0184

On Wed, Jun 10, 2026 at 8:15 AM Lena Marsh <lmarsh@halvorsen-mfg.example> wrote:
> Hi Renee,
>
> Please quote HM-RFQ-2611 by June 19:
>
> 1  RES-PA66-GF30     PA66 GF30 resin, black, 25 kg bags          2500 KG   need 2026-07-20

$4.12/kg, 100 bags of 25 kg, 2 weeks

> 2  SHT-5052H32-030   Al sheet 5052-H32, 3.0 x 1250 x 2500 mm     90 EA     need 2026-08-10

No quote, we don't do metals.

> 3  BRG 6205-2RS      Ball bearing 6205-2RS C3, SKF or equiv.     400 EA    need 2026-07-27

$3.65 each, stock

> 4  OR-0120-NBR70     O-ring 12.0 x 2.0 mm, NBR 70, black         50000 EA  need 2026-08-17

$21.50 per 1000, 3 weeks

> 5  HSE-2SN-08        Hydraulic hose EN 853 2SN, DN12             800 M     need 2026-09-01
> 6  KIT-PX200-SEAL    Seal kit for PX-200 pump                    150 SET   need 2026-09-21
>
> Please include validity and Incoterms.

Valid 30 days, FCA Hammond, IN.

>
> Thanks,
> Lena
"""),
       "partial", "USD", "2026-07-12", "FCA",
       [line(1, 4.12, lead=14), nob(2), line(3, 3.65, lead=0), line(4, 0.0215, lead=21)],
       ["missing-line", "no-bid"])


# u600 HTML only, "our answers in blue": a Wisconsin fluid-connector house filled the empty "Unit price" and "Lead time"
# cells of the buyer's quoted table and added a "Comments" column. Resin, sheet, bearings "N/Q" -> declined. O-rings
# "$0.019" / "stock" -> 0.019, 0. Hose "$4.05 /m" / "10 working days" -> 4.05, 14 (Jun 26, before Sep 1). Seal kit
# "$36.20 /set" / "6 weeks" -> 42 (Jul 24, before Sep 21); comment "one-time label plate $95.00" -> note. "Valid until
# July 17, 2026" (not short); "DAP Milwaukee, WI" -> DAP. Partial.
assert workdays(10) == 14 and plus("2026-06-12", 42) == "2026-07-24"
B = '<span style="color:#0070C0">{}</span>'
U600_ROWS = [("Ln", "Part no.", "Description", "Qty", "UoM", "Need by", "Unit price", "Lead time", B.format("Comments")),
             ("1", "RES-PA66-GF30", "PA66 GF30 resin, black, 25 kg bags", "2500", "KG", "2026-07-20", B.format("N/Q"), "", ""),
             ("2", "SHT-5052H32-030", "Al sheet 5052-H32, 3.0 x 1250 x 2500 mm", "90", "EA", "2026-08-10", B.format("N/Q"), "", ""),
             ("3", "BRG 6205-2RS", "Ball bearing 6205-2RS C3", "400", "EA", "2026-07-27", B.format("N/Q"), "", ""),
             ("4", "OR-0120-NBR70", "O-ring 12.0 x 2.0 mm, NBR 70", "50000", "EA", "2026-08-17", B.format("$0.019"),
              B.format("stock"), ""),
             ("5", "HSE-2SN-08", "Hydraulic hose EN 853 2SN, DN12", "800", "M", "2026-09-01", B.format("$4.05 /m"),
              B.format("10 working days"), B.format("cut to your lengths")),
             ("6", "KIT-PX200-SEAL", "Seal kit for PX-200 pump", "150", "SET", "2026-09-21", B.format("$36.20 /set"),
              B.format("6 weeks"), B.format("one-time label plate $95.00"))]
blind("u600-html-blue-cells-added-comments-column", H.msg("Craig Pfeiffer <cpfeiffer@badger-fc.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Lena,</p>
<p>Our answers are in <span style="color:#0070C0">blue</span> in your table below. Valid until July 17, 2026, DAP Milwaukee, WI.</p>
<p>Craig Pfeiffer<br>Badger Fluid Connectors<br>W229 N1400 Westwood Dr, Waukesha, WI 53186<br>262-555-0177</p>
<div style="border-top:solid #E1E1E1 1.0pt;padding-top:3pt">
<p><b>From:</b> Lena Marsh &lt;lmarsh@halvorsen-mfg.example&gt;<br><b>Sent:</b> Tuesday, June 9, 2026 3:22 PM<br>
<b>To:</b> Craig Pfeiffer<br><b>Subject:</b> RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line</p></div>
<p>Hi Craig, please fill in price and lead time for the lines you can supply. Due June 19.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
""" + html_rows(U600_ROWS) + """
</table>
<p>Thanks, Lena</p>
</body></html>""", cte="quoted-printable"),
       "partial", "USD", "2026-07-17", "DAP",
       [nob(1), nob(2), nob(3), line(4, 0.019, lead=0), line(5, 4.05, lead=14), line(6, 36.20, lead=42)],
       ["no-bid", "note"])


# u601 a Hamburg hose and metals trader returns the buyer's XLSX with the supplier columns filled, in EUR ("prices in
# EUR" in the body and the Currency column) -> currency EUR (currency-differs against the USD RFQ). Sheet 138.50 EUR,
# "4 weeks" -> 28 (Jul 10, before Aug 10). Hose 3.95 EUR per m, "5 weeks" -> 35 (Jul 17, before Sep 1), MOQ "1,000 m"
# above the 800 m asked -> moq 1000 (moq-above-quantity), quantity unchanged -> null. The other four rows are left
# empty -> missing-line. "Valid until 24.07.2026" -> 2026-07-24 (not short); "FCA Hamburg" -> FCA. Partial.
assert plus("2026-06-12", 35) == "2026-07-17" and 1000 > 800
U601_XLSX = xlsx([
    ["Halvorsen Manufacturing - RFQ HM-RFQ-2611 - supplier response sheet"], [""],
    ["Line", "Part no.", "Description", "Qty", "UoM", "Need by", "Unit price", "Currency", "Lead time", "MOQ",
     "Supplier remarks"],
    [1, "RES-PA66-GF30", "PA66 GF30 resin, black, 25 kg bags", 2500, "KG", "2026-07-20"],
    [2, "SHT-5052H32-030", "Al sheet 5052-H32, 3.0 x 1250 x 2500 mm", 90, "EA", "2026-08-10", 138.5, "EUR", "4 weeks",
     "", "PVC film one side"],
    [3, "BRG 6205-2RS", "Ball bearing 6205-2RS C3, SKF or equiv.", 400, "EA", "2026-07-27"],
    [4, "OR-0120-NBR70", "O-ring 12.0 x 2.0 mm, NBR 70, black", 50000, "EA", "2026-08-17"],
    [5, "HSE-2SN-08", "Hydraulic hose EN 853 2SN, DN12", 800, "M", "2026-09-01", 3.95, "EUR", "5 weeks", "1,000 m",
     "price per m"],
    [6, "KIT-PX200-SEAL", "Seal kit for PX-200 pump", 150, "SET", "2026-09-21"],
])
blind("u601-xlsx-buyer-sheet-eur-two-rows-filled", H.with_attachment("Jörn Petersen <j.petersen@elbe-hydraulik.example>", """Dear Ms Marsh,

please find your RFQ sheet attached, completed with our prices in EUR for the sheet and the hose.
Offer valid until 24.07.2026, FCA Hamburg.

Mit freundlichen Grüßen / Best regards
Jörn Petersen
Elbe Hydraulik & Metall GmbH
Billstraße 88, 20539 Hamburg
Tel. +49 40 555 0143""", XLSX, "HM-RFQ-2611_Elbe.xlsx", U601_XLSX),
       "partial", "EUR", "2026-07-24", "FCA",
       [line(2, 138.50, "EUR", lead=28), line(5, 3.95, "EUR", lead=35, moq=1000)],
       ["currency-differs", "missing-line", "moq-above-quantity"])


# u602 a full no-bid typed line by line into the quoted request: "sorry - we have to pass on this one, notes next to
# each line below", every line answered "--> regret", "--> cannot supply", "--> no quote", "--> decline to quote". Every
# line declined -> status no-bid, six noBid lines, currency / validUntil / incoterms null, kinds {no-bid}. The quoted
# quantities are the buyer's.
blind("u602-full-no-bid-typed-per-line", H.msg("Wade Tillman <wtillman@ozark-ind.example>", "text/plain", """Lena,

Sorry - we have to pass on this one. Notes next to each line below.

Wade Tillman
Ozark Industrial Supply
Springfield, MO | 417-555-0108

-----Original Message-----
From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Monday, June 8, 2026 11:05 AM
To: Wade Tillman <wtillman@ozark-ind.example>
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Wade, please quote by June 19:

RES-PA66-GF30    PA66 GF30 resin, black        2,500 KG   --> regret, not a resin distributor
SHT-5052H32-030  Al sheet 5052-H32, 3 mm          90 EA   --> cannot supply
BRG 6205-2RS     Ball bearing 6205-2RS C3        400 EA   --> no quote, our bearing line is inch only
OR-0120-NBR70    O-ring 12.0 x 2.0, NBR 70    50,000 EA   --> no quote
HSE-2SN-08       Hose EN 853 2SN DN12            800 M    --> decline to quote
KIT-PX200-SEAL   Seal kit PX-200                 150 SET  --> regret

Thanks,
Lena Marsh
Halvorsen Manufacturing
"""),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)], ["no-bid"])


# u603 answers typed at the END of the quoted lines themselves ("==> ..." after each "> " line, the vendor typing into
# the quoted text). Resin "==> no bid" -> declined. Sheet line has no answer -> missing-line. Bearings "==> $3.48 ea,
# ex-stock" -> 3.48, 0. O-rings "==> $0.0182 ea, 4 wks" -> 28 (Jul 10, before Aug 17). Hose "==> 75 m coils only: 11
# coils = 825 m @ $4.30/m, 3 wks" -> 4.30 per m, quantity 825 (10 coils = 750 < 800) (quantity-differs), 21 (Jul 3,
# before Sep 1). Seal kit "==> $33.90/set, MOQ 200 sets, 8-10 wks" -> 33.90, moq 200 above 150 (moq-above-quantity),
# quantity not changed -> null, upper bound 10 weeks = 70 (Aug 21, before Sep 21). "Quote valid 45 days" -> Jun 12 + 45
# = 2026-07-27; "FOB Memphis, TN" -> FOB. Partial.
assert 11 * 75 == 825 and 10 * 75 < 800 and plus("2026-06-12", 45) == "2026-07-27" and plus("2026-06-12", 70) == "2026-08-21"
blind("u603-answers-typed-onto-quoted-lines", H.msg("Bobby Ray Cullen <bcullen@midsouth-bh.example>", "text/plain", """Lena -

Typed our answers right onto your lines (==>). Quote valid 45 days, FOB Memphis, TN.

thx
Bobby Ray Cullen
Mid-South Bearing & Hose
2875 Lamar Ave, Memphis, TN 38114 - 901-555-0166

On Jun 9, 2026, at 1:47 PM, Lena Marsh <lmarsh@halvorsen-mfg.example> wrote:
> Bobby, please quote the following (HM-RFQ-2611), responses due June 19:
>
> 1  RES-PA66-GF30    PA66 GF30 resin, black      2500 KG    ==> no bid
> 2  SHT-5052H32-030  Al sheet 5052-H32 3.0 mm      90 EA
> 3  BRG 6205-2RS     Ball bearing 6205-2RS C3     400 EA    ==> $3.48 ea, ex-stock
> 4  OR-0120-NBR70    O-ring 12.0 x 2.0 NBR70    50000 EA    ==> $0.0182 ea, 4 wks
> 5  HSE-2SN-08       Hose EN 853 2SN DN12         800 M     ==> 75 m coils only: 11 coils = 825 m @ $4.30/m, 3 wks
> 6  KIT-PX200-SEAL   Seal kit PX-200              150 SET   ==> $33.90/set, MOQ 200 sets, 8-10 wks
>
> Thanks, Lena
"""),
       "partial", "USD", "2026-07-27", "FOB",
       [nob(1), line(3, 3.48, lead=0), line(4, 0.0182, lead=28), line(5, 4.30, qty=825, lead=21),
        line(6, 33.90, lead=70, moq=200)],
       ["missing-line", "moq-above-quantity", "no-bid", "quantity-differs"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u604 a Bielefeld drive-parts dealer, German, quoted-printable: "unsere Antworten ... direkt unter Ihren Positionen,
# jeweils mit *** markiert" under a "-----Ursprüngliche Nachricht-----" copy. Pos. 1 "*** 37,25 € / Stk., Lieferzeit 8
# Wochen" -> 37.25, 56 (Aug 10, before Aug 28). Pos. 2 "*** kein Angebot" -> declined. Pos. 3 "*** 412,00 € je 100
# Stk., ab Lager" -> 4.12, 0. Pos. 4 "Festo nicht lieferbar; alternativ unser Typ ZN-1552-32-80-A ..., 96,40 €/Stk., 3
# Wochen" -> alternatePartNumber ZN-1552-32-80-A (alternate-part), 96.40, 21. Pos. 5 has no answer -> missing-line. The
# "Liefertermin" dates are the buyer's need-by dates. "*** Angebot gültig bis 31.07.2026, FCA Bielefeld" -> 2026-07-31
# (not short); FCA. EUR. Partial.
assert close(412.00 / 100, 4.12) and plus("2026-06-15", 56) == "2026-08-10"
blind2("u604-german-stars-under-each-pos", V.msg("Sabine Obermeier <s.obermeier@teuto-antrieb.example>", "text/plain", """Sehr geehrter Herr Albers,

unsere Antworten finden Sie unten direkt unter Ihren Positionen, jeweils mit *** markiert.

Mit freundlichen Grüßen
Sabine Obermeier
Vertrieb Innendienst
Teutoburger Antriebs- und Verbindungstechnik GmbH
Eckendorfer Straße 61, 33609 Bielefeld
Tel. +49 521 555 0172

-----Ursprüngliche Nachricht-----
Von: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Gesendet: Mittwoch, 10. Juni 2026 14:20
An: Sabine Obermeier <s.obermeier@teuto-antrieb.example>
Betreff: Anfrage VM-RFQ-4418

Guten Tag Frau Obermeier,

bitte bieten Sie uns folgende Positionen an (Angebotsfrist 26.06.2026):

Pos. 1  SH-2231-C rev B     Antriebswelle 42CrMo4, 30 h6 x 412 mm          250 Stk.   Liefertermin 28.08.2026
*** 37,25 € / Stk., Lieferzeit 8 Wochen

Pos. 2  HSG-1180-GJL        Getriebegehäuse EN-GJL-250, bearbeitet          25 Stk.   Liefertermin 02.10.2026
*** kein Angebot - wir liefern keine Gussteile

Pos. 3  FIT-316-G12-10      Gerade Einschraubverschraubung G1/2 - 10 mm, 316L  2.000 Stk.   Liefertermin 14.08.2026
*** 412,00 € je 100 Stk., ab Lager

Pos. 4  DSBC-32-80-PPVA-N3  Zylinder ISO 15552, 32/80, Festo o. glw.       120 Stk.   Liefertermin 11.09.2026
*** Festo nicht lieferbar; alternativ unser Typ ZN-1552-32-80-A (ISO 15552, Kolben 32, Hub 80, einstellbare Dämpfung), 96,40 €/Stk., 3 Wochen

Pos. 5  2231-004-03         Sensorhalter-Satz L+R, 6082-T6, eloxiert       150 Satz   Liefertermin 09.10.2026

Bitte nennen Sie Gültigkeit und Lieferbedingung.
*** Angebot gültig bis 31.07.2026, FCA Bielefeld (Incoterms 2020)

Mit freundlichen Grüßen
Jonas Albers
Einkauf, Vossberg Maschinenbau
""", cte="quoted-printable", subject="AW: Anfrage VM-RFQ-4418"),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 37.25, "EUR", lead=56), nob(2), line(3, 4.12, "EUR", lead=0),
        line(4, 96.40, "EUR", lead=21, alt="ZN-1552-32-80-A")],
       ["alternate-part", "missing-line", "no-bid"])


# u605 HTML only, a Dutch precision shop filled the buyer's table in blue and added a "Staffel" (price breaks) column.
# Pos. 1 "€ 39,10", breaks "100+: 41,50 / 250+: 39,10 / 500+: 37,80" -> the 250 asked is in the 250+ tier = 39.10;
# "10 weken" (10 weeks) -> 70 (Aug 24, before Aug 28). Pos. 2 "geen offerte / no quote" -> declined. Pos. 3 "€ 3,95",
# breaks "1.000+: 3,95 / 5.000+: 3,60" -> 2,000 is in the 1,000+ tier = 3.95; "3 weken" -> 21. Pos. 4 left empty ->
# missing-line. Pos. 5 "€ 21,60 per set" -> 21.60, "6 weken" -> 42 (Jul 27, before Oct 9). "Geldig 30 dagen" (valid 30
# days) -> Jun 15 + 30 = 2026-07-15 (not short); "EXW Eindhoven" -> EXW. EUR. Partial.
assert plus("2026-06-15", 70) == "2026-08-24" and plus("2026-06-15", 30) == "2026-07-15"
NL = '<span style="color:#2F5597">{}</span>'
U605_ROWS = [("Pos.", "Part no.", "Description", "Qty", "Need by", "Price EUR", "Delivery", NL.format("Staffel (breaks)")),
             ("1", "SH-2231-C rev B", "Drive shaft 42CrMo4, 30 h6 x 412 mm", "250", "2026-08-28", NL.format("&euro; 39,10"),
              NL.format("10 weken"), NL.format("100+: 41,50 / 250+: 39,10 / 500+: 37,80")),
             ("2", "HSG-1180-GJL", "Gearbox housing EN-GJL-250, machined", "25", "2026-10-02",
              NL.format("geen offerte / no quote"), "", ""),
             ("3", "FIT-316-G12-10", "Male connector G1/2 - 10 mm tube, 316L", "2000", "2026-08-14", NL.format("&euro; 3,95"),
              NL.format("3 weken"), NL.format("1.000+: 3,95 / 5.000+: 3,60")),
             ("4", "DSBC-32-80-PPVA-N3", "Cylinder ISO 15552 32/80, Festo or equiv.", "120", "2026-09-11", "", "", ""),
             ("5", "2231-004-03", "Sensor bracket set L+R, 6082-T6, anodised", "150 SET", "2026-10-09",
              NL.format("&euro; 21,60 per set"), NL.format("6 weken"), "")]
blind2("u605-dutch-html-blue-added-staffel-column", V.msg("Ruud van den Heuvel <r.vandenheuvel@brabant-precisie.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:9pt">
<p>Dear Jonas,</p>
<p>Please find our prices filled in your table below (in blue). We added a column with our quantity discounts (staffel).<br>
Geldig 30 dagen / valid 30 days. EXW Eindhoven, Incoterms 2020. Prijzen excl. btw.</p>
<p>Met vriendelijke groet / kind regards,<br>Ruud van den Heuvel<br>Brabant Precisie B.V.<br>
Hurksestraat 19, 5652 AH Eindhoven<br>T +31 40 555 0131</p>
<hr>
<p><b>Van:</b> Jonas Albers &lt;j.albers@vossberg-maschinenbau.example&gt;<br><b>Verzonden:</b> donderdag 11 juni 2026 09:12<br>
<b>Onderwerp:</b> RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60</p>
<p>Dear Ruud, please add price and delivery time to the table and reply by 26 June.</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
""" + html_rows(U605_ROWS) + """
</table>
<p>Best regards<br>Jonas Albers<br>Purchasing, Vossberg Maschinenbau</p>
</body></html>"""),
       "partial", "EUR", "2026-07-15", "EXW",
       [line(1, 39.10, "EUR", lead=70), nob(2), line(3, 3.95, "EUR", lead=21), line(5, 21.60, "EUR", lead=42)],
       ["missing-line", "no-bid"])


# u606 an Italian machine shop answers the buyer's table inline with QUESTIONS only ("D:" = domanda, typed under each
# position): keyway length, the pattern, the anodising spec, and "As soon as we have your answers we will send prices
# for all five positions." No price, no decline -> unparseable, no lines, no deviation kinds; classification
# "question".
blind2("u606-italian-questions-inline-no-prices", V.msg("Davide Locatelli <d.locatelli@omvalseriana.example>", "text/plain", """Buongiorno Jonas,

before we can quote, we have some questions - written under your positions below (D: = domanda / question).
As soon as we have your answers we will send prices for all five positions.

Cordiali saluti
Davide Locatelli
Ufficio Tecnico-Commerciale
Officina Meccanica Valseriana S.r.l.
Via Provinciale 41, 24020 Gorno (BG)
Tel. +39 035 555 0114

Da: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Inviato: giovedì 11 giugno 2026 10:03
A: Davide Locatelli <d.locatelli@omvalseriana.example>
Oggetto: RFQ VM-RFQ-4418

Dear Davide, please quote (due 26 June):

1  SH-2231-C rev B     Drive shaft 42CrMo4, 30 h6 x 412 mm          250 EA   need by 2026-08-28
D: drawing rev B shows keyway 8 P9 but no keyway length - 40 mm or 45 mm?
2  HSG-1180-GJL        Gearbox housing EN-GJL-250, machined           25 EA   need by 2026-10-02
D: do you supply the pattern, or should we include a new one?
3  FIT-316-G12-10      Male connector G1/2 - 10 mm tube, 316L       2000 EA   need by 2026-08-14
D: is a 316 body with 316L ferrule acceptable?
4  DSBC-32-80-PPVA-N3  Cylinder ISO 15552 32/80, Festo or equiv.     120 EA   need by 2026-09-11
D: must it be Festo, or is an equivalent brand accepted?
5  2231-004-03         Sensor bracket set L+R, 6082-T6, anodised    150 SET  need by 2026-10-09
D: which anodising spec and layer thickness?

Best regards
Jonas Albers
"""),
       "unparseable", None, None, None, [], [])
classify("question")


# u607 the buyer's XLSX template returned by an English machine shop in pounds sterling ("Currency" column GBP, body
# "our prices are in GBP") -> GBP (currency-differs). Pos. 1 31.90, "12 weeks" -> 84 -> Jun 15 + 84 = Sep 7, AFTER the
# Aug 28 need-by -> lead-time-after-need-by. Pos. 2 and 4 "No quote" in the comments, price empty -> declined. Pos. 3
# 3.40, "2 weeks" -> 14, MOQ 2,500 above the 2,000 asked -> moq 2500 (moq-above-quantity), quantity null. Pos. 5 18.75
# per set, "5 weeks" -> 35. Body "Quotation valid 14 days" -> Jun 15 + 14 = 2026-06-29, earlier than Jul 10 ->
# validity-short. "DAP Bremen" -> DAP. Partial.
assert plus("2026-06-15", 84) == "2026-09-07" and days("2026-06-15", "2026-08-28") == 74 < 84 and plus("2026-06-15", 14) == "2026-06-29" and 2500 > 2000
U607_XLSX = xlsx([
    ["Vossberg Maschinenbau GmbH - RFQ VM-RFQ-4418 - Supplier quotation form"], [""],
    ["Pos", "Part number", "Description", "Qty", "Unit", "Required date", "Unit price", "Currency", "Lead time", "MOQ",
     "Comments"],
    [1, "SH-2231-C rev B", "Drive shaft 42CrMo4, 30 h6 x 412 mm, keyway 8 P9", 250, "EA", "2026-08-28", 31.9, "GBP",
     "12 weeks", "", ""],
    [2, "HSG-1180-GJL", "Gearbox housing EN-GJL-250, machined, primed RAL 7035", 25, "EA", "2026-10-02", "", "", "", "",
     "No quote"],
    [3, "FIT-316-G12-10", "Male connector G1/2 - 10 mm tube, 316L", 2000, "EA", "2026-08-14", 3.4, "GBP", "2 weeks",
     2500, ""],
    [4, "DSBC-32-80-PPVA-N3", "Cylinder ISO 15552 32/80, Festo or equivalent", 120, "EA", "2026-09-11", "", "", "", "",
     "No quote"],
    [5, "2231-004-03", "Sensor bracket set L+R with screws, black anodised", 150, "SET", "2026-10-09", 18.75, "GBP",
     "5 weeks", "", "price per set"],
])
blind2("u607-xlsx-form-gbp-late-shaft-short-validity", V.message("Gareth Pryce <g.pryce@tamworth-precision.example>", multipart(
    "mixed", "=_b38_607", [text_part("text/plain", """Hello Jonas,

Your quotation form is attached with our figures filled in - our prices are in GBP.
Quotation valid 14 days, DAP Bremen.

Kind regards,
Gareth Pryce
Estimating, Tamworth Precision Components Ltd
Unit 7, Centurion Park, Tamworth B77 5PN, UK
+44 1827 555 019

-----Original Message-----
From: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Sent: 11 June 2026 08:40
Subject: RFQ VM-RFQ-4418
Please complete the attached form (unit price, currency, lead time, MOQ) and return it by 26 June."""),
                           file_part(XLSX, "VM-RFQ-4418_Tamworth.xlsx", U607_XLSX)])),
       "partial", "GBP", "2026-06-29", "DAP",
       [line(1, 31.90, "GBP", lead=84), nob(2), line(3, 3.40, "GBP", lead=14, moq=2500), nob(4),
        line(5, 18.75, "GBP", lead=35)],
       ["currency-differs", "lead-time-after-need-by", "moq-above-quantity", "no-bid", "validity-short"])


# u608 a French machining subcontractor typed its answers into the buyer's PDF RFQ form and sent it back (text layer).
# The form's table keeps the buyer's Qty and Need by columns; the vendor filled "Unit price (EUR)" and "Delivery":
# Pos. 1 "35,90" / "8 weeks" -> 35.90, 56 (Aug 10, before Aug 28). Pos. 2 "1 185,00" (space thousands) / "14 weeks" ->
# 1185.00, 98 (Sep 21, before Oct 2). Pos. 3 and 4 left blank -> missing-line. Pos. 5 "23,40" / "7 weeks" -> 23.40, 49
# (Aug 3, before Oct 9). Form footer filled by the vendor: "Offer valid until: 24/07/2026" -> 2026-07-24 (not short);
# "Incoterms 2020: FCA Saint-Etienne" -> FCA; "Remarks: one-off pattern cost Pos. 2: 2 400,00 EUR" -> note. EUR. Partial.
assert plus("2026-06-15", 98) == "2026-09-21" and plus("2026-06-15", 49) == "2026-08-03"
U608_PAGE = check_page(table_page(
    "Vossberg Maschinenbau - RFQ VM-RFQ-4418 - supplier form",
    ["Pos.", "Part number", "Qty", "Unit", "Need by", "Unit price (EUR)", "Delivery"],
    [["1", "SH-2231-C rev B", "250", "EA", "2026-08-28", "35,90", "8 weeks"],
     ["2", "HSG-1180-GJL", "25", "EA", "2026-10-02", "1 185,00", "14 weeks"],
     ["3", "FIT-316-G12-10", "2000", "EA", "2026-08-14", "", ""],
     ["4", "DSBC-32-80-PPVA-N3", "120", "EA", "2026-09-11", "", ""],
     ["5", "2231-004-03", "150", "SET", "2026-10-09", "23,40", "7 weeks"]],
    ["Supplier: Usinage du Forez SARL, 12 rue des Aciéries, 42000 Saint-Etienne, France",
     "Offer valid until: 24/07/2026",
     "Incoterms 2020: FCA Saint-Etienne",
     "Remarks: one-off pattern cost Pos. 2: 2 400,00 EUR (casting by our partner foundry)"],
    [40, 110, 50, 40, 75, 95, 80]))
blind2("u608-pdf-buyer-form-typed-into", V.message("Mathilde Chareyre <m.chareyre@usinage-forez.example>", multipart(
    "mixed", "=_b38_608", [text_part("text/plain", """Bonjour Jonas,

please find attached your RFQ form VM-RFQ-4418, completed with our prices for positions 1, 2 and 5.

Bien cordialement,
Mathilde Chareyre
Usinage du Forez SARL
Tél. +33 4 77 55 01 26

Le jeu. 11 juin 2026 à 09:30, Jonas Albers <j.albers@vossberg-maschinenbau.example> a écrit :
> Dear Mathilde, please fill in the attached form and return it by 26 June. Best regards, Jonas"""),
                           file_part("application/pdf", "VM-RFQ-4418_form_Forez.pdf", pdf([U608_PAGE]))])),
       "partial", "EUR", "2026-07-24", "FCA",
       [line(1, 35.90, "EUR", lead=56), line(2, 1185.00, "EUR", lead=98), line(5, 23.40, "EUR", lead=49)],
       ["missing-line", "note"])


if __name__ == "__main__":
    ROUND.write()

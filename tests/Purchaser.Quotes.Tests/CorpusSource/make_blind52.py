#!/usr/bin/env python3
"""Writes replies u817..u832 (Corpus/u*.eml + expected u*.json) - the fifty-second blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is JOB SHOPS AND MACHINE SHOPS: sixteen answers from small machining, fabrication, casting and spring
shops. A Kenosha CNC shop pricing the base plate in dotted break rows with a programming/fixture charge and certs per
shipment, declining the four commodity lines by part number; a Bristol (CT) spring coiler in multipart/alternative with
break rows, a minimum run and a mill alloy surcharge; a Rockford shop's PDF estimate for 80 of the 120 plates (the rest
to be requoted), a FAIR charge and a flatness it cannot hold; an Oregon shop asking about the plate's drawing revision
and thread depth before quoting (a question); an Ontario shop in CAD pasting break columns from its estimate sheet and
offering 6061-T651 under its own part number, with a mill-price clause; an Arizona contract machinist pricing all five
lines in an HTML table (plate "after dwg approval", screws per M) with a one-time programming/first-article charge; a
Pennsylvania CNC shop declining the whole commodity RFQ; a Kentucky fabricator quoting the aluminium sheet for seven days
with mill certs per shipment; a Texas seal-machining shop's PDF with seal-kit break rows, a programming charge and the
O-rings declined; a Huddersfield hose-assembly shop in GBP (windows-1252) pricing per 50 m coil with a wire surcharge
clause; a Monterrey laser/fab shop offering 5754-H22 under its stock code with a crate minimum above the quantity; a
Villingen turning shop in German (quoted-printable) with "ab 250 Stück" scale rows, Arbeitstage, a programming and
fixture charge, a material-price clause and a question about the drawing index; a Portuguese foundry's PDF with pattern
and first-article charges, a minimum batch and 14-16 weeks after pattern approval (late); a Leicester turning shop in
GBP quoting 150 of the 250 shafts with the rest later, a keyway tolerance it cannot hold and a FAIR charge; a Poznan
sheet-metal shop's HTML break columns for the bracket sets, a minimum order, programming and a 14-day validity; and a
Zlin machine shop's XLSX offering the shaft in 34CrNiMo6 under its item number, the housing late, with a fixture charge.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, pdf, xlsx  # expected-line shapes, text-layer PDF writer, one-sheet workbook
from make_blind5 import check_page, file_part, multipart, row, text_part  # MIME parts and PDF rows
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(817)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classify(kind):
    """Sets the optional classification field on the case just added (a 'question' reason contains 'question')."""
    extra = {"classification": kind}
    if kind == "question":
        extra["reasonContains"] = "question"
    ROUND.cases[-1][2].update(extra)


def quoted(text, mark=">"):
    """Quotes text the way mail clients do (mark + " " before every line, a bare mark on empty ones)."""
    return "\n".join((mark + " " + t) if t else mark for t in text.split("\n"))


# The buyers' requests as they appear quoted below some replies (quantities and need-by dates, never prices).
SAMPLE_REQUEST = """Hello,

Northridge Robotics requests your quotation for the items below, RFQ NR-RFQ-0619 (AGV drive module).
Drawings for the machined plate are in the attached package. Quotes in USD please, by June 12.

Line  Part number     Description                                    Qty     Unit  Need by
1     GSK-EPDM-80     Gasket EPDM 70A, die-cut, 80 OD x 62 ID x 3    5000    EA    Aug 3
2     CBL-4C22-PUR    Cable 4x22 AWG shielded, PUR, black            1500    M     Jul 20
3     SCR-M4X10-A2    SHCS M4x10 ISO 4762, A2-70                     20000   EA    Jul 13
4     PLT-0915-R2     Motor base plate, 10 mm 6082-T6, CNC milled    120     EA    Aug 17
5     SPR-C0630-302   Compression spring, 302 SS, 0.6 wire           8000    EA    Jul 27

Please include lead time, Incoterms and quote validity.

Regards,
Nora Reyes
Purchasing, Northridge Robotics"""

BLIND2_REQUEST = """Dear Sir or Madam,

please quote the following parts for our VL-60 labelling machine (RFQ VM-RFQ-4418), prices in EUR, by 26 June.

""" + "\n".join(f"{ln:<5}{pn:<21}{d:<44}{q:>6} {u:<5}{nb}" for ln, pn, d, q, u, nb in
                [("Pos", "Part no.", "Description", "Qty", "Unit", "Needed")] + V.RFQ_ROWS) + """

Best regards
Jonas Albers
Einkauf, Vossberg Maschinenbau"""


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u817 a Kenosha CNC job shop, plain text above the quoted request. The plate PLT-0915-R2 in dotted break rows:
# 25-49 $58.90 / 50-99 $51.30 / 100-249 $46.85 / 250+ $42.10 -> the 120 asked fall in 100-249 -> 46.85 (quantity as
# asked -> null). "4-5 weeks after drawing approval" -> upper bound 5 x 7 = 35 (Jul 10, before Aug 17). "Programming &
# fixturing: $650.00 one time" and "Material certs: $30.00 per shipment" -> one-off / extra charges: note. "No bid on
# GSK-EPDM-80, CBL-4C22-PUR, SCR-M4X10-A2 and SPR-C0630-302 - we only do machined parts" -> lines 1, 2, 3, 5 declined.
# "Pricing good for 30 days" from Fri 5 Jun -> 2026-07-05 (not short); "FOB Kenosha, WI" -> FOB. USD. Partial.
assert 100 <= 120 <= 249 and plus("2026-06-05", 35) == "2026-07-10" and plus("2026-06-05", 30) == "2026-07-05"
sample("u817-cnc-plate-dotted-breaks-nre-certs", S.msg("Rick Janowski <rjanowski@lakeside-cnc.example>", "text/plain", """Hi Nora,

Thanks for including us on NR-RFQ-0619. We're a 12-machine CNC job shop, so the only item on your list that we make
is the motor base plate. Our quote in USD:

PLT-0915-R2  Motor base plate, 10 mm 6082-T6, CNC milled, 4x M6 tapped (to your dwg rev R2)

   Qty 25-49 ........... $58.90 ea
   Qty 50-99 ........... $51.30 ea
   Qty 100-249 ......... $46.85 ea
   Qty 250+ ............ $42.10 ea

   Lead time: 4-5 weeks after drawing approval
   Programming & fixturing: $650.00 one time (not charged again on repeat orders)
   Material certs: $30.00 per shipment, if required

No bid on GSK-EPDM-80, CBL-4C22-PUR, SCR-M4X10-A2 and SPR-C0630-302 - we only do machined parts.

Pricing good for 30 days, FOB Kenosha, WI. Terms net 30 w/ approved credit.

Thanks,
Rick Janowski
Estimating / Sales
Lakeside CNC & Tool, Inc.
8120 Green Bay Rd, Kenosha, WI 53142
Ph 262-555-0164  Fax 262-555-0165

On Tue, Jun 2, 2026 at 8:41 AM Nora Reyes <nreyes@northridge.example> wrote:
""" + quoted(SAMPLE_REQUEST) + "\n"),
       "partial", "USD", "2026-07-05", "FOB",
       [nob(1), nob(2), nob(3), line(4, 46.85, lead=35), nob(5)],
       ["no-bid", "note"])


# u818 a Bristol (CT) spring coiler, multipart/alternative (text + HTML with the same content). Springs only: break rows
# 2,500-4,999 $0.0964 / 5,000-9,999 $0.0788 / 10,000-24,999 $0.0672 / 25,000+ $0.0590 -> the 8,000 asked fall in
# 5,000-9,999 -> 0.0788; "Minimum run quantity: 2,500 pcs" -> moq 2500 (below 8,000: no deviation). "15 working days
# ARO" -> 15 x 7/5 = 21 (Jun 26, before Jul 27). "The surcharge in effect in the month of shipment will be added to the
# invoice" -> a surcharge that may be added later: note. The C of C "at no charge" is no charge. Gasket, cable, screws
# and plate never mentioned -> missing-line. "Quotation valid 60 days" from Fri 5 Jun -> 2026-08-04 (not short);
# "Ex Works Bristol, CT" -> EXW. USD. Partial.
assert workdays(15) == 21 and plus("2026-06-05", 21) == "2026-06-26" and plus("2026-06-05", 60) == "2026-08-04"
assert 5000 <= 8000 <= 9999
U818_TIERS = [("2,500 - 4,999", "$0.0964"), ("5,000 - 9,999", "$0.0788"), ("10,000 - 24,999", "$0.0672"),
              ("25,000 +", "$0.0590")]
U818_TEXT = """Good afternoon Nora,

Thank you for the opportunity to quote RFQ NR-RFQ-0619. Our quotation for the compression spring follows.

Part: SPR-C0630-302 - compression spring, 302 SS, 0.6 mm wire, 6.3 mm OD, 30 mm free length

Quantity            Price each (USD)
""" + "\n".join(f"{q:<20}{p}" for q, p in U818_TIERS) + """

Minimum run quantity: 2,500 pcs
Lead time: 15 working days ARO
Springs are stress relieved and passivated. C of C with each shipment at no charge.

302 stainless wire is subject to the mill alloy surcharge. The surcharge in effect in the month of shipment will be
added to the invoice as a separate line item.

Terms: Ex Works Bristol, CT. Quotation valid 60 days.

Best regards,

Donna Pelletier
Inside Sales
Pequabuck Spring Company
410 Middle St, Bristol, CT 06010
Tel. 860-555-0127
"""
U818_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good afternoon Nora,</p>
<p>Thank you for the opportunity to quote RFQ NR-RFQ-0619. Our quotation for the compression spring follows.</p>
<p><b>Part: SPR-C0630-302</b> - compression spring, 302 SS, 0.6 mm wire, 6.3 mm OD, 30 mm free length</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Quantity</th><th>Price each (USD)</th></tr>
""" + "\n".join(f"<tr><td>{q}</td><td align=\"right\">{p}</td></tr>" for q, p in U818_TIERS) + """
</table>
<p>Minimum run quantity: 2,500 pcs<br>Lead time: 15 working days ARO<br>
Springs are stress relieved and passivated. C of C with each shipment at no charge.</p>
<p>302 stainless wire is subject to the mill alloy surcharge. The surcharge in effect in the month of shipment will be
added to the invoice as a separate line item.</p>
<p>Terms: Ex Works Bristol, CT. Quotation valid 60 days.</p>
<p>Best regards,</p>
<p>Donna Pelletier<br>Inside Sales<br>Pequabuck Spring Company<br>410 Middle St, Bristol, CT 06010<br>Tel. 860-555-0127</p>
</body></html>"""
sample("u818-spring-coiler-alt-break-rows-alloy-surcharge",
       S.alternative("Donna Pelletier <dpelletier@pequabuck-spring.example>", U818_TEXT, U818_HTML),
       "partial", "USD", "2026-08-04", "EXW",
       [line(5, 0.0788, lead=21, moq=2500)],
       ["missing-line", "note"])


# u819 a Rockford machine shop's one-page PDF estimate, a short cover note without prices. The plate: "80" pcs at
# "$44.20" (amount 80 x 44.20 = 3,536.00); the PDF says 80 of the 120 can be made from plate on hand and the other 40
# would have to be requoted -> quantity 80 (quantity-differs). "25 working days ARO" -> 25 x 7/5 = 35 (Jul 10, before
# Aug 17). "First article inspection report (FAIR): $150.00 one-time charge" -> note; the flatness they cannot hold
# (0.05 quoted as 0.10) is a tolerance exception, also a note. "No bid: RFQ lines 1, 2, 3 and 5" -> declined. "Quote
# valid 30 days" -> 2026-07-05 (not short); "FCA Rockford, IL" -> FCA. USD. Partial.
assert close(80 * 44.20, 3536.00) and workdays(25) == 35 and plus("2026-06-05", 35) == "2026-07-10"
X819 = [40, 72, 150, 330, 380, 450]
P819 = ([(40, 800, 14, "FOREST CITY MACHINING, INC."),
         (40, 786, 8, "2140 Kishwaukee St, Rockford, IL 61104  |  815-555-0152  |  estimating@forestcity-mach.example"),
         (400, 756, 14, "ESTIMATE"),
         (40, 736, 9, "Customer: Northridge Robotics, attn. Nora Reyes"), (380, 736, 9, "Estimate no.: 26-0388"),
         (40, 722, 9, "Your RFQ: NR-RFQ-0619"), (380, 722, 9, "Date: 06/05/2026")]
        + row(690, X819, ["Line", "Part Number", "Description", "Qty", "Unit Price", "Amount"])
        + row(672, X819, ["4", "PLT-0915-R2", "Motor base plate, 6082-T6, 10 mm", "80", "$44.20", "$3,536.00"])
        + [(40, 640, 8, "Quantity: 80 pcs of the 120 requested can be made from the 6082-T6 plate we have on hand."),
           (40, 628, 8, "The remaining 40 pcs would have to be requoted once our next plate delivery is confirmed."),
           (40, 610, 8, "Lead time: 25 working days ARO"),
           (40, 598, 8, "First article inspection report (FAIR): $150.00 one-time charge"),
           (40, 586, 8, "Flatness 0.05 mm per drawing cannot be held without stress relieving; quoted to 0.10 mm."),
           (40, 568, 8, "No bid: RFQ lines 1, 2, 3 and 5 (not machined parts)."),
           (40, 550, 8, "FCA Rockford, IL (Incoterms 2020)   -   Quote valid 30 days   -   Terms: Net 30"),
           (40, 516, 8, "Estimator: Gary Lindquist")])
sample("u819-pdf-estimate-80-of-120-fair-flatness", S.with_attachment("Gary Lindquist <glindquist@forestcity-mach.example>", """Nora,

Estimate 26-0388 for your motor base plate is attached. Please read the notes on quantity and flatness.

thanks
Gary Lindquist
Forest City Machining, Inc.
815-555-0152""", "application/pdf", "Estimate_26-0388.pdf", pdf([check_page(P819)])),
       "partial", "USD", "2026-07-05", "FCA",
       [nob(1), nob(2), nob(3), line(4, 44.20, qty=80, lead=35), nob(5)],
       ["no-bid", "note", "quantity-differs"])


# u820 an Oregon machine shop asks two questions about the plate before quoting: the RFQ says PLT-0915-R2 but the
# drawing's title block shows revision R1, and the thread depth of the 4 x M6 holes. It prices nothing and declines
# nothing (the quantities in the quoted request are the buyer's) -> unparseable, no lines, no deviation kinds;
# classification "question".
sample("u820-question-drawing-rev-r1-thread-depth", S.msg("Mark Yoshida <myoshida@tualatin-precision.example>", "text/plain", """Hi Nora,

Before we put a number on the motor base plate for NR-RFQ-0619 we have two questions:

1. Your RFQ lists PLT-0915-R2, but the drawing in the package shows revision R1 in the title block (dated 11/2025).
   Is there an R2 drawing we should be quoting to? If R1 is current, please just confirm.
2. The 4 x M6 tapped holes have no thread depth called out. Through, or blind - and if blind, how deep?

Once we have that we can turn the quote around in two days.

Thanks much,
Mark Yoshida
Tualatin Precision Machining LLC
18755 SW Teton Ave, Tualatin, OR 97062
503-555-0181

-----Original Message-----
From: Nora Reyes <nreyes@northridge.example>
Sent: Tuesday, June 2, 2026 8:41 AM
To: Mark Yoshida <myoshida@tualatin-precision.example>
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

""" + SAMPLE_REQUEST + "\n"),
       "unparseable", None, None, None, [], [])
classify("question")


# u821 an Ontario job shop in Canadian dollars ("All prices are in Canadian dollars", "$" -> CAD, currency-differs),
# break COLUMNS pasted from its estimate sheet with tabs: 50 pcs $58.75 / 120 pcs $49.60 / 250 pcs $45.15 -> the 120
# column -> 49.60 (quantity as asked -> null). It has no 6082-T6 in 10 mm and quotes 6061-T651 "under our part no.
# CMW-22871" -> alternatePartNumber CMW-22871 (alternate-part). "6 weeks after drawing approval" -> 42 (Jul 17, before
# Aug 17). "If the mill price moves more than 5% before we receive your PO, we will adjust the material portion" -> a
# price-adjustment clause: note. Other lines never mentioned -> missing-line. "Quote valid until July 15, 2026" (not
# short); "FCA Cambridge, ON" -> FCA. Partial.
assert plus("2026-06-05", 42) == "2026-07-17"
sample("u821-ontario-cad-tab-break-columns-6061-alternate", S.msg("Heather MacLeod <hmacleod@grandriver-mw.example>", "text/plain", """Hello Nora,

Please see our pricing for the motor base plate below (pasted from our estimate sheet). All prices are in Canadian
dollars.

We don't stock 6082-T6 in 10 mm and the mill lead time is long, so we have quoted 6061-T651 instead (same drawing,
comparable strength, machines the same) under our part no. CMW-22871.

Part No.\tYour P/N\tMaterial\t50 pcs\t120 pcs\t250 pcs\tLead time
CMW-22871\tPLT-0915-R2\t6061-T651 10 mm\t$58.75\t$49.60\t$45.15\t6 weeks after drawing approval

Aluminum plate is priced at today's mill price. If the mill price moves more than 5% before we receive your PO, we
will adjust the material portion of the price.

Quote valid until July 15, 2026. FCA Cambridge, ON.

Regards,

Heather MacLeod
Grand River Machine Works Ltd.
95 Savage Dr, Cambridge, ON N1T 1S6
519-555-0143
"""),
       "partial", "CAD", "2026-07-15", "FCA",
       [line(4, 49.60, "CAD", lead=42, alt="CMW-22871")],
       ["alternate-part", "currency-differs", "missing-line", "note"])


# u822 an Arizona contract machinist, HTML only (quoted-printable): it machines the plate and buys the other four items
# from its suppliers, so every line is priced. Gasket $0.192, 4 wks -> 28 (Jul 3, before Aug 3). Cable "$1.46/m" on
# the metre line -> 1.46, 2 wks -> 14. Screws "$34.50/M" -> 0.0345, stock -> 0. Plate $47.30, "5 wks after dwg
# approval" -> 35 (Jul 10, before Aug 17). Springs $0.074, "3-4 wks" -> 28 (Jul 3, before Jul 27). The Extended column
# (960.00, 2,190.00, 690.00, 5,676.00, 592.00) and the total are no unit prices; quantities as asked -> null. "One-time
# CNC programming & first article on the plate: $425.00" -> note. "Quote good for 30 days" -> 2026-07-05 (not short);
# "FOB Tempe, AZ" -> FOB. USD. Parsed.
assert close(5000 * 0.192, 960) and close(1500 * 1.46, 2190) and close(20000 * 34.50 / 1000, 690)
assert close(120 * 47.30, 5676) and close(8000 * 0.074, 592) and close(960 + 2190 + 690 + 5676 + 592, 10108)
U822_ROWS = [("GSK-EPDM-80", "Gasket EPDM 70A 80 x 62 x 3", "5,000", "$0.192", "$960.00", "4 wks"),
             ("CBL-4C22-PUR", "Cable 4C 22 AWG shielded PUR", "1,500 m", "$1.46/m", "$2,190.00", "2 wks"),
             ("SCR-M4X10-A2", "SHCS M4 x 10 A2-70", "20,000", "$34.50/M", "$690.00", "Stock"),
             ("PLT-0915-R2", "Motor base plate 6082-T6 (machined in-house)", "120", "$47.30", "$5,676.00",
              "5 wks after dwg approval"),
             ("SPR-C0630-302", "Comp. spring 302 SS", "8,000", "$0.074", "$592.00", "3-4 wks")]
sample("u822-html-contract-machinist-all-five-programming", S.msg("Luis Carrillo <lcarrillo@sonoran-precision.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hi Nora,</p>
<p>Thanks for RFQ NR-RFQ-0619. We machine the base plate in-house; the other four items we source through our approved
suppliers and ship together with the plates, so we can take the whole package. Pricing in USD:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#FCE4D6">""" + "".join(f"<th>{h}</th>" for h in ("Part No.", "Description", "Qty", "Unit Price", "Extended", "Lead Time")) + "</tr>\n"
+ "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U822_ROWS) + """
<tr><td colspan="4" align="right"><b>Total</b></td><td><b>$10,108.00</b></td><td></td></tr>
</table>
<p>One-time CNC programming &amp; first article on the plate: $425.00</p>
<p>Quote good for 30 days. FOB Tempe, AZ.</p>
<p>Luis Carrillo<br>Sonoran Precision Manufacturing<br>2210 W 1st St, Tempe, AZ 85281<br>480-555-0119</p>
</body></html>""", cte="quoted-printable"),
       "parsed", "USD", "2026-07-05", "FOB",
       [line(1, 0.192, lead=28), line(2, 1.46, lead=14), line(3, 0.0345, lead=0), line(4, 47.30, lead=35),
        line(5, 0.074, lead=28)],
       ["note"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u823 a Pennsylvania CNC shop declines the whole RFQ: "everything on HM-RFQ-2611 is a purchased commodity item ... so we
# have to decline to quote" -> all six lines noBid, currency / validUntil / incoterms null, status no-bid, kinds
# {no-bid}. The RFQ table in the Outlook history carries quantities, no prices.
blind("u823-cnc-shop-declines-commodity-rfq", H.msg("Dave Kauffman <dkauffman@juniata-precision.example>", "text/plain", """Lena,

Thanks for sending HM-RFQ-2611 our way. We're strictly a CNC machine shop (milling and turning to print), and
everything on this RFQ is a purchased commodity item - resin, sheet, bearings, O-rings, hose and seal kits - so we
have to decline to quote this one.

If you have machined parts on the PX-200 line, we'd be glad to look at the drawings.

Dave Kauffman
Juniata Precision Machine Co.
301 Electric Ave, Lewistown, PA 17044
717-555-0158

-----Original Message-----
From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Monday, June 8, 2026 9:20 AM
To: Dave Kauffman <dkauffman@juniata-precision.example>
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Please quote the following by June 19 (USD):

""" + H.RFQ_TABLE + """

Thank you,
Lena Marsh
"""),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)], ["no-bid"])


# u824 a Kentucky sheet-metal fabricator quotes the aluminium sheet: "$196.80 per sheet", 90 sheets as asked -> null;
# "10 working days ARO" -> 10 x 7/5 = 14 (Jun 26, before Aug 10). "Mill test report: $25.00 per shipment" -> extra
# charge: note. "No bid on RES-PA66-GF30, BRG 6205-2RS, OR-0120-NBR70, HSE-2SN-08 and KIT-PX200-SEAL" -> lines 1, 3, 4,
# 5, 6 declined. "Quote valid 7 days" from Fri 12 Jun -> 2026-06-19, earlier than Jul 3 -> validity-short. "FOB
# Louisville, KY" -> FOB. USD. Partial.
assert workdays(10) == 14 and plus("2026-06-12", 14) == "2026-06-26" and plus("2026-06-12", 7) == "2026-06-19"
blind("u824-fab-shop-sheet-seven-days-mill-cert", H.msg("Tammy Whitlock <twhitlock@bluegrass-metalfab.example>", "text/plain", """Lena -

Here's our number on the aluminum sheet for HM-RFQ-2611.

SHT-5052H32-030   5052-H32 aluminum sheet, 3.0 x 1250 x 2500 mm, PVC film one side
   90 sheets @ $196.80 per sheet
   Lead time 10 working days ARO (we shear and film in house)
   Mill test report: $25.00 per shipment if you need one

Aluminum is moving a lot right now so the quote is only valid 7 days.

No bid on RES-PA66-GF30, BRG 6205-2RS, OR-0120-NBR70, HSE-2SN-08 and KIT-PX200-SEAL. We're a fab shop, not a
distributor.

FOB Louisville, KY.

Tammy Whitlock
Bluegrass Metal Fabricators
4400 Poplar Level Rd, Louisville KY 40213
502-555-0172
"""),
       "partial", "USD", "2026-06-19", "FOB",
       [nob(1), line(2, 196.80, lead=14), nob(3), nob(4), nob(5), nob(6)],
       ["no-bid", "note", "validity-short"])


# u825 a Texas seal-machining shop's one-page PDF quotation, a short cover note without prices. Seal kit KIT-PX200-SEAL
# in break rows: 50 sets $38.20 / 150 sets $31.60 / 300 sets $27.90 per set -> the 150 asked -> 31.60 (the RFQ's SET is
# the vendor's set; quantity as asked -> null; the Extended amounts 1,910.00 / 4,740.00 / 8,370.00 are no prices).
# "3-4 weeks after drawing approval" -> 28 (Jul 10, before Sep 21). "One-time CNC programming / set-up: $240.00" -> note.
# O-ring OR-0120-NBR70 "No quote" -> declined. Resin, sheet, bearing and hose never mentioned -> missing-line. "Quote
# valid 45 days" from Fri 12 Jun -> 2026-07-27 (not short); "EXW Pasadena, TX" -> EXW. USD. Partial.
assert close(50 * 38.20, 1910) and close(150 * 31.60, 4740) and close(300 * 27.90, 8370)
assert plus("2026-06-12", 45) == "2026-07-27" and plus("2026-06-12", 28) == "2026-07-10"
X825 = [40, 70, 160, 330, 400, 480]
P825 = ([(40, 800, 14, "GULF COAST MACHINED SEALS"),
         (40, 786, 8, "1209 Red Bluff Rd, Pasadena, TX 77506  |  713-555-0166  |  sales@gulfcoast-seals.example"),
         (420, 756, 14, "QUOTATION"),
         (40, 736, 9, "To: Halvorsen Manufacturing - Lena Marsh"), (380, 736, 9, "Quote: GCS-26-0542"),
         (40, 722, 9, "Ref.: HM-RFQ-2611"), (380, 722, 9, "Date: June 12, 2026")]
        + row(690, X825, ["Item", "Part Number", "Description", "Qty", "Unit Price", "Extended"])
        + row(672, X825, ["1", "KIT-PX200-SEAL", "Seal kit PX-200, CNC machined", "50 sets", "$38.20 /set", "$1,910.00"])
        + row(656, X825, ["", "", "", "150 sets", "$31.60 /set", "$4,740.00"])
        + row(640, X825, ["", "", "", "300 sets", "$27.90 /set", "$8,370.00"])
        + row(618, X825, ["2", "OR-0120-NBR70", "O-ring 12 x 2, NBR 70", "50,000", "No quote", ""])
        + [(40, 586, 8, "Seal kits machined from NBR and PTFE billet to your drawing, bagged and labelled per kit."),
           (40, 574, 8, "Item 2: molded O-rings at 50,000 pcs are not economical to machine."),
           (40, 556, 8, "Lead time: 3-4 weeks after drawing approval"),
           (40, 544, 8, "One-time CNC programming / set-up: $240.00"),
           (40, 526, 8, "Terms of delivery: EXW Pasadena, TX (Incoterms 2020)"),
           (40, 514, 8, "Quote valid 45 days. Prices in USD. Payment net 30."),
           (40, 482, 8, "Gulf Coast Machined Seals  -  Ray Benavides, Sales Engineer")])
blind("u825-pdf-machined-seal-kit-break-rows-orings-declined", H.with_attachment("Ray Benavides <rbenavides@gulfcoast-seals.example>", """Hi Lena,

Please find our quotation GCS-26-0542 attached for the PX-200 seal kits.

Best regards,
Ray Benavides
Sales Engineer | Gulf Coast Machined Seals
713-555-0166""", "application/pdf", "GCS-26-0542.pdf", pdf([check_page(P825)])),
       "partial", "USD", "2026-07-27", "EXW",
       [nob(4), line(6, 31.60, lead=28)],
       ["missing-line", "no-bid", "note"])


# u826 a Huddersfield hose-assembly shop in pounds sterling (windows-1252, "£", "Prices in GBP") -> GBP
# (currency-differs). Hose HSE-2SN-08 "£242.50 per 50 m coil - 16 coils for your 800 m" -> 242.50 / 50 = 4.85 per m,
# the quantity restated -> null; "ex stock" -> 0. "Any steel wire surcharge announced by the hose mill before dispatch
# will be passed on at cost" -> a surcharge that may be added later: note. "KIT-PX200-SEAL - no quote" -> declined.
# Resin, sheet, bearing and O-rings never mentioned -> missing-line. "Quotation valid until 10 July 2026" (not short:
# Jul 10 >= Jul 3); "FCA Huddersfield" -> FCA. Partial.
assert close(242.50 / 50, 4.85) and 16 * 50 == 800
blind("u826-huddersfield-hose-gbp-per-coil-wire-surcharge", H.msg("Graham Sykes <graham.sykes@pennine-hose.example>", "text/plain", """Hi Lena,

Thanks for the enquiry. We make up hydraulic hose assemblies and cut bulk hose, so the hose is one for us.
Prices in GBP.

HSE-2SN-08   EN 853 2SN DN12 (1/2"), 275 bar
   £242.50 per 50 m coil - 16 coils for your 800 m
   Ex stock

Any steel wire surcharge announced by the hose mill before dispatch will be passed on at cost.

KIT-PX200-SEAL - no quote, we don't do kitting.

Quotation valid until 10 July 2026. FCA Huddersfield (Incoterms 2020).

Kind regards

Graham Sykes
Pennine Hydraulic Hose Services Ltd
Unit 7, Leeds Road Trading Estate, Huddersfield HD1 6RF
Tel: 01484 555 018
VAT Reg. GB 555 1842 07
""", charset="windows-1252"),
       "partial", "GBP", "2026-07-10", "FCA",
       [line(5, 4.85, "GBP", lead=0), nob(6)],
       ["currency-differs", "missing-line", "no-bid", "note"])


# u827 a Monterrey laser/fab shop offers 5754-H22 instead of the 5052-H32 sheet under "our stock code LAM-5754-30" ->
# alternatePartNumber LAM-5754-30 (alternate-part). "US$ 171.40 per sheet" -> 171.40 USD. "Minimum order: 100 sheets
# (one full crate)" -> moq 100, above the 90 asked (moq-above-quantity); no other quantity is stated -> null. "2-3 weeks
# ARO" -> 21 (Jul 3, before Aug 10). Other lines never mentioned -> missing-line. "Quote valid 15 days" from Fri 12 Jun
# -> 2026-06-27, earlier than Jul 3 -> validity-short. "FCA Apodaca, N.L." -> FCA. Partial.
assert plus("2026-06-12", 15) == "2026-06-27" and plus("2026-06-12", 21) == "2026-07-03"
blind("u827-monterrey-fab-5754-stock-code-crate-minimum", H.msg("Alejandra Garza <agarza@laminados-norte.example>", "text/plain", """Hello Lena,

Thank you for your RFQ HM-RFQ-2611. Please find our offer for the aluminium sheet.

We do not carry 5052-H32 in 3.0 mm. We can offer 5754-H22, 3.0 x 1250 x 2500 mm with PVC film one side, our stock
code LAM-5754-30. Mechanical properties are similar; material certificate EN 10204 3.1 included.

  Price: US$ 171.40 per sheet
  Minimum order: 100 sheets (one full crate)
  Lead time: 2-3 weeks ARO

FCA Apodaca, N.L. (Incoterms 2020). Quote valid 15 days.

Saludos / Best regards,

Alejandra Garza
Ventas
Laminados y Cortes del Norte, S.A. de C.V.
Av. Industrial 210, Parque Industrial, Apodaca, N.L., Mexico
Tel. +52 81 5550 0134
"""),
       "partial", "USD", "2026-06-27", "FCA",
       [line(2, 171.40, lead=21, moq=100, alt="LAM-5754-30")],
       ["alternate-part", "missing-line", "moq-above-quantity", "validity-short"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u828 a Villingen turning shop in German, quoted-printable. Shaft Pos. 1 "Staffelpreise je Stück: ab 100 Stück 41,80 €
# / ab 250 Stück 36,45 € / ab 500 Stück 33,10 €" -> the 250 asked -> 36.45; "8 Wochen nach Zeichnungsfreigabe" -> 56
# (Aug 10, before Aug 28). "Einmalige Programmier- und Vorrichtungskosten: 450,00 €" (one-time) -> note; the material
# price clause ("behalten wir uns eine Anpassung vor") -> note; the question whether index B or C is current, quoted to
# index B as asked, changes no value. Bracket sets Pos. 5 "150 Sätze à 18,70 €" -> 18.70 per set, "25 Arbeitstage" ->
# 25 x 7/5 = 35 (Jul 20, before Oct 9). "Die Positionen 2, 3 und 4 bieten wir nicht an" -> declined. "Angebot gültig bis
# 14.08.2026" -> 2026-08-14 (not short); "FCA Villingen-Schwenningen" -> FCA. EUR. Partial.
assert plus("2026-06-15", 56) == "2026-08-10" and workdays(25) == 35 and plus("2026-06-15", 35) == "2026-07-20"
blind2("u828-german-turning-staffel-arbeitstage-index-question", V.msg("Jürgen Haberer <j.haberer@haberer-cnc.example>", "text/plain", """Sehr geehrter Herr Albers,

besten Dank für Ihre Anfrage VM-RFQ-4418. Gerne bieten wir Ihnen die Dreh- und Frästeile wie folgt an:

Pos. 1  SH-2231-C rev B  Antriebswelle 42CrMo4 vergütet, gedreht und geschliffen, 30 h6 x 412, Nut 8 P9
        Staffelpreise je Stück:
          ab 100 Stück    41,80 €
          ab 250 Stück    36,45 €
          ab 500 Stück    33,10 €
        Lieferzeit: 8 Wochen nach Zeichnungsfreigabe
        Einmalige Programmier- und Vorrichtungskosten: 450,00 €

Pos. 5  2231-004-03  Sensorhalter-Satz (links + rechts, inkl. Schrauben), EN AW-6082 T6, schwarz eloxiert
        150 Sätze à 18,70 €
        Lieferzeit: 25 Arbeitstage

Eine Rückfrage zu Pos. 1: In Ihrer Anfrage steht Index B, in unserem Archiv liegt zu dieser Welle aber bereits eine
Zeichnung mit Index C (März 2026). Wir haben nach Index B kalkuliert – bitte bestätigen Sie uns den gültigen Stand.

Die Positionen 2, 3 und 4 bieten wir nicht an; wir fertigen ausschließlich Dreh- und Frästeile.

Materialpreisbasis 42CrMo4 und EN AW-6082: Stand Juni 2026. Ändern sich die Materialpreise bis zur Bestellung um
mehr als 5 %, behalten wir uns eine Anpassung vor.

Lieferbedingung: FCA Villingen-Schwenningen (Incoterms 2020)
Zahlungsbedingung: 30 Tage netto
Angebot gültig bis 14.08.2026

Mit freundlichen Grüßen

Jürgen Haberer
Haberer CNC-Technik GmbH
Gewerbestraße 14, 78052 Villingen-Schwenningen
Tel. +49 7721 555 0193
""", cte="quoted-printable", subject="AW: Anfrage VM-RFQ-4418 – Dreh- und Frästeile"),
       "partial", "EUR", "2026-08-14", "FCA",
       [line(1, 36.45, "EUR", lead=56), nob(2), nob(3), nob(4), line(5, 18.70, "EUR", lead=35)],
       ["no-bid", "note"])


# u829 a Portuguese foundry's PDF quotation in English with decimal commas, a cover note without prices. Housing Pos. 2
# HSG-1180-GJL "25 pcs", "1.342,00 €" -> 1342.00 EUR (total 33.550,00 € is no price); "Minimum batch: 20 pcs" -> moq 20
# (below 25: no deviation). "14-16 weeks after pattern approval" -> upper bound 16 x 7 = 112 -> Jun 15 + 112 = Oct 5,
# AFTER the Oct 2 need-by -> lead-time-after-need-by. Pattern equipment 4.850,00 € (one-time) and the first article
# measurement report 320,00 € (one-time) -> note; the pig iron / scrap price clause -> note. Other lines never
# mentioned -> missing-line. "Validity: 60 days" from Mon 15 Jun -> 2026-08-14 (not short); "FCA Leiria" -> FCA. EUR.
# Partial.
assert close(25 * 1342.00, 33550.00) and plus("2026-06-15", 112) == "2026-10-05" and plus("2026-06-15", 60) == "2026-08-14"
assert days("2026-06-15", "2026-10-02") < 112
X829 = [40, 70, 150, 330, 380, 460]
P829 = ([(40, 800, 14, "FUNDICAO DO LIS, LDA."),
         (40, 786, 8, "Zona Industrial da Cova das Faias, 2415-017 Leiria, Portugal  |  +351 244 555 017"),
         (420, 756, 14, "PROPOSAL"),
         (40, 736, 9, "Vossberg Maschinenbau - Mr Jonas Albers"), (380, 736, 9, "Proposal no.: 2026/0419"),
         (40, 722, 9, "Your inquiry: VM-RFQ-4418"), (380, 722, 9, "Date: 15/06/2026")]
        + row(690, X829, ["Pos", "Your ref.", "Description", "Qty", "Unit price", "Total"])
        + row(672, X829, ["2", "HSG-1180-GJL", "Gearbox housing EN-GJL-250", "25 pcs", "1.342,00 €", "33.550,00 €"])
        + row(658, X829, ["", "", "machined complete, primed RAL 7035", "", "", ""])
        + [(40, 626, 8, "Pattern equipment (one-time, remains property of the customer): 4.850,00 €"),
           (40, 614, 8, "First article measurement report (one-time): 320,00 €"),
           (40, 602, 8, "Minimum batch: 20 pcs"),
           (40, 590, 8, "Delivery: 14-16 weeks after pattern approval"),
           (40, 572, 8, "Material price clause: prices are based on the pig iron and steel scrap index of May 2026;"),
           (40, 560, 8, "changes of more than 5 % until the order date will be adjusted."),
           (40, 542, 8, "Incoterms 2020: FCA Leiria   -   Payment: 60 days net   -   Validity: 60 days"),
           (40, 510, 8, "Fundicao do Lis, Lda.  -  Rui Carvalho, Commercial Department")])
blind2("u829-portuguese-foundry-pdf-pattern-batch-late", V.message("Rui Carvalho <rui.carvalho@fundicao-lis.example>", multipart("mixed", "=_lis_829", [
        text_part("text/plain", """Dear Mr Albers,

Thank you for your inquiry. Please find attached our proposal 2026/0419 for the gearbox housing (pos. 2).

Best regards,
Rui Carvalho
Commercial Department
Fundição do Lis, Lda.
Leiria, Portugal
Tel. +351 244 555 017
"""),
        file_part("application/pdf", "Proposal_2026-0419.pdf", pdf([check_page(P829)]))])),
       "partial", "EUR", "2026-08-14", "FCA",
       [line(2, 1342.00, "EUR", lead=112, moq=20)],
       ["lead-time-after-need-by", "missing-line", "note"])


# u830 a Leicester turning and grinding shop in pounds (windows-1252, "£") -> GBP (currency-differs). Shaft "£33.90
# each"; "we can quote 150 pcs of the 250 for delivery in 10 weeks ARO. The remaining 100 we would be happy to quote
# separately" -> quantity 150 (quantity-differs), lead 10 x 7 = 70 (Aug 24, before Aug 28). "First article inspection
# report: £145.00 one-off charge" -> note; the 8 P9 keyway they cannot hold (JS9 instead) is a tolerance exception, also
# a note. Bracket sets "no quote" -> declined. Housing, fitting and cylinder never mentioned -> missing-line. "Quotation
# valid 30 days" from Mon 15 Jun -> 2026-07-15 (not short: Jul 15 >= Jul 10); "EXW Leicester" -> EXW. Partial.
assert plus("2026-06-15", 70) == "2026-08-24" and plus("2026-06-15", 30) == "2026-07-15" and 150 + 100 == 250
blind2("u830-leicester-gbp-150-of-250-keyway-fair", V.msg("Sanjay Mistry <s.mistry@soar-valley-eng.example>", "text/plain", """Hello Jonas,

Thanks for the enquiry. We're a CNC turning and grinding shop, so the drive shaft is the one for us. Prices in GBP.

SH-2231-C rev B  Drive shaft, 42CrMo4 Q&T, turned & ground 30 h6 x 412, keyway 8 P9
  Price: £33.90 each
  Quantity: with our current grinder capacity we can quote 150 pcs of the 250 for delivery in 10 weeks ARO.
  The remaining 100 we would be happy to quote separately for an October delivery.
  First article inspection report: £145.00 one-off charge
  Please note we cannot hold the 8 P9 keyway tolerance with our broaching tools - we would cut it to JS9.
  Let us know if that is acceptable.

2231-004-03 sensor bracket sets - no quote, sheet and anodised parts aren't something we do.

Quotation valid 30 days. EXW Leicester.

Regards
Sanjay Mistry
Soar Valley Engineering Ltd
Unit 12, Troon Way Business Centre, Leicester LE4 9HA
0116 555 0128
""", charset="windows-1252"),
       "partial", "GBP", "2026-07-15", "EXW",
       [line(1, 33.90, "GBP", qty=150, lead=70), nob(5)],
       ["currency-differs", "missing-line", "no-bid", "note", "quantity-differs"])


# u831 a Poznan sheet-metal shop, HTML only, break COLUMNS for the bracket set: 50 sets 24,60 € / 150 sets 19,85 € /
# 300 sets 17,40 € -> the 150 asked -> 19.85 per set (left + right with screws = the RFQ's SET; quantity as asked ->
# null). "Minimum order: 50 sets" -> moq 50 (below 150). "4 weeks after drawing approval" -> 28 (Jul 13, before Oct 9).
# "One-time programming for laser and press brake: 185,00 EUR" -> note. "Pos. 1, 2, 3 and 4: no quote" -> declined.
# "Offer valid 14 days" from Mon 15 Jun -> 2026-06-29, earlier than Jul 10 -> validity-short. "DAP Bielefeld" -> DAP.
# EUR. Partial. The quoted request below carries the quantities only.
assert plus("2026-06-15", 14) == "2026-06-29" and plus("2026-06-15", 28) == "2026-07-13"
blind2("u831-poznan-html-bracket-break-columns-14-days", V.msg("Katarzyna Wójcik <k.wojcik@blachtech-poznan.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,sans-serif;font-size:10pt">
<p>Dear Mr Albers,</p>
<p>thank you for RFQ VM-RFQ-4418. We are a sheet metal shop (laser cutting, press brake, anodising with our partner)
and we quote the sensor bracket sets. Pos. 1, 2, 3 and 4: no quote.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#D9E1F2"><th>Pos.</th><th>Part no.</th><th>Description</th><th>50 sets</th><th>150 sets</th><th>300 sets</th><th>Lead time</th></tr>
<tr><td>5</td><td>2231-004-03</td><td>Sensor bracket set (left + right, screws incl.), EN AW-6082 T6, black anodised</td><td>24,60 &euro;</td><td>19,85 &euro;</td><td>17,40 &euro;</td><td>4 weeks after drawing approval</td></tr>
</table>
<p>Prices per set in EUR. Minimum order: 50 sets.<br>
One-time programming for laser and press brake: 185,00 EUR.<br>
Delivery DAP Bielefeld (Incoterms 2020). Offer valid 14 days.</p>
<p>Best regards<br>Katarzyna Wójcik<br>Sales Department<br>Blachtech Sp. z o.o.<br>ul. Gnieźnieńska 41, 61-021 Poznań, Poland<br>tel. +48 61 555 01 76</p>
<div style="border-top:1px solid #B5C4DF;padding-top:3pt">
<p><b>From:</b> Jonas Albers &lt;j.albers@vossberg-maschinenbau.example&gt;<br><b>Sent:</b> Thursday, June 11, 2026 10:02<br>
<b>Subject:</b> RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60</p>
<pre>""" + BLIND2_REQUEST + """</pre>
</div>
</body></html>"""),
       "partial", "EUR", "2026-06-29", "DAP",
       [nob(1), nob(2), nob(3), nob(4), line(5, 19.85, "EUR", lead=28, moq=50)],
       ["no-bid", "note", "validity-short"])


# u832 a Zlin machine shop's XLSX offer (cover mail in English). Shaft Pos. 1 in 34CrNiMo6 instead of 42CrMo4, "our item
# no. TK-40871" (also in the "Our item" column) -> alternatePartNumber TK-40871 (alternate-part); 39.60 EUR, 10 weeks ->
# 70 (Aug 24, before Aug 28). Housing Pos. 2 1,285.00 EUR, 18 weeks -> 126 -> Jun 15 + 126 = Oct 19, AFTER the Oct 2
# need-by -> lead-time-after-need-by; "one-time machining fixture EUR 1,650.00" in its remark -> note. Pos. 3 and 4 "no
# quote" -> declined. Bracket set Pos. 5 21.30 EUR per set, 6 weeks -> 42 (Jul 27, before Oct 9). Quantities as asked ->
# null. "Offer valid until 31 July 2026" (not short); "FCA Zlín" -> FCA. EUR. Partial.
assert plus("2026-06-15", 70) == "2026-08-24" and plus("2026-06-15", 126) == "2026-10-19" and plus("2026-06-15", 42) == "2026-07-27"
U832_ROWS = [["TK Strojírny s.r.o. - Offer NAB-2026-0611"], ["Customer: Vossberg Maschinenbau, RFQ VM-RFQ-4418"], [""],
             ["Pos", "Customer P/N", "Our item", "Description", "Qty", "Unit", "Unit price EUR", "Lead time (weeks)", "Remark"],
             [1, "SH-2231-C rev B", "TK-40871", "Drive shaft 34CrNiMo6 +QT, turned and ground", 250, "pcs", 39.6, 10,
              "alternative material, see mail"],
             [2, "HSG-1180-GJL", "", "Gearbox housing EN-GJL-250, machined complete, primed", 25, "pcs", 1285, 18,
              "casting purchased; one-time machining fixture EUR 1,650.00"],
             [3, "FIT-316-G12-10", "", "Male connector G1/2 - 10 mm tube, 316L", 2000, "pcs", "", "", "no quote"],
             [4, "DSBC-32-80-PPVA-N3", "", "Pneumatic cylinder ISO 15552 32/80", 120, "pcs", "", "", "no quote"],
             [5, "2231-004-03", "", "Sensor bracket set L+R, 6082-T6, black anodised", 150, "set", 21.3, 6, ""]]
blind2("u832-zlin-xlsx-34crnimo6-item-housing-late", V.message("Radek Dvořák <dvorak@tk-strojirny.example>", multipart("mixed", "=_tk_832", [
        text_part("text/plain", """Dear Mr. Albers,

please find attached our offer NAB-2026-0611 for your RFQ VM-RFQ-4418 (machined parts).

Pos. 1: 42CrMo4 +QT in diameter 32 mm is not available from our steel supplier within your deadline, so we offer the
shaft in 34CrNiMo6 +QT, which we have in stock - our item no. TK-40871 (same drawing, rev B).
Pos. 3 and 4 are purchased parts - no quote, we only manufacture machined parts.

Prices in EUR. Offer valid until 31 July 2026, FCA Zlín (Incoterms 2020).

Best regards
Radek Dvořák
obchodní oddělení / Sales
TK Strojírny s.r.o.
Tř. Tomáše Bati 1540, 760 01 Zlín, Czech Republic
+420 577 555 014
"""),
        file_part(XLSX, "NAB-2026-0611.xlsx", xlsx(U832_ROWS))])),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 39.60, "EUR", lead=70, alt="TK-40871"), line(2, 1285.00, "EUR", lead=126), nob(3), nob(4),
        line(5, 21.30, "EUR", lead=42)],
       ["alternate-part", "lead-time-after-need-by", "no-bid", "note"])


if __name__ == "__main__":
    ROUND.write()

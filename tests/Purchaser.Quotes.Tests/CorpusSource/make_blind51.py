#!/usr/bin/env python3
"""Writes replies u801..u816 (Corpus/u*.eml + expected u*.json) - the fifty-first blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is A SIXTH ORDINARY WEEK: A MIXED MAILBOX. Sixteen replies as they arrive in a buyer's inbox on a
Tuesday, each with at most one quirk: an Illinois fastener man's two-line answer typed on his phone above the quoted
request ("no bid on the rest"); a Wisconsin distributor returning the buyer's reply sheet with dot leaders filled in
(one lead time in working days); an Outlook mail with a quote table pasted from Excel and a one-time fixture charge; a
Michigan distributor's CSV export in its own column order with a "Price Per" column (per 1000 / per 1); a rubber-and-
spring house's quote forwarded by a colleague with a note on top; a Redditch spring maker in GBP writing its price
breaks in prose; an Oklahoma MRO house's plain-text table with ragged spacing and a hose minimum above the quantity;
an Ohio seal maker's PDF quotation with the O-rings priced per 100; a French compounder quoting the resin in EUR and
declining the rest; a Carolina bearing house offering a Nachi bearing instead of SKF (multipart/alternative); an
Indiana aluminium service centre holding its sheet price for seven days only (base64); a Pforzheim turning shop in
German with lead times in Arbeitstage; an Italian pneumatics distributor (windows-1252) with "pronta consegna da
magazzino"; a Slovenian system supplier's XLSX pricing all five VL-60 lines with the housings rounded up to full
moulds; a Dutch distributor's revised offer replacing last week's, the old offer quoted below; and a Flemish job
shop giving ship dates instead of lead times, the shaft's after its need-by.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, pdf  # expected-line shapes, text-layer PDF writer
from make_blind2 import xlsx_book  # multi-sheet workbook writer (inline strings, plain numbers)
from make_blind5 import check_page, file_part, multipart, row, text_part  # MIME parts and PDF rows
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(801)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classify(kind):
    """Sets the optional classification field on the case just added."""
    ROUND.cases[-1][2].update({"classification": kind})


def quote_lines(text, mark=">"):
    """Quotes text the way mail clients do (mark + " " before every line, a bare mark on empty ones)."""
    return "\n".join((mark + " " + t) if t else mark for t in text.split("\n"))


# The buyers' requests as they appear quoted below some replies (quantities and need-by dates, never prices).
SAMPLE_ASK = """Good morning,

Northridge would like your quotation for the parts below (RFQ NR-RFQ-0619), in USD, by Friday June 12.
Please state unit price, lead time, Incoterms and how long the quote is valid.

  #  Part            Description                                 Qty      UoM  Needed
  1  GSK-EPDM-80     EPDM gasket 80 OD x 62 ID x 3 mm, 70 ShA    5,000    EA   08/03/2026
  2  CBL-4C22-PUR    Cable 4x22 AWG shielded PUR, black          1,500    M    07/20/2026
  3  SCR-M4X10-A2    SHCS M4 x 10 ISO 4762 A2-70                 20,000   EA   07/13/2026
  4  PLT-0915-R2     Motor base plate 6082-T6, CNC               120      EA   08/17/2026
  5  SPR-C0630-302   Compression spring 302 SS 0.6 x 6.3 x 30    8,000    EA   07/27/2026

Thanks in advance,
Nora Reyes
Buyer, Northridge Robotics"""

BLIND2_ASK_TABLE = "\n".join(f"{ln:<5}{pn:<21}{d:<44}{q:>6} {u:<5}{nb}" for ln, pn, d, q, u, nb in
                             [("Pos", "Teilenummer", "Bezeichnung", "Menge", "ME", "Termin")] + V.RFQ_ROWS)


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u801 a two-line answer typed on a phone above the quoted request ("Sent from my iPhone"). Screws SCR-M4X10-A2
# "$0.0295 ea from stock" -> 0.0295, stock -> 0. Springs SPR-C0630-302 "$0.071 ea 4 wks" -> 0.071, 28 (Jul 3, before
# Jul 27). "no bid on the rest" -> lines 1, 2 and 4 declined. "FOB Elgin IL, good 30 days" -> FOB, Jun 5 + 30 =
# 2026-07-05 (not short). USD ($). Quantities not restated -> null. Partial, no-bid.
assert plus("2026-06-05", 30) == "2026-07-05" and plus("2026-06-05", 28) == "2026-07-03"
sample("u801-phone-two-lines-no-bid-rest", S.msg("Mike Trevino <mtrevino@foxriver-fastener.example>", "text/plain", """Nora - screws SCR-M4X10-A2 $0.0295 ea from stock, springs SPR-C0630-302 $0.071 ea 4 wks. no bid on the rest. FOB Elgin IL, good 30 days.

Mike

Sent from my iPhone

On Jun 1, 2026, at 7:58 AM, Nora Reyes <nreyes@northridge.example> wrote:

""" + quote_lines(SAMPLE_ASK) + "\n"),
       "partial", "USD", "2026-07-05", "FOB",
       [nob(1), nob(2), line(3, 0.0295, lead=0), nob(4), line(5, 0.071, lead=28)],
       ["no-bid"])


# u802 the buyer's reply sheet returned with the blanks filled in (dot leaders in the header block, a pipe table for
# the lines; quoted-printable). "Currency: USD"; "Delivery terms (Incoterms 2020): FCA Waukesha, WI" -> FCA; "Offer
# valid until: 07/24/2026" -> 2026-07-24 (24 cannot be a month; not short). The sheet's own "return by 12 Jun 2026" is
# the response due date, no validity. Prices are "per RFQ unit" by the column header: gasket 0.179, 4 weeks -> 28
# (Jul 3, before Aug 3); cable 1.39 per M(etre), "10 working days" -> 10 x 7/5 = 14 (Jun 19, before Jul 20); screws
# 0.0302, stock -> 0; plate 43.60, 7 weeks -> 49 (Jul 24, before Aug 17); springs 0.0684, 5 weeks -> 35 (Jul 10, before
# Jul 27). Min. order column empty; "Req. qty" is the buyer's -> null. Every line priced -> parsed, no deviations.
assert workdays(10) == 14 and plus("2026-06-05", 49) == "2026-07-24" and plus("2026-06-05", 35) == "2026-07-10"
sample("u802-filled-reply-sheet-dot-leaders", S.msg("Paul Brennan <pbrennan@kettlemoraine-comp.example>", "text/plain", """Hi Nora,

Filled in and sent back - see below.

Rgds
Paul

=== NR-RFQ-0619  SUPPLIER REPLY SHEET  (please fill in the blanks and return by 12 Jun 2026) ===

Supplier ................................ Kettle Moraine Components LLC
Your quotation no. ...................... KMC-Q-4471
Currency ................................ USD
Delivery terms (Incoterms 2020) ......... FCA Waukesha, WI
Offer valid until ....................... 07/24/2026
Contact / phone ......................... Paul Brennan, 262-555-0149

Line | Part number    | Req. qty   | Unit price (per RFQ unit) | Lead time        | Min. order
-----+----------------+------------+---------------------------+------------------+-----------
  1  | GSK-EPDM-80    | 5,000 EA   | 0.179                     | 4 weeks          |
  2  | CBL-4C22-PUR   | 1,500 M    | 1.39                      | 10 working days  |
  3  | SCR-M4X10-A2   | 20,000 EA  | 0.0302                    | stock            |
  4  | PLT-0915-R2    | 120 EA     | 43.60                     | 7 weeks          |
  5  | SPR-C0630-302  | 8,000 EA   | 0.0684                    | 5 weeks          |

Remarks ................................. cable cut to length from 305 m spools

=== thank you - Northridge Robotics purchasing ===
""", cte="quoted-printable"),
       "parsed", "USD", "2026-07-24", "FCA",
       [line(1, 0.179, lead=28), line(2, 1.39, lead=14), line(3, 0.0302, lead=0), line(4, 43.60, lead=49),
        line(5, 0.0684, lead=35)],
       [])


# u803 an Outlook (Word) HTML mail with a quote table pasted from Excel (MsoNormalTable, nowrap cells, right-aligned
# numbers, an empty spacer column, a total row), quoted-printable. Gasket $0.184, 5 wks -> 35 (Jul 10, before Aug 3).
# Cable $1.36 (the row's UOM is M) -> 1.36 per metre, 2 wks -> 14. Screws $0.0299, Stock -> 0. Plate $44.10, 6 wks ->
# 42 (Jul 17, before Aug 17). Springs $0.0705, 4 wks -> 28 (Jul 3, before Jul 27). Ext. prices and the total $9,414.00
# are not unit prices. "one-time fixture charge of $185.00 for the base plate" -> note. "Pricing good thru 7/17/2026"
# -> 2026-07-17 (not short); "FCA Janesville, WI" -> FCA. Quantities as asked -> null. Parsed, note.
assert close(5000 * 0.184, 920) and close(1500 * 1.36, 2040) and close(20000 * 0.0299, 598)
assert close(120 * 44.10, 5292) and close(8000 * 0.0705, 564) and close(920 + 2040 + 598 + 5292 + 564, 9414)
assert plus("2026-06-05", 42) == "2026-07-17"
U803_ROWS = [("Item", "Part #", "Description", "Qty", "UOM", "Unit Price", "Ext Price", "", "Lead Time"),
             ("1", "GSK-EPDM-80", "Gasket EPDM 80x62x3 70A", "5,000", "EA", "$0.184", "$920.00", "", "5 wks"),
             ("2", "CBL-4C22-PUR", "Cable 4C 22AWG shld PUR blk", "1,500", "M", "$1.36", "$2,040.00", "", "2 wks"),
             ("3", "SCR-M4X10-A2", "SHCS M4x10 A2-70", "20,000", "EA", "$0.0299", "$598.00", "", "Stock"),
             ("4", "PLT-0915-R2", "Motor base plate 6082-T6", "120", "EA", "$44.10", "$5,292.00", "", "6 wks"),
             ("5", "SPR-C0630-302", "Comp spring 302SS", "8,000", "EA", "$0.0705", "$564.00", "", "4 wks"),
             ("", "", "", "", "", "Total", "$9,414.00", "", "")]
U803_WIDTHS = [38, 104, 190, 56, 40, 70, 78, 12, 70]


def excel_cell(text, width, head=False, right=False):
    """One cell of a range pasted from Excel into Outlook: nowrap, bottom-aligned, MsoNormal paragraph inside."""
    fill = "background:#D9E1F2;" if head else ""
    align = " align=right style='text-align:right'" if right else ""
    inner = f"<b>{text}</b>" if head and text else (text or "&nbsp;")
    return (f"<td width={width} nowrap valign=bottom style='width:{width * 0.75:.1f}pt;border:solid #A6A6A6 1.0pt;{fill}"
            f"padding:0in 5.4pt 0in 5.4pt;height:15.0pt'><p class=MsoNormal{align}><span style='color:black'>{inner}"
            f"<o:p></o:p></span></p></td>")


U803_TABLE = "\n".join("<tr style='height:15.0pt'>" + "".join(
    excel_cell(c, w, head=(i == 0), right=(i > 0 and j in (3, 5, 6))) for j, (c, w) in enumerate(zip(r, U803_WIDTHS)))
    + "</tr>" for i, r in enumerate(U803_ROWS))
sample("u803-excel-paste-outlook-fixture-charge", S.msg("Kristin Aldana <kaldana@rockcounty-supply.example>", "text/html", f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle19 {{mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang=EN-US link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>
<p class=MsoNormal>Hi Nora,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thanks for the RFQ. Pricing on all five lines is below (copied out of our quote sheet).<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=658 style='width:493.5pt;border-collapse:collapse'>
{U803_TABLE}
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>There is a one-time fixture charge of $185.00 for the base plate, not included above.<o:p></o:p></p>
<p class=MsoNormal>Pricing good thru 7/17/2026, FCA Janesville, WI.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thank you,<o:p></o:p></p>
<p class=MsoNormal><b>Kristin Aldana</b><o:p></o:p></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>Inside Sales | Rock County Industrial Supply<br>
2240 Kennedy Rd, Janesville, WI 53545 | 608-555-0127<o:p></o:p></span></p>
</div></body></html>""", cte="quoted-printable"),
       "parsed", "USD", "2026-07-17", "FCA",
       [line(1, 0.184, lead=35), line(2, 1.36, lead=14), line(3, 0.0299, lead=0), line(4, 44.10, lead=42),
        line(5, 0.0705, lead=28)],
       ["note"])


# u804 a CSV export attached, columns in the vendor's own order (customer part first, the RFQ line number near the
# end, lead time in weeks before the price). "Price Per" is the quantity the price is for, as the body says: gasket
# 182.00 per 1000 -> 0.182, 4 wks -> 28; screws 29.60 per 1000 -> 0.0296, 0 wks "stock" -> 0; plate 43.25 per 1 ->
# 43.25, 6 wks -> 42 (Jul 17, before Aug 17); springs 69.80 per 1000 -> 0.0698, 5 wks -> 35 (Jul 10, before Jul 27).
# Cable row empty with "NO QUOTE - not stocked" -> declined. Quantities as asked -> null. Body: USD, "CPT Grand Rapids,
# MI", "valid until August 14, 2026" (not short). Partial, no-bid.
assert close(182.00 / 1000, 0.182) and close(29.60 / 1000, 0.0296) and close(69.80 / 1000, 0.0698)
U804_CSV = S.crlf("""Customer Part,Qty,UM,Lead Wks,Unit Price,Price Per,Line,Comment
GSK-EPDM-80,5000,EA,4,182.00,1000,1,
CBL-4C22-PUR,1500,M,,,,2,NO QUOTE - not stocked
SCR-M4X10-A2,20000,EA,0,29.60,1000,3,stock
PLT-0915-R2,120,EA,6,43.25,1,4,
SPR-C0630-302,8000,EA,5,69.80,1000,5,
""").encode("ascii")
sample("u804-csv-own-column-order-price-per", S.with_attachment("Scott Vanderveen <svanderveen@westmich-ind.example>", """Nora,

Our quote for NR-RFQ-0619 is attached as a CSV out of our system. Prices are USD; "Price Per" is the quantity the
unit price is for (1000 = per thousand pieces). We can't quote the cable.

CPT Grand Rapids, MI. Quote valid until August 14, 2026.

Scott Vanderveen
West Michigan Industrial Distributors
616-555-0161""", "text/csv", "Quote_WMI-58812.csv", U804_CSV),
       "partial", "USD", "2026-08-14", "CPT",
       [line(1, 0.182, lead=28), nob(2), line(3, 0.0296, lead=0), line(4, 43.25, lead=42), line(5, 0.0698, lead=35)],
       ["no-bid"])


# u805 a quote forwarded by an inside-sales colleague with a note on top ("Dave asked me to send this on to you"); the
# forwarded message holds the quote. Gasket $0.176 ea, 5 weeks -> 35 (Jul 10, before Aug 3). Spring $0.0702 ea, 6 weeks
# -> 42 (Jul 17, before Jul 27). Quantities as asked -> null. "Prices firm until July 31, 2026" -> 2026-07-31 (a written
# date, so the forwarded message's own date does not matter; not short); "FOB Muskegon, MI" -> FOB. USD. Cable, screws
# and plate are never mentioned -> missing-line. Partial.
assert plus("2026-06-05", 42) == "2026-07-17" and "2026-07-17" < "2026-07-27"
sample("u805-forwarded-colleague-quote-note-on-top", S.msg("Tanya Brooks <tbrooks@lakeshore-rs.example>", "text/plain", """Hi Nora,

Dave asked me to send this on to you, he's travelling this week and his laptop is acting up. His quote is below -
any questions just give me a call.

Thanks!
Tanya Brooks
Customer Service, Lakeshore Rubber & Spring
231-555-0152

---------- Forwarded message ---------
From: Dave Kowalski <dkowalski@lakeshore-rs.example>
Date: Thu, Jun 4, 2026 at 4:52 PM
Subject: NR-RFQ-0619 quote - gaskets / springs
To: Tanya Brooks <tbrooks@lakeshore-rs.example>

Tanya - pls fwd to Nora Reyes at Northridge, I'm on the road.

Quote for NR-RFQ-0619:

GSK-EPDM-80 die-cut EPDM gasket, 5,000 pcs - $0.176 ea - 5 weeks
SPR-C0630-302 compression spring, 8,000 pcs - $0.0702 ea - 6 weeks

Prices firm until July 31, 2026. FOB Muskegon, MI.

Dave
""", subject="Fwd: NR-RFQ-0619 quote - gaskets / springs"),
       "partial", "USD", "2026-07-31", "FOB",
       [line(1, 0.176, lead=35), line(5, 0.0702, lead=42)],
       ["missing-line"])


# u806 a Redditch spring maker in GBP (ISO-8859-1, quoted-printable), the spring's price breaks written in prose:
# "£0.0642 each below 5,000 pieces, £0.0575 each from 5,000 to 14,999 and £0.0518 each for 15,000 and over"; the
# 8,000 asked fall in the 5,000 - 14,999 band -> 0.0575. "5 weeks from receipt of order" -> 35 (Jul 10, before Jul 27).
# "no quote for lines 1 to 4" -> declined. "valid for 60 days" -> Jun 5 + 60 = 2026-08-04 (not short); "FCA Redditch"
# -> FCA. GBP against the USD RFQ -> currency-differs. Partial, no-bid.
assert 5000 <= 8000 <= 14999 and plus("2026-06-05", 60) == "2026-08-04"
sample("u806-uk-springs-breaks-in-prose-gbp", S.msg("Gareth Pryce <g.pryce@arrowvalley-springs.example>", "text/plain", """Dear Nora,

Thank you for including us on NR-RFQ-0619. We are spring makers, so the compression spring SPR-C0630-302 (302
stainless, 0.6 mm wire, 6.3 mm OD, 30 mm free length) is the item we can offer.

Our price is £0.0642 each below 5,000 pieces, £0.0575 each from 5,000 to 14,999 and £0.0518 each for 15,000 and
over. Delivery is 5 weeks from receipt of order.

I'm sorry to say we have no quote for lines 1 to 4 (gasket, cable, screws and base plate).

Prices are in pounds sterling, FCA Redditch (Incoterms 2020), and valid for 60 days.

Kind regards,

Gareth Pryce
Sales Engineer
Arrow Valley Springs Ltd
Unit 9, Moons Moat Drive, Redditch B98 9HA
Tel: +44 (0)1527 555 063
""", charset="iso-8859-1", cte="quoted-printable"),
       "partial", "GBP", "2026-08-04", "FCA",
       [nob(1), nob(2), nob(3), nob(4), line(5, 0.0575, "GBP", lead=35)],
       ["currency-differs", "no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u807 an Oklahoma MRO house types a lowercase table with ragged spacing (columns do not line up). Bearing "$3.38 ea",
# stock -> 0. O-ring "$0.0171 ea", 2 wks -> 14 (Jun 26, before Aug 17). Hose "$4.12 /m" on the metre line -> 4.12,
# 3 wks -> 21 (Jul 3, before Sep 1); "min. order on the hose is 1,000 m" -> moq 1000, above the 800 m asked
# (moq-above-quantity); the row itself quotes the 800 m asked -> quantity null. Kit "$30.25 /set", 5 wks -> 35 (Jul 17,
# before Sep 21). "lines 1 and 2 (resin, alum sheet): no quote" -> declined. "quote valid 45 days" -> Jun 12 + 45 =
# 2026-07-27 (not short); "FCA Tulsa OK" -> FCA. USD. Partial.
assert 1000 > 800 and plus("2026-06-12", 45) == "2026-07-27" and plus("2026-06-12", 35) == "2026-07-17"
blind("u807-ragged-text-table-hose-min-order", H.msg("Dwayne Pruitt <dpruitt@redfork-mro.example>", "text/plain", """Lena,

see below for HM-RFQ-2611, all USD.

line  part#           qty         price         lead
3    BRG 6205-2RS     400 ea    $3.38 ea      stock
4      OR-0120-NBR70    50,000 ea   $0.0171 ea    2 wks
5   HSE-2SN-08     800 m        $4.12 /m     3 wks
6     KIT-PX200-SEAL   150 sets   $30.25 /set   5 wks

min. order on the hose is 1,000 m.
lines 1 and 2 (resin, alum sheet): no quote, not our products.

quote valid 45 days, FCA Tulsa OK.

thx
Dwayne Pruitt
Red Fork MRO Supply
918-555-0133
"""),
       "partial", "USD", "2026-07-27", "FCA",
       [nob(1), nob(2), line(3, 3.38, lead=0), line(4, 0.0171, lead=14), line(5, 4.12, lead=21, moq=1000),
        line(6, 30.25, lead=35)],
       ["moq-above-quantity", "no-bid"])


# u808 an Ohio seal maker's one-page PDF quotation with a text layer, a two-line cover note without prices. O-ring
# "$1.64 per 100" -> 0.0164, 3 weeks -> 21 (Jul 3, before Aug 17). Seal kit "$26.80 per kit" (the RFQ's SET) -> 26.80,
# 6 weeks -> 42 (Jul 24, before Sep 21). Extended 820.00 / 4,020.00 and the total 4,840.00 are not unit prices;
# quantities as asked -> null. "Valid until: August 14, 2026" (not short); "Terms of delivery: FCA Akron, OH" -> FCA;
# USD. Resin, sheet, bearing and hose never mentioned -> missing-line. Partial.
assert close(1.64 / 100, 0.0164) and close(50000 * 0.0164, 820) and close(150 * 26.80, 4020) and close(820 + 4020, 4840)
assert plus("2026-06-12", 21) == "2026-07-03" and plus("2026-06-12", 42) == "2026-07-24"
X808 = [40, 66, 150, 290, 350, 432, 500]
P808 = ([(40, 800, 14, "CUYAHOGA SEAL & GASKET CO."),
         (40, 786, 8, "1875 Home Avenue, Akron, OH 44310  |  Tel. 330-555-0118  |  quotes@cuyahoga-seal.example"),
         (430, 756, 14, "QUOTATION"),
         (40, 736, 9, "To: Halvorsen Manufacturing, attn. Lena Marsh"), (360, 736, 9, "Quote no.: Q26-0871"),
         (40, 722, 9, "Your RFQ: HM-RFQ-2611"), (360, 722, 9, "Date: June 12, 2026")]
        + row(690, X808, ["Item", "Part Number", "Description", "Quantity", "Price", "Extended", "Lead Time"])
        + row(672, X808, ["1", "OR-0120-NBR70", "O-ring 12.0 x 2.0, NBR 70A", "50,000 pcs", "$1.64 per 100", "$820.00",
                          "3 weeks"])
        + row(656, X808, ["2", "KIT-PX200-SEAL", "Seal kit PX-200, bagged", "150 kits", "$26.80 per kit", "$4,020.00",
                          "6 weeks"])
        + row(632, X808, ["", "", "", "", "Total", "$4,840.00", ""])
        + [(40, 600, 8, "All prices in US dollars."),
           (40, 588, 8, "Terms of delivery: FCA Akron, OH (Incoterms 2020)"),
           (40, 576, 8, "Payment: Net 30 days"),
           (40, 564, 8, "Valid until: August 14, 2026"),
           (40, 530, 8, "Cuyahoga Seal & Gasket Co.  -  Jim Hrabak, Sales")])
blind("u808-pdf-quotation-orings-per-100", H.with_attachment("Jim Hrabak <jhrabak@cuyahoga-seal.example>", """Lena,

Attached is our quotation Q26-0871 for the O-rings and seal kits on HM-RFQ-2611.

Regards,
Jim Hrabak
Cuyahoga Seal & Gasket Co. | 330-555-0118""", "application/pdf", "Q26-0871.pdf", pdf([check_page(P808)])),
       "partial", "USD", "2026-08-14", "FCA",
       [line(4, 0.0164, lead=21), line(6, 26.80, lead=42)],
       ["missing-line"])


# u809 a French compounder in French (utf-8, quoted-printable): resin "3,28 €/kg" -> 3.28 EUR per kg on the KG line,
# "Quantité : 2 500 kg" as asked -> null, "Délai : 3 semaines" -> 21 (Jul 3, before Jul 20). "Nous ne sommes pas en
# mesure de coter les autres positions (2 à 6)" -> lines 2 to 6 declined. "Offre valable jusqu'au 17/07/2026" ->
# 2026-07-17 (17 cannot be a month; not short); "FCA Villefranche-sur-Saône" -> FCA. EUR against the USD RFQ ->
# currency-differs. The payment term "45 jours fin de mois" is neither lead time nor validity. Partial, no-bid.
assert "2026-07-17" >= plus("2026-06-19", 14) and plus("2026-06-12", 21) == "2026-07-03"
blind("u809-french-resin-eur-rest-declined", H.msg("Sophie Marchand <s.marchand@rhone-compounds.example>", "text/plain", """Bonjour Madame Marsh,

Suite à votre demande de prix HM-RFQ-2611, nous avons le plaisir de vous remettre notre offre pour la position 1 :

Pos. 1 - RES-PA66-GF30 - PA66 chargé 30 % fibres de verre, stabilisé chaleur, noir, en sacs de 25 kg
   Quantité : 2 500 kg
   Prix : 3,28 €/kg
   Délai : 3 semaines

Nous ne sommes pas en mesure de coter les autres positions (2 à 6), qui ne font pas partie de notre gamme.

Conditions : FCA Villefranche-sur-Saône (Incoterms 2020), paiement à 45 jours fin de mois.
Offre valable jusqu'au 17/07/2026.

Restant à votre disposition,
Cordialement,

Sophie Marchand
Service commercial export
Rhône Compounds SAS
ZI Nord, 69400 Villefranche-sur-Saône, France
Tél. +33 4 74 55 50 12
""", cte="quoted-printable", subject="RE: RFQ HM-RFQ-2611 - Offre PA66 GF30"),
       "partial", "EUR", "2026-07-17", "FCA",
       [line(1, 3.28, "EUR", lead=21), nob(2), nob(3), nob(4), nob(5), nob(6)],
       ["currency-differs", "no-bid"])


# u810 a Carolina bearing house (multipart/alternative, the same text in both parts) offers another maker's bearing:
# "In place of the SKF bearing we offer Nachi part no. 6205-2NSE9C3" -> alternatePartNumber 6205-2NSE9C3
# (alternate-part), "$2.94 each, 1 week" -> 2.94, 7. O-ring "as specified, $0.0158 each, 4 weeks" -> 0.0158, 28 (Jul 10,
# before Aug 17). Quantities as asked -> null. "Quote valid 30 days" -> Jun 12 + 30 = 2026-07-12 (not short); "FOB
# Charlotte, NC" -> FOB. USD. Resin, sheet, hose and kit never mentioned -> missing-line. Partial.
assert plus("2026-06-12", 30) == "2026-07-12" and plus("2026-06-12", 28) == "2026-07-10"
U810_LINES = [
    "Line 3, BRG 6205-2RS (400 pcs): in place of the SKF bearing we offer Nachi part no. 6205-2NSE9C3 "
    "(25 x 52 x 15 mm, C3, contact seals both sides). $2.94 each, 1 week.",
    "Line 4, OR-0120-NBR70 (50,000 pcs): as specified, $0.0158 each, 4 weeks.",
]
U810_TERMS = "Quote valid 30 days, FOB Charlotte, NC. All prices USD."
U810_SIG = ["Brian Whitlock", "Piedmont Bearing & Transmission", "4100 N. Graham St, Charlotte, NC 28206",
            "704-555-0174"]
U810_TEXT = ("Hello Lena,\n\nThank you for HM-RFQ-2611. Here is what we can offer:\n\n"
             + "\n\n".join(U810_LINES) + "\n\n" + U810_TERMS + "\n\nBest regards,\n" + "\n".join(U810_SIG) + "\n")
U810_HTML = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<div>Hello Lena,</div><div><br></div>
<div>Thank you for HM-RFQ-2611. Here is what we can offer:</div><div><br></div>
""" + "\n".join(f"<div>{t}</div><div><br></div>" for t in U810_LINES) + f"""
<div>{U810_TERMS}</div><div><br></div>
<div>Best regards,<br>""" + "<br>".join(U810_SIG) + """</div>
</body></html>""")
blind("u810-alt-nachi-bearing-alternative-mime", H.alternative("Brian Whitlock <bwhitlock@piedmont-bt.example>",
                                                               U810_TEXT, U810_HTML),
      "partial", "USD", "2026-07-12", "FOB",
      [line(3, 2.94, lead=7, alt="6205-2NSE9C3"), line(4, 0.0158, lead=28)],
      ["alternate-part", "missing-line"])


# u811 an Indiana aluminium service centre, plain text in base64: sheet "90 sheets @ $149.20 per sheet" -> 149.20
# each, as asked -> null, "ex-stock" -> 0. "Because of aluminum market swings this price is good for 7 days only" ->
# Jun 12 + 7 = 2026-06-19, earlier than Jul 3 -> validity-short. "EXW Hammond, IN" -> EXW. USD. The other five lines
# are never mentioned -> missing-line. Partial.
assert plus("2026-06-12", 7) == "2026-06-19" and "2026-06-19" < plus("2026-06-19", 14)
blind("u811-aluminium-sheet-7-day-price-base64", H.msg("Renee Kaminski <rkaminski@calumet-metals.example>", "text/plain", """Hi Lena,

Re HM-RFQ-2611, line 2:

SHT-5052H32-030  5052-H32 aluminum sheet, 3.0 x 1250 x 2500 mm, PVC film one side
90 sheets @ $149.20 per sheet, ex-stock

Because of aluminum market swings this price is good for 7 days only. EXW Hammond, IN.
Loaded on skids, max 2,000 lb per skid.

Renee Kaminski
Calumet Metals Service Center
219-555-0107
""", charset="us-ascii", cte="base64"),
       "partial", "USD", "2026-06-19", "EXW",
       [line(2, 149.20, lead=0)],
       ["missing-line", "validity-short"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u812 a Pforzheim turning shop in German (ISO-8859-1, quoted-printable) with lead times in Arbeitstage (working days),
# the buyer's request quoted below an Outlook "Ursprüngliche Nachricht" block. Shaft "Einzelpreis: 36,20 EUR", "30
# Arbeitstage" -> 30 x 7/5 = 42 (Jul 27, before Aug 28). Bracket set "22,75 EUR" je Satz, "25 Arbeitstage" -> 35 (Jul
# 20, before Oct 9). Quantities as asked -> null. "Angebot gültig bis 24.07.2026" (not short); "FCA Pforzheim" -> FCA.
# EUR. "zzgl. MwSt.", packing included and payment terms: no deviations. Lines 2, 3 and 4 never answered ->
# missing-line. Partial.
assert workdays(30) == 42 and workdays(25) == 35 and plus("2026-06-15", 42) == "2026-07-27" and plus("2026-06-15", 35) == "2026-07-20"
blind2("u812-german-arbeitstage-shaft-brackets", V.msg("Stefan Wörner <s.woerner@woerner-drehteile.example>", "text/plain", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage VM-RFQ-4418. Gerne bieten wir Ihnen an:

Pos. 1   SH-2231-C rev B   Antriebswelle 42CrMo4, vergütet, gedreht und geschliffen
         Menge: 250 Stück   Einzelpreis: 36,20 EUR   Lieferzeit: 30 Arbeitstage

Pos. 5   2231-004-03   Sensorhalter-Satz links/rechts, EN AW-6082 T6, schwarz eloxiert
         Menge: 150 Satz   Einzelpreis: 22,75 EUR je Satz   Lieferzeit: 25 Arbeitstage

Preise netto zzgl. MwSt., inkl. Verpackung.
Lieferbedingung: FCA Pforzheim (Incoterms 2020)
Zahlungsbedingung: 30 Tage netto
Angebot gültig bis 24.07.2026

Mit freundlichen Grüßen

Stefan Wörner
Vertrieb
Wörner Drehteile GmbH & Co. KG
Maybachstraße 21, 75179 Pforzheim
Tel. +49 7231 555 0139

-----Ursprüngliche Nachricht-----
Von: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Gesendet: Montag, 8. Juni 2026 09:40
An: vertrieb@woerner-drehteile.example
Betreff: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

Sehr geehrte Damen und Herren,

bitte senden Sie uns bis zum 26.06.2026 Ihr Angebot (Preis in EUR, Lieferzeit, Incoterms, Bindefrist):

""" + BLIND2_ASK_TABLE + """

Mit freundlichen Grüßen
Jonas Albers
Einkauf, Vossberg Maschinenbau GmbH
""", charset="iso-8859-1", cte="quoted-printable", subject="AW: RFQ VM-RFQ-4418 - Angebot Drehteile"),
       "partial", "EUR", "2026-07-24", "FCA",
       [line(1, 36.20, "EUR", lead=42), line(5, 22.75, "EUR", lead=35)],
       ["missing-line"])


# u813 an Italian pneumatics distributor in Italian (windows-1252, 8bit). Fitting "q.tà 2.000 pz - prezzo unitario
# € 4,12 - consegna 3 settimane" -> 4.12, 21 (Jul 6, before Aug 14). Cylinder (the Festo part as requested, "originale")
# "€ 96,80 - pronta consegna da magazzino" -> 96.80, from stock -> 0. Quantities as asked -> null. "Per le pos. 1, 2 e
# 5 ... non possiamo fare offerta" -> declined. "Validità offerta: 30 giorni" -> Jun 15 + 30 = 2026-07-15 (not short);
# "Resa: EXW Lumezzane (BS)" -> EXW. EUR. Payment "60 gg d.f.f.m." is no lead time. Partial, no-bid.
assert plus("2026-06-15", 30) == "2026-07-15" and plus("2026-06-15", 21) == "2026-07-06"
blind2("u813-italian-fitting-festo-from-stock", V.msg("Davide Moretti <d.moretti@valgobbia-pneumatica.example>", "text/plain", """Spett.le Vossberg Maschinenbau GmbH
alla c.a. del Sig. Jonas Albers

in riferimento alla Vs. richiesta d'offerta VM-RFQ-4418 Vi sottoponiamo la nostra migliore offerta:

Pos. 3 - FIT-316-G12-10 - raccordo diritto maschio G1/2 per tubo 10 mm, AISI 316L
         q.tà 2.000 pz - prezzo unitario € 4,12 - consegna 3 settimane

Pos. 4 - DSBC-32-80-PPVA-N3 - cilindro Festo originale ISO 15552, alesaggio 32, corsa 80
         q.tà 120 pz - prezzo unitario € 96,80 - pronta consegna da magazzino

Per le pos. 1, 2 e 5 (particolari a disegno) non possiamo fare offerta.

Resa: EXW Lumezzane (BS), Incoterms 2020
Pagamento: 60 gg d.f.f.m.
Validità offerta: 30 giorni

Restiamo a disposizione per qualsiasi chiarimento.
Distinti saluti

Davide Moretti
Ufficio Commerciale
Valgobbia Pneumatica S.r.l.
Via Gnutti 48, 25065 Lumezzane (BS)
Tel. +39 030 555 0194
""", charset="windows-1252", subject="R: RFQ VM-RFQ-4418 - offerta n. 26/0317"),
       "partial", "EUR", "2026-07-15", "EXW",
       [nob(1), nob(2), line(3, 4.12, "EUR", lead=21), line(4, 96.80, "EUR", lead=0), nob(5)],
       ["no-bid"])


# u814 a Slovenian system supplier: a short English cover note and an XLSX in its own layout ("Qty requested" and
# "Qty offered" columns, lead time in weeks, a total). Shaft 33.60, 9 weeks -> 63 (Aug 17, before Aug 28). Housing
# 1,142.00, "Qty offered" 30 against 25 requested ("cast 6 per mould: 5 moulds = 30 pcs") -> quantity 30
# (quantity-differs), 12 weeks -> 84 (Sep 7, before Oct 2). Fitting 4.05, 4 weeks -> 28 (Jul 13, before Aug 14).
# Cylinder 81.50 ("Festo original", the part asked for, not an alternate), 3 weeks -> 21 (Jul 6, before Sep 11).
# Bracket set 23.10 per set, 6 weeks -> 42 (Jul 27, before Oct 9). Totals are not unit prices. Body: EUR, "FCA Celje",
# "valid until 31.07.2026" (not short). Every line priced -> parsed.
assert -(-25 // 6) * 6 == 30 and close(30 * 1142.00, 34260)
assert close(250 * 33.60 + 34260 + 2000 * 4.05 + 120 * 81.50 + 150 * 23.10, 64005)
assert plus("2026-06-15", 63) == "2026-08-17" and plus("2026-06-15", 84) == "2026-09-07" and plus("2026-06-15", 28) == "2026-07-13"
U814_ROWS = [["SAVINJA TEHNIKA d.o.o. - OFFER 26-0462"],
             ["Customer: Vossberg Maschinenbau GmbH", "", "", "Your RFQ: VM-RFQ-4418"],
             ["Date: 15.06.2026", "", "", "Currency: EUR"], [],
             ["Pos", "Your part no.", "Description", "Qty requested", "Qty offered", "Unit", "Unit price EUR",
              "Total EUR", "Lead time (weeks)", "Note"],
             [1, "SH-2231-C rev B", "Drive shaft 42CrMo4, ground", 250, 250, "pcs", 33.6, 8400, 9, ""],
             [2, "HSG-1180-GJL", "Gearbox housing EN-GJL-250, machined, primed", 25, 30, "pcs", 1142, 34260, 12,
              "cast 6 per mould: 5 moulds = 30 pcs"],
             [3, "FIT-316-G12-10", "Male connector G1/2 - 10 mm, 316L", 2000, 2000, "pcs", 4.05, 8100, 4, ""],
             [4, "DSBC-32-80-PPVA-N3", "Cylinder ISO 15552 32/80", 120, 120, "pcs", 81.5, 9780, 3, "Festo original"],
             [5, "2231-004-03", "Sensor bracket set L+R, anodised", 150, 150, "set", 23.1, 3465, 6, ""],
             [], ["", "", "", "", "", "", "Total", 64005]]
blind2("u814-xlsx-all-five-housing-full-moulds", V.message("Tina Kovač <tina.kovac@savinja-tehnika.example>", multipart("mixed", "=_savinja_814", [
        text_part("text/plain", """Dear Mr Albers,

thank you for your inquiry VM-RFQ-4418. Please find attached our offer 26-0462 for all five positions.

Prices in EUR, delivery FCA Celje (Incoterms 2020). The offer is valid until 31.07.2026.

Best regards,
Tina Kovač
Sales, Savinja Tehnika d.o.o.
Mariborska cesta 88, 3000 Celje, Slovenia
T: +386 3 555 0146
"""),
        file_part(XLSX, "Offer_26-0462.xlsx", xlsx_book([("Offer", U814_ROWS)]))])),
       "parsed", "EUR", "2026-07-31", "FCA",
       [line(1, 33.60, "EUR", lead=63), line(2, 1142.00, "EUR", qty=30, lead=84), line(3, 4.05, "EUR", lead=28),
        line(4, 81.50, "EUR", lead=21), line(5, 23.10, "EUR", lead=42)],
       ["quantity-differs"])


# u815 a Dutch pneumatics distributor's revised offer: "rev. 1 ... replaces our offer of 10 June", both prices lower,
# the old offer quoted below the signature (history: only the new prices count). Fitting "EUR 3,98 / pc", from stock ->
# 3.98, 0. Cylinder "EUR 74,20 / pc", 2 weeks -> 74.20, 14 (Jun 29, before Sep 11). Quantities as asked -> null. New
# validity "until 31 July 2026" (the old offer's 10 July is history; not short); "DAP Minden" -> DAP. EUR. Lines 1, 2
# and 5 never mentioned -> missing-line. Partial; classification revised-quote.
assert plus("2026-06-15", 14) == "2026-06-29"
U815_OFFER = """Pos. 3   FIT-316-G12-10       2.000 pcs   EUR {fit} / pc    from stock
Pos. 4   DSBC-32-80-PPVA-N3   120 pcs     EUR {cyl} / pc   2 weeks

Offer valid until {valid}, delivery DAP Minden (Incoterms 2020)."""
blind2("u815-revised-offer-replaces-last-weeks", V.msg("Kees van Dijk <k.vandijk@maasdelta-pneumatiek.example>", "text/plain", """Dear Mr Albers,

Please find below our revised offer 26-0412 rev. 1. It replaces our offer of 10 June: we have since received a
better purchase price on the fittings and the cylinders, so both prices are lower now.

""" + U815_OFFER.format(fit="3,98", cyl="74,20", valid="31 July 2026") + """

Kind regards,

Kees van Dijk
Binnendienst / Inside Sales
Maasdelta Pneumatiek B.V.
Nijverheidsweg 17, 3161 GJ Rhoon, The Netherlands
T +31 10 555 0128

-----Original Message-----
From: Kees van Dijk
Sent: Wednesday, 10 June 2026 14:20
To: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Subject: RE: RFQ VM-RFQ-4418 - offer 26-0412

Dear Mr Albers,

Our offer 26-0412 for your RFQ VM-RFQ-4418:

""" + U815_OFFER.format(fit="4,35", cyl="79,90", valid="10 July 2026") + """

Kind regards,
Kees van Dijk
""", subject="RE: RFQ VM-RFQ-4418 - revised offer 26-0412 rev. 1"),
       "partial", "EUR", "2026-07-31", "DAP",
       [line(3, 3.98, "EUR", lead=0), line(4, 74.20, "EUR", lead=14)],
       ["missing-line"])
classify("revised-quote")


# u816 a Flemish job shop writing English gives SHIP DATES instead of lead times. Shaft "EUR 39,80/pc - ship date 4
# September 2026" -> Jun 15 to Sep 4 = 81 days, AFTER the Aug 28 need-by -> lead-time-after-need-by. Bracket set
# "EUR 21,40/set - ship date 31 July 2026" -> 46 days (before Oct 9). Quantities as asked -> null. "Offer valid 6
# weeks" -> Jun 15 + 42 = 2026-07-27 (not short); "FCA Geel" -> FCA. EUR. Housing, fitting and cylinder never
# mentioned -> missing-line. Partial.
assert days("2026-06-15", "2026-09-04") == 81 and days("2026-06-15", "2026-07-31") == 46
assert plus("2026-06-15", 81) > "2026-08-28" and plus("2026-06-15", 42) == "2026-07-27"
blind2("u816-flemish-ship-dates-shaft-late", V.msg("Wouter Peeters <wouter.peeters@kempen-mechanics.example>", "text/plain", """Dear Jonas,

Thanks for sending us VM-RFQ-4418. We can offer the turned shaft and the bracket sets:

Pos 1 - SH-2231-C rev B - drive shaft - 250 pcs - EUR 39,80/pc - ship date 4 September 2026
Pos 5 - 2231-004-03 - sensor bracket set L+R - 150 sets - EUR 21,40/set - ship date 31 July 2026

Our grinding capacity is booked through August, hence the date on the shafts.

Offer valid 6 weeks, FCA Geel (Incoterms 2020). Prices excl. VAT.

Best regards,
Wouter Peeters
Kempen Mechanics NV
Industriezone Hagelberg 31, 2440 Geel, Belgium
+32 14 55 50 17
"""),
       "partial", "EUR", "2026-07-27", "FCA",
       [line(1, 39.80, "EUR", lead=81), line(5, 21.40, "EUR", lead=46)],
       ["lead-time-after-need-by", "missing-line"])


if __name__ == "__main__":
    ROUND.write()

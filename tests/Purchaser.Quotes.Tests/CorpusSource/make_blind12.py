#!/usr/bin/env python3
"""Writes replies u177..u192 (Corpus/u*.eml + expected u*.json) - the twelfth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the eleven earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is WHAT REAL MAIL CLIENTS AND ERPS ACTUALLY SEND: sixteen ordinary-looking replies,
each with one or two quirks of the software that produced it. An Outlook "Word 15" HTML reply (MsoNormal, <o:p>, a
<span> around every number, /M and /C prices) on top of the buyer's quoted RFQ with its quantities and an empty price
template; a Gmail multipart/alternative whose text and HTML parts both carry the quote, quoted-printable with soft
line breaks inside prices; "Sent from my iPhone" above a PDF quotation form with a C/M "Per" column and "F.O.B."; an
Apple Mail "Begin forwarded message:" from the buyer's own engineer carrying a vendor's quote with a break and an
MOQ; an Epicor-style text quotation mailed by the ERP (own line numbers 1-4 that are not the RFQ's, "Our Part"
numbers, DD-MON-YYYY promise dates, a repeated page header, a footer full of registration and bank numbers); a
French-Canadian whole no-bid in windows-1252 above a French Outlook "De : / Envoye : / A : / Objet :" block; "Get
Outlook for Android" above an XLSX with "n/q" and "-" cells and date-serial validity; a Spanish (Spain) reply in EUR
against the USD RFQ ("el millar", "dias laborables", "en stock"); an "UPDATED PRICING" reply whose rows carry "(was
...)" prices above the earlier quote in "> " history; a question-only reply in base64 above the quoted RFQ; an Outlook
plain-text reply with "no offer" in the price column above a "From: / Sent:" block; a Polish reply in ISO-8859-2 with
no-break-space thousands and a value column; a Portuguese multipart/alternative (base64 ISO-8859-1 text, QP HTML) with
a price per pack of 10; a Gmail "---------- Forwarded message ---------" from the buyer's colleague with a bag price
and a one-off tool charge; an SAP quotation print with items 10-40, a price per 100 PC, commodity codes, net weights,
VAT and a legal footer with HRB, USt-IdNr and IBAN; and a German Outlook (divRplyFwdMsg, "Von: / Gesendet:") HTML
reply with a price break that does not apply and "kein Angebot" rows.
All companies, people, addresses and numbers are fictitious (.example domains)."""
import datetime

from make_corpus import line, nob, pdf  # expected-line shapes and the text-layer PDF writer
from blind_round import Round  # the round's cases, checked and written
from make_blind3 import excel_serial  # Excel date serials
from make_blind5 import check_page, file_part, message, multipart, row, text_part, workbook  # MIME parts, PDF rows, XLSX
from make_blind8 import qp_soft  # hand-made quoted-printable with soft breaks where asked
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ROUND = Round(177)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2

# The buyer's NR-RFQ-0619 as it appears quoted below some replies (same lines, quantities and need-by dates as
# rfq-sample.json).
SAMPLE_RFQ = [("1", "GSK-EPDM-80", "Gasket, EPDM 70, 80 x 62 x 3 mm, die-cut", "5,000", "EA", "2026-08-03"),
              ("2", "CBL-4C22-PUR", "Cable 4 x 22 AWG shielded, PUR, black", "1,500", "M", "2026-07-20"),
              ("3", "SCR-M4X10-A2", "SHCS M4 x 10, ISO 4762, A2-70", "20,000", "EA", "2026-07-13"),
              ("4", "PLT-0915-R2", "Motor base plate, 10 mm 6082-T6", "120", "EA", "2026-08-17"),
              ("5", "SPR-C0630-302", "Compression spring, 302 SS, 0.6 x 6.3 x 30", "8,000", "EA", "2026-07-27")]


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================

# u177 Outlook desktop HTML ("Microsoft Word 15 (filtered medium)"), quoted-printable: MsoNormal paragraphs with <o:p>,
# a MsoTableGrid table whose cells hold <p><span> and a second <span> around every number; the vendor's table on top,
# the buyer's RFQ below a border-top From:/Sent:/To:/Subject: block with its own quantities, need-by dates and an empty
# template (Unit price / Lead time cells blank, "Quote valid until: ____"). All five lines priced, quantities as asked:
# gasket 0.1895, 4 weeks -> 28; cable 1.405 per m, 3 weeks -> 21; screws "31.20/M" -> 0.0312, Stock -> 0; plate 43.65,
# 6 weeks -> 42; springs "6.95/C" -> 0.0695, 5 weeks -> 35 (all before their need-by). "Pricing valid 45 days" from
# Fri 5 Jun -> 2026-07-20 (not short: due Jun 12 + 14 = Jun 26); "FOB Toledo, OH" -> FOB. Nothing deviates.
def u177_td(text, right=False, head=False):
    al = " align=right style='text-align:right'" if right else ""
    t = f"<b>{text}</b>" if head else text
    bg = "background:#D9E2F3;" if head else ""
    return (f"<td valign=top style='{bg}border:solid #A6A6A6 1.0pt;padding:0in 5.4pt 0in 5.4pt'>"
            f"<p class=MsoNormal{al}><span style='font-size:10.0pt;font-family:\"Arial\",sans-serif'>{t}<o:p></o:p>"
            "</span></p></td>")


def num(n, suffix=""):
    """A number in its own Outlook span (colour set per run), optionally followed by a smaller price-basis run."""
    s = f"<span style='color:#1F3864'>{n}</span>"
    return s + (f"<span style='font-size:8.0pt'>{suffix}</span>" if suffix else "")


U177_ROWS = [("GSK-EPDM-80", "Gasket EPDM 70, 80x62x3", num("5,000"), "EA", num("0.1895"), num("4") + " weeks"),
             ("CBL-4C22-PUR", "Cable 4x22 AWG shielded PUR", num("1,500"), "M", num("1.405", "/m"), num("3") + " weeks"),
             ("SCR-M4X10-A2", "SHCS M4x10 A2-70", num("20,000"), "EA", num("31.20", "/M"), "Stock"),
             ("PLT-0915-R2", "Motor base plate 6082-T6", num("120"), "EA", num("43.65"), num("6") + " weeks"),
             ("SPR-C0630-302", "Compression spring 302 SS", num("8,000"), "EA", num("6.95", "/C"), num("5") + " weeks")]
U177_TABLE = ("<tr>" + "".join(u177_td(h, head=True) for h in ("Part #", "Description", "Qty", "UOM", "Unit Price (USD)",
                                                                 "Lead Time")) + "</tr>\n"
              + "\n".join("<tr>" + "".join(u177_td(c, right=(i in (2, 4))) for i, c in enumerate(r)) + "</tr>"
                          for r in U177_ROWS))
U177_RFQ = "\n".join("<tr>" + "".join(u177_td(c) for c in r) + u177_td("&nbsp;") + u177_td("&nbsp;") + "</tr>"
                     for r in SAMPLE_RFQ)
U177_HTML = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);} o\\:* {behavior:url(#default#VML);}</style><![endif]-->
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}
span.EmailStyle19 {mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}
.MsoChpDefault {mso-style-type:export-only;font-size:10.0pt;}
@page WordSection1 {size:8.5in 11.0in;margin:1.0in 1.0in 1.0in 1.0in;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]--></head>
<body lang=EN-US link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>
<p class=MsoNormal>Hi Nora,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thanks for the opportunity. Our pricing for NR-RFQ-0619 is below, quantities as you requested.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
""" + U177_TABLE + """
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Pricing valid <span style='color:#1F3864'>45</span> days. FOB Toledo, OH &#8211; freight prepaid and added to the invoice.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thank you,<o:p></o:p></p>
<p class=MsoNormal><b>Colleen Hargrove</b><o:p></o:p></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:#7F7F7F'>Inside Sales | Maumee Valley Supply<br>419-555-0126 | 1180 Maumee Ave, Toledo, OH 43607<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'>
<p class=MsoNormal><b>From:</b> Nora Reyes &lt;nreyes@northridge.example&gt; <br><b>Sent:</b> Monday, June 1, 2026 8:04 AM<br><b>To:</b> Sales &lt;sales@maumee-supply.example&gt;<br><b>Subject:</b> RFQ NR-RFQ-0619 - Mechanical and cable parts<o:p></o:p></p>
</div>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Hello,<o:p></o:p></p>
<p class=MsoNormal>Northridge Robotics requests your quotation for the parts below. Please reply by June 12, 2026 with unit price, lead time, Incoterms and quote validity for each line.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr>""" + "".join(u177_td(h, head=True) for h in ("Line", "Part number", "Description", "Qty", "Unit", "Need by",
                                                   "Unit price", "Lead time")) + """</tr>
""" + U177_RFQ + """
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Quote valid until: ______________ &nbsp;&nbsp;Incoterms: ______________<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Nora Reyes<br>Purchasing, Northridge Robotics<br>+1 937 555 0100<o:p></o:p></p>
</div></body></html>"""
sample("u177-outlook-mso-rfq-below", S.msg("Colleen Hargrove <chargrove@maumee-supply.example>", "text/html", U177_HTML,
                                           cte="quoted-printable"),
       "parsed", "USD", "2026-07-20", "FOB",
       [line(1, 0.1895, lead=28), line(2, 1.405, lead=21), line(3, 0.0312, lead=0), line(4, 43.65, lead=42),
        line(5, 0.0695, lead=35)],
       [])


# u178 Gmail multipart/alternative: the text/plain part (long unwrapped lines) and the text/html part (one long line of
# <div>s) both carry the same quote; both quoted-printable with soft line breaks, some placed inside prices ("$0.19=" /
# "15", "$1.3=" / "85" in the text part, other prices split in the HTML part). Gasket $0.1915, 5 weeks -> 35; cable
# $1.385 per meter, 2 weeks -> 14 (the "four full spools plus one 280 m length" is the 1,500 m asked, quantity null);
# screws $0.0299, from stock -> 0; plate "n/q" -> declined; springs $0.0718, 4 weeks -> 28. "Pricing is firm through
# July 10, 2026" -> 2026-07-10 (not short); FCA Elkhart. Partial, no-bid.
U178_TEXT = """Hi Nora,

Thanks for the RFQ. Here is our quote for NR-RFQ-0619, all prices in US dollars:

- GSK-EPDM-80, EPDM 70 gasket 80 x 62 x 3 mm, die-cut: 5,000 pcs at $0.19¦15 each, lead time 5 weeks after PO
- CBL-4C22-PUR, 4 x 22 AWG shielded PUR cable: 1,500 m at $1.3¦85 per meter, shipped as four full 305 m spools plus one 280 m length, 2 weeks
- SCR-M4X10-A2, M4 x 10 socket head cap screw A2-70: 20,000 pcs at $0.0299 each, from stock
- PLT-0915-R2, motor base plate: n/q, sorry - we don't do machined parts
- SPR-C0630-302, 302 stainless compression spring: 8,000 pcs at $0.0718 each, 4 weeks

Pricing is firm through July 10, 2026. FCA Elkhart, IN (our dock), freight collect or prepay-and-add, your choice.

Thanks!
Brett

--
Brett Lindqvist
Account Manager | Heartland Component Supply
574-555-0139
"""
U178_HTML = ('<div dir="ltr"><div>Hi Nora,</div><div><br></div><div>Thanks for the RFQ. Here is our quote for '
             'NR-RFQ-0619, all prices in US dollars:</div><div><br></div><ul>'
             '<li>GSK-EPDM-80, EPDM 70 gasket 80 x 62 x 3 mm, die-cut: 5,000 pcs at $0.1915 each, lead time 5 weeks '
             'after PO</li><li>CBL-4C22-PUR, 4 x 22 AWG shielded PUR cable: 1,500 m at $1.385 per meter, shipped as '
             'four full 305 m spools plus one 280 m length, 2 weeks</li><li>SCR-M4X10-A2, M4 x 10 socket head cap '
             'screw A2-70: 20,000 pcs at $0.02¦99 each, from stock</li><li>PLT-0915-R2, motor base plate: n/q, sorry '
             '- we don&#39;t do machined parts</li><li>SPR-C0630-302, 302 stainless compression spring: 8,000 pcs at '
             '$0.07¦18 each, 4 weeks</li></ul><div>Pricing is firm through July 10, 2026. FCA Elkhart, IN (our dock), '
             'freight collect or prepay-and-add, your choice.</div><div><br></div><div>Thanks!</div><div>Brett</div>'
             '<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
             'class="gmail_signature"><div dir="ltr">Brett Lindqvist<div>Account Manager | Heartland Component '
             'Supply</div><div>574-555-0139</div></div></div></div>\n')
U178_QP = "Content-Type: {}; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n"
sample("u178-gmail-alternative-qp-split-prices", message("sample", "Brett Lindqvist <blindqvist@heartland-supply.example>",
        multipart("alternative", "000000000000a1b2c3d4e5f6178", [
            (U178_QP.format("text/plain"), qp_soft(U178_TEXT)),
            (U178_QP.format("text/html"), qp_soft(U178_HTML))])),
       "partial", "USD", "2026-07-10", "FCA",
       [line(1, 0.1915, lead=35), line(2, 1.385, lead=14), line(3, 0.0299, lead=0), nob(4), line(5, 0.0718, lead=28)],
       ["no-bid"])


# u179 an iPhone reply of two lines ("quote attached", a cell number to call) plus "Sent from my iPhone"; the quote is
# the attached PDF form: a "Per" column with a legend (E = each, C = per 100, M = per 1,000) -> gasket 18.60 C =
# 0.186, screws 30.10 M = 0.0301, springs 7.05 C = 0.0705; the Amount column (930.00, 602.00, 564.00) confirms the
# basis. Cable and plate "No quote". Delivery 4 wks -> 28, Stock -> 0, 5 wks -> 35. "F.O.B. Fort Wayne" -> FOB; "valid
# for 30 days from the quotation date" (June 5, 2026, the Date header's day) -> 2026-07-05. Partial, no-bid.
X179 = [40, 68, 142, 282, 332, 390, 420, 486]
P179 = ([(40, 800, 14, "SUMMIT SPRING & GASKET CO."), (400, 800, 14, "QUOTATION"),
         (40, 786, 8, "2207 Engle Road, Fort Wayne, IN 46809  |  Phone 260-555-0121  |  Fax 260-555-0122"),
         (400, 770, 9, "Quote No.: Q26-1184"), (400, 758, 9, "Date: June 5, 2026"),
         (40, 740, 9, "Customer: Northridge Robotics, Attn. Nora Reyes"), (400, 740, 9, "Your RFQ: NR-RFQ-0619")]
        + row(704, X179, ["Item", "Part Number", "Description", "Qty", "Unit Price", "Per", "Amount", "Delivery"])
        + row(688, X179, ["1", "GSK-EPDM-80", "Gasket EPDM 70, 80x62x3", "5,000", "18.60", "C", "930.00", "4 wks"])
        + row(672, X179, ["2", "CBL-4C22-PUR", "Cable 4x22 AWG PUR", "1,500 m", "No quote", "", "", ""])
        + row(656, X179, ["3", "SCR-M4X10-A2", "SHCS M4x10 A2-70", "20,000", "30.10", "M", "602.00", "Stock"])
        + row(640, X179, ["4", "PLT-0915-R2", "Motor base plate", "120", "No quote", "", "", ""])
        + row(624, X179, ["5", "SPR-C0630-302", "Spring 302SS .6x6.3x30", "8,000", "7.05", "C", "564.00", "5 wks"])
        + [(40, 596, 8, "Per: E = each, C = per 100, M = per 1,000."),
           (40, 580, 8, "All prices in US dollars. F.O.B. Fort Wayne, IN. Terms: Net 30 days."),
           (40, 568, 8, "This quotation is valid for 30 days from the quotation date."),
           (40, 540, 8, "Quoted by: Jim Okonkwo, Sales"),
           (260, 60, 8, "Page 1 of 1")])
sample("u179-iphone-pdf-per-column", message("sample", "Jim Okonkwo <jokonkwo@summit-spring.example>",
        multipart("mixed", "Apple-Mail-4F2C1D9A-0179", [
            text_part("text/plain", "Nora - quote attached. On the road today, call my cell 260-555-0187 if anything's "
                                    "unclear.\n\nSent from my iPhone\n", charset="us-ascii", cte="7bit"),
            file_part("application/pdf", "Q26-1184.pdf", pdf([check_page(P179)]))])),
       "partial", "USD", "2026-07-05", "FOB",
       [line(1, 0.186, lead=28), nob(2), line(3, 0.0301, lead=0), nob(4), line(5, 0.0705, lead=35)],
       ["no-bid"])


# u180 the buyer's own engineer forwards (Apple Mail, "Begin forwarded message:", no "> " prefixes) a vendor quote that
# was sent to him; his note on top carries an unrelated "2,000-pc" prototype run. The forwarded quote: gasket $0.176 at
# 5,000 (the 10,000 break $0.158 does not apply), "4-5 weeks" -> 35; springs $0.0689 with "minimum order 10,000 pcs"
# -> moq 10000 above the 8,000 asked (quantity stays null), 6 weeks -> 42 (Jun 5 + 42 = Jul 17, before Jul 27); cable,
# screws and plate "no quote" -> declined. "Pricing good through July 31, 2026"; FOB Waco. Quoted-printable UTF-8.
sample("u180-apple-forward-from-engineer", S.msg("Dev Patel <dpatel@northridge.example>", "text/plain", """Nora -

Cascade sent their quote to me instead of you (I met Alicia at the Automate show in May). Forwarding so it goes \
into the RFQ file. FYI they're the ones who did our 2,000-pc gasket prototype run last fall.

Dev

Begin forwarded message:

From: Alicia Moreno <amoreno@cascade-elastomers.example>
Subject: Quote for NR-RFQ-0619
Date: June 4, 2026 at 4:41:12 PM CDT
To: Dev Patel <dpatel@northridge.example>

Hi Dev,

Thanks for passing along Northridge's RFQ NR-RFQ-0619. We can quote two of the five items:

GSK-EPDM-80, EPDM gasket 80 x 62 x 3 mm
   5,000 pcs:  $0.176 ea
  10,000 pcs:  $0.158 ea
  Lead time 4-5 weeks

SPR-C0630-302, compression spring 302 SS
  $0.0689 ea, minimum order 10,000 pcs
  Lead time 6 weeks

The cable, the M4 screws and the base plate aren’t products we make, so no quote on those.

All prices USD, FOB Waco, TX. Pricing good through July 31, 2026.

Best,
Alicia Moreno
Cascade Elastomers & Springs
254-555-0158
""", cte="quoted-printable", subject="Fwd: Quote for NR-RFQ-0619"),
       "partial", "USD", "2026-07-31", "FOB",
       [line(1, 0.176, lead=35), nob(2), nob(3), nob(4), line(5, 0.0689, lead=42, moq=10000)],
       ["moq-above-quantity", "no-bid"])


# u181 an Epicor-style quotation mailed by the vendor's ERP ("generated automatically ... not monitored"), us-ascii
# fixed-width text: the ERP numbers its own lines 1-4, which are NOT the RFQ lines - "Your Part No." matches them: 1 =
# gasket, 2 = screws (RFQ line 3), 3 = plate (line 4), 4 = springs (line 5); the cable is not on the quote (missing).
# Each line has an "Our Part:" sub-line (the vendor's item number for the same part, not an alternate). "Per" column:
# gasket 0.1840 EA, screws 29.5000 M -> 0.0295, plate 44.2000 EA, springs 69.8000 M -> 0.0698 (Ext. Price confirms).
# Promise dates DD-MON-YYYY from the Date header (Fri 5 Jun): 10-JUL-2026 -> 35, 12-JUN-2026 -> 7, 21-AUG-2026 -> 77
# (after the plate's need-by Aug 17), 24-JUL-2026 -> 49. The page header and column header repeat for page 2; the
# footer holds tax, DUNS, bank and certificate numbers. "Expires: 17-JUL-2026"; "FOB: MUNCIE, IN"; Currency: USD.
def u181_header(page):
    return f"""TRI-COUNTY PRECISION PRODUCTS, INC.                                         QUOTATION
4410 W. Industrial Pkwy                                          Quote No.:   Q-0044817
Muncie, IN 47302                                                 Quote Date:  05-JUN-2026
Phone (765) 555-0163   Fax (765) 555-0164                        Expires:     17-JUL-2026
                                                                 Page {page} of 2
Bill To: NORTHRIDGE ROBOTICS                   Customer ID: NOR0112
         ATTN: NORA REYES                      Your RFQ:    NR-RFQ-0619
Terms: NET 30     FOB: MUNCIE, IN     Ship Via: BEST WAY     Currency: USD
Salesperson: DAN KOVAC

Line Your Part No.    Description                         Qty UM    Unit Price Per    Ext. Price Promise Dt
---- ---------------- ------------------------------ -------- -- ------------- --- ------------- -----------"""


def u181_row(n, pn, desc, qty, price, per, promise, ours):
    return (f"{n:>4} {pn:<16} {desc:<30} {qty:>8,} EA {price:>13.4f} {per:<3} {qty * price / (1000 if per == 'M' else 1):>13,.2f}"
            f" {promise}\n     Our Part: {ours}")


U181_ROWS = [(1, "GSK-EPDM-80", "GASKET EPDM70 80X62X3 DIE CUT", 5000, 0.1840, "EA", "10-JUL-2026", "TCP-G80E  Rev: A"),
             (2, "SCR-M4X10-A2", "SHCS M4X10 ISO4762 A2-70", 20000, 29.5000, "M", "12-JUN-2026", "TCP-S410-A2  Rev: -"),
             (3, "PLT-0915-R2", "PLATE MOTOR BASE 6082-T6 10MM", 120, 44.2000, "EA", "21-AUG-2026", "TCP-P0915  Rev: R2"),
             (4, "SPR-C0630-302", "SPRING COMP 302SS .6X6.3X30", 8000, 69.8000, "M", "24-JUL-2026", "TCP-SP0630  Rev: -")]
U181_TOTAL = sum(q * p / (1000 if per == "M" else 1) for _, _, _, q, p, per, _, _ in U181_ROWS)
U181_BODY = ("""*** This quotation was generated automatically by our ERP system. Please send questions to
*** sales@tricounty-precision.example - this mailbox is not monitored.

""" + u181_header(1) + "\n" + "\n".join(u181_row(*r) for r in U181_ROWS[:2]) + """

                                                          ** Continued on next page **


""" + u181_header(2) + "\n" + "\n".join(u181_row(*r) for r in U181_ROWS[2:]) + f"""

                                                        Quote Total (USD): {U181_TOTAL:>13,.2f}

PROMISE DT = ESTIMATED SHIP DATE. PRICES ARE FIRM FOR THE QUANTITIES SHOWN.

Tri-County Precision Products, Inc. is an ISO 9001:2015 registered company, Cert. No. 44 100 26051.
Federal Tax ID 35-0000417 | DUNS 00-555-0181 | CAGE 5TC17
Remit to: First Hoosier Bank, ABA 074000010, Account 0012345678
All sales are subject to our Terms and Conditions of Sale, Form TC-2019-03, available on request.
""")
sample("u181-epicor-erp-text-own-line-numbers", S.msg("Tri-County Precision Quotes <quotes@tricounty-precision.example>",
                                                      "text/plain", U181_BODY, charset="us-ascii", cte="7bit",
                                                      subject="Quotation Q-0044817 - Your RFQ NR-RFQ-0619"),
       "partial", "USD", "2026-07-17", "FOB",
       [line(1, 0.184, lead=35), line(3, 0.0295, lead=7), line(4, 44.20, lead=77), line(5, 0.0698, lead=49)],
       ["lead-time-after-need-by", "missing-line"])


# u182 a French-Canadian whole no-bid in unusual phrasing ("nous devons malheureusement decliner l'ensemble de la
# demande"), windows-1252 quoted-printable with typographic apostrophes, above a French Outlook "-----Message
# d'origine----- / De : / Envoye : / A : / Objet :" block quoting the RFQ (quantities, need-by dates and a blank
# "Unit price ____" template). Reasons carry "troisieme trimestre", a phone extension - nothing is a quote. Every line
# declined; currency, validity and Incoterms null.
U182_RFQ = "\n".join(f"{ln:<6}{pn:<16}{d:<44}{q:>7}  {u:<5} {nb}" for ln, pn, d, q, u, nb in
                     [("Line", "Part number", "Description", "Qty", "Unit", "Need by")] + SAMPLE_RFQ)
sample("u182-french-whole-nobid-outlook-fr", S.msg("Mathieu Gagnon <mgagnon@caoutchouc-laurentides.example>", "text/plain", """Bonjour Madame Reyes,

Merci d’avoir pensé à nous pour votre demande de prix NR-RFQ-0619.

Après analyse avec notre équipe de production, nous devons malheureusement décliner l’ensemble de la demande : nos \
presses de découpe et notre ligne de ressorts sont réservées jusqu’à la fin du troisième trimestre, et le câble, la \
visserie et la plaque usinée ne font pas partie de notre offre.

N’hésitez surtout pas à nous consulter pour vos prochains projets de joints découpés.

Cordialement,

Mathieu Gagnon
Directeur des ventes
Caoutchouc Laurentides inc.
450 555-0134, poste 212

-----Message d'origine-----
De : Nora Reyes <nreyes@northridge.example>
Envoyé : 1 juin 2026 08:04
À : ventes@caoutchouc-laurentides.example
Objet : RFQ NR-RFQ-0619 - Mechanical and cable parts

Hello,

Northridge Robotics requests your quotation for the parts below. Please reply by June 12, 2026.

""" + U182_RFQ + """

Please state for each line: unit price ______, lead time ______, MOQ ______
Quote validity: ______   Incoterms: ______

Nora Reyes
Purchasing, Northridge Robotics
+1 937 555 0100
""", charset="windows-1252", cte="quoted-printable", subject="RE : RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "no-bid", None, None, None,
       [nob(1), nob(2), nob(3), nob(4), nob(5)],
       ["no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================

# u183 "Get Outlook for Android": a two-line body, the quote is the attached XLSX (shared strings, number formats): a
# title block with the date as a date serial, header on row 5, the resin row "-" / "-" with "n/q - not a product we
# carry" in Remarks, the hose row "n/q" in the price cell -> both declined. Sheet 138.75, 5 wks -> 35; bearing 3.36,
# stock -> 0; O-rings 0.0214 (cell formatted 0.0000), 2 wks -> 14; kit 43.10, "6-7 wks" -> 49. Header "Unit Price
# (USD)". "Valid until" a date serial = 2026-07-31; "CPT Rockford, IL". Partial, no-bid.
C183 = {"A1": {"v": "Wabash Industrial Supply - Quotation WIS-Q-26-0614", "s": 6},
        "A2": "Customer: Halvorsen Manufacturing, Attn. Lena Marsh - RFQ HM-RFQ-2611",
        "A3": "Date", "B3": {"v": excel_serial(datetime.date(2026, 6, 12)), "s": 3},
        "A5": {"v": "Line", "s": 5}, "B5": {"v": "Part No.", "s": 5}, "C5": {"v": "Description", "s": 5},
        "D5": {"v": "Qty", "s": 5}, "E5": {"v": "UoM", "s": 5}, "F5": {"v": "Unit Price (USD)", "s": 5},
        "G5": {"v": "Lead Time", "s": 5}, "H5": {"v": "Remarks", "s": 5}}
for r, (ln, pn, desc, qty, um, price, lead, rem) in enumerate([
        (1, "RES-PA66-GF30", "PA66 GF30 resin, black", 2500, "KG", "-", "-", "n/q - not a product we carry"),
        (2, "SHT-5052H32-030", "Sheet 5052-H32 3.0 x 1250 x 2500", 90, "EA", {"v": 138.75, "s": 2}, "5 wks", ""),
        (3, "BRG 6205-2RS", "Ball bearing 6205-2RS C3 (SKF)", 400, "EA", {"v": 3.36, "s": 2}, "stock", ""),
        (4, "OR-0120-NBR70", "O-ring 12 x 2 NBR 70", 50000, "EA", {"v": 0.0214, "s": 1}, "2 wks", ""),
        (5, "HSE-2SN-08", "Hydraulic hose 2SN DN12", 800, "M", "n/q", "", ""),
        (6, "KIT-PX200-SEAL", "Seal kit PX-200", 150, "SET", {"v": 43.1, "s": 2}, "6-7 wks", "")], start=6):
    C183.update({f"A{r}": ln, f"B{r}": pn, f"C{r}": desc, f"D{r}": {"v": qty, "s": 7}, f"E{r}": um, f"F{r}": price})
    C183.update({f"{c}{r}": v for c, v in (("G", lead), ("H", rem)) if v})
C183.update({"A13": "Incoterms", "B13": "CPT Rockford, IL (Incoterms 2020)",
             "A14": "Valid until", "B14": {"v": excel_serial(datetime.date(2026, 7, 31)), "s": 3},
             "A15": "Payment", "B15": "Net 45 days"})
blind("u183-android-xlsx-nq-cells", H.with_attachment("Mo Farouk <mfarouk@wabash-supply.example>", """Lena, see attached quote. Couldn't do the resin or the hose.

Mo

Get Outlook for Android
""", XLSX, "WIS-Q-26-0614.xlsx", workbook(C183, sheet_name="Quote", dim="A1:H15")),
      "partial", "USD", "2026-07-31", "CPT",
      [nob(1), line(2, 138.75, lead=35), line(3, 3.36, lead=0), line(4, 0.0214, lead=14), nob(5),
       line(6, 43.10, lead=49)],
      ["no-bid"])


# u184 a Spanish distributor (Spain) writing Spanish, windows-1252 quoted-printable, quoting EUR against the USD RFQ:
# "Pos." = RFQ line number, bearing 3,12 EUR/ud. "en stock" -> 0; O-rings "19,60 EUR el millar" -> 0.0196, "3 semanas"
# -> 21; hose 4,15 EUR/m, "15 dias laborables" -> 21; kit 44,80 EUR/juego, "6-7 semanas" -> 49; "Las posiciones 1 y 2 ...
# no las ofertamos" -> declined. "Validez de la oferta: 30 dias" -> 2026-07-12 (not short: due Jun 19 + 14 = Jul 3);
# "Forma de pago: ... 60 dias" is neither; "IVA no incluido" is a VAT remark. FCA Valencia.
blind("u184-spanish-eur-el-millar", H.msg("Marta Giménez <mgimenez@suministros-turia.example>", "text/plain", """Estimada Sra. Marsh:

Le agradecemos su solicitud de oferta HM-RFQ-2611. A continuación le detallamos nuestra oferta para las posiciones \
que suministramos:

Pos. 3 - Rodamiento rígido de bolas 6205-2RS C3 (BRG 6205-2RS)
    Cantidad: 400 uds.
    Precio unitario: 3,12 €/ud.
    Plazo de entrega: en stock

Pos. 4 - Junta tórica 12 x 2 NBR 70 (OR-0120-NBR70)
    Cantidad: 50.000 uds.
    Precio: 19,60 € el millar
    Plazo de entrega: 3 semanas

Pos. 5 - Manguera hidráulica EN 853 2SN DN12 (HSE-2SN-08)
    Cantidad: 800 m
    Precio unitario: 4,15 €/m
    Plazo de entrega: 15 días laborables

Pos. 6 - Kit de juntas para bomba PX-200 (KIT-PX200-SEAL)
    Cantidad: 150 juegos
    Precio unitario: 44,80 €/juego
    Plazo de entrega: 6-7 semanas

Las posiciones 1 y 2 (granza PA66 y chapa de aluminio) no las ofertamos.

Precios en euros, IVA no incluido.
Condiciones de entrega: FCA Valencia (Incoterms 2020).
Forma de pago: transferencia a 60 días fecha factura.
Validez de la oferta: 30 días.

Atentamente,

Marta Giménez
Departamento Comercial
Suministros Industriales del Turia, S.L.
Tel. +34 961 555 014
""", charset="windows-1252", cte="quoted-printable"),
      "partial", "EUR", "2026-07-12", "FCA",
      [nob(1), nob(2), line(3, 3.12, "EUR", lead=0), line(4, 0.0196, "EUR", lead=21), line(5, 4.15, "EUR", lead=21),
       line(6, 44.80, "EUR", lead=49)],
      ["currency-differs", "no-bid"])


# u185 "UPDATED PRICING" in the same thread: every row states the new price followed by "(was $...)" or "(unchanged)",
# and the hose row its new lead time "3 wks (was 5 wks)"; below, the vendor's own June 10 quote in Gmail "> " history
# with the old prices and an earlier validity. Only the new values count: resin 3.12/kg, 3 wks -> 21; sheet 139.40,
# 4 wks -> 28; bearing 3.24, stock -> 0; O-rings 0.0207, 2 wks -> 14; hose 4.41/m, 3 wks -> 21; kit 42.60, 7 wks -> 49.
# "valid until July 24, 2026" (the old quote said July 10); FOB Peoria. Parsed, nothing deviates.
blind("u185-updated-pricing-was-prices", H.msg("Gary Heston <gheston@illinois-valley-supply.example>", "text/plain", """Lena,

Updated pricing below - our resin supplier lowered their July list and I found a better mill source for the sheet. \
This replaces my quote of June 10 (Q-5521). New prices first, the June 10 prices in brackets for reference.

RES-PA66-GF30     2,500 kg    $3.12/kg   (was $3.38)      3 wks
SHT-5052H32-030   90 ea       $139.40    (was $147.90)    4 wks
BRG 6205-2RS      400 ea      $3.24      (unchanged)      stock
OR-0120-NBR70     50,000 ea   $0.0207    (unchanged)      2 wks
HSE-2SN-08        800 m       $4.41/m    (was $4.48)      3 wks (was 5 wks)
KIT-PX200-SEAL    150 sets    $42.60     (unchanged)      7 wks

FOB Peoria, IL as before. Updated quote valid until July 24, 2026.

Gary Heston
Illinois Valley Supply Co.
309-555-0166

On Wed, Jun 10, 2026 at 3:12 PM Gary Heston <gheston@illinois-valley-supply.example> wrote:
> Lena,
>
> Quote Q-5521 for HM-RFQ-2611:
>
> RES-PA66-GF30     2,500 kg    $3.38/kg    3 wks
> SHT-5052H32-030   90 ea       $147.90     4 wks
> BRG 6205-2RS      400 ea      $3.24       stock
> OR-0120-NBR70     50,000 ea   $0.0207     2 wks
> HSE-2SN-08        800 m       $4.48/m     5 wks
> KIT-PX200-SEAL    150 sets    $42.60      7 wks
>
> FOB Peoria, IL. Valid until July 10, 2026.
>
> Gary Heston
> Illinois Valley Supply Co.
""", subject="RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line - UPDATED PRICING"),
      "parsed", "USD", "2026-07-24", "FOB",
      [line(1, 3.12, lead=21), line(2, 139.40, lead=28), line(3, 3.24, lead=0), line(4, 0.0207, lead=14),
       line(5, 4.41, lead=21), line(6, 42.60, lead=49)],
      [])


# u186 a question-only reply, base64 UTF-8 text: two questions (seal kit contents; C3 or CN clearance - "8-10 weeks
# allocation" is for a bearing not offered), "the resin, sheet, O-rings and hose are no problem" and a promise to quote
# "within 2 business days"; the RFQ quoted below in Gmail "> " style with its quantities and need-by dates. No price
# anywhere -> unparseable, no lines; classification "question" as for c47 / u88.
blind("u186-question-only-base64", H.msg("Mo Farouk <mfarouk@wabash-supply.example>", "text/plain", """Hi Lena,

Before I put numbers on HM-RFQ-2611 I need to check two things with you:

1. KIT-PX200-SEAL - the RFQ says 2 lip seals, 4 O-rings and 1 gasket per kit. Do you have a drawing or a parts list \
with the seal sizes? Without them we can't source the lip seals.
2. BRG 6205-2RS - is C3 clearance a must, or would CN be acceptable? SKF C3 is on 8-10 weeks allocation right now, \
CN is on the shelf.

The resin, sheet, O-rings and hose are no problem. I'll send the full quote as soon as I hear back - should be within \
2 business days.

Thanks,
Mo

Mo Farouk | Wabash Industrial Supply | 765-555-0152

On Tue, Jun 9, 2026 at 7:48 AM Lena Marsh <lmarsh@halvorsen-mfg.example> wrote:
> Hello,
>
> Halvorsen Manufacturing requests your quotation for the items below (RFQ HM-RFQ-2611). Please reply by
> June 19, 2026 with unit price, lead time, Incoterms and validity.
>
""" + "\n".join(">" + ln for ln in H.RFQ_TABLE.splitlines()) + """
>
> Lena Marsh
> Purchasing, Halvorsen Manufacturing
""", cte="base64", subject="RE: RFQ HM-RFQ-2611 - questions before we quote"),
      "unparseable", None, None, None, [], [])
ROUND.cases[-1][2].update({"classification": "question", "reasonContains": "question"})


# u187 Outlook plain text: a table over all six lines where three say "no offer" in the price column and "-" as lead
# time (resin, bearing, kit -> declined), above an Outlook "From: / Sent: / To: / Subject:" block quoting the RFQ
# table (its quantities and need-by dates must not be read). Sheet $141.25, 6 weeks -> 42 (Jun 12 + 42 = Jul 24,
# before Aug 10); O-rings $0.0199, "10 working days" -> 14; hose $4.36 /m, 4 weeks -> 28. "Quote valid 30 days" ->
# 2026-07-12; "CPT Rockford, IL". Partial, no-bid.
blind("u187-outlook-plain-no-offer-column", H.msg("Tom Reardon <treardon@prairie-state-mro.example>", "text/plain", """Lena,

Please see our quote below.

Line  Part number       Qty          Unit price     Lead time
1     RES-PA66-GF30     2,500 kg     no offer       -
2     SHT-5052H32-030   90 ea        $141.25        6 weeks
3     BRG 6205-2RS      400 ea       no offer       -
4     OR-0120-NBR70     50,000 ea    $0.0199        10 working days
5     HSE-2SN-08        800 m        $4.36 /m       4 weeks
6     KIT-PX200-SEAL    150 sets     no offer       -

Prices in USD, CPT Rockford, IL (Incoterms 2020). Quote valid 30 days.

Regards,
Tom Reardon
Prairie State MRO
217-555-0148

From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Tuesday, June 9, 2026 7:48 AM
To: quotes@prairie-state-mro.example
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Hello,

Halvorsen Manufacturing requests your quotation for the items below (RFQ HM-RFQ-2611). Please reply by June 19, 2026
with unit price, lead time, Incoterms and validity.

""" + H.RFQ_TABLE + """

Lena Marsh
Purchasing, Halvorsen Manufacturing
"""),
      "partial", "USD", "2026-07-12", "CPT",
      [nob(1), line(2, 141.25, lead=42), nob(3), line(4, 0.0199, lead=14), line(5, 4.36, lead=28), nob(6)],
      ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================

# u188 a Polish machine shop writing Polish, ISO-8859-2 quoted-printable: a column table with "Cena jedn. netto" and
# then "Wartosc netto" (value = qty x price, with no-break-space thousands "8 450,00"), "2 000 szt." likewise; shaft
# 33,80 EUR, "8 tygodni" -> 56 (Jun 15 + 56 = Aug 10, before Aug 28); bracket set 21,40 EUR/kpl. (kpl. = set), "30 dni
# roboczych" -> 42; housing, fitting and cylinder "nie oferujemy" -> declined. "Waznosc oferty: do 31.07.2026";
# "przelew 30 dni" is payment. FCA Poznan. Partial, no-bid.
NB = "\u00a0"
U188_ROWS = [("Poz.", "Indeks", "Nazwa", "Ilość", "Cena jedn. netto", "Wartość netto", "Termin dostawy"),
             ("1", "SH-2231-C rev B", "Wał napędowy 42CrMo4", "250 szt.", "33,80 EUR", f"8{NB}450,00 EUR", "8 tygodni"),
             ("2", "HSG-1180-GJL", "Korpus przekładni EN-GJL-250", "25 szt.", "-", "-", "nie oferujemy"),
             ("3", "FIT-316-G12-10", "Złączka G1/2 - rura 10, 316L", f"2{NB}000 szt.", "-", "-", "nie oferujemy"),
             ("4", "DSBC-32-80-PPVA-N3", "Siłownik ISO 15552 32/80", "120 szt.", "-", "-", "nie oferujemy"),
             ("5", "2231-004-03", "Komplet wsporników czujnika", "150 kpl.", "21,40 EUR/kpl.", f"3{NB}210,00 EUR",
              "30 dni roboczych")]
U188_TABLE = "\n".join(f"{a:<5}{b:<20}{c:<30}{d:>10}   {e:<17}{f:<16}{g}" for a, b, c, d, e, f, g in U188_ROWS)
blind2("u188-polish-iso8859-2-value-column", V.msg("Paweł Nowicki <p.nowicki@wzom-poznan.example>", "text/plain", """Szanowny Panie,

dziękujemy za zapytanie ofertowe VM-RFQ-4418. Poniżej przesyłamy naszą ofertę:

""" + U188_TABLE + """

Warunki dostawy: FCA Poznań (Incoterms 2020)
Warunki płatności: przelew 30 dni od daty faktury
Ważność oferty: do 31.07.2026

Z poważaniem
Paweł Nowicki
Dział Handlowy
Wielkopolskie Zakłady Obróbki Metali Sp. z o.o.
ul. Przemysłowa 14, 61-000 Poznań
tel. +48 61 555 01 72
NIP 781-000-41-88, KRS 0000555018
""", charset="iso-8859-2", cte="quoted-printable", subject="Odp: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60"),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 33.80, "EUR", lead=56), nob(2), nob(3), nob(4), line(5, 21.40, "EUR", lead=42)],
       ["no-bid"])


# u189 a Portuguese distributor, multipart/alternative from Outlook: the text/plain part base64 in ISO-8859-1, the
# text/html part quoted-printable in ISO-8859-1 (same content). Fitting "43,70 EUR por embalagem de 10 un." -> 4.37,
# "10 dias uteis" -> 14; Festo cylinder 71,90 EUR, "em stock (sujeito a venda previa)" -> 0; "As posicoes 1, 2 e 5 ...
# nao apresentamos proposta" -> declined. "Validade da proposta: 60 dias" -> Jun 15 + 60 = 2026-08-14; "Pagamento: 60
# dias" is payment; DAP Bielefeld. Partial, no-bid.
U189_TEXT = """Exmo. Sr. Jonas Albers,

Agradecemos o vosso pedido de cotação VM-RFQ-4418. Segue a nossa proposta:

Pos. 3 - FIT-316-G12-10, ligador macho G1/2 - tubo 10 mm, inox 316L
   Quantidade: 2.000 un.
   Preço: 43,70 EUR por embalagem de 10 un.
   Prazo de entrega: 10 dias úteis

Pos. 4 - DSBC-32-80-PPVA-N3 (Festo), cilindro ISO 15552, 32/80
   Quantidade: 120 un.
   Preço unitário: 71,90 EUR
   Prazo de entrega: em stock (sujeito a venda prévia)

As posições 1, 2 e 5 (veio, carcaça e conjunto de suportes) não fazem parte da nossa gama - não apresentamos proposta.

Condições de entrega: DAP Bielefeld (Incoterms 2020)
Pagamento: 60 dias
Validade da proposta: 60 dias

Com os melhores cumprimentos,
Inês Carvalho
Pneumática Atlântico, Lda.
Rua do Freixo 512, 4300-219 Porto
Tel. +351 22 555 0143
"""
U189_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Exmo. Sr. Jonas Albers,</p>
<p>Agradecemos o vosso pedido de cota&ccedil;&atilde;o VM-RFQ-4418. Segue a nossa proposta:</p>
<p><b>Pos. 3 - FIT-316-G12-10</b>, ligador macho G1/2 - tubo 10 mm, inox 316L<br>
Quantidade: 2.000 un.<br>Preço: 43,70 &euro; por embalagem de 10 un.<br>Prazo de entrega: 10 dias úteis</p>
<p><b>Pos. 4 - DSBC-32-80-PPVA-N3 (Festo)</b>, cilindro ISO 15552, 32/80<br>
Quantidade: 120 un.<br>Preço unitário: 71,90 &euro;<br>Prazo de entrega: em stock (sujeito a venda prévia)</p>
<p>As posições 1, 2 e 5 (veio, carcaça e conjunto de suportes) não fazem parte da nossa gama - não apresentamos proposta.</p>
<p>Condições de entrega: DAP Bielefeld (Incoterms 2020)<br>Pagamento: 60 dias<br>Validade da proposta: 60 dias</p>
<p>Com os melhores cumprimentos,<br>Inês Carvalho<br>Pneumática Atlântico, Lda.<br>Rua do Freixo 512, 4300-219 Porto<br>Tel. +351 22 555 0143</p>
</div></body></html>
"""
blind2("u189-portuguese-alt-base64-pack-of-ten", V.message("Inês Carvalho <ines.carvalho@pneumatica-atlantico.example>",
        multipart("alternative", "_000_DB9PR02MB7189_", [
            text_part("text/plain", U189_TEXT, charset="iso-8859-1", cte="base64"),
            text_part("text/html", U189_HTML, charset="iso-8859-1", cte="quoted-printable")])),
       "partial", "EUR", "2026-08-14", "DAP",
       [nob(1), nob(2), line(3, 4.37, "EUR", lead=14), line(4, 71.90, "EUR", lead=0), nob(5)],
       ["no-bid"])


# u190 the buyer's colleague forwards (Gmail "---------- Forwarded message ---------") a vendor offer that reached her,
# with a German note on top ("im Mai die Zeichnung geschickt"). The offer: fitting "packed in bags of 25, 2,000 pcs =
# 80 bags, EUR 98,50 per bag" -> 3.94 per piece (quantity as asked), 3 weeks -> 21; bracket set EUR 26,10 per set,
# 6 weeks -> 42, plus a one-off bending tool EUR 640,00 (note); cylinder "no offer"; shaft and housing "outside our
# scope, no offer" -> lines 1, 2, 4 declined. "valid until 24 July 2026"; DAP Bielefeld. Partial, no-bid + note.
blind2("u190-gmail-forward-colleague-bag-price", V.msg("Petra Lange <p.lange@vossberg-maschinenbau.example>", "text/plain", """Hallo Jonas,

das Angebot von Kempen Techniek ist bei mir gelandet (ich hatte denen im Mai die Zeichnung der Halter geschickt). \
Leite ich dir für die Anfrage weiter.

Viele Grüße
Petra

---------- Forwarded message ---------
From: Ruud Verhoeven <r.verhoeven@kempen-techniek.example>
Date: Fri, 12 Jun 2026 at 16:22
Subject: Offer VM-RFQ-4418
To: Petra Lange <p.lange@vossberg-maschinenbau.example>


Dear Ms Lange,

Thank you for the enquiry VM-RFQ-4418. Our offer OF-26-1193:

FIT-316-G12-10 male connector G1/2 x 10 mm, 316L
  packed in bags of 25 pcs, so 2,000 pcs = 80 bags
  EUR 98,50 per bag, delivery 3 weeks

2231-004-03 sensor bracket set (laser-cut, bent, black anodised), 150 sets
  EUR 26,10 per set, delivery 6 weeks
  one-off bending tool EUR 640,00

Festo cylinder DSBC-32-80-PPVA-N3: sorry, we are not a Festo distributor, so no offer.
Shaft SH-2231-C and housing HSG-1180-GJL: outside our scope, no offer.

Delivery DAP Bielefeld (Incoterms 2020). This offer is valid until 24 July 2026.

Met vriendelijke groet / Kind regards
Ruud Verhoeven
Kempen Techniek B.V., Eindhoven
+31 40 555 0172
""", cte="quoted-printable", subject="Fwd: Offer VM-RFQ-4418"),
       "partial", "EUR", "2026-07-24", "DAP",
       [nob(1), nob(2), line(3, 3.94, "EUR", lead=21), nob(4), line(5, 26.10, "EUR", lead=42)],
       ["no-bid", "note"])


# u191 an SAP quotation print pasted into the mail body (ISO-8859-1): items 10/20/30/40 that are not RFQ line numbers
# (item 30 is the cylinder, RFQ line 4) - each carries "Your material no." with the RFQ part number under the vendor's
# own material number; the housing (RFQ line 2) is not on the quote -> missing. Shaft 38,20 EUR per 1 PC; fitting
# 398,00 EUR per 100 PC -> 3.98; cylinder 68,40 per 1 PC; bracket set 22,90 per 1 SET (net values confirm). Delivery
# dates dd.mm.yyyy from Mon 15 Jun: 14.08.2026 -> 60, 26.06.2026 -> 11, 13.07.2026 -> 28, 25.09.2026 -> 102 (all in
# time). Commodity codes, net weights, VAT 19 %, "14 days 2 % discount, 30 days net" and a footer with HRB, USt-IdNr,
# IBAN, BIC and phone numbers are not quote values. Page header repeated on page 2. "Valid to 31.07.2026" (page 1 header); FCA Detmold.
U191_ROWS = [("10", "ZW-0412-30", "Drive shaft 30h6 x 412, 42CrMo4+QT", "250", "PC", 38.20, 1, "PC", "SH-2231-C rev B",
              "14.08.2026", "Commodity code 8483 10 95   Country of origin DE   Net weight 2,45 KG/PC"),
             ("20", "VS-G12-10-4L", "Male connector G1/2 x 10, 1.4404", "2.000", "PC", 398.00, 100, "PC",
              "FIT-316-G12-10", "26.06.2026", "Commodity code 7307 22 10   Country of origin IT   Net weight 0,11 KG/PC"),
             ("30", "DSBC-32-80-PPVA-N3", "ISO cylinder 32/80, Festo", "120", "PC", 68.40, 1, "PC",
              "DSBC-32-80-PPVA-N3", "13.07.2026", "Commodity code 8412 31 00   Country of origin DE   Net weight 1,12 KG/PC"),
             ("40", "HW-2231-SET", "Sensor bracket set L+R, 6082 T6", "150", "SET", 22.90, 1, "SET", "2231-004-03",
              "25.09.2026", "Commodity code 7616 99 90   Country of origin DE   Net weight 0,34 KG/SET")]


def de(x):
    """German number format: 9.550,00"""
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def u191_value(r):
    return int(r[3].replace(".", "")) * r[5] / r[6]


def u191_item(r):
    item, mat, desc, qty, uom, price, per, peru, yours, date, extra = r
    return (f"{item:<6}{mat:<20}{desc:<36}{qty:>7} {uom:<4}{de(price) + ' EUR':>14} {str(per) + ' ' + peru:>7}"
            f"{de(u191_value(r)):>12}\n"
            f"      Your material no.: {yours}\n      Delivery date: {date}\n      {extra}\n")


def u191_header(page):
    valid = "                                                    Valid to          31.07.2026\n" if page == 1 else ""
    return f"""Lippe Antriebs- und Zerspanungstechnik GmbH · Postfach 12 04 · 32758 Detmold

Vossberg Maschinenbau GmbH                          QUOTATION
Einkauf, Herr Jonas Albers                          Number/Date       20417763 / 15.06.2026
Bielefeld                                           Customer number   100482
                                                    Your inquiry      VM-RFQ-4418
                                                    Contact           Katrin Brandt, +49 5231 555-142
{valid}                                                    Page              {page} of 2

Item  Material            Description                         Quantity UoM         Price     per   Net value
--------------------------------------------------------------------------------------------------------------
"""


U191_NET = sum(u191_value(r) for r in U191_ROWS)
U191_VAT = round(U191_NET * 0.19, 2)
U191_BODY = ("""Dear Mr Albers,

please find below our quotation 20417763 for your inquiry VM-RFQ-4418.

Kind regards
Katrin Brandt
Inside Sales

""" + u191_header(1) + u191_item(U191_ROWS[0]) + "\n" + u191_item(U191_ROWS[1]) + """
                                                                              Continued on page 2


""" + u191_header(2) + u191_item(U191_ROWS[2]) + "\n" + u191_item(U191_ROWS[3]) + f"""
--------------------------------------------------------------------------------------------------------------
Total net value                                                                          {de(U191_NET):>12} EUR
VAT 19 %                                                                                 {de(U191_VAT):>12} EUR
Total amount                                                                             {de(U191_NET + U191_VAT):>12} EUR

Terms of delivery:  FCA Detmold (Incoterms 2020)
Terms of payment:   within 14 days 2 % discount, within 30 days net
Our general terms and conditions of sale apply (www.lippe-azt.example/agb).

--------------------------------------------------------------------------------------------------------------
Lippe Antriebs- und Zerspanungstechnik GmbH · Industriestraße 31 · 32758 Detmold · Tel. +49 5231 555-0 · Fax -199
Sitz Detmold · Amtsgericht Lemgo HRB 5521 · Geschäftsführer: Dr. Heike Brandt, Jörg Wiemann · USt-IdNr. DE 814 552 037
Sparkasse Paderborn-Detmold · IBAN DE44 4765 0130 0000 5521 07 · BIC WELADE3LXXX
""")
blind2("u191-sap-print-items-10-40", V.msg("Katrin Brandt <k.brandt@lippe-azt.example>", "text/plain", U191_BODY,
                                           charset="iso-8859-1", cte="8bit",
                                           subject="Quotation 20417763 - your inquiry VM-RFQ-4418"),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 38.20, "EUR", lead=60), line(3, 3.98, "EUR", lead=11), line(4, 68.40, "EUR", lead=28),
        line(5, 22.90, "EUR", lead=102)],
       ["missing-line"])


# u192 a German vendor replying in German from new Outlook (HTML, quoted-printable): the answer table on top (numbers
# in spans, "38,90&nbsp;EUR"), below it <div id="divRplyFwdMsg"> with "Von: / Gesendet: / An: / Betreff:" and the
# buyer's RFQ table (quantities, need-by dates, empty price cells). Shaft 38,90, "8-9 Wochen" -> 63 (Jun 15 + 63 = Aug
# 17, before Aug 28); fitting 4,05 "ab Lager" -> 0; bracket set 23,60 per Satz, 6 Wochen -> 42 - the "ab 200 Saetze
# 21,90" break does not apply to 150; housing and cylinder "-" with "kein Angebot" -> declined. "Dieses Angebot ist bis
# 17.07.2026 gueltig" (not short: due Jun 26 + 14 = Jul 10); "frei Haus (DAP Bielefeld, Incoterms 2020)" -> DAP.
def u192_td(text, right=False, head=False):
    al = ' style="text-align:right"' if right else ""
    t = f"<b>{text}</b>" if head else text
    return (f'<td style="border:1px solid #999999;padding:2px 6px"><p class="MsoNormal"{al}>'
            f'<span style="font-size:10pt">{t}</span></p></td>')


U192_ROWS = [("1", "SH-2231-C rev B", "Antriebswelle 42CrMo4", "250", "<span>38,90</span>&nbsp;EUR", "8&#8211;9 Wochen", ""),
             ("2", "HSG-1180-GJL", "Getriebegehäuse EN-GJL-250", "25", "&#8211;", "&#8211;", "kein Angebot"),
             ("3", "FIT-316-G12-10", "Einschraubverschraubung G1/2 - 10", "2.000", "<span>4,05</span>&nbsp;EUR",
              "ab Lager", ""),
             ("4", "DSBC-32-80-PPVA-N3", "Normzylinder 32/80", "120", "&#8211;", "&#8211;", "kein Angebot"),
             ("5", "2231-004-03", "Sensorhalter-Satz L+R", "150", "<span>23,60</span>&nbsp;EUR/Satz", "6 Wochen",
              "ab 200 Sätze <span>21,90</span>&nbsp;EUR/Satz")]
U192_TABLE = ('<table style="border-collapse:collapse">\n<tr>'
              + "".join(u192_td(h, head=True) for h in ("Pos.", "Teilenummer", "Bezeichnung", "Menge", "Einzelpreis",
                                                        "Lieferzeit", "Bemerkung"))
              + "</tr>\n" + "\n".join("<tr>" + "".join(u192_td(c, right=(i in (3, 4))) for i, c in enumerate(r)) + "</tr>"
                                      for r in U192_ROWS) + "\n</table>")
U192_RFQ = ('<table border="1" cellspacing="0" cellpadding="3">\n<tr><th>Line</th><th>Part number</th><th>Description</th>'
            "<th>Qty</th><th>Unit</th><th>Need by</th><th>Unit price</th><th>Lead time</th></tr>\n"
            + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "<td>&nbsp;</td><td>&nbsp;</td></tr>"
                        for r in V.RFQ_ROWS) + "\n</table>")
U192_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>
<body dir="ltr">
<div class="elementToProof" style="font-family:Aptos,Aptos_EmbeddedFont,Aptos_MSFontService,Calibri,Helvetica,sans-serif;font-size:11pt;color:rgb(0,0,0)">
<p>Sehr geehrter Herr Albers,</p><p>&nbsp;</p>
<p>vielen Dank für Ihre Anfrage VM-RFQ-4418. Gerne bieten wir Ihnen an (Preise netto in EUR):</p><p>&nbsp;</p>
""" + U192_TABLE + """
<p>&nbsp;</p>
<p>Lieferung frei Haus (DAP Bielefeld, Incoterms 2020). Zahlung 30 Tage netto.</p>
<p>Dieses Angebot ist bis 17.07.2026 gültig.</p><p>&nbsp;</p>
<p>Mit freundlichen Grüßen</p>
<p>Stefan Hölscher<br>Vertrieb Innendienst<br>Teutoburger Präzisionsteile GmbH<br>Tel. +49 5241 555-0137</p>
</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">
<b>Von:</b> Jonas Albers &lt;j.albers@vossberg-maschinenbau.example&gt;<br>
<b>Gesendet:</b> Montag, 8. Juni 2026 09:14<br>
<b>An:</b> vertrieb@teutoburger-praezision.example &lt;vertrieb@teutoburger-praezision.example&gt;<br>
<b>Betreff:</b> RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60</font>
<div>&nbsp;</div></div>
<div>
<p>Dear Sir or Madam,</p>
<p>Vossberg Maschinenbau requests your quotation for the items below by June 26, 2026 (unit price in EUR, lead time,
Incoterms and validity).</p>
""" + U192_RFQ + """
<p>Kind regards,<br>Jonas Albers<br>Purchasing, Vossberg Maschinenbau GmbH, Bielefeld</p>
</div>
</body></html>
"""
blind2("u192-new-outlook-german-divrplyfwdmsg", V.msg("Stefan Hölscher <s.hoelscher@teutoburger-praezision.example>",
                                                      "text/html", U192_HTML, cte="quoted-printable",
                                                      subject="AW: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60"),
       "partial", "EUR", "2026-07-17", "DAP",
       [line(1, 38.90, "EUR", lead=63), nob(2), line(3, 4.05, "EUR", lead=0), nob(4), line(5, 23.60, "EUR", lead=42)],
       ["no-bid"])


if __name__ == "__main__":
    ROUND.write()

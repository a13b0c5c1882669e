#!/usr/bin/env python3
"""Writes replies u641..u656 (Corpus/u*.eml + expected u*.json) - the forty-first blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the forty earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is A TYPICAL WEEK'S INBOX: sixteen ordinary replies, each a different kind of mail one
buyer gets in a normal week - a one-line answer typed on a phone above the quoted request; the buyer's own response
template returned filled in (with an MOQ above the quantity); a Taiwanese exporter's table pasted from Excel into
Outlook (Word-filtered HTML with mso styles, an amount column and a total, one lead time past the need-by); a Gmail
reply (multipart/alternative) with the whole quote in a CSV attachment and the RFQ quoted below; a small machine
shop's PDF quotation from its Word template with a one-time set-up charge; a spring maker's price breaks written as
prose; a Dutch distributor's own XLSX layout in EUR against the USD RFQ; O-rings priced per 100; a Mexican
distributor's lead times in working days with a 15-day validity; a Canadian service centre's CAD price above a long
Outlook thread (question, answer, original RFQ); a Japanese seal maker's short question (no quote, classification
"question"); a German reply with a one-off fixture charge; a quote the vendor forwards again because the first send
bounced; a Czech shop's partial quote with a no-bid line and a batch quantity; a Danish distributor's alternate
cylinder (multipart/alternative); and a Basque shop's revised quote with previous and revised price columns
(classification "revised-quote").
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
import csv
import io

from make_corpus import line, nob, xlsx, pdf  # expected-line shapes, one-sheet workbook writer, text-layer PDF writer
from make_blind5 import check_page, file_part, multipart, row, text_part  # MIME parts, PDF rows and the page check
import make_blind5 as M  # message("sample" | "blind", frm, part): a whole message with S / H headers
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(641)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classify(kind):
    """Sets the optional classification field on the case just added (a 'question' reason contains 'question')."""
    extra = {"classification": kind}
    if kind == "question":
        extra["reasonContains"] = "question"
    ROUND.cases[-1][2].update(extra)


def cite(text, mark=">"):
    """Quotes text with '> ' (empty lines get the bare marker)."""
    return "\n".join((mark + " " + ln) if ln else mark for ln in text.splitlines())


# The sample RFQ as the buyer sent it (quoted under some replies; same lines, quantities and need-by dates).
SAMPLE_RFQ = "\n".join(f"{ln:<6}{pn:<16}{d:<44}{q:<8}{u:<6}{nb}" for ln, pn, d, q, u, nb in [
    ("Line", "Part number", "Description", "Qty", "Unit", "Need by"),
    ("1", "GSK-EPDM-80", "Gasket EPDM 70A, die-cut, 80 OD x 62 ID x 3", "5000", "EA", "2026-08-03"),
    ("2", "CBL-4C22-PUR", "Cable 4 x 22 AWG shielded, PUR, black", "1500", "M", "2026-07-20"),
    ("3", "SCR-M4X10-A2", "SHCS M4 x 10, ISO 4762, A2-70", "20000", "EA", "2026-07-13"),
    ("4", "PLT-0915-R2", "Motor base plate, 6082-T6, CNC milled", "120", "EA", "2026-08-17"),
    ("5", "SPR-C0630-302", "Compression spring, 302 SS, 0.6 wire", "8000", "EA", "2026-07-27")])


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u641 a one-line answer typed on a phone ("Sent from my iPhone") above the quoted request (no table in it): "PLT-0915-R2
# base plate, 120 pcs at $46.20 ea" -> 46.20 USD, the 120 asked -> null; "6 wks ARO" -> 42 (Jul 17, before Aug 17);
# "FOB Erie PA" -> FOB; "price good 30 days" from Fri 5 Jun -> 2026-07-05 (not short). The other four lines are not
# mentioned -> missing-line. Partial.
assert plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 30) == "2026-07-05"
sample("u641-one-line-iphone-plate", S.msg("Mike Szymanski <mike@lakeshore-cnc.example>", "text/plain", """Nora - PLT-0915-R2 base plate, 120 pcs at $46.20 ea, 6 wks ARO, FOB Erie PA, price good 30 days. Mike

Sent from my iPhone

> On Jun 3, 2026, at 7:58 AM, Nora Reyes <nreyes@northridge.example> wrote:
>
> Hi all,
>
> Please find our RFQ NR-RFQ-0619 for the AGV drive module attached. Quote whatever you can - we need your
> answers by June 12.
>
> Thanks,
> Nora
>
> Nora Reyes | Purchasing | Northridge Robotics
""", subject="Re: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "partial", "USD", "2026-07-05", "FOB",
       [line(4, 46.20, lead=42)],
       ["missing-line"])


# u642 the buyer's own response template returned filled in (quoted-printable): currency USD; "Incoterms 2020 + named
# place: FCA Milwaukee, WI" -> FCA; "Quote valid until: 07/31/2026" -> 2026-07-31 (31 cannot be a month; not short).
# Line 1 "0.187 / each", 4 weeks -> 28 (Jul 3, before Aug 3). Line 2 "1.38 / per meter" (the RFQ unit M) -> 1.38,
# 2 weeks -> 14 (Jun 19, before Jul 20). Line 3 "3.05 / per 100" -> 0.0305, "stock" -> 0. Line 4 "45.90 / each",
# 8 weeks -> 56 (Jul 31, before Aug 17). Line 5 "0.0715 / each", 5 weeks -> 35 (Jul 10, before Jul 27), "Minimum order
# qty: 10,000" -> moq 10000 > 8,000 -> moq-above-quantity (the quantity itself is not restated: null). The template's
# "Response due: June 12, 2026" is no validity. Every line priced -> parsed.
assert close(3.05 / 100, 0.0305) and plus("2026-06-05", 56) == "2026-07-31" and plus("2026-06-05", 35) == "2026-07-10"
sample("u642-filled-response-template", S.msg("Gretchen Vogel <gvogel@badgerstate-supply.example>", "text/plain", """Hi Nora,

Your response form is filled in below, our answers are after the colons. Let me know if anything is unclear.

==========================================================================
NORTHRIDGE ROBOTICS - SUPPLIER QUOTATION RESPONSE FORM
RFQ: NR-RFQ-0619             Response due: June 12, 2026
==========================================================================
Supplier name:                   Badger State Industrial Supply, Inc.
Your quote reference:            BSQ-260604-2
Quote currency:                  USD
Incoterms 2020 + named place:    FCA Milwaukee, WI
Quote valid until:               07/31/2026
Payment terms:                   Net 30

--------------------------------------------------------------------------
Line 1   GSK-EPDM-80   Gasket EPDM 70A, 80 OD x 62 ID x 3 mm    RFQ qty 5,000 EA
   Unit price:                   0.187
   Price unit (each/100/1000):   each
   Lead time:                    4 weeks
   Minimum order qty:
   Comments:

Line 2   CBL-4C22-PUR  Cable 4 x 22 AWG shielded, PUR, black    RFQ qty 1,500 M
   Unit price:                   1.38
   Price unit (each/100/1000):   per meter
   Lead time:                    2 weeks
   Minimum order qty:
   Comments:                     cut from 305 m spools, no cut charge

Line 3   SCR-M4X10-A2  SHCS M4 x 10, ISO 4762, A2-70            RFQ qty 20,000 EA
   Unit price:                   3.05
   Price unit (each/100/1000):   per 100
   Lead time:                    stock
   Minimum order qty:
   Comments:

Line 4   PLT-0915-R2   Motor base plate, 6082-T6, CNC milled    RFQ qty 120 EA
   Unit price:                   45.90
   Price unit (each/100/1000):   each
   Lead time:                    8 weeks
   Minimum order qty:
   Comments:                     made by our machining partner, inspected here

Line 5   SPR-C0630-302 Compression spring, 302 SS              RFQ qty 8,000 EA
   Unit price:                   0.0715
   Price unit (each/100/1000):   each
   Lead time:                    5 weeks
   Minimum order qty:            10,000
   Comments:                     spring maker's minimum run
--------------------------------------------------------------------------
Completed by: Gretchen Vogel, Inside Sales        Date: 06/04/2026

Thanks,
Gretchen

Gretchen Vogel | Inside Sales
Badger State Industrial Supply, Inc.
4120 W. Lincoln Ave, Milwaukee, WI 53215
414-555-0127
""", cte="quoted-printable"),
       "parsed", "USD", "2026-07-31", "FCA",
       [line(1, 0.187, lead=28), line(2, 1.38, lead=14), line(3, 0.0305, lead=0), line(4, 45.90, lead=56),
        line(5, 0.0715, lead=35, moq=10000)],
       ["moq-above-quantity"])


# u643 a Taiwanese exporter's table pasted from Excel into Outlook (Word-filtered HTML, mso styles, quoted-printable),
# above the buyer's short request in an Outlook "From: / Sent:" block. The table has its own row numbers 1-3 (matched by
# part number): gasket 0.1750, screws 0.0298, springs 0.0682 USD each ("Amount" = qty x price and the total are not
# prices: 875.00, 596.00, 545.60, 2,016.60); every lead time "45 days" -> 45 (Jul 20: before Aug 3 and Jul 27, but AFTER
# the screws' Jul 13 -> lead-time-after-need-by). "The cable and the motor base plate we cannot supply" -> lines 2 and 4
# declined. "Price term: FOB Kaohsiung" -> FOB; "Validity: until 2026/06/30" -> 2026-06-30 (not short). Partial.
assert close(5000 * 0.1750, 875.00) and close(20000 * 0.0298, 596.00) and close(8000 * 0.0682, 545.60)
assert close(875.00 + 596.00 + 545.60, 2016.60) and plus("2026-06-05", 45) == "2026-07-20"
U643_ROWS = [("No.", "Part No.", "Description", "Q'ty (pcs)", "Unit Price (USD)", "Amount (USD)", "Lead Time"),
             ("1", "GSK-EPDM-80", "EPDM gasket 80x62x3mm, 70 Shore A", "5,000", "0.1750", "875.00", "45 days"),
             ("2", "SCR-M4X10-A2", "Socket cap screw M4x10 A2-70", "20,000", "0.0298", "596.00", "45 days"),
             ("3", "SPR-C0630-302", "Compression spring SUS302 0.6x6.3x30", "8,000", "0.0682", "545.60", "45 days"),
             ("", "", "", "", "Total", "2,016.60", "")]


def xl_cell(text, cls, width, head=False, right=False):
    """One cell of an Excel range as Outlook keeps it after a paste: td with inline borders, p.MsoNormal inside."""
    bg = "background:#DDEBF7;" if head else ""
    align = " align=right style='text-align:right'" if right else ""
    inner = f"<b>{text}</b>" if head else (text or "&nbsp;")
    return (f"<td width={width} nowrap class={cls} style='width:{width * 0.75:.1f}pt;border:solid windowtext 1.0pt;{bg}"
            f"padding:0cm 5.4pt 0cm 5.4pt;height:15.0pt'><p class=MsoNormal{align}><span lang=EN-US "
            f"style='font-size:10.0pt;font-family:\"Calibri\",sans-serif;color:black'>{inner}<o:p></o:p></span></p></td>")


U643_WIDTHS = (34, 110, 230, 70, 96, 90, 70)
U643_CLASSES = ("xl65", "xl65", "xl65", "xl66", "xl67", "xl68", "xl65")
U643_TABLE = "\n".join(
    "<tr style='height:15.0pt'>" + "".join(
        xl_cell(c, cls, w, head=(i == 0), right=(i > 0 and j in (3, 4, 5)))
        for j, (c, cls, w) in enumerate(zip(r, U643_CLASSES, U643_WIDTHS))) + "</tr>"
    for i, r in enumerate(U643_ROWS))
sample("u643-excel-paste-outlook-taiwan", S.msg("Vivian Lin <vivian.lin@formosa-hardware.example>", "text/html", f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {{font-family:"Cambria Math";panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face {{font-family:Calibri;panose-1:2 15 5 2 2 2 4 3 2 4;}}
@font-face {{font-family:PMingLiU;panose-1:2 1 6 1 0 1 1 1 1 1;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:12.0pt;font-family:"PMingLiU",serif;}}
span.EmailStyle19 {{mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}}
.xl65 {{mso-style-parent:style0;border:.5pt solid windowtext;}}
.xl66 {{mso-style-parent:style0;mso-number-format:"\\#\\,\\#\\#0";border:.5pt solid windowtext;}}
.xl67 {{mso-style-parent:style0;mso-number-format:"0\\.0000";border:.5pt solid windowtext;}}
.xl68 {{mso-style-parent:style0;mso-number-format:"\\#\\,\\#\\#0\\.00";border:.5pt solid windowtext;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang=ZH-TW link="#0563C1" vlink="#954F72" style='text-justify-trim:punctuation'><div class=WordSection1>
<p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'>Dear Nora,<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'>Thank you for your inquiry NR-RFQ-0619. Please see our best price as below:<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'><o:p>&nbsp;</o:p></span></p>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=700 style='width:525.0pt;border-collapse:collapse'>
{U643_TABLE}
</table>
<p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'>Sorry, the cable and the motor base plate we cannot supply.<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'>Price term: FOB Kaohsiung<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'>Payment: T/T 30 days after B/L date<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'>Validity: until 2026/06/30<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'>Best Regards,<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'>Vivian Lin<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-US style='font-size:9.0pt;font-family:"Calibri",sans-serif;color:#7F7F7F'>Sales Dept. | Formosa Precision Hardware Co., Ltd.<br>No. 88, Gongye 2nd Rd., Rende Dist., Tainan City 71755, Taiwan<br>TEL: +886-6-555-0183 &nbsp;FAX: +886-6-555-0184<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'><o:p>&nbsp;</o:p></span></p>
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>
<p class=MsoNormal><b><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'>From:</span></b><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'> Nora Reyes &lt;nreyes@northridge.example&gt; <br><b>Sent:</b> Wednesday, June 3, 2026 9:02 PM<br><b>To:</b> Vivian Lin &lt;vivian.lin@formosa-hardware.example&gt;<br><b>Subject:</b> RFQ NR-RFQ-0619 - Mechanical and cable parts<o:p></o:p></span></p></div>
<p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'>Hello Vivian,<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'>Attached is our RFQ NR-RFQ-0619 (gaskets, cable, M4 screws, base plates and springs). Please quote by June 12 with price, lead time, Incoterms and validity.<o:p></o:p></span></p>
<p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;font-family:"Calibri",sans-serif'>Regards, Nora<o:p></o:p></span></p>
</div></body></html>""", cte="quoted-printable", subject="RE: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "partial", "USD", "2026-06-30", "FOB",
       [line(1, 0.175, lead=45), nob(2), line(3, 0.0298, lead=45), nob(4), line(5, 0.0682, lead=45)],
       ["lead-time-after-need-by", "no-bid"])


# u644 a Gmail reply (multipart/mixed: multipart/alternative text + HTML, then a CSV attachment), the RFQ quoted below
# in Gmail style. CSV with a "Price Per" column: gasket 0.192 per ea, 5 wks -> 35 (Jul 10, before Aug 3); cable 1.44 per
# meter, 3 wks -> 21 (Jun 26, before Jul 20); screws 31.20 per 1000 -> 0.0312, stock -> 0; plate 47.50 per ea, 6 wks
# -> 42 (Jul 17, before Aug 17); springs 0.0705 per ea, 4 wks -> 28 (Jul 3, before Jul 27). Quantities are the RFQ's ->
# null. Body: "Pricing is good for 60 days" from Fri 5 Jun -> 2026-08-04 (not short); "FCA Sparks, NV" -> FCA. Every
# line priced, nothing else -> parsed, no deviations.
assert close(31.20 / 1000, 0.0312) and plus("2026-06-05", 60) == "2026-08-04" and plus("2026-06-05", 28) == "2026-07-03"
U644_ROWS = [["Line", "Part Number", "Description", "Qty", "UOM", "Unit Price (USD)", "Price Per", "Lead Time", "Comments"],
             [1, "GSK-EPDM-80", "Gasket EPDM 70A 80x62x3 die-cut", 5000, "EA", "0.192", "ea", "5 wks", ""],
             [2, "CBL-4C22-PUR", "Cable 4C 22AWG shielded PUR blk", 1500, "M", "1.44", "meter", "3 wks", "cut to length"],
             [3, "SCR-M4X10-A2", "SHCS M4x10 ISO 4762 A2-70", 20000, "EA", "31.20", "1000", "stock", ""],
             [4, "PLT-0915-R2", "Motor base plate 6082-T6", 120, "EA", "47.50", "ea", "6 wks", "incl. material certs"],
             [5, "SPR-C0630-302", "Comp spring 302SS .6 wire 6.3 OD 30 FL", 8000, "EA", "0.0705", "ea", "4 wks", ""]]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(U644_ROWS)
U644_TEXT = """Hi Nora,

Thanks for the RFQ! Our quote is in the attached CSV - we can do all five lines.

Pricing is good for 60 days, FCA Sparks, NV. Terms net 30 with approved credit.

Thanks,
Derek

--
Derek Albright
Sierra Industrial Supply
1875 Glendale Ave, Sparks, NV 89431
775-555-0119

On Wed, Jun 3, 2026 at 8:02 AM Nora Reyes <nreyes@northridge.example> wrote:
""" + cite("""Hi Derek,

Northridge Robotics invites you to quote the parts below for our AGV drive module (RFQ NR-RFQ-0619).
Please send unit price, lead time, Incoterms and validity by June 12.

""" + SAMPLE_RFQ + """

Thanks,
Nora Reyes
Purchasing, Northridge Robotics""")
U644_HTML = """<div dir="ltr">Hi Nora,<div><br></div><div>Thanks for the RFQ! Our quote is in the attached CSV - we can do all five lines.</div><div><br></div><div>Pricing is good for 60 days, FCA Sparks, NV. Terms net 30 with approved credit.</div><div><br></div><div>Thanks,</div><div>Derek</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature"><div dir="ltr">Derek Albright<div>Sierra Industrial Supply</div><div>1875 Glendale Ave, Sparks, NV 89431</div><div>775-555-0119</div></div></div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, Jun 3, 2026 at 8:02 AM Nora Reyes &lt;<a href="mailto:nreyes@northridge.example">nreyes@northridge.example</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Hi Derek,<div><br></div><div>Northridge Robotics invites you to quote the parts below for our AGV drive module (RFQ NR-RFQ-0619).<br>Please send unit price, lead time, Incoterms and validity by June 12.</div><div><br></div><pre>""" + SAMPLE_RFQ + """</pre><div>Thanks,<br>Nora Reyes<br>Purchasing, Northridge Robotics</div></div></blockquote></div>"""
sample("u644-gmail-csv-all-lines", M.message("sample", "Derek Albright <dalbright@sierra-indsupply.example>", multipart("mixed", "000000000000c41f0a063b2e7d91", [
    multipart("alternative", "000000000000c41f08063b2e7d8f", [text_part("text/plain", U644_TEXT, cte="quoted-printable"),
                                                              text_part("text/html", U644_HTML, cte="quoted-printable")]),
    file_part("text/csv", "Sierra_Quote_NR-RFQ-0619.csv", _buf.getvalue().encode("utf-8"))]),
    subject="Re: RFQ NR-RFQ-0619 - Mechanical and cable parts"),
       "parsed", "USD", "2026-08-04", "FCA",
       [line(1, 0.192, lead=35), line(2, 1.44, lead=21), line(3, 0.0312, lead=0), line(4, 47.50, lead=42),
        line(5, 0.0705, lead=28)],
       [])


# u645 a small machine shop's PDF quotation from its Word template (letterhead, quote number, "To:" block, a four-column
# item table, terms, signature), body "quotation attached". Item 1: "120 / PLT-0915-R2 Motor base plate ... / $48.75 /
# $5,850.00" -> 48.75, as asked -> null. Item 2: "1 / Setup & first article inspection report (one time) / $350.00" ->
# a one-off set-up charge: note (not a line price). "Lead time: 7-8 weeks ARO" -> upper bound 56 (Jul 31, before
# Aug 17). "FOB Rockford, IL" -> FOB; "valid for 30 days" from Fri 5 Jun (the PDF is dated June 5, 2026 too) ->
# 2026-07-05 (not short). Only the plate is quoted; the other four lines are not mentioned -> missing-line. Partial.
assert close(120 * 48.75, 5850.00) and close(5850.00 + 350.00, 6200.00) and plus("2026-06-05", 56) == "2026-07-31"
U645_X = [50, 90, 130, 400, 485]
U645_PAGE = check_page(
    [(50, 795, 16, "ROCK VALLEY TOOL & MACHINE, LLC"),
     (50, 779, 8, "2215 Kishwaukee St.  |  Rockford, IL 61104  |  (815) 555-0137  |  quotes@rockvalley-tm.example"),
     (50, 740, 18, "QUOTATION"),
     (380, 744, 9, "Quote No.:  RV-26-0147"),
     (380, 730, 9, "Date:  June 5, 2026"),
     (50, 705, 9, "To:   Nora Reyes, Purchasing"),
     (50, 691, 9, "       Northridge Robotics"),
     (380, 705, 9, "Your RFQ:  NR-RFQ-0619"),
     (380, 691, 9, "Prepared by:  Dale Hoffmann")]
    + row(655, U645_X, ["Item", "Qty", "Description", "Unit Price", "Total"], 9)
    + row(635, U645_X, ["1", "120", "PLT-0915-R2  Motor base plate", "$48.75", "$5,850.00"], 9)
    + row(622, U645_X, ["", "", "10 mm 6082-T6, CNC milled, 4 x M6 tapped", "", ""], 9)
    + row(602, U645_X, ["2", "1", "Setup & first article inspection report", "$350.00", "$350.00"], 9)
    + row(589, U645_X, ["", "", "(one time charge)", "", ""], 9)
    + row(560, U645_X, ["", "", "", "TOTAL", "$6,200.00"], 9)
    + [(50, 520, 9, "Lead time: 7-8 weeks ARO"),
       (50, 506, 9, "Material: 6082-T6 plate with mill certs. Parts deburred, bagged and boxed."),
       (50, 492, 9, "Terms: Net 30.   FOB Rockford, IL."),
       (50, 478, 9, "This quotation is valid for 30 days."),
       (50, 450, 9, "Thank you for the opportunity to quote!"),
       (50, 420, 9, "Dale Hoffmann"),
       (50, 406, 9, "Owner, Rock Valley Tool & Machine, LLC")])
sample("u645-pdf-word-template-machine-shop", S.with_attachment("Dale Hoffmann <dale@rockvalley-tm.example>", """Nora,

Please find our quotation RV-26-0147 for the motor base plates attached.

Thank you,
Dale Hoffmann
Rock Valley Tool & Machine, LLC
(815) 555-0137""", "application/pdf", "RV-26-0147 Northridge.pdf", pdf([U645_PAGE])),
       "partial", "USD", "2026-07-05", "FOB",
       [line(4, 48.75, lead=56)],
       ["missing-line", "note"])


# u646 a Connecticut spring and gasket maker writing its price breaks as prose: springs "$0.0790 each up to 4,999
# pieces, $0.0720 from 5,000 to 9,999 and $0.0650 at 10,000 or more" -> the 8,000 asked falls in 5,000-9,999 -> 0.072,
# "4 to 5 weeks" -> 35 (Jul 10, before Jul 27). Gaskets "$0.210 each at 5,000; at 10,000 they drop to $0.188" -> 0.21,
# "about 3 weeks" -> 21 (Jun 26, before Aug 3). "We'll pass on lines 2, 3 and 4" -> declined. "Firm through July 31,
# 2026" (not short); "Ex Works Bristol, CT" -> EXW. Partial, no-bid.
assert 5000 <= 8000 <= 9999 and plus("2026-06-05", 21) == "2026-06-26"
sample("u646-price-breaks-in-prose", S.msg("Tom Ferraro <tferraro@pequabuck-spring.example>", "text/plain", """Hi Nora,

Good to hear from you again. On NR-RFQ-0619 we can do the springs and the gaskets.

The 302 stainless springs (SPR-C0630-302) run $0.0790 each up to 4,999 pieces, $0.0720 from 5,000 to 9,999 and
$0.0650 once you get to 10,000 or more, so at your 8,000 you're at $0.0720. We'd need 4 to 5 weeks on those.

The EPDM gaskets (GSK-EPDM-80) are $0.210 each at 5,000; if you ever go to 10,000 they drop to $0.188. Those are
about 3 weeks.

We don't make cable, screws or machined plates, so we'll pass on lines 2, 3 and 4.

Prices are firm through July 31, 2026, Ex Works Bristol, CT. Let me know if you want samples before you
order - we can have a few of each out in a week.

Best,
Tom

Tom Ferraro
Pequabuck Spring & Gasket Co.
60 Birch St, Bristol, CT 06010
(860) 555-0148
"""),
       "partial", "USD", "2026-07-31", "EXW",
       [line(1, 0.21, lead=21), nob(2), nob(3), nob(4), line(5, 0.072, lead=35)],
       ["no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u647 a Dutch distributor's own XLSX layout (letterhead rows, offer block, "Pos." 10-40 of its own, "Your part no.",
# "Price EUR" with a "Per" column, an amount column and a total) in EUR against the USD RFQ -> currency-differs.
# Bearing 3.42 per "1 pc", "ex stock" -> 0. O-rings 21.50 per "1000 pcs" -> 0.0215, 3 weeks -> 21 (Jul 3, before
# Aug 17). Hose 3.95 per "1 m", 2 weeks -> 14 (Jun 26, before Sep 1). Seal kit 31.80 per "1 set", 6 weeks -> 42 (Jul 24,
# before Sep 21). Quantities as asked -> null; the amounts (1,368.00 / 1,075.00 / 3,160.00 / 4,770.00, total 10,373.00)
# are no prices. "Valid until 31-07-2026" -> 2026-07-31 (not short); "FCA Tilburg" -> FCA. Resin and sheet are not
# mentioned anywhere -> missing-line. Partial.
assert close(400 * 3.42, 1368.0) and close(50000 * 21.50 / 1000, 1075.0) and close(800 * 3.95, 3160.0)
assert close(150 * 31.80, 4770.0) and close(1368.0 + 1075.0 + 3160.0 + 4770.0, 10373.0) and close(21.50 / 1000, 0.0215)
U647_XLSX = xlsx([
    ["Brabant Technische Handel B.V."],
    ["Ringbaan-Oost 120, 5013 CD Tilburg, Nederland  |  +31 13 555 0148  |  verkoop@brabant-th.example"],
    [""],
    ["OFFERTE / OFFER", "", "", "", "", "Offer no.", "OF26-06117"],
    ["Customer", "Halvorsen Manufacturing", "", "", "", "Date", "12-06-2026"],
    ["Attn.", "Lena Marsh", "", "", "", "Your ref.", "HM-RFQ-2611"],
    ["", "", "", "", "", "Valid until", "31-07-2026"],
    [""],
    ["Pos.", "Your part no.", "Description", "Qty", "Unit", "Price EUR", "Per", "Amount EUR", "Delivery"],
    [10, "BRG 6205-2RS", "Deep groove ball bearing 6205-2RS C3 (SKF)", 400, "pcs", 3.42, "1 pc", 1368.0, "ex stock"],
    [20, "OR-0120-NBR70", "O-ring 12 x 2 mm NBR 70 black", 50000, "pcs", 21.5, "1000 pcs", 1075.0, "3 weeks"],
    [30, "HSE-2SN-08", "Hydraulic hose EN 853 2SN DN12", 800, "m", 3.95, "1 m", 3160.0, "2 weeks"],
    [40, "KIT-PX200-SEAL", "Seal kit PX-200 (2 lip seals, 4 O-rings, 1 gasket)", 150, "set", 31.8, "1 set", 4770.0, "6 weeks"],
    [""],
    ["", "", "", "", "", "", "Total EUR", 10373.0],
    [""],
    ["Terms of delivery: FCA Tilburg (Incoterms 2020)"],
    ["Payment: 30 days net. All prices in EUR, excl. VAT."],
    ["Our general terms of sale (Metaalunie) apply."]])
blind("u647-xlsx-own-layout-dutch-eur", H.with_attachment("Sanne de Wit <s.dewit@brabant-th.example>", """Dear Lena,

Thank you for your request HM-RFQ-2611. Please find attached our offer OF26-06117 for the bearings,
O-rings, hose and seal kits.

If you have any questions, please let me know.

Met vriendelijke groet / Kind regards,

Sanne de Wit
Binnendienst / Inside Sales
Brabant Technische Handel B.V.
T +31 13 555 0148""", XLSX, "Offer OF26-06117 Halvorsen.xlsx", U647_XLSX),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(3, 3.42, "EUR", lead=0), line(4, 0.0215, "EUR", lead=21), line(5, 3.95, "EUR", lead=14),
        line(6, 31.80, "EUR", lead=42)],
       ["currency-differs", "missing-line"])


# u648 an Ohio seal house pricing the O-rings per 100: "$2.35 per 100 pcs (50,000 pcs = 500 x 100)" -> 0.0235, as asked
# -> null, 2 weeks -> 14 (Jun 26, before Aug 17). Seal kits "$36.40 per kit, 150 kits" -> 36.40, 6 weeks -> 42 (Jul 24,
# before Sep 21). "No quote on the resin, aluminum sheet, bearings and hose" -> lines 1, 2, 3, 5 declined. "Quote good
# for 30 days" from Fri 12 Jun -> 2026-07-12 (not short); "FOB Akron, OH" -> FOB. The RFQ table in the quoted Outlook
# block below is not read. Partial, no-bid.
assert close(2.35 / 100, 0.0235) and 500 * 100 == 50000 and plus("2026-06-12", 30) == "2026-07-12"
blind("u648-orings-per-100-outlook-quote", H.msg("Ray Dukes <rdukes@buckeye-seal.example>", "text/plain", """Hi Lena,

Thanks for the RFQ. We can help with the O-rings and the seal kits:

OR-0120-NBR70   O-ring 12.0 x 2.0, NBR 70, black
   $2.35 per 100 pcs  (50,000 pcs = 500 x 100)
   Lead time 2 weeks

KIT-PX200-SEAL   PX-200 seal kit
   $36.40 per kit, 150 kits
   Lead time 6 weeks - kits are assembled, bagged and labelled here in Akron

No quote on the resin, aluminum sheet, bearings and hose.

Quote good for 30 days. FOB Akron, OH.

Ray Dukes
Buckeye Seal & Gasket
1440 E. Market St, Akron, OH 44305
330-555-0162

From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Tuesday, June 9, 2026 7:48 AM
To: Ray Dukes <rdukes@buckeye-seal.example>
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Hello Ray,

Halvorsen Manufacturing requests your quotation for the items below (RFQ HM-RFQ-2611). Please reply by
June 19, 2026 with unit price, lead time, Incoterms and validity.

""" + H.RFQ_TABLE + """

Lena Marsh
Purchasing, Halvorsen Manufacturing
"""),
       "partial", "USD", "2026-07-12", "FOB",
       [nob(1), nob(2), nob(3), line(4, 0.0235, lead=14), nob(5), line(6, 36.40, lead=42)],
       ["no-bid"])


# u649 a Monterrey MRO distributor in English (windows-1252, quoted-printable), USD: bearing "USD 3.31 each, 400 pcs,
# delivery 5 working days" -> 5 x 7/5 = 7 (Jun 19, before Jul 27); hose "USD 4.18 per meter, 800 m, delivery 15 working
# days" -> 15 x 7/5 = 21 (Jul 3, before Sep 1). "Offer valid 15 days" from Fri 12 Jun -> 2026-06-27, earlier than Jul 3
# -> validity-short. "FCA Monterrey, N.L." -> FCA. The other four lines are not mentioned -> missing-line. Partial.
assert workdays(5) == 7 and workdays(15) == 21 and plus("2026-06-12", 15) == "2026-06-27"
blind("u649-mexico-working-days", H.msg("Mónica Garza <mgarza@suministros-norte.example>", "text/plain", """Hello Lena,

Thank you for including us in your RFQ HM-RFQ-2611. Please see our offer, prices in USD:

- BRG 6205-2RS C3 (SKF): USD 3.31 each, 400 pcs, delivery 5 working days
- HSE-2SN-08 hydraulic hose 2SN 1/2" (DN12): USD 4.18 per meter, 800 m, delivery 15 working days

Offer valid 15 days. FCA Monterrey, N.L. (Incoterms 2020). Export documents and pedimento by us.

Saludos cordiales / Best regards,

Mónica Garza
Ventas Industriales
Suministros Industriales del Norte, S.A. de C.V.
Av. Ruiz Cortines 3120, Col. Moderna, Monterrey, N.L. 64530, México
Tel. +52 81 5550 2264
""", charset="windows-1252", cte="quoted-printable"),
       "partial", "USD", "2026-06-27", "FCA",
       [line(3, 3.31, lead=7), line(5, 4.18, lead=21)],
       ["missing-line", "validity-short"])


# u650 a Canadian metals service centre's price above a long Outlook thread: its own question of Wed Jun 10 (film one
# side or both? mill finish?), the buyer's answer of Thu Jun 11 and the original RFQ of Tue Jun 9 with the RFQ table - no
# prices anywhere in the history. The reply: "90 sheets @ $204.60 CAD per sheet" and "All prices in Canadian dollars"
# -> 204.60 CAD (currency-differs), as asked -> null; "2-3 weeks" -> 21 (Jul 3, before Aug 10). "FCA Welland, ON" ->
# FCA; "Quote valid 30 days" from Fri 12 Jun -> 2026-07-12 (not short). The other five lines are not mentioned ->
# missing-line. Partial.
assert plus("2026-06-12", 21) == "2026-07-03" and days("2026-06-12", "2026-08-10") > 21
blind("u650-long-outlook-thread-cad-sheet", H.msg("Gord MacPherson <gmacpherson@niagara-alsteel.example>", "text/plain", """Hi Lena,

Thanks for confirming. With PVC film on one side and mill finish, here is our price on the 5052 sheet:

SHT-5052H32-030   5052-H32, 3.0 x 1250 x 2500 mm, PVC one side
90 sheets @ $204.60 CAD per sheet
Lead time 2-3 weeks

All prices in Canadian dollars. FCA Welland, ON. Quote valid 30 days.

Regards,
Gord MacPherson
Inside Sales | Niagara Aluminum & Steel Ltd.
275 Townline Tunnel Rd, Welland, ON L3B 5N9
905-555-0193 | Toll free 1-800-555-0177

From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Thursday, June 11, 2026 2:14 PM
To: Gord MacPherson <gmacpherson@niagara-alsteel.example>
Subject: RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Hi Gord,

Film on one side only, as in the RFQ description. Mill finish is fine, these are cut into guards here.

Thanks,
Lena

From: Gord MacPherson <gmacpherson@niagara-alsteel.example>
Sent: Wednesday, June 10, 2026 9:05 AM
To: Lena Marsh <lmarsh@halvorsen-mfg.example>
Subject: RE: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Hi Lena,

Before I price the 5052 sheet: do you need the PVC film on one side or both sides? And is a mill finish OK,
or do you need it brushed?

Gord

From: Lena Marsh <lmarsh@halvorsen-mfg.example>
Sent: Tuesday, June 9, 2026 7:48 AM
To: Gord MacPherson <gmacpherson@niagara-alsteel.example>
Subject: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line

Hello Gord,

Halvorsen Manufacturing requests your quotation for the items below (RFQ HM-RFQ-2611). Please reply by
June 19, 2026 with unit price, lead time, Incoterms and validity.

""" + H.RFQ_TABLE + """

Lena Marsh
Purchasing, Halvorsen Manufacturing
"""),
       "partial", "CAD", "2026-07-12", "FCA",
       [line(2, 204.60, "CAD", lead=21)],
       ["currency-differs", "missing-line"])


# u651 a Japanese seal maker's short question about the seal kit (lip seal and gasket sizes? NBR or FKM O-rings?) and a
# promise to quote "within 3 working days after your reply". No price, no decline, no line answered -> unparseable, no
# lines, no deviation kinds; classification "question".
blind("u651-japanese-question-not-a-quote", H.msg("Haruto Nishimura <h.nishimura@kansai-seal.example>", "text/plain", """Dear Ms. Marsh,

Thank you very much for your RFQ HM-RFQ-2611.

Before we quote the KIT-PX200-SEAL, could you please send us the drawing or the sizes of the 2 lip seals and the
gasket? And please let us know if the 4 O-rings in the kit are NBR 70 like OR-0120-NBR70, or FKM.

We will send our quotation within 3 working days after your reply.

Best regards,

Haruto Nishimura
Overseas Sales Dept.
Kansai Seal Industry Co., Ltd.
2-14-6 Minamisenba, Chuo-ku, Osaka 542-0081, Japan
TEL +81-6-5550-3172
""", subject="RE: RFQ HM-RFQ-2611 - question about seal kit"),
      "unparseable", None, None, None, [], [])
classify("question")


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u652 a Swabian turning shop's reply in German (ISO-8859-1, quoted-printable). Pos. 1 "Einzelpreis: 39,60 EUR", "Menge:
# 250 Stück" -> 39.60, as asked -> null; "8 Wochen nach Auftragseingang" -> 56 (Aug 10, before Aug 28); "Einmalige
# Vorrichtungskosten: 450,00 EUR" -> one-off fixture charge: note. Pos. 5 "24,85 EUR je Satz", 150 Sätze -> 24.85;
# "6-7 Wochen" -> 49 (Aug 3, before Oct 9). "Die Positionen 2, 3 und 4 ... können wir leider nicht anbieten" -> declined.
# "Angebot gültig bis 14.08.2026" -> 2026-08-14 (not short); "Lieferbedingung: FCA Reutlingen" -> FCA. VAT and payment
# remarks are no deviations. Partial.
assert plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 49) == "2026-08-03"
blind2("u652-german-reply-fixture-charge", V.msg("Jürgen Maier <j.maier@alb-drehteile.example>", "text/plain", """Sehr geehrter Herr Albers,

vielen Dank für Ihre Anfrage VM-RFQ-4418 vom 08.06.2026. Gerne bieten wir Ihnen wie folgt an:

Pos. 1   SH-2231-C rev B   Antriebswelle 42CrMo4 vergütet, gedreht und geschliffen, 30 h6 x 412 mm
         Menge: 250 Stück
         Einzelpreis: 39,60 EUR
         Lieferzeit: 8 Wochen nach Auftragseingang
         Einmalige Vorrichtungskosten: 450,00 EUR

Pos. 5   2231-004-03   Sensorhalter-Set (links/rechts inkl. Schrauben), EN AW-6082 T6, schwarz eloxiert
         Menge: 150 Sätze
         Preis: 24,85 EUR je Satz
         Lieferzeit: 6-7 Wochen

Die Positionen 2, 3 und 4 (Gussgehäuse, Verschraubung und Zylinder) können wir leider nicht anbieten.

Preise netto zzgl. gesetzl. MwSt.
Lieferbedingung: FCA Reutlingen (Incoterms 2020)
Zahlungsbedingung: 30 Tage netto
Angebot gültig bis 14.08.2026

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Jürgen Maier
Vertrieb
Alb-Drehteile Maier GmbH & Co. KG
Gutenbergstraße 14, 72770 Reutlingen
Tel. +49 7121 555 0146
Amtsgericht Stuttgart HRA 555123
""", charset="iso-8859-1", cte="quoted-printable", subject="AW: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60"),
       "partial", "EUR", "2026-08-14", "FCA",
       [line(1, 39.60, "EUR", lead=56), nob(2), nob(3), nob(4), line(5, 24.85, "EUR", lead=49)],
       ["no-bid", "note"])


# u653 an Italian distributor forwards its own offer again ("it came back from your old address"): an Outlook
# "________________________________ / From: / Sent: Thursday, June 11, 2026 17:42 / To: / Subject:" block with the offer.
# Pos. 3 "2.000 pcs - EUR 4,12 each - from stock" -> 4.12, as asked -> null, 0. Pos. 4 Festo cylinder "120 pcs - EUR
# 88,40 each - delivery 3 weeks" -> 88.40, 21 (Jul 6, before Sep 11). "CPT Bielefeld" -> CPT; "Offer valid until
# 31/07/2026" -> 2026-07-31 (a written date, not short). Shaft, housing and bracket set not mentioned -> missing-line.
# Partial.
assert plus("2026-06-15", 21) == "2026-07-06"
blind2("u653-forwarded-own-offer-again", V.msg("Chiara Bassi <c.bassi@pneumatica-lombarda.example>", "text/plain", """Dear Mr Albers,

I sent you the offer below on Thursday, but it came back from your old e-mail address - so I forward it again.
Sorry for the delay.

Best regards
Chiara Bassi

________________________________
From: Chiara Bassi <c.bassi@pneumatica-lombarda.example>
Sent: Thursday, June 11, 2026 17:42
To: j.albers@vossberg-mb.example
Subject: Offer 26/0611 - VM-RFQ-4418

Dear Mr Albers,

thank you for your request VM-RFQ-4418. We are pleased to offer:

Pos. 3  FIT-316-G12-10  straight male connector G1/2 - tube 10 mm, AISI 316L
        2.000 pcs - EUR 4,12 each - from stock

Pos. 4  DSBC-32-80-PPVA-N3  Festo ISO 15552 cylinder 32/80
        120 pcs - EUR 88,40 each - delivery 3 weeks

Delivery CPT Bielefeld (Incoterms 2020), freight included.
Offer valid until 31/07/2026.
Payment: 60 days end of month.

Best regards
Chiara Bassi
Ufficio Commerciale - Pneumatica Lombarda S.r.l.
Via Console Flaminio 19, 20134 Milano (MI) - Italy
Tel. +39 02 5550 1836 - P.IVA IT05550123456
""", subject="FW: Offer 26/0611 - VM-RFQ-4418"),
       "partial", "EUR", "2026-07-31", "CPT",
       [line(3, 4.12, "EUR", lead=0), line(4, 88.40, "EUR", lead=21)],
       ["missing-line"])


# u654 a Czech machine shop's partial quote with a no-bid line. Pos. 1 "250 pcs x 37,90 EUR, delivery 10 weeks" -> 37.90,
# as asked -> null, 70 (Aug 24, before Aug 28). Pos. 2 "no bid - we have no foundry" -> declined. Pos. 5 "160 sets x
# 21,60 EUR/set ... quantity offered 160 sets" (one anodising batch) -> 21.60, quantity 160 (quantity-differs), 5 weeks
# -> 35 (Jul 20, before Oct 9). Pos. 3 and 4 are not mentioned -> missing-line. "Offer valid 45 days" from Mon 15 Jun ->
# 2026-07-30 (not short); "FCA Jihlava" -> FCA. Partial.
assert plus("2026-06-15", 70) == "2026-08-24" and plus("2026-06-15", 45) == "2026-07-30" and plus("2026-06-15", 35) == "2026-07-20"
blind2("u654-czech-partial-no-bid-line", V.msg("Tomáš Novotný <novotny@strojirna-vysocina.example>", "text/plain", """Dear Mr. Albers,

thank you for the inquiry VM-RFQ-4418. Please find our offer below:

Pos. 1   SH-2231-C rev B   drive shaft 42CrMo4, 30 h6 x 412 mm
         250 pcs x 37,90 EUR, delivery 10 weeks

Pos. 2   HSG-1180-GJL   gearbox housing
         no bid - we have no foundry and we do not machine castings of this size

Pos. 5   2231-004-03   sensor bracket set
         160 sets x 21,60 EUR/set, delivery 5 weeks
         (we anodise in batches of 160 sets, so quantity offered is 160 sets)

Offer valid 45 days. FCA Jihlava (Incoterms 2020). Payment 30 days.

With best regards

Tomáš Novotný
Sales Engineer
Strojírna Vysočina s.r.o.
Brněnská 58, 586 01 Jihlava, Czech Republic
+420 567 555 118
""", subject="RE: RFQ VM-RFQ-4418 - offer"),
       "partial", "EUR", "2026-07-30", "FCA",
       [line(1, 37.90, "EUR", lead=70), nob(2), line(5, 21.60, "EUR", qty=160, lead=35)],
       ["missing-line", "no-bid", "quantity-differs"])


# u655 a Danish pneumatics distributor, multipart/alternative (text + HTML, same content). Pos. 3 "EUR 3,96 per piece,
# 2.000 pcs, from stock" -> 3.96, 0. Pos. 4: the Festo cylinder "is on long allocation and we cannot offer it"; instead
# "AirNord ISO 15552 cylinder, part no. ANC15552-32-80-PPV ... EUR 71,80 per piece, 120 pcs, delivery 2 weeks" ->
# alternatePartNumber ANC15552-32-80-PPV (alternate-part), 71.80, 14 (Jun 29, before Sep 11). "No quote for pos. 1, 2
# and 5" -> declined. "Offer valid 30 days" from Mon 15 Jun -> 2026-07-15 (not short); "DAP Bielefeld" -> DAP.
# Partial.
assert plus("2026-06-15", 30) == "2026-07-15" and plus("2026-06-15", 14) == "2026-06-29"
U655_TEXT = """Hello Jonas,

Thanks for your RFQ VM-RFQ-4418. Our offer in EUR:

Pos. 3  FIT-316-G12-10  male stud connector G1/2 x 10 mm tube, 316L
        EUR 3,96 per piece, 2.000 pcs, from stock

Pos. 4  DSBC-32-80-PPVA-N3: the Festo cylinder is on long allocation and we cannot offer it.
        As an alternative we offer the AirNord ISO 15552 cylinder, part no. ANC15552-32-80-PPV,
        bore 32, stroke 80, adjustable pneumatic cushioning, same mounting dimensions.
        EUR 71,80 per piece, 120 pcs, delivery 2 weeks

No quote for pos. 1, 2 and 5 - turned, cast and sheet-metal parts are not in our range.

Offer valid 30 days. DAP Bielefeld (Incoterms 2020).

Med venlig hilsen / Best regards
Mads Kjær
Jyllands Pneumatik A/S
Industrivej 42, 8260 Viby J, Denmark
+45 86 55 50 14"""
U655_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello Jonas,</p>
<p>Thanks for your RFQ VM-RFQ-4418. Our offer in EUR:</p>
<p><b>Pos. 3 &nbsp;FIT-316-G12-10</b> &nbsp;male stud connector G1/2 x 10 mm tube, 316L<br>
EUR 3,96 per piece, 2.000 pcs, from stock</p>
<p><b>Pos. 4 &nbsp;DSBC-32-80-PPVA-N3</b>: the Festo cylinder is on long allocation and we cannot offer it.<br>
As an alternative we offer the AirNord ISO 15552 cylinder, part no. ANC15552-32-80-PPV,<br>
bore 32, stroke 80, adjustable pneumatic cushioning, same mounting dimensions.<br>
EUR 71,80 per piece, 120 pcs, delivery 2 weeks</p>
<p>No quote for pos. 1, 2 and 5 - turned, cast and sheet-metal parts are not in our range.</p>
<p>Offer valid 30 days. DAP Bielefeld (Incoterms 2020).</p>
<p>Med venlig hilsen / Best regards<br>Mads Kjær<br>Jyllands Pneumatik A/S<br>Industrivej 42, 8260 Viby J, Denmark<br>+45 86 55 50 14</p>
</div></body></html>"""
blind2("u655-danish-alternate-cylinder", V.alternative("Mads Kjær <mk@jyllands-pneumatik.example>", U655_TEXT, U655_HTML,
                                                       "=_jp_655_alt", cte="quoted-printable"),
       "partial", "EUR", "2026-07-15", "DAP",
       [nob(1), nob(2), line(3, 3.96, "EUR", lead=0), line(4, 71.80, "EUR", lead=14, alt="ANC15552-32-80-PPV"), nob(5)],
       ["alternate-part", "no-bid"])


# u656 a Basque machine shop's revised quote: "REVISED offer OF-26-0412 rev.1. It replaces the offer we sent on 10 June"
# with "Previous" and "Revised" price columns - only the revised prices count. Pos. 1 "38,90 EUR -> 36,20 EUR" -> 36.20,
# 250 pcs as asked -> null, "12 weeks" (unchanged) -> 84 -> Jun 15 + 84 = Sep 7, AFTER the Aug 28 need-by ->
# lead-time-after-need-by. Pos. 5 "25,10 -> 24,30 EUR" -> 24.30, 150 sets -> null, 7 weeks -> 49 (Aug 3, before Oct 9).
# "Pos. 2, 3 and 4: no offer" -> declined. "Revised offer valid until 31/07/2026" -> 2026-07-31 (not short); "EXW
# Azkoitia" -> EXW. Partial; a revision of its own quote -> classification "revised-quote".
assert plus("2026-06-15", 84) == "2026-09-07" and days("2026-06-15", "2026-08-28") < 84
blind2("u656-basque-revised-quote-columns", V.msg("Iker Etxeberria <iker.etxeberria@mecanizados-urola.example>", "text/plain", """Hello Jonas,

As discussed by phone this morning, please find below our REVISED offer OF-26-0412 rev.1.
It replaces the offer we sent you on 10 June.

Pos  Part No.          Description                   Qty        Previous    Revised     Delivery
1    SH-2231-C rev B   Drive shaft 42CrMo4 30h6      250 pcs    38,90 EUR   36,20 EUR   12 weeks
5    2231-004-03       Sensor bracket set L+R        150 sets   25,10 EUR   24,30 EUR   7 weeks

Pos. 2, 3 and 4: no offer, as before (castings and catalogue parts are outside our scope).

The delivery time of the shaft stays at 12 weeks, because the heat treatment (Q+T) is subcontracted.
Revised offer valid until 31/07/2026. EXW Azkoitia (Incoterms 2020). Payment 60 days.

Best regards / Un saludo,

Iker Etxeberria
Commercial Dept.
Mecanizados Urola S.L.
Pol. Ind. Basarte 7, 20720 Azkoitia (Gipuzkoa), Spain
Tel. +34 943 555 217

This message and any attachments are confidential and intended solely for the addressee. If you have received it
by mistake, please notify the sender and delete it.
""", subject="RE: RFQ VM-RFQ-4418 - revised offer OF-26-0412 rev.1"),
       "partial", "EUR", "2026-07-31", "EXW",
       [line(1, 36.20, "EUR", lead=84), nob(2), nob(3), nob(4), line(5, 24.30, "EUR", lead=49)],
       ["lead-time-after-need-by", "no-bid"])
classify("revised-quote")


if __name__ == "__main__":
    ROUND.write()

#!/usr/bin/env python3
"""Writes replies u241..u256 (Corpus/u*.eml + expected u*.json) - the sixteenth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the fifteen earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is HTML AS REAL SYSTEMS RENDER IT: sixteen HTML replies (HTML only, or
multipart/alternative whose text part is a poor rendition of the table or leaves it out) the way CRM and ERP quote
templates, webmail and Outlook produce them. A distributor's table whose part cell spans its price-break rows
(rowspan), under a "Price (USD)" header spanning "Unit" and "Ext. at your qty" (colspan), with the total in <tfoot>;
a 600px layout table with a logo cell, a quotation header, the quote table nested inside with a header row of
<td><b> and a footer table of entity, EIN, DUNS, CAGE and ISO certificate numbers; a Gmail reply with the vendor's
table on top and the buyer's RFQ table (every quantity and need-by date) quoted in <blockquote class="gmail_quote">,
a spring quoted at its minimum run; an Outlook "Word HTML" table (MsoTableGrid, <p class=MsoNormal> in every cell,
widths in cm, conditional comments) in GBP with per-100 and per-1,000 prices, whose text part puts every cell on its
own line; a Salesforce/HubSpot-style "Quote #Q-00123" with a hidden preheader, a <style> block, MSO conditional
comments, the line items as a card list of <div>s, a "Total" and "Expires on" (short), whose text part has no lines
at all; a reply whose text and HTML parts differ only in notation (USD 0.1915 each / &#36;191.50 per M, 15 working days
/ 3 wks, 2026-07-31 / July 31, 2026). For HM-RFQ-2611: a greyed, struck-through hose row with "n/a"; an ERP quote
with part number <br> description cells, quantity <br> unit and <thead>/<tbody>/<tfoot> totals; a legacy ERP in
<font> tags with empty spacer columns, padded right-aligned numbers and a PER column (EA / C / MTR) under a "this
message requires HTML" text part; a Belgian distributor in EUR with &euro; entities and &nbsp; as the thousands
separator; an Odoo-style quotation with "[BRG 6205-2RS]" product cells, delivery DATES per line and "Expiration".
For VM-RFQ-4418: a French reply with &#8239; (narrow no-break space) thousands and &euro;, a late housing; a
two-row header "Part number" over "Your P/N" | "Offered P/N" where one offered number differs (alternate) and one
repeats the RFQ's; a German table with a one-off set-up charge ROW inside it (note) and a tab-separated text part; a
German webmail table of <td><b> headers with price breaks stacked in one cell with <br>; and a US shop quoting USD
under a "Price (USD)" colspan header, a housing quoted at the foundry lot, whose text part dropped the table.
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob  # expected-line shapes
from blind_round import Round, close, plus, days  # the round's cases, checked and written; date and amount helpers
from make_blind5 import message, multipart, text_part  # whole messages from one part, MIME parts
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()
import datetime

ROUND = Round(241)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================

# u241 a distributor's HTML-only quote (quoted-printable). The header is two rows: "Part / Description", "Qty break" and
# "Lead time" span both rows (rowspan=2), "Price (USD)" spans "Unit" and "Ext. at your qty" (colspan=2). Each part's
# cell spans its price-break rows (rowspan=3 / 1 / 2 / 2), and so does its lead-time cell; the extended amount is filled
# only on the break row that applies to the requested quantity. Gasket: 5,000 falls in "5,000 - 9,999" -> 0.186
# (5,000 x 0.186 = 930.00), 4 weeks -> 28 (Jun 5 + 28 = Jul 3, before Aug 3). Screws one row 0.0308 (20,000 x 0.0308 =
# 616.00), "stock" -> 0. Plate: 120 falls in "100 - 249" -> 43.90 (120 x 43.90 = 5,268.00), 7 weeks -> 49 (Jul 24,
# before Aug 17). Springs: 8,000 falls in "7,500 +" -> 0.0716 (8,000 x 0.0716 = 572.80), 5 weeks -> 35 (Jul 10, before
# Jul 27). Quantities as asked -> null. The <tfoot> total 930.00 + 616.00 + 5,268.00 + 572.80 = 7,386.80 is no price.
# "We are not able to quote the PUR cable (line 2)" -> declined. "Valid through July 24, 2026" -> 2026-07-24 (not short:
# due Jun 12 + 14 = Jun 26); "FCA Toledo, OH" -> FCA. Partial, no-bid.
assert close(5000 * 0.186, 930) and close(20000 * 0.0308, 616) and close(120 * 43.90, 5268) and close(8000 * 0.0716, 572.80)
assert close(930 + 616 + 5268 + 572.80, 7386.80)
U241_TD = 'style="border:1px solid #B4C6E7;padding:4px 8px"'
U241_R = 'style="border:1px solid #B4C6E7;padding:4px 8px;text-align:right"'


def u241_part(pn, desc, lead, breaks):
    """One part: the part and lead-time cells span its break rows; breaks = [(band, unit, ext or '')]."""
    n = len(breaks)
    rows = []
    for i, (band, unit, ext) in enumerate(breaks):
        cells = ""
        if i == 0:
            cells += f'<td rowspan="{n}" {U241_TD} valign="top"><b>{pn}</b><br>{desc}</td>'
        cells += f'<td {U241_R}>{band}</td><td {U241_R}>{unit}</td><td {U241_R}>{ext or "&nbsp;"}</td>'
        if i == 0:
            cells += f'<td rowspan="{n}" {U241_TD} valign="top">{lead}</td>'
        rows.append(f"<tr>{cells}</tr>")
    return "\n".join(rows)


U241_BODY = "\n".join([
    u241_part("GSK-EPDM-80", "Gasket EPDM 70 Sh A, die-cut, 80 x 62 x 3 mm", "4 weeks",
              [("1,000 &ndash; 4,999", "0.214", ""), ("5,000 &ndash; 9,999", "0.186", "930.00"), ("10,000 +", "0.171", "")]),
    u241_part("SCR-M4X10-A2", "SHCS M4 x 10, ISO 4762, A2-70", "stock", [("20,000", "0.0308", "616.00")]),
    u241_part("PLT-0915-R2", "Motor base plate, 6082-T6, CNC", "7 weeks",
              [("25 &ndash; 99", "48.20", ""), ("100 &ndash; 249", "43.90", "5,268.00")]),
    u241_part("SPR-C0630-302", "Compression spring, 302 SS, 0.6 x 6.3 x 30", "5 weeks",
              [("2,500 &ndash; 7,499", "0.0791", ""), ("7,500 +", "0.0716", "572.80")]),
])
sample("u241-html-rowspan-breaks-colspan-price", S.msg("Curtis Vandenberg <cvandenberg@maumee-industrial.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt;color:#222222">
<p>Good morning Nora,</p>
<p>Thanks for sending NR-RFQ-0619 our way. Our pricing is below, with our quantity breaks shown for reference; the
extended column is figured at the quantity on your RFQ.</p>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;font-size:10pt">
<thead>
<tr style="background:#2F5597;color:#FFFFFF">
<th rowspan="2" {U241_TD}>Part / Description</th><th rowspan="2" {U241_TD}>Qty break</th><th colspan="2" {U241_TD}>Price (USD)</th><th rowspan="2" {U241_TD}>Lead time</th>
</tr>
<tr style="background:#2F5597;color:#FFFFFF"><th {U241_TD}>Unit</th><th {U241_TD}>Ext. at your qty</th></tr>
</thead>
<tbody>
{U241_BODY}
</tbody>
<tfoot>
<tr style="background:#D9E1F2;font-weight:bold"><td colspan="3" {U241_R}>Total at RFQ quantities</td><td {U241_R}>7,386.80</td><td {U241_TD}>&nbsp;</td></tr>
</tfoot>
</table>
<p>We are not able to quote the PUR cable (line 2) &ndash; it is outside what we stock.</p>
<p>Prices FCA Toledo, OH. Valid through July 24, 2026.</p>
<p>Regards,<br>Curtis Vandenberg<br>Inside Sales | Maumee Industrial Supply<br>419-555-0127</p>
</body></html>""", cte="quoted-printable"),
       "partial", "USD", "2026-07-24", "FCA",
       [line(1, 0.186, lead=28), nob(2), line(3, 0.0308, lead=0), line(4, 43.90, lead=49), line(5, 0.0716, lead=35)],
       ["no-bid"])


# u242 a machine shop's quotation template, HTML only in base64: a 600px layout table (role=presentation) whose first
# row is a logo cell (an <img> with alt text) beside a quotation header ("QUOTATION No. HP-Q-26-0412", "Date:
# June 5, 2026", the RFQ reference); the quote table is nested in the third row and its header row is <td><b> cells,
# not <th>; below it a terms row and a footer table of registration numbers (PA entity no. 7765-0192, EIN 23-5550914,
# DUNS 08-555-3317, CAGE 5X4K7, ISO 9001 certificate 44 100 26 0518) that are no prices. Gasket "$0.193", "25 working
# days" -> 25 x 7/5 = 35 (Jun 5 + 35 = Jul 10, before Aug 3). Cable "$1.42 /m" on the metre line -> 1.42, 3 weeks -> 21
# (Jun 26, before Jul 20). Screws "$0.0321", "stock" -> 0. Plate "$44.75", "11 weeks" -> 77 (Jun 5 + 77 = Aug 21, AFTER
# the Aug 17 need-by -> lead-time-after-need-by). Springs "$0.0698", 4 weeks -> 28 (Jul 3, before Jul 27). Quantities
# as asked -> null. "valid for 45 days" from Fri 5 Jun -> 2026-07-20; "FOB Lancaster, PA" -> FOB. Parsed.
assert 25 * 7 / 5 == 35 and plus("2026-06-05", 77) == "2026-08-21" and plus("2026-06-05", 45) == "2026-07-20"
U242_ROWS = [("1", "GSK-EPDM-80", "Gasket, EPDM 70, die-cut 80 x 62 x 3", "5,000", "$0.193", "25 working days"),
             ("2", "CBL-4C22-PUR", "Cable 4 x 22 AWG shielded, PUR, black", "1,500 m", "$1.42 /m", "3 weeks"),
             ("3", "SCR-M4X10-A2", "SHCS M4 x 10 ISO 4762 A2-70", "20,000", "$0.0321", "stock"),
             ("4", "PLT-0915-R2", "Motor base plate 6082-T6, 4 x M6", "120", "$44.75", "11 weeks"),
             ("5", "SPR-C0630-302", "Compression spring 302 SS", "8,000", "$0.0698", "4 weeks")]
U242_CELL = 'style="padding:5px 6px;border-bottom:1px solid #DDDDDD;font-family:Arial,sans-serif;font-size:12px"'
RIGHT = ' align="right"'
U242_TABLE = ('<table width="100%" cellpadding="0" cellspacing="0" border="0">\n<tr bgcolor="#EFEFEF">'
              + "".join(f'<td {U242_CELL}><b>{h}</b></td>' for h in ("Item", "Part number", "Description", "Qty", "Unit price", "Lead time"))
              + "</tr>\n"
              + "\n".join("<tr>" + "".join(f'<td {U242_CELL}{RIGHT if j in (3, 4) else ""}>{c}</td>' for j, c in enumerate(r))
                          + "</tr>" for r in U242_ROWS)
              + "\n</table>")
sample("u242-html-nested-layout-registration-footer", message("sample", "Dana Whitcomb <dwhitcomb@harlan-precision.example>", text_part("text/html", f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Quotation HP-Q-26-0412</title></head>
<body style="margin:0;padding:0;background:#F4F4F4">
<table width="600" align="center" cellpadding="0" cellspacing="0" border="0" role="presentation" style="background:#FFFFFF">
<tr>
<td width="200" style="padding:18px"><img src="https://www.harlan-precision.example/img/logo-email.png" width="160" height="48" alt="HARLAN PRECISION" style="display:block;border:0"></td>
<td align="right" style="padding:18px;font-family:Arial,sans-serif;font-size:12px;color:#444444"><b style="font-size:16px;color:#0B3D6B">QUOTATION</b><br>No. HP-Q-26-0412<br>Date: June 5, 2026<br>Your ref.: NR-RFQ-0619</td>
</tr>
<tr><td colspan="2" style="padding:0 18px 12px 18px;font-family:Arial,sans-serif;font-size:13px">Dear Nora,<br><br>Thank you for your request. We are pleased to quote as follows.</td></tr>
<tr><td colspan="2" style="padding:0 18px">
{U242_TABLE}
</td></tr>
<tr><td colspan="2" style="padding:14px 18px;font-family:Arial,sans-serif;font-size:12px">All prices in US dollars, FOB Lancaster, PA. Payment net 30 days.<br>This quotation is valid for 45 days.<br><br>Dana Whitcomb<br>Sales Engineer</td></tr>
<tr><td colspan="2" style="padding:0">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#0B3D6B">
<tr><td style="padding:10px 18px;font-family:Arial,sans-serif;font-size:10px;color:#C9D6E3">Harlan Precision Components LLC &middot; 2210 Manheim Pike, Lancaster, PA 17601 &middot; Tel 717-555-0136</td></tr>
<tr><td style="padding:0 18px 10px 18px;font-family:Arial,sans-serif;font-size:10px;color:#C9D6E3">PA Entity No. 7765-0192 &middot; EIN 23-5550914 &middot; DUNS 08-555-3317 &middot; CAGE 5X4K7 &middot; ISO 9001:2015 Cert. No. 44 100 26 0518</td></tr>
</table>
</td></tr>
</table>
</body></html>""", cte="base64")),
       "parsed", "USD", "2026-07-20", "FOB",
       [line(1, 0.193, lead=35), line(2, 1.42, lead=21), line(3, 0.0321, lead=0), line(4, 44.75, lead=77),
        line(5, 0.0698, lead=28)],
       ["lead-time-after-need-by"])


# u243 a Gmail reply (multipart/alternative): the vendor's own HTML table on top and the buyer's RFQ table (all five
# lines with quantities and need-by dates, no prices) quoted below in <div class="gmail_quote"><blockquote
# class="gmail_quote">; the text part is Gmail's rendition (one row per line, cells separated by spaces; "> " before
# the quoted RFQ). Nothing in the quoted RFQ is a quote. Springs: "10,000 (min. run)" with "$68.40 / M" -> 68.40 /
# 1,000 = 0.0684; "our minimum production run is 10,000 pcs, so it's priced at 10,000" -> quantity 10000
# (quantity-differs) and moq 10000, above the 8,000 asked (moq-above-quantity); "4-5 weeks" -> 35 (Jun 5 + 35 = Jul 10,
# before Jul 27). Screws "$0.0319 ea", 20,000 as asked -> null, "stock" -> 0. "We don't do gaskets, cable or machined
# plates, so lines 1, 2 and 4 are a no-quote from us" -> declined. "Pricing good for 30 days" from Fri 5 Jun ->
# 2026-07-05; "FOB Grand Rapids, MI" -> FOB. Partial.
assert close(68.40 / 1000, 0.0684)
U243_VENDOR = [("Part", "Qty", "Unit price", "Lead time"),
               ("SPR-C0630-302", "10,000 (min. run)", "$68.40 / M", "4-5 weeks"),
               ("SCR-M4X10-A2", "20,000", "$0.0319 ea", "stock")]
U243_RFQ = [("Line", "Part number", "Description", "Qty", "Unit", "Need by"),
            ("1", "GSK-EPDM-80", "Gasket, EPDM 70, die-cut, 80 x 62 x 3 mm", "5000", "EA", "2026-08-03"),
            ("2", "CBL-4C22-PUR", "Cable 4 x 22 AWG shielded, PUR, on 305 m spools", "1500", "M", "2026-07-20"),
            ("3", "SCR-M4X10-A2", "SHCS M4 x 10, ISO 4762, A2-70", "20000", "EA", "2026-07-13"),
            ("4", "PLT-0915-R2", "Motor base plate, 6082-T6, CNC milled", "120", "EA", "2026-08-17"),
            ("5", "SPR-C0630-302", "Compression spring, 302 SS, 0.6 x 6.3 x 30", "8000", "EA", "2026-07-27")]
U243_INTRO = ["Hi Nora,", "", "Here's our quote on the two items we can do for NR-RFQ-0619:"]
U243_AFTER = ["Our minimum production run on the spring is 10,000 pcs, so it's priced at 10,000.",
              "We don't do gaskets, cable or machined plates, so lines 1, 2 and 4 are a no-quote from us.",
              "", "Pricing good for 30 days, FOB Grand Rapids, MI.", "", "Thanks,", "Brent Kowalczyk",
              "Lakeside Spring & Wire Form | 616-555-0159"]
U243_ATTR = "On Thu, Jun 4, 2026 at 8:41 AM Nora Reyes <nreyes@northridge.example> wrote:"
U243_ASK = ["Hello,", "", "Please quote the items below by June 12, 2026 (unit price, lead time, validity, Incoterms).", ""]
U243_TEXT = "\n".join(U243_INTRO + [""] + [" ".join(r) for r in U243_VENDOR] + [""] + U243_AFTER + ["", U243_ATTR, ""]
                      + ["> " + t if t else ">" for t in U243_ASK + [" ".join(r) for r in U243_RFQ]
                         + ["", "Regards,", "Nora Reyes", "Purchasing, Northridge Automation"]]) + "\n"


def u243_table(rows, border):
    style = f'style="padding:2px 6px;border:1px solid {border}"'
    return ('<table style="border-collapse:collapse" border="1" cellpadding="0" cellspacing="0">'
            + "<tr>" + "".join(f"<th {style}>{h}</th>" for h in rows[0]) + "</tr>"
            + "".join("<tr>" + "".join(f"<td {style}>{c}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</table>")


U243_HTML = ('<div dir="ltr"><div>Hi Nora,</div><div><br></div><div>Here\'s our quote on the two items we can do for '
             'NR-RFQ-0619:</div><div><br></div>' + u243_table(U243_VENDOR, "#999999")
             + "<div><br></div>" + "".join(f"<div>{t.replace('&', '&amp;') or '<br>'}</div>" for t in U243_AFTER[:6])
             + '<div>Brent Kowalczyk</div><div>Lakeside Spring &amp; Wire Form | 616-555-0159</div></div><br>'
             + '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Jun 4, 2026 at 8:41 AM Nora Reyes &lt;<a '
             'href="mailto:nreyes@northridge.example">nreyes@northridge.example</a>&gt; wrote:<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
             'padding-left:1ex"><div dir="ltr"><div>Hello,</div><div><br></div><div>Please quote the items below by June 12, '
             '2026 (unit price, lead time, validity, Incoterms).</div><div><br></div>' + u243_table(U243_RFQ, "#BBBBBB")
             + '<div><br></div><div>Regards,</div><div>Nora Reyes</div><div>Purchasing, Northridge Automation</div></div>'
             '</blockquote></div>\n')
sample("u243-gmail-reply-quoted-rfq-table", message("sample", "Brent Kowalczyk <brent@lakeside-springwire.example>", multipart(
    "alternative", "000000000000a1b2c3d4e5f60617", [text_part("text/plain", U243_TEXT), text_part("text/html", U243_HTML,
                                                                                                   cte="quoted-printable")])),
       "partial", "USD", "2026-07-05", "FOB",
       [nob(1), nob(2), line(3, 0.0319, lead=0), nob(4), line(5, 0.0684, qty=10000, lead=35, moq=10000)],
       ["moq-above-quantity", "no-bid", "quantity-differs"])


# u244 a UK fastener and seal house from Outlook desktop: multipart/alternative, both parts quoted-printable. The HTML
# is "Word HTML": MSO conditional comments (<!--[if gte mso 9]><xml>...</xml><![endif]-->), a table class=MsoTableGrid
# whose cells carry widths in cm and a <p class=MsoNormal><span lang=EN-GB>...<o:p></o:p> in every cell; the text part
# is Outlook's rendition with every cell on its own line. Prices in GBP against the USD RFQ -> currency-differs.
# Gasket "£0.158", 5 weeks -> 35 (Jun 5 + 35 = Jul 10, before Aug 3). Cable "£1.12 per metre" -> 1.12, 3 weeks -> 21
# (Jun 26, before Jul 20). Screws "£24.80 per 1,000" -> 24.80 / 1,000 = 0.0248, ex-stock -> 0. Plate "£33.60", 6 weeks
# -> 42 (Jul 17, before Aug 17). Springs "£5.45 per 100" -> 5.45 / 100 = 0.0545, 4 weeks -> 28 (Jul 3, before Jul 27).
# Quantities as asked -> null. "valid until 17 July 2026" -> 2026-07-17; "FCA Birmingham" -> FCA. Parsed.
assert close(24.80 / 1000, 0.0248) and close(5.45 / 100, 0.0545)
U244_ROWS = [("Line", "Part No.", "Description", "Qty", "Unit price", "Lead time"),
             ("1", "GSK-EPDM-80", "Gasket EPDM 70 Sh A, 80 x 62 x 3 mm", "5,000", "£0.158", "5 weeks"),
             ("2", "CBL-4C22-PUR", "Cable 4 x 22 AWG screened, PUR", "1,500 m", "£1.12 per metre", "3 weeks"),
             ("3", "SCR-M4X10-A2", "Socket cap screw M4 x 10 A2-70", "20,000", "£24.80 per 1,000", "ex-stock"),
             ("4", "PLT-0915-R2", "Motor base plate 6082-T6", "120", "£33.60", "6 weeks"),
             ("5", "SPR-C0630-302", "Compression spring 302 S/S", "8,000", "£5.45 per 100", "4 weeks")]
U244_CM = (1.2, 3.2, 5.6, 1.9, 3.0, 2.2)


def u244_cell(text, cm, first_row, first_col, right):
    left = "border:solid windowtext 1.0pt" if first_col else "border:solid windowtext 1.0pt;border-left:none"
    top = "" if first_row else ";border-top:none"
    align = " align=right style='text-align:right'" if right else ""
    inner = f"<b>{text}</b>" if first_row else text
    return (f"<td width={round(cm * 37.8)} valign=top style='width:{cm}cm;{left}{top};padding:0cm 5.4pt 0cm 5.4pt'>"
            f"<p class=MsoNormal{align}><span lang=EN-GB style='font-size:10.0pt'>{inner}<o:p></o:p></span></p></td>")


U244_TABLE = "\n".join("<tr>" + "".join(u244_cell(c, U244_CM[j], i == 0, j == 0, j in (3, 4) and i > 0) for j, c in enumerate(r))
                       + "</tr>" for i, r in enumerate(U244_ROWS))
U244_HTML = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {{font-family:"Cambria Math";}} @font-face {{font-family:Calibri;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;mso-fareast-language:EN-US;}}
span.EmailStyle18 {{mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}}
table.MsoTableGrid {{mso-style-priority:39;border:solid windowtext 1.0pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=EN-GB link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>
<p class=MsoNormal>Dear Nora,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thank you for your enquiry NR-RFQ-0619. Please find our quotation below; all prices are in pounds sterling (GBP).<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
{U244_TABLE}
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Delivery FCA Birmingham (Incoterms 2020). Quotation valid until 17 July 2026.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Kind regards,<o:p></o:p></p>
<p class=MsoNormal><b>Alistair Penrose</b><o:p></o:p></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>Midland Fastening &amp; Seals Ltd | Unit 14, Tyseley Industrial Estate, Birmingham B11 2AB | +44 121 555 0173<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>Registered in England No. 05550187 | VAT GB 555 0187 21<o:p></o:p></span></p>
</div></body></html>"""
U244_TEXT = ("Dear Nora,\n\nThank you for your enquiry NR-RFQ-0619. Please find our quotation below; all prices are in pounds "
             "sterling (GBP).\n\n" + "".join(c + "\n\n" for r in U244_ROWS for c in r)
             + "Delivery FCA Birmingham (Incoterms 2020). Quotation valid until 17 July 2026.\n\nKind regards,\n\n"
             "Alistair Penrose\n\nMidland Fastening & Seals Ltd | Unit 14, Tyseley Industrial Estate, Birmingham B11 2AB | "
             "+44 121 555 0173\n\nRegistered in England No. 05550187 | VAT GB 555 0187 21\n")
sample("u244-outlook-word-msotablegrid-cm-gbp", message("sample", "Alistair Penrose <a.penrose@midland-fastening.example>", multipart(
    "alternative", "_000_LO4P265MB5550187A1B2C3D4E5LO4P265MB5550_", [
        text_part("text/plain", U244_TEXT, cte="quoted-printable"), text_part("text/html", U244_HTML, cte="quoted-printable")])),
       "parsed", "GBP", "2026-07-17", "FCA",
       [line(1, 0.158, "GBP", lead=35), line(2, 1.12, "GBP", lead=21), line(3, 0.0248, "GBP", lead=0),
        line(4, 33.60, "GBP", lead=42), line(5, 0.0545, "GBP", lead=28)],
       ["currency-differs"])


# u245 a Salesforce/HubSpot-style quote notification (multipart/alternative, subject "Quote #Q-00123 from Ridgeline
# Industrial Supply", Reply-To the sales rep). The text part has no line items at all, only the quote number, the
# total, the expiry and a link. The HTML has a hidden preheader (<div style="display:none;...">), a <style> block, MSO
# conditional comments (<!--[if mso]> a 600px wrapper table and a VML "Accept quote" button <![endif]-->), and the line
# items as a card list of <div>s, not a table. Gasket card: SKU GSK-EPDM-80, quantity 5,000, unit price $0.189 ->
# 0.189 (5,000 x 0.189 = 945.00), lead time 6 weeks -> 42 (Jun 5 + 42 = Jul 17, before Aug 3). Screws: SKU
# SCR-M4X10-A2, 20,000 x $0.0315 = 630.00, "In stock" -> 0. Springs: SKU SPR-C0630-302, 8,000 x $0.0712 = 569.60, 3 weeks
# -> 21 (Jun 26, before Jul 27). Quantities as asked -> null. Subtotal / Total 945.00 + 630.00 + 569.60 = 2,144.60 (no
# price). Cable and plate are not on the quote at all -> missing-line. "Expires on June 19, 2026" -> 2026-06-19, before
# Jun 26 (due Jun 12 + 14) -> validity-short. "Shipping terms: FOB Grand Rapids, MI" -> FOB. Partial.
assert close(5000 * 0.189, 945) and close(20000 * 0.0315, 630) and close(8000 * 0.0712, 569.60)
assert close(945 + 630 + 569.60, 2144.60)
U245_ITEMS = [("Gasket, EPDM 70 Shore A, die-cut 80 x 62 x 3 mm", "GSK-EPDM-80", "5,000", "$0.189", "6 weeks", "$945.00"),
              ("Socket head cap screw M4 x 10, A2-70 stainless", "SCR-M4X10-A2", "20,000", "$0.0315", "In stock", "$630.00"),
              ("Compression spring, 302 stainless, 0.6 x 6.3 x 30 mm", "SPR-C0630-302", "8,000", "$0.0712", "3 weeks", "$569.60")]
U245_CARDS = "\n".join(f"""<div class="li-card">
  <div class="li-name">{name}</div>
  <div class="li-sku">SKU: {sku}</div>
  <div class="li-meta">Quantity: {qty} &nbsp;&middot;&nbsp; Unit price: {unit} &nbsp;&middot;&nbsp; Lead time: {lead}</div>
  <div class="li-amount">{amount}</div>
</div>""" for name, sku, qty, unit, lead, amount in U245_ITEMS)
U245_HTML = """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Quote #Q-00123</title>
<!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<style type="text/css">
  body { margin:0; padding:0; background:#F5F8FA; font-family:'Helvetica Neue',Helvetica,Arial,sans-serif; color:#33475B; }
  .wrap { max-width:600px; margin:0 auto; background:#FFFFFF; }
  .li-card { border:1px solid #CBD6E2; border-radius:4px; padding:12px 16px; margin:0 0 10px 0; }
  .li-name { font-size:15px; font-weight:600; }
  .li-sku { font-size:12px; color:#7C98B6; }
  .li-meta { font-size:13px; margin-top:4px; }
  .li-amount { font-size:15px; font-weight:600; text-align:right; }
  .field-label { font-size:12px; text-transform:uppercase; color:#7C98B6; }
  @media only screen and (max-width:480px) { .wrap { width:100% !important; } }
</style>
</head>
<body>
<div style="display:none;font-size:1px;color:#F5F8FA;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;mso-hide:all">Megan Trudeau sent you Quote #Q-00123 - review and accept online.&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;</div>
<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0"><tr><td><![endif]-->
<div class="wrap">
  <div style="padding:24px 24px 8px 24px">
    <div style="font-size:13px;color:#7C98B6">Ridgeline Industrial Supply</div>
    <div style="font-size:24px;font-weight:600">Quote #Q-00123</div>
    <div style="font-size:14px">Prepared for Nora Reyes, Northridge Automation &middot; Reference NR-RFQ-0619</div>
  </div>
  <div style="padding:8px 24px">
    <div class="field-label">Created</div><div>June 5, 2026</div>
    <div class="field-label" style="margin-top:8px">Expires on</div><div>June 19, 2026</div>
    <div class="field-label" style="margin-top:8px">Prepared by</div><div>Megan Trudeau, Account Manager</div>
  </div>
  <div style="padding:16px 24px 0 24px"><div class="field-label" style="margin-bottom:8px">Products &amp; services</div>
""" + U245_CARDS + """
  </div>
  <div style="padding:8px 24px;text-align:right">
    <div><span class="field-label">Subtotal</span>&nbsp;&nbsp;$2,144.60</div>
    <div style="font-size:18px;font-weight:600"><span class="field-label">Total</span>&nbsp;&nbsp;$2,144.60</div>
  </div>
  <div style="padding:8px 24px">
    <div class="field-label">Comments</div>
    <div>Shipping terms: FOB Grand Rapids, MI. Payment terms: Net 30. All amounts in USD.</div>
  </div>
  <div style="padding:16px 24px 24px 24px;text-align:center">
<!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="https://quotes.ridgeline-ind.example/q/Q-00123-7f3k" style="height:44px;v-text-anchor:middle;width:200px" arcsize="10%" stroke="f" fillcolor="#FF7A59"><center style="color:#ffffff;font-family:Arial,sans-serif;font-size:16px">Accept quote</center></v:roundrect><![endif]-->
<!--[if !mso]><!--><a href="https://quotes.ridgeline-ind.example/q/Q-00123-7f3k" style="background:#FF7A59;color:#FFFFFF;display:inline-block;padding:12px 32px;border-radius:4px;text-decoration:none;font-size:16px">Accept quote</a><!--<![endif]-->
  </div>
  <div style="padding:12px 24px;font-size:11px;color:#7C98B6">Ridgeline Industrial Supply &middot; 4400 Plainfield Ave NE, Grand Rapids, MI 49525 &middot; 616-555-0184</div>
</div>
<!--[if mso]></td></tr></table><![endif]-->
</body></html>
"""
U245_TEXT = """Megan Trudeau sent you a quote

Quote #Q-00123
Prepared for Nora Reyes, Northridge Automation - Reference NR-RFQ-0619

Total: $2,144.60
Expires on: June 19, 2026

Review and accept your quote online:
https://quotes.ridgeline-ind.example/q/Q-00123-7f3k

Ridgeline Industrial Supply, 4400 Plainfield Ave NE, Grand Rapids, MI 49525
"""
sample("u245-crm-quote-cards-expires-on", message("sample", "Megan Trudeau <quotes@ridgeline-ind.example>", multipart(
    "alternative", "----=_Part_2231087_145839927.1780668720113", [
        text_part("text/plain", U245_TEXT, cte="7bit"), text_part("text/html", U245_HTML, cte="quoted-printable")]),
    subject="Quote #Q-00123 from Ridgeline Industrial Supply",
    extra="Reply-To: Megan Trudeau <mtrudeau@ridgeline-ind.example>\n"),
       "partial", "USD", "2026-06-19", "FOB",
       [line(1, 0.189, lead=42), line(3, 0.0315, lead=0), line(5, 0.0712, lead=21)],
       ["missing-line", "validity-short"])


# u246 multipart/alternative whose two parts agree on every value and differ only in notation. Text: "USD 0.1915
# each", "USD 1.395 per metre", "USD 0.0302 each", "USD 40.80 each", "USD 0.0725 each"; HTML (prices in <span style>
# and <font>, "&#36;" for the dollar sign): "&#36;191.50 / M" (191.50 / 1,000 = 0.1915), "&#36;1.395 / m" (per metre on
# the metre line), "&#36;30.20 / M" (0.0302), "&#36;40.80 ea", "&#36;7.25 / C" (7.25 / 100 = 0.0725). Lead times: text "21
# days" / HTML "3 wks" -> 21 (Jun 5 + 21 = Jun 26, before Aug 3); text "15 working days" / HTML "3 wks" -> 15 x 7/5 = 21
# (before Jul 20); "ex stock" / "Stock" -> 0; "8 weeks" / "56 days" -> 56 (Jul 31, before Aug 17); "5 weeks" / "35
# days" -> 35 (Jul 10, before Jul 27). Quantities as asked in both ("5,000 pcs" / "5000") -> null. Validity
# "2026-07-31" / "July 31, 2026" -> 2026-07-31; "FCA Erie, PA" / "Free Carrier (FCA) Erie, PA" -> FCA. Parsed, nothing
# else to flag.
assert close(191.50 / 1000, 0.1915) and close(30.20 / 1000, 0.0302) and close(7.25 / 100, 0.0725) and 15 * 7 / 5 == 21
U246_TEXT = """Nora,

Our quote for NR-RFQ-0619 (all prices in USD):

GSK-EPDM-80     5,000 pcs    USD 0.1915 each       21 days
CBL-4C22-PUR    1,500 m      USD 1.395 per metre   15 working days
SCR-M4X10-A2    20,000 pcs   USD 0.0302 each       ex stock
PLT-0915-R2     120 pcs      USD 40.80 each        8 weeks
SPR-C0630-302   8,000 pcs    USD 0.0725 each       5 weeks

Valid until 2026-07-31. FCA Erie, PA.

Regards,
Joel Sandusky
Presque Isle Components, Erie PA
"""
U246_ROWS = [("GSK-EPDM-80", "5000", "&#36;191.50 / M", "3 wks"),
             ("CBL-4C22-PUR", "1500 m", "&#36;1.395 / m", "3 wks"),
             ("SCR-M4X10-A2", "20000", "&#36;30.20 / M", "Stock"),
             ("PLT-0915-R2", "120", "&#36;40.80 ea", "56 days"),
             ("SPR-C0630-302", "8000", "&#36;7.25 / C", "35 days")]
U246_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Tahoma,sans-serif;font-size:13px">
<p>Nora,</p>
<p>Our quote for NR-RFQ-0619:</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#CCCCCC">
<tr><th align="left">Part</th><th align="right">Qty</th><th align="right">Price</th><th align="left">Lead</th></tr>
""" + "\n".join(f'<tr><td><font face="Courier New">{pn}</font></td><td align="right">{q}</td>'
                f'<td align="right"><span style="color:#1F3864;font-weight:bold">{p}</span></td><td>{lt}</td></tr>'
                for pn, q, p, lt in U246_ROWS) + """
</table>
<p>Quote valid through <b>July 31, 2026</b>. Free Carrier (FCA) Erie, PA.</p>
<p>Regards,<br>Joel Sandusky<br><font color="#808080" size="1">Presque Isle Components, Erie PA</font></p>
</div></body></html>"""
sample("u246-alt-parts-differ-in-notation", S.alternative("Joel Sandusky <jsandusky@presque-isle-comp.example>",
                                                          U246_TEXT, U246_HTML),
       "parsed", "USD", "2026-07-31", "FCA",
       [line(1, 0.1915, lead=21), line(2, 1.395, lead=21), line(3, 0.0302, lead=0), line(4, 40.80, lead=56),
        line(5, 0.0725, lead=35)],
       [])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================

# u247 an MRO distributor's HTML-only quote (quoted-printable) listing RFQ lines 3 to 6; the hose row is greyed out
# (color #A6A6A6 on #F2F2F2) with its part, description and quantity struck through (<s>) and "n/a" in the price and
# lead-time cells, and the note under the table says greyed lines cannot be supplied -> line 5 declined. Bearing
# "$3.18", "stock" -> 0. O-rings "$21.40 per 1,000" -> 21.40 / 1,000 = 0.0214, 3 weeks -> 21 (Jun 12 + 21 = Jul 3,
# before Aug 17). Seal kit "$26.90 / set" -> 26.90, 6 weeks -> 42 (Jul 24, before Sep 21). Quantities as asked -> null.
# Resin and sheet are never mentioned -> missing-line. "Quote valid 60 days" from Fri 12 Jun -> 2026-08-11 (not short:
# due Jun 19 + 14 = Jul 3); "FOB Elkhart, IN" -> FOB. Partial.
assert close(21.40 / 1000, 0.0214) and plus("2026-06-12", 60) == "2026-08-11"
U247_TD = 'style="padding:4px 8px;border-bottom:1px solid #D9D9D9"'
U247_ROWS = "\n".join([
    f'<tr><td {U247_TD}>3</td><td {U247_TD}>BRG 6205-2RS</td><td {U247_TD}>Ball bearing 6205-2RS C3</td><td {U247_TD} align="right">400</td><td {U247_TD} align="right">$3.18</td><td {U247_TD}>stock</td></tr>',
    f'<tr><td {U247_TD}>4</td><td {U247_TD}>OR-0120-NBR70</td><td {U247_TD}>O-ring 12 x 2 NBR 70</td><td {U247_TD} align="right">50,000</td><td {U247_TD} align="right">$21.40 per 1,000</td><td {U247_TD}>3 weeks</td></tr>',
    f'<tr style="color:#A6A6A6;background-color:#F2F2F2"><td {U247_TD}><s>5</s></td><td {U247_TD}><s>HSE-2SN-08</s></td><td {U247_TD}><s>Hydraulic hose 2SN DN12</s></td><td {U247_TD} align="right"><s>800 m</s></td><td {U247_TD} align="right">n/a</td><td {U247_TD}>n/a</td></tr>',
    f'<tr><td {U247_TD}>6</td><td {U247_TD}>KIT-PX200-SEAL</td><td {U247_TD}>Seal kit PX-200</td><td {U247_TD} align="right">150</td><td {U247_TD} align="right">$26.90 / set</td><td {U247_TD}>6 weeks</td></tr>'])
blind("u247-html-greyed-struck-row-na", H.msg("Tamara Kessinger <tkessinger@hoosier-bearing.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>table.q {{border-collapse:collapse;font-family:Verdana,sans-serif;font-size:9pt}} table.q th {{background:#305496;color:#FFFFFF;padding:4px 8px;text-align:left}}</style></head>
<body style="font-family:Verdana,sans-serif;font-size:9pt">
<p>Hi Lena,</p>
<p>Please see our quote for HM-RFQ-2611 below.</p>
<table class="q" cellspacing="0">
<tr><th>Ln</th><th>Part no.</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Lead time</th></tr>
{U247_ROWS}
</table>
<p style="font-size:8pt;color:#7F7F7F">Lines shown greyed out are items we are unable to supply.</p>
<p>Quote valid 60 days. FOB Elkhart, IN.</p>
<p>Thank you,<br>Tamara Kessinger<br>Hoosier Bearing &amp; Seal Supply<br>574-555-0112</p>
</body></html>""", cte="quoted-printable"),
      "partial", "USD", "2026-08-11", "FOB",
      [line(3, 3.18, lead=0), line(4, 0.0214, lead=21), nob(5), line(6, 26.90, lead=42)],
      ["missing-line", "no-bid"])


# u248 an ERP quotation (HTML only, base64) with <thead>, <tbody> and <tfoot>; each item cell is "part number <br>
# <small>description <br> packing</small>", each quantity cell "quantity <br> unit" and each price cell "price <br>
# <small>per unit</small>", so descriptions carry numbers ("25 kg bags", "3.0 x 1250 x 2500") that are no prices. Resin
# "$4.31 per KG" -> 4.31 (2,500 x 4.31 = 10,775.00), 3 wks -> 21 (Jun 12 + 21 = Jul 3, before Jul 20). Sheet "$162.40
# per EA" -> 162.40 (90 x 162.40 = 14,616.00), "4-5 wks" -> 35 (Jul 17, before Aug 10). Quantities as asked -> null.
# The <tfoot> Subtotal / Total 10,775.00 + 14,616.00 = 25,391.00 is no price. Lines 3 to 6 are never mentioned ->
# missing-line. "Quote expires 07/17/2026" -> 2026-07-17 (not short: limit Jul 3); "Incoterms: FCA Gary, IN" -> FCA.
# Partial.
assert close(2500 * 4.31, 10775) and close(90 * 162.40, 14616) and close(10775 + 14616, 25391)
U248_C = 'style="padding:6px 8px;border-bottom:1px solid #E0E0E0;vertical-align:top"'
U248_R = 'style="padding:6px 8px;border-bottom:1px solid #E0E0E0;vertical-align:top;text-align:right"'
blind("u248-erp-tfoot-totals-br-cells", message("blind", "Calumet Order Desk <orders@calumet-plasticsmetals.example>", text_part("text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#333333">
<p>Dear Lena Marsh,</p>
<p>Thank you for your inquiry HM-RFQ-2611. Please find quotation <b>SQ-118842</b> below.</p>
<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:640px">
<thead>
<tr style="background:#404040;color:#FFFFFF">
<th {U248_C} align="left">Item</th><th {U248_R}>Quantity</th><th {U248_R}>Unit Price</th><th {U248_R}>Amount</th><th {U248_C} align="left">Ships</th>
</tr>
</thead>
<tbody>
<tr><td {U248_C}><b>RES-PA66-GF30</b><br><small>PA66 30% GF, heat stabilized, black<br>25 kg bags, 40 bags per pallet</small></td>
<td {U248_R}>2,500<br><small>KG</small></td><td {U248_R}>$4.31<br><small>per KG</small></td><td {U248_R}>$10,775.00</td><td {U248_C}>3 wks</td></tr>
<tr><td {U248_C}><b>SHT-5052H32-030</b><br><small>Aluminum sheet 5052-H32<br>3.0 x 1250 x 2500 mm, PVC one side</small></td>
<td {U248_R}>90<br><small>EA</small></td><td {U248_R}>$162.40<br><small>per EA</small></td><td {U248_R}>$14,616.00</td><td {U248_C}>4-5 wks</td></tr>
</tbody>
<tfoot>
<tr><td {U248_C} colspan="3" align="right">Subtotal</td><td {U248_R}>$25,391.00</td><td {U248_C}></td></tr>
<tr><td {U248_C} colspan="3" align="right">Sales tax (exempt, resale certificate on file)</td><td {U248_R}>$0.00</td><td {U248_C}></td></tr>
<tr style="font-weight:bold"><td {U248_C} colspan="3" align="right">Total (USD)</td><td {U248_R}>$25,391.00</td><td {U248_C}></td></tr>
</tfoot>
</table>
<p>Incoterms: FCA Gary, IN<br>Payment terms: Net 30<br>Quote expires 07/17/2026</p>
<p>Calumet Plastics &amp; Metals, Inc. &middot; Order Desk &middot; 219-555-0146<br>
<span style="font-size:10px;color:#999999">This quotation was generated automatically. Replies go to the order desk.</span></p>
</body></html>""", cte="base64")),
      "partial", "USD", "2026-07-17", "FCA",
      [line(1, 4.31, lead=21), line(2, 162.40, lead=35)],
      ["missing-line"])


# u249 a legacy ERP mail (multipart/alternative) whose text part only says the message needs an HTML reader. The HTML
# is 1990s markup: <font face="Arial" size="2"> everywhere, a header row of <td bgcolor><b><font>, empty spacer columns
# (<td width="12">&nbsp;</td>) between the data columns, numbers right-aligned and padded with &nbsp;, and a PER column
# giving the price basis (EA, C = per hundred, MTR = per metre). Bearing 3.260 per EA -> 3.26 (400 x 3.26 = 1,304.00),
# "STOCK" -> 0. O-rings 2.050 per C -> 2.05 / 100 = 0.0205 (50,000 x 0.0205 = 1,025.00), "15 WORKING DAYS" -> 15 x 7/5
# = 21 (Jun 12 + 21 = Jul 3, before Aug 17). Hose 4.720 per MTR -> 4.72 (800 x 4.72 = 3,776.00), "20 DAYS" -> 20 (Jul 2,
# before Sep 1). Quantities as asked -> null. Seal kit row "NO QUOTE" -> declined. Resin and sheet are not on the quote
# -> missing-line. "QUOTE GOOD THRU 08/14/26" -> 2026-08-14 (not short); "INCOTERMS: EXW BRYAN TX" -> EXW. Partial.
assert close(400 * 3.26, 1304) and close(2.05 / 100, 0.0205) and close(50000 * 0.0205, 1025) and close(800 * 4.72, 3776)
SP = '<td width="12">&nbsp;</td>'


def u249_row(cells, head=False):
    out = []
    for i, c in enumerate(cells):
        right = i in (2, 4, 6) and not head
        pad = "&nbsp;&nbsp;&nbsp;" if right else ""
        txt = f"<b>{c}</b>" if head else c
        attrs = ' bgcolor="#C0C0C0"' if head else ""
        attrs += ' align="right" nowrap' if right else ""
        out.append(f'<td{attrs}><font face="Arial" size="2">{pad}{txt}{"&nbsp;" if right else ""}</font></td>')
    return "<tr>" + SP.join(out) + "</tr>"


U249_HTML = """<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=us-ascii"></HEAD>
<BODY BGCOLOR="#FFFFFF">
<font face="Arial" size="2">LENA MARSH<BR>HALVORSEN MFG<BR><BR>RE: YOUR RFQ HM-RFQ-2611<BR>QUOTATION NO. 0061774&nbsp;&nbsp;&nbsp;QUOTE DATE 12-JUN-26<BR><BR></font>
<table border="0" cellpadding="1" cellspacing="0">
""" + "\n".join([
    u249_row(["LN", "ITEM / DESCRIPTION", "QUANTITY", "UM", "PRICE", "PER", "EXTENSION", "AVAILABILITY"], head=True),
    u249_row(["3", "BRG 6205-2RS<br>BALL BRG 25X52X15 2RS C3", "400", "EA", "3.260", "EA", "1,304.00", "STOCK"]),
    u249_row(["4", "OR-0120-NBR70<br>O-RING 12.0 X 2.0 NBR70", "50,000", "EA", "2.050", "C", "1,025.00", "15 WORKING DAYS"]),
    u249_row(["5", "HSE-2SN-08<br>HOSE EN853 2SN DN12", "800", "MTR", "4.720", "MTR", "3,776.00", "20 DAYS"]),
    u249_row(["6", "KIT-PX200-SEAL<br>SEAL KIT PX-200", "150", "SET", "NO QUOTE", "", "", ""]),
]) + """
</table>
<font face="Arial" size="2"><BR>ALL PRICES IN U.S. DOLLARS.<BR>INCOTERMS: EXW BRYAN TX&nbsp;&nbsp;&nbsp;TERMS: NET 30<BR>QUOTE GOOD THRU 08/14/26<BR><BR>
BRAZOS VALLEY INDUSTRIAL SUPPLY<BR>979-555-0121</font>
</BODY></HTML>"""
blind("u249-legacy-erp-font-spacers-per-column", H.alternative("Brazos Valley Quotes <quotes@brazos-valley-ind.example>",
                                                               "This message contains HTML content. If you can read this text, "
                                                               "your mail program does not display HTML.\n", U249_HTML),
      "partial", "USD", "2026-08-14", "EXW",
      [line(3, 3.26, lead=0), line(4, 0.0205, lead=21), line(5, 4.72, lead=20), nob(6)],
      ["missing-line", "no-bid"])


# u250 a Belgian distributor writing English, HTML only (quoted-printable), prices in EUR against the USD RFQ ->
# currency-differs. The euro sign is the entity "&euro;", decimals are commas and thousands are "&nbsp;" ("2&nbsp;500",
# "13&nbsp;374,00"). Resin "&euro; 3,96 /kg" -> 3.96 (2,500 x 3.96 = 9,900.00), 4 weeks -> 28 (Jun 12 + 28 = Jul 10,
# before Jul 20). Sheet "&euro; 148,60 /pc" -> 148.60 (90 x 148.60 = 13,374.00), 6 weeks -> 42 (Jul 24, before Aug 10).
# O-rings "&euro; 19,80 / 1&nbsp;000 pcs" -> 19.80 / 1,000 = 0.0198 (50,000 x 0.0198 = 990.00), "ex stock" -> 0. Hose
# "&euro; 4,35 /m" -> 4.35 (800 x 4.35 = 3,480.00), 3 weeks -> 21 (Jul 3, before Sep 1). Quantities as asked -> null.
# Total 9,900 + 13,374 + 990 + 3,480 = 27,744.00 is no price. "Lines 3 and 6 (bearing and seal kit): no offer" ->
# declined. "Offer valid until 31-07-2026" -> 2026-07-31; "CIF Baltimore" -> CIF. Partial.
assert close(2500 * 3.96, 9900) and close(90 * 148.60, 13374) and close(50000 * 0.0198, 990) and close(800 * 4.35, 3480)
assert close(9900 + 13374 + 990 + 3480, 27744)
U250_R = 'align="right" style="padding:3px 10px;white-space:nowrap"'
U250_L = 'style="padding:3px 10px"'
U250_ROWS = [("1", "RES-PA66-GF30", "PA66 GF30 HS, black (25 kg bags)", "2&nbsp;500 kg", "&euro;&nbsp;3,96 /kg", "&euro;&nbsp;9&nbsp;900,00", "4 weeks"),
             ("2", "SHT-5052H32-030", "Al sheet 5052-H32 3,0 x 1250 x 2500", "90 pcs", "&euro;&nbsp;148,60 /pc", "&euro;&nbsp;13&nbsp;374,00", "6 weeks"),
             ("4", "OR-0120-NBR70", "O-ring 12 x 2 NBR 70", "50&nbsp;000 pcs", "&euro;&nbsp;19,80 / 1&nbsp;000 pcs", "&euro;&nbsp;990,00", "ex stock"),
             ("5", "HSE-2SN-08", "Hose EN 853 2SN DN12", "800 m", "&euro;&nbsp;4,35 /m", "&euro;&nbsp;3&nbsp;480,00", "3 weeks")]
blind("u250-eur-euro-entity-nbsp-thousands", H.msg("Pieter Claes <pieter.claes@schelde-industrial.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Ms Marsh,</p>
<p>Thank you for your request HM-RFQ-2611. Our offer is below; all prices are in euro, excl. VAT.</p>
<table border="1" cellspacing="0" style="border-collapse:collapse;border-color:#BFBFBF">
<tr style="background:#E2EFDA"><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Price</th><th>Amount</th><th>Delivery</th></tr>
""" + "\n".join("<tr>" + "".join(f"<td {U250_R if j in (3, 4, 5) else U250_L}>{c}</td>" for j, c in enumerate(r)) + "</tr>"
                for r in U250_ROWS) + """
<tr><td colspan="5" align="right" style="padding:3px 10px"><b>Total</b></td><td align="right" style="padding:3px 10px;white-space:nowrap"><b>&euro;&nbsp;27&nbsp;744,00</b></td><td></td></tr>
</table>
<p>Lines 3 and 6 (bearing and seal kit): no offer, sorry.</p>
<p>Delivery terms: CIF Baltimore (Incoterms 2020). Offer valid until 31-07-2026.</p>
<p>Kind regards,<br>Pieter Claes<br>Schelde Industrial Supplies NV &middot; Antwerpen &middot; +32 3 555 01 64<br>
<span style="font-size:8pt;color:#808080">BTW BE 0555.018.764 &middot; RPR Antwerpen &middot; IBAN BE55 5550 1876 4021</span></p>
</body></html>""", cte="quoted-printable"),
      "partial", "EUR", "2026-07-31", "CIF",
      [line(1, 3.96, "EUR", lead=28), line(2, 148.60, "EUR", lead=42), nob(3), line(4, 0.0198, "EUR", lead=0),
       line(5, 4.35, "EUR", lead=21), nob(6)],
      ["currency-differs", "no-bid"])


# u251 an Odoo-style quotation mail (HTML only, base64): "Quotation S04417", product cells in Odoo's "[internal
# reference] name" form ("[BRG 6205-2RS] Deep groove ball bearing ..."), quantities with two decimals and the word
# "Units", "$ 3.35" price cells, a per-line "Delivery Date" (a date, not a lead time), a Taxes column, "Untaxed
# Amount / Taxes / Total" in a separate totals table, "Expiration" and "Incoterm: [FCA] FREE CARRIER". Bearing "$ 3.35"
# (400 x 3.35 = 1,340.00), delivery 06/19/2026 -> Jun 12 to Jun 19 = 7 days (before Jul 27). Seal kit "$ 24.75" (150 x
# 24.75 = 3,712.50), delivery 08/14/2026 -> 63 days (before Sep 21). "150.00 Units" and "400.00 Units" are the
# requested quantities -> null. Total 1,340.00 + 3,712.50 = 5,052.50 is no price. The other four lines are not on the
# quotation -> missing-line. "Expiration: 07/24/2026" -> 2026-07-24 (not short); Incoterm FCA. Partial.
assert days("2026-06-12", "2026-06-19") == 7 and days("2026-06-12", "2026-08-14") == 63
assert close(400 * 3.35, 1340) and close(150 * 24.75, 3712.50) and close(1340 + 3712.50, 5052.50)
U251_TD = 'style="padding:6px;border-top:1px solid #DEE2E6"'
U251_TR = 'style="padding:6px;border-top:1px solid #DEE2E6;text-align:right"'
blind("u251-odoo-bracket-refs-delivery-dates", message("blind", "Wabash Power Transmission <sales@wabash-pt.example>", text_part("text/html", f"""<div style="margin:0px;padding:0px">
<p style="margin:0px;padding:0px;font-size:13px">
Hello Lena Marsh,<br><br>
Your quotation <strong>S04417</strong> amounting in <strong>$ 5,052.50</strong> is ready for review.<br><br>
Do not hesitate to contact us if you have any questions.<br><br>
--<br>Kyle Brandt<br>Wabash Power Transmission
</p>
</div>
<div style="margin:16px 0px 0px 0px;font-family:Lato,Roboto,Arial,sans-serif;font-size:13px">
<h2 style="font-size:18px">Quotation # S04417</h2>
<table style="width:100%"><tr>
<td><strong>Expiration:</strong><br>07/24/2026</td>
<td><strong>Salesperson:</strong><br>Kyle Brandt</td>
<td><strong>Customer Reference:</strong><br>HM-RFQ-2611</td>
</tr></table>
<table class="table table-sm o_main_table" style="width:100%;margin-top:16px;border-collapse:collapse">
<thead><tr>
<th name="th_description" class="text-start">Description</th>
<th name="th_quantity" class="text-end">Quantity</th>
<th name="th_delivery" class="text-end">Delivery Date</th>
<th name="th_priceunit" class="text-end">Unit Price</th>
<th name="th_taxes" class="text-end">Taxes</th>
<th name="th_subtotal" class="text-end">Amount</th>
</tr></thead>
<tbody class="sale_tbody">
<tr class="o_line"><td {U251_TD}><span>[BRG 6205-2RS] Deep groove ball bearing 6205-2RS C3, 25 x 52 x 15 mm</span></td>
<td {U251_TR}><span>400.00</span> <span>Units</span></td><td {U251_TR}>06/19/2026</td>
<td {U251_TR}><span class="oe_currency_value">$&nbsp;3.35</span></td><td {U251_TR}></td><td {U251_TR}><span>$&nbsp;1,340.00</span></td></tr>
<tr class="o_line"><td {U251_TD}><span>[KIT-PX200-SEAL] Seal kit PX-200 (2 lip seals, 4 O-rings, 1 gasket), bagged and labelled</span></td>
<td {U251_TR}><span>150.00</span> <span>Units</span></td><td {U251_TR}>08/14/2026</td>
<td {U251_TR}><span class="oe_currency_value">$&nbsp;24.75</span></td><td {U251_TR}></td><td {U251_TR}><span>$&nbsp;3,712.50</span></td></tr>
</tbody>
</table>
<div id="total" class="row" name="total"><table class="table table-sm" style="width:40%;margin-left:auto">
<tr class="border-black o_subtotal"><td><strong>Untaxed Amount</strong></td><td class="text-end">$&nbsp;5,052.50</td></tr>
<tr><td>Taxes</td><td class="text-end">$&nbsp;0.00</td></tr>
<tr class="border-black o_total"><td><strong>Total</strong></td><td class="text-end"><strong>$&nbsp;5,052.50</strong></td></tr>
</table></div>
<p><strong>Payment terms:</strong> 30 Days<br><strong>Incoterm:</strong> [FCA] FREE CARRIER<br><strong>Currency:</strong> USD</p>
<p style="font-size:11px;color:#888888">Wabash Power Transmission LLC &middot; 900 N 3rd St, Terre Haute, IN 47807 &middot; +1 812-555-0108</p>
</div>
""", cte="base64"), subject="Wabash Power Transmission Quotation (Ref S04417)"),
      "partial", "USD", "2026-07-24", "FCA",
      [line(3, 3.35, lead=7), line(6, 24.75, lead=63)],
      ["missing-line"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================

# u252 a French machining and casting subcontractor writing French, HTML only (quoted-printable). Amounts use the
# narrow no-break space entity "&#8239;" as the thousands separator, decimal commas and "&nbsp;&euro;" after the amount
# ("1&#8239;248,00&nbsp;&euro;"), numbers right-aligned with padding. Shaft "36,40 €" -> 36.40 (250 x 36.40 =
# 9 100,00), "10 semaines" -> 70 (Jun 15 + 70 = Aug 24, before Aug 28). Housing "1 248,00 €" -> 1248.00 (25 x 1,248.00 =
# 31 200,00), "16 semaines" -> 112 (Jun 15 + 112 = Oct 5, AFTER the Oct 2 need-by -> lead-time-after-need-by).
# Quantities as asked -> null. "Total HT 40 300,00 €" (9,100 + 31,200) is no price. "Nous ne sommes pas en mesure de
# chiffrer les positions 3, 4 et 5" -> declined. "Offre valable jusqu'au 31/07/2026" -> 2026-07-31 (not short: due
# Jun 26 + 14 = Jul 10); "Départ usine (EXW) Saint-Étienne" -> EXW. EUR as the RFQ. Partial.
assert close(250 * 36.40, 9100) and close(25 * 1248, 31200) and plus("2026-06-15", 112) == "2026-10-05"
assert plus("2026-06-15", 70) == "2026-08-24"
U252_R = 'align="right" style="padding:4px 12px 4px 24px;white-space:nowrap"'
U252_L = 'style="padding:4px 12px"'
blind2("u252-fr-narrow-nbsp-euro-entity", V.msg("Élodie Marchand <e.marchand@forez-usinage.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Bonjour Monsieur Albers,</p>
<p>Suite à votre demande de prix VM-RFQ-4418, nous avons le plaisir de vous remettre notre offre&nbsp;:</p>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:1px solid #8EA9DB">
<tr style="background:#D9E1F2"><th {U252_L}>Pos.</th><th {U252_L}>Référence</th><th {U252_L}>Désignation</th><th {U252_L}>Qté</th><th {U252_L}>Prix unitaire HT</th><th {U252_L}>Montant HT</th><th {U252_L}>Délai</th></tr>
<tr><td {U252_L}>1</td><td {U252_L}>SH-2231-C rev B</td><td {U252_L}>Arbre d'entraînement 42CrMo4 trempé revenu, rectifié</td><td {U252_R}>250</td><td {U252_R}>36,40&nbsp;&euro;</td><td {U252_R}>9&#8239;100,00&nbsp;&euro;</td><td {U252_L}>10 semaines</td></tr>
<tr><td {U252_L}>2</td><td {U252_L}>HSG-1180-GJL</td><td {U252_L}>Carter de réducteur EN-GJL-250, usiné complet, apprêt RAL 7035</td><td {U252_R}>25</td><td {U252_R}>1&#8239;248,00&nbsp;&euro;</td><td {U252_R}>31&#8239;200,00&nbsp;&euro;</td><td {U252_L}>16 semaines</td></tr>
<tr><td colspan="5" {U252_R}><b>Total HT</b></td><td {U252_R}><b>40&#8239;300,00&nbsp;&euro;</b></td><td></td></tr>
</table>
<p>Nous ne sommes pas en mesure de chiffrer les positions 3, 4 et 5 (hors de notre domaine de fabrication).</p>
<p>Conditions&nbsp;: départ usine (EXW) Saint-Étienne, Incoterms 2020. Règlement à 45 jours fin de mois.<br>
Offre valable jusqu'au 31/07/2026.</p>
<p>Cordialement,<br>Élodie Marchand<br>Service commercial &ndash; Forez Usinage SAS<br>Tél. +33 4 77 55 50 19<br>
<span style="font-size:8pt;color:#808080">SIRET 555 018 419 00027 &ndash; TVA FR55 555018419</span></p>
</body></html>""", cte="quoted-printable", subject="RE: Demande de prix VM-RFQ-4418"),
       "partial", "EUR", "2026-07-31", "EXW",
       [line(1, 36.40, "EUR", lead=70), line(2, 1248.00, "EUR", lead=112), nob(3), nob(4), nob(5)],
       ["lead-time-after-need-by", "no-bid"])


# u253 a Dutch fluid-power distributor writing English, HTML only (8bit UTF-8). A two-row header: "Part number"
# spans "Your P/N" and "Offered P/N" (colspan=2), the other headers span both rows (rowspan=2). Fitting: offered P/N
# MFC-GE10R12-316 (the vendor's own brand, "same dimensions, 316L") differs from FIT-316-G12-10 ->
# alternatePartNumber MFC-GE10R12-316, "€ 3.38" -> 3.38, 3 weeks -> 21 (Jun 15 + 21 = Jul 6, before Aug 14). Cylinder:
# the Offered P/N cell repeats DSBC-32-80-PPVA-N3 (the Festo part asked for) -> no alternate, "€ 98.60" -> 98.60, 5
# weeks -> 35 (Jul 20, before Sep 11). Quantities as asked -> null. Shaft, housing and bracket set are not mentioned ->
# missing-line. "Offer valid 30 days" from Mon 15 Jun -> 2026-07-15 (not short: limit Jul 10); "FCA Venlo" -> FCA. EUR.
# Partial.
U253_TH = 'style="border:1px solid #A6A6A6;padding:3px 8px;background:#DDEBF7"'
U253_TD = 'style="border:1px solid #A6A6A6;padding:3px 8px"'
blind2("u253-offered-pn-column-alternate", V.msg("Ruud van der Linden <r.vanderlinden@maas-fluid.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Mr Albers,</p>
<p>Thank you for RFQ VM-RFQ-4418. We can offer lines 3 and 4. For line 3 we offer our own MFC brand connector
(same dimensions, 316L, compression type); line 4 is the Festo cylinder as requested.</p>
<table cellspacing="0" style="border-collapse:collapse">
<thead>
<tr><th rowspan="2" {U253_TH}>Line</th><th colspan="2" {U253_TH}>Part number</th><th rowspan="2" {U253_TH}>Description</th><th rowspan="2" {U253_TH}>Qty</th><th rowspan="2" {U253_TH}>Unit price</th><th rowspan="2" {U253_TH}>Delivery</th></tr>
<tr><th {U253_TH}>Your P/N</th><th {U253_TH}>Offered P/N</th></tr>
</thead>
<tbody>
<tr><td {U253_TD}>3</td><td {U253_TD}>FIT-316-G12-10</td><td {U253_TD}>MFC-GE10R12-316</td><td {U253_TD}>Male stud connector G1/2 - 10 mm tube, 316L</td><td {U253_TD} align="right">2,000</td><td {U253_TD} align="right">€ 3.38</td><td {U253_TD}>3 weeks</td></tr>
<tr><td {U253_TD}>4</td><td {U253_TD}>DSBC-32-80-PPVA-N3</td><td {U253_TD}>DSBC-32-80-PPVA-N3</td><td {U253_TD}>Festo ISO 15552 cylinder 32 x 80</td><td {U253_TD} align="right">120</td><td {U253_TD} align="right">€ 98.60</td><td {U253_TD}>5 weeks</td></tr>
</tbody>
</table>
<p>Prices in EUR, FCA Venlo (Incoterms 2020). Offer valid 30 days.</p>
<p>Met vriendelijke groet / Kind regards,<br>Ruud van der Linden<br>Maas Fluid Components B.V., Venlo<br>+31 77 555 0143 &middot; KvK 55501873</p>
</body></html>"""),
       "partial", "EUR", "2026-07-15", "FCA",
       [line(3, 3.38, "EUR", lead=21, alt="MFC-GE10R12-316"), line(4, 98.60, "EUR", lead=35)],
       ["alternate-part", "missing-line"])


# u254 a German CNC and anodising shop writing German, multipart/alternative (quoted-printable): the HTML table has a
# ROW for a one-off set-up charge ("Einmalige Rüstkosten Eloxal-Vorrichtung, Pos. 5", Menge 1, 285,00 €) between the
# items and the total; the text part is the same table with tab-separated cells. Shaft "37,20 €" -> 37.20 (250 x 37.20 =
# 9.300,00), "8 Wochen" -> 56 (Jun 15 + 56 = Aug 10, before Aug 28). Bracket set "18,60 €" per Satz -> 18.60 (150 x
# 18.60 = 2.790,00), "6 Wochen" -> 42 (Jul 27, before Oct 9). Quantities as asked -> null. The set-up row is no RFQ line
# and no unit price -> note. "Gesamtsumme netto 12.375,00 €" (9,300 + 2,790 + 285) is no price. Lines 2, 3 and 4 are
# never mentioned -> missing-line. "Angebot gültig bis 24.07.2026" -> 2026-07-24 (not short); "FCA Chemnitz" -> FCA.
# EUR. Partial.
assert close(250 * 37.20, 9300) and close(150 * 18.60, 2790) and close(9300 + 2790 + 285, 12375)
U254_ROWS = [("Pos.", "Artikel", "Bezeichnung", "Menge", "Einzelpreis", "Gesamtpreis", "Lieferzeit"),
             ("1", "SH-2231-C rev B", "Antriebswelle 42CrMo4, vergütet, geschliffen", "250 Stk.", "37,20 €", "9.300,00 €", "8 Wochen"),
             ("5", "2231-004-03", "Sensorhalter-Satz links/rechts mit Schrauben, schwarz eloxiert", "150 Satz", "18,60 €", "2.790,00 €", "6 Wochen"),
             ("", "", "Einmalige Rüstkosten Eloxal-Vorrichtung, Pos. 5", "1", "285,00 €", "285,00 €", ""),
             ("", "", "Gesamtsumme netto", "", "", "12.375,00 €", "")]
def u254_row(i, r):
    if i == 0:
        return '<tr style="background:#E7E6E6">' + "".join(f"<th>{c}</th>" for c in r) + "</tr>"
    bold = ' style="font-weight:bold"' if i == len(U254_ROWS) - 1 else ""
    return (f"<tr{bold}>" + "".join(f'<td{RIGHT if j in (3, 4, 5) else ""}>{c or "&nbsp;"}</td>' for j, c in enumerate(r))
            + "</tr>")


U254_HTML = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Albers,</p>
<p>vielen Dank für Ihre Anfrage VM-RFQ-4418. Gerne bieten wir Ihnen an:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#999999">
""" + "\n".join(u254_row(i, r) for i, r in enumerate(U254_ROWS)) + """
</table>
<p>Lieferbedingung: FCA Chemnitz (Incoterms 2020)<br>Zahlungsbedingung: 30 Tage netto<br>Angebot gültig bis 24.07.2026</p>
<p>Mit freundlichen Grüßen<br>Katrin Seidel<br>Erzgebirge CNC &amp; Eloxal GmbH, Chemnitz<br>Tel. +49 371 555 0164</p>
</body></html>""")
U254_TEXT = ("Sehr geehrter Herr Albers,\n\nvielen Dank für Ihre Anfrage VM-RFQ-4418. Gerne bieten wir Ihnen an:\n\n"
             + "".join("\t".join(r) + "\n" for r in U254_ROWS)
             + "\nLieferbedingung: FCA Chemnitz (Incoterms 2020)\nZahlungsbedingung: 30 Tage netto\n"
             "Angebot gültig bis 24.07.2026\n\nMit freundlichen Grüßen\nKatrin Seidel\n"
             "Erzgebirge CNC & Eloxal GmbH, Chemnitz\nTel. +49 371 555 0164\n")
blind2("u254-de-setup-charge-row-in-table", V.alternative("Katrin Seidel <k.seidel@erzgebirge-cnc.example>", U254_TEXT, U254_HTML,
                                                          "----=_Part_554_1180064.1781503500", cte="quoted-printable",
                                                          subject="AW: Anfrage VM-RFQ-4418"),
       "partial", "EUR", "2026-07-24", "FCA",
       [line(1, 37.20, "EUR", lead=56), line(5, 18.60, "EUR", lead=42)],
       ["missing-line", "note"])


# u255 a German pneumatics distributor from a webmail client, HTML only (quoted-printable): the header row is <td><b>
# cells (no <th>), each item cell is "part number <br> description", and the cylinder's price breaks are stacked in one
# cell with <br> ("ab 1 St.: 97,40 €<br>ab 50 St.: 94,20 €<br>ab 100 St.: 89,60 €"). Fitting "395,00 € / 100 St." ->
# 395.00 / 100 = 3.95, "2.000 St." as asked -> null, "ab Lager" -> 0. Cylinder: 120 pieces fall in "ab 100 St." ->
# 89.60, "3–4 Wochen" -> upper bound 28 (Jun 15 + 28 = Jul 13, before Sep 11); the Festo number as asked, no alternate.
# "Pos. 1, 2 und 5 bieten wir nicht an" -> declined. "Angebot gültig 4 Wochen" -> 28 days from Mon 15 Jun ->
# 2026-07-13 (not short: limit Jul 10); "CPT Osnabrück" -> CPT. EUR. Partial.
assert close(395.00 / 100, 3.95) and plus("2026-06-15", 28) == "2026-07-13"
U255_TD = 'style="border:1px solid #C0C0C0;padding:4px 6px;vertical-align:top"'
blind2("u255-de-webmail-td-bold-header-br-breaks", V.msg("Stefan Wiegand <s.wiegand@emsland-pneumatik.example>", "text/html", f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family:Verdana,Geneva,sans-serif;font-size:10pt">
<p>Guten Tag Herr Albers,</p>
<p>zu Ihrer Anfrage VM-RFQ-4418 bieten wir Ihnen wie folgt an:</p>
<table style="border-collapse:collapse" cellspacing="0">
<tbody>
<tr style="background-color:#f0f0f0"><td {U255_TD}><b>Pos.</b></td><td {U255_TD}><b>Artikel</b></td><td {U255_TD}><b>Menge</b></td><td {U255_TD}><b>Preis netto</b></td><td {U255_TD}><b>Lieferzeit</b></td></tr>
<tr><td {U255_TD}>3</td><td {U255_TD}>FIT-316-G12-10<br>Gerade Einschraubverschraubung G1/2 auf Rohr 10 mm, 1.4404</td><td {U255_TD}>2.000 St.</td><td {U255_TD}>395,00 € / 100 St.</td><td {U255_TD}>ab Lager</td></tr>
<tr><td {U255_TD}>4</td><td {U255_TD}>DSBC-32-80-PPVA-N3<br>Festo Normzylinder ISO 15552, Kolben 32 mm, Hub 80 mm</td><td {U255_TD}>120 St.</td><td {U255_TD}>ab 1 St.: 97,40 €<br>ab 50 St.: 94,20 €<br>ab 100 St.: 89,60 €</td><td {U255_TD}>3–4 Wochen</td></tr>
</tbody>
</table>
<p>Pos. 1, 2 und 5 bieten wir nicht an (Fertigungsteile gehören nicht zu unserem Sortiment).</p>
<p>Lieferung CPT Osnabrück (Incoterms 2020), Zahlung 14 Tage 2 % Skonto oder 30 Tage netto.<br>Angebot gültig 4 Wochen.</p>
<p>Mit freundlichen Grüßen<br>Stefan Wiegand<br>Emsland Pneumatik GmbH &amp; Co. KG<br>Tel. +49 591 555 0127</p>
</div></body></html>""", cte="quoted-printable", subject="AW: Anfrage VM-RFQ-4418"),
       "partial", "EUR", "2026-07-13", "CPT",
       [nob(1), nob(2), line(3, 3.95, "EUR", lead=0), line(4, 89.60, "EUR", lead=28), nob(5)],
       ["no-bid"])


# u256 a US machine shop quoting in USD against the EUR RFQ -> currency-differs; multipart/alternative whose text part
# came out of an HTML-to-text step that dropped the table (it keeps the intro, the lot remark and the terms only). The
# HTML header is two rows: "Price (USD)" spans "Unit" and "Extended" (colspan=2), with empty spacer columns and "&#36;"
# entities. Shaft "&#36;41.85" -> 41.85 (250 x 41.85 = 10,462.50), 9 weeks -> 63 (Jun 15 + 63 = Aug 17, before Aug 28).
# Housing: "castings are poured in lots of 30, minimum order 30 pcs, so line 2 is quoted for 30" and the Qty cell says
# 30 -> quantity 30 (quantity-differs) and moq 30, above the 25 asked (moq-above-quantity); "&#36;1,395.00" -> 1395.00
# (30 x 1,395.00 = 41,850.00); 14 weeks -> 98 (Sep 21, before Oct 2). Bracket set "&#36;22.40" per set (150 x 22.40 =
# 3,360.00), 5 weeks -> 35 (Jul 20, before Oct 9). Total 10,462.50 + 41,850.00 + 3,360.00 = 55,672.50 is no price.
# Fitting and cylinder are not mentioned -> missing-line. "Quote valid for 30 days" from Mon 15 Jun -> 2026-07-15 (not
# short); "FOB Charleston, SC" -> FOB. Partial.
assert close(250 * 41.85, 10462.50) and close(30 * 1395, 41850) and close(150 * 22.40, 3360)
assert close(10462.50 + 41850 + 3360, 55672.50) and plus("2026-06-15", 98) == "2026-09-21"
U256_SP = '<td width="16" style="font-size:1px">&nbsp;</td>'
U256_SP_HEAD = '<td rowspan="2" width="16" style="font-size:1px">&nbsp;</td>'  # header spacers span both header rows
U256_C = 'style="padding:4px 0;border-bottom:1px solid #DDDDDD"'
U256_R = 'align="right" style="padding:4px 0;border-bottom:1px solid #DDDDDD"'


def u256_row(ln, pn, desc, qty, unit, ext, lead):
    return ("<tr>" + U256_SP.join([f"<td {U256_C}>{ln}</td>", f"<td {U256_C}>{pn}<br><span style=\"color:#666666\">{desc}</span></td>",
                                   f"<td {U256_R}>{qty}</td>", f"<td {U256_R}>{unit}</td>", f"<td {U256_R}>{ext}</td>",
                                   f"<td {U256_C}>{lead}</td>"]) + "</tr>")


U256_HTML = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Georgia,serif;font-size:13px">
<p>Jonas,</p>
<p>Thank you for including Lowcountry Machine &amp; Foundry on VM-RFQ-4418. Our prices are in US dollars.</p>
<table cellpadding="0" cellspacing="0" border="0">
<tr style="font-weight:bold">""" + U256_SP_HEAD.join(['<td rowspan="2">Line</td>', '<td rowspan="2">Part</td>',
                                                     '<td rowspan="2" align="right">Qty</td>',
                                                     '<td colspan="3" align="center" style="border-bottom:1px solid #000000">Price (USD)</td>',
                                                     '<td rowspan="2">Lead time</td>']) + """</tr>
<tr style="font-weight:bold"><td align="right">Unit</td>""" + U256_SP + """<td align="right">Extended</td></tr>
""" + "\n".join([u256_row("1", "SH-2231-C rev B", "Drive shaft 42CrMo4 Q&amp;T, ground", "250", "&#36;41.85", "&#36;10,462.50", "9 weeks"),
                 u256_row("2", "HSG-1180-GJL", "Gearbox housing EN-GJL-250, machined, primed", "30", "&#36;1,395.00", "&#36;41,850.00", "14 weeks"),
                 u256_row("5", "2231-004-03", "Sensor bracket set L+R, black anodized", "150", "&#36;22.40", "&#36;3,360.00", "5 weeks")]) + """
<tr style="font-weight:bold">""" + U256_SP.join(['<td colspan="3"></td>', '<td></td>', '<td align="right">Total</td>', '<td align="right">&#36;55,672.50</td>', '<td></td>']) + """</tr>
</table>
<p>Castings are poured in lots of 30 (minimum order 30 pcs), so line 2 is quoted for 30 housings.</p>
<p>FOB Charleston, SC. Quote valid for 30 days.</p>
<p>Best regards,<br>Wade Pinckney<br>Lowcountry Machine &amp; Foundry, North Charleston, SC<br>843-555-0159</p>
</body></html>""")
U256_TEXT = """Jonas,

Thank you for including Lowcountry Machine & Foundry on VM-RFQ-4418. Our prices are in US dollars.

Castings are poured in lots of 30 (minimum order 30 pcs), so line 2 is quoted for 30 housings.

FOB Charleston, SC. Quote valid for 30 days.

Best regards,
Wade Pinckney
Lowcountry Machine & Foundry, North Charleston, SC
843-555-0159
"""
blind2("u256-usd-colspan-text-part-no-table", V.alternative("Wade Pinckney <wpinckney@lowcountry-mf.example>", U256_TEXT, U256_HTML,
                                                            "b1_7d3c0e5a9f2b4c6d8e0f1a2b3c4d5e6f"),
       "partial", "USD", "2026-07-15", "FOB",
       [line(1, 41.85, lead=63), line(2, 1395.00, qty=30, lead=98, moq=30), line(5, 22.40, lead=35)],
       ["currency-differs", "missing-line", "moq-above-quantity", "quantity-differs"])


if __name__ == "__main__":
    ROUND.write()

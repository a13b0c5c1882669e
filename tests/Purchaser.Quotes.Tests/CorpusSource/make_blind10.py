#!/usr/bin/env python3
"""Writes replies u145..u160 (Corpus/u*.eml + expected u*.json) - the tenth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the nine earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. This round covers inbox situations the earlier rounds lack: a reply written in Chinese (USD named
as 美元, "现货", "周", "个工作日", "千件", a validity written 2026年7月31日); an ERP HTML table in HTML 4 order
(<thead>, then the <tfoot> totals, then <tbody>) with every cell wrapped in <font> and <span> and a price per 250;
prices in cents ("18.4¢ ea") under a minimum-order-value / small-order handling charge (note) and a lower-case
Incoterm inside a sentence, valid "six weeks from today"; lead times written only as delivery or ship dates in
several date styles; two price columns (standard and express service) where the vendor names the standard column
the offer; a question about one line before quoting the others (that line pending, so missing); resin and sheet
priced by the pound with the vendor's own conversion to the RFQ unit; MRO "list less discount" lines where the net
price is not written and must be computed; an RTF attachment with an RTF table; separate PRICING and AVAILABILITY
lists in different orders (one line shipped partly from stock); Excel's "Unicode text" export (UTF-16LE, tabs) as a
.txt attachment; a Turkish reply ("birim fiyat", "hafta", "iş günü", "teklif veremiyoruz"); an XLSX with the customer
part numbers typed without dashes (one stored as the number 223100403) and prices stored with binary float noise; a
German CSV with Excel's "sep=;" first line, a price-unit column and delivery as calendar weeks with their date range;
an S/MIME signed message (multipart/signed with an smime.p7s part) carrying an equivalent cylinder; and a table
pasted from Google Sheets into Gmail (data-sheets-* attributes, GBP cells) against the EUR RFQ.
All companies, people, addresses and numbers are fictitious (.example domains)."""
import datetime
import hashlib

from make_corpus import line, nob  # expected-line shapes
from blind_round import Round  # the round's cases, checked and written
from make_blind3 import b64, excel_serial, xlsx_styled  # base64 lines, Excel date serials, styled workbook
from make_blind5 import file_part, multipart, text_part  # MIME parts
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ROUND = Round(145)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================

# u145 a Chinese gasket and fastener factory writing Chinese: "价格单位：美元 USD" (US dollars), a table
# 序号 | 料号 | 品名 | 数量 | 单价 (USD) | 交期 with "/件" (per piece) and "28.80 /千件" (per thousand pieces -> 0.0288),
# "4周" -> 28, "现货" (stock) -> 0, "15个工作日" (working days) -> 21; lines 2 and 4 "无法报价" (cannot quote);
# "报价有效期至：2026年7月31日"; FOB 宁波 (Ningbo). Payment "30% 预付" is not a deviation.
sample("u145-chinese-language-usd", S.msg("王丽 <wangli@hengtai-seal.example>", "text/plain", """Nora 您好，

感谢贵司询价 NR-RFQ-0619。我司报价如下（价格单位：美元 USD，不含税）：

报价单号：HT-Q2606-018      报价日期：2026年6月5日

序号  料号              品名                          数量          单价 (USD)       交期
1     GSK-EPDM-80       EPDM垫片 80x62x3，邵氏70       5,000 件      0.176 /件        4周
3     SCR-M4X10-A2      内六角螺钉 M4x10 A2-70         20,000 件     28.80 /千件      现货
5     SPR-C0630-302     压缩弹簧 302不锈钢 0.6x6.3x30  8,000 件      0.0685 /件       15个工作日

第2项（电缆 CBL-4C22-PUR）和第4项（电机底板 PLT-0915-R2）：无法报价，不在我司产品范围内。

贸易条款：FOB 宁波（Incoterms 2020）
付款方式：30% 预付，70% 见提单副本付款
报价有效期至：2026年7月31日

如有任何问题，请随时联系。

此致
敬礼

王丽
销售部
宁波恒泰密封件有限公司
电话：+86 574 5555 0136
"""), "partial", "USD", "2026-07-31", "FOB",
       [line(1, 0.176, lead=28), nob(2), line(3, 0.0288, lead=0), nob(4), line(5, 0.0685, lead=21)],
       ["no-bid"])


# u146 ERP HTML (HTML 4 table order: <thead>, then the <tfoot> with Subtotal / Total rows, then <tbody>, so the totals
# come first in the source but render last); every cell wrapped in <font face size> and one or two <span>s, the unit
# after the price in its own <span> ("$0.1880" + "ea"), the springs "$17.75 / 250 pcs" -> 0.071, an Ext. Price column
# whose values equal qty x price. All five priced; FCA with a place; a US numeric validity date.
def f_cell(content, align="left", bold=False, header=False):
    inner = f"<b>{content}</b>" if bold else content
    color = ' color="#FFFFFF"' if header else ""
    tag = "th" if header else "td"
    return f'<{tag} align="{align}" valign="top"><font face="Verdana" size="2"{color}>{inner}</font></{tag}>'


def sp(text, style=""):
    return f'<span style="{style}">{text}</span>' if style else f"<span>{text}</span>"


U146_ROWS = [
    ("1", "GSK-EPDM-80", "GASKET EPDM 70 SH 80 X 62 X 3", "5,000", "EA", "$0.1880", "ea", "$940.00", "4 wks"),
    ("2", "CBL-4C22-PUR", "CABLE 4C 22AWG SHLD PUR BLK", "1,500", "M", "$1.41", "/ m", "$2,115.00", "2 wks"),
    ("3", "SCR-M4X10-A2", "SHCS M4 X 10 ISO 4762 A2-70", "20,000", "EA", "$0.0304", "ea", "$608.00", "Stock"),
    ("4", "PLT-0915-R2", "MOTOR BASE PLATE 6082-T6", "120", "EA", "$43.20", "ea", "$5,184.00", "9 wks"),
    ("5", "SPR-C0630-302", "COMP SPRING 302 SS .6 X 6.3 X 30", "8,000", "EA", "$17.75", "/ 250 pcs", "$568.00", "5 wks"),
]
U146_HEAD = "".join(f_cell(h, header=True, bold=True) for h in
                    ("Item", "Part Number", "Description", "Qty", "UOM", "Unit Price", "Ext. Price", "Lead Time"))
U146_BODY = "\n".join(
    "<tr>" + f_cell(sp(r[0])) + f_cell(sp(r[1], "font-weight:bold")) + f_cell(sp(r[2])) + f_cell(sp(r[3]), "right")
    + f_cell(sp(r[4])) + f_cell(sp(r[5]) + "&nbsp;" + sp(r[6], "color:#666666;font-size:8pt"), "right")
    + f_cell(sp(r[7]), "right") + f_cell(sp(r[8])) + "</tr>" for r in U146_ROWS)
U146_FOOT = ('<tr bgcolor="#EEEEEE"><td colspan="6" align="right"><font face="Verdana" size="2"><b>Subtotal</b></font></td>'
             + f_cell(sp("$9,415.00"), "right") + "<td>&nbsp;</td></tr>\n"
             '<tr bgcolor="#EEEEEE"><td colspan="6" align="right"><font face="Verdana" size="2"><b>Total USD</b></font></td>'
             + f_cell(sp("$9,415.00", "font-weight:bold"), "right") + "<td>&nbsp;</td></tr>")
assert abs(sum(float(r[7].strip("$").replace(",", "")) for r in U146_ROWS) - 9415.00) < 0.001
sample("u146-html-thead-tfoot-font", S.msg("Gary Lindqvist <glindqvist@tricounty-supply.example>", "text/html", f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Quotation Q-260605-14</title></head>
<body bgcolor="#FFFFFF">
<font face="Verdana" size="2">Nora,<br><br>Please find quotation <b>Q-260605-14</b> for your RFQ NR-RFQ-0619 below.<br><br></font>
<table border="1" cellpadding="4" cellspacing="0" bordercolor="#999999">
<thead>
<tr bgcolor="#1F3864">{U146_HEAD}</tr>
</thead>
<tfoot>
{U146_FOOT}
</tfoot>
<tbody>
{U146_BODY}
</tbody>
</table>
<br>
<font face="Verdana" size="2">
<span>Quote valid until: 07/24/2026</span><br>
<span>Incoterms 2020: FCA Fort Wayne, IN</span><br>
<span>Payment terms: Net 30</span><br><br>
Gary Lindqvist<br>Tri-County Industrial Supply<br>260-555-0142
</font>
</body></html>"""), "parsed", "USD", "2026-07-24", "FCA",
       [line(1, 0.188, lead=28), line(2, 1.41, lead=14), line(3, 0.0304, lead=0), line(4, 43.20, lead=63),
        line(5, 0.071, lead=35)],
       [])


# u147 prices in cents with the cent sign ("18.4¢ ea" -> 0.184, "3.1¢" -> 0.031, "7.05¢" -> 0.0705) next to a dollar
# price for the cable; the plate declined ("no quote on that one"); a minimum order value with a $35 handling charge
# on smaller releases (an extra charge -> note; not an MOQ); the Incoterm in lower case inside a sentence ("fob our
# dock in Muncie, IN") and a validity of "six weeks from today" (the Date header) -> 2026-07-17.
sample("u147-cents-min-order-charge", S.msg("Doug Harlan <dharlan@whitewater-fastener.example>", "text/plain", """Nora,

Here's our pricing on NR-RFQ-0619:

  GSK-EPDM-80     die-cut EPDM gasket           18.4¢ ea      4 wks
  CBL-4C22-PUR    4C/22 shielded PUR cable      $1.36/m       3 wks
  SCR-M4X10-A2    M4 x 10 SHCS, A2-70           3.1¢ ea       stock
  SPR-C0630-302   302 SS compression spring     7.05¢ ea      5 wks

We have to pass on the motor base plate (PLT-0915-R2) - we don't do machining, so no quote on that one.

Our minimum order value is $250.00 per release; releases under $250.00 carry a $35.00 handling charge.
Prices are fob our dock in Muncie, IN and are good for six weeks from today.

Doug Harlan
Whitewater Fastener & Gasket
765-555-0121
"""), "partial", "USD", "2026-07-17", "FOB",
       [line(1, 0.184, lead=28), line(2, 1.36, lead=21), line(3, 0.031, lead=0), nob(4), line(5, 0.0705, lead=35)],
       ["no-bid", "note"])


# u148 no lead times, only dates counted from the Date header (Fri 5 Jun 2026), each written differently: "delivered
# by Friday, July 3, 2026" -> 28, "ships 2026-06-19" -> 14, stock "ships the day we get your PO" -> 0, "delivery 14 Aug
# 2026" -> 70, "delivery July 31st" (no year: the coming one) -> 56, after the springs' need-by (Jul 27). "firm
# through July 15, 2026"; DAP Dayton.
sample("u148-delivery-dates-prose", S.msg("Angela Ruiz <aruiz@miamivalley-dist.example>", "text/plain", """Good morning Nora,

Thanks for NR-RFQ-0619. Rather than lead times I've given you the dates we can deliver to your dock in Dayton:

- GSK-EPDM-80, 5,000 pcs: $0.1890 each - delivered by Friday, July 3, 2026
- CBL-4C22-PUR, 1,500 m: $1.40 per metre - ships 2026-06-19
- SCR-M4X10-A2, 20,000 pcs: $0.0299 each - in stock, ships the day we get your PO
- PLT-0915-R2, 120 pcs: $42.40 each - delivery 14 Aug 2026
- SPR-C0630-302, 8,000 pcs: $0.0709 each - delivery July 31st

All prices in US dollars, DAP Dayton, OH (Incoterms 2020). These prices are firm through July 15, 2026.

Best regards,
Angela Ruiz
Miami Valley Distribution
937-555-0187
"""), "parsed", "USD", "2026-07-15", "DAP",
       [line(1, 0.189, lead=28), line(2, 1.40, lead=14), line(3, 0.0299, lead=0), line(4, 42.40, lead=70),
        line(5, 0.0709, lead=56)],
       ["lead-time-after-need-by"])


# u149 two price / lead-time column pairs under a STANDARD and an EXPRESS heading; the vendor says the standard
# column is the offer and express is reference only, so the standard price and lead count (screws 6 wks = 42 days,
# after their need-by, although express would make it). No note or alternate for the express option (not offered
# unless asked). "valid 45 days" -> 2026-07-20; EXW Elkhart.
sample("u149-standard-express-columns", S.msg("Ted Nowicki <tnowicki@elkhart-components.example>", "text/plain", """Nora,

Quote for NR-RFQ-0619 below, US dollars. Our offer is the STANDARD column. The EXPRESS column is for reference
only, in case you need parts sooner - it is not part of this quote unless you ask for it.

                                   ----- STANDARD -----     ----- EXPRESS ------
Part             Qty               Price        Lead        Price        Lead
GSK-EPDM-80      5,000 pcs         $0.1870      5 wks       $0.2050      2 wks
CBL-4C22-PUR     1,500 m           $1.41/m      3 wks       $1.49/m      1 wk
SCR-M4X10-A2     20,000 pcs        $0.0306      6 wks       $0.0335      2 wks
PLT-0915-R2      120 pcs           $43.20       8 wks       $49.90       4 wks
SPR-C0630-302    8,000 pcs         $0.0718      5 wks       -            -

Quote valid 45 days. EXW Elkhart, IN (Incoterms 2020). Payment net 30.

Ted Nowicki
Elkhart Components Inc.
574-555-0168
"""), "parsed", "USD", "2026-07-20", "EXW",
       [line(1, 0.187, lead=35), line(2, 1.41, lead=21), line(3, 0.0306, lead=42), line(4, 43.20, lead=56),
        line(5, 0.0718, lead=35)],
       ["lead-time-after-need-by"])


# u150 the reply opens with a question about the plate (thread depth) with a ballpark ("somewhere around $40 each")
# and says the plate price will follow once answered: the plate is pending, not declined and not priced -> left out
# (missing-line, as u133's "to follow"). The other four are quoted: gaskets "$1.86 per 10 pcs" -> 0.186, "4-5 weeks"
# -> 35; "valid for two weeks" -> 2026-06-19 (short); CPT Dayton.
sample("u150-question-then-quote", S.msg("Luis Ferreira <lferreira@buckeye-precision.example>", "text/plain", """Hi Nora,

One question before I can price the motor base plate (PLT-0915-R2): the drawing shows the 4 x M6 threads but not
the depth - are they through or blind, and if blind, how deep? Through-tapped it would come in somewhere around $40
each, blind a little more, but I'd rather quote it properly. I'll send the plate price as soon as you confirm.

The rest I can quote now, in US dollars:

GSK-EPDM-80      5,000 pcs     $1.86 per 10 pcs     4 weeks
CBL-4C22-PUR     1,500 m       $1.39 / m            2 weeks
SCR-M4X10-A2     20,000 pcs    $0.0302 each         stock
SPR-C0630-302    8,000 pcs     $0.0698 each         4-5 weeks

These prices are valid for two weeks. CPT Dayton, OH (Incoterms 2020).

Thanks,
Luis Ferreira
Buckeye Precision Supply
614-555-0193
"""), "partial", "USD", "2026-06-19", "CPT",
       [line(1, 0.186, lead=28), line(2, 1.39, lead=14), line(3, 0.0302, lead=0), line(5, 0.0698, lead=35)],
       ["missing-line", "validity-short"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================

# u151 a US resin and sheet distributor pricing by the pound and converting itself: resin "$1.47/lb, which is
# $3.2408/kg" (the KG line takes the per-kg figure; 1.47 x 2.20462 agrees), quantity restated "5,512 lb (2,500 kg)"
# as requested; a truckload price that does not apply; sheet "$2.54/lb x 55.0 lb per sheet = $139.70 per sheet".
# The four other lines declined in one sentence; FOB Channahon.
blind("u151-per-pound-vendor-converts", H.msg("Brett Kowalski <bkowalski@illinois-polymer.example>", "text/plain", """Lena,

We price resin and aluminum by the pound, so I've converted to your units below. Quote for HM-RFQ-2611, US dollars:

RES-PA66-GF30 - PA66 30% GF, heat stabilized, black, 25 kg bags
  Quantity: 5,512 lb (2,500 kg = 100 bags)
  Price: $1.47/lb, which is $3.2408/kg
  Truckload (40,000 lb and up): $1.38/lb
  Lead time: 2 weeks ARO

SHT-5052H32-030 - 5052-H32 sheet, 3.0 x 1250 x 2500 mm, PVC film one side
  Quantity: 90 sheets
  Price: $2.54/lb; theoretical weight 55.0 lb per sheet, so $139.70 per sheet
  Lead time: 4 weeks ARO

No quote on the bearings, O-rings, hose or seal kits - we only carry resin and sheet.

Pricing valid through July 31, 2026. FOB Channahon, IL.

Brett Kowalski
Illinois Polymer & Metals
815-555-0176
"""), "partial", "USD", "2026-07-31", "FOB",
      [line(1, 3.2408, lead=14), line(2, 139.70, lead=28), nob(3), nob(4), nob(5), nob(6)],
      ["no-bid"])


# u152 MRO distributor quoting "list less discount": a List price column and a per-line Disc. column, the net price NOT
# written ("your net price is list less the discount shown"): bearing 5.20 less 40% = 3.12, O-rings $32.00 per 1,000
# less 40% = 19.20 per 1,000 -> 0.0192, hose 6.80 less 35% = 4.42, kit 56.00 less 30% = 39.20. An unconditional
# discount that defines the price is no note (u130). Resin and sheet "no quote"; "good for 30 days".
blind("u152-list-less-discount", H.msg("Carol Jankowski <cjankowski@heartland-mro.example>", "text/plain", """Lena,

Thanks for the RFQ. We quote from our current list price book with your account discount per line - your net
price is list less the discount shown. All US dollars.

Part             Qty          List price          Disc.    Lead time
BRG 6205-2RS     400 pcs      $5.20 ea            40%      stock
OR-0120-NBR70    50,000 pcs   $32.00 per 1,000    40%      stock
HSE-2SN-08       800 m        $6.80 /m            35%      2 wks
KIT-PX200-SEAL   150 sets     $56.00 /set         30%      6 wks

RES-PA66-GF30 and SHT-5052H32-030: no quote, we don't stock resin or sheet.

Quote good for 30 days. FOB Peoria, IL.

Carol Jankowski
Heartland MRO Supply
309-555-0158
"""), "partial", "USD", "2026-07-12", "FOB",
      [nob(1), nob(2), line(3, 3.12, lead=0), line(4, 0.0192, lead=0), line(5, 4.42, lead=14), line(6, 39.20, lead=42)],
      ["no-bid"])


# u153 the quotation is an RTF document (application/rtf): a font and colour table, bold letterhead, \par paragraphs,
# an RTF table (\trowd ... \cellx ... \cell ... \row) with a bold header row, "20.10 per 1,000" -> 0.0201, the kit
# "No quote"; the terms in a paragraph under the table: CPT Chicago, "valid for 45 days from its date" (June 12 =
# the Date header) -> 2026-07-27. The body is only a cover note.
def rtf_row(cells, widths, bold=False):
    edges, x = [], 0
    for w in widths:
        x += w
        edges.append("\\clbrdrt\\brdrs\\brdrw10 \\clbrdrl\\brdrs\\brdrw10 \\clbrdrb\\brdrs\\brdrw10 "
                     f"\\clbrdrr\\brdrs\\brdrw10 \\cellx{x}")
    b0, b1 = ("\\b ", "\\b0 ") if bold else ("", "")
    return ("\\trowd\\trgaph70\\trleft0" + "".join(edges) + "\n\\pard\\intbl "
            + "".join(f"{b0}{c}{b1}\\cell " for c in cells) + "\\row\n")


U153_W = [700, 2000, 3300, 1100, 1700, 1300]
U153_RTF = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang1033{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}"
            "{\\f1\\fmodern\\fcharset0 Courier New;}}\n{\\colortbl ;\\red31\\green56\\blue100;}\n"
            "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\n"
            "\\pard\\sa120\\f0\\fs28\\cf1\\b Great Lakes Fluid & Polymer Supply\\cf0\\b0\\fs18\\par\n"
            "1250 W. Fulton St, Chicago, IL 60607 \\endash  Tel 312-555-0164 \\endash  Fax 312-555-0165\\par\n"
            "\\par\n\\fs22\\b QUOTATION GL-26-3307\\b0\\fs20\\par\n"
            "Date: June 12, 2026\\par\nCustomer: Halvorsen Mfg. \\endash  Attn. Lena Marsh\\par\n"
            "Your RFQ: HM-RFQ-2611\\par\n\\par\n"
            + rtf_row(["Line", "Part number", "Description", "Qty", "Unit price (USD)", "Lead time"], U153_W, bold=True)
            + rtf_row(["1", "RES-PA66-GF30", "PA66 GF30 resin, black, 25 kg bags", "2,500 kg", "3.27 per kg", "3 weeks"], U153_W)
            + rtf_row(["2", "SHT-5052H32-030", "Sheet 5052-H32, 3.0 x 1250 x 2500", "90 ea", "143.40 each", "5 weeks"], U153_W)
            + rtf_row(["3", "BRG 6205-2RS", "Ball bearing 6205-2RS C3", "400 ea", "3.15 each", "stock"], U153_W)
            + rtf_row(["4", "OR-0120-NBR70", "O-ring 12 x 2, NBR 70", "50,000 ea", "20.10 per 1,000", "2 weeks"], U153_W)
            + rtf_row(["5", "HSE-2SN-08", "Hose EN 853 2SN, DN12", "800 m", "4.31 per m", "4 weeks"], U153_W)
            + rtf_row(["6", "KIT-PX200-SEAL", "Seal kit PX-200", "150 set", "No quote", "-"], U153_W)
            + "\\pard\\sa120\\par\n"
            "Terms: CPT Chicago, IL (Incoterms 2020). Payment net 30 days. This quotation is valid for 45 days from "
            "its date.\\par\n"
            "The seal kit is not part of our range.\\par\n\\par\nSincerely,\\par\nWalter Brzezinski, Sales\\par\n}\n"
            ).encode("cp1252")
blind("u153-rtf-attachment", H.with_attachment("Walter Brzezinski <wbrzezinski@greatlakes-fps.example>", """Lena,

Our quotation GL-26-3307 for HM-RFQ-2611 is attached (RTF - opens in Word or WordPad).

Walter Brzezinski
Great Lakes Fluid & Polymer Supply""", "application/rtf", "GL-26-3307.rtf", U153_RTF),
      "partial", "USD", "2026-07-27", "CPT",
      [line(1, 3.27, lead=21), line(2, 143.40, lead=35), line(3, 3.15, lead=0), line(4, 0.0201, lead=14),
       line(5, 4.31, lead=28), nob(6)],
      ["no-bid"])


# u154 two separate lists joined by part number: PRICING (in one order, quantities in parentheses, the sheets "sold
# by the full pallet of 50, so 100 sheets" -> quantity 100, hose "MOQ 100 m" below the 800 m) and AVAILABILITY (in
# another order: "4-5 weeks" -> 35, bearings "250 pcs from stock, balance of 150 in 2 weeks" -> the whole line in 14
# days, "10 working days" -> 14). The kit declined; "Ex Works" spelled out.
blind("u154-pricing-availability-split", H.msg("Nadia Okafor <nokafor@badger-industrial.example>", "text/plain", """Hi Lena,

Pricing and availability for HM-RFQ-2611 below, all in USD.

PRICING
  OR-0120-NBR70      $0.0199 each (50,000 pcs)
  BRG 6205-2RS       $3.36 each (400 pcs)
  RES-PA66-GF30      $3.22 per kg (2,500 kg = 100 bags)
  HSE-2SN-08         $4.24 per meter (800 m), MOQ 100 m
  SHT-5052H32-030    $139.90 per sheet - we sell this sheet by the full pallet of 50, so 100 sheets (2 pallets)

AVAILABILITY
  RES-PA66-GF30      3 weeks
  SHT-5052H32-030    4-5 weeks
  BRG 6205-2RS       250 pcs from stock, balance of 150 pcs in 2 weeks
  OR-0120-NBR70      stock
  HSE-2SN-08         10 working days

The seal kit is not something we can put together for you - no quote on KIT-PX200-SEAL, sorry.

Quote valid until 10 July 2026. Ex Works Racine, WI.

Nadia Okafor
Badger Industrial Supply
262-555-0131
"""), "partial", "USD", "2026-07-10", "EXW",
      [line(1, 3.22, lead=21), line(2, 139.90, qty=100, lead=35), line(3, 3.36, lead=14), line(4, 0.0199, lead=0),
       line(5, 4.24, lead=14, moq=100), nob(6)],
      ["no-bid", "quantity-differs"])


# u155 Excel "Unicode Text" export as a .txt attachment: UTF-16LE with a byte-order mark, tab-separated, CRLF, values
# as displayed ("$3.28", "2,500"), a title row and an empty row above the header, an MOQ column (hose MOQ 1,000 m above
# the 800 m asked; the O-rings' MOQ 10,000 below), the bearing "No quote" in Comments; "valid until June 30, 2026"
# in the body (short); FCA Joliet.
U155_ROWS = [
    ["Prairie Fluid Power - Quotation PFP-5512 - Halvorsen Mfg. HM-RFQ-2611", "", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", ""],
    ["Line", "Part No", "Description", "Qty", "UOM", "Unit Price", "MOQ", "Lead Time", "Comments"],
    ["1", "RES-PA66-GF30", "PA66 GF30 resin black 25 kg bags", "2,500", "KG", "$3.28", "", "3 weeks", "per kg"],
    ["2", "SHT-5052H32-030", "Sheet 5052-H32 3.0 x 1250 x 2500", "90", "EA", "$140.25", "", "5 weeks", ""],
    ["3", "BRG 6205-2RS", "Ball bearing 6205-2RS C3", "400", "EA", "", "", "", "No quote - not our line"],
    ["4", "OR-0120-NBR70", "O-ring 12 x 2 NBR 70", "50,000", "EA", "$0.0207", "10,000", "stock", ""],
    ["5", "HSE-2SN-08", "Hose EN 853 2SN DN12", "800", "M", "$4.25", "1,000", "3 weeks", "per m; 1,000 m minimum"],
    ["6", "KIT-PX200-SEAL", "Seal kit PX-200 bagged and labelled", "150", "SET", "$40.50", "", "7 weeks", "per set"],
]
U155_TXT = b"\xff\xfe" + ("\r\n".join("\t".join(r) for r in U155_ROWS) + "\r\n").encode("utf-16-le")
blind("u155-utf16-unicode-text-export", H.with_attachment("Owen Mitchell <omitchell@prairie-fluidpower.example>", """Hi Lena,

Attached is our quotation PFP-5512 for HM-RFQ-2611, exported from Excel as Unicode text. Prices in USD,
valid until June 30, 2026. FCA Joliet, IL (Incoterms 2020).

Owen Mitchell
Prairie Fluid Power""", "text/plain; charset=utf-16", "PFP-5512.txt", U155_TXT),
      "partial", "USD", "2026-06-30", "FCA",
      [line(1, 3.28, lead=21), line(2, 140.25, lead=35), nob(3), line(4, 0.0207, lead=0, moq=10000),
       line(5, 4.25, lead=21, moq=1000), line(6, 40.50, lead=49)],
      ["moq-above-quantity", "no-bid", "validity-short"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================

# u156 a Turkish machining shop writing Turkish, prices in EUR ("tüm fiyatlar EUR, KDV hariç"), decimal commas and dot
# thousands ("1.180,00 EUR"): "Birim fiyat", "Teslim süresi", "8 hafta" -> 56, "14 hafta" -> 98, "20 iş günü"
# (working days) -> 28; a one-off pattern cost for the housing ("tek seferlik model bedeli", note); lines 3 and 4
# "teklif veremiyoruz" (declined); "Teklif geçerlilik süresi: 30 gün" -> 2026-07-15; FCA İzmir.
blind2("u156-turkish-eur", V.msg("Emre Yıldız <emre.yildiz@ege-hassas.example>", "text/plain", """Sayın Jonas Albers,

VM-RFQ-4418 numaralı teklif talebiniz için teşekkür ederiz. Teklifimiz aşağıdadır (tüm fiyatlar EUR, KDV hariç):

Poz.  Parça No            Tanım                                  Miktar      Birim fiyat     Teslim süresi
1     SH-2231-C rev B     Tahrik mili 42CrMo4, taşlanmış          250 adet    39,80 EUR       8 hafta
2     HSG-1180-GJL        Dişli kutusu gövdesi EN-GJL-250         25 adet     1.180,00 EUR    14 hafta
5     2231-004-03         Sensör braketi seti (sol + sağ)         150 set     25,60 EUR       20 iş günü

Poz. 2 için tek seferlik model bedeli: 2.900,00 EUR.

Poz. 3 (FIT-316-G12-10) ve Poz. 4 (DSBC-32-80-PPVA-N3) için teklif veremiyoruz; bu ürünler satın alınan
parçalardır ve ürün gamımızda yoktur.

Teslim şekli: FCA İzmir (Incoterms 2020)
Ödeme: 30 gün
Teklif geçerlilik süresi: 30 gün

Saygılarımızla,
Emre Yıldız
Satış Mühendisi
Ege Hassas İşleme San. ve Tic. A.Ş.
+90 232 555 01 47
"""), "partial", "EUR", "2026-07-15", "FCA",
       [line(1, 39.80, "EUR", lead=56), line(2, 1180.00, "EUR", lead=98), nob(3), nob(4), line(5, 25.60, "EUR", lead=28)],
       ["no-bid", "note"])


# u157 XLSX (shared strings, euro number formats) with no line numbers: the customer part numbers typed without
# dashes ("SH2231C revB", "FIT316G1210", "DSBC3280PPVAN3") and the bracket set's as a NUMBER cell 223100403 (=
# 2231-004-03 without dashes); prices stored with binary float noise (<v>41.200000000000003</v>, 3.8500000000000001,
# ...) shown as 41,2000 EUR; a "Lead time (working days)" column of bare numbers (30 -> 42, 5 -> 7, 15 -> 21, 35 ->
# 49); the housing "no quote"; validity a date-serial cell, DAP Bremen in a cell.
def noisy(v):
    return {"v": v, "s": 1, "raw": "%.17g" % v}


U157_XLSX = xlsx_styled("RHEINTAL PRÄZISIONSTEILE AG - QUOTATION 26-0871", [
    ["Your inquiry: VM-RFQ-4418 (Vossberg Maschinenbau GmbH, Mr J. Albers)"],
    [""],
    ["Customer part no.", "Description", "Qty", "Unit", "Unit price", "Lead time (working days)", "Remarks"],
    ["SH2231C revB", "Drive shaft 42CrMo4 QT, ground, 30 h6 x 412", {"v": 250, "s": 4}, "pcs", noisy(41.2), 30, ""],
    ["HSG1180GJL", "Gearbox housing EN-GJL-250", {"v": 25, "s": 4}, "pcs", "", "", "no quote - no foundry"],
    ["FIT316G1210", "Male connector G1/2 - 10 mm, 316L", {"v": 2000, "s": 4}, "pcs", noisy(3.85), 5, ""],
    ["DSBC3280PPVAN3", "ISO 15552 cylinder 32/80, Festo", {"v": 120, "s": 4}, "pcs", noisy(73.9), 15, ""],
    [223100403, "Sensor bracket set L+R, black anodised", {"v": 150, "s": 4}, "sets", noisy(26.3), 35, "price per set"],
    [""],
    ["Valid until", {"v": excel_serial(datetime.date(2026, 7, 31)), "s": 3}],
    ["Delivery terms", "DAP Bremen (Incoterms 2020)"],
    ["Currency", "EUR"],
], "A1:G1", sheet_name="Quotation")
blind2("u157-xlsx-numeric-part-float-noise", V.message("Reto Baumann <r.baumann@rheintal-praezision.example>", multipart(
    "mixed", "=_u157_mixed", [
        text_part("text/plain", "Dear Mr Albers,\n\nplease find our quotation 26-0871 for VM-RFQ-4418 in the attached "
                                "Excel file.\n\nKind regards\nReto Baumann\nRheintal Präzisionsteile AG\n"),
        file_part(XLSX, "Quotation 26-0871.xlsx", U157_XLSX)])),
       "partial", "EUR", "2026-07-31", "DAP",
       [line(1, 41.20, "EUR", lead=42), nob(2), line(3, 3.85, "EUR", lead=7), line(4, 73.90, "EUR", lead=21),
        line(5, 26.30, "EUR", lead=49)],
       ["no-bid"])


# u158 German CSV in windows-1252 whose first line is Excel's "sep=;" hint, decimal commas and dot thousands
# ("1.265,00", "2.000"), a "Preiseinheit" column (the fitting 392,00 per 100 -> 3.92), a Gesamtpreis column, and the
# delivery as a calendar week with its date range ("KW 34 (17.-21.08.2026)" -> upper bound 21 Aug -> 67 days; KW 39 ->
# 102, KW 30 -> 39, KW 33 -> 60); the cylinder "kein Angebot". Validity and FCA in the German body.
def kw(week):
    mon, fri = datetime.date.fromisocalendar(2026, week, 1), datetime.date.fromisocalendar(2026, week, 5)
    return f"KW {week} ({mon.day:02d}.-{fri.day:02d}.{fri.month:02d}.2026)"


U158_CSV = S.crlf("\n".join([
    "sep=;",
    "Pos;Artikelnummer;Bezeichnung;Menge;ME;Einzelpreis EUR;Preiseinheit;Gesamtpreis EUR;Liefertermin",
    f"1;SH-2231-C rev B;Antriebswelle 42CrMo4 vergütet, geschliffen;250;Stk;43,10;1;10.775,00;{kw(34)}",
    f"2;HSG-1180-GJL;Getriebegehäuse EN-GJL-250, grundiert;25;Stk;1.265,00;1;31.625,00;{kw(39)}",
    f"3;FIT-316-G12-10;Einschraubverschraubung G1/2-10, 1.4404;2.000;Stk;392,00;100;7.840,00;{kw(30)}",
    "4;DSBC-32-80-PPVA-N3;Normzylinder ISO 15552 32/80;120;Stk;;;;kein Angebot",
    f"5;2231-004-03;Sensorhalter-Satz links/rechts;150;Satz;27,80;1;4.170,00;{kw(33)}",
]) + "\n").encode("cp1252")
assert b"KW 34 (17.-21.08.2026)" in U158_CSV and b"KW 30 (20.-24.07.2026)" in U158_CSV
blind2("u158-csv-sep-line-calendar-weeks", V.message("Sabine Köhler <s.koehler@enztal-feinmechanik.example>", multipart(
    "mixed", "=_u158_mixed", [
        text_part("text/plain", """Sehr geehrter Herr Albers,

anbei erhalten Sie unser Angebot AN-2026-0614 zu Ihrer Anfrage VM-RFQ-4418 als CSV-Datei (lässt sich direkt in
Excel öffnen). Die Liefertermine sind als Kalenderwoche mit dem Datumsbereich angegeben.

Lieferbedingung: FCA Pforzheim (Incoterms 2020). Zahlungsbedingungen: 14 Tage 2 % Skonto, 30 Tage netto.
Das Angebot ist gültig bis 17.07.2026.

Mit freundlichen Grüßen
Sabine Köhler
Vertriebsinnendienst
Enztal Feinmechanik GmbH
Tel. +49 7231 555 0119
"""),
        file_part("text/csv; charset=windows-1252", "AN-2026-0614.csv", U158_CSV)])),
       "partial", "EUR", "2026-07-17", "FCA",
       [line(1, 43.10, "EUR", lead=67), line(2, 1265.00, "EUR", lead=102), line(3, 3.92, "EUR", lead=39), nob(4),
        line(5, 27.80, "EUR", lead=60)],
       ["no-bid"])


# u159 an S/MIME signed message: multipart/signed (protocol application/pkcs7-signature, micalg sha-256) around a
# multipart/alternative (quoted-printable text + HTML carrying the same quote) and an smime.p7s part (base64 DER with
# certificate names, serials and UTC times inside - not the quote). The fitting "EUR 381.00 per 100 pcs" -> 3.81; the
# cylinder offered as the vendor's equivalent NW-ISO32-80-PPV instead of the Festo part (alternate part; the RFQ
# allows "or equivalent"); lines 1 and 2 "no quote"; "valid for 8 weeks" -> 2026-08-10; "dap" in lower case.
U159_TEXT = """Dear Mr Albers,

thank you for your inquiry VM-RFQ-4418. We are pleased to offer:

Item 3  FIT-316-G12-10       2,000 pcs   EUR 381.00 per 100 pcs   ex stock
Item 4  NW-ISO32-80-PPV      120 pcs     EUR 68.40 per piece      4 weeks
        (our ISO 15552 cylinder, 32 bore / 80 stroke, adjustable cushioning - offered instead of the Festo
        DSBC-32-80-PPVA-N3, same mounting dimensions)
Item 5  2231-004-03          150 sets    EUR 26.90 per set        6 weeks

Items 1 and 2 (shaft and housing) are outside our scope - no quote.

All prices are net in EUR, delivered dap your plant in Bremen (Incoterms 2020). The offer is valid for 8 weeks.

Best regards
Katharina Brandt
Nordwerk Antriebe GmbH
Tel. +49 511 555 0172
"""
U159_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Mr Albers,</p>
<p>thank you for your inquiry VM-RFQ-4418. We are pleased to offer:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Item</th><th>Part number</th><th>Qty</th><th>Price (EUR)</th><th>Delivery</th></tr>
<tr><td>3</td><td>FIT-316-G12-10</td><td>2,000 pcs</td><td>381.00 per 100 pcs</td><td>ex stock</td></tr>
<tr><td>4</td><td>NW-ISO32-80-PPV<br><small>(our ISO 15552 cylinder, 32 bore / 80 stroke, adjustable cushioning - offered
instead of the Festo DSBC-32-80-PPVA-N3, same mounting dimensions)</small></td><td>120 pcs</td><td>68.40 per piece</td><td>4 weeks</td></tr>
<tr><td>5</td><td>2231-004-03</td><td>150 sets</td><td>26.90 per set</td><td>6 weeks</td></tr>
</table>
<p>Items 1 and 2 (shaft and housing) are outside our scope - no quote.</p>
<p>All prices are net in EUR, delivered dap your plant in Bremen (Incoterms 2020). The offer is valid for 8 weeks.</p>
<p>Best regards<br>Katharina Brandt<br>Nordwerk Antriebe GmbH<br>Tel. +49 511 555 0172</p>
</body></html>"""


def fake_p7s():
    """A PKCS#7 signature look-alike: DER-style framing, pseudo-random bytes and the readable strings a real one holds
    (subject and issuer names, an e-mail address, serial-like digits, UTC signing times)."""
    def filler(seed, n):
        out = b""
        while len(out) < n:
            seed = hashlib.sha256(seed).digest()
            out += seed
        return out[:n]
    parts = [b"\x30\x82\x0b\x41\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02\xa0\x82\x0b\x32",
             filler(b"u159-a", 180), b"\x31\x1f\x30\x1d\x06\x03\x55\x04\x03\x0c\x16Nordwerk Issuing CA 02",
             filler(b"u159-b", 96), b"\x17\x0d260102000000Z\x17\x0d280101235959Z",
             b"\x0c\x10Katharina Brandt\x0c\x16Nordwerk Antriebe GmbH",
             b"\x16\x25k.brandt@nordwerk-antriebe.example", filler(b"u159-c", 400),
             b"\x02\x10\x4e\x57\x31\x35\x39\x00\x26\x06\x15\x06\x02\x58\x11\x72\x05\x55",
             b"\x17\x0d260615060158Z", filler(b"u159-d", 512)]
    return b"".join(parts)


U159_ALT = multipart("alternative", "=_u159_alt", [text_part("text/plain", U159_TEXT, cte="quoted-printable"),
                                                   text_part("text/html", U159_HTML, cte="quoted-printable")])
U159_SIG = ('Content-Type: application/pkcs7-signature; name="smime.p7s"\nContent-Transfer-Encoding: base64\n'
            'Content-Disposition: attachment; filename="smime.p7s"\nContent-Description: S/MIME Cryptographic Signature\n',
            b64(fake_p7s()))
_, U159_BODY = multipart("signed", "----=_smime_u159_7a1c", [U159_ALT, U159_SIG])
U159_PART = ('Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; '
             'boundary="----=_smime_u159_7a1c"\n', b"This is an S/MIME signed message\r\n\r\n" + U159_BODY)
blind2("u159-smime-signed-equivalent", V.message("Katharina Brandt <k.brandt@nordwerk-antriebe.example>", U159_PART),
       "partial", "EUR", "2026-08-10", "DAP",
       [nob(1), nob(2), line(3, 3.81, "EUR", lead=0), line(4, 68.40, "EUR", lead=28, alt="NW-ISO32-80-PPV"),
        line(5, 26.90, "EUR", lead=42)],
       ["alternate-part", "no-bid"])


# u160 Gmail multipart/alternative with a table pasted from Google Sheets: <google-sheets-html-origin>, <colgroup>,
# cells carrying data-sheets-value / data-sheets-numberformat JSON (raw numbers, a "[$£-809]" format) and
# data-sheets-formula on the Ext. cells; the plain part is Gmail's tab-separated rendering. A UK distributor quoting
# in pounds (GBP, "£") against the EUR RFQ; shaft and housing "no quote"; valid until 24 July 2026; CPT Bremen.
def gs(text, value=None, fmt=None, formula=None, bold=False):
    attrs = ""
    q = "&quot;"
    if value is None:
        attrs += f' data-sheets-value="{{{q}1{q}:2,{q}2{q}:{q}{text}{q}}}"'
    else:
        attrs += f' data-sheets-value="{{{q}1{q}:3,{q}3{q}:{value}}}"'
    if fmt:
        attrs += f' data-sheets-numberformat="{{{q}1{q}:{fmt[0]},{q}2{q}:{q}{fmt[1]}{q},{q}3{q}:1}}"'
    if formula:
        attrs += f' data-sheets-formula="{formula}"'
    style = "overflow:hidden;padding:2px 3px 2px 3px;vertical-align:bottom;" + ("font-weight:bold;" if bold else "") \
        + ("text-align:right;" if value is not None else "")
    return f'<td style="{style}"{attrs}>{text}</td>'


GBP = (4, "[$£-809]#,##0.00")
QTY = (2, "#,##0")
EXT = "=R[0]C[-2]*R[0]C[-1]"
U160_HDR = ["Part number", "Description", "Qty", "Unit price", "Ext.", "Lead time", "Remarks"]
U160_DATA = [
    ("SH-2231-C rev B", "Drive shaft 42CrMo4", 250, None, None, "", "no quote"),
    ("HSG-1180-GJL", "Gearbox housing GJL-250", 25, None, None, "", "no quote"),
    ("FIT-316-G12-10", "Male connector G1/2-10 316L", 2000, 3.48, 6960.0, "stock", ""),
    ("DSBC-32-80-PPVA-N3", "Festo ISO cylinder 32/80", 120, 64.90, 7788.0, "3 weeks", ""),
    ("2231-004-03", "Sensor bracket set L+R", 150, 23.70, 3555.0, "5 weeks", "price per set"),
]
for _r in U160_DATA:
    assert _r[3] is None or abs(_r[2] * _r[3] - _r[4]) < 0.001, _r
U160_TRS = ['<tr style="height:21px">' + "".join(gs(h, bold=True) for h in U160_HDR) + "</tr>"]
U160_TSV = ["\t".join(U160_HDR)]
for pn, desc, qty, price, ext, lead, rem in U160_DATA:
    cells = [gs(pn), gs(desc), gs(f"{qty:,}", qty, QTY)]
    tsv = [pn, desc, f"{qty:,}"]
    if price is None:
        cells += ["<td></td>", "<td></td>"]
        tsv += ["", ""]
    else:
        cells += [gs(f"£{price:,.2f}", price, GBP), gs(f"£{ext:,.2f}", ext, GBP, EXT)]
        tsv += [f"£{price:,.2f}", f"£{ext:,.2f}"]
    cells += [gs(lead) if lead else "<td></td>", gs(rem) if rem else "<td></td>"]
    tsv += [lead, rem]
    U160_TRS.append('<tr style="height:21px">' + "".join(cells) + "</tr>")
    U160_TSV.append("\t".join(tsv))
U160_INTRO = ("Hi Jonas,", "Our prices for VM-RFQ-4418 are below (pasted from our pricing sheet). All prices are in "
              "pounds sterling (GBP).")
U160_OUTRO = ("Prices valid until 24 July 2026. CPT Bremen (Incoterms 2020).", "Cheers,", "Tom Ashworth",
              "Midland Fluid Components Ltd", "+44 121 555 0186")
U160_HTML = ('<div dir="ltr"><div>' + U160_INTRO[0] + "</div><div><br></div><div>" + U160_INTRO[1]
             + '</div><div><br></div><google-sheets-html-origin><style type="text/css"><!--td {border: 1px solid '
               '#cccccc;}br {mso-data-placement:same-cell;}--></style><table xmlns="http://www.w3.org/1999/xhtml" '
               'cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;'
               'font-family:Arial;width:0px;border-collapse:collapse;border:none" data-sheets-root="1"><colgroup>'
             + "".join(f'<col width="{w}">' for w in (150, 210, 60, 80, 90, 80, 100)) + "</colgroup><tbody>\n"
             + "\n".join(U160_TRS) + "\n</tbody></table></google-sheets-html-origin><div><br></div>"
             + "".join(f"<div>{t}</div>" for t in U160_OUTRO[:1]) + "<div><br></div>"
             + '<div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
             + "<br>".join(U160_OUTRO[1:]) + "</div></div></div></div>\n")
U160_TEXT = (U160_INTRO[0] + "\n\n" + U160_INTRO[1] + "\n\n" + "\n".join(U160_TSV) + "\n\n" + U160_OUTRO[0] + "\n\n"
             + "\n".join(U160_OUTRO[1:]) + "\n")
blind2("u160-google-sheets-paste-gbp", V.alternative("Tom Ashworth <tom.ashworth@midland-fluid.example>", U160_TEXT,
                                                     U160_HTML, "000000000000a1b2c3d4e5f6u160", cte="quoted-printable"),
       "partial", "GBP", "2026-07-24", "CPT",
       [nob(1), nob(2), line(3, 3.48, "GBP", lead=0), line(4, 64.90, "GBP", lead=21), line(5, 23.70, "GBP", lead=35)],
       ["currency-differs", "no-bid"])


if __name__ == "__main__":
    ROUND.write()

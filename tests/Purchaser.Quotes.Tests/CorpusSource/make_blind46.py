#!/usr/bin/env python3
"""Writes replies u721..u736 (Corpus/u*.eml + expected u*.json) - the forty-sixth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is ASIA, SECOND ROUND: EXPORTERS IN CHINA, TAIWAN, VIETNAM, INDIA, THAILAND, MALAYSIA, KOREA AND
JAPAN, writing the English these exporters write (some with a line of Chinese, Japanese, Korean or Thai). A Ningbo
rubber factory's "USD0.185/pc FOB Ningbo" with "MOQ: 10K pcs", a one-time cutting mould, "Sample L/T: 7 days, mass
production L/T: 30 days", "500pcs/bag, 20bags/carton" and a Foxmail "Original" block quoting the buyer; a Tainan screw
maker's HTML table with break columns in US$ per 1,000 pcs ("5K - 9.9K", "10K - 29.9K", "30K up"); a Shenzhen cable
factory's XLSX priced per 305 m roll in full rolls (1,525 m), EXW Shenzhen, with its own item No. 1 for RFQ line 2; a
Hai Phong CNC shop's PDF with an MOQ column and a jig-and-fixture row; a Chennai exporter quoting every line in "Nos",
"per 1000 Nos" and "per Mtr" with a late screw line above the quoted RFQ; an Osaka spring maker in yen per 1,000 pcs
(multipart/alternative); a Rayong resin compounder with kg break rows and "price valid for 15 days due to raw material
fluctuation"; a Malaysian O-ring and seal-kit maker in HTML ("USD 19.80 / K pcs", "L/T 25-30 days after deposit", a
lip-seal mould); a Shanghai trader's XLSX with a domestic RMB price incl. 13% VAT beside the USD export price (the
quote is the export price) and its own-brand bearing instead of SKF (the round's alternate); a Gimhae hose maker's PDF
with a 1,000 m break; an Ahmedabad seal maker quoting the kit at its 200-set MOQ, CIF Savannah; a Coimbatore foundry in
EUR with a pattern charge, CIF Hamburg; a Dongguan CNC and sourcing house's PDF pricing all five VL-60 lines with a
bracket-set break note and a free pattern; a Changhua fitting maker at "EUR 4,380.00 / K pcs" rounded up to its 3K
MOQ that declines the Festo cylinder; a Toyohashi machine shop declining the whole RFQ above the quoted request; and a
Binh Duong shop's XLSX in USD against the EUR RFQ with "N/Q" rows and a 20-day validity. Payment terms (T/T deposits,
L/C, advance), VAT/GST remarks and packing remarks are no deviations.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, xlsx, pdf  # expected-line shapes, one-sheet workbook writer, text-layer PDF writer
from make_blind5 import check_page, file_part, message, multipart, row, text_part  # MIME parts and PDF rows
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(721)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# The buyer's request for NR-RFQ-0619 as it appears quoted below some replies (same quantities and need-by dates as
# rfq-sample.json).
SAMPLE_ROWS = [("Line", "Part number", "Description", "Qty", "Unit", "Need by"),
               ("1", "GSK-EPDM-80", "Gasket EPDM 70 ShA, 80 x 62 x 3 mm", "5000", "EA", "2026-08-03"),
               ("2", "CBL-4C22-PUR", "Cable 4 x 22 AWG shielded, PUR, black", "1500", "M", "2026-07-20"),
               ("3", "SCR-M4X10-A2", "SHCS M4 x 10 ISO 4762 A2-70", "20000", "EA", "2026-07-13"),
               ("4", "PLT-0915-R2", "Motor base plate 6082-T6, CNC", "120", "EA", "2026-08-17"),
               ("5", "SPR-C0630-302", "Comp. spring 302 SS 0.6 x 6.3 x 30", "8000", "EA", "2026-07-27")]
SAMPLE_REQUEST = "\n".join(f"{a:<6}{b:<16}{c:<40}{d:<8}{e:<6}{f}" for a, b, c, d, e, f in SAMPLE_ROWS)


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u721 a Ningbo rubber factory, plain text, above a Foxmail "------ Original ------" block that quotes the buyer's request
# (quantities and need-by dates, no prices: history). Only RFQ line 1 is quoted: "Price: USD0.185/pc FOB Ningbo" -> 0.185;
# "Qty: 5,000pcs" is the requested quantity -> null; "MOQ: 10K pcs" -> moq 10000, above the 5,000 asked ->
# moq-above-quantity (the vendor does not restate the quantity as 10,000, so quantity stays null). "Sample L/T: 7 days,
# mass production L/T: 30 days" -> the production lead time 30 (Jun 5 + 30 = Jul 5, before Aug 3). "Cutting mould:
# USD160 (one time charge ...)" -> a one-off tooling charge -> note. "Packing: 500pcs/bag, 20bags/carton" is packing,
# the price is per pc. "Sorry, item 2~5 (cable, screw, plate, spring) are not our products, we can not quote" -> lines 2-5
# declined. "T/T 30% deposit, 70% before shipment" is a payment term. "Validity: 30 days" from Fri 5 Jun -> 2026-07-05
# (not short). FOB. USD. Partial.
assert plus("2026-06-05", 30) == "2026-07-05" and 10 * 1000 > 5000 and 500 * 20 == 10000
sample("u721-cn-ningbo-rubber-moq-10k-mould-sample-lt", S.msg("Shirley Fang <shirley@nb-hengrun-rubber.example>", "text/plain", """Dear Nora,

Good day!
This is Shirley from Ningbo Hengrun Rubber, thanks for your inquiry NR-RFQ-0619.
We are professional manufacturer of rubber gasket, seal and o-ring in Ningbo since 2006, ISO9001 & IATF16949 certified.

For your item 1 GSK-EPDM-80, our offer as below:

Material: EPDM 70 Shore A, die-cut
Size: OD80 x ID62 x T3mm
Qty: 5,000pcs
Price: USD0.185/pc FOB Ningbo
MOQ: 10K pcs
Cutting mould: USD160 (one time charge, will refund when total order reach 100K pcs)
Sample L/T: 7 days, mass production L/T: 30 days
Packing: 500pcs/bag, 20bags/carton

Sorry, item 2~5 (cable, screw, plate, spring) are not our products, we can not quote.

Payment: T/T 30% deposit, 70% before shipment
Validity: 30 days

Any question pls feel free to let me know, free sample can be sent by DHL for your testing.

Best regards
Shirley Fang (方晓红)
Export Sales
Ningbo Hengrun Rubber Products Co., Ltd.
宁波恒润橡胶制品有限公司
No. 17 Xingye Road, Yinzhou Industrial Park, Ningbo 315100, China
Tel: +86-574-5555-0121  Mob/WhatsApp: +86 138 5555 0196


------------------ Original ------------------
From: "Nora Reyes"<nreyes@northridge.example>;
Date: Mon, Jun 1, 2026 09:02 PM
To: "sales"<sales@nb-hengrun-rubber.example>;
Subject: RFQ NR-RFQ-0619 - Mechanical and cable parts

Dear Sir/Madam,

Please quote your best unit price (USD), lead time, Incoterms and validity for the items below by June 12, 2026.

""" + SAMPLE_REQUEST + """

Kind regards,
Nora Reyes
Purchasing, Northridge
"""),
       "partial", "USD", "2026-07-05", "FOB",
       [line(1, 0.185, lead=30, moq=10000), nob(2), nob(3), nob(4), nob(5)],
       ["moq-above-quantity", "no-bid", "note"])


# u722 a Tainan screw maker, HTML only (quoted-printable): a table whose price header "Unit Price (US$ / 1,000 pcs)" spans
# three break columns "5K - 9.9K pcs", "10K - 29.9K pcs" and "30K pcs up". Screws (RFQ line 3, vendor item 1): 20,000 pcs
# fall in the 10K - 29.9K column -> 31.60 / 1,000 = 0.0316; "25~30 days" -> upper bound 30 (Jul 5, before Jul 13).
# Springs (RFQ line 5, vendor item 2): 8,000 pcs fall in the 5K - 9.9K column -> 71.50 / 1,000 = 0.0715; "35~40 days" ->
# 40 (Jul 15, before Jul 27). "MOQ: 5,000 pcs per item" -> moq 5000 on both (below 20,000 and 8,000). Quantities as asked
# -> null. "1,000pcs/inner box, 10 boxes/carton" is packing. Gasket, cable and plate are never mentioned -> missing-line.
# "Quotation valid till 2026/07/10" -> 2026-07-10 (not short); "FOB Kaohsiung" -> FOB. USD. Partial.
assert close(31.60 / 1000, 0.0316) and close(71.50 / 1000, 0.0715) and 10000 <= 20000 < 30000 and 5000 <= 8000 < 10000
assert plus("2026-06-05", 30) == "2026-07-05" and plus("2026-06-05", 40) == "2026-07-15"
U722_ROWS = [("1", "SCR-M4X10-A2", "Hex socket head cap screw M4x10, ISO 4762, SUS A2-70", "20,000 pcs", "34.20", "31.60", "29.80",
              "25~30 days"),
             ("2", "SPR-C0630-302", "Compression spring SUS302, wire 0.6, OD 6.3, FL 30", "8,000 pcs", "71.50", "66.80", "62.40",
              "35~40 days")]
sample("u722-tw-tainan-html-break-columns-per-1000", S.msg("Wendy Hsu <wendy.hsu@chiahsin-screw.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Microsoft JhengHei',Arial,sans-serif;font-size:10pt">
<div>Dear Nora,</div><div><br></div>
<div>Thanks for your inquiry NR-RFQ-0619. Pls kindly refer our quotation as below:</div><div><br></div>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#FFF2CC"><th rowspan="2">Item</th><th rowspan="2">Part No.</th><th rowspan="2">Description</th><th rowspan="2">Q'ty</th>
<th colspan="3">Unit Price (US$ / 1,000 pcs)</th><th rowspan="2">Delivery</th></tr>
<tr style="background:#FFF2CC"><th>5K - 9.9K pcs</th><th>10K - 29.9K pcs</th><th>30K pcs up</th></tr>
""" + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U722_ROWS) + """
</table>
<div><br></div>
<div>Remark:<br>
1. MOQ: 5,000 pcs per item.<br>
2. Packing: 1,000pcs/inner box, 10 boxes/carton, carton weight abt. 12kg.<br>
3. Price term: FOB Kaohsiung<br>
4. Payment: T/T in advance<br>
5. Quotation valid till 2026/07/10</div>
<div><br></div>
<div>If any question, pls let me know. 謝謝!</div><div><br></div>
<div>Best Regards,<br>Wendy Hsu<br>Sales Dept.<br>Chia Hsin Screw Industrial Co., Ltd. 嘉鑫螺絲工業股份有限公司<br>
No. 56, Ln. 210, Zhonghua Rd., Rende Dist., Tainan 71743, Taiwan<br>TEL: +886-6-555-0127 EXT.15 &nbsp; FAX: +886-6-555-0128</div>
</body></html>""", cte="quoted-printable"),
       "partial", "USD", "2026-07-10", "FOB",
       [line(3, 0.0316, lead=30, moq=5000), line(5, 0.0715, lead=40, moq=5000)],
       ["missing-line"])


# u723 a Shenzhen cable factory, short body + XLSX. The sheet's own "No." 1 carries the part number CBL-4C22-PUR, so it is
# RFQ line 2 (part number beats the vendor's numbering). Price per 305 m roll: "Unit Price (USD/roll)" 411.75 -> 411.75 /
# 305 = 1.35 per metre. Quoted in full rolls: 1,500 / 305 = 4.92 -> 5 rolls = 1,525 m -> quantity 1525 (quantity-differs);
# Amount 5 x 411.75 = 2,058.75 is no unit price. "15 days" -> 15 (Jun 20, before Jul 20). The other four lines are never
# mentioned -> missing-line. "Price term: EXW Shenzhen" -> EXW; "Validity: 30 days" -> 2026-07-05 (not short). USD.
# Partial.
assert close(411.75 / 305, 1.35) and -(-1500 // 305) == 5 and 5 * 305 == 1525 and close(5 * 411.75, 2058.75)
assert plus("2026-06-05", 15) == "2026-06-20"
U723_XLSX = xlsx([
    ["SHENZHEN JIAHONG WIRE & CABLE CO., LTD.  深圳嘉宏电线电缆有限公司"],
    ["Add: Bldg 7, Fuyong Industrial Zone, Bao'an District, Shenzhen, China   Tel: +86-755-5555-0148"],
    ["QUOTATION"],
    ["Quotation No.", "JH-Q260605-02", "", "Date", "2026-06-05"],
    ["Customer", "Northridge - Ms. Nora Reyes", "", "RFQ No.", "NR-RFQ-0619"],
    [""],
    ["No.", "Part No.", "Description", "Packing", "Q'ty (roll)", "Q'ty (m)", "Unit Price (USD/roll)", "Amount (USD)", "L/T"],
    [1, "CBL-4C22-PUR", "4C x 22AWG shielded cable, PUR jacket, black", "305m/roll", 5, 1525, 411.75, 2058.75, "15 days"],
    [""],
    ["Price term: EXW Shenzhen"],
    ["Payment term: T/T 30% deposit, 70% before shipment"],
    ["Validity: 30 days"],
    ["Remark: quoted in full rolls, 5 rolls x 305m = 1,525m (your qty 1,500m)"],
])
sample("u723-cn-shenzhen-xlsx-per-roll-exw", S.with_attachment("Kelly Zeng <kelly@jiahong-cable.example>", """Hi Nora,

Nice day!
Pls find attached our quotation for the PUR cable CBL-4C22-PUR. Our cable is 305m/roll, so we quote full rolls,
details pls check the sheet.

Thanks & best regards
Kelly Zeng 曾凯丽
Shenzhen Jiahong Wire & Cable Co., Ltd.
Mob/WeChat: +86 135 5555 0162""", XLSX, "JH-Q260605-02.xlsx", U723_XLSX),
       "partial", "USD", "2026-07-05", "EXW",
       [line(2, 1.35, qty=1525, lead=15)],
       ["missing-line", "quantity-differs"])


# u724 a Hai Phong CNC shop (Vietnamese sender name, RFC 2047), short body + one-page PDF QUOTATION. Row 1 PLT-0915-R2
# (RFQ line 4): 120 pcs at 37.40 USD, Amount 4,488.00 -> 37.40, as asked -> null; MOQ column 100 -> moq 100 (below 120);
# L/T "45 days" and the footer "Lead time: 45 days after receipt of deposit" -> 45 (Jul 20, before Aug 17). Row 2 "Jig &
# fixture (one time)" 220.00 is no RFQ line -> note; TOTAL 4,708.00 is no price. Lines 1, 2, 3 and 5 are never
# mentioned -> missing-line. "FOB Hai Phong port" -> FOB; "Validity: until 20/07/2026" -> 2026-07-20 (day 20 > 12, so the
# order is unambiguous; not short). USD. Partial.
assert close(120 * 37.40, 4488.00) and close(4488.00 + 220.00, 4708.00) and plus("2026-06-05", 45) == "2026-07-20"
X724 = [40, 62, 132, 276, 330, 370, 426, 490]
P724 = check_page(
    [(40, 800, 13, "TRANG AN PRECISION MECHANICAL JSC"),
     (40, 786, 8, "Lot CN5, Dinh Vu Industrial Zone, Hai An District, Hai Phong, Vietnam  |  Tel: +84 225 555 0174"),
     (430, 760, 14, "QUOTATION"), (40, 760, 9, "No.: TA-QT-2606-031"), (40, 746, 9, "Date: 05-Jun-2026"),
     (40, 732, 9, "To: Northridge - Ms. Nora Reyes"), (300, 732, 9, "Ref.: RFQ NR-RFQ-0619")]
    + row(700, X724, ["No.", "Part No.", "Description", "Material", "Q'ty", "MOQ", "Unit price", "Amount (USD)"], 8)
    + [(426, 690, 7, "(USD)")]
    + row(674, X724, ["1", "PLT-0915-R2", "Motor base plate 10mm, 4xM6", "AL6082-T6", "120 pcs", "100", "37.40", "4,488.00"])
    + row(658, X724, ["2", "-", "Jig & fixture (one time)", "-", "1 set", "-", "220.00", "220.00"])
    + row(634, X724, ["", "", "", "", "", "", "TOTAL:", "4,708.00"])
    + [(40, 600, 8, "Terms:"),
       (40, 588, 8, "- Price term: FOB Hai Phong port (Incoterms 2020)"),
       (40, 576, 8, "- Payment: T/T 30% deposit, 70% before shipment"),
       (40, 564, 8, "- Lead time: 45 days after receipt of deposit"),
       (40, 552, 8, "- Packing: each part in PE bag, wooden case"),
       (40, 540, 8, "- Validity: until 20/07/2026"),
       (40, 500, 8, "Prepared by: Pham Van Duc - Sales Engineer"),
       (500, 60, 7, "Page 1/1")])
sample("u724-vn-haiphong-pdf-moq-column-jig-row", S.with_attachment("Phạm Văn Đức <duc.pham@trangan-precision.example>", """Dear Ms. Nora,

Thank you for your RFQ NR-RFQ-0619.
We are pleased to send you our quotation for the motor base plate (PLT-0915-R2) as attached file.
Hope to receive your order soon.

Best regards,
Pham Van Duc (Mr.)
Sales Engineer
Trang An Precision Mechanical JSC
Tel: +84 225 555 0174 | Mobile/Zalo: +84 91 555 0139""", "application/pdf", "TA-QT-2606-031.pdf", pdf([P724])),
       "partial", "USD", "2026-07-20", "FOB",
       [line(4, 37.40, lead=45, moq=100)],
       ["missing-line", "note"])


# u725 a Chennai exporter, Indian English, plain text above the buyer's request quoted with "> " (history). Every line
# priced, "All rates are in US Dollars": gasket "0.196 / No." -> 0.196, 6 weeks -> 42 (Jul 17, before Aug 3); cable
# "1.38 / Mtr" on the metre line -> 1.38, 3 weeks -> 21 (Jun 26, before Jul 20); screws "28.60 / 1000 Nos" -> 0.0286,
# 6 weeks -> 42 -> Jul 17, AFTER the Jul 13 need-by -> lead-time-after-need-by (the note says they are not in stock);
# plate "41.20 / No." -> 41.20, "7-8 weeks" -> 56 (Jul 31, before Aug 17); springs "0.072 / No." -> 0.072, "4-5 weeks"
# -> 35 (Jul 10, before Jul 27). Quantities as asked -> null. "Price basis : FOB Chennai" -> FOB; "Validity : till 10th
# July 2026" -> 2026-07-10 (not short). Advance payment, export packing and "GST: Not applicable" are no deviations.
# Parsed.
assert close(28.60 / 1000, 0.0286) and plus("2026-06-05", 42) == "2026-07-17" and plus("2026-06-05", 56) == "2026-07-31"
assert plus("2026-06-05", 21) == "2026-06-26" and plus("2026-06-05", 35) == "2026-07-10" and "2026-07-17" > "2026-07-13"
U725_ROWS = [("Sl.No", "Part No.", "Description", "Qty", "Rate (USD)", "Delivery"),
             ("1", "GSK-EPDM-80", "EPDM gasket 80x62x3", "5000 Nos", "0.196 / No.", "6 weeks"),
             ("2", "CBL-4C22-PUR", "4C x 22 AWG PUR cable", "1500 Mtrs", "1.38 / Mtr", "3 weeks"),
             ("3", "SCR-M4X10-A2", "SHCS M4x10 A2-70", "20000 Nos", "28.60 / 1000 Nos", "6 weeks"),
             ("4", "PLT-0915-R2", "Motor base plate 6082-T6", "120 Nos", "41.20 / No.", "7-8 weeks"),
             ("5", "SPR-C0630-302", "Comp. spring SS302", "8000 Nos", "0.072 / No.", "4-5 weeks")]
sample("u725-in-chennai-nos-all-lines-late-screws", S.msg("R. Balasubramanian <bala@kaveri-precision.example>", "text/plain", """Dear Madam,

Greetings from Kaveri Precision Components!

We thank you for your RFQ NR-RFQ-0619 and are pleased to submit our most competitive offer as under.
All rates are in US Dollars (USD).

""" + "\n".join(f"{a:<7}{b:<17}{c:<27}{d:<12}{e:<19}{f}" for a, b, c, d, e, f in U725_ROWS) + """

Note: M4x10 A2-70 screws are presently not in stock, hence delivery 6 weeks as indicated above.

Terms & conditions:
Price basis  : FOB Chennai
Payment      : 30% advance with PO, balance against copy of B/L
Validity     : till 10th July 2026
Packing      : Standard seaworthy export packing, included
GST          : Not applicable (export)

Kindly release your valued PO at the earliest.

Thanks & Regards,
R. Balasubramanian (Bala)
Manager - Exports
Kaveri Precision Components Pvt. Ltd.
Plot No. 42, SIDCO Industrial Estate, Ambattur, Chennai - 600 098, India
Mob: +91 98405 55012 | Tel: +91 44 5555 0187

On Mon, Jun 1, 2026 at 8:40 AM Nora Reyes <nreyes@northridge.example> wrote:
> Dear Supplier,
>
> Please quote the items below (RFQ NR-RFQ-0619) by June 12, 2026: unit price in USD, lead time, Incoterms and
> validity.
>
""" + "\n".join("> " + l for l in SAMPLE_REQUEST.splitlines()) + """
>
> Regards,
> Nora Reyes
> Purchasing, Northridge
"""),
       "parsed", "USD", "2026-07-10", "FOB",
       [line(1, 0.196, lead=42), line(2, 1.38, lead=21), line(3, 0.0286, lead=42), line(4, 41.20, lead=56),
        line(5, 0.072, lead=35)],
       ["lead-time-after-need-by"])


# u726 an Osaka spring maker, multipart/alternative (text + HTML, same content), Japanese with English. "Our price in
# Japanese Yen": springs "JPY 9,800 / 1,000 pcs" -> 9,800 / 1,000 = 9.8 JPY per pc; "8,000 pcs" as asked -> null; "5
# weeks after your order" -> 35 (Jul 10, before Jul 27). "Items 1 to 4 ... we regret we cannot quote" -> declined.
# "有効期限: 2026年7月31日 (valid until July 31, 2026)" -> 2026-07-31 (not short); "FOB Osaka" -> FOB. JPY against the USD
# RFQ -> currency-differs. Partial.
assert close(9800 / 1000, 9.8) and plus("2026-06-05", 35) == "2026-07-10"
U726_TEXT = """Nora Reyes 様

お問い合わせいただき、誠にありがとうございます。
Thank you very much for your inquiry NR-RFQ-0619.

We can quote only the compression spring. Our price in Japanese Yen:

  Part No.   : SPR-C0630-302 (SUS302, wire 0.6, OD 6.3, FL 30)
  Quantity   : 8,000 pcs
  Unit price : JPY 9,800 / 1,000 pcs
  Delivery   : 5 weeks after your order

Items 1 to 4 (gasket, cable, screw, base plate): we regret we cannot quote, they are not our products.

Price basis: FOB Osaka
Payment: T/T 30 days after B/L date
有効期限: 2026年7月31日 (valid until July 31, 2026)

よろしくお願いいたします。
Best regards,

Hiroshi Matsuda (松田 浩)
Export Sales Group
Sakai Hatsujo Co., Ltd. / 堺発条株式会社
2-8-14 Chikko-Shinmachi, Nishi-ku, Sakai, Osaka 592-8331, Japan
TEL +81-72-555-0140  FAX +81-72-555-0141"""
U726_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'MS PGothic',Arial,sans-serif;font-size:10pt">
<p>Nora Reyes 様</p>
<p>お問い合わせいただき、誠にありがとうございます。<br>Thank you very much for your inquiry NR-RFQ-0619.</p>
<p>We can quote only the compression spring. Our price in Japanese Yen:</p>
<table border="0" cellpadding="2">
<tr><td>Part No.</td><td>: SPR-C0630-302 (SUS302, wire 0.6, OD 6.3, FL 30)</td></tr>
<tr><td>Quantity</td><td>: 8,000 pcs</td></tr>
<tr><td>Unit price</td><td>: JPY 9,800 / 1,000 pcs</td></tr>
<tr><td>Delivery</td><td>: 5 weeks after your order</td></tr>
</table>
<p>Items 1 to 4 (gasket, cable, screw, base plate): we regret we cannot quote, they are not our products.</p>
<p>Price basis: FOB Osaka<br>Payment: T/T 30 days after B/L date<br>有効期限: 2026年7月31日 (valid until July 31, 2026)</p>
<p>よろしくお願いいたします。<br>Best regards,</p>
<p>Hiroshi Matsuda (松田 浩)<br>Export Sales Group<br>Sakai Hatsujo Co., Ltd. / 堺発条株式会社<br>
2-8-14 Chikko-Shinmachi, Nishi-ku, Sakai, Osaka 592-8331, Japan<br>TEL +81-72-555-0140&nbsp; FAX +81-72-555-0141</p>
</body></html>"""
sample("u726-jp-osaka-alt-yen-per-1000-pcs", S.alternative("Hiroshi Matsuda <h.matsuda@sakai-hatsujo.example>", U726_TEXT, U726_HTML),
       "partial", "JPY", "2026-07-31", "FOB",
       [nob(1), nob(2), nob(3), nob(4), line(5, 9.8, "JPY", lead=35)],
       ["currency-differs", "no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u727 a Rayong resin compounder, plain text (quoted-printable) with a Thai greeting. Resin RES-PA66-GF30 in break rows
# per kg: "1,000 - 4,999 kg : USD 3.42/kg", "5,000 kg up : USD 3.31/kg" -> the 2,500 kg asked takes 3.42 per kg (the RFQ
# line is bought in kg). "Your Q'ty 2,500 kg = 100 bags" restates the requested quantity -> null. "MOQ: 1 MT (1,000 kg)"
# -> moq 1000 (below 2,500). "L/T: 2-3 weeks after PO" -> 21 (Jul 3, before Jul 20). "Packing: 25 kg/bag, 40 bags/pallet"
# is packing. "price valid for 15 days due to raw material fluctuation" from Fri 12 Jun -> 2026-06-27, earlier than
# Jul 3 -> validity-short (the reason is no deviation of its own). "FOB Laem Chabang" -> FOB. Sheet, bearings, O-rings,
# hose and seal kits are never mentioned -> missing-line. USD. Partial.
assert 1000 <= 2500 <= 4999 and 2500 // 25 == 100 and plus("2026-06-12", 15) == "2026-06-27" and plus("2026-06-12", 21) == "2026-07-03"
blind("u727-th-rayong-resin-kg-breaks-15-day-validity", H.msg("Nattapong Srisuk <nattapong@siam-polycompound.example>", "text/plain", """Dear Ms. Lena Marsh,

สวัสดีครับ and thank you for your RFQ HM-RFQ-2611.

We are compounder of engineering plastics in Rayong, Thailand (PA6, PA66, PBT, PP-GF), supply to automotive
and pump makers in Japan, EU and USA. Please see our offer for the PA66 resin:

Item      : RES-PA66-GF30 - PA66 + 30% glass fibre, heat stabilized, black (as per your spec)
Your Q'ty : 2,500 kg = 100 bags
Price     : 1,000 - 4,999 kg  : USD 3.42/kg
            5,000 kg up       : USD 3.31/kg
MOQ       : 1 MT (1,000 kg)
L/T       : 2-3 weeks after PO
Packing   : 25 kg/bag, 40 bags/pallet

Price term: FOB Laem Chabang
Payment   : L/C at sight or T/T in advance
Remark    : price valid for 15 days due to raw material fluctuation (PA66 salt price)

TDS and MSDS can be send on request.

Best regards,
Nattapong Srisuk (Nat)
Sales Manager - Export
Siam Polycompound Co., Ltd.
88/12 Moo 4, Pluak Daeng, Rayong 21140, Thailand
Tel: +66 38 555 018 | Mobile/Line: +66 81 555 0163
""", cte="quoted-printable"),
       "partial", "USD", "2026-06-27", "FOB",
       [line(1, 3.42, lead=21, moq=1000)],
       ["missing-line", "validity-short"])


# u728 a Malaysian O-ring and seal-kit maker, HTML only (quoted-printable). O-rings OR-0120-NBR70 (RFQ item 4): "USD 19.80
# / K pcs" -> 19.80 / 1,000 = 0.0198; "50,000 pcs" as asked -> null; MOQ "10K" -> 10000 (below 50,000); "25-30 days after
# deposit" -> 30 (Jul 12, before Aug 17). Seal kit KIT-PX200-SEAL (item 6): "USD 16.40 / set" -> 16.40 per SET; "150 sets"
# as asked -> null; MOQ "100 sets" -> 100 (below 150); "35-40 days after sample approval" -> 40 (Jul 22, before Sep 21).
# "New mould for the lip seal: USD 650.00 (one-time charge)" -> note. "1,000 pcs/bag, 10 bags/carton" and "50 sets/carton"
# are packing. "Items 1, 2, 3 and 5 ... sorry, we are unable to quote" -> declined. "Quotation valid for 30 days" from
# Fri 12 Jun -> 2026-07-12 (not short); "FOB Port Klang" -> FOB. T/T deposit is payment. USD. Partial.
assert close(19.80 / 1000, 0.0198) and plus("2026-06-12", 30) == "2026-07-12" and plus("2026-06-12", 40) == "2026-07-22"
blind("u728-my-ipoh-html-per-k-pcs-lip-seal-mould", H.msg("Tan Mei Ling <meiling.tan@kinta-rubber.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Ms. Lena,</p>
<p>Greetings from Ipoh! Thank you for your RFQ HM-RFQ-2611. Please find below our quotation for the rubber items.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;border-color:#7F7F7F">
<tr style="background:#DDEBF7"><th>Item</th><th>Part No.</th><th>Description</th><th>Qty</th><th>Unit Price (USD)</th><th>MOQ</th><th>Lead time</th></tr>
<tr><td>4</td><td>OR-0120-NBR70</td><td>O-ring 12 x 2 mm, NBR 70 Shore A, black</td><td>50,000 pcs</td><td>19.80 / K pcs</td><td>10K</td><td>25-30 days after deposit</td></tr>
<tr><td>6</td><td>KIT-PX200-SEAL</td><td>Seal kit PX-200 (2 lip seals, 4 O-rings, 1 gasket), bagged &amp; labelled</td><td>150 sets</td><td>16.40 / set</td><td>100 sets</td><td>35-40 days after sample approval</td></tr>
</table>
<p><b>Remarks:</b></p>
<ol>
<li>New mould for the lip seal: USD 650.00 (one-time charge).</li>
<li>Packing: O-rings 1,000 pcs/bag, 10 bags/carton; seal kits 50 sets/carton.</li>
<li>Items 1, 2, 3 and 5 (resin, aluminium sheet, bearing, hose) - sorry, we are unable to quote.</li>
<li>Price term: FOB Port Klang.</li>
<li>Payment: T/T 30% deposit, 70% before shipment.</li>
<li>Quotation valid for 30 days.</li>
</ol>
<p>Thank you and hope to hear good news from you.</p>
<p>Best regards,<br><b>Tan Mei Ling</b> 陈美玲<br>Sales &amp; Marketing Executive<br>Kinta Rubber Industries Sdn. Bhd.<br>
Lot 2231, Jalan Kuala Kangsar, Kawasan Perindustrian Tasek, 31400 Ipoh, Perak, Malaysia<br>Tel: +605-555 0152 &nbsp;|&nbsp; H/P: +6012-555 0198</p>
<p style="font-size:8pt;color:#808080">This e-mail and any attachment is confidential and intended for the addressee only.</p>
</body></html>""", cte="quoted-printable"),
       "partial", "USD", "2026-07-12", "FOB",
       [nob(1), nob(2), nob(3), line(4, 0.0198, lead=30, moq=10000), nob(5), line(6, 16.40, lead=40, moq=100)],
       ["no-bid", "note"])


# u729 a Shanghai trading company, body + XLSX whose price columns are "Domestic price RMB (incl. 13% VAT)" and then
# "Export price USD (FOB Shanghai)"; the body says the RMB price is for domestic customers, for reference only, and the
# export price in USD applies -> USD. Sheet SHT-5052H32-030 (item 2): offered P/N the same -> no alternate; 90 pcs as
# asked -> null; export 32.60 -> 32.60 (not the RMB 268.00); "15-20 days" -> 20 (Jul 2, before Aug 10). Bearing "BRG
# 6205-2RS" (item 3): offered "HTB 6205-2RS/C3", the trader's own brand instead of SKF (body: "we offer our own brand HTB
# instead") -> alternatePartNumber "6205-2RS/C3" (alternate-part; corrected in session 13 from "HTB 6205-2RS/C3": the
# maker's name is who makes the part, not part of its number, as four of the six blind replies naming a maker before
# the part were written); 400 pcs as asked -> null; export 1.26 (not RMB
# 10.20); "stock" -> 0. Lines 1, 4, 5, 6 are never mentioned -> missing-line. "Price validity: until 2026-07-15" (not
# short); FOB (Shanghai). Partial.
assert plus("2026-06-12", 20) == "2026-07-02" and "2026-07-15" >= "2026-07-03"
U729_XLSX = xlsx([
    ["SHANGHAI HUATONG INDUSTRIAL TRADING CO., LTD. / 上海华通实业贸易有限公司"],
    ["Room 1608, No. 333 Zhaojiabang Road, Xuhui District, Shanghai 200032   Tel: +86-21-5555-0117"],
    ["Quotation No.: HT-260612-07", "", "", "Date: 2026-06-12"],
    ["To: Halvorsen Manufacturing - Ms. Lena Marsh", "", "", "Your RFQ: HM-RFQ-2611"],
    [""],
    ["Item", "Your P/N", "Offered P/N", "Description", "Qty", "Unit", "Domestic price RMB (incl. 13% VAT)",
     "Export price USD (FOB Shanghai)", "L/T"],
    [2, "SHT-5052H32-030", "SHT-5052H32-030", "Al sheet 5052-H32 3.0x1250x2500mm, PVC film 1 side", 90, "pcs", 268.00, 32.60,
     "15-20 days"],
    [3, "BRG 6205-2RS", "HTB 6205-2RS/C3", "Deep groove ball bearing 25x52x15, 2RS, C3", 400, "pcs", 10.20, 1.26, "stock"],
    [""],
    ["Remark:"],
    ["1. Price validity: until 2026-07-15"],
    ["2. Payment: T/T 30% deposit, 70% before shipment"],
    ["3. Packing: sheets on fumigated wooden pallet; bearings 10pcs/box, 50 boxes/carton"],
])
blind("u729-cn-shanghai-xlsx-rmb-vat-beside-usd-own-brand-bearing", H.with_attachment("Eric Shen <eric.shen@huatong-trading.example>", """Dear Lena,

Nice day! Thanks for your RFQ HM-RFQ-2611.
Attached pls find our quotation for item 2 (aluminium sheet) and item 3 (ball bearing).

For the bearing, SKF is very expensive and L/T is long now, so we offer our own brand HTB instead:
HTB 6205-2RS/C3, same size 25x52x15, C3 clearance, quality same level as SKF, we export to USA and EU many years.

Pls note: the RMB price in the sheet is for our domestic customer (incl. 13% VAT), only for reference.
For you the export price in USD applies, FOB Shanghai.

Best regards
Eric Shen 沈伟
Shanghai Huatong Industrial Trading Co., Ltd.
Mob/WeChat: +86 139 5555 0108""", XLSX, "HT-260612-07 Quotation.xlsx", U729_XLSX),
       "partial", "USD", "2026-07-15", "FOB",
       [line(2, 32.60, lead=20), line(3, 1.26, lead=0, alt="6205-2RS/C3")],
       ["alternate-part", "missing-line"])


# u730 a Gimhae hose maker, body (Korean greeting, then English) + one-page PDF. PDF row No. 5 HSE-2SN-08: 800 M at USD
# 4.62 per M (the RFQ line is bought in metres; Amount 3,696.00); the break "Over 1,000 M: USD 4.48/M" does not apply to
# 800 m -> 4.62; "5 weeks" -> 35 (Jul 17, before Sep 1). "Packing: 40 m/coil x 20 coils" = 800 m, as asked -> null. The
# body: "Other items (No.1~4, No.6) we cannot supply, sorry" -> lines 1-4 and 6 declined. "CIF Long Beach" -> CIF;
# "Validity: 2026.07.20" -> 2026-07-20 (not short). USD. Partial.
assert close(800 * 4.62, 3696.00) and 40 * 20 == 800 and plus("2026-06-12", 35) == "2026-07-17"
X730 = [40, 64, 130, 290, 334, 366, 440, 512]
P730 = check_page(
    [(40, 800, 13, "HANUL HYDRAULICS CO., LTD."),
     (40, 786, 8, "112, Golden-ro 48beon-gil, Gimhae-si, Gyeongsangnam-do, Korea  |  Tel +82-55-555-0153  Fax +82-55-555-0154"),
     (240, 760, 14, "QUOTATION"),
     (40, 738, 9, "Messrs: Halvorsen Manufacturing (Attn: Ms. Lena Marsh)"), (400, 738, 9, "No.: HU-Q-2606-118"),
     (40, 724, 9, "Ref.: Your RFQ HM-RFQ-2611"), (400, 724, 9, "Date: 2026.06.12")]
    + row(694, X730, ["No.", "Item", "Specification", "Q'ty", "Unit", "U/Price (USD)", "Amount (USD)", "Delivery"], 8)
    + row(676, X730, ["5", "HSE-2SN-08", "EN853 2SN DN12 (1/2\") 275 bar", "800", "M", "4.62", "3,696.00", "5 weeks"])
    + row(652, X730, ["", "", "", "", "", "TOTAL", "USD 3,696.00", ""])
    + [(40, 620, 8, "Remarks"),
       (40, 608, 8, "1. Price break: Over 1,000 M: USD 4.48/M"),
       (40, 596, 8, "2. Packing: 40 m/coil x 20 coils, wrapped with PE film and woven bag"),
       (40, 584, 8, "3. Price term: CIF Long Beach (Incoterms 2020)"),
       (40, 572, 8, "4. Payment: T/T 30 days after B/L date"),
       (40, 560, 8, "5. Validity: 2026.07.20"),
       (40, 520, 9, "HANUL HYDRAULICS CO., LTD."), (40, 506, 8, "Lee Seung-woo / Overseas Sales Team Manager"),
       (510, 60, 7, "Page 1 / 1")])
blind("u730-kr-gimhae-pdf-hose-break-over-1000-m-cif", H.with_attachment("이승우 <swlee@hanul-hyd.example>", """Dear Ms. Lena Marsh,

안녕하세요, 한울유압 이승우입니다.
Thank you for your inquiry HM-RFQ-2611. Please find attached our quotation for the hydraulic hose (No.5).
Other items (No.1~4, No.6) we cannot supply, sorry.

If you need the hose with crimped fittings, please send us the drawing, we can quote also.

Best regards,
Lee Seung-woo (이승우) / Manager
Overseas Sales Team, Hanul Hydraulics Co., Ltd.
T. +82-55-555-0153 / M. +82-10-5555-0127""", "application/pdf", "HU-Q-2606-118.pdf", pdf([P730])),
       "partial", "USD", "2026-07-20", "CIF",
       [nob(1), nob(2), nob(3), nob(4), line(5, 4.62, lead=35), nob(6)],
       ["no-bid"])


# u731 an Ahmedabad seal maker, multipart/alternative, Indian English. O-rings (item 4): "USD 22.50 per 1000 Nos." ->
# 0.0225; 50,000 Nos. as asked -> null; "4 weeks from receipt of PO" -> 28 (Jul 10, before Aug 17). Seal kit (item 6):
# "MOQ for the kit is 200 sets, hence quoted for 200 sets" -> quantity 200 (quantity-differs) and moq 200, above the 150
# asked (moq-above-quantity); "USD 19.75 per set" -> 19.75; "8-10 weeks from approval of samples" -> 70 (Aug 21, before
# Sep 21). "Items 1, 2, 3 and 5: we regret ..." -> declined. "Price basis: CIF Savannah, USA" -> CIF; "Validity: 60 days
# from date of this offer" from Fri 12 Jun -> 2026-08-11 (not short). "GST: not applicable for export" is a tax remark.
# USD. Partial.
assert close(22.50 / 1000, 0.0225) and plus("2026-06-12", 28) == "2026-07-10" and plus("2026-06-12", 70) == "2026-08-21"
assert plus("2026-06-12", 60) == "2026-08-11" and 200 > 150
U731_TEXT = """Dear Ms. Lena,

Good afternoon. Thank you for your valued enquiry no. HM-RFQ-2611. We are pleased to submit our offer for the
sealing items as under:

Item 4 - OR-0120-NBR70 - O-ring 12 x 2 mm, NBR 70 Shore A, black
    Qty      : 50,000 Nos.
    Rate     : USD 22.50 per 1000 Nos.
    Delivery : 4 weeks from receipt of PO

Item 6 - KIT-PX200-SEAL - Seal kit for PX-200 pump (2 lip seals, 4 O-rings, 1 gasket)
    Qty      : 200 sets (MOQ for the kit is 200 sets, hence quoted for 200 sets)
    Rate     : USD 19.75 per set
    Delivery : 8-10 weeks from approval of samples

Items 1, 2, 3 and 5: we regret our inability to quote as these are not in our manufacturing range.

Terms & Conditions:
Price basis : CIF Savannah, USA
Payment     : 100% advance or LC at sight
Validity    : 60 days from date of this offer
GST         : not applicable for export

Looking forward to your valued order.

Warm regards,
Hardik Shah
Export Manager
Sabarmati Seals & Gaskets Pvt. Ltd.
Plot 118, GIDC Estate, Vatva, Ahmedabad - 382 445, Gujarat, India
M: +91 98250 55031 | T: +91 79 5555 0144"""
U731_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Ms. Lena,</p>
<p>Good afternoon. Thank you for your valued enquiry no. HM-RFQ-2611. We are pleased to submit our offer for the
sealing items as under:</p>
<p><b>Item 4 - OR-0120-NBR70</b> - O-ring 12 x 2 mm, NBR 70 Shore A, black<br>
Qty : 50,000 Nos.<br>Rate : USD 22.50 per 1000 Nos.<br>Delivery : 4 weeks from receipt of PO</p>
<p><b>Item 6 - KIT-PX200-SEAL</b> - Seal kit for PX-200 pump (2 lip seals, 4 O-rings, 1 gasket)<br>
Qty : 200 sets (MOQ for the kit is 200 sets, hence quoted for 200 sets)<br>Rate : USD 19.75 per set<br>
Delivery : 8-10 weeks from approval of samples</p>
<p>Items 1, 2, 3 and 5: we regret our inability to quote as these are not in our manufacturing range.</p>
<p><u>Terms &amp; Conditions:</u><br>Price basis : CIF Savannah, USA<br>Payment : 100% advance or LC at sight<br>
Validity : 60 days from date of this offer<br>GST : not applicable for export</p>
<p>Looking forward to your valued order.</p>
<p>Warm regards,<br>Hardik Shah<br>Export Manager<br>Sabarmati Seals &amp; Gaskets Pvt. Ltd.<br>
Plot 118, GIDC Estate, Vatva, Ahmedabad - 382 445, Gujarat, India<br>M: +91 98250 55031 | T: +91 79 5555 0144</p>
</body></html>"""
blind("u731-in-ahmedabad-alt-kit-moq-200-sets-cif", H.alternative("Hardik Shah <hardik.shah@sabarmati-seals.example>", U731_TEXT, U731_HTML),
      "partial", "USD", "2026-08-11", "CIF",
      [nob(1), nob(2), nob(3), line(4, 0.0225, lead=28), nob(5), line(6, 19.75, qty=200, lead=70, moq=200)],
      ["moq-above-quantity", "no-bid", "quantity-differs"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u732 a Coimbatore foundry and machine shop, Indian English, plain text, "All prices in EUR". Shaft (RFQ line 1): "EUR
# 29.75 per No.", 250 Nos as asked -> null, "Delivery 9 weeks" -> 63 (Aug 17, before Aug 28). Housing (line 2): "EUR
# 1,186.00 per No." -> 1186.00, 25 Nos -> null, "Delivery 12 weeks" -> 84 (Sep 7, before Oct 2). "Pattern & core box
# cost: EUR 2,400.00, one time" -> note. "Items 3, 4 and 5 ... regret, not in our scope" -> declined. "Price basis: CIF
# Hamburg (Incoterms 2020)" -> CIF; "Validity: 45 days" from Mon 15 Jun -> 2026-07-30 (not short). EUR. Partial.
assert plus("2026-06-15", 63) == "2026-08-17" and plus("2026-06-15", 84) == "2026-09-07" and plus("2026-06-15", 45) == "2026-07-30"
blind2("u732-in-coimbatore-foundry-pattern-cif-hamburg", V.msg("S. Karthikeyan <karthikeyan@noyyal-castings.example>", "text/plain", """Dear Mr. Jonas,

Greetings from Coimbatore!

We thank you for your enquiry VM-RFQ-4418 and are pleased to quote as below. All prices in EUR.

1) SH-2231-C rev B - Drive shaft, 42CrMo4 Q&T, turned & ground, 30 h6 x 412 mm
   Qty 250 Nos - EUR 29.75 per No.
   Delivery 9 weeks

2) HSG-1180-GJL - Gearbox housing EN-GJL-250, fully machined, primed RAL 7035
   Qty 25 Nos - EUR 1,186.00 per No.
   Delivery 12 weeks
   Pattern & core box cost: EUR 2,400.00, one time, payable along with PO (pattern remains your property)

Items 3, 4 and 5 (fitting, pneumatic cylinder, bracket set): regret, not in our scope.

Price basis : CIF Hamburg (Incoterms 2020)
Payment     : 30% advance, balance against shipping documents
Validity    : 45 days
Inspection  : Material TC 3.1 and dimensional report with each lot, free of cost

We are supplying castings and machined parts to Germany and Italy for more than 15 years, hope to
serve you also.

Thanks & Regards,
S. Karthikeyan
General Manager - Marketing
Noyyal Castings & Engineering Pvt. Ltd.
SF No. 214, Kurichi Industrial Estate, Coimbatore - 641 021, Tamil Nadu, India
Ph: +91 422 555 0176 | Cell: +91 94433 55021
"""),
       "partial", "EUR", "2026-07-30", "CIF",
       [line(1, 29.75, "EUR", lead=63), line(2, 1186.00, "EUR", lead=84), nob(3), nob(4), nob(5)],
       ["no-bid", "note"])


# u733 a Dongguan CNC and sourcing house, short body + one-page PDF in EUR pricing all five lines. Shaft 27.90, "35 days"
# -> 35 (Jul 20, before Aug 28). Housing 1,098.00, 60 days (Aug 14, before Oct 2); the note "Pattern cost: free of charge
# (amortized in unit price)" is no extra charge -> no note. Fitting 3.96, 30 days (Jul 15, before Aug 14). Cylinder
# "Festo original DSBC-32-80-PPVA-N3" - the RFQ part itself -> no alternate; 98.50, 21 days (Jul 6, before Sep 11).
# Bracket set 12.40 per set, 30 days (Jul 15, before Oct 9); the break note "100-299 sets EUR 12.40 / 300-499 sets EUR
# 11.20 / 500 sets up EUR 10.60" puts the 150 sets asked in the first tier -> 12.40; "MOQ 100 sets" -> moq 100 (below
# 150). Quantities as asked -> null; the amounts and TOTAL are no prices. "FOB Shenzhen" -> FOB; "Validity: 2026/07/31"
# (not short). EUR. Every line priced -> parsed, no deviations.
assert close(250 * 27.90, 6975.00) and close(25 * 1098.00, 27450.00) and close(2000 * 3.96, 7920.00)
assert close(120 * 98.50, 11820.00) and close(150 * 12.40, 1860.00)
assert close(6975.00 + 27450.00 + 7920.00 + 11820.00 + 1860.00, 56025.00) and 100 <= 150 <= 299
assert plus("2026-06-15", 35) == "2026-07-20" and plus("2026-06-15", 60) == "2026-08-14" and plus("2026-06-15", 30) == "2026-07-15"
assert plus("2026-06-15", 21) == "2026-07-06"
X733 = [40, 60, 150, 270, 306, 334, 388, 450]
P733 = check_page(
    [(40, 800, 13, "DONGGUAN CHUANGYI INDUSTRIAL CO., LTD."),
     (40, 786, 8, "No. 9 Keji Road, Chang'an Town, Dongguan, Guangdong 523850, China  |  Tel: +86-769-5555-0191"),
     (250, 760, 14, "QUOTATION"),
     (40, 738, 9, "To: Vossberg Maschinenbau GmbH - Mr. Jonas Albers"), (400, 738, 9, "Quote No.: CY-EU-260615"),
     (40, 724, 9, "RFQ: VM-RFQ-4418"), (400, 724, 9, "Date: 2026/06/15")]
    + row(694, X733, ["No.", "Part No.", "Description", "Q'ty", "Unit", "Price (EUR)", "Amount (EUR)", "L/T"], 8)
    + row(676, X733, ["1", "SH-2231-C rev B", "Drive shaft 42CrMo4, ground", "250", "pcs", "27.90", "6,975.00", "35 days"])
    + row(660, X733, ["2", "HSG-1180-GJL", "Gearbox housing GJL-250", "25", "pcs", "1,098.00", "27,450.00", "60 days"])
    + row(644, X733, ["3", "FIT-316-G12-10", "Male connector G1/2-10, 316L", "2,000", "pcs", "3.96", "7,920.00", "30 days"])
    + row(628, X733, ["4", "DSBC-32-80-PPVA-N3", "Festo original DSBC cylinder", "120", "pcs", "98.50", "11,820.00", "21 days"])
    + row(612, X733, ["5", "2231-004-03", "Sensor bracket set L+R", "150", "set", "12.40", "1,860.00", "30 days"])
    + row(588, X733, ["", "", "", "", "", "TOTAL", "56,025.00", ""])
    + [(40, 556, 8, "Notes:"),
       (40, 544, 8, "1. Item 5 price break: 100-299 sets EUR 12.40 / 300-499 sets EUR 11.20 / 500 sets up EUR 10.60. MOQ 100 sets."),
       (40, 532, 8, "2. Item 2 pattern cost: free of charge (amortized in unit price)."),
       (40, 520, 8, "3. Item 4 is Festo original, sourced from Festo China, with Festo certificate."),
       (40, 508, 8, "4. Price term: FOB Shenzhen. Payment: T/T 30% deposit, 70% before shipment."),
       (40, 496, 8, "5. Validity: 2026/07/31"),
       (40, 460, 8, "Sales: Coco Li    Mob/WeChat: +86 137 5555 0115"),
       (505, 60, 7, "Page 1 of 1")])
blind2("u733-cn-dongguan-pdf-all-lines-bracket-break-free-pattern", V.message("Coco Li <coco.li@chuangyi-cnc.example>", multipart("mixed", "=_cy_733_mix", [
        text_part("text/plain", """Dear Jonas,

Good day! Thanks for your RFQ VM-RFQ-4418.
Attached is our quotation in EUR for all 5 items, pls check.
Any question pls contact me freely.

Best regards
Coco Li 李可可
Dongguan Chuangyi Industrial Co., Ltd.
CNC machining | casting | industrial sourcing
"""),
        file_part("application/pdf", "CY-EU-260615.pdf", pdf([P733]))])),
       "parsed", "EUR", "2026-07-31", "FOB",
       [line(1, 27.90, "EUR", lead=35), line(2, 1098.00, "EUR", lead=60), line(3, 3.96, "EUR", lead=30),
        line(4, 98.50, "EUR", lead=21), line(5, 12.40, "EUR", lead=30, moq=100)],
       [])


# u734 a Changhua fitting maker, multipart/alternative (quoted-printable), EUR. Fitting FIT-316-G12-10 (RFQ line 3):
# "EUR 4,380.00 / K pcs" -> 4,380.00 / 1,000 = 4.38; "MOQ: 3K pcs, so we quote 3,000 pcs" -> quantity 3000
# (quantity-differs) and moq 3000, above the 2,000 asked (moq-above-quantity); amount 3,000 x 4.38 = 13,140.00 is no
# price; "4~5 weeks" -> 35 (Jul 20, before Aug 14). Cylinder (line 4): "we are not Festo agent, cannot supply" ->
# declined. Shaft, housing and bracket set never mentioned -> missing-line. "FOB Taichung" -> FOB; "Validity: 2026/08/15"
# (not short). EUR. Partial.
assert close(4380.00 / 1000, 4.38) and close(3000 * 4.38, 13140.00) and plus("2026-06-15", 35) == "2026-07-20"
U734_TEXT = """Dear Mr. Albers,

Thanks for your inquiry VM-RFQ-4418. Below is our offer in EUR for item 3:

Part No. : FIT-316-G12-10
Desc.    : Male connector G1/2 x tube 10mm, compression type, SS316L
Price    : EUR 4,380.00 / K pcs
MOQ      : 3K pcs, so we quote 3,000 pcs (amount EUR 13,140.00)
L/T      : 4~5 weeks
Packing  : 100pcs/box, 10 boxes/carton

Item 4 DSBC-32-80-PPVA-N3 is Festo cylinder, we are not Festo agent, cannot supply. Sorry.

Price term: FOB Taichung
Payment: T/T 30% deposit, 70% before shipment
Validity: 2026/08/15

Best Regards,
Vicky Wu 吳佩琪
Lukang Fluid Connector Co., Ltd.
No. 21, Gongye 2nd Rd., Lukang Township, Changhua County 505, Taiwan
TEL: +886-4-555-0183 / FAX: +886-4-555-0184"""
U734_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:PMingLiU,Arial,sans-serif;font-size:10pt">
<div>Dear Mr. Albers,</div><div><br></div>
<div>Thanks for your inquiry VM-RFQ-4418. Below is our offer in EUR for item 3:</div><div><br></div>
<table border="0" cellpadding="1">
<tr><td>Part No.</td><td>: FIT-316-G12-10</td></tr>
<tr><td>Desc.</td><td>: Male connector G1/2 x tube 10mm, compression type, SS316L</td></tr>
<tr><td>Price</td><td>: EUR 4,380.00 / K pcs</td></tr>
<tr><td>MOQ</td><td>: 3K pcs, so we quote 3,000 pcs (amount EUR 13,140.00)</td></tr>
<tr><td>L/T</td><td>: 4~5 weeks</td></tr>
<tr><td>Packing</td><td>: 100pcs/box, 10 boxes/carton</td></tr>
</table>
<div><br></div>
<div>Item 4 DSBC-32-80-PPVA-N3 is Festo cylinder, we are not Festo agent, cannot supply. Sorry.</div><div><br></div>
<div>Price term: FOB Taichung<br>Payment: T/T 30% deposit, 70% before shipment<br>Validity: 2026/08/15</div><div><br></div>
<div>Best Regards,<br>Vicky Wu 吳佩琪<br>Lukang Fluid Connector Co., Ltd.<br>
No. 21, Gongye 2nd Rd., Lukang Township, Changhua County 505, Taiwan<br>TEL: +886-4-555-0183 / FAX: +886-4-555-0184</div>
</body></html>"""
blind2("u734-tw-changhua-alt-per-k-pcs-moq-3k-festo-declined", V.alternative("Vicky Wu <vicky.wu@lukang-fluid.example>", U734_TEXT, U734_HTML,
                                                                             "=_lk_734_alt", cte="quoted-printable"),
       "partial", "EUR", "2026-08-15", "FOB",
       [line(3, 4.38, "EUR", qty=3000, lead=35, moq=3000), nob(4)],
       ["missing-line", "moq-above-quantity", "no-bid", "quantity-differs"])


# u735 a Toyohashi machine shop declines the whole RFQ, plain text (base64) in Japanese and English: "今回のお見積りは辞退
# させていただきます" / "we have to decline to quote this RFQ" (fully loaded until the end of March 2027; no castings or
# pneumatics), above an Outlook "-----Original Message-----" block quoting the buyer's request with its quantities and
# need-by dates (history, not a quote). Full no-bid: every line declined, currency, validity and Incoterms null.
blind2("u735-jp-toyohashi-full-decline-original-message", V.msg("Takeshi Inoue <t.inoue@mikawa-seimitsu.example>", "text/plain", """Dear Mr. Albers,

いつも大変お世話になっております。三河精密工業の井上でございます。
Thank you very much for your RFQ VM-RFQ-4418 and for thinking of us.

大変申し訳ございませんが、今回のお見積りは辞退させていただきます。
Unfortunately we have to decline to quote this RFQ. Our machining lines are fully loaded with automotive
orders until the end of March 2027, and we do not handle castings or pneumatic components.

We would be glad to receive your inquiries again in the future.

Best regards,
Takeshi Inoue (井上 剛)
Overseas Sales Section
Mikawa Seimitsu Kogyo Co., Ltd. / 三河精密工業株式会社
1-24 Akemi-cho, Toyohashi, Aichi 441-8074, Japan
TEL +81-532-55-5019 / FAX +81-532-55-5020

-----Original Message-----
From: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Sent: Wednesday, June 10, 2026 4:12 PM
To: export@mikawa-seimitsu.example
Subject: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

Dear Sir or Madam,

please quote the items below by June 26, 2026 (unit price in EUR, lead time, Incoterms and validity).

""" + "\n".join(f"{a:<5}{b:<20}{c:<44}{d:>6} {e:<5}{f}" for a, b, c, d, e, f in
                [("Line", "Part number", "Description", "Qty", "Unit", "Need by")] + V.RFQ_ROWS) + """

Kind regards,
Jonas Albers
Purchasing, Vossberg Maschinenbau GmbH, Bielefeld
""", cte="base64"),
       "no-bid", None, None, None,
       [nob(1), nob(2), nob(3), nob(4), nob(5)],
       ["no-bid"])


# u736 a Binh Duong machine shop (Vietnamese sender name), body + XLSX. The body: "our company only invoice in USD, so
# the prices in the quotation are in USD, not EUR" -> USD against the EUR RFQ -> currency-differs. Shaft (row 1): 250 pcs
# at 33.50, Amount 8,375.00 -> 33.50, "40-45 days" -> 45 (Jul 30, before Aug 28). Bracket set (row 5): 150 set at 14.20,
# Amount 2,130.00 -> 14.20 per set, 45 days (Jul 30, before Oct 9). Rows 2, 3, 4 "N/Q" -> declined. "FOB Ho Chi Minh City
# (Cat Lai port)" -> FOB; "Validity: 20 days" from Mon 15 Jun -> 2026-07-05, earlier than Jul 10 -> validity-short.
# Partial.
assert close(250 * 33.50, 8375.00) and close(150 * 14.20, 2130.00) and plus("2026-06-15", 45) == "2026-07-30"
assert plus("2026-06-15", 20) == "2026-07-05" and "2026-07-05" < "2026-07-10"
U736_XLSX = xlsx([
    ["TAN UYEN MECHANICAL CO., LTD - QUOTATION"],
    ["Address: Lot D-4, Nam Tan Uyen Industrial Park, Binh Duong, Vietnam", "", "", "", "Tel: +84 274 555 0137"],
    ["Ref: VM-RFQ-4418", "", "", "", "Date: 15/06/2026"],
    [""],
    ["No.", "Part number", "Description", "Q'ty", "Unit", "Unit price (USD)", "Amount (USD)", "Lead time", "Remark"],
    [1, "SH-2231-C rev B", "Drive shaft 42CrMo4 QT, turned & ground", 250, "pcs", 33.50, 8375.00, "40-45 days", ""],
    [2, "HSG-1180-GJL", "Gearbox housing GJL-250", 25, "pcs", "", "", "", "N/Q - no foundry"],
    [3, "FIT-316-G12-10", "Male connector G1/2 - 10, 316L", 2000, "pcs", "", "", "", "N/Q"],
    [4, "DSBC-32-80-PPVA-N3", "Pneumatic cylinder 32/80", 120, "pcs", "", "", "", "N/Q"],
    [5, "2231-004-03", "Sensor bracket set L+R, black anodized", 150, "set", 14.20, 2130.00, "40-45 days", ""],
    [""],
    ["", "", "", "", "", "TOTAL", 10505.00],
])
assert close(8375.00 + 2130.00, 10505.00)
blind2("u736-vn-binhduong-xlsx-usd-nq-rows-20-days", V.message("Trần Minh Khoa <khoa.tran@tanuyen-mech.example>", multipart("mixed", "=_tu_736_mix", [
        text_part("text/plain", """Dear Mr. Jonas,

Thank you for your RFQ VM-RFQ-4418. Please find our quotation in the attached file.

Please note: our company only invoice in USD, so the prices in the quotation are in USD, not EUR.
Price term: FOB Ho Chi Minh City (Cat Lai port), Incoterms 2020.
Payment: T/T 30% deposit, 70% before shipment.
Validity: 20 days, because steel and aluminium price is changing.

Best regards,
Trần Minh Khoa (Mr.)
Sales Manager
Tan Uyen Mechanical Co., Ltd.
Mobile/Zalo: +84 90 555 0147
"""),
        file_part(XLSX, "Quotation_VM-RFQ-4418_TanUyen.xlsx", U736_XLSX)])),
       "partial", "USD", "2026-07-05", "FOB",
       [line(1, 33.50, "USD", lead=45), nob(2), nob(3), nob(4), line(5, 14.20, "USD", lead=45)],
       ["currency-differs", "no-bid", "validity-short"])


ROUND.write()

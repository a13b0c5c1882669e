#!/usr/bin/env python3
"""Writes replies u929..u944 (Corpus/u*.eml + expected u*.json) - the fifty-ninth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is EXPORTERS IN ASIA, AN ORDINARY WEEK: sixteen ordinary replies from suppliers in China, Taiwan,
India, Vietnam, Thailand, Malaysia, South Korea and Japan writing English as a second language.
A Kunshan die-cutting factory quoting in RMB ("RMB 1.32/pc", "RMB 486.00/1000pcs", "MOQ 5000pcs", a one-time cutting
die, "price valid 15 days due to material price", EXW Kunshan); a Gangshan screw maker's proforma-invoice style text
table whose own items 1 and 2 are RFQ lines 3 and 5 (USD per 1000pcs, "delivery 4-5 weeks after receipt of PO", FOB
Kaohsiung); a Rajkot CNC shop quoting the base plate in Indian Rupees with a one-time fixture cost and a lakh-grouped
total, CIF Los Angeles; an Ansan cable maker in Korean Won (multipart/alternative, FOB Busan, "2026.07.10"); a Ho Chi
Minh City trading company's HTML quotation for all five lines with an MOQ column above the gasket quantity, CIF Long
Beach; and a Samut Prakan fastener and spring maker with screw break rows per 1000 pcs and a late screw lead time,
above the buyer's request quoted with "> ".
A Qingdao seal and hose company's one-page PDF "PROFORMA INVOICE" (O-rings per 1000pcs, hose per metre, "25 days after
deposit", bank details in the footer); an Ulsan compounder's HTML quote for the resin in full pallets with a raw-material
price clause; a Zhengzhou aluminium mill pricing the sheet in USD per MT with the stated theoretical sheet weight and a
seven-day validity; a Yokohama trading house in Japanese Yen ("@JPY 685", "JPY 2,450 / 1,000 pcs", base64); and a Shah
Alam rubber company quoting the seal kit at its 200-set MOQ with a one-time lip-seal mould and free samples.
A Taichung pneumatics maker in USD offering its own ISO cylinder instead of the Festo one (the round's alternate); a
Changzhou CNC shop's XLSX in USD with "N/Q" rows and a one-time casting pattern cost; a Changwon machine shop declining
the whole RFQ for lack of capacity above the quoted request; a Pune engineering firm in EUR ("EUR 3,860.00 / 1000 Nos")
with a 15-day validity due to stainless prices, CIF Hamburg; and a Hanoi trading company's HTML quotation for all five
VL-60 lines in EUR with the Festo cylinder after its need-by.
Payment terms (T/T deposits, L/C, advance), GST/VAT remarks, packing remarks, free samples, bank details and phone numbers
are no deviations and no prices; one-time dies, fixtures, moulds and patterns and a price-adjustment clause are notes.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, pdf, xlsx  # expected-line shapes, text-layer PDF writer, one-sheet workbook writer
from make_blind5 import check_page, file_part, multipart, row, text_part  # MIME parts and PDF rows
from blind_round import Round, close, plus, days  # the round's cases, checked and written; date and amount helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(929)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u929 a Kunshan die-cutting factory, plain text, prices "in RMB (CNY)" -> CNY against the USD RFQ (currency-differs).
# Gasket (their item 1, GSK-EPDM-80): "RMB 1.32/pc" -> 1.32; "MOQ 5000pcs" -> moq 5000 (equal to the 5,000 asked, not
# above); "L/T 20 days after deposit" -> 20 (Jun 25, before Aug 3); "Packing: 500pcs/carton" is packing. Springs (their
# item 5, SPR-C0630-302): "RMB 486.00/1000pcs" -> 486 / 1000 = 0.486; "L/T 25 days after deposit" -> 25 (Jun 30, before
# Jul 27). "Item 2, 3, 4 ... sorry we can not offer" -> declined. "Cutting die cost: RMB 850.00, one time charge" -> note.
# "price valid 15 days due to material price" from Fri 5 Jun -> 2026-06-20, earlier than Jun 26 -> validity-short.
# "EXW Kunshan" -> EXW. Partial.
assert close(486.00 / 1000, 0.486) and plus("2026-06-05", 15) == "2026-06-20" and plus("2026-06-05", 20) == "2026-06-25"
assert plus("2026-06-05", 25) == "2026-06-30" and 5000 % 500 == 0
sample("u929-cn-kunshan-rmb-die-cut-15-days-material", S.msg("Vivian Zhou <vivian@ks-yuda-diecut.example>", "text/plain", """Dear Nora,

Good morning!
Thanks for your inquiry NR-RFQ-0619 sent to us. This is Vivian from Kunshan Yuda, we are die-cutting factory for
rubber and foam gasket, and our sister factory make wire spring.
As your Suzhou office ask us, our price is in RMB (CNY). Pls check below:

Item 1: GSK-EPDM-80, EPDM 70A gasket, OD80*ID62*T3mm
  - Price: RMB 1.32/pc
  - MOQ 5000pcs
  - L/T 20 days after deposit
  - Packing: 500pcs/carton

Item 5: SPR-C0630-302, compression spring SUS302, wire 0.6mm, OD6.3mm, free length 30mm
  - Price: RMB 486.00/1000pcs
  - L/T 25 days after deposit
  - Packing: 2000pcs/bag, 4 bags/carton

Item 2, 3, 4 (cable, screw, base plate) sorry we can not offer, it is not our production range.

Cutting die cost: RMB 850.00, one time charge.
Price term: EXW Kunshan
Payment: 30% deposit, balance before delivery
Remark: price valid 15 days due to material price (EPDM and SUS wire go up a lot this month)

Free samples is ok for your testing. If any question pls contact me anytime.

Best regards
Vivian Zhou 周薇
Sales Manager
Kunshan Yuda Precision Die-cutting Co., Ltd. 昆山宇达精密模切有限公司
No. 88 Qianjin East Road, Kunshan Development Zone, Jiangsu 215300, China
Tel: +86-512-5555-0133  Mob/WeChat: +86 139 5555 0172
"""),
       "partial", "CNY", "2026-06-20", "EXW",
       [line(1, 1.32, "CNY", lead=20, moq=5000), nob(2), nob(3), nob(4), line(5, 0.486, "CNY", lead=25)],
       ["currency-differs", "no-bid", "note", "validity-short"])


# u930 a Gangshan (Kaohsiung) screw maker, plain text "PROFORMA INVOICE / QUOTATION" table. Its own "Item" 1 and 2 carry
# the part numbers SCR-M4X10-A2 and SPR-C0630-302 -> RFQ lines 3 and 5 (part number before line number). Prices in
# "Unit Price (USD/1000pcs)": screws 29.40 -> 0.0294 (amount 20,000 x 0.0294 = 588.00), springs 68.50 -> 0.0685 (amount
# 8,000 x 0.0685 = 548.00); total 1,136.00 is no price. Quantities as asked -> null. "Delivery: 4-5 weeks after receipt
# of PO" -> upper bound 35 for both (Jul 10: before the screws' Jul 13 and the springs' Jul 27). Gasket, cable and plate
# never mentioned -> missing-line. "Price term: FOB Kaohsiung" -> FOB; "Validity: until 2026/07/15" -> 2026-07-15 (not
# short). USD. Partial.
assert close(20000 * 29.40 / 1000, 588.00) and close(8000 * 68.50 / 1000, 548.00) and close(588.00 + 548.00, 1136.00)
assert plus("2026-06-05", 35) == "2026-07-10" and "2026-07-10" < "2026-07-13"
U930_ROWS = [("Item", "Part No.", "Description", "Q'ty", "Unit Price", "Amount"),
             ("", "", "", "", "(USD/1000pcs)", "(USD)"),
             ("1", "SCR-M4X10-A2", "Hex socket cap screw M4x10 ISO4762, A2-70", "20,000pcs", "29.40", "588.00"),
             ("2", "SPR-C0630-302", "Compression spring SUS302 0.6x6.3x30", "8,000pcs", "68.50", "548.00")]
U930_TABLE = "\n".join(f"{a:<6}{b:<16}{c:<44}{d:<12}{e:<15}{f:>9}" for a, b, c, d, e, f in U930_ROWS)
sample("u930-tw-gangshan-pi-table-per-1000pcs", S.msg("Jerry Lin <jerry.lin@gangshan-yifa.example>", "text/plain", """Dear Ms. Reyes,

Thank you for your inquiry NR-RFQ-0619.
We are fastener maker in Gangshan, Kaohsiung, also produce stainless springs. Please find our quotation in PI format
as below for your reference.

PROFORMA INVOICE / QUOTATION
PI No.: YF-260605-Q17                        Date: 2026/06/05
Buyer: Northridge, Attn. Ms. Nora Reyes      Your Ref.: NR-RFQ-0619

""" + U930_TABLE + "\n" + f"{'-' * 36:>102}" + "\n" + f"{'TOTAL USD':>75}{'1,136.00':>27}" + """

Price term: FOB Kaohsiung
Delivery: 4-5 weeks after receipt of PO
Packing: screw 1,000pcs/box, 20 boxes/carton; spring 2,000pcs/bag
Payment: T/T 30% deposit, balance against copy of B/L
Validity: until 2026/07/15

We are looking forward to recieve your order. Thank you!

Best regards,
Jerry Lin 林志豪
Overseas Sales Dept.
Yi Fa Fastener Industrial Co., Ltd. 億發螺絲工業股份有限公司
No. 25, Benzhou 3rd Rd., Gangshan Dist., Kaohsiung City 82059, Taiwan
TEL: +886-7-555-0142  FAX: +886-7-555-0143
"""),
       "partial", "USD", "2026-07-15", "FOB",
       [line(3, 0.0294, lead=35), line(5, 0.0685, lead=35)],
       ["missing-line"])


# u931 a Rajkot CNC shop, plain text, Indian English. "Prices are in Indian Rupees (INR)" -> INR (currency-differs). Plate
# PLT-0915-R2: "Rate : INR 3,450.00 per No." -> 3450; "Qty : 120 Nos." as asked -> null; "Delivery : 8 to 9 weeks from
# receipt of your PO" -> 63 (Aug 7, before Aug 17). "Fixture cost : INR 18,500.00 (one time, non-recurring)" -> note.
# "Total value : INR 4,14,000.00" is the lakh-grouped line total (120 x 3,450 = 414,000), no price. "Gasket, cable,
# screws and springs - regret" -> lines 1, 2, 3, 5 declined. "Price basis : CIF Los Angeles" -> CIF; "Validity : 30 days"
# from Fri 5 Jun -> 2026-07-05 (not short). GST, payment and packing are no deviations. Partial.
assert close(120 * 3450.00, 414000.00) and plus("2026-06-05", 63) == "2026-08-07" and plus("2026-06-05", 30) == "2026-07-05"
sample("u931-in-rajkot-inr-plate-fixture-cif", S.msg("Hiren Patel <hiren@saurashtra-cnc.example>", "text/plain", """Dear Madam,

Greetings from Saurashtra CNC Works!

With reference to your enquiry no. NR-RFQ-0619 dated 1st June 2026, we are pleased to quote for the Motor base
plate as under. Prices are in Indian Rupees (INR).

Part No.      : PLT-0915-R2
Description   : Motor base plate 10 mm, Al 6082-T6, CNC milled, 4 x M6 tapped
Qty           : 120 Nos.
Rate          : INR 3,450.00 per No.
Total value   : INR 4,14,000.00
Fixture cost  : INR 18,500.00 (one time, non-recurring)
Delivery      : 8 to 9 weeks from receipt of your PO

Gasket, cable, screws and springs - regret, we are not manufacturing these items.

Terms & Conditions:
Price basis   : CIF Los Angeles
Payment       : 50% advance alongwith PO, balance before dispatch
GST           : Nil (export under LUT)
Packing       : Wooden box, included
Validity      : 30 days

We hope you will find our offer in line with your requirement and look forward for your valued order.

Thanks & Regards,
Hiren Patel
Director - Marketing
Saurashtra CNC Works Pvt. Ltd.
Plot No. G-1214, GIDC Metoda, Rajkot - 360 021, Gujarat, India
Mob: +91 98250 55031 | Tel: +91 281 555 0146
"""),
       "partial", "INR", "2026-07-05", "CIF",
       [nob(1), nob(2), nob(3), line(4, 3450.00, "INR", lead=63), nob(5)],
       ["currency-differs", "no-bid", "note"])


# u932 an Ansan cable maker, multipart/alternative (text + HTML, same content), "Price is in Korean Won (KRW)" -> KRW
# (currency-differs). Cable CBL-4C22-PUR: "Unit price : KRW 1,980 / m" on the metre line -> 1980; "Quantity : 1,500 m (2
# drums x 750 m)" is the quantity asked -> null; "Amount : KRW 2,970,000" (1,500 x 1,980) no price; "Lead time : 3 weeks
# after PO" -> 21 (Jun 26, before Jul 20). The other four lines are never mentioned -> missing-line. "Price term : FOB
# Busan" -> FOB; "Validity : 2026.07.10" -> 2026-07-10 (not short). Partial.
assert 1500 * 1980 == 2970000 and 2 * 750 == 1500 and plus("2026-06-05", 21) == "2026-06-26"
U932_ITEMS = [("Part No.", "CBL-4C22-PUR (4C x 22AWG shielded, PUR jacket, black)"),
              ("Quantity", "1,500 m (2 drums x 750 m)"),
              ("Unit price", "KRW 1,980 / m"),
              ("Amount", "KRW 2,970,000"),
              ("Lead time", "3 weeks after PO"),
              ("Price term", "FOB Busan"),
              ("Payment", "T/T in advance"),
              ("Validity", "2026.07.10")]
U932_TEXT = """Dear Nora Reyes,

Thank you for your RFQ NR-RFQ-0619.
We are cable manufacturer in Ansan, Korea. We can quote the shielded PUR cable only, as below.
Price is in Korean Won (KRW).

""" + "\n".join(f"- {k:<11}: {v}" for k, v in U932_ITEMS) + """

Test report and UL file can be provided with shipment.
Please let me know if you need any more information.

감사합니다.
Best regards,

Park Ji-hoon (박지훈)
Overseas Sales Team / Manager
Hanseong Electric Wire Co., Ltd. (한성전선)
45, Sinwon-ro 3-gil, Danwon-gu, Ansan-si, Gyeonggi-do 15610, Korea
Tel: +82-31-555-0157 / Mobile: +82-10-5555-0168"""
U932_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Malgun Gothic',Arial,sans-serif;font-size:10pt">
<p>Dear Nora Reyes,</p>
<p>Thank you for your RFQ NR-RFQ-0619.<br>We are cable manufacturer in Ansan, Korea. We can quote the shielded PUR cable
only, as below.<br>Price is in Korean Won (KRW).</p>
<table border="0" cellpadding="2">
""" + "\n".join(f"<tr><td>- {k}</td><td>: {v}</td></tr>" for k, v in U932_ITEMS) + """
</table>
<p>Test report and UL file can be provided with shipment.<br>Please let me know if you need any more information.</p>
<p>감사합니다.<br>Best regards,</p>
<p>Park Ji-hoon (박지훈)<br>Overseas Sales Team / Manager<br>Hanseong Electric Wire Co., Ltd. (한성전선)<br>
45, Sinwon-ro 3-gil, Danwon-gu, Ansan-si, Gyeonggi-do 15610, Korea<br>Tel: +82-31-555-0157 / Mobile: +82-10-5555-0168</p>
</body></html>"""
sample("u932-kr-ansan-alt-krw-per-m-fob-busan", S.alternative("Park Ji-hoon <jh.park@hanseong-wire.example>", U932_TEXT, U932_HTML),
       "partial", "KRW", "2026-07-10", "FOB",
       [line(2, 1980.0, "KRW", lead=21)],
       ["currency-differs", "missing-line"])


# u933 a Ho Chi Minh City trading company, HTML only (quoted-printable), a quotation table for all five lines in
# "Unit price (USD/pc)" (the cable row "USD/m"), an Amount column and a total. Gasket 0.178, MOQ column "10,000 pcs"
# -> moq 10000, above the 5,000 asked -> moq-above-quantity (the quantity column still says 5,000 -> null), 30 days
# (Jul 5, before Aug 3). Cable 1.46 per m, 35 days (Jul 10, before Jul 20). Screws 0.0302, 30 days (Jul 5, before
# Jul 13). Plate 38.90, 45 days (Jul 20, before Aug 17). Springs 0.0695, 35 days (Jul 10, before Jul 27). Amounts
# 890.00 + 2,190.00 + 604.00 + 4,668.00 + 556.00 = 8,908.00 are no prices. "L/T counted from deposit received" changes
# nothing. "Price term: CIF Long Beach port" -> CIF; "Validity: 30 days from today" -> 2026-07-05 (not short). Parsed.
assert close(5000 * 0.178, 890.00) and close(1500 * 1.46, 2190.00) and close(20000 * 0.0302, 604.00)
assert close(120 * 38.90, 4668.00) and close(8000 * 0.0695, 556.00) and close(890 + 2190 + 604 + 4668 + 556, 8908.00)
assert plus("2026-06-05", 45) == "2026-07-20" and plus("2026-06-05", 30) == "2026-07-05"
U933_ROWS = [("1", "GSK-EPDM-80", "Gasket EPDM 70A, 80 x 62 x 3 mm", "5,000", "pcs", "0.178", "890.00", "10,000 pcs", "30 days"),
             ("2", "CBL-4C22-PUR", "Cable 4C x 22AWG shielded, PUR, black", "1,500", "m", "1.46 (USD/m)", "2,190.00", "-", "35 days"),
             ("3", "SCR-M4X10-A2", "Socket head cap screw M4 x 10, A2-70", "20,000", "pcs", "0.0302", "604.00", "-", "30 days"),
             ("4", "PLT-0915-R2", "Motor base plate, AL 6082-T6, CNC", "120", "pcs", "38.90", "4,668.00", "-", "45 days"),
             ("5", "SPR-C0630-302", "Compression spring SUS302", "8,000", "pcs", "0.0695", "556.00", "-", "35 days")]
sample("u933-vn-hcmc-html-all-five-moq-column-cif", S.msg("Nguyễn Thị Lan <lan.nguyen@saigon-sourcing.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Ms. Nora,</p>
<p>Thank you for sending us RFQ NR-RFQ-0619. We are sourcing and trading company in Ho Chi Minh City with own partner
factories for rubber, cable, fastener and CNC parts. Please kindly check our quotation:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#C6E0B4"><th>No.</th><th>Part No.</th><th>Description</th><th>Q'ty</th><th>Unit</th>
<th>Unit price (USD/pc)</th><th>Amount (USD)</th><th>MOQ</th><th>L/T</th></tr>
""" + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U933_ROWS) + """
<tr style="font-weight:bold"><td colspan="6" align="right">TOTAL</td><td>8,908.00</td><td></td><td></td></tr>
</table>
<p>Terms:<br>
- Price term: CIF Long Beach port<br>
- Payment: T/T 30% deposit, 70% before shipment<br>
- L/T counted from deposit received<br>
- Validity: 30 days from today</p>
<p>We hope our price is competitive, looking forward your feedback.</p>
<p>Best regards,<br>Nguyen Thi Lan (Ms.)<br>Sales Executive<br>Saigon Sourcing Solutions Co., Ltd.<br>
214 Nguyen Van Linh, Tan Thuan Tay Ward, District 7, Ho Chi Minh City, Vietnam<br>Tel: +84 28 5555 0161 | Zalo/WhatsApp: +84 90 555 0176</p>
</body></html>""", cte="quoted-printable"),
       "parsed", "USD", "2026-07-05", "CIF",
       [line(1, 0.178, lead=30, moq=10000), line(2, 1.46, lead=35), line(3, 0.0302, lead=30), line(4, 38.90, lead=45),
        line(5, 0.0695, lead=35)],
       ["moq-above-quantity"])


# u934 a Samut Prakan fastener and spring maker, plain text above the buyer's request quoted with "> " (history:
# quantities and need-by dates, no prices). Screws SCR-M4X10-A2 in break rows per 1000 pcs: "10,000 - 19,999 pcs : USD
# 33.80", "20,000 - 49,999 pcs : USD 31.20", "50,000 pcs up : USD 28.90" -> the 20,000 asked takes 31.20 / 1000 = 0.0312;
# "L/T: 6-7 weeks" -> 49 -> Jun 5 + 49 = Jul 24, AFTER the Jul 13 need-by -> lead-time-after-need-by. Springs "USD
# 0.074 / pc", "L/T: 4 weeks" -> 28 (Jul 3, before Jul 27). "Gasket, cable and base plate - sorry, no quote" -> lines 1,
# 2, 4 declined. "Price term: FOB Bangkok" -> FOB; "Validity: until 10 July 2026" -> 2026-07-10 (not short). USD.
# Partial.
assert close(31.20 / 1000, 0.0312) and 20000 <= 20000 <= 49999 and plus("2026-06-05", 49) == "2026-07-24"
assert "2026-07-24" > "2026-07-13" and plus("2026-06-05", 28) == "2026-07-03"
U934_REQUEST = """Line  Part number     Description                            Qty     Unit  Need by
1     GSK-EPDM-80     Gasket EPDM 70A, 80 x 62 x 3 mm        5000    EA    2026-08-03
2     CBL-4C22-PUR    Cable 4 x 22 AWG shld, PUR, black      1500    M     2026-07-20
3     SCR-M4X10-A2    SHCS M4 x 10, ISO 4762, A2-70          20000   EA    2026-07-13
4     PLT-0915-R2     Motor base plate 6082-T6               120     EA    2026-08-17
5     SPR-C0630-302   Compression spring 302 SS              8000    EA    2026-07-27"""
sample("u934-th-samut-prakan-screw-break-rows-late", S.msg("Somchai Wongsawat <somchai@chaopraya-fastener.example>", "text/plain", """Dear Khun Nora,

Thank you for your RFQ. Please see our offer in USD for screw and spring:

1) SCR-M4X10-A2  Socket head cap screw M4x10, ISO 4762, SUS304 (A2-70)
   Price per 1000 pcs:
     10,000 - 19,999 pcs : USD 33.80
     20,000 - 49,999 pcs : USD 31.20
     50,000 pcs up       : USD 28.90
   L/T: 6-7 weeks (wire rod A2 not in stock now, sorry)

2) SPR-C0630-302  Compression spring SUS302, 0.6 x 6.3 x 30 mm
   Price: USD 0.074 / pc
   L/T: 4 weeks

Gasket, cable and base plate - sorry, no quote, not our products.

Price term: FOB Bangkok
Payment: T/T 30 days after B/L date for first order by L/C
Packing: screw 1,000 pcs/box; spring 500 pcs/bag, 10 bags/carton
Validity: until 10 July 2026

ขอบคุณครับ
Somchai Wongsawat
Export Sales Manager
Chao Praya Fastener & Spring Co., Ltd.
99/9 Moo 2, Bangpoo Industrial Estate, Samut Prakan 10280, Thailand
Tel: +66 2 555 0138  Mobile: +66 89 555 0174

On Mon, Jun 1, 2026 at 8:15 AM Nora Reyes <nreyes@northridge.example> wrote:
> Dear Supplier,
>
> Please quote the items below for RFQ NR-RFQ-0619 by June 12, 2026 (unit price in USD, lead time,
> Incoterms and validity).
>
""" + "\n".join("> " + l for l in U934_REQUEST.splitlines()) + """
>
> Thank you,
> Nora Reyes
> Purchasing, Northridge
"""),
       "partial", "USD", "2026-07-10", "FOB",
       [nob(1), nob(2), line(3, 0.0312, lead=49), nob(4), line(5, 0.074, lead=28)],
       ["lead-time-after-need-by", "no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u935 a Qingdao seal and hose company, short body + one-page PDF "PROFORMA INVOICE" with a text layer. PI row 1
# OR-0120-NBR70 (RFQ line 4): "16.50 / 1000pcs" -> 0.0165; 50,000 as asked -> null; amount 825.00. PI row 2 HSE-2SN-08
# (RFQ line 5, bought in metres): "3.95 / m" -> 3.95; 800 m as asked -> null (16 coils x 50 m); amount 3,160.00. TOTAL
# 3,985.00 is no price. "Delivery: 25 days after deposit" -> 25 for both (Jul 7, before Aug 17 and Sep 1). "MOQ: O-ring
# 20,000pcs" -> moq 20000 on line 4 (below 50,000). The body: "Other items (resin, Al sheet, bearing, seal kit) we can
# not supply" -> lines 1, 2, 3, 6 declined. "Price term: FOB Qingdao" -> FOB; "Validity: 30 days" from Fri 12 Jun ->
# 2026-07-12 (not short). The bank details (SWIFT, account number) are no prices. USD. Partial.
assert close(50000 * 16.50 / 1000, 825.00) and close(800 * 3.95, 3160.00) and close(825.00 + 3160.00, 3985.00)
assert 16 * 50 == 800 and plus("2026-06-12", 25) == "2026-07-07" and plus("2026-06-12", 30) == "2026-07-12"
X935 = [40, 62, 136, 290, 336, 366, 470]
P935 = check_page(
    [(40, 800, 13, "QINGDAO HAIRUN SEALING & HOSE CO., LTD."),
     (40, 786, 8, "No. 61 Huangpu Road, Chengyang District, Qingdao 266109, China  |  Tel: +86-532-5555-0124"),
     (400, 760, 14, "PROFORMA INVOICE"), (40, 760, 9, "PI No.: HR-PI-260612-08"), (40, 746, 9, "Date: Jun. 12, 2026"),
     (40, 732, 9, "Buyer: Halvorsen Mfg. - Ms. Lena Marsh"), (300, 732, 9, "Ref.: RFQ HM-RFQ-2611")]
    + row(700, X935, ["No.", "Part No.", "Description", "Q'ty", "Unit", "Unit Price (USD)", "Amount (USD)"], 8)
    + row(682, X935, ["1", "OR-0120-NBR70", "O-ring 12.0 x 2.0, NBR70, black", "50,000", "pcs", "16.50 / 1000pcs", "825.00"])
    + row(666, X935, ["2", "HSE-2SN-08", "Hydraulic hose EN853 2SN DN12", "800", "m", "3.95 / m", "3,160.00"])
    + row(642, X935, ["", "", "", "", "", "TOTAL FOB (USD)", "3,985.00"])
    + [(40, 608, 8, "Terms and conditions:"),
       (40, 596, 8, "1. Price term: FOB Qingdao"),
       (40, 584, 8, "2. Payment: 30% T/T deposit, 70% before shipment"),
       (40, 572, 8, "3. Delivery: 25 days after deposit"),
       (40, 560, 8, "4. Packing: O-ring 1,000pcs/bag, 25 bags/carton; hose 50m/coil, 16 coils"),
       (40, 548, 8, "5. MOQ: O-ring 20,000pcs"),
       (40, 536, 8, "6. Validity: 30 days"),
       (40, 504, 8, "Beneficiary bank information:"),
       (40, 492, 8, "Beneficiary: Qingdao Hairun Sealing & Hose Co., Ltd."),
       (40, 480, 8, "Bank: Example Commercial Bank, Qingdao Chengyang Sub-branch"),
       (40, 468, 8, "SWIFT: EXCBCNBJQDO    A/C No.: 3802 0155 0019 8877 001"),
       (40, 430, 8, "Seller: Qingdao Hairun Sealing & Hose Co., Ltd. (stamp)"), (330, 430, 8, "Buyer confirmation: ____________"),
       (500, 60, 7, "Page 1/1")])
blind("u935-cn-qingdao-pdf-proforma-orings-hose", H.with_attachment("Grace Sun <grace@qd-hairun-seal.example>", """Dear Lena,

Hope you are doing well!
Thanks for your RFQ HM-RFQ-2611. Pls find attached our PI for the O-ring and hydraulic hose, all price in USD.
Other items (resin, Al sheet, bearing, seal kit) we can not supply, sorry for that.

Any question pls let me know.

Best regards
Grace Sun 孙晓雨
Sales Department
Qingdao Hairun Sealing & Hose Co., Ltd.
Mob/WhatsApp: +86 186 5555 0149""", "application/pdf", "HR-PI-260612-08.pdf", pdf([P935])),
       "partial", "USD", "2026-07-12", "FOB",
       [nob(1), nob(2), nob(3), line(4, 0.0165, lead=25, moq=20000), line(5, 3.95, lead=25), nob(6)],
       ["no-bid"])


# u936 an Ulsan compounder, HTML only. Resin RES-PA66-GF30 (line bought in KG): "USD 3.24/kg" -> 3.24. "Packing: 25kg/bag,
# 40 bags (1,000kg)/pallet. We supply full pallet only, so we quote 3 pallets = 3,000kg." -> quantity 3000 (not the 2,500
# asked) -> quantity-differs; amount 3,000 x 3.24 = 9,720.00 no price. "L/T: 3 weeks after receipt of PO" -> 21 (Jul 3,
# before Jul 20). "if PA66 raw material price go up more than 5% before shipment, we have to adjust the price" -> a
# price-adjustment clause -> note. The other five lines are never mentioned -> missing-line. "Price term: CIF Savannah"
# -> CIF; "Validity: until 2026-07-31" (not short). USD. Partial.
assert close(3000 * 3.24, 9720.00) and 40 * 25 == 1000 and -(-2500 // 1000) * 1000 == 3000 and plus("2026-06-12", 21) == "2026-07-03"
blind("u936-kr-ulsan-html-resin-full-pallets-pa66-clause", H.msg("Kim Min-seo <minseo.kim@taehwa-compound.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Malgun Gothic',Arial,sans-serif;font-size:10pt">
<p>Dear Ms. Lena Marsh,</p>
<p>Greetings from Ulsan, Korea.<br>
Thank you for your inquiry HM-RFQ-2611. We are glad to offer our PA66 GF30 compound as below.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#D9D9D9"><th>Item</th><th>Description</th><th>Q'ty</th><th>Unit price</th><th>Amount</th><th>L/T</th></tr>
<tr><td>RES-PA66-GF30</td><td>PA66 + 30% glass fiber, heat stabilized, black (as your spec)</td><td>3,000 kg</td>
<td>USD 3.24/kg</td><td>USD 9,720.00</td><td>3 weeks after receipt of PO</td></tr>
</table>
<p>Remarks:<br>
1. Packing: 25kg/bag, 40 bags (1,000kg)/pallet. We supply full pallet only, so we quote 3 pallets = 3,000kg.<br>
2. Price term: CIF Savannah<br>
3. Payment: T/T 30 days after B/L date<br>
4. Validity: until 2026-07-31<br>
5. Price is based on current PA66 raw material price. if PA66 raw material price go up more than 5% before shipment,
we have to adjust the price.</p>
<p>TDS and COA will be sent with the shipment.</p>
<p>Best regards,<br>Kim Min-seo (김민서)<br>Assistant Manager, Global Sales<br>Taehwa Compound Co., Ltd.<br>
112, Yeocheon-ro, Nam-gu, Ulsan 44781, Korea<br>T. +82-52-555-0135 &nbsp; M. +82-10-5555-0187</p>
</body></html>"""),
       "partial", "USD", "2026-07-31", "CIF",
       [line(1, 3.24, qty=3000, lead=21)],
       ["missing-line", "note", "quantity-differs"])


# u937 a Zhengzhou aluminium mill, plain text. Sheet SHT-5052H32-030 (an EA line): "Price: USD 3,600/MT FOB Tianjin port"
# with "theoretical weight 25.125kg/pc" and "Invoice by theoretical weight" -> 3,600 / 1,000 kg x 25.125 kg = 90.45 per
# sheet; "Q'ty: 90 pcs" as asked -> null (total 2.261MT = 90 x 25.125 kg). "Delivery: 4-5 weeks after receipt of PO" ->
# 35 (Jul 17, before Aug 10). "Price valid 7 days" from Fri 12 Jun -> 2026-06-19, earlier than Jul 3 -> validity-short.
# "Other items (resin, bearing, o-ring, hose, seal kit) ... can not quote" -> lines 1, 3, 4, 5, 6 declined. FOB. USD.
# Partial.
assert close(3600 / 1000 * 25.125, 90.45) and close(90 * 25.125, 2261.25) and plus("2026-06-12", 35) == "2026-07-17"
assert plus("2026-06-12", 7) == "2026-06-19"
blind("u937-cn-zhengzhou-sheet-usd-per-mt-7-days", H.msg("Cindy Wang <cindy@zz-huaxin-alu.example>", "text/plain", """Dear Lena,

Nice day!
This is Cindy from Zhengzhou Huaxin Aluminium. Thanks for your inquiry HM-RFQ-2611.

For item 2 aluminium sheet, our offer as below:

Alloy/Temper: 5052-H32
Size: 3.0mm x 1250mm x 2500mm, PVC film one side
Q'ty: 90 pcs (theoretical weight 25.125kg/pc, total 2.261MT)
Price: USD 3,600/MT FOB Tianjin port
Invoice by theoretical weight.
Delivery: 4-5 weeks after receipt of PO
Packing: seaworthy wooden pallet, about 1MT/pallet
Payment: 30% T/T deposit, 70% against B/L copy
Price valid 7 days, because LME aluminium price change every day.

Other items (resin, bearing, o-ring, hose, seal kit) is not our products, sorry can not quote.

Mill test certificate EN 10204 3.1 will be provided.

Best regards
Cindy Wang 王欣
Export Dept.
Zhengzhou Huaxin Aluminium Co., Ltd.
Shangjie Industrial Zone, Zhengzhou, Henan 450041, China
Tel: +86-371-5555-0126  WhatsApp: +86 158 5555 0193
"""),
       "partial", "USD", "2026-06-19", "FOB",
       [nob(1), line(2, 90.45, lead=35), nob(3), nob(4), nob(5), nob(6)],
       ["no-bid", "validity-short"])


# u938 a Yokohama trading house, plain text in base64, "Currency: Japanese Yen (JPY)" -> JPY (currency-differs).
# Bearing (item 3, BRG 6205-2RS, "SKF" as asked): "400 pcs  @JPY 685" -> 685; "Delivery: from stock" -> 0. O-rings (item
# 4, OR-0120-NBR70): "JPY 2,450 / 1,000 pcs" -> 2.45; "50,000 pcs" as asked -> null; "4-5 weeks after receipt of PO" ->
# 35 (Jul 17, before Aug 17). Amounts 274,000 and 122,500 are no prices. Resin, sheet, hose and seal kits never
# mentioned -> missing-line. "Trade terms: FOB Yokohama" -> FOB; "Validity: until July 31, 2026" (not short). Partial.
assert 400 * 685 == 274000 and close(50000 * 2450 / 1000, 122500) and close(2450 / 1000, 2.45) and plus("2026-06-12", 35) == "2026-07-17"
blind("u938-jp-yokohama-base64-yen-at-price", H.msg("Takeshi Mori <t.mori@minato-shoji.example>", "text/plain", """Ms. Lena Marsh

いつもお世話になっております。
Thank you for your continued support.
Regarding your RFQ HM-RFQ-2611, we are pleased to quote as follows.
Currency: Japanese Yen (JPY)

Item 3  BRG 6205-2RS   Deep groove ball bearing 6205-2RS C3, SKF
        400 pcs   @JPY 685     Amount JPY 274,000     Delivery: from stock

Item 4  OR-0120-NBR70  O-ring 12.0 x 2.0 mm, NBR 70, black
        50,000 pcs   JPY 2,450 / 1,000 pcs   Amount JPY 122,500   Delivery: 4-5 weeks after receipt of PO

Trade terms: FOB Yokohama
Payment: T/T 60 days after B/L date
Validity: until July 31, 2026

Should you have any questions, please do not hesitate to contact me.
よろしくお願いいたします。

Takeshi Mori (森 健)
Overseas Business Dept.
Minato Shoji Co., Ltd. / 港商事株式会社
2-14-7 Shin-Yokohama, Kohoku-ku, Yokohama 222-0033, Japan
TEL +81-45-555-0153  FAX +81-45-555-0154
""", cte="base64"),
       "partial", "JPY", "2026-07-31", "FOB",
       [line(3, 685.0, "JPY", lead=0), line(4, 2.45, "JPY", lead=35)],
       ["currency-differs", "missing-line"])


# u939 a Shah Alam rubber company, plain text (quoted-printable). Seal kit KIT-PX200-SEAL: "USD 15.20/set"; "MOQ: 200
# sets" -> moq 200, above the 150 asked -> moq-above-quantity; "so we quote 200 sets" -> quantity 200 (the vendor states
# the quoted quantity) -> quantity-differs; amount 200 x 15.20 = 3,040.00 no price. "L/T 25 days after deposit" -> 25
# (Jul 7, before Sep 21). "Lip seal mould: USD 380.00, one time" -> note. "3 sets free samples" is courtesy. The other
# five lines are never mentioned -> missing-line. "FOB Port Klang" -> FOB; "Validity: 45 days" from Fri 12 Jun ->
# 2026-07-27 (not short). USD. Partial.
assert close(200 * 15.20, 3040.00) and plus("2026-06-12", 25) == "2026-07-07" and plus("2026-06-12", 45) == "2026-07-27"
blind("u939-my-shah-alam-seal-kit-moq-200-mould-samples", H.msg("Siti Nurhaliza Ahmad <siti@klang-valley-rubber.example>", "text/plain", """Dear Ms. Lena,

Good day to you.
Thank you for your RFQ HM-RFQ-2611. We are rubber seal manufacturer in Shah Alam, Malaysia, and would like to offer
the seal kit for PX-200 pump:

Part no.    : KIT-PX200-SEAL
Content     : 2 lip seals, 4 O-rings, 1 gasket, bagged and labelled as your requirement
Price       : USD 15.20/set
MOQ         : 200 sets, so we quote 200 sets
Amount      : USD 3,040.00
L/T         : 25 days after deposit
Packing     : 10 sets/inner box, 100 sets/carton

Lip seal mould: USD 380.00, one time.
We can send 3 sets free samples for your approval before mass production.

Price term  : FOB Port Klang
Payment     : T/T 50% deposit, balance before shipment
Validity    : 45 days

Thank you and best regards,
Siti Nurhaliza Ahmad
Sales Executive
Klang Valley Rubber Products Sdn. Bhd.
Lot 18, Jalan Perusahaan 3, Seksyen 23, 40300 Shah Alam, Selangor, Malaysia
Tel: +603-5555 0147  H/P: +6019-555 0182
""", cte="quoted-printable"),
       "partial", "USD", "2026-07-27", "FOB",
       [line(6, 15.20, qty=200, lead=25, moq=200)],
       ["missing-line", "moq-above-quantity", "note", "quantity-differs"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u940 a Taichung pneumatics maker, plain text, "Our quotation in USD" -> USD against the EUR RFQ (currency-differs).
# Fitting FIT-316-G12-10: "USD 3.65/pc", "Q'ty 2,000pcs" as asked -> null, "MOQ 500pcs" -> moq 500 (below 2,000), "L/T: 30
# days after deposit" -> 30 (Jul 15, before Aug 14); "50pcs/bag, 500pcs/carton" is packing. Cylinder: "we can not offer
# Festo original. Alternative: our ISO 15552 cylinder TCA-32X80-SA" -> alternatePartNumber TCA-32X80-SA (alternate-part),
# "USD 44.60/pc", 120 pcs as asked -> null, 30 days (Jul 15, before Sep 11). Shaft, housing and bracket set never
# mentioned -> missing-line. "FOB Taichung" -> FOB; "Validity: 45 days" from Mon 15 Jun -> 2026-07-30 (not short).
# Partial.
assert plus("2026-06-15", 30) == "2026-07-15" and plus("2026-06-15", 45) == "2026-07-30" and 2000 % 500 == 0
blind2("u940-tw-taichung-usd-own-iso-cylinder-alternate", V.msg("Kevin Chang <kevin.chang@tc-airtek.example>", "text/plain", """Dear Mr. Albers,

Thanks for your RFQ VM-RFQ-4418.
We are pneumatic components manufacturer in Taichung, Taiwan, ISO 9001 certified, export to Europe more than 15 years.
Our quotation in USD as below:

(1) FIT-316-G12-10  Male connector G1/2 x 10mm tube, SUS316L
    USD 3.65/pc, Q'ty 2,000pcs
    MOQ 500pcs
    Packing: 50pcs/bag, 500pcs/carton
    L/T: 30 days after deposit

(2) DSBC-32-80-PPVA-N3 - we can not offer Festo original.
    Alternative: our ISO 15552 cylinder TCA-32X80-SA, bore 32mm, stroke 80mm, adjustable air cushion,
    same mounting dimension, full interchangeable with Festo.
    USD 44.60/pc, Q'ty 120pcs
    L/T: 30 days after deposit

Price term: FOB Taichung
Payment: T/T 30% deposit, balance before shipment
Validity: 45 days

Catalog and CAD file of TCA series can be send if you need.

Best Regards,
Kevin Chang 張凱文
Sales Manager, Europe Market
Airtek Pneumatic Industrial Co., Ltd. 艾爾泰氣動工業股份有限公司
No. 168, Gongye 9th Rd., Dali Dist., Taichung City 41280, Taiwan
TEL: +886-4-555-0129 ext. 312  FAX: +886-4-555-0130
"""),
       "partial", "USD", "2026-07-30", "FOB",
       [line(3, 3.65, "USD", lead=30, moq=500), line(4, 44.60, "USD", lead=30, alt="TCA-32X80-SA")],
       ["alternate-part", "currency-differs", "missing-line"])


# u941 a Changzhou CNC shop, short body + XLSX "QUOTATION" in "Unit Price (USD)" -> USD (currency-differs). Item 1 shaft
# SH-2231-C rev B: 38.60, 250 as asked -> null, "45 days" -> 45 (Jul 30, before Aug 28). Item 2 housing HSG-1180-GJL:
# 1,095.00, 25 as asked -> null, "75 days" -> 75 (Aug 29, before Oct 2); remark "pattern cost USD 1,800 one time" (also in
# the body) -> note. Items 3 and 4 "N/Q" with "purchased part, not our scope" -> declined. Item 5 bracket set: 19.80 per
# set, 150 as asked -> null, "35 days" -> 35 (Jul 20, before Oct 9). Amounts 9,650 / 27,375 / 2,970 and the total 39,995
# are no prices. "Price term: FOB Shanghai" -> FOB; "Validity: 30 days" from Mon 15 Jun -> 2026-07-15 (not short: Jul 15
# >= Jul 10). Partial.
assert close(250 * 38.60, 9650) and close(25 * 1095.00, 27375) and close(150 * 19.80, 2970) and close(9650 + 27375 + 2970, 39995)
assert plus("2026-06-15", 45) == "2026-07-30" and plus("2026-06-15", 75) == "2026-08-29" and plus("2026-06-15", 35) == "2026-07-20"
assert plus("2026-06-15", 30) == "2026-07-15"
U941_XLSX = xlsx([
    ["CHANGZHOU JINDA PRECISION MACHINERY CO., LTD.  常州金达精密机械有限公司"],
    ["Add: No. 9 Longjin Road, Wujin High-tech Zone, Changzhou, Jiangsu 213164, China   Tel: +86-519-5555-0118"],
    ["QUOTATION"],
    ["Quote No.", "JD-Q-2606-115", "", "Date", "2026-06-15"],
    ["To", "Vossberg Maschinenbau GmbH / Mr. Jonas Albers", "", "RFQ No.", "VM-RFQ-4418"],
    [""],
    ["Item", "Part No.", "Description", "Material", "Q'ty", "Unit", "Unit Price (USD)", "Amount (USD)", "L/T", "Remark"],
    [1, "SH-2231-C rev B", "Drive shaft 30h6 x 412, keyway 8P9, ground", "42CrMo4 QT", 250, "pcs", 38.6, 9650, "45 days", ""],
    [2, "HSG-1180-GJL", "Gearbox housing, machined complete, primed RAL7035", "HT250 (EN-GJL-250)", 25, "pcs", 1095, 27375,
     "75 days", "pattern cost USD 1,800 one time"],
    [3, "FIT-316-G12-10", "Male connector G1/2 - 10mm, 316L", "", 2000, "pcs", "N/Q", "", "", "purchased part, not our scope"],
    [4, "DSBC-32-80-PPVA-N3", "Cylinder ISO 15552 32x80", "", 120, "pcs", "N/Q", "", "", "purchased part, not our scope"],
    [5, "2231-004-03", "Sensor bracket set L+R with screws", "AL6082-T6, black anodized", 150, "set", 19.8, 2970, "35 days", ""],
    ["", "", "", "", "", "", "TOTAL", 39995],
    [""],
    ["Price term: FOB Shanghai"],
    ["Payment: T/T 30% deposit, 70% before shipment"],
    ["Validity: 30 days"],
    ["L/T is counted after receipt of deposit and drawing confirmation"],
])
blind2("u941-cn-changzhou-xlsx-usd-nq-pattern-cost", V.message("Zhang Wei <zhangwei@cz-jinda-machinery.example>", multipart("mixed", "=_jinda_941", [
        text_part("text/plain", """Dear Jonas,

Thanks for your RFQ VM-RFQ-4418, attached is our quotation JD-Q-2606-115 for your review.
Pls note the casting pattern cost USD 1,800 is one time charge for the housing, it will be refunded after the
accumulated order quantity reach 500pcs.
The fitting and the cylinder are purchased part, we do not quote.

Any question pls feel free contact me.

Best regards
Zhang Wei 张伟
Sales Manager
Changzhou Jinda Precision Machinery Co., Ltd.
Mob/WeChat: +86 137 5555 0185
"""),
        file_part(XLSX, "JD-Q-2606-115.xlsx", U941_XLSX)])),
       "partial", "USD", "2026-07-15", "FOB",
       [line(1, 38.60, "USD", lead=45), line(2, 1095.00, "USD", lead=75), nob(3), nob(4), line(5, 19.80, "USD", lead=35)],
       ["currency-differs", "no-bid", "note"])


# u942 a Changwon machine shop declines the whole RFQ with a reason ("our production capacity is fully booked until end
# of October ... we regret that we can not quote this RFQ") above the buyer's request in an Outlook-style original block
# (quantities and need-by dates, no prices). Every line declined: five noBid lines, currency / validUntil / incoterms
# null, status no-bid, kinds {no-bid}.
U942_REQUEST = "\n".join(f"{a:<6}{b:<22}{c:<44}{d:<7}{e:<6}{f}" for a, b, c, d, e, f in
                         [("Line", "Part number", "Description", "Qty", "Unit", "Need by")] + V.RFQ_ROWS)
blind2("u942-kr-changwon-full-decline-capacity", V.msg("Lee Sung-ho <sh.lee@changwon-precision.example>", "text/plain", """Dear Mr. Jonas Albers,

Thank you very much for your RFQ VM-RFQ-4418 and your interest in our company.

We have checked the drawings carefully. Unfortunately our production capacity is fully booked until end of October
because of new shipbuilding project, and we also do not handle the purchased parts (fitting, Festo cylinder).
So we regret that we can not quote this RFQ this time.

We hope we can have another chance to work with you in near future.

Best regards,
Lee Sung-ho (이성호)
Team Leader, Sales Team
Changwon Precision Industry Co., Ltd.
23, Seongsan-ro 97beon-gil, Seongsan-gu, Changwon-si, Gyeongsangnam-do 51567, Korea
Tel: +82-55-555-0144 | Fax: +82-55-555-0145

-----Original Message-----
From: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Sent: Wednesday, June 10, 2026 4:12 PM
To: sales@changwon-precision.example
Subject: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

Dear Sir or Madam,

please quote the items below by June 26, 2026 (unit price, lead time, Incoterms, validity).

""" + U942_REQUEST + """

Kind regards,
Jonas Albers
Purchasing, Vossberg Maschinenbau GmbH
"""),
       "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5)], ["no-bid"])


# u943 a Pune precision engineering firm, plain text, Indian English, "All prices in EURO" -> EUR (the RFQ currency).
# Sl. 3 fitting FIT-316-G12-10: "EUR 3,860.00 / 1000 Nos" -> 3.86; "2000 Nos" as asked -> null; "6-7 weeks" -> 49 (Aug 3,
# before Aug 14); "MOQ for fittings: 1000 Nos per size" -> moq 1000 (below 2,000). Sl. 5 bracket set 2231-004-03: "EUR
# 21.40 / Set", "150 Sets" as asked -> null, "8 weeks" -> 56 (Aug 10, before Oct 9). "Sl. 1, 2 & 4: Regret" -> declined.
# "Validity : 15 days from date of offer, due to volatile SS316 raw material prices" from Mon 15 Jun -> 2026-06-30,
# earlier than Jul 10 -> validity-short. "Price basis : CIF Hamburg" -> CIF. Partial.
assert close(3860.00 / 1000, 3.86) and plus("2026-06-15", 49) == "2026-08-03" and plus("2026-06-15", 56) == "2026-08-10"
assert plus("2026-06-15", 15) == "2026-06-30"
U943_ROWS = [("Sl.", "Item code", "Description", "Qty", "Price", "Delivery"),
             ("3", "FIT-316-G12-10", "Male connector G1/2\" x 10mm OD, SS316L", "2000 Nos", "EUR 3,860.00 / 1000 Nos", "6-7 weeks"),
             ("5", "2231-004-03", "Sensor bracket set (LH+RH) with screws", "150 Sets", "EUR 21.40 / Set", "8 weeks")]
blind2("u943-in-pune-eur-per-1000-nos-15-days-ss316", V.msg("Prashant Kulkarni <prashant.k@deccan-precision.example>", "text/plain", """Dear Sir,

Good day!
We thank you for your valued enquiry no. VM-RFQ-4418 and are pleased to quote our lowest prices as under.
All prices in EURO.

""" + "\n".join(f"{a:<5}{b:<17}{c:<42}{d:<11}{e:<26}{f}" for a, b, c, d, e, f in U943_ROWS) + """

Sl. 1, 2 & 4: Regret, not in our manufacturing range.

MOQ for fittings: 1000 Nos per size.

Terms:
Price basis : CIF Hamburg
Payment     : 100% against scanned copy of shipping documents
Packing     : Export worthy carton box, included
Validity    : 15 days from date of offer, due to volatile SS316 raw material prices

Material test certificates as per EN 10204 3.1 shall be provided with each lot.

Awaiting your valued order.

Thanks & Best Regards,
Prashant Kulkarni
Sr. Manager - International Business
Deccan Precision Engineers Pvt. Ltd.
Gat No. 412, Chakan MIDC Phase II, Pune - 410 501, Maharashtra, India
Mob: +91 98220 55047 | Tel: +91 20 5555 0162
"""),
       "partial", "EUR", "2026-06-30", "CIF",
       [nob(1), nob(2), line(3, 3.86, "EUR", lead=49, moq=1000), nob(4), line(5, 21.40, "EUR", lead=56)],
       ["no-bid", "validity-short"])


# u944 a Hanoi trading company, HTML only, a quotation table for all five lines in "Unit price (EUR)" -> EUR. Shaft
# 36.90, 8 weeks -> 56 (Aug 10, before Aug 28). Housing 1,185.00, 14 weeks -> 98 (Sep 21, before Oct 2). Fitting 4.12, 5
# weeks -> 35 (Jul 20, before Aug 14). Cylinder "Festo original" (the part asked, no alternate) 121.50, "13-14 weeks" ->
# 98 -> Jun 15 + 98 = Sep 21, AFTER the Sep 11 need-by -> lead-time-after-need-by. Bracket set 24.60 per set, 6 weeks ->
# 42 (Jul 27, before Oct 9). Quantities as asked -> null; amounts and the total 65,360.00 are no prices. "Lead time
# counted after receipt of PO and deposit" changes nothing. "CIF Bremerhaven port" -> CIF; "Validity: until 31/07/2026"
# -> 2026-07-31 (day 31, unambiguous; not short). Parsed.
assert close(250 * 36.90, 9225) and close(25 * 1185, 29625) and close(2000 * 4.12, 8240) and close(120 * 121.50, 14580)
assert close(150 * 24.60, 3690) and close(9225 + 29625 + 8240 + 14580 + 3690, 65360)
assert plus("2026-06-15", 98) == "2026-09-21" and "2026-09-21" > "2026-09-11" and "2026-09-21" < "2026-10-02"
assert plus("2026-06-15", 56) == "2026-08-10" and plus("2026-06-15", 35) == "2026-07-20" and plus("2026-06-15", 42) == "2026-07-27"
U944_ROWS = [("1", "SH-2231-C rev B", "Drive shaft 42CrMo4 QT, 30 h6 x 412 mm, keyway 8 P9", "250 pcs", "36.90", "9,225.00", "8 weeks"),
             ("2", "HSG-1180-GJL", "Gearbox housing EN-GJL-250, machined, primed RAL 7035", "25 pcs", "1,185.00", "29,625.00", "14 weeks"),
             ("3", "FIT-316-G12-10", "Male connector G1/2 - 10 mm tube, 316L", "2,000 pcs", "4.12", "8,240.00", "5 weeks"),
             ("4", "DSBC-32-80-PPVA-N3", "Pneumatic cylinder 32/80, Festo original", "120 pcs", "121.50", "14,580.00", "13-14 weeks"),
             ("5", "2231-004-03", "Sensor bracket set L+R with screws, black anodised", "150 sets", "24.60", "3,690.00", "6 weeks")]
blind2("u944-vn-hanoi-html-all-five-eur-festo-late", V.msg("Trần Minh Tuấn <tuan.tran@hanoi-indusource.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:10pt">
<p>Dear Mr. Jonas,</p>
<p>Thank you for your RFQ VM-RFQ-4418. We are industrial sourcing company in Hanoi, with machining and casting partner
factories in Bac Ninh and Hai Duong, and we also supply Festo products from stock of distributor. Please see our
quotation for all 5 items:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#FCE4D6"><th>No.</th><th>Part No.</th><th>Description</th><th>Q'ty</th><th>Unit price (EUR)</th>
<th>Amount (EUR)</th><th>Lead time</th></tr>
""" + "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in U944_ROWS) + """
<tr style="font-weight:bold"><td colspan="5" align="right">TOTAL (EUR)</td><td>65,360.00</td><td></td></tr>
</table>
<p>Terms and conditions:<br>
- Price term: CIF Bremerhaven port<br>
- Payment: T/T 30% deposit, 70% against copy of B/L<br>
- Lead time counted after receipt of PO and deposit<br>
- Validity: until 31/07/2026</p>
<p>Thank you and we look forward to your kind feedback.</p>
<p>Best regards,<br>Tran Minh Tuan (Mr.)<br>Business Development Manager<br>Hanoi Industrial Sourcing JSC<br>
Floor 9, 36 Hoang Cau Street, Dong Da District, Hanoi, Vietnam<br>Tel: +84 24 5555 0165 | Mobile/Zalo: +84 98 555 0139</p>
</body></html>"""),
       "parsed", "EUR", "2026-07-31", "CIF",
       [line(1, 36.90, "EUR", lead=56), line(2, 1185.00, "EUR", lead=98), line(3, 4.12, "EUR", lead=35),
        line(4, 121.50, "EUR", lead=98), line(5, 24.60, "EUR", lead=42)],
       ["lead-time-after-need-by"])


if __name__ == "__main__":
    ROUND.write()

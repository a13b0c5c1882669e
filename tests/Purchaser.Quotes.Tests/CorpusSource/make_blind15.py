#!/usr/bin/env python3
"""Writes replies u225..u240 (Corpus/u*.eml + expected u*.json) - the fifteenth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the fourteen earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is EXPORT SUPPLIERS WRITING ENGLISH AS A SECOND LANGUAGE: sixteen replies from sales
staff in China, Taiwan, Vietnam, Mexico, India, Brazil, Thailand, Turkey and Poland, written the way they really write.
A Ningbo fastener factory in GBK/base64 with "Dear Sir/Madam", "Unit price:USD0.0296/pc", "MOQ:10000PCS", "L/T: 25 days
after deposit", "Validity:30days", its own item numbers 1/2 that are not RFQ lines and "sorry this item we don't
produce"; a Taiwanese "|" table priced "US$/1000pcs" with "Q'ty", "15-20 working days", a one-off cutting-die charge and
"We can not offer item 2"; a Vietnamese rubber maker that "suggest our model ... instead" with a refundable sample fee;
a Chinese PROFORMA INVOICE PDF (PI no., "SAY U.S. DOLLARS ... ONLY", a die row inside the item table, bank account and
SWIFT numbers, a cable rounded up to whole 305 m rolls); a Mexican machine shop quoting "$41.80 Dlls c/u" and stating
the prices are USD, not MXN, with a short validity; an Indian "PFB our offer" space table with "Nos." and "per no.", its
own Sr. No. against "item no. 1 and 2 of your RFQ", a raw-material escalation clause and a late screw lead time; a
Qingdao XLSX with Chinese/English bilingual headers ("单价 Unit Price (USD)", "交期 L/T") and a mould cost in a remark
cell; a Brazilian exporter in USD with decimal commas and a price per 25 kg bag; an Indian INR offer whose amounts are
written in lakh grouping ("3,30,000.00"); a Thai ALL-CAPS space table with "USD3.05/PC", "USD17.60/1000PCS", an MOQ in
bags and a suggested bearing model; a Chinese full no-bid that lists the vendor's other products with prices; a
Turkish foundry in ISO-8859-9 quoting in TL (TRY) with a pattern cost and a 15-day validity; a Polish "|" table with
decimal commas, "Minimal order quantity" and a steel-price clause; a Taiwanese glued "EUR2.95/pc" with a suggested
cylinder model; an Indian foundry whose Sr. No. 01/02 are RFQ lines 2/1, with a part-refundable pattern charge and a
late shaft; and a Dongguan CNC shop in HTML (Foxmail style) quoting USD against the EUR RFQ, rounding the bracket sets
up to its MOQ and adding an exchange-rate clause.
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, pdf  # expected-line shapes and the text-layer PDF writer
from blind_round import Round, close  # the round's cases, checked and written; date and amount helpers
from make_blind2 import xlsx_book  # multi-sheet workbook writer (inline strings, plain numbers)
from make_blind5 import check_page, message, row, text_part  # whole messages from one part, PDF rows
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ROUND = Round(225)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2


def lakh(n):
    """An amount in Indian digit grouping: 330000 -> '3,30,000.00'."""
    whole, frac = f"{n:.2f}".split(".")
    head, tail = whole[:-3], whole[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join(groups + [tail]) + "." + frac


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================

# u225 a Ningbo fastener factory, text/plain in GBK, base64 (Chinese name and company in the signature). The vendor
# numbers its items 1 and 2, but they carry the RFQ part numbers SCR-M4X10-A2 (RFQ line 3) and SPR-C0630-302 (RFQ
# line 5), which decide the match. Screws "Unit price:USD0.0296/pc" -> 0.0296; "Q'ty:20000pcs" is the requested
# quantity -> null; "MOQ:10000PCS" -> moq 10000 (below 20,000); "L/T: 25 days after deposit" -> 25 (Jun 5 + 25 = Jun
# 30, before the Jul 13 need-by). Springs "USD0.068/pc" -> 0.068, "MOQ:5000PCS" -> moq 5000 (below 8,000), "L/T: 30
# days after deposit" -> 30 (Jul 5, before Jul 27). "Packing:1000pcs/box" and "500pcs/bag" are packing remarks, the
# prices are per pc. Gasket "sorry this item we don't produce" -> declined. Cable and plate are never mentioned ->
# missing-line. "Validity:30days" from Fri 5 Jun -> 2026-07-05 (not short: due Jun 12 + 14 = Jun 26). "Price term: FOB
# Ningbo" -> FOB; T/T deposit is a payment term (no deviation). Partial.
sample("u225-cn-gbk-glued-usd-moq-deposit", message("sample", "Cindy Wang <cindy@nb-jiali-fastener.example>", text_part(
    "text/plain", """Dear Sir/Madam,

Good day!
Thanks for your inquiry NR-RFQ-0619. Kindly find our best price as below:

1. SCR-M4X10-A2   SOCKET HEAD CAP SCREW M4X10 ISO4762 A2-70
Unit price:USD0.0296/pc
Q'ty:20000pcs
MOQ:10000PCS
Packing:1000pcs/box, 20boxes/carton
L/T: 25 days after deposit

2. SPR-C0630-302   COMPRESSION SPRING SUS302 WIRE 0.6 OD6.3 L30
Unit price:USD0.068/pc
Q'ty:8000pcs
MOQ:5000PCS
Packing:500pcs/bag
L/T: 30 days after deposit

GSK-EPDM-80 EPDM GASKET: sorry this item we don't produce.

Price term: FOB Ningbo
Payment term: T/T 30% deposit, balance before shipment
Validity:30days

Any question pls feel free to contact me. Thanks!

Best regards
Cindy Wang (王欣)
Sales Manager
Ningbo Jiali Fastener Co., Ltd.
宁波佳利紧固件有限公司
Tel: +86-574-5555-0183   Mob/WeChat: +86 139 5555 0172
""", "gbk", "base64")),
       "partial", "USD", "2026-07-05", "FOB",
       [nob(1), line(3, 0.0296, lead=25, moq=10000), line(5, 0.068, lead=30, moq=5000)],
       ["missing-line", "no-bid"])


# u226 a Taiwanese trading company, a "|" table whose price column is "Unit Price (US$/1000pcs)" and whose Amount
# column confirms it: gasket 192.00 / 1,000 = 0.192 (5,000 x 0.192 = 960.00); screws 31.50 / 1,000 = 0.0315 (20,000 x
# 0.0315 = 630.00); springs 72.80 / 1,000 = 0.0728 (8,000 x 0.0728 = 582.40). "US$" -> USD. Lead times: "15-20 working
# days" -> upper bound 20 x 7/5 = 28 (gasket Jul 3 before Aug 3; springs Jul 3 before Jul 27); "7-10 working days" ->
# 10 x 7/5 = 14 (Jun 19, before Jul 13). Quantities as asked -> null. "We can not offer item 2 (cable) and item 4
# (motor base plate)" -> declined. "tooling charge US$380.00 (one time)" for the gasket's cutting die -> note.
# "Validity: until 2026/07/15" -> 2026-07-15; "CIF Long Beach" -> CIF. Partial.
assert close(5000 * 0.192, 960.00) and close(20000 * 0.0315, 630.00) and close(8000 * 0.0728, 582.40)
sample("u226-tw-pipe-table-per-1000pcs-tooling", S.msg("Kevin Lin <kevin.lin@formosa-precision.example>", "text/plain", """Dear Ms. Reyes,

Thank you for your RFQ NR-RFQ-0619. Please kindly check our quotation as below:

| Item | Part No.      | Description                      | Q'ty      | Unit Price (US$/1000pcs) | Amount (US$) | Delivery           |
|------|---------------|----------------------------------|-----------|--------------------------|--------------|--------------------|
| 1    | GSK-EPDM-80   | EPDM GASKET 80X62X3MM DIE-CUT    | 5,000pcs  | 192.00                   | 960.00       | 15-20 working days |
| 3    | SCR-M4X10-A2  | HEX SOCKET CAP SCREW M4X10 A2-70 | 20,000pcs | 31.50                    | 630.00       | 7-10 working days  |
| 5    | SPR-C0630-302 | COMPRESSION SPRING SUS302        | 8,000pcs  | 72.80                    | 582.40       | 15-20 working days |

Remark:
1) We can not offer item 2 (cable) and item 4 (motor base plate), sorry.
2) Gasket need a cutting die, tooling charge US$380.00 (one time).
3) Price term: CIF Long Beach
4) Payment term: T/T 30 days after B/L date
5) Validity: until 2026/07/15

Best Regards,
Kevin Lin
Sales Dept.
Formosa Precision Parts Co., Ltd.
No. 128, Sec. 2, Zhongshan Rd., Taichung 40455, Taiwan
TEL: 886-4-5555-0163 / FAX: 886-4-5555-0164
"""),
       "partial", "USD", "2026-07-15", "CIF",
       [line(1, 0.192, lead=28), nob(2), line(3, 0.0315, lead=14), nob(4), line(5, 0.0728, lead=28)],
       ["no-bid", "note"])


# u227 a Vietnamese rubber-parts maker (sender name in Vietnamese, RFC 2047 encoded). For RFQ line 1 it "suggest our
# model SRT-G8062-30E instead" (its standard EPDM 70 part of the same size) -> alternatePartNumber SRT-G8062-30E,
# "Unit price: USD 0.176/pc" -> 0.176, "Quantity: 5,000 pcs" as asked -> null, "L/T: 30-35 days after sample approval"
# -> upper bound 35 (Jun 5 + 35 = Jul 10, before Aug 3). "Sample fee USD50 (refundable when you place order)" -> a
# one-off charge -> note. "Other items (cable, screw, plate, spring): sorry, we only produce rubber products" -> lines
# 2-5 declined. "Validity: 30 days" -> 2026-07-05; "FOB Ho Chi Minh City" -> FOB. Partial.
sample("u227-vn-suggest-model-sample-fee", S.msg("Nguyễn Thị Lan <lan.nguyen@saigon-rubbertech.example>", "text/plain", """Dear Sir/Madam,

Thank you very much for your inquiry NR-RFQ-0619.
We are manufacturer of rubber parts in Binh Duong, Vietnam, export to USA and Japan since 2009.

For item 1 GSK-EPDM-80 we don't have tool for this exact drawing, so we suggest our model SRT-G8062-30E instead.
It is our standard gasket EPDM 70 Shore A, 80 x 62 x 3 mm, same dimension, no need new tool.

Our offer:
- Model: SRT-G8062-30E (instead of GSK-EPDM-80)
- Quantity: 5,000 pcs
- Unit price: USD 0.176/pc
- L/T: 30-35 days after sample approval
- Sample fee USD50 (refundable when you place order)

Other items (cable, screw, plate, spring): sorry, we only produce rubber products, we can not quote.

Price term: FOB Ho Chi Minh City
Payment: T/T 50% in advance, 50% before delivery
Validity: 30 days

Hope to cooperate with you.
Best regards,
Ms. Lan (Nguyen Thi Lan)
Sales Executive
Saigon Rubbertech Co., Ltd. - Lot B7, Song Than 3 Industrial Park, Binh Duong, Vietnam
Tel: +84 274 555 0128 | Zalo/WhatsApp: +84 90 555 0186
""", cte="quoted-printable"),
       "partial", "USD", "2026-07-05", "FOB",
       [line(1, 0.176, lead=35, alt="SRT-G8062-30E"), nob(2), nob(3), nob(4), nob(5)],
       ["alternate-part", "no-bid", "note"])


# u228 a Hangzhou trading company's PROFORMA INVOICE as a one-page PDF; the body is two lines. PI rows No. 1-5 carry
# the RFQ part numbers: gasket 0.168 (5,000 x 0.168 = 840.00), cable 1.36 per M on the metre line (1,525 x 1.36 =
# 2,074.00), screws 0.0288 (20,000 x 0.0288 = 576.00), plate 36.50 (120 x 36.50 = 4,380.00), springs 0.0645 (8,000 x
# 0.0645 = 516.00). The cable is rounded up to whole 305 m rolls: 1,500 / 305 = 4.92 -> 5 rolls = 1,525 m -> quantity
# 1525 (quantity-differs); the others as asked -> null. Row 6 "Cutting die for item 1 (one time)" USD 260.00 is no RFQ
# line -> note. TOTAL 840 + 2,074 + 576 + 4,380 + 516 + 260 = 8,646.00, spelled out "SAY U.S. DOLLARS EIGHT THOUSAND
# SIX HUNDRED AND FORTY SIX ONLY"; the 30% deposit 2,593.80, bank account and SWIFT are no prices. "Delivery time:
# within 30 days after receipt of deposit" -> 30 on every line (Jun 5 + 30 = Jul 5, before every need-by, the earliest
# being Jul 13). "this PI is valid until 2026.06.30" -> 2026-06-30 (not short: limit Jun 26); "CIF Los Angeles" -> CIF.
# Every line priced -> parsed.
assert close(5000 * 0.168 + 1525 * 1.36 + 20000 * 0.0288 + 120 * 36.50 + 8000 * 0.0645 + 260, 8646.00)
assert -(-1500 // 305) * 305 == 1525 and close(8646 * 0.3, 2593.80)
X228 = [40, 60, 128, 300, 352, 384, 470]
P228 = ([(40, 800, 12, "HANGZHOU EVERBRIGHT INDUSTRIAL TRADING CO., LTD."),
         (40, 786, 8, "Add: Room 1203, Building 5, No. 88 Jiangnan Road, Binjiang District, Hangzhou 310052, China"),
         (40, 774, 8, "Tel: +86-571-5555-0196    Fax: +86-571-5555-0197    E-mail: jack@hz-everbright.example"),
         (230, 748, 14, "PROFORMA INVOICE"),
         (40, 726, 9, "PI No.: EB20260605-03"), (400, 726, 9, "Date: 2026.06.05"),
         (40, 712, 9, "Buyer: Northridge, Attn: Ms. Nora Reyes"), (400, 712, 9, "Your RFQ No.: NR-RFQ-0619")]
        + row(684, X228, ["No.", "Item No.", "Description", "Quantity", "Unit", "Unit Price (USD)", "Amount (USD)"])
        + row(668, X228, ["1", "GSK-EPDM-80", "EPDM gasket 80x62x3mm, die-cut", "5,000", "PCS", "0.168", "840.00"])
        + row(652, X228, ["2", "CBL-4C22-PUR", "4x22AWG shielded cable, PUR, black", "1,525", "M", "1.36", "2,074.00"])
        + [(128, 642, 7, "(5 rolls x 305m)")]
        + row(626, X228, ["3", "SCR-M4X10-A2", "Socket head cap screw M4x10 A2-70", "20,000", "PCS", "0.0288", "576.00"])
        + row(610, X228, ["4", "PLT-0915-R2", "Motor base plate 6082-T6, CNC", "120", "PCS", "36.50", "4,380.00"])
        + row(594, X228, ["5", "SPR-C0630-302", "Compression spring SUS302", "8,000", "PCS", "0.0645", "516.00"])
        + row(578, X228, ["6", "-", "Cutting die for item 1 (one time)", "1", "SET", "260.00", "260.00"])
        + row(556, X228, ["", "", "", "", "", "TOTAL:", "USD 8,646.00"])
        + [(40, 538, 9, "SAY U.S. DOLLARS EIGHT THOUSAND SIX HUNDRED AND FORTY SIX ONLY."),
           (40, 510, 9, "Terms and conditions:"),
           (40, 496, 8, "1. Price term: CIF Los Angeles"),
           (40, 484, 8, "2. Payment term: T/T 30% deposit (USD 2,593.80), 70% balance before shipment"),
           (40, 472, 8, "3. Delivery time: within 30 days after receipt of deposit"),
           (40, 460, 8, "4. Packing: standard export carton"),
           (40, 448, 8, "5. Validity: this PI is valid until 2026.06.30"),
           (40, 420, 9, "Bank information:"),
           (40, 406, 8, "Beneficiary: Hangzhou Everbright Industrial Trading Co., Ltd."),
           (40, 394, 8, "Bank: Bank of Zhejiang Example, Binjiang Sub-branch, No. 216 Jiangling Road, Hangzhou"),
           (40, 382, 8, "A/C No.: 3588 5555 0164 2207    SWIFT: ZJEXCNBH555"),
           (40, 340, 9, "Buyer signature: ____________________"), (330, 340, 9, "Seller: Jack Zhou (Sales Manager)")])
sample("u228-cn-proforma-invoice-pdf", S.with_attachment("Jack Zhou <jack@hz-everbright.example>", """Dear Nora,

Good day! Kindly find attached PI for your checking. Any problem pls let me know.

Best regards
Jack Zhou
Hangzhou Everbright Industrial Trading Co., Ltd.
""", "application/pdf", "PI_EB20260605-03.pdf", pdf([check_page(P228)])),
       "parsed", "USD", "2026-06-30", "CIF",
       [line(1, 0.168, lead=30), line(2, 1.36, qty=1525, lead=30), line(3, 0.0288, lead=30), line(4, 36.50, lead=30),
        line(5, 0.0645, lead=30)],
       ["note", "quantity-differs"])


# u229 a Mexican machine shop in English with Spanish bits, quoted-printable. "$41.80 Dlls c/u (c/u = each)" and
# "$1.39 Dlls / metro (per meter)", and the message says "all prices are in USD (dolares americanos), NOT in MXN pesos"
# -> USD (no currency-differs); "IVA (16%) not included" is a VAT remark. Plate 41.80, "Minimum lot: 100 pcs" -> moq
# 100 (below 120), "6 to 8 weeks" -> upper bound 56 (Jun 5 + 56 = Jul 31, before Aug 17). Cable 1.39 per metre on the
# metre line, 1,500 m as asked -> null, "3 weeks" -> 21 (Jun 26, before Jul 20). Gasket, screws and springs are never
# mentioned -> missing-line. "Quote validity: 15 days" from Jun 5 -> 2026-06-20, before Jun 26 -> validity-short.
# "DAP Laredo, TX" -> DAP. Partial.
sample("u229-mx-dlls-cu-short-validity", S.msg("Alejandro Ríos <arios@bajio-maquinados.example>", "text/plain", """Hello Nora, good morning,

Thank you for the invitation to quote your RFQ NR-RFQ-0619. We are a CNC machining shop in Querétaro, México.
Please see our quotation for the items we can support:

Item 4 - PLT-0915-R2 MOTOR BASE PLATE, 6082-T6, 10 mm, 4 x M6
   Price: $41.80 Dlls c/u  (c/u = each)
   Quantity: 120 pcs
   Minimum lot: 100 pcs
   Delivery time: 6 to 8 weeks

Item 2 - CBL-4C22-PUR cable 4x22 AWG shielded PUR, black (we buy it from a local distributor and cut to length)
   Price: $1.39 Dlls / metro (per meter)
   Quantity: 1,500 m
   Delivery time: 3 weeks

Important: all prices are in USD (dólares americanos), NOT in MXN pesos. IVA (16%) not included, it only
applies for sales inside México.

Terms: DAP Laredo, TX
Quote validity: 15 days

Saludos / Best regards,
Ing. Alejandro Ríos
Ventas | Maquinados del Bajío S.A. de C.V.
Av. 5 de Febrero 1820, Querétaro, Qro. C.P. 76120
Tel. +52 442 555 0147
""", cte="quoted-printable"),
       "partial", "USD", "2026-06-20", "DAP",
       [line(2, 1.39, lead=21), line(4, 41.80, lead=56, moq=100)],
       ["missing-line", "validity-short"])


# u230 a Ludhiana fastener and machining company, Indian English ("PFB our offer", "Nos.", "per no.", "your valued PO",
# "Kindly revert"), a table made of spaces whose "Sr. No." 1/2/3 are the vendor's own numbers; the part numbers give
# RFQ lines 3, 5 and 4. Screws "USD 28.40 per 1000 Nos." -> 28.40 / 1,000 = 0.0284, "5-6 weeks" -> 42 (Jun 5 + 42 =
# Jul 17, AFTER the Jul 13 need-by -> lead-time-after-need-by). Springs "USD 0.071 per no." -> 0.071, "4-5 weeks" ->
# 35 (Jul 10, before Jul 27). Plate "USD 39.75 per no." -> 39.75, "6-7 weeks" -> 49 (Jul 24, before Aug 17).
# Quantities as asked -> null. "Item no. 1 and 2 of your RFQ (gasket and cable) ... we regret" -> RFQ lines 1 and 2
# declined (not the vendor's Sr. No. 1 and 2). The raw-material price escalation clause ("shall be charged extra at
# actuals") -> note; "100% advance" is a payment term, "GST not applicable for export" a tax remark. "Validity: 30 days
# from the date of offer" (the Date header, Jun 5) -> 2026-07-05; "Ex-works Ludhiana" -> EXW. Partial.
assert close(28.40 / 1000, 0.0284)
sample("u230-in-nos-space-table-escalation", S.msg("Harpreet Singh <harpreet@punjab-precision.example>", "text/plain", """Dear Sir/Madam,

Greetings from Punjab Precision Industries!

With reference to your RFQ no. NR-RFQ-0619, PFB our offer for the items in our scope of supply:

Sr. No.  Item code        Description               Qty          Rate                       Delivery
1        SCR-M4X10-A2     SHCS M4X10 A2-70          20000 Nos.   USD 28.40 per 1000 Nos.    5-6 weeks
2        SPR-C0630-302    COMP. SPRING SS302        8000 Nos.    USD 0.071 per no.          4-5 weeks
3        PLT-0915-R2      MOTOR BASE PLATE 6082-T6  120 Nos.     USD 39.75 per no.          6-7 weeks

Item no. 1 and 2 of your RFQ (gasket and cable) are not in our manufacturing range, hence we regret.

Terms and conditions:
1. Price basis: Ex-works Ludhiana
2. Payment: 100% advance against PI
3. Delivery: as above, from the date of receipt of your valued PO with advance
4. Price escalation: Prices are based on current SS wire rod and aluminium prices. Any increase in raw material
   price at the time of dispatch shall be charged extra at actuals.
5. Validity: 30 days from the date of offer
6. GST: Not applicable for export

Kindly revert for any clarification.

Thanks & Regards,
Harpreet Singh
Manager - Exports
Punjab Precision Industries, Focal Point Phase 8, Ludhiana 141010, Punjab, India
Mob: +91 98155 50162 | Ph: +91 161 555 0162
"""),
       "partial", "USD", "2026-07-05", "EXW",
       [nob(1), nob(2), line(3, 0.0284, lead=42), line(4, 39.75, lead=49), line(5, 0.071, lead=35)],
       ["lead-time-after-need-by", "no-bid", "note"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================

# u231 a Qingdao seal and hose company; the quote is an XLSX with Chinese/English bilingual headers ("序号 No.",
# "产品编号 Part No.", "单价 Unit Price (USD)", "金额 Amount (USD)", "交期 L/T", "备注 Remark"). Its No. 1-4 are the
# vendor's own; the part numbers give RFQ lines 3, 4, 5, 6. Bearing "无法报价 Can not offer" -> declined. O-rings 0.0165
# (50,000 x 0.0165 = 825.00), "20天 20 days" -> 20 (Jun 12 + 20 = Jul 2, before Aug 17), "MOQ:20000PCS" -> moq 20000
# (below 50,000). Hose 4.85 per M (800 x 4.85 = 3,880.00), "25天 25 days" -> 25 (Jul 7, before Sep 1); "50M/卷
# 50m/roll" is packing, 800 m = 16 rolls exactly, so no quantity change. Seal kit 6.40 per SET (150 x 6.40 = 960.00),
# "35-40天 35-40 days" -> 40 (Jul 22, before Sep 21); its remark "开模费 Mould cost: USD 1,200 (一次性 one time)" -> note.
# Total 825 + 3,880 + 960 = 5,665.00. Resin and sheet are not in the sheet and the body does not name them ->
# missing-line. "报价有效期 Validity: 2026.07.31" -> 2026-07-31 (not short: due Jun 19 + 14 = Jul 3); "贸易条款 Price
# term: FOB Qingdao" -> FOB. Partial.
assert close(50000 * 0.0165 + 800 * 4.85 + 150 * 6.40, 5665.00)
U231_XLSX = xlsx_book([("报价单 Quotation", [
    ["青岛海通密封软管有限公司  Qingdao Haitong Seal & Hose Co., Ltd."],
    ["报价单 QUOTATION", "", "", "", "", "", "报价日期 Date: 2026-06-12"],
    ["客户 Customer: Halvorsen Manufacturing (Ms. Lena Marsh)", "", "", "", "", "", "询价单号 RFQ No.: HM-RFQ-2611"],
    [],
    ["序号 No.", "产品编号 Part No.", "品名规格 Description", "数量 Q'ty", "单位 Unit", "单价 Unit Price (USD)",
     "金额 Amount (USD)", "交期 L/T", "备注 Remark"],
    [1, "BRG 6205-2RS", "深沟球轴承 Ball bearing 6205-2RS C3", 400, "PCS", "无法报价 Can not offer", "", "", ""],
    [2, "OR-0120-NBR70", "O型圈 O-ring 12X2 NBR70 黑色 black", 50000, "PCS", 0.0165, 825.0, "20天 20 days",
     "MOQ:20000PCS"],
    [3, "HSE-2SN-08", "液压胶管 Hydraulic hose EN853 2SN DN12", 800, "M", 4.85, 3880.0, "25天 25 days",
     "50M/卷 50m/roll"],
    [4, "KIT-PX200-SEAL", "密封包 Seal kit for PX-200 pump", 150, "SET", 6.4, 960.0, "35-40天 35-40 days",
     "开模费 Mould cost: USD 1,200 (一次性 one time)"],
    [],
    ["", "", "", "", "", "合计 Total", 5665.0],
    [],
    ["贸易条款 Price term: FOB Qingdao"],
    ["付款方式 Payment term: T/T 30% deposit, 70% before shipment"],
    ["报价有效期 Validity: 2026.07.31"],
    ["包装 Packing: 标准出口纸箱 standard export carton"]])])
blind("u231-cn-bilingual-xlsx-mould-cost", H.with_attachment("Sunny Liu <sunny@qd-haitong-seal.example>", """Dear Lena,

Good day!
Kindly find attached our quotation sheet for your RFQ HM-RFQ-2611, pls check.
Any question feel free to let me know.

Best regards
Sunny Liu
Export Dept.
Qingdao Haitong Seal & Hose Co., Ltd.
Tel: +86-532-5555-0157
""", XLSX, "Quotation_HM-RFQ-2611_Haitong.xlsx", U231_XLSX),
      "partial", "USD", "2026-07-31", "FOB",
      [nob(3), line(4, 0.0165, lead=20, moq=20000), line(5, 4.85, lead=25), line(6, 6.40, lead=40)],
      ["missing-line", "no-bid", "note"])


# u232 a Sao Paulo exporter in USD with Brazilian decimal commas and dot thousands, as the message itself says. Resin
# "Quantity: 2.500 kg (100 bags of 25 kg)" is the 2,500 kg asked -> null; "USD 96,25 per bag of 25 kg" -> 96.25 / 25 =
# 3.85 per KG (100 bags x 96.25 = 9,625.00 = 2,500 x 3.85, matching "Total: USD 9.625,00"); "Lead time: 45 days" ->
# 45 (Jun 12 + 45 = Jul 27, AFTER the Jul 20 need-by -> lead-time-after-need-by). Sheet "USD 152,40 per sheet" ->
# 152.40 (90 x 152.40 = 13,716.00 = "USD 13.716,00"), "6 weeks" -> 42 (Jul 24, before Aug 10). "Items 3 to 6 (bearing,
# O-ring, hose and seal kit): unfortunately we do not work with these products" -> declined. "Validity of the offer:
# 31/07/2026" -> 2026-07-31; "FOB Santos" -> FOB. Partial.
assert close(96.25 / 25, 3.85) and close(100 * 96.25, 2500 * 3.85) and close(90 * 152.40, 13716.00)
blind("u232-br-usd-decimal-comma-bag", H.msg("Rodrigo Almeida <rodrigo.almeida@paulista-export.example>", "text/plain", """Dear Mrs. Lena,

Good morning! Thank you for your request HM-RFQ-2611.
We are pleased to send our best offer as follow. Prices are in US dollars (USD); please note we write the numbers
in the Brazilian way, with decimal comma (USD 96,25 = ninety-six dollars and twenty-five cents).

Item 1 - RES-PA66-GF30 - PA66 30% glass fiber, heat stabilized, black
   Quantity: 2.500 kg (100 bags of 25 kg)
   Price: USD 96,25 per bag of 25 kg
   Total: USD 9.625,00
   Lead time: 45 days

Item 2 - SHT-5052H32-030 - Aluminium sheet 5052-H32, 3,0 x 1.250 x 2.500 mm, PVC film one side
   Quantity: 90 sheets
   Price: USD 152,40 per sheet
   Total: USD 13.716,00
   Lead time: 6 weeks

Items 3 to 6 (bearing, O-ring, hose and seal kit): unfortunately we do not work with these products.

Incoterm: FOB Santos
Payment: 30% advance, 70% against copy of B/L
Validity of the offer: 31/07/2026

Atenciosamente / Best regards,
Rodrigo Almeida
Export Department - Paulista Export Comércio Ltda.
Av. Paulista 1500, cj. 82 - São Paulo/SP - CEP 01310-100
Tel.: +55 11 5555-0139
""", cte="quoted-printable"),
      "partial", "USD", "2026-07-31", "FOB",
      [line(1, 3.85, lead=45), line(2, 152.40, lead=42), nob(3), nob(4), nob(5), nob(6)],
      ["lead-time-after-need-by", "no-bid"])


# u233 a Chennai hydraulics company, Indian English, prices in Indian Rupees ("all prices are in Indian Rupees (INR)",
# "Rs.") against the USD RFQ -> currency-differs. A space table whose Amount column and total use Indian lakh grouping:
# hose "Rs. 412.50/Mtr" -> 412.50 per m (800 x 412.50 = 330,000.00, written 3,30,000.00), "3-4 weeks" -> 28 (Jun 12 +
# 28 = Jul 10, before Sep 1); seal kit "Rs. 1,185.00/Set" -> 1185.00 (150 x 1,185 = 177,750.00 = 1,77,750.00), "5-6
# weeks" -> 42 (Jul 24, before Sep 21); O-rings "Rs. 1,420.00/1000 Nos" -> 1,420 / 1,000 = 1.42 (50,000 x 1.42 =
# 71,000.00), "2 weeks" -> 14 (Jun 26, before Aug 17). Total 5,78,750.00 = 578,750. Quantities as asked -> null. "We
# regret our inability to quote for item nos. 1, 2 and 3 of your enquiry (resin, Al sheet and bearing)" -> declined.
# "valid for 30 days from today" -> Jun 12 + 30 = 2026-07-12 (not short: limit Jul 3); "FCA Chennai" -> FCA. Partial.
U233_ROWS = [(800 * 412.50, "3,30,000.00"), (150 * 1185.00, "1,77,750.00"), (50000 * 1.42, "71,000.00"),
             (800 * 412.50 + 150 * 1185.00 + 50000 * 1.42, "5,78,750.00")]
assert all(lakh(n) == s for n, s in U233_ROWS)
blind("u233-in-inr-lakh-amounts", H.msg("Ramesh Iyer <ramesh.iyer@coromandel-hydraulics.example>", "text/plain", """Dear Madam,

Greetings of the day!

We thank you for your enquiry no. HM-RFQ-2611 and are pleased to submit our most competitive offer as under.
Kindly note all prices are in Indian Rupees (INR).

Sr.  Item code        Description                        Qty         Rate                     Amount (Rs.)    Delivery
1    HSE-2SN-08       Hyd. hose EN 853 2SN DN12 (1/2")   800 Mtrs    Rs. 412.50/Mtr           3,30,000.00     3-4 weeks
2    KIT-PX200-SEAL   Seal kit for PX-200 pump           150 Sets    Rs. 1,185.00/Set         1,77,750.00     5-6 weeks
3    OR-0120-NBR70    O-ring 12 x 2 NBR 70 black         50000 Nos   Rs. 1,420.00/1000 Nos    71,000.00       2 weeks
                                                                     Total                    5,78,750.00

We regret our inability to quote for item nos. 1, 2 and 3 of your enquiry (resin, Al sheet and bearing) as these
are not in our line of business.

Terms & Conditions:
Price basis   : FCA Chennai (Incoterms 2020)
Payment       : 100% advance by wire transfer
Delivery      : from the date of receipt of techno-commercially clear order
Validity      : Our offer is valid for 30 days from today
Freight       : to your account

Hope the above is in line with your requirement and look forward to your valued order.

Thanks & Best Regards,
Ramesh Iyer
Sr. Manager - International Marketing
Coromandel Hydraulics Pvt. Ltd., SIDCO Industrial Estate, Ambattur, Chennai 600098
Ph: +91 44 5555 0143 | Mob: +91 94440 55501
"""),
      "partial", "INR", "2026-07-12", "FCA",
      [nob(1), nob(2), nob(3), line(4, 1.42, "INR", lead=14), line(5, 412.50, "INR", lead=28),
       line(6, 1185.00, "INR", lead=42)],
      ["currency-differs", "no-bid"])


# u234 a Bangkok bearing and seal distributor, an ALL-CAPS table made of spaces; its NO column equals the RFQ line
# numbers. Bearing "USD3.05/PC", "EX-STOCK"; the remark says SKF is not in stock and "we suggest our model
# NKR-6205-2RS-C3 instead ... Price above is for NKR-6205-2RS-C3" -> 3.05 with alternatePartNumber NKR-6205-2RS-C3, lead
# 0 (the stock is of the offered part). O-rings "USD17.60/1000PCS" -> 17.60 / 1,000 = 0.0176, "2-3 WEEKS" -> 21 (Jun 12
# + 21 = Jul 3, before Aug 17); "PACKING 1000PCS/BAG, MOQ 10 BAGS" -> moq 10 x 1,000 = 10,000 pcs (below 50,000). Seal
# kit "CAN NOT OFFER" -> declined. Resin, sheet and hose are never mentioned -> missing-line. "VALIDITY: 7 DAYS" from
# Jun 12 -> 2026-06-19, before Jul 3 -> validity-short. "PRICE TERM: CFR LOS ANGELES" -> CFR. Partial.
assert close(17.60 / 1000, 0.0176)
blind("u234-th-caps-table-suggest-bearing", H.msg("Somchai Wongsawat <somchai@siam-bearing-supply.example>", "text/plain", """Dear Khun Lena,

Thank you for your RFQ HM-RFQ-2611. We are pleased to quote as below.

NO  PART NO.         DESCRIPTION                   QTY        UNIT PRICE         L/T
3   BRG 6205-2RS     BALL BEARING 6205-2RS C3      400PCS     USD3.05/PC         EX-STOCK
4   OR-0120-NBR70    O-RING 12X2 NBR70 BLACK       50000PCS   USD17.60/1000PCS   2-3 WEEKS
6   KIT-PX200-SEAL   SEAL KIT PX-200               150SETS    CAN NOT OFFER      -

REMARK:
- ITEM 3: SKF BRAND IS NOT AVAILABLE IN STOCK NOW, WE SUGGEST OUR MODEL NKR-6205-2RS-C3 INSTEAD
  (SAME DIMENSION 25X52X15, C3 CLEARANCE, RUBBER SEAL BOTH SIDE). PRICE ABOVE IS FOR NKR-6205-2RS-C3.
- ITEM 4: PACKING 1000PCS/BAG, MOQ 10 BAGS.
- PRICE TERM: CFR LOS ANGELES
- PAYMENT: T/T BEFORE SHIPMENT
- VALIDITY: 7 DAYS

BEST REGARDS,
SOMCHAI WONGSAWAT
SALES MANAGER
SIAM BEARING SUPPLY CO., LTD.
88/12 MOO 4, BANGNA-TRAD RD. KM 23, SAMUT PRAKAN 10540 THAILAND
TEL: +66 2 555 0175  LINE ID: somchai.sbs
"""),
      "partial", "USD", "2026-06-19", "CFR",
      [line(3, 3.05, lead=0, alt="NKR-6205-2RS-C3"), line(4, 0.0176, lead=21, moq=10000), nob(6)],
      ["alternate-part", "missing-line", "no-bid", "validity-short"])


# u235 a Shenzhen plastics trader declines the whole RFQ: "Sorry, we can not offer any items in this inquiry" - PA66
# GF30 is not its product and the sheet, bearing, O-ring, hose and seal kit are not either. The "for your reference"
# list of its own products with prices (PP, ABS, PC, PA6) answers no RFQ line. Full no-bid: every line declined,
# currency, validity and Incoterms null.
blind("u235-cn-full-nobid-other-products", H.msg("Amy Chen <amy.chen@sz-hongfa-plastic.example>", "text/plain", """Dear Lena,

Good day! Thanks for your inquiry HM-RFQ-2611.

Sorry, we can not offer any items in this inquiry. Our company only supply PP/ABS/PC/PA6 plastic raw material,
we don't have PA66 GF30. Also the aluminium sheet, bearing, O-ring, hose and seal kit are not our products.

For your reference, our main products and price this month (FOB Shenzhen):
PP T30S          USD1.18/kg
ABS 757          USD1.65/kg
PC 2805          USD2.40/kg
PA6 (no glass)   USD2.15/kg

If you have inquiry for these materials in future, welcome to contact me.

Best regards
Amy Chen
Shenzhen Hongfa Plastic Material Co., Ltd.
Tel: +86-755-5555-0192  WeChat: amychen_hf
"""),
      "no-bid", None, None, None,
      [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)],
      ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================

# u236 a Bursa foundry, text/plain in ISO-8859-9, quoted-printable. "our prices are given in TRY (Turkish Lira)",
# written "1.685,00 TL" with decimal commas -> TRY against the EUR RFQ -> currency-differs. Shaft 1,685.00 TRY, "8 weeks"
# -> 56 (Jun 15 + 56 = Aug 10, before Aug 28). Housing 46,250.00 TRY, "10-12 weeks (including pattern)" -> 84 (Sep 7,
# before Oct 2). "Pattern (model) cost: 185.000,00 TL, one time" -> note. Items 3, 4 and 5 "we are not producing" ->
# declined. "our offer is valid 15 days only" from Mon 15 Jun -> 2026-06-30, before Jul 10 (due Jun 26 + 14) ->
# validity-short. "EXW Bursa" -> EXW; KDV (VAT) and payment remarks are no deviations. Partial.
blind2("u236-tr-try-latin5-pattern-cost", V.msg("Mehmet Yılmaz <mehmet.yilmaz@uludag-dokum.example>", "text/plain", """Dear Mr. Albers,

Thank you for your inquiry VM-RFQ-4418. With our foundry and machining workshop we can offer the drive shaft
and the gearbox housing. Because our costs are in Turkish Lira, our prices are given in TRY (Turkish Lira).

Item 1: SH-2231-C rev B  Drive shaft 42CrMo4, quenched and tempered, ground
   Quantity: 250 pcs
   Unit price: 1.685,00 TL/pc
   Delivery time: 8 weeks

Item 2: HSG-1180-GJL  Gearbox housing EN-GJL-250, machined complete, primed RAL 7035
   Quantity: 25 pcs
   Unit price: 46.250,00 TL/pc
   Delivery time: 10-12 weeks (including pattern)
   Pattern (model) cost: 185.000,00 TL, one time, paid with order

Items 3, 4 and 5: we are not producing these items, sorry.

Currency: TRY (Turkish Lira). Prices are net, KDV (VAT) not included.
Delivery term: EXW Bursa
Payment: 50% advance, 50% before shipment
Validity: because of exchange rate changes our offer is valid 15 days only.

Best regards,
Mehmet Yılmaz
Export Sales
Uludağ Döküm ve Makina San. ve Tic. A.Ş.
Nilüfer Organize Sanayi Bölgesi, 16140 Bursa / Türkiye
Tel: +90 224 555 01 66
""", charset="iso-8859-9", cte="quoted-printable"),
       "partial", "TRY", "2026-06-30", "EXW",
       [line(1, 1685.00, "TRY", lead=56), line(2, 46250.00, "TRY", lead=84), nob(3), nob(4), nob(5)],
       ["currency-differs", "no-bid", "note", "validity-short"])


# u237 a Poznan CNC shop, ISO-8859-2, a "|" table with Polish decimal commas. Shaft "36,90 EUR" -> 36.90, "6-7 weeks"
# -> upper bound 49 (Jun 15 + 49 = Aug 3, before Aug 28). Bracket set "21,85 EUR" per set -> 21.85, "5 weeks" -> 35
# (Jul 20, before Oct 9); "Minimal order quantity for pos. 5: 100 sets" -> moq 100 (below 150). Quantities as asked ->
# null. "We can not offer pos. 2, 3 and 4" -> declined. "In case steel price change more than 5% until order date, we
# reserve the right to correct the price" -> a price-adjustment clause -> note. "Offer valid till: 31.07.2026" ->
# 2026-07-31; "FCA Poznan" -> FCA. Partial.
blind2("u237-pl-pipe-table-steel-clause", V.msg("Krzysztof Nowak <k.nowak@wielkopolska-cnc.example>", "text/plain", """Dear Mr. Albers,

Thank you for the inquiry VM-RFQ-4418. Please find our offer below:

| Pos. | Part number     | Name                          | Qty     | Unit price | Delivery time |
|------|-----------------|-------------------------------|---------|------------|---------------|
| 1    | SH-2231-C rev B | Drive shaft 42CrMo4, ground   | 250 pcs | 36,90 EUR  | 6-7 weeks     |
| 5    | 2231-004-03     | Sensor bracket set L+R, black | 150 set | 21,85 EUR  | 5 weeks       |

We can not offer pos. 2, 3 and 4 (casting and purchased parts are not our competence).

Minimal order quantity for pos. 5: 100 sets.
Price of pos. 1 is calculated with steel price from June 2026. In case steel price change more than 5% until
order date, we reserve the right to correct the price.

Delivery condition: FCA Poznań (Incoterms 2020)
Payment: 30 days from invoice date
Offer valid till: 31.07.2026

With best regards / Z poważaniem
Krzysztof Nowak
Sales Engineer
Wielkopolska CNC Sp. z o.o., ul. Głogowska 212, 60-104 Poznań, Poland
tel. +48 61 555 01 52
""", charset="iso-8859-2"),
       "partial", "EUR", "2026-07-31", "FCA",
       [line(1, 36.90, "EUR", lead=49), nob(2), nob(3), nob(4), line(5, 21.85, "EUR", lead=35, moq=100)],
       ["no-bid", "note"])


# u238 a Taichung pneumatics maker, "Dear Sir", glued "Unit price:EUR2.95/pc". Fitting 2.95 EUR, "MOQ:500PCS" -> moq 500
# (below 2,000), "Packing: 50pcs/carton" is packing, "L/T: 25 days" -> 25 (Jun 15 + 25 = Jul 10, before Aug 14).
# Cylinder: "We suggest our model TAP-ISO32X80-SA instead" -> alternatePartNumber TAP-ISO32X80-SA, "Unit
# price:EUR38.50/pc" -> 38.50, "L/T: 30 days" -> 30 (Jul 15, before Sep 11). Shaft, housing and bracket set are never
# mentioned -> missing-line. "Validity:30days" from Jun 15 -> 2026-07-15 (not short: limit Jul 10); "Price term: FOB
# Taichung" -> FOB. EUR as the RFQ. Partial.
blind2("u238-tw-glued-eur-suggest-cylinder", V.msg("Jason Chang <jason@tc-airpower.example>", "text/plain", """Dear Sir,

Thanks for your inquiry VM-RFQ-4418. Kindly find our best price as below:

Item 3. FIT-316-G12-10  STRAIGHT MALE CONNECTOR G1/2 X 10MM TUBE, SUS316L
Unit price:EUR2.95/pc
MOQ:500PCS
Packing: 50pcs/carton
L/T: 25 days

Item 4. DSBC-32-80-PPVA-N3 (FESTO)
We are not Festo agent. We suggest our model TAP-ISO32X80-SA instead (ISO 15552, bore 32, stroke 80,
adjustable cushion, magnetic piston, same mounting dimension).
Unit price:EUR38.50/pc
L/T: 30 days

Price term: FOB Taichung
Payment term: T/T in advance
Validity:30days

Thanks and best regards
Jason Chang
Overseas Sales Dept.
Taichung AirPower Pneumatic Co., Ltd.
No. 36, Gongye 21st Rd., Xitun Dist., Taichung 40768, Taiwan
TEL: +886-4-5555-0138  FAX: +886-4-5555-0139
"""),
       "partial", "EUR", "2026-07-15", "FOB",
       [line(3, 2.95, "EUR", lead=25, moq=500), line(4, 38.50, "EUR", lead=30, alt="TAP-ISO32X80-SA")],
       ["alternate-part", "missing-line"])


# u239 a Kolhapur foundry in EUR, Indian English; its "Sr. No." 01 is the HOUSING (RFQ line 2) and 02 the SHAFT (RFQ
# line 1) - the part numbers decide. Housing "EUR 742.00 / No." -> 742.00, "12-14 weeks" -> 98 (Jun 15 + 98 = Sep 21,
# before Oct 2). Shaft "EUR 31.75 / No." -> 31.75, "10-12 weeks" -> 84 (Sep 7, AFTER the Aug 28 need-by ->
# lead-time-after-need-by). Quantities as asked -> null. "Pattern & tooling cost for housing: EUR 2,400.00 (one time),
# 50% refundable ..." -> note. "Items at Sr. No. 3, 4 and 5 of your enquiry (fitting, cylinder, bracket set) ... we
# regret" -> RFQ lines 3, 4, 5 declined. "Validity: 60 days" from Jun 15 -> 2026-08-14; "FOB Nhava Sheva" -> FOB.
# Partial.
blind2("u239-in-swapped-sr-no-pattern-cost", V.msg("Sachin Patil <sachin.patil@sahyadri-castings.example>", "text/plain", """Dear Sir,

Greetings from Sahyadri Castings!

We thank you for your valued enquiry no. VM-RFQ-4418 and are pleased to submit our techno-commercial offer for
the items as under:

Sr. No.  Part No.          Description                                  Qty       Unit Price          Delivery
01       HSG-1180-GJL      Gearbox housing EN-GJL-250, machined,        25 Nos    EUR 742.00 / No.    12-14 weeks
                           primed RAL 7035
02       SH-2231-C rev B   Drive shaft 42CrMo4 H&T, turned & ground     250 Nos   EUR 31.75 / No.     10-12 weeks

Notes:
1. Pattern & tooling cost for housing: EUR 2,400.00 (one time), 50% refundable after cumulative supply of 500 Nos.
2. Delivery: from the date of receipt of techno-commercially clear PO and drawing approval.
3. Price basis: FOB Nhava Sheva (Incoterms 2020).
4. Payment: 30% advance, balance against scanned copy of B/L.
5. Validity: 60 days.
6. Items at Sr. No. 3, 4 and 5 of your enquiry (fitting, cylinder, bracket set) - we regret to quote as same are
   not in our manufacturing range.

Kindly do the needful and release your valued PO at the earliest.

Thanks & Regards,
Sachin Patil
Dy. Manager - Marketing (Exports)
Sahyadri Castings & Engineering Pvt. Ltd., MIDC Shiroli, Kolhapur 416122, Maharashtra, India
Mob: +91 98220 55517
"""),
       "partial", "EUR", "2026-08-14", "FOB",
       [line(1, 31.75, "EUR", lead=84), line(2, 742.00, "EUR", lead=98), nob(3), nob(4), nob(5)],
       ["lead-time-after-need-by", "no-bid", "note"])


# u240 a Dongguan CNC shop, multipart/alternative (plain text + Foxmail-style HTML, same content), prices "in USD"
# against the EUR RFQ -> currency-differs. Shaft "Unit price: USD 24.60/pc", "Q'ty: 250pcs" as asked -> null, "L/T: 35
# days" -> 35 (Jun 15 + 35 = Jul 20, before Aug 28). Bracket set "USD 12.80/set"; "MOQ:200SETS, so we quote 200sets" ->
# quantity 200 (quantity-differs) and moq 200 above the 150 asked (moq-above-quantity); "L/T: 25-30 days" -> 30 (Jul
# 15, before Oct 9). "Item 2,3,4: sorry, these items we don't produce" -> declined. "Price is based on exchange rate
# 1USD=7.10RMB. If the rate change more than 3%, price need to be adjusted" -> a price-adjustment clause -> note.
# "Validity: 2026/7/20" (year first, month unpadded) -> 2026-07-20 (not short: limit Jul 10); "FOB Shenzhen" -> FOB.
# Partial.
U240_TEXT = """Dear Jonas,

Nice day! Thanks for your inquiry VM-RFQ-4418.
We are CNC machining factory, we can do item 1 shaft and item 5 bracket set. Kindly find our price as below (in USD):

Item 1: SH-2231-C rev B drive shaft, 42CrMo4, QT + ground
  Unit price: USD 24.60/pc
  Q'ty: 250pcs
  L/T: 35 days

Item 5: 2231-004-03 sensor bracket set (L+R + screws), AL6082-T6 black anodized
  Unit price: USD 12.80/set
  MOQ:200SETS, so we quote 200sets
  L/T: 25-30 days

Item 2,3,4: sorry, these items we don't produce.

Note: Price is based on exchange rate 1USD=7.10RMB. If the rate change more than 3%, price need to be adjusted.
Price term: FOB Shenzhen
Payment term: T/T 30% deposit, 70% against B/L copy
Validity: 2026/7/20

Best regards
Tina Huang
Dongguan Jinghong Precision Hardware Co., Ltd.
东莞市精宏精密五金有限公司
Tel: +86-769-5555-0124  WeChat/WhatsApp: +86 135 5555 0124
"""
U240_HTML = ("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-size:10.5pt;font-family:'Microsoft YaHei UI',Tahoma;line-height:1.5}</style></head>
<body>
""" + "\n".join("<div>" + (t.replace("&", "&amp;").replace("<", "&lt;") or "<br>") + "</div>"
                for t in U240_TEXT.split("\n\nBest regards")[0].split("\n"))
             + """
<div><br></div><hr style="width:210px;height:1px" color="#b5c4df" size="1" align="left">
<div><span style="color:#1f497d"><b>Best regards</b><br>Tina Huang<br>Dongguan Jinghong Precision Hardware Co., Ltd.<br>
东莞市精宏精密五金有限公司<br>Tel: +86-769-5555-0124&nbsp; WeChat/WhatsApp: +86 135 5555 0124</span></div>
</body></html>
""")
blind2("u240-cn-usd-moq-roundup-fx-clause", V.alternative("Tina Huang <tina@dg-jinghong-cnc.example>", U240_TEXT, U240_HTML,
                                                          "----=_NextPart_6A2F_0615_240", cte="base64"),
       "partial", "USD", "2026-07-20", "FOB",
       [line(1, 24.60, lead=35), nob(2), nob(3), nob(4), line(5, 12.80, qty=200, lead=30, moq=200)],
       ["currency-differs", "moq-above-quantity", "no-bid", "note", "quantity-differs"])


if __name__ == "__main__":
    ROUND.write()

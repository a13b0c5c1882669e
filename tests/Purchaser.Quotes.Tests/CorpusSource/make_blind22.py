#!/usr/bin/env python3
"""Writes replies u337..u352 (Corpus/u*.eml + expected u*.json) - the twenty-second blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is ASIA-PACIFIC AND MIDDLE-EAST SUPPLIERS: sixteen replies from Japan, Korea, India, Taiwan, China,
Turkey and the United Arab Emirates, written in English as a second language and mixed with the vendor's own language,
with the currency stated once at the top or only in a column header. A Nagoya spring maker in ISO-2022-JP with yen
without decimals ("JPY 29/個", "JPY 4,800/1,000個", "納期", "在庫品", a validity written "2026年7月31日"); a Changwon cable
and sheet-metal shop in base64 UTF-8 quoting Korean won with no minor unit ("1,850 /m", "58,500 /EA") next to an
Amount column and a total; a Pune engineering company quoting INR with lakh-grouped amounts ("4,14,000.00"), "per 1000
Nos" / "per 100 Nos" rates, a one-time die cost, "Ex-works Pune" and "GST extra @ 18%"; a Taichung fastener maker
quoting "NT$" (TWD, not USD) with an MOQ above the quantity; a Jebel Ali trader quoting USD with AED prices in brackets
"for reference only" (the AED must not win) and a late screw; an Izmir rubber and spring maker in TRY with decimal
commas, "1.525 m" of cable meaning 1,525 metres (five 305 m reels) and an exchange-rate revision clause; a Shanghai
compounder in RMB per metric ton rounded up to full pallets; a Japanese bearing dealer in HTML whose yen are named only
in the price column's header; a Busan hose maker quoting USD with KRW "(only reference)" in brackets and "6~7 weeks";
a Sharjah trader in AED with a VAT line under the total and a 7-day validity; a Pune polymer and aluminium stockist
whose resin rate is "Rs. 2,85,000.00 per MT" (lakh grouping in a unit price) and whose sheet comes too late; a Suzhou
machine shop quoting EUR with RMB in brackets and a one-time pattern cost; an Osaka pneumatics maker in base64 UTF-8
offering its own cylinder instead of the Festo, in yen; a Gebze CNC shop in windows-1254 quoting EUR with TL in
brackets and an MOQ above the quantity; a Kolhapur foundry quoting the gearbox housing at "1,12,500.00" rupees each
with a minimum pour batch; and a Taichung pneumatics firm that only asks whether it may quote in NT$ or USD (a question,
unparseable).
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob  # expected-line shapes
from blind_round import Round, close, plus  # the round's cases, checked and written; date and amount helpers
from make_blind5 import message, text_part  # whole messages from one part (base64 bodies)
from make_blind15 import lakh  # Indian digit grouping: 330000 -> '3,30,000.00'
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()
import datetime

ROUND = Round(337)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2


def classify(kind):
    """Sets the optional classification field on the case just added."""
    ROUND.cases[-1][2].update({"classification": kind, "reasonContains": kind})


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u337 a Nagoya spring and rubber maker, text/plain in ISO-2022-JP (7bit), Japanese with English glosses. "通貨: 日本円
# (JPY)" once at the top -> JPY against the USD RFQ -> currency-differs; yen have no decimals. Gasket "JPY 29/個" (個 =
# piece) -> 29, 納期 (delivery) "4週間" (4 weeks) -> 28 (Jun 5 + 28 = Jul 3, before Aug 3). Screws "JPY 4,800/1,000個"
# -> 4,800 / 1,000 = 4.8 per piece, "在庫品" (stock item) -> 0. Springs "JPY 11/個", "3週間" -> 21 (Jun 26, before
# Jul 27). Quantities restated as asked -> null. "CBL-4C22-PUR、PLT-0915-R2 は ... 見積辞退" with the English "we must
# decline to quote" -> lines 2 and 4 declined. "見積有効期限 / Validity: 2026年7月31日" (year 2026, month 7, day 31) ->
# 2026-07-31 (not short); "FCA Narita" -> FCA. Partial, currency-differs and no-bid.
assert close(4800 / 1000, 4.8) and plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 21) == "2026-06-26"
sample("u337-jp-iso2022-yen-per-ko", S.msg("Kenta Yamamoto <k.yamamoto@tokai-spring.example>", "text/plain", """Nora Reyes 様

いつもお世話になっております。東海スプリング工業の山本です。
Thank you very much for your RFQ NR-RFQ-0619. We are pleased to quote as below.
通貨: 日本円 (JPY)

品番 Part No.     数量 Qty      単価 Unit price       納期 Delivery
GSK-EPDM-80       5,000個       JPY 29/個             4週間 (4 weeks)
SCR-M4X10-A2      20,000個      JPY 4,800/1,000個     在庫品 (stock item)
SPR-C0630-302     8,000個       JPY 11/個             3週間 (3 weeks)

CBL-4C22-PUR、PLT-0915-R2 は誠に申し訳ございませんが見積辞退とさせていただきます。
(We are very sorry, but we must decline to quote CBL-4C22-PUR and PLT-0915-R2.)

受渡条件 / Terms: FCA Narita (Incoterms 2020)
見積有効期限 / Validity: 2026年7月31日

よろしくお願いいたします。
山本 健太 / Kenta Yamamoto
東海スプリング工業株式会社 海外営業課
Tokai Spring Industry Co., Ltd., Overseas Sales Section
TEL +81-52-555-0147
""", charset="iso-2022-jp", cte="7bit"),
       "partial", "JPY", "2026-07-31", "FCA",
       [line(1, 29.0, "JPY", lead=28), nob(2), line(3, 4.8, "JPY", lead=0), nob(4), line(5, 11.0, "JPY", lead=21)],
       ["currency-differs", "no-bid"])


# u338 a Changwon cable and sheet-metal shop, text/plain UTF-8 in base64, Korean labels with English. "All price is Korean
# Won (KRW)" once at the top -> KRW (no minor unit) -> currency-differs. A "|" table whose No. column uses the RFQ line
# numbers: cable "1,850 /m" -> 1,850 KRW per metre (a whole-won amount, the comma groups thousands), 납기 "3주 (3 weeks)"
# -> 21 (Jun 26, before Jul 20); plate "58,500 /EA" -> 58,500 KRW, "5주 (5 weeks)" -> 35 (Jul 10, before Aug 17). The
# Amount column (1,500 x 1,850 = 2,775,000; 120 x 58,500 = 7,020,000) and the total 9,795,000 are not unit prices.
# Quantities as asked -> null. "Item 1, 3, 5 (gasket, screw, spring) : 견적 불가 - sorry, we can not quote" -> declined.
# "부가세 별도" / VAT excluded is a VAT remark. "Validity : 30 days from today" from Fri 5 Jun -> 2026-07-05 (not short);
# "FOB Busan" -> FOB. Partial, currency-differs and no-bid.
assert 1500 * 1850 == 2775000 and 120 * 58500 == 7020000 and 2775000 + 7020000 == 9795000
assert plus("2026-06-05", 30) == "2026-07-05" and plus("2026-06-05", 35) == "2026-07-10"
sample("u338-kr-krw-base64-amount-column", message("sample", "Park Ji-hoon <jhpark@hanbit-cablemetal.example>", text_part(
    "text/plain", """Dear Ms. Nora Reyes,

Thank you for your inquiry NR-RFQ-0619.
We are cable and sheet metal maker in Changwon, Korea. Please check our quotation below.
All price is Korean Won (KRW), VAT excluded (부가세 별도).

No. | 품명 Item          | 품번 Part No.  | 수량 Q'ty | 단가 Unit Price | 금액 Amount  | 납기 Delivery
 2  | PUR Cable 4C 22AWG | CBL-4C22-PUR   | 1,500 m   | 1,850 /m        | 2,775,000    | 3주 (3 weeks)
 4  | Motor Base Plate   | PLT-0915-R2    | 120 EA    | 58,500 /EA      | 7,020,000    | 5주 (5 weeks)
    | 합계 Total         |                |           |                 | 9,795,000    |

Item 1, 3, 5 (gasket, screw, spring) : 견적 불가 - sorry, we can not quote these items.

Delivery term : FOB Busan
Validity : 30 days from today (견적일로부터 30일)

Best regards,
Park Ji-hoon (박지훈) / Manager, Overseas Sales
Hanbit Cable & Metal Co., Ltd.
Tel : +82-55-555-0163
""", "utf-8", "base64")),
       "partial", "KRW", "2026-07-05", "FOB",
       [nob(1), line(2, 1850.0, "KRW", lead=21), nob(3), line(4, 58500.0, "KRW", lead=35), nob(5)],
       ["currency-differs", "no-bid"])


# u339 a Pune engineering company, Indian English, us-ascii. The header "Rate (INR)" names the currency once -> INR ->
# currency-differs. Gasket "15.20 / No." -> 15.20, "4-5 weeks" -> 35 (Jul 10, before Aug 3). Screws "2,650.00 / 1000
# Nos" -> 2.65, "Ex-stock" -> 0. Plate "3,450.00 / No." -> 3,450.00, "6 weeks" -> 42 (Jul 17, before Aug 17). Springs
# "590.00 / 100 Nos" -> 5.90, "30 days" -> 30 (Jul 5, before Jul 27). Quantities as asked -> null. The Amount column in
# lakh grouping (76,000.00; 53,000.00; 4,14,000.00; 47,200.00; total 5,90,200.00) holds no unit prices. "Sr. 2 -
# CBL-4C22-PUR: not in our scope of supply, hence we regret" -> declined. "One time die cost for the gasket: Rs.
# 18,500.00" -> note. "GST: Extra @ 18%" is a tax remark, packing and payment are no deviations. "Validity: 45 days from
# date of quotation" from Fri 5 Jun -> 2026-07-20 (not short); "Price basis: Ex-works Pune" -> EXW. Partial,
# currency-differs, no-bid and note.
U339 = [(5000 * 15.20, "76,000.00"), (20000 * 2.65, "53,000.00"), (120 * 3450.00, "4,14,000.00"), (8000 * 5.90, "47,200.00"),
        (5000 * 15.20 + 20000 * 2.65 + 120 * 3450.00 + 8000 * 5.90, "5,90,200.00")]
assert all(lakh(n) == s for n, s in U339) and close(2650 / 1000, 2.65) and close(590 / 100, 5.90)
assert plus("2026-06-05", 45) == "2026-07-20" and plus("2026-06-05", 42) == "2026-07-17"
sample("u339-in-inr-pune-lakh-die-cost", S.msg("Sachin Kulkarni <sachin.k@deccan-precision.example>", "text/plain", """Kind Attn: Ms. Nora Reyes

Dear Madam,

Greetings from Deccan Precision Components!

With reference to your RFQ No. NR-RFQ-0619, we are pleased to submit our best offer as below.

Sr. Part No.        Description                Qty          Rate (INR)              Amount (INR)    Delivery
1   GSK-EPDM-80     EPDM gasket 80x62x3        5,000 Nos    15.20 / No.             76,000.00       4-5 weeks
3   SCR-M4X10-A2    SHCS M4x10 A2-70           20,000 Nos   2,650.00 / 1000 Nos     53,000.00       Ex-stock
4   PLT-0915-R2     Motor base plate 6082-T6   120 Nos      3,450.00 / No.          4,14,000.00     6 weeks
5   SPR-C0630-302   Comp. spring 302 SS        8,000 Nos    590.00 / 100 Nos        47,200.00       30 days
                                                            Total (INR)             5,90,200.00

Sr. 2 - CBL-4C22-PUR: not in our scope of supply, hence we regret.

One time die cost for the gasket: Rs. 18,500.00 (payable along with PO).

Terms & Conditions:
Price basis : Ex-works Pune
GST         : Extra @ 18%
Packing     : Standard export packing, included
Payment     : 30% advance, balance against proforma invoice
Delivery    : As above, from date of receipt of techno-commercially clear PO
Validity    : 45 days from date of quotation

Hope you will find our offer in line with your requirement. Awaiting your valued PO.

Thanks & Regards,
Sachin Kulkarni
Manager - Exports
Deccan Precision Components Pvt. Ltd., MIDC Bhosari, Pune 411026
Mob: +91 98220 55514
""", charset="us-ascii", cte="7bit"),
       "partial", "INR", "2026-07-20", "EXW",
       [line(1, 15.20, "INR", lead=35), nob(2), line(3, 2.65, "INR", lead=0), line(4, 3450.00, "INR", lead=42),
        line(5, 5.90, "INR", lead=30)],
       ["currency-differs", "no-bid", "note"])


# u340 a Taichung fastener and spring maker: "currency NT$ (New Taiwan Dollar, TWD)" once at the top, so "NT$" in the
# cells is TWD, not USD -> currency-differs. A "|" table with RFQ line numbers in its Item column. Gasket "NT$5.80/pc"
# -> 5.80, MOQ 3,000pcs (below 5,000), "35 days" -> 35 (Jul 10, before Aug 3). Screws "NT$0.95/pc" -> 0.95, MOQ "-"
# (none), "25 days" -> 25 (Jun 30, before Jul 13). Springs "NT$2.15/pc" -> 2.15, "MOQ 10,000pcs" above the 8,000 asked
# -> moq-above-quantity (quantity itself restated as asked -> null), "30 days" -> 30 (Jul 5, before Jul 27). Cable and
# plate never mentioned -> missing-line. "Validity: until 2026/07/15" -> 2026-07-15 (not short); "FOB Taichung" -> FOB.
# Partial, currency-differs, missing-line and moq-above-quantity.
assert plus("2026-06-05", 25) == "2026-06-30" and plus("2026-06-05", 35) == "2026-07-10"
sample("u340-tw-ntd-moq-above", S.msg("Jessica Chen <jessica@tc-fastech.example>", "text/plain", """Dear Nora,

Thanks for your inquiry NR-RFQ-0619. Below is our offer for the items we produce, currency NT$ (New Taiwan Dollar, TWD).

Item | P/N           | Q'ty      | Unit Price  | MOQ        | L/T
1    | GSK-EPDM-80   | 5,000pcs  | NT$5.80/pc  | 3,000pcs   | 35 days
3    | SCR-M4X10-A2  | 20,000pcs | NT$0.95/pc  | -          | 25 days
5    | SPR-C0630-302 | 8,000pcs  | NT$2.15/pc  | 10,000pcs  | 30 days

Remark:
1. Spring is coiled in lots of 10,000pcs, so MOQ 10,000pcs.
2. Price term: FOB Taichung
3. Payment: T/T 30 days after B/L date
4. Validity: until 2026/07/15

Any question please let me know.

Best regards,
Jessica Chen
Sales Dept. | TC Fastech Industrial Co., Ltd.
No. 18, Gongye 5th Rd., Taichung, Taiwan
Tel: +886-4-2555-0129
"""),
       "partial", "TWD", "2026-07-15", "FOB",
       [line(1, 5.80, "TWD", lead=35, moq=3000), line(3, 0.95, "TWD", lead=25), line(5, 2.15, "TWD", lead=30, moq=10000)],
       ["currency-differs", "missing-line", "moq-above-quantity"])


# u341 a Jebel Ali trader, multipart/alternative (text + HTML with the same content). "our best prices in US Dollars" with
# AED in brackets "for your reference only (AED 3.6725 = USD 1.00)": the USD amount is the price, the AED never wins ->
# USD, no currency-differs. Gasket "USD 0.186/pc (AED 0.68)" -> 0.186, 3 weeks -> 21. Cable "USD 1.38/mtr (AED 5.07)" ->
# 1.38 per metre, 2 weeks -> 14 (Jun 19, before Jul 20). Screws "USD 0.0318/pc (AED 0.117)", "6-7 weeks, ex Germany" ->
# upper bound 49 (Jun 5 + 49 = Jul 24, AFTER the Jul 13 need-by -> lead-time-after-need-by). Plate "USD 43.90/pc (AED
# 161.22)" -> 43.90, 5 weeks -> 35 (Jul 10, before Aug 17). Springs "USD 0.0712/pc (AED 0.26)" -> 0.0712, 4 weeks -> 28
# (Jul 3, before Jul 27). Quantities not restated -> null. "Validity: till 30th June 2026" -> 2026-06-30 (not short:
# Jun 30 >= Jun 26); "CIP Dayton, OH" -> CIP. Every line priced -> parsed, lead-time-after-need-by.
U341_AED = [(0.186, "0.68"), (1.38, "5.07"), (0.0318, "0.117"), (43.90, "161.22"), (0.0712, "0.26")]
assert all(f"{usd * 3.6725:.{len(aed.split('.')[1])}f}" == aed for usd, aed in U341_AED)
assert plus("2026-06-05", 49) == "2026-07-24"
U341_ITEMS = [("1", "GSK-EPDM-80 - EPDM Gasket 80x62x3", "USD 0.186/pc (AED 0.68)", "3 weeks"),
              ("2", "CBL-4C22-PUR - PUR Cable 4x22AWG shielded", "USD 1.38/mtr (AED 5.07)", "2 weeks"),
              ("3", "SCR-M4X10-A2 - Socket Cap Screw M4x10 A2-70", "USD 0.0318/pc (AED 0.117)", "6-7 weeks, ex Germany"),
              ("4", "PLT-0915-R2 - Motor Base Plate 6082-T6", "USD 43.90/pc (AED 161.22)", "5 weeks"),
              ("5", "SPR-C0630-302 - Compression Spring 302 SS", "USD 0.0712/pc (AED 0.26)", "4 weeks")]
U341_INTRO = ("Thank you for your enquiry NR-RFQ-0619. Please find below our best prices in US Dollars. AED prices in "
              "brackets are given for your reference only (AED 3.6725 = USD 1.00).")
U341_TERMS = ["Terms: CIP Dayton, OH (Incoterms 2020)", "Payment: 100% TT before shipment", "Validity: till 30th June 2026"]
U341_SIG = ["Best Regards,", "Mohammed Al Mansoori", "Sales Executive", "Gulf Star Industrial Supplies FZE",
            "Jebel Ali Free Zone, Dubai, UAE", "Tel: +971 4 555 0128 | Mob: +971 50 555 0193"]
U341_TEXT = ("Dear Nora,\n\nGood day!\n\n" + U341_INTRO + "\n\n"
             + "\n".join(f"{n}) {item}\n   {price} - delivery {lead}" for n, item, price, lead in U341_ITEMS)
             + "\n\n" + "\n".join(U341_TERMS) + "\n\n" + "\n".join(U341_SIG) + "\n")
U341_HTML = ("<html><body style=\"font-family:Tahoma,sans-serif;font-size:10pt\">\n<p>Dear Nora,</p>\n<p>Good day!</p>\n"
             f"<p>{U341_INTRO}</p>\n<p>"
             + "<br>\n".join(f"{n}) <b>{item}</b><br>\n&nbsp;&nbsp;&nbsp;{price} - delivery {lead}" for n, item, price, lead in U341_ITEMS)
             + "</p>\n<p>" + "<br>\n".join(U341_TERMS) + "</p>\n<p>" + "<br>\n".join(U341_SIG) + "</p>\n</body></html>")
sample("u341-ae-usd-aed-in-brackets", S.alternative("Mohammed Al Mansoori <m.almansoori@gulfstar-ind.example>", U341_TEXT, U341_HTML),
       "parsed", "USD", "2026-06-30", "CIP",
       [line(1, 0.186, lead=21), line(2, 1.38, lead=14), line(3, 0.0318, lead=49), line(4, 43.90, lead=35),
        line(5, 0.0712, lead=28)],
       ["lead-time-after-need-by"])


# u342 an Izmir rubber and spring maker, UTF-8 quoted-printable, Turkish with English. "Our offer is in Turkish Lira (TRY)"
# -> TRY -> currency-differs; decimal commas and dot thousands throughout. Gasket "7,45 TL/adet" (adet = piece) -> 7.45,
# "4-6 hafta" (weeks) -> 42 (Jul 17, before Aug 3). Cable "52,40 TL/m" -> 52.40 per metre, quantity "1.525 m" (5 makara
# x 305 m = five reels) is 1,525 metres in this notation, not 1.525 -> quantity 1525 (differs from 1,500 ->
# quantity-differs), "2 hafta" -> 14 (Jun 19, before Jul 20). Screws "128,00 TL/100 adet" -> 1.28, "stoktan" (from stock)
# -> 0. Plate "1.745,00 TL/adet" -> 1,745.00, "5 hafta" -> 35 (Jul 10, before Aug 17). Springs "2,90 TL/adet", "3 hafta"
# -> 21 (Jun 26, before Jul 27). Other quantities ("5.000 adet", "20.000 adet", "120 adet", "8.000 adet") as asked ->
# null. "if the TRY/USD rate changes more than 5% before your order, we will revise the prices" -> price-adjustment
# clause -> note. KDV (VAT) excluded is a VAT remark. "Teklif geçerliliği / Validity: 10.07.2026" -> 2026-07-10 (not
# short); "FCA İzmir" -> FCA. Every line priced -> parsed, currency-differs, note and quantity-differs.
assert 5 * 305 == 1525 and close(128.00 / 100, 1.28) and plus("2026-06-05", 14) == "2026-06-19"
sample("u342-tr-try-reels-rate-clause", S.msg("Elif Demir <elif.demir@ege-kaucuk.example>", "text/plain", """Dear Mrs. Reyes,

Thank you for your inquiry NR-RFQ-0619. Our offer is in Turkish Lira (TRY), KDV (VAT) not included:

Poz | Parça No       | Miktar       | Birim Fiyat          | Termin
1   | GSK-EPDM-80    | 5.000 adet   | 7,45 TL/adet         | 4-6 hafta
2   | CBL-4C22-PUR   | 1.525 m      | 52,40 TL/m           | 2 hafta
3   | SCR-M4X10-A2   | 20.000 adet  | 128,00 TL/100 adet   | stoktan (from stock)
4   | PLT-0915-R2    | 120 adet     | 1.745,00 TL/adet     | 5 hafta
5   | SPR-C0630-302  | 8.000 adet   | 2,90 TL/adet         | 3 hafta

(hafta = weeks, adet = pcs)
Cable: we sell only full reels, 5 makara x 305 m = 1.525 m.

Because of the high inflation in Türkiye, prices are calculated with today's TRY/USD rate. If the TRY/USD rate
changes more than 5% before your order, we will revise the prices.

Teslim şekli / Delivery term: FCA İzmir
Teklif geçerliliği / Validity: 10.07.2026

Saygılarımızla / Best regards,
Elif Demir
Dış Ticaret / Export Department
Ege Kauçuk ve Yay San. Tic. Ltd. Şti., Atatürk OSB, Çiğli / İzmir
Tel: +90 232 555 01 47
""", cte="quoted-printable"),
       "parsed", "TRY", "2026-07-10", "FCA",
       [line(1, 7.45, "TRY", lead=42), line(2, 52.40, "TRY", qty=1525, lead=14), line(3, 1.28, "TRY", lead=0),
        line(4, 1745.00, "TRY", lead=35), line(5, 2.90, "TRY", lead=21)],
       ["currency-differs", "note", "quantity-differs"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u343 a Shanghai compounder in English, "price in RMB" -> CNY -> currency-differs. Item blocks named by RFQ item number
# and part number. Resin "RMB 27,600.00/MT (metric ton, 1,000kg)" against the KG line -> 27,600 / 1,000 = 27.60 per kg;
# quantity "3,000kg (3 full pallets; we only ship full pallets)" -> 3000 (differs from 2,500 -> quantity-differs); "15
# days after deposit" -> 15 (Jun 27, before Jul 20). Hose "RMB 19.80/m" -> 19.80 per metre, "20-25 days" -> 25 (Jul 7,
# before Sep 1). O-rings "RMB 0.12/pc" -> 0.12, "in stock" -> 0. Their quantities as asked -> null. "Sorry, bearing
# (item 3) is not our product, we can not offer" -> declined. Sheet and seal kit never mentioned -> missing-line. 13% VAT
# included is a VAT remark. "Validity: 30 days" from Fri 12 Jun -> 2026-07-12 (not short); "FOB Shanghai" -> FOB.
# Partial, currency-differs, missing-line, no-bid and quantity-differs.
assert close(27600 / 1000, 27.6) and plus("2026-06-12", 15) == "2026-06-27" and plus("2026-06-12", 30) == "2026-07-12"
blind("u343-cn-rmb-per-metric-ton-pallets", H.msg("Grace Xu <grace.xu@sh-huaxin-polymer.example>", "text/plain", """Dear Lena,

Good day! Thanks for your inquiry HM-RFQ-2611.
Our quotation as below, price in RMB, including 13% VAT.

Item 1: RES-PA66-GF30, PA66+30%GF, heat stabilized, black
  Packing: 25kg/bag, 40 bags/pallet (1,000kg)
  Quantity: 3,000kg (3 full pallets; we only ship full pallets)
  Unit price: RMB 27,600.00/MT (metric ton, 1,000kg)
  Lead time: 15 days after deposit

Item 4: OR-0120-NBR70, O-ring 12x2 NBR70 black
  Quantity: 50,000pcs
  Unit price: RMB 0.12/pc
  Lead time: in stock

Item 5: HSE-2SN-08, hydraulic hose EN853 2SN DN12
  Quantity: 800m
  Unit price: RMB 19.80/m
  Lead time: 20-25 days

Sorry, bearing (item 3) is not our product, we can not offer.

Trade term: FOB Shanghai
Payment: 30% T/T deposit, 70% before shipment
Validity: 30 days

Best regards,
Grace Xu
Shanghai Huaxin Polymer Materials Co., Ltd.
Tel: +86 21 5555 0182  WeChat: gracexu_hx
"""),
       "partial", "CNY", "2026-07-12", "FOB",
       [line(1, 27.60, "CNY", qty=3000, lead=15), nob(3), line(4, 0.12, "CNY", lead=0), line(5, 19.80, "CNY", lead=25)],
       ["currency-differs", "missing-line", "no-bid", "quantity-differs"])


# u344 a Tokyo bearing and seal dealer, HTML only (UTF-8, quoted-printable). The yen are named only in the price column's
# header "単価 Unit Price (JPY)"; the cells are bare whole numbers -> JPY -> currency-differs. Bearing "520" -> 520,
# 納期 "即納 (ex stock)" -> 0. O-rings "3,400 / 1,000個" -> 3.40 per piece, "3週間 (3 weeks)" -> 21 (Jul 3, before
# Aug 17). Seal kit "4,200 / セット" (per set) -> 4,200, "8週間 (8 weeks)" -> 56 (Aug 7, before Sep 21). Quantities as
# asked -> null. Resin, sheet and hose rows "見積辞退 (no quote)" -> declined. "見積有効期限: 2026年7月末日 (end of July
# 2026)" -> 2026-07-31 (not short); "CPT Chicago" -> CPT. Partial, currency-differs and no-bid.
assert close(3400 / 1000, 3.4) and plus("2026-06-12", 56) == "2026-08-07" and plus("2026-06-12", 21) == "2026-07-03"
U344_TD = 'style="border:1px solid #999999;padding:2px 6px"'
U344_ROWS = [("No.", "品番 Part No.", "品名 Description", "数量 Qty", "単価 Unit Price (JPY)", "納期 Delivery"),
             ("1", "RES-PA66-GF30", "PA66 GF30 樹脂 resin", "2,500kg", "見積辞退 (no quote)", "-"),
             ("2", "SHT-5052H32-030", "アルミ板 Al sheet 5052-H32", "90枚", "見積辞退 (no quote)", "-"),
             ("3", "BRG 6205-2RS", "深溝玉軸受 6205-2RS C3 (SKF)", "400個", "520", "即納 (ex stock)"),
             ("4", "OR-0120-NBR70", "Oリング 12x2 NBR70", "50,000個", "3,400 / 1,000個", "3週間 (3 weeks)"),
             ("5", "HSE-2SN-08", "油圧ホース hydraulic hose 2SN DN12", "800m", "見積辞退 (no quote)", "-"),
             ("6", "KIT-PX200-SEAL", "シールキット seal kit PX-200", "150セット", "4,200 / セット", "8週間 (8 weeks)")]
U344_TABLE = ("<table cellspacing=\"0\" style=\"border-collapse:collapse;font-size:10pt\">\n"
              + "\n".join("<tr>" + "".join((f"<th {U344_TD}>{c}</th>" if i == 0 else f"<td {U344_TD}>{c}</td>") for c in r) + "</tr>"
                          for i, r in enumerate(U344_ROWS))
              + "\n</table>")
blind("u344-jp-html-yen-in-header-only", H.msg("Yuki Takahashi <y.takahashi@kanto-bearing.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'MS PGothic',Meiryo,sans-serif;font-size:10pt">
<p>Lena Marsh 様</p>
<p>お世話になっております。関東ベアリング商事の高橋です。<br>
Thank you for your RFQ HM-RFQ-2611. Please find our quotation below.</p>
{U344_TABLE}
<p>受渡条件 / Terms: CPT Chicago (Incoterms 2020)<br>
見積有効期限: 2026年7月末日 (end of July 2026)<br>
お支払条件 / Payment: T/T in advance</p>
<p>何卒よろしくお願い申し上げます。<br>
高橋 由紀 / Yuki Takahashi<br>
関東ベアリング商事株式会社 / Kanto Bearing Trading Co., Ltd.<br>
TEL +81-3-5555-0161</p>
</body></html>""", cte="quoted-printable"),
       "partial", "JPY", "2026-07-31", "CPT",
       [nob(1), nob(2), line(3, 520.0, "JPY", lead=0), line(4, 3.4, "JPY", lead=21), nob(5), line(6, 4200.0, "JPY", lead=56)],
       ["currency-differs", "no-bid"])


# u345 a Busan hose maker: "We quote in USD as your request. KRW price in ( ) is only reference (USD 1 = KRW 1,374)" ->
# USD, the won in brackets never win, no currency-differs. Hose "USD 4.52/m (KRW 6,210)" -> 4.52 per metre, "4 weeks" ->
# 28 (Jul 10, before Sep 1). Seal kit "USD 29.40/set (KRW 40,396)" -> 29.40, "6~7 weeks" (a tilde range) -> upper bound
# 49 (Jul 31, before Sep 21). O-rings "USD 0.0205/pc (KRW 28)" -> 0.0205, "stock" -> 0. Quantities as asked -> null.
# Resin, sheet and bearing never mentioned -> missing-line. "Validity : 2026.07.31" -> 2026-07-31 (not short); "FOB
# Busan" -> FOB. Partial, missing-line.
U345_KRW = [(4.52, 6210), (29.40, 40396), (0.0205, 28)]
assert all(round(usd * 1374) == krw for usd, krw in U345_KRW) and plus("2026-06-12", 49) == "2026-07-31"
blind("u345-kr-usd-krw-reference-tilde-range", H.msg("Kim Min-seo <minseo.kim@daeil-hyd.example>", "text/plain", """Dear Lena Marsh,

This is Kim Min-seo from Daeil Hydraulics in Busan, Korea.
Thank you for your RFQ HM-RFQ-2611. We quote in USD as your request.
KRW price in ( ) is only reference (USD 1 = KRW 1,374).

■ HSE-2SN-08  Hydraulic hose EN853 2SN DN12, 800 m
  - Price : USD 4.52/m (KRW 6,210)
  - Delivery : 4 weeks

■ KIT-PX200-SEAL  Seal kit for PX-200, 150 sets
  - Price : USD 29.40/set (KRW 40,396)
  - Delivery : 6~7 weeks

■ OR-0120-NBR70  O-ring 12x2 NBR70, 50,000 pcs
  - Price : USD 0.0205/pc (KRW 28)
  - Delivery : stock

Delivery term : FOB Busan
Payment : T/T 30 days
Validity : 2026.07.31

Thank you and best regards.
Kim Min-seo (김민서) / Assistant Manager, Export Team
Daeil Hydraulics Co., Ltd.
Tel : +82-51-555-0174
"""),
       "partial", "USD", "2026-07-31", "FOB",
       [line(4, 0.0205, lead=0), line(5, 4.52, lead=28), line(6, 29.40, lead=49)],
       ["missing-line"])


# u346 a Sharjah industrial trader, us-ascii. "Currency: UAE Dirham (AED)" once, and "Unit Price (AED)" in the header ->
# AED -> currency-differs. S/N 02 sheet "545.00" -> 545.00, "3-4 weeks" -> 28 (Jul 10, before Aug 10); S/N 03 bearing
# "12.75" -> 12.75, "Ex-stock Sharjah" -> 0; S/N 05 hose "16.40" per mtr -> 16.40, "2 weeks" -> 14 (Jun 26, before
# Sep 1). Quantities as asked -> null. The Total column (49,050.00; 5,100.00; 13,120.00), sub-total 67,270.00, "VAT 5%"
# 3,363.50 and grand total 70,633.50 are not unit prices; VAT is no deviation. "We regret we are unable to quote S/N 01,
# 04 and 06 (resin, O-rings and seal kits)" -> lines 1, 4, 6 declined. "Validity: 7 days only" from Fri 12 Jun ->
# 2026-06-19, earlier than Jul 3 -> validity-short. "CFR New York" -> CFR. Partial, currency-differs, no-bid and
# validity-short.
assert 90 * 545 == 49050 and 400 * 12.75 == 5100 and close(800 * 16.40, 13120) and 49050 + 5100 + 13120 == 67270
assert close(67270 * 0.05, 3363.50) and close(67270 + 3363.50, 70633.50) and plus("2026-06-12", 7) == "2026-06-19"
blind("u346-ae-aed-vat-line-7-days", H.msg("Faisal Qureshi <faisal@al-noor-industrial.example>", "text/plain", """Dear Lena,

Greetings from Sharjah!

We thank you for your RFQ HM-RFQ-2611 and are pleased to quote as under. Currency: UAE Dirham (AED).

S/N  Part No.          Description                      Qty       Unit Price (AED)   Total (AED)    Delivery
02   SHT-5052H32-030   Al sheet 5052-H32 3x1250x2500    90 pcs    545.00             49,050.00      3-4 weeks
03   BRG 6205-2RS      Bearing 6205-2RS C3 (SKF)        400 pcs   12.75              5,100.00       Ex-stock Sharjah
05   HSE-2SN-08        Hyd. hose 2SN 1/2"               800 mtr   16.40              13,120.00      2 weeks
                                                                  Sub-total          67,270.00
                                                                  VAT 5%             3,363.50
                                                                  Grand total        70,633.50

We regret we are unable to quote S/N 01, 04 and 06 (resin, O-rings and seal kits).

Terms & Conditions:
- Delivery terms: CFR New York
- Payment: 100% advance by TT
- Validity: 7 days only, due to metal price fluctuation

Looking forward to your valued order.

Best Regards,
Faisal Qureshi
Sales Manager
Al Noor Industrial Trading LLC, Industrial Area 6, Sharjah, UAE
Tel: +971 6 555 0139 | Mob: +971 55 555 0172
""", charset="us-ascii", cte="7bit"),
       "partial", "AED", "2026-06-19", "CFR",
       [nob(1), line(2, 545.00, "AED", lead=28), line(3, 12.75, "AED", lead=0), nob(4), line(5, 16.40, "AED", lead=14),
        nob(6)],
       ["currency-differs", "no-bid", "validity-short"])


# u347 a Pune polymer and aluminium stockist, us-ascii, "all rates are in INR" -> INR -> currency-differs. Resin "Rs.
# 2,85,000.00 per MT" - lakh grouping, 285,000 rupees per metric ton - against the KG line -> 285,000 / 1,000 = 285.00
# per kg; "Qty: 2.5 MT (100 bags)" = 2,500 kg as asked -> null; "2-3 weeks from PO" -> 21 (Jul 3, before Jul 20). Sheet
# "Rs. 11,850.00 per No." -> 11,850.00, "8-10 weeks" -> 70 (Jun 12 + 70 = Aug 21, AFTER the Aug 10 need-by ->
# lead-time-after-need-by). The amounts "Rs. 7,12,500.00" (2.5 x 2,85,000) and "Rs. 10,66,500.00" (90 x 11,850) are
# not unit prices. "Item nos. 3 to 6 (BRG 6205-2RS, OR-0120-NBR70, HSE-2SN-08, KIT-PX200-SEAL): we regret" -> declined.
# GST extra is a tax remark. "Offer valid till 15th July 2026" -> 2026-07-15 (not short); "Ex-works Pune" -> EXW.
# Partial, currency-differs, lead-time-after-need-by and no-bid.
assert lakh(285000) == "2,85,000.00" and lakh(2.5 * 285000) == "7,12,500.00" and lakh(90 * 11850) == "10,66,500.00"
assert close(285000 / 1000, 285.0) and plus("2026-06-12", 70) == "2026-08-21" and plus("2026-06-12", 21) == "2026-07-03"
blind("u347-in-inr-lakh-rate-per-mt", H.msg("Anand Deshpande <anand.d@sahyadri-polymet.example>", "text/plain", """Dear Ms. Lena,

Greetings from Sahyadri Polymers & Metals!

We thank you for your valued enquiry HM-RFQ-2611. Please find our offer for item nos. 1 and 2 below; all rates are
in INR.

Item no. 1 - RES-PA66-GF30 (PA66 GF30, heat stabilised, black, 25 kg bags)
   Qty      : 2.5 MT (100 bags)
   Rate     : Rs. 2,85,000.00 per MT
   Amount   : Rs. 7,12,500.00
   Delivery : 2-3 weeks from PO

Item no. 2 - SHT-5052H32-030 (Aluminium sheet 5052-H32, 3.0 x 1250 x 2500 mm, PVC film one side)
   Qty      : 90 Nos.
   Rate     : Rs. 11,850.00 per No.
   Amount   : Rs. 10,66,500.00
   Delivery : 8-10 weeks (as per mill rolling schedule)

Item nos. 3 to 6 (BRG 6205-2RS, OR-0120-NBR70, HSE-2SN-08, KIT-PX200-SEAL): we regret, these are not in our
product range.

Commercial terms:
Price basis : Ex-works Pune
GST         : Extra @ 18%
Payment     : 100% against proforma invoice
Validity    : Offer valid till 15th July 2026

Thanks & Regards,
Anand Deshpande
Sahyadri Polymers & Metals Pvt. Ltd., Chakan MIDC, Pune 410501
Mob: +91 98900 55537
""", charset="us-ascii", cte="7bit"),
       "partial", "INR", "2026-07-15", "EXW",
       [line(1, 285.00, "INR", lead=21), line(2, 11850.00, "INR", lead=70), nob(3), nob(4), nob(5), nob(6)],
       ["currency-differs", "lead-time-after-need-by", "no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u348 a Suzhou machine shop: "We quote in EUR according to your request, RMB price in bracket for reference only (1 EUR
# = 8.17 RMB)" -> EUR, the RFQ currency; the RMB never wins. Shaft "EUR 36.50/pc (RMB 298.21)" -> 36.50, "35 days" -> 35
# (Jul 20, before Aug 28). Housing "EUR 845.00/pc (RMB 6,903.65)" -> 845.00, "45-50 days incl. pattern" -> 50 (Aug 4,
# before Oct 2); "Pattern cost: EUR 1,200.00 (RMB 9,804.00), one time" -> note. Bracket set "EUR 9.80/set (RMB 80.07)" ->
# 9.80, "30 days" -> 30 (Jul 15, before Oct 9). Quantities not restated -> null. "Item 3 and item 4 are standard
# purchased parts, sorry we do not quote" -> declined. "Validity: 30 days" from Mon 15 Jun -> 2026-07-15 (not short);
# "FOB Shanghai" -> FOB. Partial, no-bid and note.
U348_RMB = [(36.50, "298.21"), (845.00, "6,903.65"), (1200.00, "9,804.00"), (9.80, "80.07")]
assert all(f"{round(eur * 8.17 + 1e-9, 2):,.2f}" == rmb for eur, rmb in U348_RMB)
assert plus("2026-06-15", 50) == "2026-08-04" and plus("2026-06-15", 30) == "2026-07-15"
blind2("u348-cn-eur-rmb-in-brackets-pattern", V.msg("Lily Zhang <lily@huarui-precision.example>", "text/plain", """Dear Mr. Jonas,

Nice day! This is Lily from Suzhou Huarui Precision Machinery.
Thanks for your RFQ VM-RFQ-4418. We quote in EUR according to your request, RMB price in bracket for reference only
(1 EUR = 8.17 RMB).

Item 1  SH-2231-C rev B  drive shaft 42CrMo4, QT, ground
        EUR 36.50/pc (RMB 298.21)      Lead time: 35 days
Item 2  HSG-1180-GJL  gearbox housing HT250 (EN-GJL-250), machined, primed RAL 7035
        EUR 845.00/pc (RMB 6,903.65)   Lead time: 45-50 days incl. pattern
        Pattern cost: EUR 1,200.00 (RMB 9,804.00), one time
Item 5  2231-004-03  sensor bracket set L+R, 6082-T6, anodized black
        EUR 9.80/set (RMB 80.07)       Lead time: 30 days

Item 3 and item 4 are standard purchased parts, sorry we do not quote.

Price term: FOB Shanghai
Payment: 30% T/T in advance, balance before shipment
Validity: 30 days

Best regards,
Lily Zhang
Suzhou Huarui Precision Machinery Co., Ltd.
Mob/WhatsApp: +86 139 5555 0148
"""),
       "partial", "EUR", "2026-07-15", "FOB",
       [line(1, 36.50, "EUR", lead=35), line(2, 845.00, "EUR", lead=50), nob(3), nob(4), line(5, 9.80, "EUR", lead=30)],
       ["no-bid", "note"])


# u349 an Osaka pneumatics maker, text/plain UTF-8 in base64, Japanese with English. "価格は日本円です (prices in Japanese
# yen, JPY)" -> JPY -> currency-differs. Fitting "単価: JPY 980/個" -> 980, "納期: 在庫品 (from stock)" -> 0. Cylinder:
# "当社相当品 our equivalent model: KCA32-80-PA" instead of the Festo DSBC-32-80-PPVA-N3 -> alternatePartNumber
# KCA32-80-PA (alternate-part), "JPY 14,800/個" -> 14,800, "受注後 4週間 (4 weeks after order)" -> 28 (Jul 13, before
# Sep 11). Quantities not restated -> null. "Item 1, 2, 5 are machined parts, 見積辞退させていただきます (we decline to
# quote)" -> declined. "見積有効期限 / Validity: 2026年7月24日" -> 2026-07-24 (not short: limit Jul 10); "CIP Bielefeld" ->
# CIP. Partial, alternate-part, currency-differs and no-bid.
assert plus("2026-06-15", 28) == "2026-07-13"
blind2("u349-jp-yen-base64-equivalent-cylinder", V.msg("Daisuke Ogawa <d.ogawa@naniwa-pneumatic.example>", "text/plain", """Albers 様 / Dear Mr. Albers,

Thank you for your inquiry VM-RFQ-4418.
We are pneumatic component maker in Osaka. We can offer item 3 and item 4 as below.
価格は日本円です (prices in Japanese yen, JPY).

【Item 3】FIT-316-G12-10  ステンレス継手 / stainless male connector G1/2 - 10 mm, 316L
  数量: 2,000個
  単価: JPY 980/個
  納期: 在庫品 (from stock)

【Item 4】DSBC-32-80-PPVA-N3 (Festo)
  → 当社相当品 our equivalent model: KCA32-80-PA (ISO 15552, bore 32, stroke 80, adjustable cushion)
  数量: 120個
  単価: JPY 14,800/個
  納期: 受注後 4週間 (4 weeks after order)

Item 1, 2, 5 are machined parts, 見積辞退させていただきます (we decline to quote).

受渡条件 / Terms: CIP Bielefeld (Incoterms 2020)
見積有効期限 / Validity: 2026年7月24日

よろしくお願いいたします。
小川 大輔 / Daisuke Ogawa
浪速ニューマチック株式会社 / Naniwa Pneumatic Co., Ltd., Overseas Dept.
TEL +81-6-5555-0158
""", cte="base64"),
       "partial", "JPY", "2026-07-24", "CIP",
       [nob(1), nob(2), line(3, 980.0, "JPY", lead=0), line(4, 14800.0, "JPY", lead=28, alt="KCA32-80-PA"), nob(5)],
       ["alternate-part", "currency-differs", "no-bid"])


# u350 a Gebze CNC shop, text/plain windows-1254 quoted-printable, Turkish with English. "Our offer is in EUR, TL prices
# in brackets are for information only (1 EUR = 45,00 TL)" -> EUR, the RFQ currency; the lira never win. Shaft "38,60 €
# (1.737,00 TL)" -> 38.60, "6-8 hafta (weeks)" -> 56 (Aug 10, before Aug 28). Bracket set "10,90 €/takım (490,50 TL)"
# (takım = set) -> 10.90, "5 hafta" -> 35 (Jul 20, before Oct 9), "Minimum sipariş / MOQ: 200 takım" above the 150 asked
# -> moq-above-quantity (quantity not restated -> null). Housing "dökümhane kapasitemiz dolu, teklif veremiyoruz (our
# foundry is full, we cannot quote)" -> declined. Fitting and cylinder never mentioned -> missing-line. KDV (VAT) excluded
# is a VAT remark. "Teklif geçerliliği / validity: 31.07.2026" -> 2026-07-31 (not short); "DAP Bielefeld" -> DAP.
# Partial, missing-line, moq-above-quantity and no-bid.
assert close(38.60 * 45, 1737.00) and close(10.90 * 45, 490.50) and plus("2026-06-15", 56) == "2026-08-10"
blind2("u350-tr-eur-tl-in-brackets-moq", V.msg("Burak Şahin <burak.sahin@marmara-cnc.example>", "text/plain", """Dear Mr. Albers,

Thank you for your inquiry VM-RFQ-4418. We are CNC machining company in Gebze / Kocaeli.
Our offer is in EUR, TL prices in brackets are for information only (1 EUR = 45,00 TL, today's Central Bank rate).

Poz. 1 - SH-2231-C rev B, mil 42CrMo4 (drive shaft)
   Birim fiyat / unit price: 38,60 € (1.737,00 TL)
   Termin / delivery: 6-8 hafta (weeks)

Poz. 5 - 2231-004-03, sensör braket takımı (bracket set L+R), siyah eloksal (black anodised)
   Birim fiyat / unit price: 10,90 €/takım (490,50 TL)
   Termin / delivery: 5 hafta
   Minimum sipariş / MOQ: 200 takım (sets)

Poz. 2 - HSG-1180-GJL: dökümhane kapasitemiz dolu, teklif veremiyoruz (our foundry is full, we cannot quote).

KDV hariç (VAT excluded). Teslim şekli / delivery term: DAP Bielefeld.
Teklif geçerliliği / validity: 31.07.2026

Saygılarımızla / Best regards,
Burak Şahin
Marmara CNC İşleme San. ve Tic. A.Ş., Gebze OSB, Kocaeli
Tel: +90 262 555 01 93
""", charset="windows-1254", cte="quoted-printable"),
       "partial", "EUR", "2026-07-31", "DAP",
       [line(1, 38.60, "EUR", lead=56), nob(2), line(5, 10.90, "EUR", lead=35, moq=200)],
       ["missing-line", "moq-above-quantity", "no-bid"])


# u351 a Kolhapur foundry, us-ascii, "(all prices in Indian Rupees)" and "Rate (Rs./No.)" -> INR against the EUR RFQ ->
# currency-differs. Item 1 shaft "3,850.00" per No. -> 3,850.00, "6 weeks" -> 42 (Jul 27, before Aug 28). Item 2 housing
# "1,12,500.00" - lakh grouping, one lakh twelve thousand five hundred rupees - per No. -> 112,500.00, "10-12 weeks incl.
# pattern" -> 84 (Sep 7, before Oct 2); "Minimum batch quantity for the housing is 30 Nos. per pour" -> moq 30, above
# the 25 asked -> moq-above-quantity (the quantity column says 25 Nos -> null). "Items 3, 4 and 5 ... not in our scope
# of supply - regret" -> declined. GST extra is a tax remark. "Validity: 60 days" from Mon 15 Jun -> 2026-08-14 (not
# short); "Ex-works Kolhapur" -> EXW. Partial, currency-differs, moq-above-quantity and no-bid.
assert lakh(112500) == "1,12,500.00" and plus("2026-06-15", 84) == "2026-09-07" and plus("2026-06-15", 60) == "2026-08-14"
blind2("u351-in-inr-lakh-housing-min-batch", V.msg("Vikram Patil <vikram.patil@panchganga-castings.example>", "text/plain", """Dear Sir,

Sub: Our offer against your RFQ VM-RFQ-4418

We thank you for the above enquiry. We are a grey iron foundry with in-house CNC machining at Kolhapur and are
pleased to quote for the following items (all prices in Indian Rupees):

Item  Part No.          Description                               Qty       Rate (Rs./No.)   Delivery
1     SH-2231-C rev B   Drive shaft 42CrMo4, turned & ground      250 Nos   3,850.00         6 weeks
2     HSG-1180-GJL      Gearbox housing EN-GJL-250, machined      25 Nos    1,12,500.00      10-12 weeks incl. pattern

Note: Minimum batch quantity for the housing is 30 Nos. per pour.

Items 3, 4 and 5 (fitting, cylinder and bracket set) are not in our scope of supply - regret.

Terms & Conditions:
Price basis : Ex-works Kolhapur
GST         : Extra as applicable
Payment     : 30% advance with PO, balance before dispatch
Validity    : 60 days

Thanking you and assuring our best services at all times.

Yours faithfully,
for Panchganga Castings Pvt. Ltd.
Vikram Patil
Asst. General Manager - Marketing
Shiroli MIDC, Kolhapur 416122 | Mob: +91 94220 55561
""", charset="us-ascii", cte="7bit"),
       "partial", "INR", "2026-08-14", "EXW",
       [line(1, 3850.00, "INR", lead=42), line(2, 112500.00, "INR", lead=84, moq=30), nob(3), nob(4), nob(5)],
       ["currency-differs", "moq-above-quantity", "no-bid"])


# u352 a Taichung pneumatics firm that only asks before quoting: may it quote in NT$ or USD instead of EUR, and is the G1/2
# thread parallel or taper? It promises the quotation "within 2 working days" after the answer (not a lead time). No
# price, no decline -> unparseable, no lines, no deviation kinds; classification "question" as for u297.
blind2("u352-tw-question-currency", V.msg("Amy Lin <amy.lin@formosa-pneumatic.example>", "text/plain", """Dear Jonas,

Thanks for your RFQ VM-RFQ-4418. We are interest to quote item 3 (FIT-316-G12-10) and item 4 (DSBC-32-80-PPVA-N3).

Before we send the offer, please kindly confirm two points:
1. Can we quote in NT$ or USD? Our price list is in NT$, a EUR price will have exchange rate risk for us.
2. For item 3, the thread G1/2 is BSPP (parallel) or BSPT (taper)?

After your confirmation we will send the quotation within 2 working days.

Best regards,
Amy Lin
Sales Dept. | Formosa Pneumatic Co., Ltd., Taichung, Taiwan
Tel: +886-4-2555-0137
""", charset="us-ascii", cte="7bit"),
       "unparseable", None, None, None, [], [])
classify("question")


if __name__ == "__main__":
    ROUND.write()

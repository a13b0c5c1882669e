#!/usr/bin/env python3
"""Writes replies u305..u320 (Corpus/u*.eml + expected u*.json) - the twentieth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the nineteen earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. The theme is DISTRIBUTOR AND PORTAL QUOTES: auto-generated quote emails from distributors' quoting
systems, supplier portals and an online manufacturing platform - quote numbers and account numbers in a header block,
"Customer P/N" next to "Mfr P/N" / "Hersteller-Nr." columns (the manufacturer's number of the SAME item, no alternate),
extended prices next to unit prices and quoted totals, break grids of four to six tiers as columns and as rows (per
bag), a "Price Per" / "PE" / "Per" column (per 100, per 1000, per pack of 50), pack prices (carton of 500, box of
2,500, bag of 1,000, bag of 500), "Stock Avail." against "Factory LT" (stock at or above the quantity ships from
stock), business days, date codes and an O-ring cure date, NCNR flags (always next to a real note: a tariff surcharge
or a price-increase clause), an "Auto-Submitted: auto-generated" header on a real quote, a hose sold by the FULL REEL
(800 m asked, 2 x 500 m quoted -> quantity-differs), two lines "Quote pending from manufacturer" (neither priced nor
declined -> left out -> missing-line), a substitute part in a "Quoted P/N" column, an EOL cylinder quoted as its
replacement, GBP and USD against the EUR/USD RFQs, a portal "Declined" status mail (full no-bid), a 14-day instant
quote (validity-short) and a late housing. Plain text, HTML only, multipart/alternative, one CSV and one semicolon CSV,
two XLSX exports.
The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, xlsx  # expected-line shapes, one-sheet workbook writer
from blind_round import Round, close, plus, workdays  # the round's cases, checked and written; date and amount helpers
from make_blind5 import file_part, multipart, text_part  # MIME parts for the blind2 messages
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()
import datetime

ROUND = Round(305)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"



TD = 'style="border:1px solid #BFBFBF;padding:3px 6px"'


def html_table(head, rows, td=TD, th_bg="#DCE6F1"):
    """A plain bordered HTML table: one header row, then the rows (a cell given as (attrs, text) carries its own
    attributes instead of td)."""
    def cell(tag, c):
        if isinstance(c, tuple):
            return f"<{tag} {c[0]}>{c[1]}</{tag}>"
        return f"<{tag} {td}>{c}</{tag}>"
    return ("<table cellspacing=\"0\" style=\"border-collapse:collapse;font-size:9pt\">\n"
            f"<tr style=\"background:{th_bg}\">" + "".join(cell("th", h) for h in head) + "</tr>\n"
            + "\n".join("<tr>" + "".join(cell("td", c) for c in r) + "</tr>" for r in rows)
            + "\n</table>")


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.

# u305 a distributor's quoting system, plain text, sent from a no-reply address with "Auto-Submitted: auto-generated"
# (it is still a quote, not an auto-reply). Header block: quote number, account number, "Currency: USD", "Ship terms:
# FCA Fort Worth, TX" -> FCA, "Expires: 06-Jul-2026" -> 2026-07-06 (not short). The grid has "Customer P/N" (the RFQ's
# numbers) and "Mfr P/N" (the maker's number of the same item, "shown for reference only ... no substitutions") -> no
# alternates. "Quote Qty" restates the requested quantities -> null. Unit price and extended price side by side:
# gasket 0.1790 (5,000 x 0.179 = 895.00), cable 1.3620 per M (1,500 x 1.362 = 2,043.00), screws 0.0301 (602.00), springs
# 0.0712 (569.60); quoted total 4,109.60. Lead time by the footnote: Stock Avail. at or above the quantity ships from
# stock -> 0, otherwise the factory LT: gasket stock 0 -> 4 wks = 28 (Jun 5 + 28 = Jul 3, before Aug 3); cable 6,100 M
# >= 1,500 -> 0; screws 38,500 >= 20,000 -> 0 (their "10 wks" factory LT does not apply); springs stock 0 -> 6 wks = 42
# (Jul 17, before Jul 27). Plate "NO QUOTE" (made-to-print) -> declined. Partial, no-bid.
assert close(5000 * 0.179, 895) and close(1500 * 1.362, 2043) and close(20000 * 0.0301, 602) and close(8000 * 0.0712, 569.60)
assert close(895 + 2043 + 602 + 569.60, 4109.60)
assert plus("2026-06-05", 28) == "2026-07-03" and plus("2026-06-05", 42) == "2026-07-17"
sample("u305-portal-text-mfr-pn-stock-vs-factory", S.msg("Brazos Industrial Supply <quotes-noreply@brazos-supply.example>", "text/plain", """*** This message was generated by the Brazos quoting system. Replies go to your sales contact. ***

QUOTATION BQ-2606-048815                                         Page 1 of 1
Quote date:  05-Jun-2026                      Expires:   06-Jul-2026
Customer:    Northridge (acct 440192)         Your ref:  NR-RFQ-0619
Attention:   Nora Reyes                       Sales:     Tamara Ellis (ext. 4471)
Currency:    USD                              Terms:     Net 30
Ship terms:  FCA Fort Worth, TX (Incoterms 2020)

Ln  Customer P/N    Mfr P/N           Mfr         Quote Qty   Unit Price   Ext. Price   Stock Avail.  Factory LT
--  --------------  ----------------  ----------  ----------  -----------  -----------  ------------  ----------
1   GSK-EPDM-80     GE70-080-062-03   Gaskon      5,000 EA    0.1790       895.00       0             4 wks
2   CBL-4C22-PUR    LP-4X22S-PUR-BK   Lapwire     1,500 M     1.3620       2,043.00     6,100 M       5 wks
3   SCR-M4X10-A2    4762-0410-A2      Kesselring  20,000 EA   0.0301       602.00       38,500        10 wks
4   PLT-0915-R2     --                --          120 EA      NO QUOTE     --           --            --
5   SPR-C0630-302   CS-063-302-30     Ridgecoil   8,000 EA    0.0712       569.60       0             6 wks

                                                  Quoted total (USD):   4,109.60

Notes
- Lead time: lines with Stock Avail. at or above the quote quantity ship from stock within 24 hours;
  otherwise the factory lead time applies.
- Mfr P/N is shown for reference only. All lines are quoted to your part numbers, no substitutions.
- Line 4: custom machined part - we do not quote made-to-print items.

Questions? Contact Tamara Ellis, tellis@brazos-supply.example, 817-555-0146 ext. 4471.
Brazos Industrial Supply, 2200 Meacham Blvd, Fort Worth, TX 76106
""", subject="Quotation BQ-2606-048815 - your ref NR-RFQ-0619",
       extra="Reply-To: Tamara Ellis <tellis@brazos-supply.example>\nAuto-Submitted: auto-generated\n"),
       "partial", "USD", "2026-07-06", "FCA",
       [line(1, 0.179, lead=28), line(2, 1.362, lead=0), line(3, 0.0301, lead=0), nob(4), line(5, 0.0712, lead=42)],
       ["no-bid"])


# u306 HTML only: a fastener distributor's "your quote is ready" mail with a SIX-tier break grid as columns (1+ / 100+ /
# 1,000+ / 5,000+ / 10,000+ / 25,000+), a "Your qty" column and the extended price at that quantity. The applicable
# break: gasket 5,000 -> 5,000+ = 0.184 (ext 920.00); screws 20,000 -> 10,000+ = 0.0298 (ext 596.00); springs 8,000 ->
# 5,000+ = 0.0748 (ext 598.40). Quantities as asked -> null. Availability "In stock" -> 0 for gasket and screws;
# springs "Factory lead time 5 weeks" -> 35 (Jun 5 + 35 = Jul 10, before Jul 27). Cable row "No Quote" -> declined.
# The plate is not in the mail at all -> missing-line. "All prices in USD per piece"; "Prices valid through June 30,
# 2026" -> 2026-06-30 (not short); "FCA Cincinnati, OH" -> FCA. Partial, missing-line and no-bid.
assert close(5000 * 0.184, 920) and close(20000 * 0.0298, 596) and close(8000 * 0.0748, 598.40)
assert plus("2026-06-05", 35) == "2026-07-10"
U306_R = 'style="border:1px solid #BFBFBF;padding:3px 6px;text-align:right"'
U306_ROWS = [
    ("1", "GSK-EPDM-80", "Gasket EPDM 70A, 80 x 62 x 3 mm", "5,000", "0.412", "0.298", "0.221", "<b>0.184</b>", "0.169", "0.158", "$920.00", "In stock"),
    ("2", "CBL-4C22-PUR", "Cable 4 x 22 AWG shielded PUR", "1,500 m", (TD + ' colspan="7"', "No Quote &ndash; wire &amp; cable is not on our line card"), "&ndash;"),
    ("3", "SCR-M4X10-A2", "SHCS M4 x 10, ISO 4762, A2-70", "20,000", "0.118", "0.064", "0.0395", "0.0332", "<b>0.0298</b>", "0.0271", "$596.00", "In stock"),
    ("5", "SPR-C0630-302", "Comp. spring 302 SS, 0.6 x 6.3 x 30", "8,000", "0.265", "0.152", "0.0954", "<b>0.0748</b>", "0.0689", "0.0627", "$598.40", "Factory lead time 5 weeks"),
]
sample("u306-html-six-tier-break-grid", S.msg("Ohio Valley Fastener Supply <quotedesk@ovfastener.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt;color:#222">
<table width="100%" style="background:#0B3C5D;color:#FFFFFF"><tr><td style="padding:8px;font-size:14pt"><b>OVFS QuoteDesk</b></td>
<td style="padding:8px;text-align:right">Quote <b>Q-318842</b><br>Ref: NR-RFQ-0619</td></tr></table>
<p>Hello Nora Reyes,</p>
<p>Your quote <b>Q-318842</b> is ready. All prices in USD per piece; the bold price is the break that applies to your quantity.</p>
{html_table(("Line", "Customer P/N", "Description", "Your qty", "1+", "100+", "1,000+", "5,000+", "10,000+", "25,000+", "Ext. at your qty", "Availability"), U306_ROWS)}
<p>Prices valid through June 30, 2026. Shipping terms FCA Cincinnati, OH (Incoterms 2020). Payment net 30 on approved credit.</p>
<p style="font-size:8pt;color:#777">This quote was generated by OVFS QuoteDesk. Your account manager: Brian Kowal, 513-555-0162.<br>
Ohio Valley Fastener Supply &middot; 4410 Spring Grove Ave &middot; Cincinnati, OH 45232</p>
</body></html>""", cte="quoted-printable", subject="Your quote Q-318842 is ready (NR-RFQ-0619)"),
       "partial", "USD", "2026-06-30", "FCA",
       [line(1, 0.184, lead=0), nob(2), line(3, 0.0298, lead=0), line(5, 0.0748, lead=35)],
       ["missing-line", "no-bid"])


# u307 a short body + the quoting system's CSV export. Columns Unit Price and "Price Per" (the price basis) and Ext Price:
# gasket 0.1812 per 1 (5,000 x 0.1812 = 906.00), "Stock" -> 0; cable 1.295 per 1 on the metre line, "Cut length" of
# 1,500 M (1,942.50), "2 wks" -> 14 (Jun 19, before Jul 20); screws 3.05 per 100 -> 0.0305 (200 x 3.05 = 610.00),
# "Stock" -> 0; springs 68.90 per 1000 -> 0.0689 (8 x 68.90 = 551.20), "8 wks" -> 56 (Jun 5 + 56 = Jul 31, AFTER the
# Jul 27 need-by -> lead-time-after-need-by). Quantities as asked -> null. The Date Code column (2025+, 2601, 2614) and
# the Mfr P/N column are no prices and no alternates. Plate row "No bid - made to print" -> declined. NCNR "Y" on the
# cable and the springs is a sales condition; the springs also carry "a tariff surcharge may be added at time of
# shipment" -> note (the set holds "note" through the surcharge either way). "Quote valid until July 17, 2026" (not
# short); "FCA Reno, NV" -> FCA; "All prices in US dollars". Partial, lead-time-after-need-by, no-bid, note.
assert close(5000 * 0.1812, 906) and close(1500 * 1.295, 1942.50) and close(20000 / 100 * 3.05, 610) and close(8000 / 1000 * 68.90, 551.20)
assert close(3.05 / 100, 0.0305) and close(68.90 / 1000, 0.0689) and plus("2026-06-05", 56) == "2026-07-31"
U307_CSV = S.crlf('''Quote No,Line,Customer P/N,Mfr P/N,Description,Packaging,Qty,UOM,Unit Price,Price Per,Ext Price,Date Code,Lead Time,NCNR,Notes
SQ-77120-R0,1,GSK-EPDM-80,EG-80623-70,"Gasket, EPDM 70A, 80 x 62 x 3 mm",Carton of 1000,5000,EA,0.1812,1,906.00,2025+,Stock,N,
SQ-77120-R0,2,CBL-4C22-PUR,4C22SPUR-BK,"Cable, 4 x 22 AWG, shielded, PUR",Cut length,1500,M,1.295,1,1942.50,,2 wks,Y,
SQ-77120-R0,3,SCR-M4X10-A2,ISO4762-M4X10-A2,"SHCS M4 x 10, A2-70",Box of 2500,20000,EA,3.05,100,610.00,2601,Stock,N,
SQ-77120-R0,4,PLT-0915-R2,,"Motor base plate, 6082-T6",,120,EA,,,,,,,No bid - made to print
SQ-77120-R0,5,SPR-C0630-302,CS0630-302-30,"Comp. spring, 302 SS, 0.6 x 6.3 x 30",Bag of 1000,8000,EA,68.90,1000,551.20,2614,8 wks,Y,Tariff surcharge may apply
''').encode("utf-8")
sample("u307-csv-export-price-per-date-code-ncnr", S.with_attachment("Sierra Components Quotes <quotes@sierra-components.example>", """Hello Nora,

Your quote SQ-77120-R0 for NR-RFQ-0619 is attached (CSV export from our quoting system). All prices in US dollars;
"Price Per" is the quantity the unit price applies to.

- Lines marked NCNR (cut cable, special-order springs) are non-cancellable / non-returnable.
- The springs are imported: a tariff surcharge may be added at time of shipment if import duties change.
- Line 4 (base plate): no bid, made-to-print parts are outside our scope.

Quote valid until July 17, 2026. FCA Reno, NV (Incoterms 2020).

Sierra Components Inc. | Quote desk | 775-555-0158""", "text/csv", "SQ-77120-R0.csv", U307_CSV),
       "partial", "USD", "2026-07-17", "FCA",
       [line(1, 0.1812, lead=0), line(2, 1.295, lead=14), line(3, 0.0305, lead=0), nob(4), line(5, 0.0689, lead=56)],
       ["lead-time-after-need-by", "no-bid", "note"])


# u308 multipart/alternative (text + HTML, same content) from a distributor whose lines 3 and 4 are "Quote pending from
# manufacturer" (a revised quote will follow, expected by June 12): neither priced nor declined -> left out ->
# missing-line. Gasket $0.1768 (ext 884.00), "3 weeks" -> 21 (Jun 26, before Aug 3); cable $1.337/m (ext 2,005.50),
# "Stock" -> 0; springs $0.0731 (ext 584.80), "4 weeks" -> 28 (Jul 3, before Jul 27). Quantities as asked -> null.
# "valid 30 days" from Fri 5 Jun -> 2026-07-05 (not short); "CPT destination" -> CPT; USD. Partial, missing-line.
assert close(5000 * 0.1768, 884) and close(1500 * 1.337, 2005.50) and close(8000 * 0.0731, 584.80)
assert plus("2026-06-05", 30) == "2026-07-05" and plus("2026-06-05", 21) == "2026-06-26"
U308_ROWS = [("1", "GSK-EPDM-80", "5,000 EA", "$0.1768", "$884.00", "3 weeks"),
             ("2", "CBL-4C22-PUR", "1,500 M", "$1.337/m", "$2,005.50", "Stock"),
             ("3", "SCR-M4X10-A2", "20,000 EA", "-", "-", "Quote pending from manufacturer"),
             ("4", "PLT-0915-R2", "120 EA", "-", "-", "Quote pending from manufacturer"),
             ("5", "SPR-C0630-302", "8,000 EA", "$0.0731", "$584.80", "4 weeks")]
U308_HEAD = ("Line", "Part number", "Qty", "Unit price", "Ext. price", "Lead time / status")
U308_TEXT = """Hi Nora,

Thanks for RFQ NR-RFQ-0619. Our quote GLQ-260605-221 (USD):

""" + "\n".join(f"{a:<6}{b:<16}{c:<11}{d:<12}{e:<12}{f}" for a, b, c, d, e, f in [U308_HEAD] + U308_ROWS) + """

Lines 3 and 4 are waiting on manufacturer pricing. We will send a revised quote as soon as it arrives
(expected by June 12).

Quote valid 30 days. CPT destination (Incoterms 2020), freight prepaid and added.

Regards,
Mike Dorsey
Great Lakes Industrial Distribution | Inside Sales | 616-555-0133
"""
U308_HTML = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Nora,</p>
<p>Thanks for RFQ NR-RFQ-0619. Our quote <b>GLQ-260605-221</b> (USD):</p>
{html_table(U308_HEAD, [r[:5] + ((TD[:-1] + ';color:#C00000"', r[5]) if "pending" in r[5] else r[5],) for r in U308_ROWS])}
<p>Lines 3 and 4 are waiting on manufacturer pricing. We will send a revised quote as soon as it arrives (expected by June 12).</p>
<p>Quote valid 30 days. CPT destination (Incoterms 2020), freight prepaid and added.</p>
<p>Regards,<br>Mike Dorsey<br>Great Lakes Industrial Distribution | Inside Sales | 616-555-0133</p>
</body></html>"""
sample("u308-alt-quote-pending-from-manufacturer", S.alternative("Mike Dorsey <mdorsey@glid-supply.example>", U308_TEXT, U308_HTML),
       "partial", "USD", "2026-07-05", "CPT",
       [line(1, 0.1768, lead=21), line(2, 1.337, lead=0), line(5, 0.0731, lead=28)],
       ["missing-line"])


# u309 a body + the portal's XLSX export with "Customer P/N" and "Quoted P/N" columns: equal on four rows; on the screw
# row the quoted part is SCR-M4X10-A4, comment "SUBSTITUTE: A4-70 (316) in place of A2-70 - A2 on allocation" ->
# alternatePartNumber SCR-M4X10-A4 (alternate-part), 0.0336 (20,000 x 0.0336 = 672.00), "Stock" -> 0. Gasket 0.1849
# (924.50), 4 weeks -> 28; cable 1.405 per M (2,107.50), "Stock" -> 0; plate 44.85 (5,382.00), 7 weeks -> 49 (Jun 5 + 49
# = Jul 24, before Aug 17); springs 0.0694 (555.20), 3 weeks -> 21. Quantities as asked -> null. "Unit Price (USD)";
# "valid for 45 days" from Fri 5 Jun -> 2026-07-20 (not short); "DAP your dock" -> DAP. Every line priced -> parsed.
assert close(5000 * 0.1849, 924.50) and close(1500 * 1.405, 2107.50) and close(20000 * 0.0336, 672) and close(120 * 44.85, 5382)
assert close(8000 * 0.0694, 555.20) and plus("2026-06-05", 45) == "2026-07-20" and plus("2026-06-05", 49) == "2026-07-24"
U309_XLSX = xlsx([
    ["Keystone MRO Direct - Quote Export"],
    ["Quote #", "KMD-Q-105530", "", "Customer", "Northridge", "", "RFQ", "NR-RFQ-0619"],
    [""],
    ["Line", "Customer P/N", "Quoted P/N", "Description", "Qty", "UOM", "Unit Price (USD)", "Ext. Price (USD)", "Lead Time", "Comments"],
    [1, "GSK-EPDM-80", "GSK-EPDM-80", "Gasket EPDM 70A 80x62x3", 5000, "EA", 0.1849, 924.5, "4 weeks", ""],
    [2, "CBL-4C22-PUR", "CBL-4C22-PUR", "Cable 4x22 AWG shielded PUR black", 1500, "M", 1.405, 2107.5, "Stock", ""],
    [3, "SCR-M4X10-A2", "SCR-M4X10-A4", "SHCS M4x10 ISO 4762", 20000, "EA", 0.0336, 672, "Stock",
     "SUBSTITUTE: A4-70 (316) in place of A2-70 - A2 on allocation"],
    [4, "PLT-0915-R2", "PLT-0915-R2", "Motor base plate 6082-T6", 120, "EA", 44.85, 5382, "7 weeks", "Machined by our partner shop"],
    [5, "SPR-C0630-302", "SPR-C0630-302", "Compression spring 302 SS", 8000, "EA", 0.0694, 555.2, "3 weeks", ""],
    [""],
    ["", "", "", "", "", "", "Total", 9641.2],
])
assert close(924.5 + 2107.5 + 672 + 5382 + 555.2, 9641.2)
sample("u309-xlsx-export-quoted-pn-substitute", S.with_attachment("Keystone MRO Direct <noreply@keystone-mro.example>", """Dear Nora Reyes,

Quote KMD-Q-105530 for your request NR-RFQ-0619 has been published in the Keystone supplier portal. A copy
is attached as an Excel export.

Please note the substitute on line 3 (see Quoted P/N and Comments).

This quote is valid for 45 days. Delivery DAP your dock (Incoterms 2020).

Keystone MRO Direct - Customer Portal
Please do not reply to this message. Questions: Jill Arroyo, 570-555-0118""", XLSX, "KMD-Q-105530.xlsx", U309_XLSX),
       "parsed", "USD", "2026-07-20", "DAP",
       [line(1, 0.1849, lead=28), line(2, 1.405, lead=0), line(3, 0.0336, lead=0, alt="SCR-M4X10-A4"), line(4, 44.85, lead=49),
        line(5, 0.0694, lead=21)],
       ["alternate-part"])


# u310 plain text from a fastener and spring distributor's order desk: prices per pack with the sell quantity counted in
# packs. Gasket "Carton/500 ... 10 CTN ... $91.50" -> 91.50 / 500 = 0.183, 10 x 500 = 5,000 as asked -> null (ext
# 915.00); screws "Box/2,500 ... 8 BX ... $76.25" -> 0.0305, 8 x 2,500 = 20,000 -> null (610.00); springs "Bag/1,000
# ... 8 BG ... $69.40" -> 0.0694, 8,000 -> null (555.20). "Ships in" business days x 7/5 rounded up: 3 -> 5 (Jun 10),
# 1 -> 2, 12 -> 17 (Jun 22, before Jul 27). "No quote" on cable and plate -> declined. "Quote good thru 06/29/2026" ->
# 2026-06-29 (not short: Jun 29 >= Jun 26); "FCA Parma, OH" -> FCA; "Prices in USD". Partial, no-bid.
assert close(91.50 / 500, 0.183) and close(76.25 / 2500, 0.0305) and close(69.40 / 1000, 0.0694)
assert close(10 * 91.50, 915) and close(8 * 76.25, 610) and close(8 * 69.40, 555.20)
assert workdays(3) == 5 and workdays(1) == 2 and workdays(12) == 17
sample("u310-text-pack-prices-business-days", S.msg("Cuyahoga Fastener & Spring <orderdesk@cuyahoga-fs.example>", "text/plain", """Quote CF-441027 - Customer ref NR-RFQ-0619
Prepared for: Nora Reyes, Northridge          Prepared by: Order Desk (Sam Pruett)
Prices in USD. Priced per pack; Sell Qty is the number of packs.

Line  Customer P/N     Pack          Sell Qty   Price/Pack   Ext. Price   Ships in
1     GSK-EPDM-80      Carton/500    10 CTN     $91.50       $915.00      3 business days
3     SCR-M4X10-A2     Box/2,500     8 BX       $76.25       $610.00      1 business day
5     SPR-C0630-302    Bag/1,000     8 BG       $69.40       $555.20      12 business days

No quote: CBL-4C22-PUR, PLT-0915-R2 (not stocked items).

Quote good thru 06/29/2026. FCA Parma, OH. Net 30.
To order, reply with your PO and reference CF-441027.

Cuyahoga Fastener & Spring Co. | 216-555-0171 | orderdesk@cuyahoga-fs.example
""", subject="Quote CF-441027 (ref NR-RFQ-0619)"),
       "partial", "USD", "2026-06-29", "FCA",
       [line(1, 0.183, lead=5), nob(2), line(3, 0.0305, lead=2), nob(4), line(5, 0.0694, lead=17)],
       ["no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.

# u311 a fluid-power distributor's portal mail, plain text, one block per line. Bearing "Qty 400 EA @ $3.18 = $1,272.00",
# Mfr P/N 6205-2RSH/C3 (the maker's number, SKF as the RFQ allows) -> no alternate; stock 1,240 -> 0. O-rings: a
# four-tier break row (1,000+ / 10,000+ / 25,000+ / 50,000+) and "Qty 50,000 EA @ $0.0171 = $855.00" -> 0.0171, stock
# -> 0. Hose: "reel of 500 m - full reels only", "Qty 1,000 M (2 reels) @ $4.28/m" -> 4.28 per metre, quantity 1,000
# (the 800 m asked rounded up to whole reels -> quantity-differs); no MOQ stated (a reel size is a sell unit, as for
# spools in s04); stock 0, "Factory lead time: 2 weeks" -> 14 (Jun 26, before Sep 1). Resin, sheet and kit "No quote"
# -> declined. "Quote expires 2026-07-10" (not short: Jul 10 >= Jul 3); "FCA Memphis, TN" -> FCA; USD. Partial.
assert close(400 * 3.18, 1272) and close(50000 * 0.0171, 855) and close(1000 * 4.28, 4280) and 2 * 500 == 1000 > 800
assert plus("2026-06-12", 14) == "2026-06-26"
blind("u311-text-full-reel-hose-above-request", H.msg("Delta Fluid Power QuoteLink <quotelink@deltafluid.example>", "text/plain", """QuoteLink - Quotation DFP-Q-2606-3391
Customer: Halvorsen Mfg. (acct 77-2041)   Contact: Lena Marsh   Your RFQ: HM-RFQ-2611
Issued: 12-Jun-2026   Quote expires 2026-07-10   Currency: USD   Terms: FCA Memphis, TN (Incoterms 2020)

Line 3   BRG 6205-2RS
         Mfr: SKF   Mfr P/N: 6205-2RSH/C3
         Qty 400 EA @ $3.18 = $1,272.00
         Stock available: 1,240   Lead time: stock

Line 4   OR-0120-NBR70
         Mfr: Apex Seal   Mfr P/N: AS-012X020-N70
         Price breaks (per EA):  1,000+ $0.0312 | 10,000+ $0.0224 | 25,000+ $0.0196 | 50,000+ $0.0171
         Qty 50,000 EA @ $0.0171 = $855.00
         Stock available: 212,000   Lead time: stock

Line 5   HSE-2SN-08
         Mfr: Hydroflex   Mfr P/N: HF-2SN-08-R500
         Packaging: reel of 500 m - full reels only (your 800 m rounded up to 2 reels)
         Qty 1,000 M (2 reels) @ $4.28/m = $4,280.00
         Stock available: 0   Factory lead time: 2 weeks

Lines 1, 2 and 6 (RES-PA66-GF30, SHT-5052H32-030, KIT-PX200-SEAL): No quote - not on our line card.

Quote total: $6,407.00
Your Delta Fluid Power rep: Carla Nguyen, 901-555-0124
""", subject="QuoteLink: Quotation DFP-Q-2606-3391 for HM-RFQ-2611"),
       "partial", "USD", "2026-07-10", "FCA",
       [nob(1), nob(2), line(3, 3.18, lead=0), line(4, 0.0171, lead=0), line(5, 4.28, qty=1000, lead=14), nob(6)],
       ["no-bid", "quantity-differs"])
assert close(1272 + 855 + 4280, 6407)


# u312 multipart/alternative from a resin and metals distributor: the resin's break tiers are ROWS counted in 25 kg bags
# and priced per bag: 1-39 bags $98.00, 40-99 $90.25, 100-199 $84.50, 200+ $79.75. 2,500 kg = 100 bags -> $84.50/bag
# -> 84.50 / 25 = 3.38 per kg (ext $8,450.00); "In stock (124 bags)" -> 0. Sheet $142.60/sheet, 90 sheets (ext
# $12,834.00), "Mill lead time 6 weeks" -> 42 (Jun 12 + 42 = Jul 24, before Aug 10). Quantities as asked -> null.
# Bearings, O-rings, hose and kit "No quote" -> declined. "Pricing valid 30 days" from Fri 12 Jun -> 2026-07-12 (not
# short); "FOB Houston, TX" -> FOB; USD. Partial, no-bid.
assert 2500 / 25 == 100 and close(84.50 / 25, 3.38) and close(100 * 84.50, 8450) and close(90 * 142.60, 12834)
assert plus("2026-06-12", 42) == "2026-07-24" and plus("2026-06-12", 30) == "2026-07-12"
U312_TEXT = """Hello Lena,

Quote GCR-26-06118 for HM-RFQ-2611 (all prices USD):

RES-PA66-GF30  PA66 GF30 heat stabilised, black - packed in 25 kg bags, priced per bag
   Qty breaks (bags)      Price per bag
   1 - 39                 $98.00
   40 - 99                $90.25
   100 - 199              $84.50   <- your qty: 2,500 kg = 100 bags, ext. $8,450.00
   200 +                  $79.75
   Availability: in stock (124 bags)

SHT-5052H32-030  Al sheet 5052-H32, 3.0 x 1250 x 2500 mm, PVC one side
   90 sheets @ $142.60/sheet = $12,834.00
   Availability: mill lead time 6 weeks

BRG 6205-2RS, OR-0120-NBR70, HSE-2SN-08, KIT-PX200-SEAL: No quote.

Pricing valid 30 days. FOB Houston, TX.

Ray Delgado
Gulf Coast Resin & Metals | 713-555-0185
"""
U312_HTML = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello Lena,</p>
<p>Quote <b>GCR-26-06118</b> for HM-RFQ-2611 (all prices USD):</p>
<p><b>RES-PA66-GF30</b> PA66 GF30 heat stabilised, black &ndash; packed in 25 kg bags, priced per bag</p>
{html_table(("Qty breaks (bags)", "Price per bag", ""), [("1 &ndash; 39", "$98.00", ""), ("40 &ndash; 99", "$90.25", ""),
            ("100 &ndash; 199", "<b>$84.50</b>", "&larr; your qty: 2,500 kg = 100 bags, ext. $8,450.00"), ("200 +", "$79.75", "")])}
<p>Availability: in stock (124 bags)</p>
<p><b>SHT-5052H32-030</b> Al sheet 5052-H32, 3.0 x 1250 x 2500 mm, PVC one side<br>
90 sheets @ $142.60/sheet = $12,834.00<br>Availability: mill lead time 6 weeks</p>
<p>BRG 6205-2RS, OR-0120-NBR70, HSE-2SN-08, KIT-PX200-SEAL: No quote.</p>
<p>Pricing valid 30 days. FOB Houston, TX.</p>
<p>Ray Delgado<br>Gulf Coast Resin &amp; Metals | 713-555-0185</p>
</body></html>"""
blind("u312-alt-bag-tier-rows", H.alternative("Ray Delgado <rdelgado@gulfcoast-rm.example>", U312_TEXT, U312_HTML),
      "partial", "USD", "2026-07-12", "FOB",
      [line(1, 3.38, lead=0), line(2, 142.60, lead=42), nob(3), nob(4), nob(5), nob(6)],
      ["no-bid"])


# u313 a UK seals and bearings distributor's portal mail in pounds -> GBP, currency-differs. Bearing "£2.64 each", 400
# (ext £1,056.00), "Despatch: 3-5 working days" -> upper bound 5 x 7/5 = 7 (Jun 19, before Jul 27). O-rings "£9.85 per
# bag of 500" -> 0.0197 (100 bags = 50,000 as asked, ext £985.00), "Despatch: from stock" -> 0; "Cure date 1Q26 or
# later" is the rubber's date code, no price. Kit "£21.40 per kit" (kit = the RFQ's SET), 150 (ext £3,210.00), "4
# weeks" -> 28 (Jul 10, before Sep 21). Quantities as asked -> null. Resin, sheet and hose never mentioned ->
# missing-line. "Prices exclude VAT" is a VAT remark. "Quotation valid until 31/07/2026" -> 2026-07-31 (not short);
# "DAP your works" -> DAP. Partial.
assert close(400 * 2.64, 1056) and close(9.85 / 500, 0.0197) and close(100 * 9.85, 985) and close(150 * 21.40, 3210)
assert workdays(5) == 7 and plus("2026-06-12", 28) == "2026-07-10"
blind("u313-text-gbp-bag-of-500-cure-date", H.msg("Pennine Seals & Bearings <webquotes@pennine-sb.example>", "text/plain", """PENNINE SEALS & BEARINGS LTD - WEB QUOTATION PQ/26/061247

Customer:  Halvorsen Mfg. - Lena Marsh        Your enquiry: HM-RFQ-2611
Currency:  GBP (£)                             Delivery: DAP your works (Incoterms 2020)
Quotation valid until 31/07/2026

Item 1  BRG 6205-2RS - deep groove ball bearing 6205-2RS C3
        400 off @ £2.64 each = £1,056.00
        Despatch: 3-5 working days

Item 2  OR-0120-NBR70 - O-ring 12 x 2 NBR70
        100 bags of 500 (50,000 off) @ £9.85 per bag of 500 = £985.00
        Despatch: from stock. Cure date 1Q26 or later.

Item 3  KIT-PX200-SEAL - seal kit PX-200 (2 lip seals, 4 O-rings, 1 gasket, bagged & labelled)
        150 kits @ £21.40 per kit = £3,210.00
        Despatch: 4 weeks

Goods total £5,251.00. Prices exclude VAT.

This quotation was produced by our web quoting service. For questions contact Harriet Sykes,
harriet.sykes@pennine-sb.example, +44 113 555 0147.
Pennine Seals & Bearings Ltd, Registered in England No. 05550147
""", subject="Web quotation PQ/26/061247 - HM-RFQ-2611"),
      "partial", "GBP", "2026-07-31", "DAP",
      [line(3, 2.64, "GBP", lead=7), line(4, 0.0197, "GBP", lead=0), line(6, 21.40, "GBP", lead=28)],
      ["currency-differs", "missing-line"])
assert close(1056 + 985 + 3210, 5251)


# u314 HTML only: a supplier portal's status mail "Quote request status: Declined" listing all six lines with status "No
# quote" and the reason "outside our product line card". Every line declined -> all six noBid, currency / validUntil /
# incoterms null, status no-bid, kinds {no-bid}. The request and submission dates are no validity.
U314_ROWS = [(n, pn, q, (TD[:-1] + ';color:#A00000"', "No quote")) for n, pn, q in [
    ("1", "RES-PA66-GF30", "2,500 KG"), ("2", "SHT-5052H32-030", "90 EA"), ("3", "BRG 6205-2RS", "400 EA"),
    ("4", "OR-0120-NBR70", "50,000 EA"), ("5", "HSE-2SN-08", "800 M"), ("6", "KIT-PX200-SEAL", "150 SET")]]
blind("u314-html-portal-declined-full-no-bid", H.msg("Northline Supply Portal <portal-noreply@northline-supply.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:10pt;color:#333">
<div style="background:#2E4057;color:#fff;padding:8px 12px;font-size:13pt">Northline Supply &ndash; Quote Request Update</div>
<p>Hello Lena Marsh,</p>
<p>The status of your quote request has changed.</p>
<table style="font-size:10pt">
<tr><td><b>Request no.</b></td><td>QR-2026-018774</td></tr>
<tr><td><b>Your reference</b></td><td>HM-RFQ-2611</td></tr>
<tr><td><b>Submitted</b></td><td>June 9, 2026</td></tr>
<tr><td><b>Status</b></td><td><b style="color:#A00000">Declined</b></td></tr>
<tr><td><b>Reason</b></td><td>Unable to quote &ndash; the requested items are outside our product line card.</td></tr>
</table>
<p>Line status:</p>
{html_table(("Line", "Part number", "Qty", "Status"), U314_ROWS)}
<p>We regret that we cannot help with this request. You can submit a new request at any time in the portal.</p>
<p style="font-size:8pt;color:#888">This is an automated message from the Northline Supply Portal. Please do not reply.</p>
</body></html>""", subject="Quote request QR-2026-018774 (HM-RFQ-2611): status Declined"),
      "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)], ["no-bid"])


# u315 a body + an XLSX export from a bearing distributor: columns Qty, MOQ, five price-break columns (1+ / 50+ / 250+ /
# 500+ / 1000+), Stock and Factory LT. Bearing (Mfr "SKF"): 400 -> the 250+ column = 3.41; no MOQ given; stock 0 ->
# factory LT 7 weeks = 49 (Jun 12 + 49 = Jul 31, AFTER the Jul 27 need-by -> lead-time-after-need-by). Seal kit (kitted
# in house): one price 36.80 per set in the 1+ column, MOQ 200 sets above the 150 asked -> moq 200 (moq-above-quantity);
# quantity not restated as 200 (Qty 150) -> null; stock 0 -> factory LT 5 weeks = 35 (Jul 17, before Sep 21). Body:
# "Lines 1, 2, 4 and 5: no quote" -> declined. "valid for 45 days" from Fri 12 Jun -> 2026-07-27 (not short); "CPT your
# plant" -> CPT; "Prices in USD". Partial.
assert plus("2026-06-12", 49) == "2026-07-31" and plus("2026-06-12", 35) == "2026-07-17" and plus("2026-06-12", 45) == "2026-07-27"
U315_XLSX = xlsx([
    ["Midwest Bearing & Transmission - Quote MBT-260612-07"],
    ["Customer: Halvorsen Mfg.", "", "", "RFQ: HM-RFQ-2611", "", "", "Prices in USD per unit"],
    [""],
    ["Line", "Customer P/N", "Mfr", "Description", "Qty", "UOM", "MOQ", "1+", "50+", "250+", "500+", "1000+", "Stock", "Factory LT"],
    [3, "BRG 6205-2RS", "SKF", "Deep groove ball bearing 6205-2RS C3", 400, "EA", "", 4.85, 3.92, 3.41, 3.18, 2.96, 0, "7 weeks"],
    [6, "KIT-PX200-SEAL", "MBT kitting", "Seal kit PX-200, bagged and labelled", 150, "SET", 200, 36.8, "", "", "", "", 0, "5 weeks"],
])
blind("u315-xlsx-five-tiers-moq-late-bearing", H.with_attachment("Dean Holloway <dholloway@midwest-bt.example>", """Lena,

Attached is quote MBT-260612-07 for HM-RFQ-2611 (Excel export from our quoting system). Price breaks are in the
columns 1+ to 1000+; use the column for your quantity. Note the minimum order on the seal kit.

Lines 1, 2, 4 and 5: no quote, not in our range.

Prices in USD, CPT your plant (Incoterms 2020). Quote valid for 45 days.

Dean Holloway
Midwest Bearing & Transmission | Inside Sales | 614-555-0152""", XLSX, "MBT-260612-07.xlsx", U315_XLSX),
      "partial", "USD", "2026-07-27", "CPT",
      [nob(1), nob(2), line(3, 3.41, lead=49), nob(4), nob(5), line(6, 36.80, lead=35, moq=200)],
      ["lead-time-after-need-by", "moq-above-quantity", "no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.

# u316 multipart/alternative (quoted-printable) from a German fluid-power distributor's portal, in German: "Ihre
# Mat.-Nr." (the customer P/N) beside "Hersteller-Nr." (the maker's number, no alternate), a "PE" (Preiseinheit) column
# and "Gesamt". Pos. 3 fitting "412,00 EUR" per PE 100 -> 4.12 (20 x 412,00 = 8.240,00), "Lager: 3.400 St." >= 2.000 ->
# 0. Pos. 4 cylinder "97,35 EUR" per PE 1 (120 x 97,35 = 11.682,00), "Lager: 0 St., Lieferzeit Hersteller 4 Wochen" ->
# 28 (Jun 15 + 28 = Jul 13, before Sep 11). Quantities as asked -> null. Shaft, housing and bracket set never mentioned
# -> missing-line. "Angebot gültig bis 17.07.2026" (not short: Jul 17 >= Jul 10); "FCA Bremen" -> FCA; EUR. Partial.
assert close(412.00 / 100, 4.12) and close(2000 / 100 * 412.00, 8240) and close(120 * 97.35, 11682)
assert plus("2026-06-15", 28) == "2026-07-13"
U316_ROWS = [("3", "FIT-316-G12-10", "GE10-LR-1/2-71", "Fluidmatic", "2.000 St.", "412,00 EUR", "100", "8.240,00 EUR", "Lager: 3.400 St."),
             ("4", "DSBC-32-80-PPVA-N3", "DSBC-32-80-PPVA-N3, Art. 1376659", "Festo", "120 St.", "97,35 EUR", "1", "11.682,00 EUR",
              "Lager: 0 St., Lieferzeit Hersteller 4 Wochen")]
U316_HEAD = ("Pos.", "Ihre Mat.-Nr.", "Hersteller-Nr.", "Hersteller", "Menge", "Preis", "PE", "Gesamt", "Verfügbarkeit")
U316_TEXT = """Sehr geehrter Herr Albers,

zu Ihrer Anfrage VM-RFQ-4418 erhalten Sie unser Angebot 4100238871 (automatisch erstellt im Weser-Kundenportal).

""" + "\n\n".join(f"Pos. {p}  Ihre Mat.-Nr.: {c}\n        Hersteller-Nr.: {m} ({h})\n        Menge: {q}   Preis: {pr} je PE {pe}   Gesamt: {g}\n"
                  f"        Verfügbarkeit: {v}" for p, c, m, h, q, pr, pe, g, v in U316_ROWS) + """

PE = Preiseinheit (Preis je 100 Stück bzw. je Stück). Die Hersteller-Nr. dient nur zur Information.
Alle Preise netto in EUR zzgl. MwSt. Lieferbedingung: FCA Bremen (Incoterms 2020).
Angebot gültig bis 17.07.2026.

Mit freundlichen Grüßen
Ihr Weser Fluidtechnik Kundenportal
Ansprechpartnerin: Birte Janssen, Tel. +49 421 555 0163
Weser Fluidtechnik Handel GmbH, Bremen, HRB 55016
"""
U316_HTML = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Albers,</p>
<p>zu Ihrer Anfrage VM-RFQ-4418 erhalten Sie unser Angebot <b>4100238871</b> (automatisch erstellt im Weser-Kundenportal).</p>
{html_table(U316_HEAD, U316_ROWS)}
<p>PE = Preiseinheit (Preis je 100 St&uuml;ck bzw. je St&uuml;ck). Die Hersteller-Nr. dient nur zur Information.<br>
Alle Preise netto in EUR zzgl. MwSt. Lieferbedingung: FCA Bremen (Incoterms 2020).<br>
Angebot g&uuml;ltig bis 17.07.2026.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr Weser Fluidtechnik Kundenportal<br>Ansprechpartnerin: Birte Janssen, Tel. +49 421 555 0163<br>
Weser Fluidtechnik Handel GmbH, Bremen, HRB 55016</p>
</body></html>"""
blind2("u316-de-portal-alt-preiseinheit-100", V.alternative("Weser Fluidtechnik Kundenportal <portal@weser-fluid.example>", U316_TEXT, U316_HTML,
                                                           "=_wfh_4100238871", cte="quoted-printable",
                                                           subject="Angebot 4100238871 zu Ihrer Anfrage VM-RFQ-4418"),
       "partial", "EUR", "2026-07-17", "FCA",
       [line(3, 4.12, "EUR", lead=0), line(4, 97.35, "EUR", lead=28)],
       ["missing-line"])


# u317 HTML only: an online manufacturing platform's instant quote for the two parts the buyer's contact uploaded, each
# with a FIVE-tier quantity grid (50 / 100 / 250 / 500 / 1,000) and the selected quantity marked. Shaft: 250 selected ->
# €42.75 (250 x 42.75 = 10,687.50), "Standard lead time: 20 business days" -> 28 (Jun 15 + 28 = Jul 13, before Aug 28).
# Bracket set: 150 selected, which falls in the 100 tier (100-249) -> €14.60 per set (150 x 14.60 = 2,190.00), "15
# business days" -> 21 (Jul 6, before Oct 9). Quantities as asked -> null. Housing, fitting and cylinder never mentioned
# -> missing-line. "This instant quote is valid for 14 days" from Mon 15 Jun -> 2026-06-29, earlier than Jul 10 ->
# validity-short. "Delivery: DAP Bielefeld, shipping included" -> DAP; prices in EUR. Partial.
assert close(250 * 42.75, 10687.50) and close(150 * 14.60, 2190) and workdays(20) == 28 and workdays(15) == 21
assert plus("2026-06-15", 14) == "2026-06-29" and plus("2026-06-15", 21) == "2026-07-06"
U317_SEL = 'style="border:1px solid #BFBFBF;padding:3px 6px;background:#FFF2CC;font-weight:bold"'
blind2("u317-html-platform-instant-quote-tiers", V.msg("Partforge Instant Quotes <quotes@partforge.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Inter,Arial,sans-serif;font-size:10pt;color:#1A1A1A">
<div style="font-size:15pt;font-weight:bold;color:#E4572E">partforge</div>
<p>Hi Jonas,</p>
<p>Your instant quote <b>PF-Q-5521-0934</b> is ready. Reference: VM-RFQ-4418. All prices in EUR per part, excl. VAT.</p>
<h4 style="margin-bottom:2px">SH-2231-C rev B &ndash; Drive shaft, 42CrMo4 +QT, turned &amp; ground</h4>
{html_table(("Quantity", "50", "100", "250", "500", "1,000"), [("Price / pc", "€58.40", "€49.90", (U317_SEL, "€42.75"), "€39.10", "€36.85")])}
<p>Selected: 250 pcs &middot; Subtotal €10,687.50 &middot; Standard lead time: 20 business days</p>
<h4 style="margin-bottom:2px">2231-004-03 &ndash; Sensor bracket set (L+R), EN AW-6082 T6, black anodised</h4>
{html_table(("Quantity (sets)", "50", "100", "250", "500", "1,000"), [("Price / set", "€19.80", (U317_SEL, "€14.60"), "€12.95", "€11.70", "€10.90")])}
<p>Selected: 150 sets (100&ndash;249 tier) &middot; Subtotal €2,190.00 &middot; Standard lead time: 15 business days</p>
<p>Delivery: DAP Bielefeld, shipping included (Incoterms 2020).<br>
This instant quote is valid for 14 days. Order online with one click or reply to this email.</p>
<p style="font-size:8pt;color:#888">Partforge B.V. &middot; Eindhoven &middot; KvK 55501917 &middot; Quotes are generated automatically from your uploaded CAD files.</p>
</body></html>""", subject="Your Partforge instant quote PF-Q-5521-0934 (VM-RFQ-4418)"),
       "partial", "EUR", "2026-06-29", "DAP",
       [line(1, 42.75, "EUR", lead=28), line(5, 14.60, "EUR", lead=21)],
       ["missing-line", "validity-short"])


# u318 plain text from a US catalogue distributor's export desk, quoting in USD against the EUR RFQ -> currency-differs.
# Fitting: a SIX-tier grid 1 / 10 / 100 / 500 / 1,000 / 2,500; 2,000 -> the 1,000 tier = $4.63 (2,000 x 4.63 =
# 9,260.00); stock 5,820 -> "ships from stock" -> 0. Cylinder: four tiers 1 / 10 / 50 / 100; 120 -> 100 tier = $112.60
# (120 x 112.60 = 13,512.00); stock 0, factory lead time 10 weeks -> 70 (Jun 15 + 70 = Aug 24, before Sep 11).
# The vendor's own "Item 1" / "Item 2" are not RFQ line numbers: the Customer P/N matches them to lines 3 and 4.
# Quantities as asked -> null. "COO" (country of origin) and the HTS code are no prices. Shaft, housing and bracket set
# never mentioned -> missing-line. "Quote valid for 30 days" from Mon 15 Jun -> 2026-07-15 (not short); "CIP
# Bielefeld" -> CIP. Partial.
assert close(2000 * 4.63, 9260) and close(120 * 112.60, 13512) and plus("2026-06-15", 70) == "2026-08-24"
assert plus("2026-06-15", 30) == "2026-07-15"
blind2("u318-text-usd-six-tier-grid", V.msg("Trans-Atlantic Components Export Desk <exportdesk@tac-components.example>", "text/plain", """Quote TAC-EX-0615-2207 | Customer: Vossberg Maschinenbau GmbH | Ref: VM-RFQ-4418 | Contact: Jonas Albers

All prices in USD. Quote valid for 30 days. Delivery CIP Bielefeld (Incoterms 2020), export packed.

----------------------------------------------------------------------------------------------------
Item 1   Customer P/N: FIT-316-G12-10      Mfr: Parkway Fluid   Mfr P/N: PF-8MC10-316   COO: US
         Price breaks (USD each):
           Qty     1        10       100      500      1,000    2,500
           Price   7.92     6.85     5.61     4.98     4.63     4.37
         Your qty: 2,000   Unit: $4.63   Ext: $9,260.00
         Stock available: 5,820 - ships from stock                     HTS 7307.22
----------------------------------------------------------------------------------------------------
Item 2   Customer P/N: DSBC-32-80-PPVA-N3  Mfr: Festo            Mfr P/N: DSBC-32-80-PPVA-N3   COO: DE
         Price breaks (USD each):
           Qty     1        10       50       100
           Price   131.40   124.90   118.25   112.60
         Your qty: 120     Unit: $112.60   Ext: $13,512.00
         Stock available: 0 - factory lead time 10 weeks               HTS 8412.31
----------------------------------------------------------------------------------------------------

Quote total: USD 22,772.00

Trans-Atlantic Components | Export Desk | Dallas, TX | +1 972 555 0190
""", subject="Quote TAC-EX-0615-2207 - VM-RFQ-4418"),
       "partial", "USD", "2026-07-15", "CIP",
       [line(3, 4.63, "USD", lead=0), line(4, 112.60, "USD", lead=70)],
       ["currency-differs", "missing-line"])
assert close(9260 + 13512, 22772)


# u319 HTML only from an Austrian pneumatics distributor, English: the Festo cylinder is "discontinued by the
# manufacturer (EOL)" and the mail quotes its replacement DSBC-32-80-PPSA-N3 instead -> alternatePartNumber (the line is
# priced, not declined), € 104,20 per piece, 3 weeks -> 21 (Jul 6, before Sep 11), marked NCNR. Fitting "€ 4,38 / pc",
# "ex stock" -> 0. Quantities as asked -> null. "Prices of line 4 are subject to the manufacturer's price increase of
# 4 % for deliveries after 31.08.2026" -> a price-adjustment clause -> note (NCNR alone would be a sales condition; the
# set holds "note" through the clause). Shaft, housing and bracket set never mentioned -> missing-line. "Valid until
# 31.07.2026" (not short); "CPT Bielefeld" -> CPT; EUR. Partial.
assert plus("2026-06-15", 21) == "2026-07-06"
U319_ROWS = [("3", "FIT-316-G12-10", "FIT-316-G12-10", "2,000 pcs", "€ 4,38 / pc", "€ 8.760,00", "ex stock", ""),
             ("4", "DSBC-32-80-PPVA-N3", "<b>DSBC-32-80-PPSA-N3</b>", "120 pcs", "€ 104,20 / pc", "€ 12.504,00", "3 weeks",
              "Replacement for EOL type, NCNR")]
assert close(2000 * 4.38, 8760) and close(120 * 104.20, 12504)
blind2("u319-html-eol-replacement-ncnr-increase", V.msg("Alpen Pneumatik Vertrieb <angebote@alpen-pneumatik.example>", "text/html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:9pt">
<p>Dear Mr Albers,</p>
<p>thank you for your enquiry VM-RFQ-4418. Please find our quotation AP-Q-26-04471 for the catalogue items below.</p>
{html_table(("Pos.", "Your P/N", "Offered P/N", "Qty", "Unit price", "Total", "Delivery", "Remark"), U319_ROWS, th_bg="#E2EFDA")}
<p><b>Line 4:</b> DSBC-32-80-PPVA-N3 has been discontinued by the manufacturer (EOL). We offer the replacement type
DSBC-32-80-PPSA-N3 (self-adjusting cushioning, same mounting dimensions). Replacement cylinders are ordered for you
from the factory and are NCNR (non-cancellable, non-returnable).<br>
Prices of line 4 are subject to the manufacturer's price increase of 4 % for deliveries after 31.08.2026.</p>
<p>Delivery CPT Bielefeld (Incoterms 2020). Valid until 31.07.2026. Payment 30 days net.</p>
<p>Kind regards<br>Stefan Huber<br>Alpen Pneumatik Vertrieb GmbH &middot; Linz &middot; +43 732 555 0119</p>
</body></html>""", subject="Quotation AP-Q-26-04471 / VM-RFQ-4418"),
       "partial", "EUR", "2026-07-31", "CPT",
       [line(3, 4.38, "EUR", lead=0), line(4, 104.20, "EUR", lead=21, alt="DSBC-32-80-PPSA-N3")],
       ["alternate-part", "missing-line", "note"])


# u320 a short body + a semicolon CSV export (decimal commas, dot thousands) from a Dutch sourcing distributor that
# quotes every line: "Price" with a "Per" column and "Amount". Shaft 44,60 per 1 (250 x 44,60 = 11.150,00), "9 weeks"
# -> 63 (Jun 15 + 63 = Aug 17, before Aug 28). Housing 1.236,00 per 1 (30.900,00), "16 weeks" -> 112 (Oct 5, AFTER the
# Oct 2 need-by -> lead-time-after-need-by). Fitting 209,00 per 50 (pack of 50) -> 4.18 (40 packs = 2.000 as asked,
# 8.360,00); stock 6.500 -> "ex stock" -> 0. Cylinder 99,80 per 1 (11.976,00); stock 140 >= 120 -> "ex stock" -> 0.
# Bracket set 13,75 per 1 set (2.062,50), "6 weeks" -> 42 (Jul 27, before Oct 9). Quantities as asked -> null. "Offer
# valid until 24-07-2026" -> 2026-07-24 (not short); "DDP Bielefeld" -> DDP; EUR. Every line priced -> parsed.
assert close(250 * 44.60, 11150) and close(25 * 1236, 30900) and close(209 / 50, 4.18) and close(2000 / 50 * 209, 8360)
assert close(120 * 99.80, 11976) and close(150 * 13.75, 2062.50)
assert plus("2026-06-15", 63) == "2026-08-17" and plus("2026-06-15", 112) == "2026-10-05" and plus("2026-06-15", 42) == "2026-07-27"
U320_CSV = S.crlf("""Offer no;Line;Customer P/N;Description;Qty;Unit;Price EUR;Per;Amount EUR;Stock;Lead time
MIS-26-3318;1;SH-2231-C rev B;Drive shaft 42CrMo4, 30 h6 x 412, made to drawing rev B;250;PCE;44,60;1;11.150,00;0;9 weeks
MIS-26-3318;2;HSG-1180-GJL;Gearbox housing EN-GJL-250, machined, primed RAL 7035;25;PCE;1.236,00;1;30.900,00;0;16 weeks
MIS-26-3318;3;FIT-316-G12-10;Male connector G1/2 - 10 mm, 316L (pack of 50);2.000;PCE;209,00;50;8.360,00;6.500;ex stock
MIS-26-3318;4;DSBC-32-80-PPVA-N3;Festo ISO 15552 cylinder 32/80;120;PCE;99,80;1;11.976,00;140;ex stock
MIS-26-3318;5;2231-004-03;Sensor bracket set L+R, black anodised;150;SET;13,75;1;2.062,50;0;6 weeks
;;;;;;;Total;64.448,50;;
""").encode("utf-8")
assert close(11150 + 30900 + 8360 + 11976 + 2062.50, 64448.50)
blind2("u320-csv-semicolon-all-lines-late-housing", V.message("Maas Industrial Sourcing <offers@maas-sourcing.example>", multipart("mixed", "=_mis_3318_mixed", [
        text_part("text/plain", """Dear Mr Albers,

Our offer MIS-26-3318 for VM-RFQ-4418 is attached as a CSV export from our order system (semicolon separated,
decimal comma; "Per" is the quantity the price refers to).

Offer valid until 24-07-2026. Delivery DDP Bielefeld (Incoterms 2020).

Best regards,
Femke Visser
Maas Industrial Sourcing B.V. | Roermond | +31 475 555 032
"""),
        file_part("text/csv", "MIS-26-3318.csv", U320_CSV)]), subject="Offer MIS-26-3318 - VM-RFQ-4418"),
       "parsed", "EUR", "2026-07-24", "DDP",
       [line(1, 44.60, "EUR", lead=63), line(2, 1236.00, "EUR", lead=112), line(3, 4.18, "EUR", lead=0), line(4, 99.80, "EUR", lead=0),
        line(5, 13.75, "EUR", lead=42)],
       ["lead-time-after-need-by"])


if __name__ == "__main__":
    ROUND.write()

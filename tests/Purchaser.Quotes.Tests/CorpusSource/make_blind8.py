#!/usr/bin/env python3
"""Writes replies u113..u128 (Corpus/u*.eml + expected u*.json) - the eighth blind round: six against rfq-sample.json
(NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611, those of
make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the seven earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the
conventions in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the
extractor's source. The expected values are what a human applying those rules arrives at; they were not adjusted to
the parser's output. This round covers inbox situations the earlier rounds lack: OCR text of a scanned printed quote
(ragged spacing, a header wrapped over two lines, "Page 1 of 1"), the quote inside an attached message/rfc822 under a
one-line cover note, one mail answering two RFQs (the other RFQ's lines must not be read), a phone reply with part
nicknames ("gsk epdm80 $.19 4wk"), Outlook HTML (MSO conditional comments, <o:p>, MsoNormal) with the price table
nested in a layout-table cell, a revised quote above the offer it replaces, a base64 text/html body, prices stated
only as lot totals, an HTML table with rowspan tier rows under a colspan "Price (USD)" header, an XLSX with a group
header row above the real one and a totals row, a short quote drowned in a number-heavy signature and a legal
disclaimer, hand-made quoted-printable with soft line breaks inside numbers, words and even inside the bytes of "€",
answers keyed by RFQ line number only ("Item 3) ..."), a Dutch reply ("levertijd", "werkdagen", "uit voorraad",
"geldig tot en met"), quantity tiers as column headers ("1+ | 100+ | 500+ | 2,500+") in plain text, and a quote of
every line under a global alloy-surcharge clause.
All companies, people, addresses and numbers are fictitious (.example domains)."""
import datetime

from make_corpus import line, nob  # expected-line shapes
from blind_round import Round  # the round's cases, checked and written
from make_blind2 import xlsx_book  # multi-sheet workbook writer (inline strings, plain numbers)
from make_blind5 import message, multipart, text_part  # MIME parts
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check()
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check()

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ROUND = Round(113)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2


def qp_soft(text):
    """Hand-made quoted-printable (UTF-8): "¦" marks a soft line break placed on purpose (inside a number or a
    word), "{EURO/}" is a euro sign whose three encoded octets are split by a soft line break after the second.
    Longer lines are wrapped with soft breaks as an encoder would (at most 76 characters per encoded line, an
    escape =XX never split, but a break may fall between the octets of one character)."""
    tokens = []  # encoded pieces; "\x01" = forced soft break, "\n" = hard line break
    for ch in text.replace("{EURO/}", "\x00"):
        if ch == "\x00":
            tokens += ["=E2", "=82", "\x01", "=AC"]
        elif ch == "¦":
            tokens.append("\x01")
        elif ch == "\n":
            tokens.append("\n")
        elif ch == "=":
            tokens.append("=3D")
        elif 32 <= ord(ch) < 127:
            tokens.append(ch)
        else:
            tokens += [f"={b:02X}" for b in ch.encode("utf-8")]
    lines, cur = [], ""
    for t in tokens:
        if t == "\n":
            assert not cur.endswith(" "), cur
            lines.append(cur)
            cur = ""
        elif t == "\x01":
            lines.append(cur + "=")
            cur = ""
        else:
            if len(cur) + len(t) > 75:
                lines.append(cur + "=")
                cur = ""
            cur += t
    lines.append(cur)
    for ln in lines:
        assert len(ln) <= 76, ln
    return "\r\n".join(lines).encode("ascii")


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================

# u113 OCR text of a scanned printed quotation pasted into the body: ragged spacing, the "Unit Price" and "Lead Time"
# headers wrapped over two lines, a "Per" column (C = per 100, M = per 1000, legend below the table), "6-7 WKS" -> 49,
# "Page 1 of 1" footer, quote dated the day before the mail but with a written validity date. Cable "NO QUOTE".
sample("u113-ocr-scanned-quote", S.msg("Dale Wozniak <dwozniak@allegheny-fastener.example>", "text/plain", """Nora,

Our quoting system is down today, so I scanned the printed quote and ran it through OCR. The text is pasted below -
sorry about the spacing. The signed copy follows by mail.

----- OCR text -----
ALLEGHENY  FASTENER &  SPRING  CO.                        QUOTATION
1180 Liberty Ave.    Pittsburgh,  PA  15222              No.   Q-26-0588
Tel 412-555-0177    Fax 412-555-0178                    Date  06/04/2026
 '                                     .
Sold To:  Northridge  -  Attn:  Nora  Reyes
Your Ref:    NR-RFQ-0619                         Terms:  Net 30

 Ln  Part  Number       Description                  Quantity      Unit      Per    Lead
                                                                   Price            Time
 1   GSK-EPDM-80       GASKET  EPDM 80X62X3           5,000  EA    19.20      C     4  WKS
 2    CBL-4C22-PUR     CABLE 4C 22AWG SHLD PUR        1,500  M     NO  QUOTE
 3  SCR-M4X10-A2       SHCS  M4X10  A2-70            20,000  EA     30.50     M      STOCK
 4   PLT-0915-R2         PLATE, MOTOR BASE 6082-T6      120  EA    42.75    EA     6-7  WKS
 5   SPR-C0630-302     SPRING  COMP  302SS            8,000  EA     .0710    EA     3  WKS

 ALL PRICES IN U.S. DOLLARS.    PER:  EA = EACH,  C = PER 100,  M = PER 1000.
 F.O.B.  PITTSBURGH,  PA.        THIS QUOTATION VALID UNTIL  07/15/2026.

                                   Page 1 of 1
----- end of OCR text -----

Dale Wozniak
Inside Sales, Allegheny Fastener & Spring Co.
412-555-0177 x 214
"""), "partial", "USD", "2026-07-15", "FOB",
       [line(1, 0.192, lead=28), nob(2), line(3, 0.0305, lead=0), line(4, 42.75, lead=49), line(5, 0.071, lead=21)],
       ["no-bid"])

# u114 the quote is a message/rfc822 attachment (the sales desk's internal mail to the account manager, with its own
# Date header) under a one-line cover note. Gasket MOQ 10,000 above the 5,000 asked (quantity itself restated as
# requested); screws "$30.20 /M" -> 0.0302; plate "no quote"; written validity date, FCA Akron.
U114_INNER = S.crlf("""From: Gail Ortmann <gortmann@buckeye-seal.example>
To: Tom Reilly <treilly@buckeye-seal.example>
Subject: Pricing - Northridge NR-RFQ-0619
Date: Thu, 04 Jun 2026 16:42:00 -0400
Message-ID: <88412.sales-desk@buckeye-seal.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Tom,

Pricing for Northridge (Nora Reyes), RFQ NR-RFQ-0619 - OK to send as is:

GSK-EPDM-80      5,000 ea    $0.183 ea     5 wks   MOQ 10,000 (die-cut sheet yield)
CBL-4C22-PUR     1,500 m     $1.36 /m      2 wks
SCR-M4X10-A2    20,000 ea    $30.20 /M     stock
SPR-C0630-302    8,000 ea    $0.0698 ea    6 wks

We don't do machined plates, so no quote on PLT-0915-R2.

Pricing firm through July 10, 2026. FCA Akron, OH.

Gail Ortmann
Sales Desk, Buckeye Seal & Supply
""").encode("ascii")
sample("u114-forwarded-rfc822-attachment", message("sample", "Tom Reilly <treilly@buckeye-seal.example>", multipart(
    "mixed", "=_u114_mixed", [
        text_part("text/plain", "Nora - see our sales desk's offer in the attached message.\n\nTom Reilly\n"
                                "Account Manager, Buckeye Seal & Supply\n"),
        ("Content-Type: message/rfc822\nContent-Disposition: attachment; filename=\"Pricing - Northridge NR-RFQ-0619.eml\"\n"
         "Content-Transfer-Encoding: 7bit\n", U114_INNER)])),
       "partial", "USD", "2026-07-10", "FCA",
       [line(1, 0.183, lead=35, moq=10000), line(2, 1.36, lead=14), line(3, 0.0302, lead=0), nob(4),
        line(5, 0.0698, lead=42)],
       ["moq-above-quantity", "no-bid"])

# u115 one mail answering two RFQs: first a section for NR-RFQ-0633 (other parts, its line 4 priced), then the section
# for NR-RFQ-0619 (its line 4, the plate, "no quote"). Only the second section is this RFQ's quote; shared terms.
sample("u115-two-rfqs-one-mail", S.msg("Marty Szabo <mszabo@cuyahoga-industrial.example>", "text/plain", """Hi Nora,

Answering both of your open RFQs in one go.

=== NR-RFQ-0633 (fasteners for the conveyor frame) ===

Ln  Part            Qty        Unit price    Lead
1   WSH-M6-A2       10,000     $0.0120       stock
2   NUT-M6-A2       10,000     $0.0185       2 wks
3   BRK-0422-ZN        500     $3.45         4 wks
4   PIN-D6X30        2,000     $0.094        3 wks
5   SCR-M6X16-A2     5,000     $0.0410       stock

=== NR-RFQ-0619 (mechanical and cable parts) ===

Ln  Part            Qty        Unit price    Lead
1   GSK-EPDM-80      5,000     $0.189        4 wks
2   CBL-4C22-PUR     1,500 m   $1.39 /m      3 wks
3   SCR-M4X10-A2    20,000     $0.0312       stock
4   PLT-0915-R2        120     no quote
5   SPR-C0630-302    8,000     $0.0715       5 wks

Both quotes: US dollars, FOB Cleveland, OH, valid until July 31, 2026.

Thanks,
Marty Szabo
Cuyahoga Industrial Supply
216-555-0139
""", subject="RE: RFQ NR-RFQ-0619 / NR-RFQ-0633"), "partial", "USD", "2026-07-31", "FOB",
       [line(1, 0.189, lead=28), line(2, 1.39, lead=21), line(3, 0.0312, lead=0), nob(4), line(5, 0.0715, lead=35)],
       ["no-bid"])

# u116 terse phone reply: part nicknames in lower case with dashes dropped and suffixes cut ("gsk epdm80",
# "scr m4x10", "spr c0630"), "$.19", "$31/M" -> 0.031, "4wk", "3-4 wk" -> 28, cable and plate "n/q" by name,
# "good 30 days" from the Date header, "Sent from my iPhone".
sample("u116-iphone-nicknames", S.msg("Rick Lansing <rick@erie-gasket.example>", "text/plain", """Nora - re 0619

gsk epdm80   $.19   4wk
scr m4x10   $31/M   stock
spr c0630   $.07   3-4 wk
cable + plate n/q

prices good 30 days, fob erie pa

Sent from my iPhone
"""), "partial", "USD", "2026-07-05", "FOB",
       [line(1, 0.19, lead=28), nob(2), line(3, 0.031, lead=0), nob(4), line(5, 0.07, lead=28)],
       ["no-bid"])

# u117 Outlook ("Microsoft Word 15 (filtered medium)") HTML, quoted-printable: MSO conditional comments, <o:p></o:p>,
# MsoNormal paragraphs; a two-cell layout table - the terms block on the left, the price table nested in the right
# cell. "$29.80 /1,000" -> 0.0298, "10 working days" -> 14, plate 11 weeks = 77 days (after its need-by).
def mso(text, bold=False):
    t = f"<b>{text}</b>" if bold else text
    return f'<p class="MsoNormal"><span style="font-size:10.0pt">{t}<o:p></o:p></span></p>'


U117_ROWS = [("Part number", "Qty", "Unit price", "Lead time"),
             ("GSK-EPDM-80", "5,000", "$0.1875", "4 weeks"),
             ("CBL-4C22-PUR", "1,500 m", "$1.44 /m", "10 working days"),
             ("SCR-M4X10-A2", "20,000", "$29.80 /1,000", "stock"),
             ("PLT-0915-R2", "120", "$43.60", "11 weeks"),
             ("SPR-C0630-302", "8,000", "$0.0689", "5 weeks")]
U117_TABLE = "\n".join(
    "<tr>" + "".join(f'<td valign="top" style="border:solid #BFBFBF 1.0pt;padding:2.0pt 5.0pt 2.0pt 5.0pt">{mso(c, i == 0)}</td>'
                     for c in r) + "</tr>" for i, r in enumerate(U117_ROWS))
sample("u117-outlook-mso-nested-table", S.msg("Pam Kowalczyk <pkowalczyk@portage-mfg.example>", "text/html", f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {{behavior:url(#default#VML);}}
o\\:* {{behavior:url(#default#VML);}}
w\\:* {{behavior:url(#default#VML);}}
</style><![endif]-->
<style><!--
/* Font Definitions */
@font-face {{font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face {{font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}}
.MsoChpDefault {{mso-style-type:export-only; font-family:"Calibri",sans-serif;}}
@page WordSection1 {{size:8.5in 11.0in; margin:1.0in 1.0in 1.0in 1.0in;}}
div.WordSection1 {{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Hi Nora,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you for the RFQ. Our quotation for NR-RFQ-0619 is below.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100.0%;border-collapse:collapse">
<tr>
<td width="32%" valign="top" style="width:32.0%;background:#F2F2F2;padding:6.0pt 6.0pt 6.0pt 6.0pt">
{mso("Quotation Q26-1184", True)}
{mso("Date: June 5, 2026")}
{mso("Currency: USD")}
{mso("Incoterms 2020: CPT Dayton, OH")}
{mso("Valid until: June 30, 2026")}
{mso("Payment: Net 30 days")}
</td>
<td width="68%" valign="top" style="width:68.0%;padding:6.0pt 6.0pt 6.0pt 6.0pt">
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
{U117_TABLE}
</table>
{mso("&nbsp;")}
</td>
</tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Best regards,<o:p></o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Pam Kowalczyk</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Customer Service | Portage Manufacturing Supply<br>
Office 330-555-0148 | Mobile 330-555-0191<o:p></o:p></span></p>
</div>
</body>
</html>""", cte="quoted-printable"), "parsed", "USD", "2026-06-30", "CPT",
       [line(1, 0.1875, lead=28), line(2, 1.44, lead=14), line(3, 0.0298, lead=0), line(4, 43.60, lead=77),
        line(5, 0.0689, lead=35)],
       ["lead-time-after-need-by"])

# u118 revised quote that replaces the vendor's offer of June 3, quoted below in an Outlook From:/Sent: block with
# other prices, EXW and an earlier validity. Only the revision counts: new prices, FCA, July 17; the spring is now
# declined (it was priced in the earlier offer).
sample("u118-revised-replaces-earlier", S.msg("Brian Kessler <bkessler@lakeerie-industrial.example>", "text/plain", """Nora,

REVISED QUOTE - this replaces our offer of June 3 (Q-4471) in full. Our rubber supplier lowered its compound
price and we re-ran the screw and plate costs. New prices, US dollars:

GSK-EPDM-80      0.179 ea      3 weeks
CBL-4C22-PUR     1.33 /m       2 weeks
SCR-M4X10-A2     0.0295 ea     stock
PLT-0915-R2      40.80 ea      7 weeks
SPR-C0630-302    no quote - our spring source has discontinued the 0.6 mm 302 wire, sorry

Revised quote valid until July 17, 2026, FCA Toledo, OH.

Regards,
Brian Kessler
Lake Erie Industrial Supply
419-555-0150

From: Brian Kessler <bkessler@lakeerie-industrial.example>
Sent: Wednesday, June 3, 2026 2:14 PM
To: Nora Reyes <nreyes@northridge.example>
Subject: RE: RFQ NR-RFQ-0619 - Mechanical and cable parts

Nora,

Our quote Q-4471 for NR-RFQ-0619, US dollars:

GSK-EPDM-80      0.195 ea      5 weeks
CBL-4C22-PUR     1.45 /m       2 weeks
SCR-M4X10-A2     0.0320 ea     stock
PLT-0915-R2      44.00 ea      7 weeks
SPR-C0630-302    0.0740 ea     4 weeks

Valid until June 30, 2026, EXW Toledo, OH.

Brian Kessler
Lake Erie Industrial Supply
""", subject="RE: RFQ NR-RFQ-0619 - Mechanical and cable parts - REVISED"), "partial", "USD", "2026-07-17", "FCA",
       [line(1, 0.179, lead=21), line(2, 1.33, lead=14), line(3, 0.0295, lead=0), line(4, 40.80, lead=49), nob(5)],
       ["no-bid"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================

# u119 HTML-only body in base64: a table with "US$ 3.35 / kg" (KG line, stays per kg), "/ sheet", "US$ 18.90 /
# 1,000 pcs" -> 0.0189; hose and kit never mentioned; "valid 30 days" from the Date header; EXW with a place.
blind("u119-base64-html", H.msg("Tasha Greer <tgreer@piedmont-plastics.example>", "text/html", """<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:9pt">
<p>Hi Lena,</p>
<p>Here is our offer for HM-RFQ-2611 (resin, sheet, bearings and O-rings).</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Item</th><th>Part No.</th><th>Description</th><th>Qty</th><th>Unit Price</th><th>Delivery</th></tr>
<tr><td>1</td><td>RES-PA66-GF30</td><td>PA66 GF30, heat stabilised, black</td><td>2,500&nbsp;kg</td><td>US$&nbsp;3.35 / kg</td><td>3 weeks</td></tr>
<tr><td>2</td><td>SHT-5052H32-030</td><td>Sheet 5052-H32 3.0 x 1250 x 2500</td><td>90 sheets</td><td>US$&nbsp;144.00 / sheet</td><td>5 weeks</td></tr>
<tr><td>3</td><td>BRG 6205-2RS</td><td>Ball bearing 6205-2RS C3</td><td>400 pcs</td><td>US$&nbsp;3.05 / pc</td><td>stock</td></tr>
<tr><td>4</td><td>OR-0120-NBR70</td><td>O-ring 12 x 2 NBR 70</td><td>50,000 pcs</td><td>US$&nbsp;18.90 / 1,000 pcs</td><td>stock</td></tr>
</table>
<p>Prices valid 30 days. EXW Charlotte, NC.</p>
<p>Tasha Greer<br>Piedmont Plastics &amp; Industrial<br>704-555-0126</p>
</body></html>""", cte="base64"), "partial", "USD", "2026-07-12", "EXW",
      [line(1, 3.35, lead=21), line(2, 144.00, lead=35), line(3, 3.05, lead=0), line(4, 0.0189, lead=0)],
      ["missing-line"])

# u120 prices stated only as lot totals next to the requested quantities ("2,500 kg ... lot total USD 8,125.00"),
# unit price by division; a grand total under them; one global lead time with an exception for the bearings (stock);
# the kit "no quote".
blind("u120-lot-totals-only", H.msg("Earl Fontenot <efontenot@mobile-bay-supply.example>", "text/plain", """Lena,

Lot pricing for HM-RFQ-2611 below. Quantities exactly as you asked; the prices are lot totals in US dollars.

RES-PA66-GF30       2,500 kg     lot total USD  8,125.00
SHT-5052H32-030        90 pcs    lot total USD 12,735.00
BRG 6205-2RS          400 pcs    lot total USD  1,308.00
OR-0120-NBR70      50,000 pcs    lot total USD  1,025.00
HSE-2SN-08            800 m      lot total USD  3,368.00
                                 ------------------------
                                 Total     USD 26,561.00

KIT-PX200-SEAL: no quote, we don't assemble kits.

Delivery 4 weeks ARO on all of the above except the bearings, which are in stock.
Quote valid until July 10, 2026. FOB Mobile, AL.

Earl Fontenot
Mobile Bay Industrial Supply
251-555-0117
"""), "partial", "USD", "2026-07-10", "FOB",
      [line(1, 3.25, lead=28), line(2, 141.50, lead=28), line(3, 3.27, lead=0), line(4, 0.0205, lead=28),
       line(5, 4.21, lead=28), nob(6)],
      ["no-bid"])

# u121 HTML table with a two-row header ("Price (USD)" colspan over Unit | Ext.) and rowspan: the bearing and the
# O-rings each have two tier rows (the requested quantity, then an optional higher quantity) sharing the part,
# description and lead-time cells; the requested-quantity row is the unit price, the second row only a break (no
# quantity change). Resin "No quote" in a colspan cell; sheets not mentioned.
blind("u121-html-rowspan-tiers", H.msg("Rosa Villarreal <rvillarreal@brazos-mro.example>", "text/html", """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello Lena,</p>
<p>Our quotation for HM-RFQ-2611. For the bearings and O-rings the second row is an optional higher-quantity price,
in case you want to stock up.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#D9E1F2"><th rowspan="2">Part no.</th><th rowspan="2">Description</th><th rowspan="2">Qty</th><th colspan="2">Price (USD)</th><th rowspan="2">Lead time</th></tr>
<tr style="background:#D9E1F2"><th>Unit</th><th>Ext.</th></tr>
<tr><td rowspan="2">BRG 6205-2RS</td><td rowspan="2">Deep groove ball bearing 6205-2RS C3</td><td align="right">400</td><td align="right">3.38</td><td align="right">1,352.00</td><td rowspan="2">2 weeks</td></tr>
<tr><td align="right">1,000</td><td align="right">3.02</td><td align="right">3,020.00</td></tr>
<tr><td rowspan="2">OR-0120-NBR70</td><td rowspan="2">O-ring 12 x 2 mm NBR 70</td><td align="right">50,000</td><td align="right">0.0198</td><td align="right">990.00</td><td rowspan="2">stock</td></tr>
<tr><td align="right">100,000</td><td align="right">0.0172</td><td align="right">1,720.00</td></tr>
<tr><td>HSE-2SN-08</td><td>Hydraulic hose EN 853 2SN DN12</td><td align="right">800 m</td><td align="right">4.18</td><td align="right">3,344.00</td><td>3 weeks</td></tr>
<tr><td>KIT-PX200-SEAL</td><td>Seal kit PX-200, bagged and labelled</td><td align="right">150 sets</td><td align="right">41.20</td><td align="right">6,180.00</td><td>7 weeks</td></tr>
<tr><td>RES-PA66-GF30</td><td>PA66 GF30 resin</td><td align="right">2,500 kg</td><td colspan="3">No quote - not our product line</td></tr>
</table>
<p>Valid until 17 July 2026. DAP Houston, TX (Incoterms 2020).</p>
<p>Rosa Villarreal<br>Brazos MRO &amp; Fluid Power<br>979-555-0152</p>
</body></html>"""), "partial", "USD", "2026-07-17", "DAP",
      [nob(1), line(3, 3.38, lead=14), line(4, 0.0198, lead=0), line(5, 4.18, lead=21), line(6, 41.20, lead=49)],
      ["missing-line", "no-bid"])

# u122 XLSX with two header rows - a group row ("Quantity" over Qty | UoM, "Price (USD)" over Unit | Extended, "Lead
# time" over "weeks") above the real one - and a totals row at the bottom; bearing and O-rings "no quote" in Remarks.
U122_XLSX = xlsx_book([("Quotation", [
    ["Magnolia Plastics & Metals - Quotation MPM-4410 - Halvorsen Mfg. HM-RFQ-2611"], [""],
    ["Line", "Part number", "Description", "Quantity", "", "Price (USD)", "", "Lead time", "Remarks"],
    ["", "", "", "Qty", "UoM", "Unit", "Extended", "weeks", ""],
    [1, "RES-PA66-GF30", "PA66 GF30 resin, black, 25 kg bags", 2500, "KG", 3.22, 8050, 3, ""],
    [2, "SHT-5052H32-030", "Sheet 5052-H32 3.0 x 1250 x 2500", 90, "EA", 138.75, 12487.5, 5, ""],
    [3, "BRG 6205-2RS", "Bearing 6205-2RS C3", 400, "EA", "", "", "", "no quote"],
    [4, "OR-0120-NBR70", "O-ring 12 x 2 NBR 70", 50000, "EA", "", "", "", "no quote"],
    [5, "HSE-2SN-08", "Hose EN 853 2SN DN12", 800, "M", 4.29, 3432, 4, ""],
    [6, "KIT-PX200-SEAL", "Seal kit PX-200", 150, "SET", 39.6, 5940, 6, ""],
    ["", "", "", "", "", "Total", 29909.5, "", ""]])])
blind("u122-xlsx-group-header-totals", H.with_attachment("Clay Broussard <cbroussard@magnolia-pm.example>", """Lena,

Our quotation MPM-4410 for HM-RFQ-2611 is attached. Valid until 31 July 2026, FCA Gulfport, MS.

Clay Broussard
Magnolia Plastics & Metals""", XLSX, "MPM-4410.xlsx", U122_XLSX),
      "partial", "USD", "2026-07-31", "FCA",
      [line(1, 3.22, lead=21), line(2, 138.75, lead=35), nob(3), nob(4), line(5, 4.29, lead=28),
       line(6, 39.60, lead=42)],
      ["no-bid"])

# u123 a short quote (two items, "USD 21.00 per 1,000" -> 0.021) from a UK house quoting in US dollars, then a
# signature full of numbers (phones, company and VAT registration, sort code, account, IBAN, BIC, ISO certificate)
# and a long confidentiality disclaimer with section numbers, hours and an Act's year. The other four declined.
blind("u123-disclaimer-number-signature", H.msg("Graham Whitworth <g.whitworth@pennine-bearings.example>", "text/plain", """Lena,

HM-RFQ-2611: we can offer two items, prices in US dollars:

- BRG 6205-2RS, 400 pcs: USD 3.29 each, from stock
- OR-0120-NBR70, 50,000 pcs: USD 21.00 per 1,000, 1 week

We cannot quote the resin, the aluminium sheet, the hose or the seal kits.
CPT Houston, TX; offer valid until 15 July 2026.

Best regards

Graham Whitworth
Sales Engineer
Pennine Bearings & Seals Ltd
Unit 14, Calder Trading Estate, Huddersfield HD2 1YT, United Kingdom
Tel: +44 (0)1484 555 0162 | Fax: +44 (0)1484 555 0163 | Mobile: +44 (0)7700 900 418
Registered in England and Wales No. 04817723 | VAT Reg. No. GB 284 6619 07
Bank: Northern Counties Bank plc | Sort code 40-12-76 | Account 31926604
IBAN GB29 NCBK 4012 7631 9266 04 | BIC NCBKGB2L
ISO 9001:2015 Certificate No. 12 100 44871 TMS | Opening hours Mon-Fri 08:00-17:00 GMT

________________________________________________________________________________
CONFIDENTIALITY NOTICE: This e-mail and any files transmitted with it are confidential and intended solely for
the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please
notify the sender immediately by telephone on +44 (0)1484 555 0100 and delete it from your system within 24
hours. You must not copy, distribute, disclose or take any action in reliance on it. Any views or opinions
presented in this e-mail are solely those of the author and do not necessarily represent those of Pennine
Bearings & Seals Ltd (company number 04817723). Although we have taken reasonable precautions to ensure no
viruses are present in this e-mail, we cannot accept responsibility for any loss or damage arising from the use
of this e-mail or attachments. Personal data is processed in accordance with the Data Protection Act 2018 and
the UK GDPR (Articles 13 and 14); see our privacy notice, version 3.2 of 01/02/2025. E-mail communications may
be monitored in accordance with the Investigatory Powers Act 2016, Part 1, Section 3. Please consider the
environment before printing this e-mail: 1 tonne of paper = 24 trees.
________________________________________________________________________________
"""), "partial", "USD", "2026-07-15", "CPT",
      [nob(1), nob(2), line(3, 3.29, lead=0), line(4, 0.021, lead=7), nob(5), nob(6)],
      ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================

# u124 hand-made quoted-printable UTF-8 plain text: soft line breaks inside numbers ("43.=" / "90", "2,0=" / "00"),
# inside words ("wee=" / "ks") and once between the encoded octets of a euro sign ("=E2=82=" / "=AC"); "€" as
# =E2=82=AC elsewhere. Irish vendor, English, euro amounts with decimal points; housing "no quote".
U124_TEXT = """Hi Jonas,

Thanks for including us on VM-RFQ-4418. Our prices below are in euro, per piece (per set for the ¦bracket sets):

Line 1  SH-2231-C rev B         250 pcs    €43.¦90 each       6 weeks
Line 2  HSG-1180-GJL             25 pcs    no quote (no foundry partner ¦for GJL-250 at present)
Line 3  FIT-316-G12-10        2,0¦00 pcs    €3.68 each        2 wee¦ks
Line 4  DSBC-32-80-PPVA-N3      120 pcs    {EURO/}71.25 each       3 weeks (genuine Fes¦to)
Line 5  2231-004-03             150 sets   €25.¦90 per set    4 weeks

Delivery DAP Bremen (Incoterms 2020). This quotation is valid until 31 Ju¦ly 2026. Payment 30 days net.

Kind regards,
Ciarán Walsh
Shannon Precision Engineering Ltd
+353 61 555 0190
"""
blind2("u124-qp-soft-breaks-euro", V.message("Ciarán Walsh <c.walsh@shannon-precision.example>", (
    "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n", qp_soft(U124_TEXT))),
       "partial", "EUR", "2026-07-31", "DAP",
       [line(1, 43.90, "EUR", lead=42), nob(2), line(3, 3.68, "EUR", lead=14), line(4, 71.25, "EUR", lead=21),
        line(5, 25.90, "EUR", lead=28)],
       ["no-bid"])

# u125 answers keyed by RFQ line number only ("Item 1) ..."), no part numbers or descriptions; a one-off fixture
# cost on the housing (note); two lines declined; "valid for 60 days" from the Date header; FCA Brno.
blind2("u125-item-numbers-only", V.msg("Tomáš Dvořák <t.dvorak@morava-cnc.example>", "text/plain", """Dear Mr. Albers,

regarding your inquiry VM-RFQ-4418, please find our answers by the line numbers of your RFQ:

Item 1) EUR 40.90 per piece, delivery 8 weeks after order.
Item 2) EUR 1,210.00 per piece, delivery 12 weeks after order. One-off fixture cost EUR 950.00,
        invoiced with the first delivery.
Item 3) Sorry, no quote - we do not make fittings.
Item 4) No quote - purchased part, please buy it directly from the distributor.
Item 5) EUR 28.40 per set, delivery 6 weeks after order.

Quantities as in your inquiry. The offer is valid for 60 days. Delivery terms FCA Brno (Incoterms 2020).

Best regards
Tomáš Dvořák
Morava CNC s.r.o.
+420 545 555 017
"""), "partial", "EUR", "2026-08-14", "FCA",
       [line(1, 40.90, "EUR", lead=56), line(2, 1210.0, "EUR", lead=84), nob(3), nob(4), line(5, 28.40, "EUR", lead=42)],
       ["no-bid", "note"])

# u126 Dutch: a text table "Regel | Artikelnummer | Aantal | Prijs | Levertijd" with decimal commas, "€ 372,00 per
# 100 st." -> 3.72, "uit voorraad" -> 0, "15 werkdagen" -> 21, "5 tot 6 weken" -> 42; lines 1 and 2 "kunnen wij
# helaas niet leveren" (declined); "geldig tot en met 31 juli 2026".
blind2("u126-dutch-levertijd", V.msg("Sanne de Vries <s.devries@rijnmond-pneumatiek.example>", "text/plain", """Geachte heer Albers,

Hartelijk dank voor uw aanvraag VM-RFQ-4418. Graag bieden wij u het volgende aan:

Regel  Artikelnummer         Aantal      Prijs                    Levertijd
3      FIT-316-G12-10        2.000 st.   € 372,00 per 100 st.     uit voorraad
4      DSBC-32-80-PPVA-N3      120 st.   € 69,85 per stuk         15 werkdagen
5      2231-004-03             150 sets  € 27,10 per set          5 tot 6 weken

De regels 1 en 2 (aandrijfas en tandwielkast) kunnen wij helaas niet leveren.

Alle prijzen zijn exclusief btw. Levering DAP Bremen (Incoterms 2020).
Deze offerte is geldig tot en met 31 juli 2026.

Met vriendelijke groet,

Sanne de Vries
Binnendienst
Rijnmond Pneumatiek B.V.
+31 10 555 0143
"""), "partial", "EUR", "2026-07-31", "DAP",
       [nob(1), nob(2), line(3, 3.72, "EUR", lead=0), line(4, 69.85, "EUR", lead=21), line(5, 27.10, "EUR", lead=42)],
       ["no-bid"])

# u127 quantity tiers as column headers ("1+ | 100+ | 500+ | 2,500+") in a plain-text table, one row per part: 2,000
# fittings -> the 500+ column (3.70), 120 cylinders and 150 sets -> 100+; "-" in unused tiers; lead time column before
# the tiers ("4-5 wks" -> 35). Shaft and housing not mentioned; validity short.
blind2("u127-tier-column-headers", V.msg("Mads Kjeldsen <mk@kolding-automation.example>", "text/plain", """Hi Jonas,

Our quantity-break prices for VM-RFQ-4418, in EUR per piece (per set for the bracket sets). Pick the column
for your quantity:

Part no.             Description                      Lead time   1+       100+     500+     2,500+
FIT-316-G12-10       Male connector G1/2-10, 316L     stock       4.25     3.95     3.70     3.35
DSBC-32-80-PPVA-N3   Festo ISO cylinder 32/80         3 wks       79.40    72.10    -        -
2231-004-03          Sensor bracket set L+R           4-5 wks     33.00    29.60    -        -

FCA Kolding (Incoterms 2020). Prices valid until 30 June 2026.

Best regards,
Mads Kjeldsen
Kolding Automation A/S
+45 75 55 01 38
"""), "partial", "EUR", "2026-06-30", "FCA",
       [line(3, 3.70, "EUR", lead=0), line(4, 72.10, "EUR", lead=21), line(5, 29.60, "EUR", lead=35)],
       ["missing-line", "validity-short"])

# u128 every line quoted (German number format in an English mail), under a global clause: all prices subject to the
# alloy and scrap surcharge of the delivery month (note). "valid 30 days" from the Date header; FCA Wuppertal.
blind2("u128-global-alloy-surcharge", V.msg("Katrin Vogt <k.vogt@wupper-antriebstechnik.example>", "text/plain", """Dear Mr Albers,

thank you for your enquiry VM-RFQ-4418. We quote all five positions as follows (prices in EUR, net):

Pos  Part no.              Qty         Unit price       Delivery
1    SH-2231-C rev B         250 pcs   42,30 /pc        8 weeks
2    HSG-1180-GJL             25 pcs   1.240,00 /pc     14 weeks
3    FIT-316-G12-10        2.000 pcs   3,82 /pc         3 weeks
4    DSBC-32-80-PPVA-N3      120 pcs   73,50 /pc        4 weeks
5    2231-004-03             150 sets  26,75 /set       6 weeks

All prices are subject to the alloy and scrap surcharge valid in the month of delivery (published monthly on
our website); the surcharge is not included in the prices above.

Offer valid 30 days. Delivery FCA Wuppertal (Incoterms 2020). Payment 30 days net.

Kind regards
Katrin Vogt
Wupper Stahl- und Antriebstechnik GmbH
+49 202 555 0164
"""), "parsed", "EUR", "2026-07-15", "FCA",
       [line(1, 42.30, "EUR", lead=56), line(2, 1240.0, "EUR", lead=98), line(3, 3.82, "EUR", lead=21),
        line(4, 73.50, "EUR", lead=28), line(5, 26.75, "EUR", lead=42)],
       ["note"])


if __name__ == "__main__":
    ROUND.write()

#!/usr/bin/env python3
"""Writes replies u913..u928 (Corpus/u*.eml + expected u*.json) - the fifty-eighth blind round: six against
rfq-sample.json (NR-RFQ-0619, Date header, buyer and check() of make_blind.py), five against rfq-blind.json (HM-RFQ-2611,
those of make_blind4.py) and five against rfq-blind2.json (VM-RFQ-4418, those of make_blind6.py).

Like the earlier rounds, these replies were written BLIND: from the quote-parse normalization rules and the conventions
in ../../../../shared/quote-samples/README.md only, before the parser ran on them and without reading the extractor's
source. The expected values are what a human applying those rules arrives at; they were not adjusted to the parser's
output. The theme is SPANISH AND PORTUGUESE, BOTH SIDES OF THE ATLANTIC: sixteen ordinary replies from suppliers in
Spain, Portugal, Mexico, Brazil, Argentina, Chile and Colombia, written wholly or mostly in Spanish or Portuguese.
A Monterrey fastener house quoting in PESOS MEXICANOS with a bare "$" ("$58.00 MXN la caja de 100 pzas", "$1.36 MXN
c/u", "en existencia", "15 días hábiles", "no cotizamos", "fuera de nuestro alcance"), ISO-8859-1 quoted-printable, the
buyer's request quoted below; a Guarulhos gasket and spring maker's HTML table in REAIS (BRL) with "R$ 37,80 o cento
(100 pç)", "30 dias corridos", "25 dias úteis", "não fornecemos" and a ten-day "validade da proposta"; a Sabadell
distributor quoting all five lines in EUR (windows-1252) with "0,176 €/ud.", "29,40 € por millar", "pronta entrega", a
price break ("escalado") and a written validity date; a Medellín machine shop asking a question about the base plate;
a Maia (Portugal) distributor selling the cable only in whole 305 m spools ("439,20 € por bobina", 5 bobinas = 1.525 m)
and screws "o milhar"; a Córdoba (Argentina) machine shop in USD with decimal commas, "cantidad mínima" above the
quantity and a one-off set-up charge, in multipart/alternative.
A Concepción (Chile) industrial supplier in USD with "US$ 24,50 por millar" and a 10 "días hábiles" hose; a Querétaro
resin distributor's HTML table with a price "por saco de 25 kg" and a short validity; a Zaragoza bearing house's XLSX
in EUR with a "Unidad de precio" column and "días naturales"; a Leiria seal maker with O-rings "por bolsa com 50",
"pedido mínimo" above the kit quantity and a one-off cutting tool; a Curitiba hydraulics distributor declining the whole
RFQ in Portuguese.
A Vigo foundry quoting the housing with a one-off pattern ("modelo") charge; a Sorocaba pneumatics distributor in USD
offering a Camozzi cylinder "em substituição" ("equivalente") with a short validity; a Puebla machine shop in USD with a
late shaft ("10 a 12 semanas"); a Braga metalworking firm's HTML table for all five lines in EUR with a "pedido mínimo"
and an alloy surcharge that may be added; and a Castellón pneumatics distributor with fittings "la caja de 10 uds" and
a cylinder break ladder.
Freight, VAT, packing and payment remarks are no deviations; one-time charges and surcharges that may be added are
notes. The Date headers are the usual ones of each RFQ module (Fri 05 Jun / Fri 12 Jun / Mon 15 Jun 2026).
All companies, people, addresses and numbers are fictitious (.example domains)."""
from make_corpus import line, nob, xlsx  # expected-line shapes, one-sheet workbook writer
from blind_round import Round, close, plus, days, workdays  # the round's cases, checked and written; helpers
import make_blind as S  # rfq-sample.json: DATE Fri, 05 Jun 2026, buyer Nora Reyes, check()
import make_blind4 as H  # rfq-blind.json: DATE Fri, 12 Jun 2026, buyer Lena Marsh, check(), RFQ_TABLE
import make_blind6 as V  # rfq-blind2.json: DATE Mon, 15 Jun 2026, buyer Jonas Albers, check(), RFQ_ROWS

ROUND = Round(913)
sample, blind, blind2 = ROUND.sample, ROUND.blind, ROUND.blind2
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def classify(kind):
    """Sets the optional classification field on the case just added (a 'question' reason contains 'question')."""
    extra = {"classification": kind}
    if kind == "question":
        extra["reasonContains"] = "question"
    ROUND.cases[-1][2].update(extra)


def gt(text):
    """Quotes text the way a mail client does: '> ' before every line, a bare '>' on empty ones."""
    return "\n".join(("> " + t) if t else ">" for t in text.split("\n"))


# The buyers' requests as they appear quoted below some replies (quantities and need-by dates of the three RFQs; history,
# never a quote).
NR_ASK = """Hello,

Northridge would like your quotation for the parts below (RFQ NR-RFQ-0619). Please reply by June 12, 2026 with
unit price, lead time, validity of the offer and Incoterms.

Line  Part number     Description                                   Qty     Unit  Need by
1     GSK-EPDM-80     Gasket EPDM 70 Shore A, 80 OD x 62 ID x 3 mm   5000    EA    2026-08-03
2     CBL-4C22-PUR    Cable 4 x 22 AWG shielded, PUR, 305 m spools  1500    M     2026-07-20
3     SCR-M4X10-A2    SHCS M4 x 10 ISO 4762, A2-70                  20000   EA    2026-07-13
4     PLT-0915-R2     Motor base plate 6082-T6, CNC milled          120     EA    2026-08-17
5     SPR-C0630-302   Compression spring 302 SS, 0.6 x 6.3 x 30     8000    EA    2026-07-27

Thank you,
Nora Reyes
Purchasing, Northridge"""

HM_ASK = """Hello,

Halvorsen Manufacturing requests your quotation for the items below (RFQ HM-RFQ-2611), due June 19, 2026.

""" + H.RFQ_TABLE + """

Best regards,
Lena Marsh
Buyer, Halvorsen Manufacturing"""

VM_ASK = """Dear Sir or Madam,

Vossberg Maschinenbau requests your quotation for the items below (RFQ VM-RFQ-4418), due June 26, 2026.
Please state unit price in EUR, lead time, validity and delivery terms.

""" + "\n".join(f"{ln:<4}{pn:<21}{d:<44}{q:>5} {u:<4} {nb}" for ln, pn, d, q, u, nb in
                [("Pos", "Part no.", "Description", "Qty", "UoM", "Need by")] + V.RFQ_ROWS) + """

Kind regards,
Jonas Albers
Purchasing, Vossberg Maschinenbau GmbH, Bielefeld"""


# ===================================== rfq-sample.json (NR-RFQ-0619, USD, 05 Jun 2026) =====================================
# need-by: L1 Aug 3, L2 Jul 20, L3 Jul 13, L4 Aug 17, L5 Jul 27; validity-short below Jun 12 + 14 = Jun 26.
# quantities: L1 5,000 EA, L2 1,500 M, L3 20,000 EA, L4 120 EA, L5 8,000 EA.

# u913 a Monterrey (Mexico) fastener and spring distributor, wholly in Spanish, ISO-8859-1 quoted-printable, Gmail-style
# reply above the buyer's request ("El lun, 1 jun 2026 ... escribió:" and "> " lines: history). "todos los precios
# están en PESOS MEXICANOS (MXN) ... El signo $ ... es moneda nacional (MXN), no dólares" -> MXN, although "$" alone
# would be USD: the message says otherwise. Screws "$58.00 MXN la caja de 100 pzas", "20,000 pzas (200 cajas de 100)"
# -> 58.00 / 100 = 0.58 MXN each, the requested quantity -> null, "en existencia" -> 0. Springs "Precio unitario: $1.36
# MXN c/u" -> 1.36, "15 días hábiles" -> 15 x 7/5 = 21 (Jun 26, before Jul 27). "Partidas 1 y 4 ...: no cotizamos" and
# "Partida 2 ...: fuera de nuestro alcance" -> lines 1, 2, 4 declined. "Validez de la oferta: 30 días naturales" from
# Fri 5 Jun -> 2026-07-05 (not short); "FCA Apodaca, N.L." -> FCA. "50% anticipo" is a payment term. Partial,
# currency-differs (MXN against the USD RFQ), no-bid.
assert close(58.00 / 100, 0.58) and 200 * 100 == 20000 and workdays(15) == 21
assert plus("2026-06-05", 21) <= "2026-07-27" and plus("2026-06-05", 30) == "2026-07-05"
sample("u913-monterrey-mxn-caja-de-100-dias-habiles", S.msg("Alejandra Treviño Cantú <atrevino@tornillosdelnorte.example>", "text/plain", """Buenas tardes Nora:

Muchas gracias por tomarnos en cuenta para su requisición NR-RFQ-0619. Le comparto nuestra cotizacion.

IMPORTANTE: todos los precios están en PESOS MEXICANOS (MXN), más IVA. El signo $ en esta cotización es
moneda nacional (MXN), no dólares.

Partida 3 - SCR-M4X10-A2 - Tornillo cabeza cilíndrica allen M4 x 10, ISO 4762, inoxidable A2-70
    Cantidad: 20,000 pzas (200 cajas de 100)
    Precio: $58.00 MXN la caja de 100 pzas
    Entrega: en existencia en nuestro almacén de Apodaca

Partida 5 - SPR-C0630-302 - Resorte de compresión inox 302, alambre 0.6 mm, D.E. 6.3 mm, largo libre 30 mm
    Cantidad: 8,000 pzas
    Precio unitario: $1.36 MXN c/u
    Tiempo de entrega: 15 días hábiles

Partidas 1 y 4 (empaque de EPDM y placa base maquinada): no cotizamos, no manejamos hule ni maquinados.
Partida 2 (cable 4 x 22 AWG blindado): fuera de nuestro alcance por el momento.

Condiciones comerciales:
  - Validez de la oferta: 30 días naturales
  - Entrega: FCA Apodaca, N.L. (Incoterms 2020)
  - Forma de pago: 50% anticipo, 50% contra aviso de embarque

Quedo a sus órdenes para cualquier duda.

Saludos cordiales,

Alejandra Treviño Cantú
Ventas Exportación
Tornillos y Resortes del Norte, S.A. de C.V.
Av. Miguel Alemán 4410, Parque Industrial, Apodaca, N.L., C.P. 66600, México
Tel. +52 81 5550 3127  |  Cel. +52 81 1555 0984

El lun, 1 jun 2026 a las 8:02, Nora Reyes (<nreyes@northridge.example>) escribió:

""" + gt(NR_ASK) + "\n", charset="iso-8859-1", cte="quoted-printable",
                  subject="RE: RFQ NR-RFQ-0619 - Cotizacion Tornillos y Resortes del Norte"),
       "partial", "MXN", "2026-07-05", "FCA",
       [nob(1), nob(2), line(3, 0.58, "MXN", lead=0), nob(4), line(5, 1.36, "MXN", lead=21)],
       ["currency-differs", "no-bid"])


# u914 a Guarulhos (Brazil) gasket and spring maker, HTML only (quoted-printable), wholly in Portuguese. "Todos os
# valores estão em reais (R$ / BRL)" -> BRL. Item 1 gasket "R$ 0,96" "por peça" -> 0.96 BRL, "30 dias corridos" -> 30
# calendar days (Jul 5, before Aug 3). Item 5 spring "R$ 37,80" "o cento (100 pç)" -> 37.80 / 100 = 0.378 BRL, "25 dias
# úteis" -> 25 x 7/5 = 35 (Jul 10, before Jul 27). Quantities 5.000 / 8.000 as asked -> null. "Item 4 (placa base
# usinada): não fornecemos" -> declined. Cable and screws are never mentioned -> missing-line. "Validade da proposta: 10
# dias" from Fri 5 Jun -> 2026-06-15, earlier than Jun 26 -> validity-short. "FOB Santos" -> FOB; "frete internacional por
# conta do comprador" and the tax remark are no deviations. Partial, currency-differs (BRL against USD).
assert close(37.80 / 100, 0.378) and workdays(25) == 35 and plus("2026-06-05", 35) <= "2026-07-27"
assert plus("2026-06-05", 30) <= "2026-08-03" and plus("2026-06-05", 10) == "2026-06-15" < "2026-06-26"
U914_ROWS = [("Item", "Código", "Descrição", "Qtde", "Preço unitário", "Unidade de preço", "Prazo de entrega"),
             ("1", "GSK-EPDM-80", "Junta EPDM 70 Shore A, 80 x 62 x 3 mm, estampada", "5.000 pç", "R$ 0,96", "por peça",
              "30 dias corridos"),
             ("5", "SPR-C0630-302", "Mola de compressão aço inox 302, arame 0,6 mm, DE 6,3 mm, CL 30 mm", "8.000 pç",
              "R$ 37,80", "o cento (100 pç)", "25 dias úteis")]
sample("u914-guarulhos-html-brl-o-cento-dias-uteis", S.msg("Patrícia Nogueira <patricia.nogueira@vedamolas.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222222">
<p>Prezada Sra. Nora,</p>
<p>Conforme solicitado na RFQ NR-RFQ-0619, segue nossa proposta comercial nº PC-2026/0417 para os itens que fabricamos.
Todos os valores estão em reais (R$ / BRL), sem impostos (exportação isenta de IPI e ICMS).</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#8EA9DB;font-size:9pt">
""" + "\n".join("<tr>" + "".join((f"<th style=\"background:#D9E1F2\">{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r)
                + "</tr>" for i, r in enumerate(U914_ROWS)) + """
</table>
<p>Item 4 (placa base usinada): não fornecemos, não temos usinagem CNC em nossa planta.</p>
<p><b>Condições gerais</b><br>
Validade da proposta: 10 dias<br>
Condição de entrega: FOB Santos (Incoterms 2020) - frete internacional por conta do comprador<br>
Pagamento: 30 dias após embarque</p>
<p>Atenciosamente,</p>
<p>Patrícia Nogueira<br>
Depto. Comercial / Exportação<br>
Vedamolas Indústria de Vedações e Molas Ltda.<br>
Rod. Presidente Dutra, km 218 - Guarulhos/SP - CEP 07034-000<br>
Tel.: +55 11 2555-0163 | WhatsApp: +55 11 95550-0163</p>
<p style="font-size:8pt;color:#888888">Esta mensagem pode conter informação confidencial. Se você a recebeu por engano,
por favor avise o remetente e apague-a.</p>
</body></html>""", cte="quoted-printable", subject="Proposta PC-2026/0417 - RFQ NR-RFQ-0619"),
       "partial", "BRL", "2026-06-15", "FOB",
       [line(1, 0.96, "BRL", lead=30), nob(4), line(5, 0.378, "BRL", lead=35)],
       ["currency-differs", "missing-line", "no-bid", "validity-short"])


# u915 a Sabadell (Spain) industrial distributor, plain text in windows-1252, every line quoted in EUR ("Precios en
# euros (EUR)") with decimal commas and dot thousands. Gasket "0,176 €/ud." -> 0.176, "4 semanas" -> 28 (Jul 3, before
# Aug 3). Cable "1,38 €/m" on the metre line -> 1.38, "pronta entrega" (stock, as the note below the table repeats)
# -> 0. Screws "29,40 € por millar" -> 0.0294, "en existencia" -> 0. Plate "41,80 €/ud." -> 41.80, "6 semanas" -> 42
# (Jul 17, before Aug 17). Springs "ver escalado": "1 - 4.999 uds 0,0790 / 5.000 - 9.999 uds 0,0685 / 10.000 uds o más
# 0,0610" -> 8.000 falls in the middle row -> 0.0685, "20 días hábiles" -> 28 (Jul 3, before Jul 27). Quantities as
# asked -> null. "Validez de la oferta: hasta el 31 de julio de 2026" -> 2026-07-31; "CIP Chicago" -> CIP. Every line
# priced -> parsed; currency-differs (EUR against USD).
assert close(29.40 / 1000, 0.0294) and 5000 <= 8000 <= 9999 and workdays(20) == 28
assert plus("2026-06-05", 28) <= "2026-07-27" and plus("2026-06-05", 42) <= "2026-08-17"
sample("u915-sabadell-eur-por-millar-escalado-all-lines", S.msg("Jordi Puigdomènech <jpuigdomenech@sivalles.example>", "text/plain", """Estimada Nora:

Le remitimos nuestra oferta nº OF-26/1184 para su consulta NR-RFQ-0619. Precios en euros (EUR), IVA no incluido
(operación de exportación).

Pos.  Referencia       Cantidad      Precio unitario        Plazo de entrega
1     GSK-EPDM-80      5.000 uds     0,176 €/ud.            4 semanas
2     CBL-4C22-PUR     1.500 m       1,38 €/m               pronta entrega
3     SCR-M4X10-A2     20.000 uds    29,40 € por millar     en existencia
4     PLT-0915-R2      120 uds       41,80 €/ud.            6 semanas
5     SPR-C0630-302    8.000 uds     ver escalado           20 días hábiles

Escalado de precios pos. 5 (€/ud.):
   1 - 4.999 uds ............ 0,0790
   5.000 - 9.999 uds ........ 0,0685
   10.000 uds o más ......... 0,0610

El cable y los tornillos los tenemos en stock en nuestro almacén de Sabadell; el cable se corta a medida de
bobinas de 305 m sin cargo adicional.

Condiciones:
 - Validez de la oferta: hasta el 31 de julio de 2026
 - Entrega: CIP Chicago (Incoterms 2020), embalaje marítimo incluido
 - Forma de pago: transferencia a 30 días fecha factura

Quedamos a su disposición para cualquier aclaración.

Atentamente,

Jordi Puigdomènech
Departamento Comercial - Exportación
Subministres Industrials Vallès, S.L.
C/ de la Indústria 57, Pol. Ind. Can Roqueta, 08202 Sabadell (Barcelona)
Tel. +34 93 555 71 40  ·  NIF B65871234

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su
destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.
""", charset="windows-1252", subject="RE: RFQ NR-RFQ-0619 - Oferta OF-26/1184"),
       "parsed", "EUR", "2026-07-31", "CIP",
       [line(1, 0.176, "EUR", lead=28), line(2, 1.38, "EUR", lead=0), line(3, 0.0294, "EUR", lead=0),
        line(4, 41.80, "EUR", lead=42), line(5, 0.0685, "EUR", lead=28)],
       ["currency-differs"])


# u916 an Itagüí (Medellín, Colombia) machine shop asks two questions about the base plate (drawing and 3D model; thread
# inserts and finish) before quoting and promises price and lead time afterwards. The numbers in it are the buyer's
# part, dimensions and quantity; it prices nothing and declines nothing -> unparseable, no lines, no deviation kinds;
# classification "question".
sample("u916-medellin-plate-question-plano-step", S.msg("Juliana Restrepo Gómez <jrestrepo@mecanizadosaburra.example>", "text/plain", """Buenos días Nora,

Recibimos su solicitud NR-RFQ-0619, muchas gracias por la invitación. Estamos interesados en cotizar la placa
base PLT-0915-R2 (120 unidades), pero antes de darle precio necesitamos aclarar dos puntos:

1. ¿Nos puede enviar el plano en PDF y el modelo 3D en formato STEP? En la solicitud solo viene la
   descripción (placa 10 mm, 6082-T6, 4 x M6 roscadas) y sin el plano no podemos estimar el tiempo de máquina.
2. ¿Las roscas M6 van directamente en el aluminio o llevan insertos helicoidales? ¿La placa lleva algún
   acabado (anodizado, alodine) o se entrega en bruto de mecanizado?

Apenas tengamos la información le enviamos la cotización con precio y plazo de entrega.

Cordial saludo,

Juliana Restrepo Gómez
Ingeniera de Cotizaciones
Mecanizados del Aburrá S.A.S.
Calle 30 # 41-85, Itagüí, Antioquia, Colombia
PBX +57 604 555 2741
"""),
       "unparseable", None, None, None, [], [])
classify("question")


# u917 a Maia (Portugal) cable and fastener distributor, European Portuguese, plain text, Outlook reply above the buyer's
# request ("De: / Enviada: / Para: / Assunto:" - history). "preços em euros (EUR)" -> EUR. Cable "fornecido apenas em
# bobinas completas de 305 m: 5 bobinas = 1.525 m", "439,20 € por bobina de 305 m" -> 439.20 / 305 = 1.44 per metre;
# 1,500 / 305 = 4.92 -> 5 spools = 1,525 m, not the 1,500 asked -> quantity 1525 (quantity-differs); "3 semanas" -> 21
# (Jun 26, before Jul 20). Screws "27,80 € o milhar" -> 0.0278, "Quantidade: 20.000 un." as asked -> null, "pronta
# entrega (stock em armazém)" -> 0. "Itens 1, 4 e 5 ...: não fornecemos" -> declined. "Validade da proposta: 30 dias"
# from Fri 5 Jun -> 2026-07-05 (not short); "FCA Maia" -> FCA. Partial; currency-differs, no-bid, quantity-differs.
assert close(439.20 / 305, 1.44) and 4 * 305 < 1500 < 5 * 305 == 1525 and close(27.80 / 1000, 0.0278)
assert plus("2026-06-05", 21) <= "2026-07-20" and plus("2026-06-05", 30) == "2026-07-05"
sample("u917-maia-bobinas-305-m-o-milhar-pronta-entrega", S.msg("Rui Sampaio <rui.sampaio@eletrofix-maia.example>", "text/plain", """Exma. Sra. Nora Reyes,

Agradecemos o vosso pedido de cotação NR-RFQ-0619. Junto enviamos a nossa proposta para o cabo e os
parafusos, com preços em euros (EUR):

- CBL-4C22-PUR - Cabo 4 x 22 AWG blindado, bainha PUR, preto
  Fornecido apenas em bobinas completas de 305 m: 5 bobinas = 1.525 m
  Preço: 439,20 € por bobina de 305 m
  Prazo de entrega: 3 semanas

- SCR-M4X10-A2 - Parafuso cabeça cilíndrica sextavado interior ISO 4762 M4 x 10, inox A2-70
  Quantidade: 20.000 un.
  Preço: 27,80 € o milhar
  Prazo de entrega: pronta entrega (stock em armazém)

Itens 1, 4 e 5 (juntas, placas e molas): não fornecemos, não fazem parte da nossa gama.

Validade da proposta: 30 dias
Condições de entrega: FCA Maia (Incoterms 2020)
Pagamento: 60 dias data fatura

Com os melhores cumprimentos,

Rui Sampaio
Departamento Comercial
Eletrofix - Distribuição Industrial, Lda.
Zona Industrial da Maia I, Rua B, n.º 212, 4470-122 Maia, Portugal
Tel.: +351 22 555 0178 | Telem.: +351 91 555 0178

De: Nora Reyes <nreyes@northridge.example>
Enviada: 1 de junho de 2026 14:02
Para: Rui Sampaio <rui.sampaio@eletrofix-maia.example>
Assunto: RFQ NR-RFQ-0619 - Mechanical and cable parts

""" + NR_ASK + "\n"),
       "partial", "EUR", "2026-07-05", "FCA",
       [nob(1), line(2, 1.44, "EUR", qty=1525, lead=21), line(3, 0.0278, "EUR", lead=0), nob(4), nob(5)],
       ["currency-differs", "no-bid", "quantity-differs"])


# u918 a Córdoba (Argentina) machine shop, multipart/alternative (the text and the HTML part carry the same quote), wholly
# in Spanish with Argentine decimal commas. "Cotizamos en dólares estadounidenses (USD)" -> USD (the RFQ currency).
# Ítem 4 plate "Precio unitario USD 44,50" -> 44.50; "Cantidad mínima de fabricación: 150 unidades por lote" -> moq 150,
# above the 120 asked (moq-above-quantity); the quantity is not restated -> null. "8 a 9 semanas" -> upper bound 63 (Aug
# 7, before Aug 17). "Herramental y puesta a punto (dispositivo de sujeción): USD 320,00, por única vez" -> one-off
# charge: note. "Los ítems 1, 2, 3 y 5 quedan fuera de nuestro alcance" -> declined. "Validez de la oferta: 30 días" from
# Fri 5 Jun -> 2026-07-05 (not short); "FCA Córdoba" -> FCA. Partial; moq-above-quantity, no-bid, note.
assert 150 > 120 and plus("2026-06-05", 9 * 7) == "2026-08-07" <= "2026-08-17" and plus("2026-06-05", 30) == "2026-07-05"
U918_TEXT = """Estimada Nora, buenas tardes.

Gracias por la consulta NR-RFQ-0619. Cotizamos en dólares estadounidenses (USD) la placa base, que es lo que
fabricamos:

Ítem 4 - PLT-0915-R2 - Placa base motor, aluminio 6082-T6 espesor 10 mm, fresado CNC, 4 roscas M6
   Precio unitario: USD 44,50
   Plazo de entrega: 8 a 9 semanas
   Cantidad mínima de fabricación: 150 unidades por lote

Herramental y puesta a punto (dispositivo de sujeción): USD 320,00, por única vez.

Los ítems 1, 2, 3 y 5 quedan fuera de nuestro alcance (no fabricamos juntas, cables, tornillería ni resortes).

Validez de la oferta: 30 días
Condición de entrega: FCA Córdoba, aeropuerto Ing. Ambrosio Taravella (Incoterms 2020)
Forma de pago: 40% anticipo con la orden de compra, saldo contra aviso de despacho

Saludos cordiales,
Ing. Pablo Ferreyra
Mecanizados Mediterránea S.R.L.
Av. Circunvalación Sur 2870, X5010 Córdoba, Argentina
Tel. +54 351 555-4120"""
U918_HTML = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Estimada Nora, buenas tardes.</p>
<p>Gracias por la consulta NR-RFQ-0619. Cotizamos en dólares estadounidenses (USD) la placa base, que es lo que
fabricamos:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#F2F2F2"><th>Ítem</th><th>Código</th><th>Descripción</th><th>Precio unitario</th><th>Plazo de entrega</th></tr>
<tr><td>4</td><td>PLT-0915-R2</td><td>Placa base motor, aluminio 6082-T6 espesor 10 mm, fresado CNC, 4 roscas M6</td><td>USD 44,50</td><td>8 a 9 semanas</td></tr>
</table>
<p>Cantidad mínima de fabricación: 150 unidades por lote.<br>
Herramental y puesta a punto (dispositivo de sujeción): USD 320,00, por única vez.</p>
<p>Los ítems 1, 2, 3 y 5 quedan fuera de nuestro alcance (no fabricamos juntas, cables, tornillería ni resortes).</p>
<p>Validez de la oferta: 30 días<br>
Condición de entrega: FCA Córdoba, aeropuerto Ing. Ambrosio Taravella (Incoterms 2020)<br>
Forma de pago: 40% anticipo con la orden de compra, saldo contra aviso de despacho</p>
<p>Saludos cordiales,<br>Ing. Pablo Ferreyra<br>Mecanizados Mediterránea S.R.L.<br>
Av. Circunvalación Sur 2870, X5010 Córdoba, Argentina<br>Tel. +54 351 555-4120</p>
</body></html>"""
sample("u918-cordoba-alt-usd-cantidad-minima-herramental", S.alternative("Ing. Pablo Ferreyra <pferreyra@mecmediterranea.example>", U918_TEXT, U918_HTML),
       "partial", "USD", "2026-07-05", "FCA",
       [nob(1), nob(2), nob(3), line(4, 44.50, lead=63, moq=150), nob(5)],
       ["moq-above-quantity", "no-bid", "note"])


# ===================================== rfq-blind.json (HM-RFQ-2611, USD, 12 Jun 2026) =====================================
# need-by: L1 Jul 20, L2 Aug 10, L3 Jul 27, L4 Aug 17, L5 Sep 1, L6 Sep 21; validity-short below Jun 19 + 14 = Jul 3.
# quantities: L1 2,500 KG, L2 90 EA, L3 400 EA, L4 50,000 EA, L5 800 M, L6 150 SET.

# u919 a Concepción (Chile) industrial supplier, wholly in Spanish, ISO-8859-1, Chilean decimal commas and dot thousands.
# "Valores en dólares (USD), netos" -> USD. Ítem 4 O-rings "US$ 24,50 por millar" -> 0.0245, "50.000 unidades" as asked
# -> null, "en existencia (bodega Talcahuano)" -> 0. Ítem 5 hose "US$ 8,90 por metro" on the metre line -> 8.90, "800 m
# (16 rollos de 50 m)" as asked -> null, "10 días hábiles" -> 14 (Jun 26, before Sep 1). "Ítem 6 ...: no cotizamos" ->
# declined. Lines 1-3 are never mentioned -> missing-line. "Validez de la oferta: 30 días corridos" from Fri 12 Jun ->
# 2026-07-12 (not short); "FCA Santiago" -> FCA. Partial; missing-line, no-bid.
assert close(24.50 / 1000, 0.0245) and 16 * 50 == 800 and workdays(10) == 14 and plus("2026-06-12", 30) == "2026-07-12"
blind("u919-concepcion-usd-por-millar-rollos-50-m", H.msg("Carolina Sepúlveda Muñoz <csepulveda@sumbiobio.example>", "text/plain", """Estimada Lena:

Junto con saludar, le hacemos llegar nuestra cotización N° 4471 para su solicitud HM-RFQ-2611.
Valores en dólares (USD), netos, sin IVA.

Ítem 4 - OR-0120-NBR70 - O-ring 12,0 x 2,0 mm NBR 70 Shore A, negro
    Cantidad: 50.000 unidades
    Precio: US$ 24,50 por millar
    Plazo de entrega: en existencia (bodega Talcahuano)

Ítem 5 - HSE-2SN-08 - Manguera hidráulica EN 853 2SN, 1/2" (DN12), 275 bar
    Cantidad: 800 m (16 rollos de 50 m)
    Precio unitario: US$ 8,90 por metro
    Plazo de entrega: 10 días hábiles

Ítem 6 (kit de sellos PX-200): no cotizamos, es un armado especial que no trabajamos.

Validez de la oferta: 30 días corridos
Condición de entrega: FCA Santiago, aeropuerto AMB (Incoterms 2020)
Forma de pago: transferencia anticipada

Quedamos atentos a sus comentarios.

Saludos cordiales,

Carolina Sepúlveda Muñoz
Ejecutiva Comercial Internacional
Suministros Industriales Biobío Ltda.
Av. Colón 8120, Hualpén, Concepción, Chile
Fono +56 41 255 5807
""", charset="iso-8859-1", subject="RE: RFQ HM-RFQ-2611 - Cotizacion N 4471"),
      "partial", "USD", "2026-07-12", "FCA",
      [line(4, 0.0245, lead=0), line(5, 8.90, lead=14), nob(6)],
      ["missing-line", "no-bid"])


# u920 a Querétaro (Mexico) resin distributor, HTML only, Spanish with Mexican decimal points. "Precios en dólares
# americanos (USD) más IVA" -> USD. Partida 1 resin "USD 118.75" with "Unidad: saco de 25 kg", "100 sacos (2,500 kg)" ->
# 118.75 / 25 = 4.75 per kg, the requested 2,500 kg -> null, "3 semanas" -> 21 (Jul 3, before Jul 20). Partida 2 sheet
# "fuera de nuestro alcance" -> declined. Lines 3-6 are never mentioned -> missing-line. "Validez de la oferta: hasta el
# 30 de junio de 2026" -> 2026-06-30, earlier than Jul 3 -> validity-short. "DAP Laredo, TX" -> DAP. Partial.
assert close(118.75 / 25, 4.75) and 100 * 25 == 2500 and plus("2026-06-12", 21) == "2026-07-03" <= "2026-07-20"
assert "2026-06-30" < "2026-07-03"
blind("u920-queretaro-html-usd-saco-de-25-kg-short", H.msg("Daniela Olvera Ríos <dolvera@resitec-qro.example>", "text/html", """<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Hola Lena, buen día.</p>
<p>Con gusto le envío la cotización de Resinas Técnicas Queretanas para su solicitud HM-RFQ-2611.
Precios en dólares americanos (USD) más IVA.</p>
<table cellspacing="0" cellpadding="5" style="border-collapse:collapse;border:1px solid #A6A6A6">
<tr style="background:#1F3864;color:#FFFFFF"><th>Partida</th><th>No. de parte</th><th>Descripción</th><th>Cantidad</th><th>Precio unitario</th><th>Unidad</th><th>Entrega</th></tr>
<tr><td>1</td><td>RES-PA66-GF30</td><td>Nylon 66 con 30% fibra de vidrio, estabilizado al calor, negro</td><td>100 sacos (2,500 kg)</td><td>USD 118.75</td><td>saco de 25 kg</td><td>3 semanas</td></tr>
<tr><td>2</td><td>SHT-5052H32-030</td><td>Lámina de aluminio 5052-H32, 3.0 x 1250 x 2500 mm</td><td colspan="4">fuera de nuestro alcance</td></tr>
</table>
<p>El material sale de nuestro centro de distribución en El Marqués, Qro., en tarimas de 40 sacos emplayadas.</p>
<p><b>Validez de la oferta:</b> hasta el 30 de junio de 2026<br>
<b>Incoterm:</b> DAP Laredo, TX (Incoterms 2020)<br>
<b>Condiciones de pago:</b> 30 días fecha de factura, sujeto a aprobación de crédito</p>
<p>Saludos,<br>
Mtra. Daniela Olvera Ríos<br>
Gerente de Cuenta<br>
Resinas Técnicas Queretanas, S.A. de C.V.<br>
Carretera Estatal 200 km 22.5, El Marqués, Qro., México<br>
Tel. +52 442 555 1893</p>
</body></html>""", subject="Cotizacion RFQ HM-RFQ-2611 - Resinas Tecnicas Queretanas"),
      "partial", "USD", "2026-06-30", "DAP",
      [line(1, 4.75, lead=21), nob(2)],
      ["missing-line", "no-bid", "validity-short"])


# u921 a Zaragoza (Spain) bearing and hydraulics house: a short Spanish body and an XLSX "OFERTA 26-0873" (title block,
# "Moneda: EUR", a "Precio (EUR)" column and a "Unidad de precio" column). EUR against the USD RFQ -> currency-differs.
# Bearing "BRG 6205-2RS" 4.85 per "1 ud" -> 4.85, "en existencia" -> 0. O-rings 38.00 per "1.000 uds" -> 0.038, "3
# semanas" -> 21 (Jul 3, before Aug 17). Hose 9.60 per "1 m" -> 9.60, "15 días naturales" -> 15 (Jun 27, before Sep 1).
# Quantities 400 / 50000 / 800 as asked -> null. Seal kit "No cotizamos" -> declined. Resin and sheet are never
# mentioned -> missing-line. "Validez de la oferta: 60 días" from Fri 12 Jun -> 2026-08-11; "EXW Zaragoza" -> EXW.
# Partial; currency-differs, missing-line, no-bid.
assert close(38.00 / 1000, 0.038) and plus("2026-06-12", 15) == "2026-06-27" and plus("2026-06-12", 60) == "2026-08-11"
U921_XLSX = xlsx([
    ["Rodamientos y Transmisiones del Ebro, S.L.", "", "", "OFERTA 26-0873"],
    ["Pol. Ind. Malpica, Calle E 41, 50016 Zaragoza", "", "", "Fecha: 12/06/2026"],
    ["Cliente: Halvorsen Manufacturing", "", "", "Su ref.: HM-RFQ-2611"],
    ["Moneda: EUR"],
    [],
    ["Pos.", "Referencia cliente", "Descripción", "Cantidad", "Ud.", "Precio (EUR)", "Unidad de precio",
     "Plazo de entrega", "Observaciones"],
    [3, "BRG 6205-2RS", "Rodamiento rígido de bolas 6205-2RS C3, marca SKF", 400, "ud", 4.85, "1 ud", "en existencia", ""],
    [4, "OR-0120-NBR70", "Junta tórica 12,0 x 2,0 NBR 70, negra", 50000, "ud", 38.0, "1.000 uds", "3 semanas", ""],
    [5, "HSE-2SN-08", "Manguera hidráulica EN 853 2SN DN12", 800, "m", 9.6, "1 m", "15 días naturales",
     "rollos de 50 m"],
    [6, "KIT-PX200-SEAL", "Kit de juntas bomba PX-200", 150, "juego", "", "", "", "No cotizamos"],
    [],
    ["Validez de la oferta: 60 días"],
    ["Condiciones de entrega: EXW Zaragoza (Incoterms 2020)"],
    ["Forma de pago: transferencia a 30 días fecha factura"],
])
blind("u921-zaragoza-xlsx-eur-unidad-de-precio-dias-naturales", H.with_attachment("Marta Lasheras <mlasheras@rodaebro.example>", """Buenos días Lena,

Adjuntamos nuestra oferta nº 26-0873 en Excel para su consulta HM-RFQ-2611. Precios en EUR.

Ofertamos el rodamiento, las juntas tóricas y la manguera; el kit de juntas no lo cotizamos. La resina y la chapa
no son de nuestra línea.

Validez de la oferta: 60 días. Entrega EXW Zaragoza (Incoterms 2020).

Un saludo,

Marta Lasheras
Dpto. Comercial
Rodamientos y Transmisiones del Ebro, S.L.
Tel. +34 976 55 52 18
""", XLSX, "Oferta_26-0873_HM-RFQ-2611.xlsx", U921_XLSX),
      "partial", "EUR", "2026-08-11", "EXW",
      [line(3, 4.85, "EUR", lead=0), line(4, 0.038, "EUR", lead=21), line(5, 9.60, "EUR", lead=15), nob(6)],
      ["currency-differs", "missing-line", "no-bid"])


# u922 a Leiria (Portugal) seal maker, European Portuguese, plain text, quoted-printable. "valores em euros (EUR)" -> EUR.
# Item 4 O-rings "1,45 € por bolsa com 50 un.", "50.000 un. = 1.000 bolsas" -> 1.45 / 50 = 0.029 each, as asked -> null,
# "pronta entrega" -> 0. Item 6 seal kit "Preço unitário: 14,60 € por kit" -> 14.60, "Pedido mínimo: 200 kits" -> moq
# 200, above the 150 asked (moq-above-quantity; quantity not restated -> null); "6 semanas após aprovação das amostras"
# -> 42 (Jul 24, before Sep 21). "Ferramenta de corte para a junta do kit: 450,00 € (valor único)" -> one-off: note.
# "Resina, chapa de alumínio, rolamentos e mangueira: não fornecemos" -> lines 1, 2, 3, 5 declined. "Validade da
# proposta: 45 dias" from Fri 12 Jun -> 2026-07-27 (not short); "FCA Leiria" -> FCA. Partial.
assert close(1.45 / 50, 0.029) and 1000 * 50 == 50000 and 200 > 150 and plus("2026-06-12", 42) <= "2026-09-21"
assert plus("2026-06-12", 45) == "2026-07-27"
blind("u922-leiria-bolsa-com-50-pedido-minimo-kit", H.msg("Sofia Gaspar <sofia.gaspar@vedaplas.example>", "text/plain", """Boa tarde Lena,

Em resposta ao vosso pedido HM-RFQ-2611, apresentamos a nossa melhor proposta para os o-rings e o kit de
vedação. Valores em euros (EUR), IVA não incluído.

Item 4 - OR-0120-NBR70 - O-ring 12,0 x 2,0 mm NBR 70 Shore A, preto
   Embalagem: bolsa com 50 un. (50.000 un. = 1.000 bolsas)
   Preço: 1,45 € por bolsa com 50 un.
   Prazo de entrega: pronta entrega

Item 6 - KIT-PX200-SEAL - Kit de vedação bomba PX-200 (2 retentores, 4 o-rings, 1 junta), embalado e etiquetado
   Preço unitário: 14,60 € por kit
   Pedido mínimo: 200 kits
   Prazo de entrega: 6 semanas após aprovação das amostras
   Ferramenta de corte para a junta do kit: 450,00 € (valor único, não se repete em encomendas futuras)

Resina, chapa de alumínio, rolamentos e mangueira: não fornecemos, lamentamos.

Validade da proposta: 45 dias
Incoterm: FCA Leiria (Incoterms 2020)
Pagamento: 30 dias após fatura

Cumprimentos,

Sofia Gaspar
Comercial - Mercados Externos
Vedaplás - Vedantes Técnicos, Lda.
Zona Industrial da Cova das Faias, Lote 18, 2415-017 Leiria, Portugal
Tel. +351 244 555 309

Este e-mail e os ficheiros anexos são confidenciais e destinam-se apenas ao destinatário indicado.
""", cte="quoted-printable", subject="RE: RFQ HM-RFQ-2611 - proposta Vedaplas"),
      "partial", "EUR", "2026-07-27", "FCA",
      [nob(1), nob(2), nob(3), line(4, 0.029, "EUR", lead=0), nob(5), line(6, 14.60, "EUR", lead=42, moq=200)],
      ["currency-differs", "moq-above-quantity", "no-bid", "note"])


# u923 a Curitiba (Brazil) hydraulics distributor declines the whole RFQ in Portuguese ("não fornecemos resinas, chapas
# nem kits ... vamos declinar de todos os itens desta vez"), Gmail-style reply above the buyer's request (history: its
# quantities are no quote). No prices anywhere -> full no-bid: every line declined, currency / validity / Incoterms null.
blind("u923-curitiba-full-decline-nao-fornecemos", H.msg("Thiago Kowalczuk <thiago.k@hidrossul-cwb.example>", "text/plain", """Olá Lena, boa tarde.

Agradecemos o convite para participar da cotação HM-RFQ-2611.

Infelizmente, após análise, não temos condições de atender: não fornecemos resinas, chapas nem kits de
vedação, e rolamentos, o-rings e mangueiras hidráulicas nós atendemos somente o mercado interno (não
exportamos). Por isso vamos declinar de todos os itens desta vez.

Continuamos à disposição para futuras oportunidades.

Abraço,

Thiago Kowalczuk
Vendas Técnicas
Hidrossul Componentes Industriais Ltda.
Rua João Bettega, 3500 - Portão - Curitiba/PR - CEP 81070-001
(41) 3555-0246

Em seg., 8 de jun. de 2026 às 09:15, Lena Marsh <lmarsh@halvorsen-mfg.example> escreveu:

""" + gt(HM_ASK) + "\n", subject="Re: RFQ HM-RFQ-2611 - Resin, sheet and MRO parts for PX-200 pump line"),
      "no-bid", None, None, None, [nob(1), nob(2), nob(3), nob(4), nob(5), nob(6)], ["no-bid"])


# ===================================== rfq-blind2.json (VM-RFQ-4418, EUR, 15 Jun 2026) =====================================
# need-by: L1 Aug 28, L2 Oct 2, L3 Aug 14, L4 Sep 11, L5 Oct 9; validity-short below Jun 26 + 14 = Jul 10.
# quantities: L1 250 EA, L2 25 EA, L3 2,000 EA, L4 120 EA, L5 150 SET.

# u924 a Vigo (Spain) foundry, Spanish plain text, quoted-printable. Pos. 2 housing "Precio unitario: 1.186,00 €" ->
# 1186.00 EUR (the RFQ currency), "Cantidad: 25 uds" as asked -> null, "12 semanas" -> 84 (Sep 7, before Oct 2); the
# casting weight "38 kg" is no price. "Modelo de fundición: 2.950,00 €, pago único" -> one-off pattern charge: note.
# "Las posiciones 1, 3, 4 y 5 no las cotizamos" -> declined. "Validez de la oferta: 60 días" from Mon 15 Jun ->
# 2026-08-14 (not short); "DAP Bielefeld" -> DAP. Partial; no-bid, note.
assert days("2026-06-15", "2026-10-02") >= 84 and plus("2026-06-15", 84) == "2026-09-07" and plus("2026-06-15", 60) == "2026-08-14"
blind2("u924-vigo-foundry-housing-modelo-pago-unico", V.msg("Xoán Pereira Lago <xpereira@fundicionlouro.example>", "text/plain", """Estimado Sr. Albers:

En relación con su solicitud VM-RFQ-4418, le remitimos nuestra oferta para la carcasa del reductor.
Somos fundición de hierro gris y nodular con mecanizado propio.

Pos. 2 - HSG-1180-GJL - Carcasa reductor EN-GJL-250, mecanizada completa, imprimada RAL 7035
   Cantidad: 25 uds
   Peso bruto de fundición aprox.: 38 kg/ud
   Precio unitario: 1.186,00 € (fundición, mecanizado e imprimación incluidos)
   Plazo de entrega: 12 semanas

Modelo de fundición: 2.950,00 €, pago único. El modelo queda en propiedad del cliente y se conserva en
nuestras instalaciones para futuros pedidos.

Las posiciones 1, 3, 4 y 5 no las cotizamos, no forman parte de nuestra actividad.

Validez de la oferta: 60 días
Condiciones de entrega: DAP Bielefeld (Incoterms 2020)
Forma de pago: 60 días fecha factura

Atentamente,

Xoán Pereira Lago
Oficina Técnica - Ventas
Fundición Industrial Louro, S.L.
Polígono Industrial A Granxa, Parcela 112, 36475 O Porriño (Pontevedra)
Tel. +34 986 555 340
""", cte="quoted-printable", subject="RE: RFQ VM-RFQ-4418 - Oferta carcasa HSG-1180-GJL"),
       "partial", "EUR", "2026-08-14", "DAP",
       [nob(1), V.eur(2, 1186.00, lead=84), nob(3), nob(4), nob(5)],
       ["no-bid", "note"])


# u925 a Sorocaba (Brazil) pneumatics distributor, Portuguese, plain text. "os preços estão em dólares americanos (USD)"
# -> USD against the EUR RFQ (currency-differs). Item 3 fitting "Preço unitário: US$ 5,48" -> 5.48, "2.000 peças" as
# asked -> null, "pronta entrega (estoque)" -> 0. Item 4: "Não trabalhamos com a linha Festo. Oferecemos em substituição o
# cilindro equivalente Camozzi 61M2P032A0080" -> alternatePartNumber 61M2P032A0080 (alternate-part), "US$ 96,40" ->
# 96.40, "20 dias úteis" -> 28 (Jul 13, before Sep 11). Lines 1, 2, 5 are never mentioned -> missing-line. "Validade da
# proposta: 15 dias" from Mon 15 Jun -> 2026-06-30, earlier than Jul 10 -> validity-short; "FCA Viracopos (Campinas)" ->
# FCA. Partial.
assert workdays(20) == 28 and plus("2026-06-15", 28) == "2026-07-13" and plus("2026-06-15", 15) == "2026-06-30" < "2026-07-10"
blind2("u925-sorocaba-usd-camozzi-em-substituicao-short", V.msg("Renata Albuquerque <renata.albuquerque@pneusor.example>", "text/plain", """Prezado Sr. Jonas,

Bom dia! Segue nossa cotação para os itens pneumáticos e conexões da sua solicitação VM-RFQ-4418.
Como trabalhamos com exportação, os preços estão em dólares americanos (USD).

Item 3 - FIT-316-G12-10 - Conector macho reto G1/2 x tubo 10 mm, inox 316L
   Quantidade: 2.000 peças
   Preço unitário: US$ 5,48
   Prazo de entrega: pronta entrega (estoque)

Item 4 - DSBC-32-80-PPVA-N3 (Festo)
   Não trabalhamos com a linha Festo. Oferecemos em substituição o cilindro equivalente Camozzi
   61M2P032A0080 (ISO 15552, Ø32 x 80 mm, amortecimento pneumático regulável), intercambiável nas fixações.
   Quantidade: 120 peças
   Preço unitário: US$ 96,40
   Prazo de entrega: 20 dias úteis

Validade da proposta: 15 dias
Condição de entrega: FCA Viracopos (Campinas/SP), Incoterms 2020
Pagamento: antecipado

Ficamos no aguardo.

Atenciosamente,
Renata Albuquerque
Exportação
Pneusor Automação Industrial Ltda.
Av. Independência, 4100 - Éden - Sorocaba/SP - CEP 18087-101
Fone: +55 15 3555-0721
"""),
       "partial", "USD", "2026-06-30", "FCA",
       [line(3, 5.48, "USD", lead=0), line(4, 96.40, "USD", lead=28, alt="61M2P032A0080")],
       ["alternate-part", "currency-differs", "missing-line", "validity-short"])


# u926 a Puebla (Mexico) machine shop, Spanish plain text with Mexican decimal points, Outlook reply above the buyer's
# request ("De: / Enviado: / Para: / Asunto:" - history). "Los precios son en dólares americanos (USD), no en euros" ->
# USD against the EUR RFQ (currency-differs). Partida 1 shaft "USD 46.20 c/u", "250 pzas" as asked -> null, "10 a 12
# semanas" -> upper bound 84 -> Sep 7, AFTER the Aug 28 need-by -> lead-time-after-need-by. Partida 5 bracket set "USD
# 27.80 por juego" (juego = the RFQ's SET) -> 27.80, "150 juegos" as asked -> null, "8 semanas" -> 56 (Aug 10, before Oct
# 9). "Partidas 2, 3 y 4 ...: no cotizamos" -> declined. "Validez de la oferta: 30 días naturales" from Mon 15 Jun ->
# 2026-07-15 (not short); "FCA Puebla" -> FCA. Partial.
assert plus("2026-06-15", 84) == "2026-09-07" > "2026-08-28" and plus("2026-06-15", 56) <= "2026-10-09"
assert plus("2026-06-15", 30) == "2026-07-15"
blind2("u926-puebla-usd-c-u-flecha-10-a-12-semanas-late", V.msg("Ing. Rodrigo Méndez Ávila <rmendez@mpcholula.example>", "text/plain", """Estimado Jonas:

Por este medio le hago llegar nuestra cotización para su RFQ VM-RFQ-4418. Los precios son en dólares
americanos (USD), no en euros, y no incluyen IVA.

Partida 1 - SH-2231-C rev B - Flecha motriz 42CrMo4 templada y revenida, torneada y rectificada, 30 h6 x 412 mm
   250 pzas  -  USD 46.20 c/u  -  tiempo de entrega: 10 a 12 semanas

Partida 5 - 2231-004-03 - Juego de soportes para sensor (izq. + der., con tornillos), anodizado negro
   150 juegos  -  USD 27.80 por juego  -  tiempo de entrega: 8 semanas

Partidas 2, 3 y 4 (carcasa de fundición, conector y cilindro): no cotizamos, son artículos fuera de nuestro giro.

Validez de la oferta: 30 días naturales
Entrega: FCA Puebla, Pue. (Incoterms 2020)
Condiciones de pago: 30% anticipo, 70% contra embarque

Saludos cordiales,

Ing. Rodrigo Méndez Ávila
Gerente Comercial
Maquinados de Precisión Cholula, S.A. de C.V.
Parque Industrial FINSA, Nave 14, Cuautlancingo, Puebla, México
Tel. +52 222 555 6610

De: Jonas Albers <j.albers@vossberg-maschinenbau.example>
Enviado: miércoles, 3 de junio de 2026 10:12
Para: Rodrigo Méndez <rmendez@mpcholula.example>
Asunto: RFQ VM-RFQ-4418 - Machined and purchased parts for VL-60

""" + VM_ASK + "\n"),
       "partial", "USD", "2026-07-15", "FCA",
       [line(1, 46.20, "USD", lead=84), nob(2), nob(3), nob(4), line(5, 27.80, "USD", lead=56)],
       ["currency-differs", "lead-time-after-need-by", "no-bid"])


# u927 a Braga (Portugal) metalworking firm that supplies complete kits, HTML only, European Portuguese, every line in
# EUR. Shaft "38,90 €" -> 38.90, "8 semanas" -> 56 (Aug 10, before Aug 28). Housing "1.240,00 €" -> 1240.00, "14 semanas"
# -> 98 (Sep 21, before Oct 2). Fitting "5,95 €" -> 5.95, "pronta entrega" -> 0. Cylinder Festo DSBC-32-80-PPVA-N3 (the
# part asked) "119,00 €" -> 119.00, "3 semanas" -> 21 (Jul 6, before Sep 11). Bracket set "21,35 € / conjunto" -> 21.35,
# "7 semanas" -> 49 (Aug 3, before Oct 9), "Pedido mínimo: 100 conjuntos" -> moq 100 (below the 150 asked: no
# deviation). Quantities as asked -> null. "o preço do veio poderá ser acrescido de uma sobretaxa de liga" -> a surcharge
# that may be added later: note. "Validade da proposta: até 31/07/2026" -> 2026-07-31; "DAP Bielefeld" -> DAP. Every line
# priced -> parsed; note only.
assert plus("2026-06-15", 98) == "2026-09-21" <= "2026-10-02" and plus("2026-06-15", 56) <= "2026-08-28"
assert plus("2026-06-15", 49) <= "2026-10-09" and 100 < 150
U927_ROWS = [("Item", "Referência", "Designação", "Quantidade", "Preço unitário", "Prazo de entrega"),
             ("1", "SH-2231-C rev B", "Veio de acionamento 42CrMo4 temperado e revenido, torneado e retificado", "250 un.",
              "38,90 €", "8 semanas"),
             ("2", "HSG-1180-GJL", "Carcaça de redutor EN-GJL-250, maquinada, primário RAL 7035", "25 un.", "1.240,00 €",
              "14 semanas"),
             ("3", "FIT-316-G12-10", "Ligador macho reto G1/2 - tubo 10 mm, inox 316L", "2.000 un.", "5,95 €",
              "pronta entrega"),
             ("4", "DSBC-32-80-PPVA-N3", "Cilindro Festo ISO 15552 Ø32 x 80 (original)", "120 un.", "119,00 €",
              "3 semanas"),
             ("5", "2231-004-03", "Conjunto de suportes do sensor (esq. + dir., c/ parafusos), anodizado preto",
              "150 conj.", "21,35 € / conjunto", "7 semanas")]
blind2("u927-braga-html-eur-all-five-sobretaxa-de-liga", V.msg("Eng. Nuno Azevedo <nuno.azevedo@tornearia-minhota.example>", "text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,Verdana,sans-serif;font-size:10pt">
<p>Exmo. Sr. Jonas Albers,</p>
<p>Na sequência do vosso pedido VM-RFQ-4418, temos o prazer de apresentar a nossa proposta para o conjunto completo.
Preços em euros (EUR), por unidade, IVA não incluído (fornecimento intracomunitário).</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border-color:#BFBFBF">
""" + "\n".join("<tr>" + "".join((f"<th style=\"background:#E2EFDA\">{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r)
                + "</tr>" for i, r in enumerate(U927_ROWS)) + """
</table>
<p>Item 5: pedido mínimo: 100 conjuntos.<br>
Item 1: o preço do veio poderá ser acrescido de uma sobretaxa de liga, de acordo com o índice do aço no mês de
entrega.</p>
<p>Validade da proposta: até 31/07/2026<br>
Condições de entrega: DAP Bielefeld (Incoterms 2020)<br>
Pagamento: 60 dias data fatura</p>
<p>Com os melhores cumprimentos,<br>
Eng.º Nuno Azevedo<br>
Direção Comercial<br>
Tornearia Minhota - Metalomecânica de Precisão, Lda.<br>
Parque Industrial de Celeirós, Lote 7, 4705-414 Braga, Portugal<br>
Tel. +351 253 555 692</p>
</body></html>""", cte="quoted-printable", subject="Proposta VM-RFQ-4418 - Tornearia Minhota"),
       "parsed", "EUR", "2026-07-31", "DAP",
       [V.eur(1, 38.90, lead=56), V.eur(2, 1240.00, lead=98), V.eur(3, 5.95, lead=0), V.eur(4, 119.00, lead=21),
        V.eur(5, 21.35, lead=49, moq=100)],
       ["note"])


# u928 a Castellón (Spain) pneumatics distributor, informal Spanish plain text, windows-1252. "precios en EUR" -> EUR.
# Pos. 3 fittings "Se sirven en cajas de 10 uds: 200 cajas = 2.000 uds", "61,50 € la caja de 10 uds" -> 6.15 each, as
# asked -> null, "en existencia" -> 0. Pos. 4 Festo cylinder (the part asked) "Precio unitario según cantidad: 1 - 49 uds
# 124,80 € / 50 - 99 uds 118,60 € / 100 uds o más 112,40 €" -> 120 falls in the last row -> 112.40, "10 días naturales"
# -> 10 (Jun 25, before Sep 11). "Las posiciones 1, 2 y 5 son piezas a plano y no las cotizamos" -> declined.
# "Validez de la oferta: 30 días naturales" from Mon 15 Jun -> 2026-07-15 (not short); "DAP Bielefeld" -> DAP. Partial;
# no-bid.
assert close(61.50 / 10, 6.15) and 200 * 10 == 2000 and 120 >= 100 and plus("2026-06-15", 30) == "2026-07-15"
blind2("u928-castellon-caja-de-10-escalado-festo-dias-naturales", V.msg("Amparo Gil Beltrán <agil@neumacast.example>", "text/plain", """Hola Jonas,

Te paso precios de lo que podemos suministrar de tu consulta VM-RFQ-4418 (precios en EUR, IVA no incluido,
operación intracomunitaria):

* Pos. 3 - FIT-316-G12-10 - Racor recto macho G1/2 - tubo 10 mm, inox 316L
    Se sirven en cajas de 10 uds: 200 cajas = 2.000 uds
    Precio: 61,50 € la caja de 10 uds
    Plazo de entrega: en existencia

* Pos. 4 - DSBC-32-80-PPVA-N3 - Cilindro Festo ISO 15552 Ø32 x 80, amortiguación regulable (original Festo)
    Precio unitario según cantidad:
        1 - 49 uds ......... 124,80 €
        50 - 99 uds ........ 118,60 €
        100 uds o más ...... 112,40 €
    Plazo de entrega: 10 días naturales

Las posiciones 1, 2 y 5 son piezas a plano y no las cotizamos.

Validez de la oferta: 30 días naturales
Portes: DAP Bielefeld (Incoterms 2020), incluidos
Pago: transferencia 30 días

Cualquier cosa me dices.

Un saludo,

Amparo Gil Beltrán
Neumática Castellón, S.L.
Ctra. N-340 km 64,5, 12006 Castellón de la Plana
Tel. +34 964 55 58 02 · Móvil +34 655 550 812
""", charset="windows-1252", subject="RE: RFQ VM-RFQ-4418 - precios racores y cilindros"),
       "partial", "EUR", "2026-07-15", "DAP",
       [nob(1), nob(2), V.eur(3, 6.15, lead=0), V.eur(4, 112.40, lead=10), nob(5)],
       ["no-bid"])


if __name__ == "__main__":
    ROUND.write()

"""Penalty detector: a table of sentences, about as many that hold no penalty as that do."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from annotations.knowledge import vocabulary
from parsers.model import Unit

# (sentence, [(text, amount, currency, penalty_type)])
POSITIVE = [
    # German writes the range and the notice of a fine as compounds (dsb-ratgeber.de: "legen einen
    # Bußgeldrahmen bis zu 10 Mio. Euro ... fest"); Dutch a 'monster' fine and what a regulator imposed on
    # someone (uitgeverijparis.nl: "€ 50 miljoen opgelegd aan Google", "twee monsterboetes ... van £ 183 miljoen").
    (
        "Das Gesetz legt einen Bußgeldrahmen bis zu 10 Mio. Euro fest.",
        [("10 Mio. Euro", 10_000_000, "EUR", "fine")],
    ),
    (
        "In Spanje werd € 12 miljoen opgelegd aan een bank.",
        [("€ 12 miljoen", 12_000_000, "EUR", "fine")],
    ),
    (
        "De toezichthouder kondigde twee monsterboetes aan van ruim £ 90 miljoen.",
        [("£ 90 miljoen", 90_000_000, "GBP", "fine")],
    ),
    # Russian shares of turnover: the masculine basis (оборот) with its adjectives, and 'от' as the link.
    ("Санкции составят до 1% годового оборота компании.", [("1% годового оборота", None, None, "fine")]),
    (
        "Оборотный штраф составит от 1% до 3% совокупного годового оборота.",
        [("1%", None, None, "fine"), ("3% совокупного годового оборота", None, None, "fine")],
    ),
    (
        "Суд назначил штраф в размере 0,1% от оборота за прошлый год.",
        [("0,1% от оборота", None, None, "fine")],
    ),
    # Turkish writes a range's ends with the lira in its case endings ('from ... to ...'), as statutes and
    # fine tables do.
    (
        "Bu yükümlülüğü yerine getirmeyenler hakkında 7.500 Türk lirasından 150.000 Türk lirasına kadar idari para "
        "cezası verilir.",
        [("7.500 Türk lirasından", 7500, "TRY", "fine"), ("150.000 Türk lirasına", 150_000, "TRY", "fine")],
    ),
    (
        "Kurul, aydınlatma yükümlülüğüne uymayan otele 40 bin liradan 80 bin liraya kadar ceza öngörüyor.",
        [("40 bin liradan", 40_000, "TRY", "fine"), ("80 bin liraya", 80_000, "TRY", "fine")],
    ),
    # Money taken from consumers is the wrong, not the settlement that ends the charges.
    (
        "The operators agreed to pay $3.8 million to settle charges that they took $84.3 million from consumers.",
        [("$3.8 million", 3_800_000, "USD", "settlement")],
    ),
    # UAE laws write each fine in figures in brackets and again in words: both are spans.
    (
        "Anyone who enters a website without permission faces a fine of not less than (100,000) one hundred "
        "thousand dirhams.",
        [
            ("100,000", 100_000, "AED", "proposed_fine"),
            ("one hundred thousand dirhams", 100_000, "AED", "proposed_fine"),
        ],
    ),
    # Spanish regulators' verb of fining; the lira sign after the number; a fine for not doing a duty.
    (
        "La SIC sancionó con 1.300 millones de pesos a la empresa.",
        [("1.300 millones de pesos", 1.3e9, "COP", "fine")],
    ),
    ("Kurul 500 bin ₺ ceza kesti.", [("500 bin ₺", 500_000, "TRY", "fine")]),
    (
        "The tiers: up to ₹200 crore for not telling the Board about a breach, and ₹50 crore for everything else.",
        [("₹200 crore", 2e9, "INR", "fine"), ("₹50 crore", 5e8, "INR", "fine")],
    ),
    (
        "A telecom operator faces up to 3% of the preceding calendar year's net sales.",
        [("3% of the preceding calendar year's net sales", None, None, "fine")],
    ),
    # A fine for taking money: the verb and its object before the amount are farther than the wrong after it.
    (
        "The regulator fined the operator £2.7m for overcharging customers.",
        [("£2.7m", 2_700_000, "GBP", "fine")],
    ),
    (
        "The watchdog fined the broker €2 million for embezzlement of client funds.",
        [("€2 million", 2_000_000, "EUR", "fine")],
    ),
    (
        "Regulators fined the insurer $5 million for overcharging thousands of policyholders.",
        [("$5 million", 5_000_000, "USD", "fine")],
    ),
    # What a party risks up to or at most is the fine the law sets.
    (
        "A firm that ignores the data law still risks at most RUB 10,000 under the code.",
        [("RUB 10,000", 10_000, "RUB", "fine")],
    ),
    ("An operator that breaks the rule risks up to $50,000.", [("$50,000", 50_000, "USD", "fine")]),
    # Russian: to fine (штрафовать, оштрафовать), sanctions, a floor and a cap as one range, turnover shares.
    (
        "За первую утечку их могут оштрафовать на 3 млн-15 млн рублей.",
        [("3 млн", 3_000_000, "RUB", "fine"), ("15 млн рублей", 15_000_000, "RUB", "fine")],
    ),
    ("В редких случаях санкции достигают 20 млн рублей.", [("20 млн рублей", 20_000_000, "RUB", "fine")]),
    (
        "Штраф будет не менее 25 млн и не более 500 млн рублей.",
        [("25 млн", 25_000_000, "RUB", "fine"), ("500 млн рублей", 500_000_000, "RUB", "fine")],
    ),
    (
        "За повторную утечку грозит оборотный штраф от 1% до 3% совокупной годовой выручки.",
        [("1%", None, None, "fine"), ("3% совокупной годовой выручки", None, None, "fine")],
    ),
    # The near end of a range of shares is its own span; Spanish sales and 'o' between the two shares.
    (
        "The fine ranges from 0.1 to 3% of revenue for the previous year.",
        [("0.1", None, None, "fine"), ("3% of revenue", None, None, "fine")],
    ),
    (
        "Si reincide, la multa puede llegar al 2% o 4% de las ventas anuales.",
        [("2%", None, None, "fine"), ("4% de las ventas anuales", None, None, "fine")],
    ),
    # Money stolen or lost to a fraud beside a fine is no penalty; the fine or settlement still is.
    (
        "Fraudsters siphoned off £3.4m, and the bank agreed to a £1m settlement with the regulator.",
        [("£1m", 1_000_000, "GBP", "settlement")],
    ),
    (
        "Мошенники похитили у клиентов 2 млн рублей, а банк заплатил штраф 500 тыс. рублей.",
        [("500 тыс. рублей", 500_000, "RUB", "fine")],
    ),
    # A stolen password, stolen laptops or data theft are no money stolen: the fine beside them stays a fine.
    (
        "The regulator fined Northway Home Insurance Ltd £2.35m after intruders used a stolen helpdesk login.",
        [("£2.35m", 2_350_000, "GBP", "fine")],
    ),
    (
        "The watchdog fined the clinic £400,000 after stolen laptops exposed patient files.",
        [("£400,000", 400_000, "GBP", "fine")],
    ),
    (
        "The agency fined the retailer $3m over data theft from its loyalty app.",
        [("$3m", 3_000_000, "USD", "fine")],
    ),
    (
        "The gang stole customer records, and the firm was later fined $2m.",
        [("$2m", 2_000_000, "USD", "fine")],
    ),
    # Money stolen, with its amount after 'stole' or a stop after 'stolen', is still no penalty.
    (
        "Hackers stole more than $4m in tokens; the exchange later paid a $1m fine.",
        [("$1m", 1_000_000, "USD", "fine")],
    ),
    (
        "Losses from the scam reached 1.2 billion won, and the PIPC imposed a fine of 300 million won.",
        [("300 million won", 300_000_000, "KRW", "fine")],
    ),
    # Japanese and Korean courts' orders to pay, and the cost of recovery work a court's ruling makes a firm bear.
    ("裁判所は会社に対し、3億円の支払いを命じた。", [("3億円", 300_000_000, "JPY", "damages")]),
    (
        "東京地裁の判決で、会社は復旧工事費として1億2000万円を負担することになった。",
        [("1億2000万円", 120_000_000, "JPY", "damages")],
    ),
    ("법원은 회사에 5억원을 지급하라고 판결했다.", [("5억원", 500_000_000, "KRW", "damages")]),
    # Korean: the turnover named in a surcharge's fallback cap is its basis, not the firm's revenue.
    (
        "매출액 산정이 곤란하면 20억원을 넘지 않는 범위에서 과징금을 부과한다.",
        [("20억원", 2_000_000_000, "KRW", "fine")],
    ),
    # A headline's amount for a wrong, with no fine word.
    (
        "7.5 billion won for leaking data on 2.2 million golfers",
        [("7.5 billion won", 7_500_000_000, "KRW", "fine")],
    ),
    # Tagalog fines: multa with its affixes (pagmultahin, minultahan), pesos as P and milyon.
    (
        "Ayon sa NPC, ang lalabag ay maaaring pagmultahin ng mula P500,000 hanggang P5 milyon.",
        [("P500,000", 500_000, "PHP", "fine"), ("P5 milyon", 5_000_000, "PHP", "fine")],
    ),
    ("Ang kumpanya ay minultahan ng P2 milyon ng NPC.", [("P2 milyon", 2_000_000, "PHP", "fine")]),
    # Hindi fines: the noun ends in a vowel sign (जुर्माना), or is अर्थदंड.
    ("सेबी ने कंपनी पर 2 करोड़ रुपये का जुर्माना लगाया।", [("2 करोड़ रुपये", 20_000_000, "INR", "fine")]),
    ("आरबीआई ने बैंक पर 5 लाख रुपये का अर्थदंड लगाया।", [("5 लाख रुपये", 500_000, "INR", "fine")]),
    # Chile's cap for a repeat offender is a share of its yearly income from sales and services, a whole basis.
    (
        "Si reincide, la multa puede llegar al 4% de los ingresos anuales por ventas y servicios del último año.",
        [("4% de los ingresos anuales por ventas y servicios", None, None, "fine")],
    ),
    # A bare amount compared with the year before takes the currency of the fine beside it.
    (
        "Datatilsynet skrev ut overtredelsesgebyrer på 100 millioner kroner, opp fra 15 millioner året før.",
        [("100 millioner kroner", 100000000.0, "NOK", "fine"), ("15 millioner", 15000000.0, "NOK", "fine")],
    ),
    (
        "The regulator issued fines of nearly £100 million, up from 15 million the year before.",
        [("£100 million", 100000000.0, "GBP", "fine"), ("15 million", 15000000.0, "GBP", "fine")],
    ),
    # Hebrew fines, the noun with a joined letter, in shekels written the Hebrew way.
    (
        'הרשות הטילה קנס של 320,000 ש"ח ועוד 1.2 מיליון שקלים על החברה.',
        [('320,000 ש"ח', 320000.0, "ILS", "fine"), ("1.2 מיליון שקלים", 1200000.0, "ILS", "fine")],
    ),
    # A subscription business is no subscription price: the fine on it counts.
    (
        "Ofcom has fined a subscription video platform £1.05 million for inaccurate answers.",
        [("£1.05 million", 1050000, "GBP", "fine")],
    ),
    # A fine that is raised keeps its amounts.
    (
        "The maximum fine was raised from €20,000 to €300,000.",
        [
            ("€20,000", 20000.0, "EUR", "statutory_maximum"),
            ("€300,000", 300000.0, "EUR", "statutory_maximum"),
        ],
    ),
    # Spending after a fine, with a qualifier of penalties.toml's copula-qualifiers before it, is no second fine.
    (
        "The council was fined £400,000 in 2021. It has since spent close to £400,000 on new systems.",
        [("£400,000", 400000.0, "GBP", "fine")],
    ),
    # Revenue a subscription business earned stays unmarked beside the fine in its sentence; Swiss fines up to an amount.
    (
        "The firm's subscription business earned $3 billion last year; the regulator's fine was $4 million.",
        [("$4 million", 4000000.0, "USD", "fine")],
    ),
    ("Das DSG sieht eine Busse bis zu 250'000 Franken vor.", [("250'000 Franken", 250000.0, "CHF", "fine")]),
    # Fines "raised to" a share of turnover: an increase, not money raised.
    (
        "Administrative fines for ISPs were raised to 3% of annual turnover.",
        [("3% of annual turnover", None, None, "fine")],
    ),
    # A share of "applicable qualifying revenue" (Ofcom's base) and German "vier Prozent vom Umsatz" are caps.
    (
        "The law allows fines of up to £250,000 or 5% of applicable qualifying revenue.",
        [("£250,000", 250000, "GBP", "fine"), ("5% of applicable qualifying revenue", None, None, "fine")],
    ),
    (
        "Die DSGVO sieht Bussen von EUR 20 Millionen oder vier Prozent vom weltweiten Umsatz vor.",
        [
            ("EUR 20 Millionen", 20000000, "EUR", "fine"),
            ("vier Prozent vom weltweiten Umsatz", None, None, "fine"),
        ],
    ),
    # "once" opens a new clause: the fees after it are not what the per-claimant amount is.
    (
        "About 420,000 claims were filed, so each claimant could get roughly $150 once lawyers' fees are deducted.",
        [("$150", 150, "USD", "settlement")],
    ),
    # Spending right after its verb is no repeat of an equal fine named before it.
    (
        "The ICO fined the firm £550,000. The company said it had already spent £550,000 on a new platform.",
        [("£550,000", 550000, "GBP", "fine")],
    ),
    # Swiss German "mit Busse bis zu" is a fine.
    (
        "Nach Art. 61 DSG wird mit Busse bis zu 250 000 Franken bestraft, wer Daten ins Ausland gibt.",
        [("250 000 Franken", 250000, "CHF", "fine")],
    ),
    # Arabic: a magnitude word alone counts one (مليون درهم); the verb of fining (غرّمت, تغريم) is a cue.
    ("فرضت الهيئة غرامة قدرها مليون درهم على الشركة.", [("مليون درهم", 1000000, "AED", "fine")]),
    ("وغرّمت الهيئة الشركة 500 ألف دينار كويتي.", [("500 ألف دينار كويتي", 500000, "KWD", "fine")]),
    # Money the government spent, in the sentence after a fine, is no fine.
    (
        "فرضت الهيئة غرامة قدرها 500 ألف درهم على الشركة. وأنفقت الحكومة مليون درهم على الحملة.",
        [("500 ألف درهم", 500000, "AED", "fine")],
    ),
    ("قررت الهيئة تغريم المتجر 500 ألف ريال قطري.", [("500 ألف ريال قطري", 500000, "QAR", "fine")]),
    # Russian, Ukrainian and Greek fines; revenue before them ("составила", "ήταν") stays no penalty.
    (
        "Выручка компании составила 300 млн рублей, а штраф — 3 млн рублей.",
        [("3 млн рублей", 3000000, "RUB", "fine")],
    ),
    ("Регулятор наклав штраф у розмірі 1,7 млн грн.", [("1,7 млн грн", 1700000, "UAH", "fine")]),
    # "KD" with no Kuwait on the page is a player's ratio, not Kuwaiti dinars.
    ("The player ended with a KD 3,5 ratio and was fined $500.", [("$500", 500, "USD", "fine")]),
    # A salary in the sentence after a fine, in Spanish or Portuguese, is no fine.
    ("La multa fue de 50 UTM. El sueldo era de 20 UTM mensuales.", [("50 UTM", 50, None, "fine")]),
    (
        "A multa foi de R$ 50 mil. O salário do gerente era de R$ 20 mil.",
        [("R$ 50 mil", 50000, "BRL", "fine")],
    ),
    # A house's value in UF beside a Chilean fine is no fine.
    (
        "En Chile la CMF aplicó una multa de UF 1.500. El fallo usa UF 37.000 como valor de la vivienda.",
        [("UF 1.500", 1500, "CLF", "fine")],
    ),
    # A revenue word in the next sentence says nothing of the fine before its full stop.
    (
        "Суд оштрафовал компанию на 2 млн рублей. Выручка не раскрыта.",
        [("2 млн рублей", 2000000, "RUB", "fine")],
    ),
    (
        "Η αρχή επέβαλε πρόστιμο 3 εκατ. ευρώ. Έσοδα δεν ανακοινώθηκαν.",
        [("3 εκατ. ευρώ", 3000000, "EUR", "fine")],
    ),
    # The accented form έσοδά (before a clitic) is revenue too.
    (
        "Η αρχή επέβαλε πρόστιμο 2 εκατ. ευρώ. Τα έσοδά της ήταν 50 εκατ. ευρώ.",
        [("2 εκατ. ευρώ", 2000000, "EUR", "fine")],
    ),
    (
        "Τα έσοδα της εταιρείας ήταν 84 εκατ. ευρώ, ενώ το πρόστιμο ήταν 2 εκατ. ευρώ.",
        [("2 εκατ. ευρώ", 2000000, "EUR", "fine")],
    ),
    # "y" (and) opens a new clause after the turnover: the fine word after it is no noun the turnover names.
    (
        "La empresa facturó 84 millones de euros y fue multada con 10 millones de euros.",
        [("10 millones de euros", 10000000, "EUR", "fine")],
    ),
    (
        "A empresa faturou R$ 84 milhões e foi multada em R$ 10 milhões.",
        [("R$ 10 milhões", 10000000, "BRL", "fine")],
    ),
    # A unit of account keeps no currency, though the article wrote pesos before it.
    (
        "La empresa pagó 500 millones de pesos chilenos y una multa de 300 UTM.",
        [("500 millones de pesos chilenos", 500000000, "CLP", "fine"), ("300 UTM", 300, None, "fine")],
    ),
    # A headline's present tense: the commissioner slaps firms with fines.
    (
        "Data Commissioner slaps three firms with Sh9.3 million fines",
        [("Sh9.3 million", 9300000, "KES", "fine")],
    ),
    # Romanian fine words (amendă, amenzi, sancționat); a Romanian budget (bugetul) stays no penalty.
    (
        "Autoritatea a aplicat o amendă de 5.089 lei. Bugetul autorității a fost de 12 milioane de lei.",
        [("5.089 lei", 5089, "RON", "fine")],
    ),
    # A budget in Spanish, Polish or Portuguese is money, but no penalty, after a fine in the same text.
    (
        "La agencia impuso una multa de 2 millones de pesos chilenos. Su presupuesto inicial es de 3.500 "
        "millones de pesos chilenos.",
        [("2 millones de pesos chilenos", 2000000, "CLP", "fine")],
    ),
    (
        "Prezes UODO nałożył karę 186 tys. zł. Budżet gminy na ochronę danych to zaledwie 40 tys. zł.",
        [("186 tys. zł", 186000, "PLN", "fine")],
    ),
    (
        "O hospital recebeu multa de R$ 1,2 milhão; o orçamento da autoridade é de R$ 30 milhões.",
        [("R$ 1,2 milhão", 1200000, "BRL", "fine")],
    ),
    # After a business-size condition, ", or" joins the next amount to the penalty the size qualifies.
    (
        "The maximum penalty is 10% of annual turnover for organisations whose turnover exceeds "
        "S$10 million, or S$1 million, whichever is higher.",
        [
            ("10% of annual turnover", None, None, "statutory_maximum"),
            ("S$1 million", 1000000, "SGD", "statutory_maximum"),
        ],
    ),
    (
        "The fine was £17.5 million, or 4% of turnover.",
        [("£17.5 million", 17500000, "GBP", "fine"), ("4% of turnover", None, None, "fine")],
    ),
    (
        "Nach dem Datenschutzgesetz drohen bei Verstössen Bussen von bis zu 250.000 Franken.",
        [("250.000 Franken", 250000, "CHF", "fine")],
    ),
    ("O Procon-SP multou a empresa em R$ 2,4 milhões.", [("R$ 2,4 milhões", 2400000, "BRL", "fine")]),
    (
        "Công ty bị xử phạt 70 triệu đồng vì mua danh sách khách hàng.",
        [("70 triệu đồng", 70000000, "VND", "fine")],
    ),
    # Damages awarded after other damages were sought stay awarded.
    (
        "Plaintiffs sought damages, and the court awarded them $5,000 in damages.",
        [("$5,000", 5000, "USD", "damages")],
    ),
    # Something else was asked for, in a clause of its own: the damages ordered are damages.
    (
        "The plaintiffs sought an injunction, and the court ordered damages of $5,000.",
        [("$5,000", 5000, "USD", "damages")],
    ),
    (
        "L'amende représente 2 % de son chiffre d'affaires.",
        [("2 % de son chiffre d'affaires", None, None, "fine")],
    ),
    (
        "Die Geldbuße entspricht 1,5 % seines weltweiten Umsatzes.",
        [("1,5 % seines weltweiten Umsatzes", None, None, "fine")],
    ),
    (
        "La multa equivale al 2% de su facturación anual.",
        [("2% de su facturación anual", None, None, "fine")],
    ),
    (
        "Prezes UODO nałożył administracyjną karę pieniężną w kwocie 19 644 zł.",
        [("19 644 zł", 19644, "PLN", "fine")],
    ),
    ("Organ ukarał spółkę kwotą 4 mln zł.", [("4 mln zł", 4000000, "PLN", "fine")]),
    ("Kara wynosi 4 mln zł.", [("4 mln zł", 4000000, "PLN", "fine")]),
    (
        "Ofcom said the firm would face an extra £250 per day until it answered.",
        [("£250", 250, "GBP", "fine")],
    ),
    (
        "The maximum civil penalty is now 30% of adjusted turnover for the period.",
        [("30% of adjusted turnover", None, None, "civil_penalty")],
    ),
    (
        "The Act sets fixed penalties. Failing to notify a breach can cost up to ₹200 crore.",
        [("₹200 crore", 2_000_000_000, "INR", "fine")],
    ),
    ("Amazon settles for $30M in response to the complaint", [("$30M", 30_000_000, "USD", "settlement")]),
    # A forum's bare thousands take the currency the thread set.
    (
        "A publisher in France paid €750,000 this month. Our fine was 20k for the cookie wall.",
        [("€750,000", 750_000, "EUR", "settlement"), ("20k", 20_000, "EUR", "fine")],
    ),
    # The next object of "fined" pays too, whatever word follows it.
    (
        "The Commission fined Apple €500 million over its store rules and Meta €200 million over the model it offered users.",
        [("€500 million", 500_000_000, "EUR", "fine"), ("€200 million", 200_000_000, "EUR", "fine")],
    ),
    (
        "The company was hit with a $25 million fine for keeping the recordings.",
        [("$25 million", 25_000_000, "USD", "fine")],
    ),
    ("It agreed to pay a $5.8 million civil penalty.", [("$5.8 million", 5_800_000, "USD", "civil_penalty")]),
    (
        "The DPC fined Meta €1.2bn ($1.3bn) for the transfers.",
        [("€1.2bn", 1_200_000_000, "EUR", "fine"), ("$1.3bn", 1_300_000_000, "USD", "fine")],
    ),
    (
        "The watchdog imposed a fine of 746 million euros on the retailer.",
        [("746 million euros", 746_000_000, "EUR", "fine")],
    ),
    (
        "Violations carry civil penalties of up to $50,120 per violation.",
        [("$50,120", 50_120, "USD", "statutory_maximum")],
    ),
    ("The ICO fined the firm £140,000 for the calls.", [("£140,000", 140_000, "GBP", "fine")]),
    (
        "Customers will receive refunds totalling $245 million.",
        [("$245 million", 245_000_000, "USD", "refund")],
    ),
    ("A jury awarded the plaintiffs damages of US$2.5m.", [("US$2.5m", 2_500_000, "USD", "damages")]),
    (
        "The regulator said it intends to fine the app £12.7 million.",
        [("£12.7 million", 12_700_000, "GBP", "proposed_fine")],
    ),
    (
        "Fines can reach 4% of global annual turnover under the law.",
        [("4% of global annual turnover", None, None, "fine")],
    ),
    (
        "The court ordered the company to disgorge ₹250 crore in profits from the scheme.",
        [("₹250 crore", 2_500_000_000, "INR", "disgorgement")],
    ),
    (
        "Lawyers will ask the court to treble the award, which would push it to $183.6 million.",
        [("$183.6 million", 183_600_000, "USD", "damages")],
    ),
    (
        "Two attorneys general secured $1.2 million from the company.",
        [("$1.2 million", 1_200_000, "USD", "settlement")],
    ),
    (
        "The ICO fined the hotel chain over the breach. The final amount, after appeal, was £4.4m.",
        [("£4.4m", 4_400_000, "GBP", "fine")],
    ),
    (
        "Under the TCPA people can recover $500 per call, and a judge can raise that to as much as $1,500 per call.",
        [("$500", 500, "USD", "damages"), ("$1,500", 1_500, "USD", "statutory_maximum")],
    ),
    # Fines as other languages write them.
    (
        "Die Aufsichtsbehörde verhängte ein Bußgeld von 3,1 Millionen Euro gegen die Klinik.",
        [("3,1 Millionen Euro", 3_100_000, "EUR", "fine")],
    ),
    ("La CNIL a prononcé une amende de 800 000 euros.", [("800 000 euros", 800_000, "EUR", "fine")]),
    (
        "Il Garante ha inflitto una sanzione di 1,2 milioni di euro.",
        [("1,2 milioni di euro", 1_200_000, "EUR", "fine")],
    ),
    ("La agencia impuso una multa de 150.000 euros.", [("150.000 euros", 150_000, "EUR", "fine")]),
    (
        "The commission imposed a penalty surcharge of 4.2 billion won.",
        [("4.2 billion won", 4_200_000_000, "KRW", "fine")],
    ),
    ("The regulator fined the bank N250 million.", [("N250 million", 250_000_000, "NGN", "fine")]),
    ("It was hit with a $12-million fine.", [("$12-million", 12_000_000, "USD", "fine")]),
    # What each claimant of a settlement receives, and vouchers given as redress.
    (
        "Each class member will receive between $90 and $310 from the fund.",
        [("$90", 90, "USD", "settlement"), ("$310", 310, "USD", "settlement")],
    ),
    (
        "The retailer will give every affected customer 30,000 won in vouchers.",
        [("30,000 won", 30_000, "KRW", "refund")],
    ),
    # An amount per breach of a law is a penalty the law sets, whatever else is near.
    (
        "The law sets R$2 million per infraction, excluding taxes.",
        [("R$2 million", 2_000_000, "BRL", "statutory_maximum")],
    ),
    # Amounts and shares joined in one statement of a maximum.
    (
        "Fines can reach €20 million or 4% of worldwide turnover.",
        [("€20 million", 20_000_000, "EUR", "fine"), ("4% of worldwide turnover", None, None, "fine")],
    ),
    (
        "Under the GDPR it's up to 4% of global turnover.",
        [("4% of global turnover", None, None, "statutory_maximum")],
    ),
    (
        "The fine was equal to 0.2 per cent of the lender's 2023 gross earnings.",
        [("0.2 per cent of the lender's 2023 gross earnings", None, None, "fine")],
    ),
    # A business's size in the same sentence as a maximum stays a size.
    (
        "Firms with annual turnover above S$10 million face a maximum penalty of 10% of turnover.",
        [("10% of turnover", None, None, "statutory_maximum")],
    ),
    (
        "De boete kan oplopen tot 4% van de wereldwijde jaaromzet.",
        [("4% van de wereldwijde jaaromzet", None, None, "fine")],
    ),
    (
        "A judge approved the $725 million deal to end the privacy class action.",
        [("$725 million", 725_000_000, "USD", "settlement")],
    ),
    (
        "Penalties range from N10m or up to two per cent of gross earnings.",
        [("N10m", 10_000_000, "NGN", "fine"), ("two per cent of gross earnings", None, None, "fine")],
    ),
    ("Retailer hit with €4.5m over tracking cookies", [("€4.5m", 4_500_000, "EUR", "fine")]),
    (
        "The carrier pays $2.3 million to close the inquiry.",
        [("$2.3 million", 2_300_000, "USD", "settlement")],
    ),
    ("The broker shelled out $800,000 to end the case.", [("$800,000", 800_000, "USD", "settlement")]),
    # An amount written without a currency takes the one its sentence set.
    ("In a year when revenue fell, the fine was €5 million.", [("€5 million", 5_000_000, "EUR", "fine")]),
    (
        "Bußgelder von bis zu vier Prozent des weltweiten Jahresumsatzes sind möglich.",
        [("vier Prozent des weltweiten Jahresumsatzes", None, None, "fine")],
    ),
    ("The settlement, worth $15 million, was approved.", [("$15 million", 15_000_000, "USD", "settlement")]),
    ("Fines totalling €3 billion were imposed last year.", [("€3 billion", 3_000_000_000, "EUR", "fine")]),
    (
        "The watchdog fined the carrier 8 billion won and a further 1.5 billion in surcharges.",
        [("8 billion won", 8_000_000_000, "KRW", "fine"), ("1.5 billion", 1_500_000_000, "KRW", "fine")],
    ),
    # Turkish and Indonesian fine words, and an Indonesian ceiling.
    ("Kurul, bankaya 4,2 milyon TL idari para cezası verdi.", [("4,2 milyon TL", 4_200_000, "TRY", "fine")]),
    # Arabic: a fine (غرامة) in riyals, with the magnitude word after the digits.
    (
        "قررت اللجنة فرض غرامة مالية قدرها 250 ألف ريال على المتجر.",
        [("250 ألف ريال", 250_000, "SAR", "fine")],
    ),
    ("ويجيز النظام فرض غرامة تصل إلى 5 ملايين ريال.", [("5 ملايين ريال", 5_000_000, "SAR", "fine")]),
    ("عاقبت المحكمة الشركة بغرامة 2 مليون درهم.", [("2 مليون درهم", 2_000_000, "AED", "fine")]),
    ("Şirket 850.000 TL cezaya çarptırıldı.", [("850.000 TL", 850_000, "TRY", "fine")]),
    ("Platform itu didenda Rp 3 miliar oleh kementerian.", [("Rp 3 miliar", 3_000_000_000, "IDR", "fine")]),
    (
        "Pelanggar diancam denda paling banyak Rp 5 miliar.",
        [("Rp 5 miliar", 5_000_000_000, "IDR", "statutory_maximum")],
    ),
    ("Setiap korban menerima ganti rugi Rp 2 juta.", [("Rp 2 juta", 2_000_000, "IDR", "refund")]),
    (
        "Max is ₹250 cr for a breach, the thread says.",
        [("₹250 cr", 2_500_000_000, "INR", "statutory_maximum")],
    ),
    # A regulator that hits a party with an amount fines it, also when the party is named between.
    (
        "The watchdog hit the smaller lender with KRW 215 million on Monday.",
        [("KRW 215 million", 215_000_000, "KRW", "fine")],
    ),
    # A German court's Ordnungsgeld is a fine.
    (
        "Bei jedem Verstoß droht ein Ordnungsgeld von bis zu 250.000 Euro.",
        [("250.000 Euro", 250_000, "EUR", "fine")],
    ),
    (
        "The app maker will hand over $4 million to end the case.",
        [("$4 million", 4_000_000, "USD", "settlement")],
    ),
    # A Spanish cap joined by "o" to a share of gross revenue: both are the cap.
    (
        "En casos graves la multa llega a MXN 6,000,000 o hasta el 10% de los ingresos brutos anuales.",
        [
            ("MXN 6,000,000", 6_000_000, "MXN", "fine"),
            ("10% de los ingresos brutos anuales", None, None, "fine"),
        ],
    ),
    # 'budget' before a kind of business names its class, not what the money is.
    (
        "The CCI imposed penalties of ₹223.48 crore on a travel group and ₹168.88 crore on a budget hotel chain.",
        [
            ("₹223.48 crore", 2_234_800_000, "INR", "fine"),
            ("₹168.88 crore", 1_688_800_000, "INR", "fine"),
        ],
    ),
    # Fines in Chinese, Japanese and Korean, whose cue words sit inside runs of letters.
    ("监管部门对其罚款5000万元。", [("5000万元", 50_000_000, "CNY", "fine")]),
    ("委員会は課徴金約4億5000万円の納付を命じた。", [("4億5000万円", 450_000_000, "JPY", "fine")]),
    ("위원회는 과징금 151억 원을 부과했다.", [("151억 원", 15_100_000_000, "KRW", "fine")]),
    ("คณะกรรมการสั่งปรับบริษัท 7 ล้านบาท", [("7 ล้านบาท", 7_000_000, "THB", "fine")]),
    # Fines in Nordic, Finnish, Hungarian, Polish and Czech, with their magnitude words and cases.
    (
        "Datatilsynet har ilagt kjeden et overtredelsesgebyr på 4 millioner kroner.",
        [("4 millioner kroner", 4_000_000, "NOK", "fine")],
    ),
    ("Det danske datatilsyn gav en bøde på 200.000 kroner.", [("200.000 kroner", 200_000, "DKK", "fine")]),
    (
        "IMY har beslutat om en sanktionsavgift på 12 miljoner kronor.",
        [("12 miljoner kronor", 12_000_000, "SEK", "fine")],
    ),
    (
        "Seuraamuskollegio määräsi yhtiölle 2,4 miljoonaa euroa seuraamusmaksun.",
        [("2,4 miljoonaa euroa", 2_400_000, "EUR", "fine")],
    ),
    # Crowns as 'kr.' and Swedish 'mkr' (millions of crowns): the country the article names decides.
    ("Det danske datatilsyn indstillede til en bøde på 50.000 kr.", [("50.000 kr.", 50_000, "DKK", "fine")]),
    ("IMY beslutade om en sanktionsavgift på 5 mkr i fjol.", [("5 mkr", 5_000_000, "SEK", "fine")]),
    ("Sanktionsavgiften i Sverige blev 7,5 miljoner kr.", [("7,5 miljoner kr.", 7_500_000, "SEK", "fine")]),
    ("Datatilsynet ila et gebyr på 250 000 kr.", [("250 000 kr.", 250_000, "NOK", "fine")]),
    ("A NAIH 30 millió forintos bírságot szabott ki.", [("30 millió forintos", 30_000_000, "HUF", "fine")]),
    ("UODO nałożył karę 29 tys. zł za transport akt.", [("29 tys. zł", 29_000, "PLN", "fine")]),
    (
        "Úřad uložil operátorovi pokutu 3,6 milionu korun.",
        [("3,6 milionu korun", 3_600_000, "CZK", "fine")],
    ),
    # A fine written as what an act costs: an act leads the clause, fine words stand near.
    (
        "Overtaking on the hard shoulder now costs Dh 1000 and six black points.",
        [("Dh 1000", 1000, "AED", "fine")],
    ),
    (
        "Fines range from Dh 1000 to Dh 10,000. Harassing someone by phone now costs Dh 3000, and defaming an official Dh 5000.",
        [
            ("Dh 1000", 1000, "AED", "fine"),
            ("Dh 10,000", 10_000, "AED", "fine"),
            ("Dh 3000", 3000, "AED", "fine"),
            ("Dh 5000", 5000, "AED", "fine"),
        ],
    ),
    (
        "Using a phone at the wheel will set drivers back Dh800 and four black points.",
        [("Dh800", 800, "AED", "fine")],
    ),
    # What a wrong costs is a fine with no other fine word near (explainers of data protection caps).
    (
        "Non-compliance can cost a retailer up to €20 million.",
        [("€20 million", 20_000_000, "EUR", "fine")],
    ),
    (
        "Incumplir la norma puede costarte hasta 15 millones de euros.",
        [("15 millones de euros", 15_000_000, "EUR", "fine")],
    ),
    (
        "Le non-respect des règles peut coûter jusqu'à 10 millions d'euros.",
        [("10 millions d'euros", 10_000_000, "EUR", "fine")],
    ),
    (
        "A breach of the marketing rules could cost a sender up to £17.5 million.",
        [("£17.5 million", 17_500_000, "GBP", "fine")],
    ),
    # A verb of cost that is no act's price leaves the fine word before it to speak.
    ("The fine will cost Google €50 million.", [("€50 million", 50_000_000, "EUR", "fine")]),
    (
        "The fine, which will set Meta back $1.3 billion, was upheld.",
        [("$1.3 billion", 1_300_000_000, "USD", "fine")],
    ),
    (
        "The company agreed to pay $2 million in costs and penalties.",
        [("$2 million", 2_000_000, "USD", "settlement")],
    ),
    # Costs awarded beside a fine are no part of it, even as the noun after 'in'.
    (
        "It was fined $5 million and must pay $20,000 in legal costs.",
        [("$5 million", 5_000_000, "USD", "fine")],
    ),
    # Bare 'in costs' after an amount is costs awarded, though a paying verb stands nearer.
    ("It was fined $5 million and must pay $20,000 in costs.", [("$5 million", 5_000_000, "USD", "fine")]),
    # What a regulator first proposed before another body changed it is a proposed fine.
    (
        "The Irish DPC had first proposed about €50 million; the EDPB made it raise the figure.",
        [("€50 million", 50_000_000, "EUR", "proposed_fine")],
    ),
    # A list of maximums whose last amount, with no currency, is followed by 'where'.
    (
        "Fines run up to 1 million baht for use without consent, and up to 5 million where sensitive data is involved.",
        [
            ("1 million baht", 1_000_000, "THB", "fine"),
            ("5 million", 5_000_000, "THB", "fine"),
        ],
    ),
    # 'Sancionar' with 'con'/'com' after it, or a party after Spanish 'a', fines (not a law's assent: see NEGATIVE).
    (
        "La SIC sancionó a la empresa con 2.000 millones de pesos.",
        [("2.000 millones de pesos", 2_000_000_000, "COP", "fine")],
    ),
    ("O hospital foi sancionado com R$ 50 mil pela ANPD.", [("R$ 50 mil", 50_000, "BRL", "fine")]),
]
NEGATIVE = [
    # A ban imposed (opgelegd) on no one named, and a project's frame, are no fines.
    "De gemeente heeft een bouwstop opgelegd; het project kost € 5 miljoen.",
    "Der Rahmen des Projekts liegt bei 10 Mio. Euro.",
    "Компания направит 3% от выручки на рекламу.",
    # The same case endings on a price that moved are no fine.
    "Şirketin hisse fiyatı 20 liradan 25 liraya çıktı.",
    "Bilet fiyatları 300 Türk lirasından 450 Türk lirasına yükseldi.",
    # A figure in brackets before an amount in digits is a provision's number, not the amount again.
    "The council set aside ₹20 crore for not renewing the contract.",
    "Last month the operator pledged 700 billion won for information security after the fine.",
    "Средний ущерб бизнеса от одной утечки при штрафах аналитики оценивают в 10 млн рублей.",
    # Money taken after the wrong's word is still no penalty.
    "He was jailed for embezzling $2 million from the charity.",
    # What a defendant risks in a suit, with no ceiling or fine word, and a share that is no range's end.
    "The company risks $20 million if it loses the case.",
    # What a party risks losing in value or sales is no ceiling of a fine.
    "Investors risk up to $3 billion in lost value if the merger collapses.",
    "The chipmaker risks up to $4 billion in lost sales after the export ban.",
    "In 2023 and 4% of turnover growth the firm did well.",
    # Money stolen, swindled or overcharged, alone, is no penalty.
    "The scheme defrauded investors of $45 million over four years.",
    "Auditors found that about $20m was stolen.",
    "Dolandırıcılar müşterilerden 12 milyon TL çaldı ve ceza yağmuru başladı.",
    # Recovery costs a city budgets or a state subsidises, and relief a government tells an office to pay: no court.
    "市は台風被害の復旧工事費として1億2000万円を計上した。",
    "地震後の復旧費10億円を国が補助する。",
    "정부는 재난지원금 50만원을 지급하라고 지시했다.",
    "同社の売上高は3億円だった。",
    "新工場の建設に5億円を投資した。",
    "이 회사의 지난해 매출액은 약 1,800억원이었다.",
    "The startup raised $5 million for developing the app.",
    # Tagalog money with no word of a fine is no penalty.
    "Ang kumpanya ay kumita ng P2 milyon noong nakaraang taon.",
    "La empresa reportó un aumento del 4% de los ingresos anuales por ventas y servicios.",
    # Counts after the same words stay counts where no fine is named.
    "The app had 3 miljoen aan gebruikers and 15 million the year before, and revenue of $2 billion.",
    # Hebrew revenue in shekels, with no fine word, stays unmarked.
    "החברה דיווחה על הכנסות של 320 מיליון שקלים ברבעון.",
    # Money raised from investors and the price of a subscription stay unmarked.
    "The startup raised $5 million from investors after the fine was dropped.",
    "A $9.99 subscription is cheap next to a fine.",
    "Die Busse bis 22 Uhr kosten 3 Franken.",
    # Lawyers' fees stay fees when the clause goes on.
    "Lawyers took $35 million in fees once the settlement was approved.",
    # A magnitude word alone counts one only before a currency: مليون شخص is a million people.
    "غرامة تطال مليون شخص في المدينة.",
    "بلغت إيرادات الشركة 250 ألف ريال في الربع الأول.",
    "The rules bind firms whose turnover exceeds S$10 million, or S$20 million in assets.",
    "The chain set aside a budget of ₹40 crore for refurbishing its hotels after the fine.",
    "The tribunal dismissed the appeal and awarded the commission $35,000 in investigation costs.",
    # What an act costs is a price without fine words near it, or when no act leads the clause.
    "Training the model costs $100 million, more than the fine.",
    "The premium plan now costs $12 a month after the fine.",
    "According to the police, parking in the mall costs Dh 20 an hour.".replace(
        "parking in the mall", "the mall car park"
    ),
    "Running the new office costs $2 million a year.",
    # What a data breach or a building costs is damage or a price: only a named wrong's cost is a fine.
    "The data breach will cost the retailer $1.4 billion in upgrades.",
    "Building the second plant could cost up to $2 billion.",
    "이 회사의 지난해 매출은 30조 원에 달했다.",
    "该公司去年营收达到500亿元。",
    "บริษัทใช้เงินปรับปรุงระบบ 300 ล้านบาท",
    "The fined firm must also pay a further £50,000 towards the cost of the investigation.",
    "Tras la multa, un programa de cumplimiento cuesta entre US$20.000 y US$60.000.",
    "Depois da multa, o novo sistema custou R$ 2 milhões à empresa.",
    "Die Busse nach Zürich kosten 250.000 Franken im Jahr.",
    "Il fatturato è cresciuto del 2% e la sua quota di mercato anche.",
    "Spółka zanotowała przychody w wysokości 4 mln zł.",
    # Kara the English given name, not the Polish fine.
    "Kara Whitfield, the company's founder, put €20 million into the new data centre.",
    "The regulator fined Acme, whose revenue was $2 billion, in March.",
    "Meta's revenue reached $116 billion, and Google revenue $300 billion.",
    "The company's revenue in the year of the fine was roughly 140 billion yuan.",
    "The company is worth $15 billion after the settlement.",
    "Das Bußgeld entspricht damit gut zwei Prozent des Jahresumsatzes.",
    "Its turnover in the year the penalty landed stood at about €9 billion.",
    "A semi-final decided by a penalty shootout drew viewers; the broadcaster paid $410 million for the broadcast rights.",
    "The device costs $99 in the shops this spring.",
    "Meta reported revenue of $116 billion last year.",
    "The startup was valued at $31.5 billion in its latest funding round.",
    "Microsoft bought the studio for $7.5 billion in 2021.",
    "The chief executive's salary rose to $3 million.",
    "The agency's budget is €40 million a year.",
    "Investors poured $200 million into the company.",
    "The device costs $99 and ships in May.",
    "Shares fell 4% after the announcement.",
    "The company employs 30,000 people in 2018.",
    "Its market value passed $1 trillion.",
    "The deal, worth £2bn, closed on Friday.",
    "The firm spent $12 million on lobbying.",
    "Ostrel would pay a $320 million reverse termination fee if the financing fell through.",
    "The city's chief privacy officer will be paid $186,500 a year.",
    "Its median employee pay rose to $168,000 last year.",
    "The fine is small next to the group's revenue, which was about $37 billion in 2023.",
    "The startup raised $40 million from investors in May.",
    # Funding raised from one sum to another is no fine, though a fine follows in the sentence.
    "Seed funding was raised from $8 million to $30 million before the firm was ever fined.",
    # Buses late by up to so many minutes are no fine (Busse bis zu takes an amount).
    "Die Busse bis zu 15 Minuten Verspätung kosten die Bahn 5 Franken pro Fahrgast.",
    # Asked for, or feared, not ordered: even per violation.
    "Plaintiffs seek $5,000 per violation under the statute.",
    "The complaint claimed exposure of more than $2 billion.",
    "A former customer said he would file a case seeking P80,000 for each client.",
    # Ratios someone computes, and shares of a maximum.
    "The fine is less than 1% of its revenue.",
    "La sanzione corrisponde a meno dello 0,5% del fatturato.",
    "Half the maximum fine, 50% of the maximum fine, was suspended.",
    "The data on 4 million phones works out to $3 a phone.",
    # Sizes, holdings and spending near penalty words.
    "A provider with £2 billion of revenue would pay a fee of £300,000 a year.",
    "Lindwurm setzte zuletzt rund 300 Millionen Euro um.",
    "The lender's deposits are over ₹5,000 crore, so the fine hardly matters.",
    "Capital expenditure reached $500 million last year.",
    "She received total compensation of $9 million in 2024.",
    "Legal costs of about $60,000 were added to the bill.",
    # Share prices, ransoms, everyday tickets and what an incident cost the business.
    "For the company that is like a $50 parking ticket for me.",
    "Its shares closed at $45.20 on the day the fine was announced.",
    "The hackers demanded a ransom of $4 million before the regulator stepped in.",
    "The breach cost the company $40 million in lost sales, more than any fine.",
    "Max Schrems got €40,000 from supporters for the case.",
    # Revenue, profit and budgets in Italian, Spanish, Nordic, Hungarian and Czech, even beside a fine word.
    "Il Garante ha multato la società, che ha ricavi per 300 milioni di euro.",
    "El banco, multado el año pasado, reportó utilidades por $2,1 billones de pesos.",
    "Selskapet fikk gebyr, men omsetningen var 2,5 milliarder kroner i fjor.",
    "A bírság után a cég árbevétele meghaladta a 4 milliárd forintot.",
    "Operátor dostal pokutu, loni vykázal tržby přes 20 miliard korun.",
    # Turnover, income and budgets in Turkish and Indonesian, even beside a fine word.
    "Şirketin yıllık cirosu 4 milyar TL'yi aştı.",
    "Perusahaan mencatat pendapatan Rp 30 triliun tahun lalu.",
    "Kementerian itu punya anggaran Rp 2 triliun untuk pengawasan.",
    # Counts with a scale word are no money, even beside a fine.
    "The fine covers 20 million accounts, the regulator said.",
    "The race fee was €40 last year. I ran a 5k on Sunday morning.",
    # Revenue, profit, budgets and investment in Spanish, Polish, Turkish and Arabic, even beside a fine word;
    # damages only claimed or wanted.
    "La cadena, que facturó 84 millones de euros el año pasado, recurrirá la multa.",
    "La clínica, multada el mes pasado, ya invirtió 2 millones de soles en seguridad.",
    "Spółka, ukarana w marcu, miała 600 mln zł przychodu.",
    "Bankanın ceza sonrası açıkladığı net kâr 40 milyar lira oldu.",
    "بعد فرض الغرامة، قال متحدث باسم الهيئة إن ميزانية برامج التوعية بلغت 15 مليون ريال هذا العام.",
    "Los deudores reclaman además una indemnización de 5 millones de pesos cada uno.",
    "The patient had sought Shs200 million in general damages.",
    "The plaintiffs want $5,000 for every scan under BIPA.",
    # Portuguese revenue verbs, and a product that hits the market with money, are no fines.
    "A rede faturou R$ 1,3 bilhão no último exercício.",
    "The startup hit the market with $3 million in seed money.",
    "The startup hits the market with $3 million in seed money.",
    # Hindi revenue beside a fine word that is denied: the revenue is no fine.
    "बीमा कंपनी का राजस्व 720 करोड़ रुपये रहा, और किसी जुर्माने की चर्चा नहीं हुई।",
    # Spanish and Portuguese 'sancionar' is also the assent to a law: the money a law so passed moves is no fine.
    "A presidente sancionou ontem a lei que abre um crédito de R$ 4,2 bilhões para a saúde.",
    "El Congreso sancionó la ley que asigna 500 millones de pesos a las universidades.",
    "As duas leis foram sancionadas pelo governador; o fundo receberá R$ 80 milhões.",
]

# A sentence with no fine word after a fine: what it counts is revenue, money raised, a share price, a
# price, a valuation or an investment, in Dutch, German, Polish, Turkish and Hebrew. Each is
# (fine sentence, next sentence); only the fine is a penalty.
AFTER_A_FINE = [
    (
        "De toezichthouder legde een boete op van 2 miljoen euro.",
        "De omzet van het bedrijf was 5 miljoen dollar.",
    ),
    (
        "De toezichthouder legde een boete op van 2 miljoen euro.",
        "Het bedrijf haalde 5 miljoen dollar op bij investeerders.",
    ),
    (
        "Die Behörde verhängte ein Bußgeld von 2 Millionen Euro.",
        "Das Start-up sammelte 5 Millionen Dollar bei Investoren ein.",
    ),
    ("Die Behörde verhängte ein Bußgeld von 2 Millionen Euro.", "Die Aktie kostet 120 Dollar."),
    ("Die Behörde verhängte ein Bußgeld von 2 Millionen Euro.", "Der Euro stieg auf 1,10 Dollar."),
    ("Urząd nałożył karę w wysokości 2 mln zł.", "Akcje spółki kosztują 50 dolarów."),
    ("Kurul şirkete 2 milyon lira para cezası verdi.", "Şirket 5 milyon dolar yatırım aldı."),
    ("הרשות הטילה קנס של 2 מיליון שקלים.", "החברה גייסה 5 מיליון דולר ממשקיעים."),
    ("הרשות הטילה קנס של 2 מיליון שקלים.", "שווי החברה מוערך ב-300 מיליון שקלים."),
    ("הרשות הטילה קנס של 2 מיליון שקלים.", "הכנסות החברה הגיעו ל-1.2 מיליון שקלים."),
    ("הרשות הטילה קנס של 2 מיליון שקלים.", 'מחיר המוצר הוא 500 ש"ח.'),
    # Hindi: the danda (।, ॥) ends the fine's sentence, and profit, revenue, investment, turnover and
    # valuation are named.
    ("नियामक ने बीमा कंपनी पर 3 करोड़ रुपये का जुर्माना लगाया।", "कंपनी ने पिछले साल 410 करोड़ रुपये का मुनाफा कमाया।"),
    ("नियामक ने बीमा कंपनी पर 3 करोड़ रुपये का जुर्माना लगाया।", "उसका सालाना राजस्व 2,600 करोड़ रुपये है।"),
    ("नियामक ने बीमा कंपनी पर 3 करोड़ रुपये का जुर्माना लगाया।", "कंपनी ने 75 करोड़ रुपये का नया निवेश जुटाया।"),
    ("नियामक ने बीमा कंपनी पर 3 करोड़ रुपये का जुर्माना लगाया॥", "समूह का कारोबार 9,000 करोड़ रुपये का है।"),
    ("नियामक ने बीमा कंपनी पर 3 करोड़ रुपये का जुर्माना लगाया।", "निवेशकों ने उसका मूल्यांकन 5,000 करोड़ रुपये आंका।"),
    ("नियामक ने बीमा कंपनी पर 3 करोड़ रुपये का जुर्माना लगाया।", "तिमाही में कंपनी का शुद्ध लाभ 88 करोड़ रुपये रहा।"),
]


def _find(sentence: str) -> list[tuple[str, float | None, str | None, str | None]]:
    findings = PenaltyDetector().detect((Unit("b0", "block", sentence, "paragraph"),))
    return [(f.text, f.amount, f.currency, f.penalty_type) for f in sorted(findings, key=lambda f: f.start)]


@pytest.mark.parametrize(("sentence", "expected"), POSITIVE)
def test_penalty_found_and_normalised(sentence: str, expected: list) -> None:
    """A penalty is found with its amount, currency and type."""
    assert _find(sentence) == expected


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_money_that_is_no_penalty_stays_unmarked(sentence: str) -> None:
    """Revenue, valuations, deals, salaries and budgets are not penalties."""
    assert _find(sentence) == []


@pytest.mark.parametrize(("fine", "other"), AFTER_A_FINE)
def test_money_named_as_something_else_after_a_fine_stays_unmarked(fine: str, other: str) -> None:
    """The fine of the first sentence is a penalty; the revenue, price or investment of the next is not,
    though it has no fine word to be told from."""
    assert [text for text, *_ in _find(f"{fine} {other}")] == [_find(fine)[0][0]]


def test_conversion_points_to_the_amount_it_repeats() -> None:
    """A bracketed conversion is its own mention, linked to the amount before it."""
    findings = PenaltyDetector().detect(
        (Unit("b0", "block", "It was fined €100 ($110, £84) per user.", "paragraph"),)
    )
    origin = next(f for f in findings if f.currency == "EUR")
    conversions = [f for f in findings if f.conversion_of is not None]
    assert {f.currency for f in conversions} == {"USD", "GBP"}
    assert all(f.conversion_of == f"b0:{origin.start}" for f in conversions)


def test_a_table_row_without_penalty_words_takes_its_header() -> None:
    """Rows of a table whose heading is about fines are fines, amount by amount."""
    units = (
        Unit("b0", "block", "Fine ranges for 2024", "heading"),
        Unit("b1", "block", "Obligation | Minimum | Maximum", "paragraph"),
        Unit("b2", "block", "Duty to inform | ₺50,000 | ₺1,000,000", "paragraph"),
    )
    found = [(f.unit_id, f.text, f.currency) for f in PenaltyDetector().detect(units)]
    assert found == [("b2", "₺50,000", "TRY"), ("b2", "₺1,000,000", "TRY")]


def test_a_list_item_without_penalty_words_takes_its_lead_in() -> None:
    """Items of a list of settlements are settlements; items of a list of revenues are not."""
    settlements = (
        Unit("b0", "block", "The largest privacy settlements of the year:", "paragraph"),
        Unit("b1", "block", "1. $61 million – Doe v. Acme Corp. (N.D. Cal.)", "paragraph"),
        Unit("b2", "block", "2. $40 million – Roe v. Beta Inc. (S.D.N.Y.)", "paragraph"),
    )
    revenues = (
        Unit("b0", "block", "The largest revenues of the year:", "paragraph"),
        Unit("b1", "block", "1. $61 billion – Acme Corp.", "paragraph"),
    )
    assert [f.text for f in PenaltyDetector().detect(settlements)] == ["$61 million", "$40 million"]
    assert PenaltyDetector().detect(revenues) == []


def test_a_list_item_whose_marker_the_parser_took_still_reaches_its_lead_in() -> None:
    """The third item of a tier list, its dash gone, is as much a fine as the first; a paragraph is not."""
    tiers = (
        Unit("b0", "block", "Fines under the new law come in tiers:", "paragraph"),
        Unit("b1", "block", "up to 2 million baht for a missing notice;", "list_item"),
        Unit("b2", "block", "up to 4 million baht for unlawful sharing;", "list_item"),
        Unit("b3", "block", "up to 6 million baht where health data is involved.", "list_item"),
    )
    prose = (*tiers[:3], Unit("b3", "block", "Most firms hold 6 million baht in reserve.", "paragraph"))
    assert [f.text for f in PenaltyDetector().detect(tiers)] == [
        "2 million baht",
        "4 million baht",
        "6 million baht",
    ]
    assert [f.text for f in PenaltyDetector().detect(prose)] == ["2 million baht", "4 million baht"]


def test_a_reply_takes_the_question_before_it_but_not_text_further_back() -> None:
    """A reply about "that fine" is about it; an amount several paragraphs after a fine is not."""
    reply = (
        Unit("c0", "comment", "How large can the criminal fine get?"),
        Unit("c1", "comment", "kenji_law · 2h"),
        Unit("c2", "comment", "For a company, up to ¥80 million these days."),
    )
    far = (
        Unit("b0", "block", "The regulator fined the app maker $2 million.", "paragraph"),
        Unit("b1", "block", "The app launched in 2019 and grew quickly.", "paragraph"),
        Unit("b2", "block", "Its founders met at university.", "paragraph"),
        Unit("b3", "block", "My own phone set me back $800 last year.", "paragraph"),
    )
    assert [(f.unit_id, f.text) for f in PenaltyDetector().detect(reply)] == [("c2", "¥80 million")]
    assert [(f.unit_id, f.text) for f in PenaltyDetector().detect(far)] == [("b0", "$2 million")]


def test_repeated_bare_amount_counts_when_it_repeats_a_penalty() -> None:
    """ "the $30M" in a comment is the penalty the article already named."""
    units = (
        Unit("title", "title", "Company settles for $30M"),
        Unit("c0", "comment", "Oh and the $30M is a small sum for them."),
    )
    findings = PenaltyDetector().detect(units)
    assert [(f.unit_id, f.text) for f in findings] == [("title", "$30M"), ("c0", "$30M")]


def test_qualifier_and_rate_are_fields_not_span() -> None:
    """ "up to" and "per violation" are kept as fields; the span is the amount alone."""
    (finding,) = PenaltyDetector().detect(
        (Unit("b0", "block", "The law allows civil penalties of up to $7,500 per violation.", "paragraph"),)
    )
    assert (finding.text, finding.qualifier, finding.rate) == ("$7,500", "up to", "per violation")
    assert finding.penalty_type == "statutory_maximum"


def test_payer_and_authority_are_read_from_the_sentence() -> None:
    """Who pays and who imposed the penalty, where the sentence says."""
    (finding,) = PenaltyDetector().detect(
        (Unit("b0", "block", "The FTC imposed a $5.8 million penalty on Ring.", "paragraph"),)
    )
    assert finding.authority == "FTC"
    assert finding.payer == "Ring"


def test_every_authority_of_the_vocabulary_is_named_as_the_authority() -> None:
    """Each authority of penalties.toml, in the sentence of a fine, is its authority."""
    for entry in vocabulary("penalties.toml").role("authority"):
        for name in entry.phrases:
            (finding,) = PenaltyDetector().detect(
                (Unit("b0", "block", f"The {name} imposed a $5 million fine on Acme.", "paragraph"),)
            )
            assert finding.authority == name


def test_every_rate_unit_of_the_vocabulary_is_read_as_the_rate() -> None:
    """Each rate unit of penalties.toml after "per" is the penalty's rate."""
    for entry in vocabulary("penalties.toml").role("rate_unit"):
        for unit in entry.phrases:
            (finding,) = PenaltyDetector().detect(
                (Unit("b0", "block", f"Fines reach $500 per {unit} under the law.", "paragraph"),)
            )
            assert finding.rate == f"per {unit}"


def test_every_not_penalty_word_keeps_its_money_unmarked() -> None:
    """A plain amount described by a not-penalty word is no penalty."""
    for word in ("revenue", "acquisition", "salary", "funding", "fee", "budget"):
        assert _find(f"The company's {word} was $40 million that year.") == [], word


def test_a_size_test_after_a_cap_is_said_of_its_own_amount() -> None:
    """A size test after a cap ("for firms with a turnover above S$10 million") is the firm's size, said
    of the amount it ends on: its "turnover" says nothing of the cap before it, even past a long law's
    name, and the amount after "or" is the cap's other part."""
    sentence = (
        "The maximum financial penalty under the Personal Data Protection Act 2012 is 10% of annual turnover"
        " in Singapore for organisations with a turnover above S$10 million, or S$1 million otherwise."
    )
    found = [(text, amount, currency) for text, amount, currency, _type in _find(sentence)]
    assert found == [("10% of annual turnover", None, None), ("S$1 million", 1_000_000, "SGD")]

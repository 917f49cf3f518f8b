"""Currency from the article: shared signs ("$", "¥", "pesos") and amounts written without a currency."""

from __future__ import annotations

import pytest

from tests.law_support import settled_currencies

# (paragraphs, [(amount as written, currency)])
CASES = [
    # An article that names no place but counts a fine in one country's unit of account takes that
    # country's peso and dollar: Chilean pages write UTM and pesos without saying Chile.
    (
        ("El juzgado aplicó una multa de 80 UTM (unos 5 millones de pesos) a la tienda.",),
        [("80 UTM", None), ("5 millones de pesos", "CLP")],
    ),
    (
        ("La multa fue de 300 UTM, es decir $19 millones, según la sentencia.",),
        [("300 UTM", None), ("$19 millones", "CLP")],
    ),
    # Its abbreviation counts so only in an article written in its place's language or naming the place:
    # in English "UTM" is also a map grid and a tracking tag, and the dollars stay US dollars.
    (
        ("Each link carried 30 UTM parameters. The regulator fined the firm $5 million.",),
        [("$5 million", "USD")],
    ),
    (("The app kept positions as 33 UTM coordinates and was fined $400,000.",), [("$400,000", "USD")]),
    (
        ("Chile's new law sets fines of up to 20,000 UTM (about US$1.4 million).",),
        [("20,000 UTM", None), ("US$1.4 million", "USD")],
    ),
    (
        ("Otra empresa pagó $1.360 millones, unas 20.000 UTM.",),
        [("$1.360 millones", "CLP"), ("20.000 UTM", None)],
    ),
    # ... but not when the article names another place, or counts in two countries' units.
    (
        ("En México la multa de 80 UTM equivale a 5 millones de pesos mexicanos.",),
        [("80 UTM", None), ("5 millones de pesos mexicanos", "MXN")],
    ),
    # Letter signs bound to a place are money only in an article naming it: KD in Kuwait, UF in Chile, Q in
    # Guatemala; elsewhere a player's ratio, a university, a quarter.
    (("The player ended with a KD 3,5 ratio and KD 2.1 overall.",), []),
    (("UF 2,000 students enrolled at UF this year.",), []),
    (("The group booked revenue of Q1 million, it said.",), []),
    # Chile's annual tax unit only in an article pointing to Chile or counting in its other units: UTA is also
    # the Utah Transit Authority.
    (("Our UTA fare rose to 2.50 dollars; fines up to 100 UTA apply.",), [("2.50 dollars", "USD")]),
    (("La SMA aplicó una multa de 100 UTA y otra de 300 UTM.",), [("100 UTA", None), ("300 UTM", None)]),
    (("La Superintendencia chilena impuso una multa de 500 UTA.",), [("500 UTA", None)]),
    (("The Kuwaiti regulator fined the bank KD 50,000.",), [("KD 50,000", "KWD")]),
    (("La CMF de Chile aplicó una multa de UF 15.000.",), [("UF 15.000", "CLF")]),
    (("En Guatemala la SAT impuso una multa de Q1 millón.",), [("Q1 millón", "GTQ")]),
    # BD and RO too: BD in a story from Bangladesh, a Romanian code.
    (("A shop in Dhaka was fined BD 20,000, the notice said.",), []),
    (("A fine of €5 million was set; the form RO 100,000 lists it.",), [("€5 million", "EUR")]),
    (("Bahrain's regulator fined the clinic BD 20,000.",), [("BD 20,000", "BHD")]),
    (("An Omani court fined the firm RO 100,000.",), [("RO 100,000", "OMR")]),
    # Nepal's and Mauritius's rupees are written Rs as India's are; the article's country decides.
    (
        ("The Nepal Telecommunications Authority fined an internet provider Rs 5 lakh.",),
        [("Rs 5 lakh", "NPR")],
    ),
    (
        ("In Port Louis, the Data Protection Commissioner fined a bank Rs 500,000.",),
        [("Rs 500,000", "MUR")],
    ),
    (
        ("The Reserve Bank of India fined a lender Rs 5 lakh.",),
        [("Rs 5 lakh", "INR")],
    ),
    (
        (
            "Un centre de services scolaire a versé 15 000 dollars canadiens.",
            "La loi prévoit une amende de 3 000 $ à 30 000 $.",
        ),
        [("15 000 dollars canadiens", "CAD"), ("3 000 $", "CAD"), ("30 000 $", "CAD")],
    ),
    # GUIDELINES (settled cases, amounts): a bare "$" in an article about a Canadian, Hong Kong, Singapore, New
    # Zealand or Australian matter is the US dollar unless the article writes that local dollar; a place does not.
    (
        (
            "Ottawa's bill would replace the old law with the Consumer Privacy Protection Act (CPPA).",
            "Under the CPPA, fines could reach $25 million; the CPPA also adds a tribunal.",
        ),
        [("$25 million", "USD")],
    ),
    (
        ("Hong Kong's privacy commissioner brought the case.", "The court fined him $6,000 on Monday."),
        [("$6,000", "USD")],
    ),
    (
        ("The Singapore regulator, the PDPC, issued its decision.", "The clinic must pay $18,000."),
        [("$18,000", "USD")],
    ),
    (
        (
            "New Zealand's Privacy Commissioner can refer cases to the tribunal.",
            "Awards have reached $40,000.",
        ),
        [("$40,000", "USD")],
    ),
    (("La Commission d'accès à l'information du Québec peut imposer 50 000 $.",), [("50 000 $", "USD")]),
    (
        ("The Federal Trade Commission sued the broker in California.", "It will pay $1.5 million."),
        [("$1.5 million", "USD")],
    ),
    (
        ("The Irish regulator fined the app €310 million ($335 million) under the GDPR.",),
        [("€310 million", "EUR"), ("$335 million", "USD")],
    ),
    (
        ("The regulator in Beijing set the fine in yuan.", "The total was ¥1.2 billion."),
        [("¥1.2 billion", "CNY")],
    ),
    (("A Tokyo court ordered ¥3 million in damages.",), [("¥3 million", "JPY")]),
    (
        ("Its surcharge was 9 billion won, and a further 1.1 billion followed in fines.",),
        [("9 billion won", "KRW"), ("1.1 billion", "KRW")],
    ),
    (
        (
            "The watchdog fined the retailer 2 million baht.",
            "With the earlier order the total is four million.",
        ),
        [("2 million baht", "THB"), ("four million", "THB")],
    ),
    (
        ("The Argentine court ordered 8 millones de pesos in punitive damages.",),
        [("8 millones de pesos", "ARS")],
    ),
    (("Manila's commission fined the app 3 million pesos.",), [("3 million pesos", "PHP")]),
    # Colombia's and Morocco's regulators, named without the country, point an article to it.
    (
        ("La Superintendencia de Industria y Comercio impuso una multa de 90 millones de pesos.",),
        [("90 millones de pesos", "COP")],
    ),
    (("La CNDP a infligé une amende de 500.000 dirhams à un opérateur.",), [("500.000 dirhams", "MAD")]),
    (
        ("La SIC impuso multas por $21.000 millones de pesos en una década.",),
        [("$21.000 millones de pesos", "COP")],
    ),
    # A bare amount before the article's first currency takes that currency: a thread writes "Rs" later.
    (
        ("They paid 2 crore last time.", "This time it was Rs 1.75 crore."),
        [("2 crore", "INR"), ("Rs 1.75 crore", "INR")],
    ),
    # Both Norway and Denmark have a Datatilsynet: Danish spellings settle crowns as Danish.
    (
        (
            "Datatilsynet indstiller kommune til bøde",
            "Datatilsynet har indstillet kommunen til en bøde på 1,2 mio. kr.",
        ),
        [("1,2 mio. kr.", "DKK")],
    ),
    (
        (
            "Datatilsynet varsler gebyr",
            "Datatilsynet har varslet et overtredelsesgebyr på 4 millioner kroner.",
        ),
        [("4 millioner kroner", "NOK")],
    ),
]
# Amounts whose currency stays as written, or that stay without one.
UNSETTLED = [
    # A US article citing a Singapore fine keeps its own dollars.
    (
        (
            "The U.S. Federal Trade Commission has fined the American broker $5 million.",
            "Singapore once fined a clinic S$1 million.",
        ),
        [("$5 million", "USD"), ("S$1 million", "SGD")],
    ),
    # A bare amount in an article that names no currency has none.
    (("Officials said the total came to 3 billion.",), [("3 billion", None)]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES + UNSETTLED)
def test_the_article_settles_the_currency(paragraphs: tuple[str, ...], expected: list) -> None:
    """A shared sign takes the article's local currency; a bare amount the one the article set before it."""
    assert settled_currencies(*paragraphs) == expected

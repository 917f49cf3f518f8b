"""Review of the non-English terms-quote rules of session 32 (tosrec17b), on shapes of German, French and Dutch news:

- a German sentence no longer makes every capitalised quotation wording: a name all of whose words open on a capital,
  with no comma listing them ("für „Meta AI“", "der Begriff „Geteilte Inhalte“"), is still a name;
- a German clause whose verb follows the quotation is no document's when a spokesman says it in the main clause
  ("Ein Sprecher sagte, dass die AGB „…“ vorsehen");
- the wording of a law is no document's wording ("La formulation de l'article 7 du RGPD", "Deze bepaling van de wet");
- a bill's amendment that reads "…" is no change to the terms;
- a German part or wording of a press release or of a law is none of the document's ("Der letzte Absatz der
  Pressemitteilung lautet:", "Der Wortlaut von Art. 6 DSGVO").
"""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Wolkig ändert seine Nutzungsbedingungen"


@pytest.mark.parametrize("body", [
    "Laut der neuen Datenschutzerklärung nutzt Wolkig für „Wolkig AI“ auch öffentliche Beiträge der Nutzer.",
    "In den neuen AGB wird der Begriff „Geteilte Inhalte“ mehrfach verwendet, ohne ihn zu erklären.",
    "In den Nutzungsbedingungen heißt der Dienst nur noch „Wolkig Plus“ und kostet mehr.",
    "In den Nutzungsbedingungen definiert der Dienst „Ihre Inhalte“ als alles, was Nutzer hochladen.",
])  # fmt: skip
def test_german_names_in_capitals_stay_names(body: str) -> None:
    assert article_quotes(TITLE, body) == []


@pytest.mark.parametrize(("body", "wanted"), [
    (
        "Laut den neuen AGB darf Wolkig hochgeladene Inhalte zur „Auswertung von Nutzerdateien“ einsetzen.",
        ["Auswertung von Nutzerdateien"],
    ),
    (
        "Laut den AGB erhält der Dienst Rechte wie „Speicherung, Bearbeitung, Weitergabe“ an allen Dateien.",
        ["Speicherung, Bearbeitung, Weitergabe"],
    ),
    (
        "Kritiker bemängeln, dass die Nutzungsbedingungen dem Dienst eine „zeitlich unbegrenzte Lizenz“ einräumen.",
        ["zeitlich unbegrenzte Lizenz"],
    ),
])  # fmt: skip
def test_german_wording_in_nouns_is_still_found(body: str, wanted: list[str]) -> None:
    assert article_quotes(TITLE, body) == wanted


@pytest.mark.parametrize("body", [
    "Wolkig hat seine AGB geändert. Ein Sprecher sagte, dass die neuen AGB „nur übliche Regelungen“ vorsehen.",
    "Wolkig hat seine AGB geändert. Das Unternehmen versicherte, dass die AGB keine „Rechte an privaten Fotos“ "
    "einräumen.",
    "Wolkig hat seine AGB geändert. Eine Sprecherin betonte, dass die Nutzungsbedingungen nur eine „Lizenz für den "
    "Betrieb des Dienstes“ vorsehen.",
])  # fmt: skip
def test_a_spokesman_telling_what_the_terms_provide_keeps_his_words(body: str) -> None:
    assert article_quotes(TITLE, body) == []


@pytest.mark.parametrize(("title", "body"), [
    (
        "Consentement et RGPD",
        "La politique de confidentialité de Wolkig renvoie au RGPD. La formulation de l'article 7 du RGPD est claire : "
        "« Le consentement doit résulter d'un acte positif sans ambiguïté ».",
    ),
    (
        "Wolkig en de AVG",
        "De privacyverklaring van Wolkig verwijst naar de AVG. Deze bepaling van de wet zegt: \"Gegevens worden "
        "alleen verwerkt als daar een grondslag voor is.\"",
    ),
    (
        "Wolkig antwortet",
        "Wolkig hat seine AGB geändert und dazu eine Pressemitteilung verschickt. Der letzte Absatz der "
        "Pressemitteilung lautet: „Wir geben keine Fotos an Werbekunden weiter, heute nicht und künftig nicht.“",
    ),
    (
        "Wolkig und die DSGVO",
        "Wolkig hat seine Datenschutzerklärung geändert. Der Wortlaut von Art. 7 DSGVO ist dabei eindeutig: „Die "
        "Einwilligung muss so leicht zu widerrufen sein wie zu erteilen.“",
    ),
    (
        "Wolkig und die DSGVO",
        "Wolkig hat seine Datenschutzerklärung geändert. Dieser Absatz der DSGVO ist entscheidend: „Daten dürfen nur "
        "für festgelegte Zwecke erhoben werden.“",
    ),
    (
        "Senate vote on app privacy",
        "The bill would force apps to rewrite their privacy policies. On Tuesday the Senate adopted an amendment "
        "that reads: \"No operator may sell the location data of a minor.\"",
    ),
])  # fmt: skip
def test_the_wording_of_a_law_or_a_bill_is_no_document_s(title: str, body: str) -> None:
    assert article_quotes(title, body) == []


@pytest.mark.parametrize(("title", "body", "wanted"), [
    (
        "Nouvelles CGU",
        "Wolkig a modifié ses CGU. La formulation de l'article 7 des CGU est claire : « Wolkig peut suspendre votre "
        "compte sans préavis ».",
        ["Wolkig peut suspendre votre compte sans préavis"],
    ),
    (
        "Wolkig verandert de voorwaarden",
        "Wolkig heeft de gebruiksvoorwaarden aangepast. Deze bepaling zegt nu: \"Wolkig mag uw bestanden gebruiken om "
        "de dienst te verbeteren.\"",
        ["Wolkig mag uw bestanden gebruiken om de dienst te verbeteren."],
    ),
    (
        "Wolkig ändert die Datenschutzerklärung",
        "Wolkig hat die Datenschutzerklärung geändert. Im vierten Absatz der Erklärung heißt es: „Wir dürfen Ihre "
        "Fotos für das Training von Erkennungsmodellen nutzen.“",
        ["Wir dürfen Ihre Fotos für das Training von Erkennungsmodellen nutzen."],
    ),
    (
        "Wolkig updates its terms",
        "Wolkig quietly updated its terms of service. One last change that reads \"we may keep your files after you "
        "delete them\" drew the most anger.",
        ["we may keep your files after you delete them"],
    ),
])  # fmt: skip
def test_the_wording_of_the_terms_stays_theirs(title: str, body: str, wanted: list[str]) -> None:
    assert article_quotes(title, body) == wanted


@pytest.mark.parametrize(("title", "body", "wanted"), [
    (
        "개인정보 보호법 개정",
        "스트리미는 이용약관을 고칠 예정이다. 국회는 개인정보 보호법을 개정했다. 개정안은 “이용자는 언제든지 동의를 "
        "철회할 수 있다”고 명시했다.",
        [],
    ),
    (
        "個人情報保護法の改正",
        "ミルミルは利用規約を改定する予定だ。国会は個人情報保護法を改正した。改正案は「利用者はいつでも同意を撤回できる」と"
        "明記した。",
        [],
    ),
    (
        "스트리미 약관 개정",
        "스트리미는 이용약관을 개정했다. 스트리미는 “이용자는 회사가 게시물을 AI 학습에 활용하는 데 동의한다”고 명시했다.",
        ["이용자는 회사가 게시물을 AI 학습에 활용하는 데 동의한다"],
    ),
])  # fmt: skip
def test_a_bill_that_specifies_a_rule_is_no_company_s(title: str, body: str, wanted: list[str]) -> None:
    assert article_quotes(title, body) == wanted

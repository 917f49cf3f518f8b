"""Ordinary text the recall rules of tos-real-styles-28 took as terms quotes (a review's probes), kept out, while the
rules' own shapes stay found."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

from annotations.detectors.tos_vocabulary import role_pattern

TITLE = "Zapt changes its terms"


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A subjectless lead goes on with the document only when no official or regulator is named between.
    (("Vinko publicó nuevos términos de servicio en marzo.",
      "El ministro de Economía, Andrés Lara, habló tras la reunión. Se compromete a “revisar cada caso con la empresa”."),
     []),
    (("A Zapt mudou os termos de uso. A ministra Clara Souza reuniu-se com a empresa.",
      "Compromete-se a “acompanhar de perto o tratamento dos dados dos brasileiros”."), []),
    (("A Zapt mudou os termos de uso. O Procon-SP notificou a empresa e pediu explicações.",
      "Mas mantém o direito de “multar a empresa se nada mudar”."), []),
    (("Vinko cambió sus términos. La Profeco revisó el contrato y emitió un aviso.",
      "Se reserva el derecho de “sancionar a la empresa si no corrige”."), []),
    (("Kaufo hat die Datenschutzerklärung geändert. Das Ministerium prüft den Fall.",
      "Demnach soll Kaufo „alle Standortdaten löschen“."), []),
    # "According to" someone in the lead's own sentence: theirs.
    (("O aplicativo Zapt atualizou sua política de privacidade na semana passada.",
      "Entre os dados coletados, segundo o Procon: “informações de localização sem consentimento claro”."), []),
    (("Vinko actualizó su política de privacidad.",
      "Entre los datos recopilados, según la Profeco: «historial de compras y ubicación precisa»."), []),
    # Still the document's: right after it, and through a chain of leads.
    (("Os termos de uso do Zapt foram reescritos em janeiro.",
      "Compromete-se a “avisar o usuário”. Mas mantém o direito de “suspender contas”."),
     ["avisar o usuário", "suspender contas"]),
    (("Vinko actualizó su política de privacidad.", "Entre los datos recopilados: «historial de compras»."),
     ["historial de compras"]),
])  # fmt: skip
def test_a_subjectless_lead_after_someone_else(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("title", "paragraph", "found"), [
    ("Novos termos do Papo: “um absurdo”", "O Papo publicou novos termos de uso nesta semana.", []),
    ("Novas condições do Zapt: “vou cancelar minha conta”", "A Zapt mudou os termos de uso.", []),
    ("Novos termos do Papo geram críticas: “é abusivo”", "O Papo publicou novos termos de uso.", []),
    ("Novos termos do Papo: usuários reclamam de “vigilância total”", "O Papo publicou novos termos de uso.", []),
    ("Nuevos términos de Vinko: «los usuarios merecen respeto»", "Vinko cambió sus condiciones de uso.", []),
    ("Nuovi termini di Lumo: «una vergogna per gli utenti»", "Lumo ha cambiato i termini di servizio.", []),
    ("Novos termos do Papo: “um absurdo”, diz advogado", "O Papo publicou novos termos de uso.", []),
    # A quotation that binds as terms do stays the new terms'.
    ("Novos termos do Zapt: “Podemos encerrar sua conta sem aviso prévio”", "A Zapt mudou os termos de uso.",
     ["Podemos encerrar sua conta sem aviso prévio"]),
])  # fmt: skip
def test_a_headline_quotation_that_does_not_bind(title: str, paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=title)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A law named by another word makes a bare article the law's.
    (("Billetera Sur actualizó sus términos y condiciones. La nueva normativa del Banco Central entra en vigor en julio.",
      "El artículo 4.2 establece que la empresa podrá “suspender la cuenta sin aviso previo”."), []),
    (("Billetera Sur actualizó sus términos y condiciones. La resolución 12/2024 de la superintendencia regula las "
      "billeteras.", "El artículo 4.2 establece que las billeteras deberán “informar al usuario antes de cobrar”."), []),
    (("Piaulo a changé ses CGU. Une ordonnance publiée au Journal officiel encadre aussi les plateformes.",
      "L'article 3 prévoit que les plateformes « informent l'utilisateur de tout changement »."), []),
    (("Nuvo updated its terms of service. The city's new gig-work measure, passed by council, also applies.",
      "Article 7 states that companies “must pay drivers for waiting time”."), []),
    # With none, the bare article stays the terms'.
    (("Billetera Sur actualizó sus términos y condiciones.",
      "El artículo 4.2 establece que la empresa podrá “suspender la cuenta sin aviso previo”."),
     ["suspender la cuenta sin aviso previo"]),
])  # fmt: skip
def test_law_words_on_the_page(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("text", "names_law"), [
    ("Act fast if you want to export your photos.", False),
    ("Your bill will rise in May.", False),
    ("Nuvo changed its terms under the Online Safety Act.", True),
    ("The Digital Services Bill was tabled.", True),
])  # fmt: skip
def test_act_and_bill_name_a_law_only_in_a_name(text: str, names_law: bool) -> None:
    assert (role_pattern("law_word").search(text) is not None) == names_law


@pytest.mark.parametrize(("paragraphs", "found"), [
    # The nearest rule named before the pointing phrase is the government's, not the company's policy.
    (("Dompetku baru saja memperbarui kebijakan privasinya bulan lalu.",
      "Pekan ini Kominfo menerbitkan aturan baru soal moderasi konten. Aturan baru itu juga menyatakan bahwa "
      "“platform wajib menurunkan konten dalam 24 jam”."), []),
    (("Dompetku memperbarui syarat dan ketentuan layanannya.",
      "Pemerintah mengumumkan kebijakan pajak digital. Kebijakan baru tersebut menyebutkan bahwa “setiap transaksi "
      "dikenai pajak 11 persen”."), []),
    # With no other rule named, the pointing phrase stays the terms'.
    (("Dompetku baru saja memperbarui kebijakan privasinya bulan lalu.",
      "Aturan baru itu juga menyatakan bahwa “data pengguna dapat dibagikan kepada mitra”."),
     ["data pengguna dapat dibagikan kepada mitra"]),
])  # fmt: skip
def test_an_indonesian_pointer_after_a_government_rule(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A clause on the user in the third person, said by a reader or a body: theirs.
    (("Vinko cambió sus condiciones de uso.", "Un lector escribe: “El usuario acepta todo sin leer, así somos”."), []),
    (("A Zapt mudou os termos de uso. O Procon analisou o texto.",
      "Para o órgão: “O usuário renuncia a direitos sem saber”."), []),
    (("O banco mudou os termos de uso.",
      "Na prática, o cliente autoriza o banco a “cobrar o que quiser”, reclama um leitor."), []),
    # Said by nobody else, it stays the terms'.
    (("Os termos de uso do Zapt mudaram em maio.", "Outro ponto polêmico: “O usuário renuncia a qualquer indenização.”"),
     ["O usuário renuncia a qualquer indenização."]),
])  # fmt: skip
def test_a_clause_on_the_user_said_by_someone_else(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A speaker named in the paragraph before a bare lead-in: what is set off below is theirs.
    (("Dompetku memperbarui kebijakan privasinya. Menteri Kominfo menanggapi perubahan itu.", "Berikut kutipannya:",
      "Kami berhak memanggil platform yang tidak patuh."), []),
    # Reported speech ("… dediler") binds nobody.
    (("Kaufo gizlilik politikasını güncelledi. Bir kullanıcı şikayet etti.", "Kullanıcının mesajı şöyle:",
      "Hesabımı silebiliriz dediler ama silmediler."), []),
    # With nobody named before the lead-in, the clause stays the document's.
    (("Dompetku memperbarui kebijakan privasinya.", "Berikut kutipannya:",
      "Kami dapat menggunakan konten Anda untuk melatih AI kami."),
     ["Kami dapat menggunakan konten Anda untuk melatih AI kami."]),
])  # fmt: skip
def test_a_bare_lead_in_after_a_speaker(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found

"""Rows from the styles read for tos-real-styles-28: terms wording quoted in sentences that name no document of their own
and go on with the one named before — a list lead-in, a Spanish or Portuguese sentence that opens on its verb, German
"Demnach", a bare numbered article —, terms quoted in Portuguese and Spanish headlines, and Indonesian pointing words;
beside the same shapes where someone else speaks. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "Zapt changes its terms"


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A list lead-in on the document's data or changes, the document named in the sentence or paragraph before.
    (("A nova política de privacidade do Zapt amplia a lista de informações guardadas.",
      "Entre os dados coletados: “nível da bateria, força do sinal e idioma do aparelho”."),
     ["nível da bateria, força do sinal e idioma do aparelho"]),
    (("Naira Now's updated privacy policy runs to 14 pages. Among the data it collects: “call logs, the names of "
      "saved contacts and the apps installed on your phone”.",),
     ["call logs, the names of saved contacts and the apps installed on your phone"]),
    (("La política de privacidad de Vinko detalla qué recoge la aplicación.",
      "Entre los datos recopilados: «el contenido del portapapeles y la ubicación precisa»."),
     ["el contenido del portapapeles y la ubicación precisa"]),
    # A lead-in on other people is no list of the document's; nor one after a sentence where someone else speaks.
    (("Os termos de uso do Zapt mudaram em maio.", "Entre os críticos, Ana Souza foi direta: “é um abuso”."), []),
    (("Os termos de uso do Zapt mudaram em maio. O Procon-SP disse que vai investigar.",
      "Entre os dados coletados: “bateria e sinal do aparelho”."), []),
    # With no document named before, the list is nobody's.
    (("O aplicativo Zapt cresceu 40% em um ano.", "Entre os dados coletados: “bateria e sinal do aparelho”."), []),
])  # fmt: skip
def test_a_list_lead_in_goes_on_with_the_document_named_before(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A sentence that opens on its verb, with no subject: the company whose terms the sentence before names.
    (("Os termos de uso do Zapt foram reescritos em janeiro.",
      "Compromete-se a “avisar o usuário com 30 dias de antecedência”. Mas mantém o direito de “suspender contas que "
      "violem estas regras”."),
     ["avisar o usuário com 30 dias de antecedência", "suspender contas que violem estas regras"]),
    (("Vibra cambió su política de privacidad en silencio.",
      "Ahora solo se compromete a informar de los pedidos “cuando lo exija la ley” y a compartir datos con "
      "“autoridades regulatorias”."),
     ["cuando lo exija la ley", "autoridades regulatorias"]),
    (("Der Verbraucherzentrale Bundesverband beanstandete eine Klausel in den AGB der Sparbank Nord. Demnach müssen "
      "Kunden für hohe Guthaben „ein Verwahrentgelt von 0,5 Prozent im Jahr“ zahlen.",),
     ["ein Verwahrentgelt von 0,5 Prozent im Jahr"]),
    # A subject of its own is someone else's commitment; "Demnach" after a court's ruling is the court's.
    (("Vibra cambió su política de privacidad en silencio.",
      "Ahora el ministro se compromete a “revisar la norma cuanto antes”."), []),
    (("Das Gericht entschied am Montag über die Klage der Sparbank Nord.",
      "Demnach müssen Kunden „keine Gebühr für Guthaben“ zahlen."), []),
])  # fmt: skip
def test_a_sentence_with_no_subject_goes_on_with_the_document(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A bare numbered article on a page that names the terms and no law is a part of the terms.
    (("Billetera Sur actualizó sus términos y condiciones.",
      "El artículo 4.2 establece que la empresa podrá “suspender la cuenta sin aviso previo”."),
     ["suspender la cuenta sin aviso previo"]),
    (("Piaulo a changé ses CGU. L'article 3 prévoit que l'utilisateur « cède ses droits à titre gratuit ».",),
     ["cède ses droits à titre gratuit"]),
    # Where the page names a law, by its name or by a word for one, a bare article may be the law's.
    (("Billetera Sur actualizó sus términos y condiciones para cumplir la nueva ley de datos.",
      "El artículo 4.2 establece que la empresa podrá “suspender la cuenta sin aviso previo”."), []),
    (("Os termos de uso do Zapt mudaram. A LGPD também mudou.",
      "O artigo 7 prevê que o titular “pode revogar o consentimento”."), []),
])  # fmt: skip
def test_a_bare_article_on_a_page_with_no_law(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("title", "paragraph", "found"), [
    # Portuguese and Spanish headlines name the new terms with no article, then quote them after a colon.
    ("Novos termos do Papo: “podemos compartilhar dados com empresas do grupo”",
     "O Papo publicou nesta quinta-feira os novos termos de serviço.", ["podemos compartilhar dados com empresas do grupo"]),
    ("Nuevos términos de Vinko: «Podremos usar tus vídeos para entrenar nuestra IA»",
     "Vinko actualizó sus términos de servicio el martes.", ["Podremos usar tus vídeos para entrenar nuestra IA"]),
    # A speaker after the verb closes the quotation: the label before the colon does not make it the terms'.
    ("Novos termos do Zapt: “é abusivo”, afirma Procon-SP",
     "O Procon-SP notificou o Zapt sobre os termos de uso.", []),
    ("Os novos termos do Zapt: “é abusivo”, diz o Procon", "O Procon-SP notificou o Zapt sobre os termos de uso.", []),
    ("Nuevos términos de Vinko: «una trampa», dice la asociación Usuarios Unidos",
     "Vinko actualizó sus términos de servicio.", []),
])  # fmt: skip
def test_terms_quoted_in_a_romance_headline(title: str, paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=title)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # After a colon, a verb first and a document after it keep the quotation the document's.
    (("Os novos termos do Zapt dizem: “Podemos encerrar contas”, diz a nova política.",), ["Podemos encerrar contas"]),
    # A speaker after a quotation that a verb of the document leads to leaves it the document's (the lead decides).
    (("Os termos de uso do Conversa permitem à empresa “usar e exibir as informações”, diz a Defenda.",),
     ["usar e exibir as informações"]),
])  # fmt: skip
def test_the_document_keeps_what_its_lead_gives_it(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # Indonesian "the new rules", "that policy" stand for the terms the page names.
    (("Perubahan ketentuan layanan Potret berlaku mulai 16 Januari.",
      "Aturan baru itu juga menyatakan bahwa “pihak lain dapat membayar kami untuk menampilkan foto Anda”."),
     ["pihak lain dapat membayar kami untuk menampilkan foto Anda"]),
    # On a page that names no terms, a government's new rules are no company's document.
    (("Pemerintah menerbitkan aturan baru itu pekan lalu.",
      "Aturan baru itu menyatakan bahwa “platform wajib menghapus konten”."), []),
])  # fmt: skip
def test_indonesian_pointing_words(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title="Potret ubah aturan")) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # Verbs of the document in more of their forms, and "in them", "the new version", "so far it said" pointing back.
    ("Os termos afirmam que o usuário deve “manter a senha em sigilo”.", ["manter a senha em sigilo"]),
    ("La política también contempla la recopilación de “datos de ubicación precisa”.", ["datos de ubicación precisa"]),
    ("Dans sa version précédente, le texte promettait de « ne jamais vendre vos données ».",
     ["ne jamais vendre vos données"]),
    ("Los términos cambiaron en mayo. En ellos se indica que “el usuario cede sus derechos”.",
     ["el usuario cede sus derechos"]),
    ("Die AGB wurden überarbeitet. Bislang hieß es an dieser Stelle, Streamo werde „keine Daten weitergeben“.",
     ["keine Daten weitergeben"]),
    ("Les CGU ont changé. La nouvelle version ajoute que les utilisateurs « renoncent aux actions collectives ».",
     ["renoncent aux actions collectives"]),
    ("Uno de los apartados más criticados establece que Vinko “puede cerrar cuentas sin aviso”.",
     ["puede cerrar cuentas sin aviso"]),
    # "In him" before no impersonal verb is a person; a spokesperson who affirms is no document.
    ("Los términos cambiaron en mayo. En él confía el ministro: “habrá cambios pronto”.", []),
    ("O porta-voz afirma que o aplicativo “respeita a privacidade de todos”.", []),
])  # fmt: skip
def test_more_verbs_and_pointers_of_the_document(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units("Os termos do Zapt mudaram.", paragraph, title=TITLE)) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # After a colon on a page about the terms, a clause whose subject is the user binds as terms do.
    ("Outro ponto polêmico: “O usuário renuncia a qualquer indenização.”", ["O usuário renuncia a qualquer indenização."]),
    ("Otro punto polémico: “El usuario acepta que sus datos se usen en anuncios.”",
     ["El usuario acepta que sus datos se usen en anuncios."]),
    ("Autre point controversé : « L'utilisateur renonce à toute indemnisation. »",
     ["L'utilisateur renonce à toute indemnisation."]),
    # Someone's own remark after a colon binds nobody.
    ("Outro ponto polêmico: “Ninguém lê esses textos até o fim.”", []),
])  # fmt: skip
def test_a_clause_binding_the_user_in_the_third_person(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units("O Zapt reescreveu seus termos de uso.", paragraph, title=TITLE)) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # A line the company put into its document, set after a colon: the document's, though "added" is a verb of saying.
    ("Zoomly quietly added a line to its privacy policy: “We may use recordings to train AI.”",
     ["We may use recordings to train AI."]),
    ("Zoomly added a sentence to its terms: “We may use recordings to train AI.”", ["We may use recordings to train AI."]),
    # A line put into someone else's text is theirs, whatever document it is about.
    ("Critics added a line to their petition against the terms: “Stop training AI on our calls.”", []),
])  # fmt: skip
def test_a_line_added_to_the_document(paragraph: str, found: list[str]) -> None:
    assert (
        quotes_found(page_units("Zoomly has rewritten its terms of service.", paragraph, title=TITLE))
        == found
    )


@pytest.mark.parametrize(("paragraphs", "found"), [
    # Italian "the new version" and a list lead-in; Korean "among the revision of"; Indonesian "in it" and "its terms"
    # (-nya); Turkish "according to the conditions"; Indonesian "one point".
    (("Zapto ha riscritto i suoi termini di servizio.",
      "La nuova versione aggiunge che gli utenti “rinunciano alle azioni collettive”. Tra i dati raccolti: “posizione "
      "precisa, contatti e cronologia”."),
     ["rinunciano alle azioni collettive", "posizione precisa, contatti e cronologia"]),
    (("모아톡의 개인정보 처리방침 개정안 중 '수집·이용에 동의하지 않으면 서비스 이용을 제한한다'는 내용이 논란이 됐다.",),
     ["수집·이용에 동의하지 않으면 서비스 이용을 제한한다"]),
    (("Potret mengubah ketentuan layanannya mulai 1 Mei.",
      "Di dalamnya tertulis: “Kami dapat menggunakan konten Anda untuk tujuan apa pun.”"),
     ["Kami dapat menggunakan konten Anda untuk tujuan apa pun."]),
    (("Potret mengubah ketentuan layanannya mulai 1 Mei.",
      "Salah satu poin yang diprotes berbunyi: “Pengguna melepaskan hak untuk menggugat.”"),
     ["Pengguna melepaskan hak untuk menggugat."]),
    (("Sohbetim, kullanım koşullarını 1 Mayıs'tan itibaren değiştiriyor.",
      "Koşullara göre şirket “verileri süresiz saklayabilir”."), ["verileri süresiz saklayabilir"]),
    # Where the page names no terms, "the new version", "in it" and "one point" point at nothing.
    (("Zapto ha pubblicato un nuovo aggiornamento dell'app.",
      "La nuova versione aggiunge che gli utenti “possono cambiare tema”."), []),
    (("Potret meluncurkan fitur baru pekan ini.",
      "Di dalamnya tertulis: “Kami dapat menggunakan konten Anda untuk tujuan apa pun.”"), []),
])  # fmt: skip
def test_more_languages_point_back_to_the_terms(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title="Zapto")) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A verb the document says with, then a person's name: the person's words, after the document's quotation too.
    (("Les conditions de Fotia indiquent que les utilisateurs « restent propriétaires de ce qu'ils publient ».",
      "« C'est ainsi que fonctionnent la plupart des services en ligne », explique Léa Marchal, juriste chez Fotia."),
     ["restent propriétaires de ce qu'ils publient"]),
    # A company named alone may be quoting its own clause; a document named after the verb keeps it the document's.
    (("Los términos de Vinko cambiaron.", "“Podremos usar tus datos para cualquier fin”, dice Vinko."),
     ["Podremos usar tus datos para cualquier fin"]),
    (("Los términos de Vinko cambiaron.", "“Podremos usar tus datos para cualquier fin”, establece la cláusula 5."),
     ["Podremos usar tus datos para cualquier fin"]),
])  # fmt: skip
def test_a_person_named_after_a_verb_of_the_document(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title="Fotia")) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # "The text published on the blog" is the company's post; "the text" alone is the document the page names.
    ("Para o Papito, a coleta serve para “entregar uma experiência mais útil”, de acordo com o texto publicado no blog.",
     []),
    ("Segundo o texto, o Papito pode “guardar o histórico de compras”.", ["guardar o histórico de compras"]),
])  # fmt: skip
def test_a_text_published_on_the_blog_is_no_document(paragraph: str, found: list[str]) -> None:
    units = page_units("O Papito publicou uma nova política de privacidade.", paragraph, title="Papito")
    assert quotes_found(units) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # Under a bare lead-in, a clause in Indonesian or Turkish binds as "we may" and "you agree" do.
    (("Potret mengubah ketentuan layanannya.", "Berikut kutipannya:",
      "Kami dapat menggunakan konten Anda untuk melatih AI kami."),
     ["Kami dapat menggunakan konten Anda untuk melatih AI kami."]),
    (("Sohbetim kullanım koşullarını değiştirdi.", "İlgili madde şöyle:",
      "Kullanıcı içeriklerini yapay zekâ eğitiminde kullanabiliriz."),
     ["Kullanıcı içeriklerini yapay zekâ eğitiminde kullanabiliriz."]),
    # The writer's own sentence under such a lead-in binds nobody.
    (("Potret mengubah ketentuan layanannya.", "Berikut ringkasannya:",
      "Perubahan ini mulai berlaku bulan depan dan banyak pengguna kecewa."), []),
])  # fmt: skip
def test_an_indonesian_or_turkish_clause_set_off(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title="Potret")) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # "Persyaratan Layanan" names the terms; "the new policy" after the quotation then stands for them.
    (("Tontonku menerbitkan perubahan Persyaratan Layanan.",
      "“Konten adalah tanggung jawab orang yang mengunggahnya,” kata kebijakan baru tersebut."),
     ["Konten adalah tanggung jawab orang yang mengunggahnya,"]),
    (("Persyaratan Layanan Tontonku menyebutkan bahwa “pengguna wajib berusia 13 tahun”.",),
     ["pengguna wajib berusia 13 tahun"]),
])  # fmt: skip
def test_indonesian_names_of_the_terms(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title="Persyaratan baru Tontonku")) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # The user in the singular authorising the company, as the plural already did.
    ("Ao aceitar, o usuário autoriza o Zapt a “analisar suas conversas com empresas”.",
     ["analisar suas conversas com empresas"]),
    # Someone who says so is the source, whatever the user authorises.
    ("El ministro dijo que el usuario autoriza a Zapt a “analizar sus conversaciones”.", []),
])  # fmt: skip
def test_the_user_in_the_singular_grants(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units("O Zapt reescreveu seus termos de uso.", paragraph, title=TITLE)) == found

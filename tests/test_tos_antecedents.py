"""What a pointing word, a pronoun or the next sentence says a quotation is, when it is no company's terms
(tos_antecedents). A state body that approves or releases a policy owns it, and "the policy" or "it" after that is
the state's text (sanews.gov.za on a cabinet's draft data and cloud policy, dawn.com and app.com.pk on a federal
cabinet's cloud policy); "this notice" after text that named the terms and no notice is a notice about them; "They"
after users opening a sentence is the users; "And the company adds:" is the company; a quotation that stands as its
own sentence is a spokesperson's or a blog post's when the next sentence says so; a Spanish statement speaks with a
verb's "we" and no pronoun, and its speaker closes it with a past verb ("añadió un portavoz"): news of terms changes
quotes the company's reply right after the terms (engadget.com, macworld.com, technewsworld.com on a platform's
reversal). Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

from annotations.detectors.tos_antecedents import (
    claimed_after,
    open_quotation,
    people_pronoun,
    state_issued,
    state_top,
)
from annotations.detectors.tos_mentions import Page


@pytest.mark.parametrize(("title", "body"), [
    ("Cabinet approves national data policy",
     "The Cabinet on Wednesday approved a national data policy for all departments. The policy states: “Every "
     "ministry must share non-personal data through one central platform.”"),
    ("Cabinet clears cloud policy",
     "Cabinet has approved a draft data and cloud policy for public comment. The policy says: “Government data must "
     "be hosted inside the country.”"),
    ("Ministry unveils data policy",
     "The IT ministry released a draft data governance policy on Friday. The draft policy states: “Each department "
     "shall appoint a chief data officer.”"),
    ("Portal privacy rules",
     "The health ministry released a new privacy policy for its patient portal on Friday. The policy states: "
     "“Patients may ask for their records to be deleted.”"),
    ("Council explains its records",
     "The borough council has published a new privacy notice for its housing team. The notice says the council will "
     "“keep tenancy files only as long as the law asks”."),
    ("Cabinet nod for data policy",
     "The Union Cabinet on Wednesday gave its nod to the national data policy. As per the policy, “every department "
     "will name a chief data officer.”"),
    ("Cabinet approves data policy",
     "The federal cabinet has approved the country's first national data policy, officials said. This policy states: "
     "“Citizens' data must be processed only inside the country.”"),
    ("Data policy debate",
     "Critics of the government's national data policy say it goes too far. The policy states that “all data "
     "gathered in the country belongs to the state.”"),
    ("Data policy cleared",
     "The national data policy, approved by the cabinet on Tuesday, states: “Ministries must share their data.”"),
    ("Data policy cleared",
     "The national data policy was approved by the cabinet on Tuesday. The policy states: “Ministries must share "
     "their data.”"),
    ("Kenya publishes data policy",
     "Kenya's Ministry of ICT has published a draft national data policy. It says: “All citizen data must be stored "
     "on servers in Kenya.”"),
    # A page about a state's policy: "the policy" far below its top, a policy by its capitalised name, a country.
    ("Cabinet approves national data policy",
     "The Federal Executive Council on Wednesday approved a national data policy, the minister told reporters.\n\n"
     "The policy, drafted over two years, sets rules for how agencies handle data. It also creates a data office.\n\n"
     "Officials said the text would be published in full next month. Industry groups asked for more detail.\n\n"
     "The policy states: “Every agency shall keep citizens' data on servers inside the country.”"),
    ("A draft data policy",
     "India's draft National Data Governance Policy was released for comment on Friday.\n\nCivil society groups have "
     "until June to respond.\n\nThis policy says: “Data held by ministries may be shared with researchers.”"),
    ("Kenya's data policy",
     "Kenya has adopted a national data policy for its public bodies.\n\nAccording to the policy, “public bodies "
     "shall publish a list of their datasets every year.”"),
])  # fmt: skip
def test_a_state_s_policy_is_no_company_s_terms(title: str, body: str) -> None:
    assert article_quotes(title, body) == []


@pytest.mark.parametrize(("title", "body", "found"), [
    ("Zoomly data policy",
     "Zoomly has published a new data policy for its app. The policy says: “We may share your data with "
     "advertisers.”",
     ["We may share your data with advertisers."]),
    ("Zoomly data policy",
     "The cabinet approved new AI rules on Tuesday. Separately, Zoomly published a new data policy. The policy says: "
     "“We may share your data with advertisers.”",
     ["We may share your data with advertisers."]),
    ("Regulator signs off on Zoomly rules",
     "The regulator approved Zoomly's new privacy policy in May. The policy states: “We keep your voice clips for "
     "thirty days.”",
     ["We keep your voice clips for thirty days."]),
    # A company's document named beside the state's: "the policy" is the company's the page is about.
    ("Zoomly and the new data rules",
     "Zoomly's privacy policy was rewritten after the government's national data policy came into force.\n\nThe "
     "policy now says: “We may store copies of your data outside the country.”",
     ["We may store copies of your data outside the country."]),
    # A company's "national" policy, and a regulator's notice over a company's policy.
    ("Lumo's new policy",
     "Lumo rolled out a national privacy policy for its app in India. The policy says Lumo “may share usage data with "
     "its partners.”",
     ["may share usage data with its partners."]),
    ("Regulator acts on messaging policy",
     "Kenya's regulator issued an enforcement notice over the app's messaging policy. The policy still says the app "
     "“may share account data with other companies in our group.”",
     ["may share account data with other companies in our group."]),
])  # fmt: skip
def test_a_company_s_policy_keeps_its_words(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found


@pytest.mark.parametrize(("title", "body", "found"), [
    # A notice about the terms, when the text before named the terms and no notice.
    ("Vaultly changes its terms",
     "Vaultly has changed its terms of service. This notice states: “Your continued use means you accept the new "
     "terms.”",
     []),
    ("Gamers see a new banner",
     "A banner may have told you that the Vaultly User Agreement had changed. As the notice reads: “The new rules on "
     "refunds are in section 7 and apply from June.”",
     []),
    # A privacy notice named further up, or in the same sentence, keeps the notice its words.
    ("Paymo rewrites its privacy notice",
     "Paymo published a new privacy notice on Monday.\n\nIn a blog post, the company said it was sorry for the "
     "confusion.\n\nThe notice now says the app may share “payment records and device details” with partners.",
     ["payment records and device details"]),
    ("Paymo's privacy notice",
     "Paymo has rewritten its privacy notice. The notice states: “We keep payment records for seven years.”",
     ["We keep payment records for seven years."]),
])  # fmt: skip
def test_a_notice_never_named_is_no_privacy_notice(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found


@pytest.mark.parametrize(("title", "body", "found"), [
    ("Outrage over Zoomly terms",
     "Zoomly's new terms say: “We may use your content to train our models.” Users were furious. They said: “We "
     "never agreed to any of this.”",
     ["We may use your content to train our models."]),
    ("Outrage over Zoomly terms",
     "Zoomly's new terms say: “We may use your content to train our models.”\n\nMany creators were unhappy. They "
     "said: “This is our work, not theirs.”",
     ["We may use your content to train our models."]),
    ("Outrage over Zoomly terms",
     "Zoomly changed its terms of service on Monday. The backlash was immediate, with users furious. They said: "
     "“Nobody agreed to hand over their work.”",
     []),
    ("Vexa terms",
     "Vexa's new terms say: “We may share your data with partners.” And the company adds: “We want to be clear with "
     "our users.”",
     ["We may share your data with partners."]),
    # "They" after the terms, or after a sentence about them, is still the terms.
    ("Zoomly terms",
     "Zoomly's new terms are long. They say: “You waive any claim to compensation.”",
     ["You waive any claim to compensation."]),
    ("Vexa terms",
     "Vexa's new terms say: “We may share your data with partners.” And they add: “We keep your data for two "
     "years.”",
     ["We may share your data with partners.", "We keep your data for two years."]),
])  # fmt: skip
def test_a_pronoun_or_connective_keeps_its_subject(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found


@pytest.mark.parametrize(("title", "body", "found"), [
    ("Zoomly terms",
     "Zoomly's new terms say: “We may use your content to train our models.” “We will never sell your photos.” The "
     "company said this in a blog post on Friday.",
     ["We may use your content to train our models."]),
    ("Zoomly terms",
     "Zoomly's new terms say: “We may use your content to train our models.” “Your photos remain yours.” So said a "
     "Zoomly spokesperson on Friday.",
     ["We may use your content to train our models."]),
    ("Zoomly terms",
     "Zoomly's new terms say: “We may use your content to train our models.” “Your photos remain yours and we will "
     "never sell them.” That line came from a company blog post published on Friday.",
     ["We may use your content to train our models."]),
    ("Zoomly terms",
     "Zoomly's new terms say: “We may use your content to train our models.” “Your photos remain yours.” The company "
     "made the remark in a statement on Friday.",
     ["We may use your content to train our models."]),
    ("Vexa changes terms",
     "Vexa's terms of service say the company “may use uploads to train models.” “We're changing the wording.” Vexa "
     "posted the statement on its blog.",
     ["may use uploads to train models."]),
    # The next sentence that names the document, or no source, leaves the quotation to it.
    ("Zoomly terms",
     "Zoomly's new terms say: “We may use your content to train our models.” “You may delete your content at any "
     "time.” That line comes from the same section of the terms.",
     ["We may use your content to train our models.", "You may delete your content at any time."]),
    ("Zoomly terms",
     "Zoomly's new terms say: “We may use your content to train our models.” “You may delete your content at any "
     "time.” Critics were not convinced.",
     ["We may use your content to train our models.", "You may delete your content at any time."]),
    ("Vexa changes terms",
     "Vexa's terms of service say: “We may use uploads to train models.” “You may opt out in the settings.” Vexa "
     "posted the terms on its site in May.",
     ["We may use uploads to train models.", "You may opt out in the settings."]),
])  # fmt: skip
def test_the_next_sentence_gives_a_quotation_away(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found


@pytest.mark.parametrize(("title", "body", "found"), [
    ("Las condiciones de Vexa",
     "Los nuevos términos de servicio de Vexa dicen: “Podemos compartir tus datos con socios.” “Queremos ser claros "
     "con nuestros usuarios”, añadió un portavoz.",
     ["Podemos compartir tus datos con socios."]),
    ("Las condiciones de Vexa",
     "Vexa cambió su política de privacidad. “Decidimos explicar mejor cómo usamos los datos de nuestros clientes.”",
     []),
    ("Las condiciones de Vexa",
     "Los nuevos términos de servicio de Vexa dicen: “Podemos compartir tus datos con socios.” Y la empresa añade: "
     "“Lamentamos la confusión de estos días.”",
     ["Podemos compartir tus datos con socios."]),
    ("Las condiciones de Vexa",
     "La política de privacidad de Vexa dice: “Podemos compartir tus datos con socios”. “Decidimos retirar esa "
     "cláusula”, anunció Vexa el martes.",
     ["Podemos compartir tus datos con socios"]),
    ("Las condiciones de Vexa",
     "La política de privacidad de Vexa dice: “Podemos compartir tus datos con socios”.\n\n“Decidimos retirar esa "
     "cláusula tras escuchar a los usuarios.”",
     ["Podemos compartir tus datos con socios"]),
    ("Vexa's terms",
     "Vexa's privacy policy says: “We may share your data with partners.”\n\n“We have decided to remove that clause "
     "after listening to our users.”",
     ["We may share your data with partners."]),
    # Terms in the company's "we" with no pronoun ("Podemos", "Recopilamos") stay the terms'.
    ("Las condiciones de Vexa",
     "Vexa cambió su política de privacidad. “Recopilamos tu ubicación cuando usas la aplicación.”",
     ["Recopilamos tu ubicación cuando usas la aplicación."]),
    ("Vexa's terms",
     "Vexa rewrote its privacy policy this spring. The policy now makes clear that data is deleted on request.\n\n"
     "“We will delete your data within 30 days of a request.”",
     ["We will delete your data within 30 days of a request."]),
    ("Las condiciones de Vexa",
     "Los nuevos términos de servicio de Vexa dicen: “Podemos compartir tus datos con socios.” Y añaden: “Los "
     "datos se conservan durante dos años.”",
     ["Podemos compartir tus datos con socios.", "Los datos se conservan durante dos años."]),
])  # fmt: skip
def test_a_spanish_statement_is_the_company_s(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found


@pytest.mark.parametrize(("title", "body", "found"), [
    # A speaker's words run over paragraphs: the terms they name hand nothing to the next paragraph.
    ("Quillo proposes clearer terms",
     "In a blog post, the company's privacy chief, Rui Santos, said the firm wanted to be open.\n\n“Users should "
     "understand what they sign,” he said.\n\n“So we are proposing updates to our terms of service that spell out "
     "our promises to every user.\n\n“These updates are about plain words. We are not asking for any new rights "
     "over your files.”",
     []),
    # A paragraph that ends on the document's own sentence still hands over to the quotation after it.
    ("Quillo's terms",
     "Quillo rewrote its terms this spring. The terms now make clear that scraping is banned.\n\n“You may not copy "
     "content from the service by automated means.”",
     ["You may not copy content from the service by automated means."]),
])  # fmt: skip
def test_a_speaker_s_open_quotation_hands_nothing_over(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found


@pytest.mark.parametrize(("text", "issued"), [
    ("The Cabinet on Wednesday approved a national data policy", True),
    ("Kenya's Ministry of ICT has published a draft data policy", True),
    ("The regulator approved Zoomly's new privacy policy", False),
    ("The ministry said on Monday that a report had been written about Zoomly, which released a data policy", False),
    ("Zoomly released a new data policy", False),
    ("Kenya has adopted a national data policy", True),
    ("The regulator issued an enforcement notice over the messaging policy", False),
])  # fmt: skip
def test_state_issued_reads_the_subject_and_its_verb(text: str, issued: bool) -> None:
    assert state_issued(text, text.rindex("policy")) is issued


@pytest.mark.parametrize(("top", "about"), [
    ("Cabinet approves data policy\n\nThe Cabinet on Wednesday approved a national data policy.", True),
    ("A draft data policy\n\nIndia's draft National Data Governance Policy was released on Friday.", True),
    ("Zoomly's new rules\n\nZoomly's privacy policy changed after the government's national data policy.", False),
    ("Lumo's new policy\n\nLumo rolled out a national privacy policy for its app in India.", False),
])  # fmt: skip
def test_state_top_reads_what_the_page_is_about(top: str, about: bool) -> None:
    assert state_top(top) is about


def test_people_pronoun_and_claimed_after_read_their_shapes() -> None:
    page = Page(True, None)
    assert people_pronoun("They said:", "Users were furious.", page)
    assert people_pronoun("They said:", "The backlash was swift, with users furious.", page)
    assert not people_pronoun("They say:", "The new terms are long.", page)
    assert not people_pronoun("They say:", "The terms users accept are long.", page)
    text = "“Your photos stay yours.” So said a spokesperson."
    assert claimed_after(text, text.index("”"))
    text = "“Your photos stay yours,” a spokesperson said."
    assert not claimed_after(text, text.index("”"))
    assert open_quotation("“So we are proposing changes to our terms of service.")
    assert not open_quotation("“You may not copy content,” the terms say.")
    assert not open_quotation("The terms say: “You may not copy content.”")

"""Terms quotes in the shapes real pages use beyond "the terms say “…”": reported speech before the
quote, document kinds such as subscriber agreements and house rules, changed wording, short pieces
quoted in replies, labelled lines of a diff; and as many rows where the same shapes carry someone
else's words. Every text here is written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from tos_support import page_units, quotes_found

from parsers.model import Unit

TERMS_TITLE = "Readers compare the old and new terms of service"


_units = partial(page_units, title=TERMS_TITLE)
_found = quotes_found


MATCHES = [
    # Reported speech before the quotation, with no colon.
    (
        ("Back then the privacy policy said only that records might go to “firms that help us bill you”.",),
        ["firms that help us bill you"],
    ),
    (
        (
            "The app's terms run to forty pages. One term said that photos could be kept “as long as we like”.",
        ),
        ["as long as we like"],
    ),
    (
        (
            "Ein Blick in die Nutzungsbedingungen lohnt. Dort heißt es, der Anbieter dürfe „Fotos für Werbung nutzen“.",
        ),
        ["Fotos für Werbung nutzen"],
    ),
    (
        ("Les conditions prévoient aussi une licence « gratuite et mondiale sur vos vidéos ».",),
        ["gratuite et mondiale sur vos vidéos"],
    ),
    (
        ("La política de privacidad añade que los datos servirán para «medir campañas de terceros».",),
        ["medir campañas de terceros"],
    ),
    # The document named a sentence or two before a pronoun or a pointing phrase.
    (
        (
            "Quayside rewrote its privacy policy in May. Few users noticed. It says “we may sell trip history”.",
        ),
        ["we may sell trip history"],
    ),
    (
        (
            "Section 8 of the Harbor Gym membership agreement covers leaving. That clause lets the gym "
            "keep “two months of dues as a closing fee”. The same section adds that plans “renew every year”.",
        ),
        ["two months of dues as a closing fee", "renew every year"],
    ),
    # ", it" after the document picks it up again; both quotations of the sentence are its words.
    (
        (
            "Dug out the cookie policy as well, it says they keep “ad identifiers from partner apps” "
            "for “audience matching”.",
        ),
        ["ad identifiers from partner apps", "audience matching"],
    ),
    # A participle after a changed document hands over like its verb.
    (
        (
            "Pixora changed its terms of use in March, noting that it “may review uploaded images by "
            "automated and manual means”.",
        ),
        ["may review uploaded images by automated and manual means"],
    ),
    # Document kinds the guidelines count: subscriber, developer and processing agreements, house rules.
    (
        ("The subscriber agreement now states that claims “must be filed in the courts of Ohio”.",),
        ["must be filed in the courts of Ohio"],
    ),
    (
        ("The developer terms now spell it out:", "“You may not use outputs to train a rival model.”"),
        ["You may not use outputs to train a rival model."],
    ),
    (
        ("Its data processing addendum lets it use “de-identified records to improve our models”.",),
        ["de-identified records to improve our models"],
    ),
    (
        ("The moderator pointed to the house rules. Rule 3 says “no selling in the help threads.”",),
        ["no selling in the help threads."],
    ),
    (
        ("The retailer's terms of sale provided that “every claim goes to binding arbitration”.",),
        ["every claim goes to binding arbitration"],
    ),
    (
        ("“We may use public reviews to train our models,” reads the archived version of the policy.",),
        ["We may use public reviews to train our models,"],
    ),
    # Wording that changed: every quotation of the sentence goes on with the document.
    (
        (
            "The update switched the wording from “we rarely look at your files” to “we may review your "
            "files” and added “by automated and manual means”.",
        ),
        ["we rarely look at your files", "we may review your files", "by automated and manual means"],
    ),
    # Short pieces of the wording a page about the document quotes.
    (
        ("The “perpetual and irrevocable” bit is what bothers me.",),
        ["perpetual and irrevocable"],
    ),
    (
        ("Lo de «sin aviso previo» aparece tres veces.",),
        ["sin aviso previo"],
    ),
    # Labelled lines of a diff.
    (
        (
            "What changed in the privacy policy:\n"
            "Removed: “You can turn off ad tracking in Settings.”\n"
            "Added: “Some choices may not apply on every device.”",
        ),
        ["You can turn off ad tracking in Settings.", "Some choices may not apply on every device."],
    ),
    # A colon before the writer's own sentence that quotes the document: only the quotations.
    (
        (
            "Its privacy policy tells another story: it says the app collects “purchase history and rough location”.",
        ),
        ["purchase history and rough location"],
    ),
    # A clause set off after a colon keeps the defined terms it quotes inside it.
    (
        ("The terms state: you grant us a free licence to all your “Content” in any medium.",),
        ["you grant us a free licence to all your “Content” in any medium"],
    ),
    # A quotation in brackets right after the document is its wording, set beside it.
    (
        ("Harbourly's old terms (“we may pass clips to police when we think it right”) were broad.",),
        ["we may pass clips to police when we think it right"],
    ),
    # A line of the document pointed at ("the highlighted line says").
    (
        (
            "A photo of Jotra's updated terms spread on Monday. The circled line says Jotra may keep "
            "“voice notes for as long as the account is open.”",
        ),
        ["voice notes for as long as the account is open."],
    ),
    # Clauses a thread flags one by one, under a lead-in that names the worst parts of the terms.
    (
        (
            "I read the whole terms of service of Agora before joining. A few of the worst parts:",
            "🚩 “You may not sell anything through the app without our written consent.” So much for my shop.",
            "❌ “We may remove any post at any time for any reason.” Nothing to add.",
        ),
        [
            "You may not sell anything through the app without our written consent.",
            "We may remove any post at any time for any reason.",
        ],
    ),
    # A quotation standing alone after the paragraph whose last sentence is the document's own.
    (
        (
            "Kiosko a retouché ses conditions. Les conditions précisent désormais que la revente est interdite.",
            "« Vous ne pouvez pas revendre un billet au-dessus de son prix. »",
        ),
        ["Vous ne pouvez pas revendre un billet au-dessus de son prix."],
    ),
    # Attribution after the quotation with no subject, or a pronoun, for the document named before.
    (
        (
            "Nous avons lu les conditions d'utilisation de Kiosko.",
            "« Vous ne publierez aucun contenu contraire à la loi », peut-on lire dès la première page.",
        ),
        ["Vous ne publierez aucun contenu contraire à la loi"],
    ),
    (
        (
            "Chatwerk hat seinen Nutzern neue Nutzungsbedingungen vorgelegt.",
            "„Wir dürfen Kontodaten innerhalb unserer Gruppe teilen“, heißt es darin.",
        ),
        ["Wir dürfen Kontodaten innerhalb unserer Gruppe teilen"],
    ),
    (
        ("Echoly published a new privacy policy. “We may keep your voice requests for a year,” it says.",),
        ["We may keep your voice requests for a year,"],
    ),
    # French impersonal verbs of a document, and a section's title after "intitulée".
    (
        (
            "Le contrat d'utilisation s'étend sur 19 pages, et il est bien précisé dès le début que "
            "« les politiques associées en font partie ».",
        ),
        ["les politiques associées en font partie"],
    ),
    (
        (
            "Dans la section 4 de sa politique de confidentialité, intitulée « Partage des informations », "
            "Piaf a ajouté un paragraphe. Il est écrit : « Nous pouvons partager vos données avec des partenaires. »",
        ),
        ["Nous pouvons partager vos données avec des partenaires."],
    ),
    # The company's own policy, beside a public body's conditions, still speaks for itself.
    (
        (
            "Las condiciones impuestas por la CNMC obligan al comprador a «mantener la interoperabilidad». "
            "La política de privacidad de Charlo seguirá diciendo que la empresa «no lee los mensajes».",
        ),
        ["no lee los mensajes"],
    ),
    # What a regulator says a policy represented, quoted in doubled single marks.
    (
        (
            "The complaint alleged that Trackly's privacy policy falsely represented that people could "
            "opt out by telling their browser to ‘‘refuse all cookies.’’",
        ),
        ["refuse all cookies."],
    ),
    # Under a list of what changed, the items are the writer's; an item's quotation is the terms'.
    (
        (
            "Brightcart's new terms of service apply from Monday. Here is what changed:",
            "The company may now use reviews to train its models.",
            "A new clause forbids “bulk downloading of any listing”.",
        ),
        ["bulk downloading of any listing"],
    ),
]

NO_MATCHES = [
    # A notice is no policy, also when a later sentence calls it "the notice".
    (
        "In the pop-up notice, Parlo says it may “keep your chats on Nexa servers”. "
        "The notice also warns that “you must accept to keep using Parlo”.",
    ),
    # The company explaining its terms, a person naming them, a spokesperson after a plain sentence.
    (
        "In its explanation of the changes, Canvasly said, “we only need a limited licence to run the service”.",
    ),
    (
        "Quayside rewrote its privacy policy. A spokesperson defended the change. It says “nothing really changed”.",
    ),
    # Statutes, bills and courts, also when a part of them is named like a part of the terms.
    ("The opening section of the bill reads “platforms must verify every user's age”.",),
    (
        "When courts decide whether an arbitration clause in the terms is valid, they ask whether a "
        "“reasonably prudent user” would have seen it.",
    ),
    ("Lawyers call it the “most favoured nation” clause.",),
    ("The “clear and conspicuous” language of the statute is what the court applied.",),
    # A labelled line on a page that names no document.
    ("What the minister promised in March.\nBefore: “We will cut fees for everyone by spring.”",),
    # A part's name after the verb that names it is a heading, full stop inside or not.
    ("The new terms add a section the company calls “Your Files and Generated Output.”",),
    ("The policy gains a feature it dubs “Smart Sharing Across Devices.”",),
    # Brackets after something that is not a document, and a line nobody points at in a document.
    ("The founder's blog post (“we will never sell your notes”) calmed few users.",),
    ("The bottom line says it all: “we will never sell your notes”.",),
    # A quotation alone after the policy's paragraph that a spokesperson says, and a pronoun after
    # a quotation when a spokesperson was the last one named.
    (
        "Streamo updated its privacy policy on Monday to share viewing data with advertisers.",
        "“We think viewers will like more relevant ads,” a Streamo spokesperson said.",
    ),
    (
        "Tembo rewrote its privacy policy. A spokesperson defended it. “Nothing has changed for users,” it says.",
    ),
    # A description after "described as" or "known as" is the describer's.
    ("The terms were changed after what the company described as “a review of all our legal documents”.",),
    ("The clause, known as “the forever licence” among artists, stays in the terms.",),
    # Policies, guidelines and conditions of public bodies, and a settlement's agreement, are no
    # company's document, on a page that names one.
    (
        "Streamo's privacy policy was vague.",
        "The commission's policy states that fines should be “effective, proportionate and dissuasive”.",
    ),
    (
        "Streamo's privacy policy was vague.",
        "The new guidelines, published by the EDPB on Tuesday, say banners must “offer a reject button”.",
    ),
    (
        "La política de privacidad de Charlo era confusa.",
        "Las condiciones impuestas por la CNMC obligan al comprador a «mantener la interoperabilidad».",
    ),
    (
        "Streamo's privacy policy was vague.",
        "Under the settlement, the agreement requires Streamo to “delete all data collected from children”.",
    ),
    # A document named after a quotation as the subject of a new clause does not own the quotation.
    (
        "Section 5 of the FTC Act bans “unfair or deceptive acts or practices”, and a privacy policy "
        "that says one thing while the firm does another can be deceptive.",
    ),
    # A section's title is no wording.
    ("La section 4, intitulée « Partage des informations avec nos partenaires », ne change pas.",),
    # A list of takeaways in the writer's own words is nobody's clause.
    (
        "Key takeaways from Brightcart's updated terms of service:",
        "Brightcart can now use public reviews to train its models.",
        "Claims must be brought within one year.",
    ),
    # Flagged quotations under a lead-in about a launch post are the founders', not the terms'.
    (
        "The founders announced Agora in a long launch post. A few of the best parts:",
        "🚩 “We built a home for every creator.”",
    ),
]
NO_MATCH_TITLE = "A week of consumer news"


@pytest.mark.parametrize(("paragraphs", "expected"), MATCHES)
def test_terms_wording_in_real_page_shapes_is_found(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    """Each paragraph set yields exactly the terms wording it holds, in order."""
    assert _found(_units(*paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", NO_MATCHES)
def test_the_same_shapes_with_other_voices_are_left_alone(paragraphs: tuple[str, ...]) -> None:
    """Notices, explanations, bills, courts, clause names and unanchored labels are not terms wording."""
    title = NO_MATCH_TITLE if paragraphs[0].startswith("What the minister") else TERMS_TITLE
    assert _found(_units(*paragraphs, title=title)) == []


def test_a_later_quotation_given_to_someone_else_stays_theirs() -> None:
    """In one sentence, the terms' words are found and the words a critic or the company adds are not."""
    units = _units(
        "The terms say “we may pause any account” and critics have called it “a blank cheque”.",
        "The policy says “we keep logs for a year”, and the company insists “they are never read”.",
    )
    assert _found(units) == ["we may pause any account", "we keep logs for a year"]


def test_a_poster_remark_after_a_set_off_clause_is_not_the_clause() -> None:
    """The clause after a lead-in is one span; "You read that right: …" after it is the poster's."""
    units = _units(
        "Here is the new section 9 of the terms of service:",
        "You keep ownership of your photos. You grant us a licence to show them in our advertising.",
        "You read that right: your holiday shots can end up in their ads, and you get nothing for it.",
    )
    assert _found(units) == [
        "You keep ownership of your photos. You grant us a licence to show them in our advertising."
    ]


def test_a_pronoun_opening_a_comment_stands_for_the_thread_document() -> None:
    """Under a page about terms, a reply's "They say “…”" quotes the terms; under another page it does not."""
    comment = Unit(
        "c0", "comment", "They say “to operate and improve the Services” but that covers anything."
    )
    about_terms = (Unit("title", "title", "Tessel changes its terms of service"), comment)
    unrelated = (Unit("title", "title", "Tessel opens an office in Lisbon"), comment)
    assert _found(about_terms) == ["to operate and improve the Services"]
    assert _found(unrelated) == []


def test_items_under_a_lead_in_that_quote_the_terms_give_only_their_quotations() -> None:
    """A list of changes in the writer's words: each item's quotation is the terms', the item is not,
    and a plain paragraph after the list is nobody's clause."""
    units = _units(
        "Key changes in Streamly's updated terms of service:",
        "AI training: Streamly “may use your watch history to train recommendation models.”",
        "Disputes: any claim must be brought “within one year after it arises.”",
        "Courts: disputes go to the courts of one county.",
    )
    assert _found(units) == [
        "may use your watch history to train recommendation models.",
        "within one year after it arises.",
    ]


def test_a_set_off_clause_that_quotes_a_phrase_of_its_own_stays_one_clause() -> None:
    """Under a lead-in, a paragraph in the document's own voice is the clause, its quoted phrase inside it."""
    units = _units(
        "The new section 4 of the terms of service reads:",
        "We may share “aggregated usage data” with our partners to measure advertising.",
    )
    assert _found(units) == ["We may share “aggregated usage data” with our partners to measure advertising."]


def test_a_thread_s_relevant_section_lead_in_hands_over_to_the_page_s_document() -> None:
    """ "Relevant section:" over a pasted clause gives it to the terms the thread is about; the poster's
    remark after it stays theirs, and on a page about a bill the same lead-in gives nothing."""
    clause = "You agree that Ledgerly may use anonymised transaction data to build and sell market insights."
    remark = "Great, so they sell my spending habits."
    about_terms = _units("Relevant section:", clause, remark, title="Ledgerly's new terms of service")
    about_bill = _units("Relevant section:", clause, remark, title="Parliament debates the data bill")
    assert _found(about_terms) == [clause]
    assert _found(about_bill) == []


def test_a_review_of_policies_quotes_each_company_s_policy_by_its_name() -> None:
    """After "the policies we read", "Quillo states, “…”" is Quillo's policy; the same words in news
    about a product, after a spokesperson, or with "says" are the company's own."""
    review = _units(
        "Most of the policies we read open with a promise not to share, then list exceptions. "
        "Quillo states, “We never lend your details to outside companies except as described below.” "
        "Nestor similarly promises, “Apart from this statement, we will not pass your details to anyone.”",
        title="How privacy policies make sharing sound harmless",
    )
    assert _found(review) == [
        "We never lend your details to outside companies except as described below.",
        "Apart from this statement, we will not pass your details to anyone.",
    ]
    launch = _units(
        "Quillo's new app opens twice as fast. Quillo promises, “Every screen will load in under a second.”",
        title="Quillo launches a faster app",
    )
    defended = _units(
        "Quillo rewrote its privacy policy. A spokesperson defended it. Quillo states, “Nothing has changed.”",
    )
    says = _units("Quillo rewrote its privacy policy last week. Quillo says, “Nothing has changed for you.”")
    assert _found(launch) == _found(defended) == _found(says) == []


def test_a_lettered_clause_list_after_a_lead_in_is_one_span_per_clause() -> None:
    """Each item of a lettered list set off under a lead-in is a clause, its marker outside; the remark
    after the list is the writer's."""
    units = _units(
        "Section 9 of the new terms lists what users may not do:",
        "(a) use the app to send unsolicited messages;",
        "(b) copy or resell any part of the service;",
        "(c) try to reach the data of other users.",
        "Critics say the list is vague.",
    )
    assert _found(units) == [
        "use the app to send unsolicited messages;",
        "copy or resell any part of the service;",
        "try to reach the data of other users.",
    ]


def test_a_quotation_the_page_marks_ends_where_its_marks_end() -> None:
    """Paragraphs the page sets in a blockquote or after "> " are the clause, each its own span; the
    plain paragraph after them is the poster's, even when it speaks to "you" as clauses do."""
    title = Unit("title", "title", "Can the mods delete my story without asking?")
    lead = Unit("b0", "block", "Short answer: yes. From the user agreement:", "paragraph")
    first = "We may remove any content you post, for any reason."
    second = "You will not be told before we do so."
    remark = "It's the same on most sites, so keep a copy of anything you care about."
    units = (
        title,
        lead,
        Unit("b1", "block", first, "quote"),
        Unit("b2", "block", second, "quote"),
        Unit("b3", "block", remark, "paragraph"),
    )
    assert _found(units) == [first, second]


def test_a_tldr_list_gives_only_the_wording_its_items_quote() -> None:
    """Under "Here's the TL;DR from … privacy policy:" the items are the writer's: section names in
    title case stay out, an item without a quotation keeps the list going, and phrases of wording are found."""
    title = Unit("title", "title", "Kestrel's privacy policy, the short version")
    lead = Unit("b0", "block", "Here's the TL;DR from Kestrel's privacy policy:", "paragraph")
    items = [
        "It collects “Information You Provide”, such as your email address.",
        "It keeps what you type for as long as your account exists.",
        "It records “typing rhythm and keystroke timing” from your device.",
        "It may share data with “advertising and measurement partners”.",
    ]
    units = (title, lead, *(Unit(f"b{i + 1}", "block", text, "list_item") for i, text in enumerate(items)))
    assert _found(units) == ["typing rhythm and keystroke timing", "advertising and measurement partners"]


def test_a_quoted_clause_in_japanese_is_found_and_a_katakana_name_is_not() -> None:
    """「…」 holding kanji and kana after 利用規約には is wording; the app's katakana name before it is not."""
    units = _units("動画アプリ「ミルミル」の利用規約には「投稿された動画を当社の広告に使用できます」とある。")
    assert _found(units) == ["投稿された動画を当社の広告に使用できます"]


def test_set_off_quotations_take_the_document_the_next_paragraph_names() -> None:
    """Quoted lines with no source yet are the terms' when the paragraph after says "those lines from
    the new terms"; a blog post named first, or no document at all, leaves them unlabelled."""
    lines = ("• “We may suspend your account at any time.”", "• “Fees are non-refundable.”")
    named = _units(*lines, "Those are the two lines everyone is quoting from the new terms of service.")
    blog = _units(*lines, "Those two lines come from the blog post about the new terms of service.")
    nothing = _units(*lines, "Those two lines say it all.", title=NO_MATCH_TITLE)
    assert _found(named) == ["We may suspend your account at any time.", "Fees are non-refundable."]
    assert _found(blog) == _found(nothing) == []

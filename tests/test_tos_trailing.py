"""Terms quotations whose attribution stands around them in verb-final languages (tos_trailing): the document named
as a topic or a place just before the quotation, and a cue of the language right after it ("Yeni sözleşmede “…”
ifadesi yer alıyor", "정책에는 ‘…’라는 항목", "改定版では…「…」に利用できると書かれている") or a verb of writing
right before it ("नई शर्तों में साफ लिखा है, “…”", "điều khoản của nó thường viết: “…”"). Pages of this shape: Turkish,
Korean, Japanese, Hindi and Vietnamese news on messaging and delivery apps' new terms. A law's, a regulator's, the
government's or an expert's words in the same shape stay unlabelled. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes


@pytest.mark.parametrize(("title", "body", "found"), [
    ("Rekabet Kurumu'ndan Lokma'ya soruşturma",
     "Yeni sözleşmede “Hizmeti kullanmaya devam etmeniz verilerinizin paylaşılmasını kabul ettiğiniz anlamına gelir” "
     "ifadesi yer alıyor. Kurum süreci durdurdu.",
     ["Hizmeti kullanmaya devam etmeniz verilerinizin paylaşılmasını kabul ettiğiniz anlamına gelir"]),
    ("KVKK uyumu nasıl sağlanır?",
     "İncelediğimiz bir sitenin çerez politikası, “Gezinmeye devam ederek tüm çerezleri kabul etmiş olursunuz” "
     "hükmünü içeriyordu. Oysa kanun açık rıza istiyor.",
     ["Gezinmeye devam ederek tüm çerezleri kabul etmiş olursunuz"]),
    ("Lokma'ya günlük ceza",
     "Soruşturma 2021'de açılmıştı. Yeni metinde kullanıcıların, verilerinin \"grup şirketleriyle paylaşılmasını "
     "kabul etmeden hizmeti kullanamayacağı\" yazıyordu.",
     ["grup şirketleriyle paylaşılmasını kabul etmeden hizmeti kullanamayacağı"]),
    ("Kargo uygulamasında yeni sözleşme",
     "Uygulamanın güncellenen sözleşmesinde, “Konum verileriniz teslimat süresini tahmin etmek için kullanılır” "
     "deniliyor. Kullanıcılar tepkili.",
     ["Konum verileriniz teslimat süresini tahmin etmek için kullanılır"]),
    ("개인정보위, 빨리 제재",
     "개인정보위는 빨리가 데이터 정책에 “관심사에 맞는 광고를 위해 활동 정보를 이용할 수 있습니다”라고만 적었을 뿐, "
     "별도 동의는 받지 않았다고 판단했다.",
     ["관심사에 맞는 광고를 위해 활동 정보를 이용할 수 있습니다"]),
    ("빨리에 과징금",
     "빨리의 개정 데이터 정책은 “다른 앱에서 이용하신 기록을 받아 광고를 맞춤화합니다”라고 안내했는데, 위원회는 이를 "
     "동의로 보지 않았다.",
     ["다른 앱에서 이용하신 기록을 받아 광고를 맞춤화합니다"]),
    ("빨리에 과징금 300억 원",
     "빨리는 가입 화면에 데이터 정책 전문을 넣었다. 정책에는 ‘다른 회사 앱 활동 정보’라는 항목이 있었지만 읽은 "
     "이용자는 드물었다.",
     ["다른 회사 앱 활동 정보"]),
    ("生成AIのポリシー改定を読む",
     "改定版では、利用者が入力した内容を「サービスの改善と研究のため」に利用できると書かれている。",
     ["サービスの改善と研究のため"]),
    ("Xの新ポリシーに反発",
     "改定後のポリシーには、共有先が受け取った情報を「独自の目的」で使えるとの文言が入った。",
     ["独自の目的"]),
    ("व्हाट्सऐप की नई शर्तें",
     "ऐप ने अपनी सेवा की शर्तें अपडेट की हैं। नई शर्तों में साफ लिखा है, \"यदि आप नई शर्तें स्वीकार नहीं करते, तो आप "
     "सेवा का उपयोग जारी नहीं रख सकेंगे।\"",
     ["यदि आप नई शर्तें स्वीकार नहीं करते, तो आप सेवा का उपयोग जारी नहीं रख सकेंगे।"]),
    ("ऐप की नीति पर सवाल",
     "कंपनी की गोपनीयता नीति में “आपके संपर्कों की सूची हमारे सर्वर पर रखी जा सकती है” कहा गया है।",
     ["आपके संपर्कों की सूची हमारे सर्वर पर रखी जा सकती है"]),
    ("Ứng dụng giao hàng và dữ liệu vị trí",
     "Khi một ứng dụng giao hàng xin quyền truy cập vị trí, điều khoản của nó thường viết: \"Chúng tôi dùng vị trí của "
     "bạn để ước tính thời gian giao hàng.\"",
     ["Chúng tôi dùng vị trí của bạn để ước tính thời gian giao hàng."]),
])  # fmt: skip
def test_a_document_named_before_and_a_cue_around_give_the_quotation_to_it(
    title: str, body: str, found: list[str]
) -> None:
    assert article_quotes(title, body) == found


@pytest.mark.parametrize(("title", "body"), [
    ("Lokma'nın koşulları", "Lokma'nın koşulları tartışılıyor. Kanun metninde “Açık rıza hizmet şartına bağlanamaz” "
     "ifadesi yer alıyor."),
    ("Şirketten açıklama", "Lokma'nın gizlilik politikası tartışılıyor. Şirketin açıklama metninde “Verilerinizi "
     "satmıyoruz” ifadesi yer aldı."),
    ("Sözcüden yanıt", "Lokma'nın yeni sözleşmesi hakkında şirket sözcüsü “Verileri yalnızca teslimat için "
     "kullanıyoruz” dedi."),
    ("정부 입장", "빨리의 약관이 논란이다. 정부 정책은 “플랫폼의 자율 규제를 존중한다”라고 밝히고 있다."),
    ("개인정보위 발표", "빨리의 약관이 논란이다. 개인정보위는 “동의 없는 맞춤형 광고는 위법하다”라고 밝혔다."),
    ("전문가 지적", "빨리 약관은 이용자에게 불리하다. 전문가는 약관에 대해 “소비자에게 불리한 조항은 무효”라고 지적했다."),
    ("政府の方針", "新しい利用規約が話題だ。政府の方針には「事業者は説明責任を果たすべきだ」と明記されている。"),
    ("डेटा पर सरकार", "ऐप की नई शर्तों पर विवाद है। सरकार की नीति में साफ लिखा है, \"नागरिकों का डेटा देश में ही रखा "
     "जाएगा।\""),
    ("Nghị định 13", "Điều khoản của ứng dụng gây tranh cãi. Nghị định 13 ghi rõ: \"Tổ chức phải công khai mục đích "
     "xử lý dữ liệu.\""),
    ("Chính phủ", "Điều khoản của ứng dụng gây tranh cãi. Chính sách của Chính phủ ghi rõ: \"Dữ liệu công dân phải "
     "được lưu trong nước.\""),
    # A genitive right before the quotation owns a noun cue: a minister's or a user's words about the new terms.
    ("Bakanın yorumu", "Lokma'nın yeni sözleşmesi hakkında Bakan Demir'in “veriler yurt içinde kalmalı” ifadesi "
     "gündem oldu."),
    ("Viral olan cümle", "Lokma'nın gizlilik politikası değişince bir kullanıcının “artık bu uygulamayı siliyorum” "
     "cümlesi çok paylaşıldı."),
    # On a page that names no company's document, a policy the sentence before gives to a government stays its own.
    ("नई डेटा नीति", "केंद्र सरकार ने नई डेटा नीति जारी की। नई नीति में कहा गया है कि “हर कंपनी को डेटा देश में रखना "
     "होगा।”"),
    # "新ポリシー" on a page about fees is a fee policy (a privacy word makes it the privacy policy elsewhere).
    ("料金の改定", "ミナトは来月から料金を改める。新ポリシーには「月額プランは800円となります」と明記されている。"),
])  # fmt: skip
def test_a_law_a_public_body_or_a_speaker_in_the_same_shape_keeps_its_words(title: str, body: str) -> None:
    assert article_quotes(title, body) == []

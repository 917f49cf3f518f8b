"""Skip links and page controls in the languages whose pages we read, as one pattern for the page-control
furniture rule (parsers.text.furniture_rules)."""

from __future__ import annotations

# Skip links of pages written in Hebrew, Polish, Turkish, Chinese, Japanese and Korean: to the content, the
# main content, the navigation or the menu.
SKIP_LINK = (
    r"(?:ל?דלג|מעבר) (?:לתוכן(?: העיקרי| הראשי)?|לניווט|לתפריט(?: הראשי)?)|"
    r"przejdź do (?:treści(?: głównej)?|(?:głównej )?nawigacji|menu)|pomiń (?:nawigację|menu)|"
    r"(?:ana )?içeriğe (?:geç|atla)|(?:ana )?menüye (?:geç|atla)|"
    r"(?:跳到|跳至|跳转到|跳轉到|跳過|跳过)(?:主要|正文)?(?:内容|內容|导航|導航|正文)|"
    r"(?:本文|メインコンテンツ|コンテンツ|メニュー)(?:へ|に)(?:スキップ|移動)|"
    r"(?:본문|주\s?메뉴|메뉴)\s?(?:바로가기|건너뛰기)|"
    # and their other controls: open or close the menu, back to the top
    r"(?:メイン)?メニューを(?:開く|閉じる)|(?:ページの)?(?:トップ|先頭)へ(?:戻る)?|(?:打开|关闭|打開|關閉)(?:菜单|菜單|导航|導航)|"
    r"(?:返回|回到)(?:顶部|頂部)|맨\s?위로(?:\s?가기)?|"
    # where the main content starts or ends, an anchor's text read aloud to screen readers ("ここから本文です",
    # "Main content starts here", "O conteúdo principal começa aqui.")
    r"ここ(?:から|まで)本文(?:です)?|本文(?:は)?ここ(?:から|まで)(?:です)?|본문\s?(?:시작|끝)|"
    r"(?:the )?main content (?:starts|begins|ends) here\.?|(?:start|end) of (?:the )?main content\.?|"
    r"o conteúdo principal começa aqui\.?|el contenido principal (?:empieza|comienza) aquí\.?"
)

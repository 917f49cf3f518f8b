"""Review of the session's parser furniture rules: a rule drops only the furniture it names, never a
line someone wrote."""

from __future__ import annotations

import pytest

from parsers.text import read_text

# A Korean board post written in the clipped '-음' style, with a comment section under it.
_POST = (
    "카카오 과징금 정리\n\n"
    "개인정보위가 카카오에 과징금 151억 원을 부과했음. 오픈채팅 이용자 정보가 유출된 건이라고 함.\n\n"
    "{middle}"
    "근데 이번 처분은 너무 늦었다는 말이 많음. 유출이 알려진 지 일 년이 넘었는데 이제야 결론이 났고, "
    "회사는 행정소송을 검토한다고 함.\n\n"
    "댓글 2\n\n"
    "라온 2024.05.02 14:10\n\n"
    "과징금이 생각보다 적네\n\n"
    "달빛토끼 2024.05.02 14:03\n\n"
    "{last}\n"
)

# Lines that end in '…에서 넘어옴' ("came over from …") as people write them, not as a wiki prints its
# redirect note: (where the line stands, the page, the line).
SAID_LINES = [
    ("a comment", _POST.format(middle="", last="유튜브에서 넘어옴"), "유튜브에서 넘어옴"),
    (
        "the last comment",
        _POST.format(middle="", last="다른 커뮤니티에서 넘어옴"),
        "다른 커뮤니티에서 넘어옴",
    ),
    (
        "a line of the post",
        _POST.format(middle="나도 작년에 카카오에서 넘어옴\n\n", last="저도요"),
        "나도 작년에 카카오에서 넘어옴",
    ),
]


@pytest.mark.parametrize(("where", "page", "line"), SAID_LINES, ids=[row[0] for row in SAID_LINES])
def test_a_line_someone_wrote_is_kept(where: str, page: str, line: str) -> None:
    """A comment or a line of the post that says where its writer came from is text, not a redirect note."""
    article = read_text(page).article
    kept = [block.text for block in article.blocks] + [comment.text for comment in article.comments]
    assert line in kept, where


def test_a_wikis_redirect_note_above_the_text_is_still_dropped() -> None:
    """The note a wiki prints under an article's title when the reader came by another title goes."""
    page = (
        "최근 수정 시각 : 2025-12-23 21:27:00\n\n"
        "개인정보 보호법\n\n"
        "개인정보보호법에서 넘어옴\n\n"
        "개인정보 보호법은 개인정보의 처리와 보호에 관한 사항을 정한 법률이다. 이 문서는 그 연혁과 주요 "
        "조항을 정리한다.\n\n"
        "2020년 개정으로 가명정보 제도가 생겼고, 개인정보보호위원회가 중앙행정기관이 되었다. 위반에는 "
        "과징금이 따른다.\n"
    )
    fates = read_text(page).ledger.values()
    assert [fate.name for fate in fates if fate.kind == "furniture"] == ["wiki-redirect-note"]

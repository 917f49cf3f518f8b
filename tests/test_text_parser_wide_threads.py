"""Reader comments on Korean and Japanese pages saved as text: a nickname and a numeric date with the year
first ("달빛토끼 2024.05.02 14:03"), a label naming the writer ("작성자: …", "名前：…"), a reply's mark with
no indent ("ㄴ 답글 …"). Each header becomes a comment's author and date, a marked reply threads under the
comment above it; a date's label or a name with no thread above stays text. The pages are our own, in the
shapes of real Korean news comment boxes and Japanese boards."""

from __future__ import annotations

import pytest

from parsers import parse_text

KO_PAGE = (
    "택배 앱 회원정보 유출 과징금\n\n"
    "택배 앱 운영사가 회원 이만 명의 연락처를 유출해 과징금을 물게 됐다고 위원회가 밝혔다.\n\n"
    "운영사는 재발 방지 대책을 내놓겠다고 했다.\n\n"
)


def _comments(page: str) -> list[tuple[str | None, str | None, str | None, str]]:
    article = parse_text(page)
    ids = {comment.id: comment.author for comment in article.comments}
    return [
        (
            comment.author,
            comment.published.isoformat()[:10] if comment.published else None,
            ids.get(comment.parent_id) if comment.parent_id else None,
            comment.text,
        )
        for comment in article.comments
    ]


@pytest.mark.parametrize(
    ("thread", "expected"),
    [
        # a label names the writer: a comment even with no heading over it
        (
            "작성자: 파란우산 · 2024.06.11\n보상은 어떻게 받는 건가요?\n",
            [("파란우산", "2024-06-11", None, "보상은 어떻게 받는 건가요?")],
        ),
        # under a comments heading, a nickname and its date, then a reply marked with no indent
        (
            "댓글 2\n\n골목대장 2024.06.11 09:20\n문자 받고 알았어요.\n\n"
            "ㄴ 답글 별빛소년 2024.06.11 10:02\n저도 같은 문자 받았습니다.\n",
            [
                ("골목대장", "2024-06-11", None, "문자 받고 알았어요."),
                ("별빛소년", "2024-06-11", "골목대장", "저도 같은 문자 받았습니다."),
            ],
        ),
        # two replies to one comment, then a new comment at the top level
        (
            "전체 댓글 (3)\n\n솔바람 2024.06.12 08:00\n과징금이 적네요.\n\n"
            "ㄴ 새벽달 2024.06.12 08:30\n맞아요.\n\nㄴ 답글 호수 2024.06.12 09:00\n동감.\n\n"
            "들꽃 2024.06.12 11:00\n다른 얘기지만 앱은 지웠습니다.\n",
            [
                ("솔바람", "2024-06-12", None, "과징금이 적네요."),
                ("새벽달", "2024-06-12", "솔바람", "맞아요."),
                ("호수", "2024-06-12", "솔바람", "동감."),
                ("들꽃", "2024-06-12", None, "다른 얘기지만 앱은 지웠습니다."),
            ],
        ),
        # a Japanese board's numbered posts: the writer's label, the weekday in brackets, the poster's ID
        (
            "1 名前：名無しの市民 2024/06/11(火) 21:04:11.52 ID:qW3rT\n通知のメールが来た\n\n"
            "2 名前：通りすがり 2024/06/11(火) 21:06:40.07 ID:Zx81k\nうちにも来たわ\n",
            [
                ("名無しの市民", "2024-06-11", None, "通知のメールが来た"),
                ("通りすがり", "2024-06-11", None, "うちにも来たわ"),
            ],
        ),
    ],
)
def test_a_wide_comment_header_starts_a_comment(
    thread: str, expected: list[tuple[str | None, str | None, str | None, str]]
) -> None:
    """Each header's name and date go to its comment; a reply's mark threads it under the comment above."""
    assert _comments(KO_PAGE + thread) == expected


@pytest.mark.parametrize(
    "tail",
    [
        # a date's label before the date is no nickname
        "댓글 1\n\n작성일 2024.06.11\n문자 받고 알았어요.\n",
        # a bare name and date with no comments heading or comment above: the text goes on
        "위원회 2024.06.11\n추가 조사 결과는 다음 달 발표된다.\n",
        # a Latin word and a date in a thread is no nickname either
        "댓글 1\n\nRelease 2024.06.11\n문자 받고 알았어요.\n",
    ],
)
def test_a_date_line_in_a_korean_tail_starts_no_comment(tail: str) -> None:
    """A date's label, a name with no thread above it, or a plain word before a date opens no comment, and
    its words stay in a unit."""
    article = parse_text(KO_PAGE + tail)
    assert not article.comments
    kept = "\n".join(block.text for block in article.blocks)
    assert tail.split("\n\n")[-1].split("\n")[0].split()[0] in kept


def test_a_labelled_writer_under_the_headline_is_the_byline() -> None:
    """Under the headline, a writer's label with a date is the article's credit, not a comment that swallows
    the body."""
    page = "택배 앱 회원정보 유출 과징금\n작성자: 한결 · 2024.06.11\n\n" + KO_PAGE.split("\n\n", 1)[1]
    article = parse_text(page)
    assert (list(article.metadata.authors), str(article.metadata.published)) == (["한결"], "2024-06-11")
    assert not article.comments and len(article.blocks) == 2

"""Content scoring: how an element's class and id weigh it as a candidate for the article body."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from parsers.html.scoring import CLASS_WEIGHT, class_weight


def _weight(classes: str) -> float:
    """The class weight of a <div> carrying these classes."""
    return class_weight(lxml_html.fragment_fromstring(f"<div class='{classes}'>x</div>"))


@pytest.mark.parametrize(
    ("classes", "weight"),
    [
        ("flex-1 min-w-0 text-sm text-gray-700 dark:text-gray-300", 0.0),
        ("text-left pr-4 py-2 [&>p]:my-0 max-md:text-center", 0.0),
        ("d-flex justify-content-center text-muted", 0.0),
        ("article-text text-center", CLASS_WEIGHT),
        ("post-content justify-content-center", CLASS_WEIGHT),
        ("entry-content", CLASS_WEIGHT),
        ("sidebar text-sm", -CLASS_WEIGHT),
    ],
)
def test_utility_classes_name_no_content(classes: str, weight: float) -> None:
    """Framework classes that only style text ("text-sm", "md:text-left") weigh nothing; real names still do."""
    assert _weight(classes) == weight

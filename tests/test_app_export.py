"""Exports: `fineprint annotate --format w3c` as W3C Web Annotation JSON-LD, and `e` in the app.

The checks of the W3C document are the Web Annotation Data Model's MUSTs (W3C Recommendation,
2017): sections 3.1 (Annotation), 3.2.4 (TextualBody), 4 (SpecificResource), 4.2.4 and 4.2.5
(the text selectors), 5.1 and 5.2 (collection and page).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app_pilot import SAMPLE, wait_for_article
from textual.widgets import Input, RadioButton

from tui.app import FineprintApp
from tui.cli import main
from tui.dialogs.confirm_dialog import ConfirmDialog
from tui.dialogs.export_dialog import ExportDialog
from tui.screens.main import MainScreen

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
SELECTOR_TYPES = {
    "FragmentSelector", "CssSelector", "XPathSelector", "TextQuoteSelector", "TextPositionSelector",
    "DataPositionSelector", "SvgSelector", "RangeSelector",
}  # fmt: skip


def _is_iri(value: object) -> bool:
    return isinstance(value, str) and ":" in value and not any(c.isspace() for c in value)


def _types(node: dict[str, Any]) -> list[str]:
    kind = node.get("type")
    return kind if isinstance(kind, list) else [kind]


def _has_context(node: dict[str, Any]) -> bool:
    context = node.get("@context")
    return context == CONTEXT or (isinstance(context, list) and CONTEXT in context)


def _check_selector(selector: dict[str, Any]) -> None:
    assert selector["type"] in SELECTOR_TYPES
    if selector["type"] == "TextQuoteSelector":
        assert isinstance(selector["exact"], str) and selector["exact"]
        for key in ("prefix", "suffix"):
            assert isinstance(selector.get(key, ""), str)
    if selector["type"] == "TextPositionSelector":
        for key in ("start", "end"):
            assert isinstance(selector[key], int) and selector[key] >= 0
        assert selector["start"] <= selector["end"]


def _check_resource(node: object) -> None:
    """A body or target: an IRI, or an object that is a TextualBody or a SpecificResource done right."""
    if isinstance(node, str):
        assert _is_iri(node)
        return
    assert isinstance(node, dict)
    if "TextualBody" in _types(node):
        assert isinstance(node["value"], str)
    if "SpecificResource" in _types(node) or "source" in node:
        assert _is_iri(node["source"])
        selectors = node.get("selector", [])
        for selector in selectors if isinstance(selectors, list) else [selectors]:
            _check_selector(selector)


def check_annotation(annotation: dict[str, Any]) -> None:
    """Section 3.1: one IRI id, the Annotation type, one or more targets, not both body and bodyValue."""
    assert _is_iri(annotation["id"])
    assert "Annotation" in _types(annotation)
    targets = annotation["target"]
    for target in targets if isinstance(targets, list) else [targets]:
        _check_resource(target)
    assert not ("body" in annotation and "bodyValue" in annotation)
    bodies = annotation.get("body", [])
    for body in bodies if isinstance(bodies, list) else [bodies]:
        _check_resource(body)


def check_collection(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Sections 5.1 and 5.2; returns the annotations of the (embedded) first page."""
    assert _has_context(document)
    assert _is_iri(document["id"])
    assert "AnnotationCollection" in _types(document)
    assert isinstance(document["label"], str)
    assert isinstance(document["total"], int) and document["total"] >= 0
    if document["total"] == 0:
        return []
    page = document["first"]
    assert _is_iri(page["id"]) and "AnnotationPage" in _types(page)
    assert isinstance(page["items"], list) and page["items"]
    assert page.get("startIndex", 0) == 0 and len(page["items"]) == document["total"]
    for annotation in page["items"]:
        check_annotation(annotation)
    return page["items"]


def _w3c(capsys, source: str) -> dict[str, Any]:
    assert main(["annotate", source, "--format", "w3c"]) == 0
    return json.loads(capsys.readouterr().out)


def test_w3c_export_of_plain_text_meets_the_data_model_and_points_into_the_input(capsys) -> None:
    """One Annotation a finding; each quote selector quotes the text; positions index the input itself."""
    document = _w3c(capsys, SAMPLE)
    items = check_collection(document)
    assert main(["annotate", SAMPLE, "--format", "json"]) == 0
    findings = json.loads(capsys.readouterr().out)["annotations"]
    assert len(items) == len(findings) > 0
    text = Path(SAMPLE).read_text(encoding="utf-8").removeprefix("\ufeff")
    for item, finding in zip(items, findings, strict=True):
        quote, position = item["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and quote["exact"] == finding["text"]
        assert position["type"] == "TextPositionSelector"
        assert text[position["start"] : position["end"]] == quote["exact"]
        assert text[position["start"] - len(quote["prefix"]) : position["start"]] == quote["prefix"]
        assert item["target"]["source"] == Path(SAMPLE).resolve().as_uri()
    assert _w3c(capsys, SAMPLE)["id"] == document["id"]  # the same input names the same collection


def test_w3c_export_of_an_html_page_quotes_without_positions(tmp_path: Path, capsys) -> None:
    """An HTML page has no input offsets: the quote selector alone, and a body naming the law."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Fine under the GDPR</title></head><body><article><h1>Fine under the GDPR</h1>"
        "<p>The regulator fined the company €5 million for breaking the GDPR, the largest fine this year"
        " in a case about cookies and consent banners on a news site.</p></article></body></html>",
        encoding="utf-8",
    )
    items = check_collection(_w3c(capsys, str(page)))
    assert items
    assert all(len(item["target"]["selector"]) == 1 for item in items)
    law = next(item for item in items if item["motivation"] == "identifying")
    assert any("General Data Protection Regulation" in body.get("value", "") for body in law["body"])


def test_w3c_collection_without_findings_has_no_page(tmp_path: Path, capsys) -> None:
    """No finding: a collection of total 0 and no first page (a page must hold one annotation or more)."""
    page = tmp_path / "plain.txt"
    page.write_text("A quiet title\n\nNothing here names a law or a fine.\n", encoding="utf-8")
    document = _w3c(capsys, str(page))
    assert check_collection(document) == [] and "first" not in document


async def _export(pilot, path: Path, *, w3c: bool = False) -> None:
    await pilot.press("e")
    await pilot.pause(0.05)
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    if w3c:
        dialog.query_one("#format-w3c", RadioButton).value = True
        await pilot.pause(0.05)
    dialog.query_one("#export-path", Input).value = str(path)
    await pilot.press("enter")
    await pilot.pause(0.05)


async def test_e_writes_markdown_or_w3c_and_asks_before_replacing(tmp_path: Path) -> None:
    """`e` writes the file named; an existing file is replaced only after a yes; a folder is refused plainly."""
    target = tmp_path / "report.md"
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        await wait_for_article(pilot)
        await _export(pilot, target)
        assert target.read_text(encoding="utf-8").startswith("# Epic Games to pay")
        target.write_text("keep me", encoding="utf-8")
        await _export(pilot, target)
        assert isinstance(pilot.app.screen, ConfirmDialog)
        await pilot.press("n")
        assert target.read_text(encoding="utf-8") == "keep me"
        await _export(pilot, target, w3c=True)
        await pilot.press("y")
        await pilot.pause(0.05)
        check_collection(json.loads(target.read_text(encoding="utf-8")))
        await _export(pilot, tmp_path)
        assert isinstance(pilot.app.screen, MainScreen)
        (message,) = [n.message for n in pilot.app._notifications if "folder" in n.message]
        assert message == f"{tmp_path} is a folder; name a file to write."

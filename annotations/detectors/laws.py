"""Laws: names, short names, rules and citations, with the provision references around them.

Mentions come from the knowledge base (names, acronyms, citation patterns), from the shape of a
law's name or citation when the knowledge base lacks the law (law_names.py, law_citations.toml),
from acronyms an article defines ("... Act 2019 (the "NDPA")"), and from names several laws share
once the article settles which it means. Provisions join the name they belong to; a provision
with no name counts in an article about a law (law_provisions.py).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, cached_property

from annotations.currencies import magnitudes
from annotations.detectors import law_cjk_articles as cjk_articles
from annotations.detectors import law_provisions as provisions_
from annotations.detectors.base import Unit
from annotations.detectors.dispatched import WORD_START, Dispatched
from annotations.detectors.first_chars import first_chars
from annotations.detectors.gate import OpeningWords
from annotations.detectors.jurisdiction import (
    cue_before,
    cue_near,
    cue_words,
    jurisdiction_signals,
    nearest_jurisdiction,
    product_after,
    resolve,
)
from annotations.detectors.law_bodies import defined_bodies, used_as_body
from annotations.detectors.law_body_acronyms import body_rather_than_law
from annotations.detectors.law_caps_titles import caps_titles
from annotations.detectors.law_context import defined_names, headline_unit, mention_refs
from annotations.detectors.law_defined_titles import defined_title_end
from annotations.detectors.law_french_codes import french_codes
from annotations.detectors.law_inflections import inflected
from annotations.detectors.law_name_words import (
    NAMES,
    NameCandidate,
    fused_case,
    head_words,
    sentence_line,
    with_suffix,
)
from annotations.detectors.law_names import name_candidates, past_listed_law
from annotations.detectors.law_own_headings import own_headings
from annotations.detectors.law_proclitics import (
    joined_at_word_start,
    joined_not_before,
    joins_letters,
    opens_arabic,
    with_joined,
)
from annotations.detectors.law_spans import Span, with_provisions, without_overlaps
from annotations.detectors.law_spelled import spelled_names
from annotations.detectors.law_titles import romance_title_end, subject_end
from annotations.detectors.money_forms import alternation
from annotations.detectors.own_document import is_own_document
from annotations.detectors.trie import unwrapped, word_trie
from annotations.knowledge import load_laws, vocabulary
from annotations.model import Finding, LawEntry
from parsers.scripts import CJK, THAI

CITATIONS = "law_citations.toml"
_DIGIT = re.compile(r"\d")
# What may follow a shared bare name: no letter, digit or hyphen, except a hyphen that opens a lower-case
# compound the name qualifies, as Dutch writes them ("AVG-boetes", "AVG-boete": GDPR fines).
_SHARED_AFTER = r"(?!\w)(?!-(?![a-zà-ÿ]))"


class LawDetector:
    """Finds mentions of laws: the knowledge base's, and any other written as a law's name is."""

    name = "laws"

    def __init__(self, laws: tuple[LawEntry, ...] | None = None) -> None:
        self.laws = laws if laws is not None else load_laws()
        self._by_id = {law.id: law for law in self.laws}
        self._dotless_tables: dict[int, dict[str, str]] = {}

    @cached_property
    def _patterns(self) -> tuple[tuple[re.Pattern[str], dict[str, str], OpeningWords | None], ...]:
        """(pattern, folded name → law id, the names' first words) for full names, then short names.

        A text holding none of the full names' first words is not scanned for them: most
        comments name no law, and the scan tries every word of a text.
        """
        every = {name.casefold(): law.id for law in self.laws for name in (law.name, *law.aliases)}
        for form, name in inflected(every).items():  # "des Netzwerkdurchsetzungsgesetzes": its entry too
            every.setdefault(form.casefold(), every[name])
        unspaced = {name: law_id for name, law_id in every.items() if _UNSPACED_SCRIPT.search(name)}
        joined = {name: law_id for name, law_id in every.items() if joins_letters(name)}
        full = {name: law_id for name, law_id in every.items() if name not in unspaced and name not in joined}
        short = self._short_names
        found: list[tuple[re.Pattern[str], dict[str, str], OpeningWords | None]] = []
        if unspaced:
            # Chinese, Japanese and Thai leave no space between words, and Korean joins its particles to
            # a name ("개인정보 보호법을"): a name in those scripts ends only where Latin letters or digits go on.
            # A name holding Latin letters is matched as the knowledge base writes it ("AI 기본법", "AI基本法") as well
            # as by its folded key; matching without folding keeps this scan over every text as fast as it was.
            written = {
                name for law in self.laws for name in (law.name, *law.aliases) if name.casefold() in unspaced
            }
            found.append(
                (
                    word_trie(
                        unspaced.keys() | written,
                        fold=False,
                        not_before=r"A-Za-z0-9",
                        not_after=r"A-Za-z0-9",
                        after=_UNSPACED_AFTER,
                    ),
                    unspaced,
                    None,
                )
            )
        # "لنظام حماية البيانات الشخصية", "לחוק הגנת הפרטיות": a joined letter may stand before the name.
        if joined:
            trie = word_trie(joined, fold=True, not_before=joined_not_before(), not_after=r"\w")
            found.append((trie, joined, None))
        if full:
            # "Kişisel Verilerin Korunması Kanununda": a Turkish case ending fused to the name stays outside it
            trie = word_trie(
                full,
                fold=True,
                not_before=r"\w",
                not_after=r"\w",
                after=rf"(?:(?!\w)|{fused_case()})",
                wrapped=True,  # "Anti- monopoly Law": a line wrapped after the name's hyphen
            )
            found.append((trie, full, OpeningWords(full)))
        if short:
            # A hyphen before an acronym is checked in `_known` (only "EU-DSGVO" passes). Chinese, Japanese
            # and Korean set an acronym among their letters with no space ("违反GDPR规定", "GDPR違反",
            # "GDPR에 따라"): a letter of those scripts ends it as a space would.
            edge = _NOT_UNSPACED_WORD
            found.append((word_trie(short, fold=False, not_before=edge, not_after=edge), short, None))
        return tuple(found)

    @cached_property
    def _short_names(self) -> dict[str, str]:
        """Every acronym of the knowledge base and its law's id."""
        return {name: law.id for law in self.laws for name in law.short_names}

    @cached_property
    def _known_names(self) -> frozenset[str]:
        """Every name and acronym of the knowledge base, folded: what a headline may name."""
        names = (
            name
            for law in self.laws
            for name in (law.name, *law.aliases, *law.short_names, *law.context_names)
        )
        folded = {name.casefold() for name in names}
        return frozenset(folded | {form.casefold() for form in inflected(folded)})

    @cached_property
    def _citations(self) -> tuple[tuple[Dispatched, ...], list[str | None]]:
        """Every citation form, the knowledge base's first, with a group per form, and the law each
        group belongs to. Forms that open with a letter or digit start a word: they are scanned by
        one pattern from word starts only, so a position inside a word costs nothing; the others
        (§, brackets) by a second pattern. Both try at a position only the forms its character can
        start, and only those whose literal pieces the text holds: a line of "$1 $1 …" is not tried
        for every form at every number."""
        words: list[tuple[str, str]] = []
        others: list[tuple[str, str]] = []
        owners: list[str | None] = []
        forms = [(pattern, law.id) for law in self.laws for pattern in law.citation_patterns]
        # A form with `fused_end` ends at a word's end or before a Turkish case ending fused to its last word.
        fused = rf"(?:(?![\w-])|{fused_case()})"
        forms += [
            (entry.regex + (fused if entry.get("fused_end") else ""), entry.get("law"))
            for entry in vocabulary(CITATIONS).role("citation")
        ]
        for pattern, law_id in forms:
            if opens_arabic(pattern):  # "بالمرسوم الملكي": joined letters, outside the citation's group
                pattern = with_joined(pattern, f"a{len(owners)}")
            chars = first_chars(pattern)
            target = words if chars and all(char.isalnum() for char in chars) else others
            target.append((f"c{len(owners)}", pattern))
            owners.append(law_id)
        return (Dispatched(words, prefix=WORD_START), Dispatched(others)), owners

    @cached_property
    def _context_bound(self) -> frozenset[int]:
        """The groups of `_citations` whose form is a law's only in a unit with a regulator or data
        protection in it (`needs_context`)."""
        known = sum(len(law.citation_patterns) for law in self.laws)
        entries = vocabulary(CITATIONS).role("citation")
        return frozenset(known + at for at, entry in enumerate(entries) if entry.get("needs_context"))

    def _inside_longer_name(self, text: str, start: int, end: int, law_id: str) -> bool:
        """Whether the match is part of a longer name the law lists as not its own ("Personal Data Act")."""
        for longer in self._by_id[law_id].not_within:
            window = text[max(0, start - len(longer)) : end + len(longer)].casefold()
            offset = max(0, start - len(longer))
            at = window.find(longer.casefold())
            while at >= 0:
                if offset + at <= start and offset + at + len(longer) >= end:
                    return True
                at = window.find(longer.casefold(), at + 1)
        return False

    def _law_for(self, text: str, names: dict[str, str]) -> str | None:
        key = " ".join(unwrapped(text).replace("’", "'").split())
        found = names.get(key.casefold()) or names.get(key)
        if found is None and _TURKISH_I.search(key):
            # "KİŞİSEL VERİLERİN KORUNMASI KANUNU": re matched the capitals to the name ignoring case, but casefold()
            # makes İ a dotted i and I a dotted one where Turkish has ı; both sides are read with their dots dropped.
            found = self._dotless(names).get(_dotless(key.casefold()))
        return found

    def _dotless(self, names: dict[str, str]) -> dict[str, str]:
        """`names` with the dots of their i's dropped (_dotless), made once for each table of names."""
        table = self._dotless_tables.get(id(names))
        if table is None:
            table = {_dotless(name): law_id for name, law_id in names.items()}
            self._dotless_tables[id(names)] = table
        return table

    def _known(self, text: str) -> list[Span]:
        """Names, acronyms and citations of the knowledge base, and citations of any law."""
        spans: list[Span] = []
        for pattern, names, openers in self._patterns:
            if openers is not None and not openers.may_hold(text):
                continue
            for match in pattern.finditer(text):
                if joins_letters(match.group()) and not joined_at_word_start(text, match.start()):
                    continue  # "كتابنظام …": the name's first letters go on a word, not a joined letter
                law_id = self._law_for(match.group(), names) or self._law_for(match.group().casefold(), names)
                if (
                    law_id
                    and names is self._short_names
                    and (
                        _hyphen_refused(text, match.start(), self._by_id[law_id])
                        or _body_bracketed(text, match.start())
                        or _amount_goes_on(text, match.end())
                    )
                ):
                    continue
                if law_id and (
                    _described(match.group())
                    or _lower_before_head(match.group())
                    or _indefinite_lower(text, match.start(), match.group())
                ):
                    continue  # "Canada's anti-spam law", "the nation's data Act": a description, not the name
                if law_id and _DIGIT.search(match.group()) and _bill_before(text, match.start()):
                    continue  # "El Proyecto de Ley 21.719": the bill's number, though the law took it as its own
                if law_id and not self._inside_longer_name(text, match.start(), match.end(), law_id):
                    end = match.end()
                    if _UNSPACED_SCRIPT.search(match.group()):
                        # "个人信息保护法第六十六条", "개인정보 보호법 제64조의2": the article after the name;
                        # "個人資料保護法施行細則第12條": the rules made under it, then their article.
                        rules = _rules_suffix().match(text, end)
                        end = rules.end() if rules else end
                        article = _UNSPACED_ARTICLE.match(text, end) or _BRACKETED_ARTICLE.match(text, end)
                        end = article.end() if article else end
                    spans.append(_dressed(text, match.start(), end, self._by_id[law_id]))
        citation_patterns, owners = self._citations
        subject_openers, title_openers = _citation_openers()
        matches = () if not _DIGIT.search(text) else (m for p in citation_patterns for m in p.finditer(text))
        for match in matches:  # every citation holds a number
            if match.lastgroup:
                end = match.end()
                if title_openers.match(match.group()):
                    end = romance_title_end(text, end)  # Ley Orgánica 3/2018, de 5 de diciembre, de ...
                elif subject_openers.match(match.group()):
                    # Law No. 27 of 2022 on Personal Data Protection; a lower-case subject is no title
                    end = subject_end(text, end, capitalised_only=True)
                # "Regulation (EU) 2016/679 of the European Parliament ... on the protection of ... (“GDPR”)"
                end = defined_title_end(text, end)
                index = int(match.lastgroup[1:])
                if index in self._context_bound and not _citation_context().search(text):
                    continue  # "The Resolution 4/2023 of the board": no regulator, no data protection
                joined = f"a{index}"  # an Arabic form: its citation starts after the joined letters
                start = match.start(joined) if joined in match.re.groupindex else match.start()
                if _bill_before(text, start):
                    continue  # "le projet de loi n° 64": a bill's number, not a law
                spans.append((start, end, owners[index]))
        return spans

    def _shaped(
        self, text: str, candidates: list[NameCandidate], known: frozenset[str] | None, listed: dict[int, int]
    ) -> list[Span]:
        """Names written as a law's name is; in a headline (`known` given) only names the article or the
        knowledge base also gives, or the whole line, since every word of a headline is capitalised.
        `listed`: the starts and ends of the unit's knowledge-base mentions, which no shaped name swallows."""
        spans: list[Span] = []
        whole = (len(text) - len(text.lstrip()), len(text.rstrip(" .:!?")))
        for candidate in candidates:
            if product_after(text, candidate.end):
                continue  # "Cybersecurity Law Review": a journal's name, not the law it is named after
            if known is None:
                first = past_listed_law(text, candidate, listed) if listed else candidate.starts[0]
                if first is not None and not candidate.capital_after:
                    spans.append((first, candidate.end, None))
            elif (candidate.starts[0], candidate.end) == whole and not sentence_line(text):
                spans.append((candidate.starts[0], candidate.end, None))
            else:
                start = next(
                    (s for s in candidate.starts if text[s : candidate.core_end].casefold() in known), None
                )
                if start is not None:
                    spans.append((start, candidate.end, None))
        return spans

    @cached_property
    def _places(self) -> dict[str, str]:
        """Each law's jurisdiction by its id."""
        return {law.id: law.jurisdiction for law in self.laws}

    @cached_property
    def _context(self) -> tuple[re.Pattern[str], dict[str, list[str]]]:
        """Bare names several laws share ("Privacy Act", "PDPA"), each with the laws it may mean."""
        owners: dict[str, list[str]] = {}
        for law in self.laws:
            for name in law.context_names:
                owners.setdefault(name, []).append(law.id)
        for form, name in inflected(list(owners)).items():  # "des revidierten Datenschutzgesetzes"
            owners.setdefault(form, owners[name])
        spaced = [name for name in owners if not _UNSPACED_SCRIPT.search(name)]
        pattern = word_trie(
            spaced, fold=False, not_before=r"\w-", not_after=r"\w-", after=_SHARED_AFTER, wrapped=True
        )
        return pattern, owners

    @cached_property
    def _unspaced_context(self) -> re.Pattern[str] | None:
        """Shared names in a script with no spaces ("独占禁止法に違反"): they end only where Latin letters or digits go
        on. Scanned only in a unit holding such a script."""
        unspaced = [name for name in self._context[1] if _UNSPACED_SCRIPT.search(name)]
        if not unspaced:
            return None
        return word_trie(
            unspaced, fold=False, not_before=r"A-Za-z0-9", not_after=r"A-Za-z0-9", after=_UNSPACED_AFTER
        )

    def _context_finds(self, text: str) -> list[re.Match[str]]:
        """Every shared bare name in `text`, in either script, in reading order."""
        found = list(self._context[0].finditer(text))
        unspaced = self._unspaced_context
        if unspaced is not None and _UNSPACED_SCRIPT.search(text):
            found = sorted(found + list(unspaced.finditer(text)), key=lambda match: match.start())
        return found

    def _context_matches(
        self,
        text: str,
        matches: list[re.Match[str]],
        signals: Counter[str],
        bodies: frozenset[str],
        written: Counter[str],
    ) -> list[Span]:
        """Shared bare names, settled by a jurisdiction word before them or else by the whole article;
        `bodies`: the acronyms the article defines as an authority's; `written`: how often it writes each name."""
        _pattern, owners = self._context
        spans = []
        for match in matches:
            if product_after(text, match.end()):
                continue  # "AVG Technologies": a company's name
            if used_as_body(text, match.start(), match.end(), bodies):
                continue  # "the lead DPA", "the DPA fined": the data protection authority
            candidates = [
                self._by_id[law_id] for law_id in owners.get(" ".join(unwrapped(match.group()).split()), [])
            ]
            cue = cue_near(text, match.start())
            near = [law for law in candidates if cue and law.jurisdiction in cue[1]]
            if cue and not near:
                continue  # "Bahrain's Personal Data Protection Law": a jurisdiction none of them has
            if len(near) != 1:
                code = nearest_jurisdiction(text, match.start(), (law.jurisdiction for law in candidates))
                near = [law for law in candidates if law.jurisdiction == code]
            chosen = near[0] if len(near) == 1 else resolve(candidates, signals)
            if chosen is None and len(candidates) == 1 and _right_after_provision(text, match.start()):
                chosen = candidates[0]  # "§§ 307 ff. BGB": a provision makes the one law of that name meant
            name = match.group()
            if chosen is not None and body_rather_than_law(
                name, chosen, text, match.start(), signals, written[name]
            ):
                continue  # "the CPPA" in a Californian article that also names Canada: the agency
            if chosen is not None:
                end = match.end()
                if _UNSPACED_SCRIPT.search(
                    name
                ):  # "独占禁止法の第8条": the article after the name is part of it
                    article = _UNSPACED_ARTICLE.match(text, end)
                    end = article.end() if article else end
                spans.append(_dressed(text, match.start(), end, chosen))
        return spans

    def _shared(self, units: tuple[Unit, ...], found: dict[str, list[Span]]) -> dict[str, list[Span]]:
        """Shared bare names in each unit, settled by the article; its jurisdictions are read only when one occurs."""
        matches = {unit.id: self._context_finds(unit.text) for unit in units}
        if not any(matches.values()):
            return {}
        named = (self._by_id[ref].jurisdiction for spans in found.values() for _s, _e, ref in spans if ref)
        signals = jurisdiction_signals(units, named)
        bodies = defined_bodies(unit.text for unit in units if "(" in unit.text)
        written = Counter(match.group() for found in matches.values() for match in found)
        return {
            unit.id: self._context_matches(unit.text, matches[unit.id], signals, bodies, written)
            for unit in units
        }

    def _mentions(self, units: tuple[Unit, ...], known: list[list[Span]]) -> dict[str, list[Span]]:
        """Every mention of every unit before provisions are joined, overlaps resolved; `known` is
        each unit's knowledge-base names and citations (prepare())."""
        # A law's own acronym that its authority shares is the authority where a qualifier, a verb or a noun says so
        # ("KVKK Kurulu", "KVKK kararı"); a definition in brackets elsewhere does not decide for every occurrence.
        found = {
            unit.id: [span for span in spans if not used_as_body(unit.text, span[0], span[1], frozenset())]
            for unit, spans in zip(units, known, strict=True)
        }
        shaped = {unit.id: name_candidates(unit.text) for unit in units}
        headlines = {
            unit.id
            for unit in units
            if shaped[unit.id] and headline_unit(unit, [(c.starts[0], c.end) for c in shaped[unit.id]])
        }
        for unit in units:
            if unit.id not in headlines:
                listed = {start: end for start, end, ref in found[unit.id] if ref}
                if shaped[unit.id]:  # a name several laws share ("PDPL") is a law's too, settled or not
                    listed.update((m.start(), m.end()) for m in self._context_finds(unit.text))
                found[unit.id] += self._shaped(unit.text, shaped[unit.id], None, listed)
        if headlines:
            named = self._known_names | frozenset(
                unit.text[start:end].casefold() for unit in units for start, end, _ref in found[unit.id]
            )
            for unit in units:
                if unit.id in headlines:
                    found[unit.id] += self._shaped(unit.text, shaped[unit.id], named, {})
        for unit_id, spans in self._shared(units, found).items():
            found[unit_id] += spans
        for unit in units:
            found[unit.id] += spelled_names(unit.text)  # "the general data protection law (GDPL)"
            found[unit.id] += caps_titles(unit.text)  # "LEY FEDERAL DEL TRABAJO"
            found[unit.id] += french_codes(unit.text)  # "contraires au code de la consommation"
        defined = defined_names(units, {uid: without_overlaps(spans) for uid, spans in found.items()})
        if defined:
            for unit in units:
                found[unit.id] += defined.find(unit.text, self._places)
        return {uid: without_overlaps(spans) for uid, spans in found.items()}

    def _named(self, units: tuple[Unit, ...], mentions: dict[str, list[Span]]) -> list[str]:
        """The laws' names as written, and the full names of the knowledge-base laws among them: "PECR" names
        the Privacy and Electronic Communications Regulations, so a bare "regulation 24" is one of them."""
        written = [unit.text[s:e] for unit in units for s, e, _ref in mentions[unit.id]]
        refs = {ref for spans in mentions.values() for _s, _e, ref in spans if ref in self._by_id}
        return written + [self._by_id[ref].name for ref in sorted(refs)]

    def prepare(self, units: tuple[Unit, ...]) -> list[list[Span]]:
        """The part of detect() each unit gives alone, the article aside: its knowledge-base names and
        citations (half the detector's time on a long thread). Another process may work it out
        (annotations/parallel.py) and hand it to detect()."""
        return [self._known(unit.text) for unit in units]

    def detect(self, units: tuple[Unit, ...], prepared: list[list[Span]] | None = None) -> list[Finding]:
        """Every law mention in the units; `prepared`, when given, is what prepare() gives for them."""
        mentions = self._mentions(units, self.prepare(units) if prepared is None else prepared)
        joined: dict[str, list[Span]] = {}
        bare: dict[str, list[Span]] = {}
        alone = provisions_.alone_words(self._named(units, mentions))
        previous = ""
        for unit in units:
            joined[unit.id], bare[unit.id] = with_provisions(unit.text, mentions[unit.id], alone)
            if bare[unit.id] and previous:
                # "In den neuen AGB heißt es nun:" then "§ 7 Nutzungsrechte": the terms' own heading
                bare[unit.id] = [
                    span
                    for span in bare[unit.id]
                    if not provisions_.under_document_lead(previous, unit.text, span[0])
                ]
            previous = unit.text
        headings = own_headings(
            units, bare
        )  # "Sec. 4. Effective date.", "§ 2 Zweck und Ziele": the page's own
        if headings:
            bare = {uid: [s for s in spans if (uid, s[0]) not in headings] for uid, spans in bare.items()}
        any_law = any(joined.values())
        if any(_UNSPACED_SCRIPT.search(unit.text[s:e]) for unit in units for s, e, _ref in joined[unit.id]):
            for unit in units:
                bare[unit.id] = sorted(bare[unit.id] + provisions_.bare_articles(unit.text, joined[unit.id]))
        elif not any_law:
            for unit in units:  # "(法40条1項)": the Act's article, on a page that names no law before it
                if _ACT_ARTICLE_MARK in unit.text:
                    found = provisions_.bare_articles(unit.text, [])
                    bare[unit.id] = sorted(
                        bare[unit.id] + [s for s in found if _act_article(unit.text, s[0])]
                    )
        refs = mention_refs(units, joined, bare)
        # A bare "§ 2", or "Section 4 of the Act", on a page that names no law is a law's, unless the page is a terms
        # document: then its own.
        sections = not any_law and any(bare.values()) and not is_own_document(units)
        findings = []
        for unit in units:
            spans = joined[unit.id] + [
                (start, end, refs.get((unit.id, start)))
                for start, end, _none in bare[unit.id]
                if any_law
                or (
                    sections
                    and (
                        unit.text.startswith("§", start)
                        or provisions_.statute_after(unit.text, end)
                        or _act_article(unit.text, start)
                    )
                )
            ]
            for start, end, law_id in sorted(spans):
                law = self._by_id.get(law_id) if law_id else None
                findings.append(
                    Finding("law", unit.id, start, end, unit.text[start:end], self.name, ref=law_id, law=law)
                )
        return findings


# Turkish capital and small i's, dotted and dotless: a name written in Turkish capitals ("KİŞİSEL VERİLERİN KORUNMASI
# KANUNU") folds to other letters than the name written in small ones.
_TURKISH_I = re.compile("[İIı]")


def _dotless(folded: str) -> str:
    """A casefolded name with its i's undotted: the combining dot casefold() leaves after İ's i dropped, ı read as i."""
    return folded.replace("i\u0307", "i").replace("ı", "i")


# A Japanese article of "the Act" (法第145条, 法40条1項, 同法第23条): a statute's, as "Section 4 of the Act" is, on a page
# that names no law.
_ACT_ARTICLE_MARK = "法"


def _act_article(text: str, start: int) -> bool:
    """Whether the bare article at `start` opens with 法 or 同法 (the Act, the same Act)."""
    return text.startswith((_ACT_ARTICLE_MARK, "同" + _ACT_ARTICLE_MARK), start)


# Scripts written without spaces between words (or with particles joined to a name): Hiragana, Katakana,
# CJK ideographs, Hangul and Thai.
# An article written right after a law's name in Chinese, Japanese or Korean, with its parts and the list it opens
# (law_cjk_articles.after_name): 第66条, 個人情報保護法146条1項, 개인정보 보호법의 제64조의2제1항제1호.
_UNSPACED_ARTICLE = re.compile(cjk_articles.after_name())
# Its articles in brackets right after it, a list's "etc." (등, 等, など) inside: 개인정보보호법(제30조 등), 个人信息保护法（第13条）.
_BRACKETED_ARTICLE = re.compile(rf"[(（](?:{cjk_articles.after_name()})(?:\s?(?:등|等|など))?[)）]")
# What may not follow a name in those scripts: a Latin letter, or a digit unless the digits are an article's
# number written right after the name (個人情報保護法146条).
_UNSPACED_AFTER = "(?![A-Za-z])(?![0-9](?![0-9]{0,3}[条條]))"


@cache
def _rules_suffix() -> re.Pattern[str]:
    """The rules made under a law, named right after it in those scripts (個人資料保護法施行細則, 개인정보 보호법
    시행령): law_references.toml's rules_suffix words, Korean's after an optional space."""
    words = sorted(
        (p for entry in vocabulary(provisions_.REFERENCES).role("rules_suffix") for p in entry.phrases),
        key=len,
        reverse=True,
    )
    return re.compile(rf"\s?(?:{'|'.join(map(re.escape, words))})")


_UNSPACED_SCRIPT = re.compile(f"[{THAI}{CJK}]")
# Inside a character class: a word character of any script but Chinese, Japanese and Korean ones, whose
# text runs on with no space (Thai stays a word character: it is no script acronyms are set in).
_NOT_UNSPACED_WORD = f"^\\W{CJK}"


@cache
def _citation_context() -> re.Pattern[str]:
    """What a unit holds when a citation that needs context is a law's: a regulator, data protection."""
    return re.compile(
        "|".join(e.regex for e in vocabulary(CITATIONS).role("citation_context")), re.IGNORECASE
    )


@cache
def _citation_openers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Citation forms a subject may follow ("Law No. 27 of 2022 on ..."), and those a Romance title may follow."""
    return re.compile(rf"(?:\w+\s)?(?:{_longest_first(CITATIONS, 'subject_opener')})\b"), re.compile(
        rf"(?:{_longest_first(CITATIONS, 'title_opener')})\s"
    )


def _longest_first(file: str, role: str) -> str:
    """The phrases of a role of a vocabulary file as one escaped alternation, longest first, so a longer phrase wins."""
    return alternation(phrase for entry in vocabulary(file).role(role) for phrase in entry.phrases)


# How far before a citation the words that make it a bill's are read ("Proyecto de ").
BILL_LEAD_REACH = 16


@cache
def _bill_lead() -> re.Pattern[str]:
    """Words right before a citation that make its number a bill's (law_citations.toml bill_lead)."""
    return re.compile(rf"(?<!\w)(?:{_longest_first(CITATIONS, 'bill_lead')})\s$")


def _bill_before(text: str, start: int) -> bool:
    """Whether the words right before a numbered law at `start` make its number a bill's ("projet de loi n° 64")."""
    return _bill_lead().search(text, max(0, start - BILL_LEAD_REACH), start) is not None


_POSSESSIVE = re.compile(r"([A-Z][\w. -]*?)['’]s\s+")
_LOWER_CUE = re.compile(r"([a-z]\w*)\s+")


# How far before a shared name a provision written right before it is read: "§ 312 Abs. 1 Satz 2 Nr. 3 ff. ".
PROVISION_REACH = 60


def _right_after_provision(text: str, start: int) -> bool:
    """Whether a provision reference ends right before `start`, a space between: "§ 307 BGB", "Art. 60 ff. DSG"."""
    window = text[max(0, start - PROVISION_REACH) : start]
    stripped = window.rstrip()
    if len(stripped) == len(window) or len(window) - len(stripped) > 1:
        return False
    found = provisions_.provisions(stripped)
    return bool(found) and found[-1].end == len(stripped)


_AFTER_POSSESSIVE = re.compile(r"(?P<place>[^'’]+)['’]s\s+(?P<rest>.+)", re.DOTALL)


def _described(written: str) -> bool:
    """Whether a name that opens with a place's possessive goes on wholly in lower case: "Canada's anti-spam
    legislation" describes the law (CASL) in prose; "Canada's Anti-Spam Legislation" names it."""
    match = _AFTER_POSSESSIVE.match(written)
    return (
        match is not None
        and match.group("place") in cue_words()
        and match.group("rest") == match.group("rest").lower()
    )


# "a national ", "an ": an indefinite article, and at most one word after it, before a name written in lower case.
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]n?)\s+(?:[a-z]+\s+)?$")


def _indefinite_lower(text: str, start: int, written: str) -> bool:
    """Whether a name written wholly in lower case, with an English head word in it, follows "a" or "an": "adopted
    a national law on the protection of personal data" (sipoch.com on Qatar) describes some law, as "the Law on the
    Protection of Personal Data" names one. Czech "a" (and) and Portuguese "a" (the) stand before names with no
    English head ("a zákona o zpracování osobních údajů", "a lei geral de proteção de dados")."""
    if written != written.lower() or _INDEFINITE_BEFORE.search(text, max(0, start - 30), start) is None:
        return False
    heads = {head.casefold() for head in head_words()}
    return any(word in heads for word in written.split())


def _lower_before_head(written: str) -> bool:
    """Whether a name of several words is written in lower case up to a capitalised head word (law_names.toml
    head) that ends it: "the nation's data Act" is a description before the head "Act", not the Data Act, whose
    name is written "Data Act" or, lower-cased whole, "data act"; "loi Informatique et Libertés" keeps a capital
    before its end. A name ending on a proper noun after its lower-case kind of law is the name as the language
    writes it: "codice Privacy", "codice della Privacy", "constitution of India", "estatuto del Consumidor"."""
    words = written.split()
    return len(words) > 1 and words[-1] in head_words() and all(word == word.lower() for word in words[:-1])


def _hyphen_refused(text: str, start: int, law: LawEntry) -> bool:
    """Whether a hyphen stands before an acronym, other than after the law's own capitalised
    jurisdiction word ("EU-DSGVO"): "Anti-DSGVO", "DS-GVO" inside a longer word are no mention."""
    if text[start - 1 : start] != "-":
        return False
    cue = cue_before(text, start, joiner="-")
    return not (cue and text[cue[0]].isupper() and any(law.jurisdiction.startswith(code) for code in cue[1]))


# How far back a body's head word may stand before the bracket that holds its acronym: "Kurumu (“".
_BODY_WINDOW = 16


@cache
def _body_before() -> re.Pattern[str]:
    """A body's head word (law_names.toml body_head) and an opening bracket, ending where an acronym starts."""
    return re.compile(rf"(?<!\w)(?:{_longest_first(NAMES, 'body_head')})[ \t]?\([ \t]?[\"“'‘]?\Z")


def _body_bracketed(text: str, start: int) -> bool:
    """Whether an acronym stands in brackets right after a body's name, so names that body, not the law
    that shares it: "Kişisel Verileri Koruma Kurumu (KVKK)", "Data Protection Authority (KVKK)"."""
    if text[start - 1 : start] not in "(\"“'‘ \t" or start == 0:
        return False
    return _body_before().search(text, max(0, start - _BODY_WINDOW), start) is not None


@cache
def _amount_on() -> re.Pattern[str]:
    """Decimals, thousands or a magnitude word (money.toml) right after a number."""
    words = sorted(magnitudes(), key=len, reverse=True)
    return re.compile(rf"[.,]\d|[ \t]?(?:{'|'.join(map(re.escape, words))})(?![\w-])")


def _amount_goes_on(text: str, end: int) -> bool:
    """Whether an acronym ending in a digit is the sign and first digit of an amount: "NIS 2 million", "NIS 1.5
    million" are shekels, not the NIS2 or NIS1 Directive."""
    return text[end - 1 : end].isdigit() and _amount_on().match(text, end) is not None


def _dressed(text: str, start: int, end: int, law: LawEntry) -> Span:
    """A knowledge-base match with what the article writes around it: the law's own capitalised
    jurisdiction word before it joins it ("Saudi PDPL", not "Irish GDPR"); a possessive one leaves it
    ("Malaysia's"); a year or number after it joins."""
    possessive = _POSSESSIVE.match(text, start, end) or _LOWER_CUE.match(text, start, end)
    if possessive and possessive.group(1) in cue_words():
        start = possessive.end()  # "Malaysia's Personal Data Protection Act", "federal Wiretap Act": outside
    cue = cue_before(text, start, joiner="-" if text[start - 1 : start] == "-" else " ")
    if (
        cue
        and not cue[2]
        and text[cue[0]].isupper()
        and any(law.jurisdiction.startswith(code) for code in cue[1])
    ):
        start = cue[0]
    return start, with_suffix(text, end), law.id

"""``.html`` → Document: the document body as plain text, without the site around it.

The content root is ``<article>`` when one holds most of the text, else ``<main>``, else the
smallest container that holds most of the page's non-link text (menus are mostly links).
Scripts, styles, navigation, footers, forms and elements whose class or id names boilerplate
are dropped. Block-level elements become blocks; ``<br>`` becomes a line break inside one;
lists get visible markers (``1.``, ``a)``, ``-``); tables become ``cell | cell`` rows unless they
only lay the page out.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from ingest._builder import DocumentBuilder
from ingest.decode import declared_charset, decode_text
from ingest.document import BlockKind, Document, InputFormat
from ingest.errors import EmptyDocument
from ingest.options import ReadOptions

# fmt: off
BLOCK_TAGS = frozenset("""address article aside blockquote caption center dd details dialog div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section
    summary table tbody thead tfoot tr td th ul""".split())
DROP_TAGS = frozenset("""script style noscript template iframe svg canvas nav footer aside form button
    select input textarea object embed head link meta title""".split())
_BOILER = re.compile(r"^(nav|navbar|navigation|menu|mainmenu|breadcrumbs?|footer|sidebar|banner|cookies?|"
                     r"share|social|comments?|related|advert|ads|popup|modal|toolbar|pagination|topbar)$", re.I)
# fmt: on
_WS = re.compile(r"[ \t\r\n\f\v]+")
_BR = "\u2028"


def _text_len(el: Tag, *, links: bool = True) -> int:
    n = 0
    for s in el.find_all(string=True):
        if isinstance(s, Comment):
            continue
        if not links and s.find_parent("a") is not None:
            continue
        n += len(s.strip())
    return n


def _is_boilerplate(el: Tag) -> bool:
    names = " ".join([*(el.get("class") or []), str(el.get("id") or ""), str(el.get("role") or "")])
    if el.get("role") in ("navigation", "banner", "contentinfo"):
        return True
    return any(_BOILER.match(tok) for tok in re.split(r"[\s_-]+", names) if tok)


def _clean(soup: BeautifulSoup) -> None:
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        c.extract()
    for el in soup.find_all(list(DROP_TAGS)):
        el.decompose()
    for el in soup.find_all(style=re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)):
        el.decompose()
    for el in soup.find_all(hidden=True):
        el.decompose()
    body = soup.body or soup
    total = max(_text_len(body), 1)
    for el in soup.find_all("header"):
        if el.find_parent(["article", "main"]) is None and _text_len(el) < 0.3 * total:
            el.decompose()
    for el in list(soup.find_all(True)):
        if el.decomposed or el.name in ("html", "body"):
            continue
        if _is_boilerplate(el) and _text_len(el) < 0.3 * total:
            el.decompose()


def content_root(soup: BeautifulSoup) -> Tag:
    """The element that holds the document body."""
    body = soup.body or soup
    total = max(_text_len(body, links=False), 1)
    articles = sorted(soup.find_all("article"), key=lambda a: _text_len(a, links=False), reverse=True)
    if articles and _text_len(articles[0], links=False) >= 0.5 * total:
        return articles[0]
    main = soup.find("main") or soup.find(attrs={"role": "main"})
    if main is not None and _text_len(main, links=False) >= 0.5 * total:
        return main
    node: Tag = body
    while True:
        score = _text_len(node, links=False)
        kids = list(node.find_all(["div", "section", "article", "main", "td"], recursive=False))
        kids += [c for k in node.find_all(["table", "tbody", "tr"], recursive=False) for c in k.find_all("td")]
        best = max(kids, key=lambda c: _text_len(c, links=False), default=None)
        if best is None or _text_len(best, links=False) < 0.7 * score:
            return node
        node = best


def _has_block(el: Tag) -> bool:
    return el.find(list(BLOCK_TAGS)) is not None


def _inline_text(el: Tag | NavigableString) -> str:
    if isinstance(el, NavigableString):
        return str(el)
    if el.name == "br":
        return _BR
    return "".join(_inline_text(c) for c in el.children if isinstance(c, (Tag, NavigableString)))


class _Walker:
    def __init__(self, builder: DocumentBuilder) -> None:
        self.b = builder

    def flush(self, buf: list[str], kind: BlockKind | None, level: int | None, prefix: str | None) -> bool:
        raw = "".join(buf)
        buf.clear()
        lines = [_WS.sub(" ", ln).strip(" ") for ln in raw.split(_BR)]
        lines = [ln for ln in lines if ln.strip()]
        if not lines:
            return False
        if prefix and not _starts_marked(lines[0]):
            lines[0] = f"{prefix} {lines[0]}"
        self.b.line("\n".join(lines), hard=True, kind=kind, level=level)
        return True

    def walk(self, el: Tag, prefix: str | None = None) -> None:
        kind = level = None
        if el.name and re.fullmatch(r"h[1-6]", el.name):
            kind, level = BlockKind.HEADING, int(el.name[1])
        if el.name == "pre":
            text = el.get_text()
            if text.strip():
                self.b.line(text.strip("\n"), hard=True)
            return
        buf: list[str] = []
        for child in el.children:
            if isinstance(child, NavigableString):
                buf.append(str(child))
            elif not isinstance(child, Tag):
                continue
            elif child.name == "br":
                buf.append(_BR)
            elif child.name == "table":
                prefix = None if self.flush(buf, kind, level, prefix) else prefix
                self.table(child)
            elif child.name in ("ul", "ol"):
                prefix = None if self.flush(buf, kind, level, prefix) else prefix
                self.list(child)
            elif child.name == "hr":
                prefix = None if self.flush(buf, kind, level, prefix) else prefix
            elif child.name in BLOCK_TAGS or _has_block(child):
                if self.flush(buf, kind, level, prefix):
                    prefix = None
                self.walk(child, prefix)
                prefix = None
            else:
                buf.append(_inline_text(child))
        self.flush(buf, kind, level, prefix)

    def list(self, el: Tag) -> None:
        ordered = el.name == "ol"
        n = int(el.get("start", 1)) if str(el.get("start", "1")).lstrip("-").isdigit() else 1
        style = str(el.get("type", "1"))
        for li in el.find_all("li", recursive=False):
            self.walk(li, _ol_marker(n, style) if ordered else "-")
            n += 1

    def table(self, el: Tag) -> None:
        rows = [tr for tr in el.find_all("tr") if tr.find_parent("table") is el]
        cells = [tr.find_all(["td", "th"], recursive=False) for tr in rows]
        if _is_layout_table(el, cells):
            for row in cells:
                for cell in row:
                    self.walk(cell)
            return
        self.b.table_start()
        for tr, row in zip(rows, cells, strict=True):
            texts = [" ".join(_inline_or_block_text(c).split()) for c in row]
            self.b.row(texts, header=bool(row) and all(c.name == "th" for c in row) or tr.find_parent("thead") is not None)
        self.b.table_end()


def _inline_or_block_text(cell: Tag) -> str:
    return cell.get_text(" ")


def _is_layout_table(el: Tag, cells: list[list[Tag]]) -> bool:
    if el.find("table") is not None:
        return True
    for row in cells:
        for c in row:
            blocks = [b for b in c.find_all(["p", "div", "li", "h1", "h2", "h3", "h4"]) if b.get_text(strip=True)]
            if len(blocks) >= 4 or len(c.get_text(" ", strip=True)) > 1500:
                return True
    return False


def _ol_marker(n: int, style: str) -> str:
    if style in ("a", "A"):
        letter = chr(ord(style) + (n - 1) % 26)
        return f"{letter})"
    if style in ("i", "I"):
        return f"{_roman(n) if style == 'I' else _roman(n).lower()}."
    return f"{n}."


def _roman(n: int) -> str:
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                 (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out


def _starts_marked(line: str) -> bool:
    from ingest.segment import marker

    return marker(line) is not None


def read_html(data: bytes, *, name: str, sha256: str, options: ReadOptions) -> Document:  # noqa: ARG001
    """Read an HTML page (see the module docstring).

    Raises:
        BinaryContent: the bytes are not text.
        EmptyDocument: no body text is left once the site around it is removed.
    """
    text, meta = decode_text(data, name, declared=declared_charset(data))
    soup = BeautifulSoup(text, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    _clean(soup)
    root = content_root(soup)
    builder = DocumentBuilder()
    _Walker(builder).walk(root)
    doc_text = "".join(builder.parts)
    if not doc_text.strip():
        raise EmptyDocument(name, "the HTML page has no body text once menus, scripts and footers are removed")
    if title:
        meta["title"] = " ".join(title.split())
    meta["content_root"] = root.name or "document"
    return builder.build(InputFormat.HTML, sha256=sha256, name=name, meta=meta)

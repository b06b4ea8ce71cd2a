"""The directive header: type, number, issuer, date, trích yếu and signer (ND 30/2020 layout).

Two forms are read. An official text has the ND 30/2020 header: the issuing body (under its
superior body) beside the quốc hiệu, "Số: 4085/UBND-ĐT", "Hà Nội, ngày 05 tháng 3 năm 2024", the
type name in capitals ("KẾ HOẠCH") with the trích yếu under it (for a công văn "V/v ..." under the
number) and the signature block at the end. A press report describes the directive in running text
("UBND huyện X vừa ban hành Công văn số 1020/UBND-TH ngày ..."); without such a sentence it is a
``news`` item and the authority it reports on is the issuer. Words and names come from
``nlp/patterns/header.yaml`` and ``nlp/patterns/doc_types.yaml``; ``nlp.header_text`` holds the
name-casing and signature helpers.
"""

from __future__ import annotations

import re
from collections import Counter

from nlp.header_text import (
    body_head_re,
    complete_place,
    find_signer,
    is_upper,
    normalize_issuer,
    patterns,
    person_split,
    phrase_re,
    plausible_issuer,
    recase_subject,
    strip_subject_prefix,
)
from nlp.references import (
    NUMBER_RE,
    find_references,
    iso_date,
    type_by_name,
    type_by_number,
    type_name_pattern,
)
from nlp.text import fold, squash, strip_span
from nlp.types import DirectiveInfo, Span

_TOP = 2500  # the header lies within the first characters of the text
_NUMBER_LINE = re.compile(r"(?:^|(?<=[\s|]))Số\s*:\s*", re.MULTILINE)
_PLACE_DATE = re.compile(r",\s*ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})"
                         r"|,\s*ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})", re.IGNORECASE)
_KINH_GUI = re.compile(r"^[\s|]*Kính\s+gửi\b", re.MULTILINE)
_VV = re.compile(r"(?:^|(?<=[\s|]))(?:V/v|V/V|v/v)\b[ \t:]*")
_SEP_LINE = re.compile(r"^[\s|*\-–—_=]*$")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\b")
_FULL_DATE = re.compile(r"\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` spans of the lines of ``text[start:end]`` (without the newline)."""
    out, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        out.append((pos, stop))
        pos = stop + 1
    return out


def _title_re() -> re.Pattern[str]:
    return re.compile(rf"^[ \t|]*({type_name_pattern()})[ \t:]*$", re.IGNORECASE | re.MULTILINE)


def _find_title(text: str, start: int, end: int) -> re.Match[str] | None:
    """The type name standing alone in capitals on its own line(s) ("KẾ HOẠCH", "QUYẾT\\nĐỊNH")."""
    for m in _title_re().finditer(text, start, end):
        if is_upper(m.group(1)):
            return m
    return None


def _issuer_pieces(text: str, end: int) -> list[tuple[int, int]]:
    """Capitalised line pieces of the top block before ``end``, quốc hiệu and tiêu ngữ removed."""
    mask = [False] * end
    for m in phrase_re("motto").finditer(text, 0, end):
        for i in range(m.start(), m.end()):
            mask[i] = True
    pieces = []
    for ls, le in _lines(text, 0, end):
        i = ls
        while i < le:
            if mask[i]:
                i += 1
                continue
            j = i
            while j < le and not mask[j]:
                j += 1
            s, e = strip_span(text, i, j, " \t\r|-–—_=*")
            if s < e and any(c.isalpha() for c in text[s:e]) and is_upper(text[s:e]):
                pieces.append((s, e))
            i = j
    return pieces


def _lowest_body(text: str, pieces: list[tuple[int, int]]) -> tuple[str, Span] | None:
    """The last body of the top block: a piece opening with a head noun starts a new body."""
    if not pieces:
        return None
    joined, starts, pos = [], [], 0
    for s, e in pieces:
        starts.append(pos)
        joined.append(text[s:e])
        pos += e - s + 1
    flat = " ".join(joined)
    heads = {m.start(): m.end() for m in body_head_re(upper=True).finditer(flat)}
    tops = phrase_re("top_bodies")
    first = 0
    for k, st in enumerate(starts):
        if not k or st not in heads or tops.match(flat, st):
            continue
        prev = flat[starts[first]:st].strip()
        if heads.get(starts[first]) == starts[first] + len(prev):
            continue  # the previous body is only a head noun ("VĂN PHÒNG" / "CHÍNH PHỦ")
        first = k
    span = (pieces[first][0], pieces[-1][1])
    return squash(" ".join(joined[first:])), span


def _subject_lines(text: str, start: int, end: int, *, stop_at_date: bool) -> tuple[int, int] | None:
    """The span of the trích yếu lines from ``start``: capitals run on; mixed case to a blank line."""
    stops, openers = phrase_re("subject_stops"), phrase_re("body_openers")
    first = last = None
    upper = None
    blank = False
    for ls, le in _lines(text, start, end):
        s, e = strip_span(text, ls, le)
        if s == e or _SEP_LINE.match(text[s:e]):
            if first is not None and (not upper or text[s:e].strip() == "|"):
                break
            blank = True
            continue
        line = text[s:e]
        if stop_at_date and (_PLACE_DATE.search(line) or line.lower().startswith("kính gửi")):
            break
        if first is not None and (stops.match(line) or (line[:1].isupper() and not upper and openers.match(line))):
            break
        if upper is None:
            upper = is_upper(line)
        elif upper and not is_upper(line):
            break
        elif not upper and blank:
            break
        if first is None:
            first = s
        last = e
        blank = False
        if not upper and (line.endswith((".", ";")) or last - first > 400):
            break
    return (first, last) if first is not None else None


def _set(info: DirectiveInfo, field: str, value: object, span: Span | None) -> None:
    if field == "issuer" and not plausible_issuer(value):  # type: ignore[arg-type]
        return  # a later reading (closing formula, press sentence) may still find it
    setattr(info, field, value)
    if span is not None and value is not None:
        info.spans[field] = span


def _parse_official(text: str, info: DirectiveInfo) -> None:
    top = min(len(text), _TOP)
    num_m = _NUMBER_LINE.search(text, 0, top)
    number_end = 0
    if num_m:
        n = NUMBER_RE.match(text, num_m.end())
        if n is None:
            n = re.compile(r"\d[^\s|,;]*").match(text, num_m.end())
        if n:
            raw = n.group(0).rstrip(".&- ")
            wrap = re.compile(r"[ \t]*-[ \t]*\n[ \t|]*([A-ZĐ][A-Za-zĐ0-9&]*)").match(text, n.start() + len(raw))
            end = wrap.end() if wrap else n.start() + len(raw)
            _set(info, "number", re.sub(r"\s+", "", text[n.start():end]), (n.start(), end))
            number_end = end
    title = _find_title(text, 0, top)
    kinh = _KINH_GUI.search(text, 0, top)
    date_limit = min(title.start() if title else top, kinh.start() if kinh else top)
    date_m = _PLACE_DATE.search(text, 0, date_limit)
    if date_m:
        g = date_m.groups()
        iso = iso_date(g[0], g[1], g[2]) if g[0] else iso_date(g[3], g[4], g[5])
        _set(info, "issued_on", iso, strip_span(text, date_m.start() + 1, date_m.end()))
    # issuer: the lowest body of the top block
    head_end = min(x for x in (num_m.start() if num_m else top, title.start() if title else top,
                               date_m.start() if date_m else top, top))
    low = _lowest_body(text, _issuer_pieces(text, head_end))
    if low:
        _set(info, "issuer", normalize_issuer(low[0]), low[1])
    # type and subject
    vv = _VV.search(text, number_end, min(top, number_end + 400)) if num_m else None
    kind = None
    if title:
        kind = type_by_name(title.group(1))
        info.spans["doc_type"] = (title.start(1), title.end(1))
        sub = _subject_lines(text, title.end(), min(len(text), title.end() + 1200), stop_at_date=False)
    elif vv:
        kind = type_by_name("công văn")
        info.spans["doc_type"] = (vv.start(), vv.start() + 3)
        sub = _subject_lines(text, vv.end(), min(len(text), vv.end() + 600), stop_at_date=True)
    else:
        sub = None
        if info.number:
            kind = type_by_number(info.number)
            if kind:
                info.spans["doc_type"] = info.spans["number"]
    info.doc_type = kind["directive"] if kind else "other"
    if sub:
        s, e = strip_subject_prefix(text, *sub)
        if s < e:
            _set(info, "subject", recase_subject(text[s:e], text), (s, e))
    signer = find_signer(text)
    if signer:
        _set(info, "signer", signer[0], signer[1])
    if info.issuer is None:
        _closing_issuer(text, info)
    if info.issuer is None:
        press = DirectiveInfo()
        _parse_press(text[:_TOP * 2], press, news_fallback=False)
        if press.issuer:
            _set(info, "issuer", press.issuer, press.spans.get("issuer"))
    if info.doc_type == "other" and not title and _KINH_GUI.search(text, 0, top):
        info.doc_type = "cong_van"


def _closing_issuer(text: str, info: DirectiveInfo) -> None:
    """Issuer from a closing formula: "Văn phòng Chính phủ thông báo để ... biết, thực hiện"."""
    tail = max(0, len(text) - 3000)
    best = None
    for m in phrase_re("closing_verbs").finditer(text, tail):
        lo = max(text.rfind(".", 0, m.start()), text.rfind("\n\n", 0, m.start()), tail)
        h = None
        for h in body_head_re(upper=False).finditer(text, lo, m.start()):
            if len(text[h.start():m.start()].split()) <= 9:
                break
        if h and len(text[h.start():m.start()].split()) <= 9 and not re.search(r"[,;:(]", text[h.start():m.start()]):
            best = (h.start(), m.start())
    if best:
        s, e = strip_span(text, *best)
        _set(info, "issuer", normalize_issuer(squash(text[s:e])), (s, e))


def _issue_sentence_re() -> re.Pattern[str]:
    verbs = "|".join(r"\s+".join(map(re.escape, v.split())) for v in
                     sorted(patterns()["issue_verbs"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{verbs})\s+(?:\S+\s+){{0,2}}?[\"“‘']?({type_name_pattern()})(?!\w)",
                      re.IGNORECASE)


def _chrome(text: str) -> list[tuple[int, int]]:
    """Spans of page-chrome lines (licence, editor, phone, address, update time)."""
    chrome = phrase_re("chrome_lines")
    out = []
    for ls, le in _lines(text, 0, len(text)):
        s, e = strip_span(text, ls, le, " \t\r•·*-–|")
        if s < e and (chrome.match(text, s, e) or len(text[s:e]) <= 4):
            out.append((s, e))
    return out


def _press_date(text: str, sent_start: int, type_end: int, sent_end: int) -> tuple[str, Span] | None:
    """The issue date said in the issue sentence, the year taken from the publication date."""
    for lo, hi in ((type_end, sent_end), (sent_start, type_end)):
        m = _FULL_DATE.search(text, lo, hi)
        if m:
            return iso_date(m.group(1), m.group(2), m.group(3)) or "", (m.start(), m.end())
        for d in _NUMERIC_DATE.finditer(text, lo, hi):
            before = fold(text[max(lo, d.start() - 6):d.start()])
            if "ngay" not in before:
                continue
            year = d.group(3)
            if year is None:
                pub = _NUMERIC_DATE.search(text, 0, min(sent_start, 600))
                pub_year = pub.group(3) if pub and pub.group(3) else None
                if pub_year is None:
                    return None
                year = pub_year
            iso = iso_date(d.group(1), d.group(2), year)
            if iso:
                return iso, (d.start(), d.end())
    return None


def _parse_press(text: str, info: DirectiveInfo, *, news_fallback: bool = True) -> None:
    chrome = _chrome(text)

    def in_chrome(pos: int) -> bool:
        return any(s <= pos < e for s, e in chrome)

    chosen = None
    for m in _issue_sentence_re().finditer(text):
        if in_chrome(m.start()):
            continue
        dot = text.rfind(". ", 0, m.start())
        sent_start = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, m.start()) + 1)
        kind = type_by_name(m.group(1))
        inner = re.compile(rf"\s+ban\s+hành\s+[\"“‘']?({type_name_pattern()})(?!\w)", re.IGNORECASE).match(text, m.end(1))
        if kind and kind["code"] == "quyet_dinh" and inner:
            m, kind = inner, type_by_name(inner.group(1))  # "ký quyết định ban hành Kế hoạch ..."
        lead = re.compile(r"\s*(?:số\s*:?\s*)?", re.IGNORECASE).match(text, m.end(1))
        number = NUMBER_RE.match(text, lead.end()) or re.compile(r"(\d{1,5})\b(?![.,]\d)").match(text, lead.end())
        if kind and kind["code"] == "cong_van" and fold(m.group(1)) == "van ban" and not number:
            continue
        heads = list(body_head_re(upper=False).finditer(text, sent_start, m.start()))
        if heads:
            chosen = (m, sent_start, heads, number, kind)
            break
    if chosen is None:
        info.doc_type = "news"
        if news_fallback:
            _news_issuer(text, info, in_chrome)
        return
    m, sent_start, heads, number, kind = chosen
    info.doc_type = kind["directive"] if kind else "other"
    info.spans["doc_type"] = (m.start(1), m.end(1))
    if number:
        g, s = number.group(0), number.start()
        raw = g.rstrip(".,&- ")
        _set(info, "number", re.sub(r"\s+", "", raw), (s, s + len(raw)))
        if kind and fold(m.group(1)) == "van ban":
            by_num = type_by_number(info.number or "")
            info.doc_type = by_num["directive"] if by_num else "cong_van"
    sent_end = len(text)
    for stop in (". ", ".\n", "\n"):
        k = text.find(stop, m.end(1))
        if k >= 0:
            sent_end = min(sent_end, k)
    s, e = strip_span(text, heads[0].start(), m.start())
    body, person, pspan = person_split(text, s, e)
    if body:
        _set(info, "issuer", complete_place(normalize_issuer(body), text), (s, s + len(body)))
    else:
        _news_issuer(text, info, in_chrome)
    if person:
        _set(info, "signer", person, pspan)
    date = _press_date(text, sent_start, m.end(1), sent_end)
    if date and date[0]:
        _set(info, "issued_on", date[0], date[1])
    _press_subject(text, info, (info.spans.get("number") or (0, m.end(1)))[1], sent_end,
                   need_prefix=info.number is not None)


def _press_subject(text: str, info: DirectiveInfo, start: int, end: int, *, need_prefix: bool) -> None:
    seg = text[start:end]
    skip = re.match(r"[\s,]*(?:ngày\s+[\d/.-]+(?:\s+tháng\s+\d+\s+năm\s+\d{4})?)?[\s,]*"
                    r"(?:của\s+[^,]*?(?=\s+(?:về|nhằm|v/v)\b))?\s*(?:chỉ\s+đạo\s+)?", seg, re.IGNORECASE)
    s = start + (skip.end() if skip else 0)
    pre = re.match(r"(?:về\s+việc|v/v|nhằm|về)\s+", text[s:end], re.IGNORECASE)
    if pre:
        s += pre.end()
    elif need_prefix:
        return
    cut = re.search(r"\s+với\s+(?:chủ\s+đề|mục\s+tiêu)|,\s+(?:trong\s+đó|theo\s+đó|với|đồng\s+thời)\b",
                    text[s:end], re.IGNORECASE)
    e = s + cut.start() if cut else end
    s, e = strip_span(text, s, e, " \t\r\n'\"“”‘’.,:")
    if e - s >= 8:
        _set(info, "subject", squash(text[s:e]), (s, e))


def _news_issuer(text: str, info: DirectiveInfo, in_chrome) -> None:  # noqa: ANN001
    """The authority a news item is about: its most frequent named body outside the page chrome."""
    counts: Counter[str] = Counter()
    first: dict[str, Span] = {}
    for h in body_head_re(upper=False, councils_only=True).finditer(text):
        if in_chrome(h.start()):
            continue
        end = min(len(text), h.end() + 60)
        body, _, _ = person_split(text, h.start(), end)
        if not body:
            continue
        name = normalize_issuer(body)
        if name.split()[-1].islower():
            continue
        counts[name] += 1
        first.setdefault(name, (h.start(), h.start() + len(body)))
    if counts:
        name = counts.most_common(1)[0][0]
        _set(info, "issuer", name, first[name])


def _is_official(text: str) -> bool:
    top = text[:_TOP]
    return bool(phrase_re("motto").search(top) or _NUMBER_LINE.search(top)
                or _find_title(text, 0, min(len(text), 600)) or _KINH_GUI.search(text, 0, 600))


def parse_header(text: str) -> DirectiveInfo:
    """Read the directive fields of ``text`` (official ND 30/2020 layout or a press report).

    Args:
        text: the document text; spans in the result index into it.

    Returns:
        ``DirectiveInfo`` with doc_type, number, issuer, signer, issued_on, subject, references
        (the cited documents, own number excluded) and ``spans`` (field → where it was read).
    """
    info = DirectiveInfo()
    if _is_official(text):
        _parse_official(text, info)
    else:
        _parse_press(text, info)
    info.references = find_references(text, own_number=info.number)
    return info

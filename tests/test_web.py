"""The web workbench (`cchc serve`), called in-process through WSGI on a database built
from the bundled corpora: every page answers with what it must show, every list
downloads as XLSX/CSV, and an inspector's review survives re-ingest."""
import io
import re

import pytest
from sqlmodel import Session, select

from extractor.store import models as t
from extractor.web.app import call, create_app

SEED_002 = "002_d55b9dce33f6b12b.txt"  # Nha Trang 2286/BC-UBND: cites 43/2006/NĐ-CP, replaced


@pytest.fixture(scope="module")
def app(corpus_db):
    from extractor.store.db import open_engine
    return create_app(open_engine(str(corpus_db)))


def get(app, path, **kw):
    status, headers, body = call(app, path, **kw)
    return status, headers, body.decode("utf-8") if headers.get("Content-Type", "").startswith(
        "text/html") else body


def doc_id(engine, suffix):
    with Session(engine) as s:
        return s.exec(select(t.Document.id).where(t.Document.path.endswith(suffix))).one()


def unit_id(engine, name):
    with Session(engine) as s:
        return s.exec(select(t.Unit.id).where(t.Unit.name == name)).one()


def test_overview_shows_what_the_archive_holds_and_findings_by_severity_and_rule(app):
    status, _, html = get(app, "/")
    assert status == 200
    assert "<h1>Tổng quan</h1>" in html
    with Session(app.engine) as s:
        n = len(s.exec(select(t.Document.id).where(t.Document.status == "ok")).all())
    assert n > 40 and f'<dt>Văn bản</dt><dd><a href="/search">{n}</a>' in html
    assert 'href="/audit?severity=error">Lỗi: ' in html
    assert "Trích dẫn văn bản đã hết hiệu lực" in html  # rule superseded-reference, by name
    assert "superseded-reference</a>" not in html  # never the code as the label
    assert "2286/BC-UBND" in html or "Văn bản mới nhất" in html


def test_english_toggle_and_language_kept_in_a_cookie(app):
    status, headers, html = get(app, "/?lang=en")
    assert status == 200 and "<h1>Overview</h1>" in html and 'lang="en"' in html
    assert headers["Set-Cookie"].startswith("lang=en")
    _, _, html = get(app, "/audit", cookies={"lang": "en"})
    assert "<h1>Audit</h1>" in html
    _, _, html = get(app, "/")
    assert "<h1>Tổng quan</h1>" in html  # Vietnamese first


def test_search_finds_a_phrase_with_facets_unit_type_year_genre(app):
    status, _, html = get(app, "/search?q=một+cửa+liên+thông")
    assert status == 200
    n = int(re.search(r"<strong>(\d+)</strong> kết quả", html).group(1))
    assert n >= 5
    for facet in ("<h2>Đơn vị</h2>", "<h2>Loại</h2>", "<h2>Năm</h2>", "<h2>Thể loại</h2>"):
        assert facet in html
    assert "Tin bài" in get(app, "/search")[2]  # the genre facet names news articles
    _, _, html = get(app, "/search?q=một+cửa+liên+thông&type=Báo+cáo")
    assert int(re.search(r"<strong>(\d+)</strong> kết quả", html).group(1)) < n


@pytest.mark.xfail(strict=True, reason="page_fts keeps tone marks on this branch; the "
                   "accent-insensitive full-text store comes with the cli branch (issue 14 "
                   "item 3) — then this passes and the marker must go")
def test_search_ignores_tone_marks(app):
    _, _, marked = get(app, "/search?q=một+cửa+liên+thông")
    _, _, bare = get(app, "/search?q=mot+cua+lien+thong")
    ids = lambda html: set(re.findall(r'href="/doc/(\d+)"', html))  # noqa: E731
    assert ids(marked) and ids(bare) == ids(marked)


def test_document_page_highlights_every_fact_and_puts_each_finding_beside_its_evidence(app):
    engine = app.engine
    did = doc_id(engine, SEED_002)
    status, _, html = get(app, f"/doc/{did}")
    assert status == 200
    assert "<h1>Báo cáo 2286/BC-UBND</h1>" in html
    # references, metadata, figures, findings: each a highlight saying what it is
    for kind in ("k-reference", "k-metadata", "k-score", "k-dossier", "k-finding"):
        assert f'<mark class="fact {kind}' in html, kind
    assert re.search(r'<mark class="fact k-reference[^"]*" data-facts="[^"]+" '
                     r'title="Trích dẫn: Quyết định 154/QĐ-UBND \(ngày 26/01/2018\)', html)
    # the finding: message, suggestion, and a link to its highlighted evidence
    assert "43/2006/NĐ-CP đã được thay thế bởi 16/2015/NĐ-CP" in html
    assert "Đề xuất:</span> 16/2015/NĐ-CP ngày 14/02/2015" in html
    link = re.search(r'class="ev-link" href="#at-(f[0-9a-f]{12})"', html).group(1)
    assert f'<span class="anchor" id="at-{link}"></span><mark class="fact k-finding' in html
    assert f'id="detail-{link}"' in html  # what the panel shows on click
    # the original file
    status, headers, body = call(app, f"/doc/{did}/file")
    assert status == 200 and "attachment" in headers["Content-Disposition"]
    import hashlib
    with Session(engine) as s:
        assert hashlib.sha256(body).hexdigest() == s.get(t.Document, did).sha256


def test_unit_page_has_documents_cited_documents_charts_and_findings(app):
    engine = app.engine
    uid = unit_id(engine, "thành phố Nha Trang")
    status, _, html = get(app, f"/unit/{uid}")
    assert status == 200
    assert "<h1>thành phố Nha Trang</h1>" in html
    assert "2286/BC-UBND" in html
    assert re.search(r'href="/cited/\d+">154/QĐ-UBND</a>', html)
    # PAR INDEX / SIPAS and dossier on-time rate drawn as SVG charts with their values
    assert html.count('<svg class="chart line"') == 2
    assert "Chỉ số CCHC (PAR INDEX) 2018: 81,44" in html
    assert re.search(r"Tỷ lệ hồ sơ giải quyết đúng hạn qua các năm 2018: 9\d,\d+%", html)
    assert "43/2006/NĐ-CP đã được thay thế" in html


def test_old_and_new_unit_names_lead_to_the_same_unit_page(app):
    uid = unit_id(app.engine, "phường Trần Phú")
    for name in ("phường Trần Phú", "PHƯỜNG TRẦN PHÚ", "phường Lê Thanh Nghị"):
        status, headers, _ = call(app, "/unit?name=" + name.replace(" ", "+"))
        assert (status, headers.get("Location")) == (303, f"/unit/{uid}"), name
    _, _, html = get(app, f"/unit/{uid}")
    assert "phường Lê Thanh Nghị, thành phố Hải Phòng" in html  # the new name shown
    status, _, html = get(app, "/unit?name=khong+co+don+vi+nay")
    assert status == 200 and "Không tìm thấy đơn vị" in html


def test_cited_document_page_says_who_cites_it_how_and_its_catalog_status(app):
    status, headers, _ = call(app, "/cited?number=43/2006/NĐ-CP")
    assert status == 303
    status, _, html = get(app, headers["Location"])
    assert status == 200
    assert "Nghị định 43/2006/NĐ-CP" in html
    assert "Được thay thế bởi" in html and "16/2015/NĐ-CP" in html
    assert "2286/BC-UBND" in html  # who cites it
    assert "Cách viết, ngày nêu" in html


def test_audit_filters_by_rule_severity_unit_and_year(app):
    _, _, html = get(app, "/audit")
    total = int(re.search(r"<strong>(\d+)</strong> phát hiện", html).group(1))
    _, _, errors = get(app, "/audit?severity=error")
    n_err = int(re.search(r"<strong>(\d+)</strong> phát hiện", errors).group(1))
    assert 0 < n_err < total
    assert 'class="badge sev-warning"' not in errors
    _, _, rule = get(app, "/audit?rule=superseded-reference")
    assert "<strong>Trích dẫn văn bản đã hết hiệu lực</strong>" in rule
    assert "<strong>Tổng không khớp</strong>" not in rule
    _, _, unit = get(app, "/audit?unit=tran+phu")
    assert "phường Trần Phú" in unit
    _, _, year = get(app, "/audit?year=1990")
    assert "<strong>0</strong> phát hiện" in year
    for label in ('for="f-rule"', 'for="f-sev"', 'for="f-unit"', 'for="f-year"'):
        assert label in html  # every control has a label


def _review_form_of(html, text):
    """The hidden fields of the review form of the finding whose message holds `text`."""
    rest = html[html.index(text):]
    return {"fingerprint": re.search(r'name="fingerprint" value="([0-9a-f]{40})"', rest).group(1),
            "finding": re.search(r'name="finding" value="(\d+)"', rest).group(1)}


def test_a_dismissed_finding_keeps_its_review_across_reingest_and_shows_in_exports(
        corpus_db_copy):
    from extractor.ingest import ingest
    from extractor.store.archive import recompute
    from extractor.store.write import delete_document
    engine = corpus_db_copy
    app = create_app(engine)
    did = doc_id(engine, SEED_002)
    _, _, html = get(app, f"/doc/{did}")
    ids = _review_form_of(html, "43/2006/NĐ-CP đã được thay thế")
    status, headers, _ = call(app, "/review", method="POST",
                              form={**ids, "status": "dismissed",
                                    "note": "Đã sửa trong bản chính thức", "next": f"/doc/{did}"})
    assert (status, headers["Location"]) == (303, f"/doc/{did}")
    # the document is ingested again: new document row, new finding rows
    with Session(engine) as s:
        path = s.get(t.Document, did).path
        delete_document(s, did)
        s.commit()
    assert ingest(engine, [path]).new == 1
    recompute(engine)
    new_id = doc_id(engine, SEED_002)
    assert new_id != did
    _, _, html = get(app, f"/doc/{new_id}")
    assert "Đã bác bỏ" in html and "Đã sửa trong bản chính thức" in html
    _, _, html = get(app, "/audit?status=dismissed")
    assert "<strong>1</strong> phát hiện" in html
    status, _, body = call(app, "/audit?status=dismissed&format=xlsx")
    from openpyxl import load_workbook
    ws = load_workbook(io.BytesIO(body)).active
    header = [c.value for c in ws[1]]
    row = dict(zip(header, [c.value for c in ws[2]]))
    assert row["Xem xét"] == "Đã bác bỏ" and row["Ghi chú xem xét"] == "Đã sửa trong bản chính thức"
    # reopened: the verdict is gone
    _, _, html = get(app, "/audit?status=open")
    n_open = int(re.search(r"<strong>(\d+)</strong> phát hiện", html).group(1))
    _, _, html = get(app, "/audit")
    assert n_open == int(re.search(r"<strong>(\d+)</strong> phát hiện", html).group(1)) - 1
    call(app, "/review", method="POST", form={**ids, "status": ""})
    _, _, html = get(app, "/audit?status=dismissed")
    assert "<strong>0</strong> phát hiện" in html


def test_xlsx_export_has_named_sheets_vietnamese_text_and_numbers_as_numbers(app):
    from openpyxl import load_workbook
    uid = unit_id(app.engine, "thành phố Nha Trang")
    status, headers, body = call(app, f"/unit/{uid}?format=xlsx")
    assert status == 200 and headers["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml")
    wb = load_workbook(io.BytesIO(body))
    assert wb.sheetnames == ["Văn bản", "Văn bản đơn vị trích dẫn", "Điểm chỉ số",
                             "Hồ sơ thủ tục hành chính", "Phát hiện"]
    docs = wb["Văn bản"]
    assert [c.value for c in docs[1]][:3] == ["Loại", "Số hiệu", "Ngày"]
    assert any(r[1] == "2286/BC-UBND" for r in docs.iter_rows(min_row=2, values_only=True))
    dossiers = wb["Hồ sơ thủ tục hành chính"]
    head = [c.value for c in dossiers[1]]
    received = [r[head.index("Tiếp nhận")] for r in dossiers.iter_rows(min_row=2, values_only=True)]
    assert 58053 in received and all(isinstance(v, (int, float)) for v in received if v != "")
    scores = wb["Điểm chỉ số"]
    head = [c.value for c in scores[1]]
    assert any(r[head.index("Chỉ số")] == "Chỉ số CCHC (PAR INDEX)" and r[head.index("Giá trị")] == 81.44
               for r in scores.iter_rows(min_row=2, values_only=True))


def test_every_list_downloads_as_csv_with_bom(app):
    uid = unit_id(app.engine, "thành phố Nha Trang")
    did = doc_id(app.engine, SEED_002)
    for path in ("/?format=csv", "/search?q=cải+cách&format=csv", f"/unit/{uid}?format=csv",
                 f"/doc/{did}?format=csv", "/audit?format=csv", "/units?format=csv",
                 "/cited/1?format=csv"):
        status, headers, body = call(app, path)
        assert status == 200, path
        assert headers["Content-Type"].startswith("text/csv")
        assert body.startswith("\ufeff".encode("utf-8")), path
    body = call(app, "/audit?severity=error&format=csv")[2].decode("utf-8-sig")
    assert body.splitlines()[0].startswith("Mức độ,Quy tắc,Nội dung")
    assert "Lỗi," in body and "error," not in body


def test_unknown_pages_and_documents_answer_404(app):
    assert call(app, "/doc/999999")[0] == 404
    assert call(app, "/nowhere")[0] == 404
    assert call(app, "/static/../app.py")[0] == 404


def test_review_refuses_a_missing_finding_identity(app):
    status, _, _ = call(app, "/review", method="POST", form={"status": "dismissed"})
    assert status == 400


def test_review_refuses_a_form_posted_from_another_site(app):
    status, _, _ = call(app, "/review", method="POST", form={"status": "dismissed"},
                        headers={"Origin": "http://evil.example"})
    assert status == 403

"""Words shown to people: Vietnamese first, English with lang="en". Codes (rule names,
indicator codes, field names) never reach a page or a file without passing through here."""
from __future__ import annotations

from typing import Optional

from extractor.labels import INDICATORS as _INDICATORS

# (vi, en)
RULES = {
    "number-year-vs-date": ("Năm trong số hiệu khác năm ban hành", "Year in number differs from date"),
    "normative-number-missing-year": ("Số văn bản QPPL thiếu năm", "Normative number lacks its year"),
    "type-symbol-mismatch": ("Loại văn bản không khớp ký hiệu", "Type does not match symbol"),
    "malformed-number": ("Số hiệu sai thể thức", "Malformed number"),
    "invalid-date": ("Ngày không hợp lệ", "Invalid date"),
    "reference-without-number": ("Trích dẫn thiếu số hiệu", "Reference without a number"),
    "reference-after-document": ("Trích dẫn văn bản ban hành sau", "Cites a later document"),
    "catalog-mismatch": ("Không khớp danh mục văn bản", "Does not match the catalog"),
    "superseded-reference": ("Trích dẫn văn bản đã hết hiệu lực", "Cites a superseded document"),
    "conflicting-citations": ("Trích dẫn mâu thuẫn nhau", "Conflicting citations"),
    "numbering-out-of-order": ("Số thứ tự văn bản không hợp lý", "Numbering out of order"),
    "sum-mismatch": ("Tổng không khớp", "Sum mismatch"),
    "rate-mismatch": ("Tỷ lệ không khớp", "Rate mismatch"),
    "score-exceeds-max": ("Điểm vượt điểm tối đa", "Score above its maximum"),
    "rank-exceeds-total": ("Thứ hạng vượt tổng số", "Rank above the total"),
}

SEVERITIES = {"error": ("Lỗi", "Error"), "warning": ("Cảnh báo", "Warning"),
              "info": ("Lưu ý", "Note")}

REVIEW = {"confirmed": ("Đã xác nhận", "Confirmed"), "dismissed": ("Đã bác bỏ", "Dismissed"),
          "": ("Chưa xem xét", "Not reviewed")}

INDICATORS = _INDICATORS  # one table of index names for the CLI, the web and the reports

GENRES = {"official": ("Văn bản hành chính", "Official document"),
          "news": ("Tin bài", "News article"),
          "other": ("Khác", "Other")}

DOSSIER = {
    "received": ("Tiếp nhận", "Received"), "carried_over": ("Kỳ trước chuyển sang", "Carried over"),
    "online": ("Trực tuyến", "Online"), "in_person": ("Trực tiếp / bưu chính", "In person / post"),
    "to_resolve": ("Phải giải quyết", "To resolve"), "resolved": ("Đã giải quyết", "Resolved"),
    "resolved_early": ("Trước hạn", "Early"), "resolved_on_time": ("Đúng hạn", "On time"),
    "resolved_late": ("Quá hạn", "Late"), "pending": ("Đang giải quyết", "Pending"),
    "pending_on_time": ("Chưa đến hạn", "Pending, in time"),
    "pending_overdue": ("Đang quá hạn", "Pending, overdue"), "returned": ("Trả lại", "Returned"),
    "resolved_rate": ("Tỷ lệ giải quyết (%)", "Resolved rate (%)"),
    "on_time_rate": ("Tỷ lệ đúng hạn (%)", "On-time rate (%)"),
    "late_rate": ("Tỷ lệ quá hạn (%)", "Late rate (%)"),
    "online_rate": ("Tỷ lệ trực tuyến (%)", "Online rate (%)"),
}

UNIT_LEVELS = {"tỉnh": ("tỉnh", "province"), "huyện": ("cấp huyện", "district"),
               "xã": ("cấp xã", "commune"), "sở": ("sở, ngành", "department"),
               "phòng": ("phòng", "office"), "ban": ("ban", "board"),
               "hđnd": ("HĐND", "council")}

# The user interface's words.
UI = {
    "app": ("Kho báo cáo cải cách hành chính", "Administrative-reform report archive"),
    "overview": ("Tổng quan", "Overview"), "search": ("Tìm kiếm", "Search"),
    "audit": ("Kiểm tra", "Audit"), "units": ("Đơn vị", "Units"),
    "documents": ("Văn bản", "Documents"), "document": ("Văn bản", "Document"),
    "pages": ("Trang", "Pages"), "page": ("Trang", "Page"),
    "cited_documents": ("Văn bản được trích dẫn", "Cited documents"),
    "citations": ("Lượt trích dẫn", "Citations"), "findings": ("Phát hiện", "Findings"),
    "failed": ("Tệp không đọc được", "Unreadable files"),
    "scores": ("Điểm chỉ số", "Index scores"), "dossiers": ("Hồ sơ thủ tục hành chính",
                                                         "Administrative dossiers"),
    "tasks": ("Nhiệm vụ", "Tasks"), "laws": ("Luật được nêu", "Laws mentioned"),
    "by_severity": ("Phát hiện theo mức độ", "Findings by severity"),
    "by_rule": ("Phát hiện theo quy tắc", "Findings by rule"),
    "recent": ("Văn bản mới nhất", "Most recent documents"),
    "by_type": ("Văn bản theo loại", "Documents by type"),
    "rule": ("Quy tắc", "Rule"), "severity": ("Mức độ", "Severity"),
    "count": ("Số lượng", "Count"), "type": ("Loại", "Type"), "number": ("Số hiệu", "Number"),
    "date": ("Ngày", "Date"), "year": ("Năm", "Year"), "unit": ("Đơn vị", "Unit"),
    "genre": ("Thể loại", "Genre"), "title": ("Trích yếu", "Title"), "path": ("Tệp", "File"),
    "query": ("Từ khóa (không cần dấu)", "Words (tone marks optional)"),
    "any": ("Tất cả", "All"), "apply": ("Lọc", "Filter"), "go": ("Tìm", "Search"),
    "results": ("kết quả", "results"), "no_results": ("Không có kết quả", "No results"),
    "download": ("Tải về", "Download"), "message": ("Nội dung", "Message"),
    "suggestion": ("Đề xuất", "Suggestion"), "evidence": ("Bằng chứng", "Evidence"),
    "review": ("Xem xét", "Review"), "note": ("Ghi chú", "Note"), "save": ("Lưu", "Save"),
    "status": ("Trạng thái", "Status"), "confirm": ("Xác nhận", "Confirm"),
    "dismiss": ("Bác bỏ", "Dismiss"), "reopen": ("Mở lại", "Reopen"),
    "original": ("Tải tệp gốc", "Download the original file"),
    "facts": ("Thông tin trích xuất", "Extracted facts"),
    "text": ("Nội dung văn bản", "Document text"),
    "legend": ("Chú giải", "Legend"),
    "issuer": ("Cơ quan ban hành", "Issuer"), "signer": ("Người ký", "Signer"),
    "place": ("Địa danh", "Place"), "period": ("Kỳ báo cáo", "Period"),
    "mentions": ("Số lần nêu", "Mentions"), "citing_docs": ("Số văn bản trích dẫn",
                                                           "Citing documents"),
    "first_citing": ("Lần đầu", "First"), "last_citing": ("Lần cuối", "Last"),
    "cited_by": ("Được trích dẫn bởi", "Cited by"), "cited_as": ("Cách viết, ngày nêu",
                                                                "Written as, date given"),
    "catalog": ("Danh mục", "Catalog"), "catalog_status": ("Tình trạng", "Status"),
    "replaced_by": ("Được thay thế bởi", "Replaced by"),
    "not_in_catalog": ("Không có trong danh mục của công cụ", "Not in the tool's catalog"),
    "in_archive": ("Có trong kho", "Held in the archive"),
    "docs_over_time": ("Văn bản theo năm", "Documents per year"),
    "par_chart": ("Chỉ số CCHC (PAR INDEX) và SIPAS qua các năm",
                  "PAR INDEX and SIPAS over the years"),
    "ontime_chart": ("Tỷ lệ hồ sơ giải quyết đúng hạn qua các năm",
                     "Dossiers resolved on time over the years"),
    "no_data": ("Chưa có số liệu", "No figures yet"),
    "old_name": ("Tên trước 01/7/2025", "Name before 1 July 2025"),
    "new_name": ("Tên sau sắp xếp 2025", "Name after the 2025 reorganisation"),
    "level": ("Cấp", "Level"), "province": ("Tỉnh", "Province"),
    "district": ("Huyện", "District"), "value": ("Giá trị", "Value"), "max": ("Tối đa", "Max"),
    "rank": ("Xếp hạng", "Rank"), "indicator": ("Chỉ số", "Indicator"),
    "criterion": ("Tiêu chí", "Criterion"), "scope": ("Phạm vi", "Scope"),
    "done": ("Hoàn thành", "Done"), "total": ("Tổng số", "Total"),
    "reference": ("Trích dẫn", "Reference"), "law": ("Luật", "Law"), "score": ("Điểm", "Score"),
    "dossier": ("Hồ sơ TTHC", "Dossiers"), "task": ("Nhiệm vụ", "Tasks"),
    "ratio": ("Tỷ lệ", "Ratio"), "metadata": ("Thông tin văn bản", "Document data"),
    "finding": ("Phát hiện", "Finding"), "relation": ("Quan hệ", "Relation"),
    "matching_units": ("Đơn vị khớp", "Matching units"),
    "no_unit": ("Không tìm thấy đơn vị", "No such unit"),
    "no_document": ("Không tìm thấy văn bản", "No such document"),
    "file_missing": ("Tệp gốc không còn ở vị trí đã nạp", "The original file is no longer where it was ingested"),
    "lang_switch": ("English", "Tiếng Việt"),
    "skip": ("Bỏ qua, đến nội dung chính", "Skip to content"),
    "reviewed": ("Đã xem xét", "Reviewed"),
    "archive_holds": ("Kho đang lưu", "The archive holds"),
    "unit_lookup": ("Tên đơn vị (tên cũ hoặc mới, không cần dấu)",
                    "Unit name (old or new, tone marks optional)"),
    "cited_lookup": ("Số hiệu văn bản được trích dẫn", "Number of a cited document"),
    "open": ("Xem", "Open"), "all_units": ("Tất cả đơn vị", "All units"),
    "more": ("Xem thêm", "More"),
    "showing": ("Hiển thị", "Showing"), "of": ("trên", "of"),
    "facts_on_page": ("Bấm vào phần tô sáng để xem thông tin", "Click a highlight to see what it is"),
    "documents_in_unit": ("Văn bản của đơn vị", "The unit's documents"),
    "cites": ("Văn bản đơn vị trích dẫn", "Documents the unit cites"),
    "ocr": ("nhận dạng ký tự (OCR)", "OCR"),
    "unit_help": ("Gõ tên cũ hoặc tên mới", "Type an old or a new name"),
    "all": ("Tất cả", "All"),
}


def label(table: dict, key: Optional[str], lang: str = "vi") -> str:
    if key is None:
        return ""
    pair = table.get(key)
    if pair is None:
        return str(key)
    return pair[1] if lang == "en" else pair[0]

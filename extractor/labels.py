"""Words shown to people for the tool's internal codes and for the columns of every list
(command-line tables, CSV and XLSX exports). Vietnamese first, English second; the
JSON output keeps the internal field names and codes for scripts."""
from __future__ import annotations

from typing import Optional

from extractor.export import Column

INDICATORS = {  # model.Score.indicator
    "PAR_INDEX": ("Chỉ số CCHC (PAR INDEX)", "PAR INDEX"),
    "PAR_INDEX_CRITERION": ("Tiêu chí Chỉ số CCHC", "PAR INDEX criterion"),
    "SIPAS": ("Chỉ số hài lòng (SIPAS)", "Satisfaction index (SIPAS)"),
    "OTHER_INDEX": ("Chỉ số khác (PCI, PAPI…)", "Other index (PCI, PAPI…)"),
}

SEVERITIES = {"error": ("LỖI", "ERROR"), "warning": ("CẢNH BÁO", "WARNING"),
              "info": ("THÔNG TIN", "INFO")}

FACT_KINDS = {"references": ("trích dẫn", "reference"), "laws": ("luật", "law"),
              "scores": ("điểm số", "score"), "dossier_stats": ("hồ sơ TTHC", "dossiers"),
              "tasks": ("nhiệm vụ", "tasks"), "findings": ("phát hiện", "finding")}


def indicator(code: Optional[str], lang: str = "vi") -> str:
    if not code:
        return ""
    vi, en = INDICATORS.get(code, (code.replace("_", " "), code.replace("_", " ")))
    return en if lang == "en" else vi


def severity(code: Optional[str], lang: str = "vi") -> str:
    vi, en = SEVERITIES.get(code or "", (code or "", code or ""))
    return en if lang == "en" else vi


def C(key: str, vi: str, en: str) -> Column:
    return Column(key, vi, en)


# The columns of each list, in order; the CLI's terminal tables show a subset.
CITES = [C("number", "Số hiệu", "Number"), C("doc_type", "Loại", "Type"),
         C("date", "Ngày", "Date"), C("issuer", "Cơ quan ban hành", "Issuer"),
         C("mentions", "Lượt", "Mentions"), C("documents", "Số VB", "Citing docs"),
         C("first_citing", "Dẫn lần đầu", "First cited"),
         C("last_citing", "Dẫn lần cuối", "Last cited")]
CITED_BY = [C("unit", "Đơn vị", "Unit"), C("doc_type", "Loại", "Type"),
            C("number", "Số hiệu", "Number"), C("date", "Ngày", "Date"),
            C("mentions", "Lượt dẫn", "Mentions"), C("cited_as", "Được ghi là", "Cited as"),
            C("path", "Tệp", "File")]
DOCS = [C("id", "Mã", "Id"), C("doc_type", "Loại", "Type"), C("number", "Số hiệu", "Number"),
        C("date", "Ngày", "Date"), C("period", "Kỳ", "Period"), C("unit", "Đơn vị", "Unit"),
        C("pages", "Trang", "Pages"), C("path", "Tệp", "File")]
SCORES = [C("year", "Năm", "Year"), C("unit", "Đơn vị", "Unit"),
          C("indicator_label", "Chỉ số", "Index"), C("criterion", "Tiêu chí", "Criterion"),
          C("value", "Điểm", "Value"), C("max", "Tối đa", "Max"),
          C("value_unit", "Đơn vị tính", "Unit of value"), C("rank", "Hạng", "Rank"),
          C("rank_total", "Trên tổng", "Of"), C("rating", "Xếp loại", "Rating"),
          C("document_number", "Văn bản", "Document"),
          C("document_date", "Ngày VB", "Document date"), C("document", "Tệp", "File")]
DOSSIERS = [C("year", "Năm", "Year"), C("unit", "Đơn vị", "Unit"),
            C("scope", "Phạm vi", "Scope"), C("period", "Kỳ", "Period"),
            C("received", "Tiếp nhận", "Received"), C("resolved", "Đã giải quyết", "Resolved"),
            C("resolved_on_time", "Đúng hạn", "On time"),
            C("resolved_late", "Trễ hạn", "Late"), C("pending", "Đang giải quyết", "Pending"),
            C("on_time_rate", "Tỷ lệ đúng hạn (%)", "On-time rate (%)"),
            C("document_number", "Văn bản", "Document"),
            C("document_date", "Ngày VB", "Document date"), C("document", "Tệp", "File")]
FAILURES = [C("path", "Tệp", "File"), C("error", "Lý do", "Reason")]
FINDINGS = [C("path", "Tệp", "File"), C("document_number", "Số hiệu VB", "Document number"),
            C("document_date", "Ngày VB", "Document date"),
            C("severity_label", "Mức", "Severity"), C("rule", "Quy tắc", "Rule"),
            C("number", "Số hiệu được dẫn", "Cited number"), C("date", "Ngày", "Date"),
            C("message", "Nội dung", "Message (vi)"), C("message_en", "Message", "Message"),
            C("suggestion", "Đề xuất", "Suggestion"),
            C("evidence_text", "Bằng chứng", "Evidence")]
QUEUE = [C("queued", "Chờ", "Queued"), C("running", "Đang chạy", "Running"),
         C("done", "Xong", "Done"), C("failed", "Lỗi", "Failed")]
STATS = [C("group", "Nhóm", "Group"), C("item", "Mục", "Item"), C("count", "Số", "Count")]
STAT_ITEMS = {
    "documents": ("Văn bản", "Documents"), "files": ("Tệp", "Files"), "failed": ("Tệp lỗi", "Failed files"),
    "pages": ("Trang", "Pages"), "units": ("Đơn vị", "Units"),
    "cited_documents": ("Văn bản được dẫn", "Cited documents"),
    "citations": ("Lượt trích dẫn", "Citations"), "laws": ("Lượt dẫn luật", "Law mentions"),
    "scores": ("Điểm số", "Scores"), "dossier_stats": ("Thống kê hồ sơ", "Dossier figures"),
    "tasks": ("Nhiệm vụ", "Task figures"), "ratios": ("Tỷ lệ nêu trong văn bản", "Stated ratios"),
    "findings": ("Phát hiện", "Findings"),
}
FACTS = [C("path", "Tệp", "File"), C("kind", "Loại dữ kiện", "Kind"),
         C("page", "Trang", "Page"), C("start", "Từ ký tự", "Start"),
         C("end", "Đến ký tự", "End"), C("summary", "Dữ kiện", "Fact"),
         C("text", "Nguyên văn", "Text as written")]

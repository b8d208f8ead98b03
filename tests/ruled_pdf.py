"""Test helper: write a one-page PDF holding a ruled table, drawn with pdfium's raw API
(pypdfium2 ships with pdfplumber) and DejaVu Sans embedded, so that Vietnamese header
cells are real text. Cells are (text, colspan, rowspan) as in extractor.model.RawTable."""
import ctypes, sys
import pypdfium2 as pdfium
import pypdfium2.raw as R

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def make(path, title, header_rows, body_rows, widths, font_path=FONT):
    doc = pdfium.PdfDocument.new()
    page = doc.new_page(595, 842)
    data = open(font_path, "rb").read()
    buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
    font = R.FPDFText_LoadFont(doc.raw, buf, len(data), R.FPDF_FONT_TRUETYPE, 1)
    def text(x, y, s, size=9):
        obj = R.FPDFPageObj_CreateTextObj(doc.raw, font, size)
        ws = (s + "\0").encode("utf-16-le")
        R.FPDFText_SetText(obj, ctypes.cast(ctypes.c_char_p(ws), ctypes.POINTER(R.FPDF_WCHAR)))
        R.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
        R.FPDFPage_InsertObject(page.raw, obj)
    def line(x0, y0, x1, y1):
        p = R.FPDFPageObj_CreateNewPath(x0, y0)
        R.FPDFPath_LineTo(p, x1, y1)
        R.FPDFPageObj_SetStrokeColor(p, 0, 0, 0, 255)
        R.FPDFPageObj_SetStrokeWidth(p, 0.8)
        R.FPDFPath_SetDrawMode(p, 0, 1)
        R.FPDFPage_InsertObject(page.raw, p)
    text(40, 800, title, 11)
    x0, top, rh = 40, 770, 22
    xs = [x0]
    for w in widths: xs.append(xs[-1] + w)
    # header_rows: list of rows of (text, colspan, rowspan); body_rows: list of lists of text
    grid_rows = len(header_rows) + len(body_rows)
    occupied = set()
    allrows = header_rows + [[(t, 1, 1) for t in r] for r in body_rows]
    for i, row in enumerate(allrows):
        j = 0
        for (t, cs, rs) in row:
            while (i, j) in occupied: j += 1
            for di in range(rs):
                for dj in range(cs): occupied.add((i + di, j + dj))
            cx0, cx1 = xs[j], xs[j + cs]
            cy1, cy0 = top - i * rh, top - (i + rs) * rh
            line(cx0, cy1, cx1, cy1); line(cx0, cy0, cx1, cy0); line(cx0, cy0, cx0, cy1); line(cx1, cy0, cx1, cy1)
            if t: text(cx0 + 3, cy0 + 7, t)
            j += cs
    text(40, top - grid_rows * rh - 30, "Các đơn vị tiếp tục nâng cao chất lượng phục vụ.", 11)
    R.FPDFPage_GenerateContent(page.raw)
    doc.save(path)


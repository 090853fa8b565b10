#!/usr/bin/python3
"""openpyxl as another writer for test/fixtures/writers (run with Debian's /usr/bin/python3, package python3-openpyxl).

    /usr/bin/python3 scripts/make-writer-corpus-openpyxl.py IN.xlsx OUT.xlsx [IN2 OUT2 ...] [--foreign OUT.xlsx]

Each IN is loaded and saved again as OUT: openpyxl keeps formulas as text and writes NO cached value for them
(it never computes), as agency tools built on it do. --foreign writes the three-sheet workbook described in
scripts/make-writer-corpus.ts (foreignContent): German, French and Vietnamese text, dates, a merged title,
rich text, booleans and formulas (without cached values).
"""
import datetime
import sys

import openpyxl
try:  # rich text cells exist from openpyxl 3.1 on; Debian's 3.0 writes the title as plain text
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
except ImportError:
    CellRichText = None


def resave(src, dst):
    wb = openpyxl.load_workbook(src)  # formulas as text, not data_only
    wb.save(dst)


def foreign(dst):
    wb = openpyxl.Workbook()
    a = wb.active
    a.title = "Übersicht"
    title = "Aktenverzeichnis – Stadtarchiv Köln"
    a["A1"] = CellRichText([TextBlock(InlineFont(b=True), "Aktenverzeichnis"), " – Stadtarchiv Köln"]) if CellRichText else title
    a.merge_cells("A1:D1")
    a.append([])
    a.append(["Nr.", "Bestand", "Datum", "Anzahl", "Geprüft"])
    rows = [
        (1, "Ratsprotokolle 1950–1960", datetime.datetime(2026, 1, 15), 1234.5, True),
        (2, "Bauakten Altstadt", datetime.datetime(2026, 2, 28), 250, False),
        (3, "Fotosammlung Müller", datetime.datetime(2026, 3, 31), 12, True),
    ]
    for r in rows:
        a.append(list(r))
    for i in range(4, 7):
        a.cell(row=i, column=3).number_format = "dd.mm.yyyy"
    a["B7"] = "Summe"
    a["D7"] = "=SUM(D4:D6)"
    b = wb.create_sheet("Journal")
    b["A1"] = "Remarque : Noël à Loïc — où est la clé ?"
    b["A2"] = "Dipl. Päd. Jürgen Müller"
    b["B2"] = datetime.datetime(2026, 4, 10)
    b["B2"].number_format = "dd/mm/yyyy"
    b["A3"] = 42
    b["A4"] = "='Übersicht'!D7*2"
    v = wb.create_sheet("Danh mục")
    v["A1"] = "Số hóa tài liệu lưu trữ"
    v["A2"] = "Đơn vị tính"
    v["B2"] = "trang"
    v["A3"] = "Khối lượng"
    v["B3"] = 150000
    wb.save(dst)


def main(argv):
    args = list(argv)
    if "--foreign" in args:
        i = args.index("--foreign")
        foreign(args[i + 1])
        del args[i : i + 2]
    if len(args) % 2:
        sys.exit("usage: make-writer-corpus-openpyxl.py IN OUT [IN OUT ...] [--foreign OUT]")
    for src, dst in zip(args[0::2], args[1::2]):
        resave(src, dst)


if __name__ == "__main__":
    main(sys.argv[1:])

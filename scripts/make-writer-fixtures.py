#!/usr/bin/python3
"""Regenerates test/fixtures/writers/: small workbooks saved by other writers than Excel.

Needs Debian's python3-openpyxl, python3-xlsxwriter and libreoffice-calc-nogui (soffice):
    /usr/bin/python3 scripts/make-writer-fixtures.py
Each workbook holds the same score table (sheet "Tiêu chí") and plan (sheet "Kế hoạch"), so
the tests know what `thidua check` must find, plus what that writer adds around them.
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

import openpyxl
import xlsxwriter
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.worksheet.table import Table

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures', 'writers')

HEADER = ['TT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm']
CRITERIA = [[1, 'Kết nạp đoàn viên', 10, 8], [2, 'Tuyên truyền nghị quyết', 10, 9], [3, 'Thành lập CĐCS', 20, 25]]
PLAN = [['TT', 'Nhiệm vụ', 'Ghi chú'], ['', 'Tháng 01/2025', ''], [1, 'Hội nghị người lao động', ''],
        [2, 'Tổng kết năm 2024', 'Ban Thường vụ'], ['', 'Tháng 02/2025', ''], [1, 'Gặp mặt đầu xuân', '']]


def png(width=4, height=4):
    """A tiny red PNG, so no image file has to be committed."""
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
    rows = b''.join(b'\x00' + b'\xff\x00\x00' * width for _ in range(height))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(rows)) + chunk(b'IEND', b''))


def openpyxl_workbook(path):
    """Comments, a table, a chart, and formulas saved without results (openpyxl never calculates)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Tiêu chí'
    ws.append(HEADER)
    for row in CRITERIA:
        ws.append(row)
    ws.append([None, 'Tổng cộng', '=SUM(C2:C4)', '=SUM(D2:D4)'])
    ws['D4'].comment = Comment('Vượt điểm chuẩn', 'Khối thi đua')
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=3, min_row=1, max_row=4), titles_from_data=True)
    ws.add_chart(chart, 'F2')
    plan = wb.create_sheet('Kế hoạch')
    for row in PLAN:
        plan.append(row)
    plan.add_table(Table(displayName='KeHoach', ref='A1:C6'))
    wb.save(path)


def xlsxwriter_workbook(path, macro=None):
    """A chart, an image in the sheet and in the page header, page setup with print titles; a VBA part for .xlsm."""
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet('Tiêu chí')
    for r, row in enumerate([HEADER] + CRITERIA):
        ws.write_row(r, 0, row)
    ws.write_row(4, 1, ['Tổng cộng'])
    ws.write_formula(4, 2, '=SUM(C2:C4)', None, 40)
    ws.write_formula(4, 3, '=SUM(D2:D4)', None, 42)
    chart = wb.add_chart({'type': 'column'})
    chart.add_series({'values': "='Tiêu chí'!$C$2:$C$4"})
    ws.insert_chart('F2', chart)
    image = os.path.join(tempfile.mkdtemp(), 'logo.png')
    with open(image, 'wb') as f:
        f.write(png())
    ws.insert_image('F20', image)
    ws.set_header('&L&G&CBẢNG CHẤM ĐIỂM', {'image_left': image})
    ws.set_landscape()
    ws.set_paper(9)
    ws.repeat_rows(0)
    ws.fit_to_pages(1, 0)
    plan = wb.add_worksheet('Kế hoạch')
    for r, row in enumerate(PLAN):
        plan.write_row(r, 0, row)
    if macro:
        wb.add_vba_project(macro)
    wb.close()


def xlsxwriter_inline(path):
    """constant_memory mode writes every string inline (<is>), none shared."""
    wb = xlsxwriter.Workbook(path, {'constant_memory': True})
    ws = wb.add_worksheet('Tiêu chí')
    for r, row in enumerate([HEADER] + CRITERIA):
        ws.write_row(r, 0, row)
    plan = wb.add_worksheet('Kế hoạch')
    for r, row in enumerate(PLAN):
        plan.write_row(r, 0, row)
    wb.close()


def soffice(src, fmt, outdir):
    profile = tempfile.mkdtemp()
    subprocess.run(['soffice', '--headless', '--norestore', f'-env:UserInstallation=file://{profile}',
                    '--convert-to', fmt, '--outdir', outdir, src], check=True, capture_output=True)
    shutil.rmtree(profile, ignore_errors=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + fmt)


def main():
    os.makedirs(OUT, exist_ok=True)
    openpyxl_workbook(os.path.join(OUT, 'openpyxl.xlsx'))
    xlsxwriter_workbook(os.path.join(OUT, 'xlsxwriter.xlsx'))
    xlsxwriter_inline(os.path.join(OUT, 'xlsxwriter-inline.xlsx'))
    tmp = tempfile.mkdtemp()
    # Any bytes do for the VBA part: the tests check that it is carried over unchanged.
    macro = os.path.join(tmp, 'vbaProject.bin')
    with open(macro, 'wb') as f:
        f.write(bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(range(256)) * 4)
    xlsxwriter_workbook(os.path.join(OUT, 'xlsxwriter-macro.xlsm'), macro)
    # LibreOffice: the plain workbook saved as .ods, then that .ods saved as .xlsx (and .xls).
    source = os.path.join(tmp, 'libreoffice.xlsx')
    xlsxwriter_inline(source)
    ods = soffice(source, 'ods', OUT)
    converted = os.path.join(tmp, 'from-ods')
    os.makedirs(converted)
    shutil.move(soffice(ods, 'xlsx', converted), os.path.join(OUT, 'libreoffice.xlsx'))
    shutil.move(soffice(ods, 'xls', converted), os.path.join(OUT, 'libreoffice.xls'))
    shutil.rmtree(tmp, ignore_errors=True)
    print('\n'.join(sorted(os.listdir(OUT))))


if __name__ == '__main__':
    sys.exit(main())

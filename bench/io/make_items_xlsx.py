#!/usr/bin/python3
"""Writes the items sheet of a large catalog import for the spreadsheet-reading benchmark (issue 4):
a header row and ROWS data items (10 per resource) in the 10 columns of the catalog template's items
sheet, with openpyxl (Debian python3-openpyxl) in write-only mode, so strings are shared as Excel
and openpyxl write them. Deterministic (seeded). Not committed output; bench/io/xlsx-read.sh runs it:

    /usr/bin/python3 bench/io/make_items_xlsx.py OUT.xlsx [ROWS]   # ROWS defaults to 100000
"""
import random
import sys

import openpyxl

HEADER = ["信息资源代码", "信息资源名称", "序号", "信息项名称", "数据类型", "数据长度", "精度",
          "是否主键", "是否敏感", "信息项共享类型"]
SUBJECTS = ["人口", "法人", "自然资源", "社会信用", "电子证照", "不动产", "社保缴费", "医疗机构",
            "道路运输", "学校", "企业年报", "排污许可", "食品经营", "建设工程", "公积金"]
KINDS = ["基础信息", "登记信息", "许可信息", "处罚信息", "统计数据", "监测数据"]
ITEMS = ["统一社会信用代码", "名称", "法定代表人", "登记日期", "地址", "联系电话", "身份证号码",
         "出生日期", "性别", "民族", "批准文号", "有效期至", "经营范围", "注册资本", "备注",
         "行政区划代码", "经度", "纬度", "状态", "更新时间"]
TYPES = [("字符型C", 64, None), ("数值型N", 18, 2), ("日期型D", 8, None), ("日期时间型T", 14, None),
         ("字符型C", 200, None), ("整型I", 10, 0)]
SHARE = ["无条件共享", "有条件共享", "不予共享"]


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    rnd = random.Random(4)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("信息项")
    ws.append(HEADER)
    for n in range(rows):
        resource, seq = divmod(n, 10)
        data_type, length, precision = rnd.choice(TYPES)
        ws.append([
            f"{331000 + resource % 97:06d}{resource:07d}/{seq + 1:05d}",
            f"{rnd.choice(SUBJECTS)}{rnd.choice(KINDS)}{resource}",
            seq + 1,
            rnd.choice(ITEMS),
            data_type,
            length,
            precision,
            "是" if seq == 0 else "否",
            rnd.choice(["是", "否"]),
            rnd.choice(SHARE),
        ])
    wb.save(out)


if __name__ == "__main__":
    main()

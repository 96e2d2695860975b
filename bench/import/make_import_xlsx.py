#!/usr/bin/python3
"""Writes a department-style catalog workbook for the import benchmark (issue 4) with openpyxl
(Debian python3-openpyxl) in write-only mode: a 信息资源 sheet of RESOURCES resources and a 信息项
sheet of ITEMS data items per resource, linked by 信息资源名称 + 信息资源提供方, every value valid for
the 100,000-resource demo city of bench/run.sh (its departments, classification 101, code lists).
The names are new to the demo, so every row previews as 新增. Deterministic (seeded). With
`changed`, the same resources and items with another abstract, update cycle and character lengths:
imported after the first file, every row previews as 修改 (a data call kit coming back).

    /usr/bin/python3 bench/import/make_import_xlsx.py OUT.xlsx [RESOURCES [ITEMS [changed]]]   # 10000, 10
"""
import random
import sys

import openpyxl

DEPTS = ["临川市市场监督管理局", "临川市公安局", "临川市人力资源和社会保障局", "临川市财政局", "临川市统计局",
         "临川市生态环境局"]
SUBJECTS = ["人口", "法人", "自然资源", "社会信用", "电子证照", "不动产", "社保缴费", "医疗机构", "道路运输", "学校"]
KINDS = ["基础信息", "登记信息", "许可信息", "处罚信息", "统计数据", "监测数据"]
ITEMS = ["统一社会信用代码", "名称", "法定代表人", "登记日期", "地址", "联系电话", "身份证号码", "出生日期", "性别",
         "民族", "批准文号", "有效期至", "经营范围", "注册资本", "备注", "行政区划代码", "经度", "纬度", "状态", "更新时间"]
TYPES = [("C", 64, None), ("N", 18, 2), ("D", None, None), ("T", None, None), ("C", 200, None), ("I", 10, 0)]
CYCLES = ["实时", "每日", "每周", "每月", "每季度", "每年"]


def main():
    out = sys.argv[1]
    resources = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    per = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    changed = len(sys.argv) > 4 and sys.argv[4] == "changed"
    rnd = random.Random(7)
    wb = openpyxl.Workbook(write_only=True)
    rs = wb.create_sheet("信息资源")
    rs.append(["信息资源分类", "信息资源名称", "信息资源提供方", "信息资源摘要", "信息资源格式分类", "信息资源格式类型",
               "共享类型", "共享条件", "共享方式分类", "共享方式类型", "是否向社会开放", "更新周期", "发布日期"])
    items = wb.create_sheet("信息项")
    items.append(["信息资源名称", "信息资源提供方", "序号", "信息项名称", "数据类型", "数据长度", "精度", "是否主键",
                  "是否敏感"])
    for n in range(resources):
        name = f"{rnd.choice(SUBJECTS)}{rnd.choice(KINDS)}（导入{n:05d}）"
        dept = DEPTS[n % len(DEPTS)]
        conditional = n % 3 == 0
        abstract = f"记录{name}的主要内容，供各部门核验与统计使用。"
        cycle = rnd.choice(CYCLES)
        if changed:
            abstract = f"{abstract}（{2026}年普查修订）"
            cycle = CYCLES[(CYCLES.index(cycle) + 1) % len(CYCLES)]
        rs.append(["101", name, dept, abstract, "数据库", "Oracle",
                   "有条件共享" if conditional else "无条件共享", "用于行政许可核验" if conditional else None,
                   "共享平台", "接口", "否", cycle, f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}"])
        names = rnd.sample(ITEMS, per) if per <= len(ITEMS) else [f"信息项{i}" for i in range(per)]
        for seq in range(per):
            data_type, length, precision = rnd.choice(TYPES)
            if changed and data_type == "C":
                length += 16
            items.append([name, dept, seq + 1, names[seq], data_type, length, precision, "是" if seq == 0 else "否",
                          rnd.choice(["是", "否"])])
    wb.save(out)


if __name__ == "__main__":
    main()

// Journey on the demo city made by `govcat demo`, driving the real `govcat` binary as a bureau's
// script would: a fresh database has no local user (its own message and exit code), `govcat
// profile` sets one, the user guide's CSV examples import as written (docs/USER_GUIDE.md, 从 Excel、
// CSV、JSON 导入), then export → edit one cell and one data item in openpyxl → the re-import's preview
// shows exactly those two changes → apply → the next export has them.
#include "app/ExitCodes.h"
#include "core/CodeLists.h"
#include "support/DemoCity.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace govcat;

namespace {

const QString kDept = QStringLiteral("临川市市场监督管理局");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
    QJsonObject summary() const
    {
        return QJsonDocument::fromJson(out.trimmed().section(QLatin1Char('\n'), -1).toUtf8()).object();
    }
};

Run run(const QString& program, const QStringList& args, const QByteArray& passphrase = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!passphrase.isEmpty()) {
        env.insert(QStringLiteral("GOVCAT_PASSPHRASE"), QString::fromUtf8(passphrase));
    }
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// The CSV examples of the user guide's import section, in order, as files would have them.
QStringList guideCsvExamples()
{
    QFile guide(
        QDir(qEnvironmentVariable("GOVCAT_SOURCE_DIR")).filePath(QStringLiteral("docs/USER_GUIDE.md")));
    if (!guide.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString text = QString::fromUtf8(guide.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("## 从 Excel、CSV、JSON 导入"));
    const QString section = text.mid(start, text.indexOf(QStringLiteral("\n## "), start + 1) - start);
    static const QRegularExpression fence(QStringLiteral("```csv\\n(.*?)\\n\\s*```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QStringList blocks;
    for (auto it = fence.globalMatch(section); it.hasNext();) {
        QStringList lines;
        for (const QString& line : it.next().captured(1).split(QLatin1Char('\n'))) {
            lines << line.trimmed();
        }
        blocks << lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    }
    return blocks;
}

// Edits an exported workbook as a user would in Excel: the 更新周期 of the first draft (a published
// resource would change in its revision, which the export does not show), and the 数据长度 of its first
// character item. Prints "name|old cycle|new cycle|item|old length|new length".
const char* kEdit = R"PY(
import sys, openpyxl
src, dst = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(src)
res, items = wb["信息资源"], wb["信息项"]
def columns(ws):
    for row in ws.iter_rows(min_row=1, max_row=5):
        names = {str(c.value).split("（")[0]: c.column for c in row if c.value}  # 资源标识（请勿修改）
        if "信息资源名称" in names or "信息项名称" in names:
            return row[0].row, names
    raise SystemExit("no header")
hr, rc = columns(res)
hi, ic = columns(items)
for r in range(hr + 1, res.max_row + 1):
    if res.cell(r, rc["状态"]).value != "草稿":
        continue
    rid = res.cell(r, rc["资源标识"]).value
    item_rows = [i for i in range(hi + 1, items.max_row + 1)
                 if items.cell(i, ic["资源标识"]).value == rid
                 and str(items.cell(i, ic["数据类型"]).value or "").startswith(("C", "字符"))
                 and str(items.cell(i, ic["数据长度"]).value or "").isdigit()]
    if not item_rows:
        continue
    old = res.cell(r, rc["更新周期"]).value
    new = "每周" if old != "每周" else "每月"
    res.cell(r, rc["更新周期"]).value = new
    i = item_rows[0]
    length = int(items.cell(i, ic["数据长度"]).value)
    items.cell(i, ic["数据长度"]).value = length + 7
    wb.save(dst)
    print("|".join([res.cell(r, rc["信息资源名称"]).value, old, new, items.cell(i, ic["信息项名称"]).value,
                    str(length), str(length + 7)]))
    break
else:
    raise SystemExit("no resource to edit")
)PY";

// What an exported workbook says about a resource: its 更新周期 and the 数据长度 of an item.
const char* kRead = R"PY(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
def rows(ws):
    it = ws.iter_rows(values_only=True)
    for header in it:
        if "信息资源名称" in header or "信息项名称" in header:
            break
    for row in it:
        yield dict(zip([str(h).split("（")[0] for h in header], row))
rid = None
for row in rows(wb["信息资源"]):
    if row["信息资源名称"] == sys.argv[2]:
        rid, cycle = row["资源标识"], row["更新周期"]
for row in rows(wb["信息项"]):
    if row["资源标识"] == rid and row["信息项名称"] == sys.argv[3]:
        print(f"{cycle}|{row['数据长度']}")
)PY";

} // namespace

class JourneyImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aNewDatabaseIsImportedIntoAfterGovcatProfile();
    void anExportEditedInExcelComesBackAsExactlyThatChange();

private:
    Run govcat(const QStringList& args) const { return run(m_binary, args, test::demoCityPassphrase()); }
    bool setProfile(const QString& db) const
    {
        const Run r = govcat({QStringLiteral("profile"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                              QStringLiteral("王编目"), QStringLiteral("--department"), kDept,
                              QStringLiteral("--role"), canonicalName(Role::CatalogEditor)});
        if (r.exitCode != 0) {
            qWarning("govcat profile: %d %s", r.exitCode, qPrintable(r.all()));
        }
        return r.exitCode == 0;
    }

    QString m_binary;
};

void JourneyImport::initTestCase()
{
    m_binary = QDir(qEnvironmentVariable("GOVCAT_BIN_DIR")).filePath(QStringLiteral("govcat"));
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    QVERIFY(QFile::exists(QStringLiteral("/usr/bin/python3")));
}

void JourneyImport::aNewDatabaseIsImportedIntoAfterGovcatProfile()
{
    QTemporaryDir dir;
    const QString db = test::copyDemoCity(dir);
    QVERIFY(!db.isEmpty());
    const QStringList examples = guideCsvExamples();
    QVERIFY2(examples.size() >= 3, "the user guide's import section has its CSV examples");
    QList<QString> files;
    for (int i = 0; i < examples.size(); ++i) {
        files << dir.filePath(QStringLiteral("指南示例%1.csv").arg(i + 1));
        QFile f(files.last());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(examples.at(i).toUtf8());
    }

    // A fresh demo database has no local user: not "damaged" (3), but its own code and a way out.
    const Run none = govcat({QStringLiteral("import"), QStringLiteral("--db"), db, files.at(0)});
    QCOMPARE(none.exitCode, app::ExitCode::Usage); // govcat profile must come first
    QVERIFY2(none.err.contains(QStringLiteral("govcat profile --db")), qPrintable(none.err));
    QVERIFY2(!none.err.contains(QStringLiteral("SQL")), qPrintable(none.err));

    // govcat profile refuses what the dialog would not offer, then sets the profile.
    const Run unknown =
        govcat({QStringLiteral("profile"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                QStringLiteral("王编目"), QStringLiteral("--department"), QStringLiteral("市场监督"),
                QStringLiteral("--role"), QStringLiteral("editor")});
    QCOMPARE(unknown.exitCode, app::ExitCode::Usage);
    QVERIFY2(unknown.err.contains(kDept), qPrintable(unknown.err)); // suggested
    const Run blank = govcat({QStringLiteral("profile"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                              QStringLiteral("  "), QStringLiteral("--department"), kDept,
                              QStringLiteral("--role"), QStringLiteral("editor")});
    QCOMPARE(blank.exitCode, app::ExitCode::Usage);
    QVERIFY(setProfile(db));

    // The guide's examples, in order: a new resource (a character item without a length is a
    // warning), its 更新周期 changed with the items kept, then its items cleared by （清空）.
    const Run created = govcat({QStringLiteral("import"), QStringLiteral("--db"), db, files.at(0),
                                QStringLiteral("--summary-json")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.all()));
    QCOMPARE(created.summary().value(QStringLiteral("new")).toInt(), 1);
    QCOMPARE(created.summary().value(QStringLiteral("rejected")).toInt(), 0);
    QVERIFY2(created.out.contains(QStringLiteral("企业名称")), qPrintable(created.out)); // the warning

    const Run cycle = govcat({QStringLiteral("import"), QStringLiteral("--db"), db, files.at(1),
                              QStringLiteral("--summary-json")});
    QVERIFY2(cycle.exitCode == 0, qPrintable(cycle.all()));
    QCOMPARE(cycle.summary().value(QStringLiteral("changed")).toInt(), 1);
    QVERIFY2(cycle.out.contains(QStringLiteral("信息项未填写，保持不变")), qPrintable(cycle.out));
    QVERIFY2(cycle.out.contains(QStringLiteral("每日 → 每周")), qPrintable(cycle.out));

    const Run cleared = govcat({QStringLiteral("import"), QStringLiteral("--db"), db, files.at(2),
                                QStringLiteral("--summary-json")});
    QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.all()));
    QCOMPARE(cleared.summary().value(QStringLiteral("changed")).toInt(), 1);

    // The same files again change nothing.
    const Run again = govcat({QStringLiteral("import"), QStringLiteral("--db"), db, files.at(2),
                              QStringLiteral("--summary-json"), QStringLiteral("--dry-run")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.summary().value(QStringLiteral("unchanged")).toInt(), 1);
}

void JourneyImport::anExportEditedInExcelComesBackAsExactlyThatChange()
{
    QTemporaryDir dir;
    const QString db = test::copyDemoCity(dir);
    QVERIFY(!db.isEmpty());
    QVERIFY(setProfile(db));
    const QString exported = dir.filePath(QStringLiteral("导出.xlsx"));
    const Run e = govcat({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                          QStringLiteral("xlsx"), QStringLiteral("--out"), exported,
                          QStringLiteral("--department"), kDept, QStringLiteral("--quiet")});
    QVERIFY2(e.exitCode == 0, qPrintable(e.all()));

    // Unchanged as exported.
    const Run same = govcat({QStringLiteral("import"), QStringLiteral("--db"), db, exported,
                             QStringLiteral("--dry-run"), QStringLiteral("--summary-json")});
    QVERIFY2(same.exitCode == 0, qPrintable(same.all().left(4000)));
    const int resources = same.summary().value(QStringLiteral("unchanged")).toInt();
    QVERIFY2(resources > 0 && same.summary().value(QStringLiteral("changed")).toInt() == 0 &&
                 same.summary().value(QStringLiteral("new")).toInt() == 0,
             qPrintable(same.out.left(4000)));

    const QString edited = dir.filePath(QStringLiteral("改过.xlsx"));
    QFile script(dir.filePath(QStringLiteral("edit.py")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(kEdit);
    script.close();
    const Run edit = run(QStringLiteral("/usr/bin/python3"), {script.fileName(), exported, edited});
    QVERIFY2(edit.exitCode == 0, qPrintable(edit.all()));
    const QStringList what = edit.out.trimmed().split(QLatin1Char('|'));
    QCOMPARE(what.size(), 6);
    const QString name = what.at(0);

    // The preview: one changed resource, exactly the two edits, everything else unchanged.
    const Run preview = govcat({QStringLiteral("import"), QStringLiteral("--db"), db, edited,
                                QStringLiteral("--dry-run"), QStringLiteral("--summary-json")});
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.all().left(4000)));
    QCOMPARE(preview.summary().value(QStringLiteral("changed")).toInt(), 1);
    QCOMPARE(preview.summary().value(QStringLiteral("unchanged")).toInt(), resources - 1);
    QStringList changes;
    for (const QString& line : preview.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("修改 "))) {
            changes << line;
        }
    }
    QCOMPARE(changes.size(), 2);
    QVERIFY2(changes.contains(QStringLiteral("修改 %1：更新周期：%2 → %3").arg(name, what.at(1), what.at(2))),
             qPrintable(changes.join(QLatin1Char('\n'))));
    QVERIFY2(changes.contains(QStringLiteral("修改 %1：信息项“%2”的数据长度：%3 → %4")
                                  .arg(name, what.at(3), what.at(4), what.at(5))),
             qPrintable(changes.join(QLatin1Char('\n'))));

    // Apply, export again: the workbook has the change.
    const Run applied = govcat(
        {QStringLiteral("import"), QStringLiteral("--db"), db, edited, QStringLiteral("--summary-json")});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.all().left(4000)));
    QVERIFY2(applied.out.contains(QStringLiteral("已写入：新增 0，修改 1")),
             qPrintable(applied.out.left(4000)));
    const QString second = dir.filePath(QStringLiteral("再导出.xlsx"));
    QVERIFY(govcat({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                    QStringLiteral("xlsx"), QStringLiteral("--out"), second, QStringLiteral("--department"),
                    kDept, QStringLiteral("--quiet")})
                .exitCode == 0);
    QFile reader(dir.filePath(QStringLiteral("read.py")));
    QVERIFY(reader.open(QIODevice::WriteOnly));
    reader.write(kRead);
    reader.close();
    const Run seen = run(QStringLiteral("/usr/bin/python3"), {reader.fileName(), second, name, what.at(3)});
    QVERIFY2(seen.exitCode == 0, qPrintable(seen.all()));
    QCOMPARE(seen.out.trimmed(), QStringLiteral("%1|%2").arg(what.at(2), what.at(5)));
}

QTEST_GUILESS_MAIN(JourneyImport)
#include "tst_journeyimport.moc"

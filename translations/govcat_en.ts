<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>ApprovalCommand</name>
    <message>
        <source>审核通过“%1”</source>
        <translation>Approve &quot;%1&quot;</translation>
    </message>
    <message>
        <source>审核通过 %1 项</source>
        <translation>Approve %1 resources</translation>
    </message>
    <message>
        <source>“%1”：%2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>以下信息资源未能撤销审核通过：
%1</source>
        <translation>The approval of these resources could not be undone:
%1</translation>
    </message>
    <message>
        <source>以下信息资源未能再次审核通过：
%1</source>
        <translation>These resources could not be approved again:
%1</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>审核通过并发布“%1”？</source>
        <translation>Approve and publish &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>审核通过并发布所选的 %1 项信息资源？</source>
        <translation>Approve and publish the %1 selected resources?</translation>
    </message>
    <message>
        <source>…… 等 %1 项</source>
        <translation>… %1 in all</translation>
    </message>
    <message>
        <source>发布后，信息资源即在目录中生效，各部门可查阅并申请共享。如发现有误，可随即用“编辑 → 撤销”（Ctrl+Z）退回到待审核。</source>
        <translation>Once published, the resource takes effect in the catalog: every department can read it and request it. If it was a mistake, Edit → Undo (Ctrl+Z) puts it back to pending review.</translation>
    </message>
    <message>
        <source>审核意见（可选，记入流转记录）：</source>
        <translation>Review comment (optional, kept in the transition record):</translation>
    </message>
    <message>
        <source>例如：同意发布。</source>
        <translation>e.g. Approved for publication.</translation>
    </message>
    <message>
        <source>发布</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>发布 %1 项</source>
        <translation>Publish %1</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BulkEditCommand</name>
    <message>
        <source>批量修改%1（%2 条）</source>
        <translation>Bulk edit %1 (%2 resources)</translation>
    </message>
    <message>
        <source>无法撤销“%1”：其中的信息资源之后又在信息资源窗口中修改过，撤销会覆盖这些修改。如需改回，请再做一次批量修改。</source>
        <translation>Cannot undo “%1”: some of its resources were changed afterwards in the resource window, and undoing would overwrite those changes. To change them back, do another bulk edit.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>govcat check：缺少 --db 数据库路径。</source>
        <translation>govcat check: --db PATH is required.</translation>
    </message>
    <message>
        <source>%1 的口令：</source>
        <translation>Passphrase for %1: </translation>
    </message>
    <message>
        <source>口令错误，或密钥文件（.key）已被改动。</source>
        <translation>Wrong passphrase, or the key file (.key) has been altered.</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>解锁：%1 毫秒（其中 Argon2id %2 毫秒）</source>
        <translation>Unlock: %1 ms (Argon2id %2 ms of it)</translation>
    </message>
    <message>
        <source>数据结构版本：%1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>govcat check：完整性检查未通过：%1</source>
        <translation>govcat check: the integrity check failed: %1</translation>
    </message>
    <message>
        <source>完整性：正常</source>
        <translation>Integrity: ok</translation>
    </message>
    <message>
        <source>表 %1：%2 行</source>
        <translation>Table %1: %2 rows</translation>
    </message>
    <message>
        <source>只读检查加密的 govcat 数据库，不做任何改动。</source>
        <translation>Check an encrypted govcat database without changing it.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>用法见 govcat %1 --help。</source>
        <translation>See govcat %1 --help for usage.</translation>
    </message>
    <message>
        <source>数据库文件。</source>
        <translation>Database file.</translation>
    </message>
    <message>
        <source>从文件读取口令。</source>
        <translation>Read the passphrase from a file.</translation>
    </message>
    <message>
        <source>不显示进度。</source>
        <translation>No progress output.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>数据库“%1”是空文件：创建数据库时程序中断，还没有写入任何数据，也没有什么需要恢复。请删除该文件和同名的 .key、-journal、-wal、-shm 文件，然后重新创建。</source>
        <translation>The database &quot;%1&quot; is an empty file: the program stopped while creating it, before anything was written, so there is nothing to recover. Delete the file and the .key, -journal, -wal and -shm files of the same name, then create it again.</translation>
    </message>
    <message>
        <source>数据库“%1”中还没有任何表：创建数据库时程序中断，还没有写入任何数据，也没有什么需要恢复。请删除该文件和同名的 .key、-journal、-wal、-shm 文件，然后重新创建。</source>
        <translation>The database &quot;%1&quot; has no tables yet: the program stopped while creating it, before anything was written, so there is nothing to recover. Delete the file and the .key, -journal, -wal and -shm files of the same name, then create it again.</translation>
    </message>
    <message>
        <source>数据库“%1”上次写入时程序中断，留下了未完成的写入日志（%2）。只读打开（检查、导出）不能撤回这次写入，数据库本身并未损坏：请先用 govcat 正常打开一次该数据库（会自动撤回未完成的写入，已保存的内容不受影响），然后再检查或导出。请不要删除该日志文件。</source>
        <translation>The program stopped during the last write to the database &quot;%1&quot; and left an unfinished write journal (%2). A read-only open (check, export) cannot roll back that write; the database itself is not damaged. Open the database once normally with govcat (it rolls back the unfinished write; saved content is kept), then check or export again. Do not delete the journal file.</translation>
    </message>
</context>
<context>
    <name>DeleteDraftCommand</name>
    <message>
        <source>删除草稿“%1”</source>
        <translation>Delete draft &quot;%1&quot;</translation>
    </message>
    <message>
        <source>未能恢复草稿“%1”：%2</source>
        <translation>Could not restore draft &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>未能再次删除草稿“%1”：%2</source>
        <translation>Could not delete draft &quot;%1&quot; again: %2</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>口令太短：新数据库的口令至少需要 %1 个字符。没有创建数据库。</source>
        <translation>Passphrase too short: a new database needs at least %1 characters. No database was created.</translation>
    </message>
    <message>
        <source>口令太弱：请加长口令，或混合使用不同类型的字符（字母、数字、符号或中文）。没有创建数据库。</source>
        <translation>Passphrase too weak: make it longer or mix kinds of characters (letters, digits, symbols or Chinese). No database was created.</translation>
    </message>
    <message>
        <source>%1 的新口令：</source>
        <translation>New passphrase for %1: </translation>
    </message>
    <message>
        <source>生成一个示例城市的加密数据库。</source>
        <translation>Create an encrypted demo city database.</translation>
    </message>
    <message>
        <source>新数据库文件。</source>
        <translation>New database file.</translation>
    </message>
    <message>
        <source>信息资源条数（100–100000）。</source>
        <translation>Number of resources (100-100000).</translation>
    </message>
    <message>
        <source>随机数种子。</source>
        <translation>Random seed.</translation>
    </message>
    <message>
        <source>Argon2id 强度：moderate（默认）或 interactive。</source>
        <translation>Argon2id cost: moderate (default) or interactive.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>口令不正确。请检查大小写和输入法后重试。</source>
        <translation>Wrong passphrase. Check Caps Lock and the input method, then try again.</translation>
    </message>
    <message>
        <source>找不到数据库旁的密钥文件（.key）。没有它无法解锁数据库；请从备份中恢复该文件。</source>
        <translation>The key file (.key) beside the database is missing. The database cannot be unlocked without it; restore it from a backup.</translation>
    </message>
    <message>
        <source>密钥文件（.key）已损坏或被改动，无法使用。请从备份中恢复该文件。数据库文件未被改动。</source>
        <translation>The key file (.key) is damaged or was edited and cannot be used. Restore it from a backup. The database file was not changed.</translation>
    </message>
    <message>
        <source>密钥文件与该数据库不匹配，或数据库首页已损坏。请确认两者来自同一份备份。</source>
        <translation>The key file does not belong to this database, or the database&apos;s first page is damaged. Make sure both come from the same backup.</translation>
    </message>
    <message>
        <source>该文件是未加密的 SQLite 数据库，不是 govcat 加密目录库。为安全起见不予打开。</source>
        <translation>This is an unencrypted SQLite database, not an encrypted govcat catalog. For safety it is not opened.</translation>
    </message>
    <message>
        <source>该文件不是 govcat 数据库。</source>
        <translation>This file is not a govcat database.</translation>
    </message>
    <message>
        <source>数据库文件已损坏或不完整（可能被截断或改动）。文件未被改动；请从备份恢复。</source>
        <translation>The database file is damaged or incomplete (truncated or altered). The file was not changed; restore it from a backup.</translation>
    </message>
    <message>
        <source>该数据库由更新版本的 govcat 创建，请先升级本程序。</source>
        <translation>This database was made by a newer version of govcat. Please upgrade govcat first.</translation>
    </message>
    <message>
        <source>加密组件未生效（系统加载了未加密的 SQLite 库）。为保护数据，拒绝打开。</source>
        <translation>Encryption is not active (an unencrypted SQLite library was loaded). To protect the data, govcat refuses to open it.</translation>
    </message>
    <message>
        <source>该信息资源已不存在（可能已被删除）。</source>
        <translation>This information resource no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <source>已取消，未写入任何内容。</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>无法读取或写入文件。请检查文件是否存在、磁盘空间是否充足，以及是否有读写权限。</source>
        <translation>The file could not be read or written. Check that it exists, that the disk has space and that you may read and write it.</translation>
    </message>
    <message>
        <source>数据库未能完成这次操作，没有写入任何内容。请重试；如果问题仍然出现，请用“govcat check”检查数据库文件，或联系管理员。</source>
        <translation>The database could not complete this operation; nothing was written. Try again; if it happens again, check the database file with &quot;govcat check&quot; or ask your administrator.</translation>
    </message>
    <message>
        <source>内容不符合要求，未保存。请检查后重试。</source>
        <translation>The content does not meet the requirements and was not saved. Check it and try again.</translation>
    </message>
    <message>
        <source>与库中已有的数据冲突（例如信息资源代码或名称重复），本次操作没有写入任何内容。请关闭后重新打开该信息资源再试；如果问题仍然出现，请联系管理员。</source>
        <translation>This conflicts with data already in the database (for example a duplicate resource code or name); nothing was written. Close and reopen the resource and try again; if it happens again, ask your administrator.</translation>
    </message>
</context>
<context>
    <name>ExitCodes</name>
    <message>
        <source>成功完成。</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>已运行完毕，但发现问题（例如导入时有校验不通过的行）。</source>
        <translation>Ran to the end, with findings (e.g. rows that fail the checks in an import).</translation>
    </message>
    <message>
        <source>口令错误，或密钥文件（.key）已被改动。</source>
        <translation>Wrong passphrase, or the key file (.key) has been altered.</translation>
    </message>
    <message>
        <source>数据库无法使用：不存在、已损坏、不是 govcat 数据库、创建时中断，或无法写入。</source>
        <translation>The database cannot be used: missing, damaged, not a govcat database, its creation interrupted, or it cannot be written.</translation>
    </message>
    <message>
        <source>文件被拒绝：要导入的文件无法读取、内容异常、超出限制或不是目录文件；或导出文件无法按所选格式写入。</source>
        <translation>File refused: the file to import cannot be read, is malformed, exceeds a limit or is not a catalog; or the export file cannot be written in the chosen format.</translation>
    </message>
    <message>
        <source>用法错误：参数有误或缺少参数，或需要先完成另一步（例如先设置本机用户）。</source>
        <translation>Usage error: a wrong or missing argument, or another step must come first (e.g. set the local user).</translation>
    </message>
    <message>
        <source>导出被 Ctrl-C 或 SIGTERM 中断，没有留下文件。</source>
        <translation>Export interrupted by Ctrl-C or SIGTERM; no file was left behind.</translation>
    </message>
    <message>
        <source>退出码：</source>
        <translation>Exit codes:</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>用法：govcat export --db PATH --format xlsx|csv|json --out FILE [--department 部门]... [--status 状态]... [--encoding utf-8|gb18030]</source>
        <translation>Usage: govcat export --db PATH --format xlsx|csv|json --out FILE [--department DEPARTMENT]... [--status STATUS]... [--encoding utf-8|gb18030]</translation>
    </message>
    <message>
        <source>%1 的口令：</source>
        <translation>Passphrase for %1: </translation>
    </message>
    <message>
        <source>口令错误，或密钥文件（.key）已被改动。</source>
        <translation>Wrong passphrase, or the key file (.key) has been altered.</translation>
    </message>
    <message>
        <source>无法打开数据库：</source>
        <translation>Cannot open the database: </translation>
    </message>
    <message>
        <source>没有名称或标识为“%1”的部门。</source>
        <translation>There is no department named or identified “%1”.</translation>
    </message>
    <message>
        <source>已导出 %1 条信息资源、%2 个信息项到 %3（%4 KB，%5 秒）</source>
        <translation>Exported %1 resources and %2 data items to %3 (%4 KB, %5 s)</translation>
    </message>
    <message>
        <source>把目录导出为 .xlsx、.csv 或 .json 文件。</source>
        <translation>Export the catalog to .xlsx, .csv or .json.</translation>
    </message>
    <message>
        <source>xlsx、csv 或 json。</source>
        <translation>xlsx, csv or json.</translation>
    </message>
    <message>
        <source>要写出的文件。</source>
        <translation>File to write.</translation>
    </message>
    <message>
        <source>只导出该提供方部门（名称或标识）的信息资源；可重复。</source>
        <translation>Only this provider department (name or id); repeatable.</translation>
    </message>
    <message>
        <source>只导出该状态（例如 已发布）的信息资源；可重复。</source>
        <translation>Only resources of this status; repeatable.</translation>
    </message>
    <message>
        <source>CSV 编码：utf-8（默认，带 BOM）或 gb18030。</source>
        <translation>CSV encoding: utf-8 (default, with BOM) or gb18030.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>导出目录</source>
        <translation>Export catalog</translation>
    </message>
    <message>
        <source>当前列表经过筛选，共 %1 条信息资源。导出哪些？</source>
        <translation>The list is filtered and shows %1 resources. What should be exported?</translation>
    </message>
    <message>
        <source>当前列表（%1 条）</source>
        <translation>The list (%1)</translation>
    </message>
    <message>
        <source>全部目录</source>
        <translation>The whole catalog</translation>
    </message>
    <message>
        <source>Excel 工作簿，目录模板 (*.xlsx)</source>
        <translation>Excel workbook, catalog template (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV，UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV，GB18030，旧版 Excel 与 WPS 默认编码 (*.csv)</source>
        <translation>CSV, GB18030, the default of older Excel and WPS (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>政务信息资源目录.xlsx</source>
        <translation>catalog.xlsx</translation>
    </message>
    <message>
        <source>正在导出目录…</source>
        <translation>Exporting the catalog…</translation>
    </message>
    <message>
        <source>导出失败，没有留下文件：%1</source>
        <translation>The export failed and left no file: %1</translation>
    </message>
    <message>
        <source>已导出 %1 条信息资源、%2 个信息项到“%3”。</source>
        <translation>Exported %1 resources and %2 data items to “%3”.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>govcat import: 该数据库还没有本机用户，导入时不知道以谁的身份、为哪个部门写入。请先运行
  govcat profile --db %1 --name 姓名 --department 部门 --role 角色
或在 govcat 中打开该数据库一次，填写姓名、部门和角色。没有写入任何内容。</source>
        <translation>govcat import: this database has no local user yet, so the import cannot tell as whom and for which department to write. First run
  govcat profile --db %1 --name NAME --department DEPARTMENT --role ROLE
or open the database in govcat once and give your name, department and role. Nothing was written.</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>信息项“%1”的%2</source>
        <translation>%2 of data item &quot;%1&quot;</translation>
    </message>
    <message>
        <source>修改 %1：%2：%3 → %4</source>
        <translation>Changed %1: %2: %3 → %4</translation>
    </message>
    <message>
        <source>%1 %2：信息项未填写，保持不变</source>
        <translation>%1 %2: data items left blank, kept as they are</translation>
    </message>
    <message>
        <source>%1: %2 行</source>
        <translation>%1: %2 rows</translation>
    </message>
    <message>
        <source>读取</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>govcat import: 无法读取“%1”：%2</source>
        <translation>govcat import: cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>%1 的口令：</source>
        <translation>Passphrase for %1: </translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>新增 %1，修改 %2，未变化 %3，校验不通过 %4</source>
        <translation>New %1, changed %2, unchanged %3, failed checks %4</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>govcat import: 错误报告未能写出：</source>
        <translation>govcat import: the error report could not be written: </translation>
    </message>
    <message>
        <source>错误报告：%1</source>
        <translation>Error report: %1</translation>
    </message>
    <message>
        <source>写入</source>
        <translation>Writing</translation>
    </message>
    <message>
        <source>govcat import: 未写入任何内容：</source>
        <translation>govcat import: nothing was written: </translation>
    </message>
    <message>
        <source>已写入：新增 %1，修改 %2</source>
        <translation>Written: %1 new, %2 changed</translation>
    </message>
    <message>
        <source>已登记“%1”报送的目录填报包</source>
        <translation>Registered the catalog package submitted by “%1”</translation>
    </message>
    <message>
        <source>把目录文件（.xlsx、.csv、.json）导入 govcat 数据库：先试运行，再写入。</source>
        <translation>Import a catalog file (.xlsx, .csv, .json) into a govcat database: a dry run first, then the write.</translation>
    </message>
    <message>
        <source>只预览，不写入。</source>
        <translation>Preview only; write nothing.</translation>
    </message>
    <message>
        <source>有行校验不通过时，仍写入其余校验通过的行。</source>
        <translation>When some rows fail validation, still write the clean rows.</translation>
    </message>
    <message>
        <source>把错误报告工作簿写到这里。</source>
        <translation>Write the error report workbook here.</translation>
    </message>
    <message>
        <source>最后一行输出一行 JSON 摘要：{&quot;new&quot;:N,&quot;changed&quot;:N,&quot;unchanged&quot;:N,&quot;rejected&quot;:N}，其中 &quot;rejected&quot; 是校验不通过的行数；键名固定，供脚本使用。</source>
        <translation>Print a one-line JSON summary as the last line: {&quot;new&quot;:N,&quot;changed&quot;:N,&quot;unchanged&quot;:N,&quot;rejected&quot;:N}. &quot;rejected&quot; counts the rows that failed validation; the keys stay the same for scripts.</translation>
    </message>
    <message>
        <source>CSV 编码：utf-8 或 gb18030（默认自动识别）。</source>
        <translation>CSV encoding: utf-8 or gb18030 (default: detect).</translation>
    </message>
    <message>
        <source>要导入的目录文件。</source>
        <translation>The catalog file to import.</translation>
    </message>
</context>
<context>
    <name>ImportUndoCommand</name>
    <message>
        <source>导入“%1”（新增 %2，修改 %3）</source>
        <translation>Import “%1” (%2 new, %3 changed)</translation>
    </message>
    <message>
        <source>无法撤销“%1”：其中的信息资源之后又在信息资源窗口中修改过，撤销会覆盖这些修改。如需改回，请逐条修改这些信息资源。</source>
        <translation>Cannot undo “%1”: some of its resources were changed afterwards in the resource window, and undoing would overwrite those changes. To change them back, edit those resources one by one.</translation>
    </message>
    <message>
        <source>正在撤销导入…</source>
        <translation>Undoing the import…</translation>
    </message>
    <message>
        <source>正在重新导入…</source>
        <translation>Importing again…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>govcat：政务信息资源目录编制工具。不带子命令时启动图形界面。</source>
        <translation>govcat: government information resource catalog workbench. Without a subcommand, the GUI starts.</translation>
    </message>
    <message>
        <source>用法见 govcat --help。</source>
        <translation>See govcat --help for usage.</translation>
    </message>
    <message>
        <source>govcat：没有“%1”这个子命令。可用的子命令见 govcat --help。</source>
        <translation>govcat: there is no subcommand “%1”. See govcat --help for the subcommands.</translation>
    </message>
    <message>
        <source>要打开的数据库文件。</source>
        <translation>Database file to open.</translation>
    </message>
    <message>
        <source>check、demo、export、import 或 profile（见下文）；不带子命令时启动图形界面，可在子命令的位置给出要打开的数据库文件。--lang 可以写在子命令之前，也可以写在子命令的选项中。</source>
        <translation>check, demo, export, import or profile (see below); without one, the GUI starts, on the database file given instead of a subcommand if any. --lang may stand before the subcommand or among its options.</translation>
    </message>
</context>
<context>
    <name>PassphraseSource</name>
    <message>
        <source>%1中的口令超过 %2 字节。govcat 不会截断口令；请使用更短的口令。</source>
        <translation>The passphrase in %1 is longer than %2 bytes. govcat does not cut passphrases; please use a shorter one.</translation>
    </message>
    <message>
        <source>无法读取口令文件“%1”：请检查文件是否存在、当前用户能否读取。</source>
        <translation>Cannot read the passphrase file “%1”: check that it exists and that the current user may read it.</translation>
    </message>
    <message>
        <source>口令文件</source>
        <translation>the passphrase file</translation>
    </message>
    <message>
        <source>无法读取口令文件“%1”。</source>
        <translation>Cannot read the passphrase file “%1”.</translation>
    </message>
    <message>
        <source>标准输入中没有口令。</source>
        <translation>There is no passphrase on standard input.</translation>
    </message>
    <message>
        <source>标准输入</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>无法从标准输入读取口令。</source>
        <translation>Cannot read the passphrase from standard input.</translation>
    </message>
    <message>
        <source>环境变量 GOVCAT_PASSPHRASE </source>
        <translation>the environment variable GOVCAT_PASSPHRASE </translation>
    </message>
    <message>
        <source>请再次输入口令：</source>
        <translation>Enter the passphrase again: </translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>govcat profile: 请用 --name 填写姓名。</source>
        <translation>govcat profile: give your name with --name.</translation>
    </message>
    <message>
        <source>govcat profile: 没有“%1”这个角色。可选：%2。</source>
        <translation>govcat profile: there is no role &quot;%1&quot;. Choose one of: %2.</translation>
    </message>
    <message>
        <source>govcat profile: 该数据库中还没有部门。请在 govcat 中打开它一次，登记本部门。</source>
        <translation>govcat profile: this database has no departments yet. Open it in govcat once and register your department.</translation>
    </message>
    <message>
        <source>govcat profile: “%1”对应多个部门：%2。请写部门全称或统一社会信用代码。</source>
        <translation>govcat profile: &quot;%1&quot; matches several departments: %2. Give the department&apos;s full name or unified social credit code.</translation>
    </message>
    <message>
        <source>govcat profile: 本地目录中没有部门“%1”。请写部门全称、简称或统一社会信用代码。</source>
        <translation>govcat profile: the local catalog has no department &quot;%1&quot;. Give its full name, short name or unified social credit code.</translation>
    </message>
    <message>
        <source>govcat profile: 本地目录中没有部门“%1”。您是指：%2？</source>
        <translation>govcat profile: the local catalog has no department &quot;%1&quot;. Did you mean: %2?</translation>
    </message>
    <message>
        <source>govcat profile: 未能保存本机用户：%1</source>
        <translation>govcat profile: could not save the local user: %1</translation>
    </message>
    <message>
        <source>本机用户：%1，%2，%3</source>
        <translation>Local user: %1, %2, %3</translation>
    </message>
    <message>
        <source>（原为 %1，%2，%3）</source>
        <translation>(was %1, %2, %3)</translation>
    </message>
    <message>
        <source>%1 的口令：</source>
        <translation>Passphrase for %1: </translation>
    </message>
    <message>
        <source>设置在本机使用 govcat 数据库的人员（姓名、部门、角色），与首次启动时的对话框相同。</source>
        <translation>Set who works on a govcat database (name, department, role), as the first-start dialog does.</translation>
    </message>
    <message>
        <source>你的姓名。</source>
        <translation>Your name.</translation>
    </message>
    <message>
        <source>你所在的部门：全称、简称或统一社会信用代码。</source>
        <translation>Your department: full name, short name or USCC.</translation>
    </message>
    <message>
        <source>你的角色：目录填报人员、审核员、部门领导（查阅）、管理员（也可写 editor、reviewer、leader、admin）。数据库的第一个本机用户不能是管理员；每次改变角色都会记录。</source>
        <translation>Your role: editor, reviewer, leader or admin (the Chinese names work too). admin is refused for the first profile of a database; every change of role is recorded.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>首次使用时不能选择“管理员”角色：请先以目录填报人员、审核员或部门领导（查阅）登记；需要管理员角色时，再在“文件 → 本机用户”中修改，修改会记入角色变更记录。</source>
        <translation>The &quot;Administrator&quot; role cannot be chosen on first use: register as a catalog editor, reviewer or department leader (read only) first; to become an administrator, change the role later in &quot;File → Local user&quot;, which is recorded in the role change log.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>打开目录数据库</source>
        <translation>Open catalog database</translation>
    </message>
    <message>
        <source>govcat 数据库 (*.govcat);;所有文件 (*)</source>
        <translation>govcat databases (*.govcat);;All files (*)</translation>
    </message>
    <message>
        <source>govcat</source>
        <translation>govcat</translation>
    </message>
    <message>
        <source>无法读取本机用户信息：%1</source>
        <translation>Cannot read the local user profile: %1</translation>
    </message>
</context>
<context>
    <name>ReadOnlyOpen</name>
    <message>
        <source>govcat %1：无法读取数据库的版本。</source>
        <translation>govcat %1: cannot read the database&apos;s version.</translation>
    </message>
    <message>
        <source>govcat %1：该数据库由较早版本的 govcat 写入（数据库版本 %2，本程序为 %3），需要先升级才能读取。请先在 govcat 中打开它一次（或运行一次不带 --dry-run 的 govcat import），升级会保留全部内容。没有读取或写入任何内容。</source>
        <translation>govcat %1: this database was written by an older govcat (database version %2, this program %3) and must be upgraded before it can be read. Open it once in govcat (or run govcat import once without --dry-run); the upgrade keeps everything. Nothing was read or written.</translation>
    </message>
</context>
<context>
    <name>Subcommands</name>
    <message>
        <source>只读检查加密数据库：解锁、完整性检查和各表行数，不做任何改动。</source>
        <translation>Check an encrypted database read-only: unlock, integrity check and row counts; nothing is changed.</translation>
    </message>
    <message>
        <source>生成一个示例城市的加密数据库。</source>
        <translation>Create an encrypted database of a demo city.</translation>
    </message>
    <message>
        <source>把目录（或其中部分部门、状态的信息资源）导出为 .xlsx、.csv 或 .json 文件。</source>
        <translation>Export the catalog (or the resources of some departments and statuses) to an .xlsx, .csv or .json file.</translation>
    </message>
    <message>
        <source>导入目录文件（.xlsx、.csv、.json）：先检查并列出改动，再写入。</source>
        <translation>Import a catalog file (.xlsx, .csv, .json): check it and list the changes first, then write.</translation>
    </message>
    <message>
        <source>设置本机用户（姓名、部门、角色），与首次启动时的对话框相同。</source>
        <translation>Set the local user (name, department, role), as the first-start dialog does.</translation>
    </message>
    <message>
        <source>子命令（用法见 govcat 子命令 --help）：</source>
        <translation>Subcommands (see govcat SUBCOMMAND --help):</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>提示信息和图形界面的语言：zh_CN 或 en（默认为上次在图形界面中选择的语言）。</source>
        <translation>Language of the messages and the GUI: zh_CN or en (default: the one chosen last in the GUI).</translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>另一项耗时操作正在进行。请等它完成或取消后再试。</source>
        <translation>Another long operation is in progress. Please wait for it to finish or cancel it, then try again.</translation>
    </message>
</context>
<context>
    <name>govcat::BulkEdit</name>
    <message>
        <source>；%1：%2</source>
        <translation>; %1: %2</translation>
    </message>
    <message>
        <source>所选不予共享依据不存在。</source>
        <translation>The selected legal basis for not sharing does not exist.</translation>
    </message>
    <message>
        <source>修订版本正在审核中，不能编辑。</source>
        <translation>The revision is pending review and cannot be edited.</translation>
    </message>
    <message>
        <source>已发布：修改保存为新的修订草稿，审核通过后生效。</source>
        <translation>Published: the change is saved as a new revision draft and takes effect once approved.</translation>
    </message>
    <message>
        <source>已发布：修改写入尚未提交的修订版本。</source>
        <translation>Published: the change goes into the revision not yet submitted.</translation>
    </message>
    <message>
        <source>已是该值，无需修改。</source>
        <translation>Already has this value; nothing to change.</translation>
    </message>
    <message>
        <source>“%1”不能批量修改。</source>
        <translation>&quot;%1&quot; cannot be changed in bulk.</translation>
    </message>
    <message>
        <source>请为“%1”选择一个取值。</source>
        <translation>Choose a value for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>“%1”为“%2”时不填写“%3”。</source>
        <translation>&quot;%3&quot; is not filled in when &quot;%1&quot; is &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>“%1”为“%2”时须填写“%3”。</source>
        <translation>&quot;%3&quot; is required when &quot;%1&quot; is &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>格式类型“%1”不属于格式分类“%2”。</source>
        <translation>Format type &quot;%1&quot; does not belong to format category &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>请选择共享方式类型。</source>
        <translation>Choose a sharing method type.</translation>
    </message>
</context>
<context>
    <name>govcat::CatalogCsvWriter</name>
    <message>
        <source>本系统的 Qt 不支持 GB18030 编码，请改用 UTF-8。</source>
        <translation>The Qt on this system does not support GB18030; use UTF-8 instead.</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>有字符无法转换为所选编码。</source>
        <translation>Some characters cannot be converted to the chosen encoding.</translation>
    </message>
    <message>
        <source>写入 %1 失败：%2</source>
        <translation>Writing %1 failed: %2</translation>
    </message>
    <message>
        <source>CSV 文件没有打开。</source>
        <translation>The CSV file is not open.</translation>
    </message>
</context>
<context>
    <name>govcat::CatalogExport</name>
    <message>
        <source>导出已取消，没有生成文件。</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>govcat::CatalogFile</name>
    <message>
        <source>找不到文件“%1”。</source>
        <translation>File &quot;%1&quot; not found.</translation>
    </message>
</context>
<context>
    <name>govcat::CatalogJson</name>
    <message>
        <source>JSON 格式错误：第 %1 条信息资源（第 %2 行）不是有效的 JSON 值。</source>
        <translation>JSON error: resource %1 (line %2) is not a valid JSON value.</translation>
    </message>
    <message>
        <source>第 %1 条信息资源不是 JSON 对象，未导入。</source>
        <translation>Resource %1 is not a JSON object and was not imported.</translation>
    </message>
    <message>
        <source>JSON 格式错误：第 %1 条信息资源（第 %2 行）：%3。</source>
        <translation>JSON error: resource %1 (line %2): %3.</translation>
    </message>
    <message>
        <source>第 %1 条与第 %2 条是同一条信息资源，重复的未导入。</source>
        <translation>Resources %1 and %2 are the same resource; the duplicate was not imported.</translation>
    </message>
    <message>
        <source>JSON（%1 第 %2 版）：%3 条信息资源</source>
        <translation>JSON (%1 version %2): %3 resources</translation>
    </message>
    <message>
        <source>导入已取消。</source>
        <translation>Import cancelled.</translation>
    </message>
    <message>
        <source>JSON 格式错误（第 %1 行）：%2。</source>
        <translation>JSON error (line %1): %2.</translation>
    </message>
    <message>
        <source>结构不正确</source>
        <translation>invalid structure</translation>
    </message>
    <message>
        <source>不是 govcat 目录 JSON 文件：内容应以 { 开始。</source>
        <translation>Not a govcat catalog JSON file: the content should start with {.</translation>
    </message>
    <message>
        <source>应为带引号的键</source>
        <translation>a quoted key was expected</translation>
    </message>
    <message>
        <source>键后应为冒号</source>
        <translation>a colon was expected after the key</translation>
    </message>
    <message>
        <source>“resources”在文件中出现了两次。</source>
        <translation>&quot;resources&quot; appears twice in the file.</translation>
    </message>
    <message>
        <source>“%1”的值不是有效的 JSON</source>
        <translation>the value of &quot;%1&quot; is not valid JSON</translation>
    </message>
    <message>
        <source>应为逗号或 }</source>
        <translation>a comma or } was expected</translation>
    </message>
    <message>
        <source>JSON 对象结束后还有内容</source>
        <translation>there is content after the end of the JSON object</translation>
    </message>
    <message>
        <source>“resources”应为信息资源对象的数组。</source>
        <translation>&quot;resources&quot; should be an array of resource objects.</translation>
    </message>
    <message>
        <source>第 %1 条信息资源超过 %2 MB，超出导入上限。</source>
        <translation>Resource %1 is larger than %2 MB, the import limit.</translation>
    </message>
    <message>
        <source>文件中的信息资源超过 %1 条，超出每个文件 %1 条的上限，文件未导入。请拆分成几个文件后分别导入。</source>
        <translation>The file has more than %1 resources, the limit per file; it was not imported. Split it into several files and import them one by one.</translation>
    </message>
    <message>
        <source>“resources”数组中应为逗号或 ]</source>
        <translation>a comma or ] was expected in the &quot;resources&quot; array</translation>
    </message>
    <message>
        <source>文件中的信息项超过 %1 个（到第 %2 条信息资源），超出每个文件 %1 个的上限，文件未导入。请拆分成几个文件后分别导入。</source>
        <translation>The file has more than %1 data items (reached at resource %2), the limit per file; it was not imported. Split it into several files and import them one by one.</translation>
    </message>
    <message>
        <source>第 %1 条信息资源（第 %2 行）的“items”超过 %3 个信息项，超出每条信息资源 %3 个信息项的上限，文件未导入。</source>
        <translation>The &quot;items&quot; of resource %1 (line %2) has more than %3 data items, the limit per resource; the file was not imported.</translation>
    </message>
    <message>
        <source>不是 govcat 目录 JSON 文件：“format”应为“%1”%2。</source>
        <translation>Not a govcat catalog JSON file: &quot;format&quot; should be &quot;%1&quot;%2.</translation>
    </message>
    <message>
        <source>，文件中没有这一项</source>
        <translation>, but the file has none</translation>
    </message>
    <message>
        <source>，文件中为“%1”</source>
        <translation>, but the file has &quot;%1&quot;</translation>
    </message>
    <message>
        <source>govcat 目录 JSON 文件的版本为“%1”，本程序只能读取第 %2 版；请用相同版本的 govcat 导出，或升级 govcat。</source>
        <translation>The govcat catalog JSON file has version &quot;%1&quot;; this program reads only version %2. Export with the same govcat version, or upgrade govcat.</translation>
    </message>
    <message>
        <source>（缺失）</source>
        <translation>(missing)</translation>
    </message>
    <message>
        <source>govcat 目录 JSON 文件中没有“resources”数组。</source>
        <translation>The govcat catalog JSON file has no &quot;resources&quot; array.</translation>
    </message>
    <message>
        <source>JSON 文件有 %1 MB，超过导入上限 %2 MB。</source>
        <translation>The JSON file is %1 MB, over the import limit of %2 MB.</translation>
    </message>
    <message>
        <source>找不到文件 %1。</source>
        <translation>File %1 not found.</translation>
    </message>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>JSON 文件是空的。</source>
        <translation>The JSON file is empty.</translation>
    </message>
</context>
<context>
    <name>govcat::CatalogJsonWriter</name>
    <message>
        <source>写入 %1 失败：%2</source>
        <translation>Writing %1 failed: %2</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>JSON 文件没有打开。</source>
        <translation>The JSON file is not open.</translation>
    </message>
</context>
<context>
    <name>govcat::CatalogRules</name>
    <message>
        <source>“%1”为必填项，请填写。</source>
        <translation>&quot;%1&quot; is required; fill it in.</translation>
    </message>
    <message>
        <source>“%1”的取值“%2”不在代码表中，请从下拉列表中选择：%3。</source>
        <translation>The value &quot;%2&quot; of &quot;%1&quot; is not in the code list; choose one from the drop-down list: %3.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>信息资源名称</source>
        <translation>Resource name</translation>
    </message>
    <message>
        <source>信息资源分类</source>
        <translation>Resource classification</translation>
    </message>
    <message>
        <source>信息资源提供方</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>信息资源提供方代码</source>
        <translation>Provider code</translation>
    </message>
    <message>
        <source>信息资源摘要</source>
        <translation>Resource abstract</translation>
    </message>
    <message>
        <source>信息资源格式分类</source>
        <translation>Format category</translation>
    </message>
    <message>
        <source>信息资源格式类型</source>
        <translation>Format type</translation>
    </message>
    <message>
        <source>共享类型</source>
        <translation>Share type</translation>
    </message>
    <message>
        <source>共享方式分类</source>
        <translation>Sharing method category</translation>
    </message>
    <message>
        <source>是否向社会开放</source>
        <translation>Open to the public</translation>
    </message>
    <message>
        <source>更新周期</source>
        <translation>Update cycle</translation>
    </message>
    <message>
        <source>发布日期</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>共享方式类型</source>
        <translation>Sharing method type</translation>
    </message>
    <message>
        <source>开放类型</source>
        <translation>Open type</translation>
    </message>
    <message>
        <source>涉密属性</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>层级属性</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>挂接状态</source>
        <translation>Mount status</translation>
    </message>
    <message>
        <source>信息资源代码“%1”格式不对：应为分类码（类 1 位 + 项 2 位 + 目 3 位 + 细目）、“%2”和顺序码，例如 %3。</source>
        <translation>Resource code &quot;%1&quot; is malformed: it should be the classification code (class 1 digit + item 2 + group 3 + subgroup), &quot;%2&quot; and a sequence number, e.g. %3.</translation>
    </message>
    <message>
        <source>信息资源代码的分类码“%1”与所选分类“%2”不一致。</source>
        <translation>The classification code &quot;%1&quot; in the resource code does not match the selected classification &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>有条件共享须写明共享条件（向哪些部门、为何种用途、以何种方式共享）。</source>
        <translation>Conditional sharing needs a share condition (with which departments, for what purpose, in what way).</translation>
    </message>
    <message>
        <source>有条件开放的资源须写明开放条件（开放的范围、方式和限制）。</source>
        <translation>A resource open with conditions needs an open condition (scope, method and limits).</translation>
    </message>
    <message>
        <source>向社会开放的资源须写明开放条件。</source>
        <translation>A resource open to the public needs an open condition.</translation>
    </message>
    <message>
        <source>格式分类选择“其他”时，请在“其他类型资源格式描述”中说明格式。</source>
        <translation>With format category &quot;Other&quot;, describe the format in &quot;Other format&quot;.</translation>
    </message>
    <message>
        <source>更新周期选择“其他”时，请说明实际的更新周期。</source>
        <translation>With update cycle &quot;Other&quot;, describe the actual update cycle.</translation>
    </message>
    <message>
        <source>法律、行政法规或国务院决定</source>
        <translation>a law, an administrative regulation or a State Council decision</translation>
    </message>
    <message>
        <source>法律、行政法规或党中央、国务院政策</source>
        <translation>a law, an administrative regulation or a policy of the Central Committee and the State Council</translation>
    </message>
    <message>
        <source>《政务数据共享条例》，2025 年 8 月 1 日起施行</source>
        <translation>Regulations on Government Data Sharing, in force since 1 August 2025</translation>
    </message>
    <message>
        <source>国发〔2016〕51号</source>
        <translation>Guofa [2016] No. 51</translation>
    </message>
    <message>
        <source>不予共享须有%1作为依据（%2），请选择不予共享依据。</source>
        <translation>Not sharing needs %1 as its legal basis (%2); choose the legal basis for not sharing.</translation>
    </message>
    <message>
        <source>按%1的规定，有条件共享也须写明依据，请选择共享依据。</source>
        <translation>Under %1, conditional sharing also needs a legal basis; choose the basis for sharing.</translation>
    </message>
    <message>
        <source>所选依据已不在依据库中，请重新选择。</source>
        <translation>The selected legal basis is no longer in the library; choose again.</translation>
    </message>
    <message>
        <source>不予共享的依据须为%1（%2）。所选依据“%3”的效力层级是“%4”，不能作为不予共享的依据，请改选法律或行政法规等依据，或重新确定共享类型。</source>
        <translation>The legal basis for not sharing must be %1 (%2). The selected basis &quot;%3&quot; has legal force &quot;%4&quot; and cannot justify not sharing; choose a law, an administrative regulation or the like, or reconsider the share type.</translation>
    </message>
    <message>
        <source>开放类型“%1”与“是否向社会开放：%2”不一致：无条件开放和有条件开放对应“是”，不予开放对应“否”。</source>
        <translation>Opening type &quot;%1&quot; contradicts &quot;Open to the public: %2&quot;: open without or with conditions means &quot;Yes&quot;, not open means &quot;No&quot;.</translation>
    </message>
    <message>
        <source>不予共享的资源不能向社会开放：不在政务部门之间共享的数据，也不应向社会开放。请将“是否向社会开放”改为“否”、开放类型改为“不予开放”，或重新确定共享类型。</source>
        <translation>A resource that is not shared cannot be open to the public: data not shared between government departments should not be opened either. Set &quot;Open to the public&quot; to &quot;No&quot; and the opening type to &quot;Not open&quot;, or reconsider the share type.</translation>
    </message>
    <message>
        <source>涉密信息资源不能通过政务数据共享共享（国家秘密不适用共享条例，按保密法律法规管理）。请将共享类型改为“不予共享”并选择依据，或核实涉密属性。</source>
        <translation>A classified resource cannot be shared through government data sharing (state secrets fall under the secrecy laws, not the sharing regulations). Set the share type to &quot;Not shared&quot; and choose a legal basis, or check the classification.</translation>
    </message>
    <message>
        <source>涉密信息资源不能向社会开放。请将“是否向社会开放”改为“否”，或核实涉密属性。</source>
        <translation>A classified resource cannot be open to the public. Set &quot;Open to the public&quot; to &quot;No&quot;, or check the classification.</translation>
    </message>
    <message>
        <source>不予共享的资源没有共享方式，请清空“共享方式分类”和“共享方式类型”。</source>
        <translation>A resource that is not shared has no sharing method; clear &quot;Sharing method category&quot; and &quot;Sharing method type&quot;.</translation>
    </message>
    <message>
        <source>关联资源代码“%1”格式不对：应为分类码、“%2”和顺序码，例如 %3。</source>
        <translation>Related resource code &quot;%1&quot; is malformed: it should be the classification code, &quot;%2&quot; and a sequence number, e.g. %3.</translation>
    </message>
    <message>
        <source>关联资源代码“%1”是本资源自己的代码，请删去。</source>
        <translation>Related resource code &quot;%1&quot; is this resource&apos;s own code; remove it.</translation>
    </message>
    <message>
        <source>关联资源代码“%1”在本目录中找不到对应的信息资源，请核对代码（上级或其他地区目录中的资源可忽略此提示）。</source>
        <translation>No resource in this catalog has the related resource code &quot;%1&quot;; check the code (ignore this note for resources in a higher-level or another region&apos;s catalog).</translation>
    </message>
    <message>
        <source>格式类型“%1”不属于格式分类“%2”，请重新选择格式类型。</source>
        <translation>Format type &quot;%1&quot; does not belong to format category &quot;%2&quot;; choose the format type again.</translation>
    </message>
    <message>
        <source>格式为“%1”的资源通过共享平台共享时，共享方式类型通常为%2，而不是“%3”。请确认。</source>
        <translation>A resource in format &quot;%1&quot; shared through the sharing platform usually has sharing method type %2, not &quot;%3&quot;. Please confirm.</translation>
    </message>
    <message>
        <source>或</source>
        <translation> or </translation>
    </message>
    <message>
        <source>信息资源提供方代码“%1”不是有效的统一社会信用代码（18 位，校验位符合 GB 32100）。</source>
        <translation>Provider code &quot;%1&quot; is not a valid unified social credit code (18 characters, check digit per GB 32100).</translation>
    </message>
    <message>
        <source>发布日期“%1”无效，请按“年-月-日”填写，例如 2026-11-22。</source>
        <translation>Publish date &quot;%1&quot; is invalid; write it as year-month-day, e.g. 2026-11-22.</translation>
    </message>
    <message>
        <source>本部门已有名为“%1”的信息资源。同一提供方的资源名称不能重复，请修改名称或编辑已有资源。</source>
        <translation>Your department already has a resource named &quot;%1&quot;. Resource names must be unique per provider; change the name or edit the existing resource.</translation>
    </message>
    <message>
        <source>每个信息资源至少要有一个信息项，请在信息项表格中添加。</source>
        <translation>Every resource needs at least one data item; add one in the data item table.</translation>
    </message>
    <message>
        <source>第 %1 个信息项缺少名称。</source>
        <translation>Data item %1 has no name.</translation>
    </message>
    <message>
        <source>信息项名称“%1”重复（第 %2 项）。同一资源内信息项名称不能重复。</source>
        <translation>Data item name &quot;%1&quot; is repeated (item %2). Data item names must be unique within a resource.</translation>
    </message>
    <message>
        <source>第 %1 个信息项的数据类型“%2”无效，请选择 C、N、Y、D、T、L、M、G、B、I、F 之一。</source>
        <translation>Data item %1 has an invalid data type &quot;%2&quot;; choose one of C, N, Y, D, T, L, M, G, B, I, F.</translation>
    </message>
    <message>
        <source>第 %1 个信息项“%2”为字符型，须填写数据长度（正整数）。</source>
        <translation>Data item %1 &quot;%2&quot; is of type Character and needs a length (a positive integer).</translation>
    </message>
    <message>
        <source>第 %1 个信息项的数据长度“%2”应为正整数。</source>
        <translation>The length &quot;%2&quot; of data item %1 should be a positive integer.</translation>
    </message>
    <message>
        <source>必填项不能为空</source>
        <translation>Required fields are filled in</translation>
    </message>
    <message>
        <source>信息资源代码格式（分类码/顺序码）</source>
        <translation>Resource code format (classification code/sequence number)</translation>
    </message>
    <message>
        <source>有条件共享须写明共享条件</source>
        <translation>Conditional sharing states its condition</translation>
    </message>
    <message>
        <source>不予共享须有相应效力层级的依据</source>
        <translation>Not sharing has a legal basis of sufficient force</translation>
    </message>
    <message>
        <source>向社会开放须写明开放条件</source>
        <translation>Opening to the public states its condition</translation>
    </message>
    <message>
        <source>格式与共享方式一致（警告）</source>
        <translation>Format matches the sharing method (warning)</translation>
    </message>
    <message>
        <source>同一提供方资源名称不重复</source>
        <translation>Resource names unique per provider</translation>
    </message>
    <message>
        <source>提供方代码为有效统一社会信用代码</source>
        <translation>Provider code is a valid unified social credit code</translation>
    </message>
    <message>
        <source>日期格式</source>
        <translation>Date format</translation>
    </message>
    <message>
        <source>至少一个信息项</source>
        <translation>At least one data item</translation>
    </message>
    <message>
        <source>信息项名称不重复</source>
        <translation>Data item names unique</translation>
    </message>
    <message>
        <source>字符型信息项须有长度</source>
        <translation>Character data items have a length</translation>
    </message>
    <message>
        <source>取值属于代码表</source>
        <translation>Values are in the code list</translation>
    </message>
    <message>
        <source>格式类型属于格式分类</source>
        <translation>Format type belongs to the format category</translation>
    </message>
    <message>
        <source>选择“其他”时须说明</source>
        <translation>&quot;Other&quot; is described</translation>
    </message>
    <message>
        <source>开放类型与是否向社会开放一致</source>
        <translation>Opening type matches &quot;Open to the public&quot;</translation>
    </message>
    <message>
        <source>不予共享的资源不向社会开放</source>
        <translation>Resources not shared are not open to the public</translation>
    </message>
    <message>
        <source>涉密资源不共享、不开放</source>
        <translation>Classified resources are neither shared nor opened</translation>
    </message>
    <message>
        <source>不予共享的资源不填共享方式</source>
        <translation>Resources not shared have no sharing method</translation>
    </message>
    <message>
        <source>关联资源代码格式正确且资源存在</source>
        <translation>Related resource codes are well formed and exist</translation>
    </message>
</context>
<context>
    <name>govcat::CatalogTableParser</name>
    <message>
        <source>“%1”：每行一条信息资源（表头在第 %2 行）</source>
        <translation>&quot;%1&quot;: one resource per row (header in row %2)</translation>
    </message>
    <message>
        <source>“%1”：每行一个信息项（表头在第 %2 行）</source>
        <translation>&quot;%1&quot;: one data item per row (header in row %2)</translation>
    </message>
    <message>
        <source>“%1”：每行一个信息项，资源列重复或合并（表头在第 %2 行）</source>
        <translation>&quot;%1&quot;: one data item per row, resource columns repeated or merged (header in row %2)</translation>
    </message>
    <message>
        <source>“%1”：每行一条信息资源，信息项写在同一单元格（表头在第 %2 行）</source>
        <translation>&quot;%1&quot;: one resource per row, data items in one cell (header in row %2)</translation>
    </message>
    <message>
        <source>导入已取消。</source>
        <translation>Import cancelled.</translation>
    </message>
    <message>
        <source>（到工作表“%1”第 %2 行）</source>
        <translation> (reached at sheet &quot;%1&quot; row %2)</translation>
    </message>
    <message>
        <source>文件中的信息资源超过 %1 条%2，超出每个文件 %1 条的上限，文件未导入。请拆分成几个文件后分别导入。</source>
        <translation>The file has more than %1 resources%2, the limit per file; it was not imported. Split it into several files and import them one by one.</translation>
    </message>
    <message>
        <source>文件中的信息项超过 %1 个%2，超出每个文件 %1 个的上限，文件未导入。请拆分成几个文件后分别导入。</source>
        <translation>The file has more than %1 data items%2, the limit per file; it was not imported. Split it into several files and import them one by one.</translation>
    </message>
    <message>
        <source>工作表“%1”第 %2 行的“信息项”单元格有 %3 个字符，超出每格 %4 个字符的上限，文件未导入。请检查这一格的内容。</source>
        <translation>The &quot;Data items&quot; cell of sheet &quot;%1&quot; row %2 has %3 characters, over the limit of %4 per cell; the file was not imported. Check that cell.</translation>
    </message>
    <message>
        <source>工作表“%1”第 %2 行的“信息项”单元格写了超过 %3 个信息项，超出每条信息资源 %3 个信息项的上限，文件未导入。请检查这一格的内容。</source>
        <translation>The &quot;Data items&quot; cell of sheet &quot;%1&quot; row %2 lists more than %3 data items, the limit per resource; the file was not imported. Check that cell.</translation>
    </message>
    <message>
        <source>第 %1 行与第 %2 行是同一条信息资源，重复的行未导入。</source>
        <translation>Rows %1 and %2 are the same resource; the duplicate row was not imported.</translation>
    </message>
    <message>
        <source>信息项：%1</source>
        <translation>Data items: %1</translation>
    </message>
    <message>
        <source>信息资源“%1”的信息项超过 %2 个（到工作表“%3”第 %4 行），超出每条信息资源 %2 个信息项的上限，文件未导入。请检查信息项是否对应到了正确的信息资源。</source>
        <translation>Resource &quot;%1&quot; has more than %2 data items (reached at sheet &quot;%3&quot; row %4), the limit per resource; the file was not imported. Check that the data items belong to the right resources.</translation>
    </message>
    <message>
        <source>第 %1 行的信息项没有写明所属信息资源（资源标识、信息资源代码或信息资源名称）。</source>
        <translation>The data item in row %1 does not say which resource it belongs to (resource ID, resource code or resource name).</translation>
    </message>
    <message>
        <source>第 %1 行的信息项上方没有所属信息资源的名称。</source>
        <translation>The data item in row %1 has no resource name above it.</translation>
    </message>
    <message>
        <source>“%1”：%2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>govcat::CatalogWorkflow</name>
    <message>
        <source>信息资源还有 %1 处错误，不能提交：
</source>
        <translation>The resource still has %1 errors and cannot be submitted:
</translation>
    </message>
    <message>
        <source>不能审核自己提交的目录：这一版由您（%1）提交审核，请由另一位审核员审核通过。</source>
        <translation>You cannot review your own submission: you (%1) submitted this version; another reviewer must approve it.</translation>
    </message>
    <message>
        <source>该信息资源已有未完成的修订版本（第 %1 版）。</source>
        <translation>This resource already has an unfinished revision (version %1).</translation>
    </message>
    <message>
        <source>无法读取该信息资源。</source>
        <translation>Cannot read this resource.</translation>
    </message>
    <message>
        <source>所选分类的分类码“%1”不符合代码规则，无法生成信息资源代码。</source>
        <translation>The classification code &quot;%1&quot; of the selected classification does not follow the code rules; no resource code can be generated.</translation>
    </message>
    <message>
        <source>“%1”在审核通过之后已有改动，不能再撤销审核通过。如需更正，请修订该信息资源。</source>
        <translation>&quot;%1&quot; has changed since it was approved, so the approval cannot be undone. To correct it, revise the resource.</translation>
    </message>
    <message>
        <source>只能删除从未提交审核、还没有信息资源代码的草稿；该信息资源已提交过审核或已有代码，不能删除。</source>
        <translation>Only drafts never submitted for review and without a resource code can be deleted; this resource has been submitted or has a code, so it cannot be deleted.</translation>
    </message>
    <message>
        <source>草稿“%1”删除之后又有改动，不能再恢复。</source>
        <translation>Draft &quot;%1&quot; changed after it was deleted and can no longer be restored.</translation>
    </message>
    <message>
        <source>退回时必须写明退回原因，以便编目员修改。</source>
        <translation>Give a reason for returning it, so the catalog editor knows what to fix.</translation>
    </message>
    <message>
        <source>申请下线时必须写明原因。</source>
        <translation>Give a reason for taking it offline.</translation>
    </message>
</context>
<context>
    <name>govcat::CatalogXlsxWriter</name>
    <message>
        <source>写入 Excel 文件失败（%1）：%2</source>
        <translation>Writing the Excel file failed (%1): %2</translation>
    </message>
    <message>
        <source>无法创建 Excel 文件 %1。</source>
        <translation>Cannot create the Excel file %1.</translation>
    </message>
    <message>
        <source>无法创建 Excel 工作表。</source>
        <translation>Cannot create the Excel worksheet.</translation>
    </message>
    <message>
        <source>无法创建工作表“%1”。</source>
        <translation>Cannot create the worksheet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>无法创建代码表工作表 %1。</source>
        <translation>Cannot create the code list worksheet %1.</translation>
    </message>
    <message>
        <source>不在可选值中</source>
        <translation>Not an allowed value</translation>
    </message>
    <message>
        <source>请从下拉列表中选择“%1”的可选值。</source>
        <translation>Choose a value of &quot;%1&quot; from the drop-down list.</translation>
    </message>
    <message>
        <source>第 %1 行第 %2 列的内容有 %3 个字符，超过 Excel 单元格的上限 %4 个字符；请改用 CSV 或 JSON 导出。</source>
        <translation>Row %1, column %2 has %3 characters, over the Excel cell limit of %4; export as CSV or JSON instead.</translation>
    </message>
    <message>
        <source>第 %1 行</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>Excel 文件没有打开。</source>
        <translation>The Excel file is not open.</translation>
    </message>
    <message>
        <source>信息资源或信息项超过 Excel 工作表的最大行数（%1 行）；请按部门分批导出，或改用 CSV 或 JSON。</source>
        <translation>There are more resources or data items than an Excel worksheet&apos;s maximum of %1 rows; export by department in batches, or use CSV or JSON.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>govcat::CellValues</name>
    <message>
        <source>“%1”不是%2的可选值，应为：%3。</source>
        <translation>&quot;%1&quot; is not an allowed value of %2; it should be one of: %3.</translation>
    </message>
    <message>
        <source>“%1”应填“是”或“否”。</source>
        <translation>&quot;%1&quot; should be yes or no.</translation>
    </message>
    <message>
        <source>“%1”不是有效日期，请写成 2024-03-05 的形式。</source>
        <translation>&quot;%1&quot; is not a valid date; write it like 2024-03-05.</translation>
    </message>
    <message>
        <source>“%1”应为不小于 0 的数字。</source>
        <translation>&quot;%1&quot; should be a number not less than 0.</translation>
    </message>
    <message>
        <source>“%1”应为不小于 0 的整数。</source>
        <translation>&quot;%1&quot; should be an integer not less than 0.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>govcat::CsvParser</name>
    <message>
        <source>%1 字节</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>（可能缺少结束引号）</source>
        <translation> (a closing quote may be missing)</translation>
    </message>
    <message>
        <source>CSV 第 %1 行第 %2 列的内容超过 %3 的上限%4。</source>
        <translation>CSV line %1, column %2 is over the limit of %3%4.</translation>
    </message>
    <message>
        <source>CSV 第 %1 行的记录超过 %2 的上限%3。</source>
        <translation>The CSV record at line %1 is over the limit of %2%3.</translation>
    </message>
    <message>
        <source>CSV 第 %1 行超过 %2 列的上限。</source>
        <translation>CSV line %1 has more than %2 columns, the limit.</translation>
    </message>
    <message>
        <source>CSV 第 %1 行开始的带引号字段没有结束引号，文件可能不完整。</source>
        <translation>The quoted field starting at CSV line %1 has no closing quote; the file may be incomplete.</translation>
    </message>
</context>
<context>
    <name>govcat::CsvReader</name>
    <message>
        <source>自动</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>无法打开文件“%1”：%2</source>
        <translation>Cannot open file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>文件“%1”</source>
        <translation>File &quot;%1&quot;</translation>
    </message>
    <message>
        <source>CSV 数据</source>
        <translation>The CSV data</translation>
    </message>
    <message>
        <source>CSV 分隔符“%1”无效：请使用逗号、分号、制表符或其他 ASCII 标点。</source>
        <translation>CSV delimiter &quot;%1&quot; is invalid: use a comma, semicolon, tab or other ASCII punctuation.</translation>
    </message>
    <message>
        <source>%1超过 %2 的上限，请拆分后再导入。</source>
        <translation>%1 is over the limit of %2; split it and import again.</translation>
    </message>
    <message>
        <source>无法读取%1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1是 UTF-16 编码，只能读取 UTF-8 或 GB18030（GBK）编码的 CSV：请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”后再导入。</source>
        <translation>%1 is UTF-16 encoded; only UTF-8 or GB18030 (GBK) CSV can be read. Save it in Excel or WPS as &quot;CSV UTF-8 (comma delimited)&quot; and import again.</translation>
    </message>
    <message>
        <source>%1第 %2 行含有空字节（NUL），不是文本格式的 CSV 文件（可能是没有编码标记的 UTF-16 文件或二进制文件）。</source>
        <translation>%1 has a NUL byte in line %2 and is not a text CSV file (perhaps UTF-16 without a byte order mark, or a binary file).</translation>
    </message>
    <message>
        <source>%1以 UTF-8 编码标记（BOM）开头，但第 %2 行起不是有效的 UTF-8。</source>
        <translation>%1 starts with a UTF-8 byte order mark (BOM), but is not valid UTF-8 from line %2.</translation>
    </message>
    <message>
        <source>无法识别%1的编码：既不是 UTF-8（第 %2 行起无效），也不是 GB18030/GBK（第 %3 行起无效），可能不是文本格式的 CSV 文件。</source>
        <translation>Cannot recognise the encoding of %1: it is neither UTF-8 (invalid from line %2) nor GB18030/GBK (invalid from line %3); it may not be a text CSV file.</translation>
    </message>
    <message>
        <source>%1第 %2 行起不是有效的 UTF-8 编码。</source>
        <translation>%1 is not valid UTF-8 from line %2.</translation>
    </message>
    <message>
        <source>%1带有 UTF-8 编码标记（BOM），不是 GB18030 编码。</source>
        <translation>%1 has a UTF-8 byte order mark (BOM); it is not GB18030.</translation>
    </message>
    <message>
        <source>%1第 %2 行起不是有效的 GB18030/GBK 编码。</source>
        <translation>%1 is not valid GB18030/GBK from line %2.</translation>
    </message>
    <message>
        <source>此版本的 Qt 不支持 GB18030 解码，请将文件另存为 UTF-8 编码后再导入。</source>
        <translation>This Qt version cannot decode GB18030; save the file as UTF-8 and import again.</translation>
    </message>
    <message>
        <source>%1超过 %2 行的上限，请拆分后再导入。</source>
        <translation>%1 has more than %2 lines, the limit; split it and import again.</translation>
    </message>
    <message>
        <source>%1第 %2 行含有 GB18030 中没有定义的字符。</source>
        <translation>%1 has a character in line %2 that GB18030 does not define.</translation>
    </message>
</context>
<context>
    <name>govcat::DataCall</name>
    <message>
        <source>请填写普查名称，例如“2026 年度政务信息资源普查”。</source>
        <translation>Enter a name for the data call, e.g. &quot;2026 government information resource survey&quot;.</translation>
    </message>
    <message>
        <source>无法创建文件夹“%1”。</source>
        <translation>Cannot create the folder &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>已取消生成目录填报包。</source>
        <translation>Creating the catalog kits was cancelled.</translation>
    </message>
</context>
<context>
    <name>govcat::DraftFields</name>
    <message>
        <source>数据存储总量(G)</source>
        <translation>Total data volume (GB)</translation>
    </message>
    <message>
        <source>结构化信息记录总数(万条)</source>
        <translation>Total structured records (×10,000)</translation>
    </message>
    <message>
        <source>已共享的数据存储量(G)</source>
        <translation>Shared data volume (GB)</translation>
    </message>
    <message>
        <source>已共享结构化记录数(万条)</source>
        <translation>Shared structured records (×10,000)</translation>
    </message>
    <message>
        <source>已开放的数据存储量(G)</source>
        <translation>Open data volume (GB)</translation>
    </message>
    <message>
        <source>已开放结构化记录数(万条)</source>
        <translation>Open structured records (×10,000)</translation>
    </message>
    <message>
        <source>信息资源分类</source>
        <translation>Resource classification</translation>
    </message>
    <message>
        <source>信息资源名称</source>
        <translation>Resource name</translation>
    </message>
    <message>
        <source>信息资源代码</source>
        <translation>Resource code</translation>
    </message>
    <message>
        <source>信息资源提供方</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>信息资源提供方代码</source>
        <translation>Provider code</translation>
    </message>
    <message>
        <source>下设机构/内部部门</source>
        <translation>Subordinate unit / internal division</translation>
    </message>
    <message>
        <source>信息资源摘要</source>
        <translation>Resource abstract</translation>
    </message>
    <message>
        <source>格式分类</source>
        <translation>Format category</translation>
    </message>
    <message>
        <source>格式类型</source>
        <translation>Format type</translation>
    </message>
    <message>
        <source>其他类型资源格式描述</source>
        <translation>Other format description</translation>
    </message>
    <message>
        <source>共享类型</source>
        <translation>Share type</translation>
    </message>
    <message>
        <source>共享条件</source>
        <translation>Sharing conditions</translation>
    </message>
    <message>
        <source>不予共享依据</source>
        <translation>Basis for not sharing</translation>
    </message>
    <message>
        <source>共享方式分类</source>
        <translation>Sharing method category</translation>
    </message>
    <message>
        <source>共享方式类型</source>
        <translation>Sharing method type</translation>
    </message>
    <message>
        <source>是否向社会开放</source>
        <translation>Open to the public</translation>
    </message>
    <message>
        <source>开放条件</source>
        <translation>Opening conditions</translation>
    </message>
    <message>
        <source>开放类型</source>
        <translation>Open type</translation>
    </message>
    <message>
        <source>更新周期</source>
        <translation>Update cycle</translation>
    </message>
    <message>
        <source>其他更新周期</source>
        <translation>Other update cycle</translation>
    </message>
    <message>
        <source>发布日期</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>涉密属性</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>层级属性</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>关联业务事项</source>
        <translation>Related business matters</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>挂接状态</source>
        <translation>Mount status</translation>
    </message>
    <message>
        <source>关联资源代码</source>
        <translation>Related resource codes</translation>
    </message>
    <message>
        <source>信息项</source>
        <translation>Data item</translation>
    </message>
    <message>
        <source>数据类型</source>
        <translation>Data type</translation>
    </message>
    <message>
        <source>数据长度</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>精度</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>是否主键</source>
        <translation>Primary key</translation>
    </message>
    <message>
        <source>是否敏感</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <source>信息项共享类型</source>
        <translation>Item share type</translation>
    </message>
    <message>
        <source>信息项共享条件</source>
        <translation>Item share condition</translation>
    </message>
    <message>
        <source>信息项名称</source>
        <translation>Data item name</translation>
    </message>
</context>
<context>
    <name>govcat::ImportApply</name>
    <message>
        <source>导入已取消，未写入任何内容。</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>govcat::ImportMerge</name>
    <message>
        <source>信息资源分类“%1”不在本地分类表中。请填写类、项、目或细目的分类码，例如 307003。</source>
        <translation>Resource classification &quot;%1&quot; is not in the local classification table. Enter the code of a class, item, group or subgroup, e.g. 307003.</translation>
    </message>
    <message>
        <source>不予共享依据“%1”不在本地法规依据库中。请写法规依据的完整标题。</source>
        <translation>Legal basis for not sharing &quot;%1&quot; is not in the local legal basis library. Write the full title of the legal basis.</translation>
    </message>
</context>
<context>
    <name>govcat::ImportPlanner</name>
    <message>
        <source>导入时仅作提示，提交审核前请补填。</source>
        <translation> Only a note on import; fill it in before submitting for review.</translation>
    </message>
    <message>
        <source>已按文件的要求删除全部信息项。每个信息资源至少要有一个信息项，提交审核前请添加。</source>
        <translation>All data items were removed as the file asks. Every resource needs at least one data item; add one before submitting for review.</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>未变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>校验不通过</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>文件中已有一行是同一条信息资源，此行未导入。</source>
        <translation>Another row of the file is the same resource; this row was not imported.</translation>
    </message>
    <message>
        <source>文件中的提供方“%1”与已有信息资源的提供方“%2”不同；提供方不能通过导入更改。</source>
        <translation>The provider &quot;%1&quot; in the file differs from the existing resource&apos;s provider &quot;%2&quot;; an import cannot change the provider.</translation>
    </message>
    <message>
        <source>资源标识“%1”在本地目录中不存在（可能已被删除）。新增资源请清空资源标识。</source>
        <translation>Resource ID &quot;%1&quot; does not exist in the local catalog (it may have been deleted). For a new resource, leave the resource ID empty.</translation>
    </message>
    <message>
        <source>信息项所属的信息资源“%1”既不在文件的资源表中，也不在本地目录中。</source>
        <translation>The resource &quot;%1&quot; of this data item is neither in the file&apos;s resource sheet nor in the local catalog.</translation>
    </message>
    <message>
        <source>没有填写信息资源提供方。</source>
        <translation>No provider is given.</translation>
    </message>
    <message>
        <source>提供方“%1”不是本地目录中的部门。请填写部门全称或其统一社会信用代码。</source>
        <translation>Provider &quot;%1&quot; is not a department of the local catalog. Enter the department&apos;s full name or its unified social credit code.</translation>
    </message>
    <message>
        <source>本地目录中没有代码为“%1”的信息资源；新资源的代码在首次提交审核时生成，文件中的代码未导入。</source>
        <translation>The local catalog has no resource with code &quot;%1&quot;; a new resource gets its code when first submitted for review, so the code in the file was not imported.</translation>
    </message>
    <message>
        <source>导入预览已取消。</source>
        <translation>Import preview cancelled.</translation>
    </message>
</context>
<context>
    <name>govcat::ImportReport</name>
    <message>
        <source>另有 %1 个问题未列入本报告：报告最多列出 %2 个问题。请先改正以上问题，再导入一次查看其余问题。</source>
        <translation>%1 more problems are not in this report, which lists at most %2. Fix the problems above first, then import again to see the rest.</translation>
    </message>
</context>
<context>
    <name>govcat::ImportReportWriter</name>
    <message>
        <source>共 %1 个错误、%2 个提示。请按批注修改标红的单元格，保存后重新导入。</source>
        <translation>%1 errors, %2 notes. Fix the cells marked red as their comments say, save, and import again.</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>单元格</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>信息资源</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>问题及修改方法</source>
        <translation>Problem and how to fix it</translation>
    </message>
    <message>
        <source>第 %1 行</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 第 %2 行</source>
        <translation>%1 row %2</translation>
    </message>
    <message>
        <source>无法创建错误报告“%1”。</source>
        <translation>Cannot create the error report &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>错误汇总</source>
        <translation>Error summary</translation>
    </message>
    <message>
        <source>错误报告“%1”未能写出：%2</source>
        <translation>The error report &quot;%1&quot; could not be written: %2</translation>
    </message>
</context>
<context>
    <name>govcat::ImportedValues</name>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>govcat::JsonResourceRead</name>
    <message>
        <source>第 %1 条信息资源：%2</source>
        <translation>Resource %1: %2</translation>
    </message>
    <message>
        <source>%1：应为文本或文本数组。</source>
        <translation>%1: should be text or an array of text.</translation>
    </message>
    <message>
        <source>%1：应为文本、数字或 null。</source>
        <translation>%1: should be text, a number or null.</translation>
    </message>
    <message>
        <source>第 %1 个信息项的%2：应为文本、数字、true/false 或 null。</source>
        <translation>%2 of data item %1: should be text, a number, true/false or null.</translation>
    </message>
    <message>
        <source>“items”应为信息项对象的数组。</source>
        <translation>&quot;items&quot; should be an array of data item objects.</translation>
    </message>
    <message>
        <source>第 %1 个信息项不是 JSON 对象，未导入。</source>
        <translation>Data item %1 is not a JSON object and was not imported.</translation>
    </message>
</context>
<context>
    <name>govcat::JsonScanner</name>
    <message>
        <source>字符串中有未转义的控制字符</source>
        <translation>unescaped control character in a string</translation>
    </message>
    <message>
        <source>字符串没有结束</source>
        <translation>unterminated string</translation>
    </message>
    <message>
        <source>缺少值</source>
        <translation>missing value</translation>
    </message>
    <message>
        <source>嵌套超过 %1 层</source>
        <translation>nested deeper than %1 levels</translation>
    </message>
    <message>
        <source>括号没有闭合</source>
        <translation>unclosed bracket</translation>
    </message>
</context>
<context>
    <name>govcat::Lifecycle</name>
    <message>
        <source>“部门领导（查阅）”角色只能查阅目录，不能修改。</source>
        <translation>The &quot;Department leader (read only)&quot; role can only read the catalog, not change it.</translation>
    </message>
    <message>
        <source>只有目录填报人员可以%1。</source>
        <translation>Only a catalog editor can do this: %1.</translation>
    </message>
    <message>
        <source>只能%1本部门的信息资源。</source>
        <translation>&quot;%1&quot; is allowed only on your own department&apos;s resources.</translation>
    </message>
    <message>
        <source>只有审核员可以%1。</source>
        <translation>Only a reviewer can do this: %1.</translation>
    </message>
    <message>
        <source>状态为“%1”的信息资源不能%2。</source>
        <translation>&quot;%2&quot; is not possible for a resource with status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>提交审核</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>修订</source>
        <translation>Revise</translation>
    </message>
    <message>
        <source>申请下线</source>
        <translation>Request to take offline</translation>
    </message>
    <message>
        <source>确认下线</source>
        <translation>Confirm offline</translation>
    </message>
    <message>
        <source>撤销下线</source>
        <translation>Cancel taking offline</translation>
    </message>
    <message>
        <source>恢复为新草稿</source>
        <translation>Restore as new draft</translation>
    </message>
    <message>
        <source>撤销审核通过</source>
        <translation>Undo approval</translation>
    </message>
    <message>
        <source>删除草稿</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>查阅</source>
        <translation>Read</translation>
    </message>
</context>
<context>
    <name>govcat::PartFile</name>
    <message>
        <source>无法在文件夹“%1”中创建文件。请检查该文件夹是否存在、是否可写，磁盘是否已满。</source>
        <translation>Cannot create a file in the folder &quot;%1&quot;. Check that the folder exists and is writable, and that the disk is not full.</translation>
    </message>
    <message>
        <source>无法在文件夹“%1”中创建临时文件，请稍后重试。</source>
        <translation>Cannot create a temporary file in the folder &quot;%1&quot;; try again later.</translation>
    </message>
    <message>
        <source>没有可保存的文件。</source>
        <translation>There is no file to save.</translation>
    </message>
    <message>
        <source>无法把文件保存为“%1”。请检查该文件夹是否可写、同名文件是否被其他程序占用。</source>
        <translation>Cannot save the file as &quot;%1&quot;. Check that the folder is writable and that no other program holds a file of that name.</translation>
    </message>
</context>
<context>
    <name>govcat::RawCell</name>
    <message>
        <source>工作表“%1”的单元格 %2 %3。</source>
        <translation>Cell %2 of sheet &quot;%1&quot; %3.</translation>
    </message>
    <message>
        <source>引用了不存在的共享字符串 %1</source>
        <translation>refers to shared string %1, which does not exist</translation>
    </message>
</context>
<context>
    <name>govcat::ResourceStore</name>
    <message>
        <source>保存草稿至少需要填写：%1。</source>
        <translation>To save a draft, fill in at least: %1.</translation>
    </message>
    <message>
        <source>信息资源的提供方不能在编辑中更改。</source>
        <translation>The provider of a resource cannot be changed while editing.</translation>
    </message>
    <message>
        <source>修订版本正在审核中，不能编辑。</source>
        <translation>The revision is pending review and cannot be edited.</translation>
    </message>
</context>
<context>
    <name>govcat::SharedStrings</name>
    <message>
        <source>工作簿的共享字符串超过 %1 条的上限。</source>
        <translation>The workbook has more than %1 shared strings, the limit.</translation>
    </message>
    <message>
        <source>工作簿的第 %1 条共享字符串超过 %2 个字符的上限（Excel 单元格的上限），请检查文件后再导入。</source>
        <translation>Shared string %1 of the workbook is longer than %2 characters (the Excel cell limit); check the file and import again.</translation>
    </message>
    <message>
        <source>工作簿的共享字符串共超过 %1 个字符，超出按该文件大小允许的上限（压缩后每字节 %2 个字符，至多 %3 个），请检查文件是否完整，或拆分成几个文件后再导入。</source>
        <translation>The workbook&apos;s shared strings total more than %1 characters, over the limit for a file of this size (%2 characters per compressed byte, at most %3); check that the file is complete, or split it into several files and import again.</translation>
    </message>
</context>
<context>
    <name>govcat::SheetHeader</name>
    <message>
        <source>%1等 %2 个工作表</source>
        <translation>%1 and others, %2 sheets</translation>
    </message>
    <message>
        <source>在工作表%1的前 %2 行中没有找到目录表头。表头应包含%3等列（数据项另列“信息项名称”“数据类型”，或在“信息项”一列中写成 名称(类型)）。</source>
        <translation>No catalog header was found in the first %2 rows of sheet %1. The header should have columns such as %3 (with data items in separate &quot;信息项名称&quot; and &quot;数据类型&quot; columns, or written as name(type) in a &quot;信息项&quot; column).</translation>
    </message>
</context>
<context>
    <name>govcat::SheetStreamer</name>
    <message>
        <source>超过 %1 个字符的上限（Excel 单元格的上限），请缩短后再导入</source>
        <translation>is longer than %1 characters (the Excel cell limit); shorten it and import again</translation>
    </message>
    <message>
        <source>超出 %1 列（A 至 %2 列）的上限：目录表只用前几十列，请删去该列之后的内容再导入</source>
        <translation>is beyond the limit of %1 columns (A to %2): a catalog sheet uses only the first few dozen columns; delete the content from that column on and import again</translation>
    </message>
    <message>
        <source>的行号无效</source>
        <translation>has an invalid row number</translation>
    </message>
    <message>
        <source>的引用无效</source>
        <translation>has an invalid reference</translation>
    </message>
    <message>
        <source>超出 Excel 的列范围</source>
        <translation>is outside Excel&apos;s column range</translation>
    </message>
    <message>
        <source>工作表“%1”第 %2 行的单元格合计超过 %3 个字符的上限，请缩短后再导入。</source>
        <translation>The cells of sheet &quot;%1&quot; row %2 total more than %3 characters, the limit; shorten them and import again.</translation>
    </message>
    <message>
        <source>工作表“%1”超过 %2 行的上限，请拆分后再导入。</source>
        <translation>Sheet &quot;%1&quot; has more than %2 rows, the limit; split it and import again.</translation>
    </message>
</context>
<context>
    <name>govcat::Styles</name>
    <message>
        <source>工作簿的单元格样式数量异常（超过一百万个）。</source>
        <translation>The workbook has an abnormal number of cell styles (over one million).</translation>
    </message>
</context>
<context>
    <name>govcat::TableSource</name>
    <message>
        <source>编码 %1%2</source>
        <translation>encoding %1%2</translation>
    </message>
    <message>
        <source>（带 BOM）</source>
        <translation> (with BOM)</translation>
    </message>
    <message>
        <source>找不到文件“%1”。</source>
        <translation>File &quot;%1&quot; not found.</translation>
    </message>
    <message>
        <source>“%1”不是可导入的文件：请选择 .xlsx、.csv 或 .json 文件。</source>
        <translation>&quot;%1&quot; cannot be imported: choose an .xlsx, .csv or .json file.</translation>
    </message>
</context>
<context>
    <name>govcat::XlsxArchive</name>
    <message>
        <source>文件不是有效的 .xlsx 工作簿（不是 zip 文件、已截断或受密码保护）。</source>
        <translation>The file is not a valid .xlsx workbook (not a zip file, truncated or password protected).</translation>
    </message>
    <message>
        <source>工作簿中的“%1”解压后超过 %2 MB 的上限，可能是恶意构造的压缩包，已停止读取。</source>
        <translation>&quot;%1&quot; in the workbook is larger than %2 MB when unpacked; it may be a maliciously built archive, so reading stopped.</translation>
    </message>
    <message>
        <source>工作簿中的“%1”压缩比超过 %2 倍，可能是压缩炸弹，已停止读取。</source>
        <translation>&quot;%1&quot; in the workbook has a compression ratio over %2; it may be a zip bomb, so reading stopped.</translation>
    </message>
    <message>
        <source>无法打开文件“%1”：%2</source>
        <translation>Cannot open file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>无法读取数据：%1</source>
        <translation>Cannot read the data: %1</translation>
    </message>
    <message>
        <source>文件不是有效的 .xlsx 工作簿（缺少“%1”）。</source>
        <translation>The file is not a valid .xlsx workbook (&quot;%1&quot; is missing).</translation>
    </message>
    <message>
        <source>工作簿中的“%1”含有 DTD 或实体声明，出于安全考虑拒绝读取。</source>
        <translation>&quot;%1&quot; in the workbook contains a DTD or entity declaration and is refused for safety.</translation>
    </message>
    <message>
        <source>工作簿中的“%1”不是有效的 XML（第 %2 行：%3）。</source>
        <translation>&quot;%1&quot; in the workbook is not valid XML (line %2: %3).</translation>
    </message>
    <message>
        <source>工作簿中的“%1”第 %2 行有一个超过 %3 KB 上限的标签或文本段，正常的工作簿不会这样，可能是恶意构造的文件，已拒绝读取。</source>
        <translation>&quot;%1&quot; in the workbook has a tag or text run over the %3 KB limit at line %2; normal workbooks do not, so the file may be maliciously built and is refused.</translation>
    </message>
</context>
<context>
    <name>govcat::XlsxReader</name>
    <message>
        <source>工作簿列出了超过 %1 个工作表，超出导入的上限。目录文件只需几个工作表，请删去多余的工作表后再导入。</source>
        <translation>The workbook lists more than %1 sheets, the import limit. A catalog file needs only a few sheets; delete the others and import again.</translation>
    </message>
    <message>
        <source>工作簿第 %1 个工作表的名称超过 %2 个字符的上限（Excel 只允许 31 个），请改短后再导入。</source>
        <translation>The name of sheet %1 is longer than %2 characters (Excel allows 31); shorten it and import again.</translation>
    </message>
    <message>
        <source>工作簿中的工作表“%1”和“%2”指向同一份数据，正常的工作簿不会这样，可能是恶意构造的文件，已拒绝读取。</source>
        <translation>Sheets &quot;%1&quot; and &quot;%2&quot; of the workbook point to the same data; normal workbooks do not, so the file may be maliciously built and is refused.</translation>
    </message>
    <message>
        <source>工作簿中没有第 %1 个工作表。</source>
        <translation>The workbook has no sheet %1.</translation>
    </message>
    <message>
        <source>工作簿各工作表合计超过 %1 行的上限，请拆分成几个文件后再导入。</source>
        <translation>The workbook&apos;s sheets total more than %1 rows, the limit; split it into several files and import again.</translation>
    </message>
    <message>
        <source>工作簿各工作表合计超过 %1 个有内容的单元格的上限，请拆分成几个文件后再导入。</source>
        <translation>The workbook&apos;s sheets total more than %1 non-empty cells, the limit; split it into several files and import again.</translation>
    </message>
</context>
<context>
    <name>govcat::XlsxWriterErrors</name>
    <message>
        <source>内存不足。请关闭其他程序后重试，或按部门分批导出。</source>
        <translation>Out of memory. Close other programs and try again, or export by department in batches.</translation>
    </message>
    <message>
        <source>无法创建文件。请检查该文件夹是否存在、是否可以写入，以及磁盘是否已满。</source>
        <translation>Cannot create the file. Check that the folder exists and is writable, and that the disk is not full.</translation>
    </message>
    <message>
        <source>无法在目标文件夹中写入临时数据。请检查磁盘空间和该文件夹的写入权限。</source>
        <translation>Cannot write temporary data to the target folder. Check the disk space and the folder&apos;s write permission.</translation>
    </message>
    <message>
        <source>压缩写入工作簿时出错。请检查磁盘空间后重试。</source>
        <translation>Compressing the workbook failed. Check the disk space and try again.</translation>
    </message>
    <message>
        <source>有单元格内容超过 Excel 每格 32,767 字的上限。请改用 CSV 或 JSON 格式导出。</source>
        <translation>A cell is longer than Excel&apos;s limit of 32,767 characters. Export as CSV or JSON instead.</translation>
    </message>
    <message>
        <source>写入工作簿时出错（错误代码 %1）。</source>
        <translation>Writing the workbook failed (error code %1).</translation>
    </message>
</context>
<context>
    <name>govcat::models::DepartmentListModel</name>
    <message>
        <source>全部部门 (%1)</source>
        <translation>All departments (%1)</translation>
    </message>
    <message>
        <source>%1
统一社会信用代码：%2</source>
        <translation>%1
Unified social credit code: %2</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
</context>
<context>
    <name>govcat::models::ImportPreviewModel</name>
    <message>
        <source>⚠ 本地有未同步的草稿修改，导入会覆盖其中的这些字段。</source>
        <translation>⚠ This draft has local changes not yet synced; the import overwrites these fields.</translation>
    </message>
    <message>
        <source>信息项“%1”的%2</source>
        <translation>%2 of data item “%1”</translation>
    </message>
    <message>
        <source>%1：%2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>新建草稿，%1 个信息项</source>
        <translation>New draft, %1 data items</translation>
    </message>
    <message>
        <source>%1（与本地草稿冲突）</source>
        <translation>%1 (collides with a local draft)</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>信息资源名称</source>
        <translation>Resource name</translation>
    </message>
    <message>
        <source>提供方</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>变化或问题</source>
        <translation>Changes or problems</translation>
    </message>
    <message>
        <source>信息项未填写，保持不变</source>
        <translation>Data items left blank, kept as they are</translation>
    </message>
</context>
<context>
    <name>govcat::models::ItemTableModel</name>
    <message>
        <source>同资源</source>
        <translation>Same as resource</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>信息项名称</source>
        <translation>Data item name</translation>
    </message>
    <message>
        <source>数据类型</source>
        <translation>Data type</translation>
    </message>
    <message>
        <source>长度</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>精度</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>主键</source>
        <translation>Primary key</translation>
    </message>
    <message>
        <source>敏感</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <source>共享类型</source>
        <translation>Share type</translation>
    </message>
</context>
<context>
    <name>govcat::models::ResourceListModel</name>
    <message>
        <source>信息资源代码</source>
        <translation>Resource code</translation>
    </message>
    <message>
        <source>信息资源名称</source>
        <translation>Resource name</translation>
    </message>
    <message>
        <source>信息资源提供方</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>共享类型</source>
        <translation>Share type</translation>
    </message>
    <message>
        <source>更新周期</source>
        <translation>Update cycle</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>发布日期</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>格式分类</source>
        <translation>Format category</translation>
    </message>
    <message>
        <source>向社会开放</source>
        <translation>Open to the public</translation>
    </message>
</context>
<context>
    <name>govcat::server::Api</name>
    <message>
        <source>登录已过期或无效，请重新登录。</source>
        <translation>Your login has expired or is invalid; please log in again.</translation>
    </message>
    <message>
        <source>这台设备已被管理员停用，不能再同步；本机尚未上传的修改仍然保留。请联系管理员。</source>
        <translation>An administrator has disabled this device; it can no longer sync. Edits not yet uploaded stay on this computer. Please contact your administrator.</translation>
    </message>
    <message>
        <source>登录请求的格式无效。</source>
        <translation>The login request is malformed.</translation>
    </message>
    <message>
        <source>用户名或密码不正确，请重新输入。</source>
        <translation>The user name or password is incorrect; please try again.</translation>
    </message>
    <message>
        <source>这台设备已被停用或登记在其他用户名下，不能用此账号同步。请联系管理员。</source>
        <translation>This device is disabled or registered to another user and cannot sync with this account. Please contact your administrator.</translation>
    </message>
    <message>
        <source>本机程序版本过旧，服务器不再接受，请升级后再同步。</source>
        <translation>This program&apos;s version is too old for the server; please upgrade, then sync.</translation>
    </message>
    <message>
        <source>上传内容中的设备编号与登录的设备不一致，请重新登录后再同步。</source>
        <translation>The device ID in the upload does not match the logged-in device; please log in again, then sync.</translation>
    </message>
    <message>
        <source>上传的修改序号不连续，服务器没有保存这一批，请从服务器要求的序号重新上传。</source>
        <translation>The uploaded edits skip a sequence number; the server saved none of this batch. Please upload again from the number the server asks for.</translation>
    </message>
    <message>
        <source>同步位置（游标）的格式无效。</source>
        <translation>The sync position (cursor) is malformed.</translation>
    </message>
    <message>
        <source>每页条数无效。</source>
        <translation>Invalid page size.</translation>
    </message>
    <message>
        <source>没有查看该部门数据的权限。</source>
        <translation>You may not view this department&apos;s data.</translation>
    </message>
    <message>
        <source>上传的内容过大，服务器没有接收，请分批同步。</source>
        <translation>The upload is too large and was not accepted; please sync in smaller batches.</translation>
    </message>
    <message>
        <source>服务器暂时无法处理请求，请稍后重试。</source>
        <translation>The server cannot handle the request right now; please try again later.</translation>
    </message>
    <message>
        <source>没有这个接口，请检查服务器地址。</source>
        <translation>No such endpoint; please check the server address.</translation>
    </message>
</context>
<context>
    <name>govcat::server::Cli</name>
    <message>
        <source>数据库拒绝了配置文件中的用户名或密码，请检查 [database] 的 user 和 password_file。</source>
        <translation>The database refused the user name or password in the configuration file; check user and password_file under [database].</translation>
    </message>
    <message>
        <source>无法连接服务器数据库，请检查配置文件中的 [database] 设置以及 PostgreSQL 是否已启动。</source>
        <translation>Cannot connect to the server database; check the [database] settings and that PostgreSQL is running.</translation>
    </message>
    <message>
        <source>这个数据库已有其他表，不是 govcat 服务器的数据库；请为服务器新建一个空数据库。</source>
        <translation>This database has other tables and is not a govcat server database; create an empty database for the server.</translation>
    </message>
    <message>
        <source>这个数据库由更新版本的 govcat-server 建立，请升级本程序。</source>
        <translation>This database was created by a newer govcat-server; please upgrade this program.</translation>
    </message>
    <message>
        <source>无法在数据库中建立服务器的表。</source>
        <translation>Cannot create the server&apos;s tables in the database.</translation>
    </message>
    <message>
        <source>请用 --name 给出用户名，用 --role 给出角色（editor、reviewer、leader 或 admin）。</source>
        <translation>Give the user name with --name and the role with --role (editor, reviewer, leader or admin).</translation>
    </message>
    <message>
        <source>编目员必须用 --dept 给出所属部门。</source>
        <translation>An editor needs a department (--dept).</translation>
    </message>
    <message>
        <source>无法读取 --password-file 指定的文件。</source>
        <translation>Cannot read the file given by --password-file.</translation>
    </message>
    <message>
        <source>已有同名用户，未作任何修改。</source>
        <translation>A user of this name exists; nothing was changed.</translation>
    </message>
    <message>
        <source>用户名或部门无效，或密码少于 8 个字符；未作任何修改。</source>
        <translation>Invalid user name or department, or the password is shorter than 8 characters; nothing was changed.</translation>
    </message>
    <message>
        <source>无法保存用户，请检查数据库。</source>
        <translation>Cannot save the user; check the database.</translation>
    </message>
    <message>
        <source>没有这个设备编号，请用 --client-id 给出要停用的设备。</source>
        <translation>No such device ID; give the device to disable with --client-id.</translation>
    </message>
    <message>
        <source>无法停用设备，请检查数据库。</source>
        <translation>Cannot disable the device; check the database.</translation>
    </message>
    <message>
        <source>请给出一个命令：init、serve、add-user 或 revoke-device（--help 查看用法）。</source>
        <translation>Give one command: init, serve, add-user or revoke-device (--help for usage).</translation>
    </message>
    <message>
        <source>请用 --config 给出配置文件。</source>
        <translation>Give the configuration file with --config.</translation>
    </message>
    <message>
        <source>配置文件不存在或其中的设置无效，请检查后重试。</source>
        <translation>The configuration file is missing or has invalid settings; check it and try again.</translation>
    </message>
    <message>
        <source>这个数据库还不是 govcat 服务器的数据库，请先运行 govcat-server init。</source>
        <translation>This database is not yet a govcat server database; run govcat-server init first.</translation>
    </message>
    <message>
        <source>无法开始服务：监听地址已被占用，或证书与私钥无法读取。请检查配置文件的 [listen] 和 [tls]。</source>
        <translation>Cannot start serving: the listen address is in use, or the certificate or key cannot be read. Check [listen] and [tls] in the configuration file.</translation>
    </message>
    <message>
        <source>服务器数据库已就绪。</source>
        <translation>The server database is ready.</translation>
    </message>
    <message>
        <source>已添加用户 %1。</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <source>设备已停用：它的登录已失效，不能再同步。</source>
        <translation>Device disabled: its logins are void and it can no longer sync.</translation>
    </message>
    <message>
        <source>govcat 市级同步服务器。
命令：init 建立数据库的表；serve 开始服务；add-user 添加用户；revoke-device 停用设备。
退出码：0 完成；1 无法开始服务；2 数据库拒绝了用户名或密码；3 数据库无法连接、已损坏或不是 govcat 服务器的数据库；64 参数有误。</source>
        <translation>govcat city sync server.
Commands: init creates the database tables; serve starts serving; add-user adds a user; revoke-device disables a device.
Exit codes: 0 done; 1 cannot serve; 2 the database refused the user name or password; 3 the database is unreachable, damaged or not a govcat server database; 64 wrong arguments.</translation>
    </message>
    <message>
        <source>配置文件（ini 格式）。</source>
        <translation>Configuration file (ini format).</translation>
    </message>
    <message>
        <source>add-user：用户名。</source>
        <translation>add-user: user name.</translation>
    </message>
    <message>
        <source>add-user：角色 editor、reviewer、leader 或 admin。</source>
        <translation>add-user: role editor, reviewer, leader or admin.</translation>
    </message>
    <message>
        <source>add-user：所属部门编号（可重复）。</source>
        <translation>add-user: department ID (repeatable).</translation>
    </message>
    <message>
        <source>add-user：从此文件第一行读取密码（省略时从标准输入读取）。</source>
        <translation>add-user: read the password from this file&apos;s first line (standard input if omitted).</translation>
    </message>
    <message>
        <source>revoke-device：要停用的设备编号。</source>
        <translation>revoke-device: the device ID to disable.</translation>
    </message>
</context>
<context>
    <name>govcat::server::PushApplier</name>
    <message>
        <source>领导角色只能查看，不能修改。</source>
        <translation>The leader role may only view, not change.</translation>
    </message>
    <message>
        <source>只能修改本部门的记录。</source>
        <translation>You may change only your own department&apos;s records.</translation>
    </message>
    <message>
        <source>只有审核人员可以改变记录的所属部门。</source>
        <translation>Only a reviewer may move a record to another department.</translation>
    </message>
    <message>
        <source>服务器上没有这条记录，修改未能保存。</source>
        <translation>The server has no such record; the change was not saved.</translation>
    </message>
    <message>
        <source>服务器上没有这条记录，删除未能保存。</source>
        <translation>The server has no such record; the deletion was not saved.</translation>
    </message>
</context>
<context>
    <name>govcat::sync::Push</name>
    <message>
        <source>不是一个对象。</source>
        <translation>it is not an object.</translation>
    </message>
    <message>
        <source>含有协议之外的键。</source>
        <translation>it has keys the protocol does not define.</translation>
    </message>
    <message>
        <source>序号、基础版本或结构版本不是有效的整数。</source>
        <translation>its sequence number, base version or schema version is not a valid integer.</translation>
    </message>
    <message>
        <source>新增记录的基础版本必须为 0。</source>
        <translation>a new row must be based on version 0.</translation>
    </message>
    <message>
        <source>表名无效。</source>
        <translation>the table name is not valid.</translation>
    </message>
    <message>
        <source>缺少所属部门。</source>
        <translation>the owning department is missing.</translation>
    </message>
    <message>
        <source>字段值的格式无效。</source>
        <translation>the field values are not in the protocol&apos;s form.</translation>
    </message>
    <message>
        <source>附带的下级记录格式无效（只有新增记录可以附带）。</source>
        <translation>the child rows it carries are not valid (only a new row may carry them).</translation>
    </message>
    <message>
        <source>本机时间格式无效。</source>
        <translation>the device time is not valid.</translation>
    </message>
    <message>
        <source>上传的修改过大，请分批同步。</source>
        <translation>The upload is too large; sync in smaller batches.</translation>
    </message>
    <message>
        <source>上传的内容不是有效的同步数据。</source>
        <translation>The upload is not valid sync data.</translation>
    </message>
    <message>
        <source>上传的内容缺少协议版本。</source>
        <translation>The upload does not say its protocol version.</translation>
    </message>
    <message>
        <source>上传的内容含有协议之外的键。</source>
        <translation>The upload has keys the protocol does not define.</translation>
    </message>
    <message>
        <source>上传的内容缺少修改列表。</source>
        <translation>The upload has no list of changes.</translation>
    </message>
    <message>
        <source>一次上传的修改过多，请分批同步。</source>
        <translation>Too many changes in one upload; sync in smaller batches.</translation>
    </message>
    <message>
        <source>序号没有递增。</source>
        <translation>its sequence number does not increase.</translation>
    </message>
    <message>
        <source>修改编号或记录编号的格式无效。</source>
        <translation>its change id or row id is not in the right form.</translation>
    </message>
    <message>
        <source>操作类型无效（只能是新增、修改或删除）。</source>
        <translation>the kind of change is not valid (only insert, update or delete).</translation>
    </message>
    <message>
        <source>设备编号的格式无效。</source>
        <translation>The device id is not in the right form.</translation>
    </message>
    <message>
        <source>第 %1 条修改：%2</source>
        <translation>Change %1: %2</translation>
    </message>
    <message>
        <source>同步协议版本 %1 不受支持（支持版本 %2），请升级 govcat。</source>
        <translation>Sync protocol version %1 is not supported (this server speaks version %2); please upgrade govcat.</translation>
    </message>
</context>
<context>
    <name>govcat::ui::BulkEditDialog</name>
    <message>
        <source>批量修改 — %1 条信息资源</source>
        <translation>Bulk edit — %1 information resources</translation>
    </message>
    <message>
        <source>信息资源名称</source>
        <translation>Resource name</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>应用</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>修改项：</source>
        <translation>Field:</translation>
    </message>
    <message>
        <source>改为：</source>
        <translation>Change to:</translation>
    </message>
    <message>
        <source>已发布的信息资源不会直接改动：修改保存为修订草稿，审核通过后生效。其他部门的、审核中的信息资源将跳过。</source>
        <translation>Published information resources are not changed directly: the change is saved as a revision draft and takes effect once approved in review. Resources of other departments and resources under review are skipped.</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(select)</translation>
    </message>
    <message>
        <source>留空则清除</source>
        <translation>Leave empty to clear</translation>
    </message>
    <message>
        <source>：</source>
        <translation>:</translation>
    </message>
    <message>
        <source>例如：仅向市场监管部门提供，用于企业登记核验</source>
        <translation>e.g. Provided only to market regulation, for verifying business registrations</translation>
    </message>
    <message>
        <source>（不修改）</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <source>将修改 %1 条，跳过 %2 条</source>
        <translation>%1 will be changed, %2 skipped</translation>
    </message>
    <message>
        <source>未能应用：%1</source>
        <translation>Could not apply: %1</translation>
    </message>
    <message>
        <source>批量修改</source>
        <translation>Bulk edit</translation>
    </message>
    <message>
        <source>正在读取所选信息资源…</source>
        <translation>Reading the selected information resources…</translation>
    </message>
    <message>
        <source>预览已取消。重新选择取值即可再次预览。</source>
        <translation>Preview cancelled. Choose the value again to preview once more.</translation>
    </message>
    <message>
        <source>正在修改 %1 条信息资源…</source>
        <translation>Changing %1 information resources…</translation>
    </message>
</context>
<context>
    <name>govcat::ui::CatalogModule</name>
    <message>
        <source>信息资源目录</source>
        <translation>Information resource catalog</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>目录质量</source>
        <translation>Catalog quality</translation>
    </message>
    <message>
        <source>一数一源</source>
        <translation>One data, one source</translation>
    </message>
    <message>
        <source>导入目录(&amp;I)…</source>
        <translation>&amp;Import catalog…</translation>
    </message>
    <message>
        <source>导出目录(&amp;E)…</source>
        <translation>&amp;Export catalog…</translation>
    </message>
    <message>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>目录(&amp;C)</source>
        <translation>&amp;Catalog</translation>
    </message>
    <message>
        <source>新建信息资源(&amp;N)…</source>
        <translation>&amp;New information resource…</translation>
    </message>
    <message>
        <source>打开所选信息资源(&amp;O)</source>
        <translation>&amp;Open selected resource</translation>
    </message>
    <message>
        <source>目录填报包(&amp;D)…</source>
        <translation>Catalog &amp;kits…</translation>
    </message>
    <message>
        <source>批量修改所选(&amp;B)…</source>
        <translation>&amp;Bulk edit selection…</translation>
    </message>
    <message>
        <source>部门排序</source>
        <translation>Department order</translation>
    </message>
    <message>
        <source>按拼音</source>
        <translation>By pinyin</translation>
    </message>
    <message>
        <source>按部门代码（官方顺序）</source>
        <translation>By department code (official order)</translation>
    </message>
    <message>
        <source>批量修改</source>
        <translation>Bulk edit</translation>
    </message>
    <message>
        <source>没有选中信息资源。是否对当前列表中的全部 %1 条进行批量修改？</source>
        <translation>No information resources are selected. Bulk edit all %1 resources in the current list?</translation>
    </message>
    <message>
        <source>已批量修改 %1 条信息资源</source>
        <translation>Bulk-changed %1 resources</translation>
    </message>
    <message>
        <source>，%1 条原已是该值</source>
        <translation>, %1 already had that value</translation>
    </message>
    <message>
        <source>，%1 条无权修改未改</source>
        <translation>, %1 left unchanged (not permitted)</translation>
    </message>
    <message>
        <source>（编辑 → 撤销 可恢复）</source>
        <translation> (Edit → Undo restores them)</translation>
    </message>
    <message>
        <source>导入目录</source>
        <translation>Import catalog</translation>
    </message>
    <message>
        <source>目录文件 (*.xlsx *.csv *.json);;所有文件 (*)</source>
        <translation>Catalog files (*.xlsx *.csv *.json);;All files (*)</translation>
    </message>
    <message>
        <source>已导入 %1 条（新增 %2 条，修改 %3 条）</source>
        <translation>Imported %1 (%2 new, %3 changed)</translation>
    </message>
    <message>
        <source>读取失败</source>
        <translation>Read failed</translation>
    </message>
    <message>
        <source>无法读取数据库：%1</source>
        <translation>Cannot read the database: %1</translation>
    </message>
</context>
<context>
    <name>govcat::ui::ChangePassphraseDialog</name>
    <message>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>修改口令 — govcat</source>
        <translation>Change passphrase — govcat</translation>
    </message>
    <message>
        <source>当前口令：</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <source>新口令：</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <source>确认新口令：</source>
        <translation>Confirm new passphrase:</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>只重新封装密钥文件中的数据密钥，数据库本身无需重新加密。</source>
        <translation>Only the data key in the key file is re-wrapped; the database itself is not re-encrypted.</translation>
    </message>
    <message>
        <source>新口令太弱：至少 %1 个字符，并混合使用不同类型的字符。</source>
        <translation>The new passphrase is too weak: use at least %1 characters and mix kinds of characters.</translation>
    </message>
    <message>
        <source>两次输入的新口令不一致。</source>
        <translation>The two new passphrases differ.</translation>
    </message>
    <message>
        <source>当前口令不正确。</source>
        <translation>The current passphrase is wrong.</translation>
    </message>
    <message>
        <source>新口令太长：最多 %1 字节（约 %2 个汉字）。</source>
        <translation>The new passphrase is too long: at most %1 bytes (about %2 Chinese characters).</translation>
    </message>
</context>
<context>
    <name>govcat::ui::ClassificationCombo</name>
    <message>
        <source>输入分类码或名称查找，例如 307 或 公安</source>
        <translation>Type a class code or name, e.g. 307 or 公安</translation>
    </message>
</context>
<context>
    <name>govcat::ui::DataCallDialog</name>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>资源数</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>导入结果</source>
        <translation>Import result</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>下发目录填报包(&amp;G)…</source>
        <translation>Issue &amp;catalog kits…</translation>
    </message>
    <message>
        <source>导入报送的填报包(&amp;I)…</source>
        <translation>&amp;Import returned kits…</translation>
    </message>
    <message>
        <source>目录填报包</source>
        <translation>Catalog kits</translation>
    </message>
    <message>
        <source>填报包文件</source>
        <translation>Kit file</translation>
    </message>
    <message>
        <source>报送</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>还没有下发过目录填报包。点“下发目录填报包”为每个部门生成一份预填了本部门目录的工作簿，各部门修改后报送，再用“导入报送的填报包”导入。</source>
        <translation>No catalog kits have been issued yet. &quot;Issue catalog kits&quot; writes one workbook per department, pre-filled with its catalog; departments edit and return it, then &quot;Import returned kits&quot; reads it.</translation>
    </message>
    <message>
        <source>“%1”（%2 下发，文件在 %3）：%4 个部门，%5 个已报送，%6 个未报送。</source>
        <translation>&quot;%1&quot; (issued %2, files in %3): %4 departments, %5 returned, %6 not returned.</translation>
    </message>
    <message>
        <source>未报送</source>
        <translation>Not returned</translation>
    </message>
    <message>
        <source>新增 %1，修改 %2，校验不通过 %3（%4）</source>
        <translation>%1 new, %2 changed, %3 failed the checks (%4)</translation>
    </message>
    <message>
        <source>正在生成目录填报包…</source>
        <translation>Writing catalog kits…</translation>
    </message>
    <message>
        <source>下发目录填报包</source>
        <translation>Issue catalog kits</translation>
    </message>
    <message>
        <source>填报任务名称：</source>
        <translation>Name of the catalog call:</translation>
    </message>
    <message>
        <source>%1 年度政务信息资源目录填报</source>
        <translation>%1 government information resource catalog call</translation>
    </message>
    <message>
        <source>填报包保存到</source>
        <translation>Save the kits to</translation>
    </message>
    <message>
        <source>已在“%1”生成各部门的目录填报包。请下发给各部门，报送后用“导入报送的填报包”导入。</source>
        <translation>The departments&apos; catalog kits are in &quot;%1&quot;. Send them to the departments; when they come back, read them with &quot;Import returned kits&quot;.</translation>
    </message>
    <message>
        <source>正在生成目录填报包：%1 / %2 个部门</source>
        <translation>Generating the data call kits: %1 of %2 departments</translation>
    </message>
</context>
<context>
    <name>govcat::ui::EditorFields</name>
    <message>
        <source>信息资源名称</source>
        <translation>Resource name</translation>
    </message>
    <message>
        <source>信息资源分类</source>
        <translation>Resource classification</translation>
    </message>
    <message>
        <source>下设机构/内部部门</source>
        <translation>Subordinate unit / internal division</translation>
    </message>
    <message>
        <source>信息资源摘要</source>
        <translation>Resource abstract</translation>
    </message>
    <message>
        <source>涉密属性</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>关联业务事项</source>
        <translation>Related business matters</translation>
    </message>
    <message>
        <source>关联资源代码</source>
        <translation>Related resource codes</translation>
    </message>
    <message>
        <source>格式分类</source>
        <translation>Format category</translation>
    </message>
    <message>
        <source>格式类型</source>
        <translation>Format type</translation>
    </message>
    <message>
        <source>其他类型资源格式描述</source>
        <translation>Other format description</translation>
    </message>
    <message>
        <source>共享类型</source>
        <translation>Share type</translation>
    </message>
    <message>
        <source>共享条件</source>
        <translation>Sharing conditions</translation>
    </message>
    <message>
        <source>不予共享依据</source>
        <translation>Basis for not sharing</translation>
    </message>
    <message>
        <source>共享方式分类</source>
        <translation>Sharing method category</translation>
    </message>
    <message>
        <source>共享方式类型</source>
        <translation>Sharing method type</translation>
    </message>
    <message>
        <source>是否向社会开放</source>
        <translation>Open to the public</translation>
    </message>
    <message>
        <source>开放条件</source>
        <translation>Opening conditions</translation>
    </message>
    <message>
        <source>更新周期</source>
        <translation>Update cycle</translation>
    </message>
    <message>
        <source>其他更新周期</source>
        <translation>Other update cycle</translation>
    </message>
    <message>
        <source>发布日期</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <source>数据存储总量(G)</source>
        <translation>Total data volume (GB)</translation>
    </message>
    <message>
        <source>结构化信息记录总数(万条)</source>
        <translation>Total structured records (×10,000)</translation>
    </message>
    <message>
        <source>已共享的数据存储量(G)</source>
        <translation>Shared data volume (GB)</translation>
    </message>
    <message>
        <source>已共享结构化记录数(万条)</source>
        <translation>Shared structured records (×10,000)</translation>
    </message>
    <message>
        <source>已开放的数据存储量(G)</source>
        <translation>Open data volume (GB)</translation>
    </message>
    <message>
        <source>已开放结构化记录数(万条)</source>
        <translation>Open structured records (×10,000)</translation>
    </message>
    <message>
        <source>层级属性</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>开放类型</source>
        <translation>Open type</translation>
    </message>
</context>
<context>
    <name>govcat::ui::FilterChips</name>
    <message>
        <source>当前筛选：</source>
        <translation>Filters:</translation>
    </message>
    <message>
        <source>清除全部</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <source>清除全部筛选条件和搜索，列出全部信息资源</source>
        <translation>Clear every filter and the search, and list all resources</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>取消此筛选条件</source>
        <translation>Remove this filter</translation>
    </message>
</context>
<context>
    <name>govcat::ui::FilterPanel</name>
    <message>
        <source>部门</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Classifications</translation>
    </message>
    <message>
        <source>属性</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>全部分类</source>
        <translation>All classifications</translation>
    </message>
    <message>
        <source>全部分类 (%1)</source>
        <translation>All classifications (%1)</translation>
    </message>
    <message>
        <source>部门：%1</source>
        <translation>Department: %1</translation>
    </message>
    <message>
        <source>分类：%1 %2</source>
        <translation>Class: %1 %2</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>govcat::ui::FindingsPanel</name>
    <message>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>单击一条检查结果可跳到对应的字段</source>
        <translation>Click a result to go to its field</translation>
    </message>
    <message numerus="yes">
        <source>%n 个警告，不影响提交，请确认。</source>
        <translation>
            <numerusform>%n warning; it does not block submission, but please check it.</numerusform>
            <numerusform>%n warnings; they do not block submission, but please check them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个错误须改正后才能提交</source>
        <translation>
            <numerusform>%n error must be fixed before submitting</numerusform>
            <numerusform>%n errors must be fixed before submitting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>；另有 %n 个警告。</source>
        <translation>
            <numerusform>; there is also %n warning.</numerusform>
            <numerusform>; there are also %n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>未发现问题。</source>
        <translation>No problems found.</translation>
    </message>
</context>
<context>
    <name>govcat::ui::HistoryDialog</name>
    <message>
        <source>当前草稿</source>
        <translation>Current draft</translation>
    </message>
    <message>
        <source>第 %1 版</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>流转记录</source>
        <translation>Workflow history</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>恢复为新草稿…</source>
        <translation>Restore as new draft…</translation>
    </message>
    <message>
        <source>以所选版本的内容作为新的草稿，之后可修改并重新提交审核</source>
        <translation>Use the selected version as a new draft, which you can then edit and submit for review again</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>信息项</source>
        <translation>Data item</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>比较：</source>
        <translation>Compare:</translation>
    </message>
    <message>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>原状态</source>
        <translation>Old status</translation>
    </message>
    <message>
        <source>新状态</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>历史记录 — %1</source>
        <translation>History — %1</translation>
    </message>
    <message>
        <source>信息资源：%1（%2）</source>
        <translation>Information resource: %1 (%2)</translation>
    </message>
    <message>
        <source>信息资源：%1&#x3000;代码：%2（%3）</source>
        <translation>Information resource: %1&#x2003;Code: %2 (%3)</translation>
    </message>
    <message>
        <source>已发布（已被第 %1 版取代）</source>
        <translation>Published (superseded by version %1)</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>只有一个版本，没有可比较的内容。</source>
        <translation>There is only one version; nothing to compare.</translation>
    </message>
    <message>
        <source>无法读取版本：%1</source>
        <translation>Cannot read the version: %1</translation>
    </message>
    <message>
        <source>新增信息项</source>
        <translation>Added data item</translation>
    </message>
    <message>
        <source>删除信息项</source>
        <translation>Removed data item</translation>
    </message>
    <message>
        <source>%1与%2内容相同。</source>
        <translation>%1 and %2 have the same content.</translation>
    </message>
    <message>
        <source>%1 → %2：%3 处不同</source>
        <translation>%1 → %2: %3 difference(s)</translation>
    </message>
    <message>
        <source>恢复为新草稿</source>
        <translation>Restore as new draft</translation>
    </message>
    <message>
        <source>以%1的内容作为新的草稿？

当前草稿中尚未发布的修改将被替换；已发布的版本保持不变。恢复后可继续修改，并需重新提交审核。</source>
        <translation>Use the content of %1 as a new draft?

Unpublished changes in the current draft will be replaced; published versions stay unchanged. After restoring you can keep editing, and the draft must be submitted for review again.</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>无法恢复版本</source>
        <translation>Cannot restore the version</translation>
    </message>
    <message>
        <source>发布于 %1</source>
        <translation>Published %1</translation>
    </message>
    <message>
        <source>审核：%1</source>
        <translation>Reviewed by %1</translation>
    </message>
    <message>
        <source>初始数据，没有审核记录</source>
        <translation>Initial data, no review record</translation>
    </message>
    <message>
        <source>%1（修订中，尚未发布）</source>
        <translation>%1 (being revised, not yet published)</translation>
    </message>
    <message>
        <source>修改于 %1</source>
        <translation>Changed %1</translation>
    </message>
    <message>
        <source>编辑：%1</source>
        <translation>Edited by %1</translation>
    </message>
    <message>
        <source>提交审核于 %1</source>
        <translation>Submitted %1</translation>
    </message>
    <message>
        <source>%1（尚未发布）</source>
        <translation>%1 (not yet published)</translation>
    </message>
    <message>
        <source>目录中现行的版本</source>
        <translation>The version in force in the catalog</translation>
    </message>
    <message>
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>修订%1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>该信息资源以“%1”状态进入本库（初始数据或导入），此前的流转没有记录。</source>
        <translation>This resource entered the database as &quot;%1&quot; (initial data or an import); its earlier transitions are not recorded.</translation>
    </message>
    <message>
        <source>已发布；第 %1 版修订中（%2）</source>
        <translation>Published; version %1 being revised (%2)</translation>
    </message>
</context>
<context>
    <name>govcat::ui::ImportDialog</name>
    <message>
        <source>全部应用(&amp;A)</source>
        <translation>&amp;Apply all</translation>
    </message>
    <message>
        <source>仅应用无问题的行(&amp;C)</source>
        <translation>Apply &amp;clean rows only</translation>
    </message>
    <message>
        <source>保存错误报告(&amp;R)…</source>
        <translation>Save error &amp;report…</translation>
    </message>
    <message>
        <source>导入目录 — %1</source>
        <translation>Import catalog — %1</translation>
    </message>
    <message>
        <source>只写入没有提示、也不与本地草稿冲突的行</source>
        <translation>Write only rows without warnings that do not collide with local drafts</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在读取“%1”…</source>
        <translation>Reading “%1”…</translation>
    </message>
    <message>
        <source>导入目录</source>
        <translation>Import catalog</translation>
    </message>
    <message>
        <source>正在读取“%1”：已读 %2 行</source>
        <translation>Reading “%1”: %2 rows read</translation>
    </message>
    <message>
        <source>正在与本地目录比对…</source>
        <translation>Comparing with the local catalog…</translation>
    </message>
    <message>
        <source>无法读取“%1”，没有写入任何内容。

%2</source>
        <translation>“%1” cannot be read; nothing was written.

%2</translation>
    </message>
    <message>
        <source>读取方式：%1</source>
        <translation>Read as: %1</translation>
    </message>
    <message>
        <source>全部应用 %1 行(&amp;A)</source>
        <translation>&amp;Apply all %1 rows</translation>
    </message>
    <message>
        <source>正在写入…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <source>未写入任何内容：%1</source>
        <translation>Nothing was written: %1</translation>
    </message>
    <message>
        <source>保存错误报告</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <source>%1-错误报告.xlsx</source>
        <translation>%1-errors.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>错误报告已保存到“%1”。请在 Excel 中按批注修改标红的单元格，保存后重新导入。</source>
        <translation>The error report is in “%1”. Fix the red cells as their comments say, save, and import again.</translation>
    </message>
    <message>
        <source>写入全部新增和修改的行（校验不通过的行不会写入）</source>
        <translation>Write every new and changed row (rows that failed the checks are not written)</translation>
    </message>
    <message>
        <source>报送的目录填报包：%1，%2</source>
        <translation>Returned catalog kit: %1, %2</translation>
    </message>
    <message>
        <source>新增 %1，修改 %2，未变化 %3，校验不通过 %4。应用前不会写入任何内容。</source>
        <translation>%1 new, %2 changed, %3 unchanged, %4 failed the checks. Nothing is written before you apply.</translation>
    </message>
</context>
<context>
    <name>govcat::ui::ItemTableDelegate</name>
    <message>
        <source>同资源</source>
        <translation>Same as resource</translation>
    </message>
</context>
<context>
    <name>govcat::ui::ItemsPanel</name>
    <message>
        <source>信息项</source>
        <translation>Data items</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>在当前行之后添加一个信息项</source>
        <translation>Add a data item after the current row</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>复制选中的信息项</source>
        <translation>Duplicate the selected data items</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除选中的信息项</source>
        <translation>Delete the selected data items</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>把当前信息项上移一行</source>
        <translation>Move the current data item up one row</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>把当前信息项下移一行</source>
        <translation>Move the current data item down one row</translation>
    </message>
    <message>
        <source>从表格粘贴</source>
        <translation>Paste from spreadsheet</translation>
    </message>
    <message>
        <source>粘贴从 Excel/WPS 复制的行：名称、数据类型、长度、精度（Ctrl+V）</source>
        <translation>Paste rows copied from Excel/WPS: name, data type, length, precision (Ctrl+V)</translation>
    </message>
    <message>
        <source>修改信息项“%1”</source>
        <translation>Edit data item “%1”</translation>
    </message>
    <message>
        <source>添加信息项</source>
        <translation>Add data item</translation>
    </message>
    <message>
        <source>%1（副本）</source>
        <translation>%1 (copy)</translation>
    </message>
    <message numerus="yes">
        <source>复制 %n 个信息项</source>
        <translation>
            <numerusform>Duplicate %n data item</numerusform>
            <numerusform>Duplicate %n data items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>删除 %n 个信息项</source>
        <translation>
            <numerusform>Delete %n data item</numerusform>
            <numerusform>Delete %n data items</numerusform>
        </translation>
    </message>
    <message>
        <source>上移信息项</source>
        <translation>Move data item up</translation>
    </message>
    <message>
        <source>下移信息项</source>
        <translation>Move data item down</translation>
    </message>
    <message>
        <source>剪贴板中没有可粘贴的信息项。请在 Excel 中选中“名称、数据类型、长度、精度”列的行后复制。</source>
        <translation>The clipboard holds no data items to paste. In Excel, select rows with the columns “name, data type, length, precision” and copy them.</translation>
    </message>
    <message numerus="yes">
        <source>粘贴 %n 个信息项</source>
        <translation>
            <numerusform>Paste %n data item</numerusform>
            <numerusform>Paste %n data items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已粘贴 %n 个信息项（跳过了表头行）。</source>
        <translation>
            <numerusform>Pasted %n data item (header row skipped).</numerusform>
            <numerusform>Pasted %n data items (header row skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已粘贴 %n 个信息项。</source>
        <translation>
            <numerusform>Pasted %n data item.</numerusform>
            <numerusform>Pasted %n data items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>govcat::ui::MainWindow</name>
    <message>
        <source>govcat 政务信息资源目录工作台</source>
        <translation>govcat — Government Information Resource Catalog</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>打开数据库(&amp;O)…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>新建数据库(&amp;N)…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>安全(&amp;S)</source>
        <translation>&amp;Security</translation>
    </message>
    <message>
        <source>修改口令(&amp;P)…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <source>口令已修改。下次解锁请使用新口令。</source>
        <translation>Passphrase changed. Use the new passphrase next time you unlock.</translation>
    </message>
    <message>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>界面语言将在下次启动 govcat 时切换。</source>
        <translation>The interface language changes the next time govcat starts.</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于 govcat(&amp;A)</source>
        <translation>&amp;About govcat</translation>
    </message>
    <message>
        <source>关于 govcat</source>
        <translation>About govcat</translation>
    </message>
    <message>
        <source>&lt;b&gt;govcat %1&lt;/b&gt;&lt;br&gt;政务信息资源目录工作台&lt;br&gt;数据保存在本机加密数据库（SQLCipher）中。</source>
        <translation>&lt;b&gt;govcat %1&lt;/b&gt;&lt;br&gt;Government information resource catalog workbench&lt;br&gt;Data is kept in an encrypted local database (SQLCipher).</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>用户：%1（%2，%3）</source>
        <translation>User: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>数据结构版本：%1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>本机用户(&amp;U)…</source>
        <translation>Local &amp;user…</translation>
    </message>
    <message>
        <source>修改在本机使用该数据库的人员：姓名、所在部门、角色</source>
        <translation>Change who uses this database here: name, department, role</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>本机用户未改变</source>
        <translation>Local user unchanged</translation>
    </message>
    <message>
        <source>本机用户已改为 %1（%2，%3），已记入操作日志</source>
        <translation>Local user is now %1 (%2, %3); recorded in the audit journal</translation>
    </message>
    <message>
        <source>撤销或重做未完成</source>
        <translation>Undo or redo not completed</translation>
    </message>
</context>
<context>
    <name>govcat::ui::NewDatabaseDialog</name>
    <message>
        <source>创建(&amp;C)</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>新建加密目录数据库 — govcat</source>
        <translation>New encrypted catalog database — govcat</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>govcat 数据库 (*.govcat)</source>
        <translation>govcat databases (*.govcat)</translation>
    </message>
    <message>
        <source>数据库文件：</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <source>口令：</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>确认口令：</source>
        <translation>Confirm passphrase:</translation>
    </message>
    <message>
        <source>口令用于加密本机数据。请牢记：忘记口令将无法打开数据库，任何人都无法找回。</source>
        <translation>The passphrase encrypts the data on this computer. Remember it: without it the database cannot be opened, and nobody can recover it.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>至少 %1 个字符；可使用中文、字母、数字和符号组成的短句。</source>
        <translation>At least %1 characters; a short phrase of Chinese characters, letters, digits and symbols works well.</translation>
    </message>
    <message>
        <source>太短：至少需要 %1 个字符。</source>
        <translation>Too short: at least %1 characters are needed.</translation>
    </message>
    <message>
        <source>强度：弱。请加长口令，或混合使用不同类型的字符。</source>
        <translation>Strength: weak. Make it longer or mix kinds of characters.</translation>
    </message>
    <message>
        <source>强度：中。可以使用；更长的口令更安全。</source>
        <translation>Strength: fair. Acceptable; longer is safer.</translation>
    </message>
    <message>
        <source>强度：强。</source>
        <translation>Strength: strong.</translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>该文件已存在。请另选文件名，或用“打开”来解锁已有数据库。</source>
        <translation>This file already exists. Choose another name, or use Open to unlock the existing database.</translation>
    </message>
    <message>
        <source>太长：口令最多 %1 字节（约 %2 个汉字）。</source>
        <translation>Too long: at most %1 bytes (about %2 Chinese characters).</translation>
    </message>
    <message>
        <source>正在创建加密数据库（生成密钥并建立表结构），请稍候…</source>
        <translation>Creating the encrypted database (generating the key and building the tables), please wait…</translation>
    </message>
</context>
<context>
    <name>govcat::ui::OneSourceView</name>
    <message>
        <source>尚未统计。</source>
        <translation>Not counted yet.</translation>
    </message>
    <message>
        <source>重新统计</source>
        <translation>Recount</translation>
    </message>
    <message>
        <source>按信息项名称筛选，例如：统一社会信用代码</source>
        <translation>Filter by data item name, e.g. unified social credit code</translation>
    </message>
    <message>
        <source>信息项 / 部门 / 信息资源</source>
        <translation>Data item / Department / Resource</translation>
    </message>
    <message>
        <source>部门数</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>资源数</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>写法 / 代码</source>
        <translation>Written as / Code</translation>
    </message>
    <message>
        <source>正在统计各部门提供的信息项…</source>
        <translation>Counting the data items each department provides…</translation>
    </message>
    <message>
        <source>一数一源</source>
        <translation>One data, one source</translation>
    </message>
    <message>
        <source>统计失败：%1</source>
        <translation>Count failed: %1</translation>
    </message>
    <message>
        <source>统计已取消，下表仍为上次统计的结果。</source>
        <translation>Count cancelled; the table still shows the previous results.</translation>
    </message>
    <message>
        <source>统计已取消。</source>
        <translation>Count cancelled.</translation>
    </message>
    <message>
        <source>共 %1 个信息项由两个及以上部门提供（读取信息项 %2 个，用时 %3 秒）。</source>
        <translation>%1 data items are provided by two or more departments (%2 data items read in %3 s).</translation>
    </message>
    <message>
        <source>（未赋码）</source>
        <translation>(no code)</translation>
    </message>
    <message>
        <source>双击打开该信息资源</source>
        <translation>Double-click to open this resource</translation>
    </message>
    <message>
        <source>排除的通用字段…</source>
        <translation>Excluded generic fields…</translation>
    </message>
    <message>
        <source>数据更新时间、备注等各部门都有的通用字段不参与一数一源统计；可在此修改名单</source>
        <translation>Generic fields every department has (update time, remarks …) are left out of the one-source count; edit the list here</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>同一信息项由两个及以上部门提供时列在这里（名称按规则归并：全角半角、标点、“（必填）”等标注和常见同义写法视为同一项）。标识主体的信息项（统一社会信用代码、公民身份号码等）排在前面，其余按提供部门数排列。</source>
        <translation>Data items provided by two or more departments are listed here (names are merged by rule: full- and half-width forms, punctuation, marks such as &quot;(必填)&quot; and common synonyms count as the same item). Items that identify a subject (unified social credit code, citizen ID number …) come first, the rest by the number of providing departments.</translation>
    </message>
    <message>
        <source>主体标识</source>
        <translation>Subject identifier</translation>
    </message>
    <message>
        <source>标识主体的信息项：由多个部门提供时最需要确定数源部门</source>
        <translation>An item that identifies a subject: when several departments provide it, its source department matters most</translation>
    </message>
    <message>
        <source>已排除通用字段：%1。</source>
        <translation>Generic fields left out: %1.</translation>
    </message>
    <message>
        <source>无法保存排除名单：%1</source>
        <translation>Could not save the exclusion list: %1</translation>
    </message>
    <message>
        <source>排除的通用字段</source>
        <translation>Excluded generic fields</translation>
    </message>
    <message>
        <source>每行一个信息项名称。这些通用字段（如数据更新时间、备注）各部门都有，不参与一数一源统计。名单保存在本数据库中。</source>
        <translation>One data item name per line. These generic fields (such as update time, remarks) appear in every department and are left out of the one-source count. The list is kept in this database.</translation>
    </message>
    <message>
        <source>保存并重新统计</source>
        <translation>Save and count again</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>恢复默认名单</source>
        <translation>Restore the default list</translation>
    </message>
</context>
<context>
    <name>govcat::ui::ProfileDialog</name>
    <message>
        <source>本机用户 — govcat</source>
        <translation>Local user — govcat</translation>
    </message>
    <message>
        <source>例如：张三</source>
        <translation>e.g. Zhang San</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>所在部门：</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>角色：</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>登记本部门（数据库中尚无部门）</source>
        <translation>Register your department (the database has none yet)</translation>
    </message>
    <message>
        <source>例如：市政务服务数据管理局</source>
        <translation>e.g. Municipal Government Services and Data Administration</translation>
    </message>
    <message>
        <source>18 位统一社会信用代码</source>
        <translation>18-character unified social credit code</translation>
    </message>
    <message>
        <source>6 位行政区划代码</source>
        <translation>6-digit administrative division code</translation>
    </message>
    <message>
        <source>部门名称：</source>
        <translation>Department name:</translation>
    </message>
    <message>
        <source>统一社会信用代码：</source>
        <translation>Unified social credit code:</translation>
    </message>
    <message>
        <source>行政区划代码：</source>
        <translation>Division code:</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请填写在本机使用该数据库的人员信息。每一项修改都会记录操作人。</source>
        <translation>Tell govcat who works with this database on this computer. Every change records who made it.</translation>
    </message>
    <message>
        <source>请填写姓名。</source>
        <translation>Please enter your name.</translation>
    </message>
    <message>
        <source>请填写部门名称。</source>
        <translation>Please enter the department name.</translation>
    </message>
    <message>
        <source>行政区划代码应为 6 位数字。</source>
        <translation>The division code must be 6 digits.</translation>
    </message>
    <message>
        <source>无法保存部门：%1</source>
        <translation>Cannot save the department: %1</translation>
    </message>
    <message>
        <source>无法保存用户信息：%1</source>
        <translation>Cannot save the user profile: %1</translation>
    </message>
    <message>
        <source>统一社会信用代码无效：应为 18 位，现为 %1 位。</source>
        <translation>Invalid unified social credit code: it must have 18 characters, this one has %1.</translation>
    </message>
    <message>
        <source>统一社会信用代码无效：只能包含数字和除 I、O、S、V、Z 以外的大写字母。</source>
        <translation>Invalid unified social credit code: only digits and capital letters other than I, O, S, V, Z are allowed.</translation>
    </message>
    <message>
        <source>统一社会信用代码无效：第 1–2 位（登记管理部门码、机构类别码）不是有效组合。</source>
        <translation>Invalid unified social credit code: characters 1–2 (registration authority and organisation category) are not a valid pair.</translation>
    </message>
    <message>
        <source>统一社会信用代码无效：第 3–8 位应为 6 位行政区划代码。</source>
        <translation>Invalid unified social credit code: characters 3–8 must be a 6-digit division code.</translation>
    </message>
    <message>
        <source>统一社会信用代码无效：第 18 位校验码不符合 GB 32100，按前 17 位应为“%1”。请核对后重新输入。</source>
        <translation>Invalid unified social credit code: the 18th (check) character does not match GB 32100; from the first 17 characters it should be “%1”. Please check the code and enter it again.</translation>
    </message>
    <message>
        <source>修改本机用户 — govcat</source>
        <translation>Change local user — govcat</translation>
    </message>
    <message>
        <source>角色和姓名的变更记录：</source>
        <translation>Changes of role and name:</translation>
    </message>
    <message>
        <source>本机角色只用于防止误操作；审核权限以市级平台为准。首次使用时不能选择管理员。</source>
        <translation>Local roles only guard against mistakes; review authority comes from the city platform. The Administrator role cannot be chosen at first use.</translation>
    </message>
    <message>
        <source>角色：首次登记为 %1</source>
        <translation>Role: first registered as %1</translation>
    </message>
    <message>
        <source>角色：%1 → %2</source>
        <translation>Role: %1 → %2</translation>
    </message>
    <message>
        <source>姓名：%1 → %2</source>
        <translation>Name: %1 → %2</translation>
    </message>
    <message>
        <source>%1&#x3000;%2（操作人：%3）</source>
        <translation>%1  %2 (by %3)</translation>
    </message>
    <message>
        <source>本机角色只用于防止误操作；审核权限以市级平台为准。角色的每次修改都会记录在下方。</source>
        <translation>Local roles only guard against mistakes; review authority comes from the city platform. Every change of role is recorded below.</translation>
    </message>
</context>
<context>
    <name>govcat::ui::QualityView</name>
    <message>
        <source>尚未检查。</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <source>重新检查</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>按目录规则重新检查全部信息资源</source>
        <translation>Check all information resources against the catalog rules again</translation>
    </message>
    <message>
        <source>双击数字可列出对应的信息资源。</source>
        <translation>Double-click a number to list its resources.</translation>
    </message>
    <message>
        <source>正在按目录规则检查信息资源…</source>
        <translation>Checking information resources against the catalog rules…</translation>
    </message>
    <message>
        <source>目录质量检查</source>
        <translation>Catalog quality check</translation>
    </message>
    <message>
        <source>检查失败：%1</source>
        <translation>Check failed: %1</translation>
    </message>
    <message>
        <source>检查已取消，下表仍为上次检查的结果。</source>
        <translation>Check cancelled; the table still shows the previous results.</translation>
    </message>
    <message>
        <source>检查已取消。</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <source>共检查 %1 条信息资源：%2 条有错误（%3 处），%4 条有警告（%5 处）。用时 %6 秒。</source>
        <translation>Checked %1 information resources: %2 with errors (%3 in all), %4 with warnings (%5 in all). Took %6 s.</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>资源数</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>有错误的资源</source>
        <translation>Resources with errors</translation>
    </message>
    <message>
        <source>有警告的资源</source>
        <translation>Resources with warnings</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>涉及资源</source>
        <translation>Resources affected</translation>
    </message>
    <message>
        <source>涉及部门</source>
        <translation>Departments affected</translation>
    </message>
    <message>
        <source>问题数</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>目录质量 · %1 · %2</source>
        <translation>Catalog quality · %1 · %2</translation>
    </message>
    <message>
        <source>目录质量 · %1 · %2 %3</source>
        <translation>Catalog quality · %1 · %2 %3</translation>
    </message>
</context>
<context>
    <name>govcat::ui::ResourceDialog</name>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>提交审核</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>退回…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>申请下线…</source>
        <translation>Request to take offline…</translation>
    </message>
    <message>
        <source>确认下线</source>
        <translation>Confirm offline</translation>
    </message>
    <message>
        <source>版本与流转记录…</source>
        <translation>Versions and workflow history…</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打开失败</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>新信息资源</source>
        <translation>New information resource</translation>
    </message>
    <message>
        <source>%1[*] — 信息资源</source>
        <translation>%1[*] — Information resource</translation>
    </message>
    <message>
        <source>状态：%1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source> · 代码：%1</source>
        <translation> · Code: %1</translation>
    </message>
    <message>
        <source> · 代码在首次提交审核时生成</source>
        <translation> · The code is generated on first submission for review</translation>
    </message>
    <message>
        <source> · 修订第 %1 版（已发布的版本在审核通过前保持不变）</source>
        <translation> · Revision, version %1 (the published version stays unchanged until approved)</translation>
    </message>
    <message>
        <source> · 保存修改将生成新的修订版本，审核通过后替换已发布版本</source>
        <translation> · Saving creates a new revision, which replaces the published version once approved</translation>
    </message>
    <message>
        <source> · 只读</source>
        <translation> · Read-only</translation>
    </message>
    <message>
        <source>%1失败</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>申请下线</source>
        <translation>Request to take offline</translation>
    </message>
    <message>
        <source>下线原因（必填）：</source>
        <translation>Reason for taking offline (required):</translation>
    </message>
    <message>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>该信息资源有未保存的修改。是否保存？</source>
        <translation>This information resource has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>删除草稿…</source>
        <translation>Delete draft…</translation>
    </message>
    <message>
        <source>删除这份从未提交审核的草稿（可撤销）</source>
        <translation>Delete this draft, which was never submitted (can be undone)</translation>
    </message>
    <message>
        <source>只读：%1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>当前不能修改该信息资源。</source>
        <translation>This resource cannot be changed now.</translation>
    </message>
    <message>
        <source>保存并提交审核；首次提交时生成信息资源代码</source>
        <translation>Save and submit for review; the resource code is generated at the first submission</translation>
    </message>
    <message>
        <source>不能提交审核：%1</source>
        <translation>Cannot submit for review: %1</translation>
    </message>
    <message>
        <source>还有 %1 处错误，请按表单下方的检查结果修正后再提交。</source>
        <translation>%1 errors remain; correct them as the findings under the form say, then submit.</translation>
    </message>
    <message>
        <source>当前不能提交审核。</source>
        <translation>Cannot be submitted for review now.</translation>
    </message>
    <message>
        <source>已保存“%1”。</source>
        <translation>Saved &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>已提交审核，代码 %1。</source>
        <translation>Submitted for review, code %1.</translation>
    </message>
    <message>
        <source>已审核通过并发布“%1”，代码 %2。</source>
        <translation>Approved and published &quot;%1&quot;, code %2.</translation>
    </message>
    <message>
        <source>删除草稿</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>删除草稿“%1”？

该草稿从未提交审核，删除后不再出现在目录中。如误删，可在主窗口用“编辑 → 撤销”（Ctrl+Z）恢复。</source>
        <translation>Delete the draft &quot;%1&quot;?

It was never submitted; once deleted it no longer appears in the catalog. If this was a mistake, Edit → Undo (Ctrl+Z) in the main window brings it back.</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>删除失败</source>
        <translation>Delete failed</translation>
    </message>
    <message>
        <source>已删除草稿“%1”。可用“编辑 → 撤销”恢复。</source>
        <translation>Deleted the draft &quot;%1&quot;. Edit → Undo brings it back.</translation>
    </message>
    <message>
        <source>退回原因（必填，目录填报人员据此修改）：</source>
        <translation>Reason for returning (required; the editor corrects the resource by it):</translation>
    </message>
</context>
<context>
    <name>govcat::ui::ResourceEditor</name>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>提交审核</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>保存草稿（%1）</source>
        <translation>Save draft (%1)</translation>
    </message>
    <message>
        <source>提交审核；有错误时不能提交</source>
        <translation>Submit for review; not possible while there are errors</translation>
    </message>
    <message>
        <source>● 有未保存的修改</source>
        <translation>● Unsaved changes</translation>
    </message>
    <message>
        <source>修改“%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>填写格式，例如 JSON</source>
        <translation>Enter the format, e.g. JSON</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please select</translation>
    </message>
    <message>
        <source>请先选择格式分类</source>
        <translation>Select a format category first</translation>
    </message>
    <message>
        <source>%1（不在分类列表中）</source>
        <translation>%1 (not in the classification list)</translation>
    </message>
    <message>
        <source>请选择信息资源分类</source>
        <translation>Select a resource classification</translation>
    </message>
    <message>
        <source>（不在依据列表中的依据）</source>
        <translation>(basis not in the list)</translation>
    </message>
    <message>
        <source>请选择法律、行政法规或国务院决定</source>
        <translation>Select a law, administrative regulation or State Council decision</translation>
    </message>
    <message>
        <source>共享依据</source>
        <translation>Sharing basis</translation>
    </message>
    <message>
        <source>不予共享依据</source>
        <translation>Basis for not sharing</translation>
    </message>
    <message>
        <source>%1［%2］</source>
        <translation>%1 [%2]</translation>
    </message>
</context>
<context>
    <name>govcat::ui::ResourceForm</name>
    <message>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>例如：企业登记基本信息（不要填写系统名称）</source>
        <translation>e.g. Basic business registration information (not the name of a system)</translation>
    </message>
    <message>
        <source>提交审核时自动生成</source>
        <translation>Generated automatically on submission for review</translation>
    </message>
    <message>
        <source>例如：行政审批科</source>
        <translation>e.g. Administrative Approval Section</translation>
    </message>
    <message>
        <source>说明资源的内容、范围和用途</source>
        <translation>Describe the resource&apos;s content, scope and purpose</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please select</translation>
    </message>
    <message>
        <source>每行一个关联的业务事项</source>
        <translation>One related business matter per line</translation>
    </message>
    <message>
        <source>多个代码用逗号或顿号分隔</source>
        <translation>Separate multiple codes with commas</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>信息资源名称</source>
        <translation>Resource name</translation>
    </message>
    <message>
        <source>信息资源分类</source>
        <translation>Resource classification</translation>
    </message>
    <message>
        <source>信息资源代码</source>
        <translation>Resource code</translation>
    </message>
    <message>
        <source>提供方</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>下设机构/内部部门</source>
        <translation>Subordinate unit / internal division</translation>
    </message>
    <message>
        <source>信息资源摘要</source>
        <translation>Resource abstract</translation>
    </message>
    <message>
        <source>涉密属性</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>关联业务事项</source>
        <translation>Related business matters</translation>
    </message>
    <message>
        <source>关联资源代码</source>
        <translation>Related resource codes</translation>
    </message>
    <message>
        <source>信息资源格式</source>
        <translation>Resource format</translation>
    </message>
    <message>
        <source>说明资源的格式</source>
        <translation>Describe the resource&apos;s format</translation>
    </message>
    <message>
        <source>格式分类</source>
        <translation>Format category</translation>
    </message>
    <message>
        <source>格式类型</source>
        <translation>Format type</translation>
    </message>
    <message>
        <source>其他类型资源格式描述</source>
        <translation>Other format description</translation>
    </message>
    <message>
        <source>共享属性</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>向哪些部门、为何种用途、以何种方式共享</source>
        <translation>With which departments, for what purpose and by what means it is shared</translation>
    </message>
    <message>
        <source>共享类型</source>
        <translation>Share type</translation>
    </message>
    <message>
        <source>共享条件</source>
        <translation>Sharing conditions</translation>
    </message>
    <message>
        <source>不予共享依据</source>
        <translation>Basis for not sharing</translation>
    </message>
    <message>
        <source>共享方式分类</source>
        <translation>Sharing method category</translation>
    </message>
    <message>
        <source>共享方式类型</source>
        <translation>Sharing method type</translation>
    </message>
    <message>
        <source>开放属性</source>
        <translation>Opening to the public</translation>
    </message>
    <message>
        <source>开放的范围、方式和限制</source>
        <translation>Scope, method and restrictions of opening</translation>
    </message>
    <message>
        <source>是否向社会开放</source>
        <translation>Open to the public</translation>
    </message>
    <message>
        <source>开放条件</source>
        <translation>Opening conditions</translation>
    </message>
    <message>
        <source>更新与发布</source>
        <translation>Updates and publication</translation>
    </message>
    <message>
        <source>例如：每两年</source>
        <translation>e.g. every two years</translation>
    </message>
    <message>
        <source>年-月-日，例如 2026-11-22</source>
        <translation>Year-month-day, e.g. 2026-11-22</translation>
    </message>
    <message>
        <source>更新周期</source>
        <translation>Update cycle</translation>
    </message>
    <message>
        <source>其他更新周期</source>
        <translation>Other update cycle</translation>
    </message>
    <message>
        <source>发布日期</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <source>信息资源大普查（未知填 0）</source>
        <translation>Information resource census (enter 0 if unknown)</translation>
    </message>
    <message>
        <source>数据存储总量(G)</source>
        <translation>Total data volume (GB)</translation>
    </message>
    <message>
        <source>结构化信息记录总数(万条)</source>
        <translation>Total structured records (×10,000)</translation>
    </message>
    <message>
        <source>已共享的数据存储量(G)</source>
        <translation>Shared data volume (GB)</translation>
    </message>
    <message>
        <source>已共享结构化记录数(万条)</source>
        <translation>Shared structured records (×10,000)</translation>
    </message>
    <message>
        <source>已开放的数据存储量(G)</source>
        <translation>Open data volume (GB)</translation>
    </message>
    <message>
        <source>已开放结构化记录数(万条)</source>
        <translation>Open structured records (×10,000)</translation>
    </message>
    <message>
        <source>点击后可按分类码或名称查找，在“类/项/目/细目”树中选择</source>
        <translation>Click to find by class code or name and choose in the class / item / category / subcategory tree</translation>
    </message>
    <message>
        <source>部门：部门信息资源目录；国家：纳入国家政务信息资源目录</source>
        <translation>Department: the department&apos;s resource catalog; National: included in the national government information resource catalog</translation>
    </message>
    <message>
        <source>资源发布后，数据在共享平台挂接的状态，由共享平台设置，不能在此修改</source>
        <translation>Whether the data is mounted on the sharing platform after publication; set by the platform, cannot be changed here</translation>
    </message>
    <message>
        <source>层级属性</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>挂接状态</source>
        <translation>Mount status</translation>
    </message>
    <message>
        <source>开放类型</source>
        <translation>Open type</translation>
    </message>
</context>
<context>
    <name>govcat::ui::ResourceListPage</name>
    <message>
        <source>搜索名称、代码、摘要、提供方、信息项（输入即搜，空格分隔多个词）</source>
        <translation>Search names, codes, abstracts, providers, data items (searches as you type; separate words with spaces)</translation>
    </message>
    <message>
        <source>%1（%2 条）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>搜索：%1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <source>按相关度/代码排序</source>
        <translation>Sort by relevance/code</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>共 %1 条信息资源</source>
        <translation>%1 resources</translation>
    </message>
    <message>
        <source>（搜索用时 %1 毫秒）</source>
        <translation> (search took %1 ms)</translation>
    </message>
</context>
<context>
    <name>govcat::ui::ReviewQueueView</name>
    <message>
        <source>退回修改</source>
        <translation>Return for revision</translation>
    </message>
    <message>
        <source>例如：摘要过于简单，请补充数据范围和更新方式。</source>
        <translation>e.g. The abstract is too brief; please add the data scope and how it is updated.</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>退回…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>信息资源名称</source>
        <translation>Resource name</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>提供方</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>提交时间</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已等待（工作日）</source>
        <translation>Waiting (working days)</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>打开所选信息资源查看详情</source>
        <translation>Open the selected information resource to see its details</translation>
    </message>
    <message>
        <source>无法读取待审核列表：%1</source>
        <translation>Cannot read the review queue: %1</translation>
    </message>
    <message>
        <source>（未生成）</source>
        <translation>(not generated yet)</translation>
    </message>
    <message>
        <source>修订第 %1 版</source>
        <translation>Revision, version %1</translation>
    </message>
    <message>
        <source>新发布</source>
        <translation>New publication</translation>
    </message>
    <message>
        <source>已等待 %1 个工作日，超过 %2 个工作日的审核时限</source>
        <translation>Waiting %1 working days, beyond the review limit of %2 working days</translation>
    </message>
    <message>
        <source>没有待审核的信息资源。</source>
        <translation>No information resources are pending review.</translation>
    </message>
    <message>
        <source>无法退回</source>
        <translation>Cannot return</translation>
    </message>
    <message>
        <source>通过…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>搜索名称、代码、提供方（输入即筛选）</source>
        <translation>Search name, code, provider (filters as you type)</translation>
    </message>
    <message>
        <source>只看一个提供方部门的待审核信息资源</source>
        <translation>Show only one providing department&apos;s resources waiting for review</translation>
    </message>
    <message>
        <source>审核通过并发布所选信息资源（可多选），可填写审核意见</source>
        <translation>Approve and publish the selected resources (several may be selected), with an optional comment</translation>
    </message>
    <message>
        <source>部门：</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>已等待超过 %1 个工作日</source>
        <translation>Waiting more than %1 working days</translation>
    </message>
    <message>
        <source>提交审核后经过的工作日（不含提交当天，按国务院放假安排计算）。超过 %1 个工作日未审核的以黄色和警示图标标出。</source>
        <translation>Working days since submission (not counting the day of submission, by the State Council&apos;s holiday notices). Items waiting more than %1 working days are marked yellow with a warning icon.</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>待审核 %1 项</source>
        <translation>%1 waiting for review</translation>
    </message>
    <message>
        <source>待审核 %1 项，当前显示 %2 项</source>
        <translation>%1 waiting for review, %2 shown</translation>
    </message>
    <message>
        <source>，其中 %1 项已等待超过 %2 个工作日（黄色并以警示图标标出）</source>
        <translation>, of which %1 have waited more than %2 working days (yellow, with a warning icon)</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>通过所选 %1 项…</source>
        <translation>Approve %1 selected…</translation>
    </message>
    <message>
        <source>已审核通过并发布 %1 项：</source>
        <translation>Approved and published %1:</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>未通过 %1 项：</source>
        <translation>Not approved, %1:</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>已审核通过并发布“%1”，代码 %2。</source>
        <translation>Approved and published &quot;%1&quot;, code %2.</translation>
    </message>
    <message>
        <source>已审核通过并发布 %1 项。</source>
        <translation>Approved and published %1.</translation>
    </message>
    <message>
        <source>已审核通过并发布 %1 项，%2 项未通过。</source>
        <translation>Approved and published %1; %2 not approved.</translation>
    </message>
    <message>
        <source>审核结果</source>
        <translation>Review result</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>将“%1”退回目录填报人员修改。请写明退回原因，目录填报人员会在流转记录中看到：</source>
        <translation>Return &quot;%1&quot; to its editor for correction. Give the reason; the editor sees it in the transition record:</translation>
    </message>
    <message>
        <source>退回目录填报人员修改，需填写原因</source>
        <translation>Return to the editor for correction (a reason is required)</translation>
    </message>
    <message>
        <source>已将“%1”退回目录填报人员修改。</source>
        <translation>Returned &quot;%1&quot; to its editor.</translation>
    </message>
    <message>
        <source>所选中有 %1 项是您本人提交的，通过时将跳过：提交人不能审核自己提交的目录，请由另一位审核员审核。</source>
        <translation>%1 of the selected items were submitted by you and will be skipped: a submitter cannot approve their own submission; please have another reviewer approve them.</translation>
    </message>
    <message>
        <source>跳过 %1 项：由您本人提交，提交人不能审核自己提交的目录，请由另一位审核员审核。</source>
        <translation>Skipped %1: submitted by you. A submitter cannot approve their own submission; please have another reviewer approve them.</translation>
    </message>
    <message>
        <source>跳过您本人提交的 %1 项。</source>
        <translation>Skipped %1 submitted by you.</translation>
    </message>
    <message>
        <source>没有审核通过任何一项：所选 %1 项都是您本人提交的，请由另一位审核员审核。</source>
        <translation>Nothing was approved: all %1 selected items were submitted by you; please have another reviewer approve them.</translation>
    </message>
    <message>
        <source>不能审核通过</source>
        <translation>Cannot approve</translation>
    </message>
    <message>
        <source>所选信息资源都是您本人提交的。提交人不能审核自己提交的目录，请由另一位审核员审核。</source>
        <translation>All selected resources were submitted by you. A submitter cannot approve their own submission; please have another reviewer approve them.</translation>
    </message>
</context>
<context>
    <name>govcat::ui::UnlockDialog</name>
    <message>
        <source>解锁(&amp;U)</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>解锁目录数据库 — govcat</source>
        <translation>Unlock catalog database — govcat</translation>
    </message>
    <message>
        <source>数据库已加密。请输入口令以解锁：</source>
        <translation>The database is encrypted. Enter the passphrase to unlock it:</translation>
    </message>
    <message>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>打开其他数据库…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <source>新建数据库…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>可以再试一次。</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <source>口令连续错误 %1 次。请 %2 秒后再试。</source>
        <translation>%1 wrong passphrases in a row. Try again in %2 s.</translation>
    </message>
    <message>
        <source>正在解锁…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>显示口令</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <source>如果确定口令无误，也可能是密钥文件（.key）被改动过：请从备份中恢复该文件后再试。</source>
        <translation>If you are sure the passphrase is right, the key file (.key) may have been altered: restore it from a backup and try again.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
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
        <source>无法读取或写入文件：%1</source>
        <translation>Cannot read or write the file: %1</translation>
    </message>
    <message>
        <source>操作失败：%1</source>
        <translation>The operation failed: %1</translation>
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
        <source>共 %1 条信息资源</source>
        <translation>%1 resources</translation>
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
        <source>读取失败</source>
        <translation>Read failed</translation>
    </message>
    <message>
        <source>无法读取数据库：%1</source>
        <translation>Cannot read the database: %1</translation>
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
</context>
</TS>

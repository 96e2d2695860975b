// Users, devices and sessions on a real PostgreSQL server (SYNC.md §3.2): an Argon2id PHC string per
// user, a login that opens a session only for the right password, tokens stored as hashes that
// expire (an injected clock) and are revoked, and a device revoked by an administrator that can
// neither authenticate nor push.
#include "server/store/Accounts.h"
#include "server/store/PasswordHash.h"
#include "server/store/PushApplier.h"
#include "server/store/ServerSchema.h"
#include "support/PgCluster.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <sodium.h>

using namespace govcat;
using namespace govcat::server;

namespace {

const QString kDept = QStringLiteral("dept-12");
const QByteArray kPassword("correct horse 12");
const QDateTime kNoon(QDate(2026, 5, 2), QTime(12, 0), Qt::UTC);

} // namespace

class AccountsTest : public QObject
{
    Q_OBJECT
private:
    test::PgCluster m_pg;
    QSqlDatabase m_db;

    QString scalar(const QString& sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }

    Session loginAs(const QString& user, const QString& clientId, const Clock& clock)
    {
        auto s = login(m_db, LoginRequest{user, kPassword, QStringLiteral("县里的电脑"), clientId}, clock);
        if (!s) {
            qWarning() << s.error().message;
            return {};
        }
        return s.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        QVERIFY2(m_pg.createDatabase(QStringLiteral("city")), qPrintable(m_pg.error()));
        m_db = m_pg.open(QStringLiteral("city"), QStringLiteral("city"));
        QVERIFY2(m_db.isOpen(), qPrintable(m_db.lastError().text()));
        QVERIFY(installServerSchema(m_db));
        QVERIFY(installAccountsSchema(m_db));
        QVERIFY(installAccountsSchema(m_db)); // a second time: already there
        QVERIFY(addUser(m_db, QStringLiteral("wang"), kPassword, Role::CatalogEditor, {kDept}));
    }

    void passwordIsStoredAsArgon2idPhcString()
    {
        const QString phc = scalar(QStringLiteral("SELECT password_hash FROM users WHERE name = 'wang'"));
        QVERIFY2(phc.startsWith(QLatin1String("$argon2id$v=19$m=65536,t=2,p=1$")), qPrintable(phc));
        QVERIFY(!phc.contains(QString::fromLatin1(kPassword)));
        QVERIFY(!passwordNeedsRehash(phc.toLatin1()));
        QVERIFY(verifyPassword(phc.toLatin1(), kPassword));
        QVERIFY(!verifyPassword(phc.toLatin1(), QByteArray("correct horse 13")));
    }

    void weakerHashIsReplacedAtLogin()
    {
        char weak[crypto_pwhash_STRBYTES];
        QVERIFY(crypto_pwhash_str(weak, kPassword.constData(), kPassword.size(), crypto_pwhash_OPSLIMIT_MIN,
                                  crypto_pwhash_MEMLIMIT_MIN) == 0);
        QVERIFY(passwordNeedsRehash(QByteArray(weak)));
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE name = 'wang'"));
        q.addBindValue(QString::fromLatin1(weak));
        QVERIFY(q.exec());
        const SystemClock clock;
        QVERIFY(!loginAs(QStringLiteral("wang"), {}, clock).token.isEmpty());
        const QString phc = scalar(QStringLiteral("SELECT password_hash FROM users WHERE name = 'wang'"));
        QVERIFY2(phc.startsWith(QLatin1String("$argon2id$v=19$m=65536,t=2,")), qPrintable(phc));
    }

    void duplicateUserAndShortPasswordAreRefused()
    {
        auto again = addUser(m_db, QStringLiteral("wang"), kPassword, Role::Leader, {});
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Constraint);
        auto weak = addUser(m_db, QStringLiteral("li"), QByteArray("short"), Role::Leader, {});
        QVERIFY(!weak);
        QCOMPARE(weak.error().kind, Error::Kind::Invalid);
    }

    void loginWithTheRightPasswordOpensASession()
    {
        const FixedClock clock(kNoon);
        const Session s = loginAs(QStringLiteral("wang"), {}, clock);
        QCOMPARE(s.token.size(), 43); // 256 random bits, base64url
        QVERIFY(sync::isCanonicalUuid(s.clientId));
        QCOMPARE(s.expiresAt, kNoon.addSecs(kSessionSeconds));
        // Only the hash is kept.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE token_hash = '%1'").arg(s.token)),
                 QStringLiteral("0"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT user_name FROM clients WHERE client_id = '%1'").arg(s.clientId)),
            QStringLiteral("wang"));
        auto caller = authenticate(m_db, s.token, clock);
        QVERIFY2(caller, qPrintable(caller ? QString() : caller.error().message));
        QCOMPARE(caller.value().userName, QStringLiteral("wang"));
        QCOMPARE(caller.value().role, Role::CatalogEditor);
        QCOMPARE(caller.value().deptIds, QStringList{kDept});
        QCOMPARE(caller.value().clientId, s.clientId);

        // The same device logs in again with its id: no second registration.
        const Session again = loginAs(QStringLiteral("wang"), s.clientId, clock);
        QCOMPARE(again.clientId, s.clientId);
        QVERIFY(again.token != s.token);
    }

    void wrongPasswordOrUnknownUserIsRefused()
    {
        const FixedClock clock(kNoon);
        const QString before = scalar(QStringLiteral("SELECT count(*) FROM sessions"));
        auto wrong =
            login(m_db, LoginRequest{QStringLiteral("wang"), QByteArray("correct horse 13"), {}, {}}, clock);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, Error::Kind::WrongPassphrase);
        auto nobody = login(m_db, LoginRequest{QStringLiteral("zhao"), kPassword, {}, {}}, clock);
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().kind, Error::Kind::WrongPassphrase);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sessions")), before);
        auto forged =
            authenticate(m_db, QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), clock);
        QVERIFY(!forged);
        QCOMPARE(forged.error().kind, Error::Kind::WrongPassphrase);
    }

    void expiredTokenIsRefused()
    {
        FixedClock clock(kNoon);
        const Session s = loginAs(QStringLiteral("wang"), {}, clock);
        clock.advanceSecs(kSessionSeconds - 1);
        QVERIFY(authenticate(m_db, s.token, clock));
        clock.advanceSecs(1);
        auto late = authenticate(m_db, s.token, clock);
        QVERIFY(!late);
        QCOMPARE(late.error().kind, Error::Kind::WrongPassphrase);
    }

    void revokedTokenIsRefused()
    {
        const FixedClock clock(kNoon);
        const Session s = loginAs(QStringLiteral("wang"), {}, clock);
        const Session other = loginAs(QStringLiteral("wang"), s.clientId, clock);
        QVERIFY(revokeSession(m_db, s.token));
        auto revoked = authenticate(m_db, s.token, clock);
        QVERIFY(!revoked);
        QCOMPARE(revoked.error().kind, Error::Kind::WrongPassphrase);
        QVERIFY(authenticate(m_db, other.token, clock)); // only that session ended
    }

    void anotherUsersDeviceIsRefused()
    {
        QVERIFY(addUser(m_db, QStringLiteral("liu"), kPassword, Role::Leader, {}));
        const FixedClock clock(kNoon);
        const Session wang = loginAs(QStringLiteral("wang"), {}, clock);
        auto taken = login(m_db, LoginRequest{QStringLiteral("liu"), kPassword, {}, wang.clientId}, clock);
        QVERIFY(!taken);
        QCOMPARE(taken.error().kind, Error::Kind::Forbidden);
    }

    void revokedDeviceCannotAuthenticateNorPush()
    {
        const FixedClock clock(kNoon);
        const Session s = loginAs(QStringLiteral("wang"), {}, clock);
        auto caller = authenticate(m_db, s.token, clock);
        QVERIFY(caller);
        QVERIFY(revokeDevice(m_db, s.clientId));
        QCOMPARE(revokeDevice(m_db, QStringLiteral("0190d0a2-7c1e-7000-8000-000000000999")).error().kind,
                 Error::Kind::NotFound);

        auto refused = authenticate(m_db, s.token, clock);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::WrongPassphrase); // its sessions were revoked too
        auto relogin = login(m_db, LoginRequest{QStringLiteral("wang"), kPassword, {}, s.clientId}, clock);
        QVERIFY(!relogin);
        QCOMPARE(relogin.error().kind, Error::Kind::Forbidden);

        // A push under an identity obtained before the revocation is refused whole.
        sync::Mutation m;
        m.mutationId = QStringLiteral("0190d0a2-7c1e-7000-8000-000000000101");
        m.seq = 1;
        m.op = sync::Op::Insert;
        m.table = QStringLiteral("info_resource");
        m.rowId = QStringLiteral("0190c9aa-0000-7000-8000-000000000042");
        m.ownerDeptId = kDept;
        m.schemaVersion = 7;
        m.fields = {{QStringLiteral("name"), QStringLiteral("道路信息")}};
        const Caller& c = caller.value();
        auto pushed = applyPush(m_db, PushIdentity{c.clientId, c.userName, c.role, c.deptIds},
                                sync::PushRequest{c.clientId, {m}});
        QVERIFY(!pushed);
        QCOMPARE(pushed.error().kind, Error::Kind::Forbidden);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_rows")), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(AccountsTest)
#include "tst_accounts.moc"

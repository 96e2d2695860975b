// Helper process for tst_crashdurability: commits rows through the repository as fast as it can
// and prints the number of each row only after its transaction committed ("acknowledged").
#include "db/Database.h"
#include "db/Repository.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        return 1;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString dept = QString::fromLocal8Bit(argv[2]);
    auto database = govcat::db::Database::open(path, qgetenv("GOVCAT_PASSPHRASE"));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 2;
    }
    govcat::db::Repository repo(database.value()->connection(),
                                {QStringLiteral("writer"), dept, QStringLiteral("编目员")});
    for (int n = 0;; ++n) {
        auto r =
            repo.insert(QStringLiteral("legal_basis"), {{QStringLiteral("owner_dept_id"), dept},
                                                        {QStringLiteral("title"), QString::number(n)},
                                                        {QStringLiteral("level"), QStringLiteral("规章")}});
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 3;
        }
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
}

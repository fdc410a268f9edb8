#include "models/store/testsupport.h"
#include "store/database.h"
#include "store/schema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::store;

namespace {

constexpr Migration kTwoSteps[] = {
    {1, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT NOT NULL);"},
    {2, "ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;"
        "CREATE INDEX notes_by_pinned ON notes(pinned);"},
};

QByteArray readAll(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

int userVersion(Database &db) {
    auto v = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!v)
        qFatal("%s", qPrintable(v.error().toString()));
    return v->toInt();
}

// A project database with a few thousand rows, closed (checkpointed) on return.
void writeProjectWithData(const QString &path) {
    Database db = testsupport::openMigrated(path);
    auto ok = db.exec(QStringLiteral(
        "INSERT INTO experiments(name, created_at) VALUES ('e', 0);"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
        "INSERT INTO runs(uuid, experiment_id, name, status, start_time, note) "
        "SELECT printf('%032x', i), 1, 'run-' || i, 'finished', i, hex(randomblob(64)) FROM n;"));
    if (!ok)
        qFatal("%s", qPrintable(ok.error().toString()));
}

} // namespace

class TestSchema : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString freshPath() {
        static int counter = 0;
        return m_dir.filePath(QStringLiteral("project-%1.db").arg(++counter));
    }

private Q_SLOTS:
    void freshDatabaseGetsLatestSchema() {
        auto db = Database::open(freshPath(), Database::Mode::Create);
        MLWB_VERIFY_OK(db);
        MLWB_VERIFY_OK(migrate(*db));
        QCOMPARE(userVersion(*db), latestSchemaVersion());
        for (const char *table : {"experiments", "runs", "params", "tags", "metric_series",
                                  "metric_blocks", "metric_summary", "artifacts"}) {
            auto st = db->prepare(
                QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                               "name = ?1"));
            MLWB_VERIFY_OK(st);
            st->bind(1, table);
            QVERIFY(*st->step());
            QVERIFY2(st->int64(0) == 1, table);
        }
        // Running it again is a no-op, and writes no backup.
        MLWB_VERIFY_OK(migrate(*db));
        QVERIFY(!QFileInfo::exists(db->path() + QStringLiteral(".v1.bak")));
    }

    void olderDatabaseIsBackedUpAndMigrated() {
        const QString path = freshPath();
        {
            auto db = Database::open(path, Database::Mode::Create);
            MLWB_VERIFY_OK(db);
            MLWB_VERIFY_OK(migrate(*db, std::span(kTwoSteps).first(1)));
            QCOMPARE(userVersion(*db), 1);
            MLWB_VERIFY_OK(db->exec(QStringLiteral("INSERT INTO notes(body) VALUES ('kept')")));
        }
        auto db = Database::open(path);
        MLWB_VERIFY_OK(db);
        MLWB_VERIFY_OK(migrate(*db, kTwoSteps));
        QCOMPARE(userVersion(*db), 2);
        QCOMPARE(db->scalar(QStringLiteral("SELECT body || pinned FROM notes"))->toString(),
                 QStringLiteral("kept0"));

        const QString backupPath = path + QStringLiteral(".v1.bak");
        QVERIFY(QFileInfo::exists(backupPath));
        auto backup = Database::open(backupPath, Database::Mode::ReadOnly);
        MLWB_VERIFY_OK(backup);
        QCOMPARE(userVersion(*backup), 1);
        QCOMPARE(backup->scalar(QStringLiteral("SELECT body FROM notes"))->toString(),
                 QStringLiteral("kept"));
        QVERIFY(!backup->scalar(QStringLiteral("SELECT pinned FROM notes")));
    }

    void newerDatabaseIsRefusedUntouched() {
        const QString path = freshPath();
        const int newer = latestSchemaVersion() + 1;
        {
            Database db = testsupport::openMigrated(path);
            MLWB_VERIFY_OK(db.exec(QStringLiteral("PRAGMA user_version=%1").arg(newer)));
        }
        const QByteArray before = readAll(path);
        {
            auto db = Database::open(path);
            MLWB_VERIFY_OK(db);
            auto refused = migrate(*db);
            QVERIFY(!refused);
            const QString text = refused.error().toString();
            QVERIFY2(text.contains(QString::number(newer)), qPrintable(text));
            QVERIFY2(text.contains(QString::number(latestSchemaVersion())), qPrintable(text));
            QVERIFY(text.contains(path));
            QCOMPARE(userVersion(*db), newer);
        }
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".v%1.bak").arg(newer)));
    }

    void damagedFileIsRefusedUntouched_data() {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated to half") << QStringLiteral("truncate");
        QTest::newRow("not a database") << QStringLiteral("text");
        QTest::newRow("garbage after the header") << QStringLiteral("garbage");
    }

    void damagedFileIsRefusedUntouched() {
        QFETCH(QString, damage);
        const QString path = freshPath();
        if (damage == QLatin1String("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,score\nada,1\n");
        } else {
            writeProjectWithData(path);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 64 * 1024);
            if (damage == QLatin1String("truncate")) {
                QVERIFY(f.resize(size / 2));
            } else {
                f.seek(100);
                f.write(QByteArray(int(size) - 100, '\x5a'));
            }
        }
        const QByteArray before = readAll(path);
        auto db = Database::open(path);
        Status opened = db ? migrate(*db) : Status(std::unexpected(db.error()));
        QVERIFY2(!opened, "the damaged file was accepted");
        const Error &e = opened.error();
        QVERIFY2(e.what.contains(path), qPrintable(e.toString()));
        QVERIFY2(!e.why.isEmpty() && !e.hint.isEmpty(), qPrintable(e.toString()));
        db = Result<Database>(std::unexpected(Error{})); // closes the connection
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) ||
                QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"

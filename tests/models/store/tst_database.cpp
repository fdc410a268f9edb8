#include "models/store/testsupport.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::store;

namespace {

Database openOrDie(const QString &path, Database::Mode mode = Database::Mode::ReadWrite) {
    auto db = Database::open(path, mode);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    return std::move(*db);
}

qint64 countRows(Database &db, const QString &table) {
    auto v = db.scalar(QStringLiteral("SELECT count(*) FROM ") + table);
    if (!v)
        qFatal("%s", qPrintable(v.error().toString()));
    return v->toLongLong();
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    Database freshDb() {
        static int counter = 0;
        m_path = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++counter));
        Database db = openOrDie(m_path, Database::Mode::Create);
        if (auto r = db.exec(QStringLiteral("CREATE TABLE parent(id INTEGER PRIMARY KEY);"
                                            "CREATE TABLE child(id INTEGER PRIMARY KEY, "
                                            "parent_id INTEGER NOT NULL REFERENCES parent(id));"
                                            "CREATE TABLE t(v);"));
            !r)
            qFatal("%s", qPrintable(r.error().toString()));
        return db;
    }

private Q_SLOTS:
    void openUsesWalAndForeignKeys() {
        Database db = freshDb();
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode"))->toString(),
                 QStringLiteral("wal"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        auto orphan = db.exec(QStringLiteral("INSERT INTO child(parent_id) VALUES (42)"));
        QVERIFY(!orphan);
        QVERIFY2(orphan.error().why.contains(QLatin1String("FOREIGN KEY")),
                 qPrintable(orphan.error().toString()));
        QCOMPARE(countRows(db, QStringLiteral("child")), 0);
    }

    void openMissingFileFails() {
        const QString missing = m_dir.filePath(QStringLiteral("nope/absent.db"));
        auto db = Database::open(missing);
        QVERIFY(!db);
        QVERIFY(db.error().what.contains(missing));
        QVERIFY(!db.error().hint.isEmpty());
        QVERIFY(!QFileInfo::exists(missing));
    }

    void transactionRollsBackUnlessCommitted() {
        Database db = freshDb();
        {
            auto tx = Transaction::begin(db);
            MLWB_VERIFY_OK(tx);
            MLWB_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
            QCOMPARE(countRows(db, QStringLiteral("t")), 1);
        }
        QCOMPARE(countRows(db, QStringLiteral("t")), 0);
        {
            auto tx = Transaction::begin(db);
            MLWB_VERIFY_OK(tx);
            MLWB_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
            MLWB_VERIFY_OK(tx->commit());
        }
        Database other = openOrDie(m_path, Database::Mode::ReadOnly);
        QCOMPARE(countRows(other, QStringLiteral("t")), 1);
    }

    void failedCommitLeavesNoPartialWrite() {
        Database db = freshDb();
        // Deferred foreign keys make COMMIT itself fail.
        MLWB_VERIFY_OK(db.exec(QStringLiteral("PRAGMA defer_foreign_keys=ON")));
        auto tx = Transaction::begin(db);
        MLWB_VERIFY_OK(tx);
        MLWB_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        MLWB_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO child(parent_id) VALUES (7)")));
        QVERIFY(!tx->commit());
        QCOMPARE(countRows(db, QStringLiteral("t")), 0);
        // The connection is usable again.
        MLWB_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO t VALUES (3)")));
    }

    void nestedTransactionIsASavepoint() {
        Database db = freshDb();
        auto outer = Transaction::begin(db);
        MLWB_VERIFY_OK(outer);
        MLWB_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        {
            auto inner = Transaction::begin(db);
            MLWB_VERIFY_OK(inner);
            MLWB_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
        }
        MLWB_VERIFY_OK(outer->commit());
        QCOMPARE(countRows(db, QStringLiteral("t")), 1);
    }

    void valuesRoundTrip_data() {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("sqliteType");
        QTest::newRow("null") << QVariant() << QStringLiteral("null");
        QTest::newRow("int64") << QVariant(qint64(1) << 62) << QStringLiteral("integer");
        QTest::newRow("double") << QVariant(0.125) << QStringLiteral("real");
        QTest::newRow("text") << QVariant(QStringLiteral("grüße ✓")) << QStringLiteral("text");
        QTest::newRow("blob") << QVariant(QByteArray("\0\1\2", 3)) << QStringLiteral("blob");
    }

    void valuesRoundTrip() {
        QFETCH(QVariant, value);
        QFETCH(QString, sqliteType);
        Database db = freshDb();
        auto insert = db.prepare(QStringLiteral("INSERT INTO t VALUES (?1)"));
        MLWB_VERIFY_OK(insert);
        insert->bind(1, value);
        MLWB_VERIFY_OK(insert->exec());
        auto select = db.prepare(QStringLiteral("SELECT v, typeof(v) FROM t"));
        MLWB_VERIFY_OK(select);
        QVERIFY(*select->step());
        QCOMPARE(select->value(0), value);
        QCOMPARE(select->text(1), sqliteType);
    }

    void badSqlNamesTheStatement() {
        Database db = freshDb();
        auto st = db.prepare(QStringLiteral("SELEKT 1"));
        QVERIFY(!st);
        QVERIFY(st.error().what.contains(QLatin1String("SELEKT 1")));
        QVERIFY(st.error().why.contains(QLatin1String("syntax error")));
        auto none = db.scalar(QStringLiteral("SELECT v FROM t"));
        QVERIFY(!none);
    }

    void dataVersionSeesOtherConnections() {
        Database db = freshDb();
        Database watcher = openOrDie(m_path, Database::Mode::ReadOnly);
        auto before = watcher.dataVersion();
        MLWB_VERIFY_OK(before);
        MLWB_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        auto after = watcher.dataVersion();
        MLWB_VERIFY_OK(after);
        QVERIFY(*after != *before);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

#include "database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace mlwb::store {

static QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

void Database::Close::operator()(sqlite3 *db) const {
    sqlite3_close_v2(db);
}

Result<Database> Database::open(const QString &path, Mode mode) {
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    Database db;
    db.m_db.reset(raw);
    db.m_path = path;
    if (rc != SQLITE_OK) {
        const QString why =
            raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString::fromUtf8(sqlite3_errstr(rc));
        return fail(tr("open database %1").arg(path), why,
                    tr("check that the file exists and that you may read and write it"));
    }
    sqlite3_busy_timeout(raw, 60000);
    sqlite3_extended_result_codes(raw, 1);
    // Reading the schema first proves the file is a database before anything is written.
    if (auto probe = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema")); !probe)
        return fail(tr("open database %1").arg(path), probe.error().why,
                    tr("the file is not an SQLite database or is damaged; restore it from a "
                       "backup (project.db.v*.bak beside it) or move it away"));
    if (mode != Mode::ReadOnly) {
        MLWB_TRY(db.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        MLWB_TRY(db.exec(QStringLiteral("PRAGMA synchronous=NORMAL")));
    }
    MLWB_TRY(db.exec(QStringLiteral("PRAGMA foreign_keys=ON")));
    // Metric blocks are read as large blobs; a memory map avoids a read() per page.
    MLWB_TRY(db.exec(QStringLiteral("PRAGMA mmap_size=1073741824")));
    return db;
}

Result<Statement> Database::prepare(const QString &sql) {
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db.get(), utf8.constData(), static_cast<int>(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return fail(tr("prepare SQL \"%1\"").arg(sql.left(120)), lastErrorMessage());
    }
    return Statement(m_db.get(), stmt);
}

Status Database::exec(const QString &sql) {
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db.get(), sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString why = err ? QString::fromUtf8(err) : lastErrorMessage();
        sqlite3_free(err);
        return fail(tr("run SQL \"%1\" on %2").arg(sql.left(120), m_path), why);
    }
    return {};
}

Result<QVariant> Database::scalar(const QString &sql) {
    MLWB_ASSIGN_OR_RETURN(Statement st, prepare(sql));
    MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
    if (!row)
        return fail(tr("run SQL \"%1\"").arg(sql.left(120)), tr("no row returned"));
    return st.value(0);
}

qint64 Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db.get());
}

int Database::changes() const {
    return sqlite3_changes(m_db.get());
}

Result<qint64> Database::dataVersion() {
    MLWB_ASSIGN_OR_RETURN(const QVariant v, scalar(QStringLiteral("PRAGMA data_version")));
    return v.toLongLong();
}

QString Database::lastErrorMessage() const {
    return QString::fromUtf8(sqlite3_errmsg(m_db.get()));
}

Result<Transaction> Transaction::begin(Database &db) {
    if (!sqlite3_get_autocommit(db.handle())) {
        MLWB_TRY(db.exec(QStringLiteral("SAVEPOINT mlwb_nested")));
        return Transaction(&db, true);
    }
    MLWB_TRY(db.exec(QStringLiteral("BEGIN IMMEDIATE")));
    return Transaction(&db);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_nested(other.m_nested) {}

Transaction::~Transaction() {
    if (m_db && m_nested)
        (void)m_db->exec(QStringLiteral("ROLLBACK TO mlwb_nested; RELEASE mlwb_nested"));
    else if (m_db)
        (void)m_db->exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit() {
    Database *db = std::exchange(m_db, nullptr);
    if (!db)
        return fail(tr("commit a transaction"), tr("it was already committed"));
    if (m_nested)
        return db->exec(QStringLiteral("RELEASE mlwb_nested"));
    auto committed = db->exec(QStringLiteral("COMMIT"));
    if (!committed)
        (void)db->exec(QStringLiteral("ROLLBACK"));
    return committed;
}

} // namespace mlwb::store

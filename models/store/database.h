#pragma once

#include "core/error.h"
#include "statement.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace mlwb::store {

// One SQLite connection. Use one per thread; never share across threads.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly, Create };

    // Opens with WAL, foreign keys on and a generous busy timeout so that
    // several writers queue instead of failing with "database is locked".
    static Result<Database> open(const QString &path, Mode mode = Mode::ReadWrite);

    Result<Statement> prepare(const QString &sql);
    Status exec(const QString &sql);
    // The first column of the first row, or an error if there is no row.
    Result<QVariant> scalar(const QString &sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    // Changes whenever another connection commits; cheap to poll.
    Result<qint64> dataVersion();

    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db.get(); }
    QString lastErrorMessage() const;

private:
    struct Close {
        void operator()(sqlite3 *db) const;
    };
    std::unique_ptr<sqlite3, Close> m_db;
    QString m_path;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back in the destructor unless committed.
// Inside an open transaction it becomes a SAVEPOINT, so a caller can make several
// writers' work (a run, its params, its metric blocks) one atomic unit.
class Transaction {
public:
    static Result<Transaction> begin(Database &db);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    ~Transaction();
    Status commit();

private:
    explicit Transaction(Database *db, bool nested = false)
        : m_db(db)
        , m_nested(nested) {}
    Database *m_db = nullptr;
    bool m_nested = false;
};

} // namespace mlwb::store

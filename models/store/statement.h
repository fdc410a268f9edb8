#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <span>

struct sqlite3;
struct sqlite3_stmt;

namespace mlwb::store {

// A prepared statement. Binds are 1-based like SQLite's; columns 0-based.
class Statement {
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt);

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64{value}); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *utf8);
    Statement &bindBlob(int index, std::span<const char> bytes);
    Statement &bindNull(int index);
    // Ids as a JSON array, for `IN (SELECT value FROM json_each(?N))`: one statement for any
    // number of them.
    Statement &bindIds(int index, const QList<qint64> &ids);
    Statement &bind(int index, const QVariant &value);

    // True while a row is available; false when done.
    Result<bool> step();
    // Runs a statement that returns no rows (or ignores them).
    Status exec();
    void reset();

    qint64 int64(int col) const;
    double real(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    // A view of a blob column, valid until the next step/reset.
    std::span<const char> blobView(int col) const;
    bool isNull(int col) const;
    QVariant value(int col) const;
    int columnCount() const;
    QString columnName(int col) const;

    sqlite3_stmt *handle() const { return m_stmt.get(); }

private:
    struct Finalize {
        void operator()(sqlite3_stmt *s) const;
    };
    sqlite3 *m_db = nullptr;
    std::unique_ptr<sqlite3_stmt, Finalize> m_stmt;
};

} // namespace mlwb::store

#include "statement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace mlwb::store {

void Statement::Finalize::operator()(sqlite3_stmt *s) const {
    sqlite3_finalize(s);
}

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt) {}

Statement &Statement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_stmt.get(), index, value);
    return *this;
}

Statement &Statement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt.get(), index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value) {
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt.get(), index, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const char *utf8) {
    sqlite3_bind_text(m_stmt.get(), index, utf8, -1, SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindIds(int index, const QList<qint64> &ids) {
    QByteArray json = "[";
    for (const qint64 id : ids) {
        if (json.size() > 1)
            json += ',';
        json += QByteArray::number(id);
    }
    json += ']';
    return bind(index, json.constData());
}

Statement &Statement::bindBlob(int index, std::span<const char> bytes) {
    sqlite3_bind_blob64(m_stmt.get(), index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt.get(), index);
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value) {
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return bindNull(index);
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray b = value.toByteArray();
        return bindBlob(index, {b.constData(), static_cast<size_t>(b.size())});
    }
    default:
        if (value.isNull())
            return bindNull(index);
        return bind(index, value.toString());
    }
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return fail(QCoreApplication::translate("mlwb", "run SQL \"%1\"")
                    .arg(QString::fromUtf8(sqlite3_sql(m_stmt.get())).left(80)),
                QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Status Statement::exec() {
    for (;;) {
        auto more = step();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
    }
    reset();
    return {};
}

void Statement::reset() {
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

qint64 Statement::int64(int col) const {
    return sqlite3_column_int64(m_stmt.get(), col);
}

double Statement::real(int col) const {
    return sqlite3_column_double(m_stmt.get(), col);
}

QString Statement::text(int col) const {
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt.get(), col));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt.get(), col));
}

QByteArray Statement::blob(int col) const {
    const auto v = blobView(col);
    return QByteArray(v.data(), static_cast<qsizetype>(v.size()));
}

std::span<const char> Statement::blobView(int col) const {
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt.get(), col));
    return {p, static_cast<size_t>(sqlite3_column_bytes(m_stmt.get(), col))};
}

bool Statement::isNull(int col) const {
    return sqlite3_column_type(m_stmt.get(), col) == SQLITE_NULL;
}

QVariant Statement::value(int col) const {
    switch (sqlite3_column_type(m_stmt.get(), col)) {
    case SQLITE_INTEGER:
        return int64(col);
    case SQLITE_FLOAT:
        return real(col);
    case SQLITE_TEXT:
        return text(col);
    case SQLITE_BLOB:
        return blob(col);
    default:
        return {};
    }
}

int Statement::columnCount() const {
    return sqlite3_column_count(m_stmt.get());
}

QString Statement::columnName(int col) const {
    return QString::fromUtf8(sqlite3_column_name(m_stmt.get(), col));
}

} // namespace mlwb::store

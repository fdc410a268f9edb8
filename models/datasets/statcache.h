#pragma once

#include "core/error.h"
#include "filescan.h"
#include "store/database.h"

#include <QHash>
#include <QString>

namespace mlwb::datasets {

// Remembers each file's content hash with the size, mtime and inode it had, so
// an unchanged file is never read again (like git's index).
class StatCache {
public:
    explicit StatCache(store::Database &db)
        : m_db(db) {}

    // Loads the entries under `absolutePrefix` (a file or folder).
    Status load(const QString &absolutePrefix);
    // The cached hash when the stat still matches, else an empty string.
    QString lookup(const ScannedFile &f) const;
    // Stores entries in one transaction.
    Status update(const QList<std::pair<ScannedFile, QString>> &hashed);

private:
    struct Entry {
        qint64 size = 0;
        qint64 mtimeNs = 0;
        quint64 inode = 0;
        QString hash;
    };
    store::Database &m_db;
    QHash<QString, Entry> m_entries;
};

} // namespace mlwb::datasets

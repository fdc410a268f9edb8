#pragma once

#include "core/error.h"

#include <QString>

namespace mlwb::store {

// Content-addressed files under .mlwb/objects/ab/cdef…; identical content is
// stored once. Writes go to a temporary file first and are renamed into place.
class ContentStore {
public:
    explicit ContentStore(QString objectsDir);

    struct Stored {
        QString hash;
        qint64 size = 0;
    };
    Result<Stored> putFile(const QString &sourcePath);
    Result<Stored> putBytes(const QByteArray &bytes);
    QString pathOf(const QString &hash) const;
    bool contains(const QString &hash) const;

private:
    QString m_dir;
};

} // namespace mlwb::store

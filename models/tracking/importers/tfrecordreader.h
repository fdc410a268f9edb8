#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <memory>
#include <optional>

namespace mlwb::tracking::importers {

// Reads TFRecord framing: uint64 length, masked CRC-32C of the length, data,
// masked CRC-32C of the data, all little-endian.
class TFRecordReader {
public:
    static Result<TFRecordReader> open(const QString &path);

    // The next record's data; nothing at the end of the file or at damage that
    // makes the rest unreadable. A record whose data fails its checksum is
    // skipped; every damage is reported by problems(), naming the byte offset.
    std::optional<QByteArray> next();
    const QList<Error> &problems() const { return m_problems; }
    qint64 recordOffset() const { return m_recordOffset; } // of the last record returned
    qint64 position() const { return m_pos; }
    qint64 size() const { return m_size; }

private:
    explicit TFRecordReader(std::unique_ptr<QFile> file);
    void damaged(qint64 offset, const QString &why, bool stopped = true);

    std::unique_ptr<QFile> m_file;
    qint64 m_size = 0;
    qint64 m_pos = 0;
    qint64 m_recordOffset = 0;
    QList<Error> m_problems;
};

} // namespace mlwb::tracking::importers

#include "tfrecordreader.h"

#include "crc32c.h"
#include "importedrun.h"

#include <QtEndian>

namespace mlwb::tracking::importers {

namespace {

constexpr qint64 kHeaderSize = 12; // length + its CRC
constexpr qint64 kFooterSize = 4;  // CRC of the data

std::span<const char> view(const QByteArray &bytes, qsizetype from, qsizetype size) {
    return {bytes.constData() + from, std::size_t(size)};
}

} // namespace

Result<TFRecordReader> TFRecordReader::open(const QString &path) {
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(importTr("open %1").arg(path), file->errorString(),
                    importTr("check that the file exists and that you may read it"));
    return TFRecordReader(std::move(file));
}

TFRecordReader::TFRecordReader(std::unique_ptr<QFile> file)
    : m_file(std::move(file))
    , m_size(m_file->size()) {}

void TFRecordReader::damaged(qint64 offset, const QString &why, bool stopped) {
    const QString hint = stopped ? importTr("the file is damaged or was cut short; the events "
                                            "before this byte were imported")
                                 : importTr("the file is damaged; the other records were imported");
    m_problems.append(
        Error{importTr("%1: byte %2").arg(m_file->fileName()).arg(offset), why, hint});
}

std::optional<QByteArray> TFRecordReader::next() {
    while (m_pos < m_size) {
        const qint64 start = m_pos;
        const QByteArray header = m_file->read(kHeaderSize);
        if (header.size() < kHeaderSize) {
            damaged(start, importTr("the record header is cut short (%1 of %2 bytes)")
                               .arg(header.size())
                               .arg(kHeaderSize));
            m_pos = m_size;
            return std::nullopt;
        }
        const auto length = qFromLittleEndian<quint64>(header.constData());
        const auto lengthCrc = qFromLittleEndian<quint32>(header.constData() + 8);
        if (maskedCrc32c(view(header, 0, 8)) != lengthCrc) {
            damaged(start, importTr("the checksum of the record length does not match"));
            m_pos = m_size;
            return std::nullopt;
        }
        const qint64 remaining = m_size - start - kHeaderSize;
        if (length + kFooterSize > quint64(remaining)) {
            damaged(start, importTr("the record claims %1 bytes, but only %2 remain")
                               .arg(length)
                               .arg(qMax<qint64>(0, remaining - kFooterSize)));
            m_pos = m_size;
            return std::nullopt;
        }
        QByteArray body = m_file->read(qint64(length) + kFooterSize);
        if (body.size() != qint64(length) + kFooterSize) {
            damaged(start, importTr("reading the record failed: %1").arg(m_file->errorString()));
            m_pos = m_size;
            return std::nullopt;
        }
        m_pos = start + kHeaderSize + body.size();
        const auto dataCrc = qFromLittleEndian<quint32>(body.constData() + length);
        if (maskedCrc32c(view(body, 0, qsizetype(length))) != dataCrc) {
            // The framing is intact, so the next record can still be found.
            damaged(start,
                    importTr("the checksum of the record data does not match; the "
                             "record was skipped"),
                    false);
            continue;
        }
        body.truncate(qsizetype(length));
        m_recordOffset = start;
        return body;
    }
    return std::nullopt;
}

} // namespace mlwb::tracking::importers

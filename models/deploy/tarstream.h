#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <memory>

namespace mlwb::deploy {

// A POSIX ustar archive produced on demand: headers are built in memory and
// file contents are read from disk as the reader asks, so a context of tens
// of megabytes is never held whole.
class TarStream {
public:
    struct Entry {
        QString name;       // path inside the archive, no leading '/'
        QString sourceFile; // read from disk, or
        QByteArray data;    // inline content when sourceFile is empty
        int mode = 0644;
        qint64 size = 0;
    };

    // Errors name the entry (too long a path, missing file).
    Status addFile(const QString &name, const QString &sourceFile, int mode = 0644);
    Status addData(const QString &name, const QByteArray &data, int mode = 0644);

    const QList<Entry> &entries() const { return m_entries; }
    // Bytes of the whole archive, headers and end blocks included.
    qint64 size() const;

    // Reads the archive from the start. Each reader is independent.
    class Reader {
    public:
        explicit Reader(const TarStream &tar)
            : m_tar(&tar) {}
        // Up to `max` bytes; 0 at the end; -1 if a file could not be read
        // (error() says which).
        qint64 read(char *buffer, qint64 max);
        QString error() const { return m_error; }

    private:
        bool fillBlock();
        const TarStream *m_tar;
        qsizetype m_entry = 0;
        QByteArray m_block; // bytes ready to hand out
        qsizetype m_blockPos = 0;
        std::unique_ptr<QFile> m_file;
        qint64 m_fileLeft = 0;
        bool m_headerDone = false;
        bool m_finished = false;
        QString m_error;
    };

    static Result<QByteArray> header(const QString &name, qint64 size, int mode);

private:
    QList<Entry> m_entries;
};

} // namespace mlwb::deploy

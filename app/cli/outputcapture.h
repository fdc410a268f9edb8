#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QTemporaryFile>

#include <cstdio>
#include <functional>

namespace mlwb::cli {

// One output channel of a child process: copied live to our terminal stream,
// kept whole in a temporary file, and handed on line by line.
class OutputCapture {
public:
    using LineHandler = std::function<void(QStringView line)>;

    OutputCapture(std::FILE *terminal, LineHandler onLine = {});
    Status open();
    void feed(const QByteArray &data);
    // Hands on the last line if it had no newline and flushes the file.
    void finish();
    QString fileName() const { return m_file.fileName(); }
    qint64 size() const { return m_size; }

private:
    std::FILE *m_terminal;
    LineHandler m_onLine;
    QTemporaryFile m_file;
    QByteArray m_partial;
    qint64 m_size = 0;
};

} // namespace mlwb::cli

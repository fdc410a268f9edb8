#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace mlwb::deploy {

// Splits a stream of JSON lines (the engine's /build and /images/create
// replies) as it arrives, whatever the chunk boundaries.
class JsonLineSplitter {
public:
    using LineFn = std::function<void(const QJsonObject &line, qint64 byteOffset)>;
    explicit JsonLineSplitter(LineFn onLine)
        : m_onLine(std::move(onLine)) {}

    void feed(const char *data, qsizetype size);
    // Parses a last line without a newline; returns bytes that were not JSON.
    QByteArray finish();

private:
    void emitLine(const QByteArray &line);
    LineFn m_onLine;
    QByteArray m_pending;
    qint64 m_consumed = 0;
    QByteArray m_garbage;
};

// One line of build output: what to show, and the error if the build failed.
struct BuildLine {
    QString text;    // "stream" or "status" text without the trailing newline
    QString error;   // errorDetail.message / error, empty if none
    QString imageId; // aux.ID when the engine reports the built image
};
BuildLine parseBuildLine(const QJsonObject &line);

// Container log streams: without a TTY the engine multiplexes stdout and
// stderr in frames with an 8-byte header (stream, 0, 0, 0, big-endian size);
// with a TTY the bytes come raw. Auto decides from the first header.
class LogDemuxer {
public:
    enum class Mode { Auto, Framed, Raw };
    enum class Stream { Stdout = 1, Stderr = 2 };
    using ChunkFn = std::function<void(Stream stream, const QByteArray &bytes)>;

    explicit LogDemuxer(ChunkFn onChunk, Mode mode = Mode::Auto)
        : m_onChunk(std::move(onChunk))
        , m_mode(mode) {}

    void feed(const char *data, qsizetype size);
    Mode mode() const { return m_mode; }

private:
    ChunkFn m_onChunk;
    Mode m_mode;
    QByteArray m_pending;
};

// Splits demultiplexed log bytes into lines; keeps a partial last line.
class LineBuffer {
public:
    // Appends bytes and returns the complete lines they finished.
    QStringList append(const QByteArray &bytes);
    QString rest() const { return QString::fromUtf8(m_pending); }

private:
    QByteArray m_pending;
};

} // namespace mlwb::deploy

#include "enginestreams.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

namespace mlwb::deploy {

void JsonLineSplitter::feed(const char *data, qsizetype size) {
    m_pending.append(data, size);
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_pending.indexOf('\n', start);
        if (nl < 0)
            break;
        emitLine(m_pending.mid(start, nl - start));
        m_consumed += nl - start + 1;
        start = nl + 1;
    }
    m_pending.remove(0, start);
}

QByteArray JsonLineSplitter::finish() {
    if (!m_pending.trimmed().isEmpty())
        emitLine(m_pending);
    m_pending.clear();
    return m_garbage;
}

void JsonLineSplitter::emitLine(const QByteArray &line) {
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        m_garbage.append(trimmed).append('\n');
        return;
    }
    m_onLine(doc.object(), m_consumed);
}

BuildLine parseBuildLine(const QJsonObject &line) {
    BuildLine out;
    QString text = line.value(QStringLiteral("stream")).toString();
    if (text.isEmpty())
        text = line.value(QStringLiteral("status")).toString();
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    out.text = text;
    const QJsonObject detail = line.value(QStringLiteral("errorDetail")).toObject();
    out.error = detail.value(QStringLiteral("message")).toString();
    if (out.error.isEmpty())
        out.error = line.value(QStringLiteral("error")).toString();
    out.imageId =
        line.value(QStringLiteral("aux")).toObject().value(QStringLiteral("ID")).toString();
    return out;
}

void LogDemuxer::feed(const char *data, qsizetype size) {
    if (m_mode == Mode::Raw) {
        if (size > 0)
            m_onChunk(Stream::Stdout, QByteArray(data, size));
        return;
    }
    m_pending.append(data, size);
    if (m_mode == Mode::Auto) {
        if (m_pending.size() < 4)
            return;
        const auto kind = static_cast<unsigned char>(m_pending.at(0));
        const bool header =
            kind <= 2 && m_pending.at(1) == 0 && m_pending.at(2) == 0 && m_pending.at(3) == 0;
        m_mode = header ? Mode::Framed : Mode::Raw;
        if (m_mode == Mode::Raw) {
            const QByteArray all = std::exchange(m_pending, {});
            m_onChunk(Stream::Stdout, all);
            return;
        }
    }
    qsizetype pos = 0;
    while (m_pending.size() - pos >= 8) {
        const auto *h = reinterpret_cast<const unsigned char *>(m_pending.constData() + pos);
        const quint32 length =
            (quint32(h[4]) << 24) | (quint32(h[5]) << 16) | (quint32(h[6]) << 8) | quint32(h[7]);
        if (m_pending.size() - pos - 8 < qsizetype(length))
            break;
        const Stream stream = h[0] == 2 ? Stream::Stderr : Stream::Stdout;
        m_onChunk(stream, m_pending.mid(pos + 8, length));
        pos += 8 + length;
    }
    m_pending.remove(0, pos);
}

QStringList LineBuffer::append(const QByteArray &bytes) {
    m_pending.append(bytes);
    QStringList lines;
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_pending.indexOf('\n', start);
        if (nl < 0)
            break;
        QByteArray line = m_pending.mid(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(QString::fromUtf8(line));
        start = nl + 1;
    }
    m_pending.remove(0, start);
    return lines;
}

} // namespace mlwb::deploy

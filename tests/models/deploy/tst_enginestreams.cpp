#include "deploy/enginestreams.h"

#include <QJsonObject>
#include <QTest>

using namespace mlwb::deploy;

namespace {

QByteArray frame(char stream, const QByteArray &payload) {
    QByteArray h(8, '\0');
    h[0] = stream;
    const quint32 n = quint32(payload.size());
    h[4] = char(n >> 24);
    h[5] = char(n >> 16);
    h[6] = char(n >> 8);
    h[7] = char(n);
    return h + payload;
}

struct Collected {
    QString out;
    QString err;
};

Collected demux(const QByteArray &bytes, int chunk, LogDemuxer::Mode mode) {
    Collected c;
    LogDemuxer d(
        [&](LogDemuxer::Stream s, const QByteArray &b) {
            (s == LogDemuxer::Stream::Stderr ? c.err : c.out) += QString::fromUtf8(b);
        },
        mode);
    for (qsizetype i = 0; i < bytes.size(); i += chunk)
        d.feed(bytes.constData() + i, qMin<qsizetype>(chunk, bytes.size() - i));
    return c;
}

} // namespace

class TestEngineStreams : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void demultiplexesFrames_data() {
        QTest::addColumn<int>("chunk");
        QTest::addColumn<int>("mode");
        for (int chunk : {1, 3, 7, 8, 9, 64, 4096})
            for (int mode : {int(LogDemuxer::Mode::Auto), int(LogDemuxer::Mode::Framed)})
                QTest::addRow("chunk %d mode %d", chunk, mode) << chunk << mode;
    }
    void demultiplexesFrames() {
        QFETCH(int, chunk);
        QFETCH(int, mode);
        const QByteArray bytes = frame(1, "listening on http://0.0.0.0:8080\n") +
                                 frame(2, "warning: slow\n") + frame(1, QByteArray()) +
                                 frame(1, "second line\n");
        const Collected c = demux(bytes, chunk, LogDemuxer::Mode(mode));
        QCOMPARE(c.out, QStringLiteral("listening on http://0.0.0.0:8080\nsecond line\n"));
        QCOMPARE(c.err, QStringLiteral("warning: slow\n"));
    }

    void rawTtyStreamPassesThrough_data() {
        QTest::addColumn<int>("mode");
        QTest::newRow("auto") << int(LogDemuxer::Mode::Auto);
        QTest::newRow("raw") << int(LogDemuxer::Mode::Raw);
    }
    void rawTtyStreamPassesThrough() {
        QFETCH(int, mode);
        const QByteArray bytes = "listening on http://0.0.0.0:8080\r\nready\r\n";
        const Collected c = demux(bytes, 5, LogDemuxer::Mode(mode));
        QCOMPARE(c.out.toUtf8(), bytes);
        QVERIFY(c.err.isEmpty());
    }

    void lineBufferKeepsPartialLines() {
        LineBuffer b;
        QCOMPARE(b.append("abc"), QStringList{});
        QCOMPARE(b.append("def\r\ngh"), QStringList{QStringLiteral("abcdef")});
        QCOMPARE(b.append("i\n\n"), (QStringList{QStringLiteral("ghi"), QString()}));
        QVERIFY(b.rest().isEmpty());
    }

    void buildStreamReportsLinesAndErrors_data() {
        QTest::addColumn<int>("chunk");
        for (int chunk : {1, 2, 10, 1000})
            QTest::addRow("chunk %d", chunk) << chunk;
    }
    void buildStreamReportsLinesAndErrors() {
        QFETCH(int, chunk);
        const QByteArray stream = "{\"stream\":\"STEP 1/3: FROM scratch\\n\"}\n"
                                  "{\"stream\":\"STEP 2/3: COPY rootfs/ /\\n\"}\r\n"
                                  "not json\n"
                                  "{\"errorDetail\":{\"message\":\"COPY failed: no such "
                                  "file\"},\"error\":\"COPY failed\"}";
        QStringList texts;
        QString error;
        JsonLineSplitter splitter([&](const QJsonObject &o, qint64) {
            const BuildLine line = parseBuildLine(o);
            if (!line.text.isEmpty())
                texts.append(line.text);
            if (!line.error.isEmpty())
                error = line.error;
        });
        for (qsizetype i = 0; i < stream.size(); i += chunk)
            splitter.feed(stream.constData() + i, qMin<qsizetype>(chunk, stream.size() - i));
        const QByteArray garbage = splitter.finish();
        QCOMPARE(texts, (QStringList{QStringLiteral("STEP 1/3: FROM scratch"),
                                     QStringLiteral("STEP 2/3: COPY rootfs/ /")}));
        QCOMPARE(error, QStringLiteral("COPY failed: no such file"));
        QCOMPARE(garbage, QByteArray("not json\n"));
    }

    void buildLineReadsImageId() {
        const BuildLine line = parseBuildLine(
            QJsonObject{{QStringLiteral("aux"),
                         QJsonObject{{QStringLiteral("ID"), QStringLiteral("sha256:abc")}}}});
        QCOMPARE(line.imageId, QStringLiteral("sha256:abc"));
        QVERIFY(line.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEngineStreams)
#include "tst_enginestreams.moc"

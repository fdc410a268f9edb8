#include "importtestutil.h"

#include "tracking/importers/crc32c.h"
#include "tracking/importers/importers.h"
#include "tracking/trackingstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <bit>

using namespace mlwb;
using namespace mlwb::tracking;
using namespace mlwb::tracking::testutil;

namespace {

const char *const kWandb = "tensorboard/wandb/tests/assets";
const char *const kWandbFile = "events.out.tfevents.1585769947.cvp";

// Protobuf wire-format encoding, enough to write Event records.
QByteArray varint(quint64 v) {
    QByteArray out;
    do {
        out.append(char((v & 0x7f) | (v > 0x7f ? 0x80 : 0)));
        v >>= 7;
    } while (v);
    return out;
}
QByteArray key(int field, int wireType) {
    return varint(quint64(field) << 3 | quint64(wireType));
}
QByteArray varintField(int field, quint64 v) {
    return key(field, 0) + varint(v);
}
QByteArray bytesField(int field, const QByteArray &bytes) {
    return key(field, 2) + varint(quint64(bytes.size())) + bytes;
}
template <typename T> QByteArray littleEndian(T v) {
    QByteArray out(sizeof(T), Qt::Uninitialized);
    qToLittleEndian(v, out.data());
    return out;
}
QByteArray doubleField(int field, double v) {
    return key(field, 1) + littleEndian(std::bit_cast<quint64>(v));
}

// Event{wall_time, step, summary{value{tag, ...}}}.
QByteArray eventBytes(double wallTime, qint64 step, const QByteArray &value) {
    return doubleField(1, wallTime) + varintField(2, quint64(step)) +
           bytesField(5, bytesField(1, value));
}
QByteArray scalarsMetadata() {
    return bytesField(9, bytesField(1, bytesField(1, "scalars")));
}
// A TF2 scalar: Value.tensor, rank 0 (empty shape).
QByteArray floatTensorValue(const QByteArray &tag, float v) {
    const QByteArray tensor = varintField(1, 1) + bytesField(2, {}) +
                              bytesField(5, littleEndian(std::bit_cast<quint32>(v)));
    return bytesField(1, tag) + bytesField(8, tensor) + scalarsMetadata();
}
QByteArray doubleContentValue(const QByteArray &tag, double v) {
    const QByteArray tensor = varintField(1, 2) + bytesField(4, littleEndian(v));
    return bytesField(1, tag) + bytesField(8, tensor) + scalarsMetadata();
}
QByteArray int64TensorValue(const QByteArray &tag, qint64 v) {
    const QByteArray tensor = varintField(1, 9) + bytesField(10, varint(quint64(v)));
    return bytesField(1, tag) + bytesField(8, tensor);
}
// An image summary: a rank-1 string tensor, which is not a scalar.
QByteArray imageValue(const QByteArray &tag) {
    const QByteArray shape = bytesField(2, varintField(1, 3));
    const QByteArray tensor =
        varintField(1, 7) + bytesField(2, shape) + bytesField(8, "\x89PNG") + bytesField(8, "1");
    return bytesField(1, tag) + bytesField(8, tensor) +
           bytesField(9, bytesField(1, bytesField(1, "images")));
}

QByteArray record(const QByteArray &data) {
    const QByteArray length = littleEndian(quint64(data.size()));
    return length + littleEndian(tracking::importers::maskedCrc32c(length)) + data +
           littleEndian(tracking::importers::maskedCrc32c(data));
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray readFile(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Start offsets of the records of a TFRecord file, from its length fields.
QList<qint64> recordOffsets(const QByteArray &bytes) {
    QList<qint64> out;
    for (qint64 pos = 0; pos + 8 <= bytes.size();) {
        out.append(pos);
        pos += 16 + qint64(qFromLittleEndian<quint64>(bytes.constData() + pos));
    }
    return out;
}

double lastValue(store::Database &db, const QString &run, const QString &key) {
    auto st = db.prepare(QStringLiteral("SELECT s.last_value FROM metric_summary s JOIN runs r ON "
                                        "r.id = s.run_id WHERE r.name = ?1 AND s.key = ?2"));
    if (!st)
        return -1;
    st->bind(1, run).bind(2, key);
    auto row = st->step();
    return row && *row ? st->real(0) : -1;
}

} // namespace

class TestTensorBoardImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void crc32cMatchesKnownValues_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<quint32>("crc");
        QTest::newRow("empty") << QByteArray() << 0u;
        QTest::newRow("check string") << QByteArray("123456789") << 0xe3069283u;
        QTest::newRow("32 zeros") << QByteArray(32, '\0') << 0x8a9136aau;
        QTest::newRow("32 0xff") << QByteArray(32, '\xff') << 0x62a8ab43u;
    }

    void crc32cMatchesKnownValues() {
        QFETCH(QByteArray, input);
        QFETCH(quint32, crc);
        QCOMPARE(tracking::importers::crc32c(input), crc);
    }

    void importsTf1Fixture() {
        QTemporaryDir tmp;
        store::Database db = freshDatabase(tmp.path());
        const auto report = importTensorBoard(db, fixture(kWandb), QStringLiteral("wandb"));
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QVERIFY2(report->problems.isEmpty(), qPrintable(problemsText(report->problems)));
        QCOMPARE(report->runs, 1);
        QCOMPARE(report->metrics, 6);
        QCOMPARE(report->points, 102);
        QCOMPARE(count(db, "SELECT count(*) FROM runs"), 1);
        QCOMPARE(count(db, "SELECT count(*) FROM metric_series"), 6);
        QCOMPARE(count(db, "SELECT sum(n) FROM metric_blocks"), 102);
        QCOMPARE(count(db, "SELECT count(*) FROM metric_summary WHERE count = 17"), 6);

        TrackingStore store(db);
        const auto runs = store.runs();
        QVERIFY(runs && runs->size() == 1);
        const Run &run = runs->first();
        QCOMPARE(run.name, QStringLiteral("."));
        QCOMPARE(run.experiment, QStringLiteral("wandb"));
        QCOMPARE(toString(run.status), toString(RunStatus::Finished));
        QVERIFY(run.startTime > 1585769947 - 1 && run.startTime < 1585769947 + 3600);
        const auto source =
            db.scalar(QStringLiteral("SELECT source FROM runs WHERE id = %1").arg(run.id));
        QCOMPARE(
            source->toString(),
            QStringLiteral("tensorboard:") +
                QFileInfo(fixture(kWandb) + u'/' + QLatin1String(kWandbFile)).absoluteFilePath());

        const auto again = importTensorBoard(db, fixture(kWandb), QStringLiteral("wandb"));
        QVERIFY(again);
        QCOMPARE(again->runs, 0);
        QCOMPARE(again->skippedRuns, 1);
        QCOMPARE(count(db, "SELECT sum(n) FROM metric_blocks"), 102);
    }

    void importsTf2TensorScalarsOneRunPerDirectory() {
        QTemporaryDir tmp;
        const QString logdir = tmp.filePath(QStringLiteral("logs"));
        QByteArray train = record(doubleField(1, 1700000000.0) + bytesField(3, "brain.Event:2"));
        for (int step = 0; step < 4; ++step) {
            train += record(eventBytes(1700000000.0 + step, step,
                                       floatTensorValue("loss", 1.0f / float(step + 1))));
            train += record(eventBytes(1700000000.5 + step, step, imageValue("samples")));
        }
        train += record(eventBytes(1700000010.0, 4, doubleContentValue("lr", 0.001)));
        train += record(eventBytes(1700000011.0, 5, int64TensorValue("epoch", 7)));
        writeFile(logdir + QStringLiteral("/train/events.out.tfevents.1700000000.host"), train);
        writeFile(logdir + QStringLiteral("/eval/events.out.tfevents.1700000000.host"),
                  record(eventBytes(1700000020.0, 3, floatTensorValue("accuracy", 0.75f))));
        writeFile(logdir + QStringLiteral("/notes.txt"), "not an event file");

        store::Database db = freshDatabase(tmp.path());
        QList<qint64> progress;
        const auto report = importTensorBoard(db, logdir, {}, [&](qint64 done, qint64) {
            progress.append(done);
            return true;
        });
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QVERIFY2(report->problems.isEmpty(), qPrintable(problemsText(report->problems)));
        QCOMPARE(report->runs, 2);
        QCOMPARE(report->points, 7);
        QVERIFY(!progress.isEmpty());
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));

        TrackingStore store(db);
        const auto experiments = store.experiments();
        QVERIFY(experiments && experiments->size() == 1);
        QCOMPARE(experiments->first().name, QStringLiteral("logs"));
        QCOMPARE(count(db, "SELECT count(*) FROM metric_series WHERE key = 'samples'"), 0);
        QCOMPARE(lastValue(db, QStringLiteral("train"), QStringLiteral("loss")), 0.25);
        QCOMPARE(count(db, "SELECT s.count FROM metric_summary s JOIN runs r ON r.id = s.run_id "
                           "WHERE r.name = 'train' AND s.key = 'loss'"),
                 4);
        QCOMPARE(lastValue(db, QStringLiteral("train"), QStringLiteral("lr")), 0.001);
        QCOMPARE(lastValue(db, QStringLiteral("train"), QStringLiteral("epoch")), 7.0);
        QCOMPARE(lastValue(db, QStringLiteral("eval"), QStringLiteral("accuracy")), 0.75);
        const auto runs = store.runs();
        QVERIFY(runs);
        for (const Run &r : *runs) {
            if (r.name == u"train") {
                QCOMPARE(r.startTime, 1700000000.0);
                QCOMPARE(r.endTime, std::optional(1700000011.0));
            }
        }
    }

    // Damage at a known place: which record it hits decides what survives.
    void reportsDamageWithByteOffset_data() {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("record"); // index of the damaged record
        QTest::addColumn<int>("points"); // scalars still imported
        // Records 0-2 are the file version, graph_def and meta_graph_def; 3-104 one scalar each.
        QTest::newRow("flip a byte in the middle (meta_graph_def data)") << "middle" << 2 << 102;
        QTest::newRow("flip a byte in scalar data") << "data" << 50 << 101;
        QTest::newRow("flip a byte of a scalar's length") << "length" << 50 << 47;
        QTest::newRow("cut short inside a scalar") << "truncate" << 50 << 47;
    }

    void reportsDamageWithByteOffset() {
        QFETCH(QString, damage);
        QFETCH(int, record);
        QFETCH(int, points);
        QTemporaryDir tmp;
        const QString logdir = tmp.filePath(QStringLiteral("run"));
        copyTree(fixture(kWandb), logdir);
        const QString file = logdir + u'/' + QLatin1String(kWandbFile);
        QByteArray bytes = readFile(file);
        const QList<qint64> offsets = recordOffsets(bytes);
        QCOMPARE(offsets.size(), 105);
        const qint64 start = offsets[record];
        if (damage == u"middle") {
            const qint64 middle = bytes.size() / 2;
            QVERIFY(middle > offsets[2] + 12 && middle < offsets[3] - 4);
            bytes[middle] = char(bytes[middle] ^ 0x40);
        } else if (damage == u"data") {
            bytes[start + 14] = char(bytes[start + 14] ^ 0x01);
        } else if (damage == u"length") {
            bytes[start] = char(bytes[start] ^ 0x01);
        } else {
            bytes.truncate(start + 20);
        }
        writeFile(file, bytes);

        store::Database db = freshDatabase(tmp.path());
        const auto report = importTensorBoard(db, logdir);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->problems.size(), 1);
        const QString problem = report->problems.first().toString();
        QVERIFY2(problem.startsWith(QFileInfo(file).absoluteFilePath() +
                                    QStringLiteral(": byte %1:").arg(start)),
                 qPrintable(problem));
        QCOMPARE(report->points, points);
        QCOMPARE(count(db, "SELECT coalesce(sum(n), 0) FROM metric_blocks"), points);
    }

    void rejectsLogdirWithoutEventFiles() {
        QTemporaryDir tmp;
        store::Database db = freshDatabase(tmp.path());
        const auto report = importTensorBoard(db, tmp.path());
        QVERIFY(!report);
        QVERIFY2(report.error().toString().contains(u"tfevents"),
                 qPrintable(report.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestTensorBoardImporter)
#include "tst_tensorboardimporter.moc"

#include "core/contenthash.h"
#include "models/store/testsupport.h"
#include "store/contentstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::store;

namespace {

QStringList storedFiles(const QString &dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString writeSource(const QTemporaryDir &dir, const QString &name, const QByteArray &content) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestContentStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameContentIsStoredOnce() {
        QTemporaryDir dir;
        const QString objects = dir.filePath(QStringLiteral("objects"));
        ContentStore store(objects);
        const QByteArray content("weights v1\n");
        auto first = store.putBytes(content);
        auto second = store.putBytes(content);
        auto file = store.putFile(writeSource(dir, QStringLiteral("copy.bin"), content));
        MLWB_VERIFY_OK(first);
        MLWB_VERIFY_OK(second);
        MLWB_VERIFY_OK(file);
        QCOMPARE(second->hash, first->hash);
        QCOMPARE(file->hash, first->hash);
        QCOMPARE(storedFiles(objects).size(), 1); // no temporary files left behind either
        auto other = store.putBytes("weights v2\n");
        MLWB_VERIFY_OK(other);
        QVERIFY(other->hash != first->hash);
        QCOMPARE(storedFiles(objects).size(), 2);
    }

    void objectPathLayout() {
        QTemporaryDir dir;
        const QString objects = dir.filePath(QStringLiteral("objects"));
        ContentStore store(objects);
        auto stored = store.putBytes("hello");
        MLWB_VERIFY_OK(stored);
        const QString hash = stored->hash;
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(hash).hasMatch());
        QCOMPARE(hash, contentHash(std::span<const char>("hello", 5)));
        const QString expected =
            objects + QLatin1Char('/') + hash.left(2) + QLatin1Char('/') + hash.mid(2);
        QCOMPARE(store.pathOf(hash), expected);
        QCOMPARE(storedFiles(objects), QStringList{hash.left(2) + QLatin1Char('/') + hash.mid(2)});
        QCOMPARE(readAll(expected), QByteArray("hello"));
        QVERIFY(store.contains(hash));
        QVERIFY(!store.contains(QString(32, QLatin1Char('0'))));
    }

    void putFileAndPutBytesAgree_data() {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("small") << 17;
        QTest::newRow("exactly the copy buffer") << (1 << 20);
        QTest::newRow("several copy buffers") << (3 << 20) + 7;
    }

    void putFileAndPutBytesAgree() {
        QFETCH(int, size);
        QByteArray content(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            content[i] = char((i * 131 + i / 7) & 0xff);
        QTemporaryDir dir;
        ContentStore fromFile(dir.filePath(QStringLiteral("a")));
        ContentStore fromBytes(dir.filePath(QStringLiteral("b")));
        auto viaFile = fromFile.putFile(writeSource(dir, QStringLiteral("src.bin"), content));
        auto viaBytes = fromBytes.putBytes(content);
        MLWB_VERIFY_OK(viaFile);
        MLWB_VERIFY_OK(viaBytes);
        QCOMPARE(viaFile->hash, viaBytes->hash);
        QCOMPARE(viaFile->size, qint64(size));
        QCOMPARE(viaBytes->size, qint64(size));
        QCOMPARE(readAll(fromFile.pathOf(viaFile->hash)), content);
        QCOMPARE(readAll(fromBytes.pathOf(viaBytes->hash)), content);
    }

    void missingSourceIsReported() {
        QTemporaryDir dir;
        ContentStore store(dir.filePath(QStringLiteral("objects")));
        const QString missing = dir.filePath(QStringLiteral("no-such-model.onnx"));
        auto stored = store.putFile(missing);
        QVERIFY(!stored);
        QVERIFY(stored.error().what.contains(missing));
        QVERIFY(!stored.error().hint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContentStore)
#include "tst_contentstore.moc"

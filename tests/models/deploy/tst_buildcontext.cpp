#include "deploy/buildcontext.h"
#include "deploy/elfdeps.h"
#include "models/store/testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::deploy;

namespace {

QString writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Lists an archive with the system's tar: an independent reader of our ustar output.
QStringList tarListing(const QString &archive) {
    const QString tar = QStandardPaths::findExecutable(QStringLiteral("tar"));
    if (tar.isEmpty())
        return {};
    QProcess p;
    p.start(tar, {QStringLiteral("-tf"), archive});
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        qFatal("tar -tf failed: %s", p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestBuildContext : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsNeededLibrariesOfARealProgram() {
        auto info = readElf(QCoreApplication::applicationFilePath());
        MLWB_VERIFY_OK(info);
        QVERIFY(info->interpreter.contains(QStringLiteral("ld-linux")));
        QVERIFY(info->needed.contains(QStringLiteral("libc.so.6")));
        QVERIFY(info->needed.contains(QStringLiteral("libQt6Core.so.6")));
    }

    void closureHoldsTransitiveLibraries() {
        auto closure = libraryClosure(QCoreApplication::applicationFilePath());
        MLWB_VERIFY_OK(closure);
        QStringList sonames;
        for (const ResolvedLibrary &lib : closure->libraries) {
            sonames.append(lib.soname);
            QVERIFY2(QFileInfo(lib.realPath).isFile(), qPrintable(lib.realPath));
            QVERIFY2(lib.path.endsWith(lib.soname), qPrintable(lib.path));
        }
        QVERIFY(sonames.contains(QStringLiteral("libQt6Core.so.6")));
        QVERIFY(sonames.contains(QStringLiteral("libc.so.6")));
        // Not needed by the test itself but by Qt Core: found through the closure.
        QVERIFY(sonames.contains(QStringLiteral("libicuuc.so.72")) ||
                sonames.contains(QStringLiteral("libpcre2-16.so.0")));
        QCOMPARE(sonames.removeDuplicates(), 0);
    }

    void rejectsFilesThatAreNotElf_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("#!/bin/sh\necho hi\n") << QStringLiteral("byte 0");
        QTest::newRow("truncated header") << QByteArray("\x7f"
                                                        "ELF\x02\x01\x01",
                                                        7)
                                          << QStringLiteral("byte 0");
        QByteArray badPhdr(64, '\0');
        memcpy(badPhdr.data(),
               "\x7f"
               "ELF\x02\x01\x01",
               7);
        badPhdr[0x20] = char(0x40); // e_phoff = 64 (past the end)
        badPhdr[0x36] = char(56);   // e_phentsize
        badPhdr[0x38] = char(1);    // e_phnum
        QTest::newRow("program header past the end") << badPhdr << QStringLiteral("byte 64");
    }
    void rejectsFilesThatAreNotElf() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeFile(dir.filePath(QStringLiteral("prog")), bytes);
        auto info = readElf(path);
        QVERIFY(!info);
        QVERIFY2(info.error().toString().contains(expected), qPrintable(info.error().toString()));
        QVERIFY(info.error().toString().contains(path));
    }

    void tarIsReadByTar() {
        QTemporaryDir dir;
        const QString big = writeFile(dir.filePath(QStringLiteral("big.bin")),
                                      QByteArray(3 * 1024 * 1024 + 17, 'x'));
        TarStream tar;
        MLWB_VERIFY_OK(tar.addData(QStringLiteral("Dockerfile"), "FROM scratch\n"));
        MLWB_VERIFY_OK(tar.addFile(QStringLiteral("rootfs/model/model.onnx"), big));
        const QString longName =
            QStringLiteral("rootfs/") + QString(120, QLatin1Char('d')) + QStringLiteral("/lib.so");
        MLWB_VERIFY_OK(tar.addData(longName, "elf"));
        QVERIFY(!tar.addData(QStringLiteral("x/") + QString(200, QLatin1Char('n')), "y"));
        QCOMPARE(tar.size() % 512, 0);

        const QString archive = dir.filePath(QStringLiteral("ctx.tar"));
        QFile out(archive);
        QVERIFY(out.open(QIODevice::WriteOnly));
        TarStream::Reader reader(tar);
        char buf[1000];
        qint64 total = 0;
        for (qint64 n; (n = reader.read(buf, sizeof buf)) > 0;) {
            out.write(buf, n);
            total += n;
        }
        out.close();
        QCOMPARE(total, tar.size());
        if (QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty())
            QSKIP("no tar to read the archive back");
        QCOMPARE(tarListing(archive),
                 (QStringList{QStringLiteral("Dockerfile"),
                              QStringLiteral("rootfs/model/model.onnx"), longName}));
    }

    void contextHoldsServerLibrariesLoaderAndModel() {
        QTemporaryDir dir;
        const QString model = writeFile(dir.filePath(QStringLiteral("m.onnx")), "onnx bytes");
        // Any dynamically linked program stands in for mlwb-serve here; the
        // deployer tests use the real one.
        const QString program = QCoreApplication::applicationFilePath();
        auto ctx = BuildContext::create({program,
                                         model,
                                         QStringLiteral("iris"),
                                         QStringLiteral("3"),
                                         {{QStringLiteral("mlwb.model"), QStringLiteral("iris")}}});
        MLWB_VERIFY_OK(ctx);
        const QStringList paths = ctx->imagePaths();
        QVERIFY(paths.contains(QLatin1String(kImageServePath)));
        QVERIFY(paths.contains(QLatin1String(kImageModelPath)));
        QVERIFY(paths.contains(QStringLiteral("/lib64/ld-linux-x86-64.so.2")));
        QVERIFY(std::any_of(paths.begin(), paths.end(), [](const QString &p) {
            return p.endsWith(QStringLiteral("/libc.so.6"));
        }));
        const QString dockerfile = ctx->dockerfile();
        QVERIFY(dockerfile.startsWith(QStringLiteral("FROM scratch\n")));
        QVERIFY(dockerfile.contains(QStringLiteral(
            R"(ENTRYPOINT ["/usr/local/bin/mlwb-serve", "--model", "/model/model.onnx", "--host", "0.0.0.0", "--port", "8080", "--name", "iris", "--version", "3"])")));
        QVERIFY(dockerfile.contains(QStringLiteral("EXPOSE 8080")));
        QVERIFY(dockerfile.contains(QStringLiteral(R"(LABEL "mlwb.model"="iris")")));
        QVERIFY(ctx->size() > QFileInfo(program).size());

        const QString archive = dir.filePath(QStringLiteral("ctx.tar"));
        MLWB_VERIFY_OK(ctx->writeTo(archive));
        QCOMPARE(QFileInfo(archive).size(), ctx->size());
        if (!QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty())
            QVERIFY(tarListing(archive).contains(QStringLiteral("rootfs/model/model.onnx")));
    }

    void missingModelFileIsNamed() {
        QTemporaryDir dir;
        auto ctx = BuildContext::create({QCoreApplication::applicationFilePath(),
                                         dir.filePath(QStringLiteral("gone.onnx")),
                                         QStringLiteral("iris"),
                                         QStringLiteral("3"),
                                         {}});
        QVERIFY(!ctx);
        QVERIFY(ctx.error().toString().contains(QStringLiteral("gone.onnx")));
        QVERIFY(ctx.error().toString().contains(QStringLiteral("missing")));
    }
};

QTEST_GUILESS_MAIN(TestBuildContext)
#include "tst_buildcontext.moc"

#include "datasettestrepo.h"

#include "datasets/dataref.h"
#include "datasets/dvccache.h"
#include "datasets/dvcfiles.h"
#include "datasets/dvchistory.h"
#include "vcs/repository.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::datasets;

namespace {

QString md5Of(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
}

// Puts `bytes` into a DVC cache the way DVC 3.x (files/md5/ab/cd…) or 2.x (ab/cd…) does.
QString putInCache(const QString &cacheDir, const QByteArray &bytes, bool v3,
                   const QString &suffix = {}) {
    const QString md5 = md5Of(bytes);
    putFile(cacheDir + (v3 ? QStringLiteral("/files/md5/") : QStringLiteral("/")) + md5.left(2) +
                QLatin1Char('/') + md5.mid(2) + suffix,
            bytes);
    return md5;
}

QByteArray dirManifest(const QList<std::pair<QString, QByteArray>> &files) {
    QByteArray json = "[";
    for (qsizetype i = 0; i < files.size(); ++i)
        json += (i ? ", " : "") + QByteArray("{\"md5\": \"") + md5Of(files[i].second).toLatin1() +
                "\", \"relpath\": \"" + files[i].first.toUtf8() + "\"}";
    return json + "]";
}

} // namespace

class TestDvc : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lockfileFixtureSchema20WithoutHash() {
        QFile f(QStringLiteral(MLWB_FIXTURES "/dvc/mltrace/examples/dvc-mltrace/dvc.lock"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto outs = parseDvcLock(f.readAll(), QStringLiteral("dvc.lock"), {});
        QVERIFY2(outs, qPrintable(outs ? QString() : outs.error().toString()));
        QCOMPARE(outs->size(), 5);
        const auto out =
            std::find_if(outs->begin(), outs->end(), [](const DvcOut &o) { return !o.dependency; });
        QVERIFY(out != outs->end());
        QCOMPARE(out->path, QStringLiteral("data/abalone.csv"));
        QCOMPARE(out->md5, QStringLiteral("9b51a9e8ad4d80f58f6bc9cfc54b1202"));
        QCOMPARE(out->size, 225985);
        QCOMPARE(out->stage, QStringLiteral("clean"));
        QVERIFY(!out->md5Only);
        QVERIFY(!out->folder);
    }

    void dvcYamlFixture() {
        QFile f(QStringLiteral(MLWB_FIXTURES "/dvc/mltrace/examples/dvc-mltrace/dvc.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto stages = parseDvcYaml(f.readAll(), QStringLiteral("dvc.yaml"));
        QVERIFY(stages);
        QCOMPARE(stages->size(), 2);
        QCOMPARE(stages->at(0).name, QStringLiteral("clean"));
        QCOMPARE(stages->at(0).outs, QStringList{QStringLiteral("data/abalone.csv")});
        QCOMPARE(stages->at(1).deps.size(), 2);
    }

    void lockfiles_data() {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("md5");
        QTest::addColumn<bool>("folder");
        QTest::addColumn<bool>("md5Only");
        QTest::addColumn<qint64>("nfiles");
        QTest::newRow("2.0 with hash: md5 (DVC 3)")
            << QByteArray("schema: '2.0'\nstages:\n  prepare:\n    cmd: python prep.py\n"
                          "    deps:\n    - path: data/raw.xml\n      hash: md5\n"
                          "      md5: 22a1a2931c8370d3aeedd7183606fd7f\n      size: 14445097\n"
                          "    outs:\n    - path: data/prepared\n      hash: md5\n"
                          "      md5: 153aad06d376b6595932470e459ef42a.dir\n      size: 8437363\n"
                          "      nfiles: 2\n")
            << QStringLiteral("sub/data/prepared")
            << QStringLiteral("153aad06d376b6595932470e459ef42a") << true << true << qint64(2);
        QTest::newRow("1.0 stages at the top")
            << QByteArray("train:\n  cmd: python train.py\n  deps:\n  - path: data\n"
                          "    md5: 0123456789abcdef0123456789abcdef.dir\n  outs:\n"
                          "  - path: model.pkl\n    md5: fedcba9876543210fedcba9876543210\n")
            << QStringLiteral("sub/model.pkl") << QStringLiteral("fedcba9876543210fedcba9876543210")
            << false << false << qint64(-1);
    }
    void lockfiles() {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, path);
        QFETCH(QString, md5);
        QFETCH(bool, folder);
        QFETCH(bool, md5Only);
        QFETCH(qint64, nfiles);
        auto outs = parseDvcLock(yaml, QStringLiteral("sub/dvc.lock"), QStringLiteral("sub"));
        QVERIFY2(outs, qPrintable(outs ? QString() : outs.error().toString()));
        const auto out =
            std::find_if(outs->begin(), outs->end(), [](const DvcOut &o) { return !o.dependency; });
        QVERIFY(out != outs->end());
        QCOMPARE(out->path, path);
        QCOMPARE(out->md5, md5);
        QCOMPARE(out->folder, folder);
        QCOMPARE(out->md5Only, md5Only);
        QCOMPARE(out->nfiles, nfiles);
    }

    void dvcFile() {
        const QByteArray yaml = "outs:\n- md5: 22a1a2931c8370d3aeedd7183606fd7f\n  size: 14445097\n"
                                "  hash: md5\n  path: data.xml\n";
        auto outs = parseDvcFile(yaml, QStringLiteral("data/data.xml.dvc"), QStringLiteral("data"));
        QVERIFY(outs);
        QCOMPARE(outs->size(), 1);
        QCOMPARE(outs->at(0).path, QStringLiteral("data/data.xml"));
        QVERIFY(outs->at(0).md5Only);
    }

    void badYamlNamesLineAndColumn_data() {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("where");
        QTest::newRow("unclosed list")
            << QByteArray("outs:\n- path: [a\n") << QStringLiteral("x.dvc:");
        QTest::newRow("bad md5") << QByteArray("outs:\n- path: a\n  md5: zzz\n")
                                 << QStringLiteral("x.dvc:2:3");
        QTest::newRow("no outs") << QByteArray("foo: 1\n") << QStringLiteral("x.dvc");
    }
    void badYamlNamesLineAndColumn() {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, where);
        auto outs = parseDvcFile(yaml, QStringLiteral("x.dvc"), {});
        QVERIFY(!outs);
        QVERIFY2(outs.error().what.contains(where), qPrintable(outs.error().toString()));
    }

    void cacheLayouts_data() {
        QTest::addColumn<bool>("v3");
        QTest::newRow("3.x files/md5/xx") << true;
        QTest::newRow("2.x xx") << false;
    }
    void cacheLayouts() {
        QFETCH(bool, v3);
        QTemporaryDir dir;
        const QByteArray bytes = "id,x\n1,2\n";
        const QString md5 = putInCache(dir.filePath(QStringLiteral(".dvc/cache")), bytes, v3);
        const DvcCache cache = DvcCache::forRepository(dir.path());
        QVERIFY(!cache.objectPath(md5).isEmpty());
        DvcOut out;
        out.path = QStringLiteral("data.csv");
        out.md5 = md5;
        out.md5Only = v3;
        auto m = cache.materialize(out, dir.filePath(QStringLiteral("out/data.csv")));
        QVERIFY2(m, qPrintable(m ? QString() : m.error().toString()));
        QCOMPARE(m->written, 1);
        QVERIFY(m->missing.isEmpty());
        QVERIFY(m->mismatched.isEmpty());
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("out/data.csv"))), bytes);
    }

    void dirManifestWithAMissingObject() {
        QTemporaryDir dir;
        const QString cacheDir = dir.filePath(QStringLiteral(".dvc/cache"));
        const QList<std::pair<QString, QByteArray>> files{
            {QStringLiteral("cat/1.png"), "cat one"},
            {QStringLiteral("dog/1.png"), "dog one"},
        };
        putInCache(cacheDir, files[0].second, true); // dog/1.png is never fetched
        const QString dirMd5 =
            putInCache(cacheDir, dirManifest(files), true, QStringLiteral(".dir"));
        DvcOut out;
        out.path = QStringLiteral("images");
        out.md5 = dirMd5;
        out.folder = true;
        const DvcCache cache(cacheDir);
        auto entries = cache.dirManifest(dirMd5);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        auto m = cache.materialize(out, dir.filePath(QStringLiteral("out")));
        QVERIFY2(m, qPrintable(m ? QString() : m.error().toString()));
        QCOMPARE(m->written, 1);
        QCOMPARE(m->missing, QStringList{QStringLiteral("dog/1.png")});
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("out/cat/1.png"))), QByteArray("cat one"));
    }

    void versionsAcrossGitAndResolvedByRevision() {
        QTemporaryDir dir;
        auto repo = vcs::Repository::initAt(dir.path());
        QVERIFY(repo);
        putFile(dir.filePath(QStringLiteral(".dvc/config")), "[core]\n");
        putFile(dir.filePath(QStringLiteral(".gitignore")), "/data/table.csv\n/.dvc/cache\n");
        const QString cache = dir.filePath(QStringLiteral(".dvc/cache"));
        const QByteArray v1 = "id,x\n1,2\n2,3\n";
        const QByteArray v2 = "id,x\n1,2\n2,4\n3,5\n";
        auto commit = [&](const QByteArray &data, const QString &msg, qint64 t) {
            const QString md5 = putInCache(cache, data, true);
            putFile(dir.filePath(QStringLiteral("data/table.csv")), data);
            putFile(dir.filePath(QStringLiteral("data/table.csv.dvc")),
                    "outs:\n- md5: " + md5.toLatin1() + "\n  size: " +
                        QByteArray::number(data.size()) + "\n  hash: md5\n  path: table.csv\n");
            QVERIFY(repo->commitAll(msg, QStringLiteral("t"), QStringLiteral("t@example.org"), t));
        };
        commit(v1, QStringLiteral("v1"), 1'700'000'000);
        commit(v2, QStringLiteral("v2"), 1'700'000'100);
        putFile(dir.filePath(QStringLiteral("train.py")), "print(1)\n");
        QVERIFY(repo->commitAll(QStringLiteral("code"), QStringLiteral("t"),
                                QStringLiteral("t@example.org"), 1'700'000'200));

        auto versions = dvcVersions(*repo, QStringLiteral("data/table.csv"));
        QVERIFY2(versions, qPrintable(versions ? QString() : versions.error().toString()));
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).commit.summary, QStringLiteral("v2"));
        QCOMPARE(versions->at(0).out.md5, md5Of(v2));
        QCOMPARE(versions->at(1).out.md5, md5Of(v1));

        DataRefResolver resolver(dir.path());
        auto old = resolver.resolve(dir.filePath(QStringLiteral("data/table.csv")) +
                                    QStringLiteral("@HEAD~2"));
        QVERIFY2(old, qPrintable(old ? QString() : old.error().toString()));
        QCOMPARE(fileBytes(old->path), v1);
        QVERIFY(old->warnings.isEmpty());

        // A cache object that is gone: a clear error naming it, nothing written.
        QFile::remove(DvcCache(cache).objectPath(md5Of(v1)));
        auto missing = resolver.resolve(dir.filePath(QStringLiteral("data/table.csv")) +
                                        QStringLiteral("@HEAD~2"));
        QVERIFY(!missing);
        QVERIFY2(missing.error().why.contains(md5Of(v1)), qPrintable(missing.error().toString()));
        QVERIFY(missing.error().hint.contains(QStringLiteral("dvc fetch")));
    }
};

QTEST_GUILESS_MAIN(TestDvc)
#include "tst_dvc.moc"

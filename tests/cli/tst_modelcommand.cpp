#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `mlwb model` and `mlwb gate check` as a user or a CI job runs them.
class TstModelCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;

    static QString model(const char *name) {
        return QStringLiteral(MLWB_SOURCE_DIR "/resources/demo/models/") + QLatin1String(name);
    }
    CliResult run(QStringList args) {
        args.prepend(m_root);
        args.prepend(QStringLiteral("--project"));
        return mlwbCli(args);
    }
    static QJsonObject json(const CliResult &r) {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("p"));
        QCOMPARE(mlwbCli({QStringLiteral("init"), m_root}).exitCode, 0);
    }

    void registerShowAliasRoundTrip() {
        auto r =
            run({QStringLiteral("model"), QStringLiteral("register"), QStringLiteral("digits"),
                 model("digits-mlp-v1.onnx"), QStringLiteral("--alias"), QStringLiteral("champion"),
                 QStringLiteral("-m"), QStringLiteral("baseline")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("digits@1")), qPrintable(r.out));
        r = run({QStringLiteral("model"), QStringLiteral("register"), QStringLiteral("digits"),
                 model("digits-cnn-v3.onnx"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(json(r).value(QStringLiteral("existed")).toBool(), false);
        // Same bytes again: the existing version, said so.
        r = run({QStringLiteral("model"), QStringLiteral("register"), QStringLiteral("digits"),
                 model("digits-mlp-v1.onnx")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("already")), qPrintable(r.out));

        r = run({QStringLiteral("model"), QStringLiteral("show"), QStringLiteral("digits@champion"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject v = json(r);
        QCOMPARE(v.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(v.value(QStringLiteral("description")).toString(), QStringLiteral("baseline"));
        const QJsonObject input = v.value(QStringLiteral("signature"))
                                      .toObject()
                                      .value(QStringLiteral("inputs"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(input.value(QStringLiteral("name")).toString(), QStringLiteral("pixels"));
        QCOMPARE(input.value(QStringLiteral("type")).toString(), QStringLiteral("float32"));
        QCOMPARE(input.value(QStringLiteral("shape")).toArray(),
                 (QJsonArray{QStringLiteral("batch"), 64}));
        QVERIFY(
            v.value(QStringLiteral("signature")).toObject().contains(QStringLiteral("outputs")));

        r = run({QStringLiteral("model"), QStringLiteral("alias"), QStringLiteral("digits"),
                 QStringLiteral("2"), QStringLiteral("champion")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("from version 1 to 2")), qPrintable(r.out));
        r = run({QStringLiteral("model"), QStringLiteral("ls"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject listed =
            QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(listed.value(QStringLiteral("aliases"))
                     .toObject()
                     .value(QStringLiteral("champion"))
                     .toInt(),
                 2);

        r = run({QStringLiteral("model"), QStringLiteral("tag"), QStringLiteral("digits@2"),
                 QStringLiteral("arch=cnn")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("model"), QStringLiteral("show"), QStringLiteral("digits"),
                 QStringLiteral("--json")});
        const QJsonArray versions = json(r).value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[1]
                     .toObject()
                     .value(QStringLiteral("tags"))
                     .toObject()
                     .value(QStringLiteral("arch"))
                     .toString(),
                 QStringLiteral("cnn"));

        r = run({QStringLiteral("model"), QStringLiteral("show"), QStringLiteral("digits@9")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("no such version")));
    }

    void gateCheckExitCodes_data() {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("pass") << "[\"parameters < 10000\", \"size > 0\"]" << 0;
        QTest::newRow("fail") << "[\"size > 0\", \"signature == 'x'\", \"version > 5\"]" << 1;
        QTest::newRow("cannot evaluate") << "[\"dataset.drift_psi < 0.2\"]" << 2;
        QTest::newRow("malformed") << "[\"size >\"]" << 2;
    }
    void gateCheckExitCodes() {
        QFETCH(QString, rules);
        QFETCH(int, exitCode);
        QFile f(QDir(m_root).filePath(QStringLiteral("mlwb-gates.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("models:\n  digits:\n    rules: " + rules.toUtf8() + "\n");
        f.close();
        auto r = run({QStringLiteral("gate"), QStringLiteral("check"),
                      QStringLiteral("digits@champion"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
        if (QByteArray(QTest::currentDataTag()) == "malformed") {
            QVERIFY2(r.err.contains(QStringLiteral("mlwb-gates.yaml:3:")), qPrintable(r.err));
            return;
        }
        const QJsonObject report = json(r);
        QCOMPARE(report.value(QStringLiteral("passed")).toBool(), exitCode == 0);
        QCOMPARE(report.value(QStringLiteral("version")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TstModelCommand)
#include "tst_modelcommand.moc"

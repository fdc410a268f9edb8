#include "deploy/buildcontext.h"
#include "deploy/engineclient.h"
#include "models/store/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace mlwb;
using namespace mlwb::deploy;

namespace {

UploadSource uploadOf(const TarStream &tar) {
    auto reader = std::make_shared<TarStream::Reader>(tar);
    return {tar.size(), [reader](char *b, qint64 n) { return reader->read(b, n); }};
}

} // namespace

// Against the Podman service that ctest starts (DOCKER_HOST points at it).
class TestEngineClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(qEnvironmentVariable("DOCKER_HOST").startsWith(QStringLiteral("unix://")),
                 "run through ctest: the engine_start fixture sets DOCKER_HOST");
    }

    void findsTheEngineAndSaysWhichItIs() {
        auto client = EngineClient::connect();
        MLWB_VERIFY_OK(client);
        QCOMPARE(client->socket().source, QStringLiteral("DOCKER_HOST"));
        QCOMPARE(client->engineVersion().kind, EngineKind::Podman);
        QVERIFY(!client->engineVersion().version.isEmpty());
        MLWB_VERIFY_OK(client->ping());
    }

    void missingSocketSaysHowToStartAnEngine() {
        auto client = EngineClient::connect(QStringLiteral("/nonexistent/engine.sock"));
        QVERIFY(!client);
        const QString text = client.error().toString();
        QVERIFY2(text.contains(QStringLiteral("/nonexistent/engine.sock")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("systemctl --user start podman.socket")),
                 qPrintable(text));
    }

    void deadSocketSaysTheEngineIsNotRunning() {
        QTemporaryDir dir;
        const QByteArray path = dir.filePath(QStringLiteral("dead.sock")).toLocal8Bit();
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        qstrncpy(addr.sun_path, path.constData(), sizeof addr.sun_path);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
        ::close(fd); // the file stays, nobody listens
        auto client = EngineClient::connect(QString::fromLocal8Bit(path));
        QVERIFY(!client);
        const QString text = client.error().toString();
        QVERIFY2(text.contains(QStringLiteral("not running")), qPrintable(text));
    }

    void engineErrorMessagesPassThrough() {
        auto client = EngineClient::connect();
        MLWB_VERIFY_OK(client);
        auto state = client->inspectContainer(QStringLiteral("mlwb-no-such-container"));
        QVERIFY(!state);
        QVERIFY2(state.error().why.contains(QStringLiteral("404")),
                 qPrintable(state.error().toString()));
        QVERIFY2(
            state.error().why.contains(QStringLiteral("no such container"), Qt::CaseInsensitive),
            qPrintable(state.error().toString()));
    }

    void buildsAnImageFromAStreamedContext() {
        auto client = EngineClient::connect();
        MLWB_VERIFY_OK(client);
        TarStream tar;
        MLWB_VERIFY_OK(tar.addData(QStringLiteral("Dockerfile"),
                                   "FROM scratch\nCOPY payload /payload\nLABEL purpose=test\n"));
        MLWB_VERIFY_OK(tar.addData(QStringLiteral("payload"), QByteArray(200'000, 'p')));
        QStringList lines;
        const QString tag = QStringLiteral("mlwb-test/engineclient:%1").arg(::getpid());
        auto id = client->buildImage(uploadOf(tar), tag,
                                     {{QStringLiteral("mlwb.test"), QStringLiteral("1")}},
                                     [&](const QString &l) { lines.append(l); });
        MLWB_VERIFY_OK(id);
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("COPY")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        auto info = client->inspectImage(*id);
        MLWB_VERIFY_OK(info);
        QVERIFY2(info->size >= 200'000, qPrintable(QString::number(info->size)));
        QVERIFY(info->size < 1'000'000);
        MLWB_VERIFY_OK(client->removeImage(*id, true));
        QVERIFY(!client->inspectImage(*id));
    }

    void buildFailureCarriesTheLog() {
        auto client = EngineClient::connect();
        MLWB_VERIFY_OK(client);
        TarStream tar;
        MLWB_VERIFY_OK(
            tar.addData(QStringLiteral("Dockerfile"), "FROM scratch\nCOPY not-in-context /x\n"));
        const QString tag = QStringLiteral("mlwb-test/broken:%1").arg(::getpid());
        auto id = client->buildImage(uploadOf(tar), tag, {}, {});
        QVERIFY(!id);
        const QString text = id.error().toString();
        QVERIFY2(text.contains(QStringLiteral("not-in-context")), qPrintable(text));
        QVERIFY(!client->inspectImage(tag));
    }

    void listsContainersByLabel() {
        auto client = EngineClient::connect();
        MLWB_VERIFY_OK(client);
        auto list = client->listContainers(
            {QStringLiteral("mlwb.project=no-such-project-%1").arg(::getpid())});
        MLWB_VERIFY_OK(list);
        QVERIFY(list->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEngineClient)
#include "tst_engineclient.moc"

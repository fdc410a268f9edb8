#include "deploy/deployflowview.h"
#include "deploy/deploypanel.h"
#include "deploy/logsview.h"
#include "itemmodels/deploymentsmodel.h"
#include "project/project.h"
#include "registry/registry.h"
#include "shared/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using mlwb::itemmodels::DeploymentsModel;
using mlwb::widgets::deploy::DeployFlowView;
using mlwb::widgets::deploy::DeployPanel;

// The Deploy panel driven like a user: deploy a registered ONNX model (a
// sigmoid over a [3,4,5] tensor) with the real mlwb-serve, wait for health,
// send the request form, read the log, stop. MLWB_TEST_TARGET says which
// target the environment offers: "process" (no engine) or "podman".
class TstDeployPanel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_target;

    static QString sigmoidModel() {
        return QStringLiteral(MLWB_FIXTURES
                              "/onnx/onnx/onnx/backend/test/data/node/test_sigmoid/model.onnx");
    }

    QString status(DeployPanel &panel, qint64 id) {
        const int row = panel.deploymentsModel()->rowOf(id);
        return row < 0 ? QString()
                       : panel.deploymentsModel()
                             ->index(row, DeploymentsModel::StatusColumn)
                             .data()
                             .toString();
    }

    void grab(QWidget &w, const QString &name) {
        const QString dir = qEnvironmentVariable("MLWB_SCREENSHOT_DIR");
        if (dir.isEmpty() || m_target != QLatin1String("process"))
            return;
        QDir().mkpath(dir);
        const QString theme = widgets::isDark(QApplication::palette()) ? QStringLiteral("dark")
                                                                       : QStringLiteral("light");
        QVERIFY(
            w.grab().save(QDir(dir).filePath(QStringLiteral("deploy-%1-%2.png").arg(name, theme))));
    }

private Q_SLOTS:
    void initTestCase() {
        widgets::rememberPlatformPalette();
        m_target = qEnvironmentVariable("MLWB_TEST_TARGET", QStringLiteral("process"));
        if (m_target == QLatin1String("process"))
            qputenv("DOCKER_HOST", "unix:///nonexistent/mlwb-test/engine.sock");
        qputenv("MLWB_SERVE", MLWB_SERVE_BINARY);
        QVERIFY(m_dir.isValid());
        auto project = Project::init(m_dir.path());
        QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));
        registry::ModelRegistry reg(*project);
        auto registered = reg.registerFile(QStringLiteral("sig"), sigmoidModel());
        QVERIFY2(registered, registered ? "" : qPrintable(registered.error().toString()));
    }

    void deploysSendsARequestReadsTheLogAndStops_data() {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        if (!qEnvironmentVariable("MLWB_SCREENSHOT_DIR").isEmpty())
            QTest::newRow("dark") << QStringLiteral("dark");
    }

    void deploysSendsARequestReadsTheLogAndStops() {
        QFETCH(QString, theme);
        widgets::applyTheme(*widgets::themeModeFromString(theme));
        DeployPanel panel;
        panel.resize(1180, 860);
        QSignalSpy loaded(&panel, &DeployPanel::deploymentsLoaded);
        panel.setProject(m_dir.path());
        panel.show();
        QVERIFY(loaded.wait(20'000));
        // The engine line says what was found, or that deployments run as processes.
        if (m_target == QLatin1String("process"))
            QTRY_VERIFY_WITH_TIMEOUT(
                panel.engineLabel()->text().contains(QStringLiteral("local processes")), 20'000);
        else
            QTRY_VERIFY_WITH_TIMEOUT(panel.engineLabel()->text().contains(QStringLiteral("Podman")),
                                     20'000);

        DeployFlowView *flow = panel.flowView();
        bool grabbedProgress = false;
        connect(flow->buildLog(), &QPlainTextEdit::textChanged, this, [&] {
            if (!grabbedProgress && flow->state() == DeployFlowView::State::Running &&
                flow->buildLog()->toPlainText().contains(QStringLiteral("health"))) {
                grabbedProgress = true;
                grab(panel, QStringLiteral("progress"));
            }
        });
        QSignalSpy finished(&panel, &DeployPanel::deployFinished);
        QVERIFY(panel.openLink(QUrl(QStringLiteral("mlwb://deploy/new?model=sig&version=1"))));
        QVERIFY(panel.isDeploying());
        QCOMPARE(flow->state(), DeployFlowView::State::Running);
        QVERIFY(finished.wait(300'000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(flow->errorLabel()->text()));
        QCOMPARE(flow->state(), DeployFlowView::State::Ready);
        QVERIFY(flow->endpoint().startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(flow->buildLog()->toPlainText().contains(m_target == QLatin1String("process")
                                                             ? QStringLiteral("no container engine")
                                                             : QStringLiteral("build")));

        // The new deployment is listed, selected and healthy.
        QTRY_VERIFY_WITH_TIMEOUT(panel.currentId() > 0, 10'000);
        const qint64 id = panel.currentId();
        QTRY_COMPARE(status(panel, id), QStringLiteral("healthy"));
        const int row = panel.deploymentsModel()->rowOf(id);
        QCOMPARE(panel.deploymentsModel()->index(row, DeploymentsModel::ModelColumn).data(),
                 QVariant(QStringLiteral("sig@1")));
        QCOMPARE(panel.deploymentsModel()->index(row, DeploymentsModel::TargetColumn).data(),
                 QVariant(m_target));

        // The request form is filled from the signature: input x of shape [3,4,5].
        QTRY_VERIFY(flow->requestEdit()->toPlainText().contains(QStringLiteral("\"x\"")));
        QVERIFY(flow->requestEdit()->toPlainText().contains(QStringLiteral("[3,4,5]")));
        QVERIFY(
            flow->curlEdit()->text().contains(flow->endpoint() + QStringLiteral("/v1/predict")));
        QSignalSpy answered(flow, &DeployFlowView::responseShown);
        QTest::mouseClick(flow->sendButton(), Qt::LeftButton);
        QVERIFY(answered.wait(20'000));
        // sigmoid(0) = 0.5 for each of the 60 values.
        QVERIFY2(flow->responseView()->toPlainText().contains(QStringLiteral("0.5")),
                 qPrintable(flow->responseView()->toPlainText()));
        QVERIFY(flow->responseView()->toPlainText().contains(QStringLiteral("\"y\"")));
        QVERIFY2(flow->latencyLabel()->text().contains(QStringLiteral("HTTP 200")),
                 qPrintable(flow->latencyLabel()->text()));
        grab(panel, QStringLiteral("healthy"));

        // A request that is not JSON is refused before it is sent, with the byte.
        flow->requestEdit()->setPlainText(QStringLiteral("{\"inputs\": "));
        QTest::mouseClick(flow->sendButton(), Qt::LeftButton);
        QVERIFY(flow->responseView()->toPlainText().contains(QStringLiteral("not valid JSON")));

        // A malformed shape comes back from the server as a 400 naming the field.
        flow->requestEdit()->setPlainText(
            QStringLiteral("{\"inputs\": {\"x\": {\"shape\": [3, 4], \"data\": [1]}}}"));
        QTest::mouseClick(flow->sendButton(), Qt::LeftButton);
        QVERIFY(answered.wait(20'000));
        QVERIFY2(flow->latencyLabel()->text().contains(QStringLiteral("HTTP 400")),
                 qPrintable(flow->latencyLabel()->text()));

        // The log: the server's own lines, searchable.
        panel.tabs()->setCurrentWidget(panel.logsView());
        QTRY_VERIFY_WITH_TIMEOUT(
            panel.logsView()->text()->toPlainText().contains(QStringLiteral("listening on")),
            20'000);
        QTest::keyClicks(panel.logsView()->searchEdit(), QStringLiteral("listening"));
        QVERIFY(panel.logsView()->matchCount() >= 1);
        grab(panel, QStringLiteral("logs"));

        // A link selects a deployment.
        panel.deploymentsView()->clearSelection();
        QVERIFY(panel.openLink(QUrl(QStringLiteral("mlwb://deploy/%1").arg(id))));
        QCOMPARE(panel.currentId(), id);

        QVERIFY(panel.stopAction()->isEnabled());
        panel.stopAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(status(panel, id), QStringLiteral("stopped"), 30'000);
        QTRY_VERIFY(!panel.stopAction()->isEnabled());
        panel.removeCurrent();
        QTRY_COMPARE_WITH_TIMEOUT(panel.deploymentsModel()->rowOf(id), -1, 30'000);
    }

    void aMissingVersionFailsWithAClearMessage() {
        DeployPanel panel;
        panel.resize(1180, 860);
        QSignalSpy loaded(&panel, &DeployPanel::deploymentsLoaded);
        panel.setProject(m_dir.path());
        panel.show();
        QVERIFY(loaded.wait(20'000));
        QSignalSpy finished(&panel, &DeployPanel::deployFinished);
        QVERIFY(panel.deploy(QStringLiteral("sig@7")));
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(panel.flowView()->state(), DeployFlowView::State::Failed);
        QVERIFY(panel.flowView()->errorLabel()->isVisible());
        QVERIFY2(panel.flowView()->errorLabel()->text().contains(QStringLiteral("sig")),
                 qPrintable(panel.flowView()->errorLabel()->text()));
        QVERIFY(!panel.flowView()->cancelButton()->isVisible());
    }

    void reattachesOnProjectOpen() {
        // After a deployment made elsewhere (another panel instance = an app
        // restart), opening the project lists it with its status.
        DeployPanel first;
        QSignalSpy loaded(&first, &DeployPanel::deploymentsLoaded);
        first.setProject(m_dir.path());
        QVERIFY(loaded.wait(20'000));
        QSignalSpy finished(&first, &DeployPanel::deployFinished);
        QVERIFY(first.deploy(QStringLiteral("sig@1")));
        QVERIFY(finished.wait(300'000));
        QVERIFY(finished.first().first().toBool());
        QTRY_VERIFY(first.currentId() > 0);
        const qint64 id = first.currentId();

        DeployPanel second;
        QSignalSpy loaded2(&second, &DeployPanel::deploymentsLoaded);
        second.setProject(m_dir.path());
        QVERIFY(loaded2.wait(30'000));
        QTRY_COMPARE_WITH_TIMEOUT(status(second, id), QStringLiteral("healthy"), 20'000);
        QVERIFY(second.openLink(QUrl(QStringLiteral("mlwb://deploy/%1").arg(id))));
        second.stopCurrent();
        QTRY_COMPARE_WITH_TIMEOUT(status(second, id), QStringLiteral("stopped"), 30'000);
    }
};

QTEST_MAIN(TstDeployPanel)
#include "tst_deploypanel.moc"

#include "itemmodels/deploymentsmodel.h"
#include "project/project.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mlwb;
using mlwb::deploy::Deployment;
using mlwb::deploy::DeploymentStatus;
using mlwb::deploy::Target;
using mlwb::itemmodels::DeploymentsModel;

// The deployments list of the Deploy panel over a real project database.
class TstDeploymentsModel : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Project> m_project;

    qint64 add(const QString &model, const QString &version, Target target, int port,
               DeploymentStatus status) {
        deploy::DeploymentStore store(m_project->db());
        Deployment d;
        d.modelName = model;
        d.modelVersion = version;
        d.modelHash = QStringLiteral("ab12");
        d.target = target;
        d.port = port;
        d.url = QStringLiteral("http://127.0.0.1:%1").arg(port);
        d.status = status;
        d.createdAt = QDateTime::currentDateTimeUtc().addSecs(-125);
        d.healthyAt = d.createdAt.addSecs(5);
        d.who = QStringLiteral("tester");
        auto id = store.insert(d);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        return *id;
    }

    QString cell(const DeploymentsModel &m, int row, int column) {
        return m.index(row, column).data().toString();
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto project = Project::init(m_dir->path());
        QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));
        m_project.emplace(std::move(*project));
    }

    void listsDeploymentsWithStatusAndUptime() {
        const qint64 a = add(QStringLiteral("iris"), QStringLiteral("1"), Target::Process, 8080,
                             DeploymentStatus::Healthy);
        const qint64 b = add(QStringLiteral("iris"), QStringLiteral("2"), Target::Podman, 8081,
                             DeploymentStatus::Failed);
        DeploymentsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto rows = itemmodels::loadDeployments(m_dir->path());
        QVERIFY(rows);
        model.setDeployments(*rows);
        QCOMPARE(model.rowCount(), 2);
        const int ra = model.rowOf(a);
        const int rb = model.rowOf(b);
        QVERIFY(ra >= 0 && rb >= 0);
        QCOMPARE(cell(model, ra, DeploymentsModel::ModelColumn), QStringLiteral("iris@1"));
        QCOMPARE(cell(model, ra, DeploymentsModel::TargetColumn), QStringLiteral("process"));
        QCOMPARE(cell(model, ra, DeploymentsModel::PortColumn), QStringLiteral("8080"));
        QCOMPARE(cell(model, ra, DeploymentsModel::StatusColumn), QStringLiteral("healthy"));
        QCOMPARE(cell(model, rb, DeploymentsModel::StatusColumn), QStringLiteral("failed"));
        // Healthy for two minutes: the uptime says so; a failed one has none.
        QVERIFY2(cell(model, ra, DeploymentsModel::UptimeColumn).startsWith(u"2 min"),
                 qPrintable(cell(model, ra, DeploymentsModel::UptimeColumn)));
        QVERIFY(cell(model, rb, DeploymentsModel::UptimeColumn).isEmpty());
        QCOMPARE(model.index(rb, 0).data(DeploymentsModel::IdRole).toLongLong(), b);
    }

    void reloadKeepsRowsAndDropsRemoved() {
        const qint64 a = add(QStringLiteral("m"), QStringLiteral("1"), Target::Docker, 9001,
                             DeploymentStatus::Healthy);
        const qint64 b = add(QStringLiteral("m"), QStringLiteral("2"), Target::Docker, 9002,
                             DeploymentStatus::Starting);
        DeploymentsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDeployments(*itemmodels::loadDeployments(m_dir->path()));
        model.setStats(a, {12.5, 64 * 1024 * 1024, 0});
        QVERIFY(!cell(model, model.rowOf(a), DeploymentsModel::CpuColumn).isEmpty());
        QVERIFY(cell(model, model.rowOf(a), DeploymentsModel::MemoryColumn).contains(u"64"));
        const QPersistentModelIndex keptA = model.index(model.rowOf(a), 0);

        // b is removed, a stops, c is new.
        deploy::DeploymentStore store(m_project->db());
        Deployment db = *store.get(b);
        db.removedAt = QDateTime::currentDateTimeUtc();
        db.status = DeploymentStatus::Stopped;
        QVERIFY(store.update(db));
        Deployment da = *store.get(a);
        da.status = DeploymentStatus::Stopped;
        QVERIFY(store.update(da));
        const qint64 c = add(QStringLiteral("m"), QStringLiteral("3"), Target::Docker, 9003,
                             DeploymentStatus::Healthy);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setDeployments(*itemmodels::loadDeployments(m_dir->path()));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(b), -1);
        QVERIFY(model.rowOf(c) >= 0);
        QVERIFY(keptA.isValid());
        QCOMPARE(keptA.data(DeploymentsModel::IdRole).toLongLong(), a);
        QCOMPARE(cell(model, model.rowOf(a), DeploymentsModel::StatusColumn),
                 QStringLiteral("stopped"));
        QVERIFY(cell(model, model.rowOf(a), DeploymentsModel::UptimeColumn).isEmpty());
    }

    void uptimeText_data() {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(42) << QStringLiteral("42 s");
        QTest::newRow("minutes") << qint64(125) << QStringLiteral("2 min 5 s");
        QTest::newRow("hours") << qint64(3 * 3600 + 60 * 7) << QStringLiteral("3 h 7 min");
        QTest::newRow("days") << qint64(2 * 86400 + 3600) << QStringLiteral("2 d 1 h");
    }
    void uptimeText() {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(DeploymentsModel::uptimeText(seconds), text);
    }

    void cleanup() {
        m_project.reset();
        m_dir.reset();
    }
};

QTEST_GUILESS_MAIN(TstDeploymentsModel)
#include "tst_deploymentsmodel.moc"

#pragma once

#include "shared/panel.h"

#include "core/error.h"
#include "deploy/deployer.h"

#include <QStringList>

#include <functional>

class QLabel;
class QTabWidget;
class QTableView;
class QTimer;

namespace mlwb::itemmodels {
class DeploymentsModel;
}

namespace mlwb::widgets::deploy {

class DeployFlowView;
class DeployJob;
class LogsView;

// Local endpoints of registered model versions: a deployment as it happens
// (stages, build log, then the endpoint with a request form), the project's
// deployments with their status and engine figures, their logs, and the
// container engine that was found. Engine and process work runs on workers.
class DeployPanel : public Panel {
    Q_OBJECT
public:
    explicit DeployPanel(QWidget *parent = nullptr);
    ~DeployPanel() override;

    QString panelId() const override { return QStringLiteral("deploy"); }
    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> panelActions() const override { return m_actions; }
    void setProject(const QString &root) override;
    bool isLoading() const override { return m_loading; }
    // mlwb://deploy/<id> selects a deployment; mlwb://deploy/new?model=M&version=V
    // (or &alias=A) deploys that version with the defaults.
    bool openLink(const QUrl &link) override;

    // Deploys "NAME@VERSION" / "NAME@ALIAS"; with `replaceId`, on that
    // deployment's port in its place. False while another deployment runs.
    bool deploy(const QString &ref, qint64 replaceId = 0);
    void cancelDeploy();
    bool isDeploying() const;
    qint64 currentId() const;
    void selectDeployment(qint64 id);
    void stopCurrent();
    void restartCurrent();
    void removeCurrent();
    // Reads the deployments table again (a timer does it while visible).
    void reload();

    DeployFlowView *flowView() const { return m_flow; }
    LogsView *logsView() const { return m_logs; }
    QTableView *deploymentsView() const { return m_table; }
    itemmodels::DeploymentsModel *deploymentsModel() const { return m_model; }
    QLabel *engineLabel() const { return m_engine; }
    QLabel *messageLabel() const { return m_message; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *stopAction() const { return m_stop; }

Q_SIGNALS:
    void deploymentsLoaded();
    void deployFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void updateActions();
    void setLoading(bool loading);
    void showMessage(const QString &text, bool error = false);
    void onSelectionChanged();
    void loadSignature(const mlwb::deploy::Deployment &d);
    void loadRefs();
    void probe();
    void pollStats();
    // Runs `work` on a worker with a Deployer, then reloads and reports.
    void runTask(const QString &what, std::function<Status(mlwb::deploy::Deployer &)> work);
    void newDeployment();
    void replaceCurrent();
    void exportCurrent(bool kubernetes);

    QString m_root;
    itemmodels::DeploymentsModel *m_model;
    QTableView *m_table;
    DeployFlowView *m_flow;
    LogsView *m_logs;
    QTabWidget *m_tabs;
    QLabel *m_engine;
    QLabel *m_message;
    DeployJob *m_job;
    QTimer *m_poll;
    QList<QAction *> m_actions;
    QAction *m_new = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_restart = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_replace = nullptr;
    QAction *m_showLogs = nullptr;
    QAction *m_exportCompose = nullptr;
    QAction *m_exportKube = nullptr;
    QStringList m_refs;
    qint64 m_pendingSelect = 0;
    qint64 m_signatureFor = 0;
    quint64 m_listGeneration = 0;
    quint64 m_signatureGeneration = 0;
    bool m_signaturePending = false; // the first load ends once the request form is filled
    quint64 m_projectGeneration = 0;
    bool m_loading = false;
    bool m_statsBusy = false;
};

} // namespace mlwb::widgets::deploy

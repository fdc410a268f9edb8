#include "deploypanel.h"

#include "deployflowview.h"
#include "deploytasks.h"
#include "logsview.h"

#include "deploy/manifests.h"
#include "itemmodels/deploymentsmodel.h"
#include "shared/iconprovider.h"
#include "shared/panelactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

namespace mlwb::widgets::deploy {

using mlwb::deploy::Deployer;
using mlwb::deploy::Deployment;

void DeployPanel::createActions() {
    const auto add = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        return addPanelAction(this, m_actions, text, shortcut, slot);
    };
    m_new = add(tr("New deployment…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                &DeployPanel::newDeployment);
    m_new->setIcon(IconProvider::icon(QStringLiteral("new")));
    m_new->setToolTip(tr("Deploy a registered model version or alias (Ctrl+Shift+D)"));
    m_stop = add(tr("Stop deployment"), QKeySequence(Qt::CTRL | Qt::Key_Period),
                 &DeployPanel::stopCurrent);
    m_restart = add(tr("Restart deployment"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                    &DeployPanel::restartCurrent);
    m_replace = add(tr("Replace with another version…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), &DeployPanel::replaceCurrent);
    m_remove = add(tr("Remove deployment"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                   &DeployPanel::removeCurrent);
    m_showLogs = add(tr("Show deployment logs"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                     [this] { m_tabs->setCurrentWidget(m_logs); });
    m_exportCompose =
        add(tr("Export as compose.yaml…"), QKeySequence(), [this] { exportCurrent(false); });
    m_exportKube =
        add(tr("Export as Kubernetes manifests…"), QKeySequence(), [this] { exportCurrent(true); });
    for (QAction *a :
         {m_stop, m_restart, m_replace, m_remove, m_showLogs, m_exportCompose, m_exportKube})
        m_table->addAction(a);
}

void DeployPanel::updateActions() {
    const Deployment *d = m_model->deploymentById(currentId());
    const bool busy = m_job->isRunning();
    const bool open = !m_root.isEmpty();
    m_new->setEnabled(open && !busy);
    m_stop->setEnabled(d && d->isActive());
    m_restart->setEnabled(d && !d->isActive() && !busy &&
                          d->target != mlwb::deploy::Target::Process);
    m_replace->setEnabled(d && d->isActive() && !busy);
    m_remove->setEnabled(d != nullptr && !busy);
    m_showLogs->setEnabled(d != nullptr);
    const bool image = d && !d->imageTag.isEmpty();
    m_exportCompose->setEnabled(image);
    m_exportKube->setEnabled(image);
}

void DeployPanel::runTask(const QString &what, std::function<Status(Deployer &)> work) {
    if (m_root.isEmpty())
        return;
    showMessage(what);
    const quint64 generation = m_projectGeneration;
    runInBackground(
        this,
        [root = m_root, work = std::move(work)] {
            const Status status = withDeployer(root, work);
            return status ? QString() : status.error().toString();
        },
        [this, generation](const QString &error) {
            if (generation != m_projectGeneration)
                return;
            showMessage(error, !error.isEmpty());
            reload();
        });
}

void DeployPanel::stopCurrent() {
    const Deployment *d = m_model->deploymentById(currentId());
    if (!d)
        return;
    const qint64 id = d->id;
    runTask(tr("Stopping %1…").arg(d->label()), [id](Deployer &deployer) {
        return deployer.stop(id,
                             QCoreApplication::translate("mlwb", "stopped in the Deploy panel"));
    });
}

void DeployPanel::restartCurrent() {
    const Deployment *d = m_model->deploymentById(currentId());
    if (!d)
        return;
    const qint64 id = d->id;
    runTask(tr("Restarting %1…").arg(d->label()), [id](Deployer &deployer) -> Status {
        MLWB_TRY(deployer.restart(id));
        return {};
    });
}

void DeployPanel::removeCurrent() {
    const Deployment *d = m_model->deploymentById(currentId());
    if (!d)
        return;
    const qint64 id = d->id;
    runTask(tr("Removing %1…").arg(d->label()),
            [id](Deployer &deployer) { return deployer.remove(id); });
}

void DeployPanel::newDeployment() {
    if (m_root.isEmpty() || isDeploying())
        return;
    bool ok = false;
    const QString ref = QInputDialog::getItem(
        this, tr("New deployment"),
        tr("Model version or alias to deploy (NAME@VERSION or NAME@ALIAS):"), m_refs, 0, true, &ok);
    if (ok && !ref.trimmed().isEmpty())
        deploy(ref.trimmed());
}

void DeployPanel::replaceCurrent() {
    const Deployment *d = m_model->deploymentById(currentId());
    if (!d || isDeploying())
        return;
    const qint64 id = d->id;
    QStringList refs;
    for (const QString &r : std::as_const(m_refs))
        if (r.startsWith(d->modelName + QLatin1Char('@')) && r != d->label())
            refs.append(r);
    bool ok = false;
    const QString ref = QInputDialog::getItem(
        this, tr("Replace deployment"),
        tr("Deploy another version on port %1 in place of %2:").arg(d->port).arg(d->label()), refs,
        0, true, &ok);
    if (ok && !ref.trimmed().isEmpty())
        deploy(ref.trimmed(), id);
}

void DeployPanel::exportCurrent(bool kubernetes) {
    const Deployment *d = m_model->deploymentById(currentId());
    if (!d)
        return;
    const QString name = kubernetes ? mlwb::deploy::manifestName(*d) + QLatin1String(".yaml")
                                    : QStringLiteral("compose.yaml");
    const QString path = QFileDialog::getSaveFileName(
        this, kubernetes ? tr("Export Kubernetes manifests") : tr("Export compose.yaml"),
        QDir(m_root).filePath(name), tr("YAML files (*.yaml *.yml)"));
    if (path.isEmpty())
        return;
    const QByteArray text =
        (kubernetes ? mlwb::deploy::kubernetesYaml(*d) : mlwb::deploy::composeYaml(*d)).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        showMessage(tr("Could not write %1: %2. Choose a folder you can write to.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    true);
        return;
    }
    showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace mlwb::widgets::deploy

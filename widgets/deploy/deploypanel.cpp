#include "deploypanel.h"

#include "deployflowview.h"
#include "deploytasks.h"
#include "logsview.h"

#include "itemmodels/deploymentsmodel.h"
#include "shared/iconprovider.h"
#include "shared/theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace mlwb::widgets::deploy {

using itemmodels::DeploymentsModel;
using mlwb::deploy::Deployment;
using mlwb::deploy::DeploymentStatus;

namespace {

QColor statusTint(DeploymentStatus status, const QPalette &palette) {
    switch (status) {
    case DeploymentStatus::Starting:
        return statusColor(StatusTone::Running, palette);
    case DeploymentStatus::Healthy:
        return statusColor(StatusTone::Finished, palette);
    case DeploymentStatus::Unhealthy:
        return statusColor(StatusTone::Killed, palette);
    case DeploymentStatus::Failed:
        return statusColor(StatusTone::Failed, palette);
    case DeploymentStatus::Stopped:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::WindowText);
}

// The status column: a coloured dot and the status in the same colour.
class StatusDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != DeploymentsModel::StatusColumn)
            return;
        const auto status = DeploymentStatus(index.data(DeploymentsModel::StatusRole).toInt());
        const QColor color = statusTint(status, option->palette);
        const int size = option->fontMetrics.height() / 2 + 2;
        QPixmap dot(size, size);
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        if (status == DeploymentStatus::Stopped) { // a ring: nothing runs
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(color, 1.5));
        }
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        painter.end();
        option->icon = QIcon(dot);
        option->decorationSize = dot.size();
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->palette.setColor(QPalette::Text, color);
    }
};

} // namespace

DeployPanel::DeployPanel(QWidget *parent)
    : Panel(parent)
    , m_model(new DeploymentsModel(this))
    , m_table(new QTableView)
    , m_flow(new DeployFlowView)
    , m_logs(new LogsView)
    , m_tabs(new QTabWidget)
    , m_engine(new QLabel)
    , m_message(new QLabel)
    , m_job(new DeployJob(this))
    , m_poll(new QTimer(this)) {
    m_table->setModel(m_model);
    m_table->setItemDelegate(new StatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_engine->setWordWrap(true);
    m_engine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->hide();

    m_tabs->addTab(m_flow, tr("Deployment"));
    m_tabs->addTab(m_logs, tr("Logs"));

    createActions();
    auto *newButton = new QToolButton;
    newButton->setDefaultAction(m_new);
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *top = new QHBoxLayout;
    top->addWidget(m_engine, 1);
    top->addWidget(newButton);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listTitle = new QLabel(tr("Deployments"));
    QFont bold = listTitle->font();
    bold.setBold(true);
    listTitle->setFont(bold);
    leftLayout->addWidget(listTitle);
    leftLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeployPanel::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DeployPanel::updateActions);
    connect(m_flow, &DeployFlowView::cancelRequested, this, &DeployPanel::cancelDeploy);
    connect(m_job, &DeployJob::targetChosen, m_flow, &DeployFlowView::setTarget);
    connect(m_job, &DeployJob::progress, m_flow, &DeployFlowView::addProgress);
    connect(m_job, &DeployJob::finished, this, [this] {
        const Result<Deployment> &result = m_job->result();
        if (result) {
            m_flow->showDeployment(*result);
            m_pendingSelect = result->id;
            loadSignature(*result);
        } else {
            m_flow->fail(result.error());
        }
        reload();
        updateActions();
        Q_EMIT deployFinished(bool(result));
    });
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, this, [this] {
        reload();
        pollStats();
    });
    updateActions();
}

DeployPanel::~DeployPanel() = default;

QString DeployPanel::title() const {
    return tr("Deploy");
}

QIcon DeployPanel::icon() const {
    return IconProvider::icon(QStringLiteral("deploy"));
}

void DeployPanel::setLoading(bool loading) {
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void DeployPanel::showMessage(const QString &text, bool error) {
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? statusColor(StatusTone::Failed, palette())
                                           : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void DeployPanel::setProject(const QString &root) {
    if (root == m_root)
        return;
    m_job->cancel();
    m_root = root;
    ++m_projectGeneration;
    m_model->setDeployments({});
    m_flow->clear();
    m_logs->showDeployment({}, 0, {});
    m_refs.clear();
    showMessage({});
    if (root.isEmpty()) {
        m_poll->stop();
        updateActions();
        return;
    }
    setLoading(true);
    probe();
    loadRefs();
    // Re-attach what still runs from an earlier session (containers by their
    // project label, processes by pid), then list.
    const quint64 generation = m_projectGeneration;
    runInBackground(
        this,
        [root] {
            QStringList notes;
            const Status status =
                withDeployer(root, [&](mlwb::deploy::Deployer &deployer) -> Status {
                    MLWB_ASSIGN_OR_RETURN(const mlwb::deploy::ReattachReport report,
                                          deployer.reattach());
                    notes = report.notes;
                    return {};
                });
            return status ? notes.join(QLatin1Char('\n')) : status.error().toString();
        },
        [this, generation](const QString &notes) {
            if (generation != m_projectGeneration)
                return;
            showMessage(notes);
            reload();
        });
    if (isVisible())
        m_poll->start();
}

void DeployPanel::probe() {
    m_engine->setText(tr("Looking for a container engine…"));
    const quint64 generation = m_projectGeneration;
    runInBackground(this, &probeEngine, [this, generation](const EngineStatus &status) {
        if (generation != m_projectGeneration)
            return;
        const QColor dot = status.found ? statusColor(StatusTone::Finished, palette())
                                        : palette().color(QPalette::Disabled, QPalette::WindowText);
        m_engine->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                              .arg(dot.name(), status.text.toHtmlEscaped()));
    });
}

void DeployPanel::loadRefs() {
    const quint64 generation = m_projectGeneration;
    runInBackground(
        this, [root = m_root] { return deployableRefs(root); },
        [this, generation](Result<QStringList> refs) {
            if (generation == m_projectGeneration && refs)
                m_refs = *refs;
        });
}

void DeployPanel::reload() {
    if (m_root.isEmpty())
        return;
    const quint64 generation = ++m_listGeneration;
    runInBackground(
        this, [root = m_root] { return itemmodels::loadDeployments(root); },
        [this, generation](Result<QList<Deployment>> list) {
            if (generation != m_listGeneration)
                return;
            if (!list) {
                setLoading(false);
                showMessage(list.error().toString(), true);
                return;
            }
            const qint64 selected = currentId();
            m_model->setDeployments(*list);
            m_model->setNow(QDateTime::currentDateTimeUtc());
            if (m_pendingSelect > 0 && m_model->rowOf(m_pendingSelect) >= 0) {
                selectDeployment(std::exchange(m_pendingSelect, 0));
            } else if (selected > 0) {
                // The row's data may have changed (status, stop reason).
                onSelectionChanged();
            }
            updateActions();
            setLoading(m_signaturePending);
            Q_EMIT deploymentsLoaded();
        });
}

bool DeployPanel::openLink(const QUrl &link) {
    if (link.host() != panelId())
        return false;
    const QString path = link.path().mid(1);
    if (path == QLatin1String("new")) {
        const QUrlQuery query(link);
        const QString model = query.queryItemValue(QStringLiteral("model"), QUrl::FullyDecoded);
        if (model.isEmpty())
            return false;
        QString which = query.queryItemValue(QStringLiteral("version"));
        if (which.isEmpty())
            which = query.queryItemValue(QStringLiteral("alias"));
        return deploy(which.isEmpty() ? model : model + QLatin1Char('@') + which);
    }
    bool ok = false;
    const qint64 id = path.toLongLong(&ok);
    if (!ok || id <= 0)
        return false;
    if (m_model->rowOf(id) >= 0)
        selectDeployment(id);
    else
        m_pendingSelect = id; // the list is still loading
    return true;
}

bool DeployPanel::isDeploying() const {
    return m_job->isRunning();
}

bool DeployPanel::deploy(const QString &ref, qint64 replaceId) {
    if (m_root.isEmpty() || m_job->isRunning())
        return false;
    m_table->setCurrentIndex({});
    m_table->clearSelection();
    m_flow->begin(ref, replaceId > 0);
    m_tabs->setCurrentWidget(m_flow);
    m_job->start(m_root, ref, replaceId);
    updateActions();
    return true;
}

void DeployPanel::cancelDeploy() {
    m_job->cancel();
    m_flow->cancelButton()->setEnabled(false);
}

qint64 DeployPanel::currentId() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(DeploymentsModel::IdRole).toLongLong() : 0;
}

void DeployPanel::selectDeployment(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
}

void DeployPanel::onSelectionChanged() {
    const Deployment *d = m_model->deploymentById(currentId());
    updateActions();
    if (!d) {
        return;
    }
    m_logs->showDeployment(m_root, d->id, d->label());
    if (m_job->isRunning())
        return;
    m_flow->showDeployment(*d);
    if (m_signatureFor != d->id)
        loadSignature(*d);
}

void DeployPanel::loadSignature(const Deployment &d) {
    m_signatureFor = d.id;
    m_signaturePending = true;
    const quint64 generation = ++m_signatureGeneration;
    runInBackground(
        this,
        [root = m_root, model = d.modelName, version = d.modelVersion] {
            return signatureOf(root, model, version);
        },
        [this, generation](Result<QJsonObject> signature) {
            if (generation != m_signatureGeneration)
                return;
            m_flow->setSignature(signature ? *signature : QJsonObject());
            m_signaturePending = false;
            setLoading(false);
        });
}

void DeployPanel::pollStats() {
    if (m_statsBusy || m_root.isEmpty())
        return;
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Deployment *d = m_model->deployment(row);
        if (d->isActive())
            ids.append(d->id);
    }
    if (ids.isEmpty())
        return;
    m_statsBusy = true;
    const quint64 generation = m_projectGeneration;
    using StatsList = QList<std::pair<qint64, mlwb::deploy::ContainerStats>>;
    runInBackground(
        this,
        [root = m_root, ids] {
            StatsList out;
            (void)withDeployer(root, [&](mlwb::deploy::Deployer &deployer) -> Status {
                for (qint64 id : ids)
                    if (auto s = deployer.stats(id))
                        out.append({id, *s});
                return {};
            });
            return out;
        },
        [this, generation](const StatsList &stats) {
            m_statsBusy = false;
            if (generation != m_projectGeneration)
                return;
            for (const auto &[id, s] : stats)
                m_model->setStats(id, s);
        });
}

void DeployPanel::showEvent(QShowEvent *event) {
    Panel::showEvent(event);
    if (!m_root.isEmpty()) {
        m_poll->start();
        pollStats();
    }
}

void DeployPanel::hideEvent(QHideEvent *event) {
    Panel::hideEvent(event);
    m_poll->stop();
}

} // namespace mlwb::widgets::deploy

#include "commandpalette.h"

#include "commanddelegate.h"
#include "iconprovider.h"
#include "project/project.h"
#include "tracking/trackingstore.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace mlwb::widgets {

namespace {

// Runs of the project, newest first, as palette entries; errors leave the
// palette without runs (the panels report them where the user works with runs).
QList<Command> loadRunCommands(const QString &root) {
    QList<Command> commands;
    auto project = Project::open(ProjectPaths(root));
    if (!project) {
        qWarning("command palette: %s", qUtf8Printable(project.error().toString()));
        return commands;
    }
    tracking::TrackingStore store(project->db());
    auto runs = store.runs();
    if (!runs) {
        qWarning("command palette: %s", qUtf8Printable(runs.error().toString()));
        return commands;
    }
    const QIcon icon = IconProvider::icon(QStringLiteral("experiments"));
    for (const tracking::Run &run : std::as_const(*runs)) {
        Command c;
        c.kind = Command::Kind::Run;
        c.title = run.name.isEmpty() ? run.uuid.left(8) : run.name;
        c.detail = run.experiment + QStringLiteral(" \u00b7 ") + tracking::toString(run.status);
        c.icon = icon;
        c.runId = run.id;
        commands.append(c);
    }
    return commands;
}

// Top-level menus (File, View) add no prefix; submenus do: "Theme › Dark".
void collect(const QList<QAction *> &actions, const QString &prefix, bool topLevel,
             QList<Command> &out) {
    for (QAction *a : actions) {
        if (!a || a->isSeparator() || !a->isVisible())
            continue;
        QString text = a->text();
        text.remove(u'&');
        if (QMenu *menu = a->menu()) {
            collect(menu->actions(), topLevel ? prefix : prefix + text + QStringLiteral(" \u203a "),
                    false, out);
            continue;
        }
        if (text.isEmpty() || !a->isEnabled())
            continue;
        Command c;
        c.title = prefix + text;
        c.detail = a->shortcut().toString(QKeySequence::NativeText);
        c.icon = a->icon();
        c.action = a;
        out.append(c);
    }
}

} // namespace

CommandPalette::CommandPalette(QWidget *window)
    : QFrame(window, Qt::Popup | Qt::FramelessWindowHint)
    , m_model(new CommandModel(this))
    , m_edit(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(this)) {
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_edit->setPlaceholderText(
        QCoreApplication::translate("mlwb", "Type a command or a run name\u2026"));
    m_edit->addAction(IconProvider::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new CommandDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_empty->setText(QCoreApplication::translate("mlwb", "Nothing matches. Try fewer letters."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_edit);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);

    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setPattern(text);
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0));
        updateEmptyState();
    });
    connect(m_view, &QListView::clicked, this, &CommandPalette::activate);
}

void CommandPalette::setActionSource(std::function<QList<QAction *>()> source) {
    m_actionSource = std::move(source);
}

void CommandPalette::setProject(const QString &root) {
    // A newer project (or none) makes a still running load stale.
    const quint64 generation = ++m_runsGeneration;
    m_model->setRuns({});
    if (root.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<QList<Command>>(this);
    connect(watcher, &QFutureWatcher<QList<Command>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_runsGeneration)
            return;
        const QList<Command> runs = watcher->result();
        m_model->setRuns(runs);
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0));
        updateEmptyState();
        Q_EMIT runsLoaded(int(runs.size()));
    });
    watcher->setFuture(QtConcurrent::run(loadRunCommands, root));
}

QList<Command> CommandPalette::commandsFor(const QList<QAction *> &actions) {
    QList<Command> out;
    collect(actions, {}, true, out);
    return out;
}

void CommandPalette::popup() {
    if (m_actionSource)
        m_model->setActions(commandsFor(m_actionSource()));
    m_edit->clear();
    m_model->setPattern({});
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
    updateEmptyState();

    if (QWidget *w = parentWidget()) {
        const int width = std::clamp(w->width() / 2, 420, 720);
        const int height = std::clamp(w->height() / 2, 240, 460);
        const QPoint topCenter = w->mapToGlobal(QPoint(w->width() / 2, 0));
        setGeometry(topCenter.x() - width / 2, topCenter.y() + w->height() / 8, width, height);
    }
    show();
    raise();
    activateWindow();
    m_edit->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::activate(const QModelIndex &index) {
    const Command *c = m_model->commandAt(index.row());
    if (!c)
        return;
    const Command chosen = *c; // the model may be rebuilt by what the action does
    hide();
    if (chosen.kind == Command::Kind::Run)
        Q_EMIT runActivated(chosen.runId);
    else if (chosen.action)
        chosen.action->trigger();
}

void CommandPalette::moveSelection(int delta) {
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_view->currentIndex().row() + delta, 0, rows - 1);
    m_view->setCurrentIndex(m_model->index(row));
}

void CommandPalette::updateEmptyState() {
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_PageUp:
            moveSelection(-10);
            return true;
        case Qt::Key_PageDown:
            moveSelection(10);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activate(m_view->currentIndex());
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace mlwb::widgets

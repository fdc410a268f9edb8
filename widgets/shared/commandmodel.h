#pragma once

#include <QAbstractListModel>
#include <QIcon>
#include <QList>
#include <QPointer>

class QAction;

namespace mlwb::widgets {

// One entry of the command palette: a window or panel action, or a run.
struct Command {
    enum class Kind { Action, Run };
    Kind kind = Kind::Action;
    QString title;  // what is matched and shown
    QString detail; // shown on the right: a shortcut, or "experiment · status"
    QIcon icon;
    QPointer<QAction> action; // Kind::Action
    qint64 runId = 0;         // Kind::Run
};

// The palette's list: every command, filtered and ranked by fuzzyMatch()
// against the typed pattern. Actions rank before runs when scores tie.
class CommandModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        DetailRole = Qt::UserRole + 1,
        MatchPositionsRole, // QList<int>: the matched characters of the title
        KindRole,           // int(Command::Kind)
        RunIdRole,
    };

    using QAbstractListModel::QAbstractListModel;

    void setActions(const QList<Command> &actions);
    void setRuns(const QList<Command> &runs);
    void setPattern(const QString &pattern);
    QString pattern() const { return m_pattern; }

    const Command *commandAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int source; // index into m_all
        int score;
        QList<int> positions;
    };
    void refilter();

    QList<Command> m_actions;
    QList<Command> m_runs;
    QList<const Command *> m_all;
    QList<Row> m_rows;
    QString m_pattern;
};

} // namespace mlwb::widgets

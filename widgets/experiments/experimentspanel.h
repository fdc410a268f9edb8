#pragma once

#include "shared/panel.h"

#include <QFutureWatcher>
#include <QTimer>

#include "core/error.h"
#include "vcs/repository.h"

class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace mlwb::itemmodels {
class RunsTableModel;
}

namespace mlwb::widgets::experiments {

class CompareCharts;
class CompareView;
class DiffView;
class NoteWriter;
class QueryEdit;
class RunDetailView;

// Runs of the project: a query filter and quick search over a live table,
// the current run's details, and the selected runs compared side by side,
// as curves and as a code diff between their commits.
class ExperimentsPanel : public Panel {
    Q_OBJECT
public:
    explicit ExperimentsPanel(QWidget *parent = nullptr);
    ~ExperimentsPanel() override;

    QString panelId() const override { return QStringLiteral("experiments"); }
    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> panelActions() const override;
    void setProject(const QString &root) override;
    bool isLoading() const override { return m_loading; }

    // For tests and the window's screenshot mode.
    QueryEdit *filterEdit() const { return m_filter; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *errorLabel() const { return m_error; }
    QTableView *table() const { return m_table; }
    itemmodels::RunsTableModel *model() const { return m_model; }
    RunDetailView *details() const { return m_details; }
    CompareView *compareView() const { return m_compare; }
    CompareCharts *charts() const { return m_charts; }
    DiffView *codeDiff() const { return m_codeDiff; }
    QUndoStack *undoStack() const { return m_undo; }
    NoteWriter *noteWriter() const { return m_writer; }

    // Applies the filter and search text now instead of after the typing pause.
    void applyFilter();

Q_SIGNALS:
    void errorOccurred(const mlwb::Error &error);

private:
    void setLoading(bool loading);
    void showError(const std::optional<Error> &error);
    void updateCount();
    void onCurrentChanged();
    void onSelectionChanged();
    void onRunsUpdated(const QList<qint64> &ids);
    void showHeaderMenu(const QPoint &pos);
    void loadCodeDiff(const QString &fromCommit, const QString &toCommit);
    QList<qint64> selectedRunIds() const;

    QString m_root;
    bool m_loading = false;
    itemmodels::RunsTableModel *m_model;
    QueryEdit *m_filter;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_error;
    QTableView *m_table;
    QUndoStack *m_undo;
    NoteWriter *m_writer;
    RunDetailView *m_details;
    CompareView *m_compare;
    CompareCharts *m_charts;
    DiffView *m_codeDiff;
    QTimer m_filterTimer;
    QTimer m_selectionTimer;
    QList<QAction *> m_actions;
    QFutureWatcher<Result<QList<vcs::FileDiff>>> m_diffWatcher;
    QPair<QString, QString> m_diffCommits;
};

} // namespace mlwb::widgets::experiments

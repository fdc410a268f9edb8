#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QStackedLayout;
class QTableView;
class QToolButton;

namespace mlwb::itemmodels {
struct DatasetComparison;
class TableDiffModel;
} // namespace mlwb::itemmodels

namespace mlwb::widgets::datasets {

// The rows of two table versions in one virtualized view (see TableDiffModel),
// the schema changes above it, and the options of the diff: key columns
// (suggested from unique columns, or none: rows matched by content), numeric
// tolerance, changes only, next and previous change.
class TableDiffView : public QWidget {
    Q_OBJECT
public:
    explicit TableDiffView(QWidget *parent = nullptr);

    void setComparison(const itemmodels::DatasetComparison &comparison);
    void clear(const QString &message);

    // Key columns chosen by the user; empty: the suggested key.
    QStringList keyColumns() const;
    bool unkeyed() const;
    double tolerance() const;
    void resetOptions();

    void nextChange();
    void previousChange();
    void setChangesOnly(bool on);

    itemmodels::TableDiffModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QCheckBox *changesOnlyBox() const { return m_changesOnly; }
    QComboBox *keyCombo() const { return m_key; }
    QDoubleSpinBox *toleranceBox() const { return m_tolerance; }
    QLabel *schemaLabel() const { return m_schema; }
    QLabel *countsLabel() const { return m_counts; }

Q_SIGNALS:
    // The key or the tolerance changed: the diff has to be computed again.
    void optionsChanged();

private:
    void jump(bool backward);
    void updateKeyChoices(const itemmodels::DatasetComparison &comparison);
    QString schemaText(const itemmodels::DatasetComparison &comparison) const;

    itemmodels::TableDiffModel *m_model;
    QTableView *m_table;
    QLabel *m_schema;
    QLabel *m_counts;
    QLabel *m_empty;
    QStackedLayout *m_stack;
    QCheckBox *m_changesOnly;
    QComboBox *m_key;
    QDoubleSpinBox *m_tolerance;
    QToolButton *m_next;
    QToolButton *m_previous;
};

} // namespace mlwb::widgets::datasets

#pragma once

#include "registry/gates.h"

#include <QAbstractTableModel>

namespace mlwb::itemmodels {

// The rules of a gate report, one row each: outcome, the rule as written with
// its line in the gate file, and the values of both sides (or why the rule
// could not be evaluated).
class RegistryGatesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { OutcomeColumn, RuleColumn, LeftColumn, OpColumn, RightColumn, ColumnCount };
    enum Role { OutcomeRole = Qt::UserRole + 1, LineRole, MessageRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const std::optional<registry::GateReport> &report);
    const std::optional<registry::GateReport> &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString outcomeText(registry::RuleOutcome outcome);

private:
    std::optional<registry::GateReport> m_report;
};

} // namespace mlwb::itemmodels

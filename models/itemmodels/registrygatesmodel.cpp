#include "registrygatesmodel.h"

namespace mlwb::itemmodels {

void RegistryGatesModel::setReport(const std::optional<registry::GateReport> &report) {
    beginResetModel();
    m_report = report;
    endResetModel();
}

int RegistryGatesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_report ? 0 : int(m_report->rules.size());
}

int RegistryGatesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RegistryGatesModel::outcomeText(registry::RuleOutcome outcome) {
    switch (outcome) {
    case registry::RuleOutcome::Pass:
        return tr("pass");
    case registry::RuleOutcome::Fail:
        return tr("fail");
    case registry::RuleOutcome::Error:
        return tr("error");
    }
    return {};
}

QVariant RegistryGatesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !m_report || index.row() >= m_report->rules.size())
        return {};
    const registry::RuleResult &r = m_report->rules[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OutcomeColumn:
            return outcomeText(r.outcome);
        case RuleColumn:
            return r.rule;
        case LeftColumn:
            return r.outcome == registry::RuleOutcome::Error ? r.message : r.left;
        case OpColumn:
            return r.outcome == registry::RuleOutcome::Error ? QString() : r.op;
        case RightColumn:
            return r.right;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RuleColumn)
            return tr("%1, line %2").arg(m_report->gateFile).arg(r.line);
        if (r.outcome == registry::RuleOutcome::Error)
            return r.message;
        return index.column() == LeftColumn ? r.left : r.right;
    case OutcomeRole:
        return int(r.outcome);
    case LineRole:
        return r.line;
    case MessageRole:
        return r.message;
    }
    return {};
}

QVariant RegistryGatesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OutcomeColumn:
        return tr("Result");
    case RuleColumn:
        return tr("Rule");
    case LeftColumn:
        return tr("This version");
    case OpColumn:
        return {};
    case RightColumn:
        return tr("Bound");
    }
    return {};
}

} // namespace mlwb::itemmodels

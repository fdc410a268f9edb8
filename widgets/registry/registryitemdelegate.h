#pragma once

#include <QColor>
#include <QPalette>
#include <QStyledItemDelegate>

namespace mlwb::widgets::registry {

// Paints the aliases of a model or version as chips (the model's AliasesRole,
// a QStringList; "alias:3" reads "alias → 3") and gate results as a coloured
// mark with the status text (the model's gate role: int(GateStatus) or
// int(RuleOutcome), told apart by setGateKind()). Rows whose archived role is
// true are drawn greyed.
class RegistryItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class GateKind { VersionStatus, RuleOutcome };

    RegistryItemDelegate(int aliasesRole, QObject *parent = nullptr);
    void setChipColumn(int column) { m_chipColumn = column; }
    void setGateColumn(int column, int role, GateKind kind);
    void setArchivedRole(int role) { m_archivedRole = role; }

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintChips(QPainter *painter, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;
    void paintGate(QPainter *painter, const QStyleOptionViewItem &option,
                   const QModelIndex &index) const;

    int m_aliasesRole;
    int m_chipColumn = -1;
    int m_gateColumn = -1;
    int m_gateRole = -1;
    int m_archivedRole = -1;
    GateKind m_gateKind = GateKind::VersionStatus;
};

// The colour of a gate outcome: passed green, failed red, error amber; invalid for none.
QColor gateColor(bool passed, bool failed, const QPalette &palette);

} // namespace mlwb::widgets::registry

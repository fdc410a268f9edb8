#include "gatesview.h"

#include "itemmodels/registrygatesmodel.h"
#include "registryitemdelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace mlwb::widgets::registry {

using itemmodels::RegistryGatesModel;

QString gateSummary(const QString &ref, const mlwb::registry::GateReport &report) {
    const int total = int(report.rules.size());
    if (report.passed())
        return GatesView::tr("%1 passes all %n gate rule(s)", nullptr, total).arg(ref);
    QString text = GatesView::tr("%1 fails %2 of %n gate rule(s)", nullptr, total)
                       .arg(ref)
                       .arg(report.failed());
    if (report.errors() > 0)
        text += GatesView::tr("; %n rule(s) could not be evaluated", nullptr, report.errors());
    return text;
}

GatesView::GatesView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_error(new ErrorBanner)
    , m_table(new QTableView)
    , m_model(new RegistryGatesModel(this)) {
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_summary->font();
    f.setBold(true);
    m_summary->setFont(f);

    m_table->setModel(m_model);
    auto *delegate = new RegistryItemDelegate(-1, m_table);
    delegate->setGateColumn(RegistryGatesModel::OutcomeColumn, RegistryGatesModel::OutcomeRole,
                            RegistryItemDelegate::GateKind::RuleOutcome);
    m_table->setItemDelegate(delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The rule reads in full; the two values share the rest and wrap (signatures are long).
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RegistryGatesModel::LeftColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RegistryGatesModel::RightColumn,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Gate rules"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    clear();
}

void GatesView::clear() {
    m_model->setReport(std::nullopt);
    m_summary->setText(tr("Select a version to check it against the gate rules"));
    m_error->hide();
}

void GatesView::setDetails(const QString &ref, const itemmodels::VersionDetails &details) {
    m_model->setReport(details.gates);
    m_error->showText(details.gateError ? details.gateError->toString() : QString());
    if (details.gates) {
        m_summary->setText(gateSummary(ref, *details.gates));
        m_summary->setToolTip(details.gates->gateFile);
    } else if (details.gateError) {
        m_summary->setText(tr("The gates of %1 could not be checked").arg(ref));
    } else if (details.gateFile.isEmpty()) {
        m_summary->setText(tr("No gate file. Add rules for %1 to %2 at the project root, e.g.\n"
                              "models:\n  %1:\n    rules:\n      - metrics.val_acc >= 0.9")
                               .arg(details.lineage.version.model,
                                    QString::fromLatin1(mlwb::registry::kGateFileName)));
    } else {
        m_summary->setText(
            tr("%1 has no rules for %2").arg(details.gateFile, details.lineage.version.model));
    }
}

} // namespace mlwb::widgets::registry

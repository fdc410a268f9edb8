#include "driftview.h"

#include "itemmodels/datasetcomparison.h"
#include "itemmodels/datasetprofilemodel.h"
#include "shared/theme.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace mlwb::widgets::datasets {

using itemmodels::DriftReportModel;

namespace {

// The result column in the failed or finished status colour, bold.
class DriftResultDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != DriftReportModel::ResultColumn &&
            index.column() != DriftReportModel::NameColumn)
            return;
        const bool drifted = index.data(DriftReportModel::DriftedRole).toBool();
        if (index.column() == DriftReportModel::NameColumn && !drifted)
            return;
        option->palette.setColor(
            QPalette::Text,
            statusColor(drifted ? StatusTone::Failed : StatusTone::Finished, option->palette));
        option->font.setBold(true);
    }
};

} // namespace

DriftView::DriftView(QWidget *parent)
    : QWidget(parent)
    , m_model(new DriftReportModel(this))
    , m_summary(new QLabel)
    , m_table(new QTableView) {
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    QFont f = m_summary->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_summary->setFont(f);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new DriftResultDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT columnActivated(
            m_model->index(index.row(), DriftReportModel::NameColumn).data().toString());
    });
    clear(tr("Pick two versions of a table to test its columns for drift."));
}

QString DriftView::summaryText(const itemmodels::DatasetComparison &c) {
    if (!c.drift)
        return {};
    const mlwb::datasets::DriftReport &d = *c.drift;
    const int compared = int(d.columns.size());
    QString text = tr("<b>%1 of %2 columns drifted</b>").arg(d.driftedColumns).arg(compared);
    if (d.datasetDrift)
        text += tr(" — the dataset drifted (at least half of its columns)");
    if (!d.skipped.isEmpty())
        text += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                    .arg(QApplication::palette().color(QPalette::Text).name(),
                         tr("Not compared (in one version only, or without values): %1")
                             .arg(d.skipped.join(QStringLiteral(", ")).toHtmlEscaped()));
    return text;
}

void DriftView::clear(const QString &message) {
    m_model->setReport(std::nullopt);
    m_summary->setText(message.toHtmlEscaped());
}

void DriftView::setComparison(const itemmodels::DatasetComparison &c) {
    if (!c.drift) {
        clear(tr("No drift report for these versions: they hold no readable table."));
        return;
    }
    m_model->setReport(c.drift);
    const QColor tone =
        statusColor(c.drift->anyDrift() ? StatusTone::Failed : StatusTone::Finished, palette());
    m_summary->setText(
        QStringLiteral("<span style=\"color:%1\">%2</span>").arg(tone.name(), summaryText(c)) +
        tr("<br><small>Reference A: %1 · current B: %2. Tests as Evidently "
           "chooses them: KS / chi-squared up to 1,000 values, Wasserstein / "
           "Jensen–Shannon above; PSI beside each.</small>")
            .arg(c.labelA.toHtmlEscaped(), c.labelB.toHtmlEscaped()));
}

} // namespace mlwb::widgets::datasets

#include "versioncompareview.h"

#include "itemmodels/modelversioncomparemodel.h"
#include "shared/theme.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace mlwb::widgets::registry {

using itemmodels::ModelVersionCompareModel;

namespace {

// Best metric values on the "added" tint, dataset cells as links, rows that
// differ with a "changed" marker in the label column.
class CompareDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        const QPalette &pal = option->palette;
        if (index.data(ModelVersionCompareModel::BestRole).toBool())
            option->backgroundBrush = diffBackground(DiffTone::Added, pal);
        else if (index.column() > 0 && index.data(ModelVersionCompareModel::DiffersRole).toBool())
            option->backgroundBrush = diffBackground(DiffTone::Changed, pal);
        if (!index.data(ModelVersionCompareModel::LinkRole).toUrl().isEmpty()) {
            option->font.setUnderline(true);
            option->palette.setColor(QPalette::Text, pal.color(QPalette::Link));
        }
    }
};

} // namespace

VersionCompareView::VersionCompareView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ModelVersionCompareModel(this))
    , m_title(new QLabel)
    , m_onlyDiff(new QCheckBox(tr("Only &differences")))
    , m_table(new QTableView)
    , m_datasets(new QLabel) {
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_onlyDiff->setToolTip(tr("Hide the rows where all versions agree"));
    connect(m_onlyDiff, &QCheckBox::toggled, m_model,
            &ModelVersionCompareModel::setOnlyDifferences);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new CompareDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setAccessibleName(tr("Model versions compared"));
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QUrl url = index.data(ModelVersionCompareModel::LinkRole).toUrl();
        if (!url.isEmpty())
            Q_EMIT linkActivated(url);
    });

    m_datasets->setWordWrap(true);
    m_datasets->setTextFormat(Qt::RichText);
    m_datasets->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_datasets, &QLabel::linkActivated, this,
            [this](const QString &url) { Q_EMIT linkActivated(QUrl(url)); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_onlyDiff);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_datasets);
    clear();
}

void VersionCompareView::clear() {
    m_model->setLineages({});
    m_title->setText(tr("Select two or more versions (Ctrl+click) to compare them"));
    m_datasets->clear();
}

void VersionCompareView::setLineages(const QList<mlwb::registry::Lineage> &lineages) {
    m_model->setLineages(lineages);
    QStringList refs;
    for (const auto &l : lineages)
        refs.append(l.version.ref());
    m_title->setText(tr("Comparing %1").arg(refs.join(QStringLiteral(", "))));
    m_table->resizeRowsToContents();

    const auto changes = m_model->datasetChanges();
    bool anyDatasets = false;
    for (const auto &l : lineages)
        anyDatasets = anyDatasets || !l.datasets.isEmpty();
    if (!anyDatasets) {
        m_datasets->setText(tr("Datasets: the source runs recorded none"));
    } else if (changes.isEmpty()) {
        m_datasets->setText(tr("Datasets: all versions were trained on the same dataset versions"));
    } else {
        QStringList parts;
        for (const auto &c : changes) {
            QStringList versions;
            for (const QString &v : c.versions) {
                if (v.isEmpty()) {
                    versions.append(tr("none"));
                    continue;
                }
                const int at = int(v.lastIndexOf(QLatin1Char('@')));
                versions.append(
                    QStringLiteral("<a href=\"mlwb://datasets/%1/%2\">%3</a>")
                        .arg(v.left(at).toHtmlEscaped(), v.mid(at + 1), v.toHtmlEscaped()));
            }
            parts.append(tr("<b>%1</b>: %2")
                             .arg(c.dataset.toHtmlEscaped(), versions.join(QStringLiteral(" → "))));
        }
        m_datasets->setText(tr("Datasets that differ: %1").arg(parts.join(QStringLiteral("; "))));
    }
}

} // namespace mlwb::widgets::registry

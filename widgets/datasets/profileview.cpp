#include "profileview.h"

#include "histogramview.h"
#include "itemmodels/datasetcomparison.h"
#include "itemmodels/datasetprofilemodel.h"
#include "shared/theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace mlwb::widgets::datasets {

namespace {

// Drifted columns in the removed colour, the rest as usual.
class DriftedColumnDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(itemmodels::ProfileColumnsModel::DriftedRole).toBool()) {
            option->palette.setColor(QPalette::Text,
                                     diffForeground(DiffTone::Removed, option->palette));
            option->font.setBold(true);
        }
    }
};

// Statistics that differ between A and B in bold.
class DiffersDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() > 0 && index.data(itemmodels::ColumnProfileModel::DiffersRole).toBool())
            option->font.setBold(true);
    }
};

} // namespace

ProfileView::ProfileView(QWidget *parent)
    : QWidget(parent)
    , m_columnsModel(new itemmodels::ProfileColumnsModel(this))
    , m_statsModel(new itemmodels::ColumnProfileModel(this))
    , m_columns(new QListView)
    , m_stats(new QTableView)
    , m_histogram(new HistogramView)
    , m_title(new QLabel)
    , m_empty(new QLabel)
    , m_content(new QWidget) {
    m_columns->setModel(m_columnsModel);
    m_columns->setItemDelegate(new DriftedColumnDelegate(m_columns));
    m_columns->setAccessibleName(tr("Columns"));
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_stats->setModel(m_statsModel);
    m_stats->setItemDelegate(new DiffersDelegate(m_stats));
    m_stats->verticalHeader()->hide();
    m_stats->horizontalHeader()->setStretchLastSection(true);
    m_stats->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_stats->setSelectionMode(QAbstractItemView::NoSelection);
    m_stats->setShowGrid(false);
    m_stats->setAlternatingRowColors(true);
    m_stats->verticalHeader()->setDefaultSectionSize(m_stats->fontMetrics().height() + 6);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_stats);
    split->addWidget(m_histogram);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    detailLayout->addWidget(split, 1);

    auto *outer = new QSplitter(Qt::Horizontal);
    outer->addWidget(m_columns);
    outer->addWidget(detail);
    outer->setStretchFactor(0, 1);
    outer->setStretchFactor(1, 5);
    outer->setSizes({180, 900});
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(outer);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_content);
    layout->addWidget(m_empty);

    connect(m_columns->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current.row()); });
    clear(tr("Pick two versions of a table to compare its columns."));
}

void ProfileView::clear(const QString &message) {
    m_columnsModel->setProfiles(std::nullopt, std::nullopt, std::nullopt);
    m_statsModel->setColumn(nullptr, nullptr, {}, {});
    m_histogram->setColumn(std::nullopt, std::nullopt, {}, {});
    m_empty->setText(message);
    m_content->hide();
    m_empty->show();
}

void ProfileView::setComparison(const itemmodels::DatasetComparison &c) {
    if (!c.profileA && !c.profileB) {
        clear(tr("No column profiles for these versions: they hold no readable table."));
        return;
    }
    m_labelA = c.labelA;
    m_labelB = c.labelB;
    const QString current =
        m_columns->currentIndex().data(itemmodels::ProfileColumnsModel::ColumnNameRole).toString();
    m_columnsModel->setProfiles(c.profileA, c.profileB, c.drift);
    m_empty->hide();
    m_content->show();
    if (!showColumn(current) && m_columnsModel->rowCount() > 0) {
        // Start at the first drifted column: that is what the user came for.
        int row = 0;
        for (int r = 0; r < m_columnsModel->rowCount(); ++r) {
            if (m_columnsModel->index(r)
                    .data(itemmodels::ProfileColumnsModel::DriftedRole)
                    .toBool()) {
                row = r;
                break;
            }
        }
        m_columns->setCurrentIndex(m_columnsModel->index(row));
    }
}

bool ProfileView::showColumn(const QString &column) {
    const int row = m_columnsModel->rowOf(column);
    if (row < 0)
        return false;
    m_columns->setCurrentIndex(m_columnsModel->index(row));
    showRow(row);
    return true;
}

void ProfileView::showRow(int row) {
    const mlwb::datasets::ColumnProfile *a = m_columnsModel->profileA(row);
    const mlwb::datasets::ColumnProfile *b = m_columnsModel->profileB(row);
    m_statsModel->setColumn(a, b, m_labelA, m_labelB);
    m_histogram->setColumn(a ? std::optional(*a) : std::nullopt,
                           b ? std::optional(*b) : std::nullopt, m_labelA, m_labelB);
    const QModelIndex index = m_columnsModel->index(row);
    const QString name = index.data(itemmodels::ProfileColumnsModel::ColumnNameRole).toString();
    const QVariant drifted = index.data(itemmodels::ProfileColumnsModel::DriftedRole);
    m_title->setText(drifted.isNull()   ? name
                     : drifted.toBool() ? tr("%1 — drifted").arg(name)
                                        : tr("%1 — no drift").arg(name));
}

} // namespace mlwb::widgets::datasets

#include "compareview.h"

#include "exploreview.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mlwb::widgets::experiments {

namespace {

class DifferenceDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(itemmodels::RunCompareModel::BestRole).toBool()) {
            // The best value of a metric: the palette's highlight, tinted behind the text.
            QColor tint = option->palette.color(QPalette::Highlight);
            tint.setAlphaF(0.25f);
            option->backgroundBrush = tint;
            option->font.setBold(true);
        } else if (index.data(itemmodels::RunCompareModel::DiffersRole).toBool()) {
            option->font.setBold(true);
        } else {
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
        }
    }
};

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_model(new itemmodels::RunCompareModel(this))
    , m_onlyDifferences(new QCheckBox(tr("Only &differences"), this))
    , m_view(new QTableView(this))
    , m_explore(new ExploreView(this))
    , m_tabs(new QTabWidget(this)) {
    m_view->setModel(m_model);
    m_view->setItemDelegate(new DifferenceDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(120);
    connect(m_onlyDifferences, &QCheckBox::toggled, m_model,
            &itemmodels::RunCompareModel::setOnlyDifferences);
    connect(m_explore, &ExploreView::filterRequested, this, &CompareView::filterRequested);
    auto *values = new QWidget(this);
    auto *valuesLayout = new QVBoxLayout(values);
    valuesLayout->setContentsMargins(4, 4, 4, 4);
    valuesLayout->addWidget(m_onlyDifferences);
    valuesLayout->addWidget(m_view, 1);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(values, tr("&Values"));
    m_tabs->addTab(m_explore, tr("E&xplore"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void CompareView::setRuns(const QList<itemmodels::RunRow> &runs) {
    m_model->setRuns(runs);
    m_explore->setRuns(runs);
}

} // namespace mlwb::widgets::experiments

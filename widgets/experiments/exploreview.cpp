#include "exploreview.h"

#include "exploredata.h"
#include "parallelcoordinatesview.h"
#include "scatterview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace mlwb::widgets::experiments {

namespace {
constexpr int kDefaultAxes = 6;

// The dimension most runs have a number for, preferring ones whose values differ.
QString mostTelling(const QStringList &dimensions, const QList<itemmodels::RunRow> &runs) {
    QString best;
    std::pair<int, int> bestScore{-1, -1};
    for (const QString &d : dimensions) {
        QSet<double> distinct;
        int count = 0;
        for (const itemmodels::RunRow &r : runs) {
            if (const auto v = numericValue(r, d)) {
                ++count;
                distinct.insert(*v);
            }
        }
        const std::pair<int, int> score{distinct.size() > 1 ? 1 : 0, count};
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}
} // namespace

ExploreView::ExploreView(QWidget *parent)
    : QWidget(parent)
    , m_axesButton(new QToolButton(this))
    , m_colourBy(new QComboBox(this))
    , m_scatterX(new QComboBox(this))
    , m_scatterY(new QComboBox(this))
    , m_parallel(new ParallelCoordinatesView(this))
    , m_scatter(new ScatterView(this)) {
    m_axesButton->setText(tr("Axes…"));
    m_axesButton->setToolTip(tr("Choose the params shown as axes"));
    m_axesButton->setPopupMode(QToolButton::InstantPopup);
    m_axesButton->setMenu(new QMenu(m_axesButton));
    connect(m_axesButton->menu(), &QMenu::aboutToShow, this, &ExploreView::chooseAxes);
    auto *colourLabel = new QLabel(tr("&Colour by"), this);
    colourLabel->setBuddy(m_colourBy);
    auto *hint = new QLabel(tr("Drag along an axis to filter the runs, click it to clear"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *top = new QHBoxLayout;
    top->addWidget(m_axesButton);
    top->addWidget(colourLabel);
    top->addWidget(m_colourBy);
    top->addStretch();
    top->addWidget(hint);

    auto *xLabel = new QLabel(tr("Scatter &x"), this);
    xLabel->setBuddy(m_scatterX);
    auto *yLabel = new QLabel(tr("&y"), this);
    yLabel->setBuddy(m_scatterY);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(xLabel);
    bottom->addWidget(m_scatterX);
    bottom->addWidget(yLabel);
    bottom->addWidget(m_scatterY);
    bottom->addStretch();

    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(top);
    upperLayout->addWidget(m_parallel, 1);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(bottom);
    lowerLayout->addWidget(m_scatter, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(lower);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    for (QComboBox *box : {m_colourBy, m_scatterX, m_scatterY}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(22);
    }
    connect(m_colourBy, &QComboBox::currentIndexChanged, this, &ExploreView::updateParallel);
    connect(m_scatterX, &QComboBox::currentIndexChanged, this, &ExploreView::updateScatter);
    connect(m_scatterY, &QComboBox::currentIndexChanged, this, &ExploreView::updateScatter);
    connect(m_parallel, &ParallelCoordinatesView::filterRequested, this,
            [this](const QString &condition) {
                Q_EMIT filterRequested(m_lastCondition, condition);
                m_lastCondition = condition;
            });
}

void ExploreView::fillBox(QComboBox *box, const QStringList &items, const QString &preferred) {
    const QString current = box->currentText().isEmpty() ? preferred : box->currentText();
    const QSignalBlocker block(box);
    box->clear();
    box->addItems(items);
    const int i = box->findText(current);
    box->setCurrentIndex(i >= 0 ? i : box->findText(preferred));
}

void ExploreView::setRuns(const QList<itemmodels::RunRow> &runs) {
    m_runs = runs;
    m_params = paramDimensions(runs);
    const QStringList metrics = metricDimensions(runs);
    if (!m_axesChosen)
        m_axes = m_params.mid(0, kDefaultAxes);
    const QString metric = mostTelling(metrics, runs);
    fillBox(m_colourBy, metrics, metric);
    const QStringList all = m_params + metrics;
    fillBox(m_scatterX, all, mostTelling(m_params, runs));
    fillBox(m_scatterY, all, metric);
    m_parallel->setRuns(runs);
    m_scatter->setRuns(runs);
    updateParallel();
    updateScatter();
}

void ExploreView::setAxes(const QStringList &paramDimensions) {
    m_axes = paramDimensions;
    m_axesChosen = true;
    updateParallel();
}

void ExploreView::updateParallel() {
    QStringList axes;
    for (const QString &a : std::as_const(m_axes)) {
        if (m_params.contains(a))
            axes.append(a);
    }
    m_parallel->setDimensions(axes, m_colourBy->currentText());
}

void ExploreView::updateScatter() {
    m_scatter->setDimensions(m_scatterX->currentText(), m_scatterY->currentText());
}

void ExploreView::chooseAxes() {
    QMenu *menu = m_axesButton->menu();
    menu->clear();
    if (m_params.isEmpty())
        menu->addAction(tr("No params"))->setEnabled(false);
    for (const QString &d : std::as_const(m_params)) {
        QAction *a = menu->addAction(d);
        a->setCheckable(true);
        a->setChecked(m_axes.contains(d));
        connect(a, &QAction::toggled, this, [this, d](bool on) {
            QStringList axes = m_axes;
            if (on)
                axes.append(d);
            else
                axes.removeAll(d);
            setAxes(axes);
        });
    }
}

} // namespace mlwb::widgets::experiments

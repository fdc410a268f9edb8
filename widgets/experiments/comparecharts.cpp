#include "comparecharts.h"

#include "metricchartview.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace mlwb::widgets::experiments {

namespace {
constexpr int kDefaultCharts = 4;
constexpr int kColumns = 2;
} // namespace

CompareCharts::CompareCharts(QWidget *parent)
    : QWidget(parent)
    , m_metricsButton(new QToolButton(this))
    , m_logY(new QCheckBox(tr("&Log scale"), this))
    , m_smoothing(new QSlider(Qt::Horizontal, this)) {
    m_metricsButton->setText(tr("Metrics…"));
    m_metricsButton->setToolTip(tr("Choose the metrics to chart"));
    m_metricsButton->setPopupMode(QToolButton::InstantPopup);
    m_metricsButton->setMenu(new QMenu(m_metricsButton));
    connect(m_metricsButton->menu(), &QMenu::aboutToShow, this, &CompareCharts::chooseMetrics);
    m_smoothing->setRange(0, 99);
    m_smoothing->setMaximumWidth(160);
    m_smoothing->setToolTip(tr("Exponential moving average of the curves"));
    auto *smoothLabel = new QLabel(tr("&Smoothing"), this);
    smoothLabel->setBuddy(m_smoothing);
    auto *smoothValue = new QLabel(QStringLiteral("0.00"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_metricsButton);
    bar->addWidget(m_logY);
    bar->addSpacing(12);
    bar->addWidget(smoothLabel);
    bar->addWidget(m_smoothing);
    bar->addWidget(smoothValue);
    bar->addStretch();
    auto *hint = new QLabel(tr("Drag to zoom, wheel to zoom, right click to zoom out"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(hint);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_grid = new QGridLayout(content);
    m_grid->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);
    m_empty = new QLabel(tr("Select runs with metrics to chart them."), content);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_grid->addWidget(m_empty, 0, 0, Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(m_logY, &QCheckBox::toggled, this, [this](bool on) {
        for (MetricChartView *c : std::as_const(m_charts))
            c->setLogY(on);
    });
    connect(m_smoothing, &QSlider::valueChanged, this, [this, smoothValue](int v) {
        smoothValue->setText(QString::number(v / 100.0, 'f', 2));
        for (MetricChartView *c : std::as_const(m_charts))
            c->setSmoothing(v / 100.0);
    });
}

void CompareCharts::setRuns(const QList<std::pair<qint64, QString>> &runs,
                            const QStringList &metricKeys) {
    m_runs = runs;
    m_keys = metricKeys;
    QStringList shown;
    for (const QString &k : std::as_const(m_shown)) {
        if (m_keys.contains(k))
            shown.append(k);
    }
    for (const QString &k : std::as_const(m_keys)) {
        if (shown.size() >= kDefaultCharts)
            break;
        if (!shown.contains(k))
            shown.append(k);
    }
    m_shown = shown;
    rebuild();
}

void CompareCharts::setShownKeys(const QStringList &keys) {
    m_shown = keys;
    rebuild();
}

QList<MetricChartView *> CompareCharts::charts() const {
    QList<MetricChartView *> out;
    for (const QString &k : m_shown) {
        if (auto *c = m_charts.value(k))
            out.append(c);
    }
    return out;
}

void CompareCharts::rebuild() {
    for (auto it = m_charts.begin(); it != m_charts.end();) {
        if (!m_shown.contains(it.key())) {
            delete *it;
            it = m_charts.erase(it);
        } else {
            m_grid->removeWidget(*it);
            ++it;
        }
    }
    m_empty->setVisible(m_shown.isEmpty() || m_runs.isEmpty());
    m_pending = 0;
    int i = 0;
    for (const QString &key : std::as_const(m_shown)) {
        MetricChartView *c = m_charts.value(key);
        if (!c) {
            c = new MetricChartView(key, m_grid->parentWidget());
            c->setLogY(m_logY->isChecked());
            c->setSmoothing(m_smoothing->value() / 100.0);
            connect(c, &MetricChartView::curvesLoaded, this, [this] {
                if (m_pending > 0 && --m_pending == 0)
                    Q_EMIT chartsLoaded();
            });
            m_charts.insert(key, c);
        }
        m_grid->addWidget(c, i / kColumns, i % kColumns);
        ++i;
        ++m_pending;
        c->setRuns(m_dbPath, m_runs);
    }
}

void CompareCharts::chooseMetrics() {
    QMenu *menu = m_metricsButton->menu();
    menu->clear();
    if (m_keys.isEmpty())
        menu->addAction(tr("No metrics"))->setEnabled(false);
    for (const QString &key : std::as_const(m_keys)) {
        QAction *a = menu->addAction(key);
        a->setCheckable(true);
        a->setChecked(m_shown.contains(key));
        connect(a, &QAction::toggled, this, [this, key](bool on) {
            QStringList shown = m_shown;
            if (on)
                shown.append(key);
            else
                shown.removeAll(key);
            setShownKeys(shown);
        });
    }
}

} // namespace mlwb::widgets::experiments

#include "comparecharts.h"

#include "chartexport.h"
#include "chartlegend.h"
#include "itemmodels/dataversionwatcher.h"
#include "metricchartview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QSlider>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace mlwb::widgets::experiments {

namespace {
constexpr int kDefaultCharts = 4;
constexpr int kColumns = 2;
constexpr int kLiveIntervalMs = 400;
} // namespace

CompareCharts::CompareCharts(QWidget *parent)
    : QWidget(parent)
    , m_metricsButton(new QToolButton(this))
    , m_xAxis(new QComboBox(this))
    , m_logY(new QCheckBox(tr("&Log scale"), this))
    , m_smoothing(new QSlider(Qt::Horizontal, this))
    , m_groupBy(new QComboBox(this))
    , m_legend(new ChartLegend(this)) {
    m_metricsButton->setText(tr("Metrics…"));
    m_metricsButton->setToolTip(tr("Choose the metrics to chart"));
    m_metricsButton->setPopupMode(QToolButton::InstantPopup);
    m_metricsButton->setMenu(new QMenu(m_metricsButton));
    connect(m_metricsButton->menu(), &QMenu::aboutToShow, this, &CompareCharts::chooseMetrics);
    m_xAxis->addItem(tr("Step"), int(XMode::Step));
    m_xAxis->addItem(tr("Wall time"), int(XMode::WallTime));
    m_xAxis->addItem(tr("Relative time"), int(XMode::RelativeTime));
    m_xAxis->setToolTip(tr("What the x axis shows: the logged step, the time of day, or "
                           "seconds since each run started"));
    auto *xLabel = new QLabel(tr("&X axis"), this);
    xLabel->setBuddy(m_xAxis);
    m_smoothing->setRange(0, 99);
    m_smoothing->setMaximumWidth(160);
    m_smoothing->setToolTip(tr("Exponential moving average of the curves; the raw curves "
                               "stay faintly behind"));
    auto *smoothLabel = new QLabel(tr("&Smoothing"), this);
    smoothLabel->setBuddy(m_smoothing);
    auto *smoothValue = new QLabel(QStringLiteral("0.00"), this);
    m_groupBy->addItem(tr("(runs)"), QString());
    m_groupBy->setToolTip(tr("Draw one mean curve with a ±1 standard deviation band per value "
                             "of this param"));
    m_groupBy->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *groupLabel = new QLabel(tr("&Group by"), this);
    groupLabel->setBuddy(m_groupBy);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_metricsButton);
    bar->addWidget(xLabel);
    bar->addWidget(m_xAxis);
    bar->addWidget(m_logY);
    bar->addSpacing(12);
    bar->addWidget(smoothLabel);
    bar->addWidget(m_smoothing);
    bar->addWidget(smoothValue);
    bar->addSpacing(12);
    bar->addWidget(groupLabel);
    bar->addWidget(m_groupBy);
    bar->addStretch();
    auto *hint = new QLabel(tr("Drag to zoom, Shift+drag to pan, 0 to zoom out, right click "
                               "to export"),
                            this);
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
    layout->addWidget(m_legend);
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
    connect(m_xAxis, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = XMode(m_xAxis->currentData().toInt());
        for (MetricChartView *c : std::as_const(m_charts))
            c->setXMode(mode);
    });
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_groupBy->currentData().toString();
        m_legend->setVisible(key.isEmpty());
        for (MetricChartView *c : std::as_const(m_charts))
            c->setGroupBy(key);
    });
    connect(m_legend, &ChartLegend::hoveredRunChanged, this, &CompareCharts::highlightRun);
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(kLiveIntervalMs);
    connect(&m_liveTimer, &QTimer::timeout, this, &CompareCharts::refreshLiveCharts);
}

CompareCharts::~CompareCharts() = default;

void CompareCharts::setDatabasePath(const QString &path) {
    m_dbPath = path;
}

void CompareCharts::setDataVersionWatcher(itemmodels::DataVersionWatcher *watcher) {
    disconnect(m_watchConnection);
    m_watcher = watcher;
    if (!watcher)
        return;
    m_watchConnection = connect(watcher, &itemmodels::DataVersionWatcher::changed, this, [this] {
        if (!m_liveTimer.isActive())
            m_liveTimer.start();
    });
}

void CompareCharts::refreshLiveCharts() {
    for (MetricChartView *c : std::as_const(m_charts)) {
        if (c->isLive())
            c->refresh();
    }
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
    m_legend->setRuns(runs);
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

void CompareCharts::highlightRun(qint64 runId) {
    m_legend->setHighlightedRun(runId);
    for (MetricChartView *c : std::as_const(m_charts))
        c->setHighlightedRun(runId);
}

// The params of the charted runs, offered to group by once their curves are read.
void CompareCharts::updateGroupKeys() {
    QStringList keys;
    for (MetricChartView *c : std::as_const(m_charts)) {
        for (const RunCurve &curve : c->curves()) {
            for (auto it = curve.params.cbegin(); it != curve.params.cend(); ++it) {
                if (!keys.contains(it.key()))
                    keys.append(it.key());
            }
        }
    }
    keys.sort();
    const QString current = m_groupBy->currentData().toString();
    if (!current.isEmpty() && !keys.contains(current))
        keys.append(current);
    QStringList present;
    for (int i = 1; i < m_groupBy->count(); ++i)
        present.append(m_groupBy->itemData(i).toString());
    if (present == keys)
        return;
    const QSignalBlocker block(m_groupBy);
    while (m_groupBy->count() > 1)
        m_groupBy->removeItem(1);
    for (const QString &k : std::as_const(keys))
        m_groupBy->addItem(k, k);
    m_groupBy->setCurrentIndex(std::max(0, m_groupBy->findData(current)));
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
            c->setXMode(XMode(m_xAxis->currentData().toInt()));
            c->setLogY(m_logY->isChecked());
            c->setSmoothing(m_smoothing->value() / 100.0);
            c->setGroupBy(m_groupBy->currentData().toString());
            connect(c, &MetricChartView::curvesLoaded, this, [this] {
                updateGroupKeys();
                if (m_pending > 0 && --m_pending == 0)
                    Q_EMIT chartsLoaded();
            });
            connect(c, &MetricChartView::hoveredRunChanged, this, &CompareCharts::highlightRun);
            connect(c, &MetricChartView::exportRequested, this,
                    [this, c](const QString &format) { exportChart(c, format); });
            connect(c, &MetricChartView::errorOccurred, this, &CompareCharts::errorOccurred);
            m_charts.insert(key, c);
        }
        m_grid->addWidget(c, i / kColumns, i % kColumns);
        m_grid->setRowStretch(i / kColumns, 1);
        ++i;
        ++m_pending;
        c->setRuns(m_dbPath, m_runs);
    }
}

void CompareCharts::exportChart(MetricChartView *chart, const QString &format) {
    const bool svg = format == QLatin1String("svg");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString name = chart->key();
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export chart as SVG") : tr("Export chart as PNG"),
        dir + QLatin1Char('/') + name + QLatin1Char('.') + format,
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const Status written = svg ? exportSvg(chart, path, chart->key()) : exportPng(chart, path);
    if (!written)
        Q_EMIT errorOccurred(written.error());
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

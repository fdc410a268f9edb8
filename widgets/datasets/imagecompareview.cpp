#include "imagecompareview.h"
#include "shared/panelactions.h"

#include "imagecanvas.h"
#include "imagediffworker.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mlwb::widgets::datasets {

namespace {

constexpr int kSwipeSteps = 1000;

QString sizeText(QSize s) {
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}

QToolButton *textButton(const QString &text, QWidget *parent) {
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}

} // namespace

ImageCompareView::ImageCompareView(QWidget *parent)
    : QWidget(parent)
    , m_viewport(new ImageViewport(this))
    , m_canvasA(new ImageCanvas(m_viewport, this))
    , m_canvasB(new ImageCanvas(m_viewport, this))
    , m_worker(new ImageDiffWorker(this))
    , m_blinkTimer(new QTimer(this))
    , m_thresholdDebounce(new QTimer(this)) {
    m_canvasA->setObjectName(QStringLiteral("imageCanvasA"));
    m_canvasB->setObjectName(QStringLiteral("imageCanvasB"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(buildToolBar());
    auto *canvases = new QHBoxLayout;
    canvases->setSpacing(2);
    canvases->addWidget(m_canvasA);
    canvases->addWidget(m_canvasB);
    layout->addLayout(canvases, 1);
    layout->addWidget(buildStatusBar());
    createActions();

    m_blinkTimer->setInterval(500);
    connect(m_blinkTimer, &QTimer::timeout, this, [this] {
        m_blinkShowsA = !m_blinkShowsA;
        refreshCanvases();
    });
    m_thresholdDebounce->setSingleShot(true);
    m_thresholdDebounce->setInterval(60);
    connect(m_thresholdDebounce, &QTimer::timeout, this,
            [this] { m_worker->setThreshold(threshold()); });
    connect(m_canvasA, &ImageCanvas::splitDragged, this,
            [this](double f) { m_swipe->setValue(int(std::lround(f * kSwipeSteps))); });
    connect(m_worker, &ImageDiffWorker::finished, this, &ImageCompareView::onDiffFinished);
    connect(m_worker, &ImageDiffWorker::failed, this, &ImageCompareView::onDiffFailed);
    connect(m_worker, &ImageDiffWorker::progress, this, [this](int value, const QString &stage) {
        m_progress->setValue(value);
        m_progress->setToolTip(stage);
    });
    connect(m_worker, &ImageDiffWorker::runningChanged, this, [this](bool running) {
        m_progress->setVisible(running);
        m_cancel->setVisible(running);
        refreshStats();
        Q_EMIT computingChanged(running);
    });
    clear();
}

ImageCompareView::~ImageCompareView() {
    // The worker cancels as it dies; this half-destroyed view must not hear of it.
    m_worker->disconnect(this);
    m_blinkTimer->stop();
}

QWidget *ImageCompareView::buildToolBar() {
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(4, 2, 4, 2);
    m_modes = new QButtonGroup(this);
    const std::pair<Mode, QString> modes[] = {
        {Mode::SideBySide, tr("Side by side")},
        {Mode::Swipe, tr("Swipe")},
        {Mode::Blink, tr("Blink")},
        {Mode::Difference, tr("Difference")},
    };
    for (const auto &[mode, text] : modes) {
        QToolButton *b = textButton(text, bar);
        b->setCheckable(true);
        b->setObjectName(QStringLiteral("mode%1").arg(int(mode)));
        m_modes->addButton(b, int(mode));
        row->addWidget(b);
    }
    m_modes->button(int(Mode::SideBySide))->setChecked(true);
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    row->addSpacing(12);

    // Options of the current mode.
    m_modeOptions = new QStackedWidget(bar);
    m_modeOptions->addWidget(new QWidget(m_modeOptions)); // side by side: none

    auto *swipe = new QWidget(m_modeOptions);
    auto *swipeRow = new QHBoxLayout(swipe);
    swipeRow->setContentsMargins(0, 0, 0, 0);
    m_swipe = new QSlider(Qt::Horizontal, swipe);
    m_swipe->setObjectName(QStringLiteral("swipeSlider"));
    m_swipe->setRange(0, kSwipeSteps);
    m_swipe->setValue(kSwipeSteps / 2);
    m_swipe->setToolTip(tr("Where A ends and B begins; or drag the line in the image"));
    swipeRow->addWidget(new QLabel(tr("A"), swipe));
    swipeRow->addWidget(m_swipe, 1);
    swipeRow->addWidget(new QLabel(tr("B"), swipe));
    connect(m_swipe, &QSlider::valueChanged, this, [this] { refreshCanvases(); });
    m_modeOptions->addWidget(swipe);

    auto *blink = new QWidget(m_modeOptions);
    auto *blinkRow = new QHBoxLayout(blink);
    blinkRow->setContentsMargins(0, 0, 0, 0);
    m_blinkPause = textButton(tr("Pause"), blink);
    m_blinkPause->setObjectName(QStringLiteral("blinkPause"));
    m_blinkPause->setCheckable(true);
    connect(m_blinkPause, &QToolButton::toggled, this, [this](bool paused) {
        m_blinkPause->setText(paused ? tr("Resume") : tr("Pause"));
        updateBlinkTimer();
    });
    m_blinkInterval = new QSpinBox(blink);
    m_blinkInterval->setRange(100, 5000);
    m_blinkInterval->setSingleStep(100);
    m_blinkInterval->setValue(500);
    m_blinkInterval->setSuffix(tr(" ms"));
    m_blinkInterval->setToolTip(tr("How long each image stays"));
    connect(m_blinkInterval, &QSpinBox::valueChanged, this,
            [this](int ms) { setBlinkInterval(ms); });
    m_blinkSide = new QLabel(blink);
    m_blinkSide->setObjectName(QStringLiteral("blinkSide"));
    blinkRow->addWidget(m_blinkPause);
    blinkRow->addWidget(m_blinkInterval);
    blinkRow->addWidget(m_blinkSide);
    blinkRow->addStretch();
    m_modeOptions->addWidget(blink);

    auto *diff = new QWidget(m_modeOptions);
    auto *diffRow = new QHBoxLayout(diff);
    diffRow->setContentsMargins(0, 0, 0, 0);
    diffRow->addWidget(new QLabel(tr("Threshold"), diff));
    m_threshold = new QSlider(Qt::Horizontal, diff);
    m_threshold->setObjectName(QStringLiteral("thresholdSlider"));
    m_threshold->setRange(0, 254);
    m_threshold->setToolTip(tr("A pixel counts as changed when a channel differs by more than "
                               "this (0–254)"));
    m_thresholdValue = new QLabel(QStringLiteral("0"), diff);
    m_thresholdValue->setMinimumWidth(
        m_thresholdValue->fontMetrics().horizontalAdvance(QStringLiteral("000")));
    connect(m_threshold, &QSlider::valueChanged, this, [this](int v) {
        m_thresholdValue->setText(QString::number(v));
        m_thresholdDebounce->start();
    });
    m_overA = new QCheckBox(tr("Over A"), diff);
    m_overA->setObjectName(QStringLiteral("overA"));
    m_overA->setChecked(true);
    m_overA->setToolTip(tr("Draw the heatmap over a faded A, or alone"));
    connect(m_overA, &QCheckBox::toggled, this, [this] { refreshCanvases(); });
    diffRow->addWidget(m_threshold, 1);
    diffRow->addWidget(m_thresholdValue);
    diffRow->addWidget(m_overA);
    m_modeOptions->addWidget(diff);
    row->addWidget(m_modeOptions, 1);
    return bar;
}

QWidget *ImageCompareView::buildStatusBar() {
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 2, 4, 2);
    m_stats = new QLabel(bar);
    m_stats->setObjectName(QStringLiteral("imageStats"));
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stats->setWordWrap(true);
    m_progress = new QProgressBar(bar);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel = textButton(tr("Cancel"), bar);
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_worker->cancel();
        m_error = tr("Comparison cancelled; select the file again to retry.");
        refreshStats();
    });
    row->addWidget(m_stats, 1);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    return bar;
}

void ImageCompareView::createActions() {
    auto add = [this](const QString &text, const QKeySequence &key, auto slot) {
        return addPanelAction(this, m_actions, text, key, slot);
    };
    add(tr("Images: side by side"), QKeySequence(Qt::ALT | Qt::Key_1),
        [this] { setMode(Mode::SideBySide); });
    add(tr("Images: swipe"), QKeySequence(Qt::ALT | Qt::Key_2), [this] { setMode(Mode::Swipe); });
    add(tr("Images: blink"), QKeySequence(Qt::ALT | Qt::Key_3), [this] { setMode(Mode::Blink); });
    add(tr("Images: difference heatmap"), QKeySequence(Qt::ALT | Qt::Key_4),
        [this] { setMode(Mode::Difference); });
    add(tr("Images: zoom in"), QKeySequence(Qt::Key_Plus), [this] { m_canvasA->zoomBy(1.25); });
    add(tr("Images: zoom out"), QKeySequence(Qt::Key_Minus),
        [this] { m_canvasA->zoomBy(1 / 1.25); });
    add(tr("Images: fit to window"), QKeySequence(Qt::Key_F), [this] { m_viewport->fitWindow(); });
    add(tr("Images: actual size (1:1)"), QKeySequence(Qt::Key_1),
        [this] { m_canvasA->showActualSize(); });
    add(tr("Images: pause or resume blinking"), QKeySequence(Qt::Key_P),
        [this] { setBlinkPaused(!blinkPaused()); });
    // Toolbar buttons for the zoom actions, after the mode options.
    auto *row = qobject_cast<QHBoxLayout *>(m_modeOptions->parentWidget()->layout());
    const std::pair<QString, int> zoom[] = {
        {QStringLiteral("−"), 5}, {QStringLiteral("+"), 4}, {tr("Fit"), 6}, {tr("1:1"), 7}};
    for (const auto &[text, action] : zoom) {
        QToolButton *b = textButton(text, this);
        QAction *a = m_actions.at(action);
        b->setToolTip(QStringLiteral("%1 (%2)").arg(
            a->text(), a->shortcut().toString(QKeySequence::NativeText)));
        connect(b, &QToolButton::clicked, a, &QAction::trigger);
        row->addWidget(b);
    }
}

void ImageCompareView::setPair(const QString &fileA, const QString &fileB, const QString &labelA,
                               const QString &labelB) {
    m_labelA = labelA.isEmpty() ? tr("A") : labelA;
    m_labelB = labelB.isEmpty() ? tr("B") : labelB;
    m_error.clear();
    m_message.clear();
    m_blinkShowsA = true;
    m_viewport->fitWindow();
    m_worker->start(fileA, fileB, threshold());
    refreshCanvases();
    refreshStats();
}

void ImageCompareView::clear(const QString &message) {
    m_worker->reset();
    m_error.clear();
    m_message = message.isEmpty() ? tr("Select an image to compare its two versions.") : message;
    refreshCanvases();
    refreshStats();
}

void ImageCompareView::setMode(Mode mode) {
    m_mode = mode;
    if (QAbstractButton *b = m_modes->button(int(mode)))
        b->setChecked(true);
    m_modeOptions->setCurrentIndex(int(mode));
    m_blinkShowsA = true;
    updateBlinkTimer();
    refreshCanvases();
}

int ImageCompareView::threshold() const {
    return m_threshold->value();
}

void ImageCompareView::setThreshold(int threshold) {
    m_threshold->setValue(threshold);
}

bool ImageCompareView::heatmapOverA() const {
    return m_overA->isChecked();
}

void ImageCompareView::setHeatmapOverA(bool over) {
    m_overA->setChecked(over);
}

double ImageCompareView::swipePosition() const {
    return double(m_swipe->value()) / kSwipeSteps;
}

void ImageCompareView::setSwipePosition(double fraction) {
    m_swipe->setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * kSwipeSteps)));
}

bool ImageCompareView::blinkPaused() const {
    return m_blinkPause->isChecked();
}

void ImageCompareView::setBlinkPaused(bool paused) {
    m_blinkPause->setChecked(paused);
}

void ImageCompareView::setBlinkInterval(int ms) {
    m_blinkTimer->setInterval(ms);
    if (m_blinkInterval->value() != ms)
        m_blinkInterval->setValue(ms);
}

bool ImageCompareView::isComputing() const {
    return m_worker->isRunning();
}

QString ImageCompareView::statsText() const {
    return m_stats->text();
}

QRect ImageCompareView::changedBox() const {
    const auto &diff = m_worker->pair().diff;
    return diff ? diff->changedBox : QRect();
}

bool ImageCompareView::hasBothSides() const {
    return !m_worker->pair().imageA.isNull() && !m_worker->pair().imageB.isNull();
}

void ImageCompareView::onDiffFinished() {
    // The threshold moved while the images were being decoded.
    if (hasBothSides() && m_worker->pair().threshold != threshold()) {
        m_worker->setThreshold(threshold());
        return;
    }
    refreshCanvases();
    refreshStats();
    Q_EMIT statsChanged();
}

void ImageCompareView::onDiffFailed(const QString &message) {
    m_error = message;
    refreshCanvases();
    refreshStats();
    Q_EMIT statsChanged();
}

void ImageCompareView::updateBlinkTimer() {
    const bool on = m_mode == Mode::Blink && !blinkPaused() && hasBothSides();
    if (on && !m_blinkTimer->isActive())
        m_blinkTimer->start();
    else if (!on)
        m_blinkTimer->stop();
}

void ImageCompareView::refreshCanvases() {
    const ImagePair &pair = m_worker->pair();
    const bool both = hasBothSides();
    const bool loading = m_worker->isRunning();
    for (QAbstractButton *b : m_modes->buttons())
        b->setEnabled(both);
    m_modeOptions->setEnabled(both);
    const QRect box = pair.diff ? pair.diff->changedBox : QRect();
    const QString captionA = tr("A · %1").arg(m_labelA);
    const QString captionB = tr("B · %1").arg(m_labelB);
    m_canvasA->setOverlay({}, false);
    m_canvasA->setSplit(-1);
    m_canvasA->setBox(box);
    m_canvasB->setBox(box);
    m_canvasA->setPlaceholder(!m_error.isEmpty() ? m_error : loading ? tr("Loading…") : m_message);
    m_canvasB->setVisible(both && m_mode == Mode::SideBySide);
    if (!both) {
        const bool onlyA = !pair.imageA.isNull();
        m_canvasA->setImages(onlyA ? pair.imageA : pair.imageB);
        m_canvasA->setCaption(pair.imageA.isNull() && pair.imageB.isNull()
                                  ? QString()
                                  : (onlyA ? tr("Only in %1 (removed)").arg(m_labelA)
                                           : tr("Only in %1 (added)").arg(m_labelB)));
        updateBlinkTimer();
        return;
    }
    switch (m_mode) {
    case Mode::SideBySide:
        m_canvasA->setImages(pair.imageA);
        m_canvasA->setCaption(captionA);
        m_canvasB->setImages(pair.imageB);
        m_canvasB->setCaption(captionB);
        break;
    case Mode::Swipe:
        m_canvasA->setImages(pair.imageA, pair.imageB);
        m_canvasA->setSplit(swipePosition());
        m_canvasA->setCaption(tr("%1  ◂ A | B ▸  %2").arg(m_labelA, m_labelB));
        break;
    case Mode::Blink:
        m_canvasA->setImages(m_blinkShowsA ? pair.imageA : pair.imageB);
        m_canvasA->setCaption(m_blinkShowsA ? captionA : captionB);
        m_blinkSide->setText(m_blinkShowsA ? tr("Showing A") : tr("Showing B"));
        break;
    case Mode::Difference:
        m_canvasA->setImages(pair.imageA);
        m_canvasA->setOverlay(pair.heatmap, true, !heatmapOverA());
        m_canvasA->setCaption(heatmapOverA() ? tr("Difference over A") : tr("Difference"));
        break;
    }
    updateBlinkTimer();
}

void ImageCompareView::refreshStats() {
    const ImagePair &pair = m_worker->pair();
    QString text;
    if (!m_error.isEmpty()) {
        text = m_error;
    } else if (m_worker->isRunning() && !hasBothSides()) {
        text = tr("Decoding and comparing…");
    } else if (pair.diff) {
        const auto &d = *pair.diff;
        const QLocale locale;
        QStringList parts;
        if (d.isSame() && d.maxDifference == 0) {
            parts << tr("Identical pixels");
        } else if (d.changedPixels == 0) {
            parts << tr("No pixel differs by more than %1").arg(pair.threshold);
        } else {
            const double share = d.comparedPixels() > 0
                                     ? 100.0 * double(d.changedPixels) / double(d.comparedPixels())
                                     : 0.0;
            parts << tr("%1 changed pixels (%2%)")
                         .arg(locale.toString(d.changedPixels))
                         .arg(locale.toString(share, 'f', share < 0.1 ? 3 : 2));
        }
        parts << tr("SSIM %1").arg(locale.toString(d.ssim, 'f', 4));
        if (!d.changedBox.isEmpty())
            parts << tr("changed area %1 at (%2, %3)")
                         .arg(sizeText(d.changedBox.size()))
                         .arg(d.changedBox.x())
                         .arg(d.changedBox.y());
        if (d.sizeDiffers())
            parts << tr("sizes differ: %1 → %2, compared where they overlap")
                         .arg(sizeText(d.sizeA), sizeText(d.sizeB));
        else
            parts << sizeText(d.sizeA);
        if (pair.threshold > 0)
            parts << tr("threshold %1").arg(pair.threshold);
        text = parts.join(QStringLiteral(" · "));
    } else if (!pair.imageA.isNull() || !pair.imageB.isNull()) {
        const bool onlyA = !pair.imageA.isNull();
        text = tr("Only in %1 · %2")
                   .arg(onlyA ? m_labelA : m_labelB,
                        sizeText((onlyA ? pair.imageA : pair.imageB).size()));
    } else {
        text = m_message;
    }
    m_stats->setText(text);
}

} // namespace mlwb::widgets::datasets

#pragma once

#include <QWidget>

class QAction;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QProgressBar;
class QSlider;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace mlwb::widgets::datasets {

class ImageCanvas;
class ImageDiffWorker;
class ImageViewport;

// Compares two versions of one image: side by side (zoom and pan move both), a swipe
// line dragged across, blinking between them, or the difference heatmap with a
// threshold, over A or alone. SSIM, the changed-pixel count and the changed area's
// bounding box are shown; the box is outlined in every mode. With only one side
// (an added or removed file) the single image is shown.
class ImageCompareView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { SideBySide, Swipe, Blink, Difference };
    Q_ENUM(Mode)

    explicit ImageCompareView(QWidget *parent = nullptr);
    ~ImageCompareView() override;

    // Either file may be empty (the image is only on one side). Decoding and the
    // diff run in the background; statsChanged() follows.
    void setPair(const QString &fileA, const QString &fileB, const QString &labelA = {},
                 const QString &labelB = {});
    // Nothing to show; `message` says why (or what to do).
    void clear(const QString &message = {});

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    int threshold() const;
    void setThreshold(int threshold);
    bool heatmapOverA() const;
    void setHeatmapOverA(bool over);
    double swipePosition() const; // 0..1
    void setSwipePosition(double fraction);
    bool blinkShowsA() const { return m_blinkShowsA; }
    bool blinkPaused() const;
    void setBlinkPaused(bool paused);
    void setBlinkInterval(int ms);

    bool isComputing() const;
    QString statsText() const;
    // The changed area in image coordinates; empty when nothing changed.
    QRect changedBox() const;
    ImageCanvas *primaryCanvas() const { return m_canvasA; }
    ImageCanvas *secondaryCanvas() const { return m_canvasB; }
    // Modes, zoom and blink with their shortcuts (active while the view has focus).
    QList<QAction *> viewActions() const { return m_actions; }

Q_SIGNALS:
    void computingChanged(bool computing);
    void statsChanged();

private:
    QWidget *buildToolBar();
    QWidget *buildStatusBar();
    void createActions();
    void onDiffFinished();
    void onDiffFailed(const QString &message);
    void refreshCanvases();
    void refreshStats();
    void updateBlinkTimer();
    bool hasBothSides() const;

    ImageViewport *m_viewport;
    ImageCanvas *m_canvasA;
    ImageCanvas *m_canvasB;
    ImageDiffWorker *m_worker;
    QButtonGroup *m_modes;
    QStackedWidget *m_modeOptions;
    QSlider *m_swipe;
    QToolButton *m_blinkPause;
    QSpinBox *m_blinkInterval;
    QLabel *m_blinkSide;
    QSlider *m_threshold;
    QLabel *m_thresholdValue;
    QCheckBox *m_overA;
    QLabel *m_stats;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QTimer *m_blinkTimer;
    QTimer *m_thresholdDebounce;
    QList<QAction *> m_actions;
    Mode m_mode = Mode::SideBySide;
    QString m_labelA;
    QString m_labelB;
    QString m_error;
    QString m_message;
    bool m_blinkShowsA = true;
};

} // namespace mlwb::widgets::datasets

#include "datasets/imagecanvas.h"
#include "datasets/imagecompareview.h"
#include "datasets/imagediff.h"
#include "shared/theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::widgets::datasets;

namespace {

const QString pixelmatch = QStringLiteral(MLWB_FIXTURES "/images/pixelmatch/test/fixtures/");

QString fixture(const char *name) {
    return pixelmatch + QString::fromLatin1(name);
}

QAbstractButton *modeButton(ImageCompareView &view, ImageCompareView::Mode mode) {
    return view.findChild<QAbstractButton *>(QStringLiteral("mode%1").arg(int(mode)));
}

// Whether the canvas shows a pixel of `colour` within 3 pixels of `point`.
bool colourNear(const QImage &image, QPoint point, const QColor &colour) {
    for (int dy = -3; dy <= 3; ++dy) {
        for (int dx = -3; dx <= 3; ++dx) {
            const QPoint p = point + QPoint(dx, dy);
            if (!image.rect().contains(p))
                continue;
            const QColor c = image.pixelColor(p);
            if (std::abs(c.red() - colour.red()) < 24 &&
                std::abs(c.green() - colour.green()) < 24 &&
                std::abs(c.blue() - colour.blue()) < 24)
                return true;
        }
    }
    return false;
}

} // namespace

class tst_ImageCompareView : public QObject {
    Q_OBJECT

    // Shows a pair and waits until its statistics are there.
    static bool load(ImageCompareView &view, const QString &a, const QString &b) {
        QSignalSpy stats(&view, &ImageCompareView::statsChanged);
        view.setPair(a, b, QStringLiteral("v1"), QStringLiteral("v2"));
        return stats.wait(20000) && !view.isComputing();
    }

private Q_SLOTS:
    void initTestCase() { widgets::applyTheme(widgets::ThemeMode::Light); }

    void changedPairShowsStatsAndBox_data() {
        QTest::addColumn<QString>("pair");
        QTest::addColumn<qint64>("changed"); // pixelmatch's pairs at threshold 0
        QTest::newRow("3") << QStringLiteral("3") << qint64(583);
        QTest::newRow("5") << QStringLiteral("5") << qint64(256);
        QTest::newRow("6") << QStringLiteral("6") << qint64(4900);
    }
    void changedPairShowsStatsAndBox() {
        QFETCH(QString, pair);
        QFETCH(qint64, changed);
        ImageCompareView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(load(view, pixelmatch + pair + QStringLiteral("a.png"),
                     pixelmatch + pair + QStringLiteral("b.png")));
        const QString stats = view.statsText();
        QVERIFY2(stats.contains(QLocale().toString(changed) + QStringLiteral(" changed pixels")),
                 qPrintable(stats));
        QVERIFY2(stats.contains(QStringLiteral("SSIM 0.")), qPrintable(stats));
        // The box the statistics name is the one the library finds, and it is drawn.
        const auto diff = datasets::diffImages(pixelmatch + pair + QStringLiteral("a.png"),
                                               pixelmatch + pair + QStringLiteral("b.png"));
        QVERIFY(diff.has_value());
        const QRect box = view.changedBox();
        QCOMPARE(box, diff->changedBox);
        QVERIFY2(stats.contains(QStringLiteral("changed area %1×%2 at (%3, %4)")
                                    .arg(box.width())
                                    .arg(box.height())
                                    .arg(box.x())
                                    .arg(box.y())),
                 qPrintable(stats));
        ImageCanvas *canvas = view.primaryCanvas();
        QCOMPARE(canvas->box(), box);
        const QImage shot = canvas->grab().toImage();
        const QColor outline = widgets::diffForeground(widgets::DiffTone::Changed, view.palette());
        const QPointF corner = canvas->toWidget(box.topLeft()) * shot.devicePixelRatio();
        QVERIFY2(colourNear(shot, (corner - QPointF(2, 2)).toPoint(), outline),
                 "the changed area's outline is not drawn at its corner");
        // Side by side: B beside A, zoomed alike.
        QVERIFY(view.secondaryCanvas()->isVisible());
        QCOMPARE(view.secondaryCanvas()->box(), box);
    }

    void identicalPairReportsNoChange() {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.png"));
        QVERIFY(QFile::copy(fixture("4a.png"), copy));
        ImageCompareView view;
        QVERIFY(load(view, fixture("4a.png"), copy));
        QVERIFY2(view.statsText().startsWith(QStringLiteral("Identical pixels")),
                 qPrintable(view.statsText()));
        QVERIFY(view.statsText().contains(QStringLiteral("SSIM 1.0000")));
        QVERIFY(view.changedBox().isEmpty());
        QVERIFY(view.primaryCanvas()->box().isEmpty());
    }

    void modesSwitchLikeAUserWould() {
        ImageCompareView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(load(view, fixture("3a.png"), fixture("3b.png")));

        // Swipe: one canvas with the split line; the slider and the line move together.
        QTest::mouseClick(modeButton(view, ImageCompareView::Mode::Swipe), Qt::LeftButton);
        QCOMPARE(view.mode(), ImageCompareView::Mode::Swipe);
        QVERIFY(!view.secondaryCanvas()->isVisible());
        ImageCanvas *canvas = view.primaryCanvas();
        QCOMPARE(canvas->split(), 0.5);
        auto *slider = view.findChild<QSlider *>(QStringLiteral("swipeSlider"));
        QVERIFY(slider && slider->isVisible());
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_End);
        QCOMPARE(canvas->split(), 1.0);
        QTest::keyClick(slider, Qt::Key_Home);
        QCOMPARE(canvas->split(), 0.0);
        // Drag the line itself from the left edge to the middle of the image.
        const QRectF shown = canvas->imageRectOnScreen();
        const QPoint from(int(shown.left()) + 1, int(shown.center().y()));
        const QPoint to(int(shown.center().x()), int(shown.center().y()));
        QTest::mousePress(canvas, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, canvas->mapToGlobal(to), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
        QVERIFY2(std::abs(view.swipePosition() - 0.5) < 0.02,
                 qPrintable(QString::number(view.swipePosition())));

        // Blink: A and B take turns until paused.
        QTest::mouseClick(modeButton(view, ImageCompareView::Mode::Blink), Qt::LeftButton);
        view.setBlinkInterval(100);
        QVERIFY(view.blinkShowsA());
        QTRY_VERIFY(!view.blinkShowsA());
        QTRY_VERIFY(view.blinkShowsA());
        auto *pause = view.findChild<QAbstractButton *>(QStringLiteral("blinkPause"));
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(view.blinkPaused());
        QCOMPARE(pause->text(), QStringLiteral("Resume"));
        QVERIFY(canvas->caption().startsWith(view.blinkShowsA() ? QStringLiteral("A")
                                                                : QStringLiteral("B")));

        // Difference: raising the threshold to the largest difference leaves nothing changed.
        QTest::mouseClick(modeButton(view, ImageCompareView::Mode::Difference), Qt::LeftButton);
        QVERIFY(canvas->caption().contains(QStringLiteral("Difference")));
        const auto diff = datasets::diffImages(fixture("3a.png"), fixture("3b.png"));
        QVERIFY(diff.has_value());
        auto *threshold = view.findChild<QSlider *>(QStringLiteral("thresholdSlider"));
        QSignalSpy stats(&view, &ImageCompareView::statsChanged);
        threshold->setValue(diff->maxDifference);
        QVERIFY(stats.wait(20000));
        QVERIFY2(view.statsText().startsWith(QStringLiteral("No pixel differs by more than")),
                 qPrintable(view.statsText()));
        QVERIFY(view.changedBox().isEmpty());
        threshold->setValue(0);
        QVERIFY(stats.wait(20000));
        QVERIFY(view.statsText().contains(QStringLiteral("583 changed pixels")));
    }

    void zoomMovesBothSides() {
        ImageCompareView view;
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(load(view, fixture("1a.png"), fixture("1b.png")));
        ImageCanvas *a = view.primaryCanvas();
        ImageCanvas *b = view.secondaryCanvas();
        const double fit = a->effectiveScale();
        QVERIFY(fit < 1.0); // 512 px wide in a 450 px half
        view.primaryCanvas()->setFocus();
        QTest::keyClick(a, Qt::Key_1);
        QCOMPARE(a->effectiveScale(), 1.0);
        QCOMPARE(b->effectiveScale(), 1.0);
        QWheelEvent wheel(QPointF(100, 100), a->mapToGlobal(QPointF(100, 100)), {}, {0, 120},
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(a, &wheel);
        QCOMPARE(a->effectiveScale(), 1.25);
        QCOMPARE(b->effectiveScale(), 1.25);
        // The image point under the cursor stays under it.
        QVERIFY((a->toWidget(a->toImage(QPointF(100, 100))) - QPointF(100, 100)).manhattanLength() <
                0.5);
        // Panning A pans B the same way.
        const QPointF before = b->toWidget(QPointF(0, 0));
        QTest::mousePress(a, Qt::LeftButton, {}, QPoint(200, 200));
        QMouseEvent move(QEvent::MouseMove, QPointF(240, 210), a->mapToGlobal(QPointF(240, 210)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(a, &move);
        QTest::mouseRelease(a, Qt::LeftButton, {}, QPoint(240, 210));
        QCOMPARE(b->toWidget(QPointF(0, 0)), before + QPointF(40, 10));
        QTest::keyClick(a, Qt::Key_F);
        QCOMPARE(a->effectiveScale(), fit);
    }

    void singleImageOfAnAddedFile() {
        ImageCompareView view;
        QVERIFY(load(view, QString(), fixture("6b.png")));
        QCOMPARE(view.statsText(), QStringLiteral("Only in v2 · 256×256"));
        QVERIFY(!modeButton(view, ImageCompareView::Mode::Swipe)->isEnabled());
        QCOMPARE(view.primaryCanvas()->imageSize(), QSize(256, 256));
        QVERIFY(view.primaryCanvas()->caption().contains(QStringLiteral("added")));
    }

    void brokenImageIsNamed() {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.png"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a picture");
        f.close();
        ImageCompareView view;
        QVERIFY(load(view, fixture("1a.png"), broken));
        QVERIFY2(view.statsText().contains(broken), qPrintable(view.statsText()));
        QVERIFY(view.changedBox().isEmpty());
    }
};

QTEST_MAIN(tst_ImageCompareView)
#include "tst_imagecompareview.moc"

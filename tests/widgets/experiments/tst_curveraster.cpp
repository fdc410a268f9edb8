#include "experiments/curveraster.h"

#include <QPainter>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace mlwb::widgets::experiments;
using namespace Qt::StringLiterals;

namespace {

// x in [0, 100], y in [0, 10] over 200 x 100 pixels: one x unit is 2 pixels, one y unit 10.
PlotFrame frame(QSize size = {200, 100}) {
    PlotFrame f;
    f.size = size;
    f.x0 = 0;
    f.x1 = 100;
    f.y0 = 0;
    f.y1 = 10;
    return f;
}

DrawnCurve curve(QList<QPointF> points, QColor color, double width = 1.6) {
    DrawnCurve c;
    c.points = std::move(points);
    c.color = color;
    c.width = width;
    return c;
}

int alphaAt(const QImage &image, int x, int y) {
    return qAlpha(image.pixel(x, y));
}

// Rows of column x with any ink.
QList<int> inkedRows(const QImage &image, int x) {
    QList<int> rows;
    for (int y = 0; y < image.height(); ++y) {
        if (alphaAt(image, x, y) > 0)
            rows.append(y);
    }
    return rows;
}

} // namespace

class tst_CurveRaster : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void framesMapValuesBothWays() {
        PlotFrame f = frame();
        QCOMPARE(f.toX(50), 100.0);
        QCOMPARE(f.toY(10), 0.0);
        QCOMPARE(f.toY(0), 100.0);
        QCOMPARE(f.fromX(f.toX(37.5)), 37.5);
        QVERIFY(std::abs(f.fromY(f.toY(2.5)) - 2.5) < 1e-12);
        f.logY = true;
        f.y0 = 0.01;
        f.y1 = 100;
        QCOMPARE(f.toY(1), 50.0); // the middle decade of four
        QVERIFY(std::abs(f.fromY(25) - 10) < 1e-9);
        f.y0 = 0; // nothing is drawable on a log scale from 0
        QVERIFY(!f.isValid());
    }

    void aLevelLineInksItsRowsOnly() {
        const QImage image =
            rasterizeCurves({{}, {curve({{0, 4.95}, {100, 4.95}}, Qt::red)}}, frame(), 1.0);
        QCOMPARE(image.size(), QSize(200, 100));
        // y = 4.95 is the middle of row 50: a 1.6-pixel pen covers it whole and 0.3 of the
        // rows above and below.
        for (int x : {0, 57, 199}) {
            QCOMPARE(inkedRows(image, x), QList<int>({49, 50, 51}));
            QVERIFY(alphaAt(image, x, 49) < 128 && alphaAt(image, x, 51) < 128);
            QCOMPARE(image.pixel(x, 50), QColor(Qt::red).rgba());
        }
        QCOMPARE(alphaAt(image, 100, 10), 0);
        QCOMPARE(alphaAt(image, 100, 90), 0);
    }

    void imagesOfAnySizeAreDrawnWhole() {
        // Sizes that are no multiple of the blocks the pixels are moved in.
        for (const QSize size : {QSize(203, 101), QSize(7, 5), QSize(1, 3)}) {
            const QImage image =
                rasterizeCurves({{}, {curve({{0, 4.95}, {100, 4.95}}, Qt::red)}}, frame(size), 1.0);
            const QList<int> rows = inkedRows(image, 0);
            QVERIFY(!rows.isEmpty());
            for (int x = 0; x < size.width(); ++x)
                QCOMPARE(inkedRows(image, x), rows);
        }
    }

    void aOnePointSpikeIsDrawn() {
        // 1000 points over 200 columns, one of them far above the rest.
        QList<QPointF> points;
        for (int i = 0; i < 1000; ++i)
            points.append({i / 10.0, i == 613 ? 9.5 : 1.0});
        const QImage image = rasterizeCurves({{}, {curve(points, Qt::blue)}}, frame(), 1.0);
        const int column = int(frame().toX(61.3));
        QVERIFY(alphaAt(image, column, 10) > 0); // y = 9.5 is row 5; the climb passes row 10
        QVERIFY(alphaAt(image, column, 6) > 0);
        QCOMPARE(alphaAt(image, column - 4, 10), 0);
        QCOMPARE(alphaAt(image, column + 4, 10), 0);
    }

    void translucentLinesDoNotDarkenWhereSegmentsMeet() {
        // A zigzag of many short segments in a translucent colour: every inked pixel is at
        // most as opaque as the colour, as one stroke would be.
        QList<QPointF> points;
        for (int i = 0; i <= 200; ++i)
            points.append({i / 2.0, i % 2 ? 6.0 : 4.0});
        QColor color(Qt::darkGreen);
        color.setAlphaF(0.25);
        const QImage image = rasterizeCurves({{}, {curve(points, color, 1)}}, frame(), 1.0);
        int inked = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const int a = alphaAt(image, x, y);
                QVERIFY2(a <= color.alpha(), qPrintable(u"%1 at %2,%3"_s.arg(a).arg(x).arg(y)));
                inked += a > 0;
            }
        }
        QVERIFY(inked > 200 * 20); // the zigzag spans rows 40 to 60 in every column
    }

    void laterCurvesDrawOverEarlierOnes() {
        const QImage image = rasterizeCurves(
            {{}, {curve({{0, 5}, {100, 5}}, Qt::red, 3), curve({{0, 5}, {100, 5}}, Qt::blue, 3)}},
            frame(), 1.0);
        QCOMPARE(image.pixel(100, 50), QColor(Qt::blue).rgba());
    }

    void hiddenCurvesAndPointsOffThePlotLeaveNoInk() {
        DrawnCurve hidden = curve({{0, 5}, {100, 5}}, Qt::red);
        hidden.visible = false;
        const QImage image = rasterizeCurves(
            {{},
             {hidden, curve({{0, 50}, {100, 50}}, Qt::red), curve({{200, 5}, {300, 5}}, Qt::red)}},
            frame(), 1.0);
        QCOMPARE(image.pixel(10, 50), 0u);
        for (int x = 0; x < image.width(); x += 7)
            QVERIFY(inkedRows(image, x).isEmpty());
    }

    void bandsFillBetweenTheirEdges() {
        DrawnBand band{u"g"_s, {{0, 8}, {100, 8}}, {{0, 2}, {100, 2}}, QColor(0, 0, 255, 64)};
        const QImage image = rasterizeCurves({{band}, {}}, frame(), 1.0);
        QVERIFY(alphaAt(image, 50, 50) > 0);  // y = 5
        QVERIFY(alphaAt(image, 50, 25) > 0);  // y = 7.5
        QCOMPARE(alphaAt(image, 50, 10), 0);  // y = 9, above the band
        QCOMPARE(alphaAt(image, 50, 90), 0);  // y = 1, below it
        QCOMPARE(alphaAt(image, 50, 50), 64); // filled once, not once per edge
    }

    void highDensityScreensGetWiderPens() {
        const CurveScene scene{{}, {curve({{0, 5}, {100, 5}}, Qt::red, 2)}};
        const QImage x1 = rasterizeCurves(scene, frame(), 1.0);
        const QImage x2 = rasterizeCurves(scene, frame(QSize(400, 200)), 2.0);
        QCOMPARE(inkedRows(x2, 100).size(), 2 * inkedRows(x1, 50).size());
    }

    void thickPensAreThickOnSteepLinesToo() {
        // A vertical line at column 64 (where one band of columns ends and the next begins)
        // in a 3.2-pixel pen inks the columns beside it; a 1-pixel pen only its own.
        for (const auto &[width, columns] : {std::pair(3.2, 3), std::pair(1.0, 1)}) {
            const QImage image = rasterizeCurves(
                {{}, {curve({{32.2, 1}, {32.2, 9}}, Qt::red, width)}}, frame(), 1.0);
            int inked = 0;
            for (int x = 60; x < 69; ++x)
                inked += alphaAt(image, x, 50) > 0;
            QCOMPARE(inked, columns);
            QVERIFY(alphaAt(image, 64, 50) == 255);
        }
    }

    void manyCurvesAreDrawnOnSeveralThreadsAlike() {
        // Enough points to be split between threads: each column shows the curve drawn last
        // there, the same as drawing on one thread would.
        CurveScene scene;
        for (int r = 0; r < 60; ++r) {
            QList<QPointF> points;
            for (int i = 0; i < 2000; ++i)
                points.append({i / 20.0, 1 + 8 * std::abs(std::sin(i / 50.0 + r))});
            scene.curves.append(curve(points, QColor::fromHsv(r * 6, 255, 200), 1.6));
        }
        QVERIFY(scene.pointCount() > 100'000);
        const QImage whole = rasterizeCurves(scene, frame(QSize(800, 400)), 1.0);
        // The last curve, alone, inks its pixels with its own colour in the full image too.
        const CurveScene last{{}, {scene.curves.constLast()}};
        const QImage alone = rasterizeCurves(last, frame(QSize(800, 400)), 1.0);
        int compared = 0;
        for (int y = 0; y < alone.height(); ++y) {
            for (int x = 0; x < alone.width(); ++x) {
                if (qAlpha(alone.pixel(x, y)) == 255) {
                    QCOMPARE(whole.pixel(x, y), alone.pixel(x, y));
                    ++compared;
                }
            }
        }
        QVERIFY(compared > 800);
    }

    void curvesHiddenByLaterOnesChangeNothing() {
        // A bundle of opaque curves over each other, translucent ones among them and a thick
        // one on top: where later opaque curves cover earlier ones whole, those are left out.
        // The picture must be what drawing each curve alone and laying the images over each
        // other in order gives (Qt's source-over, the same arithmetic; ±1 for rounding).
        CurveScene scene;
        for (int r = 0; r < 40; ++r) {
            QList<QPointF> points;
            for (int i = 0; i <= 400; ++i)
                points.append({i / 4.0, 5 + 0.6 * std::sin(i / 9.0 + r * 0.05) + 0.02 * r});
            QColor color = QColor::fromHsv(r * 9, 255, 200);
            if (r % 7 == 3)
                color.setAlpha(90);
            scene.curves.append(curve(points, color, r == 39 ? 4.0 : 1.6 + (r % 3)));
        }
        const PlotFrame f = frame(QSize(400, 200));
        const QImage whole = rasterizeCurves(scene, f, 1.0);
        QImage layered(f.size, QImage::Format_ARGB32_Premultiplied);
        layered.fill(Qt::transparent);
        QPainter painter(&layered);
        for (const DrawnCurve &c : std::as_const(scene.curves))
            painter.drawImage(0, 0, rasterizeCurves({{}, {c}}, f, 1.0));
        painter.end();
        int inked = 0;
        for (int y = 0; y < whole.height(); ++y) {
            for (int x = 0; x < whole.width(); ++x) {
                const QRgb a = whole.pixel(x, y);
                const QRgb b = layered.pixel(x, y);
                for (int shift : {0, 8, 16, 24})
                    QVERIFY2(
                        std::abs(int((a >> shift) & 0xff) - int((b >> shift) & 0xff)) <= 1,
                        qPrintable(u"%1,%2: %3 vs %4"_s.arg(x).arg(y).arg(a, 8, 16).arg(b, 8, 16)));
                inked += qAlpha(a) > 0;
            }
        }
        QVERIFY(inked > 400 * 20);
    }

    void vectorsGoToSvg() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"curves.svg"_s);
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(200, 100));
        {
            QPainter painter(&svg);
            paintCurveVectors(painter, QRectF(0, 0, 200, 100),
                              {{}, {curve({{0, 1}, {50, 9}, {100, 1}}, Qt::red)}}, frame());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("<polyline") || text.contains("<path"));
        QVERIFY2(text.contains("100,10"), text.constData()); // the peak at (50, 9)
    }
};

QTEST_MAIN(tst_CurveRaster)
#include "tst_curveraster.moc"

#include "datasets/imagediff.h"

#include "tabletestfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

using namespace mlwb;
using namespace mlwb::datasets;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString pixelmatch = QStringLiteral(MLWB_FIXTURES "/images/pixelmatch/test/fixtures/");

ImageDiff diffOf(const QString &a, const QString &b, const ImageDiffOptions &options = {}) {
    auto diff = diffImages(a, b, options);
    if (!diff)
        qFatal("%s", qPrintable(diff.error().toString()));
    return std::move(*diff);
}

// pixelmatch draws its diff image as a faded grey copy of the input with the
// differing pixels in colour: the coloured pixels are what it saw change.
struct MarkedChange {
    QRect box;
    qint64 pixels = 0;
};
MarkedChange markedChange(const QString &diffImage) {
    const cv::Mat m = cv::imread(diffImage.toStdString(), cv::IMREAD_COLOR);
    if (m.empty())
        qFatal("cannot read %s", qPrintable(diffImage));
    MarkedChange out;
    int x0 = m.cols, y0 = m.rows, x1 = -1, y1 = -1;
    for (int y = 0; y < m.rows; ++y) {
        for (int x = 0; x < m.cols; ++x) {
            const cv::Vec3b p = m.at<cv::Vec3b>(y, x);
            if (p[0] == p[1] && p[1] == p[2])
                continue;
            ++out.pixels;
            x0 = std::min(x0, x);
            y0 = std::min(y0, y);
            x1 = std::max(x1, x);
            y1 = std::max(y1, y);
        }
    }
    if (out.pixels > 0)
        out.box = QRect(QPoint(x0, y0), QPoint(x1, y1));
    return out;
}

} // namespace

class TestImageDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void identicalPairsReportNoChange_data() {
        QTest::addColumn<QString>("name");
        for (const char *n : {"1a", "2a", "3a", "4a", "5a", "6a", "7a", "8a"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void identicalPairsReportNoChange() {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"copy.png"_s);
        QVERIFY(QFile::copy(pixelmatch + name + u".png"_s, copy));
        const ImageDiff d = diffOf(pixelmatch + name + u".png"_s, copy);
        QVERIFY(d.isSame());
        QCOMPARE(d.changedPixels, 0);
        QVERIFY(d.changedBox.isEmpty());
        QCOMPARE(d.ssim, 1.0);
        QCOMPARE(d.maxDifference, 0);
        QCOMPARE(cv::countNonZero(cv::Mat(d.heatmap.size(), CV_8U, cv::Scalar(0)) == 0),
                 int(d.comparedPixels()));
    }

    // ImageMagick's `compare -metric AE` counts for the same pairs (fuzz 0).
    void changedPairsContainTheMarkedArea_data() {
        QTest::addColumn<QString>("pair");
        QTest::addColumn<qint64>("magickAE");
        QTest::newRow("1") << u"1"_s << qint64(12933);
        QTest::newRow("2") << u"2"_s << qint64(31695);
        QTest::newRow("3") << u"3"_s << qint64(583);
        QTest::newRow("4") << u"4"_s << qint64(69117);
        QTest::newRow("5") << u"5"_s << qint64(256);
        QTest::newRow("6") << u"6"_s << qint64(4900);
        QTest::newRow("7") << u"7"_s << qint64(7575);
    }
    void changedPairsContainTheMarkedArea() {
        QFETCH(QString, pair);
        QFETCH(qint64, magickAE);
        const ImageDiff d = diffOf(pixelmatch + pair + u"a.png"_s, pixelmatch + pair + u"b.png"_s);
        QVERIFY(!d.isSame());
        QVERIFY(!d.sizeDiffers());
        const MarkedChange marked = markedChange(pixelmatch + pair + u"diff.png"_s);
        QVERIFY(marked.pixels > 0);
        QVERIFY2(d.changedBox.contains(marked.box),
                 qPrintable(u"ours %1,%2 %3x%4, marked %5,%6 %7x%8"_s.arg(d.changedBox.x())
                                .arg(d.changedBox.y())
                                .arg(d.changedBox.width())
                                .arg(d.changedBox.height())
                                .arg(marked.box.x())
                                .arg(marked.box.y())
                                .arg(marked.box.width())
                                .arg(marked.box.height())));
        QVERIFY(d.changedPixels >= marked.pixels);
        QCOMPARE(d.changedPixels, magickAE);
        QVERIFY(d.ssim < 1.0);
        QVERIFY(d.ssim > -1.0);
        // The heatmap shows exactly the changed pixels.
        QCOMPARE(d.heatmap.cols, d.compared.width());
        cv::Mat alpha;
        cv::extractChannel(d.heatmap, alpha, 3);
        QCOMPARE(qint64(cv::countNonZero(alpha)), d.changedPixels);
    }

    void thresholdHidesSmallDifferences() {
        const QString a = pixelmatch + u"3a.png"_s;
        const QString b = pixelmatch + u"3b.png"_s;
        const ImageDiff all = diffOf(a, b);
        ImageDiffOptions options;
        options.threshold = all.maxDifference;
        QCOMPARE(diffOf(a, b, options).changedPixels, 0);
        options.threshold = all.maxDifference - 1;
        QVERIFY(diffOf(a, b, options).changedPixels > 0);
    }

    // Structure kept, brightness changed a little: high but not perfect SSIM; noise: low.
    void ssimOrdersDistortions() {
        cv::Mat base(128, 128, CV_8UC4);
        cv::randu(base, 0, 256);
        cv::Mat brighter = base + cv::Scalar(5, 5, 5, 0);
        cv::Mat noise(128, 128, CV_8UC4);
        cv::randu(noise, 0, 256);
        const double mild = diffImages(base, brighter).ssim;
        const double strong = diffImages(base, noise).ssim;
        QVERIFY2(mild > 0.95 && mild < 1.0, qPrintable(QString::number(mild)));
        QVERIFY2(strong < 0.2, qPrintable(QString::number(strong)));
    }

    void differentSizesCompareTheOverlap() {
        const ImageDiff d = diffOf(pixelmatch + u"1a.png"_s, pixelmatch + u"2a.png"_s);
        QVERIFY(d.sizeDiffers());
        QVERIFY(!d.isSame());
        QCOMPARE(d.sizeA, QSize(512, 256));
        QCOMPARE(d.sizeB, QSize(256, 256));
        QCOMPARE(d.compared, QRect(0, 0, 256, 256));
    }

    void brokenImageNamesTheFile_data() {
        QTest::addColumn<QByteArray>("bytes");
        QFile png(pixelmatch + u"1a.png"_s);
        QVERIFY(png.open(QIODevice::ReadOnly));
        QTest::newRow("not an image") << "this is not a picture"_ba;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("png header only") << png.read(40);
    }
    void brokenImageNamesTheFile() {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString broken = writeFile(dir, u"broken.png"_s, bytes);
        auto d = diffImages(pixelmatch + u"1a.png"_s, broken);
        QVERIFY(!d);
        QVERIFY2(d.error().toString().contains(broken), qPrintable(d.error().toString()));
        auto missing = loadImage(dir.filePath(u"missing.png"_s));
        QVERIFY(!missing);
        QVERIFY(missing.error().toString().contains(u"missing.png"_s));
    }

    void thumbnailKeepsAspectAndSide_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("jpeg, decoded reduced") << u"big.jpg"_s;
        QTest::newRow("png") << u"big.png"_s;
    }
    void thumbnailKeepsAspectAndSide() {
        QFETCH(QString, name);
        QTemporaryDir dir;
        cv::Mat big(1200, 1600, CV_8UC3, cv::Scalar(30, 120, 200));
        const QString path = dir.filePath(name);
        QVERIFY(cv::imwrite(path.toStdString(), big));
        auto thumb = loadThumbnail(path, 200);
        QVERIFY(thumb);
        QCOMPARE(thumb->cols, 200);
        QCOMPARE(thumb->rows, 150);
        const cv::Vec3b centre = thumb->at<cv::Vec3b>(75, 100);
        QVERIFY(std::abs(centre[2] - 200) < 8); // colours survive
        auto small = loadThumbnail(pixelmatch + u"5a.png"_s, 1000);
        QVERIFY(small);
        QCOMPARE(small->cols, 256); // never enlarged
    }
};

QTEST_GUILESS_MAIN(TestImageDiff)
#include "tst_imagediff.moc"

#include "imagediff.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace mlwb::datasets {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

// Reads the bytes ourselves: imdecode reports a broken file as an empty image
// instead of printing to stderr, and works for any path encoding.
Result<cv::Mat> decode(const QString &path, int flags) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("read image %1").arg(path), file.errorString(),
                    tr("check the path and that the file is readable"));
    const QByteArray bytes = file.readAll();
    cv::Mat image;
    try {
        const cv::Mat raw(1, int(bytes.size()), CV_8U, const_cast<char *>(bytes.constData()));
        image = cv::imdecode(raw, flags);
    } catch (const cv::Exception &e) {
        return fail(tr("read image %1").arg(path), QString::fromStdString(e.msg),
                    tr("the file is broken or not an image; replace it"));
    }
    if (image.empty())
        return fail(tr("read image %1").arg(path),
                    bytes.isEmpty() ? tr("the file is empty")
                                    : tr("not a readable image (broken or unsupported format)"),
                    tr("the file is broken or not an image; replace it"));
    return image;
}

cv::Mat toBgra8(const cv::Mat &in) {
    cv::Mat m = in;
    if (m.depth() != CV_8U) {
        cv::Mat scaled;
        const double scale = m.depth() == CV_16U ? 1.0 / 257 : m.depth() == CV_32F ? 255 : 1;
        m.convertTo(scaled, CV_8U, scale);
        m = scaled;
    }
    cv::Mat out;
    switch (m.channels()) {
    case 1:
        cv::cvtColor(m, out, cv::COLOR_GRAY2BGRA);
        break;
    case 3:
        cv::cvtColor(m, out, cv::COLOR_BGR2BGRA);
        break;
    default:
        out = m;
    }
    return out;
}

// Width and height from a JPEG's start-of-frame marker; invalid for anything else.
QSize jpegSize(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(1 << 16);
    const auto byte = [&](qsizetype i) { return i < head.size() ? quint8(head[i]) : 0; };
    if (byte(0) != 0xFF || byte(1) != 0xD8)
        return {};
    qsizetype i = 2;
    while (i + 9 < head.size() && byte(i) == 0xFF) {
        const int marker = byte(i + 1);
        const int length = byte(i + 2) << 8 | byte(i + 3);
        const bool sof =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof)
            return QSize(byte(i + 7) << 8 | byte(i + 8), byte(i + 5) << 8 | byte(i + 6));
        i += 2 + length;
    }
    return {};
}

} // namespace

bool isImageFile(const QString &path) {
    static const QStringList extensions{QStringLiteral("png"),  QStringLiteral("jpg"),
                                        QStringLiteral("jpeg"), QStringLiteral("bmp"),
                                        QStringLiteral("tif"),  QStringLiteral("tiff"),
                                        QStringLiteral("webp")};
    return extensions.contains(QFileInfo(path).suffix().toLower());
}

Result<cv::Mat> loadImage(const QString &path) {
    MLWB_ASSIGN_OR_RETURN(cv::Mat image, decode(path, cv::IMREAD_UNCHANGED));
    return toBgra8(image);
}

Result<cv::Mat> loadThumbnail(const QString &path, int maxSide) {
    maxSide = std::max(maxSide, 1);
    int flags = cv::IMREAD_COLOR;
    if (const QSize size = jpegSize(path); size.isValid()) {
        // Let the JPEG decoder skip detail: the largest reduction that keeps maxSide.
        const int side = std::max(size.width(), size.height());
        flags = side >= maxSide * 8   ? cv::IMREAD_REDUCED_COLOR_8
                : side >= maxSide * 4 ? cv::IMREAD_REDUCED_COLOR_4
                : side >= maxSide * 2 ? cv::IMREAD_REDUCED_COLOR_2
                                      : cv::IMREAD_COLOR;
    }
    MLWB_ASSIGN_OR_RETURN(cv::Mat image, decode(path, flags));
    if (image.cols <= maxSide && image.rows <= maxSide)
        return image;
    cv::Mat out;
    const double f = double(maxSide) / std::max(image.cols, image.rows);
    cv::resize(image, out, cv::Size(), f, f, cv::INTER_AREA);
    return out;
}

namespace {

constexpr int ssimRadius = 5; // the 11×11 window
constexpr int tileSide = 128;

cv::Mat grayFloat(const cv::Mat &in) {
    cv::Mat gray = in;
    if (in.channels() == 4)
        cv::cvtColor(in, gray, cv::COLOR_BGRA2GRAY);
    else if (in.channels() == 3)
        cv::cvtColor(in, gray, cv::COLOR_BGR2GRAY);
    cv::Mat out;
    gray.convertTo(out, CV_32F);
    return out;
}

// Sum of the SSIM map over `m`, a rectangle of two images of one size (gray or
// BGR(A), 8-bit). The inputs are taken from `m` widened by the window radius, so
// that the sum equals that part of the whole image's map: where the widened
// rectangle stops at the image edge, its reflected border is the image's.
double ssimSum(const cv::Mat &a, const cv::Mat &b, const cv::Rect &m) {
    constexpr float c1 = (0.01f * 255) * (0.01f * 255);
    constexpr float c2 = (0.03f * 255) * (0.03f * 255);
    const cv::Rect e = cv::Rect(m.x - ssimRadius, m.y - ssimRadius, m.width + 2 * ssimRadius,
                                m.height + 2 * ssimRadius) &
                       cv::Rect(0, 0, a.cols, a.rows);
    const cv::Mat x = grayFloat(a(e));
    const cv::Mat y = grayFloat(b(e));
    cv::Mat xx = x.mul(x);
    cv::Mat yy = y.mul(y);
    cv::Mat xy = x.mul(y);
    cv::Mat mx;
    cv::Mat my;
    const cv::Size window(2 * ssimRadius + 1, 2 * ssimRadius + 1);
    cv::GaussianBlur(x, mx, window, 1.5);
    cv::GaussianBlur(y, my, window, 1.5);
    for (cv::Mat *moment : {&xx, &yy, &xy})
        cv::GaussianBlur(*moment, *moment, window, 1.5);
    const cv::Point o = m.tl() - e.tl();
    double sum = 0;
    for (int r = o.y; r < o.y + m.height; ++r) {
        const float *pmx = mx.ptr<float>(r);
        const float *pmy = my.ptr<float>(r);
        const float *pxx = xx.ptr<float>(r);
        const float *pyy = yy.ptr<float>(r);
        const float *pxy = xy.ptr<float>(r);
        float rowSum = 0;
        for (int c = o.x; c < o.x + m.width; ++c) {
            const float mxy = pmx[c] * pmy[c];
            const float mx2 = pmx[c] * pmx[c];
            const float my2 = pmy[c] * pmy[c];
            const float numerator = (2 * mxy + c1) * (2 * (pxy[c] - mxy) + c2);
            const float denominator = (mx2 + my2 + c1) * ((pxx[c] - mx2) + (pyy[c] - my2) + c2);
            rowSum += numerator / denominator;
        }
        sum += rowSum;
    }
    return sum;
}

// The largest channel difference of each pixel (8-bit, one channel).
cv::Mat largestChannelDifference(const cv::Mat &a, const cv::Mat &b) {
    cv::Mat diff;
    cv::absdiff(a, b, diff);
    cv::Mat out(diff.rows, diff.cols, CV_8U);
    const int channels = diff.channels();
    for (int r = 0; r < diff.rows; ++r) {
        const uchar *d = diff.ptr<uchar>(r);
        uchar *p = out.ptr<uchar>(r);
        if (channels == 4) {
            for (int c = 0; c < diff.cols; ++c)
                p[c] = std::max(std::max(d[4 * c], d[4 * c + 1]),
                                std::max(d[4 * c + 2], d[4 * c + 3]));
        } else {
            for (int c = 0; c < diff.cols; ++c) {
                uchar v = 0;
                for (int k = 0; k < channels; ++k)
                    v = std::max(v, d[channels * c + k]);
                p[c] = v;
            }
        }
    }
    return out;
}

// Counts the pixels above `threshold` and widens `box` (x0, y0, x1, y1) around them.
qint64 countChanged(const cv::Mat &perPixel, int threshold, cv::Rect tile, int box[4]) {
    qint64 count = 0;
    const auto t = uchar(threshold);
    for (int r = tile.y; r < tile.y + tile.height; ++r) {
        const uchar *p = perPixel.ptr<uchar>(r) + tile.x;
        int n = 0;
        for (int c = 0; c < tile.width; ++c)
            n += p[c] > t;
        if (n == 0)
            continue;
        count += n;
        int first = 0;
        while (p[first] <= t)
            ++first;
        int last = tile.width - 1;
        while (p[last] <= t)
            --last;
        box[0] = std::min(box[0], tile.x + first);
        box[1] = std::min(box[1], r);
        box[2] = std::max(box[2], tile.x + last);
        box[3] = std::max(box[3], r);
    }
    return count;
}

// Changed pixels coloured by how much they changed, the rest transparent.
void paintHeatmap(const cv::Mat &perPixel, int threshold, double maxValue, const cv::Rect &tile,
                  cv::Mat &heatmap) {
    cv::Mat stretched;
    perPixel(tile).convertTo(stretched, CV_8U, maxValue > 0 ? 255.0 / maxValue : 1.0);
    cv::Mat colours;
    cv::applyColorMap(stretched, colours, cv::COLORMAP_INFERNO);
    for (int r = 0; r < tile.height; ++r) {
        const uchar *p = perPixel.ptr<uchar>(tile.y + r) + tile.x;
        const uchar *bgr = colours.ptr<uchar>(r);
        uchar *out = heatmap.ptr<uchar>(tile.y + r) + 4 * tile.x;
        for (int c = 0; c < tile.width; ++c) {
            if (p[c] <= threshold)
                continue;
            out[4 * c] = bgr[3 * c];
            out[4 * c + 1] = bgr[3 * c + 1];
            out[4 * c + 2] = bgr[3 * c + 2];
            out[4 * c + 3] = 255;
        }
    }
}

} // namespace

double structuralSimilarity(const cv::Mat &grayA, const cv::Mat &grayB) {
    if (grayA.empty())
        return 1;
    return ssimSum(grayA, grayB, cv::Rect(0, 0, grayA.cols, grayA.rows)) /
           (double(grayA.cols) * grayA.rows);
}

// One pass for the per-pixel difference, then work per tile: counts and box, the
// heatmap only where pixels changed, and SSIM only near differences (elsewhere
// both windows hold the same pixels and the map is exactly 1).
ImageDiff diffImages(const cv::Mat &a, const cv::Mat &b, const ImageDiffOptions &options) {
    ImageDiff out;
    out.sizeA = QSize(a.cols, a.rows);
    out.sizeB = QSize(b.cols, b.rows);
    const cv::Rect overlap(0, 0, std::min(a.cols, b.cols), std::min(a.rows, b.rows));
    out.compared = QRect(0, 0, overlap.width, overlap.height);
    if (overlap.empty())
        return out;
    const cv::Mat ra = toBgra8(a)(overlap);
    const cv::Mat rb = toBgra8(b)(overlap);
    const cv::Mat perPixel = largestChannelDifference(ra, rb);
    double maxValue = 0;
    cv::minMaxLoc(perPixel, nullptr, &maxValue);
    out.maxDifference = int(maxValue);
    const int threshold = std::clamp(options.threshold, 0, 255);
    if (options.heatmap)
        out.heatmap = cv::Mat::zeros(overlap.size(), CV_8UC4);
    if (maxValue == 0)
        return out;
    int box[4] = {overlap.width, overlap.height, -1, -1};
    double ssimTotal = 0;
    qint64 ssimPixels = 0;
    for (int y = 0; y < overlap.height; y += tileSide) {
        for (int x = 0; x < overlap.width; x += tileSide) {
            const cv::Rect tile = cv::Rect(x, y, tileSide, tileSide) & overlap;
            if (maxValue > threshold) {
                const qint64 changed = countChanged(perPixel, threshold, tile, box);
                out.changedPixels += changed;
                if (changed > 0 && options.heatmap)
                    paintHeatmap(perPixel, threshold, maxValue, tile, out.heatmap);
            }
            const cv::Rect near =
                cv::Rect(x - ssimRadius, y - ssimRadius, tile.width + 2 * ssimRadius,
                         tile.height + 2 * ssimRadius) &
                overlap;
            if (cv::countNonZero(perPixel(near)) > 0) {
                ssimTotal += ssimSum(ra, rb, tile);
                ssimPixels += qint64(tile.area());
            }
        }
    }
    if (out.changedPixels > 0)
        out.changedBox = QRect(QPoint(box[0], box[1]), QPoint(box[2], box[3]));
    const double pixels = double(overlap.width) * overlap.height;
    out.ssim = (ssimTotal + double(qint64(pixels) - ssimPixels)) / pixels;
    return out;
}

Result<ImageDiff> diffImages(const QString &pathA, const QString &pathB,
                             const ImageDiffOptions &options) {
    MLWB_ASSIGN_OR_RETURN(cv::Mat a, loadImage(pathA));
    MLWB_ASSIGN_OR_RETURN(cv::Mat b, loadImage(pathB));
    ImageDiff out = diffImages(a, b, options);
    out.pathA = pathA;
    out.pathB = pathB;
    return out;
}

} // namespace mlwb::datasets

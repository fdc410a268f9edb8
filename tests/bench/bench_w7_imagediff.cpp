// W7: image diff time per megapixel after decode.
// Usage: bench_w7_imagediff --generate A.png B.png [WIDTH HEIGHT]   writes a photo-like pair
//        bench_w7_imagediff A.png B.png                             prints one JSON object
#include "datasets/imagediff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace mlwb;

namespace {

int generate(const QStringList &args) {
    const int width = args.size() > 3 ? args[3].toInt() : 4000;
    const int height = args.size() > 4 ? args[4].toInt() : 3000;
    cv::RNG rng(7);
    cv::Mat a(height, width, CV_8UC3);
    rng.fill(a, cv::RNG::UNIFORM, 0, 256);
    cv::GaussianBlur(a, a, cv::Size(0, 0), 6); // smooth, photo-like texture
    cv::normalize(a, a, 0, 255, cv::NORM_MINMAX);
    cv::Mat b = a.clone();
    // A few edited regions: ~1% of the pixels.
    for (int i = 0; i < 8; ++i) {
        const cv::Rect r(rng.uniform(0, width - width / 20), rng.uniform(0, height - height / 20),
                         width / 20, height / 20);
        b(r) += cv::Scalar(40, -20, 25);
    }
    if (!cv::imwrite(args[1].toStdString(), a) || !cv::imwrite(args[2].toStdString(), b)) {
        std::fprintf(stderr, "cannot write the images\n");
        return 2;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 3 && args[0] == QStringLiteral("--generate"))
        return generate(args);
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_w7_imagediff [--generate] A.png B.png\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    auto a = datasets::loadImage(args[0]);
    auto b = datasets::loadImage(args[1]);
    if (!a || !b) {
        std::fprintf(stderr, "%s\n", qPrintable((a ? b.error() : a.error()).toString()));
        return 2;
    }
    const double decodeMs = timer.nsecsElapsed() / 1e6;
    const double megapixels = double(a->cols) * a->rows / 1e6;
    // Wall and process CPU time (all threads): on a busy machine the wall time includes waiting.
    // Medians of 7 runs: wall and CPU milliseconds.
    qint64 changed = 0;
    auto measure = [&](bool heatmap) {
        std::vector<double> times;
        std::vector<double> cpu;
        datasets::ImageDiffOptions options;
        options.heatmap = heatmap;
        for (int i = 0; i < 7; ++i) {
            timer.restart();
            const std::clock_t start = std::clock();
            const datasets::ImageDiff d = datasets::diffImages(*a, *b, options);
            cpu.push_back(double(std::clock() - start) * 1000 / CLOCKS_PER_SEC);
            times.push_back(timer.nsecsElapsed() / 1e6);
            changed = d.changedPixels;
        }
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        return std::pair{times[times.size() / 2], cpu[cpu.size() / 2]};
    };
    // As `mlwb data diff A B` runs it (no heatmap), and with the heatmap the panel shows.
    const auto [median, cpuMedian] = measure(false);
    const auto [heatMedian, heatCpu] = measure(true);
    const QJsonObject out{{QStringLiteral("megapixels"), megapixels},
                          {QStringLiteral("decode_ms"), decodeMs},
                          {QStringLiteral("diff_ms"), median},
                          {QStringLiteral("ms_per_mp"), median / megapixels},
                          {QStringLiteral("cpu_ms_per_mp"), cpuMedian / megapixels},
                          {QStringLiteral("heatmap_ms_per_mp"), heatMedian / megapixels},
                          {QStringLiteral("heatmap_cpu_ms_per_mp"), heatCpu / megapixels},
                          {QStringLiteral("changed_pixels"), changed}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

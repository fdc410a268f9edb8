#pragma once

#include "core/error.h"

#include <QRect>
#include <QSize>
#include <QString>

#include <opencv2/core/mat.hpp>

namespace mlwb::datasets {

struct ImageDiffOptions {
    // A pixel counts as changed when one of its channels (B, G, R, alpha) differs by
    // more than this (0..255).
    int threshold = 0;
    bool heatmap = true;
};

struct ImageDiff {
    QString pathA;
    QString pathB;
    QSize sizeA;
    QSize sizeB;
    // Images of different sizes are compared on their overlap, aligned at the top-left
    // corner; nothing is resized. `compared` is that overlap.
    QRect compared;
    qint64 changedPixels = 0; // in the overlap
    QRect changedBox;         // bounding box of the changed pixels; empty when none
    int maxDifference = 0;    // largest channel difference (0..255)
    // Mean SSIM (Wang et al. 2004) of the grayscale images: 11×11 Gaussian window,
    // σ = 1.5, K1 = 0.01, K2 = 0.03; borders reflected, so the map covers every pixel.
    double ssim = 1;
    // 8-bit BGRA, size of the overlap: changed pixels coloured by how much they
    // changed (inferno colour map), unchanged ones fully transparent. Draw it over A.
    cv::Mat heatmap;

    bool sizeDiffers() const { return sizeA != sizeB; }
    bool isSame() const { return !sizeDiffers() && changedPixels == 0; }
    qint64 comparedPixels() const { return qint64(compared.width()) * compared.height(); }
};

// Decodes an image as 8-bit BGRA (gray, BGR and 16-bit images are converted);
// a missing, unreadable or broken file fails naming it.
Result<cv::Mat> loadImage(const QString &path);
// A decoded image no larger than maxSide on either side, decoded at 1/2, 1/4 or 1/8
// scale by the codec where possible (JPEG), then resized. 8-bit BGR(A).
Result<cv::Mat> loadThumbnail(const QString &path, int maxSide);

ImageDiff diffImages(const cv::Mat &a, const cv::Mat &b, const ImageDiffOptions &options = {});
Result<ImageDiff> diffImages(const QString &pathA, const QString &pathB,
                             const ImageDiffOptions &options = {});
// Mean SSIM of two 8-bit single-channel images of one size.
double structuralSimilarity(const cv::Mat &grayA, const cv::Mat &grayB);

bool isImageFile(const QString &path); // by extension: png, jpg, jpeg, bmp, tif, tiff, webp

} // namespace mlwb::datasets

#include "runcolors.h"

#include "shared/theme.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace mlwb::widgets::experiments {

namespace {

// OKLab (Björn Ottosson): distances in it follow perceived colour difference.
using Lab = std::array<double, 3>;

double toLinear(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double fromLinear(double c) {
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
}

Lab toOkLab(const QColor &color) {
    const QColor c = color.toRgb();
    const double r = toLinear(c.redF());
    const double g = toLinear(c.greenF());
    const double b = toLinear(c.blueF());
    const double l = std::cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
    const double m = std::cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
    const double s = std::cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
    return {0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
            1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
            0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s};
}

// Linear sRGB of an OKLab colour; components outside 0..1 are out of gamut.
std::array<double, 3> toLinearRgb(double L, double a, double b) {
    const double l = std::pow(L + 0.3963377774 * a + 0.2158037573 * b, 3);
    const double m = std::pow(L - 0.1055613458 * a - 0.0638541728 * b, 3);
    const double s = std::pow(L - 0.0894841775 * a - 1.2914855480 * b, 3);
    return {4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
            -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
            -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s};
}

bool inGamut(const std::array<double, 3> &rgb) {
    for (double c : rgb) {
        if (c < -1e-4 || c > 1.0 + 1e-4)
            return false;
    }
    return true;
}

// The most saturated colour of this lightness and hue, up to maxChroma, that sRGB can show.
QColor fromOkLch(double L, double maxChroma, double hue) {
    double lo = 0.0;
    double hi = maxChroma;
    for (int i = 0; i < 20; ++i) {
        const double mid = (lo + hi) / 2;
        if (inGamut(toLinearRgb(L, mid * std::cos(hue), mid * std::sin(hue))))
            lo = mid;
        else
            hi = mid;
    }
    const auto rgb = toLinearRgb(L, lo * std::cos(hue), lo * std::sin(hue));
    return QColor::fromRgbF(float(std::clamp(fromLinear(rgb[0]), 0.0, 1.0)),
                            float(std::clamp(fromLinear(rgb[1]), 0.0, 1.0)),
                            float(std::clamp(fromLinear(rgb[2]), 0.0, 1.0)));
}

// Variant 0 is the run's own colour; later ones turn its hue by the golden
// angle and move its lightness, each as readable on the Base as the first.
QColor runColorVariant(qint64 runId, int variant, const QPalette &palette) {
    // Hue and lightness follow the R2 low-discrepancy sequence over the run id,
    // so runs whose ids are close (a sweep) land far apart in both, in a
    // space where distance is perceived distance. Lightness stays readable
    // on the palette's Base.
    constexpr double kPlastic = 1.32471795724474602596;
    constexpr double kGolden = 0.38196601125010515180;
    const double i = double(runId);
    const double hue = 2.0 * M_PI * std::fmod(0.58 + i / kPlastic + variant * kGolden, 1.0);
    const double tier = std::fmod(0.5 + i / (kPlastic * kPlastic) + variant * 0.5, 1.0);
    const double base = isDark(palette) ? 0.74 : 0.62;
    return fromOkLch(base - 0.1 + 0.2 * tier, 0.16, hue);
}

} // namespace

QColor statusColor(tracking::RunStatus status, const QPalette &palette) {
    switch (status) {
    case tracking::RunStatus::Running:
        return widgets::statusColor(StatusTone::Running, palette);
    case tracking::RunStatus::Finished:
        return widgets::statusColor(StatusTone::Finished, palette);
    case tracking::RunStatus::Failed:
        return widgets::statusColor(StatusTone::Failed, palette);
    case tracking::RunStatus::Killed:
        return widgets::statusColor(StatusTone::Killed, palette);
    }
    return palette.color(QPalette::Text);
}

QColor runColor(qint64 runId, const QPalette &palette) {
    return runColorVariant(runId, 0, palette);
}

QHash<qint64, QColor> runColors(const QList<qint64> &runIds, const QPalette &palette) {
    // Lines closer than this read as the same run in a chart with a few of them.
    constexpr double kApart = 0.08;
    constexpr int kVariants = 24;
    // Readable colours of one chroma hold only so many that far apart; past this many runs
    // each keeps its own colour (and the search would cost seconds for thousands of runs).
    constexpr qsizetype kMostApart = 64;
    QList<qint64> ids = runIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QHash<qint64, QColor> colors;
    colors.reserve(ids.size());
    if (ids.size() > kMostApart) {
        for (qint64 id : std::as_const(ids))
            colors.insert(id, runColor(id, palette));
        return colors;
    }
    std::vector<Lab> taken;
    for (qint64 id : std::as_const(ids)) {
        QColor best;
        Lab bestLab{};
        double bestDistance = -1;
        for (int v = 0; v < kVariants; ++v) {
            const QColor c = runColorVariant(id, v, palette);
            const Lab lab = toOkLab(c);
            double nearest = 1e9;
            for (const Lab &t : taken)
                nearest =
                    std::min(nearest, std::hypot(lab[0] - t[0], lab[1] - t[1], lab[2] - t[2]));
            if (nearest > bestDistance) { // many runs: the variant that stands furthest apart
                best = c;
                bestLab = lab;
                bestDistance = nearest;
            }
            if (nearest >= kApart)
                break;
        }
        colors.insert(id, best);
        taken.push_back(bestLab);
    }
    return colors;
}

double colorDistance(const QColor &a, const QColor &b) {
    const Lab x = toOkLab(a);
    const Lab y = toOkLab(b);
    return std::hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}

QColor diffAddedBackground(const QPalette &palette) {
    return diffBackground(DiffTone::Added, palette);
}

QColor diffRemovedBackground(const QPalette &palette) {
    return diffBackground(DiffTone::Removed, palette);
}

} // namespace mlwb::widgets::experiments

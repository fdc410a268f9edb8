#include "commands.h"

#include "datasets/columnprofile.h"
#include "datasets/dataref.h"
#include "datasets/drift.h"
#include "datasets/folderdiff.h"
#include "datasets/imagediff.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <opencv2/imgcodecs.hpp>

namespace mlwb::cli {

namespace {

using datasets::ColumnProfile;

QString number(double x) {
    return QString::number(x, 'g', 6);
}

// A table from what the user typed: FILE, NAME@VERSION or PATH@GITREV.
Result<datasets::Table> readStrict(CommandContext &ctx, datasets::DataRefResolver &resolver,
                                   const QString &spec) {
    MLWB_ASSIGN_OR_RETURN(const datasets::ResolvedData data, resolver.resolve(spec));
    for (const QString &w : data.warnings)
        ctx.err << "mlwb: " << tr("warning: %1").arg(w) << '\n';
    if (data.folder)
        return fail(tr("read %1 as a table").arg(data.label), tr("it is a folder"),
                    tr("name a CSV, TSV or JSONL file"));
    datasets::TableReadOptions options;
    options.strict = true;
    // The table maps the file, so it stays readable after a restored copy is removed.
    return datasets::readTable(data.path, data.label, options);
}

void printProfile(QTextStream &out, const datasets::TableProfile &profile) {
    out << profile.source << ": " << tr("%1 rows").arg(profile.rows) << '\n';
    for (const ColumnProfile &c : profile.columns) {
        out << '\n'
            << c.name << "  " << datasets::columnTypeName(c.type) << "  "
            << tr("missing %1").arg(c.missing) << "  "
            << (c.distinctExact ? tr("distinct %1").arg(c.distinct)
                                : tr("distinct ~%1 (estimate)").arg(c.distinct))
            << '\n';
        if (c.isNumeric()) {
            out << "  "
                << tr("min %1  max %2  mean %3  std %4")
                       .arg(number(c.min), number(c.max), number(c.mean), number(c.std))
                << '\n';
            QStringList q;
            for (size_t i = 0; i < c.quantiles.size(); ++i)
                q.append(QStringLiteral("p%1 %2")
                             .arg(std::lround(datasets::profileQuantiles[i] * 100))
                             .arg(number(c.quantiles[i])));
            out << "  " << q.join(QStringLiteral("  ")) << '\n';
        }
        QStringList top;
        for (const datasets::ValueCount &v : c.topValues)
            top.append(QStringLiteral("%1 (%2)").arg(v.value).arg(v.count));
        if (!top.isEmpty())
            out << "  " << tr("top: %1").arg(top.join(QStringLiteral(", "))) << '\n';
    }
}

void printDrift(QTextStream &out, const datasets::DriftReport &r) {
    out << tr("drift in %1 of %2 columns (%3%)")
               .arg(r.driftedColumns)
               .arg(r.columns.size())
               .arg(std::lround(r.driftedShare * 100))
        << (r.datasetDrift ? tr(": dataset drift") : QString()) << '\n';
    for (const datasets::ColumnDrift &c : r.columns) {
        const datasets::DriftResult &t = c.test;
        QString line = QStringLiteral("%1  %2  %3 %4")
                           .arg(c.column, c.drifted() ? tr("DRIFT") : tr("ok"),
                                datasets::driftTestName(t.test), number(t.statistic));
        if (t.pValue)
            line += QStringLiteral(" p=%1").arg(number(*t.pValue));
        line +=
            QStringLiteral(" (%1 %2)")
                .arg(t.pValue ? QStringLiteral("<") : QStringLiteral(">="), number(t.threshold));
        line += QStringLiteral("  psi %1%2")
                    .arg(number(c.psi.statistic), c.psi.drifted ? tr(" (drift)") : QString());
        out << line << '\n';
    }
    if (!r.skipped.isEmpty())
        out << tr("not compared (in one table only or empty): %1")
                   .arg(r.skipped.join(QStringLiteral(", ")))
            << '\n';
}

void writeJson(QTextStream &out, const QJsonObject &o) {
    out << QString::fromUtf8(QJsonDocument(o).toJson());
}

QJsonObject imageDiffJson(const datasets::ImageDiff &d) {
    auto rect = [](const QRect &r) {
        return QJsonObject{{QStringLiteral("x"), r.x()},
                           {QStringLiteral("y"), r.y()},
                           {QStringLiteral("width"), r.width()},
                           {QStringLiteral("height"), r.height()}};
    };
    return {{QStringLiteral("a"), d.pathA},
            {QStringLiteral("b"), d.pathB},
            {QStringLiteral("same"), d.isSame()},
            {QStringLiteral("size_a"), QJsonArray{d.sizeA.width(), d.sizeA.height()}},
            {QStringLiteral("size_b"), QJsonArray{d.sizeB.width(), d.sizeB.height()}},
            {QStringLiteral("compared"), rect(d.compared)},
            {QStringLiteral("changed_pixels"), d.changedPixels},
            {QStringLiteral("bbox"),
             d.changedPixels > 0 ? QJsonValue(rect(d.changedBox)) : QJsonValue()},
            {QStringLiteral("max_difference"), d.maxDifference},
            {QStringLiteral("ssim"), d.ssim}};
}

int diffImageFiles(CommandContext &ctx, const QCommandLineParser &args, const QString &a,
                   const QString &b) {
    datasets::ImageDiffOptions options;
    if (args.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        options.threshold = args.value(QStringLiteral("threshold")).toInt(&ok);
        if (!ok || options.threshold < 0 || options.threshold > 255)
            return usage(ctx, tr("--threshold takes a whole number from 0 to 255"));
    }
    const QString heatmapPath = args.value(QStringLiteral("heatmap"));
    options.heatmap = !heatmapPath.isEmpty();
    auto diff = datasets::diffImages(a, b, options);
    if (!diff)
        return report(ctx, diff.error());
    if (options.heatmap && !cv::imwrite(heatmapPath.toStdString(), diff->heatmap))
        return report(ctx, Error{tr("write heatmap %1").arg(heatmapPath),
                                 tr("the image could not be written"),
                                 tr("use a .png file name in a writable folder")});
    if (args.isSet(QStringLiteral("json"))) {
        writeJson(ctx.out, imageDiffJson(*diff));
    } else {
        ctx.out << "--- " << a << '\n' << "+++ " << b << '\n';
        if (diff->sizeDiffers())
            ctx.out << tr("size %1x%2 -> %3x%4; compared the top-left %5x%6")
                           .arg(diff->sizeA.width())
                           .arg(diff->sizeA.height())
                           .arg(diff->sizeB.width())
                           .arg(diff->sizeB.height())
                           .arg(diff->compared.width())
                           .arg(diff->compared.height())
                    << '\n';
        ctx.out
            << tr("%1 of %2 pixels changed").arg(diff->changedPixels).arg(diff->comparedPixels());
        if (diff->changedPixels > 0)
            ctx.out << tr(" in x %1..%2, y %3..%4")
                           .arg(diff->changedBox.left())
                           .arg(diff->changedBox.right())
                           .arg(diff->changedBox.top())
                           .arg(diff->changedBox.bottom());
        ctx.out << '\n' << tr("SSIM %1").arg(QString::number(diff->ssim, 'f', 4)) << '\n';
    }
    return diff->isSame() ? ExitOk : ExitDifferent;
}

int diffImageFolders(CommandContext &ctx, const QCommandLineParser &args, const QString &a,
                     const QString &b) {
    auto diff = datasets::diffFolders(a, b);
    if (!diff)
        return report(ctx, diff.error());
    if (args.isSet(QStringLiteral("json"))) {
        writeJson(ctx.out, datasets::toJson(*diff));
        return diff->isSame() ? ExitOk : ExitDifferent;
    }
    ctx.out << "--- " << a << '\n' << "+++ " << b << '\n';
    for (const QString &p : diff->added)
        ctx.out << "+ " << p << '\n';
    for (const QString &p : diff->removed)
        ctx.out << "- " << p << '\n';
    for (const datasets::FileChange &c : diff->changed)
        ctx.out << "~ " << c.path << '\n';
    for (const datasets::FileRename &r : diff->renamed)
        ctx.out << "> " << r.from << " -> " << r.to << '\n';
    for (const datasets::FolderCounts &f : diff->folders) {
        if (f.filesA != f.filesB)
            ctx.out << tr("%1: %2 -> %3 files").arg(f.folder).arg(f.filesA).arg(f.filesB) << '\n';
    }
    ctx.out << tr("%1 added, %2 removed, %3 changed, %4 renamed, %5 unchanged files")
                   .arg(diff->added.size())
                   .arg(diff->removed.size())
                   .arg(diff->changed.size())
                   .arg(diff->renamed.size())
                   .arg(diff->unchanged)
            << '\n';
    return diff->isSame() ? ExitOk : ExitDifferent;
}

} // namespace

bool isImageDiff(const QStringList &args) {
    QStringList sides;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i].startsWith(u'-')) {
            if (args[i] == u"--heatmap" || args[i] == u"--threshold")
                ++i;
            continue;
        }
        sides.append(args[i]);
    }
    if (sides.size() != 2)
        return false;
    const QFileInfo a(sides[0]);
    const QFileInfo b(sides[1]);
    return (a.isDir() && b.isDir()) ||
           (datasets::isImageFile(sides[0]) && datasets::isImageFile(sides[1]));
}

int dataImageDiffCommand(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options] A B"),
                    tr("Compares two images pixel by pixel, or two image folders file by file "
                       "(added, removed, changed, renamed; counts per top-level folder). Exit "
                       "code: 0 same, 1 different, 2 error."));
    p.addOption({QStringLiteral("threshold"),
                 tr("Images: a pixel changed when a channel differs by more than N (0-255)."),
                 tr("N")});
    p.addOption({QStringLiteral("heatmap"),
                 tr("Images: write the difference heatmap (PNG with alpha) to FILE."), tr("FILE")});
    p.addOption({QStringLiteral("json"), tr("Write the result as JSON.")});
    if (auto rc = p.parse())
        return *rc;
    const QStringList sides = p.parser().positionalArguments();
    if (sides.size() != 2)
        return usage(ctx, tr("expected two images or two folders, A and B"));
    if (QFileInfo(sides[0]).isDir() && QFileInfo(sides[1]).isDir())
        return diffImageFolders(ctx, p.parser(), sides[0], sides[1]);
    return diffImageFiles(ctx, p.parser(), sides[0], sides[1]);
}

int dataProfileCommand(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options] TABLE"),
                    tr("Profiles each column of a table (CSV, TSV or JSONL): type, missing and "
                       "distinct values, min/max/mean/std, quantiles, top values, histogram. "
                       "TABLE is a file, NAME@VERSION for a dataset snapshot, or PATH@REV for "
                       "the data in a git revision."));
    p.addOption({QStringLiteral("json"), tr("Write the profile as JSON.")});
    if (auto rc = p.parse())
        return *rc;
    const QStringList files = p.parser().positionalArguments();
    if (files.size() != 1)
        return usage(ctx, tr("expected one table"));
    datasets::DataRefResolver resolver(ctx.projectDir);
    auto table = readStrict(ctx, resolver, files[0]);
    if (!table)
        return report(ctx, table.error());
    auto profile = datasets::profileTable(*table);
    if (!profile)
        return report(ctx, profile.error());
    if (p.parser().isSet(QStringLiteral("json")))
        writeJson(ctx.out, datasets::toJson(*profile));
    else
        printProfile(ctx.out, *profile);
    return ExitOk;
}

int dataDriftCommand(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options] REFERENCE CURRENT"),
                    tr("Tests each column shared by two tables for drift: KS (numeric) or "
                       "chi-squared (categorical) up to 1,000 reference values, Wasserstein "
                       "or Jensen-Shannon distance above, and PSI for every column. Each table "
                       "is a file, NAME@VERSION or PATH@REV. Exit code: 0 no drift, 1 drift, "
                       "2 error."));
    p.addOption({QStringLiteral("json"), tr("Write the drift report as JSON.")});
    if (auto rc = p.parse())
        return *rc;
    const QStringList files = p.parser().positionalArguments();
    if (files.size() != 2)
        return usage(ctx, tr("expected two tables, REFERENCE and CURRENT"));
    datasets::DataRefResolver resolver(ctx.projectDir);
    auto reference = readStrict(ctx, resolver, files[0]);
    if (!reference)
        return report(ctx, reference.error());
    auto current = readStrict(ctx, resolver, files[1]);
    if (!current)
        return report(ctx, current.error());
    auto drift = datasets::detectDrift(*reference, *current);
    if (!drift)
        return report(ctx, drift.error());
    if (p.parser().isSet(QStringLiteral("json")))
        writeJson(ctx.out, datasets::toJson(*drift));
    else
        printDrift(ctx.out, *drift);
    return drift->anyDrift() ? ExitDifferent : ExitOk;
}

} // namespace mlwb::cli

// `mlwb data add|checkout|ls|versions`: dataset snapshots and their versions.
#include "commands.h"

#include "datasets/datasethistory.h"
#include "datasets/datasetstore.h"
#include "vcs/repository.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace mlwb::cli {

namespace {

using datasets::DatasetStore;
using datasets::DatasetVersion;

QString bytesText(qint64 bytes) {
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString timeText(double unixSeconds) {
    return QDateTime::fromMSecsSinceEpoch(qint64(unixSeconds * 1000))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonObject toJson(const DatasetVersion &v) {
    return {
        {QStringLiteral("dataset"), v.dataset},       {QStringLiteral("number"), v.number},
        {QStringLiteral("created_at"), v.createdAt},  {QStringLiteral("message"), v.message},
        {QStringLiteral("files"), v.files},           {QStringLiteral("bytes"), v.bytes},
        {QStringLiteral("manifest"), v.manifestHash}, {QStringLiteral("git_commit"), v.gitCommit}};
}

// NAME@VERSION with VERSION a number or `latest`; NAME alone means latest.
Result<std::pair<QString, int>> splitNameVersion(const QString &spec) {
    const qsizetype at = spec.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return std::pair{spec, 0};
    const QString v = spec.mid(at + 1);
    if (v.compare(QLatin1String("latest"), Qt::CaseInsensitive) == 0)
        return std::pair{spec.left(at), 0};
    bool ok = false;
    const int n = (v.startsWith(QLatin1Char('v')) ? v.mid(1) : v).toInt(&ok);
    if (!ok || n < 1)
        return fail(tr("read '%1'").arg(spec), tr("'%1' is not a version number").arg(v),
                    tr("write NAME@1, NAME@2, … or NAME@latest"));
    return std::pair{spec.left(at), n};
}

int addData(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options] PATH"),
                    tr("Snapshots a file or folder of the project as a new dataset version: its "
                       "files go into .mlwb/objects (each content once) and PATH.mlwb names the "
                       "version for git. Files unchanged since the last snapshot are not read "
                       "again; unchanged data makes no new version."));
    p.addOption({QStringLiteral("name"),
                 tr("The dataset's name (default: the file or folder name)."), tr("NAME")});
    p.addOption({{QStringLiteral("m"), QStringLiteral("message")},
                 tr("A note stored with the version."),
                 tr("MSG")});
    p.addOption({QStringLiteral("json"), tr("Write the result as JSON.")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    if (args.positionalArguments().size() != 1)
        return usage(ctx, tr("expected one PATH"));
    auto project = openProject(ctx);
    if (!project)
        return report(ctx, project.error());
    DatasetStore store(*project);
    datasets::SnapshotOptions options;
    options.name = args.value(QStringLiteral("name"));
    options.message = args.value(QStringLiteral("message"));
    QElapsedTimer sinceReport;
    sinceReport.start();
    options.progress = [&](const datasets::HashProgress &pr) {
        if (sinceReport.elapsed() > 1000) {
            ctx.err << tr("hashing: %1 of %2 files, %3 of %4")
                           .arg(pr.filesDone)
                           .arg(pr.filesTotal)
                           .arg(bytesText(pr.bytesDone), bytesText(pr.bytesTotal))
                    << '\n';
            ctx.err.flush();
            sinceReport.restart();
        }
        return true;
    };
    auto r = store.snapshot(args.positionalArguments().front(), options);
    if (!r)
        return report(ctx, r.error());
    const DatasetVersion &v = r->version;
    if (args.isSet(QStringLiteral("json"))) {
        QJsonObject o = toJson(v);
        o.insert(QStringLiteral("created"), r->created);
        o.insert(QStringLiteral("files_hashed"), r->filesHashed);
        o.insert(QStringLiteral("files_reused"), r->filesReused);
        o.insert(QStringLiteral("pointer"), r->pointerPath);
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson());
        return ExitOk;
    }
    if (r->created)
        ctx.out << tr("%1: version %2 (%3 files, %4)")
                       .arg(v.dataset)
                       .arg(v.number)
                       .arg(v.files)
                       .arg(bytesText(v.bytes))
                << '\n';
    else
        ctx.out
            << tr("%1: unchanged, still version %2 (no new version)").arg(v.dataset).arg(v.number)
            << '\n';
    ctx.out
        << tr("%1 files read, %2 unchanged files skipped").arg(r->filesHashed).arg(r->filesReused)
        << '\n';
    ctx.out << tr("pointer: %1 (commit it with git)")
                   .arg(QDir::current().relativeFilePath(r->pointerPath))
            << '\n';
    return ExitOk;
}

int checkoutData(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options] NAME@VERSION"),
                    tr("Restores a dataset version from .mlwb/objects, verifying every file. "
                       "A file whose content is in no version is not overwritten unless --force."));
    p.addOption({QStringLiteral("to"),
                 tr("Write into DIR instead of where the data was snapshotted."), tr("DIR")});
    p.addOption({QStringLiteral("force"), tr("Overwrite or delete files with unsaved changes.")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    if (args.positionalArguments().size() != 1)
        return usage(ctx, tr("expected NAME@VERSION"));
    auto spec = splitNameVersion(args.positionalArguments().front());
    if (!spec)
        return report(ctx, spec.error());
    auto project = openProject(ctx);
    if (!project)
        return report(ctx, project.error());
    DatasetStore store(*project);
    auto version = store.version(spec->first, spec->second);
    if (!version)
        return report(ctx, version.error());
    datasets::CheckoutOptions options;
    options.force = args.isSet(QStringLiteral("force"));
    auto r = store.checkout(*version, args.value(QStringLiteral("to")), options);
    if (!r)
        return report(ctx, r.error());
    ctx.out << tr("%1@%2 -> %3: %4 files written, %5 already up to date, %6 removed")
                   .arg(version->dataset)
                   .arg(version->number)
                   .arg(r->target)
                   .arg(r->written)
                   .arg(r->unchanged)
                   .arg(r->removed)
            << '\n';
    return ExitOk;
}

int listData(CommandContext &ctx) {
    CommandParser p(ctx, {}, tr("Lists the project's datasets and their latest versions."));
    p.addOption({QStringLiteral("json"), tr("Write the list as JSON.")});
    if (auto rc = p.parse())
        return *rc;
    auto project = openProject(ctx);
    if (!project)
        return report(ctx, project.error());
    DatasetStore store(*project);
    auto all = store.datasets();
    if (!all)
        return report(ctx, all.error());
    if (p.parser().isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const datasets::DatasetInfo &d : *all)
            list.append(QJsonObject{{QStringLiteral("name"), d.name},
                                    {QStringLiteral("root"), d.root},
                                    {QStringLiteral("kind"),
                                     d.folder ? QStringLiteral("folder") : QStringLiteral("file")},
                                    {QStringLiteral("latest_version"), d.latestVersion}});
        ctx.out << QString::fromUtf8(QJsonDocument(list).toJson());
        return ExitOk;
    }
    if (all->isEmpty())
        ctx.out << tr("no datasets yet; `mlwb data add PATH` snapshots one") << '\n';
    for (const datasets::DatasetInfo &d : *all)
        ctx.out << d.name << '\t' << d.root << '\t' << tr("version %1").arg(d.latestVersion)
                << '\n';
    return ExitOk;
}

int listVersions(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options] NAME|PATH"),
                    tr("Lists a dataset's snapshots and the git commits that changed its pointer "
                       "file; for a PATH, the commits that changed it in git or in DVC."));
    p.addOption({QStringLiteral("json"), tr("Write the versions as JSON.")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    if (args.positionalArguments().size() != 1)
        return usage(ctx, tr("expected a dataset NAME or a PATH"));
    const QString what = args.positionalArguments().front();
    const bool json = args.isSet(QStringLiteral("json"));

    QList<DatasetVersion> snapshots;
    QString gitPath = what; // relative to the repository, once the repository is known
    QString base = QDir::currentPath();
    auto project = openProject(ctx);
    if (project) {
        DatasetStore store(*project);
        auto known = store.dataset(what);
        if (!known)
            return report(ctx, known.error());
        if (*known) {
            auto v = store.versions(what);
            if (!v)
                return report(ctx, v.error());
            snapshots = *v;
            gitPath = (*known)->root;
            base = project->paths().root();
        }
    }
    QList<datasets::GitDataVersion> history;
    if (auto repo = vcs::Repository::discover(base)) {
        const QString abs = QDir(base).absoluteFilePath(gitPath);
        const QString rel = QDir(repo->workdir()).relativeFilePath(abs);
        auto h = datasets::gitDataVersions(*repo, rel);
        if (!h)
            return report(ctx, h.error());
        history = *h;
    }
    if (snapshots.isEmpty() && history.isEmpty()) {
        if (project) {
            DatasetStore store(*project);
            if (auto r = store.versions(what); !r)
                return report(ctx, r.error()); // names the datasets there are
        }
        return report(ctx, Error{tr("list the versions of %1").arg(what),
                                 tr("it is no dataset and git has no versions of it"),
                                 tr("`mlwb data ls` lists the datasets")});
    }
    if (json) {
        QJsonArray snaps;
        for (const DatasetVersion &v : snapshots)
            snaps.append(toJson(v));
        QJsonArray commits;
        for (const datasets::GitDataVersion &g : history) {
            QJsonObject o{{QStringLiteral("commit"), g.commit.id},
                          {QStringLiteral("time"), g.commit.time},
                          {QStringLiteral("summary"), g.commit.summary},
                          {QStringLiteral("kind"), datasets::gitVersionKindName(g.kind)},
                          {QStringLiteral("path"), g.path}};
            if (g.pointer)
                o.insert(QStringLiteral("version"), g.pointer->version);
            if (g.dvc)
                o.insert(QStringLiteral("md5"), g.dvc->md5);
            commits.append(o);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), what},
                                                               {QStringLiteral("versions"), snaps},
                                                               {QStringLiteral("git"), commits}})
                                         .toJson());
        return ExitOk;
    }
    for (const DatasetVersion &v : snapshots)
        ctx.out << QStringLiteral("%1@%2").arg(v.dataset).arg(v.number) << '\t'
                << timeText(v.createdAt) << '\t'
                << tr("%1 files, %2").arg(v.files).arg(bytesText(v.bytes)) << '\t' << v.message
                << '\n';
    if (!history.isEmpty())
        ctx.out << tr("in git history:") << '\n';
    for (const datasets::GitDataVersion &g : history) {
        QString detail = datasets::gitVersionKindName(g.kind);
        if (g.pointer)
            detail += QStringLiteral(" %1@%2").arg(g.pointer->name).arg(g.pointer->version);
        if (g.dvc)
            detail += QStringLiteral(" md5 %1").arg(g.dvc->md5.left(12));
        ctx.out << g.commit.id.left(12) << '\t' << timeText(double(g.commit.time)) << '\t' << detail
                << '\t' << g.commit.summary << '\n';
    }
    return ExitOk;
}

} // namespace

int dataVersionsCommand(CommandContext &ctx, const QString &sub) {
    if (sub == QStringLiteral("add"))
        return addData(ctx);
    if (sub == QStringLiteral("checkout"))
        return checkoutData(ctx);
    if (sub == QStringLiteral("ls"))
        return listData(ctx);
    return listVersions(ctx);
}

} // namespace mlwb::cli

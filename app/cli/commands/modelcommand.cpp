#include "commands.h"

#include "deploy/registrysource.h"
#include "registry/lineage.h"
#include "registry/registry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mlwb::cli {

using namespace mlwb::registry;

namespace {

QString isoTime(double t) {
    return QDateTime::fromMSecsSinceEpoch(qint64(t * 1000)).toUTC().toString(Qt::ISODate);
}

QJsonObject tagsJson(const QList<tracking::Tag> &tags) {
    QJsonObject o;
    for (const tracking::Tag &t : tags)
        o.insert(t.key, t.value);
    return o;
}

QJsonObject versionJson(const ModelVersion &v) {
    QJsonObject o{{QStringLiteral("model"), v.model},
                  {QStringLiteral("version"), v.version},
                  {QStringLiteral("source"), sourceKindName(v.sourceKind)},
                  {QStringLiteral("run"), v.runUuid.isEmpty() ? QJsonValue() : v.runUuid},
                  {QStringLiteral("artifact_path"), v.artifactPath},
                  {QStringLiteral("hash"), v.hash},
                  {QStringLiteral("size"), v.size},
                  {QStringLiteral("format"), formatName(v.format)},
                  {QStringLiteral("description"), v.description},
                  {QStringLiteral("created_at"), isoTime(v.createdAt)},
                  {QStringLiteral("archived"), v.archivedAt.has_value()},
                  {QStringLiteral("aliases"), QJsonArray::fromStringList(v.aliases)},
                  {QStringLiteral("tags"), tagsJson(v.tags)}};
    if (v.format == ModelFormat::Onnx)
        o.insert(QStringLiteral("signature"), v.signature);
    return o;
}

QJsonObject modelJson(const RegisteredModel &m) {
    QJsonObject aliases;
    for (const auto &[alias, version] : m.aliases)
        aliases.insert(alias, version);
    return {{QStringLiteral("name"), m.name},
            {QStringLiteral("description"), m.description},
            {QStringLiteral("versions"), m.versionCount},
            {QStringLiteral("latest_version"), m.latestVersion},
            {QStringLiteral("aliases"), aliases},
            {QStringLiteral("tags"), tagsJson(m.tags)},
            {QStringLiteral("created_at"), isoTime(m.createdAt)},
            {QStringLiteral("updated_at"), isoTime(m.updatedAt)},
            {QStringLiteral("archived"), m.archivedAt.has_value()}};
}

QJsonObject lineageJson(const Lineage &l) {
    QJsonObject o;
    if (l.run) {
        o.insert(QStringLiteral("run"),
                 QJsonObject{{QStringLiteral("uuid"), l.run->uuid},
                             {QStringLiteral("name"), l.run->name},
                             {QStringLiteral("status"), tracking::toString(l.run->status)},
                             {QStringLiteral("git_commit"), l.run->git.commit},
                             {QStringLiteral("git_dirty"), l.run->git.dirty}});
        QJsonObject params, metrics;
        for (const tracking::Param &p : l.params)
            params.insert(p.key, tracking::toDisplayString(p.value));
        for (const tracking::MetricSummary &m : l.metrics)
            metrics.insert(m.key, m.last ? QJsonValue(*m.last) : QJsonValue());
        o.insert(QStringLiteral("params"), params);
        o.insert(QStringLiteral("metrics"), metrics);
    }
    QJsonArray datasets;
    for (const DatasetUse &d : l.datasets)
        datasets.append(QJsonObject{{QStringLiteral("dataset"), d.dataset},
                                    {QStringLiteral("version"), d.number},
                                    {QStringLiteral("role"), d.role},
                                    {QStringLiteral("manifest_hash"), d.manifestHash}});
    o.insert(QStringLiteral("datasets"), datasets);
    return o;
}

void printJson(CommandContext &ctx, const QJsonValue &v) {
    ctx.out << QString::fromUtf8(v.isArray()
                                     ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                                     : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
}

// "NAME@VERSION" → (NAME, VERSION); "NAME" → (NAME, nullopt).
Result<std::pair<QString, std::optional<int>>> splitVersionRef(const QString &ref) {
    const qsizetype at = ref.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return std::pair{ref, std::optional<int>{}};
    bool ok = false;
    const int v = ref.mid(at + 1).toInt(&ok);
    if (!ok || v < 1)
        return fail(tr("read \"%1\"").arg(ref), tr("expected NAME or NAME@VERSION with a number"),
                    tr("see the versions with `mlwb model show %1`").arg(ref.left(at)));
    return std::pair{ref.left(at), std::optional<int>{v}};
}

struct Opened {
    explicit Opened(Project p)
        : project(std::move(p))
        , registry(project) {}
    Project project;
    ModelRegistry registry;
};

Result<std::unique_ptr<Opened>> openRegistry(const CommandContext &ctx) {
    MLWB_ASSIGN_OR_RETURN(Project project, openProject(ctx));
    return std::make_unique<Opened>(std::move(project));
}

// NAME[@VERSION] and the project's registry: what the edit commands work on.
struct EditTarget {
    QString name;
    std::optional<int> version;
    std::unique_ptr<Opened> opened;
};

Result<EditTarget> openEditTarget(const CommandContext &ctx, const QString &spec) {
    MLWB_ASSIGN_OR_RETURN(auto ref, splitVersionRef(spec));
    MLWB_ASSIGN_OR_RETURN(auto opened, openRegistry(ctx));
    return EditTarget{ref.first, ref.second, std::move(opened)};
}

void printVersionLine(CommandContext &ctx, const ModelVersion &v) {
    QString line =
        QStringLiteral("%1  %2  %3")
            .arg(QString::number(v.version).rightJustified(4),
                 formatName(v.format).leftJustified(6), QString::number(v.size).rightJustified(9));
    line += QStringLiteral("  ") +
            (v.runUuid.isEmpty() ? QStringLiteral("-       ") : v.runUuid.left(8));
    line += QStringLiteral("  ") + v.artifactPath;
    if (!v.aliases.isEmpty())
        line += QStringLiteral("  [") + v.aliases.join(QStringLiteral(", ")) + QLatin1Char(']');
    if (v.archivedAt)
        line += QStringLiteral("  ") + tr("(archived)");
    ctx.out << line << '\n';
}

int registerVersion(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options] NAME PATH|RUN:ARTIFACT"),
                    tr("Registers a model file, or an artifact of a run, as the next version of "
                       "model NAME. The same bytes registered again give the existing version."));
    p.addOption({QStringLiteral("alias"), tr("Point ALIAS at the version."), tr("ALIAS")});
    p.addOption({{QStringLiteral("m"), QStringLiteral("message")},
                 tr("The version's description (markdown)."),
                 tr("TEXT")});
    p.addOption({QStringLiteral("json"), tr("Print the version as JSON.")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    if (args.positionalArguments().size() != 2)
        return usage(ctx, tr("expected a model name and a file or RUN:ARTIFACT"));
    const QString name = args.positionalArguments().at(0);
    const QString source = args.positionalArguments().at(1);
    const RegisterOptions options{args.value(QStringLiteral("message")),
                                  args.value(QStringLiteral("alias"))};
    auto opened = openRegistry(ctx);
    if (!opened)
        return report(ctx, opened.error());
    ModelRegistry &reg = (*opened)->registry;
    static const QRegularExpression runArtifact(QStringLiteral("^([0-9a-fA-F-]{1,36}):(.+)$"));
    const auto m = runArtifact.match(source);
    auto registered = (m.hasMatch() && !QFileInfo::exists(source))
                          ? reg.registerRunArtifact(name, m.captured(1), m.captured(2), options)
                          : reg.registerFile(name, source, options);
    if (!registered)
        return report(ctx, registered.error());
    if (args.isSet(QStringLiteral("json"))) {
        QJsonObject o = versionJson(registered->version);
        o.insert(QStringLiteral("existed"), registered->existed);
        printJson(ctx, o);
        return ExitOk;
    }
    ctx.out << (registered->existed ? tr("%1 already holds these bytes; nothing was added.")
                                    : tr("Registered %1."))
                   .arg(registered->version.ref())
            << '\n';
    if (!options.alias.isEmpty())
        ctx.out << tr("Alias %1 -> version %2.").arg(options.alias).arg(registered->version.version)
                << '\n';
    return ExitOk;
}

int listModels(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options]"), tr("Lists the registered models."));
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    p.addOption({QStringLiteral("archived"), tr("Include archived models.")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    auto opened = openRegistry(ctx);
    if (!opened)
        return report(ctx, opened.error());
    auto models = (*opened)->registry.models(args.isSet(QStringLiteral("archived")));
    if (!models)
        return report(ctx, models.error());
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const RegisteredModel &m : *models)
            list.append(modelJson(m));
        printJson(ctx, list);
        return ExitOk;
    }
    for (const RegisteredModel &m : *models) {
        QStringList aliases;
        for (const auto &[alias, version] : m.aliases)
            aliases.append(QStringLiteral("%1=%2").arg(alias).arg(version));
        ctx.out << m.name << "  "
                << QCoreApplication::translate("mlwb", "%n version(s)", nullptr, m.versionCount);
        if (!aliases.isEmpty())
            ctx.out << "  " << aliases.join(QStringLiteral(" "));
        if (m.archivedAt)
            ctx.out << "  " << tr("(archived)");
        ctx.out << '\n';
    }
    return ExitOk;
}

int showModel(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options] NAME[@VERSION|@ALIAS]"),
                    tr("Shows a model and its versions, or one version with its signature and "
                       "lineage."));
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    if (args.positionalArguments().size() != 1)
        return usage(ctx, tr("expected NAME or NAME@VERSION"));
    const QString ref = args.positionalArguments().first();
    const bool json = args.isSet(QStringLiteral("json"));
    auto opened = openRegistry(ctx);
    if (!opened)
        return report(ctx, opened.error());
    ModelRegistry &reg = (*opened)->registry;
    if (!ref.contains(QLatin1Char('@'))) {
        auto model = reg.model(ref);
        if (!model)
            return report(ctx, model.error());
        auto versions = reg.versions(ref);
        if (!versions)
            return report(ctx, versions.error());
        if (json) {
            QJsonObject o = modelJson(*model);
            QJsonArray list;
            for (const ModelVersion &v : *versions)
                list.append(versionJson(v));
            o.insert(QStringLiteral("versions"), list);
            printJson(ctx, o);
            return ExitOk;
        }
        ctx.out << model->name << '\n';
        if (!model->description.isEmpty())
            ctx.out << model->description << '\n';
        ctx.out << '\n';
        for (const ModelVersion &v : *versions)
            printVersionLine(ctx, v);
        return ExitOk;
    }
    auto version = reg.resolve(ref);
    if (!version)
        return report(ctx, version.error());
    auto lineage =
        lineageOf(reg.database(), *version, deploy::lineageDeployments(reg.database(), *version));
    if (!lineage)
        return report(ctx, lineage.error());
    if (json) {
        QJsonObject o = versionJson(*version);
        o.insert(QStringLiteral("lineage"), lineageJson(*lineage));
        printJson(ctx, o);
        return ExitOk;
    }
    ctx.out << version->ref() << "  " << formatName(version->format) << "  " << version->size
            << " B  " << version->hash << '\n';
    if (!version->aliases.isEmpty())
        ctx.out << tr("Aliases: %1").arg(version->aliases.join(QStringLiteral(", "))) << '\n';
    if (!version->description.isEmpty())
        ctx.out << version->description << '\n';
    if (version->format == ModelFormat::Onnx) {
        const QJsonObject &s = version->signature;
        ctx.out << tr("ONNX IR %1, opset %2, producer %3 %4, %5 parameters")
                       .arg(s.value(QStringLiteral("ir_version")).toInteger())
                       .arg(s.value(QStringLiteral("opset")).toInteger())
                       .arg(s.value(QStringLiteral("producer"))
                                .toObject()
                                .value(QStringLiteral("name"))
                                .toString(),
                            s.value(QStringLiteral("producer"))
                                .toObject()
                                .value(QStringLiteral("version"))
                                .toString())
                       .arg(s.value(QStringLiteral("parameters")).toInteger())
                << '\n';
        for (const char *side : {"inputs", "outputs"}) {
            for (const QJsonValue &t : s.value(QString::fromLatin1(side)).toArray()) {
                const QJsonObject o = t.toObject();
                QStringList dims;
                for (const QJsonValue &d : o.value(QStringLiteral("shape")).toArray())
                    dims.append(d.isString() ? d.toString() : QString::number(d.toInteger()));
                ctx.out << "  " << (qstrcmp(side, "inputs") == 0 ? "in " : "out") << "  "
                        << o.value(QStringLiteral("name")).toString() << ": "
                        << o.value(QStringLiteral("type")).toString() << " ["
                        << dims.join(QStringLiteral(", ")) << "]\n";
            }
        }
    }
    if (lineage->run)
        ctx.out << tr("Run: %1 %2 (%3), commit %4%5")
                       .arg(lineage->run->uuid.left(8), lineage->run->name,
                            tracking::toString(lineage->run->status),
                            lineage->run->git.commit.left(8),
                            lineage->run->git.dirty ? tr(" with uncommitted changes") : QString())
                << '\n';
    for (const tracking::MetricSummary &m : lineage->metrics)
        ctx.out << "  " << m.key << " = "
                << (m.last ? QString::number(*m.last) : QStringLiteral("-")) << '\n';
    for (const DatasetUse &d : lineage->datasets)
        ctx.out << tr("Dataset: %1 v%2 (%3)").arg(d.dataset).arg(d.number).arg(d.role) << '\n';
    return ExitOk;
}

int aliasCommand(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options] NAME VERSION ALIAS | NAME --delete ALIAS | NAME --history"),
                    tr("Points ALIAS of model NAME at VERSION (moving it if it exists), removes "
                       "an alias, or shows who moved the aliases when."));
    p.addOption({QStringLiteral("delete"), tr("Remove ALIAS."), tr("ALIAS")});
    p.addOption({QStringLiteral("history"), tr("Show the alias history.")});
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    const QStringList pos = args.positionalArguments();
    const bool remove = args.isSet(QStringLiteral("delete"));
    const bool history = args.isSet(QStringLiteral("history"));
    if ((remove || history) ? pos.size() != 1 : pos.size() != 3)
        return usage(ctx, tr("expected NAME VERSION ALIAS"));
    auto opened = openRegistry(ctx);
    if (!opened)
        return report(ctx, opened.error());
    ModelRegistry &reg = (*opened)->registry;
    const QString name = pos.first();
    if (history) {
        auto changes = reg.aliasHistory(name);
        if (!changes)
            return report(ctx, changes.error());
        QJsonArray list;
        for (const AliasChange &c : *changes) {
            list.append(QJsonObject{
                {QStringLiteral("alias"), c.alias},
                {QStringLiteral("from"), c.fromVersion ? QJsonValue(*c.fromVersion) : QJsonValue()},
                {QStringLiteral("to"), c.toVersion ? QJsonValue(*c.toVersion) : QJsonValue()},
                {QStringLiteral("who"), c.who},
                {QStringLiteral("at"), isoTime(c.at)}});
            if (!args.isSet(QStringLiteral("json")))
                ctx.out << isoTime(c.at) << "  " << c.who << "  " << c.alias << ": "
                        << (c.fromVersion ? QString::number(*c.fromVersion) : QStringLiteral("-"))
                        << " -> "
                        << (c.toVersion ? QString::number(*c.toVersion) : QStringLiteral("-"))
                        << '\n';
        }
        if (args.isSet(QStringLiteral("json")))
            printJson(ctx, list);
        return ExitOk;
    }
    if (remove) {
        const QString alias = args.value(QStringLiteral("delete"));
        auto previous = reg.removeAlias(name, alias);
        if (!previous)
            return report(ctx, previous.error());
        ctx.out << tr("Removed alias %1 (was version %2).").arg(alias).arg(**previous) << '\n';
        return ExitOk;
    }
    bool ok = false;
    const int version = pos.at(1).toInt(&ok);
    if (!ok)
        return usage(ctx, tr("VERSION must be a number, got '%1'").arg(pos.at(1)));
    auto previous = reg.setAlias(name, pos.at(2), version);
    if (!previous)
        return report(ctx, previous.error());
    if (*previous && **previous != version)
        ctx.out
            << tr("Moved %1 from version %2 to %3.").arg(pos.at(2)).arg(**previous).arg(version);
    else
        ctx.out << tr("%1 -> version %2.").arg(pos.at(2)).arg(version);
    ctx.out << '\n';
    return ExitOk;
}

int tagCommand(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options] NAME[@VERSION] KEY=VALUE... | NAME[@VERSION] --delete KEY"),
                    tr("Sets or removes tags of a model or of one of its versions."));
    p.addOption({QStringLiteral("delete"), tr("Remove tag KEY."), tr("KEY")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    const QStringList pos = args.positionalArguments();
    const bool remove = args.isSet(QStringLiteral("delete"));
    if (pos.isEmpty() || (!remove && pos.size() < 2))
        return usage(ctx, tr("expected NAME[@VERSION] and KEY=VALUE"));
    auto target = openEditTarget(ctx, pos.first());
    if (!target)
        return report(ctx, target.error());
    ModelRegistry &reg = target->opened->registry;
    const QString &name = target->name;
    const std::optional<int> version = target->version;
    if (remove) {
        const QString key = args.value(QStringLiteral("delete"));
        auto r =
            version ? reg.removeVersionTag(name, *version, key) : reg.removeModelTag(name, key);
        if (!r)
            return report(ctx, r.error());
        return ExitOk;
    }
    for (const QString &assignment : pos.mid(1)) {
        auto kv = splitAssignment(assignment, QStringLiteral("tag"));
        if (!kv)
            return report(ctx, kv.error());
        auto r = version ? reg.setVersionTag(name, *version, kv->first, kv->second)
                         : reg.setModelTag(name, kv->first, kv->second);
        if (!r)
            return report(ctx, r.error());
    }
    return ExitOk;
}

int describeCommand(CommandContext &ctx) {
    CommandParser p(ctx, tr("NAME[@VERSION] TEXT"),
                    tr("Sets the markdown description (model card) of a model or a version."));
    if (auto rc = p.parse())
        return *rc;
    const QStringList pos = p.parser().positionalArguments();
    if (pos.size() != 2)
        return usage(ctx, tr("expected NAME[@VERSION] and the text"));
    auto target = openEditTarget(ctx, pos.first());
    if (!target)
        return report(ctx, target.error());
    ModelRegistry &reg = target->opened->registry;
    auto r = target->version ? reg.setVersionDescription(target->name, *target->version, pos.at(1))
                             : reg.setModelDescription(target->name, pos.at(1));
    return r ? ExitOk : report(ctx, r.error());
}

int archiveCommand(CommandContext &ctx, bool archive) {
    CommandParser p(ctx, tr("NAME[@VERSION]"),
                    archive ? tr("Archives a model or a version (hidden, kept, restorable).")
                            : tr("Restores an archived model or version."));
    if (auto rc = p.parse())
        return *rc;
    const QStringList pos = p.parser().positionalArguments();
    if (pos.size() != 1)
        return usage(ctx, tr("expected NAME or NAME@VERSION"));
    auto target = openEditTarget(ctx, pos.first());
    if (!target)
        return report(ctx, target.error());
    ModelRegistry &reg = target->opened->registry;
    const QString &name = target->name;
    const std::optional<int> version = target->version;
    auto r = version ? (archive ? reg.archiveVersion(name, *version)
                                : reg.restoreVersion(name, *version))
                     : (archive ? reg.archiveModel(name) : reg.restoreModel(name));
    if (!r)
        return report(ctx, r.error());
    if (!*r)
        ctx.out << (archive ? tr("%1 was archived already.") : tr("%1 was not archived."))
                       .arg(pos.first())
                << '\n';
    return ExitOk;
}

} // namespace

int modelCommand(CommandContext &ctx) {
    const QString sub = ctx.args.value(0);
    ctx.args = ctx.args.mid(1);
    ctx.command = QStringLiteral("model ") + sub;
    if (sub == QStringLiteral("register"))
        return registerVersion(ctx);
    if (sub == QStringLiteral("ls") || sub == QStringLiteral("list"))
        return listModels(ctx);
    if (sub == QStringLiteral("show"))
        return showModel(ctx);
    if (sub == QStringLiteral("alias"))
        return aliasCommand(ctx);
    if (sub == QStringLiteral("tag"))
        return tagCommand(ctx);
    if (sub == QStringLiteral("describe"))
        return describeCommand(ctx);
    if (sub == QStringLiteral("archive") || sub == QStringLiteral("restore"))
        return archiveCommand(ctx, sub == QStringLiteral("archive"));
    ctx.command = QStringLiteral("model");
    if (sub == QStringLiteral("--help") || sub == QStringLiteral("-h")) {
        ctx.out << tr("Usage: mlwb model SUBCOMMAND ...\n"
                      "  register NAME PATH|RUN:ARTIFACT [--alias A] [-m TEXT]  add a version\n"
                      "  ls [--archived]                     list models\n"
                      "  show NAME[@VERSION|@ALIAS]          versions, or signature and lineage\n"
                      "  alias NAME VERSION ALIAS            point an alias (--delete, --history)\n"
                      "  tag NAME[@VERSION] KEY=VALUE...     set tags (--delete KEY)\n"
                      "  describe NAME[@VERSION] TEXT        set the description\n"
                      "  archive|restore NAME[@VERSION]      hide or bring back\n"
                      "Most subcommands take --json.\n");
        return ExitOk;
    }
    return usage(ctx, sub.isEmpty() ? tr("expected a subcommand such as register, ls or show")
                                    : tr("unknown subcommand '%1'").arg(sub));
}

} // namespace mlwb::cli

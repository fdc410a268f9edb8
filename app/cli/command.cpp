#include "command.h"

#include "tracking/trackingstore.h"

#include <QCoreApplication>

namespace mlwb::cli {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

CommandParser::CommandParser(CommandContext &ctx, QString synopsis, QString description)
    : m_ctx(ctx)
    , m_synopsis(std::move(synopsis)) {
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
    m_parser.addOption({QStringLiteral("project"),
                        tr("The project folder (default: the current folder or a parent)."),
                        tr("DIR")});
}

void CommandParser::addRunOption() {
    m_parser.addOption(
        {QStringLiteral("run"), tr("The run's id or an unambiguous prefix."), tr("ID")});
    m_requiresRun = true;
}

std::optional<int> CommandParser::parse() {
    QStringList argv = m_ctx.args;
    argv.prepend(QStringLiteral("mlwb"));
    if (!m_parser.parse(argv))
        return usage(m_ctx, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        printHelp();
        return ExitOk;
    }
    if (m_parser.isSet(QStringLiteral("project")))
        m_ctx.projectDir = m_parser.value(QStringLiteral("project"));
    if (m_requiresRun && !m_parser.isSet(QStringLiteral("run")))
        return usage(m_ctx, tr("--run ID is required"));
    return std::nullopt;
}

void CommandParser::printHelp() {
    // QCommandLineParser's own first line names the executable only.
    QString text = m_parser.helpText();
    text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
    m_ctx.out << tr("Usage: mlwb %1 %2").arg(m_ctx.command, m_synopsis) << '\n' << text;
    m_ctx.out.flush();
}

int report(CommandContext &ctx, const Error &error) {
    ctx.err << "mlwb: " << error.toString() << '\n';
    ctx.err.flush();
    return ExitError;
}

int usage(CommandContext &ctx, const QString &message) {
    ctx.err << "mlwb: " << ctx.command << ": " << message << '\n'
            << tr("Try `mlwb %1 --help`.").arg(ctx.command) << '\n';
    ctx.err.flush();
    return ExitError;
}

Result<Project> openProject(const CommandContext &ctx) {
    return Project::locateAndOpen(ctx.projectDir);
}

Result<tracking::Run> findRun(tracking::TrackingStore &store, const QString &idOrPrefix) {
    if (idOrPrefix.isEmpty())
        return fail(tr("find run"), tr("no run id given"), tr("pass --run ID"));
    return store.runByUuid(idOrPrefix);
}

Result<std::unique_ptr<RunTarget>> openRun(const CommandContext &ctx,
                                           const QCommandLineParser &args) {
    MLWB_ASSIGN_OR_RETURN(Project project, openProject(ctx));
    auto target = std::make_unique<RunTarget>(std::move(project));
    MLWB_ASSIGN_OR_RETURN(target->run, findRun(target->store, args.value(QStringLiteral("run"))));
    return target;
}

Result<store::ContentStore::Stored> storeArtifact(Project &project, tracking::TrackingStore &store,
                                                  qint64 runId, const QString &path,
                                                  const QString &name) {
    store::ContentStore objects(project.paths().objectsDir());
    MLWB_ASSIGN_OR_RETURN(const store::ContentStore::Stored stored, objects.putFile(path));
    MLWB_TRY(store.addArtifact(runId, {name, stored.hash, stored.size, tracking::nowSeconds()}));
    return stored;
}

Result<std::pair<QString, QString>> splitAssignment(const QString &text, const QString &option) {
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return fail(tr("read %1 '%2'").arg(option, text), tr("expected key=value"),
                    tr("write it like %1 lr=0.01").arg(option));
    return std::pair{text.left(eq), text.mid(eq + 1)};
}

} // namespace mlwb::cli

// Reading mlwb-gates.yaml: YAML structure and rule syntax, with line and column.

#include "gates.h"

#include <QCoreApplication>
#include <QFile>

#include <yaml-cpp/yaml.h>

namespace mlwb::registry {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

QString where(const QString &path, int line, int column) {
    return QStringLiteral("%1:%2:%3").arg(path).arg(line).arg(column);
}

std::unexpected<Error> bad(const QString &path, const YAML::Mark &mark, const QString &why) {
    return fail(
        tr("read the gate file %1").arg(where(path, mark.line + 1, mark.column + 1)), why,
        tr("see docs/gates.md for the format of %1").arg(QString::fromLatin1(kGateFileName)));
}

QString str(const std::string &s) {
    return QString::fromStdString(s);
}

Result<GateFile> parse(const YAML::Node &root, const QString &path) {
    GateFile file;
    file.path = path;
    if (!root || root.IsNull())
        return file; // an empty file gates nothing
    if (!root.IsMap())
        return bad(path, root.Mark(), tr("the file must be a mapping with the key \"models\""));
    for (const auto &top : root) {
        const QString key = str(top.first.Scalar());
        if (key != QStringLiteral("models"))
            return bad(path, top.first.Mark(),
                       tr("unknown key \"%1\"; the file has only \"models\"").arg(key));
        const YAML::Node &models = top.second;
        if (models.IsNull())
            continue;
        if (!models.IsMap())
            return bad(path, models.Mark(), tr("\"models\" must map model names to their rules"));
        for (const auto &m : models) {
            if (!m.first.IsScalar())
                return bad(path, m.first.Mark(), tr("a model name must be a plain name"));
            const QString name = str(m.first.Scalar());
            if (auto ok = checkModelName(name); !ok)
                return bad(path, m.first.Mark(), ok.error().why);
            if (!m.second.IsMap())
                return bad(path, m.second.Mark(),
                           tr("model \"%1\" must have a mapping with \"rules\"").arg(name));
            QList<GateRule> rules;
            for (const auto &entry : m.second) {
                const QString k = str(entry.first.Scalar());
                if (k != QStringLiteral("rules"))
                    return bad(path, entry.first.Mark(),
                               tr("unknown key \"%1\"; a model has only \"rules\"").arg(k));
                if (!entry.second.IsSequence())
                    return bad(path, entry.second.Mark(), tr("\"rules\" must be a list of rules"));
                for (const auto &r : entry.second) {
                    if (!r.IsScalar())
                        return bad(path, r.Mark(), tr("a rule must be one line of text"));
                    GateRule rule;
                    rule.text = str(r.Scalar());
                    rule.line = r.Mark().line + 1;
                    // Quoted scalars start one character after their mark.
                    rule.column = r.Mark().column + 1 + (r.Tag() == "!" ? 1 : 0);
                    auto expr = parseGateRule(rule.text);
                    if (!expr)
                        return fail(
                            tr("read the gate file %1")
                                .arg(where(path, rule.line, rule.column + expr.error().column)),
                            tr("in rule \"%1\": %2").arg(rule.text, expr.error().message),
                            tr("a rule compares two expressions, e.g. "
                               "metrics.val_acc >= 0.92"));
                    rule.expr = std::move(*expr);
                    rules.append(std::move(rule));
                }
            }
            file.models.append({name, std::move(rules)});
        }
    }
    return file;
}

} // namespace

const QList<GateRule> *GateFile::rulesOf(const QString &model) const {
    for (const auto &m : models)
        if (m.first == model)
            return &m.second;
    return nullptr;
}

Result<GateFile> parseGateFile(const QByteArray &yaml, const QString &path) {
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        return parse(root, path);
    } catch (const YAML::Exception &e) {
        return bad(path, e.mark, str(e.msg));
    }
}

Result<GateFile> loadGateFile(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            tr("read the gate file %1").arg(path), f.errorString(),
            tr("create %1 at the root of the project").arg(QString::fromLatin1(kGateFileName)));
    return parseGateFile(f.readAll(), path);
}

} // namespace mlwb::registry

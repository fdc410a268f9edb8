#include "manifests.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace mlwb::deploy {

namespace {

std::string s(const QString &q) {
    return q.toStdString();
}

QString imageOf(const Deployment &d) {
    return d.imageTag.isEmpty() ? d.imageId : d.imageTag;
}

void emitLabels(YAML::Emitter &out, const Deployment &d) {
    out << YAML::BeginMap;
    out << YAML::Key << "app.kubernetes.io/name" << YAML::Value << s(manifestName(d));
    out << YAML::Key << "mlwb.model" << YAML::Value << s(d.modelName);
    out << YAML::Key << "mlwb.version" << YAML::Value << YAML::DoubleQuoted << s(d.modelVersion);
    out << YAML::EndMap;
}

void emitProbe(YAML::Emitter &out, const char *path) {
    out << YAML::BeginMap << YAML::Key << "httpGet" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "path" << YAML::Value << path;
    out << YAML::Key << "port" << YAML::Value << 8080;
    out << YAML::EndMap << YAML::Key << "periodSeconds" << YAML::Value << 5 << YAML::EndMap;
}

} // namespace

QString manifestName(const Deployment &d) {
    QString name = QStringLiteral("mlwb-%1-%2").arg(d.modelName, d.modelVersion).toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9-]+")), QStringLiteral("-"));
    name = name.left(63);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name;
}

QString composeYaml(const Deployment &d) {
    YAML::Emitter out;
    out << YAML::BeginMap << YAML::Key << "services" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << s(manifestName(d)) << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "image" << YAML::Value << s(imageOf(d));
    out << YAML::Key << "ports" << YAML::Value << YAML::BeginSeq << YAML::DoubleQuoted
        << s(QStringLiteral("127.0.0.1:%1:8080").arg(d.port)) << YAML::EndSeq;
    out << YAML::Key << "labels" << YAML::Value;
    emitLabels(out, d);
    out << YAML::Key << "restart" << YAML::Value << "unless-stopped";
    out << YAML::EndMap << YAML::EndMap << YAML::EndMap;
    return QString::fromStdString(out.c_str()) + QLatin1Char('\n');
}

QString kubernetesYaml(const Deployment &d) {
    const std::string name = s(manifestName(d));
    YAML::Emitter out;
    out << YAML::BeginDoc << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << "apps/v1";
    out << YAML::Key << "kind" << YAML::Value << "Deployment";
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap << YAML::Key << "name"
        << YAML::Value << name << YAML::Key << "labels" << YAML::Value;
    emitLabels(out, d);
    out << YAML::EndMap;
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "replicas" << YAML::Value << 1;
    out << YAML::Key << "selector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels"
        << YAML::Value << YAML::BeginMap << YAML::Key << "app.kubernetes.io/name" << YAML::Value
        << name << YAML::EndMap << YAML::EndMap;
    out << YAML::Key << "template" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap << YAML::Key << "labels"
        << YAML::Value;
    emitLabels(out, d);
    out << YAML::EndMap;
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap << YAML::Key << "containers"
        << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << "mlwb-serve";
    out << YAML::Key << "image" << YAML::Value << s(imageOf(d));
    out << YAML::Key << "imagePullPolicy" << YAML::Value << "IfNotPresent";
    out << YAML::Key << "ports" << YAML::Value << YAML::BeginSeq << YAML::BeginMap << YAML::Key
        << "containerPort" << YAML::Value << 8080 << YAML::Key << "name" << YAML::Value << "http"
        << YAML::EndMap << YAML::EndSeq;
    out << YAML::Key << "readinessProbe" << YAML::Value;
    emitProbe(out, "/v2/health/ready");
    out << YAML::Key << "livenessProbe" << YAML::Value;
    emitProbe(out, "/v2/health/live");
    out << YAML::EndMap << YAML::EndSeq << YAML::EndMap; // container, containers, pod spec
    out << YAML::EndMap << YAML::EndMap << YAML::EndMap; // template, spec, document

    out << YAML::BeginDoc << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << "v1";
    out << YAML::Key << "kind" << YAML::Value << "Service";
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap << YAML::Key << "name"
        << YAML::Value << name << YAML::Key << "labels" << YAML::Value;
    emitLabels(out, d);
    out << YAML::EndMap;
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "selector" << YAML::Value << YAML::BeginMap << YAML::Key
        << "app.kubernetes.io/name" << YAML::Value << name << YAML::EndMap;
    out << YAML::Key << "ports" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << "http";
    out << YAML::Key << "port" << YAML::Value << d.port;
    out << YAML::Key << "targetPort" << YAML::Value << 8080;
    out << YAML::EndMap << YAML::EndSeq << YAML::EndMap << YAML::EndMap;
    return QString::fromStdString(out.c_str()) + QLatin1Char('\n');
}

} // namespace mlwb::deploy

#pragma once

#include "core/error.h"
#include "engineclient.h"
#include "tarstream.h"

#include <QMap>
#include <QString>

namespace mlwb::deploy {

struct BuildContextSpec {
    QString serveBinary; // mlwb-serve
    QString modelFile;   // .onnx
    QString modelName;
    QString modelVersion;
    QMap<QString, QString> labels; // image LABELs
};

// Paths inside the image.
inline constexpr char kImageServePath[] = "/usr/local/bin/mlwb-serve";
inline constexpr char kImageModelPath[] = "/model/model.onnx";
inline constexpr int kServePort = 8080;

// The image's build context: mlwb-serve, every shared library it loads, the
// dynamic loader and the model under rootfs/ at their own paths, and a
// Dockerfile FROM scratch. No base image, no network.
class BuildContext {
public:
    static Result<BuildContext> create(const BuildContextSpec &spec);

    const TarStream &tar() const { return m_tar; }
    qint64 size() const { return m_tar.size(); }
    QString dockerfile() const { return m_dockerfile; }
    // Paths inside the image, e.g. /lib/x86_64-linux-gnu/libc.so.6.
    QStringList imagePaths() const;
    // A fresh reader over the tar for EngineClient::buildImage().
    UploadSource upload() const;
    // Writes the tar to a file (for a look with `tar -tv`, or to build by hand).
    Status writeTo(const QString &path) const;

private:
    TarStream m_tar;
    QString m_dockerfile;
};

// The Dockerfile text for a spec (also used by the exports).
QString dockerfileFor(const BuildContextSpec &spec);

} // namespace mlwb::deploy

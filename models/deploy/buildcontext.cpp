#include "buildcontext.h"

#include "elfdeps.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <memory>

namespace mlwb::deploy {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

QString jsonString(const QString &s) {
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QString rootfs(const QString &imagePath) {
    return QStringLiteral("rootfs") + imagePath;
}

} // namespace

QString dockerfileFor(const BuildContextSpec &spec) {
    QStringList entry{
        QLatin1String(kImageServePath), QStringLiteral("--model"), QLatin1String(kImageModelPath),
        QStringLiteral("--host"),       QStringLiteral("0.0.0.0"), QStringLiteral("--port"),
        QString::number(kServePort),    QStringLiteral("--name"),  spec.modelName,
        QStringLiteral("--version"),    spec.modelVersion};
    QStringList quoted;
    for (const QString &e : entry)
        quoted.append(jsonString(e));
    QString text = QStringLiteral("FROM scratch\nCOPY rootfs/ /\n");
    text += QStringLiteral("ENTRYPOINT [%1]\n").arg(quoted.join(QStringLiteral(", ")));
    text += QStringLiteral("EXPOSE %1\n").arg(kServePort);
    for (auto it = spec.labels.begin(); it != spec.labels.end(); ++it)
        text += QStringLiteral("LABEL %1=%2\n").arg(jsonString(it.key()), jsonString(it.value()));
    return text;
}

Result<BuildContext> BuildContext::create(const BuildContextSpec &spec) {
    const QString what = tr("prepare the image of %1@%2").arg(spec.modelName, spec.modelVersion);
    if (!QFileInfo(spec.modelFile).isFile())
        return fail(what, tr("the model file %1 is missing").arg(spec.modelFile),
                    tr("check the model version's file in the store, or register it again"));
    if (!QFileInfo(spec.serveBinary).isExecutable())
        return fail(what, tr("mlwb-serve is not found at %1").arg(spec.serveBinary),
                    tr("build or install mlwb-serve, or set MLWB_SERVE to its path"));
    auto closure = libraryClosure(spec.serveBinary);
    if (!closure)
        return std::unexpected(withContext(closure.error(), what));

    BuildContext ctx;
    ctx.m_dockerfile = dockerfileFor(spec);
    MLWB_TRY(ctx.m_tar.addData(QStringLiteral("Dockerfile"), ctx.m_dockerfile.toUtf8()));
    MLWB_TRY(ctx.m_tar.addFile(rootfs(QLatin1String(kImageServePath)), spec.serveBinary, 0755));
    if (!closure->interpreter.isEmpty())
        MLWB_TRY(
            ctx.m_tar.addFile(rootfs(closure->interpreter), closure->interpreterRealPath, 0755));
    for (const ResolvedLibrary &lib : closure->libraries)
        MLWB_TRY(ctx.m_tar.addFile(rootfs(lib.path), lib.realPath, 0755));
    MLWB_TRY(ctx.m_tar.addFile(rootfs(QLatin1String(kImageModelPath)), spec.modelFile, 0644));
    return ctx;
}

QStringList BuildContext::imagePaths() const {
    QStringList out;
    for (const TarStream::Entry &e : m_tar.entries())
        if (e.name.startsWith(QStringLiteral("rootfs/")))
            out.append(e.name.mid(6));
    return out;
}

UploadSource BuildContext::upload() const {
    auto reader = std::make_shared<TarStream::Reader>(m_tar);
    return {m_tar.size(), [reader](char *buffer, qint64 max) { return reader->read(buffer, max); }};
}

Status BuildContext::writeTo(const QString &path) const {
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(tr("write %1").arg(path), out.errorString());
    TarStream::Reader reader(m_tar);
    QByteArray buf(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = reader.read(buf.data(), buf.size());
        if (n < 0)
            return fail(tr("write %1").arg(path), reader.error());
        if (n == 0)
            break;
        if (out.write(buf.constData(), n) != n)
            return fail(tr("write %1").arg(path), out.errorString());
    }
    if (!out.commit())
        return fail(tr("write %1").arg(path), out.errorString());
    return {};
}

} // namespace mlwb::deploy

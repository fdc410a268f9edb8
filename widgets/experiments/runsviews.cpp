#include "runsviews.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QVariantMap>

namespace mlwb::widgets::experiments {

namespace {

QVariantMap allViews(const QString &key) {
    return QSettings().value(key + QStringLiteral("/views")).toMap();
}

} // namespace

RunsViews::RunsViews(const QString &projectRoot) {
    // A hash keeps the settings key free of separators a path would bring.
    const QByteArray canonical = QDir(projectRoot).canonicalPath().toUtf8();
    const QByteArray root = canonical.isEmpty() ? projectRoot.toUtf8() : canonical;
    m_key = QStringLiteral("experiments/projects/") +
            QString::fromLatin1(
                QCryptographicHash::hash(root, QCryptographicHash::Sha1).toHex().left(16));
}

QStringList RunsViews::names() const {
    QStringList n = allViews(m_key).keys();
    n.sort(Qt::CaseInsensitive);
    return n;
}

std::optional<RunsView> RunsViews::view(const QString &name) const {
    const QVariantMap views = allViews(m_key);
    const auto it = views.constFind(name);
    if (it == views.cend())
        return std::nullopt;
    const QVariantMap m = it->toMap();
    RunsView v;
    v.name = name;
    v.columns = m.value(QStringLiteral("columns")).toStringList();
    for (const QVariant &w : m.value(QStringLiteral("widths")).toList())
        v.widths.append(w.toInt());
    return v;
}

void RunsViews::save(const RunsView &view) {
    QVariantMap views = allViews(m_key);
    QVariantList widths;
    for (int w : view.widths)
        widths.append(w);
    views.insert(view.name, QVariantMap{{QStringLiteral("columns"), view.columns},
                                        {QStringLiteral("widths"), widths}});
    QSettings().setValue(m_key + QStringLiteral("/views"), views);
}

void RunsViews::remove(const QString &name) {
    QVariantMap views = allViews(m_key);
    views.remove(name);
    QSettings().setValue(m_key + QStringLiteral("/views"), views);
    if (current() == name)
        setCurrent({});
}

QString RunsViews::current() const {
    return QSettings().value(m_key + QStringLiteral("/current")).toString();
}

void RunsViews::setCurrent(const QString &name) {
    QSettings().setValue(m_key + QStringLiteral("/current"), name);
}

} // namespace mlwb::widgets::experiments

#include "recentprojects.h"

#include "core/projectpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace mlwb::gui {

namespace {
bool isMissing(const QString &path) {
    return !ProjectPaths(path).exists();
}
} // namespace

RecentProjectsModel::RecentProjectsModel(QObject *parent)
    : QAbstractListModel(parent) {
    reload();
}

void RecentProjectsModel::reload() {
    beginResetModel();
    m_entries.clear();
    const QVariantList stored = recentProjectsSetting.get();
    for (const QVariant &v : stored) {
        const QVariantMap map = v.toMap();
        const QString path = map.value(QStringLiteral("path")).toString();
        if (path.isEmpty())
            continue;
        m_entries.append(
            {path, map.value(QStringLiteral("lastOpened")).toDateTime(), isMissing(path)});
        if (m_entries.size() == kMaxEntries)
            break;
    }
    endResetModel();
}

void RecentProjectsModel::touch(const QString &path) {
    const QString clean = QDir::cleanPath(path);
    beginResetModel();
    m_entries.removeIf([&](const Entry &e) { return e.path == clean; });
    m_entries.prepend({clean, QDateTime::currentDateTime(), isMissing(clean)});
    while (m_entries.size() > kMaxEntries)
        m_entries.removeLast();
    endResetModel();
    save();
}

void RecentProjectsModel::remove(const QString &path) {
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].path == path) {
            beginRemoveRows({}, i, i);
            m_entries.removeAt(i);
            endRemoveRows();
            save();
            return;
        }
    }
}

QString RecentProjectsModel::mostRecentExisting() const {
    for (const Entry &e : m_entries) {
        if (!isMissing(e.path))
            return e.path;
    }
    return {};
}

void RecentProjectsModel::save() const {
    QVariantList list;
    for (const Entry &e : m_entries)
        list.append(QVariantMap{{QStringLiteral("path"), e.path},
                                {QStringLiteral("lastOpened"), e.lastOpened}});
    recentProjectsSetting.set(list);
}

int RecentProjectsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RecentProjectsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return QFileInfo(e.path).fileName();
    case Qt::ToolTipRole:
        return e.missing ? QCoreApplication::translate("mlwb", "%1 (missing)").arg(e.path) : e.path;
    case PathRole:
        return e.path;
    case LastOpenedRole:
        return e.lastOpened;
    case MissingRole:
        return e.missing;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentProjectsModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(NameRole, "name");
    names.insert(LastOpenedRole, "lastOpened");
    names.insert(MissingRole, "missing");
    return names;
}

} // namespace mlwb::gui

#pragma once

#include "shared/settings.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QVariantList>

namespace mlwb::gui {

inline const widgets::Setting<QVariantList> recentProjectsSetting{QStringLiteral("projects/recent"),
                                                                  {}};

// The recently opened projects, newest first, kept in QSettings. A project
// whose folder or database is gone stays listed, marked missing.
class RecentProjectsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        NameRole,       // the folder name
        LastOpenedRole, // QDateTime
        MissingRole,    // bool
    };
    static constexpr int kMaxEntries = 10;

    explicit RecentProjectsModel(QObject *parent = nullptr);

    void reload();                      // from the settings
    void touch(const QString &path);    // opened now: to the top, saved
    void remove(const QString &path);   // saved
    QString mostRecentExisting() const; // empty when there is none

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry {
        QString path;
        QDateTime lastOpened;
        bool missing = false;
    };
    void save() const;

    QList<Entry> m_entries;
};

} // namespace mlwb::gui

#pragma once

#include "core/error.h"

#include <QObject>

namespace mlwb::gui {

// Opens or creates a project on a worker thread (git and SQLite touch the
// disk) and reports back on the GUI thread. A newer request makes an older,
// still running one stale: its result is dropped.
class ProjectLoader : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // `dir` or the nearest parent that is a project.
    void open(const QString &dir);
    // Creates (or adopts) a project in `dir`: git repository and database.
    void create(const QString &dir);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void opened(const QString &root);
    void failed(const mlwb::Error &error);

private:
    void start(const QString &dir, bool create);

    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace mlwb::gui

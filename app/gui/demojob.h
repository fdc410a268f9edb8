#pragma once

#include "core/error.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;

namespace mlwb::gui {

// Generates the demo project on a worker thread behind a progress dialog
// with Cancel. Deletes itself when done.
class DemoJob : public QObject {
    Q_OBJECT
public:
    // `dir` must not exist yet or be empty.
    static DemoJob *start(const QString &dir, QWidget *dialogParent);

    // A fresh folder name inside `parentDir`: mlwb-demo, mlwb-demo-2, ...
    static QString freeDemoDir(const QString &parentDir);

Q_SIGNALS:
    void finished(const QString &root);
    void failed(const mlwb::Error &error);
    void canceled(const QString &dir);

private:
    explicit DemoJob(QObject *parent);
    QPointer<QProgressDialog> m_dialog;
};

} // namespace mlwb::gui

#pragma once

#include "core/error.h"
#include "registry/registry.h"

#include <QObject>
#include <QThreadPool>

#include <functional>

namespace mlwb::widgets::registry {

// Applies registry edits (aliases, tags, descriptions, archive) off the GUI
// thread, one at a time and in order, each on a connection of its own, so an
// undo never overtakes the edit it reverts.
class RegistryEditor : public QObject {
    Q_OBJECT
public:
    using Edit = std::function<Status(mlwb::registry::ModelRegistry &)>;

    explicit RegistryEditor(QObject *parent = nullptr);
    ~RegistryEditor() override;

    void setProjectRoot(const QString &root) { m_root = root; }
    void submit(Edit edit);
    // Waits for queued edits (teardown and tests).
    void waitForDone() { m_pool.waitForDone(); }

Q_SIGNALS:
    void applied();
    void failed(const mlwb::Error &error);

private:
    QString m_root;
    QThreadPool m_pool;
};

} // namespace mlwb::widgets::registry

#include "registryeditor.h"

#include "project/project.h"

namespace mlwb::widgets::registry {

RegistryEditor::RegistryEditor(QObject *parent)
    : QObject(parent) {
    m_pool.setMaxThreadCount(1);
}

RegistryEditor::~RegistryEditor() {
    m_pool.waitForDone();
}

void RegistryEditor::submit(Edit edit) {
    const QString root = m_root;
    m_pool.start([this, root, edit = std::move(edit)] {
        Status st = [&]() -> Status {
            MLWB_ASSIGN_OR_RETURN(Project project, Project::open(ProjectPaths(root)));
            mlwb::registry::ModelRegistry registry(project);
            return edit(registry);
        }();
        // Signals cross to the GUI thread queued; the destructor waits for this task.
        if (st)
            Q_EMIT applied();
        else
            Q_EMIT failed(st.error());
    });
}

} // namespace mlwb::widgets::registry

#pragma once

#include "shared/errorbanner.h"

#include "shared/panel.h"
#include "shared/settings.h"

#include "itemmodels/registrydata.h"

#include <QFileSystemWatcher>
#include <QUrl>

#include <optional>

class QCheckBox;
class QLabel;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace mlwb::itemmodels {
class DataVersionWatcher;
class ModelVersionsModel;
class RegistryModelsModel;
} // namespace mlwb::itemmodels

namespace mlwb::widgets::registry {

class GatesView;

inline const Setting<bool> showArchivedSetting{QStringLiteral("registry/showArchived"), false};
class LineageView;
class RegistryEditor;
class VersionCompareView;
class VersionDetailView;

// Registered models and their versions: the list on the left, the selected
// version's details, lineage graph and gate results on the right, and two or
// more selected versions compared. Every edit is undoable; the panel follows
// changes to the database and to the gate file as they happen.
class RegistryPanel : public Panel {
    Q_OBJECT
public:
    enum Tab { DetailsTab, LineageTab, CompareTab, GatesTab };

    explicit RegistryPanel(QWidget *parent = nullptr);
    ~RegistryPanel() override;

    QString panelId() const override { return QStringLiteral("registry"); }
    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> panelActions() const override { return m_actions; }
    void setProject(const QString &root) override;
    bool isLoading() const override { return m_loading; }
    // mlwb://registry/<model>[/<version>] selects it; ?tab=lineage|compare|gates
    // shows that page, &compare=1,2 selects those versions of the model too.
    bool openLink(const QUrl &link) override;

    // The selection.
    QString currentModel() const;
    std::optional<int> currentVersion() const;
    QList<int> selectedVersions() const;
    void selectVersions(const QString &model, const QList<int> &versions);

    // Undoable edits of the current version (or model). promoteAlias() checks
    // the version's gates first and asks before overriding a failed gate.
    void promoteAlias(const QString &alias);
    void removeAlias(const QString &alias);
    void setVersionTag(const QString &key, const QString &value);
    void removeVersionTag(const QString &key);
    void setDescription(const QString &markdown);
    void setArchived(bool archive);
    void setShowArchived(bool show);
    // Reads the registry again (the watcher does it on every change).
    void reload();

    QTableView *modelsView() const { return m_modelsView; }
    QTableView *versionsView() const { return m_versionsView; }
    itemmodels::RegistryModelsModel *modelsModel() const { return m_models; }
    itemmodels::ModelVersionsModel *versionsModel() const { return m_versions; }
    VersionDetailView *details() const { return m_details; }
    LineageView *lineage() const { return m_lineage; }
    VersionCompareView *compare() const { return m_compare; }
    GatesView *gates() const { return m_gates; }
    QTabWidget *tabs() const { return m_tabs; }
    QUndoStack *undoStack() const { return m_undo; }
    RegistryEditor *editor() const { return m_editor; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *errorLabel() const { return m_error; }
    QCheckBox *showArchivedBox() const { return m_showArchived; }

Q_SIGNALS:
    void errorOccurred(const mlwb::Error &error);
    // The list, the details or the comparison show what was just read.
    void refreshed();
    void detailsShown();
    void compareShown();

private:
    void createActions();
    void setLoading(bool loading);
    void showError(const std::optional<Error> &error);
    void applySnapshot(itemmodels::RegistrySnapshot snapshot);
    void onModelChanged();
    void onVersionsChanged();
    void loadDetails();
    void loadCompare();
    void applyPendingLink();
    void pushAlias(const QString &alias, int version);
    void askNewAlias();
    void askTag();
    void watchGateFile();
    const mlwb::registry::RegisteredModel *registeredModel(const QString &name) const;

    QString m_root;
    bool m_loading = false;
    quint64 m_snapshotGeneration = 0;
    quint64 m_detailsGeneration = 0;
    quint64 m_compareGeneration = 0;
    itemmodels::RegistrySnapshot m_snapshot;
    std::optional<itemmodels::VersionDetails> m_current;
    itemmodels::RegistryModelsModel *m_models;
    itemmodels::ModelVersionsModel *m_versions;
    QTableView *m_modelsView;
    QTableView *m_versionsView;
    QCheckBox *m_showArchived;
    QLabel *m_emptyHint;
    QLabel *m_status;
    ErrorBanner *m_error;
    QTabWidget *m_tabs;
    VersionDetailView *m_details;
    LineageView *m_lineage;
    VersionCompareView *m_compare;
    GatesView *m_gates;
    QUndoStack *m_undo;
    RegistryEditor *m_editor;
    itemmodels::DataVersionWatcher *m_watcher = nullptr;
    QFileSystemWatcher m_gateWatcher;
    QList<QAction *> m_actions;
    QUrl m_pendingLink;
    QList<int> m_pendingVersions;
    bool m_applyingSelection = false;
};

} // namespace mlwb::widgets::registry

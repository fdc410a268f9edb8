#pragma once

#include "itemmodels/registrydata.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace mlwb::itemmodels {
class ModelSignatureModel;
}

namespace mlwb::widgets::registry {

// One model version: aliases, tags and model card (markdown, edited in place),
// its signature and file facts, the run it came from with that run's commit,
// params, metrics and dataset versions, and a Deploy button. Edits are
// requested through signals; the panel turns them into undoable commands.
class VersionDetailView : public QWidget {
    Q_OBJECT
public:
    explicit VersionDetailView(QWidget *parent = nullptr);

    void setDetails(const mlwb::registry::RegisteredModel &model,
                    const itemmodels::VersionDetails &details);
    void clear(const QString &message);
    bool hasVersion() const { return m_version.has_value(); }

    // Opens the description editor, or leaves it: save keeps the text.
    void editDescription();
    void saveDescription();
    void cancelDescription();
    bool isEditingDescription() const;

    QLabel *titleLabel() const { return m_title; }
    QLabel *aliasesLabel() const { return m_aliases; }
    QLabel *tagsLabel() const { return m_tags; }
    QToolButton *aliasButton() const { return m_aliasButton; }
    QPushButton *deployButton() const { return m_deploy; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *saveButton() const { return m_save; }
    QPlainTextEdit *descriptionEditor() const { return m_editor; }
    QTextBrowser *descriptionPreview() const { return m_preview; }
    QTableView *signatureTable() const { return m_signature; }
    itemmodels::ModelSignatureModel *signatureModel() const { return m_signatureModel; }
    QLabel *fileLabel() const { return m_file; }
    QLabel *sourceLabel() const { return m_source; }
    QLabel *datasetsLabel() const { return m_datasets; }

Q_SIGNALS:
    void aliasRequested(const QString &alias); // set or move to this version
    void aliasRemoveRequested(const QString &alias);
    void newAliasRequested();
    void tagRequested();
    void tagRemoveRequested(const QString &key);
    void descriptionSaved(const QString &markdown);
    void archiveRequested(bool archive);
    void linkActivated(const QUrl &link);

private:
    void fitDescription();
    void updateAliasMenu();
    void updateTagMenu();
    QString sourceHtml(const itemmodels::VersionDetails &details) const;

    std::optional<mlwb::registry::ModelVersion> m_version;
    mlwb::registry::RegisteredModel m_model;
    QLabel *m_title;
    QLabel *m_aliases;
    QToolButton *m_aliasButton;
    QToolButton *m_tagButton;
    QPushButton *m_archive;
    QPushButton *m_deploy;
    QLabel *m_tags;
    QStackedWidget *m_descriptionStack;
    QTextBrowser *m_preview;
    QPlainTextEdit *m_editor;
    QPushButton *m_edit;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QTableView *m_signature;
    itemmodels::ModelSignatureModel *m_signatureModel;
    QLabel *m_file;
    QLabel *m_source;
    QLabel *m_datasets;
    QLabel *m_empty;
    QWidget *m_body;
    QWidget *m_scroll = nullptr;
};

} // namespace mlwb::widgets::registry

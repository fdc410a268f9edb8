#pragma once

#include "core/error.h"

#include <QLineEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace mlwb::widgets::experiments {

// A one-line editor for the run query language: completes fields, operators
// and values at the cursor, and marks a rejected query with a wavy underline
// from the column the error names.
class QueryEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit QueryEdit(QWidget *parent = nullptr);

    void setKeys(const QStringList &metricKeys, const QStringList &paramKeys,
                 const QStringList &tagKeys);
    // Shows the error (tooltip and underline); a null error clears it.
    void setError(const std::optional<Error> &error);
    bool hasError() const { return m_errorColumn > 0; }
    int errorColumn() const { return m_errorColumn; } // 1-based; 0 when none
    QCompleter *completer() const { return m_completer; }

    // The 1-based column an error of the query language points at, or 0.
    static int errorColumnOf(const Error &error);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateCompletions();
    void insertCompletion(const QString &completion);

    QCompleter *m_completer;
    QStringListModel *m_completions;
    QStringList m_metricKeys;
    QStringList m_paramKeys;
    QStringList m_tagKeys;
    int m_errorColumn = 0;
};

} // namespace mlwb::widgets::experiments

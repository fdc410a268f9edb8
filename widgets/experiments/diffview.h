#pragma once

#include "vcs/repository.h"

#include <QWidget>

class QPlainTextEdit;
class QLabel;

namespace mlwb::widgets::experiments {

// File diffs side by side: old on the left, new on the right, with line
// numbers, removed and added lines tinted, and both sides scrolling together.
class DiffView : public QWidget {
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);

    void setDiff(const QList<vcs::FileDiff> &files);
    void setMessage(const QString &message); // instead of a diff
    QString leftText() const;
    QString rightText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QLabel *m_message;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    QList<vcs::FileDiff> m_files;
};

} // namespace mlwb::widgets::experiments

#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mlwb::widgets::deploy {

class LogFollower;

// The log of one deployment: stdout and stderr told apart, follow, and a
// search that highlights every match and jumps between them.
class LogsView : public QWidget {
    Q_OBJECT
public:
    explicit LogsView(QWidget *parent = nullptr);
    ~LogsView() override;

    // Shows the log of deployment `id` (0: none) of the project at `root`.
    void showDeployment(const QString &root, qint64 id, const QString &label);
    void setSearch(const QString &text);
    void findNext(bool backwards = false);

    QPlainTextEdit *text() const { return m_text; }
    QCheckBox *followBox() const { return m_follow; }
    QLineEdit *searchEdit() const { return m_search; }
    int matchCount() const { return m_matches; }

private:
    void restart();
    void appendLine(bool stderrLine, const QString &line);
    void highlight();

    LogFollower *m_follower;
    QLabel *m_title;
    QCheckBox *m_follow;
    QLineEdit *m_search;
    QLabel *m_matchLabel;
    QPlainTextEdit *m_text;
    QString m_root;
    qint64 m_id = 0;
    int m_matches = 0;
};

} // namespace mlwb::widgets::deploy

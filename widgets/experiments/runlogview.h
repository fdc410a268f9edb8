#pragma once

#include "itemmodels/rundetails.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mlwb::widgets::experiments {

// A run's captured stdout/stderr with a search field: every match is
// highlighted, Return (or F3) goes to the next one, Shift+Return back.
class RunLogView : public QWidget {
    Q_OBJECT
public:
    explicit RunLogView(QWidget *parent = nullptr);

    void setLogs(const QList<itemmodels::RunLog> &logs);
    void showLog(int index);
    // Highlights every case-insensitive match and returns how many there are.
    int search(const QString &text);
    bool findNext(bool backward = false);

    QComboBox *logBox() const { return m_logs; }
    QLineEdit *searchEdit() const { return m_search; }
    QPlainTextEdit *textView() const { return m_text; }
    QLabel *matchLabel() const { return m_matches; }

private:
    QList<itemmodels::RunLog> m_data;
    QComboBox *m_logs;
    QLineEdit *m_search;
    QLabel *m_matches;
    QPlainTextEdit *m_text;
};

} // namespace mlwb::widgets::experiments

#include "runlogview.h"

#include "shared/iconprovider.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <QVBoxLayout>

namespace mlwb::widgets::experiments {

namespace {

constexpr int kMaxHighlights = 2000; // beyond this the count is still exact, the marks stop

} // namespace

RunLogView::RunLogView(QWidget *parent)
    : QWidget(parent)
    , m_logs(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_matches(new QLabel(this))
    , m_text(new QPlainTextEdit(this)) {
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_search->setPlaceholderText(tr("Search the log (Return: next, Shift+Return: previous)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(IconProvider::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_matches->setForegroundRole(QPalette::PlaceholderText);
    m_logs->setAccessibleName(tr("Log"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_logs);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_matches);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);

    connect(m_logs, &QComboBox::currentIndexChanged, this, &RunLogView::showLog);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        search(text);
        findNext();
    });
    connect(m_search, &QLineEdit::returnPressed, this,
            [this] { findNext(QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier)); });
    auto *next = new QAction(tr("Find next in log"), this);
    next->setShortcuts({QKeySequence(Qt::Key_F3), QKeySequence::FindNext});
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, [this] { findNext(); });
    addAction(next);
    setLogs({});
}

void RunLogView::setLogs(const QList<itemmodels::RunLog> &logs) {
    m_data = logs;
    const QSignalBlocker block(m_logs);
    m_logs->clear();
    for (const itemmodels::RunLog &l : logs)
        m_logs->addItem(l.path);
    m_logs->setEnabled(!logs.isEmpty());
    m_search->setEnabled(!logs.isEmpty());
    showLog(0);
}

void RunLogView::showLog(int index) {
    if (index < 0 || index >= m_data.size()) {
        m_text->setPlainText(tr("This run has no captured output. Runs started with `mlwb run` "
                                "keep their stdout and stderr as artifacts."));
        m_matches->clear();
        return;
    }
    const itemmodels::RunLog &log = m_data.at(index);
    m_text->setPlainText(log.truncated ? tr("[… earlier output left out …]\n") + log.text
                                       : log.text);
    search(m_search->text());
}

int RunLogView::search(const QString &text) {
    QList<QTextEdit::ExtraSelection> marks;
    int count = 0;
    if (!text.isEmpty()) {
        QTextCharFormat format;
        QColor tint = palette().color(QPalette::Highlight);
        tint.setAlphaF(0.35f);
        format.setBackground(tint);
        QTextDocument *doc = m_text->document();
        for (QTextCursor c = doc->find(text); !c.isNull(); c = doc->find(text, c)) {
            if (++count <= kMaxHighlights)
                marks.append({c, format});
        }
    }
    m_text->setExtraSelections(marks);
    m_matches->setText(text.isEmpty() ? QString() : tr("%n match(es)", nullptr, count));
    return count;
}

bool RunLogView::findNext(bool backward) {
    const QString text = m_search->text();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_text->find(text, flags))
        return true;
    // Wraps around, like a browser's find bar.
    QTextCursor c = m_text->textCursor();
    c.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_text->setTextCursor(c);
    return m_text->find(text, flags);
}

} // namespace mlwb::widgets::experiments

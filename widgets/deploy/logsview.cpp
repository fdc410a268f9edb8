#include "logsview.h"

#include "deploytasks.h"
#include "shared/theme.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QTextCursor>
#include <QVBoxLayout>

namespace mlwb::widgets::deploy {

LogsView::LogsView(QWidget *parent)
    : QWidget(parent)
    , m_follower(new LogFollower(this))
    , m_title(new QLabel)
    , m_follow(new QCheckBox(tr("&Follow")))
    , m_search(new QLineEdit)
    , m_matchLabel(new QLabel)
    , m_text(new QPlainTextEdit) {
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep reading new lines as the server writes them"));
    m_search->setPlaceholderText(tr("Search the log (Enter: next, Shift+Enter: previous)"));
    m_search->setClearButtonEnabled(true);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(20'000);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("Select a deployment to read its log."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_matchLabel);
    bar->addWidget(m_follow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);

    connect(m_follower, &LogFollower::line, this, &LogsView::appendLine);
    connect(m_follower, &LogFollower::ended, this, [this](const QString &error) {
        if (!error.isEmpty())
            appendLine(true, error);
    });
    connect(m_follow, &QCheckBox::toggled, this, &LogsView::restart);
    connect(m_search, &QLineEdit::textChanged, this, &LogsView::setSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(); });
    auto *previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), m_search);
    previous->setContext(Qt::WidgetShortcut);
    connect(previous, &QShortcut::activated, this, [this] { findNext(true); });
}

LogsView::~LogsView() = default;

void LogsView::showDeployment(const QString &root, qint64 id, const QString &label) {
    if (root == m_root && id == m_id)
        return;
    m_root = root;
    m_id = id;
    m_title->setText(id > 0 ? tr("Log of %1").arg(label) : QString());
    restart();
}

void LogsView::restart() {
    m_follower->stop();
    m_text->clear();
    m_matches = 0;
    m_matchLabel->clear();
    if (m_id > 0 && !m_root.isEmpty())
        m_follower->start(m_root, m_id, m_follow->isChecked());
}

void LogsView::appendLine(bool stderrLine, const QString &line) {
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_text->document()->isEmpty())
        cursor.insertBlock();
    QTextCharFormat format;
    if (stderrLine)
        format.setForeground(statusColor(StatusTone::Failed, palette()));
    cursor.insertText(line, format);
    if (atEnd)
        bar->setValue(bar->maximum());
    if (!m_search->text().isEmpty())
        highlight();
}

void LogsView::setSearch(const QString &text) {
    if (m_search->text() != text)
        m_search->setText(text);
    highlight();
    if (!text.isEmpty())
        findNext();
}

void LogsView::highlight() {
    QList<QTextEdit::ExtraSelection> selections;
    const QString needle = m_search->text();
    if (!needle.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(diffBackground(DiffTone::Changed, palette()));
        QTextCursor found(m_text->document());
        while (!(found = m_text->document()->find(needle, found)).isNull())
            selections.append({found, format});
    }
    m_matches = int(selections.size());
    m_matchLabel->setText(needle.isEmpty() ? QString() : tr("%n match(es)", nullptr, m_matches));
    m_text->setExtraSelections(selections);
}

void LogsView::findNext(bool backwards) {
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return;
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_text->find(needle, flags)) {
        QTextCursor wrap(m_text->document());
        wrap.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_text->setTextCursor(wrap);
        m_text->find(needle, flags);
    }
}

} // namespace mlwb::widgets::deploy

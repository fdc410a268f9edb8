#include "queryedit.h"

#include "runcolors.h"
#include "tracking/query/querycompletion.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>
#include <QStyleOptionFrame>

namespace mlwb::widgets::experiments {

QueryEdit::QueryEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this)) {
    m_completer->setModel(m_completions);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &QueryEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, [this] {
        setError(std::nullopt);
        updateCompletions();
    });
    setClearButtonEnabled(true);
}

void QueryEdit::setKeys(const QStringList &metricKeys, const QStringList &paramKeys,
                        const QStringList &tagKeys) {
    m_metricKeys = metricKeys;
    m_paramKeys = paramKeys;
    m_tagKeys = tagKeys;
}

int QueryEdit::errorColumnOf(const Error &error) {
    // The query language says "column N: ..." (translated; the number is what counts).
    static const QRegularExpression number(QStringLiteral("(\\d+)"));
    const auto m = number.match(error.why);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

void QueryEdit::setError(const std::optional<Error> &error) {
    const int column = error ? std::max(1, errorColumnOf(*error)) : 0;
    setToolTip(error ? error->why +
                           (error->hint.isEmpty() ? QString() : QStringLiteral("\n") + error->hint)
                     : QString());
    if (column != m_errorColumn) {
        m_errorColumn = column;
        update();
    }
}

void QueryEdit::updateCompletions() {
    const QString t = text();
    const int cursor = cursorPosition();
    const QStringList candidates =
        tracking::completionsAt(t, cursor, m_metricKeys, m_paramKeys, m_tagKeys);
    m_completions->setStringList(candidates);
    if (candidates.isEmpty() || t.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    QRect r = cursorRect();
    r.setWidth(m_completer->popup()->sizeHintForColumn(0) +
               m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(r);
}

void QueryEdit::insertCompletion(const QString &completion) {
    const QString t = text();
    const int cursor = cursorPosition();
    const int start = tracking::completionWordStart(t, cursor);
    const QString next = t.left(start) + completion + t.mid(cursor);
    setText(next);
    setCursorPosition(start + int(completion.size()));
    Q_EMIT textEdited(next);
}

void QueryEdit::keyPressEvent(QKeyEvent *event) {
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
            event->ignore(); // the completer's popup handles them
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Space && event->modifiers() & Qt::ControlModifier) {
        updateCompletions();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void QueryEdit::paintEvent(QPaintEvent *event) {
    QLineEdit::paintEvent(event);
    if (m_errorColumn <= 0)
        return;
    QStyleOptionFrame opt;
    initStyleOption(&opt);
    const QRect contents = style()
                               ->subElementRect(QStyle::SE_LineEditContents, &opt, this)
                               .marginsRemoved(textMargins());
    const QFontMetrics fm = fontMetrics();
    const QString t = displayText();
    const int from = std::min<int>(m_errorColumn - 1, int(t.size()));
    // The cursor's rect tells where the visible text starts after scrolling.
    const int scroll = cursorRect().center().x() - contents.left() -
                       fm.horizontalAdvance(t.left(cursorPosition())) - 1;
    int x0 = contents.left() + 1 + scroll + fm.horizontalAdvance(t.left(from));
    int x1 = contents.left() + 1 + scroll + fm.horizontalAdvance(t);
    if (x1 - x0 < 8)
        x1 = x0 + 8;
    const int y = contents.center().y() + fm.ascent() / 2 + 3;
    QPainterPath wave;
    wave.moveTo(x0, y);
    for (int x = x0, i = 0; x < x1; x += 2, ++i)
        wave.lineTo(x + 2, y + ((i % 2) ? 0 : 2));
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(statusColor(tracking::RunStatus::Failed, palette()), 1.2));
    p.drawPath(wave);
}

} // namespace mlwb::widgets::experiments

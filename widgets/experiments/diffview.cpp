#include "diffview.h"

#include "runcolors.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace mlwb::widgets::experiments {

namespace {

enum class Tint { None, Added, Removed, Header };

struct Side {
    QStringList lines;
    QList<Tint> tints;
    void add(int number, const QString &text, Tint tint) {
        lines.append(number > 0 ? QStringLiteral("%1  %2").arg(number, 5).arg(text)
                                : QStringLiteral("%1  %2").arg(QString(), 5).arg(text));
        tints.append(tint);
    }
    void blank() {
        lines.append(QString());
        tints.append(Tint::None);
    }
};

void showSide(QPlainTextEdit *edit, const Side &side, const QPalette &pal) {
    edit->setPlainText(side.lines.join(QLatin1Char('\n')));
    QList<QTextEdit::ExtraSelection> selections;
    QTextBlock block = edit->document()->firstBlock();
    for (qsizetype i = 0; i < side.tints.size() && block.isValid(); ++i, block = block.next()) {
        if (side.tints[i] == Tint::None)
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(block);
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        switch (side.tints[i]) {
        case Tint::Added:
            sel.format.setBackground(diffAddedBackground(pal));
            break;
        case Tint::Removed:
            sel.format.setBackground(diffRemovedBackground(pal));
            break;
        default:
            sel.format.setBackground(pal.color(QPalette::AlternateBase));
            sel.format.setForeground(pal.color(QPalette::PlaceholderText));
            break;
        }
        selections.append(sel);
    }
    edit->setExtraSelections(selections);
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_left(new QPlainTextEdit(this))
    , m_right(new QPlainTextEdit(this)) {
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *e : {m_left, m_right}) {
        e->setReadOnly(true);
        e->setFont(mono);
        e->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(),
            &QScrollBar::setValue);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_left);
    split->addWidget(m_right);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
}

void DiffView::setMessage(const QString &message) {
    m_files.clear();
    m_message->setText(message);
    m_message->show();
    render();
}

void DiffView::setDiff(const QList<vcs::FileDiff> &files) {
    m_files = files;
    int adds = 0, dels = 0;
    for (const vcs::FileDiff &f : files) {
        adds += f.additions;
        dels += f.deletions;
    }
    m_message->setText(files.isEmpty() ? tr("No differences.")
                                       : tr("%n file(s) changed, ", nullptr, int(files.size())) +
                                             tr("+%1 −%2 lines").arg(adds).arg(dels));
    m_message->show();
    render();
}

void DiffView::render() {
    Side left;
    Side right;
    for (const vcs::FileDiff &f : std::as_const(m_files)) {
        const QString title = f.oldPath == f.newPath || f.oldPath.isEmpty()
                                  ? f.newPath
                                  : f.oldPath + QStringLiteral(" → ") + f.newPath;
        left.add(0, QString(QLatin1Char(f.status)) + QLatin1Char(' ') + title, Tint::Header);
        right.add(0, QString(QLatin1Char(f.status)) + QLatin1Char(' ') + title, Tint::Header);
        if (f.binary) {
            left.add(0, tr("binary file"), Tint::None);
            right.add(0, tr("binary file"), Tint::None);
            continue;
        }
        for (const vcs::DiffHunk &h : f.hunks) {
            left.add(0, h.header, Tint::Header);
            right.add(0, h.header, Tint::Header);
            // Removed and added runs are paired line by line, like a side-by-side tool.
            QList<const vcs::DiffLine *> removed;
            QList<const vcs::DiffLine *> added;
            const auto flush = [&] {
                const qsizetype n = std::max(removed.size(), added.size());
                for (qsizetype i = 0; i < n; ++i) {
                    if (i < removed.size())
                        left.add(removed[i]->oldLine, removed[i]->text, Tint::Removed);
                    else
                        left.blank();
                    if (i < added.size())
                        right.add(added[i]->newLine, added[i]->text, Tint::Added);
                    else
                        right.blank();
                }
                removed.clear();
                added.clear();
            };
            for (const vcs::DiffLine &l : h.lines) {
                if (l.origin == vcs::LineOrigin::Removed) {
                    removed.append(&l);
                } else if (l.origin == vcs::LineOrigin::Added) {
                    added.append(&l);
                } else {
                    flush();
                    left.add(l.oldLine, l.text, Tint::None);
                    right.add(l.newLine, l.text, Tint::None);
                }
            }
            flush();
        }
    }
    showSide(m_left, left, palette());
    showSide(m_right, right, palette());
}

QString DiffView::leftText() const {
    return m_left->toPlainText();
}

QString DiffView::rightText() const {
    return m_right->toPlainText();
}

void DiffView::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

} // namespace mlwb::widgets::experiments

#pragma once

#include <QLabel>

namespace mlwb::widgets {

// A strip above a view that says what went wrong: selectable, wrapped text on a
// red tint that reads well in light and dark themes. Hidden while empty.
class ErrorBanner : public QLabel {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows `text`, or hides the banner when it is empty.
    void showText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();
    bool m_applying = false;
};

} // namespace mlwb::widgets

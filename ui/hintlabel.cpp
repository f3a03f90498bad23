#include "hintlabel.h"

#include <QApplication>

namespace ct {

HintLabel::HintLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Exactly as tall as the text needs (see updateMinimumHeight); extra room goes elsewhere.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    applyColor();
    updateMinimumHeight();
}

void HintLabel::setHint(Kind kind, const QString& text)
{
    m_kind = kind;
    setText(text);
    applyColor();
    if (m_hideWhenEmpty)
        setVisible(!text.isEmpty());
    updateMinimumHeight();
}

void HintLabel::setReservedLines(int lines)
{
    m_reservedLines = lines;
    updateMinimumHeight();
}

QSize HintLabel::sizeHint() const { return {QLabel::sizeHint().width(), minimumHeight()}; }

QSize HintLabel::minimumSizeHint() const { return {QLabel::minimumSizeHint().width(), minimumHeight()}; }

void HintLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateMinimumHeight();
}

void HintLabel::showEvent(QShowEvent* event)
{
    QLabel::showEvent(event);
    updateMinimumHeight();
}

void HintLabel::updateMinimumHeight()
{
    // Layouts size a shown window once; a wrapped label that later needs more lines would be clipped.
    // Asking for the height the text needs at the current width makes the window grow instead.
    int height = m_reservedLines * fontMetrics().lineSpacing();
    if (isVisible() && !text().isEmpty() && width() > 0) {
        // Measured directly: QLabel::heightForWidth never answers less than the current minimum height.
        const QMargins margins = contentsMargins();
        const int textWidth = qMax(1, width() - margins.left() - margins.right() - 2 * margin());
        const QRect needed = fontMetrics().boundingRect(
            QRect(0, 0, textWidth, 1 << 20), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text());
        height = qMax(height, needed.height() + margins.top() + margins.bottom() + 2 * margin());
    }
    if (minimumHeight() != height)
        setMinimumHeight(height);
}

void HintLabel::setHideWhenEmpty(bool hide)
{
    m_hideWhenEmpty = hide;
    if (hide)
        setVisible(!text().isEmpty());
}

void HintLabel::applyColor()
{
    QPalette colors = palette();
    switch (m_kind) {
    case Kind::Plain:
        colors.setColor(QPalette::WindowText, QApplication::palette().color(QPalette::WindowText));
        break;
    case Kind::Note: {
        // Secondary text: the normal text colour, softened, so it stays readable on light and dark themes.
        QColor soft = QApplication::palette().color(QPalette::WindowText);
        soft.setAlpha(180);
        colors.setColor(QPalette::WindowText, soft);
        break;
    }
    case Kind::Problem:
        colors.setColor(QPalette::WindowText, QColor(0xb3, 0x1b, 0x1b));
        break;
    case Kind::Good:
        colors.setColor(QPalette::WindowText, QColor(0x1e, 0x7b, 0x34));
        break;
    }
    setPalette(colors);
}

} // namespace ct

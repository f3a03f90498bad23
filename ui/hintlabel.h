#pragma once

#include <QLabel>

namespace ct {

/// The line under a form field that says what the field wants (Note), what is wrong (Problem) or that it is
/// fine (Good); also any wrapped text whose height must follow its width (Plain). Word-wraps; colours follow the kind,
/// and text is selectable for copying error messages.
class HintLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Plain, ///< ordinary text that must never be clipped (explanations in dialogs)
        Note,
        Problem,
        Good,
    };

    explicit HintLabel(QWidget* parent = nullptr);

    void setHint(Kind kind, const QString& text);
    Kind kind() const { return m_kind; }

    /// Hides the label while its text is empty (for message areas); by default it keeps its line.
    void setHideWhenEmpty(bool hide);
    /// Lines kept free even while the text is shorter (default 1), so the form does not jump as hints change.
    void setReservedLines(int lines);

    // The label manages its own height (see updateMinimumHeight); layouts take it as fixed.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return false; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void applyColor();
    void updateMinimumHeight();

    Kind m_kind = Kind::Note;
    bool m_hideWhenEmpty = false;
    int m_reservedLines = 1;
};

} // namespace ct

#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace ct {

/// Colours HCL (Terraform) as the review page shows it: block keywords (resource, variable, ...), literal
/// keywords (true, false, null), strings (with ${…} interpolations), numbers and comments (#, //, /* */,
/// also across lines). Heredocs are coloured as strings.
class HclHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit HclHighlighter(QTextDocument* document);

    enum class Kind
    {
        Keyword,
        Literal,
        String,
        Interpolation,
        Number,
        Comment,
    };
    /// The format used for a kind (tests compare against it).
    QTextCharFormat format(Kind kind) const;

protected:
    void highlightBlock(const QString& text) override;

private:
    enum BlockState
    {
        Normal = 0,
        InBlockComment = 1,
        InHeredoc = 2, ///< until a line holds m_heredocEnd (the text is read-only, so blocks come in order)
    };
    QTextCharFormat m_keyword;
    QTextCharFormat m_literal;
    QTextCharFormat m_string;
    QTextCharFormat m_interpolation;
    QTextCharFormat m_number;
    QTextCharFormat m_comment;
    QString m_heredocEnd;
};

} // namespace ct

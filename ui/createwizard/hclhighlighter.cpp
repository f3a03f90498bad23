#include "hclhighlighter.h"

#include <QColor>
#include <QFont>
#include <QSet>

namespace ct {

namespace {

bool isIdentifierStart(QChar c) { return c.isLetter() || c == u'_'; }

bool isIdentifierPart(QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'-'; }

} // namespace

HclHighlighter::HclHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    // Dark enough to read on white, distinct without relying on colour alone (keywords bold, comments italic).
    m_keyword.setForeground(QColor(0x1f, 0x4e, 0x9c));
    m_keyword.setFontWeight(QFont::Bold);
    m_literal.setForeground(QColor(0x7b, 0x1f, 0xa2));
    m_string.setForeground(QColor(0x1b, 0x6e, 0x20));
    m_interpolation.setForeground(QColor(0x9a, 0x4a, 0x00));
    m_number.setForeground(QColor(0xa3, 0x1a, 0x1a));
    m_comment.setForeground(QColor(0x5f, 0x67, 0x70));
    m_comment.setFontItalic(true);
}

QTextCharFormat HclHighlighter::format(Kind kind) const
{
    switch (kind) {
    case Kind::Keyword:
        return m_keyword;
    case Kind::Literal:
        return m_literal;
    case Kind::String:
        return m_string;
    case Kind::Interpolation:
        return m_interpolation;
    case Kind::Number:
        return m_number;
    case Kind::Comment:
        break;
    }
    return m_comment;
}

void HclHighlighter::highlightBlock(const QString& text)
{
    // Block types start a line (`data "x" "y" {`); elsewhere the same words are references (`data.x.y.id`).
    static const QSet<QString> blockTypes {QStringLiteral("resource"), QStringLiteral("data"),
        QStringLiteral("variable"), QStringLiteral("output"), QStringLiteral("locals"), QStringLiteral("module"),
        QStringLiteral("provider"), QStringLiteral("terraform")};
    static const QSet<QString> keywords {QStringLiteral("for"), QStringLiteral("in"), QStringLiteral("if")};
    static const QSet<QString> literals {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null")};
    static const QRegularExpression number(QStringLiteral("\\G\\d+(\\.\\d+)?([eE][+-]?\\d+)?"));
    static const QRegularExpression heredoc(QStringLiteral("\\G<<-?([A-Za-z_][A-Za-z0-9_]*)\\s*$"));

    const int size = static_cast<int>(text.size());
    int i = 0;
    const int previous = previousBlockState();
    setCurrentBlockState(Normal);

    if (previous == InBlockComment) {
        const int end = static_cast<int>(text.indexOf(QStringLiteral("*/")));
        if (end < 0) {
            setFormat(0, size, m_comment);
            setCurrentBlockState(InBlockComment);
            return;
        }
        setFormat(0, end + 2, m_comment);
        i = end + 2;
    } else if (previous >= InHeredoc) {
        setFormat(0, size, m_string);
        if (text.trimmed() != m_heredocEnd)
            setCurrentBlockState(previous);
        return;
    }

    while (i < size) {
        const QChar c = text.at(i);
        if (c == u'#' || (c == u'/' && i + 1 < size && text.at(i + 1) == u'/')) {
            setFormat(i, size - i, m_comment);
            return;
        }
        if (c == u'/' && i + 1 < size && text.at(i + 1) == u'*') {
            const int end = static_cast<int>(text.indexOf(QStringLiteral("*/"), i + 2));
            if (end < 0) {
                setFormat(i, size - i, m_comment);
                setCurrentBlockState(InBlockComment);
                return;
            }
            setFormat(i, end + 2 - i, m_comment);
            i = end + 2;
            continue;
        }
        if (c == u'"') {
            const int start = i++;
            int depth = 0; // inside ${ … }
            QList<std::pair<int, int>> interpolations;
            int interpolationStart = -1;
            while (i < size) {
                const QChar s = text.at(i);
                if (s == u'\\' && i + 1 < size) {
                    i += 2;
                    continue;
                }
                if (depth == 0 && s == u'"')
                    break;
                // `$${` and `%%{` are the escaped, literal forms.
                if ((s == u'$' || s == u'%') && i + 1 < size && text.at(i + 1) == u'{' && text.at(i - 1) != s) {
                    if (depth == 0)
                        interpolationStart = i;
                    ++depth;
                    i += 2;
                    continue;
                }
                if (depth > 0 && s == u'{')
                    ++depth;
                if (depth > 0 && s == u'}' && --depth == 0)
                    interpolations.append({interpolationStart, i + 1 - interpolationStart});
                ++i;
            }
            const int end = qMin(i + 1, size);
            setFormat(start, end - start, m_string);
            for (const auto& [from, length] : interpolations)
                setFormat(from, length, m_interpolation);
            i = end;
            continue;
        }
        if (c == u'<' && i + 1 < size && text.at(i + 1) == u'<') {
            const QRegularExpressionMatch match = heredoc.match(text, i);
            if (match.hasMatch()) {
                setFormat(i, size - i, m_string);
                m_heredocEnd = match.captured(1);
                setCurrentBlockState(InHeredoc);
                return;
            }
        }
        if (c.isDigit() && (i == 0 || !isIdentifierPart(text.at(i - 1)))) {
            const QRegularExpressionMatch match = number.match(text, i);
            const int length = static_cast<int>(match.capturedLength());
            setFormat(i, length, m_number);
            i += qMax(1, length);
            continue;
        }
        if (isIdentifierStart(c)) {
            const int start = i;
            while (i < size && isIdentifierPart(text.at(i)))
                ++i;
            const QString word = text.mid(start, i - start);
            const bool afterDot = start > 0 && text.at(start - 1) == u'.';
            const bool firstWord = text.left(start).trimmed().isEmpty();
            if ((firstWord && blockTypes.contains(word)) || (!afterDot && keywords.contains(word)))
                setFormat(start, i - start, m_keyword);
            else if (!afterDot && literals.contains(word))
                setFormat(start, i - start, m_literal);
            continue;
        }
        ++i;
    }
}

} // namespace ct

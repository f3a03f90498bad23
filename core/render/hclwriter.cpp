#include "render/hclwriter.h"

#include <QChar>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace ct::render::hcl {

using namespace Qt::StringLiterals;

namespace {

/// Go's unicode.IsPrint, which hclwrite uses to decide what to write as \u escapes: letters, marks,
/// numbers, punctuation, symbols and the ASCII space; not other spaces, controls, formats or unassigned.
bool isGoPrintable(char32_t codePoint)
{
    if (codePoint == U' ')
        return true;
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        return true;
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return false;
    }
    return false;
}

void appendCodePoint(QString& out, char32_t codePoint) { out.append(QString::fromUcs4(&codePoint, 1)); }

/// hclwrite's Tokens.Columns(): grapheme clusters, so "é" written as e + combining accent is one column.
int columns(const QString& text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

} // namespace

QString quote(const QString& value)
{
    const QList<uint> codePoints = value.toUcs4();
    QString out;
    out.reserve(value.size() + 2);
    out.append(u'"');
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const auto codePoint = static_cast<char32_t>(codePoints[i]);
        switch (codePoint) {
        case U'\n':
            out.append(u"\\n"_s);
            break;
        case U'\r':
            out.append(u"\\r"_s);
            break;
        case U'\t':
            out.append(u"\\t"_s);
            break;
        case U'"':
            out.append(u"\\\""_s);
            break;
        case U'\\':
            out.append(u"\\\\"_s);
            break;
        case U'$':
        case U'%':
            // "${" and "%{" start a template sequence; doubling the introducer makes them literal.
            appendCodePoint(out, codePoint);
            if (i + 1 < codePoints.size() && codePoints[i + 1] == U'{')
                appendCodePoint(out, codePoint);
            break;
        default:
            if (isGoPrintable(codePoint))
                appendCodePoint(out, codePoint);
            else if (codePoint < 0x10000)
                out.append(u"\\u"_s + QString::number(codePoint, 16).rightJustified(4, u'0'));
            else
                out.append(u"\\U"_s + QString::number(codePoint, 16).rightJustified(8, u'0'));
        }
    }
    out.append(u'"');
    return out;
}

bool isIdentifier(const QString& name)
{
    if (name.isEmpty())
        return false;
    const auto isLetter = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_'; };
    if (!isLetter(name.front()))
        return false;
    return std::all_of(
        name.begin(), name.end(), [&](QChar c) { return isLetter(c) || (c >= u'0' && c <= u'9') || c == u'-'; });
}

Expression Expression::string(const QString& value) { return raw(quote(value)); }

Expression Expression::number(qint64 value) { return raw(QString::number(value)); }

Expression Expression::boolean(bool value) { return raw(value ? u"true"_s : u"false"_s); }

Expression Expression::null() { return raw(u"null"_s); }

Expression Expression::raw(const QString& expression)
{
    Expression e;
    e.m_text = expression;
    return e;
}

Expression Expression::list(std::vector<Expression> items)
{
    Expression e;
    e.m_kind = Kind::List;
    e.m_items = std::move(items);
    return e;
}

Expression Expression::object(std::vector<std::pair<QString, Expression>> members)
{
    Expression e;
    e.m_kind = Kind::Object;
    e.m_members = std::move(members);
    return e;
}

Expression Expression::references(const QStringList& references)
{
    std::vector<Expression> items;
    for (const QString& reference : references)
        items.push_back(raw(reference));
    return list(std::move(items));
}

bool Expression::isMultiLine() const
{
    switch (m_kind) {
    case Kind::Inline:
        return false;
    case Kind::Object:
        return !m_members.empty();
    case Kind::List:
        return std::any_of(m_items.begin(), m_items.end(), [](const Expression& e) { return e.isMultiLine(); });
    }
    return false;
}

Body& Body::attribute(const QString& name, Expression value)
{
    m_items.push_back(Item {Item::Kind::Attribute, name, std::move(value), {}, nullptr});
    return *this;
}

Body& Body::block(const QString& type, const QStringList& labels)
{
    m_items.push_back(Item {Item::Kind::Block, type, {}, labels, std::make_unique<Body>()});
    return *m_items.back().body;
}

Body& Body::comment(const QString& text)
{
    m_items.push_back(Item {Item::Kind::Comment, text, {}, {}, nullptr});
    return *this;
}

Body& Body::blankLine()
{
    m_items.push_back(Item {Item::Kind::BlankLine, {}, {}, {}, nullptr});
    return *this;
}

QString Writer::inlineText(const Expression& value)
{
    switch (value.m_kind) {
    case Expression::Kind::Inline:
        return value.m_text;
    case Expression::Kind::List: {
        QStringList parts;
        for (const Expression& item : value.m_items)
            parts.append(inlineText(item));
        return u'[' + parts.join(u", "_s) + u']';
    }
    case Expression::Kind::Object:
        return u"{}"_s; // only empty objects are written inline
    }
    return {};
}

void Writer::writeMultiLine(const QString& opener, const Expression& value, int indent, const QString& closerSuffix)
{
    if (value.m_kind == Expression::Kind::Object) {
        m_lines.push_back(Line {indent, opener + u'{', {}});
        for (const auto& [key, member] : value.m_members) {
            const QString keyText = isIdentifier(key) ? key : quote(key);
            if (member.isMultiLine())
                writeMultiLine(keyText + u" = "_s, member, indent + 1, {});
            else
                m_lines.push_back(Line {indent + 1, keyText, u"= "_s + inlineText(member)});
        }
        m_lines.push_back(Line {indent, u'}' + closerSuffix, {}});
        return;
    }
    // A list that holds a multi-line value: one element per line, each with a trailing comma.
    m_lines.push_back(Line {indent, opener + u'[', {}});
    for (const Expression& item : value.m_items) {
        if (item.isMultiLine())
            writeMultiLine({}, item, indent + 1, u","_s);
        else
            m_lines.push_back(Line {indent + 1, inlineText(item) + u',', {}});
    }
    m_lines.push_back(Line {indent, u']' + closerSuffix, {}});
}

void Writer::writeAttribute(const QString& name, const Expression& value, int indent)
{
    if (value.isMultiLine())
        writeMultiLine(name + u" = "_s, value, indent, {});
    else
        m_lines.push_back(Line {indent, name, u"= "_s + inlineText(value)});
}

void Writer::writeBody(const Body& body, int indent)
{
    bool wroteSomething = false;
    bool lastWasBlock = false;
    bool lastWasBlank = false;
    std::vector<const Body::Item*> pendingComments; // written just before the item they describe

    const auto separate = [&](bool isBlock) {
        if (wroteSomething && !lastWasBlank && (isBlock || lastWasBlock))
            m_lines.push_back(Line {});
        for (const Body::Item* comment : pendingComments) {
            const QStringList lines = comment->name.split(u'\n');
            for (const QString& line : lines)
                m_lines.push_back(Line {indent, line.isEmpty() ? u"#"_s : u"# "_s + line, {}});
        }
        pendingComments.clear();
    };

    for (const Body::Item& item : body.m_items) {
        switch (item.kind) {
        case Body::Item::Kind::Comment:
            pendingComments.push_back(&item);
            continue;
        case Body::Item::Kind::BlankLine:
            if (wroteSomething && !lastWasBlank)
                m_lines.push_back(Line {});
            lastWasBlank = true;
            lastWasBlock = false;
            continue;
        case Body::Item::Kind::Attribute:
            separate(false);
            writeAttribute(item.name, item.value, indent);
            lastWasBlock = false;
            break;
        case Body::Item::Kind::Block: {
            separate(true);
            QString header = item.name;
            for (const QString& label : item.labels)
                header += u' ' + quote(label);
            if (item.body->isEmpty()) {
                m_lines.push_back(Line {indent, header + u" {}"_s, {}});
            } else {
                m_lines.push_back(Line {indent, header + u" {"_s, {}});
                writeBody(*item.body, indent + 1);
                m_lines.push_back(Line {indent, u"}"_s, {}});
            }
            lastWasBlock = true;
            break;
        }
        }
        wroteSomething = true;
        lastWasBlank = false;
    }
    if (!pendingComments.empty())
        separate(false);
}

QByteArray Writer::write(const Body& file)
{
    m_lines.clear();
    writeBody(file, 0);

    // hclwrite's formatCells: a run of consecutive lines that each hold a whole one-line argument gets its
    // `=` signs aligned one column after the widest lead (indent included); any other line ends the run.
    std::vector<int> padding(m_lines.size(), 1);
    size_t chainStart = 0;
    int widest = 0;
    bool inChain = false;
    const auto closeChain = [&](size_t end) {
        for (size_t i = chainStart; i < end; ++i)
            padding[i] = widest - (m_lines[i].indent * 2 + columns(m_lines[i].lead)) + 1;
        inChain = false;
        widest = 0;
    };
    for (size_t i = 0; i < m_lines.size(); ++i) {
        const Line& line = m_lines[i];
        if (line.assign.isEmpty()) {
            if (inChain)
                closeChain(i);
            continue;
        }
        if (!inChain) {
            inChain = true;
            chainStart = i;
        }
        widest = std::max(widest, line.indent * 2 + columns(line.lead));
    }
    if (inChain)
        closeChain(m_lines.size());

    QString text;
    for (size_t i = 0; i < m_lines.size(); ++i) {
        const Line& line = m_lines[i];
        if (!line.lead.isEmpty() || !line.assign.isEmpty()) {
            text += QString(line.indent * 2, u' ') + line.lead;
            if (!line.assign.isEmpty())
                text += QString(padding[i], u' ') + line.assign;
        }
        text += u'\n';
    }
    return text.toUtf8();
}

QByteArray format(const Body& file) { return Writer().write(file); }

} // namespace ct::render::hcl

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

/// A writer for HCL (Terraform's configuration language) whose output is exactly what `terraform fmt` leaves:
/// two spaces per nesting level, the `=` of consecutive one-line arguments aligned, one blank line around
/// nested blocks, strings escaped the way hclwrite escapes them. The alignment rules are those of hclwrite's
/// formatter (hashicorp/hcl hclwrite/format.go, formatCells): a run of lines that each carry a whole
/// `name = value` is padded so every `=` sits one column after the longest name; any other line (blank,
/// comment, block header, closing brace, the opening or closing line of a multi-line value) ends the run.
/// Columns are counted in grapheme clusters, as hclwrite does.
namespace ct::render::hcl {

/// The right-hand side of an argument. Build with the static functions; the writer decides the layout
/// (objects and lists of objects span several lines, everything else stays on one line).
class Expression
{
public:
    /// A quoted string literal; `"`, `\`, control characters and the template introducers `${` and `%{` are
    /// escaped, so the value reaches Terraform unchanged.
    static Expression string(const QString& value);
    static Expression number(qint64 value);
    static Expression boolean(bool value);
    static Expression null();
    /// An expression written as given: a reference (`var.cloud`, `openstack_compute_instance_v2.vm.id`) or a
    /// function call (`file("${path.module}/cloud-init.yaml")`). The caller guarantees it is valid HCL on
    /// one line.
    static Expression raw(const QString& expression);
    static Expression list(std::vector<Expression> items);
    /// An object constructor with keys in the given order; always written over several lines.
    static Expression object(std::vector<std::pair<QString, Expression>> members);
    /// `[ref1, ref2]` for a list of references.
    static Expression references(const QStringList& references);

    /// True when the writer puts this value on more than one line.
    bool isMultiLine() const;

private:
    friend class Writer;
    enum class Kind
    {
        Inline, ///< m_text is the whole value
        List,
        Object,
    };
    Kind m_kind = Kind::Inline;
    QString m_text;
    std::vector<Expression> m_items;
    std::vector<std::pair<QString, Expression>> m_members;
};

/// The contents of a file or of a block: arguments, nested blocks and comments, in order.
class Body
{
public:
    Body() = default;
    Body(const Body&) = delete;
    Body& operator=(const Body&) = delete;

    Body& attribute(const QString& name, Expression value);
    /// Appends `type "label" ... { }` and returns its body to fill in.
    Body& block(const QString& type, const QStringList& labels = {});
    /// A `# text` line that stays with the item after it. Multi-line text gives one `#` line each.
    Body& comment(const QString& text);
    /// Ends the current group of arguments with a blank line (a new alignment group starts after it).
    Body& blankLine();

    bool isEmpty() const { return m_items.empty(); }

private:
    friend class Writer;
    struct Item
    {
        enum class Kind
        {
            Attribute,
            Block,
            Comment,
            BlankLine
        };
        Kind kind;
        QString name; ///< attribute name, block type or comment text
        Expression value;
        QStringList labels;
        std::unique_ptr<Body> body;
    };
    std::vector<Item> m_items;
};

/// Lays out a body as a file: UTF-8, `\n` line ends, one newline at the end.
QByteArray format(const Body& file);

/// The quoted and escaped form of a string, as hclwrite writes it (`"a\"b"`).
QString quote(const QString& value);
/// True when `name` can be written bare as an argument name or object key.
bool isIdentifier(const QString& name);

class Writer
{
public:
    QByteArray write(const Body& file);

private:
    struct Line
    {
        int indent = 0;
        QString lead; ///< everything before the `=` that hclwrite may move (or the whole line)
        QString assign; ///< `= value` when the line holds a whole one-line argument, else empty
    };
    void writeBody(const Body& body, int indent);
    void writeAttribute(const QString& name, const Expression& value, int indent);
    void writeMultiLine(const QString& opener, const Expression& value, int indent, const QString& closerSuffix);
    static QString inlineText(const Expression& value);
    std::vector<Line> m_lines;
};

} // namespace ct::render::hcl

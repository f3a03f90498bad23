#pragma once

#include "spec/vmspec.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ct::spec {

/// One problem with one field of a spec: `field` is the YAML path ("ports[2].to", "main.cloud").
struct FieldIssue
{
    QString field;
    QString message; ///< what is wrong and how to fix it, translated
    friend bool operator==(const FieldIssue&, const FieldIssue&) = default;
};

/// The spec YAML format (docs/spec-format.md): parse, validate, write.
class SpecFile
{
    Q_DECLARE_TR_FUNCTIONS(SpecFile)

public:
    struct Loaded
    {
        VmSpec spec; ///< as far as it could be read
        QList<FieldIssue> issues; ///< empty = valid
        bool ok() const { return issues.isEmpty(); }
    };
    /// Parses and validates. Malformed YAML gives one issue with the line and column.
    static Loaded parse(const QByteArray& yaml);
    static Loaded load(const QString& path); ///< unreadable file → one issue naming the file
    /// Every rule a spec must satisfy (the same checks the wizard's pages run on their fields).
    static QList<FieldIssue> validate(const VmSpec& spec);
    /// Writes a spec so parse(write(s)).spec == s for every spec parse() can give (customSize is written only for
    /// SizeClass::Custom, publicKey only for SshKeySpec::Mode::Existing). Deterministic.
    static QByteArray write(const VmSpec& spec);
    /// All issues as one message for the CLI ("field: message" per line).
    static Error toError(const QList<FieldIssue>& issues);
};

} // namespace ct::spec

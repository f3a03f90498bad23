#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ct::render::test {

/// What an external program said.
struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
};

/// Empty when tools/hcl2json can run (node and `npm ci --prefix tools/hcl2json` done, as script/bootstrap
/// does), else why not.
QString hcl2jsonMissing();
/// Parses the files with HashiCorp's HCL parser; `parsed` maps each path to the file as JSON.
ToolResult hcl2json(const QStringList& files, QJsonObject* parsed);

/// Empty when `cloud-init` is installed (Debian package cloud-init, from script/bootstrap), else why not.
QString cloudInitMissing();
ToolResult cloudInitSchema(const QString& file);

/// Empty when a `terraform` binary is on PATH. It is not part of the project's tool set (nothing may download
/// it), so the tests that use it are extra checks where it happens to exist.
QString terraformMissing();
/// `terraform fmt -check -diff -recursive DIR`: exit code 0 when fmt would change nothing.
ToolResult terraformFmtCheck(const QString& dir);

} // namespace ct::render::test

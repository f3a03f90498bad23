#include "externaltools.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

namespace ct::render::test {

using namespace Qt::StringLiterals;

namespace {

ToolResult run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolResult result;
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out after 240 s";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString hcl2jsonScript() { return QStringLiteral(CT_HCL2JSON_DIR) + u"/hcl2json.js"_s; }

} // namespace

QString hcl2jsonMissing()
{
    if (QStandardPaths::findExecutable(u"node"_s).isEmpty())
        return u"node is not installed (script/bootstrap installs nodejs where npm is missing)"_s;
    if (!QFileInfo::exists(QStringLiteral(CT_HCL2JSON_DIR) + u"/node_modules/@cdktf/hcl2json/package.json"_s))
        return u"tools/hcl2json/node_modules is missing: run script/bootstrap (npm ci --prefix tools/hcl2json)"_s;
    return {};
}

ToolResult hcl2json(const QStringList& files, QJsonObject* parsed)
{
    ToolResult result = run(u"node"_s, QStringList {hcl2jsonScript()} + files);
    if (result.ok() && parsed) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            result.exitCode = -1;
            result.err = "hcl2json.js printed no JSON object: " + error.errorString().toUtf8();
        } else {
            *parsed = document.object();
        }
    }
    return result;
}

QString cloudInitMissing()
{
    if (QStandardPaths::findExecutable(u"cloud-init"_s).isEmpty())
        return u"cloud-init is not installed (script/bootstrap installs the Debian package cloud-init)"_s;
    return {};
}

ToolResult cloudInitSchema(const QString& file)
{
    return run(u"cloud-init"_s, {u"schema"_s, u"--config-file"_s, file});
}

QString terraformMissing()
{
    if (QStandardPaths::findExecutable(u"terraform"_s).isEmpty())
        return u"terraform is not on PATH; the fmt layout is still checked against the recorded fmt output"_s;
    return {};
}

ToolResult terraformFmtCheck(const QString& dir)
{
    return run(u"terraform"_s, {u"fmt"_s, u"-check"_s, u"-diff"_s, u"-recursive"_s, u"-no-color"_s, dir});
}

} // namespace ct::render::test

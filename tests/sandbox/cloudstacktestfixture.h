#pragma once

#include "sandboxtestfixture.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

#include <algorithm>

namespace ct::test {

using CsParams = QList<QPair<QString, QString>>;

/// Signs like the CloudStack developer guide says, written out here independently of the sandbox and of core:
/// sort the pairs by name, `name=percent-encoded value` (RFC 3986 unreserved except '~', plus '*', space as %20),
/// join with '&', lower-case, HMAC-SHA1 with the secret key, Base64.
inline QByteArray csSign(CsParams params, const QString& secret)
{
    std::sort(params.begin(), params.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArrayList parts;
    for (const auto& [name, value] : params)
        parts << name.toUtf8() + '=' + QUrl::toPercentEncoding(value, "*", "~");
    return QMessageAuthenticationCode::hash(parts.join('&').toLower(), secret.toUtf8(), QCryptographicHash::Sha1)
        .toBase64();
}

inline QByteArray csQuery(const CsParams& params)
{
    QByteArrayList parts;
    for (const auto& [name, value] : params)
        parts << QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value, "*", "~");
    return parts.join('&');
}

/// A sandbox test that talks to the CloudStack side at /client/api.
class CloudStackTest : public SandboxTest
{
protected:
    /// A signed request (apiKey + response=json added) by `account`; GET unless `post`.
    SandboxReply cs(const QString& command, CsParams params = {}, const QString& account = QStringLiteral("demo"),
        bool post = false)
    {
        const sandbox::SandboxCloud::CloudStackKeys keys = sandbox::SandboxCloud::cloudStackKeys(account);
        params.append({QStringLiteral("command"), command});
        params.append({QStringLiteral("response"), QStringLiteral("json")});
        params.append({QStringLiteral("apiKey"), keys.apiKey});
        params.append({QStringLiteral("signature"), QString::fromLatin1(csSign(params, keys.secretKey))});
        return raw(params, post);
    }

    SandboxReply raw(const CsParams& params, bool post = false, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        if (post) {
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
            return m_client->send("POST", m_cloud->cloudStackApiUrl(), csQuery(params), headers);
        }
        return m_client->send(
            "GET", m_cloud->cloudStackApiUrl() + QLatin1Char('?') + QString::fromLatin1(csQuery(params)), {}, headers);
    }

    static QJsonObject body(const SandboxReply& reply, const QString& command)
    {
        return reply.json().value(command.toLower() + QStringLiteral("response")).toObject();
    }

    /// Polls queryAsyncJobResult until the job is no longer pending; returns its last answer.
    QJsonObject waitJob(const QString& jobId, const QString& account = QStringLiteral("demo"), int timeoutMs = 8000)
    {
        QJsonObject job;
        (void)QTest::qWaitFor(
            [&]() {
                job = body(cs(QStringLiteral("queryAsyncJobResult"), {{QStringLiteral("jobid"), jobId}}, account),
                    QStringLiteral("queryAsyncJobResult"));
                return job.value(QStringLiteral("jobstatus")).toInt() != 0;
            },
            timeoutMs);
        return job;
    }

    QString first(const QString& command, const QString& key, CsParams params = {})
    {
        return body(cs(command, params), command)
            .value(key)
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

    QJsonObject vm(const QString& id, const QString& account = QStringLiteral("demo"))
    {
        const QJsonArray vms = body(cs(QStringLiteral("listVirtualMachines"), {{QStringLiteral("id"), id}}, account),
            QStringLiteral("listVirtualMachines"))
                                   .value(QStringLiteral("virtualmachine"))
                                   .toArray();
        return vms.isEmpty() ? QJsonObject() : vms.first().toObject();
    }

    QString findVm(const QString& name, const QString& account = QStringLiteral("demo"))
    {
        const QJsonArray vms
            = body(cs(QStringLiteral("listVirtualMachines"), {{QStringLiteral("name"), name}}, account),
                QStringLiteral("listVirtualMachines"))
                  .value(QStringLiteral("virtualmachine"))
                  .toArray();
        return vms.isEmpty() ? QString() : vms.first().toObject().value(QStringLiteral("id")).toString();
    }

    /// Deploys a VM from the CirrOS template with the Small offering; returns {id, jobid}.
    QPair<QString, QString> deploy(const QString& name, CsParams extra = {})
    {
        CsParams params {{QStringLiteral("zoneid"), first(QStringLiteral("listZones"), QStringLiteral("zone"))},
            {QStringLiteral("serviceofferingid"),
                first(QStringLiteral("listServiceOfferings"), QStringLiteral("serviceoffering"),
                    {{QStringLiteral("name"), QStringLiteral("Small Instance")}})},
            {QStringLiteral("templateid"), templateId(QStringLiteral("CirrOS 0.6 (sandbox)"))},
            {QStringLiteral("name"), name}};
        params += extra;
        const SandboxReply reply = cs(QStringLiteral("deployVirtualMachine"), params);
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        const QJsonObject answer = body(reply, QStringLiteral("deployVirtualMachine"));
        return {answer.value(QStringLiteral("id")).toString(), answer.value(QStringLiteral("jobid")).toString()};
    }

    QString templateId(const QString& name)
    {
        return first(QStringLiteral("listTemplates"), QStringLiteral("template"),
            {{QStringLiteral("templatefilter"), QStringLiteral("executable")}, {QStringLiteral("name"), name}});
    }
};

} // namespace ct::test

#pragma once

#include "sandboxclient.h"
#include "sandboxcloud.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace ct::test {

/// A fresh sandbox per test (own state folder, ephemeral port, short delays) and a client for it.
class SandboxTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        startCloud();
    }

    void startCloud()
    {
        m_cloud = std::make_unique<sandbox::SandboxCloud>();
        m_cloud->setBuildDelay(800); // long enough to observe the transitional state on a loaded machine
        m_cloud->setActionDelay(600);
        ASSERT_TRUE(m_cloud->start(m_dir.path())) << m_cloud->errorString().toStdString();
        m_client = std::make_unique<SandboxClient>(m_cloud->baseUrl());
    }

    QByteArray demoToken()
    {
        return m_client->login(QStringLiteral("demo"), QStringLiteral("demo-secret"), QStringLiteral("demo"));
    }
    QByteArray backupToken()
    {
        return m_client->login(QStringLiteral("backup"), QStringLiteral("backup-secret"), QStringLiteral("backup"));
    }

    SandboxReply compute(const QByteArray& method, const QString& path, const QByteArray& token,
        const QJsonObject& body = {}, const QByteArray& microversion = "2.79")
    {
        QList<QPair<QByteArray, QByteArray>> headers {
            {"X-Auth-Token", token}, {"OpenStack-API-Version", "compute " + microversion}};
        QByteArray data;
        if (!body.isEmpty()) {
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
            data = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        return m_client->send(method, QStringLiteral("/compute/v2.1") + path, data, headers);
    }

    QJsonObject server(const QString& id, const QByteArray& token)
    {
        return compute("GET", QStringLiteral("/servers/") + id, token)
            .json()
            .value(QStringLiteral("server"))
            .toObject();
    }

    /// Polls (like a client would) until the server has `status`; false after `timeoutMs`.
    bool waitForStatus(const QString& id, const QByteArray& token, const QString& status, int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [&]() { return server(id, token).value(QStringLiteral("status")).toString() == status; }, timeoutMs);
    }

    QString createServer(const QByteArray& token, const QString& name,
        const QString& image = QStringLiteral("cirros-0.6"), const QString& project = QStringLiteral("demo"))
    {
        const QJsonObject body {{QStringLiteral("server"),
            QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("imageRef"), imageId(image)},
                {QStringLiteral("flavorRef"), QStringLiteral("1")},
                {QStringLiteral("networks"),
                    QJsonArray {
                        QJsonObject {{QStringLiteral("uuid"), networkId(project + QStringLiteral("-net"))}}}}}}};
        const SandboxReply reply = compute("POST", QStringLiteral("/servers"), token, body);
        EXPECT_EQ(reply.status, 202) << reply.body.toStdString();
        return reply.json().value(QStringLiteral("server")).toObject().value(QStringLiteral("id")).toString();
    }

    QString findServer(const QString& name, const QByteArray& token)
    {
        const QJsonArray servers = compute("GET", QStringLiteral("/servers/detail"), token)
                                       .json()
                                       .value(QStringLiteral("servers"))
                                       .toArray();
        for (const QJsonValue& s : servers) {
            if (s.toObject().value(QStringLiteral("name")).toString() == name)
                return s.toObject().value(QStringLiteral("id")).toString();
        }
        return {};
    }

    QString imageId(const QString& name)
    {
        const QByteArray token = demoToken();
        const QJsonArray images = m_client->get(QStringLiteral("/image/v2/images?name=") + name, token)
                                      .json()
                                      .value(QStringLiteral("images"))
                                      .toArray();
        return images.isEmpty() ? QString() : images.first().toObject().value(QStringLiteral("id")).toString();
    }

    QString networkId(const QString& name)
    {
        const QByteArray token = name.startsWith(QStringLiteral("backup")) ? backupToken() : demoToken();
        const QJsonArray networks = m_client->get(QStringLiteral("/network/v2.0/networks?name=") + name, token)
                                        .json()
                                        .value(QStringLiteral("networks"))
                                        .toArray();
        return networks.isEmpty() ? QString() : networks.first().toObject().value(QStringLiteral("id")).toString();
    }

    SandboxReply putFaults(const QByteArray& json)
    {
        return m_client->send("PUT", QStringLiteral("/_sandbox/faults"), json, {{"Content-Type", "application/json"}});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxCloud> m_cloud;
    std::unique_ptr<SandboxClient> m_client;
};

} // namespace ct::test

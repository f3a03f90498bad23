// Neutron and Cinder emulation: security groups, floating IPs on a server, volumes and volume-to-image.
#include "sandboxtestfixture.h"

#include <QProcess>

namespace ct::test {

TEST_F(SandboxTest, SecurityGroupRulesCreateConflictDelete)
{
    const QByteArray token = demoToken();
    const QJsonArray groups = m_client->get(QStringLiteral("/network/v2.0/security-groups?name=default"), token)
                                  .json()
                                  .value(QStringLiteral("security_groups"))
                                  .toArray();
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups.first().toObject().value(QStringLiteral("security_group_rules")).toArray().size(), 4);

    const SandboxReply group = m_client->postJson(QStringLiteral("/network/v2.0/security-groups"),
        QJsonObject {{QStringLiteral("security_group"), QJsonObject {{QStringLiteral("name"), QStringLiteral("web")}}}},
        token);
    ASSERT_EQ(group.status, 201);
    const QString groupId
        = group.json().value(QStringLiteral("security_group")).toObject().value(QStringLiteral("id")).toString();
    const QJsonObject rule {{QStringLiteral("security_group_rule"),
        QJsonObject {{QStringLiteral("security_group_id"), groupId},
            {QStringLiteral("direction"), QStringLiteral("ingress")},
            {QStringLiteral("protocol"), QStringLiteral("tcp")}, {QStringLiteral("port_range_min"), 443},
            {QStringLiteral("port_range_max"), 443},
            {QStringLiteral("remote_ip_prefix"), QStringLiteral("0.0.0.0/0")}}}};
    const SandboxReply created = m_client->postJson(QStringLiteral("/network/v2.0/security-group-rules"), rule, token);
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QString ruleId
        = created.json().value(QStringLiteral("security_group_rule")).toObject().value(QStringLiteral("id")).toString();
    const SandboxReply duplicate
        = m_client->postJson(QStringLiteral("/network/v2.0/security-group-rules"), rule, token);
    EXPECT_EQ(duplicate.status, 409);
    EXPECT_EQ(
        duplicate.json().value(QStringLiteral("NeutronError")).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("SecurityGroupRuleExists"));
    EXPECT_EQ(m_client
                  ->send("DELETE", QStringLiteral("/network/v2.0/security-group-rules/") + ruleId, {},
                      {{"X-Auth-Token", token}})
                  .status,
        204);
    const SandboxReply gone = m_client->get(QStringLiteral("/network/v2.0/security-group-rules/") + ruleId, token);
    EXPECT_EQ(gone.status, 404);
    EXPECT_EQ(gone.json().value(QStringLiteral("NeutronError")).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("SecurityGroupRuleNotFound"));
}

TEST_F(SandboxTest, FloatingIpAssociatesWithTheServersPort)
{
    m_cloud->seed();
    const QByteArray token = demoToken();
    const QString web = findServer(QStringLiteral("web-01"), token);
    const QJsonArray ports = m_client->get(QStringLiteral("/network/v2.0/ports?device_id=") + web, token)
                                 .json()
                                 .value(QStringLiteral("ports"))
                                 .toArray();
    ASSERT_EQ(ports.size(), 1);
    const QString portId = ports.first().toObject().value(QStringLiteral("id")).toString();
    const SandboxReply fip = m_client->postJson(QStringLiteral("/network/v2.0/floatingips"),
        QJsonObject {{QStringLiteral("floatingip"),
            QJsonObject {{QStringLiteral("floating_network_id"), networkId(QStringLiteral("public"))}}}},
        token);
    ASSERT_EQ(fip.status, 201) << fip.body.toStdString();
    const QJsonObject floating = fip.json().value(QStringLiteral("floatingip")).toObject();
    const QString address = floating.value(QStringLiteral("floating_ip_address")).toString();
    EXPECT_TRUE(address.startsWith(QStringLiteral("172.24.4.")));
    const SandboxReply associated = m_client->send("PUT",
        QStringLiteral("/network/v2.0/floatingips/") + floating.value(QStringLiteral("id")).toString(),
        QJsonDocument(QJsonObject {{QStringLiteral("floatingip"), QJsonObject {{QStringLiteral("port_id"), portId}}}})
            .toJson(),
        {{"X-Auth-Token", token}, {"Content-Type", "application/json"}});
    ASSERT_EQ(associated.status, 200);
    EXPECT_EQ(
        associated.json().value(QStringLiteral("floatingip")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("ACTIVE"));
    bool found = false;
    for (const QJsonValue& entry :
        server(web, token).value(QStringLiteral("addresses")).toObject().value(QStringLiteral("demo-net")).toArray()) {
        if (entry.toObject().value(QStringLiteral("OS-EXT-IPS:type")).toString() == QStringLiteral("floating"))
            found = entry.toObject().value(QStringLiteral("addr")).toString() == address;
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(m_client
                  ->send("DELETE",
                      QStringLiteral("/network/v2.0/floatingips/") + floating.value(QStringLiteral("id")).toString(),
                      {}, {{"X-Auth-Token", token}})
                  .status,
        204);
}

TEST_F(SandboxTest, VolumeLifecycleAttachAndUploadToImage)
{
    m_cloud->seed();
    const QByteArray token = demoToken();
    const QString project = sandbox::SandboxCloud::projectId(QStringLiteral("demo"));
    const QString base = QStringLiteral("/volume/v3/") + project;
    const SandboxReply created = m_client->postJson(base + QStringLiteral("/volumes"),
        QJsonObject {{QStringLiteral("volume"),
            QJsonObject {{QStringLiteral("size"), 1}, {QStringLiteral("name"), QStringLiteral("data")},
                {QStringLiteral("imageRef"), imageId(QStringLiteral("debian-12"))}}}},
        token);
    ASSERT_EQ(created.status, 202) << created.body.toStdString();
    const QJsonObject volume = created.json().value(QStringLiteral("volume")).toObject();
    EXPECT_EQ(volume.value(QStringLiteral("status")).toString(), QStringLiteral("creating"));
    const QString id = volume.value(QStringLiteral("id")).toString();
    const auto status = [&]() {
        return m_client->get(base + QStringLiteral("/volumes/") + id, token)
            .json()
            .value(QStringLiteral("volume"))
            .toObject()
            .value(QStringLiteral("status"))
            .toString();
    };
    ASSERT_TRUE(QTest::qWaitFor([&]() { return status() == QStringLiteral("available"); }, 5000));
    EXPECT_EQ(m_client->get(base + QStringLiteral("/volumes/detail"), backupToken()).status, 403);
    EXPECT_EQ(m_client
                  ->get(QStringLiteral("/volume/v3/%1/volumes/detail")
                            .arg(sandbox::SandboxCloud::projectId(QStringLiteral("backup"))),
                      backupToken())
                  .json()
                  .value(QStringLiteral("volumes"))
                  .toArray()
                  .size(),
        0);

    // Attach through Nova, then deleting is refused.
    const QString web = findServer(QStringLiteral("web-01"), token);
    const SandboxReply attach = compute("POST", QStringLiteral("/servers/%1/os-volume_attachments").arg(web), token,
        QJsonObject {{QStringLiteral("volumeAttachment"), QJsonObject {{QStringLiteral("volumeId"), id}}}});
    ASSERT_EQ(attach.status, 200) << attach.body.toStdString();
    EXPECT_EQ(
        attach.json().value(QStringLiteral("volumeAttachment")).toObject().value(QStringLiteral("device")).toString(),
        QStringLiteral("/dev/vdb"));
    ASSERT_TRUE(QTest::qWaitFor([&]() { return status() == QStringLiteral("in-use"); }, 5000));
    EXPECT_EQ(
        m_client->send("DELETE", base + QStringLiteral("/volumes/") + id, {}, {{"X-Auth-Token", token}}).status, 400);
    EXPECT_EQ(
        compute("DELETE", QStringLiteral("/servers/%1/os-volume_attachments/%2").arg(web, id), token).status, 202);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return status() == QStringLiteral("available"); }, 5000));

    const SandboxReply upload = m_client->postJson(base + QStringLiteral("/volumes/%1/action").arg(id),
        QJsonObject {{QStringLiteral("os-volume_upload_image"),
            QJsonObject {{QStringLiteral("image_name"), QStringLiteral("data-image")}}}},
        token);
    ASSERT_EQ(upload.status, 202) << upload.body.toStdString();
    const QString imageId = upload.json()
                                .value(QStringLiteral("os-volume_upload_image"))
                                .toObject()
                                .value(QStringLiteral("image_id"))
                                .toString();
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() {
            return m_client->get(QStringLiteral("/image/v2/images/") + imageId, token)
                       .json()
                       .value(QStringLiteral("status"))
                       .toString()
                == QStringLiteral("active");
        },
        5000));
    const QByteArray debian
        = m_client
              ->get(QStringLiteral("/image/v2/images/%1/file").arg(this->imageId(QStringLiteral("debian-12"))), token)
              .body;
    EXPECT_TRUE(m_client->get(QStringLiteral("/image/v2/images/%1/file").arg(imageId), token).body == debian);

    ASSERT_TRUE(QTest::qWaitFor([&]() { return status() == QStringLiteral("available"); }, 5000));
    EXPECT_EQ(
        m_client->send("DELETE", base + QStringLiteral("/volumes/") + id, {}, {{"X-Auth-Token", token}}).status, 202);
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() { return m_client->get(base + QStringLiteral("/volumes/") + id, token).status == 404; }, 5000));
}

TEST(SandboxExecutable, PrintsUrlAndServes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QProcess process;
    process.start(QStringLiteral(CLOUDTWIN_SANDBOX_EXE),
        {QStringLiteral("--state"), dir.path(), QStringLiteral("--seed"), QStringLiteral("--print-clouds-yaml")});
    ASSERT_TRUE(process.waitForStarted(5000));
    QByteArray line;
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() {
            if (process.canReadLine())
                line = process.readLine().trimmed();
            return !line.isEmpty() || process.state() == QProcess::NotRunning;
        },
        10000));
    ASSERT_TRUE(line.startsWith("CLOUDTWIN_SANDBOX_URL=http://127.0.0.1:")) << line.toStdString();
    ASSERT_TRUE(line.endsWith("/identity/v3"));
    const QString identity = QString::fromLatin1(line.mid(line.indexOf('=') + 1));
    SandboxClient client(identity.left(identity.indexOf(QStringLiteral("/identity"))));
    const QByteArray token
        = client.login(QStringLiteral("demo"), QStringLiteral("demo-secret"), QStringLiteral("demo"));
    ASSERT_FALSE(token.isEmpty());
    const SandboxReply servers = client.get(QStringLiteral("/compute/v2.1/servers"), token);
    EXPECT_EQ(servers.status, 200);
    EXPECT_EQ(servers.json().value(QStringLiteral("servers")).toArray().size(), 3); // seeded in project demo
    (void)QTest::qWaitFor(
        [&]() { return process.bytesAvailable() > 0 && process.readAll().contains("auth_url"); }, 2000);
    process.terminate();
    EXPECT_TRUE(process.waitForFinished(5000));
    EXPECT_EQ(process.exitCode(), 0);
}

} // namespace ct::test

// Glance emulation: real bytes in and out, checksums, createImage from a server, restart.
#include "sandboxtestfixture.h"

#include <QCryptographicHash>
#include <QTcpSocket>

namespace ct::test {
namespace {

QByteArray testBytes(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char((i * 131 + i / 7) & 0xff);
    return data;
}

} // namespace

class SandboxImageTest : public SandboxTest
{
protected:
    QString createImage(const QByteArray& token, const QString& name)
    {
        const SandboxReply created = m_client->postJson(QStringLiteral("/image/v2/images"),
            QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("disk_format"), QStringLiteral("qcow2")},
                {QStringLiteral("container_format"), QStringLiteral("bare")},
                {QStringLiteral("cloudtwin_pair"), QStringLiteral("p1")}},
            token);
        EXPECT_EQ(created.status, 201) << created.body.toStdString();
        EXPECT_EQ(created.json().value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        return created.json().value(QStringLiteral("id")).toString();
    }
    SandboxReply upload(const QByteArray& token, const QString& id, const QByteArray& data)
    {
        return m_client->send("PUT", QStringLiteral("/image/v2/images/%1/file").arg(id), data,
            {{"X-Auth-Token", token}, {"Content-Type", "application/octet-stream"}}, 60000);
    }
};

TEST_F(SandboxImageTest, UploadAndDownloadKeepTheBytesAndChecksums)
{
    const QByteArray token = demoToken();
    const QString id = createImage(token, QStringLiteral("replica-1"));
    const QByteArray data = testBytes(3 * 1024 * 1024 + 17); // above the in-memory limit: spooled to disk
    ASSERT_EQ(upload(token, id, data).status, 204);

    const QJsonObject image = m_client->get(QStringLiteral("/image/v2/images/") + id, token).json();
    EXPECT_EQ(image.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_EQ(image.value(QStringLiteral("size")).toInteger(), data.size());
    const QByteArray md5 = QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
    EXPECT_EQ(image.value(QStringLiteral("checksum")).toString().toLatin1(), md5);
    EXPECT_EQ(image.value(QStringLiteral("os_hash_algo")).toString(), QStringLiteral("sha512"));
    EXPECT_EQ(image.value(QStringLiteral("os_hash_value")).toString().toLatin1(),
        QCryptographicHash::hash(data, QCryptographicHash::Sha512).toHex());
    EXPECT_EQ(image.value(QStringLiteral("cloudtwin_pair")).toString(), QStringLiteral("p1"));

    const SandboxReply download = m_client->get(QStringLiteral("/image/v2/images/%1/file").arg(id), token);
    ASSERT_EQ(download.status, 200);
    EXPECT_EQ(download.header("content-md5"), md5);
    EXPECT_TRUE(download.body == data);

    const SandboxReply range = m_client->send("GET", QStringLiteral("/image/v2/images/%1/file").arg(id), {},
        {{"X-Auth-Token", token}, {"Range", "bytes=1000-"}});
    EXPECT_EQ(range.status, 206);
    EXPECT_TRUE(range.body == data.mid(1000));

    // A second upload to an active image is refused; the other project cannot see the private image.
    EXPECT_EQ(upload(token, id, "x").status, 409);
    const SandboxReply hidden = m_client->get(QStringLiteral("/image/v2/images/") + id, backupToken());
    EXPECT_EQ(hidden.status, 404);
    EXPECT_TRUE(hidden.header("content-type").startsWith("text/html"));
}

TEST_F(SandboxImageTest, ListHasDefaultImagesAndPagesWithNext)
{
    const QByteArray token = demoToken();
    const SandboxReply first = m_client->get(QStringLiteral("/image/v2/images?limit=2"), token);
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(first.json().value(QStringLiteral("images")).toArray().size(), 2);
    const QString next = first.json().value(QStringLiteral("next")).toString();
    ASSERT_TRUE(next.startsWith(QStringLiteral("/v2/images?")));
    const SandboxReply second = m_client->get(QStringLiteral("/image") + next, token);
    ASSERT_EQ(second.json().value(QStringLiteral("images")).toArray().size(), 1);
    const QJsonObject cirros
        = m_client->get(QStringLiteral("/image/v2/images/") + imageId(QStringLiteral("cirros-0.6")), token).json();
    EXPECT_EQ(cirros.value(QStringLiteral("os_distro")).toString(), QStringLiteral("cirros"));
    EXPECT_EQ(cirros.value(QStringLiteral("visibility")).toString(), QStringLiteral("public"));
    EXPECT_EQ(cirros.value(QStringLiteral("size")).toInteger(), 1024 * 1024);
}

TEST_F(SandboxImageTest, CreateImageFromServerCopiesItsDisk)
{
    m_cloud->seed();
    const QByteArray token = demoToken();
    const QString web = findServer(QStringLiteral("web-01"), token);
    const SandboxReply reply = compute("POST", QStringLiteral("/servers/%1/action").arg(web), token,
        QJsonObject {{QStringLiteral("createImage"),
            QJsonObject {{QStringLiteral("name"), QStringLiteral("web-01-snap")},
                {QStringLiteral("metadata"), QJsonObject {{QStringLiteral("cloudtwin_seq"), QStringLiteral("7")}}}}}},
        "2.45");
    ASSERT_EQ(reply.status, 202) << reply.body.toStdString();
    const QString imageId = reply.json().value(QStringLiteral("image_id")).toString();
    ASSERT_FALSE(imageId.isEmpty());
    EXPECT_EQ(
        server(web, token).value(QStringLiteral("OS-EXT-STS:task_state")).toString(), QStringLiteral("image_snapshot"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() {
            return m_client->get(QStringLiteral("/image/v2/images/") + imageId, token)
                       .json()
                       .value(QStringLiteral("status"))
                       .toString()
                == QStringLiteral("active");
        },
        5000));
    const QJsonObject image = m_client->get(QStringLiteral("/image/v2/images/") + imageId, token).json();
    EXPECT_EQ(image.value(QStringLiteral("image_type")).toString(), QStringLiteral("snapshot"));
    EXPECT_EQ(image.value(QStringLiteral("instance_uuid")).toString(), web);
    EXPECT_EQ(image.value(QStringLiteral("cloudtwin_seq")).toString(), QStringLiteral("7"));
    const QByteArray cirros
        = m_client
              ->get(QStringLiteral("/image/v2/images/%1/file").arg(this->imageId(QStringLiteral("cirros-0.6"))), token)
              .body;
    const QByteArray snapshot = m_client->get(QStringLiteral("/image/v2/images/%1/file").arg(imageId), token).body;
    EXPECT_EQ(snapshot.size(), 1024 * 1024);
    EXPECT_TRUE(snapshot == cirros);
    // Before 2.45 the image comes back in a Location header.
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() { return server(web, token).value(QStringLiteral("OS-EXT-STS:task_state")).isNull(); }, 5000));
    const SandboxReply old = compute("POST", QStringLiteral("/servers/%1/action").arg(web), token,
        QJsonObject {{QStringLiteral("createImage"), QJsonObject {{QStringLiteral("name"), QStringLiteral("old")}}}},
        "2.44");
    EXPECT_EQ(old.status, 202);
    EXPECT_TRUE(old.header("location").contains("/image/v2/images/"));
}

TEST_F(SandboxImageTest, StateSurvivesARestart)
{
    m_cloud->seed();
    QByteArray token = demoToken();
    const QString id = createImage(token, QStringLiteral("keep-me"));
    const QByteArray data = testBytes(200 * 1024);
    ASSERT_EQ(upload(token, id, data).status, 204);
    const QString server = createServer(token, QStringLiteral("pending-at-restart"));

    m_client.reset();
    m_cloud.reset(); // stop; the BUILD transition is still pending
    startCloud();

    // Tokens survive too (Fernet tokens outlive a Keystone restart).
    EXPECT_EQ(m_client->get(QStringLiteral("/compute/v2.1/servers"), token).status, 200);
    token = demoToken();
    EXPECT_FALSE(findServer(QStringLiteral("web-01"), token).isEmpty());
    ASSERT_TRUE(waitForStatus(server, token, QStringLiteral("ACTIVE")));
    const SandboxReply download = m_client->get(QStringLiteral("/image/v2/images/%1/file").arg(id), token);
    EXPECT_TRUE(download.body == data);
}

} // namespace ct::test

namespace ct::test {

// Clients such as python-requests stream uploads with Transfer-Encoding: chunked; QNetworkAccessManager never
// does, so this speaks raw HTTP.
TEST_F(SandboxImageTest, ChunkedUploadIsDecoded)
{
    const QByteArray token = demoToken();
    const QString id = createImage(token, QStringLiteral("chunked"));
    const QByteArray data = testBytes(1500 * 1024);
    QByteArray request = "PUT /image/v2/images/" + id.toLatin1()
        + "/file HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: " + token
        + "\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    for (qsizetype offset = 0; offset < data.size(); offset += 100000) {
        const QByteArray chunk = data.mid(offset, 100000);
        request += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    request += "0\r\n\r\n";
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_cloud->port());
    ASSERT_TRUE(QTest::qWaitFor([&]() { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
    socket.write(request);
    QByteArray answer;
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() {
            answer += socket.readAll();
            return answer.contains("\r\n\r\n");
        },
        10000));
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 204")) << answer.left(200).toStdString();
    const QJsonObject image = m_client->get(QStringLiteral("/image/v2/images/") + id, token).json();
    EXPECT_EQ(image.value(QStringLiteral("size")).toInteger(), data.size());
    EXPECT_EQ(image.value(QStringLiteral("checksum")).toString().toLatin1(),
        QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
}

} // namespace ct::test

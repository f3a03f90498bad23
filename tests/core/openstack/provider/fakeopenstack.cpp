#include "fakeopenstack.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace ct::test {

QByteArray fixture(const QString& relativePath, const QString& base)
{
    QFile file(QStringLiteral(CT_OPENSTACK_FIXTURES "/") + relativePath);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << "missing fixture " << relativePath.toStdString();
    QByteArray text = file.readAll();
    if (!base.isEmpty())
        text.replace("{{BASE}}", base.toUtf8());
    return text;
}

QJsonObject fixtureObject(const QString& relativePath)
{
    return QJsonDocument::fromJson(fixture(relativePath)).object();
}

QJsonObject serverJson(const QString& id, const QString& status)
{
    static const QJsonObject templateServer = fixtureObject(QStringLiteral("compute/listServers_v247.json"))
                                                  .value(QLatin1String("servers"))
                                                  .toArray()
                                                  .first()
                                                  .toObject();
    QJsonObject server = templateServer;
    server.insert(QStringLiteral("id"), id);
    server.insert(QStringLiteral("name"), QString(QStringLiteral("vm-") + id));
    server.insert(QStringLiteral("status"), status);
    return server;
}

QByteArray serversPage(const QList<QJsonObject>& servers, const QString& nextMarker)
{
    QJsonArray array;
    for (const QJsonObject& server : servers)
        array.append(server);
    QJsonObject body {{QStringLiteral("servers"), array}};
    if (!nextMarker.isEmpty())
        body.insert(QStringLiteral("servers_links"),
            QJsonArray {QJsonObject {
                {QStringLiteral("href"),
                    QStringLiteral("http://nova-internal.example:8774/v2.1/servers/detail?limit=%1&marker=%2")
                        .arg(servers.size())
                        .arg(nextMarker)},
                {QStringLiteral("rel"), QStringLiteral("next")}}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

FakeOpenStack::FakeOpenStack()
{
    EXPECT_TRUE(server.start());
    server.route("POST", QStringLiteral("/identity/v3/auth/tokens"), [this](const RecordedRequest&) {
        if (rejectSignIn)
            return FakeResponse::json(401, fixture(QStringLiteral("identity/authenticate_unauthorized.json")));
        const QByteArray token = "tok-" + QByteArray::number(++m_issued);
        m_valid.insert(token);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QByteArray body = fixture(tokenFixture, server.url().toString(QUrl::StripTrailingSlash));
        body.replace("{{EXPIRES}}",
            now.addSecs(tokenLifetimeSeconds).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z")).toUtf8());
        body.replace("{{ISSUED}}", now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z")).toUtf8());
        return FakeResponse::json(201, body).header("X-Subject-Token", token);
    });
    server.route("GET", QStringLiteral("/compute/v2.1/"), [this](const RecordedRequest&) {
        QByteArray body
            = fixture(QStringLiteral("compute/getVersion_v21.json"), server.url().toString(QUrl::StripTrailingSlash));
        body.replace("{{MAX}}", maxVersion.toUtf8());
        return FakeResponse::json(200, body);
    });
}

CloudAccount FakeOpenStack::passwordAccount() const
{
    CloudAccount account;
    account.id = QStringLiteral("acc-1");
    account.name = QStringLiteral("FakeStack");
    account.kind = CloudKind::OpenStack;
    account.authUrl = server.url(QStringLiteral("/identity/v3")).toString();
    account.authType = QStringLiteral("password");
    account.userName = QStringLiteral("demo");
    account.userDomainName = QStringLiteral("Default");
    account.projectName = QStringLiteral("demo");
    account.projectDomainName = QStringLiteral("Default");
    account.regionName = QStringLiteral("RegionOne");
    return account;
}

CloudAccount FakeOpenStack::applicationCredentialAccount() const
{
    CloudAccount account = passwordAccount();
    account.authType = QStringLiteral("v3applicationcredential");
    account.userName.clear();
    account.projectName.clear();
    account.applicationCredentialId = QStringLiteral("423f19a4ac1e4f48bbb4180756e6eb6c");
    return account;
}

std::unique_ptr<openstack::OpenStackProvider> FakeOpenStack::provider(
    const CloudAccount& account, const QByteArray& secret)
{
    HttpPolicy policy;
    policy.timeoutMs = 5000;
    policy.maxAttempts = 2;
    policy.baseBackoffMs = 5;
    policy.maxBackoffMs = 100;
    auto provider = std::make_unique<openstack::OpenStackProvider>(account, secret, policy);
    EXPECT_TRUE(provider->prepare().ok());
    provider->compute()->setPollIntervals(5, 20);
    return provider;
}

QString FakeOpenStack::computePath(const QString& path) const
{
    return QStringLiteral("/compute/v2.1/") + project + path;
}

bool FakeOpenStack::authorized(const RecordedRequest& request) const
{
    return m_valid.contains(request.header("x-auth-token"));
}

void FakeOpenStack::computeRoute(const QByteArray& method, const QString& path, FakeHttpServer::Handler handler)
{
    server.route(method, computePath(path), [this, handler](const RecordedRequest& request) {
        if (!authorized(request))
            return FakeResponse::json(401, fixture(QStringLiteral("identity/authenticate_unauthorized.json")));
        return handler(request);
    });
}

void FakeOpenStack::computeRoute(const QByteArray& method, const QString& path, FakeResponse response)
{
    computeRoute(method, path, [response](const RecordedRequest&) { return response; });
}

QList<RecordedRequest> FakeOpenStack::requestsTo(const QString& path) const
{
    QList<RecordedRequest> matching;
    for (const RecordedRequest& request : server.requests()) {
        if (request.path == path)
            matching.append(request);
    }
    return matching;
}

} // namespace ct::test

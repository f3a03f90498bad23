#include "sandboxcloud.h"

#include "cloudstackservice.h"
#include "computeservice.h"
#include "httpserver.h"
#include "identityservice.h"
#include "imageservice.h"
#include "networkservice.h"
#include "sandboxapi.h"
#include "volumeservice.h"

#include <QDir>
#include <QJsonArray>

#include <cmath>

namespace ct::sandbox {

SandboxCloud::SandboxCloud(QObject* parent)
    : QObject(parent)
    , m_http(std::make_unique<HttpServer>())
{
    m_context.store = &m_store;
    m_identity = std::make_unique<IdentityService>(&m_context);
    m_images = std::make_unique<ImageService>(&m_context);
    m_network = std::make_unique<NetworkService>(&m_context);
    m_volumes = std::make_unique<VolumeService>(&m_context, m_images.get());
    m_compute = std::make_unique<ComputeService>(&m_context, m_images.get(), m_network.get(), m_volumes.get());
    m_cloudstack = std::make_unique<CloudStackService>(&m_context);
    m_http->setHandler([this](const HttpRequest& request) { return handle(request); });
}

SandboxCloud::~SandboxCloud() { stop(); }

QString SandboxCloud::projectId(const QString& projectName) { return IdentityService::projectId(projectName); }

bool SandboxCloud::start(const QString& stateDir, quint16 port)
{
    bool fresh = false;
    if (!m_store.open(stateDir, &fresh, &m_error))
        return false;
    QDir spool(m_store.dir() + QStringLiteral("/tmp"));
    for (const QString& leftover : spool.entryList(QDir::Files))
        spool.remove(leftover);
    if (fresh)
        createDefaults();
    else if (m_store.items(QStringLiteral("cs_templates")).isEmpty())
        m_cloudstack->createDefaults(); // a state folder from before the CloudStack emulation
    m_store.save();
    m_http->setSpoolDir(spool.absolutePath());
    if (!m_http->listen(port)) {
        m_error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_http->errorString());
        return false;
    }
    m_context.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_http->port());
    return true;
}

void SandboxCloud::stop()
{
    m_http->close();
    m_store.save();
}

quint16 SandboxCloud::port() const { return m_http->port(); }

QString SandboxCloud::stateDir() const { return m_store.dir(); }

void SandboxCloud::createDefaults()
{
    m_images->createDefaults();
    m_network->createDefaults();
    m_cloudstack->createDefaults();
}

SandboxCloud::CloudStackKeys SandboxCloud::cloudStackKeys(const QString& account)
{
    if (!CloudStackService::accounts().contains(account))
        return {};
    return {CloudStackService::apiKey(account), CloudStackService::secretKey(account)};
}

QStringList SandboxCloud::seedManyCloudStack(const QString& account, int count, const QString& prefix)
{
    const QStringList ids = m_cloudstack->createMany(account, prefix, count);
    m_store.save();
    return ids;
}

void SandboxCloud::setFaults(const SandboxFaults& faults)
{
    if (faults.expireTokens && !m_faults.expireTokens)
        m_context.tokensValidAfterMs = SandboxStore::nowMs();
    m_faults = faults;
    m_errorCounter = m_dropCounter = m_rateCounter = 0;
}

QStringList SandboxCloud::seed()
{
    QStringList ids {
        m_compute->createSeeded(QStringLiteral("demo"), QStringLiteral("web-01"), QStringLiteral("2"),
            QStringLiteral("cirros-0.6"), QStringLiteral("ACTIVE")),
        m_compute->createSeeded(QStringLiteral("demo"), QStringLiteral("db-01"), QStringLiteral("3"),
            QStringLiteral("ubuntu-22.04"), QStringLiteral("ACTIVE")),
        m_compute->createSeeded(QStringLiteral("demo"), QStringLiteral("build-box"), QStringLiteral("1"),
            QStringLiteral("debian-12"), QStringLiteral("SHUTOFF")),
        m_compute->createSeeded(QStringLiteral("backup"), QStringLiteral("backup-01"), QStringLiteral("2"),
            QStringLiteral("cirros-0.6"), QStringLiteral("ACTIVE")),
    };
    m_cloudstack->seed();
    m_store.save();
    return ids;
}

QStringList SandboxCloud::seedMany(const QString& projectName, int count, const QString& prefix)
{
    const QStringList ids = m_compute->createMany(projectName, prefix, count);
    m_store.save();
    return ids;
}

void SandboxCloud::reset()
{
    m_store.clear();
    createDefaults();
    m_store.save();
    setFaults(SandboxFaults());
    m_context.tokensValidAfterMs = 0;
}

QString SandboxCloud::cloudsYaml() const
{
    const QString url = identityUrl();
    return QStringLiteral("clouds:\n"
                          "  cloudtwin-sandbox:\n"
                          "    auth:\n"
                          "      auth_url: %1\n"
                          "      username: demo\n"
                          "      password: demo-secret\n"
                          "      project_name: demo\n"
                          "      user_domain_name: Default\n"
                          "      project_domain_name: Default\n"
                          "    region_name: RegionOne\n"
                          "    interface: public\n"
                          "    identity_api_version: 3\n"
                          "  cloudtwin-sandbox-appcred:\n"
                          "    auth_type: v3applicationcredential\n"
                          "    auth:\n"
                          "      auth_url: %1\n"
                          "      application_credential_id: demo-appcred\n"
                          "      application_credential_secret: demo-appcred-secret\n"
                          "    region_name: RegionOne\n"
                          "    interface: public\n"
                          "    identity_api_version: 3\n"
                          "  cloudtwin-sandbox-backup:\n"
                          "    auth:\n"
                          "      auth_url: %1\n"
                          "      username: backup\n"
                          "      password: backup-secret\n"
                          "      project_name: backup\n"
                          "      user_domain_name: Default\n"
                          "      project_domain_name: Default\n"
                          "    region_name: RegionOne\n"
                          "    interface: public\n"
                          "    identity_api_version: 3\n")
        .arg(url);
}

bool SandboxCloud::fires(double rate, qint64* counter)
{
    // Deterministic: request n fires when floor(n * rate) grows, so 0.3 fails exactly 3 of every 10.
    if (rate <= 0.0)
        return false;
    const qint64 before = qint64(std::floor(double(*counter) * rate + 1e-9));
    ++*counter;
    const qint64 after = qint64(std::floor(double(*counter) * rate + 1e-9));
    return after > before;
}

HttpResponse SandboxCloud::handle(const HttpRequest& request)
{
    const QByteArray requestId = "req-" + api::newId().toLatin1();
    HttpResponse response;
    if (request.path.startsWith(QStringLiteral("/_sandbox/")) || request.path == QStringLiteral("/_sandbox")) {
        response = handleAdmin(request);
    } else {
        const QString first = request.path.section(u'/', 1, 1);
        const QString path = request.path.mid(first.size() + 1);
        // CloudStack: the API at /client/api, and what its secondary storage VM serves (/userdata, /upload).
        static const QStringList cloudStackPrefixes
            = {QStringLiteral("client"), QStringLiteral("userdata"), QStringLiteral("upload")};
        const bool cloudStack = cloudStackPrefixes.contains(first);
        const QString service = cloudStack ? QStringLiteral("cloudstack") : first;
        static const QStringList services = {QStringLiteral("identity"), QStringLiteral("compute"),
            QStringLiteral("image"), QStringLiteral("network"), QStringLiteral("volume"), QStringLiteral("cloudstack")};
        if (!services.contains(service)) {
            response = HttpResponse::text(404,
                QByteArrayLiteral("404 Not Found\n\nThe CloudTwin sandbox serves "
                                  "/identity, /compute, /image, /network, /volume and /client/api.\n"),
                QByteArrayLiteral("text/plain"));
        } else if (m_faults.down.contains(service)) {
            return api::proxyDown(service); // the load balancer answers, not the service: no request id
        } else {
            const bool faulty = m_faults.appliesTo(service);
            if (faulty && fires(m_faults.dropConnections, &m_dropCounter)) {
                response.drop = true;
                response.delayMs = m_faults.latencyMs;
                return response;
            }
            if (faulty && m_faults.rateLimitEvery > 0 && ++m_rateCounter % m_faults.rateLimitEvery == 0) {
                response = cloudStack
                    ? m_cloudstack->faultResponse(request, 429,
                        QStringLiteral("The given user has reached his/her account api limit, please retry "
                                       "after %1 ms.")
                            .arg(m_faults.retryAfterS * 1000))
                    : api::serviceError(service, 429, QStringLiteral("This request was rate-limited."));
                response.header(QByteArrayLiteral("Retry-After"), QByteArray::number(m_faults.retryAfterS));
            } else if (faulty && fires(m_faults.errorRate, &m_errorCounter)) {
                const QString text = QStringLiteral("The sandbox injected this %1 error (fault error_rate).")
                                         .arg(m_faults.errorStatus);
                response = cloudStack ? m_cloudstack->faultResponse(request, m_faults.errorStatus, text)
                                      : api::serviceError(service, m_faults.errorStatus, text);
            } else if (cloudStack) {
                response = m_cloudstack->handle(request);
            } else {
                response = route(request, service, path);
            }
            if (faulty)
                response.delayMs = m_faults.latencyMs;
            if (service == QStringLiteral("compute"))
                response.header(QByteArrayLiteral("X-Compute-Request-Id"), requestId);
        }
    }
    m_store.save();
    if (!request.path.startsWith(QStringLiteral("/client")) && !request.path.startsWith(QStringLiteral("/userdata"))
        && !request.path.startsWith(QStringLiteral("/upload")))
        response.header(QByteArrayLiteral("x-openstack-request-id"), requestId);
    return response;
}

HttpResponse SandboxCloud::route(const HttpRequest& request, const QString& service, const QString& path)
{
    if (service == QStringLiteral("identity"))
        return m_identity->handle(request, path);

    // Version documents need no token, as in OpenStack.
    const bool root = path.isEmpty() || path == QStringLiteral("/");
    if (request.method == "GET") {
        if (service == QStringLiteral("compute")
            && (root || path == QStringLiteral("/v2.1") || path == QStringLiteral("/v2.1/")))
            return m_compute->versions(path);
        if (service == QStringLiteral("image") && (root || path == QStringLiteral("/versions")))
            return HttpResponse::json(root ? 300 : 200,
                QJsonObject {{QStringLiteral("versions"),
                    QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("v2.16")},
                        {QStringLiteral("status"), QStringLiteral("CURRENT")},
                        {QStringLiteral("links"),
                            QJsonArray {QJsonObject {{QStringLiteral("rel"), QStringLiteral("self")},
                                {QStringLiteral("href"), QString(baseUrl() + QStringLiteral("/image/v2/"))}}}}}}}});
        if (service == QStringLiteral("network") && root)
            return HttpResponse::json(200,
                QJsonObject {{QStringLiteral("versions"),
                    QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("v2.0")},
                        {QStringLiteral("status"), QStringLiteral("CURRENT")},
                        {QStringLiteral("links"),
                            QJsonArray {QJsonObject {{QStringLiteral("rel"), QStringLiteral("self")},
                                {QStringLiteral("href"), QString(baseUrl() + QStringLiteral("/network/v2.0/"))}}}}}}}});
        if (service == QStringLiteral("volume") && root)
            return HttpResponse::json(300,
                QJsonObject {{QStringLiteral("versions"),
                    QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("v3.0")},
                        {QStringLiteral("status"), QStringLiteral("CURRENT")},
                        {QStringLiteral("version"), QStringLiteral("3.70")},
                        {QStringLiteral("min_version"), QStringLiteral("3.0")},
                        {QStringLiteral("updated"), QStringLiteral("2022-08-31T00:00:00Z")},
                        {QStringLiteral("links"),
                            QJsonArray {QJsonObject {{QStringLiteral("rel"), QStringLiteral("self")},
                                {QStringLiteral("href"), QString(baseUrl() + QStringLiteral("/volume/v3/"))}}}}}}}});
    }

    const AuthContext auth = m_identity->validate(request.header("x-auth-token"));
    if (auth.isEmpty())
        return api::unauthorized(baseUrl() + QStringLiteral("/identity"));
    if (service == QStringLiteral("compute"))
        return m_compute->handle(request, path, auth);
    if (service == QStringLiteral("image"))
        return m_images->handle(request, path, auth);
    if (service == QStringLiteral("network"))
        return m_network->handle(request, path, auth);
    return m_volumes->handle(request, path, auth);
}

QJsonObject SandboxCloud::cloudStackInfo() const
{
    QJsonObject accounts;
    for (const QString& account : CloudStackService::accounts()) {
        const CloudStackKeys keys = cloudStackKeys(account);
        accounts.insert(account,
            QJsonObject {{QStringLiteral("apikey"), keys.apiKey}, {QStringLiteral("secretkey"), keys.secretKey},
                {QStringLiteral("username"), account},
                {QStringLiteral("password"), QString(account + QStringLiteral("-secret"))},
                {QStringLiteral("domain"), QStringLiteral("ROOT")}});
    }
    return QJsonObject {{QStringLiteral("api_url"), cloudStackApiUrl()}, {QStringLiteral("accounts"), accounts}};
}

HttpResponse SandboxCloud::handleAdmin(const HttpRequest& request)
{
    const auto error = [](int status, const QString& message) {
        return HttpResponse::json(status, QJsonObject {{QStringLiteral("error"), message}});
    };
    if (!request.peer.isLoopback())
        return error(403, QStringLiteral("the sandbox admin endpoint answers loopback clients only"));
    const QString path = request.path;
    if (path == QStringLiteral("/_sandbox/faults")) {
        if (request.method == "GET")
            return HttpResponse::json(200, m_faults.toJson());
        if (request.method == "DELETE") {
            setFaults(SandboxFaults());
            return HttpResponse::json(200, m_faults.toJson());
        }
        if (request.method == "PUT" || request.method == "POST") {
            QJsonObject body;
            QString message;
            if (!request.jsonBody(&body, &message))
                return error(400, QStringLiteral("the body must be a JSON object: %1").arg(message));
            const SandboxFaults faults = SandboxFaults::fromJson(body, &message);
            if (!message.isEmpty())
                return error(400, message);
            setFaults(faults);
            return HttpResponse::json(200, m_faults.toJson());
        }
    } else if (path == QStringLiteral("/_sandbox/reset") && request.method == "POST") {
        reset();
        return HttpResponse::json(200, QJsonObject {{QStringLiteral("reset"), true}});
    } else if (path == QStringLiteral("/_sandbox/seed") && request.method == "POST") {
        QJsonObject body;
        if (!request.body.isEmpty() && !request.jsonBody(&body))
            return error(
                400, QStringLiteral("the body must be a JSON object, e.g. {\"project\": \"demo\", \"count\": 5000}"));
        QStringList ids;
        QStringList cloudStackIds;
        const QString cloud = body.value(QStringLiteral("cloud")).toString(QStringLiteral("openstack"));
        if (cloud != QStringLiteral("openstack") && cloud != QStringLiteral("cloudstack"))
            return error(400, QStringLiteral("\"cloud\" must be \"openstack\" or \"cloudstack\""));
        if (body.isEmpty()) {
            ids = seed();
            cloudStackIds = m_cloudstack->seed(); // idempotent: the ids seed() just made or found
        } else {
            const QString project = body.value(QStringLiteral("project")).toString();
            const int count = body.value(QStringLiteral("count")).toInt(-1);
            if (project != QStringLiteral("demo") && project != QStringLiteral("backup"))
                return error(400, QStringLiteral("\"project\" must be \"demo\" or \"backup\""));
            if (count < 1 || count > 50000)
                return error(400, QStringLiteral("\"count\" must be a number from 1 to 50000"));
            const QString prefix = body.value(QStringLiteral("prefix")).toString(QStringLiteral("load"));
            if (cloud == QStringLiteral("cloudstack"))
                cloudStackIds = seedManyCloudStack(project, count, prefix);
            else
                ids = seedMany(project, count, prefix);
        }
        QJsonObject answer;
        if (cloud == QStringLiteral("openstack"))
            answer.insert(QStringLiteral("servers"), QJsonArray::fromStringList(ids));
        if (!cloudStackIds.isEmpty() || cloud == QStringLiteral("cloudstack"))
            answer.insert(QStringLiteral("virtualmachines"), QJsonArray::fromStringList(cloudStackIds));
        return HttpResponse::json(200, answer);
    } else if (path == QStringLiteral("/_sandbox/info") && request.method == "GET") {
        return HttpResponse::json(200,
            QJsonObject {{QStringLiteral("identity_url"), identityUrl()}, {QStringLiteral("state_dir"), stateDir()},
                {QStringLiteral("build_delay_ms"), m_context.buildDelayMs},
                {QStringLiteral("action_delay_ms"), m_context.actionDelayMs},
                {QStringLiteral("token_lifetime_s"), m_context.tokenLifetimeS},
                {QStringLiteral("projects"),
                    QJsonObject {{QStringLiteral("demo"), projectId(QStringLiteral("demo"))},
                        {QStringLiteral("backup"), projectId(QStringLiteral("backup"))}}},
                {QStringLiteral("cloudstack"), cloudStackInfo()}});
    }
    return error(404,
        QStringLiteral("unknown sandbox admin call %1 %2 (see app/sandbox/README.md)")
            .arg(QString::fromLatin1(request.method), path));
}

} // namespace ct::sandbox

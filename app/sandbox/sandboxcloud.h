#pragma once

#include "sandboxcontext.h"
#include "sandboxfaults.h"

#include <QObject>
#include <QString>

#include <memory>

namespace ct::sandbox {

class CloudStackService;
class ComputeService;
class HttpServer;
class IdentityService;
class ImageService;
class NetworkService;
class VolumeService;
struct HttpRequest;
struct HttpResponse;

/// CloudTwin's own OpenStack emulator: Keystone, Nova, Glance, Cinder and Neutron (the subset CloudTwin uses) over
/// real HTTP on 127.0.0.1, one port, path-prefixed (/identity/v3, /compute/v2.1, /image, /network,
/// /volume/v3/{project}). State (and every image's real bytes) lives in a folder and survives a restart. Status
/// changes are driven by timers on the owning thread's event loop. Faults can be switched at run time, through
/// setFaults() or `PUT /_sandbox/faults` (loopback only, no token). See app/sandbox/README.md.
class SandboxCloud : public QObject
{
    Q_OBJECT

public:
    explicit SandboxCloud(QObject* parent = nullptr);
    ~SandboxCloud() override;

    /// Opens (or creates) the state in `stateDir` and listens on 127.0.0.1:`port` (0 = the OS picks).
    /// False with errorString() set if either fails.
    bool start(const QString& stateDir, quint16 port = 0);
    /// Stops listening and writes the state.
    void stop();
    QString errorString() const { return m_error; }

    quint16 port() const;
    QString baseUrl() const { return m_context.baseUrl; } ///< http://127.0.0.1:PORT
    QString identityUrl() const { return m_context.baseUrl + QStringLiteral("/identity/v3"); }
    QString stateDir() const;

    /// The CloudStack API on the same port: http://127.0.0.1:PORT/client/api.
    QString cloudStackApiUrl() const { return m_context.baseUrl + QStringLiteral("/client/api"); }
    /// A CloudStack account's API key pair (accounts "demo" and "backup"; stable, derived from the name). Both
    /// empty for an unknown account. Passwords (for `login`) are "<account>-secret", domain ROOT.
    struct CloudStackKeys
    {
        QString apiKey;
        QString secretKey;
    };
    static CloudStackKeys cloudStackKeys(const QString& account);

    void setBuildDelay(int ms) { m_context.buildDelayMs = qMax(0, ms); }
    void setActionDelay(int ms) { m_context.actionDelayMs = qMax(0, ms); }
    /// Servers a project may have (0 = unlimited); one more is refused as Nova refuses it (403, "Quota exceeded").
    void setInstanceQuota(int servers) { m_context.instanceQuota = qMax(0, servers); }
    void setTokenLifetime(int seconds) { m_context.tokenLifetimeS = qMax(1, seconds); }
    /// Zones GET /os-availability-zone lists after "nova" as not available, as Nova lists a zone whose compute
    /// hosts are all disabled; a create there is refused as in any zone but "nova". For tests.
    void setUnavailableZones(const QStringList& zones) { m_context.unavailableZones = zones; }

    void setFaults(const SandboxFaults& faults);
    SandboxFaults faults() const { return m_faults; }

    /// Creates web-01 (ACTIVE), db-01 (ACTIVE) and build-box (SHUTOFF) in project demo and backup-01 (ACTIVE) in
    /// project backup, and the CloudStack VMs cs-web-01 (Running), cs-db-01 (Stopped) in account demo and
    /// cs-backup-01 (Running) in account backup, unless they exist. Returns the OpenStack server ids (the admin
    /// endpoint `POST /_sandbox/seed` lists the CloudStack ones under "virtualmachines").
    QStringList seed();
    /// Creates `count` more servers `<prefix>-00001`… in project demo or backup (for large inventories).
    QStringList seedMany(const QString& projectName, int count, const QString& prefix = QStringLiteral("load"));
    /// The same for CloudStack VMs in account demo or backup (every third Stopped).
    QStringList seedManyCloudStack(const QString& account, int count, const QString& prefix = QStringLiteral("load"));
    /// Forgets everything (servers, volumes, uploaded images, tokens, faults) and re-creates the defaults.
    void reset();

    /// A clouds.yaml with `cloudtwin-sandbox` (demo, password), `cloudtwin-sandbox-appcred` and
    /// `cloudtwin-sandbox-backup`.
    QString cloudsYaml() const;

    /// Project ids are stable (derived from the names).
    static QString projectId(const QString& projectName);

private:
    HttpResponse handle(const HttpRequest& request);
    HttpResponse handleAdmin(const HttpRequest& request);
    QJsonObject cloudStackInfo() const;
    HttpResponse route(const HttpRequest& request, const QString& service, const QString& path);
    void createDefaults();
    static bool fires(double rate, qint64* counter);

    QString m_error;
    SandboxStore m_store;
    SandboxContext m_context;
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<IdentityService> m_identity;
    std::unique_ptr<ImageService> m_images;
    std::unique_ptr<NetworkService> m_network;
    std::unique_ptr<VolumeService> m_volumes;
    std::unique_ptr<ComputeService> m_compute;
    std::unique_ptr<CloudStackService> m_cloudstack;
    SandboxFaults m_faults;
    qint64 m_errorCounter = 0;
    qint64 m_dropCounter = 0;
    qint64 m_rateCounter = 0;
};

} // namespace ct::sandbox

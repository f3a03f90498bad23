#include "cloud/cloudstack/cloudstackprovider.h"

#include "cloud/cloudstack/cloudstackjson.h"
#include "cloud/cloudstack/multipartbody.h"
#include "cloud/publickey.h"
#include "logging/logging.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QPromise>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

namespace ct::cloudstack {

namespace {

template<class T>
QFuture<Result<T>> readyError(Error error)
{
    return QtFuture::makeReadyFuture(Result<T>(std::move(error)));
}

template<class T>
QFuture<Result<T>> ready(T value)
{
    return QtFuture::makeReadyFuture(Result<T>(std::move(value)));
}

template<class T>
std::shared_ptr<QPromise<Result<T>>> startedPromise()
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    return promise;
}

template<class T>
void settle(const std::shared_ptr<QPromise<Result<T>>>& promise, Result<T> result)
{
    promise->addResult(std::move(result));
    promise->finish();
}

const QString kVmDetails = QStringLiteral("min,nics,servoff,tmpl");

/// CloudStack host names: letters, digits and hyphens, starting with a letter, at most 63 characters.
QString hostNameFor(const QString& name)
{
    QString host = name.toLower();
    host.replace(QRegularExpression(QStringLiteral("[^a-z0-9-]+")), QStringLiteral("-"));
    host.remove(QRegularExpression(QStringLiteral("^[^a-z]+|-+$")));
    return host.left(63);
}

QJsonObject firstOf(const QJsonObject& response, const char* arrayKey)
{
    return response.value(QLatin1String(arrayKey)).toArray().first().toObject();
}

/// Says whether scaleVirtualMachine refused because the VM runs and cannot be scaled live. CloudStack
/// refuses inside the async job: UserVmManagerImpl throws PermissionDeniedException ("Dynamically scaling
/// virtual machines is disabled for this zone") or CloudRuntimeException ("... does not have tools to support
/// dynamic scaling"), which ApiAsyncJobDispatcher reports as a failed job with errorcode 530, not 431.
bool needsStoppedVm(const Error& error)
{
    if (error.code != ErrorCode::InvalidInput && error.code != ErrorCode::UnexpectedResponse
        && error.code != ErrorCode::PermissionDenied)
        return false;
    const QString text = error.message.toLower();
    return text.contains(QLatin1String("stopped")) || text.contains(QLatin1String("dynamic"))
        || text.contains(QLatin1String("running"));
}

/// CloudStack's answer for an id or name that does not (or no longer) exist: 431 from ParamProcessWorker
/// ("... or entity does not exist ...") or from the command itself ("does not exist", "Unable to find ...").
bool isGone(const Error& error)
{
    if (error.httpStatus != 431)
        return false;
    const QString text = error.message.toLower();
    return text.contains(QLatin1String("does not exist")) || text.contains(QLatin1String("unable to find"))
        || text.contains(QLatin1String("not found"));
}

/// Deleting what is already gone is what the caller wanted.
Status goneIsDone(const Status& status)
{
    if (!status && isGone(status.error()))
        return {};
    return status;
}

bool isDuplicate(const Error& error)
{
    return error.httpStatus == 431 && error.message.contains(QLatin1String("already exist"), Qt::CaseInsensitive);
}

/// createTags' map parameter: tags[0].key=…&tags[0].value=…
Parameters tagParameters(const QString& resourceType, const QString& resourceId, const QVariantMap& tags)
{
    Parameters parameters {{QStringLiteral("resourceids"), resourceId}, {QStringLiteral("resourcetype"), resourceType}};
    int index = 0;
    for (auto it = tags.begin(); it != tags.end(); ++it, ++index) {
        parameters.append({QStringLiteral("tags[%1].key").arg(index), it.key()});
        parameters.append({QStringLiteral("tags[%1].value").arg(index), it.value().toString()});
    }
    return parameters;
}

Status statusOf(const Result<QJsonObject>& done)
{
    if (!done)
        return done.error();
    return {};
}

/// The firewall rules (createFirewallRule parameters) that let one security group ingress rule through a
/// virtual router. "Any protocol" becomes TCP and UDP on every port plus ICMP; IPv6 sources are left out (a
/// static NAT address is IPv4).
QList<Parameters> firewallRulesFor(const SecurityGroupRule& rule, const QString& ipAddressId)
{
    if (rule.remoteCidr.contains(QLatin1Char(':')))
        return {};
    const QString cidr = rule.remoteCidr.isEmpty() ? QStringLiteral("0.0.0.0/0") : rule.remoteCidr;
    const auto ports = [&](const QString& protocol, int start, int end) {
        return Parameters {{QStringLiteral("ipaddressid"), ipAddressId}, {QStringLiteral("protocol"), protocol},
            {QStringLiteral("startport"), QString::number(start)}, {QStringLiteral("endport"), QString::number(end)},
            {QStringLiteral("cidrlist"), cidr}};
    };
    const Parameters icmp {{QStringLiteral("ipaddressid"), ipAddressId},
        {QStringLiteral("protocol"), QStringLiteral("icmp")}, {QStringLiteral("icmptype"), QStringLiteral("-1")},
        {QStringLiteral("icmpcode"), QStringLiteral("-1")}, {QStringLiteral("cidrlist"), cidr}};
    if (rule.protocol.isEmpty())
        return {ports(QStringLiteral("tcp"), 1, 65535), ports(QStringLiteral("udp"), 1, 65535), icmp};
    if (rule.protocol == QLatin1String("icmp"))
        return {icmp};
    const int start = rule.portMin > 0 ? rule.portMin : (rule.portMax > 0 ? rule.portMax : 1);
    const int end = rule.portMax > 0 ? rule.portMax : (rule.portMin > 0 ? rule.portMin : 65535);
    return {ports(rule.protocol, start, end)};
}

} // namespace

CloudStackProvider::CloudStackProvider(CloudAccount account, QByteArray secret, HttpPolicy policy, QObject* parent)
    : CloudProvider(parent)
    , m_account(std::move(account))
{
    Credentials credentials;
    if (!m_account.apiKey.isEmpty()) {
        credentials.apiKey = m_account.apiKey;
        credentials.secretKey = std::move(secret);
    } else {
        credentials.userName = m_account.userName;
        credentials.password = std::move(secret);
        credentials.domain = m_account.domain.isEmpty() ? QStringLiteral("/") : m_account.domain;
    }
    TlsOptions tls;
    tls.caFile = m_account.caFile;
    tls.insecure = m_account.insecure;
    m_client = std::make_unique<CloudStackClient>(
        m_account.name, QUrl(m_account.apiUrl.trimmed()), std::move(credentials), policy, tls);
    connect(m_client.get(), &CloudStackClient::asyncJobStarted, this, &CloudStackProvider::asyncJobStarted);
}

CloudStackProvider::~CloudStackProvider() = default;

Status CloudStackProvider::prepare() { return m_client->prepareTls(); }

void CloudStackProvider::setPollIntervals(int initialMs, int maxMs)
{
    m_pollInitialMs = std::max(0, initialMs);
    m_pollMaxMs = std::max(m_pollInitialMs, maxMs);
    m_client->setPollIntervals(initialMs, maxMs);
}

template<class T, class Parse>
QFuture<Result<QList<T>>> CloudStackProvider::listOf(
    const QString& command, Parameters parameters, const QString& arrayKey, Parse parse, int pageSize)
{
    return m_client->listAll(command, std::move(parameters), arrayKey, pageSize)
        .then(this, [parse](const Result<QList<QJsonObject>>& items) -> Result<QList<T>> {
            if (!items)
                return items.error();
            QList<T> parsed;
            parsed.reserve(items->size());
            for (const QJsonObject& item : *items)
                parsed.append(parse(item));
            return parsed;
        });
}

QFuture<Status> CloudStackProvider::asyncStatus(const QString& command, const Parameters& parameters)
{
    return m_client->callAsync(command, parameters).then(this, [](const Result<QJsonObject>& done) -> Status {
        if (!done)
            return done.error();
        return {};
    });
}

// --- session and checks -----------------------------------------------------------------------------------

QFuture<Status> CloudStackProvider::authenticate()
{
    return m_client->call(QStringLiteral("listCapabilities"), {})
        .then(this, [](const Result<QJsonObject>& capabilities) -> Status {
            if (!capabilities)
                return capabilities.error();
            return {};
        });
}

QFuture<Result<QList<ServiceCheck>>> CloudStackProvider::testConnection()
{
    struct Probe
    {
        QString service;
        QString command;
        Parameters parameters;
    };
    const Parameters onePage {{QStringLiteral("listall"), QStringLiteral("true")},
        {QStringLiteral("page"), QStringLiteral("1")}, {QStringLiteral("pagesize"), QStringLiteral("1")}};
    const QList<Probe> probes {
        {QStringLiteral("api"), QStringLiteral("listCapabilities"), {}},
        {QStringLiteral("zones"), QStringLiteral("listZones"), {{QStringLiteral("available"), QStringLiteral("true")}}},
        {QStringLiteral("compute"), QStringLiteral("listVirtualMachines"),
            onePage + Parameters {{QStringLiteral("details"), QStringLiteral("min")}}},
        {QStringLiteral("image"), QStringLiteral("listTemplates"),
            Parameters {{QStringLiteral("templatefilter"), QStringLiteral("self")},
                {QStringLiteral("page"), QStringLiteral("1")}, {QStringLiteral("pagesize"), QStringLiteral("1")}}},
    };
    // Sign in first (password accounts), so that the probes do not race to log in.
    return m_client->ensureSession()
        .then(this,
            [this, probes](const Status& signedIn) -> QFuture<Result<QList<ServiceCheck>>> {
                if (!signedIn) {
                    QList<ServiceCheck> checks;
                    for (const Probe& probe : probes)
                        checks.append({probe.service, false, 0, signedIn.error().message});
                    return ready(checks);
                }
                QList<QFuture<ServiceCheck>> running;
                for (const Probe& probe : probes) {
                    auto clock = std::make_shared<QElapsedTimer>();
                    clock->start();
                    running.append(m_client->call(probe.command, probe.parameters)
                                       .then(this, [probe, clock](const Result<QJsonObject>& response) {
                                           ServiceCheck check {probe.service, response.ok(), clock->elapsed(), {}};
                                           if (!response) {
                                               check.detail = response.error().message;
                                               return check;
                                           }
                                           if (probe.service == QLatin1String("api"))
                                               check.detail = tr("CloudStack %1")
                                                                  .arg(response->value(QLatin1String("capability"))
                                                                           .toObject()
                                                                           .value(QLatin1String("cloudstackversion"))
                                                                           .toString());
                                           else if (probe.service == QLatin1String("zones"))
                                               check.detail = tr("%n zone(s) available", nullptr,
                                                   response->value(QLatin1String("zone")).toArray().size());
                                           else if (probe.service == QLatin1String("compute"))
                                               check.detail = tr("%n virtual machine(s)", nullptr,
                                                   response->value(QLatin1String("count")).toInt());
                                           else
                                               check.detail = tr("%n own template(s)", nullptr,
                                                   response->value(QLatin1String("count")).toInt());
                                           return check;
                                       }));
                }
                return QtFuture::whenAll(running.begin(), running.end())
                    .then(this, [](const QList<QFuture<ServiceCheck>>& finished) {
                        QList<ServiceCheck> checks;
                        for (const auto& check : finished)
                            checks.append(check.result());
                        return Result<QList<ServiceCheck>>(checks);
                    });
            })
        .unwrap();
}

// --- lists --------------------------------------------------------------------------------------------------

QFuture<Result<QList<Flavor>>> CloudStackProvider::listFlavors()
{
    return listOf<Flavor>(
        QStringLiteral("listServiceOfferings"), {}, QStringLiteral("serviceoffering"), parseServiceOffering);
}

QFuture<Result<QList<Image>>> CloudStackProvider::listImages()
{
    // executable: what can be deployed (featured, community, own ready ones); self: own ones still on their way.
    auto executable = listOf<Image>(QStringLiteral("listTemplates"),
        {{QStringLiteral("templatefilter"), QStringLiteral("executable")}}, QStringLiteral("template"), parseTemplate);
    auto own = listOf<Image>(QStringLiteral("listTemplates"),
        {{QStringLiteral("templatefilter"), QStringLiteral("self")}}, QStringLiteral("template"), parseTemplate);
    QList<QFuture<Result<QList<Image>>>> both {executable, own};
    return QtFuture::whenAll(both.begin(), both.end())
        .then(this, [](const QList<QFuture<Result<QList<Image>>>>& done) -> Result<QList<Image>> {
            QList<Image> images;
            QSet<QString> seen;
            for (const auto& part : done) {
                const Result<QList<Image>> list = part.result();
                if (!list)
                    return list.error();
                for (const Image& image : *list) {
                    // One template is listed once per zone; the first row stands for all.
                    if (!seen.contains(image.id)) {
                        seen.insert(image.id);
                        images.append(image);
                    }
                }
            }
            return images;
        });
}

QFuture<Result<QList<Network>>> CloudStackProvider::listNetworks()
{
    return listOf<Network>(QStringLiteral("listNetworks"), {{QStringLiteral("listall"), QStringLiteral("true")}},
        QStringLiteral("network"), parseNetwork);
}

QFuture<Result<QList<SecurityGroup>>> CloudStackProvider::listSecurityGroups()
{
    return listOf<SecurityGroup>(QStringLiteral("listSecurityGroups"),
        {{QStringLiteral("listall"), QStringLiteral("true")}}, QStringLiteral("securitygroup"), parseSecurityGroup);
}

QFuture<Result<QList<KeyPair>>> CloudStackProvider::listKeyPairs()
{
    return listOf<KeyPair>(QStringLiteral("listSSHKeyPairs"), {{QStringLiteral("listall"), QStringLiteral("true")}},
        QStringLiteral("sshkeypair"), parseKeyPair);
}

QFuture<Result<QList<Volume>>> CloudStackProvider::listVolumes()
{
    return listOf<Volume>(QStringLiteral("listVolumes"), {{QStringLiteral("listall"), QStringLiteral("true")}},
        QStringLiteral("volume"), parseVolume);
}

QFuture<Result<QList<AvailabilityZone>>> CloudStackProvider::listAvailabilityZones()
{
    return m_client
        ->listAll(QStringLiteral("listZones"), {{QStringLiteral("available"), QStringLiteral("true")}},
            QStringLiteral("zone"))
        .then(this, [this](const Result<QList<QJsonObject>>& items) -> Result<QList<AvailabilityZone>> {
            if (!items)
                return items.error();
            QList<AvailabilityZone> zones;
            for (const QJsonObject& item : *items) {
                AvailabilityZone zone = parseZone(item);
                // Servers are placed by zone name: a zone without one cannot be offered.
                if (zone.name.isEmpty())
                    return error(ErrorCode::UnexpectedResponse,
                        tr("%1: CloudStack answered listZones with a zone that has no \u201cname\u201d (id "
                           "\u201c%2\u201d). Check the API URL; if it is right, tell the cloud's administrator.")
                            .arg(cloudName(), item.value(QLatin1String("id")).toString()));
                zones.append(std::move(zone));
            }
            return zones;
        });
}

QFuture<Result<QList<Server>>> CloudStackProvider::listServers(const ListServersOptions& options)
{
    // Larger pages than default.page.size (500) are refused, so the interface's 1000 is capped.
    const int pageSize = std::clamp(options.pageSize, 1, CloudStackClient::kDefaultPageSize);
    return listOf<Server>(QStringLiteral("listVirtualMachines"),
        {{QStringLiteral("listall"), QStringLiteral("true")}, {QStringLiteral("details"), kVmDetails}},
        QStringLiteral("virtualmachine"), parseVirtualMachine, pageSize);
}

QFuture<Result<QJsonObject>> CloudStackProvider::rawServer(const QString& id, const QString& details)
{
    return m_client
        ->call(QStringLiteral("listVirtualMachines"),
            {{QStringLiteral("id"), id}, {QStringLiteral("listall"), QStringLiteral("true")},
                {QStringLiteral("details"), details.isEmpty() ? kVmDetails : details}})
        .then(this, [this, id](const Result<QJsonObject>& response) -> Result<QJsonObject> {
            if (!response)
                return response.error();
            const QJsonObject vm = firstOf(*response, "virtualmachine");
            if (vm.isEmpty())
                return error(ErrorCode::NotFound,
                    tr("%1: CloudStack has no virtual machine %2. It may have been deleted meanwhile; refresh "
                       "and try again.")
                        .arg(cloudName(), id));
            return vm;
        });
}

QFuture<Result<Server>> CloudStackProvider::getServer(const QString& id)
{
    return rawServer(id).then(this, [](const Result<QJsonObject>& vm) -> Result<Server> {
        if (!vm)
            return vm.error();
        return parseVirtualMachine(*vm);
    });
}

// --- server lifecycle ---------------------------------------------------------------------------------------

QFuture<Result<QString>> CloudStackProvider::zoneId(const QString& wanted)
{
    return m_client->call(QStringLiteral("listZones"), {{QStringLiteral("available"), QStringLiteral("true")}})
        .then(this, [this, wanted](const Result<QJsonObject>& response) -> Result<QString> {
            if (!response)
                return response.error();
            const QJsonArray zones = response->value(QLatin1String("zone")).toArray();
            for (const QJsonValue& value : zones) {
                const QJsonObject zone = value.toObject();
                if (wanted.isEmpty() || zone.value(QLatin1String("id")).toString() == wanted
                    || zone.value(QLatin1String("name")).toString() == wanted)
                    return zone.value(QLatin1String("id")).toString();
            }
            return error(ErrorCode::NotFound,
                wanted.isEmpty()
                    ? tr("%1: CloudStack lists no available zone for this account. Ask the cloud's administrator.")
                          .arg(cloudName())
                    : tr("%1: CloudStack has no available zone \u201c%2\u201d. Choose one of the zones the cloud "
                         "lists.")
                          .arg(cloudName(), wanted));
        });
}

QFuture<Result<Server>> CloudStackProvider::createServer(const CreateServerRequest& request)
{
    const QStringList networks = request.networkIds.filter(QRegularExpression(QStringLiteral("^(?!none$)")));
    // Security groups go into the deploy only where the network has the SecurityGroup service; elsewhere
    // CloudStack refuses them, and their rules become firewall rules of the public IP (see the class comment).
    QFuture<Result<bool>> groupsAtDeploy = ready(true);
    if (!request.securityGroupNames.isEmpty() && !networks.isEmpty())
        groupsAtDeploy
            = rawNetwork(networks.first()).then(this, [](const Result<QJsonObject>& network) -> Result<bool> {
                  if (!network)
                      return network.error();
                  const QStringList services = networkServices(*network);
                  // A cloud that lists no services: leave the decision to CloudStack.
                  return services.isEmpty() || services.contains(QLatin1String("SecurityGroup"));
              });
    auto groupsInDeploy = std::make_shared<bool>(true);
    const QString wantedZone = request.availabilityZone.isEmpty() ? m_account.regionName : request.availabilityZone;
    return groupsAtDeploy
        .then(this,
            [this, wantedZone, groupsInDeploy](const Result<bool>& atDeploy) -> QFuture<Result<QString>> {
                if (!atDeploy)
                    return readyError<QString>(atDeploy.error());
                *groupsInDeploy = *atDeploy;
                return zoneId(wantedZone);
            })
        .unwrap()
        .then(this,
            [this, request, networks, groupsInDeploy](const Result<QString>& zone) -> QFuture<Result<QJsonObject>> {
                if (!zone)
                    return readyError<QJsonObject>(zone.error());
                Parameters parameters {{QStringLiteral("zoneid"), *zone},
                    {QStringLiteral("serviceofferingid"), request.flavorId},
                    {QStringLiteral("templateid"), request.imageId}, {QStringLiteral("displayname"), request.name}};
                const QString host = hostNameFor(request.name);
                if (!host.isEmpty())
                    parameters.append({QStringLiteral("name"), host});
                if (!networks.isEmpty())
                    parameters.append({QStringLiteral("networkids"), networks.join(QLatin1Char(','))});
                if (!request.securityGroupNames.isEmpty() && *groupsInDeploy)
                    parameters.append(
                        {QStringLiteral("securitygroupnames"), request.securityGroupNames.join(QLatin1Char(','))});
                if (!request.keyName.isEmpty())
                    parameters.append({QStringLiteral("keypair"), request.keyName});
                if (!request.userData.isEmpty())
                    parameters.append({QStringLiteral("userdata"), QString::fromLatin1(request.userData.toBase64())});
                // deployVirtualMachine takes no tags: metadata follows with createTags once the VM exists.
                // POST: userdata can be large, and a deploy must not be replayed after a dropped connection.
                return m_client->callAsync(QStringLiteral("deployVirtualMachine"), parameters,
                    CallOptions {/*post=*/true, /*idempotent=*/false});
            })
        .unwrap()
        .then(this,
            [this, request, groupsInDeploy](const Result<QJsonObject>& job) -> QFuture<Result<Server>> {
                if (!job)
                    return readyError<Server>(job.error());
                const Server server = parseVirtualMachine(job->value(QLatin1String("virtualmachine")).toObject());
                QVariantMap tags = request.metadata;
                if (!request.securityGroupNames.isEmpty() && !*groupsInDeploy)
                    tags.insert(firewallTag(), request.securityGroupNames.join(QLatin1Char(',')));
                if (tags.isEmpty())
                    return ready(server);
                return tag(QStringLiteral("UserVm"), server.id, tags)
                    .then(this, [server, tags](const Status& tagged) -> Result<Server> {
                        if (!tagged)
                            return tagged.error();
                        Server withTags = server;
                        for (auto it = tags.begin(); it != tags.end(); ++it)
                            withTags.metadata.insert(it.key(), it.value());
                        return withTags;
                    });
            })
        .unwrap();
}

QFuture<Result<QJsonObject>> CloudStackProvider::rawNetwork(const QString& id)
{
    return m_client
        ->call(QStringLiteral("listNetworks"),
            {{QStringLiteral("id"), id}, {QStringLiteral("listall"), QStringLiteral("true")}})
        .then(this, [this, id](const Result<QJsonObject>& response) -> Result<QJsonObject> {
            if (!response)
                return response.error();
            const QJsonObject network = firstOf(*response, "network");
            if (network.isEmpty())
                return error(ErrorCode::NotFound,
                    tr("%1: CloudStack has no network %2 that this account may use. Choose one of the networks the "
                       "cloud lists.")
                        .arg(cloudName(), id));
            return network;
        });
}

QFuture<Status> CloudStackProvider::tag(const QString& resourceType, const QString& resourceId, const QVariantMap& tags)
{
    return m_client->callAsync(QStringLiteral("createTags"), tagParameters(resourceType, resourceId, tags))
        .then(this, &statusOf);
}

QFuture<Status> CloudStackProvider::deleteServer(const QString& id)
{
    // expunge=true: without it the VM stays Destroyed (recoverable, still counted) until expunge.interval.
    return asyncStatus(QStringLiteral("destroyVirtualMachine"),
        {{QStringLiteral("id"), id}, {QStringLiteral("expunge"), QStringLiteral("true")}})
        .then(this, [](const Status& destroyed) -> Status {
            // "Vm with id … is already destroyed": it is being expunged, which is what was asked.
            if (!destroyed && destroyed.error().httpStatus == 431
                && destroyed.error().message.contains(QLatin1String("already destroyed"), Qt::CaseInsensitive))
                return {};
            return goneIsDone(destroyed);
        });
}

QFuture<Status> CloudStackProvider::startServer(const QString& id)
{
    return asyncStatus(QStringLiteral("startVirtualMachine"), {{QStringLiteral("id"), id}});
}

QFuture<Status> CloudStackProvider::stopServer(const QString& id)
{
    return asyncStatus(QStringLiteral("stopVirtualMachine"), {{QStringLiteral("id"), id}});
}

QFuture<Status> CloudStackProvider::rebootServer(const QString& id, bool hard)
{
    Parameters parameters {{QStringLiteral("id"), id}};
    if (hard)
        parameters.append({QStringLiteral("forced"), QStringLiteral("true")});
    return asyncStatus(QStringLiteral("rebootVirtualMachine"), parameters);
}

QFuture<Status> CloudStackProvider::scaleStopped(const QString& id, const QString& flavorId, bool wasRunning)
{
    const Parameters scale {{QStringLiteral("id"), id}, {QStringLiteral("serviceofferingid"), flavorId}};
    return asyncStatus(QStringLiteral("scaleVirtualMachine"), scale)
        .then(this,
            [this, id, wasRunning](const Status& scaled) -> QFuture<Status> {
                if (!scaled || !wasRunning)
                    return QtFuture::makeReadyFuture(scaled);
                return startServer(id);
            })
        .unwrap();
}

QFuture<Status> CloudStackProvider::resizeServer(const QString& id, const QString& flavorId)
{
    // Live scaling first; when CloudStack says the VM must be stopped (dynamic scaling off), stop, scale and
    // start it again, as the CloudStack Terraform provider does.
    const Parameters scale {{QStringLiteral("id"), id}, {QStringLiteral("serviceofferingid"), flavorId}};
    return asyncStatus(QStringLiteral("scaleVirtualMachine"), scale)
        .then(this,
            [this, id, flavorId](const Status& scaled) -> QFuture<Status> {
                if (scaled || !needsStoppedVm(scaled.error()))
                    return QtFuture::makeReadyFuture(scaled);
                qCInfo(lcNet) << cloudName() << "scaleVirtualMachine needs a stopped VM; stopping" << id;
                return getServer(id)
                    .then(this,
                        [this, id, flavorId](const Result<Server>& server) -> QFuture<Status> {
                            if (!server)
                                return QtFuture::makeReadyFuture(Status(server.error()));
                            const bool running = server->status == ServerStatus::Active;
                            if (!running)
                                return scaleStopped(id, flavorId, false);
                            return stopServer(id)
                                .then(this,
                                    [this, id, flavorId](const Status& stopped) -> QFuture<Status> {
                                        if (!stopped)
                                            return QtFuture::makeReadyFuture(stopped);
                                        return scaleStopped(id, flavorId, true);
                                    })
                                .unwrap();
                        })
                    .unwrap();
            })
        .unwrap();
}

QFuture<Status> CloudStackProvider::confirmResize(const QString&)
{
    return QtFuture::makeReadyFuture(Status()); // CloudStack has no confirmation step
}

QFuture<Result<QString>> CloudStackProvider::osTypeIdFor(const QString& templateId)
{
    return m_client
        ->call(QStringLiteral("listTemplates"),
            {{QStringLiteral("templatefilter"), QStringLiteral("executable")}, {QStringLiteral("id"), templateId}})
        .then(this, [this, templateId](const Result<QJsonObject>& response) -> Result<QString> {
            if (!response)
                return response.error();
            const QString osType = firstOf(*response, "template").value(QLatin1String("ostypeid")).toString();
            if (osType.isEmpty())
                return error(ErrorCode::NotFound,
                    tr("%1: CloudStack did not say which OS type template %2 has, which a new template needs. "
                       "Set the OS type (ostypeid) explicitly.")
                        .arg(cloudName(), templateId));
            return osType;
        });
}

QFuture<Result<QString>> CloudStackProvider::snapshotServer(
    const QString& id, const QString& imageName, const QVariantMap& metadata)
{
    auto state = std::make_shared<QJsonObject>(); // the VM
    return rawServer(id)
        .then(this,
            [this, id, state](const Result<QJsonObject>& vm) -> QFuture<Result<QJsonObject>> {
                if (!vm)
                    return readyError<QJsonObject>(vm.error());
                *state = *vm;
                return m_client->call(QStringLiteral("listVolumes"),
                    {{QStringLiteral("virtualmachineid"), id}, {QStringLiteral("type"), QStringLiteral("ROOT")},
                        {QStringLiteral("listall"), QStringLiteral("true")}});
            })
        .unwrap()
        .then(this,
            [this, id](const Result<QJsonObject>& volumes) -> QFuture<Result<QJsonObject>> {
                if (!volumes)
                    return readyError<QJsonObject>(volumes.error());
                const QString rootVolume = firstOf(*volumes, "volume").value(QLatin1String("id")).toString();
                if (rootVolume.isEmpty())
                    return readyError<QJsonObject>(error(ErrorCode::NotFound,
                        tr("%1: CloudStack lists no ROOT volume for virtual machine %2, so it cannot be "
                           "snapshotted.")
                            .arg(cloudName(), id)));
                return m_client->callAsync(QStringLiteral("createSnapshot"), {{QStringLiteral("volumeid"), rootVolume}},
                    CallOptions {false, false});
            })
        .unwrap()
        .then(this,
            [this, state](const Result<QJsonObject>& snapshot) -> QFuture<Result<QPair<QString, QString>>> {
                using Pair = QPair<QString, QString>;
                if (!snapshot)
                    return readyError<Pair>(snapshot.error());
                const QString snapshotId
                    = snapshot->value(QLatin1String("snapshot")).toObject().value(QLatin1String("id")).toString();
                const QString osType = state->value(QLatin1String("ostypeid")).toString();
                if (!osType.isEmpty())
                    return ready(Pair(snapshotId, osType));
                return osTypeIdFor(state->value(QLatin1String("templateid")).toString())
                    .then(this, [snapshotId](const Result<QString>& found) -> Result<Pair> {
                        if (!found)
                            return found.error();
                        return Pair(snapshotId, *found);
                    });
            })
        .unwrap()
        .then(this,
            [this, imageName](const Result<QPair<QString, QString>>& source) -> QFuture<Result<QJsonObject>> {
                if (!source)
                    return readyError<QJsonObject>(source.error());
                return m_client->callAsync(QStringLiteral("createTemplate"),
                    {{QStringLiteral("snapshotid"), source->first}, {QStringLiteral("ostypeid"), source->second},
                        {QStringLiteral("name"), imageName}, {QStringLiteral("displaytext"), imageName}},
                    CallOptions {false, false});
            })
        .unwrap()
        .then(this,
            [this, metadata](const Result<QJsonObject>& templ) -> QFuture<Result<QString>> {
                if (!templ)
                    return readyError<QString>(templ.error());
                const QString templateId
                    = templ->value(QLatin1String("template")).toObject().value(QLatin1String("id")).toString();
                if (metadata.isEmpty())
                    return ready(templateId);
                return tag(QStringLiteral("Template"), templateId, metadata)
                    .then(this, [templateId](const Status& tagged) -> Result<QString> {
                        if (!tagged)
                            return tagged.error();
                        return templateId;
                    });
            })
        .unwrap();
}

namespace {

/// Polls `fetch` until `done` says so, with doubling intervals, a deadline and progress.
template<class T>
struct Waiter
{
    std::function<QFuture<Result<T>>()> fetch;
    std::function<std::optional<Result<T>>(const Result<T>&)> done; ///< a value ends the wait
    std::function<Error()> timedOut;
    QDeadlineTimer deadline;
    int intervalMs = 0;
    int maxMs = 0;
    std::shared_ptr<QPromise<Result<T>>> promise;
};

template<class T>
void runWaiter(QObject* context, std::shared_ptr<Waiter<T>> waiter)
{
    waiter->fetch().then(context, [context, waiter](const Result<T>& current) {
        if (const auto end = waiter->done(current)) {
            settle(waiter->promise, *end);
            return;
        }
        const qint64 remaining = waiter->deadline.remainingTime();
        if (remaining == 0) {
            settle(waiter->promise, Result<T>(waiter->timedOut()));
            return;
        }
        const int delay
            = remaining < 0 ? waiter->intervalMs : static_cast<int>(std::min<qint64>(waiter->intervalMs, remaining));
        waiter->intervalMs = std::min(std::max(1, waiter->intervalMs * 2), waiter->maxMs);
        QTimer::singleShot(delay, context, [context, waiter]() { runWaiter(context, waiter); });
    });
}

} // namespace

QFuture<Result<Server>> CloudStackProvider::waitForServer(
    const QString& id, QList<ServerStatus> targets, QDeadlineTimer deadline, ProgressCallback progress)
{
    auto waiter = std::make_shared<Waiter<Server>>();
    auto last = std::make_shared<QString>();
    waiter->fetch = [this, id]() { return getServer(id); };
    waiter->done = [this, id, targets, progress, last](const Result<Server>& server) -> std::optional<Result<Server>> {
        if (!server) {
            if (server.error().code == ErrorCode::NotFound && targets.contains(ServerStatus::Deleted)) {
                Server gone;
                gone.id = id;
                gone.status = ServerStatus::Deleted;
                gone.providerStatus = QStringLiteral("Expunged");
                return Result<Server>(gone);
            }
            return server;
        }
        *last = server->providerStatus;
        if (progress)
            progress(server->providerStatus, 0, 0);
        if (targets.contains(server->status))
            return server;
        if (server->status == ServerStatus::Error)
            return Result<Server>(error(ErrorCode::Conflict,
                tr("%1: virtual machine %2 (%3) went into the Error state. Delete it and try again; if it "
                   "happens again, tell the cloud's administrator.")
                    .arg(cloudName(), server->name, server->id)));
        return std::nullopt;
    };
    waiter->timedOut = [this, id, last]() {
        return error(ErrorCode::TimedOut,
            tr("%1: virtual machine %2 did not get there in time; it is still %3. It may finish later: refresh "
               "before trying again.")
                .arg(cloudName(), id, *last));
    };
    waiter->deadline = deadline;
    waiter->intervalMs = m_pollInitialMs;
    waiter->maxMs = m_pollMaxMs;
    waiter->promise = startedPromise<Server>();
    runWaiter<Server>(this, waiter);
    return waiter->promise->future();
}

// --- images -------------------------------------------------------------------------------------------------

QFuture<Result<Image>> CloudStackProvider::getImage(const QString& id)
{
    // self finds own templates in any state; executable finds public and featured ones.
    QList<QFuture<Result<QJsonObject>>> lookups;
    for (const char* filter : {"self", "executable"})
        lookups.append(m_client->call(QStringLiteral("listTemplates"),
            {{QStringLiteral("templatefilter"), QLatin1String(filter)}, {QStringLiteral("id"), id}}));
    return QtFuture::whenAll(lookups.begin(), lookups.end())
        .then(this, [this, id](const QList<QFuture<Result<QJsonObject>>>& done) -> Result<Image> {
            for (const auto& lookup : done) {
                const Result<QJsonObject> response = lookup.result();
                if (!response)
                    return response.error();
                const QJsonObject templ = firstOf(*response, "template");
                if (!templ.isEmpty())
                    return parseTemplate(templ);
            }
            return error(ErrorCode::NotFound,
                tr("%1: CloudStack has no template %2 this account can see. It may have been deleted meanwhile.")
                    .arg(cloudName(), id));
        });
}

QFuture<Status> CloudStackProvider::deleteImage(const QString& id)
{
    m_uploads.remove(id);
    return asyncStatus(QStringLiteral("deleteTemplate"), {{QStringLiteral("id"), id}});
}

QFuture<Result<Image>> CloudStackProvider::waitForImage(
    const QString& id, QDeadlineTimer deadline, ProgressCallback progress)
{
    auto waiter = std::make_shared<Waiter<Image>>();
    auto last = std::make_shared<QString>();
    waiter->fetch = [this, id]() { return getImage(id); };
    waiter->done = [this, progress, last](const Result<Image>& image) -> std::optional<Result<Image>> {
        if (!image)
            return image;
        *last = image->status;
        if (progress)
            progress(image->status, 0, 0);
        if (image->status == QLatin1String("active"))
            return image;
        if (image->status.contains(QLatin1String("error")) || image->status.contains(QLatin1String("fail"))
            || image->status.contains(QLatin1String("abandoned")))
            return Result<Image>(error(ErrorCode::Conflict,
                tr("%1: template %2 (%3) failed on the cloud: \u201c%4\u201d. Delete it and try again.")
                    .arg(cloudName(), image->name, image->id, image->status)));
        return std::nullopt;
    };
    waiter->timedOut = [this, id, last]() {
        return error(ErrorCode::TimedOut,
            tr("%1: template %2 was not ready in time (last status: %3). It may still become ready: refresh "
               "later.")
                .arg(cloudName(), id, *last));
    };
    waiter->deadline = deadline;
    waiter->intervalMs = m_pollInitialMs;
    waiter->maxMs = m_pollMaxMs;
    waiter->promise = startedPromise<Image>();
    runWaiter<Image>(this, waiter);
    return waiter->promise->future();
}

QFuture<Result<Image>> CloudStackProvider::createImage(const CreateImageRequest& request)
{
    const QString format = request.diskFormat.toUpper();
    if (format != QLatin1String("QCOW2") && format != QLatin1String("VHD") && format != QLatin1String("OVA"))
        return readyError<Image>(error(ErrorCode::InvalidInput,
            tr("%1: CloudStack accepts uploaded templates only as QCOW2, VHD or OVA, not %2. Convert the "
               "image first (qemu-img convert -O qcow2).")
                .arg(cloudName(), request.diskFormat)));
    const QString osType = request.properties.value(QStringLiteral("ostypeid")).toString();
    if (osType.isEmpty())
        return readyError<Image>(error(ErrorCode::InvalidInput,
            tr("%1: a CloudStack template needs an OS type. Give the image the property ostypeid (see "
               "listOsTypes).")
                .arg(cloudName())));
    const QString hypervisor = request.properties.value(QStringLiteral("hypervisor"), QStringLiteral("KVM")).toString();
    return zoneId(request.properties.value(QStringLiteral("zoneid")).toString())
        .then(this,
            [this, request, format, osType, hypervisor](const Result<QString>& zone) -> QFuture<Result<QJsonObject>> {
                if (!zone)
                    return readyError<QJsonObject>(zone.error());
                return m_client->call(QStringLiteral("getUploadParamsForTemplate"),
                    {{QStringLiteral("name"), request.name}, {QStringLiteral("displaytext"), request.name},
                        {QStringLiteral("format"), format}, {QStringLiteral("hypervisor"), hypervisor},
                        {QStringLiteral("ostypeid"), osType}, {QStringLiteral("zoneid"), *zone},
                        {QStringLiteral("isextractable"), QStringLiteral("true")}},
                    CallOptions {false, false});
            })
        .unwrap()
        .then(this, [this, request](const Result<QJsonObject>& response) -> Result<Image> {
            if (!response)
                return response.error();
            const QJsonObject params = response->value(QLatin1String("getuploadparams")).toObject();
            UploadTicket ticket;
            ticket.postUrl = QUrl(params.value(QLatin1String("postURL")).toString());
            ticket.signature = params.value(QLatin1String("signature")).toString().toLatin1();
            ticket.expires = params.value(QLatin1String("expires")).toString().toLatin1();
            ticket.metadata = params.value(QLatin1String("metadata")).toString().toLatin1();
            const QString id = params.value(QLatin1String("id")).toString();
            if (id.isEmpty() || !ticket.postUrl.isValid())
                return error(ErrorCode::UnexpectedResponse,
                    tr("%1: CloudStack answered getUploadParamsForTemplate without an id or postURL.")
                        .arg(cloudName()));
            m_uploads.insert(id, ticket);
            Image image;
            image.id = id;
            image.name = request.name;
            image.status = QStringLiteral("queued");
            image.diskFormat = request.diskFormat.toLower();
            image.containerFormat = QStringLiteral("bare");
            image.properties = request.properties;
            return image;
        });
}

QFuture<Status> CloudStackProvider::uploadImage(
    const QString& id, QIODevice* source, qint64 size, ProgressCallback progress)
{
    if (!m_uploads.contains(id))
        return QtFuture::makeReadyFuture(Status(error(ErrorCode::InvalidInput,
            tr("%1: template %2 was not created by this CloudTwin session with createImage, so there are no upload "
               "parameters for it. Create the image again and upload right after.")
                .arg(cloudName(), id))));
    const UploadTicket ticket = m_uploads.take(id);
    auto* body = new MultipartBody(source, size, "files[]", "image", this);
    ApiRequest request;
    request.method = "POST";
    request.url = ticket.postUrl;
    request.bodyDevice = body;
    request.bodyDeviceSize = body->size();
    request.header("Content-Type", body->contentType());
    request.header("X-signature", ticket.signature);
    request.header("X-expires", ticket.expires);
    request.header("X-metadata", ticket.metadata);
    request.authenticated = false; // the ticket is the credential
    request.idempotent = false;
    request.okStatuses = {200, 201, 204};
    request.service = QStringLiteral("CloudStack");
    request.action = QStringLiteral("upload template");
    ApiJob* job = m_client->session()->send(request);
    // ApiJob::progress carries the upload and then the (tiny) answer's download; only the upload is the
    // transfer the caller watches, or its progress would drop back to 0 at the end.
    const qint64 bodySize = body->size();
    if (progress)
        connect(job, &ApiJob::progress, this, [progress, bodySize](qint64 done, qint64 total) {
            if (total == bodySize)
                progress(tr("uploading"), done, total);
        });
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    connect(job, &ApiJob::finished, this, [promise, body](const Result<ApiReply>& reply) {
        body->deleteLater();
        promise->addResult(reply ? Status() : Status(reply.error()));
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<qint64>> CloudStackProvider::downloadImage(const QString& id, QIODevice* sink, ProgressCallback progress)
{
    QPointer<QIODevice> guard(sink);
    auto image = std::make_shared<Image>();
    return getImage(id)
        .then(this,
            [this, id, image](const Result<Image>& found) -> QFuture<Result<QJsonObject>> {
                if (!found)
                    return readyError<QJsonObject>(found.error());
                *image = *found;
                return m_client->callAsync(QStringLiteral("extractTemplate"),
                    {{QStringLiteral("id"), id}, {QStringLiteral("mode"), QStringLiteral("HTTP_DOWNLOAD")}});
            })
        .unwrap()
        .then(this,
            [this, id, guard, progress, image](const Result<QJsonObject>& extracted) -> QFuture<Result<qint64>> {
                if (!extracted)
                    return readyError<qint64>(extracted.error());
                if (!guard)
                    return readyError<qint64>(error(ErrorCode::Internal,
                        tr("%1: the download target was closed before the download of template %2 started.")
                            .arg(cloudName(), id)));
                const QUrl url(
                    extracted->value(QLatin1String("template")).toObject().value(QLatin1String("url")).toString());
                if (!url.isValid() || url.scheme().isEmpty())
                    return readyError<qint64>(error(ErrorCode::UnexpectedResponse,
                        tr("%1: CloudStack extracted template %2 but named no download URL.").arg(cloudName(), id)));
                auto md5 = std::make_shared<QCryptographicHash>(QCryptographicHash::Md5);
                auto sha256 = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
                auto written = std::make_shared<qint64>(0);
                ApiRequest request
                    = ApiRequest::get(url, QStringLiteral("CloudStack"), QStringLiteral("download template"));
                request.authenticated = false; // the extract URL is its own credential
                request.header("Accept", "*/*");
                request.sink = guard.data();
                request.onChunk = [md5, sha256, written](const QByteArray& chunk) {
                    md5->addData(chunk);
                    sha256->addData(chunk);
                    *written += chunk.size();
                };
                request.timeoutMs = 120'000;
                ApiJob* job = m_client->session()->send(request);
                if (progress)
                    connect(job, &ApiJob::progress, this,
                        [progress](qint64 done, qint64 total) { progress(tr("downloading"), done, total); });
                auto promise = startedPromise<qint64>();
                connect(job, &ApiJob::finished, this,
                    [this, promise, md5, sha256, written, image](const Result<ApiReply>& reply) {
                        if (!reply) {
                            settle(promise, Result<qint64>(reply.error()));
                            return;
                        }
                        const QByteArray length = reply->header("Content-Length");
                        if (!length.isEmpty() && length.toLongLong() != *written) {
                            settle(promise,
                                Result<qint64>(error(ErrorCode::UnexpectedResponse,
                                    tr("%1: the download of template %2 ended after %3 of %4 bytes. Try again.")
                                        .arg(cloudName(), image->name)
                                        .arg(*written)
                                        .arg(length.toLongLong()))));
                            return;
                        }
                        QString expected, actual;
                        if (!image->checksumMd5.isEmpty()) {
                            expected = image->checksumMd5;
                            actual = QString::fromLatin1(md5->result().toHex());
                        } else if (image->hashAlgorithm == QLatin1String("sha256")) {
                            expected = image->hashValue;
                            actual = QString::fromLatin1(sha256->result().toHex());
                        }
                        if (!expected.isEmpty() && expected != actual) {
                            settle(promise,
                                Result<qint64>(error(ErrorCode::Corrupt,
                                    tr("%1: the downloaded template %2 does not match CloudStack's checksum "
                                       "(expected %3, got %4). Do not use the file; download it again.")
                                        .arg(cloudName(), image->name, expected, actual))));
                            return;
                        }
                        settle(promise, Result<qint64>(*written));
                    });
                return promise->future();
            })
        .unwrap();
}

// --- volumes ------------------------------------------------------------------------------------------------

QFuture<Result<QJsonObject>> CloudStackProvider::diskOfferingFor(const CreateVolumeRequest& request)
{
    return m_client->call(QStringLiteral("listDiskOfferings"), {})
        .then(this, [this, request](const Result<QJsonObject>& response) -> Result<QJsonObject> {
            if (!response)
                return response.error();
            const QJsonArray offerings = response->value(QLatin1String("diskoffering")).toArray();
            if (!request.diskOfferingId.isEmpty()) {
                for (const QJsonValue& value : offerings) {
                    if (value.toObject().value(QLatin1String("id")).toString() == request.diskOfferingId)
                        return value.toObject();
                }
                return error(ErrorCode::NotFound,
                    tr("%1: CloudStack has no disk offering %2. Choose one of the disk offerings the cloud lists.")
                        .arg(cloudName(), request.diskOfferingId));
            }
            // A custom size fits exactly; else the smallest fixed size that holds the request.
            QJsonObject smallest;
            for (const QJsonValue& value : offerings) {
                const QJsonObject offering = value.toObject();
                if (offering.value(QLatin1String("iscustomized")).toBool())
                    return offering;
                const int size = offering.value(QLatin1String("disksize")).toInt();
                if (size >= request.sizeGb
                    && (smallest.isEmpty() || size < smallest.value(QLatin1String("disksize")).toInt()))
                    smallest = offering;
            }
            if (!smallest.isEmpty())
                return smallest;
            return error(ErrorCode::NotFound,
                tr("%1: CloudStack offers no disk offering with a custom size and none of at least %2 GB, so the "
                   "volume cannot be created. Choose a smaller disk, or ask the cloud's administrator for such an "
                   "offering.")
                    .arg(cloudName())
                    .arg(request.sizeGb));
        });
}

QFuture<Result<Volume>> CloudStackProvider::createVolume(const CreateVolumeRequest& request)
{
    if (!request.imageId.isEmpty())
        return readyError<Volume>(error(ErrorCode::InvalidInput,
            tr("%1: CloudStack cannot create a volume from a template. Deploy a virtual machine from the "
               "template instead.")
                .arg(cloudName())));
    auto zone = std::make_shared<QString>();
    const QString wantedZone = request.availabilityZone.isEmpty() ? m_account.regionName : request.availabilityZone;
    return zoneId(wantedZone)
        .then(this,
            [this, zone, request](const Result<QString>& found) -> QFuture<Result<QJsonObject>> {
                if (!found)
                    return readyError<QJsonObject>(found.error());
                *zone = *found;
                return diskOfferingFor(request);
            })
        .unwrap()
        .then(this,
            [this, request, zone](const Result<QJsonObject>& offering) -> QFuture<Result<QJsonObject>> {
                if (!offering)
                    return readyError<QJsonObject>(offering.error());
                Parameters parameters {{QStringLiteral("name"), request.name},
                    {QStringLiteral("diskofferingid"), offering->value(QLatin1String("id")).toString()},
                    {QStringLiteral("zoneid"), *zone}};
                // A fixed-size offering refuses a size of its own.
                if (offering->value(QLatin1String("iscustomized")).toBool())
                    parameters.append({QStringLiteral("size"), QString::number(request.sizeGb)});
                return m_client->callAsync(QStringLiteral("createVolume"), parameters, CallOptions {false, false});
            })
        .unwrap()
        .then(this,
            [this, request](const Result<QJsonObject>& created) -> QFuture<Result<Volume>> {
                if (!created)
                    return readyError<Volume>(created.error());
                const Volume volume = parseVolume(created->value(QLatin1String("volume")).toObject());
                if (request.metadata.isEmpty())
                    return ready(volume);
                return tag(QStringLiteral("Volume"), volume.id, request.metadata)
                    .then(this, [volume](const Status& tagged) -> Result<Volume> {
                        if (!tagged)
                            return tagged.error();
                        return volume;
                    });
            })
        .unwrap();
}

QFuture<Status> CloudStackProvider::deleteVolume(const QString& id)
{
    return m_client->call(QStringLiteral("deleteVolume"), {{QStringLiteral("id"), id}})
        .then(this, [](const Result<QJsonObject>& done) { return goneIsDone(statusOf(done)); });
}

QFuture<Status> CloudStackProvider::attachVolume(const QString& serverId, const QString& volumeId)
{
    return asyncStatus(QStringLiteral("attachVolume"),
        {{QStringLiteral("id"), volumeId}, {QStringLiteral("virtualmachineid"), serverId}});
}

QFuture<Status> CloudStackProvider::detachVolume(const QString& serverId, const QString& volumeId)
{
    Q_UNUSED(serverId); // a CloudStack volume is attached to one VM at most
    return asyncStatus(QStringLiteral("detachVolume"), {{QStringLiteral("id"), volumeId}});
}

QFuture<Result<QString>> CloudStackProvider::uploadVolumeToImage(const QString& volumeId, const QString& imageName)
{
    return m_client
        ->call(QStringLiteral("listVolumes"),
            {{QStringLiteral("id"), volumeId}, {QStringLiteral("listall"), QStringLiteral("true")}})
        .then(this,
            [this, volumeId](const Result<QJsonObject>& volumes) -> QFuture<Result<QString>> {
                if (!volumes)
                    return readyError<QString>(volumes.error());
                const QJsonObject volume = firstOf(*volumes, "volume");
                if (volume.isEmpty())
                    return readyError<QString>(
                        error(ErrorCode::NotFound, tr("%1: CloudStack has no volume %2.").arg(cloudName(), volumeId)));
                const QString templateId = volume.value(QLatin1String("templateid")).toString();
                if (templateId.isEmpty())
                    return readyError<QString>(error(ErrorCode::InvalidInput,
                        tr("%1: volume %2 was not made from a template, so CloudStack's OS type for the new "
                           "template is unknown. Use a ROOT volume, or make the template with createTemplate and "
                           "an ostypeid.")
                            .arg(cloudName(), volumeId)));
                return osTypeIdFor(templateId);
            })
        .unwrap()
        .then(this,
            [this, volumeId, imageName](const Result<QString>& osType) -> QFuture<Result<QJsonObject>> {
                if (!osType)
                    return readyError<QJsonObject>(osType.error());
                return m_client->callAsync(QStringLiteral("createTemplate"),
                    {{QStringLiteral("volumeid"), volumeId}, {QStringLiteral("ostypeid"), *osType},
                        {QStringLiteral("name"), imageName}, {QStringLiteral("displaytext"), imageName}},
                    CallOptions {false, false});
            })
        .unwrap()
        .then(this, [](const Result<QJsonObject>& templ) -> Result<QString> {
            if (!templ)
                return templ.error();
            return templ->value(QLatin1String("template")).toObject().value(QLatin1String("id")).toString();
        });
}

// --- key pairs and security groups --------------------------------------------------------------------------

QFuture<Result<KeyPair>> CloudStackProvider::importKeyPair(const QString& name, const QString& publicKey)
{
    const QString key = publicKey.trimmed();
    // POST: an RSA key is long, and a registration is not replayed after a dropped connection.
    return m_client
        ->call(QStringLiteral("registerSSHKeyPair"),
            {{QStringLiteral("name"), name}, {QStringLiteral("publickey"), key}}, CallOptions {true, false})
        .then(this,
            [this, name, key](const Result<QJsonObject>& registered) -> QFuture<Result<KeyPair>> {
                if (registered) {
                    KeyPair pair = parseKeyPair(registered->value(QLatin1String("keypair")).toObject());
                    if (pair.publicKey.isEmpty())
                        pair.publicKey = key;
                    return ready(pair);
                }
                if (!isDuplicate(registered.error()))
                    return readyError<KeyPair>(registered.error());
                // The name is taken. The same key under it (a second apply) is what the caller wanted.
                return m_client->call(QStringLiteral("listSSHKeyPairs"), {{QStringLiteral("name"), name}})
                    .then(this, [this, name, key](const Result<QJsonObject>& listed) -> Result<KeyPair> {
                        const KeyPair existing = listed ? parseKeyPair(firstOf(*listed, "sshkeypair")) : KeyPair {};
                        if (!existing.fingerprint.isEmpty() && existing.fingerprint == openSshMd5Fingerprint(key)) {
                            KeyPair same = existing;
                            same.publicKey = key;
                            return same;
                        }
                        Error taken = error(ErrorCode::AlreadyExists,
                            tr("%1: a different SSH key pair named \u201c%2\u201d already exists. Choose another "
                               "name, or delete the old key pair if nothing uses it.")
                                .arg(cloudName(), name));
                        taken.httpStatus = 431;
                        return taken;
                    });
            })
        .unwrap();
}

QFuture<Status> CloudStackProvider::deleteKeyPair(const QString& name)
{
    return m_client->call(QStringLiteral("deleteSSHKeyPair"), {{QStringLiteral("name"), name}})
        .then(this, [](const Result<QJsonObject>& done) { return goneIsDone(statusOf(done)); });
}

QFuture<Result<SecurityGroup>> CloudStackProvider::createSecurityGroup(const QString& name, const QString& description)
{
    Parameters parameters {{QStringLiteral("name"), name}};
    if (!description.isEmpty())
        parameters.append({QStringLiteral("description"), description});
    return m_client->call(QStringLiteral("createSecurityGroup"), parameters, CallOptions {false, false})
        .then(this, [](const Result<QJsonObject>& created) -> Result<SecurityGroup> {
            if (!created)
                return created.error();
            return parseSecurityGroup(created->value(QLatin1String("securitygroup")).toObject());
        });
}

QFuture<Result<SecurityGroupRule>> CloudStackProvider::addSecurityGroupRule(
    const QString& groupId, const SecurityGroupRule& rule)
{
    if (rule.direction == QLatin1String("egress"))
        return readyError<SecurityGroupRule>(error(ErrorCode::InvalidInput,
            tr("%1: CloudTwin adds only ingress rules to CloudStack security groups (CloudStack lets all outgoing "
               "traffic pass by default). Leave the egress rule out.")
                .arg(cloudName())));
    SecurityGroupRule wanted = rule;
    wanted.direction = QStringLiteral("ingress");
    wanted.protocol = rule.protocol.toLower();
    if (wanted.remoteCidr.isEmpty())
        wanted.remoteCidr
            = rule.etherType == QLatin1String("IPv6") ? QStringLiteral("::/0") : QStringLiteral("0.0.0.0/0");
    Parameters parameters {{QStringLiteral("securitygroupid"), groupId},
        {QStringLiteral("protocol"), wanted.protocol.isEmpty() ? QStringLiteral("all") : wanted.protocol},
        {QStringLiteral("cidrlist"), wanted.remoteCidr}};
    if (wanted.protocol == QLatin1String("tcp") || wanted.protocol == QLatin1String("udp")) {
        // A single port may be given as portMin alone; no port at all means every port.
        wanted.portMin = rule.portMin > 0 ? rule.portMin : (rule.portMax > 0 ? rule.portMax : 1);
        wanted.portMax = rule.portMax > 0 ? rule.portMax : (rule.portMin > 0 ? rule.portMin : 65535);
        parameters.append({QStringLiteral("startport"), QString::number(wanted.portMin)});
        parameters.append({QStringLiteral("endport"), QString::number(wanted.portMax)});
    } else if (wanted.protocol == QLatin1String("icmp")) {
        parameters.append({QStringLiteral("icmptype"), QStringLiteral("-1")});
        parameters.append({QStringLiteral("icmpcode"), QStringLiteral("-1")});
    }
    return m_client->callAsync(QStringLiteral("authorizeSecurityGroupIngress"), parameters, CallOptions {false, false})
        .then(this, [this, groupId, wanted](const Result<QJsonObject>& done) -> Result<SecurityGroupRule> {
            if (!done)
                return done.error();
            // CloudStack answers with the rules it added; some versions with the whole group. Ours is the last
            // one that matches.
            const QJsonArray rules
                = done->value(QLatin1String("securitygroup")).toObject().value(QLatin1String("ingressrule")).toArray();
            for (qsizetype i = rules.size() - 1; i >= 0; --i) {
                const SecurityGroupRule added
                    = parseSecurityGroupRule(rules.at(i).toObject(), QStringLiteral("ingress"));
                const bool portsMatch = wanted.protocol == QLatin1String("icmp") || wanted.protocol.isEmpty()
                    || (added.portMin == wanted.portMin && added.portMax == wanted.portMax);
                if (added.protocol == wanted.protocol && portsMatch && added.remoteCidr == wanted.remoteCidr) {
                    SecurityGroupRule result = wanted;
                    result.id = added.id;
                    return result;
                }
            }
            return error(ErrorCode::UnexpectedResponse,
                tr("%1: CloudStack accepted the rule for security group %2 but did not list it in its answer. "
                   "Check the group's rules in the cloud's dashboard.")
                    .arg(cloudName(), groupId));
        });
}

QFuture<Status> CloudStackProvider::deleteSecurityGroup(const QString& groupId)
{
    return m_client->call(QStringLiteral("deleteSecurityGroup"), {{QStringLiteral("id"), groupId}})
        .then(this, [](const Result<QJsonObject>& done) { return goneIsDone(statusOf(done)); });
}

// --- public IP addresses ----------------------------------------------------------------------------------

struct CloudStackProvider::PublicIpState
{
    QString serverId;
    QJsonObject vm;
    QString networkId;
    QStringList services;
    FloatingIp ip;
    bool allocated = false; ///< this call associated the address (and releases it again on failure)
};

QFuture<Result<FloatingIp>> CloudStackProvider::attachPublicIp(const QString& serverId)
{
    auto state = std::make_shared<PublicIpState>();
    state->serverId = serverId;
    return rawServer(serverId, kVmDetails + QStringLiteral(",secgrp"))
        .then(this,
            [this, state](const Result<QJsonObject>& vm) -> QFuture<Result<QJsonObject>> {
                if (!vm)
                    return readyError<QJsonObject>(vm.error());
                state->vm = *vm;
                const QJsonArray nics = vm->value(QLatin1String("nic")).toArray();
                QJsonObject nic = nics.first().toObject();
                for (const QJsonValue& value : nics) {
                    if (value.toObject().value(QLatin1String("isdefault")).toBool())
                        nic = value.toObject();
                }
                state->networkId = nic.value(QLatin1String("networkid")).toString();
                if (state->networkId.isEmpty())
                    return readyError<QJsonObject>(error(ErrorCode::InvalidInput,
                        tr("%1: virtual machine %2 has no network, so no public IP can lead to it.")
                            .arg(cloudName(), state->serverId)));
                return rawNetwork(state->networkId);
            })
        .unwrap()
        .then(this,
            [this, state](const Result<QJsonObject>& network) -> QFuture<Result<QJsonObject>> {
                if (!network)
                    return readyError<QJsonObject>(network.error());
                state->services = networkServices(*network);
                if (!state->services.isEmpty() && !state->services.contains(QLatin1String("StaticNat")))
                    return readyError<QJsonObject>(error(ErrorCode::InvalidInput,
                        tr("%1: network \u201c%2\u201d has no static NAT, so CloudStack cannot give virtual machine "
                           "%3 a public IP of its own. On such a (shared) network the VM's own address is the one to "
                           "use; for a public IP choose an isolated network.")
                            .arg(cloudName(), network->value(QLatin1String("name")).toString(), state->serverId)));
                // A second apply, or a retry after a lost answer: the VM may have its address already.
                return m_client->call(QStringLiteral("listPublicIpAddresses"),
                    {{QStringLiteral("associatednetworkid"), state->networkId},
                        {QStringLiteral("isstaticnat"), QStringLiteral("true")},
                        {QStringLiteral("listall"), QStringLiteral("true")}});
            })
        .unwrap()
        .then(this,
            [this, state](const Result<QJsonObject>& existing) -> QFuture<Result<FloatingIp>> {
                if (!existing)
                    return readyError<FloatingIp>(existing.error());
                for (const QJsonValue& value : existing->value(QLatin1String("publicipaddress")).toArray()) {
                    if (value.toObject().value(QLatin1String("virtualmachineid")).toString() == state->serverId) {
                        state->ip = parsePublicIpAddress(value.toObject());
                        return openFirewall(state);
                    }
                }
                return associateAndNat(state);
            })
        .unwrap();
}

QFuture<Result<FloatingIp>> CloudStackProvider::associateAndNat(std::shared_ptr<PublicIpState> state)
{
    return m_client
        ->callAsync(QStringLiteral("associateIpAddress"), {{QStringLiteral("networkid"), state->networkId}},
            CallOptions {false, false})
        .then(this,
            [this, state](const Result<QJsonObject>& associated) -> QFuture<Result<QJsonObject>> {
                if (!associated)
                    return readyError<QJsonObject>(associated.error());
                state->ip = parsePublicIpAddress(associated->value(QLatin1String("ipaddress")).toObject());
                state->allocated = true;
                return m_client->call(QStringLiteral("enableStaticNat"),
                    {{QStringLiteral("ipaddressid"), state->ip.id},
                        {QStringLiteral("virtualmachineid"), state->serverId}},
                    CallOptions {false, false});
            })
        .unwrap()
        .then(this,
            [this, state](const Result<QJsonObject>& nat) -> QFuture<Result<FloatingIp>> {
                if (nat) {
                    state->ip.serverId = state->serverId;
                    return openFirewall(state);
                }
                if (!state->allocated)
                    return readyError<FloatingIp>(nat.error());
                // Give the address back: an address without NAT would only cost the account.
                return releaseAddress(state->ip.id, false).then(this, [nat](const Status&) {
                    return Result<FloatingIp>(nat.error());
                });
            })
        .unwrap();
}

QFuture<Result<FloatingIp>> CloudStackProvider::openFirewall(std::shared_ptr<PublicIpState> state)
{
    // Only a virtual router's firewall (networks with the Firewall service) needs rules on the public IP.
    if (!state->services.contains(QLatin1String("Firewall")))
        return ready(state->ip);
    QStringList groups;
    for (const QJsonValue& group : state->vm.value(QLatin1String("securitygroup")).toArray())
        groups.append(group.toObject().value(QLatin1String("name")).toString());
    for (const QJsonValue& tagValue : state->vm.value(QLatin1String("tags")).toArray()) {
        const QJsonObject tagObject = tagValue.toObject();
        if (tagObject.value(QLatin1String("key")).toString() == firewallTag())
            groups += tagObject.value(QLatin1String("value")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    groups.removeDuplicates();
    groups.removeAll(QString());
    if (groups.isEmpty())
        return ready(state->ip);
    return listSecurityGroups()
        .then(this,
            [this, state, groups](const Result<QList<SecurityGroup>>& all) -> QFuture<Result<FloatingIp>> {
                QList<QFuture<Status>> rules;
                if (all) {
                    for (const SecurityGroup& group : *all) {
                        if (!groups.contains(group.name))
                            continue;
                        for (const SecurityGroupRule& rule : group.rules) {
                            if (rule.direction != QLatin1String("ingress"))
                                continue;
                            for (const Parameters& parameters : firewallRulesFor(rule, state->ip.id))
                                rules.append(m_client
                                                 ->callAsync(QStringLiteral("createFirewallRule"), parameters,
                                                     CallOptions {false, false})
                                                 .then(this, [](const Result<QJsonObject>& created) -> Status {
                                                     // 537: the same rule is there already (a second apply).
                                                     if (!created && created.error().httpStatus == 537)
                                                         return {};
                                                     return statusOf(created);
                                                 }));
                        }
                    }
                }
                auto finish = [this, state](const Status& opened) -> QFuture<Result<FloatingIp>> {
                    if (opened)
                        return ready(state->ip);
                    if (!state->allocated)
                        return readyError<FloatingIp>(opened.error());
                    return releaseAddress(state->ip.id, true).then(this, [opened](const Status&) {
                        return Result<FloatingIp>(opened.error());
                    });
                };
                if (!all)
                    return finish(all.error());
                if (rules.isEmpty())
                    return ready(state->ip);
                return QtFuture::whenAll(rules.begin(), rules.end())
                    .then(this,
                        [finish](const QList<QFuture<Status>>& done) {
                            for (const QFuture<Status>& rule : done) {
                                if (!rule.result())
                                    return finish(rule.result());
                            }
                            return finish(Status());
                        })
                    .unwrap();
            })
        .unwrap();
}

QFuture<Status> CloudStackProvider::releaseAddress(const QString& publicIpId, bool staticNat)
{
    QFuture<Status> natOff = QtFuture::makeReadyFuture(Status());
    if (staticNat)
        natOff = asyncStatus(QStringLiteral("disableStaticNat"), {{QStringLiteral("ipaddressid"), publicIpId}});
    return natOff
        .then(this,
            [this, publicIpId](const Status& disabled) -> QFuture<Status> {
                if (!disabled && !isGone(disabled.error()))
                    return QtFuture::makeReadyFuture(disabled);
                return asyncStatus(QStringLiteral("disassociateIpAddress"), {{QStringLiteral("id"), publicIpId}})
                    .then(this, &goneIsDone);
            })
        .unwrap();
}

QFuture<Status> CloudStackProvider::releasePublicIp(const QString& publicIpId)
{
    return m_client
        ->call(QStringLiteral("listPublicIpAddresses"),
            {{QStringLiteral("id"), publicIpId}, {QStringLiteral("listall"), QStringLiteral("true")}})
        .then(this,
            [this, publicIpId](const Result<QJsonObject>& listed) -> QFuture<Status> {
                if (!listed)
                    return QtFuture::makeReadyFuture(goneIsDone(Status(listed.error())));
                const QJsonObject address = firstOf(*listed, "publicipaddress");
                if (address.isEmpty())
                    return QtFuture::makeReadyFuture(Status()); // released already
                return releaseAddress(publicIpId, address.value(QLatin1String("isstaticnat")).toBool());
            })
        .unwrap();
}

QFuture<Result<QList<FloatingIp>>> CloudStackProvider::listPublicIps()
{
    return m_client
        ->listAll(QStringLiteral("listPublicIpAddresses"), {{QStringLiteral("listall"), QStringLiteral("true")}},
            QStringLiteral("publicipaddress"))
        .then(this, [](const Result<QList<QJsonObject>>& addresses) -> Result<QList<FloatingIp>> {
            if (!addresses)
                return addresses.error();
            QList<FloatingIp> ips;
            for (const QJsonObject& address : *addresses) {
                // The router's source-NAT address belongs to the network, never to a server.
                if (!address.value(QLatin1String("issourcenat")).toBool())
                    ips.append(parsePublicIpAddress(address));
            }
            return ips;
        });
}

// --- CloudStack-only ----------------------------------------------------------------------------------------

QFuture<Result<QJsonObject>> CloudStackProvider::call(const QString& command, const Parameters& parameters, bool post)
{
    return m_client->callDocument(command, parameters, CallOptions {post, !post});
}

QUrl CloudStackProvider::signedUrl(const QString& command, const Parameters& parameters) const
{
    return m_client->signedUrl(command, parameters);
}

QFuture<Result<QJsonObject>> CloudStackProvider::waitForJob(const QString& jobId, JobWait wait)
{
    return m_client->waitForJob(jobId, QStringLiteral("queryAsyncJobResult"), wait);
}

QFuture<Result<QString>> CloudStackProvider::createVmSnapshot(
    const QString& serverId, const QString& name, bool withMemory, bool quiesce)
{
    return m_client
        ->callAsync(QStringLiteral("createVMSnapshot"),
            {{QStringLiteral("virtualmachineid"), serverId}, {QStringLiteral("name"), name},
                {QStringLiteral("snapshotmemory"), withMemory ? QStringLiteral("true") : QStringLiteral("false")},
                {QStringLiteral("quiescevm"), quiesce ? QStringLiteral("true") : QStringLiteral("false")}},
            CallOptions {false, false})
        .then(this, [](const Result<QJsonObject>& done) -> Result<QString> {
            if (!done)
                return done.error();
            return done->value(QLatin1String("vmsnapshot")).toObject().value(QLatin1String("id")).toString();
        });
}

QFuture<Result<Server>> CloudStackProvider::restoreServer(const QString& serverId, const QString& templateId)
{
    Parameters parameters {{QStringLiteral("virtualmachineid"), serverId}};
    if (!templateId.isEmpty())
        parameters.append({QStringLiteral("templateid"), templateId});
    return m_client->callAsync(QStringLiteral("restoreVirtualMachine"), parameters, CallOptions {false, false})
        .then(this, [](const Result<QJsonObject>& done) -> Result<Server> {
            if (!done)
                return done.error();
            return parseVirtualMachine(done->value(QLatin1String("virtualmachine")).toObject());
        });
}

} // namespace ct::cloudstack

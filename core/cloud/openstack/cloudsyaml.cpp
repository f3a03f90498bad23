#include "cloud/openstack/cloudsyaml.h"

#include "logging/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <string>
#include <yaml-cpp/yaml.h>

namespace ct::openstack {

namespace {

const QString kEnvironmentSource = QStringLiteral("environment");
const QString kEnvVarsCloud = QStringLiteral("envvars");

QString fromStd(const std::string& text) { return QString::fromStdString(text); }

/// openstacksdk accepts `auth-url` as well as `auth_url`.
std::string normalizedKey(const std::string& key)
{
    std::string out = key;
    for (char& c : out) {
        if (c == '-')
            c = '_';
    }
    return out;
}

/// The value under `key` in a map (keys compared after normalizing), or an invalid node. Never inserts
/// (yaml-cpp's non-const operator[] would).
YAML::Node child(const YAML::Node& map, const char* key)
{
    if (!map.IsDefined() || !map.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it->first.IsScalar() && normalizedKey(it->first.Scalar()) == key)
            return it->second;
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

/// One cloud's entry, seen through secure.yaml first and clouds.yaml second: that order is the deep merge
/// (secure.yaml wins key by key), and each value keeps the file and line it came from.
class CloudView
{
    Q_DECLARE_TR_FUNCTIONS(CloudsYaml)

public:
    struct Layer
    {
        YAML::Node node;
        QString file;
    };

    struct Value
    {
        YAML::Node node;
        QString file;
        bool present() const { return node.IsDefined() && !node.IsNull(); }
    };

    CloudView(QString name, QList<Layer> layers, QStringList* problems)
        : m_name(std::move(name))
        , m_layers(std::move(layers))
        , m_problems(problems)
    { }

    const QString& name() const { return m_name; }
    bool failed() const { return m_failed; }

    Value lookup(std::initializer_list<const char*> path) const
    {
        for (const Layer& layer : m_layers) {
            YAML::Node node = layer.node;
            for (const char* key : path) {
                // reset() rebinds; operator= would overwrite the referenced node's contents.
                node.reset(child(node, key));
                if (!node.IsDefined())
                    break;
            }
            if (node.IsDefined() && !node.IsNull())
                return {node, layer.file};
        }
        return {YAML::Node(YAML::NodeType::Undefined), {}};
    }

    /// "clouds.yaml line 7" / "OS_* environment variables": where a value or the cloud itself is.
    QString where(const Value& value) const
    {
        if (value.present())
            return location(value.file, value.node.Mark());
        return whereCloud();
    }

    QString whereCloud() const
    {
        // The entry in the main file is what a person edits, so point there when it exists.
        for (auto it = m_layers.crbegin(); it != m_layers.crend(); ++it) {
            if (it->node.IsDefined())
                return location(it->file, it->node.Mark());
        }
        return m_layers.isEmpty() ? QString() : location(m_layers.first().file, YAML::Mark::null_mark());
    }

    static QString location(const QString& file, const YAML::Mark& mark)
    {
        if (file == kEnvironmentSource)
            return tr("OS_* environment variables");
        if (mark.is_null())
            return QDir::toNativeSeparators(file);
        return tr("%1 line %2").arg(QDir::toNativeSeparators(file)).arg(mark.line + 1);
    }

    /// Text at `path`; empty when absent. A map or list where text belongs is reported and ignored.
    QString text(std::initializer_list<const char*> path)
    {
        const Value value = lookup(path);
        if (!value.present())
            return {};
        if (!value.node.IsScalar()) {
            problem(tr("%1: cloud '%2': %3 must be a single value, not a list or map")
                        .arg(where(value), m_name, keyName(path)),
                false);
            return {};
        }
        return fromStd(value.node.Scalar()).trimmed();
    }

    /// Text from the first key of `paths` that is set (for aliases such as tenant_name / project_name).
    QString firstText(std::initializer_list<std::initializer_list<const char*>> paths)
    {
        for (const auto& path : paths) {
            if (const QString value = text(path); !value.isEmpty())
                return value;
        }
        return {};
    }

    std::optional<bool> boolean(std::initializer_list<const char*> path)
    {
        const Value value = lookup(path);
        if (!value.present())
            return std::nullopt;
        bool result = false;
        if (value.node.IsScalar() && YAML::convert<bool>::decode(value.node, result))
            return result;
        problem(tr("%1: cloud '%2': %3 must be true or false").arg(where(value), m_name, keyName(path)), false);
        return std::nullopt;
    }

    static QString keyName(std::initializer_list<const char*> path)
    {
        QStringList parts;
        for (const char* key : path)
            parts << QLatin1String(key);
        return parts.join(QLatin1Char('.'));
    }

    /// Records a problem; `fatal` means the cloud cannot be imported.
    void problem(const QString& message, bool fatal)
    {
        m_problems->append(message);
        if (fatal)
            m_failed = true;
    }

private:
    QString m_name;
    QList<Layer> m_layers;
    QStringList* m_problems;
    bool m_failed = false;
};

bool isPasswordAuth(const QString& type)
{
    return type == QLatin1String("password") || type == QLatin1String("v3password");
}

bool isAppCredentialAuth(const QString& type)
{
    return type == QLatin1String("v3applicationcredential") || type == QLatin1String("applicationcredential")
        || type == QLatin1String("application_credential");
}

/// Turns one merged entry into an account, or nothing (the reasons are in the view's problems).
std::optional<ImportedCloud> convert(CloudView& view, const QString& baseDir)
{
    ImportedCloud cloud;
    CloudAccount& account = cloud.account;
    account.name = view.name();
    account.kind = CloudKind::OpenStack;
    const QString name = view.name();
    const CloudView::Value authValue = view.lookup({"auth"});
    const QString source = authValue.present() ? authValue.file : QString();
    cloud.source = source.isEmpty() ? view.whereCloud() : source;

    if (const QString version = view.text({"identity_api_version"});
        !version.isEmpty() && !version.startsWith(QLatin1Char('3'))) {
        view.problem(CloudsYaml::tr("%1: cloud '%2' uses identity_api_version %3; CloudTwin speaks Keystone v3 only")
                         .arg(view.where(view.lookup({"identity_api_version"})), name, version),
            true);
    }

    account.authUrl = view.text({"auth", "auth_url"});
    account.userName = view.firstText({{"auth", "username"}, {"auth", "user_name"}});
    account.userId = view.text({"auth", "user_id"});
    account.projectName = view.firstText({{"auth", "project_name"}, {"auth", "tenant_name"}});
    account.projectId = view.firstText({{"auth", "project_id"}, {"auth", "tenant_id"}});
    account.userDomainName = view.text({"auth", "user_domain_name"});
    account.userDomainId = view.text({"auth", "user_domain_id"});
    account.projectDomainName = view.text({"auth", "project_domain_name"});
    account.projectDomainId = view.text({"auth", "project_domain_id"});
    account.applicationCredentialId = view.text({"auth", "application_credential_id"});
    account.applicationCredentialName = view.text({"auth", "application_credential_name"});

    // `default_domain` fills in whichever of the two domains is not set (keystoneauth's default-domain).
    if (const QString domainId = view.firstText({{"auth", "default_domain_id"}, {"default_domain"}});
        !domainId.isEmpty()) {
        if (account.userDomainId.isEmpty() && account.userDomainName.isEmpty())
            account.userDomainId = domainId;
        if (account.projectDomainId.isEmpty() && account.projectDomainName.isEmpty())
            account.projectDomainId = domainId;
    }
    if (const QString domainName = view.text({"auth", "default_domain_name"}); !domainName.isEmpty()) {
        if (account.userDomainId.isEmpty() && account.userDomainName.isEmpty())
            account.userDomainName = domainName;
        if (account.projectDomainId.isEmpty() && account.projectDomainName.isEmpty())
            account.projectDomainName = domainName;
    }

    const QString password = view.text({"auth", "password"});
    const QString appSecret = view.text({"auth", "application_credential_secret"});

    QString authType = view.text({"auth_type"}).toLower();
    if (authType.isEmpty()) {
        // keystoneauth would default to password; an entry that only has an application credential clearly
        // means one.
        const bool hasAppCredential = !account.applicationCredentialId.isEmpty() || !appSecret.isEmpty();
        authType = hasAppCredential && account.userName.isEmpty() && password.isEmpty()
            ? QStringLiteral("v3applicationcredential")
            : QStringLiteral("password");
    }
    if (isPasswordAuth(authType)) {
        account.authType = QStringLiteral("password");
    } else if (isAppCredentialAuth(authType)) {
        account.authType = QStringLiteral("v3applicationcredential");
    } else {
        view.problem(CloudsYaml::tr("%1: cloud '%2' uses auth_type '%3', which CloudTwin does not support; use "
                                    "password or v3applicationcredential")
                         .arg(view.where(view.lookup({"auth_type"})), name, authType),
            true);
        return std::nullopt;
    }

    if (account.authUrl.isEmpty()) {
        QString message = CloudsYaml::tr("%1: cloud '%2' has no auth.auth_url").arg(view.whereCloud(), name);
        if (const QString profile = view.text({"profile"}); !profile.isEmpty())
            message += CloudsYaml::tr(" (it uses the vendor profile '%1', which CloudTwin cannot read; add the "
                                      "Keystone URL as auth.auth_url)")
                           .arg(profile);
        view.problem(message, true);
    } else {
        const QUrl url(account.authUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty()) {
            view.problem(CloudsYaml::tr("%1: cloud '%2': auth.auth_url '%3' is not an http:// or https:// URL")
                             .arg(view.where(view.lookup({"auth", "auth_url"})), name, account.authUrl),
                true);
        }
    }

    if (account.authType == QLatin1String("password")) {
        if (account.userName.isEmpty() && account.userId.isEmpty())
            view.problem(
                CloudsYaml::tr("%1: cloud '%2' has no auth.username (or auth.user_id)").arg(view.whereCloud(), name),
                true);
        if (account.projectName.isEmpty() && account.projectId.isEmpty())
            view.problem(CloudsYaml::tr("%1: cloud '%2' has no auth.project_name (or auth.project_id); CloudTwin "
                                        "needs a project to list and manage servers")
                             .arg(view.whereCloud(), name),
                true);
        cloud.secret = password.toUtf8();
        if (cloud.secret.isEmpty())
            cloud.notes << CloudsYaml::tr("cloud '%1' has no auth.password in clouds.yaml or secure.yaml; it was "
                                          "imported, and the password must be entered before it can be used")
                               .arg(name);
    } else {
        if (account.applicationCredentialId.isEmpty()
            && (account.applicationCredentialName.isEmpty()
                || (account.userName.isEmpty() && account.userId.isEmpty())))
            view.problem(CloudsYaml::tr("%1: cloud '%2' has no auth.application_credential_id (or "
                                        "application_credential_name with username or user_id)")
                             .arg(view.whereCloud(), name),
                true);
        // Keystone refuses a scope with application credentials (CLOUD-FACTS §3.1): the credential has one.
        account.projectName.clear();
        account.projectId.clear();
        account.projectDomainName.clear();
        account.projectDomainId.clear();
        cloud.secret = appSecret.toUtf8();
        if (cloud.secret.isEmpty())
            cloud.notes << CloudsYaml::tr("cloud '%1' has no auth.application_credential_secret in clouds.yaml or "
                                          "secure.yaml; it was imported, and the secret must be entered before it "
                                          "can be used")
                               .arg(name);
    }

    account.regionName = view.text({"region_name"});
    if (account.regionName.isEmpty()) {
        const CloudView::Value regions = view.lookup({"regions"});
        if (regions.present() && regions.node.IsSequence() && regions.node.size() > 0) {
            const YAML::Node first = regions.node[0];
            if (first.IsScalar())
                account.regionName = fromStd(first.Scalar());
            else if (const YAML::Node regionName = child(first, "name"); regionName.IsScalar())
                account.regionName = fromStd(regionName.Scalar());
            if (regions.node.size() > 1)
                cloud.notes << CloudsYaml::tr("cloud '%1' lists %2 regions; CloudTwin uses the first one, '%3'")
                                   .arg(name)
                                   .arg(regions.node.size())
                                   .arg(account.regionName);
        }
    }

    QString interface = view.firstText({{"interface"}, {"endpoint_type"}}).toLower();
    if (interface.endsWith(QLatin1String("url")))
        interface.chop(3); // the Keystone v2 spelling "publicURL"
    if (interface.isEmpty())
        interface = QStringLiteral("public");
    if (interface != QLatin1String("public") && interface != QLatin1String("internal")
        && interface != QLatin1String("admin")) {
        view.problem(CloudsYaml::tr("%1: cloud '%2': interface '%3' is not public, internal or admin; using public")
                         .arg(view.where(view.lookup({"interface"})), name, interface),
            false);
        interface = QStringLiteral("public");
    }
    account.interface = interface;

    // verify: false turns certificate checks off; verify: <path> is a CA bundle (requests' convention).
    QString cacert = view.text({"cacert"});
    const CloudView::Value verify = view.lookup({"verify"});
    if (verify.present()) {
        bool verifyOn = true;
        if (verify.node.IsScalar() && YAML::convert<bool>::decode(verify.node, verifyOn)) {
            account.insecure = !verifyOn;
        } else if (verify.node.IsScalar()) {
            if (cacert.isEmpty())
                cacert = fromStd(verify.node.Scalar());
        } else {
            view.problem(
                CloudsYaml::tr("%1: cloud '%2': verify must be true, false or a CA file").arg(view.where(verify), name),
                false);
        }
    }
    if (const auto insecure = view.boolean({"insecure"}); insecure && *insecure)
        account.insecure = true;
    if (!cacert.isEmpty()) {
        if (cacert.startsWith(QLatin1String("~/")))
            cacert = QDir::homePath() + cacert.mid(1);
        // Stored for later runs from anywhere, so make it absolute against the file that named it.
        account.caFile = QDir::cleanPath(QDir(baseDir).absoluteFilePath(cacert));
        if (!QFileInfo::exists(account.caFile))
            cloud.notes << CloudsYaml::tr("cloud '%1': the CA file %2 does not exist; connections will fail until "
                                          "it does")
                               .arg(name, QDir::toNativeSeparators(account.caFile));
    }
    if (account.insecure)
        cloud.notes << CloudsYaml::tr("cloud '%1' has certificate checks turned off (verify: false); anyone on the "
                                      "network path can read its password")
                           .arg(name);

    if (view.failed())
        return std::nullopt;
    return cloud;
}

Result<YAML::Node> loadYaml(const QByteArray& bytes, const QString& fileName)
{
    try {
        return YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception& e) {
        // yaml-cpp's message describes the syntax ("illegal map value"), never the value itself.
        return makeError(ErrorCode::InvalidInput,
            CloudsYaml::tr("%1 line %2, column %3: not valid YAML (%4). Fix the file and import again.")
                .arg(QDir::toNativeSeparators(fileName))
                .arg(e.mark.line + 1)
                .arg(e.mark.column + 1)
                .arg(fromStd(e.msg)));
    }
}

/// The `clouds:` map of a parsed file.
Result<YAML::Node> cloudsMap(const YAML::Node& root, const QString& fileName)
{
    const YAML::Node clouds = child(root, "clouds");
    if (!clouds.IsDefined() || !clouds.IsMap()) {
        return makeError(ErrorCode::InvalidInput,
            CloudsYaml::tr("%1 has no 'clouds:' section with one entry per cloud, so it is not a "
                           "clouds.yaml file.")
                .arg(QDir::toNativeSeparators(fileName)));
    }
    return clouds;
}

QString firstExisting(const QStringList& paths)
{
    for (const QString& path : paths) {
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
            CloudsYaml::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

QStringList configDirs(const CloudsYaml::Environment& environment)
{
    const QProcessEnvironment& env = environment.variables;
    const QString home = env.value(QStringLiteral("HOME"));
    QStringList dirs;
    if (!environment.currentDir.isEmpty())
        dirs << environment.currentDir;
#if defined(Q_OS_WIN)
    if (const QString local = env.value(QStringLiteral("LOCALAPPDATA")); !local.isEmpty())
        dirs << local + QStringLiteral("/OpenStack/openstack");
#elif defined(Q_OS_MACOS)
    if (!home.isEmpty())
        dirs << home + QStringLiteral("/Library/Application Support/openstack");
#else
    if (const QString xdg = env.value(QStringLiteral("XDG_CONFIG_HOME")); !xdg.isEmpty())
        dirs << xdg + QStringLiteral("/openstack");
#endif
#if !defined(Q_OS_WIN)
    if (!home.isEmpty())
        dirs << home + QStringLiteral("/.config/openstack");
#endif
    dirs << environment.siteDirs;
    dirs.removeDuplicates();
    return dirs;
}

QStringList filesIn(const QStringList& dirs, const QString& stem)
{
    QStringList paths;
    for (const QString& dir : dirs) {
        for (const char* extension : {".yaml", ".yml", ".json"})
            paths << dir + QLatin1Char('/') + stem + QLatin1String(extension);
    }
    return paths;
}

} // namespace

CloudsYaml::Environment CloudsYaml::Environment::system()
{
    Environment environment;
    environment.variables = QProcessEnvironment::systemEnvironment();
    environment.currentDir = QDir::currentPath();
#if defined(Q_OS_WIN)
    if (const QString data = environment.variables.value(QStringLiteral("PROGRAMDATA")); !data.isEmpty())
        environment.siteDirs << data + QStringLiteral("/OpenStack/openstack");
#else
    environment.siteDirs << QStringLiteral("/etc/openstack");
#endif
    return environment;
}

QStringList CloudsYaml::searchPaths(const Environment& environment)
{
    QStringList paths;
    if (const QString file = environment.variables.value(QStringLiteral("OS_CLIENT_CONFIG_FILE")); !file.isEmpty())
        paths << file;
    paths << filesIn(configDirs(environment), QStringLiteral("clouds"));
    return paths;
}

QStringList CloudsYaml::securePaths(const Environment& environment)
{
    QStringList paths;
    if (const QString file = environment.variables.value(QStringLiteral("OS_CLIENT_SECURE_FILE")); !file.isEmpty())
        paths << file;
    paths << filesIn(configDirs(environment), QStringLiteral("secure"));
    return paths;
}

Result<CloudsYamlImport> CloudsYaml::parse(
    const QByteArray& clouds, const QString& cloudsName, const QByteArray& secure, const QString& secureName)
{
    auto root = loadYaml(clouds, cloudsName);
    if (!root)
        return root.error();
    auto cloudNodes = cloudsMap(root.value(), cloudsName);
    if (!cloudNodes)
        return cloudNodes.error();

    YAML::Node secureNodes(YAML::NodeType::Undefined);
    if (!secure.trimmed().isEmpty()) {
        auto secureRoot = loadYaml(secure, secureName);
        if (!secureRoot)
            return secureRoot.error();
        auto map = cloudsMap(secureRoot.value(), secureName);
        if (!map)
            return map.error();
        secureNodes.reset(map.value());
    }

    CloudsYamlImport result;
    result.file = cloudsName;
    result.secureFile = secure.isEmpty() ? QString() : secureName;
    const QString baseDir = QFileInfo(cloudsName).absolutePath();

    auto importOne = [&](const QString& name) {
        QList<CloudView::Layer> layers;
        const std::string key = name.toStdString();
        for (auto it = secureNodes.begin(); secureNodes.IsDefined() && it != secureNodes.end(); ++it) {
            if (it->first.Scalar() == key)
                layers.append({it->second, secureName});
        }
        for (auto it = cloudNodes->begin(); it != cloudNodes->end(); ++it) {
            if (it->first.Scalar() == key)
                layers.append({it->second, cloudsName});
        }
        CloudView view(name, layers, &result.problems);
        for (const CloudView::Layer& layer : layers) {
            if (!layer.node.IsMap()) {
                view.problem(tr("%1: cloud '%2' must be a map of settings (auth:, region_name:, ...)")
                                 .arg(CloudView::location(layer.file, layer.node.Mark()), name),
                    true);
                return;
            }
        }
        if (auto cloud = convert(view, baseDir))
            result.clouds.append(std::move(*cloud));
    };

    QStringList names;
    for (auto it = cloudNodes->begin(); it != cloudNodes->end(); ++it)
        names << fromStd(it->first.Scalar());
    // A cloud that only secure.yaml names still counts (deep merge over nothing).
    for (auto it = secureNodes.begin(); secureNodes.IsDefined() && it != secureNodes.end(); ++it) {
        if (const QString name = fromStd(it->first.Scalar()); !names.contains(name))
            names << name;
    }
    for (const QString& name : std::as_const(names))
        importOne(name);
    return result;
}

std::optional<ImportedCloud> CloudsYaml::fromEnvironment(const QProcessEnvironment& variables, QStringList* problems)
{
    struct Mapping
    {
        const char* variable;
        const char* section; ///< nullptr: top level
        const char* key;
    };
    static const Mapping kMappings[] = {
        {"OS_AUTH_URL", "auth", "auth_url"},
        {"OS_USERNAME", "auth", "username"},
        {"OS_USER_ID", "auth", "user_id"},
        {"OS_PASSWORD", "auth", "password"},
        {"OS_PROJECT_NAME", "auth", "project_name"},
        {"OS_TENANT_NAME", "auth", "tenant_name"},
        {"OS_PROJECT_ID", "auth", "project_id"},
        {"OS_TENANT_ID", "auth", "tenant_id"},
        {"OS_USER_DOMAIN_NAME", "auth", "user_domain_name"},
        {"OS_USER_DOMAIN_ID", "auth", "user_domain_id"},
        {"OS_PROJECT_DOMAIN_NAME", "auth", "project_domain_name"},
        {"OS_PROJECT_DOMAIN_ID", "auth", "project_domain_id"},
        {"OS_DEFAULT_DOMAIN", nullptr, "default_domain"},
        {"OS_APPLICATION_CREDENTIAL_ID", "auth", "application_credential_id"},
        {"OS_APPLICATION_CREDENTIAL_NAME", "auth", "application_credential_name"},
        {"OS_APPLICATION_CREDENTIAL_SECRET", "auth", "application_credential_secret"},
        {"OS_AUTH_TYPE", nullptr, "auth_type"},
        {"OS_REGION_NAME", nullptr, "region_name"},
        {"OS_INTERFACE", nullptr, "interface"},
        {"OS_ENDPOINT_TYPE", nullptr, "endpoint_type"},
        {"OS_CACERT", nullptr, "cacert"},
        {"OS_INSECURE", nullptr, "insecure"},
        {"OS_IDENTITY_API_VERSION", nullptr, "identity_api_version"},
    };
    // Only these say "there is a cloud here"; OS_REGION_NAME alone does not.
    static const char* const kTriggers[] = {"OS_AUTH_URL", "OS_USERNAME", "OS_USER_ID", "OS_PASSWORD",
        "OS_APPLICATION_CREDENTIAL_ID", "OS_APPLICATION_CREDENTIAL_SECRET"};
    bool any = false;
    for (const char* trigger : kTriggers)
        any = any || !variables.value(QLatin1String(trigger)).isEmpty();
    if (!any)
        return std::nullopt;

    YAML::Node cloud(YAML::NodeType::Map);
    YAML::Node auth(YAML::NodeType::Map);
    for (const Mapping& mapping : kMappings) {
        const QString value = variables.value(QLatin1String(mapping.variable));
        if (value.isEmpty())
            continue;
        if (mapping.section)
            auth[mapping.key] = value.toStdString();
        else
            cloud[mapping.key] = value.toStdString();
    }
    cloud["auth"] = auth;
    CloudView view(kEnvVarsCloud, {{cloud, kEnvironmentSource}}, problems);
    auto imported = convert(view, QDir::currentPath());
    if (imported)
        imported->source = kEnvironmentSource;
    return imported;
}

Result<CloudsYamlImport> CloudsYaml::load(const QString& explicitFile, const Environment& environment)
{
    QString file;
    QStringList secureCandidates;
    if (const QString secure = environment.variables.value(QStringLiteral("OS_CLIENT_SECURE_FILE")); !secure.isEmpty())
        secureCandidates << secure;
    if (!explicitFile.isEmpty()) {
        if (!QFileInfo(explicitFile).isFile())
            return makeError(
                ErrorCode::NotFound, tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(explicitFile)));
        file = explicitFile;
    } else {
        file = firstExisting(searchPaths(environment));
    }
    if (!file.isEmpty()) {
        const QString dir = QFileInfo(file).absolutePath();
        secureCandidates << filesIn({dir}, QStringLiteral("secure"));
        if (explicitFile.isEmpty())
            secureCandidates << securePaths(environment);
    }

    CloudsYamlImport result;
    if (!file.isEmpty()) {
        auto clouds = readFile(file);
        if (!clouds)
            return clouds.error();
        QByteArray secure;
        const QString secureFile = firstExisting(secureCandidates);
        if (!secureFile.isEmpty()) {
            auto read = readFile(secureFile);
            if (!read)
                return read.error();
            secure = read.value();
        }
        auto parsed = parse(clouds.value(), file, secure, secureFile);
        if (!parsed)
            return parsed.error();
        result = std::move(parsed.value());
        qCInfo(lcCloud) << "clouds.yaml import from" << file << "secure file" << secureFile << "clouds"
                        << result.clouds.size() << "problems" << result.problems.size();
    }

    if (explicitFile.isEmpty()) {
        if (auto fromEnv = fromEnvironment(environment.variables, &result.problems)) {
            const bool clash = std::any_of(result.clouds.cbegin(), result.clouds.cend(),
                [](const ImportedCloud& c) { return c.account.name == kEnvVarsCloud; });
            if (clash)
                result.problems << tr("%1 defines a cloud named 'envvars' and OS_* environment variables are set "
                                      "too; the environment was ignored")
                                       .arg(QDir::toNativeSeparators(file));
            else
                result.clouds.append(std::move(*fromEnv));
        }
    }

    if (file.isEmpty() && result.clouds.isEmpty() && result.problems.isEmpty()) {
        QStringList looked = searchPaths(environment);
        looked.erase(std::remove_if(looked.begin(), looked.end(),
                         [](const QString& path) { return !path.endsWith(QLatin1String(".yaml")); }),
            looked.end());
        return makeError(ErrorCode::NotFound,
            tr("No clouds.yaml found (looked for %1) and no OS_AUTH_URL is set. "
               "Name the file with --clouds-yaml FILE.")
                .arg(QDir::toNativeSeparators(looked.join(QStringLiteral(", ")))));
    }
    return result;
}

} // namespace ct::openstack

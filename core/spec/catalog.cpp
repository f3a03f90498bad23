#include "spec/catalog.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace ct::spec {

namespace {

struct OsRow
{
    const char* family;
    const char* version;
    const char* displayName;
    const char* codename; ///< how some images name the release instead of its number ("" for none)
    bool apt;
};

// Only releases whose own repositories carry every bundle below (and that still get security updates).
constexpr OsRow kOs[] = {
    {"ubuntu", "22.04", "Ubuntu 22.04 LTS", "jammy", true},
    {"ubuntu", "24.04", "Ubuntu 24.04 LTS", "noble", true},
    {"debian", "11", "Debian 11 (bullseye)", "bullseye", true},
    {"debian", "12", "Debian 12 (bookworm)", "bookworm", true},
    {"rocky", "8", "Rocky Linux 8", "", false},
    {"rocky", "9", "Rocky Linux 9", "", false},
    {"almalinux", "8", "AlmaLinux 8", "", false},
    {"almalinux", "9", "AlmaLinux 9", "", false},
};

/// Words that name a family in os_distro, CloudStack OS type names and image names.
QStringList familyWords(const QString& family)
{
    if (family == QLatin1String("rocky"))
        return {QStringLiteral("rocky"), QStringLiteral("rockylinux")};
    if (family == QLatin1String("almalinux"))
        return {QStringLiteral("almalinux"), QStringLiteral("alma")};
    return {family};
}

QString codenameOf(const QString& family, const QString& version)
{
    for (const OsRow& row : kOs) {
        if (family == QLatin1String(row.family) && version == QLatin1String(row.version))
            return QString::fromLatin1(row.codename);
    }
    return {};
}

/// "24.04" matches "24.04" and "24.04.1"; "12" matches "12" and "12.5" but not "120".
bool versionMatches(const QString& candidate, const QString& version)
{
    return candidate == version || candidate.startsWith(version + QLatin1Char('.'));
}

/// Lower-case words of a name or description: "Debian GNU/Linux 12 (64-bit)" → debian gnu linux 12 64 bit.
/// Dots stay inside words so versions keep together ("22.04").
QStringList wordsOf(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9.]+"));
    QStringList words = text.toLower().split(separators, Qt::SkipEmptyParts);
    for (QString& word : words) {
        while (word.endsWith(QLatin1Char('.')))
            word.chop(1);
        while (word.startsWith(QLatin1Char('.')))
            word.remove(0, 1);
    }
    words.removeAll(QString());
    return words;
}

/// Whether a list of words names the family and the version, or the release's code name alone ("noble-server-
/// cloudimg-amd64": code names are unique across the families).
bool wordsName(const QStringList& words, const QString& family, const QString& version)
{
    const QString codename = codenameOf(family, version);
    if (!codename.isEmpty() && words.contains(codename))
        return true;
    const QStringList familyNames = familyWords(family);
    const bool hasFamily
        = std::any_of(words.cbegin(), words.cend(), [&](const QString& w) { return familyNames.contains(w); });
    return hasFamily
        && std::any_of(words.cbegin(), words.cend(), [&](const QString& w) { return versionMatches(w, version); });
}

/// Whether the words name any family CloudTwin knows (so a non-match is a real "other OS").
bool wordsNameSomeFamily(const QStringList& words)
{
    static const QStringList known = [] {
        QStringList all {QStringLiteral("centos"), QStringLiteral("rhel"), QStringLiteral("redhat"),
            QStringLiteral("fedora"), QStringLiteral("opensuse"), QStringLiteral("suse"), QStringLiteral("sles"),
            QStringLiteral("windows"), QStringLiteral("freebsd"), QStringLiteral("cirros"), QStringLiteral("oracle"),
            QStringLiteral("arch")};
        for (const OsRow& row : kOs)
            all << familyWords(QString::fromLatin1(row.family));
        return all;
    }();
    return std::any_of(words.cbegin(), words.cend(), [](const QString& w) { return known.contains(w); });
}

enum class OsEvidence
{
    Matches, ///< the image's OS properties say it is this OS
    Differs, ///< they name another OS or release
    Unknown ///< no OS properties (or only a generic "Other Linux"); the name may tell
};

enum class MatchedBy
{
    GlanceProperties,
    CloudStackOsType,
    Name
};

/// What the image's own OS properties say: Glance os_distro + os_version, or CloudStack's ostypename.
OsEvidence propertyEvidence(const Image& image, const QString& family, const QString& version, MatchedBy* by)
{
    const QString distro = image.properties.value(QStringLiteral("os_distro")).toString().trimmed().toLower();
    if (!distro.isEmpty()) {
        *by = MatchedBy::GlanceProperties;
        if (!familyWords(family).contains(distro))
            return OsEvidence::Differs;
        const QString osVersion = image.properties.value(QStringLiteral("os_version")).toString().trimmed().toLower();
        if (osVersion.isEmpty())
            return OsEvidence::Unknown; // right family, release unknown: let the name decide
        const QString codename = codenameOf(family, version);
        return versionMatches(osVersion, version) || (!codename.isEmpty() && osVersion == codename)
            ? OsEvidence::Matches
            : OsEvidence::Differs;
    }
    const QString osType = image.properties.value(QStringLiteral("ostypename")).toString();
    if (!osType.isEmpty()) {
        *by = MatchedBy::CloudStackOsType;
        const QStringList words = wordsOf(osType);
        if (wordsName(words, family, version))
            return OsEvidence::Matches;
        // Templates are often registered as "Other Linux (64-bit)"; that says nothing about the distribution.
        return wordsNameSomeFamily(words) ? OsEvidence::Differs : OsEvidence::Unknown;
    }
    return OsEvidence::Unknown;
}

bool isActive(const Image& image)
{
    // Glance says "active"; the CloudStack parser (cloudstackjson.cpp) maps an isready template to "active" too.
    return image.status.compare(QLatin1String("active"), Qt::CaseInsensitive) == 0;
}

QString flavorNumbers(const Flavor& flavor)
{
    return flavor.diskGb > 0
        ? Catalog::tr("%1 vCPU, %2 MB memory, %3 GB disk").arg(flavor.vcpus).arg(flavor.ramMb).arg(flavor.diskGb)
        : Catalog::tr("%1 vCPU, %2 MB memory, root disk sized at creation").arg(flavor.vcpus).arg(flavor.ramMb);
}

QString needNumbers(const Size& need)
{
    return Catalog::tr("at least %1 vCPU, %2 MB memory and %3 GB disk")
        .arg(need.vcpus)
        .arg(need.ramMb)
        .arg(need.diskGb);
}

bool satisfies(const Flavor& flavor, const Size& need)
{
    // A root disk of 0 is "not fixed by the flavor": Nova boot-from-volume flavors and CloudStack offerings
    // without rootdisksize, where the disk is sized when the VM is created.
    return flavor.vcpus >= need.vcpus && flavor.ramMb >= need.ramMb
        && (flavor.diskGb == 0 || flavor.diskGb >= need.diskGb);
}

template<class T, class NameOf, class IdOf>
int findExact(const QList<T>& items, const QString& exact, NameOf nameOf, IdOf idOf)
{
    for (int i = 0; i < items.size(); ++i) {
        if (idOf(items.at(i)) == exact)
            return i;
    }
    for (int i = 0; i < items.size(); ++i) {
        if (nameOf(items.at(i)) == exact)
            return i;
    }
    for (int i = 0; i < items.size(); ++i) {
        if (nameOf(items.at(i)).compare(exact, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

/// "a, b, c" of at most `limit` names, with "…" when there are more.
template<class T, class NameOf>
QString someNames(const QList<T>& items, NameOf nameOf, int limit = 10)
{
    QStringList names;
    for (const T& item : items) {
        if (names.size() == limit) {
            names << QStringLiteral("…");
            break;
        }
        names << nameOf(item);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

Size Catalog::sizeOf(SizeClass size)
{
    switch (size) {
    case SizeClass::Small:
        return {1, 2048, 20};
    case SizeClass::Medium:
        return {2, 4096, 40};
    case SizeClass::Large:
        return {4, 8192, 80};
    case SizeClass::XLarge:
        return {8, 16384, 160};
    case SizeClass::Custom:
        return {};
    }
    return {};
}

Size Catalog::effectiveSize(const VmSpec& spec)
{
    return spec.size == SizeClass::Custom ? spec.customSize : sizeOf(spec.size);
}

QList<Catalog::OsInfo> Catalog::supportedOs()
{
    QList<OsInfo> list;
    for (const OsRow& row : kOs) {
        list.append({QString::fromLatin1(row.family), QString::fromLatin1(row.version),
            QString::fromLatin1(row.displayName), row.apt});
    }
    return list;
}

std::optional<Catalog::OsInfo> Catalog::os(const QString& family, const QString& version)
{
    for (const OsInfo& info : supportedOs()) {
        if (info.family == family && info.version == version)
            return info;
    }
    return std::nullopt;
}

SizeClass Catalog::defaultSize(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Database:
    case Purpose::DevelopmentBox:
        return SizeClass::Medium;
    case Purpose::WebServer:
    case Purpose::FileServer:
    case Purpose::Custom:
        return SizeClass::Small;
    }
    return SizeClass::Small;
}

QList<Bundle> Catalog::defaultBundles(Purpose purpose)
{
    switch (purpose) {
    case Purpose::WebServer:
        return {Bundle::Nginx};
    case Purpose::Database:
        return {Bundle::PostgreSql};
    case Purpose::DevelopmentBox:
        return {Bundle::Docker, Bundle::Python, Bundle::NodeJs};
    case Purpose::FileServer: // files move over SFTP, which sshd already serves
    case Purpose::Custom:
        return {};
    }
    return {};
}

QList<PortRule> Catalog::defaultPorts(Purpose purpose)
{
    const PortRule ssh {QStringLiteral("ssh"), QStringLiteral("tcp"), 22, 22, QStringLiteral("0.0.0.0/0")};
    switch (purpose) {
    case Purpose::WebServer:
        return {ssh, {QStringLiteral("http"), QStringLiteral("tcp"), 80, 80, QStringLiteral("0.0.0.0/0")},
            {QStringLiteral("https"), QStringLiteral("tcp"), 443, 443, QStringLiteral("0.0.0.0/0")}};
    case Purpose::Database:
        // A database should not face the internet; private addresses only until the user says otherwise.
        return {ssh, {QStringLiteral("postgresql"), QStringLiteral("tcp"), 5432, 5432, QStringLiteral("10.0.0.0/8")}};
    case Purpose::DevelopmentBox:
    case Purpose::FileServer: // SFTP and scp go through ssh
    case Purpose::Custom:
        return {ssh};
    }
    return {ssh};
}

Result<Catalog::Match> Catalog::matchFlavor(
    const QList<Flavor>& flavors, const Size& need, const QString& exact, const QString& cloudName)
{
    if (!exact.isEmpty()) {
        const int index = findExact(
            flavors, exact, [](const Flavor& f) { return f.name; }, [](const Flavor& f) { return f.id; });
        if (index < 0) {
            return makeError(ErrorCode::NotFound,
                tr("Cloud “%1” has no flavor “%2”. Its flavors are: %3. Pick one of them or leave the flavor "
                   "empty so CloudTwin picks one for the size.")
                    .arg(cloudName, exact, someNames(flavors, [](const Flavor& f) { return f.name; })));
        }
        const Flavor& flavor = flavors.at(index);
        const QString reason = satisfies(flavor, need)
            ? tr("%1: chosen by you (%2)").arg(flavor.name, flavorNumbers(flavor))
            : tr("%1: chosen by you (%2), although the size asks for %3")
                  .arg(flavor.name, flavorNumbers(flavor), needNumbers(need));
        return Match {index, reason};
    }

    int best = -1;
    const auto key = [&](const Flavor& f) {
        // Fewest vCPUs, then least memory, then a flavor that really fixes a big enough disk before one that
        // leaves it open, then the smallest disk; the name keeps the choice stable.
        return std::make_tuple(f.vcpus, f.ramMb, f.diskGb == 0 ? 1 : 0, f.diskGb, f.name);
    };
    for (int i = 0; i < flavors.size(); ++i) {
        if (satisfies(flavors.at(i), need) && (best < 0 || key(flavors.at(i)) < key(flavors.at(best))))
            best = i;
    }
    if (best >= 0) {
        const Flavor& flavor = flavors.at(best);
        const QString reason = flavor.diskGb == 0
            ? tr("%1: the smallest with at least %2 vCPU and %3 MB memory (%4); it does not fix the root disk, "
                 "so the %5 GB are asked for when the VM is created")
                  .arg(flavor.name)
                  .arg(need.vcpus)
                  .arg(need.ramMb)
                  .arg(flavorNumbers(flavor))
                  .arg(need.diskGb)
            : tr("%1: the smallest with %2 (%3)").arg(flavor.name, needNumbers(need), flavorNumbers(flavor));
        return Match {best, reason};
    }

    if (flavors.isEmpty()) {
        return makeError(ErrorCode::NotFound,
            tr("Cloud “%1” offers no flavors to this account, so no VM can be created there. Ask the cloud's "
               "administrator for access to flavors, or choose another cloud.")
                .arg(cloudName));
    }
    int biggest = 0;
    for (int i = 1; i < flavors.size(); ++i) {
        const Flavor& f = flavors.at(i);
        const Flavor& b = flavors.at(biggest);
        if (std::tie(f.vcpus, f.ramMb, f.diskGb) > std::tie(b.vcpus, b.ramMb, b.diskGb))
            biggest = i;
    }
    return makeError(ErrorCode::NotFound,
        tr("Cloud “%1” has no flavor with %2; the biggest it offers is %3 (%4). Choose a smaller size, or "
           "another cloud.")
            .arg(cloudName, needNumbers(need), flavors.at(biggest).name, flavorNumbers(flavors.at(biggest))));
}

Result<Catalog::Match> Catalog::matchImage(const QList<Image>& images, const QString& osFamily,
    const QString& osVersion, const QString& exact, const QString& cloudName)
{
    if (!exact.isEmpty()) {
        const int index = findExact(
            images, exact, [](const Image& i) { return i.name; }, [](const Image& i) { return i.id; });
        if (index < 0) {
            return makeError(ErrorCode::NotFound,
                tr("Cloud “%1” has no image “%2”. Pick one of its images under “Advanced”, or fix `image:` in "
                   "the spec.")
                    .arg(cloudName, exact));
        }
        const Image& image = images.at(index);
        if (!isActive(image)) {
            return makeError(ErrorCode::Conflict,
                tr("Image “%1” on cloud “%2” is “%3”, not ready to start a VM from. Wait until it is active, "
                   "or pick another image.")
                    .arg(image.name, cloudName, image.status));
        }
        // Chosen by hand, it may be another OS than the one asked for: the software setup is written for that one.
        MatchedBy by = MatchedBy::Name;
        if (propertyEvidence(image, osFamily.toLower(), osVersion, &by) == OsEvidence::Differs) {
            const std::optional<OsInfo> info = os(osFamily.toLower(), osVersion);
            return Match {index,
                tr("%1: chosen by you; its own OS information says it is not %2, which the software setup is "
                   "written for, so packages and services may not install. Choose the OS it has on the "
                   "Operating system page, or another image.")
                    .arg(image.name, info ? info->displayName : QStringLiteral("%1 %2").arg(osFamily, osVersion))};
        }
        return Match {index, tr("%1: chosen by you").arg(image.name)};
    }

    const QString family = osFamily.toLower();
    const std::optional<OsInfo> info = os(family, osVersion);
    const QString osName = info ? info->displayName : QStringLiteral("%1 %2").arg(osFamily, osVersion);
    struct Candidate
    {
        int index;
        MatchedBy by;
    };
    QList<Candidate> byProperties;
    QList<Candidate> byName;
    int notActive = 0;
    for (int i = 0; i < images.size(); ++i) {
        const Image& image = images.at(i);
        MatchedBy by = MatchedBy::Name;
        const OsEvidence evidence = propertyEvidence(image, family, osVersion, &by);
        const bool matches = evidence == OsEvidence::Matches
            || (evidence == OsEvidence::Unknown && wordsName(wordsOf(image.name), family, osVersion));
        if (!matches)
            continue;
        if (!isActive(image)) {
            ++notActive;
            continue;
        }
        if (evidence == OsEvidence::Matches)
            byProperties.append({i, by});
        else
            byName.append({i, MatchedBy::Name});
    }
    // What the image says about itself beats what its name suggests; among equals the newest wins.
    QList<Candidate>& pool = byProperties.isEmpty() ? byName : byProperties;
    if (pool.isEmpty()) {
        QString message = tr("Cloud “%1” has no active image of %2. Pick an image under “Advanced” in the wizard, "
                             "or set `image:` under this cloud's side (main or twin) in the spec.")
                              .arg(cloudName, osName);
        if (notActive > 0)
            message += QLatin1Char(' ') + tr("(Images of it that are not active yet: %1.)").arg(notActive);
        return makeError(ErrorCode::NotFound, message);
    }
    std::stable_sort(pool.begin(), pool.end(), [&](const Candidate& a, const Candidate& b) {
        const Image& x = images.at(a.index);
        const Image& y = images.at(b.index);
        if (x.created.isValid() != y.created.isValid())
            return x.created.isValid();
        if (x.created != y.created)
            return x.created > y.created;
        return x.name < y.name;
    });
    const Candidate& chosen = pool.first();
    const Image& image = images.at(chosen.index);
    QString reason;
    switch (chosen.by) {
    case MatchedBy::GlanceProperties:
        reason = tr("%1: the newest active image whose os_distro and os_version say %2").arg(image.name, osName);
        break;
    case MatchedBy::CloudStackOsType:
        reason = tr("%1: the newest active template whose OS type is “%2”")
                     .arg(image.name, image.properties.value(QStringLiteral("ostypename")).toString());
        break;
    case MatchedBy::Name:
        reason = tr("%1: the newest active image whose name says %2 (it does not state its OS in its properties)")
                     .arg(image.name, osName);
        break;
    }
    return Match {chosen.index, reason};
}

Result<Catalog::Match> Catalog::matchNetwork(
    const QList<Network>& networks, const QString& exact, const QString& cloudName)
{
    if (exact.isEmpty())
        return Match {-1, tr("the cloud's default network")};
    const int index = findExact(
        networks, exact, [](const Network& n) { return n.name; }, [](const Network& n) { return n.id; });
    if (index < 0) {
        return makeError(ErrorCode::NotFound,
            tr("Cloud “%1” has no network “%2”. Its networks are: %3. Pick one of them, or leave the network "
               "empty for the cloud's default.")
                .arg(cloudName, exact, someNames(networks, [](const Network& n) { return n.name; })));
    }
    return Match {index, tr("%1: chosen by you").arg(networks.at(index).name)};
}

Catalog::BundleInstall Catalog::install(Bundle bundle, const OsInfo& os)
{
    // Every package below comes from the distribution's own repositories (Debian main, Ubuntu main/universe,
    // Rocky/Alma BaseOS + AppStream), except Docker on the RHEL family, which none of them ships.
    const bool debian = os.family == QLatin1String("debian");
    switch (bundle) {
    case Bundle::Nginx:
        return {{QStringLiteral("nginx")}, {QStringLiteral("nginx")}, {}};
    case Bundle::Apache:
        return os.apt ? BundleInstall {{QStringLiteral("apache2")}, {QStringLiteral("apache2")}, {}}
                      : BundleInstall {{QStringLiteral("httpd")}, {QStringLiteral("httpd")}, {}};
    case Bundle::MariaDb:
        return {{QStringLiteral("mariadb-server")}, {QStringLiteral("mariadb")}, {}};
    case Bundle::MySql:
        if (!os.apt) // AppStream has MySQL 8.0
            return {{QStringLiteral("mysql-server")}, {QStringLiteral("mysqld")}, {}};
        if (debian) // Debian ships no Oracle MySQL; its MySQL-compatible server is MariaDB
            return {{QStringLiteral("default-mysql-server")}, {QStringLiteral("mariadb")}, {}};
        return {{QStringLiteral("mysql-server")}, {QStringLiteral("mysql")}, {}};
    case Bundle::PostgreSql:
        if (os.apt) // Debian's package creates and starts the "main" cluster itself
            return {{QStringLiteral("postgresql")}, {QStringLiteral("postgresql")}, {}};
        // RHEL's does not: the data directory has to be initialised before the first start.
        return {{QStringLiteral("postgresql-server")}, {QStringLiteral("postgresql")},
            {QStringLiteral("postgresql-setup --initdb")}};
    case Bundle::Docker:
        if (os.apt)
            return {{QStringLiteral("docker.io")}, {QStringLiteral("docker")}, {}};
        // Rocky and AlmaLinux ship Podman, not Docker; Docker's own repository for RHEL 8/9 serves them.
        // --allowerasing lets containerd.io replace the distribution's runc, as Docker's instructions do.
        return {{QStringLiteral("dnf-plugins-core")}, {QStringLiteral("docker")},
            {QStringLiteral("dnf config-manager --add-repo https://download.docker.com/linux/rhel/docker-ce.repo"),
                QStringLiteral("dnf -y install --allowerasing docker-ce docker-ce-cli containerd.io "
                               "docker-buildx-plugin docker-compose-plugin")}};
    case Bundle::Python:
        return os.apt
            ? BundleInstall {{QStringLiteral("python3"), QStringLiteral("python3-pip"), QStringLiteral("python3-venv")},
                {}, {}}
            : BundleInstall {{QStringLiteral("python3"), QStringLiteral("python3-pip")}, {}, {}};
    case Bundle::NodeJs:
        return {{QStringLiteral("nodejs"), QStringLiteral("npm")}, {}, {}};
    case Bundle::Java:
        return os.apt ? BundleInstall {{QStringLiteral("default-jre-headless")}, {}, {}}
                      : BundleInstall {{QStringLiteral("java-17-openjdk-headless")}, {}, {}};
    }
    return {};
}

namespace {

struct BundleRow
{
    Bundle bundle;
    const char* key;
};
constexpr BundleRow kBundles[] = {
    {Bundle::Nginx, "nginx"},
    {Bundle::Apache, "apache"},
    {Bundle::MariaDb, "mariadb"},
    {Bundle::MySql, "mysql"},
    {Bundle::PostgreSql, "postgresql"},
    {Bundle::Docker, "docker"},
    {Bundle::Python, "python"},
    {Bundle::NodeJs, "nodejs"},
    {Bundle::Java, "java"},
};

struct PurposeRow
{
    Purpose purpose;
    const char* key;
};
constexpr PurposeRow kPurposes[] = {
    {Purpose::WebServer, "web-server"},
    {Purpose::Database, "database"},
    {Purpose::DevelopmentBox, "development-box"},
    {Purpose::FileServer, "file-server"},
    {Purpose::Custom, "custom"},
};

struct SizeRow
{
    SizeClass size;
    const char* key;
};
constexpr SizeRow kSizes[] = {
    {SizeClass::Small, "small"},
    {SizeClass::Medium, "medium"},
    {SizeClass::Large, "large"},
    {SizeClass::XLarge, "xlarge"},
    {SizeClass::Custom, "custom"},
};

template<class Row, class Value, std::size_t N>
QString keyOf(const Row (&rows)[N], Value value, Value Row::*field)
{
    for (const Row& row : rows) {
        if (row.*field == value)
            return QString::fromLatin1(row.key);
    }
    return {};
}

template<class Row, class Value, std::size_t N>
std::optional<Value> valueOf(const Row (&rows)[N], const QString& key, Value Row::*field)
{
    for (const Row& row : rows) {
        if (key == QLatin1String(row.key))
            return row.*field;
    }
    return std::nullopt;
}

} // namespace

QString Catalog::bundleKey(Bundle bundle) { return keyOf(kBundles, bundle, &BundleRow::bundle); }

std::optional<Bundle> Catalog::bundleFromKey(const QString& key) { return valueOf(kBundles, key, &BundleRow::bundle); }

QString Catalog::bundleDisplayName(Bundle bundle)
{
    switch (bundle) {
    case Bundle::Nginx:
        return tr("nginx web server");
    case Bundle::Apache:
        return tr("Apache web server");
    case Bundle::MariaDb:
        return tr("MariaDB database");
    case Bundle::MySql:
        return tr("MySQL database");
    case Bundle::PostgreSql:
        return tr("PostgreSQL database");
    case Bundle::Docker:
        return tr("Docker containers");
    case Bundle::Python:
        return tr("Python 3");
    case Bundle::NodeJs:
        return tr("Node.js");
    case Bundle::Java:
        return tr("Java runtime (OpenJDK)");
    }
    return {};
}

QString Catalog::purposeKey(Purpose purpose) { return keyOf(kPurposes, purpose, &PurposeRow::purpose); }

std::optional<Purpose> Catalog::purposeFromKey(const QString& key)
{
    return valueOf(kPurposes, key, &PurposeRow::purpose);
}

QString Catalog::purposeDisplayName(Purpose purpose)
{
    switch (purpose) {
    case Purpose::WebServer:
        return tr("Web server");
    case Purpose::Database:
        return tr("Database");
    case Purpose::DevelopmentBox:
        return tr("Development box");
    case Purpose::FileServer:
        return tr("File server");
    case Purpose::Custom:
        return tr("Custom");
    }
    return {};
}

QString Catalog::sizeKey(SizeClass size) { return keyOf(kSizes, size, &SizeRow::size); }

std::optional<SizeClass> Catalog::sizeFromKey(const QString& key) { return valueOf(kSizes, key, &SizeRow::size); }

QString Catalog::sizeDisplayName(SizeClass size)
{
    const Size numbers = sizeOf(size);
    const QString details
        = tr("%1 vCPU, %2 GB memory, %3 GB disk").arg(numbers.vcpus).arg(numbers.ramMb / 1024).arg(numbers.diskGb);
    switch (size) {
    case SizeClass::Small:
        return tr("Small — %1").arg(details);
    case SizeClass::Medium:
        return tr("Medium — %1").arg(details);
    case SizeClass::Large:
        return tr("Large — %1").arg(details);
    case SizeClass::XLarge:
        return tr("Extra large — %1").arg(details);
    case SizeClass::Custom:
        return tr("Custom — your own numbers");
    }
    return {};
}

} // namespace ct::spec

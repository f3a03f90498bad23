#include "spec/specfile.h"

#include "spec/catalog.h"

#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>
#include <climits>
#include <string>
#include <yaml-cpp/yaml.h>

namespace ct::spec {

namespace {

constexpr int kFormatVersion = 1;
constexpr qint64 kMaxFileSize = 1024 * 1024;

// Limits: the largest VM any cloud we target offers is well inside them; anything beyond is a typo.
constexpr int kMaxVcpus = 128;
constexpr int kMinRamMb = 512; // no supported OS boots its cloud image with less
constexpr int kMaxRamMb = 1024 * 1024; // 1 TB
constexpr int kMaxDiskGb = 16 * 1024; // 16 TB
constexpr int kMinDataLossMinutes = 5; // a snapshot plus its copy to the other cloud takes minutes
constexpr int kMaxMinutes = 24 * 60;

QString child(const QString& path, const char* key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
}

QString indexed(const QString& path, qsizetype index) { return QStringLiteral("%1[%2]").arg(path).arg(index); }

QString quoted(const QString& text) { return QStringLiteral("“%1”").arg(text); }

/// Optimal string alignment distance: a swapped pair of letters counts as one edit, as people mistype.
int editDistance(const QString& a, const QString& b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

/// The candidate a typo most likely meant, or empty when none is close.
QString closest(const QString& typed, const QStringList& candidates)
{
    const QString lower = typed.toLower();
    QString best;
    int bestDistance = 3;
    for (const QString& candidate : candidates) {
        const int distance = editDistance(lower, candidate);
        if (distance < bestDistance && distance * 2 < candidate.size()) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

/// "unknown X; did you mean Y?" or "unknown X; choose one of: ..." — the fix either way.
QString unknownValue(const QString& what, const QString& typed, const QStringList& candidates)
{
    const QString guess = closest(typed, candidates);
    if (!guess.isEmpty())
        return SpecFile::tr("Unknown %1 %2. Did you mean %3?").arg(what, quoted(typed), quoted(guess));
    return SpecFile::tr("Unknown %1 %2. Choose one of: %3.")
        .arg(what, quoted(typed), candidates.join(QStringLiteral(", ")));
}

// The YAML spellings, in the enums' order (the catalog's tables are the one source of the words).
QStringList purposeKeys()
{
    QStringList keys;
    for (int i = int(Purpose::WebServer); i <= int(Purpose::Custom); ++i)
        keys << Catalog::purposeKey(Purpose(i));
    return keys;
}

QStringList sizeClassKeys() ///< without "custom", which is written as numbers
{
    QStringList keys;
    for (int i = int(SizeClass::Small); i < int(SizeClass::Custom); ++i)
        keys << Catalog::sizeKey(SizeClass(i));
    return keys;
}

QStringList bundleKeys()
{
    QStringList keys;
    for (int i = int(Bundle::Nginx); i <= int(Bundle::Java); ++i)
        keys << Catalog::bundleKey(Bundle(i));
    return keys;
}

const QStringList kProtocols {QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp")};

/// A name for a rule the file leaves unnamed: the service's usual name, else the port.
QString defaultRuleName(const PortRule& rule)
{
    if (rule.protocol == QLatin1String("icmp"))
        return QStringLiteral("icmp");
    static const QList<std::pair<int, const char*>> wellKnown {{22, "ssh"}, {80, "http"}, {443, "https"},
        {3306, "mysql"}, {5432, "postgresql"}, {445, "smb"}, {2049, "nfs"}, {3389, "rdp"}, {6379, "redis"},
        {27017, "mongodb"}, {8080, "http-alt"}};
    if (rule.portMin == rule.portMax && rule.protocol == QLatin1String("tcp")) {
        for (const auto& [port, name] : wellKnown) {
            if (port == rule.portMin)
                return QString::fromLatin1(name);
        }
    }
    if (rule.portMin == rule.portMax)
        return QStringLiteral("%1-%2").arg(rule.protocol).arg(rule.portMin);
    return QStringLiteral("%1-%2-%3").arg(rule.protocol).arg(rule.portMin).arg(rule.portMax);
}

/// Where the parts of a VmSpec came from in the file, so validate() names the entry the user wrote even when
/// an unreadable entry before it was left out.
struct Origins
{
    QList<int> bundleIndex; ///< spec.bundles[i] was software[bundleIndex[i]]
    QList<bool> portRange; ///< spec.ports[i] was written with from/to rather than port
    std::optional<bool> memoryInMb; ///< size.memory_mb rather than size.memory_gb
};

// --- validation --------------------------------------------------------------------------------------------

class Validator
{
    Q_DECLARE_TR_FUNCTIONS(SpecFile)

public:
    Validator(const VmSpec& spec, const Origins* origins)
        : m_spec(spec)
        , m_origins(origins)
    { }

    QList<FieldIssue> run()
    {
        checkName();
        checkSize();
        checkOs();
        checkSoftware();
        checkPorts();
        checkSshKey();
        checkDataDisk();
        checkProtection();
        checkPlacement(QStringLiteral("main"), m_spec.main);
        checkPlacement(QStringLiteral("twin"), m_spec.twin);
        if (!m_spec.main.cloud.isEmpty() && m_spec.main.cloud == m_spec.twin.cloud) {
            add(QStringLiteral("twin.cloud"),
                tr("The twin is on the same cloud account as the main VM, so one outage takes both down and the "
                   "twin protects nothing. Pick another account (another cloud, or another project on it)."));
        }
        return m_issues;
    }

private:
    void add(const QString& field, const QString& message) { m_issues.append({field, message}); }

    QString bundlePath(qsizetype i) const
    {
        const int at = m_origins && i < m_origins->bundleIndex.size() ? m_origins->bundleIndex.at(i) : int(i);
        return indexed(QStringLiteral("software"), at);
    }

    bool portRange(qsizetype i) const
    {
        if (m_origins && i < m_origins->portRange.size())
            return m_origins->portRange.at(i);
        return m_spec.ports.at(i).portMin != m_spec.ports.at(i).portMax;
    }

    void checkName()
    {
        const QString& name = m_spec.name;
        static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9-]{0,62}$"));
        if (name.isEmpty()) {
            add(QStringLiteral("name"),
                tr("Give the VM a name, such as web-01: 1 to 63 lower-case letters, digits or dashes, starting "
                   "with a letter."));
            return;
        }
        if (valid.match(name).hasMatch() && !name.endsWith(QLatin1Char('-')))
            return;
        // Suggest the nearest valid name: lower case, anything else a dash, no dashes at the ends.
        QString suggestion = name.toLower();
        static const QRegularExpression invalidRun(QStringLiteral("[^a-z0-9]+"));
        suggestion.replace(invalidRun, QStringLiteral("-"));
        static const QRegularExpression leading(QStringLiteral("^[^a-z]+"));
        suggestion.remove(leading);
        suggestion.truncate(63);
        while (suggestion.endsWith(QLatin1Char('-')))
            suggestion.chop(1);
        QString message;
        if (name.size() > 63)
            message = SpecFile::tr("%1 is %2 characters long; a VM name has at most 63.")
                          .arg(quoted(name))
                          .arg(name.size());
        else
            message = SpecFile::tr("%1 is not a valid VM name: use lower-case letters, digits and dashes, start with "
                                   "a letter and do not end with a dash.")
                          .arg(quoted(name));
        if (!suggestion.isEmpty())
            message += QLatin1Char(' ') + SpecFile::tr("For example: %1.").arg(suggestion);
        add(QStringLiteral("name"), message);
    }

    void checkSize()
    {
        if (m_spec.size != SizeClass::Custom)
            return;
        const Size& size = m_spec.customSize;
        if (size.vcpus < 1 || size.vcpus > kMaxVcpus) {
            add(QStringLiteral("size.cpus"),
                SpecFile::tr("%1 vCPUs is not possible; give 1 to %2.").arg(size.vcpus).arg(kMaxVcpus));
        }
        if (size.ramMb < kMinRamMb || size.ramMb > kMaxRamMb) {
            const bool inMb = m_origins && m_origins->memoryInMb ? *m_origins->memoryInMb : size.ramMb % 1024 != 0;
            add(inMb ? QStringLiteral("size.memory_mb") : QStringLiteral("size.memory_gb"),
                SpecFile::tr("%1 MB of memory is not possible; give 512 MB (memory_mb: 512) to 1024 GB "
                             "(memory_gb: 1024).")
                    .arg(size.ramMb));
        }
        if (size.diskGb < 1 || size.diskGb > kMaxDiskGb) {
            add(QStringLiteral("size.disk_gb"),
                SpecFile::tr("A %1 GB disk is not possible; give 1 to %2 GB.").arg(size.diskGb).arg(kMaxDiskGb));
        }
    }

    void checkOs()
    {
        QStringList families;
        QStringList versions;
        for (const Catalog::OsInfo& info : Catalog::supportedOs()) {
            if (!families.contains(info.family))
                families << info.family;
            if (info.family == m_spec.osFamily)
                versions << info.version;
        }
        if (!families.contains(m_spec.osFamily)) {
            add(QStringLiteral("os.family"),
                unknownValue(
                    tr("operating system"), m_spec.osFamily.isEmpty() ? tr("(empty)") : m_spec.osFamily, families));
            return;
        }
        if (!versions.contains(m_spec.osVersion)) {
            add(QStringLiteral("os.version"),
                SpecFile::tr("CloudTwin does not support %1 %2. Supported versions of %1: %3.")
                    .arg(m_spec.osFamily, m_spec.osVersion.isEmpty() ? tr("(empty)") : m_spec.osVersion,
                        versions.join(QStringLiteral(", "))));
        }
    }

    void checkSoftware()
    {
        const QList<Bundle>& bundles = m_spec.bundles;
        for (qsizetype i = 0; i < bundles.size(); ++i) {
            const qsizetype first = bundles.indexOf(bundles.at(i));
            if (first < i) {
                add(bundlePath(i),
                    SpecFile::tr("%1 is listed twice (also at %2); remove one.")
                        .arg(Catalog::bundleKey(bundles.at(i)), bundlePath(first)));
            }
        }
        // Both of a pair want the same port and (on Debian) the same files; cloud-init would leave one broken.
        const std::pair<Bundle, Bundle> conflicts[]
            = {{Bundle::Nginx, Bundle::Apache}, {Bundle::MariaDb, Bundle::MySql}};
        for (const auto& [a, b] : conflicts) {
            const qsizetype ia = bundles.indexOf(a);
            const qsizetype ib = bundles.indexOf(b);
            if (ia < 0 || ib < 0)
                continue;
            add(bundlePath(std::max(ia, ib)),
                SpecFile::tr("%1 and %2 cannot run side by side on one VM (they use the same port); keep one.")
                    .arg(Catalog::bundleKey(a), Catalog::bundleKey(b)));
        }
    }

    void checkPorts()
    {
        static const QRegularExpression validName(QStringLiteral("^[a-z][a-z0-9_-]{0,31}$"));
        const QList<PortRule>& ports = m_spec.ports;
        for (qsizetype i = 0; i < ports.size(); ++i) {
            const PortRule& rule = ports.at(i);
            const QString path = indexed(QStringLiteral("ports"), i);
            if (!validName.match(rule.name).hasMatch()) {
                add(child(path, "name"),
                    rule.name.isEmpty() ? tr("Give the rule a short name, such as http.")
                                        : SpecFile::tr("%1 is not a valid rule name: up to 32 lower-case letters, "
                                                       "digits, dashes or underscores, starting with a letter.")
                                              .arg(quoted(rule.name)));
            }
            for (qsizetype j = 0; j < i; ++j) {
                if (ports.at(j).name == rule.name && !rule.name.isEmpty()) {
                    add(child(path, "name"),
                        SpecFile::tr("%1 is also the name of %2; give each rule its own name.")
                            .arg(quoted(rule.name), indexed(QStringLiteral("ports"), j)));
                    break;
                }
            }
            if (!kProtocols.contains(rule.protocol)) {
                add(child(path, "protocol"), unknownValue(tr("protocol"), rule.protocol, kProtocols));
                continue;
            }
            if (rule.protocol == QLatin1String("icmp")) {
                if (rule.portMin != 0 || rule.portMax != 0)
                    add(path, tr("icmp (ping) has no ports; remove port, from and to from this rule."));
            } else if (!checkPortNumbers(path, i, rule)) {
                continue;
            }
            const std::optional<QString> sourceProblem = cidrProblem(rule.source);
            if (sourceProblem) {
                add(child(path, "source"), *sourceProblem);
                continue;
            }
            for (qsizetype j = 0; j < i; ++j) {
                const PortRule& other = ports.at(j);
                if (other.protocol == rule.protocol && other.source == rule.source && other.portMin <= rule.portMax
                    && rule.portMin <= other.portMax) {
                    add(path,
                        SpecFile::tr("Opens %1 to %2 again: %3 (%4) already does. Remove one, or merge them.")
                            .arg(describe(rule), rule.source, indexed(QStringLiteral("ports"), j), other.name));
                    break;
                }
            }
        }
    }

    bool checkPortNumbers(const QString& path, qsizetype i, const PortRule& rule)
    {
        const auto inRange = [](int port) { return port >= 1 && port <= 65535; };
        const auto outOfRange
            = [](int port) { return SpecFile::tr("%1 is not a port number; ports go from 1 to 65535.").arg(port); };
        if (!portRange(i)) {
            if (!inRange(rule.portMin)) {
                add(child(path, "port"), outOfRange(rule.portMin));
                return false;
            }
            return true;
        }
        bool ok = true;
        if (!inRange(rule.portMin)) {
            add(child(path, "from"), outOfRange(rule.portMin));
            ok = false;
        }
        if (!inRange(rule.portMax)) {
            add(child(path, "to"), outOfRange(rule.portMax));
            ok = false;
        }
        if (ok && rule.portMin > rule.portMax) {
            add(child(path, "from"),
                SpecFile::tr("The range starts at %1 but ends at %2; from must not be greater than to.")
                    .arg(rule.portMin)
                    .arg(rule.portMax));
            ok = false;
        }
        return ok;
    }

    static QString describe(const PortRule& rule)
    {
        if (rule.protocol == QLatin1String("icmp"))
            return QStringLiteral("icmp");
        if (rule.portMin == rule.portMax)
            return QStringLiteral("%1/%2").arg(rule.portMin).arg(rule.protocol);
        return QStringLiteral("%1-%2/%3").arg(rule.portMin).arg(rule.portMax).arg(rule.protocol);
    }

    /// Why `text` is not a network in CIDR notation (with the fix), or nothing when it is one.
    static std::optional<QString> cidrProblem(const QString& text)
    {
        if (!text.contains(QLatin1Char('/'))) {
            const QHostAddress single(text);
            if (!single.isNull()) {
                return SpecFile::tr("%1 is one address; write it as %1/%2 to allow only that address.")
                    .arg(text)
                    .arg(single.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32);
            }
            return SpecFile::tr("%1 is not a network. Write it in CIDR notation, such as 203.0.113.0/24, or "
                                "0.0.0.0/0 for anyone.")
                .arg(quoted(text));
        }
        const auto [address, prefix] = QHostAddress::parseSubnet(text);
        if (address.isNull() || prefix < 0) {
            return SpecFile::tr("%1 is not a network. Write it in CIDR notation, such as 203.0.113.0/24, or "
                                "0.0.0.0/0 for anyone.")
                .arg(quoted(text));
        }
        // The network address: the address with every bit after the prefix cleared.
        QString canonical;
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
            canonical
                = QStringLiteral("%1/%2").arg(QHostAddress(address.toIPv4Address() & mask).toString()).arg(prefix);
        } else {
            Q_IPV6ADDR bytes = address.toIPv6Address();
            for (int bit = prefix; bit < 128; ++bit)
                bytes[bit / 8] &= quint8(~(0x80u >> (bit % 8)));
            canonical = QStringLiteral("%1/%2").arg(QHostAddress(bytes).toString()).arg(prefix);
        }
        if (canonical.compare(text, Qt::CaseInsensitive) != 0)
            return SpecFile::tr("%1 is not written as a network address; did you mean %2?").arg(text, canonical);
        return std::nullopt;
    }

    void checkSshKey()
    {
        if (m_spec.sshKey.mode != SshKeySpec::Mode::Existing)
            return;
        if (const std::optional<QString> problem = publicKeyProblem(m_spec.sshKey.publicKey))
            add(QStringLiteral("ssh_key.public_key"), *problem);
    }

    static std::optional<QString> publicKeyProblem(const QString& key)
    {
        const QString trimmed = key.trimmed();
        if (trimmed.isEmpty()) {
            return tr("Paste an OpenSSH public key (the one line in your .pub file), or use generate: true to let "
                      "CloudTwin make one.");
        }
        if (trimmed.contains(QLatin1String("PRIVATE KEY"))) {
            return tr("This is a private key; never share it. Paste the public key instead: the one line in the "
                      "file that ends in .pub.");
        }
        if (trimmed.contains(QLatin1Char('\n'))) {
            return tr("An OpenSSH public key is one line (type, key, comment); this has several. Paste the one "
                      "line from the .pub file.");
        }
        static const QStringList types {QStringLiteral("ssh-ed25519"), QStringLiteral("ssh-rsa"),
            QStringLiteral("ecdsa-sha2-nistp256"), QStringLiteral("ecdsa-sha2-nistp384"),
            QStringLiteral("ecdsa-sha2-nistp521"), QStringLiteral("sk-ssh-ed25519@openssh.com"),
            QStringLiteral("sk-ecdsa-sha2-nistp256@openssh.com")};
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        const QStringList parts = trimmed.split(spaces);
        if (parts.first() == QLatin1String("ssh-dss")) {
            return tr("DSA keys are no longer accepted by OpenSSH servers. Make an ed25519 key (ssh-keygen -t "
                      "ed25519) or use generate: true.");
        }
        if (!types.contains(parts.first())) {
            return SpecFile::tr("This does not look like an OpenSSH public key: it should start with one of %1.")
                .arg(types.join(QStringLiteral(", ")));
        }
        const QByteArray::FromBase64Result decoded
            = QByteArray::fromBase64Encoding(parts.value(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        // The key data repeats its type: a 4-byte big-endian length, then the type name.
        const QByteArray blob = decoded ? *decoded : QByteArray();
        const QByteArray type = parts.first().toLatin1();
        const bool typeMatches = blob.size() > 4 + type.size()
            && qFromBigEndian<quint32>(blob.constData()) == quint32(type.size()) && blob.mid(4, type.size()) == type;
        if (parts.size() < 2 || !typeMatches) {
            return SpecFile::tr("The key data after %1 is damaged or cut short. Copy the whole line from the .pub "
                                "file again.")
                .arg(parts.first());
        }
        return std::nullopt;
    }

    void checkDataDisk()
    {
        const DataDisk& disk = m_spec.dataDisk;
        if (disk.sizeGb < 0 || disk.sizeGb > kMaxDiskGb) {
            add(QStringLiteral("data_disk.size_gb"),
                SpecFile::tr("A %1 GB data disk is not possible; give 1 to %2 GB, or 0 for none.")
                    .arg(disk.sizeGb)
                    .arg(kMaxDiskGb));
        }
        if (disk.sizeGb == 0)
            return;
        const QString& mount = disk.mountPoint;
        static const QRegularExpression validPath(QStringLiteral("^(/[A-Za-z0-9._-]+)+$"));
        const QStringList segments = mount.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (!validPath.match(mount).hasMatch() || segments.contains(QStringLiteral("."))
            || segments.contains(QStringLiteral(".."))) {
            add(QStringLiteral("data_disk.mount"),
                SpecFile::tr("%1 is not a folder CloudTwin can mount the disk on. Give an absolute path of "
                             "letters, digits, dots, dashes and underscores, such as /data or /srv/files.")
                    .arg(quoted(mount)));
            return;
        }
        // Mounting over these would hide the operating system's own files.
        static const QStringList system {QStringLiteral("bin"), QStringLiteral("boot"), QStringLiteral("dev"),
            QStringLiteral("etc"), QStringLiteral("lib"), QStringLiteral("lib64"), QStringLiteral("proc"),
            QStringLiteral("root"), QStringLiteral("run"), QStringLiteral("sbin"), QStringLiteral("sys"),
            QStringLiteral("tmp"), QStringLiteral("usr"), QStringLiteral("var")};
        if (segments.size() == 1 && system.contains(segments.first())) {
            add(QStringLiteral("data_disk.mount"),
                SpecFile::tr("Mounting the data disk on %1 would hide the system's own files there. Pick a new "
                             "folder, such as /data.")
                    .arg(mount));
        }
    }

    void checkProtection()
    {
        const Protection& p = m_spec.protection;
        if (p.maxDataLossMinutes < kMinDataLossMinutes || p.maxDataLossMinutes > kMaxMinutes) {
            add(QStringLiteral("protection.max_data_loss_minutes"),
                SpecFile::tr("%1 minutes is outside what CloudTwin can keep to; give %2 to %3 minutes (copying to "
                             "the twin takes a few minutes, and a copy is made at least once a day).")
                    .arg(p.maxDataLossMinutes)
                    .arg(kMinDataLossMinutes)
                    .arg(kMaxMinutes));
        }
        if (p.maxDowntimeMinutes < 1 || p.maxDowntimeMinutes > kMaxMinutes) {
            add(QStringLiteral("protection.max_downtime_minutes"),
                SpecFile::tr("%1 minutes is outside the range; give 1 to %2 minutes.")
                    .arg(p.maxDowntimeMinutes)
                    .arg(kMaxMinutes));
        }
    }

    void checkPlacement(const QString& side, const Placement& placement)
    {
        if (placement.cloud.trimmed().isEmpty()) {
            add(side + QStringLiteral(".cloud"),
                side == QLatin1String("main")
                    ? tr("Say which cloud account runs the main VM (a name from the Clouds list, or `cloudtwinctl "
                         "cloud list`).")
                    : tr("Say which cloud account runs the twin: another account than the main VM's (a name from "
                         "the Clouds list, or `cloudtwinctl cloud list`)."));
        }
    }

    const VmSpec& m_spec;
    const Origins* m_origins;
    QList<FieldIssue> m_issues;
};

// --- reading -------------------------------------------------------------------------------------------------

/// Reads a parsed YAML document into a VmSpec, noting every field it cannot read. Never throws: yaml-cpp's
/// conversions are avoided in favour of reading scalars as text.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(SpecFile)

public:
    VmSpec spec;
    Origins origins;
    QList<FieldIssue> issues;

    void read(const YAML::Node& root)
    {
        if (!root.IsDefined() || root.IsNull()) {
            add(QString(),
                tr("The spec is empty. Start it with the line “version: 1”, then name, purpose and the "
                   "clouds (see docs/spec-format.md)."));
            return;
        }
        if (!root.IsMap()) {
            add(QString(),
                tr("A spec is a YAML mapping of “field: value” lines, starting with “version: 1” (see "
                   "docs/spec-format.md)."));
            return;
        }
        checkKeys(root, QString(),
            {"version", "name", "purpose", "size", "os", "software", "ports", "ssh_key", "data_disk", "protection",
                "main", "twin"});
        readVersion(root);
        if (const auto name = text(root, QString(), "name"))
            spec.name = *name;
        readPurpose(root);
        readSize(root);
        readOs(root);
        readSoftware(root);
        readPorts(root);
        readSshKey(root);
        readDataDisk(root);
        readProtection(root);
        readPlacement(root, "main", &spec.main);
        readPlacement(root, "twin", &spec.twin);
    }

private:
    void add(const QString& field, const QString& message) { issues.append({field, message}); }

    static YAML::Node find(const YAML::Node& map, const char* key)
    {
        // Never map[key] on a non-const node: it would insert the key.
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it->first.IsScalar() && it->first.Scalar() == key)
                return it->second;
        }
        return YAML::Node(YAML::NodeType::Undefined);
    }

    static bool present(const YAML::Node& node) { return node.IsDefined(); }

    void checkKeys(const YAML::Node& map, const QString& path, std::initializer_list<const char*> allowed)
    {
        QStringList known;
        for (const char* key : allowed)
            known << QString::fromLatin1(key);
        QStringList seen;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = it->first.IsScalar() ? QString::fromStdString(it->first.Scalar()) : QString();
            const QString field = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (!known.contains(key)) {
                const QString guess = closest(key, known);
                add(field,
                    guess.isEmpty()
                        ? SpecFile::tr("Unknown field. The fields here are: %1.").arg(known.join(QStringLiteral(", ")))
                        : SpecFile::tr("Unknown field. Did you mean %1?").arg(quoted(guess)));
            } else if (seen.contains(key)) {
                add(field, tr("This field appears twice; keep one."));
            }
            seen << key;
        }
    }

    /// The text of a scalar; empty for an empty value. Wrong shapes are reported and give nothing.
    std::optional<QString> text(const YAML::Node& map, const QString& path, const char* key)
    {
        const YAML::Node node = find(map, key);
        if (!present(node))
            return std::nullopt;
        if (node.IsNull())
            return QString();
        if (!node.IsScalar()) {
            add(child(path, key), tr("Expected a single value here, not a list or a mapping."));
            return std::nullopt;
        }
        return QString::fromStdString(node.Scalar()).trimmed();
    }

    std::optional<int> number(const YAML::Node& map, const QString& path, const char* key)
    {
        const std::optional<QString> value = text(map, path, key);
        if (!value)
            return std::nullopt;
        bool ok = false;
        const int result = value->toInt(&ok);
        if (!ok) {
            add(child(path, key),
                value->isEmpty() ? tr("Give a whole number here.")
                                 : SpecFile::tr("%1 is not a whole number.").arg(quoted(*value)));
            return std::nullopt;
        }
        return result;
    }

    std::optional<bool> flag(const YAML::Node& map, const QString& path, const char* key)
    {
        const std::optional<QString> value = text(map, path, key);
        if (!value)
            return std::nullopt;
        static const QStringList yes {
            QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on"), QStringLiteral("y")};
        static const QStringList no {
            QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off"), QStringLiteral("n")};
        if (yes.contains(value->toLower()))
            return true;
        if (no.contains(value->toLower()))
            return false;
        add(child(path, key), SpecFile::tr("%1 is neither true nor false.").arg(quoted(*value)));
        return std::nullopt;
    }

    /// The mapping under `key`; reports any other shape. Undefined when absent or not a mapping.
    YAML::Node mapping(const YAML::Node& map, const char* key, std::initializer_list<const char*> allowed)
    {
        const YAML::Node node = find(map, key);
        if (!present(node) || node.IsNull())
            return YAML::Node(YAML::NodeType::Undefined);
        if (!node.IsMap()) {
            QStringList fields;
            for (const char* field : allowed)
                fields << QString::fromLatin1(field);
            add(QString::fromLatin1(key),
                SpecFile::tr("Expected a mapping with the fields %1.").arg(fields.join(QStringLiteral(", "))));
            return YAML::Node(YAML::NodeType::Undefined);
        }
        checkKeys(node, QString::fromLatin1(key), allowed);
        return node;
    }

    /// The list under `key`; nullopt when absent; reports any other shape.
    std::optional<YAML::Node> sequence(const YAML::Node& map, const char* key, const QString& example)
    {
        const YAML::Node node = find(map, key);
        if (!present(node))
            return std::nullopt;
        if (node.IsNull())
            return YAML::Node(YAML::NodeType::Sequence);
        if (!node.IsSequence()) {
            add(QString::fromLatin1(key), SpecFile::tr("Expected a list, such as %1.").arg(example));
            return YAML::Node(YAML::NodeType::Sequence);
        }
        return node;
    }

    void readVersion(const YAML::Node& root)
    {
        if (!present(find(root, "version"))) {
            add(QStringLiteral("version"), tr("Missing. Start the spec with the line “version: 1”."));
            return;
        }
        const std::optional<int> version = number(root, QString(), "version");
        if (!version)
            return;
        if (*version > kFormatVersion) {
            add(QStringLiteral("version"),
                SpecFile::tr("This spec is written in format version %1; this CloudTwin reads version %2. Update "
                             "CloudTwin to read it.")
                    .arg(*version)
                    .arg(kFormatVersion));
        } else if (*version != kFormatVersion) {
            add(QStringLiteral("version"),
                SpecFile::tr("There is no format version %1; write “version: 1”.").arg(*version));
        }
    }

    void readPurpose(const YAML::Node& root)
    {
        const std::optional<QString> key = text(root, QString(), "purpose");
        if (!key)
            return; // default: custom
        if (const auto purpose = Catalog::purposeFromKey(key->toLower()))
            spec.purpose = *purpose;
        else
            add(QStringLiteral("purpose"), unknownValue(tr("purpose"), *key, purposeKeys()));
    }

    void readSize(const YAML::Node& root)
    {
        spec.size = Catalog::defaultSize(spec.purpose);
        const YAML::Node node = find(root, "size");
        if (!present(node) || node.IsNull())
            return;
        if (node.IsScalar()) {
            const QString key = QString::fromStdString(node.Scalar()).trimmed().toLower();
            const std::optional<SizeClass> size = Catalog::sizeFromKey(key);
            if (size == SizeClass::Custom) {
                add(QStringLiteral("size"),
                    tr("For your own numbers, write them instead of “custom”: size: {cpus: 2, memory_gb: 4, "
                       "disk_gb: 40}."));
            } else if (size) {
                spec.size = *size;
            } else {
                add(QStringLiteral("size"),
                    unknownValue(tr("size"), key, sizeClassKeys()) + QLatin1Char(' ')
                        + tr("Or give your own numbers: size: {cpus: 2, memory_gb: 4, disk_gb: 40}."));
            }
            return;
        }
        if (!node.IsMap()) {
            add(QStringLiteral("size"),
                tr("Expected small, medium, large, xlarge or your own numbers: {cpus: 2, memory_gb: 4, disk_gb: "
                   "40}."));
            return;
        }
        const QString path = QStringLiteral("size");
        checkKeys(node, path, {"cpus", "memory_gb", "memory_mb", "disk_gb"});
        spec.size = SizeClass::Custom;
        if (const auto cpus = number(node, path, "cpus"))
            spec.customSize.vcpus = *cpus;
        else if (!present(find(node, "cpus")))
            add(child(path, "cpus"), tr("Missing. Say how many virtual CPUs, such as cpus: 2."));
        const bool hasGb = present(find(node, "memory_gb"));
        const bool hasMb = present(find(node, "memory_mb"));
        origins.memoryInMb = hasMb;
        if (hasGb && hasMb) {
            add(child(path, "memory_mb"), tr("Give memory once: memory_gb or memory_mb, not both."));
        } else if (hasGb) {
            // In whole MB without overflowing an int; anything that large is out of range anyway.
            if (const auto gb = number(node, path, "memory_gb"))
                spec.customSize.ramMb
                    = int(std::clamp<qint64>(qint64(*gb) * 1024, INT_MIN / 1024 * 1024, INT_MAX / 1024 * 1024));
        } else if (hasMb) {
            if (const auto mb = number(node, path, "memory_mb"))
                spec.customSize.ramMb = *mb;
        } else {
            add(child(path, "memory_gb"), tr("Missing. Say how much memory, such as memory_gb: 4."));
        }
        if (const auto disk = number(node, path, "disk_gb"))
            spec.customSize.diskGb = *disk;
        else if (!present(find(node, "disk_gb")))
            add(child(path, "disk_gb"), tr("Missing. Say how big the system disk is, such as disk_gb: 40."));
    }

    void readOs(const YAML::Node& root)
    {
        const YAML::Node node = mapping(root, "os", {"family", "version"});
        if (!present(node))
            return; // default: Ubuntu 24.04
        const QString path = QStringLiteral("os");
        if (const auto family = text(node, path, "family")) {
            spec.osFamily = family->toLower();
        } else {
            // Without a family the version means nothing; only the family's problem is reported.
            if (!present(find(node, "family")))
                add(child(path, "family"), tr("Missing. Name the operating system, such as family: ubuntu."));
            spec.osFamily.clear();
        }
        if (const auto version = text(node, path, "version")) {
            spec.osVersion = *version;
        } else if (!present(find(node, "version"))) {
            // Left out: the newest release CloudTwin supports of that family.
            spec.osVersion.clear();
            for (const Catalog::OsInfo& info : Catalog::supportedOs()) {
                if (info.family == spec.osFamily)
                    spec.osVersion = info.version;
            }
        }
    }

    void readSoftware(const YAML::Node& root)
    {
        const std::optional<YAML::Node> list = sequence(root, "software", QStringLiteral("[nginx, python]"));
        if (!list) {
            spec.bundles = Catalog::defaultBundles(spec.purpose);
            for (qsizetype i = 0; i < spec.bundles.size(); ++i)
                origins.bundleIndex << int(i);
            return;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            const YAML::Node item = (*list)[i];
            const QString path = indexed(QStringLiteral("software"), qsizetype(i));
            if (!item.IsScalar()) {
                add(path,
                    SpecFile::tr("Expected the name of a software bundle: %1.")
                        .arg(bundleKeys().join(QStringLiteral(", "))));
                continue;
            }
            const QString key = QString::fromStdString(item.Scalar()).trimmed();
            if (const auto bundle = Catalog::bundleFromKey(key.toLower())) {
                spec.bundles << *bundle;
                origins.bundleIndex << int(i);
            } else {
                add(path, unknownValue(tr("software"), key, bundleKeys()));
            }
        }
    }

    void readPorts(const YAML::Node& root)
    {
        const std::optional<YAML::Node> list = sequence(root, "ports", QStringLiteral("[{name: http, port: 80}]"));
        if (!list) {
            spec.ports = Catalog::defaultPorts(spec.purpose);
            for (const PortRule& rule : std::as_const(spec.ports))
                origins.portRange << (rule.portMin != rule.portMax);
            return;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            const YAML::Node item = (*list)[i];
            const QString path = indexed(QStringLiteral("ports"), qsizetype(i));
            // Every entry gets a rule, even a broken one, so ports[i] in a message is the i-th entry written.
            PortRule rule;
            bool range = false;
            if (!item.IsMap()) {
                add(path,
                    tr("Expected a rule such as {name: http, port: 80}, or {name: app, from: 8000, to: 8100, "
                       "source: 10.0.0.0/8}."));
            } else {
                range = readPort(item, path, &rule);
            }
            spec.ports << rule;
            origins.portRange << range;
        }
    }

    /// Reads one rule; returns whether it was written as a from/to range.
    bool readPort(const YAML::Node& item, const QString& path, PortRule* rule)
    {
        checkKeys(item, path, {"name", "port", "from", "to", "protocol", "source"});
        if (const auto protocol = text(item, path, "protocol"))
            rule->protocol = protocol->toLower();
        if (const auto source = text(item, path, "source"))
            rule->source = *source;
        const bool hasPort = present(find(item, "port"));
        const bool hasFrom = present(find(item, "from"));
        const bool hasTo = present(find(item, "to"));
        const bool icmp = rule->protocol == QLatin1String("icmp");
        bool range = false;
        if (hasPort && (hasFrom || hasTo)) {
            add(child(path, "port"), tr("Give either port (one port) or from and to (a range), not both."));
        } else if (hasPort) {
            if (const auto port = number(item, path, "port"))
                rule->portMin = rule->portMax = *port;
        } else if (hasFrom || hasTo) {
            range = true;
            if (!hasFrom)
                add(child(path, "from"), tr("Missing. A range needs from and to, such as from: 8000, to: 8100."));
            if (!hasTo)
                add(child(path, "to"), tr("Missing. A range needs from and to, such as from: 8000, to: 8100."));
            if (const auto from = number(item, path, "from"))
                rule->portMin = *from;
            if (const auto to = number(item, path, "to"))
                rule->portMax = *to;
        } else if (!icmp) {
            add(child(path, "port"), tr("Missing. Say which port to open, such as port: 80."));
        }
        if (const auto name = text(item, path, "name"))
            rule->name = *name;
        else if (!present(find(item, "name")))
            rule->name = defaultRuleName(*rule);
        return range;
    }

    void readSshKey(const YAML::Node& root)
    {
        const YAML::Node node = mapping(root, "ssh_key", {"generate", "public_key"});
        if (!present(node))
            return; // default: generate
        const QString path = QStringLiteral("ssh_key");
        const std::optional<bool> generate = flag(node, path, "generate");
        const std::optional<QString> publicKey = text(node, path, "public_key");
        if (publicKey && generate.value_or(false)) {
            add(path, tr("Choose one: generate: true (CloudTwin makes a key) or public_key (yours), not both."));
            return;
        }
        if (publicKey) {
            spec.sshKey = {SshKeySpec::Mode::Existing, *publicKey};
        } else if (generate == false) {
            add(child(path, "public_key"),
                tr("Missing. With generate: false, paste your OpenSSH public key here (the one line in your .pub "
                   "file)."));
        }
    }

    void readDataDisk(const YAML::Node& root)
    {
        const YAML::Node node = mapping(root, "data_disk", {"size_gb", "mount"});
        if (!present(node))
            return;
        const QString path = QStringLiteral("data_disk");
        if (const auto size = number(node, path, "size_gb"))
            spec.dataDisk.sizeGb = *size;
        else if (!present(find(node, "size_gb")))
            add(child(path, "size_gb"), tr("Missing. Say how big the data disk is, such as size_gb: 100."));
        if (const auto mount = text(node, path, "mount"))
            spec.dataDisk.mountPoint = *mount;
    }

    void readProtection(const YAML::Node& root)
    {
        const YAML::Node node = mapping(root, "protection", {"max_data_loss_minutes", "max_downtime_minutes"});
        if (!present(node))
            return;
        const QString path = QStringLiteral("protection");
        if (const auto minutes = number(node, path, "max_data_loss_minutes"))
            spec.protection.maxDataLossMinutes = *minutes;
        if (const auto minutes = number(node, path, "max_downtime_minutes"))
            spec.protection.maxDowntimeMinutes = *minutes;
    }

    void readPlacement(const YAML::Node& root, const char* side, Placement* placement)
    {
        const YAML::Node shorthand = find(root, side);
        if (present(shorthand) && shorthand.IsScalar()) { // "main: my-cloud"
            placement->cloud = QString::fromStdString(shorthand.Scalar()).trimmed();
            return;
        }
        const YAML::Node node = mapping(root, side, {"cloud", "zone", "network", "flavor", "image", "public_ip"});
        if (!present(node))
            return;
        const QString path = QString::fromLatin1(side);
        placement->cloud = text(node, path, "cloud").value_or(QString());
        placement->zone = text(node, path, "zone").value_or(QString());
        placement->network = text(node, path, "network").value_or(QString());
        placement->flavor = text(node, path, "flavor").value_or(QString());
        placement->image = text(node, path, "image").value_or(QString());
        placement->publicIp = flag(node, path, "public_ip").value_or(false);
    }
};

/// Whether `field` is `other` or lies inside it ("ports[2].to" inside "ports[2]").
bool within(const QString& field, const QString& other)
{
    if (other.isEmpty())
        return true;
    return field == other
        || (field.startsWith(other)
            && (field.at(other.size()) == QLatin1Char('.') || field.at(other.size()) == QLatin1Char('[')));
}

// --- writing -------------------------------------------------------------------------------------------------

/// Text that a YAML reader would take for something other than a string gets quotes.
void emitText(YAML::Emitter& out, const QString& value)
{
    static const QRegularExpression special(
        QStringLiteral("^(?:y|n|yes|no|true|false|on|off|null|~|[-+]?[0-9][0-9._:eE+-]*|\\.inf|\\.nan)$"),
        QRegularExpression::CaseInsensitiveOption);
    // A colon is fine in a plain scalar for yaml-cpp, but YAML 1.1 readers (PyYAML) refuse "::/0" inside
    // the flow mappings used for ports.
    if (special.match(value).hasMatch() || value.contains(QLatin1Char(':')))
        out << YAML::DoubleQuoted;
    out << value.toStdString();
}

void emitField(YAML::Emitter& out, const char* key, const QString& value)
{
    out << YAML::Key << key << YAML::Value;
    emitText(out, value);
}

void emitPlacement(YAML::Emitter& out, const char* side, const Placement& placement)
{
    out << YAML::Key << side << YAML::Value << YAML::BeginMap;
    emitField(out, "cloud", placement.cloud);
    // Empty choices are left out: the catalog or the cloud's default decides.
    for (const auto& [key, value] : {std::pair {"zone", &placement.zone}, std::pair {"network", &placement.network},
             std::pair {"flavor", &placement.flavor}, std::pair {"image", &placement.image}}) {
        if (!value->isEmpty())
            emitField(out, key, *value);
    }
    out << YAML::Key << "public_ip" << YAML::Value << placement.publicIp;
    out << YAML::EndMap;
}

} // namespace

SpecFile::Loaded SpecFile::parse(const QByteArray& yaml)
{
    Loaded loaded;
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        loaded.issues.append({QString(),
            tr("The file is not valid YAML: line %1, column %2: %3. Fix the line (check indentation and "
               "colons) and try again.")
                .arg(e.mark.line + 1)
                .arg(e.mark.column + 1)
                .arg(QString::fromStdString(e.msg))});
        return loaded;
    }
    Reader reader;
    reader.read(root);
    loaded.spec = reader.spec;
    loaded.issues = reader.issues;
    const bool unreadable = std::any_of(
        loaded.issues.cbegin(), loaded.issues.cend(), [](const FieldIssue& issue) { return issue.field.isEmpty(); });
    if (unreadable)
        return loaded;
    // A field that could not be read has said so already; its value in the spec is only a placeholder.
    for (const FieldIssue& issue : Validator(loaded.spec, &reader.origins).run()) {
        const bool reported = std::any_of(reader.issues.cbegin(), reader.issues.cend(),
            [&](const FieldIssue& read) { return within(issue.field, read.field) || within(read.field, issue.field); });
        if (!reported)
            loaded.issues.append(issue);
    }
    return loaded;
}

SpecFile::Loaded SpecFile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Loaded loaded;
        loaded.issues.append({QString(),
            tr("Cannot read %1: %2. Check the path and that you may read the file.").arg(path, file.errorString())});
        return loaded;
    }
    if (file.size() > kMaxFileSize) {
        Loaded loaded;
        loaded.issues.append({QString(),
            tr("%1 is %2 KB; a spec is a few hundred bytes. Check that this is the right file.")
                .arg(path)
                .arg(file.size() / 1024)});
        return loaded;
    }
    return parse(file.readAll());
}

QList<FieldIssue> SpecFile::validate(const VmSpec& spec) { return Validator(spec, nullptr).run(); }

QByteArray SpecFile::write(const VmSpec& spec)
{
    YAML::Emitter out;
    out << YAML::Comment("CloudTwin VM spec; every field is described in docs/spec-format.md");
    out << YAML::BeginMap;
    out << YAML::Key << "version" << YAML::Value << kFormatVersion;
    emitField(out, "name", spec.name);
    emitField(out, "purpose", Catalog::purposeKey(spec.purpose));

    out << YAML::Key << "size" << YAML::Value;
    if (spec.size == SizeClass::Custom) {
        const Size& size = spec.customSize;
        out << YAML::BeginMap << YAML::Key << "cpus" << YAML::Value << size.vcpus;
        if (size.ramMb % 1024 == 0)
            out << YAML::Key << "memory_gb" << YAML::Value << size.ramMb / 1024;
        else
            out << YAML::Key << "memory_mb" << YAML::Value << size.ramMb;
        out << YAML::Key << "disk_gb" << YAML::Value << size.diskGb << YAML::EndMap;
    } else {
        out << Catalog::sizeKey(spec.size).toStdString();
    }

    out << YAML::Key << "os" << YAML::Value << YAML::BeginMap;
    emitField(out, "family", spec.osFamily);
    // Always quoted: unquoted 24.04 is a number to most YAML readers, and 12.10 would lose its zero.
    out << YAML::Key << "version" << YAML::Value << YAML::DoubleQuoted << spec.osVersion.toStdString();
    out << YAML::EndMap;

    out << YAML::Key << "software" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const Bundle bundle : spec.bundles)
        out << Catalog::bundleKey(bundle).toStdString();
    out << YAML::EndSeq;

    out << YAML::Key << "ports" << YAML::Value << YAML::BeginSeq;
    for (const PortRule& rule : spec.ports) {
        out << YAML::Flow << YAML::BeginMap;
        emitField(out, "name", rule.name);
        if (rule.protocol != QLatin1String("icmp") || rule.portMin != 0 || rule.portMax != 0) {
            if (rule.portMin == rule.portMax) {
                out << YAML::Key << "port" << YAML::Value << rule.portMin;
            } else {
                out << YAML::Key << "from" << YAML::Value << rule.portMin;
                out << YAML::Key << "to" << YAML::Value << rule.portMax;
            }
        }
        emitField(out, "protocol", rule.protocol);
        emitField(out, "source", rule.source);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    out << YAML::Key << "ssh_key" << YAML::Value << YAML::BeginMap;
    if (spec.sshKey.mode == SshKeySpec::Mode::Generate)
        out << YAML::Key << "generate" << YAML::Value << true;
    else
        emitField(out, "public_key", spec.sshKey.publicKey);
    out << YAML::EndMap;

    out << YAML::Key << "data_disk" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "size_gb" << YAML::Value << spec.dataDisk.sizeGb;
    emitField(out, "mount", spec.dataDisk.mountPoint);
    out << YAML::EndMap;

    out << YAML::Key << "protection" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "max_data_loss_minutes" << YAML::Value << spec.protection.maxDataLossMinutes;
    out << YAML::Key << "max_downtime_minutes" << YAML::Value << spec.protection.maxDowntimeMinutes;
    out << YAML::EndMap;

    emitPlacement(out, "main", spec.main);
    emitPlacement(out, "twin", spec.twin);
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

Error SpecFile::toError(const QList<FieldIssue>& issues)
{
    QStringList lines;
    for (const FieldIssue& issue : issues)
        lines << (issue.field.isEmpty() ? issue.message : issue.field + QStringLiteral(": ") + issue.message);
    return makeError(ErrorCode::InvalidInput, lines.join(QLatin1Char('\n')));
}

} // namespace ct::spec

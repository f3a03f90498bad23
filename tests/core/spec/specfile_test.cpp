#include "spec/catalog.h"
#include "spec/specfile.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

namespace ct::spec {
namespace {

std::string text(const QString& s) { return s.toStdString(); }

std::string describe(const QList<FieldIssue>& issues)
{
    std::string out;
    for (const FieldIssue& issue : issues)
        out += "\n  " + text(issue.field) + ": " + text(issue.message);
    return out.empty() ? "\n  (no issues)" : out;
}

const char* const kValidKey
    = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIvKUkFL9fTLyu3c9NK6JDO7Tf0MNL55V6/mPq8Z0lid you@laptop";
const char* const kEcdsaKey
    = "ecdsa-sha2-nistp256 "
      "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBPMmZU3Rb77n74sN5JZYhfDFUSZqAIRij8OjsGz"
      "hHtqbSqFZxT/AgtvMtae/+wCbBTlAWk4sflLPb5Ygd3Q4hIc=";

/// A valid spec, one block per top-level field; a test replaces blocks (or drops them with "").
QByteArray specWith(const std::map<std::string, std::string>& overrides = {})
{
    const std::vector<std::pair<std::string, std::string>> blocks {
        {"version", "version: 1\n"},
        {"name", "name: web-01\n"},
        {"purpose", "purpose: web-server\n"},
        {"size", "size: small\n"},
        {"os", "os:\n  family: ubuntu\n  version: \"24.04\"\n"},
        {"software", "software: [nginx]\n"},
        {"ports", "ports:\n  - {name: ssh, port: 22}\n  - {name: http, port: 80}\n"},
        {"ssh_key", "ssh_key:\n  generate: true\n"},
        {"data_disk", "data_disk:\n  size_gb: 10\n  mount: /data\n"},
        {"protection", "protection:\n  max_data_loss_minutes: 30\n  max_downtime_minutes: 15\n"},
        {"main", "main:\n  cloud: Sandbox\n"},
        {"twin", "twin:\n  cloud: Sandbox (CloudStack)\n"},
    };
    std::string yaml;
    for (const auto& [key, block] : blocks) {
        const auto it = overrides.find(key);
        yaml += it == overrides.end() ? block : it->second;
    }
    if (const auto extra = overrides.find("extra"); extra != overrides.end())
        yaml += extra->second;
    return QByteArray::fromStdString(yaml);
}

TEST(SpecFile, TheBaseSpecIsValid)
{
    const SpecFile::Loaded loaded = SpecFile::parse(specWith());
    EXPECT_TRUE(loaded.ok()) << describe(loaded.issues);
    EXPECT_EQ(text(loaded.spec.name), "web-01");
    EXPECT_EQ(loaded.spec.purpose, Purpose::WebServer);
    EXPECT_EQ(loaded.spec.ports.size(), 2);
    EXPECT_EQ(text(loaded.spec.twin.cloud), "Sandbox (CloudStack)");
}

// --- every bad input names its field and the fix -----------------------------------------------------------

struct BadSpec
{
    const char* label;
    QByteArray yaml;
    const char* field; ///< the exact field path of the (only) issue
    const char* message; ///< a part of its message
};

void PrintTo(const BadSpec& c, std::ostream* os) { *os << c.label; }

class BadSpecs : public ::testing::TestWithParam<BadSpec>
{
};

TEST_P(BadSpecs, NameTheFieldAndTheFix)
{
    const BadSpec& c = GetParam();
    const SpecFile::Loaded loaded = SpecFile::parse(c.yaml);
    ASSERT_EQ(loaded.issues.size(), 1) << c.label << describe(loaded.issues);
    EXPECT_EQ(text(loaded.issues.first().field), c.field) << describe(loaded.issues);
    EXPECT_TRUE(loaded.issues.first().message.contains(QString::fromUtf8(c.message)))
        << describe(loaded.issues) << "\n  expected to contain: " << c.message;
    EXPECT_FALSE(loaded.ok());
}

using O = std::map<std::string, std::string>;

INSTANTIATE_TEST_SUITE_P(Format, BadSpecs,
    ::testing::Values(BadSpec {"malformed yaml", "version: 1\nname: [web\nsize: small\n", "", "not valid YAML: line "},
        BadSpec {"tab indentation", "version: 1\nos:\n\tfamily: ubuntu\n", "", "not valid YAML: line 3"},
        BadSpec {"empty file", "", "", "The spec is empty"},
        BadSpec {"a list, not a mapping", "- version: 1\n", "", "A spec is a YAML mapping"},
        BadSpec {"version missing", specWith({{"version", ""}}), "version", "version: 1"},
        BadSpec {"version from the future", specWith({{"version", "version: 2\n"}}), "version", "Update CloudTwin"},
        BadSpec {"version zero", specWith({{"version", "version: 0\n"}}), "version", "There is no format version 0"},
        BadSpec {"typo in a field", specWith({{"extra", "prots: []\n"}}), "prots", "Did you mean “ports”?"},
        BadSpec {"swapped letters", specWith({{"extra", "nmae: x\n"}}), "nmae", "Did you mean “name”?"},
        BadSpec {"unknown field", specWith({{"extra", "colour: blue\n"}}), "colour", "The fields here are: version, "},
        BadSpec {"typo in a nested field", specWith({{"main", "main:\n  cloud: Sandbox\n  flavour: m1.small\n"}}),
            "main.flavour", "Did you mean “flavor”?"},
        BadSpec {"field twice", specWith({{"extra", "name: web-02\n"}}), "name", "appears twice"},
        BadSpec {"unknown purpose", specWith({{"purpose", "purpose: webserver\n"}}), "purpose",
            "Did you mean “web-server”?"},
        BadSpec {"purpose far off", specWith({{"purpose", "purpose: gaming\n"}}), "purpose",
            "Choose one of: web-server, database, development-box, file-server, custom."}),
    [](const auto& info) { return std::to_string(info.index); });

INSTANTIATE_TEST_SUITE_P(Name, BadSpecs,
    ::testing::Values(BadSpec {"name missing", specWith({{"name", ""}}), "name", "Give the VM a name"},
        BadSpec {"capitals and underscore", specWith({{"name", "name: Web_01\n"}}), "name", "For example: web-01."},
        BadSpec {"starts with a digit", specWith({{"name", "name: 1web\n"}}), "name", "start with a letter"},
        BadSpec {"ends with a dash", specWith({{"name", "name: web-\n"}}), "name", "do not end with a dash"},
        BadSpec {"too long", specWith({{"name", "name: " + std::string(64, 'a') + "\n"}}), "name",
            "is 64 characters long; a VM name has at most 63."},
        BadSpec {"a list", specWith({{"name", "name: [a, b]\n"}}), "name", "Expected a single value"}),
    [](const auto& info) { return std::to_string(info.index); });

INSTANTIATE_TEST_SUITE_P(Size, BadSpecs,
    ::testing::Values(BadSpec {"unknown class", specWith({{"size", "size: huge\n"}}), "size",
                          "Choose one of: small, medium, large, xlarge."},
        BadSpec {"class typo", specWith({{"size", "size: meduim\n"}}), "size", "Did you mean “medium”?"},
        BadSpec {"custom without numbers", specWith({{"size", "size: custom\n"}}), "size", "size: {cpus: 2"},
        BadSpec {"zero cpus", specWith({{"size", "size: {cpus: 0, memory_gb: 4, disk_gb: 40}\n"}}), "size.cpus",
            "0 vCPUs is not possible; give 1 to 128."},
        BadSpec {"too many cpus", specWith({{"size", "size: {cpus: 256, memory_gb: 4, disk_gb: 40}\n"}}), "size.cpus",
            "give 1 to 128"},
        BadSpec {"more than a terabyte", specWith({{"size", "size: {cpus: 2, memory_gb: 2048, disk_gb: 40}\n"}}),
            "size.memory_gb", "1024 GB"},
        BadSpec {"memory overflowing int", specWith({{"size", "size: {cpus: 2, memory_gb: 2100000, disk_gb: 4}\n"}}),
            "size.memory_gb", "is not possible"},
        BadSpec {"too little memory", specWith({{"size", "size: {cpus: 2, memory_mb: 128, disk_gb: 40}\n"}}),
            "size.memory_mb", "128 MB of memory is not possible"},
        BadSpec {"memory twice", specWith({{"size", "size: {cpus: 2, memory_gb: 2, memory_mb: 2048, disk_gb: 4}\n"}}),
            "size.memory_mb", "not both"},
        BadSpec {"zero disk", specWith({{"size", "size: {cpus: 2, memory_gb: 4, disk_gb: 0}\n"}}), "size.disk_gb",
            "give 1 to 16384 GB"},
        BadSpec {"disk over 16 TB", specWith({{"size", "size: {cpus: 2, memory_gb: 4, disk_gb: 20000}\n"}}),
            "size.disk_gb", "A 20000 GB disk is not possible"},
        BadSpec {"cpus in words", specWith({{"size", "size: {cpus: two, memory_gb: 4, disk_gb: 40}\n"}}), "size.cpus",
            "“two” is not a whole number."},
        BadSpec {"fractional cpus", specWith({{"size", "size: {cpus: 1.5, memory_gb: 4, disk_gb: 40}\n"}}), "size.cpus",
            "is not a whole number"},
        BadSpec {"cpus missing", specWith({{"size", "size: {memory_gb: 4, disk_gb: 40}\n"}}), "size.cpus",
            "such as cpus: 2"},
        BadSpec {"unknown size field", specWith({{"size", "size: {cpus: 2, ram_gb: 4, memory_gb: 4, disk_gb: 4}\n"}}),
            "size.ram_gb", "The fields here are: cpus, memory_gb, memory_mb, disk_gb."}),
    [](const auto& info) { return std::to_string(info.index); });

INSTANTIATE_TEST_SUITE_P(Os, BadSpecs,
    ::testing::Values(BadSpec {"unknown family", specWith({{"os", "os: {family: windows, version: \"2022\"}\n"}}),
                          "os.family", "Choose one of: ubuntu, debian, rocky, almalinux."},
        BadSpec {"family typo", specWith({{"os", "os: {family: ubunt, version: \"24.04\"}\n"}}), "os.family",
            "Did you mean “ubuntu”?"},
        BadSpec {"unknown version", specWith({{"os", "os: {family: ubuntu, version: \"20.04\"}\n"}}), "os.version",
            "CloudTwin does not support ubuntu 20.04. Supported versions of ubuntu: 22.04, 24.04."},
        BadSpec {"unquoted version that YAML reads as a number",
            specWith({{"os", "os: {family: debian, version: 12.0}\n"}}), "os.version",
            "Supported versions of debian: 11, 12."},
        BadSpec {"os as one word", specWith({{"os", "os: ubuntu\n"}}), "os",
            "Expected a mapping with the fields family, version."},
        BadSpec {"family missing", specWith({{"os", "os: {version: \"12\"}\n"}}), "os.family", "family: ubuntu"}),
    [](const auto& info) { return std::to_string(info.index); });

INSTANTIATE_TEST_SUITE_P(Software, BadSpecs,
    ::testing::Values(
        BadSpec {"typo", specWith({{"software", "software: [ngnix]\n"}}), "software[0]", "Did you mean “nginx”?"},
        BadSpec {"unknown", specWith({{"software", "software: [wordpress]\n"}}), "software[0]",
            "Choose one of: nginx, apache, mariadb, mysql, postgresql, docker, python, nodejs, java."},
        BadSpec {"listed twice", specWith({{"software", "software: [nginx, python, nginx]\n"}}), "software[2]",
            "nginx is listed twice (also at software[0]); remove one."},
        BadSpec {"two web servers", specWith({{"software", "software: [nginx, apache]\n"}}), "software[1]",
            "nginx and apache cannot run side by side"},
        BadSpec {"two mysql servers", specWith({{"software", "software: [mysql, python, mariadb]\n"}}), "software[2]",
            "mariadb and mysql cannot run side by side"},
        BadSpec {"not a list", specWith({{"software", "software: nginx\n"}}), "software", "Expected a list"},
        BadSpec {"a mapping in the list", specWith({{"software", "software: [{nginx: 1}]\n"}}), "software[0]",
            "Expected the name of a software bundle"}),
    [](const auto& info) { return std::to_string(info.index); });

INSTANTIATE_TEST_SUITE_P(Ports, BadSpecs,
    ::testing::Values(BadSpec {"out of range",
                          specWith({{"ports", "ports:\n  - {name: ssh, port: 22}\n  - {name: web, port: 70000}\n"}}),
                          "ports[1].port", "70000 is not a port number; ports go from 1 to 65535."},
        BadSpec {"port zero", specWith({{"ports", "ports: [{name: web, port: 0}]\n"}}), "ports[0].port",
            "0 is not a port number"},
        BadSpec {"range backwards", specWith({{"ports", "ports: [{name: app, from: 9000, to: 8000}]\n"}}),
            "ports[0].from", "from must not be greater than to"},
        BadSpec {"range end out of range", specWith({{"ports", "ports: [{name: app, from: 9000, to: 90000}]\n"}}),
            "ports[0].to", "90000 is not a port number"},
        BadSpec {"range without end", specWith({{"ports", "ports: [{name: app, from: 9000}]\n"}}), "ports[0].to",
            "A range needs from and to"},
        BadSpec {"port and range", specWith({{"ports", "ports: [{name: app, port: 80, from: 9000, to: 9001}]\n"}}),
            "ports[0].port", "not both"},
        BadSpec {"no port", specWith({{"ports", "ports: [{name: app}]\n"}}), "ports[0].port", "such as port: 80"},
        BadSpec {"protocol typo", specWith({{"ports", "ports: [{name: app, port: 80, protocol: tpc}]\n"}}),
            "ports[0].protocol", "Did you mean “tcp”?"},
        BadSpec {"unknown protocol", specWith({{"ports", "ports: [{name: app, port: 80, protocol: sctp}]\n"}}),
            "ports[0].protocol", "Choose one of: tcp, udp, icmp."},
        BadSpec {"icmp with a port", specWith({{"ports", "ports: [{name: ping, protocol: icmp, port: 8}]\n"}}),
            "ports[0]", "icmp (ping) has no ports"},
        BadSpec {"host bits set", specWith({{"ports", "ports: [{name: db, port: 5432, source: 10.0.0.1/8}]\n"}}),
            "ports[0].source", "did you mean 10.0.0.0/8?"},
        BadSpec {"ipv6 host bits set",
            specWith({{"ports", "ports: [{name: db, port: 5432, source: \"2001:db8::1/32\"}]\n"}}), "ports[0].source",
            "did you mean 2001:db8::/32?"},
        BadSpec {"one address", specWith({{"ports", "ports: [{name: db, port: 5432, source: 203.0.113.5}]\n"}}),
            "ports[0].source", "write it as 203.0.113.5/32"},
        BadSpec {"a word", specWith({{"ports", "ports: [{name: db, port: 5432, source: anywhere}]\n"}}),
            "ports[0].source", "0.0.0.0/0 for anyone"},
        BadSpec {"prefix too long", specWith({{"ports", "ports: [{name: db, port: 5432, source: 10.0.0.0/33}]\n"}}),
            "ports[0].source", "is not a network"},
        BadSpec {"same port twice",
            specWith({{"ports",
                "ports:\n  - {name: ssh, port: 22}\n  - {name: web, port: 80}\n  - {name: web2, port: 80}\n"}}),
            "ports[2]", "Opens 80/tcp to 0.0.0.0/0 again: ports[1] (web) already does."},
        BadSpec {"overlapping range",
            specWith({{"ports", "ports:\n  - {name: a, from: 8000, to: 8100}\n  - {name: b, from: 8050, to: 8200}\n"}}),
            "ports[1]", "8050-8200/tcp"},
        BadSpec {"same name twice",
            specWith({{"ports", "ports:\n  - {name: web, port: 80}\n  - {name: web, port: 443}\n"}}), "ports[1].name",
            "“web” is also the name of ports[0]"},
        BadSpec {"bad rule name", specWith({{"ports", "ports: [{name: My Web, port: 80}]\n"}}), "ports[0].name",
            "is not a valid rule name"},
        BadSpec {"unknown rule field", specWith({{"ports", "ports: [{name: web, port: 80, cidr: 10.0.0.0/8}]\n"}}),
            "ports[0].cidr", "The fields here are: name, port, from, to, protocol, source."}),
    [](const auto& info) { return std::to_string(info.index); });

INSTANTIATE_TEST_SUITE_P(SshKey, BadSpecs,
    ::testing::Values(BadSpec {"garbage", specWith({{"ssh_key", "ssh_key: {public_key: hello}\n"}}),
                          "ssh_key.public_key", "should start with one of ssh-ed25519, ssh-rsa"},
        BadSpec {"private key",
            specWith({{"ssh_key",
                "ssh_key:\n  public_key: |\n    -----BEGIN OPENSSH PRIVATE KEY-----\n    b3BlbnNzaC1rZXktdjEAAAAA\n    "
                "-----END OPENSSH PRIVATE KEY-----\n"}}),
            "ssh_key.public_key", "This is a private key"},
        BadSpec {"damaged base64",
            specWith({{"ssh_key", "ssh_key: {public_key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA!!}\n"}}),
            "ssh_key.public_key", "damaged or cut short"},
        BadSpec {"type does not match the data",
            specWith({{"ssh_key", std::string("ssh_key: {public_key: ssh-rsa ") + (kValidKey + 12) + "}\n"}}),
            "ssh_key.public_key", "damaged or cut short"},
        BadSpec {"no key data", specWith({{"ssh_key", "ssh_key: {public_key: ssh-ed25519}\n"}}), "ssh_key.public_key",
            "damaged or cut short"},
        BadSpec {"dsa", specWith({{"ssh_key", "ssh_key: {public_key: ssh-dss AAAAB3NzaC1kc3MAAACBAP8=}\n"}}),
            "ssh_key.public_key", "DSA keys"},
        BadSpec {"empty", specWith({{"ssh_key", "ssh_key: {public_key: \"\"}\n"}}), "ssh_key.public_key",
            "Paste an OpenSSH public key"},
        BadSpec {"both",
            specWith({{"ssh_key", std::string("ssh_key: {generate: true, public_key: ") + kValidKey + "}\n"}}),
            "ssh_key", "Choose one"},
        BadSpec {"neither", specWith({{"ssh_key", "ssh_key: {generate: false}\n"}}), "ssh_key.public_key",
            "With generate: false"},
        BadSpec {"generate maybe", specWith({{"ssh_key", "ssh_key: {generate: maybe}\n"}}), "ssh_key.generate",
            "“maybe” is neither true nor false."}),
    [](const auto& info) { return std::to_string(info.index); });

INSTANTIATE_TEST_SUITE_P(DiskAndProtection, BadSpecs,
    ::testing::Values(BadSpec {"data disk too big", specWith({{"data_disk", "data_disk: {size_gb: 20000}\n"}}),
                          "data_disk.size_gb", "give 1 to 16384 GB, or 0 for none"},
        BadSpec {"negative data disk", specWith({{"data_disk", "data_disk: {size_gb: -5}\n"}}), "data_disk.size_gb",
            "A -5 GB data disk is not possible"},
        BadSpec {"relative mount", specWith({{"data_disk", "data_disk: {size_gb: 10, mount: data}\n"}}),
            "data_disk.mount", "absolute path"},
        BadSpec {"mount with dots", specWith({{"data_disk", "data_disk: {size_gb: 10, mount: /srv/../etc}\n"}}),
            "data_disk.mount", "absolute path"},
        BadSpec {"mount on the root", specWith({{"data_disk", "data_disk: {size_gb: 10, mount: /}\n"}}),
            "data_disk.mount", "absolute path"},
        BadSpec {"mount over the system", specWith({{"data_disk", "data_disk: {size_gb: 10, mount: /usr}\n"}}),
            "data_disk.mount", "would hide the system's own files"},
        BadSpec {"size missing", specWith({{"data_disk", "data_disk: {mount: /data}\n"}}), "data_disk.size_gb",
            "such as size_gb: 100"},
        BadSpec {"rpo too small", specWith({{"protection", "protection: {max_data_loss_minutes: 1}\n"}}),
            "protection.max_data_loss_minutes", "give 5 to 1440 minutes"},
        BadSpec {"rpo over a day", specWith({{"protection", "protection: {max_data_loss_minutes: 2000}\n"}}),
            "protection.max_data_loss_minutes", "2000 minutes"},
        BadSpec {"rto zero", specWith({{"protection", "protection: {max_downtime_minutes: 0}\n"}}),
            "protection.max_downtime_minutes", "give 1 to 1440 minutes"},
        BadSpec {"rpo typo", specWith({{"protection", "protection: {max_dataloss_minutes: 10}\n"}}),
            "protection.max_dataloss_minutes", "Did you mean “max_data_loss_minutes”?"}),
    [](const auto& info) { return std::to_string(info.index); });

INSTANTIATE_TEST_SUITE_P(Clouds, BadSpecs,
    ::testing::Values(
        BadSpec {"main missing", specWith({{"main", ""}}), "main.cloud", "which cloud account runs the main VM"},
        BadSpec {"main cloud empty", specWith({{"main", "main: {zone: nova}\n"}}), "main.cloud",
            "which cloud account runs the main VM"},
        BadSpec {"twin missing", specWith({{"twin", ""}}), "twin.cloud", "which cloud account runs the twin"},
        BadSpec {"twin on the main's account", specWith({{"twin", "twin: {cloud: Sandbox}\n"}}), "twin.cloud",
            "protects nothing. Pick another account"},
        BadSpec {"public ip not a flag", specWith({{"main", "main: {cloud: Sandbox, public_ip: sometimes}\n"}}),
            "main.public_ip", "neither true nor false"},
        BadSpec {"main a list", specWith({{"main", "main: [Sandbox]\n"}}), "main",
            "Expected a mapping with the fields cloud, zone, network, flavor, image, public_ip."}),
    [](const auto& info) { return std::to_string(info.index); });

TEST(SpecFile, SeveralProblemsAreAllReported)
{
    const SpecFile::Loaded loaded = SpecFile::parse(specWith({{"name", "name: Web!\n"},
        {"ports", "ports: [{name: web, port: 70000}]\n"}, {"twin", ""}, {"extra", "colour: blue\n"}}));
    QStringList fields;
    for (const FieldIssue& issue : loaded.issues)
        fields << issue.field;
    EXPECT_EQ(fields,
        QStringList({QStringLiteral("colour"), QStringLiteral("name"), QStringLiteral("ports[0].port"),
            QStringLiteral("twin.cloud")}))
        << describe(loaded.issues);
    const Error error = SpecFile::toError(loaded.issues);
    EXPECT_EQ(error.code, ErrorCode::InvalidInput);
    EXPECT_EQ(error.message.count(QLatin1Char('\n')), 3);
    EXPECT_TRUE(error.message.contains(QStringLiteral("ports[0].port: 70000 is not a port number")))
        << text(error.message);
}

TEST(SpecFile, IndexesNameTheEntryAsWrittenAfterABrokenOne)
{
    QStringList fields;
    const SpecFile::Loaded software = SpecFile::parse(specWith({{"software", "software: [foo, nginx, nginx]\n"}}));
    for (const FieldIssue& issue : software.issues)
        fields << issue.field;
    EXPECT_EQ(fields, QStringList({QStringLiteral("software[0]"), QStringLiteral("software[2]")}))
        << describe(software.issues);
    ASSERT_EQ(software.issues.size(), 2);
    EXPECT_TRUE(software.issues.at(1).message.contains(QStringLiteral("also at software[1]")))
        << describe(software.issues);

    fields.clear();
    const SpecFile::Loaded ports
        = SpecFile::parse(specWith({{"ports", "ports:\n  - 80\n  - {name: web, port: 70000}\n"}}));
    for (const FieldIssue& issue : ports.issues)
        fields << issue.field;
    EXPECT_EQ(fields, QStringList({QStringLiteral("ports[0]"), QStringLiteral("ports[1].port")}))
        << describe(ports.issues);
}

TEST(SpecFile, MalformedYamlGivesLineAndColumn)
{
    const SpecFile::Loaded loaded = SpecFile::parse("version: 1\nname: web: 01\nsize: small\n");
    ASSERT_EQ(loaded.issues.size(), 1) << describe(loaded.issues);
    EXPECT_TRUE(loaded.issues.first().field.isEmpty());
    EXPECT_TRUE(loaded.issues.first().message.contains(QStringLiteral("line 2, column 10"))) << describe(loaded.issues);
    // An unclosed bracket is noticed where the file ends.
    const SpecFile::Loaded unclosed = SpecFile::parse("version: 1\nname: web\nports:\n  - {name: a, port: 80\n");
    ASSERT_EQ(unclosed.issues.size(), 1) << describe(unclosed.issues);
    EXPECT_TRUE(unclosed.issues.first().message.contains(QStringLiteral("line 5, column 1: end of map flow not found")))
        << describe(unclosed.issues);
    EXPECT_EQ(text(SpecFile::toError(loaded.issues).message), text(loaded.issues.first().message));
}

TEST(SpecFile, AcceptedKeyForms)
{
    for (const char* key : {kValidKey, kEcdsaKey}) {
        const SpecFile::Loaded loaded
            = SpecFile::parse(specWith({{"ssh_key", std::string("ssh_key:\n  public_key: ") + key + "\n"}}));
        EXPECT_TRUE(loaded.ok()) << key << describe(loaded.issues);
        EXPECT_EQ(loaded.spec.sshKey.mode, SshKeySpec::Mode::Existing);
        EXPECT_EQ(loaded.spec.sshKey.publicKey, QString::fromLatin1(key).trimmed());
    }
}

// --- defaults and shorthands -------------------------------------------------------------------------------

TEST(SpecFile, LeftOutFieldsTakeThePurposeDefaults)
{
    const SpecFile::Loaded loaded
        = SpecFile::parse("version: 1\nname: db\npurpose: database\nmain: {cloud: a}\ntwin: {cloud: b}\n");
    ASSERT_TRUE(loaded.ok()) << describe(loaded.issues);
    const VmSpec& spec = loaded.spec;
    EXPECT_EQ(spec.size, SizeClass::Medium);
    EXPECT_EQ(spec.bundles, Catalog::defaultBundles(Purpose::Database));
    EXPECT_EQ(spec.ports, Catalog::defaultPorts(Purpose::Database));
    EXPECT_EQ(text(spec.osFamily), "ubuntu");
    EXPECT_EQ(text(spec.osVersion), "24.04");
    EXPECT_EQ(spec.sshKey.mode, SshKeySpec::Mode::Generate);
    EXPECT_EQ(spec.dataDisk, DataDisk {});
    EXPECT_EQ(spec.protection, Protection {});
    EXPECT_EQ(spec.purpose, Purpose::Database);

    // An explicit empty list means "none", not "the default".
    const SpecFile::Loaded none = SpecFile::parse(
        "version: 1\nname: db\npurpose: database\nsoftware: []\nports:\nmain: {cloud: a}\ntwin: {cloud: b}\n");
    ASSERT_TRUE(none.ok()) << describe(none.issues);
    EXPECT_TRUE(none.spec.bundles.isEmpty());
    EXPECT_TRUE(none.spec.ports.isEmpty());

    const SpecFile::Loaded custom = SpecFile::parse("version: 1\nname: c\nmain: a\ntwin: b\n");
    ASSERT_TRUE(custom.ok()) << describe(custom.issues);
    EXPECT_EQ(custom.spec.purpose, Purpose::Custom);
    EXPECT_EQ(custom.spec.ports, Catalog::defaultPorts(Purpose::Custom));
    EXPECT_EQ(text(custom.spec.main.cloud), "a"); // the one-word form of main/twin
    EXPECT_EQ(text(custom.spec.twin.cloud), "b");
}

TEST(SpecFile, ReadsEveryFieldForm)
{
    const SpecFile::Loaded loaded = SpecFile::parse(specWith({
        {"size", "size: {cpus: 3, memory_mb: 3000, disk_gb: 33}\n"},
        {"os", "os: {family: Rocky}\n"}, // version left out: the newest supported
        {"software", "software: [Docker, java]\n"},
        {"ports",
            "ports:\n  - {port: 22}\n  - {from: 60000, to: 61000, protocol: UDP, source: \"2001:db8::/32\"}\n"
            "  - {protocol: icmp, source: 10.0.0.0/8}\n  - {port: 9000}\n"},
        {"main",
            "main: {cloud: Sandbox, zone: nova, network: demo-net, flavor: m1.small, image: img-1, "
            "public_ip: yes}\n"},
    }));
    ASSERT_TRUE(loaded.ok()) << describe(loaded.issues);
    const VmSpec& spec = loaded.spec;
    EXPECT_EQ(spec.size, SizeClass::Custom);
    EXPECT_EQ(spec.customSize, (Size {3, 3000, 33}));
    EXPECT_EQ(text(spec.osFamily), "rocky");
    EXPECT_EQ(text(spec.osVersion), "9");
    EXPECT_EQ(spec.bundles, (QList<Bundle> {Bundle::Docker, Bundle::Java}));
    ASSERT_EQ(spec.ports.size(), 4);
    EXPECT_EQ(spec.ports.at(0),
        (PortRule {QStringLiteral("ssh"), QStringLiteral("tcp"), 22, 22, QStringLiteral("0.0.0.0/0")}));
    EXPECT_EQ(spec.ports.at(1),
        (PortRule {
            QStringLiteral("udp-60000-61000"), QStringLiteral("udp"), 60000, 61000, QStringLiteral("2001:db8::/32")}));
    EXPECT_EQ(spec.ports.at(2),
        (PortRule {QStringLiteral("icmp"), QStringLiteral("icmp"), 0, 0, QStringLiteral("10.0.0.0/8")}));
    EXPECT_EQ(text(spec.ports.at(3).name), "tcp-9000");
    EXPECT_EQ(spec.main,
        (Placement {QStringLiteral("Sandbox"), QStringLiteral("nova"), QStringLiteral("demo-net"),
            QStringLiteral("m1.small"), QStringLiteral("img-1"), true}));
}

// --- writing -----------------------------------------------------------------------------------------------

VmSpec everyField()
{
    VmSpec spec;
    spec.name = QStringLiteral("app-7");
    spec.purpose = Purpose::Custom;
    spec.size = SizeClass::Custom;
    spec.customSize = {6, 12288, 120};
    spec.osFamily = QStringLiteral("almalinux");
    spec.osVersion = QStringLiteral("8");
    spec.bundles = {Bundle::Java, Bundle::MariaDb, Bundle::Python};
    spec.ports = {{QStringLiteral("ssh"), QStringLiteral("tcp"), 22, 22, QStringLiteral("198.51.100.0/24")},
        {QStringLiteral("wireguard"), QStringLiteral("udp"), 51820, 51820, QStringLiteral("0.0.0.0/0")},
        {QStringLiteral("app"), QStringLiteral("tcp"), 8000, 8100, QStringLiteral("10.0.0.0/8")},
        {QStringLiteral("ping"), QStringLiteral("icmp"), 0, 0, QStringLiteral("::/0")}};
    spec.sshKey = {SshKeySpec::Mode::Existing, QString::fromLatin1(kValidKey)};
    spec.dataDisk = {250, QStringLiteral("/srv/app-data")};
    spec.protection = {10, 5};
    spec.main = {QStringLiteral("Sandbox"), QStringLiteral("nova"), QStringLiteral("demo-net"),
        QStringLiteral("m1.large"), QStringLiteral("ubuntu-22.04"), true};
    spec.twin = {QStringLiteral("Sandbox (CloudStack)"), QStringLiteral("Sandbox-Zone-1"), QString(), QString(),
        QString(), false};
    return spec;
}

TEST(SpecFile, WriteIsTheDocumentedLayout)
{
    const QByteArray expected = R"(# CloudTwin VM spec; every field is described in docs/spec-format.md
version: 1
name: app-7
purpose: custom
size:
  cpus: 6
  memory_gb: 12
  disk_gb: 120
os:
  family: almalinux
  version: "8"
software: [java, mariadb, python]
ports:
  - {name: ssh, port: 22, protocol: tcp, source: 198.51.100.0/24}
  - {name: wireguard, port: 51820, protocol: udp, source: 0.0.0.0/0}
  - {name: app, from: 8000, to: 8100, protocol: tcp, source: 10.0.0.0/8}
  - {name: ping, protocol: icmp, source: "::/0"}
ssh_key:
  public_key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIvKUkFL9fTLyu3c9NK6JDO7Tf0MNL55V6/mPq8Z0lid you@laptop
data_disk:
  size_gb: 250
  mount: /srv/app-data
protection:
  max_data_loss_minutes: 10
  max_downtime_minutes: 5
main:
  cloud: Sandbox
  zone: nova
  network: demo-net
  flavor: m1.large
  image: ubuntu-22.04
  public_ip: true
twin:
  cloud: Sandbox (CloudStack)
  zone: Sandbox-Zone-1
  public_ip: false
)";
    EXPECT_EQ(SpecFile::write(everyField()).toStdString(), expected.toStdString());
}

QList<VmSpec> roundTripSpecs()
{
    QList<VmSpec> specs {everyField()};
    for (const Purpose purpose :
        {Purpose::WebServer, Purpose::Database, Purpose::DevelopmentBox, Purpose::FileServer, Purpose::Custom}) {
        VmSpec spec;
        spec.name = QStringLiteral("vm-") + Catalog::purposeKey(purpose);
        spec.purpose = purpose;
        spec.size = Catalog::defaultSize(purpose);
        spec.bundles = Catalog::defaultBundles(purpose);
        spec.ports = Catalog::defaultPorts(purpose);
        spec.main.cloud = QStringLiteral("Sandbox");
        spec.twin.cloud = QStringLiteral("Sandbox (CloudStack)");
        specs << spec;
    }
    // Values a YAML reader would take for booleans, numbers or null must come back as the same text.
    VmSpec tricky = everyField();
    tricky.customSize.ramMb = 1536; // not whole gigabytes: written as memory_mb
    tricky.osFamily = QStringLiteral("debian");
    tricky.osVersion = QStringLiteral("12");
    tricky.main.cloud = QStringLiteral("yes");
    tricky.main.zone = QStringLiteral("007");
    tricky.main.network = QStringLiteral("null");
    tricky.main.flavor = QStringLiteral("1.5");
    tricky.main.image = QStringLiteral("#not-a-comment: really");
    tricky.twin.cloud = QStringLiteral("클라우드 “백업”");
    tricky.sshKey = {SshKeySpec::Mode::Generate, QString()};
    tricky.dataDisk = {0, QStringLiteral("/data")};
    tricky.bundles.clear();
    tricky.ports.clear();
    specs << tricky;
    return specs;
}

TEST(SpecFile, RoundTripsAndIsDeterministic)
{
    for (const VmSpec& spec : roundTripSpecs()) {
        SCOPED_TRACE(text(spec.name));
        EXPECT_TRUE(SpecFile::validate(spec).isEmpty()) << describe(SpecFile::validate(spec));
        const QByteArray written = SpecFile::write(spec);
        const SpecFile::Loaded loaded = SpecFile::parse(written);
        ASSERT_TRUE(loaded.ok()) << describe(loaded.issues) << "\n" << written.toStdString();
        EXPECT_TRUE(loaded.spec == spec) << written.toStdString() << "\nread back as\n"
                                         << SpecFile::write(loaded.spec).toStdString();
        EXPECT_EQ(SpecFile::write(loaded.spec), written);
        EXPECT_EQ(SpecFile::write(spec), written);
    }
}

TEST(SpecFile, ValidateChecksWhatTheWizardBuilds)
{
    VmSpec spec = everyField();
    EXPECT_TRUE(SpecFile::validate(spec).isEmpty()) << describe(SpecFile::validate(spec));
    spec.ports[2].portMin = 9000; // > portMax: a range, so the message names `from`
    spec.twin.cloud = spec.main.cloud;
    spec.osVersion = QStringLiteral("7");
    const QList<FieldIssue> issues = SpecFile::validate(spec);
    QStringList fields;
    for (const FieldIssue& issue : issues)
        fields << issue.field;
    EXPECT_EQ(fields,
        QStringList({QStringLiteral("os.version"), QStringLiteral("ports[2].from"), QStringLiteral("twin.cloud")}))
        << describe(issues);
}

TEST(SpecFile, LoadNamesAnUnreadableFile)
{
    const SpecFile::Loaded missing = SpecFile::load(QStringLiteral("/nonexistent/spec.yaml"));
    ASSERT_EQ(missing.issues.size(), 1);
    EXPECT_TRUE(missing.issues.first().message.contains(QStringLiteral("Cannot read /nonexistent/spec.yaml")))
        << describe(missing.issues);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("spec.yaml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(SpecFile::write(everyField()));
    file.close();
    const SpecFile::Loaded loaded = SpecFile::load(path);
    EXPECT_TRUE(loaded.ok()) << describe(loaded.issues);
    EXPECT_TRUE(loaded.spec == everyField());
}

} // namespace
} // namespace ct::spec

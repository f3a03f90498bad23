// Request signing as apache/cloudstack ApiServer.verifyRequest checks it: vectors against the algorithm
// written out in fakecloudstack.cpp, and one fixed vector computed outside Qt.
#include "cloud/cloudstack/signer.h"
#include "fakecloudstack.h"

#include <gtest/gtest.h>

namespace ct {
namespace {

using cloudstack::Parameters;
using test::CsParams;
using test::referenceJavaEncode;
using test::referenceSignature;

CsParams asMap(const Parameters& parameters)
{
    CsParams map;
    for (const auto& [name, value] : cloudstack::normalized(parameters))
        map.insert(name, value);
    return map;
}

const Parameters kDeploy {{QStringLiteral("command"), QStringLiteral("deployVirtualMachine")},
    {QStringLiteral("apiKey"),
        QStringLiteral("plgWJfZK4gyS3mOMTVmjUVg-X-jlWlnfaUJ9GAbBbf9EdM-kAYMmAiLqzzq1ElZLYq_u38zCm0bewzGUdP66mg")},
    {QStringLiteral("response"), QStringLiteral("json")},
    {QStringLiteral("zoneId"), QStringLiteral("1128bd56-b4d9-4ac6-a7b9-c715b187ce11")},
    {QStringLiteral("displayname"), QString::fromUtf8("web 01 ~ test+1/\xC3\xA4=\xC3\xA9")},
    {QStringLiteral("userdata"), QStringLiteral("I2Nsb3VkLWNvbmZpZw==")},
    {QStringLiteral("name"), QStringLiteral("*x*")}, {QStringLiteral("details"), QString()}};
const QByteArray kSecret = "VDaACYb0LV9eNjTetIOElcVQkvJck_J_QljX_FcHRj87ZKiy0z0ty0ZsYBkoXkY9b7eq1EhwJaw7FF3akA3KBQ";

TEST(Signer, FixedKnownVector)
{
    // Computed once with python3 3.11:
    //   enc = lambda v: urllib.parse.quote(v.encode('utf-8'), safe='*-._').replace('~', '%7E')
    //   s = '&'.join(n + '=' + enc(p[n]) for n in sorted(p)).lower()   # p: names lower-cased
    //   base64.b64encode(hmac.new(secret, s.encode(), hashlib.sha1).digest())
    EXPECT_EQ(cloudstack::stringToSign(kDeploy),
        "apikey=plgwjfzk4gys3momtvmjuvg-x-jlwlnfauj9gabbbf9edm-kaymmailqzzq1elzlyq_u38zcm0bewzgudp66mg"
        "&command=deployvirtualmachine&details=&displayname=web%2001%20%7e%20test%2b1%2f%c3%a4%3d%c3%a9"
        "&name=*x*&response=json&userdata=i2nsb3vklwnvbmzpzw%3d%3d&zoneid=1128bd56-b4d9-4ac6-a7b9-c715b187ce11");
    EXPECT_EQ(cloudstack::signature(kDeploy, kSecret), "GVYYayn8I0t49k9m1+sOdF6tcDc=");
    EXPECT_EQ(referenceSignature(asMap(kDeploy), kSecret), "GVYYayn8I0t49k9m1+sOdF6tcDc=");
}

struct EncodeCase
{
    const char* name;
    const char* value; ///< UTF-8
    const char* java; ///< URLEncoder.encode(v, "UTF-8").replaceAll("\\+", "%20")
};

class JavaEncoding : public ::testing::TestWithParam<EncodeCase>
{
};

TEST_P(JavaEncoding, MatchesUrlEncoder)
{
    const QString value = QString::fromUtf8(GetParam().value);
    EXPECT_EQ(cloudstack::javaUrlEncode(value), QByteArray(GetParam().java));
    EXPECT_EQ(referenceJavaEncode(value), QByteArray(GetParam().java));
}

INSTANTIATE_TEST_SUITE_P(Values, JavaEncoding,
    ::testing::Values(EncodeCase {"space", "a b", "a%20b"}, EncodeCase {"star", "*", "*"},
        EncodeCase {"tilde", "~", "%7E"}, EncodeCase {"plus", "+", "%2B"}, EncodeCase {"slash", "/", "%2F"},
        EncodeCase {"equals", "=", "%3D"}, EncodeCase {"unreserved", "aZ09.-_", "aZ09.-_"},
        EncodeCase {"umlaut", "\xC3\xA4", "%C3%A4"}, EncodeCase {"euro", "\xE2\x82\xAC", "%E2%82%AC"},
        EncodeCase {"ampersand", "a&b", "a%26b"}, EncodeCase {"empty", "", ""}),
    [](const auto& info) { return std::string(info.param.name); });

struct SignCase
{
    const char* name;
    Parameters parameters;
};

class SignatureVectors : public ::testing::TestWithParam<SignCase>
{
};

TEST_P(SignatureVectors, AgreeWithVerifyRequest)
{
    Parameters all = GetParam().parameters;
    all.prepend({QStringLiteral("command"), QStringLiteral("listVirtualMachines")});
    all.append({QStringLiteral("apikey"), QStringLiteral("key")});
    all.append({QStringLiteral("response"), QStringLiteral("json")});
    EXPECT_EQ(cloudstack::signature(all, "secret"), referenceSignature(asMap(all), "secret"));
    // And what goes on the wire decodes back to the same parameters, signed correctly.
    const QByteArray wire = cloudstack::signedParameters(all, QStringLiteral("key"), "secret");
    const CsParams received = test::servletDecode(wire);
    EXPECT_EQ(received.value(QStringLiteral("signature")).toLatin1(), referenceSignature(received, "secret"));
    for (const auto& [name, value] : cloudstack::normalized(all))
        EXPECT_EQ(received.value(name), value) << name.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Values, SignatureVectors,
    ::testing::Values(SignCase {"spaces", {{QStringLiteral("name"), QStringLiteral("my web server")}}},
        SignCase {"star", {{QStringLiteral("keyword"), QStringLiteral("web*")}}},
        SignCase {"tilde", {{QStringLiteral("name"), QStringLiteral("~home")}}},
        SignCase {"plus", {{QStringLiteral("name"), QStringLiteral("a+b")}}},
        SignCase {"slash", {{QStringLiteral("domain"), QStringLiteral("/ROOT/sub")}}},
        SignCase {"equals", {{QStringLiteral("userdata"), QStringLiteral("YWJj==")}}},
        SignCase {"nonAscii",
            {{QStringLiteral("displaytext"),
                QString::fromUtf8("Gr\xC3\xBC\xC3\x9F"
                                  "e \xE6\xBC\xA2")}}},
        SignCase {"empty", {{QStringLiteral("keyword"), QString()}}},
        SignCase {"mixedCaseNames",
            {{QStringLiteral("templateFilter"), QStringLiteral("self")},
                {QStringLiteral("zoneId"), QStringLiteral("Z1")}, {QStringLiteral("ListAll"), QStringLiteral("TRUE")}}},
        SignCase {"indexedMaps",
            {{QStringLiteral("tags[0].key"), QStringLiteral("owner")},
                {QStringLiteral("tags[0].value"), QStringLiteral("ops team")}}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Signer, SortsLowerCasedNamesAndDropsSignature)
{
    const Parameters p {{QStringLiteral("zoneId"), QStringLiteral("1")},
        {QStringLiteral("Command"), QStringLiteral("x")}, {QStringLiteral("signature"), QStringLiteral("old")},
        {QStringLiteral("apikey"), QStringLiteral("k")}, {QStringLiteral("command"), QStringLiteral("second-ignored")}};
    EXPECT_EQ(cloudstack::stringToSign(p), "apikey=k&command=x&zoneid=1");
}

TEST(Signer, ExpiresUsesTheFormEveryServerVersionParses)
{
    const QDateTime when(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    EXPECT_EQ(cloudstack::expiresValue(when), QStringLiteral("2026-01-02T03:04:05+0000"));
}

TEST(Signer, SignedParametersCarryVersion3AndAFreshExpiry)
{
    const QDateTime now(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const QByteArray first = cloudstack::signedParameters({{QStringLiteral("command"), QStringLiteral("listZones")},
                                                              {QStringLiteral("expires"), QStringLiteral("stale")}},
        QStringLiteral("key"), "secret", now);
    const CsParams received = test::servletDecode(first);
    EXPECT_EQ(received.value(QStringLiteral("signatureversion")), QStringLiteral("3"));
    EXPECT_EQ(received.value(QStringLiteral("expires")), QStringLiteral("2026-01-02T03:09:05+0000"));
    EXPECT_EQ(received.value(QStringLiteral("signature")).toLatin1(), referenceSignature(received, "secret"));
    EXPECT_EQ(first.count("expires="), 1);
    EXPECT_FALSE(first.contains("secret"));
}

} // namespace
} // namespace ct

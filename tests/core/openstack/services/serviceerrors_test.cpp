// What the Glance, Cinder and Neutron clients make of empty lists, cloud error bodies and malformed answers.
#include "cloud/openstack/image/imageservice.h"
#include "cloud/openstack/network/networkservice.h"
#include "cloud/openstack/volume/volumeservice.h"
#include "servicetestsupport.h"

#include <gtest/gtest.h>

#include <functional>
#include <optional>

namespace ct {
namespace {

using openstack::ImageService;
using openstack::NetworkService;
using openstack::ServiceEndpoint;
using openstack::VolumeService;
using test::await;
using test::FakeResponse;
using test::fixture;
using test::text;

/// Runs one client call; returns the number of items for lists (-1 otherwise) or the error.
using Call = std::function<Result<int>(const ServiceEndpoint&)>;

template<class T>
Result<int> countOf(QFuture<Result<QList<T>>> future)
{
    const auto result = await(future);
    if (!result)
        return result.error();
    return static_cast<int>(result->size());
}

template<class T>
Result<int> outcomeOf(QFuture<Result<T>> future)
{
    const auto result = await(future);
    if (!result)
        return result.error();
    return -1;
}

Result<int> outcomeOf(QFuture<Status> future)
{
    const auto result = await(future);
    if (!result)
        return result.error();
    return -1;
}

const Call listImages = [](const ServiceEndpoint& e) { return countOf(ImageService(e).listImages()); };
const Call listVolumes = [](const ServiceEndpoint& e) { return countOf(VolumeService(e).listVolumes()); };
const Call listNetworks = [](const ServiceEndpoint& e) { return countOf(NetworkService(e).listNetworks()); };
const Call listSubnets = [](const ServiceEndpoint& e) { return countOf(NetworkService(e).listSubnets()); };
const Call listPorts = [](const ServiceEndpoint& e) { return countOf(NetworkService(e).listPorts()); };
const Call listGroups = [](const ServiceEndpoint& e) { return countOf(NetworkService(e).listSecurityGroups()); };
const Call listFips = [](const ServiceEndpoint& e) { return countOf(NetworkService(e).listFloatingIps()); };

struct EmptyCase
{
    std::string name;
    QString path;
    QByteArray body;
    Call call;
};

class EmptyLists : public test::ServiceTestWithParam<EmptyCase>
{
};

TEST_P(EmptyLists, AreEmptyNotErrors)
{
    const EmptyCase& c = GetParam();
    m_server.route("GET", c.path, FakeResponse::json(200, c.body));
    const Result<int> count = c.call(endpoint());
    ASSERT_TRUE(count) << text(count.error().message);
    EXPECT_EQ(*count, 0);
    EXPECT_EQ(m_server.requests().size(), 1);
}

INSTANTIATE_TEST_SUITE_P(Services, EmptyLists,
    ::testing::Values(EmptyCase {"images", QStringLiteral("/v2/images"),
                          fixture(QStringLiteral("image/listImages_empty.json")), listImages},
        EmptyCase {"volumes", QStringLiteral("/v3/volumes/detail"), "{\"volumes\": []}", listVolumes},
        EmptyCase {"volumes_with_empty_links", QStringLiteral("/v3/volumes/detail"),
            "{\"volumes\": [], \"volumes_links\": []}", listVolumes},
        EmptyCase {"networks", QStringLiteral("/v2.0/networks"), "{\"networks\": []}", listNetworks},
        EmptyCase {"networks_with_a_next_link", QStringLiteral("/v2.0/networks"),
            "{\"networks\": [], \"networks_links\": [{\"rel\": \"next\", \"href\": "
            "\"http://x/v2.0/networks?marker=abc\"}]}",
            listNetworks},
        EmptyCase {"subnets", QStringLiteral("/v2.0/subnets"), "{\"subnets\": []}", listSubnets},
        EmptyCase {"ports", QStringLiteral("/v2.0/ports"), "{\"ports\": []}", listPorts},
        EmptyCase {"security_groups", QStringLiteral("/v2.0/security-groups"), "{\"security_groups\": []}", listGroups},
        EmptyCase {"floating_ips", QStringLiteral("/v2.0/floatingips"), "{\"floatingips\": []}", listFips}),
    test::CaseName());

struct FailureCase
{
    std::string name;
    QByteArray method;
    QString path;
    FakeResponse response;
    Call call;
    ErrorCode code;
    QStringList messageParts; ///< besides the cloud's name
};

class FailedCalls : public test::ServiceTestWithParam<FailureCase>
{
};

TEST_P(FailedCalls, GiveATypedErrorNamingCloudServiceAndAction)
{
    const FailureCase& c = GetParam();
    m_server.route(c.method, c.path, c.response);
    const Result<int> result = c.call(endpoint());
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, c.code) << text(result.error().message);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("TestCloud"))) << text(result.error().message);
    for (const QString& part : c.messageParts)
        EXPECT_TRUE(result.error().message.contains(part))
            << "missing \"" << text(part) << "\" in: " << text(result.error().message);
}

FakeResponse neutronError(int status, const QByteArray& type, const QByteArray& message)
{
    return FakeResponse::json(
        status, "{\"NeutronError\": {\"type\": \"" + type + "\", \"message\": \"" + message + "\", \"detail\": \"\"}}");
}

INSTANTIATE_TEST_SUITE_P(Services, FailedCalls,
    ::testing::Values(
        FailureCase {"image_not_json", "GET", QStringLiteral("/v2/images/abc"),
            FakeResponse::text(200, "<html><body>proxy says hi</body></html>", "text/html"),
            [](const ServiceEndpoint& e) { return outcomeOf(ImageService(e).getImage(QStringLiteral("abc"))); },
            ErrorCode::UnexpectedResponse,
            {QStringLiteral("image"), QStringLiteral("read image abc"), QStringLiteral("JSON")}},
        FailureCase {"image_without_id", "GET", QStringLiteral("/v2/images/abc"),
            FakeResponse::json(200, "{\"name\": \"x\"}"),
            [](const ServiceEndpoint& e) { return outcomeOf(ImageService(e).getImage(QStringLiteral("abc"))); },
            ErrorCode::UnexpectedResponse, {QStringLiteral("id")}},
        FailureCase {"images_not_a_list", "GET", QStringLiteral("/v2/images"),
            FakeResponse::json(200, "{\"images\": {}}"), listImages, ErrorCode::UnexpectedResponse,
            {QStringLiteral("images"), QStringLiteral("list images")}},
        FailureCase {"images_record_not_an_object", "GET", QStringLiteral("/v2/images"),
            FakeResponse::json(200, "{\"images\": [42]}"), listImages, ErrorCode::UnexpectedResponse,
            {QStringLiteral("image record")}},
        FailureCase {"images_next_loops", "GET", QStringLiteral("/v2/images"),
            FakeResponse::json(200, "{\"images\": [{\"id\": \"a\"}], \"next\": \"/v2/images?marker=a\"}"), listImages,
            ErrorCode::UnexpectedResponse, {QStringLiteral("marker=a")}},
        FailureCase {"glance_conflict", "DELETE", QStringLiteral("/v2/images/abc"),
            FakeResponse::text(409, "409 Conflict\n\nImage abc is protected and cannot be deleted.\n\n"),
            [](const ServiceEndpoint& e) { return outcomeOf(ImageService(e).deleteImage(QStringLiteral("abc"))); },
            ErrorCode::Conflict, {QStringLiteral("protected")}},
        FailureCase {"volumes_missing_key", "GET", QStringLiteral("/v3/volumes/detail"),
            FakeResponse::json(200, "{\"servers\": []}"), listVolumes, ErrorCode::UnexpectedResponse,
            {QStringLiteral("volume"), QStringLiteral("\u201cvolumes\u201d is missing")}},
        FailureCase {"volume_create_not_an_object", "POST", QStringLiteral("/v3/volumes"),
            FakeResponse::json(202, "{\"volume\": []}"),
            [](const ServiceEndpoint& e) {
                CreateVolumeRequest request;
                request.name = QStringLiteral("v");
                return outcomeOf(VolumeService(e).createVolume(request));
            },
            ErrorCode::UnexpectedResponse, {QStringLiteral("create volume")}},
        FailureCase {"cinder_quota", "POST", QStringLiteral("/v3/volumes"),
            FakeResponse::json(413,
                "{\"overLimit\": {\"code\": 413, \"message\": \"VolumeSizeExceedsAvailableQuota: "
                "Requested volume or snapshot exceeds allowed gigabytes quota.\"}}"),
            [](const ServiceEndpoint& e) {
                CreateVolumeRequest request;
                request.name = QStringLiteral("big");
                request.sizeGb = 5000;
                return outcomeOf(VolumeService(e).createVolume(request));
            },
            ErrorCode::QuotaExceeded, {QStringLiteral("gigabytes quota")}},
        FailureCase {"networks_truncated_json", "GET", QStringLiteral("/v2.0/networks"),
            FakeResponse::json(200, "{\"networks\": [{\"id\": \"a\""), listNetworks, ErrorCode::UnexpectedResponse,
            {QStringLiteral("network"), QStringLiteral("list networks")}},
        FailureCase {"network_without_id", "GET", QStringLiteral("/v2.0/networks"),
            FakeResponse::json(200, "{\"networks\": [{\"name\": \"a\"}]}"), listNetworks, ErrorCode::UnexpectedResponse,
            {QStringLiteral("id")}},
        FailureCase {"floating_ip_not_an_object", "POST", QStringLiteral("/v2.0/floatingips"),
            FakeResponse::json(201, "{\"floatingip\": \"172.24.4.1\"}"),
            [](const ServiceEndpoint& e) {
                return outcomeOf(NetworkService(e).createFloatingIp(QStringLiteral("ext")));
            },
            ErrorCode::UnexpectedResponse, {QStringLiteral("floatingip")}},
        FailureCase {"neutron_security_group_in_use", "DELETE",
            QStringLiteral("/v2.0/security-groups/2076db17-a522-4506-91de-c6dd8e837028"),
            FakeResponse::json(409, fixture(QStringLiteral("network/deleteSecurityGroup_inUse.json"))),
            [](const ServiceEndpoint& e) {
                return outcomeOf(
                    NetworkService(e).deleteSecurityGroup(QStringLiteral("2076db17-a522-4506-91de-c6dd8e837028")));
            },
            ErrorCode::Conflict,
            {QStringLiteral("Security Group 2076db17-a522-4506-91de-c6dd8e837028 in use."), QStringLiteral("network")}},
        FailureCase {"neutron_no_more_floating_ips", "POST", QStringLiteral("/v2.0/floatingips"),
            neutronError(409, "IpAddressGenerationFailure", "No more IP addresses available on network 376da547."),
            [](const ServiceEndpoint& e) {
                return outcomeOf(NetworkService(e).createFloatingIp(QStringLiteral("376da547")));
            },
            ErrorCode::Conflict, {QStringLiteral("No more IP addresses available")}},
        FailureCase {"neutron_rule_quota", "POST", QStringLiteral("/v2.0/security-group-rules"),
            neutronError(409, "OverQuota", "Quota exceeded for resources: ['security_group_rule']."),
            [](const ServiceEndpoint& e) {
                return outcomeOf(NetworkService(e).addSecurityGroupRule(QStringLiteral("g"), SecurityGroupRule {}));
            },
            // Neutron says "over quota" with 409; it is a quota, not a state conflict.
            ErrorCode::QuotaExceeded, {QStringLiteral("Quota exceeded for resources")}},
        FailureCase {"neutron_not_found", "PUT", QStringLiteral("/v2.0/floatingips/nope"),
            neutronError(404, "FloatingIPNotFound", "Floating IP nope could not be found"),
            [](const ServiceEndpoint& e) {
                return outcomeOf(NetworkService(e).associateFloatingIp(QStringLiteral("nope"), QStringLiteral("port")));
            },
            ErrorCode::NotFound, {QStringLiteral("Floating IP nope could not be found")}}),
    test::CaseName());

TEST(NoEndpoint, IsAClearErrorNotACrash)
{
    const ServiceEndpoint none;
    const auto images = await(ImageService(none).listImages());
    ASSERT_FALSE(images);
    EXPECT_EQ(images.error().code, ErrorCode::Internal);

    ApiSession session(QStringLiteral("TestCloud"));
    const ServiceEndpoint noUrl {&session, []() { return QUrl(); }};
    const auto volumes = await(VolumeService(noUrl).listVolumes());
    ASSERT_FALSE(volumes);
    EXPECT_EQ(volumes.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(volumes.error().message.contains(QStringLiteral("TestCloud")));
    const auto networks = await(NetworkService(noUrl).listNetworks());
    ASSERT_FALSE(networks);
    EXPECT_EQ(networks.error().code, ErrorCode::InvalidInput);
}

} // namespace
} // namespace ct

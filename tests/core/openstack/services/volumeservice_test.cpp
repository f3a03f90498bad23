// Cinder v3 client: paging, record mapping, create/delete, upload-to-image and waiting.
#include "cloud/openstack/volume/volumeservice.h"
#include "servicetestsupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <optional>

namespace ct {
namespace {

using namespace std::chrono_literals;
using openstack::VolumeService;
using test::await;
using test::FakeResponse;
using test::fixture;
using test::RecordedRequest;
using test::text;

const QString kProject = QStringLiteral("/v3/bab7d5c60cd041a0a36f7c4b6e1dd978");
const QString kVolumeId = QStringLiteral("173f7b48-c4c1-4e70-9acc-086b39073506");

struct VolumeListCase
{
    std::string name;
    QString basePath;
    QString detailPath;
};

class VolumeListing : public test::ServiceTestWithParam<VolumeListCase>
{
};

TEST_P(VolumeListing, FollowsVolumesLinksWithTheMarker)
{
    const VolumeListCase& c = GetParam();
    m_server.route("GET", c.detailPath, [](const RecordedRequest& request) {
        const QString marker = request.query.queryItemValue(QStringLiteral("marker"));
        if (marker.isEmpty())
            return FakeResponse::json(200, fixture(QStringLiteral("volume/listVolumes_page1.json")));
        if (marker == QLatin1String("173f7b48-c4c1-4e70-9acc-086b39073506"))
            return FakeResponse::json(200, fixture(QStringLiteral("volume/listVolumes_page2.json")));
        return FakeResponse::json(400, "{\"badRequest\": {\"message\": \"bad marker\", \"code\": 400}}");
    });
    VolumeService service(endpoint(c.basePath));
    service.setPageSize(2);
    const auto volumes = await(service.listVolumes());
    ASSERT_TRUE(volumes) << text(volumes.error().message);
    ASSERT_EQ(volumes->size(), 3);
    ASSERT_EQ(m_server.requests().size(), 2);
    EXPECT_EQ(m_server.requests()[0].query.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
    // The link names cinder.internal; the next page still goes to the catalog's endpoint.
    EXPECT_EQ(m_server.requests()[1].path, c.detailPath);
    EXPECT_EQ(m_server.requests()[1].query.queryItemValue(QStringLiteral("marker")), kVolumeId);

    const Volume& attached = volumes->at(0);
    EXPECT_EQ(attached.id, QStringLiteral("6edbc2f4-1507-44f8-ac0d-eed1d2608d38"));
    EXPECT_EQ(attached.name, QStringLiteral("data-web01"));
    EXPECT_EQ(attached.status, QStringLiteral("in-use"));
    EXPECT_EQ(attached.sizeGb, 2);
    EXPECT_EQ(attached.attachedTo, QStringLiteral("f4fda93b-06e0-4743-8117-bc8bcecd651b"));
    EXPECT_EQ(attached.device, QStringLiteral("/dev/vdb"));
    EXPECT_FALSE(attached.bootable);
    EXPECT_EQ(attached.created, QDateTime(QDate(2016, 2, 23), QTime(17, 34, 35), Qt::UTC));

    EXPECT_TRUE(volumes->at(1).bootable);
    EXPECT_TRUE(volumes->at(1).attachedTo.isEmpty());
    EXPECT_TRUE(volumes->at(2).name.isEmpty());
    EXPECT_EQ(volumes->at(2).status, QStringLiteral("error"));
}

INSTANTIATE_TEST_SUITE_P(Endpoints, VolumeListing,
    ::testing::Values(VolumeListCase {"project_in_url", kProject, kProject + QStringLiteral("/volumes/detail")},
        VolumeListCase {"project_in_url_trailing_slash", kProject + QStringLiteral("/"),
            kProject + QStringLiteral("/volumes/detail")},
        VolumeListCase {"v3_only", QStringLiteral("/v3"), QStringLiteral("/v3/volumes/detail")},
        VolumeListCase {"unversioned", QString(), QStringLiteral("/v3/volumes/detail")}),
    test::CaseName());

using Volumes = test::ServiceTest;

TEST_F(Volumes, CreateSendsTheDocumentedBody)
{
    m_server.route("POST", kProject + QStringLiteral("/volumes"),
        FakeResponse::json(202, fixture(QStringLiteral("volume/createVolume_creating.json"))));
    VolumeService service(endpoint(kProject));
    CreateVolumeRequest request;
    request.name = QStringLiteral("ct-restore-web01");
    request.sizeGb = 10;
    request.imageId = QStringLiteral("de75b74e-7f0d-4b59-a263-bd87bfc313bd");
    request.availabilityZone = QStringLiteral("az2");
    const auto volume = await(service.createVolume(request));
    ASSERT_TRUE(volume) << text(volume.error().message);
    EXPECT_EQ(volume->id, QStringLiteral("b0b5ed7a-ae2f-4f5e-8d4a-fb2a9d5e1c6b"));
    EXPECT_EQ(volume->status, QStringLiteral("creating"));
    EXPECT_EQ(volume->sizeGb, 10);
    EXPECT_TRUE(volume->created.isValid());
    const QJsonObject expected {{QStringLiteral("volume"),
        QJsonObject {{QStringLiteral("size"), 10}, {QStringLiteral("name"), QStringLiteral("ct-restore-web01")},
            {QStringLiteral("imageRef"), QStringLiteral("de75b74e-7f0d-4b59-a263-bd87bfc313bd")},
            {QStringLiteral("availability_zone"), QStringLiteral("az2")}}}};
    EXPECT_EQ(test::bodyObject(m_server.requests().at(0)), expected) << m_server.requests().at(0).body.toStdString();
}

TEST_F(Volumes, DeleteExpects202)
{
    m_server.route("DELETE", kProject + QStringLiteral("/volumes/") + kVolumeId, FakeResponse::text(202, ""));
    VolumeService service(endpoint(kProject));
    const Status deleted = await(service.deleteVolume(kVolumeId));
    EXPECT_TRUE(deleted) << text(deleted.error().message);
    EXPECT_EQ(m_server.count("DELETE", kProject + QStringLiteral("/volumes/") + kVolumeId), 1);
}

TEST_F(Volumes, UploadToImageSendsTheExactActionBody)
{
    m_server.route("GET", kProject + QStringLiteral("/volumes/") + kVolumeId,
        FakeResponse::json(200, fixture(QStringLiteral("volume/getVolume_available.json"))));
    m_server.route("POST", kProject + QStringLiteral("/volumes/") + kVolumeId + QStringLiteral("/action"),
        FakeResponse::json(202, fixture(QStringLiteral("volume/uploadToImage_accepted.json"))));
    VolumeService service(endpoint(kProject));
    const auto imageId = await(service.uploadToImage(kVolumeId, QStringLiteral("ct-replica-web02-0001")));
    ASSERT_TRUE(imageId) << text(imageId.error().message);
    EXPECT_EQ(*imageId, QStringLiteral("de75b74e-7f0d-4b59-a263-bd87bfc313bd"));
    ASSERT_EQ(m_server.requests().size(), 2);
    const RecordedRequest& action = m_server.requests().at(1);
    EXPECT_EQ(action.method, QByteArray("POST"));
    const QJsonObject expected {{QStringLiteral("os-volume_upload_image"),
        QJsonObject {{QStringLiteral("image_name"), QStringLiteral("ct-replica-web02-0001")},
            {QStringLiteral("force"), false}, {QStringLiteral("disk_format"), QStringLiteral("qcow2")},
            {QStringLiteral("container_format"), QStringLiteral("bare")}}}};
    EXPECT_EQ(test::bodyObject(action), expected) << action.body.toStdString();
}

TEST_F(Volumes, UploadToImageOfAnAttachedVolumeExplainsWhatToDo)
{
    m_server.route("GET", kProject + QStringLiteral("/volumes/") + kVolumeId,
        FakeResponse::json(200, fixture(QStringLiteral("volume/getVolume_inUse.json"))));
    VolumeService service(endpoint(kProject));
    const auto imageId = await(service.uploadToImage(kVolumeId, QStringLiteral("x")));
    ASSERT_FALSE(imageId);
    EXPECT_EQ(imageId.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(imageId.error().message.contains(QStringLiteral("attached"))) << text(imageId.error().message);
    EXPECT_TRUE(imageId.error().message.contains(QStringLiteral("snapshot"))) << text(imageId.error().message);
    EXPECT_EQ(
        m_server.count("POST", kProject + QStringLiteral("/volumes/") + kVolumeId + QStringLiteral("/action")), 0);
}

TEST_F(Volumes, UploadToImageWithoutImageIdInTheAnswerIsUnexpected)
{
    m_server.route("GET", kProject + QStringLiteral("/volumes/") + kVolumeId,
        FakeResponse::json(200, fixture(QStringLiteral("volume/getVolume_available.json"))));
    m_server.route("POST", kProject + QStringLiteral("/volumes/") + kVolumeId + QStringLiteral("/action"),
        FakeResponse::json(202, "{\"os-volume_upload_image\": {\"status\": \"uploading\"}}"));
    VolumeService service(endpoint(kProject));
    const auto imageId = await(service.uploadToImage(kVolumeId, QStringLiteral("x")));
    ASSERT_FALSE(imageId);
    EXPECT_EQ(imageId.error().code, ErrorCode::UnexpectedResponse);
    EXPECT_TRUE(imageId.error().message.contains(QStringLiteral("image_id"))) << text(imageId.error().message);
}

struct VolumeWaitCase
{
    std::string name;
    QList<int> httpStatuses; ///< per poll; the last repeats
    QStringList statuses; ///< per poll; the last repeats
    QStringList targets;
    std::optional<ErrorCode> error;
    QString expectedStatus;
};

class VolumeWait : public test::ServiceTestWithParam<VolumeWaitCase>
{
};

TEST_P(VolumeWait, PollsUntilATargetStatus)
{
    const VolumeWaitCase& c = GetParam();
    int calls = 0;
    m_server.route("GET", kProject + QStringLiteral("/volumes/") + kVolumeId, [&](const RecordedRequest&) {
        const int i = calls++;
        const int http = c.httpStatuses.at(std::min<qsizetype>(i, c.httpStatuses.size() - 1));
        if (http == 404)
            return FakeResponse::json(404, "{\"itemNotFound\": {\"message\": \"Volume could not be found.\"}}");
        QJsonObject record = test::fixtureObject(QStringLiteral("volume/getVolume_available.json"));
        QJsonObject volume = record.value(QStringLiteral("volume")).toObject();
        volume.insert(QStringLiteral("status"), c.statuses.at(std::min<qsizetype>(i, c.statuses.size() - 1)));
        record.insert(QStringLiteral("volume"), volume);
        return FakeResponse::json(200, test::toJson(record));
    });
    VolumeService service(endpoint(kProject));
    service.setPollInterval(5ms, 20ms);
    const auto volume = await(service.waitForVolume(kVolumeId, c.targets, QDeadlineTimer(10000)));
    if (!c.error) {
        ASSERT_TRUE(volume) << text(volume.error().message);
        EXPECT_EQ(volume->status, c.expectedStatus);
        return;
    }
    ASSERT_FALSE(volume);
    EXPECT_EQ(volume.error().code, *c.error) << text(volume.error().message);
}

INSTANTIATE_TEST_SUITE_P(Statuses, VolumeWait,
    ::testing::Values(VolumeWaitCase {"creating_to_available", {200},
                          {QStringLiteral("creating"), QStringLiteral("creating"), QStringLiteral("available")},
                          {QStringLiteral("available")}, std::nullopt, QStringLiteral("available")},
        VolumeWaitCase {"uploading_back_to_in_use", {200}, {QStringLiteral("uploading"), QStringLiteral("in-use")},
            {QStringLiteral("available"), QStringLiteral("in-use")}, std::nullopt, QStringLiteral("in-use")},
        VolumeWaitCase {"deleting_then_gone", {200, 200, 404}, {QStringLiteral("deleting")},
            {QStringLiteral("deleted")}, std::nullopt, QStringLiteral("deleted")},
        VolumeWaitCase {"creating_to_error", {200}, {QStringLiteral("creating"), QStringLiteral("error")},
            {QStringLiteral("available")}, ErrorCode::UnexpectedResponse, {}},
        VolumeWaitCase {"gone_while_waiting_for_available", {404}, {QStringLiteral("creating")},
            {QStringLiteral("available")}, ErrorCode::NotFound, {}}),
    test::CaseName());

} // namespace
} // namespace ct

// Glance v2 client: paging, record mapping, streamed upload/download with checksum checks, waiting.
#include "cloud/openstack/image/imageservice.h"
#include "servicetestsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryFile>

#include <gtest/gtest.h>

#include <optional>

namespace ct {
namespace {

using namespace std::chrono_literals;
using openstack::ImageService;
using test::await;
using test::FakeResponse;
using test::fixture;
using test::RecordedRequest;
using test::text;

const QString kQueuedId = QStringLiteral("b2173dd3-7ad6-4362-baa6-a68bce3565cb");

QByteArray testData(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32*>(data.data()), size / 4);
    return data;
}

QString hexHash(const QByteArray& data, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, algorithm).toHex());
}

/// A random-access view of a file that records the largest read, to show the upload is streamed in chunks and
/// never read whole into memory.
class ChunkSpy : public QIODevice
{
public:
    explicit ChunkSpy(QFile* file)
        : m_file(file)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    qint64 size() const override { return m_file->size(); }
    bool seek(qint64 pos) override { return QIODevice::seek(pos) && m_file->seek(pos); }
    qint64 maxChunk = 0;
    qint64 totalRead = 0;

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = m_file->read(data, maxSize);
        maxChunk = std::max(maxChunk, n);
        totalRead += std::max<qint64>(n, 0);
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QFile* m_file;
};

// ---------------------------------------------------------------------------------------------------------

struct ListCase
{
    std::string name;
    QString basePath; ///< the catalog URL's path
    QString imagesPath; ///< where the requests must go
};

class ImageListing : public test::ServiceTestWithParam<ListCase>
{
};

TEST_P(ImageListing, FollowsTheMarkerAcrossPages)
{
    const ListCase& c = GetParam();
    m_server.route("GET", c.imagesPath, [](const RecordedRequest& request) {
        const QString marker = request.query.queryItemValue(QStringLiteral("marker"));
        if (marker.isEmpty())
            return FakeResponse::json(200, fixture(QStringLiteral("image/listImages_page1.json")));
        if (marker == QLatin1String("781b3762-9469-4cec-b58d-3349e5de4e9c"))
            return FakeResponse::json(200, fixture(QStringLiteral("image/listImages_page2.json")));
        return FakeResponse::json(400, "{\"error\": {\"message\": \"bad marker\"}}");
    });
    ImageService service(endpoint(c.basePath));
    service.setPageSize(2);
    const auto images = await(service.listImages());
    ASSERT_TRUE(images) << text(images.error().message);
    ASSERT_EQ(images->size(), 3);
    EXPECT_EQ(images->at(0).id, QStringLiteral("1bea47ed-f6a9-463b-b423-14b9cca9ad27"));
    EXPECT_EQ(images->at(1).id, QStringLiteral("781b3762-9469-4cec-b58d-3349e5de4e9c"));
    EXPECT_EQ(images->at(2).id, QStringLiteral("0e6d3bc5-7c2e-4e65-9a3c-2a9e7a3c3f11"));

    ASSERT_EQ(m_server.requests().size(), 2);
    EXPECT_EQ(m_server.requests()[0].query.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
    EXPECT_FALSE(m_server.requests()[0].query.hasQueryItem(QStringLiteral("marker")));
    EXPECT_EQ(m_server.requests()[1].path, c.imagesPath);
    EXPECT_EQ(m_server.requests()[1].query.queryItemValue(QStringLiteral("marker")),
        QStringLiteral("781b3762-9469-4cec-b58d-3349e5de4e9c"));
    EXPECT_EQ(m_server.requests()[1].query.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));

    const Image& cirros = images->at(0);
    EXPECT_EQ(cirros.name, QStringLiteral("cirros-0.6.2-x86_64-disk"));
    EXPECT_EQ(cirros.status, QStringLiteral("active"));
    EXPECT_EQ(cirros.sizeBytes, 21430272);
    EXPECT_EQ(cirros.diskFormat, QStringLiteral("qcow2"));
    EXPECT_EQ(cirros.containerFormat, QStringLiteral("bare"));
    EXPECT_EQ(cirros.checksumMd5, QStringLiteral("c4f4aa1d2b6c3e6a4d6f0d4a9b0f4e5d"));
    EXPECT_EQ(cirros.hashAlgorithm, QStringLiteral("sha512"));
    EXPECT_EQ(cirros.hashValue.size(), 128);
    EXPECT_EQ(cirros.visibility, QStringLiteral("public"));
    EXPECT_EQ(cirros.created, QDateTime(QDate(2023, 5, 24), QTime(10, 30, 1), Qt::UTC));
    EXPECT_EQ(cirros.properties.value(QStringLiteral("os_distro")).toString(), QStringLiteral("cirros"));
    EXPECT_EQ(cirros.properties.value(QStringLiteral("hw_qemu_guest_agent")).toString(), QStringLiteral("yes"));
    EXPECT_FALSE(cirros.properties.contains(QStringLiteral("id")));
    EXPECT_FALSE(cirros.properties.contains(QStringLiteral("os_hash_value")));

    const Image& queued = images->at(1);
    EXPECT_EQ(queued.status, QStringLiteral("queued"));
    EXPECT_EQ(queued.sizeBytes, 0); // null until data arrives
    EXPECT_TRUE(queued.hashValue.isEmpty());
    EXPECT_EQ(queued.properties.value(QStringLiteral("cloudtwin_pair")).toString(), QStringLiteral("pair-7"));
}

INSTANTIATE_TEST_SUITE_P(Endpoints, ImageListing,
    ::testing::Values(ListCase {"unversioned", QString(), QStringLiteral("/v2/images")},
        ListCase {"versioned", QStringLiteral("/v2"), QStringLiteral("/v2/images")},
        ListCase {"trailing_slash", QStringLiteral("/"), QStringLiteral("/v2/images")},
        ListCase {"path_prefix", QStringLiteral("/image"), QStringLiteral("/image/v2/images")}),
    test::CaseName());

using ImageRecords = test::ServiceTest;

TEST_F(ImageRecords, ARecordWithoutOptionalFieldsMapsToDefaults)
{
    m_server.route("GET", QStringLiteral("/v2/images/3c4a0fd2-1b8e-4a2b-8f53-22c4e1a9b7de"),
        FakeResponse::json(200, fixture(QStringLiteral("image/getImage_minimalFields.json"))));
    ImageService service(endpoint());
    const auto image = await(service.getImage(QStringLiteral("3c4a0fd2-1b8e-4a2b-8f53-22c4e1a9b7de")));
    ASSERT_TRUE(image) << text(image.error().message);
    EXPECT_EQ(image->id, QStringLiteral("3c4a0fd2-1b8e-4a2b-8f53-22c4e1a9b7de"));
    EXPECT_EQ(image->status, QStringLiteral("queued"));
    EXPECT_TRUE(image->name.isEmpty());
    EXPECT_EQ(image->sizeBytes, 0);
    EXPECT_TRUE(image->diskFormat.isEmpty());
    EXPECT_TRUE(image->hashAlgorithm.isEmpty());
    EXPECT_FALSE(image->created.isValid());
    EXPECT_TRUE(image->properties.isEmpty());
}

TEST_F(ImageRecords, DeleteExpects204)
{
    m_server.route("DELETE", QStringLiteral("/v2/images/") + kQueuedId, FakeResponse::text(204, ""));
    ImageService service(endpoint());
    const Status deleted = await(service.deleteImage(kQueuedId));
    EXPECT_TRUE(deleted) << text(deleted.error().message);
    EXPECT_EQ(m_server.count("DELETE", QStringLiteral("/v2/images/") + kQueuedId), 1);
}

TEST_F(ImageRecords, CreateUploadDownloadRoundTripStreamsTwentyMegabytes)
{
    constexpr qint64 kSize = 20 * 1024 * 1024;
    const QByteArray data = testData(kSize, 42);
    const QString filePath = QStringLiteral("/v2/images/") + kQueuedId + QStringLiteral("/file");

    // 1. Create.
    m_server.route("POST", QStringLiteral("/v2/images"),
        FakeResponse::json(201, fixture(QStringLiteral("image/createImage_queued.json"))));
    ImageService service(endpoint());
    CreateImageRequest create;
    create.name = QStringLiteral("ct-replica-web01-0002");
    create.properties.insert(QStringLiteral("cloudtwin_pair"), QStringLiteral("pair-7"));
    create.properties.insert(QStringLiteral("name"), QStringLiteral("must not override"));
    const auto created = await(service.createImage(create));
    ASSERT_TRUE(created) << text(created.error().message);
    EXPECT_EQ(created->id, kQueuedId);
    EXPECT_EQ(created->status, QStringLiteral("queued"));
    const QJsonObject createBody = test::bodyObject(m_server.requests().at(0));
    EXPECT_EQ(createBody,
        (QJsonObject {{QStringLiteral("name"), QStringLiteral("ct-replica-web01-0002")},
            {QStringLiteral("disk_format"), QStringLiteral("qcow2")},
            {QStringLiteral("container_format"), QStringLiteral("bare")},
            {QStringLiteral("visibility"), QStringLiteral("private")},
            {QStringLiteral("cloudtwin_pair"), QStringLiteral("pair-7")}}))
        << m_server.requests().at(0).body.toStdString();
    EXPECT_EQ(m_server.requests().at(0).header("content-type"), QByteArray("application/json"));

    // 2. Upload from a file, streamed.
    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    ASSERT_EQ(file.write(data), kSize);
    ASSERT_TRUE(file.seek(0));
    ChunkSpy source(&file);
    m_server.route("PUT", filePath, FakeResponse::text(204, ""));
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    const Status uploaded
        = await(service.uploadImage(created->id, &source, kSize, [&](const QString&, qint64 done, qint64 total) {
              lastDone = done;
              lastTotal = total;
          }));
    ASSERT_TRUE(uploaded) << text(uploaded.error().message);
    const RecordedRequest& put = m_server.requests().at(1);
    EXPECT_EQ(put.method, QByteArray("PUT"));
    EXPECT_EQ(put.header("content-type"), QByteArray("application/octet-stream"));
    EXPECT_EQ(put.header("content-length"), QByteArray::number(kSize));
    ASSERT_EQ(put.body.size(), kSize);
    EXPECT_EQ(hexHash(put.body, QCryptographicHash::Sha256), hexHash(data, QCryptographicHash::Sha256));
    EXPECT_EQ(source.totalRead, kSize);
    EXPECT_LE(source.maxChunk, 4 * 1024 * 1024) << "the source was read in one piece, not streamed";
    EXPECT_EQ(lastDone, kSize);
    EXPECT_EQ(lastTotal, kSize);

    // 3. Download and verify against the record's sha512.
    QJsonObject record = test::fixtureObject(QStringLiteral("image/getImage_active.json"));
    record.insert(QStringLiteral("size"), kSize);
    record.insert(QStringLiteral("os_hash_algo"), QStringLiteral("sha512"));
    record.insert(QStringLiteral("os_hash_value"), hexHash(data, QCryptographicHash::Sha512));
    record.insert(QStringLiteral("checksum"), hexHash(data, QCryptographicHash::Md5));
    m_server.route("GET", QStringLiteral("/v2/images/") + kQueuedId, FakeResponse::json(200, test::toJson(record)));
    m_server.route("GET", filePath, FakeResponse::text(200, data, "application/octet-stream"));
    QBuffer sink;
    ASSERT_TRUE(sink.open(QIODevice::WriteOnly));
    const auto downloaded = await(service.downloadImage(kQueuedId, &sink));
    ASSERT_TRUE(downloaded) << text(downloaded.error().message);
    EXPECT_EQ(*downloaded, kSize);
    EXPECT_EQ(hexHash(sink.data(), QCryptographicHash::Sha256), hexHash(data, QCryptographicHash::Sha256));
}

TEST_F(ImageRecords, UploadWithoutAKnownSizeIsRefused)
{
    QBuffer source;
    source.setData("abc");
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    ImageService service(endpoint());
    const Status uploaded = await(service.uploadImage(kQueuedId, &source, -1));
    ASSERT_FALSE(uploaded);
    EXPECT_EQ(uploaded.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(m_server.requests().isEmpty());
}

// ---------------------------------------------------------------------------------------------------------

enum class Hash
{
    None,
    Right,
    Wrong
};

struct DownloadCase
{
    std::string name;
    QString algorithm; ///< os_hash_algo
    Hash multihash = Hash::None; ///< os_hash_value
    Hash checksum = Hash::None; ///< md5 `checksum`
    Hash contentMd5 = Hash::None; ///< Content-MD5 header (hex)
    int fileStatus = 200;
    bool volumeBacked = false;
    qint64 extraRecordedSize = 0; ///< the record claims more bytes than arrive
    std::optional<ErrorCode> error;
    QString messagePart;
};

DownloadCase verified(
    std::string name, QString algorithm, Hash multihash, Hash checksum = Hash::None, Hash contentMd5 = Hash::None)
{
    DownloadCase c;
    c.name = std::move(name);
    c.algorithm = std::move(algorithm);
    c.multihash = multihash;
    c.checksum = checksum;
    c.contentMd5 = contentMd5;
    return c;
}

class ImageDownload : public test::ServiceTestWithParam<DownloadCase>
{
};

TEST_P(ImageDownload, VerifiesWhatArrives)
{
    const DownloadCase& c = GetParam();
    const QByteArray data = testData(3 * 1024 * 1024 + 17, 7);
    const QByteArray other = testData(64, 8);
    auto hashOf = [&](Hash state, QCryptographicHash::Algorithm algorithm) {
        return state == Hash::Right ? hexHash(data, algorithm) : hexHash(other, algorithm);
    };
    const QString id = QStringLiteral("5a8c7b2e-04ad-4c21-b9f4-3b8d1f2e6c90");
    QJsonObject record = test::fixtureObject(c.volumeBacked ? QStringLiteral("image/getImage_volumeBackedSnapshot.json")
                                                            : QStringLiteral("image/getImage_active.json"));
    record.insert(QStringLiteral("id"), id);
    record.insert(QStringLiteral("size"), c.fileStatus == 204 ? 0 : data.size() + c.extraRecordedSize);
    if (c.multihash != Hash::None) {
        const auto algorithm
            = c.algorithm == QLatin1String("sha256") ? QCryptographicHash::Sha256 : QCryptographicHash::Sha512;
        record.insert(QStringLiteral("os_hash_algo"), c.algorithm);
        record.insert(QStringLiteral("os_hash_value"), hashOf(c.multihash, algorithm));
    }
    if (c.checksum != Hash::None)
        record.insert(QStringLiteral("checksum"), hashOf(c.checksum, QCryptographicHash::Md5));
    m_server.route("GET", QStringLiteral("/v2/images/") + id, FakeResponse::json(200, test::toJson(record)));
    FakeResponse file
        = c.fileStatus == 204 ? FakeResponse::text(204, "") : FakeResponse::text(200, data, "application/octet-stream");
    if (c.contentMd5 != Hash::None)
        file.header("Content-MD5", hashOf(c.contentMd5, QCryptographicHash::Md5).toLatin1());
    m_server.route("GET", QStringLiteral("/v2/images/") + id + QStringLiteral("/file"), file);

    ImageService service(endpoint());
    QBuffer sink;
    ASSERT_TRUE(sink.open(QIODevice::WriteOnly));
    qint64 progressDone = 0;
    const auto result = await(service.downloadImage(
        id, &sink, [&](const QString&, qint64 done, qint64) { progressDone = std::max(progressDone, done); }));
    if (!c.error) {
        ASSERT_TRUE(result) << text(result.error().message);
        EXPECT_EQ(*result, data.size());
        EXPECT_EQ(sink.data(), data);
        EXPECT_EQ(progressDone, data.size());
        return;
    }
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, *c.error) << text(result.error().message);
    EXPECT_TRUE(result.error().message.contains(c.messagePart)) << text(result.error().message);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("TestCloud"))) << text(result.error().message);
}

INSTANTIATE_TEST_SUITE_P(Checksums, ImageDownload,
    ::testing::Values(verified("sha512_ok", QStringLiteral("sha512"), Hash::Right, Hash::Wrong),
        verified("sha256_ok", QStringLiteral("sha256"), Hash::Right),
        DownloadCase {"sha512_mismatch", QStringLiteral("sha512"), Hash::Wrong, Hash::Right, Hash::None, 200, false, 0,
            ErrorCode::Corrupt, QStringLiteral("sha512")},
        verified("md5_only_ok", {}, Hash::None, Hash::Right),
        DownloadCase {"md5_only_mismatch", {}, Hash::None, Hash::Wrong, Hash::None, 200, false, 0, ErrorCode::Corrupt,
            QStringLiteral("md5")},
        verified("unknown_algorithm_falls_back_to_md5", QStringLiteral("whirlpool"), Hash::Wrong, Hash::Right),
        verified("content_md5_header_ok", {}, Hash::None, Hash::None, Hash::Right),
        DownloadCase {"content_md5_header_mismatch", {}, Hash::None, Hash::None, Hash::Wrong, 200, false, 0,
            ErrorCode::Corrupt, QStringLiteral("damaged")},
        verified("no_checksum_at_all_is_accepted", {}, Hash::None, Hash::None),
        DownloadCase {"truncated", QStringLiteral("sha512"), Hash::Right, Hash::None, Hash::None, 200, false, 1000,
            ErrorCode::Corrupt, QStringLiteral("ended after")},
        DownloadCase {"no_data_204_volume_backed", {}, Hash::None, Hash::None, Hash::None, 204, true, 0,
            ErrorCode::NotFound, QStringLiteral("volume-backed")},
        DownloadCase {"no_data_204", {}, Hash::None, Hash::None, Hash::None, 204, false, 0, ErrorCode::NotFound,
            QStringLiteral("no data")}),
    test::CaseName());

/// Accepts a few bytes, then fails like a full disk.
class FullDisk : public QIODevice
{
public:
    FullDisk() { open(QIODevice::WriteOnly); }
    qint64 accepted = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 length) override
    {
        if (accepted > 100 * 1024) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        accepted += length;
        return length;
    }
};

TEST_F(ImageRecords, DownloadReportsAFailingSinkAsIo)
{
    const QString id = QStringLiteral("5a8c7b2e-04ad-4c21-b9f4-3b8d1f2e6c90");
    QJsonObject record = test::fixtureObject(QStringLiteral("image/getImage_active.json"));
    record.insert(QStringLiteral("id"), id);
    m_server.route("GET", QStringLiteral("/v2/images/") + id, FakeResponse::json(200, test::toJson(record)));
    m_server.route("GET", QStringLiteral("/v2/images/") + id + QStringLiteral("/file"),
        FakeResponse::text(200, testData(4 * 1024 * 1024, 3), "application/octet-stream"));
    ImageService service(endpoint());
    FullDisk sink;
    const auto result = await(service.downloadImage(id, &sink));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Io) << text(result.error().message);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("No space left on device")))
        << text(result.error().message);
}

TEST_F(ImageRecords, DownloadRefusesASinkNotOpenForWriting)
{
    QBuffer readOnly;
    ASSERT_TRUE(readOnly.open(QIODevice::ReadOnly));
    ImageService service(endpoint());
    const auto refused = await(service.downloadImage(QStringLiteral("x"), &readOnly));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(m_server.requests().isEmpty());
}

// ---------------------------------------------------------------------------------------------------------

struct WaitCase
{
    std::string name;
    QStringList statuses; ///< answered in turn; the last one repeats
    int deadlineMs = 10000;
    std::optional<ErrorCode> error;
    QString messagePart;
};

WaitCase becomesActive(std::string name, QStringList statuses)
{
    WaitCase c;
    c.name = std::move(name);
    c.statuses = std::move(statuses);
    return c;
}

class ImageWait : public test::ServiceTestWithParam<WaitCase>
{
};

TEST_P(ImageWait, PollsUntilActiveOrFailure)
{
    const WaitCase& c = GetParam();
    int calls = 0;
    m_server.route("GET", QStringLiteral("/v2/images/") + kQueuedId, [&](const RecordedRequest&) {
        QJsonObject record = test::fixtureObject(QStringLiteral("image/createImage_queued.json"));
        record.insert(QStringLiteral("status"), c.statuses.at(std::min<qsizetype>(calls++, c.statuses.size() - 1)));
        return FakeResponse::json(200, test::toJson(record));
    });
    ImageService service(endpoint());
    service.setPollInterval(5ms, 20ms);
    QStringList phases;
    const auto image = await(service.waitForImage(
        kQueuedId, QDeadlineTimer(c.deadlineMs), [&](const QString& phase, qint64, qint64) { phases << phase; }));
    if (!c.error) {
        ASSERT_TRUE(image) << text(image.error().message);
        EXPECT_EQ(image->status, QStringLiteral("active"));
        EXPECT_EQ(calls, c.statuses.size());
        EXPECT_EQ(phases.size(), c.statuses.size() - 1);
        return;
    }
    ASSERT_FALSE(image);
    EXPECT_EQ(image.error().code, *c.error) << text(image.error().message);
    EXPECT_TRUE(image.error().message.contains(c.messagePart)) << text(image.error().message);
}

INSTANTIATE_TEST_SUITE_P(Statuses, ImageWait,
    ::testing::Values(becomesActive("queued_saving_active",
                          {QStringLiteral("queued"), QStringLiteral("saving"), QStringLiteral("active")}),
        becomesActive("already_active", {QStringLiteral("active")}),
        WaitCase {"queued_saving_killed",
            {QStringLiteral("queued"), QStringLiteral("saving"), QStringLiteral("killed")}, 10000,
            ErrorCode::UnexpectedResponse, QStringLiteral("killed")},
        WaitCase {"deleted", {QStringLiteral("saving"), QStringLiteral("deleted")}, 10000, ErrorCode::Conflict,
            QStringLiteral("deleted")},
        WaitCase {"deadline_passes", {QStringLiteral("saving")}, 150, ErrorCode::TimedOut, QStringLiteral("saving")}),
    test::CaseName());

TEST_F(ImageRecords, WaitReportsAVanishedImage)
{
    ImageService service(endpoint());
    service.setPollInterval(5ms);
    const auto image = await(service.waitForImage(kQueuedId, QDeadlineTimer(5000)));
    ASSERT_FALSE(image);
    EXPECT_EQ(image.error().code, ErrorCode::NotFound);
}

TEST_F(ImageRecords, PollIntervalGrows)
{
    // 1 + 1.5 + 2.25 + ... ms would finish quickly; with a 40 ms start and 1.5x growth, 4 polls take >= 40+60+90.
    int calls = 0;
    m_server.route("GET", QStringLiteral("/v2/images/") + kQueuedId, [&](const RecordedRequest&) {
        QJsonObject record = test::fixtureObject(QStringLiteral("image/createImage_queued.json"));
        record.insert(QStringLiteral("status"), ++calls < 4 ? QStringLiteral("saving") : QStringLiteral("active"));
        return FakeResponse::json(200, test::toJson(record));
    });
    ImageService service(endpoint());
    service.setPollInterval(40ms, 1000ms);
    QElapsedTimer clock;
    clock.start();
    const auto image = await(service.waitForImage(kQueuedId, QDeadlineTimer(10000)));
    ASSERT_TRUE(image) << text(image.error().message);
    EXPECT_EQ(calls, 4);
    EXPECT_GE(clock.elapsed(), 185);
}

} // namespace
} // namespace ct

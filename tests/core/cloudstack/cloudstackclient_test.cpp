// CloudStackClient against a fake CloudStack: error codes, retries, malformed answers, paging, async jobs and
// password sessions. The fake checks every signature (fakecloudstack.cpp).
#include "fakecloudstack.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace ct {
namespace {

using cloudstack::CloudStackClient;
using test::csError;
using test::csOk;
using test::FakeCloudStack;
using test::FakeResponse;
using test::waitFor;

QString text(const Error& error) { return error.message; }

// --- errors -----------------------------------------------------------------------------------------------------

struct ErrorCase
{
    const char* name;
    int status;
    ErrorCode code;
    int expectedRequests; ///< 1: not retried; 2: retried once and then ok (or replayed after 401)
    bool recovers;
};

class ErrorCodes : public ::testing::TestWithParam<ErrorCase>
{
};

TEST_P(ErrorCodes, MapToKindsAndRetryOnlyWhatMayPass)
{
    const ErrorCase c = GetParam();
    FakeCloudStack cloud;
    int served = 0;
    cloud.on(QStringLiteral("listZones"), [&](const test::CsRequest&) {
        ++served;
        if (served == 1 || !c.recovers)
            return csError(QStringLiteral("listZones"), c.status, QStringLiteral("the server's own words"));
        return csOk(QStringLiteral("listZones"), {{QStringLiteral("count"), 0}});
    });
    auto client = cloud.client();
    const auto result = waitFor(client->call(QStringLiteral("listZones"), {}));
    EXPECT_EQ(cloud.count(QStringLiteral("listZones")), c.expectedRequests);
    EXPECT_EQ(cloud.signatureFailures, 0);
    if (c.recovers) {
        EXPECT_TRUE(result.ok()) << text(result.error()).toStdString();
        return;
    }
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, c.code);
    EXPECT_EQ(result.error().httpStatus, c.status);
    const QString message = result.error().message;
    EXPECT_TRUE(message.contains(QLatin1String("TestStack"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QLatin1String("CloudStack"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QLatin1String("listZones"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QLatin1String("the server's own words"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QLatin1String("test-secret")));
}

INSTANTIATE_TEST_SUITE_P(CloudStack, ErrorCodes,
    ::testing::Values(ErrorCase {"unauthorized", 401, ErrorCode::AuthenticationFailed, 2, false},
        ErrorCase {"malformedParameter", 430, ErrorCode::InvalidInput, 1, false},
        ErrorCase {"parameterError", 431, ErrorCode::InvalidInput, 1, false},
        ErrorCase {"unsupportedAction", 432, ErrorCode::PermissionDenied, 1, false},
        ErrorCase {"throttledThenOk", 429, ErrorCode::RateLimited, 2, true},
        ErrorCase {"internalThenOk", 530, ErrorCode::UnexpectedResponse, 2, true},
        ErrorCase {"internalPersistent", 530, ErrorCode::UnexpectedResponse, 4, false},
        ErrorCase {"account", 531, ErrorCode::PermissionDenied, 1, false},
        ErrorCase {"resourceLimit", 532, ErrorCode::QuotaExceeded, 1, false},
        ErrorCase {"insufficientCapacity", 533, ErrorCode::Unavailable, 1, false},
        ErrorCase {"resourceUnavailableThenOk", 534, ErrorCode::Unavailable, 2, true},
        ErrorCase {"allocation", 535, ErrorCode::Unavailable, 1, false},
        ErrorCase {"inUse", 536, ErrorCode::Conflict, 1, false},
        ErrorCase {"networkRuleConflict", 537, ErrorCode::Conflict, 1, false}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Errors, PersistentThrottlingEndsRateLimited)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listZones"), csError(QStringLiteral("listZones"), 429, QStringLiteral("too many")));
    auto client = cloud.client();
    const auto result = waitFor(client->call(QStringLiteral("listZones"), {}));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::RateLimited);
    EXPECT_EQ(cloud.count(QStringLiteral("listZones")), FakeCloudStack::fastPolicy().maxAttempts);
}

TEST(Errors, CreatesAreNotRetriedAfterInternalError)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("deployVirtualMachine"),
        csError(QStringLiteral("deployVirtualMachine"), 530, QStringLiteral("boom")));
    auto client = cloud.client();
    const auto result = waitFor(client->call(QStringLiteral("deployVirtualMachine"), {}, {true, false}));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(cloud.count(QStringLiteral("deployVirtualMachine")), 1);
}

TEST(Errors, WrongSecretKeyIsRefusedByTheSignatureCheck)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listZones"), csOk(QStringLiteral("listZones"), {}));
    auto client = cloud.client("not-the-secret");
    const auto result = waitFor(client->call(QStringLiteral("listZones"), {}));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_GE(cloud.signatureFailures, 1);
    EXPECT_TRUE(result.error().message.contains(QLatin1String("secret key")));
}

TEST(Errors, MalformedJson)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listZones"), FakeResponse::json(200, "{\"listzonesresponse\": {\"zone\": [}"));
    auto client = cloud.client();
    const auto result = waitFor(client->call(QStringLiteral("listZones"), {}));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::UnexpectedResponse);
    EXPECT_TRUE(result.error().message.contains(QLatin1String("malformed JSON")));
}

TEST(Errors, HtmlPageFromAProxy)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listZones"),
        FakeResponse::text(200, test::fixture(QStringLiteral("proxy_login.html")), "text/html"));
    cloud.on(QStringLiteral("listHosts"),
        FakeResponse::text(502, "<html><head><title>502 Bad Gateway</title></head></html>", "text/html"));
    auto client = cloud.client();
    const auto page = waitFor(client->call(QStringLiteral("listZones"), {}));
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().code, ErrorCode::UnexpectedResponse);
    EXPECT_TRUE(page.error().message.contains(QLatin1String("Corporate Sign-In")))
        << page.error().message.toStdString();
    const auto gateway = waitFor(client->call(QStringLiteral("listHosts"), {}));
    ASSERT_FALSE(gateway.ok());
    EXPECT_TRUE(gateway.error().message.contains(QLatin1String("502 Bad Gateway")))
        << gateway.error().message.toStdString();
    EXPECT_EQ(cloud.count(QStringLiteral("listHosts")), FakeCloudStack::fastPolicy().maxAttempts); // 502 is retried
    EXPECT_EQ(gateway.error().code, ErrorCode::Unavailable) << gateway.error().message.toStdString();
}

// HAProxy's page when no management server answers: the API is unavailable, said as such, after retries.
TEST(Errors, ManagementServerDownBehindAProxyIsUnavailable)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listZones"),
        FakeResponse::text(503,
            "<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n"
            "</body></html>",
            "text/html"));
    auto client = cloud.client();
    const auto result = waitFor(client->call(QStringLiteral("listZones"), {}));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Unavailable) << result.error().message.toStdString();
    EXPECT_EQ(result.error().httpStatus, 503);
    EXPECT_TRUE(result.error().message.contains(QLatin1String("TestStack"))) << result.error().message.toStdString();
    EXPECT_TRUE(result.error().message.contains(QLatin1String("CloudStack could not run listZones")))
        << result.error().message.toStdString();
    EXPECT_TRUE(result.error().message.contains(QLatin1String("not available right now")))
        << result.error().message.toStdString();
    EXPECT_EQ(cloud.count(QStringLiteral("listZones")), FakeCloudStack::fastPolicy().maxAttempts);
}

TEST(Requests, LongParametersGoByPostAndAreSigned)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("updateVirtualMachine"), csOk(QStringLiteral("updateVirtualMachine"), {}));
    auto client = cloud.client();
    const QString userdata = QString(6000, QLatin1Char('A')) + QStringLiteral("+/=");
    ASSERT_TRUE(waitFor(client->call(QStringLiteral("updateVirtualMachine"),
        {{QStringLiteral("userdata"), userdata}, {QStringLiteral("id"), QStringLiteral("vm1")}})));
    const auto sent = cloud.requestsFor(QStringLiteral("updateVirtualMachine"));
    ASSERT_EQ(sent.size(), 1);
    EXPECT_EQ(sent[0].http.method, "POST");
    EXPECT_EQ(sent[0].params.value(QStringLiteral("userdata")), userdata);
    EXPECT_EQ(sent[0].params.value(QStringLiteral("signatureversion")), QStringLiteral("3"));
    EXPECT_EQ(cloud.signatureFailures, 0);
}

TEST(Requests, SignedUrlNeverCarriesTheSecret)
{
    FakeCloudStack cloud;
    auto client = cloud.client("super-secret-key");
    const QUrl url = client->signedUrl(QStringLiteral("listZones"), {{QStringLiteral("name"), QStringLiteral("a b")}});
    const QString shown = url.toString(QUrl::FullyEncoded);
    EXPECT_FALSE(shown.contains(QLatin1String("super-secret-key")));
    EXPECT_TRUE(shown.contains(QLatin1String("signature=")));
    EXPECT_TRUE(shown.contains(QLatin1String("apikey=test-api-key")));
    const auto params = test::servletDecode(url.query(QUrl::FullyEncoded).toLatin1());
    EXPECT_EQ(
        params.value(QStringLiteral("signature")).toLatin1(), test::referenceSignature(params, "super-secret-key"));
}

// --- paging -----------------------------------------------------------------------------------------------------

QJsonObject vm(const QString& id) { return {{QStringLiteral("id"), id}, {QStringLiteral("name"), id}}; }

QJsonObject page(const QList<QString>& ids, int count)
{
    QJsonArray items;
    for (const QString& id : ids)
        items.append(vm(id));
    return {{QStringLiteral("count"), count}, {QStringLiteral("virtualmachine"), items}};
}

TEST(Paging, EmptyListWithoutCount)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listVirtualMachines"),
        FakeResponse::json(200, test::fixture(QStringLiteral("listVirtualMachines_empty.json"))));
    auto client = cloud.client();
    const auto all
        = waitFor(client->listAll(QStringLiteral("listVirtualMachines"), {}, QStringLiteral("virtualmachine")));
    ASSERT_TRUE(all.ok());
    EXPECT_TRUE(all->isEmpty());
    const auto sent = cloud.requestsFor(QStringLiteral("listVirtualMachines"));
    ASSERT_EQ(sent.size(), 1);
    EXPECT_EQ(sent[0].params.value(QStringLiteral("page")), QStringLiteral("1"));
    EXPECT_EQ(sent[0].params.value(QStringLiteral("pagesize")), QStringLiteral("500"));
}

TEST(Paging, RemainingPagesInParallelAndDuplicatesDropped)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listVirtualMachines"), [](const test::CsRequest& r) {
        const int n = r.params.value(QStringLiteral("page")).toInt();
        // Page 3 repeats vm-4, as when a VM was deleted between the reads and the rows shifted.
        const QList<QList<QString>> pages {{QStringLiteral("vm-1"), QStringLiteral("vm-2")},
            {QStringLiteral("vm-3"), QStringLiteral("vm-4")}, {QStringLiteral("vm-4"), QStringLiteral("vm-5")}};
        return csOk(QStringLiteral("listVirtualMachines"), page(pages.value(n - 1), 6));
    });
    auto client = cloud.client();
    const auto all = waitFor(client->listAll(QStringLiteral("listVirtualMachines"),
        {{QStringLiteral("listall"), QStringLiteral("true")}}, QStringLiteral("virtualmachine"), 2));
    ASSERT_TRUE(all.ok()) << all.error().message.toStdString();
    QStringList ids;
    for (const auto& item : *all)
        ids.append(item.value(QStringLiteral("id")).toString());
    EXPECT_EQ(ids,
        (QStringList {QStringLiteral("vm-1"), QStringLiteral("vm-2"), QStringLiteral("vm-3"), QStringLiteral("vm-4"),
            QStringLiteral("vm-5")}));
    EXPECT_EQ(cloud.count(QStringLiteral("listVirtualMachines")), 3);
    for (const auto& r : cloud.requestsFor(QStringLiteral("listVirtualMachines"))) {
        EXPECT_EQ(r.params.value(QStringLiteral("pagesize")), QStringLiteral("2"));
        EXPECT_EQ(r.params.value(QStringLiteral("listall")), QStringLiteral("true"));
    }
}

// maxParallelPages bounds how many page requests are out at once: 1 reads page after page, 2 in pairs.
class PagingBatches : public ::testing::TestWithParam<int>
{
};

TEST_P(PagingBatches, MaxParallelPagesBoundsRequestsInFlight)
{
    const int maxParallel = GetParam();
    FakeCloudStack cloud;
    QElapsedTimer clock;
    clock.start();
    QList<qint64> arrivals; // per page, 1-based
    cloud.on(QStringLiteral("listVirtualMachines"), [&](const test::CsRequest& r) {
        const int n = r.params.value(QStringLiteral("page")).toInt();
        arrivals.append(clock.elapsed());
        FakeResponse answer = csOk(QStringLiteral("listVirtualMachines"),
            page({QStringLiteral("vm-%1a").arg(n), QStringLiteral("vm-%1b").arg(n)}, 10));
        answer.delayMs = 60;
        return answer;
    });
    auto client = cloud.client();
    client->setMaxParallelPages(maxParallel);
    EXPECT_EQ(client->maxParallelPages(), maxParallel);
    const auto all
        = waitFor(client->listAll(QStringLiteral("listVirtualMachines"), {}, QStringLiteral("virtualmachine"), 2));
    ASSERT_TRUE(all.ok()) << all.error().message.toStdString();
    EXPECT_EQ(all->size(), 10);
    ASSERT_EQ(arrivals.size(), 5);
    // Pages 2..5 go in batches of maxParallel (0 = all four at once); a batch starts after the previous answered.
    const int batch = maxParallel > 0 ? maxParallel : 4;
    for (int page = 3; page <= 5; ++page) {
        const qint64 gap = arrivals[page - 1] - arrivals[page - 2];
        if ((page - 2) % batch == 0)
            EXPECT_GE(gap, 50) << "page " << page << " should wait for the batch before it";
        else
            EXPECT_LT(gap, 50) << "page " << page << " should go with its batch";
    }
}

INSTANTIATE_TEST_SUITE_P(Paging, PagingBatches, ::testing::Values(0, 1, 2));

TEST(Paging, ShrinkingCountEndsWithAnEmptyPage)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listVirtualMachines"), [](const test::CsRequest& r) {
        const int n = r.params.value(QStringLiteral("page")).toInt();
        if (n == 1)
            return csOk(QStringLiteral("listVirtualMachines"), page({QStringLiteral("a"), QStringLiteral("b")}, 5));
        if (n == 2)
            return csOk(QStringLiteral("listVirtualMachines"), page({QStringLiteral("c")}, 3));
        return test::FakeResponse::json(200, "{\"listvirtualmachinesresponse\":{}}");
    });
    auto client = cloud.client();
    const auto all
        = waitFor(client->listAll(QStringLiteral("listVirtualMachines"), {}, QStringLiteral("virtualmachine"), 2));
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 3);
}

TEST(Paging, GrowingCountReadsTheExtraPage)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listVirtualMachines"), [](const test::CsRequest& r) {
        const int n = r.params.value(QStringLiteral("page")).toInt();
        if (n == 1)
            return csOk(QStringLiteral("listVirtualMachines"), page({QStringLiteral("a"), QStringLiteral("b")}, 4));
        if (n == 2)
            return csOk(QStringLiteral("listVirtualMachines"), page({QStringLiteral("c"), QStringLiteral("d")}, 5));
        return csOk(QStringLiteral("listVirtualMachines"), page({QStringLiteral("e")}, 5));
    });
    auto client = cloud.client();
    const auto all
        = waitFor(client->listAll(QStringLiteral("listVirtualMachines"), {}, QStringLiteral("virtualmachine"), 2));
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 5);
}

TEST(Paging, AFailingPageFailsTheList)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listVirtualMachines"), [](const test::CsRequest& r) {
        if (r.params.value(QStringLiteral("page")) == QLatin1String("2"))
            return csError(QStringLiteral("listVirtualMachines"), 431,
                QStringLiteral("Page size can't exceed max allowed page size value"));
        return csOk(QStringLiteral("listVirtualMachines"), page({QStringLiteral("a")}, 3));
    });
    auto client = cloud.client();
    const auto all
        = waitFor(client->listAll(QStringLiteral("listVirtualMachines"), {}, QStringLiteral("virtualmachine"), 1));
    ASSERT_FALSE(all.ok());
    EXPECT_TRUE(all.error().message.contains(QLatin1String("max allowed page size")));
}

// --- async jobs -------------------------------------------------------------------------------------------------

TEST(Jobs, SuccessReturnsTheJobResultAndAnnouncesTheJobId)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("startVirtualMachine"),
        csOk(QStringLiteral("startVirtualMachine"), {{QStringLiteral("jobid"), QStringLiteral("job-1")}}));
    cloud.job(QStringLiteral("job-1"), 2,
        QJsonDocument::fromJson(test::fixture(QStringLiteral("queryAsyncJobResult_success.json"))).object());
    auto client = cloud.client();
    QSignalSpy started(client.get(), &CloudStackClient::asyncJobStarted);
    const auto result = waitFor(
        client->callAsync(QStringLiteral("startVirtualMachine"), {{QStringLiteral("id"), QStringLiteral("vm-1")}}));
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->value(QStringLiteral("virtualmachine")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("Running"));
    ASSERT_EQ(started.size(), 1);
    EXPECT_EQ(started[0][0].toString(), QStringLiteral("job-1"));
    EXPECT_EQ(cloud.count(QStringLiteral("queryAsyncJobResult")), 3);
}

TEST(Jobs, FailedJobCarriesTheServersText)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("deployVirtualMachine"),
        csOk(QStringLiteral("deployVirtualMachine"),
            {{QStringLiteral("jobid"), QStringLiteral("job-2")}, {QStringLiteral("id"), QStringLiteral("vm-9")}}));
    cloud.job(QStringLiteral("job-2"), 0,
        QJsonDocument::fromJson(test::fixture(QStringLiteral("queryAsyncJobResult_failed.json"))).object());
    auto client = cloud.client();
    const auto result = waitFor(client->callAsync(QStringLiteral("deployVirtualMachine"), {}, {true, false}));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Unavailable); // 533 insufficient capacity
    EXPECT_TRUE(result.error().message.contains(QLatin1String("Unable to create a deployment for VM")))
        << result.error().message.toStdString();
    EXPECT_TRUE(result.error().message.contains(QLatin1String("job-2")));
}

TEST(Jobs, TimesOutAtTheDeadline)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("stopVirtualMachine"),
        csOk(QStringLiteral("stopVirtualMachine"), {{QStringLiteral("jobid"), QStringLiteral("job-3")}}));
    cloud.job(QStringLiteral("job-3"), -1, {});
    auto client = cloud.client();
    const auto result
        = waitFor(client->callAsync(QStringLiteral("stopVirtualMachine"), {}, {}, {QDeadlineTimer(150), {}}));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::TimedOut);
    EXPECT_TRUE(result.error().message.contains(QLatin1String("job-3")));
    EXPECT_GE(cloud.count(QStringLiteral("queryAsyncJobResult")), 2);
}

TEST(Jobs, CancelStopsPolling)
{
    FakeCloudStack cloud;
    cloud.job(QStringLiteral("job-4"), -1, {});
    auto client = cloud.client();
    auto cancel = std::make_shared<cloudstack::Cancellation>();
    auto future = client->waitForJob(
        QStringLiteral("job-4"), QStringLiteral("createSnapshot"), {QDeadlineTimer(20000), cancel});
    EXPECT_TRUE(QTest::qWaitFor([&] { return cloud.count(QStringLiteral("queryAsyncJobResult")) >= 2; }, 5000));
    cancel->cancel();
    const auto result = waitFor(future);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QLatin1String("job-4")));
    const int polls = cloud.count(QStringLiteral("queryAsyncJobResult"));
    QTest::qWait(50);
    EXPECT_EQ(cloud.count(QStringLiteral("queryAsyncJobResult")), polls);
}

// --- password sessions ------------------------------------------------------------------------------------------

TEST(Login, SessionKeyAndCookieThenReloginOnceAfter401)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listZones"), csOk(QStringLiteral("listZones"), {{QStringLiteral("count"), 0}}));
    auto client = cloud.loginClient();
    ASSERT_TRUE(waitFor(client->call(QStringLiteral("listZones"), {})));
    EXPECT_EQ(cloud.logins, 1);
    const auto login = cloud.requestsFor(QStringLiteral("login"));
    ASSERT_EQ(login.size(), 1);
    EXPECT_EQ(login[0].http.method, "POST");
    EXPECT_EQ(login[0].params.value(QStringLiteral("domain")), QStringLiteral("/"));
    EXPECT_FALSE(login[0].http.query.hasQueryItem(QStringLiteral("password"))); // never in the URL
    const auto zones = cloud.requestsFor(QStringLiteral("listZones"));
    ASSERT_EQ(zones.size(), 1);
    EXPECT_EQ(zones[0].params.value(QStringLiteral("sessionkey")), QStringLiteral("sess-1"));
    EXPECT_TRUE(zones[0].http.header("cookie").contains("JSESSIONID=cookie-1"));

    // The session expires: one login again, and the call is replayed with the new key.
    cloud.sessionValid = false;
    cloud.sessionKey = QStringLiteral("sess-2");
    ASSERT_TRUE(waitFor(client->call(QStringLiteral("listZones"), {})));
    EXPECT_EQ(cloud.logins, 2);
    EXPECT_EQ(cloud.requestsFor(QStringLiteral("listZones")).last().params.value(QStringLiteral("sessionkey")),
        QStringLiteral("sess-2"));
}

TEST(Login, WrongPassword)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listZones"), csOk(QStringLiteral("listZones"), {}));
    auto client = cloud.loginClient("wrong");
    const auto result = waitFor(client->call(QStringLiteral("listZones"), {}));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::AuthenticationFailed); // from a 531 answer
    EXPECT_EQ(result.error().httpStatus, 531);
    EXPECT_TRUE(result.error().message.contains(QLatin1String("user name, password and domain")))
        << result.error().message.toStdString();
    EXPECT_FALSE(result.error().message.contains(QLatin1String("wrong")));
    EXPECT_EQ(cloud.logins, 1);
    EXPECT_EQ(cloud.count(QStringLiteral("listZones")), 0);
}

} // namespace
} // namespace ct

#include "fakecloudstack.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace ct::test {

QByteArray referenceJavaEncode(const QString& value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        const bool keep = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9')
            || byte == '.' || byte == '-' || byte == '*' || byte == '_';
        if (keep)
            out += static_cast<char>(byte);
        else if (byte == ' ')
            out += '+';
        else
            out += '%' + QByteArray::number(byte, 16).toUpper().rightJustified(2, '0');
    }
    return out.replace("+", "%20");
}

QByteArray referenceSignature(const CsParams& params, const QByteArray& secret)
{
    QStringList names = params.keys();
    std::sort(names.begin(), names.end()); // Collections.sort: String.compareTo, UTF-16 code units
    QByteArray unsignedRequest;
    for (const QString& name : names) {
        if (name.compare(QLatin1String("signature"), Qt::CaseInsensitive) == 0)
            continue;
        if (!unsignedRequest.isEmpty())
            unsignedRequest += '&';
        unsignedRequest += name.toUtf8() + '=' + referenceJavaEncode(params.value(name));
    }
    unsignedRequest = unsignedRequest.toLower();
    return QMessageAuthenticationCode::hash(unsignedRequest, secret, QCryptographicHash::Sha1).toBase64();
}

CsParams servletDecode(const QByteArray& encoded)
{
    CsParams params;
    for (QByteArray pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq)));
        if (!params.contains(name)) // getParameter: the first value
            params.insert(
                name, QString::fromUtf8(QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : pair.mid(eq + 1))));
    }
    return params;
}

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(CT_CLOUDSTACK_FIXTURES "/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

FakeResponse csError(const QString& command, int code, const QString& text, int csCode)
{
    QJsonObject inner {{QStringLiteral("uuidList"), QJsonArray()}, {QStringLiteral("errorcode"), code},
        {QStringLiteral("cserrorcode"), csCode}, {QStringLiteral("errortext"), text}};
    return FakeResponse::json(
        code, QJsonDocument(QJsonObject {{command.toLower() + QStringLiteral("response"), inner}}).toJson());
}

FakeResponse csOk(const QString& command, const QJsonObject& response)
{
    return FakeResponse::json(
        200, QJsonDocument(QJsonObject {{command.toLower() + QStringLiteral("response"), response}}).toJson());
}

FakeCloudStack::FakeCloudStack()
{
    EXPECT_TRUE(server.start());
    server.setHandler([this](const RecordedRequest& request) { return handle(request); });
}

HttpPolicy FakeCloudStack::fastPolicy()
{
    HttpPolicy policy;
    policy.baseBackoffMs = 2;
    policy.maxBackoffMs = 2000;
    policy.timeoutMs = 5000;
    return policy;
}

std::unique_ptr<cloudstack::CloudStackClient> FakeCloudStack::client(const QByteArray& secret)
{
    cloudstack::Credentials credentials;
    credentials.apiKey = apiKey;
    credentials.secretKey = secret;
    auto client = std::make_unique<cloudstack::CloudStackClient>(
        QStringLiteral("TestStack"), apiUrl(), credentials, fastPolicy());
    client->setPollIntervals(1, 5);
    return client;
}

std::unique_ptr<cloudstack::CloudStackClient> FakeCloudStack::loginClient(const QByteArray& pw)
{
    cloudstack::Credentials credentials;
    credentials.userName = userName;
    credentials.password = pw;
    auto client = std::make_unique<cloudstack::CloudStackClient>(
        QStringLiteral("TestStack"), apiUrl(), credentials, fastPolicy());
    client->setPollIntervals(1, 5);
    return client;
}

void FakeCloudStack::job(const QString& jobId, int pendingPolls, const QJsonObject& final)
{
    m_jobPolls.insert(jobId, pendingPolls);
    auto previous = m_handlers.value(QStringLiteral("queryAsyncJobResult"));
    on(QStringLiteral("queryAsyncJobResult"), [this, jobId, final, previous](const CsRequest& request) {
        if (request.params.value(QStringLiteral("jobid")) != jobId) {
            if (previous)
                return previous(request);
            return csError(QStringLiteral("queryAsyncJobResult"), 431, QStringLiteral("no such job"));
        }
        int& left = m_jobPolls[jobId];
        if (left != 0) {
            if (left > 0)
                --left;
            return csOk(QStringLiteral("queryAsyncJobResult"),
                {{QStringLiteral("jobid"), jobId}, {QStringLiteral("jobstatus"), 0},
                    {QStringLiteral("jobprocstatus"), 0}});
        }
        QJsonObject answer = final;
        answer.insert(QStringLiteral("jobid"), jobId);
        return csOk(QStringLiteral("queryAsyncJobResult"), answer);
    });
}

QList<CsRequest> FakeCloudStack::requestsFor(const QString& command) const
{
    QList<CsRequest> found;
    for (const CsRequest& call : calls)
        if (call.command == command)
            found.append(call);
    return found;
}

FakeResponse FakeCloudStack::handle(const RecordedRequest& http)
{
    CsRequest request;
    request.http = http;
    request.params = http.method == "POST" ? servletDecode(http.body)
                                           : servletDecode(http.query.toString(QUrl::FullyEncoded).toLatin1());
    request.command = request.params.value(QStringLiteral("command"));
    calls.append(request);

    if (request.command == QLatin1String("login")) {
        ++logins;
        if (http.method != "POST" || request.params.value(QStringLiteral("password")).toUtf8() != password
            || request.params.value(QStringLiteral("username")) != userName)
            return csError(QStringLiteral("login"), 531,
                QStringLiteral("Failed to authenticate user alice in domain 1; please provide valid credentials"),
                4365); // what ApiServer answers: 531 ACCOUNT_ERROR
        sessionValid = true;
        return csOk(QStringLiteral("login"),
            {{QStringLiteral("sessionkey"), sessionKey}, {QStringLiteral("timeout"), QStringLiteral("1800")}})
            .header("Set-Cookie", cookie + "; Path=/client; HttpOnly");
    }

    if (request.params.contains(QStringLiteral("sessionkey"))) {
        if (!sessionValid || request.params.value(QStringLiteral("sessionkey")) != sessionKey
            || !http.header("cookie").contains(cookie))
            return csError(request.command, 401, QStringLiteral("unable to verify user credentials"), 9999);
    } else {
        const QString signature = request.params.value(QStringLiteral("signature"));
        if (request.params.value(QStringLiteral("apikey")) != apiKey
            || referenceSignature(request.params, secretKey) != signature.toLatin1()) {
            ++signatureFailures;
            return csError(request.command, 401,
                QStringLiteral("unable to verify user credentials and/or request signature"), 9999);
        }
        if (request.params.value(QStringLiteral("signatureversion")) == QLatin1String("3")) {
            const QString expires = request.params.value(QStringLiteral("expires"));
            // ApiServer ≤ 4.11: SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ssZ"), an RFC 822 zone right after the
            // seconds (what every version takes).
            const QDateTime when = QDateTime::fromString(expires.left(19), Qt::ISODate);
            if (expires.size() != 24 || (expires.at(19) != QLatin1Char('+') && expires.at(19) != QLatin1Char('-'))
                || !when.isValid()) {
                ++signatureFailures;
                return csError(request.command, 401, QStringLiteral("bad expires"), 9999);
            }
        }
    }
    const Handler handler = m_handlers.value(request.command);
    if (!handler)
        return csError(request.command, 432,
            QStringLiteral("The given command does not exist or it is not available for user"), 9999);
    return handler(request);
}

} // namespace ct::test

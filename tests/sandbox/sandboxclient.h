#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace ct::test {

/// One HTTP answer as the sandbox tests see it.
struct SandboxReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

/// Talks to a sandbox with QNetworkAccessManager directly (the tests must not depend on the OpenStack provider).
/// Blocks with QTest::qWaitFor, which is fine in tests.
class SandboxClient
{
public:
    explicit SandboxClient(const QString& baseUrl)
        : m_base(baseUrl)
    { }

    SandboxReply send(const QByteArray& method, const QString& pathOrUrl, const QByteArray& body = {},
        const QList<QPair<QByteArray, QByteArray>>& headers = {}, int timeoutMs = 15000);
    SandboxReply get(const QString& path, const QByteArray& token = {});
    SandboxReply postJson(const QString& path, const QJsonObject& body, const QByteArray& token = {},
        const QByteArray& microversion = {});

    /// Password auth; returns the token (empty on failure).
    QByteArray login(const QString& user, const QString& password, const QString& project);
    QString url(const QString& path) const { return path.startsWith(u'h') ? path : m_base + path; }

private:
    QString m_base;
    QNetworkAccessManager m_manager;
};

} // namespace ct::test

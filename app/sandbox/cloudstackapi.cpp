#include "cloudstackapi.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ct::sandbox::cs {

void parseForm(const QByteArray& form, Params* out)
{
    for (const QByteArray& pair : form.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(name));
        if (!out->contains(key))
            out->insert(key, QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
}

Params requestParams(const HttpRequest& request)
{
    Params params;
    parseForm(request.rawQuery, &params);
    if (request.method == "POST"
        && request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded")) {
        if (!request.bodyFile.isEmpty()) {
            QFile file(request.bodyFile);
            if (file.open(QIODevice::ReadOnly))
                parseForm(file.readAll(), &params);
        } else {
            parseForm(request.body, &params);
        }
    }
    return params;
}

QByteArray javaUrlEncode(const QString& value)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
            || c == '*' || c == '_') {
            out.append(char(c));
        } else if (c == ' ') {
            out.append('+');
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xF]);
        }
    }
    return out;
}

QByteArray unsignedRequest(const Params& params)
{
    QStringList names;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (it.key().compare(u"signature"_s, Qt::CaseInsensitive) != 0)
            names.append(it.key());
    }
    // Java's String.compareTo compares UTF-16 code units, as QString's operator< does.
    std::sort(names.begin(), names.end());
    QByteArray out;
    for (const QString& name : names) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name.toUtf8());
        out.append('=');
        out.append(javaUrlEncode(params.value(name)).replace("+", "%20"));
    }
    return out.toLower();
}

QByteArray signature(const Params& params, const QString& secretKey)
{
    return QMessageAuthenticationCode::hash(unsignedRequest(params), secretKey.toUtf8(), QCryptographicHash::Sha1)
        .toBase64();
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    int diff = a.size() ^ b.size();
    const qsizetype n = qMax(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char x = i < a.size() ? a.at(i) : 0;
        const char y = i < b.size() ? b.at(i) : 0;
        diff |= x ^ y;
    }
    return diff == 0;
}

bool parseExpires(const QString& text, qint64* ms)
{
    // DateUtil.parseTZDateString (4.19): ISO_OFFSET_DATE_TIME (+00:00), yyyy-MM-dd'T'HH:mm:ssZ (+0000),
    // ISO_INSTANT (...Z), the same with fractions of a second, and the legacy yyyy-MM-dd'T'HH:mm:ss'Z'Z
    // (Z+0000). Older servers parsed SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ssZ"), which also took GMT+00:00.
    static const QRegularExpression re(u"^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:\\.\\d{1,9})?"
                                       "(?:(Z)|(?:Z|GMT)?([+-])(\\d{2}):?(\\d{2}))$"_s);
    const QRegularExpressionMatch match = re.match(text);
    if (!match.hasMatch())
        return false;
    QDateTime time = QDateTime::fromString(match.captured(1), u"yyyy-MM-ddTHH:mm:ss"_s);
    if (!time.isValid())
        return false;
    time.setTimeZone(QTimeZone::utc());
    const int sign = match.captured(3) == u"-"_s ? -1 : 1;
    const int offsetS
        = match.captured(2).isEmpty() ? sign * (match.captured(4).toInt() * 3600 + match.captured(5).toInt() * 60) : 0;
    *ms = time.toMSecsSinceEpoch() - qint64(offsetS) * 1000;
    return true;
}

QString date(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+0000"_s;
}

QString responseName(const QString& command)
{
    static const QHash<QString, QString> special = {
        {u"getUploadParamsForTemplate"_s, u"postuploadtemplateresponse"_s},
        {u"restoreVirtualMachine"_s, u"restorevmresponse"_s},
        {u"listVMSnapshot"_s, u"listvmsnapshotresponse"_s},
    };
    if (command.isEmpty())
        return {};
    return special.value(command, command.toLower() + u"response"_s);
}

HttpResponse errorResponse(const QString& response, int code, const QString& text, int csCode)
{
    QJsonObject body {{u"uuidList"_s, QJsonArray()}, {u"errorcode"_s, code}, {u"errortext"_s, text}};
    if (csCode != 0)
        body.insert(u"cserrorcode"_s, csCode);
    HttpResponse reply
        = HttpResponse::json(code, QJsonObject {{response.isEmpty() ? u"errorresponse"_s : response, body}});
    reply.headers.clear();
    reply.header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=utf-8"));
    reply.header(QByteArrayLiteral("X-Description"), text.toUtf8());
    return reply;
}

HttpResponse ok(const QString& response, const QJsonObject& body)
{
    HttpResponse reply = HttpResponse::json(200, QJsonObject {{response, body}});
    reply.headers.clear();
    reply.header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=utf-8"));
    return reply;
}

Error missingParameter(const QString& command, const QString& name)
{
    return Error {
        431, u"Unable to execute API command %1 due to missing parameter %2"_s.arg(command.toLower(), name), 9999};
}

Error invalidId(const QString& name, const QString& value)
{
    return Error {431,
        u"Invalid parameter %1 value=%2 due to incorrect long value format, or entity does not exist or due to "
        "incorrect parameter annotation for the field in api cmd class."_s.arg(name, value),
        4350};
}

} // namespace ct::sandbox::cs

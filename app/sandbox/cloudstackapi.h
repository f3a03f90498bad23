#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

/// Helpers of the sandbox's Apache CloudStack emulation: request parameters, the request signature as
/// ApiServer.verifyRequest checks it, the server's date format and its error bodies.
namespace ct::sandbox::cs {

/// Request parameters as the servlet sees them (query string, plus an application/x-www-form-urlencoded POST
/// body), first value per name, names case-sensitive.
using Params = QHash<QString, QString>;

/// A CloudStack error on its way to the client: HTTP status = errorcode (431, 432, 530, ...).
struct Error
{
    int code = 530;
    QString text;
    int csCode = 9999; ///< cserrorcode; 0 = not rendered
};

/// Parses `a=b&c=d` as a servlet does ('+' is a space, %XX decoded as UTF-8); the first value of a name wins.
void parseForm(const QByteArray& form, Params* out);
/// Query string plus form body (POST with Content-Type application/x-www-form-urlencoded).
Params requestParams(const HttpRequest& request);

/// Java's URLEncoder.encode(value, "UTF-8"): only [A-Za-z0-9.*_-] stay, space becomes '+', bytes are %XX
/// upper-case.
QByteArray javaUrlEncode(const QString& value);
/// The string ApiServer signs: every parameter except `signature`, names sorted as Java's String.compareTo
/// (UTF-16 code units, case-sensitive), `name=URLEncoder.encode(value).replaceAll("\\+", "%20")` joined with
/// '&', lower-cased.
QByteArray unsignedRequest(const Params& params);
/// Base64(HMAC-SHA1(secretKey, unsignedRequest(params))).
QByteArray signature(const Params& params, const QString& secretKey);
/// Compares without an early exit (ConstantTimeComparator.compareStrings).
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
/// SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ssZ") parsing: the zone must be RFC 822 (+0000), +00:00 or GMT+00:00.
bool parseExpires(const QString& text, qint64* ms);

/// The server's date format for responses: 2026-11-25T10:00:00+0000.
QString date(qint64 ms);

/// The response name of `command` (the command lower-cased + "response", except where the server names it
/// differently, e.g. getUploadParamsForTemplate -> postuploadtemplateresponse). Empty for unknown commands.
QString responseName(const QString& command);
/// {"<response>":{"uuidList":[],"errorcode":..,"cserrorcode":..,"errortext":..}} with HTTP status = code.
HttpResponse errorResponse(const QString& response, int code, const QString& text, int csCode);
/// {"<response>": body} with status 200.
HttpResponse ok(const QString& response, const QJsonObject& body);

/// "Unable to execute API command <cmd> due to missing parameter <name>" (431).
Error missingParameter(const QString& command, const QString& name);
/// ParamProcessWorker's message for an id that is not a known resource (431, cserrorcode 4350).
Error invalidId(const QString& name, const QString& value);

} // namespace ct::sandbox::cs

#pragma once

#include "net/apirequest.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ct::openstack {

/// The JSON object an OpenStack API answered with. Anything else (an empty body, malformed JSON, an HTML
/// page from a proxy that answered 200) becomes an UnexpectedResponse error that names the cloud, the
/// service and the action, instead of an empty object that would read as "no servers".
Result<QJsonObject> parseJsonObject(
    const ApiReply& reply, const QString& cloudName, const QString& service, const QString& action);

/// Date-times as OpenStack writes them: "2017-02-14T19:24:42Z", "2015-11-07T02:58:43.578887Z",
/// "2017-02-14T19:24:43.891568" (no zone: UTC). Invalid QDateTime for null or unreadable values.
QDateTime parseOpenStackTime(const QString& text);

} // namespace ct::openstack

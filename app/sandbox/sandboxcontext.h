#pragma once

#include "sandboxstore.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ct::sandbox {

/// What the service emulators share: the state, the public base URL and the timing knobs.
struct SandboxContext
{
    SandboxStore* store = nullptr;
    QString baseUrl; ///< http://127.0.0.1:PORT
    int buildDelayMs = 1500; ///< BUILD -> ACTIVE
    int actionDelayMs = 500; ///< stop/start/reboot/resize/snapshot/volume transitions
    int tokenLifetimeS = 3600;
    int instanceQuota = 0; ///< servers per project (Nova's "instances" quota); 0 = unlimited
    QStringList unavailableZones; ///< availability zones listed as not available (all their hosts disabled)
    qint64 tokensValidAfterMs = 0; ///< expire_tokens fault: tokens issued at or before this are expired
};

/// The caller's validated Keystone token (a `tokens` store object: user_id, user_name, project_id,
/// project_name, ...).
using AuthContext = QJsonObject;

} // namespace ct::sandbox

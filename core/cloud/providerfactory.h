#pragma once

#include "cloud/cloudaccount.h"
#include "cloud/cloudprovider.h"
#include "net/apisession.h"
#include "util/result.h"

#include <QByteArray>
#include <QObject>

namespace ct {

/// Makes the provider for an account. `secret` is the password, application-credential secret or
/// CloudStack secret key, read from UserSecrets by the caller; it stays in memory only.
/// Fails with a clear message for an incomplete account or an unreadable CA bundle.
Result<CloudProvider*> createProvider(
    const CloudAccount& account, const QByteArray& secret, QObject* parent, const HttpPolicy& policy = {});

} // namespace ct

#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ct::sandbox {

/// Faults the sandbox injects, switchable at run time (`PUT /_sandbox/faults` or SandboxCloud::setFaults).
/// Rates are applied deterministically (request n fails when floor(n*rate) grows), so tests are repeatable.
struct SandboxFaults
{
    int latencyMs = 0; ///< added before every answer
    double errorRate = 0.0; ///< share of requests answered with `errorStatus` (in the service's error shape)
    int errorStatus = 503;
    int rateLimitEvery = 0; ///< every N-th request gets 429 with Retry-After (0 = off)
    int retryAfterS = 1;
    bool expireTokens = false; ///< every token issued before this was set answers 401
    double dropConnections = 0.0; ///< share of requests whose connection is closed without an answer
    QStringList down; ///< services answering 503 with an HTML proxy page
    QStringList services; ///< services that latency/error/rate-limit/drop apply to; empty = all

    static SandboxFaults fromJson(const QJsonObject& object, QString* error);
    QJsonObject toJson() const;
    bool appliesTo(const QString& service) const { return services.isEmpty() || services.contains(service); }
};

} // namespace ct::sandbox

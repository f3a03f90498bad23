#pragma once

#include "cloud/cloudaccount.h"
#include "store/database.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ct {

/// Something that happened, shown on the Activity page (newest first).
struct ActivityEvent
{
    enum class Severity
    {
        Info,
        Warning,
        Error
    };

    QString id;
    QDateTime at;
    Severity severity = Severity::Info;
    QString kind; ///< machine-readable, e.g. "account.signed_in"
    QString message; ///< already translated for the person who caused it
};

/// A CloudStack async job CloudTwin started and has not seen finish (CLOUD-FACTS §2 #4: never read a lost
/// wait as "failed" without looking the job up).
struct CloudJob
{
    QString cloudId;
    QString jobId;
    QString command; ///< e.g. deployVirtualMachine
    QString resourceId; ///< the new resource's id, when the cloud gave one with the job id
    QDateTime started;
};

/// Everything one signed-in user owns in the database. Every statement here filters on the owner the
/// object was made for, so no caller can forget it; there is no way to reach another user's rows.
/// Made only by AccountService after a successful sign-in.
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(UserStore)

public:
    UserStore(Database& database, QString ownerId);

    const QString& ownerId() const { return m_ownerId; }
    /// For owner-scoped stores of other modules (the create journal), which filter on ownerId() themselves.
    Database& database() { return m_db; }

    // Per-user settings (language override, table layouts, ...).
    Result<QString> setting(const QString& name, const QString& fallback = {});
    Status setSetting(const QString& name, const QString& value);
    Status removeSetting(const QString& name);
    Result<QStringList> settingNames();

    // Activity.
    Result<ActivityEvent> addEvent(ActivityEvent::Severity severity, const QString& kind, const QString& message,
        const QDateTime& at = QDateTime::currentDateTimeUtc());
    Result<QList<ActivityEvent>> events(int limit = 500);
    Result<ActivityEvent> event(const QString& id);
    Status removeEvent(const QString& id);
    Status clearEvents();

    // Cloud accounts (without their secrets).
    Result<CloudAccount> addCloud(CloudAccount account); ///< assigns id and created; the name must be new
    Result<QList<CloudAccount>> clouds();
    Result<CloudAccount> cloud(const QString& id);
    Result<CloudAccount> cloudByName(const QString& name);
    Status updateCloud(const CloudAccount& account); ///< by id; renaming to a taken name fails
    Status removeCloud(const QString& id);

    // Async jobs still running in a cloud (kept from when the cloud accepts them until they end).
    Status rememberCloudJob(const CloudJob& job); ///< a job already remembered is left as it is
    Status forgetCloudJob(const QString& cloudId, const QString& jobId); ///< forgetting an unknown job is fine
    Result<QList<CloudJob>> cloudJobs(const QString& cloudId = {}); ///< oldest first; empty id = every cloud

private:
    Database& m_db;
    QString m_ownerId;
};

} // namespace ct

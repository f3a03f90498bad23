#pragma once

#include "cloud/cloudprovider.h"
#include "deploy/deployjob.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>

#include <functional>

namespace ct::deploy {

/// At start-up: every create the journal shows as still applying was interrupted (CloudTwin was killed or the
/// machine went down; creates another process is running now hold their pair's lock and are left alone). Each is rolled
/// back — what it made is found by name or by the pair's tags and removed — so no orphan VM is left and no record
/// claims a VM that does not exist.
class Recovery : public QObject
{
    Q_OBJECT

public:
    using ProviderSource = std::function<QFuture<Result<CloudProvider*>>(const QString& accountId)>;

    Recovery(JournalRunner journal, ProviderSource providers, QObject* parent = nullptr);

    void start();

signals:
    /// One interrupted create was dealt with; `message` says what happened, in plain words.
    void recovered(const QString& name, const QString& message, bool clean);
    /// All done (also when there was nothing to do); `interrupted` creates were found.
    void finished(int interrupted);

private:
    struct Pending;
    void recoverNext();

    JournalRunner m_journal;
    ProviderSource m_providers;
    QList<std::shared_ptr<Pending>> m_pending;
    int m_found = 0;
};

} // namespace ct::deploy

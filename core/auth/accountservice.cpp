#include "auth/accountservice.h"

#include "auth/credentialrules.h"
#include "logging/logging.h"
#include "secrets/vault.h"

#include <QFile>
#include <QUuid>

#include <algorithm>

namespace ct {

namespace {

Error wrongCredentials()
{
    return makeError(
        ErrorCode::WrongPassword, AccountService::tr("Wrong user name or password. Check both and try again."));
}

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

} // namespace

AccountService::AccountService(Database& database, Options options)
    : m_db(database)
    , m_options(std::move(options))
{ }

QDateTime AccountService::now() const { return m_options.clock ? m_options.clock->now() : m_systemClock.now(); }

QString AccountService::vaultPath(const QString& userId) const
{
    return m_options.secretsDir + QLatin1Char('/') + userId + QStringLiteral(".vault");
}

Result<AccountService::UserRow> AccountService::findUser(const QString& name)
{
    auto query = m_db.exec(tr("look up the user"),
        QStringLiteral("SELECT id, name, password_hash, failed_logins, locked_until FROM users"
                       " WHERE name = :n"),
        {{":n", name}});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, tr("There is no user named %1.").arg(name));
    UserRow row;
    row.id = query->value(0).toString();
    row.name = query->value(1).toString();
    row.passwordHash = query->value(2).toString().toLatin1();
    row.failedLogins = query->value(3).toInt();
    row.lockedUntilMs = query->value(4).toLongLong();
    return row;
}

Result<bool> AccountService::userExists(const QString& name)
{
    auto row = findUser(name);
    if (row)
        return true;
    if (row.error().code == ErrorCode::NotFound)
        return false;
    return row.error();
}

Result<bool> AccountService::hasUsers()
{
    auto query = m_db.exec(tr("count the users"), QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!query)
        return query.error();
    return query->next() && query->value(0).toLongLong() > 0;
}

Result<crypto::KeyPtr> AccountService::openOrCreateVault(const QString& userId, const QString& password)
{
    const QString path = vaultPath(userId);
    if (!QFile::exists(path))
        return Vault::create(path, password, m_options.cost);
    return Vault::unlock(path, password);
}

Result<SignedInUser> AccountService::signUp(const QString& name, const QString& password)
{
    if (const QString problem = CredentialRules::userNameProblem(name); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    const auto verdict = CredentialRules::assessPassword(password, name);
    if (!verdict.acceptable)
        return makeError(ErrorCode::InvalidInput, tr("Password: %1").arg(verdict.advice));
    auto exists = userExists(name);
    if (!exists)
        return exists.error();
    if (exists.value())
        return makeError(ErrorCode::AlreadyExists,
            tr("The user name %1 is taken. Choose another one, or sign in if it is yours.").arg(name));

    const QByteArray hash = crypto::hashPassword(password, m_options.cost);
    if (hash.isEmpty())
        return makeError(ErrorCode::Internal, tr("Could not hash the password (out of memory?). Try again."));

    SignedInUser user {newId(), name, nullptr};
    auto vaultKey = Vault::create(vaultPath(user.id), password, m_options.cost);
    if (!vaultKey)
        return vaultKey.error();
    user.vaultKey = vaultKey.value();

    auto inserted = m_db.exec(tr("create the user"),
        QStringLiteral("INSERT INTO users (id, name, password_hash, created_at) VALUES (:id, :n, "
                       ":h, :t)"),
        {{":id", user.id}, {":n", name}, {":h", QString::fromLatin1(hash)}, {":t", now().toMSecsSinceEpoch()}});
    if (!inserted) {
        QFile::remove(vaultPath(user.id));
        // Two sign-ups racing for the same name: the UNIQUE constraint decides.
        auto again = userExists(name);
        if (again && again.value())
            return makeError(ErrorCode::AlreadyExists,
                tr("The user name %1 is taken. Choose another one, or sign in if it is yours.").arg(name));
        return inserted.error();
    }
    qCInfo(lcAuth) << "user created:" << name;
    return user;
}

Status AccountService::recordFailure(const UserRow& row)
{
    const int failures = row.failedLogins + 1;
    qint64 lockedUntil = 0;
    if (failures >= kFreeAttempts) {
        // 1 s after the third wrong password, then doubling, capped at five minutes.
        const int exponent = std::min(failures - kFreeAttempts, 16);
        const qint64 delay = std::min<qint64>(qint64(1) << exponent, kMaxDelaySeconds);
        lockedUntil = now().addSecs(delay).toMSecsSinceEpoch();
    }
    auto updated = m_db.exec(tr("record a failed sign-in"),
        QStringLiteral("UPDATE users SET failed_logins = :f, locked_until = :l WHERE id = :id"),
        {{":f", failures}, {":l", lockedUntil}, {":id", row.id}});
    if (!updated)
        return updated.error();
    return {};
}

Result<SignedInUser> AccountService::logIn(const QString& name, const QString& password)
{
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Enter your user name."));
    if (password.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Enter your password."));
    auto row = findUser(name);
    if (!row) {
        if (row.error().code == ErrorCode::NotFound)
            return wrongCredentials();
        return row.error();
    }
    const qint64 nowMs = now().toMSecsSinceEpoch();
    if (row->lockedUntilMs > nowMs) {
        const qint64 seconds = (row->lockedUntilMs - nowMs + 999) / 1000;
        return makeError(ErrorCode::Throttled,
            tr("Too many wrong passwords for %1. Wait %n second(s) and try again.", nullptr, static_cast<int>(seconds))
                .arg(name));
    }
    if (!crypto::verifyPassword(row->passwordHash, password)) {
        qCInfo(lcAuth) << "wrong password for" << name << "attempt" << row->failedLogins + 1;
        if (auto status = recordFailure(row.value()); !status)
            return status.error();
        return wrongCredentials();
    }
    if (row->failedLogins != 0) {
        auto reset = m_db.exec(tr("reset the sign-in counter"),
            QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = :id"), {{":id", row->id}});
        if (!reset)
            return reset.error();
    }
    auto vaultKey = openOrCreateVault(row->id, password);
    if (!vaultKey)
        return vaultKey.error();
    qCInfo(lcAuth) << "signed in:" << name;
    return SignedInUser {row->id, row->name, vaultKey.value()};
}

Status AccountService::confirmPassword(const SignedInUser& user, const QString& password)
{
    auto row = findUser(user.name);
    if (!row)
        return row.error();
    if (row->id != user.id || !crypto::verifyPassword(row->passwordHash, password))
        return makeError(ErrorCode::WrongPassword, tr("The password is wrong."));
    return {};
}

Status AccountService::changePassword(
    const SignedInUser& user, const QString& currentPassword, const QString& newPassword)
{
    if (auto status = confirmPassword(user, currentPassword); !status)
        return makeError(ErrorCode::WrongPassword, tr("The current password is wrong. Nothing was changed."));
    const auto verdict = CredentialRules::assessPassword(newPassword, user.name);
    if (!verdict.acceptable)
        return makeError(ErrorCode::InvalidInput, tr("New password: %1").arg(verdict.advice));
    if (newPassword == currentPassword)
        return makeError(ErrorCode::InvalidInput, tr("The new password is the same as the current one."));
    const QByteArray hash = crypto::hashPassword(newPassword, m_options.cost);
    if (hash.isEmpty())
        return makeError(ErrorCode::Internal, tr("Could not hash the password (out of memory?). Try again."));

    // Re-wrap the vault key first: if the database update then fails, the old password still opens the
    // database but not the vault — so on failure we wrap it back.
    if (auto status = Vault::rewrap(vaultPath(user.id), user.vaultKey, newPassword, m_options.cost); !status)
        return status;
    auto updated
        = m_db.exec(tr("change the password"), QStringLiteral("UPDATE users SET password_hash = :h WHERE id = :id"),
            {{":h", QString::fromLatin1(hash)}, {":id", user.id}});
    if (!updated) {
        auto restored = Vault::rewrap(vaultPath(user.id), user.vaultKey, currentPassword, m_options.cost);
        if (!restored)
            qCWarning(lcAuth) << "could not restore the vault wrapping after a failed password change";
        return updated.error();
    }
    qCInfo(lcAuth) << "password changed for" << user.name;
    return {};
}

Status AccountService::deleteAccount(const SignedInUser& user, const QString& password)
{
    if (auto status = confirmPassword(user, password); !status)
        return makeError(ErrorCode::WrongPassword, tr("The password is wrong. The account was not deleted."));
    auto deleted = m_db.transaction(tr("delete the account"), [&]() -> Status {
        // Explicit deletes as well as ON DELETE CASCADE: MariaDB and old SQLite files may lack the cascade.
        for (const char* table : {"clouds", "sessions", "events", "user_settings"}) {
            auto removed = m_db.exec(tr("delete the account"),
                QStringLiteral("DELETE FROM %1 WHERE owner_id = :o").arg(QLatin1String(table)), {{":o", user.id}});
            if (!removed)
                return removed.error();
        }
        auto removed = m_db.exec(
            tr("delete the account"), QStringLiteral("DELETE FROM users WHERE id = :id"), {{":id", user.id}});
        if (!removed)
            return removed.error();
        return {};
    });
    if (!deleted)
        return deleted;
    if (QFile::exists(vaultPath(user.id)) && !QFile::remove(vaultPath(user.id)))
        qCWarning(lcAuth) << "could not remove the vault file of a deleted account";
    qCInfo(lcAuth) << "account deleted:" << user.name;
    return {};
}

std::unique_ptr<UserStore> AccountService::storeFor(const SignedInUser& user)
{
    return std::make_unique<UserStore>(m_db, user.id);
}

Result<SessionTicket> AccountService::openSession(const SignedInUser& user)
{
    SessionTicket ticket {newId(), crypto::randomBytes(32)};
    const auto wrapKey = crypto::deriveKeyFromToken(ticket.token, QByteArrayLiteral("cloudtwin-session-wrap"));
    const QByteArray raw(reinterpret_cast<const char*>(user.vaultKey->bytes().data()),
        static_cast<qsizetype>(user.vaultKey->bytes().size()));
    auto inserted = m_db.exec(tr("start a session"),
        QStringLiteral("INSERT INTO sessions (id, owner_id, token_hash, wrapped_key, created_at)"
                       " VALUES (:id, :o, :h, :w, :t)"),
        {{":id", ticket.id}, {":o", user.id}, {":h", QString::fromLatin1(crypto::tokenDigest(ticket.token))},
            {":w", QString::fromLatin1(crypto::seal(*wrapKey, raw).toBase64())}, {":t", now().toMSecsSinceEpoch()}});
    if (!inserted)
        return inserted.error();
    return ticket;
}

Result<SignedInUser> AccountService::resumeSession(const SessionTicket& ticket)
{
    auto query = m_db.exec(tr("resume the session"),
        QStringLiteral("SELECT s.token_hash, s.wrapped_key, u.id, u.name FROM sessions s"
                       " JOIN users u ON u.id = s.owner_id WHERE s.id = :id"),
        {{":id", ticket.id}});
    if (!query)
        return query.error();
    if (!query->next() || !crypto::equal(query->value(0).toString().toLatin1(), crypto::tokenDigest(ticket.token)))
        return makeError(ErrorCode::NotLoggedIn, tr("The session has ended. Sign in again."));
    const auto wrapKey = crypto::deriveKeyFromToken(ticket.token, QByteArrayLiteral("cloudtwin-session-wrap"));
    auto raw = crypto::open(*wrapKey, QByteArray::fromBase64(query->value(1).toString().toLatin1()));
    if (!raw)
        return makeError(ErrorCode::NotLoggedIn, tr("The session is damaged. Sign in again."));
    return SignedInUser {
        query->value(2).toString(), query->value(3).toString(), crypto::SecretKey::fromBytes(raw.value())};
}

Status AccountService::closeSession(const QString& sessionId)
{
    auto removed
        = m_db.exec(tr("end the session"), QStringLiteral("DELETE FROM sessions WHERE id = :id"), {{":id", sessionId}});
    if (!removed)
        return removed.error();
    return {};
}

} // namespace ct

#include "store/migrations.h"

namespace ct {

std::vector<Migration> schemaMigrations(DatabaseUrl::Kind kind)
{
    // Portable column types only: ids are UUID text made by the app (no auto-increment dialects),
    // times are milliseconds since the epoch in BIGINT. MariaDB needs bounded VARCHAR for keys.
    const QString tableSuffix = kind == DatabaseUrl::Kind::MySql
        ? QStringLiteral(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin")
        : QString();
    auto table = [&](const QString& body) { return body + tableSuffix; };

    std::vector<Migration> steps;
    steps.push_back({1, "users, their settings, activity events and CLI sessions",
        {
            table(QStringLiteral("CREATE TABLE users ("
                                 " id VARCHAR(36) NOT NULL PRIMARY KEY,"
                                 " name VARCHAR(64) NOT NULL UNIQUE,"
                                 " password_hash VARCHAR(255) NOT NULL,"
                                 " created_at BIGINT NOT NULL,"
                                 " failed_logins INTEGER NOT NULL DEFAULT 0,"
                                 " locked_until BIGINT NOT NULL DEFAULT 0)")),
            table(QStringLiteral("CREATE TABLE user_settings ("
                                 " owner_id VARCHAR(36) NOT NULL,"
                                 " name VARCHAR(128) NOT NULL,"
                                 " value TEXT NOT NULL,"
                                 " PRIMARY KEY (owner_id, name),"
                                 " FOREIGN KEY (owner_id) REFERENCES users(id) ON DELETE CASCADE)")),
            table(QStringLiteral("CREATE TABLE events ("
                                 " id VARCHAR(36) NOT NULL PRIMARY KEY,"
                                 " owner_id VARCHAR(36) NOT NULL,"
                                 " at_ms BIGINT NOT NULL,"
                                 " severity VARCHAR(16) NOT NULL,"
                                 " kind VARCHAR(64) NOT NULL,"
                                 " message TEXT NOT NULL,"
                                 " FOREIGN KEY (owner_id) REFERENCES users(id) ON DELETE CASCADE)")),
            QStringLiteral("CREATE INDEX events_by_owner_time ON events (owner_id, at_ms)"),
            table(QStringLiteral("CREATE TABLE sessions ("
                                 " id VARCHAR(36) NOT NULL PRIMARY KEY,"
                                 " owner_id VARCHAR(36) NOT NULL,"
                                 " token_hash VARCHAR(128) NOT NULL,"
                                 " wrapped_key TEXT NOT NULL,"
                                 " created_at BIGINT NOT NULL,"
                                 " FOREIGN KEY (owner_id) REFERENCES users(id) ON DELETE CASCADE)")),
        }});
    steps.push_back({2, "cloud accounts (secrets stay in the keychain or the encrypted file)",
        {
            table(QStringLiteral("CREATE TABLE clouds ("
                                 " id VARCHAR(36) NOT NULL PRIMARY KEY,"
                                 " owner_id VARCHAR(36) NOT NULL,"
                                 " name VARCHAR(128) NOT NULL,"
                                 " kind VARCHAR(16) NOT NULL,"
                                 " settings TEXT NOT NULL,"
                                 " created_at BIGINT NOT NULL,"
                                 " UNIQUE (owner_id, name),"
                                 " FOREIGN KEY (owner_id) REFERENCES users(id) ON DELETE CASCADE)")),
        }});
    return steps;
}

} // namespace ct

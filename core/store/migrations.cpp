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
    steps.push_back({3, "CloudStack async jobs still running, so a restart can look them up again",
        {
            table(QStringLiteral("CREATE TABLE cloud_jobs ("
                                 " owner_id VARCHAR(36) NOT NULL,"
                                 " cloud_id VARCHAR(36) NOT NULL,"
                                 " job_id VARCHAR(64) NOT NULL,"
                                 " command VARCHAR(64) NOT NULL,"
                                 " resource_id VARCHAR(64) NOT NULL,"
                                 " started_at BIGINT NOT NULL,"
                                 " PRIMARY KEY (cloud_id, job_id),"
                                 " FOREIGN KEY (owner_id) REFERENCES users(id) ON DELETE CASCADE,"
                                 " FOREIGN KEY (cloud_id) REFERENCES clouds(id) ON DELETE CASCADE)")),
        }});
    steps.push_back({4, "the create journal: one row per apply, one per step, and the VM pairs it made",
        {
            table(QStringLiteral("CREATE TABLE deployments ("
                                 " id VARCHAR(36) NOT NULL PRIMARY KEY,"
                                 " owner_id VARCHAR(36) NOT NULL,"
                                 " pair_id VARCHAR(36) NOT NULL,"
                                 " name VARCHAR(64) NOT NULL,"
                                 " main_cloud_id VARCHAR(36) NOT NULL,"
                                 " twin_cloud_id VARCHAR(36) NOT NULL,"
                                 " spec TEXT NOT NULL,"
                                 " state VARCHAR(16) NOT NULL,"
                                 " message TEXT NOT NULL,"
                                 " created_at BIGINT NOT NULL,"
                                 " updated_at BIGINT NOT NULL,"
                                 " FOREIGN KEY (owner_id) REFERENCES users(id) ON DELETE CASCADE)")),
            QStringLiteral("CREATE INDEX deployments_by_owner_state ON deployments (owner_id, state)"),
            table(QStringLiteral("CREATE TABLE deploy_steps ("
                                 " deployment_id VARCHAR(36) NOT NULL,"
                                 " owner_id VARCHAR(36) NOT NULL,"
                                 " seq INTEGER NOT NULL,"
                                 " side VARCHAR(8) NOT NULL,"
                                 " kind VARCHAR(32) NOT NULL,"
                                 " resource_name VARCHAR(255) NOT NULL,"
                                 " title TEXT NOT NULL,"
                                 " state VARCHAR(16) NOT NULL,"
                                 " resource_id VARCHAR(255) NOT NULL,"
                                 " detail TEXT NOT NULL,"
                                 " updated_at BIGINT NOT NULL,"
                                 " PRIMARY KEY (deployment_id, seq),"
                                 " FOREIGN KEY (owner_id) REFERENCES users(id) ON DELETE CASCADE,"
                                 " FOREIGN KEY (deployment_id) REFERENCES deployments(id) ON DELETE CASCADE)")),
            table(QStringLiteral("CREATE TABLE vm_pairs ("
                                 " id VARCHAR(36) NOT NULL PRIMARY KEY,"
                                 " owner_id VARCHAR(36) NOT NULL,"
                                 " name VARCHAR(64) NOT NULL,"
                                 " spec TEXT NOT NULL,"
                                 " main_cloud_id VARCHAR(36) NOT NULL,"
                                 " main_server_id VARCHAR(255) NOT NULL,"
                                 " twin_cloud_id VARCHAR(36) NOT NULL,"
                                 " twin_server_id VARCHAR(255) NOT NULL,"
                                 " created_at BIGINT NOT NULL,"
                                 " UNIQUE (owner_id, name),"
                                 " FOREIGN KEY (owner_id) REFERENCES users(id) ON DELETE CASCADE)")),
        }});
    return steps;
}

} // namespace ct

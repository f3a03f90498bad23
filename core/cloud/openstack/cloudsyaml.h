#pragma once

#include "cloud/cloudaccount.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct::openstack {

/// One cloud read from clouds.yaml (+ secure.yaml) or the OS_* environment, ready to be stored.
struct ImportedCloud
{
    CloudAccount account; ///< no id yet; name = the clouds.yaml key ("envvars" for the environment)
    QByteArray secret; ///< password or application_credential_secret; empty when the files have none
    QString source; ///< the file it came from, or "environment"
    /// Things the user should know that did not stop the import (missing password, missing CA file, ...).
    QStringList notes;

    bool needsSecret() const { return secret.isEmpty(); }
};

/// What one import found: the clouds that can be stored and, per cloud that could not, why.
struct CloudsYamlImport
{
    QString file; ///< the clouds.yaml that was read; empty when only the environment was used
    QString secureFile; ///< the secure.yaml merged over it, if any
    QList<ImportedCloud> clouds;
    /// One message per problem, naming the file, the line, the cloud and the key. Never contains a secret.
    QStringList problems;
};

/// Reads OpenStack client configuration the way openstacksdk does (CLOUD-FACTS §3.5): the first clouds.yaml
/// found in the search path, secure.yaml merged over it, and the OS_* environment as an extra cloud named
/// "envvars". Secrets stay in ImportedCloud::secret and never appear in a message or log line.
class CloudsYaml
{
    Q_DECLARE_TR_FUNCTIONS(CloudsYaml)

public:
    /// Where to look; system() describes this process. Tests point everything at temporary folders.
    struct Environment
    {
        QProcessEnvironment variables;
        QString currentDir;
        /// System-wide folders searched last (default: /etc/openstack on Unix, %PROGRAMDATA% on Windows).
        QStringList siteDirs;

        static Environment system();
    };

    /// The candidate clouds.yaml paths in search order (OS_CLIENT_CONFIG_FILE first); the first that exists
    /// wins.
    static QStringList searchPaths(const Environment& environment);
    /// The candidate secure.yaml paths (OS_CLIENT_SECURE_FILE first, then the same folders).
    static QStringList securePaths(const Environment& environment);

    /// Finds and reads clouds.yaml + secure.yaml and adds the "envvars" cloud when OS_AUTH_URL or friends are
    /// set. `explicitFile` (from --clouds-yaml) replaces the search; then only a secure.yaml beside it (or
    /// OS_CLIENT_SECURE_FILE) is merged and the environment is not read. Fails when the file cannot be read
    /// or is not valid YAML, or when nothing at all was found.
    static Result<CloudsYamlImport> load(
        const QString& explicitFile = {}, const Environment& environment = Environment::system());

    /// Parses file contents (already read). `secure` may be empty. Fails only for malformed YAML or a file
    /// without a `clouds:` map; problems with single clouds go to CloudsYamlImport::problems.
    static Result<CloudsYamlImport> parse(const QByteArray& clouds, const QString& cloudsName,
        const QByteArray& secure = {}, const QString& secureName = {});

    /// The "envvars" cloud from OS_* variables, or nothing when none of them is set. Problems are appended.
    static std::optional<ImportedCloud> fromEnvironment(const QProcessEnvironment& variables, QStringList* problems);
};

} // namespace ct::openstack

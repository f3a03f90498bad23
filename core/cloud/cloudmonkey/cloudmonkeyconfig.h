#pragma once

#include "cloud/cloudaccount.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ct::cloudmonkey {

/// One CloudMonkey profile, ready to be stored as a CloudStack account.
///
/// The account uses one of two sign-in modes, told apart by CloudAccount::apiKey:
/// - apiKey set: requests are signed with the API key and the secret key (the secret);
/// - apiKey empty: CloudTwin logs in with userName, domain and the password (the secret).
struct ImportedProfile
{
    CloudAccount account; ///< kind CloudStack, no id yet; name = the profile's section name
    QByteArray secret; ///< the secret key or the password; never written to a message or log line
    QString source; ///< "FILE, profile NAME": where it came from, for the activity log
    /// Things the user should know that did not stop the import (certificate checks off, keys preferred, ...).
    QStringList notes;

    bool usesApiKey() const { return !account.apiKey.isEmpty(); }
};

/// What one read of a CloudMonkey config found.
struct CloudMonkeyImport
{
    QString file; ///< the config file that was read
    QString activeProfile; ///< `profile = …` of the config (the one cmk uses now); may be empty
    QList<ImportedProfile> profiles; ///< the profiles that can be stored, in file order
    /// One message per profile that cannot be imported, naming the file, the line, the profile and the field,
    /// and saying how to fix it. Never contains a secret.
    QStringList problems;
    /// Every profile section in file order, including the ones that have problems.
    QStringList profileNames;
};

/// Reads the configuration of CloudMonkey (`cmk`), the CloudStack command line: `~/.cmk/config` for cmk 6,
/// or `~/.cloudmonkey/config` of the older Python cloudmonkey 5. Both are INI files:
///
///     prompt = 🐵              ; cmk 6 keeps its own settings before the first section
///     profile = prod           ; (cloudmonkey 5 puts them in [core] and [ui])
///     verifycert = true
///     [prod]
///     url = https://cloud.example.com/client/api
///     apikey = …
///     secretkey = …
///     [lab]
///     url = http://10.0.0.5:8080/client/api
///     username = admin
///     password = …
///     domain = /
///
/// Every section other than [core], [ui] and [DEFAULT] is a profile. Secrets stay in
/// ImportedProfile::secret.
class CloudMonkeyConfig
{
    Q_DECLARE_TR_FUNCTIONS(CloudMonkeyConfig)

public:
    /// `~/.cmk/config`, where cmk 6 keeps its configuration.
    static QString defaultPath();

    /// Reads and parses `file` (default: defaultPath()). Fails with a message naming the file when it does
    /// not exist, cannot be read, is not an INI file or has no profile at all; problems with single profiles
    /// go to CloudMonkeyImport::problems.
    static Result<CloudMonkeyImport> load(const QString& file = {});

    /// Parses file contents already read; `fileName` is used in messages only.
    static Result<CloudMonkeyImport> parse(const QByteArray& contents, const QString& fileName);
};

} // namespace ct::cloudmonkey

#include "cloud/cloudmonkey/cloudmonkeyconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QUrl>

#include <optional>

namespace ct::cloudmonkey {

namespace {

// Why not QSettings(IniFormat): it would change the very values we import. It reads `%` sequences and
// backslashes in keys and values as escapes, splits an unquoted value with a comma into a QStringList, ends
// a value at a `;` and keeps a special [General] section. A secret key or password can contain any of those.
// cmk reads the file with go-ini (LoadOptions{IgnoreInlineComment: true}), cloudmonkey 5 with Python's
// ConfigParser; the small parser below follows them: `#` / `;` comment lines, `[section]`, `key = value` or
// `key: value` split at the first `=` or `:`, surrounding whitespace trimmed, a value wrapped in "…" or `…`
// unwrapped, nothing inside a value is a comment or an escape, and a later key or section of the same name
// adds to (and overrides) the earlier one.

constexpr qint64 kMaxFileSize = 1024 * 1024;

struct Entry
{
    QString value;
    int line = 0;
};

struct Section
{
    QString name;
    int line = 0; ///< of its first [name] header; 0 for the keys before any header
    QList<std::pair<QString, Entry>> keys;

    const Entry* find(const QString& key) const
    {
        const Entry* found = nullptr;
        for (const auto& [name, entry] : keys) {
            if (name == key)
                found = &entry; // the last one wins
        }
        return found;
    }
    QString value(const QString& key) const
    {
        const Entry* entry = find(key);
        return entry ? entry->value : QString();
    }
};

/// Sections that hold CloudMonkey's own settings rather than a server profile.
bool isSettingsSection(const QString& name)
{
    return name.isEmpty() || name == QLatin1String("DEFAULT") || name == QLatin1String("core")
        || name == QLatin1String("ui");
}

QString unquote(QString value)
{
    if (value.size() >= 6 && value.startsWith(QLatin1String("\"\"\"")) && value.endsWith(QLatin1String("\"\"\"")))
        return value.mid(3, value.size() - 6);
    if (value.size() >= 2 && value.front() == value.back()
        && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('`')))
        return value.mid(1, value.size() - 2);
    return value;
}

std::optional<bool> parseBool(const QString& text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("on")
        || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("no") || value == QLatin1String("off")
        || value == QLatin1String("0"))
        return false;
    return std::nullopt;
}

bool isLoopback(const QUrl& url)
{
    return url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
}

} // namespace

QString CloudMonkeyConfig::defaultPath() { return QDir::home().filePath(QStringLiteral(".cmk/config")); }

Result<CloudMonkeyImport> CloudMonkeyConfig::load(const QString& file)
{
    const QString path = file.isEmpty() ? defaultPath() : file;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound,
            tr("The CloudMonkey config file %1 does not exist. Choose the file your cmk uses (cmk keeps it in "
               "~/.cmk/config; the older cloudmonkey in ~/.cloudmonkey/config), or set up a profile in cmk first.")
                .arg(shown));
    if (info.isDir())
        return makeError(
            ErrorCode::InvalidInput, tr("%1 is a folder. Choose the CloudMonkey config file inside it.").arg(shown));
    if (info.size() > kMaxFileSize)
        return makeError(ErrorCode::InvalidInput,
            tr("%1 is larger than 1 MB, so it is not a CloudMonkey config file. Choose the file cmk uses "
               "(~/.cmk/config).")
                .arg(shown));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
            tr("Cannot read the CloudMonkey config file %1: %2. Check that it belongs to you and is readable.")
                .arg(shown, in.errorString()));
    const QByteArray contents = in.read(kMaxFileSize + 1);
    if (in.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io,
            tr("Cannot read the CloudMonkey config file %1: %2. Check that it belongs to you and is readable.")
                .arg(shown, in.errorString()));
    auto parsed = parse(contents, path);
    if (parsed)
        parsed->file = path;
    return parsed;
}

Result<CloudMonkeyImport> CloudMonkeyConfig::parse(const QByteArray& contents, const QString& fileName)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    if (contents.contains('\0'))
        return makeError(ErrorCode::InvalidInput,
            tr("%1 is not a text file, so it is not a CloudMonkey config. Choose the file cmk uses "
               "(~/.cmk/config).")
                .arg(shown));

    // --- split into sections ---------------------------------------------------------------------------
    QList<Section> sections {Section {}};
    qsizetype current = 0;
    QString text = QString::fromUtf8(contents);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = static_cast<int>(i + 1);
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')) || line.size() < 3 || line.mid(1, line.size() - 2).trimmed().isEmpty())
                return makeError(ErrorCode::InvalidInput,
                    tr("%1 line %2: “%3” is not a section header. A profile starts with its name in "
                       "brackets, e.g. [mycloud]. Fix the line and import again.")
                        .arg(shown)
                        .arg(lineNumber)
                        .arg(line.left(60)));
            const QString name = line.mid(1, line.size() - 2).trimmed();
            current = -1;
            for (qsizetype s = 0; s < sections.size(); ++s) {
                if (sections.at(s).name == name && s != 0)
                    current = s;
            }
            if (current < 0) {
                sections.append(Section {name, lineNumber, {}});
                current = sections.size() - 1;
            }
            continue;
        }
        qsizetype delimiter = -1;
        for (qsizetype c = 0; c < line.size() && delimiter < 0; ++c) {
            if (line.at(c) == QLatin1Char('=') || line.at(c) == QLatin1Char(':'))
                delimiter = c;
        }
        if (delimiter <= 0) {
            // Do not quote the line: it may be a stray secret.
            return makeError(ErrorCode::InvalidInput,
                tr("%1 line %2 is neither “key = value”, a [profile] header nor a comment. Fix or "
                   "remove the line and import again.")
                    .arg(shown)
                    .arg(lineNumber));
        }
        const QString key = line.left(delimiter).trimmed().toLower();
        const QString value = unquote(line.mid(delimiter + 1).trimmed());
        sections[current].keys.append({key, Entry {value, lineNumber}});
    }

    // --- CloudMonkey's own settings ---------------------------------------------------------------------
    CloudMonkeyImport result;
    result.file = fileName;
    Section settings;
    for (const Section& section : std::as_const(sections)) {
        if (isSettingsSection(section.name))
            settings.keys += section.keys;
    }
    result.activeProfile = settings.value(QStringLiteral("profile"));
    bool verifyDefault = true;
    if (const Entry* verify = settings.find(QStringLiteral("verifycert"))) {
        if (const auto parsed = parseBool(verify->value))
            verifyDefault = *parsed;
        else
            result.problems << tr("%1 line %2: verifycert must be true or false; CloudTwin checks certificates.")
                                   .arg(shown)
                                   .arg(verify->line);
    }

    // --- one account per profile ------------------------------------------------------------------------
    for (const Section& section : std::as_const(sections)) {
        if (isSettingsSection(section.name))
            continue;
        const QString name = section.name;
        result.profileNames << name;
        const QString where = tr("%1 line %2").arg(shown).arg(section.line);
        auto whereKey = [&](const char* key) {
            const Entry* entry = section.find(QLatin1String(key));
            return entry ? tr("%1 line %2").arg(shown).arg(entry->line) : where;
        };

        ImportedProfile profile;
        CloudAccount& account = profile.account;
        account.kind = CloudKind::CloudStack;
        account.name = name;
        profile.source = tr("%1, profile %2").arg(shown, name);

        const QString url = section.value(QStringLiteral("url"));
        if (url.isEmpty()) {
            result.problems << tr("%1: profile [%2] has no url. Add a line such as "
                                  "“url = https://cloud.example.com/client/api” to it.")
                                   .arg(where, name);
            continue;
        }
        const QUrl parsedUrl(url, QUrl::StrictMode);
        if (!parsedUrl.isValid() || parsedUrl.host().isEmpty()
            || (parsedUrl.scheme() != QLatin1String("https") && parsedUrl.scheme() != QLatin1String("http"))) {
            result.problems << tr("%1: profile [%2]: url “%3” is not an http:// or https:// address. It "
                                  "looks like https://cloud.example.com/client/api.")
                                   .arg(whereKey("url"), name, url);
            continue;
        }
        account.apiUrl = url;

        const QString apiKey = section.value(QStringLiteral("apikey"));
        const QString secretKey = section.value(QStringLiteral("secretkey"));
        const QString userName = section.value(QStringLiteral("username"));
        const QString password = section.value(QStringLiteral("password"));
        const bool hasLogin = !userName.isEmpty() && !password.isEmpty();
        if (!apiKey.isEmpty() && !secretKey.isEmpty()) {
            // cmk signs with the keys when both are set and logs in only otherwise; so do we.
            account.authType = QStringLiteral("apikey");
            account.apiKey = apiKey;
            profile.secret = secretKey.toUtf8();
        } else if (hasLogin) {
            account.authType = QStringLiteral("password");
            account.userName = userName;
            account.domain = section.value(QStringLiteral("domain"));
            profile.secret = password.toUtf8();
            if (!apiKey.isEmpty() || !secretKey.isEmpty())
                profile.notes << tr("profile [%1] has only one of apikey and secretkey; CloudTwin signs in with "
                                    "its username and password instead.")
                                     .arg(name);
        } else if (!apiKey.isEmpty()) {
            result.problems << tr("%1: profile [%2] has an apikey but no secretkey. Add “secretkey = …” "
                                  "(shown with the API key in the CloudStack UI under your user's keys).")
                                   .arg(whereKey("apikey"), name);
            continue;
        } else if (!secretKey.isEmpty()) {
            result.problems << tr("%1: profile [%2] has a secretkey but no apikey. Add “apikey = …” "
                                  "(shown with the secret key in the CloudStack UI under your user's keys).")
                                   .arg(whereKey("secretkey"), name);
            continue;
        } else if (!userName.isEmpty()) {
            result.problems << tr("%1: profile [%2] has a username but no password. Add “password = …”, "
                                  "or use apikey and secretkey instead.")
                                   .arg(whereKey("username"), name);
            continue;
        } else {
            result.problems << tr("%1: profile [%2] has neither apikey and secretkey nor username and password. "
                                  "Add one of the two pairs to it.")
                                   .arg(where, name);
            continue;
        }

        bool verify = verifyDefault;
        for (const char* key : {"verifycert", "verifysslcert"}) {
            if (const Entry* entry = section.find(QLatin1String(key))) {
                if (const auto parsed = parseBool(entry->value))
                    verify = *parsed;
                else
                    profile.notes << tr("profile [%1]: %2 must be true or false; CloudTwin checks certificates.")
                                         .arg(name, QLatin1String(key));
            }
        }
        account.insecure = !verify;
        if (account.insecure)
            profile.notes << tr("profile [%1] has certificate checks turned off (verifycert = false); anyone on "
                                "the network path could pose as the cloud.")
                                 .arg(name);
        if (!profile.usesApiKey() && parsedUrl.scheme() == QLatin1String("http") && !isLoopback(parsedUrl))
            profile.notes
                << tr("profile [%1] uses plain http; its password will cross the network unencrypted.").arg(name);
        result.profiles << profile;
    }

    if (result.profileNames.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("%1 has no CloudMonkey profile. A profile is a section such as [mycloud] with url, apikey and "
               "secretkey (or username and password) in it; cmk writes one with “cmk set profile mycloud” "
               "and “cmk set url …”.")
                .arg(shown));
    return result;
}

} // namespace ct::cloudmonkey
